"""Eksport: choose a period, a format and frameworks; see exactly what will be shared; write it.

The screen only collects choices and shows the result of the same `gather()` the
command uses; the file is written by `lederbog.export.write`, as by the command.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Checkbox, Input, OptionList, Select, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from lederbog.dates import DateError, format_date, parse_date
from lederbog.domain_text import domain_text
from lederbog.errors import LederbogError
from lederbog.i18n import t
from lederbog.text import one_line
from lederbog.ui.messages import RecordsChanged
from lederbog.ui.screens.section import SectionScreen

if TYPE_CHECKING:
    from lederbog.export.model import Export
    from lederbog.model.records import Reflection
    from lederbog.workbook import Workbook

FORMATS = ("html", "md", "toml")
PERIODS = ("year", "twelve", "since_last", "dates")


@dataclass(frozen=True)
class _Preview:
    export: Export
    shared: dict[str, Reflection]  # reflection id -> the shared reflection


class ExportSection(SectionScreen):
    """Choose, preview, un-share, write."""

    SECTION = "export"
    BINDINGS = [
        Binding("ctrl+s", "write", "Write file", id="export_write", priority=True),
        Binding("u", "unshare", "Make private", id="export_unshare"),
    ]

    def __init__(self, workbook: Workbook) -> None:
        super().__init__(workbook)
        self.preview: _Preview | None = None
        self.written: Path | None = None

    # --- layout ----------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        lang = self.lang
        from lederbog.export.write import last_export

        self.last = last_export(self.workbook.data_dir)
        periods = [(t(lang, f"export.period.{p}"), p) for p in PERIODS]
        if self.last is None:
            periods = [(label, p) for label, p in periods if p != "since_last"]
        with Vertical(id="export-form"):
            with Horizontal(classes="export-row"):
                yield Static(t(lang, "export.label.period"), classes="export-label")
                yield Select[str](
                    periods, value="twelve", allow_blank=False, id="export-period", compact=True
                )
                since = t(lang, "export.label.since")
                until = t(lang, "export.label.until")
                yield Input(placeholder=since, id="export-since", compact=True)
                yield Input(placeholder=until, id="export-until", compact=True)
            yield Static("", id="export-period-error", classes="export-error")
            with Horizontal(classes="export-row"):
                yield Static(t(lang, "export.label.format"), classes="export-label")
                formats = [(t(lang, f"export.format.{f}"), f) for f in FORMATS]
                yield Select[str](
                    formats, value="html", allow_blank=False, id="export-format", compact=True
                )
            with Horizontal(classes="export-row"):
                yield Static(t(lang, "export.label.frameworks"), classes="export-label")
                frameworks = self.workbook.leader_frameworks() or list(self.workbook.frameworks)
                for framework in frameworks[:2]:
                    yield Checkbox(
                        Content(one_line(framework.title, 27)),
                        True,
                        id=f"export-fw-{framework.id}",
                        classes="export-framework",
                    )
        yield Static("", id="export-count")
        yield OptionList(id="export-preview")
        yield Static("", id="export-status")

    def on_mount(self) -> None:
        self._set_dates_enabled(False)
        self.refresh_preview()

    # --- choices -----------------------------------------------------------------------

    def _period(self) -> tuple[dt.date, dt.date] | None:
        """The chosen period, or None with the reason shown beside the dates."""
        today = self.workbook.today()
        choice = self.query_one("#export-period", Select).value
        error = self.query_one("#export-period-error", Static)
        error.update("")
        error.display = False
        if choice == "year":
            return dt.date(today.year, 1, 1), today
        if choice == "since_last" and self.last is not None:
            return min(self.last + dt.timedelta(days=1), today), today
        if choice == "dates":
            try:
                since = parse_date(self.query_one("#export-since", Input).value, self.lang)
                until = parse_date(self.query_one("#export-until", Input).value, self.lang)
            except DateError as problem:
                error.update(Content(str(problem)))
                error.display = True
                return None
            if since > until:
                error.update(Content(t(self.lang, "export.reversed")))
                error.display = True
                return None
            return since, until
        return today - dt.timedelta(days=364), today

    def _frameworks(self) -> list[str] | None:
        boxes = list(self.query(".export-framework").results(Checkbox))
        if not boxes:
            return None
        return [str(box.id).removeprefix("export-fw-") for box in boxes if box.value]

    def _set_dates_enabled(self, enabled: bool) -> None:
        for name in ("#export-since", "#export-until"):
            self.query_one(name, Input).display = enabled

    @on(Select.Changed, "#export-period")
    def _period_changed(self, event: Select.Changed) -> None:
        dates = event.value == "dates"
        self._set_dates_enabled(dates)
        if dates:
            period = (self.workbook.today() - dt.timedelta(days=364), self.workbook.today())
            self.query_one("#export-since", Input).value = period[0].strftime("%d-%m-%Y")
            self.query_one("#export-until", Input).value = period[1].strftime("%d-%m-%Y")
        self.refresh_preview()

    @on(Input.Changed)
    @on(Checkbox.Changed)
    @on(Select.Changed, "#export-format")
    def _choice_changed(self) -> None:
        self.refresh_preview()

    # --- the preview -------------------------------------------------------------------

    def refresh_preview(self) -> None:
        period = self._period()
        if period is None:
            return
        self._gather(period, self._frameworks())

    @work(thread=True, exclusive=True, group="export-preview")
    def _gather(self, period: tuple[dt.date, dt.date], frameworks: list[str] | None) -> _Preview:
        from lederbog.export.gather import gather
        from lederbog.model.records import now

        store = self.workbook.store
        since, until = period
        reflections = store.reflections(since, until).records
        export = gather(
            profile=self.workbook.profile,
            frameworks=self.workbook.frameworks,
            goals=store.goals().records,
            reflections=reflections,
            assessments=store.assessments(since, until).records,
            since=since,
            until=until,
            generated=now(),
            only_frameworks=frameworks,
            language=self.lang,
        )
        return _Preview(export, {r.id: r for r in reflections if r.shared})

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != "export-preview":
            return
        if worker.state is WorkerState.SUCCESS and isinstance(worker.result, _Preview):
            self._show(worker.result)
        elif worker.state is WorkerState.ERROR:
            self.notify(one_line(str(worker.error)), severity="error", markup=False)

    def _show(self, preview: _Preview) -> None:
        self.preview = preview
        export, lang = preview.export, self.lang
        from lederbog.export.text import shared_count

        count = shared_count(export)
        if export.is_empty:
            count = f"{t(lang, 'export.nothing')} {count}"
        self.query_one("#export-count", Static).update(Content(count))
        if self.written is None:
            from lederbog.export.write import default_name, documents_dir

            fmt = str(self.query_one("#export-format", Select).value)
            target = documents_dir() / default_name(export.name, export.until, fmt)
            where = t(lang, "export.will_write", path=one_line(str(target)))
            self.query_one("#export-status", Static).update(Content(where))
        options: list[Option | None] = []

        def heading(key: str, n: int) -> None:
            options.append(Option(Content.styled(t(lang, key, n=n), "bold"), disabled=True))

        heading("export.preview.goals", len(export.goals))
        for goal in export.goals:
            label = f"  {one_line(goal.title, 50)} — {goal.progress} %"
            options.append(Option(Content(label), disabled=True))
        heading("export.preview.assessments", len(export.assessments))
        for assessment in export.assessments:
            framework = export.framework(assessment.framework)
            title = framework.title if framework else assessment.framework
            day = format_date(assessment.date, lang)
            options.append(Option(Content(f"  {day} — {one_line(title, 50)}"), disabled=True))
        heading("export.preview.reflections", len(export.reflections))
        for reflection in export.reflections:
            day = format_date(reflection.date, lang)
            lines = reflection.text.strip().splitlines()
            first = one_line(lines[0] if lines else "", 56)
            options.append(Option(Content(f"  {day} — {first}"), id=f"r-{reflection.id}"))
        preview_list = self.query_one("#export-preview", OptionList)
        highlighted = preview_list.highlighted
        preview_list.set_options(options)
        if highlighted is not None and highlighted < preview_list.option_count:
            preview_list.highlighted = highlighted

    def records_changed(self) -> None:
        self.refresh_preview()

    # --- actions -----------------------------------------------------------------------

    def action_unshare(self) -> None:
        preview_list = self.query_one("#export-preview", OptionList)
        index = preview_list.highlighted
        if self.preview is None or index is None:
            return
        option = preview_list.get_option_at_index(index)
        reflection = self.preview.shared.get((option.id or "").removeprefix("r-"))
        if reflection is None:
            self.notify(t(self.lang, "export.unshare.which"), markup=False)
            return
        from lederbog.ui.screens.confirm import Confirm

        first = one_line(reflection.text, 60)
        question = t(self.lang, "export.unshare.ask", text=first)

        def answered(yes: bool | None) -> None:
            if yes:
                self._unshare(reflection)

        confirm = Confirm(self.lang, question, t(self.lang, "export.unshare.yes"))
        self.app.push_screen(confirm, answered)

    def _unshare(self, reflection: Reflection) -> None:
        reflection.shared = False
        try:
            result = self.workbook.store.save(reflection)
        except LederbogError as error:
            reflection.shared = True
            self.notify(
                one_line(domain_text(self.lang, str(error))), severity="error", markup=False
            )
            return
        if result.conflict:
            message = t(self.lang, "export.unshare.conflict", path=one_line(str(result.path)))
            self.notify(message, severity="warning", timeout=15, markup=False)
        else:
            self.notify(t(self.lang, "export.unshare.done"), markup=False)
        self.app.post_message(RecordsChanged())

    def action_write(self, force: bool = False) -> None:
        if self.preview is None:
            return
        from lederbog.export.write import (
            default_name,
            documents_dir,
            remember_export,
            write_export,
        )
        from lederbog.store.atomic import AlreadyThere

        export = self.preview.export
        fmt = str(self.query_one("#export-format", Select).value)
        target = documents_dir() / default_name(export.name, export.until, fmt)
        try:
            written = write_export(export, fmt, None, force=force)  # None: documents folder
        except AlreadyThere:
            from lederbog.ui.screens.confirm import Confirm

            question = t(self.lang, "export.exists", path=one_line(str(target)))

            def answered(yes: bool | None) -> None:
                if yes:
                    self.action_write(force=True)

            confirm = Confirm(self.lang, question, t(self.lang, "export.replace"))
            self.app.push_screen(confirm, answered)
            return
        except LederbogError as error:
            self.notify(
                one_line(domain_text(self.lang, str(error))), severity="error", markup=False
            )
            return
        remember_export(self.workbook.data_dir, export.until)
        self.written = written  # from now on the status line says where it went
        message = t(self.lang, "export.written", path=one_line(str(written)))
        self.query_one("#export-status", Static).update(Content(message))
        self.notify(message, markup=False)
