"""The bar of sections at the top of every section: where you are, and a click away."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.events import Click
from textual.message import Message
from textual.widgets import Static


class SectionTab(Static):
    """One section's name with its key; a click goes there."""

    def __init__(self, section_id: str, label: str, *, current: bool) -> None:
        super().__init__(label, markup=False, classes="section-tab", id=f"tab-{section_id}")
        self.section_id = section_id
        self.set_class(current, "-current")

    def on_click(self, event: Click) -> None:
        event.stop()
        self.post_message(SectionBar.Chosen(self.section_id))


class SectionBar(Horizontal):
    """`1 Oversigt  2 Ledelsesgrundlag …`, the current section marked."""

    DEFAULT_CSS = """
    SectionBar {
        height: 1;
        background: $panel;
    }
    SectionBar .section-tab {
        width: auto;
        padding: 0 1;
        color: $text-muted;
    }
    SectionBar .section-tab:hover {
        background: $boost;
        color: $text;
    }
    SectionBar .section-tab.-current {
        background: $primary;
        color: $text;
        text-style: bold;
    }
    """

    class Chosen(Message):
        """The leader clicked a section."""

        def __init__(self, section_id: str) -> None:
            super().__init__()
            self.section_id = section_id

    def __init__(self, tabs: Sequence[tuple[str, str]], current: str) -> None:
        """`tabs`: (section id, label) in order; `current`: the id of this screen's section."""
        super().__init__(id="section-bar")
        self._tabs = list(tabs)
        self._current = current

    def compose(self) -> ComposeResult:
        for section_id, label in self._tabs:
            yield SectionTab(section_id, label, current=section_id == self._current)
