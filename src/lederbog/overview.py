"""The figures of Oversigt, computed from records: plain Python, no Textual.

`overview(...)` is a pure function of the leader's records and a `today`, so the
workbook's dashboard, the review of an export and the HTML export can show the
same figures. Reading the records is `load_records` (which the workbook runs in a
thread); computing them is `overview`.

What the figures mean:
- a goal's progress is its latest check-in's (0 before the first);
- an area's progress is the average over its *active* goals (paused, done and
  dropped goals are not being worked on); done goals are counted apart;
- the progress of a month is the average progress, at the end of that month, of
  the goals being worked on then: created by then, not dropped, and (when done or
  paused) not past their last check-in;
- an area was "touched" by a reflection linked to it, a check-in or a new goal in
  it, or a self-rating of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from lederbog.model.framework import Framework
from lederbog.model.records import Assessment, Goal, Profile

if TYPE_CHECKING:
    from lederbog.assessments import Due
    from lederbog.workbook import Workbook

DUE_WITHIN_DAYS = 30
YEAR_AGO_WINDOW_DAYS = 7
MONTHS = 12
UNTOUCHED_SHOWN = 5
FIRST_LINES = 3


class ReflectionLike(Protocol):
    """What the overview needs of a reflection: a Reflection, or the index's Hit."""

    @property
    def id(self) -> str: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def areas(self) -> list[str]: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class AreaFigures:
    framework: str  # framework id
    area: str  # area id
    title: str  # the area's title
    active_goals: int
    done_goals: int
    progress: int | None  # average progress of the active goals; None without any
    last_reflection: dt.date | None
    days_since_reflection: int | None
    rating: int | None  # the latest self-rating (1-5)
    rating_date: dt.date | None
    previous_rating: int | None  # the one before it, from the framework's previous assessment
    last_touched: dt.date | None

    @property
    def trend(self) -> int | None:
        """+/- change since the previous assessment; None with fewer than two ratings."""
        if self.rating is None or self.previous_rating is None:
            return None
        return self.rating - self.previous_rating


@dataclass(frozen=True)
class FrameworkFigures:
    framework: str
    title: str
    role: str  # the leader's role id in it ("" for none)
    role_title: str
    areas: tuple[AreaFigures, ...]


@dataclass(frozen=True)
class DueGoal:
    id: str
    title: str
    due: dt.date
    days_left: int  # negative when overdue
    framework: str
    area: str
    progress: int


@dataclass(frozen=True)
class MonthProgress:
    month: dt.date  # the first day of the month
    progress: float | None  # None when no goal was being worked on that month
    goals: int  # how many goals the average is over


@dataclass(frozen=True)
class YearAgo:
    id: str
    date: dt.date
    first_lines: tuple[str, ...]
    areas: tuple[str, ...]


@dataclass(frozen=True)
class Overview:
    name: str
    organisation: str
    today: dt.date
    frameworks: tuple[FrameworkFigures, ...]
    progress_by_month: tuple[MonthProgress, ...]
    due_soon: tuple[DueGoal, ...]  # due within DUE_WITHIN_DAYS, soonest first
    overdue: tuple[DueGoal, ...]  # the most recently due first
    untouched: tuple[AreaFigures, ...]  # never touched first, then longest ago
    year_ago: YearAgo | None
    goals: int = 0  # every goal in the leader's frameworks, whatever its status
    reflections: int = 0
    assessments: int = 0
    problems: tuple[str, ...] = field(default=())  # files that could not be read
    # The frameworks due for a new self-assessment (lederbog.assessments.Due: never
    # assessed, or last assessed more than `assessment_months` ago), in the leader's order.
    assessment_due: tuple[Due, ...] = ()
    assessment_months: int = 3

    @property
    def areas(self) -> tuple[AreaFigures, ...]:
        return tuple(area for fw in self.frameworks for area in fw.areas)


def _month_start(day: dt.date, back: int = 0) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_end(first: dt.date) -> dt.date:
    return _month_start(first, -1) - dt.timedelta(days=1)


def progress_on(goal: Goal, day: dt.date) -> int:
    """The goal's progress as of `day`: its latest check-in up to then (0 before any)."""
    best: tuple[dt.date, int] | None = None
    for checkin in goal.checkins:
        if checkin.date <= day and (best is None or checkin.date >= best[0]):
            best = (checkin.date, checkin.progress)
    return best[1] if best is not None else 0


