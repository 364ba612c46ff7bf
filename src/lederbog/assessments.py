"""Self-assessments: loading them safely, and the figures drawn from them.

Plain Python, no Textual: the Selvevaluering section, Oversigt and the export all
ask here for "the latest rating per area", "the change since the previous one",
"each area's ratings over time" and "which frameworks are due for a new one".
`today` is always passed in, so every figure is deterministic in tests.

An assessment is used only when every area it names (in `scores` or `notes`)
is an area of a known framework, and every score is a whole number 1-5 (the
store's codec refuses the latter already). Anything else is reported with its
path and left exactly as it is; the other assessments still show.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from lederbog.frameworks import FrameworkSet
from lederbog.model.framework import Framework
from lederbog.model.records import Assessment, Profile
from lederbog.store.cache import RecordCache, shared
from lederbog.store.layout import FileKind
from lederbog.store.store import BadFile, Store
from lederbog.text import one_line

SCALE: tuple[int, ...] = (1, 2, 3, 4, 5)
LOWEST, HIGHEST = SCALE[0], SCALE[-1]

# The profile key that changes how often a new self-assessment is due (whole months).
INTERVAL_KEY = "assessment_interval_months"
DEFAULT_INTERVAL_MONTHS = 3
MAX_INTERVAL_MONTHS = 120

Change = Literal["up", "down", "same"]
MARKS: dict[Change, str] = {"up": "▲", "down": "▼", "same": "="}


# --- loading ------------------------------------------------------------------------


@dataclass
class AssessmentBook:
    """Every usable assessment (oldest first) and the files that could not be used."""

    assessments: list[Assessment] = field(default_factory=list)
    problems: list[BadFile] = field(default_factory=list)

    def of(self, framework_id: str) -> list[Assessment]:
        """The assessments of one framework, oldest first."""
        return [a for a in self.assessments if a.framework == framework_id]

    def find(self, assessment_id: str) -> Assessment | None:
        return next((a for a in self.assessments if a.id == assessment_id), None)

    def frameworks_assessed(self) -> set[str]:
        return {a.framework for a in self.assessments}


def problem_with(assessment: Assessment, frameworks: FrameworkSet) -> str | None:
    """Why `assessment` cannot be shown against its framework, or None when it can."""
    framework = frameworks.get(assessment.framework)
    if framework is None:
        return (
            f"the framework '{one_line(assessment.framework, 60)}' is not known "
            "(neither bundled nor in frameworks/); left as it is"
        )
    known = {area.id for area in framework.areas}
    for table, keys in (("scores", assessment.scores), ("notes", assessment.notes)):
        for area_id in keys:
            if area_id not in known:
                return (
                    f"'{table}.{one_line(area_id, 60)}': the framework '{framework.id}' "
                    "has no such area; left as it is"
                )
    for area_id, score in assessment.scores.items():
        # The codec refuses these already; checked again for records made in code.
        if isinstance(score, bool) or not isinstance(score, int) or not LOWEST <= score <= HIGHEST:
            return f"'scores.{area_id}' must be a whole number 1-5; left as it is"
    return None


def cache_for(root: Path) -> RecordCache:
    """The one cache of assessments of a data folder in this process."""
    return shared(root, FileKind.ASSESSMENT, RecordCache)


def read_ahead(store: Store) -> None:
    """Read the assessments into the folder's cache (at start, in a thread), so that
    Selvevaluering opens at once."""
    store.assessments(cache=cache_for(store.root))


def load(
    store: Store, frameworks: FrameworkSet, cache: RecordCache | None = None
) -> AssessmentBook:
    """Every assessment of the data folder; the ones that cannot be used as problems.

    With a `cache` (`cache_for`), files unchanged since it last read them are not read
    again; the assessments are then shared with others who asked (for showing only).
    """
    loaded = store.assessments(cache=cache)  # oldest first; unreadable files among problems
    book = AssessmentBook(problems=list(loaded.problems))
    for assessment in loaded.records:
        reason = problem_with(assessment, frameworks)
        if reason is None:
            book.assessments.append(assessment)
        else:
            assert assessment.origin is not None  # read from a file
            book.problems.append(BadFile(assessment.origin.path, reason))
    book.problems.sort(key=lambda problem: str(problem.path))
    return book


# --- figures ------------------------------------------------------------------------


@dataclass(frozen=True)
class Rating:
    """One area's rating in one assessment."""

    score: int
    date: dt.date
    assessment: str  # the assessment's id
    note: str = ""


