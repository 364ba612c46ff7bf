"""Textual's own chrome in the leader's language: the palette, its system commands.

Textual writes "Search for commands…", "No matches found" and its system
commands ("Keys", "Theme", "Quit", ...) in English. The workbook keeps those
commands (the theme picker is Textual's) but names them through the catalog,
and its own `?` help takes the place of Textual's English key panel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette, Hit, Hits, ProviderSource
from textual.screen import Screen
from textual.system_commands import SystemCommandsProvider
from textual.widgets.option_list import Option

from lederbog.i18n import t
from lederbog.ui.bindings import localise_bindings
from lederbog.ui.commands import highlighted


def ranked(score: float, title: str, query: str) -> float:
    """The matcher's score, a little higher when the title starts with what was typed.

    Textual's fuzzy matcher scores "prof" in "Profil" and in "... profilerer os"
    alike; the name that starts with it is what the leader meant.
    """
    if score > 0 and title.casefold().startswith(query.strip().casefold()):
        return score + 1.0
    return score


class LocalSystemCommands(SystemCommandsProvider):
    """Textual's system commands (named by `get_system_commands`), ranked like the others."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            score = ranked(matcher.match(name), name, query)
            if score > 0:
                yield Hit(score, highlighted(matcher, name), callback, help=help_text)


class LocalCommandPalette(CommandPalette):
    """The command palette with its placeholder, 'no matches' and keys in `lang`."""

    def __init__(
        self,
        lang: str,
        providers: ProviderSource | None = None,
        *,
        placeholder: str | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(
            providers, placeholder=placeholder or t(lang, "palette.placeholder"), id=id
        )
        self.lang = lang
        localise_bindings(self, lang)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own version, with the words of the catalog (Textual 8.2.8 is pinned).
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(t(self.lang, "palette.no_matches"), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


def system_commands(
    lang: str,
    screen: Screen[object],
    *,
    theme: Callable[[], object],
    quit: Callable[[], object],
    help: Callable[[], object],
    screenshot: Callable[[], object],
) -> Iterator[SystemCommand]:
    """Textual's system commands, named in `lang`; "Keys" opens the workbook's own help."""
    yield SystemCommand(t(lang, "system.theme"), t(lang, "system.theme.help"), theme)
    yield SystemCommand(t(lang, "system.quit"), t(lang, "system.quit.help"), quit)
    yield SystemCommand(t(lang, "system.keys"), t(lang, "system.keys.help"), help)
    if screen.maximized is not None:
        yield SystemCommand(
            t(lang, "system.minimize"), t(lang, "system.minimize.help"), screen.action_minimize
        )
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield SystemCommand(
            t(lang, "system.maximize"), t(lang, "system.maximize.help"), screen.action_maximize
        )
    yield SystemCommand(t(lang, "system.screenshot"), t(lang, "system.screenshot.help"), screenshot)
