"""figure-in-quote reads the figures the desks of the 20th audit write in words.

French approximate nouns ("une centaine", "une quarantaine d'années") are about their
number: ``~100``, never ``100``. A vulgar fraction glued to a figure is part of it ("7½
years" is 7.5, no 7). US weather writes temperatures in bands of tens ("highs in the
90s", "lows in the mid-70s"). Parts of a unit ("half an inch", "un quart d'heure"),
tenths and hundredths of a second ("à 5 centièmes du record"), counts of match reports
("both", "a brace", "a hat-trick", "a century") and F1 lap times ("1m 23.456s").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_figure_in_quote import passes
from tests.test_quote_rules19 import findings

CLAIM = (
    "source: {id: s, title: t, publisher: p, published: 2026-11-13, language: %s}\n"
    "claims:\n"
    "  - {id: c, subject: X, property: p, value: '%s', quote: \"%s\"}\n"
)


# --- courts F1: "une centaine", "une quarantaine d'années" ---------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("~40 ans", "Un homme d'une quarantaine d'années a été interpellé", "fr"),
        ("~40 year", "Un homme d'une quarantaine d'années a été interpellé", "fr"),
        ("~20", "une vingtaine de policiers", "fr"),
        ("~10", "une dizaine de plaintes", "fr"),
        ("~12", "une douzaine de témoins", "fr"),
        ("~15 jour", "une quinzaine de jours", "fr"),
        ("~50 ans", "un homme d'une cinquantaine d'années", "fr"),
        ("~60", "une soixantaine de salariés", "fr"),
        ("~100", "Une centaine de chauffeurs de taxi s'étaient rassemblés", "fr"),
        ("~1 000", "un millier de manifestants", "fr"),
        ("~1 000", "près d'un millier de manifestants", "fr"),
        ("~100 EUR", "une centaine d'euros", "fr"),
        ("~20", "a score of officers", "en_GB"),
    ],
)
def test_an_approximate_noun_is_about_its_number(value: str, quote: str, language: str) -> None:
    assert passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("40", "une quarantaine de policiers", "fr"),
        ("40 ans", "un homme d'une quarantaine d'années", "fr"),
        ("40 à 49 ans", "un homme d'une quarantaine d'années", "fr"),
        ("~30", "une quarantaine de policiers", "fr"),
        ("~100 USD", "une centaine d'euros", "fr"),
        ("20", "a score of officers", "en_GB"),
        ("~100", "des centaines de manifestants", "fr"),
    ],
)
def test_an_approximate_noun_is_no_exact_figure(value: str, quote: str, language: str) -> None:
    assert not passes(value, quote, language)


def test_the_message_says_to_write_about_the_figure(tmp_path: Path) -> None:
    quote = "Un homme d'une quarantaine d'années a été interpellé"
    messages = findings(tmp_path, CLAIM % ("fr", "40 ans", quote), "figure-in-quote")
    assert len(messages) == 1
    assert "'une quarantaine', about 40: write '~40 ans'" in messages[0]


# --- courts F3: "7½ years" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "found"),
    [
        ("7 year", "Drink-driver jailed for 7½ years", False),
        ("7", "Drink-driver jailed for 7½ years", False),
        ("4 year", "He was jailed for 4½ years in 2019", False),
        ("2 mile", "a 2¾ mile walk", False),
        ("7 year", "jailed for 7 ½ years", False),
        ("7.5 year", "Drink-driver jailed for 7½ years", True),
        ("90 month", "Drink-driver jailed for 7½ years", True),
        ("54 month", "He was jailed for 4½ years in 2019", True),
        ("2.75 mile", "a 2¾ mile walk", True),
    ],
)
def test_a_vulgar_fraction_is_part_of_its_figure(value: str, quote: str, found: bool) -> None:
    assert passes(value, quote, "en_GB") is found


@given(st.integers(1, 99), st.sampled_from(["½", "¼", "¾"]))
def test_the_whole_part_of_a_fraction_is_never_found(whole: int, fraction: str) -> None:
    quote = f"jailed for {whole}{fraction} years"
    assert not passes(f"{whole} year", quote, "en_GB")
    assert not passes(str(whole), quote, "en_GB")
    decimals = {"½": "5", "¼": "25", "¾": "75"}[fraction]
    assert passes(f"{whole}.{decimals} year", quote, "en_GB")


# --- weather A1: "highs in the 90s" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("90 to 99 °F", "Highs will stay in the 90s through the weekend", "en_US"),
        ("74 to 76 °F", "with lows in the mid-70s", "en_US"),
        ("70 to 79 °F", "with lows in the mid-70s", "en_US"),
        ("87 to 89 °F", "highs in the upper 80s", "en_US"),
        ("40 to 43 °F", "lows in the low 40s", "en_US"),
        ("100 to 103 °F", "highs in the low 100s", "en_US"),
        ("10 to 19 °F", "lows in the teens", "en_US"),
        ("30 to 39 °C", "temperatures in the 30s", "en_GB"),
    ],
)
def test_a_band_of_tens_is_a_temperature_range(value: str, quote: str, language: str) -> None:
    assert passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("70 to 72 °F", "with lows in the mid-70s"),
        ("90 to 100 °F", "Highs will stay in the 90s"),
        ("90 °F", "Highs will stay in the 90s"),
        ("90 to 99 year", "Highs will stay in the 90s"),
        ("1990 to 1999 °F", "in the 1990s"),
        ("80 s", "a man in his 80s"),
    ],
)
def test_a_band_of_tens_is_no_other_value(value: str, quote: str) -> None:
    assert not passes(value, quote, "en_US")


def test_the_message_shows_the_range_of_the_band(tmp_path: Path) -> None:
    messages = findings(
        tmp_path, CLAIM % ("en_US", "90 °F", "Highs will stay in the 90s"), "figure-in-quote"
    )
    assert len(messages) == 1
    assert "the temperatures 90 to 99 ('90 to 99 °F')" in messages[0]
    assert "decade" not in messages[0]


# --- weather A5: "half an inch", "un quart d'heure" -------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("0.5 in", "Half an inch of rain fell in an hour in Tampa", "en_US"),
        ("0.5 inch", "Half an inch of rain fell in an hour in Tampa", "en_US"),
        ("0.5 inch", "a half-inch of rain", "en_US"),
        ("0.25 mile", "a quarter of a mile away", "en_US"),
        ("45 min", "three quarters of an hour later", "en_GB"),
        ("0.5 pp", "rates rose half a point", "en_GB"),
        ("30 min", "une demi-heure de retard", "fr"),
        ("0,5 heure", "une demi-heure de retard", "fr"),
        ("15 min", "un quart d'heure plus tard", "fr"),
        ("45 min", "trois quarts d'heure plus tard", "fr"),
        ("0,5 pp", "le taux a gagné un demi-point", "fr"),
    ],
)
def test_a_part_of_a_unit_is_its_amount(value: str, quote: str, language: str) -> None:
    assert passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("1 inch", "Half an inch of rain fell", "en_US"),
        ("0.5 mile", "a quarter of a mile away", "en_US"),
        ("0.5", "after half-time he scored", "en_GB"),
        ("0,5", "en demi-finale", "fr"),
        ("0.5 inch", "half a dozen officers", "en_GB"),
    ],
)
def test_a_part_of_no_unit_is_no_amount(value: str, quote: str, language: str) -> None:
    assert not passes(value, quote, language)


# --- sports 2: "à 5 centièmes du record" ------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("0,05 s", "Il a échoué à 5 centièmes du record", "fr"),
        ("0,12 s", "Elle a battu le record de 12 centièmes de seconde", "fr"),
        ("0,3 s", "Il termine à 3 dixièmes du podium", "fr"),
        ("0,2 s", "à deux dixièmes du vainqueur", "fr"),
        ("0,3 pp", "le chômage recule de trois dixièmes de point", "fr"),
        ("0.05 s", "He missed the record by five hundredths of a second", "en_GB"),
        ("0.2 s", "He finished two tenths behind", "en_GB"),
        ("0.05 s", "He missed the record by 5 hundredths", "en_GB"),
        ("0.1 s", "a tenth of a second behind", "en_GB"),
        ("50 ms", "five hundredths of a second", "en_GB"),
    ],
)
def test_tenths_and_hundredths_are_of_a_second(value: str, quote: str, language: str) -> None:
    assert passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("0,5 s", "Il a échoué à 5 centièmes du record", "fr"),
        ("0,005 s", "Il a échoué à 5 centièmes du record", "fr"),
        ("0.5 s", "He missed the record by five hundredths of a second", "en_GB"),
        ("0,3 %", "le chômage recule de trois dixièmes de point", "fr"),
    ],
)
def test_tenths_are_no_other_amount(value: str, quote: str, language: str) -> None:
    assert not passes(value, quote, language)


# --- sports 4: "both", "a brace", "a hat-trick", "a century" ----------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("2", "tries by Penaud and Bielle-Biarrey, both converted by Ramos", "en_GB"),
        ("3", "Kane completed his hat-trick in the 78th minute.", "en_GB"),
        ("3", "a hat trick for Kane", "en_GB"),
        ("2", "Salah scored a brace.", "en_GB"),
        ("100", "Root made a century.", "en_GB"),
        ("3", "Mbappé a signé un triplé face à Lyon.", "fr"),
        ("2", "Dembélé a inscrit un doublé.", "fr"),
        ("3", "Mbappé a réussi le coup du chapeau", "fr"),
    ],
)
def test_a_count_in_words_of_a_match_report(value: str, quote: str, language: str) -> None:
    assert passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("2 %", "both parties agreed"),
        ("2 year", "both parties agreed"),
        ("3 %", "Kane completed his hat-trick"),
        ("4", "Kane completed his hat-trick"),
        ("200", "Root made a century."),
    ],
)
def test_a_count_in_words_is_no_measure(value: str, quote: str) -> None:
    assert not passes(value, quote, "en_GB")


# --- sports 5: "1m 23.456s" -------------------------------------------------------------------


@pytest.mark.parametrize("value", ["1:23.456", "83.456 s", "1 min 23.456 s", "1 min 23.456 s"])
def test_a_lap_time_in_minutes_and_seconds(value: str) -> None:
    assert passes(value, "The Dutchman's pole lap of 1m 23.456s was a record.", "en_GB")


@pytest.mark.parametrize("value", ["1:24.456", "84.456 s", "1 h 23.456 s"])
def test_a_lap_time_is_no_other_time(value: str) -> None:
    assert not passes(value, "The Dutchman's pole lap of 1m 23.456s was a record.", "en_GB")


def test_the_message_says_the_fraction_is_part_of_the_figure(tmp_path: Path) -> None:
    quote = "He was jailed for 4½ years in 2019 and 7½ years now"
    messages = findings(tmp_path, CLAIM % ("en_GB", "7 year", quote), "figure-in-quote")
    assert len(messages) == 1
    assert "which writes 7½, that is 7.5, not 7" in messages[0]
