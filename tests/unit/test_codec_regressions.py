"""Record files a person edited by hand: read safely, and saved again without loss."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from lederbog.errors import LederbogError
from lederbog.model.records import CheckIn
from lederbog.store.store import Store

GOAL = """\
schema = 1
kind = "goal"
id = "{id}"
created = 2026-11-25T09:30:00+01:00
framework = "fw"
area = "area"
title = "Lead the team"
"""


def write_goal(root: Path, goal_id: str, extra: str = "") -> Path:
    path = root / "goals" / f"{goal_id}.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GOAL.format(id=goal_id) + extra, encoding="utf-8")
    return path


def test_goal_with_nan_in_an_unknown_key_can_be_saved_again(data_dir: Path) -> None:
    # TOML has nan; nan is not equal to itself, which must not make the
    # read-back check refuse every later save of this goal.
    write_goal(
        data_dir,
        "nan-goal",
        "weight = nan\n\n[[checkins]]\ndate = 2026-11-25\nprogress = 10\nconfidence = nan\n",
    )
    store = Store(data_dir)
    goal = store.goal("nan-goal")
    goal.checkins.append(CheckIn(goal.checkins[0].date, 20, "later"))

    result = store.save(goal)

    assert not result.conflict
    back = store.goal("nan-goal")
    assert math.isnan(back.extra["weight"])
    assert math.isnan(back.checkins[0].extra["confidence"])
    assert [c.progress for c in back.checkins] == [10, 20]


def test_a_number_with_too_many_digits_is_a_bad_file_not_a_crash(data_dir: Path) -> None:
    # tomllib lets Python's int() digit limit escape as a plain ValueError.
    bad = write_goal(data_dir, "huge", "weight = " + "1" * 5000 + "\n")
    write_goal(data_dir, "fine")
    store = Store(data_dir)

    loaded = store.goals()

    assert [g.id for g in loaded.records] == ["fine"]
    assert [p.path for p in loaded.problems] == [bad]
    assert "too many digits" in loaded.problems[0].reason
    with pytest.raises(LederbogError, match="too many digits"):
        store.goal("huge")
