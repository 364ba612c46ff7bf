"""Word stems for finding Danish (and English) word forms: prioritering ~ prioriteringer.

Snowball's algorithms (`snowballstemmer`, pure Python; it uses PyStemmer's C build
when that is installed). Imported only by what searches, never at the workbook's start.
Words are case-folded first; æ, ø and å stay letters of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

_ALGORITHMS = {"da": "danish", "en": "english"}


@cache
def _stemmer(lang: str) -> Callable[[str], str]:
    algorithm = _ALGORITHMS.get(lang, "danish")
    import snowballstemmer  # uses PyStemmer's C build by itself when that is installed

    stemmer: Callable[[str], str] = snowballstemmer.stemmer(algorithm).stemWord
    return stemmer


def stem(word: str, lang: str = "da") -> str:
    """The stem of one word in `lang` ("da" or "en"), case-folded."""
    return _stemmer(lang)(word.casefold())
