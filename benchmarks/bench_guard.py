"""What the guarded TOML reader (lederbog.safetoml) costs, and what it saves.

Every file Lederbog parses goes through `loads_guarded`, which scans key
lengths and nesting before tomllib sees the text. The scan must not slow the
cold `lederbog search` (which parses all 3,650 reference reflections) by more
than 10 % of tomllib's own time, nor add more than 5 ms to the workbook's
start when the bundled frameworks are parsed anew. And a key of 40,000
dotted parts, which tomllib parses for half a minute, must be refused within
50 ms.

    python benchmarks/generate.py /tmp/ref
    python benchmarks/bench_guard.py /tmp/ref
"""

from __future__ import annotations

import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Context, Figure, run_alone

from lederbog import paths
from lederbog.safetoml import TomlRefused, check_shape, loads_guarded


def _best(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def _measure(texts: list[str], runs: int) -> tuple[float, float, float, str]:
    def plain() -> None:
        for text in texts:
            tomllib.loads(text)

    def guarded() -> None:
        for text in texts:
            loads_guarded(text, name="f", max_bytes=16 * 1024 * 1024)

    def scan_only() -> None:
        for text in texts:
            check_shape(text, name="f")

    # Alternately, so that the machine's mood affects all three alike.
    timings: dict[str, list[float]] = {"guarded": [], "plain": [], "scan": []}
    for _ in range(runs):
        for key, work in (("guarded", guarded), ("plain", plain), ("scan", scan_only)):
            timings[key].append(_best(work, 1))
    ours, theirs, scan = (min(timings[key]) for key in ("guarded", "plain", "scan"))
    detail = (
        f"{len(texts)} files: guarded {ours * 1000:.1f} ms, tomllib {theirs * 1000:.1f} ms, "
        f"the scan alone {scan * 1000:.1f} ms; best of {runs}"
    )
    return ours, theirs, scan, detail


def scenario(ctx: Context) -> list[Figure]:
    runs = getattr(ctx.options, "runs", 5) or 5
    records = [p.read_text("utf-8") for p in sorted((ctx.data / "journal").rglob("*.toml"))]
    if not records:
        raise RuntimeError(f"no reflections in {ctx.data}; run benchmarks/generate.py first")
    bundled = [p.read_text("utf-8") for p in sorted(paths.bundled_frameworks_dir().glob("*.toml"))]
    # The guarded reader is the scan, then tomllib: the scan is all it adds (timing the
    # whole of both and subtracting drowns a few milliseconds in a shared machine's noise).
    _, theirs, scan, detail = _measure(records, runs)
    added = scan / theirs
    figures = [Figure("the scan of the reflections vs tomllib's parse", added, "x", 0.10, detail)]
    # The bundled frameworks are parsed only when the parse cache misses (the first start
    # after an upgrade); what the scan adds then is counted in milliseconds of the start.
    _, _, scan, detail = _measure(bundled, runs)
    figures.append(Figure("the scan of the bundled frameworks", scan * 1000, "ms", 5, detail))
    hostile = "a" + ".a" * 40_000 + " = 1\n"

    def refuse() -> None:
        try:
            loads_guarded(hostile, name="hostile.toml", max_bytes=2 * 1024 * 1024)
        except TomlRefused:
            return
        raise RuntimeError("a key of 40,000 parts was not refused")

    figures.append(
        Figure(
            "refusing a key of 40,000 dotted parts",
            _best(refuse, runs) * 1000,
            "ms",
            50,
            "tomllib alone takes about half a minute on it",
        )
    )
    return figures


def main() -> int:
    return run_alone(__doc__, scenario, runs=5)


if __name__ == "__main__":
    sys.exit(main())
