"""Strings of the workbook's frame: sections, the section bar, global keys and palette."""

STRINGS: dict[str, tuple[str, str]] = {
    "app.title.demo": (
        "Lederbog (demo)",
        "Lederbog (demo)",
    ),
    "section.overview": ("Oversigt", "Overview"),
    "section.frameworks": ("Ledelsesgrundlag", "Frameworks"),
    "section.goals": ("Mål", "Goals"),
    "section.journal": ("Dagbog", "Journal"),
    "section.assessment": ("Selvevaluering", "Self-assessment"),
    "section.export": ("Eksport", "Export"),
    "binding.section_overview": ("Oversigt", "Overview"),
    "binding.section_frameworks": ("Ledelsesgrundlag", "Frameworks"),
    "binding.section_goals": ("Mål", "Goals"),
    "binding.section_journal": ("Dagbog", "Journal"),
    "binding.section_assessment": ("Selvevaluering", "Self-assessment"),
    "binding.section_export": ("Eksport", "Export"),
    "profile.unreadable": (
        "Din profil kunne ikke læses og bliver ikke brugt (filen er ikke ændret): {problem}. "
        "Kør 'lederbog doctor' for at se, hvad der er galt.",
        "Your profile could not be read and is not used (the file is unchanged): {problem}. "
        "Run 'lederbog doctor' to see what is wrong.",
    ),
    "confirm.yes": ("Ja", "Yes"),
    "confirm.no": ("Nej", "No"),
    "binding.confirm_no": ("Nej", "No"),
    "palette.section.help": ("Gå til sektionen", "Go to the section"),
    # Textual's own chrome, in the leader's language (lederbog.ui.palette)
    "palette.placeholder": ("Søg efter kommandoer…", "Search for commands…"),
    "palette.no_matches": ("Ingen kommandoer passer", "No commands match"),
    "palette.theme_placeholder": ("Søg efter et tema…", "Search for a theme…"),
    "binding.escape": ("Luk", "Close"),
    "quit.hint.title": ("Vil du afslutte?", "Do you want to quit?"),
    "quit.hint": ("Tryk {key} for at afslutte Lederbog.", "Press {key} to quit Lederbog."),
    "system.theme": ("Tema", "Theme"),
    "system.theme.help": (
        "Skift farvetema (huskes på denne computer)",
        "Change the colour theme (remembered on this computer)",
    ),
    "system.quit": ("Afslut", "Quit"),
    "system.quit.help": ("Luk Lederbog", "Close Lederbog"),
    "system.keys": ("Taster", "Keys"),
    "system.keys.help": (
        "Vis tasterne i denne sektion og dem, der virker overalt",
        "Show the keys of this section and those that work everywhere",
    ),
    "system.maximize": ("Maksimér", "Maximise"),
    "system.maximize.help": (
        "Vis feltet med fokus på hele skærmen",
        "Show the focused pane on the whole screen",
    ),
    "system.minimize": ("Gendan", "Restore"),
    "system.minimize.help": (
        "Vis feltet i normal størrelse igen",
        "Show the pane at its normal size again",
    ),
    "system.screenshot": ("Skærmbillede", "Screenshot"),
    "system.screenshot.help": (
        "Gem et billede af skærmen som SVG-fil",
        "Save a picture of the screen as an SVG file",
    ),
    "screenshot.saved": ("Skærmbilledet er gemt: {path}", "The screenshot was saved: {path}"),
    "screenshot.failed": (
        "Skærmbilledet kunne ikke gemmes i {folder}: {reason}",
        "The screenshot could not be saved in {folder}: {reason}",
    ),
    "theme.not_saved": (
        "Temaet bruges nu, men kunne ikke huskes til næste gang ({path}).",
        "The theme is used now, but could not be remembered for next time ({path}).",
    ),
    # A profile that cannot be read, shown on every section until it is mended
    "profile.problem.banner": (
        "Din profil kunne ikke læses og bliver ikke brugt: {problem}. "
        "Filen er ikke ændret, og Lederbog skriver ikke over den. "
        "Du kan stadig læse ledelsesgrundlagene. "
        "Kør 'lederbog doctor' for at se, hvad der er galt.",
        "Your profile could not be read and is not used: {problem}. "
        "The file is unchanged and Lederbog will not write over it. "
        "You can still read the frameworks. Run 'lederbog doctor' to see what is wrong.",
    ),
    # `?`: the keys of the current section and those that work everywhere
    "help.section_keys": ("Taster i {section}", "Keys in {section}"),
    "help.global_keys": ("Overalt", "Everywhere"),
    "help.go_to": ("Gå til {section}", "Go to {section}"),
    "help.section.frameworks": (
        "Her læser du ledelsesgrundlagene: vælg et grundlag, et område eller et punkt i træet "
        "til venstre, og læs hele teksten til højre. Vælg din rolle for kun at se de punkter, "
        "der gælder for dig.\n"
        "↑ ↓ flyt · → ← fold ud/sammen · Enter fold ud/sammen · Tab skift felt",
        "Here you read the frameworks: choose a framework, an area or an item in the tree on "
        "the left and read its full text on the right. Choose your role to see only the items "
        "that apply to you.\n"
        "↑ ↓ move · → ← expand/collapse · Enter expand/collapse · Tab switch pane",
    ),
    # Why the system said no (lederbog.i18n.os_reason)
    "os.ENOENT": ("mappen findes ikke", "the folder does not exist"),
    "os.ENOTDIR": (
        "en fil står, hvor en mappe skulle være",
        "a file is where a folder should be",
    ),
    "os.EACCES": ("du har ikke lov til at skrive der", "you are not allowed to write there"),
    "os.EPERM": ("du har ikke lov til at skrive der", "you are not allowed to write there"),
    "os.EROFS": ("disken kan kun læses", "the disk is read-only"),
    "os.ENOSPC": ("disken er fuld", "the disk is full"),
    "os.EEXIST": ("der findes allerede en fil med det navn", "a file of that name exists"),
    "browser.no_roles": (
        "»{title}« har ingen roller: alle punkter gælder alle ledere.",
        "'{title}' has no roles: every item applies to every leader.",
    ),
}