@dataclass(frozen=True)
class AreaRating:
    """An area's latest rating, and the one before it (if any)."""

    latest: Rating
    previous: Rating | None = None

    @property
    def change(self) -> Change | None:
        if self.previous is None:
            return None
        return change(self.latest.score, self.previous.score)

    @property
    def mark(self) -> str:
        """▲, ▼ or = (empty when there is nothing to compare with)."""
        found = self.change
        return MARKS[found] if found is not None else ""

    @property
    def delta(self) -> int:
        return 0 if self.previous is None else self.latest.score - self.previous.score


def mark_of(delta: int | None) -> str:
    """▲, ▼ or = for a change in an area's rating (empty with nothing to compare with)."""
    if delta is None:
        return ""
    return MARKS["up" if delta > 0 else "down" if delta < 0 else "same"]


def change(current: int, previous: int) -> Change:
    if current > previous:
        return "up"
    if current < previous:
        return "down"
    return "same"


def _in_order(assessments: Iterable[Assessment], framework_id: str) -> list[Assessment]:
    chosen = [a for a in assessments if a.framework == framework_id]
    chosen.sort(key=lambda a: (a.date, a.created))
    return chosen


def history_by_area(
    assessments: Iterable[Assessment], framework: Framework
) -> dict[str, list[Rating]]:
    """Each area's ratings over time, oldest first (every area of the framework is a key;
    an area an assessment left unrated has no rating from it)."""
    history: dict[str, list[Rating]] = {area.id: [] for area in framework.areas}
    for assessment in _in_order(assessments, framework.id):
        for area_id, score in assessment.scores.items():
            if area_id in history:
                note = assessment.notes.get(area_id, "")
                history[area_id].append(Rating(score, assessment.date, assessment.id, note))
    return history


def latest_by_area(
    assessments: Iterable[Assessment], framework: Framework
) -> dict[str, AreaRating]:
    """The latest rating of each area that has one, with the rating before it.

    An area left unrated in the newest assessment keeps its latest rating from an
    older one: "latest" is per area, not per assessment.
    """
    return latest_from_history(history_by_area(assessments, framework))


def latest_from_history(history: dict[str, list[Rating]]) -> dict[str, AreaRating]:
    """`latest_by_area` from each area's ratings over time (`history_by_area`)."""
    latest: dict[str, AreaRating] = {}
    for area_id, ratings in history.items():
        if ratings:
            previous = ratings[-2] if len(ratings) > 1 else None
            latest[area_id] = AreaRating(ratings[-1], previous)
    return latest


def previous_ratings(
    assessments: Iterable[Assessment],
    framework: Framework,
    *,
    before: Assessment | None = None,
) -> dict[str, Rating]:
    """What each area was rated last time: the latest rating in the assessments that
    come before `before` (by date, then time made), or in all of them when it is None.
    `before` itself never counts, so editing an assessment shows the one before it."""
    ordered = _in_order(assessments, framework.id)
    if before is not None:
        key = (before.date, before.created)
        ordered = [a for a in ordered if a.id != before.id and (a.date, a.created) < key]
    found: dict[str, Rating] = {}
    for assessment in ordered:
        for area_id, score in assessment.scores.items():
            note = assessment.notes.get(area_id, "")
            found[area_id] = Rating(score, assessment.date, assessment.id, note)
    return found


