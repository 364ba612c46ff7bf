"""The journal's palette entries: "Ny refleksion", "Søg i dagbogen", and writing in $EDITOR."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from lederbog.i18n import t
from lederbog.ui.commands import highlighted

if TYPE_CHECKING:
    from lederbog.ui.screens.journal import JournalScreen


class JournalCommands(Provider):
    def _journal(self) -> JournalScreen | None:
        from lederbog.ui.screens.journal import JournalScreen

        screen = self.screen
        return screen if isinstance(screen, JournalScreen) else None

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        journal = self._journal()
        if journal is None:
            return
        lang = journal.lang
        yield (
            t(lang, "palette.journal.new"),
            t(lang, "palette.journal.new.help"),
            journal.action_new,
        )
        yield (
            t(lang, "palette.journal.search"),
            t(lang, "palette.journal.search.help"),
            journal.action_search,
        )
        yield (
            t(lang, "palette.journal.external"),
            t(lang, "palette.journal.external.help"),
            journal.action_new_external,
        )

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlighted(matcher, title), callback, text=title, help=help_text)
