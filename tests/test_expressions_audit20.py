"""Audit 20 (weather, local desks): exact changes in percent, time zones in hours()."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.explicit import evaluate_check, order_outcome
from factcheck.expressions import EvaluationError, deciding_comparisons, parse_expression
from factcheck.model import Check, Claim
from factcheck.values import Interval, Quantity, Truth, parse_value
from factcheck.zones import utc_offset
from tests.conftest import claim_made_in_code

PUBLISHED = date(2026, 10, 2)


def _claim(
    claim_id: str, value: str | None = None, when: str | None = None, language: str = "en"
) -> Claim:
    return claim_made_in_code(claim_id, value, when, language=language, published=PUBLISHED)


def _outcome(expect: str, *claims: Claim, language: str = "en") -> tuple[Truth, str]:
    check = Check(id="c", expect=expect)
    check._language = language
    outcome = evaluate_check(check, {claim.id: claim for claim in claims})
    return outcome.truth, outcome.explanation


# --- B1: a change in percent written (x - y) / y is computed exactly ---------------------

PEAK = _claim("peak", "1.2 million")
THURSDAY = _claim("thu", "640,000")
WRONG_DROP = _claim("drop", "-53%")  # "53 % still in the dark" printed as a drop of 53 %
RIGHT_DROP = _claim("right", "-46.7%")


@pytest.mark.parametrize(
    "expect",
    [
        "(thu - peak) / peak == drop",
        "thu / peak - 1 == drop",
        "(thu - peak) / peak * 100 % == drop",
        "100 % * (thu - peak) / peak == drop",
        "-(peak - thu) / peak == drop",
        "(peak - thu) / peak == -drop",
        "1 - thu / peak == -drop",
    ],
)
def test_a_wrong_change_in_percent_fails_in_every_form_editors_write(expect: str) -> None:
    truth, explanation = _outcome(expect, PEAK, THURSDAY, WRONG_DROP)
    assert truth is Truth.FAILS, explanation
    assert "-48.8" in explanation or "48.8" in explanation


@pytest.mark.parametrize(
    "expect",
    [
        "(thu - peak) / peak == right",
        "(thu - peak) / peak * 100 % == right",
        "(peak - thu) / peak == -right",
    ],
)
def test_a_right_change_in_percent_still_holds(expect: str) -> None:
    truth, explanation = _outcome(expect, PEAK, THURSDAY, RIGHT_DROP)
    assert truth is not Truth.FAILS, explanation  # 46,67 % printed 46,7 %: within rounding


def test_a_rise_written_as_a_sum_over_its_base_is_exact() -> None:
    # (a + b) / b: a rise of a on a base of b, "b grew by a to a + b"
    base = _claim("base", "1.2 million")
    added = _claim("added", "640,000")
    total = _claim("total", "160%")  # 153,3 %: 150,8 to 156,1 % at the ends of the roundings
    truth, explanation = _outcome("(added + base) / base == total", base, added, total)
    assert truth is Truth.FAILS, explanation


def test_amounts_with_a_unit_change_exactly_too() -> None:
    before = _claim("before", "1.2 million EUR")
    after = _claim("after", "640,000 EUR")
    truth, explanation = _outcome("(after - before) / before == drop", before, after, WRONG_DROP)
    assert truth is Truth.FAILS, explanation


_FIGURES = st.decimals(
    min_value=Decimal("0.5"), max_value=Decimal("1000"), places=2, allow_nan=False
)
_WIDTHS = st.decimals(min_value=Decimal(0), max_value=Decimal("0.4"), places=2, allow_nan=False)


def _interval(centre: Decimal, width: Decimal) -> Interval:
    return Interval(centre - width, centre + width, nominal=centre)


_FORMS: dict[str, Callable[[Fraction, Fraction], Fraction]] = {
    "(a - b) / b": lambda a, b: (a - b) / b,
    "(a + b) / b": lambda a, b: (a + b) / b,
    "(b - a) / b": lambda a, b: (b - a) / b,
    "(a - b) / b * 100": lambda a, b: (a - b) / b * 100,
    "100 * (a - b) / b": lambda a, b: 100 * (a - b) / b,
    "(a - b) / a": lambda a, b: (a - b) / a,
}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_FORMS)), _FIGURES, _WIDTHS, _FIGURES, _WIDTHS, st.booleans())
def test_a_change_is_the_tight_range_of_its_operands(
    form: str, a: Decimal, wa: Decimal, b: Decimal, wb: Decimal, negative: bool
) -> None:
    if negative:
        a = -a
    ia, ib = _interval(a, wa), _interval(b, wb)
    values = {"a": Quantity(ia, parse_value("1").quantity.unit)}
    values["b"] = Quantity(ib, values["a"].unit)
    # compare with a number far away: the links keep the computed side
    comparisons_of = parse_expression(f"{form} == 1000000")

    link = deciding_comparisons(comparisons_of, values)[0]
    got = link[3].interval
    f = _FORMS[form]
    corners = [f(Fraction(x), Fraction(y)) for x in (ia.lo, ia.hi) for y in (ib.lo, ib.hi)]
    low, high = min(corners), max(corners)
    # sound: it holds every value; tight: to the last digits of the arithmetic
    assert Fraction(got.lo) <= low and high <= Fraction(got.hi)
    slack = Fraction(1, 10**20) * (1 + abs(high) + abs(low))
    assert low - Fraction(got.lo) <= slack and Fraction(got.hi) - high <= slack


@settings(max_examples=60, deadline=None)
@given(_FIGURES, _WIDTHS, _FIGURES, _WIDTHS, _FIGURES, _WIDTHS)
def test_any_sum_over_a_claim_holds_every_value(
    a: Decimal, wa: Decimal, b: Decimal, wb: Decimal, c: Decimal, wc: Decimal
) -> None:
    # (a + c - b) / b is a + c over b, minus one: sound whatever the terms
    unit = parse_value("1").quantity.unit
    values = {
        "a": Quantity(_interval(a, wa), unit),
        "b": Quantity(_interval(b, wb), unit),
        "c": Quantity(_interval(c, wc), unit),
    }

    link = deciding_comparisons(parse_expression("(a + c - b) / b == 1000000"), values)[0]
    got = link[3].interval
    for x in (values["a"].interval.lo, values["a"].interval.hi):
        for y in (values["b"].interval.lo, values["b"].interval.hi):
            for z in (values["c"].interval.lo, values["c"].interval.hi):
                exact = (Fraction(x) + Fraction(z) - Fraction(y)) / Fraction(y)
                assert Fraction(got.lo) <= exact <= Fraction(got.hi)


# --- A2, B7: hours() counts in UTC when both whens write a zone ---------------------------


def _landfall(
    when: str = "Tuesday, September 29, 2026 at 2 p.m. EDT", language: str = "en_US"
) -> Claim:
    return _claim("landfall", when=when, language=language)


def _weakened(
    when: str = "Tuesday, September 29, 2026 at 10 p.m. CDT", language: str = "en_US"
) -> Claim:
    return _claim("weakened", when=when, language=language)


def test_hours_between_two_zones_are_counted_in_utc() -> None:
    nine, eight = _claim("nine", "9 hours"), _claim("eight", "8 hours")
    truth, explanation = _outcome(
        "hours(landfall, weakened) == nine", _landfall(), _weakened(), nine, language="en_US"
    )
    assert truth is Truth.HOLDS, explanation
    truth, explanation = _outcome(
        "hours(landfall, weakened) == eight", _landfall(), _weakened(), eight, language="en_US"
    )
    assert truth is Truth.FAILS, explanation
    assert "9 h" in explanation


@pytest.mark.parametrize(
    ("first", "second", "hours"),
    [
        ("mardi 29 septembre 2026 à 14 h heure de Paris", "mardi 29 septembre 2026 à 14 h TU", 2),
        ("29 September 2026 at 1400 UTC+2", "29 September 2026 at 1400 GMT", 2),
        ("29 September 2026 at 2pm BST", "29 September 2026 at 2pm CEST", -1),
        ("Monday 5 January 2026 at 9am ET", "Monday 5 January 2026 at 9am GMT", -5),
        ("Tuesday 29 September 2026 at 9am ET", "Tuesday 29 September 2026 at 9am GMT", -4),
        ("29 September 2026 at 11pm PDT", "30 September 2026 at 0200 EDT", 0),
    ],
)
def test_a_zone_after_a_time_is_applied(first: str, second: str, hours: int) -> None:
    language = "fr" if "septembre" in first else "en_GB"
    span = _claim("span", f"{hours} hours")
    truth, explanation = _outcome(
        "hours(landfall, weakened) == span",
        _landfall(first, language),
        _weakened(second, language),
        span,
        language=language,
    )
    assert truth is Truth.HOLDS, explanation


def test_one_zone_alone_keeps_the_clocks_as_written() -> None:
    eight = _claim("eight", "8 hours")
    truth, explanation = _outcome(
        "hours(landfall, weakened) == eight",
        _landfall("Tuesday, September 29, 2026 at 2 p.m."),
        _weakened(),
        eight,
        language="en_US",
    )
    assert truth is Truth.HOLDS, explanation


@given(st.integers(-12 * 60, 14 * 60), st.integers(0, 23), st.integers(0, 59))
def test_an_offset_written_after_utc_is_read_to_the_minute(
    offset: int, hour: int, minute: int
) -> None:
    sign = "+" if offset >= 0 else "-"
    written = f"UTC{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"
    local = datetime(2026, 9, 29, hour, minute)
    assert utc_offset(f"29 September 2026 at {hour:02d}{minute:02d} {written}", local) == offset


@pytest.mark.parametrize(
    "when",
    [
        "29 September 2026 at 2pm",
        "29 September 2026 at 2pm local time",
        "29 septembre 2026 à 14 h heure locale",
        "29 September 2026 at 2pm EDT (1pm CDT)",  # two zones: which?
        "29 September 2026 at 2pm IST",  # Irish or Indian?
    ],
)
def test_no_zone_or_an_unclear_one_is_none(when: str) -> None:
    assert utc_offset(when, datetime(2026, 9, 29, 14)) is None


# --- local 3: a ratio of two amounts against a number of years says what to write --------


def test_a_ratio_of_amounts_against_years_says_what_to_write() -> None:
    debt = _claim("dette", "98 millions EUR", language="fr")
    savings = _claim("epargne", "13,6 millions EUR", language="fr")
    years = _claim("capacite", "7,2 ans", language="fr")
    with pytest.raises(EvaluationError) as refused:
        _outcome("dette / epargne == capacite", debt, savings, years, language="fr")
    message = str(refused.value)
    assert "write 'dette / epargne * 1 year == capacite'" in message
    assert "EUR/year" in message
    # and what it says to write is decided
    truth, explanation = _outcome(
        "dette / epargne * 1 year == capacite", debt, savings, years, language="fr"
    )
    assert truth is not Truth.FAILS, explanation


def test_a_rise_a_year_against_a_difference_says_what_to_write() -> None:
    before = _claim("before", "£2,021.67", language="en_GB")
    after = _claim("after", "£2,122.55", language="en_GB")
    rise = _claim("rise", "£100.88 a year", language="en_GB")
    with pytest.raises(EvaluationError) as refused:
        _outcome("after - before == rise", before, after, rise, language="en_GB")
    assert "write 'after - before == rise * 1 year'" in str(refused.value)
    truth, explanation = _outcome(
        "after - before == rise * 1 year", before, after, rise, language="en_GB"
    )
    assert truth is Truth.HOLDS, explanation


def test_units_apart_by_something_else_get_no_time_advice() -> None:
    length, amount = _claim("length", "3 km"), _claim("amount", "5 EUR")
    with pytest.raises(EvaluationError) as refused:
        _outcome("length == amount", length, amount)
    assert "time apart" not in str(refused.value)


def test_an_order_of_one_day_across_zones_is_read_in_utc() -> None:
    first = _claim("first", when="Tuesday, September 29, 2026 at 2 p.m. EDT", language="en_US")
    second = _claim("second", when="Tuesday, September 29, 2026 at 1:30 p.m. CDT", language="en_US")
    claims = {"first": first, "second": second}
    assert order_outcome(Check(id="o", order=["first", "second"]), claims).truth is Truth.HOLDS
    assert order_outcome(Check(id="o", order=["second", "first"]), claims).truth is Truth.FAILS


def test_importing_the_expression_language_builds_no_unit_registry() -> None:
    # pint's registry costs ~0.2 s: a library user's import of the checks' language (or of
    # zones) builds it only when a unit is first read
    code = (
        "import factcheck.expressions, factcheck.explicit, factcheck.zones\n"
        "from factcheck import units\n"
        "print(units.registry.cache_info().currsize)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "0"
