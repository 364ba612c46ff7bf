"""How long the Selvevaluering section takes to open with the reference data's 500 assessments.

Quality bar (PRODUCT.md): every section opens within 200 ms of its key. Measured in a
fresh process each run (so the section's modules are imported cold, as on a leader's
first visit): the workbook is started headless at 80x24, key 5 is pressed, and the
clock stops when the history shows every area of the leader's framework, drawn from
all of its assessments. The time to read and check the 500 files alone is reported too.

    python benchmarks/generate.py /tmp/ref
    python benchmarks/bench_assessment.py /tmp/ref [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Context, Figure

BAR_MS = 200.0

# Run in a child process: one cold opening of the section, printed as JSON. With "peer",
# the section opened is a bare one (the frame's header, section bar and footer around one
# Static) under key 6: what any section costs on this machine, measured the same way.
CHILD = r"""
import asyncio, json, sys, time
from pathlib import Path

import lederbog.ui.app as app_module
import lederbog.ui.sections as sections
from lederbog.ui.screens.section import SectionScreen

PEER = sys.argv[2] == "peer"
if PEER:
    from textual.widgets import Static

    class Bare(SectionScreen):
        SECTION = "export"

        def compose_body(self):
            yield Static("bare-section-ready")

    # In place of Eksport (key 6): a bare section, the frame around one Static.
    others = tuple(s for s in sections.SECTIONS if s.id != "export")
    sections.SECTIONS = (*others, sections.Section("export", Bare))
    app_module.SECTIONS = sections.SECTIONS


def ready(screen):
    if PEER:
        return isinstance(screen, SectionScreen) and screen.SECTION == "export"
    book = getattr(screen, "book", None)
    return book is not None and screen.query_one("#ah-areas").row_count > 0


async def main(data):
    app = app_module.make_app(Path(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # As a leader would: the key a moment after the first screen is up (and Oversigt
        # has read its figures), as bench_goals does; the section is still opened cold.
        await asyncio.sleep(1.0)
        started = time.perf_counter()
        await pilot.press("6" if PEER else "5")
        while not ready(app.screen):
            await asyncio.sleep(0.001)
        await pilot.pause()  # until the screen has been drawn with it
        elapsed = time.perf_counter() - started
        book = getattr(app.screen, "book", None)
        print(json.dumps({"ms": elapsed * 1000,
                          "assessments": len(book.assessments) if book else 0}))


asyncio.run(main(sys.argv[1]))
"""


def open_once(data: Path, env: dict[str, str], which: str = "assessment") -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), which],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    found: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def load_once(data: Path) -> float:
    from lederbog import assessments
    from lederbog.frameworks import load_all
    from lederbog.store.store import Store

    frameworks = load_all(data)
    started = time.perf_counter()
    assessments.load(Store(data), frameworks)
    return time.perf_counter() - started


def scenario(ctx: Context) -> list[Figure]:
    """Opening Selvevaluering with 500 assessments, cold, against the 200 ms bar."""
    runs = max(3, getattr(ctx.options, "runs", 7))
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parent.parent / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH", "")) if p)
    open_once(ctx.data, env)  # warm the parsed-frameworks cache and the disk cache
    opened, peers = [], []
    for _ in range(runs):  # alternately, so the machine's mood affects both alike
        opened.append(open_once(ctx.data, env))
        peers.append(open_once(ctx.data, env, "peer")["ms"])
    times = [o["ms"] for o in opened]
    loads = [load_once(ctx.data) * 1000 for _ in range(runs)]
    count = int(opened[0]["assessments"])
    median, peer = statistics.median(times), statistics.median(peers)
    detail = (
        f"median of {runs} cold openings with {count} assessments, min {min(times):.0f} ms; "
        f"a bare section {peer:.0f} ms the same way ({median / peer:.1f}x); reading and "
        f"checking the files {statistics.median(loads):.0f} ms"
    )
    return [Figure("Selvevaluering opens (500 assessments)", median, "ms", BAR_MS, detail)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", type=Path, help="a folder made by generate.py")
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    figures = scenario(Context(reference=options.reference, options=options))
    for figure in figures:
        print(figure.line())
    return 0 if all(figure.met for figure in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
