"""Every test gets its own data, cache and config folders: never the developer's real ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "data"
    cache = tmp_path / "cache"
    monkeypatch.setenv("LEDERBOG_DATA_DIR", str(data))
    monkeypatch.setenv("LEDERBOG_CACHE_DIR", str(cache))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("LEDERBOG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("EDITOR", raising=False)
    yield data


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    """The test's data folder ($LEDERBOG_DATA_DIR); not created yet."""
    return isolated_dirs
