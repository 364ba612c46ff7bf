"""Which language a command speaks, decided before its parser is built.

`--lang` (in any case: EN, Da), else the `language` of the leader's profile,
else Danish. The profile is read the cheap way and never stops a command: a
profile that is missing, broken, huge or not a file simply has no say.
"""

from __future__ import annotations

import argparse
import os
import re
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from lederbog import paths
from lederbog.domain_text import domain_text
from lederbog.errors import LederbogError
from lederbog.i18n import DEFAULT_LANG, LANGUAGES, STRINGS, Lang

PROFILE_LIMIT = 64 * 1024  # a profile is a few lines; anything bigger is not one


def lang_value(text: str) -> str:
    """`--lang`'s value as argparse compares it with the choices: "EN" is "en"."""
    return text.strip().lower()


def _scan(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """`--lang` and `--data-dir` as given on the command line (the last one wins)."""
    lang: str | None = None
    data_dir: str | None = None
    words = list(argv)
    for number, word in enumerate(words):
        if word == "--":
            break
        following = words[number + 1] if number + 1 < len(words) else None
        for option in ("--lang", "--data-dir"):
            value: str | None = None
            if word == option:
                value = following
            elif word.startswith(option + "="):
                value = word[len(option) + 1 :]
            if value is None:
                continue
            if option == "--lang":
                lang = lang_value(value)
            else:
                data_dir = value
    return lang, data_dir


_LANGUAGE_LINE = re.compile(r'^language = "([A-Za-z]{2})"[ \t]*$', re.MULTILINE)


def profile_language(data_dir: Path) -> Lang | None:
    """The profile's `language`, if the profile is a small readable TOML file that has one."""
    path = data_dir / "profile.toml"
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > PROFILE_LIMIT:
            return None  # a FIFO would block the read; a huge file is not a profile
        with open(path, "rb") as file:
            data = file.read(PROFILE_LIMIT + 1)
        text = data.decode("utf-8")
        # Lederbog writes `language = "da"` as a line of its own before any table: found
        # so, tomllib (a few ms at every start of a command) is not needed. Anything else
        # (a hand-edited file, multi-line strings that could hold such a line) is parsed.
        plain = _LANGUAGE_LINE.search(text)
        if plain is not None and '"""' not in text and "'''" not in text:
            before = text[: plain.start()].splitlines()
            if not any(line.lstrip().startswith("[") for line in before):  # a top-level key
                found = plain.group(1).lower()
                if found in LANGUAGES:
                    return "en" if found == "en" else "da"
        import tomllib

        doc = tomllib.loads(text)
    except (OSError, ValueError, RecursionError, MemoryError):
        return None
    value = doc.get("language")
    if isinstance(value, str) and value.strip().lower() in LANGUAGES:
        return "en" if value.strip().lower() == "en" else "da"
    return None


def choose_lang(argv: Sequence[str]) -> Lang:
    given, data_dir = _scan(argv)
    if given == "en":
        return "en"
    if given == "da":
        return "da"
    try:
        root = paths.data_dir(data_dir or None)
    except (OSError, RuntimeError, LederbogError):  # no home folder to expand "~" in
        return DEFAULT_LANG
    return profile_language(root) or DEFAULT_LANG


@contextmanager
def argparse_language(lang: Lang) -> Iterator[None]:
    """argparse's own words ("usage:", "unrecognized arguments") in `lang`, while
    the parser is built and used; argparse as it was afterwards.

    argparse asks `gettext` for them through its module-level `_`; Lederbog's
    table (keys `cli.argparse.*`, English = argparse's text) answers instead.
    """
    table = {en: da for key, (da, en) in STRINGS.items() if key.startswith("cli.argparse.")}
    original = argparse._  # type: ignore[attr-defined]

    def translated(message: str) -> str:
        return table.get(message, message) if lang == "da" else original(message)

    setattr(argparse, "_", translated)  # noqa: B010 - argparse reads the global by name
    try:
        yield
    finally:
        setattr(argparse, "_", original)  # noqa: B010


# What the store and the doctor say, in the leader's language: lederbog.domain_text
# (kept there so that the workbook can use it without argparse).
__all__ = ["argparse_language", "choose_lang", "domain_text", "lang_value", "profile_language"]
