"""Every reader reads the currencies of one table, factcheck.units.CURRENCIES.

Parametrised over the table: a currency added by one line is read by values, quotes,
expressions and ``factcheck extract`` alike, and tested here without a new test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.expressions import evaluate_values, parse_expression
from factcheck.extract import extract
from factcheck.rules.figure_in_quote import missing_figures
from factcheck.text import quote_sentence
from factcheck.units import (
    CURRENCIES,
    SHARED_SIGNS,
    SIGN_CHARACTERS,
    SIGN_CODES,
    currency_code,
    parse_unit,
    sign_currencies,
)
from factcheck.values import Truth, ValueSyntaxError, parse_value

SIGNS = sorted(SIGN_CODES)
ONE_CHARACTER_SIGNS = list(SIGN_CHARACTERS)
CODES = sorted(c.code for c in CURRENCIES)


def _written(sign: str, figure: str) -> str:
    """A figure after a sign, as copy writes it: "₽12bn", "Rs 12bn"."""
    return f"{sign} {figure}" if sign[-1].isalpha() else f"{sign}{figure}"


def _code(value: str, language: str = "en") -> str | None:
    return currency_code(parse_value(value, language).quantity.unit)


def _other(code: str) -> str:
    """A currency no sign of ``code``'s may stand for."""
    return "GBP" if code == "EUR" else "EUR"


# --- the table ----------------------------------------------------------------------------


def test_each_currency_and_each_sign_is_in_the_table_once() -> None:
    assert len(CODES) == len(set(CODES))
    signs = [sign for c in CURRENCIES for sign in c.signs]
    assert len(signs) == len(set(signs))


def test_each_name_starts_with_two_letters_as_the_quote_rule_looks_it_up() -> None:
    for currency in CURRENCIES:
        for words in currency.words.values():
            assert all(word[:2].isalpha() for word in words), currency.code


@pytest.mark.parametrize("code", CODES)
def test_each_code_is_a_currency_of_pint(code: str) -> None:
    assert currency_code(parse_unit(code)) == code


@pytest.mark.parametrize(
    ("code", "signs"),
    [
        ("RUB", {"₽"}),
        ("KRW", {"₩"}),
        ("TRY", {"₺"}),
        ("UAH", {"₴"}),
        ("ILS", {"₪"}),
        ("NGN", {"₦"}),
        ("BRL", {"R$"}),
    ],
)
def test_the_currencies_newsrooms_write_are_in_the_table(code: str, signs: set[str]) -> None:
    assert {sign for sign, of in SIGN_CODES.items() if of == code} == signs


# --- values -------------------------------------------------------------------------------


@pytest.mark.parametrize("sign", SIGNS)
def test_a_value_with_a_sign_before_it_is_in_the_signs_currency(sign: str) -> None:
    value = parse_value(_written(sign, "12bn"), "en")
    assert currency_code(value.quantity.unit) == SIGN_CODES[sign]
    assert value.quantity.interval.nominal == 12 * 10**9


@pytest.mark.parametrize("sign", ONE_CHARACTER_SIGNS)
def test_a_value_with_a_sign_after_it_is_in_the_signs_currency(sign: str) -> None:
    assert _code(f"12 {sign}", "fr") == SIGN_CODES[sign]
    assert _code(f"-{sign}3m") == SIGN_CODES[sign]  # a deficit
    assert _code(f"c.{sign}45bn") == SIGN_CODES[sign]  # about


@pytest.mark.parametrize("code", CODES)
def test_a_value_with_a_code_is_in_that_currency(code: str) -> None:
    assert _code(f"12 billion {code}") == code
    assert _code(f"{code} 12 billion") == code


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("3 francs suisses", "fr", "CHF"),
        ("3 Swiss francs", "en", "CHF"),
        ("12 shekels", "en", "ILS"),
        ("12 hryvnias", "en", "UAH"),
        ("12 naira", "en", "NGN"),
        ("12 reais", "en", "BRL"),
        ("12 wons", "fr", "KRW"),
        ("12 livres turques", "fr", "TRY"),
    ],
)
def test_a_currency_of_the_table_in_words_is_refused_with_its_code(
    text: str, language: str, code: str
) -> None:
    with pytest.raises(ValueSyntaxError, match=f"write the currency's code: {code}"):
        parse_value(text, language)


