"""Checking the whole data folder: every file read, every problem named with its path.

The doctor changes nothing but permissions that are looser than private (and
says so); a bad file is only ever reported.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lederbog.frameworks import FrameworkSet, load_all
from lederbog.model.records import Assessment, Goal, Profile, Record, Reflection
from lederbog.store import layout
from lederbog.store.atomic import DIR_MODE, FILE_MODE
from lederbog.store.codec import NewerSchemaError, RecordError
from lederbog.store.layout import FileKind
from lederbog.store.store import BadFile, Store


@dataclass
class Report:
    root: Path
    problems: list[BadFile] = field(default_factory=list)
    fixed: list[BadFile] = field(default_factory=list)
    # Worth knowing, not wrong: a folder that is not Lederbog's to tighten, a save under way.
    notes: list[BadFile] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)


# The messages, in one place.
LINKED_LOOSE = (
    "readable by others (mode {mode:o}), and reached through a link to {target}, which "
    "Lederbog does not change; to make it private, run: chmod {private:o} '{target}'"
)
FOREIGN_LOOSE = (
    "readable by others (mode {mode:o}), and it holds other things than Lederbog's, so "
    "Lederbog left it as it is (its own folders inside are private); to make it private, "
    "run: chmod 700 '{path}'"
)
CACHE_LOOSE = (
    "the cache folder is readable by others (mode {mode:o}) and holds other programs' "
    "files, so Lederbog left it as it is (the index itself is private)"
)
IN_FLIGHT = "a save is under way (its temporary file); not a problem"
DANGLING = "a link to {target}, which does not exist; move the link away or restore the folder"
DRAFT_BAD = "a draft that cannot be read: {reason}; left as it is"


_EXPLAIN = {
    FileKind.TEMP: (
        "a temporary file left by an interrupted save; not a record, and the record it was "
        "meant to replace is intact. Look inside, then delete it"
    ),
    FileKind.SYNC_CONFLICT: (
        "a sync tool's conflict copy; not loaded. Compare it with the record beside it, "
        "merge by hand, then delete it"
    ),
    FileKind.OWN_CONFLICT: (
        "Lederbog saved this version here because the record beside it had been changed "
        "elsewhere; not loaded. Merge by hand, then delete it"
    ),
    FileKind.PLACEHOLDER: (
        "iCloud Drive has not downloaded this record to this computer, so Lederbog cannot "
        "read it; open the folder in Finder and choose Download Now"
    ),
    FileKind.FOREIGN: "not a Lederbog record name (see 'lederbog doctor --format'); not loaded",
}


def examine(root: Path, cache: Path | None = None) -> Report:
    report = Report(root)
    if not root.is_dir():
        return report
    # One walk of the folder serves permissions and reading (drafts included, trash not).
    entries = layout.scan(root, (*layout.RECORD_FOLDERS, layout.DRAFTS))
    _fix_permissions(report, entries)
    if cache is not None:
        _check_cache(report, cache)
    _check_shapes(report)
    store = Store(root)
    frameworks = load_all(root)
    for problem in frameworks.problems:
        where = f"line {problem.line}: " if problem.line else ""
        report.problems.append(BadFile(problem.path, f"{where}{problem.message}"))
    records: list[Record] = []
    temps: list[Path] = []
    for entry in entries:
        if entry.kind is FileKind.UNREADABLE:
            report.problems.append(BadFile(entry.path, entry.reason))
            continue
        if entry.kind is FileKind.TEMP:
            temps.append(entry.path)
            continue
        if entry.kind in _EXPLAIN:
            report.problems.append(BadFile(entry.path, _EXPLAIN[entry.kind]))
            continue
        if entry.kind is FileKind.DRAFT:
            _check_draft(report, entry.path)
            continue
        try:
            record = store.read(entry.path, entry.kind)
        except NewerSchemaError as error:
            report.problems.append(BadFile(entry.path, f"{error}; update Lederbog to use it"))
            continue
        except RecordError as error:
            report.problems.append(BadFile(entry.path, f"{error}; not loaded, left as it is"))
            continue
        records.append(record)
        report.counts[entry.kind.value] += 1
    _check_temps(report, temps)
    _check_references(report, records, frameworks)
    return report


def _check_draft(report: Report, path: Path) -> None:
    """A draft (`kind = "draft"`) is text being written: it must be a plain file of TOML
    that says it is a draft; what else it holds is the journal's business."""
    from lederbog.safefile import read_file
    from lederbog.safetoml import TomlRefused, loads_guarded
    from lederbog.store.store import MAX_RECORD_BYTES

    try:
        data = read_file(path, max_bytes=MAX_RECORD_BYTES, follow_links=False)
        doc = loads_guarded(data, name=str(path), max_bytes=MAX_RECORD_BYTES)
    except OSError as error:
        report.problems.append(BadFile(path, DRAFT_BAD.format(reason=error.strerror or error)))
        return
    except TomlRefused as error:
        report.problems.append(BadFile(path, DRAFT_BAD.format(reason=error.reason)))
        return
    kind = doc.get("kind")
    if kind != "draft" or not isinstance(doc.get("text", ""), str):
        reason = f"'kind' is {kind!r}, not \"draft\"" if kind != "draft" else "'text' is not text"
        report.problems.append(BadFile(path, DRAFT_BAD.format(reason=reason)))
        return
    report.counts["draft"] += 1


