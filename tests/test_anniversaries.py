"""Completed years, months, weeks and days, as ages and ``years(a, b)`` count them."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.anniversaries import Unit, completed, completed_between

D = dt.date


@pytest.mark.parametrize(
    ("unit", "start", "end", "fewer", "more"),
    [
        # Lisa Smith, born on 2 May 1990: 34 the day before her birthday, 35 on it
        ("year", D(1990, 5, 2), D(2025, 5, 1), 34, 34),
        ("year", D(1990, 5, 2), D(2025, 5, 2), 35, 35),
        # married on 12 April 1969, widowed on 2 November 2023: 54 years, 654 months
        ("year", D(1969, 4, 12), D(2023, 11, 2), 54, 54),
        ("month", D(1969, 4, 12), D(2023, 11, 2), 654, 654),
        # born on 29 February: a year older on 28 February or on 1 March
        ("year", D(2000, 2, 29), D(2025, 2, 28), 24, 25),
        ("year", D(2000, 2, 29), D(2025, 3, 1), 25, 25),
        ("year", D(2000, 2, 29), D(2024, 2, 28), 23, 23),
        # a month from 31 January: on 28 February or on 1 March
        ("month", D(2025, 1, 31), D(2025, 2, 28), 0, 1),
        ("month", D(2025, 1, 31), D(2025, 3, 1), 1, 1),
        ("week", D(2025, 1, 29), D(2025, 2, 19), 3, 3),
        ("day", D(2023, 12, 16), D(2025, 5, 29), 530, 530),
        # backwards: "54 years before", and 29 February's two readings negated
        ("year", D(2023, 11, 2), D(1969, 4, 12), -54, -54),
        ("year", D(2025, 2, 28), D(2000, 2, 29), -25, -24),
        ("week", D(2025, 2, 19), D(2025, 1, 30), -2, -2),
    ],
)
def test_completed_counts_whole_units_as_an_age_does(
    unit: Unit, start: dt.date, end: dt.date, fewer: int, more: int
) -> None:
    assert completed(unit, start, end, late=False) == fewer
    assert completed(unit, start, end, late=True) == more


def test_between_periods_the_fewest_and_the_most() -> None:
    # married in 1969, widowed in November 2023: from 31 December 1969 to 1 November
    # 2023 (53) to 1 January 1969 to 30 November 2023 (54)
    year_1969 = (D(1969, 1, 1), D(1969, 12, 31))
    november_2023 = (D(2023, 11, 1), D(2023, 11, 30))
    assert completed_between("year", year_1969, november_2023) == (53, 54)
    day = (D(1969, 4, 12), D(1969, 4, 12))
    assert completed_between("year", day, (D(2023, 11, 2), D(2023, 11, 2))) == (54, 54)


units = st.sampled_from(["year", "month", "week", "day"])
days = st.dates(D(1800, 1, 1), D(2200, 12, 31))


def _relativedelta_count(unit: Unit, start: dt.date, end: dt.date) -> int:
    """The units from ``start`` to ``end`` as ``dateutil.relativedelta`` counts them."""
    if unit == "day":
        return (end - start).days
    if unit == "week":
        return int((end - start).days / 7)  # toward zero, as relativedelta truncates
    delta = relativedelta(end, start)
    return delta.years if unit == "year" else delta.years * 12 + delta.months


@given(units, days, days)
def test_backwards_counts_agree_with_relativedelta(
    unit: Unit, start: dt.date, end: dt.date
) -> None:
    """End before start: -n, n the units completed from end to start ("3 years before").

    relativedelta counts back from ``start``; an anniversary on a day the month lacks
    (29 February, the 31st) is one of completed's two readings, the other the late one.
    """
    assume(end < start)
    expected = _relativedelta_count(unit, start, end)
    assert expected in (
        completed(unit, start, end, late=False),
        completed(unit, start, end, late=True),
    )
    if start.day <= 28 and end.day <= 28:  # no day a month lacks: one reading only
        assert completed(unit, start, end, late=False) == expected


@given(units, days, days, days)
def test_a_count_grows_as_its_end_moves_on_and_its_start_back(
    unit: Unit, start: dt.date, end: dt.date, other: dt.date
) -> None:
    for late in (False, True):
        count = completed(unit, start, end, late=late)
        assert completed(unit, start, max(end, other), late=late) >= count
        assert completed(unit, min(start, other), end, late=late) >= count
        # the two readings of a missing anniversary differ by one at most
        assert (
            0
            <= completed(unit, start, end, late=True) - completed(unit, start, end, late=False)
            <= 1
        )
