"""Powers and logarithms in checks, units written in a constant, and how sides are shown.

The science desk's checks: magnitudes (each degree is 10 ** 1.5 times the energy), pH
(a fall of 0.1 is 10 ** 0.1 - 1 = 26 % more acidic) and decibels (two 80 dB sources
make 83 dB), with ``pow(x, y)`` and ``log10(x)`` on intervals rounded outwards.
"""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.expressions import Claim as ClaimNode
from factcheck.expressions import (
    EvaluationError,
    ExpressionError,
    Number,
    Product,
    deciding_comparisons,
    evaluate_values,
    parse_expression,
)
from factcheck.units import parse_unit
from factcheck.values import Interval, Quantity, Truth, parse_value

PURE = parse_unit("")
# A reference far finer than the 60 digits the ends are computed with.
REFERENCE = decimal.Context(prec=90, traps=[decimal.InvalidOperation, decimal.DivisionByZero])


def _values(language: str = "en", **written: str) -> dict[str, Quantity]:
    return {name: parse_value(text, language).quantity for name, text in written.items()}


def _judge(text: str, language: str = "en", **written: str) -> tuple[Truth, str]:
    outcome = evaluate_values(parse_expression(text), _values(language, **written), language)
    return outcome.truth, outcome.explanation


def _refusal(text: str, language: str = "en", **written: str) -> str:
    with pytest.raises(EvaluationError) as raised:
        evaluate_values(parse_expression(text), _values(language, **written), language)
    return raised.value.message


def _computed(text: str, **intervals: Interval) -> Interval:
    """The interval of the left side of ``text`` for pure numbers in these intervals."""
    values = {name: Quantity(interval, PURE) for name, interval in intervals.items()}
    comparison = deciding_comparisons(parse_expression(text), values)[0]
    return comparison[3].interval


# --- The desk's examples -------------------------------------------------------------------


def test_each_degree_of_magnitude_is_32_times_the_energy_not_ten() -> None:
    assert _judge("pow(10, 1.5) == f", f="~32")[0] is not Truth.FAILS
    truth, explanation = _judge("pow(10, 1.5) == f", f="10")
    assert truth is Truth.FAILS
    assert explanation == "pow(10, 1.5) = 31.62, not == f = 10 (9.5 to 10.5)"


def test_magnitudes_9_0_and_6_9_are_some_1_400_times_the_energy() -> None:
    check = "pow(10, 1.5 * (tohoku - kobe)) == ratio"
    assert _judge(check, "fr", tohoku="9,0", kobe="6,9", ratio="~1 400")[0] is not Truth.FAILS
    assert _judge(check, "fr", tohoku="9,0", kobe="6,9", ratio="~140")[0] is Truth.FAILS


def test_a_fall_of_a_tenth_of_ph_is_26_percent_more_acidic() -> None:
    check = "pow(10, 8.2 - 8.1) - 1 == rise"
    assert _judge(check, rise="~26 %")[0] is not Truth.FAILS
    truth, explanation = _judge(check, rise="~10 %")
    assert truth is Truth.FAILS
    assert explanation.startswith("pow(10, 8.2 - 8.1) - 1 = 25.89 %, not ==")


def test_two_levels_in_decibels_add_as_powers() -> None:
    check = "10 dB * log10(pow(10, a / 10 dB) + pow(10, b / 10 dB)) == total"
    assert _judge(check, a="80 dB", b="80 dB", total="83 dB")[0] is not Truth.FAILS
    assert _judge(check, a="80 dB", b="80 dB", total="160 dB")[0] is Truth.FAILS
    assert _judge(check, a="90 dB", b="80 dB", total="90 dB")[0] is not Truth.FAILS


def test_compound_growth_reads_a_percentage_as_its_fraction() -> None:
    # 3 % a year for 10 years is 34 %, not 30 %
    assert _judge("pow(1 + g, 10) - 1 == t", g="3.0 %", t="34 %")[0] is not Truth.FAILS
    assert _judge("pow(1 + g, 10) - 1 == t", g="3.0 %", t="30 %")[0] is Truth.FAILS


def test_log10_is_exact_where_it_can_be() -> None:
    thousand = {"x": Quantity(Interval.exact(Decimal(1000)), PURE)}
    assert evaluate_values(parse_expression("log10(x) == 3"), thousand).truth is Truth.HOLDS
    assert _judge("pow(2, 10) == 1024")[0] is Truth.HOLDS
    assert _judge("pow(x, 2) == 4", x="-2 to -2")[0] is Truth.HOLDS
    assert _judge("pow(x, 3) == -8", x="-2 to -2")[0] is Truth.HOLDS


