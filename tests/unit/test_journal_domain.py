"""The journal's domain: the search field read as words and filters, excerpts with the
match marked, drafts on disk, and prompts drawn from a framework."""

from __future__ import annotations

import datetime as dt
import random
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lederbog import journal, paths
from lederbog.drafts import (
    Draft,
    decode_draft,
    draft_path,
    encode_draft,
    has_drafts,
    load_drafts,
    remove_draft,
    save_draft,
    write_editor_file,
)
from lederbog.frameworks import load_all
from lederbog.journal import (
    EXCERPT,
    Search,
    excerpt_of,
    parse_search,
    split_tags,
    tags_in_use,
)
from lederbog.model.records import Reflection
from lederbog.store.store import Store

AREAS = ["stuk/driftsledelse", "stuk/strategisk-ledelse", "kodeks/driftsledelse", "kodeks/mod"]
CREATED = dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


# --- the search field --------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ledelse mod", Search(words=("ledelse", "mod"))),
        ('"god ledelse" ledel*', Search(words=("god ledelse", "ledel*"))),
        ('"halv sætning', Search(words=("halv sætning",))),
        ("#mod tag:Feedback", Search(tags=("mod", "Feedback"))),
        ("område:stuk/driftsledelse", Search(areas=("stuk/driftsledelse",))),
        ("area:mod", Search(areas=("kodeks/mod",))),
        ("mål:styrk-feedback goal:andet", Search(goals=("styrk-feedback", "andet"))),
        (
            "fra:1-12-2026 til:2026-12-31",
            Search(since=dt.date(2026, 12, 1), until=dt.date(2026, 12, 31)),
        ),
        ("område: #", Search()),  # filters still being typed
        ("ord:med:kolon", Search(words=("ord:med:kolon",))),
    ],
)
def test_the_search_field_is_read_as_words_and_filters(typed: str, expected: Search) -> None:
    assert parse_search(typed, "da", AREAS) == expected


def test_a_filter_that_cannot_be_read_says_why_and_is_left_out() -> None:
    found = parse_search("mod område:driftsledelse fra:31-02-2026 område:xyz", "da", AREAS)
    assert found.words == ("mod",) and found.areas == () and found.since is None
    assert len(found.problems) == 3
    assert "driftsledelse" in found.problems[0]  # two frameworks have it: say which
    assert "31" in found.problems[1]
    english = parse_search("since:tomorrow", "en", AREAS)
    assert english.problems and "tomorrow" in english.problems[0]


def test_an_excerpt_keeps_the_spans_of_its_matches() -> None:
    text = "…om ledelse og mere mod…"
    a, b = text.index("ledelse"), text.index("mod")
    excerpt = excerpt_of(text, ((a, a + 7), (b, b + 3)))
    assert [excerpt.text[a:b] for a, b in excerpt.spans] == ["ledelse", "mod"]


def test_a_long_excerpt_is_cut_and_so_are_its_spans() -> None:
    text = "ord " * 200 + "ledelse"
    excerpt = excerpt_of(text, ((0, 3), (len(text) - 7, len(text))))
    assert len(excerpt.text) <= EXCERPT and excerpt.text.endswith("…")
    assert [excerpt.text[a:b] for a, b in excerpt.spans] == ["ord"]


@given(
    st.text(max_size=300),
    st.lists(st.tuples(st.integers(0, 300), st.integers(1, 40)), max_size=8),
)
def test_every_span_is_inside_the_excerpt(text: str, raw: list[tuple[int, int]]) -> None:
    spans = tuple((a, a + n) for a, n in raw if a + n <= len(text))
    excerpt = excerpt_of(text, spans)
    for start, end in excerpt.spans:
        assert 0 <= start < end <= len(excerpt.text)


def test_tags_typed_with_commas_and_hashes() -> None:
    assert split_tags(" mod, #feedback,, svære samtaler , Mod") == [
        "mod",
        "feedback",
        "svære samtaler",
    ]


# --- listing and searching through the index ------------------------------------------


def put(store: Store, rid: str, day: dt.date, text: str, **fields: object) -> None:
    store.save(Reflection(id=rid, created=CREATED, date=day, text=text, **fields))  # type: ignore[arg-type]


def test_search_lists_newest_first_filters_goals_and_limits(data_dir: Path) -> None:
    store = Store(data_dir)
    put(store, "r1", dt.date(2026, 1, 1), "Mod\x1b[2J i første\nlinje", goals=["g1"], tags=["Mod"])
    put(store, "r2", dt.date(2026, 2, 1), "Mod igen", goals=["g1", "g2"])
    put(store, "r3", dt.date(2026, 3, 1), "Noget andet", tags=["mod"])
    cache = paths.cache_dir()
    every = journal.search(store, cache, Search(), refresh=True)
    assert [e.id for e in every.entries] == ["r3", "r2", "r1"]
    assert every.entries[2].first_line == "Mod[2J i første linje"
    assert tags_in_use(every.entries) == ["mod"]  # one tag, as it was written last
    found = journal.search(store, cache, Search(words=("mod",), goals=("g1",)))
    assert [e.id for e in found.entries] == ["r2", "r1"]
    assert found.entries[0].excerpt is not None
    assert found.entries[0].excerpt.spans
    newest = journal.search(store, cache, Search(), limit=2)
    assert [e.id for e in newest.entries] == ["r3", "r2"] and not newest.complete
    assert journal.search(store, cache, Search(), limit=3).complete


