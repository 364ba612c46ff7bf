"""The framework browser as a user found it: the leader's own framework first, remembered
places and roles, type-ahead, frameworks without roles, and a theme change."""

from __future__ import annotations

from pathlib import Path

from textual import events

from lederbog.model.records import FrameworkChoice, Profile
from lederbog.store.store import Store
from lederbog.ui.app import LederbogApp, make_app
from lederbog.ui.screens.frameworks import FrameworkBrowser
from lederbog.ui.targets import AreaTarget, FrameworkTarget, ItemTarget
from lederbog.ui.widgets.framework_detail import FrameworkDetail
from lederbog.ui.widgets.framework_tree import FrameworkTree


def browser(app: LederbogApp) -> FrameworkBrowser:
    screen = app.screen
    assert isinstance(screen, FrameworkBrowser)
    return screen


def tree_of(app: LederbogApp) -> FrameworkTree:
    return app.screen.query_one(FrameworkTree)


def stuk_leader(data_dir: Path) -> None:
    Store(data_dir).save(
        Profile(
            name="Mette Holm",
            frameworks=[FrameworkChoice("stuk", "teamleder"), FrameworkChoice("kodeks")],
        )
    )


async def test_it_opens_on_the_leaders_framework_with_their_role(data_dir: Path) -> None:
    stuk_leader(data_dir)
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        tree = tree_of(app)
        order = [node.data.framework.id for node in tree.root.children if node.data]
        assert order[:2] == ["stuk", "kodeks"]  # the leader's, in the profile's order
        first = tree.root.children[0]
        assert first.is_expanded and tree.cursor_node is first
        assert browser(app).query_one("#role-select").value == "teamleder"  # type: ignore[attr-defined]


async def test_enter_then_down_at_once_goes_into_the_branch_just_opened(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        tree = tree_of(app)
        first = tree.root.children[0]
        assert tree.cursor_node is first and not first.is_expanded
        # Both keys arrive before either is handled, as when typing ahead over a slow link.
        app.post_message(events.Key("enter", "\r"))
        app.post_message(events.Key("down", None))
        await pilot.pause()
        await pilot.pause()
        assert first.is_expanded
        node = tree.cursor_node
        assert node is not None and node.parent is first
        assert isinstance(node.data, AreaTarget)


async def test_a_framework_without_roles_has_no_role_picker_and_r_says_so(
    data_dir: Path,
) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        screen = browser(app)
        screen.go_to("kodeks", None, None)
        await pilot.pause()
        assert not screen.query_one("#role-bar").display
        await pilot.press("r")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("har ingen roller" in m for m in messages)
        screen.go_to("stuk", None, None)
        await pilot.pause()
        assert screen.query_one("#role-bar").display


async def test_changing_role_on_the_lists_heading_keeps_the_cursor_there(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = browser(app)
        tree = tree_of(app)
        lists = tree.lists_node("stuk")
        assert lists is not None
        tree.reveal(lists)
        await pilot.pause()
        screen.set_role("stuk", "teamleder")
        await pilot.pause()
        node = tree.cursor_node
        assert node is not None and tree.is_lists_node(node)
        assert str(node.label) == "Lister"


async def test_the_place_and_the_role_are_remembered_across_restarts(data_dir: Path) -> None:
    stuk_leader(data_dir)
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = browser(app)
        screen.set_role("stuk", "kontorchef")
        screen.go_to("stuk", "driftsledelse", None)
        await pilot.press("right", "down")  # into the area, onto its first entry
        await pilot.pause()
        node = tree_of(app).cursor_node
        assert node is not None
        remembered = node.data
    again = make_app(data_dir, "da", start="frameworks")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = browser(again)
        assert screen.roles["stuk"] == "kontorchef"
        node = tree_of(again).cursor_node
        assert node is not None and node.data is not None
        assert type(node.data) is type(remembered)
        assert node.data == remembered or (
            isinstance(node.data, ItemTarget)
            and isinstance(remembered, ItemTarget)
            and node.data.item.id == remembered.item.id
        )


async def test_a_new_theme_reaches_the_text_at_once(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        detail = app.screen.query_one(FrameworkDetail)
        assert isinstance(tree_of(app).cursor_node.data, FrameworkTarget)  # type: ignore[union-attr]

        refreshed: list[int] = []
        original = detail.refresh_text

        def counting() -> None:
            refreshed.append(1)
            original()

        detail.refresh_text = counting  # type: ignore[method-assign]
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        assert refreshed  # redrawn with the new theme's accent without moving the cursor
