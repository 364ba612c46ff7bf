"""What an adversarial run found (issue 13), one class of problem per section.

Commands that could hang or eat memory on the old code run in a child process
with a time limit and a memory cap, so a regression fails instead of stalling
the suite.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from lederbog.cli import main
from lederbog.model.records import Goal, Reflection
from lederbog.store.store import Store

SRC = Path(__file__).resolve().parents[2] / "src"
CREATED = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
NOBODY = 65534


# The messages these tests read are the English ones (Danish is the default; the Danish
# wording of each is tested in test_cli_language.py).
ENGLISH = ("--lang", "en")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([*argv, *ENGLISH] if argv and argv[0] != "--help" else list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def reflection(rid: str, day: int, text: str, year: int = 2026) -> Reflection:
    return Reflection(rid, CREATED, dt.date(year, 1, day), text)


def goal(gid: str = "lead-team") -> Goal:
    return Goal(
        id=gid,
        created=CREATED,
        framework="stuk",
        area="driftsledelse",
        title="Tydelig retning",
    )


def _cap_memory() -> None:  # pragma: no cover - runs in the child
    # `resource` is imported by the parent: the child may already be a user who cannot
    # read the folder Python's own modules are in.
    resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))


def child(
    *argv: str,
    env: dict[str, str] | None = None,
    timeout: float = 20,
    user: int | None = None,
    stdout: int | object = subprocess.PIPE,
) -> subprocess.CompletedProcess[str]:
    """`lederbog ARGV` in a child process: memory capped at 1 GB and a time limit, so
    a hang or a runaway read fails the test instead of the machine."""
    full_env = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    command = [sys.executable, "-m", "lederbog", *argv, *ENGLISH]
    if user is not None and os.geteuid() == 0:
        # Root reads everything: drop to an unprivileged user for the whole child.
        assert shutil.which("setpriv"), "setpriv (util-linux) is needed to test as non-root"
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    return subprocess.run(
        command,
        env=full_env,
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        text=True,
        timeout=timeout,
        preexec_fn=_cap_memory,
        check=False,
    )


def one_clear_line(err: str) -> None:
    assert err.startswith("lederbog: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "\x1b" not in err


# --- 1. links inside the data folder --------------------------------------------------


def test_a_year_folder_moved_away_and_linked_back_is_saved_into_and_found_again(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    store = Store(data_dir)
    store.save(reflection("aaaa0001", 1, "før flytningen"))
    year = data_dir / "journal" / "2026"
    elsewhere = tmp_path / "other-disk" / "2026"
    elsewhere.parent.mkdir()
    shutil.move(year, elsewhere)
    year.symlink_to(elsewhere, target_is_directory=True)

    code, out, _ = run(capsys, "note", "efter flytningen", "--date", "2026-01-02")
    assert code == 0 and "journal/2026/2026-01-02-" in out
    assert len(list(elsewhere.glob("*.toml"))) == 2  # written where the link points

    code, out, _ = run(capsys, "search", "flytningen")
    assert code == 0
    assert "før flytningen" in out and "efter flytningen" in out
    assert [r.text for r in store.reflections().records] == ["før flytningen", "efter flytningen"]
    code, out, _ = run(capsys, "doctor")
    assert code == 0 and "all well: 2 reflections" in out
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o700  # moved with its mode, untouched


def test_a_link_back_to_a_parent_folder_is_walked_once_not_forever(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    Store(data_dir).save(reflection("aaaa0001", 1, "én gang"))
    (data_dir / "journal" / "2026" / "loop").symlink_to(data_dir / "journal")
    (data_dir / "goals").mkdir()
    (data_dir / "goals" / "again").symlink_to(data_dir / "goals")
    _, out, _ = run(capsys, "doctor")
    assert "1 reflection" in out
    _code, out, _ = run(capsys, "search", "gang")
    assert out.count("én gang") == 1


def test_a_record_file_that_is_a_link_is_named_not_read(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    store = Store(data_dir)
    store.save(reflection("aaaa0001", 1, "her"))
    outside = tmp_path / "outside.toml"
    path = store.path_for(reflection("aaaa0001", 1, ""))
    shutil.move(path, outside)
    os.chmod(outside, 0o644)
    path.symlink_to(outside)

    code, out, _ = run(capsys, "doctor")
    assert code == 1
    lines = [line for line in out.splitlines() if line.startswith(str(path))]
    assert any("a symbolic link" in line for line in lines), out
    assert any("mode 644" in line and f"chmod 600 '{outside}'" in line for line in lines), out
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # not ours to change
    code, _, err = run(capsys, "search", "her")
    assert "1 journal file could not be read" in err


def test_a_link_to_a_year_folder_that_is_gone_is_named(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    Store(data_dir).save(reflection("aaaa0001", 1, "her"))
    (data_dir / "journal" / "2025").symlink_to(tmp_path / "unplugged-disk" / "2025")
    code, out, _ = run(capsys, "doctor")
    assert code == 1
    assert f"{data_dir / 'journal' / '2025'}: a link to {tmp_path}" in out
    assert "which does not exist" in out


# --- 2. folders that cannot be read, as a user who is not root ----------------------------


@pytest.fixture
def nobody_dirs() -> Iterator[tuple[Path, Path]]:
    """A data and a cache folder the unprivileged user owns (outside pytest's private tmp)."""
    base = Path(tempfile.mkdtemp(prefix="lederbog-nobody-"))
    data, cache = base / "data", base / "cache"
    try:
        yield data, cache
    finally:
        for current, dirs, _ in os.walk(base):
            for name in dirs:
                os.chmod(os.path.join(current, name), 0o700)
        shutil.rmtree(base, ignore_errors=True)


def _hand_over(base: Path) -> None:
    """Make `base` the unprivileged user's, so that permissions apply to it as to anyone."""
    if os.geteuid() != 0:
        return
    for current, _dirs, files in os.walk(base):
        os.chown(current, NOBODY, NOBODY)
        for name in files:
            os.chown(os.path.join(current, name), NOBODY, NOBODY)
    os.chmod(base, 0o755)


def test_unreadable_folders_are_named_by_doctor_and_search_answers_from_the_rest(
    nobody_dirs: tuple[Path, Path],
) -> None:
    data, cache = nobody_dirs
    store = Store(data)
    store.save(reflection("aaaa0001", 1, "læsbar refleksion", year=2026))
    store.save(reflection("aaaa0002", 1, "skjult refleksion", year=2025))
    store.save(goal())
    (data / "frameworks").mkdir(mode=0o700)
    (data / "frameworks" / "mine.toml").write_text('schema = 1\nkind = "framework"\n')
    _hand_over(data.parent)
    locked_year, locked_goals = data / "journal" / "2025", data / "goals"
    locked_frameworks = data / "frameworks"
    for folder in (locked_year, locked_goals, locked_frameworks):
        os.chmod(folder, 0)
    env = {"LEDERBOG_DATA_DIR": str(data), "LEDERBOG_CACHE_DIR": str(cache)}

    doctor = child("doctor", env=env, user=NOBODY)
    assert doctor.returncode == 1, doctor.stdout
    assert f"{locked_year}: this folder could not be read (Permission denied)" in doctor.stdout
    assert f"{locked_goals}: this folder could not be read (Permission denied)" in doctor.stdout
    assert f"{locked_frameworks}: this folder could not be read" in doctor.stdout
    assert "all well" not in doctor.stdout

    search = child("search", "refleksion", env=env, user=NOBODY)
    assert search.returncode == 0, search.stderr
    assert "læsbar refleksion" in search.stdout and "skjult" not in search.stdout
    assert f"{locked_year}: this folder could not be read" in search.stderr
    assert "Traceback" not in search.stderr


# --- 3. permissions of what is not Lederbog's ---------------------------------------------


def test_a_shared_cache_folder_keeps_its_mode(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    shared = tmp_path / "shared-cache"
    shared.mkdir()
    (shared / "someone-elses.log").write_text("theirs")
    os.chmod(shared, 0o1777)
    monkeypatch.setenv("LEDERBOG_CACHE_DIR", str(shared))
    Store(data_dir).save(reflection("aaaa0001", 1, "fundet"))
    code, out, _ = run(capsys, "search", "fundet")
    assert code == 0 and "fundet" in out
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    index = next(shared.glob("index-*.sqlite3"))
    assert stat.S_IMODE(index.stat().st_mode) == 0o600  # what Lederbog made is private
    code, out, _ = run(capsys, "doctor")
    assert code == 0
    assert f"note: {shared}: the cache folder is readable by others (mode 1777)" in out
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777


def test_a_home_folder_given_as_data_dir_is_not_made_private(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    (home / ".bashrc").write_text("export X=1\n")
    os.chmod(home, 0o755)
    code, out, err = run(capsys, "--data-dir", str(home), "note", "Hej")
    assert code == 0 and "saved" in out and "readable by others" not in err
    assert stat.S_IMODE(home.stat().st_mode) == 0o755
    assert stat.S_IMODE((home / "journal").stat().st_mode) == 0o700  # Lederbog's own: private
    code, out, _ = run(capsys, "--data-dir", str(home), "doctor")
    assert code == 0
    assert f"note: {home}: readable by others (mode 755)" in out
    assert f"chmod 700 '{home}'" in out
    assert stat.S_IMODE(home.stat().st_mode) == 0o755


def test_doctor_does_not_change_what_a_journal_link_points_to(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    store = Store(data_dir)
    store.save(reflection("aaaa0001", 1, "her"))
    target = tmp_path / "synced-journal"
    shutil.move(data_dir / "journal", target)
    (data_dir / "journal").symlink_to(target, target_is_directory=True)
    os.chmod(target, 0o755)
    os.chmod(target / "2026", 0o755)
    record = target / "2026" / "2026-01-01-aaaa0001.toml"
    os.chmod(record, 0o644)

    code, out, err = run(capsys, "doctor")
    assert code == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o755
    assert stat.S_IMODE((target / "2026").stat().st_mode) == 0o755
    assert stat.S_IMODE(record.stat().st_mode) == 0o644
    assert f"chmod 700 '{target}'" in out and f"chmod 600 '{record}'" in out
    assert "read fine: 1 reflection" in err  # read through the link all the same
    assert "fixed:" not in out


# --- 4. files that are not files ---------------------------------------------------------


def _fifo(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)


def _zero(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to("/dev/zero")


PLACES = {
    "journal": ("journal/2026/2026-01-02-bbbb0002.toml", ["search", "hej"]),
    "journal-doctor": ("journal/2026/2026-01-02-bbbb0002.toml", ["doctor"]),
    "profile": ("profile.toml", ["doctor"]),
    "goal": ("goals/lead-team.toml", ["note", "hej", "--goal", "lead-team"]),
    "framework": ("frameworks/mine.toml", ["frameworks", "list"]),
    "cache": ("<cache>/frameworks-parsed.json", ["frameworks", "list"]),
    "check": ("<tmp>/given.toml", ["frameworks", "check", "<tmp>/given.toml"]),
}


@pytest.mark.parametrize("make", [_fifo, _zero], ids=["fifo", "dev-zero"])
@pytest.mark.parametrize("place", PLACES)
def test_a_fifo_or_a_device_where_a_file_belongs_is_refused_at_once(
    data_dir: Path, tmp_path: Path, place: str, make: object
) -> None:
    Store(data_dir).save(reflection("aaaa0001", 1, "hej med dig"))
    cache = tmp_path / "cache"
    where, argv = PLACES[place]

    def filled(text: str) -> str:
        return text.replace("<cache>", str(cache)).replace("<tmp>", str(tmp_path))

    assert callable(make)
    make(data_dir / where if not where.startswith("<") else Path(filled(where)))
    done = child(*map(filled, argv), timeout=15)  # the old code hung here, or ran out of memory
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr, done.stderr
    if place in ("journal", "cache"):
        assert done.returncode == 0, done.stderr
        if place == "journal":
            assert "hej med dig" in done.stdout
            assert "1 journal file could not be read" in done.stderr
    else:
        assert done.returncode == 1 or place == "framework", done.stderr
    shown = done.stdout + done.stderr
    if place not in ("journal", "cache"):
        assert "not a regular file" in shown or "a symbolic link" in shown, shown


def test_reading_is_capped_by_bytes_read_not_by_what_stat_says(tmp_path: Path) -> None:
    from lederbog.safefile import FileTooLarge, NotRegularFile, read_file

    with pytest.raises(FileTooLarge):
        read_file(_grown(tmp_path), max_bytes=10)
    with pytest.raises(NotRegularFile, match="a device"):
        read_file("/dev/zero", max_bytes=10)
    link = tmp_path / "link"
    link.symlink_to(_grown(tmp_path))
    with pytest.raises(NotRegularFile, match="symbolic link"):
        read_file(link, max_bytes=100, follow_links=False)
    assert read_file(link, max_bytes=100) == b"x" * 11


def _grown(tmp_path: Path) -> Path:
    path = tmp_path / "eleven"
    path.write_bytes(b"x" * 11)
    return path


# --- 5. TOML that would parse for minutes ---------------------------------------------------

DOTTED = "a" + ".a" * 40_000 + " = 1\n"


def test_a_user_framework_with_a_key_of_40000_parts_is_refused_quickly(
    data_dir: Path,
) -> None:
    (data_dir / "frameworks").mkdir(parents=True)
    (data_dir / "frameworks" / "mine.toml").write_text(DOTTED)
    done = child("frameworks", "list", env={"LEDERBOG_DATA_DIR": str(data_dir)}, timeout=10)
    assert done.returncode == 0
    assert "mine.toml:1: a key of more than 64 dotted parts; refused unread" in done.stderr
    assert "stuk" in done.stdout  # the bundled frameworks as ever


def test_a_journal_file_with_a_key_of_40000_parts_is_refused_quickly(
    data_dir: Path, tmp_path: Path
) -> None:
    store = Store(data_dir)
    store.save(reflection("aaaa0001", 1, "en god dag"))
    bad = data_dir / "journal" / "2026" / "2026-01-02-bbbb0002.toml"
    bad.write_text(DOTTED * 10)  # 400 KB: the old code never finished this
    env = {"LEDERBOG_DATA_DIR": str(data_dir), "LEDERBOG_CACHE_DIR": str(tmp_path / "c")}
    done = child("search", "god", env=env, timeout=10)
    assert done.returncode == 0 and "en god dag" in done.stdout
    assert "1 journal file could not be read" in done.stderr
    done = child("doctor", env=env, timeout=10)
    assert f"{bad}: a key of more than 64 dotted parts" in done.stdout


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[a" + ".b" * 100 + "]\n", "dotted parts"),
        ("x = " + "[" * 100 + "]" * 100 + "\n", "nested"),
        ("x = {" + "a.b = {" * 40 + "}" * 41 + "\n", "nested"),
        ("".join(f"k{n} = 1\n" for n in range(5001)), "more than 5000 keys"),
        ("".join(f"k{n}" + ".a" * 60 + " = 1\n" for n in range(4000)), "key parts in all"),
        ("x = 1\n" + "y = " + "9" * 5000 + "\n", "too many digits"),
        ("x = \n", "not valid TOML"),
    ],
)
def test_the_guarded_reader_refuses_with_one_error_naming_the_file(text: str, reason: str) -> None:
    from lederbog.safetoml import TomlRefused, loads_guarded

    with pytest.raises(TomlRefused) as refused:
        loads_guarded(text.encode(), name="given.toml", max_bytes=10**6, max_keys=5000)
    assert reason in refused.value.reason
    assert refused.value.describe().startswith("given.toml: ")


def test_dots_and_brackets_inside_strings_and_comments_do_not_count() -> None:
    from lederbog.safetoml import loads_guarded

    text = (
        'title = "' + "a." * 200 + '[{"\n'
        "note = '" + ".[" * 200 + "'\n"
        '"quoted.key.with.dots" = """\n' + "x.y[{\n" * 100 + '"""\n'
        "lit = '''\n" + "{.}" * 200 + "'''\n"
        "# " + "." * 500 + "\n"
        "[tabel.under]\nversion = 1.5\ntider = [1.5, 2.5, 3.5]\n"
    )
    doc = loads_guarded(text, name="t", max_bytes=10**6)
    assert doc["tabel"]["under"]["version"] == 1.5
    assert doc["quoted.key.with.dots"].count("x.y") == 100


def test_every_bundled_framework_passes_the_guarded_reader() -> None:
    from lederbog import paths
    from lederbog.safetoml import loads_guarded

    for path in sorted(paths.bundled_frameworks_dir().glob("*.toml")):
        assert loads_guarded(path.read_bytes(), name=str(path), max_bytes=2 * 1024**2)


# --- 6. tracebacks ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["note", "hej"], ["search", "hej"], ["doctor"]])
def test_a_home_folder_that_does_not_exist_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    code, _, err = run(capsys, *command, "--data-dir", "~nosuchuser/x")
    assert code == 2
    one_clear_line(err)
    assert "'~nosuchuser'" in err
    # `note` needs no cache (without --area), so only its data folder can be wrong.
    variables = ["LEDERBOG_DATA_DIR"] + (["LEDERBOG_CACHE_DIR"] if command[0] != "note" else [])
    for variable in variables:
        with monkeypatch.context() as patch:
            patch.setenv(variable, "~nosuchuser/x")
            code, _, err = run(capsys, *command)
            assert code == 1, err
            one_clear_line(err)
            assert variable in err


INTERRUPT_AT_IMPORT = """
import importlib.abc, os, runpy, signal, sys
target = sys.argv.pop(1)
class Interrupt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target_module=None):
        if name == target:
            os.kill(os.getpid(), signal.SIGINT)
        return None
sys.meta_path.insert(0, Interrupt())
runpy.run_module("lederbog", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize(
    "moment", ["argparse", "lederbog.cli", "lederbog.commands.search", "lederbog.store.index"]
)
def test_ctrl_c_while_starting_exits_130_without_a_traceback(moment: str) -> None:
    """ctrl-c delivered while Python imports the command line, while the parser is built,
    and once the command runs."""
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPT_AT_IMPORT, moment, "search", "hej", *ENGLISH],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr


# --- 7. escape sequences in paths and names -------------------------------------------------

TITLE = "\x1b]0;pwned\x07"


def test_a_data_folder_path_with_an_escape_sequence_never_reaches_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = tmp_path / f"data{TITLE}"
    data.mkdir()
    os.chmod(data, 0o755)
    code, out, err = run(capsys, "--data-dir", str(data), "note", "Hej")
    assert code == 0 and "was readable by others" in err
    assert "\x1b" not in out + err and "\x07" not in out + err

    store = Store(data)
    real_save = Store.save

    def save_after_someone_else(self: Store, record: object) -> object:
        # Another program writes the very file between the check and the save.
        target = self.path_for(record)  # type: ignore[arg-type]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("theirs")
        return real_save(self, record)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "save", save_after_someone_else)
    code, out, err = run(capsys, "--data-dir", str(data), "note", "Igen")
    assert code == 1 and "changed by someone else" in err
    assert "\x1b" not in out + err and "\x07" not in out + err
    monkeypatch.setattr(Store, "save", real_save)

    (data / "journal" / "2026" / f"x{TITLE}.toml").write_text("x")
    (data / "frameworks").mkdir()
    (data / "frameworks" / f"fw{TITLE}.toml").write_text(f'title = "{TITLE}"\n')
    assert store.root == data
    for argv in (["doctor"], ["search", "Hej"], ["frameworks", "list"], ["frameworks"]):
        _, out, err = run(capsys, "--data-dir", str(data), *argv)
        assert "\x1b" not in out + err and "\x07" not in out + err, argv


def test_tags_areas_and_framework_texts_with_escapes_are_filtered(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    store = Store(data_dir)
    note = reflection("aaaa0001", 1, f"tekst {TITLE} her")
    note.tags = [f"tag{TITLE}"]
    note.areas = [f"stuk/{TITLE}"]
    store.save(note)
    framework = tmp_path / "fw.toml"
    framework.write_text(
        f'schema = 1\nkind = "framework"\nid = "x{TITLE}"\ntitle = "{TITLE}"\n'
        f'[[areas]]\nid = "a"\ntitle = "{TITLE}"\n'
    )
    for argv in (
        ["search", "tekst"],
        ["search", "--full", "tekst"],
        ["doctor"],
        ["frameworks", "check", str(framework)],
    ):
        _, out, err = run(capsys, *argv)
        assert "\x1b" not in out + err and "\x07" not in out + err, argv


# --- 8. one clear message, and the right one ------------------------------------------------


def test_doctor_does_not_take_a_save_under_way_for_an_interrupted_one(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    store = Store(data_dir)
    store.save(reflection("aaaa0001", 1, "her"))
    temp = data_dir / "journal" / "2026" / ".2026-01-02-bbbb0002.toml.tmp-x1y2"
    temp.write_text("halfway")
    fd = os.open(data_dir / ".lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # what a saving Lederbog holds until its rename
        code, out, _ = run(capsys, "doctor")
    finally:
        os.close(fd)
    assert code == 0, out
    assert f"note: {temp}: a save is under way" in out
    code, out, _ = run(capsys, "doctor")  # no save holds the lock: it was left behind
    assert code == 1 and f"{temp}: a temporary file left by an interrupted save" in out


def test_a_note_whose_confirmation_cannot_be_printed_says_it_was_saved(data_dir: Path) -> None:
    with open("/dev/full", "w") as full:
        done = child(
            "note", "gemt alligevel", env={"LEDERBOG_DATA_DIR": str(data_dir)}, stdout=full
        )
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("lederbog: saved private reflection ")
    assert "could not be printed" in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert len(list((data_dir / "journal").rglob("*.toml"))) == 1


def test_a_search_whose_output_cannot_be_written_is_one_line(data_dir: Path) -> None:
    Store(data_dir).save(reflection("aaaa0001", 1, "hej"))
    with open("/dev/full", "w") as full:
        done = child("search", "hej", env={"LEDERBOG_DATA_DIR": str(data_dir)}, stdout=full)
    assert done.returncode == 1
    one_clear_line(done.stderr)
    assert "could not write the output" in done.stderr


@pytest.mark.parametrize("argv", [["search", "hej"], ["frameworks", "list"], ["frameworks"]])
def test_a_data_folder_that_is_a_file_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    somewhere = tmp_path / "notes.txt"
    somewhere.write_text("mine")
    code, out, err = run(capsys, "--data-dir", str(somewhere), *argv)
    assert code == 1 and out == ""
    one_clear_line(err)
    assert "is a file, not a folder" in err


def test_doctor_names_a_whole_file_problem_without_a_line_0(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (data_dir / "frameworks").mkdir(parents=True)
    big = data_dir / "frameworks" / "big.toml"
    big.write_bytes(b"# " + b"x" * (3 * 1024 * 1024) + b"\n")
    code, out, _ = run(capsys, "doctor")
    assert code == 1
    assert f"{big}: file is larger than 2 MB" in out
    assert "line 0" not in out


@pytest.mark.parametrize(
    "text", ["\x00\x00", "\x1b", "\x07\x07", "\u200b\u200d\ufeff", " \x1b\x1b\u2060 "]
)
def test_a_note_of_invisible_characters_only_is_empty(
    capsys: pytest.CaptureFixture[str], data_dir: Path, text: str
) -> None:
    code, out, err = run(capsys, "note", text)
    assert code == 1 and out == ""
    assert err == "lederbog: the reflection is empty; nothing was saved\n"
    assert not (data_dir / "journal").exists()


def test_a_tag_of_invisible_characters_only_is_empty(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, _, err = run(capsys, "note", "hej", "--tag", "#\u200b\x1b")
    # A malformed option (exit 2): a tag is letters and digits (lederbog.tags).
    assert code == 2 and "a tag is letters and digits" in err and "\x1b" not in err
    assert not (data_dir / "journal").exists()


def test_a_created_time_with_nanoseconds_is_kept_on_resave(data_dir: Path) -> None:
    store = Store(data_dir)
    store.save(reflection("aaaa0001", 1, "første"))
    path = store.path_for(reflection("aaaa0001", 1, ""))
    written = path.read_text("utf-8").replace(
        "created = 2026-01-05 09:30:00+01:00", "created = 2026-01-05T09:30:00.123456789+01:00"
    )
    assert "123456789" in written
    path.write_text(written, "utf-8")
    (loaded,) = store.reflections().records
    assert loaded.created.microsecond == 123456
    loaded.text = "ændret"
    assert not store.save(loaded).conflict
    again = path.read_text("utf-8")
    assert "created = 2026-01-05T09:30:00.123456789+01:00" in again and "ændret" in again
    (loaded,) = store.reflections().records
    loaded.text = "igen"
    store.save(loaded)
    assert "09:30:00.123456789+01:00" in path.read_text("utf-8")


def test_doctor_counts_drafts_and_leaves_the_trash_alone(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    store = Store(data_dir)
    store.save(reflection("aaaa0001", 1, "levende"))
    drafts = data_dir / "drafts"
    drafts.mkdir(mode=0o700)
    (drafts / "abcd1234.toml").write_text('schema = 1\nkind = "draft"\ntext = "halvt skrevet"\n')
    os.chmod(drafts / "abcd1234.toml", 0o600)
    trashed = data_dir / "trash" / "journal" / "2026" / "2026-01-03-cccc0003.toml"
    trashed.parent.mkdir(parents=True)
    for folder in (trashed.parent, trashed.parent.parent, data_dir / "trash"):
        os.chmod(folder, 0o700)
    shutil.copy(store.path_for(reflection("aaaa0001", 1, "")), trashed)
    (data_dir / "trash" / "journal" / "2026" / "stray.txt.toml").write_text("x = ")
    code, out, _ = run(capsys, "doctor")
    assert code == 0, out
    assert "all well: 1 reflection" in out and "1 draft" in out
    assert "trash" not in out.replace(f"{data_dir}", "")
    (drafts / "broken.toml").write_text("x = ")
    (drafts / "goal.toml").write_text('schema = 1\nkind = "goal"\n')
    code, out, _ = run(capsys, "doctor")
    assert code == 1 and f"{drafts / 'broken.toml'}: a draft that cannot be read" in out
    assert f"{drafts / 'goal.toml'}: a draft that cannot be read: 'kind' is 'goal'" in out


def test_doctor_help_says_what_it_finds(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["doctor", "--help", *ENGLISH])
    out = capsys.readouterr().out
    for finding in ("cannot be read", "conflict copies", "interrupted save", "FIFO", "link"):
        assert finding in out


# --- 9. the test suite stays in its own folders ---------------------------------------------


@pytest.fixture(scope="module")
def module_cache() -> Path:
    """What a module-scoped fixture sees: it runs before any per-test isolation."""
    from lederbog import paths

    return paths.cache_dir()


def test_a_module_scoped_fixture_is_already_away_from_the_real_folders(
    module_cache: Path,
) -> None:
    import conftest

    assert module_cache.is_relative_to(conftest.SESSION_DIR)
    assert all(not module_cache.is_relative_to(real) for real in conftest.REAL_FOLDERS)


def test_the_guard_notices_every_way_of_writing_into_a_watched_folder(tmp_path: Path) -> None:
    import sqlite3

    import conftest

    watched = tmp_path / "real-cache"
    watched.mkdir()
    (watched / "old.json").write_text("{}")
    guard = conftest.Guard([str(watched)])
    sys.addaudithook(guard)  # stays for the session: only ever watches this test's folder
    (tmp_path / "elsewhere.txt").write_text("fine")
    (watched / "old.json").read_text()  # reading is fine
    assert guard.seen == []
    (watched / "frameworks-parsed.json").write_text("{}")
    (watched / "sub").mkdir()
    os.replace(watched / "old.json", watched / "new.json")
    os.close(os.open(watched / "made", os.O_RDWR | os.O_CREAT, 0o600))
    sqlite3.connect(watched / "index.sqlite3").close()
    events = [entry.split(" ")[0] for entry in guard.seen]
    assert events == ["open", "os.mkdir", "os.rename", "open", "sqlite3.connect"]
    guard.watched = []


def test_a_file_name_with_a_line_break_cannot_forge_a_line_of_doctor(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    Store(data_dir).save(reflection("aaaa0001", 1, "her"))
    (data_dir / "journal" / "2026" / "x\nall well: nothing to see.toml").write_text("x")
    code, out, _ = run(capsys, "doctor")
    assert code == 1
    assert not any(line.startswith("all well") for line in out.splitlines()), out
