"""Snapshots of Mål: the list at 80x24 and a goal with its chart at 120x40, Danish and English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from lederbog.model.records import CheckIn, Goal, StatusChange
from lederbog.store.store import Store
from lederbog.ui.app import make_app
from lederbog.ui.links import GoalLink
from lederbog.ui.screens.goals import GoalsScreen

TODAY = dt.date(2026, 12, 1)
CREATED = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def fixture_goals(data_dir: Path) -> None:
    store = Store(data_dir)
    weeks = [dt.date(2026, 9, 1) + dt.timedelta(days=14 * n) for n in range(7)]
    store.save(
        Goal(
            id="feedback-paa-teammoederne",
            created=CREATED,
            framework="stuk",
            area="personaleledelse-og-udvikling",
            title="Styrk feedback på teammøderne",
            why="Vi giver sjældent hinanden konkret feedback.",
            success="Hvert teammøde slutter med fem minutters feedback.",
            due=dt.date(2027, 3, 31),
            items=["personaleledelse-og-udvikling-2"],
            checkins=[
                CheckIn(day, progress, note)
                for day, progress, note in zip(
                    weeks,
                    (5, 15, 20, 35, 40, 55, 62),
                    ("Første runde", "Akavet", "Bedre", "Godt møde", "Ferie", "Fart på", "Godt"),
                    strict=True,
                )
            ],
        )
    )
    store.save(
        Goal(
            id="aarshjul",
            created=CREATED,
            framework="stuk",
            area="driftsledelse",
            title="Årshjulet holder",
            due=dt.date(2026, 12, 6),
            checkins=[CheckIn(dt.date(2026, 11, 20), 80, "Næsten")],
        )
    )
    store.save(
        Goal(
            id="budget",
            created=CREATED,
            framework="stuk",
            area="driftsledelse",
            title="Budgettet i balance",
            due=dt.date(2026, 11, 28),
            checkins=[CheckIn(dt.date(2026, 10, 1), 30, "")],
        )
    )
    store.save(
        Goal(
            id="strategi",
            created=CREATED,
            framework="stuk",
            area="strategisk-ledelse",
            title="Alle kan forklare strategien",
        )
    )
    store.save(
        Goal(
            id="faerdigt",
            created=CREATED,
            framework="stuk",
            area="driftsledelse",
            title="Et færdigt mål",
            status="done",
            status_changes=[StatusChange(dt.date(2026, 11, 1), "done")],
        )
    )


async def _open_goals(pilot: Pilot[None]) -> None:
    await pilot.press("3")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_goals_at_80x24(snap_compare: Any, data_dir: Path, lang: str) -> None:
    fixture_goals(data_dir)
    app = make_app(data_dir, lang, {"stuk": "teamleder"}, today=lambda: TODAY)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_open_goals)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_goal_with_its_chart_at_120x40(snap_compare: Any, data_dir: Path, lang: str) -> None:
    fixture_goals(data_dir)

    async def open_goal(pilot: Pilot[None]) -> None:
        await _open_goals(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, GoalsScreen)
        screen.open_link(GoalLink("feedback-paa-teammoederne"))
        await pilot.pause()

    app = make_app(data_dir, lang, {"stuk": "teamleder"}, today=lambda: TODAY)
    assert snap_compare(app, terminal_size=(120, 40), run_before=open_goal)
