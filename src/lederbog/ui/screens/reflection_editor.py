"""Writing a reflection: the text, its date, links, tags, prompt and the shared switch.

What is typed goes to a draft (`<data>/drafts/<id>.toml`) about a second after
the last keystroke, on leaving and on quitting, so nothing typed is lost; the
draft is removed when the reflection is saved, or discarded with a confirmation.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import shlex
import signal
import subprocess
from collections.abc import Callable
from copy import copy
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.suggester import Suggester
from textual.timer import Timer
from textual.widgets import Header, Input, Static, Switch, TextArea

from lederbog import drafts as drafts_store
from lederbog.dates import DateError, format_date, parse_date
from lederbog.drafts import Draft
from lederbog.errors import LederbogError
from lederbog.i18n import t
from lederbog.journal import draw_prompt, prompts_for, split_tags
from lederbog.model.framework import Framework
from lederbog.model.records import Goal, Reflection, now
from lederbog.store.store import new_id
from lederbog.text import for_display, one_line
from lederbog.ui.bindings import localise_bindings
from lederbog.ui.messages import RecordsChanged
from lederbog.ui.screens.journal_dialogs import Choice, LinkPicker, Links
from lederbog.ui.widgets.footer import SteadyFooter
from lederbog.workbook import Workbook

DRAFT_DELAY = 1.0  # seconds after the last keystroke


class TagSuggester(Suggester):
    """Completes the tag being typed (after the last comma) from the tags already used."""

    def __init__(self, tags: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.tags = tags

    async def get_suggestion(self, value: str) -> str | None:
        head, _comma, last = value.rpartition(",")
        typed = last.lstrip()
        bare = typed.lstrip("#")
        if not bare:
            return None
        taken = {tag.casefold() for tag in split_tags(head)}
        for tag in self.tags:
            folded = tag.casefold()
            if folded.startswith(bare.casefold()) and folded not in taken and len(tag) > len(bare):
                return value + tag[len(bare) :]
        return None


def editor_command() -> list[str] | None:
    """$VISUAL, then $EDITOR, split as a shell would; None when neither is set."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            return shlex.split(value)
    return None


