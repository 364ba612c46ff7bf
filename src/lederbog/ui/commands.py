"""The command palette: what the current screen can do, found by typing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from lederbog.i18n import t
from lederbog.text import one_line
from lederbog.ui.targets import GroupTarget, ItemTarget, ListItemTarget

if TYPE_CHECKING:
    from lederbog.model.framework import Framework
    from lederbog.ui.screens.frameworks import FrameworkBrowser


def highlighted(matcher: Matcher, text: str) -> Content:
    """The text with the matched letters marked; the text itself is never markup."""
    content = Content(text)
    _, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


Command = tuple[str, str, Callable[[], object]]  # (title, help, what it runs)


class ListedCommands(Provider):
    """A provider of a short list of commands, found by Textual's fuzzy matcher: each
    section's actions and the app's global ones. Subclasses say what `_commands` are."""

    def _commands(self) -> Iterator[Command]:
        raise NotImplementedError

    def _score(self, matcher: Matcher, title: str, query: str) -> float:
        return matcher.match(title)

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = self._score(matcher, title, query)
            if score > 0:
                yield Hit(score, highlighted(matcher, title), callback, text=title, help=help_text)


_WORD = re.compile(r"[^\W_]+")

# How much a match counts, by where it is: in the entry's own name, in its text
# (an item's words), or in the words of the command ("Gå til område").
NAME, BODY, LABEL = 1.0, 0.7, 0.5
# Best match first between kinds that match equally well.
KIND_RANK = {"framework": 1.0, "area": 0.97, "list": 0.95, "group": 0.93, "item": 0.9}
KIND_RANK |= {"role": 0.85, "help": 0.85}


@dataclass
class Entry:
    """One thing the palette can go to, with the words it is found by."""

    title: str
    help: str
    callback: Callable[[], object]
    kind: str
    lang: str
    name: str  # the words of its own name (a title, an item's text)
    body: str = ""  # further words it is found by (an item's text behind its title)
    discoverable: bool = True


class WordMatcher:
    """Finds entries by the words typed: whole words first, then Danish (or English)
    word forms (prioritering ~ prioriteringer), then beginnings of words (while
    typing) and words inside compounds (niveauer ~ ledelsesniveauer).

    Every word typed must be found; the score says how well, best match first.
    """

    # Stems are kept for the whole session: the palette is opened again and again on the
    # same few thousand words, and Snowball's pure-Python stemmer costs a few µs a word.
    _stems: ClassVar[dict[tuple[str, str], str]] = {}

    def __init__(self) -> None:
        self._words: dict[int, list[tuple[str, str, float]]] = {}

    def stem(self, word: str, lang: str) -> str:
        key = (word, lang)
        found = self._stems.get(key)
        if found is None:
            from lederbog.stemming import stem  # the palette opens after start: import now

            found = self._stems[key] = stem(word, lang)
        return found

    def words_of(self, entry: Entry) -> list[tuple[str, str, float]]:
        cached = self._words.get(id(entry))
        if cached is not None:
            return cached
        words: list[tuple[str, str, float]] = []
        label = entry.title.casefold().replace(entry.name.casefold(), " ")
        for text, weight in ((entry.name, NAME), (entry.body, BODY), (label, LABEL)):
            for word in _WORD.findall(text.casefold()):
                words.append((word, self.stem(word, entry.lang), weight))
        self._words[id(entry)] = words
        return words

    @staticmethod
    def _one(query: str, query_stem: str, word: str, word_stem: str) -> float:
        if word == query:
            return 1.0
        if word_stem == query_stem and len(query_stem) >= 2:
            return 0.9
        if word.startswith(query):
            return 0.8
        if len(query) >= 4 and query in word:
            return 0.6
        if len(query_stem) >= 4 and query_stem in word_stem:
            return 0.5
        return 0.0

    def score(self, entry: Entry, query: list[str]) -> float:
        words = self.words_of(entry)
        total = 0.0
        for typed in query:
            typed_stem = self.stem(typed, entry.lang)
            best = max(
                (self._one(typed, typed_stem, w, s) * weight for w, s, weight in words),
                default=0.0,
            )
            if best == 0.0:
                return 0.0
            total += best
        # Of two equally good matches, the shorter name is the closer one.
        brevity = 1.0 - min(len(words), 200) / 2000
        return total / len(query) * KIND_RANK.get(entry.kind, 0.8) * brevity

    def marked(self, entry: Entry, query: list[str], style: object) -> Content:
        """The entry's title with the words that matched marked."""
        content = Content(entry.title)
        stems = [self.stem(q, entry.lang) for q in query]
        for match in _WORD.finditer(entry.title):
            word = match.group().casefold()
            word_stem = self.stem(word, entry.lang)
            if any(self._one(q, s, word, word_stem) for q, s in zip(query, stems, strict=True)):
                content = content.stylize(style, match.start(), match.end())  # type: ignore[arg-type]
        return content


