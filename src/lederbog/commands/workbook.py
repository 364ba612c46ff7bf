"""`lederbog` without a command: the full-screen workbook (the only place Textual is imported)."""

from __future__ import annotations

import argparse
import sys

from lederbog import paths
from lederbog.errors import LederbogError
from lederbog.i18n import normalise_lang, t


def run_workbook(args: argparse.Namespace) -> int:
    # The language was chosen by the command line (--lang, else the profile's, else Danish).
    lang = normalise_lang(getattr(args, "lang", None))
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise LederbogError(t(lang, "cli.workbook.no_terminal"))
    if getattr(args, "demo", False):
        return run_demo(lang)
    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    from lederbog.ui.app import make_app

    make_app(data_dir, getattr(args, "lang", None), onboarding=True).run()
    return 0


def run_demo(lang: str) -> int:
    """The workbook on the sample leader, in a temporary folder removed however it ends."""
    from lederbog.demo import demo_folder, stopped_by_signal

    try:
        with demo_folder(lang=lang) as data_dir:
            from lederbog.ui.app import make_app

            make_app(data_dir, lang, demo=True).run()
    except BaseException as error:
        signum = stopped_by_signal(error)
        if signum is None:
            raise
        return 128 + signum
    return 0
