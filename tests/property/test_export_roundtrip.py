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
from lederbog.frameworks import load_all
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
    from lederbog.model.records import Profile, Reflection

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
