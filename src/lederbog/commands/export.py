"""`lederbog export`: a progress file for the supervisor (md, html or toml)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from lederbog.commands._common import parse_date, store_of
from lederbog.errors import LederbogError, UsageError
from lederbog.export.write import FORMATS
from lederbog.i18n import normalise_lang, t
from lederbog.text import one_line


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export",
        parents=[common],
        help="write a progress file for your supervisor",
        description=(
            "Write your goals, check-ins, self-assessments and the reflections you marked "
            "shared for a period, as HTML (to read and print), Markdown (for a mail) or TOML "
            "(for 'lederbog review'). Private reflections are never included. Without -o the "
            "file goes to your documents folder as lederbog-<name>-<until>.<format>."
        ),
        epilog="Example: lederbog export --format html --since 2026-01-01",
    )
    parser.add_argument("--format", choices=FORMATS, default="html", help="default: html")
    parser.add_argument(
        "--since", metavar="YYYY-MM-DD", help="first day of the period (default: a year back)"
    )
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="last day (default: today)")
    parser.add_argument("-o", "--output", metavar="FILE", help="where to write the file")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    from lederbog.export.gather import gather
    from lederbog.export.write import remember_export, write_export
    from lederbog.frameworks import load_all
    from lederbog.model.records import now
    from lederbog.store.codec import RecordError

    today = dt.date.today()
    until = parse_date(args.until, "--until") if args.until else today
    since = parse_date(args.since, "--since") if args.since else until - dt.timedelta(days=364)
    if since > until:
        raise UsageError(
            f"--since {since.isoformat()} is after --until {until.isoformat()}: "
            "the period is reversed"
        )
    store = store_of(args)
    if store.root.exists() and not store.root.is_dir():
        raise LederbogError(f"the data folder {store.root} is a file, not a folder")
    try:
        profile = store.profile()
    except RecordError as error:
        print(
            f"lederbog: {one_line(str(store.root / 'profile.toml'))}: {one_line(str(error))}; "
            "exporting without a name",
            file=sys.stderr,
        )
        profile = None
    lang = normalise_lang(getattr(args, "lang", None) or (profile.language if profile else None))
    goals = store.goals()
    reflections = store.reflections(since, until)
    assessments = store.assessments(since, until)
    for loaded in (goals, reflections, assessments):
        for problem in loaded.problems:
            print(f"lederbog: {one_line(str(problem))}; left out", file=sys.stderr)
    export = gather(
        profile=profile,
        frameworks=load_all(store.root),
        goals=goals.records,
        reflections=reflections.records,
        assessments=assessments.records,
        since=since,
        until=until,
        generated=now(),
        language=lang,
    )
    target = Path(args.output).expanduser() if args.output else None
    written = write_export(export, args.format, target, force=args.force)
    remember_export(store.root, until)
    if export.is_empty:
        print(f"lederbog: {t(lang, 'export.nothing')}", file=sys.stderr)
    print(t(lang, "export.written", path=one_line(str(written))))
    print(
        t(
            lang,
            "export.shared_count",
            shared=len(export.reflections),
            total=export.reflections_total,
        )
    )
    return 0
