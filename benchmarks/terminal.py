"""Lederbog in a real 80x24 pseudo-terminal, timed from a key to what it draws.

What a leader sees is measured: the program started as `lederbog` starts (a fresh
process, so a section's modules are imported on its first visit), a key written to
its terminal, and the clock stopped when the bytes written back contain the text
that is drawn together with what was asked for.
"""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

FIRST_SCREEN = b"Ledelsesgrundlag"  # in the section bar, on the first screen once it is drawn


def lederbog(data: Path) -> list[str]:
    """The command line that starts the workbook on `data`, in Danish."""
    return [sys.executable, "-m", "lederbog", "--data-dir", str(data), "--lang", "da"]


def key_to_marker(
    argv: list[str],
    env: dict[str, str],
    key: bytes,
    marker: bytes,
    *,
    after: float,
    timeout: float = 30.0,
) -> float:
    """Seconds from `key` until `marker` is drawn; the key is pressed `after` seconds
    after the first screen is up (0: at once)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    process = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True,
        start_new_session=True,
    )  # fmt: skip
    os.close(slave)
    seen = b""
    pressed: float | None = None
    elapsed = float("nan")
    started = time.perf_counter()
    try:
        while time.perf_counter() - started < timeout:
            if pressed is None and FIRST_SCREEN in seen:
                time.sleep(after)
                seen = b""  # only what is drawn after the key counts
                pressed = time.perf_counter()
                os.write(master, key)
            ready, _, _ = select.select([master], [], [], 0.01)
            if not ready:
                continue
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
            if pressed is not None and marker in seen:
                elapsed = time.perf_counter() - pressed
                break
    finally:
        process.kill()
        process.wait()
        os.close(master)
    if elapsed != elapsed:  # nan
        raise RuntimeError(f"after {key!r}, {marker!r} was never drawn")
    return elapsed
