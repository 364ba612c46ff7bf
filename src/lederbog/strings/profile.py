"""Strings of the profile part (key -> (Danish, English)); merged by lederbog.i18n."""

STRINGS: dict[str, tuple[str, str]] = {
    "profile.title.first": ("Velkommen", "Welcome"),
    "profile.title": ("Profil", "Profile"),
    "profile.intro.first": (
        "Velkommen til Lederbog, din arbejdsbog i ledelse. Fortæl først, hvem du er, og hvilket "
        "ledelsesgrundlag du arbejder efter. Alt bliver på denne computer; du kan ændre det "
        "senere under »Profil« i kommandoerne (ctrl+p).",
        "Welcome to Lederbog, your leadership workbook. First tell it who you are and which "
        "leadership framework you work by. Everything stays on this computer; you can change "
        "it later under “Profile” in the commands (ctrl+p).",
    ),
    "profile.intro.change": (
        "Din profil: navn, organisation, sprog og de ledelsesgrundlag, du arbejder efter.",
        "Your profile: name, organisation, language and the frameworks you work by.",
    ),
    "profile.name": ("Navn", "Name"),
    "profile.name.placeholder": ("Dit navn", "Your name"),
    "profile.name.missing": (
        "Skriv dit navn: det står på din oversigt og i det, du deler.",
        "Type your name: it is shown on your overview and in what you share.",
    ),
    "profile.organisation": ("Organisation", "Organisation"),
    "profile.organisation.placeholder": (
        "Fx Styrelsen for Undervisning og Kvalitet",
        "E.g. the Danish Agency for Education and Quality",
    ),
    "profile.organisation.missing": (
        "Skriv, hvor du er leder – fx din styrelse, kommune eller afdeling.",
        "Type where you are a leader – your agency, municipality or department.",
    ),
    "profile.language": ("Sprog", "Language"),
    "profile.frameworks": (
        "Ledelsesgrundlag og din rolle",
        "Frameworks and your role",
    ),
    "profile.frameworks.hint": (
        "Sæt kryds ved det eller de grundlag, du arbejder efter, og vælg din rolle i hvert. "
        "Har din organisation sit eget, så læg det som en TOML-fil i {folder} og start igen.",
        "Tick the framework(s) you work by and choose your role in each. If your organisation "
        "has its own, put it as a TOML file in {folder} and start again.",
    ),
    "profile.frameworks.none": (
        "Der blev ikke fundet nogen ledelsesgrundlag.",
        "No frameworks were found.",
    ),
    "profile.frameworks.missing": (
        "Vælg mindst ét ledelsesgrundlag: det er dét, dine mål og refleksioner knyttes til.",
        "Choose at least one framework: it is what your goals and reflections attach to.",
    ),
    "profile.own_framework": ("{title} (dit eget)", "{title} (your own)"),
    "profile.role.prompt": ("Vælg din rolle", "Choose your role"),
    "profile.role.none": ("(ingen roller)", "(no roles)"),
    "profile.role.missing": (
        "Vælg din rolle i »{framework}«, så du ser de punkter, der gælder dig.",
        "Choose your role in “{framework}” to see the items that apply to you.",
    ),
    "profile.save": ("Gem  ctrl+s", "Save  ctrl+s"),
    "profile.skip": ("Spring over", "Skip"),
    "profile.cancel": ("Fortryd", "Cancel"),
    "profile.saved": ("Profilen er gemt.", "The profile was saved."),
    "profile.save_failed": (
        "Profilen blev ikke gemt: {reason}. Det, du har skrevet, står her stadig.",
        "The profile was not saved: {reason}. What you typed is still here.",
    ),
    "profile.conflict": (
        "Profilen var ændret et andet sted, siden den blev læst. Din version er gemt ved siden "
        "af: {path}",
        "The profile had been changed elsewhere since it was read. Your version is saved "
        "beside it: {path}",
    ),
    "profile.discard.question": (
        "Du har ændret noget, der ikke er gemt. Vil du gå uden at gemme?",
        "You have changed something that is not saved. Leave without saving?",
    ),
    "profile.discard.stay": ("Bliv her", "Stay here"),
    "profile.discard.leave": ("Gå uden at gemme", "Leave without saving"),
    "binding.profile_save": ("Gem", "Save"),
    "binding.profile_leave": ("Tilbage", "Back"),
    "binding.profile_stay": ("Tilbage", "Back"),
    # The palette
    "palette.profile": ("Profil", "Profile"),
    "palette.profile.help": (
        "Navn, organisation, sprog, ledelsesgrundlag og rolle",
        "Name, organisation, language, frameworks and role",
    ),
    # A profile that cannot be read: the form is not shown, so it cannot write over it
    "profile.broken.title": ("Profilen kan ikke læses", "The profile cannot be read"),
    "profile.broken.body": (
        "{problem}\n\n"
        "Lederbog skriver ikke over filen, så intet af det, der står i den, går tabt. "
        "Kør 'lederbog doctor' i en terminal for at se, hvad der er galt, ret filen "
        "(eller flyt den væk for at starte forfra), og åbn Lederbog igen. "
        "Indtil da kan du læse ledelsesgrundlagene.",
        "{problem}\n\n"
        "Lederbog will not write over the file, so nothing in it is lost. "
        "Run 'lederbog doctor' in a terminal to see what is wrong, mend the file "
        "(or move it away to start afresh) and open Lederbog again. "
        "Until then you can read the frameworks.",
    ),
    "profile.broken.browse": ("Læs ledelsesgrundlagene", "Read the frameworks"),
}
