"""`gather()`: the one place that decides what an export holds (no Textual, no formats)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from lederbog.export.model import (
    Export,
    ExportArea,
    ExportAssessment,
    ExportCheckIn,
    ExportFramework,
    ExportGoal,
    ExportItem,
    ExportReflection,
)
from lederbog.frameworks import FrameworkSet
from lederbog.model.records import Assessment, Goal, Profile, Reflection
from lederbog.overview import progress_on


def _split_item(reference: str, default_framework: str) -> tuple[str, str]:
    framework, slash, item = reference.partition("/")
    return (framework, item) if slash else (default_framework, reference)


def gather(
    *,
    profile: Profile | None,
    frameworks: FrameworkSet,
    goals: Iterable[Goal],
    reflections: Iterable[Reflection],
    assessments: Iterable[Assessment],
    since: dt.date,
    until: dt.date,
    generated: dt.datetime,
    only_frameworks: Sequence[str] | None = None,
    language: str = "da",
) -> Export:
    """What the leader shares for the period `since`..`until` (both included).

    Goals: those made by `until` that are still being worked on (active, paused),
    or that were made or checked in on in the period, with their check-ins in it.
    Assessments dated in the period. Reflections dated in the period and marked
    shared, and only those.
    `only_frameworks` limits everything to those frameworks.
    """

    def wanted(framework_id: str) -> bool:
        return only_frameworks is None or framework_id in only_frameworks

    def in_period(day: dt.date) -> bool:
        return since <= day <= until

    chosen_goals: list[ExportGoal] = []
    for goal in sorted(goals, key=lambda g: (g.framework, g.area, g.created)):
        if not wanted(goal.framework) or goal.created.date() > until:
            continue
        checkins = sorted((c for c in goal.checkins if in_period(c.date)), key=lambda c: c.date)
        current = goal.status in ("active", "paused")
        if not (current or checkins or in_period(goal.created.date())):
            continue
        # As Oversigt counts it (the same function), so review shows the leader's figure.
        progress = progress_on(goal, until)
        chosen_goals.append(
            ExportGoal(
                id=goal.id,
                framework=goal.framework,
                area=goal.area,
                title=goal.title,
                status=goal.status,
                progress=progress,
                why=goal.why,
                success=goal.success,
                due=goal.due,
                items=tuple(goal.items),
                checkins=tuple(ExportCheckIn(c.date, c.progress, c.note) for c in checkins),
                created=goal.created.date(),
            )
        )
    chosen_assessments = [
        ExportAssessment(a.date, a.framework, dict(a.scores), dict(a.notes))
        for a in sorted(assessments, key=lambda a: (a.date, a.created))
        if wanted(a.framework) and in_period(a.date)
    ]
    total = 0
    shared: list[ExportReflection] = []
    for reflection in sorted(reflections, key=lambda r: (r.date, r.created)):
        if not in_period(reflection.date):
            continue
        total += 1
        if not reflection.shared:
            continue  # private: nothing of it leaves, not even its areas
        areas = tuple(a for a in reflection.areas if wanted(a.partition("/")[0]))
        if only_frameworks is not None and reflection.areas and not areas:
            continue
        shared.append(
            ExportReflection(
                date=reflection.date,
                text=reflection.text,
                areas=areas,
                goals=tuple(reflection.goals),
                items=tuple(reflection.items),
                tags=tuple(reflection.tags),
                prompt=reflection.prompt,
                id=reflection.id,
            )
        )

    # The frameworks: the leader's, then any other that what is shared refers to.
    roles = {c.id: c.role for c in profile.frameworks} if profile else {}
    order = [fid for fid in roles if fid and wanted(fid)]
    referred = [g.framework for g in chosen_goals] + [a.framework for a in chosen_assessments]
    referred += [a.partition("/")[0] for r in shared for a in r.areas]
    for fid in referred:
        # An area written without its framework ("" or "/x") names no framework: an
        # entry without an id would be an export no reader accepts.
        if fid and fid not in order:
            order.append(fid)
    items_of: dict[str, list[str]] = {}
    for goal_out in chosen_goals:
        items_of.setdefault(goal_out.framework, []).extend(goal_out.items)
    for reflection_out in shared:
        for reference in reflection_out.items:
            fid, item_id = _split_item(reference, "")
            if fid:
                items_of.setdefault(fid, []).append(item_id)
                if fid not in order:
                    order.append(fid)
    out_frameworks: list[ExportFramework] = []
    for fid in order:
        framework = frameworks.get(fid)
        role = roles.get(fid, "")
        if framework is None:  # a framework the leader no longer has: keep the ids readable
            out_frameworks.append(ExportFramework(id=fid, title=fid, role=role, role_title=role))
            continue
        found = framework.role(role) if role else None
        items: list[ExportItem] = []
        for item_id in dict.fromkeys(items_of.get(fid, [])):
            hit = framework.item(item_id)
            if hit is not None:
                items.append(ExportItem(item_id, hit[1].text))
        out_frameworks.append(
            ExportFramework(
                id=fid,
                title=framework.title,
                role=role,
                role_title=found.title if found else "",
                areas=tuple(ExportArea(a.id, a.title) for a in framework.areas),
                items=tuple(items),
            )
        )
    return Export(
        name=profile.name if profile else "",
        organisation=profile.organisation if profile else "",
        language=language,
        since=since,
        until=until,
        generated=generated,
        frameworks=tuple(out_frameworks),
        goals=tuple(chosen_goals),
        assessments=tuple(chosen_assessments),
        reflections=tuple(shared),
        reflections_total=total,
    )
