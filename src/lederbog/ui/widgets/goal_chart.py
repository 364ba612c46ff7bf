"""A goal's check-ins as a chart: progress 0-100 over time, with dates on the axis.

Imports textual-plotext (and plotext), about 30 ms: this module is imported only
when a goal's chart is first shown, never at start.
"""

from __future__ import annotations

import datetime as dt

from textual_plotext import PlotextPlot

from lederbog.dates import format_date, format_month
from lederbog.i18n import t
from lederbog.model.records import Goal

MAX_TICKS = 5


def tick_label(day: dt.date, span_days: int, lang: str) -> str:
    """'1. dec.' for a chart of weeks, 'dec. 2026' for one of months and years."""
    if span_days <= 200:
        return format_date(day, lang, year=False)
    return format_month(day, lang)


def ticks(days: list[dt.date], lang: str) -> tuple[list[int], list[str]]:
    """At most MAX_TICKS dates spread over the check-ins, first and last included."""
    unique = sorted(set(days))
    if len(unique) <= MAX_TICKS:
        chosen = unique
    else:
        step = (len(unique) - 1) / (MAX_TICKS - 1)
        chosen = [unique[round(n * step)] for n in range(MAX_TICKS)]
    span = (unique[-1] - unique[0]).days
    return [d.toordinal() for d in chosen], [tick_label(d, span, lang) for d in chosen]


class GoalChart(PlotextPlot):
    """Progress over the check-in dates of one goal."""

    DEFAULT_CSS = """
    GoalChart {
        height: 14;
        width: 1fr;
    }
    """

    def __init__(self, lang: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang

    def show(self, goal: Goal) -> None:
        plt = self.plt
        plt.clear_figure()
        plt.ylim(0, 100)
        plt.yticks([0.0, 25.0, 50.0, 75.0, 100.0], ["0 %", "25 %", "50 %", "75 %", "100 %"])
        ordered = sorted(enumerate(goal.checkins), key=lambda pair: (pair[1].date, pair[0]))
        if not ordered:
            plt.title(t(self.lang, "goals.chart.empty"))
            plt.xticks([], [])
        else:
            days = [checkin.date for _, checkin in ordered]
            xs = [day.toordinal() for day in days]
            ys = [checkin.progress for _, checkin in ordered]
            plt.plot(xs, ys, marker="hd")
            if xs[0] == xs[-1]:
                plt.xlim(xs[0] - 1, xs[0] + 1)
            else:
                plt.xlim(xs[0], xs[-1])
            positions, labels = ticks(days, self.lang)
            plt.xticks([float(p) for p in positions], labels)
            plt.title(t(self.lang, "goals.chart.title"))
        self.refresh()
