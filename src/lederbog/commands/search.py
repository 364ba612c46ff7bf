"""`lederbog search`: full-text search of the journal through the index (no Textual).

The query language, the index and the excerpts are lederbog.store.query, .index
and .excerpt; this prints what they find. Only what a warm search needs is
imported: a search that finds no new files reads no record and imports no codec.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from lederbog import paths
from lederbog.commands._common import check_range, check_tag, data_folder, lang_of
from lederbog.commands._lang import domain_text
from lederbog.i18n import Lang, t
from lederbog.text import for_display, one_line

if TYPE_CHECKING:
    from lederbog.store.index import Hit

BOLD, PLAIN = "\x1b[1m", "\x1b[0m"
MAX_LAST = 1_000_000
INDENT = "    "
EXCERPT_LINES = 2


def register(subparsers: Any, common: argparse.ArgumentParser, lang: Lang) -> None:
    parser = subparsers.add_parser(
        "search",
        parents=[common],
        help=t(lang, "cli.search.help"),
        description=t(lang, "cli.search.description"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    from lederbog.commands._common import check_area, parse_date
    from lederbog.store.index import Index, Query
    from lederbog.store.query import query_of_arguments

    lang = lang_of(args)
    since = parse_date(args.since, "--since", lang) if args.since is not None else None
    until = parse_date(args.until, "--until", lang) if args.until is not None else None
    check_range(since, until, lang)
    tags = [check_tag(tag, lang) for tag in args.tag]
    if args.last is not None and not 1 <= args.last <= MAX_LAST:
        from lederbog.errors import UsageError

        raise UsageError(t(lang, "cli.search.last_range", most=MAX_LAST))
    # The folder only, not the store: a warm search that finds nothing new reads no record.
    root = data_folder(args)
    areas: list[str] = []
    if args.area:
        from lederbog.frameworks import load_all

        frameworks = load_all(root)
        areas = [check_area(frameworks, ref, lang, whole=True) for ref in args.area]
    index = Index(root, paths.cache_dir())
    try:
        # Word forms in the language chosen (--lang, else the profile's, else Danish).
        parsed = query_of_arguments(args.words, lang)  # QueryError: exit 2
        refreshed = index.refresh()
        query = Query(
            parsed=parsed,
            areas=[area for area in areas if "/" in area],
            frameworks=[area for area in areas if "/" not in area],
            tags=tags,
            since=since,
            until=until,
        )
        tty = sys.stdout.isatty()
        width = _width()
        size = EXCERPT_LINES * (width - len(INDENT) - 2)
        hits = index.search(query, limit=args.last, texts=args.full, excerpt_size=size)
    finally:
        index.close()
    if index.rebuilt:
        print(f"lederbog: {t(lang, 'cli.search.rebuilt')}", file=sys.stderr)
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


def _width() -> int:
    """The terminal's width, at most 100 (COLUMNS first, as shutil's would)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 100
    if columns <= 0:
        columns = 100
    return max(min(columns, 100), 40)


def _format(hit: Hit, width: int, *, full: bool, tty: bool, lang: str = "da") -> str:
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
        import textwrap

        for paragraph in for_display(hit.text).replace("\r", "").split("\n"):
            lines += textwrap.wrap(
                paragraph, width, initial_indent=INDENT, subsequent_indent=INDENT
            ) or [""]
    else:
        # Two characters to spare on each line, for an ellipsis after the last one.
        wrapped = wrap_offsets(hit.excerpt, width - len(INDENT) - 2)
        for start, end in wrapped[:EXCERPT_LINES]:
            lines.append(INDENT + styled(hit.excerpt, start, end, hit.spans, tty))
        if len(wrapped) > EXCERPT_LINES:  # words that did not pack into the lines
            lines[-1] += "\u00a0…" if not lines[-1].endswith("…") else ""
    return "\n".join(lines) + "\n\n"


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) of each line when one-line `text` is wrapped at spaces to `width`
    (a word longer than a line is cut), so offsets into `text` stay valid."""
    lines: list[tuple[int, int]] = []
    start, size = 0, len(text)
    while start < size:
        if size - start <= width:
            lines.append((start, size))
            break
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start:
            lines.append((start, start + width))
            start += width
        else:
            lines.append((start, cut))
            start = cut + 1
    return lines


def styled(text: str, start: int, end: int, spans: tuple[tuple[int, int], ...], tty: bool) -> str:
    """text[start:end], with the parts that `spans` cover in bold on a terminal. The
    bold comes only from the spans: nothing in the text can turn it on."""
    if not tty:
        return text[start:end]
    pieces, at = [], start
    for span_start, span_end in spans:
        a, b = max(span_start, start), min(span_end, end)
        if a >= b:
            continue
        pieces += [text[at:a], BOLD, text[a:b], PLAIN]
        at = b
    pieces.append(text[at:end])
    return "".join(pieces)
