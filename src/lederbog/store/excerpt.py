"""Excerpts: a line of a reflection around what a search found, and where the matches are.

The index knows where in a reflection the first matching word is; it hands this
module a bounded window of the text around it (`window_reach`), never the whole
text, so an excerpt costs the same in a 4 MB note as in a short one. The result
is one line, safe to show (control and escape characters removed), with the
matches as (start, end) offsets into it: a view styles those offsets, so nothing
written in a note can switch highlighting on or off.
"""

from __future__ import annotations

from typing import NamedTuple

from lederbog.store.query import TOKEN, Highlighter, Span
from lederbog.text import for_display

ELLIPSIS = "…"
NBSP = "\u00a0"  # keeps the ellipsis with its word when a line is wrapped


class Excerpt(NamedTuple):
    text: str  # one line, safe to show
    spans: tuple[Span, ...]  # (start, end) of each match in `text`, in order


def window_reach(size: int) -> tuple[int, int]:
    """How much text to read before and after a match for an excerpt of about `size`
    characters: room for whitespace that folds away, and a character more, to know
    whether the text goes on. A bound that does not depend on the text."""
    return size + 1, 2 * size + 1


def _flat(text: str) -> str:
    return " ".join(for_display(text).split())


def make_excerpt(
    window: str,
    anchor: int,
    *,
    starts_text: bool,
    size: int,
    highlighter: Highlighter,
    ends_text: bool = False,
    anchored: bool = True,
) -> Excerpt:
    """The excerpt of `window` (a piece of a reflection) around offset `anchor`.

    `starts_text`: the window begins where the reflection does (else it begins with
    an ellipsis); `ends_text`: it ends where the reflection does. About a quarter of
    the excerpt comes before the anchor. The word at the anchor is always in it, and
    is highlighted when no other match is (with `anchored`: the anchor is a match).
    """
    size = max(size, 20)
    head, tail = window[:anchor], window[anchor:]
    first = TOKEN.match(tail)
    first_end = first.end() if first else 0  # the matched word: never cut away
    after = _flat(tail)
    cut_back = not ends_text
    if cut_back:
        after = _drop_last_word(after, first_end)  # the window may end inside a word
    before = _flat(head)
    gap = " " if before and for_display(head)[-1:].isspace() else ""
    cut_front = not starts_text
    if cut_front:
        before = _drop_first_word(before)  # the window may begin inside a word
    lead = size // 4
    if len(before) > lead:
        before = _drop_first_word(before[-lead:])
        cut_front = True
    if not before:
        gap = ""
    prefix = ELLIPSIS + NBSP if cut_front else ""
    room = max(size - len(prefix) - len(before) - len(gap), first_end, 1)
    if len(after) > room:
        after = _drop_last_word(after[: room + 1], first_end)
        cut_back = True
    suffix = NBSP + ELLIPSIS if cut_back and after else ""
    text = f"{prefix}{before}{gap}{after}{suffix}"
    spans = highlighter.spans(text)
    if not spans and anchored:
        # A phrase that goes on beyond the excerpt: show where it starts.
        word = TOKEN.match(text, len(prefix) + len(before) + len(gap))
        if word is not None:
            spans = [(word.start(), word.end())]
    return Excerpt(text, tuple(spans))


def _drop_first_word(text: str) -> str:
    space = text.find(" ")
    return text[space + 1 :] if space >= 0 else ""


def _drop_last_word(text: str, keep: int) -> str:
    """`text` without its last word, but never shorter than `keep` characters."""
    space = text.rfind(" ")
    if space >= keep:
        return text[:space]
    return text[: max(keep, 0)] if len(text) > keep and space < 0 else text
