"""Eksport in the workbook: the preview shows what the file will hold; un-sharing from it."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from textual.widgets import OptionList, Select, Static

from lederbog.model.records import FrameworkChoice, Goal, Profile, Reflection
from lederbog.store.store import Store
from lederbog.ui.app import make_app
from lederbog.ui.screens.confirm import Confirm
from lederbog.ui.screens.export import ExportSection

TZ = dt.timezone(dt.timedelta(hours=1))
CREATED = dt.datetime(2026, 1, 5, 9, 30, tzinfo=TZ)
TODAY = dt.date(2026, 12, 1)


def _leader(data_dir: Path) -> Store:
    store = Store(data_dir)
    store.save(
        Profile(
            name="Mette Holm",
            organisation="STUK",
            frameworks=[FrameworkChoice("stuk", "teamleder")],
        )
    )
    store.save(
        Goal(
            id="bedre-moeder",
            created=CREATED,
            framework="stuk",
            area="driftsledelse",
            title="Bedre teammøder",
        )
    )
    for n, (text, shared) in enumerate(
        [("Privat om Jens.", False), ("Delt om dagsordenen.", True), ("Delt om budgettet.", True)]
    ):
        store.save(
            Reflection(
                id=f"aaaa000{n}",
                created=CREATED,
                date=dt.date(2026, 6, 1 + n),
                text=text,
                areas=["stuk/driftsledelse"],
                shared=shared,
            )
        )
    return store


def _options(screen: ExportSection) -> list[str]:
    preview = screen.query_one("#export-preview", OptionList)
    return [str(preview.get_option_at_index(i).prompt) for i in range(preview.option_count)]


async def _open_export(pilot) -> ExportSection:  # type: ignore[no-untyped-def]
    await pilot.press("6")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ExportSection)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return screen


async def test_the_preview_matches_the_file_written(data_dir: Path, tmp_path: Path) -> None:
    _leader(data_dir)
    app = make_app(data_dir, "da", today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_export(pilot)
        shown = _options(screen)
        assert any("Bedre teammøder" in line for line in shown)
        assert any("Delt om dagsordenen." in line for line in shown)
        assert not any("Jens" in line for line in shown)
        count = str(screen.query_one("#export-count", Static).render())
        assert "2 af 3 refleksioner" in count
        screen.query_one("#export-format", Select).value = "toml"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        written = tmp_path / "documents" / "lederbog-mette-holm-2026-12-01.toml"
        doc = tomllib.loads(written.read_text("utf-8"))
        assert [r["text"] for r in doc["reflections"]] == [
            "Delt om dagsordenen.",
            "Delt om budgettet.",
        ]
        assert [g["title"] for g in doc["goals"]] == ["Bedre teammøder"]
        assert str(written) in str(screen.query_one("#export-status", Static).render())


async def test_unsharing_from_the_preview(data_dir: Path) -> None:
    store = _leader(data_dir)
    app = make_app(data_dir, "da", today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_export(pilot)
        preview = screen.query_one("#export-preview", OptionList)
        preview.focus()
        target = next(i for i, line in enumerate(_options(screen)) if "budgettet" in line)
        preview.highlighted = target
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.click("#confirm-yes")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not any("budgettet" in line for line in _options(screen))
        on_disk = {r.text: r.shared for r in store.reflections().records}
        assert on_disk == {
            "Privat om Jens.": False,
            "Delt om dagsordenen.": True,
            "Delt om budgettet.": False,
        }


async def test_a_file_already_there_is_replaced_only_when_confirmed(
    data_dir: Path, tmp_path: Path
) -> None:
    _leader(data_dir)
    existing = tmp_path / "documents" / "lederbog-mette-holm-2026-12-01.html"
    existing.parent.mkdir(parents=True)
    existing.write_text("the supervisor's copy")
    app = make_app(data_dir, "da", today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_export(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("escape")
        await pilot.pause()
        assert existing.read_text() == "the supervisor's copy"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.click("#confirm-yes")
        await pilot.pause()
        assert "Delt om dagsordenen." in existing.read_text("utf-8")


def test_snapshot_export_da(snap_compare, data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _leader(data_dir)
    monkeypatch.setenv("LEDERBOG_DOCUMENTS_DIR", "/home/mette/Dokumenter")  # shown, not written

    async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
        await _open_export(pilot)

    app = make_app(data_dir, "da", today=lambda: TODAY)
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)


def test_snapshot_export_en(snap_compare, data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _leader(data_dir)
    monkeypatch.setenv("LEDERBOG_DOCUMENTS_DIR", "/home/mette/Dokumenter")  # shown, not written

    async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
        await _open_export(pilot)

    app = make_app(data_dir, "en", today=lambda: TODAY)
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)
