"""The palette's commands in Mål: new goal, check in, edit, status, delete, filter."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from lederbog.ui.commands import highlighted


class GoalCommands(Provider):
    """What the Mål screen can do, under the names its keys show."""

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        from lederbog.ui.screens.goals import GoalsScreen

        screen = self.screen
        if isinstance(screen, GoalsScreen):
            yield from screen.commands()

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlighted(matcher, title), callback, text=title, help=help_text)
