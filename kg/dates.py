"""Dates: resolve a date expression from a sentence against the document's publication date.

Weekdays go to the latest such day on or before the document date ("on Wednesday" in a Thursday
paper is the day before, in a Wednesday paper the same day); other expressions go through
dateparser with the document date as base. A count of time from a time the story names, which
the extraction writes with that time ("five days earlier from 19 December", "later that month
from October"), is counted from it. The result keeps the text's granularity: ``YYYY-MM-DD``,
``YYYY-MM`` or ``YYYY``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from dateparser.date import DateDataParser

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ONLY = re.compile(
    r"^(?:(?:on|last|this|past|this\s+past)\s+)?("
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


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Absolute dates, the most common date expressions in news, read without dateparser (which takes
# some 20 ms an expression): "September 6", "Sept. 6, 2017", "6 September 2017", "the 6th of
# September", "September 2017", "in 2017".
_ABSOLUTE = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"^(?:on\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?$",
        rf"^(?:on\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?$",
        rf"^(?:in\s+)?{_MONTH},?\s+{_YEAR}$",
        rf"^(?:in\s+|by\s+)?(?:the\s+)?(?:early|mid|late|end\s+of|beginning\s+of|start\s+of)"
        rf"[-\s]+{_MONTH}(?:,?\s+{_YEAR})?$",
        rf"^(?:in\s+)?{_YEAR}$",
        # "early 2014", "the summer of 2016", "in late 2015": the year
        rf"^(?:in\s+|by\s+|since\s+)?(?:the\s+)?(?:early|mid|late|end\s+of|beginning\s+of"
        rf"|start\s+of|spring|summer|autumn|fall|winter)(?:[-\s]+(?:of|in))?[-\s]+{_YEAR}$",
    )
)
# A month named by the year it is in, relative to the paper's: "last October", "in May last
# year", "October this year".
_RELATIVE_MONTH = (
    re.compile(rf"^(?:(?:in|since|until|by)\s+)?(?P<before>last|this)\s+{_MONTH}$", re.IGNORECASE),
    re.compile(
        rf"^(?:(?:in|since|until|by)\s+)?{_MONTH}\s+(?:of\s+)?(?P<after>last|this)\s+year$",
        re.IGNORECASE,
    ),
)


def is_month_name(text: str) -> bool:
    """Whether ``text`` is a month's name alone ("May", "Sept."), which may also be a person's
    name ("urged May to give MPs a vote")."""
    return text.strip().rstrip(".").lower() in _MONTHS


def absolute_date(text: str, base: dt.date | None) -> str | None:
    """The ISO form of a plain absolute date (a day without a year is the latest such day on or
    before ``base``, as dateparser reads it); None when ``text`` is not one of those forms."""
    match = next((m for p in _ABSOLUTE if (m := p.match(text))), None)
    if match is None:
        return None
    fields = match.groupdict()
    year = int(fields["year"]) if fields.get("year") else None
    month = _MONTHS[fields["month"].lower()] if fields.get("month") else None
    if month is None:
        return f"{year:04d}"
    if not fields.get("day"):
        if year is None:  # "in mid-January": the latest such month on or before the paper's
            if base is None:
                return None
            year = base.year if month <= base.month else base.year - 1
        return f"{year:04d}-{month:02d}"
    day = int(fields["day"])
    if year is None and (base is None or (month, day) == (2, 29)):
        return None  # leap days and undated papers: dateparser decides
    try:
        if year is not None:
            return dt.date(year, month, day).isoformat()
        assert base is not None
        found = dt.date(base.year, month, day)
        return (found if found <= base else dt.date(base.year - 1, month, day)).isoformat()
    except ValueError:  # "June 31"
        return None


@functools.lru_cache(maxsize=16)  # one per publication date: a few at a time
def _parser(base: dt.date) -> DateDataParser:
    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
    }
    return DateDataParser(languages=["en"], settings=settings)


# What a date expression must name to be one: a month, a weekday, a year of four digits or a
# word of time. "32" (an age: "Shiyar Khalil, 32,"), "this century", "the 70th anniversary" are
# none, though dateparser reads them as 1932, 1918 and a day.
_TIME_WORD = re.compile(
    r"\b(?:"
    + "|".join((*_WEEKDAYS, *_MONTHS))
    + r"|(?:19|20)\d\d|today|yesterday|tomorrow|tonight|day|days|week|weeks|weekend|fortnight"
    r"|month|months|year|years|ago|morning|afternoon|evening|night|spring|summer|autumn|fall"
    r"|winter|hours?|christmas|new\s+year(?:['’]s)?)\b",
    re.IGNORECASE,
)

# Holidays on the same day every year (month, day): "on Christmas Day", "before Christmas".
_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
}
_HOLIDAY = re.compile(
    r"^(?P<when>on|over|at|during|before|after|just\s+before|just\s+after|until)?\s*(?:the\s+)?"
    r"(?P<name>" + "|".join(sorted(_HOLIDAYS, key=len, reverse=True)) + r")$",
    re.IGNORECASE,
)


def is_holiday(text: str) -> bool:
    """Whether ``text`` names a fixed holiday alone ("Christmas", "New Year's Day")."""
    return " ".join(text.replace("’", "'").split()).lower() in _HOLIDAYS


def names_a_holiday_season(text: str) -> bool:
    """Whether ``text`` names a holiday without its day ("Christmas"; not "Christmas Day" or
    "Christmas Eve"), which on another noun names a kind of thing ("a Christmas fundraising
    raffle", "Christmas lights"), not a day.

    >>> names_a_holiday_season("Christmas"), names_a_holiday_season("Christmas Eve")
    (True, False)
    """
    return is_holiday(text) and _HOLIDAY_DAY.search(text) is None


_HOLIDAY_DAY = re.compile(r"\b(?:day|eve)$", re.IGNORECASE)


def _holiday(text: str, base: dt.date) -> str | None:
    """A fixed holiday, the latest on or before the paper's date: its day ("on Christmas Day"),
    or its month where the text puts the event around it ("before Christmas", "over Christmas").

    >>> _holiday("before Christmas", dt.date(2018, 1, 4))
    '2017-12'
    >>> _holiday("Christmas Eve", dt.date(2018, 1, 4))
    '2017-12-24'
    """
    match = _HOLIDAY.match(text.replace("’", "'"))
    if match is None:
        return None
    month, day = _HOLIDAYS[match.group("name").lower()]
    year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    when = (match.group("when") or "on").lower()
    return f"{year:04d}-{month:02d}" if when != "on" else dt.date(year, month, day).isoformat()


# A length of time, not a point in it: "six days (of questioning)", "for three years", "two
# weeks", "the seven-year (civil war)" (dateparser reads "six days" as six days ago, which is
# right only where it counts back to another event: "a day after Trump said").
_DURATION = re.compile(
    r"^(?:for\s+|over\s+|after\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|several|a\s+few|few|many|\d+)(?:\s+|\s*-\s*)(?:hours?|days?|weeks?|months?|years?)"
    r"|hours|days|weeks|months|years)$",
    re.IGNORECASE,
)


def is_duration(text: str) -> bool:
    """Whether ``text`` is a length of time with no point in time ("six days", "three years";
    "six days ago" is a point).

    >>> is_duration("six days"), is_duration("six days ago"), is_duration("a year")
    (True, False, True)
    >>> is_duration("seven-year"), is_duration("13-day")  # "the seven-year civil war"
    (True, True)
    >>> is_duration("weeks")  # "After weeks of street-to-street battles"
    True
    """
    return _DURATION.match(" ".join(text.split())) is not None


# A length of months, years or decades: "a decades-long insurgency", "a four-decade civil war",
# "Turkey's two-year-long detention", "its months-long operation", "for more than three decades".
_COUNT = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few"
    r"|many|\d+|\w+-and-a-half)"
)
_LONG_LENGTH = re.compile(
    r"^(?:(?:for|over|throughout)\s+)?(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+"
    r"|at\s+least\s+|some\s+)?"
    rf"(?:{_COUNT}(?:\s+|\s*-\s*)(?:months?|years?|decades?)|months|years|decades"
    r"|(?:month|year|decade)(?=\s*-\s*long))(?:\s*-\s*long)?$",
    re.IGNORECASE,
)


def is_long_length(text: str) -> bool:
    """Whether ``text`` is a length of months or more, which an event said to have lasted it
    has no day of.

    >>> is_long_length("decades"), is_long_length("four-decade"), is_long_length("months-long")
    (True, True, True)
    >>> is_long_length("more than three decades"), is_long_length("two-year-long")
    (True, True)
    >>> is_long_length("13-day"), is_long_length("last year"), is_long_length("year")
    (False, False, False)
    """
    return _LONG_LENGTH.match(" ".join(text.split())) is not None


# An age written with its years: "the 36-year-old", "a 24 - year - old".
_AGE = re.compile(r"\byears?\s*-?\s*old\b", re.IGNORECASE)


def names_a_time(text: str) -> bool:
    """Whether ``text`` names a time at all (see ``_TIME_WORD``): ages and centuries do not.

    >>> names_a_time("9 December 2013"), names_a_time("the 36-year-old")
    (True, False)
    """
    return _TIME_WORD.search(text) is not None and _AGE.search(text) is None


# Times kg cannot place: counted from another event of the story, not from the paper's date
# ("five days earlier", "three days after", "the next day", "later that month", "then": an
# office held then), or a week gone by, which names no day ("last week", "earlier in the week",
# "said this week": the codebook dates it null).
_UNPLACEABLE = re.compile(
    r"(?:\b(?:days?|weeks?|months?|years?|hours?)\s+(?:earlier|later|after|before)$)"
    r"|(?:^(?:the\s+)?(?:next|following|previous|preceding)\s+(?:day|week|month|year|morning"
    r"|afternoon|evening|night)$)"
    r"|(?:\bthat\s+(?:day|week|month|year|morning|afternoon|evening|night)$)"
    r"|(?:^(?:(?:early|earlier|late|later)\s+)?(?:in\s+)?(?:last|this)\s+week$)"
    # days of last week that name none: "in a few days last week" (not "Monday last week")
    r"|(?:^(?!.*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"(?:a\s+few|several|\w+)\s+days\s+last\s+week$)"
    r"|(?:^(?:earlier|later)\s+(?:this|in\s+the)\s+week$)"
    r"|(?:^(?:at\s+|by\s+|until\s+)?(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+"
    r"(?:last|this|the)\s+week$)"
    r"|(?:^then$)"
    # a weekend or recent weeks, which name no day: "said over the weekend", "in recent weeks"
    r"|(?:^(?:(?:over|at|during)\s+)?(?:the|this|last)\s+weekend$)"
    r"|(?:^(?:in\s+|over\s+)?(?:recent|the\s+(?:past|last)(?:\s+few)?)\s+(?:days|weeks|months)$)"
    # a run of recent days or weeks with its count, or the week just gone, no day in them:
    # "in the past two days", "over the last 10 days", "in the past week"
    r"|(?:^(?:in\s+|over\s+|during\s+|within\s+)?the\s+(?:past|last)\s+(?:(?:two|three|four"
    r"|five|six|seven|eight|nine|ten|several|couple\s+of|\d+)\s+(?:days|weeks|months)|week)$)"
    # a run of recent years, no point in them: "captured over the past five years", "in the
    # last three years"
    r"|(?:^(?:in\s+|over\s+|during\s+)?(?:recent|the\s+(?:past|last)(?:\s+(?:few|several"
    r"|two|three|four|five|six|seven|eight|nine|ten|\d+))?)\s+(?:years|decades)$)"
    # a vague count back, which names no day: "less than a year ago", "more than a week ago",
    # "a few weeks ago", "several years ago" (hours ago are the paper's day)
    r"|(?:^(?:less|more|fewer)\s+than\s+.+\s+ago$)"
    r"|(?:^(?:a\s+few|a\s+couple\s+of|several|some|many|a\s+number\s+of)\s+"
    r"(?:days|weeks|months|years|decades)\s+ago$)"
    # units with no count, back from the paper's day or another event: "(just) weeks after
    # Trump said", "months ago"
    r"|(?:^(?:hours|days|weeks|months|years)(?:\s+(?:ago|earlier|later|after|before))?$)"
    # a span of years, history with no year of its own: "between 2004 and 2012"
    r"|(?:^(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to|until)\s+(?:19|20)\d\d$)"
    r"|(?:^(?:in\s+)?(?:19|20)\d\d\s*[-\u2013/]\s*(?:(?:19|20)?\d\d)$)"  # "in 2013-14"
    # a decade, history with no year of its own: "in the 1990s", "the late 80s"
    r"|(?:^(?:in\s+)?(?:the\s+)?(?:(?:early|late)\s+|mid-?)?(?:19|20)?\d0['’]?s$)",
    re.IGNORECASE,
)


def is_unplaceable(text: str) -> bool:
    """Whether a date expression names a time kg cannot place: one counted from another event
    of the story ("five days earlier", "the next day"), or last week, which names no day.

    >>> is_unplaceable("five days earlier"), is_unplaceable("five days ago")
    (True, False)
    >>> is_unplaceable("late last week"), is_unplaceable("last Wednesday")
    (True, False)
    >>> is_unplaceable("earlier in the week"), is_unplaceable("earlier this month")
    (True, False)
    >>> is_unplaceable("the 1990s"), is_unplaceable("1990")
    (True, False)
    >>> is_unplaceable("between 2004 and 2012"), is_unplaceable("since 2012")
    (True, False)
    >>> is_unplaceable("the weekend"), is_unplaceable("in recent weeks")
    (True, True)
    >>> is_unplaceable("just weeks"), is_unplaceable("months ago"), is_unplaceable("two weeks")
    (True, True, False)
    >>> is_unplaceable("a few weeks ago"), is_unplaceable("several years ago")
    (True, True)
    >>> is_unplaceable("a few hours ago"), is_unplaceable("two weeks ago")
    (False, False)
    """
    return _UNPLACEABLE.search(_cleaned(text)) is not None


# Words that stress how recent or early a time is, or round it, and name none: "only last
# week", "just yesterday", "as recently as 2017", "around 7 January".
_FOCUS = re.compile(
    r"^(?:only|just|as\s+(?:recently|early|late)\s+as|around|about|approximately|circa)\s+(?=\S)",
    re.IGNORECASE,
)


def _without_focus(text: str) -> str:
    """A date expression without the words that stress it: "only last week" is "last week".

    >>> _without_focus("only last week"), _without_focus("just before Christmas")
    ('last week', 'before Christmas')
    """
    return _FOCUS.sub("", text)


# The possessive ending of a date that owns the event: "last Saturday's (attack)", "last week's".
_POSSESSIVE = re.compile(r"\s*['’]s?$")


def _cleaned(text: str) -> str:
    """A date expression with single spaces, without the words that stress it and without a
    possessive ending: "only last week's" is "last week".

    >>> _cleaned("last  Saturday’s"), _cleaned("only last week's")
    ('last Saturday', 'last week')
    """
    return _without_focus(_POSSESSIVE.sub("", " ".join(text.split())))


# A time of day that names its day, which the parser tags as a time, not a date: "on Wednesday
# night", "last night", "this morning", "tonight"; or counts from another event: "hours later".
_DAY_OF_TIME = re.compile(
    r"^(?:(?:on|late|early|late\s+on|early\s+on)\s+)?(?:(?:"
    + "|".join(_WEEKDAYS)
    + r")\s+(?:morning|afternoon|evening|night)|(?:last|this)\s+(?:night|morning|afternoon|evening)"
    r"|tonight|(?:a\s+few\s+|several\s+|two\s+|three\s+)?hours\s+(?:later|earlier)"
    r"|(?:the\s+)?(?:next|following|previous|preceding)\s+(?:morning|afternoon|evening|night))$",
    re.IGNORECASE,
)


def names_a_day(time: str) -> bool:
    """Whether a time of day (a TIME entity) names the day it is on, or counts from another event.

    >>> names_a_day("Wednesday night"), names_a_day("last night"), names_a_day("hours later")
    (True, True, True)
    >>> names_a_day("The next morning"), names_a_day("the previous evening")
    (True, True)
    >>> names_a_day("12.15pm"), names_a_day("five hours"), names_a_day("the early hours")
    (False, False, False)
    """
    return _DAY_OF_TIME.match(" ".join(time.split())) is not None


# Single days named without a weekday: "today", "yesterday", "last night".
_NAMED_DAY = re.compile(r"^(?:today|yesterday|tonight|last\s+night)$", re.IGNORECASE)


def names_a_single_day(text: str) -> bool:
    """Whether a date expression names one day: a weekday ("on Sunday", "Wednesday night"), a
    day of a month ("on 14 December 2018"), today, yesterday or last night; not a month, a
    season or a year.

    >>> names_a_single_day("on Sunday"), names_a_single_day("last night")
    (True, True)
    >>> names_a_single_day("on 14 December 2018"), names_a_single_day("September 6")
    (True, True)
    >>> names_a_single_day("January"), names_a_single_day("in 2014"), names_a_single_day("then")
    (False, False, False)
    >>> names_a_single_day("on 18 August last year"), names_a_single_day("Wednesday last week")
    (True, True)
    """
    text = " ".join(text.split())
    days = (_WEEKDAY_ONLY, _DAY_OF_TIME, _NAMED_DAY, *_ABSOLUTE[:2], *_DAY_OF_NAMED_YEAR)
    days += (_WEEKDAY_OF_WEEK,)
    return any(pattern.match(text) for pattern in days)


@functools.lru_cache(maxsize=4096)  # a story repeats its dates; dateparser is slow
def resolve_date(text: str, base: dt.date | None) -> str | None:
    """The ISO form of the date expression ``text`` read on ``base``; None if it is no date.

    >>> resolve_date("32", dt.date(2018, 3, 1)) is None  # an age
    True
    >>> resolve_date("this century", dt.date(2018, 3, 1)) is None
    True
    >>> resolve_date("2013-14", dt.date(2018, 9, 14)) is None  # a span of years, no day
    True
    """
    if (from_named := _count_and_anchor(text)) is not None:
        return _counted_from(from_named, base)  # "five days earlier from 19 December"
    cleaned = _cleaned(text)
    if not names_a_time(cleaned) or is_unplaceable(cleaned):
        return None
    if (day := _day_before_anchor(cleaned, base)) is not None:
        return day
    weekday = _WEEKDAY_ONLY.match(cleaned)
    if weekday:
        return latest_weekday(weekday.group(1), base).isoformat() if base else None
    if base is not None and (of_week := _weekday_of_week(cleaned, base)) is not None:
        return of_week
    if base is None and not re.search(r"\b\d{4}\b", cleaned):
        return None  # "September 7" with no year and no document date cannot be placed
    if absolute := absolute_date(cleaned, base):
        return absolute
    if base is not None and (relative := _relative_period(cleaned, base)):
        return relative
    if base is not None and (counted := _counted_back(cleaned, base)):
        return counted
    if base is not None and (day := _day_of_named_year(cleaned, base)) is not None:
        return day
    if base is not None and (month := _relative_month(cleaned, base)):
        return month
    if base is not None and (holiday := _holiday(cleaned, base)):
        return holiday
    if base is not None and (season := _season(cleaned, base)):
        return season
    if (whole := _PART_OF.match(cleaned)) is not None:
        return resolve_date(_THE_CURRENT.sub(r"this \1", whole.group("whole")), base)
    return _dateparser_date(cleaned, base)


# A weekday of the paper's week or the week before: "on Wednesday last week", "Tuesday of this
# week".
_WEEKDAY_OF_WEEK = re.compile(
    r"^(?:on\s+)?("
    + "|".join(_WEEKDAYS)
    + r")(?:\s+(?:morning|afternoon|evening|night))?\s+(?:of\s+)?(last|this)\s+week$",
    re.IGNORECASE,
)


def _weekday_of_week(text: str, base: dt.date) -> str | None:
    """The day a weekday of a named week is: the week names which one, so a day can be told
    (codebook: "last week" is null unless a day can be told).

    >>> _weekday_of_week("on Wednesday last week", dt.date(2018, 3, 16))  # a Friday
    '2018-03-07'
    >>> _weekday_of_week("Tuesday this week", dt.date(2018, 3, 16))
    '2018-03-13'
    """
    match = _WEEKDAY_OF_WEEK.match(text)
    if match is None:
        return None
    monday = base - dt.timedelta(days=base.weekday())
    if match.group(2).lower() == "last":
        monday -= dt.timedelta(days=7)
    return (monday + dt.timedelta(days=_WEEKDAYS.index(match.group(1).lower()))).isoformat()


# A part of a time, dated as the time it is part of: "the end of last year", "the first week of
# August", "the first four months of 2018", "the early hours of Sunday", "late on Friday".
_PART_OF = re.compile(
    r"^(?:(?:at|in|on|by|from|until)\s+)?(?:the\s+)?"
    r"(?:(?:very\s+)?(?:end|start|beginning|middle|close|turn"
    r"|(?:first|second|third|last|final)\s+(?:(?:few|two|three|four|five|six|\d+)\s+)?"
    r"(?:week|weeks|half|days|part|months|quarter))"
    r"|(?:early|small)\s+hours|(?:late|early|later|earlier)\s+on"
    r"|(?:later|earlier)\s+in(?=\s+(?!the\b)))\s+(?:of\s+)?(?P<whole>.+)$",
    re.IGNORECASE,
)
# "the end of the month": the paper's month.
_THE_CURRENT = re.compile(r"^the\s+(month|year)$", re.IGNORECASE)


# "Monday after days of street protests": the day, then what it came after or before.
_ANCHOR = re.compile(r"\s+(?:after|before|following|ahead of|amid)\s+", re.IGNORECASE)


# A count of time after a comma, which counts from another event told after it: "Tuesday, days
# (after ...)", "Monday, two weeks".
_COUNT_AFTER_COMMA = re.compile(
    r",\s+(?:(?:a|an|a\s+few|several|just|only|\d+|\w+)\s+)?(?:hours?|days?|weeks?|months?)$",
    re.IGNORECASE,
)


def _day_before_anchor(text: str, base: dt.date | None) -> str | None:
    """A weekday or a calendar date the model's date entity runs on into what it came after
    ("Monday after days", "Wednesday after months"): that day. A count of days before or after
    another event ("two days after the vote") is no day of its own, and stays unplaced.

    >>> _day_before_anchor("Monday after days", dt.date(2018, 4, 26))
    '2018-04-23'
    >>> _day_before_anchor("two days after the vote", dt.date(2018, 4, 26)) is None
    True

    The entity may also run on into the count of the "after" phrase that follows it: "met
    Erdoğan in London on Tuesday, days after Britain condemned" ("Tuesday, days").

    >>> _day_before_anchor("Tuesday, days", dt.date(2018, 4, 26))
    '2018-04-24'
    """
    head = _COUNT_AFTER_COMMA.split(_ANCHOR.split(text, maxsplit=1)[0], maxsplit=1)[0]
    if head == text:
        return None
    weekday = _WEEKDAY_ONLY.match(head)
    if weekday:
        return latest_weekday(weekday.group(1), base).isoformat() if base else None
    return absolute_date(head, base)


_RELATIVE_PERIOD = re.compile(
    r"^(?:(?:early|earlier|late|later)\s+(?:in\s+)?)?(?P<which>this|last)\s+"
    r"(?P<unit>month|year|spring|summer|autumn|fall)$",
    re.IGNORECASE,
)


def _relative_period(text: str, base: dt.date) -> str | None:
    """ "earlier this month", "last year", "late last year": the month or year, as the text
    gives it (dateparser makes a day of them); a season, its year ("this summer", "last
    autumn"; not winter, which spans two).

    >>> _relative_period("last autumn", dt.date(2019, 3, 1))
    '2018'
    """
    match = _RELATIVE_PERIOD.match(text)
    if match is None:
        return None
    last = match.group("which").lower() == "last"
    if match.group("unit").lower() != "month":
        return f"{base.year - last:04d}"
    month = base.replace(day=1) - dt.timedelta(days=1) if last else base
    return f"{month.year:04d}-{month.month:02d}"


# A count of weeks, months or years back from the paper's day, maybe rounded: "seven weeks ago",
# "nearly two years ago", "around a year ago".
_COUNTED_BACK = re.compile(
    r"^(?:(?:about|around|nearly|almost|some|roughly|approximately)\s+)?(?P<count>\w+)\s+"
    r"(?P<unit>weeks?|months?|years?)\s+ago$",
    re.IGNORECASE,
)
_COUNTS = {
    word: number
    for number, words in enumerate(
        ("", "a an one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    )
    for word in words.split()
}


def _counted_back(text: str, base: dt.date) -> str | None:
    """Weeks, months or years counted back from the paper's day, at the grain the count can
    tell: weeks name their month, not a day ("mobilised seven weeks ago" in a paper of 16
    March: January; but "a week ago" its day), months their month, years their year ("nearly
    two years ago").

    >>> _counted_back("seven weeks ago", dt.date(2018, 3, 16))
    '2018-01'
    >>> _counted_back("nearly two years ago", dt.date(2019, 1, 10))
    '2017'
    >>> _counted_back("three months ago", dt.date(2018, 2, 1))
    '2017-11'
    """
    match = _COUNTED_BACK.match(text)
    if match is None:
        return None
    word = match.group("count").lower()
    count = int(word) if word.isdigit() else _COUNTS.get(word)
    unit = match.group("unit").lower().rstrip("s")
    if count is None or (unit, count) == ("week", 1):
        return None  # "several weeks ago": no count; "a week ago": its day, as dateparser reads
    if unit == "year":
        return f"{base.year - count:04d}"
    if unit == "week":
        day = base - dt.timedelta(weeks=count)
        return f"{day.year:04d}-{day.month:02d}"
    months = base.year * 12 + base.month - 1 - count
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


# A season named alone, without its year: "struck a deal in spring", "a battle that finished in
# the autumn", "decided over the summer" (not winter, which spans two years).
_SEASON = re.compile(
    r"^(?:(?:in|during|over|by|since|until|through)\s+)?(?:the\s+)?"
    r"(?P<season>spring|summer|autumn|fall)$",
    re.IGNORECASE,
)
# The month each season begins in.
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}


def _season(text: str, base: dt.date) -> str | None:
    """A season without its year: the year of the latest such season begun on or before the
    paper's date, as a month without its year is read.

    >>> _season("in the autumn", dt.date(2018, 1, 16)), _season("in spring", dt.date(2018, 12, 29))
    ('2017', '2018')
    """
    match = _SEASON.match(text)
    if match is None:
        return None
    start = _SEASON_STARTS[match.group("season").lower()]
    return f"{base.year if base.month >= start else base.year - 1:04d}"


# A day of a month in the year named from the paper's: "on 18 August last year", "March 3 this
# year", "the 18th of August last year".
_DAY_OF_NAMED_YEAR = (
    re.compile(
        r"^(?:on\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[a-z]+)"
        r"\s+(?P<which>last|this)\s+year$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:on\s+)?(?P<month>[a-z]+)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?"
        r"\s+(?P<which>last|this)\s+year$",
        re.IGNORECASE,
    ),
)


def _day_of_named_year(text: str, base: dt.date) -> str | None:
    """A day of a month "last year" or "this year": that day of the year before the paper's, or
    of the paper's.

    >>> _day_of_named_year("on 18 August last year", dt.date(2018, 6, 20))
    '2017-08-18'
    >>> _day_of_named_year("March 3 this year", dt.date(2018, 6, 20))
    '2018-03-03'
    """
    match = next((m for p in _DAY_OF_NAMED_YEAR if (m := p.match(text))), None)
    if match is None or (month := _MONTHS.get(match.group("month").lower())) is None:
        return None
    year = base.year - (match.group("which").lower() == "last")
    try:
        return dt.date(year, month, int(match.group("day"))).isoformat()
    except ValueError:
        return None  # "31 February"


def _relative_month(text: str, base: dt.date) -> str | None:
    """ "last October": the latest October before the paper's month; "May last year": May of
    the year before; "this May" / "May this year": May of the paper's year."""
    match = next((m for p in _RELATIVE_MONTH if (m := p.match(text))), None)
    if match is None:
        return None
    fields = match.groupdict()
    month = _MONTHS[fields["month"].lower()]
    which = (fields.get("before") or fields["after"]).lower()
    if fields.get("after"):
        year = base.year - (which == "last")
    elif which == "last":
        year = base.year if month < base.month else base.year - 1
    else:
        year = base.year
    return f"{year:04d}-{month:02d}"


def _dateparser_date(cleaned: str, base: dt.date | None) -> str | None:
    """What dateparser reads in ``cleaned`` on ``base``, at the text's granularity."""
    data = _parser(base or dt.date.today()).get_date_data(cleaned)
    if data.date_obj is None:
        return None
    day: dt.date = data.date_obj.date()
    if data.period == "year":
        return f"{day.year:04d}"
    if data.period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


# A month's name standing alone as a heading before a sentence, in a review of the year
# ("... their quest for justice. June The UK held a general election ...").
_MONTH_HEADING = re.compile(
    r"(?:^|(?<=[.!?”’\"]\s))(?P<month>" + "|".join(calendar.month_name[1:]) + r")\s+(?=[A-Z“‘\"])",
    re.MULTILINE,
)
# How many month headings in calendar order make a document a review by month; one that opens
# the text with a month heading needs fewer, as its first lines (a lead) may hold only two.
_REVIEW_HEADINGS = 3
_OPENED_REVIEW_HEADINGS = 2


def month_sections(text: str) -> list[tuple[int, str]]:
    """Where the sections of a review by month begin, with their month: the month names that
    stand alone as headings before a sentence, kept in calendar order ("January The year
    began ...", "February Three UN agencies warned ..."); none unless at least three are, or
    two when the first opens the text (the lead of a review).

    >>> month_sections("January The year began. Then. March Talks began. May Aid came.")
    [(0, 'January'), (30, 'March'), (49, 'May')]
    >>> month_sections("January The year began. February Three UN agencies warned.")
    [(0, 'January'), (24, 'February')]
    >>> month_sections("Talks began. May God help them. June Aid came.")
    []
    """
    sections: list[tuple[int, str]] = []
    for match in _MONTH_HEADING.finditer(text):
        month = match.group("month")
        if not sections or _MONTHS[month.lower()] > _MONTHS[sections[-1][1].lower()]:
            sections.append((match.start(), month))
    opened = bool(sections) and sections[0][0] == 0
    needed = _OPENED_REVIEW_HEADINGS if opened else _REVIEW_HEADINGS
    return sections if len(sections) >= needed else []


def section_month(sections: list[tuple[int, str]], offset: int) -> str | None:
    """The month of the section of a review by month that ``offset`` lies in, if any."""
    month = None
    for start, name in sections:
        if start > offset:
            break
        month = name
    return month


# A time counted from another time the story names, with that time after "from", as the
# extraction writes it: "five days earlier from 19 December", "hours later from on Saturday".
_COUNTED_FROM = re.compile(r"^(?P<counted>.+?)\s+from\s+(?P<anchor>.+)$", re.IGNORECASE)
# "five days earlier", "hours later", "a year earlier", "24 hours later"
_COUNT_EARLIER_OR_LATER = re.compile(
    r"^(?:(?P<count>\w+)\s+)?(?P<unit>hours?|days?|weeks?|months?|years?)\s+"
    r"(?P<way>earlier|later)$",
    re.IGNORECASE,
)
# "the next day", "the following morning", "the previous day"
_NEIGHBOURING = re.compile(
    r"^(?:on\s+)?(?:the\s+)?(?P<way>next|following|previous|preceding)\s+"
    r"(?P<unit>day|month|year|morning|afternoon|evening|night)$",
    re.IGNORECASE,
)
# "later that day", "that night", "earlier that month", "on that same day"
_THAT_TIME = re.compile(
    r"^(?:(?:later|earlier)\s+)?(?:(?:on|in)\s+)?that\s+(?:same\s+)?"
    r"(?P<unit>day|month|year|morning|afternoon|evening|night)$",
    re.IGNORECASE,
)
_PARTS_OF_A_DAY = frozenset({"morning", "afternoon", "evening", "night"})


def _day_unit(unit: str) -> str:
    """ "days", "hours" and the parts of a day count in days; weeks too (seven days each)."""
    unit = unit.lower().rstrip("s")
    return "day" if unit in _PARTS_OF_A_DAY | {"hour", "week"} else unit


def counted_offset(text: str) -> tuple[int, str] | None:
    """How far a time counted from another the story names lies from it, and in what unit
    (day, month or year): None for any other expression and for counts kg cannot tell ("days
    later", "a few weeks earlier", "four and a half years earlier").

    >>> counted_offset("Ten days earlier"), counted_offset("hours later")
    ((-10, 'day'), (0, 'day'))
    >>> counted_offset("the next day"), counted_offset("later that month")
    ((1, 'day'), (0, 'month'))
    >>> counted_offset("a week later"), counted_offset("One year earlier")
    ((7, 'day'), (-1, 'year'))
    >>> counted_offset("days later"), counted_offset("three days after"), counted_offset("then")
    (None, None, None)
    """
    text = " ".join(text.split())
    if (that := _THAT_TIME.match(text)) is not None:
        return 0, _day_unit(that.group("unit"))
    if (near := _NEIGHBOURING.match(text)) is not None:
        step = 1 if near.group("way").lower() in {"next", "following"} else -1
        return step, _day_unit(near.group("unit"))
    match = _COUNT_EARLIER_OR_LATER.match(text)
    if match is None:
        return None
    unit = match.group("unit").lower().rstrip("s")
    word = (match.group("count") or "").lower()
    count = int(word) if word.isdigit() else _COUNTS.get(word)
    if count is None and not (unit == "hour" and not word):
        return None  # "days later", "several weeks earlier": no count
    count = count or 0
    if unit == "hour":
        count //= 24  # "hours later": the same day; "48 hours later": two days on
    elif unit == "week":
        count *= 7
    sign = -1 if match.group("way").lower() == "earlier" else 1
    return sign * count, _day_unit(unit)


def _count_and_anchor(text: str) -> tuple[tuple[int, str], str] | None:
    """A count from a named time split into its offset (``counted_offset``) and the named time's
    text: "five days earlier from 19 December" is ((-5, "day"), "19 December"); else None."""
    match = _COUNTED_FROM.match(" ".join(text.split()))
    offset = counted_offset(match.group("counted")) if match is not None else None
    if match is None or offset is None:
        return None
    return offset, match.group("anchor")


def is_counted_from_named_time(text: str) -> bool:
    """Whether a date expression is a count from a time the story names, written with it.

    >>> is_counted_from_named_time("five days earlier from 19 December")
    True
    >>> is_counted_from_named_time("five days earlier")
    False
    """
    return _count_and_anchor(text) is not None


def _counted_from(counted: tuple[tuple[int, str], str], base: dt.date | None) -> str | None:
    """The date a count from a named time gives (``_count_and_anchor``'s parts), at the grain
    of its unit and no finer than the named time's: "five days earlier from 19 December" (2018
    paper) is 2018-12-14, "later that month from In October" 2018-10, "One year earlier from
    Saturday 31 August 2013" 2012; None when the named time is too coarse for the count ("two
    days later from 2015").

    >>> resolve_date("five days earlier from on 19 December", dt.date(2019, 1, 7))
    '2018-12-14'
    >>> resolve_date("later that month from In October", dt.date(2018, 12, 20))
    '2018-10'
    >>> resolve_date("two days later from in 2015", dt.date(2018, 12, 20)) is None
    True
    """
    (count, unit), named = counted
    anchor = resolve_date(named, base)
    finest = {"day": len("YYYY-MM-DD"), "month": len("YYYY-MM"), "year": len("YYYY")}
    if anchor is None or len(anchor) < finest[unit]:
        return None  # "two days later" than a year
    if unit == "year":
        return f"{int(anchor[:4]) + count:04d}"
    if unit == "month":
        months = int(anchor[:4]) * 12 + int(anchor[5:7]) - 1 + count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return (dt.date.fromisoformat(anchor) + dt.timedelta(days=count)).isoformat()
