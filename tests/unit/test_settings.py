"""Settings of this machine (the theme): in the config folder, atomic, a bad file left alone."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from lederbog import paths
from lederbog.settings import load_settings, save_theme, settings_path


def test_the_config_folder_is_resolved_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEDERBOG_CONFIG_DIR", str(tmp_path / "a"))
    assert paths.config_dir() == tmp_path / "a"
    monkeypatch.setenv("LEDERBOG_CONFIG_DIR", str(tmp_path / "b"))
    assert paths.config_dir() == tmp_path / "b"
    monkeypatch.delenv("LEDERBOG_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert paths.config_dir() == tmp_path / "xdg" / "lederbog"


def test_a_theme_is_saved_and_read_back_keeping_unknown_keys() -> None:
    assert load_settings().theme == ""
    assert save_theme("nord")
    assert load_settings().theme == "nord"
    path = settings_path()
    path.write_text('theme = "nord"\nfont = "big"\n', encoding="utf-8")
    assert save_theme("gruvbox")
    text = path.read_text(encoding="utf-8")
    assert 'theme = "gruvbox"' in text and 'font = "big"' in text
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize("content", ["theme = \n", "theme = 3\n", "x" * 70_000])
def test_a_settings_file_that_cannot_be_read_is_not_overwritten(content: str) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    assert load_settings().theme == ""
    assert not save_theme("nord")
    assert path.read_text(encoding="utf-8") == content
