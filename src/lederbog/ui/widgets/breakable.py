"""Ids shown so that a narrow pane breaks them between their parts, never mid-word."""

from __future__ import annotations

import re

from rich.console import Console, ConsoleOptions, RenderResult
from rich.style import Style
from rich.text import Text

from lederbog.text import for_display

# After a hyphen or a slash, or before a space: where an id may go onto the next line.
_PIECES = re.compile(r"[^-/ ]*[-/]|[^-/ ]+| +")


class BreakableText:
    """Text that wraps at spaces, hyphens and slashes ("stuk/strategisk-ledelse-3")."""

    def __init__(self, text: str, style: Style | str = "") -> None:
        self.text = for_display(text)
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(options.max_width, 1)
        line = ""
        for piece in _PIECES.findall(self.text):
            if line and len(line) + len(piece.rstrip()) > width:
                yield Text(line.rstrip(), style=self.style, overflow="fold")
                line = piece.lstrip()
            else:
                line += piece
        if line:
            yield Text(line.rstrip(), style=self.style, overflow="fold")
