"""Values and units as newsroom desks write them (climate, council, justice, sport, transport,
housing, education).

Each desk's audit found notation read as another physical unit without a word (``1.5C``
as coulombs, ``4,2 kilos`` as kiloseconds, ``7.54m`` as metres, ``10 s 1`` as 10 s) or
refused with a misleading hint. A value is read as the desk means it, or refused with
what to write: never silently as something else.
"""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import units
from factcheck.units import format_unit, parse_unit
from factcheck.values import (
    Interval,
    Truth,
    ValueSyntaxError,
    find_durations,
    parse_value,
    takes_scale_abbreviations,
)

D = Decimal


def reads_as(text: str, language: str, same_as: str) -> None:
    value, expected = parse_value(text, language), parse_value(same_as, language)
    assert value.quantity == expected.quantity, (text, value.quantity, expected.quantity)


def refused(text: str, language: str, message: str) -> None:
    with pytest.raises(ValueSyntaxError, match=re.escape(message)):
        parse_value(text, language)


# --- climate M1: temperatures, kelvin, scale words before units, kt, mb/d ----------------


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("1.5C", "1.5 degC"),
        ("1.5 C", "1.5 degC"),
        ("1.5 degrees C", "1.5 degC"),
        ("1.5 degrees Celsius", "1.5 degC"),
        ("1.5°C", "1.5 degC"),
        ("1.5ºC", "1.5 degC"),  # the ordinal indicator typed for a degree sign
        ("1.5C to 2C", "1.5 to 2 degC"),
        ("<2C", "<2 degC"),
        ("70°F", "70 degF"),
        ("70 degrees F", "70 degF"),
    ],
)
def test_a_c_after_a_figure_is_degrees_celsius_never_coulombs(text: str, same_as: str) -> None:
    reads_as(text, "en_GB", same_as)
    assert units.has_offset(parse_value(text, "en_GB").quantity.unit)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1.5 degrees", "which degrees? write °C (or C) or °F for a temperature, deg for an angle"),
        ("15°", "which degrees?"),
        ("1,5 degrés", "which degrees?"),
        ("70 F", "degrees Fahrenheit or francs? write °F for Fahrenheit, FRF"),
        ("10 000 F", "degrees Fahrenheit or francs?"),  # old French copy: francs
    ],
)
def test_degrees_without_their_scale_are_refused(text: str, message: str) -> None:
    refused(text, "fr" if "," in text or " 000" in text else "en", message)


def test_k_spaced_from_a_figure_is_kelvin_and_glued_or_after_money_a_thousand() -> None:
    assert format_unit(parse_value("0.2 K", "en").quantity.unit) == "K"
    assert parse_value("0.2 K", "en").quantity.interval.nominal == D("0.2")
    reads_as("300 K", "en", "300 kelvin")
    reads_as("150k", "en", "150 thousand")  # as before: never Boltzmann constants
    reads_as("150K", "en", "150 thousand")
    reads_as("$150K", "en", "150 thousand USD")
    reads_as("150 k", "en", "150 thousand")
    reads_as("150K person", "en", "150 thousand person")


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("1.5m tonnes", "1.5 million t"),
        ("1.2m hectares", "1.2 million ha"),
        ("2.5m barrels", "2.5 million bbl"),
        ("1.5bn tonnes", "1.5 billion t"),
        ("1.5b tonnes", "1.5 billion t"),
        ("3k km", "3 thousand km"),
        ("2m km2", "2 million km**2"),
        ("2.5m people", "2.5 million person"),
        ("3m USD", "3 million USD"),
    ],
)
def test_m_k_b_before_another_unit_are_scale_words(text: str, same_as: str) -> None:
    reads_as(text, "en_GB", same_as)


@pytest.mark.parametrize(
    ("text", "takes"),
    [
        ("USD", True), ("€", True), ("person", True), ("people", True), ("tonnes", True),
        ("hectares", True), ("barrels", True), ("km", True), ("€ par an", True),
        ("", False), ("/s", False), ("**2", False), ("^2", False), ("tall", False),
    ],
)  # fmt: skip
def test_takes_scale_abbreviations_before_any_unit_and_not_before_an_operator(
    text: str, takes: bool
) -> None:
    assert takes_scale_abbreviations(text) is takes


def test_metres_per_second_and_square_metres_keep_their_metre() -> None:
    assert format_unit(parse_value("3 m/s", "en").quantity.unit) == "m/s"
    assert format_unit(parse_value("3 m**2", "en").quantity.unit) == "m²"


@pytest.mark.parametrize("text", ["150 kt of CO2", "150 ktCO2e", "150 kt CO2", "150 kilotonnes"])
def test_kt_with_its_gas_is_kilotonnes_and_barrels_are_oil_barrels(text: str) -> None:
    tonnes = parse_value(text, "en").quantity.to(parse_unit("t")).interval
    assert tonnes == Interval(D(149500), D(150500), nominal=D(150000))  # never knots
    assert parse_value(text, "en").quantity.unit == parse_unit("kilotonne")
    for text in ("2.7 mb/d", "2.7 Mb/d"):  # million barrels a day, never millibarns
        per_day = parse_value(text, "en").quantity.to(parse_unit("bbl/day")).interval
        assert per_day == Interval(D("2.65e6"), D("2.75e6"), nominal=D("2.7e6"))
    reads_as("2.7 million b/d", "en", "2.7 million bbl/day")
    per_day = parse_value("500 kb/d", "en").quantity.to(parse_unit("bbl/day")).interval
    assert per_day == Interval(D("499500"), D("500500"), nominal=D("500000"))
    reads_as("1.2m bpd", "en", "1.2 million bbl/day")
    # a barrel of oil is 42 US gallons (pint's "barrel" is 31.5)
    litres = parse_value("1 bbl", "en").quantity.to(parse_unit("US_liquid_gallon")).interval
    assert litres == Interval(D("21"), D("63"), nominal=D("42"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1,013 mb", "millibars or million barrels? write mbar for millibars"),
        ("3 b", "barrels or billions? write bbl for barrels, bn or billion"),
        ("3b", "barrels or billions?"),
    ],
)
def test_mb_and_b_alone_are_refused(text: str, message: str) -> None:
    refused(text, "en", message)


