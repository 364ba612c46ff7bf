"""The Selvevaluering section's palette: a new self-assessment, and each framework's history."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from lederbog.i18n import t
from lederbog.text import one_line
from lederbog.ui.commands import ListedCommands

if TYPE_CHECKING:
    from lederbog.ui.screens.assessment import AssessmentSection


class AssessmentCommands(ListedCommands):
    """ "Ny selvevaluering" for the framework shown, and for each framework by name."""

    def _section(self) -> AssessmentSection | None:
        from lederbog.ui.screens.assessment import AssessmentSection

        screen = self.screen
        return screen if isinstance(screen, AssessmentSection) else None

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        section = self._section()
        if section is None:
            return
        lang = section.lang
        new_help = t(lang, "assessment.palette.new.help")
        show_help = t(lang, "assessment.palette.show.help")
        yield (
            t(lang, "assessment.palette.new"),
            new_help,
            partial(section.start_new, section.current or ""),
        )
        for framework in section.choices():
            name = one_line(framework.title, 50)
            yield (
                t(lang, "assessment.palette.new_for", framework=name),
                new_help,
                partial(section.start_new, framework.id),
            )
            yield (
                t(lang, "assessment.palette.show", framework=name),
                show_help,
                partial(section.show_framework, framework.id),
            )
