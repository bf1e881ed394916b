"""The caches and shortcuts of factcheck.values give exactly what the slow paths give."""

from __future__ import annotations

from decimal import Decimal

import babel.numbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import units, values
from factcheck.units import parse_unit
from factcheck.values import (
    Interval,
    Quantity,
    ValueSyntaxError,
    format_quantity,
    parse_value,
)

D = Decimal

# Pieces of values: numbers in several spellings, comparators, scale words and units.
NUMBERS = st.sampled_from(
    ["0", "7", "44,4", "44.4", "1 000", "1\u202f000,5", "1,000", "1.000", "250,000.75", "−3",
     "+3", ",5", "1e6", "1,5e6", "007", "1,00", "10 00", "1e400", "2.50", "12'345", "0,001"]
)  # fmt: skip
UNITS = st.sampled_from(
    ["", " %", " EUR", " €", " person", " degC", " persn", " pp", "C", "m tonnes", " kilos",
     " EUR per head", " h 02 min 10 s", " s 58", " ans et demi", "m", " K", "e+3"]
)  # fmt: skip
VALUES = st.builds(
    lambda comparator, number, scale, unit, end: f"{comparator}{number}{end}{scale}{unit}",
    st.sampled_from(["", "~", "<", "<=", ">", "≥"]),
    NUMBERS,
    st.sampled_from(["", " million", " milliards", " thousand"]),
    UNITS,
    st.sampled_from(["", " to 2 000", " à 3,5", "–9"]),
)
LANGUAGES = st.sampled_from(["en", "fr", "de", "fr_CH"])
APPROX = st.sampled_from([D("0.1"), D("0.25"), D("0"), D("0.5")])


def uncached(text: str, language: str, approx: Decimal) -> values.Value | str:
    """What parse_value reads, computed afresh, or its error message."""
    try:
        return values._read_value(text, language, approx)
    except (ValueSyntaxError, units.UnitError) as error:
        return f"cannot read {text!r}: {error}"


def cached(text: str, language: str, approx: Decimal) -> values.Value | str:
    try:
        return parse_value(text, language, approx=approx)
    except ValueSyntaxError as error:
        assert error.__cause__ is None and error.__suppress_context__
        return str(error)


@given(VALUES, LANGUAGES, APPROX)
def test_cached_parse_is_the_uncached_parse(text: str, language: str, approx: Decimal) -> None:
    expected = uncached(text, language, approx)
    assert cached(text, language, approx) == expected
    assert cached(text, language, approx) == expected  # from the cache, errors included


def test_the_cache_keeps_languages_and_tolerances_apart() -> None:
    assert parse_value("1,000", "en").figures == (D(1000),)
    assert parse_value("1,000", "fr").figures == (D("1.000"),)
    wide = parse_value("~90 person", "en", approx=D("0.2")).quantity.interval
    narrow = parse_value("~90 person", "en", approx=D("0.1")).quantity.interval
    assert (wide.lo, narrow.lo) == (D(72), D(81))


def test_bad_tolerances_are_refused_even_when_a_value_is_cached() -> None:
    parse_value("~3", "en", approx=D("0.5"))
    with pytest.raises(AttributeError):
        parse_value("~3", "en", approx=0.5)  # type: ignore[arg-type]
    for approx in (D("sNaN"), D("NaN"), D("-0.1"), D("Infinity")):
        with pytest.raises(ValueError, match="tolerance"):
            parse_value("~3", "en", approx=approx)


def test_errors_are_raised_alike_every_time() -> None:
    messages = set()
    for _ in range(3):
        with pytest.raises(ValueSyntaxError) as caught:
            parse_value("5 persn", "en")
        messages.add(str(caught.value))
    assert messages == {"cannot read '5 persn': unknown unit 'persn', did you mean 'person'?"}


# --- numbers without babel ------------------------------------------------------------------

