"""Where the leader was in Ledelsesgrundlag, and the roles they chose, across restarts.

A small JSON file in the cache folder, one per data folder: deleting it only
means the browser opens on the leader's own framework again. A file that cannot
be read or written is ignored (it is a convenience, never worth an error).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from lederbog import paths


@dataclass
class Place:
    """A node of the tree, by ids: a framework, an area, a list or an item in either."""

    framework: str
    area: str = ""
    group: str = ""
    role: str = ""  # a role's sub-branch inside a group
    item: str = ""
    list: str = ""
    lists: bool = False  # the "Lister" heading


@dataclass
class BrowserMemory:
    roles: dict[str, str] = field(default_factory=dict)  # framework id -> role ("" = all)
    place: Place | None = None


def memory_path(data_dir: Path, cache: Path | None = None) -> Path:
    key = hashlib.sha256(str(data_dir.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    return (cache or paths.cache_dir()) / f"browser-{key[:16]}.json"


def load(data_dir: Path, cache: Path | None = None) -> BrowserMemory:
    try:
        raw = json.loads(memory_path(data_dir, cache).read_text(encoding="utf-8"))
        roles = {str(k): str(v) for k, v in dict(raw.get("roles", {})).items()}
        place = raw.get("place")
        found = None
        if isinstance(place, dict) and isinstance(place.get("framework"), str):
            text = {k: str(place.get(k) or "") for k in ("area", "group", "role", "item", "list")}
            found = Place(place["framework"], **text, lists=bool(place.get("lists")))
        return BrowserMemory(roles, found)
    except (OSError, ValueError, TypeError, AttributeError):
        return BrowserMemory()


def save(memory: BrowserMemory, data_dir: Path, cache: Path | None = None) -> None:
    target = memory_path(data_dir, cache)
    data = {"roles": memory.roles, "place": memory.place.__dict__ if memory.place else None}
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".browser-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(data, file, ensure_ascii=False)
        os.replace(temp, target)
    except OSError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temp)
