"""The Lederbog application and the factory that builds it (used by the CLI and tests)."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.screen import Screen

from lederbog.i18n import normalise_lang, t
from lederbog.ui.base_app import BaseApp
from lederbog.ui.bindings import localise_bindings
from lederbog.ui.messages import OpenSection, RecordsChanged
from lederbog.ui.screens.section import SectionScreen
from lederbog.ui.sections import DEFAULT_SECTION, KEYS, SECTIONS, Section
from lederbog.ui.widgets.section_bar import SectionBar
from lederbog.workbook import Workbook, open_workbook

if TYPE_CHECKING:
    from textual.command import Provider

    from lederbog.model.records import Profile


WATCH_SECONDS = 2.0  # how often the record folders are looked at
# Seconds after start before sections read their records ahead (the first screen comes first).
READ_AHEAD_AFTER = 0.5


def _global_commands() -> type[Provider]:
    # The palette's provider is imported when the palette first opens, not at start.
    from lederbog.ui.app_commands import GlobalCommands

    return GlobalCommands


# A blank mode shown for the moment the sections are being made again.
_REBUILDING = "_rebuilding"


class LederbogApp(BaseApp):
    """The full-screen workbook: one mode per section, each given the workbook's data."""

    CSS_PATH = "app.tcss"
    TITLE = "Lederbog"
    COMMANDS = BaseApp.COMMANDS | {_global_commands}
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

    def __init__(
        self, workbook: Workbook, *, onboarding: bool = False, start: str | None = None
    ) -> None:
        self.workbook = workbook
        opening = start if start in {s.id for s in SECTIONS} else DEFAULT_SECTION
        self.DEFAULT_MODE = opening  # type: ignore[misc]  # read by App.__init__
        super().__init__(workbook.lang)
        self._onboarding = onboarding
        self._signals_taken: dict[int, object] = {}  # signal -> its handler before the demo
        self._section_screens: dict[str, SectionScreen] = {}
        for entry in SECTIONS:
            self.add_mode(entry.id, partial(self._make_section, entry))
        localise_bindings(self, self.lang)

    def _make_section(self, entry: Section) -> SectionScreen:
        screen = entry.make(self.workbook)
        assert isinstance(screen, SectionScreen)
        self._section_screens[entry.id] = screen
        self.styled_now(screen)
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
        # (BaseApp's on_mount runs too: Textual calls the handler of every class.)
        # Records written by others (`lederbog note` elsewhere, a sync tool) show up within
        # seconds: a look at the record folders every two seconds, well under a millisecond.
        from lederbog.store.watch import FolderWatch

        self._watch = FolderWatch(self.workbook.data_dir)
        self.set_interval(WATCH_SECONDS, self._look_for_changes)
        # Once the first screen is up, sections that read many files read them ahead.
        self.set_timer(READ_AHEAD_AFTER, self._read_ahead)
        workbook = self.workbook
        if workbook.demo:
            self._exit_on_signals()
        # A broken profile is shown on every section (SectionScreen) and never replaced:
        # the first-start form, which would save a new one over it, is not offered then.
        if self._onboarding and workbook.profile is None and not workbook.profile_problem:
            self.action_profile(first_start=True)
        from lederbog.drafts import has_drafts  # a folder listing; no file is read

        if has_drafts(self.workbook.data_dir):
            from lederbog.ui.screens.journal_dialogs import offer_drafts_at_start

            self.call_after_refresh(offer_drafts_at_start, self)

    def _exit_on_signals(self) -> None:
        """SIGTERM/SIGHUP end the demo like a quit, so its temporary folder is removed."""
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP"):
            signum = getattr(signal, name, None)
            if signum is None:
                continue
            previous = signal.getsignal(signum)
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self.exit)
                self._signals_taken[signum] = previous

    def on_unmount(self) -> None:
        # Hand the signals back (to the demo's own handler, which still cleans up).
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for signum, previous in self._signals_taken.items():
            with contextlib.suppress(RuntimeError, ValueError, TypeError):
                loop.remove_signal_handler(signum)
                signal.signal(signum, previous)  # type: ignore[arg-type]
        self._signals_taken.clear()

    # --- the profile -----------------------------------------------------------------

    def action_profile(self, first_start: bool = False) -> None:
        """The profile form (or, when profile.toml cannot be read, why not)."""
        from lederbog.ui.screens.profile import ProfileProblemScreen, ProfileScreen

        workbook = self.workbook
        if workbook.profile_problem:
            self.push_screen(ProfileProblemScreen(self.lang, workbook.profile_problem))
            return
        if isinstance(self.screen, ProfileScreen):
            return
        form = ProfileScreen(
            lang=self.lang,
            store=workbook.store,
            frameworks=workbook.frameworks,
            profile=workbook.profile,
            first_start=first_start,
        )
        self.push_screen(form, partial(self._profile_saved, first_start))

    async def _profile_saved(self, first_start: bool, profile: Profile | None) -> None:
        if profile is None:
            return
        self.workbook.profile = profile
        self.workbook.lang = normalise_lang(profile.language)
        await self.rebuild_sections(DEFAULT_SECTION if first_start else None)
        self.notify(t(self.lang, "profile.saved"), timeout=4, markup=False)

    async def rebuild_sections(self, open_section: str | None = None) -> None:
        """Make every section again from the workbook (a new language, a new profile).

        Modes cannot be replaced while one is shown, so the leader waits on a blank
        screen for the moment it takes; they come back to the section they were in
        (or to `open_section`).
        """
        self.lang = self.workbook.lang
        localise_bindings(self, self.lang)
        back_to = open_section or self.current_mode
        if back_to not in self._modes:
            back_to = DEFAULT_SECTION
        self.add_mode(_REBUILDING, Screen)
        await self.switch_mode(_REBUILDING)
        for entry in SECTIONS:
            await self.remove_mode(entry.id)
            self.add_mode(entry.id, partial(self._make_section, entry))
        self._section_screens.clear()
        await self.switch_mode(back_to)
        await self.remove_mode(_REBUILDING)

    def _look_for_changes(self) -> None:
        if self._watch.changed():
            self.post_message(RecordsChanged())

    def _read_ahead(self) -> None:
        for entry in SECTIONS:
            if entry.read_ahead is not None:
                self.run_worker(
                    partial(entry.read_ahead, self.workbook),
                    thread=True,
                    group="read-ahead",
                    exit_on_error=False,  # a section reads again when opened, and says why
                )

    # --- sections ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "section":
            return bool(parameters) and parameters[0] in self._modes
        return True

    async def action_section(self, section_id: str) -> None:
        if self._profile_form_open():
            return  # leaving it for a section would strand the form in the old section
        if section_id in self._modes and section_id != self.current_mode:
            await self.switch_mode(section_id)

    def _profile_form_open(self) -> bool:
        return any(type(screen).__name__ == "ProfileScreen" for screen in self.screen_stack)

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
        if not self.is_running:
            return  # closing: the screens are being taken down
        for screen in self._section_screens.values():
            # One made but not mounted yet reads its records when it mounts; one being
            # taken down (the workbook closing) has nothing left to show them in.
            if screen.is_mounted and screen.is_attached:
                screen.records_changed()


