"""The framework checker: every kind of problem, reported as FILE:LINE: message."""

from __future__ import annotations

from pathlib import Path

import pytest

from lederbog.frameworks import check_files, load_all, load_file

GOOD = """\
schema = 1
kind = "framework"
id = "vores-kommune"
title = "Ledelsesgrundlag for Vores Kommune"
roles = [
  { id = "teamleder", title = "Teamleder" },
  { id = "chef", title = "Chef" },
]

[[areas]]
id = "strategi"
title = "Strategisk ledelse"
prompt = "Hvornår har du senest sat retning?"

[[areas.items]]
text = "Vi kommunikerer tydeligt om retningen."

[[areas.items]]
text = "Tænker mening ind i det konkrete arbejde"
role = "teamleder"

[[lists]]
id = "vaerdier"
title = "Værdier"
items = [ { text = "Dialog" }, { text = "Mod" } ]
"""


def write(tmp_path: Path, text: str, name: str = "fw.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def messages(path: Path) -> list[str]:
    return [str(problem) for problem in load_file(path).problems]


def test_a_good_file_loads_into_the_model(tmp_path: Path) -> None:
    result = load_file(write(tmp_path, GOOD))
    assert result.problems == []
    framework = result.framework
    assert framework is not None
    assert framework.id == "vores-kommune"
    assert [role.id for role in framework.roles] == ["teamleder", "chef"]
    area = framework.areas[0]
    assert [item.id for item in area.items] == ["strategi-1", "strategi-2"]
    assert area.items[1].role == "teamleder"
    assert [item.text for item in area.items_for("chef")] == [
        "Vi kommunikerer tydeligt om retningen."
    ]
    assert [item.text for item in framework.lists[0].items] == ["Dialog", "Mod"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # unknown key, with a hint
        (
            ('title = "Ledelsesgrundlag', 'titel = "Ledelsesgrundlag'),
            "fw.toml:4: unknown key 'titel' (did you mean 'title'?)",
        ),
        # missing title (reported at the top of the file)
        (('title = "Ledelsesgrundlag for Vores Kommune"\n', ""), "fw.toml:1: missing 'title'"),
        # wrong type
        (
            ('title = "Strategisk ledelse"', "title = 3"),
            "fw.toml:12: 'title' must be a string, not an integer",
        ),
        # a role that is not declared
        (
            ('role = "teamleder"', 'role = "direktoer"'),
            "fw.toml:20: role 'direktoer' is not declared in 'roles' (declared: chef, teamleder)",
        ),
        # an id with capitals and æøå
        (
            ('id = "strategi"', 'id = "Strategi på tværs"'),
            "fw.toml:11: 'id' is 'Strategi på tværs': use only a-z, 0-9 and '-'",
        ),
        # duplicate role id
        (
            ('{ id = "chef", title = "Chef" }', '{ id = "teamleder", title = "Chef" }'),
            "fw.toml:7: duplicate role id 'teamleder'",
        ),
        # a newer schema
        (
            ("schema = 1", "schema = 2"),
            "fw.toml:1: schema 2 is newer than this version of Lederbog understands (1)",
        ),
        # not a framework
        (
            ('kind = "framework"', 'kind = "goal"'),
            "fw.toml:2: 'kind' is 'goal', but a framework file has kind = \"framework\"",
        ),
        # a list item without text
        (
            ('{ text = "Mod" }', '{ tekst = "Mod" }'),
            "fw.toml:25: unknown key 'tekst' (did you mean 'text'?)",
        ),
        # an array where a table belongs
        (
            (
                'roles = [\n  { id = "teamleder", title = "Teamleder" },',
                'roles = [\n  "teamleder",',
            ),
            "fw.toml:6: each entry of 'roles' must be a table, not a string",
        ),
    ],
)
def test_each_kind_of_problem_is_reported_at_its_line(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    old, new = change
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    found = messages(path)
    assert any(message.startswith(str(tmp_path / expected)) for message in found), found
    assert load_file(path).framework is None


def test_every_problem_is_reported_at_once_in_line_order(tmp_path: Path) -> None:
    text = (
        GOOD.replace("titel", "title")
        .replace('title = "Ledelsesgrundlag for Vores Kommune"', 'titel = "x"')
        .replace('role = "teamleder"', 'role = "x"')
        + '\n[[areas]]\nid = "strategi"\ntitle = ""\n'
    )
    found = load_file(write(tmp_path, text)).problems
    lines = [problem.line for problem in found]
    assert lines == sorted(lines)
    assert (
        len(found) >= 5
    )  # unknown key, missing title, undeclared role, duplicate area, empty title
    assert any("duplicate area id 'strategi'" in p.message for p in found)
    assert any("'title' is empty" in p.message for p in found)


def test_duplicate_item_ids_explicit_and_derived(tmp_path: Path) -> None:
    text = GOOD.replace(
        'text = "Vi kommunikerer tydeligt om retningen."',
        'text = "Vi kommunikerer tydeligt om retningen."\nid = "strategi-2"',
    )
    found = messages(write(tmp_path, text))
    assert any("duplicate item id 'strategi-2'" in m for m in found), found


def test_a_key_inside_a_multiline_string_is_not_mistaken_for_a_key(tmp_path: Path) -> None:
    text = GOOD.replace(
        'prompt = "Hvornår har du senest sat retning?"',
        'summary = """\nid = "noget"\n[[areas]]\ntitle = 5\n"""\nprompt = 7',
    )
    found = messages(write(tmp_path, text))
    assert found == [f"{tmp_path / 'fw.toml'}:18: 'prompt' must be a string, not an integer"]


def test_not_toml_gives_the_line_of_the_syntax_error(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('title = "Værdier"', 'title = "Værdier'))
    [message] = messages(path)
    assert message.startswith(f"{path}:24: not valid TOML")


def test_not_utf8_gives_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(GOOD.replace("Værdier", "V\xe6rdier").encode("latin-1"))
    assert messages(path) == [f"{path}:13: not UTF-8 text (save the file as UTF-8)"]


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert load_file(path).framework is not None


def test_deeply_nested_toml_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = write(tmp_path, "x = " + "[" * 5000 + "]" * 5000 + "\n")
    [problem] = load_file(path).problems
    assert "nested" in problem.message


def test_a_huge_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "# " + "x" * (3 * 1024 * 1024) + "\n")
    [problem] = load_file(path).problems
    assert "larger than" in problem.message