# --- climate M4, council 8: money per a unit, per head, an hour; -£3m -------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("£58.87/MWh", "GBP/MWh"),
        ("58.87 GBP/MWh", "GBP/MWh"),
        ("€65/MW", "EUR/MW"),
        ("3.1 USD/MMBtu", "USD/MMBtu"),
        ("£3.50/therm", "GBP/thm"),
        ("£3.50 a therm", "GBP/thm"),
        ("2 GBP/W", "GBP/W"),
        ("82.10 USD/barrel", "USD/bbl"),
        ("24.5p/kWh", "pence/kWh"),
        ("24.5p per kWh", "pence/kWh"),
        ("£1,957 per person", "GBP/person"),
        ("£1,957 per head", "GBP/person"),
        ("£1,957 a head", "GBP/person"),
        ("£1,957 per capita", "GBP/person"),
        ("1,957 GBP/head", "GBP/person"),
        ("1,957 GBP per person", "GBP/person"),
        ("£12.21 an hour", "GBP/h"),
        ("£8.50/hr", "GBP/h"),
        ("£83.94 per annum", "GBP/year"),
        ("£2,171 pa", "GBP/year"),
        ("3.8 per mile", "1/mi"),
        ("5.4 tonnes per person", "t/person"),
    ],
)
def test_money_per_a_unit_and_rates_in_words(text: str, unit: str) -> None:
    assert format_unit(parse_value(text, "en_GB").quantity.unit) == unit


def test_pence_per_kwh_are_hundredths_of_pounds_per_kwh() -> None:
    pounds = parse_value("24.5p/kWh", "en").quantity.to(parse_unit("GBP/kWh")).interval
    assert pounds == Interval(D("0.2445"), D("0.2455"), nominal=D("0.245"))


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("396 € par habitant", "396 EUR/person"),
        ("10 M€ par an", "10 millions EUR/year"),
        ("4,2 M€/an", "4,2 millions EUR/year"),  # a scale word, as "4,2 millions d'euros par an"
        ("350 000 € par mois", "350 000 EUR/month"),
    ],
)
def test_french_rates_in_words(text: str, same_as: str) -> None:
    reads_as(text, "fr", same_as)


def test_a_minus_before_a_currency_sign_is_the_amounts() -> None:
    reads_as("-£3m", "en_GB", "-3 million GBP")
    reads_as("−£3m", "en_GB", "-3 million GBP")
    reads_as("-$2.5bn to -$1bn", "en", "-2.5 to -1 billion USD")
    assert parse_value("-£3m", "en_GB").numbers == ("-3",)


def test_money_times_another_unit_is_still_refused_by_unit_names() -> None:
    # GBP/MWh holds a time above the line in dimensions (MWh is power × time): looked at by
    # unit names, only what multiplies money is refused
    for text in ("EUR h", "de USD", "M EUR", "Md EUR", "GBP MWh"):
        with pytest.raises(units.UnitError, match="a currency multiplied by another unit"):
            parse_unit(text)


# --- climate m3: CO2 equivalents, ppb, km2, bcm -----------------------------------------


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("371.0 MtCO2e", "371.0 Mt"),
        ("371.0MtCO2e", "371.0 Mt"),
        ("37.4 GtCO2", "37.4 Gt"),
        ("5.4 tCO2e", "5.4 t"),
        ("5.4 tCO₂e", "5.4 t"),
        ("120 ktCO2e", "120 kilotonne"),
        ("812.2 MtCO2eq", "812.2 Mt"),
        ("5.4 tCO2e/person", "5.4 t/person"),
        ("1,897 ppb", "1.897 ppm"),
        ("11,000 km2", "11,000 km**2"),
        ("120 m2", "120 m**2"),
        ("12 m3", "12 m**3"),
        ("12 bcm", "12 billion m**3"),
        ("1.2 tcf", "1.2 trillion ft**3"),
    ],
)
def test_emissions_concentrations_areas_and_gas(text: str, same_as: str) -> None:
    assert parse_value(text, "en").quantity.compare("==", parse_value(same_as, "en").quantity)
    if "CO2" in text or "CO₂" in text:  # read at its prefix, not converted
        shown = format_unit(parse_value(same_as, "en").quantity.unit)
        assert format_unit(parse_value(text, "en").quantity.unit) == shown


# --- council MAJOR 2: 7.54m ------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "en_GB", "en_US"])
def test_m_glued_to_a_bare_figure_in_english_is_never_silently_metres(language: str) -> None:
    refused("7.54m", language, "millions or metres? write '7.54 million'")
    refused("100m", language, "'100 m' for metres")
    reads_as("7.54m people", language, "7.54 million person")
    reads_as("£7.54m", language, "7.54 million GBP")
    reads_as("7.54mn", language, "7.54 million")
    reads_as("7.54M", language, "7.54 million")  # never molar


def test_m_spaced_or_in_french_is_metres() -> None:
    assert format_unit(parse_value("100 m", "en").quantity.unit) == "m"
    assert format_unit(parse_value("2,45 m", "fr").quantity.unit) == "m"
    assert format_unit(parse_value("100m", "fr").quantity.unit) == "m"  # French: M€, not m


