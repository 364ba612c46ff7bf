"""`lederbog frameworks [list | show ID [--role ROLE] | check FILE... | format]`."""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from lederbog import paths
from lederbog.commands._common import lang_of
from lederbog.commands._lang import domain_text
from lederbog.errors import LederbogError
from lederbog.i18n import Lang, t
from lederbog.text import blocks, for_display, one_line

if TYPE_CHECKING:  # loading frameworks is for the commands that need it, not every start
    from lederbog.frameworks import FrameworkSet, Problem
    from lederbog.model.framework import Area, Framework, Item

MAX_WIDTH = 100


def register(subparsers: Any, common: argparse.ArgumentParser, lang: Lang) -> None:
    parser = subparsers.add_parser(
        "frameworks",
        parents=[common],
        help=t(lang, "cli.frameworks.help"),
        description=t(lang, "cli.frameworks.description"),
    )
    parser.set_defaults(run=run_list)
    actions = parser.add_subparsers(
        dest="action", metavar=t(lang, "cli.metavar.action"), parser_class=type(parser)
    )

    listing = actions.add_parser(
        "list",
        parents=[common],
        help=t(lang, "cli.frameworks.list.help"),
        description=t(lang, "cli.frameworks.list.description"),
    )
    listing.set_defaults(run=run_list)

    show = actions.add_parser(
        "show",
        parents=[common],
        help=t(lang, "cli.frameworks.show.help"),
        description=t(lang, "cli.frameworks.show.description"),
    )
    show.add_argument("id", metavar="ID", help=t(lang, "cli.frameworks.show.id"))
    show.add_argument(
        "--role", metavar=t(lang, "cli.metavar.role"), help=t(lang, "cli.frameworks.show.role")
    )
    show.set_defaults(run=run_show)

    check = actions.add_parser(
        "check",
        parents=[common],
        help=t(lang, "cli.frameworks.check.help"),
        description=t(lang, "cli.frameworks.check.description"),
    )
    check.add_argument(
        "files",
        metavar=t(lang, "cli.metavar.file"),
        nargs="+",
        type=Path,
        help=t(lang, "cli.frameworks.check.file"),
    )
    check.set_defaults(run=run_check)

    guide = actions.add_parser(
        "format",
        parents=[common],
        help=t(lang, "cli.frameworks.format.help"),
        description=t(lang, "cli.frameworks.format.description"),
    )
    guide.set_defaults(run=run_format)


def _frameworks(args: argparse.Namespace) -> FrameworkSet:
    from lederbog.commands._common import data_folder
    from lederbog.frameworks import load_all

    return load_all(data_folder(args))


def _report_problems(found: FrameworkSet, out: TextIO, lang: str) -> None:
    if not found.problems:
        return
    files = len({problem.path for problem in found.problems})
    key = "cli.frameworks.problems_one" if files == 1 else "cli.frameworks.problems"
    print(f"lederbog: {t(lang, key, count=files)}", file=out)
    for problem in found.problems:
        print(f"  {_problem_text(problem, lang)}", file=out)


def _problem_text(problem: Problem, lang: str) -> str:
    """FILE:LINE: message, the message in `lang`."""
    from lederbog.frameworks import Problem

    shown = Problem(problem.path, problem.line, domain_text(lang, problem.message))
    return one_line(str(shown))  # one problem a line, whatever the file name holds


def _width() -> int:
    return min(shutil.get_terminal_size((80, 24)).columns, MAX_WIDTH)


def run_list(args: argparse.Namespace) -> int:
    """One entry a framework: its id, then its title, areas and roles, wrapped to fit."""
    lang = lang_of(args)
    found = _frameworks(args)
    width = max(_width(), 40)
    ids = [framework.id for framework in found]
    column = min(max((len(i) for i in ids), default=2) + 2, 24)
    indent = " " * column
    for framework in found:
        count = len(framework.areas)
        facts = t(
            lang, "cli.frameworks.areas_one" if count == 1 else "cli.frameworks.areas", n=count
        )
        if framework.roles:
            roles = ", ".join(one_line(role.title) for role in framework.roles)
            facts += " · " + t(lang, "cli.frameworks.roles", roles=roles)
        first = framework.id.ljust(column - 1) + " "
        lines = _wrap(framework.title, width, indent=indent, first=first)
        lines += _wrap(facts, width, indent=indent)
        print("\n".join(lines))
    _report_problems(found, sys.stderr, lang)
    return 0


