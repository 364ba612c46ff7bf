"""`lederbog note`: write a reflection from the command line (no Textual, no full load)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lederbog.commands._common import check_area, parse_date, store_of
from lederbog.errors import LederbogError, OutputFailed
from lederbog.text import is_blank, one_line

MAX_NOTE_BYTES = 4 * 1024 * 1024
SAVED = "saved {privacy} reflection {id} ({date}): {where}"
SAVED_UNSAID = "{saved} (this could not be printed to standard output: {reason})"


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "note",
        parents=[common],
        help="write a quick reflection",
        description=(
            "Save a reflection in your journal. The text is the words given, or standard "
            "input when there are none or the text is '-'. Reflections are private unless "
            "--shared is given."
        ),
        epilog=(
            'Example: lederbog note "Godt 1:1 med Anna om prioriteringer" --area stuk/driftsledelse'
        ),
    )
    parser.add_argument("text", metavar="TEXT", nargs="*", help="the reflection ('-': read stdin)")
    parser.add_argument(
        "--area",
        metavar="FW/AREA",
        action="append",
        default=[],
        help="an area it is about, as framework/area (see 'lederbog frameworks show ID')",
    )
    parser.add_argument(
        "--goal", metavar="ID", action="append", default=[], help="a goal it is about"
    )
    parser.add_argument("--tag", metavar="TAG", action="append", default=[], help="a tag")
    parser.add_argument(
        "--shared",
        action="store_true",
        help="may be included in exports for your supervisor (default: private)",
    )
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the day it is about (default: today)")
    parser.set_defaults(run=run_note)


def _read_text(words: list[str]) -> str:
    if words and words != ["-"]:
        return " ".join(words)
    if sys.stdin is None:
        raise LederbogError("no text given and no standard input to read it from")
    if sys.stdin.isatty():
        end = "Ctrl-Z and Enter" if sys.platform == "win32" else "Ctrl-D on a line of its own"
        print(f"Write your reflection; end with {end}.", file=sys.stderr)
    data = sys.stdin.buffer.read(MAX_NOTE_BYTES + 1)
    if len(data) > MAX_NOTE_BYTES:
        raise LederbogError(
            f"the text is longer than {MAX_NOTE_BYTES // 1024 // 1024} MB; nothing was saved"
        )
    try:
        return data.decode("utf-8-sig")  # a byte-order mark is not part of the text
    except UnicodeDecodeError as error:
        raise LederbogError(
            f"the input is not UTF-8 text (byte {error.start}); nothing was saved"
        ) from None


def run_note(args: argparse.Namespace) -> int:
    from lederbog.frameworks import load_all
    from lederbog.model.records import Reflection, now
    from lederbog.store.store import new_id

    # Every check before the text is read: a wrong option costs no typing.
    date = parse_date(args.date, "--date") if args.date is not None else None
    store = store_of(args)
    areas: list[str] = []
    if args.area:
        frameworks = load_all(store.root)
        areas = [check_area(frameworks, reference) for reference in args.area]
    goals = [store.goal(goal_id).id for goal_id in args.goal]
    tags = []
    for tag in args.tag:
        clean = tag.strip().lstrip("#").strip()
        if is_blank(clean):  # an ESC or a zero-width space alone shows as no tag at all
            raise LederbogError(f"--tag '{one_line(tag, 40)}' is empty")
        tags.append(clean)
    text = _read_text(args.text).strip()
    if is_blank(text):  # NUL, ESC or zero-width characters alone are no reflection either
        raise LederbogError("the reflection is empty; nothing was saved")
    created = now()
    reflection = Reflection(
        id=new_id(),
        created=created,
        date=date or created.date(),
        text=text,
        areas=list(dict.fromkeys(areas)),
        goals=list(dict.fromkeys(goals)),
        tags=list(dict.fromkeys(tags)),
        shared=args.shared,
    )
    # Eight hex digits rarely collide, but a file is never overwritten by a new record.
    while store.path_for(reflection).exists():
        reflection.id = new_id()
    result = store.save(reflection)
    for notice in store.notices:
        print(f"lederbog: {one_line(notice)}", file=sys.stderr)
    where = (
        result.path.relative_to(store.root)
        if result.path.is_relative_to(store.root)
        else result.path
    )
    privacy = "shared" if reflection.shared else "private"
    if result.conflict:  # a file of that name appeared between the check and the save
        print(f"lederbog: {one_line(result.message())}", file=sys.stderr)
        return 1
    saved = SAVED.format(
        privacy=privacy, id=reflection.id, date=reflection.date.isoformat(), where=where
    )
    try:
        print(one_line(saved))
        sys.stdout.flush()
    except OSError as error:
        # The note is on disk: say so, or the next try saves it twice.
        raise OutputFailed(
            SAVED_UNSAID.format(saved=one_line(saved), reason=error.strerror or error),
            exit_code=0,
        ) from None
    return 0
