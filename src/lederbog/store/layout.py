"""Which file in the data folder is what.

Record files have strict names (`goals/<id>.toml`,
`journal/<YYYY>/<YYYY-MM-DD>-<id>.toml`, ...). Anything else that looks like a
record — a sync tool's conflict copy, Lederbog's own conflict copy, a temp
file left by a crash, a stray TOML file — is recognised and reported, never
loaded as a record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from lederbog.store.atomic import is_temp_name

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
_DATED = re.compile(r"(\d{4})-(\d{2})-(\d{2})-([a-z0-9][a-z0-9-]*)")
_SYNC_CONFLICT = re.compile(r"\.sync-conflict-|conflicted copy|\(conflict\)", re.IGNORECASE)
OWN_CONFLICT_MARK = ".conflict-"

PROFILE = "profile.toml"
GOALS = "goals"
JOURNAL = "journal"
ASSESSMENTS = "assessments"
FRAMEWORKS = "frameworks"
TRASH = "trash"  # deleted records, at their own path below it: restorable by moving back
DRAFTS = "drafts"  # text being written, not yet a reflection
LOCK = ".lock"
RECORD_FOLDERS = (GOALS, JOURNAL, ASSESSMENTS)


class FileKind(Enum):
    PROFILE = "profile"
    GOAL = "goal"
    REFLECTION = "reflection"
    ASSESSMENT = "assessment"
    TEMP = "temp"
    PLACEHOLDER = "placeholder"
    SYNC_CONFLICT = "sync-conflict"
    OWN_CONFLICT = "conflict-copy"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class Entry:
    path: Path
    kind: FileKind


def classify(root: Path, path: Path) -> FileKind | None:
    """What `path` (inside `root`) is, or None for what Lederbog ignores (other files)."""
    name = path.name
    if is_temp_name(name):
        return FileKind.TEMP
    if name.startswith(".") and name.endswith(".toml.icloud"):
        return FileKind.PLACEHOLDER
    if name.startswith(".") or not name.endswith(".toml"):
        return None
    if _SYNC_CONFLICT.search(name):
        return FileKind.SYNC_CONFLICT
    if OWN_CONFLICT_MARK in name:
        return FileKind.OWN_CONFLICT
    parts = path.relative_to(root).parts
    stem = name[: -len(".toml")]
    if parts == (PROFILE,):
        return FileKind.PROFILE
    if len(parts) == 2 and parts[0] == GOALS and ID_PATTERN.fullmatch(stem):
        return FileKind.GOAL
    if len(parts) == 3 and parts[0] in (JOURNAL, ASSESSMENTS):
        dated = _DATED.fullmatch(stem)
        if dated and dated.group(1) == parts[1]:
            return FileKind.REFLECTION if parts[0] == JOURNAL else FileKind.ASSESSMENT
    if parts[0] == FRAMEWORKS:
        return None  # the user's frameworks: checked by the framework loader
    return FileKind.FOREIGN


def is_reflection_name(year: str, name: str) -> bool:
    """Whether `journal/<year>/<name>` is named as a reflection (strings only, for speed)."""
    if not name.endswith(".toml") or name.startswith("."):
        return False
    dated = _DATED.fullmatch(name[: -len(".toml")])  # no dots or spaces: no conflict copies
    return dated is not None and dated.group(1) == year


def scan(root: Path, folders: tuple[str, ...] = RECORD_FOLDERS, *, top: bool = True) -> list[Entry]:
    """Every file of the data folder that Lederbog has an opinion on, in a stable order:
    the top level (when `top`), then the record folders named in `folders`."""
    entries: list[Entry] = []
    if not root.is_dir():
        return entries
    if top:
        profile = root / PROFILE
        if profile.exists():
            entries.append(Entry(profile, FileKind.PROFILE))
        for child in sorted(root.iterdir()):
            kind = classify(root, child) if child.is_file() else None
            if kind is not None and kind is not FileKind.PROFILE:
                entries.append(Entry(child, kind))
    for folder in folders:
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(_walk(base)):
            kind = classify(root, path)
            if kind is not None:
                entries.append(Entry(path, kind))
    return entries


def _walk(folder: Path) -> list[Path]:
    import os

    found: list[Path] = []
    for current, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(current) / f for f in files)
    return found
