"""What every format shows the same way: labels in the leader's language, statuses, counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lederbog.dates import format_date
from lederbog.export.model import Export, ExportFramework, ExportGoal, ExportReflection
from lederbog.i18n import t


def period(export: Export) -> str:
    lang = export.language
    return f"{format_date(export.since, lang)} – {format_date(export.until, lang)}"


def status(goal: ExportGoal, lang: str) -> str:
    return t(lang, f"export.status.{goal.status}")


def shared_count(export: Export) -> str:
    return t(
        export.language,
        "export.shared_count",
        shared=len(export.reflections),
        total=export.reflections_total,
    )


def date(day: dt.date | None, lang: str) -> str:
    return format_date(day, lang) if day else ""


@dataclass(frozen=True)
class AreaBlock:
    """One area of the export with everything about it, in the framework's order."""

    framework: ExportFramework
    id: str
    title: str
    goals: list[ExportGoal]
    ratings: list[tuple[dt.date, int, str]]  # (date, score, note), oldest first
    reflections: list[ExportReflection]


@dataclass(frozen=True)
class AreaSummary:
    """One row of the export's first table."""

    framework: str
    area: str
    goals: int  # goals worked on in the period (not dropped)
    progress: int | None  # their average latest progress, None without goals
    rating: int | None  # the latest self-rating in the period
    reflections: int  # shared reflections about the area


def summary(areas: list[AreaBlock]) -> list[AreaSummary]:
    rows = []
    for block in areas:
        worked = [g for g in block.goals if g.status != "dropped"]
        progress = round(sum(g.progress for g in worked) / len(worked)) if worked else None
        rating = block.ratings[-1][1] if block.ratings else None
        rows.append(
            AreaSummary(
                block.framework.title,
                block.title,
                len(worked),
                progress,
                rating,
                len(block.reflections),
            )
        )
    return rows


def blocks(export: Export) -> tuple[list[AreaBlock], list[ExportReflection]]:
    """The areas that have something in the period, and the shared reflections tied to none.

    Every goal, rating and shared reflection appears exactly once: a reflection under
    the first of its areas the export knows; a goal or rating for an area the
    framework no longer has under an area block titled by its id.
    """
    found: dict[tuple[str, str], AreaBlock] = {}
    order: list[tuple[str, str]] = []
    for framework in export.frameworks:
        for area in framework.areas:
            order.append((framework.id, area.id))

    def block(framework_id: str, area_id: str) -> AreaBlock | None:
        key = (framework_id, area_id)
        if key not in found:
            framework = export.framework(framework_id)
            if framework is None:
                return None
            if key not in order:
                order.append(key)
            found[key] = AreaBlock(framework, area_id, framework.area_title(area_id), [], [], [])
        return found[key]

    for goal in export.goals:
        target = block(goal.framework, goal.area)
        if target is not None:
            target.goals.append(goal)
    for assessment in export.assessments:
        for area_id, score in assessment.scores.items():
            target = block(assessment.framework, area_id)
            if target is not None:
                target.ratings.append((assessment.date, score, assessment.notes.get(area_id, "")))
    loose: list[ExportReflection] = []
    for reflection in export.reflections:
        for reference in reflection.areas:
            framework_id, _, area_id = reference.partition("/")
            target = block(framework_id, area_id)
            if target is not None:
                target.reflections.append(reflection)
                break
        else:
            loose.append(reflection)
    return [found[key] for key in order if key in found], loose
