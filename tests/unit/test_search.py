"""Search as a leader uses it: Danish word forms, exact words and phrases, excerpts that
show the match, bounded work in huge notes, and an index that is damaged or stale."""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lederbog import paths
from lederbog.cli import main
from lederbog.model.records import Profile, Reflection
from lederbog.store import codec, excerpt
from lederbog.store.index import Hit, Index, Query
from lederbog.store.query import (
    Highlighter,
    QueryError,
    parse_partial,
    parse_query,
    query_of_arguments,
)
from lederbog.store.store import Store

CREATED = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
BOLD, PLAIN = "\x1b[1m", "\x1b[0m"


def put(store: Store, rid: str, day: int, text: str, **fields: object) -> Path:
    record = Reflection(
        id=rid,
        created=CREATED,
        date=dt.date(2026, 1, 1) + dt.timedelta(days=day),
        text=text,
        **fields,  # type: ignore[arg-type]
    )
    path = store.path_for(record)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(codec.encode(record))
    return path


def find(
    store: Store, text: str, lang: str = "da", limit: int | None = None, **filters: object
) -> list[Hit]:
    """Hits best first, as the journal's search shows them."""
    index = Index(store, paths.cache_dir())
    try:
        index.refresh()
        query = Query(parsed=parse_query(text, lang), **filters)  # type: ignore[arg-type]
        return index.search(query, limit=limit, best_first=True)
    finally:
        index.close()


def ids(store: Store, text: str, lang: str = "da") -> list[str]:
    return [hit.id for hit in find(store, text, lang)]


def marked(hit: Hit) -> list[str]:
    return [hit.excerpt[start:end] for start, end in hit.spans]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store(data_dir: Path) -> Store:
    return Store(data_dir)


# --- the query language ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("prioritering", [("word", ("prioritering",))]),
        ("Prioritering", [("word", ("prioritering",))]),
        ('"prioritering"', [("exact", ("prioritering",))]),
        ('"god ledelse"', [("phrase", ("god", "ledelse"))]),
        ("ledel*", [("prefix", ("ledel",))]),
        ('"ledel*"', [("prefix", ("ledel",))]),
        ("1:1", [("phrase", ("1", "1"))]),
        ("(ledelse)", [("word", ("ledelse",))]),
        (
            'mod "god ledelse"  ledel*',
            [
                ("word", ("mod",)),
                ("phrase", ("god", "ledelse")),
                ("prefix", ("ledel",)),
            ],
        ),
        ("", []),
        ("   ", []),
    ],
)
def test_the_query_language(text: str, kinds: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(term.kind, term.words) for term in parse_query(text).terms] == kinds


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('"', "quotation mark"),
        ('"god ledelse', "quotation mark"),
        ('mod "', "quotation mark"),
        ('""', "nothing between"),
        ("(", "'(' has no letters"),
        ("ledelse (", "'(' has no letters"),
        ("*", "'*' has no letters"),
        ("-", "'-' has no letters"),
    ],
)
def test_a_malformed_query_says_why(text: str, says: str) -> None:
    with pytest.raises(QueryError) as raised:
        parse_query(text)
    assert "malformed" in str(raised.value) and says in str(raised.value)
    assert raised.value.exit_code == 2


def test_search_as_you_type_forgives_what_is_half_typed() -> None:
    assert [t.words for t in parse_partial('"god led').terms] == [("god", "led")]
    assert [t.words for t in parse_partial("mod (").terms] == [("mod",)]
    assert [(t.kind, t.words) for t in parse_partial("mod priorit").terms] == [
        ("word", ("mod",)),
        ("prefix", ("priorit",)),
    ]
    assert [t.kind for t in parse_partial("mod prioritering ").terms] == ["word", "word"]


def test_the_shells_quotes_make_a_phrase() -> None:
    # lederbog search 'god ledelse' mod  /  lederbog search '"god ledelse" mod'
    for arguments in (["god ledelse", "mod"], ['"god ledelse" mod']):
        terms = query_of_arguments(arguments).terms
        assert [(t.kind, t.words) for t in terms] == [
            ("phrase", ("god", "ledelse")),
            ("word", ("mod",)),
        ]


# --- Danish word forms ------------------------------------------------------------------


