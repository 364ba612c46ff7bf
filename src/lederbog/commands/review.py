"""`lederbog review FILE... [--summary]`: a supervisor's read-only view of exports.

Nothing here opens a store: the reviewer's own data folder is never read for records
nor written. Each file is read with `read_export` (capped, guarded, validated); a bad
one is one line naming it, and the others are still shown.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lederbog.errors import LederbogError
from lederbog.i18n import Lang, t

if TYPE_CHECKING:
    from lederbog.export.model import Export


def register(subparsers: Any, common: argparse.ArgumentParser, lang: Lang) -> None:
    parser = subparsers.add_parser(
        "review",
        parents=[common],
        help=t(lang, "cli.review.help"),
        description=t(lang, "cli.review.description"),
        epilog=t(lang, "cli.review.epilog"),
    )
    parser.add_argument(
        "files", nargs="+", metavar=t(lang, "cli.metavar.file"), help=t(lang, "cli.review.files")
    )
    parser.add_argument("--summary", action="store_true", help=t(lang, "cli.review.summary"))
    parser.set_defaults(run=run_review)


def read_all(paths: list[Path], lang: str) -> tuple[list[tuple[Path, Export]], list[str]]:
    """The exports that could be read, in the order given, and one line per bad file."""
    from lederbog.commands._lang import domain_text
    from lederbog.export.reader import ExportError, read_export
    from lederbog.text import one_line

    good: list[tuple[Path, Export]] = []
    bad: list[str] = []
    for path in paths:
        try:
            good.append((path, read_export(path)))
        except ExportError as error:
            bad.append(one_line(domain_text(lang, str(error))))
    return good, bad


def run_review(args: argparse.Namespace) -> int:
    from lederbog.commands._common import lang_of

    lang = lang_of(args)
    paths = [Path(name).expanduser() for name in args.files]
    if not args.summary and (not sys.stdin.isatty() or not sys.stdout.isatty()):
        raise LederbogError(t(lang, "cli.review.no_terminal"))
    good, bad = read_all(paths, lang)
    for line in bad:
        print(f"lederbog: {line}", file=sys.stderr)
    if args.summary:
        from lederbog.export.review import summary_of, summary_table

        if good:
            rows = [summary_of(export) for _, export in good]
            for line in summary_table(rows, lang):
                print(line)
            print()
            import textwrap

            print(textwrap.fill(t(lang, "review.legend"), width=80, break_on_hyphens=False))
        return 1 if bad else 0
    if not good:
        raise LederbogError(t(lang, "review.no_exports"))
    from lederbog.ui.review_app import ReviewApp

    ReviewApp(good, bad, lang).run()
    return 1 if bad else 0
