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
from lederbog.text import for_display, one_line

if TYPE_CHECKING:
    from lederbog.store.index import Hit

BOLD, PLAIN = "\x1b[1m", "\x1b[0m"
MAX_LAST = 1_000_000
INDENT = "    "
EXCERPT_LINES = 2

# Every message of the command, in one place (the CLI's strings translate them).
MESSAGES = {
    "help": "search your reflections",
    "description": (
        "Find reflections that contain every term given. Case never matters; æ, ø and å\n"
        "are letters of their own (far never finds får).\n"
        "\n"
        "  prioritering         the word in any form: prioriteringer, prioriteringen\n"
        "  '\"prioritering\"'     exactly this word\n"
        "  'god ledelse'        these words next to each other, each exactly (a phrase)\n"
        "  '\"god ledelse\" mod'  a phrase and a word, in one argument\n"
        "  'ledel*'             words that begin so: ledelse, ledelsesgrundlag\n"
        "  ledelse mod          both words, anywhere, in any order\n"
        "\n"
        "Word forms are those of the profile's language (Danish without a profile), or\n"
        "of --lang. Each result shows a line around its first match. Exact matches are\n"
        "listed last, nearest the prompt, below those found only in other forms; each\n"
        "group oldest first. Without terms: the reflections the filters allow, oldest\n"
        "first. A malformed query (an unclosed quotation mark) exits with 2."
    ),
    "words": "terms to find (see above)",
    "area": "only this area",
    "tag": "only this tag",
    "since": "from this day",
    "until": "up to and including this day",
    "last": "only the best N matches (exact first, then the newest)",
    "full": "print each reflection in full",
    "last_range": "-n/--last must be a number from 1 to {max}",
    "unreadable_one": (
        "1 journal file could not be read and was not searched; run 'lederbog doctor'"
    ),
    "unreadable_many": (
        "{count} journal files could not be read and were not searched; run 'lederbog doctor'"
    ),
    "rebuilt": "the search index was damaged; it was made anew from your files",
    "no_match": "no reflections match",
    "shared": "(shared)",
}


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "search",
        parents=[common],
        help=MESSAGES["help"],
        description=MESSAGES["description"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("words", metavar="QUERY", nargs="*", help=MESSAGES["words"])
    parser.add_argument(
        "--area", metavar="FW/AREA", action="append", default=[], help=MESSAGES["area"]
    )
    parser.add_argument("--tag", metavar="TAG", action="append", default=[], help=MESSAGES["tag"])
    parser.add_argument("--since", metavar="YYYY-MM-DD", help=MESSAGES["since"])
    parser.add_argument("--until", metavar="YYYY-MM-DD", help=MESSAGES["until"])
    parser.add_argument("-n", "--last", metavar="N", type=int, help=MESSAGES["last"])
    parser.add_argument("--full", action="store_true", help=MESSAGES["full"])
    parser.set_defaults(run=run_search)


def run_search(args: argparse.Namespace) -> int:
    from lederbog.commands._common import parse_date
    from lederbog.store.index import Index, Query
    from lederbog.store.query import query_of_arguments

    since = parse_date(args.since, "--since") if args.since is not None else None
    until = parse_date(args.until, "--until") if args.until is not None else None
    if args.last is not None and not 1 <= args.last <= MAX_LAST:
        from lederbog.errors import UsageError

        raise UsageError(MESSAGES["last_range"].format(max=MAX_LAST))
    root = paths.data_dir(getattr(args, "data_dir", None))
    if args.area:
        from lederbog.commands._common import check_area
        from lederbog.frameworks import load_all

        frameworks = load_all(root)
        for reference in args.area:
            check_area(frameworks, reference)
    index = Index(root, paths.cache_dir())
    try:
        lang = getattr(args, "lang", None) or index.profile_language()
        parsed = query_of_arguments(args.words, lang)  # QueryError: exit 2
        refreshed = index.refresh()
        query = Query(parsed=parsed, areas=args.area, tags=args.tag, since=since, until=until)
        tty = sys.stdout.isatty()
        width = _width()
        size = EXCERPT_LINES * (width - len(INDENT) - 2)
        hits = index.search(query, limit=args.last, texts=args.full, excerpt_size=size)
    finally:
        index.close()
    if index.rebuilt:
        print(f"lederbog: {MESSAGES['rebuilt']}", file=sys.stderr)
    out = sys.stdout
    for hit in hits:
        out.write(_format(hit, width, full=args.full, tty=tty))
    if refreshed.problems:
        count = len(refreshed.problems)
        message = (
            MESSAGES["unreadable_one"]
            if count == 1
            else MESSAGES["unreadable_many"].format(count=count)
        )
        print(f"lederbog: {message}", file=sys.stderr)
    if not hits:
        print(f"lederbog: {MESSAGES['no_match']}", file=sys.stderr)
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


def _format(hit: Hit, width: int, *, full: bool, tty: bool) -> str:
    head = [hit.date.isoformat()]
    head += [one_line(area) for area in hit.areas]
    head += [f"#{one_line(tag)}" for tag in hit.tags]
    if hit.shared:
        head.append(MESSAGES["shared"])
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
