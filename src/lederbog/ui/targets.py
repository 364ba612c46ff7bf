"""What a node of the framework tree stands for; the detail pane shows one of these.

Plain immutable values compared by content. They are NamedTuples rather than
frozen dataclasses because a dataclass costs about a millisecond to create at
import, and these six are imported on every start of the workbook.
"""

from __future__ import annotations

from typing import NamedTuple

from lederbog.model.framework import Area, Framework, Item, ReferenceList


class FrameworkTarget(NamedTuple):
    framework: Framework


class AreaTarget(NamedTuple):
    framework: Framework
    area: Area


class GroupTarget(NamedTuple):
    """A heading inside an area (a theme), or one role's items under it."""

    framework: Framework
    area: Area
    group: str
    role: str = ""


class ItemTarget(NamedTuple):
    framework: Framework
    area: Area
    item: Item


class ListTarget(NamedTuple):
    framework: Framework
    reference: ReferenceList


class ListItemTarget(NamedTuple):
    framework: Framework
    reference: ReferenceList
    item: Item


Target = FrameworkTarget | AreaTarget | GroupTarget | ItemTarget | ListTarget | ListItemTarget
