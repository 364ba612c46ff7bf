"""What the frame skips to open sections quickly, it must not skip when it matters.

Sections open without Textual's full refresh of the CSS and with a footer built only
when its keys change (lederbog.ui.base_app, lederbog.ui.widgets.footer): a new theme
must still reach every section, edited keys must still show, and a section whose
records were read ahead shows them in its first frame.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.css.stylesheet import Stylesheet
from textual.widgets import DataTable
from textual.widgets._footer import FooterKey

from lederbog import assessments
from lederbog.model.records import Assessment, FrameworkChoice, Profile
from lederbog.store.store import Store
from lederbog.ui.app import LederbogApp, make_app
from lederbog.ui.sections import KEYS

ZONE = dt.timezone(dt.timedelta(hours=1))
TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def leader(data_dir: Path) -> Path:
    store = Store(data_dir)
    store.save(Profile("Mette Holm", "STUK", "da", [FrameworkChoice("stuk", "teamleder")]))
    for n in range(3):
        day = dt.date(2026, 3 + n * 3, 1)
        created = dt.datetime.combine(day, dt.time(9), ZONE)
        store.save(Assessment(f"a{n}", created, day, "stuk", {"driftsledelse": n + 2}))
    return data_dir


def app_for(data_dir: Path) -> LederbogApp:
    return make_app(data_dir, "da", today=lambda: TODAY)


def footer_keys(app: LederbogApp) -> list[str]:
    return [key.key for key in app.screen.query(FooterKey)]


async def test_a_new_theme_reaches_sections_made_before_it(leader: Path) -> None:
    app = app_for(leader)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(KEYS["goals"])
        await pilot.pause()
        goals = app.screen
        dark = goals.styles.background
        await pilot.press(KEYS["overview"])
        await pilot.pause()
        app.theme = "textual-light"
        await pilot.pause()
        assert app.screen.styles.background != dark  # the screen shown
        await pilot.press(KEYS["goals"])
        await pilot.pause()
        assert app.screen is goals
        assert goals.styles.background == app.screen.styles.background != dark
        await pilot.press(KEYS["assessment"])  # a section made after the change
        await pilot.pause()
        assert app.screen.styles.background == goals.styles.background


async def test_opening_a_section_does_not_parse_every_style_sheet_again(
    leader: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_for(leader)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        parsed: list[object] = []
        reparse = Stylesheet.reparse

        def counted(sheet: Stylesheet) -> None:
            parsed.append(sheet)
            reparse(sheet)

        monkeypatch.setattr(Stylesheet, "reparse", counted)
        for section in ("frameworks", "goals", "journal", "assessment", "export", "overview"):
            await pilot.press(KEYS[section])
            await pilot.pause()
        assert parsed == []
        app.theme = "textual-light"  # but a new theme is a new style sheet
        await pilot.pause()
        assert len(parsed) == 1


async def test_the_footer_follows_the_keys_of_the_moment(leader: Path) -> None:
    app = app_for(leader)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(KEYS["assessment"])
        await pilot.pause()
        history = footer_keys(app)
        assert "n" in history and "ctrl+s" not in history
        await pilot.press("n")  # the form: its own keys
        await pilot.pause()
        form = footer_keys(app)
        assert "ctrl+s" in form and "n" not in form
        await pilot.press("escape")  # nothing rated: straight back
        await pilot.pause()
        assert footer_keys(app) == history


@pytest.mark.parametrize("ahead", [True, False, "changed"])
async def test_assessments_read_ahead_are_shown_without_waiting_for_a_thread(
    leader: Path, monkeypatch: pytest.MonkeyPatch, ahead: bool | str
) -> None:
    from lederbog.ui.screens.assessment import AssessmentSection

    monkeypatch.setattr("lederbog.ui.app.READ_AHEAD_AFTER", 60.0)  # no read-ahead of its own
    if ahead:
        assessments.read_ahead(Store(leader))  # as the workbook does after its first screen
    threads: list[object] = []
    in_thread = AssessmentSection._load_in_thread

    def counted(self: AssessmentSection) -> object:
        threads.append(self)
        return in_thread(self)

    monkeypatch.setattr(AssessmentSection, "_load_in_thread", counted)
    # Cold, the section is where the workbook starts (so Oversigt has read nothing either).
    app = make_app(leader, "da", today=lambda: TODAY, start=None if ahead else "assessment")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()  # Oversigt's reading done (it holds the cache)
        if ahead == "changed":  # a file not read as it is now: read in a thread, not here
            created = dt.datetime.combine(TODAY, dt.time(9), ZONE)
            Store(leader).save(Assessment("a3", created, TODAY, "stuk", {"driftsledelse": 5}))
        if ahead:
            await pilot.press(KEYS["assessment"])
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AssessmentSection)
        assert len(threads) == (0 if ahead is True else 1)
        areas = screen.query_one("#ah-areas", DataTable)
        assert areas.row_count == 5  # the history, either way
        shown = [a.id for a in screen.book.assessments]  # type: ignore[union-attr]
        assert shown == ["a0", "a1", "a2"] + (["a3"] if ahead == "changed" else [])
