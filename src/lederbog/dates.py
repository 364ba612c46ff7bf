"""Dates the Danish way (1. dec. 2026, uge 49) and the English way, shown and read.

Accepted when typed: 2026-12-01 (ISO), 01-12-2026, 1-12-2026, 1/12 2026, 1/12-2026,
1.12.2026 (day first, as Danes write). A date that does not exist (31-02-2027) or
words such as "i morgen" are refused with the reason, in the leader's language.
"""

from __future__ import annotations

import datetime as dt
import re

from lederbog.errors import LederbogError
from lederbog.i18n import t

_MONTHS_DA = (
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
)
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES_DA = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
_MONTH_NAMES_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*(?:[-/.]|\s)\s*(\d{4})")


class DateError(LederbogError):
    """A typed date that could not be read; the message says why, in the leader's language."""


def format_date(day: dt.date, lang: str, *, year: bool = True) -> str:
    """1. dec. 2026 (Danish) or 1 Dec 2026 (English)."""
    if lang == "en":
        text = f"{day.day} {_MONTHS_EN[day.month - 1]}"
    else:
        text = f"{day.day}. {_MONTHS_DA[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def format_month(day: dt.date, lang: str, *, year: bool = True) -> str:
    """dec. 2026 (Danish) or Dec 2026 (English): the month of `day`."""
    months = _MONTHS_EN if lang == "en" else _MONTHS_DA
    return f"{months[day.month - 1]} {day.year}" if year else months[day.month - 1]


def month_name(month: int, lang: str) -> str:
    """The month's full name: "februar" (Danish) or "February" (English)."""
    return (_MONTH_NAMES_EN if lang == "en" else _MONTH_NAMES_DA)[month - 1]


def format_week(day: dt.date, lang: str) -> str:
    """uge 49 / week 49 (ISO week numbers, as used in Denmark)."""
    return t(lang, "dates.week", week=day.isocalendar().week)


def days_until(day: dt.date, today: dt.date, lang: str) -> str:
    """i dag, i morgen, om 5 dage, 1 dag over, 3 dage over (for a due date)."""
    delta = (day - today).days
    if delta == 0:
        return t(lang, "dates.today")
    if delta == 1:
        return t(lang, "dates.tomorrow")
    if delta > 1:
        return t(lang, "dates.in_days", n=delta)
    if delta == -1:
        return t(lang, "dates.overdue_one")
    return t(lang, "dates.overdue", n=-delta)


def days_ago(day: dt.date, today: dt.date, lang: str) -> str:
    """i dag, i går, for 3 dage siden (for something that happened)."""
    delta = (today - day).days
    if delta == 0:
        return t(lang, "dates.today")
    if delta == 1:
        return t(lang, "dates.yesterday")
    if delta < 0:
        return days_until(day, today, lang)
    return t(lang, "dates.days_ago", n=delta)


def parse_date(text: str, lang: str) -> dt.date:
    """The date typed in `text`; DateError with the reason when there is none."""
    typed = text.strip()
    iso = _ISO.fullmatch(typed)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    else:
        day_first = _DAY_FIRST.fullmatch(typed)
        if day_first is None:
            raise DateError(t(lang, "dates.unreadable", text=typed[:40]))
        day, month, year = (int(part) for part in day_first.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        if not 1 <= month <= 12:
            raise DateError(t(lang, "dates.no_month", month=month)) from None
        raise DateError(
            t(lang, "dates.no_such_day", day=day, month=month_name(month, lang), year=year)
        ) from None
