"""`lederbog frameworks list | show | check` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lederbog.cli import main
from lederbog.paths import bundled_frameworks_dir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The command in English (Danish, the default, is tested in test_cli_language.py)."""
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_every_bundled_framework(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "frameworks")
    assert code == 0 and err == ""
    lines = out.splitlines()
    # Each framework starts a line with its id, then its title; its areas and roles follow.
    ids = [line.split()[0] for line in lines if not line.startswith(" ")]
    assert ids == ["kodeks", "laeringskultur", "maelkeboettecentret", "socialafdelingen", "stuk"]
    at = next(n for n, line in enumerate(lines) if line.startswith("stuk "))
    assert lines[at].split(None, 1)[1] == "Det fælles ledelsesgrundlag for STUK"
    entry = " ".join(" ".join(lines[at + 1 :]).split())
    assert entry == "5 areas · roles: Styrelsesdirektør, Vicedirektør, Kontorchef, Teamleder"
    assert all(len(line) <= 80 for line in lines), out
    assert run(capsys, "frameworks", "list")[1] == out


def test_list_reports_a_broken_user_file_and_lists_the_rest(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (data_dir / "frameworks").mkdir(parents=True)
    (data_dir / "frameworks" / "mine.toml").write_text("schema = 1\nid = [\n", encoding="utf-8")
    code, out, err = run(capsys, "frameworks", "list")
    assert code == 0
    assert "stuk" in out
    assert "mine.toml:2: not valid TOML" in err


def test_show_prints_the_framework_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "frameworks", "show", "stuk")
    assert code == 0
    assert out.startswith("Det fælles ledelsesgrundlag for STUK\n")
    assert "Strategisk ledelse" in out
    assert "Sikrer tilbageløb: Hvordan kan strategien realiseres?" in out
    assert "Opfanger og videreformidler politiske signaler" in out


def test_show_with_a_role_shows_that_role_and_what_all_share(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "frameworks", "show", "stuk", "--role", "Teamleder")
    assert code == 0
    assert "Sikrer tilbageløb: Hvordan kan strategien realiseres?" in out
    assert "Vi arbejder aktivt med visioner og mål" in out  # shared by all roles
    assert "Opfanger og videreformidler politiske signaler" not in out  # the director's


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("frameworks", "show", "nope"), "lederbog: no framework with id 'nope' (known: "),
        (
            ("frameworks", "show", "stuk", "--role", "minister"),
            "lederbog: framework 'stuk' has no role 'minister' (roles: ",
        ),
        (
            ("frameworks", "show", "kodeks", "--role", "teamleder"),
            "lederbog: framework 'kodeks' has no roles",
        ),
    ],
)
def test_unknown_ids_are_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 1
    assert out == ""
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_unknown_option_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--lang", "en", "frameworks", "show", "stuk", "--rolle", "x"])
    assert raised.value.code == 2
    _, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert "unrecognized arguments: --rolle x" in err


def test_check_accepts_every_bundled_file(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in bundled_frameworks_dir().glob("*.toml"))
    code, out, err = run(capsys, "frameworks", "check", *files)
    assert code == 0, out + err
    assert out.count(": ok\n") == len(files)


def test_check_prints_file_line_message_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('schema = 1\nkind = "framework"\nid = "x"\n', encoding="utf-8")
    missing = tmp_path / "missing.toml"
    code, out, err = run(capsys, "frameworks", "check", str(bad), str(missing))
    assert code == 1
    assert f"{bad}:1: missing 'title'" in out
    assert f"{bad}:1: missing 'areas'" in out
    assert f"{missing}: cannot read: No such file or directory" in out
    assert "in 2 of 2 files" in err


def test_help_is_clear_and_runs_without_textual() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from lederbog.cli import main; "
            "code = main(['frameworks', 'list']); "
            "assert 'textual' not in sys.modules, 'textual imported'; sys.exit(code)",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    helped = subprocess.run(
        [sys.executable, "-m", "lederbog", "--lang", "en", "frameworks", "show", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert helped.returncode == 0
    assert "--role ROLE" in helped.stdout


def test_hostile_text_in_a_user_framework_is_shown_harmlessly(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (data_dir / "frameworks").mkdir(parents=True)
    (data_dir / "frameworks" / "x.toml").write_text(
        'schema = 1\nkind = "framework"\nid = "x"\n'
        'title = "Evil \\u001b]0;pwned\\u0007 [bold]title[/]"\n'
        '[[areas]]\nid = "a"\ntitle = "A"\n[[areas.items]]\ntext = "\\u202eesrever \\u009b31m"\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "frameworks", "show", "x")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out and "\x9b" not in out
    assert "Evil ]0;pwned [bold]title[/]" in out
