"""The ratings of one framework over time: per area a small chart, the latest rating and
its change, the assessments themselves, and the detail of whichever is chosen.

Drawn with block characters in a table, so it reads at 80x24 without a plotting
library: `▁▃▄▆█` is 1-5, one character per assessment, newest on the right.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Static

from lederbog.assessments import (
    AreaRating,
    Rating,
    changes_in,
    history_by_area,
    latest_from_history,
)
from lederbog.dates import format_date
from lederbog.domain_text import domain_text
from lederbog.i18n import t
from lederbog.model.framework import Framework
from lederbog.model.records import Assessment
from lederbog.store.store import BadFile
from lederbog.text import for_display, one_line

BLOCKS = {1: "▁", 2: "▃", 3: "▄", 4: "▆", 5: "█"}
SPARK_LENGTH = 12  # the latest ratings drawn in an area's row
BAR_UNIT = 2  # columns per step in an area's chart
CHART_LENGTH = 24  # the latest ratings in an area's chart; the list below holds them all
LIST_LENGTH = 60  # assessments listed at first (15 years of quarterly ones); the rest on request
MORE = "__more__"  # the key of the list's last row, "… and 440 older", which shows them all


def sparkline(ratings: Sequence[Rating], length: int = SPARK_LENGTH) -> str:
    """The latest `length` ratings as block characters, oldest first."""
    return "".join(BLOCKS.get(r.score, "?") for r in ratings[-length:])


def change_text(delta: int, lang: str) -> Text:
    """▲ +1, ▼ −2 or = for a change between two ratings."""
    if delta > 0:
        return Text(f"▲ +{delta}", style="bold")
    if delta < 0:
        return Text(f"▼ −{-delta}", style="bold")
    return Text("=")


def area_chart(
    title: str, ratings: Sequence[Rating], lang: str, length: int = CHART_LENGTH
) -> Text:
    """One area's latest `length` ratings as a bar per assessment, newest first, each with
    its change since the one before and its note."""
    text = Text(t(lang, "assessment.history.area_title", area=one_line(title)), style="bold")
    if not ratings:
        text.append("\n" + t(lang, "assessment.history.area_empty"), style="dim")
        return text
    first = max(0, len(ratings) - length)
    dates = {n: format_date(ratings[n].date, lang) for n in range(first, len(ratings))}
    width = max(len(d) for d in dates.values())
    for n in range(len(ratings) - 1, first - 1, -1):
        rating = ratings[n]
        line = Text("\n" + dates[n].rjust(width) + " ")
        line.append(("█" * (rating.score * BAR_UNIT)).ljust(5 * BAR_UNIT), style="bold")
        line.append(f" {rating.score} ")
        if n > 0:
            line.append_text(change_text(rating.score - ratings[n - 1].score, lang))
        else:
            line.append(t(lang, "assessment.history.first"), style="dim")
        text.append_text(line)
        if rating.note.strip():
            text.append("\n" + " " * (width + 1) + for_display(rating.note).strip(), style="italic")
    if first:
        text.append("\n" + t(lang, "assessment.history.older", n=first), style="dim")
    return text


def assessment_detail(
    assessment: Assessment, framework: Framework, everything: Sequence[Assessment], lang: str
) -> Text:
    """One assessment: each area's rating, its change since the one before, and notes."""
    day = format_date(assessment.date, lang)
    text = Text(t(lang, "assessment.history.one", date=day), style="bold")
    changes = changes_in(assessment, everything, framework)
    for area in framework.areas:
        score = assessment.scores.get(area.id)
        line = Text("\n")
        if score is None:
            line.append("· ", style="dim")
            line.append(one_line(area.title), style="dim")
            line.append(f" – {t(lang, 'assessment.history.one_unrated')}", style="dim")
        else:
            line.append(f"{score} ", style="bold")
            line.append(one_line(area.title))
            found = changes.get(area.id)
            if found is not None:
                line.append(" ")
                line.append_text(change_text(found[0], lang))
        text.append_text(line)
        note = assessment.notes.get(area.id, "")
        if note.strip():
            text.append("\n  " + for_display(note).strip(), style="italic")
    return text


