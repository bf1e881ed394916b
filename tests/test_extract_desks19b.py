"""`factcheck extract`: what the desks' audits left over (Ho-F10, El-F9, H-F11, En-F7).

Each test drafts the sentence an editor would have skimmed and asserts what the editor
sees in the draft: the value, the property, the `when`, the qualifiers.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import parse_date
from factcheck.extract import DraftClaim, extract
from factcheck.values import parse_value

NOV_2026 = date(2026, 11, 30)


def valued(text: str, language: str, published: date = NOV_2026) -> list[DraftClaim]:
    return [c for c in extract(text, language, published).claims if c.value is not None]


def values(text: str, language: str, published: date = NOV_2026) -> list[str | None]:
    return [c.value for c in valued(text, language, published)]


def whens(text: str, language: str, published: date = NOV_2026) -> dict[str | None, str | None]:
    return {c.value: c.when for c in valued(text, language, published)}


# --- a sentence's price per square metre -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il y a un an, le mètre carré parisien se négociait encore à 9 830 euros.",
            ["9 830 EUR/m²"],
        ),
        ("Le prix du mètre carré repasse sous les 9 500 euros.", ["<9 500 EUR/m²"]),
        (
            "Le prix médian atteint 5 310 euros le mètre carré (-2,9 % sur un an), et en grande"
            " couronne, à 3 280 euros (-1,8 %).",
            ["5 310 EUR/m²", "-2,9 %", "3 280 EUR/m²", "-1,8 %"],
        ),
        (
            "Le 6e demeure le plus cher, à 13 950 euros le mètre carré, tandis que le 19e ferme"
            " la marche à 7 680 euros.",
            ["13 950 EUR/m²", "7 680 EUR/m²"],
        ),
    ],
)
def test_the_sentences_square_metre_is_every_amounts(text: str, expected: list[str]) -> None:
    drafted = [v for v in values(text, "fr", date(2026, 11, 26)) if v not in ("6", "19")]
    assert drafted == expected
    for value in drafted:
        assert value is not None
        parse_value(value, "fr")  # verify reads what the draft writes


@pytest.mark.parametrize(
    "text",
    [
        # an area in the sentence: the price is the flat's
        "Le mètre carré vaut 9 420 euros, soit 612 300 euros pour un 65 m².",
        # a total, ten times the price of a square metre
        "Le prix atteint 9 420 € le m², soit 612 300 euros pour un deux-pièces.",
        # a scale word: a total
        "Le mètre carré vaut 9 420 euros, et les ventes ont rapporté 1,2 million d'euros.",
    ],
)
def test_an_amount_the_square_metre_is_not_clearly_of_stays_bare(text: str) -> None:
    amounts = [v for v in values(text, "fr") if v is not None and "EUR" in v]
    assert any(v.endswith(" EUR") for v in amounts)


def test_a_price_per_square_metre_alone_is_untouched() -> None:
    assert values("Un appartement de 65 m² coûte 600 000 euros.", "fr") == [
        "65 m²",
        "600 000 EUR",
    ]


# --- a sentence's day dates all its figures ----------------------------------------------------


def test_a_sentences_day_dates_every_figure_after_it() -> None:
    text = (
        "Au second tour, dimanche 29 novembre, Claire Le Goff a obtenu 20 917 voix, soit"
        " 54,4 % des suffrages exprimés, contre 17 532 voix à Yannick Riou."
    )
    assert whens(text, "fr") == {
        "20 917": "dimanche 29 novembre",
        "54,4 %": "dimanche 29 novembre",
        "17 532": "dimanche 29 novembre",
    }
    text = (
        "La candidate Claire Le Goff a remporté dimanche 29 novembre le second tour de"
        " l'élection, avec 20 917 voix, soit 54,4 % des suffrages exprimés."
    )
    assert whens(text, "fr")["54,4 %"] == "dimanche 29 novembre"
    text = (
        "Le 22 novembre, Yannick Riou était arrivé en tête avec 33,8 % des voix, devant"
        " Claire Le Goff (31,2 %)."
    )
    assert set(whens(text, "fr").values()) == {"22 novembre"}


@pytest.mark.parametrize(
    "text",
    [
        # the day the text was told
        "Revenue rose 5% to $3bn, the company said on Monday.",
        # a day to come
        "Une marche blanche est prévue samedi 5 décembre, dans une commune de 3 010 habitants.",
        # a noun's day
        "Elle reste inférieure à celle du second tour du dimanche 7 juillet 2024, qui avait"
        " atteint 66,9 %, soit 25 points de plus.",
    ],
)
def test_a_day_that_is_not_the_figures_dates_none(text: str) -> None:
    dated = whens(text, "en" if "company" in text else "fr")
    assert dated.get("5 %") is None
    assert dated.get("3 010 person") is None
    assert dated.get("25 pp") is None


def test_the_day_an_item_of_a_list_happened_does_not_date_the_next() -> None:
    text = "Un ouvrier est mort lundi 23 novembre, et deux baigneurs se sont noyés."
    assert whens(text, "fr")["2"] is None


# --- two days with their weekdays are one period -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        (
            "Baggage handlers went on strike on Friday 30 and Saturday 31 October.",
            "en_GB",
            "Friday 30 and Saturday 31 October",
        ),
        (
            "Les contrôleurs étaient en grève vendredi 30 et samedi 31 octobre.",
            "fr",
            "vendredi 30 et samedi 31 octobre",
        ),
    ],
)
def test_two_weekdays_and_their_days_are_one_range(text: str, language: str, written: str) -> None:
    published = date(2026, 11, 20)
    claims = extract(text, language, published).claims
    assert [c.when for c in claims] == [written]
    period = parse_date(written, language, published)
    assert (period.start, period.end) == (date(2026, 10, 30), date(2026, 10, 31))


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 30)))
def test_any_two_days_with_their_weekdays_are_read_as_verify_reads_them(first: date) -> None:
    second = first + timedelta(days=1)
    if second.month != first.month:
        return
    phrase = (
        f"{calendar.day_name[first.weekday()]} {first.day} and"
        f" {calendar.day_name[second.weekday()]} {second.day} {calendar.month_name[first.month]}"
        f" {first.year}"
    )
    claims = extract(f"The strike ran on {phrase}.", "en_GB", date(2031, 1, 1)).claims
    assert [c.when for c in claims] == [phrase]
    period = parse_date(phrase, "en_GB", date(2031, 1, 1))
    assert (period.start, period.end) == (first, second)


# --- a change on a dated baseline --------------------------------------------------------------


def test_a_change_on_a_dated_baseline_is_of_the_current_period() -> None:
    published = date(2026, 11, 19)
    text = (
        "Heathrow handled 7.1 million passengers in October, up 2.9% on the 6.9 million it"
        " served in October 2025, the airport said on Tuesday."
    )
    dated = whens(text, "en_GB", published)
    assert dated["2.9 %"] == "October 2026"
    assert dated["6.9 million"] == "October 2025"
    told = [c.when for c in extract(text, "en_GB", published).claims if c.value is None]
    assert told == ["17 November 2026"]  # the day it was said: a claim of its own


# --- pay is no profit --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Average hourly earnings rose 11 cents.",
        "Real weekly earnings fell $2.",
        "Workers' hourly earnings rose $2.",
    ],
)
def test_hourly_earnings_are_pay(text: str) -> None:
    assert [c.property for c in valued(text, "en", date(2026, 11, 6))] == ["pay"]


def test_a_companys_earnings_are_still_profit() -> None:
    drafted = valued("Quarterly earnings rose to $3bn.", "en", date(2026, 11, 6))
    assert [c.property for c in drafted] == ["profit"]


# --- a band is two claims ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The Fed narrowed its range to 4.25%-4.50%.", "en", ["4.25 %", "4.50 %"]),
        ("The Fed held its target range at 3.50%-3.75%.", "en", ["3.50 %", "3.75 %"]),
        ("The Fed set a target range of 3.50 to 3.75%.", "en", ["3.50 %", "3.75 %"]),
        ("La BCE fixe sa fourchette cible de 2 % à 2,25 %.", "fr", ["2 %", "2,25 %"]),
    ],
)
def test_a_band_is_two_claims_one_per_end(text: str, language: str, expected: list[str]) -> None:
    drafted = valued(text, language, date(2026, 11, 6))
    assert [c.value for c in drafted] == expected
    assert [c.qualifiers.get("end") for c in drafted] == ["lower", "upper"]
    assert all(c.property != "share_held" for c in drafted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation rose to 2-3%.", ["2 to 3 %"]),
        ("Growth of 2% to 3% is expected.", ["2 to 3 %"]),
    ],
)
def test_a_range_is_still_one_figure(text: str, expected: list[str]) -> None:
    assert values(text, "en") == expected


@given(
    st.integers(min_value=0, max_value=900).map(lambda n: n * 25),
    st.sampled_from([25, 50]),
)
def test_any_dashed_band_of_rates_is_its_two_ends(low: int, width: int) -> None:
    def rate(hundredths: int) -> str:
        return f"{hundredths // 100}.{hundredths % 100:02d}%"

    text = f"The Fed narrowed its range to {rate(low)}-{rate(low + width)}."
    drafted = valued(text, "en", date(2026, 11, 6))
    assert [c.value for c in drafted] == [
        rate(low).replace("%", " %"),
        rate(low + width).replace("%", " %"),
    ]
