"""`lederbog review --summary`: one row per leader, the leader's own figures, and
hostile files refused one by one while the good ones are still shown."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from lederbog.cli import main
from lederbog.export import toml_format
from lederbog.export.gather import gather
from lederbog.export.model import Export
from lederbog.export.reader import read_export
from lederbog.export.review import figures_of, records_of, summary_of
from lederbog.frameworks import load_all
from lederbog.model.records import (
    Assessment,
    CheckIn,
    FrameworkChoice,
    Goal,
    Profile,
    Reflection,
)
from lederbog.overview import overview

TZ = dt.timezone(dt.timedelta(hours=1))
FRAMEWORKS = load_all(None)
SINCE, UNTIL = dt.date(2026, 1, 1), dt.date(2026, 11, 30)


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9), TZ)


def leader_records(seed: int) -> dict[str, list[object]]:
    """A leader's records; `seed` varies the figures from leader to leader."""
    goals = [
        Goal(
            id=f"maal-{n}",
            created=_at(dt.date(2025, 6 + n, 1)),
            framework="stuk",
            area=area,
            title=f"Mål {n}",
            status="done" if n == 2 else "active",
            checkins=[
                CheckIn(dt.date(2025, 11, 1), 10),  # before the period
                *([CheckIn(dt.date(2026, 3 + n, 2), 20 + 10 * seed + n)] if n != 1 else []),
            ],
        )
        for n, area in enumerate(
            ("driftsledelse", "driftsledelse", "faglig-ledelse", "strategisk-ledelse")
        )
    ]
    reflections = [
        Reflection(
            id=f"r{n:04d}",
            created=_at(dt.date(2026, 1 + n % 11, 1 + n % 27)),
            date=dt.date(2026, 1 + n % 11, 1 + n % 27),
            text=f"Refleksion {n}",
            areas=["stuk/driftsledelse"],
            shared=n % 3 == 0,
        )
        for n in range(10 + seed)
    ]
    assessments = [
        Assessment(
            id=f"a{n}",
            created=_at(day),
            date=day,
            framework="stuk",
            scores={"driftsledelse": 2 + n, "faglig-ledelse": 3 + (seed % 2)},
        )
        for n, day in enumerate((dt.date(2026, 2, 1), dt.date(2026, 9, 1)))
    ]
    return {"goals": goals, "reflections": reflections, "assessments": assessments}


def profile_of(name: str) -> Profile:
    return Profile(
        name=name, organisation="STUK", frameworks=[FrameworkChoice("stuk", "teamleder")]
    )


def export_of(name: str, seed: int) -> Export:
    records = leader_records(seed)
    return gather(
        profile=profile_of(name),
        frameworks=FRAMEWORKS,
        goals=records["goals"],  # type: ignore[arg-type]
        reflections=records["reflections"],  # type: ignore[arg-type]
        assessments=records["assessments"],  # type: ignore[arg-type]
        since=SINCE,
        until=UNTIL,
        generated=_at(dt.date(2026, 12, 1)),
    )


