"""`lederbog export`: a progress file for the supervisor (md, html or toml)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from lederbog.commands._common import check_range, lang_of, parse_date, shown_path, store_of
from lederbog.domain_text import domain_text
from lederbog.errors import LederbogError
from lederbog.i18n import Lang, t
from lederbog.text import one_line

# The formats `lederbog.export.write` renders (kept here: every command's parser is built
# at each start, and importing the export code would cost `lederbog search` ~9 ms).
FORMATS = ("html", "md", "toml")


def register(subparsers: Any, common: argparse.ArgumentParser, lang: Lang) -> None:
    parser = subparsers.add_parser(
        "export",
        parents=[common],
        help=t(lang, "cli.export.help"),
        description=t(lang, "cli.export.description"),
        epilog=t(lang, "cli.export.epilog"),
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="html", help=t(lang, "cli.export.format")
    )
    date = t(lang, "cli.metavar.date")
    parser.add_argument("--since", metavar=date, help=t(lang, "cli.export.since"))
    parser.add_argument("--until", metavar=date, help=t(lang, "cli.export.until"))
    parser.add_argument(
        "-o", "--output", metavar=t(lang, "cli.metavar.file"), help=t(lang, "cli.export.output")
    )
    parser.add_argument("--force", action="store_true", help=t(lang, "cli.export.force"))
    parser.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    from lederbog.export.gather import gather
    from lederbog.export.write import remember_export, write_export
    from lederbog.frameworks import load_all
    from lederbog.model.records import now
    from lederbog.store.codec import RecordError

    lang = lang_of(args)
    today = dt.date.today()
    until = parse_date(args.until, "--until", lang) if args.until else today
    if args.since:
        since = parse_date(args.since, "--since", lang)
    else:
        since = until - dt.timedelta(days=364)
    check_range(since, until, lang)
    store = store_of(args)
    if store.root.exists() and not store.root.is_dir():
        raise LederbogError(t(lang, "cli.export.data_is_file", path=shown_path(store.root)))
    try:
        profile = store.profile()
    except RecordError as error:
        where = shown_path(store.root / "profile.toml")
        said = one_line(domain_text(lang, str(error)))
        message = t(lang, "cli.export.bad_profile", path=where, error=said)
        print(f"lederbog: {message}", file=sys.stderr)
        profile = None
    goals = store.goals()
    reflections = store.reflections(since, until)
    assessments = store.assessments(since, until)
    for loaded in (goals, reflections, assessments):
        for problem in loaded.problems:
            shown = one_line(f"{problem.path}: {domain_text(lang, problem.reason)}")
            print(f"lederbog: {t(lang, 'cli.export.left_out', problem=shown)}", file=sys.stderr)
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
