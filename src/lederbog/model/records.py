"""The leader's own records: profile, goals with check-ins, reflections, assessments.

Plain dataclasses, no I/O. Each record remembers where it came from (`origin`):
the file and the exact bytes it was read from, so a save can tell whether
someone else changed the file in the meantime. Keys this version of Lederbog
does not know are kept in `extra` and written back unchanged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

GoalStatus = Literal["active", "paused", "done", "dropped"]
GOAL_STATUSES: tuple[GoalStatus, ...] = ("active", "paused", "done", "dropped")


@dataclass(frozen=True)
class Origin:
    """The file a record was read from, and a digest of the bytes read."""

    path: Path
    digest: str
    # Date-times written with more digits than Python keeps (nanoseconds), as written,
    # keyed by their truncated form: a re-save writes them back unchanged.
    precise: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


@dataclass
class FrameworkChoice:
    """A framework the leader follows, with their role in it (if it has roles)."""

    id: str
    role: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Profile:
    name: str = ""
    organisation: str = ""
    language: str = "da"
    frameworks: list[FrameworkChoice] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    origin: Origin | None = field(default=None, compare=False, repr=False)


@dataclass
class CheckIn:
    date: dt.date
    progress: int
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class StatusChange:
    """The day a goal's status was changed, and what it became."""

    date: dt.date
    status: GoalStatus
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Goal:
    id: str
    created: dt.datetime
    framework: str
    area: str
    title: str
    why: str = ""
    success: str = ""
    due: dt.date | None = None
    status: GoalStatus = "active"
    items: list[str] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    origin: Origin | None = field(default=None, compare=False, repr=False)
    # Every change of `status`, oldest first (a goal made before this was kept has none).
    status_changes: list[StatusChange] = field(default_factory=list)

    @property
    def latest_checkin(self) -> CheckIn | None:
        """The check-in with the latest date; of two on one day, the one written last."""
        if not self.checkins:
            return None
        return max(enumerate(self.checkins), key=lambda pair: (pair[1].date, pair[0]))[1]

    @property
    def progress(self) -> int:
        """The latest check-in's progress (0 before the first)."""
        latest = self.latest_checkin
        return latest.progress if latest is not None else 0


@dataclass
class Reflection:
    id: str
    created: dt.datetime
    date: dt.date
    text: str
    areas: list[str] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    prompt: str = ""
    shared: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    origin: Origin | None = field(default=None, compare=False, repr=False)


@dataclass
class Assessment:
    id: str
    created: dt.datetime
    date: dt.date
    framework: str
    scores: dict[str, int] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    origin: Origin | None = field(default=None, compare=False, repr=False)


Record = Profile | Goal | Reflection | Assessment


def now() -> dt.datetime:
    """The current local time with a whole-minute UTC offset, to the second.

    TOML readers refuse offsets with seconds, and no real zone has them today.
    """
    current = dt.datetime.now().astimezone().replace(microsecond=0)
    offset = current.utcoffset() or dt.timedelta()
    minutes = round(offset.total_seconds() / 60)
    return current.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))
