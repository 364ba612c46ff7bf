"""Snapshots of Oversigt with a fixed today (pytest --snapshot-update to accept a change)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from lederbog.ui.app import make_app
from lederbog.ui.screens.overview import OverviewScreen

TODAY = dt.date(2026, 12, 1)


async def _loaded(pilot: Pilot[None]) -> None:
    """Until the figures are on the screen (they are read in a worker, after a moment)."""
    screen = pilot.app.screen
    for _ in range(200):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not isinstance(screen, OverviewScreen) or screen.workbook.profile is None:
            return
        if screen.overview is not None:
            return
        await pilot.pause(0.02)
    raise AssertionError("Oversigt never showed its figures")


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_overview(snap_compare: Any, leader_data: Path, lang: str, size: tuple[int, int]) -> None:
    app = make_app(leader_data, lang, today=lambda: TODAY)
    assert snap_compare(app, terminal_size=size, run_before=_loaded)


def test_overview_without_a_profile(snap_compare: Any, data_dir: Path) -> None:
    app = make_app(data_dir, "da", today=lambda: TODAY)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_loaded)
