"""`factcheck extract`: a fact-checking unit's and an obituary desk's drafts (FU-9, O-6, O-7).

Each test drafts the sentence the desk wrote and asserts what the editor sees in the draft:
the value, its `when` (one `verify` reads), its kind, its property.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import parse_date
from factcheck.extract import DraftClaim, extract
from factcheck.values import parse_value

NOV_26 = date(2026, 11, 26)
NOV_30 = date(2026, 11, 30)
DEC_1 = date(2026, 12, 1)


def claims(text: str, language: str, published: date = NOV_30) -> list[DraftClaim]:
    return extract(text, language, published).claims


def values(text: str, language: str, published: date = NOV_30) -> list[str | None]:
    return [c.value for c in claims(text, language, published) if c.value is not None]


def by_value(text: str, language: str, published: date = NOV_30) -> dict[str | None, DraftClaim]:
    return {c.value: c for c in claims(text, language, published) if c.value is not None}


# --- FU-9: a part of a scale word, a half of a duration -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Tom Bradley said unemployment had "gone up by a quarter of a million since the'
            ' election".',
            "250,000",
        ),
        ("Some half a million people left the city.", "~500,000 person"),
        ("The scheme cost a quarter of a billion pounds.", "250 million GBP"),
        ("Three quarters of a million jobs went.", "750,000 person"),
    ],
)
def test_a_part_of_a_scale_word_is_one_number(text: str, expected: str) -> None:
    drafted = values(text, "en_GB", NOV_26)
    assert drafted == [expected]  # never a 25 % and a "1 million"
    parse_value(expected, "en_GB")


def test_a_fraction_of_a_whole_is_still_a_percentage() -> None:
    assert values("About a fifth of voters stayed home.", "en_GB") == ["~20 %"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La dette a augmenté de 1 224 milliards en huit ans et demi.", "fr", "8,5 year"),
        ("Il a passé 2 ans et demi en prison.", "fr", "2,5 year"),
        ("He served two years and a half in prison.", "en_GB", "2.5 year"),
    ],
)
def test_a_duration_and_a_half(text: str, language: str, expected: str) -> None:
    assert expected in values(text, language)
    parse_value(expected, language)


# --- FU-9, O-7: years of a list, seasons, periods of months ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Une part est liée à la crise sanitaire de 2020 et 2021.",
        "Il sera réélu quatre fois, en 1983, 1989, 1995 et 2001.",
    ],
)
def test_years_of_a_list_are_no_values(text: str) -> None:
    drafted = values(text, "fr")
    assert not any(v is not None and v.strip("0123456789") == "" and len(v) == 4 for v in drafted)


def test_seasons_from_one_to_another_are_a_period() -> None:
    text = "Over 15 seasons, from 1957-58 to 1971-72, he scored 212 league goals."
    drafted = by_value(text, "en_GB", date(2026, 11, 27))
    assert set(drafted) == {"15", "212"}  # no "58 to 1971", no ">15" ("over" is during)
    assert drafted["212"].when == "from 1957-58 to 1971-72"
    parse_date("from 1957-58 to 1971-72", "en_GB", date(2026, 11, 27))


@pytest.mark.parametrize(
    ("text", "language", "when"),
    [
        (
            "The ONS estimates that 1.72 million people were unemployed in the three months to"
            " September 2026.",
            "en_GB",
            "the three months to September 2026",
        ),
        (
            "Employment rose by 120,000 in July to September 2026.",
            "en_GB",
            "July to September 2026",
        ),
        (
            "L'emploi a progressé de 0,3 % de juillet à septembre 2026.",
            "fr",
            "de juillet à septembre 2026",
        ),
        (
            "Le chômage a touché 2,4 millions de personnes sur les trois mois à fin septembre"
            " 2026.",
            "fr",
            "sur les trois mois à fin septembre 2026",
        ),
    ],
)
def test_a_period_of_months_is_one_when(text: str, language: str, when: str) -> None:
    (claim,) = [c for c in claims(text, language) if c.value is not None]
    assert claim.when == when
    period = parse_date(when, language, NOV_30)
    assert (period.start, period.end) == (date(2026, 7, 1), date(2026, 9, 30))
    assert all(c.value is not None for c in claims(text, language))  # no September alone


@given(st.sampled_from(["three", "six", "nine", "3", "6"]), st.integers(1, 12))
def test_the_months_to_a_month_are_that_many(count: str, month: int) -> None:
    months = {"three": 3, "six": 6, "nine": 9}.get(count) or int(count)
    name = date(2026, month, 1).strftime("%B")
    text = f"Output grew 1.2% in the {count} months to {name} 2026."
    (claim,) = [c for c in claims(text, "en_GB", date(2026, 12, 31)) if c.value is not None]
    assert claim.when == f"the {count} months to {name} 2026"
    period = parse_date(claim.when, "en_GB", date(2026, 12, 31))
    spanned = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month
    assert spanned + 1 == months


# --- FU-9: GDP is no debt ---------------------------------------------------------------------


def test_gdp_is_not_the_debt_it_is_compared_with() -> None:
    text = (
        "Rapportée au produit intérieur brut des quatre derniers trimestres, 3 007 milliards"
        " d'euros, la dette représentait 115,8 % du PIB à fin juin 2026."
    )
    assert by_value(text, "fr")["3 007 milliard EUR"].property == "gdp"
    assert by_value("La dette atteint 3 482 milliards d'euros.", "fr")[
        "3 482 milliard EUR"
    ].property == ("debt")
    assert by_value("GDP reached $29 trillion last year.", "en_US")["29 trillion USD"].property == (
        "gdp"
    )


# --- O-6: goals scored, the historical future --------------------------------------------------


def test_goals_not_after_a_number_are_scored_not_aimed_at() -> None:
    text = (
        "Tommy Hargreaves, the centre-forward whose goals brought the league title to Turf"
        " Moor in 1960, has died aged 87. In the 1959-60 season he scored 28 league goals."
    )
    drafted = claims(text, "en_GB", date(2026, 11, 27))
    assert {c.kind for c in drafted} == {"fact"}
    assert [c.property for c in drafted if c.value == "87 year"] == ["age"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Its goal is 80 wins this season.", "80"),
        ("The goal of 65,000 recruits was missed.", "65,000 person"),
        ("The club aims to score 80 goals.", "80"),
    ],
)
def test_an_aim_is_still_a_target(text: str, value: str) -> None:
    assert by_value(text, "en_GB")[value].kind == "target"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Il sera réélu quatre fois, en 1983, 1989, 1995 et 2001.", "4"),
        ("Il tiendra parole : « Dernier Hiver » sort le 9 novembre 2011, après 26 films.", "26"),
        ("Suivront 26 autres longs-métrages, de 1968 à 2011.", "26"),
    ],
)
def test_the_historical_future_of_a_past_year_is_a_fact(text: str, value: str) -> None:
    drafted = claims(text, "fr", DEC_1)
    assert by_value(text, "fr", DEC_1)[value].kind == "fact"
    assert {c.kind for c in drafted} == {"fact"}


@pytest.mark.parametrize(
    "text",
    [
        "La dette sera de 3 500 milliards d'euros en 2027.",
        "Les obsèques seront célébrées lundi 7 décembre, en présence de 300 personnes.",
        # a forecast word, not a future tense: still a forecast
        "Le déficit devrait atteindre 5 % du PIB, après 2019.",
    ],
)
def test_a_future_of_the_future_stays_a_forecast(text: str) -> None:
    assert "forecast" in {c.kind for c in claims(text, "fr", date(2026, 8, 1)) if c.value}


def test_a_yearless_date_tells_no_history() -> None:
    text = "Les conseils de classe du premier trimestre se tiendront en décembre."
    assert [c.kind for c in claims(text, "fr", date(2026, 8, 1))] == ["forecast"]


# --- O-7: ages ----------------------------------------------------------------------------------


def test_a_promise_of_an_age_is_no_age() -> None:
    text = "« Je tournerai jusqu'à 80 ans », avait-il confié au Monde en 2002, à 70 ans."
    drafted = by_value(text, "fr", DEC_1)
    assert drafted["70 year"].property == "age"
    assert drafted["<=80 year"].property != "age"


@pytest.mark.parametrize("text", ["Delorme a alors 52 ans.", "En 1984, Delorme avait déjà 52 ans."])
def test_an_age_at_the_time_told(text: str) -> None:
    assert by_value(text, "fr", DEC_1)["52 year"].property == "age"
