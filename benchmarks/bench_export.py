"""`lederbog export --format html` of a year of the reference data: time and memory.

Quality bar (PRODUCT.md): exporting a year to HTML takes under a second and memory
stays under 150 MB. Measured as a leader runs it, the whole command in a fresh
process (imports, reading the year's records, gathering, Jinja2, writing), the
median of several runs; memory is the process's peak resident size.

    python benchmarks/generate.py /tmp/ref
    python benchmarks/bench_export.py /tmp/ref
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Context, Figure, run_alone

SECONDS_BAR = 1.0
MEMORY_BAR_MB = 150.0
SRC = Path(__file__).resolve().parent.parent / "src"
UNTIL = "2026-11-30"
SINCE = "2025-12-01"


def _once(data: Path, target: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak resident MB of one `lederbog export --format html`."""
    argv = [sys.executable, "-m", "lederbog", "export", "--data-dir", str(data)]
    argv += ["--format", "html", "--since", SINCE, "--until", UNTIL, "-o", str(target), "--force"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"export failed: {done.stderr.strip()}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far (KB on Linux): each run is one child.
    return elapsed, max(peak, before) / 1024


def scenario(ctx: Context) -> list[Figure]:
    runs = max(3, ctx.options.runs)
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, PYTHONPATH=str(SRC), LEDERBOG_CACHE_DIR=str(Path(work) / "c"))
        target = Path(work) / "year.html"
        _once(ctx.data, target, env)  # warm the file cache and byte-code, untimed
        times, memory = [], 0.0
        for _ in range(runs):
            seconds, peak = _once(ctx.data, target, env)
            times.append(seconds)
            memory = max(memory, peak)
        size = target.stat().st_size // 1024
    median = statistics.median(times)
    return [
        Figure(
            "a year to HTML (whole command)",
            median,
            "s",
            SECONDS_BAR,
            f"median of {runs}, slowest {max(times):.2f} s, {size} KB written",
        ),
        Figure("memory of the HTML export", memory, "MB", MEMORY_BAR_MB, "peak resident size"),
    ]


def main() -> int:
    return run_alone(__doc__, scenario, runs=7)


if __name__ == "__main__":
    sys.exit(main())
