"""Messages that cross sections; a widget's own messages live in the widget."""

from __future__ import annotations

from textual.message import Message


class OpenSection(Message):
    """Go to a section and, when `link` is given, to that place in it.

    `link` is one of lederbog.ui.links' values; the section's screen decides what it
    means there (`SectionScreen.open_link`). Posted to the app by any screen.
    """

    def __init__(self, section: str, link: object | None = None) -> None:
        super().__init__()
        self.section = section
        self.link = link


class RecordsChanged(Message):
    """Records were saved, moved or deleted (by the workbook itself or on disk).

    The app tells every section screen made so far (`SectionScreen.records_changed`),
    so figures elsewhere follow at once.
    """
