"""The figures of Oversigt, pinned to a fixed today (lederbog.overview is pure)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lederbog.frameworks import FrameworkSet, load_all
from lederbog.model.records import (
    Assessment,
    CheckIn,
    FrameworkChoice,
    Goal,
    Profile,
    Reflection,
)
from lederbog.overview import AreaFigures, Overview, load_overview, overview
from lederbog.store.store import Store
from lederbog.workbook import open_workbook

TODAY = dt.date(2026, 12, 1)
ZONE = dt.timezone(dt.timedelta(hours=1))


@pytest.fixture(scope="module")
def frameworks() -> FrameworkSet:
    return load_all(None)


def created(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9, 0), ZONE)


def goal(
    goal_id: str,
    area: str = "strategisk-ledelse",
    *,
    framework: str = "stuk",
    status: str = "active",
    due: dt.date | None = None,
    start: dt.date = dt.date(2026, 1, 5),
    checkins: tuple[tuple[dt.date, int], ...] = (),
) -> Goal:
    return Goal(
        id=goal_id,
        created=created(start),
        framework=framework,
        area=area,
        title=f"Mål {goal_id}",
        due=due,
        status=status,  # type: ignore[arg-type]
        checkins=[CheckIn(day, progress) for day, progress in checkins],
    )


def reflection(rid: str, day: dt.date, *areas: str, text: str = "En tanke.") -> Reflection:
    return Reflection(id=rid, created=created(day), date=day, text=text, areas=list(areas))


def assessment(aid: str, day: dt.date, framework: str = "stuk", **scores: int) -> Assessment:
    return Assessment(
        id=aid,
        created=created(day),
        date=day,
        framework=framework,
        scores={area.replace("_", "-"): score for area, score in scores.items()},
    )


def stuk_leader() -> Profile:
    return Profile(
        name="Mette Holm",
        organisation="STUK",
        frameworks=[FrameworkChoice("stuk", "teamleder")],
    )


def compute(
    frameworks: FrameworkSet,
    profile: Profile | None = None,
    goals: list[Goal] | None = None,
    reflections: list[Reflection] | None = None,
    assessments: list[Assessment] | None = None,
) -> Overview:
    profile = profile or stuk_leader()
    chosen = [fw for c in profile.frameworks if (fw := frameworks.get(c.id)) is not None]
    return overview(profile, chosen, goals or [], reflections or [], assessments or [], TODAY)


def area(view: Overview, framework: str, area_id: str) -> AreaFigures:
    return next(a for a in view.areas if a.framework == framework and a.area == area_id)


def test_a_goal_without_check_ins_counts_as_zero_progress(frameworks: FrameworkSet) -> None:
    view = compute(
        frameworks,
        goals=[
            goal("a", checkins=((dt.date(2026, 3, 1), 40), (dt.date(2026, 6, 1), 80))),
            goal("b"),  # no check-ins yet
        ],
    )
    figures = area(view, "stuk", "strategisk-ledelse")
    assert figures.active_goals == 2
    assert figures.progress == 40  # (80 + 0) / 2: the latest check-in of each


def test_the_latest_check_in_counts_not_the_highest_or_the_last_written(
    frameworks: FrameworkSet,
) -> None:
    # Check-ins written out of order: the one with the latest date is the goal's progress.
    view = compute(
        frameworks,
        goals=[goal("a", checkins=((dt.date(2026, 9, 1), 30), (dt.date(2026, 5, 1), 90)))],
    )
    assert area(view, "stuk", "strategisk-ledelse").progress == 30


def test_done_goals_are_counted_apart_and_paused_ones_not_averaged(
    frameworks: FrameworkSet,
) -> None:
    view = compute(
        frameworks,
        goals=[
            goal("a", checkins=((dt.date(2026, 3, 1), 50),)),
            goal("b", status="done", checkins=((dt.date(2026, 4, 1), 100),)),
            goal("c", status="done"),
            goal("d", status="paused", checkins=((dt.date(2026, 4, 1), 10),)),
            goal("e", status="dropped"),
        ],
    )
    figures = area(view, "stuk", "strategisk-ledelse")
    assert (figures.active_goals, figures.done_goals, figures.progress) == (1, 2, 50)


def test_overdue_and_due_soon_goals_with_their_dates(frameworks: FrameworkSet) -> None:
    view = compute(
        frameworks,
        goals=[
            goal("late", due=dt.date(2026, 11, 20)),
            goal("later", due=dt.date(2026, 10, 1)),
            goal("soon", due=dt.date(2026, 12, 10)),
            goal("today", due=TODAY),
            goal("far", due=dt.date(2027, 3, 1)),  # more than 30 days away
            goal("done-late", status="done", due=dt.date(2026, 11, 1)),  # done: not overdue
            goal("no-date"),
        ],
    )
    # The most recently due first: what slipped last week matters before last year's.
    assert [(g.id, g.due, g.days_left) for g in view.overdue] == [
        ("late", dt.date(2026, 11, 20), -11),
        ("later", dt.date(2026, 10, 1), -61),
    ]
    assert [(g.id, g.days_left) for g in view.due_soon] == [("today", 0), ("soon", 9)]
    assert view.overdue[1].title == "Mål later"


def test_areas_with_nothing_have_no_figures_and_come_first_among_the_untouched(
    frameworks: FrameworkSet,
) -> None:
    view = compute(
        frameworks,
        goals=[goal("a", "driftsledelse", start=dt.date(2026, 11, 1))],
        reflections=[reflection("r1", dt.date(2026, 2, 1), "stuk/faglig-ledelse")],
    )
    empty = area(view, "stuk", "strategisk-ledelse")
    assert (empty.active_goals, empty.done_goals, empty.progress) == (0, 0, None)
    assert (empty.last_reflection, empty.days_since_reflection, empty.rating) == (None, None, None)
    assert empty.last_touched is None
    untouched = [(a.area, a.last_touched) for a in view.untouched]
    # Never touched first (in the framework's order), then the longest ago.
    assert untouched == [
        ("strategisk-ledelse", None),
        ("personaleledelse-og-udvikling", None),
        ("udvikling-af-dig-selv-som-leder", None),
        ("faglig-ledelse", dt.date(2026, 2, 1)),
        ("driftsledelse", dt.date(2026, 11, 1)),
    ]


def test_last_reflection_and_days_since(frameworks: FrameworkSet) -> None:
    view = compute(
        frameworks,
        reflections=[
            reflection("r1", dt.date(2026, 11, 1), "stuk/faglig-ledelse"),
            reflection("r2", dt.date(2026, 11, 24), "stuk/faglig-ledelse", "kodeks/x"),
            reflection("r3", dt.date(2026, 12, 5), "stuk/faglig-ledelse"),  # in the future
        ],
    )
    figures = area(view, "stuk", "faglig-ledelse")
    assert (figures.last_reflection, figures.days_since_reflection) == (dt.date(2026, 11, 24), 7)
    assert view.reflections == 2


def test_latest_rating_and_its_trend_per_framework(frameworks: FrameworkSet) -> None:
    profile = Profile(
        name="Ali",
        frameworks=[FrameworkChoice("stuk", "teamleder"), FrameworkChoice("kodeks")],
    )
    view = compute(
        frameworks,
        profile,
        assessments=[
            assessment("a1", dt.date(2026, 3, 1), strategisk_ledelse=2, driftsledelse=4),
            assessment("a2", dt.date(2026, 9, 1), strategisk_ledelse=4, driftsledelse=3),
            assessment("k1", dt.date(2026, 10, 1), "kodeks", faglig_kontekst=3),
        ],
    )
    strategic = area(view, "stuk", "strategisk-ledelse")
    assert (strategic.rating, strategic.previous_rating, strategic.trend) == (4, 2, 2)
    assert strategic.rating_date == dt.date(2026, 9, 1)
    assert area(view, "stuk", "driftsledelse").trend == -1
    kodeks = area(view, "kodeks", "faglig-kontekst")
    # The kodeks assessment is the first of its framework: a rating, no trend.
    assert (kodeks.rating, kodeks.trend) == (3, None)
    assert area(view, "stuk", "faglig-ledelse").rating is None


def test_a_leader_with_two_frameworks_sees_both_in_the_profiles_order(
    frameworks: FrameworkSet,
) -> None:
    profile = Profile(
        name="Ali",
        organisation="Socialafdelingen",
        frameworks=[
            FrameworkChoice("kodeks"),
            FrameworkChoice("socialafdelingen", "funktionsleder"),
        ],
    )
    view = compute(
        frameworks,
        profile,
        goals=[
            goal("k", "faglig-kontekst", framework="kodeks", checkins=((dt.date(2026, 8, 1), 60),)),
            goal("s", "personaleledelse", framework="socialafdelingen"),
            goal("other", "strategisk-ledelse", framework="stuk"),  # not the leader's framework
        ],
    )
    assert [fw.framework for fw in view.frameworks] == ["kodeks", "socialafdelingen"]
    assert view.frameworks[1].role_title == "Funktionsleder"
    assert view.frameworks[0].role == ""
    assert len(view.areas) == 11 + 3
    assert area(view, "kodeks", "faglig-kontekst").progress == 60
    assert area(view, "socialafdelingen", "personaleledelse").progress == 0
    assert view.goals == 2  # the stuk goal is not counted


def test_progress_by_month_over_the_last_year(frameworks: FrameworkSet) -> None:
    view = compute(
        frameworks,
        goals=[
            goal(
                "a",
                start=dt.date(2026, 6, 10),
                checkins=((dt.date(2026, 7, 1), 20), (dt.date(2026, 9, 15), 60)),
            ),
            goal("b", start=dt.date(2026, 9, 1)),  # no check-ins: 0
            goal(
                "c",
                status="done",
                start=dt.date(2026, 2, 1),
                checkins=((dt.date(2026, 3, 1), 100),),
            ),
            goal("d", status="dropped", start=dt.date(2026, 1, 1)),
        ],
    )
    months = {m.month: (m.progress, m.goals) for m in view.progress_by_month}
    assert len(months) == 12
    assert min(months) == dt.date(2026, 1, 1) and max(months) == dt.date(2026, 12, 1)
    assert months[dt.date(2026, 1, 1)] == (None, 0)  # only the dropped goal existed
    assert months[dt.date(2026, 2, 1)] == (0, 1)  # c, before its check-in
    assert months[dt.date(2026, 3, 1)] == (100, 1)  # c done in March
    assert months[dt.date(2026, 4, 1)] == (None, 0)  # c finished: no longer worked on
    assert months[dt.date(2026, 6, 1)] == (0, 1)
    assert months[dt.date(2026, 7, 1)] == (20, 1)
    assert months[dt.date(2026, 9, 1)] == (30, 2)  # (60 + 0) / 2
    assert months[dt.date(2026, 12, 1)] == (30, 2)


def test_a_year_ago_is_the_reflection_nearest_that_day(frameworks: FrameworkSet) -> None:
    text = "Første linje om mødet\n\n  Anden linje  \nTredje\nFjerde"
    view = compute(
        frameworks,
        reflections=[
            reflection("far", dt.date(2025, 11, 20), text="For langt væk"),
            reflection("near", dt.date(2025, 12, 4), "stuk/driftsledelse", text=text),
            reflection("nearer-after", dt.date(2025, 12, 3)),
            reflection("recent", dt.date(2026, 11, 30)),
        ],
    )
    assert view.year_ago is not None
    assert view.year_ago.id == "nearer-after"
    view = compute(
        frameworks,
        reflections=[reflection("near", dt.date(2025, 12, 4), "stuk/driftsledelse", text=text)],
    )
    assert view.year_ago is not None
    assert view.year_ago.first_lines == ("Første linje om mødet", "Anden linje", "Tredje")
    assert view.year_ago.areas == ("stuk/driftsledelse",)
    none_near = compute(frameworks, reflections=[reflection("x", dt.date(2025, 11, 23))])
    assert none_near.year_ago is None  # 8 days from a year ago: outside the window


def test_no_profile_gives_an_empty_overview(frameworks: FrameworkSet) -> None:
    view = overview(None, [], [], [], [], TODAY)
    assert (view.name, view.frameworks, view.untouched, view.year_ago) == ("", (), (), None)
    assert all(m.progress is None for m in view.progress_by_month)


def test_load_overview_reads_the_data_folder(data_dir: Path, tmp_path: Path) -> None:
    store = Store(data_dir)
    store.save(stuk_leader())
    store.save(goal("a", due=dt.date(2026, 12, 10), checkins=((dt.date(2026, 11, 1), 25),)))
    store.save(reflection("0000beef", dt.date(2025, 12, 1), "stuk/driftsledelse", text="Et år"))
    store.save(assessment("a0000001", dt.date(2026, 6, 1), driftsledelse=4))
    (data_dir / "goals" / "broken.toml").write_text("this is not toml", encoding="utf-8")
    workbook = open_workbook(data_dir, today=lambda: TODAY)
    view = load_overview(workbook, tmp_path / "cache")
    assert view.name == "Mette Holm"
    assert [g.id for g in view.due_soon] == ["a"]
    assert area(view, "stuk", "strategisk-ledelse").progress == 25
    assert area(view, "stuk", "driftsledelse").rating == 4
    assert view.year_ago is not None and view.year_ago.first_lines == ("Et år",)
    assert any("broken.toml" in problem for problem in view.problems)


def test_months_are_named_the_danish_and_the_english_way() -> None:
    from lederbog.dates import format_month

    assert format_month(dt.date(2026, 12, 1), "da") == "dec. 2026"
    assert format_month(dt.date(2026, 5, 31), "da", year=False) == "maj"
    assert format_month(dt.date(2026, 12, 1), "en") == "Dec 2026"


def test_a_self_assessment_older_than_the_interval_is_due() -> None:
    import datetime as dt

    from lederbog.frameworks import load_all
    from lederbog.model.records import Assessment, FrameworkChoice, Profile
    from lederbog.overview import overview

    frameworks = load_all(None)
    stuk, kodeks = frameworks.get("stuk"), frameworks.get("kodeks")
    assert stuk is not None and kodeks is not None
    created = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    profile = Profile(
        "Mette",
        frameworks=[FrameworkChoice("stuk", "teamleder"), FrameworkChoice("kodeks")],
        extra={"assessment_interval_months": 6},
    )
    old = Assessment("a1", created, dt.date(2026, 5, 31), "stuk", {"driftsledelse": 3})
    found = overview(profile, [stuk, kodeks], [], [], [old], dt.date(2026, 12, 1))
    assert found.assessment_months == 6
    assert [(d.framework.id, d.last) for d in found.assessment_due] == [
        ("stuk", dt.date(2026, 5, 31)),  # more than six months ago
        ("kodeks", None),  # never
    ]
    recent = Assessment("a2", created, dt.date(2026, 9, 1), "stuk", {"driftsledelse": 4})
    found = overview(profile, [stuk, kodeks], [], [], [old, recent], dt.date(2026, 12, 1))
    assert [d.framework.id for d in found.assessment_due] == ["kodeks"]