@pytest.mark.parametrize(("text", "language"), [("500 rupees", "en"), ("500 roupies", "fr")])
def test_rupees_in_words_are_refused_saying_what_to_write(text: str, language: str) -> None:
    with pytest.raises(ValueSyntaxError) as refused:
        parse_value(text, language)
    assert "INR, PKR" in str(refused.value)
    assert "₹500" in str(refused.value)


@given(
    sign=st.sampled_from(SIGNS),
    whole=st.integers(min_value=1, max_value=999_999),
    decimals=st.integers(min_value=0, max_value=99),
    scale=st.sampled_from(["", "m", "bn"]),
)
def test_any_amount_after_a_sign_reads_as_after_its_code(
    sign: str, whole: int, decimals: int, scale: str
) -> None:
    figure = f"{whole}.{decimals:02d}"
    words = {"": "", "m": " million", "bn": " billion"}[scale]
    signed = parse_value(_written(sign, figure + scale), "en").quantity
    coded = parse_value(f"{figure}{words} {SIGN_CODES[sign]}", "en").quantity
    assert signed == coded


# --- quotes -------------------------------------------------------------------------------


@pytest.mark.parametrize("sign", SIGNS)
def test_a_quote_with_a_sign_holds_a_value_in_its_currency_only(sign: str) -> None:
    code = SIGN_CODES[sign]
    quote = f"the bill came to {_written(sign, '12bn')} last year"
    assert missing_figures(parse_value(f"12 billion {code}", "en"), quote, "en")[0] == []
    missing, _, written = missing_figures(
        parse_value(f"12 billion {_other(code)}", "en"), quote, "en"
    )
    assert missing == ["12"]
    assert written and written[0].endswith(f"not in {_other(code)}")


@pytest.mark.parametrize("code", CODES)
def test_a_quote_with_a_code_holds_a_value_in_that_currency_only(code: str) -> None:
    quote = f"the bill came to 12bn {code} last year"
    assert missing_figures(parse_value(f"12 billion {code}", "en"), quote, "en")[0] == []
    missing, _, written = missing_figures(
        parse_value(f"12 billion {_other(code)}", "en"), quote, "en"
    )
    assert missing == ["12"]
    assert len(written) == 1 and written[0].endswith(f", not in {_other(code)}")


@pytest.mark.parametrize("sign", sorted(SHARED_SIGNS))
def test_a_shared_sign_holds_any_of_its_currencies(sign: str) -> None:
    others = sign_currencies(sign) - {SIGN_CODES[sign]}
    assert others  # "$": CAD, AUD...; "¥": CNY; "Rs": PKR, NPR...
    other = sorted(others)[0]
    quote = f"the bill came to {_written(sign, '12bn')} last year"
    assert missing_figures(parse_value(f"12 billion {other}", "en"), quote, "en")[0] == []


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("3 milliards CHF", "3 milliards de francs suisses", "fr"),
        ("3 billion CHF", "3 billion Swiss francs", "en"),
        ("5 milliards TRY", "5 milliards de livres turques", "fr"),
        ("5 billion RUB", "a cost of 5bn roubles", "en"),
        ("12 ILS", "un ticket à 12 shekels", "fr"),
    ],
)
def test_a_quote_naming_a_currency_in_words_holds_it_and_no_other(
    value: str, quote: str, language: str
) -> None:
    assert missing_figures(parse_value(value, language), quote, language)[0] == []
    other = value.rsplit(" ", 1)[0] + " GBP"
    assert missing_figures(parse_value(other, language), quote, language)[0] != []


def test_ils_is_a_code_in_capitals_only_never_the_french_pronoun() -> None:
    # "12 ils" is no currency: a value in euros is found there, as a bare figure
    assert missing_figures(parse_value("12 EUR", "fr"), "et 12 ils partent", "fr")[0] == []


# --- expressions --------------------------------------------------------------------------


@pytest.mark.parametrize("sign", ONE_CHARACTER_SIGNS)
def test_a_check_literal_after_a_sign_is_in_the_signs_currency(sign: str) -> None:
    code = SIGN_CODES[sign]
    quantity = parse_value(f"12 billion {code}", "en").quantity
    for check in (f"total == {sign}12bn", f"total == {sign}12 billion", f"total == 12e9 {sign}"):
        outcome = evaluate_values(parse_expression(check), {"total": quantity}, "en")
        assert outcome.truth is Truth.HOLDS
    other = parse_value(f"12 billion {_other(code)}", "en").quantity
    with pytest.raises(ValueError, match=code):
        evaluate_values(parse_expression(f"total == {sign}12bn"), {"total": other}, "en")


