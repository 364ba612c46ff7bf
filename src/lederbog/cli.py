"""The `lederbog` command line.

Argument parsing only: each subcommand lives in `lederbog.commands.<name>` and
none of them imports Textual, so `lederbog note` starts fast. The full-screen
workbook is imported only when it is about to run.

Every command speaks the leader's language (`--lang`, else the profile's, else
Danish), its help included: the language is chosen from a quick look at the
command line and the profile before the parser is built.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from lederbog import __version__
from lederbog.commands._lang import argparse_language, choose_lang, domain_text, lang_value
from lederbog.errors import LederbogError, OutputFailed
from lederbog.i18n import Lang, t
from lederbog.text import one_line

COMMAND_MODULES = ("frameworks", "note", "search", "export", "review", "doctor")
OUTPUT_LOST = "could not write the output: {reason}"


class Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line and exit 2, never a usage dump.

    `lang` is set on the subclass that `parser_class(lang)` makes, so the parsers
    argparse makes for subcommands speak the same language.
    """

    lang: Lang = "da"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # An abbreviated option ("--la") would be read one way by the language scan and
        # another by argparse; options are written in full.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        # The message can quote what was typed: never let it carry escape sequences.
        line = t(self.lang, "cli.usage_error", prog=self.prog, message=one_line(message))
        self.exit(2, line + "\n")


def parser_class(lang: Lang) -> type[Parser]:
    return type("Parser", (Parser,), {"lang": lang})


def _common_options(lang: Lang) -> argparse.ArgumentParser:
    """Options every command accepts, before or after the command name."""
    common = parser_class(lang)(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar=t(lang, "cli.metavar.dir"),
        default=argparse.SUPPRESS,
        help=t(lang, "cli.data_dir.help"),
    )
    common.add_argument(
        "--lang",
        type=lang_value,
        choices=("da", "en"),
        metavar="da|en",
        default=argparse.SUPPRESS,
        help=t(lang, "cli.lang.help"),
    )
    return common


def command_asked_for(arguments: Sequence[str]) -> str | None:
    """The command a command line runs, when it is plainly one of ours (for building only
    its parser); None for help, the version, the workbook, or anything unclear."""
    takes_value = {"--data-dir", "--lang"}
    skip = False
    for argument in arguments:
        if skip:
            skip = False
            continue
        if argument in takes_value:
            skip = True
            continue
        if argument.startswith("-"):
            if not argument.startswith(("--data-dir=", "--lang=")):
                return None  # help, the version, --demo, or an option argparse is to judge
            continue
        return argument if argument in COMMAND_MODULES else None
    return None


def build_parser(lang: Lang = "da", only: str | None = None) -> Parser:
    """The parser in `lang`; build and use it inside `argparse_language(lang)`.

    With `only`, just that command's parser is added: every command module and its
    imports cost a search a few milliseconds at each run, and one command runs.
    """
    common = _common_options(lang)
    parser = parser_class(lang)(
        prog="lederbog",
        parents=[common],
        description=t(lang, "cli.description"),
        epilog=t(lang, "cli.epilog"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"lederbog {__version__}",
        help=t(lang, "cli.version.help"),
    )
    parser.add_argument("--demo", action="store_true", help=t(lang, "cli.demo.help"))
    sub = parser.add_subparsers(
        dest="command", metavar=t(lang, "cli.metavar.command"), parser_class=parser_class(lang)
    )
    from importlib import import_module

    for name in (only,) if only else COMMAND_MODULES:
        module = import_module(f"lederbog.commands.{name}")
        module.register(sub, common, lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _tolerate_narrow_encodings()
    arguments = list(sys.argv[1:] if argv is None else argv)
    lang = choose_lang(arguments)
    with argparse_language(lang):
        parser = build_parser(lang, command_asked_for(arguments))
        args = parser.parse_args(arguments)
        if getattr(args, "data_dir", None) == "":
            parser.error(t(lang, "cli.data_dir.empty"))
    args.lang = getattr(args, "lang", None) or lang
    try:
        from lederbog.entry import command_starts

        command_starts()
        if args.command is None:
            from lederbog.commands.workbook import run_workbook

            return run_workbook(args)
        run = args.run
        code = int(run(args))
        try:
            sys.stdout.flush()  # a full disk shows here, not after the exit code
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputFailed(OUTPUT_LOST.format(reason=error.strerror or error)) from None
        return code
    except OutputFailed as error:
        # The work is done; only what it printed was lost. Never let that read as a failure
        # that invites doing it again (a second note), and never as a traceback at exit.
        _silence_stdout()
        print(f"lederbog: {one_line(domain_text(args.lang, str(error)))}", file=sys.stderr)
        return error.exit_code
    except LederbogError as error:
        print(f"lederbog: {one_line(domain_text(args.lang, str(error)))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `lederbog search ... | head`: the reader left; that is not an error.
        sys.stderr.close()
        return 0
    except OSError as error:
        if _is_stdout_error(error):
            _silence_stdout()
            lost = OUTPUT_LOST.format(reason=error.strerror or error)
            print(f"lederbog: {domain_text(args.lang, lost)}", file=sys.stderr)
            return 1
        # A folder that cannot be read, a name too long: the system's words, on one line
        # (in the leader's language for the common ones).
        where = f": {error.filename}" if error.filename else ""
        said = domain_text(args.lang, str(error.strerror or error))
        print(f"lederbog: {one_line(f'{said}{where}')}", file=sys.stderr)
        return 1


def _is_stdout_error(error: OSError) -> bool:
    """Whether `error` came from writing standard output (a full disk: `>/dev/full`).
    Lederbog's own file errors name their file or become LederbogErrors first."""
    import errno

    if error.filename is not None:
        return False
    if error.errno in (errno.ENOSPC, errno.EIO, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        return True
    try:
        sys.stdout.flush()
    except OSError:
        return True
    return False


def _silence_stdout() -> None:
    """Drop what could not be written, so that Python's exit does not try (and fail) again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
    with contextlib.suppress(OSError):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives until the process ends


def _tolerate_narrow_encodings() -> None:
    """Output to a pipe on Windows uses a code page without æøå's friends (emoji):
    replace what it cannot show instead of failing half-way through a search."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
