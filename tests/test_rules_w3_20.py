"""holds-by-rounding and age-matches-birth on the local and sports desks' copy (session 20).

holds-by-rounding: a figure a week and its figure a year, converted by 52 weeks or by the
calendar, are one figure, not "the same fact only thanks to rounding". age-matches-birth:
only the documented age properties are ages (``age_days_beyond_years`` is none), a value
is shown as written once, and an age in years and days is exact to the day.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import verify_folder


def findings(folder: Path, yaml: str, rule: str) -> list[str]:
    """The messages of ``rule`` for a claims file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "claims.yaml").write_text(yaml, encoding="utf-8")
    report = verify_folder(folder)
    return [finding.message for finding in report.findings if finding.rule == rule]


# --- holds-by-rounding: a year in 52 weeks ----------------------------------------------

_WEEK_YEAR = """\
source: {{id: wk, title: t, publisher: p, published: 2026-03-01, language: en_GB}}
claims:
  - {{id: wk_year, quote: "x", subject: Cornwall Council, property: band_d_increase,
     value: "£{year} a year"}}
  - {{id: wk_week, quote: "x", subject: Cornwall Council, property: band_d_increase,
     value: "£{week} a week"}}
"""


@pytest.mark.parametrize(
    ("year", "week"),
    [
        ("100.88", "1.94"),  # the council's 52 weeks: 100,88 / 52 = 1,94
        ("1.94", "1.94"),  # one figure written twice
        ("365.25", "7"),  # the calendar's 365,25 days of 7 a day
        ("104", "2"),  # 52 weeks
    ],
)
def test_a_year_and_its_weeks_by_either_factor_are_one_figure(
    tmp_path: Path, year: str, week: str
) -> None:
    yaml = _WEEK_YEAR.format(year=year, week=week)
    if year == week:  # the same text, in two units: no conversion at all
        yaml = yaml.replace(f"£{week} a week", "£1.94 a year")
    assert findings(tmp_path, yaml, "holds-by-rounding") == []


@pytest.mark.parametrize(
    ("year", "week"),
    [
        ("100", "1.92"),  # 100 / 52 is 1,923, 100 / 52,18 is 1,917: neither is 1,92
        ("52.18", "1"),  # 52,1786 by the calendar, rounded: as any rounded conversion
    ],
)
def test_a_year_and_weeks_that_agree_only_by_rounding_are_still_reported(
    tmp_path: Path, year: str, week: str
) -> None:
    yaml = _WEEK_YEAR.format(year=year, week=week)
    messages = findings(tmp_path, yaml, "holds-by-rounding")
    assert len(messages) == 1
    assert "the same fact only thanks to rounding" in messages[0]


@settings(max_examples=30, deadline=None)
@given(pence=st.integers(min_value=1, max_value=99_999))
def test_a_weekly_figure_times_52_is_never_reported(
    tmp_path_factory: pytest.TempPathFactory, pence: int
) -> None:
    week = Decimal(pence) / 100
    year = week * 52
    yaml = _WEEK_YEAR.format(year=f"{year:.2f}", week=f"{week:.2f}")
    folder = tmp_path_factory.mktemp("wk")
    assert findings(folder, yaml, "holds-by-rounding") == []


# --- age-matches-birth ------------------------------------------------------------------

_YOUNG = """\
source: {{id: young, title: t, publisher: p, published: 2025-11-24, language: fr}}
claims:
  - {{id: y0, quote: "né le 8 mars 2006", subject: Warren Zaïre-Emery, property: birth,
     when: 8 mars 2006}}
  - {{id: y1, quote: "x", subject: Warren Zaïre-Emery, property: {prop},
     qualifiers: {{event: premier but}}, value: "{value}", when: {when}}}
"""


def test_a_property_that_only_starts_with_age_is_no_age(tmp_path: Path) -> None:
    yaml = _YOUNG.format(prop="age_days_beyond_years", value="245 jours", when="8 novembre 2023")
    assert findings(tmp_path, yaml, "age-matches-birth") == []