def write_export(folder: Path, name: str, seed: int) -> Path:
    path = folder / f"{seed}.toml"
    path.write_text(toml_format.render(export_of(name, seed)), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_review_figures_are_the_leaders_own() -> None:
    """The figures a supervisor sees are those the leader's Oversigt computes at the
    period's end (progress, goals, ratings), from the same function."""
    records = leader_records(1)
    leader = overview(
        profile_of("Mette"),
        [FRAMEWORKS.get("stuk")],  # type: ignore[list-item]
        records["goals"],  # type: ignore[arg-type]
        records["reflections"],  # type: ignore[arg-type]
        records["assessments"],  # type: ignore[arg-type]
        UNTIL,
    )
    seen = figures_of(records_of(read_back(export_of("Mette", 1))))
    mine = {(a.framework, a.area): a for a in leader.areas}
    theirs = {(a.framework, a.area): a for a in seen.areas}
    assert set(mine) <= set(theirs)
    for key, area in mine.items():
        other = theirs[key]
        assert (other.active_goals, other.done_goals, other.progress) == (
            area.active_goals,
            area.done_goals,
            area.progress,
        ), key
        assert (other.rating, other.previous_rating) == (area.rating, area.previous_rating), key
    assert seen.due_soon == leader.due_soon and seen.overdue == leader.overdue
    # Goal 1 had no check-in in the period: its progress before it still counts.
    driftsledelse = theirs[("stuk", "driftsledelse")]
    assert driftsledelse.active_goals == 2 and driftsledelse.progress == round((30 + 10) / 2)


def read_back(export: Export) -> Export:
    from lederbog.export.reader import from_document
    from lederbog.safetoml import loads_guarded

    text = toml_format.render(export)
    return from_document(loads_guarded(text, name="x", max_bytes=1 << 26), Path("x"))


def test_three_exports_give_three_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [write_export(tmp_path, name, n) for n, name in enumerate(("Anna", "Bo", "Carl"))]
    code, out, err = run(capsys, "review", "--summary", *map(str, files))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["Leder", "Periode"]
    rows = [line for line in lines[1:4]]
    assert [row.split()[0] for row in rows] == ["Anna", "Bo", "Carl"]
    # Anna: 3 active goals, 1 done; 4 of 10 reflections shared; her latest ratings 3 and 3.
    summary = summary_of(read_export(files[0]))
    assert (summary.active_goals, summary.done_goals) == (3, 1)
    assert (summary.shared, summary.reflections_total) == (4, 10)
    assert summary.rating == pytest.approx(3.0)
    assert "3/1" in rows[0] and "4 af 10" in rows[0] and "3,0" in rows[0]
    assert "3,5" in rows[1]  # Bo: 3 and 4
    assert f"{summary.progress} %" in rows[0]
    assert "1. jan.–30. nov. 2026" in rows[0]
    assert all(len(line) <= 80 for line in lines)  # the legend below the table too


def test_the_summary_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_export(tmp_path, "Anna", 0)
    code, out, _ = run(capsys, "--lang", "en", "review", "--summary", str(path))
    assert code == 0
    assert out.splitlines()[0].split()[:2] == ["Leader", "Period"]
    assert "4 of 10" in out and "3.0" in out


def test_review_writes_nothing_to_the_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_export(tmp_path, "Anna", 0)
    data = tmp_path / "mine"
    before = path.read_bytes()
    code, _, _ = run(capsys, "--data-dir", str(data), "review", "--summary", str(path))
    assert code == 0
    assert not data.exists()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.toml"]


def test_a_long_name_is_cut_to_fit_80_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_export(tmp_path, "Anne-Mette Kristine Vestergaard Kjærsgaard-Nielsen", 0)
    _, out, _ = run(capsys, "review", "--summary", str(path))
    row = out.splitlines()[1]
    assert len(row) <= 80 and row.startswith("Anne-Mette") and "…" in row


def _hostile(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each hostile file, with a word its error must say."""
    good = toml_format.render(export_of("Ond", 0))
    files: dict[str, tuple[Path, str]] = {}

    def put(name: str, data: bytes, says: str) -> None:
        path = folder / name
        path.write_bytes(data)
        files[name] = (path, says)

    huge = folder / "huge.toml"
    with huge.open("wb") as out:
        out.write(good.encode())
        out.truncate(50 * 1024 * 1024)
    files["huge.toml"] = (huge, "20 MB")
    put("deep.toml", ("x = " + "[" * 600 + "]" * 600 + "\n").encode(), "deep")
    put("dotted.toml", ("a." * 40_000 + "a = 1\n").encode(), "dotted")
    put(
        "types.toml",
        good.replace("reflections_total = 10", 'reflections_total = "ti"').encode(),
        "reflections_total",
    )
    put("range.toml", good.replace("progress = 20\n", "progress = 2000\n", 1).encode(), "progress")
    put("binary.toml", bytes(range(256)) * 64 + os.urandom(4096), "UTF-8")
    put("newer.toml", good.replace("schema = 1", "schema = 7", 1).encode(), "newer")
    put("kind.toml", good.replace('kind = "lederbog-export"', 'kind = "goal"').encode(), "kind")
    return files


def test_hostile_exports_each_give_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_export(tmp_path, "Anna", 0)
    for name, (path, says) in _hostile(tmp_path).items():
        started = time.monotonic()
        code, out, err = run(capsys, "--lang", "en", "review", "--summary", str(path), str(good))
        elapsed = time.monotonic() - started
        assert code == 1, name
        lines = err.splitlines()
        assert len(lines) == 1, (name, err)
        assert str(path) in lines[0] and says in lines[0], (name, lines[0])
        assert "Traceback" not in err
        assert out.splitlines()[1].startswith("Anna"), name  # the good one is still shown
        assert elapsed < 5, (name, elapsed)  # a hang guard, not a measurement


def test_a_newer_schema_says_so_in_danish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "newer.toml"
    path.write_text(toml_format.render(export_of("Anna", 0)).replace("schema = 1", "schema = 2", 1))
    code, out, err = run(capsys, "review", "--summary", str(path))
    assert code == 1 and out == ""
    assert "newer" in err or "nyere" in err


def test_markup_and_escapes_in_names_show_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "[b]Bo[/]\x1b[31mRød\x07\u202e"
    path = write_export(tmp_path, name, 0)
    code, out, err = run(capsys, "review", "--summary", str(path))
    assert code == 0 and err == ""
    assert "[b]Bo[/]" in out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Rød" in out.splitlines()[1]


def test_review_without_summary_needs_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_export(tmp_path, "Anna", 0)
    code, out, err = run(capsys, "review", str(path))
    assert code != 0 and out == ""
    assert "terminal" in err and "--summary" in err


def test_two_check_ins_on_one_day_before_the_period_count_as_oversigt_counts_them() -> None:
    """Oversigt takes the later of two check-ins on the same day; so must the export."""
    goal = Goal(
        id="g",
        created=_at(dt.date(2025, 1, 1)),
        framework="stuk",
        area="driftsledelse",
        title="Mål",
        checkins=[CheckIn(dt.date(2025, 6, 1), 10), CheckIn(dt.date(2025, 6, 1), 40)],
    )
    export = gather(
        profile=profile_of("Mette"),
        frameworks=FRAMEWORKS,
        goals=[goal],
        reflections=[],
        assessments=[],
        since=SINCE,
        until=UNTIL,
        generated=_at(dt.date(2026, 12, 1)),
    )
    assert export.goals[0].progress == 40
    area = next(a for a in figures_of(records_of(export)).areas if a.area == "driftsledelse")
    assert area.progress == 40


def test_a_framework_or_area_listed_twice_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = toml_format.render(export_of("Anna", 0))
    head, marker, rest = good.partition("[[frameworks]]")
    block = marker + rest.split("[[goals]]")[0]
    twice = tmp_path / "twice.toml"
    twice.write_text(head + block + block + "[[goals]]" + rest.split("[[goals]]", 1)[1])
    code, out, err = run(capsys, "--lang", "en", "review", "--summary", str(twice))
    assert code == 1 and out == ""
    assert "appears twice" in err and str(twice) in err
