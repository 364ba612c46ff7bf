"""Selvevaluering as a leader uses it: rating areas, leaving one out, editing, the history,
deleting, and bad files beside good ones. Fixture data is written through the store."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.widgets import DataTable, Static

from lederbog.model.records import Assessment, FrameworkChoice, Profile
from lederbog.store.store import Store
from lederbog.ui.app import LederbogApp, make_app
from lederbog.ui.links import NewAssessment
from lederbog.ui.messages import OpenSection
from lederbog.ui.screens.assessment import AssessmentSection
from lederbog.ui.screens.assessment_confirm import ConfirmDialog
from lederbog.ui.screens.frameworks import FrameworkBrowser
from lederbog.ui.widgets.assessment_form import AssessmentForm

TODAY = dt.date(2026, 12, 1)
ZONE = dt.timezone(dt.timedelta(hours=1))
STUK = (
    "strategisk-ledelse",
    "driftsledelse",
    "faglig-ledelse",
    "personaleledelse-og-udvikling",
    "udvikling-af-dig-selv-som-leder",
)
# Four quarters of STUK ratings, per area (oldest first), as in the fixture below.
RATINGS = {
    "strategisk-ledelse": [2, 3, 3, 4],
    "driftsledelse": [4, 4, 3, 3],
    "faglig-ledelse": [3, 3, 4, 5],
    "personaleledelse-og-udvikling": [2, 2, 2, 3],
    "udvikling-af-dig-selv-som-leder": [1, 2, 3, 2],
}
DATES = [dt.date(2025, 12, 1), dt.date(2026, 3, 2), dt.date(2026, 6, 1), dt.date(2026, 9, 1)]


def leader(data_dir: Path, *choices: tuple[str, str], lang: str = "da") -> Store:
    store = Store(data_dir)
    frameworks = [FrameworkChoice(framework, role) for framework, role in choices]
    store.save(Profile("Mette Holm", "STUK", lang, frameworks))
    return store


def four_quarters(store: Store) -> list[Assessment]:
    saved = []
    for n, day in enumerate(DATES):
        record = Assessment(
            f"a000000{n}",
            dt.datetime.combine(day, dt.time(10), ZONE),
            day,
            "stuk",
            {area: RATINGS[area][n] for area in STUK},
            {"driftsledelse": f"Kvartal {n + 1}: travlt"} if n % 2 else {},
        )
        store.save(record)
        saved.append(record)
    return saved


def app_for(data_dir: Path, lang: str = "da") -> LederbogApp:
    return make_app(data_dir, lang, today=lambda: TODAY)


def section(app: LederbogApp) -> AssessmentSection:
    screen = app.screen
    assert isinstance(screen, AssessmentSection), screen
    return screen


def form(app: LederbogApp) -> AssessmentForm:
    found = section(app).form()
    assert found is not None
    return found


async def open_section(pilot: Any, app: LederbogApp) -> AssessmentSection:
    await pilot.pause()
    await pilot.press("5")
    for _ in range(50):
        await pilot.pause(0.02)
        if isinstance(app.screen, AssessmentSection) and app.screen.book is not None:
            break
    await pilot.pause()
    return section(app)


def files(data_dir: Path) -> list[Path]:
    folder = data_dir / "assessments"
    return sorted(folder.rglob("*.toml")) if folder.exists() else []


def plain(widget: Static) -> str:
    return " ".join(str(widget.render()).split())


def cells(table: DataTable[Any], row: str) -> list[str]:
    return [cell.plain if isinstance(cell, Text) else str(cell) for cell in table.get_row(row)]


def messages(app: LederbogApp) -> list[str]:
    return [notification.message for notification in app._notifications]


async def test_rate_every_area_of_the_kodeks_with_notes(data_dir: Path) -> None:
    leader(data_dir, ("kodeks", ""))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        await pilot.press("n")
        await pilot.pause()
        areas = form(app).areas
        assert len(areas) == 11
        typed = {}
        for n, area in enumerate(areas):
            score = n % 5 + 1
            note = f'Punkt {n + 1}: æøå "citat" \\ {score}'
            typed[area.id] = (score, note)
            await pilot.press(str(score), "tab", *note, "shift+tab", "down")
        # 1-5 rated all the while: the app's section keys were never reached.
        assert isinstance(app.screen, AssessmentSection)
        await pilot.press("ctrl+s")
        await pilot.pause()
        [saved] = files(data_dir)
        assert saved.parent.name == "2026" and saved.name.startswith("2026-12-01-")
        doc = tomllib.loads(saved.read_text(encoding="utf-8"))
        assert doc["framework"] == "kodeks"
        assert doc["date"] == TODAY
        assert doc["scores"] == {area: score for area, (score, _) in typed.items()}
        assert doc["notes"] == {area: note for area, (_, note) in typed.items()}
        assert screen.mode == "history"
        assert any("11 af 11" in message for message in messages(app))
        await pilot.pause(0.2)
        listing = screen.query_one("#ah-list", DataTable)
        assert listing.row_count == 1
        # With the form closed the section keys are the app's again.
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, FrameworkBrowser)


async def test_leave_one_area_unrated(data_dir: Path) -> None:
    leader(data_dir, ("stuk", "teamleder"))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_section(pilot, app)
        await pilot.press("n")
        await pilot.pause()
        # Items for a teamleder beside the area: a shared one and the teamleder's own.
        items = plain(app.screen.query_one("#af-items", Static))
        assert "teamleder" in items
        assert "Sikrer tilbageløb: Hvordan kan strategien realiseres?" in items
        assert "Oversætter STUK’s samlede prioriteringer" not in items  # a vicedirektør's
        await pilot.press("4", "down", "2", "down", "5", "0", "down", "3", "down", "1")
        await pilot.press("ctrl+s")
        await pilot.pause()
        [saved] = files(data_dir)
        doc = tomllib.loads(saved.read_text(encoding="utf-8"))
        assert doc["scores"] == {
            "strategisk-ledelse": 4,
            "driftsledelse": 2,
            "personaleledelse-og-udvikling": 3,
            "udvikling-af-dig-selv-som-leder": 1,
        }
        assert doc["notes"] == {}


async def test_nothing_rated_is_not_saved(data_dir: Path) -> None:
    leader(data_dir, ("stuk", "teamleder"))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        await pilot.press("n", "ctrl+s")
        await pilot.pause()
        assert files(data_dir) == []
        assert screen.mode == "form"
        assert "mindst ét område" in plain(app.screen.query_one("#af-error", Static))


async def test_the_previous_rating_and_its_date_are_shown(data_dir: Path) -> None:
    four_quarters(leader(data_dir, ("stuk", "teamleder")))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_section(pilot, app)
        await pilot.press("n")
        await pilot.pause()
        previous = plain(app.screen.query_one("#af-previous", Static))
        assert "Sidst: 4 den 1. sep. 2026" in previous
        await pilot.press("down")
        previous = plain(app.screen.query_one("#af-previous", Static))
        assert "Sidst: 3 den 1. sep. 2026" in previous
        assert "Kvartal 4: travlt" in previous  # last time's note


async def test_a_wrong_date_says_why_and_keeps_what_was_typed(data_dir: Path) -> None:
    leader(data_dir, ("stuk", "teamleder"))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_section(pilot, app)
        await pilot.press("n", "3", "shift+tab")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "af-date"
        await pilot.press(*"31-02-2027")
        await pilot.pause()
        shown = plain(app.screen.query_one("#af-date-shown", Static))
        assert "februar" in shown
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert files(data_dir) == []
        assert app.screen.query_one("#af-date").value == "31-02-2027"  # type: ignore[attr-defined]
        # A date after today is refused too; one before it is used.
        await pilot.press(*["backspace"] * 10, *"15-11-2026", "ctrl+s")
        await pilot.pause()
        [saved] = files(data_dir)
        assert saved.name.startswith("2026-11-15-")


async def test_escape_asks_before_throwing_ratings_away(data_dir: Path) -> None:
    leader(data_dir, ("stuk", "teamleder"))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        await pilot.press("n", "escape")  # nothing rated: leaves at once
        await pilot.pause()
        assert screen.mode == "history"
        await pilot.press("n", "4", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")  # no: keep rating
        await pilot.pause()
        assert app.screen is screen and screen.mode == "form"
        assert form(app).scores == {"strategisk-ledelse": 4}
        await pilot.press("escape", "j")
        await pilot.pause()
        assert screen.mode == "history"
        assert files(data_dir) == []
        # Straight into a new one: the keys go to the new form, not the one just closed.
        await pilot.press("n", "escape", "n", "2")
        assert form(app).scores == {"strategisk-ledelse": 2}
        assert len(screen.query(AssessmentForm)) <= 2


async def test_edit_an_assessment(data_dir: Path) -> None:
    saved = four_quarters(leader(data_dir, ("stuk", "teamleder")))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        await pilot.press("tab")  # to the list of assessments, newest first
        await pilot.press("down")  # the one of 1 Jun 2026
        await pilot.pause()
        assert screen.history.selected_assessment() == saved[2]
        await pilot.press("enter")
        await pilot.pause()
        assert screen.mode == "form"
        assert form(app).scores == saved[2].scores
        # Last time, for an assessment being edited, is the one before it.
        assert "2. mar. 2026" in plain(app.screen.query_one("#af-previous", Static))
        await pilot.press("down", "5", "tab", *"Bedre nu", "ctrl+s")
        await pilot.pause()
        path = data_dir / "assessments" / "2026" / "2026-06-01-a0000002.toml"
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        assert doc["scores"]["driftsledelse"] == 5
        assert doc["scores"]["strategisk-ledelse"] == 3
        assert doc["notes"] == {"driftsledelse": "Bedre nu"}
        assert doc["created"] == saved[2].created
        assert len(files(data_dir)) == 4


async def test_an_edit_that_meets_a_change_on_disk_is_kept_beside_it(data_dir: Path) -> None:
    saved = four_quarters(leader(data_dir, ("stuk", "teamleder")))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        await pilot.press("e")  # the newest
        await pilot.pause()
        path = saved[3].origin.path  # type: ignore[union-attr]
        elsewhere = path.read_bytes().replace(b"driftsledelse = 3", b"driftsledelse = 1")
        path.write_bytes(elsewhere)  # a sync tool, meanwhile
        await pilot.press("5", "ctrl+s")
        await pilot.pause()
        assert path.read_bytes() == elsewhere
        copies = [p for p in files(data_dir) if ".conflict-" in p.name]
        assert len(copies) == 1
        assert "strategisk-ledelse = 5" in copies[0].read_text(encoding="utf-8")
        said = " ".join(messages(app))
        assert "ændret et andet sted" in said and copies[0].name in said
        assert screen.mode == "history"


async def test_the_history_of_four_assessments(data_dir: Path) -> None:
    four_quarters(leader(data_dir, ("stuk", "teamleder")))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        areas = screen.query_one("#ah-areas", DataTable)
        assert areas.row_count == 5
        assert cells(areas, "strategisk-ledelse")[1:] == ["▃▄▄▆", "4", "▲ +1"]
        assert cells(areas, "driftsledelse")[1:] == ["▆▆▄▄", "3", "="]
        assert cells(areas, "faglig-ledelse")[1:] == ["▄▄▆█", "5", "▲ +1"]
        assert cells(areas, "udvikling-af-dig-selv-som-leder")[1:] == ["▁▃▄▃", "2", "▼ −1"]
        # The chosen area's ratings over time, each with its change, newest first.
        detail = plain(screen.query_one("#ah-detail", Static))
        assert detail.startswith("Strategisk ledelse over tid")
        assert "1. sep. 2026 ████████ 4 ▲ +1" in detail
        assert "1. jun. 2026 ██████ 3 =" in detail
        assert "1. dec. 2025 ████ 2 første gang" in detail
        await pilot.press("down")  # Driftsledelse, with its notes
        await pilot.pause()
        detail = plain(screen.query_one("#ah-detail", Static))
        assert "2. mar. 2026 ████████ 4 = Kvartal 2: travlt" in detail
        # An assessment's own ratings, changes and notes.
        await pilot.press("tab")
        await pilot.pause()
        detail = plain(screen.query_one("#ah-detail", Static))
        assert detail.startswith("Selvevaluering fra 1. sep. 2026")
        assert "4 Strategisk ledelse ▲ +1" in detail
        assert "3 Driftsledelse = Kvartal 4: travlt" in detail
        assert "2 Udvikling af dig selv som leder ▼ −1" in detail
        listing = screen.query_one("#ah-list", DataTable)
        assert [cells(listing, f"a000000{n}")[0] for n in (3, 2, 1, 0)] == [
            "1. sep. 2026",
            "1. jun. 2026",
            "2. mar. 2026",
            "1. dec. 2025",
        ]


async def test_the_history_in_english(data_dir: Path) -> None:
    four_quarters(leader(data_dir, ("stuk", "teamleder"), lang="en"))
    app = app_for(data_dir, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        detail = plain(screen.query_one("#ah-detail", Static))
        assert detail.startswith("Strategisk ledelse over time")
        assert "1 Sep 2026 ████████ 4 ▲ +1" in detail
        assert "first time" in detail


async def test_a_broken_assessment_beside_good_ones(data_dir: Path) -> None:
    store = leader(data_dir, ("stuk", "teamleder"))
    four_quarters(store)
    folder = data_dir / "assessments" / "2026"
    gone_area = folder / "2026-10-01-abad0001.toml"
    gone_area.write_bytes(
        b'schema = 1\nkind = "assessment"\nid = "abad0001"\n'
        b"created = 2026-10-01T10:00:00+01:00\ndate = 2026-10-01\n"
        b'framework = "stuk"\n[scores]\ndriftsledelse = 4\nnedlagt-omraade = 2\n'
    )
    too_high = folder / "2026-10-02-abad0002.toml"
    too_high.write_bytes(gone_area.read_bytes().replace(b"abad0001", b"abad0002")
                         .replace(b"2026-10-01", b"2026-10-02")
                         .replace(b"nedlagt-omraade = 2", b"faglig-ledelse = 9"))  # fmt: skip
    garbled = folder / "2026-10-03-abad0003.toml"
    garbled.write_bytes(b"schema = 1\nkind = 'assessment'\n[scores\n")
    before = {path: path.read_bytes() for path in (gone_area, too_high, garbled)}
    app = app_for(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_section(pilot, app)
        problems = plain(screen.query_one("#ah-problems", Static))
        assert problems.startswith("3 selvevaluering(er) kunne ikke bruges")
        for path in before:
            assert str(path) in problems
        assert "nedlagt-omraade" in problems
        assert screen.query_one("#ah-list", DataTable).row_count == 4  # the good ones
        # Deleting and saving elsewhere leave the bad files alone.
        await pilot.press("n", "3", "ctrl+s")
        await pilot.pause()
    assert {path: path.read_bytes() for path in before} == before


async def test_delete_moves_the_assessment_to_the_trash(data_dir: Path) -> None:
    saved = four_quarters(leader(data_dir, ("stuk", "teamleder")))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        original = saved[3].origin.path  # type: ignore[union-attr]
        content = original.read_bytes()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")  # not this time
        await pilot.pause()
        assert original.exists()
        await pilot.press("d", "j")
        await pilot.pause(0.2)
        trashed = data_dir / "trash" / "assessments" / "2026" / original.name
        assert not original.exists()
        assert trashed.read_bytes() == content
        assert screen.query_one("#ah-list", DataTable).row_count == 3
        assert cells(screen.query_one("#ah-areas", DataTable), "strategisk-ledelse")[2] == "3"


async def test_a_new_assessment_link_from_another_section(data_dir: Path) -> None:
    leader(data_dir, ("stuk", "teamleder"), ("kodeks", ""))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, AssessmentSection)  # it opens elsewhere
        app.post_message(OpenSection("assessment", NewAssessment("kodeks")))
        for _ in range(50):
            await pilot.pause(0.02)
            if isinstance(app.screen, AssessmentSection) and app.screen.form() is not None:
                break
        assert form(app).framework.id == "kodeks"
        assert section(app).mode == "form"


async def test_the_palette_starts_a_new_self_assessment(data_dir: Path) -> None:
    leader(data_dir, ("stuk", "teamleder"), ("kodeks", ""))
    app = app_for(data_dir, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_section(pilot, app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"New self-assessment: 11 kodekspunkter")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert form(app).framework.id == "kodeks"


async def test_without_frameworks_in_the_profile_any_framework_can_be_assessed(
    data_dir: Path,
) -> None:
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        assert len(screen.choices()) == len(app.workbook.frameworks)
        assert "ikke evalueret dig selv" in plain(screen.query_one("#ah-notice", Static))
        await pilot.press("n")
        await pilot.pause()
        assert screen.mode == "form"


async def test_hostile_notes_are_shown_as_text(data_dir: Path) -> None:
    store = leader(data_dir, ("stuk", "teamleder"))
    note = "[@click=app.quit]klik[/] \x1b]0;pwned\x07 \u202eomvendt"
    store.save(Assessment("aevil001", dt.datetime(2026, 11, 1, 10, tzinfo=ZONE),
                          dt.date(2026, 11, 1), "stuk", {"strategisk-ledelse": 3},
                          {"strategisk-ledelse": note}))  # fmt: skip
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        detail = plain(screen.query_one("#ah-detail", Static))
        assert "[@click=app.quit]klik[/]" in detail
        assert "\x1b" not in detail and "\u202e" not in detail
        await pilot.press("n")
        await pilot.pause()
        assert "[@click=app.quit]klik[/]" in plain(app.screen.query_one("#af-previous", Static))
        assert app.is_running


def test_every_described_key_is_translated() -> None:
    from lederbog.i18n import STRINGS

    for owner in (AssessmentSection, ConfirmDialog):
        for binding in owner.BINDINGS:
            assert not isinstance(binding, tuple)
            if binding.description:  # type: ignore[union-attr]
                assert f"binding.{binding.id}" in STRINGS, (owner, binding)  # type: ignore[union-attr]


async def test_choose_another_framework_to_see_its_history(data_dir: Path) -> None:
    store = leader(data_dir, ("stuk", "teamleder"), ("kodeks", ""))
    four_quarters(store)
    store.save(Assessment("akodeks1", dt.datetime(2026, 10, 1, 9, tzinfo=ZONE),
                          dt.date(2026, 10, 1), "kodeks", {"kommunikerer-klart": 2}))  # fmt: skip
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        assert "Det fælles ledelsesgrundlag for STUK" in plain(screen.query_one("#ah-framework"))
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.current == "kodeks"
        assert "11 kodekspunkter" in plain(screen.query_one("#ah-framework", Static))
        areas = screen.query_one("#ah-areas", DataTable)
        assert areas.row_count == 11
        assert cells(areas, "kommunikerer-klart")[2] == "2"
        assert screen.query_one("#ah-list", DataTable).row_count == 1
        await pilot.press("n")
        await pilot.pause()
        assert form(app).framework.id == "kodeks"


async def test_a_long_history_lists_the_latest_and_the_rest_on_request(data_dir: Path) -> None:
    store = leader(data_dir, ("stuk", "teamleder"))
    first = dt.date(2020, 1, 6)
    for n in range(70):
        day = first + dt.timedelta(weeks=n)
        store.save(Assessment(f"w{n:07d}", dt.datetime.combine(day, dt.time(9), ZONE), day,
                              "stuk", {"driftsledelse": n % 5 + 1}))  # fmt: skip
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        listing = screen.query_one("#ah-list", DataTable)
        assert listing.row_count == 61
        assert cells(listing, "__more__")[:2] == ["… 10 ældre", "(Enter)"]
        listing.focus()
        listing.move_cursor(row=60)
        await pilot.pause()
        assert screen.history.selected_assessment() is None  # nothing to open or delete there
        await pilot.press("enter")
        await pilot.pause()
        assert listing.row_count == 70
        assert screen.history.selected_assessment() == screen.book.find("w0000009")  # type: ignore[union-attr]
        # The area's chart shows the latest 24 and says how many more there are.
        screen.query_one("#ah-areas", DataTable).focus()
        await pilot.press("down")
        await pilot.pause()
        assert "… og 46 ældre" in plain(screen.query_one("#ah-detail", Static))


async def test_changing_the_date_of_an_assessment_moves_its_file(data_dir: Path) -> None:
    saved = four_quarters(leader(data_dir, ("stuk", "teamleder")))
    app = app_for(data_dir, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        await pilot.press("e")  # the newest, of 1 Sep 2026
        await pilot.pause()
        await pilot.press("shift+tab", *["backspace"] * 10, *"2026-09-03", "ctrl+s")
        await pilot.pause(0.2)
        old = saved[3].origin.path  # type: ignore[union-attr]
        assert not old.exists()
        moved = data_dir / "assessments" / "2026" / "2026-09-03-a0000003.toml"
        doc = tomllib.loads(moved.read_text(encoding="utf-8"))
        assert doc["scores"] == saved[3].scores and doc["notes"] == saved[3].notes
        assert cells(screen.query_one("#ah-list", DataTable), "a0000003")[0] == "3 Sep 2026"


async def test_help_lists_the_sections_keys(data_dir: Path) -> None:
    from lederbog.ui.screens.help import HelpScreen

    leader(data_dir, ("stuk", "teamleder"))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_section(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = dict(app.screen.key_rows())
        assert rows["n"] == "Ny"
        assert rows["1-5"] == "Vurdér"
        assert rows["^s"] == "Gem"


async def test_without_any_framework_the_section_says_so(data_dir: Path, monkeypatch: Any) -> None:
    from lederbog.frameworks import FrameworkSet

    monkeypatch.setattr("lederbog.workbook.load_all", lambda data_dir: FrameworkSet())
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_section(pilot, app)
        assert "ikke fundet nogen ledelsesgrundlag" in plain(screen.query_one("#ah-notice"))
        await pilot.press("n")
        await pilot.pause()
        assert screen.mode == "history"
