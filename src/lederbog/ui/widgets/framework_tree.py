"""The tree of frameworks, areas, groups, roles, items and lists."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text, TextType
from textual import events
from textual.binding import Binding, BindingType
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from lederbog.frameworks import FrameworkSet
from lederbog.i18n import t
from lederbog.model.framework import Area, Framework, Item
from lederbog.text import for_display, one_line
from lederbog.ui.bindings import localise_bindings
from lederbog.ui.targets import (
    AreaTarget,
    FrameworkTarget,
    GroupTarget,
    ItemTarget,
    ListItemTarget,
    ListTarget,
    Target,
)

LABEL_WIDTH = 70


def item_label(item: Item) -> str:
    """An item as one line: its title if it has one, else the start of its text."""
    if item.title:
        return one_line(f"{item.title}: {item.text}", LABEL_WIDTH)
    return one_line(item.text, LABEL_WIDTH)


class FrameworkTree(Tree[Target]):
    """Every framework as a branch. Items shown depend on each framework's role filter.

    A framework's branch gets its areas, items and lists when it is first opened
    or searched: the first screen shows the frameworks closed, and making several
    hundred nodes nobody sees yet was a good part of its start-up.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right,l", "open_node", "Open", id="open_node", show=False),
        Binding("left,h", "close_node", "Close", id="close_node", show=False),
    ]

    def __init__(self, frameworks: FrameworkSet, lang: str, **kwargs: object) -> None:
        super().__init__(t(lang, "browser.tree"), **kwargs)  # type: ignore[arg-type]
        self.frameworks = frameworks
        self.lang = lang
        self.show_root = False
        self.guide_depth = 2
        self._branches: dict[str, TreeNode[Target]] = {}  # framework id -> its branch
        self._unfilled: dict[TreeNode[Target], str] = {}  # branch -> role filter, until filled
        self.auto_expand = False  # Enter opens a branch itself (action_select_cursor)
        localise_bindings(self, lang)

    def process_label(self, label: TextType) -> Text:
        # Labels are framework text: plain text, never markup.
        if isinstance(label, str):
            return Text(for_display(label).split("\n")[0])
        return label

    def render_label(self, node: TreeNode[Target], base_style: Style, style: Style) -> Text:
        """The label cut to the pane's width with an ellipsis, so the tree never scrolls
        sideways: the full text is always in the detail pane."""
        label = super().render_label(node, base_style, style)
        depth = 0
        parent = node.parent
        while parent is not None and parent is not self.root:
            depth += 1
            parent = parent.parent
        available = self.scrollable_content_region.width - depth * self.guide_depth
        if available > 4 and label.cell_len > available:
            label.truncate(available - 1)
            label.append("…")
        return label

    def on_resize(self, event: events.Resize) -> None:
        self._invalidate()

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[Target]) -> None:
        # Every way of opening a branch (a click on its arrow, shift+space, code) ends here.
        self._ensure_filled(event.node)

    def action_select_cursor(self) -> None:
        """Enter (or a click on a label): open or close the branch now, then say it was chosen.

        Tree would open it when its NodeSelected message comes round, after keys already
        typed: Enter then Down at once moved past the branch before it opened.
        """
        node = self.cursor_node
        if node is not None:
            self.toggle_now(node)
            self.post_message(Tree.NodeSelected(node))

    def action_toggle_node(self) -> None:
        """Space: open or close the branch under the cursor, with its children made first."""
        node = self.cursor_node
        if node is not None:
            self.toggle_now(node)

    def toggle_now(self, node: TreeNode[Target]) -> None:
        """Open (with its children) or close `node`, and lay the lines out again at once,
        so the next key already finds them."""
        if not node.allow_expand:
            return
        self._ensure_filled(node)
        if node.is_expanded:
            node.collapse()
        else:
            node.expand()
        _ = self._tree_lines

    def action_toggle_expand_all(self) -> None:
        self.fill_all()
        super().action_toggle_expand_all()

    def action_open_node(self) -> None:
        """→ opens a closed branch, or steps into an open one (like a file manager)."""
        node = self.cursor_node
        if node is None or not node.allow_expand:
            return
        self._ensure_filled(node)
        if not node.is_expanded:
            node.expand()
        elif node.children:
            self.move_cursor(node.children[0])

    def action_close_node(self) -> None:
        """← closes an open branch, or steps out to the parent."""
        node = self.cursor_node
        if node is None:
            return
        if node.is_expanded and node.allow_expand:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent)

    def populate(self, roles: Mapping[str, str], first: Sequence[str] = ()) -> None:
        """(Re)build the whole tree, with `roles[framework id]` as each framework's filter;
        the frameworks in `first` (the leader's own, in order) come first."""
        self.clear()
        self._branches.clear()
        self._unfilled.clear()
        rank = {framework_id: n for n, framework_id in enumerate(first)}
        ordered = sorted(self.frameworks, key=lambda fw: rank.get(fw.id, len(rank)))
        for framework in ordered:
            node = self.root.add(framework.title, data=FrameworkTarget(framework))
            self._branches[framework.id] = node
            self._unfilled[node] = roles.get(framework.id, "")
        self.root.expand()

    def _ensure_filled(self, node: TreeNode[Target]) -> None:
        """Give a framework's branch its children, if it has not got them yet."""
        role = self._unfilled.pop(node, None)
        if role is not None and isinstance(node.data, FrameworkTarget):
            self._fill(node, node.data.framework, role)

    def fill_all(self) -> None:
        """Give every framework's branch its children (before opening them all)."""
        for node in list(self._unfilled):
            self._ensure_filled(node)

    def refill(self, framework: Framework, role: str) -> None:
        """Rebuild one framework's branch after its role filter changed."""
        node = self._branches.get(framework.id)
        if node is None:
            return
        if node in self._unfilled:
            self._unfilled[node] = role  # filled with this role when first opened
            return
        expanded = node.is_expanded
        node.remove_children()
        self._fill(node, framework, role)
        if expanded:
            node.expand()

    def _fill(self, node: TreeNode[Target], framework: Framework, role: str) -> None:
        role_titles = {r.id: r.title for r in framework.roles}
        for area in framework.areas:
            items = area.items_for(role or None)
            area_node = node.add(area.title, data=AreaTarget(framework, area))
            for group, group_items in area.groups(role or None):
                parent = area_node
                if group:
                    parent = area_node.add(group, data=GroupTarget(framework, area, group))
                by_role = not role and any(item.role for item in group_items)
                if by_role:
                    self._add_by_role(parent, framework, area, group, group_items, role_titles)
                else:
                    for item in group_items:
                        parent.add_leaf(item_label(item), data=ItemTarget(framework, area, item))
            if not items:
                area_node.allow_expand = False
        if framework.lists:
            lists_node = node.add(t(self.lang, "browser.lists"), data=FrameworkTarget(framework))
            for reference in framework.lists:
                list_node = lists_node.add(reference.title, data=ListTarget(framework, reference))
                for item in reference.items:
                    label = item_label(item) + (f" — {item.by}" if item.by else "")
                    list_node.add_leaf(label, data=ListItemTarget(framework, reference, item))

    def _add_by_role(
        self,
        parent: TreeNode[Target],
        framework: Framework,
        area: Area,
        group: str,
        items: list[Item],
        role_titles: Mapping[str, str],
    ) -> None:
        """Items of a group under one sub-branch per role (shared ones first, unnested)."""
        role_nodes: dict[str, TreeNode[Target]] = {}
        for item in items:
            if not item.role:
                parent.add_leaf(item_label(item), data=ItemTarget(framework, area, item))
                continue
            branch = role_nodes.get(item.role)
            if branch is None:
                title = role_titles.get(item.role, item.role)
                branch = parent.add(title, data=GroupTarget(framework, area, group, item.role))
                role_nodes[item.role] = branch
            branch.add_leaf(item_label(item), data=ItemTarget(framework, area, item))

    def lists_node(self, framework_id: str) -> TreeNode[Target] | None:
        """The "Lister" heading of a framework's branch (it shows the framework's text)."""
        branch = self._branches.get(framework_id)
        if branch is None:
            return None
        self._ensure_filled(branch)
        last = branch.children[-1] if branch.children else None
        if last is not None and isinstance(last.data, FrameworkTarget):
            return last
        return None

    def is_lists_node(self, node: TreeNode[Target]) -> bool:
        parent = node.parent
        return (
            isinstance(node.data, FrameworkTarget)
            and parent is not None
            and (parent is not self.root)
        )

    def find(
        self, matches: Callable[[Target], bool], framework_id: str | None = None
    ) -> TreeNode[Target] | None:
        """The first node, depth first, whose target `matches`; with `framework_id`,
        only in that framework's branch. Branches searched get their children."""
        if framework_id is None:
            stack = list(reversed(self.root.children))
        else:
            branch = self._branches.get(framework_id)
            stack = [branch] if branch is not None else []
        while stack:
            node = stack.pop()
            if node.data is not None and matches(node.data):
                return node
            self._ensure_filled(node)
            stack.extend(reversed(node.children))
        return None

    def reveal(self, node: TreeNode[Target]) -> None:
        """Expand the node's ancestors, move the cursor to it and scroll it into view."""
        parent = node.parent
        while parent is not None:
            parent.expand()
            parent = parent.parent
        # A node's line is known only once the tree has laid its lines out again;
        # reading _tree_lines does that now instead of at the next refresh.
        _ = self._tree_lines
        self.move_cursor(node)
