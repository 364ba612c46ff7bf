"""Snapshots of the main screens at 80x24 (pytest --snapshot-update to accept a change)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from lederbog.ui.app import make_app
from lederbog.ui.screens.frameworks import FrameworkBrowser


def test_first_screen(snap_compare: Any, data_dir: Path) -> None:
    assert snap_compare(make_app(data_dir, "da", start="frameworks"), terminal_size=(80, 24))


def test_a_stuk_area_for_teamleder(snap_compare: Any, data_dir: Path) -> None:
    async def choose(pilot: Pilot[None]) -> None:
        screen = pilot.app.screen
        assert isinstance(screen, FrameworkBrowser)
        screen.set_role("stuk", "teamleder")
        screen.go_to("stuk", "strategisk-ledelse", None)
        await pilot.press("right")
        await pilot.pause()

    assert snap_compare(
        make_app(data_dir, "da", start="frameworks"), terminal_size=(80, 24), run_before=choose
    )


def test_help_in_english(snap_compare: Any, data_dir: Path) -> None:
    assert snap_compare(
        make_app(data_dir, "en", start="frameworks"),
        terminal_size=(80, 24),
        press=["question_mark"],
    )
