"""age-matches-birth counts completed years (months, weeks, days) as a calendar does.

The property tests run the rule itself on claims built in memory and compare it with
``dateutil.relativedelta``, the plain way of counting an age; the cases file
(``tests/rules/cases/age-matches-birth.yaml``) runs it from claim files.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta
from hypothesis import assume, example, given
from hypothesis import strategies as st

from factcheck.dates import parse_date
from factcheck.findings import Location, Problem
from factcheck.model import Claim, Corpus, Document, Source
from factcheck.rules import age_matches_birth
from factcheck.rules.base import Context
from factcheck.values import parse_value

PUBLISHED = dt.date(2025, 2, 20)
SOURCE = Source(id="src", title="t", publisher="p", published=PUBLISHED, language="en_GB")
OPTIONS = {name: option.default for name, option in age_matches_birth.OPTIONS.items()}


def _claim(claim_id: str, line: int, *, value: str | None = None, **fields: Any) -> Claim:
    """A claim as loading leaves it: value and ``when`` read in British English."""
    claim = Claim(id=claim_id, quote="x", subject="Lisa Smith", value=value, **fields)
    claim._source = SOURCE
    claim._location = Location("claims.yaml", line, 5)
    if value is not None:
        claim._value = parse_value(value, "en_GB")
    if claim.when is not None:
        claim._period = parse_date(claim.when, "en_GB", PUBLISHED)
    return claim


def _findings(age: str, born: str, on: str | None = None, unit: str = "year") -> list[Problem]:
    claims = [
        _claim("smith_age", 8, property="age", value=f"{age} {unit}", when=on),
        _claim("smith_dob", 14, property="birth", when=born),
    ]
    corpus = Corpus([Document("claims.yaml", SOURCE, claims)])
    return list(age_matches_birth.check(Context(corpus, OPTIONS)))


def _ambiguous_anniversary(born: dt.date, day: dt.date) -> bool:
    """28 February of a year without 29 February, for someone born on 29 February."""
    return (born.month, born.day) == (2, 29) and (day.month, day.day) == (2, 28)


births = st.dates(dt.date(1900, 1, 1), dt.date(2024, 12, 31))
gaps = st.integers(0, 110 * 366)


@given(births, gaps)
@example(dt.date(2000, 2, 29), 366 * 4)  # 29 February 2004: a birthday
@example(dt.date(2000, 2, 29), 365 + 1)  # 1 March 2001: 1 under either law
@example(dt.date(1990, 5, 2), 365 * 35 + 8)  # 1 May 2025, the day before the birthday
def test_the_completed_years_pass_and_one_more_or_less_fails(born: dt.date, gap: int) -> None:
    day = born + dt.timedelta(days=gap)
    assume(day <= dt.date(2100, 12, 31) and not _ambiguous_anniversary(born, day))
    age = relativedelta(day, born).years
    on = day.isoformat()
    assert _findings(str(age), born.isoformat(), on) == []
    assert len(_findings(str(age + 1), born.isoformat(), on)) == 1
    if age > 0:
        assert len(_findings(str(age - 1), born.isoformat(), on)) == 1


@given(births, st.integers(0, 3 * 366))
def test_a_babys_age_in_months_is_completed_months(born: dt.date, gap: int) -> None:
    day = born + dt.timedelta(days=gap)
    # the 31st (29, 30 in February) in a shorter month: either law's day is accepted
    assume(not (day.day < born.day and day.day == _month_length(day)))
    delta = relativedelta(day, born)
    months = delta.years * 12 + delta.months
    on = day.isoformat()
    assert _findings(str(months), born.isoformat(), on, "month") == []
    assert len(_findings(str(months + 1), born.isoformat(), on, "month")) == 1


def _month_length(day: dt.date) -> int:
    following = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return (following - dt.timedelta(days=1)).day


@given(st.integers(1904, 2024).filter(lambda year: year % 4 == 0), st.integers(1, 3))
def test_born_on_29_february_a_year_older_on_28_february_or_1_march(leap: int, later: int) -> None:
    born = dt.date(leap, 2, 29).isoformat()
    eve = dt.date(leap + later, 2, 28).isoformat()
    assert _findings(str(later), born, eve) == []  # the 28 February law
    assert _findings(str(later - 1), born, eve) == []  # the 1 March law
    assert len(_findings(str(later + 1), born, eve)) == 1
    before = dt.date(leap + later, 2, 27).isoformat()
    assert len(_findings(str(later), born, before)) == 1


@given(st.integers(1900, 2000), st.integers(0, 364), st.integers(1, 90))
def test_a_year_of_birth_allows_the_two_ages_of_its_days(year: int, offset: int, age: int) -> None:
    """Born in a year: on any day, the age of the earliest birth or of the latest."""
    day = dt.date(year + age, 1, 1) + dt.timedelta(days=offset)
    oldest = relativedelta(day, dt.date(year, 1, 1)).years
    youngest = relativedelta(day, dt.date(year, 12, 31)).years
    for stated in range(youngest - 1, oldest + 2):
        found = _findings(str(stated), str(year), day.isoformat())
        assert (found == []) == (youngest <= stated <= oldest), (stated, found)


def test_the_message_names_the_day_and_where_it_comes_from() -> None:
    (published,) = _findings("35", "2 May 1990")
    assert published.message == (
        "Lisa Smith is 35 ('smith_age') but, born on 2 May 1990 ('smith_dob'), was 34 on"
        " 20 February 2025 (its article's publication day)"
    )
    assert published.claims == ("smith_age", "smith_dob")
    (dated,) = _findings("29", "1992", "2023")
    assert dated.message.endswith("born in 1992 ('smith_dob'), was 30 or 31 in 2023 (its when)")


def test_a_birth_after_the_day_of_the_age() -> None:
    (problem,) = _findings("3", "2020", "14 December 2015")
    assert problem.message == (
        "Lisa Smith is 3 ('smith_age') but born in 2020 ('smith_dob'), after 14 December 2015"
        " (its when)"
    )
