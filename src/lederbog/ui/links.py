"""Places one section can send the leader to in another (see messages.OpenSection).

Plain values, compared by content. Each section's screen handles the links that
make sense to it in `open_link` and ignores the rest.
"""

from __future__ import annotations

from typing import NamedTuple


class AreaLink(NamedTuple):
    """An area of a framework (and optionally one item in it)."""

    framework: str
    area: str
    item: str = ""


class GoalLink(NamedTuple):
    goal: str


class ReflectionLink(NamedTuple):
    reflection: str


class NewGoal(NamedTuple):
    """Start a new goal, pre-filled where known."""

    framework: str = ""
    area: str = ""
    item: str = ""


class CheckInLink(NamedTuple):
    """Start a check-in on a goal."""

    goal: str


class NewReflection(NamedTuple):
    """Start a new reflection, linked and prompted where known."""

    framework: str = ""
    area: str = ""
    item: str = ""
    prompt: str = ""


class NewAssessment(NamedTuple):
    framework: str = ""


class DraftLink(NamedTuple):
    """Continue writing a draft (drafts/<draft>.toml) that was not saved."""

    draft: str