# --- justice major 4, minor 11; sport 11: French unit words ----------------------------


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("4,2 kilos", "4,2 kg"),  # never kiloseconds
        ("12 kilos", "12 kg"),
        ("1 kilo", "1 kg"),
        ("2 gr", "2 g"),  # never grains
        ("650 grammes", "650 g"),
        ("4,2 kilogrammes", "4,2 kg"),
        ("4,2 Kg", "4,2 kg"),
        ("42,195 kilomètres", "42,195 km"),
        ("100 mètres", "100 m"),
        ("41 secondes", "41 s"),
        ("3 heures", "3 h"),
        ("90 mn", "90 min"),
        ("120 m2", "120 m**2"),
        ("90 personnes", "90 person"),
        ("20,7 kilomètres par heure", "20,7 km/h"),
    ],
)
def test_french_unit_words(text: str, same_as: str) -> None:
    reads_as(text, "fr", same_as)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("45 000 spectateurs", "'spectateurs' is no unit: write a count bare ('45 000'), or in"
         " person when it counts people ('45 000 person'), and say what is counted in the"
         " property (spectateurs)"),
        ("12 buts", "'buts' is no unit"),
        ("67 394 places", "'places' is no unit"),
        ("1 000 habitants", "'habitants' is no unit"),
        ("6 mois ferme", "'ferme' in 'mois ferme' is no unit: write the duration alone ('6 mois')"),
        ("18 mois avec sursis", "'sursis'"),
        ("100 jours-amende", "a day-fine is no unit: write their number bare ('100')"),
        ("3 points par match", "'match' in 'points par match' is no unit: write the figure bare"),
        ("1 an de prison", "'prison' in 'an de prison' is no unit"),
    ],
)  # fmt: skip
def test_french_words_that_name_no_unit_say_what_to_write(text: str, message: str) -> None:
    refused(text, "fr", message)


def test_a_currency_code_is_never_taken_for_a_word_that_counts() -> None:
    assert units.is_currency(parse_unit("TRY"))  # the Turkish lira, not rugby tries


# --- sport BLOCKER 1, majors 3/5; justice 11; council 10: durations in parts ------------

# text, language, nominal, unit, lo, hi: the value each compound form becomes
DURATIONS = [
    ("2 h 02 min 10 s", "fr", "7330", "s", "7329.5", "7330.5"),
    ("2h02'10", "fr", "7330", "s", "7329.5", "7330.5"),
    ("2h02’10", "fr", "7330", "s", "7329.5", "7330.5"),
    ("2 h 02", "fr", "122", "min", "121.5", "122.5"),
    ("1 min 35 s", "fr", "95", "s", "94.5", "95.5"),
    ("1'35", "fr", "95", "s", "94.5", "95.5"),
    ("9 s 58", "fr", "9.58", "s", "9.575", "9.585"),
    ('9"58', "fr", "9.58", "s", "9.575", "9.585"),
    ("10 s 1", "fr", "10.1", "s", "10.05", "10.15"),
    ("3'28''32", "fr", "208.32", "s", "208.315", "208.325"),
    ("3′28″32", "fr", "208.32", "s", "208.315", "208.325"),
    ("2 h 02 min 10,5 s", "fr", "7330.5", "s", "7330.45", "7330.55"),
    ("47 minutes 12 seconds", "en", "2832", "s", "2831.5", "2832.5"),
    ("2 ans et 6 mois", "fr", "30", "month", "29.5", "30.5"),
    ("2 years and 6 months", "en", "30", "month", "29.5", "30.5"),
    ("1 an, 3 mois", "fr", "15", "month", "14.5", "15.5"),
    ("3 jours et 4 heures", "fr", "76", "h", "75.5", "76.5"),
    ("4 ans et demi", "fr", "4.5", "year", "4.25", "4.75"),
    ("1 an et demi", "fr", "1.5", "year", "1.25", "1.75"),
    ("2 h et demie", "fr", "2.5", "h", "2.25", "2.75"),
    ("2 and a half years", "en", "2.5", "year", "2.25", "2.75"),
    ("2 years and a half", "en", "2.5", "year", "2.25", "2.75"),
]


@pytest.mark.parametrize(("text", "language", "nominal", "unit", "lo", "hi"), DURATIONS)
def test_a_duration_in_parts_is_one_figure_in_its_smallest_unit(
    text: str, language: str, nominal: str, unit: str, lo: str, hi: str
) -> None:
    value = parse_value(text, language)
    iv = value.quantity.interval
    assert (iv.nominal, iv.lo, iv.hi) == (D(nominal), D(lo), D(hi))
    assert value.quantity.unit == parse_unit(unit)
    # what figure-in-quote sees: the compound as written, its figure in the smallest unit
    assert value.numbers == (text,)
    assert value.figures == value.amounts == (D(nominal),)
    assert value.unit_text == unit
    assert value.scale == 1


def test_durations_in_parts_compare_with_the_same_duration_in_one_unit() -> None:
    assert parse_value("2 h 02 min 10 s", "fr").quantity.compare(
        "==", parse_value("7330 s", "fr").quantity
    )
    assert parse_value("2 ans et 6 mois", "fr").quantity.compare(
        "==", parse_value("30 mois", "fr").quantity
    )


def test_durations_in_parts_take_comparators_and_make_ranges() -> None:
    about = parse_value("~2 h 10 min", "fr")
    assert about.comparator == "~"
    assert about.quantity.interval.nominal == D(130)
    below = parse_value("<2 h 10 min", "fr").quantity.interval
    assert (below.lo, below.hi, below.hi_open) == (D(0), D(130), True)
    both = parse_value("2 h 05 à 2 h 10", "fr")
    assert both.numbers == ("2 h 05", "2 h 10")
    assert (both.quantity.interval.lo, both.quantity.interval.hi) == (D(125), D(130))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2 h 1", "write the minutes in two digits ('2 h 01') or with their unit ('2 h 1 min')"),
        ("1'5", "write the seconds in two digits"),
        ("30 ans 1", "a figure after the unit: write the unit of each part"),
        ("2 h 75 min", "'75 min' after a larger unit is 60 or more"),
        ("6 mois et 2 ans", "write the parts of a duration largest first"),
        ("1 an et 3 mois et 2 jours", "years and months do not convert into weeks, days or hours"),
        ("2,5 h 10 min", "only the last part of a duration may have decimals"),
        ("9 s 5834", "a figure after the unit"),
        ("deux ans et demi", "does not start with a figure written in digits"),
    ],
)
def test_durations_in_parts_that_cannot_be_one_figure_are_refused(text: str, message: str) -> None:
    refused(text, "fr", message)


@pytest.mark.parametrize("text", ["26 s 1", "2 h 1", "30 ans 1", "5 km 3", "12 % 5"])
def test_a_figure_after_a_unit_is_never_dropped(text: str) -> None:
    try:
        value = parse_value(text, "fr")
    except ValueSyntaxError:
        return
    assert value.numbers == (text,)  # read whole, as a duration in parts (26 s 1 is 26,1 s)