def test_a_broken_user_file_does_not_stop_the_others(data_dir: Path) -> None:
    user = data_dir / "frameworks"
    user.mkdir(parents=True)
    (user / "good.toml").write_text(GOOD, encoding="utf-8")
    (user / "broken.toml").write_text("schema = 1\nkind = [\n", encoding="utf-8")
    found = load_all(data_dir)
    assert found.get("vores-kommune") is not None
    assert found.get("stuk") is not None  # the bundled ones still load
    assert [str(p.path.name) for p in found.problems] == ["broken.toml"]


def test_a_user_file_may_not_take_a_bundled_id(data_dir: Path, tmp_path: Path) -> None:
    user = data_dir / "frameworks"
    user.mkdir(parents=True)
    clash = user / "stuk.toml"
    clash.write_text(GOOD.replace('id = "vores-kommune"', 'id = "stuk"'), encoding="utf-8")
    found = load_all(data_dir)
    bundled = found.get("stuk")
    assert bundled is not None and bundled.bundled
    [problem] = found.problems
    assert problem.path == clash and problem.line == 3
    assert "already used by a bundled framework" in problem.message
    assert any("taken by a bundled framework" in str(p) for p in check_files([clash]))


def test_check_files_reports_ids_shared_between_the_files(tmp_path: Path) -> None:
    first = write(tmp_path, GOOD, "a.toml")
    second = write(tmp_path, GOOD, "b.toml")
    [problem] = check_files([first, second])
    assert problem.path == second
    assert "also used by" in problem.message


def test_a_number_too_long_for_python_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    path.write_text("schema = 1\nid = " + "9" * 5000 + "\n", encoding="utf-8")
    (problem,) = check_files([path])
    assert "a number has too many digits" in problem.message
