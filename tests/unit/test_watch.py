"""The look at the record folders that makes changes on disk show up in the workbook."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from lederbog.model.records import Goal, Reflection
from lederbog.store.store import Store
from lederbog.store.watch import FolderWatch

ZONE = dt.UTC


def reflection(rid: str, day: dt.date) -> Reflection:
    return Reflection(id=rid, created=dt.datetime(2026, 1, 1, tzinfo=ZONE), date=day, text="x")


def test_nothing_changed_is_not_a_change(data_dir: Path) -> None:
    Store(data_dir).save(reflection("00000001", dt.date(2026, 3, 1)))
    watch = FolderWatch(data_dir)
    assert not watch.changed()
    assert not watch.changed()


def test_a_new_reflection_in_a_new_year_and_in_an_old_one(data_dir: Path) -> None:
    store = Store(data_dir)
    store.save(reflection("00000001", dt.date(2025, 3, 1)))
    watch = FolderWatch(data_dir)
    store.save(reflection("00000002", dt.date(2026, 3, 1)))  # a new year's folder
    assert watch.changed()
    assert not watch.changed()
    store.save(reflection("00000003", dt.date(2025, 4, 1)))  # into an existing folder
    assert watch.changed()


def test_a_goal_edited_in_place_and_a_record_moved_to_the_trash(data_dir: Path) -> None:
    store = Store(data_dir)
    goal = Goal(
        id="maal",
        created=dt.datetime(2026, 1, 1, tzinfo=ZONE),
        framework="stuk",
        area="driftsledelse",
        title="Et mål",
    )
    store.save(goal)
    watch = FolderWatch(data_dir)
    path = store.goal_path("maal")
    with open(path, "ab") as file:  # as a sync tool or an editor writing in place might
        file.write(b"\n")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert watch.changed()
    store.trash(store.goals().records[0])
    assert watch.changed()


def test_a_missing_data_folder_is_no_error(tmp_path: Path) -> None:
    watch = FolderWatch(tmp_path / "not-there")
    assert not watch.changed()
