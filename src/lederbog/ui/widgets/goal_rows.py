"""How a goal looks as a row of the Mål list, and in detail: plain Rich text, no widgets.

Everything a person wrote goes through `one_line` / `for_display` and into `Text`
(never markup), so a title such as "[b]x[/]" shows as typed.
"""

from __future__ import annotations

import datetime as dt

from rich.text import Text

from lederbog import goals as rules
from lederbog.dates import days_ago, days_until, format_date
from lederbog.frameworks import FrameworkSet
from lederbog.i18n import t
from lederbog.model.records import Goal
from lederbog.text import for_display, one_line

BAR_WIDTH = 10


def bar(progress: int, width: int = BAR_WIDTH) -> str:
    """██████░░░░ for 60 %."""
    filled = round(max(0, min(progress, 100)) * width / 100)
    return "█" * filled + "░" * (width - filled)


def status_name(status: str, lang: str) -> str:
    return t(lang, f"goals.status.{status}")


def due_text(goal: Goal, today: dt.date, lang: str) -> Text:
    """'frist 31. mar. 2027 (om 120 dage)', in the warning colour when overdue."""
    if goal.due is None:
        return Text(t(lang, "goals.no_due"), style="dim")
    when = t(lang, "goals.due", date=format_date(goal.due, lang))
    if not rules.is_open(goal):
        return Text(when, style="dim")
    text = Text(when)
    style = "bold red" if rules.is_overdue(goal, today) else ""
    text.append(f" ({days_until(goal.due, today, lang)})", style=style)
    return text


def group_heading(group: rules.Group, lang: str) -> Text:
    if group.area is not None and group.framework is not None:
        area = one_line(group.area.title, 60)
        framework = one_line(group.framework.title, 30)
    else:
        area = one_line(group.area_id, 60)
        framework = one_line(group.framework.title if group.framework else group.framework_id, 30)
        area = f"{area} ({t(lang, 'goals.unknown_area')})"
    text = Text(area, style="bold")
    text.append(f"  ·  {framework}", style="dim")
    return text


def goal_row(goal: Goal, today: dt.date, lang: str) -> Text:
    """Two lines: the title and status; the bar, the number, the due date, the last check-in."""
    text = Text("  ")
    text.append(one_line(goal.title, 120), style="bold" if goal.status == "active" else "")
    text.append(f"  · {status_name(goal.status, lang)}", style="dim")
    text.append("\n    ")
    progress = goal.progress
    text.append(bar(progress))
    text.append(f" {progress:>3} %  ")
    text.append_text(due_text(goal, today, lang))
    last = rules.last_checkin_date(goal)
    text.append("  ·  ", style="dim")
    if last is None:
        text.append(t(lang, "goals.no_checkins"), style="dim")
    else:
        text.append(t(lang, "goals.last_checkin", date=format_date(last, lang)))
    return text


def goal_detail(goal: Goal, frameworks: FrameworkSet, today: dt.date, lang: str) -> Text:
    """The goal's text: where it is set, status, due, why, success and the items it works on."""
    framework = frameworks.get(goal.framework)
    area = framework.area(goal.area) if framework is not None else None
    text = Text(for_display(goal.title), style="bold")
    text.append("\n")
    place = [
        one_line(framework.title if framework else goal.framework),
        one_line(area.title if area else goal.area),
    ]
    text.append(" · ".join(place), style="dim")
    text.append("\n\n")
    text.append(t(lang, "goals.detail.status") + " ", style="bold")
    text.append(status_name(goal.status, lang))
    if goal.status_changes:
        changes = ", ".join(
            t(
                lang,
                "goals.detail.change",
                date=format_date(c.date, lang),
                status=status_name(c.status, lang).lower(),
            )
            for c in goal.status_changes[-4:]
        )
        text.append(f"  ({changes})", style="dim")
    text.append("\n")
    text.append(t(lang, "goals.detail.progress") + " ", style="bold")
    text.append(f"{bar(goal.progress)} {goal.progress} %")
    last = rules.last_checkin_date(goal)
    if last is not None:
        text.append(
            "  " + t(lang, "goals.detail.last", when=days_ago(last, today, lang)), style="dim"
        )
    text.append("\n")
    text.append(t(lang, "goals.detail.due") + " ", style="bold")
    if goal.due is None:
        text.append(t(lang, "goals.detail.no_due"), style="dim")
    else:
        text.append(format_date(goal.due, lang))
        if rules.is_open(goal):
            style = "bold red" if rules.is_overdue(goal, today) else ""
            text.append(f" ({days_until(goal.due, today, lang)})", style=style)
    text.append("\n")
    for key, value in (("goals.detail.why", goal.why), ("goals.detail.success", goal.success)):
        text.append("\n")
        text.append(t(lang, key), style="bold")
        text.append("\n")
        if value.strip():
            text.append(for_display(value).strip("\n"))
        else:
            text.append(t(lang, "goals.detail.empty"), style="dim")
        text.append("\n")
    linked = rules.linked_items(goal, frameworks)
    if linked:
        text.append("\n")
        text.append(t(lang, "goals.detail.items"), style="bold")
        for item_id, item in linked:
            text.append("\n • ")
            if item is None:
                text.append(t(lang, "goals.detail.item_missing", id=one_line(item_id, 60)))
            else:
                text.append(one_line(item.text))
        text.append("\n")
    return text


def checkin_list(goal: Goal, lang: str) -> Text:
    """The check-ins newest first, each with its note."""
    text = Text(t(lang, "goals.detail.checkins", count=len(goal.checkins)), style="bold")
    if not goal.checkins:
        text.append("\n")
        text.append(t(lang, "goals.detail.no_checkins"), style="dim")
        return text
    for checkin in rules.history(goal):
        text.append("\n")
        text.append(f"{format_date(checkin.date, lang)}", style="bold")
        text.append(f"  {bar(checkin.progress)} {checkin.progress} %")
        note = for_display(checkin.note).strip("\n")
        if note:
            for line in note.splitlines():
                text.append(f"\n    {line}")
    return text


def copies_text(copies: list[tuple[str, Goal | None]], lang: str) -> Text:
    """The conflict copies of a goal: where each is and what it holds, so both can be seen."""
    text = Text(t(lang, "goals.detail.copies"), style="bold")
    for name, copy in copies:
        text.append("\n • ")
        text.append(one_line(name))
        if copy is None:
            text.append(" " + t(lang, "goals.detail.copy_unreadable"), style="dim")
            continue
        text.append(
            "\n   "
            + t(
                lang,
                "goals.detail.copy",
                title=one_line(copy.title, 80),
                count=len(copy.checkins),
                progress=copy.progress,
                status=status_name(copy.status, lang).lower(),
            )
        )
    return text
