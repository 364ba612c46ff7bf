"""Checking the whole data folder: every file read, every problem named with its path.

The doctor changes nothing but permissions that are looser than private (and
says so); a bad file is only ever reported.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
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
    counts: Counter[str] = field(default_factory=Counter)


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


def examine(root: Path) -> Report:
    report = Report(root)
    if not root.is_dir():
        return report
    entries = layout.scan(root)  # one walk of the folder serves permissions and reading
    _fix_permissions(report, entries)
    _check_shapes(report)
    store = Store(root)
    frameworks = load_all(root)
    for problem in frameworks.problems:
        report.problems.append(BadFile(problem.path, f"line {problem.line}: {problem.message}"))
    records: list[Record] = []
    for entry in entries:
        if entry.kind in _EXPLAIN:
            report.problems.append(BadFile(entry.path, _EXPLAIN[entry.kind]))
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
    _check_references(report, records, frameworks)
    return report


def _fix_permissions(report: Report, entries: list[layout.Entry]) -> None:
    """Tighten what is Lederbog's own, and nothing else: a mistaken --data-dir must not
    turn a whole home folder private. The folder itself is followed if it is a link."""
    if sys.platform == "win32":
        return
    root = report.root
    _tighten(report, root, DIR_MODE)
    for folder in (layout.FRAMEWORKS, *layout.RECORD_FOLDERS):
        base = root / folder
        if not base.is_dir():
            continue
        _tighten(report, base, DIR_MODE)
        if folder in (layout.JOURNAL, layout.ASSESSMENTS):
            for year in base.iterdir():
                if year.is_dir() and not year.is_symlink():
                    _tighten(report, year, DIR_MODE)
    own = [entry.path for entry in entries]
    own += [root / layout.LOCK, *sorted((root / layout.FRAMEWORKS).glob("*.toml"))]
    for path in own:
        if path.is_file() and not path.is_symlink():
            _tighten(report, path, FILE_MODE)


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
        for current, dirs, _ in os.walk(base):
            for name in dirs:
                if name.endswith(".toml"):
                    report.problems.append(
                        BadFile(Path(current) / name, "a folder where a record file belongs")
                    )
        if folder in (layout.JOURNAL, layout.ASSESSMENTS):
            for year in base.iterdir():
                if year.name.isdigit() and not year.is_dir():
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
