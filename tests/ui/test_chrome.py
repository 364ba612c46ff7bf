"""Nothing English in the Danish workbook: Textual's own chrome speaks Danish too."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.widgets import Input, Select
from textual.widgets._select import SelectOverlay

from lederbog.model.records import FrameworkChoice, Profile
from lederbog.settings import load_settings
from lederbog.store.store import Store
from lederbog.ui.app import LederbogApp, make_app
from lederbog.ui.screens.frameworks import FrameworkBrowser
from lederbog.ui.screens.help import HelpScreen
from lederbog.ui.screens.profile import ProfileScreen
from lederbog.ui.screens.section import SectionScreen
from lederbog.ui.sections import KEYS, SECTIONS


def screen_text(app: LederbogApp) -> str:
    """What the terminal shows, as plain text."""
    console = Console(width=app.size.width, file=io.StringIO(), record=True, legacy_windows=False)
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    return console.export_text()


def textual_english(app: LederbogApp) -> set[str]:
    """Textual's own English words that the workbook's screens could show."""
    words = {
        "Search for commands…",
        "Search for themes…",
        "No matches found",
        "Dismiss menu",
        "Exit the command palette",
        "Focus Next",
        "Copy selected text",
        "super+c",
    }
    for command in App.get_system_commands(app, app.screen):
        words |= {command.title, command.help}
    for binding in SelectOverlay.BINDINGS:
        words.add(binding[2] if isinstance(binding, tuple) else binding.description)
    return {word for word in words if len(word) > 3}


def palette_entries(app: LederbogApp) -> list[str]:
    options = app.screen.query_one(CommandList).options
    return [str(option.prompt) for option in options]


def assert_danish(app: LederbogApp, english: set[str], where: str) -> None:
    text = screen_text(app)
    found = sorted(word for word in english if word in text)
    assert not found, f"English from Textual on {where}: {found}"


@pytest.fixture
def leader(data_dir: Path) -> Path:
    Store(data_dir).save(
        Profile("Mette Holm", "STUK", "da", [FrameworkChoice("stuk", "teamleder")])
    )
    return data_dir


async def open_palette(pilot, app: LederbogApp, query: str = "") -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p")
    await pilot.pause()
    if query:
        await pilot.press(*query)
    await pilot.pause(0.7)  # "no matches" appears after half a second


async def test_every_palette_entry_and_screen_is_danish(leader: Path) -> None:
    app = make_app(leader, onboarding=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        english = textual_english(app)
        assert "Keys" in english and "Theme" in english  # the check knows what to look for
        assert_danish(app, english, "the first screen")

        await open_palette(pilot, app)
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(Input).placeholder == "Søg efter kommandoer…"
        entries = palette_entries(app)
        for name in ("Tema", "Afslut", "Taster", "Skærmbillede", "Profil", "Ledelsesgrundlag"):
            assert any(entry.startswith(name) for entry in entries), (name, entries)
        assert not [entry for entry in entries if any(word in entry for word in english)]
        assert_danish(app, english, "the palette")

        await pilot.press(*"xyzzyq")
        await pilot.pause(0.7)
        assert "Ingen kommandoer passer" in screen_text(app)
        assert_danish(app, english, "the palette without matches")
        await pilot.press("escape")
        await pilot.pause()

        # Every safe entry of the palette, one after the other (not "Afslut").
        for name, screen_type in (
            ("Taster", HelpScreen),
            ("Tema", CommandPalette),
            ("Profil", ProfileScreen),
        ):
            await open_palette(pilot, app, name)
            await pilot.press("enter")
            await pilot.pause(0.3)
            assert isinstance(app.screen, screen_type), name
            assert_danish(app, english, name)
            if screen_type is CommandPalette:
                assert app.screen.query_one(Input).placeholder == "Søg efter et tema…"
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, SectionScreen), name

        # Every section there is, and its help (sections merged later are walked too).
        for section in SECTIONS:
            await pilot.press(section.key)
            await pilot.pause(0.3)
            assert app.current_mode == section.id
            assert_danish(app, english, section.id)
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen), section.id
            assert_danish(app, english, f"the help of {section.id}")
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press(KEYS["frameworks"])
        await pilot.pause(0.3)

        # The role list open: its footer says "Luk", not "Dismiss menu".
        browser = app.screen
        assert isinstance(browser, FrameworkBrowser)
        browser.go_to("stuk", None, None)
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert browser.query_one("#role-select", Select).expanded
        assert_danish(app, english, "the open role list")
        assert "esc Luk" in screen_text(app)


async def test_help_shows_the_section_and_escape_closes_it(leader: Path) -> None:
    app = make_app(leader, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        assert help_screen.section == "frameworks"
        section = dict(help_screen.section_rows())
        everywhere = dict(help_screen.global_rows())
        assert section["r"] == "Rolle"
        assert "^q / q" not in section  # the app's keys are listed once, under "Overalt"
        assert everywhere["2"] == "Gå til Ledelsesgrundlag"
        assert everywhere["^q / q"] == "Afslut"
        assert everywhere["^p"] == "Kommandoer"
        assert not any("super" in keys for keys in everywhere)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, FrameworkBrowser)


async def test_the_chosen_theme_is_remembered_on_this_machine(leader: Path) -> None:
    app = make_app(leader, "da")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.theme = "textual-light"
        await pilot.pause()
    assert load_settings().theme == "textual-light"
    assert not (leader / "settings.toml").exists()  # not in the (synced) data folder
    again = make_app(leader, "da")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"


async def test_a_screenshot_says_where_it_went(
    leader: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lederbog import paths

    pictures = tmp_path / "Billeder"
    pictures.mkdir()
    monkeypatch.setattr(paths, "screenshots_dir", lambda: pictures)
    app = make_app(leader, "da")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        saved = app.save_screen_picture()
        assert saved is not None and saved.parent == pictures
        assert "<svg" in saved.read_text(encoding="utf-8")
        await pilot.pause()
        assert any(str(saved) in str(n.message) for n in app._notifications)
        # A folder that cannot be made (a file is in the way): the reason, not a bare failure.
        (pictures / "blocked").write_text("a file, not a folder")
        monkeypatch.setattr(paths, "screenshots_dir", lambda: pictures / "blocked" / "deep")
        assert app.save_screen_picture() is None
        await pilot.pause()
        failed = [
            str(n.message) for n in app._notifications if "kunne ikke gemmes" in str(n.message)
        ]
        assert failed and "blocked" in failed[0] and "en fil står, hvor en mappe" in failed[0]


async def test_ctrl_c_says_in_danish_how_to_quit(leader: Path) -> None:
    app = make_app(leader, "da")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        notes = [(str(n.title), str(n.message)) for n in app._notifications]
        assert ("Vil du afslutte?", "Tryk ^q for at afslutte Lederbog.") in notes
        assert not any("Press" in message for _, message in notes)


async def test_the_start_of_a_global_name_finds_it_first(leader: Path) -> None:
    app = make_app(leader, "da")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for query, first in (("prof", "Profil"), ("tema", "Tema"), ("ledelsesg", "Ledelsesg")):
            await open_palette(pilot, app, query)
            assert palette_entries(app)[0].startswith(first), query
            await pilot.press("escape")
            await pilot.pause()
