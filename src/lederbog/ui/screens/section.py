"""What every section's screen shares: the header, the section bar, the footer."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Header, Static

from lederbog.i18n import t
from lederbog.text import one_line
from lederbog.ui.bindings import localise_bindings
from lederbog.ui.sections import SECTIONS
from lederbog.ui.widgets.footer import SteadyFooter
from lederbog.ui.widgets.section_bar import SectionBar
from lederbog.workbook import Workbook


class SectionScreen(Screen[None]):
    """A section of the workbook, given the leader's data.

    Subclasses set `SECTION` (an id of lederbog.ui.sections) and implement
    `compose_body`; they may handle `open_link` (a place sent from another section)
    and `records_changed` (records were saved or changed on disk).
    """

    SECTION: ClassVar[str] = ""

    def __init__(self, workbook: Workbook) -> None:
        super().__init__()
        self.workbook = workbook
        self.lang = workbook.lang
        localise_bindings(self, self.lang)

    def compose(self) -> ComposeResult:
        yield Header()
        tabs = [(s.id, f"{s.key} {t(self.lang, s.name_key)}") for s in SECTIONS]
        yield SectionBar(tabs, self.SECTION)
        problem = self.workbook.profile_problem
        if problem:
            # Until it is mended, on every section: a notice that vanishes would be missed.
            from lederbog.domain_text import domain_text  # not at every start: only now

            said = one_line(domain_text(self.lang, problem))
            text = t(self.lang, "profile.problem.banner", problem=said)
            yield Static(text, id="profile-problem", markup=False)
        yield from self.compose_body()
        yield SteadyFooter()

    def compose_body(self) -> ComposeResult:
        raise NotImplementedError  # each section composes its own body

    def on_mount(self) -> None:
        self.title = t(self.lang, "app.title.demo" if self.workbook.demo else "app.title")
        self.sub_title = t(self.lang, f"section.{self.SECTION}")

    def open_link(self, link: object) -> None:
        """Show `link` (a value of lederbog.ui.links) if this section has a place for it."""

    def records_changed(self) -> None:
        """Records changed: refresh what this screen shows from the workbook (called by
        the app on mounted sections only; one mounted later reads them as it mounts)."""
