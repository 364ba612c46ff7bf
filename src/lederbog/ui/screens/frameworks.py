"""Ledelsesgrundlag: browse every framework, its areas, items and lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Select, Static, Tree

from lederbog.frameworks import FrameworkSet
from lederbog.i18n import t
from lederbog.model.framework import Framework
from lederbog.text import one_line
from lederbog.ui import browser_memory
from lederbog.ui.browser_memory import BrowserMemory, Place
from lederbog.ui.links import AreaLink, NewGoal
from lederbog.ui.messages import OpenSection
from lederbog.ui.screens.section import SectionScreen
from lederbog.ui.targets import (
    AreaTarget,
    FrameworkTarget,
    GroupTarget,
    ItemTarget,
    ListItemTarget,
    ListTarget,
    Target,
)
from lederbog.ui.widgets.framework_detail import FrameworkDetail
from lederbog.ui.widgets.framework_tree import FrameworkTree
from lederbog.ui.widgets.select import LocalSelect

if TYPE_CHECKING:
    from textual.command import Provider

    from lederbog.workbook import Workbook

ALL_ROLES = "__all__"


def _framework_commands() -> type[Provider]:
    # The palette's provider is imported when the palette first opens, not at start.
    from lederbog.ui.commands import FrameworkCommands

    return FrameworkCommands


class FrameworkBrowser(SectionScreen):
    """A tree of frameworks on the left, the full text of the chosen entry on the right."""

    SECTION = "frameworks"
    COMMANDS = {_framework_commands}

    BINDINGS = [
        Binding("r", "choose_role", "Role", id="role"),
        Binding("g", "new_goal_here", "New goal here", id="new_goal_here"),
        Binding("t", "focus_tree", "Tree", id="focus_tree", show=False),
        Binding("d", "focus_detail", "Text", id="focus_detail", show=False),
        Binding("plus", "expand_all", "Expand all", id="expand", show=False),
        Binding("minus", "collapse_all", "Collapse all", id="collapse", show=False),
        Binding("j", "reflect", "Reflect", id="reflect"),
    ]

    def __init__(self, workbook: Workbook, memory: BrowserMemory | None = None) -> None:
        super().__init__(workbook)
        self.frameworks: FrameworkSet = workbook.frameworks
        self.memory = memory if memory is not None else browser_memory.load(workbook.data_dir)
        # The role filter of each framework ("" = every role): the profile's role, unless the
        # leader chose another here (remembered across restarts).
        self.roles: dict[str, str] = workbook.roles()
        for framework_id, role in self.memory.roles.items():
            framework = self.frameworks.get(framework_id)
            if framework is not None and (not role or framework.role(role) is not None):
                self.roles[framework_id] = role
        self.current: Framework | None = None
        self._pending_link: AreaLink | None = None
        self._remember_timer: Timer | None = None
        self._tree: FrameworkTree | None = None  # kept: on unmount it can no longer be queried

    def compose_body(self) -> ComposeResult:
        # When the first framework has no roles the picker starts hidden and disabled, as it
        # ends up once mounted: changing it then would restyle it again.
        first = next(iter(self.workbook.leader_frameworks() or self.frameworks), None)
        with Horizontal(id="browser"):
            with Vertical(id="browser-left"):
                yield FrameworkTree(self.frameworks, self.lang, id="framework-tree")
            with Vertical(id="browser-right"):
                with Horizontal(id="role-bar") as bar:
                    bar.display = first is not None and bool(first.roles)
                    yield Static(t(self.lang, "browser.role.label"), id="role-label")
                    yield LocalSelect[str](
                        [(t(self.lang, "browser.role.all"), ALL_ROLES)],
                        lang=self.lang,
                        allow_blank=False,
                        value=ALL_ROLES,
                        id="role-select",
                        disabled=first is None or not first.roles,
                    )
                yield FrameworkDetail(self.lang, id="framework-detail")

    def on_mount(self) -> None:
        tree = self._tree = self.query_one(FrameworkTree)
        leader = [framework.id for framework in self.workbook.leader_frameworks()]
        tree.populate(self.roles, first=leader)
        tree.focus()
        if not self._restore(self.memory.place) and tree.root.children:
            first = tree.root.children[0]
            if leader:
                tree.toggle_now(first)  # the leader's own framework, open on its areas
            tree.move_cursor(first)
        # A new theme's accent in the text at once, not when the cursor next moves.
        self.watch(self.app, "theme", self._theme_changed, init=False)
        if self.frameworks.problems:
            count = len({p.path for p in self.frameworks.problems})
            self.notify(
                t(
                    self.lang,
                    "browser.problems.one" if count == 1 else "browser.problems",
                    count=count,
                ),
                severity="warning",
                markup=False,
            )
        if not len(self.frameworks):
            self.query_one(FrameworkDetail).show_message(t(self.lang, "browser.no_frameworks"))
        self._sync_role_select(None)
        if self._pending_link is not None:
            self._show_link(self._pending_link)
            self._pending_link = None

    def _theme_changed(self, _theme: str) -> None:
        self.query_one(FrameworkDetail).refresh_text()

    def on_unmount(self) -> None:
        if self._remember_timer is not None:
            self._remember_timer.stop()
            self._remember()

    # --- remembering where the leader was --------------------------------------------

    def _remember_soon(self) -> None:
        """Write the place once the cursor rests (not at every step through the tree)."""
        if self._remember_timer is not None:
            self._remember_timer.stop()
        self._remember_timer = self.set_timer(1.0, self._remember)

    def _remember(self) -> None:
        self._remember_timer = None
        tree = self._tree
        node = tree.cursor_node if tree is not None else None
        if tree is not None and node is not None and node.data is not None:
            self.memory.place = _place_of(node.data, tree.is_lists_node(node))
        browser_memory.save(self.memory, self.workbook.data_dir)

    def _restore(self, place: Place | None) -> bool:
        """Move the cursor to a remembered place; False when it is not there any more."""
        if place is None or self.frameworks.get(place.framework) is None:
            return False
        tree = self.query_one(FrameworkTree)
        if place.lists:
            node = tree.lists_node(place.framework)
        else:
            node = tree.find(lambda target: _place_of(target) == place, place.framework)
        if node is None:
            return False
        tree.reveal(node)
        return True

    # --- following the cursor ------------------------------------------------------

    @on(Tree.NodeHighlighted, "#framework-tree")
    def _highlighted(self, event: Tree.NodeHighlighted[Target]) -> None:
        target = event.node.data
        framework = target.framework if target is not None else None
        if framework is not self.current:
            self._sync_role_select(framework)
        self.query_one(FrameworkDetail).show(
            target, self.roles.get(framework.id, "") if framework else ""
        )
        self._remember_soon()

    def _sync_role_select(self, framework: Framework | None) -> None:
        """Offer the roles of the framework under the cursor in the role picker."""
        self.current = framework
        select = self.query_one("#role-select", Select)
        bar = self.query_one("#role-bar")
        if framework is None or not framework.roles:
            # No roles, no picker: `r` says so instead of offering a dimmed "Alle roller".
            bar.display = False
            select.disabled = True
            return
        bar.display = True
        options = [(t(self.lang, "browser.role.all"), ALL_ROLES)]
        options += [(one_line(role.title), role.id) for role in framework.roles]
        with self.prevent(Select.Changed):
            select.set_options(options)
            select.value = self.roles.get(framework.id) or ALL_ROLES
        select.disabled = False

    @on(Select.Changed, "#role-select")
    def _role_chosen(self, event: Select.Changed) -> None:
        if self.current is None or event.value is Select.NULL:
            return
        value = str(event.value)
        self.set_role(self.current.id, "" if value == ALL_ROLES else value)
        self.query_one(FrameworkTree).focus()

    # --- what the palette and keys call ----------------------------------------------

    def set_role(self, framework_id: str, role: str) -> None:
        """Show `framework_id`'s items for `role` ("" for every role)."""
        framework = self.frameworks.get(framework_id)
        if framework is None:
            return
        self.roles[framework_id] = role
        self.memory.roles[framework_id] = role
        self._remember_soon()
        tree = self.query_one(FrameworkTree)
        cursor_node = tree.cursor_node
        cursor = cursor_node.data if cursor_node is not None else None
        on_lists = cursor_node is not None and tree.is_lists_node(cursor_node)
        tree.refill(framework, role)
        # Keep the cursor where it was when that entry is still shown, else on the framework.
        node = None
        if on_lists and cursor is not None:
            node = tree.lists_node(cursor.framework.id)  # "Lister" shows the framework's text
        elif cursor is not None:
            node = tree.find(lambda target: target == cursor, cursor.framework.id)
        if node is None:
            node = tree.find(lambda target: target == FrameworkTarget(framework), framework.id)
        if node is not None:
            tree.reveal(node)
        if self.current is not None and self.current.id == framework_id:
            self._sync_role_select(framework)
        detail = self.query_one(FrameworkDetail)
        detail.show(node.data if node is not None else None, role)

    def go_to(self, framework_id: str, area_id: str | None, list_id: str | None) -> None:
        """Move the tree's cursor to a framework, one of its areas, or one of its lists."""
        tree = self.query_one(FrameworkTree)

        def matches(target: Target) -> bool:
            if target.framework.id != framework_id:
                return False
            if area_id is not None:
                return isinstance(target, AreaTarget) and target.area.id == area_id
            if list_id is not None:
                return isinstance(target, ListTarget) and target.reference.id == list_id
            return isinstance(target, FrameworkTarget)

        node = tree.find(matches, framework_id)
        if node is not None:
            tree.reveal(node)
            tree.focus()

    def show_target(self, target: Target) -> None:
        """Move the tree's cursor to any entry (a group, an item); when the role filter
        hides it, show every role first."""
        tree = self.query_one(FrameworkTree)
        framework_id = target.framework.id
        node = tree.find(lambda found: found == target, framework_id)
        if node is None and self.roles.get(framework_id):
            self.set_role(framework_id, "")
            node = tree.find(lambda found: found == target, framework_id)
        if node is not None:
            tree.reveal(node)
            tree.focus()

    def open_link(self, link: object) -> None:
        """An area (or, with no area, a framework) sent from another section."""
        if not isinstance(link, AreaLink):
            return
        if not self.is_mounted:
            self._pending_link = link  # shown once the tree is there (on_mount)
            return
        self._show_link(link)

    def _show_link(self, link: AreaLink) -> None:
        self.go_to(link.framework, link.area or None, None)

    def action_choose_role(self) -> None:
        select = self.query_one("#role-select", Select)
        if not select.disabled:
            select.focus()
            select.action_show_overlay()
        elif self.current is not None:
            title = one_line(self.current.title, 60)
            self.notify(t(self.lang, "browser.no_roles", title=title), markup=False)

    def new_goal_link(self) -> NewGoal | None:
        """A new goal in the area or on the item under the tree's cursor (None elsewhere)."""
        node = self.query_one(FrameworkTree).cursor_node
        target = node.data if node is not None else None
        if isinstance(target, ItemTarget):
            return NewGoal(target.framework.id, target.area.id, target.item.id)
        if isinstance(target, AreaTarget | GroupTarget):
            return NewGoal(target.framework.id, target.area.id)
        if isinstance(target, FrameworkTarget):
            return NewGoal(target.framework.id)
        return None

    def action_new_goal_here(self) -> None:
        link = self.new_goal_link()
        if link is not None:
            self.app.post_message(OpenSection("goals", link))

    def action_focus_tree(self) -> None:
        self.query_one(FrameworkTree).focus()

    def action_focus_detail(self) -> None:
        self.query_one(FrameworkDetail).focus()

    def action_expand_all(self) -> None:
        tree = self.query_one(FrameworkTree)
        tree.fill_all()
        tree.root.expand_all()

    def action_collapse_all(self) -> None:
        tree = self.query_one(FrameworkTree)
        for child in tree.root.children:
            child.collapse_all()

    def action_reflect(self) -> None:
        """Start a reflection on the area or item under the cursor, with its prompt."""
        from lederbog.ui.links import NewReflection
        from lederbog.ui.messages import OpenSection

        tree = self.query_one(FrameworkTree)
        target = tree.cursor_node.data if tree.cursor_node is not None else None
        if isinstance(target, ItemTarget):
            prompt = target.item.prompt or target.area.prompt
            link = NewReflection(target.framework.id, target.area.id, target.item.id, prompt)
        elif isinstance(target, AreaTarget | GroupTarget):
            link = NewReflection(target.framework.id, target.area.id, "", target.area.prompt)
        else:
            self.notify(t(self.lang, "browser.reflect.choose"), markup=False)
            return
        self.app.post_message(OpenSection("journal", link))


def _place_of(target: Target, lists: bool = False) -> Place:
    """A tree node's target as ids, to be found again after a restart."""
    framework = target.framework.id
    match target:
        case AreaTarget(area=area):
            return Place(framework, area=area.id)
        case GroupTarget(area=area, group=group, role=role):
            return Place(framework, area=area.id, group=group, role=role)
        case ItemTarget(area=area, item=item):
            return Place(framework, area=area.id, item=item.id)
        case ListTarget(reference=reference):
            return Place(framework, list=reference.id)
        case ListItemTarget(reference=reference, item=item):
            return Place(framework, list=reference.id, item=item.id)
    return Place(framework, lists=lists)
