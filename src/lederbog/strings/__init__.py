"""The strings of each part of Lederbog, Danish and English, one module per part.

`lederbog.i18n` merges them into one table; a key may be defined only once.
Each module holds `STRINGS: dict[str, tuple[str, str]]` (key -> (Danish, English)).
Keeping each section's strings in its own module lets sections be built apart.
"""

PARTS = ("frame", "dates", "overview", "profile", "goals", "journal", "assessment", "export", "cli")
