"""Date expressions resolved against the document's publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.dates import (
    _dateparser_date,
    absolute_date,
    is_duration,
    is_holiday,
    is_unplaceable,
    latest_weekday,
    month_sections,
    names_a_day,
    parse_iso_date,
    resolve_date,
)

THURSDAY = dt.date(2017, 9, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wednesday", "2017-09-06"),  # the day before a Thursday paper
        ("on Sunday", "2017-09-03"),
        ("Thursday", "2017-09-07"),  # the paper's own weekday is the same day
        ("last Friday", "2017-09-01"),
        ("September 7", "2017-09-07"),
        ("the 7th of September", "2017-09-07"),
        ("yesterday", "2017-09-06"),
        ("September 2016", "2016-09"),  # coarse text stays coarse
        ("2015", "2015"),
        # the model's date entity runs on: "resigned on Monday after days of street protests"
        ("Monday after days", "2017-09-04"),
        ("7 September after talks", "2017-09-07"),
    ],
)
def test_expressions_resolve_against_the_document_date(text: str, expected: str) -> None:
    assert resolve_date(text, THURSDAY) == expected


@pytest.mark.parametrize(
    "text", ["six days", "three years", "for two weeks", "a few months", "seven-year", "13-day"]
)
def test_lengths_of_time(text: str) -> None:
    # "After six days of questioning": no point in time (``when_where`` leaves it out)
    assert is_duration(text)
    assert not is_duration(text + " ago")


def test_words_that_are_no_date_give_none() -> None:
    assert resolve_date("the soonest possible date", THURSDAY) is None


@pytest.mark.parametrize("text", ["2013-14", "2014/15", "in 2011-12", "between 2004 and 2012"])
def test_a_span_of_years_names_no_date(text: str) -> None:
    # "agreed to Moscow taking charge of the disposal of Assad’s chemical weapons stockpile in
    # 2013-14" (Guardian, 2018): read alone, the range was once a day (2013-09-14, the 14th of
    # the paper's month), though extraction never used it.
    assert resolve_date(text, THURSDAY) is None


@pytest.mark.parametrize("text", ["32", "34", "this century", "the 70th anniversary", "decades"])
def test_ages_centuries_and_anniversaries_are_never_dates(text: str) -> None:
    # "Abu Ruma, 34, said" once dated a statement 1934; "of this century" 1918.
    assert resolve_date(text, THURSDAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mid-January", "2017-01"),  # the latest January on or before the paper
        ("in late August", "2017-08"),
        ("early October", "2016-10"),
        ("the end of May 2015", "2015-05"),
        ("earlier this month", "2017-09"),
        ("last month", "2017-08"),
        ("late last year", "2016"),
        ("this year", "2017"),
        # "since his arrest last October", "jailed ... in May last year" (Guardian, 2017)
        ("last October", "2016-10"),
        ("last August", "2017-08"),  # THURSDAY is in September: the August just gone
        ("in May last year", "2016-05"),
        ("this May", "2017-05"),
        ("early 2014", "2014"),
        ("the summer of 2016", "2016"),
        ("this summer", "2017"),  # a season: its year
        # a part of a time: the time it is part of
        ("the end of last year", "2016"),
        ("the beginning of the month", "2017-09"),
        ("the first week of August", "2017-08"),
        # "the US accepted just 11 Syrians refugees in the first four months of 2018" (Guardian)
        ("the first four months of 2018", "2018"),
        ("the early hours of Sunday", "2017-09-03"),
        ("late on Friday", "2017-09-01"),
        # "Earlier on Tuesday, ..." opening a news sentence: that Tuesday, as "late on" is
        ("Earlier on Tuesday", "2017-09-05"),
        ("later on Monday", "2017-09-04"),
        # a weekday of a named week: the week tells which day (codebook: "last week" is null
        # unless a day can be told)
        ("on Wednesday last week", "2017-08-30"),
        ("Monday of this week", "2017-09-04"),
        # "met Erdoğan in London on Tuesday, days after Britain condemned": the model's entity
        # runs on into the count of the "after" phrase; the day is Tuesday
        ("Tuesday, days", "2017-09-05"),
        # "The telecoms engineer left for Iraq via Germany on 18 August last year" (Guardian, 2018)
        ("on 18 August last year", "2016-08-18"),
        ("March 3 this year", "2017-03-03"),
        ("earlier in January", "2017-01"),  # a part of a month: that month
        ("this past Saturday", "2017-09-02"),
        ("Monday, a week", "2017-09-04"),
        # a fixed holiday: its day, or its month around it ("ended in failure before Christmas")
        ("on Christmas Day", "2016-12-25"),
        ("before Christmas", "2016-12"),
        ("last autumn", "2016"),
    ],
)
def test_parts_of_months_and_relative_periods_keep_their_granularity(
    text: str, expected: str
) -> None:
    assert resolve_date(text, THURSDAY) == expected


def test_without_a_document_date_only_absolute_dates_resolve() -> None:
    assert resolve_date("Wednesday", None) is None
    assert resolve_date("September 7", None) is None
    assert resolve_date("7 September 2017", None) == "2017-09-07"


def test_latest_weekday_never_goes_forward() -> None:
    for offset in range(7):
        day = latest_weekday("monday", THURSDAY + dt.timedelta(days=offset))
        assert day.weekday() == 0
        assert 0 <= (THURSDAY + dt.timedelta(days=offset) - day).days < 7


def test_parse_iso_date_accepts_timestamps_and_rejects_words() -> None:
    assert parse_iso_date("2017-09-07T10:00:00Z") == THURSDAY
    assert parse_iso_date("next week") is None


_FORMS = (
    "{month} {day}",
    "{mon}. {day}",
    "on {month} {day}",
    "{day} {month}",
    "the {day}th of {month}",
    "{month} {day}, {year}",
    "{mon} {day} {year}",
    "{day} {month} {year}",
    "{month} {year}",
    "in {year}",
)
_BASES = (dt.date(2017, 9, 7), dt.date(2020, 1, 1), dt.date(2016, 12, 31), dt.date(2024, 2, 29))


@pytest.mark.parametrize("base", _BASES, ids=str)
@pytest.mark.parametrize("form", _FORMS)
def test_plain_dates_read_without_dateparser_as_dateparser_reads_them(
    form: str, base: dt.date
) -> None:
    """The fast path for absolute dates agrees with dateparser, month by month and around the
    document's own day."""
    dates = {dt.date(base.year, month, day) for month in range(1, 13) for day in (1, 13)}
    dates |= {base, base + dt.timedelta(days=1)}
    checked = 0
    for date in sorted(dates):
        text = form.format(
            month=date.strftime("%B"), mon=date.strftime("%b"), day=date.day, year=date.year - 1
        )
        fast = absolute_date(text, base)
        if (date.month, date.day) == (2, 29) and "{day}" in form:
            assert fast is None, text  # leap days are left to dateparser
            continue
        assert fast is not None, text
        assert fast == _dateparser_date(text, base), text
        checked += 1
    assert checked >= 24


