"""Driving the framework browser as a leader would, with keys and the mouse."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select

from lederbog.ui.app import LederbogApp, make_app
from lederbog.ui.screens.frameworks import FrameworkBrowser
from lederbog.ui.screens.help import HelpScreen
from lederbog.ui.targets import AreaTarget, FrameworkTarget, ItemTarget, ListItemTarget
from lederbog.ui.widgets.framework_detail import FrameworkDetail
from lederbog.ui.widgets.framework_tree import FrameworkTree


def browser(app: LederbogApp) -> FrameworkBrowser:
    screen = app.screen
    assert isinstance(screen, FrameworkBrowser)
    return screen


def tree_of(app: LederbogApp) -> FrameworkTree:
    return app.screen.query_one(FrameworkTree)


def detail_text(app: LederbogApp) -> str:
    """What the detail pane shows, with its wrapping undone."""
    return " ".join(app.screen.query_one(FrameworkDetail).plain_text.split())


async def press_until(pilot, app: LederbogApp, key: str, matches, limit: int = 400) -> None:  # type: ignore[no-untyped-def]
    """Press `key` until the tree's cursor is on a node whose target `matches`."""
    tree = tree_of(app)
    for _ in range(limit):
        node = tree.cursor_node
        if node is not None and node.data is not None and matches(node.data):
            return
        await pilot.press(key)
    raise AssertionError("never reached the wanted node")


