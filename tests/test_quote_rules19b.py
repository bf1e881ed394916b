"""Quote rules, leftovers of the audits of 2 Dec 2026 (housing F13, elections, energy F6).

weekday-matches-date: a fact's yearless day whose weekday is that of the same day just
after publication may be a forecast, and the message says so. figure-in-quote: ordinal
words hold their number as the digits do, and "a second" before a noun is no article
of one; units with their exponent ("Gm3", "m3"), rates the value reader reads ("kb/j"),
a measure per a period in words ("barils par jour") and money per calendar month
("pcm") are compared with the value's unit.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_figure_in_quote import passes
from tests.test_quote_rules19 import findings

# --- 1. a yearless weekday that is tomorrow's -----------------------------------------------

STRIKE = (
    "source: {id: s, title: t, publisher: p, published: %s, language: fr}\n"
    "claims:\n"
    '  - {id: greve, quote: "grève %s", subject: RER B, property: strike, when: %s%s}\n'
)


def test_a_yearless_weekday_of_tomorrow_asks_whether_it_is_a_forecast(tmp_path: Path) -> None:
    (message,) = findings(
        tmp_path, STRIKE % ("2027-01-04", "mardi 5", "mardi 5", ""), "weekday-matches-date"
    )
    assert message == (
        "'greve': the quote says mardi, but its when, 5 décembre 2026, is a samedi; if it is "
        "a forecast for 5 janvier 2027, a mardi, set its kind: forecast"
    )


def test_the_forecast_so_set_passes(tmp_path: Path) -> None:
    yaml = STRIKE % ("2027-01-04", "mardi 5", "mardi 5", ", kind: forecast")
    assert findings(tmp_path, yaml, "weekday-matches-date") == []


@pytest.mark.parametrize(
    ("published", "quote", "when"),
    [
        ("2027-01-04", "mercredi 5", "mercredi 5"),  # 5 January 2027 is no Wednesday either
        ("2027-01-04", "jeudi 14", "jeudi 14"),  # 14 January: ten days ahead, no tomorrow
        ("2027-01-04", "grève mardi", "5 décembre 2026"),  # its when writes the month
    ],
)
def test_no_forecast_is_suggested_for_another_slip(
    tmp_path: Path, published: str, quote: str, when: str
) -> None:
    (message,) = findings(tmp_path, STRIKE % (published, quote, when, ""), "weekday-matches-date")
    assert "forecast" not in message


def test_a_day_alone_of_the_next_month_is_a_forecast_too(tmp_path: Path) -> None:
    # published Thursday 28 January 2027: "mardi 2" is 2 January (a Saturday), or the next
    # Tuesday, 2 February
    (message,) = findings(
        tmp_path, STRIKE % ("2027-01-28", "mardi 2", "le 2", ""), "weekday-matches-date"
    )
    forecast = "if it is a forecast for 2 février 2027, a mardi, set its kind: forecast"
    assert message.endswith(forecast)


# --- 2. ordinals -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("2", "the second quarter in a row", "en"),
        ("2", "for a second consecutive month", "en"),
        ("3", "the third straight quarter", "en"),
        ("2", "the 2nd quarter in a row", "en"),
        ("2", "le deuxième trimestre de baisse consécutif", "fr"),
        ("2", "C'est le 2e trimestre de baisse consécutif", "fr"),
        ("215", "la 215e femme de la législature", "fr"),
        ("3", "pour la troisième fois", "fr"),
        ("1 s", "in a second", "en"),
        ("1 s", "a second later, he scored", "en"),
        ("1 s", "a second of silence", "en"),
    ],
)
def test_an_ordinal_word_holds_its_number_as_its_digits_do(
    value: str, quote: str, language: str
) -> None:
    assert passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("3", "le deuxième trimestre de baisse consécutif", "fr"),
        ("1", "for a second consecutive month", "en"),  # "a second" before a noun: 2
        ("1 s", "for a second consecutive month", "en"),
        ("1", "a second goal", "en"),
        ("1 s", "a second goal", "en"),
    ],
)
def test_a_second_before_a_noun_is_the_ordinal_not_one(
    value: str, quote: str, language: str
) -> None:
    assert not passes(value, quote, language)


# --- 3. units figure-in-quote compares -------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "language", "found"),
    [
        # a unit with its exponent
        ("120 m3", "120 Gm3 de gaz", "fr", False),
        ("120 Gm3", "120 Gm3 de gaz", "fr", True),
        ("120 bcm", "120 Gm3 de gaz", "fr", True),
        ("120 m3", "120 m3 de gaz", "fr", True),
        ("120 km2", "120 m2", "fr", False),
        ("1,5 Mm2", "1,5 Mm2 de bureaux", "fr", True),
        # a rate as the value reader reads it
        ("400 Mb/j", "400 kb/j", "fr", False),
        ("400 kb/j", "400 kb/j", "fr", True),
        ("0,4 Mb/j", "400 kb/j", "fr", True),
        # a measure per a period, in words
        ("2,2 million barrel", "2,2 millions de barils par jour", "fr", False),
        ("2,2 million barrel/day", "2,2 millions de barils par jour", "fr", True),
        ("120000 barrel", "120 000 barils par jour", "fr", False),
        ("120000 barrel/day", "120 000 barils par jour", "fr", True),
        ("8 500 kWh/an", "consommant 8 500 kWh par an", "fr", True),
        ("12 TWh", "12 TWh par an", "fr", False),
        ("3 MWh", "une centrale de 3 MW", "fr", False),
        ("3 MW", "une centrale de 3 MW", "fr", True),
        # what stays as it was: a period left out of the quote, an adjective, a rate's rate
        ("50 Mt/an", "contre près de 50 Mt au début des années 2010", "fr", True),
        ("2.4 mg", "Half received a 2.4 mg weekly dose", "en", True),
        ("100,000 bpd", "or 100,000 bpd a month", "en", True),
        ("12 hour", "12 heures par jour", "fr", True),
        # money per calendar month, per annum
        ("£2,250 a year", "£2,250 pcm", "en_GB", False),
        ("£2,250 a month", "£2,250 pcm", "en_GB", True),
        ("£2,250 a year", "£2,250 per calendar month", "en_GB", False),
        ("£2,250 a month", "£2,250 per calendar month", "en_GB", True),
        ("£27,000 a month", "£27,000 pa", "en_GB", False),
        ("£27,000 a year", "£27,000 pa", "en_GB", True),
    ],
)
def test_the_quotes_unit_is_compared_with_the_values(
    value: str, quote: str, language: str, found: bool
) -> None:
    assert passes(value, quote, language) is found


def test_the_messages_name_the_unit_and_the_period_the_quote_writes(tmp_path: Path) -> None:
    messages = findings(
        tmp_path,
        "source: {id: s, title: t, publisher: p, published: 2026-12-01, language: fr}\n"
        "claims:\n"
        '  - {id: kbj, quote: "400 kb/j", subject: Opep+, property: cut, value: "400 Mb/j"}\n'
        '  - {id: gaz, quote: "120 Gm3 de gaz", subject: UE, property: gas, value: "120 m3"}\n'
        '  - {id: coupes, quote: "2,2 millions de barils par jour", subject: Opep,'
        ' property: cut, value: "2,2 millions barils"}\n',
        "figure-in-quote",
    )
    assert sorted(messages) == sorted(
        [
            "the figure 400 of 'kbj' is not in its quote \"400 kb/j\""
            " (which writes 400 in kb/j, not in Mbbl/day)",
            "the figure 120 of 'gaz' is not in its quote \"120 Gm3 de gaz\""
            " (which writes 120 in Gm3, not in m³)",
            "the figure 2,2 of 'coupes' is not in its quote \"2,2 millions de barils par jour\""
            " (which writes 2,2 in barils/jour, not in bbl)",
        ]
    )


def test_rent_per_calendar_month_is_no_rent_a_year(tmp_path: Path) -> None:
    (message,) = findings(
        tmp_path,
        "source: {id: s, title: t, publisher: p, published: 2026-12-01, language: en_GB}\n"
        "claims:\n"
        '  - {id: rent, quote: "£2,250 pcm", subject: flat, property: rent,'
        ' value: "£2,250 a year"}\n',
        "figure-in-quote",
    )
    assert message.endswith("(which writes 2,250 a month, not a year)")


@given(
    number=st.integers(1, 99_999),
    unit=st.sampled_from(["barils", "tonnes", "kWh", "m3", "litres"]),
    period=st.sampled_from([("par jour", "jour"), ("par an", "an"), ("par mois", "mois")]),
)
def test_a_measure_per_a_period_is_never_the_amount(
    number: int, unit: str, period: tuple[str, str]
) -> None:
    words, short = period
    quote = f"soit {number} {unit} {words}"
    assert passes(f"{number} {unit}/{short}", quote, "fr")
    assert not passes(f"{number} {unit}", quote, "fr")


@given(
    number=st.integers(1, 999),
    units=st.sampled_from([
        ("m3", "km3"), ("Gm3", "Mm3"), ("Mm3", "m3"), ("cm3", "m3"), ("m2", "km2"),
        ("Mm2", "m2"), ("km2", "m2"),
    ]),
)  # fmt: skip
def test_a_unit_with_its_exponent_is_the_value_unit_only(
    number: int, units: tuple[str, str]
) -> None:
    written, other = units
    quote = f"{number} {written} au total"
    assert passes(f"{number} {written}", quote, "fr")
    assert not passes(f"{number} {other}", quote, "fr")
