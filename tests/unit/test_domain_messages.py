"""Nothing English in the Danish interface: what the store, the doctor, the framework
loader and the safe readers say (in English, in the domain) reaches a Danish leader in
Danish, reasons inside reasons included."""

from __future__ import annotations

import errno
import fcntl
import os
import re
import sys
from pathlib import Path

import pytest

from lederbog import cli, frameworks, paths, safefile, safetoml
from lederbog.cli import main
from lederbog.commands import _common
from lederbog.domain_text import domain_text
from lederbog.i18n import STRINGS
from lederbog.store import doctor, layout

GOAL = (
    'schema = 1\nkind = "goal"\nid = "{id}"\ncreated = 2026-01-05T09:30:00+01:00\n'
    'framework = "stuk"\narea = "personale"\ntitle = "Et mål"\nwhy = ""\nsuccess = ""\n'
    'status = "active"\nitems = []\n'
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _chunks(template: str) -> list[str]:
    """The fixed words of a template that would betray it: a few words, with letters."""
    return [
        part.strip(" ;:,()")
        for part in re.split(r"\{\w+\}", template)
        if len(part.strip(" ;:,()")) >= 12 and re.search(r"[a-z]{3,} [a-z]{2,}", part)
    ]


ENGLISH = sorted(
    {
        chunk
        for key, (da, en) in STRINGS.items()
        if key.startswith("cli.domain.")
        for chunk in _chunks(en)
        if chunk not in da
    }
)
# What Python's TOML reader and the system say, which no template of ours spells out whole.
ENGLISH += ["(line ", "Invalid ", "Expected ", "Unterminated", "Permission denied"]


def english_in(text: str) -> list[str]:
    return [chunk for chunk in ENGLISH if chunk in text]


def test_the_english_list_would_catch_a_leak() -> None:
    # The check below can fail: an untranslated message is found by its own words.
    assert english_in(f"x: {safefile.A_LINK}") != []
    assert english_in(safetoml.KEY_TOO_LONG.format(limit=64)) != []
    assert english_in("ikke gyldig TOML: Invalid value (line 2)") != []
    assert english_in(domain_text("da", safefile.A_LINK)) == []


def test_doctor_names_every_bad_file_in_danish(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    goals = data_dir / "goals"
    journal = data_dir / "journal" / "2026"
    drafts = data_dir / "drafts"
    for folder in (goals, journal, drafts, data_dir / "frameworks"):
        folder.mkdir(parents=True)
    (data_dir / "profile.toml").write_text('schema = 1\nkind = "profile"\nname = "Mette"\n')
    os.mkfifo(goals / "fifo.toml")  # a FIFO where a goal belongs
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text(GOAL.format(id="linket"))
    (goals / "linket.toml").symlink_to(elsewhere)  # read only where it is, never via a link
    with open(goals / "stor.toml", "wb") as big:  # larger than any record
        big.truncate(16 * 1024 * 1024 + 1)
    (goals / "brudt.toml").write_text('schema = 1\nkind = "goal"\nid = \n')
    dotted = ".".join(["a"] * 100)
    (journal / "2026-01-06-bbbb0002.toml").write_text(f"schema = 1\n{dotted} = 1\n")
    (drafts / "kladde.toml").write_text('kind = "draft"\ntext = "uafsluttet\n')
    (drafts / "note.toml").write_text('kind = "note"\ntext = "x"\n')
    (data_dir / "journal" / "2025").symlink_to(tmp_path / "gone")  # a year moved away
    os.mkfifo(data_dir / "frameworks" / "ramme.toml")
    (data_dir / "frameworks" / "dyb.toml").write_text("a = " + "[" * 70 + "]" * 70 + "\n")
    outside = tmp_path / "vurderinger"
    outside.mkdir(mode=0o755)
    outside.chmod(0o755)
    (data_dir / "assessments").symlink_to(outside)  # reached through a link, left loose

    code, out, err = run(capsys, "doctor")
    assert code == 1
    for danish in (
        "fifo.toml: ikke en almindelig fil (en FIFO); ikke læst; ikke indlæst",
        "linket.toml: et symbolsk link; Lederbog læser kun sine filer, hvor de ligger",
        "stor.toml: for stor til at være en af Lederbogs filer (mere end 16 MB)",
        "brudt.toml: ikke gyldig TOML: ugyldig værdi (linje 3); ikke indlæst",
        "2026-01-06-bbbb0002.toml: en nøgle med mere end 64 led adskilt af punktum; afvist",
        "kladde.toml: en kladde, der ikke kan læses: ikke gyldig TOML: en tekst er ikke afsluttet",
        "note.toml: en kladde, der ikke kan læses: 'kind' er 'note', ikke \"draft\"",
        f"2025: et link til {tmp_path / 'gone'}, som ikke findes; flyt linket væk",
        "ramme.toml: ikke en almindelig fil (en FIFO); ikke læst",
        "dyb.toml: linje 1: indlejret i mere end 64 niveauer; afvist uden at blive læst",
        "assessments: kan læses af andre (tilstand 755) og nås gennem et link til",
    ):
        assert danish in out, (danish, out)
    assert english_in(out + err) == [], out


def test_a_save_under_way_is_a_note_in_danish(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    journal = data_dir / "journal" / "2026"
    journal.mkdir(parents=True)
    (journal / ".2026-01-05-aaaa0001.toml.tmp-k3j2h1").write_text("x")
    lock = os.open(data_dir / layout.LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another save holds the folder
        code, out, _ = run(capsys, "doctor")
    finally:
        os.close(lock)
    assert code == 0
    assert "en gemning er i gang (dette er dens midlertidige fil); ikke et problem" in out
    assert english_in(out) == []


def test_loose_folders_that_are_not_lederbogs_alone_are_explained_in_danish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = tmp_path / "hjem"
    home.mkdir()
    (home / "indkøbsliste.txt").write_text("mælk")
    home.chmod(0o755)
    cache = Path(os.environ["LEDERBOG_CACHE_DIR"])
    cache.mkdir(parents=True)
    (cache / "andet-program.db").write_text("")
    cache.chmod(0o777)
    code, out, _ = run(capsys, "doctor", "--data-dir", str(home))
    assert code == 0
    assert "den rummer andet end Lederbogs filer, så Lederbog har ladet den være" in out
    assert f"kør: chmod 700 '{home}'" in out
    assert "mappen til søgeindekset kan læses af andre (tilstand 777)" in out
    assert english_in(out) == []


def test_frameworks_check_says_why_in_danish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fifo = tmp_path / "rør.toml"
    os.mkfifo(fifo)
    long_key = tmp_path / "lang.toml"
    long_key.write_text(".".join(["a"] * 100) + " = 1\n")
    unclosed = tmp_path / "åben.toml"
    unclosed.write_text('schema = 1\nkind = "framework"\nroles = [1, 2\n')
    for path, danish in (
        (fifo, "ikke en almindelig fil (en FIFO); ikke læst"),
        (long_key, "en nøgle med mere end 64 led adskilt af punktum"),
        (unclosed, "ikke gyldig TOML: "),
    ):
        code, out, err = run(capsys, "frameworks", "check", str(path))
        assert code == 1
        assert danish in out + err, (danish, out, err)
        assert english_in(out + err) == [], out + err


def test_a_home_folder_that_does_not_exist_is_said_in_danish(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, "doctor", "--data-dir", "~ingen-bruger-med-det-navn/data")
    assert code == 2
    assert "--data-dir er '~ingen-bruger-med-det-navn/data', men der er ingen hjemmemappe" in err
    monkeypatch.setenv("LEDERBOG_DATA_DIR", "~ingen-bruger-med-det-navn/data")
    code, _, err = run(capsys, "search", "mål")
    assert code == 1
    assert "LEDERBOG_DATA_DIR er '~ingen-bruger-med-det-navn/data', men der er ingen" in err
    assert english_in(err) == []


def test_a_data_folder_that_is_a_file_is_said_in_danish(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("ikke en mappe")
    code, _, err = run(capsys, "search", "mål")
    assert code == 1
    assert f"datamappen {data_dir} er en fil, ikke en mappe; intet er gjort" in err
    assert english_in(err) == []


def test_a_broken_goal_named_in_a_note_is_said_in_danish(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (data_dir / "goals").mkdir(parents=True)
    (data_dir / "goals" / "trivsel.toml").write_text('schema = 1\nkind = "goal"\nid = "trivsel"\n')
    code, _, err = run(capsys, "note", "--goal", "trivsel", "En god dag")
    assert code == 1
    assert "trivsel.toml: 'created' skal være en dato og et klokkeslæt med tidszone" in err
    assert "; ikke indlæst" not in err and english_in(err) == []


def test_export_says_what_it_left_out_and_why_in_danish(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    (data_dir / "goals").mkdir(parents=True)
    os.mkfifo(data_dir / "goals" / "roer.toml")
    (data_dir / "profile.toml").write_text("schema = 1\nkind = \n")
    folder = tmp_path / "en-mappe"
    folder.mkdir()
    code, _, err = run(capsys, "export", "--output", str(folder))
    assert code == 1
    assert "profile.toml: ikke gyldig TOML: ugyldig værdi (linje 2); eksporterer uden navn" in err
    assert "roer.toml: ikke en almindelig fil (en FIFO); ikke læst; ikke med" in err
    assert f"{folder} er en mappe; angiv et filnavn" in err
    target = tmp_path / "eksport.md"
    target.write_text("den forrige")
    code, _, err = run(capsys, "export", "--format", "md", "--output", str(target))
    assert code == 1
    assert f"{target} findes allerede; intet er skrevet" in err
    assert english_in(err) == [], err
    assert target.read_text() == "den forrige"


class _FullDisk:
    """Standard output on a full disk: every write fails as `>/dev/full` does."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def fileno(self) -> int:
        raise OSError(errno.EBADF, "no file")


def test_output_lost_on_a_full_disk_is_said_in_danish(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    code = main(["frameworks", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert "kunne ikke skrive resultatet ud: der er ikke mere plads på disken" in err
    assert english_in(err) == []


# --- every message the domain keeps in one place has its Danish --------------------

MESSAGES = [
    safefile.NOT_A_FILE.format(what="a device"),
    safefile.NOT_A_FILE.format(what="a folder"),
    safefile.NOT_A_FILE.format(what="a socket"),
    safefile.NOT_A_FILE.format(what="not a plain file"),
    safefile.A_LINK,
    safefile.TOO_LARGE.format(limit=safefile.size_text(64 * 1024)),
    safetoml.NOT_UTF8.format(byte=7),
    safetoml.TOO_LARGE.format(limit=1024),
    safetoml.KEY_TOO_LONG.format(limit=64),
    safetoml.TOO_DEEP.format(limit=64),
    safetoml.TOO_MANY_KEYS.format(limit=100_000),
    safetoml.TOO_MANY_PARTS.format(limit=200_000),
    safetoml.NOT_TOML.format(reason="Cannot overwrite a value") + " (line 4)",
    safetoml.NOT_TOML.format(reason="Invalid value (at end of document)"),
    safetoml.DIGITS,
    safetoml.NESTED,
    safetoml.NO_MEMORY,
    paths.NO_HOME.format(source="--data-dir", value="~x/y", tilde="~x"),
    f"{frameworks.UNREADABLE_FOLDER}: {os.strerror(errno.EACCES)}",
    cli.OUTPUT_LOST.format(reason=os.strerror(errno.EIO)),
    _common.NOT_A_FOLDER.format(path="/data"),
    doctor.IN_FLIGHT,
    doctor.DANGLING.format(target="/gone"),
    doctor.DRAFT_BAD.format(reason="'text' is not text"),
    doctor.LINKED_LOOSE.format(mode=0o755, target="/t", private=0o700),
    doctor.FOREIGN_LOOSE.format(mode=0o755, path="/home"),
    doctor.CACHE_LOOSE.format(mode=0o777),
    layout.UNREADABLE.format(reason=os.strerror(errno.EACCES)),
    # The store's and the codec's own sentences.
    "no goal with id 'x'",
    "'X' is not a valid id (use a-z, 0-9 and '-'); nothing was written",
    "the record is too large to save (17 MB as a file; at most 16 MB); nothing was saved",
    "the record has not been saved, so there is nothing to delete",
    "/d/goals/x.toml is not in the data folder; not deleted",
    "/d/goals/x.toml was changed by someone else since it was read; it was not deleted",
    "/d/goals/x.toml is no longer there; nothing to delete",
    "could not delete /d/goals/x.toml: the disk is read-only",
    "could not save /d/goals/x.toml: the disk accepted none of the data",
    "could not make the data folder /d: not a folder; nothing was saved",
    "/d/x.md already exists; nothing was written",
    "saved /d/goals/x.toml, but the folder could not be synced to disk: permission denied",
    "the time in 'created' has a UTC offset with seconds, which TOML cannot hold",
    "the time in 'created' has no UTC offset; nothing was written",
    "the record would not read back exactly as written; nothing was written",
    "the name of a field in record contains a character that cannot be saved (U+DC80, a lone "
    "surrogate, at position 0); nothing was written",
    '/d/profile.toml: \'language\' must be "da" or "en"',
    "the search index cannot be used: database disk image is malformed",
    "the search index cannot be used: a word is not where the index says",
]


class _Filled(dict[str, object]):
    """Any field of a message template, filled with something that fits any format."""

    class _Value:
        def __format__(self, spec: str) -> str:
            return "7"

    def __missing__(self, key: str) -> object:
        return self._Value()


def test_every_message_constant_of_the_domain_has_a_template() -> None:
    # A message added to one of the domain's "messages, in one place" is caught here.
    modules = (safefile, safetoml, paths, frameworks, cli, _common, doctor, layout)
    constants = [
        (module.__name__, name, value)
        for module in modules
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, str) and " " in value
    ]
    assert len(constants) >= 24  # the 24 of today: the test sees them
    for module, name, value in constants:
        message = value.format_map(_Filled())
        assert domain_text("da", message) != message, (module, name, message)


@pytest.mark.parametrize("message", MESSAGES)
def test_every_message_of_the_domain_has_its_danish(message: str) -> None:
    danish = domain_text("da", message)
    assert danish != message
    assert english_in(danish) == [], danish
    assert domain_text("en", message) == message


def test_the_most_specific_template_wins() -> None:
    # "'kind' must be one of ..." is not "'{key}' must be {expected}, not {type}".
    kinds = "'kind' must be one of profile, goal, reflection, assessment, not 'x'"
    assert domain_text("da", kinds) == (
        "'kind' skal være en af profile, goal, reflection, assessment, ikke 'x'"
    )
    # The line after the reason, not "Expected {expected}" swallowing it.
    line = "not valid TOML: Expected '=' after a key in a key/value pair (line 3)"
    assert domain_text("da", line) == "ikke gyldig TOML: der mangler '=' efter nøglen (linje 3)"
    # A path is shown as it is, even one that reads like a message.
    assert domain_text("da", "could not save saved x: the disk is full") == (
        "kunne ikke gemme saved x: disken er fuld"
    )
