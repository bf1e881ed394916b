"""`factcheck extract` on a tech & telecoms desk's copy (audit M8).

Each test drafts the sentence an editor would have skimmed and asserts what the editor sees
in the draft: the value with its unit, the `when`, the claims there are and are not.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import DraftClaim, extract
from factcheck.values import parse_value

OCT_2025 = date(2025, 10, 23)
SEP_2025 = date(2025, 9, 9)


def valued(text: str, language: str, published: date = OCT_2025) -> list[DraftClaim]:
    return [c for c in extract(text, language, published).claims if c.value or c.note]


def values(text: str, language: str, published: date = OCT_2025) -> list[str | None]:
    return [c.value for c in valued(text, language, published)]


# --- the headline figure is not dated by its baseline -------------------------------------------


def test_a_quarter_after_par_rapport_au_dates_the_baseline_only() -> None:
    text = (
        "Son chiffre d'affaires atteint 2,46 milliards d'euros, en hausse de 3,4 % par rapport "
        "au troisième trimestre 2024 (2,38 milliards d'euros)."
    )
    dated = {c.value: c.when for c in valued(text, "fr")}
    assert dated == {
        "2,46 milliard EUR": None,
        "3,4 %": None,
        "2,38 milliard EUR": "troisième trimestre 2024",
    }


# --- units are kept, as verify reads them -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le forfait promet un débit de 8 Gbit/s et une latence de 12 ms.", "fr",
         ["8 Gbit/s", "12 ms"]),
        ("Veridia a confirmé sa candidature à la bande des 26 GHz.", "fr", ["26 GHz"]),
        ("Over 5G, Nimbus promises download speeds of up to 4 Gbps.", "en", ["<=4 Gbps"]),
        ("The 6.3-inch display now refreshes at up to 120Hz.", "en", ["6.3 inch", "<=120 Hz"]),
        ("The battery grows to 4,680mAh.", "en", ["4,680 mAh"]),
        ("The phone starts at $999 with 256GB of storage.", "en", ["999 USD", "256 GB"]),
        ("The 512GB model is $1,199 and the 1TB model $1,399.", "en",
         ["512 GB", "1,199 USD", "1 TB", "1,399 USD"]),
        ("The N5 chip is built on a 3nm process, clocked at up to 4.2GHz.", "en",
         ["3 nm", "<=4.2 GHz"]),
        ("The cost of 12GB of RAM has risen.", "en", ["12 GB"]),
    ],
)  # fmt: skip
def test_tech_units_are_drafted_with_the_figure(
    text: str, language: str, expected: list[str]
) -> None:
    drafted = values(text, language)
    assert drafted == expected
    for value in drafted:
        assert value is not None
        parse_value(value, language)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("L'offre comprend 150 Go de données en 5G.", "150 Go"),
        ("Le débit atteint 1 Go par seconde.", "1 Go/s"),
    ],
)
def test_french_bytes_are_drafted_as_written(text: str, written: str) -> None:
    (claim,) = valued(text, "fr")
    assert claim.value == written
    assert parse_value(written, "fr").quantity.unit != parse_value("2", "fr").quantity.unit


# --- a number in a name, a spread and a change since are no bound nor forecast --------------------


def test_a_number_in_a_name_is_no_figure() -> None:
    text = "Over 5G, Nimbus promises download speeds of up to 4 Gbps, and Wi-Fi 7 support."
    assert values(text, "en", SEP_2025) == ["<=4 Gbps"]


def test_over_after_an_amount_spreads_it_and_bounds_nothing() -> None:
    text = (
        "It costs $99.99 a year if paid upfront - a saving of $19.89 over twelve monthly payments."
    )
    assert values(text, "en", SEP_2025) == ["99.99 USD/year", "19.89 USD", "12"]
    assert values("It drew over 12,000 fans.", "en") == [">12,000"]


def test_a_rise_since_a_month_after_a_colon_is_no_forecast_and_has_no_when() -> None:
    text = (
        "Tally Research cautioned that its outlook for the fourth quarter, when shipments are "
        "expected to grow between 1% and 2%, was clouded by rising memory prices: the cost of "
        "12GB of RAM for a flagship phone has risen 25% since June, Whitfield said."
    )
    claims = {c.value: c for c in valued(text, "en_US", date(2025, 10, 14))}
    assert claims["1 to 2 %"].kind == "forecast"
    rise = claims["25 %"]
    assert (rise.kind, rise.when) == ("fact", None)
    assert rise.note is not None and '("since June 2025")' in rise.note