def test_the_rupee_sign_is_read_in_a_check() -> None:
    quantity = parse_value("₹2 lakh crore", "en").quantity
    outcome = evaluate_values(parse_expression("budget > ₹1bn"), {"budget": quantity}, "en")
    assert outcome.truth is Truth.HOLDS


# --- texts --------------------------------------------------------------------------------


@pytest.mark.parametrize("sign", ONE_CHARACTER_SIGNS)
def test_a_sign_after_a_figure_and_a_full_stop_ends_the_sentence(sign: str) -> None:
    text = f"Il vaut 12 {sign}. Puis 13 {sign}."
    assert quote_sentence(f"12 {sign}", text) == f"Il vaut 12 {sign}."
    text = f"Orange (44,4 {sign}) et Thales. Fin."
    assert quote_sentence("Orange", text) == f"Orange (44,4 {sign}) et Thales."


# --- extract ------------------------------------------------------------------------------


def _drafted(text: str, language: str = "en") -> list[str | None]:
    return [c.value for c in extract(text, language).claims if c.value is not None]


@pytest.mark.parametrize("sign", SIGNS)
def test_extract_drafts_a_figure_after_a_sign_in_the_signs_currency(sign: str) -> None:
    code = SIGN_CODES[sign]
    assert _drafted(f"The project cost {_written(sign, '12bn')} last year.") == [
        f"12 billion {code}"
    ]


@pytest.mark.parametrize("sign", ONE_CHARACTER_SIGNS)
def test_extract_drafts_a_figure_before_a_sign_in_the_signs_currency(sign: str) -> None:
    assert _drafted(f"Le projet a coûté 12 {sign} l'an dernier.", "fr")[0] == (
        f"12 {SIGN_CODES[sign]}"
    )


@pytest.mark.parametrize("code", CODES)
def test_extract_drafts_a_figure_with_a_code_in_that_currency(code: str) -> None:
    assert _drafted(f"The project cost {code} 12bn last year.") == [f"12 billion {code}"]
    assert _drafted(f"The project cost 12bn {code} last year.") == [f"12 billion {code}"]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Le projet a coûté 3 milliards de francs suisses.", "fr", "3 milliard CHF"),
        ("The project cost 3 billion Swiss francs.", "en", "3 billion CHF"),
        ("Le budget atteint 5 milliards de livres turques.", "fr", "5 milliard TRY"),
        ("Le budget atteint 1 000 milliards de wons.", "fr", "1 000 milliard KRW"),
        ("The deal is worth 5bn roubles.", "en", "5 billion RUB"),
        ("Tickets cost 40 shekels.", "en", "40 ILS"),
        ("The fund raised C$3.6bn last year.", "en", "3.6 billion CAD"),  # was USD
        ("Petrobras lost R$4bn last year.", "en", "4 billion BRL"),  # was USD
    ],
)
def test_extract_drafts_currencies_in_words_and_prefixed_signs(
    text: str, language: str, value: str
) -> None:
    assert _drafted(text, language) == [value]


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("L'Inde a promis 500 crores de roupies lundi.", "fr", "500 crore"),
        ("It cost 500 rupees.", "en", "500"),
        ("Pakistan paid 500 rupees.", "en_PK", "500"),
    ],
)
def test_extract_drafts_no_currency_for_rupees_in_words_and_says_what_to_write(
    text: str, language: str, figure: str
) -> None:
    [claim] = [c for c in extract(text, language).claims if c.value is not None]
    assert claim.value == figure
    assert claim.note is not None
    assert "names no one currency" in claim.note and "INR, PKR" in claim.note


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("India pledged Rs 500 crore on Monday.", "en", "500 crore INR"),
        ("Pakistan pledged Rs 500 crore on Monday.", "en_PK", "500 crore PKR"),
        ("The budget sets aside ₹2 lakh crore.", "en", "2 lakh crore INR"),
        ("It cost 500 Indian rupees.", "en", "500 INR"),
        ("Il a coûté 500 roupies indiennes.", "fr", "500 INR"),
    ],
)
def test_extract_drafts_rupees_by_their_sign_or_their_country(
    text: str, language: str, value: str
) -> None:
    assert _drafted(text, language) == [value]
    assert parse_value(value, language).quantity.interval.nominal > Decimal(0)
