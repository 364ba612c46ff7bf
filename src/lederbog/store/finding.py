"""Asking the index: a query as SQL, and each hit with its excerpt, checked.

The index (lederbog.store.index) keeps, besides SQLite's full-text index, every
word's stems (`vocab`), where each word first occurs in each reflection
(`postings`) and each text in checksummed pieces (`chunks`). A search here:

- turns a "word" term into the forms of it the journal holds (same Snowball stem;
  in Danish, differing only by an ending), a quoted word or phrase into itself, a
  prefix into a prefix, and all of them into one FTS5 expression that cannot be a
  syntax error;
- ranks exact matches first (every word as typed), then the newest;
- reads, for each hit, only the pieces of text around its first match, checks
  them and the hit's fields against their checksums (a damaged index raises
  `Damaged`, and is made anew), and cuts the excerpt from them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from lederbog.store.query import TOKEN, Highlighter, ParsedQuery, Span, Term, query_of_words

EXCERPT_SIZE = 160
_NEVER = 1 << 62  # "no position" inside SQL min()
CHUNK = 4096  # characters of text per checksum: what an excerpt reads is checked


class Damaged(Exception):
    """What the index holds contradicts itself: it is rebuilt from the files."""


class Hit(NamedTuple):
    """One reflection that matched.

    `excerpt` is one line of its text around the first match, safe to show, with
    `spans` the (start, end) offsets in it of the matched words: style those, never
    anything found in the text. `exact`: every word of the query occurs as typed
    (not only in another form); such hits rank first. `text` is the whole text when
    asked for (`texts=True`), else empty; a NUL in it reads as U+0001 (SQLite cuts
    text at a NUL; neither is ever shown).
    """

    path: Path
    id: str
    date: dt.date
    areas: list[str]
    tags: list[str]
    goals: list[str]
    shared: bool
    text: str
    excerpt: str
    spans: tuple[Span, ...] = ()
    exact: bool = True


class Query(NamedTuple):
    """What to find: the terms of `parsed` (see lederbog.store.query) and of `words`,
    all of which must match, within the filters.

    `words` is the simple form for programs: each is a word in any of its forms (in
    `lang`), a prefix ("ledel*"), or, with spaces in it, a phrase; it is never malformed.
    """

    words: Sequence[str] = ()
    areas: Sequence[str] = ()
    frameworks: Sequence[str] = ()  # framework ids: a reflection on any of its areas
    tags: Sequence[str] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    parsed: ParsedQuery | None = None
    lang: str = "da"

    def terms(self) -> tuple[Term, ...]:
        own = self.parsed.terms if self.parsed is not None else ()
        # One text is one term (or phrase), not its letters.
        words = (self.words,) if isinstance(self.words, str) else self.words
        return own + query_of_words(words, self.lang).terms

    @property
    def language(self) -> str:
        return self.parsed.lang if self.parsed is not None else self.lang


def bindable(text: str) -> str:
    """Text SQLite accepts: a lone surrogate (an undecodable byte in argv) becomes '?'."""
    return text.encode("utf-8", "replace").decode("utf-8")


def tag_key(tag: str) -> str:
    """How tags are compared: without a leading '#', in any case ("#Mod" is "mod")."""
    return bindable(tag).strip().lstrip("#").strip().casefold()


def _quoted(words: Sequence[str]) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"'


class _Plan:
    """One search as SQL: the FTS5 expression, the rank and the first-match position."""

    def __init__(self) -> None:
        self.match = ""
        self.exact_sql = "1"
        self.exact_params: list[object] = []
        self.anchor_sql = "NULL"
        self.anchor_params: list[object] = []
        self.forms: dict[str, set[str]] = {}
        self.phrases: list[Term] = []


def _plan(db: sqlite3.Connection, terms: Sequence[Term], lang: str) -> _Plan:
    plan = _Plan()
    column = "en" if lang == "en" else "da"
    stems = sorted({term.stem for term in terms if term.kind == "word"})
    if stems:
        marks = ", ".join("?" * len(stems))
        for word, stem in db.execute(
            f"SELECT word, {column} FROM vocab WHERE {column} IN ({marks})", stems
        ):
            plan.forms.setdefault(str(stem), set()).add(str(word))
    matches: list[str] = []
    exact: list[str] = []
    anchors: list[str] = []
    first = "(SELECT first FROM postings WHERE reflection = h.rid AND word = ?)"
    for term in terms:
        if term.kind == "word":
            word = term.words[0]
            known = plan.forms.get(term.stem, set())
            forms = sorted({form for form in known if _inflection(form, word, lang)} | {word})
            plan.forms[term.stem] = set(forms)
            matches.append("(" + " OR ".join(_quoted([form]) for form in forms) + ")")
            exact.append("EXISTS (SELECT 1 FROM postings WHERE reflection = r.rowid AND word = ?)")
            plan.exact_params.append(word)
            marks = ", ".join("?" * len(forms))
            anchors.append(
                f"coalesce({first}, (SELECT min(first) FROM postings"
                f" WHERE reflection = h.rid AND word IN ({marks})))"
            )
            plan.anchor_params += [word, *forms]
        elif term.kind == "exact":
            matches.append(_quoted(term.words))
            anchors.append(first)
            plan.anchor_params.append(term.words[0])
        elif term.kind == "prefix":
            matches.append(_quoted(term.words) + "*")
            anchors.append(
                "(SELECT min(first) FROM postings"
                " WHERE reflection = h.rid AND word >= ? AND word < ?)"
            )
            plan.anchor_params += [term.words[0], term.words[0] + "\U0010ffff"]
        else:
            matches.append(_quoted(term.words) + ("*" if term.prefix else ""))
            anchors.append(first)
            plan.anchor_params.append(term.words[0])
            plan.phrases.append(term)
    plan.match = " AND ".join(matches)
    if exact:
        plan.exact_sql = " AND ".join(exact)
    if anchors:
        parts = ", ".join(f"coalesce({anchor}, {_NEVER})" for anchor in anchors)
        plan.anchor_sql = f"nullif(min({parts}, {_NEVER}), {_NEVER})"
    return plan


def search(
    db: sqlite3.Connection, journal: Path, query: Query, limit: int | None, texts: bool, size: int
) -> list[Hit]:
    """The hits of `query`, best first (see Index.search)."""
    terms = query.terms()
    plan = _plan(db, terms, query.language)
    where: list[str] = []
    params: list[object] = []
    if plan.match:
        source = "reflections_fts JOIN reflections r ON r.rowid = reflections_fts.rowid"
        where.append("reflections_fts MATCH ?")
        params.append(plan.match)
    else:
        source = "reflections r"
    for area in query.areas:
        where.append("r.rowid IN (SELECT reflection FROM reflection_areas WHERE area = ?)")
        params.append(bindable(area))
    for framework in query.frameworks:
        # "<id>/" up to (not including) "<id>0": every area of it ('0' follows '/').
        where.append(
            "r.rowid IN (SELECT reflection FROM reflection_areas WHERE area >= ? AND area < ?)"
        )
        params += [f"{bindable(framework)}/", f"{bindable(framework)}0"]
    for tag in query.tags:
        where.append("r.rowid IN (SELECT reflection FROM reflection_tags WHERE tag = ?)")
        params.append(tag_key(tag))
    if query.since:
        where.append("r.date >= ?")
        params.append(query.since.isoformat())
    if query.until:
        where.append("r.date <= ?")
        params.append(query.until.isoformat())
    from lederbog.store.excerpt import window_reach

    extra = 8 * size if plan.phrases else 0  # room to find a phrase after its first word
    before, after = window_reach(size)
    length = before + after + extra
    # The window is read as whole chunks, to check them; it lies inside `chunks` of them
    # (with `texts`, all of them are read).
    chunks = -(-length // CHUNK) + 1
    first = "0" if texts else "b.k"
    pieces = "reflection = b.rid AND n >= " + ("0" if texts else "b.k AND n < b.k + ?")
    pieces += " ORDER BY n"
    sql = (
        "WITH h AS MATERIALIZED ("
        " SELECT r.rowid AS rid, r.path, r.id, r.date, r.created, r.links,"
        f" r.shared, ({plan.exact_sql}) AS exact FROM {source}"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY exact DESC, r.date DESC, r.created DESC, r.rowid DESC"
        + (" LIMIT ?" if limit is not None else "")
        + "), a AS MATERIALIZED ("
        f" SELECT h.*, {plan.anchor_sql} AS anchor FROM h),"
        f" b AS MATERIALIZED (SELECT a.*, max(coalesce(a.anchor, 0) - ?, 0) / {CHUNK} AS k"
        " FROM a)"
        " SELECT b.rid, b.path, b.id, b.date, b.links, b.shared, b.exact, b.anchor,"
        f" {first} AS k,"
        f" (SELECT group_concat(text, '') FROM (SELECT text FROM chunks WHERE {pieces})),"
        " b.created, r.length, r.checksum,"
        f" (SELECT group_concat(crc, ' ') FROM (SELECT crc FROM chunks WHERE {pieces}))"
        " FROM b JOIN reflections r ON r.rowid = b.rid"
        " ORDER BY b.exact DESC, b.date DESC, b.created DESC, b.rid DESC"
    )
    all_params = [*plan.exact_params, *params]
    if limit is not None:
        all_params.append(limit)
    all_params += [*plan.anchor_params, before]
    if not texts:
        all_params += [chunks, chunks]
    rows = db.execute(sql, all_params).fetchall()
    highlighter = Highlighter(ParsedQuery(tuple(terms), query.language), plan.forms)
    return [_hit(journal, row, plan, highlighter, size, before, length, texts) for row in rows]


def _hit(
    journal: Path,
    row: tuple[Any, ...],
    plan: _Plan,
    highlighter: Highlighter,
    size: int,
    before: int,
    length: int,
    texts: bool,
) -> Hit:
    from lederbog.store.excerpt import make_excerpt

    anchor, k, piece = row[7], row[8], row[9] or ""
    text_length, stored, crcs = row[11], row[12], row[13]
    fields = (row[1], row[2], row[3], row[10], row[4], row[5], text_length)
    if checksum(fields) != stored:
        raise Damaged("a reflection's fields are not as indexed")
    if not isinstance(k, int) or not isinstance(piece, str):
        raise Damaged("a text that is not text")
    _check_chunks(piece, k, crcs, text_length)
    chunk_start = k * CHUNK
    start = max((anchor or 0) - before, 0)
    window = piece[start - chunk_start : start - chunk_start + length]
    at = 0
    if anchor is not None:
        at = anchor - start
        word = TOKEN.match(window, at)
        cut = word is not None and word.end() == len(window) < text_length - start
        if word is None or not (
            cut  # a word longer than the window: what it holds cannot be compared
            or highlighter.word_matches(word.group().lower())
            or _phrase_start(plan.phrases, word.group().lower())
        ):
            # The text or the positions are not what was indexed.
            raise Damaged("a word is not where the index says")
        if plan.phrases:
            at = _find_phrase(plan.phrases, window, at)
    excerpt = make_excerpt(
        window,
        at,
        starts_text=start == 0,
        ends_text=start + len(window) >= text_length,
        size=size,
        highlighter=highlighter,
        anchored=anchor is not None,
    )
    areas, tags, goals = _links(row[4])
    return Hit(
        path=journal / _text(row[1]),
        id=_text(row[2]),
        date=dt.date.fromisoformat(_text(row[3])),
        areas=areas,
        tags=tags,
        goals=goals,
        shared=bool(row[5]),
        text=piece if texts else "",
        excerpt=excerpt.text,
        spans=excerpt.spans,
        exact=bool(row[6]),
    )


# Danish endings: of nouns (definite, plural, both, and the genitive s), adjectives
# (t, e, comparison) and verbs (present, past, participles, passive).
_DANISH_ENDINGS = {
    "",
    "e",
    "en",
    "et",
    "n",
    "t",
    "er",
    "r",
    "ere",
    "erne",
    "ene",
    "rne",
    "ne",
    "est",
    "este",
    "ede",
    "ed",
    "de",
    "te",
    "ende",
    "es",
}
_DANISH_ENDINGS |= {ending + "s" for ending in _DANISH_ENDINGS}


def _inflection(form: str, word: str, lang: str) -> bool:
    """Is `form` (with the same stem as `word`) one of its inflections? Snowball's
    Danish stemmer gives ledelse and leder one stem ("led"); two forms of one Danish
    word differ only in their endings (prioritering, prioriteringer, prioriteringerne;
    medarbejdere, medarbejderne), so what is left of each after their shared
    beginning must be an ending. English forms are taken as Snowball gives them."""
    if lang != "da":
        return True
    shared = 0
    for a, b in zip(form, word, strict=False):
        if a != b:
            break
        shared += 1
    return form[shared:] in _DANISH_ENDINGS and word[shared:] in _DANISH_ENDINGS


def _phrase_start(phrases: Sequence[Term], word: str) -> bool:
    return any(phrase.words[0] == word for phrase in phrases)


def _find_phrase(phrases: Sequence[Term], window: str, at: int) -> int:
    """Where in `window`, from `at`, the first of the phrases occurs (else `at`)."""
    found = []
    for phrase in phrases:
        words = [re.escape(word) for word in phrase.words]
        tail = r"[^\W_]*" if phrase.prefix else r"(?![^\W_])"
        pattern = r"(?<![^\W_])" + r"[\W_]+".join(words) + tail
        match = re.compile(pattern, re.IGNORECASE).search(window, at)
        if match is not None:
            found.append(match.start())
    return min(found, default=at)


def crc(text: str) -> int:
    import zlib

    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def checksum(fields: Sequence[object]) -> int:
    return crc("\x1f".join(str(value) for value in fields))


def _check_chunks(piece: str, first: int, crcs: object, text_length: object) -> None:
    """`piece`, the text from chunk `first` on, must match the checksums `crcs` of its
    chunks, and end where the text does or on a chunk's end."""
    if not isinstance(text_length, int) or not isinstance(crcs, str | None):
        raise Damaged("checksums that are not numbers")
    expected = [int(crc) for crc in (crcs or "").split()]
    found = [crc(piece[at : at + CHUNK]) for at in range(0, len(piece), CHUNK)]
    ends = first * CHUNK + len(piece)
    if found != expected[: len(found)] or not (ends == text_length or len(piece) % CHUNK == 0):
        raise Damaged("a text that is not as indexed")


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise Damaged("a text that is not text")
    return value


def _links(joined: object) -> tuple[list[str], list[str], list[str]]:
    """The areas, tags and goals of a reflection, as the index keeps them."""
    values = json.loads(_text(joined))
    if (
        not isinstance(values, list)
        or len(values) != 3
        or not all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in values)
    ):
        raise Damaged("links that are not lists of texts")
    return values[0], values[1], values[2]
