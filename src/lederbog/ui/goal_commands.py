"""The palette's commands in Mål: new goal, check in, edit, status, delete, filter."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from lederbog.ui.commands import ListedCommands


class GoalCommands(ListedCommands):
    """What the Mål screen can do, under the names its keys show."""

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        from lederbog.ui.screens.goals import GoalsScreen

        screen = self.screen
        if isinstance(screen, GoalsScreen):
            yield from screen.commands()
