"""The leader's data folder: loading and saving records safely.

Every save holds the folder's lock file, checks that the file on disk is still
the one the record was read from, and writes atomically. When someone else
(another Lederbog, a sync tool, an editor) changed the file in the meantime,
nothing is overwritten: the new version is saved beside it as a conflict copy
and the caller is told. Files that cannot be read are reported, never rewritten.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from lederbog.errors import LederbogError
from lederbog.model.records import Assessment, Goal, Origin, Profile, Record, Reflection
from lederbog.safefile import FileTooLarge, NotRegularFile, read_file, reason
from lederbog.store import layout
from lederbog.store.atomic import (
    DIR_MODE,
    SyncFailed,
    WriteFailed,
    ensure_private_dir,
    fsync_dir,
    locked,
    write_atomic,
)
from lederbog.store.codec import (
    RecordError,
    append_checkins,
    digest,
    encode,
    is_own_form,
    parse,
    to_document,
)
from lederbog.store.layout import FileKind
from lederbog.text import one_line

if TYPE_CHECKING:
    from lederbog.store.cache import RecordCache

R = TypeVar("R", Profile, Goal, Reflection, Assessment)

MAX_RECORD_BYTES = 16 * 1024 * 1024
# Goal files known to be in Lederbog's own form (digest -> document), so that a check-in
# on them is an append: the files this store wrote, and goals read one at a time.
_OWN_FORM_KEPT = 64
_FOLDER_OF = {
    FileKind.GOAL: layout.GOALS,
    FileKind.REFLECTION: layout.JOURNAL,
    FileKind.ASSESSMENT: layout.ASSESSMENTS,
}


_WINDOWS_DEVICES = {"con", "prn", "aux", "nul"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in range(10)
}


class NotFound(LederbogError):
    """No record with that id."""


class UnreadableFile(RecordError):
    """The system would not give us the bytes (permissions, a lock, a vanished file):
    unlike a broken file, this may pass, so it is not remembered as the file's state."""


@dataclass(frozen=True)
class BadFile:
    """A file that could not be used, and why; it is left exactly as it is."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Loaded(Generic[R]):
    records: list[R] = field(default_factory=list)
    problems: list[BadFile] = field(default_factory=list)


@dataclass(frozen=True)
class SaveResult:
    """Where a record went. `conflict` is set when it could not go where it belongs."""

    path: Path
    conflict: bool = False

    def message(self) -> str:
        if self.conflict:
            return (
                f"the record had been changed by someone else since it was read; your version "
                f"is saved beside it as {self.path}"
            )
        return f"saved {self.path}"


def new_id() -> str:
    """A short random id for a reflection or assessment (8 hex digits)."""
    import secrets  # only saves need it; a search should not pay for hashlib's start-up

    return secrets.token_hex(4)


def slug(text: str, limit: int = 40) -> str:
    """An id made from a title: lower case ASCII, Danish letters spelt out."""
    text = text.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:limit].rstrip("-")


def _copied(value: Any) -> Any:
    """A copy of a document's tables and arrays (the values in them never change in place)."""
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copied(item) for item in value]
    return value


