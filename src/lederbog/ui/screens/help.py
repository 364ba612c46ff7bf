"""`?`: the keys of the screen below, and a few words on how to use it."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from lederbog.i18n import STRINGS, t
from lederbog.ui.bindings import localise_bindings


class HelpScreen(ModalScreen[None]):
    """A dialog listing every key of the screen it was opened from."""

    # Here rather than in app.tcss: parsed when the dialog first opens, not at every start.
    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }

    #help-dialog {
        width: 80%;
        max-width: 90;
        height: auto;
        max-height: 90%;
        border: round $accent;
        border-title-color: $accent;
        padding: 1 2;
        background: $surface;
    }

    #help-dialog .help-heading {
        margin-top: 1;
    }

    #help-dialog .help-line {
        margin-top: 1;
    }
    """

    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="close"),
    ]

    def __init__(self, lang: str, below: Screen[object]) -> None:
        super().__init__()
        self.lang = lang
        self.below = below
        localise_bindings(self, lang)

    def key_rows(self) -> list[tuple[str, str]]:
        """(key, what it does) for every described key of the screen below and the app."""
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        bindings = [binding for _, binding in self.below._bindings]
        bindings += [binding for _, binding in self.app._bindings]
        for binding in bindings:
            label = self.app.get_key_display(binding)
            if binding.description and label not in seen:
                seen.add(label)
                rows.append((label, binding.description))
        palette = self.app.get_key_display(Binding("ctrl+p", ""))
        if palette not in seen:
            rows.append((palette, t(self.lang, "binding.palette")))
        return rows

    def compose(self) -> ComposeResult:
        keys = Table.grid(padding=(0, 2))
        keys.add_column(no_wrap=True, style="bold")
        keys.add_column()
        for label, description in self.key_rows():
            keys.add_row(Text(label), Text(description))
        # A section may have words of its own (help.intro.<section>, help.more.<section>).
        section = getattr(self.below, "SECTION", "")
        intro = f"help.intro.{section}" if f"help.intro.{section}" in STRINGS else "help.intro"
        more = f"help.more.{section}" if f"help.more.{section}" in STRINGS else "help.tree_keys"
        mouse = f"help.mouse.{section}" if f"help.mouse.{section}" in STRINGS else "help.mouse"
        with VerticalScroll(id="help-dialog") as dialog:
            dialog.border_title = t(self.lang, "help.title")
            yield Static(Text(t(self.lang, intro)), classes="help-intro")
            yield Static(Text(t(self.lang, "help.keys"), style="bold"), classes="help-heading")
            yield Static(keys)
            yield Static(Text(t(self.lang, more)), classes="help-line")
            yield Static(Text(t(self.lang, mouse)), classes="help-line")
            yield Static(Text(t(self.lang, "help.close"), style="dim"), classes="help-line")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