def query_words(query: str) -> list[str]:
    return _WORD.findall(query.casefold())


class FrameworkCommands(Provider):
    """Go to any framework, area, group, item or list by its words; change the role
    filter (help and the sections are the app's own commands)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._entries: list[Entry] | None = None
        self._matcher = WordMatcher()

    def _browser(self) -> FrameworkBrowser | None:
        from lederbog.ui.screens.frameworks import FrameworkBrowser

        screen = self.screen
        return screen if isinstance(screen, FrameworkBrowser) else None

    def entries(self) -> list[Entry]:
        if self._entries is None:
            self._entries = list(self._build())
        return self._entries

    def _build(self) -> Iterator[Entry]:
        browser = self._browser()
        lang = getattr(self.app, "lang", "da")
        if browser is None:
            return
        if browser.new_goal_link() is not None:  # the entry under the cursor can have a goal
            here = t(lang, "goals.palette.here")
            yield Entry(
                here,
                t(lang, "goals.palette.here.help"),
                browser.action_new_goal_here,
                "action",
                lang,
                name=here,
            )
        reflect = t(lang, "palette.browser.reflect")
        yield Entry(
            reflect,
            t(lang, "palette.browser.reflect.help"),
            browser.action_reflect,
            "action",
            lang,
            name=reflect,
        )
        for framework in browser.frameworks:
            yield from self._framework_entries(browser, framework, lang)

    def _framework_entries(
        self, browser: FrameworkBrowser, framework: Framework, lang: str
    ) -> Iterator[Entry]:
        goto_help = t(lang, "palette.goto.help")
        role_help = t(lang, "palette.role.help")
        name = one_line(framework.title, 40)
        text_lang = framework.language
        title = one_line(framework.title)
        yield Entry(
            t(lang, "palette.goto_framework", title=title),
            goto_help,
            partial(browser.go_to, framework.id, None, None),
            "framework",
            text_lang,
            name=title,
        )
        for area in framework.areas:
            area_title = one_line(area.title)
            yield Entry(
                t(lang, "palette.goto_area", title=area_title, framework=name),
                goto_help,
                partial(browser.go_to, framework.id, area.id, None),
                "area",
                text_lang,
                name=area_title,
            )
            for group, _ in area.groups():
                if not group:
                    continue
                group_title = one_line(group)
                yield Entry(
                    t(lang, "palette.goto_group", title=group_title, area=area_title),
                    goto_help,
                    partial(browser.show_target, GroupTarget(framework, area, group)),
                    "group",
                    text_lang,
                    name=group_title,
                    discoverable=False,
                )
            for item in area.items:
                yield self._item_entry(
                    browser, ItemTarget(framework, area, item), name, goto_help, lang
                )
        for reference in framework.lists:
            list_title = one_line(reference.title)
            yield Entry(
                t(lang, "palette.goto_list", title=list_title, framework=name),
                goto_help,
                partial(browser.go_to, framework.id, None, reference.id),
                "list",
                text_lang,
                name=list_title,
            )
            for item in reference.items:
                yield self._item_entry(
                    browser, ListItemTarget(framework, reference, item), name, goto_help, lang
                )
        if framework.roles:
            yield Entry(
                t(lang, "palette.all_roles", framework=name),
                role_help,
                partial(browser.set_role, framework.id, ""),
                "role",
                lang,
                name=name,
            )
            for role in framework.roles:
                role_title = one_line(role.title)
                yield Entry(
                    t(lang, "palette.role", role=role_title, framework=name),
                    role_help,
                    partial(browser.set_role, framework.id, role.id),
                    "role",
                    lang,
                    name=role_title,
                )

    def _item_entry(
        self,
        browser: FrameworkBrowser,
        target: ItemTarget | ListItemTarget,
        framework_name: str,
        goto_help: str,
        lang: str,
    ) -> Entry:
        item = target.item
        shown = one_line(f"{item.title}: {item.text}" if item.title else item.text, 70)
        return Entry(
            t(lang, "palette.goto_item", title=shown, framework=framework_name),
            goto_help,
            partial(browser.show_target, target),
            "item",
            target.framework.language,
            name=shown,
            body=" ".join([item.text, item.by]),
            discoverable=False,
        )

    async def discover(self) -> Hits:
        for entry in self.entries():
            if entry.discoverable:
                yield DiscoveryHit(
                    Content(entry.title), entry.callback, text=entry.title, help=entry.help
                )

    async def search(self, query: str) -> Hits:
        words = query_words(query)
        if not words:
            return
        style = self.matcher(query).match_style
        for entry in self.entries():
            score = self._matcher.score(entry, words)
            if score > 0:
                yield Hit(
                    score,
                    self._matcher.marked(entry, words, style),
                    entry.callback,
                    text=entry.title,
                    help=entry.help,
                )
