"""A derived index of the reflections, for listing and full-text search.

It lives in the cache folder (one SQLite file per data folder) and is
refreshed from the files themselves: a file whose size, mtime and inode are
unchanged is not read again, so a search over ten years of reflections parses
only what changed since the last one. The index can be deleted at any time;
it is rebuilt from the files, which are the truth. It holds the text of
private reflections, so its folder and file are private too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from lederbog.errors import LederbogError
from lederbog.model.records import Reflection
from lederbog.store import layout
from lederbog.store.atomic import FILE_MODE, ensure_private_dir, locked
from lederbog.store.codec import RecordError
from lederbog.store.layout import FileKind
from lederbog.store.store import BadFile, Store, UnreadableFile

T = TypeVar("T")

VERSION = "3"  # 2: tags kept without a leading "#"; 3: paths relative to journal/
# Highlight marks in snippets: private-use characters no person types.
MARK_START = "\ue000"
MARK_END = "\ue001"
# SQLite's primary result codes for a damaged file: SQLITE_CORRUPT, SQLITE_NOTADB.
_DAMAGED = {11, 26}

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, inode INTEGER, problem TEXT
);
CREATE TABLE reflections (
    rowid INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, id TEXT NOT NULL,
    date TEXT NOT NULL, created TEXT NOT NULL, text TEXT NOT NULL,
    areas TEXT NOT NULL, tags TEXT NOT NULL, goals TEXT NOT NULL, shared INTEGER NOT NULL
);
CREATE INDEX reflections_date ON reflections (date, created);
CREATE TABLE reflection_areas (reflection INTEGER NOT NULL, area TEXT NOT NULL);
CREATE INDEX reflection_areas_area ON reflection_areas (area);
CREATE TABLE reflection_tags (reflection INTEGER NOT NULL, tag TEXT NOT NULL);
CREATE INDEX reflection_tags_tag ON reflection_tags (tag);
CREATE VIRTUAL TABLE reflections_fts USING fts5 (
    text, content = 'reflections', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 0'
);
"""


@dataclass(frozen=True)
class Refreshed:
    parsed: int
    removed: int
    problems: list[BadFile]


@dataclass(frozen=True)
class Hit:
    path: Path
    id: str
    date: dt.date
    areas: list[str]
    tags: list[str]
    goals: list[str]
    shared: bool
    text: str
    snippet: str


@dataclass(frozen=True)
class Query:
    """What to find. Each of `words` must occur; one with spaces in it is a phrase."""

    words: Sequence[str] = ()
    areas: Sequence[str] = ()
    frameworks: Sequence[str] = ()  # framework ids: a reflection on any of its areas
    tags: Sequence[str] = ()
    since: dt.date | None = None
    until: dt.date | None = None

    def __post_init__(self) -> None:
        if isinstance(self.words, str):  # one text is one term (or phrase), not its letters
            object.__setattr__(self, "words", (self.words,))


def index_path(cache: Path, root: Path) -> Path:
    key = hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return cache / f"index-{key}.sqlite3"


def _bindable(text: str) -> str:
    """Text SQLite accepts: a lone surrogate (an undecodable byte in argv) becomes '?'."""
    return text.encode("utf-8", "replace").decode("utf-8")


def tag_key(tag: str) -> str:
    """How tags are compared: without a leading '#', in any case ("#Mod" is "mod")."""
    return _bindable(tag).strip().lstrip("#").strip().casefold()


def fts_query(words: Sequence[str]) -> str:
    """The user's words as an FTS5 query that cannot be a syntax error.

    Each word is matched as itself (quoted), all must occur; a trailing `*`
    matches the beginning of words ("ledel*"). Words with spaces between them
    ("god ledelse") are a phrase.
    """
    terms = []
    for word in words:
        word = _bindable(word).replace("\x00", " ").strip()  # FTS5 strings end at a NUL
        if not word:
            continue
        prefix = word.endswith("*")
        body = word.rstrip("*").replace('"', '""')
        if body.strip():
            terms.append(f'"{body}"' + ("*" if prefix else ""))
    return " AND ".join(terms)


