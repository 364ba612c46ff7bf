"""The search query language, shared by `lederbog search` and the journal's search.

    prioritering        the word in any of its forms: prioriteringer, prioriteringen, ...
    "prioritering"      exactly this word
    "god ledelse"       these words, next to each other, each exactly as written
    ledel*              any word that begins so: ledelse, ledelsen, ledelsesgrundlag
    ledelse mod         every term must occur, in any order

Case never matters and æ, ø and å are letters of their own ("far" never finds
"får"). Word forms come from Snowball's stemmer for the profile's language
(Danish or English). Punctuation between letters splits words the way the
index does ("1:1" is the phrase "1 1").

    parsed = parse_query('"god ledelse" prioritering', lang="da")   # or QueryError
    hits = index.search(Query(parsed=parsed), limit=50, best_first=True)

The module knows nothing of the index: it turns text into `Term`s, and says
which words of a text a term matches (`Highlighter`), for excerpts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal, NamedTuple

from lederbog.errors import UsageError

# What is a word: runs of letters and digits, as SQLite's unicode61 tokenizer splits
# text (it treats the underscore and every other symbol as a separator).
TOKEN = re.compile(r"[^\W_]+")

# The user-facing messages of this module (translated later with the CLI's strings).
MESSAGES = {
    "unclosed": 'the query is malformed: a quotation mark (") is not closed',
    "empty_quotes": "the query is malformed: there is nothing between the quotation marks",
    "no_word": "the query is malformed: '{chunk}' has no letters or digits to search for",
}

Kind = Literal["word", "exact", "prefix", "phrase"]


class QueryError(UsageError):
    """The query text cannot be read (an unclosed quote, a term without letters).

    A malformed command line argument: exit code 2. `str(error)` is one line to show.
    """


class Term(NamedTuple):
    """One thing every hit must contain.

    - "word": `words[0]` in any form (its stem is `stem`);
    - "exact": `words[0]` exactly;
    - "prefix": a word that begins with `words[0]`;
    - "phrase": `words` next to each other, each exactly; with `prefix`, the last
      one only begins so.
    Words are lower-cased.
    """

    kind: Kind
    words: tuple[str, ...]
    stem: str = ""
    prefix: bool = False


class ParsedQuery(NamedTuple):
    """A query read by `parse_query`: its terms, all of which must match."""

    terms: tuple[Term, ...]
    lang: str = "da"

    def __bool__(self) -> bool:  # an empty query is false, as empty text is
        return bool(self.terms)


def words_of(text: str) -> list[str]:
    """The words of `text`, lower-cased, as the index sees them."""
    return [match.group().lower() for match in TOKEN.finditer(text)]


def _stem(word: str, lang: str) -> str:
    from lederbog.stemming import stem

    return stem(word, lang)


def _chunk_terms(chunk: str, lang: str, *, strict: bool) -> Iterator[Term]:
    """The term(s) of one unquoted run of text: a word, a prefix, or a phrase of its words."""
    prefix = chunk.endswith("*")
    words = words_of(chunk.rstrip("*"))
    if not words:
        if strict:
            raise QueryError(MESSAGES["no_word"].format(chunk=chunk))
        return
    if len(words) > 1:
        yield Term("phrase", tuple(words), prefix=prefix)
    elif prefix:
        yield Term("prefix", (words[0],))
    else:
        yield Term("word", (words[0],), stem=_stem(words[0], lang))


def _quoted_terms(inside: str, *, strict: bool) -> Iterator[Term]:
    prefix = inside.rstrip().endswith("*")
    words = words_of(inside)
    if not words:
        if strict:
            raise QueryError(MESSAGES["empty_quotes"])
        return
    if len(words) == 1 and not prefix:
        yield Term("exact", (words[0],))
    elif len(words) == 1:
        yield Term("prefix", (words[0],))
    else:
        yield Term("phrase", tuple(words), prefix=prefix)


_PIECES = re.compile(r'"([^"]*)("?)|([^\s"]+)')


def parse_query(text: str, lang: str = "da") -> ParsedQuery:
    """Read a query typed by a person; raise QueryError when it is malformed.

    Empty text (or only spaces) is an empty query: it matches everything.
    `lang` ("da" or "en") chooses the stemmer for word forms.
    """
    return ParsedQuery(tuple(_terms(text, lang, strict=True)), lang)


def parse_partial(text: str, lang: str = "da") -> ParsedQuery:
    """Like `parse_query`, but forgiving, for search as you type: an unclosed quote is
    read as closed at the end, what has no letters is left out, and a last word still
    being typed (no space after it) is a prefix: "priorit" finds prioritering."""
    terms = list(_terms(text, lang, strict=False))
    if terms and terms[-1].kind == "word" and text[-1:].isalnum():
        terms[-1] = Term("prefix", terms[-1].words)
    return ParsedQuery(tuple(terms), lang)


def _terms(text: str, lang: str, *, strict: bool) -> Iterator[Term]:
    for match in _PIECES.finditer(text):
        inside, closing, chunk = match.groups()
        if chunk is not None:
            yield from _chunk_terms(chunk, lang, strict=strict)
            continue
        if not closing and strict:
            raise QueryError(MESSAGES["unclosed"])
        yield from _quoted_terms(inside, strict=strict)


def query_of_arguments(arguments: Sequence[str], lang: str = "da") -> ParsedQuery:
    """The query of `lederbog search ARG...`: the arguments joined by spaces, except that
    one argument holding spaces but no quotation mark is a phrase (the shell's quotes,
    `lederbog search 'god ledelse'`, mean the same as the query's)."""
    parts = []
    for argument in arguments:
        if '"' not in argument and len(argument.split()) > 1:
            parts.append(f'"{argument}"')
        else:
            parts.append(argument)
    return parse_query(" ".join(parts), lang)


def query_of_words(words: Iterable[str], lang: str = "da") -> ParsedQuery:
    """A query from a list of terms, never malformed (what has no letters is left out):
    each is a word in any form, or a prefix (`ledel*`), or, with several words in it,
    a phrase."""
    terms: list[Term] = []
    for word in words:
        terms.extend(_chunk_terms(word.strip(), lang, strict=False))
    return ParsedQuery(tuple(terms), lang)


Span = tuple[int, int]


class Highlighter:
    """Which words of a text the terms of a query match, as (start, end) offsets.

    `forms` gives, for each "word" term's stem, the forms of it the index knows
    (every word of the journal with that stem). The work is one pass of one
    pattern over the text it is given.
    """

    def __init__(self, query: ParsedQuery, forms: dict[str, set[str]] | None = None) -> None:
        self.lang = query.lang
        self.exact: set[str] = set()
        self.stems: set[str] = set()
        self.forms: set[str] = set()
        self.prefixes: list[str] = []
        self.phrases: list[Term] = []
        for term in query.terms:
            if term.kind == "word":
                self.stems.add(term.stem)
                self.forms.add(term.words[0])
                self.forms.update((forms or {}).get(term.stem, ()))
            elif term.kind == "exact":
                self.exact.add(term.words[0])
            elif term.kind == "prefix":
                self.prefixes.append(term.words[0])
            else:
                self.phrases.append(term)
        # One pattern for the words and prefixes, matched in C over the lower-cased text.
        choices = sorted(self.exact | self.forms, key=len, reverse=True)
        alternatives = [re.escape(word) for word in choices]
        alternatives += [re.escape(prefix) + r"[^\W_]*" for prefix in self.prefixes]
        self._pattern = (
            re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")(?![^\W_])")
            if alternatives
            else None
        )

    def word_matches(self, word: str) -> bool:
        """Does `word` (lower-cased) match a word, exact or prefix term by itself?"""
        if word in self.exact or word in self.forms:
            return True
        return any(word.startswith(prefix) for prefix in self.prefixes)

    def spans(self, text: str) -> list[Span]:
        """The (start, end) offsets in `text` of every word that matches, in order;
        a phrase is one span from its first word to its last."""
        lowered = text.lower()
        marked: list[Span] = []
        tokens: list[tuple[int, int, str]] = []
        if len(lowered) != len(text):  # a letter whose lower case is longer (İ): word by word
            tokens = [(m.start(), m.end(), m.group().lower()) for m in TOKEN.finditer(text)]
            marked = [(start, end) for start, end, word in tokens if self.word_matches(word)]
        else:
            if self._pattern is not None:
                marked = [match.span() for match in self._pattern.finditer(lowered)]
            if self.phrases:
                tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(lowered)]
        for phrase in self.phrases:
            marked.extend(_phrase_spans(tokens, phrase))
        return _merged(marked)


def _phrase_spans(tokens: list[tuple[int, int, str]], phrase: Term) -> Iterator[Span]:
    size = len(phrase.words)
    for n in range(len(tokens) - size + 1):
        if all(
            tokens[n + k][2] == word
            or (phrase.prefix and k == size - 1 and tokens[n + k][2].startswith(word))
            for k, word in enumerate(phrase.words)
        ):
            yield tokens[n][0], tokens[n + size - 1][1]


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