def make_app(
    data_dir: Path,
    lang: str | None = None,
    initial_roles: Mapping[str, str] | None = None,
    *,
    today: Callable[[], dt.date] | None = None,
    onboarding: bool = False,
    demo: bool = False,
    start: str | None = None,
) -> LederbogApp:
    """The app exactly as `lederbog` builds it: the profile and frameworks of `data_dir`.

    `lang` (--lang) wins over the profile's language; `initial_roles` over the
    profile's roles (a role the framework does not have is ignored: `doctor` names it).
    `today` is for tests and snapshots that need a fixed date. `onboarding`: with no
    profile, open on the first-start form (the CLI asks for it; tests of a section do
    not need it). `demo`: the title says it is `lederbog --demo`'s sample leader.
    `start` opens another section than Oversigt (tests of one section).
    """
    workbook = open_workbook(data_dir, lang, today=today)
    workbook.demo = demo
    if initial_roles:
        from lederbog.model.records import FrameworkChoice, Profile

        profile = workbook.profile or Profile()
        chosen = {choice.id: choice for choice in profile.frameworks}
        for framework_id, role in initial_roles.items():
            chosen.setdefault(framework_id, FrameworkChoice(framework_id)).role = role
        profile.frameworks = list(chosen.values())
        workbook.profile = profile
    return LederbogApp(workbook, onboarding=onboarding, start=start)
