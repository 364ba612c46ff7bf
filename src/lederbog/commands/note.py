"""`lederbog note`: save a quick reflection from the command line (no Textual)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from lederbog.commands._common import (
    check_area,
    check_item,
    check_tag,
    lang_of,
    parse_date,
    shown_path,
    store_of,
)
from lederbog.commands._lang import domain_text
from lederbog.errors import LederbogError, OutputFailed
from lederbog.i18n import Lang, t
from lederbog.text import is_blank, one_line

if TYPE_CHECKING:
    from lederbog.store.store import Store

MAX_NOTE_BYTES = 4 * 1024 * 1024
SAVED = "saved {privacy} reflection {id} ({date}): {where}"
SAVED_UNSAID = "{saved} (this could not be printed to standard output: {reason})"


def register(subparsers: Any, common: argparse.ArgumentParser, lang: Lang) -> None:
    parser = subparsers.add_parser(
        "note",
        parents=[common],
        help=t(lang, "cli.note.help"),
        description=t(lang, "cli.note.description"),
        epilog=t(lang, "cli.note.epilog"),
    )
    parser.add_argument(
        "text", metavar=t(lang, "cli.metavar.text"), nargs="*", help=t(lang, "cli.note.text")
    )
    parser.add_argument(
        "--area",
        metavar=t(lang, "cli.metavar.area"),
        action="append",
        default=[],
        help=t(lang, "cli.note.area"),
    )
    parser.add_argument(
        "--item",
        metavar=t(lang, "cli.metavar.item"),
        action="append",
        default=[],
        help=t(lang, "cli.note.item"),
    )
    parser.add_argument(
        "--goal", metavar="ID", action="append", default=[], help=t(lang, "cli.note.goal")
    )
    parser.add_argument(
        "--tag",
        metavar=t(lang, "cli.metavar.tag"),
        action="append",
        default=[],
        help=t(lang, "cli.note.tag"),
    )
    parser.add_argument("--shared", action="store_true", help=t(lang, "cli.note.shared"))
    parser.add_argument(
        "--date", metavar=t(lang, "cli.metavar.date"), help=t(lang, "cli.note.date")
    )
    parser.set_defaults(run=run_note)


def _read_text(words: list[str], lang: str) -> str:
    if words and words != ["-"]:
        return " ".join(words)
    if sys.stdin is None:
        raise LederbogError(t(lang, "cli.note.no_stdin"))
    if sys.stdin.isatty():
        key = "cli.note.end_windows" if sys.platform == "win32" else "cli.note.end"
        print(t(lang, key), file=sys.stderr)
    data = sys.stdin.buffer.read(MAX_NOTE_BYTES + 1)
    if len(data) > MAX_NOTE_BYTES:
        raise LederbogError(t(lang, "cli.note.too_long", mb=MAX_NOTE_BYTES // 1024 // 1024))
    try:
        return data.decode("utf-8-sig")  # a byte-order mark is not part of the text
    except UnicodeDecodeError as error:
        raise LederbogError(t(lang, "cli.note.not_utf8", byte=error.start)) from None


def _goal(store: Store, goal_id: str, lang: str) -> str:
    from lederbog.store.store import NotFound

    try:
        return store.goal(goal_id.strip()).id
    except NotFound:
        raise LederbogError(t(lang, "cli.note.no_goal", id=one_line(goal_id, 60))) from None


def run_note(args: argparse.Namespace) -> int:
    from lederbog.frameworks import load_all
    from lederbog.model.records import Reflection, now
    from lederbog.store.store import new_id

    lang = lang_of(args)
    # Every check before the text is read: a wrong option costs no typing.
    date = parse_date(args.date, "--date", lang) if args.date is not None else None
    tags = [check_tag(tag, lang) for tag in args.tag]
    store = store_of(args)
    areas: list[str] = []
    items: list[str] = []
    if args.area or args.item:
        frameworks = load_all(store.root)
        areas = [check_area(frameworks, reference, lang) for reference in args.area]
        for reference in args.item:
            item, area = check_item(frameworks, reference, lang)
            items.append(item)
            areas.append(area)  # a reflection on an item is about its area too
    goals = [_goal(store, goal_id, lang) for goal_id in args.goal]
    if store.root.exists() and not store.root.is_dir():
        raise LederbogError(t(lang, "cli.note.folder_is_file", path=shown_path(store.root)))
    text = _read_text(args.text, lang).strip()
    if is_blank(text):  # NUL, ESC or zero-width characters alone are no reflection either
        raise LederbogError(t(lang, "cli.note.empty"))
    created = now()
    reflection = Reflection(
        id=new_id(),
        created=created,
        date=date or created.date(),
        text=text,
        areas=list(dict.fromkeys(areas)),
        goals=list(dict.fromkeys(goals)),
        items=list(dict.fromkeys(items)),
        tags=list(dict.fromkeys(tags)),
        shared=args.shared,
    )
    # Eight hex digits rarely collide, but a file is never overwritten by a new record.
    while store.path_for(reflection).exists():
        reflection.id = new_id()
    result = store.save(reflection)
    for notice in store.notices:
        print(f"lederbog: {one_line(domain_text(lang, notice))}", file=sys.stderr)
    if result.conflict:  # a file of that name appeared between the check and the save
        print(f"lederbog: {one_line(domain_text(lang, result.message()))}", file=sys.stderr)
        return 1
    key = "cli.note.saved_shared" if reflection.shared else "cli.note.saved"
    saved = t(
        lang, key, id=reflection.id, date=reflection.date.isoformat(), path=shown_path(result.path)
    )
    try:
        print(one_line(saved))
        sys.stdout.flush()
    except OSError as error:
        # The note is on disk: say so, or the next try saves it twice.
        unsaid = t(lang, "cli.note.saved_unsaid", saved=one_line(saved), reason=error.strerror)
        raise OutputFailed(unsaid, exit_code=0) from None
    return 0
