"""The journal's dialogs: a question with answers, the drafts offered back, the link picker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label, OptionList, SelectionList, Static
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from lederbog.dates import format_date
from lederbog.drafts import Draft
from lederbog.i18n import t
from lederbog.model.framework import Framework
from lederbog.model.records import Goal
from lederbog.text import one_line
from lederbog.ui.bindings import localise_bindings


class Choice(ModalScreen[str]):
    """A question and its answers as buttons; Escape answers `cancel`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "answer('cancel')", "Cancel", id="dialog_cancel", show=False)
    ]

    def __init__(self, question: str, answers: Sequence[tuple[str, str]], cancel: str) -> None:
        """`answers`: (answer id, button label) in order; the first is the default."""
        super().__init__(classes="journal-dialog")
        self.question = question
        self.answers = list(answers)
        self.cancel = cancel

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(Content(self.question), classes="dialog-question")
            with Horizontal(classes="dialog-buttons"):
                for index, (answer, label) in enumerate(self.answers):
                    yield Button(
                        Content(label),
                        id=f"answer-{answer}",
                        variant="primary" if index == 0 else "default",
                        compact=True,
                    )

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss((event.button.id or "").removeprefix("answer-"))

    def action_answer(self, answer: str) -> None:
        self.dismiss(self.cancel if answer == "cancel" else answer)


def draft_label(draft: Draft, lang: str) -> str:
    """A draft as the leader recognises it: its date and first words."""
    words = one_line(draft.text, 60) or t(lang, "drafts.empty_text")
    return t(lang, "drafts.entry", date=format_date(draft.date, lang), words=words)


@dataclass(frozen=True)
class DraftAnswer:
    action: str  # "resume", "discard", "new" or "later"
    draft: Draft | None = None


