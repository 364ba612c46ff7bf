"""What a node of the framework tree stands for; the detail pane shows one of these."""

from __future__ import annotations

from dataclasses import dataclass

from lederbog.model.framework import Area, Framework, Item, ReferenceList


@dataclass(frozen=True)
class FrameworkTarget:
    framework: Framework


@dataclass(frozen=True)
class AreaTarget:
    framework: Framework
    area: Area


@dataclass(frozen=True)
class GroupTarget:
    """A heading inside an area (a theme), or one role's items under it."""

    framework: Framework
    area: Area
    group: str
    role: str = ""


@dataclass(frozen=True)
class ItemTarget:
    framework: Framework
    area: Area
    item: Item


@dataclass(frozen=True)
class ListTarget:
    framework: Framework
    reference: ReferenceList


@dataclass(frozen=True)
class ListItemTarget:
    framework: Framework
    reference: ReferenceList
    item: Item


Target = FrameworkTarget | AreaTarget | GroupTarget | ItemTarget | ListTarget | ListItemTarget
