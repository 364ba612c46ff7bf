"""Dagbog driven as a leader would: write, find, edit, share, link and delete reflections.

Each test asserts what the leader sees and what is on disk.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
import tomllib
from pathlib import Path

import pytest
from journal_helpers import (
    TODAY,
    app_for,
    dialog,
    editor_open,
    journal_files,
    journal_loaded,
    list_lines,
    listed_ids,
    open_journal,
    reflection,
    seed,
    seed_goal,
    seed_profile,
)
from textual.widgets import Input, SelectionList, Static, TextArea

from lederbog.drafts import draft_path, load_drafts
from lederbog.store.codec import encode
from lederbog.store.store import Store
from lederbog.ui.links import AreaLink, NewReflection, ReflectionLink
from lederbog.ui.screens.journal import JournalScreen
from lederbog.ui.screens.journal_dialogs import Choice, DraftOffer, LinkPicker
from lederbog.ui.screens.reflection_editor import ReflectionEditor
from lederbog.ui.widgets.reflection_list import ReflectionList


def on_disk(path: Path) -> dict[str, object]:
    return tomllib.loads(path.read_text("utf-8"))


def view_text(screen: JournalScreen) -> str:
    return str(screen.query_one("#journal-text", Static).render())


# --- writing -------------------------------------------------------------------------


async def test_write_a_reflection_it_is_on_disk_exactly_and_private(data_dir: Path) -> None:
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        assert "Din dagbog er tom" in view_text(screen)
        await pilot.press("n")
        editor = await editor_open(pilot)
        assert editor.query_one(TextArea).has_focus  # the cursor is in the text
        await pilot.press(*"Mødet gik godt.", "enter", *"Æblerne var søde!")
        await pilot.press("ctrl+s")
        screen = await journal_loaded(pilot)
        files = journal_files(data_dir)
        assert len(files) == 1
        doc = on_disk(files[0])
        assert doc["text"] == "Mødet gik godt.\nÆblerne var søde!"
        assert doc["shared"] is False
        assert doc["date"] == TODAY
        assert files[0].parent.name == "2026"
        assert listed_ids(screen) == [doc["id"]]
        assert any("1. dec. 2026" in line and "Privat" in line for line in list_lines(screen))
        assert any("Mødet gik godt" in line for line in list_lines(screen))
        # Saved: no draft is left behind.
        assert load_drafts(data_dir) == ([], [])


async def test_find_a_reflection_by_typing(data_dir: Path) -> None:
    seed(
        data_dir,
        reflection("aaaa0001", dt.date(2026, 11, 2), "Svær samtale om sygefravær i teamet."),
        reflection("aaaa0002", dt.date(2026, 11, 3), "Budgetopfølgning med økonomi."),
        reflection("aaaa0003", dt.date(2026, 11, 4), "God ledelse kræver mod og ro."),
    )
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        assert listed_ids(screen) == ["aaaa0003", "aaaa0002", "aaaa0001"]  # newest first
        await pilot.press("slash", *"budget*")
        screen = await journal_loaded(pilot, "budget*")
        assert listed_ids(screen) == ["aaaa0002"]
        entry = screen.query_one(ReflectionList).entries[0]
        assert entry.excerpt is not None
        start, end = entry.excerpt.spans[0]
        assert entry.excerpt.text[start:end] == "Budgetopfølgning"
        assert "1 fundet" in str(screen.query_one("#journal-status", Static).render())
        # A phrase, and words that must all occur.
        search = screen.query_one("#journal-search", Input)
        search.value = '"svær samtale" teamet'
        screen = await journal_loaded(pilot, search.value)
        assert listed_ids(screen) == ["aaaa0001"]
        search.value = "ledelse budget"
        screen = await journal_loaded(pilot, search.value)
        assert listed_ids(screen) == []
        assert "Ingen refleksioner passer" in view_text(screen)


async def test_filters_by_area_tag_goal_and_period_with_words(data_dir: Path) -> None:
    seed(
        data_dir,
        reflection(
            "bbbb0001",
            dt.date(2026, 1, 10),
            "Mod i mødet.",
            tags=["mod"],
            areas=["stuk/driftsledelse"],
            goals=["styrk-feedback"],
        ),
        reflection("bbbb0002", dt.date(2026, 6, 10), "Mod igen.", tags=["mod"]),
        reflection("bbbb0003", dt.date(2026, 6, 11), "Mod og ro.", areas=["stuk/driftsledelse"]),
    )
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        search = screen.query_one("#journal-search", Input)
        for typed, expected in [
            ("mod #mod", ["bbbb0002", "bbbb0001"]),
            ("område:stuk/driftsledelse", ["bbbb0003", "bbbb0001"]),
            ("område:driftsledelse mod tag:mod", ["bbbb0001"]),
            ("mål:styrk-feedback", ["bbbb0001"]),
            ("mod fra:1-6-2026", ["bbbb0003", "bbbb0002"]),
            ("mod til:2026-06-10 fra:01-02-2026", ["bbbb0002"]),
        ]:
            search.value = typed
            screen = await journal_loaded(pilot, typed)
            assert listed_ids(screen) == expected, typed
        search.value = "fra:31-02-2026"
        screen = await journal_loaded(pilot, search.value)
        status = str(screen.query_one("#journal-status", Static).render())
        assert "februar 2026 har ikke 31 dage" in status or "31" in status


async def test_edit_share_and_move_a_reflection_by_its_date(data_dir: Path) -> None:
    seed(data_dir, reflection("cccc0001", dt.date(2026, 11, 20), "Første udgave."))
    old = data_dir / "journal" / "2026" / "2026-11-20-cccc0001.toml"
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(pilot)
        await pilot.press("e")
        editor = await editor_open(pilot)
        text = editor.query_one(TextArea)
        assert text.text == "Første udgave."
        text.insert(" Anden udgave.")
        await pilot.press("ctrl+t")  # shared
        assert "DELT" in str(editor.query_one("#editor-shared-label", Static).render())
        editor.query_one("#editor-date", Input).value = "25-11-2026"
        await pilot.press("ctrl+s")
        await journal_loaded(pilot)
        assert not old.exists()
        moved = data_dir / "journal" / "2026" / "2026-11-25-cccc0001.toml"
        doc = on_disk(moved)
        assert doc["text"] == "Første udgave. Anden udgave."
        assert doc["shared"] is True
        assert "shared = true" in moved.read_text("utf-8")
        assert len(journal_files(data_dir)) == 1


async def test_an_edit_over_a_change_made_elsewhere_is_kept_beside_it(data_dir: Path) -> None:
    seed(data_dir, reflection("dddd0001", dt.date(2026, 11, 20), "Mine ord."))
    path = data_dir / "journal" / "2026" / "2026-11-20-dddd0001.toml"
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_journal(pilot)
        await pilot.press("e")
        editor = await editor_open(pilot)
        # Meanwhile a sync tool brings another version of the same reflection.
        elsewhere = reflection("dddd0001", dt.date(2026, 11, 20), "Ord fra en anden maskine.")
        path.write_bytes(encode(elsewhere))
        editor.query_one(TextArea).insert(" Nye")
        await pilot.press("ctrl+s")
        await journal_loaded(pilot)
        assert on_disk(path)["text"] == "Ord fra en anden maskine."
        copies = [p for p in journal_files(data_dir) if ".conflict-" in p.name]
        assert len(copies) == 1
        assert on_disk(copies[0])["text"] == "Mine ord. Nye"
        messages = [str(n.message) for n in app._notifications]
        assert any("ændret et andet sted" in m and copies[0].name in m for m in messages)


async def test_delete_asks_and_moves_the_file_to_trash(data_dir: Path) -> None:
    seed(data_dir, reflection("eeee0001", dt.date(2026, 11, 20), "Slet mig."))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        await pilot.press("escape")  # no: nothing happens
        await pilot.pause()
        assert len(journal_files(data_dir)) == 1
        await pilot.press("d")
        await dialog(pilot, Choice)
        await pilot.click("#answer-delete")
        screen = await journal_loaded(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert journal_files(data_dir) == []
        trashed = data_dir / "trash" / "journal" / "2026" / "2026-11-20-eeee0001.toml"
        assert on_disk(trashed)["text"] == "Slet mig."
        assert listed_ids(screen) == []


# --- links, tags and prompts ------------------------------------------------------------


async def test_link_to_an_area_a_goal_and_an_item_with_tags(data_dir: Path) -> None:
    seed_profile(data_dir)
    seed_goal(data_dir, "gammelt-maal", "Et gammelt mål", status="done")
    seed_goal(data_dir, "styrk-feedback", "Styrk feedback på møderne")
    seed(data_dir, reflection("ffff0001", dt.date(2026, 11, 1), "Før.", tags=["feedback"]))
    app = app_for(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_journal(pilot)
        await pilot.press("n")
        editor = await editor_open(pilot)
        await pilot.press(*"Om feedback.")
        await pilot.press("ctrl+l")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, LinkPicker)
        goals = picker.query_one("#links-goals", SelectionList)
        # Active goals first.
        assert [goals.get_option_at_index(i).value for i in range(2)] == [
            "styrk-feedback",
            "gammelt-maal",
        ]
        picker.query_one("#links-areas", SelectionList).select("stuk/driftsledelse")
        await pilot.pause()
        items = picker.query_one("#links-items", SelectionList)
        assert items.option_count > 0
        first_item = items.get_option_at_index(0).value
        items.select(first_item)
        goals.select("styrk-feedback")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is editor
        assert "Styrk feedback" in str(editor.query_one("#editor-links", Static).render())
        tags = editor.query_one("#editor-tags", Input)
        tags.focus()
        await pilot.press("f", "e")
        await pilot.pause(0.1)
        await pilot.press("right")  # takes the completion from the tags already used
        assert tags.value == "feedback"
        await pilot.press(*", mod")
        await pilot.press("ctrl+s")
        await journal_loaded(pilot)
        saved = [p for p in journal_files(data_dir) if "ffff0001" not in p.name]
        doc = on_disk(saved[0])
        assert doc["areas"] == ["stuk/driftsledelse"]
        assert doc["goals"] == ["styrk-feedback"]
        assert doc["items"] == [first_item]
        assert doc["tags"] == ["feedback", "mod"]


async def test_ask_me_draws_a_prompt_of_the_area_for_the_role_and_another(data_dir: Path) -> None:
    seed_profile(data_dir)
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        screen.open_link(NewReflection("stuk", "strategisk-ledelse"))
        editor = await editor_open(pilot)
        framework = app.workbook.frameworks.get("stuk")
        assert framework is not None
        area = framework.area("strategisk-ledelse")
        assert area is not None
        allowed = {i.prompt for i in area.items_for("teamleder") if i.prompt} | {area.prompt}
        await pilot.press("ctrl+r")
        first = editor.prompt
        assert first in allowed
        assert first in str(editor.query_one("#editor-prompt", Static).render())
        await pilot.press("ctrl+n")
        assert editor.prompt in allowed and editor.prompt != first
        await pilot.press(*"Svar.", "ctrl+s")
        await journal_loaded(pilot)
        doc = on_disk(journal_files(data_dir)[0])
        assert doc["prompt"] == editor.prompt
        assert doc["areas"] == ["stuk/strategisk-ledelse"]


async def test_j_in_the_framework_browser_starts_a_reflection_on_the_item(data_dir: Path) -> None:
    seed_profile(data_dir)
    app = app_for(data_dir, start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        browser = app.screen
        from lederbog.ui.screens.frameworks import FrameworkBrowser
        from lederbog.ui.targets import ItemTarget
        from lederbog.ui.widgets.framework_tree import FrameworkTree

        assert isinstance(browser, FrameworkBrowser)
        browser.go_to("stuk", "strategisk-ledelse", None)
        tree = browser.query_one(FrameworkTree)
        await pilot.press("right")
        for _ in range(30):
            node = tree.cursor_node
            if node is not None and isinstance(node.data, ItemTarget) and node.data.item.prompt:
                break
            await pilot.press("down")
            if node is not None and node.allow_expand and not node.is_expanded:
                await pilot.press("right")
        node = tree.cursor_node
        assert node is not None and isinstance(node.data, ItemTarget)
        item = node.data.item
        await pilot.press("j")
        editor = await editor_open(pilot)
        assert editor.prompt == item.prompt
        assert editor.links.areas == ("stuk/strategisk-ledelse",)
        assert editor.links.items == (item.id,)
        await pilot.press(*"Et svar.", "ctrl+s")
        await journal_loaded(pilot)
        doc = on_disk(journal_files(data_dir)[0])
        assert doc["prompt"] == item.prompt
        assert doc["items"] == [item.id]


async def test_an_area_link_shows_that_areas_reflections(data_dir: Path) -> None:
    seed(
        data_dir,
        reflection("gggg0001", dt.date(2026, 11, 1), "Drift.", areas=["stuk/driftsledelse"]),
        reflection("gggg0002", dt.date(2026, 11, 2), "Andet."),
    )
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        screen.open_link(AreaLink("stuk", "driftsledelse"))
        screen = await journal_loaded(pilot, "område:stuk/driftsledelse")
        assert listed_ids(screen) == ["gggg0001"]
        screen.open_link(ReflectionLink("gggg0002"))
        screen = await journal_loaded(pilot, "")
        current = screen.query_one(ReflectionList).current
        assert current is not None and current.id == "gggg0002"


async def test_the_palette_offers_new_reflection_and_search(data_dir: Path) -> None:
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Ny refleksion")
        await pilot.pause(0.3)
        await pilot.press("enter")
        editor = await editor_open(pilot)
        assert editor.query_one(TextArea).has_focus
        await pilot.press("escape")  # nothing typed: leaves without asking
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Søg i dagbogen")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#journal-search", Input).has_focus


# --- leaving, drafts --------------------------------------------------------------------


async def test_escape_asks_before_throwing_text_away(data_dir: Path) -> None:
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(pilot)
        await pilot.press("n")
        editor = await editor_open(pilot)
        await pilot.press(*"Vigtige ord")
        await pilot.press("escape")
        await dialog(pilot, Choice)
        await pilot.click("#answer-stay")
        await pilot.pause()
        assert app.screen is editor
        assert editor.query_one(TextArea).text == "Vigtige ord"
        await pilot.press("escape")
        await dialog(pilot, Choice)
        await pilot.click("#answer-discard")
        await pilot.pause()
        await dialog(pilot, Choice)  # "for good?"
        await pilot.click("#answer-yes")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        assert journal_files(data_dir) == []
        assert load_drafts(data_dir)[0] == []


async def test_a_draft_is_written_a_second_after_typing_and_offered_back(data_dir: Path) -> None:
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(pilot)
        await pilot.press("n")
        editor = await editor_open(pilot)
        await pilot.press(*"Halvt færdig tanke")
        path = draft_path(data_dir, editor.draft_id)
        assert not path.exists()  # not at every keystroke: about a second after the last
        for _ in range(50):
            await pilot.pause(0.1)
            if path.exists():
                break
        assert path.exists()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert on_disk(path)["kind"] == "draft"
        assert on_disk(path)["text"] == "Halvt færdig tanke"
        await pilot.press("escape")
        await dialog(pilot, Choice)
        await pilot.click("#answer-keep")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        # "Ny refleksion" offers it back, with its date and first words.
        await pilot.press("n")
        offer = await dialog(pilot, DraftOffer)
        assert isinstance(offer, DraftOffer)
        label = str(offer.query_one("#draft-list").get_option_at_index(0).prompt)  # type: ignore[attr-defined]
        assert "1. dec. 2026" in label and "Halvt færdig tanke" in label
        await pilot.click("#resume")
        editor = await editor_open(pilot)
        assert editor.query_one(TextArea).text == "Halvt færdig tanke"
        await pilot.press(*" og nu færdig.", "ctrl+s")
        await journal_loaded(pilot)
        assert on_disk(journal_files(data_dir)[0])["text"] == "Halvt færdig tanke og nu færdig."
        assert not path.exists()


async def test_quitting_writes_the_draft_and_the_next_start_offers_it(data_dir: Path) -> None:
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(pilot)
        await pilot.press("n")
        await editor_open(pilot)
        await pilot.press(*"Skrevet lige før jeg lukkede")
        await pilot.press("ctrl+q")
    drafts, problems = load_drafts(data_dir)
    assert problems == []
    assert [d.text for d in drafts] == ["Skrevet lige før jeg lukkede"]
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(200):
            await pilot.pause(0.01)
            if isinstance(app.screen, DraftOffer) and app.screen.is_mounted:
                break
        offer = app.screen
        assert isinstance(offer, DraftOffer)
        await pilot.pause()
        assert offer.query_one("#draft-list").has_focus
        await pilot.press("enter")  # continue the draft under the cursor
        editor = await editor_open(pilot)
        assert editor.query_one(TextArea).text == "Skrevet lige før jeg lukkede"


# --- $EDITOR -----------------------------------------------------------------------------


def editor_script(tmp_path: Path, body: str) -> str:
    script = tmp_path / "stand_in_editor.py"
    script.write_text("import sys\npath = sys.argv[-1]\n" + body, "utf-8")
    return f"{sys.executable} {script}"


async def run_external(data_dir: Path) -> tuple[ReflectionEditor, str]:
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(pilot)
        await pilot.press("n")
        editor = await editor_open(pilot)
        await pilot.press(*"Fra appen")
        await pilot.press("ctrl+o")
        await pilot.pause()
        if isinstance(app.screen, JournalScreen):  # saved, and back in the list
            await journal_loaded(pilot)
            return editor, ""
        return editor, str(editor.query_one("#editor-status", Static).render())


async def test_editor_text_comes_back_exactly_crlf_and_all(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    body = (
        "seen = open(path, 'rb').read()\n"
        "open(path + '.seen', 'wb').write(seen)\n"
        "added = ' og fra editoren.\\r\\nAnden linje \\U0001f642\\r\\n'.encode()\n"
        "open(path, 'wb').write(seen + added)\n"
    )
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, body))
    editor, _ = await run_external(data_dir)
    files = journal_files(data_dir)
    assert len(files) == 1
    assert on_disk(files[0])["text"] == "Fra appen og fra editoren.\r\nAnden linje 🙂\r\n"
    seen = data_dir / "drafts" / f"{editor.draft_id}.txt.seen"
    assert seen.read_bytes() == b"Fra appen"
    assert not (data_dir / "drafts" / f"{editor.draft_id}.txt").exists()
    assert not draft_path(data_dir, editor.draft_id).exists()


async def test_visual_wins_over_editor_and_is_split_like_a_shell(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", "false")
    script = tmp_path / "my editor.py"
    script.write_text("import sys\nopen(sys.argv[-1], 'w').write(sys.argv[1])\n", "utf-8")
    monkeypatch.setenv("VISUAL", f"{sys.executable} '{script}' 'to ord'")
    await run_external(data_dir)
    assert on_disk(journal_files(data_dir)[0])["text"] == "to ord"


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("sys.exit(3)\n", "kode 3"),
        ("open(path, 'wb').write(b'  \\n')\n", "tom"),
    ],
    ids=["fails", "empty"],
)
async def test_an_editor_that_fails_or_leaves_nothing_saves_nothing_and_keeps_the_draft(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, said: str
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, body))
    editor, status = await run_external(data_dir)
    assert journal_files(data_dir) == []
    assert said in status and "Intet er gemt" in status and "kladden er beholdt" in status
    drafts, _ = load_drafts(data_dir)
    assert [d.text for d in drafts] == ["Fra appen"]
    editor_file = data_dir / "drafts" / f"{editor.draft_id}.txt"
    assert stat.S_IMODE(editor_file.stat().st_mode) == 0o600


async def test_no_editor_set_says_how(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    _, status = await run_external(data_dir)
    assert "$EDITOR" in status
    assert journal_files(data_dir) == []


# --- user text is text --------------------------------------------------------------------

HOSTILE = (
    "[bold]x[/] [@click=app.quit]klik[/] \x1b[31mrød\x1b[0m \x1b]0;titel\x07 "
    "\x9bC1 \u202eomvendt\u202c 🙂 slut"
)


async def test_hostile_text_is_shown_literally_and_nothing_reaches_the_terminal(
    data_dir: Path,
) -> None:
    hostile = reflection(
        "hhhh0001",
        dt.date(2026, 11, 30),
        HOSTILE,
        tags=["[red]t[/]\x1b[2J"],
        prompt="[b]?[/]\x1b]52;c;x\x07",
    )
    seed(data_dir, hostile)
    app = app_for(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_journal(pilot)
        lines = "\n".join(list_lines(screen))
        full = view_text(screen)
        await pilot.press("slash", *"bold")
        screen = await journal_loaded(pilot, "bold")
        excerpt = "\n".join(list_lines(screen))
        await pilot.press("escape", "e")
        editor = await editor_open(pilot)
        in_editor = editor.query_one(TextArea).text
        tags = editor.query_one("#editor-tags", Input).value
        prompt = str(editor.query_one("#editor-prompt", Static).render())
        await pilot.press("escape")
        assert app.is_running
    for shown in (lines, excerpt, full, in_editor):
        assert "[bold]x[/]" in shown or "[bold]x[/]" in shown.replace("…", "")
        assert "\x1b" not in shown and "\x9b" not in shown and "\u202e" not in shown
    assert "[@click=app.quit]klik[/]" in full and "[@click=app.quit]klik[/]" in in_editor
    assert "🙂 slut" in full and "🙂 slut" in in_editor
    assert "#[red]t[/][2J" in full and tags == "[red]t[/][2J"
    assert "[b]?[/]]52;c;x" in prompt and "\x1b" not in prompt + tags
    # Nothing was changed on disk by showing it.
    files = journal_files(data_dir)
    assert on_disk(files[0])["text"] == HOSTILE


async def test_saving_an_unchanged_text_keeps_its_control_characters(data_dir: Path) -> None:
    seed(data_dir, reflection("iiii0001", dt.date(2026, 11, 30), "a\r\nb\x1b[0m\r\n"))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(pilot)
        await pilot.press("e")
        editor = await editor_open(pilot)
        assert editor.query_one(TextArea).text == "a\nb[0m\n"
        await pilot.press("ctrl+t", "ctrl+s")
        await journal_loaded(pilot)
        doc = on_disk(journal_files(data_dir)[0])
        assert doc["text"] == "a\r\nb\x1b[0m\r\n" and doc["shared"] is True


def test_drafts_folder_is_private(data_dir: Path) -> None:
    from lederbog.drafts import Draft, save_draft

    save_draft(data_dir, Draft("abcd0001", TODAY, "x"))
    assert stat.S_IMODE(os.stat(data_dir / "drafts").st_mode) == 0o700
    assert Store(data_dir).reflections().records == []


async def test_help_on_the_journal_speaks_of_the_journal(data_dir: Path) -> None:
    from lederbog.ui.screens.help import HelpScreen

    app = app_for(data_dir, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "The journal is your reflections" in shown and "ctrl+o" in shown
        assert "double-click" in shown
        described = [what for _, what in app.screen.key_rows()]
        assert "New" in described and "Search" in described  # the section's own keys


async def test_keys_typed_just_before_ctrl_s_are_in_what_is_saved(data_dir: Path) -> None:
    from textual import events

    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(pilot)
        await pilot.press("n")
        await editor_open(pilot)
        # As fast as a terminal delivers a paste, or a quick hand: no pause before ctrl+s.
        for letter in "Hurtige ord":
            app.post_message(events.Key(letter, letter))
        app.post_message(events.Key("ctrl+s", None))
        await journal_loaded(pilot)
        assert on_disk(journal_files(data_dir)[0])["text"] == "Hurtige ord"


async def test_editing_again_continues_the_draft_of_an_earlier_edit(data_dir: Path) -> None:
    seed(data_dir, reflection("jjjj0001", dt.date(2026, 11, 30), "Gemt tekst."))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(pilot)
        await pilot.press("e")
        editor = await editor_open(pilot)
        editor.query_one(TextArea).insert(" Og et utrykt tillæg.")
        editor.flush_now()
        await pilot.press("ctrl+q")
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await dialog(pilot, DraftOffer)
        await pilot.press("escape")  # later
        await pilot.pause()
        await open_journal(pilot)
        await pilot.press("e")
        editor = await editor_open(pilot)
        assert editor.query_one(TextArea).text == "Gemt tekst. Og et utrykt tillæg."
        await pilot.press("ctrl+s")
        await journal_loaded(pilot)
    assert on_disk(journal_files(data_dir)[0])["text"] == "Gemt tekst. Og et utrykt tillæg."
    assert load_drafts(data_dir) == ([], [])


async def test_a_long_journal_is_one_widget_and_scrolls_with_keys_and_mouse(
    data_dir: Path,
) -> None:
    store = Store(data_dir)
    start = dt.date(2025, 1, 1)
    for n in range(400):
        record = reflection(f"k{n:07d}", start + dt.timedelta(days=n), f"Dag nummer {n}.")
        path = store.path_for(record)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(encode(record))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        reflections = screen.query_one(ReflectionList)
        assert len(reflections.entries) == 400
        assert len(list(screen.walk_children())) < 60  # not a widget per reflection
        assert "400 refleksioner" in str(screen.query_one("#journal-status", Static).render())
        await pilot.press("end")
        assert reflections.current is not None and reflections.current.id == "k0000000"
        assert "Dag nummer 0." in view_text(screen)
        assert any("Dag nummer 0." in line for line in list_lines(screen))
        await pilot.press("home")
        await pilot.click(ReflectionList, offset=(5, 2))  # the second reflection's first line
        assert reflections.current is not None and reflections.current.id == "k0000398"
        await pilot.click(ReflectionList, offset=(5, 3), times=2)
        editor = await editor_open(pilot)
        assert editor.query_one(TextArea).text == "Dag nummer 398."


async def test_shift_e_writes_a_new_reflection_straight_in_the_editor(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, "open(path, 'w').write('Kun i vi.')\n"))
    app = app_for(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(pilot)
        await pilot.press("E")
        await pilot.pause(0.3)
        screen = await journal_loaded(pilot)
        assert len(listed_ids(screen)) == 1
    assert on_disk(journal_files(data_dir)[0])["text"] == "Kun i vi."
