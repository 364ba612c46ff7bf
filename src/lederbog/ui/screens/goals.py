"""Mål: the leader's goals by area, a goal in detail with its chart, and every change.

The goals are read in a thread worker (120 files take tens of milliseconds) and
shown as the rows of one OptionList. Saves go through the store; each is
followed by RecordsChanged so Oversigt's figures follow at once.
"""

from __future__ import annotations

from copy import copy as shallow_copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import ContentSwitcher, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from lederbog import goals as rules
from lederbog.domain_text import domain_text
from lederbog.errors import LederbogError
from lederbog.i18n import t
from lederbog.model.records import GOAL_STATUSES, Goal, GoalStatus
from lederbog.store.codec import UnstorableText
from lederbog.text import one_line
from lederbog.ui.links import AreaLink, CheckInLink, GoalLink, NewGoal
from lederbog.ui.messages import RecordsChanged
from lederbog.ui.screens.section import SectionScreen
from lederbog.ui.widgets import goal_rows

if TYPE_CHECKING:
    from textual.command import Provider

    from lederbog.store.store import SaveResult
    from lederbog.ui.screens.goal_dialogs import CheckInValues
    from lederbog.ui.widgets.goal_chart import GoalChart
    from lederbog.workbook import Workbook

AREA_PREFIX = "area:"


def _goal_commands() -> type[Provider]:
    # The palette's provider is imported when the palette first opens, not at start.
    from lederbog.ui.goal_commands import GoalCommands

    return GoalCommands


