"""A save the disk refuses leaves the old file exactly as it was.

The system calls `lederbog.store.atomic` makes (os.write, os.fsync, os.close,
os.replace, tempfile.mkstemp) are made to fail, one at a time, only while a
save runs. Every time: the old file is byte-identical, the error is a
WriteFailed with a message a person can act on, no temp file is left behind,
and the next save works.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lederbog.errors import LederbogError
from lederbog.model.records import CheckIn, Goal, Reflection
from lederbog.store.atomic import WriteFailed, is_temp_name
from lederbog.store.codec import encode
from lederbog.store.store import Store

REAL_WRITE = os.write
REAL_FSYNC = os.fsync
REAL_CLOSE = os.close
REAL_MKSTEMP = tempfile.mkstemp

CREATED = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def os_error(code: int) -> OSError:
    return OSError(code, os.strerror(code))


def temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if is_temp_name(p.name)]


def is_temp_fd(fd: int, folder: Path) -> bool:
    """Whether `fd` is the save's temp file (and not the lock file or the folder)."""
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        return False
    return any(p.stat().st_ino == info.st_ino for p in folder.iterdir() if is_temp_name(p.name))


# --- faults --------------------------------------------------------------------

Install = Callable[[pytest.MonkeyPatch, Path, list[str]], None]


@dataclass(frozen=True)
class Fault:
    name: str
    says: str  # what the message must say
    install: Install


def write_fails(code: int, first: int = 0) -> Install:
    """os.write fails with `code`; with `first`, after writing that many bytes (a full disk)."""

    def install(m: pytest.MonkeyPatch, folder: Path, hits: list[str]) -> None:
        calls = 0

        def write(fd: int, data: Any) -> int:
            nonlocal calls
            calls += 1
            if calls == 1 and first:
                return REAL_WRITE(fd, bytes(data)[:first])
            hits.append("write")
            raise os_error(code)

        m.setattr("lederbog.store.atomic.os.write", write)

    return install