@pytest.fixture
def forms(store: Store) -> Store:
    texts = {
        "exact": "Vi talte om prioritering i dag",
        "plural": "Flere prioriteringer på bordet",
        "definite": "Prioriteringen blev klar",
        "both": "Prioriteringerne kom sidst",
        "kvartal": "Kvartalsmøde med direktøren",
        "kvartaler": "Tre kvartalsmøder i år",
        "kvartalet": "Kvartalsmødet løb over tid",
        "medarbejder": "En medarbejder sagde op",
        "medarbejderne": "Medarbejderne var glade",
        "far": "Min far ringede",
        "faar": "Jeg får meget ud af det",
        "other": "Intet om det emne",
    }
    for day, (rid, text) in enumerate(texts.items()):
        put(store, rid, day, text)
    return store


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("prioritering", {"exact", "plural", "definite", "both"}),
        ("prioriteringer", {"exact", "plural", "definite", "both"}),
        ("kvartalsmøde", {"kvartal", "kvartaler", "kvartalet"}),
        ("medarbejder", {"medarbejder", "medarbejderne"}),
        ("medarbejdere", {"medarbejder", "medarbejderne"}),
        ("far", {"far"}),  # å is a letter of its own: "far" never finds "får"
        ("får", {"faar"}),
    ],
)
def test_a_word_finds_its_inflections(forms: Store, word: str, expected: set[str]) -> None:
    assert set(ids(forms, word)) == expected


def test_a_word_with_the_same_stem_that_is_no_inflection_is_not_found(store: Store) -> None:
    put(store, "ledelse", 0, "God ledelse og ledelsen")
    put(store, "leder", 1, "Som leder og blandt ledere")
    # Snowball's Danish stem of all four is "led".
    assert ids(store, "ledelse") == ["ledelse"]
    assert ids(store, "ledere") == ["leder"]
    assert ids(store, "ledelser") == ["ledelse"]


def test_exact_matches_rank_first(forms: Store) -> None:
    hits = find(forms, "prioriteringer")
    assert next(hit.id for hit in hits) == "plural"
    assert [hit.exact for hit in hits] == [True, False, False, False]
    # Among the inflected ones, the newest first.
    assert [hit.id for hit in hits][1:] == ["both", "definite", "exact"]


def test_a_word_in_quotes_and_the_words_of_a_phrase_match_exactly(forms: Store) -> None:
    assert ids(forms, '"prioritering"') == ["exact"]
    assert ids(forms, '"om prioritering"') == ["exact"]
    assert ids(forms, '"flere prioritering"') == []  # not "flere prioriteringer"
    assert ids(forms, '"flere prioriteringer"') == ["plural"]
    assert ids(forms, "prioriteringe*") == ["both", "definite", "plural"]


def test_the_excerpt_shows_the_form_that_matched(forms: Store) -> None:
    hits = {hit.id: hit for hit in find(forms, "kvartalsmøde")}
    assert marked(hits["kvartaler"]) == ["kvartalsmøder"]
    assert marked(hits["kvartalet"]) == ["Kvartalsmødet"]


def test_english_words_for_an_english_profile(store: Store) -> None:
    put(store, "lead", 0, "She was leading the meeting")
    put(store, "leads", 1, "He leads well")
    assert set(ids(store, "leads", lang="en")) == {"lead", "leads"}
    assert ids(store, "leads", lang="da") == ["leads"]


def test_the_cli_stems_in_the_profiles_language(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    store.save(Profile(name="Anna", language="en"))
    put(store, "lead", 0, "She was leading the meeting")
    code, out, _ = run(capsys, "search", "leads")
    assert code == 0 and "leading" in out
    code, out, err = run(capsys, "search", "leads", "--lang", "da")
    assert out == "" and "ingen refleksioner passer" in err


def test_the_readme_example_works_as_written(capsys: pytest.CaptureFixture[str]) -> None:
    note = ("note", "Godt 1:1 med Anna om prioriteringer", "--area", "stuk/driftsledelse")
    assert run(capsys, *note, "--tag", "1-1")[0] == 0
    code, out, err = run(capsys, "search", "prioritering")
    assert (code, err) == (0, "")
    assert out.endswith("  stuk/driftsledelse  #1-1\n    Godt 1:1 med Anna om prioriteringer\n\n")


# --- malformed queries on the command line ------------------------------------------------


@pytest.mark.parametrize("query", [['"'], ["("], ['""'], ["god", "("], ['"god ledelse']])
def test_a_malformed_query_on_the_command_line_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], store: Store, query: list[str]
) -> None:
    put(store, "a", 0, "god ledelse")
    code, out, err = run(capsys, "search", *query)
    assert (code, out) == (2, "")
    assert err.startswith("lederbog: søgningen er forkert skrevet: ") and err.count("\n") == 1
    assert "ingen refleksioner passer" not in err


