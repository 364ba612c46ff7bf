"""The full text of whatever is chosen in the framework tree."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from lederbog.i18n import t
from lederbog.model.framework import Area, Framework, Item
from lederbog.text import blocks, for_display
from lederbog.ui.targets import (
    AreaTarget,
    FrameworkTarget,
    GroupTarget,
    ItemTarget,
    ListItemTarget,
    ListTarget,
    Target,
)
from lederbog.ui.widgets.breakable import BreakableText


class Palette:
    """The few styles the detail pane needs, taken from the app's current theme."""

    def __init__(self, accent: str | None) -> None:
        self.title = Style(bold=True, color=accent)
        self.heading = Style(bold=True, color=accent)
        self.muted = Style(dim=True)
        self.strong = Style(bold=True)
        self.prompt = Style(italic=True)


def _text(value: str, style: Style | str = "") -> Text:
    """User or framework text as a Rich Text: never markup, never control codes."""
    return Text(for_display(value), style=style)


def _paragraphs(value: str, style: Style | str = "") -> list[RenderableType]:
    """Paragraphs with blank lines between them; "- " lines as a bulleted list."""
    parts: list[RenderableType] = []
    for number, block in enumerate(blocks(value)):
        if number:
            parts.append(Text(""))
        if isinstance(block, list):
            parts.append(_Bullets(("•", _text(entry, style)) for entry in block))
        else:
            parts.append(_text(block, style))
    return parts


class _Bullets:
    """Items as a list with hanging indents, so wrapped lines stay under their text.

    Draws exactly what a two-column `Table.grid` (bullet, text) draws, without the
    table's measuring of every cell: the text column is always the width less two.
    """

    def __init__(self, rows: Iterable[tuple[str, Text]]) -> None:
        self.rows = list(rows)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if options.max_width < 3:
            yield self._table()  # no room for bullet, gap and text: squeezed as a table does
            return
        text_options = options.update(
            width=options.max_width - 2,
            justify="left",
            no_wrap=False,
            overflow="ellipsis",
            height=None,
            highlight=False,
        )
        gap = Segment(" ", Style())
        hang = Segment("  ", Style())
        new_line = Segment.line()
        for bullet, text in self.rows:
            for number, line in enumerate(console.render_lines(text, text_options, pad=True)):
                if number:
                    yield hang
                else:
                    yield Segment(bullet)
                    yield gap
                yield from line
                yield new_line

    def _table(self) -> RenderableType:
        from rich.table import Table

        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(width=1, no_wrap=True)
        grid.add_column(ratio=1)
        for bullet, text in self.rows:
            grid.add_row(bullet, text)
        return grid