class DraftOffer(ModalScreen[DraftAnswer]):
    """The drafts not yet saved, offered back: continue one, discard one, or wait."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "later", "Later", id="drafts_later", show=False)
    ]

    def __init__(self, drafts: Sequence[Draft], lang: str, *, offer_new: bool) -> None:
        super().__init__(classes="journal-dialog")
        self.drafts = list(drafts)
        self.lang = lang
        self.offer_new = offer_new

    def compose(self) -> ComposeResult:
        lang = self.lang
        title = (
            t(lang, "drafts.title")
            if len(self.drafts) == 1
            else t(lang, "drafts.title.many", count=len(self.drafts))
        )
        with Vertical(classes="dialog-box"):
            yield Static(Content(title), classes="dialog-question")
            yield OptionList(
                *[Option(Content(draft_label(d, lang))) for d in self.drafts],
                id="draft-list",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button(
                    Content(t(lang, "drafts.resume")), id="resume", variant="primary", compact=True
                )
                if self.offer_new:
                    yield Button(Content(t(lang, "drafts.new")), id="new", compact=True)
                yield Button(Content(t(lang, "drafts.discard")), id="discard", compact=True)
                yield Button(Content(t(lang, "drafts.later")), id="later", compact=True)

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def _chosen(self) -> Draft | None:
        index = self.query_one(OptionList).highlighted
        return self.drafts[index] if index is not None and index < len(self.drafts) else None

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(DraftAnswer("resume", self._chosen()))

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        action = event.button.id or "later"
        draft = self._chosen() if action in ("resume", "discard") else None
        self.dismiss(DraftAnswer(action, draft))

    def action_later(self) -> None:
        self.dismiss(DraftAnswer("later"))


@dataclass(frozen=True)
class Links:
    areas: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    items: tuple[str, ...] = ()


class LinkPicker(ModalScreen[Links | None]):
    """Tick the areas, goals and items a reflection is about."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "accept", "Use", id="links_accept"),
        Binding("escape", "cancel", "Cancel", id="links_cancel"),
    ]

    def __init__(
        self,
        lang: str,
        frameworks: Sequence[Framework],
        roles: dict[str, str],
        goals: Sequence[Goal],
        chosen: Links,
    ) -> None:
        super().__init__(classes="journal-dialog")
        self.lang = lang
        self.frameworks = list(frameworks)
        self.roles = roles
        self.goals = list(goals)
        self.chosen = chosen
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        lang = self.lang
        areas = []
        for framework in self.frameworks:
            short = one_line(framework.title, 30)
            for area in framework.areas:
                reference = f"{framework.id}/{area.id}"
                label = Content(f"{one_line(area.title)} ({short})")
                areas.append(Selection(label, reference, reference in self.chosen.areas))
        known = {area.value for area in areas}
        # A link to an area of a framework not followed (any more) is kept, shown by its id.
        areas += [Selection(Content(a), a, True) for a in self.chosen.areas if a not in known]
        order = {"active": 0, "paused": 1, "done": 2, "dropped": 3}
        goals = []
        for goal in sorted(self.goals, key=lambda g: (order.get(g.status, 4), g.title.casefold())):
            status = (
                ""
                if goal.status == "active"
                else t(lang, "links.goal_status", status=t(lang, f"links.status.{goal.status}"))
            )
            label = Content(one_line(goal.title, 70) + status)
            goals.append(Selection(label, goal.id, goal.id in self.chosen.goals))
        goal_ids = {goal.id for goal in self.goals}
        goals += [Selection(Content(g), g, True) for g in self.chosen.goals if g not in goal_ids]
        with Vertical(classes="dialog-box links-box"):
            yield Label(Content(t(lang, "links.title")), classes="dialog-question")
            yield Label(Content(t(lang, "links.areas")), classes="links-label")
            yield SelectionList[str](*areas, id="links-areas", compact=True)
            yield Label(Content(t(lang, "links.goals")), classes="links-label")
            if goals:
                yield SelectionList[str](*goals, id="links-goals", compact=True)
            else:
                yield Static(Content(t(lang, "links.no_goals")), classes="links-empty")
            yield Label(Content(t(lang, "links.items")), classes="links-label")
            yield SelectionList[str](id="links-items", compact=True)
            yield Static(Content(t(lang, "links.keys")), classes="links-keys")

    def on_mount(self) -> None:
        self._fill_items(set(self.chosen.items))
        self.query_one("#links-areas", SelectionList).focus()

    def _fill_items(self, selected: set[str]) -> None:
        items_list: SelectionList[str] = self.query_one("#links-items", SelectionList)
        areas = set(self.query_one("#links-areas", SelectionList).selected)
        options: list[Selection[str]] = []
        shown: set[str] = set()
        for framework in self.frameworks:
            role = self.roles.get(framework.id, "")
            for area in framework.areas:
                if f"{framework.id}/{area.id}" not in areas:
                    continue
                for item in area.items_for(role):
                    if item.id in shown:
                        continue
                    shown.add(item.id)
                    text = one_line(f"{item.title}: {item.text}" if item.title else item.text, 90)
                    options.append(Selection(Content(text), item.id, item.id in selected))
        options += [Selection(Content(i), i, True) for i in sorted(selected - shown)]
        with self.prevent(SelectionList.SelectedChanged):
            items_list.clear_options()
            items_list.add_options(options)

    @on(SelectionList.SelectedChanged, "#links-areas")
    def _areas_changed(self) -> None:
        items_list: SelectionList[str] = self.query_one("#links-items", SelectionList)
        self._fill_items(set(items_list.selected))

    def action_accept(self) -> None:
        goals = self.query("#links-goals")
        self.dismiss(
            Links(
                areas=tuple(self.query_one("#links-areas", SelectionList).selected),
                goals=tuple(goals.first(SelectionList).selected) if goals else (),
                items=tuple(self.query_one("#links-items", SelectionList).selected),
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)


def offer_drafts_at_start(app: App[None]) -> None:
    """On start, offer back the drafts left from last time (a crash, a closed terminal)."""
    from lederbog import drafts as drafts_store
    from lederbog.ui.links import DraftLink
    from lederbog.ui.messages import OpenSection

    workbook = getattr(app, "workbook", None)
    if workbook is None:
        return
    found, problems = drafts_store.load_drafts(workbook.data_dir)
    lang = workbook.lang
    for problem in problems:
        app.notify(
            t(lang, "drafts.unreadable", problem=one_line(str(problem))),
            severity="warning",
            markup=False,
        )
    if not found:
        return

    def answered(answer: DraftAnswer | None) -> None:
        if answer is None or answer.draft is None:
            return
        if answer.action == "resume":
            app.post_message(OpenSection("journal", DraftLink(answer.draft.id)))
        elif answer.action == "discard":
            draft = answer.draft

            def confirmed(reply: str | None) -> None:
                if reply == "yes":
                    drafts_store.remove_draft(workbook.data_dir, draft.id)
                    app.notify(t(lang, "drafts.discarded"), markup=False)

            app.push_screen(
                Choice(
                    t(lang, "leave.confirm_discard"),
                    [("no", t(lang, "dialog.no")), ("yes", t(lang, "leave.discard"))],
                    cancel="no",
                ),
                confirmed,
            )

    app.push_screen(DraftOffer(found, lang, offer_new=False), answered)
