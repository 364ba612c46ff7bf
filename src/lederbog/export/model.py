"""What an export holds, as plain values: the same for every format and for `review`.

Only what the leader chose to share is here: reflections marked shared, never the
others (not as text, title, tag or a count by area); the one figure about the rest
is how many reflections the period held in all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

SCHEMA = 1
KIND = "lederbog-export"


@dataclass(frozen=True)
class ExportItem:
    id: str
    text: str


@dataclass(frozen=True)
class ExportArea:
    id: str
    title: str


@dataclass(frozen=True)
class ExportFramework:
    id: str
    title: str
    role: str = ""
    role_title: str = ""
    areas: tuple[ExportArea, ...] = ()
    items: tuple[ExportItem, ...] = ()  # the items goals and shared reflections refer to

    def area_title(self, area_id: str) -> str:
        return next((a.title for a in self.areas if a.id == area_id), area_id)

    def item_text(self, item_id: str) -> str:
        return next((i.text for i in self.items if i.id == item_id), item_id)


@dataclass(frozen=True)
class ExportCheckIn:
    date: dt.date
    progress: int
    note: str = ""


@dataclass(frozen=True)
class ExportGoal:
    id: str
    framework: str
    area: str
    title: str
    status: str
    progress: int  # the latest check-in's, 0 before the first
    why: str = ""
    success: str = ""
    due: dt.date | None = None
    items: tuple[str, ...] = ()
    checkins: tuple[ExportCheckIn, ...] = ()  # in the period, oldest first
    created: dt.date | None = None  # the day the goal was set (absent in older exports)


@dataclass(frozen=True)
class ExportAssessment:
    date: dt.date
    framework: str
    scores: dict[str, int] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ExportReflection:
    date: dt.date
    text: str
    areas: tuple[str, ...] = ()  # "<framework>/<area>"
    goals: tuple[str, ...] = ()
    items: tuple[str, ...] = ()  # "<framework>/<item>"
    tags: tuple[str, ...] = ()
    prompt: str = ""
    id: str = ""  # the reflection's own id, so the leader's preview can point at it


@dataclass(frozen=True)
class Export:
    name: str
    organisation: str
    language: str  # "da" or "en": the language the leader reads and writes
    since: dt.date
    until: dt.date
    generated: dt.datetime
    frameworks: tuple[ExportFramework, ...] = ()
    goals: tuple[ExportGoal, ...] = ()
    assessments: tuple[ExportAssessment, ...] = ()
    reflections: tuple[ExportReflection, ...] = ()  # shared ones only, oldest first
    reflections_total: int = 0  # every reflection of the period, shared or not

    def framework(self, framework_id: str) -> ExportFramework | None:
        return next((f for f in self.frameworks if f.id == framework_id), None)

    @property
    def is_empty(self) -> bool:
        return not (self.goals or self.assessments or self.reflections)
