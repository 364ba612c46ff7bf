"""A leadership framework (ledelsesgrundlag): areas, roles, items and lists."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Role:
    id: str
    title: str


@dataclass(frozen=True)
class Item:
    """An expected behaviour or principle; `role` set when it is for one role only."""

    id: str
    text: str
    title: str = ""
    role: str = ""
    group: str = ""
    prompt: str = ""
    by: str = ""


@dataclass(frozen=True)
class Area:
    """What a leader sets goals in and reflects on (a discipline, code point, form)."""

    id: str
    title: str
    summary: str = ""
    prompt: str = ""
    items: tuple[Item, ...] = ()

    def items_for(self, role: str | None) -> tuple[Item, ...]:
        """The items that apply to `role`: the shared ones and that role's own.

        With no role, every item of every role.
        """
        if not role:
            return self.items
        return tuple(item for item in self.items if not item.role or item.role == role)

    def groups(self, role: str | None = None) -> list[tuple[str, list[Item]]]:
        """Items under their group heading, in the order the groups first appear."""
        grouped: dict[str, list[Item]] = {}
        for item in self.items_for(role):
            grouped.setdefault(item.group, []).append(item)
        return list(grouped.items())


@dataclass(frozen=True)
class ReferenceList:
    """Reference material that is not an area: values, intended effects, quotes."""

    id: str
    title: str
    summary: str = ""
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Framework:
    id: str
    title: str
    organisation: str = ""
    source: str = ""
    language: str = "da"
    summary: str = ""
    roles: tuple[Role, ...] = ()
    areas: tuple[Area, ...] = ()
    lists: tuple[ReferenceList, ...] = ()
    path: Path | None = field(default=None, compare=False)
    bundled: bool = False

    def area(self, area_id: str) -> Area | None:
        return next((area for area in self.areas if area.id == area_id), None)

    def role(self, role_id: str) -> Role | None:
        return next((role for role in self.roles if role.id == role_id), None)

    def find_role(self, text: str) -> Role | None:
        """A role by id or by title, ignoring case ("teamleder", "Teamleder")."""
        wanted = text.casefold()
        return next(
            (r for r in self.roles if r.id.casefold() == wanted or r.title.casefold() == wanted),
            None,
        )

    def all_items(self) -> Iterator[tuple[Area, Item]]:
        for area in self.areas:
            for item in area.items:
                yield area, item

    def item(self, item_id: str) -> tuple[Area, Item] | None:
        return next(((a, i) for a, i in self.all_items() if i.id == item_id), None)
