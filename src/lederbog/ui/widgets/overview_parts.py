"""The parts of Oversigt that are made once its figures arrive (not for the first frame)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, OptionList, Static


def highlight(listing: OptionList, wanted: int | None) -> None:
    """Keep the highlight where it was, else on the first entry (Enter works at once)."""
    index = wanted if wanted is not None and wanted < listing.option_count else 0
    if listing.option_count and not listing.get_option_at_index(index).disabled:
        listing.highlighted = index


class AreaTable(DataTable[Text]):
    """The areas, one row each; a click on a row goes there at once (not only highlights)."""

    async def _on_click(self, event: events.Click) -> None:
        before = self.cursor_coordinate
        await super()._on_click(event)
        meta = event.style.meta
        if meta.get("row", -1) >= 0 and self.cursor_coordinate != before:
            self._post_selected_message()  # type: ignore[no-untyped-call]


class YearAgoCard(Static, can_focus=True):
    """The reflection of a year ago; Enter or a click opens it (or its area)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Go to", id="open_entry"),
    ]

    class Chosen(Message):
        pass

    def action_open(self) -> None:
        self.post_message(self.Chosen())

    def on_click(self, event: events.Click) -> None:
        self.post_message(self.Chosen())


class SidePanel(Vertical):
    """The chart and the lists beside (or under) the table; carries the layout of them all."""

    # Not scoped: these rules place the table too. Here, not in app.tcss, so that they are
    # parsed when the figures arrive rather than before the first frame.
    SCOPED_CSS = False
    DEFAULT_CSS = """
    #overview-main {
        width: 1fr;
        height: auto;
    }

    #overview-areas {
        height: auto;
        max-height: 40;
        scrollbar-size-vertical: 1;
    }

    #overview-side {
        width: 36;
        height: auto;
        margin-left: 2;
    }

    #overview-columns.-narrow {
        layout: vertical;
    }

    #overview-columns.-narrow #overview-side {
        width: 1fr;
        margin-left: 0;
        margin-top: 1;
    }

    #overview-columns.-narrow #overview-areas {
        max-height: 14;
    }

    .overview-heading {
        text-style: bold;
        color: $accent;
        margin-top: 1;
    }

    #overview-side > .overview-heading:first-child {
        margin-top: 0;
    }

    #overview-chart-note {
        color: $text-muted;
    }

    #overview-due, #overview-untouched {
        background: transparent;
    }

    #overview-year-ago {
        height: auto;
    }

    #overview-year-ago:focus {
        background: $boost;
    }
    """
