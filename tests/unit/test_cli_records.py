"""`lederbog note | search | doctor` as a leader runs them."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lederbog.cli import main
from lederbog.model.records import Goal, Reflection
from lederbog.store.store import Store

CREATED = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
UNSAFE = ("\x1b", "\x07", "\x9b", "\u202e")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The command in English (Danish, the default, is tested in test_cli_language.py)."""
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


class FakeStdin:
    """What `note` reads: the bytes of standard input, and whether it is a terminal."""

    def __init__(self, data: bytes, tty: bool = False) -> None:
        self.buffer = io.BytesIO(data)
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def files_in(folder: Path) -> dict[Path, bytes]:
    if not folder.exists():
        return {}
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def journal_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "journal").rglob("*.toml"))


def read(path: Path) -> dict[str, object]:
    return tomllib.loads(path.read_text("utf-8"))


@pytest.fixture
def with_goal(data_dir: Path) -> Store:
    store = Store(data_dir)
    store.save(
        Goal(
            id="lead-team",
            created=CREATED,
            framework="stuk",
            area="driftsledelse",
            title="Led teamet",
        )
    )
    return store


# --- note -------------------------------------------------------------------------


def test_note_saves_the_words_as_one_private_reflection(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    before = dt.date.today()
    code, out, err = run(capsys, "note", "Godt", "1:1", "med", "Anna", "om", "prioriteringer")
    after = dt.date.today()
    assert (code, err) == (0, "")
    (path,) = journal_files(data_dir)
    doc = read(path)
    assert doc["schema"] == 1 and doc["kind"] == "reflection"
    assert doc["text"] == "Godt 1:1 med Anna om prioriteringer"
    assert doc["date"] in (before, after)
    assert (doc["areas"], doc["goals"], doc["tags"], doc["shared"]) == ([], [], [], False)
    date = doc["date"]
    assert isinstance(date, dt.date)
    assert path.relative_to(data_dir).as_posix() == (
        f"journal/{date.year}/{date.isoformat()}-{doc['id']}.toml"
    )
    # A path the user can open from wherever they stand, not one relative to the data folder.
    assert out == f"saved private reflection {doc['id']} ({date.isoformat()}): {path}\n"


def test_note_with_every_option(
    capsys: pytest.CaptureFixture[str], data_dir: Path, with_goal: Store
) -> None:
    existing = files_in(data_dir)
    code, out, err = run(
        capsys,
        "note",
        "Svær samtale",
        "--area",
        "stuk/driftsledelse",
        "--area",
        "stuk/personaleledelse-og-udvikling",
        "--area",
        "stuk/driftsledelse",
        "--goal",
        "lead-team",
        "--tag",
        "#Mod",
        "--tag",
        "feedback",
        "--shared",
        "--date",
        "2026-03-02",
    )
    assert (code, err) == (0, "")
    new = set(files_in(data_dir)) - set(existing)
    (path,) = new  # exactly one file written
    doc = read(path)
    assert path.parent == data_dir / "journal" / "2026"
    assert path.name == f"2026-03-02-{doc['id']}.toml"
    assert doc["text"] == "Svær samtale"
    assert doc["date"] == dt.date(2026, 3, 2)
    assert doc["areas"] == ["stuk/driftsledelse", "stuk/personaleledelse-og-udvikling"]
    assert doc["goals"] == ["lead-team"]
    assert doc["tags"] == ["Mod", "feedback"]
    assert doc["shared"] is True
    assert out.startswith(f"saved shared reflection {doc['id']} (2026-03-02): ")
    # The goal itself was not touched.
    assert {p: files_in(data_dir)[p] for p in existing} == existing


@pytest.mark.parametrize("argv", [["note"], ["note", "-"]])
def test_note_reads_standard_input(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    argv: list[str],
) -> None:
    text = 'Første linje\r\nAnden linje med "citat" og \\ og 🙂\n\ttredje\n'
    monkeypatch.setattr(sys, "stdin", FakeStdin(text.encode("utf-8")))
    code, out, err = run(capsys, *argv, "--tag", "møder")
    assert (code, err) == (0, "")
    (path,) = journal_files(data_dir)
    doc = read(path)
    assert doc["text"] == text.strip()
    assert doc["tags"] == ["møder"]
    assert out.startswith("saved private reflection ")


def test_note_tells_a_terminal_user_how_to_end(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"Skrevet i terminalen\n", tty=True))
    code, _, err = run(capsys, "note")
    assert code == 0
    assert "Ctrl-D" in err
    assert read(journal_files(data_dir)[0])["text"] == "Skrevet i terminalen"