# --- Refusals ---------------------------------------------------------------------------


def test_a_unit_inside_is_refused_with_what_to_write() -> None:
    message = _refusal("log10(d) > 0", d="5.2 au")
    assert message == (
        "in 'log10(d)': log10() takes a pure number, but d = 5.2 au (5.15 to 5.25 au) is in"
        " au (length): divide it by a figure in its unit first (d / 1 au)"
    )
    assert _judge("log10(d / 1 au) > 0", d="5.2 au")[0] is Truth.HOLDS


def test_a_level_in_decibels_is_refused_with_the_sum_of_levels() -> None:
    message = _refusal("pow(10, street) > 0", street="80 dB")
    assert "pow() takes a pure number, but street = 80 dB" in message
    assert "is a level in dB: divide it by 10 dB" in message
    assert "10 dB * log10(pow(10, a / 10 dB) + pow(10, b / 10 dB))" in message


@pytest.mark.parametrize(
    ("check", "value", "reason"),
    [
        ("log10(x) > 0", "0 to 3", "log10() of x = 0 to 3, which may be zero or negative"),
        ("log10(x) > 0", "-2", "which may be zero or negative"),
        ("pow(x, 0.5) > 0", "-1 to 3", "which may be negative, to the power 0.5, which is not"),
        ("pow(x, -1) > 0", "-1 to 3", "which may be zero, to the power -1, which may be zero"),
        ("pow(x, y) > 0", "0 to 3", "which may be zero, to the power y = 0 to 3"),
        ("pow(10, x) > 0", "1e10", "pow() gives a number beyond what a check can hold"),
    ],
)
def test_a_power_or_a_logarithm_without_a_value_is_refused(
    check: str, value: str, reason: str
) -> None:
    written = {"x": value, "y": "0 to 3"} if "y" in check else {"x": value}
    assert reason in _refusal(check, **written)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("pow(x) > 1", "pow() takes two numbers: pow(base, exponent), not 1"),
        ("log10(x, 10) > 1", "log10() takes one number: log10(x), not 2"),
        ("x ^ 2 > 1", "unexpected '^': for a power write pow(base, exponent)"),
        ("x ** 2 > 1", "found '*': for a power write pow(base, exponent)"),
        ("log(x) > 1", "'log' is not a function: write log10(x)"),
        ("ln(x) > 1", "log10(x) / log10(2.718281828459045)"),
        ("sqrt(x) > 1", "write pow(x, 0.5)"),
    ],
)
def test_what_to_write_for_a_power_or_a_logarithm(text: str, reason: str) -> None:
    with pytest.raises(ExpressionError) as raised:
        parse_expression(text)
    assert reason in raised.value.message


@pytest.mark.parametrize("name", ["pow", "log10"])
def test_the_functions_are_reserved_words(name: str) -> None:
    with pytest.raises(ExpressionError):
        parse_expression(f"{name} > 1")


# --- A unit with a slash in a constant -----------------------------------------------------


def test_a_unit_written_without_blanks_around_its_slash_is_one_unit() -> None:
    light = parse_expression("d / (299792.458 km/s) > 40 min")
    assert light.names == {"d"}
    assert _judge("d / (299792.458 km/s) > 40 min", d="5.2 au")[0] is Truth.HOLDS
    assert parse_expression("x == 196 EUR/month").root.rest[0][1] == Number(  # type: ignore[union-attr]
        Decimal(196), unit="EUR/month"
    )


def test_blanks_around_a_slash_divide() -> None:
    expression = parse_expression("x == 2 km / h")
    assert expression.names == {"x", "h"}
    assert expression.root.rest[0][1] == Product(  # type: ignore[union-attr]
        Number(Decimal(2), unit="km"), (("/", ClaimNode("h")),)
    )
    assert parse_expression("a/b > 1").names == {"a", "b"}


def test_a_claim_glued_to_a_unit_is_refused_with_both_readings() -> None:
    with pytest.raises(ExpressionError) as raised:
        parse_expression("x == 5 EUR/population")
    message = raised.value.message
    assert "'EUR/population' is not a unit" in message
    assert "a unit in a check is one word, written without blanks ('299792.458 km/s')" in message
    assert "write blanks around '/' (5 EUR / population)" in message


# --- How sides are shown -----------------------------------------------------------------


