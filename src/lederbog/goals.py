"""Goals: loading them, the rules of progress and due dates, ordering, changes.

Plain Python (no Textual): the Mål section, Oversigt and the export share these
rules. Every function that depends on the day takes `today`, so tests and
snapshots are deterministic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lederbog.dates import DateError, parse_date
from lederbog.errors import LederbogError
from lederbog.frameworks import FrameworkSet
from lederbog.i18n import t
from lederbog.model.framework import Area, Framework, Item
from lederbog.model.records import (
    GOAL_STATUSES,
    CheckIn,
    Goal,
    GoalStatus,
    StatusChange,
    now,
)
from lederbog.store import layout
from lederbog.store.cache import RecordCache, shared
from lederbog.store.codec import RecordError, parse
from lederbog.store.store import BadFile, Store

# How goals are ordered inside an area: what is being worked on first.
STATUS_ORDER: dict[str, int] = {status: n for n, status in enumerate(GOAL_STATUSES)}
# What the list shows: the first is the default; the key cycles through them in this order,
# so every status (and all of them at once) is one key away from the default.
FILTERS: tuple[str, ...] = ("active", "all", "paused", "done", "dropped")
# A goal due within this many days is "due soon" (Oversigt shows these).
DUE_SOON_DAYS = 14
TITLE_LIMIT = 200


class GoalInputError(LederbogError):
    """Something typed for a goal or a check-in that cannot be used; the message says why."""


# --- loading ----------------------------------------------------------------------


@dataclass
class GoalShelf:
    """Every goal of the data folder, the files that could not be read, and conflict copies."""

    goals: list[Goal] = field(default_factory=list)
    problems: list[BadFile] = field(default_factory=list)
    # Copies beside a goal's file: Lederbog's own (a save that met a change on disk)
    # and a sync tool's. Never loaded as goals; named so the leader can merge them.
    copies: list[Path] = field(default_factory=list)

    def get(self, goal_id: str) -> Goal | None:
        return next((goal for goal in self.goals if goal.id == goal_id), None)

    def copies_of(self, goal_id: str) -> list[Path]:
        """The conflict copies beside one goal's file (`<id>.conflict-…`, `<id>.sync-conflict-…`,
        `<id> (conflicted copy …)`)."""
        return [
            path
            for path in self.copies
            if path.name.startswith(goal_id) and path.name[len(goal_id) : len(goal_id) + 1] in ". ("
        ]


def read_copy(path: Path) -> Goal | None:
    """What a conflict copy holds, to show beside the goal; None when it cannot be read."""
    try:
        data = path.read_bytes()
        record = parse(data, path, "goal")
    except (OSError, RecordError):
        return None
    return record if isinstance(record, Goal) else None


class GoalCache(RecordCache):
    """Goals already read (lederbog.store.cache), with the conflict copies beside them.

    Reading 120 goals costs ~80 ms, checking them ~1 ms. The goals it hands out are
    shared: change a fresh `Store.goal()` instead.
    """

    def load(self, store: Store) -> GoalShelf:
        with self.lock:  # the read-ahead at start and the section may ask at once
            return self._load(store)

    def _load(self, store: Store) -> GoalShelf:
        shelf = GoalShelf()
        seen: list[Path] = []
        for entry in layout.scan(store.root, folders=(layout.GOALS,), top=False):
            if entry.kind is layout.FileKind.GOAL:
                seen.append(entry.path)
                try:
                    record = self.read(store, entry.path, layout.FileKind.GOAL)
                except RecordError as error:
                    shelf.problems.append(BadFile(entry.path, str(error)))
                    continue
                assert isinstance(record, Goal)
                shelf.goals.append(record)
            else:
                _other(entry, shelf)
        self.keep_only(seen)
        return shelf


def cache_for(root: Path) -> GoalCache:
    """The one GoalCache of a data folder in this process."""
    return shared(root, layout.FileKind.GOAL, GoalCache)


def read_ahead(store: Store) -> None:
    """Read the goals into the folder's cache (at start, in a thread), so Mål opens at once."""
    cache_for(store.root).load(store)


def load(store: Store, cache: GoalCache | None = None) -> GoalShelf:
    """Read goals/: every goal that can be used, and what could not (left as it is).

    With a `cache`, files unchanged since it last read them are not read again.
    """
    if cache is not None:
        return cache.load(store)
    shelf = GoalShelf()
    for entry in layout.scan(store.root, folders=(layout.GOALS,), top=False):
        if entry.kind is layout.FileKind.GOAL:
            try:
                record = store.read(entry.path, layout.FileKind.GOAL)
            except RecordError as error:
                shelf.problems.append(BadFile(entry.path, str(error)))
                continue
            assert isinstance(record, Goal)
            shelf.goals.append(record)
        else:
            _other(entry, shelf)
    return shelf