GROUPED = st.builds(
    lambda sign, head, groups, mark, fraction: sign + head + "".join(mark + g for g in groups)
    + fraction,
    st.sampled_from(["", "-", "+"]),
    st.from_regex(r"[0-9]{1,4}", fullmatch=True),
    st.lists(st.from_regex(r"[0-9]{2,4}", fullmatch=True), max_size=3),
    st.sampled_from([",", ".", " ", "\u00a0", "\u202f", "'"]),
    st.sampled_from(["", ",5", ".25", ",050", ".0"]),
)  # fmt: skip
LOCALES = st.sampled_from(["en", "fr", "de", "es", "pl", "fr_CH", "de_CH", "sv", "hi", "en_IN"])


@given(GROUPED, LOCALES)
def test_numbers_read_without_babel_are_babels(text: str, language: str) -> None:
    style = values._number_style(language)
    try:
        expected: Decimal | None = babel.numbers.parse_decimal(
            text, locale=style.locale, strict=True
        )
    except (babel.numbers.NumberFormatError, ArithmeticError):
        expected = None
    try:
        got: Decimal | None = values._parse_with_babel(text, text, language, style)
    except ValueSyntaxError:
        got = None
    if expected is not None:
        assert got is not None and got.as_tuple() == expected.as_tuple()
    else:  # refused by babel: an error, a plain 44.4 where "." groups digits, or a Swiss
        # 1'234'567, which babel refuses from a million on (values._grouped_by_three)
        swiss = style.group == "'" and values._grouped_by_three(text, style)
        assert got is None or style.group == "." or swiss


@given(
    st.one_of(
        st.decimals(-(10**30), 10**30, allow_nan=False),
        st.sampled_from([D("-0"), D("0E-7"), D("1.50E+40"), D("Infinity"), D("-Infinity")]),
    ),
    st.sampled_from([0, 3, 6, 9, -3, -6, -9, 200]),
)
def test_shift_moves_the_decimal_point_only(x: Decimal, power: int) -> None:
    shifted = values._shift(x, power)
    if x.is_finite() and power:
        sign, digits, exponent = x.as_tuple()
        assert shifted.as_tuple() == (sign, digits, exponent + power)  # type: ignore[operator]
    else:
        assert shifted is x


# --- units and formatting -------------------------------------------------------------------


def test_compatible_is_pints_dimensionality_comparison() -> None:
    texts = ["", "%", "pp", "EUR", "kEUR", "USD", "person", "km", "m", "EUR/person", "degC"]
    quantities = [Quantity(Interval.exact(D(1)), parse_unit(text)) for text in texts]
    quantities.append(quantities[3] / quantities[6])  # EUR/person, made by arithmetic
    for a in quantities:
        for b in quantities:
            assert a.compatible(b) == (a.unit.dimensionality == b.unit.dimensionality)


def test_compatible_survives_more_units_than_it_remembers() -> None:
    euro, person = (Quantity(Interval.exact(D(2)), parse_unit(u)) for u in ("EUR", "person"))
    per_person = euro / person
    for _ in range(values._MAX_UNITS + 10):
        made = euro / person  # a new Unit object each time
        assert made.compatible(per_person) and not made.compatible(euro)


def test_format_quantity_tells_a_negative_zero_from_zero() -> None:
    dimensionless = units.dimensionless()
    for lo in (D(0), D("-0"), D(0)):
        shown = format_quantity(Quantity(Interval(lo, D(1)), dimensionless), "en")
        assert shown == ("-0 to 1" if lo.is_signed() else "0 to 1")


def test_format_quantity_follows_the_language() -> None:
    q = parse_value("44,4 %", "fr").quantity
    assert format_quantity(q, "fr") == "44,4 % (44,35 à 44,45 %)"
    assert format_quantity(q, "en") == "44.4 % (44.35 to 44.45 %)"
    assert format_quantity(q, "fr") == "44,4 % (44,35 à 44,45 %)"


@pytest.mark.parametrize("first", ["0.1", "0.10", "0.100"])
def test_equal_tolerances_read_a_value_the_same_whatever_was_read_first(first: str) -> None:
    """0.1 and 0.10 are one cache key: the reading must not depend on which came first."""
    values._VALUES.clear()
    values.parse_value("~90 person", "en", approx=Decimal(first))
    for written in ("0.1", "0.10", "0.100"):
        lo = values.parse_value("~90 person", "en", approx=Decimal(written)).quantity.interval.lo
        assert str(lo) == "81.0"