def test_an_exact_ratio_is_shown_to_the_other_sides_precision() -> None:
    values = {
        "after": Quantity(Interval.exact(Decimal(18000)), parse_unit("person")),
        "before": Quantity(Interval.exact(Decimal(710000)), parse_unit("person")),
        "share": parse_value("25 %", "fr").quantity,
    }
    outcome = evaluate_values(parse_expression("after / before == share"), values, "fr")
    assert outcome.explanation == "after / before = 2,54 %, not == share = 25 % (24,5 à 25,5 %)"


def test_an_exact_figure_keeps_the_digits_that_part_it_from_the_other_side() -> None:
    # 1/3 against 0.3333 to 0.33333: rounded to 0.33333 it would read as the bound's end
    values = {"one": Quantity(Interval.exact(Decimal(1)), PURE)}
    values["three"] = Quantity(Interval.exact(Decimal(3)), PURE)
    values["bound"] = Quantity(Interval(Decimal("0.3333"), Decimal("0.33333")), PURE)
    outcome = evaluate_values(parse_expression("one / three < bound"), values)
    assert outcome.truth is Truth.FAILS
    assert outcome.explanation == "one / three = 0.3333333, not < bound = 0.3333 to 0.33333"


def test_a_sum_of_counts_is_never_rounded() -> None:
    values = {
        "a": Quantity(Interval.exact(Decimal(18423)), PURE),
        "b": Quantity(Interval.exact(Decimal(6434)), PURE),
        "c": parse_value("30,000", "en").quantity,
    }
    outcome = evaluate_values(parse_expression("a + b == c"), values)
    assert outcome.explanation.startswith("a + b = 24,857, not == c")


def test_a_ratio_beside_ppm_is_in_percent_from_one_percent() -> None:
    large = _judge(
        "(now - before) / before == excess", now="430 ppm", before="280 ppm", excess="150 ppm"
    )
    assert large[1].startswith("(now - before) / before = 53.571 % (53.119 to 54.026 %), not ==")
    ppm = parse_unit("ppm")
    values = {
        "now": Quantity(Interval.exact(Decimal("280.1")), ppm),
        "before": Quantity(Interval.exact(Decimal(280)), ppm),
        "excess": parse_value("9 ppm", "en").quantity,
    }
    small = evaluate_values(parse_expression("(now - before) / before == excess"), values)
    assert small.explanation.startswith("(now - before) / before = 357.14 ppm, not ==")


def test_a_failed_comparison_shows_the_other_side_in_the_first_ones_unit() -> None:
    explanation = _judge("km == mi", km="38 km", mi="34 mi")[1]
    assert explanation.endswith(
        "not == mi = 34 mi (33.5 to 34.5 mi) = 54.72 km (53.91 to 55.53 km)"
    )
    explanation = _judge("c == f", c="20 °C", f="36 °F")[1]
    assert explanation.endswith("= 2.222 °C (1.944 to 2.501 °C)")
    # a number beside a percentage is shown in % already; one unit needs no conversion
    assert "=" not in _judge("a == b", a="12 %", b="19 %")[1].split("not ==")[1].split("b = ")[1]


def test_a_comparison_that_holds_shows_no_conversion() -> None:
    assert _judge("km == mi", km="38 km", mi="23.6 mi")[1].count(" = ") == 2


# --- Interval arithmetic: the result holds f(x) for every x of its arguments ---------------


def _interval(lo: Decimal, width: Decimal, lo_open: bool, hi_open: bool) -> Interval:
    if not width:
        return Interval(lo, lo)
    return Interval(lo, lo + width, lo_open, hi_open)


def _member(interval: Interval, fraction: Decimal) -> Decimal:
    """A member of the interval, ``fraction`` of the way (an open end is never taken)."""
    if interval.lo == interval.hi:
        return interval.lo
    x = REFERENCE.add(interval.lo, REFERENCE.multiply(fraction, interval.hi - interval.lo))
    if (x == interval.lo and interval.lo_open) or (x == interval.hi and interval.hi_open):
        return REFERENCE.divide(interval.lo + interval.hi, 2)
    return x


def _holds(result: Interval, y: Decimal) -> bool:
    return result.contains(y)


