"""`lederbog search WORD` next to `jrnl -contains WORD` over the same 3,650 entries.

Quality bar (PRODUCT.md): Lederbog's search takes at most a quarter of what
jrnl's takes. Both are run as a person would, as whole commands from the shell,
alternately, and the medians compared. Lederbog's index is warm (it was made
by an earlier search, as it is in daily use); the cold first search, which
builds the index, is reported too.

    python benchmarks/generate.py /tmp/ref
    python -m venv /tmp/jrnl-venv && /tmp/jrnl-venv/bin/pip install jrnl
    python benchmarks/bench_search.py /tmp/ref --jrnl /tmp/jrnl-venv/bin/jrnl
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, bytes]:
    started = time.perf_counter()
    result = subprocess.run(argv, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{argv[:3]} failed: {result.stderr.decode(errors='replace')}")
    return elapsed, result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", type=Path, help="the folder made by benchmarks/generate.py")
    parser.add_argument("--jrnl", default=shutil.which("jrnl"), help="the jrnl command")
    parser.add_argument("--word", default="budgetopfølgning")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if not args.jrnl:
        print("jrnl not found: install it in a venv and pass --jrnl PATH", file=sys.stderr)
        return 2
    data = args.reference / "data"
    config = args.reference / "jrnl" / "jrnl.yaml"
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, LEDERBOG_CACHE_DIR=cache, NO_COLOR="1")
        ours = [sys.executable, "-m", "lederbog", "search", "--data-dir", str(data), args.word]
        theirs = [args.jrnl, "--config-file", str(config), "-contains", args.word]
        cold, found = timed(ours, env)
        _, found_jrnl = timed(theirs, env)
        ours_times, theirs_times = [], []
        for _ in range(args.runs):
            ours_times.append(timed(ours, env)[0])
            theirs_times.append(timed(theirs, env)[0])
    matches = found.count(b"\n\n")
    ours_median = statistics.median(ours_times)
    theirs_median = statistics.median(theirs_times)
    ratio = ours_median / theirs_median
    print(f"word             : {args.word!r}; lederbog found {matches} reflections")
    print(f"jrnl -contains   : median {theirs_median * 1000:7.1f} ms over {args.runs} runs")
    print(f"lederbog search  : median {ours_median * 1000:7.1f} ms over {args.runs} runs (warm)")
    print(f"lederbog (cold)  : {cold * 1000:7.1f} ms, building the index from 3,650 files")
    print(f"ratio            : {ratio:.2f}x (bar: at most 0.25x)")
    if not found_jrnl:
        print("note: jrnl printed nothing; check its configuration", file=sys.stderr)
    return 0 if ratio <= 0.25 else 1


if __name__ == "__main__":
    sys.exit(main())
