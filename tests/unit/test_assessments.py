"""Self-assessments: what loads, the latest rating per area, changes, and when one is due."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lederbog import assessments
from lederbog.assessments import (
    AreaRating,
    Rating,
    add_months,
    changes_in,
    due_frameworks,
    history_by_area,
    interval_months,
    latest_by_area,
    previous_ratings,
)
from lederbog.frameworks import FrameworkSet, load_all
from lederbog.model.records import Assessment, Profile
from lederbog.store.cache import RecordCache
from lederbog.store.layout import FileKind
from lederbog.store.store import Store

TODAY = dt.date(2026, 12, 1)
ZONE = dt.timezone(dt.timedelta(hours=1))
STUK_AREAS = (
    "strategisk-ledelse",
    "driftsledelse",
    "faglig-ledelse",
    "personaleledelse-og-udvikling",
    "udvikling-af-dig-selv-som-leder",
)


@pytest.fixture(scope="module")
def frameworks() -> FrameworkSet:
    return load_all(None)


def made(
    day: dt.date,
    scores: dict[str, int],
    notes: dict[str, str] | None = None,
    *,
    framework: str = "stuk",
    ident: str | None = None,
    hour: int = 10,
) -> Assessment:
    return Assessment(
        id=ident or f"a{day:%Y%m%d}{hour:02d}",
        created=dt.datetime.combine(day, dt.time(hour), ZONE),
        date=day,
        framework=framework,
        scores=scores,
        notes=notes or {},
    )


def test_the_latest_rating_per_area_and_its_change(frameworks: FrameworkSet) -> None:
    stuk = frameworks.get("stuk")
    assert stuk is not None
    records = [
        made(dt.date(2026, 3, 1), {"strategisk-ledelse": 2, "driftsledelse": 4}),
        made(dt.date(2026, 6, 1), {"strategisk-ledelse": 3, "driftsledelse": 4}),
        # Driftsledelse left unrated: its latest stays June's, compared with March's.
        made(dt.date(2026, 9, 1), {"strategisk-ledelse": 2, "faglig-ledelse": 5}),
    ]
    latest = latest_by_area(reversed(records), stuk)  # the order given does not matter
    assert latest["strategisk-ledelse"].latest.score == 2
    assert latest["strategisk-ledelse"].previous == Rating(3, dt.date(2026, 6, 1), "a2026060110")
    assert latest["strategisk-ledelse"].mark == "▼"
    assert latest["strategisk-ledelse"].delta == -1
    assert latest["driftsledelse"].latest.date == dt.date(2026, 6, 1)
    assert latest["driftsledelse"].mark == "="
    assert latest["faglig-ledelse"].mark == ""  # rated once: nothing to compare with
    assert latest["faglig-ledelse"].change is None
    assert "personaleledelse-og-udvikling" not in latest


def test_the_history_of_each_area_is_oldest_first(frameworks: FrameworkSet) -> None:
    stuk = frameworks.get("stuk")
    assert stuk is not None
    records = [
        made(dt.date(2026, 6, 1), {"driftsledelse": 3}, {"driftsledelse": "Bedre rutiner"}),
        made(dt.date(2026, 3, 1), {"driftsledelse": 1}),
        made(dt.date(2026, 3, 1), {"driftsledelse": 2}, hour=15),  # same day, made later
        made(dt.date(2026, 1, 1), {"kodekspunkt": 1}, framework="kodeks"),  # another framework
    ]
    history = history_by_area(records, stuk)
    assert set(history) == set(STUK_AREAS)
    assert [r.score for r in history["driftsledelse"]] == [1, 2, 3]
    assert history["driftsledelse"][-1].note == "Bedre rutiner"
    assert history["strategisk-ledelse"] == []


def test_previous_ratings_skip_the_assessment_being_edited(frameworks: FrameworkSet) -> None:
    stuk = frameworks.get("stuk")
    assert stuk is not None
    first = made(dt.date(2026, 3, 1), {"driftsledelse": 2, "faglig-ledelse": 4})
    second = made(dt.date(2026, 6, 1), {"driftsledelse": 3})
    third = made(dt.date(2026, 9, 1), {"driftsledelse": 5})
    everything = [first, second, third]
    assert previous_ratings(everything, stuk)["driftsledelse"].score == 5
    before_third = previous_ratings(everything, stuk, before=third)
    assert before_third["driftsledelse"] == Rating(3, dt.date(2026, 6, 1), second.id)
    assert before_third["faglig-ledelse"].score == 4
    assert previous_ratings(everything, stuk, before=first) == {}
    assert changes_in(third, everything, stuk) == {"driftsledelse": (2, "up")}
    assert changes_in(first, everything, stuk) == {}


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 9, 1), 3, dt.date(2026, 12, 1)),
        (dt.date(2026, 8, 31), 3, dt.date(2026, 11, 30)),
        (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
        (dt.date(2027, 11, 29), 3, dt.date(2028, 2, 29)),  # a leap year
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
        (dt.date(2026, 1, 1), 12, dt.date(2027, 1, 1)),
    ],
)
def test_months_are_calendar_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_due_when_the_last_assessment_is_three_months_old(frameworks: FrameworkSet) -> None:
    stuk, kodeks, laering = (frameworks.get(i) for i in ("stuk", "kodeks", "laeringskultur"))
    assert stuk is not None and kodeks is not None and laering is not None
    records = [
        made(dt.date(2026, 5, 1), {"driftsledelse": 2}),
        made(dt.date(2026, 9, 2), {"driftsledelse": 3}),  # the latest STUK one: not due yet
        made(dt.date(2026, 8, 31), {}, framework="kodeks"),  # three months and a day
    ]
    due = due_frameworks([stuk, kodeks, laering], records, TODAY)
    assert [(d.framework.id, d.last) for d in due] == [
        ("kodeks", dt.date(2026, 8, 31)),
        ("laeringskultur", None),  # never assessed: due too
    ]
    assert due[0].due_since == TODAY
    # Exactly three months old is not older than three months; a day later it is.
    exactly = [made(dt.date(2026, 9, 1), {}, framework="kodeks")]
    assert due_frameworks([kodeks], exactly, TODAY) == []
    assert len(due_frameworks([kodeks], exactly, TODAY + dt.timedelta(days=1))) == 1
    # STUK, last assessed 2 Sep, is fine; with a one-month interval it is due.
    assert [d.framework.id for d in due_frameworks([stuk], records, TODAY)] == []
    assert [d.framework.id for d in due_frameworks([stuk], records, TODAY, 1)] == ["stuk"]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({}, 3),
        ({"assessment_interval_months": 6}, 6),
        ({"assessment_interval_months": 1}, 1),
        ({"assessment_interval_months": 0}, 3),
        ({"assessment_interval_months": 500}, 3),
        ({"assessment_interval_months": "6"}, 3),
        ({"assessment_interval_months": True}, 3),
        ({"assessment_interval_months": 2.5}, 3),
    ],
)
def test_the_interval_is_read_from_the_profile(extra: dict[str, object], expected: int) -> None:
    assert interval_months(Profile(extra=dict(extra))) == expected


def test_no_profile_means_three_months() -> None:
    assert interval_months(None) == 3


def test_the_interval_survives_a_round_trip_of_the_profile(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    store.save(Profile(name="Mette", extra={"assessment_interval_months": 6}))
    profile = store.profile()
    assert profile is not None
    assert interval_months(profile) == 6
    assert b"assessment_interval_months = 6" in (tmp_path / "data" / "profile.toml").read_bytes()


def test_area_rating_without_previous() -> None:
    rating = AreaRating(Rating(4, TODAY, "x"))
    assert (rating.mark, rating.delta, rating.change) == ("", 0, None)


# --- loading: bad files are named, left alone, and the rest shows ----------------------------


def test_bad_assessments_are_named_and_left_byte_identical(
    data_dir: Path, frameworks: FrameworkSet
) -> None:
    store = Store(data_dir)
    good = made(dt.date(2026, 6, 1), {"driftsledelse": 3}, {"driftsledelse": "Fint"})
    store.save(good)
    old_area = made(dt.date(2026, 7, 1), {"driftsledelse": 3, "gammelt-omraade": 2})
    store.save(old_area)
    old_note = made(dt.date(2026, 7, 2), {"driftsledelse": 3}, {"nyt-navn": "x"})
    store.save(old_note)
    unknown = made(dt.date(2026, 7, 3), {"a": 1}, framework="vores-eget")
    store.save(unknown)
    folder = data_dir / "assessments" / "2026"
    out_of_range = folder / "2026-08-01-abad0001.toml"
    out_of_range.write_bytes(
        b'schema = 1\nkind = "assessment"\nid = "abad0001"\n'
        b"created = 2026-08-01T10:00:00+01:00\ndate = 2026-08-01\n"
        b'framework = "stuk"\n[scores]\ndriftsledelse = 7\n'
    )
    not_toml = folder / "2026-08-02-abad0002.toml"
    not_toml.write_bytes(b"schema = 1\nkind = \xff\xfe [[[")
    before = {path: path.read_bytes() for path in folder.iterdir()}

    book = assessments.load(store, frameworks)

    assert [a.id for a in book.assessments] == [good.id]
    reasons = {problem.path.name: problem.reason for problem in book.problems}
    assert set(reasons) == {
        "2026-07-01-a2026070110.toml",
        "2026-07-02-a2026070210.toml",
        "2026-07-03-a2026070310.toml",
        out_of_range.name,
        not_toml.name,
    }
    assert "gammelt-omraade" in reasons["2026-07-01-a2026070110.toml"]
    assert "no such area" in reasons["2026-07-01-a2026070110.toml"]
    assert "notes.nyt-navn" in reasons["2026-07-02-a2026070210.toml"]
    assert "vores-eget" in reasons["2026-07-03-a2026070310.toml"]
    assert "1-5" in reasons[out_of_range.name]
    assert "UTF-8" in reasons[not_toml.name]
    assert all(str(p.path).startswith(str(folder)) for p in book.problems)
    assert {path: path.read_bytes() for path in folder.iterdir()} == before


def test_the_cache_reads_again_only_what_changed(data_dir: Path, frameworks: FrameworkSet) -> None:
    store = Store(data_dir)
    first, second = (
        made(dt.date(2026, 6, 1), {"driftsledelse": 3}),
        made(TODAY, {"driftsledelse": 4}),
    )
    store.save(first)
    store.save(second)
    cache = RecordCache()
    assert not cache.filled
    shown = {a.id: a for a in assessments.load(store, frameworks, cache).assessments}
    assert cache.filled
    again = {a.id: a for a in assessments.load(store, frameworks, cache).assessments}
    assert again[first.id] is shown[first.id] and again[second.id] is shown[second.id]

    # Saved again (a new file), edited by hand in place with the same size, removed, added:
    changed = store.read(shown[second.id].origin.path, FileKind.ASSESSMENT)  # type: ignore[union-attr]
    assert isinstance(changed, Assessment)
    changed.scores["faglig-ledelse"] = 2
    store.save(changed)
    path = shown[first.id].origin.path  # type: ignore[union-attr]
    path.write_text(path.read_text("utf-8").replace("driftsledelse = 3", "driftsledelse = 5"))
    third = made(dt.date(2026, 9, 1), {"driftsledelse": 1})
    store.save(third)
    book = assessments.load(store, frameworks, cache)
    assert [(a.id, a.scores) for a in book.assessments] == [
        (first.id, {"driftsledelse": 5}),
        (third.id, {"driftsledelse": 1}),
        (second.id, {"driftsledelse": 4, "faglig-ledelse": 2}),
    ]
    store.trash(book.find(third.id))  # type: ignore[arg-type]
    assert [a.id for a in assessments.load(store, frameworks, cache).assessments] == [
        first.id,
        second.id,
    ]


def test_a_file_broken_after_it_was_cached_is_named_not_shown_from_memory(
    data_dir: Path, frameworks: FrameworkSet
) -> None:
    store = Store(data_dir)
    good = made(dt.date(2026, 6, 1), {"driftsledelse": 3})
    store.save(good)
    cache = assessments.cache_for(data_dir)
    assert [a.id for a in assessments.load(store, frameworks, cache).assessments] == [good.id]
    path = store.path_for(good)
    path.write_bytes(b"schema = 1\nkind = [[[")
    book = assessments.load(store, frameworks, cache)
    assert book.assessments == [] and [p.path for p in book.problems] == [path]
    assert path.read_bytes() == b"schema = 1\nkind = [[["
    assert assessments.cache_for(data_dir) is cache  # one per data folder


def test_a_record_made_in_code_with_a_bad_score_is_refused(frameworks: FrameworkSet) -> None:
    bad = made(dt.date(2026, 6, 1), {"driftsledelse": 0})
    assert "1-5" in (assessments.problem_with(bad, frameworks) or "")
    assert assessments.problem_with(made(TODAY, {"driftsledelse": 5}), frameworks) is None


def test_the_book_finds_by_framework_and_id(data_dir: Path, frameworks: FrameworkSet) -> None:
    store = Store(data_dir)
    store.save(made(dt.date(2026, 6, 1), {"driftsledelse": 3}))
    store.save(made(dt.date(2026, 5, 1), {}, framework="kodeks"))
    book = assessments.load(store, frameworks)
    assert [a.framework for a in book.assessments] == ["kodeks", "stuk"]
    assert [a.id for a in book.of("stuk")] == ["a2026060110"]
    assert book.find("a2026050110") is not None
    assert book.find("nope") is None
    assert book.frameworks_assessed() == {"stuk", "kodeks"}


def test_what_oversigt_shows(frameworks: FrameworkSet) -> None:
    stuk, kodeks = frameworks.get("stuk"), frameworks.get("kodeks")
    assert stuk is not None and kodeks is not None
    records = [
        made(dt.date(2026, 5, 1), {"driftsledelse": 2}),
        made(dt.date(2026, 8, 20), {"driftsledelse": 4, "faglig-ledelse": 3}),
    ]
    shown = assessments.ratings_overview([stuk, kodeks], records, TODAY)
    assert [s.framework.id for s in shown] == ["stuk", "kodeks"]
    assert shown[0].latest["driftsledelse"].mark == "▲"
    assert shown[0].latest["driftsledelse"].delta == 2
    assert shown[0].due is not None and shown[0].due.last == dt.date(2026, 8, 20)
    assert shown[1].latest == {} and shown[1].due is not None and shown[1].due.last is None
    assert assessments.due_message(shown[0].due, "da") == (
        "Din seneste selvevaluering i Det fælles ledelsesgrundlag for STUK er fra "
        "20. aug. 2026 – over 3 måneder siden."
    )
    assert assessments.due_message(shown[1].due, "en", 3) == (
        "You have not assessed yourself in 11 kodekspunkter for god ledelse i kommuner og "
        "regioner yet."
    )
    assert assessments.ratings_overview([stuk], records, dt.date(2026, 9, 1))[0].due is None
