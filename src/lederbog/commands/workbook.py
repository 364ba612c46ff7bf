"""`lederbog` without a command: the full-screen workbook (the only place Textual is imported)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lederbog import paths
from lederbog.errors import LederbogError
from lederbog.i18n import normalise_lang
from lederbog.store.layout import PROFILE
from lederbog.text import one_line

if TYPE_CHECKING:
    from lederbog.model.records import Profile


def run_workbook(args: argparse.Namespace) -> int:
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise LederbogError(
            "the workbook needs a terminal; for scripts use a command (see 'lederbog --help')"
        )
    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    profile = _profile(data_dir)
    chosen = getattr(args, "lang", None) or (profile.language if profile else None)
    lang = normalise_lang(chosen)
    roles = {c.id: c.role for c in profile.frameworks if c.role} if profile else {}
    from lederbog.ui.app import make_app

    make_app(data_dir, lang, initial_roles=roles).run()
    return 0


def _profile(data_dir: Path) -> Profile | None:
    """The leader's profile if it can be read; a broken one is for `lederbog doctor` to name."""
    from lederbog.store.codec import RecordError
    from lederbog.store.store import Store

    try:
        return Store(data_dir).profile()
    except RecordError as error:
        print(f"lederbog: {one_line(f'{data_dir / PROFILE}: {error}')}; not used", file=sys.stderr)
        return None
