"""`lederbog frameworks [list | show ID [--role ROLE] | check FILE...]`."""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from lederbog.errors import LederbogError
from lederbog.text import for_display, one_line

if TYPE_CHECKING:  # loading frameworks is for the commands that need it, not every start
    from lederbog.frameworks import FrameworkSet
    from lederbog.model.framework import Area, Framework, Item


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "frameworks",
        parents=[common],
        help="list, read and check leadership frameworks",
        description=(
            "The leadership frameworks (ledelsesgrundlag) Lederbog knows: the bundled ones "
            "and your own in <data folder>/frameworks. Without an action, list them."
        ),
    )
    parser.set_defaults(run=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))

    listing = actions.add_parser(
        "list", parents=[common], help="id, title, areas and roles of each framework"
    )
    listing.set_defaults(run=run_list)

    show = actions.add_parser(
        "show",
        parents=[common],
        help="a framework as readable text",
        description="Print a framework: its areas, what is expected in each, and its lists.",
    )
    show.add_argument("id", metavar="ID", help="the framework's id (see 'lederbog frameworks')")
    show.add_argument(
        "--role",
        metavar="ROLE",
        help="show only what is expected of this role (its id or title), and what all share",
    )
    show.set_defaults(run=run_show)

    check = actions.add_parser(
        "check",
        parents=[common],
        help="validate framework files; exit 1 on problems",
        description=(
            "Check framework files against the format (docs/framework-format.md). "
            "Every problem is printed as FILE:LINE: message; the exit code is 1 if there are any."
        ),
    )
    check.add_argument("files", metavar="FILE", nargs="+", type=Path, help="a framework file")
    check.set_defaults(run=run_check)


def _frameworks(args: argparse.Namespace) -> FrameworkSet:
    from lederbog.commands._common import data_folder
    from lederbog.frameworks import load_all

    return load_all(data_folder(args))


def _report_problems(found: FrameworkSet, out: TextIO) -> None:
    if not found.problems:
        return
    files = len({problem.path for problem in found.problems})
    noun = "file has" if files == 1 else "files have"
    print(
        f"lederbog: {files} framework {noun} problems and {'was' if files == 1 else 'were'} "
        "not loaded:",
        file=out,
    )
    for problem in found.problems:
        print(f"  {one_line(str(problem))}", file=out)


def run_list(args: argparse.Namespace) -> int:
    found = _frameworks(args)
    rows = [
        (
            framework.id,
            one_line(framework.title),
            str(len(framework.areas)),
            ", ".join(one_line(role.title) for role in framework.roles) or "-",
        )
        for framework in found
    ]
    headers = ("ID", "TITLE", "AREAS", "ROLES")
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(3)]
    for row in [headers, *rows]:
        print(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:>{widths[2]}}  {row[3]}")
    _report_problems(found, sys.stderr)
    return 0


def run_show(args: argparse.Namespace) -> int:
    found = _frameworks(args)
    framework = found.get(args.id)
    if framework is None:
        known = ", ".join(f.id for f in found)
        raise LederbogError(f"no framework with id '{args.id}' (known: {known})")
    role_id: str | None = None
    if args.role:
        role = framework.find_role(args.role)
        if role is None:
            roles = ", ".join(r.id for r in framework.roles)
            if not roles:
                raise LederbogError(f"framework '{framework.id}' has no roles")
            raise LederbogError(
                f"framework '{framework.id}' has no role '{args.role}' (roles: {roles})"
            )
        role_id = role.id
    width = min(shutil.get_terminal_size((100, 24)).columns, 100)
    sys.stdout.write(render_framework(framework, role_id, width))
    return 0


def run_check(args: argparse.Namespace) -> int:
    files: list[Path] = args.files
    from lederbog.frameworks import check_files

    problems = check_files(files)
    for problem in problems:
        print(one_line(str(problem)))  # one problem a line, whatever the file name holds
    bad = {problem.path for problem in problems}
    for path in files:
        if path not in bad:
            print(f"{for_display(str(path))}: ok")
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        print(f"{len(problems)} {noun} in {len(bad)} of {len(files)} files", file=sys.stderr)
        return 1
    return 0


# --- rendering a framework as plain text ---------------------------------------------


def _wrap(text: str, width: int, indent: str = "", first: str | None = None) -> list[str]:
    """Paragraphs of safe text wrapped to `width`, blank lines between paragraphs kept."""
    lines: list[str] = []
    first_indent = indent if first is None else first
    for number, paragraph in enumerate(for_display(text).split("\n\n")):
        if number:
            lines.append("")
        flat = " ".join(paragraph.split())
        lines += textwrap.wrap(
            flat,
            width=max(width, 20),
            initial_indent=first_indent if number == 0 else indent,
            subsequent_indent=indent,
            break_on_hyphens=False,
        ) or [first_indent.rstrip()]
    return lines


def _item_lines(framework: Framework, item: Item, width: int, show_role: bool) -> list[str]:
    label = f"{item.title}: " if item.title else ""
    text = f"{label}{item.text}"
    if show_role and item.role:
        role = framework.role(item.role)
        text += f" ({role.title if role else item.role})"
    if item.by:
        text += f" — {item.by}"
    lines = _wrap(text, width, indent="    ", first="  • ")
    if item.prompt:
        lines += _wrap(f"? {item.prompt}", width, indent="      ", first="    ")
    return lines


def _area_lines(framework: Framework, area: Area, role: str | None, width: int) -> list[str]:
    lines = [for_display(area.title), "-" * min(len(area.title), width)]
    if area.summary:
        lines += _wrap(area.summary, width)
    if area.prompt:
        lines += _wrap(f"Refleksion: {area.prompt}", width)
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
                lines += _item_lines(framework, item, width, show_role=False)
        else:
            for item in items:
                lines += _item_lines(framework, item, width, show_role=False)
    return lines


def render_framework(framework: Framework, role: str | None, width: int) -> str:
    """A framework as readable plain text (what `frameworks show` prints)."""
    lines = [for_display(framework.title), "=" * min(len(framework.title), width)]
    meta = [framework.organisation, f"id: {framework.id}"]
    if framework.roles:
        meta.append("roller: " + ", ".join(r.title for r in framework.roles))
    if role:
        found = framework.role(role)
        meta.append(f"vist for: {found.title if found else role}")
    lines += _wrap(" · ".join(m for m in meta if m), width)
    if framework.summary:
        lines.append("")
        lines += _wrap(framework.summary, width)
    for area in framework.areas:
        lines += ["", ""]
        lines += _area_lines(framework, area, role, width)
    for reference in framework.lists:
        lines += ["", "", for_display(reference.title), "-" * min(len(reference.title), width)]
        if reference.summary:
            lines += _wrap(reference.summary, width)
        for item in reference.items:
            lines += _item_lines(framework, item, width, show_role=False)
    if framework.source:
        lines += ["", ""]
        lines += _wrap(f"Kilde: {framework.source}", width)
    return "\n".join(lines) + "\n"
