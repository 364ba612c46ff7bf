"""The data folder as a leader lives with it: broken files, newer files, sync tools,
two windows saving at once, and a folder that must stay private."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from lederbog.cli import main
from lederbog.model.records import CheckIn, Goal, Reflection
from lederbog.store.doctor import examine
from lederbog.store.store import Store

CREATED = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def make_goal(goal_id: str = "lead-team", title: str = "Led teamet gennem forandringen") -> Goal:
    return Goal(id=goal_id, created=CREATED, framework="stuk", area="driftsledelse", title=title)


def make_reflection(rid: str, day: int, text: str = "En god dag med teamet") -> Reflection:
    return Reflection(id=rid, created=CREATED, date=dt.date(2026, 1, day), text=text)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def snapshot(files: list[Path]) -> dict[Path, tuple[bytes, int]]:
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}


def doctor(capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--lang", "en", "doctor"])
    out, err = capsys.readouterr()
    return code, out, err


GOAL_TEXT = """schema = 1
kind = "goal"
id = "{id}"
created = 2026-01-05T09:30:00+01:00
framework = "stuk"
area = "driftsledelse"
title = "{title}"
"""

REFLECTION_TEXT = """schema = 1
kind = "reflection"
id = "{id}"
created = 2026-01-05T09:30:00+01:00
date = {date}
text = "{text}"
"""


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most desktops have (022): what a careless mkdir would make 0755."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def store(data_dir: Path) -> Store:
    return Store(data_dir)


# --- files that cannot be used, beside good ones ------------------------------


@pytest.fixture
def messy(store: Store) -> dict[Path, str]:
    """Two good goals and two good reflections, and one bad file of each sort.

    Returns each bad file with (part of) the reason a user should be given.
    """
    root = store.root
    store.save(make_goal("lead-team"))
    store.save(make_goal("feedback", "Mere feedback"))
    store.save(make_reflection("aaaa0001", 1))
    store.save(make_reflection("aaaa0002", 2))
    bad = {
        write(
            root / "goals" / "broken.toml",
            GOAL_TEXT.format(id="broken", title="Uafsluttet") + 'why = "ingen slut\n',
        ): "not valid TOML",
        write(
            root / "goals" / "latin.toml",
            GOAL_TEXT.format(id="latin", title="Målsætning").encode("latin-1"),
        ): "not UTF-8",
        write(
            root / "goals" / "badtypes.toml",
            GOAL_TEXT.format(id="badtypes", title="Typer")
            + '\n[[checkins]]\ndate = "2026-01-10"\nprogress = 50\n',
        ): "'checkins[0].date' must be a date",
        write(
            root / "journal" / "2026" / "2026-01-03-wrongkind.toml",
            GOAL_TEXT.format(id="wrongkind", title="Et mål i dagbogen"),
        ): "a goal record where a reflection belongs",
        write(
            root / "journal" / "2026" / "2026-01-04-badtypes.toml",
            REFLECTION_TEXT.format(id="badtypes", date="2026-01-04", text="Hej")
            + 'shared = "ja"\n',
        ): "'shared' must be true or false",
        write(
            root / "journal" / "2026" / "2026-01-05-brokentoml.toml",
            '[schema = 1\nkind = "reflection"\n',
        ): "not valid TOML",
        write(
            root / "journal" / "2026" / "2026-01-06-latin.toml",
            REFLECTION_TEXT.format(id="latin", date="2026-01-06", text="Tæt på").encode("latin-1"),
        ): "not UTF-8",
    }
    return bad


def test_store_reports_each_bad_file_and_loads_every_good_record(
    store: Store, messy: dict[Path, str]
) -> None:
    goals = store.goals()
    reflections = store.reflections()
    assert sorted(g.id for g in goals.records) == ["feedback", "lead-team"]
    assert [r.id for r in reflections.records] == ["aaaa0001", "aaaa0002"]

    reported = {p.path: p.reason for p in goals.problems + reflections.problems}
    assert set(reported) == set(messy)
    for path, reason in messy.items():
        assert reason in reported[path], (path, reported[path])
    for problem in goals.problems + reflections.problems:
        assert str(problem).startswith(f"{problem.path}: ")


def test_doctor_names_each_bad_file_with_its_reason(
    capsys: pytest.CaptureFixture[str], store: Store, messy: dict[Path, str]
) -> None:
    code, out, err = doctor(capsys)
    assert code == 1
    for path, reason in messy.items():
        line = next((line for line in out.splitlines() if line.startswith(f"{path}: ")), None)
        assert line is not None, f"{path} not named in:\n{out}"
        assert reason in line
    assert "Traceback" not in out + err
    # The good records are counted as read.
    assert "2 reflections, 2 goals" in err


def test_bad_files_are_never_rewritten(
    capsys: pytest.CaptureFixture[str], store: Store, messy: dict[Path, str]
) -> None:
    before = snapshot(list(messy))
    store.goals()
    store.reflections()
    goal = store.goal("lead-team")
    goal.checkins.append(CheckIn(dt.date(2026, 1, 20), 40, "Halvvejs"))
    assert not store.save(goal).conflict
    first = store.reflections().records[0]
    first.text += " Og en tilføjelse."
    assert not store.save(first).conflict
    store.save(make_reflection("aaaa0003", 7))
    examine(store.root)
    assert main(["--lang", "en", "search", "teamet"]) == 0
    assert main(["--lang", "en", "note", "Endnu en note", "--date", "2026-01-04"]) == 0
    doctor(capsys)
    assert snapshot(list(messy)) == before
    # ... and what was saved is really there.
    assert store.goal("lead-team").checkins[-1].note == "Halvvejs"


# --- a file from a newer Lederbog -----------------------------------------------


def test_a_newer_schema_is_reported_and_left_exactly_as_it_is(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    store.save(make_goal("lead-team"))
    store.save(make_reflection("aaaa0001", 1))
    newer_goal = write(
        store.root / "goals" / "future.toml",
        GOAL_TEXT.replace("schema = 1", "schema = 2").format(id="future", title="Fremtid")
        + "horizon = { years = 3 }\n",
    )
    newer_note = write(
        store.root / "journal" / "2026" / "2026-01-08-future.toml",
        REFLECTION_TEXT.replace("schema = 1", "schema = 2").format(
            id="future", date="2026-01-08", text="fremtidens tekst om teamet"
        )
        + "mood = 7\n",
    )
    before = snapshot([newer_goal, newer_note])

    goals, reflections = store.goals(), store.reflections()
    assert [g.id for g in goals.records] == ["lead-team"]
    assert [r.id for r in reflections.records] == ["aaaa0001"]
    for loaded, path in ((goals, newer_goal), (reflections, newer_note)):
        (problem,) = loaded.problems
        assert problem.path == path
        assert "newer Lederbog" in problem.reason and "schema 2" in problem.reason

    # Saving other records, and even a new goal that wants the same id, leaves them alone.
    goal = store.goal("lead-team")
    goal.title = "Ny titel"
    assert not store.save(goal).conflict
    clash = store.save(make_goal("future"))
    assert clash.conflict and clash.path != newer_goal
    store.save(make_reflection("aaaa0002", 2))

    code, out, _ = doctor(capsys)
    assert code == 1
    assert f"{newer_goal}: written by a newer Lederbog" in out
    assert f"{newer_note}: written by a newer Lederbog" in out

    assert main(["--lang", "en", "search", "teamet"]) == 0
    out, err = capsys.readouterr()
    assert "fremtidens" not in out
    assert "1 journal file could not be read" in err
    assert snapshot([newer_goal, newer_note]) == before


# --- keys this version does not know --------------------------------------------


def test_unknown_keys_survive_load_modify_save(store: Store) -> None:
    path = write(
        store.root / "goals" / "lead-team.toml",
        GOAL_TEXT.format(id="lead-team", title="Led teamet")
        + 'mood = "optimistisk"\n'
        + 'x-sync = { device = "laptop", seen = 2026-01-06T10:00:00+01:00 }\n'
        + '\n[future]\nlevel = 3\nlabels = ["a", "b"]\n'
        + '\n[[checkins]]\ndate = 2026-01-10\nprogress = 10\nnote = "start"\nenergy = 4\n'
        + '\n[checkins.detail]\nwho = "Anna"\n',
    )
    goal = store.goal("lead-team")
    goal.title = "Led teamet bedre"
    goal.checkins[0].note = "start!"
    goal.checkins.append(CheckIn(dt.date(2026, 1, 20), 30, "videre"))
    result = store.save(goal)
    assert (result.path, result.conflict) == (path, False)
    doc = tomllib.loads(path.read_text("utf-8"))
    assert doc["title"] == "Led teamet bedre"
    assert doc["mood"] == "optimistisk"
    assert doc["x-sync"] == {
        "device": "laptop",
        "seen": dt.datetime(2026, 1, 6, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    }
    assert doc["future"] == {"level": 3, "labels": ["a", "b"]}
    first, second = doc["checkins"]
    assert first == {
        "date": dt.date(2026, 1, 10),
        "progress": 10,
        "note": "start!",
        "energy": 4,
        "detail": {"who": "Anna"},
    }
    assert second == {"date": dt.date(2026, 1, 20), "progress": 30, "note": "videre"}


def test_unknown_keys_in_the_profile_and_its_frameworks_survive(store: Store) -> None:
    path = write(
        store.root / "profile.toml",
        'schema = 1\nkind = "profile"\nname = "Mette Holm"\norganisation = "STUK"\n'
        'language = "da"\ntheme = "mørk"\n'
        '\n[[frameworks]]\nid = "stuk"\nrole = "teamleder"\nsince = 2024-05-01\nweight = 2\n',
    )
    profile = store.profile()
    assert profile is not None
    profile.name = "Mette Holm Jensen"
    assert not store.save(profile).conflict
    doc = tomllib.loads(path.read_text("utf-8"))
    assert doc["name"] == "Mette Holm Jensen"
    assert doc["theme"] == "mørk"
    assert doc["frameworks"] == [
        {"id": "stuk", "role": "teamleder", "since": dt.date(2024, 5, 1), "weight": 2}
    ]


def test_unknown_keys_in_a_reflection_survive(store: Store) -> None:
    path = write(
        store.root / "journal" / "2026" / "2026-01-08-abcd1234.toml",
        REFLECTION_TEXT.format(id="abcd1234", date="2026-01-08", text="Første udkast")
        + 'weather = "regn"\n\n[draft]\nversion = 2\n',
    )
    (reflection,) = store.reflections().records
    reflection.text = "Andet udkast"
    reflection.tags.append("mod")
    assert not store.save(reflection).conflict
    doc = tomllib.loads(path.read_text("utf-8"))
    assert (doc["text"], doc["tags"]) == ("Andet udkast", ["mod"])
    assert doc["weather"] == "regn"
    assert doc["draft"] == {"version": 2}


# --- sync tools and interrupted saves ---------------------------------------------


def test_sync_conflicts_and_temp_files_are_reported_never_loaded_never_deleted(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    store.save(make_goal("lead-team"))
    store.save(make_reflection("abc", 1, "den rigtige tekst"))
    journal = store.root / "journal" / "2026"
    goals = store.root / "goals"
    # Each copy is a complete, valid record: loading it would show up as a duplicate.
    copy_of_note = REFLECTION_TEXT.format(id="abc", date="2026-01-01", text="kopiens tekst")
    copy_of_goal = GOAL_TEXT.format(id="lead-team", title="Kopiens titel")
    strays = [
        write(journal / "2026-01-01-abc.sync-conflict-20260101-120000-ABCDEFG.toml", copy_of_note),
        write(journal / "2026-01-01-abc (conflicted copy 2026-01-01).toml", copy_of_note),
        write(journal / "2026-01-01-abc-DESKTOP-4F2K9QL.toml", copy_of_note),  # OneDrive
        write(journal / ".2026-01-01-abc.toml.tmp-k3j2h1", copy_of_note),
        write(goals / "lead-team.sync-conflict-20260101-120000-ABCDEFG.toml", copy_of_goal),
        write(goals / "x (conflicted copy 2026-01-01).toml", copy_of_goal),
        write(goals / "lead-team-LAPTOP-MH.toml", copy_of_goal),  # OneDrive
        # A machine name in lower case makes a valid record name; the id inside gives it away.
        write(goals / "lead-team-mylaptop.toml", copy_of_goal),
        write(journal / "2026-01-01-abc-mylaptop.toml", copy_of_note),
        write(goals / ".lead-team.toml.tmp-a8d7c6", copy_of_goal),
        write(store.root / ".profile.toml.tmp-zz91", 'schema = 1\nkind = "profile"\n'),
    ]
    before = snapshot(strays)

    goals_loaded, reflections_loaded = store.goals(), store.reflections()
    assert [(g.id, g.title) for g in goals_loaded.records] == [
        ("lead-team", "Led teamet gennem forandringen")
    ]
    assert [(r.id, r.text) for r in reflections_loaded.records] == [("abc", "den rigtige tekst")]
    assert {p.path for p in goals_loaded.problems + reflections_loaded.problems} <= set(strays)

    code, out, _ = doctor(capsys)
    assert code == 1
    for stray in strays:
        assert f"{stray}: " in out, f"{stray} not reported:\n{out}"
    assert "conflict copy" in out and "temporary file" in out

    assert main(["--lang", "en", "search", "kopiens"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "no reflections match" in err

    goal = store.goal("lead-team")
    goal.checkins.append(CheckIn(dt.date(2026, 1, 2), 5, "i gang"))
    assert not store.save(goal).conflict
    assert snapshot(strays) == before  # none deleted, none changed


# --- a record changed on disk since it was read -----------------------------------


def test_a_record_edited_behind_the_stores_back_is_not_overwritten(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    store.save(make_goal("lead-team"))
    path = store.goal_path("lead-team")
    goal = store.goal("lead-team")

    # The leader fixes a typo in an editor while the workbook has the goal open.
    edited = path.read_text("utf-8").replace("forandringen", "forandringerne")
    path.write_text(edited, encoding="utf-8")

    goal.checkins.append(CheckIn(dt.date(2026, 1, 15), 25, "Første skridt"))
    result = store.save(goal)

    assert result.conflict
    assert "saved beside it" in result.message()
    assert path.read_text("utf-8") == edited  # the editor's version is untouched
    assert result.path.parent == path.parent and result.path != path
    assert ".conflict-" in result.path.name
    copy = tomllib.loads(result.path.read_text("utf-8"))
    assert copy["checkins"] == [
        {"date": dt.date(2026, 1, 15), "progress": 25, "note": "Første skridt"}
    ]
    assert mode(result.path) == 0o600

    # The copy is not a second goal; the doctor points it out.
    assert [g.title for g in store.goals().records] == ["Led teamet gennem forandringerne"]
    code, out, _ = doctor(capsys)
    assert code == 1
    assert f"{result.path}: " in out
    assert result.path.exists()


WORKER = r"""
import datetime as dt, sys, time
from pathlib import Path
from lederbog.model.records import CheckIn
from lederbog.store.store import Store