def _other(entry: layout.Entry, shelf: GoalShelf) -> None:
    """A file in goals/ that is not a goal: a conflict copy, or one that is named wrongly."""
    if entry.kind in (layout.FileKind.OWN_CONFLICT, layout.FileKind.SYNC_CONFLICT):
        shelf.copies.append(entry.path)
    elif entry.kind in (layout.FileKind.FOREIGN, layout.FileKind.PLACEHOLDER):
        reason = "not named as a goal file (goals/<id>.toml with a-z, 0-9 and '-')"
        if entry.kind is layout.FileKind.PLACEHOLDER:
            reason = "not downloaded to this computer yet (an iCloud placeholder)"
        shelf.problems.append(BadFile(entry.path, reason))


# --- the rules --------------------------------------------------------------------


def is_open(goal: Goal) -> bool:
    """Active or paused: still to be reached."""
    return goal.status in ("active", "paused")


def is_overdue(goal: Goal, today: dt.date) -> bool:
    """Due before today and still open. A goal that is done or dropped is never overdue."""
    return goal.due is not None and goal.due < today and is_open(goal)


def is_due_soon(goal: Goal, today: dt.date, days: int = DUE_SOON_DAYS) -> bool:
    """Open and due today or within `days` days (overdue ones are not "soon": they are late)."""
    return goal.due is not None and is_open(goal) and 0 <= (goal.due - today).days <= days


def last_checkin_date(goal: Goal) -> dt.date | None:
    latest = goal.latest_checkin
    return latest.date if latest is not None else None


def history(goal: Goal) -> list[CheckIn]:
    """The check-ins newest first (of two on one day, the one written last first)."""
    order = sorted(enumerate(goal.checkins), key=lambda pair: (pair[1].date, pair[0]))
    return [checkin for _, checkin in reversed(order)]


def offers_done(goal: Goal) -> bool:
    """Whether to offer marking the goal done: its latest check-in says 100 % and it is not."""
    return goal.status != "done" and bool(goal.checkins) and goal.progress == 100


def matches(goal: Goal, shown: str) -> bool:
    """Whether the list filtered to `shown` (one of FILTERS) shows `goal`."""
    return shown == "all" or goal.status == shown


def goal_sort_key(goal: Goal) -> tuple[int, int, dt.date, str, str]:
    """In an area: by status (active first), then due date (none last), then title."""
    due = goal.due or dt.date.max
    return (STATUS_ORDER.get(goal.status, 9), goal.due is None, due, goal.title.casefold(), goal.id)


@dataclass
class Group:
    """The goals of one area; `area` is None when the framework or area is not known here."""

    framework_id: str
    area_id: str
    framework: Framework | None
    area: Area | None
    goals: list[Goal]


def framework_order(frameworks: FrameworkSet, first: Sequence[str] = ()) -> list[str]:
    """Framework ids: the leader's own (in the profile's order), then every other one."""
    ids = [fid for fid in first if frameworks.get(fid) is not None]
    ids += [framework.id for framework in frameworks if framework.id not in ids]
    return ids


def group(
    goals: Iterable[Goal], frameworks: FrameworkSet, first: Sequence[str] = ()
) -> list[Group]:
    """Goals by framework and area, in each framework's order of areas.

    Frameworks come in `framework_order`; goals set in a framework or area that is not
    loaded (a deleted framework file, a typo in a file) come last, under their ids.
    """
    by_area: dict[tuple[str, str], list[Goal]] = {}
    for goal in goals:
        by_area.setdefault((goal.framework, goal.area), []).append(goal)
    groups: list[Group] = []
    for framework_id in framework_order(frameworks, first):
        framework = frameworks.get(framework_id)
        assert framework is not None
        for area in framework.areas:
            found = by_area.pop((framework_id, area.id), None)
            if found:
                groups.append(Group(framework_id, area.id, framework, area, found))
    for (framework_id, area_id), found in sorted(by_area.items()):
        groups.append(Group(framework_id, area_id, frameworks.get(framework_id), None, found))
    for entry in groups:
        entry.goals.sort(key=goal_sort_key)
    return groups


# --- changes ----------------------------------------------------------------------