def _worked_on(goal: Goal, first: dt.date, last: dt.date) -> bool:
    """Whether the goal was being worked on in the month first..last."""
    if goal.status == "dropped" or goal.created.date() > last:
        return False
    if goal.status == "active":
        return True
    # Done or paused: worked on until its last check-in (or its creation, without one).
    ended = max((c.date for c in goal.checkins), default=goal.created.date())
    return ended >= first


def year_ago_day(today: dt.date) -> dt.date:
    try:
        return today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28)


def first_lines(text: str, count: int = FIRST_LINES) -> tuple[str, ...]:
    lines = [line.strip() for line in text.splitlines()]
    return tuple(line for line in lines if line)[:count]


def overview(
    profile: Profile | None,
    frameworks: Sequence[Framework],
    goals: Iterable[Goal],
    reflections: Iterable[ReflectionLike],
    assessments: Iterable[Assessment],
    today: dt.date,
    *,
    problems: Sequence[str] = (),
) -> Overview:
    """Every figure of Oversigt for the leader's `frameworks` (in the profile's order)."""
    from lederbog.assessments import due_frameworks, interval_months

    assessments = list(assessments)  # read twice: ratings, and when one is due
    interval = interval_months(profile)
    leader = {fw.id: fw for fw in frameworks}
    roles = {c.id: c.role for c in profile.frameworks} if profile is not None else {}
    keys = [(fw.id, area.id) for fw in frameworks for area in fw.areas]
    known = set(keys)

    goals_here = [g for g in goals if (g.framework, g.area) in known]
    touched: dict[tuple[str, str], dt.date] = {}

    def touch(key: tuple[str, str], day: dt.date) -> None:
        if key in known and day <= today and (key not in touched or touched[key] < day):
            touched[key] = day

    active: dict[tuple[str, str], list[int]] = {}
    done: dict[tuple[str, str], int] = {}
    for goal in goals_here:
        key = (goal.framework, goal.area)
        touch(key, goal.created.date())
        for checkin in goal.checkins:
            touch(key, checkin.date)
        if goal.status == "active":
            active.setdefault(key, []).append(progress_on(goal, today))
        elif goal.status == "done":
            done[key] = done.get(key, 0) + 1

    last_reflection: dict[tuple[str, str], dt.date] = {}
    reflection_count = 0
    window = dt.timedelta(days=YEAR_AGO_WINDOW_DAYS)
    target = year_ago_day(today)
    nearest: ReflectionLike | None = None
    for reflection in reflections:
        if reflection.date > today:
            continue
        reflection_count += 1
        for link in reflection.areas:
            framework_id, _, area_id = link.partition("/")
            key = (framework_id, area_id)
            if key in known and (
                key not in last_reflection or last_reflection[key] < reflection.date
            ):
                last_reflection[key] = reflection.date
            touch(key, reflection.date)
        distance = abs((reflection.date - target).days)
        if distance <= window.days and (
            nearest is None
            or distance < abs((nearest.date - target).days)
            or (distance == abs((nearest.date - target).days) and reflection.date < nearest.date)
        ):
            nearest = reflection

    # The latest two assessments of each framework give each area's rating and its trend.
    by_framework: dict[str, list[Assessment]] = {}
    assessment_count = 0
    for assessment in assessments:
        if assessment.framework in leader and assessment.date <= today:
            by_framework.setdefault(assessment.framework, []).append(assessment)
            assessment_count += 1
            for area_id in assessment.scores:
                touch((assessment.framework, area_id), assessment.date)
    ratings: dict[tuple[str, str], tuple[int, dt.date, int | None]] = {}
    for framework_id, found in by_framework.items():
        found.sort(key=lambda a: (a.date, a.created))
        for area_id in {area.id for area in leader[framework_id].areas}:
            rated = [a for a in found if area_id in a.scores]
            if rated:
                latest = rated[-1]
                previous = rated[-2].scores[area_id] if len(rated) > 1 else None
                ratings[(framework_id, area_id)] = (latest.scores[area_id], latest.date, previous)

    framework_figures = []
    for fw in frameworks:
        role_id = roles.get(fw.id, "")
        role = fw.role(role_id) if role_id else None
        areas = []
        for area in fw.areas:
            key = (fw.id, area.id)
            progresses = active.get(key, [])
            seen = last_reflection.get(key)
            rating = ratings.get(key)
            areas.append(
                AreaFigures(
                    framework=fw.id,
                    area=area.id,
                    title=area.title,
                    active_goals=len(progresses),
                    done_goals=done.get(key, 0),
                    progress=round(sum(progresses) / len(progresses)) if progresses else None,
                    last_reflection=seen,
                    days_since_reflection=(today - seen).days if seen is not None else None,
                    rating=rating[0] if rating else None,
                    rating_date=rating[1] if rating else None,
                    previous_rating=rating[2] if rating else None,
                    last_touched=touched.get(key),
                )
            )
        framework_figures.append(
            FrameworkFigures(
                framework=fw.id,
                title=fw.title,
                role=role.id if role else "",
                role_title=role.title if role else "",
                areas=tuple(areas),
            )
        )

    months = []
    for back in range(MONTHS - 1, -1, -1):
        first = _month_start(today, back)
        last = min(_month_end(first), today)
        values = [progress_on(g, last) for g in goals_here if _worked_on(g, first, last)]
        months.append(
            MonthProgress(first, sum(values) / len(values) if values else None, len(values))
        )

    due_soon, overdue = [], []
    for goal in goals_here:
        if goal.status != "active" or goal.due is None:
            continue
        days_left = (goal.due - today).days
        entry = DueGoal(
            goal.id, goal.title, goal.due, days_left, goal.framework, goal.area,
            progress_on(goal, today),
        )  # fmt: skip
        if days_left < 0:
            overdue.append(entry)
        elif days_left <= DUE_WITHIN_DAYS:
            due_soon.append(entry)
    due_soon.sort(key=lambda g: (g.due, g.title))
    overdue.sort(key=lambda g: (-g.due.toordinal(), g.title))  # the freshest first

    every_area = [area for fw in framework_figures for area in fw.areas]
    order = {key: n for n, key in enumerate(keys)}
    untouched = sorted(
        every_area,
        key=lambda a: (
            a.last_touched is not None,
            a.last_touched or dt.date.min,
            order[(a.framework, a.area)],
        ),
    )[:UNTOUCHED_SHOWN]

    year_ago = None
    if nearest is not None:
        year_ago = YearAgo(
            nearest.id, nearest.date, first_lines(nearest.text), tuple(nearest.areas)
        )

    return Overview(
        name=profile.name if profile is not None else "",
        organisation=profile.organisation if profile is not None else "",
        today=today,
        frameworks=tuple(framework_figures),
        progress_by_month=tuple(months),
        due_soon=tuple(due_soon),
        overdue=tuple(overdue),
        untouched=tuple(untouched),
        year_ago=year_ago,
        goals=len(goals_here),
        reflections=reflection_count,
        assessments=assessment_count,
        problems=tuple(problems),
        assessment_due=tuple(due_frameworks(frameworks, assessments, today, interval)),
        assessment_months=interval,
    )


