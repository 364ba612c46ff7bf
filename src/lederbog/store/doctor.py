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
from lederbog.store.store import Store


@dataclass(frozen=True)
class Finding:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class Report:
    root: Path
    problems: list[Finding] = field(default_factory=list)
    fixed: list[Finding] = field(default_factory=list)
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
    FileKind.FOREIGN: "not a Lederbog record name (see docs/data-format.md); not loaded",
}


def examine(root: Path) -> Report:
    report = Report(root)
    if not root.is_dir():
        return report
    _fix_permissions(report)
    store = Store(root)
    frameworks = load_all(root)
    for problem in frameworks.problems:
        report.problems.append(Finding(problem.path, f"line {problem.line}: {problem.message}"))
    records: list[Record] = []
    for entry in layout.scan(root):
        if entry.kind in _EXPLAIN:
            report.problems.append(Finding(entry.path, _EXPLAIN[entry.kind]))
            continue
        try:
            record = store.read(entry.path, entry.kind)
        except NewerSchemaError as error:
            report.problems.append(Finding(entry.path, f"{error}; update Lederbog to use it"))
            continue
        except RecordError as error:
            report.problems.append(Finding(entry.path, f"{error}; not loaded, left as it is"))
            continue
        records.append(record)
        report.counts[entry.kind.value] += 1
    _check_references(report, records, frameworks)
    return report


def _fix_permissions(report: Report) -> None:
    if sys.platform == "win32":
        return
    for current, dirs, files in os.walk(report.root):
        dirs[:] = [d for d in dirs if not d.startswith(".git")]
        folder = Path(current)
        _tighten(report, folder, DIR_MODE)
        for name in files:
            _tighten(report, folder / name, FILE_MODE)


def _tighten(report: Report, path: Path, private: int) -> None:
    try:
        stat = path.lstat()
    except OSError:
        return
    mode = stat.st_mode & 0o777
    if mode & 0o077 and not os.path.islink(path):
        try:
            os.chmod(path, mode & 0o700 | (private & 0o700))
        except OSError as error:
            report.problems.append(
                Finding(path, f"readable by others (mode {mode:o}) and could not be fixed: {error}")
            )
            return
        report.fixed.append(
            Finding(path, f"was readable by others (mode {mode:o}); made private ({private:o})")
        )


def _check_references(report: Report, records: list[Record], frameworks: FrameworkSet) -> None:
    goals = {r.id for r in records if isinstance(r, Goal)}
    seen: dict[tuple[str, str], Path] = {}
    for record in records:
        path = record.origin.path if record.origin else report.root
        if isinstance(record, Reflection | Assessment | Goal):
            key = (type(record).__name__, record.id)
            if key in seen:
                report.problems.append(Finding(path, f"has the same id as {seen[key]}"))
            seen.setdefault(key, path)
        if isinstance(record, Profile):
            for choice in record.frameworks:
                framework = frameworks.get(choice.id)
                if framework is None:
                    report.problems.append(
                        Finding(path, f"follows unknown framework '{choice.id}'")
                    )
                elif choice.role and framework.role(choice.role) is None:
                    report.problems.append(
                        Finding(path, f"has role '{choice.role}', which {choice.id} does not have")
                    )
        elif isinstance(record, Goal):
            if frameworks.area(f"{record.framework}/{record.area}") is None:
                report.problems.append(
                    Finding(path, f"is set in unknown area '{record.framework}/{record.area}'")
                )
        elif isinstance(record, Reflection):
            for area in record.areas:
                if frameworks.area(area) is None:
                    report.problems.append(Finding(path, f"refers to unknown area '{area}'"))
            for goal in record.goals:
                if goal not in goals:
                    report.problems.append(Finding(path, f"refers to unknown goal '{goal}'"))
        elif isinstance(record, Assessment):
            framework = frameworks.get(record.framework)
            if framework is None:
                report.problems.append(
                    Finding(path, f"rates unknown framework '{record.framework}'")
                )
                continue
            for area in record.scores:
                if framework.area(area) is None:
                    report.problems.append(
                        Finding(path, f"rates unknown area '{record.framework}/{area}'")
                    )
