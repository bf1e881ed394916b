"""Refusals' examples built from the editor's figure, signed suggestions, unit typos (A3)."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import units
from factcheck.values import ValueSyntaxError, parse_value


def refusal(text: str, language: str) -> str:
    with pytest.raises(ValueSyntaxError) as caught:
        parse_value(text, language)
    return str(caught.value)


def suggested(message: str) -> list[str]:
    """The values a refusal suggests, as it quotes them in brackets ("('30 €')")."""
    return re.findall(r"\('([^']*)'\)", message)


# Each kind of refusal whose message shows an example, with the example the editor's own
# figure gives, in their language.
OWN_EXAMPLES = [
    ("30 € aller simple", "fr", "30 €"),
    ("£39 one way", "en_GB", "£39"),
    ("£78 return", "en_GB", "£78"),
    ("£78 return fare", "en_GB", "£78"),
    ("78 € aller-retour", "fr", "78 €"),
    ("1 500 UI", "fr", "1 500"),
    ("400 IU", "en", "400"),
    ("3.2% year on year", "en", "3.2%"),
    ("3,5 % sur un an", "fr", "3,5 %"),
    ("1 200 € TTC", "fr", "1 200 €"),
    ("800 € charges comprises", "fr", "800 €"),
    ("1 500 € nets", "fr", "1 500 €"),
    ("3,45 % hors assurance", "fr", "3,45 %"),
    ("215 €/t rendu Rouen", "fr", "215 €/t"),
    ("12,5 M€ frais compris", "fr", "12,5 M€"),
    ("45 000 spectateurs", "fr", "45 000"),
    ("~45 000 spectateurs", "fr", "~45 000"),
    ("2 millions d'exemplaires", "fr", "2 millions"),
    ("3,400 homes", "en", "3,400"),
    ("68 F-35s", "en", "68"),
    ("6 mois ferme", "fr", "6 mois"),
    ("100 jours-amende", "fr", "100"),
    ("3 000 ETP", "fr", "3 000"),
    ("1,5 Smic", "fr", "1,5"),
    ("330 kWh EP/m²/an", "fr", "330 kWh/m²/an"),
    ("4,1 % MG", "fr", "4,1 %"),
    ("2 solar masses", "en", "2"),
    ("0.71 goals a game", "en", "0.71"),
    ("7 people per household", "en", "7"),
    ("85 dB(A)", "en", "85 dB"),
    ("42ppl", "en_GB", "42p/l"),
]


@pytest.mark.parametrize(("text", "language", "example"), OWN_EXAMPLES)
def test_a_refusal_shows_the_editors_own_figure(text: str, language: str, example: str) -> None:
    examples = suggested(refusal(text, language))
    assert examples and examples[0] == example


@pytest.mark.parametrize(("text", "language", "example"), OWN_EXAMPLES)
def test_every_suggested_value_reads_back_in_a_claim(
    text: str, language: str, example: str
) -> None:
    for value in suggested(refusal(text, language)):
        parse_value(value, language)  # raises if the suggestion does not read


@pytest.mark.parametrize(
    ("text", "language", "stock"),
    [
        ("30 € aller simple", "fr", "£39"),
        ("3.2% year on year", "en", "3,5 %"),
        ("1 500 UI", "fr", "vitamin_d_ui"),
        ("1 500 UI", "fr", "'100'"),
        ("45 000 spectateurs", "fr", "'12'"),
        ("2,1 buts par match", "fr", "goals_per_match"),
    ],
)
def test_no_stock_example_whatever_the_figure(text: str, language: str, stock: str) -> None:
    assert stock not in refusal(text, language)


def test_millions_of_a_count_say_only_millions() -> None:
    message = refusal("12.1m doses", "en")
    assert "write a count bare ('12.1 million'; 'm' is millions here, not metres)" in message
    assert "'12'" not in message and "(doses)" in message
    for value in ("12.1 million", "12.1 million person"):
        parse_value(value, "en")


def test_a_count_names_its_property_after_what_it_counts() -> None:
    assert "(spectateurs)" in refusal("45 000 spectateurs", "fr")
    assert "(voeux)" in refusal("3 vœux", "fr")
    assert "(buts_per_match)" in refusal("2,1 buts par match", "fr")


def test_a_return_after_money_is_a_fare_but_a_percentage_return_is_not() -> None:
    assert "what the fare buys" in refusal("£78 return", "en_GB")
    assert "what the fare buys" in refusal("GBP 78 return", "en_GB")
    assert "what the fare buys" not in refusal("5% return", "en")


def test_the_unit_alone_keeps_its_stock_example() -> None:
    """Without a figure (a configuration's unit), the message still shows what to write."""
    with pytest.raises(units.UnitError, match=r"write a count bare \('12'\)"):
        units.parse_unit("spectateurs")


def test_a_unit_error_pickles_with_its_examples() -> None:
    with pytest.raises(units.UnitError) as caught:
        units.parse_unit("€ aller simple")
    again = pickle.loads(pickle.dumps(caught.value))
    assert str(again) == str(caught.value)
    assert again.refused == caught.value.refused == "aller simple"
    assert again.examples == caught.value.examples


# --- signed numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+12,34", "did you mean '+1,234' or '+12.34'?"),
        ("-12,34", "did you mean '-1,234' or '-12.34'?"),
        ("+38 000", "did you mean '+38,000'?"),
        ("-38 000", "did you mean '-38,000'?"),
        ("38 000", "did you mean '38,000'?"),
    ],
)
def test_signed_numbers_get_the_suggestions_of_unsigned_ones(text: str, expected: str) -> None:
    message = refusal(text, "en")
    assert message.endswith(expected)
    for value in re.findall(r"'([^']*)'", expected):
        parse_value(value, "en")


@given(
    st.sampled_from(["+", "-"]),
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=999),
)
def test_a_sign_never_changes_the_suggestions(sign: str, high: int, low: int) -> None:
    unsigned = f"{high} {low:03d}"  # grouped by a space, as English does not write it
    plain = refusal(unsigned, "en").split("did you mean ", 1)[1]
    signed = refusal(sign + unsigned, "en").split("did you mean ", 1)[1]
    assert signed == re.sub(r"'(?=\d)", "'" + sign, plain)


# --- unit typos ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("12 Km", "km"),
        ("12 KM", "km"),
        ("12 kwh", "kWh"),
        ("12 KWH", "kWh"),
        ("12 mwh", "MWh"),  # never milliwatt-hours
        ("12 mw", "MW"),
        ("12 gw", "GW"),
        ("12 twh", "TWh"),
    ],
)
def test_a_unit_in_the_wrong_case_suggests_the_newsrooms_unit(text: str, unit: str) -> None:
    message = refusal(text, "en")
    assert message.endswith(f"did you mean {unit!r}?")
    parse_value(f"12 {unit}", "en")