class ReflectionEditor(Screen[str | None]):
    """A new or saved reflection being written. Dismissed with the saved reflection's id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="editor_save"),
        Binding("escape", "leave", "Back", id="editor_leave"),
        Binding("ctrl+r", "ask", "Ask me", id="editor_ask"),
        Binding("ctrl+n", "ask_again", "Another prompt", id="editor_ask_again"),
        Binding("ctrl+l", "links", "Links", id="editor_links"),
        Binding("ctrl+t", "toggle_shared", "Shared/private", id="editor_share"),
        Binding("ctrl+o", "external", "$EDITOR", id="editor_external"),
    ]

    def __init__(
        self,
        workbook: Workbook,
        *,
        record: Reflection | None = None,
        draft: Draft | None = None,
        areas: tuple[str, ...] = (),
        items: tuple[str, ...] = (),
        prompt: str = "",
        tags_in_use: list[str] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__()
        self.workbook = workbook
        self.lang = workbook.lang
        self.store = workbook.store
        self.record = record  # the saved reflection being edited (its origin guards the save)
        self.rng = rng or random.Random()
        self.tags_in_use = tags_in_use or []
        self.goals: list[Goal] | None = None
        self._draft_timer: Timer | None = None
        # (dirty, what the editor held) at the last change, not written yet.
        self._pending_draft: tuple[bool, Draft] | None = None
        self._draft_written = False
        self._finished = False
        today = workbook.today()
        if record is not None:
            self.draft_id = record.id
            base = Draft(
                record.id,
                record.date,
                record.text,
                list(record.areas),
                list(record.goals),
                list(record.items),
                list(record.tags),
                record.prompt,
                record.shared,
            )
        else:
            self.draft_id = draft.id if draft is not None else new_id()
            base = Draft(self.draft_id, today, areas=list(areas), items=list(items), prompt=prompt)
        # What counts as unchanged: the saved reflection, or an empty new one with its links.
        self._base = self._key(base, self._date_text(base.date))
        start = draft if draft is not None else base
        self._start = start
        self.links = Links(tuple(start.areas), tuple(start.goals), tuple(start.items))
        self.prompt = start.prompt
        # The text as it is stored; the TextArea shows it without control characters.
        self._stored_text = record.text if record is not None else ""
        self._crlf = "\r\n" in self._stored_text and "\n" not in self._stored_text.replace(
            "\r\n", ""
        )
        self._shown_text = self._visible(start.text)
        # Tags too are shown without control characters, and kept as they are if not edited.
        self._start_tags = list(start.tags)
        self._shown_tags = ", ".join(one_line(tag) for tag in start.tags)
        localise_bindings(self, self.lang)

    # --- layout ---------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        lang = self.lang
        start = self._start
        yield Header()
        with Vertical(id="editor"):
            with Horizontal(id="editor-top"):
                yield Static(Content(t(lang, "editor.date")), classes="editor-label")
                yield Input(
                    self._date_text(start.date),
                    placeholder=t(lang, "editor.date.placeholder"),
                    id="editor-date",
                    compact=True,
                )
                yield Switch(start.shared, id="editor-shared")
                yield Static(id="editor-shared-label")
            yield Static(id="editor-date-error", classes="editor-error")
            yield Static(id="editor-links")
            yield Input(
                self._shown_tags,
                placeholder=t(lang, "editor.tags.placeholder"),
                suggester=TagSuggester(self.tags_in_use),
                id="editor-tags",
                compact=True,
            )
            yield Static(id="editor-prompt")
            yield TextArea(self._shown_text, soft_wrap=True, id="editor-text")
            yield Static(id="editor-status", classes="editor-error")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.title = t(self.lang, "app.title")
        self.sub_title = t(self.lang, "editor.title.edit" if self.record else "editor.title.new")
        text = self.query_one("#editor-text", TextArea)
        self._loaded_view = text.text
        self._show_shared()
        self._show_links()
        self._show_prompt()
        text.focus()
        text.move_cursor(text.document.end)
        self._load_goals()
        try:
            import asyncio

            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self._hangup)
        except (NotImplementedError, RuntimeError, AttributeError, ValueError):
            pass  # Windows has no SIGHUP; a test's loop may not take handlers
        if self._key(self._start, self._date_text(self._start.date)) != self._base:
            self._draft_written = True  # resumed from a draft: it is on disk already

    def on_unmount(self) -> None:
        # Leaving or quitting: what was typed since the last draft is written now.
        self._flush()
        try:
            import asyncio

            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
        except (NotImplementedError, RuntimeError, AttributeError, ValueError):
            pass

    def _hangup(self) -> None:
        """The terminal closed: keep what was typed, then end as a hang-up would."""
        self._flush()
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGHUP)

    # --- what is shown ------------------------------------------------------------------

    def _date_text(self, day: dt.date) -> str:
        return day.strftime("%d-%m-%Y") if self.lang == "da" else day.isoformat()

    @staticmethod
    def _visible(text: str) -> str:
        return for_display(text.replace("\r\n", "\n"))

    def _show_shared(self) -> None:
        shared = self.query_one("#editor-shared", Switch).value
        label = self.query_one("#editor-shared-label", Static)
        label.update(Content(t(self.lang, "editor.shared" if shared else "editor.private")))
        label.set_class(shared, "-shared")
        label.set_class(not shared, "-private")

    def _area_title(self, reference: str) -> str:
        framework_id, _, area_id = reference.partition("/")
        framework = self.workbook.frameworks.get(framework_id)
        area = framework.area(area_id) if framework is not None else None
        return one_line(area.title) if area is not None else one_line(reference)

    def _item_text(self, item_id: str) -> str:
        for framework in self.workbook.frameworks:
            found = framework.item(item_id)
            if found is not None:
                item = found[1]
                return one_line(item.title or item.text, 40)
        return one_line(item_id)

    def _goal_title(self, goal_id: str) -> str:
        for goal in self.goals or ():
            if goal.id == goal_id:
                return one_line(goal.title, 40)
        return one_line(goal_id)

    def _show_links(self) -> None:
        lang = self.lang
        parts = [self._area_title(a) for a in self.links.areas]
        parts += [
            f"{t(lang, 'journal.view.goals')}: {self._goal_title(g)}" for g in self.links.goals
        ]
        parts += [self._item_text(i) for i in self.links.items]
        text = " · ".join(parts) if parts else t(lang, "editor.links.none")
        self.query_one("#editor-links", Static).update(
            Content(f"{t(lang, 'editor.links')}: {text}")
        )

    def _show_prompt(self) -> None:
        widget = self.query_one("#editor-prompt", Static)
        widget.display = bool(self.prompt)
        widget.update(Content(t(self.lang, "editor.prompt", prompt=one_line(self.prompt))))

    def _say(self, message: str) -> None:
        self.query_one("#editor-status", Static).update(Content(message))

    # --- the goals, loaded off the UI thread ------------------------------------------

    @work(thread=True, exclusive=True, group="editor-goals")
    def _load_goals(self) -> None:
        loaded = self.store.goals().records
        self.app.call_from_thread(self._goals_loaded, loaded)

    def _goals_loaded(self, goals: list[Goal]) -> None:
        self.goals = goals
        if self.is_mounted:
            self._show_links()

    # --- the state ------------------------------------------------------------------

    def _text(self) -> str:
        """The text as it will be stored: exactly as read when the leader did not change it."""
        shown = self.query_one("#editor-text", TextArea).text
        if (
            self.record is not None
            and shown == self._loaded_view
            and (self._visible(self._stored_text) == shown)
        ):
            return self._stored_text
        return shown.replace("\n", "\r\n") if self._crlf else shown

    def _tags(self) -> list[str]:
        typed = self.query_one("#editor-tags", Input).value
        return list(self._start_tags) if typed == self._shown_tags else split_tags(typed)

    def _typed_date(self) -> dt.date | None:
        try:
            return parse_date(self.query_one("#editor-date", Input).value, self.lang)
        except DateError:
            return None

    def _state(self) -> Draft:
        date = self._typed_date() or self._start.date
        return Draft(
            id=self.draft_id,
            date=date,
            text=self._text(),
            areas=list(self.links.areas),
            goals=list(self.links.goals),
            items=list(self.links.items),
            tags=self._tags(),
            prompt=self.prompt,
            shared=self.query_one("#editor-shared", Switch).value,
        )

    @staticmethod
    def _key(draft: Draft, date_text: str) -> tuple[Any, ...]:
        return (
            date_text,
            draft.text,
            tuple(draft.areas),
            tuple(draft.goals),
            tuple(draft.items),
            tuple(draft.tags),
            draft.prompt,
            draft.shared,
        )

    @property
    def dirty(self) -> bool:
        """Whether anything differs from the saved reflection (or the empty new one)."""
        if not self.is_mounted:
            return False
        date_text = self.query_one("#editor-date", Input).value
        if self._typed_date() == self._start.date and self.record is not None:
            date_text = self._date_text(self._start.date)
        return self._key(self._state(), date_text) != self._base

    # --- drafts ---------------------------------------------------------------------

    def _changed(self) -> None:
        """Something was typed: take what is there now, and write it as a draft shortly."""
        if self._finished:
            return
        self._pending_draft = (self.dirty, self._state())
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._draft_timer = self.set_timer(DRAFT_DELAY, self._flush)

    def _flush(self) -> None:
        """Write the pending draft now (or remove the draft when nothing differs any more).

        Works from what was taken at the last change, so it can run while the screen
        is being taken down (the app quitting) when its widgets are gone.
        """
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        pending, self._pending_draft = self._pending_draft, None
        if self._finished or pending is None:
            return
        dirty, state = pending
        root = self.workbook.data_dir
        if not dirty:
            if self._draft_written:
                drafts_store.remove_draft(root, self.draft_id)
                self._draft_written = False
            return
        if self.record is not None and self.record.origin is not None:
            with contextlib.suppress(ValueError):
                state.of = self.record.origin.path.relative_to(root).as_posix()
                state.of_digest = self.record.origin.digest
        try:
            drafts_store.save_draft(root, state)
        except LederbogError as error:
            if self.is_mounted:
                self._say(t(self.lang, "editor.draft_failed", reason=one_line(str(error))))
            return
        self._draft_written = True

    def flush_now(self) -> None:
        """Write what is on the screen as the draft at once (quitting, leaving, $EDITOR)."""
        self._changed()
        self._flush()

    @on(TextArea.Changed)
    @on(Input.Changed)
    def _field_changed(self, event: TextArea.Changed | Input.Changed) -> None:
        if isinstance(event, Input.Changed) and event.input.id == "editor-date":
            self._check_date()
        self._changed()

    @on(Switch.Changed)
    def _shared_changed(self) -> None:
        self._show_shared()
        self._changed()

    def _check_date(self) -> bool:
        value = self.query_one("#editor-date", Input).value
        error = self.query_one("#editor-date-error", Static)
        try:
            day = parse_date(value, self.lang)
        except DateError as problem:
            error.update(Content(str(problem)))
            error.display = True
            return False
        error.update(Content(format_date(day, self.lang)))
        error.display = False
        return True

    # --- actions --------------------------------------------------------------------

    def action_toggle_shared(self) -> None:
        switch = self.query_one("#editor-shared", Switch)
        switch.value = not switch.value

    def _prompts(self) -> list[str]:
        roles = self.workbook.roles()
        chosen: list[tuple[Framework, str]] = []
        for reference in self.links.areas:
            framework_id, _, area_id = reference.partition("/")
            framework = self.workbook.frameworks.get(framework_id)
            if framework is not None and framework.area(area_id) is not None:
                chosen.append((framework, area_id))
        if not chosen:  # no area chosen: any area of the leader's frameworks
            frameworks = self.workbook.leader_frameworks() or list(self.workbook.frameworks)
            chosen = [(f, a.id) for f in frameworks for a in f.areas]
        prompts: list[str] = []
        for framework, area_id in chosen:
            area = framework.area(area_id)
            assert area is not None
            prompts += prompts_for(framework, area, roles.get(framework.id, ""), self.lang)
        return prompts

    def action_ask(self) -> None:
        self._draw()

    def action_ask_again(self) -> None:
        self._draw()

    def _draw(self) -> None:
        prompt = draw_prompt(self._prompts(), self.prompt, self.rng)
        if prompt is None:
            self._say(t(self.lang, "editor.no_prompts"))
            return
        self.prompt = prompt
        self._show_prompt()
        self._changed()

    def action_links(self) -> None:
        if self.goals is None:
            self.goals = self.store.goals().records
        frameworks = self.workbook.leader_frameworks() or list(self.workbook.frameworks)

        def chosen(links: Links | None) -> None:
            if links is not None:
                self.links = links
                self._show_links()
                self._changed()
            self.query_one("#editor-text", TextArea).focus()

        self.app.push_screen(
            LinkPicker(self.lang, frameworks, self.workbook.roles(), self.goals, self.links),
            chosen,
        )

    def action_save(self) -> None:
        self._save()

    def _save(self, text: str | None = None) -> bool:
        """Save as a reflection; False (and why, on the screen) when it could not be."""
        lang = self.lang
        if not self._check_date():
            self.query_one("#editor-date", Input).focus()
            return False
        state = self._state()
        if text is not None:
            state.text = text
        if not state.text.strip():
            self._say(t(lang, "editor.text_empty"))
            return False
        if self.record is not None:
            record = copy(self.record)
            record.extra = dict(self.record.extra)
        else:
            record = Reflection(id=self.draft_id, created=now(), date=state.date, text="")
        state.reflection_fields(record)
        try:
            result = self.store.save(record)
        except LederbogError as error:
            self._say(t(lang, "editor.save_failed", reason=one_line(str(error))))
            return False
        self._finished = True
        if self._draft_timer is not None:
            self._draft_timer.stop()
        drafts_store.remove_draft(self.workbook.data_dir, self.draft_id)
        if result.conflict:
            self.app.notify(
                t(lang, "editor.conflict", name=result.path.name),
                severity="warning",
                timeout=20,
                markup=False,
            )
        else:
            self.app.notify(
                t(lang, "editor.saved", date=format_date(record.date, lang)), markup=False
            )
        self.app.post_message(RecordsChanged())
        self.dismiss(record.id)
        return True

    def action_leave(self) -> None:
        if not self.dirty:
            self._finished = True
            if self._draft_written:
                drafts_store.remove_draft(self.workbook.data_dir, self.draft_id)
            self.dismiss(None)
            return
        lang = self.lang

        def answered(answer: str | None) -> None:
            if answer == "save":
                self._save()
            elif answer == "keep":
                self.flush_now()
                self._finished = True
                self.dismiss(None)
            elif answer == "discard":
                self.app.push_screen(
                    Choice(
                        t(lang, "leave.confirm_discard"),
                        [("no", t(lang, "dialog.no")), ("yes", t(lang, "leave.discard"))],
                        cancel="no",
                    ),
                    discard,
                )

        def discard(answer: str | None) -> None:
            if answer == "yes":
                self._finished = True
                if self._draft_timer is not None:
                    self._draft_timer.stop()
                drafts_store.remove_draft(self.workbook.data_dir, self.draft_id)
                self.dismiss(None)

        self.app.push_screen(
            Choice(
                t(lang, "leave.title"),
                [
                    ("save", t(lang, "leave.save")),
                    ("keep", t(lang, "leave.keep")),
                    ("discard", t(lang, "leave.discard")),
                    ("stay", t(lang, "leave.stay")),
                ],
                cancel="stay",
            ),
            answered,
        )

    # --- $EDITOR --------------------------------------------------------------------

    def action_external(self) -> None:
        self.write_in_editor()

    def write_in_editor(self, run: Callable[[list[str]], int] | None = None) -> None:
        """Hand the text to $VISUAL/$EDITOR with the workbook suspended; save what comes back.

        The text goes through `drafts/<id>.txt` and is read back as bytes, exactly (CRLF
        and all). An editor that fails or leaves the file empty saves nothing, and the
        draft (with the editor's file) stays.
        """
        lang = self.lang
        try:
            command = editor_command()
        except ValueError as error:
            self._say(t(lang, "editor.bad_editor", reason=str(error)))
            return
        if not command:
            self._say(t(lang, "editor.no_editor"))
            return
        self.flush_now()
        root = self.workbook.data_dir
        state = self._state()
        try:
            path = drafts_store.write_editor_file(root, self.draft_id, state.text)
            if not self._draft_written:
                drafts_store.save_draft(root, state)
                self._draft_written = True
        except LederbogError as error:
            self._say(t(lang, "editor.draft_failed", reason=one_line(str(error))))
            return
        shown = one_line(" ".join(command), 40)
        reason = self._run_editor([*command, str(path)], run)
        if reason is not None:
            self._say(t(lang, "editor.editor_failed", editor=shown, reason=reason, path=path))
            return
        data = path.read_bytes()
        if not data.strip():
            self._say(t(lang, "editor.editor_empty", path=path))
            return
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            self._say(t(lang, "editor.editor_not_utf8", path=path))
            return
        self.query_one("#editor-text", TextArea).load_text(self._visible(text))
        self._save(text)

    def _run_editor(self, argv: list[str], run: Callable[[list[str]], int] | None) -> str | None:
        """Run the editor; None when it succeeded, else why it did not."""
        runner = run or _run

        def attempt() -> str | None:
            try:
                code = runner(argv)
            except OSError as error:
                return one_line(error.strerror or str(error))
            return None if code == 0 else t(self.lang, "editor.editor_exit", code=code)

        try:
            with self.app.suspend():
                return attempt()
        except SuspendNotSupported:
            if self.app.is_headless:  # tests: there is no terminal to hand over
                return attempt()
            return t(self.lang, "editor.cannot_suspend")


def _run(argv: list[str]) -> int:
    return subprocess.run(argv, check=False).returncode


__all__ = ["ReflectionEditor", "TagSuggester", "editor_command"]
