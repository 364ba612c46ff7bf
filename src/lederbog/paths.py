"""Where Lederbog keeps things. Every location is resolved when asked for, never at import."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "lederbog"
DATA_DIR_ENV = "LEDERBOG_DATA_DIR"
CACHE_DIR_ENV = "LEDERBOG_CACHE_DIR"
CONFIG_DIR_ENV = "LEDERBOG_CONFIG_DIR"


# The messages, in one place.
NO_HOME = "{source} is '{value}', but there is no home folder to put in place of '{tilde}'"


def _expanded(value: str | os.PathLike[str], source: str, usage: bool = False) -> Path:
    """`value` with a leading `~` or `~user` made into that home folder; a name that has
    none (`~nosuchuser`, or `~` without $HOME or a user entry) is one clear error."""
    path = Path(value)
    try:
        return path.expanduser()
    except RuntimeError:  # "Could not determine home directory."
        from lederbog.errors import LederbogError, UsageError
        from lederbog.text import one_line

        text = str(value)
        tilde = text.split("/", 1)[0].split(os.sep, 1)[0]
        message = NO_HOME.format(source=source, value=one_line(text, 80), tilde=one_line(tilde, 40))
        raise (UsageError if usage else LederbogError)(message) from None


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The leader's data folder: --data-dir, else $LEDERBOG_DATA_DIR, else the platform's."""
    if override:
        return _expanded(override, "--data-dir", usage=True)
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return _expanded(from_env, DATA_DIR_ENV)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Derived data (the search index). Deleting it loses nothing."""
    from_env = os.environ.get(CACHE_DIR_ENV)
    if from_env:
        return _expanded(from_env, CACHE_DIR_ENV)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Settings of this machine rather than of the leader (the theme): not in the data folder."""
    from_env = os.environ.get(CONFIG_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def screenshots_dir() -> Path:
    """Where the palette's "Screenshot" saves: the pictures folder, else documents, else home."""
    import platformdirs

    for folder in (platformdirs.user_pictures_dir(), platformdirs.user_documents_dir()):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def user_frameworks_dir(data: Path) -> Path:
    """The leader's own framework files."""
    return data / "frameworks"


def bundled_frameworks_dir() -> Path:
    """The frameworks that ship with Lederbog.

    In an installed wheel they sit inside the package; in a source checkout
    (an editable install) they are the repository's top-level `frameworks/`.
    """
    packaged = Path(__file__).resolve().parent / "data" / "frameworks"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "frameworks"


def guide(name: str) -> Path:
    """A format guide (`framework-format.md`, `data-format.md`) that ships with Lederbog.

    In an installed wheel it sits inside the package; in a source checkout it is
    the repository's `docs/`.
    """
    packaged = Path(__file__).resolve().parent / "data" / "docs" / name
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "docs" / name
