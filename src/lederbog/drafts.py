"""Drafts: what the leader is writing, kept in `<data>/drafts/` until it is a reflection.

A draft is one small TOML file, `drafts/<id>.toml` with `kind = "draft"`, written
atomically (like every record) about a second after the last keystroke and when
the workbook quits, so a killed process or a closed terminal loses at most that
second. `<id>` is the id the reflection will have (or has, when a saved one is
being edited). While the leader writes in `$EDITOR`, the text goes through
`drafts/<id>.txt` (the exact bytes, 0600). A draft is removed only when its
reflection is saved or the leader discards it and confirms.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lederbog.model.records import Reflection
from lederbog.store import layout
from lederbog.store.atomic import WriteFailed, ensure_private_dir, write_atomic
from lederbog.store.layout import looks_like_data_folder
from lederbog.store.store import BadFile

SCHEMA = 1
KIND = "draft"
MAX_DRAFT_BYTES = 16 * 1024 * 1024
EDITOR_SUFFIX = ".txt"


@dataclass
class Draft:
    id: str  # the reflection's id: new, or the one being edited
    date: dt.date
    text: str = ""
    areas: list[str] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    prompt: str = ""
    shared: bool = False
    updated: dt.datetime | None = None  # when it was last written
    # When a saved reflection is being edited: its file (relative to the data folder) and
    # the digest of the bytes it was read from, so saving the draft later is conflict-safe.
    of: str = ""
    of_digest: str = ""

    def reflection_fields(self, reflection: Reflection) -> None:
        """Copy what the leader wrote into `reflection`."""
        reflection.date = self.date
        reflection.text = self.text
        reflection.areas = list(self.areas)
        reflection.goals = list(self.goals)
        reflection.items = list(self.items)
        reflection.tags = list(self.tags)
        reflection.prompt = self.prompt
        reflection.shared = self.shared


def drafts_dir(root: Path) -> Path:
    return root / layout.DRAFTS


def draft_path(root: Path, draft_id: str) -> Path:
    return drafts_dir(root) / f"{draft_id}.toml"


def editor_path(root: Path, draft_id: str) -> Path:
    """The plain-text file `$EDITOR` edits for this draft."""
    return drafts_dir(root) / f"{draft_id}{EDITOR_SUFFIX}"


def encode_draft(draft: Draft) -> bytes:
    import tomllib  # here, not at import: the first screen only asks whether drafts exist

    import tomli_w

    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "kind": KIND,
        "id": draft.id,
        "updated": draft.updated or _now(),
        "date": draft.date,
        "text": draft.text,
        "areas": list(draft.areas),
        "goals": list(draft.goals),
        "items": list(draft.items),
        "tags": list(draft.tags),
        "prompt": draft.prompt,
        "shared": draft.shared,
    }
    if draft.of:
        doc["of"] = draft.of
        doc["of_digest"] = draft.of_digest
    data = tomli_w.dumps(doc).encode("utf-8")  # a lone surrogate raises UnicodeEncodeError
    if tomllib.loads(data.decode("utf-8")) != doc:
        raise WriteFailed("the draft would not read back the same; it was not written")
    return data


def decode_draft(data: bytes) -> Draft:
    """A draft from its file's bytes; ValueError with the reason when it is not one."""
    from lederbog.safetoml import TomlRefused, loads_guarded

    try:
        # The guarded parser (issue 13): a draft may arrive through a sync tool too.
        doc = loads_guarded(data, name="draft", max_bytes=MAX_DRAFT_BYTES)
    except TomlRefused as error:
        raise ValueError(error.reason) from None
    if doc.get("kind") != KIND:
        raise ValueError(f"kind is {doc.get('kind')!r}, not 'draft'")
    schema = doc.get("schema")
    if not isinstance(schema, int) or schema > SCHEMA:
        raise ValueError(f"schema {schema!r} is not one this version knows")
    draft_id = doc.get("id")
    day = doc.get("date")
    if not isinstance(draft_id, str) or not layout.ID_PATTERN.fullmatch(draft_id):
        raise ValueError("its id is missing or not an id")
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise ValueError("its date is missing or not a date")

    def strings(key: str) -> list[str]:
        value = doc.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"'{key}' is not a list of texts")
        return list(value)

    def text(key: str) -> str:
        value = doc.get(key, "")
        if not isinstance(value, str):
            raise ValueError(f"'{key}' is not a text")
        return value

    updated = doc.get("updated")
    shared = doc.get("shared", False)
    if not isinstance(shared, bool):
        raise ValueError("'shared' is not true or false")
    return Draft(
        id=draft_id,
        date=day,
        text=text("text"),
        areas=strings("areas"),
        goals=strings("goals"),
        items=strings("items"),
        tags=strings("tags"),
        prompt=text("prompt"),
        shared=shared,
        updated=updated if isinstance(updated, dt.datetime) else None,
        of=text("of"),
        of_digest=text("of_digest"),
    )


