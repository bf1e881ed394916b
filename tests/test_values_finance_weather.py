"""Values as a public-finance desk and a weather desk write them (audits finance, weather).

A point of GDP is a change of a share, in percentage points; "per cent of GDP" is a share
said in the property; money "par an et par foyer" keeps its money and its period; a tax
rate in pence in the pound is a percentage. "130 nœuds" are knots, "104F" in English copy
is Fahrenheit, "hm3" a cubic hectometre. What cannot be read says what to write, with the
figure as written.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import units
from factcheck.values import Truth, ValueSyntaxError, parse_value
from tests.test_values_tech import refused


def same(text: str, language: str, other: str) -> None:
    value, expected = parse_value(text, language).quantity, parse_value(other, language).quantity
    assert value.compatible(expected), (text, value, expected)
    assert value.to(expected.unit).interval == expected.interval, (text, value, expected)


# --- finance minor 7: points of GDP, per cent of GDP, money per household ----------------


@pytest.mark.parametrize(
    ("text", "language", "write"),
    [
        ("-1,1 point de PIB", "fr", "write '-1,1 pp'"),
        ("0,4 point du PIB", "fr", "write '0,4 pp'"),
        ("1,1 point de pourcentage de PIB", "fr", "write '1,1 pp'"),
        ("-1.1 points of GDP", "en_GB", "write '-1.1 pp'"),
        ("0.5 percentage points of GDP", "en", "write '0.5 pp'"),
        ("1.1pp of GDP", "en", "write '1.1 pp'"),
    ],
)
def test_a_point_of_gdp_says_to_write_percentage_points(
    text: str, language: str, write: str
) -> None:
    message = refused(text, language, write, "change of a share", "deficit_share_of_gdp")
    assert "score_point" not in message


def test_the_points_the_hint_suggests_read_as_percentage_points() -> None:
    refused("-1,1 point de PIB", "fr", "'-1,1 pp'")
    assert parse_value("-1,1 pp", "fr").quantity.unit == units.parse_unit("pp")


@given(
    tenths=st.integers(min_value=-99, max_value=99),
    written=st.sampled_from(["point de PIB", "points de PIB", "point du PIB", "pt de PIB"]),
)
def test_the_pp_a_point_of_gdp_suggests_is_the_same_figure(tenths: int, written: str) -> None:
    figure = f"{'-' if tenths < 0 else ''}{abs(tenths) // 10},{abs(tenths) % 10}"
    message = refused(f"{figure} {written}", "fr", "in percentage points")
    suggested = re.search(r"write '([^']+)'", message)
    assert suggested is not None and suggested.group(1) == f"{figure} pp", message
    same(suggested.group(1), "fr", f"{figure} point de pourcentage")


def test_a_point_of_growth_is_a_change_of_a_rate() -> None:
    refused("0,5 point de croissance", "fr", "write '0,5 pp'", "change of a rate")


def test_points_of_something_that_is_no_share_are_not_told_percentage_points() -> None:
    message = refused("12 points de suture", "fr", "suture")
    assert "pp" not in message


@pytest.mark.parametrize(
    "text", ["98.4 per cent of GDP", "98.4 percent of GDP", "3.5pc of GDP", "0.7% of GNI"]
)
def test_an_english_share_of_gdp_gets_the_share_hint(text: str) -> None:
    message = refused(text, "en_GB", "write the percentage alone", "share_of_gdp")
    assert "did you mean" not in message


def test_a_french_share_in_words_gets_the_share_hint() -> None:
    refused("5 pour cent du PIB", "fr", "write the percentage alone", "share_of_gdp")


def test_money_a_year_and_per_household_keeps_the_money_and_the_period() -> None:
    message = refused(
        "250 € par an et par foyer",
        "fr",
        "'foyer' in '€ par an et par foyer' is no unit",
        "write the figure in EUR/year alone",
        "'per foyer' in the property",
    )
    assert "bare" not in message and "goals" not in message
    assert parse_value("250 EUR/year", "fr").quantity.unit == units.parse_unit("EUR/year")


@pytest.mark.parametrize(
    ("text", "language", "money"),
    [
        ("1,5 Md€ par an et par foyer", "fr", "EUR/year"),
        ("£450 a year per household", "en_GB", "GBP/year"),
        ("£450 a year and per household", "en_GB", "GBP/year"),
        ("$1,200 a month per family", "en_US", "USD/month"),
    ],
)
def test_money_rates_per_something_counted_keep_their_period(
    text: str, language: str, money: str
) -> None:
    message = refused(text, language, f"write the figure in {money} alone")
    assert "goals_per_match" not in message


def test_a_year_after_par_is_a_year_not_a_rate_of_its_own() -> None:
    same("250 € par an", "fr", "250 EUR/year")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("1 791 € par demi-part", "demi-part"),
        ("150 € par ménage", "ménage"),
        ("12 € par part", "part"),
        ("150 € par enfant", "enfant"),
    ],
)
def test_money_per_a_word_that_is_no_unit_says_to_write_the_money(text: str, word: str) -> None:
    refused(text, "fr", f"{word!r} in", "write the figure in EUR alone", f"'per {word}'")
    assert parse_value(text.split(" €")[0] + " EUR", "fr").quantity.unit == units.parse_unit("EUR")


def test_a_typo_after_money_still_gets_its_suggestion() -> None:
    with pytest.raises(ValueSyntaxError, match="did you mean 'person'"):
        parse_value("5 EUR/persn", "en")


# --- finance minor 6: pence in the pound -------------------------------------------------


@pytest.mark.parametrize("text", ["2p in the pound", "2 pence in the pound", "-2p in the pound"])
def test_a_rate_in_pence_in_the_pound_is_a_percentage(text: str) -> None:
    refused(text, "en_GB", "a rate of 2p in the pound is 2 %", "write '2 %'", "'-2 pp'")


def test_a_pence_cut_says_a_tax_rate_cut_is_percentage_points() -> None:
    refused("2p cut", "en_GB", "pence or percentage points?", "write '-2 pp'", "'-2p' (pence)")


def test_pence_alone_are_still_pence() -> None:
    value = parse_value("2p", "en_GB")
    assert value.quantity.unit == units.parse_unit("pence")


# --- weather F14: magnitudes, knots, Fahrenheit, cubic hectometres -----------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [("M6.8", "6.8"), ("M 6.8", "6.8"), ("Mw 7.1", "7.1"), ("magnitude 6,8", "6,8")],
)
def test_a_magnitude_says_to_write_its_whole_figure(text: str, figure: str) -> None:
    refused(text, "fr" if "," in text else "en", f"write the figure ('{figure}')", "magnitude")


def test_a_motorway_is_not_told_it_is_a_magnitude() -> None:
    message = refused("M25", "en_GB", "write the figure ('25')")
    assert "magnitude" not in message


@given(
    word=st.sampled_from(["M", "A", "HR", "Q", "n"]),
    whole=st.integers(min_value=1, max_value=9999),
    decimals=st.integers(min_value=0, max_value=99),
)
def test_a_word_glued_to_its_figure_leaves_the_whole_figure_to_write(
    word: str, whole: int, decimals: int
) -> None:
    figure = f"{whole}.{decimals}"
    message = refused(f"{word}{figure}", "en", "does not start with a figure")
    assert f"('{figure}')" in message, message


def test_a_word_with_digits_before_a_spaced_figure_keeps_its_digits() -> None:
    refused("CO2 400", "en", "write the figure ('400')", "what 'CO2' means")


@pytest.mark.parametrize("text", ["130 nœuds", "130 noeuds", "130 Nœuds"])
def test_knots_in_french_are_knots(text: str) -> None:
    same(text, "fr", "130 kn")


@given(
    whole=st.integers(min_value=-60, max_value=140),
    tenths=st.one_of(st.none(), st.integers(min_value=0, max_value=9)),
)
def test_a_figure_glued_to_f_in_english_is_fahrenheit_and_refused_in_french(
    whole: int, tenths: int | None
) -> None:
    figure = str(whole) if tenths is None else f"{whole}.{tenths}"
    same(f"{figure}F", "en_GB", f"{figure} °F")
    same(f"{figure}F", "en_US", f"{figure} °F")
    french = figure.replace(".", ",")
    refused(f"{french}F", "fr", "degrees Fahrenheit or francs?")
    refused(f"{french} F", "fr", "degrees Fahrenheit or francs?")


def test_a_spaced_f_in_english_is_still_refused() -> None:
    refused("104 F", "en", "degrees Fahrenheit or francs?")


def test_a_bracketed_fahrenheit_converts_from_its_celsius() -> None:
    celsius, fahrenheit = parse_value("40C", "en_GB"), parse_value("104F", "en_GB")
    assert celsius.quantity.compare("==", fahrenheit.quantity) is not Truth.FAILS


@given(
    figure=st.decimals(min_value=Decimal("0.1"), max_value=Decimal(9999), places=1),
    written=st.sampled_from(["hm3", "hm³", "Mm3", "Mm³"]),
)
def test_reservoir_volumes_are_millions_of_cubic_metres(figure: Decimal, written: str) -> None:
    text = f"{figure} {written}".replace(".", ",")
    value = parse_value(text, "fr").quantity.to(units.parse_unit("m**3"))
    assert value.interval.nominal == figure * 1_000_000


def test_cubic_megametres_are_never_read_from_a_reservoirs_mm3() -> None:
    shown = units.format_unit(parse_value("12 Mm³", "fr").quantity.unit)
    assert shown == "Mm³" and parse_value(f"12 {shown}", "fr").quantity.unit == units.parse_unit(
        "Mm3"
    )
    assert re.search("mega", str(parse_value("12 Mm³", "fr").quantity.unit)) is None
