"""Date expressions resolved against the document's publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.dates import latest_weekday, parse_iso_date, resolve_date

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
    ],
)
def test_expressions_resolve_against_the_document_date(text: str, expected: str) -> None:
    assert resolve_date(text, THURSDAY) == expected


def test_words_that_are_no_date_give_none() -> None:
    assert resolve_date("the soonest possible date", THURSDAY) is None


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