def changes_in(
    assessment: Assessment, assessments: Iterable[Assessment], framework: Framework
) -> dict[str, tuple[int, Change]]:
    """For each area `assessment` rated, the change since that area's rating before it:
    area id -> (difference, "up" / "down" / "same"); areas rated for the first time are absent."""
    before = previous_ratings(assessments, framework, before=assessment)
    changes: dict[str, tuple[int, Change]] = {}
    for area_id, score in assessment.scores.items():
        previous = before.get(area_id)
        if previous is not None:
            changes[area_id] = (score - previous.score, change(score, previous.score))
    return changes


# --- when the next one is due ---------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved `months` calendar months on; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def interval_months(profile: Profile | None) -> int:
    """How many months may pass before a new self-assessment is due.

    The profile's `assessment_interval_months` (a whole number 1-120), else 3. A value
    that is not one is ignored here (the profile file itself is never rewritten for it).
    """
    if profile is None:
        return DEFAULT_INTERVAL_MONTHS
    value = profile.extra.get(INTERVAL_KEY)
    if isinstance(value, bool) or not isinstance(value, int):
        return DEFAULT_INTERVAL_MONTHS
    if not 1 <= value <= MAX_INTERVAL_MONTHS:
        return DEFAULT_INTERVAL_MONTHS
    return value


@dataclass(frozen=True)
class Due:
    """A framework whose last self-assessment is older than the interval (or missing)."""

    framework: Framework
    last: dt.date | None  # None: never assessed
    due_since: dt.date | None  # the first day it was due (None when never assessed)


def due_frameworks(
    frameworks: Sequence[Framework],
    assessments: Iterable[Assessment],
    today: dt.date,
    months: int = DEFAULT_INTERVAL_MONTHS,
) -> list[Due]:
    """The frameworks (in the order given, e.g. `Workbook.leader_frameworks()`) that are
    due for a new self-assessment: never assessed, or last assessed more than `months`
    calendar months ago (assessed on 1 Sep, three months: due from 2 Dec)."""
    last: dict[str, dt.date] = {}
    for assessment in assessments:
        seen = last.get(assessment.framework)
        if seen is None or assessment.date > seen:
            last[assessment.framework] = assessment.date
    due = []
    for framework in frameworks:
        when = last.get(framework.id)
        if when is None:
            due.append(Due(framework, None, None))
            continue
        since = add_months(when, months) + dt.timedelta(days=1)
        if since <= today:
            due.append(Due(framework, when, since))
    return due


# --- for Oversigt -------------------------------------------------------------------------


@dataclass(frozen=True)
class FrameworkRatings:
    """What Oversigt shows of one framework's self-assessments."""

    framework: Framework
    latest: dict[str, AreaRating]  # area id -> latest rating and its change (rated areas only)
    due: Due | None  # set when a new self-assessment is due


def ratings_overview(
    frameworks: Sequence[Framework],
    assessments: Iterable[Assessment],
    today: dt.date,
    months: int = DEFAULT_INTERVAL_MONTHS,
) -> list[FrameworkRatings]:
    """For each framework (e.g. `Workbook.leader_frameworks()`), the latest rating of each
    area with its trend, and whether a new self-assessment is due."""
    records = list(assessments)
    due = {d.framework.id: d for d in due_frameworks(frameworks, records, today, months)}
    return [
        FrameworkRatings(framework, latest_by_area(records, framework), due.get(framework.id))
        for framework in frameworks
    ]


def due_message(due: Due, lang: str, months: int = DEFAULT_INTERVAL_MONTHS) -> str:
    """ "Din seneste selvevaluering i STUK er fra 20. aug. 2026 – over 3 måneder siden.",
    or that there is none yet, in the leader's language."""
    from lederbog.dates import format_date
    from lederbog.i18n import t

    name = one_line(due.framework.title, 60)
    if due.last is None:
        return t(lang, "assessment.due.never", framework=name)
    day = format_date(due.last, lang)
    return t(lang, "assessment.due.old", framework=name, date=day, months=months)
