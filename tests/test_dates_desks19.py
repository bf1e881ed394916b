"""Dates of the health, energy, housing and elections desks (audits of 2 December 2026).

Durations advised as the months to the last whole month (El-F7, Ho-F9), French messages in
French sources (El-F14), winters and epidemic seasons of two years (H-F7, En-F9, Ho-F13),
decades (En-F9), week numbers beside their days (H-F6), days without their month (Ho-F6),
since the start of a month (H-F3), and hints for the refused common forms (H-F9, El, Ho).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import DateSyntaxError, parse_date

D = date


def read(text: str, language: str, published: date, *, ahead: bool = False) -> tuple[date, date]:
    period = parse_date(text, language, published, ahead=ahead)
    return period.start, period.end


def refused(text: str, language: str, published: date | None, *, ahead: bool = False) -> str:
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, published, ahead=ahead)
    return str(error.value)


# --- 1. durations: the months to the last whole month, never "since" a month --------------


@pytest.mark.parametrize(
    ("text", "language", "published", "advice"),
    [
        ("over the past 12 months", "en", D(2026, 11, 6), "the 12 months to October 2026"),
        ("the past three months", "en", D(2026, 11, 6), "the 3 months to October 2026"),
        ("les 12 derniers mois", "fr", D(2026, 11, 13), "les 12 mois à fin octobre 2026"),
        ("ces trois derniers mois", "fr", D(2026, 11, 13), "les 3 mois à fin octobre 2026"),
    ],
)
def test_a_past_duration_of_months_advises_the_months_to_the_last_whole_month(
    text: str, language: str, published: date, advice: str
) -> None:
    message = refused(text, language, published)
    assert advice in message
    assert "since" not in message and "depuis" not in message
    # the advice reads as the right months: 12 of them, never 13, none after publication
    written = re.search(r"(?:the|les) \d+ (?:months to|mois à fin) \w+ \d{4}", message)
    assert written is not None
    start, end = read(written[0], language, published)
    assert end < published.replace(day=1)
    n = int(written[0].split()[1])
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) + 1 == n


def test_the_french_advice_is_in_french() -> None:
    message = refused("les 12 derniers mois", "fr", D(2026, 11, 13))
    assert "une durée n'est pas une date : écrivez les mois" in message
    assert "(novembre 2025 à octobre 2026)" in message


@given(
    st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)),
    st.integers(min_value=2, max_value=36),
    st.sampled_from(["fr", "en"]),
)
def test_the_advised_months_read_as_that_many_whole_months(
    published: date, n: int, language: str
) -> None:
    text = f"les {n} derniers mois" if language == "fr" else f"over the past {n} months"
    message = refused(text, language, published)
    written = re.search(r"(?:the|les) \d+ (?:months to|mois à fin) \w+ \d{4}", message)
    assert written is not None, message
    start, end = read(written[0], language, published)
    assert start.day == 1 and end == published.replace(day=1) - timedelta(days=1)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) + 1 == n


@pytest.mark.parametrize("text", ["sur un an", "en un an", "sur 1 an"])
def test_a_change_over_a_year_gets_the_year_on_year_advice(text: str) -> None:
    message = refused(text, "fr", D(2026, 11, 13))
    assert "écrivez la période où elle finit, comme octobre 2026" in message
    assert "(2025 à 2026)" not in message


# --- 2. French messages in French sources ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("à 17 heures", "une heure n'est pas une date : écrivez son jour"),
        ("le soir du second tour", "une élection n'est pas une date : écrivez son jour"),
        ("dans la nuit de samedi à lundi", "une nuit court sur deux jours de suite"),
        ("cette nuit", "la nuit dernière ou la nuit qui vient ?"),
        ("à l'aube", "un moment de la journée n'est pas une date"),
    ],
)
def test_french_sources_get_french_messages(text: str, written: str) -> None:
    assert written in refused(text, "fr", D(2026, 11, 13))


# --- 3. winters and seasons of two years -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("l'hiver 2025-2026", "fr"),
        ("hiver 2025-2026", "fr"),
        ("winter 2025-26", "en_GB"),
        ("the 2025-26 winter", "en"),
        ("the winter of 2025-2026", "en"),
    ],
)
def test_a_winter_of_two_years_is_december_to_february(text: str, language: str) -> None:
    assert read(text, language, D(2026, 12, 2)) == (D(2025, 12, 1), D(2026, 2, 28))


def test_consecutive_winters_do_not_overlap() -> None:
    first = read("l'hiver 2024-2025", "fr", D(2026, 12, 2))
    second = read("l'hiver 2025-2026", "fr", D(2026, 12, 2))
    assert first[1] < second[0]


@pytest.mark.parametrize(
    ("text", "language", "months"),
    [
        ("la saison grippale 2025-2026", "fr", "octobre 2025 à mars 2026"),
        ("the 2025-26 flu season", "en", "October 2025 to March 2026"),
        ("this flu season", "en", "October"),
    ],
)
def test_an_epidemic_season_is_refused_saying_to_write_its_months(
    text: str, language: str, months: str
) -> None:
    assert months in refused(text, language, D(2026, 12, 2))


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        ("cet hiver", "fr", D(2026, 12, 2), (D(2026, 12, 1), D(2027, 2, 28))),
        ("this winter", "en", D(2027, 1, 15), (D(2026, 12, 1), D(2027, 2, 28))),
        ("this winter", "en", D(2028, 2, 29), (D(2027, 12, 1), D(2028, 2, 29))),
    ],
)
def test_this_winter_in_a_winters_paper_is_the_current_winter(
    text: str, language: str, published: date, expected: tuple[date, date]
) -> None:
    assert read(text, language, published) == expected


def test_this_winter_out_of_winter_stays_refused_saying_to_write_its_months() -> None:
    message = refused("this winter", "en", D(2026, 11, 2))
    assert "write its months, as December 2026 to February 2027" in message
    assert "écrivez ses mois" in refused("cet hiver", "fr", D(2026, 6, 2))


# --- 4. decades ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("by the end of the decade", "en", (D(2026, 1, 1), D(2029, 12, 31))),
        ("the end of the decade", "en", (D(2026, 1, 1), D(2029, 12, 31))),
        ("la fin de la décennie", "fr", (D(2026, 1, 1), D(2029, 12, 31))),
        ("d'ici la fin de la décennie", "fr", (D(2026, 1, 1), D(2029, 12, 31))),
        ("la décennie 2020", "fr", (D(2020, 1, 1), D(2029, 12, 31))),
        ("décennie 2030", "fr", (D(2030, 1, 1), D(2039, 12, 31))),
        ("the decade", "en", (D(2020, 1, 1), D(2029, 12, 31))),
    ],
)
def test_decades_are_read(text: str, language: str, expected: tuple[date, date]) -> None:
    assert read(text, language, D(2026, 12, 2)) == expected


def test_before_the_end_of_the_decade_proposes_a_form_that_reads() -> None:
    message = refused("before the end of the decade", "en", D(2026, 12, 2))
    assert "the end of the decade" in message
    read("the end of the decade", "en", D(2026, 12, 2))  # the form it proposes reads


# --- 5. week numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("la semaine 47 (du 16 au 22 novembre)", "fr"),
        ("semaine 47 (du 16 au 22 novembre 2026)", "fr"),
        ("week 47 (16-22 November)", "en_GB"),
        ("week 47 (Nov. 16-22)", "en"),
    ],
)
def test_a_week_number_beside_its_days_reads_as_the_days(text: str, language: str) -> None:
    assert read(text, language, D(2026, 12, 2)) == (D(2026, 11, 16), D(2026, 11, 22))


def test_a_week_number_that_is_not_the_days_week_is_refused_saying_its_days() -> None:
    message = refused("la semaine 49 (du 16 au 22 novembre)", "fr", D(2026, 12, 2))
    assert "la semaine 49 (ISO, du lundi au dimanche) va du 30 novembre 2026" in message
    assert "en semaine 47" in message


def test_an_epidemiological_week_of_sunday_to_saturday_is_said() -> None:
    message = refused("week 48 (22-28 November)", "en_GB", D(2026, 12, 2))
    assert "epidemiological week 48 (Sunday to Saturday, MMWR), not ISO week 48" in message


@given(st.dates(min_value=D(2000, 1, 3), max_value=D(2099, 12, 20)))
def test_every_iso_week_beside_its_days_reads_as_them(day: date) -> None:
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    number = monday.isocalendar()[1]
    text = f"week {number} ({monday:%Y-%m-%d} to {sunday:%Y-%m-%d})"
    assert read(text, "en", D(2100, 1, 1)) == (monday, sunday)
    wrong = number % 52 + 1
    with pytest.raises(DateSyntaxError):
        parse_date(f"week {wrong} ({monday:%Y-%m-%d} to {sunday:%Y-%m-%d})", "en", None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("epi week 47", "en"),
        ("MMWR week 47", "en"),
        ("epiweek 47", "en"),
        ("semaine épidémiologique 47", "fr"),
        ("S48", "fr"),
    ],
)
def test_an_epidemiological_week_number_gets_the_week_number_message(
    text: str, language: str
) -> None:
    week_number = "un numéro de semaine (ISO ou épidémiologique ?)" if language == "fr" else ""
    week_number = week_number or "a week number (ISO or epidemiological?)"
    assert week_number in refused(text, language, D(2026, 12, 2))


# --- 6. days of a month without the month -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "ahead"),
    [
        ("du mardi 5 au jeudi 7", "fr", True),
        ("du 5 au 7", "fr", True),
        ("entre le 5 et le 7", "fr", True),
        ("from Tuesday 5 to Thursday 7", "en_GB", True),
        ("from the 5th to the 7th", "en_GB", True),
    ],
)
def test_days_without_their_month_read_as_a_day_alone(
    text: str, language: str, ahead: bool
) -> None:
    assert read(text, language, D(2027, 1, 4), ahead=ahead) == (D(2027, 1, 5), D(2027, 1, 7))


def test_days_whose_weekdays_are_wrong_are_refused_saying_to_write_the_month() -> None:
    message = refused("du mardi 5 au lundi 7", "fr", D(2027, 1, 4), ahead=True)
    assert "aucun mois n'a ces jours à ces jours de la semaine" in message
    # a fact's "le 5" in a paper of 4 January is 5 December, a Saturday: not "mardi"
    assert "quel mois ?" in refused("du mardi 5 au jeudi 7", "fr", D(2027, 1, 4))


# --- 7. since the start of a month ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        ("depuis début octobre", "fr", D(2026, 10, 1)),
        ("depuis le début d'octobre", "fr", D(2026, 10, 1)),
        ("depuis le début du mois d'octobre", "fr", D(2026, 10, 1)),
        ("since the start of October", "en", D(2026, 10, 1)),
        ("since the beginning of October", "en", D(2026, 10, 1)),
        ("since the start of October 2025", "en", D(2025, 10, 1)),
        ("depuis le début du mois", "fr", D(2026, 12, 1)),
        ("since the start of the month", "en", D(2026, 12, 1)),
    ],
)
def test_since_the_start_of_a_month_runs_to_publication(
    text: str, language: str, start: date
) -> None:
    assert read(text, language, D(2026, 12, 2)) == (start, D(2026, 12, 2))


def test_since_early_october_and_early_october_keep_the_part() -> None:
    assert read("since early October", "en", D(2026, 12, 2)) == (D(2026, 10, 1), D(2026, 10, 10))
    assert read("début octobre", "fr", D(2026, 12, 2)) == (D(2026, 10, 1), D(2026, 10, 10))
    assert read("début octobre 2025", "fr", D(2026, 12, 2)) == (D(2025, 10, 1), D(2025, 10, 10))


# --- 8. hints for refused common forms -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "hint"),
    [
        ("depuis le début de la campagne", "fr", "une campagne, quelle qu'elle soit"),
        ("la semaine écoulée", "fr", "écrivez ses jours, comme du 23 au 29 novembre 2025"),
        ("sur sept jours glissants", "fr", "comme les sept jours au 29 novembre 2025"),
        ("depuis le début de l'épidémie", "fr", "de mars 2020 à décembre 2026"),
        ("so far this season", "en", "write its months"),
        ("so far this winter", "en", "write its months, as December 2026 to February 2027"),
        ("over the winter", "en", "write its months"),
        ("this time last year", "en", "write the period itself"),
        ("entre les deux tours", "fr", "une élection n'est pas une date"),
        ("la nuit électorale", "fr", "une élection n'est pas une date"),
        ("on polling day", "en", "an election is no date: write its day"),
        ("les législatives de 2024", "fr", "écrivez son jour, comme dimanche 7 juillet 2024"),
        ("the 2024 general election", "en_GB", "write its day, as Thursday 4 July 2024"),
        ("les vacances de Noël", "fr", "écrivez leurs jours"),
        ("half-term", "en_GB", "a holiday's days depend on the place and the year"),
        ("aux heures de pointe", "fr", "écrivez le jour, comme mardi 9 décembre 2025"),
        ("rush hour", "en", "rush hour is no date: write the day"),
    ],
)
def test_refused_common_forms_say_what_to_write(text: str, language: str, hint: str) -> None:
    assert hint in refused(text, language, D(2026, 12, 2))


def test_a_farm_campaign_keeps_its_months_hint() -> None:
    assert "du 1er juillet 2024 au 30 juin 2025" in refused(
        "la campagne 2024/2025", "fr", D(2026, 12, 2)
    )


@pytest.mark.parametrize(
    ("example", "language"),
    [
        ("dimanche 7 juillet 2024", "fr"),
        ("du 1er au 6 juillet 2024", "fr"),
        ("du 20 décembre 2025 au 5 janvier 2026", "fr"),
        ("les sept jours au 29 novembre 2025", "fr"),
        ("de mars 2020 à novembre 2026", "fr"),
        ("d'octobre 2025 à février 2026", "fr"),
        ("Thursday, July 4, 2024", "en"),
        ("July 1-6, 2024", "en"),
        ("Dec. 20, 2025 to Jan. 4, 2026", "en"),
        ("the seven days to Nov. 29, 2025", "en"),
        ("March 2020 to November 2026", "en"),
        ("December 2025 to February 2026", "en"),
    ],
)
def test_the_hints_examples_read(example: str, language: str) -> None:
    parse_date(example, language, D(2026, 12, 2))