# --- excerpts ---------------------------------------------------------------------------


def texts_with(word_forms: list[str], rng: random.Random) -> list[str]:
    """Reflections of all lengths with a form of the word somewhere: at the start, in the
    middle, at the very end, after many lines, many times, next to punctuation."""
    filler = [
        "ledelse",
        "team",
        "møde",
        "drift",
        "mål",
        "samtale",
        "kultur",
        "og",
        "i",
        "at",
        "det",
        "er",
        "en",
        "til",
        "på",
    ]
    texts = []
    for n in range(120):
        words = [rng.choice(filler) for _ in range(rng.choice([3, 30, 150, 600, 3000]))]
        for _ in range(rng.choice([1, 1, 2, 40])):
            words.insert(rng.randrange(len(words) + 1), rng.choice(word_forms))
        if n % 7 == 0:
            words.append(rng.choice(word_forms) + ".")
        if n % 5 == 0:
            words.insert(0, "(" + rng.choice(word_forms) + ")")
        seps = ["\n\n" if rng.random() < 0.05 else "\t" if rng.random() < 0.02 else " "]
        texts.append(seps[0].join(words) if n % 3 else "  \n ".join(words))
    return texts


def printed(out: str) -> list[tuple[str, str]]:
    """(head line, excerpt text) of each result the CLI printed."""
    results: list[tuple[str, str]] = []
    for block in out.strip("\n").split("\n\n"):
        head, *body = block.split("\n")
        assert all(line.startswith("    ") for line in body), block
        results.append((head, " ".join(line.strip() for line in body)))
    return results


