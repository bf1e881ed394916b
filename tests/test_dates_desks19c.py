"""Dates of the fact-checking, obituaries and education desks (audits of 2026-12-02)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.dates import DateSyntaxError, find_weekday_dates, find_weekday_names, parse_date

PUB = date(2026, 8, 20)


def _message(text: str, language: str, **kwargs: object) -> str:
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, PUB, **kwargs)  # type: ignore[arg-type]
    return str(error.value)


@pytest.mark.parametrize("text", ["Year 11", "Year 6", "in Year 11", "year 13", "grade 8"])
def test_a_school_year_group_is_no_day_of_january(text: str) -> None:
    assert "school year group" in _message(text, "en_GB")


@given(st.integers(1, 13), st.sampled_from(["Year", "year", "in Year", "grade"]))
@settings(max_examples=40)
def test_no_year_group_reads_as_a_day(number: int, word: str) -> None:
    with pytest.raises(DateSyntaxError, match="school year group"):
        parse_date(f"{word} {number}", "en_GB", PUB)


def test_weekdays_after_their_date_are_mentions() -> None:
    text = "« Dernier Hiver » sort le 9 novembre 2011, un jeudi. C'était le 30 mai 1964, un lundi."
    found = find_weekday_dates(text, "fr", date(2026, 12, 1))
    assert [(m.weekday, m.period.start, m.period.text) for m in found] == [
        (3, date(2011, 11, 9), "9 novembre 2011"),
        (0, date(1964, 5, 30), "30 mai 1964"),
    ]
    assert find_weekday_names(text, "fr") == ()  # the weekdays are taken by their dates
    english = (
        "The film opened on Nov. 9, 2011, a Thursday, and closed on 4 December 2011, a Sunday."
    )
    found = find_weekday_dates(english, "en", date(2026, 12, 1))
    assert [(m.weekday, m.period.start) for m in found] == [
        (3, date(2011, 11, 9)),
        (6, date(2011, 12, 4)),
    ]


def test_a_comma_and_a_weekday_without_a_date_before_is_no_mention() -> None:
    assert find_weekday_dates("Il a dit, un lundi, que tout irait bien.", "fr", PUB) == []


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("school year 2023-24", "en_US", date(2023, 9, 1), date(2024, 8, 31)),
        ("academic year 2025-26", "en_GB", date(2025, 9, 1), date(2026, 8, 31)),
        ("AY 2025/26", "en_GB", date(2025, 9, 1), date(2026, 8, 31)),
        ("sur l'année 2025", "fr", date(2025, 1, 1), date(2025, 12, 31)),
    ],
)
def test_school_years_and_years_in_other_words_read(
    text: str, language: str, start: date, end: date
) -> None:
    period = parse_date(text, language, PUB)
    assert (period.start, period.end) == (start, end)


def test_the_fiscal_year_written_year_first_reads_as_fiscal_year_y() -> None:
    one = parse_date("the 2026 fiscal year", "en_US", PUB, financial_year_start=10)
    other = parse_date("fiscal year 2026", "en_US", PUB, financial_year_start=10)
    assert (
        (one.start, one.end) == (other.start, other.end) == (date(2025, 10, 1), date(2026, 9, 30))
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le premier trimestre 2025-2026", "un trimestre scolaire n'a pas les mêmes jours"),
        ("le second semestre 2025-2026", "un semestre universitaire"),
        ("le premier trimestre de l'année scolaire", "un trimestre scolaire"),
        ("la session de juin 2026", "une session d'examen n'est pas une date"),
        ("le bac 2026", "une session d'examen n'est pas une date"),
        ("la rentrée de septembre 2026", "la rentrée 2026"),
        ("la fin de l'année scolaire", "écrivez le mois"),
        (
            "le quinquennat 2017-2022",
            "commence et finit en mai : écrivez ses mois, comme mai 2017 à mai 2022",
        ),
        ("le 3 mars 1931 à Lyon", "un lieu dans une date : écrivez le jour (le 3 mars 1931)"),
        ("à la Libération", "écrivez ses années"),
        ("pendant la guerre", "écrivez ses années"),
        ("sous l'Occupation", "écrivez ses années"),
        ("jusqu'à sa mort", "une mort n'est pas une date"),
    ],
)
def test_french_forms_of_no_date_say_what_to_write(text: str, expected: str) -> None:
    message = _message(text, "fr")
    assert expected in message
    assert "exercice" not in message


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("autumn term 2025", "en_GB", "a school term"),
        ("fall semester 2024", "en_US", "a school term"),
        ("spring semester 2025", "en_US", "a school term"),
        ("results day", "en_GB", "results day is no date: write its day"),
        ("the November series", "en_GB", "an exam series is no date"),
        ("since the election", "en_US", "an election is no date"),
        ("through October", "en_US", "write the period, with its start"),
        ("during the war", "en_GB", "write its years"),
        ("until his death", "en_GB", "a death is no date"),
        ("the turn of the century", "en_GB", "write the years meant"),
    ],
)
def test_english_forms_of_no_date_say_what_to_write(
    text: str, language: str, expected: str
) -> None:
    assert expected in _message(text, language)


def test_a_fiscal_quarter_still_reads_with_its_start_set() -> None:
    period = parse_date("le premier trimestre 2025-2026", "fr", PUB, financial_year_start=4)
    assert (period.start, period.end) == (date(2025, 4, 1), date(2025, 6, 30))
