"""Making user text safe to show in a terminal.

Stored text is never changed; this is applied only on the way to the screen.
Rich and Textual pass ESC, OSC, C1 controls and bidi overrides straight to the
terminal, so every view that shows text a person wrote goes through here.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, and the bidi
# embedding/override/isolate characters that can make text read backwards.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def for_display(text: str) -> str:
    """Text with control, escape and bidi-override characters removed.

    A CR is dropped too (CRLF shows as a line break, a lone CR as nothing),
    since a bare CR moves the cursor to the start of the line.
    """
    return _UNSAFE.sub("", text)


def one_line(text: str, width: int | None = None) -> str:
    """Safe text folded onto one line, optionally cut to `width` with an ellipsis."""
    flat = " ".join(for_display(text).split())
    if width is not None and len(flat) > width:
        return flat[: max(width - 1, 0)] + "…"
    return flat


def blocks(text: str) -> list[str | list[str]]:
    """A framework text as paragraphs and lists, for every view that shows one.

    Paragraphs are separated by blank lines; a paragraph whose every line starts
    with "- " is a list (one entry a line), and lists that follow one another
    with blank lines between them are one list. A paragraph is a string, a
    list a list of its entries.
    """
    result: list[str | list[str]] = []
    for paragraph in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in paragraph.strip("\n").split("\n") if line.strip()]
        if not lines:
            continue
        if all(line.startswith("- ") for line in lines):
            entries = [line[2:].strip() for line in lines]
            previous = result[-1] if result else None
            if isinstance(previous, list):
                previous.extend(entries)
            else:
                result.append(entries)
        else:
            result.append(paragraph.strip("\n"))
    return result


# Characters that show as nothing: zero-width spaces and joiners, the word joiner,
# invisible operators, the byte-order mark, the soft hyphen and the bidi marks.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f"
    "\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]"
)


def is_blank(text: str) -> bool:
    """Whether `text` shows as nothing at all: only spaces, control characters (NUL, ESC,
    BEL), zero-width or other invisible characters. Such a text is empty to the reader."""
    return not _INVISIBLE.sub("", for_display(text)).strip()
