"""Values the education, obituaries and fact-check desks write (Ed-7, Ed-10, O-5, O-8, FU-11)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.values import ValueSyntaxError, parse_value


def refused(text: str, language: str, message: str) -> None:
    with pytest.raises(ValueSyntaxError, match=re.escape(message)):
        parse_value(text, language)


@pytest.mark.parametrize(
    ("text", "figure"),
    [("18 sur 20", "18"), ("14,5 sur 20", "14,5"), ("18/20", "18"), ("14,5/20", "14,5")],
)
def test_a_mark_out_of_20_is_no_proportion(text: str, figure: str) -> None:
    refused(
        text,
        "fr",
        f"a mark out of 20: write '{figure}' and say 'out of 20' in the property"
        " (average_out_of_20)",
    )


@given(st.integers(min_value=0, max_value=200).map(lambda tenths: Decimal(tenths) / 10))
def test_any_mark_out_of_20_gets_the_mark_message(mark: Decimal) -> None:
    written = str(mark).replace(".", ",")
    for text in (f"{written} sur 20", f"{written}/20"):
        refused(text, "fr", f"a mark out of 20: write '{written}'")


@pytest.mark.parametrize(
    ("text", "language", "percent"),
    [("un sur cinq", "fr", "20 %"), ("1 in 5", "en", "20 %"), ("deux tiers", "fr", "66,7 %"),
     ("la moitié", "fr", "50 %"), ("a fifth", "en", "20 %"), ("2/3", "en", "66.7 %"),
     ("2/3", "fr", "66,7 %"), ("three quarters", "en", "75 %")],
)  # fmt: skip
def test_proportions_and_fractions_say_the_percentage(
    text: str, language: str, percent: str
) -> None:
    refused(text, language, f"write '{percent}'")


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("un enseignant pour 18,5 élèves", "fr", "write '18,5' and say what it counts for one"
         " in the property (eleves_per_enseignant)"),
        ("1 teacher per 18 pupils", "en", "write '18' and say what it counts for one in the"
         " property (pupils_per_teacher)"),
        ("18:1", "en", "write '18' and say what it counts for one"),
        ("97 000 de moins", "fr", "write '-97 000'"),
        ("35,000 francs", "en", "which francs? write the currency's code: FRF"),
        ("7.6 million Swedish kronor", "en", "SEK"),
        ("100 kronor", "en", "SEK"),
        ("100 kroner", "en", "NOK or DKK"),
        ("£100-a-week", "en", "write '£100 a week'"),
        ("early 80s", "en", "write '80 to 83 year'"),
        ("late 70s", "en", "write '76 to 79 year'"),
        ("100 not out", "en", "write '100' and say not_out in the property"),
        ("quatre-vingt-quatorze ans", "fr", "write the figure in digits ('94 ans')"),
        ("trente ans", "fr", "('30 ans')"),
        ("1 m 85", "fr", "write '1,85 m'"),
        ("$7.12T", "en", "write '$7.12 trillion'"),
        ("4-5 %", "fr", "write a range as '4 à 5 %'"),
        ("4-5 %", "en", "write a range as '4 to 5 %'"),
        ("a 2-point drop", "en", "write '-2 points'"),
    ],
)  # fmt: skip
def test_refused_forms_say_what_to_write(text: str, language: str, message: str) -> None:
    refused(text, language, message)


def test_early_80s_never_suggests_80s() -> None:
    with pytest.raises(ValueSyntaxError) as error:
        parse_value("early 80s", "en")
    assert "write the figure ('80s')" not in str(error.value)


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [("8 920 € par an et par élève", "fr", "EUR / person / year"),
     ("£7,460 per pupil per year", "en", "GBP / person / year"),
     ("£69,000 per teacher", "en", "GBP / person"),
     ("3 000 € par enseignant", "fr", "EUR / person")],
)  # fmt: skip
def test_money_per_pupil_or_teacher_is_per_person(text: str, language: str, unit: str) -> None:
    assert str(parse_value(text, language).quantity.unit) == unit


def test_francs_of_a_named_country_keep_their_code() -> None:
    refused("3 francs suisses", "fr", "'francs suisses': write the currency's code: CHF")


def _kelvin_band(text: str) -> tuple[Decimal, Decimal]:
    interval = parse_value(text, "en").quantity.interval
    if "°C" in text:
        return interval.lo + Decimal("273.15"), interval.hi + Decimal("273.15")
    if "°F" in text:
        to_k = lambda f: (f + Decimal("459.67")) * 5 / 9  # noqa: E731
        return to_k(interval.lo), to_k(interval.hi)
    return interval.lo, interval.hi


def test_about_a_temperature_gets_one_band_in_celsius_fahrenheit_and_kelvin() -> None:
    bands = [_kelvin_band(t) for t in ("~450 °C", "~842 °F", "~723.15 K")]
    for lo, hi in bands:
        assert abs(lo - bands[0][0]) < Decimal("0.01")
        assert abs(hi - bands[0][1]) < Decimal("0.01")
    freezing = [_kelvin_band(t) for t in ("~0 °C", "~32 °F", "~273.15 K")]
    for lo, hi in freezing:
        assert abs(lo - freezing[0][0]) < Decimal("0.01")
        assert abs(hi - freezing[0][1]) < Decimal("0.01")


def test_about_450_celsius_is_one_percent_of_its_kelvin() -> None:
    interval = parse_value("~450 °C", "en").quantity.interval
    assert Decimal("442.7") < interval.lo < Decimal("442.8")
    assert Decimal("457.2") < interval.hi < Decimal("457.3")
    # a change of temperature and other units keep the plain 10 %
    assert parse_value("~90 person", "en").quantity.interval.lo == 81


@given(st.integers(min_value=-200, max_value=3000))
def test_about_a_celsius_temperature_is_never_wider_than_its_kelvin_share(celsius: int) -> None:
    interval = parse_value(f"~{celsius} °C", "en").quantity.interval
    half = (interval.hi - interval.lo) / 2
    assert half == max(Decimal("0.5"), (celsius + Decimal("273.15")) / 100)
