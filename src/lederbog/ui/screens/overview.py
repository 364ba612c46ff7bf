"""Oversigt: where the leader stands, area by area, and what needs them next.

The leader's name is drawn at once from the profile; the figures
(lederbog.overview) are read in a thread worker and filled in when they arrive,
and again whenever records change. Every entry leads somewhere with Enter or a
click: an area to its place in Ledelsesgrundlag, a goal to the goal (or, until
the goals section exists, to its area).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from lederbog.dates import days_ago, days_until, format_date, format_month
from lederbog.domain_text import domain_text
from lederbog.i18n import t
from lederbog.text import one_line
from lederbog.ui.links import AreaLink, CheckInLink, GoalLink, NewAssessment, ReflectionLink
from lederbog.ui.messages import OpenSection
from lederbog.ui.screens.section import SectionScreen
from lederbog.ui.sections import section

if TYPE_CHECKING:
    from textual.widgets import DataTable, OptionList

    from lederbog.overview import AreaFigures, DueGoal, Overview
    from lederbog.ui.widgets.overview_parts import YearAgoCard
    from lederbog.ui.widgets.progress_chart import ProgressChart
    from lederbog.workbook import Workbook

NARROW = 110  # below this width the side column goes under the table
AREA_WIDTH = 44  # the area column's widest, in cells
SIDE_WIDTH = 36  # the side column's width on a wide screen (as SidePanel's CSS says)
FIRST_LOAD_DELAY = 0.1  # seconds after mounting before the records are read
SHOWN = 5  # goals shown of those overdue, and of those due soon


def _has(section_id: str) -> bool:
    return section(section_id) is not None


def _goals_cell(area: AreaFigures) -> str:
    """Active goals, and the goals reached with a tick: "2 ✓3"."""
    active = str(area.active_goals) if area.active_goals else "–"
    return f"{active} ✓{area.done_goals}" if area.done_goals else active


class OverviewScreen(SectionScreen):
    SECTION = "overview"

    # The table and lists take Enter themselves; this names it in the help (`?`).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_entry", "Go to", id="open_entry"),
    ]

    class Loaded(Message):
        """The figures, read in the worker."""

        def __init__(self, overview: Overview, generation: int) -> None:
            super().__init__()
            self.overview = overview
            self.generation = generation  # which reading this is: only the latest is shown

    def __init__(self, workbook: Workbook) -> None:
        super().__init__(workbook)
        self.overview: Overview | None = None
        self._area_rows: dict[str, AreaLink] = {}
        self._goals: dict[str, DueGoal] = {}
        self._built = False
        self._generation = 0
        if _has("goals"):
            # Only once there is a goals section to check in with: no key that does nothing.
            self._bindings.bind("c", "check_in", t(self.lang, "binding.check_in"))

    # --- composing ------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        # The first frame is the name and a word on what is coming: the table and lists
        # (and their imports) are made when the figures arrive.
        with VerticalScroll(id="overview"):
            yield Static(self._heading(), id="overview-head")
            yield Static(self._first_message(), id="overview-status", markup=False)
            yield Horizontal(id="overview-columns")

    async def _build_parts(self) -> None:
        """The table, chart and lists, once: made when the first figures arrive."""
        if self._built:
            return
        self._built = True
        from textual.widgets import OptionList

        from lederbog.ui.widgets.overview_parts import AreaTable, SidePanel, YearAgoCard
        from lederbog.ui.widgets.progress_chart import ProgressChart

        def heading(key: str) -> Static:
            return Static(t(self.lang, key), classes="overview-heading")

        main = Vertical(AreaTable(id="overview-areas", cursor_type="row"), id="overview-main")
        side = SidePanel(
            heading("overview.chart"),
            ProgressChart(self.lang, id="overview-chart"),
            Static("", id="overview-chart-note", markup=False),
            heading("overview.due"),
            OptionList(id="overview-due", compact=True),
            heading("overview.assessment"),
            OptionList(id="overview-assessment", compact=True),
            heading("overview.untouched"),
            OptionList(id="overview-untouched", compact=True),
            heading("overview.year_ago"),
            YearAgoCard("", id="overview-year-ago", markup=False),
            id="overview-side",
        )
        await self.query_one("#overview-columns").mount(main, side)
        self.query_one("#overview-areas").focus()
        self.refresh_bindings()

    def _heading(self) -> Text:
        profile = self.workbook.profile
        name = one_line(profile.name) if profile is not None and profile.name else ""
        text = Text(name or t(self.lang, "overview.no_name"), style="bold")
        if profile is not None and profile.organisation:
            text.append(" · " + one_line(profile.organisation), style="")
        return text

    def _first_message(self) -> str:
        if self.workbook.profile is None and self.workbook.profile_problem:
            return t(self.lang, "overview.broken_profile")
        if self.workbook.profile is None:
            return t(self.lang, "overview.no_profile")
        if not self.workbook.leader_frameworks():
            ids = ", ".join(c.id for c in self.workbook.profile.frameworks) or "—"
            return t(self.lang, "overview.no_frameworks", ids=one_line(ids, 60))
        return t(self.lang, "overview.loading")

    def on_mount(self) -> None:
        super().on_mount()
        self._set_narrow(self.size.width)
        # Once the first frame is out: the name is on the screen before any file is read
        # (a worker started at once holds the interpreter while the frame is being written).
        self.set_timer(FIRST_LOAD_DELAY, self._load)

    def on_resize(self, event: events.Resize) -> None:
        self._set_narrow(event.size.width)
        if self.overview is not None and self._built:
            self.show(self.overview)  # the titles are cut to the new width

    def _main_width(self) -> int:
        """The width of the table's column: the screen less padding, scrollbar, side column."""
        width = self.size.width - 3
        return width if self.size.width < NARROW else width - SIDE_WIDTH - 2

    def _side_width(self) -> int:
        return self.size.width - 6 if self.size.width < NARROW else SIDE_WIDTH - 1

    def _set_narrow(self, width: int) -> None:
        self.query_one("#overview-columns").set_class(width < NARROW, "-narrow")

    # --- loading ----------------------------------------------------------------------

    def _load(self) -> None:
        if self.workbook.profile is None:
            return
        self._generation += 1
        self._read_figures(self._generation)

    @work(thread=True, exclusive=True, group="overview")
    def _read_figures(self, generation: int) -> None:
        from lederbog.overview import load_overview

        self.post_message(self.Loaded(load_overview(self.workbook), generation))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "overview" and event.state is WorkerState.ERROR:
            reason = one_line(domain_text(self.lang, str(event.worker.error)), 200)
            status = self.query_one("#overview-status", Static)
            status.update(t(self.lang, "overview.failed", reason=reason))
            status.display = True

    def records_changed(self) -> None:
        # The profile may have come or changed (the first start, the profile form).
        self.query_one("#overview-head", Static).update(self._heading())
        if not self._built:
            self.query_one("#overview-status", Static).update(self._first_message())
        self._load()

    @on(Loaded)
    async def _loaded(self, event: Loaded) -> None:
        if event.generation != self._generation:
            return  # a reading overtaken by a newer one (records changed meanwhile)
        await self._build_parts()
        self.show(event.overview)

    def show(self, overview: Overview) -> None:
        """Fill every part of the screen from `overview`."""
        self.overview = overview
        status = self.query_one("#overview-status", Static)
        if overview.problems:
            status.update(t(self.lang, "overview.problems", count=len(overview.problems)))
        status.display = bool(overview.problems) or not overview.frameworks
        if not overview.frameworks:
            status.update(self._first_message())
        self._fill_areas(overview)
        self._fill_chart(overview)
        self._fill_due(overview)
        self._fill_assessment(overview)
        self._fill_untouched(overview)
        self._fill_year_ago(overview)

    # --- the parts ----------------------------------------------------------------------

    def _fill_areas(self, overview: Overview) -> None:
        table = cast("DataTable[Text]", self.query_one("#overview-areas"))
        cursor = table.cursor_row
        table.clear(columns=True)
        lang = self.lang
        # The area's title gets what the other columns (sized to their headings) leave.
        headings = [
            t(lang, f"overview.col.{c}") for c in ("goals", "progress", "reflection", "rating")
        ]
        goals_width = max((len(_goals_cell(a)) for a in overview.areas), default=1)
        least = (goals_width, 6, 18, 5)
        widths = [max(len(h), n) for h, n in zip(headings, least, strict=True)]
        available = self._main_width()
        width = max(min(available - sum(widths) - 2 * (len(widths) + 1) - 2, AREA_WIDTH), 12)
        table.add_column(Text(t(lang, "overview.col.area")), width=width, key="area")
        for key, heading, column_width in zip(
            ("goals", "progress", "reflection", "rating"), headings, widths, strict=True
        ):
            right = key in ("goals", "progress")
            label = Text(heading, justify="right" if right else "left")
            table.add_column(label, width=column_width, key=key)
        self._area_rows.clear()
        for framework in overview.frameworks:
            title = one_line(framework.title)
            if framework.role_title:
                title += " · " + one_line(framework.role_title)
            key = f"fw:{framework.framework}"
            self._area_rows[key] = AreaLink(framework.framework, "")
            # The framework's title wraps (its row grows) rather than being cut.
            cell = Text(title, style="bold")
            table.add_row(cell, Text(""), Text(""), Text(""), Text(""), key=key, height=None)
            for area in framework.areas:
                key = f"area:{area.framework}/{area.area}"
                self._area_rows[key] = AreaLink(area.framework, area.area)
                table.add_row(*self._area_cells(area, width), key=key)
        if table.row_count:
            table.move_cursor(row=min(max(cursor, 1), table.row_count - 1), animate=False)

    def _area_cells(self, area: AreaFigures, width: int) -> list[Text]:
        lang, today = self.lang, self.overview.today if self.overview else self.workbook.today()
        goals = _goals_cell(area)
        progress = f"{area.progress} %" if area.progress is not None else "–"
        if area.last_reflection is not None:
            reflection = days_ago(area.last_reflection, today, lang)
        else:
            reflection = t(lang, "overview.never")
        rating = "–"
        if area.rating is not None:
            from lederbog.assessments import mark_of  # loaded with the figures, not at start

            rating = f"{area.rating}/5 {mark_of(area.trend)}".rstrip()
        return [
            Text("  " + one_line(area.title, width - 2)),
            Text(goals, justify="right"),
            Text(progress, justify="right"),
            Text(reflection, style="" if area.last_reflection else "dim"),
            Text(rating),
        ]

    def _fill_chart(self, overview: Overview) -> None:
        months = overview.progress_by_month
        chart = cast("ProgressChart", self.query_one("#overview-chart"))
        note = self.query_one("#overview-chart-note", Static)
        chart.show(months)
        latest = next((m for m in reversed(months) if m.progress is not None), None)
        chart.display = latest is not None
        if latest is None or latest.progress is None:
            note.update(t(self.lang, "overview.chart.none"))
            return
        note.update(
            t(
                self.lang,
                "overview.chart.now",
                month=format_month(latest.month, self.lang),
                value=round(latest.progress),
                goals=latest.goals,
            )
        )

    def _fill_due(self, overview: Overview) -> None:
        from textual.widgets.option_list import Option

        from lederbog.ui.widgets.overview_parts import highlight

        listing = cast("OptionList", self.query_one("#overview-due"))
        highlighted = listing.highlighted
        listing.clear_options()
        self._goals.clear()
        if not overview.goals:
            key = "overview.no_goals" if _has("goals") else "overview.no_goals.browse"
            listing.add_option(Option(Text(t(self.lang, key)), disabled=True))
            return
        entries = [*overview.overdue[:SHOWN], *overview.due_soon[:SHOWN]]
        if not entries:
            listing.add_option(Option(Text(t(self.lang, "overview.due.none")), disabled=True))
            return
        for goal in entries:
            self._goals[goal.id] = goal
            # Two lines: the title, then when it is due; each fits the column.
            width = self._side_width() - 2
            prompt = Text("⚠ " if goal.days_left < 0 else "• ")
            prompt.append(one_line(goal.title, width), style="bold" if goal.days_left < 0 else "")
            when = t(
                self.lang,
                "overview.due.when",
                date=format_date(goal.due, self.lang),
                when=days_until(goal.due, overview.today, self.lang),
            )
            prompt.append("\n  " + one_line(when, width), style="dim")
            listing.add_option(Option(prompt, id=f"goal:{goal.id}"))
        more = len(overview.overdue) + len(overview.due_soon) - len(entries)
        if more > 0:
            listing.add_option(
                Option(Text(t(self.lang, "overview.due.more", n=more), style="dim"), disabled=True)
            )
        highlight(listing, highlighted)

    def _fill_assessment(self, overview: Overview) -> None:
        """When a self-assessment is due (none yet, or the last older than the profile's
        interval), say so and offer to start one; else when the last one was."""
        from textual.widgets.option_list import Option

        from lederbog.assessments import due_message

        listing = cast("OptionList", self.query_one("#overview-assessment"))
        listing.clear_options()
        width = self._side_width() - 2
        if not overview.assessment_due:
            listing.add_option(
                Option(Text(t(self.lang, "overview.assessment.none_due")), disabled=True)
            )
            return
        for due in overview.assessment_due:
            prompt = Text("• ")
            prompt.append(one_line(due_message(due, self.lang, overview.assessment_months)))
            if _has("assessment"):
                start = t(self.lang, "overview.assessment.start")
                prompt.append("\n  " + one_line(start, width), style="dim")
                listing.add_option(Option(prompt, id=f"assess:{due.framework.id}"))
            else:
                listing.add_option(Option(prompt, disabled=True))

    def _fill_untouched(self, overview: Overview) -> None:
        from textual.widgets.option_list import Option

        from lederbog.ui.widgets.overview_parts import highlight

        listing = cast("OptionList", self.query_one("#overview-untouched"))
        highlighted = listing.highlighted
        listing.clear_options()
        for area in overview.untouched:
            if area.last_touched is None:
                key, when = "overview.untouched.never", ""
            else:
                key = "overview.untouched.entry"
                when = days_ago(area.last_touched, overview.today, self.lang)
            rest = len(t(self.lang, key, title="", when=when))
            title = one_line(area.title, max(self._side_width() - rest, 12))
            prompt = t(self.lang, key, title=title, when=when)
            listing.add_option(Option(Text(prompt), id=f"area:{area.framework}/{area.area}"))
        highlight(listing, highlighted)

    def _fill_year_ago(self, overview: Overview) -> None:
        card = cast("YearAgoCard", self.query_one("#overview-year-ago"))
        found = overview.year_ago
        if found is None:
            card.update(Text(t(self.lang, "overview.year_ago.none"), style="dim"))
            card.can_focus = False
            return
        text = Text(
            t(
                self.lang,
                "overview.year_ago.date",
                date=format_date(found.date, self.lang),
                when=days_ago(found.date, overview.today, self.lang),
            ),
            style="bold",
        )
        # The first lines, at most three lines of the screen: a reminder, not the text.
        text.append("\n" + one_line(" ".join(found.first_lines), 3 * self._side_width()))
        card.update(text)
        card.can_focus = True

    # --- where each entry leads -------------------------------------------------------

    def _go(self, section_id: str, link: object) -> None:
        self.app.post_message(OpenSection(section_id, link))

    def _open_area(self, link: AreaLink) -> None:
        self._go("frameworks", link)

    def _open_goal(self, goal: DueGoal) -> None:
        if _has("goals"):
            self._go("goals", GoalLink(goal.id))
        else:
            self._open_area(AreaLink(goal.framework, goal.area))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        link = self._area_rows.get(str(event.row_key.value))
        if link is not None:
            self._open_area(link)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        kind, _, value = option_id.partition(":")
        if kind == "goal" and value in self._goals:
            self._open_goal(self._goals[value])
        elif kind == "area":
            framework, _, area = value.partition("/")
            self._open_area(AreaLink(framework, area))
        elif kind == "assess" and _has("assessment"):
            self._go("assessment", NewAssessment(value))

    def on_year_ago_card_chosen(self) -> None:
        found = self.overview.year_ago if self.overview is not None else None
        if found is None:
            return
        if _has("journal"):
            self._go("journal", ReflectionLink(found.id))
            return
        known = {(a.framework, a.area) for a in self.overview.areas} if self.overview else set()
        for link in found.areas:
            framework, _, area = link.partition("/")
            if (framework, area) in known:
                self._open_area(AreaLink(framework, area))
                return

    def _goal_under_cursor(self) -> DueGoal | None:
        if not self._built:
            return None
        # The parts are being mounted while bindings are checked: not there yet is no goal.
        found = self.query("#overview-due")
        if not found:
            return None
        listing = cast("OptionList", found.first())
        if not listing.has_focus or listing.highlighted is None:
            return None
        option = listing.get_option_at_index(listing.highlighted)
        kind, _, value = (option.id or "").partition(":")
        return self._goals.get(value) if kind == "goal" else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_entry":
            return self._built  # nothing to go to before the figures are shown
        if action == "check_in":
            # Shown only where it can work: the goals section exists, a goal is chosen.
            if not _has("goals"):
                return False
            return True if self._goal_under_cursor() is not None else None
        return True

    def action_open_entry(self) -> None:
        """Enter where the focused part did not take it: go where its entry leads."""
        focused = self.focused
        for name in ("action_select_cursor", "action_select", "action_open"):
            action = getattr(focused, name, None)
            if callable(action):
                action()
                return

    def action_check_in(self) -> None:
        goal = self._goal_under_cursor()
        if goal is not None and _has("goals"):
            self._go("goals", CheckInLink(goal.id))

    def on_option_list_option_highlighted(self) -> None:
        self.refresh_bindings()

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()
