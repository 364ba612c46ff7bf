"""Parsing TOML from files Lederbog did not write itself, in bounded time.

Python's tomllib takes super-quadratic time on long dotted keys (an 80 KB key
of 40,000 parts parses for half a minute), recurses on nested arrays until a
RecursionError, and lets int()'s digit limit through as a plain ValueError.
Records, user frameworks, the parsed-frameworks cache and exports all arrive
from sync tools and other people, so every one is parsed here: the size is
capped, a quick scan measures key lengths, nesting and the number of keys
before tomllib sees the text, and every way tomllib can fail becomes one
`TomlRefused` that names the file and, where known, the line.

The scan follows TOML's lexical rules for strings and comments (so dots in a
text never count) and costs a few microseconds for a small record: when the
whole text has fewer dots and brackets than the limits, it is skipped.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

MAX_KEY_PARTS = 64
MAX_DEPTH = 64
MAX_KEYS = 100_000
# tomllib spends about 3 µs on each part of a dotted key: 200,000 parts in all is ~0.6 s.
MAX_PARTS = 200_000

# The messages, in one place.
NOT_UTF8 = "not UTF-8 text (byte {byte})"
TOO_LARGE = "larger than {limit} bytes"
KEY_TOO_LONG = "a key of more than {limit} dotted parts; refused unread"
TOO_DEEP = "nested more than {limit} levels deep; refused unread"
TOO_MANY_KEYS = "more than {limit} keys; refused unread"
TOO_MANY_PARTS = "more than {limit} key parts in all; refused unread"
NOT_TOML = "not valid TOML: {reason}"
DIGITS = "not valid TOML: a number has too many digits"
NESTED = "not valid TOML: nested too deeply"
NO_MEMORY = "too large to parse in memory"

_TOML_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)")
# What matters outside strings: string and comment openers, key dots, nesting, key ends.
_INTERESTING = re.compile(r"[\"'#.\[\]{}=,\n]")
_BASIC_REST = re.compile(r'(?:[^"\\\n]++|\\.)*+"')
_ML_BASIC_REST = re.compile(r'(?:[^"\\]++|\\[\s\S]|"(?!""))*+"{3,5}')
_LITERAL_REST = re.compile(r"[^'\n]*+'")


class TomlRefused(ValueError):
    """A TOML text that was not parsed, or did not parse; `reason` says why, `line`
    where (0 when it concerns the whole file), `name` which file."""

    def __init__(self, reason: str, *, name: str, line: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.name = name
        self.line = line

    def describe(self) -> str:
        """`name: line N: reason`, or `name: reason` for the whole file."""
        where = f"line {self.line}: " if self.line else ""
        return f"{self.name}: {where}{self.reason}"


def _line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def check_shape(
    text: str,
    *,
    name: str,
    max_key_parts: int = MAX_KEY_PARTS,
    max_depth: int = MAX_DEPTH,
    max_keys: int = MAX_KEYS,
    max_parts: int = MAX_PARTS,
) -> None:
    """Raise TomlRefused if `text` has a key of too many parts, nesting too deep, too many
    keys or key parts in all. Text that is not valid TOML may pass: tomllib says what is
    wrong with it, quickly, since tomllib stops at the first error."""
    dots = text.count(".")
    opens = text.count("[") + text.count("{")
    equals = text.count("=")
    if (
        dots < max_key_parts
        and dots + opens + 1 < max_depth  # depth is at most dots + brackets + 1
        and equals < max_keys
        and dots + equals + opens < max_parts  # every key part is a dot or ends in '=' / ']'
    ):
        return  # cannot exceed any limit: skip the scan

    def refuse(message: str, limit: int, at: int) -> TomlRefused:
        return TomlRefused(message.format(limit=limit), name=name, line=_line_of(text, at))

    run = 0  # dots in the key being read
    pending = 0  # parts of the key just before '=', for the value that follows
    base = 0  # how deep the current level sits (header and enclosing keys included)
    stack: list[int] = []
    keys = 0
    parts = 0
    in_value = False  # after '=' on a line at the top level
    in_header = False
    position = 0
    end = len(text)
    while position < end:
        found = _INTERESTING.search(text, position)
        if found is None:
            return
        at = found.start()
        char = text[at]
        position = at + 1
        if char == ".":
            run += 1
            if run >= max_key_parts:
                raise refuse(KEY_TOO_LONG, max_key_parts, at)
        elif char == '"':
            if text.startswith('"""', at):
                rest = _ML_BASIC_REST.match(text, at + 3)
            else:
                rest = _BASIC_REST.match(text, at + 1)
            if rest is None:
                return  # an unclosed string: tomllib stops there and says so
            position = rest.end()
        elif char == "'":
            if text.startswith("'''", at):
                close = text.find("'''", at + 3)
                if close < 0:
                    return
                position = close + 3
                while position < end and position < close + 5 and text[position] == "'":
                    position += 1
            else:
                rest = _LITERAL_REST.match(text, at + 1)
                if rest is None:
                    return
                position = rest.end()
        elif char == "#":
            newline = text.find("\n", at)
            position = end if newline < 0 else newline
        elif char == "=":
            keys += 1
            if keys > max_keys:
                raise refuse(TOO_MANY_KEYS, max_keys, at)
            pending = run + 1
            if base + pending > max_depth:
                raise refuse(TOO_DEEP, max_depth, at)
            parts += pending
            if parts > max_parts:
                raise refuse(TOO_MANY_PARTS, max_parts, at)
            run = 0
            if not stack:
                in_value = True
        elif char == "\n":
            run = 0
            if not stack:
                in_value = False
                pending = 0
        elif char == ",":
            run = 0
            pending = 0
        elif char == "[" and not stack and not in_value:
            if not in_header:
                in_header = True
                keys += 1
                if keys > max_keys:
                    raise refuse(TOO_MANY_KEYS, max_keys, at)
            run = 0
        elif char == "]" and not stack and in_header:
            in_header = False
            base = run + 1
            if base > max_depth:
                raise refuse(TOO_DEEP, max_depth, at)
            parts += base
            if parts > max_parts:
                raise refuse(TOO_MANY_PARTS, max_parts, at)
            run = 0
        elif char in "[{":
            stack.append(base)
            base += max(pending, 1)  # the key's own table, or one more level of an array
            pending = 0
            run = 0
            if base > max_depth or len(stack) > max_depth:
                raise refuse(TOO_DEEP, max_depth, at)
        elif char in "]}":
            if stack:
                base = stack.pop()
            pending = 0
            run = 0
    return


