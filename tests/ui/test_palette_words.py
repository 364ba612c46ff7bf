"""The palette finds frameworks, areas, groups and items by their words, Danish word
forms included, best match first; and the detail pane shows the ids commands take."""

from __future__ import annotations

from pathlib import Path

import pytest

from lederbog.frameworks import load_all
from lederbog.ui.app import LederbogApp, make_app
from lederbog.ui.commands import Entry, FrameworkCommands, WordMatcher, query_words
from lederbog.ui.screens.frameworks import FrameworkBrowser
from lederbog.ui.targets import AreaTarget, GroupTarget, ItemTarget
from lederbog.ui.widgets.framework_detail import FrameworkDetail
from lederbog.ui.widgets.framework_tree import FrameworkTree


async def titles_for(app: LederbogApp, query: str) -> list[str]:
    provider = FrameworkCommands(app.screen)
    hits = [hit async for hit in provider.search(query)]
    hits.sort(key=lambda hit: hit.score, reverse=True)
    return [str(hit.text) for hit in hits]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("strategisk", "Gå til område: Strategisk ledelse ("),
        ("ledelsesniveauer", "Gå til gruppe: "),
        (
            "strategisk niveauer",
            "Gå til gruppe: Strategisk ledelse på forskellige ledelsesniveauer",
        ),
        ("brandslukning", "Gå til område: Langsigtet arbejde frem for brandslukning"),
        ("værdier", "Gå til liste: Værdier"),
        ("balfis", "Gå til område: De psykologiske jobkrav (BALFIS)"),
        ("ølkassen", "Gå til punkt: Sætter retning og skaber mening - er synlig på ølkassen"),
        ("kodekspunkter", "Gå til grundlag: 11 kodekspunkter for god ledelse"),
    ],
)
async def test_the_best_match_comes_first(data_dir: Path, query: str, first: str) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        titles = await titles_for(app, query)
        assert titles, query
        assert titles[0].startswith(first), titles[:5]


async def test_strategisk_does_not_find_unrelated_entries(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        titles = await titles_for(app, "strategisk")
        assert not any("Masterplaner" in title for title in titles)
        # A word inside a compound is found too: groups are no longer out of reach.
        titles = await titles_for(app, "niveauer")
        groups = [title for title in titles if title.startswith("Gå til gruppe: ")]
        assert len(groups) == 5 and all("ledelsesniveauer" in title for title in groups)


def test_danish_word_forms_match() -> None:
    matcher = WordMatcher()
    entry = Entry("Gå til punkt: prioriteringer", "", lambda: None, "item", "da", "prioriteringer")
    for typed in ("prioritering", "prioriteringerne", "PRIORITERINGER", "priori"):
        assert matcher.score(entry, query_words(typed)) > 0, typed
    assert matcher.score(entry, query_words("prioritering budget")) == 0  # every word must match
    assert matcher.score(entry, query_words("xyz")) == 0


async def test_choosing_an_item_or_group_moves_the_tree_there(data_dir: Path) -> None:
    app = make_app(data_dir, "da", initial_roles={"stuk": "teamleder"}, start="frameworks")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"ølkassen")  # the director's item: hidden by the Teamleder filter
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        target = app.screen.query_one(FrameworkTree).cursor_node.data  # type: ignore[union-attr]
        assert isinstance(target, ItemTarget)
        assert "ølkassen" in target.item.text
        screen = app.screen
        assert isinstance(screen, FrameworkBrowser)
        assert screen.roles["stuk"] == ""  # the filter was lifted to show it
        stuk = load_all(None).get("stuk")
        assert stuk is not None
        area = stuk.areas[1]
        group = next(g for g, _ in area.groups() if g)
        screen.show_target(GroupTarget(stuk, area, group))
        await pilot.pause()
        target = app.screen.query_one(FrameworkTree).cursor_node.data  # type: ignore[union-attr]
        assert isinstance(target, GroupTarget) and target.group == group


def detail_text(app: LederbogApp) -> str:
    return app.screen.query_one(FrameworkDetail).plain_text


async def test_the_detail_pane_shows_the_ids_commands_take(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FrameworkBrowser)
        screen.go_to("kodeks", "borgerne-i-oejenhoejde", None)
        await pilot.pause()
        text = detail_text(app)
        assert "Id: kodeks/borgerne-i-oejenhoejde" in text
        # The lead-in stays next to the list it introduces; the question comes after.
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        lead = lines.index("Det betyder, at jeg som leder fx:")
        assert lines[lead + 1].startswith("• Sikrer at alle ansatte")
        assert lines.index("Til refleksion") > lead
        node = app.screen.query_one(FrameworkTree).cursor_node
        assert node is not None and isinstance(node.data, AreaTarget)


async def test_a_summary_list_is_shown_as_a_list(data_dir: Path) -> None:
    app = make_app(data_dir, "da", start="frameworks")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FrameworkBrowser)
        screen.go_to("socialafdelingen", None, None)
        await pilot.pause()
        text = detail_text(app)
        assert "- Personaleledelse" not in text
        lines = [line.strip() for line in text.splitlines()]
        start = lines.index("• Personaleledelse")
        assert lines[start : start + 3] == [
            "• Personaleledelse",
            "• Implementeringsledelse",
            "• Tværgående ledelse",
        ]
        assert "Id: socialafdelingen" in text
