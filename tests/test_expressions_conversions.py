"""Conversions, bounds and changes of temperature in ``expect`` checks.

A ``==`` between two claims in two systems of units is a conversion, rounded as the copy
rounds one; two bounds of one direction compared by ``==`` are compared at their
figures; a difference of two temperatures is a change of temperature.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.explicit import evaluate_check
from factcheck.expressions import (
    EvaluationError,
    Outcome,
    evaluate_values,
    parse_expression,
    rounded_conversion_of,
)
from factcheck.values import Truth, parse_value
from tests.conftest import WriteFiles, source_block, verify_folder
from tests.test_explicit import expect, index, make_claim

MPH_IN_KMH = Decimal("1.609344")
INCH_IN_MM = Decimal("25.4")


def judged(text: str, language: str = "en", **values: str) -> Outcome:
    quantities = {name: parse_value(value, language).quantity for name, value in values.items()}
    return evaluate_values(parse_expression(text), quantities, language)


def rounded(figure: Decimal, step: int) -> Decimal:
    return (figure / step).quantize(Decimal(1), ROUND_HALF_UP) * step


# --- conversions between two claims ------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("70 mph", "110 km/h"),  # 112,65 km/h to the ten
        ("160 mph", "260 km/h"),  # 257,5 km/h to the ten
        ("225 mph", "360 km/h"),
        ("3 inches", "75 mm"),  # 76,2 mm to the five
        ("38 °C", "100 °F"),  # 100,4 °F
    ],
)
def test_a_conversion_rounded_as_printed_holds(first: str, second: str) -> None:
    for text in ("a == b", "b == a"):
        outcome = judged(text, a=first, b=second)
        assert outcome.truth is Truth.ROUNDING, outcome.explanation


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("70 mph", "130 km/h"),
        ("3 inches", "150 mm"),
        ("50 mph", "100 km/h"),  # 80,5 km/h: the figure of a rounder conversion, still wrong
        ("1.5 km", "1560 m"),  # one system of units: no conversion that rounds
        ("120 cm", "1250 mm"),
    ],
)
def test_a_wrong_conversion_or_one_system_of_units_fails(first: str, second: str) -> None:
    assert judged("a == b", a=first, b=second).truth is Truth.FAILS


def test_only_two_claims_compared_by_equality_are_a_conversion() -> None:
    assert judged("a == 110 km/h", a="70 mph").truth is Truth.FAILS  # a constant is exact
    assert judged("a * 1 == b", a="70 mph", b="110 km/h").truth is Truth.FAILS
    assert judged("a != b", a="70 mph", b="110 km/h").truth is Truth.HOLDS
    assert judged("a == b and a > 60 mph", a="70 mph", b="110 km/h").truth is Truth.ROUNDING


@settings(max_examples=200, deadline=None)
@given(mph=st.integers(min_value=1, max_value=400), step=st.sampled_from([1, 5, 10]))
def test_a_speed_converted_and_rounded_within_five_percent_holds(mph: int, step: int) -> None:
    exact = mph * MPH_IN_KMH
    kmh = rounded(exact, step)
    if kmh == 0 or abs(kmh - exact) > kmh * Decimal("0.05"):
        return  # too coarse a rounding for so small a figure: no conversion a desk prints
    outcome = judged("a == b", a=f"{mph} mph", b=f"{kmh} km/h")
    assert outcome.truth is not Truth.FAILS, outcome.explanation


@settings(max_examples=200, deadline=None)
@given(
    inches=st.integers(min_value=4, max_value=200),  # 1 inch is 0,5 to 1,5: 13 to 38 mm
    factor=st.sampled_from([Decimal("0.5"), Decimal("1.25"), Decimal(2)]),
)
def test_a_conversion_off_by_a_quarter_or_more_fails(inches: int, factor: Decimal) -> None:
    mm = rounded(inches * INCH_IN_MM * factor, 5 if inches < 20 else 10)
    outcome = judged("a == b", a=f"{inches} inches", b=f"{mm} mm")
    assert outcome.truth is Truth.FAILS, outcome.explanation


figures = st.decimals(min_value=Decimal("0.1"), max_value=Decimal(10000), places=1)
pairs = st.sampled_from(
    [("mph", "km/h"), ("in", "mm"), ("mi", "km"), ("°C", "°F"), ("km", "m"), ("ft", "m")]
)


@settings(max_examples=200, deadline=None)
@given(first=figures, second=figures, units=pairs)
def test_a_conversion_reads_the_same_either_way_round(
    first: Decimal, second: Decimal, units: tuple[str, str]
) -> None:
    a = parse_value(f"{first} {units[0]}", "en").quantity
    b = parse_value(f"{second} {units[1]}", "en").quantity
    one, other = rounded_conversion_of(a, b), rounded_conversion_of(b, a)
    assert (one is None) == (other is None)
    if one is not None:
        assert other == 1 - one


# --- two bounds of one direction ---------------------------------------------------------


def bounds(first: str, second: str, text: str = "a == b") -> Outcome:
    claims = index(make_claim("a", first, language="en"), make_claim("b", second, language="en"))
    return evaluate_check(expect(text, "en"), claims)


def test_two_upper_bounds_are_compared_at_their_figures() -> None:
    outcome = bounds("<=3 inches", "<=150 mm")
    assert outcome.truth is Truth.FAILS
    assert outcome.explanation == (
        "a = 3 in (2 to 3.5 in), not == b = 150 mm (149 to 150.5 mm) = 5.9055 in"
        " (5.8661 to 5.9252 in)"
    )
    assert bounds("<=3 inches", "<=75 mm").truth is not Truth.FAILS
    assert bounds("<=70 mph", "<=110 km/h").truth is not Truth.FAILS  # a conversion
    assert bounds(">=8", ">=20").truth is Truth.FAILS  # "au moins 8" is no "au moins 20"


def test_bounds_of_two_directions_or_against_a_figure_are_compared_as_written() -> None:
    assert bounds("<=3 inches", ">=50 mm").truth is not Truth.FAILS
    assert bounds("<=3 inches", "60 mm").truth is not Truth.FAILS
    assert bounds(">33.3 %", "37.5 %").truth is not Truth.FAILS  # more than one in three
    assert bounds("<=3 inches", "<=150 mm", "a <= b").truth is not Truth.FAILS


@settings(max_examples=100, deadline=None)
@given(inches=st.integers(min_value=1, max_value=100))
def test_upper_bounds_converted_hold_and_doubled_fail(inches: int) -> None:
    mm = rounded(inches * INCH_IN_MM, 5)
    assert bounds(f"<={inches} inches", f"<={mm} mm").truth is not Truth.FAILS
    assert bounds(f"<={inches} inches", f"<={mm * 2} mm").truth is Truth.FAILS


# --- differences of temperatures -----------------------------------------------------------

TEMPERATURES = {"t_c": "27.4 °C", "n_c": "24.2 °C", "n_f": "75.6 °F"}


@pytest.mark.parametrize(
    ("text", "fails"),
    [
        ("t_c - n_c < 10 °F", False),  # 3,2 Δ°C is below 10 Δ°F (5,56 Δ°C)
        ("t_c - n_c > 5 °F", False),  # 5,76 Δ°F
        ("t_c - n_c == 37.8 °F", True),  # 3,2 °C as a temperature is 37,8 °F
        ("t_c - n_c == 5.8 delta_degF", False),
        ("t_c - n_c > 10 °C", True),
        ("t_c - n_c == 3.2 °C", False),  # in its own scale, degree for degree
        ("t_c - n_f == 3.18 delta_degC", False),  # 75,6 °F is 24,22 °C
        ("t_c - n_f == 3.2 delta_degF", True),
        ("n_c + 3.2 delta_degC == t_c", False),  # a temperature plus a change
        ("n_f + 3.2 delta_degC == t_c", False),  # in another scale
        ("n_f + 3.2 delta_degF == t_c", True),
    ],
)
def test_a_difference_of_temperatures_is_a_change(text: str, fails: bool) -> None:
    outcome = judged(text, **TEMPERATURES)
    assert (outcome.truth is Truth.FAILS) is fails, outcome.explanation


def test_a_difference_of_temperatures_is_shown_as_a_change() -> None:
    outcome = judged("t_c - n_c > 10 delta_degC", **TEMPERATURES)
    assert outcome.explanation == "t_c - n_c = 3.2 Δ°C (3.1 to 3.3 Δ°C), not > 10 Δ°C"
    outcome = judged("t_c - n_c == a", a="37.8 °F", **TEMPERATURES)
    assert outcome.explanation == (
        "t_c - n_c = 5.76 Δ°F (5.579 to 5.94 Δ°F), not == a = 37.8 Δ°F (37.75 to 37.85 Δ°F)"
    )


celsius = st.decimals(min_value=Decimal(-40), max_value=Decimal(50), places=1)


@settings(max_examples=200, deadline=None)
@given(t=celsius, n=celsius)
def test_a_difference_of_temperatures_converts_degree_for_degree(t: Decimal, n: Decimal) -> None:
    values = {"t": f"{t} °C", "n": f"{n} °C"}
    change = t - n
    assert judged(f"t - n == {change} delta_degC", **values).truth is not Truth.FAILS
    assert judged(f"t - n == {change * Decimal('1.8')} delta_degF", **values).truth is not (
        Truth.FAILS
    )
    assert judged(f"t - n == {change * Decimal('1.8')} °F", **values).truth is not Truth.FAILS
    wrong = change * Decimal("1.8") + 32  # the change converted as a temperature
    assert judged(f"t - n == {wrong} delta_degF", **values).truth is Truth.FAILS


# --- pence in the pound -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "hint"),
    [
        ("-2p", "a cut of 2p in the pound is 2 percentage points: write -2 pp"),
        ("1p", "a rise of 1p in the pound is 1 percentage point: write 1 pp"),
    ],
)
def test_pence_against_a_rate_in_percent_says_to_write_points(change: str, hint: str) -> None:
    with pytest.raises(EvaluationError) as caught:
        judged("after - before == change", after="8 %", before="10 %", change=change)
    assert caught.value.message == (
        "in 'after - before == change': cannot compare % (dimensionless) with pence"
        f" (currency GBP): {hint}"
    )


def test_pence_against_an_amount_get_no_such_hint() -> None:
    assert judged("a < b", a="2p", b="1 GBP").truth is Truth.HOLDS
    with pytest.raises(EvaluationError) as caught:
        judged("a == b", a="2p", b="2 EUR")
    assert "in the pound" not in caught.value.message


# --- the hint to write ~ --------------------------------------------------------------------


def _messages(write_files: WriteFiles, claims: str, language: str = "fr") -> list[str]:
    folder = write_files({"claims.yaml": source_block(language=language) + claims})
    return [f.message for f in verify_folder(folder).findings if f.rule == "expect-holds"]


def test_a_sum_far_from_a_round_figure_gets_no_hint_to_write_a_tilde(
    write_files: WriteFiles,
) -> None:
    (message,) = _messages(
        write_files,
        """\
claims:
  - {id: etat, quote: q, subject: PLF, property: s, qualifiers: {on: a}, value: "20 milliards EUR"}
  - {id: secu, quote: q, subject: PLF, property: s, qualifiers: {on: b}, value: "15 milliards EUR"}
  - {id: coll, quote: q, subject: PLF, property: s, qualifiers: {on: c}, value: "5 millions EUR"}
  - {id: total, quote: q, subject: PLF, property: total, value: "40 milliards EUR"}
checks:
  - {id: somme, expect: "etat + secu + coll == total"}
""",
    )
    assert message.endswith("not == total = 40 milliards EUR (39,5 à 40,5 milliards EUR)")


def test_a_computed_figure_within_the_tilde_reading_gets_the_hint(
    write_files: WriteFiles,
) -> None:
    (message,) = _messages(
        write_files,
        """\
claims:
  - {id: ventes, quote: q, subject: F, property: ventes, value: "870 000"}
  - {id: par_jour, quote: q, subject: F, property: par_jour, value: "2 380"}
checks:
  - {id: c, expect: "ventes / 365 == par_jour"}
""",
    )
    assert message.endswith("(if 2 380 is a round figure, write ~2 380)")
