"""Records to TOML and back, with every field checked on the way in.

`encode` gives the exact bytes of a record file; `decode` turns a parsed file
into a record or raises `RecordError` with a reason a person can act on.
Keys the program does not know are kept in `extra` and written back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import tomli_w

from lederbog.errors import LederbogError
from lederbog.model.records import (
    GOAL_STATUSES,
    Assessment,
    CheckIn,
    FrameworkChoice,
    Goal,
    Origin,
    Profile,
    Record,
    Reflection,
    StatusChange,
)
from lederbog.safetoml import TomlRefused, loads_guarded

SCHEMA = 1
KINDS = {Profile: "profile", Goal: "goal", Reflection: "reflection", Assessment: "assessment"}
ENVELOPE = ("schema", "kind")


class RecordError(ValueError):
    """A record file that cannot be used as it is; `reason` says why."""


class NewerSchemaError(RecordError):
    """A file written by a newer Lederbog: left alone, never rewritten."""


class UnstorableText(LederbogError):
    """Text that TOML cannot hold (a lone surrogate); refused before anything is written."""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- writing ------------------------------------------------------------------


def _check_storable(value: object, where: str) -> None:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            bad = value[error.start]
            raise UnstorableText(
                f"the {where} contains a character that cannot be saved "
                f"(U+{ord(bad):04X}, a lone surrogate, at position {error.start}); "
                "nothing was written"
            ) from None
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _check_storable(key, f"name of a field in {where}")
            _check_storable(item, f"'{key}'" if where == "record" else where)
    elif isinstance(value, list | tuple):
        for item in value:
            _check_storable(item, where)
    elif isinstance(value, dt.datetime):
        offset = value.utcoffset()
        # No offset is a TOML local date-time, fine in a key Lederbog does not
        # know; 'created' must have one (encode checks that).
        if offset is not None and offset.total_seconds() % 60:
            raise UnstorableText(
                f"the time in {where} has a UTC offset with seconds, which TOML cannot hold"
            )


def _profile_doc(p: Profile) -> dict[str, Any]:
    return {
        "name": p.name,
        "organisation": p.organisation,
        "language": p.language,
        "frameworks": [
            {"id": c.id, **({"role": c.role} if c.role else {}), **c.extra} for c in p.frameworks
        ],
    }


def _goal_doc(g: Goal) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": g.id,
        "created": g.created,
        "framework": g.framework,
        "area": g.area,
        "title": g.title,
        "why": g.why,
        "success": g.success,
    }
    if g.due is not None:
        doc["due"] = g.due
    doc["status"] = g.status
    doc["items"] = list(g.items)
    if g.status_changes:
        doc["status_changes"] = [
            {"date": c.date, "status": c.status, **c.extra} for c in g.status_changes
        ]
    doc["checkins"] = [
        {"date": c.date, "progress": c.progress, "note": c.note, **c.extra} for c in g.checkins
    ]
    return doc


# Written as `[[checkins]]` tables, one after another, whatever their length: a new
# check-in then adds lines at the end of the file, which reads well in an editor and
# in a sync tool's diff. tomli-w would put short ones in one inline array.
_TABLE_ARRAYS = ("status_changes", "checkins")


def _flat(row: object) -> bool:
    """A table with no tables inside (written under its own header, its keys stay its own)."""

    def nested(value: object) -> bool:
        if isinstance(value, Mapping):
            return True
        if isinstance(value, list | tuple):
            return any(nested(item) for item in value)
        return False

    return isinstance(row, Mapping) and not any(nested(v) for v in row.values())


def _dumps(doc: dict[str, Any], multiline: bool) -> str:
    arrays = {
        key: doc[key]
        for key in _TABLE_ARRAYS
        if isinstance(doc.get(key), list) and doc[key] and all(_flat(row) for row in doc[key])
    }
    head = {key: value for key, value in doc.items() if key not in arrays}
    parts = [tomli_w.dumps(head, multiline_strings=multiline)]
    for key, rows in arrays.items():
        for row in rows:
            parts.append(f"\n[[{key}]]\n{tomli_w.dumps(row, multiline_strings=multiline)}")
    return "".join(parts)


def _reflection_doc(r: Reflection) -> dict[str, Any]:
    return {
        "id": r.id,
        "created": r.created,
        "date": r.date,
        "areas": list(r.areas),
        "goals": list(r.goals),
        "items": list(r.items),
        "tags": list(r.tags),
        "prompt": r.prompt,
        "shared": r.shared,
        "text": r.text,
    }


def _assessment_doc(a: Assessment) -> dict[str, Any]:
    return {
        "id": a.id,
        "created": a.created,
        "date": a.date,
        "framework": a.framework,
        "scores": dict(a.scores),
        "notes": dict(a.notes),
    }


def to_document(record: Record) -> dict[str, Any]:
    """The record as a TOML document (a dict), envelope first, unknown keys last."""
    body: dict[str, Any]
    if isinstance(record, Profile):
        body = _profile_doc(record)
    elif isinstance(record, Goal):
        body = _goal_doc(record)
    elif isinstance(record, Reflection):
        body = _reflection_doc(record)
    else:
        body = _assessment_doc(record)
    doc = {"schema": SCHEMA, "kind": KINDS[type(record)], **body}
    for key, value in record.extra.items():
        doc.setdefault(key, value)
    return doc


def encode(record: Record) -> bytes:
    """The bytes of the record's file; raises UnstorableText before anything is written."""
    doc = to_document(record)
    created = doc.get("created")
    if isinstance(created, dt.datetime) and created.utcoffset() is None:
        raise UnstorableText("the time in 'created' has no UTC offset; nothing was written")
    _check_storable(doc, "record")
    # Multi-line strings read best in an editor, but tomli-w turns CRLF into LF
    # in them; every file is read back before use, and the plain form (which
    # escapes everything) is the fallback that always holds the text exactly.
    for multiline in (True, False):
        data = _dumps(doc, multiline).encode("utf-8")
        if _reads_back(data, doc):
            if record.origin is not None:
                data = restore_precise_times(data, doc, record.origin.precise)
            return data
    raise UnstorableText("the record would not read back exactly as written; nothing was written")


