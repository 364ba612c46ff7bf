"""`lederbog search`: full-text search of the journal through the index (no Textual)."""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from typing import TYPE_CHECKING, Any

from lederbog import paths
from lederbog.commands._common import check_area, parse_date, store_of
from lederbog.text import for_display, one_line

if TYPE_CHECKING:
    from lederbog.store.index import Hit

BOLD, PLAIN = "\x1b[1m", "\x1b[0m"
MAX_LAST = 1_000_000


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "search",
        parents=[common],
        help="search your reflections",
        description=(
            "Find reflections that contain every word given (any case; æ, ø and å are letters "
            "of their own). End a word with * to match its beginning (ledel*); quote words to "
            'find them together ("god ledelse"). Without words, list the reflections that '
            "match the filters. Oldest first, so the newest is nearest the prompt."
        ),
    )
    parser.add_argument("words", metavar="QUERY", nargs="*", help="words to find")
    parser.add_argument(
        "--area", metavar="FW/AREA", action="append", default=[], help="only this area"
    )
    parser.add_argument("--tag", metavar="TAG", action="append", default=[], help="only this tag")
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="from this day")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="up to and including this day")
    parser.add_argument("-n", "--last", metavar="N", type=int, help="only the newest N matches")
    parser.add_argument("--full", action="store_true", help="print each reflection in full")
    parser.set_defaults(run=run_search)


def run_search(args: argparse.Namespace) -> int:
    from lederbog.store.index import Index, Query

    since = parse_date(args.since, "--since") if args.since is not None else None
    until = parse_date(args.until, "--until") if args.until is not None else None
    store = store_of(args)
    if args.area:
        from lederbog.frameworks import load_all

        frameworks = load_all(store.root)
        for reference in args.area:
            check_area(frameworks, reference)
    if args.last is not None and not 1 <= args.last <= MAX_LAST:
        from lederbog.errors import UsageError

        raise UsageError(f"-n/--last must be a number from 1 to {MAX_LAST}")
    index = Index(store, paths.cache_dir())
    try:
        refreshed = index.refresh()
        query = Query(
            words=args.words,
            areas=args.area,
            tags=args.tag,
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
        out.write(_format(hit, width, full=args.full, tty=tty))
    folders = [problem for problem in refreshed.problems if problem.path.is_dir()]
    for problem in folders:  # the rest was searched; say what was not
        print(f"lederbog: {one_line(str(problem))}", file=sys.stderr)
    files = [problem for problem in refreshed.problems if problem not in folders]
    if files:
        count = len(files)
        noun = "file" if count == 1 else "files"
        print(
            f"lederbog: {count} journal {noun} could not be read and "
            f"{'was' if count == 1 else 'were'} not searched; run 'lederbog doctor'",
            file=sys.stderr,
        )
    if not hits:
        print("lederbog: no reflections match", file=sys.stderr)
    return 0


def _format(hit: Hit, width: int, *, full: bool, tty: bool) -> str:
    from lederbog.store.index import MARK_END, MARK_START

    head = [hit.date.isoformat()]
    head += [one_line(area) for area in hit.areas]
    head += [f"#{one_line(tag)}" for tag in hit.tags]
    if hit.shared:
        head.append("(shared)")
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
