"""The first code of every `lederbog` run (the console script and `python -m lederbog`).

Until a command starts, nothing is worth a traceback: ctrl-c while Python
imports the command line or parses the arguments ends the process at once
with exit 130, as a shell expects. The handler is put back to Python's own
(KeyboardInterrupt) just before a command runs, so that a save interrupted by
ctrl-c still cleans up its temporary file.
"""

import contextlib
import os
import signal
import sys


def _leave(signum: int, frame: object) -> None:
    os._exit(130)  # nothing has been written yet: there is nothing to flush or clean up


def main() -> int:
    # ValueError: not the main thread (an embedding program): keep its handling.
    with contextlib.suppress(ValueError):
        signal.signal(signal.SIGINT, _leave)
    try:
        from lederbog.cli import main as run

        return run()
    except KeyboardInterrupt:
        return 130


def starting_up() -> bool:
    """Whether ctrl-c still ends the process at once (before any command has run)."""
    return signal.getsignal(signal.SIGINT) is _leave


def command_starts() -> None:
    """From here on ctrl-c is a KeyboardInterrupt, caught by the command line (exit 130)."""
    if starting_up():
        signal.signal(signal.SIGINT, signal.default_int_handler)


if __name__ == "__main__":  # pragma: no cover - `python -m lederbog` goes through __main__
    sys.exit(main())
