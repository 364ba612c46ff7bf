"""Searching the journal through the index: Danish words, filters, hostile queries,
an index that can be lost or damaged, and a second search that reads no files."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from lederbog import paths
from lederbog.model.records import Reflection
from lederbog.store import codec
from lederbog.store.index import Hit, Index, Query, Refreshed
from lederbog.store.store import Store

CREATED = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def reflection(
    rid: str,
    date: dt.date,
    text: str,
    *,
    areas: list[str] | None = None,
    tags: list[str] | None = None,
) -> Reflection:
    return Reflection(
        id=rid, created=CREATED, date=date, text=text, areas=areas or [], tags=tags or []
    )


def put(store: Store, record: Reflection) -> Path:
    """Write a reflection file directly (quicker than Store.save for hundreds)."""
    path = store.path_for(record)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(codec.encode(record))
    return path


def search(store: Store, query: Query | None = None) -> tuple[list[Hit], Refreshed]:
    """One search as `lederbog search` makes it: a fresh Index, refreshed, then asked."""
    index = Index(store, paths.cache_dir())
    try:
        refreshed = index.refresh()
        return index.search(query or Query()), refreshed
    finally:
        index.close()


def ids(store: Store, query: Query | None = None) -> list[str]:
    return [hit.id for hit in search(store, query)[0]]


@pytest.fixture
def store(data_dir: Path) -> Store:
    return Store(data_dir)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every TOML text the program parses from now on (the codec calls tomllib.loads)."""
    calls: list[str] = []
    real = tomllib.loads

    def counting(text: str, /, **kwargs: object) -> dict[str, object]:
        calls.append(text)
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(codec.tomllib, "loads", counting)
    yield calls


# --- words --------------------------------------------------------------------------


@pytest.fixture
def danish(store: Store) -> Store:
    texts = {
        "faar": "Jeg får meget ud af møderne med teamet",
        "far": "Min far ringede om weekenden",
        "aerlig": "Det var en ærlig snak om prioriteringer",
        "aeroe": "Vi holdt seminar på Ærø",
        "ledelse": "God ledelse kræver mod",
        "omvendt": "Ledelse er ikke altid god",
        "grundlag": "Vi læste ledelsesgrundlaget sammen",
        "leder": "Som leder skal jeg lytte mere",
    }
    for n, (rid, text) in enumerate(texts.items()):
        put(store, reflection(rid, dt.date(2026, 1, n + 1), text))
    return store


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("får", ["faar"]),
        ("far", ["far"]),  # not "får": å is a letter of its own
        ("ærlig", ["aerlig"]),
        ("ÆRLIG", ["aerlig"]),
        ("Ærlig", ["aerlig"]),
        ("ærø", ["aeroe"]),
        ("MØDERNE", ["faar"]),
        ("ledel*", ["ledelse", "omvendt", "grundlag"]),
        ("LEDEL*", ["ledelse", "omvendt", "grundlag"]),
        # Snowball's Danish stem of ledelse and leder is "led", but one is no
        # inflection of the other.
        ("ledelse", ["ledelse", "omvendt"]),
        ("god ledelse", ["ledelse"]),  # one argument with a space: a phrase
        ("mod", ["ledelse"]),
        ("ingenting", []),
    ],
)
def test_danish_words(danish: Store, words: str, expected: list[str]) -> None:
    assert ids(danish, Query(words=words)) == expected


def test_separate_words_must_all_occur_in_any_order(danish: Store) -> None:
    assert ids(danish, Query(words=["god", "ledelse"])) == ["ledelse", "omvendt"]
    assert ids(danish, Query(words=["ledelse", "mod"])) == ["ledelse"]


def test_hits_carry_the_text_an_excerpt_and_where_the_match_is(danish: Store) -> None:
    (hit,), _ = search(danish, Query(words="ærlig"))
    assert hit.text == "Det var en ærlig snak om prioriteringer"
    assert hit.date == dt.date(2026, 1, 3)
    assert hit.excerpt == "Det var en ærlig snak om prioriteringer"
    assert [hit.excerpt[a:b] for a, b in hit.spans] == ["ærlig"]


@pytest.mark.parametrize(
    "words",
    [
        '"',
        '""',
        "*",
        "**",
        "AND",
        "OR",
        "NOT",
        "NEAR(",
        "NEAR(ledelse mod, 2)",
        ")",
        "(",
        "-",
        "-ledelse",
        "ledelse -mod",
        "^",
        ":",
        "text:ledelse",
        "{text}: mod",
        "'",
        "\\",
        "\x00",
        "ledelse\x00\x00*",
        '"god" AND "ledelse" OR',
        "\udcff",  # an undecodable byte from the command line
        "led\udcffelse*",
    ],
)
def test_hostile_query_text_never_raises(danish: Store, words: str) -> None:
    hits, _ = search(danish, Query(words=words))
    assert isinstance(hits, list)
    hits, _ = search(danish, Query(words=[words, "mod", words]))
    assert isinstance(hits, list)


