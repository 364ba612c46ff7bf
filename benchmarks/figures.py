"""What a benchmark scenario reports: each figure with its bar, and whether it met it.

Every `bench_*.py` here exposes `scenario(ctx: Context) -> list[Figure]`;
`run.py` calls each in turn. A figure is either a ratio against a peer measured
in the same run (`peer` set) or an absolute value against a bar.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Context:
    """What every scenario is given: the reference data (benchmarks/generate.py) and options."""

    reference: Path  # the folder generate.py made: data/, jrnl/
    options: argparse.Namespace  # run.py's options (--jrnl, --runs, ...)

    @property
    def data(self) -> Path:
        return self.reference / "data"


@dataclass(frozen=True)
class Figure:
    name: str  # what was measured, e.g. "first screen vs bare Textual app"
    value: float  # the measurement (a ratio when `unit` is "x")
    unit: str  # "x", "ms", "MB", "s"
    bar: float  # the quality bar the value must not exceed
    detail: str = ""  # the raw numbers behind a ratio, e.g. "lederbog 512 ms, bare 430 ms"

    @property
    def met(self) -> bool:
        return self.value <= self.bar

    def line(self) -> str:
        mark = "ok  " if self.met else "FAIL"
        value = (
            f"{self.value:.2f}{self.unit}" if self.unit == "x" else f"{self.value:.1f} {self.unit}"
        )
        bar = f"{self.bar:.2f}{self.unit}" if self.unit == "x" else f"{self.bar:g} {self.unit}"
        detail = f"  ({self.detail})" if self.detail else ""
        return f"{mark} {self.name}: {value} (bar: at most {bar}){detail}"


def report(figures: list[Figure]) -> int:
    """Print each figure with its bar; 0 when every bar is met, else 1 (the exit code)."""
    for figure in figures:
        print(figure.line())
    return 0 if all(figure.met for figure in figures) else 1


def run_alone(doc: str, scenario: Callable[[Context], list[Figure]], **defaults: int) -> int:
    """A scenario run by itself: `python bench_x.py REF [--runs N ...]`, one `--name`
    option per default given (whole numbers), then `report`."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("reference", type=Path, help="the folder made by benchmarks/generate.py")
    for name, default in defaults.items():
        parser.add_argument(f"--{name}", type=int, default=default)
    options = parser.parse_args()
    return report(scenario(Context(options.reference, options)))
