"""A check-in on a goal in Lederbog's own form appends to its file; the result is the same."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lederbog import goals as rules
from lederbog.model.records import CheckIn, Goal
from lederbog.store.codec import encode, parse
from lederbog.store.store import Store

DAY = dt.date(2026, 12, 1)
CREATED = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def long_goal(store: Store, n: int = 30) -> Path:
    goal = Goal(
        "lang",
        CREATED,
        "stuk",
        "driftsledelse",
        "Langt mål",
        checkins=[CheckIn(DAY - dt.timedelta(days=n - i), i, f"uge {i}") for i in range(n)],
    )
    return store.save(goal).path


def test_an_appended_checkin_gives_the_bytes_a_full_save_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path)
    path = long_goal(store)
    before = path.read_bytes()
    fresh = Store(tmp_path)  # as after a restart: the file is checked when the goal is read
    goal = fresh.goal("lang")
    rules.add_checkin(goal, 60, "Et godt møde\nmed to linjer", DAY)

    def no_full_encode(record: object) -> bytes:
        raise AssertionError("the whole goal was encoded again")

    with monkeypatch.context() as patch:
        patch.setattr("lederbog.store.store.encode", no_full_encode)
        fresh.save(goal)
    after = path.read_bytes()
    assert after.startswith(before)  # appended
    assert after == encode(goal)  # exactly what a full save writes
    back = parse(after, path, "goal")
    assert isinstance(back, Goal) and back.checkins == goal.checkins
    rules.add_checkin(goal, 70, "og igen", DAY)  # the next one appends too
    fresh.save(goal)
    assert path.read_bytes().startswith(after)
    assert path.read_bytes() == encode(goal)


def test_text_that_needs_escapes_in_an_appended_checkin_comes_back_exactly(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path)
    path = long_goal(store)
    goal = store.goal("lang")
    note = 'CRLF\r\nlinje\ttab "citat" \\ emoji 🎯 \'\'\' """'
    rules.add_checkin(goal, 61, note, DAY)
    store.save(goal)
    back = parse(path.read_bytes(), path, "goal")
    assert isinstance(back, Goal)
    assert back.checkins[-1].note == note
    assert back.checkins == goal.checkins


def test_a_hand_written_file_is_saved_in_full(tmp_path: Path) -> None:
    (tmp_path / "goals").mkdir()
    path = tmp_path / "goals" / "haand.toml"
    path.write_text(
        'schema = 1\nkind = "goal"\nid = "haand"\ncreated = 2026-01-01T09:00:00+01:00\n'
        'framework = "stuk"\narea = "driftsledelse"\ntitle = "Hånd"  # min kommentar\n'
        'checkins = [{ date = 2026-11-01, progress = 10, note = "x" }]\n',
        encoding="utf-8",
    )
    store = Store(tmp_path)
    goal = store.goal("haand")
    rules.add_checkin(goal, 20, "y", DAY)
    store.save(goal)
    back = parse(path.read_bytes(), path, "goal")
    assert isinstance(back, Goal)
    assert [c.progress for c in back.checkins] == [10, 20]
    assert path.read_bytes() == encode(goal)


def test_other_changes_with_a_checkin_are_not_lost(tmp_path: Path) -> None:
    store = Store(tmp_path)
    path = long_goal(store)
    goal = store.goal("lang")
    goal.extra["mine"] = [1]
    store.save(goal)
    goal = store.goal("lang")
    goal.extra["mine"].append(2)  # changed in place, as a caller might
    rules.change_status(goal, "paused", DAY)
    rules.add_checkin(goal, 99, "", DAY)
    store.save(goal)
    back = parse(path.read_bytes(), path, "goal")
    assert isinstance(back, Goal)
    assert back.extra["mine"] == [1, 2]
    assert back.status == "paused" and back.checkins[-1].progress == 99


def test_a_checkin_after_a_change_on_disk_is_a_conflict_copy(tmp_path: Path) -> None:
    store = Store(tmp_path)
    path = long_goal(store)
    goal = store.goal("lang")
    other = path.read_text("utf-8").replace('title = "Langt mål"', 'title = "Andet"')
    path.write_text(other, encoding="utf-8")
    rules.add_checkin(goal, 50, "min", DAY)
    result = store.save(goal)
    assert result.conflict
    assert path.read_text("utf-8") == other
    copy = parse(result.path.read_bytes(), path, "goal")
    assert isinstance(copy, Goal) and copy.checkins[-1].note == "min"
