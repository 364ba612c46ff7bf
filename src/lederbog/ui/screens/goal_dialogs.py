"""The Mål section's dialogs: a question, the status, a check-in, the goal form.

Each collects what the leader chose and hands it back (`dismiss`), or hands it
to a `save` callback given by the section, which says what went wrong (a
message) so that the dialog can stay open with everything typed still in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Select, SelectionList, Static, TextArea
from textual.widgets.option_list import Option

from lederbog import goals as rules
from lederbog.dates import DateError, parse_date
from lederbog.frameworks import FrameworkSet
from lederbog.i18n import t
from lederbog.model.records import GOAL_STATUSES, Goal
from lederbog.text import one_line
from lederbog.ui.bindings import localise_bindings

DIALOG_CSS = """
.goal-dialog {
    width: 80%;
    max-width: 100;
    height: auto;
    max-height: 100%;
    border: round $accent;
    border-title-color: $accent;
    border-subtitle-color: $text-muted;
    padding: 0 1;
    background: $surface;
}
.goal-dialog .field-label {
    margin-top: 1;
    color: $text-muted;
}
.goal-dialog Input, .goal-dialog TextArea, .goal-dialog SelectionList {
    background: $panel;
}
.goal-dialog Input:focus, .goal-dialog TextArea:focus, .goal-dialog SelectionList:focus {
    background: $primary 20%;
}
.goal-dialog .field-error {
    color: $text-error;
    display: none;
}
.goal-dialog .field-error.-shown {
    display: block;
}
.goal-dialog .dialog-hint {
    margin-top: 1;
    color: $text-muted;
}
.goal-dialog .dialog-message {
    color: $text-error;
    display: none;
}
.goal-dialog .dialog-message.-shown {
    display: block;
}
.goal-dialog TextArea {
    height: 3;
}
"""


def typed_date(day: dt.date, lang: str) -> str:
    """A date the way it can be typed back (01-12-2026; ISO in English)."""
    return day.isoformat() if lang == "en" else day.strftime("%d-%m-%Y")


def _error(widget: Static, message: str | None) -> None:
    widget.update(Text(message or ""))
    widget.set_class(bool(message), "-shown")


class ConfirmDialog(ModalScreen[bool]):
    """A yes-or-no question; Enter or j/y says yes, Escape or n says no."""

    DEFAULT_CSS = (
        DIALOG_CSS
        + """
    ConfirmDialog { align: center middle; }
    ConfirmDialog .goal-dialog { width: 70%; max-width: 70; padding: 1 2; }
    ConfirmDialog #confirm-buttons { height: auto; margin-top: 1; }
    ConfirmDialog Button { margin-right: 2; }
    """
    )
    BINDINGS = [
        Binding("y,j", "answer(True)", "Ja", id="goal_yes", show=False),
        Binding("escape,n", "answer(False)", "Nej", id="goal_no", show=False),
    ]

    def __init__(self, lang: str, question: str, yes: str, no: str) -> None:
        super().__init__()
        self.lang = lang
        self.question = question
        self.yes = yes
        self.no = no
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with Vertical(classes="goal-dialog"):
            yield Static(Text(self.question), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(self.yes, variant="primary", id="confirm-yes")
                yield Button(self.no, id="confirm-no")

    def on_mount(self) -> None:
        self.query_one("#confirm-yes", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class StatusDialog(ModalScreen[str | None]):
    """Choose a goal's status from the four; the current one is under the cursor."""

    DEFAULT_CSS = (
        DIALOG_CSS
        + """
    StatusDialog { align: center middle; }
    StatusDialog .goal-dialog { width: 50; }
    StatusDialog OptionList { height: auto; border: none; }
    """
    )
    BINDINGS = [Binding("escape", "dismiss_none", "Luk", id="dismiss")]

    def __init__(self, lang: str, goal: Goal) -> None:
        super().__init__()
        self.lang = lang
        self.goal = goal
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with Vertical(classes="goal-dialog") as box:
            box.border_title = t(self.lang, "goals.status.title")
            yield Static(Text(one_line(self.goal.title, 60)), classes="dialog-hint")
            yield OptionList(
                *[
                    Option(t(self.lang, f"goals.status.{status}"), id=status)
                    for status in GOAL_STATUSES
                ],
                id="status-options",
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = GOAL_STATUSES.index(self.goal.status)
        options.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


@dataclass
class CheckInValues:
    progress: int
    note: str
    day: dt.date


class CheckInDialog(ModalScreen[None]):
    """Progress 0-100 (the cursor starts there), a note, the date (today unless changed).

    `save` gets the values and returns None when saved, else the message to show.
    """

    DEFAULT_CSS = (
        DIALOG_CSS
        + """
    CheckInDialog { align: center middle; }
    CheckInDialog #checkin-progress { width: 16; }
    CheckInDialog #checkin-date { width: 24; }
    """
    )
    BINDINGS = [
        Binding("ctrl+s", "save", "Gem", id="goal_save", priority=True),
        Binding("escape", "leave", "Luk", id="goal_leave"),
    ]

    def __init__(
        self,
        lang: str,
        goal: Goal,
        today: dt.date,
        save: Callable[[CheckInValues], str | None],
    ) -> None:
        super().__init__()
        self.lang = lang
        self.goal = goal
        self.today = today
        self.save = save
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        lang = self.lang
        with VerticalScroll(classes="goal-dialog") as box:
            box.border_title = t(lang, "goals.checkin.title")
            box.border_subtitle = t(lang, "goals.form.hint")  # always in sight, also when scrolled
            yield Static(Text(one_line(self.goal.title, 90), style="bold"))
            yield Static(t(lang, "goals.checkin.progress"), classes="field-label")
            last = self.goal.progress if self.goal.checkins else None
            placeholder = t(lang, "goals.checkin.last", progress=last) if last is not None else ""
            yield Input(placeholder=placeholder, id="checkin-progress", max_length=5, compact=True)
            yield Static(classes="field-error", id="checkin-progress-error")
            yield Static(t(lang, "goals.checkin.note"), classes="field-label")
            yield TextArea(id="checkin-note", soft_wrap=True, tab_behavior="focus", compact=True)
            yield Static(t(lang, "goals.checkin.date"), classes="field-label")
            yield Input(
                typed_date(self.today, lang), id="checkin-date", max_length=40, compact=True
            )
            yield Static(classes="field-error", id="checkin-date-error")
            yield Static(classes="dialog-message", id="checkin-message")

    def on_mount(self) -> None:
        self.query_one("#checkin-progress", Input).focus()

    def _typed(self) -> tuple[str, str, str]:
        return (
            self.query_one("#checkin-progress", Input).value,
            self.query_one("#checkin-note", TextArea).text,
            self.query_one("#checkin-date", Input).value,
        )

    def action_save(self) -> None:
        progress_text, note, date_text = self._typed()
        progress: int | None = None
        day: dt.date | None = None
        try:
            progress = rules.parse_progress(progress_text, self.lang)
            _error(self.query_one("#checkin-progress-error", Static), None)
        except rules.GoalInputError as error:
            _error(self.query_one("#checkin-progress-error", Static), str(error))
        try:
            day = parse_date(date_text, self.lang)
            _error(self.query_one("#checkin-date-error", Static), None)
        except DateError as error:
            _error(self.query_one("#checkin-date-error", Static), str(error))
        if progress is None or day is None:
            return
        problem = self.save(CheckInValues(progress, note, day))
        if problem:
            _error(self.query_one("#checkin-message", Static), problem)
            return
        self.dismiss(None)

    def action_leave(self) -> None:
        progress_text, note, _ = self._typed()
        if not progress_text.strip() and not note.strip():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmDialog(
                self.lang,
                t(self.lang, "goals.discard.question"),
                t(self.lang, "goals.discard.yes"),
                t(self.lang, "goals.discard.no"),
            ),
            answered,
        )


