"""figure-in-quote reads the stakes and multiples of business copy (business desk, audit 20).

French gives a stake with the definite article and a fraction word: "Bpifrance détient
le quart du capital", "la famille Dumas le tiers", "le cinquième du chiffre d'affaires"
are 25 %, 33,3 % and 20 %, as "un quart", "un tiers", "un cinquième" are. English writes
a multiple with "-fold": "threefold" is 3 times (``3``, ``3x``) and a change of
``+200 %``, as "tripled" is.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.quote_fractions import proportions
from tests.test_figure_in_quote import passes
from tests.test_quote_rules19 import findings

# --- French fractions with the definite article ---------------------------------------


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("25 %", "Bpifrance détient le quart du capital"),
        ("33,3 %", "la famille Dumas le tiers"),
        ("33 %", "la famille Dumas détient le tiers des droits de vote"),
        ("20 %", "L'Europe pèse le cinquième du chiffre d'affaires"),
        ("10 %", "le dixième de ses effectifs"),
        ("~25 %", "environ le quart du capital"),
        ("<25 %", "moins du quart du capital"),
        ("50 %", "la moitié du capital"),
        ("25 %", "l'Etat, qui détient le quart, et la famille"),
    ],
)
def test_a_french_fraction_with_the_definite_article_is_a_share(value: str, quote: str) -> None:
    assert passes(value, quote, "fr")


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("20 %", "le cinquième trimestre consécutif de hausse"),  # an ordinal
        ("25 %", "il a attendu le quart d'heure réglementaire"),
        ("25 %", "éliminé en quart de finale, puis le quart de finale retour"),
        ("33 %", "les pays du tiers-monde"),
        ("33 %", "le tiers payant généralisé"),
        ("33 %", "le quart du capital"),  # another share
        ("20 %", "le tiers du capital"),
    ],
)
def test_what_is_no_share_or_another_share_is_not_found(value: str, quote: str) -> None:
    assert not passes(value, quote, "fr")


@given(
    word=st.sampled_from(
        [("tiers", 3), ("quart", 4), ("cinquième", 5), ("sixième", 6), ("dixième", 10)]
    ),
    after=st.sampled_from(["du capital", "des voix", "de la production", "", ", contre"]),
    percent=st.integers(1, 99),
)
def test_the_definite_fraction_is_found_only_at_its_share(
    word: tuple[str, int], after: str, percent: int
) -> None:
    text, parts = word
    assume(percent != parts)  # "le cinquième" is also read as the ordinal 5
    quote = f"le groupe en détient le {text} {after}".strip()
    share = 100 / parts
    assert passes(f"{percent} %", quote, "fr") == (percent - 0.5 <= share <= percent + 0.5)


# --- English "-fold" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("3x", "Profit rose threefold in the year"),
        ("3", "Profit rose threefold in the year"),
        ("+200 %", "Profit rose threefold in the year"),
        ("2x", "the dividend rose twofold"),
        ("+100 %", "the dividend rose twofold"),
        ("4x", "a fourfold rise in orders"),
        ("+300 %", "a fourfold rise in orders"),
        ("10x", "a tenfold increase in capacity"),
        ("5x", "a five-fold jump"),
        ("3x", "a 3-fold increase"),
        ("2.5x", "sales grew 2.5-fold"),
        ("+150 %", "sales grew 2.5-fold"),
        ("100x", "a hundredfold rise"),
        ("12x", "a twelvefold rise"),
    ],
)
def test_a_fold_is_a_multiple(value: str, quote: str) -> None:
    assert passes(value, quote, "en")


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("4x", "Profit rose threefold in the year"),
        ("+300 %", "Profit rose threefold in the year"),
        ("2x", "the problem is manifold"),
        ("2x", "the scaffold was unfolded"),
    ],
)
def test_a_fold_is_no_other_multiple(value: str, quote: str) -> None:
    assert not passes(value, quote, "en")


@given(times=st.integers(2, 12), other=st.integers(2, 12))
def test_a_fold_in_words_is_its_number(times: int, other: int) -> None:
    words = [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ]
    quote = f"revenue rose {words[times - 2]}fold"
    assert passes(f"{other}x", quote, "en") == (times == other)
    assert passes(f"+{100 * (other - 1)} %", quote, "en") == (times == other)


# --- the audit's reproduction, end to end ------------------------------------------------


def test_the_business_desk_stakes_and_multiples_pass(tmp_path: Path) -> None:
    fr = (
        "source: {id: s, title: t, publisher: p, published: 2024-09-16, language: fr}\n"
        "claims:\n"
        '  - {id: f_bpi, quote: "Bpifrance détient le quart du capital", subject: V,'
        " property: share_held, qualifiers: {holder: B}, value: '25 %'}\n"
        '  - {id: f_dumas, quote: "la famille Dumas le tiers", subject: V,'
        " property: share_held, qualifiers: {holder: D}, value: '33,3 %'}\n"
        "  - {id: f_europe, quote: \"L'Europe pèse le cinquième du chiffre d'affaires\","
        " subject: V, property: revenue_share, qualifiers: {region: E}, value: '20 %'}\n"
    )
    en = (
        "source: {id: s, title: t, publisher: p, published: 2025-11-20, language: en}\n"
        "claims:\n"
        '  - {id: g_profit, quote: "Profit rose threefold in the year", subject: C,'
        " property: net_income_multiple, value: '3x', when: '2025'}\n"
        '  - {id: g_div, quote: "the dividend rose twofold", subject: C,'
        " property: dividend_multiple, value: '2x', when: '2025'}\n"
    )
    for text in (fr, en):
        assert findings(tmp_path, text, "figure-in-quote") == []


@pytest.mark.parametrize(
    ("quote", "shares"),
    [
        ("Bpifrance détient le quart du capital", {25}),
        ("plus du tiers des voix, près du quart des sièges", {Fraction(100, 3), 25}),
        ("la famille Dumas le tiers, l'Etat le cinquième.", {Fraction(100, 3), 20}),
        ("le cinquième trimestre, le quart d'heure, le quart de finale", set()),
        ("le tiers-monde, le tiers payant, les tiers", set()),
    ],
)
def test_the_definite_fractions_of_a_quote(quote: str, shares: set[Fraction]) -> None:
    assert proportions(quote, "fr") == shares
