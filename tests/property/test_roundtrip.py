"""Every record type survives a save and a reload exactly, whatever text it holds.

Each example saves into a folder of its own (`tempfile.TemporaryDirectory`),
so examples never see each other's files. 520 examples per record type keep
the file above 2,000 examples in every run, locally and in CI.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lederbog.errors import LederbogError
from lederbog.model.records import (
    GOAL_STATUSES,
    Assessment,
    CheckIn,
    FrameworkChoice,
    Goal,
    Profile,
    Record,
    Reflection,
    StatusChange,
)
from lederbog.store.codec import UnstorableText
from lederbog.store.layout import FileKind, scan
from lederbog.store.store import Store

EXAMPLES_PER_TYPE = 520

ROUNDTRIP = settings(
    max_examples=EXAMPLES_PER_TYPE,
    deadline=None,
    # The autouse fixture in conftest only sets environment variables; every
    # example writes into its own temporary folder.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
REFUSAL = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# --- text ----------------------------------------------------------------------

TRICKY = "\r\n\t\x00\x07\x1b\"'\\\u202e😀\u05d0"

# Pieces that have tripped TOML writers: quote runs that close a multi-line
# string early, escapes that would be read as escapes, line endings that a
# multi-line string normalises, and text that looks like TOML syntax.
PIECES = [
    '"""',
    "'''",
    '""',
    '"',
    "'",
    '\\"""',
    '""""""',
    "\\",
    "\\\\",
    "\\n",
    "\\u0041",
    "\\U0001F600",
    "\r\n",
    "\r",
    "\n\r",
    "\r\r\n",
    "\n",
    "\t",
    "\x00",
    "\x7f",
    "\x85",
    "\x9b",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\x1b]0;title\x07",
    "\x1b[31m",
    "\u202e\u05e9\u05dc\u05d5\u05dd abc",
    "\u2066isolate\u2069",
    "مرحبا",
    "😀",
    "👩\u200d👩\u200d👧",
    "e\u0301",
    "\U0010fffd",
    " ",
    "# not a comment",
    'key = "value"',
    "[table]",
    "\n[[checkins]]\n",
    "[@click=app.quit]",
    "[/]",
    "æøå ÆØÅ",
]

mixed_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(alphabet=TRICKY, max_size=6), st.text(max_size=6)),
    max_size=10,
).map("".join)

# Long text (up to ~25,000 characters) is made by repetition so that Hypothesis
# need not draw every character.
long_text = st.builds(
    lambda head, piece, times: head + piece * times,
    st.text(max_size=20),
    st.one_of(st.sampled_from(PIECES), st.text(alphabet=TRICKY + "ab ", min_size=1, max_size=8)),
    st.integers(min_value=500, max_value=3_000),
)

# st.text() never draws lone surrogates; those are tested separately below.
texts = st.one_of(
    st.text(),
    st.text(alphabet=TRICKY),
    st.text(alphabet=st.one_of(st.sampled_from(TRICKY), st.characters(codec="utf-8"))),
    mixed_text,
)
# Long text where a person writes long text, one time in ten (encoding it is slow).
long_texts = st.integers(min_value=0, max_value=9).flatmap(lambda n: long_text if n == 0 else texts)
nonempty = texts.filter(bool)
text_lists = st.lists(texts, max_size=5)

# Record ids name files, so they follow the file-name pattern (layout.ID_PATTERN).
record_ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,30}", fullmatch=True)

offsets = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
datetimes = st.datetimes(timezones=offsets)
dates = st.dates()


def extras(known: set[str]) -> st.SearchStrategy[dict[str, Any]]:
    """Keys a newer Lederbog (or a person) added: arbitrary names, simple values."""
    values = st.one_of(
        texts,
        st.integers(min_value=-(2**63), max_value=2**63 - 1),
        st.booleans(),
        dates,
        datetimes,
        text_lists,
    )
    keys = texts.filter(lambda key: key not in known | {"schema", "kind"})
    return st.dictionaries(keys, values, max_size=2)


# --- records -------------------------------------------------------------------

profiles = st.builds(
    Profile,
    name=long_texts,
    organisation=texts,
    language=st.sampled_from(["da", "en"]),
    frameworks=st.lists(
        st.builds(FrameworkChoice, id=nonempty, role=texts, extra=extras({"id", "role"})),
        max_size=4,
    ),
    extra=extras({"name", "organisation", "language", "frameworks"}),
)

checkins = st.builds(
    CheckIn,
    date=dates,
    progress=st.integers(min_value=0, max_value=100),
    note=texts,
    extra=extras({"date", "progress", "note"}),
)

status_changes = st.builds(
    StatusChange,
    date=dates,
    status=st.sampled_from(GOAL_STATUSES),
    extra=extras({"date", "status"}),
)

