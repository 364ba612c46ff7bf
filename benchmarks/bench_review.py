"""`lederbog review --summary` of 20 exports, and how fast a hostile export is refused.

Quality bars (PRODUCT.md, issue 12):
- `lederbog review --summary` of 20 exports of a year of the reference data takes
  under 2 seconds (the whole command, a fresh process, as a supervisor runs it);
- a hostile export (50 MB, 600-deep arrays, 40,000 dotted key parts) is refused in
  under 5 seconds each, with a good export beside it still printed.

The exports are made by `lederbog export --format toml` itself, one for each of 20
year-long periods ending half a year apart over the ten years of reference data;
each gets a leader name of its own, as 20 leaders' files would.

    python benchmarks/generate.py /tmp/ref
    python benchmarks/bench_review.py /tmp/ref
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

SUMMARY_BAR_S = 2.0
HOSTILE_BAR_S = 5.0
EXPORTS = 20
LAST_DAY = dt.date(2026, 11, 30)
SRC = Path(__file__).resolve().parent.parent / "src"


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(SRC), LEDERBOG_CACHE_DIR=str(work / "cache"))
    env.pop("LEDERBOG_DATA_DIR", None)
    return env


def _lederbog(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lederbog", *args], env=env, capture_output=True, text=True
    )


def make_exports(data: Path, folder: Path, env: dict[str, str]) -> list[Path]:
    files = []
    for n in range(EXPORTS):
        until = LAST_DAY - dt.timedelta(days=182 * n)
        since = until - dt.timedelta(days=364)
        path = folder / f"leder-{n:02d}.toml"
        done = _lederbog(
            [
                *("--data-dir", str(data), "export", "--format", "toml"),
                *("--since", str(since), "--until", str(until), "-o", str(path)),
            ],
            env,
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip())
        text = path.read_text(encoding="utf-8")
        head, marker, rest = text.partition("[leader]\nname = ")
        _name, newline, tail = rest.partition("\n")
        path.write_text(f'{head}{marker}"Leder {n + 1}"{newline}{tail}', encoding="utf-8")
        files.append(path)
    return files


def timed(args: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    done = _lederbog(args, env)
    return time.perf_counter() - started, done


def hostile_files(folder: Path, good: Path) -> dict[str, Path]:
    files = {"50 MB": folder / "huge.toml"}
    with files["50 MB"].open("wb") as out:
        out.write(good.read_bytes())
        out.truncate(50 * 1024 * 1024)
    files["600-deep arrays"] = folder / "deep.toml"
    files["600-deep arrays"].write_text("x = " + "[" * 600 + "]" * 600 + "\n")
    files["40,000 dotted keys"] = folder / "dotted.toml"
    files["40,000 dotted keys"].write_text("a." * 40_000 + "a = 1\n")
    return files


def scenario(ctx: Context) -> list[Figure]:
    runs = max(getattr(ctx.options, "runs", 5), 3)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        data = work / "data"
        shutil.copytree(ctx.data, data)  # never touch the reference itself
        env = _env(work)
        exports = work / "exports"
        exports.mkdir()
        files = make_exports(data, exports, env)
        size = sum(path.stat().st_size for path in files)
        args = ["--data-dir", str(work / "reviewer"), "review", "--summary", *map(str, files)]
        times = []
        for _ in range(runs):
            elapsed, done = timed(args, env)
            if done.returncode != 0 or len(done.stdout.splitlines()) < EXPORTS + 1:
                raise RuntimeError(f"review --summary failed: {done.stderr.strip()}")
            times.append(elapsed)
        if (work / "reviewer").exists():
            raise RuntimeError("review wrote to the reviewer's data folder")
        hostile = {}
        for name, path in hostile_files(work, files[0]).items():
            elapsed, done = timed(["review", "--summary", str(path), str(files[0])], env)
            if done.returncode != 1 or len(done.stderr.splitlines()) != 1:
                raise RuntimeError(f"{name}: not one clear error: {done.stderr.strip()}")
            hostile[name] = elapsed
    slowest = max(hostile, key=lambda name: hostile[name])
    return [
        Figure(
            f"review --summary of {EXPORTS} exports of a year",
            statistics.median(times),
            "s",
            SUMMARY_BAR_S,
            f"median of {len(times)}, slowest {max(times):.2f} s; {size / 1e6:.1f} MB of exports",
        ),
        Figure(
            "slowest hostile export refused (with a good one beside it)",
            hostile[slowest],
            "s",
            HOSTILE_BAR_S,
            ", ".join(f"{name} {value:.2f} s" for name, value in hostile.items()),
        ),
    ]


def main() -> int:
    return run_alone(__doc__, scenario, runs=5)


if __name__ == "__main__":
    sys.exit(main())
