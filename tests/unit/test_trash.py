"""Deleting a record moves its file to trash/, never unlinks it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lederbog.errors import LederbogError
from lederbog.model.records import Goal, Reflection, now
from lederbog.store.store import Store


def _reflection(text: str = "Et godt møde.") -> Reflection:
    return Reflection(id="abc12345", created=now(), date=dt.date(2026, 11, 30), text=text)


def test_a_deleted_reflection_is_in_the_trash_at_its_own_path(data_dir: Path) -> None:
    store = Store(data_dir)
    record = _reflection()
    saved = store.save(record).path
    data = saved.read_bytes()
    where = store.trash(record)
    assert not saved.exists()
    assert where == data_dir / "trash" / "journal" / "2026" / saved.name
    assert where.read_bytes() == data
    assert [r.text for r in store.reflections().records] == []


def test_a_second_delete_of_the_same_name_keeps_the_first(data_dir: Path) -> None:
    store = Store(data_dir)
    goal = Goal(id="mål", created=now(), framework="stuk", area="driftsledelse", title="x")
    goal.id = "bedre-moeder"
    store.save(goal)
    first = store.trash(goal)
    again = Goal(id="bedre-moeder", created=now(), framework="stuk", area="x", title="y")
    store.save(again)
    second = store.trash(again)
    assert first.exists() and second.exists() and first != second


def test_a_record_changed_on_disk_is_not_deleted(data_dir: Path) -> None:
    store = Store(data_dir)
    record = _reflection()
    path = store.save(record).path
    path.write_bytes(path.read_bytes().replace(b"godt", b"rigtig godt"))
    with pytest.raises(LederbogError, match="changed"):
        store.trash(record)
    assert b"rigtig godt" in path.read_bytes()
    assert not (data_dir / "trash").exists()
