"""`factcheck extract` on a public-finance and tax desk's copy (audit MAJOR 5).

Each test drafts the sentences the desk's editor skimmed and asserts what the draft says:
the value, the `when`, the note. A frozen threshold is dated by the date the text writes,
a tax rate's "2p" keeps its figure, a change's two ends share their rate, and the parts
of a sum of money take its currency.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.dates import parse_date
from factcheck.extract import DraftClaim, extract
from factcheck.values import parse_value

BUDGET_DAY = date(2024, 10, 31)
TAX_NOTICE_DAY = date(2024, 9, 30)


def valued(text: str, language: str, published: date) -> list[DraftClaim]:
    return [c for c in extract(text, language, published).claims if c.value is not None]


def test_a_figure_frozen_until_a_date_is_dated_by_that_date() -> None:
    text = (
        "The personal allowance remains frozen at £12,570 until April 2028, as announced by"
        " the previous government."
    )
    claims = extract(text, "en_GB", BUDGET_DAY).claims
    [claim] = claims  # one claim: no second claim of a year 2028
    assert (claim.value, claim.when) == ("12,570 GBP", "until April 2028")
    period = parse_date(claim.when or "", "en_GB", BUDGET_DAY)
    assert (period.start, period.end) == (date(2028, 4, 1), date(2028, 4, 30))


def test_a_tax_rates_pence_are_drafted_as_percentage_points_with_a_note() -> None:
    text = (
        "The previous government made two 2p cuts to employee national insurance in 2024,"
        " first from 12 per cent to 10 per cent in January and then to 8 per cent in April."
    )
    [cut] = [c for c in valued(text, "en_GB", BUDGET_DAY) if c.value == "2 pp"]
    assert cut.note is not None
    assert "percentage points" in cut.note and "if it is an amount of pence, write 2p" in cut.note
    assert parse_value(cut.value or "", "en_GB").quantity.unit == parse_value("1 pp").quantity.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Royal Mail raised the price of a first-class stamp to 85p.", ["85 p"]),
        ("The basic rate was cut by 1p in the pound.", ["-1 pp"]),
    ],
)
def test_pence_are_pence_except_in_a_tax_rate(text: str, expected: list[str]) -> None:
    assert [c.value for c in valued(text, "en_GB", BUDGET_DAY)] == expected


def test_a_rate_written_after_a_from_to_change_is_both_ends_rate() -> None:
    text = "The threshold at which employers start paying will fall from £9,100 to £5,000 a year."
    assert [c.value for c in valued(text, "en_GB", BUDGET_DAY)] == [
        "9,100 GBP/year",
        "5,000 GBP/year",
    ]
    text = "Le loyer passe de 900 à 1 000 euros par mois."
    assert [c.value for c in valued(text, "fr", BUDGET_DAY)] == ["900 EUR/month", "1 000 EUR/month"]


def test_the_parts_of_a_sum_of_money_take_its_currency_across_a_sentence() -> None:
    text = (
        "Les recettes fiscales de la commune atteignent 14,6 millions d'euros en 2024. La taxe"
        " foncière sur les propriétés bâties en représente l'essentiel, 11,2 millions, devant la"
        " taxe d'habitation sur les résidences secondaires (1,3 million), la taxe sur le foncier"
        " non bâti (0,2 million) et les droits de mutation (1,9 million)."
    )
    assert [c.value for c in valued(text, "fr", TAX_NOTICE_DAY)] == [
        "14,6 million EUR",
        "11,2 million EUR",
        "1,3 million EUR",
        "0,2 million EUR",
        "1,9 million EUR",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone bare amount in the next sentence may count people: left bare
        (
            "Le budget est de 12 millions d'euros. La région compte 2 millions.",
            ["12 million EUR", "2 million"],
        ),
        # a noun of its own is counted, never money
        (
            "Le budget est de 12 millions d'euros. La ville compte 2 millions de visiteurs.",
            ["12 million EUR", "2 million person"],
        ),
    ],
)
def test_a_bare_amount_after_a_sum_of_money_is_not_always_money(
    text: str, expected: list[str]
) -> None:
    assert [c.value for c in valued(text, "fr", TAX_NOTICE_DAY)] == expected
