"""Strings of the overview part (key -> (Danish, English)); merged by lederbog.i18n."""

STRINGS: dict[str, tuple[str, str]] = {
    "overview.no_name": ("Velkommen til Lederbog", "Welcome to Lederbog"),
    "overview.no_profile": (
        "Du har ingen profil endnu, så Oversigt ved ikke, hvilket ledelsesgrundlag du følger. "
        "Tryk 2 for at læse ledelsesgrundlagene.",
        "You have no profile yet, so the Overview does not know which framework you follow. "
        "Press 2 to read the frameworks.",
    ),
    "overview.broken_profile": (
        "Din profil kunne ikke læses, så Oversigt ved ikke, hvem du er, eller hvilket "
        "ledelsesgrundlag du følger. Filen er ikke ændret; 'lederbog doctor' siger, hvad der "
        "er galt. Tryk 2 for at læse ledelsesgrundlagene imens.",
        "Your profile could not be read, so the Overview does not know who you are or which "
        "framework you follow. The file is unchanged; 'lederbog doctor' says what is wrong. "
        "Press 2 to read the frameworks meanwhile.",
    ),
    "overview.no_frameworks": (
        "Ingen af grundlagene i din profil findes her ({ids}). Kør 'lederbog doctor'.",
        "None of the frameworks in your profile is here ({ids}). Run 'lederbog doctor'.",
    ),
    "overview.loading": (
        "Henter dine mål og refleksioner …",
        "Reading your goals and reflections …",
    ),
    "overview.problems": (
        "{count} fil(er) kunne ikke læses og er ikke talt med. Kør 'lederbog doctor'.",
        "{count} file(s) could not be read and are not counted. Run 'lederbog doctor'.",
    ),
    "overview.failed": (
        "Oversigten kunne ikke hentes: {reason}",
        "The overview could not be read: {reason}",
    ),
    "overview.areas": ("Dine områder", "Your areas"),
    "overview.col.area": ("Område", "Area"),
    "overview.col.goals": ("Mål", "Goals"),
    "overview.col.progress": ("Fremdrift", "Progress"),
    "overview.col.reflection": ("Seneste refleksion", "Last reflection"),
    "overview.col.rating": ("Vurdering", "Rating"),
    "overview.never": ("aldrig", "never"),
    "overview.chart": ("Fremdrift det seneste år", "Progress over the last year"),
    "overview.chart.none": (
        "Ingen mål at vise fremdrift for endnu.",
        "No goals to show progress for yet.",
    ),
    "overview.chart.now": (
        "{month}: {value} % i snit over {goals} mål",
        "{month}: {value} % on average over {goals} goals",
    ),
    "overview.due": ("Frister", "Due dates"),
    "overview.due.none": (
        "Ingen mål med frist de næste 30 dage, og ingen er over tid.",
        "No goals are due in the next 30 days, and none are overdue.",
    ),
    "overview.due.when": ("{date} · {when}", "{date} · {when}"),
    "overview.due.more": ("… og {n} mere", "… and {n} more"),
    "overview.no_goals": (
        "Du har ingen mål endnu — tryk 3 for at sætte det første.",
        "You have no goals yet — press 3 to set the first one.",
    ),
    "overview.no_goals.browse": (
        "Du har ingen mål endnu — tryk 2 og find det område i dit ledelsesgrundlag, "
        "du vil arbejde med først.",
        "You have no goals yet — press 2 and find the area of your framework you want "
        "to work on first.",
    ),
    "overview.untouched": ("Ikke rørt længst", "Untouched longest"),
    "overview.untouched.entry": ("{title} · {when}", "{title} · {when}"),
    "overview.untouched.never": ("{title} · intet endnu", "{title} · nothing yet"),
    "overview.year_ago": ("For et år siden", "A year ago"),
    "overview.assessment": ("Selvevaluering", "Self-assessment"),
    "overview.assessment.none_due": (
        "Dine selvevalueringer er ikke gamle endnu.",
        "Your self-assessments are recent.",
    ),
    "overview.assessment.start": (
        "Enter: start en ny selvevaluering",
        "Enter: start a new self-assessment",
    ),
    "overview.year_ago.none": (
        "Du skrev ingen refleksion omkring denne dag for et år siden.",
        "You wrote no reflection around this day a year ago.",
    ),
    "overview.year_ago.date": ("{date} ({when})", "{date} ({when})"),
    "binding.check_in": ("Check ind", "Check in"),
    "binding.open_entry": ("Gå til", "Go to"),
    "help.intro.overview": (
        "Oversigt viser, hvor du står: dine mål, refleksioner og selvevalueringer for hvert "
        "område af dit ledelsesgrundlag (Mål: dem du arbejder på, ✓ dem du har nået). "
        "Vælg en linje med ↑ ↓ og tryk Enter for at gå dertil; "
        "Tab skifter mellem listerne.",
        "The Overview shows where you stand: your goals, reflections and self-ratings in each "
        "area of your framework (Goals: those you are working on, ✓ those reached). "
        "Choose a line with ↑ ↓ and press Enter to go there; Tab "
        "switches between the lists.",
    ),
}
