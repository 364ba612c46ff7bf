"""Mål driven as a leader would, asserting what the screen shows and what is on disk."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Select, Static

from lederbog.model.records import CheckIn, Goal
from lederbog.store.store import Store
from lederbog.ui.app import LederbogApp, make_app
from lederbog.ui.links import AreaLink, CheckInLink, GoalLink
from lederbog.ui.messages import OpenSection
from lederbog.ui.screens.frameworks import FrameworkBrowser
from lederbog.ui.screens.goal_dialogs import CheckInDialog, ConfirmDialog, GoalForm, StatusDialog
from lederbog.ui.screens.goals import GoalsScreen
from lederbog.ui.targets import ItemTarget
from lederbog.ui.widgets.framework_tree import FrameworkTree

TODAY = dt.date(2026, 12, 1)
CREATED = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def app_for(data_dir: Path, lang: str = "da") -> LederbogApp:
    return make_app(data_dir, lang, {"stuk": "teamleder"}, today=lambda: TODAY)


def add_goal(data_dir: Path, goal_id: str, title: str, **fields: Any) -> Path:
    values: dict[str, Any] = {"framework": "stuk", "area": "driftsledelse"}
    values.update(fields)
    goal = Goal(id=goal_id, created=CREATED, title=title, **values)
    return Store(data_dir).save(goal).path


def on_disk(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text("utf-8"))


def screen_text(app: LederbogApp, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)
    return " ".join(str(widget.render()).split())


def list_text(app: LederbogApp) -> str:
    options = app.screen.query_one("#goals-list", OptionList)
    return " ".join(
        " ".join(str(options.get_option_at_index(n).prompt).split())
        for n in range(options.option_count)
    )


async def open_goals(pilot: Pilot[None]) -> GoalsScreen:
    await pilot.press("3")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, GoalsScreen)
    await wait_loaded(pilot, screen)
    return screen


async def wait_loaded(pilot: Pilot[None], screen: GoalsScreen) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert screen.shelf is not None


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(char, char) for char in text])


async def check_in(pilot: Pilot[None], progress: str, note: str) -> None:
    """c, the progress, Tab, the note, ctrl+s."""
    await pilot.press("c")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CheckInDialog)
    await type_text(pilot, progress)
    await pilot.press("tab")
    await type_text(pilot, note)
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_a_goal_started_from_a_stuk_teamleder_item(data_dir: Path) -> None:
    app = make_app(data_dir, "da", {"stuk": "teamleder"}, today=lambda: TODAY, start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        browser = app.screen
        assert isinstance(browser, FrameworkBrowser)
        browser.go_to("stuk", "strategisk-ledelse", None)
        await pilot.press("right")
        tree = browser.query_one(FrameworkTree)
        for _ in range(60):  # down (opening branches) to the first teamleder item
            node = tree.cursor_node
            assert node is not None
            if isinstance(node.data, ItemTarget) and node.data.item.role == "teamleder":
                break
            if node.allow_expand and not node.is_expanded:
                await pilot.press("right")
            await pilot.press("down")
        target = tree.cursor_node.data  # type: ignore[union-attr]
        assert isinstance(target, ItemTarget)
        await pilot.press("g")
        await pilot.pause()
        await pilot.pause()
        form = app.screen
        assert isinstance(form, GoalForm)
        assert target.item.text in screen_text(app, "#goal-linked")
        assert form.typed().items == [target.item.id]
        assert (form.typed().framework, form.typed().area) == ("stuk", "strategisk-ledelse")
        await type_text(pilot, "Sikre tilbageløb i teamet")
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GoalsScreen)
        await wait_loaded(pilot, screen)
        path = data_dir / "goals" / "sikre-tilbageloeb-i-teamet.toml"
        doc = on_disk(path)
        assert doc["items"] == [target.item.id]
        assert (doc["framework"], doc["area"], doc["status"]) == (
            "stuk",
            "strategisk-ledelse",
            "active",
        )
        # The new goal is shown in detail, its item's text with it.
        assert screen.detail_id == "sikre-tilbageloeb-i-teamet"
        assert target.item.text in screen_text(app, "#goal-detail-text")
        await pilot.press("escape")
        assert "Sikre tilbageløb i teamet" in list_text(app)
        assert "Strategisk ledelse" in list_text(app)


async def test_a_refused_date_keeps_the_form_and_what_was_typed(data_dir: Path) -> None:
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_goals(pilot)
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, GoalForm)
        await type_text(pilot, "Bedre møder")
        await pilot.press("tab")
        await type_text(pilot, "Møderne er for lange")
        await pilot.press("tab", "tab")
        await type_text(pilot, "31-02-2027")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        assert "31. februar 2027 findes ikke" in screen_text(app, "#goal-due-error")
        typed = form.typed()
        assert (typed.title, typed.why, typed.due) == (
            "Bedre møder",
            "Møderne er for lange",
            "31-02-2027",
        )
        assert not (data_dir / "goals").exists()
        # Escape asks before throwing the typed text away; "no" keeps the form.
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form
        # Fixed, it saves.
        form.query_one("#goal-due", Input).value = "i morgen"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "i morgen" in screen_text(app, "#goal-due-error")
        assert "Vælg et område" in screen_text(app, "#goal-area-error")
        form.query_one("#goal-area", Select).value = "driftsledelse"
        form.query_one("#goal-due", Input).value = "31-03-2027"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, GoalsScreen)
        doc = on_disk(data_dir / "goals" / "bedre-moeder.toml")
        assert doc["due"] == dt.date(2027, 3, 31)
        assert doc["why"] == "Møderne er for lange"


async def test_three_checkins_in_the_file_the_chart_and_the_list(data_dir: Path) -> None:
    path = add_goal(data_dir, "feedback", "Mere feedback", due=dt.date(2026, 12, 6))
    app = app_for(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_goals(pilot)
        assert "om 5 dage" in list_text(app)
        assert "0 %" in list_text(app)
        await pilot.press("enter")  # the goal in detail
        assert screen.detail_id == "feedback"
        for progress, note in (("20", "godt i gang"), ("45", "halvvejs"), ("60", "bedre nu")):
            await check_in(pilot, progress, note)
            assert isinstance(app.screen, GoalsScreen)
            await wait_loaded(pilot, screen)
        text = path.read_text("utf-8")
        assert text.count("[[checkins]]") == 3
        assert [c["progress"] for c in on_disk(path)["checkins"]] == [20, 45, 60]
        assert all(c["date"] == TODAY for c in on_disk(path)["checkins"])
        history = screen_text(app, "#goal-checkins")
        assert "Tjek-ins (3)" in history
        assert history.index("bedre nu") < history.index("halvvejs") < history.index("godt i")
        assert screen.chart is not None
        chart = " ".join(str(screen.chart.render()).split())
        assert "1. dec." in chart  # the date on the axis
        assert "60 %" in screen_text(app, "#goal-detail-text")
        await pilot.press("escape")
        assert "60 %" in list_text(app)
        assert "sidst 1. dec. 2026" in list_text(app)


async def test_a_checkin_from_oversigt_is_four_keys(data_dir: Path) -> None:
    path = add_goal(data_dir, "ro-paa", "Ro på driften")
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.post_message(OpenSection("goals", CheckInLink("ro-paa")))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, CheckInDialog)
        await pilot.press("6", "0", "tab", "ctrl+s")
        await pilot.pause()
        assert on_disk(path)["checkins"] == [{"date": TODAY, "progress": 60, "note": ""}]


async def test_a_checkin_of_100_offers_to_mark_the_goal_done(data_dir: Path) -> None:
    path = add_goal(data_dir, "klar", "Klar plan", checkins=[CheckIn(dt.date(2026, 11, 1), 80)])
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_goals(pilot)
        await check_in(pilot, "100", "nået")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")
        await pilot.pause()
        await wait_loaded(pilot, screen)
        doc = on_disk(path)
        assert doc["status"] == "done"
        assert doc["status_changes"] == [{"date": TODAY, "status": "done"}]
        assert "Klar plan" not in list_text(app)  # the list shows active goals


async def test_status_change_is_dated_in_the_file_and_filters_follow(data_dir: Path) -> None:
    path = add_goal(data_dir, "pause-mig", "Pause mig")
    add_goal(data_dir, "bliv", "Bliv aktiv")
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_goals(pilot)
        assert screen.current_goal() is not None
        assert screen.current_goal().id == "bliv"  # type: ignore[union-attr]  # by title
        await pilot.press("down")
        assert screen.current_goal().id == "pause-mig"  # type: ignore[union-attr]
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, StatusDialog)
        await pilot.press("down", "enter")  # active -> paused
        await pilot.pause()
        await wait_loaded(pilot, screen)
        doc = on_disk(path)
        assert doc["status"] == "paused"
        assert doc["status_changes"] == [{"date": TODAY, "status": "paused"}]
        assert "Pause mig" not in list_text(app)
        await pilot.press("f")  # all goals
        assert "Pause mig" in list_text(app) and "På pause" in list_text(app)
        await pilot.press("f")  # paused only
        assert "Pause mig" in list_text(app) and "Bliv aktiv" not in list_text(app)
        assert "Viser mål på pause: 1 af 2" in screen_text(app, "#goals-bar")


async def test_delete_asks_and_moves_the_file_to_trash(data_dir: Path) -> None:
    path = add_goal(data_dir, "vaek", "Væk med det")
    before = path.read_bytes()
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_goals(pilot)
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")  # no: nothing happens
        await pilot.pause()
        assert path.exists()
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await wait_loaded(pilot, screen)
        assert not path.exists()
        assert (data_dir / "trash" / "goals" / "vaek.toml").read_bytes() == before
        assert "Væk med det" not in list_text(app)


async def test_a_save_after_the_file_changed_on_disk_keeps_both(data_dir: Path) -> None:
    path = add_goal(data_dir, "delt", "Delt mål", why="første udgave")
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_goals(pilot)
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, GoalForm)
        # Meanwhile a sync tool brings another version of the file.
        other = path.read_text("utf-8").replace("første udgave", "fra den anden computer")
        path.write_text(other, encoding="utf-8")
        await type_text(pilot, " nu")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await wait_loaded(pilot, screen)
        assert path.read_text("utf-8") == other  # not overwritten
        copies = list((data_dir / "goals").glob("delt.conflict-*.toml"))
        assert len(copies) == 1
        assert on_disk(copies[0])["title"] == "Delt mål nu"
        notices = screen_text(app, "#goals-notices")
        assert "Konfliktkopi" in notices and copies[0].name in notices
        said = " ".join(n.message for n in app._notifications)
        assert "ændret af et andet program" in said and copies[0].name in said
        # Both versions in sight: the goal as it is on disk, and what the copy holds.
        await pilot.press("enter")
        assert "fra den anden computer" in screen_text(app, "#goal-detail-text")
        copy_text = screen_text(app, "#goal-copies")
        assert copies[0].name in copy_text and "'Delt mål nu'" in copy_text


async def test_a_broken_goal_file_is_named_and_left_alone(data_dir: Path) -> None:
    add_goal(data_dir, "god", "Et godt mål")
    add_goal(data_dir, "ogsaa-god", "Også godt")
    broken = data_dir / "goals" / "i-stykker.toml"
    broken.write_bytes(b'schema = 1\nkind = "goal"\ntitle = "halv\n')
    before = broken.read_bytes()
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_goals(pilot)
        notices = screen_text(app, "#goals-notices")
        assert "goals/i-stykker.toml" in notices and "ikke gyldig TOML" in notices
        assert "not valid" not in notices  # the reason in the leader's language too
        assert "Et godt mål" in list_text(app) and "Også godt" in list_text(app)
    assert broken.read_bytes() == before


async def test_links_from_other_sections(data_dir: Path) -> None:
    add_goal(data_dir, "drift", "Styr på driften")
    add_goal(data_dir, "strategi", "Retning", area="strategisk-ledelse", status="done")
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.post_message(OpenSection("goals", GoalLink("strategi")))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GoalsScreen)
        assert screen.detail_id == "strategi"
        assert "Retning" in screen_text(app, "#goal-detail-text")
        await pilot.press("escape")
        assert screen.shown == "all"  # a done goal was asked for: the list shows it
        app.post_message(OpenSection("goals", AreaLink("stuk", "driftsledelse")))
        await pilot.pause()
        assert screen.current_goal().id == "drift"  # type: ignore[union-attr]


async def test_the_section_in_english(data_dir: Path) -> None:
    add_goal(data_dir, "late", "Late goal", due=dt.date(2026, 11, 28))
    app = app_for(data_dir, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_goals(pilot)
        assert "3 days overdue" in list_text(app)
        assert "due 28 Nov 2026" in list_text(app)
        names = [name for name, _, _ in screen.commands()]
        assert "New goal" in names and "Check in" in names
        await check_in(pilot, "101", "")
        assert "101 is over 100" in screen_text(app, "#checkin-progress-error")
        assert isinstance(app.screen, CheckInDialog)


CHART_IMPORT = """
import asyncio, datetime as dt, sys
from pathlib import Path
from lederbog.model.records import CheckIn, Goal
from lederbog.store.store import Store
from lederbog.ui.app import make_app

data = Path(sys.argv[1])
created = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.timezone.utc)
Store(data).save(Goal("g", created, "stuk", "driftsledelse", "G",
                      checkins=[CheckIn(dt.date(2026, 11, 1), 20)]))

async def main():
    app = make_app(data, "da")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await app.workers.wait_for_complete()
        await pilot.pause()
        listed = "textual_plotext" in sys.modules
        await pilot.press("enter")
        await pilot.pause()
        print(listed, "textual_plotext" in sys.modules)

asyncio.run(main())
"""


def test_the_chart_library_is_imported_only_when_a_chart_is_shown(data_dir: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", CHART_IMPORT, str(data_dir)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["False", "True"]


async def test_help_in_goals_is_about_goals(data_dir: Path) -> None:
    from lederbog.ui.screens.help import HelpScreen

    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_goals(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        shown = " ".join(" ".join(str(s.render()).split()) for s in help_screen.query(Static))
        assert "Tjek ind med c" in shown
        assert "klik på et mål" in shown
        assert ("c", "Check ind") in help_screen.key_rows()  # the section's own keys