class DetailRenderer:
    """Turns a tree target into renderables, in the chosen language."""

    def __init__(self, lang: str, palette: Palette, role: str) -> None:
        self.lang = lang
        self.p = palette
        self.role = role

    def render(self, target: Target | None) -> RenderableType:
        if target is None:
            return _text(t(self.lang, "browser.empty"), self.p.muted)
        match target:
            case FrameworkTarget(framework=framework):
                parts = self.framework(framework)
            case AreaTarget(framework=framework, area=area):
                parts = self.area(framework, area)
            case GroupTarget(framework=framework, area=area, group=group, role=role):
                parts = self.group(framework, area, group, role)
            case ItemTarget(framework=framework, area=area, item=item):
                parts = self.item(framework, area, item)
            case ListTarget(framework=framework, reference=reference):
                parts = self.reference(
                    framework, reference.title, reference.summary, reference.items
                )
            case ListItemTarget(framework=framework, reference=reference, item=item):
                parts = self.list_item(framework, reference.title, item)
        return Group(*parts)

    # --- pieces -------------------------------------------------------------------

    def crumb(self, *steps: str) -> Text:
        return _text(" › ".join(steps), self.p.muted)

    def heading(self, title: str) -> list[RenderableType]:
        return [Text(""), _text(title, self.p.heading)]

    def prompt(self, prompt: str) -> list[RenderableType]:
        if not prompt:
            return []
        return [
            *self.heading(t(self.lang, "browser.prompt")),
            Padding(_text(prompt, self.p.prompt), (0, 0, 0, 2)),
        ]

    def item_text(self, item: Item) -> Text:
        text = Text()
        if item.title:
            text.append_text(_text(f"{item.title}: ", self.p.strong))
        text.append_text(_text(item.text))
        if item.by:
            text.append_text(_text(f" — {item.by}", self.p.muted))
        return text

    def item_rows(
        self, framework: Framework, items: Iterable[Item], by_role: bool
    ) -> list[RenderableType]:
        """Items as bullets; with `by_role`, under a heading per role."""
        parts: list[RenderableType] = []
        rows: list[tuple[str, Text]] = []
        current = ""
        for item in items:
            if by_role and item.role != current:
                if rows:
                    parts.append(_Bullets(rows))
                    rows = []
                current = item.role
                role = framework.role(current)
                parts.append(_text(role.title if role else current, self.p.strong))
            rows.append(("•", self.item_text(item)))
        if rows:
            parts.append(_Bullets(rows))
        return parts

    def ident(self, ident: str) -> RenderableType:
        """The id that commands take (`lederbog note --area`, `--item`), muted; it is
        broken only at '-' and '/' when it does not fit, never mid-word."""
        return BreakableText(t(self.lang, "browser.item_id", id=ident), self.p.muted)

    def role_note(self, framework: Framework) -> list[RenderableType]:
        if not self.role:
            return []
        role = framework.role(self.role)
        title = role.title if role else self.role
        return [_text(t(self.lang, "browser.showing_role", role=title), self.p.muted)]

    # --- targets --------------------------------------------------------------------

    def framework(self, framework: Framework) -> list[RenderableType]:
        parts: list[RenderableType] = [_text(framework.title, self.p.title)]
        if framework.organisation:
            parts.append(_text(framework.organisation, self.p.muted))
        if framework.summary:
            parts += [Text(""), *_paragraphs(framework.summary)]
        if framework.roles:
            parts += self.heading(t(self.lang, "browser.roles"))
            parts.append(_Bullets(("•", _text(r.title)) for r in framework.roles))
        parts += self.heading(t(self.lang, "browser.areas"))
        parts.append(_Bullets(("•", _text(a.title)) for a in framework.areas))
        if framework.lists:
            parts += self.heading(t(self.lang, "browser.lists"))
            parts.append(_Bullets(("•", _text(r.title)) for r in framework.lists))
        if framework.source:
            parts += self.heading(t(self.lang, "browser.source"))
            parts += _paragraphs(framework.source, self.p.muted)
        parts += [Text(""), self.ident(framework.id)]
        return parts

    def area(self, framework: Framework, area: Area) -> list[RenderableType]:
        parts: list[RenderableType] = [
            self.crumb(framework.title),
            _text(area.title, self.p.title),
            *self.role_note(framework),
        ]
        if area.summary:
            parts += [Text(""), *_paragraphs(area.summary)]
        groups = area.groups(self.role or None)
        for group, items in groups:
            parts += self.heading(group) if group else [Text("")]
            parts += self.item_rows(framework, items, by_role=not self.role)
        if area.items and not groups:
            parts += [Text(""), _text(t(self.lang, "browser.no_items"), self.p.muted)]
        # The question after the items: a summary ending in ":" leads in to them directly.
        parts += self.prompt(area.prompt)
        parts += [Text(""), self.ident(f"{framework.id}/{area.id}")]
        return parts

    def group(
        self, framework: Framework, area: Area, group: str, role: str
    ) -> list[RenderableType]:
        items = [item for item in area.items_for(self.role or None) if item.group == group]
        steps = [framework.title, area.title]
        title = group
        if role:
            items = [item for item in items if item.role == role]
            steps.append(group)
            found = framework.role(role)
            title = found.title if found else role
        parts: list[RenderableType] = [self.crumb(*steps), _text(title, self.p.title), Text("")]
        parts += self.item_rows(framework, items, by_role=not self.role and not role)
        return parts

    def item(self, framework: Framework, area: Area, item: Item) -> list[RenderableType]:
        steps = [framework.title, area.title] + ([item.group] if item.group else [])
        parts: list[RenderableType] = [self.crumb(*steps)]
        if item.role:
            role = framework.role(item.role)
            parts.append(_text(role.title if role else item.role, self.p.heading))
        if item.title:
            parts.append(_text(item.title, self.p.title))
        parts += [Text(""), *_paragraphs(item.text, self.p.strong)]
        if item.by:
            parts.append(_text("— " + t(self.lang, "browser.said_by", who=item.by), self.p.muted))
        parts += self.prompt(item.prompt or area.prompt)
        parts += [Text(""), self.ident(f"{framework.id}/{item.id}")]
        return parts

    def reference(
        self, framework: Framework, title: str, summary: str, items: Iterable[Item]
    ) -> list[RenderableType]:
        parts: list[RenderableType] = [self.crumb(framework.title), _text(title, self.p.title)]
        if summary:
            parts += [Text(""), *_paragraphs(summary)]
        parts.append(Text(""))
        parts += self.item_rows(framework, items, by_role=False)
        return parts

    def list_item(self, framework: Framework, title: str, item: Item) -> list[RenderableType]:
        parts: list[RenderableType] = [self.crumb(framework.title, title)]
        if item.title:
            parts.append(_text(item.title, self.p.title))
        parts += [Text(""), *_paragraphs(item.text, self.p.strong)]
        if item.by:
            parts += [Text(""), _text("— " + item.by, self.p.muted)]
        return parts


class FrameworkDetail(VerticalScroll, can_focus=True):
    """A scrollable pane with the full text of one tree target."""

    DEFAULT_CSS = """
    FrameworkDetail > Static { width: 100%; }
    """

    def __init__(self, lang: str, **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.target: Target | None = None
        self.role = ""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(id="detail-text")

    def show(self, target: Target | None, role: str) -> None:
        self.target = target
        self.role = role
        self.refresh_text()
        self.scroll_home(animate=False)

    def show_message(self, message: str) -> None:
        """A plain message instead of framework text (when there is nothing to show)."""
        self.target = None
        self.query_one("#detail-text", Static).update(_text(message, Style(dim=True)))

    def refresh_text(self) -> None:
        theme = self.app.current_theme
        palette = Palette(theme.accent or theme.primary)
        renderer = DetailRenderer(self.lang, palette, self.role)
        self.query_one("#detail-text", Static).update(renderer.render(self.target))

    @property
    def plain_text(self) -> str:
        """The pane's text without styles (what a reader sees); for tests and copying."""
        import io

        from rich.console import Console

        console = Console(width=max(self.size.width, 40), record=True, file=io.StringIO())
        renderer = DetailRenderer(self.lang, Palette(None), self.role)
        console.print(renderer.render(self.target))
        return console.export_text()
