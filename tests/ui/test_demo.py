"""`lederbog --demo`: a sample leader's year in a temporary folder that is always removed."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from lederbog.demo import build, demo_folder, entries
from lederbog.store.store import Store
from lederbog.ui.app import make_app
from lederbog.ui.screens.section import SectionScreen

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def test_the_sample_year_is_valid_and_ends_yesterday(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    build(data, TODAY)
    store = Store(data)
    profile = store.profile()
    assert profile is not None and profile.name == entries.NAME
    assert [(c.id, c.role) for c in profile.frameworks] == [("stuk", "teamleder")]
    goals, reflections, assessments = store.goals(), store.reflections(), store.assessments()
    assert not goals.problems and not reflections.problems and not assessments.problems
    assert len(assessments.records) == 4
    assert len(goals.records) == len(entries.GOALS)
    assert {g.status for g in goals.records} == {"active", "done", "paused"}
    assert any(g.due is not None and g.due < TODAY and g.status == "active" for g in goals.records)
    dates = [r.date for r in reflections.records]
    assert max(dates) == TODAY - dt.timedelta(days=1)
    assert min(dates) >= TODAY - dt.timedelta(days=366)
    assert any(r.shared for r in reflections.records)
    assert any(not r.shared for r in reflections.records)
    assert any(r.prompt for r in reflections.records)
    assert all(r.tags for r in reflections.records)
    known_goals = {g.id for g in goals.records}
    assert all(set(r.goals) <= known_goals for r in reflections.records)


async def test_demo_starts_and_quits_leaving_nothing(temp_root: Path) -> None:
    with demo_folder(TODAY) as data:
        assert data.is_relative_to(temp_root)
        assert (data / "profile.toml").is_file()
        app = make_app(data, "da", demo=True, today=lambda: TODAY)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, SectionScreen)
            assert "demo" in app.screen.title
            assert app.workbook.profile is not None
            assert app.workbook.profile.name == entries.NAME
            await pilot.press("ctrl+q")
    assert list(temp_root.iterdir()) == []


async def test_sigterm_while_the_demo_runs_ends_it_like_a_quit(temp_root: Path) -> None:
    import signal

    before = signal.getsignal(signal.SIGTERM)
    with demo_folder(TODAY) as data:
        app = make_app(data, "da", demo=True, today=lambda: TODAY)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            os.kill(os.getpid(), signal.SIGTERM)  # the app, not pytest, takes it
            await pilot.pause(0.2)
            assert app._exit  # leaving, as after ctrl+q
    assert list(temp_root.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) == before  # given back


def test_an_exception_inside_the_demo_still_removes_it(temp_root: Path) -> None:
    with pytest.raises(RuntimeError), demo_folder(TODAY):
        raise RuntimeError("the app crashed")
    assert list(temp_root.iterdir()) == []


def test_sigterm_during_the_demo_removes_it(tmp_path: Path) -> None:
    # A separate process: it sends itself SIGTERM while the demo folder exists.
    root = tmp_path / "tmp"
    root.mkdir()
    script = (
        "import os, signal, sys\n"
        "from lederbog.commands.workbook import run_demo\n"
        "import lederbog.ui.app as app_module\n"
        "def killed(self, **kwargs):\n"
        "    print(self.workbook.data_dir, flush=True)\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "app_module.LederbogApp.run = killed\n"
        "sys.exit(run_demo('da'))\n"
    )
    env = dict(os.environ, TMPDIR=str(root), PYTHONPATH=str(Path(__file__).parents[2] / "src"))
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 128 + 15, done.stderr
    assert done.stdout.strip().startswith(str(root))
    assert list(root.iterdir()) == []


def test_a_demo_killed_outright_is_cleaned_up_by_the_next(temp_root: Path) -> None:
    abandoned = temp_root / "lederbog-demo-old"
    (abandoned / "data").mkdir(parents=True)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    (abandoned / "pid").write_text(dead.stdout.strip())
    running = temp_root / "lederbog-demo-running"
    running.mkdir()
    (running / "pid").write_text(str(os.getpid()))  # a demo in another terminal
    unrelated = temp_root / "lederbog-demo-no-pid"
    unrelated.mkdir()
    with demo_folder(TODAY):
        pass
    assert not abandoned.exists()
    assert running.exists() and unrelated.exists()
