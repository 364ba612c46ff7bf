"""Strings of the workbook's frame: sections, the section bar, global keys and palette."""

STRINGS: dict[str, tuple[str, str]] = {
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
    "palette.section.help": ("Gå til sektionen", "Go to the section"),
    "browser.no_roles": (
        "»{title}« har ingen roller: alle punkter gælder alle ledere.",
        "'{title}' has no roles: every item applies to every leader.",
    ),
}
