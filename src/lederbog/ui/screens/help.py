"""`?`: the keys of the current section, those that work everywhere, and how to use it."""

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

# The keys every screen has (Tab, shift+Tab, copy): listed under "everywhere".
_EVERY_SCREEN = {binding.action for binding in Screen.BINDINGS if isinstance(binding, Binding)}


class HelpScreen(ModalScreen[None]):
    """A dialog: a few words on the section, its keys, and the keys that work everywhere."""

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

    def __init__(self, lang: str, below: Screen[object], section: str = "") -> None:
        """`below`: the screen whose keys are shown; `section`: its section's id, if any."""
        super().__init__()
        self.lang = lang
        self.below = below
        self.section = section
        localise_bindings(self, lang)

    def _rows(self, bindings: list[Binding], skip: set[str]) -> list[tuple[str, str]]:
        """(keys, what they do), one row per action: `ctrl+c` and `super+c` are one row.

        `super+…` is left out: terminals do not pass the Command key on to programs.
        """
        grouped: dict[tuple[str, str], list[str]] = {}
        for binding in bindings:
            if not binding.description or binding.key.startswith("super+"):
                continue
            if binding.action in skip or binding.action.startswith("section("):
                continue
            label = self.app.get_key_display(binding)
            labels = grouped.setdefault((binding.action, binding.description), [])
            if label not in labels:
                labels.append(label)
        return [(" / ".join(labels), description) for (_, description), labels in grouped.items()]

    def _below_bindings(self) -> list[Binding]:
        return [binding for _, binding in self.below._bindings]

    def section_rows(self) -> list[tuple[str, str]]:
        """The keys of the screen below: its own, not the app's or every screen's."""
        skip = {binding.action for _, binding in self.app._bindings} | _EVERY_SCREEN
        return self._rows(self._below_bindings(), skip)

    def global_rows(self) -> list[tuple[str, str]]:
        """Keys that work everywhere: a section each, the palette, help, quit, Tab."""
        from lederbog.ui.sections import SECTIONS

        rows = [
            (s.key, t(self.lang, "help.go_to", section=t(self.lang, s.name_key))) for s in SECTIONS
        ]
        app_rows = self._rows([binding for _, binding in self.app._bindings], set())
        palette = t(self.lang, "binding.palette")
        if all(description != palette for _, description in app_rows):
            rows.append((self.app.get_key_display(Binding("ctrl+p", "")), palette))
        others = {binding.action for binding in self._below_bindings()} - _EVERY_SCREEN
        return rows + app_rows + self._rows(self._below_bindings(), others)

    def key_rows(self) -> list[tuple[str, str]]:
        """Every row the dialog lists, the section's first."""
        return self.section_rows() + self.global_rows()

    @staticmethod
    def _table(rows: list[tuple[str, str]]) -> Table:
        keys = Table.grid(padding=(0, 2))
        keys.add_column(no_wrap=True, style="bold", min_width=12)
        keys.add_column()
        for label, description in rows:
            keys.add_row(Text(label), Text(description))
        return keys

    def compose(self) -> ComposeResult:
        name = t(self.lang, f"section.{self.section}") if self.section else ""
        about = f"help.section.{self.section}"
        with VerticalScroll(id="help-dialog") as dialog:
            dialog.border_title = t(self.lang, "help.title") + (f" · {name}" if name else "")
            # A section's own words (help.section.<id>, or help.intro.<id> with its
            # help.tree_keys.<id>), else what Lederbog is.
            yield Static(Text(self._intro(about)), classes="help-intro")
            rows = self.section_rows()
            if rows:
                heading = t(self.lang, "help.section_keys", section=name) if name else ""
                if heading:
                    yield Static(Text(heading, style="bold"), classes="help-heading")
                yield Static(self._table(rows))
            heading = t(self.lang, "help.global_keys")
            yield Static(Text(heading, style="bold"), classes="help-heading")
            yield Static(self._table(self.global_rows()))
            yield Static(Text(self._text("help.mouse")), classes="help-line")
            yield Static(Text(t(self.lang, "help.close"), style="dim"), classes="help-line")

    def _intro(self, about: str) -> str:
        if about in STRINGS:
            return t(self.lang, about)
        intro = self._text("help.intro")
        section = getattr(self.below, "SECTION", "")
        more = [f"help.tree_keys.{section}", f"help.more.{section}"]
        lines = [t(self.lang, key) for key in more if section and key in STRINGS]
        return "\n".join([intro, *lines])

    def _text(self, key: str) -> str:
        """The section's own text for `key` (`<key>.<section>`) when it has one."""
        section = getattr(self.below, "SECTION", "")
        own = f"{key}.{section}"
        return t(self.lang, own if section and own in STRINGS else key)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
