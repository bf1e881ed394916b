"""`factcheck extract`: what the culture/media and the farming/food desks found.

Each test drafts the sentence of the desk's copy and asserts what the editor sees in the
draft: the value (one `verify` reads the same way), the `when`, the note, the claims there
are and those there are not.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import extract
from factcheck.values import parse_value
from tests.test_extract_desks import valued

NOV_2025 = date(2025, 11, 19)
DEC_2025 = date(2025, 12, 16)
SEP_2024 = date(2024, 9, 6)
AUG_2025 = date(2025, 8, 12)


def values(text: str, language: str, published: date = NOV_2025) -> list[str | None]:
    return [c.value for c in valued(text, language, published)]


# --- a part after "dont", "of which", "including" takes the whole's currency and unit ---------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Il cumule 18,4 millions de dollars, dont 6,1 millions aux États-Unis.",
            "fr",
            ["18,4 million USD", "6,1 million USD"],
        ),
        (
            "Le budget est de 2 milliards d'euros, dont 600 millions pour la voirie.",
            "fr",
            ["2 milliard EUR", "600 million EUR"],
        ),
        (
            "La récolte atteint 26,3 millions de tonnes, dont 7,5 millions pour l'export.",
            "fr",
            ["26,3 million t", "7,5 million t"],
        ),
        (
            "It has grossed $18.4 million, of which 6.1 million came from the US.",
            "en",
            ["18.4 million USD", "6.1 million USD"],
        ),
        (
            "The budget is £4.2bn, including 1.1bn for roads.",
            "en",
            ["4.2 billion GBP", "1.1 billion GBP"],
        ),
    ],
)
def test_a_scaled_part_takes_the_currency_and_unit_of_its_whole(
    text: str, language: str, expected: list[str]
) -> None:
    drafted = values(text, language)
    assert drafted == expected
    whole, part = (parse_value(v or "", language).quantity for v in drafted)
    assert part.unit == whole.unit


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the part counts its own noun: no money
        (
            "Il cumule 18,4 millions de dollars, dont 6,1 millions d'entrées.",
            "fr",
            ["18,4 million USD", "6,1 million"],
        ),
        (
            "Il cumule 18,4 millions de dollars, dont 6,1 millions de spectateurs.",
            "fr",
            ["18,4 million USD", "6,1 million person"],
        ),
        (
            "The film made $18.4 million, including 6.1 million viewers in the US.",
            "en",
            ["18.4 million USD", "6.1 million"],
        ),
    ],
)
def test_a_scaled_part_with_its_own_noun_keeps_it(
    text: str, language: str, expected: list[str]
) -> None:
    assert values(text, language) == expected


# --- farm units: kept where verify reads them, never dropped in silence ----------------------


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        ("The crop is a record 16.742 billion bushels.", "en", AUG_2025, "16.742 billion bu"),
        ("It came on a yield of 188.8 bushels per acre.", "en", AUG_2025, "188.8 bu/acre"),
        ("Iowa expects 205 bu/ac this year.", "en", AUG_2025, "205 bu/acre"),
        ("He faces total costs of $1,180 an acre.", "en", AUG_2025, "1,180 USD/acre"),
        ("Futures settled at $5.40 a bushel.", "en", AUG_2025, "5.40 USD/bu"),
        ("Le poids spécifique n'atteint que 74 kg/hl.", "fr", SEP_2024, "74 kg/hL"),
        ("Le rendement s'établit à 62 quintaux à l'hectare.", "fr", SEP_2024, "62 q/ha"),
        ("Le rendement tombe à 55 q/ha.", "fr", SEP_2024, "55 q/ha"),
        ("La tonne cotait 215 €/t, soit 21,50 € le quintal.", "fr", SEP_2024, "21,50 EUR/q"),
        ("Le vignoble produit 45 hl/ha.", "fr", SEP_2024, "45 hL/ha"),
        ("Le fermage atteint 1 600 € par hectare.", "fr", SEP_2024, "1 600 EUR/ha"),
    ],
)
def test_a_farm_unit_verify_reads_is_drafted(
    text: str, language: str, published: date, expected: str
) -> None:
    claims = valued(text, language, published)
    assert [c.value for c in claims][-1] == expected
    assert claims[-1].note is None
    written = parse_value(expected, language).quantity
    assert parse_value(claims[-1].value or "", language).quantity == written


def test_a_campaign_stays_whole_with_a_note() -> None:
    text = (
        "FranceAgriMer anticipe des exportations de 7,5 Mt pour la campagne 2024/2025, contre"
        " 10,2 Mt lors de la campagne précédente. La Chine, premier client en 2023/2024, a"
        " disparu."
    )
    claims = extract(text, "fr", SEP_2024).claims
    assert [(c.value, c.when) for c in claims] == [
        ("7,5 Mt", "2024/2025"),
        ("10,2 Mt", None),  # the previous campaign: not 2024/2025
        (None, "2023/2024"),  # one date claim, never 2023 and 2024 apart
    ]
    assert "campaign" in (claims[0].note or "") and "30 juin 2025" in (claims[0].note or "")
    assert "campagne précédente" in (claims[1].note or "")
    text = "Ending stocks for the 2025/26 marketing year were projected at 2.117 billion bushels."
    (claim,) = valued(text, "en", AUG_2025)
    assert (claim.value, claim.when) == ("2.117 billion bu", "2025/26")
    assert "marketing year" in (claim.note or "")


def test_a_season_of_a_noun_dates_no_other_clause() -> None:
    text = (
        "Les pluies de l'automne ont d'abord empêché les semis : la sole de blé tendre recule à"
        " 4,24 millions d'hectares. Cet automne, les semis atteignent 3 millions d'hectares."
    )
    whens = {c.value: c.when for c in valued(text, "fr", SEP_2024)}
    assert whens == {"4,24 million ha": None, "3 million ha": "automne 2024"}


# --- CBOT prices in fractions of a cent: one claim, no value, a note with the decimal --------


def test_a_price_in_fractions_of_a_cent_is_never_shredded() -> None:
    text = (
        "December corn futures settled down 12-3/4 cents at $3.83-3/4 a bushel on Tuesday."
        " November soybeans rose 1/2 cent to $10.17-1/2."
    )
    claims = [c for c in extract(text, "en", AUG_2025).claims if c.note]
    assert [c.value for c in extract(text, "en", AUG_2025).claims] == [None] * 4
    notes = [c.note or "" for c in claims]
    assert len(notes) == 4
    for note, decimal in zip(
        notes, ["0.1275 USD", "3.8375 USD", "0.005 USD", "10.175 USD"], strict=True
    ):
        assert f'"{decimal}"' in note
        parse_value(decimal, "en")  # the decimal the note gives is one verify reads
    assert "12.75 cents" in notes[0]


# --- culture copy ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["un drame de deux heures vingt.", "Le film dure 2 heures 20."])
def test_hours_and_their_minutes_are_one_length(text: str) -> None:
    assert values(text, "fr") == ["2 hour 20 minute"]
    assert parse_value("2 hour 20 minute", "fr").quantity.interval.nominal == 140


def test_a_chart_number_makes_no_proportion() -> None:
    text = "The series reached the top 10 in 87 countries. One in eight viewers watched it live."
    assert values(text, "en", DEC_2025) == ["87"]


def test_a_price_per_acre_beside_an_amount_is_named_per_acre() -> None:
    text = (
        "The university estimates it costs about $4.60 to grow a bushel of corn, and total"
        " costs of $1,180 an acre."
    )
    claims = valued(text, "en", AUG_2025)
    assert [(c.property, c.value) for c in claims] == [
        ("cost", "~4.60 USD"),
        ("cost_per_acre", "1,180 USD/acre"),  # never two units of cost: consistent-units
    ]