@pytest.mark.parametrize(
    ("argv", "stdin", "exit_code", "message"),
    [
        (["hej", "--area", "stuk/nope"], None, 1, "unknown area 'stuk/nope' (areas of stuk: "),
        (["hej", "--area", "nope/driftsledelse"], None, 1, "no framework 'nope' (known: "),
        (["hej", "--area", "stuk"], None, 2, "--area must be FRAMEWORK/AREA"),
        (["hej", "--area", "stuk/"], None, 2, "--area must be FRAMEWORK/AREA"),
        (["hej", "--goal", "nope"], None, 1, "no goal with id 'nope'"),
        (["hej", "--goal", "../profile"], None, 1, "no goal with id '../profile'"),
        (
            ["hej", "--date", "2026-13-01"],
            None,
            2,
            "2026-13-01 does not exist; there is no month 13",
        ),
        (
            ["hej", "--date", "2026-02-30"],
            None,
            2,
            "2026-02-30 does not exist; February 2026 has 28",
        ),
        (["hej", "--date", "2028-02-30"], None, 2, "February 2028 has 29 days"),
        (["hej", "--date", "2026-04-31"], None, 2, "April 2026 has 30 days"),
        (["hej", "--date", "2026-1-5"], None, 2, "--date must be a date written YYYY-MM-DD"),
        (["hej", "--date", "tomorrow"], None, 2, "not 'tomorrow'"),
        (["hej", "--date", "20260302"], None, 2, "not '20260302'"),
        (["hej", "--date", "2026-W10-1"], None, 2, "not '2026-W10-1'"),
        (["hej", "--date", ""], None, 2, "--date must be a date"),
        ([""], None, 1, "the reflection is empty; nothing was saved"),
        (["  ", "\t"], None, 1, "the reflection is empty"),
        ([], b" \n\n", 1, "the reflection is empty"),
        (["-"], b"", 1, "the reflection is empty"),
        (["-"], b"caf\xe9 au lait", 1, "the input is not UTF-8 text (byte 3); nothing was saved"),
        (["\udcff"], None, 1, "cannot be saved (U+DCFF"),
        (["godt", "møde", "\udcff"], None, 1, "nothing was written"),
        (["hej", "--tag", "x\udcff"], None, 2, "a tag is letters and digits"),
        (["hej", "--tag", "#"], None, 2, "--tag '#' is empty"),
        (["hej", "--tag", "to ord"], None, 2, "--tag 'to ord': a tag is one word without spaces"),
        (["hej", "--tag", "\x1b[5mblink"], None, 2, "--tag '[5mblink': a tag is letters"),
        (["hej", "--tag", "rød\u202e"], None, 2, "a tag is letters and digits"),
        (["hej", "--tag", "x" * 61], None, 2, "a tag has at most 60 characters"),
        (["hej", "--area", "stuk/ nope"], None, 1, "unknown area 'stuk/ nope' (areas of stuk: "),
    ],
)
def test_a_bad_note_is_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    with_goal: Store,
    argv: list[str],
    stdin: bytes | None,
    exit_code: int,
    message: str,
) -> None:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", FakeStdin(stdin))
    before = files_in(data_dir)
    code, out, err = run(capsys, "note", *argv)
    assert code == exit_code
    assert out == ""
    assert err.startswith("lederbog: ") and message in err, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert files_in(data_dir) == before


