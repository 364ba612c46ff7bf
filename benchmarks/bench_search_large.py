"""`lederbog search` with huge notes: the reference data plus twenty 4 MB notes and one
note of a single word written 600,000 times.

Quality bar (issue 7): the slowest of the searches below, warm, stays under 0.5 s.
Before, one matching 4 MB note took 18 s, nineteen of 1.5-4 MB made `search ledelse`
take three minutes, and the repeated word ran for over ten minutes: the cost of an
excerpt grew with the square of a note's size. Now an excerpt is cut from a bounded
window around the first match, which the index knows.

The searches: a word in every note (ledelse), a word in some reflections and in the
big notes only at their very end, a word form (its inflections), a prefix, a phrase,
and the repeated word. Whole commands, as a person runs them; the first search, which
indexes the 80 MB, is reported too.

    python benchmarks/bench_search_large.py /tmp/ref
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import lederbog, lederbog_env, timed
from figures import Context, Figure, run_alone

BAR = 0.5  # seconds, the slowest search
NOTE_BYTES = 4 * 1024 * 1024
NOTES = 20
REPEATED = 600_000
SEARCHES = [
    ["ledelse"],
    ["budgetopfølgning"],
    ["kvartalsmøde"],
    ["ledel*"],
    ["god ledelse"],
    ["slutord"],
    ["gentagelse"],
    ["ledelse", "-n", "20"],
]


def big_text(rng: random.Random) -> str:
    """About 4 MB of Danish leader's words, with the word "slutordet" only at the end."""
    from generate import COMPOUNDS, VOCABULARY

    words = VOCABULARY + COMPOUNDS[:40] + ["kvartalsmøder", "kvartalsmødet", "god", "ledelse"]
    parts: list[str] = []
    size = 0
    while size < NOTE_BYTES:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 16))) + ". "
        if rng.random() < 0.1:
            sentence += "\n\n"
        parts.append(sentence)
        size += len(sentence.encode("utf-8"))
    parts.append("Og til sidst slutordet.")
    return "".join(parts)


def add_big_notes(data: Path) -> None:
    from lederbog.model.records import Reflection
    from lederbog.store.store import Store

    store = Store(data)
    rng = random.Random(2026)
    created = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    for n in range(NOTES):
        note = Reflection(
            id=f"stor{n:04d}",
            created=created,
            date=dt.date(2026, 6, 1) + dt.timedelta(days=n),
            text=big_text(rng),
        )
        store.save(note)
    repeated = Reflection(
        id="gentaget",
        created=created,
        date=dt.date(2026, 7, 1),
        text=" ".join(["gentagelse"] * REPEATED),
    )
    store.save(repeated)


def scenario(ctx: Context) -> list[Figure]:
    """The slowest warm search over the reference data with twenty 4 MB notes added."""
    runs = max(ctx.options.runs // 2, 3)
    with (
        tempfile.TemporaryDirectory() as scratch,
        tempfile.TemporaryDirectory() as cache,
        tempfile.TemporaryDirectory() as pycache,
    ):
        data = Path(scratch) / "data"
        shutil.copytree(ctx.data, data)
        add_big_notes(data)
        env = lederbog_env(cache, pycache)
        timed(lederbog("search", "--data-dir", str(Path(cache) / "empty"), "x"), env)
        started = time.perf_counter()
        timed(lederbog("search", "--data-dir", str(data), "ledelse"), env)
        cold = time.perf_counter() - started
        times: dict[str, float] = {}
        for argv in SEARCHES:
            command = lederbog("search", "--data-dir", str(data), *argv)
            elapsed, out = timed(command, env)
            if not out:
                raise RuntimeError(f"search {' '.join(argv)} found nothing")
            more = [timed(command, env)[0] for _ in range(runs - 1)]
            times[" ".join(argv)] = statistics.median([elapsed, *more])
    slowest = max(times, key=lambda name: times[name])
    detail = (
        f"slowest: search {slowest!r} {times[slowest] * 1000:.0f} ms; "
        + ", ".join(f"{name!r} {value * 1000:.0f}" for name, value in times.items())
        + f" ms (medians of {runs}); first search, indexing the 84 MB: {cold:.1f} s"
    )
    return [Figure("slowest search with 4 MB notes", times[slowest], "s", BAR, detail)]


def main() -> int:
    return run_alone(__doc__, scenario, runs=7)


if __name__ == "__main__":
    sys.exit(main())
