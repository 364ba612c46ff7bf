"""The journal as the workbook sees it: listing, searching and prompting (no Textual).

This is the one place the workbook talks to the search index (lederbog.store.index):
the journal screen gets `Entry` values (with excerpts as plain text and the spans
of the match) and never sees the index's highlight marks or its SQL. Each call
opens its own connection, so it can run in any thread worker: a SQLite
connection belongs to the thread that made it.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lederbog.dates import DateError, parse_date
from lederbog.i18n import t
from lederbog.model.framework import Area, Framework
from lederbog.store.store import BadFile, Store
from lederbog.text import one_line

FIRST_LINE = 200  # characters of a reflection's text kept for its line in the list
EXCERPT = 400  # characters of an excerpt kept for the list

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_SPACES = re.compile(r"\s+")
_FILTERS = {
    "område": "area",
    "omraade": "area",
    "area": "area",
    "tag": "tag",
    "mål": "goal",
    "maal": "goal",
    "goal": "goal",
    "fra": "since",
    "since": "since",
    "til": "until",
    "until": "until",
}


@dataclass(frozen=True)
class Excerpt:
    """A piece of a reflection, safe to show, and where the words searched for are in it."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Entry:
    """One reflection as a line of the list."""

    id: str
    path: Path
    date: dt.date
    areas: tuple[str, ...]
    tags: tuple[str, ...]
    goals: tuple[str, ...]
    shared: bool
    first_line: str  # the start of the text, on one line, safe to show ("" when not fetched)
    excerpt: Excerpt | None = None  # where the search matched, when words were searched


@dataclass(frozen=True)
class Search:
    """What the leader typed in the search field, read as words and filters."""

    words: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    problems: tuple[str, ...] = ()  # filters that could not be read, each said in words

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.areas or self.tags or self.goals or self.since or self.until)


@dataclass
class Found:
    entries: list[Entry] = field(default_factory=list)  # newest first
    complete: bool = True  # False when `limit` cut the list short
    problems: list[BadFile] = field(default_factory=list)


def parse_search(text: str, lang: str, known_areas: Iterable[str] = ()) -> Search:
    """Read the search field: words as `lederbog search` reads them, plus filters.

    Filters: `#tag` or `tag:x`; `område:fw/area` (or `area:`; an area id alone when
    only one framework has it); `mål:goal-id` (`goal:`); `fra:DATE`, `til:DATE`
    (`since:`, `until:`), dates as the leader writes them (1-12-2026, 2026-12-01).
    A quoted text is a phrase; an unclosed quote runs to the end (it is being typed).
    """
    known = list(known_areas)
    words: list[str] = []
    areas: list[str] = []
    tags: list[str] = []
    goals: list[str] = []
    problems: list[str] = []
    since: dt.date | None = None
    until: dt.date | None = None
    for match in _TOKEN.finditer(text):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            if phrase.strip():
                words.append(phrase.strip())
            continue
        if word.startswith("#"):
            if word.strip("#"):
                tags.append(word.lstrip("#"))
            continue
        name, colon, value = word.partition(":")
        kind = _FILTERS.get(name.casefold()) if colon else None
        if kind is None:
            words.append(word)
            continue
        if not value:
            continue  # still being typed
        if kind == "tag":
            tags.append(value.lstrip("#"))
        elif kind == "goal":
            goals.append(value)
        elif kind == "area":
            area = _resolve_area(value, known)
            if area is None:
                problems.append(t(lang, "journal.filter.unknown_area", area=one_line(value, 40)))
            else:
                areas.append(area)
        else:
            try:
                day = parse_date(value, lang)
            except DateError as error:
                problems.append(
                    t(lang, "journal.filter.bad_date", word=one_line(word, 40), reason=str(error))
                )
                continue
            if kind == "since":
                since = day
            else:
                until = day
    return Search(
        tuple(words), tuple(areas), tuple(tags), tuple(goals), since, until, tuple(problems)
    )


def _resolve_area(value: str, known: Sequence[str]) -> str | None:
    wanted = value.casefold()
    if not known:
        return value
    for area in known:
        if area.casefold() == wanted:
            return area
    alone = [area for area in known if area.partition("/")[2].casefold() == wanted]
    return alone[0] if len(alone) == 1 else None


