"""The first start, the profile form later, and a profile that cannot be read."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.widgets import Checkbox, Input, Select, Static

from lederbog.model.records import FrameworkChoice, Profile
from lederbog.store.store import Store
from lederbog.ui.app import LederbogApp, make_app
from lederbog.ui.screens.profile import ProfileProblemScreen, ProfileScreen
from lederbog.ui.screens.section import SectionScreen
from lederbog.ui.sections import DEFAULT_SECTION


def error_text(app: LederbogApp, widget_id: str) -> str:
    error = app.screen.query_one(f"#{widget_id}", Static)
    return str(error.render()) if error.has_class("-shown") else ""


async def test_first_start_refuses_an_empty_name_then_saves_and_opens_the_workbook(
    data_dir: Path,
) -> None:
    app = make_app(data_dir, onboarding=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ProfileScreen)
        # Organisation typed, name forgotten, STUK ticked without a role: three reasons, kept.
        form.query_one("#organisation", Input).value = "Styrelsen for Undervisning og Kvalitet"
        form.query_one("#use-stuk", Checkbox).value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        assert "Skriv dit navn" in error_text(app, "name-error")
        assert "Vælg din rolle" in error_text(app, "role-error-stuk")
        assert error_text(app, "organisation-error") == ""
        assert app.focused is form.query_one("#name", Input)
        assert not (data_dir / "profile.toml").exists()
        assert form.query_one("#organisation", Input).value.startswith("Styrelsen")

        await pilot.press(*"Mette Holm", "enter")
        assert app.focused is form.query_one("#organisation", Input)
        form.query_one("#role-stuk", Select).value = "teamleder"
        form.query_one("#use-kodeks", Checkbox).value = True  # a framework without roles
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, SectionScreen)
        assert app.current_mode == DEFAULT_SECTION
    saved = tomllib.loads((data_dir / "profile.toml").read_text(encoding="utf-8"))
    assert saved["name"] == "Mette Holm"
    assert saved["organisation"] == "Styrelsen for Undervisning og Kvalitet"
    assert saved["language"] == "da"
    assert {"id": "stuk", "role": "teamleder"} in saved["frameworks"]
    assert any(f["id"] == "kodeks" and not f.get("role") for f in saved["frameworks"])


async def test_no_framework_chosen_is_explained(data_dir: Path) -> None:
    app = make_app(data_dir, onboarding=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ProfileScreen)
        form.query_one("#name", Input).value = "Mette Holm"
        form.query_one("#organisation", Input).value = "STUK"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        assert "mindst ét ledelsesgrundlag" in error_text(app, "frameworks-error")
        assert not (data_dir / "profile.toml").exists()


async def test_escape_with_something_typed_asks_first(data_dir: Path) -> None:
    app = make_app(data_dir, onboarding=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"Mette")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ProfileScreen)  # the question
        await pilot.press("escape")  # "stay"
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        assert app.screen.query_one("#name", Input).value == "Mette"


async def test_changing_the_language_redraws_every_screen_in_place(data_dir: Path) -> None:
    Store(data_dir).save(
        Profile("Mette Holm", "STUK", "da", [FrameworkChoice("stuk", "teamleder")])
    )
    app = make_app(data_dir, onboarding=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SectionScreen)  # a profile: no first-start form
        assert app.screen.sub_title == "Oversigt"
        await pilot.press("2")
        await pilot.pause()
        section = app.current_mode
        app.action_profile()
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ProfileScreen)
        assert form.query_one("#name", Input).value == "Mette Holm"
        form.query_one("#language", Select).value = "en"
        await pilot.pause()  # the form is redrawn in English
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert app.current_mode == section
        assert isinstance(app.screen, SectionScreen)
        assert app.screen.lang == "en"
        assert app.screen.sub_title == "Frameworks"
        assert app.workbook.lang == "en"
        footer = {binding.description for _, binding in app.screen._bindings}
        assert "Role" in footer
    saved = tomllib.loads((data_dir / "profile.toml").read_text(encoding="utf-8"))
    assert saved["language"] == "en"
    assert saved["frameworks"] == [{"id": "stuk", "role": "teamleder"}]


async def test_a_broken_profile_is_shown_and_left_byte_identical(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    broken = b'schema = 1\nkind = "profile"\nname = "Mette\n'
    (data_dir / "profile.toml").write_bytes(broken)
    app = make_app(data_dir, onboarding=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # No first-start form (it would save over the file): a banner on the section instead.
        assert isinstance(app.screen, SectionScreen)
        banner = str(app.screen.query_one("#profile-problem", Static).render())
        assert str(data_dir / "profile.toml") in banner
        assert "lederbog doctor" in banner
        # "Profil" in the palette explains instead of offering a form.
        app.action_profile()
        await pilot.pause()
        assert isinstance(app.screen, ProfileProblemScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SectionScreen)
    assert (data_dir / "profile.toml").read_bytes() == broken


async def test_a_broken_profile_says_why_in_danish(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "profile.toml").write_bytes(b'schema = 1\nkind = "profile"\nname = "Mette\n')
    app = make_app(data_dir, onboarding=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        banner = str(app.screen.query_one("#profile-problem", Static).render())
        # The reason as the store gave it, in Danish ("not valid TOML: Illegal character ...").
        assert "ikke gyldig TOML: en tekst er ikke afsluttet med et anførselstegn" in banner
        assert "(linje 3)" in banner
        assert "valid TOML" not in banner and "Illegal" not in banner and "(line" not in banner
        app.action_profile()
        await pilot.pause()
        assert isinstance(app.screen, ProfileProblemScreen)
        body = str(app.screen.query_one(Static).render())
        assert "ikke gyldig TOML: en tekst er ikke afsluttet med et anførselstegn" in body
        assert "Illegal" not in body


async def test_a_profile_from_a_newer_version_is_not_overwritten(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    newer = b'schema = 99\nkind = "profile"\nname = "Mette"\n'
    (data_dir / "profile.toml").write_bytes(newer)
    app = make_app(data_dir, onboarding=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SectionScreen)
        assert app.screen.query_one("#profile-problem", Static).display
    assert (data_dir / "profile.toml").read_bytes() == newer


async def test_the_leaders_own_framework_is_offered_and_the_folder_named(data_dir: Path) -> None:
    (data_dir / "frameworks").mkdir(parents=True)
    (data_dir / "frameworks" / "vores.toml").write_text(
        'schema = 1\nkind = "framework"\nid = "vores"\ntitle = "Vores ledelsesgrundlag"\n'
        'language = "da"\n\n[[areas]]\nid = "mod"\ntitle = "Mod"\n\n'
        '[[areas.items]]\ntext = "Vi siger det, vi tænker."\n',
        encoding="utf-8",
    )
    (data_dir / "frameworks" / "halv.toml").write_text('id = "halv"\ntitle = \n', encoding="utf-8")
    app = make_app(data_dir, onboarding=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ProfileScreen)
        own = form.query_one("#use-vores", Checkbox)
        assert not form.query("#use-halv")  # the broken one is not offered, but named
        problems = str(form.query_one("#frameworks-problems", Static).render())
        assert "1 fil med et ledelsesgrundlag kunne ikke indlæses" in problems
        assert "Vores ledelsesgrundlag (dit eget)" in str(own.label)
        hints = " ".join(str(s.render()) for s in form.query(".field-hint").results(Static))
        assert str(data_dir / "frameworks") in " ".join(hints.split())
        form.query_one("#name", Input).value = "Mette Holm"
        form.query_one("#organisation", Input).value = "Egen organisation"
        own.value = True  # no roles in it: none needed
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SectionScreen)
    saved = tomllib.loads((data_dir / "profile.toml").read_text(encoding="utf-8"))
    assert saved["frameworks"] == [{"id": "vores"}]


async def test_choosing_english_redraws_the_form_and_keeps_what_was_typed(data_dir: Path) -> None:
    app = make_app(data_dir, onboarding=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ProfileScreen)
        assert form.sub_title == "Velkommen"
        await pilot.press(*"Mette Holm")
        form.query_one("#use-stuk", Checkbox).value = True
        form.query_one("#role-stuk", Select).value = "kontorchef"
        form.query_one("#language", Select).value = "en"
        await pilot.pause()
        await pilot.pause()
        assert app.screen is form
        assert form.sub_title == "Welcome"
        assert form.query_one("#name", Input).value == "Mette Holm"
        assert form.query_one("#use-stuk", Checkbox).value
        assert form.query_one("#role-stuk", Select).value == "kontorchef"
        assert {b.description for _, b in form._bindings} >= {"Save", "Skip"}
        await pilot.press("ctrl+s")  # no organisation: said in English
        await pilot.pause()
        assert "Type where you are a leader" in error_text(app, "organisation-error")


async def test_changing_the_profile_keeps_what_the_form_does_not_show(data_dir: Path) -> None:
    # A framework whose file is gone, and a key a newer Lederbog wrote, survive a save.
    data_dir.mkdir(parents=True)
    (data_dir / "profile.toml").write_text(
        'schema = 1\nkind = "profile"\nname = "Mette Holm"\norganisation = "STUK"\n'
        'language = "da"\nfavourite = "kaffe"\n\n'
        '[[frameworks]]\nid = "vores-gamle"\nrole = "chef"\n\n'
        '[[frameworks]]\nid = "stuk"\nrole = "teamleder"\n',
        encoding="utf-8",
    )
    app = make_app(data_dir, onboarding=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.action_profile()
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ProfileScreen)
        assert form.query_one("#use-stuk", Checkbox).value
        assert form.query_one("#role-stuk", Select).value == "teamleder"
        form.query_one("#organisation", Input).value = "Styrelsen for Undervisning og Kvalitet"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SectionScreen)
    saved = tomllib.loads((data_dir / "profile.toml").read_text(encoding="utf-8"))
    assert saved["organisation"] == "Styrelsen for Undervisning og Kvalitet"
    assert saved["favourite"] == "kaffe"
    assert {"id": "vores-gamle", "role": "chef"} in saved["frameworks"]
    assert {"id": "stuk", "role": "teamleder"} in saved["frameworks"]
