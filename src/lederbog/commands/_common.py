"""What the record commands share: the data folder, dates, and references to areas,
items and tags, each checked with a message that says what is wrong."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from lederbog import paths
from lederbog.errors import LederbogError, UsageError
from lederbog.i18n import t
from lederbog.tags import TagError, clean_tag
from lederbog.text import one_line

if TYPE_CHECKING:
    from lederbog.frameworks import FrameworkSet
    from lederbog.store.store import Store


def lang_of(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", None) or "da")


NOT_A_FOLDER = "the data folder {path} is a file, not a folder; nothing was done"


def data_folder(args: argparse.Namespace) -> Path:
    """The data folder the command is to use; a file in its place is an error (a search
    there would answer "nothing matches", which is not true)."""
    folder = paths.data_dir(getattr(args, "data_dir", None))
    if folder.exists() and not folder.is_dir():
        raise LederbogError(NOT_A_FOLDER.format(path=folder))
    return folder


def store_of(args: argparse.Namespace) -> Store:
    from lederbog.store.store import Store

    return Store(data_folder(args))


def shown_path(path: Path) -> str:
    """A path the user can open from where they stand: absolute, as the system knows it."""
    return one_line(str(path if path.is_absolute() else Path.cwd() / path))


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(text: str, option: str, lang: str = "da") -> dt.date:
    # fromisoformat alone would also take 20260302 and 2026-W10-1: say what we document.
    shown = one_line(text, 40)
    match = _DATE.fullmatch(text)
    if not match:
        raise UsageError(t(lang, "cli.date.form", option=option, text=shown))
    year, month, day = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        pass
    if not 1 <= month <= 12:
        raise UsageError(t(lang, "cli.date.no_month", option=option, text=shown, month=month))
    if year < 1:
        raise UsageError(t(lang, "cli.date.no_year", option=option, text=shown))
    import calendar  # only to say what is wrong with a date; not at every start

    days = calendar.monthrange(year, month)[1]
    from lederbog.dates import month_name

    name = month_name(month, lang)
    raise UsageError(
        t(lang, "cli.date.no_day", option=option, text=shown, month=name, year=year, days=days)
    )


def check_range(since: dt.date | None, until: dt.date | None, lang: str = "da") -> None:
    if since is not None and until is not None and since > until:
        raise UsageError(
            t(lang, "cli.date.reversed", since=since.isoformat(), until=until.isoformat())
        )


def _parts(reference: str) -> tuple[str, str, str]:
    """framework, slash, rest of a reference, each without stray spaces around it."""
    framework_id, slash, rest = reference.strip().partition("/")
    return framework_id.strip(), slash, rest.strip()


def _known(frameworks: FrameworkSet) -> str:
    return ", ".join(f.id for f in frameworks)


def check_area(
    frameworks: FrameworkSet, reference: str, lang: str = "da", *, whole: bool = False
) -> str:
    """`reference` ("<framework>/<area>", trimmed) if it names an area; else one clear error.

    With `whole`, a framework's id alone ("stuk") is taken too: every area of it.
    """
    framework_id, slash, area_id = _parts(reference)
    shown = one_line(reference, 60)
    if whole and not slash and framework_id:
        if frameworks.get(framework_id) is None:
            raise LederbogError(
                t(lang, "cli.area.no_framework_alone", id=shown, known=_known(frameworks))
            )
        return framework_id
    if not slash or not area_id or not framework_id:
        key = "cli.area.form_whole" if whole else "cli.area.form"
        raise UsageError(t(lang, key, ref=shown))
    framework = frameworks.get(framework_id)
    if framework is None:
        raise LederbogError(
            t(
                lang,
                "cli.area.no_framework",
                ref=shown,
                id=one_line(framework_id, 40),
                known=_known(frameworks),
            )
        )
    if framework.area(area_id) is None:
        areas = ", ".join(a.id for a in framework.areas)
        raise LederbogError(
            t(lang, "cli.area.unknown", ref=shown, framework=framework.id, areas=areas)
        )
    return f"{framework_id}/{area_id}"


def check_item(frameworks: FrameworkSet, reference: str, lang: str = "da") -> tuple[str, str]:
    """(`"<framework>/<item>"`, `"<framework>/<area>"`) if `reference` names an item."""
    framework_id, slash, item_id = _parts(reference)
    shown = one_line(reference, 60)
    if not slash or not item_id or not framework_id:
        raise UsageError(t(lang, "cli.item.form", ref=shown))
    framework = frameworks.get(framework_id)
    if framework is None:
        raise LederbogError(
            t(
                lang,
                "cli.item.no_framework",
                ref=shown,
                id=one_line(framework_id, 40),
                known=_known(frameworks),
            )
        )
    found = framework.item(item_id)
    if found is None:
        raise LederbogError(t(lang, "cli.item.unknown", ref=shown, framework=framework.id))
    area, _ = found
    return f"{framework_id}/{item_id}", f"{framework_id}/{area.id}"


def check_tag(tag: str, lang: str = "da") -> str:
    """The tag as it is saved and searched for; a tag Lederbog would not find is refused."""
    try:
        return clean_tag(tag)
    except TagError as error:
        raise UsageError(t(lang, f"cli.tag.{error.reason}", tag=one_line(tag, 40))) from None
