"""Every quality bar of PRODUCT.md, measured in one run: `python benchmarks/run.py`.

Each `bench_*.py` in this folder exposes `scenario(ctx) -> list[Figure]`. This
runs them all (or those named with --only), prints each figure with its bar and
the ratio to its peer, and exits 1 when any bar is not met. The reference data
is made with generate.py when --reference is not given (into a temporary folder).
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from figures import Context, Figure  # noqa: E402


def scenario_names() -> list[str]:
    return sorted(path.stem.removeprefix("bench_") for path in HERE.glob("bench_*.py"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, help="a folder made by generate.py")
    parser.add_argument("--jrnl", default=shutil.which("jrnl"), help="the jrnl 4.6 command")
    parser.add_argument("--runs", type=int, default=7, help="repetitions of each timing")
    parser.add_argument("--only", action="append", choices=scenario_names(), default=None)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        reference = options.reference
        if reference is None:
            from generate import generate

            reference = Path(scratch) / "ref"
            print(f"making the reference data in {reference} ...", flush=True)
            generate(reference, 2026)
        ctx = Context(reference=reference, options=options)
        figures: list[Figure] = []
        for name in options.only or scenario_names():
            module = importlib.import_module(f"bench_{name}")
            print(f"== {name}", flush=True)
            try:
                found = module.scenario(ctx)
            except Exception as error:  # a scenario that cannot run has not met its bar
                print(f"FAIL {name}: could not run: {error}", flush=True)
                figures.append(Figure(f"{name} (did not run)", float("inf"), "x", 0.0))
                continue
            for figure in found:
                print(figure.line(), flush=True)
            figures.extend(found)
    failed = [figure for figure in figures if not figure.met]
    print(f"\n{len(figures) - len(failed)} of {len(figures)} bars met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
