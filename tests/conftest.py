"""Every test gets its own data and cache folders: never the developer's real ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "data"
    cache = tmp_path / "cache"
    monkeypatch.setenv("LEDERBOG_DATA_DIR", str(data))
    monkeypatch.setenv("LEDERBOG_CACHE_DIR", str(cache))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
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
