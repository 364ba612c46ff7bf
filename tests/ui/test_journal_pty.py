"""Drafts survive the workbook being killed or its terminal closed.

The workbook runs as `lederbog` does, in a pseudo-terminal of 80x24; the test
types into a new reflection as a person would, ends the process the hard way,
starts it again and reads the screen for the draft offered back.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

import pytest

from lederbog.dates import format_date

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX"),
]

SRC = Path(__file__).resolve().parents[2] / "src"
_ESCAPE = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]")


class Terminal:
    """The workbook in a pseudo-terminal: keys in, the screen's text out."""

    def __init__(self, data_dir: Path, cache_dir: Path) -> None:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", "/tmp"),
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "PYTHONPATH": str(SRC),
            "LEDERBOG_DATA_DIR": str(data_dir),
            "LEDERBOG_CACHE_DIR": str(cache_dir),
            "XDG_CONFIG_HOME": str(cache_dir / "config"),
        }
        pid, fd = pty.fork()
        if pid == 0:  # the child: the workbook, exactly as the command starts it
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
            os.execve(sys.executable, [sys.executable, "-m", "lederbog", "--lang", "da"], env)
        self.pid = pid
        self.fd: int | None = fd
        self.output = ""

    def read(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while self.fd is not None and time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if not ready:
                continue
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return
            if not data:
                return
            self.output += data.decode("utf-8", "replace")

    @property
    def text(self) -> str:
        """What was drawn, without the escape sequences between the pieces of text."""
        return _ESCAPE.sub("", self.output)

    def wait_for(self, *words: str, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.read(0.2)
            if all(word in self.text for word in words):
                return
        tail = self.text[-1500:]
        raise AssertionError(f"the screen never showed {words!r}; last text drawn:\n{tail}")

    def type(self, keys: str) -> None:
        assert self.fd is not None
        os.write(self.fd, keys.encode("utf-8"))

    def close_terminal(self) -> None:
        """Close the terminal as a window closing would: the workbook gets SIGHUP."""
        assert self.fd is not None
        os.close(self.fd)
        self.fd = None

    def wait(self, seconds: float = 20) -> int:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.read(0.1)
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                return status
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        raise AssertionError("the workbook did not end")

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        self.wait()

    def stop(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def drafts_in(data_dir: Path) -> list[Path]:
    folder = data_dir / "drafts"
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def start_writing(data_dir: Path, cache_dir: Path, words: str) -> Terminal:
    from lederbog.model.records import FrameworkChoice, Profile
    from lederbog.store.store import Store

    # A leader with a profile: the workbook opens on Oversigt, not on the first-start form.
    Store(data_dir).save(
        Profile("Mette Holm", "STUK", "da", [FrameworkChoice("stuk", "teamleder")])
    )
    terminal = Terminal(data_dir, cache_dir)
    terminal.wait_for("Ledelsesgrundlag")
    terminal.type("4")
    terminal.wait_for("Din dagbog er tom")
    terminal.type("n")
    terminal.wait_for("PRIVAT")
    terminal.type(words)
    terminal.wait_for(words)
    return terminal


def assert_offered_back(data_dir: Path, cache_dir: Path, words: str) -> None:
    terminal = Terminal(data_dir, cache_dir)
    try:
        today = format_date(dt.date.today(), "da")
        terminal.wait_for("Du har en kladde", today, words)
        terminal.type("\r")  # Enter: continue writing it
        terminal.wait_for("PRIVAT")
        terminal.read(0.5)
        terminal.type(" og mere.")
        terminal.wait_for("og mere.")
        terminal.type("\x13")  # ctrl+s
        terminal.wait_for("Refleksionen er gemt")
    finally:
        terminal.stop()
    saved = list((data_dir / "journal").rglob("*.toml"))
    assert len(saved) == 1
    assert f"{words} og mere." in saved[0].read_text("utf-8")
    assert drafts_in(data_dir) == []


def test_a_killed_workbook_offers_the_draft_on_the_next_start(tmp_path: Path) -> None:
    data_dir, cache_dir = tmp_path / "data", tmp_path / "cache"
    words = "Tanker om mod efter mødet"
    terminal = start_writing(data_dir, cache_dir, words)
    try:
        # The draft is written about a second after the last keystroke.
        deadline = time.monotonic() + 10
        while not drafts_in(data_dir) and time.monotonic() < deadline:
            terminal.read(0.1)
        assert drafts_in(data_dir)
        terminal.kill()
    finally:
        terminal.stop()
    assert_offered_back(data_dir, cache_dir, words)


def test_a_closed_terminal_keeps_what_was_typed_just_before(tmp_path: Path) -> None:
    data_dir, cache_dir = tmp_path / "data", tmp_path / "cache"
    words = "Skrevet lige inden vinduet lukkede"
    terminal = start_writing(data_dir, cache_dir, words)
    try:
        # Closed at once, within the second before the draft would be written.
        terminal.close_terminal()
        status = terminal.wait()
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGHUP
    finally:
        terminal.stop()
    assert len(drafts_in(data_dir)) == 1
    assert_offered_back(data_dir, cache_dir, words)
