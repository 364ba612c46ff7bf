"""Strings of the assessment part (key -> (Danish, English)); merged by lederbog.i18n."""

STRINGS: dict[str, tuple[str, str]] = {
    # The rating scale: what each step means, said as a leader would say it of themself.
    "assessment.scale.1": (
        "Det gør jeg sjældent – her er mest at hente",
        "I rarely do this – the most to gain here",
    ),
    "assessment.scale.2": (
        "Det gør jeg af og til, men ikke bevidst",
        "I do this now and then, not deliberately",
    ),
    "assessment.scale.3": ("Det gør jeg ofte, men ikke altid", "I often do this, but not always"),
    "assessment.scale.4": (
        "Det gør jeg som regel, og andre mærker det",
        "I usually do this, and others notice it",
    ),
    "assessment.scale.5": (
        "Det er en styrke, jeg kan lære fra mig",
        "It is a strength I can pass on to others",
    ),
    # A new or opened assessment
    "assessment.form.new": ("Ny selvevaluering · {framework}", "New self-assessment · {framework}"),
    "assessment.form.edit": (
        "Selvevaluering fra {date} · {framework}",
        "Self-assessment of {date} · {framework}",
    ),
    "assessment.form.date": ("Dato", "Date"),
    "assessment.form.area_count": ("Område {n} af {total}", "Area {n} of {total}"),
    "assessment.form.expected_of": ("Det forventes af en {role}:", "Expected of a {role}:"),
    "assessment.form.expected_all": (
        "Det forventes (alle roller; vælg din rolle i profilen):",
        "What is expected (every role; choose your role in the profile):",
    ),
    "assessment.form.expected": ("Det forventes:", "What is expected:"),
    "assessment.form.no_items": (
        "Området har ingen punkter for din rolle; vurdér dig ud fra overskriften.",
        "The area has no items for your role; rate yourself against its title.",
    ),
    "assessment.form.rating": ("Din vurdering: {score}", "Your rating: {score}"),
    "assessment.form.unrated": ("Ikke vurderet", "Not rated"),
    "assessment.form.previous": ("◦ Sidst: {score} den {date}", "◦ Last time: {score} on {date}"),
    "assessment.form.no_previous": ("Ikke vurderet før", "Not rated before"),
    "assessment.form.note": ("Note (valgfri)", "Note (optional)"),
    "assessment.form.nothing_rated": (
        "Giv mindst ét område en vurdering, før du gemmer.",
        "Rate at least one area before you save.",
    ),
    "assessment.form.future": (
        "Datoen ligger efter i dag ({today}).",
        "The date is after today ({today}).",
    ),
    "assessment.form.date_wrong": (
        "Datoen skal rettes, før du kan gemme.",
        "The date needs correcting before you can save.",
    ),
    "assessment.saved": (
        "Selvevalueringen er gemt: {rated} af {total} områder vurderet.",
        "The self-assessment is saved: {rated} of {total} areas rated.",
    ),
    "assessment.conflict": (
        "Selvevalueringen var ændret et andet sted, efter du åbnede den, så den blev ikke "
        "overskrevet. Din udgave er gemt ved siden af som {path}. Sammenlign de to og slet "
        "den, du ikke vil beholde.",
        "The self-assessment had been changed elsewhere after you opened it, so it was not "
        "overwritten. Your version is saved beside it as {path}. Compare the two and delete "
        "the one you do not want.",
    ),
    "assessment.save_failed": ("Ikke gemt: {reason}", "Not saved: {reason}"),
    "assessment.discard.question": (
        "Vil du kassere de vurderinger og noter, du ikke har gemt?",
        "Throw away the ratings and notes you have not saved?",
    ),
    "assessment.discard.yes": ("Kassér", "Throw away"),
    "assessment.discard.no": ("Bliv her", "Keep rating"),
    "assessment.delete.question": (
        "Slet selvevalueringen fra {date} ({framework})? Den flyttes til papirkurven "
        "(trash/ i datamappen) og kan lægges tilbage derfra.",
        "Delete the self-assessment of {date} ({framework})? It is moved to the trash "
        "(trash/ in the data folder) and can be put back from there.",
    ),
    "assessment.delete.yes": ("Slet", "Delete"),
    "assessment.delete.no": ("Fortryd", "Cancel"),
    "assessment.deleted": (
        "Selvevalueringen fra {date} er flyttet til {path}.",
        "The self-assessment of {date} is moved to {path}.",
    ),
    "assessment.delete_failed": ("Ikke slettet: {reason}", "Not deleted: {reason}"),
    "assessment.load_failed": (
        "Selvevalueringerne kunne ikke indlæses: {reason}",
        "The self-assessments could not be loaded: {reason}",
    ),
    # When a new one is due (Oversigt, through assessments.due_message)
    "assessment.due.never": (
        "Du har ikke lavet en selvevaluering i {framework} endnu.",
        "You have not assessed yourself in {framework} yet.",
    ),
    "assessment.due.old": (
        "Din seneste selvevaluering i {framework} er fra {date} – over {months} måneder siden.",
        "Your latest self-assessment in {framework} is of {date} – over {months} months ago.",
    ),
    "assessment.due.start": ("Ny selvevaluering", "New self-assessment"),
    # The history
    "assessment.history.framework": ("Grundlag", "Framework"),
    "assessment.history.other_framework": ("(f: et andet)", "(f: another)"),
    "assessment.history.pick": (
        "Vis selvevalueringer for hvilket grundlag?",
        "Show the self-assessments of which framework?",
    ),
    "assessment.history.area": ("Område", "Area"),
    "assessment.history.trend": ("Forløb", "Over time"),
    "assessment.history.latest": ("Nu", "Now"),
    "assessment.history.change": ("Ændring", "Change"),
    "assessment.history.date": ("Dato", "Date"),
    "assessment.history.rated": ("Vurderet", "Rated"),
    "assessment.history.notes": ("Noter", "Notes"),
    "assessment.history.loading": ("Indlæser selvevalueringer …", "Loading self-assessments …"),
    "assessment.history.none": (
        "Du har ikke evalueret dig selv i dette grundlag endnu. Tryk n for at begynde.",
        "You have not assessed yourself in this framework yet. Press n to begin.",
    ),
    "assessment.history.due": (
        "Sidst evalueret {date} – over {months} måneder siden. Tryk n for en ny.",
        "Last assessed {date} – over {months} months ago. Press n for a new one.",
    ),
    "assessment.history.problems": (
        "{count} selvevaluering(er) kunne ikke bruges og er ikke rørt:",
        "{count} self-assessment(s) could not be used and are left untouched:",
    ),
    "assessment.history.area_title": ("{area} over tid", "{area} over time"),
    "assessment.history.area_empty": (
        "Ikke vurderet endnu.",
        "Not rated yet.",
    ),
    "assessment.history.older": (
        "… og {n} ældre (alle står i listen til venstre)",
        "… and {n} older (all are in the list on the left)",
    ),
    # The list's last row, in its two narrow first columns (so that Noter still shows).
    "assessment.history.more": ("… {n} ældre", "… {n} older"),
    "assessment.history.more_key": ("(Enter)", "(Enter)"),
    "assessment.history.one": ("Selvevaluering fra {date}", "Self-assessment of {date}"),
    "assessment.history.one_unrated": ("ikke vurderet", "not rated"),
    "assessment.history.first": ("første gang", "first time"),
    # Keys
    "binding.assessment_new": ("Ny", "New"),
    "binding.assessment_open": ("Åbn", "Open"),
    "binding.assessment_delete": ("Slet", "Delete"),
    "binding.assessment_framework": ("Grundlag", "Framework"),
    "binding.assessment_rate": ("Vurdér", "Rate"),
    "binding.assessment_unrate": ("Ingen vurdering", "No rating"),
    "binding.assessment_save": ("Gem", "Save"),
    "binding.assessment_leave": ("Tilbage", "Back"),
    "binding.assessment_yes": ("Ja", "Yes"),
    "binding.assessment_no": ("Nej", "No"),
    # The palette
    "assessment.palette.new": ("Ny selvevaluering", "New self-assessment"),
    "assessment.palette.new_for": (
        "Ny selvevaluering: {framework}",
        "New self-assessment: {framework}",
    ),
    "assessment.palette.new.help": (
        "Vurdér hvert område 1-5 ud fra det, der forventes af dig",
        "Rate each area 1-5 against what is expected of you",
    ),
    "assessment.palette.show": (
        "Vis selvevalueringer: {framework}",
        "Show self-assessments: {framework}",
    ),
    "assessment.palette.show.help": (
        "Se hvert områdes vurderinger over tid",
        "See each area's ratings over time",
    ),
}
