"""Every test gets its own data and cache folders: never the developer's real ones.

Two layers make that structural rather than a matter of fixture order:

- at import, before any fixture of any scope runs, the whole session's
  environment points Lederbog (and platformdirs, through the XDG variables)
  at a temporary folder of its own; each test then gets folders of its own
  on top (`isolated_dirs`);
- an audit hook (PEP 578) sees every file this process opens for writing,
  makes, renames, removes or chmods, and every SQLite database it opens; a
  test during which one of them lies in the developer's real Lederbog folders
  (data, cache, config, and whatever $LEDERBOG_DATA_DIR / $LEDERBOG_CACHE_DIR
  named when the session started) fails. It watches this process only, so a
  Lederbog the developer runs meanwhile is not taken for a test.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import platformdirs
import pytest


def real_folders() -> list[str]:
    """The developer's own Lederbog folders, as the environment names them right now."""
    folders = [
        platformdirs.user_data_dir("lederbog", appauthor=False),
        platformdirs.user_cache_dir("lederbog", appauthor=False),
        platformdirs.user_config_dir("lederbog", appauthor=False),
    ]
    for variable in ("LEDERBOG_DATA_DIR", "LEDERBOG_CACHE_DIR"):
        if os.environ.get(variable):
            folders.append(os.path.expanduser(os.environ[variable]))
    return [os.path.abspath(folder) for folder in folders]


_WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_PATH_EVENTS = {
    "os.mkdir",
    "os.rename",
    "os.remove",
    "os.rmdir",
    "os.chmod",
    "os.chown",
    "os.symlink",
    "os.link",
    "os.truncate",
    "os.utime",
    "shutil.rmtree",
    "sqlite3.connect",
}


class Guard:
    """Collects the writes this process makes into any of `watched`."""

    def __init__(self, watched: list[str]) -> None:
        self.watched = list(watched)
        self.seen: list[str] = []

    def inside(self, path: object) -> bool:
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not isinstance(path, str | os.PathLike):
            return False  # a file descriptor, or SQLite's ":memory:"
        full = os.path.abspath(os.fspath(path))
        return any(full == root or full.startswith(root + os.sep) for root in self.watched)

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if event == "open":
            path, mode, flags = ((*tuple(args), None, None, None))[:3]
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITES
            )
            if writes and self.inside(path):
                self.seen.append(f"{event} {path}")
        elif event in _PATH_EVENTS:
            targets = args[:2] if event in ("os.rename", "os.symlink", "os.link") else args[:1]
            for path in targets:
                if self.inside(path):
                    self.seen.append(f"{event} {path}")
                    break


# Before anything else: remember the real folders, then move the session away from them.
REAL_FOLDERS = real_folders()
GUARD = Guard(REAL_FOLDERS)
sys.addaudithook(GUARD)
SESSION_DIR = Path(tempfile.mkdtemp(prefix="lederbog-tests-"))
atexit.register(shutil.rmtree, SESSION_DIR, ignore_errors=True)
os.environ.update(
    {
        "LEDERBOG_DATA_DIR": str(SESSION_DIR / "data"),
        "LEDERBOG_CACHE_DIR": str(SESSION_DIR / "cache"),
        "XDG_DATA_HOME": str(SESSION_DIR / "xdg-data"),
        "XDG_CACHE_HOME": str(SESSION_DIR / "xdg-cache"),
        "XDG_CONFIG_HOME": str(SESSION_DIR / "xdg-config"),
        "XDG_STATE_HOME": str(SESSION_DIR / "xdg-state"),
    }
)


