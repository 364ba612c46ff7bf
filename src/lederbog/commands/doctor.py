"""`lederbog doctor`: check the data folder; exit 1 and name each problem."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lederbog import paths
from lederbog.commands._common import lang_of
from lederbog.commands._lang import domain_text
from lederbog.i18n import Lang, t
from lederbog.text import for_display, one_line

KINDS = ("reflection", "goal", "assessment")


def register(subparsers: Any, common: argparse.ArgumentParser, lang: Lang) -> None:
    parser = subparsers.add_parser(
        "doctor",
        parents=[common],
        help=t(lang, "cli.doctor.help"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=_description(lang),
    )
    parser.add_argument("--format", action="store_true", help=t(lang, "cli.doctor.format"))
    parser.set_defaults(run=run_doctor)


def _description(lang: Lang) -> str:
    """What doctor does, and what it finds (store/doctor.py), as `doctor --help` lists it."""
    import textwrap

    intro = "\n".join(textwrap.wrap(t(lang, "cli.doctor.description"), 78))
    checks = t(lang, "cli.doctor.checks").split("\n")
    found = "\n".join(_bullet(check) for check in checks)
    return f"{intro}\n\n{t(lang, 'cli.doctor.finds')}\n{found}"


def _bullet(text: str) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, 76, initial_indent="  - ", subsequent_indent="    "))


def run_doctor(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    if args.format:
        from lederbog.commands.frameworks import read_guide

        sys.stdout.write(read_guide("data-format.md", lang))
        return 0
    from lederbog.store.doctor import examine

    root = paths.data_dir(getattr(args, "data_dir", None))
    cache = paths.cache_dir()
    print(t(lang, "cli.doctor.folder", path=one_line(str(root))))
    print(t(lang, "cli.doctor.index", path=one_line(str(cache))))
    if root.exists() and not root.is_dir():
        print(t(lang, "cli.doctor.is_file", path=for_display(str(root))))
        print(t(lang, "cli.doctor.one_problem"), file=sys.stderr)
        return 1
    if not root.is_dir():
        print(t(lang, "cli.doctor.no_data"))
        return 0
    report = examine(root, cache)
    for finding in report.fixed:
        shown = f"{finding.path}: {domain_text(lang, finding.reason)}"
        print(t(lang, "cli.doctor.fixed", finding=one_line(shown)))
    for finding in report.notes:
        shown = f"{finding.path}: {domain_text(lang, finding.reason)}"
        print(t(lang, "cli.doctor.note", finding=one_line(shown)))
    for finding in report.problems:
        # One finding a line: a file name cannot forge another.
        print(one_line(f"{finding.path}: {domain_text(lang, finding.reason)}"))
    counts = report.counts
    parts = [_count(lang, counts[kind], kind) for kind in KINDS]
    profile = root / "profile.toml"
    if counts["profile"]:
        parts.append(t(lang, "cli.doctor.profile"))
    elif any(finding.path == profile for finding in report.problems):
        parts.append(t(lang, "cli.doctor.profile_broken"))
    else:
        parts.append(t(lang, "cli.doctor.no_profile"))
    if counts["draft"]:
        parts.append(_count(lang, counts["draft"], "draft"))
    summary = ", ".join(parts)
    if report.problems:
        n = len(report.problems)
        key = "cli.doctor.problems_one" if n == 1 else "cli.doctor.problems"
        print(t(lang, key, count=n, summary=summary), file=sys.stderr)
        return 1
    print(t(lang, "cli.doctor.all_well", summary=summary))
    return 0


def _count(lang: str, n: int, kind: str) -> str:
    return t(lang, f"cli.doctor.{kind}_one" if n == 1 else f"cli.doctor.{kind}", n=n)