def loads_guarded(
    data: bytes | str,
    *,
    name: str,
    max_bytes: int,
    max_key_parts: int = MAX_KEY_PARTS,
    max_depth: int = MAX_DEPTH,
    max_keys: int = MAX_KEYS,
    max_parts: int = MAX_PARTS,
) -> dict[str, Any]:
    """The parsed document, or TomlRefused. A UTF-8 byte-order mark is allowed.

    Time is bounded: the limits keep tomllib on inputs it parses in linear time,
    and `max_keys` and `max_parts` keep even a file of nothing but keys within
    about a second. Whatever tomllib raises (ValueError, RecursionError,
    MemoryError) becomes one TomlRefused with the file's name.
    """
    if isinstance(data, bytes):
        if len(data) > max_bytes:
            raise TomlRefused(TOO_LARGE.format(limit=max_bytes), name=name)
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            raise TomlRefused(NOT_UTF8.format(byte=error.start), name=name, line=line) from None
    else:
        text = data.removeprefix("\ufeff")
        if len(text) > max_bytes:
            raise TomlRefused(TOO_LARGE.format(limit=max_bytes), name=name)
    check_shape(
        text,
        name=name,
        max_key_parts=max_key_parts,
        max_depth=max_depth,
        max_keys=max_keys,
        max_parts=max_parts,
    )
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = _TOML_LINE.search(message)
        if found:
            line = int(found.group(1))
        elif "end of document" in message:
            line = text.rstrip("\r\n").count("\n") + 1  # the last line with anything on it
        else:
            line = 1
        reason = _TOML_LINE.sub("", message).strip()
        raise TomlRefused(NOT_TOML.format(reason=reason), name=name, line=line) from None
    except RecursionError:
        raise TomlRefused(NESTED, name=name) from None
    except MemoryError:
        raise TomlRefused(NO_MEMORY, name=name) from None
    except ValueError:  # int()'s limit: a number of 4,300+ digits
        raise TomlRefused(DIGITS, name=name) from None
