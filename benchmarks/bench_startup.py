"""How long until the workbook's first screen appears, next to a bare Textual app;
and how much memory the workbook holds once Oversigt has read ten years of records.

Quality bars (PRODUCT.md): the first screen with the reference data appears
within 1.3x the time a bare Textual app (Header, Static, Footer) takes; memory
stays under 150 MB.

Both programs run in a real pseudo-terminal of 80x24, as a person would start
them; the clock stops when the screen shows the leader's name on Oversigt (the
name in the reference data's profile.toml), which is drawn once the first screen
has been laid out. The two are measured alternately, so the machine's mood
affects both alike, and the medians are compared. The memory figure is the
process's peak resident set (VmHWM) after Oversigt has filled in its figures.

    python benchmarks/bench_startup.py [--data-dir DIR] [--runs N]

DIR defaults to a temporary empty folder; pass the folder made by
benchmarks/generate.py to measure with the reference data.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Context, Figure, report

# What Oversigt shows only once the figures have been read (days since a reflection).
LOADED = b"dage siden"

BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("bare-app-ready")
        yield Footer()

Bare().run()
"""


def time_to_marker(
    argv: list[str],
    marker: bytes,
    env: dict[str, str],
    timeout: float = 20,
    memory: list[float] | None = None,
) -> float:
    """Seconds from starting `argv` in an 80x24 pty until `marker` is on the screen.

    With `memory`, the run goes on until Oversigt has read the records (LOADED is
    drawn) and the process's peak resident memory, in MB, is appended to it.
    """
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    started = time.perf_counter()
    process = subprocess.Popen(
        argv,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
        start_new_session=True,
    )
    os.close(slave)
    seen = b""
    elapsed = float("nan")
    try:
        while time.perf_counter() - started < timeout:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            seen += chunk
            if elapsed != elapsed and marker in seen:
                elapsed = time.perf_counter() - started
                if memory is None:
                    break
            if memory is not None and elapsed == elapsed and LOADED in seen:
                time.sleep(0.5)  # let it settle after drawing
                memory.append(_peak_rss_mb(process.pid))
                break
    finally:
        process.kill()
        process.wait()
        os.close(master)
    if elapsed != elapsed:  # nan
        raise RuntimeError(f"{argv[:3]} never showed {marker!r}")
    return elapsed


def _peak_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc: memory cannot be measured here")


def scenario(ctx: Context) -> list[Figure]:
    """The first screen with the reference data against a bare Textual app, alternately;
    then the memory of the workbook once Oversigt has read the reference data."""
    return [_first_screen(ctx.data, ctx.options.runs), _memory(ctx.data)]


def _memory(data_dir: Path) -> Figure:
    lederbog = [sys.executable, "-m", "lederbog", "--data-dir", str(data_dir)]
    found: list[float] = []
    with tempfile.TemporaryDirectory() as cache:
        env = _env(cache)
        for _ in range(3):  # the first with a cold cache folder: the index is built
            time_to_marker(lederbog, _marker(data_dir), env, timeout=60, memory=found)
    peak = max(found)
    detail = f"peak resident memory once Oversigt has read the records, largest of {len(found)}"
    return Figure("memory of the workbook", peak, "MB", 150, detail)


def _marker(data_dir: Path) -> bytes:
    """The leader's name from the folder's profile; the welcome without one."""
    import tomllib

    try:
        name = tomllib.loads((data_dir / "profile.toml").read_text(encoding="utf-8"))["name"]
    except (OSError, ValueError, KeyError):
        return b"Velkommen til Lederbog"
    return str(name).encode("utf-8")


def _env(cache: str) -> dict[str, str]:
    # Its own cache folder (the index, the parsed frameworks), warmed by an untimed first run.
    return dict(
        os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24", LEDERBOG_CACHE_DIR=cache
    )


def _first_screen(data_dir: Path, runs: int) -> Figure:
    with tempfile.TemporaryDirectory() as cache:
        return _first_screen_with(data_dir, runs, _env(cache))


def _first_screen_with(data_dir: Path, runs: int, env: dict[str, str]) -> Figure:
    marker = _marker(data_dir)
    lederbog = [sys.executable, "-m", "lederbog", "--data-dir", str(data_dir)]
    bare = [sys.executable, "-c", BARE_APP]
    # Warm the file cache (and Lederbog's cache folder) once for each, untimed.
    time_to_marker(bare, b"bare-app-ready", env)
    # With a profile, the warm-up waits for the figures too: the search index is built then.
    warm: list[float] | None = [] if (data_dir / "profile.toml").exists() else None
    time_to_marker(lederbog, marker, env, timeout=60, memory=warm)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        theirs.append(time_to_marker(bare, b"bare-app-ready", env))
        ours.append(time_to_marker(lederbog, marker, env))
    bare_median = statistics.median(theirs)
    ours_median = statistics.median(ours)
    detail = (
        f"lederbog {ours_median * 1000:.0f} ms, bare {bare_median * 1000:.0f} ms, medians of {runs}"
    )
    return Figure("first screen vs bare Textual app", ours_median / bare_median, "x", 1.3, detail)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as empty:
        figures = [_first_screen(args.data_dir or Path(empty), args.runs)]
        if args.data_dir:
            figures.append(_memory(args.data_dir))
    return report(figures)


if __name__ == "__main__":
    sys.exit(main())