def excerpt_of(excerpt: str, spans: Sequence[tuple[int, int]]) -> Excerpt:
    """The index's excerpt (already safe to show, one line) cut to EXCERPT characters,
    with the spans of its matches that are still in it."""
    text = excerpt
    if len(text) > EXCERPT:
        text = text[: EXCERPT - 1] + "…"
    limit = min(len(text), EXCERPT - 1) if len(excerpt) > EXCERPT else len(text)
    kept = tuple((a, min(b, limit)) for a, b in spans if a < min(b, limit))
    return Excerpt(text, kept)


def first_line(text: str) -> str:
    """The start of a reflection's text on one line, safe to show."""
    return one_line(text[: FIRST_LINE * 2], FIRST_LINE)


def refresh(store: Store, cache: Path) -> tuple[bool, list[BadFile]]:
    """Bring the index up to date with journal/ (reads only what changed): whether anything
    changed, and the files in it that could not be read."""
    from lederbog.store.index import Index

    index = Index(store, cache)
    try:
        done = index.refresh()
    finally:
        index.close()
    return bool(done.parsed or done.removed), list(done.problems)


def search(
    store: Store,
    cache: Path,
    wanted: Search,
    *,
    limit: int | None = None,
    refresh: bool = False,
    lang: str = "da",
) -> Found:
    """Reflections matching `wanted`, newest first (the newest `limit` when given).

    Opens and closes its own index connection: call it from the thread that uses it.
    With `refresh`, the index first reads what changed in journal/ since it was made.
    """
    from lederbog.store.index import Index, Query

    index = Index(store, cache)
    try:
        problems = index.refresh().problems if refresh else []
        # The words as `lederbog search` reads them: each in any of its forms (in the
        # leader's language), "ledel*" a prefix, a quoted text a phrase.
        query = Query(
            words=wanted.words,
            areas=wanted.areas,
            tags=wanted.tags,
            since=wanted.since,
            until=wanted.until,
            lang=lang,
        )
        # Goals are filtered here (the index does not know them as a filter): all hits first.
        # One more than asked for tells whether there are more.
        cut = None if wanted.goals or limit is None else limit + 1
        texts = not wanted.words  # an excerpt stands in for the first line of a match
        # Best first: exact matches, then other word forms, the newest first in each
        # (without words, simply the newest first).
        hits = index.search(query, cut, texts=texts, best_first=True, excerpt_size=EXCERPT)
    finally:
        index.close()
    if wanted.goals:
        goals = set(wanted.goals)
        hits = [hit for hit in hits if goals <= set(hit.goals)]
    complete = limit is None or len(hits) <= limit
    if limit is not None:
        hits = hits[:limit]
    entries = [
        Entry(
            id=hit.id,
            path=hit.path,
            date=hit.date,
            areas=tuple(hit.areas),
            tags=tuple(hit.tags),
            goals=tuple(hit.goals),
            shared=hit.shared,
            first_line=first_line(hit.text) if hit.text else "",
            excerpt=excerpt_of(hit.excerpt, hit.spans) if wanted.words and hit.excerpt else None,
        )
        for hit in hits
    ]
    return Found(entries, complete, list(problems))


def tags_in_use(entries: Iterable[Entry]) -> list[str]:
    """The tags already used, most used first (for completion)."""
    counts: dict[str, tuple[int, str]] = {}
    for entry in entries:
        for tag in entry.tags:
            key = tag.casefold()
            n, shown = counts.get(key, (0, tag))
            counts[key] = (n + 1, shown)
    return [shown for _, (n, shown) in sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0]))]


def split_tags(text: str) -> list[str]:
    """Tags typed as "mod, #feedback, svære samtaler": each without its '#', in order, once."""
    seen: set[str] = set()
    tags = []
    for part in text.split(","):
        tag = part.strip().lstrip("#").strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


# --- prompts ---------------------------------------------------------------------


def prompts_for(framework: Framework, area: Area, role: str, lang: str) -> list[str]:
    """The questions to reflect on in `area` for `role`: its items' own prompts and the
    area's; when it has none, its items (for that role) turned into questions."""
    prompts = [item.prompt for item in area.items_for(role) if item.prompt]
    if area.prompt:
        prompts.append(area.prompt)
    if not prompts:
        prompts = [
            t(lang, "prompt.from_item", text=" ".join(item.text.split()))
            for item in area.items_for(role)
        ]
    return list(dict.fromkeys(prompts))


def draw_prompt(prompts: Sequence[str], current: str, rng: random.Random) -> str | None:
    """One of `prompts`, never `current` when there is another; None when there are none."""
    others = [prompt for prompt in prompts if prompt != current] or list(prompts)
    if not others:
        return None
    return rng.choice(others)