def test_hostile_filter_text_never_raises(danish: Store) -> None:
    for hostile in ('"', "\udcff", "NEAR(", "*", "'; DROP TABLE reflections; --"):
        query = Query(words=hostile, areas=[hostile], tags=[hostile])
        assert search(danish, query)[0] == []
    assert len(ids(danish)) == 8  # nothing was harmed


# --- filters ------------------------------------------------------------------------


@pytest.fixture
def filtered(store: Store) -> Store:
    put(store, reflection("a", dt.date(2026, 1, 1), "møde om drift", areas=["stuk/driftsledelse"]))
    put(
        store,
        reflection(
            "b",
            dt.date(2026, 1, 15),
            "møde om strategi",
            areas=["stuk/strategisk-ledelse", "stuk/driftsledelse"],
            tags=["Mod", "1:1"],
        ),
    )
    put(store, reflection("c", dt.date(2026, 2, 1), "møde uden område", tags=["#feedback"]))
    put(store, reflection("d", dt.date(2026, 3, 1), "noget andet", areas=["kodeks/x"]))
    return store


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (Query(), ["a", "b", "c", "d"]),
        (Query(areas=["stuk/driftsledelse"]), ["a", "b"]),
        (Query(areas=["stuk/strategisk-ledelse"]), ["b"]),
        (Query(areas=["stuk/driftsledelse", "stuk/strategisk-ledelse"]), ["b"]),
        (Query(areas=["stuk/faglig-ledelse"]), []),
        (Query(areas=["stuk"]), []),  # a framework alone is not an area
        (Query(tags=["mod"]), ["b"]),
        (Query(tags=["MOD"]), ["b"]),
        (Query(tags=["#Mod"]), ["b"]),
        (Query(tags=["1:1"]), ["b"]),
        (Query(tags=["feedback"]), ["c"]),  # stored as "#feedback"
        (Query(tags=["#FEEDBACK"]), ["c"]),
        (Query(tags=["mo"]), []),  # tags match whole
        (Query(since=dt.date(2026, 1, 15)), ["b", "c", "d"]),  # inclusive
        (Query(until=dt.date(2026, 1, 15)), ["a", "b"]),  # inclusive
        (Query(since=dt.date(2026, 1, 2), until=dt.date(2026, 2, 1)), ["b", "c"]),
        (Query(since=dt.date(2026, 4, 1)), []),
        (Query(words="møde", areas=["stuk/driftsledelse"], since=dt.date(2026, 1, 2)), ["b"]),
        (Query(words="møde", tags=["feedback"]), ["c"]),
    ],
)
def test_filters(filtered: Store, query: Query, expected: list[str]) -> None:
    assert ids(filtered, query) == expected


def test_limit_keeps_the_newest_oldest_first(filtered: Store) -> None:
    index = Index(filtered, paths.cache_dir())
    try:
        index.refresh()
        assert [h.id for h in index.search(Query(), limit=2)] == ["c", "d"]
    finally:
        index.close()


# --- the index is derived: it can go, or go bad --------------------------------------


def test_deleting_the_index_loses_nothing(danish: Store) -> None:
    first, refreshed = search(danish, Query(words="ledel*"))
    assert refreshed.parsed == 8
    index_file = Index(danish, paths.cache_dir()).path
    index_file.unlink()
    again, refreshed = search(danish, Query(words="ledel*"))
    assert again == first
    assert refreshed.parsed == 8
    assert index_file.exists()


def scribble_over_table(index_file: Path, table: str) -> None:
    """Overwrite the first page of one table, as a bad disk block or a torn write would."""
    db = sqlite3.connect(index_file)
    try:
        (page_size,) = db.execute("PRAGMA page_size").fetchone()
        (root,) = db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    finally:
        db.close()
    data = bytearray(index_file.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\xab" * page_size
    index_file.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "files table", "search table"])
