"""What the record commands share: the data folder, dates, and references to areas."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from lederbog import paths
from lederbog.errors import LederbogError, UsageError
from lederbog.text import one_line

if TYPE_CHECKING:
    from lederbog.frameworks import FrameworkSet
    from lederbog.store.store import Store


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


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(text: str, option: str) -> dt.date:
    # fromisoformat alone would also take 20260302 and 2026-W10-1: say what we document.
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"{option} must be a date written YYYY-MM-DD (like 2026-03-31), "
            f"not '{one_line(text, 40)}'"
        ) from None


def check_area(frameworks: FrameworkSet, reference: str) -> str:
    """`reference` ("<framework>/<area>") if it names an area; else one clear error."""
    framework_id, slash, area_id = reference.partition("/")
    framework = frameworks.get(framework_id)
    shown = one_line(reference, 60)
    if not slash or not area_id:
        raise UsageError(f"--area must be FRAMEWORK/AREA (like stuk/driftsledelse), not '{shown}'")
    if framework is None:
        known = ", ".join(f.id for f in frameworks)
        raise LederbogError(
            f"unknown area '{shown}': no framework '{one_line(framework_id, 40)}' (known: {known})"
        )
    if framework.area(area_id) is None:
        areas = ", ".join(a.id for a in framework.areas)
        raise LederbogError(f"unknown area '{shown}' (areas of {framework.id}: {areas})")
    return reference
