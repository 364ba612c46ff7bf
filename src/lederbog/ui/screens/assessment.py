"""Selvevaluering: rate each area against what is expected, and see the ratings over time.

Two faces in one screen: the history of one framework (the default), and the form
of a new or opened assessment. The keys belong to the screen and are switched by
`check_action`: while the form is open, 1-5 rate (so the app's section keys 1-5 are
not reached), and once it is closed they go to the app again.
"""

from __future__ import annotations

import contextlib
from copy import copy as shallow_copy
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable
from textual.worker import Worker, WorkerState

from lederbog import assessments
from lederbog.assessments import AssessmentBook
from lederbog.dates import format_date
from lederbog.domain_text import domain_text
from lederbog.errors import LederbogError
from lederbog.i18n import t
from lederbog.model.framework import Framework
from lederbog.model.records import Assessment
from lederbog.store.atomic import SyncFailed
from lederbog.text import one_line
from lederbog.ui.links import NewAssessment
from lederbog.ui.messages import RecordsChanged
from lederbog.ui.screens.section import SectionScreen
from lederbog.ui.widgets.assessment_history import AssessmentHistory

if TYPE_CHECKING:
    from textual.command import Provider

    from lederbog.ui.widgets.assessment_form import AssessmentForm
    from lederbog.workbook import Workbook

HISTORY, FORM = "history", "form"
_HISTORY_ACTIONS = {"new", "open", "delete", "choose_framework"}
_FORM_ACTIONS = {"rate", "move", "save", "leave"}


def _assessment_commands() -> type[Provider]:
    # Imported when the palette first opens, not when the section does.
    from lederbog.ui.assessment_commands import AssessmentCommands

    return AssessmentCommands


