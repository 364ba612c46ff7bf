"""Choosing the framework whose self-assessments are shown (key f in Selvevaluering)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from lederbog.model.framework import Framework
from lederbog.text import one_line
from lederbog.ui.bindings import localise_bindings


class FrameworkPicker(ModalScreen[str | None]):
    """The frameworks to choose between; Enter chooses, Escape leaves it as it was."""

    DEFAULT_CSS = """
    FrameworkPicker { align: center middle; }
    FrameworkPicker > #pick-dialog {
        width: 70;
        max-width: 95%;
        height: auto;
        max-height: 80%;
        border: round $accent;
        padding: 0 1;
        background: $surface;
    }
    FrameworkPicker #pick-title { height: 1; margin-bottom: 1; text-style: bold; }
    FrameworkPicker OptionList { height: auto; max-height: 16; }
    """

    BINDINGS = [Binding("escape", "dismiss_none", "Back", id="assessment_leave")]

    def __init__(
        self, title: str, frameworks: Sequence[Framework], current: str | None, *, lang: str
    ) -> None:
        super().__init__()
        self.heading = title
        self.frameworks = list(frameworks)
        self.current = current
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        options = [Option(Text(one_line(f.title, 64)), id=f.id) for f in self.frameworks]
        with Vertical(id="pick-dialog"):
            yield Static(Text(self.heading), id="pick-title")
            yield OptionList(*options, id="pick-list")

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        ids = [f.id for f in self.frameworks]
        if self.current in ids:
            picker.highlighted = ids.index(self.current)
        picker.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
