"""`lederbog search`: full-text search of the journal through the index (no Textual)."""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from typing import TYPE_CHECKING, Any

from lederbog import paths
from lederbog.commands._common import (
    check_area,
    check_range,
    check_tag,
    lang_of,
    parse_date,
    store_of,
)
from lederbog.commands._lang import domain_text
from lederbog.i18n import Lang, t
from lederbog.text import for_display, one_line

if TYPE_CHECKING:
    from lederbog.store.index import Hit

BOLD, PLAIN = "\x1b[1m", "\x1b[0m"
MAX_LAST = 1_000_000


def register(subparsers: Any, common: argparse.ArgumentParser, lang: Lang) -> None:
    parser = subparsers.add_parser(
        "search",
        parents=[common],
        help=t(lang, "cli.search.help"),
        description=t(lang, "cli.search.description"),
    )
    parser.add_argument(
        "words", metavar=t(lang, "cli.metavar.query"), nargs="*", help=t(lang, "cli.search.words")
    )
    parser.add_argument(
        "--area",
        metavar=t(lang, "cli.metavar.area_or_framework"),
        action="append",
        default=[],
        help=t(lang, "cli.search.area"),
    )
    parser.add_argument(
        "--tag",
        metavar=t(lang, "cli.metavar.tag"),
        action="append",
        default=[],
        help=t(lang, "cli.search.tag"),
    )
    date = t(lang, "cli.metavar.date")
    parser.add_argument("--since", metavar=date, help=t(lang, "cli.search.since"))
    parser.add_argument("--until", metavar=date, help=t(lang, "cli.search.until"))
    parser.add_argument("-n", "--last", metavar="N", type=int, help=t(lang, "cli.search.last"))
    parser.add_argument("--full", action="store_true", help=t(lang, "cli.search.full"))
    parser.set_defaults(run=run_search)


def run_search(args: argparse.Namespace) -> int:
    from lederbog.store.index import Index, Query

    lang = lang_of(args)
    since = parse_date(args.since, "--since", lang) if args.since is not None else None
    until = parse_date(args.until, "--until", lang) if args.until is not None else None
    check_range(since, until, lang)
    tags = [check_tag(tag, lang) for tag in args.tag]
    store = store_of(args)
    areas: list[str] = []
    if args.area:
        from lederbog.frameworks import load_all

        frameworks = load_all(store.root)
        areas = [check_area(frameworks, ref, lang, whole=True) for ref in args.area]
    if args.last is not None and not 1 <= args.last <= MAX_LAST:
        from lederbog.errors import UsageError

        raise UsageError(t(lang, "cli.search.last_range", most=MAX_LAST))
    index = Index(store, paths.cache_dir())
    try:
        refreshed = index.refresh()
        query = Query(
            words=args.words,
            areas=[area for area in areas if "/" in area],
            frameworks=[area for area in areas if "/" not in area],
            tags=tags,
            since=since,
            until=until,
        )
        # Whole texts only when they are printed: a snippet is enough to list the hits.
        hits = index.search(query, limit=args.last, texts=args.full or not args.words)
    finally:
        index.close()
    tty = sys.stdout.isatty()
    width = min(shutil.get_terminal_size((100, 24)).columns, 100)
    out = sys.stdout
    for hit in hits:
        out.write(_format(hit, width, full=args.full, tty=tty, lang=lang))
    folders = [problem for problem in refreshed.problems if problem.path.is_dir()]
    for problem in folders:  # the rest was searched; say what was not
        shown = f"{problem.path}: {domain_text(lang, problem.reason)}"
        print(f"lederbog: {one_line(shown)}", file=sys.stderr)
    files = [problem for problem in refreshed.problems if problem not in folders]
    if files:
        count = len(files)
        key = "cli.search.unread_one" if count == 1 else "cli.search.unread"
        print(f"lederbog: {t(lang, key, count=count)}", file=sys.stderr)
    if not hits:
        print(f"lederbog: {t(lang, 'cli.search.none')}", file=sys.stderr)
    return 0


def _format(hit: Hit, width: int, *, full: bool, tty: bool, lang: str = "da") -> str:
    from lederbog.store.index import MARK_END, MARK_START

    head = [hit.date.isoformat()]
    head += [one_line(area) for area in hit.areas]
    head += [f"#{one_line(tag)}" for tag in hit.tags]
    if hit.shared:
        head.append(t(lang, "cli.search.shared"))
    title = "  ".join(head)
    if tty:
        title = f"{BOLD}{title}{PLAIN}"
    lines = [title]
    if full:
        for paragraph in for_display(hit.text).replace("\r", "").split("\n"):
            lines += textwrap.wrap(
                paragraph, width, initial_indent="    ", subsequent_indent="    "
            ) or [""]
    else:
        snippet = hit.snippet or hit.text
        flat = one_line(snippet)
        body = textwrap.shorten(flat, width=max(width * 2, 60), placeholder=" …")
        for line in textwrap.wrap(body, width, initial_indent="    ", subsequent_indent="    "):
            lines.append(line)
    text = "\n".join(lines) + "\n\n"
    if tty:
        return text.replace(MARK_START, BOLD).replace(MARK_END, PLAIN)
    return text.replace(MARK_START, "").replace(MARK_END, "")
