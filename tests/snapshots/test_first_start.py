"""Snapshots of the first start at 80x24, Danish and English (--snapshot-update to accept)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from lederbog.ui.app import make_app


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A relative data folder: the screens name it, and a snapshot must not change per run."""
    monkeypatch.chdir(tmp_path)
    return Path("data")


def test_onboarding_in_danish(snap_compare: Any, data_dir: Path) -> None:
    assert snap_compare(make_app(data_dir, "da", onboarding=True), terminal_size=(80, 24))


def test_onboarding_in_english(snap_compare: Any, data_dir: Path) -> None:
    assert snap_compare(make_app(data_dir, "en", onboarding=True), terminal_size=(80, 24))


def test_onboarding_refusing_an_empty_name(snap_compare: Any, data_dir: Path) -> None:
    async def save_empty(pilot: Pilot[None]) -> None:
        await pilot.press("ctrl+s")
        await pilot.pause()

    app = make_app(data_dir, "da", onboarding=True)
    assert snap_compare(app, terminal_size=(80, 24), run_before=save_empty)


def test_a_broken_profile(snap_compare: Any, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "profile.toml").write_text('name = "Mette\n', encoding="utf-8")
    app = make_app(data_dir, "da", onboarding=True)
    assert snap_compare(app, terminal_size=(80, 24))
