"""Ledelsesgrundlag: browse every framework, its areas, items and lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Select, Static, Tree

from lederbog.frameworks import FrameworkSet
from lederbog.i18n import t
from lederbog.model.framework import Framework
from lederbog.text import one_line
from lederbog.ui.screens.section import SectionScreen
from lederbog.ui.targets import (
    AreaTarget,
    FrameworkTarget,
    GroupTarget,
    ItemTarget,
    ListTarget,
    Target,
)
from lederbog.ui.widgets.framework_detail import FrameworkDetail
from lederbog.ui.widgets.framework_tree import FrameworkTree

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
        Binding("t", "focus_tree", "Tree", id="focus_tree", show=False),
        Binding("d", "focus_detail", "Text", id="focus_detail", show=False),
        Binding("plus", "expand_all", "Expand all", id="expand", show=False),
        Binding("minus", "collapse_all", "Collapse all", id="collapse", show=False),
        Binding("j", "reflect", "Reflect", id="reflect"),
    ]

    def __init__(self, workbook: Workbook) -> None:
        super().__init__(workbook)
        self.frameworks: FrameworkSet = workbook.frameworks
        # The role filter of each framework ("" = every role), kept while browsing.
        self.roles: dict[str, str] = workbook.roles()
        self.current: Framework | None = None

    def compose_body(self) -> ComposeResult:
        # The cursor starts on the first framework. When it has no roles the picker starts
        # disabled, as it ends up once mounted: disabling it then would restyle it again.
        first = next(iter(self.frameworks), None)
        with Horizontal(id="browser"):
            with Vertical(id="browser-left"):
                yield FrameworkTree(self.frameworks, self.lang, id="framework-tree")
            with Vertical(id="browser-right"):
                with Horizontal(id="role-bar"):
                    yield Static(t(self.lang, "browser.role.label"), id="role-label")
                    yield Select[str](
                        [(t(self.lang, "browser.role.all"), ALL_ROLES)],
                        allow_blank=False,
                        value=ALL_ROLES,
                        id="role-select",
                        disabled=first is None or not first.roles,
                    )
                yield FrameworkDetail(self.lang, id="framework-detail")

    def on_mount(self) -> None:
        tree = self.query_one(FrameworkTree)
        tree.populate(self.roles)
        tree.focus()
        if tree.root.children:
            tree.move_cursor(tree.root.children[0])
        if self.frameworks.problems:
            count = len({p.path for p in self.frameworks.problems})
            self.notify(
                t(self.lang, "browser.problems", count=count), severity="warning", markup=False
            )
        if not len(self.frameworks):
            self.query_one(FrameworkDetail).show_message(t(self.lang, "browser.no_frameworks"))
        self._sync_role_select(None)

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

    def _sync_role_select(self, framework: Framework | None) -> None:
        """Offer the roles of the framework under the cursor in the role picker."""
        self.current = framework
        select = self.query_one("#role-select", Select)
        if framework is None or not framework.roles:
            with self.prevent(Select.Changed):
                select.set_options([(t(self.lang, "browser.role.none"), ALL_ROLES)])
                select.value = ALL_ROLES
            select.disabled = True
            return
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
        tree = self.query_one(FrameworkTree)
        cursor = tree.cursor_node.data if tree.cursor_node is not None else None
        tree.refill(framework, role)
        # Keep the cursor where it was when that entry is still shown, else on the framework.
        node = None
        if cursor is not None:
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

    def action_choose_role(self) -> None:
        select = self.query_one("#role-select", Select)
        if not select.disabled:
            select.focus()
            select.action_show_overlay()

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
