"""The list of reflections: one widget that draws only the rows on screen.

Ten years of journalling is 3,650 reflections; mounting a widget for each would
take seconds. Each reflection is two lines (date, mark, areas and tags; then its
first line or the excerpt where the search matched), drawn on demand in
`render_line`, so opening and scrolling cost the same with ten or ten thousand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from lederbog.journal import Entry
from lederbog.text import one_line

ROW_HEIGHT = 2


class ReflectionList(ScrollView, can_focus=True):
    """Reflections newest first; the cursor row is highlighted, Enter chooses it."""

    DEFAULT_CSS = """
    ReflectionList {
        background: $surface;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
    }
    ReflectionList > .reflection-list--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    ReflectionList:blur > .reflection-list--cursor {
        background: $block-cursor-blurred-background;
        color: $foreground;
    }
    ReflectionList > .reflection-list--head {
        color: $text-muted;
    }
    ReflectionList > .reflection-list--private {
        color: $text-muted;
    }
    ReflectionList > .reflection-list--shared {
        color: $warning;
        text-style: bold;
    }
    ReflectionList > .reflection-list--match {
        text-style: bold reverse;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reflection-list--cursor",
        "reflection-list--head",
        "reflection-list--private",
        "reflection-list--shared",
        "reflection-list--match",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", show=False),
        Binding("down", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
        Binding("enter", "choose", show=False),
    ]

    class Highlighted(Message):
        """The cursor moved to `entry` (None when the list is empty)."""

        def __init__(self, entry: Entry | None) -> None:
            super().__init__()
            self.entry = entry

    class Chosen(Message):
        """The leader chose `entry` (Enter, or a click on the row under the cursor)."""

        def __init__(self, entry: Entry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(
        self,
        describe: Callable[[Entry], tuple[str, bool, str]],
        *,
        id: str | None = None,
    ) -> None:
        """`describe(entry)` gives (date text, shared, "areas  #tags") for its first line."""
        super().__init__(id=id)
        self._describe = describe
        self.entries: list[Entry] = []
        self.cursor = 0
        self._marks = ("", "")  # (private, shared) labels
        self._line_cache: LRUCache[tuple[int, int, bool, int], Strip] = LRUCache(512)

    # --- the data ---------------------------------------------------------------------

    def set_marks(self, private: str, shared: str) -> None:
        width = max(cell_len(private), cell_len(shared))
        self._marks = (private.ljust(width), shared.ljust(width))

    def show(self, entries: Sequence[Entry], keep: str | None = None) -> None:
        """Show `entries`; the cursor goes to the one with id `keep` if listed, else the first."""
        previous = self.current
        self.entries = list(entries)
        wanted = keep if keep is not None else (previous.id if previous else None)
        index = next((i for i, e in enumerate(self.entries) if e.id == wanted), 0)
        self.cursor = index
        self._line_cache.clear()
        self.virtual_size = Size(self.size.width, len(self.entries) * ROW_HEIGHT)
        self.scroll_to(y=0, animate=False, immediate=True)
        self._reveal()
        self.refresh()
        self.post_message(self.Highlighted(self.current))

    @property
    def current(self) -> Entry | None:
        if 0 <= self.cursor < len(self.entries):
            return self.entries[self.cursor]
        return None

    def move_to(self, index: int) -> None:
        if not self.entries:
            return
        index = max(0, min(index, len(self.entries) - 1))
        if index == self.cursor:
            return
        self.cursor = index
        self._line_cache.clear()
        self._reveal()
        self.refresh()
        self.post_message(self.Highlighted(self.current))

    def _reveal(self) -> None:
        """Scroll so the cursor's row is whole on screen, rows never cut in half at the top."""
        height = max(self.scrollable_content_region.height, ROW_HEIGHT)
        top = self.cursor * ROW_HEIGHT
        y = int(self.scroll_y)
        if top < y:
            y = top
        elif top + ROW_HEIGHT > y + height:
            rows_on_screen = max(height // ROW_HEIGHT, 1)
            y = (self.cursor - rows_on_screen + 1) * ROW_HEIGHT
        self.scroll_to(y=max(y, 0), animate=False, immediate=True)

    # --- keys and the mouse -------------------------------------------------------------

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_page_up(self) -> None:
        self.move_to(self.cursor - max(self.size.height // ROW_HEIGHT, 1))

    def action_page_down(self) -> None:
        self.move_to(self.cursor + max(self.size.height // ROW_HEIGHT, 1))

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self.entries) - 1)

    def action_choose(self) -> None:
        entry = self.current
        if entry is not None:
            self.post_message(self.Chosen(entry))

    def on_click(self, event: events.Click) -> None:
        index = (event.y + int(self.scroll_y)) // ROW_HEIGHT
        if not 0 <= index < len(self.entries):
            return
        event.stop()
        if index == self.cursor and event.chain >= 2:
            self.action_choose()
        else:
            self.move_to(index)

    def on_resize(self) -> None:
        self._line_cache.clear()
        self.virtual_size = Size(self.size.width, len(self.entries) * ROW_HEIGHT)

    def on_focus(self) -> None:
        self._line_cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._line_cache.clear()
        self.refresh()

    # --- drawing -----------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        line = int(self.scroll_y) + y
        index, part = divmod(line, ROW_HEIGHT)
        base = self.rich_style
        if index >= len(self.entries):
            return Strip.blank(width, base)
        selected = index == self.cursor
        key = (index, part, selected and self.has_focus, width)
        cached = self._line_cache.get(key)
        if cached is None:
            cached = self._render_row_line(self.entries[index], part, selected, width, base)
            self._line_cache[key] = cached
        return cached

    def _render_row_line(
        self, entry: Entry, part: int, selected: bool, width: int, base: Style
    ) -> Strip:
        style = (
            base + self.get_component_rich_style("reflection-list--cursor") if selected else base
        )
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(" ")
        if part == 0:
            day, shared, links = self._describe(entry)
            mark = self._marks[1] if shared else self._marks[0]
            text.append(day, "bold")
            text.append("  ")
            text.append(
                mark,
                self.get_component_rich_style(
                    "reflection-list--shared" if shared else "reflection-list--private",
                    partial=True,
                ),
            )
            if links:
                text.append("  ")
                text.append(
                    links, self.get_component_rich_style("reflection-list--head", partial=True)
                )
        elif entry.excerpt is not None:
            body = _excerpt_text(entry.excerpt.text, entry.excerpt.spans, width)
            match = self.get_component_rich_style("reflection-list--match", partial=True)
            offset = len(text)
            text.append(body[0])
            for start, end in body[1]:
                text.stylize(match, start + offset, end + offset)
        else:
            text.append(one_line(entry.first_line))
        text.truncate(width, overflow="ellipsis", pad=True)
        text.style = style  # under the spans: the mark and the match keep their own style
        segments = list(text.render(self.app.console))
        return Strip(segments).crop_extend(0, width, style).simplify()


def _excerpt_text(
    text: str, spans: tuple[tuple[int, int], ...], width: int
) -> tuple[str, list[tuple[int, int]]]:
    """The excerpt moved along so that its first match is on screen, and the spans with it."""
    if not spans or spans[0][1] <= width - 3:  # the first match is on screen as it is
        return text, list(spans)
    start = text.rfind(" ", 0, max(spans[0][0] - 8, 0)) + 1
    shifted = "…" + text[start:]
    return shifted, [(a - start + 1, b - start + 1) for a, b in spans if a >= start]
