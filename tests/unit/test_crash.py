"""A Lederbog killed in the middle of saving loses nothing it had said was saved.

A child process saves in a loop (new reflections, and one goal rewritten with
one more check-in each time) and prints an acknowledgement after every save()
that returned. The parent kills it with SIGKILL at a random moment, many times
over the same data folder, and after each kill checks what a restarted
Lederbog would find.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

from lederbog.model.records import Goal, Reflection
from lederbog.store.atomic import is_temp_name
from lederbog.store.codec import RecordError
from lederbog.store.layout import FileKind, scan
from lederbog.store.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")

ROUNDS = 25
GOAL_ID = "crash-goal"

CHILD = textwrap.dedent(
    """
    import datetime as dt
    import json
    import sys
    from pathlib import Path

    from lederbog.model.records import CheckIn, Goal, Reflection, now
    from lederbog.store.store import NotFound, Store, new_id

    root, round_no = Path(sys.argv[1]), int(sys.argv[2])
    store = Store(root)
    try:
        goal = store.goal(GOAL_ID)  # as a restarted Lederbog finds it
    except NotFound:
        goal = Goal(GOAL_ID, now(), "fw", "area", "Survive a crash")


    def ack(**fields):
        print(json.dumps(fields), flush=True)


    n = 0
    while True:
        n += 1
        text = f"round {round_no}, save {n}\\r\\n\\"\\"\\" \\\\ \\u202e😀\\x1b\\n" * (1 + n % 40)
        reflection = Reflection(new_id(), now(), dt.date(2026, 1 + n % 12, 1 + n % 28), text)
        result = store.save(reflection)
        if result.conflict:
            sys.exit(f"reflection saved as a conflict copy: {result.path}")
        ack(kind="reflection", id=reflection.id, text=text)

        note = f"round {round_no}, check-in {n}"
        goal.checkins.append(CheckIn(dt.date(2026, 1, 1), n % 101, note))
        result = store.save(goal)
        if result.conflict:
            sys.exit(f"goal saved as a conflict copy: {result.path}")
        ack(kind="goal", count=len(goal.checkins), note=note)
    """
).replace("GOAL_ID", repr(GOAL_ID))


def run_and_kill(script: Path, root: Path, round_no: int, delay: float) -> list[dict[str, Any]]:
    """Start the child, kill it `delay` seconds after its first ack; return every ack."""
    errors = script.with_name(f"stderr-{round_no}.txt")
    with errors.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(script), str(root), str(round_no)],
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
    assert child.stdout is not None
    lines: list[bytes] = []
    first_ack = threading.Event()

    def read() -> None:  # drain the pipe so the child never blocks on a full one
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line)
            first_ack.set()
        first_ack.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        first_ack.wait(timeout=60)
        if child.poll() is None:
            threading.Event().wait(delay)  # let it run on, then kill it mid-whatever
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reader.join()
        child.stdout.close()
    problem = errors.read_text(errors="replace")
    assert child.returncode == -signal.SIGKILL, f"the child stopped by itself:\n{problem}"
    assert lines, f"the child never acknowledged a save:\n{problem}"
    # A line cut off by the kill was never a complete acknowledgement.
    return [json.loads(line) for line in lines if line.endswith(b"\n")]


def test_killed_while_saving_keeps_everything_acknowledged(tmp_path: Path, data_dir: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    seed = random.randrange(2**32)
    rng = random.Random(seed)

    acked_texts: dict[str, str] = {}  # reflection id -> text, over all rounds
    acked_notes: dict[int, str] = {}  # check-in position -> note
    acked_count = 0
    temp_files_seen = 0

    for round_no in range(ROUNDS):
        delay = rng.uniform(0.05, 0.4)
        where = f"round {round_no} (seed {seed}, killed {delay:.3f} s after the first ack)"
        for ack in run_and_kill(script, data_dir, round_no, delay):
            if ack["kind"] == "reflection":
                acked_texts[ack["id"]] = ack["text"]
            else:
                acked_count = max(acked_count, ack["count"])
                acked_notes[ack["count"] - 1] = ack["note"]

        store = Store(data_dir)
        entries = scan(data_dir)
        kinds = {entry.kind for entry in entries}
        # Only records and, at worst, a temp file from the kill: no conflict copies
        # (there was only ever one writer) and nothing unexplained.
        assert kinds <= {FileKind.GOAL, FileKind.REFLECTION, FileKind.TEMP}, (where, kinds)
        temp_files_seen += sum(entry.kind is FileKind.TEMP for entry in entries)

        # Every record file parses: none is half-written.
        for entry in entries:
            if entry.kind is not FileKind.TEMP:
                try:
                    store.read(entry.path, entry.kind)
                except RecordError as error:
                    pytest.fail(f"{where}: {entry.path.name} is broken: {error}")

        reflections = store.reflections()
        assert reflections.problems == [], where
        found = {r.id: r for r in reflections.records}
        # A temp file is never taken for a record.
        for record in reflections.records:
            assert record.origin is not None
            assert not is_temp_name(record.origin.path.name), where
        # Every acknowledged reflection is there, with its exact text.
        missing = sorted(set(acked_texts) - set(found))
        assert missing == [], f"{where}: acknowledged reflections lost: {missing}"
        for rid, text in acked_texts.items():
            assert isinstance(found[rid], Reflection)
            assert found[rid].text == text, f"{where}: reflection {rid} changed"

        # The goal has every acknowledged check-in, in its place.
        goal = store.goal(GOAL_ID)
        assert isinstance(goal, Goal)
        assert len(goal.checkins) >= acked_count, where
        for position, note in acked_notes.items():
            assert goal.checkins[position].note == note, f"{where}: check-in {position}"

    # The child really saved in every round (each round's first ack is a new reflection).
    assert len(acked_texts) >= ROUNDS
    assert acked_count > 0
    print(
        f"seed {seed}: {len(acked_texts)} reflections and {acked_count} check-ins acknowledged, "
        f"{temp_files_seen} temp files seen after kills"
    )
