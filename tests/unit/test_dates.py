"""Dates shown and read the Danish way (and the English way)."""

from __future__ import annotations

import datetime as dt

import pytest

from lederbog.dates import DateError, days_ago, days_until, format_date, format_week, parse_date


def test_danish_and_english_formats() -> None:
    day = dt.date(2026, 12, 1)
    assert format_date(day, "da") == "1. dec. 2026"
    assert format_date(dt.date(2027, 5, 3), "da") == "3. maj 2027"
    assert format_date(day, "en") == "1 Dec 2026"
    assert format_week(day, "da") == "uge 49"
    assert format_week(day, "en") == "week 49"


@pytest.mark.parametrize(
    "typed", ["2026-12-01", "01-12-2026", "1-12-2026", "1/12 2026", "1/12-2026", " 1.12.2026 "]
)
def test_accepted_forms(typed: str) -> None:
    assert parse_date(typed, "da") == dt.date(2026, 12, 1)


def test_a_day_that_does_not_exist_says_so() -> None:
    with pytest.raises(DateError, match=r"31\. februar 2027 findes ikke"):
        parse_date("31-02-2027", "da")
    with pytest.raises(DateError, match="31 February 2027 does not exist"):
        parse_date("2027-02-31", "en")


def test_words_are_not_a_date() -> None:
    with pytest.raises(DateError, match="»i morgen« er ikke en dato"):
        parse_date("i morgen", "da")


def test_relative_days() -> None:
    today = dt.date(2026, 12, 1)
    assert days_until(dt.date(2026, 12, 6), today, "da") == "om 5 dage"
    assert days_until(dt.date(2026, 11, 28), today, "da") == "3 dage over"
    assert days_until(dt.date(2026, 11, 28), today, "en") == "3 days overdue"
    assert days_until(today, today, "da") == "i dag"
    assert days_ago(dt.date(2026, 11, 30), today, "da") == "i går"
    assert days_ago(dt.date(2026, 11, 21), today, "da") == "for 10 dage siden"