def test_a_corrupt_index_is_rebuilt(store: Store, damage: str) -> None:
    for n in range(200):
        text = f"refleksion {n} om ledelse og mod " * 10
        put(store, reflection(f"r{n:04d}", dt.date(2025, 1, 1) + dt.timedelta(days=n), text))
    before, _ = search(store, Query(words="ledelse"))
    assert len(before) == 200
    index_file = Index(store, paths.cache_dir()).path
    data = index_file.read_bytes()
    if damage == "garbage":
        index_file.write_bytes(b"\xab" * len(data))
    elif damage == "truncated":
        index_file.write_bytes(data[: len(data) // 3])
    elif damage == "files table":
        # Found while refreshing, after the index was opened and looked fine.
        scribble_over_table(index_file, "files")
    else:
        # Found only when searching: nothing changed, so the refresh does not touch it.
        scribble_over_table(index_file, "reflections_fts_data")

    after, _ = search(store, Query(words="ledelse"))
    assert after == before
    # Rebuilt as a proper, private index: the next search reads nothing.
    again, refreshed = search(store, Query(words="ledelse"))
    assert again == before and refreshed.parsed == 0
    assert stat.S_IMODE(index_file.stat().st_mode) == 0o600


def test_the_index_file_is_private(store: Store) -> None:
    old = os.umask(0o022)
    try:
        put(store, reflection("a", dt.date(2026, 1, 1), "fortroligt om Anna"))
        assert ids(store, Query(words="anna")) == ["a"]
    finally:
        os.umask(old)
    index_file = Index(store, paths.cache_dir()).path
    assert index_file.parent == paths.cache_dir()
    assert stat.S_IMODE(index_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(index_file.parent.stat().st_mode) == 0o700
    assert b"fortroligt" in index_file.read_bytes()  # why it must be private


# --- a second search reads no files ---------------------------------------------------


def test_a_second_search_parses_nothing_and_an_edit_parses_one(
    store: Store, parses: list[str]
) -> None:
    count = 300
    files = {}
    for n in range(count):
        rid = f"r{n:04d}"
        text = f"Refleksion {n} om ledelse, mod og kode{n:04d}"
        files[rid] = put(store, reflection(rid, dt.date(2025, 1, 1) + dt.timedelta(days=n), text))
    parses.clear()

    hits, refreshed = search(store, Query(words="ledelse"))
    assert len(hits) == count
    assert len(parses) == count and refreshed.parsed == count

    parses.clear()
    hits, refreshed = search(store, Query(words="ledelse"))
    assert len(hits) == count
    assert parses == [] and refreshed.parsed == 0

    # Edit one file as an editor would: new content, new size, new mtime.
    edited = files["r0042"]
    record = reflection("r0042", dt.date(2025, 1, 1) + dt.timedelta(days=42), "omskrevet helt")
    edited.write_bytes(codec.encode(record))
    later = edited.stat().st_mtime_ns + 2_000_000_000
    os.utime(edited, ns=(later, later))
    parses.clear()
    assert ids(store, Query(words="omskrevet")) == ["r0042"]
    assert len(parses) == 1 and "omskrevet" in parses[0]
    assert ids(store, Query(words="kode0042")) == []
    assert len(search(store, Query(words="ledelse"))[0]) == count - 1

    # Delete one: gone from the results, and still nothing parsed.
    files["r0007"].unlink()
    parses.clear()
    hits, refreshed = search(store, Query(words="ledelse"))
    assert "r0007" not in {hit.id for hit in hits}
    assert len(hits) == count - 2
    assert refreshed.removed == 1
    assert parses == [] and refreshed.parsed == 0
    assert ids(store, Query(words="kode0007")) == []


def test_a_bad_file_is_reported_on_every_search_but_parsed_once(
    store: Store, parses: list[str]
) -> None:
    put(store, reflection("good", dt.date(2026, 1, 1), "god tekst"))
    bad = store.root / "journal" / "2026" / "2026-01-02-bad.toml"
    bad.write_bytes(b'schema = 1\nkind = "reflection"\ntext = "\n')
    parses.clear()
    for expected_parses in (2, 0):
        hits, refreshed = search(store)
        assert [h.id for h in hits] == ["good"]
        assert [(p.path, "not valid TOML" in p.reason) for p in refreshed.problems] == [(bad, True)]
        assert len(parses) == expected_parses
        parses.clear()


def test_a_broken_link_in_the_journal_does_not_stop_a_search(store: Store) -> None:
    put(store, reflection("good", dt.date(2026, 1, 1), "god tekst"))
    broken = store.root / "journal" / "2026" / "2026-01-02-gone.toml"
    broken.symlink_to(store.root / "nowhere.toml")
    assert ids(store, Query(words="tekst")) == ["good"]
    assert ids(store) == ["good"]


SEARCHER = r"""
import sys, time
from pathlib import Path
from lederbog.store.index import Index, Query
from lederbog.store.store import Store

root, cache, barrier, name, count = sys.argv[1:]
Path(barrier, name).touch()
deadline = time.monotonic() + 60
while len(list(Path(barrier).iterdir())) < int(count):
    if time.monotonic() > deadline:
        sys.exit("the other searches never started")
    time.sleep(0.001)
index = Index(Store(Path(root)), Path(cache))
refreshed = index.refresh()
print(refreshed.parsed, len(index.search(Query(words="ledelse"))))
"""


def test_searches_started_at_once_share_one_index(store: Store, tmp_path: Path) -> None:
    # The workbook indexing in the background while `lederbog search` runs in a terminal.
    count, searches = 300, 3
    for n in range(count):
        put(store, reflection(f"r{n:04d}", dt.date(2025, 1, 1) + dt.timedelta(days=n), "ledelse"))
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                SEARCHER,
                str(store.root),
                str(paths.cache_dir()),
                str(barrier),
                f"s{n}",
                str(searches),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(searches)
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        results.append(tuple(int(word) for word in out.split()))
    assert [hits for _, hits in results] == [count] * searches
    assert sum(parsed for parsed, _ in results) == count  # each file read once, by one of them
    assert ids(store, Query(words="ledelse")) == [f"r{n:04d}" for n in range(count)]
