"""A self-assessment being made or changed: each area in turn, rated 1-5 against its items.

The form only collects: the screen that holds it binds the keys (1-5, arrows,
ctrl+s, Escape), saves through the store and says what happened.
"""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from lederbog.assessments import SCALE, Rating
from lederbog.dates import DateError, format_date, parse_date
from lederbog.i18n import t
from lederbog.model.framework import Area, Framework
from lederbog.model.records import Assessment, now
from lederbog.store.store import new_id
from lederbog.text import for_display, one_line


def list_width(screen_width: int) -> int:
    """The width of the list of areas: 26 columns at 80, up to 40 on a wide terminal."""
    return max(26, min(40, screen_width * 3 // 10))


def date_text(day: dt.date, lang: str) -> str:
    """A date as it is typed in the date field: 01-12-2026 in Danish, 2026-12-01 in English."""
    return day.isoformat() if lang == "en" else day.strftime("%d-%m-%Y")


class AssessmentForm(Vertical):
    """The areas of one framework on the left; the one chosen, its items, the scale and
    its note on the right."""

    # Here rather than in app.tcss: parsed when the section first opens, not at every start.
    DEFAULT_CSS = """
    AssessmentForm { height: 1fr; }
    AssessmentForm #af-top { height: 1; padding: 0 1; background: $boost; }
    AssessmentForm #af-title { width: 1fr; height: 1; text-wrap: nowrap; text-overflow: ellipsis; }
    AssessmentForm #af-date-label { width: auto; padding: 0 1 0 2; color: $text-muted; }
    AssessmentForm #af-date { width: 12; }
    AssessmentForm #af-date-shown { width: auto; max-width: 40; height: 1; padding-left: 1; }
    AssessmentForm #af-date-shown.-wrong { color: $error; text-style: bold; }
    AssessmentForm #af-main { height: 1fr; }
    AssessmentForm #af-areas {
        height: 1fr;
        border-right: vkey $foreground 20%;
    }
    AssessmentForm #af-right { width: 1fr; padding: 0 1; }
    AssessmentForm #af-area-title { height: auto; }
    AssessmentForm #af-items-scroll { height: 1fr; min-height: 3; scrollbar-size-vertical: 1; }
    AssessmentForm #af-scale { height: auto; }
    AssessmentForm #af-previous { height: auto; }
    AssessmentForm #af-note { height: 3; background: $boost; }
    AssessmentForm #af-error { height: auto; padding: 0 1; color: $error; text-style: bold; }
    """

    def __init__(
        self,
        framework: Framework,
        *,
        lang: str,
        today: dt.date,
        role: str = "",
        role_title: str = "",
        previous: dict[str, Rating] | None = None,
        existing: Assessment | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.framework = framework
        self.lang = lang
        self.today = today
        self.role = role
        self.role_title = role_title
        self.previous: dict[str, Rating] = dict(previous or {})
        self.existing = existing
        self.areas: tuple[Area, ...] = framework.areas
        self.scores: dict[str, int] = dict(existing.scores) if existing else {}
        self.notes: dict[str, str] = dict(existing.notes) if existing else {}
        self.index = 0
        self._date_typed = date_text(existing.date if existing else today, lang)
        self._start = (dict(self.scores), dict(self.notes), self._date_typed)
        self._note_shown = ""  # the text put into the note field, to tell it from typing
        self._note_area: str | None = None  # the area whose note the field holds
        self._label_width = 22

    # --- building -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        name = one_line(self.framework.title)
        if self.existing is not None:
            day = format_date(self.existing.date, self.lang)
            title = t(self.lang, "assessment.form.edit", date=day, framework=name)
        else:
            title = t(self.lang, "assessment.form.new", framework=name)
        with Horizontal(id="af-top"):
            yield Static(Text(title, style="bold"), id="af-title")
            yield Static(t(self.lang, "assessment.form.date"), id="af-date-label")
            yield Input(self._date_typed, id="af-date", compact=True)
            yield Static("", id="af-date-shown", markup=False)
        with Horizontal(id="af-main"):
            width = list_width(self.app.size.width)
            self._label_width = width - 4  # the mark, its space, the border and a margin
            areas = OptionList(*self._area_options(), id="af-areas", compact=True)
            areas.styles.width = width
            yield areas
            with Vertical(id="af-right"):
                yield Static("", id="af-area-title")
                with VerticalScroll(id="af-items-scroll"):
                    yield Static("", id="af-items")
                yield Static("", id="af-scale")
                yield Static("", id="af-previous")
                yield TextArea(
                    id="af-note", compact=True, placeholder=t(self.lang, "assessment.form.note")
                )
        yield Static("", id="af-error", markup=False)

    def on_mount(self) -> None:
        self.query_one("#af-items-scroll").can_focus = False
        areas = self.query_one("#af-areas", OptionList)
        if self.areas:
            areas.highlighted = 0
        self._show_date()
        self._show_error("")
        self._show_area()
        areas.focus()

    def _area_label(self, index: int) -> Text:
        area = self.areas[index]
        score = self.scores.get(area.id)
        mark = str(score) if score is not None else "·"
        label = Text()
        label.append(f"{mark} ", style="bold" if score is not None else "dim")
        label.append(one_line(area.title, self._label_width))
        return label

    def _area_options(self) -> list[Option]:
        return [Option(self._area_label(i), id=f"area-{i}") for i in range(len(self.areas))]

    # --- what the keys do (called by the screen) ---------------------------------------

    @property
    def area(self) -> Area | None:
        return self.areas[self.index] if self.areas else None

    def _follow_list(self) -> None:
        """Catch up with the list's cursor: a key may arrive before its highlight message."""
        highlighted = self.query_one("#af-areas", OptionList).highlighted
        if highlighted is not None and highlighted != self.index:
            self.index = highlighted
            self._show_area()

    def rate(self, score: int) -> None:
        """Give the area shown `score` (1-5); 0 leaves it unrated."""
        self._follow_list()
        area = self.area
        if area is None:
            return
        if score in SCALE:
            self.scores[area.id] = score
        else:
            self.scores.pop(area.id, None)
        self.query_one("#af-areas", OptionList).replace_option_prompt_at_index(
            self.index, self._area_label(self.index)
        )
        self._show_error("")
        self._show_area(keep_note=True)

    def move(self, delta: int) -> None:
        """Show the next (1) or previous (-1) area."""
        if not self.areas:
            return
        self._follow_list()
        target = max(0, min(len(self.areas) - 1, self.index + delta))
        self.query_one("#af-areas", OptionList).highlighted = target
        self._follow_list()

    def go_to(self, area_id: str) -> None:
        for index, area in enumerate(self.areas):
            if area.id == area_id:
                self.query_one("#af-areas", OptionList).highlighted = index

    def is_dirty(self) -> bool:
        """Whether leaving would throw away something the leader did."""
        self._capture_note()
        return (self.scores, self._notes_kept(), self._date_typed) != self._start

    def update_previous(self, previous: dict[str, Rating]) -> None:
        """Newer figures (the records changed while the form was open)."""
        self.previous = dict(previous)
        self._show_area(keep_note=True)

    def build(self) -> Assessment | None:
        """The assessment as typed, or None (with the reason shown) when it cannot be saved."""
        self._capture_note()
        day = self._date()
        if not isinstance(day, dt.date):
            self._show_error(t(self.lang, "assessment.form.date_wrong"))
            self.query_one("#af-date", Input).focus()
            return None
        if not self.scores:
            self._show_error(t(self.lang, "assessment.form.nothing_rated"))
            return None
        scores = {area.id: self.scores[area.id] for area in self.areas if area.id in self.scores}
        notes = self._notes_kept()
        existing = self.existing
        if existing is None:
            return Assessment(new_id(), now(), day, self.framework.id, scores, notes)
        record = Assessment(
            existing.id, existing.created, day, existing.framework, scores, notes,
            dict(existing.extra),
        )  # fmt: skip
        record.origin = existing.origin  # so the store can tell if the file changed meanwhile
        return record

    def show_problem(self, message: str) -> None:
        self._show_error(message)

    # --- following the leader ---------------------------------------------------------

    @on(OptionList.OptionHighlighted, "#af-areas")
    def _area_highlighted(self) -> None:
        self._follow_list()

    @on(TextArea.Changed, "#af-note")
    def _note_changed(self) -> None:
        self._capture_note()

    def _capture_note(self) -> None:
        """Keep what is typed in the note field as the note of the area it was typed for.

        Read from the field itself, not from a Changed message, which may arrive after the
        leader has moved on to the next area.
        """
        if self._note_area is None:
            return
        text = self.query_one("#af-note", TextArea).text
        if text != self._note_shown:  # else it is the note put there, not something typed
            self._note_shown = text
            self.notes[self._note_area] = text

    @on(Input.Changed, "#af-date")
    def _date_changed(self, event: Input.Changed) -> None:
        self._date_typed = event.value
        self._show_date()

    def _notes_kept(self) -> dict[str, str]:
        """The notes to save: every area's, in the framework's order, blank ones left out."""
        order = {area.id: n for n, area in enumerate(self.areas)}
        kept = {area: note for area, note in self.notes.items() if note.strip()}
        return dict(sorted(kept.items(), key=lambda pair: order.get(pair[0], len(order))))

    def _date(self) -> dt.date | str:
        try:
            day = parse_date(self._date_typed, self.lang)
        except DateError as error:
            return str(error)
        if day > self.today:
            return t(self.lang, "assessment.form.future", today=format_date(self.today, self.lang))
        return day

    def _show_date(self) -> None:
        day = self._date()
        shown = self.query_one("#af-date-shown", Static)
        if isinstance(day, dt.date):
            shown.update(Text(format_date(day, self.lang), style="dim"))
            shown.remove_class("-wrong")
        else:
            shown.update(Text(day))
            shown.add_class("-wrong")

    def _show_error(self, message: str) -> None:
        error = self.query_one("#af-error", Static)
        error.update(Text(message))
        error.display = bool(message)

    def _show_area(self, *, keep_note: bool = False) -> None:
        area = self.area
        if area is None:
            return
        title = Text(one_line(area.title), style="bold")
        count = t(self.lang, "assessment.form.area_count", n=self.index + 1, total=len(self.areas))
        title.append(f"  {count}", style="dim")
        self.query_one("#af-area-title", Static).update(title)
        self.query_one("#af-items", Static).update(self._items_text(area))
        self.query_one("#af-items-scroll", VerticalScroll).scroll_home(animate=False)
        self.query_one("#af-scale", Static).update(self._scale_text(area))
        self.query_one("#af-previous", Static).update(self._previous_text(area))
        if not keep_note:
            self._capture_note()
            self._note_area = area.id
            self._note_shown = self.notes.get(area.id, "")
            self.query_one("#af-note", TextArea).load_text(self._note_shown)

    def _items_text(self, area: Area) -> Text:
        text = Text()
        if self.role and self.role_title:
            heading = t(self.lang, "assessment.form.expected_of", role=self.role_title.lower())
        elif self.framework.roles:
            heading = t(self.lang, "assessment.form.expected_all")
        else:
            heading = t(self.lang, "assessment.form.expected")
        text.append(heading, style="italic")
        groups = area.groups(self.role or None)
        if not groups:
            text.append("\n" + t(self.lang, "assessment.form.no_items"), style="dim")
        roles = {role.id: role.title for role in self.framework.roles}
        for group, items in groups:
            if group:
                text.append("\n" + one_line(group), style="bold")
            for item in items:
                text.append("\n• " + for_display(item.text).strip())
                if item.role and not self.role:
                    text.append(f" ({one_line(roles.get(item.role, item.role))})", style="dim")
        return text

    def _scale_text(self, area: Area) -> Text:
        score = self.scores.get(area.id)
        last = self.previous.get(area.id)
        text = Text()
        for step in SCALE:
            chosen = step == score
            # ▶ the rating given now; ◦ last time's (the line below the scale says so).
            marker = "▶ " if chosen else "◦ " if last is not None and last.score == step else "  "
            line = Text()
            line.append(marker, style="bold" if chosen else "dim")
            line.append(f"{step} ", style="bold")
            line.append(t(self.lang, f"assessment.scale.{step}"), style="bold" if chosen else "")
            if step != SCALE[0]:
                text.append("\n")
            text.append_text(line)
        return text

    def _previous_text(self, area: Area) -> Text:
        """`Din vurdering: 4 · ◦ Sidst: 3 den 1. sep. 2026`, and last time's note below it."""
        score = self.scores.get(area.id)
        if score is not None:
            text = Text(t(self.lang, "assessment.form.rating", score=score), style="bold")
        else:
            text = Text(t(self.lang, "assessment.form.unrated"), style="dim")
        text.append(" · ", style="dim")
        last = self.previous.get(area.id)
        if last is None:
            text.append(t(self.lang, "assessment.form.no_previous"), style="dim")
            return text
        day = format_date(last.date, self.lang)
        text.append(t(self.lang, "assessment.form.previous", score=last.score, date=day))
        if last.note.strip():
            text.append("\n" + one_line(last.note), style="dim italic")
        return text
