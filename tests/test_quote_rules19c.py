"""Quote rules on fact-check and obituary copy (audits of 2 Dec 2026: factunit, obits).

date-in-quote: a year written as its figure's own date ("délivrés en 2024") of a claim of
another year is reported (FU-2); "against Wales", "contre le pays de Galles" name an
opponent, not a baseline (O-4). weekday-matches-date: a day before 15 October 1582 has
its Julian weekday (O-3). figure-in-quote: "early eighties", "centenarian" are age bands
(O-10); a rate written per another base than its property names is reported (FU-4).
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.quote_fractions import rate_bases
from tests.test_figure_in_quote import passes
from tests.test_quote_rules19 import findings

# --- 1. a stale year alone in a quote (FU-2) ------------------------------------------------

PERMITS = (
    "source: {id: s, title: t, publisher: p, published: 2026-11-27, language: %s}\n"
    "claims:\n"
    '  - {id: titres, subject: France, property: permits, value: "336 700", when: "%s",'
    ' quote: "%s"}\n'
)


def test_a_figure_dated_with_last_year_is_reported(tmp_path: Path) -> None:
    quote = "336 700 premiers titres de séjour ont été délivrés en 2024"
    (message,) = findings(tmp_path, PERMITS % ("fr", "2025", quote), "date-in-quote")
    assert message == (
        "claim 'titres': its when is 2025, but its quote dates its figure en 2024 (a sentence"
        " of another year's copy?): write the year the figure is of in both"
    )


def test_the_stale_year_fails_ci_when_the_desk_says_so(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text(
        PERMITS % ("fr", "2025", "336 700 titres ont été délivrés en 2024"), encoding="utf-8"
    )
    from tests.conftest import verify_folder

    report = verify_folder(tmp_path, '[rules.date-in-quote]\nseverity = "error"\n')
    assert [f.severity.name for f in report.findings if f.rule == "date-in-quote"] == ["ERROR"]


@pytest.mark.parametrize(
    ("language", "when", "quote"),
    [
        ("en_GB", "2025", "336,700 permits were issued in 2024"),
        ("en_GB", "2025", "the Home Office granted 336,700 permits for 2024"),
        ("fr", "2025", "336 700 titres au titre de 2024"),
        ("fr", "T3 2025", "le taux de chômage atteignait 7,6 % en 2024"),
    ],
)
def test_other_ways_of_dating_a_figure_are_read(
    tmp_path: Path, language: str, when: str, quote: str
) -> None:
    assert len(findings(tmp_path, PERMITS % (language, when, quote), "date-in-quote")) == 1


@pytest.mark.parametrize(
    ("language", "when", "quote"),
    [
        ("fr", "2025", "336 700 titres en 2025, contre 326 300 en 2024"),  # a year of its when
        ("fr", "2025", "contre 326 300 en 2024"),  # the baseline of another claim
        ("fr", "2025", "soit 3 % de plus qu'en 2024"),
        ("fr", "2025", "un niveau inédit depuis 2015, à 336 700"),
        ("fr", "2025", "le plus haut niveau de titres délivrés, 336 700, depuis le record de 2019"),
        ("en_GB", "2025", "336,700, higher than in 2024"),
        ("en_GB", "2025", "up 3 % compared with 336,700 in 2024"),
        ("en_GB", "2025", "336,700 permits, the most since 2015"),
        ("en_GB", "2025", "336,700 permits, up from 326,300 in 2024"),
        ("fr", "2025", "de 2017 à 2024, 1,2 million de titres"),
        ("fr", "2025", "âgé de 75 ans et né en 1950"),
        ("fr", "2025", "le dispositif, lancé en 2019, a aidé 12 000 familles"),
        ("fr", "2025", "un médecin pour 2000 habitants"),
        ("fr", "12 mars 2025", "« Nous avons délivré 336 700 titres en 2024 »"),  # a day's claim
        ("fr", "2025", "en 2024-25, 336 700 titres"),  # a financial year
        ("fr", "2025", "il a été réélu en 2024"),  # no figure
    ],
)
def test_a_year_that_is_not_the_figures_date_is_left_alone(
    tmp_path: Path, language: str, when: str, quote: str
) -> None:
    assert findings(tmp_path, PERMITS % (language, when, quote), "date-in-quote") == []


@settings(max_examples=15, deadline=None)
@given(
    when=st.integers(1990, 2030),
    quoted=st.integers(1990, 2030),
    before=st.sampled_from(["", "contre ", "depuis ", "par rapport à "]),
)
def test_only_another_year_written_as_the_figures_own_is_reported(
    when: int, quoted: int, before: str
) -> None:
    quote = f"{before}336 700 titres délivrés en {quoted}"
    with tempfile.TemporaryDirectory() as folder:
        found = findings(Path(folder), PERMITS % ("fr", when, quote), "date-in-quote")
    assert len(found) == (1 if quoted != when and not before else 0)


# --- 2. "against" an opponent (O-4) ---------------------------------------------------------

MATCH = (
    "source: {id: s, title: t, publisher: p, published: 2026-11-27, language: %s}\n"
    "claims:\n"
    '  - {id: h, subject: Tommy Hargreaves, property: hat_trick, when: %s, quote: "%s"}\n'
)


@pytest.mark.parametrize(
    ("language", "when", "quote", "written"),
    [
        (
            "en_GB",
            "22 November 1962",
            "a hat-trick against Wales at Wembley on 22 November 1961",
            "22 November 1961",
        ),
        (
            "fr",
            "22 novembre 1962",
            "un triplé contre le pays de Galles le 22 novembre 1961",
            "22 novembre 1961",
        ),
        ("en_GB", "3 May 1962", "two goals vs Leeds on 3 May 1961", "3 May 1961"),
    ],
)
def test_a_day_after_an_opponent_is_the_matchs_own(
    tmp_path: Path, language: str, when: str, quote: str, written: str
) -> None:
    (message,) = findings(tmp_path, MATCH % (language, when, quote), "date-in-quote")
    assert message.startswith(f"claim 'h': the quote says {written}, but its when is")


@pytest.mark.parametrize(
    ("language", "when", "quote"),
    [
        ("fr", "12 juin 2025", "4,2 %, contre 5 % le 3 mai 2025"),
        ("fr", "12 juin 2025", "un prix en hausse contre le 3 mai 2025"),
        ("en_GB", "12 June 2025", "4.2 %, against 5 % on 3 May 2025"),
        ("en_GB", "12 June 2025", "4.2 %, against the same day of 3 May 2025"),
    ],
)
def test_a_day_after_a_baseline_against_is_still_skipped(
    tmp_path: Path, language: str, when: str, quote: str
) -> None:
    assert findings(tmp_path, MATCH % (language, when, quote), "date-in-quote") == []


# --- 3. weekdays before 1582 (O-3) ----------------------------------------------------------

HISTORY = (
    "source: {id: s, title: t, publisher: p, published: 2026-05-30, language: %s}\n"
    "claims:\n"
    '  - {id: e, subject: X, property: happened, when: %s, quote: "le %s"}\n'
)


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("fr", "mercredi 30 mai 1431"),  # Joan of Arc
        ("fr", "samedi 14 octobre 1066"),  # Hastings
        ("en_GB", "Saturday 14 October 1066"),
        ("fr", "jeudi 4 octobre 1582"),  # the last Julian day
        ("fr", "vendredi 15 octobre 1582"),  # the first Gregorian one
    ],
)
def test_a_weekday_before_1582_is_the_julian_calendars(
    tmp_path: Path, language: str, written: str
) -> None:
    assert findings(tmp_path, HISTORY % (language, written, written), "weekday-matches-date") == []


def test_a_wrong_julian_weekday_is_reported_with_the_julian_one(tmp_path: Path) -> None:
    yaml = HISTORY % ("fr", "lundi 30 mai 1431", "lundi 30 mai 1431")
    (message,) = findings(tmp_path, yaml, "weekday-matches-date")
    assert message.endswith("30 mai 1431 was a mercredi")


def _julian_weekday(day: date) -> int:
    """The weekday (Monday 0) of a Julian date, from its Julian day number."""
    shift = (14 - day.month) // 12
    year, month = day.year + 4800 - shift, day.month + 12 * shift - 3
    number = day.day + (153 * month + 2) // 5 + 365 * year + year // 4 - 32083
    return number % 7


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
]  # fmt: skip


@settings(max_examples=12, deadline=None)
@given(day=st.dates(min_value=date(1000, 1, 1), max_value=date(1582, 10, 4)))
def test_any_julian_day_written_with_its_weekday_passes(day: date) -> None:
    written = f"{FR_DAYS[_julian_weekday(day)]} {day.day} {FR_MONTHS[day.month - 1]} {day.year}"
    with tempfile.TemporaryDirectory() as folder:
        yaml = HISTORY % ("fr", written, written)
        assert findings(Path(folder), yaml, "weekday-matches-date") == []


# --- 4. ages in words (O-10) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("80 to 83 year", "in his early eighties", "en"),
        ("80 to 83 year", "in his early 80s", "en"),
        ("80 to 89 year", "in his early eighties", "en"),
        ("83 to 86 year", "in her mid-eighties", "en"),
        ("86 to 89 year", "in their late eighties", "en"),
        ("76 to 79 year", "in her late 70s", "en"),
        (">=100 year", "the centenarian", "en"),
        (">=100 year", "une centenaire", "fr"),
        (">=110 year", "a supercentenarian", "en"),
        ("80 to 89 year", "octogénaire", "fr"),
        ("90 to 99 year", "nonagénaire", "fr"),
        ("70 to 79 year", "septuagénaire", "fr"),
        ("40 to 49 year", "quadragénaire", "fr"),
        ("80 to 89 year", "an octogenarian", "en"),
    ],
)
def test_ages_in_words_are_found(value: str, quote: str, language: str) -> None:
    assert passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("80 to 84 year", "in his early eighties", "en"),  # early is 80 to 83
        ("86 to 89 year", "in his early eighties", "en"),
        ("100 year", "the centenarian", "en"),  # the word does not say 100 exactly
        ("80 to 83 year", "in the early 80s", "en"),  # a decade of years, no age
        ("90 to 99 year", "octogénaire", "fr"),
    ],
)
def test_ages_in_words_hold_no_other_value(value: str, quote: str, language: str) -> None:
    assert not passes(value, quote, language)


def test_the_message_names_the_narrow_band(tmp_path: Path) -> None:
    yaml = (
        "source: {id: s, title: t, publisher: p, published: 2026-11-27, language: en_GB}\n"
        "claims:\n"
        '  - {id: a, quote: "the centenarian", subject: C, property: age, value: "100 year"}\n'
    )
    (message,) = findings(tmp_path, yaml, "figure-in-quote")
    assert message.endswith("(which writes the ages 100 and over ('>=100 year'))")


# --- 5. the base of a rate (FU-4) -----------------------------------------------------------

RATE = (
    "source: {id: s, title: t, publisher: p, published: 2026-11-24, language: %s}\n"
    "claims:\n"
    '  - {id: taux, subject: homicides, property: %s, value: "%s", when: "2025", quote: "%s"}\n'
)


def test_a_rate_per_another_base_than_its_property_is_reported(tmp_path: Path) -> None:
    yaml = RATE % ("fr", "victims_per_100k", "1,4", "soit 1,4 pour 10 000 habitants")
    (message,) = findings(tmp_path, yaml, "figure-in-quote")
    assert message == (
        "the figure 1,4 of 'taux' is not in its quote \"soit 1,4 pour 10 000 habitants\""
        " (which writes 1,4 pour 10 000, not per 100 000 as its property victims_per_100k"
        " says): write the rate per the quote's base, or name that base in the property"
    )


@pytest.mark.parametrize(
    ("language", "prop", "value", "quote"),
    [
        ("en_GB", "deaths_per_1000", "2.1", "2.1 deaths per 100,000 people"),
        ("en_GB", "cases_per_million", "12", "12 cases per 100k"),
        ("fr", "taux_pour_100000", "1,4", "1,4 homicide pour mille habitants"),
        ("en_US", "deaths_per_100k", "1.4", "1.4 per one thousand residents"),
    ],
)
def test_other_bases_are_read(
    tmp_path: Path, language: str, prop: str, value: str, quote: str
) -> None:
    assert len(findings(tmp_path, RATE % (language, prop, value, quote), "figure-in-quote")) == 1


@pytest.mark.parametrize(
    ("language", "prop", "value", "quote"),
    [
        ("fr", "victims_per_100k", "1,4", "soit 1,4 pour 100 000 habitants"),
        ("fr", "victims_per_100000", "1,4", "1,4 homicide pour cent mille habitants"),
        ("en_GB", "deaths_per_100k", "1.4", "1.4 per 100,000, or 14 per million"),
        ("en_GB", "cases_per_million", "12", "12 cases per million people"),
        ("fr", "victims_per_100k", "1,4", "un taux de 1,4"),  # no base written
        ("fr", "victims_per_100k", "1,4", "le taux de 1,4 pour 2025"),  # a year, no base
        ("fr", "victims", "1,4", "soit 1,4 pour 10 000 habitants"),  # no base named
        ("en_GB", "deaths_per_capita", "1.4", "1.4 per 10,000"),
    ],
)
def test_agreeing_or_unnamed_bases_pass(
    tmp_path: Path, language: str, prop: str, value: str, quote: str
) -> None:
    assert findings(tmp_path, RATE % (language, prop, value, quote), "figure-in-quote") == []


@given(base=st.sampled_from([10, 100, 1000, 10_000, 100_000, 1_000_000]))
def test_a_base_in_digits_reads_as_written(base: int) -> None:
    fr = f"{base:,}".replace(",", "\u00a0")
    assert rate_bases(f"1,4 pour {fr} habitants") == ((f"pour {fr}".replace("\u00a0", " "), base),)
    assert rate_bases(f"1.4 per {base:,} people") == ((f"per {base:,}", base),)