@given(
    st.integers(0, 9),
    st.integers(0, 59),
    st.integers(0, 59),
    st.sampled_from(
        ["{h} h {m:02d} min {s:02d} s", "{h}h{m:02d}'{s:02d}", "{h} h {m:02d} min {s} s"]
    ),
)
def test_hours_minutes_and_seconds_add_up_in_seconds(h: int, m: int, s: int, shape: str) -> None:
    value = parse_value(shape.format(h=h, m=m, s=s), "fr")
    assert value.quantity.interval.nominal == h * 3600 + m * 60 + s
    assert value.quantity.interval.hi - value.quantity.interval.lo == 1


def test_a_swiss_number_grouped_with_an_apostrophe_stays_a_number() -> None:
    assert parse_value("1'350", "fr-CH").quantity.interval.nominal == D(1350)


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("90e+3", "fr", "a minute of added time, or a power of ten? write the minute ('93'"),
        ("45e+2", "fr", "write the minute ('47'"),
        ("9e+4", "fr", "write a power of ten without '+' ('9e4')"),
        ("90+3", "fr", "a minute of added time? write the minute ('93'), or '90' and '3'"),
        ("90+3", "en", "a minute of added time?"),
    ],
)
def test_an_added_time_minute_is_never_read_as_ninety_thousand(
    text: str, language: str, message: str
) -> None:
    refused(text, language, message)


def test_english_and_other_exponents_are_read_as_before() -> None:
    assert parse_value("1e+6", "en").quantity.interval.nominal == D("1e6")  # spreadsheets
    assert parse_value("90e3", "fr").quantity.interval.nominal == D("9e4")
    assert parse_value("1,5e+6", "fr").quantity.interval.nominal == D("1.5e6")
    assert parse_value("90e", "fr").quantity.interval.nominal == D(90)  # a rank


# --- sport 10: scores -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "shown"),
    [
        ("3-1", "fr", "3-1"),
        ("1-1", "fr", "1-1"),
        ("2–1", "fr", "2-1"),
        ("1–1", "fr", "1-1"),
        ("3 – 1", "fr", "3-1"),
        ("3 - 1", "fr", "3-1"),
        ("3—1", "fr", "3-1"),
        ("3 à 1", "fr", "3-1"),
        ("3 to 1", "en", "3-1"),
        ("2-1", "en", "2-1"),
        ("102-98", "en", "102-98"),
    ],
)
def test_a_score_gets_the_score_hint_first(text: str, language: str, shown: str) -> None:
    with pytest.raises(ValueSyntaxError) as caught:
        parse_value(text, language)
    message = str(caught.value).removeprefix(f"cannot read {text!r}: ")
    assert message.startswith(f"a score ('{shown}') is two figures: one claim for each side")


def test_genuine_ranges_are_read_or_told_how_to_write_as_before() -> None:
    assert parse_value("3 to 5 %", "en").comparator == "to"
    assert parse_value("3–5 %", "en").comparator == "to"
    assert parse_value("2–3", "fr").comparator == "to"
    assert parse_value("3 à 5", "fr").comparator == "to"
    refused("3-5 %", "en", "write a range as '3 to 5 %'")
    refused("3-5", "en", "a range is written '3 to 5'")
    refused("5 to 3 %", "en", "the range starts above its end (5 > 3)")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("vainqueur en 2 h 02 min 10 s, devant Kiptum", [(Decimal(7330), "s")]),
        ("9 s 58 au 100 m", [(Decimal("9.58"), "s")]),
        ("condamné à deux reprises, à 2 ans et 6 mois", [(Decimal(30), "month")]),
        ("4 ans et demi de prison", [(Decimal("4.5"), "year")]),
        ("10 s, 3 athlètes", []),  # a figure after a comma is no part of the time
        ("2 h 30 % du temps", []),
        ("12,5 h de travail, 1 200 h par an", []),  # one figure each: no parts
    ],
)
def test_durations_in_parts_are_found_in_a_text_as_values_read_them(
    text: str, found: list[tuple[Decimal, str]]
) -> None:
    assert find_durations(text, "fr") == found


# --- transport M3: kt is kilotonnes or knots -----------------------------------------------


@pytest.mark.parametrize("text", ["50kt", "30 kt", "<50 kt", "150 kt", "~150kt"])
def test_kt_alone_is_refused_for_it_is_knots_in_aviation_and_kilotonnes_in_climate_copy(
    text: str,
) -> None:
    refused(text, "en_GB", "'kt': kilotonnes or knots? write kilotonne (or ktCO2e, kt of CO2)")


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("50 knots", "50 knot"),
        ("50 kn", "50 knot"),
        ("50kts", "50 knot"),
        ("150 kt of CO2", "150 kilotonne"),
        ("15 ktCO2", "15 kilotonne"),
        ("150 kt/year", "150 kilotonne/year"),
        ("150 kt a year", "150 kilotonne/year"),
    ],
)
def test_knots_and_kilotonnes_written_unambiguously_are_read(text: str, same_as: str) -> None:
    reads_as(text, "en_GB", same_as)


# --- housing F3: DPE energy and centimes -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("330 kWh EP/m²/an", "'EP' in 'kWh EP/m²/an': primary energy is no unit (pint reads EP"
         " as exapoises): write the energy alone ('330 kWh/m²/an')"),
        ("330 kWhEP/m²/an", "'EP' in 'kWhEP/m²/an': primary energy is no unit"),
        ("250 kWh EF/m²/an", "'EF' in 'kWh EF/m²/an': final energy is no unit (pint reads EF as"
         " exafarads)"),
    ],
)  # fmt: skip
def test_primary_and_final_energy_are_said_in_the_property(text: str, message: str) -> None:
    refused(text, "fr", message)