def save_draft(root: Path, draft: Draft) -> Path:
    """Write `draft` atomically (0600, in a 0700 folder); WriteFailed when it cannot be."""
    draft.updated = _now()
    try:
        data = encode_draft(draft)
    except UnicodeEncodeError:
        raise WriteFailed("the text holds a character that cannot be saved") from None
    folder = drafts_dir(root)
    try:
        ensure_private_dir(root, own=looks_like_data_folder)
        ensure_private_dir(folder, own=_not_a_link)
    except OSError as error:
        raise WriteFailed(f"could not make {folder}: {error.strerror or error}") from None
    target = draft_path(root, draft.id)
    write_atomic(target, data)
    return target


def _not_a_link(folder: Path) -> bool:
    """drafts/ is Lederbog's own, unless it is a link to somewhere else (left as it is)."""
    return not folder.is_symlink()


def write_editor_file(root: Path, draft_id: str, text: str) -> Path:
    """The text for `$EDITOR`, as a private file in drafts/."""
    folder = drafts_dir(root)
    try:
        ensure_private_dir(root, own=looks_like_data_folder)
        ensure_private_dir(folder, own=_not_a_link)
    except OSError as error:
        raise WriteFailed(f"could not make {folder}: {error.strerror or error}") from None
    target = editor_path(root, draft_id)
    write_atomic(target, text.encode("utf-8", "replace"))
    return target


def load_drafts(root: Path) -> tuple[list[Draft], list[BadFile]]:
    """Every draft, the newest first, and the files in drafts/ that are not drafts."""
    folder = drafts_dir(root)
    drafts: list[Draft] = []
    problems: list[BadFile] = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return drafts, problems
    for name in names:
        if name.startswith(".") or not name.endswith(".toml"):
            continue
        path = folder / name
        try:
            from lederbog.safefile import read_file

            # Only a plain file, capped by the bytes read (a FIFO or /dev/zero never hangs).
            draft = decode_draft(read_file(path, max_bytes=MAX_DRAFT_BYTES, follow_links=False))
            if name != f"{draft.id}.toml":
                raise ValueError(f"its id '{draft.id}' does not match its file name")
        except (OSError, ValueError) as error:
            problems.append(BadFile(path, str(error)))
            continue
        drafts.append(draft)
    far_past = dt.datetime.min.replace(tzinfo=dt.UTC)
    drafts.sort(key=lambda d: d.updated or far_past, reverse=True)
    return drafts, problems


def has_drafts(root: Path) -> bool:
    """Whether drafts/ holds a draft file (cheap: no file is read)."""
    try:
        return any(
            name.endswith(".toml") and not name.startswith(".")
            for name in os.listdir(drafts_dir(root))
        )
    except OSError:
        return False


def remove_draft(root: Path, draft_id: str) -> None:
    """The draft and its `$EDITOR` file, once its reflection is saved or it was discarded."""
    for path in (draft_path(root, draft_id), editor_path(root, draft_id)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _now() -> dt.datetime:
    from lederbog.model.records import now

    return now()
