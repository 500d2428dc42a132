"""Dates: resolve a date expression from a sentence against the document's publication date.

Weekdays go to the latest such day on or before the document date ("on Wednesday" in a Thursday
paper is the day before, in a Wednesday paper the same day); other expressions go through
dateparser with the document date as base. The result keeps the text's granularity:
``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from dateparser.date import DateDataParser

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ONLY = re.compile(
    r"^(?:(?:on|last|this|past)\s+)?("
    + "|".join(_WEEKDAYS)
    + r")(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)


def parse_iso_date(text: str) -> dt.date | None:
    """``YYYY-MM-DD`` (or the date part of an ISO timestamp) as a date; None if it is not one."""
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def latest_weekday(weekday: str, base: dt.date) -> dt.date:
    """The latest ``weekday`` on or before ``base``."""
    wanted = _WEEKDAYS.index(weekday.lower())
    return base - dt.timedelta(days=(base.weekday() - wanted) % 7)


@functools.cache
def _parser(base: dt.date) -> DateDataParser:
    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
    }
    return DateDataParser(languages=["en"], settings=settings)


@functools.lru_cache(maxsize=4096)  # a story repeats its dates; dateparser is slow
def resolve_date(text: str, base: dt.date | None) -> str | None:
    """The ISO form of the date expression ``text`` read on ``base``; None if it is no date."""
    cleaned = " ".join(text.split())
    weekday = _WEEKDAY_ONLY.match(cleaned)
    if weekday:
        return latest_weekday(weekday.group(1), base).isoformat() if base else None
    if base is None and not re.search(r"\b\d{4}\b", cleaned):
        return None  # "September 7" with no year and no document date cannot be placed
    data = _parser(base or dt.date.today()).get_date_data(cleaned)
    if data.date_obj is None:
        return None
    day: dt.date = data.date_obj.date()
    if data.period == "year":
        return f"{day.year:04d}"
    if data.period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()
