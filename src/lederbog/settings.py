"""Settings of this machine, not of the leader: today only the theme.

They live in `paths.config_dir()/settings.toml` (never in the data folder, which
may be synced to another laptop with another terminal). A missing or unreadable
file means the defaults; an unreadable one is left as it is and not overwritten
by a later save, so nothing anybody wrote by hand is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lederbog import paths
from lederbog.errors import LederbogError
from lederbog.store.atomic import ensure_private_dir, write_atomic

FILE_NAME = "settings.toml"
MAX_BYTES = 64 * 1024  # a settings file is a few lines; anything larger is not ours


@dataclass
class Settings:
    theme: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # keys a newer version wrote
    readable: bool = True  # False: the file exists but could not be read; do not overwrite it


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def load_settings() -> Settings:
    from lederbog.safefile import read_file
    from lederbog.safetoml import loads_guarded

    path = settings_path()
    try:
        # Only a plain file, capped by what is read, parsed with the guard (issue 13).
        doc = loads_guarded(
            read_file(path, max_bytes=MAX_BYTES), name=str(path), max_bytes=MAX_BYTES
        )
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError, RecursionError, MemoryError):  # TomlRefused is a ValueError
        return Settings(readable=False)
    theme = doc.pop("theme", "")
    if not isinstance(theme, str):
        return Settings(readable=False)
    return Settings(theme=theme, extra=doc)


def _only_settings(folder: Path) -> bool:
    """Whether the config folder holds nothing but Lederbog's settings (so its mode is ours)."""
    try:
        return all(child.name.lstrip(".").startswith("settings.toml") for child in folder.iterdir())
    except OSError:
        return False


def save_theme(theme: str) -> bool:
    """Remember `theme` for this machine. False when it could not be (the reason is not
    the leader's problem: the theme is simply not remembered)."""
    settings = load_settings()
    if not settings.readable:
        return False
    import tomli_w  # only when the leader picks a theme, not at every start

    doc = dict(settings.extra)
    doc["theme"] = theme
    path = settings_path()
    try:
        ensure_private_dir(path.parent, own=_only_settings)
        write_atomic(path, tomli_w.dumps(doc).encode("utf-8"))
    except (OSError, ValueError, LederbogError):  # WriteFailed is a LederbogError
        return False
    return True
