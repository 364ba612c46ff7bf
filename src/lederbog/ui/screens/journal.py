"""Dagbog: the reflections newest first, searched as you type, read, written and deleted.

The list comes from the search index (lederbog.journal), in a thread worker: the
UI thread never reads the journal's files, only the one reflection shown in full.
Each keystroke in the search field starts a new search and cancels the one before
(the latest keystroke wins); the newest matches are shown first, the rest follow.
"""

from __future__ import annotations

import random
import threading
import time
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from lederbog import drafts as drafts_store
from lederbog import journal, paths
from lederbog.dates import format_date
from lederbog.drafts import Draft
from lederbog.errors import LederbogError
from lederbog.i18n import t
from lederbog.model.records import Origin, Reflection
from lederbog.store.codec import RecordError
from lederbog.store.layout import FileKind
from lederbog.store.store import BadFile
from lederbog.text import for_display, one_line
from lederbog.ui.links import AreaLink, DraftLink, NewReflection, ReflectionLink
from lederbog.ui.messages import RecordsChanged
from lederbog.ui.screens.section import SectionScreen
from lederbog.ui.widgets.reflection_list import ReflectionList

if TYPE_CHECKING:
    from textual.command import Provider

    from lederbog.workbook import Workbook

FIRST_PAGE = 60  # matches shown at once; the rest follow from the same search
TYPING_PAUSE = 0.15  # seconds without a keystroke before the rest of the matches is fetched


def _journal_commands() -> type[Provider]:
    from lederbog.ui.journal_commands import JournalCommands

    return JournalCommands


