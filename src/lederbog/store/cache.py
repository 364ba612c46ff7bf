"""Records already read, reused while their file is unchanged.

A section that shows many records (Mål's goals, Selvevaluering's assessments) would
read and check every file each time it opens or the folder changes; 500 assessments
take ~50 ms to read, a look at whether their files changed ~3 ms. A cache remembers
each file's size, times and inode with the record read from it: a save replaces the
file (a new inode), a sync tool or an editor changes its times, so a changed file is
always read again. A file that can no longer be used is forgotten.

The records handed out are shared by everyone who asks: they are for showing. To
change a record, read a fresh one (`Store.read`, `Store.goal`).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from lederbog.store.codec import RecordError
from lederbog.store.layout import FileKind

if TYPE_CHECKING:
    from lederbog.model.records import Record
    from lederbog.store.store import Store

Signature = tuple[int, int, int, int]
C = TypeVar("C", bound="RecordCache")


def signature(path: Path) -> Signature | None:
    """What tells a file's versions apart, or None when it cannot be looked at."""
    try:
        info = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


class NotKnown(Exception):
    """A file the cache has not read as it is now (raised only while `known_only`)."""


class RecordCache:
    """Records read from the files of one folder, each with its file's signature."""

    def __init__(self) -> None:
        # Held for a whole load by whoever loads: a read-ahead in a thread and a section
        # may load at once, and one of them then finds the other's work done.
        self.lock = threading.RLock()
        self._known: dict[Path, tuple[Signature, Record]] = {}
        self.filled = False  # a whole folder has been read through it at least once
        self._known_only = False

    @contextlib.contextmanager
    def known_only(self) -> Iterator[bool]:
        """For a load on the UI thread, which must neither wait nor parse a changed (or
        huge) file: yields False at once when another load holds the cache; else True,
        and within it a file not read as it is now raises NotKnown instead of being read."""
        if not self.lock.acquire(blocking=False):
            yield False
            return
        self._known_only = True
        try:
            yield True
        finally:
            self._known_only = False
            self.lock.release()

    def read(self, store: Store, path: Path, kind: FileKind) -> Record:
        """The record in `path`, read again only when the file changed; RecordError when
        it cannot be used (as `Store.read`)."""
        # Taken before reading: a change made while reading makes it differ next time.
        seen = signature(path)
        known = self._known.get(path)
        if seen is not None and known is not None and known[0] == seen:
            return known[1]
        if self._known_only:
            raise NotKnown(path)
        try:
            record = store.read(path, kind)
        except RecordError:
            self._known.pop(path, None)
            raise
        if seen is not None:
            self._known[path] = (seen, record)
        return record

    def keep_only(self, paths: Iterable[Path]) -> None:
        """Forget every file but `paths` (those found in a whole folder's reading)."""
        kept = set(paths)
        for gone in [path for path in self._known if path not in kept]:
            del self._known[gone]
        self.filled = True


_SHARED: dict[tuple[Path, FileKind], RecordCache] = {}
_SHARED_LOCK = threading.Lock()


def shared(root: Path, kind: FileKind, make: type[C]) -> C:
    """The one cache of `kind` records of the data folder `root` in this process."""
    with _SHARED_LOCK:
        cache = _SHARED.get((root, kind))
        if not isinstance(cache, make):
            cache = make()
            _SHARED[(root, kind)] = cache
        return cache