def test_a_bad_note_does_not_even_make_the_data_folder(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    for argv in (["x", "--date", "2026-02-30"], ["x", "--goal", "nope"], ["\udcff"]):
        code, _, err = run(capsys, "note", *argv)
        assert code != 0 and err.count("\n") == 1
    assert not data_dir.exists()


def test_note_into_a_data_folder_that_is_a_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    somewhere = tmp_path / "notes.txt"
    somewhere.write_text("mine egne noter\n", encoding="utf-8")
    somewhere.chmod(0o644)
    code, out, err = run(capsys, "--data-dir", str(somewhere), "note", "Hej")
    assert code == 1 and out == ""
    assert (
        err == f"lederbog: the data folder {somewhere} is a file, not a folder; nothing was done\n"
    )
    assert somewhere.read_text("utf-8") == "mine egne noter\n"
    assert somewhere.stat().st_mode & 0o777 == 0o644  # not ours to change

    code, out, err = run(capsys, "doctor", "--data-dir", str(somewhere))
    assert code == 1
    assert f"{somewhere}: a file, where the data folder should be" in out


def test_note_where_a_file_blocks_the_journal_folder_is_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / "journal").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "note", "Hej")
    assert code == 1 and out == ""
    assert err.startswith(f"lederbog: could not make the folder {data_dir / 'journal'}: ")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "exit_code"),
    [
        ([b"note", b"\xff"], 1),
        ([b"note", b"godt m\xf8de"], 1),  # Latin-1 from an old terminal
        ([b"note", b"hej", b"--tag", b"\xff"], 2),  # a tag nobody could type again
        ([b"note", b"hej", b"--goal", b"\xff"], 1),
        ([b"note", b"hej", b"--area", b"stuk/\xff"], 1),
        ([b"search", b"\xff"], 2),  # a query with no letters in it is malformed
        ([b"search", b"led\xffelse*", b"--tag", b"\xff"], 2),  # a tag nobody could type
        ([b"search", b"led\xffelse*"], 0),
    ],
)
def test_undecodable_bytes_on_the_command_line(
    data_dir: Path, argv: list[bytes], exit_code: int
) -> None:
    # Linux hands Python such bytes as lone surrogates ("\udcff"), as a real shell would.
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"lederbog", *argv],
        capture_output=True,
        check=False,
    )
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == exit_code, err
    assert "Traceback" not in err
    assert err.startswith("lederbog: ") and err.count("\n") == 1, err
    assert not data_dir.exists()  # nothing written, not even a folder


# --- search -----------------------------------------------------------------------

LONG = (
    "Ledelse i forandring. "
    + " ".join(f"ord{n}" for n in range(80))
    + " slutordet.\n\nAndet afsnit om opfølgning."
)


@pytest.fixture
def journal(data_dir: Path) -> Store:
    store = Store(data_dir)
    entries = [
        Reflection(
            id="aaaa0001",
            created=CREATED,
            date=dt.date(2026, 1, 5),
            text="Godt 1:1 med Anna om prioriteringer og god ledelse",
            areas=["stuk/driftsledelse"],
            tags=["mod"],
        ),
        Reflection(
            id="aaaa0002",
            created=CREATED,
            date=dt.date(2026, 2, 10),
            text="Svær samtale om ledelse af forandring",
            areas=["stuk/personaleledelse-og-udvikling"],
            shared=True,
        ),
        Reflection(
            id="aaaa0003",
            created=CREATED,
            date=dt.date(2026, 3, 1),
            text="Intet om det emne i dag",
            tags=["ferie"],
        ),
        Reflection(id="aaaa0004", created=CREATED, date=dt.date(2026, 3, 15), text=LONG),
    ]
    for entry in entries:
        store.save(entry)
    return store


def heads(out: str) -> list[str]:
    """The first line of each result (they start with the date)."""
    return [line for line in out.splitlines() if line[:4].isdigit()]


