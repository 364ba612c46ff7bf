"""`lederbog` without a command: the full-screen workbook (the only place Textual is imported)."""

from __future__ import annotations

import argparse
import sys

from lederbog import paths
from lederbog.errors import LederbogError


def run_workbook(args: argparse.Namespace) -> int:
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise LederbogError(
            "the workbook needs a terminal; for scripts use a command (see 'lederbog --help')"
        )
    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    from lederbog.ui.app import make_app

    make_app(data_dir, getattr(args, "lang", None), onboarding=True).run()
    return 0