@pytest.mark.parametrize(
    ("text", "language", "same_as"),
    [
        ("12 ct", "fr", "0,12 EUR"),
        ("15 cts", "fr", "0,15 EUR"),
        ("15 centimes", "fr", "0,15 EUR"),
        ("15 centimes d'euro", "fr-CH", "0,15 EUR"),
        ("25,16 ct/kWh", "fr", "0,2516 EUR/kWh"),
        ("3 ct/kWh", "fr-BE", "0,03 EUR/kWh"),
        ("20 ct", "fr-CH", "0,20 CHF"),
    ],
)
def test_centimes_in_french_are_hundredths_of_the_local_currency_never_carats(
    text: str, language: str, same_as: str
) -> None:
    value, expected = parse_value(text, language), parse_value(same_as, language)
    assert value.quantity.compare("==", expected.quantity) is Truth.HOLDS
    assert value.numbers == (text.split()[0],)  # the quote's "25,16 ct" keeps its figure


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("12 ct", "en_GB", "'ct': carats or cents?"),
        ("12 ct", "fr-CA", "'ct': carats or cents?"),
        ("15 centimes", "en", "'centimes': centimes of which currency?"),
    ],
)
def test_ct_where_its_currency_is_unknown_is_refused(
    text: str, language: str, message: str
) -> None:
    refused(text, language, message)


# --- housing F7: per square metre, charges, taxes, periods ----------------------------------


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("3 200 euros le mètre carré", "3 200 EUR/m**2"),
        ("3 200 € le m²", "3 200 EUR/m**2"),
        ("3 200 € par mètre carré", "3 200 EUR/m**2"),
        ("3 200 euros du mètre carré", "3 200 EUR/m**2"),
        ("4 500 € du m²", "4 500 EUR/m**2"),
        ("65 mètres carrés", "65 m**2"),
        ("65 m carrés", "65 m**2"),
        ("12 kilomètres carrés", "12 km**2"),
        ("3 mètres cubes", "3 m**3"),
        ("1,80 € le litre", "1,80 EUR/l"),
        ("350 € mensuels", "350 EUR/month"),
        ("1 200 € annuels", "1 200 EUR/year"),
        ("3,5 % l'an", "3,5 %/year"),
    ],
)
def test_french_per_square_metre_and_rates_are_read(text: str, same_as: str) -> None:
    reads_as(text, "fr", same_as)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("800 € CC", "'CC' in '€ CC' is no unit: it says whether charges are included: write"
         " the amount alone ('800 €') and say it in the property"),
        ("800 €/mois CC", "'CC' in '€/mois CC' is no unit: it says whether charges"),
        ("800 € HC", "'HC' in '€ HC' is no unit: it says whether charges are included"),
        ("800 € charges comprises", "'charges comprises' in '€ charges comprises' is no unit"),
        ("1 000 € TTC", "'TTC' in '€ TTC' is no unit: it says whether taxes are included"),
        ("1 000 € HT", "'HT' in '€ HT' is no unit: it says whether taxes are included"),
        ("1 500 € nets", "'nets' in '€ nets' is no unit: it says what is deducted"),
        ("2 750 € bruts", "'bruts' in '€ bruts' is no unit"),
        ("3,45 % hors assurance", "'hors assurance' in '% hors assurance' is no unit: it says"
         " what is left out"),
        ("3,5 % sur un an", "'sur un an' in '% sur un an' is no unit: it says over what period"
         " or how the figure is taken: write the figure alone ('3,5 %') and put that in the"
         " property or the when"),
        ("3,45 % sur 20 ans", "'sur 20 ans' in '% sur 20 ans' is no unit"),
        ("3 200 €/m² en moyenne", "'en moyenne' in '€/m² en moyenne' is no unit"),
    ],
)  # fmt: skip
def test_what_qualifies_a_figure_goes_in_the_property_never_a_unit_pint_suggests(
    text: str, message: str
) -> None:
    with pytest.raises(ValueSyntaxError) as caught:
        parse_value(text, "fr")
    assert message in str(caught.value)
    assert "did you mean" not in str(caught.value)


def test_cubic_centimetres_stay_cubic_centimetres() -> None:
    engine = parse_value("125 cc", "en").quantity
    assert engine.compare("==", parse_value("125 cm**3", "en").quantity) is Truth.HOLDS
    assert units.describe_dimension(engine.unit) == "volume"


@given(
    st.integers(1, 99_999),
    st.sampled_from(["le", "du", "par"]),
    st.sampled_from(["m²", "m2", "mètre carré"]),
)
def test_any_price_per_square_metre_is_a_price_per_square_metre(
    price: int, joint: str, area: str
) -> None:
    value = parse_value(f"{price} € {joint} {area}", "fr")
    assert value.quantity.unit == parse_unit("EUR/m**2")
    assert value.quantity.interval.nominal == price


# --- transport m4: transport units ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "same_as"),
    [
        ("104.5gCO2/km", "en_GB", "104.5 g/km"),
        ("15,000 tonnes CO2", "en_GB", "15,000 t"),
        ("70 kg CO2/m²/an", "fr", "70 kg/m**2/year"),
        ("70 kg éqCO2/m²/an", "fr", "70 kg/m**2/year"),
        ("200 kmh", "en_GB", "200 km/h"),
        ("50mpg", "en_GB", "50 mi/imperial_gallon"),
        ("50 mpg", "en_US", "50 mi/gallon"),
        ("£1trn", "en_GB", "1 trillion GBP"),
        ("c.£45bn", "en_GB", "~45 billion GBP"),
        ("c. 300", "en_GB", "~300"),
        ("circa 1,200", "en_GB", "~1,200"),
        ("55 an hour", "en_GB", "55/h"),
    ],
)
def test_transport_units_are_read_as_the_desk_means_them(
    text: str, language: str, same_as: str
) -> None:
    value, expected = parse_value(text, language), parse_value(same_as, language)
    assert value.quantity == expected.quantity, (value.quantity, expected.quantity)
    assert value.comparator == expected.comparator


