"""The journal's palette entries: "Ny refleksion", "Søg i dagbogen", and writing in $EDITOR."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from lederbog.i18n import t
from lederbog.ui.commands import ListedCommands

if TYPE_CHECKING:
    from lederbog.ui.screens.journal import JournalScreen


class JournalCommands(ListedCommands):
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
