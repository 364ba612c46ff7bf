"""`lederbog doctor`: check the data folder; exit 1 and name each problem."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lederbog import paths
from lederbog.text import for_display, one_line

# What the doctor looks for (store/doctor.py), as `lederbog doctor --help` lists it.
CHECKS = (
    "folders that cannot be read (permissions): named, and the rest still checked",
    "record files that cannot be read or used: not TOML, not UTF-8, wrong fields, too large, "
    "written by a newer Lederbog, named for another id or date",
    "things that are not plain files where records belong (a FIFO, a device, a link)",
    "conflict copies from sync tools (Syncthing, Dropbox, OneDrive) and from Lederbog",
    "temporary files left by an interrupted save (not those of a save under way)",
    "files not named as records, iCloud placeholders not downloaded",
    "a file where a folder belongs, or a folder where a record file belongs",
    "framework files with problems (see 'lederbog frameworks check')",
    "references to frameworks, roles, areas or goals that do not exist; two records with one id",
    "permissions looser than private: tightened on Lederbog's own files and folders; for a "
    "folder that holds other things, or anything reached through a link, what to run",
    "drafts in drafts/ are counted and checked; deleted records in trash/ are left alone",
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "doctor",
        parents=[common],
        help="check the data folder",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Read every file of the data folder and name each problem with its path.\n"
            "Nothing is changed except permissions looser than private on Lederbog's own\n"
            "files and folders, which are tightened (and said so). Exit 1 if there are\n"
            "problems.\n\nWhat it finds:\n" + "\n".join(_bullet(check) for check in CHECKS)
        ),
    )
    parser.set_defaults(run=run_doctor)


def _bullet(text: str) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, 76, initial_indent="  - ", subsequent_indent="    "))


def run_doctor(args: argparse.Namespace) -> int:
    from lederbog.store.doctor import examine

    root = paths.data_dir(getattr(args, "data_dir", None))
    cache = paths.cache_dir()
    print(f"data folder: {for_display(str(root))}")
    print(f"index:       {for_display(str(cache))} (can be deleted; it is rebuilt)")
    if root.exists() and not root.is_dir():
        print(f"{for_display(str(root))}: a file, where the data folder should be")
        print("1 problem", file=sys.stderr)
        return 1
    if not root.is_dir():
        print("no data yet: the folder is made when you first save something")
        return 0
    report = examine(root, cache)
    for finding in report.fixed:
        print(f"fixed: {one_line(str(finding))}")
    for finding in report.notes:
        print(f"note: {one_line(str(finding))}")
    for finding in report.problems:
        print(one_line(str(finding)))  # one finding a line: a name cannot forge another
    counts = report.counts
    summary = ", ".join(
        [_count(counts[kind], kind) for kind in ("reflection", "goal", "assessment")]
        + ["a profile" if counts["profile"] else "no profile yet"]
        + ([_count(counts["draft"], "draft")] if counts["draft"] else [])
    )
    if report.problems:
        n = len(report.problems)
        print(f"{n} {'problem' if n == 1 else 'problems'}; read fine: {summary}", file=sys.stderr)
        return 1
    print(f"all well: {summary}")
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
