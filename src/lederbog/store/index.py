"""A derived index of the reflections, for listing and full-text search.

It lives in the cache folder (one SQLite file per data folder) and is
refreshed from the files themselves: a file whose size, mtime, ctime and inode
are unchanged is not read again, so a search over ten years of reflections
parses only what changed since the last one (an edit in place that keeps size
and mtime, as `rsync --inplace -t` makes, still changes the ctime). The index
can be deleted at any time; it is rebuilt from the files, which are the truth,
and so it is when it cannot be read (a bad disk block, a torn write): `rebuilt`
then says so. It holds the text of private reflections, so its folder and file
are private too.

Besides SQLite's full-text index of the texts it keeps, for search in any word
form and for excerpts that cost the same in a 4 MB note as in a short one:

- `vocab`: every word of the journal with its Danish and English stems, so a
  word is searched as all the forms of it the journal holds;
- `postings`: for each reflection and each of its words, where the word first
  occurs, so an excerpt is cut from a bounded window around a match;
- checksums of each reflection's fields and of each 4,096 characters of its text
  (`chunks`), so a bit flipped on disk shows as damage, not as a garbled excerpt.

Use (no Textual here; open it in the thread that uses it):

    index = Index(store, paths.cache_dir())
    index.refresh()
    hits = index.search(Query(parsed=parse_query("prioritering")), limit=50, best_first=True)
    for hit in hits:
        hit.excerpt, hit.spans   # one safe line, and where in it the matches are
    index.close()
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from lederbog.errors import LederbogError
from lederbog.store.query import TOKEN, Highlighter, ParsedQuery, Span, Term, query_of_words

if TYPE_CHECKING:
    from lederbog.store.store import BadFile, Store

T = TypeVar("T")

# 2: tags kept without a leading "#"; 3: paths relative to journal/;
# 4: ctime in the change check, word stems and first positions, areas as JSON checked.
VERSION = "4"
JOURNAL = "journal"  # lederbog.store.layout.JOURNAL, without importing the store to start
PROFILE = "profile.toml"
LANGUAGES = ("da", "en")
EXCERPT_SIZE = 160
_NEVER = 1 << 62  # "no position" inside SQL min()
CHUNK = 4096  # characters of text per checksum: what an excerpt reads is checked
# SQLite's result codes for trouble around the file rather than in it (busy, locked,
# out of memory, read-only, I/O, disk full, cannot open, permission): use an index in
# memory. Any other failure means the file is not the index we made: make it anew.
_ENVIRONMENT = {3, 5, 6, 7, 8, 9, 10, 13, 14, 15, 23}

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER, inode INTEGER,
    problem TEXT
);
CREATE TABLE reflections (
    rowid INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, id TEXT NOT NULL,
    date TEXT NOT NULL, created TEXT NOT NULL,
    links TEXT NOT NULL, shared INTEGER NOT NULL,  -- links: JSON [areas, tags, goals]
    length INTEGER NOT NULL, checksum INTEGER NOT NULL
);
CREATE INDEX reflections_date ON reflections (date, created);
CREATE TABLE reflection_areas (reflection INTEGER NOT NULL, area TEXT NOT NULL);
CREATE INDEX reflection_areas_area ON reflection_areas (area);
CREATE TABLE reflection_tags (reflection INTEGER NOT NULL, tag TEXT NOT NULL);
CREATE INDEX reflection_tags_tag ON reflection_tags (tag);
CREATE VIRTUAL TABLE reflections_fts USING fts5 (
    text, content = '', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE vocab (word TEXT PRIMARY KEY, da TEXT NOT NULL, en TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX vocab_da ON vocab (da);
CREATE INDEX vocab_en ON vocab (en);
CREATE TABLE chunks (
    reflection INTEGER NOT NULL, n INTEGER NOT NULL, crc INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (reflection, n)
);
CREATE TABLE postings (
    reflection INTEGER NOT NULL, word TEXT NOT NULL, first INTEGER NOT NULL,
    PRIMARY KEY (reflection, word)
) WITHOUT ROWID;
"""


class Damaged(Exception):
    """What the index holds contradicts itself: it is rebuilt from the files."""