async def test_navigate_to_a_stuk_teamleder_item_and_read_it(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # Down to STUK, open it, into "Strategisk ledelse", open it ...
        await press_until(
            pilot,
            app,
            "down",
            lambda t: isinstance(t, FrameworkTarget) and t.framework.id == "stuk",
        )
        await pilot.press("right")
        await press_until(
            pilot,
            app,
            "down",
            lambda t: isinstance(t, AreaTarget) and t.area.id == "strategisk-ledelse",
        )
        await pilot.press("right")
        # ... and open every branch on the way until the teamleder's first item.
        for _ in range(60):
            node = tree_of(app).cursor_node
            assert node is not None
            target = node.data
            if isinstance(target, ItemTarget) and target.item.role == "teamleder":
                break
            if node.allow_expand and not node.is_expanded:
                await pilot.press("right")
            await pilot.press("down")
        await pilot.pause()
        target = tree_of(app).cursor_node.data  # type: ignore[union-attr]
        assert isinstance(target, ItemTarget)
        assert target.item.text == "Sikrer tilbageløb: Hvordan kan strategien realiseres?"
        text = detail_text(app)
        assert "Teamleder" in text
        assert "Sikrer tilbageløb: Hvordan kan strategien realiseres?" in text
        assert "Strategisk ledelse" in text  # the breadcrumb


async def test_the_role_filter_shows_only_that_roles_items(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = browser(app)
        screen.go_to("stuk", "driftsledelse", None)
        await pilot.pause()
        assert "Udvikler, etablerer og fastholder rutiner" in detail_text(app)
        assert "Oversætter STUK’s samlede prioriteringer" in detail_text(app)
        # Choose Teamleder in the role picker with the keyboard.
        await pilot.press("r")
        await pilot.pause()
        select = app.screen.query_one("#role-select", Select)
        assert select.expanded
        for _ in range(4):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert select.value == "teamleder"
        assert screen.roles["stuk"] == "teamleder"
        text = detail_text(app)
        assert "Udvikler, etablerer og fastholder rutiner" in text
        assert "Oversætter STUK’s samlede prioriteringer" not in text  # the vice director's
        assert "Vi udviklerstyringsredskaber" not in text
        assert "Vi udvikler styringsredskaber" in text  # shared by every role
        # The tree holds only shared and teamleder items now.
        roles = {
            node.data.item.role
            for node in _all_nodes(tree_of(app))
            if isinstance(node.data, ItemTarget) and node.data.framework.id == "stuk"
        }
        assert roles == {"", "teamleder"}
        assert app.focused is tree_of(app)


def _all_nodes(tree: FrameworkTree):  # type: ignore[no-untyped-def]
    stack = list(tree.root.children)
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children)


async def test_lists_are_reachable(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        browser(app).go_to("stuk", None, "effektbillede")
        await pilot.pause()
        assert "Tydelig retning i opgaveløsningen for ministeriet" in detail_text(app)
        await pilot.press("right", "down")
        await pilot.pause()
        target = tree_of(app).cursor_node.data  # type: ignore[union-attr]
        assert isinstance(target, ListItemTarget)


async def test_the_palette_jumps_to_an_area(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"område personaleledelse og udvikling")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        target = tree_of(app).cursor_node.data  # type: ignore[union-attr]
        assert isinstance(target, AreaTarget)
        assert target.area.id == "personaleledelse-og-udvikling"


async def test_help_lists_the_keys_and_closes(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = dict(app.screen.key_rows())
        assert rows["r"] == "Rolle"
        assert rows["^q / q"] == "Afslut"
        assert rows["+"] == "Fold alt ud"  # keys hidden from the footer are listed too
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, FrameworkBrowser)


async def test_english_chrome_keeps_the_framework_text(data_dir: Path) -> None:
    app = make_app(data_dir, "en", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.sub_title == "Frameworks"
        footer_keys = {b.description for _, b in app.screen._bindings}
        assert "Role" in footer_keys
        browser(app).go_to("stuk", "strategisk-ledelse", None)
        await pilot.pause()
        text = detail_text(app)
        assert "To reflect on" in text
        assert "Strategisk ledelse" in text


async def test_hostile_framework_text_is_shown_as_text(data_dir: Path) -> None:
    folder = data_dir / "frameworks"
    folder.mkdir(parents=True)
    (folder / "x.toml").write_text(
        'schema = 1\nkind = "framework"\nid = "x"\n'
        'title = "[@click=app.quit]Klik[/] \\u001b]0;pwned\\u0007"\n'
        '[[areas]]\nid = "a"\ntitle = "[bold]A[/"\n'
        '[[areas.items]]\ntext = "\\u202etekst [/] \\u009b31m"\n',
        encoding="utf-8",
    )
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        browser(app).go_to("x", "a", None)
        await pilot.pause()
        text = detail_text(app)
        assert "[bold]A[/" in text
        assert "tekst [/] 31m" in text
        assert "\x1b" not in text and "\u202e" not in text
        labels = [str(node.label) for node in _all_nodes(tree_of(app))]
        assert "[@click=app.quit]Klik[/] ]0;pwned" in labels
        assert app.is_running


def test_every_described_key_is_translated() -> None:
    from lederbog.i18n import STRINGS

    for owner in (LederbogApp, FrameworkBrowser, HelpScreen, FrameworkTree):
        for binding in owner.BINDINGS:
            assert not isinstance(binding, tuple)
            if binding.description:  # type: ignore[union-attr]
                assert f"binding.{binding.id}" in STRINGS, (owner, binding)  # type: ignore[union-attr]


async def test_a_mouse_click_opens_an_entry(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        browser(app).go_to("stuk", "driftsledelse", None)
        await pilot.pause()
        tree = tree_of(app)
        node = tree.find(lambda t: isinstance(t, AreaTarget) and t.area.id == "faglig-ledelse")
        assert node is not None
        y = node.line - round(tree.scroll_offset.y)
        assert await pilot.click(FrameworkTree, offset=(6, y))
        await pilot.pause()
        assert tree.cursor_node is node
        assert "Indenfor ledelsesdisciplinen faglig ledelse" in detail_text(app)


async def test_danish_help_has_no_english_key_descriptions(data_dir: Path) -> None:
    # Textual's own keys (tab, copy, the palette) come without ids; they are translated too.
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        descriptions = [description for _, description in app.screen.key_rows()]
        assert "Næste felt" in descriptions
        assert "Kommandoer" in descriptions
        for english in ("Focus Next", "Focus Previous", "Copy selected text", "palette"):
            assert english not in descriptions


async def test_the_profile_role_is_the_starting_filter(data_dir: Path) -> None:
    # A role the framework does not have (a typo in profile.toml) is left out, not a crash.
    app = make_app(
        data_dir, "da", start="frameworks", initial_roles={"stuk": "teamleder", "kodeks": "chef"}
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        browser(app).go_to("stuk", "strategisk-ledelse", None)
        await pilot.pause()
        assert app.screen.query_one("#role-select", Select).value == "teamleder"
        text = detail_text(app)
        assert "Sikrer tilbageløb" in text  # the teamleder's own expectation
        assert "Styrelsesdirektør" not in text
        browser(app).go_to("kodeks", None, None)
        await pilot.pause()
