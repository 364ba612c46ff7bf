"""What makes the first screen quick must not change what the leader sees or can do.

The tree makes a framework's branch when it is first opened or searched; the
bundled frameworks' TOML is parsed once and kept in the cache folder; the
detail pane draws its bullet lists without a table. Each is checked here
against the plain way of doing the same thing.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.widgets.tree import TreeNode

from lederbog import paths
from lederbog.frameworks import _ParseCache, load_all
from lederbog.model.framework import Framework
from lederbog.ui.app import LederbogApp, make_app
from lederbog.ui.screens.frameworks import FrameworkBrowser
from lederbog.ui.targets import (
    AreaTarget,
    FrameworkTarget,
    GroupTarget,
    ItemTarget,
    ListItemTarget,
    ListTarget,
    Target,
)
from lederbog.ui.widgets.framework_detail import _Bullets
from lederbog.ui.widgets.framework_tree import FrameworkTree


def tree_of(app: LederbogApp) -> FrameworkTree:
    return app.screen.query_one(FrameworkTree)


def nodes(tree: FrameworkTree) -> Iterator[TreeNode[Target]]:
    stack = list(tree.root.children)
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children)


def branch(tree: FrameworkTree, framework_id: str) -> TreeNode[Target]:
    return next(
        node
        for node in tree.root.children
        if isinstance(node.data, FrameworkTarget) and node.data.framework.id == framework_id
    )


def child_labels(node: TreeNode[Target]) -> list[str]:
    return [str(child.label) for child in node.children]


def top_level(framework: Framework) -> list[str]:
    """The labels right under a framework: its areas, then "Lister" when it has lists."""
    return [area.title for area in framework.areas] + (["Lister"] if framework.lists else [])


# --- the tree makes branches when they are needed ---------------------------------------


@pytest.mark.parametrize("key", ["right", "enter", "space"])
async def test_a_branch_opened_for_the_first_time_has_all_its_areas(
    data_dir: Path, key: str
) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        tree = tree_of(app)
        second = tree.root.children[1]
        assert second.allow_expand and not second.is_expanded
        await pilot.press("down", key)
        await pilot.pause()
        assert second.is_expanded
        assert isinstance(second.data, FrameworkTarget)
        assert child_labels(second) == top_level(second.data.framework)


async def test_a_click_on_the_arrow_opens_a_new_branch(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        tree = tree_of(app)
        third = tree.root.children[2]
        assert await pilot.click(FrameworkTree, offset=(0, third.line))
        await pilot.pause()
        assert third.is_expanded
        assert isinstance(third.data, FrameworkTarget)
        assert child_labels(third) == top_level(third.data.framework)


async def test_opening_every_sibling_opens_branches_never_opened(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("shift+space")  # Tree's own key: open the cursor's siblings
        await pilot.pause()
        for node in tree_of(app).root.children:
            assert node.is_expanded
            assert isinstance(node.data, FrameworkTarget)
            assert child_labels(node) == top_level(node.data.framework)


async def test_expand_all_opens_branches_never_opened(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("plus")
        await pilot.pause()
        tree = tree_of(app)
        every = list(nodes(tree))
        assert all(node.is_expanded for node in every if node.allow_expand and node.children)
        for framework in app.workbook.frameworks:
            items = {
                node.data.item.id
                for node in every
                if isinstance(node.data, ItemTarget) and node.data.framework is framework
            }
            assert items == {item.id for _, item in framework.all_items()}
            listed = [
                node
                for node in every
                if isinstance(node.data, ListItemTarget) and node.data.framework is framework
            ]
            assert len(listed) == sum(len(reference.items) for reference in framework.lists)


async def test_a_role_chosen_before_a_branch_is_opened_is_used_when_it_opens(
    data_dir: Path,
) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FrameworkBrowser)
        screen.set_role("stuk", "teamleder")
        await pilot.pause()
        stuk = branch(tree_of(app), "stuk")
        assert not stuk.children  # not opened yet, so not made yet
        screen.go_to("stuk", "strategisk-ledelse", None)
        await pilot.pause()
        roles = {
            node.data.item.role
            for node in nodes(tree_of(app))
            if isinstance(node.data, ItemTarget) and node.data.framework.id == "stuk"
        }
        assert roles == {"", "teamleder"}


async def test_the_first_screen_makes_no_branch(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        tree = tree_of(app)
        assert len(tree.root.children) == len(app.workbook.frameworks)
        assert all(not node.children for node in tree.root.children)
        assert all(node.allow_expand for node in tree.root.children)


def test_targets_of_different_kinds_are_never_equal() -> None:
    stuk = load_all(None).get("stuk")
    assert stuk is not None
    area = stuk.areas[0]
    reference = stuk.lists[0]
    targets: list[Target] = [
        FrameworkTarget(stuk),
        AreaTarget(stuk, area),
        GroupTarget(stuk, area, area.items[0].group),
        ItemTarget(stuk, area, area.items[0]),
        ListTarget(stuk, reference),
        ListItemTarget(stuk, reference, reference.items[0]),
    ]
    for index, one in enumerate(targets):
        for other_index, other in enumerate(targets):
            assert (one == other) == (index == other_index), (one, other)
    assert FrameworkTarget(stuk) == FrameworkTarget(stuk)
    assert hash(AreaTarget(stuk, area)) == hash(AreaTarget(stuk, area))


# --- the bundled frameworks' parse is kept --------------------------------------------------


def cache_file() -> Path:
    return paths.cache_dir() / _ParseCache.NAME


def test_bundled_frameworks_load_the_same_from_the_kept_parse() -> None:
    first = load_all(None)
    assert cache_file().is_file()
    second = load_all(None)
    assert list(second) == list(first)
    assert second.problems == first.problems == []
    if sys.platform != "win32":
        assert stat.S_IMODE(cache_file().stat().st_mode) == 0o600
        assert stat.S_IMODE(cache_file().parent.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"[1, 2]", b'{"stamp": "0/old", "docs": {}}', b'{"docs": 5}'],
)
def test_a_damaged_or_old_kept_parse_is_ignored_and_replaced(content: bytes) -> None:
    expected = list(load_all(None))
    cache_file().write_bytes(content)
    assert list(load_all(None)) == expected
    saved = json.loads(cache_file().read_bytes())
    assert saved["stamp"] == _ParseCache.STAMP
    assert len(saved["docs"]) == len(expected)


def test_a_kept_parse_whose_file_changed_is_not_used() -> None:
    load_all(None)
    saved = json.loads(cache_file().read_bytes())
    for doc in saved["docs"].values():
        doc["title"] = "Changed in the cache"
    cache_file().write_text(json.dumps(saved), encoding="utf-8")
    # The same bytes: the kept parse is used (this shows the test can tell).
    assert {f.title for f in load_all(None)} == {"Changed in the cache"}
    # Other bytes under the same name: parsed anew.
    for key in list(saved["docs"]):
        saved["docs"]["0" * len(key)] = saved["docs"].pop(key)
    cache_file().write_text(json.dumps(saved), encoding="utf-8")
    assert "Changed in the cache" not in {f.title for f in load_all(None)}


def test_the_leaders_own_files_are_parsed_every_time(data_dir: Path) -> None:
    folder = data_dir / "frameworks"
    folder.mkdir(parents=True)
    mine = folder / "mine.toml"
    body = (
        'schema = 1\nkind = "framework"\nid = "mine"\ntitle = "{}"\n'
        '[[areas]]\nid = "a"\ntitle = "A"\n'
    )
    mine.write_text(body.format("Første"), encoding="utf-8")
    assert load_all(data_dir).get("mine").title == "Første"  # type: ignore[union-attr]
    assert "Første" not in cache_file().read_text(encoding="utf-8")
    stamp = mine.stat()
    mine.write_text(body.format("Anden!"), encoding="utf-8")  # same length
    os.utime(mine, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert load_all(data_dir).get("mine").title == "Anden!"  # type: ignore[union-attr]
    mine.write_text(body.format("Første") + "oops = [\n", encoding="utf-8")
    loaded = load_all(data_dir)
    assert loaded.get("mine") is None
    assert any("not valid TOML" in problem.message for problem in loaded.problems)


def test_a_cache_folder_that_cannot_be_used_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = list(load_all(None))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("LEDERBOG_CACHE_DIR", str(blocker / "cache"))
    assert list(load_all(None)) == expected


# --- bullets drawn without a table ------------------------------------------------------------


def table_bullets(rows: list[tuple[str, Text]]) -> Table:
    """How the detail pane drew its bullet lists before."""
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(width=1, no_wrap=True)
    grid.add_column(ratio=1)
    for bullet, text in rows:
        grid.add_row(bullet, text)
    return grid


def bullet_rows() -> list[tuple[str, Text]]:
    titled = Text()
    titled.append("Titel: ", Style(bold=True))
    titled.append("Vi arbejder aktivt med visioner og mål, og vi oversætter dem til hverdagen")
    titled.append(" — en leder", Style(dim=True))
    rows = [
        ("•", Text("Kort", style=Style(bold=True))),
        ("•", titled),
        ("•", Text("Et-meget-langt-ord-uden-mellemrum-der-ikke-kan-brydes-pænt-nogen-steder")),
        ("•", Text("To linjer\nmed et linjeskift og   flere   mellemrum")),
        ("•", Text("")),
    ]
    stuk = load_all(None).get("stuk")
    assert stuk is not None
    rows += [("•", Text(item.text)) for item in stuk.areas[0].items]
    return rows


@pytest.mark.parametrize("width", [1, 2, 3, 4, 12, 39, 40, 57, 80])
def test_bullets_draw_exactly_what_a_table_drew(width: int) -> None:
    console = Console(width=width, color_system="truecolor", file=io.StringIO())
    rows = bullet_rows()
    before = console.render_lines(table_bullets(rows), console.options, pad=True)
    after = console.render_lines(_Bullets(rows), console.options, pad=True)
    assert after == before
