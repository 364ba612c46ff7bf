"""Writing a file so that a crash, a full disk or a failing fsync never loses the old one.

The new bytes go to a temporary file in the same folder, are flushed and
fsynced, read back and compared, and only then renamed over the target; the
folder is fsynced so the rename itself survives a power cut. Temporary files
are hidden (`.name.tmp-XXXX`), so a crash leaves at worst a stray temp file,
which the loader never takes for a record and `lederbog doctor` reports.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from lederbog.errors import LederbogError

TEMP_MARK = ".tmp-"
FILE_MODE = 0o600
DIR_MODE = 0o700


class WriteFailed(LederbogError):
    """A save that did not happen; the old file, if any, is as it was."""


class SyncFailed(WriteFailed):
    """The new file is in place, but the folder's fsync failed: a power cut could undo it."""


def is_temp_name(name: str) -> bool:
    return name.startswith(".") and TEMP_MARK in name


def _describe(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.EROFS:
        return "the disk is read-only"
    return error.strerror or str(error)


def fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":  # folders cannot be opened for fsync there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(target: Path, data: bytes) -> None:
    """Replace `target` with `data`, or leave it untouched and raise WriteFailed."""
    try:
        fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}{TEMP_MARK}")
    except OSError as error:
        raise WriteFailed(f"could not save {target}: {_describe(error)}") from None
    temp = Path(temp_name)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                if written <= 0:  # no progress and no error: retrying would spin forever
                    raise OSError(errno.EIO, "the disk accepted none of the data")
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if temp.read_bytes() != data:
            raise WriteFailed(
                f"could not save {target}: what was written did not read back the same"
            )
        os.replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise WriteFailed(f"could not save {target}: {_describe(error)}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    try:
        fsync_dir(target.parent)
    except OSError as error:
        raise SyncFailed(
            f"saved {target}, but the folder could not be synced to disk: {_describe(error)}"
        ) from None


def ensure_private_dir(folder: Path) -> str | None:
    """Make `folder` (and its parents) if needed, readable by the owner only.

    Returns a notice when an existing folder's looser permissions were tightened.
    """
    if not folder.exists():
        folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        os.chmod(folder, DIR_MODE)  # mkdir's mode is masked by the umask
        return None
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
    if sys.platform == "win32":
        return None
    mode = folder.stat().st_mode & 0o777
    if mode & 0o077:
        os.chmod(folder, DIR_MODE)
        return f"{folder} was readable by others (mode {mode:o}); made it private (700)"
    return None


@contextlib.contextmanager
def locked(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `lock_path` (a file of its own, never a record)."""
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
    finally:
        os.close(fd)  # on POSIX, closing the descriptor releases the lock
