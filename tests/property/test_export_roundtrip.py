"""Whatever the store accepts exports to TOML and reads back (review) with the same content."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_roundtrip import assessments, dates, goals, profiles, reflections

from lederbog.export import toml_format
from lederbog.export.gather import gather
from lederbog.export.reader import from_document
from lederbog.export.review import figures_of, records_of
from lederbog.frameworks import load_all
from lederbog.model.records import Assessment, CheckIn, FrameworkChoice, Goal, Profile
from lederbog.overview import overview
from lederbog.safetoml import loads_guarded

FRAMEWORKS = load_all(None)
GENERATED = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    profile=profiles,
    goal_list=st.lists(goals, max_size=4),
    reflection_list=st.lists(reflections, max_size=5),
    assessment_list=st.lists(assessments, max_size=3),
    since=dates,
    days=st.integers(min_value=0, max_value=3000),
)
def test_an_export_reads_back_the_same(
    profile, goal_list, reflection_list, assessment_list, since, days
) -> None:  # type: ignore[no-untyped-def]
    # `since + days` may pass the last date there is (9999-12-31): stop there.
    until = since + dt.timedelta(days=min(days, (dt.date.max - since).days))
    export = gather(
        profile=profile,
        frameworks=FRAMEWORKS,
        goals=goal_list,
        reflections=reflection_list,
        assessments=assessment_list,
        since=since,
        until=until,
        generated=GENERATED,
        language=profile.language,
    )
    text = toml_format.render(export)
    back = from_document(loads_guarded(text.encode(), name="x", max_bytes=1 << 26), Path("x"))
    assert back == export
    # Only shared reflections leave; a private one leaves not even its id.
    assert {r.id for r in back.reflections} <= {r.id for r in reflection_list if r.shared}


def test_a_shared_reflection_on_an_area_without_framework_still_reads_back() -> None:
    """An area reference of "" names no framework: the export must not list one without
    an id (which no reader accepts); the reflection itself still goes out as typed."""
    from lederbog.model.records import Reflection

    reflection = Reflection(
        id="r1", created=GENERATED, date=dt.date(2026, 5, 1), text="Delt", areas=[""], shared=True
    )
    export = gather(
        profile=Profile(name="Mette"),
        frameworks=FRAMEWORKS,
        goals=[],
        reflections=[reflection],
        assessments=[],
        since=dt.date(2026, 1, 1),
        until=dt.date(2026, 12, 31),
        generated=GENERATED,
    )
    text = toml_format.render(export)
    back = from_document(loads_guarded(text.encode(), name="x", max_bytes=1 << 26), Path("x"))
    assert back == export
    assert back.frameworks == ()
    assert back.reflections[0].areas == ("",)


# --- review shows the leader's own figures -------------------------------------------

STUK = FRAMEWORKS.get("stuk")
assert STUK is not None
STUK_AREAS = [area.id for area in STUK.areas]
near_dates = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2027, 12, 31))
leader_goals = st.builds(
    Goal,
    id=st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True),
    created=near_dates.map(lambda d: dt.datetime.combine(d, dt.time(9), GENERATED.tzinfo)),
    framework=st.just("stuk"),
    area=st.sampled_from(STUK_AREAS),
    title=st.text(max_size=10),
    due=st.none() | near_dates,
    status=st.sampled_from(["active", "paused", "done", "dropped"]),
    checkins=st.lists(
        st.builds(CheckIn, date=near_dates, progress=st.integers(min_value=0, max_value=100)),
        max_size=5,
    ),
)
leader_assessments = st.builds(
    Assessment,
    id=st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True),
    created=st.datetimes(
        min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2027, 12, 31)
    ).map(lambda d: d.replace(tzinfo=dt.UTC)),
    date=near_dates,
    framework=st.just("stuk"),
    scores=st.dictionaries(
        st.sampled_from(STUK_AREAS), st.integers(min_value=1, max_value=5), max_size=5
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    goal_list=st.lists(leader_goals, max_size=8, unique_by=lambda g: g.id),
    assessment_list=st.lists(leader_assessments, max_size=4),
    since=near_dates,
    days=st.integers(min_value=0, max_value=800),
)
def test_review_shows_the_figures_the_leader_sees(
    goal_list: list[Goal], assessment_list: list[Assessment], since: dt.date, days: int
) -> None:
    """Area by area, what Oversigt shows the leader on the period's last day (counting the
    goals set by then and the self-assessments of the period) is what review shows."""
    until = since + dt.timedelta(days=days)
    profile = Profile(name="Mette", frameworks=[FrameworkChoice("stuk", "teamleder")])
    export = gather(
        profile=profile,
        frameworks=FRAMEWORKS,
        goals=goal_list,
        reflections=[],
        assessments=assessment_list,
        since=since,
        until=until,
        generated=GENERATED,
    )
    text = toml_format.render(export)
    back = from_document(loads_guarded(text.encode(), name="x", max_bytes=1 << 26), Path("x"))
    seen = figures_of(records_of(back))
    mine = overview(
        profile,
        [STUK],
        [g for g in goal_list if g.created.date() <= until],
        [],
        [a for a in assessment_list if since <= a.date <= until],
        until,
    )
    theirs = {(a.framework, a.area): a for a in seen.areas}
    for area in mine.areas:
        other = theirs[(area.framework, area.area)]
        assert (other.active_goals, other.progress) == (area.active_goals, area.progress)
        assert (other.rating, other.previous_rating) == (area.rating, area.previous_rating)
    assert seen.due_soon == mine.due_soon
    assert seen.overdue == mine.overdue