class JournalScreen(SectionScreen):
    SECTION = "journal"
    COMMANDS = {_journal_commands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New", id="journal_new"),
        Binding("e", "edit", "Edit", id="journal_edit"),
        Binding("d,delete", "delete", "Delete", id="journal_delete"),
        Binding("slash", "search", "Search", id="journal_search"),
        Binding("E", "new_external", "$EDITOR", id="journal_external", show=False),
        Binding("escape", "to_list", "List", id="journal_list", show=False),
    ]

    class Results(Message):
        def __init__(
            self,
            text: str,
            wanted: journal.Search,
            found: journal.Found,
            final: bool,
            shown: threading.Event,
        ) -> None:
            super().__init__()
            self.text = text
            self.wanted = wanted
            self.found = found
            self.final = final  # nothing more is coming for this search
            self.shown = shown

    class Tags(Message):
        def __init__(self, tags: list[str]) -> None:
            super().__init__()
            self.tags = tags

    class Failed(Message):
        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    def __init__(self, workbook: Workbook) -> None:
        super().__init__(workbook)
        self.store = workbook.store
        self.cache = paths.cache_dir()
        self.rng = random.Random()
        self._area_titles = {
            f"{framework.id}/{area.id}": area.title
            for framework in workbook.frameworks
            for area in framework.areas
        }
        self.shown_text: str | None = None  # the search whose results are on screen
        self.loaded = False  # the first listing has arrived
        self.tags: list[str] = []
        self.record: Reflection | None = None  # the reflection shown in full
        self._keep: str | None = None  # the reflection to put the cursor on when it is listed
        self._refresh_lock = threading.Lock()
        # The index is refreshed when asked for (`_wanted_fresh` counts the asks) and
        # `_fresh` is the ask last met; `_generation` counts refreshes that changed it.
        self._wanted_fresh = 1
        self._fresh = 0
        self._generation = 0
        self._problems: list[BadFile] = []
        self._empty_message = "journal.view.none"

    # --- layout ---------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        lang = self.lang
        with Vertical(id="journal"):
            yield Input(
                placeholder=t(lang, "journal.search.placeholder"), id="journal-search", compact=True
            )
            yield Static(Content(t(lang, "journal.loading")), id="journal-status")
            with Horizontal(id="journal-panes"):
                reflections = ReflectionList(self._describe, id="journal-list")
                reflections.set_marks(t(lang, "journal.private"), t(lang, "journal.shared"))
                yield reflections
                with VerticalScroll(id="journal-view"):
                    yield Static(Content(t(lang, "journal.view.none")), id="journal-text")

    def on_mount(self) -> None:
        # (SectionScreen.on_mount runs too: Textual calls each class's handler.)
        self.query_one(ReflectionList).focus()
        self._search("", refresh=True)

    def on_screen_resume(self) -> None:
        # Back from the editor or another section: files may have changed meanwhile.
        if self.loaded:
            self._search(self._typed(), refresh=True)

    def _describe(self, entry: journal.Entry) -> tuple[str, bool, str]:
        areas = [one_line(self._area_titles.get(a, a), 40) for a in entry.areas]
        tags = [f"#{one_line(tag, 30)}" for tag in entry.tags]
        return format_date(entry.date, self.lang), entry.shared, "  ".join(areas + tags)

    def _typed(self) -> str:
        return self.query_one("#journal-search", Input).value

    # --- searching ------------------------------------------------------------------

    @on(Input.Changed, "#journal-search")
    def _search_typed(self, event: Input.Changed) -> None:
        self._search(event.value)

    def _search(self, text: str, *, refresh: bool = False, keep: str | None = None) -> None:
        if refresh:
            self._wanted_fresh += 1
        if keep is not None:
            self._keep = keep  # kept until a complete list arrives, whichever search brings it
        self._run_search(text, refresh, list(self._area_titles))

    @work(thread=True, exclusive=True, group="journal-search", exit_on_error=False)
    def _run_search(self, text: str, refresh: bool, areas: list[str]) -> None:
        """Search in a thread: what the index knows is shown at once, the index is then
        brought up to date (when files may have changed) and the list follows it; the
        newest matches come first, the rest once they are on screen."""
        worker = get_current_worker()

        def cancelled() -> bool:  # a later keystroke started its own search
            return worker.is_cancelled

        def show(found: journal.Found, final: bool) -> None:
            found.problems = list(self._problems)
            shown = threading.Event()
            self.post_message(self.Results(text, wanted, found, final, shown))
            # Let the list be drawn before the next, heavier query takes its share of time.
            shown.wait(0.5)

        wanted = journal.parse_search(text, self.lang, areas)
        try:
            generation = self._generation
            first = journal.search(self.store, self.cache, wanted, limit=FIRST_PAGE, lang=self.lang)
            if cancelled():
                return
            stale = self._fresh != self._wanted_fresh
            shown_first = bool(first.entries) or not stale
            if shown_first:
                show(first, final=first.complete and not stale)
            if stale:
                # One refresh for all the searches waiting on it: a search started while the
                # index is being brought up to date waits for it, and then sees the new files.
                with self._refresh_lock:
                    mark = self._wanted_fresh
                    if self._fresh != mark:
                        changed, self._problems = journal.refresh(self.store, self.cache)
                        self._fresh = mark
                        if changed:
                            self._generation += 1
                if cancelled():
                    return
                if self._generation != generation or not shown_first:
                    first = journal.search(
                        self.store, self.cache, wanted, limit=FIRST_PAGE, lang=self.lang
                    )
                    if cancelled():
                        return
                    show(first, final=first.complete)
                elif first.complete:
                    show(first, final=True)
            if not first.complete:
                if not wanted.is_empty:
                    # While the leader is still typing, the next keystroke comes first:
                    # the rest of these matches is fetched only once they pause.
                    time.sleep(TYPING_PAUSE)
                    if cancelled():
                        return
                rest = journal.search(self.store, self.cache, wanted, lang=self.lang)
                if cancelled():
                    return
                show(rest, final=True)
            if refresh and not wanted.is_empty and not cancelled():
                # The tags for completion come from every reflection, not only the matches.
                every = journal.search(self.store, self.cache, journal.Search())
                self.post_message(self.Tags(journal.tags_in_use(every.entries)))
        except LederbogError as error:
            self.post_message(self.Failed(str(error)))

    @on(Tags)
    def _tags(self, message: Tags) -> None:
        self.tags[:] = message.tags

    @on(Results)
    def _results(self, message: Results) -> None:
        try:
            self._show_results(message)
        finally:
            message.shown.set()

    def _show_results(self, message: Results) -> None:
        if message.text != self._typed():
            return  # a later keystroke has its own search on the way
        found = message.found
        lang = self.lang
        reflections = self.query_one(ReflectionList)
        reflections.show(found.entries, self._keep)
        if message.final:
            self._keep = None
        if message.wanted.is_empty and message.final:
            self.tags[:] = journal.tags_in_use(found.entries)
        self.shown_text = message.text
        self.loaded = True
        count = len(found.entries)
        if message.wanted.is_empty:
            status = (
                t(lang, "journal.count.none")
                if count == 0
                else t(lang, "journal.count.one")
                if count == 1
                else t(lang, "journal.count", count=count)
            )
        else:
            status = (
                t(lang, "journal.found.none")
                if count == 0
                else t(lang, "journal.found.one")
                if count == 1
                else t(lang, "journal.found", count=count)
            )
        if not found.complete:
            status = t(lang, "journal.found.more", count=count)
        described = self._filters(message.wanted)
        parts = [status, *described, *message.wanted.problems]
        if found.problems:
            parts.append(t(lang, "journal.problems", count=len(found.problems)))
        self.query_one("#journal-status", Static).update(Content(" · ".join(parts)))
        if not found.entries:
            self._empty_message = "journal.empty" if message.wanted.is_empty else "journal.no_match"
        else:
            self._empty_message = "journal.view.none"
        if not found.entries:
            self._show_record(None)

    def _filters(self, wanted: journal.Search) -> list[str]:
        lang = self.lang
        parts = [
            t(lang, "journal.filter.area", area=one_line(self._area_titles.get(a, a), 40))
            for a in wanted.areas
        ]
        parts += [t(lang, "journal.filter.tag", tag=one_line(tag, 30)) for tag in wanted.tags]
        parts += [t(lang, "journal.filter.goal", goal=one_line(g, 40)) for g in wanted.goals]
        if wanted.since:
            parts.append(t(lang, "journal.filter.since", date=format_date(wanted.since, lang)))
        if wanted.until:
            parts.append(t(lang, "journal.filter.until", date=format_date(wanted.until, lang)))
        return parts

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        self.query_one("#journal-status", Static).update(
            Content(t(self.lang, "journal.index_failed", reason=one_line(message.reason)))
        )

    # --- the reflection in full -------------------------------------------------------

    @on(ReflectionList.Highlighted)
    def _highlighted(self, event: ReflectionList.Highlighted) -> None:
        entry = event.entry
        if entry is None:
            self._show_record(None)
            return
        try:
            record = self.store.read(entry.path, FileKind.REFLECTION)
        except RecordError as error:
            self.record = None
            self.query_one("#journal-text", Static).update(
                Content(t(self.lang, "journal.view.unreadable", reason=one_line(str(error))))
            )
            return
        assert isinstance(record, Reflection)
        self._show_record(record)

    def _show_record(self, record: Reflection | None) -> None:
        self.record = record
        view = self.query_one("#journal-text", Static)
        if record is None:
            view.update(Content(t(self.lang, self._empty_message)))
            return
        view.update(self.full_text(record))
        self.query_one("#journal-view", VerticalScroll).scroll_home(animate=False)

    def full_text(self, record: Reflection) -> Text:
        """The whole reflection as text (never markup), with what it is linked to."""
        lang = self.lang
        text = Text()
        text.append(format_date(record.date, lang), "bold")
        text.append("  ")
        if record.shared:
            text.append(t(lang, "journal.view.shared"), "bold yellow")
        else:
            text.append(t(lang, "journal.view.private"), "bold")
        text.append("\n")

        def line(label: str, values: list[str]) -> None:
            if values:
                text.append(f"{label}: ", "dim")
                text.append(", ".join(values) + "\n")

        line(
            t(lang, "journal.view.areas"),
            [one_line(self._area_titles.get(a, a)) for a in record.areas],
        )
        line(t(lang, "journal.view.goals"), [one_line(g) for g in record.goals])
        items = []
        for item_id in record.items:
            found = next(
                (f.item(item_id) for f in self.workbook.frameworks if f.item(item_id)), None
            )
            items.append(
                one_line(found[1].title or found[1].text, 60) if found else one_line(item_id)
            )
        line(t(lang, "journal.view.items"), items)
        line(t(lang, "journal.view.tags"), [f"#{one_line(tag)}" for tag in record.tags])
        if record.prompt:
            text.append(f"{t(lang, 'journal.view.prompt')}: ", "dim")
            text.append(one_line(record.prompt) + "\n", "italic")
        text.append("\n")
        text.append(for_display(record.text))
        return text

    # --- actions --------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one("#journal-search", Input).focus()

    def action_to_list(self) -> None:
        self.query_one(ReflectionList).focus()

    @on(Input.Submitted, "#journal-search")
    def _search_submitted(self) -> None:
        self.query_one(ReflectionList).focus()

    @on(ReflectionList.Chosen)
    def _chosen(self) -> None:
        self.action_edit()

    def action_new(self, external: bool = False) -> None:
        """A new reflection; a draft not yet saved is offered first."""
        drafts, _ = drafts_store.load_drafts(self.workbook.data_dir)
        if not drafts:
            self.open_editor(external=external)
            return
        from lederbog.ui.screens.journal_dialogs import DraftOffer

        self.app.push_screen(
            DraftOffer(drafts, self.lang, offer_new=True),
            lambda answer: self._draft_answer(answer, external),
        )

    def action_new_external(self) -> None:
        self.action_new(external=True)

    def _draft_answer(self, answer: object, external: bool = False) -> None:
        from lederbog.ui.screens.journal_dialogs import DraftAnswer

        if not isinstance(answer, DraftAnswer):
            return
        if answer.action == "resume" and answer.draft is not None:
            self.resume_draft(answer.draft)
        elif answer.action == "new":
            self.open_editor(external=external)
        elif answer.action == "discard" and answer.draft is not None:
            confirm_discard(self, answer.draft)

    def open_editor(
        self,
        *,
        areas: tuple[str, ...] = (),
        items: tuple[str, ...] = (),
        prompt: str = "",
        record: Reflection | None = None,
        draft: Draft | None = None,
        external: bool = False,
    ) -> None:
        from lederbog.ui.screens.reflection_editor import ReflectionEditor

        editor = ReflectionEditor(
            self.workbook,
            record=record,
            draft=draft,
            areas=areas,
            items=items,
            prompt=prompt,
            tags_in_use=self.tags,
            rng=self.rng,
        )

        def done(saved: str | None) -> None:
            if saved:
                self.query_one("#journal-search", Input).value = ""
                self._search("", refresh=True, keep=saved)

        self.app.push_screen(editor, done)
        if external:
            editor.call_after_refresh(editor.write_in_editor)

    def resume_draft(self, draft: Draft) -> None:
        record = None
        if draft.of:
            path = self.workbook.data_dir / draft.of
            try:
                read = self.store.read(path, FileKind.REFLECTION)
            except RecordError:
                read = None  # gone or broken: the draft is saved as the reflection it holds
            if isinstance(read, Reflection):
                record = read
                if draft.of_digest:
                    record.origin = Origin(path, draft.of_digest)
        self.open_editor(record=record, draft=draft)

    def action_edit(self) -> None:
        if self.record is None:
            return
        # A draft left from an earlier edit of this reflection is where the words are.
        drafts, _ = drafts_store.load_drafts(self.workbook.data_dir)
        draft = next((d for d in drafts if d.id == self.record.id), None)
        if draft is not None:
            self.resume_draft(draft)
        else:
            self.open_editor(record=self.record)

    def action_delete(self) -> None:
        record = self.record
        if record is None:
            return
        from lederbog.ui.screens.journal_dialogs import Choice

        lang = self.lang

        def answered(answer: str | None) -> None:
            if answer != "delete":
                return
            try:
                moved = self.store.trash(record)
            except LederbogError as error:
                self.notify(
                    t(lang, "delete.failed", reason=one_line(str(error))),
                    severity="error",
                    markup=False,
                )
                return
            shown = moved.relative_to(self.workbook.data_dir)
            self.notify(t(lang, "delete.done", path=str(shown)), markup=False)
            self.app.post_message(RecordsChanged())

        self.app.push_screen(
            Choice(
                t(lang, "delete.confirm", date=format_date(record.date, lang)),
                [("keep", t(lang, "dialog.no")), ("delete", t(lang, "binding.journal_delete"))],
                cancel="keep",
            ),
            answered,
        )

    # --- from other sections --------------------------------------------------------

    def open_link(self, link: object) -> None:
        if isinstance(link, NewReflection):
            areas = (f"{link.framework}/{link.area}",) if link.framework and link.area else ()
            items = (link.item,) if link.item else ()
            self.open_editor(areas=areas, items=items, prompt=link.prompt)
        elif isinstance(link, ReflectionLink):
            self.query_one("#journal-search", Input).value = ""
            self._search("", keep=link.reflection)
        elif isinstance(link, AreaLink):
            search = self.query_one("#journal-search", Input)
            search.value = f"område:{link.framework}/{link.area}"
            self.query_one(ReflectionList).focus()
        elif isinstance(link, DraftLink):
            drafts, _ = drafts_store.load_drafts(self.workbook.data_dir)
            draft = next((d for d in drafts if d.id == link.draft), None)
            if draft is not None:
                self.resume_draft(draft)

    def records_changed(self) -> None:
        current = self.query_one(ReflectionList).current
        self._search(self._typed(), refresh=True, keep=current.id if current else None)


def confirm_discard(screen: SectionScreen, draft: Draft) -> None:
    """Ask, then remove the draft for good."""
    from lederbog.ui.screens.journal_dialogs import Choice

    lang = screen.lang

    def answered(answer: str | None) -> None:
        if answer == "yes":
            drafts_store.remove_draft(screen.workbook.data_dir, draft.id)
            screen.notify(t(lang, "drafts.discarded"), markup=False)

    screen.app.push_screen(
        Choice(
            t(lang, "leave.confirm_discard"),
            [("no", t(lang, "dialog.no")), ("yes", t(lang, "leave.discard"))],
            cancel="no",
        ),
        answered,
    )
