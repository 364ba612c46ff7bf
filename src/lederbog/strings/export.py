"""Strings of exports (every format) and the export command."""

STRINGS: dict[str, tuple[str, str]] = {
    "export.title": ("Lederudvikling: {name}", "Leadership development: {name}"),
    "export.title.anon": ("Lederudvikling", "Leadership development"),
    "export.period": ("Periode", "Period"),
    "export.generated": ("Lavet {date}", "Made {date}"),
    "export.shared_count": (
        "{shared} af {total} refleksioner i perioden er delt; resten er private og ikke med.",
        "{shared} of {total} reflections in the period are shared; the rest are private "
        "and left out.",
    ),
    "export.nothing": (
        "Perioden har ingen mål, selvevalueringer eller delte refleksioner.",
        "The period holds no goals, self-assessments or shared reflections.",
    ),
    "export.status.active": ("aktivt", "active"),
    "export.status.paused": ("sat på pause", "paused"),
    "export.status.done": ("nået", "done"),
    "export.status.dropped": ("opgivet", "dropped"),
    "export.due": ("frist {date}", "due {date}"),
    "export.why": ("Hvorfor", "Why"),
    "export.success": ("Succes er", "Success looks like"),
    "export.item": ("Arbejder med", "Works on"),
    "export.ratings": ("Selvevaluering (1-5)", "Self-assessment (1-5)"),
    "export.reflection": ("Refleksion {date}", "Reflection {date}"),
    "export.other_reflections": ("Andre delte refleksioner", "Other shared reflections"),
    "export.goals": ("Mål", "Goals"),
    "export.progress_chart": ("Fremdrift over tid", "Progress over time"),
    "export.ratings_chart": ("Selvevaluering over tid", "Self-assessment over time"),
    "export.role": ("Rolle", "Role"),
    "export.col.area": ("Område", "Area"),
    "export.col.goals": ("Mål", "Goals"),
    "export.col.progress": ("Fremdrift", "Progress"),
    "export.col.rating": ("Selvevaluering", "Self-rating"),
    "export.col.reflections": ("Delte refleksioner", "Shared reflections"),
    "export.period.year": ("I år", "This year"),
    "export.period.twelve": ("Seneste 12 måneder", "The last 12 months"),
    "export.period.since_last": ("Siden sidste eksport", "Since the last export"),
    "export.period.dates": ("Vælg datoer", "Choose dates"),
    "export.label.period": ("Periode", "Period"),
    "export.label.since": ("Fra (dd-mm-åååå)", "From (dd-mm-yyyy)"),
    "export.label.until": ("Til (dd-mm-åååå)", "To (dd-mm-yyyy)"),
    "export.label.format": ("Format", "Format"),
    "export.label.frameworks": ("Grundlag", "Include"),
    "export.format.html": ("HTML (læs og udskriv)", "HTML (read and print)"),
    "export.format.md": ("Markdown (til en mail)", "Markdown (for a mail)"),
    "export.format.toml": ("TOML (til lederbog review)", "TOML (for lederbog review)"),
    "export.reversed": ("Fra-datoen ligger efter til-datoen.", "The start is after the end."),
    "export.preview.goals": ("Mål ({n})", "Goals ({n})"),
    "export.preview.assessments": ("Selvevalueringer ({n})", "Self-assessments ({n})"),
    "export.preview.reflections": (
        "Delte refleksioner ({n}) — u gør den markerede privat",
        "Shared reflections ({n}) — u makes the highlighted one private",
    ),
    "export.unshare.which": (
        "Vælg en delt refleksion i listen først.",
        "Choose a shared reflection in the list first.",
    ),
    "export.unshare.ask": (
        "Gør denne refleksion privat, så den ikke kommer med?\n\n»{text}«",
        "Make this reflection private, so it is left out?\n\n'{text}'",
    ),
    "export.unshare.yes": ("Gør privat", "Make private"),
    "export.unshare.done": ("Refleksionen er nu privat.", "The reflection is now private."),
    "export.unshare.conflict": (
        "Refleksionen var ændret et andet sted; din version er gemt ved siden af som {path}.",
        "The reflection had been changed elsewhere; your version is saved beside it as {path}.",
    ),
    "export.exists": (
        "{path} findes allerede. Vil du erstatte den?",
        "{path} already exists. Replace it?",
    ),
    "export.replace": ("Erstat", "Replace"),
    "binding.export_write": ("Skriv fil", "Write file"),
    "binding.export_unshare": ("Gør privat", "Make private"),
    "export.will_write": ("ctrl+s skriver {path}", "ctrl+s writes {path}"),
    "export.written": ("Skrev {path}", "Wrote {path}"),
    "cli.export.help": (
        "skriv en fil om din udvikling til din leder eller coach",
        "write a progress file for your supervisor",
    ),
    "cli.export.description": (
        "Skriv dine mål, check-ins, selvevalueringer og de refleksioner, du har markeret som "
        "delte, for en periode: som HTML (til at læse og udskrive), Markdown (til en mail) eller "
        "TOML (til 'lederbog review'). Private refleksioner kommer aldrig med. Uden -o skrives "
        "filen i din dokumentmappe som lederbog-<navn>-<til-dato>.<format>.",
        "Write your goals, check-ins, self-assessments and the reflections you marked shared "
        "for a period, as HTML (to read and print), Markdown (for a mail) or TOML (for "
        "'lederbog review'). Private reflections are never included. Without -o the file goes "
        "to your documents folder as lederbog-<name>-<until>.<format>.",
    ),
    "cli.export.epilog": (
        "Eksempel: lederbog export --format html --since 2026-01-01",
        "Example: lederbog export --format html --since 2026-01-01",
    ),
    "cli.export.format": ("filens format (standard: html)", "the file's format (default: html)"),
    "cli.export.since": (
        "periodens første dag (standard: et år tilbage)",
        "the period's first day (default: a year back)",
    ),
    "cli.export.until": ("periodens sidste dag (standard: i dag)", "its last day (default: today)"),
    "cli.export.output": ("hvor filen skal skrives", "where to write the file"),
    "cli.export.force": (
        "erstat FIL, hvis den findes i forvejen",
        "replace FILE if it exists",
    ),
    "cli.export.data_is_file": (
        "datamappen {path} er en fil, ikke en mappe",
        "the data folder {path} is a file, not a folder",
    ),
    "cli.export.bad_profile": (
        "{path}: {error}; eksporterer uden navn",
        "{path}: {error}; exporting without a name",
    ),
    "cli.export.left_out": ("{problem}; ikke med", "{problem}; left out"),
    "cli.review.help": (
        "læs eksporter fra dine ledere (kun læsning)",
        "read exports from the leaders you supervise (read-only)",
    ),
    "cli.review.description": (
        "Åbn en eller flere TOML-eksporter ('lederbog export --format toml') i en "
        "fuldskærmsvisning: én leders oversigt, mål, selvevalueringer og delte refleksioner, "
        "eller en tabel over flere ledere. Med --summary skrives tabellen som tekst. Intet "
        "skrives i din egen datamappe.",
        "Open one or more TOML exports ('lederbog export --format toml') full-screen: one "
        "leader's overview, goals, self-assessments and shared reflections, or a table of "
        "several leaders. With --summary the table is printed as text. Nothing is written to "
        "your own data folder.",
    ),
    "cli.review.epilog": (
        "Eksempel: lederbog review --summary eksporter/*.toml",
        "Example: lederbog review --summary exports/*.toml",
    ),
    "cli.review.files": ("eksportfiler (TOML)", "export files (TOML)"),
    "cli.review.summary": (
        "skriv en tabel med én linje pr. leder og afslut",
        "print a table with one row per leader and exit",
    ),
    "cli.review.no_terminal": (
        "review skal bruge en terminal; brug --summary i scripts",
        "review needs a terminal; use --summary in scripts",
    ),
    "review.col.leader": ("Leder", "Leader"),
    "review.col.period": ("Periode", "Period"),
    "review.col.goals": ("Mål", "Goals"),
    "review.col.progress": ("Fremdr.", "Progr."),
    "review.col.checkin": ("Check-in", "Check-in"),
    "review.col.shared": ("Delt", "Shared"),
    "review.col.rating": ("Vurd.", "Rating"),
    "review.shared": ("{shared} af {total}", "{shared} of {total}"),
    "review.none": ("–", "–"),
    "review.anon": ("(uden navn)", "(no name)"),
    "review.legend": (
        "Mål: aktive/nåede. Fremdr.: gennemsnit af de aktive mål ved periodens slut. "
        "Vurd.: gennemsnit af seneste selvevaluering (1-5).",
        "Goals: active/done. Progr.: average of the active goals at the period's end. "
        "Rating: average of the latest self-assessment (1-5).",
    ),
    "review.no_exports": (
        "ingen af filerne kunne læses",
        "none of the files could be read",
    ),
    "review.title": ("Lederbog · gennemsyn", "Lederbog · review"),
    "review.leaders": ("{count} ledere", "{count} leaders"),
    "review.bad_files": ("Kunne ikke læses:", "Could not be read:"),
    "review.open_hint": (
        "Enter åbner en leder · Escape tilbage · ctrl+q afslutter",
        "Enter opens a leader · Escape goes back · ctrl+q quits",
    ),
    "review.read_only": ("kun læsning", "read-only"),
    "review.leader_hint": (
        "1-4 skifter faneblad · ctrl+q afslutter",
        "1-4 switch tabs · ctrl+q quits",
    ),
    "review.leader_hint.back": (
        "1-4 skifter faneblad · Escape tilbage til tabellen · ctrl+q afslutter",
        "1-4 switch tabs · Escape back to the table · ctrl+q quits",
    ),
    "review.tab.overview": ("Oversigt", "Overview"),
    "review.tab.goals": ("Mål", "Goals"),
    "review.tab.assessments": ("Selvevaluering", "Self-assessment"),
    "review.tab.reflections": ("Delte refleksioner", "Shared reflections"),
    "review.due": ("Frister", "Due dates"),
    "review.due.none": ("Ingen mål har frist inden for 30 dage.", "No goal is due within 30 days."),
    "review.due.entry": ("{title} · {date} · {when}", "{title} · {date} · {when}"),
    "review.goals.none": ("Ingen mål i perioden.", "No goals in the period."),
    "review.goal.line": (
        "{status} · fremdrift {progress} %",
        "{status} · progress {progress}%",
    ),
    "review.goal.due": ("frist {date}", "due {date}"),
    "review.goal.checkins": ("Check-ins i perioden:", "Check-ins in the period:"),
    "review.goal.no_checkins": ("Ingen check-ins i perioden.", "No check-ins in the period."),
    "review.checkin": ("{date}: {progress} %", "{date}: {progress}%"),
    "review.assessments.none": (
        "Ingen selvevalueringer i perioden.",
        "No self-assessments in the period.",
    ),
    "review.assessment": (
        "Selvevaluering {date} · {framework}",
        "Self-assessment {date} · {framework}",
    ),
    "review.reflections.none": (
        "Ingen delte refleksioner i perioden.",
        "No shared reflections in the period.",
    ),
    "review.binding.back": ("Tilbage", "Back"),
    "review.col.area": ("Område", "Area"),
    "review.as_of": ("tal pr. {date}", "figures as of {date}"),
}
