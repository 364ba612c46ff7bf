"""What a tag may be: one word that `--tag` and every filter can find again.

A tag is written with or without a leading "#", and compared in any case.
It holds letters (any language: æ, ø, å, ü), digits and the joiners - _ . + & /,
in Unicode's composed form (NFC), so "møde" typed on a Mac is "møde" everywhere.
Spaces are refused (a tag "two words" would read as two), and so is anything
that cannot be typed back or shown as written: control and escape characters,
bidi overrides, emoji and other symbols.
"""

from __future__ import annotations

import re
import unicodedata

MAX_TAG = 60
_TAG = re.compile(r"[^\W_][\w\-.+&/]*")


class TagError(ValueError):
    """Why a tag is refused: `reason` is "empty", "space", "long" or "chars"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def clean_tag(tag: str) -> str:
    """The tag as saved: NFC, without "#" and surrounding spaces; else `TagError`."""
    text = unicodedata.normalize("NFC", tag.strip())
    text = text.lstrip("#").strip()
    if not text:
        raise TagError("empty")
    if any(char.isspace() for char in text):
        raise TagError("space")
    if len(text) > MAX_TAG:
        raise TagError("long")
    if not _TAG.fullmatch(text):
        raise TagError("chars")
    return text
