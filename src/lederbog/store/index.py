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
- the text in pieces of 4,096 characters (`chunks`), each with a checksum, and a
  checksum of each reflection's fields, so that an excerpt reads a few pieces, and
  a bit flipped on disk shows as damage, not as a garbled excerpt.

This module keeps the index; lederbog.store.finding asks it, lederbog.store.query
reads what a person types, lederbog.store.excerpt cuts the excerpts.

Use (no Textual here; open it in the thread that uses it; refresh when files may
have changed, not on every keystroke: a refresh stats every journal file):

    index = Index(store, paths.cache_dir())
    index.refresh()
    hits = index.search(Query(parsed=parse_query("prioritering")), limit=50, best_first=True)
    for hit in hits:
        hit.excerpt, hit.spans   # one safe line, and where in it the matches are
    index.close()
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from lederbog.errors import LederbogError
from lederbog.store.finding import (
    CHUNK,
    EXCERPT_SIZE,
    Damaged,
    Hit,
    Query,
    bindable,
    checksum,
    crc,
    search,
    tag_key,
)
from lederbog.store.query import TOKEN

__all__ = ["EXCERPT_SIZE", "Damaged", "Hit", "Index", "Query", "Refreshed", "tag_key"]

if TYPE_CHECKING:
    from lederbog.store.store import BadFile, Store

T = TypeVar("T")

# 2: tags kept without a leading "#"; 3: paths relative to journal/;
# 4: ctime in the change check, word stems and first positions, areas as JSON checked.
VERSION = "4"
JOURNAL = "journal"  # lederbog.store.layout.JOURNAL, without importing the store to start
PROFILE = "profile.toml"
LANGUAGES = ("da", "en")
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


class Refreshed(NamedTuple):
    parsed: int
    removed: int
    problems: list[BadFile]


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
        self.unreadable: list[BadFile] = []  # folders the last refresh could not list

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
            from lederbog.store.layout import looks_like_cache_folder

            # Tightened only when it is plainly Lederbog's cache (a shared 1777 folder is not).
            ensure_private_dir(self.cache, own=looks_like_cache_folder)
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
        root = bindable(_root_key(self.root))
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

        A year folder moved elsewhere and linked back is followed (the data format
        guide); a record file that is itself a link gets its own (link) stat, and the
        store refuses to read through it, and says so. A folder that cannot be listed
        is remembered in `unreadable`: the other years still answer.
        """
        found: list[tuple[str, int, int, int, int]] = []
        add = found.append
        self.unreadable = []
        try:
            years = [
                year
                for year in os.scandir(self.journal)
                if not year.name.startswith(".") and year.is_dir()
            ]
        except (FileNotFoundError, NotADirectoryError):
            return found
        except OSError as error:
            self.unreadable.append(_unreadable(self.journal, error))
            return found
        by_descriptor = os.stat in os.supports_dir_fd and os.listdir in os.supports_fd
        for year in years:
            prefix = year.name + "/"
            if by_descriptor:
                try:
                    fd = os.open(year.path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
                except FileNotFoundError:
                    continue  # a folder a sync tool just removed
                except OSError as error:  # the other years still answer; this one is named
                    self.unreadable.append(_unreadable(self.journal / year.name, error))
                    continue
                try:
                    try:
                        names = os.listdir(fd)
                    except OSError as error:
                        self.unreadable.append(_unreadable(self.journal / year.name, error))
                        continue
                    for name in names:
                        try:
                            info = os.stat(name, dir_fd=fd, follow_symlinks=False)
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
            try:
                entries = list(os.scandir(year.path))
            except OSError as error:
                self.unreadable.append(_unreadable(self.journal / year.name, error))
                continue
            for entry in entries:
                try:
                    info = entry.stat(follow_symlinks=False)
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
            problems.extend(self.unreadable)
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
            (*fields, checksum(fields)),
        )
        rowid = cursor.lastrowid
        # The text in pieces of CHUNK characters, each with its checksum: an excerpt
        # reads the two or three pieces around its match, not the whole text.
        db.executemany(
            "INSERT INTO chunks VALUES (?, ?, ?, ?)",
            [
                (rowid, n, crc(text[at : at + CHUNK]), text[at : at + CHUNK])
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
        hits = self._retrying(
            lambda: search(self._connect(), self.journal, query, limit, texts, excerpt_size),
            refill=True,
        )
        if not best_first:
            hits.reverse()
        return hits


def _first_positions(text: str) -> dict[str, int]:
    """Each word of `text` (lower-cased) and the offset where it first occurs."""
    first: dict[str, int] = {}
    for match in TOKEN.finditer(text):
        word = match.group().lower()
        if word not in first:
            first[word] = match.start()
    return first


def _unreadable(folder: Path, error: OSError) -> BadFile:
    from lederbog.store.layout import UNREADABLE
    from lederbog.store.store import BadFile

    return BadFile(folder, UNREADABLE.format(reason=error.strerror or error))


def _environmental(error: sqlite3.Error) -> bool:
    return (getattr(error, "sqlite_errorcode", 0) & 0xFF) in _ENVIRONMENT


def _remove_index_files(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
