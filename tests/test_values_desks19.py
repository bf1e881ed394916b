"""Values as the health, energy, housing and elections desks write them (audits of 2026-12-02).

A change is printed with its sign ("+150,000", "+38 000", "+$1.12"); UK property copy
writes "pcm", "sqm", "psf"; French oil copy "barils", "kb/j", "Gm3"; a refusal says what to
write, and what it suggests reads.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from factcheck import units
from factcheck.values import ValueSyntaxError, parse_value

D = Decimal


def reads_as(text: str, language: str, same_as: str) -> None:
    value, expected = parse_value(text, language), parse_value(same_as, language)
    assert value.quantity == expected.quantity, (text, value.quantity, expected.quantity)


def refusal(text: str, language: str) -> str:
    with pytest.raises(ValueSyntaxError) as raised:
        parse_value(text, language)
    return str(raised.value)


# --- a sign before a grouped figure or a currency sign: a change -----------------------


@pytest.mark.parametrize(
    ("text", "language", "same_as"),
    [
        ("+150,000", "en", "150,000"),
        ("+38 000", "fr", "38 000"),
        ("+ 38 000", "fr", "38 000"),
        ("+1 200 MW", "fr", "1 200 MW"),
        ("+2,500 MW", "en", "2,500 MW"),
        ("+300,000 bpd", "en", "300,000 bpd"),
        ("+3 087 000", "fr", "3 087 000"),
        ("+$1.12 a barrel", "en", "$1.12 a barrel"),
        ("+€5bn", "en", "€5bn"),
        ("+£2bn", "en_GB", "£2bn"),
        ("+ $5", "en", "$5"),
        ("+5 Md€", "fr", "5 Md€"),
    ],
)
def test_a_plus_sign_reads_as_the_figure_it_signs(text: str, language: str, same_as: str) -> None:
    reads_as(text, language, same_as)
    assert parse_value(text, language).numbers[0].startswith("+")  # the sign is kept


@pytest.mark.parametrize(
    ("plus", "minus", "language"),
    [("+$1.12", "-$1.12", "en"), ("+£2bn", "-£2bn", "en_GB"), ("+€5bn", "−€5bn", "en")],
)
def test_a_plus_before_money_reads_as_the_minus_does(plus: str, minus: str, language: str) -> None:
    rise, fall = parse_value(plus, language).quantity, parse_value(minus, language).quantity
    assert rise.unit == fall.unit
    assert (rise.interval.lo, rise.interval.hi) == (-fall.interval.hi, -fall.interval.lo)


_LOCALES = ["en", "en_GB", "en_US", "fr", "fr_CH", "de", "de_CH", "it", "es"]


@given(
    st.integers(min_value=1000, max_value=10**12),
    st.sampled_from(_LOCALES),
    st.sampled_from(["", " "]),
)
def test_a_signed_grouped_number_reads_as_the_number(n: int, language: str, space: str) -> None:
    written = format_decimal(n, locale=language, group_separator=True)
    plain = parse_value(written, language).quantity
    assert parse_value(f"+{space}{written}", language).quantity == plain
    minus = parse_value(f"-{space}{written}", language).quantity.interval
    assert (minus.lo, minus.hi) == (D(-n) - D("0.5"), D(-n) + D("0.5"))


@pytest.mark.parametrize(
    ("text", "language", "kept", "dropped"),
    [
        ("1000,000", "en", "'1,000,000'", "'1,000'"),
        ("+1000,000", "en", "'+1,000,000'", "'+1,000'"),  # the sign is kept
    ],
)
def test_no_reading_at_another_scale_where_the_mark_groups(
    text: str, language: str, kept: str, dropped: str | None
) -> None:
    message = refusal(text, language)
    assert kept in message
    assert message.count("' or '") == 0
    if dropped:
        assert f"or {dropped}" not in message


def test_an_ambiguous_mark_keeps_both_readings() -> None:
    message = refusal("12,34", "en")  # 1,234 or 12.34: the mark may be a decimal mark
    assert "'1,234' or '12.34'" in message


# --- suggestions read: what a refusal offers is a value ------------------------------


@pytest.mark.parametrize(
    ("text", "language", "suggestion"),
    [
        ("au moins 28 sièges", "fr", "'>=28'"),
        ("entre 7,3 % et 7,5 %", "fr", "'7,3 à 7,5 %'"),
        ("entre 3 800 et 4 000", "fr", "'3 800 à 4 000'"),
        ("between 3,800 and 4,000", "en", "'3,800 to 4,000'"),
        ("a 70% chance", "en", "'70%'"),
        ("3.50%-3.75%", "en", "'3.50 to 3.75 %'"),
        ("plus de 3 000", "fr", "'>3 000'"),
        ("environ 3 millions", "fr", "'~3 millions'"),
    ],
)
def test_a_suggestion_is_a_value_that_reads(text: str, language: str, suggestion: str) -> None:
    message = refusal(text, language)
    assert suggestion in message, message
    parse_value(suggestion.strip("'"), language)  # reads


def test_a_band_is_two_claims() -> None:
    assert "a band (a target range) is two claims" in refusal("3.50%-3.75%", "en")


def test_a_bound_says_the_words_it_drops_in_the_property() -> None:
    message = refusal("au moins 28 sièges", "fr")
    assert "('>=28') and say 'sièges' in the property" in message
    assert "'>=28 sièges'" not in message


def test_year_on_year_gets_the_advice_sur_un_an_gets() -> None:
    message = refusal("3.2% year on year", "en")
    assert "over what period" in message and "did you mean" not in message
    assert "over what period" in refusal("3.2% year-on-year", "en")


# --- refusals that say what to write ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1,56 enfant par femme", "fr", "write the fertility rate bare ('1,56')"),
        ("1.44 children per woman", "en", "(total_fertility_rate)"),
        ("45.2 per 100k", "en", "write the figure bare ('45.2') and say 'per 100k'"),
        ("1 in 5", "en", "a proportion ('1 in 5'): write '20 %'"),
        ("1 sur 5", "fr", "a proportion ('1 sur 5'): write '20 %'"),
        ("1 train sur 2", "fr", "write '50 %'"),
        ("un sur six", "fr", "write '16,7 %'"),
        ("one in five", "en", "write '20 %'"),
        ("95% CI 1.2-3.4", "en", "a confidence interval is two claims (1.2 and 3.4)"),
        ("95% CI 1.2–3.4", "en", "a confidence interval is two claims (1.2 and 3.4)"),
        ("IC à 95 % : 1,2 à 3,4", "fr", "a confidence interval is two claims (1,2 and 3,4)"),
        ("2 fois plus", "fr", "a multiple ('2 fois plus') compares two figures: write it in a"
         " check ('a / b == 2')"),
        ("2e dose", "fr", "'2e' is an ordinal, no amount: say it in the property"),
        ("1 500 UI", "fr", "write the figure bare ('1 500') and say the substance and UI in the"
         " property"),
        ("12.1m doses", "en", "write a count bare ('12.1 million'; 'm' is millions here, not"
         " metres), or in person when it counts people ('12.1 million person')"),
        ("£39 one way", "en_GB", "'one way' is no unit: it says what the fare buys"),
        ("35 €/MWh PCS", "fr", "say 'PCS' in the property (pcs)"),
    ],
)  # fmt: skip
def test_a_refusal_says_what_to_write(text: str, language: str, expected: str) -> None:
    message = refusal(text, language)
    assert expected in message, message


@pytest.mark.parametrize("text", ["1 in 5", "1 sur 5", "un sur six"])
def test_a_proportion_suggests_a_percentage_that_reads(text: str) -> None:
    message = refusal(text, "fr" if "sur" in text else "en")
    suggested = re.search(r"write '([^']+)'", message)
    assert suggested is not None
    parse_value(suggested.group(1), "fr" if "sur" in text else "en")


def test_a_suggested_property_name_is_an_identifier_without_the_unit() -> None:
    message = refusal("35 €/MWh PCS", "fr")
    names = re.findall(r"\(([^()]*)\)\Z", message)
    assert names and re.fullmatch(r"[a-z0-9_]+", names[0]) and "mwh" not in names[0]


def test_fold_reads_as_times() -> None:
    reads_as("2.5-fold", "en", "2.5x")
    reads_as("2.5-fold", "en", "2.5 times")


# --- units of the beats --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "same_as"),
    [
        ("1,5 Mm2", "fr", "1,5 Mm²"),
        ("£2,250 pcm", "en_GB", "£2,250 a month"),
        ("£2,250 per calendar month", "en_GB", "£2,250 a month"),
        ("110 sqm", "en_GB", "110 m²"),
        ("£450 psf", "en_GB", "£450 per sq ft"),
        ("2,2 millions de barils par jour", "fr", "2,2 millions bbl/day"),
        ("82,5 USD/baril", "fr", "82,5 USD/bbl"),
        ("3 barils", "fr", "3 bbl"),
        ("120 Gm3", "fr", "120 bcm"),
        ("400 kb/j", "fr", "400 kb/d"),
        ("12 € de l'heure", "fr", "12 € l'heure"),
    ],
)
def test_units_of_the_beats(text: str, language: str, same_as: str) -> None:
    reads_as(text, language, same_as)


def test_dollars_the_barrel_in_french_asks_which_dollars_as_dollars_do() -> None:
    assert "which dollars?" in refusal("82,5 dollars le baril", "fr")
    assert "which dollars?" in refusal("82,5 dollars", "fr")


@pytest.mark.parametrize(
    ("text", "language", "never"),
    [
        ("3 pcmm", "en_GB", "PPCM"),
        ("3 oe", "en", "Oe"),
        ("3 bariel", "fr", "barie"),
        ("3 on", "en", "ton"),
        ("3 j", "fr", "J"),
    ],
)
def test_did_you_mean_never_proposes_a_unit_no_newsroom_writes(
    text: str, language: str, never: str
) -> None:
    assert f"did you mean '{never}'" not in refusal(text, language)


def test_a_million_square_metres_is_no_square_megametre() -> None:
    area = parse_value("1,5 Mm²", "fr").quantity
    assert units.conversion(area.unit, units.parse_unit("m**2")) == (D(1000000), D(0))


def test_did_you_mean_still_corrects_a_typo() -> None:
    assert "did you mean 'metre'?" in refusal("3 metrs", "en")
    assert "did you mean 'EUR'?" in refusal("12 eur", "en")
