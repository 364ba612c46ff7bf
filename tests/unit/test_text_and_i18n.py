"""Showing text safely, and the two languages of the interface."""

from __future__ import annotations

import string

import pytest

from lederbog.i18n import STRINGS, normalise_lang, t
from lederbog.text import for_display, one_line


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Møde med Åse\tkl. 9\nog så videre", "Møde med Åse\tkl. 9\nog så videre"),
        ("title\x1b]0;pwned\x07", "title]0;pwned"),  # OSC: set window title
        ("\x1b]52;c;ZXZpbA==\x07copy", "]52;c;ZXZpbA==copy"),  # OSC 52: clipboard
        ("red\x9b31m", "red31m"),  # C1 CSI
        ("\u202eevil\u202c and \u2066iso\u2069", "evil and iso"),  # bidi overrides
        ("crlf\r\nline", "crlf\nline"),
        ("emoji 🙂 and עברית", "emoji 🙂 and עברית"),
        ("nul\x00del\x7f", "nuldel"),
    ],
)
def test_for_display_removes_what_could_reach_the_terminal(raw: str, shown: str) -> None:
    assert for_display(raw) == shown


def test_one_line_folds_and_cuts() -> None:
    assert one_line("a\n\nb\tc  d") == "a b c d"
    assert one_line("abcdefghij", 5) == "abcd…"


def test_every_string_exists_in_both_languages_with_the_same_fields() -> None:
    formatter = string.Formatter()
    for key, (da, en) in STRINGS.items():
        assert da.strip() and en.strip(), key
        fields_da = {name for _, name, _, _ in formatter.parse(da) if name}
        fields_en = {name for _, name, _, _ in formatter.parse(en) if name}
        assert fields_da == fields_en, key


def test_t_picks_the_language_and_fills_fields() -> None:
    assert t("da", "browser.for_role", role="Teamleder") == "Forventes af: Teamleder"
    assert t("en", "browser.for_role", role="Teamleder") == "Expected of: Teamleder"
    assert normalise_lang("en_GB") == "en"
    assert normalise_lang(None) == "da"