def is_own_form(data: bytes, record: Record) -> bool:
    """Whether `data`, which was parsed into `record`, is exactly what `encode` writes for it.

    Then the file holds nothing but the record in Lederbog's own layout (check-ins last,
    each under its own `[[checkins]]`), and a check-in can be added by appending.
    """
    try:
        text = data.decode("utf-8")
        doc = to_document(record)
        return any(text == _dumps(doc, multiline) for multiline in (True, False))
    except (ValueError, TypeError):  # what tomli-w cannot write was never written by it
        return False


def append_checkins(
    data: bytes, before: dict[str, Any], record: Goal
) -> tuple[bytes, list[dict[str, Any]]] | None:
    """`record` as `data` plus new `[[checkins]]` tables (and those check-ins), or None.

    `data` must be in Lederbog's own form for the document `before` (see `is_own_form`),
    and `record` must be that goal with check-ins added at the end and nothing else
    changed. Only the added tables are rendered and read back: the cost of a check-in
    does not grow with the goal's history.
    """
    after = to_document(record)
    old_rows, new_rows = before.get("checkins"), after.get("checkins")
    if not isinstance(old_rows, list) or not isinstance(new_rows, list) or not old_rows:
        return None  # no [[checkins]] to append to (an empty list is written inline)
    added = new_rows[len(old_rows) :]
    if not added or new_rows[: len(old_rows)] != old_rows:
        return None
    if {k: v for k, v in after.items() if k != "checkins"} != {
        k: v for k, v in before.items() if k != "checkins"
    }:
        return None
    if not all(_flat(row) for row in old_rows + added):
        return None
    _check_storable(added, "'checkins'")
    for multiline in (True, False):
        tail = "".join(
            f"\n[[checkins]]\n{tomli_w.dumps(row, multiline_strings=multiline)}" for row in added
        )
        try:
            back = tomllib.loads(tail)
        except (ValueError, RecursionError):
            continue
        if _same(back, {"checkins": added}):
            return data + tail.encode("utf-8"), added
    return None


def _reads_back(data: bytes, doc: dict[str, Any]) -> bool:
    try:
        back = decode(tomllib.loads(data.decode("utf-8")))
    except (ValueError, RecursionError):
        return False
    return _same(to_document(back), doc)


def _same(back: object, sent: object) -> bool:
    """`back == sent`, except that nan (a hand-edited file may hold one) matches nan."""
    if isinstance(sent, dict):
        return (
            isinstance(back, dict)
            and back.keys() == sent.keys()
            and all(_same(back[key], value) for key, value in sent.items())
        )
    if isinstance(sent, list):
        return (
            isinstance(back, list)
            and len(back) == len(sent)
            and all(_same(b, s) for b, s in zip(back, sent, strict=True))
        )
    if isinstance(sent, float) and sent != sent:
        return isinstance(back, float) and back != back
    return back == sent


# --- reading ------------------------------------------------------------------

T = TypeVar("T")