@pytest.mark.parametrize(
    "prop", ["age_at_death", "âge_au_décès", "age_at_election", "âge_à_l'élection", "âge"]
)
def test_the_documented_age_properties_are_ages(tmp_path: Path, prop: str) -> None:
    yaml = _YOUNG.format(prop=prop, value="16 ans", when="8 novembre 2023")
    messages = findings(tmp_path, yaml, "age-matches-birth")
    assert len(messages) == 1
    assert "is 16 ('y1')" in messages[0]


def test_an_age_in_years_and_days_is_shown_as_written_once(tmp_path: Path) -> None:
    yaml = _YOUNG.format(prop="âge", value="17 ans et 245 jours", when="8 novembre 2024")
    messages = findings(tmp_path, yaml, "age-matches-birth")
    assert len(messages) == 1
    assert "is 17 ans et 245 jours ('y1')" in messages[0]
    assert "jours days" not in messages[0]


def test_the_record_age_is_right_to_the_day(tmp_path: Path) -> None:
    yaml = _YOUNG.format(prop="âge", value="17 ans et 245 jours", when="8 novembre 2023")
    assert findings(tmp_path, yaml, "age-matches-birth") == []


@pytest.mark.parametrize("days", ["244", "246"])
def test_a_record_age_a_day_off_is_reported(tmp_path: Path, days: str) -> None:
    yaml = _YOUNG.format(prop="âge", value=f"17 ans et {days} jours", when="8 novembre 2023")
    messages = findings(tmp_path, yaml, "age-matches-birth")
    assert len(messages) == 1
    assert "17 years and 245 days" in messages[0]


_DEBUT = """\
source: {{id: d, title: t, publisher: p, published: 2025-11-24, language: en_GB}}
claims:
  - {{id: b, quote: "x", subject: Ann Lee, property: birth, when: {born}}}
  - {{id: a, quote: "x", subject: Ann Lee, property: age, value: "{years} years and {days} days",
     when: {day}}}
"""


def _years_and_days(born: dt.date, day: dt.date) -> tuple[int, int]:
    """Completed years, then the days since the last birthday (29 Feb: on 28 Feb)."""
    years = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    try:
        birthday = born.replace(year=born.year + years)
    except ValueError:  # 29 February in a year without one
        birthday = dt.date(born.year + years, 2, 28)
    return years, (day - birthday).days


@settings(max_examples=25, deadline=None)
@given(
    born=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2010, 12, 31)),
    after=st.integers(min_value=366, max_value=30 * 365),
)
def test_the_years_and_days_from_birth_pass(
    tmp_path_factory: pytest.TempPathFactory, born: dt.date, after: int
) -> None:
    day = born + dt.timedelta(days=after)
    years, days = _years_and_days(born, day)
    yaml = _DEBUT.format(born=born.isoformat(), day=day.isoformat(), years=years, days=days)
    folder = tmp_path_factory.mktemp("age")
    assert findings(folder, yaml, "age-matches-birth") == []
    if born.month == 2 and born.day == 29:
        return  # a day either side of the anniversary may both be right
    wrong = _DEBUT.format(born=born.isoformat(), day=day.isoformat(), years=years, days=days + 1)
    if days + 1 < 365:
        assert len(findings(tmp_path_factory.mktemp("age"), wrong, "age-matches-birth")) == 1


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("1 year and 1 day", "is 1 year and 1 day ('a')"),
        ("2 years and 6 months", "is 2 years and 6 months ('a')"),
        ("18 months", "is 18 months ('a')"),
        ("35 year", "is 35 ('a')"),
    ],
)
def test_an_age_is_shown_as_written_once(tmp_path: Path, value: str, shown: str) -> None:
    yaml = (
        "source: {id: d, title: t, publisher: p, published: 2025-11-24, language: en_GB}\n"
        "claims:\n"
        "  - {id: b, quote: x, subject: Ann Lee, property: birth, when: 1 March 2020}\n"
        f'  - {{id: a, quote: x, subject: Ann Lee, property: age, value: "{value}",'
        " when: 2 March 2020}\n"
    )
    messages = findings(tmp_path, yaml, "age-matches-birth")
    assert len(messages) == 1
    assert shown in messages[0]