class AssessmentHistory(Vertical):
    """What the Selvevaluering section shows when no assessment is open."""

    # Here rather than in app.tcss: parsed when the section first opens, not at every start.
    DEFAULT_CSS = """
    AssessmentHistory { height: 1fr; }
    AssessmentHistory #ah-top { height: 1; padding: 0 1; }
    AssessmentHistory #ah-framework-label { width: auto; padding-right: 1; color: $text-muted; }
    AssessmentHistory #ah-framework { width: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }
    AssessmentHistory #ah-notice { height: auto; padding: 0 1; color: $warning; }
    AssessmentHistory #ah-problems {
        height: auto;
        max-height: 4;
        padding: 0 1;
        color: $error;
        overflow-y: auto;
    }
    AssessmentHistory #ah-areas { height: auto; max-height: 13; }
    AssessmentHistory #ah-bottom { height: 1fr; min-height: 5; }
    AssessmentHistory #ah-list { width: 34; height: 1fr; }
    AssessmentHistory #ah-detail-scroll {
        width: 1fr;
        height: 1fr;
        padding: 0 1;
        scrollbar-size-vertical: 1;
    }
    """

    class Chosen(Message):
        """The leader chose an assessment to open (Enter or a click on its row)."""

        def __init__(self, assessment: Assessment) -> None:
            super().__init__()
            self.assessment = assessment

    def __init__(self, lang: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.framework: Framework | None = None
        self.assessments: list[Assessment] = []  # of the shown framework, oldest first
        self.latest: dict[str, AreaRating] = {}
        self.history: dict[str, list[Rating]] = {}
        self.detail_for = "area"  # which table the detail pane follows
        self._detail_key: tuple[object, ...] | None = None  # what the detail pane shows now
        self.list_all = False  # every assessment listed, not only the latest LIST_LENGTH

    def compose(self) -> ComposeResult:
        with Horizontal(id="ah-top"):
            yield Static(t(self.lang, "assessment.history.framework"), id="ah-framework-label")
            yield Static("", id="ah-framework")
        yield Static(t(self.lang, "assessment.history.loading"), id="ah-notice", markup=False)
        yield Static("", id="ah-problems", markup=False)
        yield DataTable(id="ah-areas", cursor_type="row", zebra_stripes=False)
        with Horizontal(id="ah-bottom"):
            yield DataTable(id="ah-list", cursor_type="row")
            with VerticalScroll(id="ah-detail-scroll"):
                yield Static("", id="ah-detail")

    def on_mount(self) -> None:
        self.query_one("#ah-problems").display = False
        self.query_one("#ah-detail-scroll").can_focus = False
        areas = self.query_one("#ah-areas", DataTable)
        areas.add_column(t(self.lang, "assessment.history.area"), key="area")
        areas.add_column(t(self.lang, "assessment.history.trend"), key="trend")
        areas.add_column(t(self.lang, "assessment.history.latest"), key="latest")
        areas.add_column(t(self.lang, "assessment.history.change"), key="change")
        listing = self.query_one("#ah-list", DataTable)
        listing.add_column(t(self.lang, "assessment.history.date"), key="date")
        listing.add_column(t(self.lang, "assessment.history.rated"), key="rated")
        listing.add_column(t(self.lang, "assessment.history.notes"), key="notes")

    # --- filled by the screen ---------------------------------------------------------

    def set_framework_title(self, title: str, more: bool) -> None:
        """The framework shown, and (when there are others) how to choose another."""
        text = Text(one_line(title), style="bold")
        if more:
            text.append("  " + t(self.lang, "assessment.history.other_framework"), style="dim")
        self.query_one("#ah-framework", Static).update(text)

    def set_problems(self, problems: Sequence[BadFile]) -> None:
        shown = self.query_one("#ah-problems", Static)
        shown.display = bool(problems)
        if problems:
            text = Text(t(self.lang, "assessment.history.problems", count=len(problems)))
            for problem in problems:
                said = domain_text(self.lang, problem.reason)
                text.append("\n  " + one_line(f"{problem.path}: {said}"))
            shown.update(text)

    def set_notice(self, message: str) -> None:
        notice = self.query_one("#ah-notice", Static)
        notice.update(Text(message))
        notice.display = bool(message)

    def show(self, framework: Framework, assessments: Sequence[Assessment]) -> None:
        """The history of `framework` from `assessments` (any order; other frameworks'
        are ignored), keeping the cursors where they were when those rows remain."""
        self.framework = framework
        self.assessments = sorted(
            (a for a in assessments if a.framework == framework.id),
            key=lambda a: (a.date, a.created),
        )
        self.history = history_by_area(self.assessments, framework)
        self.latest = latest_from_history(self.history)
        self._fill_areas()
        self._fill_list()
        self._show_detail(again=True)

    def selected_assessment(self) -> Assessment | None:
        listing = self.query_one("#ah-list", DataTable)
        if not listing.row_count:
            return None
        key = listing.coordinate_to_cell_key(listing.cursor_coordinate).row_key.value
        return next((a for a in self.assessments if a.id == key), None)

    def selected_area(self) -> str | None:
        areas = self.query_one("#ah-areas", DataTable)
        if not areas.row_count:
            return None
        return areas.coordinate_to_cell_key(areas.cursor_coordinate).row_key.value

    def focus_tables(self) -> None:
        self.query_one("#ah-areas", DataTable).focus()

    # --- drawing ----------------------------------------------------------------------

    def _title_width(self) -> int:
        width = self.size.width or self.app.size.width
        return max(16, width - (SPARK_LENGTH + 4 + 8 + 8))

    def _fill_areas(self) -> None:
        framework = self.framework
        assert framework is not None
        table = self.query_one("#ah-areas", DataTable)
        kept = self.selected_area()
        table.clear()
        width = self._title_width()
        for area in framework.areas:
            rating = self.latest.get(area.id)
            latest = Text(str(rating.latest.score), style="bold") if rating else Text("–")
            change = (
                change_text(rating.delta, self.lang)
                if rating is not None and rating.previous is not None
                else Text("")
            )
            table.add_row(
                Text(one_line(area.title, width)),
                Text(sparkline(self.history.get(area.id, []))),
                latest,
                change,
                key=area.id,
            )
        if kept is not None and kept in {a.id for a in framework.areas}:
            table.move_cursor(row=table.get_row_index(kept), animate=False)

    def _fill_list(self) -> None:
        framework = self.framework
        assert framework is not None
        table = self.query_one("#ah-list", DataTable)
        kept = self.selected_assessment()
        table.clear()
        total = len(framework.areas)
        newest = list(reversed(self.assessments))
        # A long list costs time to lay out on every opening; its tail is a key away.
        shown = newest if self.list_all else newest[:LIST_LENGTH]
        if kept is not None and kept not in shown and kept in newest:
            shown = newest[: newest.index(kept) + 1]
        for assessment in shown:
            notes = sum(1 for note in assessment.notes.values() if note.strip())
            table.add_row(
                Text(format_date(assessment.date, self.lang)),
                Text(f"{len(assessment.scores)}/{total}"),
                Text(str(notes) if notes else "–"),
                key=assessment.id,
            )
        if len(shown) < len(newest):
            older = t(self.lang, "assessment.history.more", n=len(newest) - len(shown))
            more_key = t(self.lang, "assessment.history.more_key")
            table.add_row(Text(older, style="dim"), Text(more_key, style="dim"), Text(""), key=MORE)
        if kept is not None and kept in shown:
            table.move_cursor(row=table.get_row_index(kept.id), animate=False)

    def _show_detail(self, *, again: bool = False) -> None:
        """The chart of the chosen area, or the chosen assessment; drawn only when that
        changed (a table's highlight events follow every fill), or `again`."""
        detail = self.query_one("#ah-detail", Static)
        framework = self.framework
        chosen = self.selected_assessment() if self.detail_for == "assessment" else None
        area_id = self.selected_area() if chosen is None else None
        key = (framework and framework.id, self.detail_for, chosen and chosen.id, area_id)
        if key == self._detail_key and not again:
            return
        self._detail_key = key
        if framework is None:
            detail.update("")
        elif chosen is not None:
            detail.update(assessment_detail(chosen, framework, self.assessments, self.lang))
        else:
            area = framework.area(area_id) if area_id else None
            history = self.history.get(area.id, []) if area else []
            detail.update(area_chart(area.title, history, self.lang) if area else "")

    @on(DataTable.RowHighlighted, "#ah-areas")
    def _area_highlighted(self) -> None:
        if self.query_one("#ah-areas", DataTable).has_focus:
            self.detail_for = "area"
        self._show_detail()

    @on(DataTable.RowHighlighted, "#ah-list")
    def _assessment_highlighted(self) -> None:
        if self.query_one("#ah-list", DataTable).has_focus:
            self.detail_for = "assessment"
        self._show_detail()

    @on(DataTable.RowSelected, "#ah-list")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        # Enter or a click on an assessment: the screen opens it; on "… older", list them all.
        event.stop()
        if event.row_key.value == MORE:
            self.list_all = True
            row = event.cursor_row
            self._fill_list()
            self.query_one("#ah-list", DataTable).move_cursor(row=row, animate=False)
            return
        chosen = self.selected_assessment()
        if chosen is not None:
            self.post_message(self.Chosen(chosen))

    def on_descendant_focus(self) -> None:
        focused = self.screen.focused
        if focused is self.query_one("#ah-list", DataTable):
            self.detail_for = "assessment"
        elif focused is self.query_one("#ah-areas", DataTable):
            self.detail_for = "area"
        self._show_detail()
