"""`lederbog --demo`: the workbook on a sample leader's year, in a temporary folder.

The records are written through the store (so they are what a real leader's
would be) into a fresh temporary folder, dated so the last entry is from
yesterday. The folder, and the index made for it, are removed when the demo
ends, however it ends: a normal quit, an exception, SIGTERM or SIGHUP.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from lederbog.demo import entries
from lederbog.model.records import (
    Assessment,
    CheckIn,
    FrameworkChoice,
    Goal,
    GoalStatus,
    Profile,
    Reflection,
)
from lederbog.store.store import Store

PREFIX = "lederbog-demo-"
PID_FILE = "pid"  # the process whose demo it is: a folder whose process is gone was abandoned
_OFFSET = dt.timezone(dt.timedelta(hours=1))


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=_OFFSET)


def build(data_dir: Path, today: dt.date, lang: str = "da") -> None:
    """Write the sample leader's profile, goals, reflections and assessments into `data_dir`."""
    store = Store(data_dir)

    def day(days_ago: int) -> dt.date:
        return today - dt.timedelta(days=days_ago)

    store.save(
        Profile(
            entries.NAME,
            entries.ORGANISATION,
            lang,
            [FrameworkChoice(entries.FRAMEWORK, entries.ROLE)],
        )
    )
    goal_ids: dict[str, str] = {}
    for goal in entries.GOALS:
        goal_id = store.new_goal_id(goal.title)
        goal_ids[goal.key] = goal_id
        status: GoalStatus = goal.status  # type: ignore[assignment]  # one of GOAL_STATUSES
        store.save(
            Goal(
                id=goal_id,
                created=_at(day(goal.days_ago), 9, 15),
                framework=entries.FRAMEWORK,
                area=goal.area,
                title=goal.title,
                why=goal.why,
                success=goal.success,
                due=today + dt.timedelta(days=goal.due_in) if goal.due_in is not None else None,
                status=status,
                checkins=[CheckIn(day(c.days_ago), c.progress, c.note) for c in goal.checkins],
            )
        )
    for n, entry in enumerate(entries.REFLECTIONS):
        date = day(entry.days_ago)
        store.save(
            Reflection(
                id=f"demo{n:03d}",
                created=_at(date, 16 + n % 3, (n * 17) % 60),
                date=date,
                text=entry.text,
                areas=list(entry.areas),
                goals=[goal_ids[key] for key in entry.goals],
                tags=list(entry.tags),
                prompt=entry.prompt,
                shared=entry.shared,
            )
        )
    for n, assessment in enumerate(entries.ASSESSMENTS):
        date = day(assessment.days_ago)
        store.save(
            Assessment(
                id=f"demo{n:03d}",
                created=_at(date, 14, 30),
                date=date,
                framework=entries.FRAMEWORK,
                scores=dict(assessment.scores),
                notes=dict(assessment.notes),
            )
        )


class _Stop(BaseException):
    """SIGTERM or SIGHUP arrived: unwind so every `finally` runs, then exit."""


def _stop(signum: int, frame: FrameType | None) -> None:
    raise _Stop(signum)


@contextlib.contextmanager
def demo_folder(today: dt.date | None = None, lang: str = "da") -> Iterator[Path]:
    """A temporary data folder with the sample leader's year, removed on the way out.

    The search index goes into the same temporary folder ($LEDERBOG_CACHE_DIR for
    the demo's lifetime), so nothing of the demo is left anywhere.
    """
    _remove_abandoned()
    root = Path(tempfile.mkdtemp(prefix=PREFIX))
    old_env = os.environ.get("LEDERBOG_CACHE_DIR")
    old_handlers: dict[int, object] = {}
    try:
        (root / PID_FILE).write_text(str(os.getpid()), encoding="ascii")
        for signum in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
            if signum is not None:
                with contextlib.suppress(ValueError):  # not the main thread: no handlers
                    old_handlers[signum] = signal.signal(signum, _stop)
        os.environ["LEDERBOG_CACHE_DIR"] = str(root / "cache")
        data = root / "data"
        build(data, today or dt.date.today(), lang)
        yield data
    finally:
        for signum, handler in old_handlers.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        if old_env is None:
            os.environ.pop("LEDERBOG_CACHE_DIR", None)
        else:
            os.environ["LEDERBOG_CACHE_DIR"] = old_env
        shutil.rmtree(root, ignore_errors=True)


def _remove_abandoned() -> None:
    """Remove demo folders left by a demo that was killed outright (SIGKILL, a power cut).

    Only folders of this user with Lederbog's prefix whose process no longer runs:
    a demo running in another terminal keeps its folder.
    """
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            if not folder.is_dir() or folder.is_symlink() or folder.stat().st_uid != os.getuid():
                continue
            pid = int((folder / PID_FILE).read_text(encoding="ascii"))
        except (OSError, ValueError, AttributeError):
            continue  # not ours to judge (no pid file yet, another user's, not a number)
        if not _running(pid):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but is not ours to signal
    return True


def stopped_by_signal(error: BaseException) -> int | None:
    """The signal number when `error` is the demo being stopped by SIGTERM/SIGHUP."""
    return int(error.args[0]) if isinstance(error, _Stop) else None
