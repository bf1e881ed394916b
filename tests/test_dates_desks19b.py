"""Polish of the desks' date changes of 2 December 2026 (review B3).

French hints in French sources, examples built from the publication day (and read), days
without their month whose suggested month has the weekdays written, hints for campaigns,
parts of winter and week numbers of a year, and "depuis début octobre 2025" without a
publication day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import DateSyntaxError, parse_date

D = date
FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def refused(text: str, language: str, published: date | None, *, ahead: bool = False) -> str:
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, published, ahead=ahead)
    return str(error.value)


def read(text: str, language: str, published: date | None) -> tuple[date, date]:
    period = parse_date(text, language, published)
    return period.start, period.end


# --- 1. French hints in French sources ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "french"),
    [
        ("en glissement annuel", D(2026, 11, 13), "une variation sur un an n'est pas une date"),
        ("un an plus tôt", D(2026, 11, 13), "écrivez la période elle-même, comme mars 2024"),
        ("semaine 45", D(2026, 11, 13), "un numéro de semaine (ISO ou épidémiologique ?)"),
        ("la saison grippale", D(2026, 11, 13), "une saison (de grippe, de maladies de l'hiver)"),
        ("la saison dernière", D(2026, 11, 13), "écrivez ses mois, comme d'août 2024 à mai 2025"),
        ("cet hiver", D(2026, 6, 2), "'cet hiver' est ambigu (quelle année ?) : quel hiver ?"),
        ("en cinq ans", D(2026, 11, 13), "écrivez ses bornes (de 2021 à 2026) ou son début"),
        ("ces dix derniers jours", D(2026, 11, 13), "(du 3 novembre 2026 au 13 novembre 2026)"),
        ("les cinq prochaines années", D(2026, 11, 13), "ou sa fin (d'ici 2031)"),
        ("après 2019", D(2026, 11, 13), "la période après '2019' n'est pas '2019'"),
        ("avant 2019", D(2026, 11, 13), "écrivez le jour (une échéance : 2019)"),
        ("le 40", D(2026, 11, 13), "un nombre seul n'est pas une date : écrivez le jour"),
        ("le 31", D(2026, 3, 10), "ici février 2026, qui n'a pas de 31 : écrivez le jour"),
        ("l'exercice 2024-2025", D(2026, 11, 13), "un exercice sur deux années commence au mois"),
        ("la quinzaine", D(2026, 11, 13), "quelle quinzaine ? écrivez le jour où elle finit"),
        ("à fin mardi", D(2026, 11, 13), "à fin va avec un mois ou une année"),
        ("samedi 8 mars 2025 (21 h 15 GMT dimanche)", D(2026, 11, 13), "un autre fuseau"),
        ("samedi à minuit", D(2026, 11, 13), "minuit finit un jour et commence le suivant"),
        ("le trimestre précédent", D(2026, 11, 13), "compte depuis une autre date"),
    ],
)
def test_french_sources_get_french_hints(text: str, published: date, french: str) -> None:
    message = refused(text, "fr", published)
    assert french in message
    english = ("write", "which", " is no ", " as ", "ambiguous", "counts from", "runs over")
    hint = message.split("(fr)", 1)[-1]
    assert not any(word in hint for word in english), message


def test_the_ambiguous_winter_stays_english_in_english() -> None:
    assert "'this winter' is ambiguous (which year?)" in refused("this winter", "en", D(2026, 6, 2))


# --- 2. examples from the publication day, and each reads -------------------------------------


def written_example(message: str, pattern: str) -> str:
    found = re.search(pattern, message)
    assert found is not None, message
    return found[1]


@pytest.mark.parametrize(
    ("published", "winter"),
    [(D(2026, 6, 2), (2025, 2026)), (D(2026, 11, 2), (2026, 2027)), (D(2025, 3, 20), (2024, 2025))],
)
def test_the_winter_hint_is_the_winter_nearest_publication(
    published: date, winter: tuple[int, int]
) -> None:
    message = refused("cet hiver", "fr", published)
    a, b = winter
    example = written_example(message, r"comme (de décembre \d{4} à février \d{4})")
    assert example == f"de décembre {a} à février {b}"
    assert read(example, "fr", published) == (D(a, 12, 1), D(b, 3, 1) - timedelta(days=1))
    english = refused("so far this winter", "en", published)
    example = written_example(english, r"as (December \d{4} to February \d{4})")
    assert read(example, "en", published)[0] == D(a, 12, 1)


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        ("depuis le début de l'épidémie", "fr", D(2025, 6, 2)),
        ("since the start of the pandemic", "en", D(2025, 6, 2)),
        ("since the start of the pandemic", "en_GB", D(2027, 1, 15)),
    ],
)
def test_the_outbreak_hint_ends_on_publication(text: str, language: str, published: date) -> None:
    message = refused(text, language, published)
    pattern = r"(?:comme|as) ((?:du |)(?:2 mars|March 2|2 March).*?), (?:ou|or)"
    example = written_example(message, pattern)
    assert read(example, language, published) == (D(2020, 3, 2), published)


@given(st.dates(min_value=D(1990, 2, 1), max_value=D(2090, 12, 31)))
def test_the_year_on_year_hint_ends_on_the_last_whole_month(published: date) -> None:
    message = refused("en glissement annuel", "fr", published)
    example = written_example(message, r"comme (les 12 mois à fin \w+ \d{4})")
    start, end = read(example, "fr", published)
    assert end == published.replace(day=1) - timedelta(days=1)
    after = end + timedelta(days=1)
    assert start == after.replace(year=after.year - 1)
    english = refused("year on year", "en", published)
    assert read(written_example(english, r"as (the year to \w+ \d{4})"), "en", published)[1] == end


# --- 3. days without their month --------------------------------------------------------------


def test_the_month_suggested_has_the_weekdays_written() -> None:
    # in January 2026 the 5th is a Monday: not January; May 2026 is the nearest month
    message = refused("du mardi 5 au jeudi 7", "fr", D(2026, 1, 10))
    example = written_example(message, r"comme (du mardi 5 au jeudi 7 \w+ \d{4})")
    assert example == "du mardi 5 au jeudi 7 mai 2026"
    assert read(example, "fr", D(2026, 1, 10)) == (D(2026, 5, 5), D(2026, 5, 7))


@given(
    st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)),
    st.integers(min_value=1, max_value=26),
    st.integers(min_value=1, max_value=3),
    st.integers(min_value=0, max_value=6),
)
def test_a_suggested_month_always_reads_with_its_weekdays(
    published: date, first: int, gap: int, weekday: int
) -> None:
    last = first + gap
    text = f"du {FR_WEEKDAYS[weekday]} {first} au {FR_WEEKDAYS[(weekday + gap) % 7]} {last}"
    try:
        period = parse_date(text, "fr", published)
    except DateSyntaxError as error:
        example = written_example(str(error), rf"comme ({re.escape(text)} \w+ \d{{4}})")
        start, end = read(example, "fr", published)
    else:
        start, end = period.start, period.end
    assert (start.day, end.day, start.weekday()) == (first, last, weekday)


def test_weekdays_no_month_has_are_refused_saying_to_check_them() -> None:
    message = refused("du mardi 5 au lundi 7", "fr", D(2027, 1, 4), ahead=True)
    assert "aucun mois n'a ces jours à ces jours de la semaine : vérifiez-les" in message
    example = written_example(message, r"comme (du .+)$")
    assert read(example, "fr", D(2027, 1, 4)) == (D(2027, 1, 5), D(2027, 1, 7))


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("du 7 au 5", "fr", "les jours sont à l'envers : le 7 vient après le 5"),
        ("du 28 au 3", "fr", "comme du 28 décembre 2025 au 3 janvier 2026"),
        ("du mardi 31 au jeudi 2", "fr", "à l'envers"),
    ],
)
def test_days_in_reverse_are_said_to_be(text: str, language: str, said: str) -> None:
    message = refused(text, language, D(2026, 1, 10))
    assert said in message
    assert "quel mois ?" not in message
    example = written_example(message, r"comme (du .+)$")
    read(example, language, D(2026, 1, 10))


# --- 4. forms that had no hint ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "hint"),
    [
        ("la campagne de vaccination", "fr", "une campagne, quelle qu'elle soit"),
        ("depuis le début de la campagne de vaccination", "fr", "une campagne, quelle qu'elle"),
        ("la campagne électorale", "fr", "une campagne, quelle qu'elle soit"),
        ("the campaign", "en", "a campaign of any kind"),
        ("during the election campaign", "en", "a campaign of any kind"),
        ("since the start of the campaign", "en", "a campaign of any kind"),
        ("depuis le début de l'hiver", "fr", "comme du 1er décembre 2026 au 2 décembre 2026"),
        ("since the start of winter", "en", "as December 1, 2026 to December 2, 2026"),
        ("semaine 47 (2026)", "fr", "comme la semaine 47 (du 16 novembre 2026 au 22 novembre"),
        ("semaine 47 de 2026", "fr", "la semaine 47 ISO de 2026"),
        ("week 47 of 2026", "en", "as week 47 (November 16, 2026 to November 22, 2026)"),
        ("le pic de l'épidémie", "fr", "le pic d'un événement n'est pas une date"),
        ("the peak of the pandemic", "en", "the peak of an event is no date"),
        ("la fin du confinement", "fr", "la fin d'un événement n'est pas une date"),
    ],
)
def test_forms_that_had_no_hint_say_what_to_write(text: str, language: str, hint: str) -> None:
    message = refused(text, language, D(2026, 12, 2))
    assert hint in message
    assert "le début d'un événement" not in message


def test_a_farm_campaign_keeps_its_own_hint() -> None:
    message = refused("la campagne de commercialisation 2024/2025", "fr", D(2026, 12, 2))
    assert "du 1er juillet 2024 au 30 juin 2025" in message


@pytest.mark.parametrize(
    ("example", "language"),
    [
        ("du 1er décembre 2026 au 2 décembre 2026", "fr"),
        ("la semaine 47 (du 16 novembre 2026 au 22 novembre 2026)", "fr"),
        ("week 47 (November 16, 2026 to November 22, 2026)", "en"),
        ("novembre 2026", "fr"),
    ],
)
def test_the_new_hints_examples_read(example: str, language: str) -> None:
    parse_date(example, language, D(2026, 12, 2))


# --- 5. since the start of a month, without a publication day -----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("depuis début octobre 2025", "fr"),
        ("depuis le début d'octobre 2025", "fr"),
        ("since the start of October 2025", "en"),
    ],
)
def test_since_the_start_of_a_month_needs_the_publication_day(text: str, language: str) -> None:
    message = refused(text, language, None)
    assert "published:" in message
    assert read(text, language, D(2026, 12, 2)) == (D(2025, 10, 1), D(2026, 12, 2))


def test_since_the_start_of_a_month_without_a_year_or_day_says_it_has_no_year() -> None:
    assert "has no year" in refused("depuis début octobre", "fr", None)
    assert "has no year" in refused("depuis le début de l'année", "fr", None)


def test_early_october_keeps_its_days_without_a_publication_day() -> None:
    assert read("début octobre 2025", "fr", None) == (D(2025, 10, 1), D(2025, 10, 10))
    assert read("since early October 2025", "en", None) == (D(2025, 10, 1), D(2025, 10, 10))
