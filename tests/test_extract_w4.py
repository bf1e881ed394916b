"""`factcheck extract`: the session-20 leftovers of the sports, courts and business desks.

Each test drafts a sentence of the family a desk reported and asserts what the editor sees
in the draft: the values, their `when`, property and note.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import DraftClaim, extract
from factcheck.values import parse_value

PUBLISHED = date(2025, 11, 20)


def claims(text: str, language: str) -> list[DraftClaim]:
    return extract(text, language, PUBLISHED).claims


def values(text: str, language: str) -> list[str]:
    return [c.value for c in claims(text, language) if c.value is not None]


# --- sports 18: a number in words that is part of a name -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prendergast kicks Ireland to the Six Nations title.",
        "Ireland are Six Nations champions again after the win.",
        "The Formula One teams met the FIA.",
    ],
)
def test_a_capitalised_number_word_inside_a_name_is_no_figure(text: str) -> None:
    assert values(text, "en_GB") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is Ireland's fourth title in six championships.", ["6"]),
        ("Six Britons died in the crash.", ["6"]),
    ],
)
def test_a_number_word_in_lower_case_or_opening_a_sentence_still_counts(
    text: str, expected: list[str]
) -> None:
    assert values(text, "en_GB") == expected


# --- sports 19: a goal's minute is no rank, "90e+3" is no 90 and 3 ---------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Mason Greenwood a ouvert le score avant que Thauvin n'égalise à la 38e.", "fr", []),
        ("Hojbjerg a marqué sur penalty à la 90e+3, et l'OM a gagné.", "fr", []),
        (
            "Ireland scored three tries, through Dan Sheehan (48th) and Jack Crowley (71st).",
            "en_GB",
            ["3"],
        ),
        ("Kane scored the winning goal in the 90+3rd minute.", "en_GB", []),
        ("Salah (90+3) scored the winner of the match.", "en_GB", []),
    ],
)
def test_a_goals_minute_in_a_match_is_no_figure(
    text: str, language: str, expected: list[str]
) -> None:
    assert values(text, language) == expected


@given(minute=st.integers(1, 90), added=st.integers(1, 9))
@settings(max_examples=25, deadline=None)
def test_any_minute_of_added_time_is_no_figure(minute: int, added: int) -> None:
    text = f"Le PSG a égalisé sur penalty à la {minute}e+{added}, puis a gagné le match."
    assert values(text, "fr") == []


def test_a_place_after_a_la_is_still_a_rank() -> None:
    [claim] = [c for c in claims("Elle a terminé à la 3e place du match.", "fr") if c.value]
    assert (claim.value, claim.property) == ("3", "rank")


# --- courts D: ages, sentences, day-fines ---------------------------------------------------


def test_an_accuseds_age_is_not_dated_by_the_facts_told_after_it() -> None:
    text = (
        "Douze ans de réclusion contre l'accusé de 34 ans, jugé pour avoir tué un chauffeur"
        " de taxi en mars 2023."
    )
    [age] = [c for c in claims(text, "fr") if c.value == "34 year"]
    assert (age.property, age.when) == ("age", None)


def test_an_age_whose_sentence_dates_it_keeps_that_date() -> None:
    [age] = [c for c in claims("Un motard de 34 ans a été tué dimanche.", "fr") if c.value]
    assert (age.property, age.when) == ("age", "16 novembre 2025")


def test_a_notional_sentence_is_no_age() -> None:
    text = "The judge said the sentence after a trial would have been 11 years and three months."
    [claim] = claims(text, "en_GB")
    assert claim.value == "11 year 3 month"
    assert claim.property != "age"


def test_would_have_been_with_a_bare_number_is_still_an_age() -> None:
    [claim] = [c for c in claims("Liam would have been 29 today.", "en_GB") if c.value]
    assert (claim.value, claim.property) == ("29 year", "age")


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("Il a été condamné à 100 jours-amende à 15 euros.", "fr", "100"),
        ("Elle écope de 60 jours-amendes de 10 euros.", "fr", "60"),
        ("He was fined 90 day-fines.", "en_GB", "90"),
        ("He was ordered to pay 90 day fines.", "en_GB", "90"),
    ],
)
def test_day_fines_are_a_bare_count_never_days(text: str, language: str, count: str) -> None:
    [claim] = [c for c in claims(text, language) if c.value == count]
    assert claim.property == "day_fines"
    assert all("day" not in (c.value or "").split() for c in claims(text, language))


# --- business D: fiscal quarters, exchange rates, offer thresholds --------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le chiffre d'affaires a progressé de 5 % au premier trimestre de l'exercice"
            " 2025-2026 (juillet à septembre).",
            "fr",
        ),
        ("Revenue rose 5% in the fiscal first quarter.", "en_US"),
        ("Revenue rose 5% in the first quarter of fiscal 2026.", "en_US"),
        ("Revenue rose 5% in fiscal Q1 2026.", "en_US"),
    ],
)
def test_a_fiscal_quarter_is_no_calendar_quarter(text: str, language: str) -> None:
    [claim] = claims(text, language)
    assert claim.value == "5 %"
    assert claim.when is None
    assert claim.note is not None
    assert "part of a financial year" in claim.note and "financial_year_start" in claim.note


def test_a_fiscal_quarter_without_its_year_says_to_write_the_year() -> None:
    [claim] = claims("Revenue rose 5% in the fiscal first quarter.", "en_US")
    assert claim.note is not None and "the quarter with its year (Q1 FY2026)" in claim.note


def test_a_calendar_quarter_stays_dated() -> None:
    [claim] = claims("Revenue rose 5% in the first quarter of 2026.", "en_US")
    assert claim.when == "the first quarter of 2026"


def test_a_split_financial_year_gives_no_figure_of_its_second_year() -> None:
    text = "Les ventes ont atteint 3 millions d'euros sur l'exercice 2024-2025."
    [claim] = claims(text, "fr")
    assert claim.value == "3 million EUR" and claim.when is None
    assert claim.note is not None and '"exercice 2024-2025" is a financial year' in claim.note


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("au cours moyen de 1,1612 dollar pour un euro.", "fr", "1,1612 USD/EUR"),
        ("Le taux : 1 euro = 1,16 dollar.", "fr", "1,16 USD/EUR"),
        ("Sterling traded at $1.29 to the pound.", "en_GB", "1.29 USD/GBP"),
        ("The rate was 0.87 pounds per euro.", "en_GB", "0.87 GBP/EUR"),
    ],
)
def test_an_exchange_rate_is_one_currency_per_another(
    text: str, language: str, expected: str
) -> None:
    assert values(text, language) == [expected]
    parse_value(expected, language)  # a value verify reads


def test_a_change_to_an_amount_is_no_exchange_rate() -> None:
    assert values("The price rose from $1.20 to $1.35.", "en_GB") == ["1.20 USD", "1.35 USD"]


@given(units=st.integers(1, 9), cents=st.integers(0, 9999))
@settings(max_examples=25, deadline=None)
def test_any_rate_per_euro_is_drafted_whole(units: int, cents: int) -> None:
    text = f"au cours moyen de {units},{cents:04d} dollar pour un euro."
    assert values(text, "fr") == [f"{units},{cents:04d} USD/EUR"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'offre sera caduque au-delà de 50 % du capital.", "fr"),
        ("L'offre prévoit un seuil de renonciation de 50 % du capital.", "fr"),
        ("The offer is subject to a 90% acceptance threshold.", "en_GB"),
    ],
)
def test_an_offers_threshold_is_no_shareholding(text: str, language: str) -> None:
    [claim] = [c for c in claims(text, language) if c.value]
    assert claim.property == "threshold"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Orcadia, qui détient 35 % du capital, a fixé un seuil de 50 %.",
            "fr",
            ["share_held", "threshold"],
        ),
        (
            "BidCo owns 29.8% of the shares and needs 90% acceptances.",
            "en_GB",
            ["share_held", "threshold"],
        ),
    ],
)
def test_a_stake_beside_a_threshold_stays_a_stake(
    text: str, language: str, expected: list[str]
) -> None:
    assert [c.property for c in claims(text, language) if c.value] == expected
