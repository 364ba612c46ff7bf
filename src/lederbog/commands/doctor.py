"""`lederbog doctor`: check the data folder; exit 1 and name each problem."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lederbog import paths
from lederbog.text import for_display


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "doctor",
        parents=[common],
        help="check the data folder",
        description=(
            "Read every file of the data folder and name each problem with its path: files "
            "that cannot be read, conflict copies from sync tools or from Lederbog, files left "
            "by an interrupted save, references to areas or goals that do not exist. Nothing "
            "is changed except permissions looser than private, which are tightened. Exit 1 "
            "if there are problems."
        ),
    )
    parser.set_defaults(run=run_doctor)


def run_doctor(args: argparse.Namespace) -> int:
    from lederbog.store.doctor import examine

    root = paths.data_dir(getattr(args, "data_dir", None))
    print(f"data folder: {for_display(str(root))}")
    print(f"index:       {for_display(str(paths.cache_dir()))} (can be deleted; it is rebuilt)")
    if root.exists() and not root.is_dir():
        print(f"{for_display(str(root))}: a file, where the data folder should be")
        print("1 problem", file=sys.stderr)
        return 1
    if not root.is_dir():
        print("no data yet: the folder is made when you first save something")
        return 0
    report = examine(root)
    for finding in report.fixed:
        print(f"fixed: {for_display(str(finding))}")
    for finding in report.problems:
        print(for_display(str(finding)))
    counts = report.counts
    summary = ", ".join(
        [_count(counts[kind], kind) for kind in ("reflection", "goal", "assessment")]
        + ["a profile" if counts["profile"] else "no profile yet"]
    )
    if report.problems:
        n = len(report.problems)
        print(f"{n} {'problem' if n == 1 else 'problems'}; read fine: {summary}", file=sys.stderr)
        return 1
    print(f"all well: {summary}")
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