def test_a_gas_alone_is_never_dropped() -> None:
    refused("150 CO2", "en", "unknown unit 'CO2'")


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("50 mpg", "en", "'mpg': miles per which gallon?"),
        ("4.8 per billion vehicle-miles", "en_GB", "a scale word in a unit ('per billion"
         " vehicle-miles'): write the figure bare ('4.8') and say 'per billion vehicle-miles'"
         " in the property"),
        ("8 pour mille", "fr", "a scale word in a unit ('pour mille')"),
        ("334bn vehicle-miles", "en_GB", "'vehicle-miles' is no unit: write the distance alone"
         " ('334bn miles') and say what travelled it in the property (vehicle_miles)"),
        ("£6.89 a journey", "en_GB", "'journey' in '£ a journey' is no unit: write the figure"
         " in GBP alone and say 'per journey' in the property"),
        ("55 flights an hour", "en_GB", "'flights' in 'flights an hour' is no unit: write the"
         " figure and its rate without it ('/hour' after the figure)"),
        ("7.6m trains", "en_GB", "'trains' in 'm trains' is no unit: write a count bare"),
    ],
)  # fmt: skip
def test_transport_rates_that_name_no_unit_say_what_to_write(
    text: str, language: str, message: str
) -> None:
    refused(text, language, message)


def test_minutes_in_french_speeds_are_no_scale_word() -> None:
    reads_as("30 km/mn", "fr", "30 km/min")


# --- health M1, m1, m6: alcohol units, months, pints, stones, percent points, rates --------


@pytest.mark.parametrize(
    ("text", "language", "same_as"),
    [
        ("3 mths", "en_GB", "3 month"),
        ("12 wks", "en_GB", "12 week"),
        ("1.00 pint", "en_GB", "0.568261 l"),  # the imperial pint, never the US one
        ("1.00 pint", "en_US", "0.473176 l"),
        ("2 gallons", "en_GB", "2 imperial_gallon"),
        ("20 fl oz", "en_GB", "20 imperial_fluid_ounce"),
        ("£4.50 a pint", "en_GB", "4.50 GBP/imperial_pint"),
        ("11st", "en_GB", "11 stone"),
        ("16 st", "en_GB", "16 stone"),
        ("1.3 percent points", "en_GB", "1.3 pp"),
        ("1.3 per cent points", "en_GB", "1.3 pp"),
        ("1.3 % points", "en_GB", "1.3 pp"),
    ],
)
def test_health_units_are_read_as_the_desk_means_them(
    text: str, language: str, same_as: str
) -> None:
    value, expected = parse_value(text, language), parse_value(same_as, language)
    assert value.quantity.compare("==", expected.quantity) is not Truth.FAILS
    assert value.quantity.unit.dimensionality == expected.quantity.unit.dimensionality


def test_a_uk_pint_is_not_a_us_pint() -> None:
    uk, us = parse_value("1.00 pint", "en_GB"), parse_value("1.00 pint", "en_US")
    assert uk.quantity.compare("==", us.quantity) is Truth.FAILS
    assert uk.quantity.compare("==", parse_value("568 ml", "en_GB").quantity) is not Truth.FAILS


def test_an_ordinal_stays_a_rank() -> None:
    for text, rank in (("1st", 1), ("21st", 21), ("3rd", 3)):
        assert parse_value(text, "en_GB").quantity.unit == parse_unit("")
        assert parse_value(text, "en_GB").quantity.interval.nominal == rank


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("14 units a week", "en_GB", "'units' in 'units a week' is no unit: write the figure and"
         " its rate without it ('/week' after the figure)"),
        ("~2.3 units", "en_GB", "'units' is no unit: write a count bare"),
        ("1 pint", "en", "'pint': the UK's pint (568 ml) or the US one (473 ml)? write"
         " imperial_pint or US_pint"),
        ("3 gallons", "fr", "'gallons': the UK's gallon"),
        ("20 fl oz", "en", "the UK's fluid ounce (28.4 ml) or the US one"),
        ("100 IU", "en_GB", "'IU': international units measure a different amount of each"
         " substance: write the figure bare ('100')"),
        ("45.2 per 100,000", "en_GB", "a figure in a unit ('per 100,000'): write the figure"
         " bare ('45.2') and say 'per 100,000' in the property"),
        ("45.2/100,000", "en_GB", "a figure in a unit ('per 100,000')"),
        ("2.4 per 1,000 births", "en_GB", "say 'per 1,000 births' in the property"),
        ("±2.1 pp", "en_GB", "a margin of error is written without '±' ('2.1 pp')"),
        ("HR 0.62", "en_GB", "write the figure ('0.62') and say what 'HR' means in the"
         " property"),
        ("n=1012", "en_GB", "write the figure ('1012') and say what 'n' means"),
        ("environ 3,2 %", "fr", "write an approximate figure with '~' ('~3,2 %')"),
    ],
)  # fmt: skip
def test_health_forms_that_name_no_unit_say_what_to_write(
    text: str, language: str, message: str
) -> None:
    refused(text, language, message)


@given(st.integers(1, 999), st.sampled_from(["en_GB", "en_US", "en"]))
def test_an_english_ordinal_is_a_rank_and_any_other_st_is_stones(
    number: int, language: str
) -> None:
    last, tens = number % 10, number % 100 // 10
    ordinal = "st" if last == 1 and tens != 1 else None
    value = parse_value(f"{number}st", language)
    if ordinal:
        assert value.quantity.unit == parse_unit("")
    else:
        assert value.quantity.unit == parse_unit("stone")
    assert value.quantity.interval.nominal == number


# --- education desk -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("8 920 € par élève", "8 920 EUR/person"),  # as "396 € par habitant"
        ("8 920 euros par élève", "8 920 EUR/person"),
        ("63,6 Md d'euros", "63,6 milliards EUR"),
        ("63,6 mds d'euros", "63,6 milliards EUR"),
        ("63,6 Md d’€", "63,6 milliards EUR"),
        ("12 M d'euros", "12 millions EUR"),
        ("12 M€", "12 millions EUR"),
        ("474 points", "474 pts"),  # a PISA score: points of a score, never 474 pp
    ],
)
def test_education_values_read_as_the_desk_means_them(text: str, same_as: str) -> None:
    reads_as(text, "fr", same_as)


def test_money_per_pupil_in_english_is_per_person() -> None:
    reads_as("£6,000 per pupil", "en_GB", "6,000 GBP/person")


