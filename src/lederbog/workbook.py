"""One door to the leader's data: the store, the frameworks, the profile and `today`.

Plain Python, no Textual: the workbook's screens are given a `Workbook` and ask it
for what they show; the CLI, the export and the review can use the same one.
`today` is passed in (a function), so "days since" and snapshots are deterministic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lederbog.frameworks import FrameworkSet, load_all
from lederbog.i18n import Lang, normalise_lang
from lederbog.model.framework import Framework
from lederbog.model.records import Profile
from lederbog.store import layout
from lederbog.store.codec import RecordError
from lederbog.store.store import Store


@dataclass
class Workbook:
    """The leader's data folder as the workbook sees it."""

    data_dir: Path
    frameworks: FrameworkSet
    lang: Lang
    profile: Profile | None = None
    # Why profile.toml could not be used ("<path>: <reason>"); None when it could, or is absent.
    profile_problem: str | None = None
    today: Callable[[], dt.date] = dt.date.today
    demo: bool = False  # the sample leader of `lederbog --demo`, on a temporary copy
    store: Store = field(init=False)

    def __post_init__(self) -> None:
        self.store = Store(self.data_dir)

    @property
    def profile_path(self) -> Path:
        return self.data_dir / layout.PROFILE

    def roles(self) -> dict[str, str]:
        """The leader's role in each of their frameworks (only roles the framework has)."""
        if self.profile is None:
            return {}
        roles = {}
        for choice in self.profile.frameworks:
            framework = self.frameworks.get(choice.id)
            if choice.role and framework is not None and framework.role(choice.role) is not None:
                roles[choice.id] = choice.role
        return roles

    def leader_frameworks(self) -> list[Framework]:
        """The frameworks the leader follows, in the profile's order (known ones only)."""
        if self.profile is None:
            return []
        found = (self.frameworks.get(choice.id) for choice in self.profile.frameworks)
        return [framework for framework in found if framework is not None]


def open_workbook(
    data_dir: Path,
    lang: str | None = None,
    *,
    today: Callable[[], dt.date] | None = None,
    frameworks: FrameworkSet | None = None,
) -> Workbook:
    """The workbook of `data_dir`: its profile (if readable) and frameworks.

    `lang` (from --lang) wins over the profile's language, which wins over Danish.
    A broken profile is not an error here: it is kept as `profile_problem`, never
    rewritten, and the workbook opens without it.
    """
    store = Store(data_dir)
    profile: Profile | None = None
    problem: str | None = None
    try:
        profile = store.profile()
    except RecordError as error:
        problem = f"{data_dir / layout.PROFILE}: {error}"
    chosen = lang or (profile.language if profile is not None else None)
    return Workbook(
        data_dir=data_dir,
        frameworks=frameworks if frameworks is not None else load_all(data_dir),
        lang=normalise_lang(chosen),
        profile=profile,
        profile_problem=problem,
        today=today or dt.date.today,
    )
