"""Business desk, session 20: a figure give or take a margin, and refusals that teach.

Findings 11 and 12 of the business and markets desk's audit: "$15.5bn ±2%", "5 % ± 2",
"2 % plus ou moins 0,5 point" and "$15.19-$15.81 billion" are refused with the range to
write; share counts, amounts per share, currency pairs, rates of exchange in words and a
scale word abbreviated in another language are refused with what to write instead.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.values import ValueSyntaxError, parse_value


def refusal(text: str, language: str = "en") -> str:
    """The message a value is refused with."""
    with pytest.raises(ValueSyntaxError) as error:
        parse_value(text, language)
    return str(error.value)


def taught(message: str) -> str:
    """The value a message tells the editor to write (the first one quoted after 'write')."""
    found = re.search(r"write '([^']+)'", message)
    assert found is not None, message
    return found.group(1)


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("$15.5bn ±2%", "en", "$15.19bn to $15.81bn"),
        ("$15.5bn ± 2%", "en", "$15.19bn to $15.81bn"),
        ("$15.5bn +/- 2%", "en", "$15.19bn to $15.81bn"),
        ("$15.5 billion plus or minus 2%", "en", "$15.19 billion to $15.81 billion"),
        ("$15.5 billion, plus or minus 2%", "en", "$15.19 billion to $15.81 billion"),
        ("$15.5bn ± $0.3bn", "en", "$15.2bn to $15.8bn"),
        ("5 % ± 2", "fr", "3 à 7 %"),
        ("5% ± 2 pp", "en", "3 to 7%"),
        ("2 % plus ou moins 0,5 point", "fr", "1,5 à 2,5 %"),
        ("-3,5 % ± 0,5 point", "fr", "-4 à -3 %"),
        ("15,5 Md€ ± 2 %", "fr", "15,19 à 15,81 Md€"),
        ("15.5 ± 0.3 s", "en", "15.2 to 15.8 s"),
    ],
)
def test_a_figure_give_or_take_a_margin_is_taught_as_its_range(
    text: str, language: str, written: str
) -> None:
    message = refusal(text, language)
    assert "a figure give or take a margin is a range" in message
    assert taught(message) == written
    parse_value(written, language)  # what it teaches reads


def test_a_percent_give_or_take_a_percent_offers_both_readings() -> None:
    message = refusal("5% ± 2%")
    assert "'3 to 7%'" in message
    assert "'4.9 to 5.1%' if it is 2% of 5%" in message


@pytest.mark.parametrize(
    ("text", "language", "change"),
    [("±2%", "en", "-2 to +2%"), ("±2 %", "fr", "-2 à +2 %")],
)
def test_a_margin_alone_also_offers_a_change_of_either_sign(
    text: str, language: str, change: str
) -> None:
    message = refusal(text, language)
    assert "margin of error" in message
    assert f"a change of either sign up to it is '{change}'" in message
    assert parse_value(change, language).quantity.interval.lo < 0


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("$15.19-$15.81 billion", "$15.19 billion to $15.81 billion"),
        ("$15.19 billion-$15.81 billion", "$15.19 billion to $15.81 billion"),
        ("£3-5 million", "£3 million to £5 million"),
        ("£3m-£4m", "£3m to £4m"),
    ],
)
def test_a_dashed_range_of_money_with_a_scale_word_is_taught(text: str, written: str) -> None:
    message = refusal(text)
    assert f"write a range as '{written}'" in message
    parse_value(written)


@settings(max_examples=60, deadline=None)
@given(
    units=st.integers(min_value=1, max_value=99_999),
    decimals=st.integers(min_value=0, max_value=2),
    margin=st.integers(min_value=1, max_value=40),
    language=st.sampled_from(["en", "fr"]),
)
def test_the_taught_range_is_the_figure_give_or_take_its_margin(
    units: int, decimals: int, margin: int, language: str
) -> None:
    figure = Decimal(units).scaleb(-decimals)
    number = format(figure, "f")
    if language == "fr":
        number = number.replace(".", ",")
        text = f"{number} Md€ plus ou moins {margin} %"
    else:
        text = f"${number}bn ±{margin}%"
    written = taught(refusal(text, language))
    interval = parse_value(written, language).quantity.interval
    delta = figure * margin / 100
    # the ends are written exactly: each reads as its figure, give or take half its last digit
    assert interval.lo <= (figure - delta) * 10**9 <= interval.hi
    assert interval.lo <= (figure + delta) * 10**9 <= interval.hi
    low, high = parse_value(written, language).amounts
    assert low == (figure - delta) * 10**9
    assert high == (figure + delta) * 10**9


def test_a_count_of_shares_is_taught_as_a_count() -> None:
    message = refusal("2.49 billion shares")
    assert "write a count bare ('2.49 billion')" in message
    assert "per share" not in message


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("$2.09 per share", "en", "$2.09"),
        ("$2.09 a share", "en", "$2.09"),
        ("4.1p a share", "en_GB", "4.1p"),
        ("3,40 € par action", "fr", "3,40 €"),
        ("3,40 euros par action", "fr", "3,40 euros"),
    ],
)
def test_an_amount_per_share_is_taught_with_its_own_figure(
    text: str, language: str, amount: str
) -> None:
    message = refusal(text, language)
    assert f"a share is no unit: write the amount ({amount})" in message
    assert "say 'per share' in the property (dividend_per_share" in message
    assert "per action" not in message and "1.23" not in message


def test_other_amounts_per_a_thing_keep_their_message() -> None:
    message = refusal("£6.89 a journey")
    assert "say 'per journey' in the property (price_per_journey)" in message


@pytest.mark.parametrize(
    ("text", "language", "rate"),
    [("EUR/USD 1.16", "en", "1.16 USD/EUR"), ("EUR/USD 1,1612", "fr", "1,1612 USD/EUR")],
)
def test_a_currency_pair_is_taught_as_a_rate_the_right_way_round(
    text: str, language: str, rate: str
) -> None:
    message = refusal(text, language)
    assert f"write '{rate}'" in message
    assert "inverse" in message
    parse_value(rate, language)


@pytest.mark.parametrize(
    ("text", "language", "rate"),
    [
        ("1,1612 dollar pour un euro", "fr", "1,1612 USD/EUR"),
        ("1.16 dollars per euro", "en", "1.16 USD/EUR"),
        ("1.16 dollars to the euro", "en", "1.16 USD/EUR"),
    ],
)
def test_a_rate_of_exchange_in_words_is_taught_in_codes(
    text: str, language: str, rate: str
) -> None:
    message = refusal(text, language)
    assert f"a rate of exchange is written in codes ('{rate}')" in message
    parse_value(rate, language)


def test_a_ratio_named_before_its_figure_is_taught() -> None:
    assert "write the figure ('35x') and say P/E in the property" in refusal("P/E 35")
    assert "write the figure before its unit ('35 km/h')" in refusal("km/h 35")


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("£1.26bn", "fr", "£1,26 milliard"),
        ("12 mln €", "fr", "12 million €"),
        ("3.2 Mrd CHF", "en", "3.2 billion CHF"),
    ],
)
def test_a_scale_abbreviated_in_another_language_is_named(
    text: str, language: str, written: str
) -> None:
    message = refusal(text, language)
    assert "abbreviation of a scale word" in message
    assert taught(message) == written
    parse_value(written, language)
