"""`lederbog review` full-screen: one leader, several leaders, opening one from the
table, text shown as typed, and nothing written anywhere."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.widgets import DataTable, Static, TabbedContent

from lederbog.export import toml_format
from lederbog.export.model import (
    Export,
    ExportArea,
    ExportAssessment,
    ExportCheckIn,
    ExportFramework,
    ExportGoal,
    ExportReflection,
)
from lederbog.export.reader import read_export
from lederbog.ui.review_app import LeaderScreen, LeadersScreen, ReviewApp

HOSTILE = "[bold red]fed[/] [@click=app.quit]klik[/] \x1b]0;titel\x07\x1b[31mrød"
GENERATED = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def export_of(name: str, progress: int, shared_text: str = "Teammødet gik godt.") -> Export:
    framework = ExportFramework(
        id="stuk",
        title="Det fælles ledelsesgrundlag for STUK",
        role="teamleder",
        role_title="Teamleder",
        areas=(
            ExportArea("driftsledelse", "Driftsledelse"),
            ExportArea("faglig-ledelse", "Faglig ledelse"),
        ),
    )
    goal = ExportGoal(
        id="bedre-moeder",
        framework="stuk",
        area="driftsledelse",
        title=f"Bedre teammøder ({name})",
        status="active",
        progress=progress,
        why="Møderne løber over tid.",
        due=dt.date(2026, 12, 15),
        checkins=(
            ExportCheckIn(dt.date(2026, 3, 1), progress // 2, "Dagsorden sendt ud."),
            ExportCheckIn(dt.date(2026, 10, 1), progress, "Til tiden."),
        ),
        created=dt.date(2026, 2, 1),
    )
    return Export(
        name=name,
        organisation="STUK",
        language="da",
        since=dt.date(2026, 1, 1),
        until=dt.date(2026, 11, 30),
        generated=GENERATED,
        frameworks=(framework,),
        goals=(goal,),
        assessments=(
            ExportAssessment(
                dt.date(2026, 9, 1), "stuk", {"driftsledelse": 4}, {"driftsledelse": "Bedre."}
            ),
        ),
        reflections=(
            ExportReflection(
                dt.date(2026, 6, 2), shared_text, areas=("stuk/driftsledelse",), tags=("møder",)
            ),
        ),
        reflections_total=5,
    )


def saved(tmp_path: Path, export: Export) -> tuple[Path, Export]:
    """Through the file, as review reads it."""
    path = tmp_path / f"{export.name}.toml"
    path.write_text(toml_format.render(export), encoding="utf-8")
    return path, read_export(path)


def plain(widget: Static) -> str:
    content = widget.content
    return content.plain if isinstance(content, Text) else str(content)


async def test_one_export_opens_the_leader(tmp_path: Path) -> None:
    app = ReviewApp([saved(tmp_path, export_of("Anna", 60, HOSTILE))], [], "da")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LeaderScreen)
        assert "Anna · STUK" in plain(screen.query_one("#review-head", Static))
        table = screen.query_one("#review-areas", DataTable)
        row = table.get_row("area:stuk/driftsledelse")
        assert [str(cell) for cell in row[1:3]] == ["1", "60 %"]  # the leader's figures
        assert str(row[4]) == "4/5"
        assert "frist" in plain(screen.query_one("#review-due", Static)) or "15. dec." in plain(
            screen.query_one("#review-due", Static)
        )
        await pilot.press("2")
        assert screen.query_one(TabbedContent).active == "goals"
        goals = plain(screen.query_one("#review-goals", Static))
        assert "Bedre teammøder (Anna)" in goals and "1. okt. 2026: 60 %" in goals
        await pilot.press("3")
        assert "4/5  Driftsledelse" in plain(screen.query_one("#review-assessments", Static))
        await pilot.press("4")
        shown = plain(screen.query_one("#review-reflections", Static))
        assert "1 af 5 refleksioner" in shown
        assert "[bold red]fed[/] [@click=app.quit]klik[/]" in shown  # as typed, not markup
        assert "\x1b" not in shown and "\x07" not in shown
        await pilot.press("escape")  # nothing to go back to with one file
        assert app.screen is screen


async def test_three_exports_open_a_table_of_leaders(tmp_path: Path) -> None:
    exports = [
        saved(tmp_path, export_of(name, p)) for name, p in (("Anna", 60), ("Bo", 20), ("Carl", 90))
    ]
    app = ReviewApp(exports, [], "da")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LeadersScreen)
        table = screen.query_one("#review-leaders", DataTable)
        names = [str(table.get_row(f"leader:{n}")[0]) for n in range(3)]
        assert names == ["Anna", "Bo", "Carl"]
        assert str(table.get_row("leader:1")[2]) == "20 %"
        assert str(table.get_row("leader:2")[4]) == "1 af 5"
        area = table.get_row("leader:0:area:0")
        assert str(area[0]).strip() == "Driftsledelse" and str(area[3]) == "1. okt."


async def test_opening_a_leader_from_the_table_and_going_back(tmp_path: Path) -> None:
    exports = [saved(tmp_path, export_of(name, p)) for name, p in (("Anna", 60), ("Bo", 20))]
    app = ReviewApp(exports, ["/tmp/ond.toml: not valid TOML"], "da")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table_screen = app.screen
        assert "/tmp/ond.toml" in plain(table_screen.query_one("#review-problems", Static))
        table = table_screen.query_one("#review-leaders", DataTable)
        table.move_cursor(row=table.get_row_index("leader:1"))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LeaderScreen)
        assert app.screen.leader.export.name == "Bo"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is table_screen


async def test_review_writes_nothing(tmp_path: Path) -> None:
    from lederbog.settings import settings_path

    exports = [saved(tmp_path, export_of("Anna", 60))]
    before = {p: p.read_bytes() for p in tmp_path.iterdir()}
    data = Path(os.environ["LEDERBOG_DATA_DIR"])
    existed = data.exists()
    app = ReviewApp(exports, [], "da")
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.press("2", "3", "4", "1", "enter", "escape", "ctrl+s", "s", "d")
        await pilot.pause()
    assert {p: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert data.exists() == existed
    assert not settings_path().exists()


def _shown(pilot: Any) -> Any:
    return pilot.pause()


def test_snapshot_one_leader(snap_compare: Any, tmp_path: Path) -> None:
    app = ReviewApp([saved(tmp_path, export_of("Anna Holm", 60))], [], "da")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_shown)


def test_snapshot_leaders(snap_compare: Any, tmp_path: Path) -> None:
    exports = [
        saved(tmp_path, export_of(n, p)) for n, p in (("Anna", 60), ("Bo", 20), ("Carl", 90))
    ]
    app = ReviewApp(exports, ["ond.toml: not valid TOML"], "da")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_shown)
