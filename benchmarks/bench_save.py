"""Saving a reflection with ten years of data next to saving it in an empty folder.

Quality bar (PRODUCT.md): the same time with the reference data as with an
empty folder, within 20 %. Measured two ways, alternating between the two
folders so the machine's mood affects both alike: the store's save itself
(in-process, many saves), and the whole `lederbog note` command.

    python benchmarks/generate.py /tmp/ref
    python benchmarks/bench_save.py /tmp/ref
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Context, Figure, run_alone

from lederbog.model.records import Reflection, now
from lederbog.store.store import Store, new_id

TEXT = "Godt 1:1 med Anna om prioriteringer. " * 20


def save_once(store: Store) -> float:
    reflection = Reflection(new_id(), now(), dt.date(2026, 11, 25), TEXT, tags=["bench"])
    started = time.perf_counter()
    store.save(reflection)
    return time.perf_counter() - started


def note_once(data: Path, env: dict[str, str]) -> float:
    argv = [sys.executable, "-m", "lederbog", "note", "--data-dir", str(data), TEXT]
    argv += ["--area", "stuk/driftsledelse", "--tag", "bench"]
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def scenario(ctx: Context) -> list[Figure]:
    """Saving with ten years of data against an empty folder (the store, and `lederbog note`)."""
    saves_n = getattr(ctx.options, "saves", 200)
    notes_n = getattr(ctx.options, "notes", 15)
    with tempfile.TemporaryDirectory() as work:
        full = Path(work) / "full"
        empty = Path(work) / "empty"
        shutil.copytree(ctx.data, full)  # never touch the reference itself
        stores = {"empty": Store(empty), "full": Store(full)}
        saves: dict[str, list[float]] = {"empty": [], "full": []}
        for store in stores.values():
            save_once(store)  # warm up: folders made, modules loaded
        for _ in range(saves_n):
            for name, store in stores.items():
                saves[name].append(save_once(store))
        env = dict(os.environ, LEDERBOG_CACHE_DIR=str(Path(work) / "cache"))
        notes: dict[str, list[float]] = {"empty": [], "full": []}
        for _ in range(notes_n):
            for name, folder in (("empty", empty), ("full", full)):
                notes[name].append(note_once(folder, env))
    figures = []
    for label, runs in (("save (in-process)", saves), ("lederbog note", notes)):
        empty_median = statistics.median(runs["empty"])
        full_median = statistics.median(runs["full"])
        detail = f"ten years {full_median * 1000:.2f} ms, empty {empty_median * 1000:.2f} ms"
        figures.append(
            Figure(f"{label} with ten years vs empty", full_median / empty_median, "x", 1.2, detail)
        )
    return figures


def main() -> int:
    return run_alone(__doc__, scenario, saves=200, notes=15)


if __name__ == "__main__":
    sys.exit(main())