def test_every_excerpt_the_cli_prints_contains_a_match(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    forms = ["kvartalsmøde", "kvartalsmøder", "kvartalsmødet", "Kvartalsmøderne"]
    for n, text in enumerate(texts_with(forms, random.Random(7))):
        put(store, f"r{n:04d}", n, text)
    code, out, _ = run(capsys, "search", "kvartalsmøde")
    results = printed(out)
    assert code == 0 and len(results) == 120
    for head, body in results:
        assert "kvartalsmød" in body.lower(), (head, body)
        assert len(body) <= 2 * 94 + 2  # two lines at most


def test_excerpts_of_hits_contain_a_highlighted_match(store: Store) -> None:
    forms = ["prioritering", "prioriteringer", "Prioriteringen"]
    for n, text in enumerate(texts_with(forms, random.Random(3))):
        put(store, f"r{n:04d}", n, text)
    for query in ("prioritering", '"prioriteringer"', "priori*", '"på prioriteringer"'):
        for hit in find(store, query):
            assert marked(hit), (query, hit.excerpt)
            assert all(m.lower().startswith("priori") or m.startswith("på") for m in marked(hit))


def test_the_highlight_comes_only_from_the_spans(
    capsys: pytest.CaptureFixture[str], store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Characters a search once used as marks, and an escape sequence, written in a note.
    put(store, "a", 0, "før \ue000bold\ue001 og \x1b[1mfed\x1b[0m: god ledelse, \ue000til slut")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    code, out, _ = run(capsys, "search", "ledelse")
    assert code == 0
    body = out.split("\n", 1)[1]
    # Bold is switched on exactly once, around the match, and switched off after it.
    assert body.count(BOLD) == 1 and f"{BOLD}ledelse{PLAIN}" in body
    assert "\x1b[0m" not in body.replace(f"ledelse{PLAIN}", "")


def test_an_excerpt_is_one_safe_line(store: Store) -> None:
    put(store, "a", 0, "første linje\r\n\x1b]0;titel\x07anden linje om ledelse\n\u202eslut")
    (hit,) = find(store, "ledelse")
    assert "\n" not in hit.excerpt and "\x1b" not in hit.excerpt and "\u202e" not in hit.excerpt
    assert marked(hit) == ["ledelse"]


# --- bounded work in huge notes -----------------------------------------------------------


def test_the_work_per_excerpt_does_not_grow_with_the_note(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    real = excerpt.make_excerpt

    def counting(window: str, anchor: int, **kwargs: object) -> excerpt.Excerpt:
        seen.append(len(window))
        return real(window, anchor, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(excerpt, "make_excerpt", counting)
    spans_seen: list[int] = []
    real_spans = Highlighter.spans

    def counting_spans(self: Highlighter, text: str) -> list[tuple[int, int]]:
        spans_seen.append(len(text))
        return real_spans(self, text)

    monkeypatch.setattr(Highlighter, "spans", counting_spans)
    # One word 600,000 times, and a long note whose only match is at its very end.
    put(store, "repeat", 0, "ledelse " * 600_000)
    put(store, "late", 1, "møde " * 300_000 + "til sidst om ledelse")
    put(store, "short", 2, "kort om ledelse")
    hits = {hit.id: hit for hit in find(store, "ledelse")}
    assert set(hits) == {"repeat", "late", "short"}
    assert marked(hits["late"]) == ["ledelse"] and hits["late"].excerpt.endswith("ledelse")
    assert marked(hits["repeat"])[0] == "ledelse"
    # What each excerpt was cut from, and what was looked at for matches, is bounded
    # by the excerpt's size, not by the note's (millions of characters).
    size = 160
    assert max(seen) <= 4 * size
    assert max(spans_seen) <= size + 4


# --- a damaged index -----------------------------------------------------------------------


@pytest.fixture
def journal(store: Store) -> Store:
    rng = random.Random(5)
    words = [
        "ledelse",
        "mod",
        "møde",
        "prioritering",
        "prioriteringer",
        "team",
        "drift",
        "strategi",
    ]
    for n in range(200):
        text = " ".join(rng.choice(words) for _ in range(40)) + f" kode{n:04d}"
        put(store, f"r{n:04d}", n, text, areas=["stuk/driftsledelse"], tags=["t"])
    return store


def answer(store: Store) -> list[tuple[str, str, tuple[tuple[int, int], ...], tuple[str, ...]]]:
    return [(h.id, h.excerpt, h.spans, tuple(h.areas)) for h in find(store, "prioritering")]


def index_file(store: Store) -> Path:
    return Index(store, paths.cache_dir()).path


def damage_with_sql(path: Path, *statements: str) -> None:
    db = sqlite3.connect(path)
    try:
        for statement in statements:
            db.execute(statement)
        db.commit()
    finally:
        db.close()


DAMAGE = {
    "truncated": lambda path: path.write_bytes(path.read_bytes()[: path.stat().st_size // 3]),
    "random bytes": lambda path: path.write_bytes(random.Random(1).randbytes(path.stat().st_size)),
    "empty": lambda path: path.write_bytes(b""),
    "a wrong column": lambda path: damage_with_sql(
        path, "ALTER TABLE reflections RENAME COLUMN links TO something"
    ),
    "a missing table": lambda path: damage_with_sql(path, "DROP TABLE postings"),
    "bad JSON": lambda path: damage_with_sql(path, "UPDATE reflections SET links = '[[' "),
    "bad UTF-8": lambda path: damage_with_sql(
        path, "UPDATE chunks SET text = CAST(x'ff6c6564656c7365' AS TEXT)"
    ),
    "a wrong date": lambda path: damage_with_sql(path, "UPDATE reflections SET date = 'x'"),
    "a wrong type": lambda path: damage_with_sql(path, "UPDATE reflections SET length = 'x'"),
    "a changed text": lambda path: damage_with_sql(
        path, "UPDATE chunks SET text = replace(text, 'team', 'tEam')"
    ),
    "a changed position": lambda path: damage_with_sql(path, "UPDATE postings SET first = 3"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_index_answers_correctly_and_says_so_once(
    capsys: pytest.CaptureFixture[str], journal: Store, damage: str
) -> None:
    good = answer(journal)
    DAMAGE[damage](index_file(journal))
    assert answer(journal) == good
    DAMAGE[damage](index_file(journal))
    code, out, err = run(capsys, "search", "prioritering")
    assert code == 0 and "Traceback" not in err
    assert err == "lederbog: søgeindekset var beskadiget; det er bygget igen ud fra dine filer\n"
    assert len(printed(out)) == len(good)
    # Made anew: the next search says nothing and reads no file.
    code, _, err = run(capsys, "search", "prioritering")
    assert (code, err) == (0, "")


def test_bytes_flipped_anywhere_never_give_a_traceback(journal: Store) -> None:
    good = answer(journal)
    path = index_file(journal)
    clean = path.read_bytes()
    for seed in range(40):
        rng = random.Random(seed)
        data = bytearray(clean)
        for _ in range(8):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data))
        got = answer(journal)  # never raises
        # Whatever is shown is true: each hit is a reflection that matches, shown as it is.
        assert set(got) <= set(good)
        path.write_bytes(clean)


# --- freshness ------------------------------------------------------------------------------


def test_an_edit_in_place_with_the_same_size_and_mtime_is_seen(store: Store) -> None:
    path = put(store, "a", 0, "Vi skal fjerne denne sætning om budgettet")
    assert ids(store, "budgettet") == ["a"]
    before = path.stat()
    data = path.read_bytes().replace(b"budgettet", b"personale")
    assert len(data) == before.st_size
    with open(path, "r+b") as file:  # in place: the same inode, as rsync --inplace writes
        file.write(data)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the old mtime (-t)
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )
    assert ids(store, "budgettet") == []
    assert ids(store, "personale") == ["a"]


# --- for the journal's search as you type ------------------------------------------------


def test_a_limited_search_gives_the_best_first_with_filters(forms: Store) -> None:
    hits = find(forms, "prioritering", limit=2)
    assert [hit.id for hit in hits] == ["exact", "both"]
    assert find(forms, "prioritering", since=dt.date(2026, 1, 3)) != []
    assert [h.id for h in find(forms, "prioritering", until=dt.date(2026, 1, 2))] == [
        "exact",
        "plural",
    ]


# --- odd texts ------------------------------------------------------------------------------


def test_a_nul_in_a_text_and_a_word_longer_than_an_excerpt(store: Store) -> None:
    put(store, "nul", 0, "før\x00efter om ledelse og mere\x00 til sidst")
    long_word = "ledelse" + "x" * 2000
    put(store, "long", 1, f"start {long_word} slut ledelse")
    hits = {hit.id: hit for hit in find(store, "ledelse")}
    assert marked(hits["nul"]) == ["ledelse"] and "\x00" not in hits["nul"].excerpt
    assert marked(hits["long"]) == ["ledelse"]
    (long_hit,) = find(store, "ledelsex*")
    assert long_hit.id == "long" and long_hit.excerpt.startswith("start ledelsexxx")
    assert [h.id for h in find(store, "efter")] == ["nul"]


WORDS = ["ledelse", "Ledelsen", "mod", "møde", "x" * 50, "1:1", "(ledelse)", "ærlig"]


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(
        st.one_of(
            st.sampled_from(WORDS),
            st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\r\n", "\x1b[1m", ", "]),
            st.text(max_size=6),
        ),
        max_size=120,
    ),
    size=st.integers(min_value=20, max_value=200),
)
def test_an_excerpt_keeps_the_match_and_its_size(pieces: list[str], size: int) -> None:
    text = "".join(pieces) + " ledelse " + "".join(reversed(pieces))
    anchor = text.index(" ledelse ") + 1
    highlighter = Highlighter(parse_query('"ledelse"'))
    start = max(anchor - (size + 1), 0)
    window = text[start : start + (anchor - start) + 2 * size + 1]
    result = excerpt.make_excerpt(
        window,
        anchor - start,
        starts_text=start == 0,
        ends_text=start + len(window) >= len(text),
        size=size,
        highlighter=highlighter,
    )
    assert "ledelse" in [result.text[a:b].lower() for a, b in result.spans]
    assert "\n" not in result.text and "\x1b" not in result.text
    assert len(result.text) <= size + 4
    assert all(0 <= a < b <= len(result.text) for a, b in result.spans)


def test_the_cli_lists_exact_matches_nearest_the_prompt(
    capsys: pytest.CaptureFixture[str], forms: Store
) -> None:
    code, out, _ = run(capsys, "search", "prioriteringer")
    assert code == 0
    heads = [head.split()[0] for head, _ in printed(out)]
    # Inflected forms oldest first, then the exact match, last, nearest the prompt.
    assert heads == ["2026-01-01", "2026-01-03", "2026-01-04", "2026-01-02"]
    code, out, _ = run(capsys, "search", "prioriteringer", "-n", "1")
    assert code == 0
    assert [head.split()[0] for head, _ in printed(out)] == ["2026-01-02"]


def test_excerpts_fit_two_lines_of_the_terminal(
    capsys: pytest.CaptureFixture[str], store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = ["ledelse", "kvartalsmøderne", "x" * 30, "og", "i", "samarbejdsaftalerne"]
    rng = random.Random(11)
    for n in range(60):
        put(store, f"r{n:04d}", n, " ".join(rng.choice(words) for _ in range(200)))
    for columns in ("80", "100", "60"):
        monkeypatch.setenv("COLUMNS", columns)
        code, out, _ = run(capsys, "search", "ledelse")
        assert code == 0
        for block in out.strip("\n").split("\n\n"):
            lines = block.split("\n")[1:]
            assert 1 <= len(lines) <= 2 and all(len(line) <= int(columns) for line in lines)
