"""Mål with ten years of goals: how fast the section opens, and what a check-in costs.

Quality bars (PRODUCT.md, issue 9):
- the section opens within 200 ms of its key with the reference data (120 goals,
  2,400 check-ins): from the key `3` until the list of goals has been read and drawn;
- a check-in on a goal that already has 100 check-ins saves within 1.2x the time of
  one on a new goal (a save costs the same, whatever the goal's history).

The first runs `lederbog` in a real 80x24 pseudo-terminal, a fresh process each
time (a section is built on its first visit), with the key pressed a second after
the first screen is up, as a leader would (the workbook reads the goals ahead by
then); the key pressed at once is reported beside it. The second through the store,
alternating between the two goals so the machine's mood affects both alike.

    python benchmarks/generate.py /tmp/ref
    python benchmarks/bench_goals.py /tmp/ref
"""

from __future__ import annotations

import datetime as dt
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

from lederbog import goals as rules
from lederbog.model.records import CheckIn, Goal, now
from lederbog.store.store import Store

OPEN_BAR_MS = 200.0
DAY = dt.date(2026, 12, 1)


def time_to_goals(data: Path, env: dict[str, str], after: float) -> float:
    """Seconds from the key `3` until Mål shows the goals, in an 80x24 pty.

    The key is pressed `after` seconds after the first screen is up, and the clock
    stops when the bar above the list says how many goals there are ("... af 120"),
    which is drawn together with the list.
    """
    total = len(list((data / "goals").glob("*.toml")))
    return key_to_marker(lederbog(data), env, b"3", f" af {total} ".encode(), after=after)


def open_times(data: Path, env: dict[str, str], runs: int, after: float) -> list[float]:
    time_to_goals(data, env, after)  # warm up: the files in the page cache
    return [time_to_goals(data, env, after) for _ in range(runs)]


def _goal(goal_id: str, checkins: int) -> Goal:
    start = dt.date(2018, 1, 1)
    return Goal(
        id=goal_id,
        created=now(),
        framework="stuk",
        area="driftsledelse",
        title=f"Mål {goal_id}",
        why="Fordi det betyder noget for teamet. " * 4,
        success="Når alle kan mærke forskellen. " * 3,
        checkins=[
            CheckIn(start + dt.timedelta(days=7 * n), min(100, n), f"Uge {n}: godt på vej. " * 3)
            for n in range(checkins)
        ],
    )


def checkin_once(store: Store, goal_id: str, history: int) -> float:
    store.save(_goal(goal_id, history))  # not timed: the goal as it is before the check-in
    goal = store.goal(goal_id)
    started = time.perf_counter()
    rules.add_checkin(goal, 60, "Et godt møde i dag, og næste skridt er aftalt.", DAY)
    store.save(goal)
    return time.perf_counter() - started


def checkin_times(folder: Path, runs: int) -> dict[str, list[float]]:
    store = Store(folder)
    times: dict[str, list[float]] = {"new": [], "100": []}
    checkin_once(store, "warm-up", 100)
    for n in range(runs):
        times["new"].append(checkin_once(store, f"ny-{n}", 0))
        times["100"].append(checkin_once(store, f"lang-{n}", 100))
    return times


def scenario(ctx: Context) -> list[Figure]:
    """Mål opens with ten years of goals within 200 ms; a check-in costs the same on any goal."""
    runs = max(getattr(ctx.options, "runs", 7), 5)
    saves = getattr(ctx.options, "saves", 100)
    with tempfile.TemporaryDirectory() as work:
        data = Path(work) / "data"
        shutil.copytree(ctx.data, data)  # never touch the reference itself
        env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
        env["LEDERBOG_CACHE_DIR"] = str(Path(work) / "cache")
        opened = open_times(data, env, runs, 1.0)
        at_once = open_times(data, env, runs, 0.0)
        saved = checkin_times(Path(work) / "checkins", saves)
    open_ms = statistics.median(opened) * 1000
    at_once_ms = statistics.median(at_once) * 1000
    new_ms = statistics.median(saved["new"]) * 1000
    long_ms = statistics.median(saved["100"]) * 1000
    return [
        Figure(
            "Mål opens with the reference data (key to list drawn)",
            open_ms,
            "ms",
            OPEN_BAR_MS,
            f"key 1 s after start, median of {len(opened)}, slowest {max(opened) * 1000:.0f} ms; "
            f"key at once (before the goals are read ahead) {at_once_ms:.0f} ms",
        ),
        Figure(
            "check-in on a goal with 100 check-ins vs a new goal",
            long_ms / new_ms,
            "x",
            1.2,
            f"100 check-ins {long_ms:.2f} ms, new goal {new_ms:.2f} ms",
        ),
    ]


def main() -> int:
    return run_alone(__doc__, scenario, runs=7, saves=100)


if __name__ == "__main__":
    sys.exit(main())