root, goal_id, name, barrier, count, rounds, retry = sys.argv[1:]
store = Store(Path(root))
goal = store.goal(goal_id)
Path(barrier, name).touch()
deadline = time.monotonic() + 60
while len(list(Path(barrier).iterdir())) < int(count):
    if time.monotonic() > deadline:
        sys.exit("the other processes never arrived")
    time.sleep(0.005)
for n in range(int(rounds)):
    while True:
        goal.checkins.append(CheckIn(dt.date(2026, 2, 1), n, f"{name}-{n}"))
        result = store.save(goal)
        print(result.path, result.conflict, flush=True)
        if not result.conflict or retry != "retry":
            break
        result.path.unlink()
        goal = store.goal(goal_id)
"""


def run_workers(store: Store, tmp_path: Path, count: int, rounds: int, retry: bool) -> list[str]:
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER,
                str(store.root),
                "lead-team",
                f"p{n}",
                str(barrier),
                str(count),
                str(rounds),
                "retry" if retry else "once",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(count)
    ]
    outputs = []
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        outputs.append(out)
    return outputs


def notes_in(path: Path) -> list[str]:
    return [c["note"] for c in tomllib.loads(path.read_text("utf-8")).get("checkins", [])]


def test_two_processes_saving_the_same_goal_lose_nothing(store: Store, tmp_path: Path) -> None:
    store.save(make_goal("lead-team"))
    outputs = run_workers(store, tmp_path, count=2, rounds=1, retry=False)

    conflicts = [out for out in outputs if out.split()[-1] == "True"]
    assert len(conflicts) == 1, outputs
    copies = sorted(store.goal_path("lead-team").parent.glob("lead-team.conflict-*.toml"))
    assert len(copies) == 1
    in_goal = notes_in(store.goal_path("lead-team"))
    in_copy = notes_in(copies[0])
    assert len(in_goal) == len(in_copy) == 1
    assert sorted(in_goal + in_copy) == ["p0-0", "p1-0"]


def test_many_processes_that_retry_on_conflict_keep_every_checkin(
    store: Store, tmp_path: Path
) -> None:
    store.save(make_goal("lead-team"))
    count, rounds = 4, 5
    run_workers(store, tmp_path, count=count, rounds=rounds, retry=True)

    notes = [c.note for c in store.goal("lead-team").checkins]
    expected = [f"p{p}-{n}" for p in range(count) for n in range(rounds)]
    assert sorted(notes) == sorted(expected)  # every one, none twice
    assert not list(store.goal_path("lead-team").parent.glob("*.conflict-*"))


# --- a private folder --------------------------------------------------------------


def test_a_new_data_folder_and_everything_in_it_is_private(store: Store) -> None:
    assert not store.root.exists()
    store.save(make_goal("lead-team"))
    store.save(make_reflection("aaaa0001", 1))

    assert mode(store.root) == 0o700
    folders = [p for p in store.root.rglob("*") if p.is_dir()]
    files = [p for p in store.root.rglob("*") if p.is_file()]
    assert {p.relative_to(store.root).as_posix() for p in folders} >= {
        "goals",
        "journal",
        "journal/2026",
    }
    assert {p: mode(p) for p in folders} == {p: 0o700 for p in folders}
    assert {p: mode(p) for p in files} == {p: 0o600 for p in files}
    assert store.notices == []


def test_an_existing_open_folder_is_tightened_on_the_first_save_and_the_user_told(
    store: Store,
) -> None:
    store.root.mkdir()
    os.chmod(store.root, 0o755)
    store.save(make_reflection("aaaa0001", 1))
    assert mode(store.root) == 0o700
    (notice,) = store.notices
    assert str(store.root) in notice and "755" in notice
    store.save(make_reflection("aaaa0002", 2))
    assert len(store.notices) == 1  # said once, not on every save


def test_note_prints_the_tightening_notice(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.mkdir()
    os.chmod(data_dir, 0o755)
    assert main(["--lang", "en", "note", "Hej"]) == 0
    out, err = capsys.readouterr()
    assert f"lederbog: {data_dir} was readable by others (mode 755)" in err
    assert "saved private reflection" in out
    assert mode(data_dir) == 0o700


def test_doctor_tightens_looser_files_and_folders_and_says_fixed(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    store.save(make_reflection("aaaa0001", 1))
    record = store.path_for(make_reflection("aaaa0001", 1))
    os.chmod(record, 0o644)
    os.chmod(record.parent, 0o755)
    os.chmod(store.root, 0o750)

    code, out, _ = doctor(capsys)
    assert code == 0, out
    fixed = [line for line in out.splitlines() if line.startswith("fixed: ")]
    assert any(str(record) in line and "644" in line for line in fixed), out
    assert any(f"{record.parent}:" in line and "755" in line for line in fixed), out
    assert any(f"{store.root}:" in line and "750" in line for line in fixed), out
    assert (mode(record), mode(record.parent), mode(store.root)) == (0o600, 0o700, 0o700)

    # Once fixed, there is nothing more to fix.
    code, out, _ = doctor(capsys)
    assert code == 0 and "fixed" not in out


@pytest.mark.parametrize(
    "value",
    [
        "2026-01-01",
        "09:30:00",
        "2026-01-01T09:00:00+02:00",
        "inf",
        "-0.5",
        '[[1, 2], ["a"]]',
        "{ a = { b = [1, 2] } }",
        '"tab\\there\\r\\nog \\u0000"',
        "[]",
        "2026-01-01T09:00:00",
        "nan",
    ],
)
def test_an_unknown_key_of_any_toml_type_survives_a_save(store: Store, value: str) -> None:
    path = write(
        store.root / "journal" / "2026" / "2026-01-08-abcd1234.toml",
        REFLECTION_TEXT.format(id="abcd1234", date="2026-01-08", text="Udkast")
        + f"mine = {value}\n",
    )
    expected = tomllib.loads(f"mine = {value}")["mine"]
    (reflection,) = store.reflections().records
    reflection.text = "Rettet"
    assert not store.save(reflection).conflict
    doc = tomllib.loads(path.read_text("utf-8"))
    assert doc["text"] == "Rettet"
    assert repr(doc["mine"]) == repr(expected)