def test_search_prints_date_areas_and_the_matching_text(
    capsys: pytest.CaptureFixture[str], journal: Store
) -> None:
    code, out, err = run(capsys, "search", "ledelse")
    assert (code, err) == (0, "")
    assert heads(out) == [
        "2026-01-05  stuk/driftsledelse  #mod",
        "2026-02-10  stuk/personaleledelse-og-udvikling  (shared)",
        "2026-03-15",
    ]
    assert "    Godt 1:1 med Anna om prioriteringer og god ledelse\n" in out
    assert "    Svær samtale om ledelse af forandring\n" in out
    assert "Intet om det emne" not in out
    assert "\x1b" not in out and "\ue000" not in out and "\ue001" not in out


@pytest.mark.parametrize(
    ("argv", "dates"),
    [
        (["--area", "stuk/driftsledelse"], ["2026-01-05"]),
        (["--tag", "MOD"], ["2026-01-05"]),
        (["--tag", "#ferie"], ["2026-03-01"]),
        (["--since", "2026-02-10"], ["2026-02-10", "2026-03-01", "2026-03-15"]),
        (["--until", "2026-02-10"], ["2026-01-05", "2026-02-10"]),
        (["--since", "2026-02-01", "--until", "2026-03-01"], ["2026-02-10", "2026-03-01"]),
        (["ledelse", "--since", "2026-02-01"], ["2026-02-10", "2026-03-15"]),
        (["ledel*", "--until", "2026-01-31"], ["2026-01-05"]),
        (["god ledelse"], ["2026-01-05"]),  # a phrase
        (["ledelse", "forandring"], ["2026-02-10", "2026-03-15"]),  # both words
        (["-n", "2"], ["2026-03-01", "2026-03-15"]),
        ([], ["2026-01-05", "2026-02-10", "2026-03-01", "2026-03-15"]),
    ],
)
def test_search_filters(
    capsys: pytest.CaptureFixture[str], journal: Store, argv: list[str], dates: list[str]
) -> None:
    code, out, _ = run(capsys, "search", *argv)
    assert code == 0
    assert [head.split()[0] for head in heads(out)] == dates


def test_search_full_prints_the_whole_reflection(
    capsys: pytest.CaptureFixture[str], journal: Store
) -> None:
    code, out, _ = run(capsys, "search", "opfølgning")
    assert code == 0
    assert "opfølgning" in out and "ord10 " not in out  # an excerpt around the match only
    code, out, _ = run(capsys, "search", "opfølgning", "--full")
    assert code == 0
    assert heads(out) == ["2026-03-15"]
    body = [line for line in out.splitlines()[1:] if line]
    assert all(line.startswith("    ") for line in body)
    words = " ".join(line.strip() for line in body)
    assert words == " ".join(LONG.replace("\n\n", " ").split())


def test_search_with_no_match_says_so(capsys: pytest.CaptureFixture[str], journal: Store) -> None:
    code, out, err = run(capsys, "search", "ingenting")
    assert (code, out) == (0, "")
    assert err == "lederbog: no reflections match\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--since", "2026-02-30"], "--since: the date 2026-02-30 does not exist"),
        (["--until", "igår"], "--until must be a date written YYYY-MM-DD"),
        (["ledelse", "--since", "01-02-2026"], "--since must be a date written YYYY-MM-DD"),
        # an empty shell variable: not silently "no limit"
        (["--until", ""], "--until must be a date written YYYY-MM-DD"),
        (
            ["--since", "2026-03-01", "--until", "2026-02-01"],
            "--since 2026-03-01 is after --until 2026-02-01: the range is reversed",
        ),
    ],
)
def test_search_with_a_bad_date_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], journal: Store, argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "search", *argv)
    assert code == 2 and out == ""
    assert err.startswith("lederbog: --") and message in err, err
    assert err.count("\n") == 1


def test_search_with_an_unknown_area_is_one_line(
    capsys: pytest.CaptureFixture[str], journal: Store
) -> None:
    code, out, err = run(capsys, "search", "--area", "stuk/nope")
    assert code == 1 and out == ""
    assert err.startswith("lederbog: unknown area 'stuk/nope'") and err.count("\n") == 1