class AssessmentSection(SectionScreen):
    """The Selvevaluering section: one framework's history, or one assessment's form."""

    SECTION = "assessment"
    COMMANDS = {_assessment_commands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New", id="assessment_new"),
        Binding("e", "open", "Open", id="assessment_open"),
        Binding("d", "delete", "Delete", id="assessment_delete"),
        Binding("f", "choose_framework", "Framework", id="assessment_framework"),
        Binding("1", "rate(1)", "Rate", id="assessment_rate", key_display="1-5"),
        *[Binding(f"{n}", f"rate({n})", show=False, id=f"assessment_r{n}") for n in range(2, 6)],
        Binding("0", "rate(0)", "No rating", id="assessment_unrate"),
        Binding("up", "move(-1)", show=False, id="assessment_up"),
        Binding("down", "move(1)", show=False, id="assessment_down"),
        Binding("ctrl+s", "save", "Save", id="assessment_save"),
        Binding("escape", "leave", "Back", id="assessment_leave"),
        Binding("q", "leave", show=False, id="assessment_leave_q"),
    ]

    class Loaded(Message):
        def __init__(self, book: AssessmentBook) -> None:
            super().__init__()
            self.book = book

    def __init__(self, workbook: Workbook) -> None:
        super().__init__(workbook)
        self.book: AssessmentBook | None = None
        self.mode = HISTORY
        self.current: str | None = None  # the framework shown in the history
        self._pending: NewAssessment | None = None  # a link that came before the data
        self._select_after_load: str | None = None
        self._form: AssessmentForm | None = None

    # --- building ---------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        # Two faces, one shown at a time (display toggled: cheaper than a ContentSwitcher).
        yield AssessmentHistory(self.lang, id="assessment-history")
        slot = Vertical(id="assessment-form-slot")
        slot.display = False
        yield slot

    def on_mount(self) -> None:
        super().on_mount()
        self.history.focus_tables()
        self._load(at_once=True)

    @property
    def history(self) -> AssessmentHistory:
        return self.query_one(AssessmentHistory)

    def form(self) -> AssessmentForm | None:
        """The open form (kept here: a closed one may linger in the DOM until pruned)."""
        return self._form

    # --- data -------------------------------------------------------------------------

    def _load(self, *, at_once: bool = False) -> None:
        """Read the assessments, in a thread; `at_once` (on opening) here, when the
        read-ahead has read every file as it is now: then only the files are looked at
        (a few ms) and the first frame shows the history, not "loading". Any file to be
        read, or the read-ahead still at work, and it is the thread after all."""
        from lederbog.store.cache import NotKnown

        store, frameworks = self.workbook.store, self.workbook.frameworks
        cache = assessments.cache_for(store.root)
        book = None
        if at_once and cache.filled:
            # Anything wrong is read again in the thread, which says what it is.
            with cache.known_only() as free, contextlib.suppress(NotKnown, LederbogError, OSError):
                if free:
                    book = assessments.load(store, frameworks, cache)
        if book is None:
            self._load_in_thread()
        else:
            self._loaded(self.Loaded(book))

    @work(thread=True, exclusive=True, group="assessment-load", exit_on_error=False)
    def _load_in_thread(self) -> None:
        cache = assessments.cache_for(self.workbook.store.root)
        book = assessments.load(self.workbook.store, self.workbook.frameworks, cache)
        self.post_message(self.Loaded(book))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "assessment-load" and event.state is WorkerState.ERROR:
            reason = one_line(domain_text(self.lang, str(event.worker.error)), 200)
            message = t(self.lang, "assessment.load_failed", reason=reason)
            self.notify(message, severity="error", markup=False)
            self.history.set_notice(message)

    def records_changed(self) -> None:
        self._load()

    @on(Loaded)
    def _loaded(self, event: Loaded) -> None:
        self.book = event.book
        choices = self.choices()
        if self.current is None or self.workbook.frameworks.get(self.current) is None:
            self.current = self._first_choice(choices)
        history = self.history
        self._show_framework_title(choices)
        history.set_problems(event.book.problems)
        self._show_history()
        if self._select_after_load is not None:
            self._select(self._select_after_load)
            self._select_after_load = None
        form = self.form()
        if form is not None:
            form.update_previous(self._previous(form.framework, form.existing))
        if self._pending is not None:
            link, self._pending = self._pending, None
            self.open_link(link)
        self.refresh_bindings()  # Åbn and Slet need an assessment to act on

    def choices(self) -> list[Framework]:
        """The frameworks to choose between: the leader's, and any with assessments;
        every framework when the leader has chosen none."""
        chosen = list(self.workbook.leader_frameworks())
        if not chosen:
            return list(self.workbook.frameworks)
        assessed = self.book.frameworks_assessed() if self.book else set[str]()
        if self.current:
            assessed.add(self.current)  # e.g. one chosen in the palette
        chosen += [f for f in self.workbook.frameworks if f.id in assessed and f not in chosen]
        return chosen

    def _first_choice(self, choices: list[Framework]) -> str | None:
        leader = self.workbook.leader_frameworks()
        if leader:
            return leader[0].id
        if self.book and self.book.assessments:
            return self.book.assessments[-1].framework
        return choices[0].id if choices else None

    def _show_history(self) -> None:
        framework = self.workbook.frameworks.get(self.current or "")
        if self.book is None:
            return
        if framework is None:  # no framework could be loaded at all
            self.history.set_notice(t(self.lang, "browser.no_frameworks"))
            return
        shown = self.book.of(framework.id)
        history = self.history
        history.show(framework, shown)
        history.set_notice(self._notice(framework, shown))

    def _notice(self, framework: Framework, shown: list[Assessment]) -> str:
        if not shown:
            return t(self.lang, "assessment.history.none")
        months = assessments.interval_months(self.workbook.profile)
        due = assessments.due_frameworks([framework], shown, self.workbook.today(), months)
        if due and due[0].last is not None:
            day = format_date(due[0].last, self.lang)
            return t(self.lang, "assessment.history.due", date=day, months=months)
        return ""

    def _select(self, assessment_id: str) -> None:
        table = self.history.query_one("#ah-list", DataTable)
        with contextlib.suppress(LookupError):  # deleted or moved meanwhile
            table.move_cursor(row=table.get_row_index(assessment_id), animate=False)

    def _previous(
        self, framework: Framework, existing: Assessment | None
    ) -> dict[str, assessments.Rating]:
        records = self.book.assessments if self.book else []
        return assessments.previous_ratings(records, framework, before=existing)

    def _show_framework_title(self, choices: list[Framework]) -> None:
        framework = self.workbook.frameworks.get(self.current or "")
        if framework is not None:
            self.history.set_framework_title(framework.title, len(choices) > 1)

    def show_framework(self, framework_id: str | None) -> None:
        """Show the history of `framework_id` (the palette, the framework picker)."""
        if framework_id is None or self.workbook.frameworks.get(framework_id) is None:
            return
        if self.mode == FORM:
            return  # the form stays until the leader leaves it
        self.current = framework_id
        self._show_framework_title(self.choices())
        self._show_history()
        self.history.focus_tables()

    # --- the keys ---------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _FORM_ACTIONS:
            return self.mode == FORM
        if action in _HISTORY_ACTIONS:
            if self.mode != HISTORY:
                return False
            if action in ("open", "delete"):
                return self.history.selected_assessment() is not None or None
            if action == "choose_framework":
                return len(self.choices()) > 1 or None
            return True
        return True

    def action_new(self) -> None:
        self.start_new(self.current or "")

    def action_open(self) -> None:
        chosen = self.history.selected_assessment()
        if chosen is not None:
            self.open_assessment(chosen)

    @on(AssessmentHistory.Chosen)
    def _chosen(self, event: AssessmentHistory.Chosen) -> None:
        if self.mode == HISTORY:
            self.open_assessment(event.assessment)

    def action_delete(self) -> None:
        chosen = self.history.selected_assessment()
        if chosen is None:
            return
        framework = self.workbook.frameworks.get(chosen.framework)
        name = one_line(framework.title, 60) if framework else chosen.framework
        day = format_date(chosen.date, self.lang)
        question = t(self.lang, "assessment.delete.question", date=day, framework=name)

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(chosen)

        from lederbog.ui.screens.assessment_confirm import ConfirmDialog  # when first asked for

        dialog = ConfirmDialog(
            question,
            t(self.lang, "assessment.delete.yes"),
            t(self.lang, "assessment.delete.no"),
            lang=self.lang,
        )
        self.app.push_screen(dialog, answered)

    def _delete(self, chosen: Assessment) -> None:
        day = format_date(chosen.date, self.lang)
        try:
            where = self.workbook.store.trash(shallow_copy(chosen))  # shown ones are shared
        except LederbogError as error:
            message = t(
                self.lang,
                "assessment.delete_failed",
                reason=one_line(domain_text(self.lang, str(error))),
            )
            self.notify(message, severity="error", timeout=15, markup=False)
            return
        self.notify(t(self.lang, "assessment.deleted", date=day, path=where), markup=False)
        self.app.post_message(RecordsChanged())

    def action_choose_framework(self) -> None:
        from lederbog.ui.screens.assessment_pick import FrameworkPicker  # when first asked for

        title = t(self.lang, "assessment.history.pick")
        picker = FrameworkPicker(title, self.choices(), self.current, lang=self.lang)
        self.app.push_screen(picker, self.show_framework)

    def action_rate(self, score: int) -> None:
        form = self.form()
        if form is not None:
            form.rate(score)

    def action_move(self, delta: int) -> None:
        form = self.form()
        if form is not None:
            form.move(delta)

    def action_save(self) -> None:
        form = self.form()
        if form is None:
            return
        record = form.build()
        if record is None:
            return
        try:
            result = self.workbook.store.save(record)
        except SyncFailed as error:  # written, but the disk did not confirm it
            self.notify(
                one_line(domain_text(self.lang, str(error))),
                severity="warning",
                timeout=15,
                markup=False,
            )
        except LederbogError as error:
            form.show_problem(
                t(
                    self.lang,
                    "assessment.save_failed",
                    reason=one_line(domain_text(self.lang, str(error))),
                )
            )
            return
        else:
            if result.conflict:
                message = t(self.lang, "assessment.conflict", path=result.path)
                self.notify(message, severity="warning", timeout=30, markup=False)
            else:
                total = len(form.framework.areas)
                message = t(self.lang, "assessment.saved", rated=len(record.scores), total=total)
                self.notify(message, markup=False)
        self.current = record.framework
        self._select_after_load = record.id
        self._close_form()
        self.app.post_message(RecordsChanged())

    def action_leave(self) -> None:
        form = self.form()
        if form is None:
            return
        if not form.is_dirty():
            self._close_form()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._close_form()

        from lederbog.ui.screens.assessment_confirm import ConfirmDialog  # when first asked for

        dialog = ConfirmDialog(
            t(self.lang, "assessment.discard.question"),
            t(self.lang, "assessment.discard.yes"),
            t(self.lang, "assessment.discard.no"),
            lang=self.lang,
        )
        self.app.push_screen(dialog, answered)

    # --- opening and closing the form ---------------------------------------------------

    def open_link(self, link: object) -> None:
        if isinstance(link, NewAssessment):
            if self.book is None:
                self._pending = link  # opened once the assessments are loaded
                return
            self.start_new(link.framework or self.current or "")

    def start_new(self, framework_id: str) -> None:
        """Open a new assessment of `framework_id` (or of the framework shown)."""
        framework = self.workbook.frameworks.get(framework_id) or self.workbook.frameworks.get(
            self.current or ""
        )
        if framework is None or self.mode == FORM:
            return
        self._open_form(framework, None)

    def open_assessment(self, assessment: Assessment) -> None:
        framework = self.workbook.frameworks.get(assessment.framework)
        if framework is None or self.mode == FORM:
            return
        self._open_form(framework, assessment)

    def _open_form(self, framework: Framework, existing: Assessment | None) -> None:
        # The form's widgets (a text area, an input) are imported when first needed.
        from lederbog.ui.widgets.assessment_form import AssessmentForm

        role = self.workbook.roles().get(framework.id, "")
        found = framework.role(role) if role else None
        form = AssessmentForm(
            framework,
            lang=self.lang,
            today=self.workbook.today(),
            role=role,
            role_title=one_line(found.title) if found else "",
            previous=self._previous(framework, existing),
            existing=existing,
        )
        slot = self.query_one("#assessment-form-slot", Vertical)
        slot.remove_children()
        slot.mount(form)
        self._form = form
        self.mode = FORM
        self.history.display = False
        slot.display = True
        self.refresh_bindings()

    def _close_form(self) -> None:
        self.mode = HISTORY
        self._form = None
        slot = self.query_one("#assessment-form-slot", Vertical)
        slot.display = False
        slot.remove_children()
        self.history.display = True
        self.history.focus_tables()
        self.refresh_bindings()