goals = st.builds(
    Goal,
    id=record_ids,
    created=datetimes,
    framework=nonempty,
    area=nonempty,
    title=long_texts,
    why=long_texts,
    success=texts,
    due=st.none() | dates,
    status=st.sampled_from(GOAL_STATUSES),
    items=text_lists,
    checkins=st.lists(checkins, max_size=4),
    extra=extras(
        {"id", "created", "framework", "area", "title", "why", "success", "due", "status"}
        | {"items", "checkins", "status_changes"}
    ),
    status_changes=st.lists(status_changes, max_size=3),
)

reflections = st.builds(
    Reflection,
    id=record_ids,
    created=datetimes,
    date=dates,
    text=long_texts,
    areas=text_lists,
    goals=text_lists,
    items=text_lists,
    tags=text_lists,
    prompt=texts,
    shared=st.booleans(),
    extra=extras(
        {"id", "created", "date", "text", "areas", "goals", "items", "tags", "prompt", "shared"}
    ),
)

assessments = st.builds(
    Assessment,
    id=record_ids,
    created=datetimes,
    date=dates,
    framework=nonempty,
    scores=st.dictionaries(texts, st.integers(min_value=1, max_value=5), max_size=8),
    notes=st.dictionaries(texts, long_texts, max_size=5),
    extra=extras({"id", "created", "date", "framework", "scores", "notes"}),
)


# --- checks --------------------------------------------------------------------


def _datetimes_in(value: object) -> list[dt.datetime]:
    if isinstance(value, dt.datetime):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = [getattr(value, f.name) for f in dataclasses.fields(value) if f.compare]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [d for item in value for d in _datetimes_in(item)]
    return []


def assert_same(loaded: Record, original: Record) -> None:
    assert type(loaded) is type(original)
    assert loaded == original
    # Aware datetimes compare equal across offsets (10:00+01:00 == 09:00Z), so
    # check that the wall-clock time and the offset came back too.
    for back, sent in zip(_datetimes_in(loaded), _datetimes_in(original), strict=True):
        assert back.replace(tzinfo=None) == sent.replace(tzinfo=None)
        assert back.utcoffset() == sent.utcoffset()


def files_in(root: Path) -> dict[Path, bytes]:
    if not root.exists():
        return {}
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def reload(store: Store, record: Record) -> Record:
    """The record as a user sees it after a restart: through the store's own listing."""
    found: list[Any]
    if isinstance(record, Profile):
        found = [store.profile()]
    elif isinstance(record, Goal):
        loaded_goals = store.goals()
        assert loaded_goals.problems == []
        found = loaded_goals.records
    elif isinstance(record, Reflection):
        loaded_reflections = store.reflections()
        assert loaded_reflections.problems == []
        found = loaded_reflections.records
    else:
        loaded_assessments = store.assessments()
        assert loaded_assessments.problems == []
        found = loaded_assessments.records
    assert len(found) == 1
    first: Record = found[0]
    return first


# fsync dominates the run time on a disk; a memory-backed folder, where there is
# one, keeps 2,400 saves well inside a minute. The store code is the same.
FAST_TMP = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def check_roundtrip(record: Record) -> None:
    expected = dataclasses.replace(record)  # a copy: save() must not change the record itself
    with tempfile.TemporaryDirectory(dir=FAST_TMP) as tmp:
        store = Store(Path(tmp) / "data")
        result = store.save(record)
        assert not result.conflict
        assert result.path == store.path_for(record)
        assert record == expected

        loaded = reload(store, record)
        assert_same(loaded, expected)
        assert [e.kind for e in scan(store.root) if e.kind is FileKind.TEMP] == []

        # Saving what was loaded, unchanged, writes the same bytes in the same place.
        before = result.path.read_bytes()
        again = store.save(loaded)
        assert (again.path, again.conflict) == (result.path, False)
        assert result.path.read_bytes() == before
        assert sorted(files_in(store.root)) == sorted([result.path, store.root / ".lock"])


@ROUNDTRIP
@given(profiles)
def test_profile_roundtrip(record: Profile) -> None:
    check_roundtrip(record)


@ROUNDTRIP
@given(goals)
def test_goal_with_checkins_roundtrip(record: Goal) -> None:
    check_roundtrip(record)


@ROUNDTRIP
@given(reflections)
def test_reflection_roundtrip(record: Reflection) -> None:
    check_roundtrip(record)


@ROUNDTRIP
@given(assessments)
def test_assessment_roundtrip(record: Assessment) -> None:
    check_roundtrip(record)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("line one\r\nline two\r\n", id="crlf"),
        pytest.param("old mac\rline", id="lone-cr"),
        pytest.param('ends with a quote"', id="quote-at-end"),
        pytest.param('a """ triple', id="triple-quote"),
        pytest.param("back\\slash\\", id="backslashes"),
        pytest.param("\x00\x07\x1b[2J\x7f", id="controls"),
        pytest.param("\u202eevil.exe \u05d0\u05d1", id="rtl-override"),
        pytest.param("😀" * 50_000, id="50k-emoji"),
        pytest.param("x" * 300_000, id="300k-chars"),
    ],
)
def test_known_hard_texts_roundtrip(text: str) -> None:
    # Named cases, so a failure here reads as a sentence rather than a shrunk example.
    created = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    check_roundtrip(Reflection("r1", created, dt.date(2026, 11, 25), text, tags=[text]))


