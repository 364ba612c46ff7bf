"""The workbook's sections: which exist, their keys, names and how each screen is made.

Adding a section is one entry in SECTIONS. A section appears in the section bar,
gets its key and its palette entry only once it is listed here; nothing that is
not built is shown. Each factory imports its screen when the section is first
visited, so the first screen does not pay for the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen

    from lederbog.workbook import Workbook

# Every section the workbook will have, in the order of the bar, with its key.
# The key is fixed even while a section is not built yet, so keys never move.
KEYS = {
    "overview": "1",
    "frameworks": "2",
    "goals": "3",
    "journal": "4",
    "assessment": "5",
    "export": "6",
}


@dataclass(frozen=True)
class Section:
    id: str  # one of KEYS; also the app's mode name
    make: Callable[[Workbook], Screen[None]]  # builds the section's screen, given the data
    # Reads the section's records ahead, in a thread, once the first screen is up (optional),
    # so that the section opens at once when its key is pressed.
    read_ahead: Callable[[Workbook], None] | None = None

    @property
    def key(self) -> str:
        return KEYS[self.id]

    @property
    def name_key(self) -> str:
        """The i18n key of the section's name (lederbog.strings.frame)."""
        return f"section.{self.id}"


def _frameworks(workbook: Workbook) -> Screen[None]:
    from lederbog.ui.screens.frameworks import FrameworkBrowser

    return FrameworkBrowser(workbook)


def _overview(workbook: Workbook) -> Screen[None]:
    from lederbog.ui.screens.overview import OverviewScreen

    return OverviewScreen(workbook)


def _goals(workbook: Workbook) -> Screen[None]:
    from lederbog.ui.screens.goals import GoalsScreen

    return GoalsScreen(workbook)


def _read_goals(workbook: Workbook) -> None:
    from lederbog.goals import read_ahead

    read_ahead(workbook.store)


def _journal(workbook: Workbook) -> Screen[None]:
    from lederbog.ui.screens.journal import JournalScreen

    return JournalScreen(workbook)


def _assessment(workbook: Workbook) -> Screen[None]:
    from lederbog.ui.screens.assessment import AssessmentSection

    return AssessmentSection(workbook)


def _read_assessments(workbook: Workbook) -> None:
    from lederbog.assessments import read_ahead

    read_ahead(workbook.store)


def _export(workbook: Workbook) -> Screen[None]:
    from lederbog.ui.screens.export import ExportSection

    return ExportSection(workbook)


SECTIONS: tuple[Section, ...] = (
    Section("overview", _overview),
    Section("frameworks", _frameworks),
    Section("goals", _goals, _read_goals),
    Section("journal", _journal),
    Section("assessment", _assessment, _read_assessments),
    Section("export", _export),
)

# Where the workbook opens.
DEFAULT_SECTION = "overview"


def section(section_id: str) -> Section | None:
    return next((s for s in SECTIONS if s.id == section_id), None)
