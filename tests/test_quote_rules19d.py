"""Quote rules on education copy (audit of 2 Dec 2026: education desk).

date-in-quote: a school year or season ("en 2023-2024"), an edition or a session ("lors
de l'édition 2018", "à la session 2024") written as its figure's date, of a claim of
another, is reported (Ed-3). figure-in-quote: "en tête du classement", "top of the table"
hold the rank 1 (Ed-12); "three quarters of a million", "trois quarts de million" are
750 000.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.dates import parse_date
from factcheck.rules.date_in_quote import years_in
from tests.test_figure_in_quote import passes
from tests.test_quote_rules19 import findings

# --- 1. stale school years, editions and sessions (Ed-3) -----------------------------------

CLAIM = (
    "source: {id: s, title: t, publisher: p, published: 2025-08-29, language: %s}\n"
    "claims:\n"
    '  - {id: c, subject: écoles, property: pupils, value: "%s", when: "%s", quote: "%s"}\n'
)


@pytest.mark.parametrize(
    ("language", "value", "when", "quote", "written", "described"),
    [
        (
            "fr", "12 184 000", "l'année scolaire 2024-2025",
            "Les écoles accueillaient 12 184 000 élèves en 2023-2024", "en 2023-2024",
            "septembre 2024 – août 2025",
        ),
        (
            "fr", "474 points", "2022", "La France avait obtenu 474 points lors de l'édition 2018",
            "l'édition 2018", "2022",
        ),
        (
            "fr", "90,7 %", "2025", "Le taux de réussite était de 90,7 % à la session 2024",
            "la session 2024", "2025",
        ),
        (
            "en_GB", "474", "2022", "France scored 474 in the 2018 edition",
            "in the 2018 edition", "2022",
        ),
        (
            "en_GB", "5.8 million", "2025", "5.8 million entries for the 2023-24 season",
            "for the 2023-24 season", "2025",
        ),
    ],
)  # fmt: skip
def test_a_stale_school_year_edition_or_session_is_reported(
    tmp_path: Path, language: str, value: str, when: str, quote: str, written: str, described: str
) -> None:
    (message,) = findings(tmp_path, CLAIM % (language, value, when, quote), "date-in-quote")
    assert message == (
        f"claim 'c': its when is {described}, but its quote dates its figure {written} (a"
        " sentence of another year's copy?): write the year the figure is of in both"
    )


@pytest.mark.parametrize(
    ("language", "value", "when", "quote"),
    [
        ("fr", "12 184 000", "l'année scolaire 2024-2025", "12 184 000 élèves en 2024-2025"),
        ("fr", "12 184 000", "l'année scolaire 2024-2025", "12 184 000 élèves en 2024-25"),
        ("fr", "12 184 000", "2024", "12 184 000 élèves en 2023-2024"),
        ("fr", "474 points", "2022", "474 points lors de l'édition 2022"),
        ("fr", "90,7 %", "2025", "90,7 % à la session 2025"),
        # a baseline in the clause, as for a year alone
        ("fr", "468 points", "2022", "468 points, en baisse par rapport à l'édition 2018"),
        ("fr", "12 087 000", "2025", "12 087 000 élèves, contre 12 184 000 en 2023-2024"),
        # a season agrees with a when of any year it spans; a date in digits is no season
        ("fr", "90,7 %", "2025", "90,7 % en 2024-2025"),
        ("fr", "90,7 %", "2024", "90,7 % publiés le 2024-05-02"),
        ("en_GB", "474", "2022", "France scored 474 since the 2018 edition"),
    ],
)
def test_the_school_year_or_session_of_the_when_passes(
    tmp_path: Path, language: str, value: str, when: str, quote: str
) -> None:
    assert findings(tmp_path, CLAIM % (language, value, when, quote), "date-in-quote") == []


@settings(max_examples=60, deadline=None)
@given(
    first=st.integers(1990, 2030),
    when_first=st.integers(1990, 2030),
    short=st.booleans(),
    noun=st.sampled_from(["en ", "pour l'année scolaire ", "lors de la saison "]),
)
def test_a_season_is_stale_exactly_when_it_starts_another_year(
    first: int, when_first: int, short: bool, noun: str
) -> None:
    second = f"{(first + 1) % 100:02d}" if short else str(first + 1)
    quote = f"12 184 000 élèves {noun}{first}-{second}"
    (mention,) = years_in(quote)
    assert mention.own
    assert (mention.year, mention.last) == (first, first + 1)
    period = parse_date(f"l'année scolaire {when_first}-{when_first + 1}", "fr")
    assert mention.agrees(period) == (first == when_first)


# --- 2. rank words (Ed-12) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("Singapour, en tête du classement", "fr"),
        ("Singapour arrive en tête", "fr"),
        ("Singapour prend la tête du classement", "fr"),
        ("Singapour, premier du classement", "fr"),
        ("Singapore, top of the table", "en"),
        ("Singapore tops the ranking", "en"),
        ("Singapore topped the PISA rankings", "en"),
    ],
)
def test_a_rank_word_holds_the_rank_one(quote: str, language: str) -> None:
    assert passes("1", quote, language)


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("Singapour, en tête de liste", "fr"),
        ("Singapour et la France en tête-à-tête", "fr"),
        ("Singapore heads the delegation", "en"),
    ],
)
def test_other_heads_are_no_rank(quote: str, language: str) -> None:
    assert not passes("1", quote, language)


def test_a_rank_one_in_tete_du_classement_is_not_reported(tmp_path: Path) -> None:
    yaml = (
        "source: {id: q, title: t, publisher: p, published: 2026-12-01, language: fr}\n"
        "claims:\n"
        '  - {id: rang, quote: "Singapour, en tête du classement", subject: Singapour,'
        ' property: rank, value: "1", when: "2025"}\n'
    )
    assert findings(tmp_path, yaml, "figure-in-quote") == []


# --- 3. three quarters of a million ---------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("750000", "three quarters of a million people", "en"),
        ("750,000 people", "three-quarters of a million people", "en"),
        ("750000000", "three quarters of a billion", "en"),
        ("750 000", "trois quarts de million de visiteurs", "fr"),
        ("250 000", "un quart de million de visiteurs", "fr"),
        ("750 millions", "trois quarts de milliard", "fr"),
    ],
)
def test_three_quarters_of_a_scale_word_is_its_amount(
    value: str, quote: str, language: str
) -> None:
    assert passes(value, quote, language)


def test_three_quarters_is_not_three(tmp_path: Path) -> None:
    assert not passes("3", "three quarters of a million people", "en")