@pytest.mark.parametrize(
    ("text", "unplaceable"),
    [
        ("five days earlier", True),  # after another event of the story
        ("three days after", True),
        ("a day later", True),
        ("the next day", True),
        ("later that month", True),
        ("last week", True),  # no day: the codebook dates it null
        ("late last week", True),
        ("the end of last week", True),
        # "200 civilians were killed in air strikes in a few days last week" (Guardian, 2018)
        ("a few days last week", True),
        ("Monday last week", False),
        ("earlier in the week", True),
        ("earlier this week", True),
        # "Jan Egeland, a humanitarian adviser to the UN said this week" (Guardian, 2018): no day
        ("this week", True),
        ("then", True),  # "then-Conservative leader": an office held then
        # "Our patience is not limitless, he said over the weekend" (Guardian, 2019): no day
        ("the weekend", True),
        ("last weekend", True),
        ("in recent weeks", True),  # "a heavy deployment ... in recent weeks" (Guardian, 2017)
        ("the past few months", True),
        # "hostages who were captured by the organisation over the past five years" (Guardian)
        ("the past five years", True),
        ("the last three years", True),
        ("recent years", True),
        ("five days ago", False),
        ("last Wednesday", False),
        ("earlier this month", False),
        ("only last week", True),  # "it was only last week that Mr Trump ordered" (Guardian)
        ("hours later", True),  # "the UN hours later announced" (Guardian, 2018)
        # "Less than a year ago, the opposition enclave ... was declared a 'safe zone' in a deal"
        ("Less than a year ago", True),
        ("more than a week ago", True),
        # "killed by an improvised explosive device planted by Isis a few weeks ago" (Guardian,
        # 2019): no day, not the paper's
        ("a few weeks ago", True),
        ("several years ago", True),
        ("a few hours ago", False),  # the paper's day
        ("a year ago", False),
        # "just weeks after Donald Trump said the terrorist group had been defeated" (Guardian,
        # 2019): weeks with no count before the story's day, no day
        ("just weeks", True),
        ("months ago", True),
        ("years after", True),
        ("two weeks", False),  # a length, or with "after" counted: not this rule's
        # "more than 1,000 Isis family members had been received by Kurdish forces in the past
        # two days" (Guardian, 2019): no day of them; "the last month" is its month
        ("in the past two days", True),
        ("over the last 10 days", True),
        ("in the past week", True),
        ("in the last month", False),
        ("the past 24 hours", False),
    ],
)
def test_times_kg_cannot_place(text: str, unplaceable: bool) -> None:
    assert is_unplaceable(text) is unplaceable