@pytest.mark.parametrize(
    "word", ["candidats", "élèves", "enseignants", "postes", "vœux", "bacheliers", "lycéens"]
)
def test_education_nouns_are_counted_bare(word: str) -> None:
    refused(f"734 000 {word}", "fr", f"'{word}' is no unit: write a count bare ('734 000')")
    refused(f"12 millions d'{word}" if word[0] in "éeaiou" else f"12 millions de {word}", "fr",
            f"'{word}'")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("3 000 ETP", "'ETP' is no unit: write the number of full-time equivalents bare"
         " ('3 000') and say it in the property (posts_fte)"),
        ("1,5 Smic", "'Smic' is no unit: write the amount in euros, or the multiple bare ('1,5')"
         " and say 'times the Smic' in the property (salary_in_smic)"),
        ("1,5 SMIC", "'SMIC' is no unit: write the amount in euros"),
        ("1 pour 18,5", "a ratio of one to 18,5 ('1 pour 18,5'): write '18,5' and say what it"
         " counts for one in the property (pupils_per_teacher)"),
        ("1 pour 18,5 élèves", "write '18,5' and say what it counts for one"),
        ("26e sur 37", "a rank out of a number: write the rank ('26e') and the 37 it is out of"
         " as a claim of its own (countries_ranked)"),
        ("5 m de haut", "unknown unit 'haut'"),  # metres, whatever "de" follows
        ("1 pour 1 000", "write the figure bare ('1') and say 'pour 1 000' in the property"),
    ],
)  # fmt: skip
def test_education_forms_that_name_no_unit_say_what_to_write(text: str, message: str) -> None:
    refused(text, "fr", message)
    with pytest.raises(ValueSyntaxError) as caught:
        parse_value(text, "fr")
    assert "did you mean" not in str(caught.value)


def test_a_rank_out_of_a_number_in_english() -> None:
    refused("5th out of 38", "en", "write the rank ('5th') and the 38 it is out of")


# --- English sports desk: clock times, paces, heights, weights, set scores ----------------


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("2:01:12", "2 h 01 min 12 s"),
        ("1:59:40", "1 h 59 min 40 s"),
        ("3:26.00", "3 min 26.00 s"),
        ("12:35.36", "12 min 35.36 s"),
        ("2:01:12.5", "2 h 01 min 12.5 s"),
        ("<2:02:00", "<7320 s"),
        ("2min 52sec per km", "172 s/km"),
        ("2min 52sec/km", "172 s/km"),
        ("4min 35sec a mile", "275 s/mi"),
        ("2:52.0 per km", "172.0 s/km"),
    ],
)
def test_a_race_time_on_the_clock_and_a_pace_read_as_durations(text: str, same_as: str) -> None:
    reads_as(text, "en_GB", same_as)


@given(
    hours=st.integers(0, 9),
    minutes=st.integers(0, 59),
    seconds=st.integers(0, 59),
    hundredths=st.one_of(st.none(), st.integers(0, 99)),
)
def test_a_clock_time_is_the_sum_of_its_parts_to_its_last_digit(
    hours: int, minutes: int, seconds: int, hundredths: int | None
) -> None:
    decimals = "" if hundredths is None else f".{hundredths:02d}"
    value = parse_value(f"{hours}:{minutes:02d}:{seconds:02d}{decimals}", "en_GB")
    total = D(f"{hours * 3600 + minutes * 60 + seconds}{decimals}")
    half = D("0.5") if hundredths is None else D("0.005")
    assert format_unit(value.quantity.unit) == "s"
    assert (value.quantity.interval.lo, value.quantity.interval.hi) == (total - half, total + half)


@given(hours=st.integers(0, 23), minutes=st.integers(0, 59), before=st.sampled_from(["", "~"]))
def test_a_time_of_day_is_never_read_as_a_duration(hours: int, minutes: int, before: str) -> None:
    """ "19:45", "07:42": a time of day, a score or a race time; refused with what to write."""
    refused(f"{before}{hours:02d}:{minutes:02d}", "en_GB", "a time of day, a score or a duration?")
    refused(f"{hours}:{minutes:02d}", "en_GB", f"write a duration in its parts ('{hours}min")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("3:26", "write a duration in its parts ('3min 26sec' or '3hr 26min'), or on the clock"
         " with its hundredths ('3:26.00') or its hours ('0:03:26')"),
        ("2:61:00", "'2:61:00' has 60 or more minutes or seconds"),
        ("1:60.00", "60 or more minutes or seconds"),
        ("3:1", "cannot read ':1' as a unit"),  # a ratio or a score, never a time
        ("1:25,000", "cannot read ':25,000' as a unit"),  # a map's scale, never 85 s
        ("2-1", "a score ('2-1') is two figures"),
        ("7-6 (7-4)", "a score ('7-6 (7-4)') is no value: write each figure as its own claim"
         " ('7' and '6')"),
        ("6-4 3-6 7-6 (7-4)", "a score ('6-4 3-6 7-6 (7-4)') is no value"),
        ("5ft 11in", "a height in two units: write the ft part ('5 ft') and the in part"
         " ('11 in') as two claims, as the quote writes them, or the whole in one unit"
         " ('71 in')"),
        ("13st 8lb", "a weight in two units: write the st part ('13 st') and the lb part"
         " ('8 lb') as two claims, as the quote writes them, or the whole in one unit"
         " ('190 lb')"),
        ("0.71/game", "'game' in '/game' is no unit: write the figure bare"),
        ("0.71 a game", "write the figure bare ('0.71') and say 'per game' in the property"
         " (per_game)"),
        ("0.71 goals a game", "write the figure bare ('0.71') and say 'goals per game' in the"
         " property (goals_per_game)"),
        ("0.71 per match", "say 'per match' in the property"),
        ("20 players", "'players' is no unit: write a count bare"),
    ],
)  # fmt: skip
def test_sports_notation_that_is_no_one_value_is_refused_saying_what_to_write(
    text: str, message: str
) -> None:
    refused(text, "en_GB", message)


@pytest.mark.parametrize("text", ["£8.5m a player", "£8.5m per player", "£8.5m /player"])
def test_money_per_player_is_per_person_as_per_head(text: str) -> None:
    reads_as(text, "en_GB", "£8.5m per head")