class _Fields:
    """Typed access to a parsed table; every complaint is a RecordError."""

    def __init__(self, table: Mapping[str, Any], known: set[str], where: str = "") -> None:
        self.table = table
        self.known = known
        self.where = where

    def extra(self) -> dict[str, Any]:
        return {k: v for k, v in self.table.items() if k not in self.known}

    def _name(self, key: str) -> str:
        return f"'{self.where}{key}'"

    def get(self, key: str, kind: type[T], default: T | None, what: str) -> T:
        if key not in self.table:
            if default is None:
                raise RecordError(f"{self._name(key)} is missing")
            return default
        value = self.table[key]
        # bool is an int in Python, but not in TOML
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise RecordError(f"{self._name(key)} must be {what}")
        return value

    def text(self, key: str, default: str | None = "") -> str:
        return self.get(key, str, default, "text")

    def ident(self, key: str) -> str:
        value = self.text(key, None)
        if not value:
            raise RecordError(f"{self._name(key)} is empty")
        return value

    def strings(self, key: str) -> list[str]:
        values = self.get(key, list, [], "a list of texts")
        if not all(isinstance(v, str) for v in values):
            raise RecordError(f"{self._name(key)} must be a list of texts")
        return list(values)

    def date(self, key: str, *, required: bool = True) -> dt.date:
        value = self.table.get(key)
        if value is None and not required:
            return None  # type: ignore[return-value]
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise RecordError(f"{self._name(key)} must be a date (YYYY-MM-DD)")
        return value

    def created(self) -> dt.datetime:
        value = self.table.get("created")
        if not isinstance(value, dt.datetime) or value.utcoffset() is None:
            raise RecordError(
                f"{self._name('created')} must be a date and time with an offset "
                "(2026-11-25T09:30:00+01:00)"
            )
        return value


def _profile(f: _Fields) -> Profile:
    choices = []
    for n, entry in enumerate(f.get("frameworks", list, [], "a list of tables")):
        if not isinstance(entry, dict):
            raise RecordError("'frameworks' must be a list of tables")
        c = _Fields(entry, {"id", "role"}, f"frameworks[{n}].")
        choices.append(FrameworkChoice(c.ident("id"), c.text("role"), c.extra()))
    language = f.text("language", "da")
    if language not in ("da", "en"):
        raise RecordError('\'language\' must be "da" or "en"')
    return Profile(f.text("name"), f.text("organisation"), language, choices, f.extra())


def _goal(f: _Fields) -> Goal:
    status = f.text("status", "active")
    if status not in GOAL_STATUSES:
        raise RecordError(f"'status' must be one of {', '.join(GOAL_STATUSES)}")
    checkins = []
    for n, entry in enumerate(f.get("checkins", list, [], "a list of tables")):
        if not isinstance(entry, dict):
            raise RecordError("'checkins' must be a list of tables")
        c = _Fields(entry, {"date", "progress", "note"}, f"checkins[{n}].")
        progress = c.get("progress", int, None, "a whole number 0-100")
        if not 0 <= progress <= 100:
            raise RecordError(f"'checkins[{n}].progress' must be a whole number 0-100")
        checkins.append(CheckIn(c.date("date"), progress, c.text("note"), c.extra()))
    changes = []
    for n, entry in enumerate(f.get("status_changes", list, [], "a list of tables")):
        if not isinstance(entry, dict):
            raise RecordError("'status_changes' must be a list of tables")
        c = _Fields(entry, {"date", "status"}, f"status_changes[{n}].")
        changed_to = c.text("status", None)
        if changed_to not in GOAL_STATUSES:
            raise RecordError(
                f"'status_changes[{n}].status' must be one of {', '.join(GOAL_STATUSES)}"
            )
        changes.append(StatusChange(c.date("date"), changed_to, c.extra()))
    return Goal(
        id=f.ident("id"),
        created=f.created(),
        framework=f.ident("framework"),
        area=f.ident("area"),
        title=f.text("title", None),
        why=f.text("why"),
        success=f.text("success"),
        due=f.date("due", required=False),
        status=status,
        items=f.strings("items"),
        checkins=checkins,
        extra=f.extra(),
        status_changes=changes,
    )


def _reflection(f: _Fields) -> Reflection:
    return Reflection(
        id=f.ident("id"),
        created=f.created(),
        date=f.date("date"),
        text=f.text("text", None),
        areas=f.strings("areas"),
        goals=f.strings("goals"),
        items=f.strings("items"),
        tags=f.strings("tags"),
        prompt=f.text("prompt"),
        shared=f.get("shared", bool, False, "true or false"),
        extra=f.extra(),
    )


