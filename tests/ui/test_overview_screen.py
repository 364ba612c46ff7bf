"""Oversigt as the leader uses it: what it shows, where each entry leads, live data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import DataTable, OptionList, Static

from lederbog.model.records import Reflection
from lederbog.store.store import Store
from lederbog.ui.app import LederbogApp, make_app
from lederbog.ui.screens.frameworks import FrameworkBrowser
from lederbog.ui.screens.overview import OverviewScreen
from lederbog.ui.targets import AreaTarget
from lederbog.ui.widgets.framework_tree import FrameworkTree

TODAY = dt.date(2026, 12, 1)


def overview_of(app: LederbogApp) -> OverviewScreen:
    screen = app.screen
    assert isinstance(screen, OverviewScreen)
    return screen


def text_of(app: LederbogApp, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)
    return str(widget.render())


def options(app: LederbogApp, selector: str) -> list[str]:
    listing = app.screen.query_one(selector, OptionList)
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


def rows(app: LederbogApp) -> list[str]:
    table = app.screen.query_one("#overview-areas", DataTable)
    return [" | ".join(str(cell) for cell in table.get_row_at(i)) for i in range(table.row_count)]


async def loaded(app: LederbogApp, pilot: Pilot[None], before: object = None) -> None:
    """Wait until Oversigt shows figures (newer than `before`, when given)."""
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        if not isinstance(screen, OverviewScreen) or screen.workbook.profile is None:
            return
        if screen.overview is not None and screen.overview is not before:
            return
        await pilot.pause(0.02)
    raise AssertionError("Oversigt never showed its figures")


async def test_the_workbook_opens_on_oversigt_with_the_leaders_figures(leader_data: Path) -> None:
    app = make_app(leader_data, "da", today=lambda: TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        overview_of(app)
        assert "Mette Holm · Styrelsen for Undervisning og Kvalitet" in text_of(
            app, "#overview-head"
        )
        table = rows(app)
        assert table[0].startswith("Det fælles ledelsesgrundlag for STUK · Teamleder")
        strategic = next(row for row in table if "Strategisk ledelse" in row)
        assert "70 %" in strategic and "for 3 dage siden" in strategic and "3/5 ▲" in strategic
        operations = next(row for row in table if "Driftsledelse" in row)
        assert "– ✓1" in operations  # no goal being worked on, one reached
        self_dev = next(row for row in table if "Udvikling af dig selv" in row)
        assert "0 %" in self_dev  # a goal without check-ins counts as 0
        assert any(row.startswith("11 kodekspunkter") for row in table)
        due = " ".join(options(app, "#overview-due"))
        assert "Ugentlige 1:1-samtaler" in due and "20. nov. 2026 · 11 dage over" in due
        assert "Fælles retning for teamet" in due and "12. dec. 2026 · om 11 dage" in due
        untouched = options(app, "#overview-untouched")
        assert len(untouched) == 5 and all("intet endnu" in entry for entry in untouched)
        year_ago = text_of(app, "#overview-year-ago")
        assert "2. dec. 2025" in year_ago and "Første teammøde efter omorganiseringen." in year_ago


async def test_in_english(leader_data: Path) -> None:
    app = make_app(leader_data, "en", today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        assert app.screen.sub_title == "Overview"
        due = " ".join(options(app, "#overview-due"))
        assert "20 Nov 2026 · 11 days overdue" in due
        assert any("3 days ago" in row for row in rows(app))


async def test_enter_on_an_area_opens_it_in_the_framework_browser(leader_data: Path) -> None:
    app = make_app(leader_data, "da", today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        table = app.screen.query_one("#overview-areas", DataTable)
        assert table.has_focus
        await pilot.press("down", "down")  # the cursor starts on the first area
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, FrameworkBrowser)
        node = app.screen.query_one(FrameworkTree).cursor_node
        assert node is not None and isinstance(node.data, AreaTarget)
        assert (node.data.framework.id, node.data.area.id) == ("stuk", "faglig-ledelse")


async def test_a_reflection_written_elsewhere_appears_without_a_restart(
    leader_data: Path,
) -> None:
    app = make_app(leader_data, "da", today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        before = next(row for row in rows(app) if "Driftsledelse" in row)
        assert "aldrig" in before
        # As `lederbog note` in another terminal would: a new file in journal/2026/.
        Store(leader_data).save(
            Reflection(
                id="0d0d0d0d",
                created=dt.datetime(2026, 11, 30, 20, 0, tzinfo=dt.UTC),
                date=dt.date(2026, 11, 30),
                text="Driftsmøde om sygefravær.",
                areas=["stuk/driftsledelse"],
            )
        )
        before_change = overview_of(app).overview
        app._look_for_changes()  # what the two-second timer does
        await loaded(app, pilot, before_change)
        after = next(row for row in rows(app) if "Driftsledelse" in row)
        assert "i går" in after


async def test_without_a_profile_the_screen_speaks_to_a_new_leader(data_dir: Path) -> None:
    app = make_app(data_dir, "da", today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        assert "Velkommen til Lederbog" in text_of(app, "#overview-head")
        assert "Du har ingen profil endnu" in text_of(app, "#overview-status")
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, FrameworkBrowser)


async def test_a_leader_with_no_goals_is_told_how_to_start(data_dir: Path) -> None:
    from lederbog.model.records import FrameworkChoice, Profile

    Store(data_dir).save(Profile(name="Ny Leder", frameworks=[FrameworkChoice("kodeks")]))
    app = make_app(data_dir, "da", today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        (message,) = options(app, "#overview-due")
        assert message.startswith("Du har ingen mål endnu — tryk 3")
        assert "Ingen mål at vise fremdrift for endnu." in text_of(app, "#overview-chart-note")
        assert "ingen refleksion" in text_of(app, "#overview-year-ago")


async def test_a_goal_opens_the_goal_and_c_checks_in(leader_data: Path) -> None:
    from lederbog.ui.screens.goal_dialogs import CheckInDialog
    from lederbog.ui.screens.goals import GoalsScreen

    app = make_app(leader_data, "da", today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        app.screen.query_one("#overview-due", OptionList).focus()
        await pilot.pause()
        await pilot.press("c")  # the first: the overdue 1:1 goal
        for _ in range(50):
            await pilot.pause(0.02)
            if isinstance(app.screen, CheckInDialog):
                break
        assert isinstance(app.screen, CheckInDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, GoalsScreen)
        await pilot.press("1")
        await pilot.pause()
        app.screen.query_one("#overview-due", OptionList).focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, GoalsScreen)


async def test_a_year_ago_leads_to_that_reflection_in_the_journal(leader_data: Path) -> None:
    from lederbog.ui.screens.journal import JournalScreen

    app = make_app(leader_data, "da", today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        app.screen.query_one("#overview-year-ago").focus()
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause(0.02)
            if isinstance(app.screen, JournalScreen):
                break
        assert isinstance(app.screen, JournalScreen)


async def test_a_broken_profile_is_not_called_missing(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    broken = b'schema = 1\nkind = "profile"\nname = "Mette\n'
    (data_dir / "profile.toml").write_bytes(broken)
    app = make_app(data_dir, "da", today=lambda: TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        status = text_of(app, "#overview-status")
        assert "Din profil kunne ikke læses" in status and "ingen profil" not in status
    assert (data_dir / "profile.toml").read_bytes() == broken


async def test_a_due_self_assessment_is_offered_and_enter_starts_one(leader_data: Path) -> None:
    from lederbog.ui.screens.assessment import AssessmentSection

    app = make_app(leader_data, "da", today=lambda: TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        lines = options(app, "#overview-assessment")
        assert lines and all("selvevaluering" in line for line in lines)
        listing = app.screen.query_one("#overview-assessment", OptionList)
        due = next(i for i in range(listing.option_count) if listing.get_option_at_index(i).id)
        framework = str(listing.get_option_at_index(due).id).removeprefix("assess:")
        listing.focus()
        listing.highlighted = due
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause(0.02)
            screen = app.screen
            if isinstance(screen, AssessmentSection) and screen.form() is not None:
                break
        screen = app.screen
        assert isinstance(screen, AssessmentSection)
        form = screen.form()
        assert form is not None and form.framework.id == framework