def run_show(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    found = _frameworks(args)
    framework = found.get(args.id.strip())
    if framework is None:
        known = ", ".join(f.id for f in found)
        raise LederbogError(
            t(lang, "cli.frameworks.unknown", id=one_line(args.id, 40), known=known)
        )
    role_id: str | None = None
    if args.role:
        role = framework.find_role(args.role.strip())
        if role is None:
            roles = ", ".join(r.id for r in framework.roles)
            if not roles:
                raise LederbogError(t(lang, "cli.frameworks.no_roles", id=framework.id))
            raise LederbogError(
                t(
                    lang,
                    "cli.frameworks.unknown_role",
                    id=framework.id,
                    role=one_line(args.role, 40),
                    roles=roles,
                )
            )
        role_id = role.id
    sys.stdout.write(render_framework(framework, role_id, _width(), lang))
    return 0


def run_check(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    files: list[Path] = args.files
    from lederbog.frameworks import check_files

    problems = check_files(files)
    for problem in problems:
        print(_problem_text(problem, lang))
    bad = {problem.path for problem in problems}
    for path in files:
        if path not in bad:
            print(t(lang, "cli.frameworks.check.ok", path=for_display(str(path))))
    if problems:
        key = (
            "cli.frameworks.check.summary_one"
            if len(problems) == 1
            else ("cli.frameworks.check.summary")
        )
        print(t(lang, key, count=len(problems), bad=len(bad), files=len(files)), file=sys.stderr)
        return 1
    return 0


def run_format(args: argparse.Namespace) -> int:
    sys.stdout.write(read_guide("framework-format.md", lang_of(args)))
    return 0


def read_guide(name: str, lang: str) -> str:
    """One of the format guides that ship with Lederbog, as text."""
    path = paths.guide(name)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise LederbogError(
            t(
                lang,
                "cli.guide.missing",
                path=for_display(str(path)),
                error=domain_text(lang, str(error.strerror or error)),
            )
        ) from None


# --- rendering a framework as plain text ---------------------------------------------


def _wrap(text: str, width: int, indent: str = "", first: str | None = None) -> list[str]:
    """Paragraphs and lists of safe text wrapped to `width`, blank lines between them kept."""
    lines: list[str] = []
    first_indent = indent if first is None else first
    for number, block in enumerate(blocks(for_display(text))):
        if number:
            lines.append("")
        start = first_indent if number == 0 else indent
        if isinstance(block, list):
            for entry in block:
                lines += textwrap.wrap(
                    " ".join(entry.split()),
                    width=max(width, 20),
                    initial_indent=indent + "• ",
                    subsequent_indent=indent + "  ",
                    break_on_hyphens=False,
                )
            continue
        flat = " ".join(block.split())
        lines += textwrap.wrap(
            flat,
            width=max(width, 20),
            initial_indent=start,
            subsequent_indent=indent,
            break_on_hyphens=False,
        ) or [start.rstrip()]
    return lines or [first_indent.rstrip()]


def _item_lines(framework: Framework, item: Item, width: int) -> list[str]:
    label = f"{item.title}: " if item.title else ""
    text = f"{label}{item.text}"
    if item.by:
        text += f" — {item.by}"
    text += f"  [{framework.id}/{item.id}]"
    lines = _wrap(text, width, indent="    ", first="  • ")
    if item.prompt:
        lines += _wrap(f"? {item.prompt}", width, indent="      ", first="    ")
    return lines


def _area_lines(
    framework: Framework, area: Area, role: str | None, width: int, lang: str
) -> list[str]:
    lines = [for_display(area.title), "-" * min(len(area.title), width)]
    lines.append(t(lang, "cli.show.area_id", id=f"{framework.id}/{area.id}"))
    if area.summary:
        lines += _wrap(area.summary, width)
    by_role = role is None and bool(framework.roles)
    for group, items in area.groups(role):
        lines.append("")
        if group:
            lines.append(f"  {one_line(group)}")
        if by_role:
            # Without a role filter, show role items under a heading per role.
            current = None
            for item in items:
                if item.role != current:
                    current = item.role
                    if current:
                        found = framework.role(current)
                        lines.append(f"  [{one_line(found.title) if found else current}]")
                lines += _item_lines(framework, item, width)
        else:
            for item in items:
                lines += _item_lines(framework, item, width)
    if area.prompt:
        # After the items: a summary that ends in ":" leads in to them, so nothing comes between.
        lines.append("")
        lines += _wrap(t(lang, "cli.show.prompt", prompt=area.prompt), width)
    return lines


def render_framework(framework: Framework, role: str | None, width: int, lang: str = "da") -> str:
    """A framework as readable plain text (what `frameworks show` prints)."""
    lines = [for_display(framework.title), "=" * min(len(framework.title), width)]
    meta = [framework.organisation, t(lang, "cli.show.id", id=framework.id)]
    if framework.roles:
        meta.append(t(lang, "cli.show.roles", roles=", ".join(r.title for r in framework.roles)))
    if role:
        found = framework.role(role)
        meta.append(t(lang, "cli.show.for_role", role=found.title if found else role))
    lines += _wrap(" · ".join(m for m in meta if m), width)
    if framework.summary:
        lines.append("")
        lines += _wrap(framework.summary, width)
    for area in framework.areas:
        lines += ["", ""]
        lines += _area_lines(framework, area, role, width, lang)
    for reference in framework.lists:
        lines += ["", "", for_display(reference.title), "-" * min(len(reference.title), width)]
        if reference.summary:
            lines += _wrap(reference.summary, width)
        for item in reference.items:
            label = f"{item.title}: " if item.title else ""
            by = f" — {item.by}" if item.by else ""
            lines += _wrap(f"{label}{item.text}{by}", width, indent="    ", first="  • ")
    if framework.source:
        lines += ["", ""]
        lines += [t(lang, "cli.show.source"), "-" * len(t(lang, "cli.show.source"))]
        lines += _wrap(framework.source, width)
    return "\n".join(lines) + "\n"
