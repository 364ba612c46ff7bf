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


def _journal(workbook: Workbook) -> Screen[None]:
    from lederbog.ui.screens.journal import JournalScreen

    return JournalScreen(workbook)


SECTIONS: tuple[Section, ...] = (
    Section("frameworks", _frameworks),
    Section("journal", _journal),
)

# Where the workbook opens.
DEFAULT_SECTION = "frameworks"


def section(section_id: str) -> Section | None:
    return next((s for s in SECTIONS if s.id == section_id), None)