def change_status(goal: Goal, status: GoalStatus, today: dt.date) -> bool:
    """Set the status and date the change in the goal; False when it already had it."""
    if status not in GOAL_STATUSES:
        raise ValueError(f"not a status: {status!r}")
    if goal.status == status:
        return False
    goal.status = status
    goal.status_changes.append(StatusChange(today, status))
    return True


def parse_progress(text: str, lang: str) -> int:
    """A progress typed as 0-100 (a trailing % is fine); GoalInputError says why not."""
    typed = text.strip().removesuffix("%").strip()
    if not typed:
        raise GoalInputError(t(lang, "goals.error.progress_missing"))
    if not typed.isascii() or not typed.isdigit():
        raise GoalInputError(t(lang, "goals.error.progress_number", text=typed[:20]))
    value = int(typed)
    if value > 100:
        raise GoalInputError(t(lang, "goals.error.progress_range", value=value))
    return value


def add_checkin(goal: Goal, progress: int, note: str, day: dt.date) -> CheckIn:
    """Append a check-in (the file gets a new `[[checkins]]` table at its end)."""
    if not 0 <= progress <= 100:
        raise ValueError(f"progress must be 0-100, not {progress}")
    checkin = CheckIn(day, progress, note)
    goal.checkins.append(checkin)
    return checkin


@dataclass
class GoalInput:
    """What the goal form holds, as typed."""

    framework: str = ""
    area: str = ""
    title: str = ""
    why: str = ""
    success: str = ""
    due: str = ""
    items: list[str] = field(default_factory=list)
    status: str = "active"


@dataclass
class CheckedGoal:
    """A GoalInput that passed: the values to put in a goal."""

    framework: str
    area: str
    title: str
    why: str
    success: str
    due: dt.date | None
    items: list[str]
    status: GoalStatus


def check(
    typed: GoalInput, frameworks: FrameworkSet, lang: str
) -> tuple[CheckedGoal | None, dict[str, str]]:
    """The goal's values, or the reason for each field that is wrong (field -> message)."""
    errors: dict[str, str] = {}
    framework = frameworks.get(typed.framework) if typed.framework else None
    area = framework.area(typed.area) if framework is not None and typed.area else None
    if framework is None:
        errors["framework"] = t(lang, "goals.error.framework")
    elif area is None:
        errors["area"] = t(lang, "goals.error.area")
    title = typed.title.strip()
    if not title:
        errors["title"] = t(lang, "goals.error.title")
    elif len(title) > TITLE_LIMIT:
        errors["title"] = t(lang, "goals.error.title_long", limit=TITLE_LIMIT)
    due: dt.date | None = None
    if typed.due.strip():
        try:
            due = parse_date(typed.due, lang)
        except DateError as error:
            errors["due"] = str(error)
    if typed.status not in GOAL_STATUSES:
        errors["status"] = t(lang, "goals.error.status")
    if area is not None:
        known = {item.id for item in area.items}
        if any(item not in known for item in typed.items):
            errors["items"] = t(lang, "goals.error.items")
    if errors:
        return None, errors
    status: GoalStatus = typed.status  # type: ignore[assignment]  # checked just above
    return (
        CheckedGoal(
            typed.framework, typed.area, title, typed.why, typed.success, due,
            list(typed.items), status,
        ),
        {},
    )  # fmt: skip


def new_goal(store: Store, values: CheckedGoal, today: dt.date) -> Goal:
    """A goal not yet saved, with an id from its title that no goal file has."""
    goal = Goal(
        id=store.new_goal_id(values.title),
        created=now(),
        framework=values.framework,
        area=values.area,
        title=values.title,
    )
    apply(goal, values, today)
    return goal


def apply(goal: Goal, values: CheckedGoal, today: dt.date) -> None:
    """Put the form's values in `goal` (a status change is dated)."""
    goal.framework = values.framework
    goal.area = values.area
    goal.title = values.title
    goal.why = values.why
    goal.success = values.success
    goal.due = values.due
    goal.items = list(values.items)
    if goal.origin is None and not goal.status_changes:
        goal.status = values.status  # a new goal: its status is where it starts, not a change
    else:
        change_status(goal, values.status, today)


def linked_items(goal: Goal, frameworks: FrameworkSet) -> list[tuple[str, Item | None]]:
    """The goal's item ids with the item each names (None when the framework lacks it)."""
    framework = frameworks.get(goal.framework)
    found = []
    for item_id in goal.items:
        pair = framework.item(item_id) if framework is not None else None
        found.append((item_id, pair[1] if pair is not None else None))
    return found
