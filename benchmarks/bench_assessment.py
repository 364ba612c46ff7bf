"""How long the Selvevaluering section takes to open with the reference data's 500 assessments.

Quality bar (PRODUCT.md, issue 11): every section opens within 200 ms of its key.

`lederbog` runs in a real 80x24 pseudo-terminal, a fresh process each time (the
section's modules are imported on its first visit, as on a leader's first visit),
key 5 is pressed a second after the first screen is up, as a leader would (the
workbook has read the assessments ahead by then), and the clock stops when the
history is drawn: the first area's trend (a row of blocks, one per rating), which is
drawn together with the list of assessments. The key pressed at once, before anything
is read ahead, is reported beside it, and so is the time to read and check the 500
files alone.

    python benchmarks/generate.py /tmp/ref
    python benchmarks/bench_assessment.py /tmp/ref [--runs N]
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Context, Figure, run_alone
from terminal import key_to_marker, lederbog

BAR_MS = 200.0


def marker(data: Path) -> tuple[bytes, int]:
    """What the history draws from the data (the first area's trend, a row of blocks made
    from every one of its ratings), and how many assessments it is drawn from."""
    from lederbog import assessments
    from lederbog.ui.widgets.assessment_history import sparkline
    from lederbog.workbook import open_workbook

    workbook = open_workbook(data)
    chosen = workbook.leader_frameworks()
    if not chosen:
        raise SystemExit("the reference data's profile names no framework")
    framework = chosen[0]
    shown = assessments.load(workbook.store, workbook.frameworks).of(framework.id)
    trend = sparkline(assessments.history_by_area(shown, framework)[framework.areas[0].id])
    if len(trend) < 8:
        raise SystemExit(f"only {len(shown)} assessments of {framework.id}: not the reference data")
    return trend.encode(), len(shown)


def load_once(data: Path) -> float:
    from lederbog import assessments
    from lederbog.frameworks import load_all
    from lederbog.store.store import Store

    frameworks = load_all(data)
    started = time.perf_counter()
    assessments.load(Store(data), frameworks)
    return time.perf_counter() - started


def scenario(ctx: Context) -> list[Figure]:
    """Opening Selvevaluering with 500 assessments, in a terminal, against the 200 ms bar."""
    runs = max(5, getattr(ctx.options, "runs", 7))
    with tempfile.TemporaryDirectory() as work:
        data = Path(work) / "data"
        shutil.copytree(ctx.data, data)  # never touch the reference itself
        drawn, count = marker(data)
        env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
        env["LEDERBOG_CACHE_DIR"] = str(Path(work) / "cache")
        argv = lederbog(data)
        key_to_marker(argv, env, b"5", drawn, after=1.0)  # the caches and the disk warmed
        later, at_once = [], []
        for _ in range(runs):  # alternately, so the machine's mood affects both alike
            later.append(key_to_marker(argv, env, b"5", drawn, after=1.0) * 1000)
            at_once.append(key_to_marker(argv, env, b"5", drawn, after=0.0) * 1000)
        loads = [load_once(data) * 1000 for _ in range(runs)]
    detail = (
        f"key 1 s after start, median of {runs}, slowest {max(later):.0f} ms; key at once "
        f"{statistics.median(at_once):.0f} ms; {count} assessments of the leader's framework "
        f"drawn; reading and checking all the files {statistics.median(loads):.0f} ms"
    )
    return [
        Figure(
            "Selvevaluering opens with 500 assessments (key to history drawn)",
            statistics.median(later),
            "ms",
            BAR_MS,
            detail,
        )
    ]


def main() -> int:
    return run_alone(__doc__, scenario, runs=7)


if __name__ == "__main__":
    sys.exit(main())
