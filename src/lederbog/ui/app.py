"""The Lederbog application and the factory that builds it (used by the CLI and tests)."""

from __future__ import annotations

import gc
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from lederbog.frameworks import FrameworkSet, load_all
from lederbog.i18n import Lang
from lederbog.ui.bindings import localise_bindings
from lederbog.ui.screens.frameworks import FrameworkBrowser

if TYPE_CHECKING:
    from textual.command import Provider


def _framework_commands() -> type[Provider]:
    # The palette's provider is imported when the palette first opens, not at start.
    from lederbog.ui.commands import FrameworkCommands

    return FrameworkCommands


class LederbogApp(App[None]):
    """The full-screen workbook."""

    CSS_PATH = "app.tcss"
    TITLE = "Lederbog"
    MODES: ClassVar[dict[str, str | type[FrameworkBrowser]]] = {  # type: ignore[assignment]
        "frameworks": FrameworkBrowser,
    }
    DEFAULT_MODE = "frameworks"
    COMMANDS = App.COMMANDS | {_framework_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="help"),
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
        Binding("q", "quit", "Quit", id="quit_q", show=False),
    ]

    def __init__(
        self,
        *,
        data_dir: Path,
        lang: Lang,
        frameworks: FrameworkSet,
        initial_roles: Mapping[str, str] | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.lang: Lang = lang
        self.frameworks = frameworks
        self.initial_roles: dict[str, str] = dict(initial_roles or {})
        super().__init__()
        localise_bindings(self, lang)

    def run(self, **kwargs: Any) -> Any:
        """`App.run`, once what start-up has loaded is out of the garbage collector's way.

        Textual's modules, the frameworks and the app itself live until the program
        exits. Frozen (`gc.freeze`), full collections no longer walk them: one such
        collection cost ~50 ms of the start, and every later one is cheaper too.
        """
        gc.freeze()
        return super().run(**kwargs)

    def action_help(self) -> None:
        from lederbog.ui.screens.help import HelpScreen  # built when first asked for

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.lang, self.screen))


def make_app(
    data_dir: Path, lang: Lang, initial_roles: Mapping[str, str] | None = None
) -> LederbogApp:
    """The app exactly as `lederbog` builds it: frameworks loaded from bundle and data dir,
    each framework shown for the leader's role in it (from the profile) when there is one."""
    frameworks = load_all(data_dir)
    roles = {}
    for framework_id, role in (initial_roles or {}).items():
        framework = frameworks.get(framework_id)
        if framework is not None and framework.role(role) is not None:
            roles[framework_id] = role  # a role the framework no longer has is `doctor`'s to name
    return LederbogApp(data_dir=data_dir, lang=lang, frameworks=frameworks, initial_roles=roles)
