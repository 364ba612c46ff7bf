"""What every Lederbog app shares: Textual's own chrome in the leader's language.

The palette (its placeholder, "no matches", the system commands), the theme picker,
ctrl+c's quit hint, the screenshot, `?` and the theme remembered on this machine.
`LederbogApp` builds on it; a second app (the supervisor's review) can too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakSet

from textual.app import App, ScreenStackError, SystemCommand
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
        # What the last full refresh of the CSS was made with (see refresh_css).
        self._css_variables: dict[str, str] | None = None
        self._css_sources: dict[tuple[str, str], str] = {}
        self._css_styled: WeakSet[Screen[Any]] = WeakSet()
        self._css_refreshed_at = -1

    def refresh_css(self, animate: bool = True) -> None:
        """Textual's refresh of the CSS, skipped when it would change nothing.

        Textual re-parses every style sheet and restyles every widget (twice) when a
        mode's screen is first shown, even when the theme and the sheets are as they
        were: ~100 ms of each section's first opening. A refresh is made in full when
        the theme's variables or a sheet already read have changed (a new theme, an
        edited sheet), or when the screen shown was not styled by the last one; a
        sheet that is new (a widget's first DEFAULT_CSS) is parsed by Textual when
        its rules are next needed, as for any widget mounted later.
        """
        variables = self.get_css_variables()
        try:
            screen: Screen[Any] | None = self.screen
        except ScreenStackError:
            screen = None
        # A sheet's place in the order (its tie-breaker) may change as widgets register;
        # what it says is what counts.
        sheets = {place: source.content for place, source in self.stylesheet.source.items()}
        same = (
            variables == self._css_variables
            # Textual's own count of invalidations (a theme, the terminal's ANSI colours)
            and self._css_update_count == self._css_refreshed_at
            and all(sheets.get(place) == content for place, content in self._css_sources.items())
        )
        if same and screen is not None and screen in self._css_styled:
            return
        super().refresh_css(animate)
        if not same:  # the screens styled before are styled with what has changed since
            self._css_styled = WeakSet()
        self._css_styled.update(self.screen_stack)
        self._css_variables = variables
        self._css_sources = sheets
        self._css_refreshed_at = self._css_update_count

    def styled_now(self, screen: Screen[Any]) -> None:
        """`screen` was made with the style sheets as they are: its widgets are styled
        as they mount, so showing it needs no refresh of the CSS (see refresh_css)."""
        if (
            self._css_variables == self.get_css_variables()
            and self._css_update_count == self._css_refreshed_at
        ):
            self._css_styled.add(screen)

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
