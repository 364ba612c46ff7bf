"""A yes-or-no question before something is thrown away or deleted."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from lederbog.ui.bindings import localise_bindings


class ConfirmDialog(ModalScreen[bool]):
    """The question, and two buttons; `j`/`y` says yes, `n` or Escape says no."""

    DEFAULT_CSS = """
    ConfirmDialog {
        align: center middle;
    }
    ConfirmDialog > #confirm-dialog {
        width: 64;
        max-width: 90%;
        height: auto;
        border: round $warning;
        padding: 1 2;
        background: $surface;
    }
    ConfirmDialog #confirm-buttons {
        height: auto;
        margin-top: 1;
        align-horizontal: right;
    }
    ConfirmDialog Button {
        margin-left: 2;
    }
    """

    BINDINGS = [
        Binding("j,y", "answer(True)", "Yes", id="assessment_yes"),
        Binding("n,escape", "answer(False)", "No", id="assessment_no"),
    ]

    def __init__(self, question: str, yes: str, no: str, *, lang: str) -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(Text(self.question), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(self.no, id="confirm-no")
                yield Button(self.yes, id="confirm-yes", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()  # the safe answer under Enter

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
