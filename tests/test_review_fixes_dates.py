"""Review fixes of the dates and the day rules: midnight, grouped counts, US zones, eras.

A weekday in a clause of its own after a verb of saying, and the two days of one night,
are in the rules' case files (weekday-matches-date, one-event-one-day).
"""

from __future__ import annotations

import contextlib
import re
from datetime import date

import pytest

from factcheck import dates
from factcheck.dates import DateSyntaxError, parse_date, time_of_day
from factcheck.explicit import evaluate_check, order_outcome
from factcheck.model import Check, Claim, Source
from factcheck.rules import weekday_matches_date
from factcheck.values import Truth

PUBLISHED = date(2026, 3, 16)


def _claim(claim_id: str, when: str, language: str = "fr") -> Claim:
    claim = Claim(id=claim_id, quote="q", subject="s", property="p", when=when)
    claim._source = Source(
        id="src", title="t", publisher="p", published=PUBLISHED, language=language
    )
    with contextlib.suppress(ValueError):
        claim._period = parse_date(when, language, PUBLISHED)
    return claim


# --- 2. midnight: which day? ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("vendredi 13 mars 2026 à minuit", "fr"),
        ("minuit", "fr"),
        ("at midnight on Friday", "en"),
        ("Tuesday at 12 a.m.", "en"),
    ],
)
def test_midnight_is_no_time_of_day(text: str, language: str) -> None:
    assert time_of_day(text, language) is None


def test_an_attack_ended_at_midnight_is_not_ordered_before_it_began() -> None:
    attaque = _claim("attaque", "vendredi 13 mars 2026 à 23 h 30")
    fin = _claim("fin", "vendredi 13 mars 2026 jusqu'à minuit")  # the end of that Friday
    claims = {"attaque": attaque, "fin": fin}
    assert order_outcome(Check(id="o", order=["attaque", "fin"]), claims).truth is Truth.HOLDS
    check = Check(id="c", expect="hours(attaque, fin) <= 1 h")
    check._language = "fr"
    assert evaluate_check(check, claims).truth is Truth.HOLDS  # half an hour


@pytest.mark.parametrize(
    ("clock", "minutes"),
    [("9am", 540), ("21 h 15", 1275), ("midi", 720), ("at noon", 720), ("25 h", None),
     ("minuit", None), ("12 a.m.", None), ("0 h", 0)],
)  # fmt: skip
def test_minutes_read_as_the_clock_with_one_midnight_policy(
    clock: str, minutes: int | None
) -> None:
    assert dates._minutes(clock) == minutes
    time = dates._clock_of(clock)
    assert (None if time is None else time[0] * 60 + time[1]) == minutes


# --- 3. a count of a day or more back, its thousands grouped --------------------------------


@pytest.mark.parametrize(
    ("text", "language", "says"),
    [
        ("1,500 minutes ago", "en", "falls on one day or another"),
        ("il y a 1 440 minutes", "fr", "tombe un jour ou un autre"),
        ("2,000 minutes ago", "en", "falls on one day or another"),
    ],
)
def test_a_grouped_count_of_a_day_or_more_back_is_refused(
    text: str, language: str, says: str
) -> None:
    with pytest.raises(DateSyntaxError, match=says):
        parse_date(text, language, PUBLISHED)


def test_a_count_under_a_day_back_is_still_the_publication_day() -> None:
    assert parse_date("1,439 minutes ago", "en", PUBLISHED).start == PUBLISHED
    assert parse_date("il y a 40 minutes", "fr", PUBLISHED).start == PUBLISHED


# --- 4. US zones; one list of zones --------------------------------------------------------


@pytest.mark.parametrize("zone", ["ET", "PT", "CT", "MT"])
def test_four_figures_before_a_us_zone_are_a_time(zone: str) -> None:
    period = parse_date(f"Saturday, March 14 at 2130 {zone}", "en", PUBLISHED)
    assert (period.start, period.end) == (date(2026, 3, 14), date(2026, 3, 14))
    assert time_of_day(f"Saturday, March 14 at 2130 {zone}", "en") == (21, 30)


def test_a_us_zone_is_read_in_capitals_only() -> None:
    assert re.fullmatch(f"2015{dates.NOT_A_TIME}", "2015")
    assert re.match(f"2015{dates.NOT_A_TIME}", "2015 et 2016")
    assert not re.match(f"2015{dates.NOT_A_TIME}", "2015 ET")


def test_the_weekday_rule_takes_its_years_from_the_dates_zones() -> None:
    near = weekday_matches_date._NEAR_YEAR
    assert near.findall("Saturday 14 March, 2130 ET") == []
    assert near.findall("Sunday 9 March, 0845 GMT; 2025 local elections") == ["2025"]
    assert near.findall("on Saturday, 14 March 2026") == ["2026"]


# --- 6. "en fin de journée": one pattern ---------------------------------------------------


@pytest.mark.parametrize(
    "text", ["en début de matinée", "en fin d'après-midi", "en milieu de journée", "fin de soirée"]
)
def test_a_part_of_the_publication_day_is_that_day(text: str) -> None:
    assert parse_date(text, "fr", PUBLISHED).start == PUBLISHED


def test_en_debut_de_matinee_is_one_pattern() -> None:
    assert "d[ée]but" not in dates._TODAY_PARTS["fr"]


# --- 7. "CE MARDI" is no era --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [("CE MARDI", date(2026, 3, 17)), ("CE MARDI 17 MARS", date(2026, 3, 17))],
)
def test_a_headline_in_capitals_is_no_era(text: str, day: date) -> None:
    assert parse_date(text, "fr", PUBLISHED).start == day


@pytest.mark.parametrize("text", ["79 CE", "CE 79", "79 C.E.", "C.E. 79", "AD 79"])
def test_an_era_year_next_to_its_figures_is_read(text: str) -> None:
    period = parse_date(text, "en", PUBLISHED)
    assert (period.start, period.end) == (date(79, 1, 1), date(79, 12, 31))
