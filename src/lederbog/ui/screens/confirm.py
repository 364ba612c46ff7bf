"""A yes/no question before something that cannot simply be undone."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from lederbog.i18n import t
from lederbog.text import for_display
from lederbog.ui.bindings import localise_bindings


class Confirm(ModalScreen[bool]):
    """`question` with a yes and a no button; Escape means no. Dismisses with the answer."""

    DEFAULT_CSS = """
    Confirm { align: center middle; }
    Confirm > Vertical {
        width: 60; max-width: 90%; height: auto; padding: 1 2;
        border: round $warning; background: $surface;
    }
    Confirm #confirm-buttons { height: auto; margin-top: 1; align-horizontal: right; }
    Confirm Button { margin-left: 2; }
    """

    BINDINGS = [Binding("escape", "answer(False)", "No", id="confirm_no", show=False)]

    def __init__(self, lang: str, question: str, yes: str | None = None) -> None:
        super().__init__()
        self.lang = lang
        self.question = question
        self.yes = yes or t(lang, "confirm.yes")
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(for_display(self.question)), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(Content(self.yes), variant="warning", id="confirm-yes")
                yield Button(Content(t(self.lang, "confirm.no")), id="confirm-no")

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
