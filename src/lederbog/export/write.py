"""Rendering an export in a format and writing it: shared by the command and the workbook."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from lederbog.errors import LederbogError
from lederbog.export.model import Export

FORMATS = ("html", "md", "toml")


def render(export: Export, fmt: str) -> str:
    if fmt == "html":
        from lederbog.export import html as writer
    elif fmt == "md":
        from lederbog.export import markdown as writer  # type: ignore[no-redef]
    else:
        from lederbog.export import toml_format as writer  # type: ignore[no-redef]
    return writer.render(export)


def default_name(name: str, until: dt.date, fmt: str) -> str:
    """lederbog-<name>-<until>.<format>, the name spelt in plain letters."""
    from lederbog.store.store import slug

    return f"lederbog-{slug(name) or 'leder'}-{until.isoformat()}.{fmt}"


def documents_dir() -> Path:
    """Where exports go without -o: the leader's documents folder."""
    override = os.environ.get("LEDERBOG_DOCUMENTS_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def write_export(export: Export, fmt: str, target: Path | None, *, force: bool) -> Path:
    """Write `export` as `fmt` to `target` (None: the documents folder) atomically, 0600.

    Never over an existing file unless `force` (AlreadyThere, nothing written).
    Returns the absolute path written.
    """
    from lederbog.store.atomic import write_atomic
    from lederbog.text import one_line

    if target is None:
        folder = documents_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / default_name(export.name, export.until, fmt)
    if target.is_dir():
        raise LederbogError(f"{one_line(str(target))} is a folder; give a file name")
    write_atomic(target, render(export, fmt).encode("utf-8"), replace=force)
    return target.resolve()


def _last_export_file(data_dir: Path) -> Path:
    import hashlib

    from lederbog import paths

    key = hashlib.sha256(str(data_dir.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    return paths.cache_dir() / f"last-export-{key[:16]}.txt"


def last_export(data_dir: Path) -> dt.date | None:
    """The last day covered by the previous export of this data folder, if one is known."""
    try:
        return dt.date.fromisoformat(_last_export_file(data_dir).read_text("ascii").strip())
    except (OSError, ValueError):
        return None


def remember_export(data_dir: Path, until: dt.date) -> None:
    """Note the export's last day, so the next one can start where this one ended."""
    import contextlib

    from lederbog.store.atomic import ensure_private_dir, write_atomic
    from lederbog.store.layout import looks_like_cache_folder

    with contextlib.suppress(OSError, LederbogError):
        target = _last_export_file(data_dir)
        ensure_private_dir(target.parent, own=looks_like_cache_folder)
        write_atomic(target, until.isoformat().encode("ascii"))