def load_overview(
    workbook: Workbook, cache: Path | None = None, *, today: dt.date | None = None
) -> Overview:
    """Read the leader's records and compute the overview (slow: run it off the UI thread).

    Goals and assessments come from their files; reflections from the search index in
    the cache folder, which reads only the files changed since it was last brought up
    to date (and their text only for "a year ago").
    """
    from lederbog import paths
    from lederbog.store.index import Index, Query

    day = today or workbook.today()
    store = workbook.store
    goals = store.goals()
    from lederbog.assessments import cache_for  # shared with Selvevaluering

    assessments = store.assessments(cache=cache_for(store.root))
    problems = [str(p) for p in (*goals.problems, *assessments.problems)]
    index = Index(store, cache if cache is not None else paths.cache_dir())
    try:
        refreshed = index.refresh()
        problems += [str(p) for p in refreshed.problems]
        reflections: list[ReflectionLike] = list(index.search(Query(), texts=False))
        target = year_ago_day(day)
        window = dt.timedelta(days=YEAR_AGO_WINDOW_DAYS)
        near = index.search(Query(since=target - window, until=target + window))
    finally:
        index.close()
    with_text = {hit.id: hit for hit in near}
    reflections = [with_text.get(r.id, r) for r in reflections]
    return overview(
        workbook.profile,
        workbook.leader_frameworks(),
        goals.records,
        reflections,
        assessments.records,
        day,
        problems=problems,
    )