class Index:
    def __init__(self, store: Store, cache: Path) -> None:
        self.store = store
        self.cache = cache
        self.path = index_path(cache, store.root)
        self.journal = store.root / layout.JOURNAL
        self._db: sqlite3.Connection | None = None
        self.unreadable: list[BadFile] = []  # folders the last refresh could not list

    def _connect(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        try:
            ensure_private_dir(self.cache, own=layout.looks_like_cache_folder)
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
        if path.exists():
            db = sqlite3.connect(path, timeout=10)
            try:
                version = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            except sqlite3.DatabaseError:
                version = None
            if version is not None and version[0] == VERSION:
                return db
            db.close()  # another version's index, or not an index at all: make it anew
            _remove_index_files(path)
        # Create it private before SQLite writes a word of a reflection into it.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE))
        db = sqlite3.connect(path, timeout=10)
        db.executescript(_SCHEMA)
        db.execute("INSERT INTO meta VALUES ('version', ?)", (VERSION,))
        db.commit()
        return db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _start_afresh(self) -> None:
        """Drop a damaged index file (a crash, a bad disk block); it is rebuilt from the files."""
        self.close()
        _remove_index_files(self.path)

    # --- keeping it up to date ------------------------------------------------

    def _files_on_disk(self, known: Container[str]) -> Iterator[tuple[str, os.stat_result]]:
        """(name relative to journal/, stat) of every reflection file.

        Relative names are plain ASCII (the names are checked), whatever the
        data folder's own path holds, and survive the folder being moved.
        """
        self.unreadable = []
        if not self.journal.is_dir():
            return
        try:
            years = sorted(os.scandir(self.journal), key=lambda entry: entry.name)
        except OSError as error:
            self.unreadable.append(_unreadable(self.journal, error))
            return
        for year in years:
            # A year folder moved elsewhere and linked back is followed (the data format guide).
            if year.name.startswith(".") or not year.is_dir():
                continue
            try:
                files = list(os.scandir(year.path))
            except OSError as error:  # the other years still answer; this one is named
                self.unreadable.append(_unreadable(self.journal / year.name, error))
                continue
            for entry in files:
                # Strings only, no Path objects, and the name is checked only when
                # new: this runs for every file on every search.
                name = f"{year.name}/{entry.name}"
                if name in known or layout.is_reflection_name(year.name, entry.name):
                    try:
                        # A link's own stat: the store refuses to read through it, and says so.
                        info = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue  # a file a sync tool just removed
                    yield name, info

    def refresh(self) -> Refreshed:
        """Bring the index up to date with the files; read only what changed."""
        return self._retrying(self._refresh)

    def _retrying(self, work: Callable[[], T], refill: bool = False) -> T:
        """Run `work`; the index is only a cache, so when SQLite fails, a damaged file is
        made anew, and anything else (a stuck lock, a full or read-only disk) falls back
        to an index in memory: slower, never wrong. With `refill`, a new index is filled
        from the files before `work` runs again."""
        for attempt in range(3):
            try:
                if attempt and refill:
                    self._refresh()
                return work()
            except sqlite3.Error as error:
                if attempt == 0 and _damaged(error):
                    self._start_afresh()
                elif attempt < 2:
                    self.close()
                    self._db = self._open(None)
                else:
                    raise LederbogError(f"the search index cannot be used: {error}") from None
        raise AssertionError("unreachable")

    def _refresh(self) -> Refreshed:
        db = self._connect()
        parsed = 0
        problems: list[BadFile] = []
        seen: set[str] = set()
        with db:
            # Take the write lock before reading what is known, so that two searches
            # started at once do not both index the same new files.
            db.execute("BEGIN IMMEDIATE")
            known = {
                row[0]: (row[1], row[2], row[3], row[4])
                for row in db.execute("SELECT path, size, mtime_ns, inode, problem FROM files")
            }
            for name, stat in self._files_on_disk(known):
                seen.add(name)
                before = known.get(name)
                if before is not None and before[:3] == (
                    stat.st_size,
                    stat.st_mtime_ns,
                    stat.st_ino,
                ):
                    if before[3]:
                        problems.append(BadFile(self.journal / name, before[3]))
                    continue
                parsed += 1
                if before is not None:
                    self._forget(db, name)
                try:
                    problem = self._index_file(db, name)
                except UnreadableFile as error:
                    # Perhaps locked for a moment: report it, and try again next time.
                    problems.append(BadFile(self.journal / name, str(error)))
                    db.execute("DELETE FROM files WHERE path = ?", (name,))
                    continue
                if problem:
                    problems.append(BadFile(self.journal / name, problem))
                db.execute(
                    "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                    (name, stat.st_size, stat.st_mtime_ns, stat.st_ino, problem),
                )
            problems.extend(self.unreadable)
            gone = [name for name in known if name not in seen]
            for name in gone:
                self._forget(db, name)
                db.execute("DELETE FROM files WHERE path = ?", (name,))
        return Refreshed(parsed, len(gone), problems)

    def _forget(self, db: sqlite3.Connection, name: str) -> None:
        row = db.execute("SELECT rowid, text FROM reflections WHERE path = ?", (name,)).fetchone()
        if row is None:
            return
        rowid, text = row
        db.execute(
            "INSERT INTO reflections_fts (reflections_fts, rowid, text) VALUES ('delete', ?, ?)",
            (rowid, text),
        )
        db.execute("DELETE FROM reflection_areas WHERE reflection = ?", (rowid,))
        db.execute("DELETE FROM reflection_tags WHERE reflection = ?", (rowid,))
        db.execute("DELETE FROM reflections WHERE rowid = ?", (rowid,))

    def _index_file(self, db: sqlite3.Connection, name: str) -> str | None:
        """Index one file; the problem with it, if it cannot be used (UnreadableFile raised)."""
        try:
            record = self.store.read(self.journal / name, FileKind.REFLECTION)
        except UnreadableFile:
            raise
        except RecordError as error:
            return str(error)
        assert isinstance(record, Reflection)
        cursor = db.execute(
            "INSERT INTO reflections (path, id, date, created, text, areas, tags, goals, shared)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                name,
                record.id,
                record.date.isoformat(),
                record.created.isoformat(),
                record.text,
                json.dumps(record.areas),
                json.dumps(record.tags),
                json.dumps(record.goals),
                int(record.shared),
            ),
        )
        rowid = cursor.lastrowid
        db.execute("INSERT INTO reflections_fts (rowid, text) VALUES (?, ?)", (rowid, record.text))
        db.executemany(
            "INSERT INTO reflection_areas VALUES (?, ?)", [(rowid, a) for a in set(record.areas)]
        )
        db.executemany(
            "INSERT INTO reflection_tags VALUES (?, ?)",
            [(rowid, t) for t in {tag_key(tag) for tag in record.tags}],
        )
        return None

    # --- asking it --------------------------------------------------------------

    def search(self, query: Query, limit: int | None = None, *, texts: bool = True) -> list[Hit]:
        """Reflections that match, oldest first (the last `limit` of them when given).

        Without `texts`, each hit's `text` is left empty (a snippet is enough to list them).
        """

        return self._retrying(lambda: self._search(query, limit, texts), refill=True)

    def _search(self, query: Query, limit: int | None, texts: bool) -> list[Hit]:
        db = self._connect()
        text = "r.text" if texts else "''"
        where: list[str] = []
        params: list[object] = []
        match = fts_query(query.words)
        if match:
            select = (
                f"SELECT r.path, r.id, r.date, r.areas, r.tags, r.goals, r.shared, {text}, "
                f"snippet(reflections_fts, 0, '{MARK_START}', '{MARK_END}', '…', 24) "
                "FROM reflections_fts JOIN reflections r ON r.rowid = reflections_fts.rowid"
            )
            where.append("reflections_fts MATCH ?")
            params.append(match)
        else:
            select = (
                f"SELECT r.path, r.id, r.date, r.areas, r.tags, r.goals, r.shared, {text}, '' "
                "FROM reflections r"
            )
        for area in query.areas:
            where.append("r.rowid IN (SELECT reflection FROM reflection_areas WHERE area = ?)")
            params.append(_bindable(area))
        for framework in query.frameworks:
            # "<id>/" up to (not including) "<id>0": every area of it ('0' follows '/').
            where.append(
                "r.rowid IN (SELECT reflection FROM reflection_areas WHERE area >= ? AND area < ?)"
            )
            params += [f"{_bindable(framework)}/", f"{_bindable(framework)}0"]
        for tag in query.tags:
            where.append("r.rowid IN (SELECT reflection FROM reflection_tags WHERE tag = ?)")
            params.append(tag_key(tag))
        if query.since:
            where.append("r.date >= ?")
            params.append(query.since.isoformat())
        if query.until:
            where.append("r.date <= ?")
            params.append(query.until.isoformat())
        sql = select + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY r.date DESC, r.created DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = db.execute(sql, params).fetchall()
        hits = [
            Hit(
                path=self.journal / row[0],
                id=row[1],
                date=dt.date.fromisoformat(row[2]),
                areas=_split(row[3]),
                tags=_split(row[4]),
                goals=_split(row[5]),
                shared=bool(row[6]),
                text=row[7],
                snippet=row[8],
            )
            for row in rows
        ]
        hits.reverse()
        return hits


def _unreadable(folder: Path, error: OSError) -> BadFile:
    return BadFile(folder, layout.UNREADABLE.format(reason=error.strerror or error))


def _damaged(error: sqlite3.Error) -> bool:
    return (getattr(error, "sqlite_errorcode", 0) & 0xFF) in _DAMAGED


def _remove_index_files(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _split(joined: str) -> list[str]:
    values = json.loads(joined)
    return [str(value) for value in values]