HOSTILE = (
    "før \x1b]0;evil\x07 midt \x1b[31mrød\x1b[0m \x9b31m slut \u202eomvendt\n"
    "\x1b]52;c;Y3VybCBldmlsCg==\x07 næste linje \x1b[2J"
)


def test_hostile_text_never_reaches_the_terminal(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    store = Store(data_dir)
    evil = Reflection(
        id="e0000001",
        created=CREATED,
        date=dt.date(2026, 1, 7),
        text=HOSTILE,
        areas=["stuk/\x1b[2Jdrift"],
        tags=["\x1b[5mblink\u202e"],
    )
    path = store.save(evil).path
    for argv in (["midt"], ["midt", "--full"], [], ["--full"]):
        code, out, _ = run(capsys, "search", *argv)
        assert code == 0
        assert "2026-01-07" in out, argv
        assert not any(char in out for char in UNSAFE), (argv, out)
        assert "evil" in out and "midt" in out and "omvendt" in out
    # Shown clean, stored as written.
    assert read(path)["text"] == HOSTILE
    # Such a tag is not one anybody can type: asking for it says so instead of finding nothing.
    code, out, err = run(capsys, "search", "--tag", "\x1b[5mblink\u202e")
    assert code == 2 and out == "" and "a tag is letters and digits" in err
    assert not any(char in err for char in UNSAFE)


def test_search_reports_unreadable_journal_files(
    capsys: pytest.CaptureFixture[str], journal: Store
) -> None:
    bad = journal.root / "journal" / "2026" / "2026-01-09-bad.toml"
    bad.write_bytes(b"\xff\xfe not text")
    code, out, err = run(capsys, "search", "ledelse")
    assert code == 0
    assert len(heads(out)) == 3
    assert "1 journal file could not be read" in err and "lederbog doctor" in err
    assert bad.read_bytes() == b"\xff\xfe not text"


# --- doctor -----------------------------------------------------------------------


def test_doctor_on_a_folder_that_does_not_exist(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, "doctor")
    assert (code, err) == (0, "")
    assert f"data folder: {data_dir}" in out
    assert "no data yet" in out
    assert not data_dir.exists()  # the doctor does not make it


def test_doctor_on_an_empty_folder(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    code, out, err = run(capsys, "doctor")
    assert (code, err) == (0, "")
    assert "all well: 0 reflections, 0 goals, 0 assessments, no profile yet" in out


def test_doctor_on_good_records(capsys: pytest.CaptureFixture[str], journal: Store) -> None:
    code, out, err = run(capsys, "doctor")
    assert (code, err) == (0, "")
    assert "all well: 4 reflections, 0 goals, 0 assessments" in out


def test_doctor_names_a_bad_file_and_exits_1(
    capsys: pytest.CaptureFixture[str], journal: Store
) -> None:
    bad = journal.root / "journal" / "2026" / "2026-01-09-bad.toml"
    bad.write_text('schema = 1\nkind = "reflection"\nid = "bad"\n', encoding="utf-8")
    code, out, err = run(capsys, "doctor")
    assert code == 1
    assert f"{bad}: 'created' must be a date and time with an offset" in out
    assert "1 problem; read fine: 4 reflections" in err
    assert "Traceback" not in out + err


def test_doctor_shows_hostile_file_names_harmlessly(
    capsys: pytest.CaptureFixture[str], journal: Store
) -> None:
    odd = journal.root / "journal" / "2026" / "x\x1b]0;evil\x07\u202e.toml"
    odd.write_text("", encoding="utf-8")
    code, out, _ = run(capsys, "doctor")
    assert code == 1
    assert "not a Lederbog record name" in out
    assert not any(char in out for char in UNSAFE)
    assert odd.exists()


def test_doctor_counts_in_good_english(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    store = Store(data_dir)
    store.save(Reflection("one", CREATED, dt.date(2026, 1, 5), "en"))
    store.save(Goal("lead-team", CREATED, "stuk", "driftsledelse", "Led teamet"))
    code, out, _ = run(capsys, "doctor")
    assert code == 0
    assert "all well: 1 reflection, 1 goal, 0 assessments, no profile yet" in out