# A temporary file this young may belong to a save that has not reached its rename yet.
IN_FLIGHT_SECONDS = 120


def _check_temps(report: Report, temps: list[Path]) -> None:
    """A temporary file is a problem only when no save is under way: a save holds the
    folder's lock from before its temporary file exists until after the rename."""
    if not temps:
        return
    import time

    with _lock_if_free(report.root / layout.LOCK) as free:
        for path in temps:
            try:
                age = time.time() - path.lstat().st_mtime
            except FileNotFoundError:
                continue  # the save finished while we looked
            except OSError:
                age = float("inf")
            if not free and age < IN_FLIGHT_SECONDS:
                report.notes.append(BadFile(path, IN_FLIGHT))
            else:
                report.problems.append(BadFile(path, _EXPLAIN[FileKind.TEMP]))


@contextlib.contextmanager
def _lock_if_free(lock: Path) -> Iterator[bool]:
    """Hold the folder's lock if no save holds it (waiting up to a second); yields whether
    it was free. A missing lock file means no save ever ran here: free, and not made."""
    if sys.platform == "win32" or not lock.is_file():
        yield True
        return
    import fcntl
    import time

    try:
        fd = os.open(lock, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    except OSError:
        yield True
        return
    try:
        deadline = time.monotonic() + 1.0
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() > deadline:
                    yield False
                    return
                time.sleep(0.05)
                continue
            except OSError:
                yield True
                return
            yield True
            return
    finally:
        os.close(fd)


def _through_link(root: Path, path: Path, memo: dict[Path, Path | None]) -> Path | None:
    """The nearest link between `root` and `path` (`path` itself included), if any."""
    if path == root or path.parent == path:
        return None
    if path not in memo:
        memo[path] = path if path.is_symlink() else _through_link(root, path.parent, memo)
    return memo[path]


def _fix_permissions(report: Report, entries: list[layout.Entry]) -> None:
    """Tighten what is Lederbog's own, and nothing else: a mistaken --data-dir must not
    turn a whole home folder private, and what a link points to is someone else's (the
    data folder itself may be a link: it is where the leader chose to keep the data)."""
    if sys.platform == "win32":
        return
    root = report.root
    if layout.looks_like_data_folder(root):
        _tighten(report, root, DIR_MODE)
    else:
        _advise_foreign(report, root)
    memo: dict[Path, Path | None] = {}
    folders: list[Path] = []
    for folder in (layout.FRAMEWORKS, layout.DRAFTS, layout.TRASH, *layout.RECORD_FOLDERS):
        base = root / folder
        if not base.is_dir():
            continue
        folders.append(base)
        if folder in (layout.JOURNAL, layout.ASSESSMENTS):
            with contextlib.suppress(OSError):  # else named by the scan as unreadable
                folders += sorted(year for year in base.iterdir() if year.is_dir())
    own = [entry.path for entry in entries if entry.kind is not FileKind.UNREADABLE]
    own += [root / layout.LOCK, *sorted((root / layout.FRAMEWORKS).glob("*.toml"))]
    for path, private in [(f, DIR_MODE) for f in folders] + [(f, FILE_MODE) for f in own]:
        if private == FILE_MODE and not (path.is_file() or path.is_symlink()):
            continue
        if _through_link(root, path, memo) is None:
            _tighten(report, path, private)
        else:
            _advise_linked(report, path, private)


def _mode(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)  # with the sticky bit: 1777 says "shared"
    except OSError:
        return None


def _advise_linked(report: Report, path: Path, private: int) -> None:
    mode = _mode(path)
    if mode is None or not mode & 0o077:
        return
    try:
        target = path.resolve()
    except (OSError, RuntimeError):
        target = path
    report.problems.append(
        BadFile(path, LINKED_LOOSE.format(mode=mode, target=target, private=private))
    )


def _advise_foreign(report: Report, root: Path) -> None:
    mode = _mode(root)
    if mode is not None and mode & 0o077:
        report.notes.append(BadFile(root, FOREIGN_LOOSE.format(mode=mode, path=root)))


def _check_cache(report: Report, cache: Path) -> None:
    """A loose cache folder: tightened if it is Lederbog's alone, else only mentioned."""
    if sys.platform == "win32" or not cache.is_dir():
        return
    mode = _mode(cache)
    if mode is None or not mode & 0o077:
        return
    if layout.looks_like_cache_folder(cache):
        _tighten(report, cache, DIR_MODE)
    else:
        report.notes.append(BadFile(cache, CACHE_LOOSE.format(mode=mode)))


def _tighten(report: Report, path: Path, private: int) -> None:
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        return
    if not mode & 0o077:
        return
    try:
        os.chmod(path, private)
    except OSError as error:
        report.problems.append(
            BadFile(path, f"readable by others (mode {mode:o}) and could not be fixed: {error}")
        )
        return
    report.fixed.append(
        BadFile(path, f"was readable by others (mode {mode:o}); made private ({private:o})")
    )


def _check_shapes(report: Report) -> None:
    """A file where a folder belongs, or a folder named like a record: saving or reading
    there fails, so say so before a save does."""
    root = report.root
    for folder in (layout.FRAMEWORKS, *layout.RECORD_FOLDERS):
        base = root / folder
        if base.exists() and not base.is_dir():
            report.problems.append(
                BadFile(base, "a file where Lederbog's folder belongs; move it away")
            )
            continue
        if not base.is_dir():
            continue
        for current, dirs, _ in layout.walk(base):
            for name in dirs:
                if name.endswith(".toml"):
                    report.problems.append(
                        BadFile(Path(current) / name, "a folder where a record file belongs")
                    )
        if folder in (layout.JOURNAL, layout.ASSESSMENTS):
            try:
                years = sorted(base.iterdir())
            except OSError:
                continue  # named by the scan
            for year in years:
                if year.is_symlink() and not year.exists():
                    report.problems.append(BadFile(year, DANGLING.format(target=os.readlink(year))))
                elif year.name.isdigit() and not year.is_dir():
                    report.problems.append(
                        BadFile(year, "a file where the folder of a year belongs; move it away")
                    )


def _check_references(report: Report, records: list[Record], frameworks: FrameworkSet) -> None:
    goals = {r.id for r in records if isinstance(r, Goal)}
    seen: dict[tuple[str, str], Path] = {}
    for record in records:
        path = record.origin.path if record.origin else report.root
        if isinstance(record, Reflection | Assessment | Goal):
            key = (type(record).__name__, record.id)
            if key in seen:
                report.problems.append(BadFile(path, f"has the same id as {seen[key]}"))
            seen.setdefault(key, path)
        if isinstance(record, Profile):
            for choice in record.frameworks:
                framework = frameworks.get(choice.id)
                if framework is None:
                    report.problems.append(
                        BadFile(path, f"follows unknown framework '{choice.id}'")
                    )
                elif choice.role and framework.role(choice.role) is None:
                    report.problems.append(
                        BadFile(path, f"has role '{choice.role}', which {choice.id} does not have")
                    )
        elif isinstance(record, Goal):
            if frameworks.area(f"{record.framework}/{record.area}") is None:
                report.problems.append(
                    BadFile(path, f"is set in unknown area '{record.framework}/{record.area}'")
                )
        elif isinstance(record, Reflection):
            for area in record.areas:
                if frameworks.area(area) is None:
                    report.problems.append(BadFile(path, f"refers to unknown area '{area}'"))
            for goal in record.goals:
                if goal not in goals:
                    report.problems.append(BadFile(path, f"refers to unknown goal '{goal}'"))
            for item in record.items:  # "<framework>/<item>", as `lederbog note --item` saves
                framework_id, _, item_id = item.partition("/")
                framework = frameworks.get(framework_id)
                if framework is None or framework.item(item_id) is None:
                    report.problems.append(BadFile(path, f"refers to unknown item '{item}'"))
        elif isinstance(record, Assessment):
            framework = frameworks.get(record.framework)
            if framework is None:
                report.problems.append(
                    BadFile(path, f"rates unknown framework '{record.framework}'")
                )
                continue
            for area in record.scores:
                if framework.area(area) is None:
                    report.problems.append(
                        BadFile(path, f"rates unknown area '{record.framework}/{area}'")
                    )