@pytest.mark.parametrize("text", ["the 1990s", "in the 1980s", "the late 90s", "the mid-2000s"])
def test_a_decade_is_history_with_no_date(text: str) -> None:
    # "Ronald Reagan used covert Middle East arms sales to fund an illegal war in Nicaragua in
    # the 1980s": null, not the paper's date
    assert is_unplaceable(text)


@pytest.mark.parametrize(
    "text",
    # "the disposal of Assad's chemical weapons stockpile in 2013-14" (Guardian, 2018)
    ["between 2004 and 2012", "from 2011 to 2014", "2013-14", "2013–2014"],
)
def test_a_span_of_years_is_history_with_no_date(text: str) -> None:
    # "Britain approved export licences to Syria for the sale of chemicals between 2004 and 2012"
    assert is_unplaceable(text)


def test_a_count_from_another_event_stays_unplaced() -> None:
    assert resolve_date("two days after the vote", THURSDAY) is None


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        ("Wednesday night", "2017-09-06"),
        ("last night", "2017-09-06"),
        ("this morning", "2017-09-07"),
    ],
)
def test_a_time_of_day_that_names_its_day_is_that_day(time: str, expected: str) -> None:
    # "Isis fighters had also surrendered on Wednesday night" (Guardian, 2019): a TIME entity
    assert names_a_day(time)
    assert resolve_date(time, THURSDAY) == expected


@pytest.mark.parametrize("time", ["12.15pm", "five hours", "the early hours", "midnight"])
def test_a_time_of_day_alone_names_no_day(time: str) -> None:
    assert not names_a_day(time)


def test_words_that_stress_a_date_change_nothing() -> None:
    assert resolve_date("as recently as 2015", THURSDAY) == "2015"
    assert resolve_date("just before Christmas", THURSDAY) == "2016-12"
    assert is_holiday("Christmas") and not is_holiday("before Christmas")


def test_a_rounded_date_is_the_date() -> None:
    # "Baghdadi fled from Baghuz to the Syrian desert around 7 January" (Guardian, 2019)
    assert resolve_date("around 7 January", dt.date(2019, 3, 23)) == "2019-01-07"
    assert resolve_date("about 2014", THURSDAY) == "2014"