def _assessment(f: _Fields) -> Assessment:
    scores = f.get("scores", dict, {}, "a table of area id = 1-5")
    for area, score in scores.items():
        if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
            raise RecordError(f"'scores.{area}' must be a whole number 1-5")
    notes = f.get("notes", dict, {}, "a table of area id = text")
    if not all(isinstance(v, str) for v in notes.values()):
        raise RecordError("'notes' must be a table of area id = text")
    return Assessment(
        id=f.ident("id"),
        created=f.created(),
        date=f.date("date"),
        framework=f.ident("framework"),
        scores=dict(scores),
        notes=dict(notes),
        extra=f.extra(),
    )


_DECODERS: dict[str, tuple[Callable[[_Fields], Record], set[str]]] = {
    "profile": (_profile, {"name", "organisation", "language", "frameworks"}),
    "goal": (
        _goal,
        {"id", "created", "framework", "area", "title", "why", "success", "due", "status"}
        | {"items", "checkins", "status_changes"},
    ),
    "reflection": (
        _reflection,
        {"id", "created", "date", "text", "areas", "goals", "items", "tags", "prompt", "shared"},
    ),
    "assessment": (_assessment, {"id", "created", "date", "framework", "scores", "notes"}),
}


def decode(doc: Mapping[str, Any], expected_kind: str | None = None) -> Record:
    """A record from a parsed TOML document; RecordError says what is wrong."""
    schema = doc.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise RecordError("'schema' is missing or not a whole number")
    if schema > SCHEMA:
        raise NewerSchemaError(
            f"written by a newer Lederbog (schema {schema}; this version knows {SCHEMA}); "
            "left as it is"
        )
    if schema < 1:
        raise RecordError(f"'schema' {schema} is not a schema Lederbog has used")
    kind = doc.get("kind")
    if not isinstance(kind, str) or kind not in _DECODERS:
        raise RecordError(f"'kind' must be one of {', '.join(_DECODERS)}, not {kind!r}")
    if expected_kind is not None and kind != expected_kind:
        raise RecordError(f"a {kind} record where a {expected_kind} belongs")
    build, known = _DECODERS[kind]
    return build(_Fields(doc, known | set(ENVELOPE)))


def parse(data: bytes, path: Path, expected_kind: str | None = None) -> Record:
    """A record from the bytes of its file, remembering where it came from.

    The text goes through the guarded reader (a key of 40,000 dotted parts is
    refused at once, not parsed for minutes); a UTF-8 byte-order mark, which
    Notepad may add and TOML itself refuses, is allowed.
    """
    try:
        doc = loads_guarded(data, name=str(path), max_bytes=max(len(data), 1))
    except TomlRefused as error:
        where = f" (line {error.line})" if error.line and "TOML" in error.reason else ""
        raise RecordError(f"{error.reason}{where}") from None
    record = decode(doc, expected_kind)
    record.origin = Origin(path, digest(data), _precise_times(data))
    return record


# A date-time with more than microseconds (TOML allows any precision; Python keeps six digits).
_PRECISE_TIME = re.compile(
    rb"(?<![\w\\\"'])(\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2})\.(\d{7,})"
    rb"([Zz]|[+-]\d{2}:\d{2})?"
)


def _precise_times(data: bytes) -> dict[str, str]:
    """Date-times written with more than microseconds, keyed by how tomli-w writes their
    truncated value, so that a re-save keeps what was written."""
    if b"." not in data:
        return {}
    found: dict[str, str] = {}
    for match in _PRECISE_TIME.finditer(data):
        head, fraction, zone = (g.decode("ascii") if g else "" for g in match.groups())
        try:
            offset = "+00:00" if zone in ("Z", "z") else zone
            value = dt.datetime.fromisoformat(f"{head[:10]}T{head[11:]}.{fraction[:6]}{offset}")
        except ValueError:
            continue
        exact = match.group(0).decode("ascii")
        found[value.isoformat()] = exact
        found[value.isoformat(sep=" ")] = exact  # how tomli-w writes it
    return found


def restore_precise_times(data: bytes, doc: dict[str, Any], precise: dict[str, str]) -> bytes:
    """`data` with each truncated date-time that was written with more digits put back as
    it was written; unchanged unless the result reads back as the same document."""
    if not precise:
        return data
    text = data.decode("utf-8")
    changed = text
    for short, exact in precise.items():
        pattern = rf"(=[ \t]*){re.escape(short)}(?=[ \t]*(?:\r?\n|#|,|\]|\}}|$))"
        changed = re.sub(pattern, lambda found: found.group(1) + exact, changed)  # noqa: B023
    if changed == text:
        return data
    try:
        if not _same(to_document(decode(tomllib.loads(changed))), doc):
            return data
    except (ValueError, RecursionError):
        return data
    return changed.encode("utf-8")