class GoalsScreen(SectionScreen):
    """The goals grouped by framework and area; Enter shows one in detail."""

    SECTION = "goals"
    COMMANDS = {_goal_commands}

    BINDINGS = [
        Binding("n", "new_goal", "Nyt mål", id="goal_new"),
        Binding("c", "check_in", "Check ind", id="goal_checkin"),
        Binding("e", "edit", "Rediger", id="goal_edit"),
        Binding("s", "status", "Status", id="goal_status"),
        Binding("f", "filter", "Filter", id="goal_filter"),
        Binding("delete,x", "delete", "Slet", id="goal_delete"),
        Binding("escape", "back", "Tilbage", id="goal_back"),
    ]

    class Loaded(Message):
        def __init__(self, shelf: rules.GoalShelf) -> None:
            super().__init__()
            self.shelf = shelf

    def __init__(self, workbook: Workbook) -> None:
        super().__init__(workbook)
        self.shelf: rules.GoalShelf | None = None
        self.shown = rules.FILTERS[0]
        self.detail_id: str | None = None  # the goal shown in detail, when it is
        self.pending: list[object] = []  # links that came before the goals were read
        self.chart: GoalChart | None = None
        self.framework_ids = rules.framework_order(
            workbook.frameworks, [fw.id for fw in workbook.leader_frameworks()]
        )

    # --- building and loading -------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        yield Static(t(self.lang, "goals.loading"), id="goals-bar")
        yield Static(id="goals-notices")
        with ContentSwitcher(initial="goals-list", id="goals-switcher"):
            yield OptionList(id="goals-list")
            with VerticalScroll(id="goal-detail", can_focus=True):
                yield Static(id="goal-detail-text")
                yield Static(id="goal-copies")
                yield Vertical(id="goal-chart-box")
                yield Static(id="goal-checkins")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#goals-list", OptionList).focus()
        self.load()

    def records_changed(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="goals-load")
    def load(self) -> None:
        store = self.workbook.store
        self.post_message(self.Loaded(rules.load(store, rules.cache_for(store.root))))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR and event.worker.group == "goals-load":
            message = t(self.lang, "goals.load_failed", error=one_line(str(event.worker.error)))
            self.notify(message, severity="error", markup=False)

    @on(Loaded)
    def _loaded(self, event: GoalsScreen.Loaded) -> None:
        self.shelf = event.shelf
        self._show_notices()
        self.refill()
        if self.detail_id is not None:
            goal = self.shelf.get(self.detail_id)
            if goal is None:
                self.show_list()
            else:
                self.show_detail(goal)
        pending, self.pending = self.pending, []
        for link in pending:
            self.open_link(link)

    # --- the list -------------------------------------------------------------------

    def visible_goals(self) -> list[Goal]:
        if self.shelf is None:
            return []
        return [goal for goal in self.shelf.goals if rules.matches(goal, self.shown)]

    def refill(self, keep: str | None = None) -> None:
        """Fill the list for the current filter, keeping the cursor on `keep` or where it was."""
        options = self.query_one("#goals-list", OptionList)
        if keep is None:
            current = options.highlighted_option
            keep = current.id if current is not None else None
        today = self.workbook.today()
        rows: list[Option] = []
        groups = rules.group(self.visible_goals(), self.workbook.frameworks, self.framework_ids)
        for entry in groups:
            header_id = f"{AREA_PREFIX}{entry.framework_id}/{entry.area_id}"
            rows.append(
                Option(goal_rows.group_heading(entry, self.lang), id=header_id, disabled=True)
            )
            for goal in entry.goals:
                rows.append(Option(goal_rows.goal_row(goal, today, self.lang), id=goal.id))
        if not rows:
            nothing = self.shelf is None or not self.shelf.goals
            key = "goals.empty" if nothing else "goals.empty_filter"
            rows.append(Option(Text(t(self.lang, key), style="dim"), disabled=True))
        options.set_options(rows)
        index = None
        if keep is not None:
            index = next((n for n, row in enumerate(rows) if row.id == keep), None)
        if index is None:
            index = next((n for n, row in enumerate(rows) if not row.disabled), None)
        options.highlighted = index
        self._show_bar(sum(len(entry.goals) for entry in groups))

    def _show_bar(self, count: int) -> None:
        total = len(self.shelf.goals) if self.shelf is not None else 0
        text = t(
            self.lang,
            "goals.bar",
            shown=t(self.lang, f"goals.filter.{self.shown}"),
            count=count,
            total=total,
        )
        self.query_one("#goals-bar", Static).update(Text(text))

    def _show_notices(self) -> None:
        notices = self.query_one("#goals-notices", Static)
        shelf = self.shelf
        if shelf is None:
            return
        lines = []
        root = self.workbook.data_dir
        for problem in shelf.problems:
            lines.append(
                t(self.lang, "goals.unreadable", path=_relative(problem.path, root),
                  reason=one_line(domain_text(self.lang, problem.reason), 200))
            )  # fmt: skip
        for copy in shelf.copies:
            lines.append(t(self.lang, "goals.copy", path=_relative(copy, root)))
        notices.update(Text("\n".join(lines)))
        notices.set_class(bool(lines), "-shown")

    def current_goal(self) -> Goal | None:
        """The goal shown in detail, else the one under the list's cursor."""
        if self.shelf is None:
            return None
        if self.detail_id is not None:
            return self.shelf.get(self.detail_id)
        option = self.query_one("#goals-list", OptionList).highlighted_option
        if option is None or option.id is None or option.id.startswith(AREA_PREFIX):
            return None
        return self.shelf.get(option.id)

    def current_area(self) -> tuple[str, str]:
        """The framework and area of the goal under the cursor (for a new goal)."""
        goal = self.current_goal()
        if goal is not None:
            return goal.framework, goal.area
        return "", ""

    @on(OptionList.OptionSelected, "#goals-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        goal = self.shelf.get(event.option.id or "") if self.shelf is not None else None
        if goal is not None:
            self.show_detail(goal)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The keys on a goal stay the same whether or not one is under the cursor (they
        # then say so): changing them would rebuild the footer on every move.
        if action == "back":
            return self.detail_id is not None
        if action == "filter":
            return self.detail_id is None
        return True

    # --- detail -----------------------------------------------------------------------

    def show_detail(self, goal: Goal) -> None:
        switcher = self.query_one("#goals-switcher", ContentSwitcher)
        # Shown again after a save (or a change on disk): the leader stays where they were.
        again = self.detail_id == goal.id and switcher.current == "goal-detail"
        self.detail_id = goal.id
        today = self.workbook.today()
        self.query_one("#goal-detail-text", Static).update(
            goal_rows.goal_detail(goal, self.workbook.frameworks, today, self.lang)
        )
        self.query_one("#goal-checkins", Static).update(goal_rows.checkin_list(goal, self.lang))
        copies = self.shelf.copies_of(goal.id) if self.shelf is not None else []
        shown = self.query_one("#goal-copies", Static)
        shown.set_class(bool(copies), "-shown")
        if copies:
            root = self.workbook.data_dir
            found = [(_relative(path, root), rules.read_copy(path)) for path in copies]
            shown.update(goal_rows.copies_text(found, self.lang))
        if self.chart is None:
            from lederbog.ui.widgets.goal_chart import GoalChart  # plotext: only when shown

            self.chart = GoalChart(self.lang, id="goal-chart")
            self.query_one("#goal-chart-box", Vertical).mount(self.chart)
        self.chart.show(goal)
        if again:
            return
        switcher.current = "goal-detail"
        detail = self.query_one("#goal-detail", VerticalScroll)
        detail.scroll_home(animate=False)
        detail.focus()
        self.refresh_bindings()

    def show_list(self) -> None:
        keep = self.detail_id
        self.detail_id = None
        self.query_one("#goals-switcher", ContentSwitcher).current = "goals-list"
        if keep is not None and self.shelf is not None:
            goal = self.shelf.get(keep)
            if goal is not None and not rules.matches(goal, self.shown):
                self.shown = "all"
        self.refill(keep)
        self.query_one("#goals-list", OptionList).focus()

    def action_back(self) -> None:
        if self.detail_id is not None:
            self.show_list()

    def action_filter(self) -> None:
        filters = rules.FILTERS
        self.shown = filters[(filters.index(self.shown) + 1) % len(filters)]
        self.refill()

    def set_filter(self, shown: str) -> None:
        if shown in rules.FILTERS:
            self.shown = shown
            if self.detail_id is not None:
                self.show_list()
            else:
                self.refill()

    # --- links from other sections ---------------------------------------------------

    def open_link(self, link: object) -> None:
        if self.shelf is None:
            self.pending.append(link)
            return
        if isinstance(link, GoalLink | CheckInLink):
            goal = self.shelf.get(link.goal)
            if goal is None:
                self.notify(
                    t(self.lang, "goals.not_found", id=one_line(link.goal, 60)),
                    severity="warning",
                    markup=False,
                )
                return
            self.show_detail(goal)
            if isinstance(link, CheckInLink):
                # After the switch to this section has been drawn: the dialog goes on top of it.
                self.call_after_refresh(self.check_in, goal)
        elif isinstance(link, NewGoal):
            if self.detail_id is not None:
                self.show_list()
            self.call_after_refresh(self.new_goal, link.framework, link.area, link.item)
        elif isinstance(link, AreaLink):
            self.go_to_area(link.framework, link.area)

    def go_to_area(self, framework_id: str, area_id: str) -> None:
        """The list with the cursor on the first goal of that area (all goals if need be)."""
        if self.detail_id is not None:
            self.show_list()
        assert self.shelf is not None
        in_area = [g for g in self.shelf.goals if (g.framework, g.area) == (framework_id, area_id)]
        if not in_area:
            self.notify(t(self.lang, "goals.area_empty"), markup=False)
            return
        if not any(rules.matches(goal, self.shown) for goal in in_area):
            self.shown = "all"
        first = min((g for g in in_area if rules.matches(g, self.shown)), key=rules.goal_sort_key)
        self.refill(first.id)  # the cursor on it brings it, under its area's heading, into view
        self.query_one("#goals-list", OptionList).focus()

    # --- saving ----------------------------------------------------------------------

    def _save(self, goal: Goal) -> str | None:
        """Save through the store; None when saved (a conflict copy is saved too), else why not."""
        try:
            result = self.workbook.store.save(goal)
        except UnstorableText as error:
            return t(
                self.lang,
                "goals.not_saved",
                reason=one_line(domain_text(self.lang, str(error)), 300),
            )
        except LederbogError as error:
            return t(
                self.lang,
                "goals.not_saved",
                reason=one_line(domain_text(self.lang, str(error)), 300),
            )
        self._saved(goal, result)
        return None

    def _saved(self, goal: Goal, result: SaveResult) -> None:
        if result.conflict:
            self.notify(
                t(
                    self.lang,
                    "goals.conflict",
                    title=one_line(goal.title, 60),
                    copy=_relative(result.path, self.workbook.data_dir),
                ),
                severity="warning",
                timeout=30,
                markup=False,
            )
        else:
            self.notify(t(self.lang, "goals.saved", title=one_line(goal.title, 60)), markup=False)
        self.app.post_message(RecordsChanged())

    def _fresh(self, goal: Goal) -> Goal | None:
        """The goal as it is on disk now (a form starts from that, not from the list)."""
        try:
            return self.workbook.store.goal(goal.id)
        except LederbogError as error:
            self.notify(
                one_line(domain_text(self.lang, str(error)), 300), severity="error", markup=False
            )
            self.load()
            return None

    # --- the actions ------------------------------------------------------------------

    def action_new_goal(self) -> None:
        framework, area = self.current_area()
        self.new_goal(framework, area, "")

    def new_goal(self, framework: str = "", area: str = "", item: str = "") -> None:
        from lederbog.ui.screens.goal_dialogs import GoalForm

        if not framework and self.framework_ids:
            framework = self.framework_ids[0]
        typed = rules.GoalInput(framework=framework, area=area, items=[item] if item else [])

        def save(values: rules.CheckedGoal) -> str | None:
            goal = rules.new_goal(self.workbook.store, values, self.workbook.today())
            problem = self._save(goal)
            if problem is None:
                self.detail_id = goal.id  # show it once the list is read again
            return problem

        self.app.push_screen(
            GoalForm(
                self.lang,
                self.workbook.frameworks,
                self.framework_ids,
                self.workbook.roles(),
                typed,
                save,
                linked_item=item,
            )
        )

    def _no_goal(self) -> None:
        self.notify(t(self.lang, "goals.none_chosen"), markup=False)

    def action_edit(self) -> None:
        from lederbog.ui.screens.goal_dialogs import GoalForm, goal_input

        listed = self.current_goal()
        if listed is None:
            self._no_goal()
            return
        goal = self._fresh(listed)
        if goal is None:
            return

        def save(values: rules.CheckedGoal) -> str | None:
            rules.apply(goal, values, self.workbook.today())
            return self._save(goal)

        self.app.push_screen(
            GoalForm(
                self.lang,
                self.workbook.frameworks,
                self.framework_ids,
                self.workbook.roles(),
                goal_input(goal, self.lang),
                save,
                editing=True,
            )
        )

    def action_check_in(self) -> None:
        goal = self.current_goal()
        if goal is None:
            self._no_goal()
        else:
            self.check_in(goal)

    def check_in(self, listed: Goal) -> None:
        from lederbog.ui.screens.goal_dialogs import CheckInDialog

        goal = self._fresh(listed)
        if goal is None:
            return

        def save(values: CheckInValues) -> str | None:
            checkin = rules.add_checkin(goal, values.progress, values.note, values.day)
            problem = self._save(goal)
            if problem is not None:
                goal.checkins.remove(checkin)
                return problem
            if rules.offers_done(goal):
                self.call_after_refresh(self._offer_done, goal)
            return None

        self.app.push_screen(CheckInDialog(self.lang, goal, self.workbook.today(), save))

    def _offer_done(self, goal: Goal) -> None:
        from lederbog.ui.screens.goal_dialogs import ConfirmDialog

        def answered(done: bool | None) -> None:
            if done:
                self._set_status(goal, "done")

        self.app.push_screen(
            ConfirmDialog(
                self.lang,
                t(self.lang, "goals.offer_done", title=one_line(goal.title, 80)),
                t(self.lang, "goals.offer_done.yes"),
                t(self.lang, "goals.offer_done.no"),
            ),
            answered,
        )

    def action_status(self) -> None:
        from lederbog.ui.screens.goal_dialogs import StatusDialog

        listed = self.current_goal()
        if listed is None:
            self._no_goal()
            return
        goal = self._fresh(listed)
        if goal is None:
            return

        def chosen(status: str | None) -> None:
            if status in GOAL_STATUSES:
                self._set_status(goal, status)

        self.app.push_screen(StatusDialog(self.lang, goal), chosen)

    def _set_status(self, goal: Goal, status: GoalStatus) -> None:
        if not rules.change_status(goal, status, self.workbook.today()):
            return
        problem = self._save(goal)
        if problem is not None:
            self.notify(problem, severity="error", markup=False)

    def action_delete(self) -> None:
        from lederbog.ui.screens.goal_dialogs import ConfirmDialog

        goal = self.current_goal()
        if goal is None:
            self._no_goal()
            return

        def answered(delete: bool | None) -> None:
            if delete:
                self._delete(goal)

        self.app.push_screen(
            ConfirmDialog(
                self.lang,
                t(self.lang, "goals.delete.question", title=one_line(goal.title, 80)),
                t(self.lang, "goals.delete.yes"),
                t(self.lang, "goals.delete.no"),
            ),
            answered,
        )

    def _delete(self, goal: Goal) -> None:
        try:
            where = self.workbook.store.trash(shallow_copy(goal))  # shown ones are shared
        except LederbogError as error:
            self.notify(
                t(
                    self.lang,
                    "goals.not_deleted",
                    reason=one_line(domain_text(self.lang, str(error)), 300),
                ),
                severity="error",
                timeout=20,
                markup=False,
            )
            self.load()
            return
        if self.detail_id == goal.id:
            self.show_list()
        self.notify(
            t(
                self.lang,
                "goals.deleted",
                title=one_line(goal.title, 60),
                path=_relative(where, self.workbook.data_dir),
            ),
            markup=False,
        )
        self.app.post_message(RecordsChanged())

    def commands(self) -> list[tuple[str, str, Any]]:
        """What the palette offers here: (name, help, callback)."""
        lang = self.lang
        found: list[tuple[str, str, Any]] = [
            (t(lang, "goals.palette.new"), t(lang, "goals.palette.new.help"), self.action_new_goal)
        ]
        if self.current_goal() is not None:
            found += [
                (
                    t(lang, "goals.palette.checkin"),
                    t(lang, "goals.palette.checkin.help"),
                    self.action_check_in,
                ),
                (
                    t(lang, "goals.palette.edit"),
                    t(lang, "goals.palette.edit.help"),
                    self.action_edit,
                ),
                (
                    t(lang, "goals.palette.status"),
                    t(lang, "goals.palette.status.help"),
                    self.action_status,
                ),
                (
                    t(lang, "goals.palette.delete"),
                    t(lang, "goals.palette.delete.help"),
                    self.action_delete,
                ),
            ]
        for shown in rules.FILTERS:
            found.append(
                (
                    t(lang, "goals.palette.filter", shown=t(lang, f"goals.filter.{shown}")),
                    t(lang, "goals.palette.filter.help"),
                    lambda shown=shown: self.set_filter(shown),
                )
            )
        return found


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)
