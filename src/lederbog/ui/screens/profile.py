"""The profile form: name, organisation, language and frameworks with a role in each.

The same form greets a new leader (no profile.toml yet) and, from the palette's
"Profil", changes the profile later. It saves through the store and dismisses
with the saved profile; a field that is wrong says why beside it and keeps what
was typed, and nothing is saved until every field is right.
"""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Checkbox, Header, Input, Label, Select, Static

from lederbog.domain_text import domain_text
from lederbog.errors import LederbogError
from lederbog.frameworks import FrameworkSet
from lederbog.i18n import t
from lederbog.model.framework import Framework
from lederbog.model.records import FrameworkChoice, Profile
from lederbog.paths import user_frameworks_dir
from lederbog.store.store import SaveResult, Store
from lederbog.text import one_line
from lederbog.ui.bindings import localise_bindings
from lederbog.ui.widgets.footer import SteadyFooter
from lederbog.ui.widgets.select import LocalSelect


class DiscardChanges(ModalScreen[bool]):
    """ "Leave without saving?": True to leave, False to go back to the form."""

    DEFAULT_CSS = """
    DiscardChanges {
        align: center middle;
    }
    DiscardChanges #discard-dialog {
        width: 60;
        max-width: 95%;
        height: auto;
        border: round $warning;
        background: $surface;
        padding: 1 2;
    }
    DiscardChanges #discard-buttons {
        height: auto;
        margin-top: 1;
    }
    DiscardChanges Button {
        margin-right: 2;
    }
    """

    BINDINGS = [Binding("escape", "stay", "Back", id="profile_stay")]

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with Vertical(id="discard-dialog"):
            yield Static(t(self.lang, "profile.discard.question"), markup=False)
            with Horizontal(id="discard-buttons"):
                yield Button(t(self.lang, "profile.discard.stay"), id="stay", variant="primary")
                yield Button(t(self.lang, "profile.discard.leave"), id="leave", variant="error")

    @on(Button.Pressed, "#stay")
    def action_stay(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#leave")
    def _leave(self) -> None:
        self.dismiss(True)


class ProfileScreen(Screen[Profile | None]):
    """The profile form. Dismissed with the saved profile, or None when left unsaved."""

    DEFAULT_CSS = """
    ProfileScreen #profile-form {
        padding: 0 2;
    }
    ProfileScreen .profile-intro {
        margin: 1 0 0 0;
    }
    ProfileScreen .field-label {
        margin-top: 1;
        text-style: bold;
    }
    ProfileScreen .field-hint {
        color: $text-muted;
    }
    ProfileScreen .field-error {
        color: $text-error;
        display: none;
    }
    ProfileScreen .field-error.-shown {
        display: block;
    }
    ProfileScreen Input, ProfileScreen #language {
        width: 60;
        max-width: 100%;
    }
    ProfileScreen .framework-row {
        height: auto;
    }
    ProfileScreen .framework-row Checkbox {
        width: 1fr;
    }
    ProfileScreen .framework-row .framework-role {
        width: 30;
        margin-left: 1;
    }
    ProfileScreen .framework-row .no-roles {
        width: 30;
        margin-left: 1;
        color: $text-muted;
        padding: 0 1;
    }
    ProfileScreen #profile-buttons {
        height: auto;
        margin: 1 0;
    }
    ProfileScreen #profile-buttons Button {
        margin-right: 2;
    }
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="profile_save", priority=True),
        Binding("escape", "leave", "Back", id="profile_leave"),
        # The app's one-key section switches and `q` would leave the form half-filled.
        Binding("q,1,2,3,4,5,6", "stay", show=False),
    ]

    def __init__(
        self,
        *,
        lang: str,
        store: Store,
        frameworks: FrameworkSet,
        profile: Profile | None,
        first_start: bool,
    ) -> None:
        super().__init__()
        self.lang = lang
        self.store = store
        self.frameworks = frameworks
        self.profile = profile
        self.first_start = first_start
        self._localise_keys()
        self._initial: tuple[object, ...] = ()
        # What was typed, while the form is redrawn in another language.
        self._draft: Profile | None = None
        # The language list reports its first value too: only a different one is a choice.
        self._language_shown = ""
        self._redrawing = False  # the fields are being made again: nothing to read yet

    def _localise_keys(self) -> None:
        localise_bindings(self, self.lang)
        if self.first_start:  # Escape skips the first start; it goes "back" to nothing
            table = self._bindings.key_to_bindings
            skip = t(self.lang, "profile.skip")
            for key, bindings in table.items():
                table[key] = [
                    replace(b, description=skip) if b.id == "profile_leave" else b for b in bindings
                ]

    # --- the form ----------------------------------------------------------------

    def _chosen(self) -> dict[str, FrameworkChoice]:
        return {c.id: c for c in self.profile.frameworks} if self.profile else {}

    def compose(self) -> ComposeResult:
        lang = self.lang
        profile = self._draft or self.profile or Profile(language=lang)
        chosen = {choice.id: choice for choice in profile.frameworks}
        yield Header()
        with VerticalScroll(id="profile-form"):
            intro = "profile.intro.first" if self.first_start else "profile.intro.change"
            yield Static(t(lang, intro), classes="profile-intro", markup=False)
            yield Label(t(lang, "profile.name"), classes="field-label")
            yield Input(
                profile.name,
                id="name",
                placeholder=t(lang, "profile.name.placeholder"),
                compact=True,
            )
            yield Static("", id="name-error", classes="field-error", markup=False)
            yield Label(t(lang, "profile.organisation"), classes="field-label")
            yield Input(
                profile.organisation,
                id="organisation",
                placeholder=t(lang, "profile.organisation.placeholder"),
                compact=True,
            )
            yield Static("", id="organisation-error", classes="field-error", markup=False)
            yield Label(t(lang, "profile.language"), classes="field-label")
            language = profile.language if profile.language in ("da", "en") else lang
            self._language_shown = language
            yield LocalSelect[str](
                [("Dansk", "da"), ("English", "en")],
                lang=lang,
                value=language,
                allow_blank=False,
                compact=True,
                id="language",
            )
            yield Label(t(lang, "profile.frameworks"), classes="field-label")
            folder = user_frameworks_dir(self.store.root)
            yield Static(
                t(lang, "profile.frameworks.hint", folder=str(folder)),
                classes="field-hint",
                markup=False,
            )
            if self.frameworks.problems:
                # A framework file of the leader's that did not load is not offered: say why.
                count = len({problem.path for problem in self.frameworks.problems})
                yield Static(
                    t(
                        lang,
                        "browser.problems.one" if count == 1 else "browser.problems",
                        count=count,
                    ),
                    id="frameworks-problems",
                    classes="field-hint",
                    markup=False,
                )
            for framework in self.frameworks:
                yield from self._framework_row(framework, chosen.get(framework.id))
            if not len(self.frameworks):
                yield Static(t(lang, "profile.frameworks.none"), classes="field-hint", markup=False)
            yield Static("", id="frameworks-error", classes="field-error", markup=False)
            with Horizontal(id="profile-buttons"):
                yield Button(t(lang, "profile.save"), id="save", variant="primary")
                leave = "profile.skip" if self.first_start else "profile.cancel"
                yield Button(t(lang, leave), id="leave")
        yield SteadyFooter()

    def _framework_row(self, framework: Framework, choice: FrameworkChoice | None) -> ComposeResult:
        title = one_line(framework.title, 44)
        if not framework.bundled:
            title = t(self.lang, "profile.own_framework", title=title)
        with Horizontal(classes="framework-row"):
            yield Checkbox(
                Content(title), choice is not None, compact=True, id=f"use-{framework.id}"
            )
            if framework.roles:
                role = choice.role if choice and framework.role(choice.role) else None
                yield LocalSelect[str](
                    [(one_line(r.title, 26), r.id) for r in framework.roles],
                    lang=self.lang,
                    prompt=t(self.lang, "profile.role.prompt"),
                    value=role if role is not None else Select.NULL,
                    compact=True,
                    id=f"role-{framework.id}",
                    classes="framework-role",
                )
            else:
                yield Static(t(self.lang, "profile.role.none"), classes="no-roles", markup=False)
        yield Static("", id=f"role-error-{framework.id}", classes="field-error", markup=False)

    def on_mount(self) -> None:
        self._titles()
        self._initial = self._state()
        self.query_one("#name", Input).focus()

    def _titles(self) -> None:
        self.title = t(self.lang, "app.title")
        title = "profile.title.first" if self.first_start else "profile.title"
        self.sub_title = t(self.lang, title)

    @on(Select.Changed, "#language")
    async def _language_chosen(self, event: Select.Changed) -> None:
        """Show the form in the language just chosen, keeping everything typed."""
        chosen = str(event.value)
        if event.value is Select.NULL or chosen == self._language_shown:
            return
        self._language_shown = chosen
        if chosen == self.lang:
            return
        self._draft = self._as_typed()
        self.lang = chosen
        self._localise_keys()
        self._redrawing = True
        try:
            await self.recompose()
        finally:
            self._redrawing = False
        if self.is_attached:
            self._titles()
            self.query_one("#language", Select).focus()

    def _as_typed(self) -> Profile:
        """The form's values as they stand, checked or not (to redraw it, never to save)."""
        choices = []
        for framework in self.frameworks:
            if not self.query_one(f"#use-{framework.id}", Checkbox).value:
                continue
            role = ""
            if framework.roles:
                value = self.query_one(f"#role-{framework.id}", Select).value
                role = "" if value is Select.NULL else str(value)
            choices.append(FrameworkChoice(framework.id, role))
        return Profile(
            self.query_one("#name", Input).value,
            self.query_one("#organisation", Input).value,
            str(self.query_one("#language", Select).value),
            choices,
        )

    def _state(self) -> tuple[object, ...]:
        """Everything the leader can change, to tell whether something would be lost."""
        state: list[object] = [
            self.query_one("#name", Input).value,
            self.query_one("#organisation", Input).value,
            self.query_one("#language", Select).value,
        ]
        for framework in self.frameworks:
            state.append(self.query_one(f"#use-{framework.id}", Checkbox).value)
            if framework.roles:
                state.append(self.query_one(f"#role-{framework.id}", Select).value)
        return tuple(state)

    @on(Input.Submitted)
    def _next_field(self) -> None:
        # Enter in a text field goes on to the next one, as in most forms.
        self.focus_next()

    @on(Select.Changed, ".framework-role")
    def _role_chosen(self, event: Select.Changed) -> None:
        # Choosing a role says the leader follows the framework.
        if event.value is not Select.NULL and event.select.id:
            framework_id = event.select.id.removeprefix("role-")
            self.query_one(f"#use-{framework_id}", Checkbox).value = True

    # --- saving ------------------------------------------------------------------

    def _show_error(self, widget_id: str, message: str) -> None:
        error = self.query_one(f"#{widget_id}", Static)
        error.update(message)
        error.set_class(bool(message), "-shown")

    def _collect(self) -> Profile | None:
        """The profile the form describes, or None with every problem shown beside its field."""
        lang = self.lang
        name = self.query_one("#name", Input).value.strip()
        organisation = self.query_one("#organisation", Input).value.strip()
        language = str(self.query_one("#language", Select).value)
        first_wrong: str | None = None

        def check(field: str, ok: bool, key: str, **values: object) -> None:
            nonlocal first_wrong
            self._show_error(f"{field}-error", "" if ok else t(lang, key, **values))
            if not ok and first_wrong is None:
                first_wrong = field

        check("name", bool(name), "profile.name.missing")
        check("organisation", bool(organisation), "profile.organisation.missing")
        old = self._chosen()
        choices: list[FrameworkChoice] = []
        for framework in self.frameworks:
            if not self.query_one(f"#use-{framework.id}", Checkbox).value:
                self._show_error(f"role-error-{framework.id}", "")
                continue
            role = ""
            if framework.roles:
                value = self.query_one(f"#role-{framework.id}", Select).value
                role = "" if value is Select.NULL else str(value)
                missing = t(lang, "profile.role.missing", framework=one_line(framework.title, 50))
                self._show_error(f"role-error-{framework.id}", "" if role else missing)
                if not role and first_wrong is None:
                    first_wrong = f"role-{framework.id}"
            previous = old.get(framework.id)
            extra = dict(previous.extra) if previous else {}
            choices.append(FrameworkChoice(framework.id, role, extra))
        self._show_error(
            "frameworks-error", "" if choices else t(lang, "profile.frameworks.missing")
        )
        if not choices and first_wrong is None:
            first_wrong = f"use-{next(iter(self.frameworks)).id}" if len(self.frameworks) else None
        if first_wrong is not None or not choices:
            if first_wrong is not None:
                self.query_one(f"#{first_wrong}").focus()
            return None
        # A framework the profile names but that is not here (its file is gone or broken)
        # is kept as it was: the form shows only what it can, and loses nothing.
        shown = {framework.id for framework in self.frameworks}
        choices += [choice for choice in old.values() if choice.id not in shown]
        if self.profile is None:
            return Profile(name, organisation, language, choices)
        return replace(
            self.profile,
            name=name,
            organisation=organisation,
            language=language,
            frameworks=choices,
            extra=dict(self.profile.extra),
        )

    async def action_save(self) -> None:
        if self._redrawing:
            return
        profile = self._collect()
        if profile is None:
            return
        try:
            result: SaveResult = self.store.save(profile)
        except LederbogError as error:
            self.notify(
                t(
                    self.lang,
                    "profile.save_failed",
                    reason=one_line(domain_text(self.lang, str(error))),
                ),
                severity="error",
                timeout=15,
                markup=False,
            )
            return
        if result.conflict:
            self.notify(
                t(self.lang, "profile.conflict", path=str(result.path)),
                severity="warning",
                timeout=20,
                markup=False,
            )
        self.dismiss(profile)

    @on(Button.Pressed, "#save")
    async def _save_pressed(self) -> None:
        await self.action_save()

    @on(Button.Pressed, "#leave")
    def _leave_pressed(self) -> None:
        self.action_leave()

    def action_leave(self) -> None:
        if self._redrawing:
            return
        if self._state() == self._initial:
            self.dismiss(None)
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss(None)

        self.app.push_screen(DiscardChanges(self.lang), answered)

    def action_stay(self) -> None:
        """Keys that would leave the form do nothing while it is open."""


class ProfileProblemScreen(ModalScreen[None]):
    """Why the profile cannot be changed here: its file cannot be read, and is left alone."""

    DEFAULT_CSS = """
    ProfileProblemScreen {
        align: center middle;
    }
    ProfileProblemScreen #problem-dialog {
        width: 72;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        border: round $error;
        border-title-color: $error;
        background: $surface;
        padding: 1 2;
    }
    ProfileProblemScreen Button {
        margin-top: 1;
    }
    """

    BINDINGS = [Binding("escape", "close", "Close", id="close")]

    def __init__(self, lang: str, problem: str) -> None:
        super().__init__()
        self.lang = lang
        self.problem = problem
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="problem-dialog") as dialog:
            dialog.border_title = t(self.lang, "profile.broken.title")
            said = one_line(domain_text(self.lang, self.problem))
            body = t(self.lang, "profile.broken.body", problem=said)
            yield Static(body, markup=False)
            yield Button(t(self.lang, "profile.broken.browse"), id="browse", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#browse", Button).focus()

    @on(Button.Pressed, "#browse")
    def action_close(self) -> None:
        self.dismiss(None)
