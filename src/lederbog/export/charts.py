"""Charts for the HTML export as numbers for inline SVG: coordinates, never text from users.

A chart is a plain value (points, axis ticks with labels made here); the template
draws it. Dates run along the x axis over the export's period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lederbog.dates import format_date

WIDTH = 640
HEIGHT = 160
LEFT = 40
RIGHT = 12
TOP = 10
BOTTOM = 26


@dataclass(frozen=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True)
class Series:
    points: tuple[tuple[float, float], ...]

    @property
    def polyline(self) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y in self.points)


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    series: tuple[Series, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM


def _month_ticks(
    since: dt.date, until: dt.date, x: Callable[[dt.date], float], lang: str
) -> tuple[Tick, ...]:
    ticks: list[Tick] = []
    day = dt.date(since.year, since.month, 1)
    months = (until.year - since.year) * 12 + until.month - since.month + 1
    step = max(1, months // 6)
    while day <= until:
        if day >= since:
            ticks.append(Tick(x(day), format_date(day, lang, year=day.month == 1 or not ticks)))
        month = day.month - 1 + step
        day = dt.date(day.year + month // 12, month % 12 + 1, 1)
    return tuple(ticks)


def timeline(
    series: Sequence[Sequence[tuple[dt.date, float]]],
    *,
    since: dt.date,
    until: dt.date,
    low: float,
    high: float,
    y_labels: Sequence[float],
    lang: str,
    suffix: str = "",
) -> Chart:
    """Lines of (date, value) over `since`..`until`, values between `low` and `high`."""
    span = max((until - since).days, 1)

    def x(day: dt.date) -> float:
        days = min(max((day - since).days, 0), span)
        return LEFT + (WIDTH - LEFT - RIGHT) * days / span

    def y(value: float) -> float:
        share = (min(max(value, low), high) - low) / (high - low)
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * share

    drawn = tuple(
        Series(tuple((x(day), y(value)) for day, value in sorted(points)))
        for points in series
        if points
    )
    y_ticks = tuple(Tick(y(value), f"{value:g}{suffix}") for value in y_labels)
    return Chart(WIDTH, HEIGHT, drawn, _month_ticks(since, until, x, lang), y_ticks)
