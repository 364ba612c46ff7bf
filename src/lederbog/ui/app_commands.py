"""The palette's global commands: go to a section, the profile, help. Each section adds its own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from lederbog.i18n import t
from lederbog.ui.commands import highlighted
from lederbog.ui.palette import ranked
from lederbog.ui.sections import SECTIONS


class GlobalCommands(Provider):
    """Every section under its name, the profile, and help."""

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        app = self.app
        lang = getattr(app, "lang", "da")
        for section in SECTIONS:
            yield (
                t(lang, section.name_key),
                t(lang, "palette.section.help"),
                partial(app.run_action, f"section('{section.id}')"),
            )
        yield (
            t(lang, "palette.profile"),
            t(lang, "palette.profile.help"),
            partial(app.run_action, "profile"),
        )
        yield (
            t(lang, "palette.help"),
            t(lang, "palette.help.help"),
            partial(app.run_action, "help"),
        )

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = ranked(matcher.match(title), title, query)
            if score > 0:
                yield Hit(score, highlighted(matcher, title), callback, text=title, help=help_text)
