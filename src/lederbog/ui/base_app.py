"""What every Lederbog app shares: Textual's own chrome in the leader's language.

The palette (its placeholder, "no matches", the system commands), the theme picker,
ctrl+c's quit hint, the screenshot, `?` and the theme remembered on this machine.
`LederbogApp` builds on it; a second app (the supervisor's review) can too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from lederbog import paths
from lederbog.i18n import Lang, normalise_lang, os_reason, t

if TYPE_CHECKING:
    from textual.command import Provider


def _system_commands() -> type[Provider]:
    from lederbog.ui.palette import LocalSystemCommands

    return LocalSystemCommands


class BaseApp(App[None]):
    """An app whose chrome speaks `lang` ("da" or "en")."""

    # Textual's system commands (Tema, Afslut, ...) in place of App.COMMANDS' English ones.
    COMMANDS = {_system_commands}

    def __init__(self, lang: str) -> None:
        self.lang: Lang = normalise_lang(lang)
        super().__init__()
        self._remembered_theme = self._restore_theme()

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        from lederbog.ui.palette import LocalCommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(LocalCommandPalette(self.lang, id="--command-palette"))

    def action_help_quit(self) -> None:
        """ctrl+c with nothing selected: say how to quit (Textual says it in English)."""
        key = self.get_key_display(Binding("ctrl+q", ""))
        self.notify(
            t(self.lang, "quit.hint", key=key), title=t(self.lang, "quit.hint.title"), markup=False
        )

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        from lederbog.ui.palette import LocalCommandPalette

        placeholder = t(self.lang, "palette.theme_placeholder")
        self.push_screen(LocalCommandPalette(self.lang, [ThemeProvider], placeholder=placeholder))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from lederbog.ui.palette import system_commands

        return system_commands(
            self.lang,
            screen,
            theme=self.action_change_theme,
            quit=self.action_quit,
            help=self.action_help,
            # After the palette has closed, so the picture shows the screen, not the palette.
            screenshot=lambda: self.set_timer(0.1, self.save_screen_picture),
        )

    def save_screen_picture(self) -> Path | None:
        """Save an SVG of the screen in the pictures folder and say where (or why not)."""
        folder = paths.screenshots_dir()
        stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
        target = folder / f"lederbog-{self.current_mode}-{stamp}.svg"
        try:
            svg = self.export_screenshot()
            folder.mkdir(parents=True, exist_ok=True)
            with open(target, "x", encoding="utf-8") as file:  # never over an existing file
                file.write(svg)
        except OSError as error:
            reason = os_reason(self.lang, error)
            message = t(self.lang, "screenshot.failed", folder=str(folder), reason=reason)
            self.notify(message, severity="error", timeout=15, markup=False)
            return None
        self.notify(t(self.lang, "screenshot.saved", path=str(target)), timeout=10, markup=False)
        return target

    # --- the theme, remembered on this machine ---------------------------------------

    def _restore_theme(self) -> str:
        from lederbog.settings import load_settings

        name = load_settings().theme
        if name and name in self.available_themes:
            self.theme = name
            return name
        return ""

    def _remember_theme(self, theme: object) -> None:
        name = self.theme
        if name == self._remembered_theme:
            return
        from lederbog.settings import save_theme, settings_path

        self._remembered_theme = name
        if not save_theme(name):
            message = t(self.lang, "theme.not_saved", path=str(settings_path()))
            self.notify(message, severity="warning", markup=False)

    def action_help(self) -> None:
        from lederbog.ui.screens.help import HelpScreen  # built when first asked for

        screen = self.screen
        if isinstance(screen, HelpScreen):
            return
        section = str(getattr(screen, "SECTION", ""))
        self.push_screen(HelpScreen(self.lang, screen, section))
