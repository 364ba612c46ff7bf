"""The palette's global commands: go to a section, the profile, help. Each section adds its own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.command import Matcher

from lederbog.i18n import t
from lederbog.ui.commands import ListedCommands
from lederbog.ui.palette import ranked
from lederbog.ui.sections import SECTIONS


class GlobalCommands(ListedCommands):
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

    def _score(self, matcher: Matcher, title: str, query: str) -> float:
        # A name that begins with what was typed comes first ("prof" -> Profil).
        return ranked(matcher.match(title), title, query)
