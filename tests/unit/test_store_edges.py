"""Edges found in review: the system says no, the index is stuck, a path is odd.
Each one used to end in a traceback, a wrong answer or a file changed that was not ours."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from lederbog.cli import main
from lederbog.errors import LederbogError
from lederbog.model.records import Goal, Reflection
from lederbog.store import store as store_module
from lederbog.store.index import Index, Query
from lederbog.store.store import Store, UnreadableFile

CREATED = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def reflection(rid: str, day: int, text: str) -> Reflection:
    return Reflection(rid, CREATED, dt.date(2026, 1, day), text)


def one_clear_line(err: str) -> None:
    assert err.startswith("lederbog: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "\x1b" not in err


@pytest.mark.parametrize("command", [["note", "hej"], ["search", "hej"], ["doctor"]])
def test_a_path_the_system_refuses_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    too_long = tmp_path / ("a" * 300)
    code, _, err = run(capsys, *command, "--data-dir", str(too_long))
    assert code == 1
    one_clear_line(err)
    assert "too long" in err.lower()


def test_an_empty_data_dir_option_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "note", "hej", "--data-dir", ""])
    assert exit_.value.code == 2
    assert "--data-dir is empty" in capsys.readouterr().err


def test_escape_sequences_in_an_unknown_argument_do_not_reach_the_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "doctor", "\x1b]0;title\x07"])
    err = capsys.readouterr().err
    assert "unrecognized arguments" in err and "\x1b" not in err and "\x07" not in err


def test_a_huge_last_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "search", "x", "-n", "99999999999999999999")
    assert code == 2
    one_clear_line(err)


def test_a_data_folder_whose_name_is_not_utf8_can_be_searched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    odd = tmp_path / "bad\udcff"  # the byte 0xff in a file name, as Linux allows
    assert run(capsys, "note", "ærlig snak", "--data-dir", str(odd))[0] == 0
    code, out, err = run(capsys, "search", "ærlig", "--data-dir", str(odd))
    assert (code, err) == (0, "")
    assert "ærlig snak" in out


def test_a_locked_index_costs_speed_not_the_search(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, tmp_path: Path
) -> None:
    store = Store(data_dir)
    store.save(reflection("a1", 1, "ærlig feedback"))
    index = Index(store, tmp_path / "cache")
    real = Index._refresh
    calls = []

    def locked_once(self: Index) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked")
        return real(self)

    monkeypatch.setattr(Index, "_refresh", locked_once)
    refreshed = index.refresh()
    assert refreshed.parsed == 1
    assert [h.id for h in index.search(Query(words="ærlig"))] == ["a1"]
    index.close()


def test_a_file_that_could_not_be_read_for_a_moment_is_read_next_time(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, tmp_path: Path
) -> None:
    store = Store(data_dir)
    store.save(reflection("a1", 1, "forbigående"))
    index = Index(store, tmp_path / "cache")
    real = Store.read

    def busy(self: Store, path: Path, kind: object) -> object:
        raise UnreadableFile("cannot be read: the file is in use")

    monkeypatch.setattr(Store, "read", busy)
    assert [str(p.reason) for p in index.refresh().problems] == [
        "cannot be read: the file is in use"
    ]
    monkeypatch.setattr(Store, "read", real)
    assert index.refresh().problems == []
    assert [h.id for h in index.search(Query(words="forbigående"))] == ["a1"]
    index.close()


def test_a_record_too_large_for_the_loader_is_never_acknowledged(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setattr(store_module, "MAX_RECORD_BYTES", 2000)
    store = Store(data_dir)
    # 400 control characters are 400 characters of input but 2,400 bytes of TOML.
    with pytest.raises(LederbogError, match="too large to save"):
        store.save(reflection("big", 1, "\x01" * 400))
    assert not (data_dir / "journal").exists() or not list((data_dir / "journal").rglob("*"))


def test_a_record_moved_to_a_new_date_but_edited_where_it_was_is_a_conflict(
    data_dir: Path,
) -> None:
    store = Store(data_dir)
    store.save(reflection("a1", 1, "første"))
    (loaded,) = store.reflections().records
    old_path = store.path_for(loaded)
    old_path.write_text(old_path.read_text("utf-8").replace("første", "rettet"), "utf-8")
    loaded.date = dt.date(2026, 1, 2)
    result = store.save(loaded)
    assert result.conflict
    assert "rettet" in old_path.read_text("utf-8")  # the edit is kept where it was
    assert not store.path_for(loaded).exists()  # and the record is not shown twice
    assert [r.text for r in store.reflections().records] == ["rettet"]


def test_a_byte_order_mark_is_not_part_of_a_record(data_dir: Path) -> None:
    store = Store(data_dir)
    store.save(reflection("a1", 1, "med BOM"))
    path = store.path_for(reflection("a1", 1, ""))
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert [r.text for r in store.reflections().records] == ["med BOM"]


def test_doctor_tightens_lederbogs_files_and_leaves_the_rest_alone(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    store = Store(data_dir)
    store.save(reflection("a1", 1, "privat"))
    record = store.path_for(reflection("a1", 1, ""))
    os.chmod(record, 0o644)
    script = data_dir / "bin" / "run.sh"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    os.chmod(script, 0o755)
    os.chmod(script.parent, 0o755)
    code, out, _ = run(capsys, "doctor")
    assert f"fixed: {record}" in out
    assert stat.S_IMODE(record.stat().st_mode) == 0o600
    assert stat.S_IMODE(script.stat().st_mode) == 0o755
    assert stat.S_IMODE(script.parent.stat().st_mode) == 0o755
    assert code == 0


def test_doctor_names_a_file_where_a_folder_belongs(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    Store(data_dir).prepare()
    (data_dir / "goals").write_text("not a folder")
    (data_dir / "journal" / "2026" / "2026-01-01-abcd.toml").mkdir(parents=True)
    code, out, _ = run(capsys, "doctor")
    assert code == 1
    assert f"{data_dir / 'goals'}: a file where Lederbog's folder belongs" in out
    assert "a folder where a record file belongs" in out


def test_a_cache_path_that_is_a_file_is_left_alone_and_search_still_works(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache-file"
    cache.write_text("mine")
    os.chmod(cache, 0o644)
    monkeypatch.setenv("LEDERBOG_CACHE_DIR", str(cache))
    Store(data_dir).save(reflection("a1", 1, "stadig fundet"))
    code, out, err = run(capsys, "search", "fundet")
    assert (code, err) == (0, "")
    assert "stadig fundet" in out
    assert stat.S_IMODE(cache.stat().st_mode) == 0o644 and cache.read_text() == "mine"


def test_goal_ids_stay_inside_the_data_folder(data_dir: Path) -> None:
    store = Store(data_dir)
    goal = Goal("../../escaped", CREATED, "stuk", "driftsledelse", "Ud")
    with pytest.raises(LederbogError, match="is not a valid id"):
        store.save(goal)
    assert not (data_dir.parent.parent / "escaped.toml").exists()


def test_an_icloud_placeholder_is_named_by_the_doctor(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    store = Store(data_dir)
    store.save(reflection("a1", 1, "her"))
    placeholder = data_dir / "journal" / "2026" / ".2026-01-02-b2.toml.icloud"
    placeholder.write_bytes(b"bplist00")
    code, out, _ = run(capsys, "doctor")
    assert code == 1
    assert f"{placeholder}: iCloud Drive has not downloaded this record" in out
    assert placeholder.read_bytes() == b"bplist00"


@pytest.mark.parametrize("title", ["Con", "NUL", "com1"])
def test_a_goal_id_is_never_a_windows_device_name(data_dir: Path, title: str) -> None:
    goal_id = Store(data_dir).new_goal_id(title)
    assert goal_id == f"{title.lower()}-maal"