# --- obituaries and culture desk: decades, centuries, ages, counting nouns ----------------


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("6 decade", "en_GB", ("55", "65")),  # never pint's decade, a factor of ten
        ("6 decades", "en_GB", ("55", "65")),
        ("5 décennies", "fr", ("45", "55")),
        ("1 Décennie", "fr", ("5", "15")),
        ("2 century", "en_GB", ("150", "250")),
        ("3 centuries", "en_GB", ("250", "350")),
        ("2 siècles", "fr", ("150", "250")),
        ("1 millénaire", "fr", ("500", "1500")),
        ("3 millenaires", "fr", ("2500", "3500")),  # unaccented, as "decennie", "siecle"
        ("1 millenaire", "fr", ("500", "1500")),
    ],
)
def test_a_decade_is_ten_years_and_a_century_a_hundred(
    text: str, language: str, years: tuple[str, str]
) -> None:
    quantity = parse_value(text, language).quantity
    assert units.describe_dimension(quantity.unit) == "time"
    interval = quantity.to(parse_unit("year")).interval
    assert (interval.lo, interval.hi) == (D(years[0]), D(years[1]))


def test_decades_are_shown_as_decades_and_compare_with_days() -> None:
    career = parse_value("6 decade", "en_GB").quantity
    assert format_unit(career.unit) == "decade"
    assert format_unit(parse_value("2 siècles", "fr").quantity.unit) == "century"
    days = parse_value("22 000 day", "fr").quantity  # sixty years and some: six decades
    assert days.compare("==", career) is not Truth.FAILS
    assert parse_value("18 000 day", "fr").quantity.compare("==", career) is Truth.FAILS


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("1960s", "en_GB", "'1960s' is a decade, a date and not a value: write it in the"
         " claim's when ('the 1960s')"),
        ("1960's", "en_US", "write it in the claim's when ('the 1960s')"),
        ("1960’s", "en_US", "write it in the claim's when ('the 1960s')"),
        ("1960S", "en_GB", "'1960S' is a decade"),  # in capitals: never 1960 siemens
        ("1960'S", "en_US", "write it in the claim's when ('the 1960s')"),
        ("80'S", "en_GB", "('the 1980s'), or an age in its 80s as a range ('80 to 89 year')"),
        ("the 1990s", "en_GB", "'the 1990s' is a decade, a date and not a value"),
        ("~1970s", "en_GB", "'1970s' is a decade"),
        ("1960s to 1970s", "en_GB", "'1960s' is a decade"),
        ("1960s", "fr", "write it in the claim's when ('les années 1960')"),
        ("2090s", "en_GB", "('the 2090s')"),
        ("80's", "en_GB", "write the period in the claim's when ('the 1980s'), or an age in"
         " its 80s as a range ('80 to 89 year')"),
        ("the '60s", "en_GB", "('the 1960s'), or an age in its 60s as a range ('60 to 69 year')"),
        ("2000s", "en_GB", "reads as thousands of, not as seconds: write the figure the copy"
         " means ('2000'), or '2000 s' for seconds; a decade is a date, written in the"
         " claim's when ('the 2000s')"),
    ],
)  # fmt: skip
def test_a_decade_is_a_date_refused_as_a_value_saying_to_write_it_in_when(
    text: str, language: str, message: str
) -> None:
    refused(text, language, message)


@given(
    year=st.integers(100, 209).map(lambda tens: tens * 10), apostrophe=st.sampled_from(["", "'"])
)
def test_no_decade_in_four_digits_is_read_as_seconds(year: int, apostrophe: str) -> None:
    with pytest.raises(ValueSyntaxError, match="decade"):
        parse_value(f"{year}{apostrophe}s", "en_GB")


def test_the_refused_words_are_compiled_at_first_use_not_at_import() -> None:
    """A long alternation: compiling it at import would slow every cold start."""
    code = "import factcheck.units as u; print(u._refused_words_re.cache_info().currsize)"
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "0"
    with pytest.raises(ValueSyntaxError, match="is no unit: write a count bare"):
        parse_value("3 goals", "en_GB")


@pytest.mark.parametrize("text", ["80s", "40s", "1965s", "2100s", "1960 s"])
def test_seconds_that_are_no_decade_stay_seconds(text: str) -> None:
    """ "80s" is a lap time in sport, as "1960 s" written apart is seconds: not guessed at."""
    assert format_unit(parse_value(text, "en_GB").quantity.unit) == "s"


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("87 years old", "87 year"),
        ("87-year-old", "87 year"),
        ("87‑year‑old", "87 year"),  # non-breaking hyphens
        ("87 years of age", "87 year"),
        ("6-month-old", "6 month"),
        ("3 weeks old", "3 week"),
    ],
)
def test_an_age_written_old_is_read_in_its_unit_of_time(text: str, same_as: str) -> None:
    reads_as(text, "en_US", same_as)


def test_old_after_no_unit_of_time_is_still_refused() -> None:
    refused("87 kg old", "en_GB", "unknown unit 'old'")
    refused("87 old", "en_GB", "unknown unit 'old'")


@pytest.mark.parametrize(
    ("text", "language", "word", "bare"),
    [
        ("2 million copies", "en_GB", "copies", "2 million"),
        ("3 Oscars", "en_US", "Oscars", "3"),
        ("3 César", "fr", "César", "3"),
        ("11 nominations", "fr", "nominations", "11"),
        ("2 millions d'exemplaires", "fr", "exemplaires", "2 millions"),
        ("1,2 million d'entrées", "fr", "entrées", "1,2 million"),
        ("4 awards", "en_GB", "awards", "4"),
        ("12 albums", "en_GB", "albums", "12"),
        ("20 titles", "en_GB", "titles", "20"),
        ("3 titres", "fr", "titres", "3"),
        ("150 votes", "en_GB", "votes", "150"),
    ],
)
def test_culture_counts_are_refused_saying_to_write_a_count_bare(
    text: str, language: str, word: str, bare: str
) -> None:
    refused(text, language, f"'{word}' is no unit: write a count bare ('{bare}')")
    parse_value(bare, language)  # the figure suggested is one that reads
