"""The rules of goals (lederbog.goals): progress, due dates, ordering, changes, the file."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from lederbog import goals as rules
from lederbog.frameworks import load_all
from lederbog.model.records import CheckIn, Goal, StatusChange
from lederbog.store.codec import RecordError, encode, parse
from lederbog.store.store import Store

TODAY = dt.date(2026, 12, 1)
CREATED = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
FRAMEWORKS = load_all(None)


def goal(goal_id: str = "g", **fields: object) -> Goal:
    values: dict[str, object] = {
        "framework": "stuk",
        "area": "driftsledelse",
        "title": goal_id.capitalize(),
    }
    values.update(fields)
    return Goal(id=goal_id, created=CREATED, **values)  # type: ignore[arg-type]


# --- progress -------------------------------------------------------------------


def test_progress_is_the_latest_checkin_by_date_not_by_position() -> None:
    g = goal(
        checkins=[
            CheckIn(dt.date(2026, 11, 20), 60),
            CheckIn(dt.date(2026, 11, 10), 30),  # typed in later, about an earlier day
        ]
    )
    assert g.progress == 60
    assert rules.last_checkin_date(g) == dt.date(2026, 11, 20)


def test_of_two_checkins_on_one_day_the_one_written_last_counts() -> None:
    g = goal(checkins=[CheckIn(TODAY, 40), CheckIn(TODAY, 45)])
    assert g.progress == 45
    assert [c.progress for c in rules.history(g)] == [45, 40]


def test_a_goal_without_checkins_has_progress_zero_and_no_last_date() -> None:
    g = goal()
    assert g.progress == 0
    assert rules.last_checkin_date(g) is None
    assert not rules.offers_done(g)


def test_history_is_newest_first() -> None:
    g = goal(
        checkins=[
            CheckIn(dt.date(2026, 10, 1), 10, "a"),
            CheckIn(dt.date(2026, 12, 1), 30, "c"),
            CheckIn(dt.date(2026, 11, 1), 20, "b"),
        ]
    )
    assert [c.note for c in rules.history(g)] == ["c", "b", "a"]


def test_done_is_offered_when_the_latest_checkin_is_100_and_the_goal_is_not_done() -> None:
    g = goal(checkins=[CheckIn(TODAY, 100)])
    assert rules.offers_done(g)
    g.status = "done"
    assert not rules.offers_done(g)
    g = goal(checkins=[CheckIn(TODAY - dt.timedelta(days=1), 100), CheckIn(TODAY, 90)])
    assert not rules.offers_done(g)


# --- due dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("due", "status", "overdue"),
    [
        (dt.date(2026, 11, 30), "active", True),
        (dt.date(2026, 11, 30), "paused", True),
        (dt.date(2026, 11, 30), "done", False),
        (dt.date(2026, 11, 30), "dropped", False),
        (TODAY, "active", False),  # due today is not late yet
        (dt.date(2027, 1, 1), "active", False),
        (None, "active", False),
    ],
)
def test_what_counts_as_overdue(due: dt.date | None, status: str, overdue: bool) -> None:
    assert rules.is_overdue(goal(due=due, status=status), TODAY) is overdue


def test_due_soon_is_open_and_within_fourteen_days() -> None:
    assert rules.is_due_soon(goal(due=TODAY), TODAY)
    assert rules.is_due_soon(goal(due=TODAY + dt.timedelta(days=14)), TODAY)
    assert not rules.is_due_soon(goal(due=TODAY + dt.timedelta(days=15)), TODAY)
    assert not rules.is_due_soon(goal(due=TODAY - dt.timedelta(days=1)), TODAY)
    assert not rules.is_due_soon(goal(due=TODAY, status="done"), TODAY)


# --- ordering -------------------------------------------------------------------


def test_goals_are_grouped_by_area_in_the_frameworks_order() -> None:
    stuk = FRAMEWORKS.get("stuk")
    assert stuk is not None
    first, second, third = (area.id for area in stuk.areas[:3])
    goals = [
        goal("c", area=third),
        goal("k", framework="kodeks", area=FRAMEWORKS.get("kodeks").areas[0].id),  # type: ignore[union-attr]
        goal("a", area=first),
        goal("b", area=second),
        goal("x", area="no-such-area"),
        goal("y", framework="gone", area="somewhere"),
    ]
    groups = rules.group(goals, FRAMEWORKS, first=["stuk"])
    assert [(g.framework_id, g.area_id) for g in groups][:3] == [
        ("stuk", first),
        ("stuk", second),
        ("stuk", third),
    ]
    assert groups[3].framework_id == "kodeks"  # the leader's framework came first
    assert [(g.framework_id, g.area_id) for g in groups[4:]] == [
        ("gone", "somewhere"),
        ("stuk", "no-such-area"),
    ]
    assert groups[4].area is None and groups[5].area is None


def test_inside_an_area_active_first_then_by_due_date_then_title() -> None:
    goals = [
        goal("done-early", status="done", due=dt.date(2026, 1, 1)),
        goal("no-due", title="Aaa"),
        goal("later", due=dt.date(2027, 6, 1)),
        goal("sooner", due=dt.date(2027, 1, 1)),
        goal("paused", status="paused", due=dt.date(2026, 12, 2)),
        goal("b-no-due", title="Bbb"),
    ]
    (only,) = rules.group(goals, FRAMEWORKS)
    assert [g.id for g in only.goals] == [
        "sooner",
        "later",
        "no-due",
        "b-no-due",
        "paused",
        "done-early",
    ]


def test_the_filters_show_one_status_or_all() -> None:
    goals = [goal(s, status=s) for s in ("active", "paused", "done", "dropped")]
    assert rules.FILTERS[0] == "active"
    for shown in ("active", "paused", "done", "dropped"):
        assert [g.id for g in goals if rules.matches(g, shown)] == [shown]
    assert len([g for g in goals if rules.matches(g, "all")]) == 4


# --- changes --------------------------------------------------------------------


def test_a_status_change_is_dated_and_kept() -> None:
    g = goal()
    assert rules.change_status(g, "paused", TODAY)
    assert not rules.change_status(g, "paused", TODAY)  # no change, nothing recorded
    assert rules.change_status(g, "done", TODAY + dt.timedelta(days=3))
    assert g.status == "done"
    assert g.status_changes == [
        StatusChange(TODAY, "paused"),
        StatusChange(TODAY + dt.timedelta(days=3), "done"),
    ]


@pytest.mark.parametrize(
    ("typed", "value"), [("60", 60), (" 0 ", 0), ("100", 100), ("75 %", 75), ("75%", 75)]
)
def test_progress_as_typed(typed: str, value: int) -> None:
    assert rules.parse_progress(typed, "da") == value


@pytest.mark.parametrize(
    ("typed", "reason"),
    [("", "fra 0 til 100"), ("101", "over 100"), ("-5", "ikke et helt tal"), ("halvt", "halvt")],
)
def test_progress_refused_with_the_reason(typed: str, reason: str) -> None:
    with pytest.raises(rules.GoalInputError, match=reason):
        rules.parse_progress(typed, "da")


def test_checking_the_form_refuses_each_wrong_field_with_its_reason() -> None:
    values, errors = rules.check(
        rules.GoalInput(framework="stuk", area="driftsledelse", title="  ", due="31-02-2027"),
        FRAMEWORKS,
        "da",
    )
    assert values is None
    assert set(errors) == {"title", "due"}
    assert "31. februar 2027 findes ikke" in errors["due"]
    _, errors = rules.check(
        rules.GoalInput(framework="stuk", area="driftsledelse", title="x", due="i morgen"),
        FRAMEWORKS,
        "en",
    )
    assert "i morgen" in errors["due"]
    _, errors = rules.check(rules.GoalInput(framework="nope", title="x"), FRAMEWORKS, "da")
    assert set(errors) == {"framework"}
    _, errors = rules.check(
        rules.GoalInput(framework="stuk", area="driftsledelse", title="x", items=["made-up"]),
        FRAMEWORKS,
        "da",
    )
    assert set(errors) == {"items"}


def test_a_checked_goal_gets_its_values_and_an_id_from_its_title(tmp_path: Path) -> None:
    stuk = FRAMEWORKS.get("stuk")
    assert stuk is not None
    area = stuk.areas[0]
    typed = rules.GoalInput(
        framework="stuk",
        area=area.id,
        title=" Styrk feedback på møderne ",
        why="Fordi",
        due="2027-03-31",
        items=[area.items[0].id],
    )
    values, errors = rules.check(typed, FRAMEWORKS, "da")
    assert errors == {} and values is not None
    store = Store(tmp_path)
    made = rules.new_goal(store, values, TODAY)
    assert made.id == "styrk-feedback-paa-moederne"
    assert (made.title, made.due, made.items) == (
        "Styrk feedback på møderne",
        dt.date(2027, 3, 31),
        [area.items[0].id],
    )
    assert made.status_changes == []  # where a goal starts is not a change
    store.save(made)
    assert rules.new_goal(store, values, TODAY).id == "styrk-feedback-paa-moederne-2"


def test_editing_the_status_in_the_form_is_a_dated_change(tmp_path: Path) -> None:
    store = Store(tmp_path)
    g = goal()
    store.save(g)
    loaded = store.goal("g")
    values, _ = rules.check(
        rules.GoalInput(framework="stuk", area="driftsledelse", title="G", status="paused"),
        FRAMEWORKS,
        "da",
    )
    assert values is not None
    rules.apply(loaded, values, TODAY)
    assert loaded.status_changes == [StatusChange(TODAY, "paused")]


# --- the file -------------------------------------------------------------------


def test_checkins_are_written_as_tables_one_after_another(tmp_path: Path) -> None:
    g = goal()
    for n, progress in enumerate((10, 30, 60)):
        rules.add_checkin(g, progress, f"note {n}", TODAY + dt.timedelta(days=n))
    rules.change_status(g, "paused", TODAY)
    text = encode(g).decode("utf-8")
    assert text.count("[[checkins]]") == 3
    assert text.count("[[status_changes]]") == 1
    assert text.rstrip().endswith('note = "note 2"')  # a new check-in is at the end
    doc = tomllib.loads(text)
    assert [c["progress"] for c in doc["checkins"]] == [10, 30, 60]
    assert doc["status_changes"] == [{"date": TODAY, "status": "paused"}]


def test_the_inline_form_of_older_files_is_still_read() -> None:
    data = (
        b'schema = 1\nkind = "goal"\nid = "g"\ncreated = 2026-11-01T09:00:00+01:00\n'
        b'framework = "stuk"\narea = "driftsledelse"\ntitle = "G"\n'
        b'checkins = [\n    { date = 2026-12-01, progress = 20, note = "x" },\n]\n'
    )
    g = parse(data, Path("goals/g.toml"), "goal")
    assert isinstance(g, Goal)
    assert [(c.date, c.progress) for c in g.checkins] == [(TODAY, 20)]
    assert g.status_changes == []


def test_a_status_change_that_is_not_a_status_is_refused() -> None:
    data = (
        b'schema = 1\nkind = "goal"\nid = "g"\ncreated = 2026-11-01T09:00:00+01:00\n'
        b'framework = "stuk"\narea = "driftsledelse"\ntitle = "G"\n'
        b'[[status_changes]]\ndate = 2026-12-01\nstatus = "finished"\n'
    )
    with pytest.raises(RecordError, match="status_changes"):
        parse(data, Path("goals/g.toml"), "goal")


def test_loading_names_broken_files_and_copies_and_leaves_them_as_they_are(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path)
    store.save(goal("good"))
    broken = tmp_path / "goals" / "broken.toml"
    broken.write_bytes(b"schema = 1\nkind = 'goal'\nid = [\n")
    copy = tmp_path / "goals" / "good.conflict-20261201-100000.toml"
    copy.write_bytes(encode(goal("good")))
    before = broken.read_bytes()
    shelf = rules.load(store)
    assert [g.id for g in shelf.goals] == ["good"]
    assert [p.path for p in shelf.problems] == [broken]
    assert "TOML" in shelf.problems[0].reason
    assert shelf.copies == [copy]
    assert broken.read_bytes() == before


def test_the_cache_reads_again_only_what_changed(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.save(goal("a"))
    store.save(goal("b"))
    cache = rules.GoalCache()
    first = {g.id: g for g in cache.load(store).goals}
    again = {g.id: g for g in cache.load(store).goals}
    assert again["a"] is first["a"] and again["b"] is first["b"]  # not read again
    changed = store.goal("b")
    rules.add_checkin(changed, 50, "", TODAY)
    store.save(changed)
    (tmp_path / "goals" / "a.toml").rename(tmp_path / "a.toml")  # gone from goals/
    shown = cache.load(store).goals
    assert [(g.id, g.progress) for g in shown] == [("b", 50)]
    # An edit by another program that keeps the size is still seen (its time changes).
    path = tmp_path / "goals" / "b.toml"
    path.write_text(path.read_text("utf-8").replace("progress = 50", "progress = 70"), "utf-8")
    assert [g.progress for g in cache.load(store).goals] == [70]
