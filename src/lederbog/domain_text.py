"""What the store, the doctor and the framework loader say, in the leader's language.

The domain writes its messages in English and knows no language. Each `cli.domain.*`
string has the domain's English message as a template (its {fields} stand for what
varies); a message that matches one is shown in Danish, any other as it was written.
What fills a field (a reason, a type) is translated in turn when it matches a template.

Used by the command line and the workbook alike: it imports nothing but the strings,
so the workbook's start does not pay for argparse.
"""

from __future__ import annotations

import re
from functools import cache

from lederbog.i18n import STRINGS

# Fields that hold what the leader or the system named (a path, a value typed), never a
# message: shown as they are, even when they happen to read like one.
_DATA_FIELDS = frozenset({"path", "target", "folder", "value", "tilde", "source", "id", "key"})


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex: list[str] = []
    seen: set[str] = set()
    for number, part in enumerate(parts):
        if number % 2 == 0:
            regex.append(re.escape(part))
        elif part in seen:
            regex.append(f"(?P={part})")  # the same field twice: the same text twice
        else:
            seen.add(part)
            regex.append(f"(?P<{part}>.+?)")
    return re.compile("".join(regex) + r"\Z", re.DOTALL)


def _specificity(template: str) -> tuple[bool, int]:
    """How to order templates: one that ends in fixed words before one that ends in a
    field (which takes in whatever follows it), then the more fixed words first."""
    return (template.endswith("}"), -len(re.sub(r"\{\w+\}", "", template)))


@cache
def _domain_patterns() -> list[tuple[re.Pattern[str], str]]:
    """The templates, the most specific first: of two that match a message, the one that
    says more about it wins ("'kind' must be one of {choices}, not {kind}" before
    "'{key}' must be {expected}, not {type}", "{reason} (line {line})" before
    "Expected {expected}", "{path}: {reason}" last)."""
    templates = [(en, da) for key, (da, en) in STRINGS.items() if key.startswith("cli.domain.")]
    templates.sort(key=lambda pair: _specificity(pair[0]))
    return [(_template_regex(en), da) for en, da in templates]


def domain_text(lang: str, message: str) -> str:
    """A message of the domain in `lang` (as written when none matches)."""
    if lang == "en":
        return message
    for pattern, danish in _domain_patterns():
        match = pattern.match(message)
        if match:
            values = {
                name: value if name in _DATA_FIELDS else domain_text(lang, value)
                for name, value in match.groupdict().items()
            }
            return danish.format(**values)
    return message
