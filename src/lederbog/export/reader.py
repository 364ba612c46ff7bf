"""Reading an export someone else made (`lederbog review`): capped, guarded, validated.

An export is another person's file: it may be huge, binary, deeply nested, of a
newer schema, or hostile. Everything is checked before anything is shown; a bad
file is one clear `ExportError` naming it, never a hang or a traceback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from lederbog.errors import LederbogError
from lederbog.export.model import (
    KIND,
    SCHEMA,
    Export,
    ExportArea,
    ExportAssessment,
    ExportCheckIn,
    ExportFramework,
    ExportGoal,
    ExportItem,
    ExportReflection,
)

MAX_EXPORT_BYTES = 20 * 1024 * 1024
MAX_TEXT = 1_000_000  # characters in one text (a reflection is far shorter)
MAX_ENTRIES = 200_000  # entries in one list
STATUSES = ("active", "paused", "done", "dropped")

T = TypeVar("T")


class ExportError(LederbogError):
    """An export that cannot be read; the message names the file and says why."""


def read_bytes_capped(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, at most `limit` (FIFOs and devices refused, never read)."""
    from lederbog.safefile import read_file, reason

    try:
        return read_file(path, max_bytes=limit)
    except OSError as error:
        raise ExportError(f"{path}: {reason(error)}") from None


def _parse(data: bytes, path: Path) -> dict[str, Any]:
    from lederbog.safetoml import TomlRefused, loads_guarded

    try:
        return loads_guarded(data, name=str(path), max_bytes=MAX_EXPORT_BYTES)
    except TomlRefused as error:
        raise ExportError(error.describe()) from None


class _Check:
    """Typed access to one table of the export, with the path of the key in errors."""

    def __init__(self, path: Path, table: object, where: str) -> None:
        if not isinstance(table, dict):
            raise ExportError(f"{path}: {where or 'the file'} must be a table")
        self.path, self.table, self.where = path, table, where

    def fail(self, key: str, message: str) -> ExportError:
        name = f"{self.where}.{key}" if self.where else key
        return ExportError(f"{self.path}: {name} {message}")

    def get(self, key: str, kind: type[T], default: T | None = None) -> T:
        value = self.table.get(key, default)
        if value is None:
            raise self.fail(key, "is missing")
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            raise self.fail(key, f"must be {kind.__name__}, not {type(value).__name__}")
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise self.fail(key, "is too long")
        if isinstance(value, list | dict) and len(value) > MAX_ENTRIES:
            raise self.fail(key, "has too many entries")
        return value

    def text(self, key: str) -> str:
        return self.get(key, str, "")

    def date(self, key: str, required: bool = True) -> dt.date | None:
        value = self.table.get(key)
        if value is None and not required:
            return None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise self.fail(key, "must be a date")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        values = self.get(key, list, [])
        if not all(isinstance(v, str) and len(v) <= 1000 for v in values):
            raise self.fail(key, "must be a list of short texts")
        return tuple(values)

    def tables(self, key: str) -> list[_Check]:
        values = self.get(key, list, [])
        prefix = f"{self.where}." if self.where else ""
        return [_Check(self.path, v, f"{prefix}{key}[{n}]") for n, v in enumerate(values)]

    def progress(self, key: str) -> int:
        value = self.get(key, int)
        if not 0 <= value <= 100:
            raise self.fail(key, "must be between 0 and 100")
        return value

    def scores(self, key: str) -> dict[str, int]:
        table = self.get(key, dict, {})
        for area, score in table.items():
            if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
                raise self.fail(f"{key}.{area}", "must be a rating from 1 to 5")
        return dict(table)

    def notes(self, key: str) -> dict[str, str]:
        table = self.get(key, dict, {})
        if not all(isinstance(v, str) and len(v) <= MAX_TEXT for v in table.values()):
            raise self.fail(key, "must map areas to texts")
        return dict(table)


def from_document(doc: Mapping[str, Any], path: Path) -> Export:
    top = _Check(path, dict(doc), "")
    if doc.get("kind") != KIND:
        raise ExportError(f"{path}: not an export of Lederbog (kind must be '{KIND}')")
    schema = top.get("schema", int)
    if schema > SCHEMA:
        raise ExportError(
            f"{path}: made by a newer Lederbog (export schema {schema}; this one reads "
            f"{SCHEMA}); update Lederbog to read it"
        )
    leader = _Check(path, doc.get("leader", {}), "leader")
    period = _Check(path, doc.get("period"), "period")
    generated = doc.get("generated")
    if not isinstance(generated, dt.datetime):
        raise top.fail("generated", "must be a date and time")
    language = top.text("language") or "da"
    frameworks = tuple(
        ExportFramework(
            id=f.get("id", str),
            title=f.text("title"),
            role=f.text("role"),
            role_title=f.text("role_title"),
            areas=tuple(ExportArea(a.get("id", str), a.text("title")) for a in f.tables("areas")),
            items=tuple(ExportItem(i.get("id", str), i.text("text")) for i in f.tables("items")),
        )
        for f in top.tables("frameworks")
    )
    seen: set[str] = set()
    for n, framework in enumerate(frameworks):
        if framework.id in seen:
            raise ExportError(f"{path}: frameworks[{n}].id '{framework.id}' appears twice")
        seen.add(framework.id)
        areas = [a.id for a in framework.areas]
        if len(set(areas)) != len(areas):
            twice = next(a for a in areas if areas.count(a) > 1)
            raise ExportError(f"{path}: frameworks[{n}].areas: the id '{twice}' appears twice")
    goals = []
    for g in top.tables("goals"):
        status = g.get("status", str)
        if status not in STATUSES:
            raise g.fail("status", f"must be one of {', '.join(STATUSES)}")
        goals.append(
            ExportGoal(
                id=g.get("id", str),
                framework=g.get("framework", str),
                area=g.get("area", str),
                title=g.text("title"),
                status=status,
                progress=g.progress("progress"),
                why=g.text("why"),
                success=g.text("success"),
                due=g.date("due", required=False),
                items=g.strings("items"),
                checkins=tuple(
                    ExportCheckIn(
                        c.date("date") or dt.date.min, c.progress("progress"), c.text("note")
                    )
                    for c in g.tables("checkins")
                ),
                created=g.date("created", required=False),
            )
        )
    assessments = tuple(
        ExportAssessment(
            date=a.date("date") or dt.date.min,
            framework=a.get("framework", str),
            scores=a.scores("scores"),
            notes=a.notes("notes"),
        )
        for a in top.tables("assessments")
    )
    reflections = tuple(
        ExportReflection(
            date=r.date("date") or dt.date.min,
            text=r.text("text"),
            areas=r.strings("areas"),
            goals=r.strings("goals"),
            items=r.strings("items"),
            tags=r.strings("tags"),
            prompt=r.text("prompt"),
            id=r.text("id"),
        )
        for r in top.tables("reflections")
    )
    since, until = period.date("since"), period.date("until")
    assert since is not None and until is not None
    total = top.get("reflections_total", int, len(reflections))
    return Export(
        name=leader.text("name"),
        organisation=leader.text("organisation"),
        language=language if language in ("da", "en") else "da",
        since=since,
        until=until,
        generated=generated,
        frameworks=frameworks,
        goals=tuple(goals),
        assessments=assessments,
        reflections=reflections,
        reflections_total=max(total, len(reflections)),
    )


def read_export(path: Path) -> Export:
    """The export in `path`, or ExportError naming the file and the reason."""
    data = read_bytes_capped(path, MAX_EXPORT_BYTES)
    return from_document(_parse(data, path), path)
