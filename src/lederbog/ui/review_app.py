"""`lederbog review`: the supervisor's full-screen, read-only view of exports.

No store is opened in this process and nothing is written: the exports are read
before the app starts (by `lederbog.commands.review`), the figures are those of the
leader's own Oversigt (`lederbog.export.review` feeds `overview()`), and the app's
chrome leaves out what would write a file (the theme is not remembered, there is
no screenshot). Every text from an export is shown as text, through `for_display`.

One export opens that leader's screen; several open a table of leaders by area,
Enter opens one and Escape goes back to the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static, TabbedContent, TabPane

from lederbog.assessments import mark_of
from lederbog.dates import days_ago, days_until, format_date
from lederbog.export.model import Export
from lederbog.export.review import (
    LeaderSummary,
    ReviewRecords,
    area_rows,
    figures_of,
    period_text,
    records_of,
    summary_cells,
    summary_of,
)
from lederbog.i18n import t
from lederbog.overview import Overview
from lederbog.text import for_display, one_line
from lederbog.ui.base_app import BaseApp
from lederbog.ui.widgets.footer import SteadyFooter
from lederbog.ui.widgets.progress_chart import ProgressChart

TABS = ("overview", "goals", "assessments", "reflections")


class Leader:
    """One export, with the records and figures made from it once."""

    def __init__(self, path: Path, export: Export) -> None:
        self.path = path
        self.export = export
        self.records: ReviewRecords = records_of(export)
        self.figures: Overview = figures_of(self.records, export.since)
        self.summary: LeaderSummary = summary_of(export, self.records)


def _heading(leader: Leader, lang: str) -> Text:
    export = leader.export
    text = Text(one_line(export.name) or t(lang, "review.anon"), style="bold")
    if export.organisation:
        text.append(" · " + one_line(export.organisation))
    text.append("\n" + period_text(export.since, export.until, lang), style="dim")
    text.append(" · " + t(lang, "review.read_only"), style="dim")
    return text


def _percent(value: int | None, lang: str) -> str:
    if value is None:
        return "–"
    return f"{value} %" if lang == "da" else f"{value}%"


class LeaderScreen(Screen[None]):
    """One leader: Oversigt's figures, their goals, assessments and shared reflections."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(str(n), f"tab('{tab}')", show=False) for n, tab in enumerate(TABS, 1)
    ]

    def __init__(self, leader: Leader, lang: str, *, can_go_back: bool) -> None:
        super().__init__()
        self.leader = leader
        self.lang = lang
        self.can_go_back = can_go_back
        if can_go_back:
            self._bindings.bind("escape", "back", t(lang, "review.binding.back"))

    def compose(self) -> ComposeResult:
        lang = self.lang
        yield Static(_heading(self.leader, lang), id="review-head")
        with TabbedContent(id="review-tabs"):
            with TabPane(t(lang, "review.tab.overview"), id="overview"), VerticalScroll():
                yield DataTable(id="review-areas", cursor_type="row")
                yield Static(self._due(), id="review-due")
                yield Static(t(lang, "overview.chart"), id="review-chart-title")
                yield ProgressChart(lang, id="review-chart")
            with TabPane(t(lang, "review.tab.goals"), id="goals"):
                yield VerticalScroll(Static(self._goals(), id="review-goals"))
            with TabPane(t(lang, "review.tab.assessments"), id="assessments"):
                yield VerticalScroll(Static(self._assessments(), id="review-assessments"))
            with TabPane(t(lang, "review.tab.reflections"), id="reflections"):
                yield VerticalScroll(Static(self._reflections(), id="review-reflections"))
        hint = "review.leader_hint.back" if self.can_go_back else "review.leader_hint"
        yield Static(t(lang, hint), id="review-hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self._fill_areas()
        months = self.leader.figures.progress_by_month
        self.query_one(ProgressChart).show(months)
        shown = any(m.progress is not None for m in months)
        self.query_one(ProgressChart).display = shown
        self.query_one("#review-chart-title").display = shown
        self.query_one("#review-areas").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.can_go_back
        return True

    def action_back(self) -> None:
        if self.can_go_back:
            self.dismiss()

    def action_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab

    # --- the parts ------------------------------------------------------------------

    def _fill_areas(self) -> None:
        lang, figures = self.lang, self.leader.figures
        table: DataTable[Text] = self.query_one("#review-areas", DataTable)
        columns = ("area", "goals", "progress", "reflection", "rating")
        widths = (24, 5, 9, 18, 9)
        for key, width in zip(columns, widths, strict=True):
            right = key in ("goals", "progress")
            label = Text(t(lang, f"overview.col.{key}"), justify="right" if right else "left")
            table.add_column(label, width=width, key=key)
        for framework in figures.frameworks:
            title = one_line(framework.title)
            if framework.role_title:
                title += " · " + one_line(framework.role_title)
            blank = [Text("")] * 4
            # The framework's title wraps (its row grows) rather than being cut, as in Oversigt.
            key = f"fw:{framework.framework}"
            table.add_row(Text(title, style="bold"), *blank, key=key, height=None)
            for area in framework.areas:
                goals = str(area.active_goals) if area.active_goals else "–"
                if area.done_goals:
                    goals += f" ✓{area.done_goals}"
                reflection = (
                    days_ago(area.last_reflection, figures.today, lang)
                    if area.last_reflection is not None
                    else t(lang, "overview.never")
                )
                rating = "–"
                if area.rating is not None:
                    rating = f"{area.rating}/5 {mark_of(area.trend)}".rstrip()
                table.add_row(
                    Text("  " + one_line(area.title, 22)),
                    Text(goals, justify="right"),
                    Text(_percent(area.progress, lang), justify="right"),
                    Text(reflection, style="" if area.last_reflection else "dim"),
                    Text(rating),
                    key=f"area:{area.framework}/{area.area}",
                )

    def _due(self) -> Text:
        lang, figures = self.lang, self.leader.figures
        text = Text(t(lang, "review.due"), style="bold")
        text.append("  " + t(lang, "review.as_of", date=format_date(figures.today, lang)))
        entries = [*figures.overdue, *figures.due_soon]
        if not entries:
            text.append("\n" + t(lang, "review.due.none"), style="dim")
        for goal in entries:
            line = t(
                lang,
                "review.due.entry",
                title=one_line(goal.title, 40),
                date=format_date(goal.due, lang),
                when=days_until(goal.due, figures.today, lang),
            )
            text.append("\n" + ("⚠ " if goal.days_left < 0 else "• ") + line)
        return text

    def _area_title(self, framework_id: str, area_id: str) -> str:
        found = self.leader.export.framework(framework_id)
        return one_line(found.area_title(area_id) if found else f"{framework_id}/{area_id}")

    def _goals(self) -> Text:
        lang, export = self.lang, self.leader.export
        if not export.goals:
            return Text(t(lang, "review.goals.none"), style="dim")
        text = Text()
        for goal in export.goals:
            if text:
                text.append("\n\n")
            text.append(one_line(goal.title) or "–", style="bold")
            text.append("\n" + self._area_title(goal.framework, goal.area), style="dim")
            status = t(lang, f"goals.status.{goal.status}")
            line = t(lang, "review.goal.line", status=status, progress=goal.progress)
            if goal.due is not None:
                line += " · " + t(lang, "review.goal.due", date=format_date(goal.due, lang))
            text.append("\n" + line)
            for label, value in (("export.why", goal.why), ("export.success", goal.success)):
                if value:
                    text.append(f"\n{t(lang, label)}: ", style="italic")
                    text.append(for_display(value))
            if goal.checkins:
                text.append("\n" + t(lang, "review.goal.checkins"), style="dim")
                for checkin in goal.checkins:
                    date = format_date(checkin.date, lang)
                    entry = t(lang, "review.checkin", date=date, progress=checkin.progress)
                    text.append("\n  " + entry)
                    if checkin.note:
                        text.append(" · " + one_line(checkin.note))
            else:
                text.append("\n" + t(lang, "review.goal.no_checkins"), style="dim")
        return text

    def _assessments(self) -> Text:
        lang, export = self.lang, self.leader.export
        if not export.assessments:
            return Text(t(lang, "review.assessments.none"), style="dim")
        text = Text()
        for assessment in reversed(export.assessments):  # the latest first
            if text:
                text.append("\n\n")
            found = export.framework(assessment.framework)
            title = one_line(found.title if found else assessment.framework, 50)
            heading = t(
                lang,
                "review.assessment",
                date=format_date(assessment.date, lang),
                framework=title,
            )
            text.append(heading, style="bold")
            for area_id, score in assessment.scores.items():
                text.append(f"\n  {score}/5  {self._area_title(assessment.framework, area_id)}")
                note = assessment.notes.get(area_id, "")
                if note:
                    text.append("\n        " + for_display(note), style="dim")
        return text

    def _reflections(self) -> Text:
        lang, export = self.lang, self.leader.export
        text = Text(
            t(
                lang,
                "export.shared_count",
                shared=len(export.reflections),
                total=export.reflections_total,
            ),
            style="dim",
        )
        if not export.reflections:
            text.append("\n\n" + t(lang, "review.reflections.none"), style="dim")
        for reflection in reversed(export.reflections):  # the latest first
            text.append("\n\n" + format_date(reflection.date, lang), style="bold")
            areas = [self._area_title(*a.partition("/")[::2]) for a in reflection.areas if a]
            if areas:
                text.append(" · " + ", ".join(areas), style="dim")
            if reflection.prompt:
                text.append("\n" + for_display(reflection.prompt), style="italic")
            text.append("\n" + for_display(reflection.text))
            if reflection.tags:
                text.append("\n" + " ".join("#" + one_line(tag) for tag in reflection.tags))
        return text


class LeadersScreen(Screen[None]):
    """Several leaders side by side, area by area; Enter opens one."""

    def __init__(self, leaders: Sequence[Leader], problems: Sequence[str], lang: str) -> None:
        super().__init__()
        self.leaders = list(leaders)
        self.problems = list(problems)
        self.lang = lang
        self._rows: dict[str, Leader] = {}

    def compose(self) -> ComposeResult:
        lang = self.lang
        head = Text(t(lang, "review.title"), style="bold")
        head.append(" · " + t(lang, "review.leaders", count=len(self.leaders)))
        head.append(" · " + t(lang, "review.read_only"), style="dim")
        yield Static(head, id="review-head")
        if self.problems:
            text = Text(t(lang, "review.bad_files"), style="bold")
            for problem in self.problems:
                text.append("\n" + one_line(problem))
            yield Static(text, id="review-problems")
        yield DataTable(id="review-leaders", cursor_type="row")
        yield Static(t(lang, "review.open_hint"), id="review-hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        lang = self.lang
        table: DataTable[Text] = self.query_one("#review-leaders", DataTable)
        for key, width, right in (
            ("leader", 26, False),
            ("goals", 5, True),
            ("progress", 7, True),
            ("checkin", 13, False),
            ("shared", 10, True),
            ("rating", 6, True),
        ):
            label = Text(t(lang, f"review.col.{key}"), justify="right" if right else "left")
            table.add_column(label, width=width, key=key)
        for n, leader in enumerate(self.leaders):
            cells = summary_cells(leader.summary, lang)
            name = Text(one_line(cells[0], 26), style="bold")
            key = f"leader:{n}"
            self._rows[key] = leader
            table.add_row(
                name,
                *(Text(c, justify="right") for c in cells[2:4]),
                Text(cells[4]),
                *(Text(c, justify="right") for c in cells[5:]),
                key=key,
            )
            for m, row in enumerate(area_rows(leader.export, leader.figures)):
                checkin = "–"
                if row.last_checkin is not None:
                    year = row.last_checkin.year != leader.export.until.year
                    checkin = format_date(row.last_checkin, lang, year=year)
                area_key = f"leader:{n}:area:{m}"
                self._rows[area_key] = leader
                table.add_row(
                    Text("  " + one_line(row.title, 24)),
                    Text(str(row.active_goals or "–"), justify="right"),
                    Text(_percent(row.progress, lang), justify="right"),
                    Text(checkin),
                    Text(str(row.shared or "–"), justify="right"),
                    Text(f"{row.rating}/5" if row.rating is not None else "–", justify="right"),
                    key=area_key,
                )
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self._open(str(event.row_key.value))

    def _open(self, key: str) -> None:
        leader = self._rows.get(key)
        if leader is not None:
            self.app.push_screen(LeaderScreen(leader, self.lang, can_go_back=True))


class ReviewApp(BaseApp):
    """Exports opened read-only: one leader's screen, or the table of several."""

    CSS_PATH = "review_app.tcss"
    TITLE = "Lederbog"

    def __init__(
        self, exports: Sequence[tuple[Path, Export]], problems: Sequence[str], lang: str
    ) -> None:
        super().__init__(lang)
        self.leaders = [Leader(path, export) for path, export in exports]
        self.problems = list(problems)

    def get_default_screen(self) -> Screen[None]:
        if len(self.leaders) == 1 and not self.problems:
            return LeaderScreen(self.leaders[0], self.lang, can_go_back=False)
        return LeadersScreen(self.leaders, self.problems, self.lang)

    # --- nothing that writes a file ---------------------------------------------------

    def _remember_theme(self, theme: object) -> None:
        """A theme chosen while reviewing lasts until the review ends: nothing is saved."""

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        screenshot = t(self.lang, "system.screenshot")
        for command in super().get_system_commands(screen):
            if command.title != screenshot:  # it would write a picture file
                yield command

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Textual's own screenshot key writes a file: not in a read-only review."""
