"""What the journal's tests share: seeding reflections and goals, waiting for the list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.pilot import Pilot

from lederbog.model.records import FrameworkChoice, Goal, Profile, Reflection
from lederbog.store.store import Store
from lederbog.ui.app import LederbogApp, make_app
from lederbog.ui.screens.journal import JournalScreen
from lederbog.ui.screens.reflection_editor import ReflectionEditor
from lederbog.ui.widgets.reflection_list import ReflectionList

TODAY = dt.date(2026, 12, 1)
CREATED = dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def today() -> dt.date:
    return TODAY


def seed_profile(data_dir: Path) -> None:
    Store(data_dir).save(
        Profile(
            name="Mette Holm",
            organisation="STUK",
            language="da",
            frameworks=[FrameworkChoice("stuk", "teamleder")],
        )
    )


def seed(data_dir: Path, *reflections: Reflection) -> None:
    store = Store(data_dir)
    for record in reflections:
        store.save(record)


def reflection(rid: str, day: dt.date, text: str, **fields: object) -> Reflection:
    return Reflection(id=rid, created=CREATED, date=day, text=text, **fields)  # type: ignore[arg-type]


def seed_goal(data_dir: Path, goal_id: str, title: str, status: str = "active") -> Goal:
    goal = Goal(
        id=goal_id,
        created=CREATED,
        framework="stuk",
        area="driftsledelse",
        title=title,
        status=status,  # type: ignore[arg-type]
    )
    Store(data_dir).save(goal)
    return goal


def app_for(data_dir: Path, lang: str = "da", start: str | None = None) -> LederbogApp:
    return make_app(data_dir, lang, today=today, start=start)


async def open_journal(pilot: Pilot[None]) -> JournalScreen:
    """Press 4 and wait for the list to arrive."""
    await pilot.press("4")
    return await journal_loaded(pilot)


async def journal_loaded(pilot: Pilot[None], text: str | None = None) -> JournalScreen:
    """The journal screen once the list for `text` (the search as typed) is shown."""
    app = pilot.app
    for _ in range(400):
        await pilot.pause(0.01)
        screen = app.screen
        ready = isinstance(screen, JournalScreen) and screen.loaded
        if ready and (text is None or screen.shown_text == text):
            assert isinstance(screen, JournalScreen)
            await _workers_done(app)
            await pilot.pause()
            return screen
    raise AssertionError(f"the journal never showed the list (screen: {app.screen!r})")


async def _workers_done(app: LederbogApp) -> None:
    """Wait for the app's workers; one cancelled by a newer one (an exclusive worker
    overtaken, e.g. a search by the next keystroke) is not a failure."""
    from textual.worker import WorkerCancelled

    for _ in range(20):
        try:
            await app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            continue


async def editor_open(pilot: Pilot[None]) -> ReflectionEditor:
    for _ in range(200):
        await pilot.pause(0.01)
        if isinstance(pilot.app.screen, ReflectionEditor):
            await pilot.pause()
            return pilot.app.screen
    raise AssertionError(f"the editor did not open (screen: {pilot.app.screen!r})")


def listed_ids(screen: JournalScreen) -> list[str]:
    return [entry.id for entry in screen.query_one(ReflectionList).entries]


def list_lines(screen: JournalScreen) -> list[str]:
    """The list's lines as drawn on screen (what the leader sees), as plain text."""
    widget = screen.query_one(ReflectionList)
    lines = []
    for y in range(widget.size.height):
        strip = widget.render_line(y)
        lines.append("".join(segment.text for segment in strip))
    return lines


def journal_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "journal").rglob("*.toml"))


async def dialog(pilot: Pilot[None], kind: type) -> object:
    """The dialog of `kind` once it is on screen and laid out (ready for a click)."""
    for _ in range(200):
        await pilot.pause(0.01)
        screen = pilot.app.screen
        if isinstance(screen, kind) and screen.is_mounted and screen.size.width:
            await pilot.pause()
            return screen
    raise AssertionError(f"no {kind.__name__} (screen: {pilot.app.screen!r})")