@pytest.fixture(autouse=True)
def real_folders_untouched() -> Iterator[None]:
    """Fail the test during which (or before which, in a module-scoped fixture) this
    process wrote into a real Lederbog folder."""
    yield
    if GUARD.seen:
        seen, GUARD.seen[:] = list(GUARD.seen), []
        pytest.fail(
            "this test (or a fixture it uses) wrote into the developer's real folders: "
            + "; ".join(seen[:5])
        )


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "data"
    cache = tmp_path / "cache"
    monkeypatch.setenv("LEDERBOG_DATA_DIR", str(data))
    monkeypatch.setenv("LEDERBOG_CACHE_DIR", str(cache))
    monkeypatch.setenv("LEDERBOG_DOCUMENTS_DIR", str(tmp_path / "documents"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("LEDERBOG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("EDITOR", raising=False)
    yield data


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    """The test's data folder ($LEDERBOG_DATA_DIR); not created yet."""
    return isolated_dirs


# --- a leader's data for Oversigt (tests of the overview screen and its snapshots) ---

OVERVIEW_TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def leader_data(data_dir: Path) -> Path:
    """A STUK teamleder who also follows kodeks, with a year of records before 1 Dec 2026."""
    from lederbog.model.records import (
        Assessment,
        CheckIn,
        FrameworkChoice,
        Goal,
        Profile,
        Reflection,
    )
    from lederbog.store.store import Store

    zone = dt.timezone(dt.timedelta(hours=1))

    def at(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(9, 0), zone)

    store = Store(data_dir)
    store.save(
        Profile(
            name="Mette Holm",
            organisation="Styrelsen for Undervisning og Kvalitet",
            frameworks=[FrameworkChoice("stuk", "teamleder"), FrameworkChoice("kodeks")],
        )
    )
    goals = [
        (
            "faelles-retning",
            "strategisk-ledelse",
            "Fælles retning for teamet",
            dt.date(2026, 12, 12),
            [(dt.date(2026, 3, 2), 20), (dt.date(2026, 6, 1), 45), (dt.date(2026, 10, 5), 70)],
        ),
        (
            "ugentlige-1-1",
            "personaleledelse-og-udvikling",
            "Ugentlige 1:1-samtaler",
            dt.date(2026, 11, 20),
            [(dt.date(2026, 5, 4), 30), (dt.date(2026, 9, 7), 50)],
        ),
        ("sparring", "udvikling-af-dig-selv-som-leder", "Sparring med en erfaren leder", None, []),
    ]
    for goal_id, area, title, due, checkins in goals:
        store.save(
            Goal(
                id=goal_id,
                created=at(dt.date(2026, 2, 2)),
                framework="stuk",
                area=area,
                title=title,
                due=due,
                checkins=[CheckIn(day, progress, "") for day, progress in checkins],
            )
        )
    store.save(
        Goal(
            id="fast-driftsmoede",
            created=at(dt.date(2026, 1, 12)),
            framework="stuk",
            area="driftsledelse",
            title="Fast ugentligt driftsmøde",
            status="done",
            checkins=[CheckIn(dt.date(2026, 4, 6), 100, "Kører nu af sig selv.")],
        )
    )
    reflections = [
        (
            "0a0a0a0a",
            dt.date(2025, 12, 2),
            ["stuk/faglig-ledelse"],
            "Første teammøde efter omorganiseringen.\nVi talte om, hvad der skal holde op.",
        ),
        (
            "0b0b0b0b",
            dt.date(2026, 11, 28),
            ["stuk/strategisk-ledelse", "kodeks/kommunikerer-klart"],
            "Strategidagen gik godt.",
        ),
        (
            "0c0c0c0c",
            dt.date(2026, 9, 14),
            ["stuk/personaleledelse-og-udvikling"],
            "1:1 med Jonas.",
        ),
    ]
    for rid, day, areas, text in reflections:
        store.save(Reflection(id=rid, created=at(day), date=day, text=text, areas=areas))
    for aid, day, scores in [
        ("a1a1a1a1", dt.date(2026, 3, 1), {"strategisk-ledelse": 2, "driftsledelse": 4}),
        ("a2a2a2a2", dt.date(2026, 9, 1), {"strategisk-ledelse": 3, "driftsledelse": 3}),
    ]:
        store.save(Assessment(id=aid, created=at(day), date=day, framework="stuk", scores=scores))
    return data_dir