# --- drafts ----------------------------------------------------------------------------


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


@given(texts, st.lists(texts, max_size=3), st.booleans())
def test_a_draft_round_trips_exactly(text: str, tags: list[str], shared: bool) -> None:
    draft = Draft(
        "abc123",
        dt.date(2026, 12, 1),
        text,
        ["stuk/mod"],
        ["g"],
        ["i"],
        tags,
        "Hvad?",
        shared,
        updated=CREATED,
        of="journal/2026/x.toml",
        of_digest="ab",
    )
    assert decode_draft(encode_draft(draft)) == draft


def test_drafts_on_disk_are_private_listed_newest_first_and_removed(data_dir: Path) -> None:
    assert not has_drafts(data_dir)
    save_draft(data_dir, Draft("older", dt.date(2026, 11, 30), "Først"))
    save_draft(data_dir, Draft("newer", dt.date(2026, 12, 1), "Så\r\n"))
    path = draft_path(data_dir, "newer")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((data_dir / "drafts").stat().st_mode) == 0o700
    assert 'kind = "draft"' in path.read_text("utf-8")
    assert has_drafts(data_dir)
    drafts, problems = load_drafts(data_dir)
    assert problems == []
    assert sorted(d.id for d in drafts) == ["newer", "older"]
    assert next(d for d in drafts if d.id == "newer").text == "Så\r\n"
    editor_file = write_editor_file(data_dir, "newer", "tekst")
    assert stat.S_IMODE(editor_file.stat().st_mode) == 0o600
    remove_draft(data_dir, "newer")
    assert not path.exists() and not editor_file.exists()
    assert [d.id for d in load_drafts(data_dir)[0]] == ["older"]


@pytest.mark.parametrize(
    "content",
    [
        b"not toml = = =",
        b'schema = 1\nkind = "reflection"\nid = "bad1"\ndate = 2026-12-01\n',
        b'schema = 9\nkind = "draft"\nid = "bad1"\ndate = 2026-12-01\n',
        b'schema = 1\nkind = "draft"\nid = "other"\ndate = 2026-12-01\n',
        b'schema = 1\nkind = "draft"\nid = "bad1"\ndate = "i morgen"\n',
        b'schema = 1\nkind = "draft"\nid = "bad1"\ndate = 2026-12-01\ntags = [1]\n',
    ],
    ids=["not-toml", "wrong-kind", "newer-schema", "wrong-name", "bad-date", "bad-tags"],
)
def test_a_file_in_drafts_that_is_not_a_draft_is_reported_and_left_alone(
    data_dir: Path, content: bytes
) -> None:
    folder = data_dir / "drafts"
    folder.mkdir(parents=True)
    bad = folder / "bad1.toml"
    bad.write_bytes(content)
    drafts, problems = load_drafts(data_dir)
    assert drafts == []
    assert [p.path for p in problems] == [bad]
    assert bad.read_bytes() == content


# --- prompts ---------------------------------------------------------------------------


def test_prompts_come_from_the_items_for_the_role_and_the_area(tmp_path: Path) -> None:
    frameworks = load_all(tmp_path)
    stuk = frameworks.get("stuk")
    assert stuk is not None
    area = stuk.area("strategisk-ledelse")
    assert area is not None
    for_role = journal.prompts_for(stuk, area, "teamleder", "da")
    every = journal.prompts_for(stuk, area, "", "da")
    others = {i.prompt for i in area.items if i.prompt and i.role not in ("", "teamleder")}
    assert for_role and not others & set(for_role)
    assert set(for_role) <= set(every)
    rng = random.Random(4)
    first = journal.draw_prompt(for_role, "", rng)
    assert first in for_role
    assert all(journal.draw_prompt(for_role, first, rng) != first for _ in range(20))
    assert journal.draw_prompt([], "", rng) is None
    assert journal.draw_prompt(["eneste"], "eneste", rng) == "eneste"


def test_an_area_without_prompts_makes_questions_of_its_items(tmp_path: Path) -> None:
    from lederbog.model.framework import Area, Framework, Item

    area = Area(
        "a", "Område", items=(Item("i1", "Jeg lytter."), Item("i2", "Kun for chefer", role="chef"))
    )
    framework = Framework("f", "F", areas=(area,))
    prompts = journal.prompts_for(framework, area, "teamleder", "en")
    assert prompts == ["When did you last do this, and what did you learn? Jeg lytter."]
