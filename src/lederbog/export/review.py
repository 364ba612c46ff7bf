"""An export turned back into the records the leader's own figures are computed from.

`lederbog review` shows a supervisor the same figures the leader sees: it feeds
`lederbog.overview.overview()` (the function behind Oversigt) with records made
from the export, on the export's last day. Plain Python, no Textual.

What an export cannot hold is filled in the way that keeps the figures true as of
the period's end: a goal's progress before the period (when it had no check-in in
it) is carried in as a check-in on the day before the period; a goal from an export
that does not say when it was set counts from the period's first day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from lederbog.export.model import Export
from lederbog.model.framework import Area, Framework, Role
from lederbog.model.records import (
    Assessment,
    CheckIn,
    FrameworkChoice,
    Goal,
    Profile,
    Reflection,
)
from lederbog.overview import MonthProgress, Overview, overview, progress_on

_UTC = dt.UTC


@dataclass(frozen=True)
class ReviewRecords:
    """What `overview()` takes, made from one export."""

    profile: Profile
    frameworks: tuple[Framework, ...]
    goals: tuple[Goal, ...]
    reflections: tuple[Reflection, ...]
    assessments: tuple[Assessment, ...]
    today: dt.date  # the export's last day: the figures are as of then


def _midnight(day: dt.date, seconds: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), _UTC) + dt.timedelta(seconds=seconds)


def records_of(export: Export) -> ReviewRecords:
    frameworks = tuple(
        Framework(
            id=f.id,
            title=f.title or f.id,
            roles=(Role(f.role, f.role_title or f.role),) if f.role else (),
            areas=tuple(Area(a.id, a.title or a.id) for a in f.areas),
        )
        for f in export.frameworks
    )
    profile = Profile(
        name=export.name,
        organisation=export.organisation,
        language=export.language,
        frameworks=[FrameworkChoice(f.id, f.role) for f in export.frameworks],
    )
    goals = []
    for goal in export.goals:
        checkins = [CheckIn(c.date, c.progress, c.note) for c in goal.checkins]
        if not checkins and goal.progress:
            carried = export.since - dt.timedelta(days=1 if export.since > dt.date.min else 0)
            checkins.insert(0, CheckIn(carried, goal.progress))
        created = goal.created or export.since
        goals.append(
            Goal(
                id=goal.id,
                created=_midnight(min(created, export.until)),
                framework=goal.framework,
                area=goal.area,
                title=goal.title,
                why=goal.why,
                success=goal.success,
                due=goal.due,
                status=goal.status,  # type: ignore[arg-type]  # checked by the reader
                items=list(goal.items),
                checkins=checkins,
            )
        )
    reflections = tuple(
        Reflection(
            id=r.id or f"shared-{n}",
            created=_midnight(r.date),
            date=r.date,
            text=r.text,
            areas=list(r.areas),
            goals=list(r.goals),
            items=list(r.items),
            tags=list(r.tags),
            prompt=r.prompt,
            shared=True,
        )
        for n, r in enumerate(export.reflections)
    )
    # The export lists assessments in the order they were made: keep it for equal dates.
    assessments = tuple(
        Assessment(
            id=f"assessment-{n}",
            created=_midnight(a.date, n),
            date=a.date,
            framework=a.framework,
            scores=dict(a.scores),
            notes=dict(a.notes),
        )
        for n, a in enumerate(export.assessments)
    )
    return ReviewRecords(profile, frameworks, tuple(goals), reflections, assessments, export.until)


def figures_of(records: ReviewRecords, since: dt.date | None = None) -> Overview:
    """The leader's Oversigt figures, as of the export's last day.

    With `since` (the period's first day), the months of the progress chart that
    ended before it are left empty: the export holds no check-ins from then.
    """
    figures = overview(
        records.profile,
        records.frameworks,
        records.goals,
        records.reflections,
        records.assessments,
        records.today,
    )
    if since is None:
        return figures
    months = tuple(
        m if _month_last_day(m.month) >= since else MonthProgress(m.month, None, 0)
        for m in figures.progress_by_month
    )
    return replace(figures, progress_by_month=months)


def _month_last_day(first: dt.date) -> dt.date:
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


@dataclass(frozen=True)
class LeaderSummary:
    """One row of `lederbog review --summary` and of the review's table of leaders."""

    name: str
    organisation: str
    since: dt.date
    until: dt.date
    active_goals: int
    done_goals: int
    progress: int | None  # average over the active goals; None without any
    last_checkin: dt.date | None
    shared: int
    reflections_total: int
    rating: float | None  # the average of the latest self-rating of each area rated


def summary_of(export: Export, records: ReviewRecords | None = None) -> LeaderSummary:
    records = records or records_of(export)
    figures = figures_of(records, export.since)
    areas = figures.areas
    known = {(a.framework, a.area) for a in areas}
    active = [g for g in records.goals if g.status == "active" and (g.framework, g.area) in known]
    progresses = [progress_on(g, records.today) for g in active]
    checkins = [c.date for g in export.goals for c in g.checkins if c.date <= records.today]
    ratings = [a.rating for a in areas if a.rating is not None]
    return LeaderSummary(
        name=export.name,
        organisation=export.organisation,
        since=export.since,
        until=export.until,
        active_goals=len(active),  # the same count as the areas' in Oversigt
        done_goals=sum(a.done_goals for a in areas),
        progress=round(sum(progresses) / len(progresses)) if progresses else None,
        last_checkin=max(checkins, default=None),
        shared=len(export.reflections),
        reflections_total=export.reflections_total,
        rating=sum(ratings) / len(ratings) if ratings else None,
    )


# --- the table of leaders, as text (`review --summary`) ------------------------------


def period_text(since: dt.date, until: dt.date, lang: str) -> str:
    from lederbog.dates import format_date

    start = format_date(since, lang, year=since.year != until.year)
    return f"{start}–{format_date(until, lang)}"


def summary_cells(row: LeaderSummary, lang: str) -> list[str]:
    """The cells of one leader's row, as the reviewer reads them (user text made safe)."""
    from lederbog.dates import format_date
    from lederbog.i18n import t
    from lederbog.text import one_line

    none = t(lang, "review.none")
    progress = none
    if row.progress is not None:
        progress = f"{row.progress} %" if lang == "da" else f"{row.progress}%"
    checkin = none
    if row.last_checkin is not None:
        checkin = format_date(row.last_checkin, lang, year=row.last_checkin.year != row.until.year)
    rating = none
    if row.rating is not None:
        rating = f"{row.rating:.1f}"
        rating = rating.replace(".", ",") if lang == "da" else rating
    return [
        one_line(row.name) or t(lang, "review.anon"),
        period_text(row.since, row.until, lang),
        f"{row.active_goals}/{row.done_goals}",
        progress,
        checkin,
        t(lang, "review.shared", shared=row.shared, total=row.reflections_total),
        rating,
    ]


SUMMARY_COLUMNS = ("leader", "period", "goals", "progress", "checkin", "shared", "rating")


def summary_table(rows: list[LeaderSummary], lang: str, width: int = 80) -> list[str]:
    """The lines of the table: a heading, one row per leader, fitting `width` columns
    (the leader's name is cut with '…' when the rest leaves too little room)."""
    from lederbog.i18n import t

    heading = [t(lang, f"review.col.{c}") for c in SUMMARY_COLUMNS]
    table = [heading] + [summary_cells(row, lang) for row in rows]
    widths = [max(len(cells[n]) for cells in table) for n in range(len(heading))]
    gap = 2
    room = width - sum(widths[1:]) - gap * (len(widths) - 1)
    widths[0] = max(min(widths[0], room), 8)
    lines = []
    for cells in table:
        name = cells[0]
        if len(name) > widths[0]:
            name = name[: widths[0] - 1] + "…"
        parts = [name.ljust(widths[0])]
        for n, cell in enumerate(cells[1:], start=1):
            # Text left, figures right.
            parts.append(cell.ljust(widths[n]) if n == 1 else cell.rjust(widths[n]))
        lines.append((" " * gap).join(parts).rstrip())
    return lines


@dataclass(frozen=True)
class AreaRow:
    """One area of one leader in the review's table of leaders."""

    framework: str
    area: str
    title: str
    active_goals: int
    progress: int | None
    last_checkin: dt.date | None
    shared: int  # shared reflections linked to the area
    rating: int | None


def area_rows(export: Export, figures: Overview) -> list[AreaRow]:
    """The areas the leader has shared anything in (goals, ratings, reflections)."""
    rows = []
    for area in figures.areas:
        key = (area.framework, area.area)
        checkins = [
            c.date for g in export.goals if (g.framework, g.area) == key for c in g.checkins
        ]
        link = f"{area.framework}/{area.area}"
        shared = sum(1 for r in export.reflections if link in r.areas)
        has_goals = any((g.framework, g.area) == key for g in export.goals)
        if not (has_goals or shared or area.rating is not None):
            continue
        rows.append(
            AreaRow(
                framework=area.framework,
                area=area.area,
                title=area.title,
                active_goals=area.active_goals,
                progress=area.progress,
                last_checkin=max(checkins, default=None),
                shared=shared,
                rating=area.rating,
            )
        )
    return rows
