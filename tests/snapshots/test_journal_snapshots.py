"""Snapshots of Dagbog and the reflection editor, at 80x24 and 120x40, in Danish and English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from lederbog.model.records import FrameworkChoice, Profile, Reflection
from lederbog.store.store import Store
from lederbog.ui.app import make_app
from lederbog.ui.links import NewReflection
from lederbog.ui.screens.journal import JournalScreen
from lederbog.ui.screens.reflection_editor import ReflectionEditor

CREATED = dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
SIZES = [(80, 24), (120, 40)]


def today() -> dt.date:
    return dt.date(2026, 12, 1)


def seed(data_dir: Path, lang: str) -> None:
    store = Store(data_dir)
    store.save(
        Profile(
            name="Mette Holm",
            organisation="STUK",
            language=lang,
            frameworks=[FrameworkChoice("stuk", "teamleder")],
        )
    )
    entries = [
        ("a0000001", dt.date(2026, 11, 3), "Første møde med det nye team. Vi aftalte faste "
         "rammer for feedback, og jeg lovede at følge op hver fredag.", ["stuk/driftsledelse"],
         ["feedback"], False),
        ("a0000002", dt.date(2026, 11, 17), "Budgetopfølgning med økonomi: vi holder rammen, "
         "men rekrutteringen må vente til foråret.", ["stuk/strategisk-ledelse"], ["budget"],
         True),
        ("a0000003", dt.date(2026, 11, 28), "[bold]Svær[/] samtale om sygefravær. Jeg var "
         "tydelig om forventningerne og lyttede mere, end jeg talte. 🙂", [], ["mod", "samtaler"],
         False),
    ]  # fmt: skip
    for rid, day, text, areas, tags, shared in entries:
        store.save(Reflection(rid, CREATED, day, text, areas=areas, tags=tags, shared=shared))


async def journal_ready(pilot: Pilot[None]) -> None:
    await pilot.press("4")
    for _ in range(300):
        await pilot.pause(0.01)
        screen = pilot.app.screen
        if isinstance(screen, JournalScreen) and screen.loaded:
            break
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_journal(snap_compare: Any, data_dir: Path, lang: str, size: tuple[int, int]) -> None:
    seed(data_dir, lang)
    assert snap_compare(
        make_app(data_dir, lang, today=today), terminal_size=size, run_before=journal_ready
    )


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_editor(snap_compare: Any, data_dir: Path, lang: str, size: tuple[int, int]) -> None:
    seed(data_dir, lang)

    async def write(pilot: Pilot[None]) -> None:
        await journal_ready(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, JournalScreen)
        stuk = pilot.app.workbook.frameworks.get("stuk")  # type: ignore[attr-defined]
        area = stuk.area("driftsledelse")
        screen.open_link(
            NewReflection("stuk", "driftsledelse", "", area.prompt or "Hvad lærte du?")
        )
        for _ in range(100):
            await pilot.pause(0.01)
            if isinstance(pilot.app.screen, ReflectionEditor):
                break
        await pilot.pause()
        await pilot.press(*"I dag lyttede jeg mere.")
        await pilot.pause()

    assert snap_compare(make_app(data_dir, lang, today=today), terminal_size=size, run_before=write)
