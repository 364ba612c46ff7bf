"""Strings of dates: relative days, week numbers, and why a typed date was refused."""

STRINGS: dict[str, tuple[str, str]] = {
    "dates.week": ("uge {week}", "week {week}"),
    "dates.today": ("i dag", "today"),
    "dates.tomorrow": ("i morgen", "tomorrow"),
    "dates.yesterday": ("i går", "yesterday"),
    "dates.in_days": ("om {n} dage", "in {n} days"),
    "dates.overdue_one": ("1 dag over", "1 day overdue"),
    "dates.overdue": ("{n} dage over", "{n} days overdue"),
    "dates.days_ago": ("for {n} dage siden", "{n} days ago"),
    "dates.unreadable": (
        "»{text}« er ikke en dato; skriv fx 01-12-2026, 1/12 2026 eller 2026-12-01",
        "'{text}' is not a date; write for instance 01-12-2026, 1/12 2026 or 2026-12-01",
    ),
    "dates.no_month": ("der er ingen måned {month}", "there is no month {month}"),
    "dates.no_such_day": (
        "den {day}. {month} {year} findes ikke",
        "{day} {month} {year} does not exist",
    ),
}
