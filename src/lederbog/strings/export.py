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
    "export.written": ("Skrev {path}", "Wrote {path}"),
}
