"""Date grammar of the fifth desks' audits (session 20): what a `when` accepts, refusals that teach.

Climate baselines and horizons (weather G2, G3), a French body's exercice and a club's
(local 12, sports 13), days named by an event (local 10, courts C), weekends and seasons
(local 11, sports 14), and hints that name the date inside a refused text.
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import DateSyntaxError, parse_date

D = date
PUB = D(2026, 2, 6)
FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
]  # fmt: skip
EN_MONTHS = list(calendar.month_name)[1:]


def read(
    text: str, language: str, published: date | None = PUB, financial_year_start: int | None = None
) -> tuple[date, date]:
    period = parse_date(text, language, published, financial_year_start=financial_year_start)
    return period.start, period.end


def refused(text: str, language: str, published: date | None = PUB) -> str:
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, published)
    return str(error.value)


years = st.integers(min_value=1000, max_value=9000)
spans = st.integers(min_value=0, max_value=80)


# --- weather G2, G3: baselines, averages, decades ---------------------------------------------


@given(
    first=years,
    span=spans,
    form=st.sampled_from(
        [
            ("fr", "la normale {a}-{b}"),
            ("fr", "sur la période {a}-{b}"),
            ("fr", "la moyenne {a}-{b}"),
            ("fr", "la mandature {a}-{b}"),
            ("fr", "la période de référence {a}-{b}"),
            ("en_GB", "the {a}-{b} average"),
            ("en_GB", "the {a}-{b} baseline"),
            ("en_US", "the baseline {a}-{b}"),
            ("en_GB", "the {a}–{b} reference period"),
        ]
    ),
)
def test_a_baseline_or_period_named_by_its_years_is_those_years(
    first: int, span: int, form: tuple[str, str]
) -> None:
    language, pattern = form
    text = pattern.format(a=first, b=first + span)
    assert read(text, language) == (D(first, 1, 1), D(first + span, 12, 31))


@given(
    first=years,
    form=st.sampled_from(
        [
            ("fr", "la décennie {a}-{b}"),
            ("en_GB", "the {a}-{b} decade"),
            ("en_GB", "the decade {a}-{b}"),
        ]
    ),
)
def test_a_decade_of_ten_years_is_read(first: int, form: tuple[str, str]) -> None:
    language, pattern = form
    assert read(pattern.format(a=first, b=first + 9), language) == (
        D(first, 1, 1),
        D(first + 9, 12, 31),
    )


@given(first=years, span=spans.filter(lambda n: n != 9))
def test_a_decade_of_other_years_says_which_ten_to_write(first: int, span: int) -> None:
    message = refused(f"the {first}-{first + span} decade", "en_GB")
    assert f"write them, as {first}-{first + 9}" in message
    assert "value" not in message  # the old hint: write "2024 decade" as a value
    message = refused(f"la décennie {first}-{first + span}", "fr")
    assert f"écrivez-les, comme {first}-{first + 9}" in message


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("à la fin du siècle", "fr"),
        ("la fin du siècle", "fr"),
        ("d'ici la fin du siècle", "fr"),
        ("by the end of the century", "en_GB"),
        ("the end of the century", "en_US"),
    ],
)
def test_the_end_of_the_century_says_to_write_2100_or_the_ipcc_years(
    text: str, language: str
) -> None:
    message = refused(text, language)
    assert "2100" in message and "2081-2100" in message


# --- local 12, sports 13: exercices -----------------------------------------------------------


@given(year=st.integers(min_value=1001, max_value=9000))
def test_a_french_exercice_of_one_year_is_the_calendar_year(year: int) -> None:
    assert read(f"l'exercice {year}", "fr") == (D(year, 1, 1), D(year, 12, 31))
    assert read(f"exercice {year}", "fr") == (D(year, 1, 1), D(year, 12, 31))


@given(year=st.integers(min_value=1001, max_value=9000), start=st.integers(2, 12))
def test_a_configured_financial_year_start_still_wins(year: int, start: int) -> None:
    # the financial year that ends in `year`
    assert read(f"l'exercice {year}", "fr", financial_year_start=start) == (
        D(year - 1, start, 1),
        D(year, start - 1, calendar.monthrange(year, start - 1)[1]),
    )


@given(year=st.integers(min_value=1001, max_value=9000))
def test_an_exercice_of_two_years_asks_for_its_first_month(year: int) -> None:
    message = refused(f"l'exercice {year}-{year + 1}", "fr")
    assert "financial_year_start" in message
    assert f"de juillet {year} à juin {year + 1}" in message
    message = refused(f"financial year {year}/{str(year + 1)[2:]}", "en_GB")
    assert "set financial_year_start" in message and f"April {year} to March {year + 1}" in message
    assert read(f"l'exercice {year}-{year + 1}", "fr", financial_year_start=7) == (
        D(year, 7, 1),
        D(year + 1, 6, 30),
    )


def test_bare_years_stay_both_calendar_years() -> None:
    assert read("2024/25", "en_GB") == (D(2024, 1, 1), D(2025, 12, 31))
    assert read("la saison 2024-2025", "fr") == (D(2024, 7, 1), D(2025, 6, 30))


# --- local 10, courts C: days named by an event ------------------------------------------------


@st.composite
def days(draw: st.DrawFn) -> date:
    return draw(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)))


@given(
    day=days(),
    form=st.sampled_from(
        [
            "le second tour du {d} {m} {y}",
            "à l'audience du {d} {m} {y}",
            "le conseil municipal du {d} {m} {y}",
            "lors du scrutin du {d} {m} {y}",
        ]
    ),
)
def test_a_french_event_of_a_day_is_that_day(day: date, form: str) -> None:
    text = form.format(d=day.day, m=FR_MONTHS[day.month - 1], y=day.year)
    assert read(text, "fr") == (day, day)


@given(
    day=days(), form=st.sampled_from(["the hearing on {d} {m} {y}", "the meeting of {d} {m} {y}"])
)
def test_an_english_event_of_a_day_is_that_day(day: date, form: str) -> None:
    text = form.format(d=day.day, m=EN_MONTHS[day.month - 1], y=day.year)
    assert read(text, "en_GB") == (day, day)


def test_a_yearless_event_day_is_read_as_the_day_alone() -> None:
    assert read("le second tour du 22 mars", "fr", D(2026, 3, 23)) == (
        D(2026, 3, 22),
        D(2026, 3, 22),
    )
    assert read("à l'audience du 3 février", "fr", D(2025, 11, 14)) == read(
        "3 février", "fr", D(2025, 11, 14)
    )


@given(day=st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 30)))
def test_the_weekend_of_two_days_is_those_days(day: date) -> None:
    after = date.fromordinal(day.toordinal() + 1)
    if after.month != day.month:
        return
    text = f"le week-end des {day.day} et {after.day} {FR_MONTHS[day.month - 1]} {day.year}"
    assert read(text, "fr") == (day, after)


@given(day=days())
def test_le_mois_de_is_the_month(day: date) -> None:
    text = f"le mois de {FR_MONTHS[day.month - 1]} {day.year}"
    last = calendar.monthrange(day.year, day.month)[1]
    assert read(text, "fr") == (D(day.year, day.month, 1), D(day.year, day.month, last))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("au moment des faits", "fr", "écrivez leur jour"),
        ("le jour des faits", "fr", "écrivez leur jour"),
        ("à l'époque des faits", "fr", "écrivez leur jour"),
        ("at the time", "en_GB", "write their day, as 18 March 2023"),
        ("population légale 2022", "fr", "en vigueur au 1er janvier 2025) : écrivez 2022"),
        ("le recensement 2022", "fr", "écrivez 2022 et dites population_legale"),
        ("le budget primitif 2026", "fr", "écrivez la date seule, 2026"),
        (
            "les JO de Paris 2024",
            "fr",
            "'JO de Paris' n'est pas une date : écrivez la date seule, 2024",
        ),
        ("Roland-Garros 2025", "fr", "dites 'Roland-Garros' dans la propriété"),
        ("the May 2025 elections", "en_GB", "write the date alone, May 2025"),
        ("the 2024 Olympics", "en_GB", "say 'Olympics' in the property"),
        ("renvoyé au 12 mai", "fr", "écrivez la date seule, 12 mai"),
        ("Matchday 12", "en_GB", "is a round of a competition"),
        ("à la rentrée prochaine", "fr", "écrivez la rentrée et son année"),
        ("13 ou 14 janvier", "fr", "cela nomme deux dates : écrivez une seule période"),
        ("en 24 heures", "fr", "du 5 février 2026 au 6 février 2026"),
    ],
)
def test_refusals_say_what_to_write(text: str, language: str, expected: str) -> None:
    assert expected in refused(text, language)


def test_a_french_duration_hint_writes_the_first_of_a_month_1er() -> None:
    message = refused("en 24 heures", "fr", D(2026, 7, 2))
    assert "du 1er juillet 2026 au 2 juillet 2026" in message


def test_a_relative_phrase_gets_no_date_inside_hint() -> None:
    # "the week before Christmas 2024" is not 2024 with words in the property
    assert "write the date alone" not in refused("the week before Christmas 2024", "en_GB")


# --- sports 14: seasons --------------------------------------------------------------------------


@given(first=st.integers(min_value=1001, max_value=8998), short=st.booleans())
def test_season_and_campaign_read_as_the_season(first: int, short: bool) -> None:
    second = f"{(first + 1) % 100:02d}" if short else str(first + 1)
    season = (D(first, 7, 1), D(first + 1, 6, 30))
    assert read(f"the {first}-{second} season", "en_GB") == season
    assert read(f"season {first}-{second}", "en_GB") == season
    assert read(f"the {first}-{second} campaign", "en_GB") == season


def test_a_tail_tried_for_the_hint_keeps_its_own_hint_when_written_alone() -> None:
    refused("the 2024 Olympics", "en_GB")  # tries "2024 Olympics"
    assert "say 'Olympics' in the property" in refused("2024 Olympics", "en_GB")
