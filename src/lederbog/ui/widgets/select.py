"""A Select whose drop-down speaks the leader's language.

Textual's `SelectOverlay` declares `escape` as "Dismiss menu"; the footer shows
it while the list is open. This Select gives its overlay the catalog's words.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any, TypeVar

from textual.app import ComposeResult
from textual.widgets import Select
from textual.widgets._select import SelectOverlay

from lederbog.ui.bindings import localise_bindings

T = TypeVar("T", bound=Hashable)


class LocalSelect(Select[T]):
    """`Select`, with the keys of its open list described in `lang`."""

    def __init__(self, options: Iterable[tuple[str, T]], *, lang: str, **kwargs: Any) -> None:
        super().__init__(options, **kwargs)
        self.lang = lang

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, SelectOverlay):
                localise_bindings(widget, self.lang)
            yield widget