# --- text that cannot be stored -------------------------------------------------

surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
unstorable = st.builds(lambda a, s, b: a + s + b, texts, surrogates, texts)

Poison = Callable[[Any, str], Any]


def _put(**changes: Callable[[Any, str], Any]) -> list[tuple[str, Poison]]:
    """(field name, a function that puts the bad text into that field of a record)."""

    def putter(name: str, make: Callable[[Any, str], Any]) -> Poison:
        return lambda record, bad: dataclasses.replace(record, **{name: make(record, bad)})

    return [(name, putter(name, make)) for name, make in changes.items()]


def _text(r: Any, s: str) -> str:
    return s


def _appended(name: str) -> Callable[[Any, str], list[str]]:
    return lambda r, s: [*getattr(r, name), s]


def _key_of(name: str) -> Callable[[Any, str], dict[str, Any]]:
    return lambda r, s: {**getattr(r, name), s: getattr(r, name).get(s, 3)}


POISONS: dict[type, list[tuple[str, Poison]]] = {
    Profile: _put(
        name=_text,
        organisation=_text,
        frameworks=lambda r, s: [*r.frameworks, FrameworkChoice("ok", role=s)],
        extra=lambda r, s: {**r.extra, "future": s},
    ),
    Goal: _put(
        title=_text,
        why=_text,
        success=_text,
        framework=_text,
        area=_text,
        items=_appended("items"),
        checkins=lambda r, s: [*r.checkins, CheckIn(dt.date(2026, 1, 1), 50, s)],
        extra=lambda r, s: {**r.extra, s: "future key with a bad name"},
    ),
    Reflection: _put(
        text=_text,
        prompt=_text,
        areas=_appended("areas"),
        goals=_appended("goals"),
        items=_appended("items"),
        tags=_appended("tags"),
    ),
    Assessment: _put(
        framework=_text,
        scores=_key_of("scores"),
        notes=lambda r, s: {**r.notes, "area": s},
    ),
}


def check_refused(record: Record, poison: tuple[str, Poison], bad: str) -> None:
    with tempfile.TemporaryDirectory(dir=FAST_TMP) as tmp:
        store = Store(Path(tmp) / "data")
        # Nothing at all is created for a new record ...
        fresh = poison[1](record, bad)
        with pytest.raises(UnstorableText) as refused:
            store.save(fresh)
        assert isinstance(refused.value, LederbogError)
        assert "nothing was written" in str(refused.value)
        assert files_in(store.root) == {}

        # ... and an existing file is left exactly as it was, with no temp file beside it.
        store.save(record)
        before = files_in(store.root)
        changed = poison[1](record, bad)
        with pytest.raises(UnstorableText):
            store.save(changed)
        assert files_in(store.root) == before
        assert reload(store, record) == record


@REFUSAL
@given(profiles, st.sampled_from(POISONS[Profile]), unstorable)
def test_profile_with_lone_surrogate_is_refused(
    record: Profile, poison: tuple[str, Poison], bad: str
) -> None:
    check_refused(record, poison, bad)


@REFUSAL
@given(goals, st.sampled_from(POISONS[Goal]), unstorable)
def test_goal_with_lone_surrogate_is_refused(
    record: Goal, poison: tuple[str, Poison], bad: str
) -> None:
    check_refused(record, poison, bad)


@REFUSAL
@given(reflections, st.sampled_from(POISONS[Reflection]), unstorable)
def test_reflection_with_lone_surrogate_is_refused(
    record: Reflection, poison: tuple[str, Poison], bad: str
) -> None:
    check_refused(record, poison, bad)


@REFUSAL
@given(assessments, st.sampled_from(POISONS[Assessment]), unstorable)
def test_assessment_with_lone_surrogate_is_refused(
    record: Assessment, poison: tuple[str, Poison], bad: str
) -> None:
    check_refused(record, poison, bad)


def test_refusal_names_the_field_and_the_character(data_dir: Path) -> None:
    created = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC)
    record = Reflection("r1", created, dt.date(2026, 11, 25), "fine", tags=["ok", "b\ud800d"])
    with pytest.raises(UnstorableText, match=r"'tags'.*U\+D800.*position 1"):
        Store(data_dir).save(record)
    assert not data_dir.exists()


@pytest.mark.parametrize(
    "created",
    [
        dt.datetime(2026, 11, 25, 9, 30),
        dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.timezone(dt.timedelta(seconds=3020))),
    ],
    ids=["no-offset", "offset-with-seconds"],
)
def test_times_toml_cannot_hold_are_refused(data_dir: Path, created: dt.datetime) -> None:
    record = Goal("g", created, "fw", "area", "title")
    with pytest.raises(UnstorableText, match=r"UTC offset"):
        Store(data_dir).save(record)
    assert files_in(data_dir) == {}