def test_weeks_months_and_years_ago_keep_the_grain_their_count_tells() -> None:
    # "an Arab proxy force, which it mobilised seven weeks ago" (Guardian, 16 March 2018; the
    # gold codes it 2018-01); "It is six weeks since Muthana surrendered" (18 February 2019)
    assert resolve_date("seven weeks ago", dt.date(2018, 3, 16)) == "2018-01"
    assert resolve_date("six weeks ago", dt.date(2019, 2, 18)) == "2019-01"
    assert resolve_date("nearly two years ago", dt.date(2019, 1, 10)) == "2017"
    assert resolve_date("around a year ago", dt.date(2017, 8, 31)) == "2016"
    assert resolve_date("three months ago", dt.date(2018, 2, 1)) == "2017-11"
    assert resolve_date("a week ago", THURSDAY) == "2017-08-31"  # its day
    assert resolve_date("several weeks ago", THURSDAY) is None  # no count


def test_a_date_that_owns_its_event_is_the_date_without_its_possessive() -> None:
    # "initially blamed the Syrian regime for last Saturday’s chemical weapons attack in
    # Douma" (Guardian, Wednesday 11 April 2018); "hasten last week’s capitulation"
    wednesday = dt.date(2018, 4, 11)
    assert resolve_date("last Saturday’s", wednesday) == "2018-04-07"
    assert resolve_date("Saturday's", wednesday) == "2018-04-07"
    assert resolve_date("2016’s", wednesday) == "2016"
    assert is_unplaceable("last week’s") and is_unplaceable("the weekend's")


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        # "Ankara's campaign to oust Isis from Raqqa, a battle that finished in the autumn"
        # (Guardian, January 2018): the autumn before
        ("in the autumn", dt.date(2018, 1, 16), "2017"),
        # "Canada and the Kurdish administration struck a deal in spring" (Guardian, December 2018)
        ("in spring", dt.date(2018, 12, 29), "2018"),
        ("over the summer", dt.date(2018, 12, 20), "2018"),
        ("the fall", dt.date(2018, 5, 13), "2017"),
    ],
)
def test_a_season_without_its_year_is_the_latest_one_begun(
    text: str, published: dt.date, year: str
) -> None:
    assert resolve_date(text, published) == year


def test_winter_without_its_year_stays_unplaced() -> None:
    assert resolve_date("in the winter", dt.date(2018, 1, 16)) is None  # it spans two years


def test_a_lead_opening_with_two_month_headings_is_a_review_by_month() -> None:
    # "January The year began with the inauguration of Donald Trump ... February Three UN
    # agencies warned that Somalia was facing a 'very real' risk of famine" (Guardian, December
    # 2017, the lead of a review of the year): each sentence is of its heading's month
    text = "January The year began with a gag rule. February Three UN agencies warned of famine."
    assert month_sections(text) == [(0, "January"), (40, "February")]


def test_two_month_headings_inside_a_text_make_no_review() -> None:
    assert month_sections("Talks began. May God help them. June Aid came.") == []


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("five days earlier from on 19 December", dt.date(2019, 1, 7), "2018-12-14"),
        ("hours later from Saturday", dt.date(2018, 1, 28), "2018-01-27"),
        ("Ten days earlier from Saturday 31 August 2013", dt.date(2018, 2, 10), "2013-08-21"),
        ("One year earlier from Saturday 31 August 2013", dt.date(2018, 2, 10), "2012"),
        ("later that month from October", dt.date(2018, 12, 20), "2018-10"),
        ("the next day from 14 December 2018", dt.date(2019, 1, 7), "2018-12-15"),
        ("two days later from in 2015", dt.date(2018, 12, 20), None),  # a year names no day
        ("days later from Saturday", dt.date(2018, 1, 28), None),  # no count
    ],
)
def test_a_count_from_a_named_time_is_resolved_from_that_time(
    text: str, base: dt.date, expected: str | None
) -> None:
    assert resolve_date(text, base) == expected
    assert not is_unplaceable(text)
