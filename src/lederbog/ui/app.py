"""The Lederbog application and the factory that builds it (used by the CLI and tests)."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import App
from textual.binding import Binding, BindingType

from lederbog.i18n import Lang, t
from lederbog.text import one_line
from lederbog.ui.bindings import localise_bindings
from lederbog.ui.messages import OpenSection, RecordsChanged
from lederbog.ui.screens.section import SectionScreen
from lederbog.ui.sections import DEFAULT_SECTION, KEYS, SECTIONS, Section
from lederbog.ui.widgets.section_bar import SectionBar
from lederbog.workbook import Workbook, open_workbook

if TYPE_CHECKING:
    from textual.command import Provider


def _global_commands() -> type[Provider]:
    # The palette's provider is imported when the palette first opens, not at start.
    from lederbog.ui.app_commands import GlobalCommands

    return GlobalCommands


class LederbogApp(App[None]):
    """The full-screen workbook: one mode per section, each given the workbook's data."""

    CSS_PATH = "app.tcss"
    TITLE = "Lederbog"
    COMMANDS = App.COMMANDS | {_global_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="help"),
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
        Binding("q", "quit", "Quit", id="quit_q", show=False),
        *[
            # One key per section, from anywhere outside a text field (a field takes the key first).
            Binding(
                key, f"section('{section_id}')", section_id, id=f"section_{section_id}", show=False
            )
            for section_id, key in KEYS.items()
        ],
    ]

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self.lang: Lang = workbook.lang
        self.DEFAULT_MODE = DEFAULT_SECTION  # type: ignore[misc]  # read by App.__init__
        super().__init__()
        self._section_screens: dict[str, SectionScreen] = {}
        for entry in SECTIONS:
            self.add_mode(entry.id, partial(self._make_section, entry))
        localise_bindings(self, self.lang)

    def _make_section(self, entry: Section) -> SectionScreen:
        screen = entry.make(self.workbook)
        assert isinstance(screen, SectionScreen)
        self._section_screens[entry.id] = screen
        return screen

    def run(self, **kwargs: Any) -> Any:
        """`App.run`, once what start-up has loaded is out of the garbage collector's way.

        Textual's modules, the frameworks and the app itself live until the program
        exits. Frozen (`gc.freeze`), full collections no longer walk them: one such
        collection cost ~50 ms of the start, and every later one is cheaper too.
        """
        gc.freeze()
        return super().run(**kwargs)

    def on_mount(self) -> None:
        problem = self.workbook.profile_problem
        if problem:
            message = t(self.lang, "profile.unreadable", problem=one_line(problem))
            self.notify(message, severity="error", timeout=30, markup=False)
        from lederbog.drafts import has_drafts  # a folder listing; no file is read

        if has_drafts(self.workbook.data_dir):
            from lederbog.ui.screens.journal_dialogs import offer_drafts_at_start

            self.call_after_refresh(offer_drafts_at_start, self)

    # --- sections ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "section":
            return bool(parameters) and parameters[0] in self._modes
        return True

    async def action_section(self, section_id: str) -> None:
        if section_id in self._modes and section_id != self.current_mode:
            await self.switch_mode(section_id)

    @on(SectionBar.Chosen)
    async def _section_clicked(self, event: SectionBar.Chosen) -> None:
        await self.action_section(event.section_id)

    @on(OpenSection)
    async def _open_section(self, event: OpenSection) -> None:
        if event.section not in self._modes:
            return
        await self.action_section(event.section)
        screen = self._section_screens.get(event.section)
        if event.link is not None and screen is not None:
            screen.open_link(event.link)

    @on(RecordsChanged)
    def _records_changed(self) -> None:
        for screen in self._section_screens.values():
            screen.records_changed()

    def action_help(self) -> None:
        from lederbog.ui.screens.help import HelpScreen  # built when first asked for

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.lang, self.screen))


def make_app(
    data_dir: Path,
    lang: str | None = None,
    initial_roles: Mapping[str, str] | None = None,
    *,
    today: Callable[[], dt.date] | None = None,
) -> LederbogApp:
    """The app exactly as `lederbog` builds it: the profile and frameworks of `data_dir`.

    `lang` (--lang) wins over the profile's language; `initial_roles` over the
    profile's roles (a role the framework does not have is ignored: `doctor` names it).
    `today` is for tests and snapshots that need a fixed date.
    """
    workbook = open_workbook(data_dir, lang, today=today)
    if initial_roles:
        from lederbog.model.records import FrameworkChoice, Profile

        profile = workbook.profile or Profile()
        chosen = {choice.id: choice for choice in profile.frameworks}
        for framework_id, role in initial_roles.items():
            chosen.setdefault(framework_id, FrameworkChoice(framework_id)).role = role
        profile.frameworks = list(chosen.values())
        workbook.profile = profile
    return LederbogApp(workbook)
