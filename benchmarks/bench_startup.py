"""How long until the workbook's first screen appears, next to a bare Textual app.

Quality bar (PRODUCT.md): the first screen with the reference data appears
within 1.3x the time a bare Textual app (Header, Static, Footer) takes.

Both programs run in a real pseudo-terminal of 80x24, as a person would start
them; the clock stops when the screen shows a marker text that is drawn only
once the first screen has been laid out. The two are measured alternately, so
the machine's mood affects both alike, and the medians are compared.

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

from figures import Context, Figure

# What the first screen shows once it is drawn.
MARKER = b"Ledelsesgrundlag"

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
    argv: list[str], marker: bytes, env: dict[str, str], timeout: float = 20
) -> float:
    """Seconds from starting `argv` in an 80x24 pty until `marker` is on the screen."""
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
            if marker in seen:
                elapsed = time.perf_counter() - started
                break
    finally:
        process.kill()
        process.wait()
        os.close(master)
    if elapsed != elapsed:  # nan
        raise RuntimeError(f"{argv[:3]} never showed {marker!r}")
    return elapsed


def scenario(ctx: Context) -> list[Figure]:
    """The first screen with the reference data against a bare Textual app, alternately."""
    return [_first_screen(ctx.data, ctx.options.runs)]


def _first_screen(data_dir: Path, runs: int) -> Figure:
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
    lederbog = [sys.executable, "-m", "lederbog", "--data-dir", str(data_dir)]
    bare = [sys.executable, "-c", BARE_APP]
    # Warm the file cache once for each, untimed.
    time_to_marker(bare, b"bare-app-ready", env)
    time_to_marker(lederbog, MARKER, env)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        theirs.append(time_to_marker(bare, b"bare-app-ready", env))
        ours.append(time_to_marker(lederbog, MARKER, env))
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
        figure = _first_screen(args.data_dir or Path(empty), args.runs)
    print(figure.line())
    return 0 if figure.met else 1


if __name__ == "__main__":
    sys.exit(main())
