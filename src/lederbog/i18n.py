"""The Danish and English strings of the full-screen workbook.

Every string the workbook shows has a key here with both languages, so no
screen can be half-translated: `t()` raises on a missing key and a test checks
that every key has both texts.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["da", "en"]
LANGUAGES: tuple[Lang, ...] = ("da", "en")
DEFAULT_LANG: Lang = "da"

# key -> (Danish, English)
STRINGS: dict[str, tuple[str, str]] = {
    # The app and its sections
    "app.title": ("Lederbog", "Lederbog"),
    "binding.quit": ("Afslut", "Quit"),
    "binding.help": ("Hjælp", "Help"),
    "binding.palette": ("Kommandoer", "Commands"),
    "binding.role": ("Rolle", "Role"),
    "binding.focus_tree": ("Træ", "Tree"),
    "binding.focus_detail": ("Tekst", "Text"),
    "binding.expand": ("Fold alt ud", "Expand all"),
    "binding.collapse": ("Fold alt sammen", "Collapse all"),
    "binding.close": ("Luk", "Close"),
    "binding.quit_q": ("Afslut", "Quit"),
    "binding.open_node": ("Åbn", "Open"),
    "binding.close_node": ("Luk", "Close"),
    "binding.focus_next": ("Næste felt", "Next field"),
    "binding.focus_previous": ("Forrige felt", "Previous field"),
    "binding.copy_text": ("Kopiér markeret tekst", "Copy selected text"),
    "binding.dismiss": ("Luk", "Close"),
    "binding.command_palette": ("Kommandoer", "Commands"),
    # The framework browser
    "browser.tree": ("Ledelsesgrundlag", "Frameworks"),
    "browser.role.label": ("Rolle", "Role"),
    "browser.role.all": ("Alle roller", "All roles"),
    "browser.role.none": ("Ingen roller i dette grundlag", "No roles in this framework"),
    "browser.lists": ("Lister", "Lists"),
    "browser.shared": ("Fælles for alle", "Shared by all roles"),
    "browser.items": ("{count} punkter", "{count} items"),
    "browser.items.one": ("1 punkt", "1 item"),
    "browser.areas": ("Områder", "Areas"),
    "browser.roles": ("Roller", "Roles"),
    "browser.organisation": ("Organisation", "Organisation"),
    "browser.source": ("Kilde", "Source"),
    "browser.prompt": ("Til refleksion", "To reflect on"),
    "browser.said_by": ("sagt af {who}", "said by {who}"),
    "browser.for_role": ("Forventes af: {role}", "Expected of: {role}"),
    "browser.item_id": ("Id: {id}", "Id: {id}"),
    "browser.empty": (
        "Vælg et punkt i træet til venstre.",
        "Choose an entry in the tree on the left.",
    ),
    "browser.no_items": (
        "Der er ingen punkter for den valgte rolle her.",
        "There are no items for the chosen role here.",
    ),
    "browser.showing_role": ("Viser: {role}", "Showing: {role}"),
    "browser.problems.one": (
        "1 fil med et ledelsesgrundlag kunne ikke indlæses. Kør 'lederbog doctor' "
        "eller 'lederbog frameworks check FIL' for at se hvorfor.",
        "1 framework file could not be loaded. Run 'lederbog doctor' or "
        "'lederbog frameworks check FILE' to see why.",
    ),
    "browser.problems": (
        "{count} filer med ledelsesgrundlag kunne ikke indlæses. Kør 'lederbog doctor' "
        "eller 'lederbog frameworks check FIL' for at se hvorfor.",
        "{count} framework files could not be loaded. Run 'lederbog doctor' or "
        "'lederbog frameworks check FILE' to see why.",
    ),
    "browser.no_frameworks": (
        "Der blev ikke fundet nogen ledelsesgrundlag.",
        "No frameworks were found.",
    ),
    # The command palette
    "palette.goto_framework": ("Gå til grundlag: {title}", "Go to framework: {title}"),
    "palette.goto_area": (
        "Gå til område: {title} ({framework})",
        "Go to area: {title} ({framework})",
    ),
    "palette.goto_list": (
        "Gå til liste: {title} ({framework})",
        "Go to list: {title} ({framework})",
    ),
    "palette.goto_group": ("Gå til gruppe: {title} ({area})", "Go to group: {title} ({area})"),
    "palette.goto_item": (
        "Gå til punkt: {title} ({framework})",
        "Go to item: {title} ({framework})",
    ),
    "palette.role": ("Vis rolle: {role} ({framework})", "Show role: {role} ({framework})"),
    "palette.all_roles": ("Vis alle roller ({framework})", "Show all roles ({framework})"),
    "palette.help": ("Hjælp: taster og vejledning", "Help: keys and guidance"),
    "palette.help.help": ("Vis alle taster", "Show every key"),
    "palette.goto.help": ("Vis i træet", "Show in the tree"),
    "palette.role.help": ("Filtrer punkterne efter rolle", "Filter the items by role"),
    # Help
    "help.title": ("Hjælp", "Help"),
    "help.intro": (
        "Lederbog er din arbejdsbog i ledelse: ledelsesgrundlag, mål, dagbog og selvevaluering.",
        "Lederbog is your leadership workbook: frameworks, goals, journal and self-assessment.",
    ),
    "help.mouse": (
        "Musen virker også: klik på en sektion i linjen øverst, klik og rul i lister og tekst.",
        "The mouse works too: click a section in the bar at the top, click and scroll "
        "lists and text.",
    ),
    "help.close": ("Tryk Escape eller ? for at lukke.", "Press Escape or ? to close."),
}


def _merge_parts() -> None:
    """Add each part's strings (lederbog.strings.*); a key defined twice is a bug."""
    from importlib import import_module

    from lederbog.strings import PARTS

    for part in PARTS:
        module = import_module(f"lederbog.strings.{part}")
        for key, texts in module.STRINGS.items():
            if key in STRINGS:
                raise RuntimeError(f"string {key!r} is defined twice (lederbog.strings.{part})")
            STRINGS[key] = texts


_merge_parts()


def t(lang: str, key: str, /, **values: object) -> str:
    """The string `key` in `lang` ("da" or "en"), with `{name}` fields filled in."""
    da, en = STRINGS[key]
    template = en if lang == "en" else da
    return template.format(**values) if values else template


def os_reason(lang: str, error: OSError) -> str:
    """Why the system said no, in `lang` for the common cases, else in the system's words."""
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    key = f"os.{name}"
    if key in STRINGS:
        return t(lang, key)
    from lederbog.text import one_line

    return one_line(error.strerror or str(error))


def normalise_lang(value: str | None) -> Lang:
    """ "da" or "en" from user input; anything else falls back to Danish."""
    if value and value.lower().startswith("en"):
        return "en"
    return "da"
