"""Snapshots of Selvevaluering: a new assessment and the history, at 80x24 and 120x40, in
Danish and English (pytest --snapshot-update to accept a change, then look at it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from lederbog.model.records import Assessment, FrameworkChoice, Profile
from lederbog.store.store import Store
from lederbog.ui.app import make_app
from lederbog.ui.screens.assessment import AssessmentSection

TODAY = dt.date(2026, 12, 1)
ZONE = dt.timezone(dt.timedelta(hours=1))
RATINGS = {
    "strategisk-ledelse": [2, 3, 3, 4],
    "driftsledelse": [4, 4, 3, 3],
    "faglig-ledelse": [3, 3, 4, 5],
    "personaleledelse-og-udvikling": [2, 2, 2, 3],
    "udvikling-af-dig-selv-som-leder": [1, 2, 3, 2],
}
DATES = [dt.date(2025, 12, 1), dt.date(2026, 3, 2), dt.date(2026, 6, 1), dt.date(2026, 9, 1)]
SIZES = [(80, 24), (120, 40)]


def fixture_data(data_dir: Path, lang: str) -> None:
    store = Store(data_dir)
    store.save(Profile("Mette Holm", "STUK", lang, [FrameworkChoice("stuk", "teamleder")]))
    for n, day in enumerate(DATES):
        notes = {"driftsledelse": f"Kvartal {n + 1}: travlt, men rutinerne holder"} if n else {}
        store.save(
            Assessment(
                f"a000000{n}",
                dt.datetime.combine(day, dt.time(10), ZONE),
                day,
                "stuk",
                {area: scores[n] for area, scores in RATINGS.items()},
                notes,
            )
        )


async def _open(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.press("5")
    for _ in range(100):
        await pilot.pause(0.02)
        screen = pilot.app.screen
        if isinstance(screen, AssessmentSection) and screen.book is not None:
            break
    await pilot.pause()


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_history(snap_compare: Any, data_dir: Path, lang: str, size: tuple[int, int]) -> None:
    fixture_data(data_dir, lang)
    app = make_app(data_dir, lang, today=lambda: TODAY)
    assert snap_compare(app, terminal_size=size, run_before=_open)


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_new_assessment(
    snap_compare: Any, data_dir: Path, lang: str, size: tuple[int, int]
) -> None:
    fixture_data(data_dir, lang)
    app = make_app(data_dir, lang, today=lambda: TODAY)

    async def rate(pilot: Pilot[None]) -> None:
        await _open(pilot)
        await pilot.press("n", "4", "down", "3", "down")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=rate)
