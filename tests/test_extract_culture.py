"""`factcheck extract` on culture and media copy: ratings, audiences, festivals, auctions.

Each test drafts a sentence of the culture desk's audit and asserts what the editor sees
in the draft: the value (one `verify` reads the same way), its `when`, its kind, its note,
or that no claim is drafted.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.dates import parse_date
from factcheck.extract import DraftClaim, extract

DEC_2025 = date(2025, 12, 16)
OCT_2025 = date(2025, 10, 16)
JUL_2025 = date(2025, 7, 21)


def valued(text: str, language: str, published: date = DEC_2025) -> list[DraftClaim]:
    return [c for c in extract(text, language, published).claims if c.value is not None]


def dated(text: str, language: str, published: date = DEC_2025) -> list[tuple[str, str | None]]:
    return [(c.value, c.when) for c in valued(text, language, published) if c.value is not None]


# --- a change from a dated baseline is not of the baseline's day ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The finale drew 9.4 million viewers on Sunday, Dec. 14, up 12% from the Season 5 "
        "finale's 8.4 million on Dec. 15, 2024.",
        "The finale drew 9.4 million viewers on Sunday, Dec. 14, up 12% from the finale's "
        "8.4 million and 2.1 million streams on Dec. 15, 2024.",
    ],
)
def test_a_change_from_a_dated_baseline_takes_not_its_day(text: str) -> None:
    drafted = dict(dated(text, "en_US"))
    assert drafted["12 %"] is None
    assert drafted["9.4 million"] == "Sunday, Dec. 14"


def test_the_baseline_keeps_its_day() -> None:
    text = "Viewers rose 12% from 8.4 million on Dec. 15, 2024."
    assert dated(text, "en_US") == [("12 %", None), ("8.4 million", "Dec. 15, 2024")]


def test_a_change_before_its_own_date_keeps_it() -> None:
    text = "Sales rose 12% in 2025 from 8.4 million in 2024."
    assert dated(text, "en_US") == [("12 %", "2025"), ("8.4 million", "2024")]


# --- "the week of Nov. 10, 2025" is a week ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "when"),
    [
        (
            "It logged 1.2 billion minutes viewed in the week of Nov. 10, 2025, its biggest.",
            "en_US",
            "the week of Nov. 10, 2025",
        ),
        (
            "It logged 1.2 billion minutes viewed in the week of 10 November, its biggest.",
            "en_GB",
            "the week of 10 November",
        ),
        (
            "La série a cumulé 1,2 milliard de minutes la semaine du 10 novembre 2025.",
            "fr",
            "la semaine du 10 novembre 2025",
        ),
    ],
)
def test_the_week_of_a_day_is_the_week(text: str, language: str, when: str) -> None:
    (claim,) = valued(text, language)
    assert claim.when == when
    period = parse_date(when, language, DEC_2025)
    assert period.granularity == "week"
    assert (period.end - period.start).days == 6


def test_the_week_of_a_day_is_not_lent_to_the_other_clause() -> None:
    text = (
        "It logged 1.2 billion minutes viewed in the week of Nov. 10, 2025, its biggest week "
        "yet, and spent six weeks on Netflix's global top 10."
    )
    assert dated(text, "en_US") == [
        ("1.2 billion minute", "the week of Nov. 10, 2025"),
        ("6 week", None),
    ]


def test_the_days_of_a_week_written_stay_a_range() -> None:
    (claim,) = valued("It logged 1.2 billion minutes in the week of Nov. 10-16.", "en_US")
    assert claim.when == "Nov. 10-16"


# --- "atteint" and an audience called "cible" make no target ---------------------------------


def test_an_audience_share_reached_is_a_fact() -> None:
    text = (
        "Auprès des femmes de moins de 50 ans responsables des achats, cible prisée des "
        "annonceurs, l'émission atteint 31,2 % de PDA."
    )
    assert [(c.value, c.kind) for c in valued(text, "fr")] == [("31,2 %", "fact")]


@pytest.mark.parametrize(
    "text",
    [
        "La chaîne a pour objectif d'atteindre 20 % de PDA.",
        "La chaîne se donne pour cible 20 % de PDA.",
        "La chaîne compte atteindre 20 % de PDA.",
    ],
)
def test_a_target_stays_a_target(text: str) -> None:
    assert [(c.value, c.kind) for c in valued(text, "fr")] == [("20 %", "target")]


# --- numbers in names are no figures -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "It is the most-watched telecast since its Season 2 finale, with 8.4 million viewers.",
            "en_US",
            ["8.4 million"],
        ),
        (
            '"Harbor Lights" averaged 11.2 million viewers in live-plus-35 multiplatform viewing.',
            "en_US",
            ["11.2 million"],
        ),
        ("The show drew 3.1 million viewers in live+7 data.", "en_US", ["3.1 million"]),
        ("La saison 5 a réuni 4,1 millions de téléspectateurs.", "fr", ["4,1 million"]),
        (
            "Face à elle, France 2 a réuni 3,2 millions de téléspectateurs (15,1 % de PDA).",
            "fr",
            ["3,2 million", "15,1 %"],
        ),
        (
            "Le pass cinq jours était vendu 189 euros, contre 175 euros en 2024.",
            "fr",
            ["189 EUR", "175 EUR"],
        ),
        ("A three-day pass sold for $120.", "en_US", ["120 USD"]),
    ],
)
def test_a_number_in_a_name_is_no_figure(text: str, language: str, expected: list[str]) -> None:
    assert [c.value for c in valued(text, language)] == expected


def test_a_season_year_stays_a_date() -> None:
    (claim,) = valued("La saison 2025 a réuni 4,1 millions de téléspectateurs.", "fr")
    assert (claim.value, claim.when) == ("4,1 million", "2025")


def test_a_list_of_names_and_counts_still_counts() -> None:
    text = "Seats won: Labour 72; Conservatives 121."
    assert [c.value for c in valued(text, "en_GB")] == ["72", "121"]


def test_a_pass_of_some_days_told_stays_a_duration() -> None:
    assert [c.value for c in valued("Le festival a duré cinq jours.", "fr")] == ["5 day"]


# --- "les femmes de moins de 50 ans" is an age group ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Auprès des femmes de moins de 50 ans, l'émission réunit 2,1 millions de fidèles.",
        "Chez les jeunes de moins de 25 ans, l'émission réunit 2,1 millions de fidèles.",
        "Parmi les spectateurs de plus de 60 ans, l'émission réunit 2,1 millions de fidèles.",
    ],
)
def test_a_group_named_by_its_noun_and_age_is_no_figure(text: str) -> None:
    assert [c.value for c in valued(text, "fr")] == ["2,1 million"]


def test_a_person_of_an_age_stays_a_figure() -> None:
    text = "Un homme de plus de 80 ans a été blessé."
    assert [c.value for c in valued(text, "fr")] == [">80 year"]


# --- an old currency, a duration in words ------------------------------------------------------


def test_an_amount_in_guineas_has_no_value_and_a_note() -> None:
    text = "It was bought in 1948 by a Penzance doctor, for 350 guineas, from the studio."
    claims = [c for c in extract(text, "en_GB", OCT_2025).claims if "guineas" in c.quote]
    assert len(claims) == 1
    assert claims[0].value is None
    assert claims[0].note is not None and '"350 guineas"' in claims[0].note


def test_a_duration_in_words_before_a_hyphen_is_one() -> None:
    text = "It was knocked down on Wednesday 15 October after a nine-minute battle."
    assert dated(text, "en_GB", OCT_2025) == [("9 minute", "Wednesday 15 October")]


def test_a_one_day_rise_is_no_figure() -> None:
    text = "The yield jumped 12 basis points, its biggest one-day rise since April."
    assert [c.value for c in valued(text, "en")] == ["12 bp"]