class Store:
    """One data folder. Paths are computed when asked for; nothing is read on creation."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.notices: list[str] = []
        self._own_form: dict[str, dict[str, Any]] = {}

    # --- where things go ------------------------------------------------------

    def path_for(self, record: Record) -> Path:
        if isinstance(record, Profile):
            return self.root / layout.PROFILE
        if isinstance(record, Goal):
            return self.root / layout.GOALS / f"{record.id}.toml"
        folder = layout.JOURNAL if isinstance(record, Reflection) else layout.ASSESSMENTS
        year = f"{record.date.year:04d}"
        return self.root / folder / year / f"{record.date.isoformat()}-{record.id}.toml"

    def goal_path(self, goal_id: str) -> Path:
        return self.root / layout.GOALS / f"{goal_id}.toml"

    def new_goal_id(self, title: str) -> str:
        """An id from the title that no file in goals/ has yet (not even a broken one)."""
        base = slug(title) or "maal"
        if base in _WINDOWS_DEVICES:  # "con.toml" cannot be made on Windows
            base = f"{base}-maal"
        candidate, n = base, 1
        while any(self.goal_path(candidate).parent.glob(f"{candidate}.*toml")) or (
            self.goal_path(candidate).exists()
        ):
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def prepare(self) -> None:
        """Make the folder (private) before the first write; note if it had to be tightened."""
        if self.root.exists() and not self.root.is_dir():
            raise WriteFailed(f"the data folder {self.root} is a file; nothing was saved")
        try:
            notice = ensure_private_dir(self.root, own=layout.looks_like_data_folder)
        except OSError as error:
            raise WriteFailed(
                f"could not make the data folder {self.root}: {error.strerror or error}; "
                "nothing was saved"
            ) from None
        if notice:
            self.notices.append(notice)

    # --- reading ----------------------------------------------------------------

    def read(self, path: Path, kind: FileKind) -> Record:
        """One record file; RecordError (with the reason) when it cannot be used."""
        try:
            # Only a plain file, never through a link (the data format guide), never blocking.
            data = read_file(path, max_bytes=MAX_RECORD_BYTES, follow_links=False)
        except FileTooLarge:
            raise RecordError(
                f"too large to be a record (more than {MAX_RECORD_BYTES // 1024 // 1024} MB)"
            ) from None
        except NotRegularFile as error:
            raise RecordError(reason(error)) from None
        except OSError as error:
            raise UnreadableFile(f"cannot be read: {error.strerror or error}") from None
        record = parse(data, path, kind.value)
        if self.path_for(record) != path:
            # A copy under another name (a sync tool's, a hand-made one) is not the record:
            # loading it would show the record twice, and saving it would write elsewhere.
            raise RecordError(
                f"its id or date does not match its file name (it belongs in "
                f"{self.path_for(record).relative_to(self.root)}); not loaded"
            )
        return record

    def profile(self) -> Profile | None:
        """The profile, or None before the first start. A broken one raises RecordError."""
        path = self.root / layout.PROFILE
        if not path.exists():
            return None
        record = self.read(path, FileKind.PROFILE)
        assert isinstance(record, Profile)
        return record

    def goal(self, goal_id: str) -> Goal:
        path = self.goal_path(goal_id)
        if not layout.ID_PATTERN.fullmatch(goal_id) or not path.exists():
            raise NotFound(f"no goal with id '{one_line(goal_id, 60)}'")
        try:
            record = self.read(path, FileKind.GOAL)
        except RecordError as error:
            raise LederbogError(f"{path}: {error}") from None
        assert isinstance(record, Goal)
        # One goal, read to be changed: note whether its file is in our own form, so that
        # a check-in appends to it (one render now instead of a full rewrite at the save).
        if record.origin is not None:
            try:
                data = path.read_bytes()
            except OSError:
                return record
            if digest(data) == record.origin.digest and is_own_form(data, record):
                self._remember_own_form(record.origin.digest, to_document(record))
        return record

    def _remember_own_form(self, key: str, document: dict[str, Any]) -> None:
        # A copy: the record's own lists (in keys Lederbog does not know) may change later.
        self._own_form[key] = _copied(document)
        while len(self._own_form) > _OWN_FORM_KEPT:
            del self._own_form[next(iter(self._own_form))]

    def _appended(self, record: Goal) -> tuple[bytes, dict[str, Any]] | None:
        """The goal's file plus the new check-ins (and its document), when that is all it is."""
        origin = record.origin
        before = self._own_form.get(origin.digest) if origin is not None else None
        if origin is None or before is None:
            return None
        try:
            current = origin.path.read_bytes()
        except OSError:
            return None
        if digest(current) != origin.digest:
            return None  # changed on disk: the full save below keeps both versions
        appended = append_checkins(current, before, record)
        if appended is None:
            return None
        data, added = appended
        return data, {**before, "checkins": before["checkins"] + _copied(added)}

    def entries(self, kind: FileKind) -> Iterator[Path]:
        """The record files of one kind (only that kind's folder is walked)."""
        found = layout.scan(self.root, folders=(_FOLDER_OF[kind],), top=False)
        return (entry.path for entry in found if entry.kind is kind)

    def _load_all(
        self,
        kind: FileKind,
        cls: type[R],
        since: dt.date | None = None,
        until: dt.date | None = None,
        cache: RecordCache | None = None,
    ) -> Loaded[R]:
        if cache is None:
            return self._read_all(kind, cls, since, until, None)
        with cache.lock:
            return self._read_all(kind, cls, since, until, cache)

    def _read_all(
        self,
        kind: FileKind,
        cls: type[R],
        since: dt.date | None,
        until: dt.date | None,
        cache: RecordCache | None,
    ) -> Loaded[R]:
        loaded: Loaded[R] = Loaded()
        found = layout.scan(self.root, folders=(_FOLDER_OF[kind],), top=False)
        for entry in found:
            if entry.kind is FileKind.UNREADABLE:  # the rest still loads; this is named
                loaded.problems.append(BadFile(entry.path, entry.reason))
        first = since.isoformat() if since else ""
        last = until.isoformat() if until else "9999-99-99"
        paths = [entry.path for entry in found if entry.kind is kind]
        for path in paths:
            if (since or until) and not first <= path.name[:10] <= last:
                continue  # dated file names (the store refuses a record whose date differs)
            try:
                record = self.read(path, kind) if cache is None else cache.read(self, path, kind)
            except RecordError as error:
                loaded.problems.append(BadFile(path, str(error)))
                continue
            assert isinstance(record, cls)
            loaded.records.append(record)
        if cache is not None and not (since or until):
            cache.keep_only(paths)
        return loaded

    def goals(self) -> Loaded[Goal]:
        return self._load_all(FileKind.GOAL, Goal)

    def reflections(
        self, since: dt.date | None = None, until: dt.date | None = None
    ) -> Loaded[Reflection]:
        """Every reflection, or those dated `since`..`until` (only their files are read)."""
        loaded = self._load_all(FileKind.REFLECTION, Reflection, since, until)
        loaded.records.sort(key=lambda r: (r.date, r.created))
        return loaded

    def assessments(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        *,
        cache: RecordCache | None = None,
    ) -> Loaded[Assessment]:
        """Every assessment, or those dated `since`..`until` (only their files are read).

        With a `cache`, files unchanged since it last read them are not read again (the
        records it hands out are shared: for showing, not for changing).
        """
        loaded = self._load_all(FileKind.ASSESSMENT, Assessment, since, until, cache)
        loaded.records.sort(key=lambda a: (a.date, a.created))
        return loaded

    # --- writing ----------------------------------------------------------------

    def save(self, record: Record) -> SaveResult:
        """Save `record` where it belongs, or beside it when the file changed since it was read.

        Raises UnstorableText (text TOML cannot hold) or WriteFailed (the disk
        said no) with the old file untouched.
        """
        if not isinstance(record, Profile) and not layout.ID_PATTERN.fullmatch(record.id):
            raise LederbogError(
                f"'{one_line(record.id, 60)}' is not a valid id (use a-z, 0-9 and '-'); "
                "nothing was written"
            )
        appended = self._appended(record) if isinstance(record, Goal) else None
        if appended is not None:
            data, document = appended
        else:
            data = encode(record)  # refuses what cannot be stored before anything is touched
            document = None
        if len(data) > MAX_RECORD_BYTES:
            # Control characters take six bytes each in TOML: what fits as input may not fit here,
            # and a file the loader would refuse must never be acknowledged as saved.
            raise LederbogError(
                f"the record is too large to save ({len(data) // 1024 // 1024} MB as a file; "
                f"at most {MAX_RECORD_BYTES // 1024 // 1024} MB); nothing was saved"
            )
        target = self.path_for(record)
        self.prepare()
        self._make_folders(target.parent)
        try:
            with locked(self.root / layout.LOCK):
                return self._save_locked(record, target, data, document)
        except OSError as error:  # the lock file could not be made or locked
            raise WriteFailed(f"could not save {target}: {error.strerror or error}") from None

    def _save_locked(
        self, record: Record, target: Path, data: bytes, document: dict[str, Any] | None
    ) -> SaveResult:
        old = record.origin
        if old is not None and old.path != target and self._differs(old):
            # It moved (a new date) but was changed where it was: keep both, say so.
            return self._conflict_copy(old.path, data)
        if self._changed_since_read(record, target):
            return self._conflict_copy(target, data)
        precise = old.precise if old is not None else {}
        try:
            write_atomic(target, data)
        except SyncFailed:
            # The new file is in place regardless.
            record.origin = Origin(target, digest(data), precise)
            raise
        record.origin = Origin(target, digest(data), precise)
        if isinstance(record, Goal):
            if old is not None:
                self._own_form.pop(old.digest, None)
            if document is not None:  # appended: the document is already a copy of its own
                self._own_form[record.origin.digest] = document
            else:
                self._remember_own_form(record.origin.digest, to_document(record))
        if old is not None and old.path != target:
            self._remove_if_unchanged(old)
        return SaveResult(target)

    def trash(self, record: Record) -> Path:
        """Delete `record` by moving its file to `trash/<its own path>`; never unlinks.

        Refused (LederbogError, nothing moved) when the file changed on disk since the
        record was read: the leader would delete words they have not seen. A file
        already in the trash under that name is kept; the new one gets a numbered name.
        Returns where the file went.
        """
        origin = record.origin
        if origin is None:
            raise LederbogError("the record has not been saved, so there is nothing to delete")
        source = origin.path
        try:
            relative = source.relative_to(self.root)
        except ValueError:
            raise LederbogError(f"{source} is not in the data folder; not deleted") from None
        target = self.root / layout.TRASH / relative
        try:
            with locked(self.root / layout.LOCK):
                if self._differs(origin):
                    raise LederbogError(
                        f"{source} was changed by someone else since it was read; "
                        "it was not deleted"
                    )
                if not source.exists():
                    raise NotFound(f"{source} is no longer there; nothing to delete")
                self._make_folders(target.parent)
                stem, n = target.name[: -len(".toml")], 1
                while target.exists():
                    n += 1
                    target = target.with_name(f"{stem}-{n}.toml")
                os.replace(source, target)  # same file system: the data folder
                fsync_dir(target.parent)
                fsync_dir(source.parent)
        except OSError as error:
            raise WriteFailed(f"could not delete {source}: {error.strerror or error}") from None
        record.origin = None
        return target

    def _make_folders(self, folder: Path) -> None:
        """The folders down to `folder`, each private (mkdir's parents would use the umask)."""
        current = self.root
        for part in folder.relative_to(self.root).parts:
            current = current / part
            if not current.is_dir():
                try:
                    current.mkdir(mode=DIR_MODE, exist_ok=True)
                    os.chmod(current, DIR_MODE)
                    fsync_dir(
                        current.parent
                    )  # else a power cut can take the folder, and the record
                except OSError as error:  # e.g. a file where the folder belongs
                    raise WriteFailed(
                        f"could not make the folder {current}: {error.strerror or error}; "
                        "nothing was saved"
                    ) from None

    def _conflict_copy(self, beside: Path, data: bytes) -> SaveResult:
        copy = self._conflict_path(beside)
        write_atomic(copy, data)
        return SaveResult(copy, conflict=True)

    @staticmethod
    def _differs(origin: Origin) -> bool:
        """Whether the file a record was read from has changed since (gone counts as not)."""
        try:
            return digest(_read_raw(origin.path)) != origin.digest
        except FileNotFoundError:
            return False
        except OSError:
            return True

    def _changed_since_read(self, record: Record, target: Path) -> bool:
        try:
            current = _read_raw(target)
        except FileNotFoundError:
            return False  # a new record, or one deleted elsewhere: nothing to overwrite
        except OSError:
            return True
        origin = record.origin
        if origin is None or origin.path != target:
            return True  # a different record already lives there
        return digest(current) != origin.digest

    def _remove_if_unchanged(self, origin: Origin) -> None:
        """The old file of a record that moved (its date changed), if nobody touched it."""
        try:
            if digest(_read_raw(origin.path)) == origin.digest:
                origin.path.unlink()
        except OSError:
            pass

    def _conflict_path(self, target: Path) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        stem = target.name[: -len(".toml")]
        candidate = target.with_name(f"{stem}{layout.OWN_CONFLICT_MARK}{stamp}.toml")
        n = 1
        while candidate.exists():
            n += 1
            candidate = target.with_name(f"{stem}{layout.OWN_CONFLICT_MARK}{stamp}-{n}.toml")
        return candidate


def _read_raw(path: Path) -> bytes:
    """A record file's bytes for comparing; a FIFO or a link raises (OSError), never blocks."""
    return read_file(path, max_bytes=MAX_RECORD_BYTES, follow_links=False)


__all__ = ["BadFile", "Loaded", "NotFound", "SaveResult", "Store", "new_id", "slug"]
