"""The export as Markdown: readable as plain text in a mail, and rendered.

Everything a person wrote is escaped, so `*`, `#`, `[x](y)` or `<b>` show as typed
in a Markdown viewer, and control characters never reach a terminal.
"""

from __future__ import annotations

import re

from lederbog.export import text as shown
from lederbog.export.model import Export, ExportGoal, ExportReflection
from lederbog.export.text import AreaBlock
from lederbog.i18n import t
from lederbog.text import for_display

# Marks that mean something anywhere in a line, and those that do only at its start.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_LINE_START = re.compile(r"^(\s*)(?:([#>+=-])|(\d+)([.)]))")


def _line_start(match: re.Match[str]) -> str:
    # "\-" for a mark; "1\." for an ordered list's number (a backslash before a digit
    # is shown as typed in CommonMark, so the full stop is what gets escaped).
    if match.group(2):
        return f"{match.group(1)}\\{match.group(2)}"
    return f"{match.group(1)}{match.group(3)}\\{match.group(4)}"


def escape(value: str, *, at_start: bool = False) -> str:
    """User text for Markdown: every mark that means something is backslash-escaped.

    CommonMark lets any ASCII punctuation be escaped; `&` and `<` escaped too keep
    HTML out. Only what could mean something is escaped, so the plain text of a mail
    stays readable ("1. dec." mid-line is left alone, "1." at a line's start is not).
    Line breaks are kept as hard breaks (two spaces at the line's end). `at_start`:
    the text begins a line of the output (else it follows a label on its line).
    """
    cleaned = for_display(value).replace("\r\n", "\n").replace("\r", "\n")
    lines = _INLINE.sub(r"\\\1", cleaned).split("\n")
    for n, line in enumerate(lines):
        if n or at_start:
            lines[n] = _LINE_START.sub(_line_start, line)
    return "  \n".join(lines)


def render(export: Export) -> str:
    lang = export.language
    if export.name:
        title = t(lang, "export.title", name=export.name)
    else:
        title = t(lang, "export.title.anon")
    out: list[str] = [f"# {escape(title)}", ""]
    if export.organisation:
        out += [escape(export.organisation, at_start=True), ""]
    out += [f"{escape(t(lang, 'export.period'))}: {escape(shown.period(export))}  "]
    out += [escape(shown.shared_count(export), at_start=True), ""]
    if export.is_empty:
        out += [escape(t(lang, "export.nothing"), at_start=True), ""]
    areas, loose = shown.blocks(export)
    current = None
    for block in areas:
        if block.framework is not current:
            current = block.framework
            role = f" — {current.role_title}" if current.role_title else ""
            out += [f"## {escape(current.title + role)}", ""]
        out += _area(export, block)
    if loose:
        out += [f"## {escape(t(lang, 'export.other_reflections'))}", ""]
        for reflection in loose:
            out += _reflection(export, reflection)
    return "\n".join(out).rstrip() + "\n"


def _area(export: Export, block: AreaBlock) -> list[str]:
    lang = export.language
    out = [f"### {escape(block.title)}", ""]  # a heading's text cannot start a list
    for goal in block.goals:
        out += _goal(export, block, goal)
    if block.goals:
        out.append("")
    if block.ratings:
        out += [f"{escape(t(lang, 'export.ratings'))}:", ""]
        for day, score, note in block.ratings:
            suffix = f" — {escape(note)}" if note else ""
            out.append(f"- {escape(shown.date(day, lang))}: {score}/5{suffix}")
        out.append("")
    for reflection in block.reflections:
        out += _reflection(export, reflection)
    return out


def _goal(export: Export, block: AreaBlock, goal: ExportGoal) -> list[str]:
    lang = export.language
    line = f"- **{escape(goal.title)}** — {goal.progress} %, {escape(shown.status(goal, lang))}"
    if goal.due:
        line += f", {escape(t(lang, 'export.due', date=shown.date(goal.due, lang)))}"
    out = [line]
    for label, value in (("export.why", goal.why), ("export.success", goal.success)):
        if value:
            out.append(f"  - {escape(t(lang, label))}: {escape(value)}")
    for item in goal.items:
        item_text = block.framework.item_text(item)
        out.append(f"  - {escape(t(lang, 'export.item'))}: {escape(item_text)}")
    for checkin in goal.checkins:
        note = f" — {escape(checkin.note)}" if checkin.note else ""
        out.append(f"  - {escape(shown.date(checkin.date, lang))}: {checkin.progress} %{note}")
    return out


def _reflection(export: Export, reflection: ExportReflection) -> list[str]:
    lang = export.language
    heading = t(lang, "export.reflection", date=shown.date(reflection.date, lang))
    lines = [f"#### {escape(heading)}", ""]
    if reflection.prompt:
        lines += [f"*{escape(reflection.prompt)}*", ""]
    quoted = escape(reflection.text, at_start=True).replace("\n", "\n> ")
    lines += [f"> {quoted}", ""]
    if reflection.tags:
        lines += [escape(" ".join(f"#{tag}" for tag in reflection.tags), at_start=True), ""]
    return lines
