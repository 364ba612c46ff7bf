"""The `lederbog` command line.

Argument parsing only: each subcommand lives in `lederbog.commands.<name>` and
none of them imports Textual, so `lederbog note` starts fast. The full-screen
workbook is imported only when it is about to run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from lederbog import __version__
from lederbog.errors import LederbogError
from lederbog.text import one_line

COMMAND_MODULES = ("frameworks", "note", "search", "doctor")


class Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line and exit 2, never a usage dump."""

    def error(self, message: str) -> NoReturn:
        # The message can quote what was typed: never let it carry escape sequences.
        self.exit(2, f"{self.prog}: {one_line(message)} (see '{self.prog} --help')\n")


def _common_options() -> argparse.ArgumentParser:
    """Options every command accepts, before or after the command name."""
    common = Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the data folder (default: $LEDERBOG_DATA_DIR, else the platform's user data folder)",
    )
    common.add_argument(
        "--lang",
        choices=("da", "en"),
        default=argparse.SUPPRESS,
        help="language of the workbook's screens (default: the profile's, else Danish)",
    )
    return common


def build_parser() -> Parser:
    common = _common_options()
    parser = Parser(
        prog="lederbog",
        parents=[common],
        description=(
            "Lederbog, a workbook for personal leadership development. "
            "Without a command it opens the full-screen workbook."
        ),
        epilog="Run 'lederbog COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"lederbog {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the workbook on a sample leader's year (a temporary copy, removed on exit)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    from importlib import import_module

    for name in COMMAND_MODULES:
        module = import_module(f"lederbog.commands.{name}")
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _tolerate_narrow_encodings()
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "data_dir", None) == "":
        parser.error("--data-dir is empty")
    try:
        if args.command is None:
            from lederbog.commands.workbook import run_workbook

            return run_workbook(args)
        run = args.run
        return int(run(args))
    except LederbogError as error:
        print(f"lederbog: {one_line(str(error))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `lederbog search ... | head`: the reader left; that is not an error.
        sys.stderr.close()
        return 0
    except OSError as error:
        # A folder that cannot be read, a name too long: the system's words, on one line.
        where = f": {error.filename}" if error.filename else ""
        print(f"lederbog: {one_line(f'{error.strerror or error}{where}')}", file=sys.stderr)
        return 1


def _tolerate_narrow_encodings() -> None:
    """Output to a pipe on Windows uses a code page without æøå's friends (emoji):
    replace what it cannot show instead of failing half-way through a search."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
