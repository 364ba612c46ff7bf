"""Which file in the data folder is what.

Record files have strict names (`goals/<id>.toml`,
`journal/<YYYY>/<YYYY-MM-DD>-<id>.toml`, ...). Anything else that looks like a
record — a sync tool's conflict copy, Lederbog's own conflict copy, a temp
file left by a crash, a stray TOML file — is recognised and reported, never
loaded as a record.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import NamedTuple

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
DRAFTS = "drafts"  # drafts/<id>.toml: what is being written, saved a second after the last key
TRASH = "trash"  # trash/<its own path>: deleted records, restorable; never loaded as records
LOCK = ".lock"
RECORD_FOLDERS = (GOALS, JOURNAL, ASSESSMENTS)
OWN_NAMES = {PROFILE, GOALS, JOURNAL, ASSESSMENTS, FRAMEWORKS, DRAFTS, TRASH, LOCK}
# What sync tools and file managers put in any folder they touch.
_TOOL_NAMES = {
    ".stfolder",
    ".stignore",
    ".stversions",
    ".ds_store",
    "desktop.ini",
    "thumbs.db",
    ".dropbox",
    ".dropbox.attr",
    ".sync",
    ".nextcloudsync.log",
    ".sync_journal.db",
}
# The message for a folder the walk could not enter.
UNREADABLE = "this folder could not be read ({reason}), so nothing in it was loaded or checked"


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
    DRAFT = "draft"
    UNREADABLE = "unreadable"  # a folder that could not be listed; `reason` says why


class Entry(NamedTuple):
    # A NamedTuple, not a dataclass: a search imports this module, and dataclasses
    # alone cost it ~5 ms at every run.
    path: Path
    kind: FileKind
    reason: str = ""


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
    if parts[0] == TRASH:
        return None  # deleted records: kept for restoring, never loaded or reported
    if len(parts) == 2 and parts[0] == DRAFTS and ID_PATTERN.fullmatch(stem):
        return FileKind.DRAFT
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
    the top level (when `top`), then the record folders named in `folders`.

    Links to folders are followed (the data format guide: a year folder moved
    elsewhere and linked back is still read), each real folder once. A folder
    that cannot be listed is an UNREADABLE entry, never skipped in silence.
    """
    entries: list[Entry] = []
    if not root.is_dir():
        return entries
    if top:
        profile = root / PROFILE
        if profile.exists() or profile.is_symlink():
            entries.append(Entry(profile, FileKind.PROFILE))
        try:
            children = sorted(root.iterdir())
        except OSError as error:
            entries.append(_unreadable(root, error))
            children = []
        for child in children:
            kind = classify(root, child) if not child.is_dir() else None
            if kind is not None and kind is not FileKind.PROFILE:
                entries.append(Entry(child, kind))
    for folder in folders:
        base = root / folder
        if not base.is_dir():
            continue
        files, unreadable = _walk(base)
        entries.extend(unreadable)
        for path in sorted(files):
            kind = classify(root, path)
            if kind is not None:
                entries.append(Entry(path, kind))
    return entries


def _unreadable(folder: Path, error: OSError) -> Entry:
    return Entry(folder, FileKind.UNREADABLE, UNREADABLE.format(reason=error.strerror or error))


def walk(
    folder: Path, onerror: Callable[[OSError], None] | None = None
) -> Iterator[tuple[str, list[str], list[str]]]:
    """`os.walk(folder)` with links to folders followed, each real folder once (a link
    back to a parent is not a loop), hidden folders left out."""
    seen: set[tuple[int, int]] = set()
    for current, dirs, files in os.walk(folder, onerror=onerror, followlinks=True):
        try:
            info = os.stat(current)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield current, dirs, files


def _walk(folder: Path) -> tuple[list[Path], list[Entry]]:
    """Every file under `folder`, and the folders that could not be listed."""
    found: list[Path] = []
    unreadable: list[Entry] = []

    def refused(error: OSError) -> None:
        unreadable.append(_unreadable(Path(error.filename or folder), error))

    for current, _, files in walk(folder, refused):
        found.extend(Path(current) / f for f in files)
    return found, unreadable


def looks_like_data_folder(folder: Path) -> bool:
    """Whether `folder` is plainly a Lederbog data folder (empty, or holding nothing but
    Lederbog's own names and what sync tools add), so that its mode is Lederbog's to set.
    A home folder or /tmp given as --data-dir by mistake is not."""
    try:
        names = [child.name for child in folder.iterdir()]
    except OSError:
        return False
    for name in names:
        if name in OWN_NAMES or name.casefold() in _TOOL_NAMES:
            continue
        kind = classify(folder, folder / name)
        if kind in (
            FileKind.TEMP,
            FileKind.SYNC_CONFLICT,
            FileKind.OWN_CONFLICT,
            FileKind.PLACEHOLDER,
        ):
            continue
        return False
    return True


_CACHE_NAME = re.compile(
    r"index-[0-9a-f]+\.sqlite3(?:-journal|-wal|-shm|\.lock)?|frameworks-parsed\.json"
    r"|\.frameworks-.*|\.lock|\.?last-export-[0-9a-f]+\.txt.*"
)


def looks_like_cache_folder(folder: Path) -> bool:
    """Whether `folder` holds nothing but Lederbog's cache files (or nothing), so that its
    mode is Lederbog's to set. A shared folder (mode 1777, other programs' files) is not."""
    try:
        return all(_CACHE_NAME.fullmatch(child.name) for child in folder.iterdir())
    except OSError:
        return False
