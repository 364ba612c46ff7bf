"""The command line as a Danish leader meets it: one language, chosen once; the ids
it asks for in plain sight; messages that say what is wrong; exit codes that mean
one thing; the format guides reachable after a plain install."""

from __future__ import annotations

import datetime as dt
import os
import tomllib
import unicodedata
from pathlib import Path

import pytest

from lederbog.cli import main
from lederbog.i18n import STRINGS
from lederbog.model.records import Reflection
from lederbog.store.store import Store

CREATED = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The command as typed: no --lang unless the test gives one."""
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse: --help, or a malformed command line
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def write_profile(data_dir: Path, text: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "profile.toml").write_text(text, encoding="utf-8")


PROFILE_EN = 'schema = 1\nkind = "profile"\nname = "Anna"\nlanguage = "en"\n'

# --- one language, chosen once ------------------------------------------------------

HELP_COMMANDS = [
    [],
    ["note"],
    ["search"],
    ["doctor"],
    ["frameworks"],
    ["frameworks", "list"],
    ["frameworks", "show"],
    ["frameworks", "check"],
    ["frameworks", "format"],
]


@pytest.mark.parametrize("command", HELP_COMMANDS, ids=" ".join)
def test_every_help_is_danish_by_default(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert out.startswith("brug: lederbog")
    assert "tilvalg:" in out and "vis denne hjælp og afslut" in out
    for english in ("usage:", "options:", "show this help", "the data folder", "language of"):
        assert english not in out, (english, out)


@pytest.mark.parametrize("command", HELP_COMMANDS, ids=" ".join)
@pytest.mark.parametrize("lang", ["en", "EN", "En"])
def test_every_help_is_english_with_lang_en_in_any_case(
    capsys: pytest.CaptureFixture[str], command: list[str], lang: str
) -> None:
    code, out, _ = run(capsys, "--lang", lang, *command, "--help")
    assert code == 0
    assert out.startswith("usage: lederbog")
    assert "options:" in out
    for danish in ("brug:", "tilvalg", "datamappen", "sproget", " og "):
        assert danish not in out, (danish, out)


def test_the_language_option_works_after_the_command_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "note", "--help", "--lang=Da")
    assert code == 0 and out.startswith("brug: lederbog note")
    code, out, _ = run(capsys, "frameworks", "show", "--lang=en", "--help")
    assert code == 0 and "--role ROLE" in out


def test_the_profile_chooses_the_language_and_lang_overrides_it(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    write_profile(data_dir, PROFILE_EN)
    code, out, _ = run(capsys, "note", "--help")
    assert code == 0 and out.startswith("usage: lederbog note")
    assert run(capsys, "doctor")[1].startswith("data folder: ")
    code, out, _ = run(capsys, "--lang", "da", "doctor")
    assert out.startswith("datamappe: ")


def test_the_profile_of_the_data_dir_given_on_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "other"
    write_profile(other, PROFILE_EN)
    code, out, _ = run(capsys, "doctor", "--data-dir", str(other))
    assert out.startswith("data folder: ")
    code, out, _ = run(capsys, f"--data-dir={other}", "doctor")
    assert code == 0 and out.startswith("data folder: ")


@pytest.mark.parametrize(
    "profile",
    [
        "language = [\n",  # not TOML
        'language = "fr"\n',
        "language = 3\n",
        b"\xff\xfe",
        "x = 1\n" * 20_000,  # far bigger than a profile
    ],
    ids=["broken", "unknown-language", "not-a-string", "not-utf8", "huge"],
)
def test_a_broken_profile_never_stops_a_command(
    capsys: pytest.CaptureFixture[str], data_dir: Path, profile: str | bytes
) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "profile.toml"
    if isinstance(profile, bytes):
        path.write_bytes(profile)
    else:
        path.write_text(profile, encoding="utf-8")
    code, out, err = run(capsys, "note", "Godt møde")
    assert code == 0, err
    assert out.startswith("privat refleksion ")  # Danish, the default
    code, out, err = run(capsys, "frameworks", "list")
    assert code == 0 and "stuk" in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_profile_that_is_a_fifo_does_not_hang_the_language_choice(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    os.mkfifo(data_dir / "profile.toml")
    code, out, _ = run(capsys, "frameworks", "list")
    assert code == 0 and "5 områder" in out


def test_messages_and_output_are_danish_by_default(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, "note", "Svær samtale", "--area", "stuk/driftsledelse")
    assert code == 0 and err == ""
    assert out.startswith("privat refleksion ") and " gemt: " in out
    code, out, err = run(capsys, "search", "ingenting")
    assert (code, out, err) == (0, "", "lederbog: ingen refleksioner passer\n")
    code, out, _ = run(capsys, "doctor")
    assert "alt i orden: 1 refleksion, 0 mål, 0 selvevalueringer, ingen profil endnu" in out
    code, _, err = run(capsys, "frameworks", "show", "nope")
    assert code == 1 and err.startswith("lederbog: intet ledelsesgrundlag med id 'nope'")
    code, _, err = run(capsys, "note", "x", "--rolle")
    assert code == 2 and "ukendte argumenter: --rolle" in err and "(se 'lederbog --help')" in err


def test_frameworks_show_speaks_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "en", "frameworks", "show", "stuk", "--role", "teamleder")
    assert code == 0
    assert "shown for: Teamleder" in out and "To reflect on: " in out and "\nSource\n" in out
    for danish in ("vist for", "Til refleksion", "roller:", "\nKilde\n"):
        assert danish not in out
    code, out, _ = run(capsys, "frameworks", "show", "stuk", "--role", "teamleder")
    assert "vist for: Teamleder" in out and "Til refleksion: " in out and "\nKilde\n" in out


def test_every_cli_string_has_both_languages_and_the_same_fields() -> None:
    import string

    for key, (da, en) in STRINGS.items():
        if not key.startswith("cli."):
            continue
        assert da.strip() and en.strip(), key
        fields = {name for _, name, _, _ in string.Formatter().parse(da) if name}
        assert fields == {name for _, name, _, _ in string.Formatter().parse(en) if name}, key


# --- the ids the commands ask for ---------------------------------------------------


def test_frameworks_show_prints_the_ids_that_note_takes(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, _ = run(capsys, "frameworks", "show", "stuk")
    assert code == 0
    assert "id: stuk/strategisk-ledelse\n" in out
    assert "[stuk/strategisk-ledelse-26]" in out
    # What show prints is what note takes.
    code, out, err = run(
        capsys,
        "note",
        "Tilbageløb",
        "--item",
        "stuk/strategisk-ledelse-26",
        "--area",
        "stuk/driftsledelse",
    )
    assert code == 0, err
    (path,) = (data_dir / "journal").rglob("*.toml")
    doc = tomllib.loads(path.read_text("utf-8"))
    assert doc["items"] == ["stuk/strategisk-ledelse-26"]
    # The item's area is linked too, after the areas given.
    assert doc["areas"] == ["stuk/driftsledelse", "stuk/strategisk-ledelse"]


@pytest.mark.parametrize(
    ("argv", "exit_code", "message"),
    [
        (
            ["--item", "stuk/nope"],
            1,
            "ukendt punkt 'stuk/nope'; punkternes id'er står i 'lederbog frameworks show stuk'",
        ),
        (["--item", "nope/x-1"], 1, "intet ledelsesgrundlag med id 'nope' (kendte: "),
        (["--item", "strategisk-ledelse-26"], 2, "--item skal skrives GRUNDLAG/PUNKT"),
        (["--item", "stuk/"], 2, "--item skal skrives GRUNDLAG/PUNKT"),
        (["--area", "stuk"], 2, "--area skal skrives GRUNDLAG/OMRÅDE"),
    ],
)
def test_a_wrong_item_is_one_line_and_saves_nothing(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    argv: list[str],
    exit_code: int,
    message: str,
) -> None:
    code, out, err = run(capsys, "note", "hej", *argv)
    assert code == exit_code and out == ""
    assert err.startswith("lederbog: ") and message in err and err.count("\n") == 1, err
    assert not data_dir.exists()


def test_an_area_or_item_with_stray_spaces_is_trimmed(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, _, err = run(
        capsys, "note", "hej", "--area", " stuk/driftsledelse ", "--item", "stuk/ driftsledelse-3"
    )
    assert code == 0, err
    (path,) = (data_dir / "journal").rglob("*.toml")
    doc = tomllib.loads(path.read_text("utf-8"))
    assert doc["areas"] == ["stuk/driftsledelse"] and doc["items"] == ["stuk/driftsledelse-3"]


@pytest.fixture
def journal(data_dir: Path) -> Store:
    store = Store(data_dir)
    for rid, day, areas, tags in [
        ("aaaa0001", 5, ["stuk/driftsledelse"], ["Møder"]),
        ("aaaa0002", 6, ["stuk/faglig-ledelse", "kodeks/faglig-kontekst"], ["1-1"]),
        ("aaaa0003", 7, ["kodeks/faglig-kontekst"], []),
        ("aaaa0004", 8, ["stukx/driftsledelse"], []),  # a framework whose id begins with stuk
    ]:
        store.save(Reflection(rid, CREATED, dt.date(2026, 1, day), "tekst", areas=areas, tags=tags))
    return store


def dates(out: str) -> list[str]:
    return [line.split()[0] for line in out.splitlines() if line[:4].isdigit()]


def test_search_by_a_whole_framework(capsys: pytest.CaptureFixture[str], journal: Store) -> None:
    code, out, _ = run(capsys, "search", "--area", "stuk")
    assert code == 0 and dates(out) == ["2026-01-05", "2026-01-06"]
    code, out, _ = run(capsys, "search", "--area", "kodeks", "--area", "stuk/faglig-ledelse")
    assert dates(out) == ["2026-01-06"]
    code, _, err = run(capsys, "search", "--area", "nope")
    assert code == 1 and "intet ledelsesgrundlag med id 'nope'" in err


def test_every_accepted_tag_is_found(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "årshjul")  # as a Mac may type it
    assert decomposed != "årshjul"
    for tag in ("#Svære-samtaler", decomposed, "1-1", "A&O", "team/øst"):
        code, _, err = run(capsys, "note", f"om {tag}", "--tag", tag)
        assert code == 0, err
    for asked in ("svære-samtaler", "#ÅRSHJUL", "årshjul", decomposed, "1-1", "a&o", "team/øst"):
        code, out, err = run(capsys, "search", "--tag", asked)
        assert code == 0 and len(dates(out)) == 1, (asked, out, err)
    tags = [
        tomllib.loads(p.read_text("utf-8"))["tags"][0]
        for p in sorted((data_dir / "journal").rglob("*.toml"))
    ]
    assert "årshjul" in tags and decomposed not in tags  # saved composed
    assert "Svære-samtaler" in tags  # as written, without the "#"


# --- messages that say what is wrong, exit codes --------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["note", "x", "--date", "2026-02-30"],
            "--date: datoen 2026-02-30 findes ikke; februar 2026 har 28 dage",
        ),
        (
            ["search", "--since", "2026-13-01"],
            "--since: datoen 2026-13-01 findes ikke; der er ingen måned 13",
        ),
        (["search", "--until", "31-01-2026"], "--until skal være en dato skrevet ÅÅÅÅ-MM-DD"),
        (
            ["search", "--since", "2026-03-01", "--until", "2026-02-01"],
            "--since 2026-03-01 ligger efter --until 2026-02-01: perioden er vendt om",
        ),
        (["search", "--tag", "to ord"], "et tag er ét ord uden mellemrum"),
        (["search", "-n", "0"], "-n/--last skal være et tal fra 1 til"),
        (["search", "-n", "x"], "-n/--last: ugyldig værdi: 'x'"),
        (["note", "x", "--date"], "--date: mangler en værdi"),
        (["frameworks", "check"], "disse argumenter mangler: FIL"),
        (["frameworks", "vis"], "ugyldigt valg: 'vis'"),
        (["--lang", "fr", "doctor"], "--lang: ugyldigt valg: 'fr'"),
        (["nope"], "ugyldigt valg: 'nope'"),
        (["doctor", "--data-dir", ""], "--data-dir er tom"),
    ],
)
def test_a_malformed_command_line_exits_2_with_one_danish_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1, err
    assert not data_dir.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["frameworks", "show", "nope"],
        ["frameworks", "show", "kodeks", "--role", "chef"],
        ["note", "x", "--area", "stuk/nope"],
        ["note", "x", "--goal", "nope"],
        ["note", ""],
        ["search", "--area", "nope/x"],
    ],
)
def test_everything_else_that_goes_wrong_exits_1(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    assert err.startswith("lederbog: ") and err.count("\n") == 1, err


def test_doctor_names_a_broken_profile_as_such(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    write_profile(data_dir, "schema = 1\nkind = [\n")
    code, out, err = run(capsys, "doctor")
    assert code == 1
    assert "profile.toml" in out
    assert "en profil, der ikke kan læses" in err and "ingen profil endnu" not in err
    code, _, err = run(capsys, "--lang", "en", "doctor")
    assert "a profile that cannot be read" in err and "no profile yet" not in err


def test_the_saved_path_can_be_opened_from_anywhere(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "--data-dir", "mine", "note", "Hej")
    assert code == 0
    shown = Path(out.rstrip("\n").rsplit(": ", 1)[1])
    assert shown.is_absolute() and shown.is_file()
    monkeypatch.chdir("/")
    assert tomllib.loads(shown.read_text("utf-8"))["text"] == "Hej"


# --- the format guides --------------------------------------------------------------


def test_the_format_guides_are_printed_by_the_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    repo = Path(__file__).resolve().parents[2]
    code, out, _ = run(capsys, "frameworks", "format")
    assert code == 0
    assert out == (repo / "docs" / "framework-format.md").read_text("utf-8")
    code, out, _ = run(capsys, "doctor", "--format")
    assert code == 0
    assert out == (repo / "docs" / "data-format.md").read_text("utf-8")


def test_the_wheel_ships_the_guides_the_messages_point_to() -> None:
    """pyproject puts the guides into the package, where paths.guide looks first."""
    repo = Path(__file__).resolve().parents[2]
    config = tomllib.loads((repo / "pyproject.toml").read_text("utf-8"))
    shipped = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    for name in ("framework-format.md", "data-format.md"):
        assert shipped[f"docs/{name}"] == f"lederbog/data/docs/{name}"
    sources = "\n".join(p.read_text("utf-8") for p in (repo / "src").rglob("*.py"))
    assert "docs/data-format.md" not in sources and "docs/framework-format.md" not in sources


def test_help_points_to_the_guides_not_to_repository_files(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "frameworks", "check", "--help")
    assert "lederbog frameworks format" in " ".join(out.split())
    code, out, _ = run(capsys, "doctor", "--help")
    assert code == 0 and "--format" in out


def test_doctor_names_a_reflection_item_that_does_not_exist(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    store = Store(data_dir)
    store.save(
        Reflection(
            "aaaa0001",
            CREATED,
            dt.date(2026, 1, 5),
            "x",
            items=["stuk/strategisk-ledelse-26", "stuk/nope-1"],
        )
    )
    code, out, _ = run(capsys, "doctor")
    assert code == 1
    assert "henviser til et ukendt punkt 'stuk/nope-1'" in out
    assert "strategisk-ledelse-26" not in out
    code, out, _ = run(capsys, "--lang", "en", "doctor")
    assert "refers to unknown item 'stuk/nope-1'" in out


def test_doctor_speaks_danish_about_every_kind_of_finding(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    store = Store(data_dir)
    store.save(
        Reflection(
            "aaaa0001", CREATED, dt.date(2026, 1, 5), "x", areas=["stuk/nope"], goals=["væk"]
        )
    )
    journal = data_dir / "journal" / "2026"
    copy = (journal / "2026-01-05-aaaa0001.toml").read_text("utf-8")
    (journal / "2026-01-05-aaaa0001.sync-conflict-20260105-120000-ABCDEFG.toml").write_text(copy)
    (journal / ".2026-01-05-aaaa0001.toml.tmp-k3j2h1").write_text(copy)
    (journal / "2026-01-06-bbbb0002.toml").write_text('schema = 1\nkind = "reflection"\n')
    (journal / "2026-01-05-aaaa0001.toml").chmod(0o644)
    code, out, err = run(capsys, "doctor")
    assert code == 1
    for danish in (
        "rettet: ",
        "kunne læses af andre (tilstand 644); gjort privat (600)",
        "en konfliktkopi fra et synkroniseringsprogram; ikke indlæst",
        "en midlertidig fil fra en gemning, der blev afbrudt",
        "henviser til et ukendt område 'stuk/nope'",
        "henviser til et ukendt mål 'væk'",
        "; ikke indlæst, efterladt som den er",
    ):
        assert danish in out, (danish, out)
    english_words = ("conflict copy", "temporary file", "refers to", "was readable", "fixed:")
    for english in (*english_words, " must be ", " is missing", "not loaded"):
        assert english not in out, (english, out)
    assert err.startswith("5 problemer; læst uden fejl: 1 refleksion")
    data_dir.joinpath("journal", "2026", "2026-01-05-aaaa0001.toml").chmod(0o644)
    code, out, _ = run(capsys, "--lang", "en", "doctor")
    assert "a sync tool's conflict copy" in out and "refers to unknown goal 'væk'" in out
    assert "fixed: " in out


def test_every_domain_template_has_its_fields_in_both_languages() -> None:
    from lederbog.commands._lang import domain_text

    # A message that matches no template is shown as the store wrote it.
    assert domain_text("da", "something new the store says") == "something new the store says"
    # The system's own words for the common failures are translated too.
    assert domain_text("da", "could not save /x/y.toml: No space left on device") == (
        "kunne ikke gemme /x/y.toml: der er ikke mere plads på disken"
    )
    assert domain_text("da", "could not save /x: what was written did not read back the same") == (
        "kunne ikke gemme /x: det skrevne kunne ikke læses tilbage uændret"
    )
    assert domain_text("en", "could not save /x: y") == "could not save /x: y"


def test_argparse_is_left_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    assert run(capsys, "note", "--help")[1].startswith("brug: ")
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_frameworks_check_names_each_problem_in_danish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "min.toml"
    bad.write_text(
        'schema = 1\nkind = "framework"\nid = "Min Ramme"\ntitel = "x"\nlanguage = "fr"\n'
        '[[areas]]\nid = "a"\ntitle = 3\n[[areas.items]]\ntext = "t"\nrole = "chef"\n'
        '[[areas]]\nid = "a"\ntitle = "b"\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "frameworks", "check", str(bad))
    assert code == 1
    assert out.splitlines() == [
        f"{bad}:1: mangler 'title'",
        f"{bad}:3: 'id' er 'Min Ramme': brug kun a-z, 0-9 og '-' (ingen store bogstaver, "
        "mellemrum eller æøå)",
        f"{bad}:4: ukendt nøgle 'titel' (mente du 'title'?)",
        f"{bad}:5: 'language' er 'fr': brug \"da\" eller \"en\"",
        f"{bad}:8: 'title' skal være en tekst, ikke et heltal",
        f"{bad}:11: rollen 'chef' står ikke i 'roles' (der står: ingen)",
        f"{bad}:13: område-id'et 'a' findes to gange",
    ]
    assert err == "7 problemer i 1 af 1 filer\n"


def test_the_profiles_language_is_read_right_without_a_full_parse(tmp_path: Path) -> None:
    from lederbog.commands._lang import profile_language

    tmp_path.joinpath("profile.toml").write_text(
        'schema = 1\nkind = "profile"\nname = "Anna"\nlanguage = "en"\n', "utf-8"
    )
    assert profile_language(tmp_path) == "en"
    # A line that only looks like the key, inside a multi-line text, is not the key.
    tmp_path.joinpath("profile.toml").write_text(
        'schema = 1\nkind = "profile"\nname = """Anna\nlanguage = "en"\n"""\nlanguage = "da"\n',
        "utf-8",
    )
    assert profile_language(tmp_path) == "da"
    # Under a table it is not the profile's language either.
    tmp_path.joinpath("profile.toml").write_text(
        'schema = 1\nkind = "profile"\nlanguage = "da"\n[extra]\nlanguage = "en"\n', "utf-8"
    )
    assert profile_language(tmp_path) == "da"


def test_only_the_command_asked_for_is_built(capsys: pytest.CaptureFixture[str]) -> None:
    from lederbog.cli import command_asked_for, main

    assert command_asked_for(["search", "ledelse"]) == "search"
    assert command_asked_for(["--lang", "en", "--data-dir", "search", "note", "x"]) == "note"
    assert command_asked_for(["--data-dir=/x", "doctor"]) == "doctor"
    for whole in (["--help"], ["--version"], ["--demo"], [], ["nosuch"], ["-x", "search"]):
        assert command_asked_for(whole) is None, whole
    # The top-level help still lists every command, and an unknown one is still refused.
    with pytest.raises(SystemExit):
        main(["--help", "--lang", "en"])
    out = capsys.readouterr().out
    assert all(name in out for name in ("note", "search", "export", "review", "doctor"))
    with pytest.raises(SystemExit) as refused:
        main(["nosuch", "--lang", "en"])
    assert refused.value.code == 2
