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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
    with tempfile.TemporaryDirectory() as empty:
        data_dir = args.data_dir or Path(empty)
        lederbog = [sys.executable, "-m", "lederbog", "--data-dir", str(data_dir)]
        bare = [sys.executable, "-c", BARE_APP]
        # Warm the file cache once for each, untimed.
        time_to_marker(bare, b"bare-app-ready", env)
        time_to_marker(lederbog, b"Ledelsesgrundlag", env)
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(args.runs):
            theirs.append(time_to_marker(bare, b"bare-app-ready", env))
            ours.append(time_to_marker(lederbog, b"Ledelsesgrundlag", env))
    bare_median = statistics.median(theirs)
    ours_median = statistics.median(ours)
    ratio = ours_median / bare_median
    print(f"bare Textual app : median {bare_median * 1000:7.1f} ms over {args.runs} runs")
    print(f"lederbog         : median {ours_median * 1000:7.1f} ms over {args.runs} runs")
    print(f"ratio            : {ratio:.2f}x (bar: at most 1.30x)")
    return 0 if ratio <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())
