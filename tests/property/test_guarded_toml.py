"""The guarded TOML reader's scan never refuses an ordinary document, whatever its
strings, keys and comments hold: dots, brackets, quotes, '#' and '=' inside text
never count as keys or nesting."""

from __future__ import annotations

import tomllib
from typing import Any

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from lederbog.safetoml import check_shape, loads_guarded

# Text full of what the scan looks for, to catch it counting inside strings.
TRICKY = st.lists(
    st.sampled_from([*"ab.[]{}=,#'\"\\\n\t ", "æ", "\u2028", "'''", '"""']), max_size=20
).map("".join)
SCALARS = st.one_of(TRICKY, st.integers(), st.floats(allow_nan=False), st.booleans())


def documents(depth: int) -> st.SearchStrategy[dict[str, Any]]:
    values: st.SearchStrategy[Any] = st.one_of(SCALARS, st.lists(SCALARS, max_size=4))
    if depth > 0:
        values = st.one_of(
            values,
            documents(depth - 1),
            st.lists(documents(depth - 1), min_size=1, max_size=2),
        )
    return st.dictionaries(TRICKY.filter(bool), values, max_size=4)


@settings(max_examples=400, deadline=None)
@given(documents(3))
def test_an_ordinary_document_is_never_refused_and_parses_the_same(doc: dict[str, Any]) -> None:
    for multiline in (False, True):
        text = tomli_w.dumps(doc, multiline_strings=multiline)
        # Limits low enough that the scan runs (no shortcut) but above what the document
        # really has: four levels of tables and arrays, headers of at most four parts.
        check_shape(text, name="doc.toml", max_key_parts=6, max_depth=16, max_keys=10**6)
        assert loads_guarded(text, name="doc.toml", max_bytes=10**7) == tomllib.loads(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=65, max_value=400), TRICKY)
def test_a_long_dotted_key_is_refused_wherever_it_sits(parts: int, text: str) -> None:
    import pytest

    from lederbog.safetoml import TomlRefused

    key = ".".join(["a"] * parts)
    for document in (
        f"{key} = 1\n",
        f"x = {tomli_w.dumps({'t': text})[4:].strip()}\n[{key}]\n",
        f"t = {{ {key} = 1 }}\n",
    ):
        with pytest.raises(TomlRefused, match="dotted parts"):
            loads_guarded(document, name="x.toml", max_bytes=10**7)
