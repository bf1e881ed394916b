"""date-in-quote: the quarters a quote writes, against the claim's ``when``.

The reader (``quarters_in``) on the forms results copy writes, and a property: a quarter
written in any form agrees with a ``when`` of that quarter and not with the others.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import Period
from factcheck.rules.date_in_quote import _month_days, _quarter_agrees, quarters_in

_FR = {1: "premier", 2: "deuxième", 3: "troisième", 4: "quatrième"}
_EN = {1: "first", 2: "second", 3: "third", 4: "fourth"}


@pytest.mark.parametrize(
    ("quote", "found"),
    [
        ("Son chiffre d'affaires du deuxième trimestre", [(2, None, False)]),
        ("au 3e trimestre 2025", [(3, 2025, False)]),
        ("third-quarter revenue", [(3, None, False)]),
        ("the second quarter of 2025", [(2, 2025, False)]),
        ("T2 2025, 2T 2024 et 2023-Q4", [(2, 2025, False), (2, 2024, False), (4, 2023, False)]),
        ("in Q2'25", [(2, 2025, False)]),
        ("revenue for the June quarter", [(2, None, False)]),
        ("en hausse par rapport au troisième trimestre 2024", [(3, 2024, True)]),
        ("up from $11.3bn in the second quarter", [(2, None, True)]),
        # not quarters of a calendar year, or no quarter at all
        ("revenue for Q3 FY2025", []),
        ("its fiscal third quarter", []),
        ("au troisième trimestre de son exercice 2024-2025", []),
        ("un T3 à Lyon", []),
        ("the q2 data", []),
        ("a quarter of the staff", []),
    ],
)
def test_the_quarters_a_quote_writes(quote: str, found: list[tuple[int, int | None, bool]]) -> None:
    assert [(q.number, q.year, q.compared) for q in quarters_in(quote)] == found


def _quarter(year: int, number: int) -> Period:
    start = dt.date(year, 3 * number - 2, 1)
    end = dt.date(year + (number == 4), 1 if number == 4 else 3 * number + 1, 1)
    return Period(start, end - dt.timedelta(days=1), "quarter", f"Q{number} {year}")


@given(
    number=st.integers(1, 4),
    other=st.integers(1, 4),
    year=st.integers(1990, 2040),
    form=st.sampled_from(["fr", "fr_year", "en", "en_year", "T", "Q", "Q_year"]),
)
def test_a_quarter_agrees_with_its_when_only(number: int, other: int, year: int, form: str) -> None:
    written = {
        "fr": f"au {_FR[number]} trimestre",
        "fr_year": f"au {_FR[number]} trimestre {year}",
        "en": f"in the {_EN[number]} quarter",
        "en_year": f"in the {_EN[number]} quarter of {year}",
        "T": f"au T{number} {year}",
        "Q": f"in Q{number}",
        "Q_year": f"in Q{number} {year}",
    }[form]
    (quarter,) = quarters_in(written)
    when = _quarter(year, other)
    days = _month_days(when.start, when.end)
    assert _quarter_agrees(quarter, when, days) is (number == other)
    next_year = _quarter(year + 1, number)  # the same quarter a year on
    agrees = _quarter_agrees(quarter, next_year, _month_days(next_year.start, next_year.end))
    assert agrees is (quarter.year is None)
