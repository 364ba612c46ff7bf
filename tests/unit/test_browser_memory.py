"""The browser's memory of place and roles: a convenience, so a bad file is no error."""

from __future__ import annotations

from pathlib import Path

import pytest

from lederbog.ui import browser_memory
from lederbog.ui.browser_memory import BrowserMemory, Place


def test_saved_and_read_back(tmp_path: Path) -> None:
    memory = BrowserMemory({"stuk": "kontorchef", "socialafdelingen": ""}, Place("stuk", "x"))
    browser_memory.save(memory, tmp_path / "data", tmp_path / "cache")
    assert browser_memory.load(tmp_path / "data", tmp_path / "cache") == memory


def test_one_file_per_data_folder(tmp_path: Path) -> None:
    browser_memory.save(BrowserMemory({"stuk": "teamleder"}), tmp_path / "a", tmp_path / "c")
    assert browser_memory.load(tmp_path / "b", tmp_path / "c") == BrowserMemory()


@pytest.mark.parametrize(
    "content", [b"", b"not json", b"[1, 2]", b'{"roles": 3}', b'{"place": {"framework": 1}}']
)
def test_a_bad_file_is_forgotten_not_an_error(tmp_path: Path, content: bytes) -> None:
    path = browser_memory.memory_path(tmp_path / "data", tmp_path / "cache")
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    loaded = browser_memory.load(tmp_path / "data", tmp_path / "cache")
    assert loaded.place is None