def write_corrupts(how: str) -> Install:
    """os.write claims success but what lands on disk is not what was given."""

    def install(m: pytest.MonkeyPatch, folder: Path, hits: list[str]) -> None:
        def write(fd: int, data: Any) -> int:
            hits.append("write")
            raw = bytes(data)
            if how == "flipped":
                REAL_WRITE(fd, raw[:-2] + bytes([raw[-2] ^ 0x20]) + raw[-1:])
            else:  # "short": half the data, reported as all of it
                REAL_WRITE(fd, raw[: len(raw) // 2])
            return len(raw)

        m.setattr("lederbog.store.atomic.os.write", write)

    return install


def file_fsync_fails(code: int) -> Install:
    def install(m: pytest.MonkeyPatch, folder: Path, hits: list[str]) -> None:
        def fsync(fd: int) -> None:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                hits.append("fsync")
                raise os_error(code)
            REAL_FSYNC(fd)

        m.setattr("lederbog.store.atomic.os.fsync", fsync)

    return install


def close_fails(code: int) -> Install:
    """close() reports a delayed write error (as NFS does); the descriptor is closed."""

    def install(m: pytest.MonkeyPatch, folder: Path, hits: list[str]) -> None:
        def close(fd: int) -> None:
            temp = is_temp_fd(fd, folder)
            REAL_CLOSE(fd)
            if temp:
                hits.append("close")
                raise os_error(code)

        m.setattr("lederbog.store.atomic.os.close", close)

    return install


def replace_fails(code: int) -> Install:
    def install(m: pytest.MonkeyPatch, folder: Path, hits: list[str]) -> None:
        def replace(src: Any, dst: Any) -> None:
            hits.append("replace")
            raise os_error(code)

        m.setattr("lederbog.store.atomic.os.replace", replace)

    return install


def mkstemp_fails(code: int) -> Install:
    def install(m: pytest.MonkeyPatch, folder: Path, hits: list[str]) -> None:
        def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
            hits.append("mkstemp")
            raise os_error(code)

        m.setattr("lederbog.store.atomic.tempfile.mkstemp", mkstemp)

    return install


DISK_FULL = "the disk is full"
IO_ERROR = os.strerror(errno.EIO)
MISMATCH = "what was written did not read back the same"

FAULTS = [
    Fault("disk-full-on-first-write", DISK_FULL, write_fails(errno.ENOSPC)),
    Fault("disk-full-half-way", DISK_FULL, write_fails(errno.ENOSPC, first=100)),
    Fault("io-error-on-write", IO_ERROR, write_fails(errno.EIO)),
    Fault("disk-full-on-fsync", DISK_FULL, file_fsync_fails(errno.ENOSPC)),
    Fault("io-error-on-fsync", IO_ERROR, file_fsync_fails(errno.EIO)),
    Fault("io-error-on-close", IO_ERROR, close_fails(errno.EIO)),
    Fault("io-error-on-rename", IO_ERROR, replace_fails(errno.EIO)),
    Fault("permission-denied-on-rename", "permission denied", replace_fails(errno.EACCES)),
    Fault("read-only-on-rename", "the disk is read-only", replace_fails(errno.EROFS)),
    Fault("disk-full-creating-temp", DISK_FULL, mkstemp_fails(errno.ENOSPC)),
    Fault("read-back-flipped-byte", MISMATCH, write_corrupts("flipped")),
    Fault("read-back-short-write", MISMATCH, write_corrupts("short")),
]


# --- tests ---------------------------------------------------------------------


@pytest.fixture
def store(data_dir: Path) -> Store:
    return Store(data_dir)


@pytest.fixture
def goal(store: Store) -> Goal:
    """A goal already on disk, loaded the way the program loads it."""
    first = Goal(
        "lead-the-team",
        CREATED,
        "fw",
        "area",
        "Lead the team",
        why="Because\r\nit matters",
        checkins=[CheckIn(dt.date(2026, 11, 1), 10, "started")],
    )
    store.save(first)
    return store.goal(first.id)


def changed(goal: Goal) -> Goal:
    goal.title = "Lead the team well"
    goal.checkins.append(CheckIn(dt.date(2026, 11, 25), 40, "half way\r\nthere " * 200))
    return goal


@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_failed_save_leaves_the_old_file(store: Store, goal: Goal, fault: Fault) -> None:
    path = store.goal_path(goal.id)
    before = path.read_bytes()
    changed(goal)
    hits: list[str] = []

    with pytest.MonkeyPatch.context() as m:
        fault.install(m, path.parent, hits)
        with pytest.raises(WriteFailed) as failed:
            store.save(goal)

    assert hits, "the fault was never reached"
    error = failed.value
    assert isinstance(error, LederbogError)
    assert str(error) == f"could not save {path}: {fault.says}"
    assert path.read_bytes() == before
    assert temp_files(store.root) == []
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]

    # Nothing is stuck: the same record saves in place on the next try.
    result = store.save(goal)
    assert (result.path, result.conflict) == (path, False)
    assert store.goal(goal.id) == goal
    assert path.read_bytes() == encode(goal)


def test_failed_first_save_of_a_new_record_leaves_no_file(store: Store) -> None:
    reflection = Reflection("a1b2c3d4", CREATED, dt.date(2026, 11, 25), "Today\r\nI learned")
    hits: list[str] = []
    with pytest.MonkeyPatch.context() as m:
        write_fails(errno.ENOSPC, first=10)(m, store.root, hits)
        with pytest.raises(WriteFailed, match=DISK_FULL):
            store.save(reflection)
    assert hits
    assert [p for p in store.root.rglob("*") if p.is_file() and p.name != ".lock"] == []
    assert store.reflections().records == []

    store.save(reflection)
    assert store.reflections().records == [reflection]


def test_short_writes_are_continued(store: Store, goal: Goal) -> None:
    # The kernel may write less than asked; the save goes on until everything is written.
    calls = 0

    def write(fd: int, data: Any) -> int:
        nonlocal calls
        calls += 1
        return REAL_WRITE(fd, bytes(data)[:7])

    changed(goal)
    with pytest.MonkeyPatch.context() as m:
        m.setattr("lederbog.store.atomic.os.write", write)
        result = store.save(goal)
    assert calls > 100
    assert not result.conflict
    assert result.path.read_bytes() == encode(goal)
    assert store.goal(goal.id) == goal
    assert temp_files(store.root) == []


class Spinning(BaseException):
    """Raised by the fake below so a save that loops forever ends the test instead."""


def test_a_write_that_makes_no_progress_fails_instead_of_hanging(store: Store, goal: Goal) -> None:
    calls = 0

    def write(fd: int, data: Any) -> int:
        nonlocal calls
        calls += 1
        if calls > 1000:
            raise Spinning("save() kept calling os.write although nothing was written")
        return 0

    path = store.goal_path(goal.id)
    before = path.read_bytes()
    changed(goal)
    with pytest.MonkeyPatch.context() as m:
        m.setattr("lederbog.store.atomic.os.write", write)
        with pytest.raises(WriteFailed) as failed:
            store.save(goal)
    assert str(failed.value).startswith(f"could not save {path}: ")
    assert path.read_bytes() == before
    assert temp_files(store.root) == []


def test_interrupted_save_leaves_the_old_file(store: Store, goal: Goal) -> None:
    # Ctrl+C in the middle of a save.
    def write(fd: int, data: Any) -> int:
        REAL_WRITE(fd, bytes(data)[:50])
        raise KeyboardInterrupt

    path = store.goal_path(goal.id)
    before = path.read_bytes()
    changed(goal)
    with pytest.MonkeyPatch.context() as m:
        m.setattr("lederbog.store.atomic.os.write", write)
        with pytest.raises(KeyboardInterrupt):
            store.save(goal)
    assert path.read_bytes() == before
    assert temp_files(store.root) == []
    assert not store.save(goal).conflict


def dir_fsync_fails(m: pytest.MonkeyPatch, hits: list[str]) -> None:
    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            hits.append("fsync-dir")
            raise os_error(errno.EIO)
        REAL_FSYNC(fd)

    m.setattr("lederbog.store.atomic.os.fsync", fsync)


def test_folder_sync_failure_after_the_rename_says_the_file_was_saved(
    store: Store, goal: Goal
) -> None:
    path = store.goal_path(goal.id)
    changed(goal)
    hits: list[str] = []
    with pytest.MonkeyPatch.context() as m:
        dir_fsync_fails(m, hits)
        with pytest.raises(WriteFailed) as failed:
            store.save(goal)
    assert hits == ["fsync-dir"]
    assert str(failed.value) == (
        f"saved {path}, but the folder could not be synced to disk: {IO_ERROR}"
    )
    # The rename happened: the new version is the file, whole, as the message says.
    assert path.read_bytes() == encode(goal)
    assert temp_files(store.root) == []
    assert store.goal(goal.id) == goal

    # Working from what is on disk, the next save goes in place.
    again = store.goal(goal.id)
    again.checkins.append(CheckIn(dt.date(2026, 11, 26), 50, "next day"))
    result = store.save(again)
    assert (result.path, result.conflict) == (path, False)
    assert store.goal(goal.id) == again


def test_saving_again_after_a_folder_sync_failure_goes_in_place(store: Store, goal: Goal) -> None:
    path = store.goal_path(goal.id)
    changed(goal)
    with pytest.MonkeyPatch.context() as m:
        dir_fsync_fails(m, [])
        with pytest.raises(WriteFailed):
            store.save(goal)
    goal.checkins.append(CheckIn(dt.date(2026, 11, 26), 50, "next day"))
    result = store.save(goal)
    assert (result.path, result.conflict) == (path, False)


def test_a_lock_file_that_cannot_be_made_is_one_clear_error(store: Store, goal: Goal) -> None:
    path = store.goal_path(goal.id)
    before = path.read_bytes()
    changed(goal)
    lock = store.root / ".lock"
    lock.unlink()
    lock.mkdir()  # a folder where the lock file belongs: opening it for writing fails
    with pytest.raises(WriteFailed, match=r"^could not save .*lead"):
        store.save(goal)
    assert path.read_bytes() == before
    assert temp_files(store.root) == []


@pytest.mark.parametrize("bad_id", ["../../escaped", "Store-Bogstaver", "", "a/b", "mål"])
def test_an_id_that_is_not_a_file_name_is_refused_before_writing(
    store: Store, bad_id: str, tmp_path: Path
) -> None:
    reflection = Reflection(bad_id, dt.datetime.now().astimezone(), dt.date(2026, 1, 1), "x")
    reflection.created = reflection.created.replace(microsecond=0)
    files_before = sorted(tmp_path.rglob("*"))
    with pytest.raises(LederbogError, match="is not a valid id"):
        store.save(reflection)
    assert sorted(tmp_path.rglob("*")) == files_before
