"""The command palette: what the current screen can do, found by typing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from lederbog.i18n import t
from lederbog.text import one_line

if TYPE_CHECKING:
    from lederbog.ui.screens.frameworks import FrameworkBrowser


def highlighted(matcher: Matcher, text: str) -> Content:
    """The text with the matched letters marked; the text itself is never markup."""
    content = Content(text)
    _, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class FrameworkCommands(Provider):
    """Jump to any framework, area or list, change the role filter."""

    def _browser(self) -> FrameworkBrowser | None:
        from lederbog.ui.screens.frameworks import FrameworkBrowser

        screen = self.screen
        return screen if isinstance(screen, FrameworkBrowser) else None

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        browser = self._browser()
        lang = getattr(self.app, "lang", "da")
        if browser is None:
            return
        yield (
            t(lang, "palette.browser.reflect"),
            t(lang, "palette.browser.reflect.help"),
            browser.action_reflect,
        )
        goto_help = t(lang, "palette.goto.help")
        role_help = t(lang, "palette.role.help")
        for framework in browser.frameworks:
            name = one_line(framework.title, 40)
            yield (
                t(lang, "palette.goto_framework", title=one_line(framework.title)),
                goto_help,
                partial(browser.go_to, framework.id, None, None),
            )
            for area in framework.areas:
                yield (
                    t(lang, "palette.goto_area", title=one_line(area.title), framework=name),
                    goto_help,
                    partial(browser.go_to, framework.id, area.id, None),
                )
            for reference in framework.lists:
                yield (
                    t(lang, "palette.goto_list", title=one_line(reference.title), framework=name),
                    goto_help,
                    partial(browser.go_to, framework.id, None, reference.id),
                )
            if framework.roles:
                yield (
                    t(lang, "palette.all_roles", framework=name),
                    role_help,
                    partial(browser.set_role, framework.id, ""),
                )
                for role in framework.roles:
                    yield (
                        t(lang, "palette.role", role=one_line(role.title), framework=name),
                        role_help,
                        partial(browser.set_role, framework.id, role.id),
                    )

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlighted(matcher, title), callback, text=title, help=help_text)
