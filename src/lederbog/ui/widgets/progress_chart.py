"""A small bar chart of progress per month (0-100 %, one bar per month, months below)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import RenderableType
from rich.text import Text
from textual.widget import Widget

from lederbog.dates import format_month
from lederbog.overview import MonthProgress

_BLOCKS = " ▁▂▃▄▅▆▇█"


class ProgressChart(Widget):
    """Average progress per month as bars on a fixed 0-100 scale, with month initials.

    A fixed scale (not the data's own minimum and maximum, as a sparkline draws it)
    so that 30 % looks like 30 % whatever the other months were.
    """

    DEFAULT_CSS = """
    ProgressChart {
        height: 4;
        width: auto;
        color: $primary;
    }
    ProgressChart > .progress-chart--label {
        color: $text-muted;
    }
    """

    COMPONENT_CLASSES = {"progress-chart--label"}

    ROWS = 3  # bar rows; the fourth row holds the months

    def __init__(self, lang: str, **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.months: Sequence[MonthProgress] = ()

    def show(self, months: Sequence[MonthProgress]) -> None:
        self.months = months
        self.refresh(layout=True)

    def get_content_width(self, container: object, viewport: object) -> int:
        return max(len(self.months) * 3, 1)

    def render(self) -> RenderableType:
        rows = []
        for row in range(self.ROWS - 1, -1, -1):
            line = Text()
            for month in self.months:
                eighths = round((month.progress or 0) / 100 * self.ROWS * 8)
                filled = min(max(eighths - row * 8, 0), 8)
                line.append(_BLOCKS[filled] * 2 + " ")
            rows.append(line)
        # Every third month named, counted back from the latest, so "now" is always named.
        cells = [" "] * (len(self.months) * 3)
        last = len(self.months) - 1
        for index in range(last, -1, -3):
            name = format_month(self.months[index].month, self.lang, year=False)
            start = min(index * 3, len(cells) - len(name))
            cells[start : start + len(name)] = name
        labels = Text(
            "".join(cells).rstrip(), style=self.get_component_rich_style("progress-chart--label")
        )
        rows.append(labels)
        return Text("\n").join(rows)
