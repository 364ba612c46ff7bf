"""Reading a file Lederbog parses, whatever sits at its name.

A sync tool or a hostile hand can put anything where a record belongs: a FIFO
(reading it blocks forever), a link to `/dev/zero` (reading never ends), a file
that grows while it is read. Every file Lederbog parses — records, the profile,
frameworks, the parsed-frameworks cache — is read here: opened without
blocking, used only if it is a regular file, and read with a cap on the bytes
actually read (never on what `stat` claimed).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_CHUNK = 1024 * 1024

# The messages, in one place (translated at the command line's edge).
NOT_A_FILE = "not a regular file ({what}); not read"
A_LINK = "a symbolic link; Lederbog reads its files only where they are, not through a link"
TOO_LARGE = "larger than {limit}; not read"


class NotRegularFile(OSError):
    """Something other than a plain file (a FIFO, a device, a folder, a refused link)."""


class FileTooLarge(OSError):
    """More bytes than the caller will take; nothing of it was used."""


def _what(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a plain file"


def size_text(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit // 1024 // 1024} MB"
    return f"{max(limit // 1024, 1)} KB"


def read_file(path: Path | str, *, max_bytes: int, follow_links: bool = True) -> bytes:
    """The bytes of the regular file at `path`, at most `max_bytes` of them.

    Raises NotRegularFile (a FIFO, a device, a folder, or a link when
    `follow_links` is false), FileTooLarge, or the OSError the system gave.
    Never blocks on what is not a file and never reads more than
    `max_bytes + 1` bytes.
    """
    flags = os.O_RDONLY | _NONBLOCK | _BINARY | _CLOEXEC
    if not follow_links:
        flags |= _NOFOLLOW
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP and not follow_links:
            raise NotRegularFile(errno.ELOOP, A_LINK, str(path)) from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(errno.EINVAL, NOT_A_FILE.format(what=_what(mode)), str(path))
        if _NONBLOCK:
            os.set_blocking(fd, True)  # a regular file: reads are plain reads again
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            raise FileTooLarge(errno.EFBIG, TOO_LARGE.format(limit=size_text(max_bytes)), str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)


def reason(error: OSError) -> str:
    """What went wrong, in words, without the path (callers name the file themselves)."""
    return error.strerror or str(error)