class Refreshed(NamedTuple):
    parsed: int
    removed: int
    problems: list[BadFile]


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


def _root_key(root: Path) -> str:
    return str(root.resolve())


def index_path(cache: Path, root: Path) -> Path:
    """The index file of the data folder `root`: named by two checksums of its path (zlib's,
    cheaper to import than hashlib); the path itself is kept inside and checked, so two
    folders whose names collide never share an index."""
    import zlib

    data = _root_key(root).encode("utf-8", "surrogatepass")
    return cache / f"index-{zlib.crc32(data):08x}{zlib.adler32(data):08x}.sqlite3"


def _legacy_index_path(cache: Path, root: Path) -> Path:
    """Where versions up to 3 kept the index (named by a SHA-256 of the folder's path)."""
    import hashlib

    key = hashlib.sha256(_root_key(root).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return cache / f"index-{key}.sqlite3"


def _bindable(text: str) -> str:
    """Text SQLite accepts: a lone surrogate (an undecodable byte in argv) becomes '?'."""
    return text.encode("utf-8", "replace").decode("utf-8")


def tag_key(tag: str) -> str:
    """How tags are compared: without a leading '#', in any case ("#Mod" is "mod")."""
    return _bindable(tag).strip().lstrip("#").strip().casefold()


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


class Index:
    def __init__(self, store: Store | Path, cache: Path) -> None:
        """`store`: the data folder's Store, or only its folder (the Store is then made
        when a file must be read, which a search that finds nothing new never does)."""
        if isinstance(store, Path):
            self.root = store
            self._store: Store | None = None
        else:
            self.root = store.root
            self._store = store
        self.cache = cache
        self.path = index_path(cache, self.root)
        self.journal = self.root / JOURNAL
        self.rebuilt = False  # the file was damaged and has been made anew from the files
        self._db: sqlite3.Connection | None = None
        self._words: set[str] | None = None  # the vocabulary, while indexing

    @property
    def store(self) -> Store:
        if self._store is None:
            from lederbog.store.store import Store

            self._store = Store(self.root)
        return self._store

    def _connect(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        try:
            from lederbog.store.atomic import ensure_private_dir, locked

            ensure_private_dir(self.cache)
            # One process at a time decides whether the file is usable or must be made anew.
            with locked(self.path.with_name(f"{self.path.name}.lock")):
                db = self._open(self.path)
        except (OSError, sqlite3.Error):
            # An unwritable cache folder only costs speed: index in memory instead.
            db = self._open(None)
        self._db = db
        return db

    def _open(self, path: Path | None) -> sqlite3.Connection:
        if path is None:
            db = sqlite3.connect(":memory:")
            db.executescript(_SCHEMA)
            return db
        root = _bindable(_root_key(self.root))
        if path.exists():
            db = sqlite3.connect(path, timeout=10)
            try:
                meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            except (sqlite3.Error, ValueError, TypeError):
                meta = {}
            if "version" not in meta:
                self.rebuilt = True  # not an index at all any more
            elif meta["version"] == VERSION and meta.get("root") == root:
                return db
            db.close()  # another version's index, another folder's, or a damaged one
            _remove_index_files(path)
        from lederbog.store.atomic import FILE_MODE

        _remove_index_files(_legacy_index_path(self.cache, self.root))
        # Create it private before SQLite writes a word of a reflection into it.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE))
        db = sqlite3.connect(path, timeout=10)
        db.executescript(_SCHEMA)
        db.execute("INSERT INTO meta VALUES ('version', ?)", (VERSION,))
        db.execute("INSERT INTO meta VALUES ('root', ?)", (root,))
        db.commit()
        return db

    def close(self) -> None:
        self._words = None
        if self._db is not None:
            self._db.close()
            self._db = None

    def _start_afresh(self) -> None:
        """Drop a damaged index file (a crash, a bad disk block); it is rebuilt from the files."""
        self.close()
        _remove_index_files(self.path)
        self.rebuilt = True

    # --- keeping it up to date ------------------------------------------------

    def _files_on_disk(self) -> list[tuple[str, int, int, int, int]]:
        """(name relative to journal/, size, mtime_ns, ctime_ns, inode) of every file in
        a year folder (the names are checked by the caller, and only when new).

        Relative names are plain ASCII (the names are checked), whatever the
        data folder's own path holds, and survive the folder being moved. Every
        file is stat'ed: a folder's times do not change when a file in it is
        rewritten in place, and a stat of 3,650 files costs a few milliseconds
        (relative to the year folder's descriptor, where the system allows it).
        """
        found: list[tuple[str, int, int, int, int]] = []
        add = found.append
        try:
            years = [
                year
                for year in os.scandir(self.journal)
                if not year.name.startswith(".") and year.is_dir(follow_symlinks=False)
            ]
        except (FileNotFoundError, NotADirectoryError):
            return found
        by_descriptor = os.stat in os.supports_dir_fd and os.listdir in os.supports_fd
        for year in years:
            prefix = year.name + "/"
            if by_descriptor:
                try:
                    fd = os.open(year.path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
                except OSError:
                    continue  # gone, or not readable: its files are not searched
                try:
                    for name in os.listdir(fd):
                        try:
                            info = os.stat(name, dir_fd=fd)
                        except OSError:
                            continue  # a broken link, or a file a sync tool just removed
                        add(
                            (
                                prefix + name,
                                info.st_size,
                                info.st_mtime_ns,
                                info.st_ctime_ns,
                                info.st_ino,
                            )
                        )
                finally:
                    os.close(fd)
                continue
            with os.scandir(year.path) as entries:
                for entry in entries:
                    try:
                        info = entry.stat()
                    except OSError:
                        continue
                    add(
                        (
                            prefix + entry.name,
                            info.st_size,
                            info.st_mtime_ns,
                            info.st_ctime_ns,
                            info.st_ino,
                        )
                    )
        return found

    def refresh(self) -> Refreshed:
        """Bring the index up to date with the files; read only what changed."""
        return self._retrying(self._refresh)

    def _retrying(self, work: Callable[[], T], refill: bool = False) -> T:
        """Run `work`; the index is only a cache. When the file is not what it should be
        (damaged, truncated, a table or column changed, text that is not UTF-8), it is
        made anew from the files; when SQLite cannot use it for reasons around it (a
        stuck lock, a full or read-only disk), an index in memory is used instead:
        slower, never wrong. With `refill`, a new index is filled before `work` runs
        again."""
        for attempt in range(3):
            try:
                if attempt and refill:
                    self._refresh()
                return work()
            except (sqlite3.Error, Damaged, ValueError, TypeError, KeyError, IndexError) as error:
                if attempt == 2:
                    raise LederbogError(f"the search index cannot be used: {error}") from None
                if isinstance(error, sqlite3.Error) and _environmental(error):
                    self.close()
                    self._db = self._open(None)
                else:
                    self._start_afresh()
        raise AssertionError("unreachable")

    def _refresh(self) -> Refreshed:
        db = self._connect()
        parsed = 0
        problems: list[BadFile] = []
        with db:
            # Take the write lock before reading what is known, so that two searches
            # started at once do not both index the same new files.
            db.execute("BEGIN IMMEDIATE")
            rows = db.execute("SELECT path, size, mtime_ns, ctime_ns, inode FROM files").fetchall()
            known = {row[0]: row for row in rows}
            on_disk = self._files_on_disk()
            # A file is read again when any of size, mtime, ctime and inode differ.
            changed = [state for state in on_disk if known.get(state[0]) != state]
            seen = {state[0] for state in on_disk}
            for name, size, mtime_ns, ctime_ns, inode in changed:
                before = name in known
                if not before:
                    from lederbog.store.layout import is_reflection_name

                    if not is_reflection_name(*name.split("/", 1)):
                        continue
                parsed += 1
                if before:
                    self._forget(db, name)
                problem = self._index_file(db, name, problems)
                if problem is None:
                    db.execute("DELETE FROM files WHERE path = ?", (name,))
                    continue
                db.execute(
                    "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)",
                    (name, size, mtime_ns, ctime_ns, inode, problem or None),
                )
            gone = [name for name in known if name not in seen]
            for name in gone:
                self._forget(db, name)
                db.execute("DELETE FROM files WHERE path = ?", (name,))
            # Files that could not be used, and have not changed since: say so every time.
            fresh = {state[0] for state in changed}
            for name, problem in db.execute(
                "SELECT path, problem FROM files WHERE problem IS NOT NULL"
            ):
                if name not in fresh and name in seen:
                    problems.append(self._bad_file(str(name), str(problem)))
        return Refreshed(parsed, len(gone), problems)

    def _bad_file(self, name: str, reason: str) -> BadFile:
        from lederbog.store.store import BadFile

        return BadFile(self.journal / name, reason)

    def _forget(self, db: sqlite3.Connection, name: str) -> None:
        row = db.execute("SELECT rowid FROM reflections WHERE path = ?", (name,)).fetchone()
        if row is None:
            return
        (rowid,) = row
        # The full-text index keeps no text: to take a text out, it is given it again.
        pieces = db.execute(
            "SELECT text FROM chunks WHERE reflection = ? ORDER BY n", (rowid,)
        ).fetchall()
        text = "".join(str(piece) for (piece,) in pieces)
        db.execute(
            "INSERT INTO reflections_fts (reflections_fts, rowid, text) VALUES ('delete', ?, ?)",
            (rowid, text),
        )
        db.execute("DELETE FROM reflection_areas WHERE reflection = ?", (rowid,))
        db.execute("DELETE FROM reflection_tags WHERE reflection = ?", (rowid,))
        db.execute("DELETE FROM postings WHERE reflection = ?", (rowid,))
        db.execute("DELETE FROM chunks WHERE reflection = ?", (rowid,))
        db.execute("DELETE FROM reflections WHERE rowid = ?", (rowid,))

    def _index_file(self, db: sqlite3.Connection, name: str, problems: list[BadFile]) -> str | None:
        """Index one file. Returns "" when done, the problem when it cannot be used, and
        None when it cannot be read now (perhaps locked for a moment: tried again next
        time); problems are added to `problems`."""
        from lederbog.model.records import Reflection
        from lederbog.store.codec import RecordError
        from lederbog.store.layout import FileKind
        from lederbog.store.store import UnreadableFile

        try:
            record = self.store.read(self.journal / name, FileKind.REFLECTION)
        except UnreadableFile as error:
            problems.append(self._bad_file(name, str(error)))
            return None
        except RecordError as error:
            problems.append(self._bad_file(name, str(error)))
            return str(error)
        assert isinstance(record, Reflection)
        # SQLite's text functions stop at a NUL: keep U+0001 in its place (neither is
        # ever shown, and both separate words), so that every piece of the text is read.
        text = record.text.replace("\x00", "\x01")
        fields = (
            name,
            record.id,
            record.date.isoformat(),
            record.created.isoformat(),
            json.dumps([record.areas, record.tags, record.goals]),
            int(record.shared),
            len(text),
        )
        cursor = db.execute(
            "INSERT INTO reflections (path, id, date, created, links, shared, length, checksum)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (*fields, _checksum(fields)),
        )
        rowid = cursor.lastrowid
        # The text in pieces of CHUNK characters, each with its checksum: an excerpt
        # reads the two or three pieces around its match, not the whole text.
        db.executemany(
            "INSERT INTO chunks VALUES (?, ?, ?, ?)",
            [
                (rowid, n, _crc(text[at : at + CHUNK]), text[at : at + CHUNK])
                for n, at in enumerate(range(0, len(text), CHUNK))
            ],
        )
        db.execute("INSERT INTO reflections_fts (rowid, text) VALUES (?, ?)", (rowid, text))
        db.executemany(
            "INSERT INTO reflection_areas VALUES (?, ?)", [(rowid, a) for a in set(record.areas)]
        )
        db.executemany(
            "INSERT INTO reflection_tags VALUES (?, ?)",
            [(rowid, t) for t in {tag_key(tag) for tag in record.tags}],
        )
        first = _first_positions(text)
        db.executemany(
            "INSERT INTO postings VALUES (?, ?, ?)",
            [(rowid, word, at) for word, at in first.items()],
        )
        self._add_words(db, first)
        return ""

    def _add_words(self, db: sqlite3.Connection, words: Iterable[str]) -> None:
        """Put the words the vocabulary does not hold yet into it, with their stems."""
        from lederbog.stemming import stem

        if self._words is None:
            self._words = {row[0] for row in db.execute("SELECT word FROM vocab")}
        known = self._words
        new = [word for word in words if word not in known]
        db.executemany(
            "INSERT OR IGNORE INTO vocab VALUES (?, ?, ?)",
            [(word, stem(word, "da"), stem(word, "en")) for word in new],
        )
        known.update(new)

    # --- the profile's language ---------------------------------------------------

    def profile_language(self) -> str:
        """The language of the profile ("da" or "en"; "da" without one), remembered in the
        index and read again only when profile.toml changes."""
        return self._retrying(self._profile_language)

    def _profile_language(self) -> str:
        try:
            info = os.stat(self.root / PROFILE)
        except OSError:
            return "da"
        key = f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}"
        db = self._connect()
        row = db.execute("SELECT value FROM meta WHERE key = 'profile'").fetchone()
        if row is not None:
            seen, _, lang = str(row[0]).partition(" ")
            if seen == key and lang in LANGUAGES:
                return lang
        lang = "da"
        from lederbog.errors import LederbogError as Problem

        try:
            profile = self.store.profile()
        except (Problem, OSError, ValueError):
            profile = None  # a broken profile is the doctor's to report; search in Danish
        if profile is not None and profile.language in LANGUAGES:
            lang = profile.language
        with db:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('profile', ?)", (f"{key} {lang}",))
        return lang

    # --- asking it --------------------------------------------------------------

    def search(
        self,
        query: Query,
        limit: int | None = None,
        *,
        texts: bool = True,
        best_first: bool = False,
        excerpt_size: int = EXCERPT_SIZE,
    ) -> list[Hit]:
        """Reflections that match, each with an excerpt around a match.

        They rank exact matches first (every word as typed), then those that match
        only in other forms, and the newest first within each; `limit` keeps the
        best `limit`. With `best_first` they come in that order (for a list read from
        the top), else in the reverse (for a terminal, the best nearest the prompt).
        Without `texts`, each hit's `text` is left empty. The work per hit is bounded:
        fast enough for every keystroke with a `limit`.
        """
        hits = self._retrying(lambda: self._search(query, limit, texts, excerpt_size), refill=True)
        if not best_first:
            hits.reverse()
        return hits

    def _plan(self, db: sqlite3.Connection, terms: Sequence[Term], lang: str) -> _Plan:
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
                exact.append(
                    "EXISTS (SELECT 1 FROM postings WHERE reflection = r.rowid AND word = ?)"
                )
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

    def _search(self, query: Query, limit: int | None, texts: bool, size: int) -> list[Hit]:
        db = self._connect()
        terms = query.terms()
        plan = self._plan(db, terms, query.language)
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
            params.append(_bindable(area))
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
        return [self._hit(row, plan, highlighter, size, before, length, texts) for row in rows]

    def _hit(
        self,
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
        text_length, checksum, crcs = row[11], row[12], row[13]
        fields = (row[1], row[2], row[3], row[10], row[4], row[5], text_length)
        if _checksum(fields) != checksum:
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
            path=self.journal / _text(row[1]),
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


def _first_positions(text: str) -> dict[str, int]:
    """Each word of `text` (lower-cased) and the offset where it first occurs."""
    first: dict[str, int] = {}
    for match in TOKEN.finditer(text):
        word = match.group().lower()
        if word not in first:
            first[word] = match.start()
    return first


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


def _environmental(error: sqlite3.Error) -> bool:
    return (getattr(error, "sqlite_errorcode", 0) & 0xFF) in _ENVIRONMENT


def _remove_index_files(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _crc(text: str) -> int:
    import zlib

    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def _checksum(fields: Sequence[object]) -> int:
    return _crc("\x1f".join(str(value) for value in fields))


def _check_chunks(piece: str, first: int, crcs: object, text_length: object) -> None:
    """`piece`, the text from chunk `first` on, must match the checksums `crcs` of its
    chunks, and end where the text does or on a chunk's end."""
    if not isinstance(text_length, int) or not isinstance(crcs, str | None):
        raise Damaged("checksums that are not numbers")
    expected = [int(crc) for crc in (crcs or "").split()]
    found = [_crc(piece[at : at + CHUNK]) for at in range(0, len(piece), CHUNK)]
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