decimals = st.decimals(min_value=-30, max_value=30, places=3, allow_nan=False, allow_infinity=False)
positives = st.decimals(
    min_value=Decimal("0.001"), max_value=200, places=3, allow_nan=False, allow_infinity=False
)
widths = st.decimals(min_value=0, max_value=20, places=3, allow_nan=False, allow_infinity=False)
fractions = st.decimals(min_value=0, max_value=1, places=4, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(positives, widths, st.booleans(), st.booleans(), fractions)
def test_log10_of_every_member_is_in_the_interval(
    lo: Decimal, width: Decimal, lo_open: bool, hi_open: bool, fraction: Decimal
) -> None:
    x = _interval(lo, width, lo_open, hi_open)
    result = _computed("log10(x) > 0", x=x)
    member = _member(x, fraction)
    assert _holds(result, REFERENCE.log10(member))
    # and tight: its ends are the logarithms of the argument's ends
    assert abs(result.lo - REFERENCE.log10(x.lo)) <= Decimal("1e-45")
    assert abs(result.hi - REFERENCE.log10(x.hi)) <= Decimal("1e-45")


@settings(max_examples=300, deadline=None)
@given(decimals, widths, st.booleans(), st.booleans())
def test_log10_of_an_interval_reaching_zero_is_refused(
    lo: Decimal, width: Decimal, lo_open: bool, hi_open: bool
) -> None:
    x = _interval(lo, width, lo_open, hi_open)
    values = {"x": Quantity(x, PURE)}
    if x.lo > 0 or (x.lo == 0 and x.lo_open):  # (0, 0.001] reaches no 0: from -infinity
        evaluate_values(parse_expression("log10(x) > 0"), values)
    else:
        with pytest.raises(EvaluationError, match="may be zero or negative"):
            evaluate_values(parse_expression("log10(x) > 0"), values)


@settings(max_examples=300, deadline=None)
@given(
    positives.filter(lambda d: d <= 50),
    widths,
    st.booleans(),
    st.booleans(),
    st.decimals(min_value=-4, max_value=4, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=0, max_value=3, places=2, allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.booleans(),
    fractions,
    fractions,
)
def test_pow_of_every_pair_of_members_is_in_the_interval(
    base_lo: Decimal,
    base_width: Decimal,
    base_lo_open: bool,
    base_hi_open: bool,
    exponent_lo: Decimal,
    exponent_width: Decimal,
    exponent_lo_open: bool,
    exponent_hi_open: bool,
    t: Decimal,
    u: Decimal,
) -> None:
    base = _interval(base_lo, base_width, base_lo_open, base_hi_open)
    exponent = _interval(exponent_lo, exponent_width, exponent_lo_open, exponent_hi_open)
    result = _computed("pow(x, y) > 0", x=base, y=exponent)
    x, y = _member(base, t), _member(exponent, u)
    assert _holds(result, REFERENCE.power(x, y)), (base, exponent, x, y, result)
    for corner_x in (base.lo, base.hi):  # closed corners are members too
        for corner_y in (exponent.lo, exponent.hi):
            open_corner = (corner_x == base.lo and base.lo_open and base.lo != base.hi) or (
                corner_x == base.hi and base.hi_open and base.lo != base.hi
            )
            open_corner = open_corner or (
                exponent.lo != exponent.hi
                and (
                    (corner_y == exponent.lo and exponent.lo_open)
                    or (corner_y == exponent.hi and exponent.hi_open)
                )
            )
            if not open_corner:
                assert _holds(result, REFERENCE.power(corner_x, corner_y))


@settings(max_examples=300, deadline=None)
@given(decimals, widths, st.booleans(), st.booleans(), st.integers(-5, 5), fractions)
def test_a_whole_power_of_any_base_holds_every_member(
    lo: Decimal, width: Decimal, lo_open: bool, hi_open: bool, n: int, fraction: Decimal
) -> None:
    base = _interval(lo, width, lo_open, hi_open)
    values = {"x": Quantity(base, PURE), "n": Quantity(Interval.exact(Decimal(n)), PURE)}
    expression = parse_expression("pow(x, n) > 0")
    if n <= 0 and base.lo <= 0 <= base.hi:
        with pytest.raises(EvaluationError, match="which may be zero"):
            deciding_comparisons(expression, values)
        return
    result = deciding_comparisons(expression, values)[0][3].interval
    member = _member(base, fraction)
    assert _holds(result, REFERENCE.power(member, Decimal(n))), (base, n, member, result)


@settings(max_examples=200, deadline=None)
@given(positives, widths, fractions)
def test_pow_and_log10_undo_each_other_within_the_interval(
    lo: Decimal, width: Decimal, fraction: Decimal
) -> None:
    x = _interval(lo, width, False, False)
    result = _computed("pow(10, log10(x)) > 0", x=x)
    assert result.contains(_member(x, fraction))
