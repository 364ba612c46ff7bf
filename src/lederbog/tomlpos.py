"""Line numbers for values in a TOML document.

tomllib parses but forgets where things were, and a validator that says
"areas[3].items[2]: role 'x' is not declared" is much less help than
"stuk.toml:112: ...". This module scans the text once (strings and comments
masked out, so a line of prose that looks like `id = x` is not mistaken for a
key) and maps key paths such as ("areas", 3, "items", 2, "role") to lines.

It understands headers (`[a]`, `[[a.b]]`), `key = value` lines and the
elements of inline arrays of tables (`roles = [ { ... }, { ... } ]`). Anything
it cannot place falls back to the nearest enclosing thing it can.
"""

from __future__ import annotations

import re

Path = tuple[str | int, ...]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*(?:\.[^=]*)?=""")


def _mask(text: str) -> str:
    """The text with every character inside a string or comment replaced by 'x'.

    Quote characters and newlines are kept, so line numbers and the shape of
    keys and brackets survive.
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            while i < n and text[i] != "\n":
                out.append("x")
                i += 1
            continue
        if text.startswith('"""', i) or text.startswith("'''", i):
            delim = text[i : i + 3]
            out.append(delim)
            i += 3
            while i < n and not text.startswith(delim, i):
                if delim == '"""' and text[i] == "\\" and i + 1 < n:
                    # An escaped character (even a quote) never ends the string.
                    out.append("x")
                    out.append("\n" if text[i + 1] == "\n" else "x")
                    i += 2
                    continue
                out.append("\n" if text[i] == "\n" else "x")
                i += 1
            # A closing delimiter may be followed by up to two more quotes
            # that belong to the string.
            while i + 3 < n and text[i + 3] == delim[0]:
                out.append("x")
                i += 1
            out.append(text[i : i + 3])
            i += 3
            continue
        if ch in "\"'":
            out.append(ch)
            i += 1
            while i < n and text[i] != ch and text[i] != "\n":
                if ch == '"' and text[i] == "\\" and i + 1 < n and text[i + 1] != "\n":
                    out.append("xx")
                    i += 2
                    continue
                out.append("x")
                i += 1
            if i < n and text[i] == ch:
                out.append(ch)
                i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _bare(key: str) -> str:
    return key[1:-1] if key[:1] in "\"'" else key


class Locator:
    """Maps key paths of one TOML document to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self._lines: dict[Path, int] = {}
        self._scan(text)

    def line(self, path: Path) -> int:
        """The line of `path`, or of its nearest enclosing path that is known; else 1."""
        probe = tuple(path)
        while probe:
            if probe in self._lines:
                return self._lines[probe]
            probe = probe[:-1]
        return 1

    def _scan(self, text: str) -> None:
        masked = _mask(text)
        original_lines = text.split("\n")
        counts: dict[Path, int] = {}
        table: Path = ()
        lines = masked.split("\n")
        index = 0
        while index < len(lines):
            masked_line = lines[index]
            number = index + 1
            header = _HEADER.match(masked_line)
            if header:
                name = original_lines[index][header.start(2) : header.end(2)]
                names = [_bare(part.strip()) for part in _split_dotted(name)]
                table = self._resolve(names, counts, array=header.group(1) == "[[")
                self._lines.setdefault(table, number)
                index += 1
                continue
            key_match = _KEY.match(masked_line)
            if key_match:
                raw_key = original_lines[index][key_match.start(1) : key_match.end(1)]
                path = (*table, _bare(raw_key))
                self._lines.setdefault(path, number)
                rest = masked_line[key_match.end() :]
                if rest.lstrip().startswith("["):
                    index = self._inline_array(lines, index, key_match.end(), path)
                    continue
            index += 1

    def _resolve(self, names: list[str], counts: dict[Path, int], *, array: bool) -> Path:
        prefix: Path = ()
        for position, name in enumerate(names):
            candidate = (*prefix, name)
            last = position == len(names) - 1
            if last and array:
                counts[candidate] = counts.get(candidate, 0) + 1
                return (*candidate, counts[candidate] - 1)
            prefix = (*candidate, counts[candidate] - 1) if candidate in counts else candidate
        return prefix

    def _inline_array(self, lines: list[str], start: int, column: int, path: Path) -> int:
        """Record the line of each element of an inline array; return the next line index."""
        depth = 0
        element = 0
        expect_element = False
        index = start
        col = column
        while index < len(lines):
            line = lines[index]
            while col < len(line):
                ch = line[col]
                if depth == 1 and expect_element and not ch.isspace() and ch not in ",]":
                    self._lines.setdefault((*path, element), index + 1)
                    element += 1
                    expect_element = False
                if ch in "[{":
                    depth += 1
                    if depth == 1:
                        expect_element = True
                elif ch in "]}":
                    depth -= 1
                    if depth == 0:
                        return index + 1
                elif ch == "," and depth == 1:
                    expect_element = True
                col += 1
            index += 1
            col = 0
        return index


def _split_dotted(name: str) -> list[str]:
    """Split a table name on the dots that are outside quotes."""
    parts: list[str] = []
    current: list[str] = []
    quote = ""
    for ch in name:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
            current.append(ch)
        elif ch == ".":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts
