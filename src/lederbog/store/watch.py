"""Noticing that records changed on disk (another terminal's `lederbog note`, a sync tool).

Cheap enough to ask every two seconds: it looks at the record folders, not at the
records. A save anywhere in Lederbog renames a new file into its folder, and so do
sync tools, which changes the folder's own time; goal files, few and edited in
place by some tools, are looked at one by one. About 150 `stat` calls with ten
years of data, well under a millisecond.
"""

from __future__ import annotations

import os
from pathlib import Path

from lederbog.store import layout

Signature = tuple[tuple[str, int, int, int], ...]


def _stat(path: str) -> tuple[str, int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (path, info.st_mtime_ns, info.st_size, info.st_ino)


def signature(root: Path) -> Signature:
    """What changes whenever a record file is added, replaced, moved or removed."""
    found: list[tuple[str, int, int, int]] = []

    def add(path: str) -> None:
        stat = _stat(path)
        if stat is not None:
            found.append(stat)

    base = str(root)
    add(os.path.join(base, layout.PROFILE))
    goals = os.path.join(base, layout.GOALS)
    add(goals)
    try:
        with os.scandir(goals) as entries:
            for entry in entries:
                if entry.name.endswith(".toml"):
                    add(entry.path)
    except OSError:
        pass
    for folder in (layout.JOURNAL, layout.ASSESSMENTS):
        top = os.path.join(base, folder)
        add(top)
        try:
            with os.scandir(top) as years:
                for year in years:
                    if year.is_dir(follow_symlinks=False) and not year.name.startswith("."):
                        add(year.path)
        except OSError:
            pass
    found.sort()
    return tuple(found)


class FolderWatch:
    """Says whether the record folders changed since it last looked."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._last = signature(root)

    def changed(self) -> bool:
        now = signature(self.root)
        if now == self._last:
            return False
        self._last = now
        return True