class GoalForm(ModalScreen[None]):
    """A new goal or an edit: framework, area, title, why, success, due, items, status.

    `save` gets the checked values and returns None when saved, else a message.
    """

    DEFAULT_CSS = (
        DIALOG_CSS
        + """
    GoalForm { align: center middle; }
    GoalForm .goal-dialog { width: 100%; max-width: 110; height: 100%; }
    GoalForm #goal-due { width: 30; }
    GoalForm SelectionList { height: auto; max-height: 10; }
    GoalForm #goal-linked { color: $text-muted; margin-top: 1; }
    """
    )
    BINDINGS = [
        Binding("ctrl+s", "save", "Gem", id="goal_save", priority=True),
        Binding("escape", "leave", "Luk", id="goal_leave"),
    ]

    def __init__(
        self,
        lang: str,
        frameworks: FrameworkSet,
        framework_order: list[str],
        roles: dict[str, str],
        typed: rules.GoalInput,
        save: Callable[[rules.CheckedGoal], str | None],
        *,
        editing: bool = False,
        linked_item: str = "",
    ) -> None:
        super().__init__()
        self.lang = lang
        self.frameworks = frameworks
        self.framework_order = framework_order
        self.roles = roles
        self.initial = typed
        self.save = save
        self.editing = editing
        self.linked_item = linked_item
        # What the area and item choices were last filled for.
        self._areas_of = typed.framework
        self._items_of = (typed.framework, typed.area)
        localise_bindings(self, lang)

    # --- building ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        lang = self.lang
        typed = self.initial
        with VerticalScroll(classes="goal-dialog") as box:
            box.border_title = t(lang, "goals.form.edit" if self.editing else "goals.form.new")
            box.border_subtitle = t(lang, "goals.form.hint")  # always in sight, also when scrolled
            linked = self._linked_text()
            if linked:
                yield Static(Text(linked), id="goal-linked")
            yield Static(t(lang, "goals.form.framework"), classes="field-label")
            framework_options = [
                (one_line(fw.title, 60), fw.id)
                for fw in (self.frameworks.get(fid) for fid in self.framework_order)
                if fw is not None
            ]
            yield Select[str](
                framework_options,
                value=typed.framework if self.frameworks.get(typed.framework) else Select.NULL,
                prompt=t(lang, "goals.form.choose"),
                id="goal-framework",
                compact=True,
            )
            yield Static(classes="field-error", id="goal-framework-error")
            yield Static(t(lang, "goals.form.area"), classes="field-label")
            yield Select[str](
                self._area_options(typed.framework),
                value=typed.area if self._has_area(typed.framework, typed.area) else Select.NULL,
                prompt=t(lang, "goals.form.choose"),
                id="goal-area",
                compact=True,
            )
            yield Static(classes="field-error", id="goal-area-error")
            yield Static(t(lang, "goals.form.title"), classes="field-label")
            yield Input(
                typed.title,
                id="goal-title",
                max_length=rules.TITLE_LIMIT + 50,
                compact=True,
                select_on_focus=False,
            )
            yield Static(classes="field-error", id="goal-title-error")
            yield Static(t(lang, "goals.form.why"), classes="field-label")
            yield TextArea(
                typed.why, id="goal-why", soft_wrap=True, tab_behavior="focus", compact=True
            )
            yield Static(t(lang, "goals.form.success"), classes="field-label")
            yield TextArea(
                typed.success, id="goal-success", soft_wrap=True, tab_behavior="focus", compact=True
            )
            yield Static(t(lang, "goals.form.due"), classes="field-label")
            yield Input(
                typed.due, id="goal-due", max_length=40, compact=True, select_on_focus=False
            )
            yield Static(classes="field-error", id="goal-due-error")
            yield Static(t(lang, "goals.form.items"), classes="field-label")
            yield SelectionList[str](
                *self._item_options(typed.framework, typed.area, typed.items),
                id="goal-items",
                compact=True,
            )
            yield Static(classes="field-error", id="goal-items-error")
            yield Static(t(lang, "goals.form.status"), classes="field-label")
            yield Select[str](
                [(t(lang, f"goals.status.{status}"), status) for status in GOAL_STATUSES],
                value=typed.status if typed.status in GOAL_STATUSES else "active",
                allow_blank=False,
                id="goal-status",
                compact=True,
            )
            yield Static(classes="field-error", id="goal-status-error")
            yield Static(classes="dialog-message", id="goal-message")

    def on_mount(self) -> None:
        self.query_one("#goal-title", Input).focus()

    def _linked_text(self) -> str:
        if not self.linked_item:
            return ""
        framework = self.frameworks.get(self.initial.framework)
        found = framework.item(self.linked_item) if framework is not None else None
        if found is None:
            return ""
        return t(self.lang, "goals.form.linked", text=one_line(found[1].text, 300))

    def _has_area(self, framework_id: str, area_id: str) -> bool:
        framework = self.frameworks.get(framework_id) if framework_id else None
        return framework is not None and bool(area_id) and framework.area(area_id) is not None

    def _area_options(self, framework_id: str) -> list[tuple[str, str]]:
        framework = self.frameworks.get(framework_id) if framework_id else None
        if framework is None:
            return []
        return [(one_line(area.title, 60), area.id) for area in framework.areas]

    def _item_options(
        self, framework_id: str, area_id: str, chosen: list[str]
    ) -> list[tuple[str, str, bool]]:
        framework = self.frameworks.get(framework_id) if framework_id else None
        area = framework.area(area_id) if framework is not None and area_id else None
        if area is None:
            return []
        items = list(area.items_for(self.roles.get(framework_id, "")))
        # An item already linked stays offered, even when it is for another role.
        items += [item for item in area.items if item.id in chosen and item not in items]
        return [(one_line(item.text, 90), item.id, item.id in chosen) for item in items]

    # --- following the choices ----------------------------------------------------

    @on(Select.Changed, "#goal-framework")
    def _framework_changed(self, event: Select.Changed) -> None:
        framework_id = "" if event.value is Select.NULL else str(event.value)
        if framework_id == self._areas_of:
            return  # the value it was made with (Select reports that too)
        self._areas_of = framework_id
        area = self.query_one("#goal-area", Select)
        area.set_options(self._area_options(framework_id))
        self._fill_items(framework_id, "")

    @on(Select.Changed, "#goal-area")
    def _area_changed(self, event: Select.Changed) -> None:
        area_id = "" if event.value is Select.NULL else str(event.value)
        self._fill_items(self._select_value("#goal-framework"), area_id)

    def _fill_items(self, framework_id: str, area_id: str) -> None:
        if (framework_id, area_id) == self._items_of:
            return
        self._items_of = (framework_id, area_id)
        items = self.query_one("#goal-items", SelectionList)
        chosen = [str(value) for value in items.selected]
        items.clear_options()
        items.add_options(self._item_options(framework_id, area_id, chosen))

    def _select_value(self, selector: str) -> str:
        value = self.query_one(selector, Select).value
        return "" if value is Select.NULL else str(value)

    def typed(self) -> rules.GoalInput:
        """What the form holds now."""
        return rules.GoalInput(
            framework=self._select_value("#goal-framework"),
            area=self._select_value("#goal-area"),
            title=self.query_one("#goal-title", Input).value,
            why=self.query_one("#goal-why", TextArea).text,
            success=self.query_one("#goal-success", TextArea).text,
            due=self.query_one("#goal-due", Input).value,
            items=[str(value) for value in self.query_one("#goal-items", SelectionList).selected],
            status=self._select_value("#goal-status") or "active",
        )

    # --- saving and leaving -------------------------------------------------------

    def action_save(self) -> None:
        values, errors = rules.check(self.typed(), self.frameworks, self.lang)
        for name in ("framework", "area", "title", "due", "items", "status"):
            _error(self.query_one(f"#goal-{name}-error", Static), errors.get(name))
        if values is None:
            first = next(iter(errors))
            self.query_one(f"#goal-{first}").focus()
            return
        problem = self.save(values)
        if problem:
            _error(self.query_one("#goal-message", Static), problem)
            return
        self.dismiss(None)

    def _changed(self) -> bool:
        now, before = self.typed(), self.initial
        return (now.title, now.why, now.success, now.due, sorted(now.items), now.status) != (
            before.title,
            before.why,
            before.success,
            before.due,
            sorted(before.items),
            before.status,
        ) or (now.framework, now.area) != (before.framework, before.area)

    def action_leave(self) -> None:
        if not self._changed():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmDialog(
                self.lang,
                t(self.lang, "goals.discard.question"),
                t(self.lang, "goals.discard.yes"),
                t(self.lang, "goals.discard.no"),
            ),
            answered,
        )


def goal_input(goal: Goal, lang: str) -> rules.GoalInput:
    """The form's fields for an existing goal."""
    return rules.GoalInput(
        framework=goal.framework,
        area=goal.area,
        title=goal.title,
        why=goal.why,
        success=goal.success,
        due=typed_date(goal.due, lang) if goal.due is not None else "",
        items=list(goal.items),
        status=goal.status,
    )
