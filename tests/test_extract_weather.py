"""`factcheck extract` on a weather desk's copy (audit F7 and F13).

A storm warning is about tomorrow, a forecast's "could" and "are possible" make it one,
and a change of temperature is a difference (``delta_degC``), never a temperature. Each
test drafts the desk's sentences and asserts what the editor sees in the draft.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.dates import parse_date
from factcheck.extract import DraftClaim, extract

FRIDAY = date(2025, 11, 7)  # Friday 7 November 2025: "Saturday" is tomorrow
WEDNESDAY = date(2025, 8, 13)  # Wednesday 13 August 2025


def claims(text: str, language: str, published: date) -> list[DraftClaim]:
    return extract(text, language, published).claims


def valued(text: str, language: str, published: date) -> list[DraftClaim]:
    return [c for c in claims(text, language, published) if c.value is not None]


# --- F7: a window a warning announces is ahead ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Met Office has issued a rare red warning for wind for coastal parts of Devon"
            " and Cornwall, in force from 6am Saturday until midnight.",
            [("8 November 2025", "forecast")],
        ),
        (
            "A wider amber warning covers much of Wales and south-west England from 3am on"
            " Saturday to 6am on Sunday.",
            [("8 November 2025", "forecast"), ("9 November 2025", "forecast")],
        ),
    ],
)
def test_a_warnings_window_is_the_coming_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.when, c.kind) for c in claims(text, "en_GB", FRIDAY)] == expected


def test_a_limit_for_saturday_is_tomorrows() -> None:
    text = (
        "Network Rail has imposed a 50mph speed limit on several lines in the South West for"
        " Saturday, and Great Western Railway has urged passengers not to travel."
    )
    [limit] = valued(text, "en_GB", FRIDAY)
    assert (limit.value, limit.when, limit.kind) == ("50 mph", "8 November 2025", "forecast")


def test_a_weekday_told_in_the_past_that_may_be_tomorrow_gets_a_note() -> None:
    [claim] = claims(
        "Brittany Ferries cancelled all sailings from Plymouth on Saturday.", "en_GB", FRIDAY
    )
    assert claim.when == "1 November 2025"  # as verify reads a fact's Saturday
    assert claim.note is not None
    assert "if the text means the coming one, write 8 November 2025" in claim.note


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Cormac was named by Met Éireann on Wednesday.", "5 November 2025"),
        ("A 64-year-old man died on Thursday evening near Okehampton.", "6 November 2025"),
    ],
)
def test_a_past_weekday_stays_past_without_a_note(text: str, when: str) -> None:
    for claim in claims(text, "en_GB", FRIDAY):
        assert claim.when == when
        assert claim.note is None or "coming one" not in claim.note


def test_until_a_weekday_is_read_as_verify_reads_it() -> None:
    text = (
        "La préfecture de Haute-Garonne a limité la vitesse à 90 km/h sur les autoroutes du"
        " département et interdit les manifestations sportives jusqu'à vendredi."
    )
    [ban] = [c for c in claims(text, "fr", WEDNESDAY) if c.value is None]
    assert ban.when == "15 août 2025"
    verify_reads = parse_date("jusqu'à vendredi", "fr", WEDNESDAY)
    assert parse_date(ban.when, "fr", WEDNESDAY).start == verify_reads.start


# --- F7: words of forecast after the figure ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Storm Cormac: Rare red warning as gusts of 90mph forecast",
        "Gusts of 90mph (145km/h) are possible on exposed coasts and headlands.",
        "Up to 3 inches (75mm) of rain could fall on high ground in south Wales.",
        "Les températures devraient perdre 8 à 10 °C en vingt-quatre heures.",
    ],
)
def test_a_figure_followed_by_a_word_of_forecast_is_a_forecast(text: str) -> None:
    language = "fr" if "températures" in text else "en_GB"
    drafted = valued(text, language, FRIDAY)
    assert drafted
    assert {c.kind for c in drafted} == {"forecast"}


def test_a_figure_recorded_stays_a_fact() -> None:
    text = "A gust of 83mph (134km/h) was recorded at the Needles on the Isle of Wight."
    assert {c.kind for c in valued(text, "en_GB", FRIDAY)} == {"fact"}


# --- F13: temperatures, pressures, conversions, ranks -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'indicateur thermique national a atteint 27,4 °C mardi, soit un écart de +3,2 °C"
            " à la normale (24,2 °C).",
            ["27,4 °C", "3,2 delta_degC", "24,2 °C"],
        ),
        (
            "Les températures devraient perdre 8 à 10 °C en vingt-quatre heures.",
            ["-10 to -8 delta_degC", "24 hour"],
        ),
        ("La mer s'est réchauffée de 1,7 °C.", ["1,7 delta_degC"]),
        # a sign alone is a level: twenty degrees below zero, never a fall
        ("Il a fait -5 °C à Strasbourg.", ["-5 °C"]),
        ("It fell to -5C overnight.", ["-5 °C"]),
    ],
)
def test_a_change_of_temperature_is_a_difference(text: str, expected: list[str]) -> None:
    language = "en" if text.startswith("It ") else "fr"
    assert [c.value for c in valued(text, language, WEDNESDAY)] == expected


def test_a_gap_to_a_record_is_a_difference_without_the_records_date() -> None:
    text = "À Bordeaux, il a culminé à 39,2 °C, à 2 °C de son record du 23 juillet 2019 (41,2 °C)."
    drafted = {c.value: c for c in valued(text, "fr", WEDNESDAY)}
    gap = drafted["2 delta_degC"]
    assert gap.when is None
    assert gap.note is not None and "à 2 °C de son record" in gap.note
    assert drafted["41,2 °C"].when == "23 juillet 2019"


def test_a_month_named_is_no_duration() -> None:
    text = (
        "« Nous vivons un épisode d'une intensité rare pour un mois d'août », a déclaré mardi"
        " soir François Gourand."
    )
    assert valued(text, "fr", WEDNESDAY) == []


def test_a_count_in_words_after_a_title_is_found() -> None:
    text = (
        "Canicule : 40,1 °C à Toulouse, un record absolu depuis 1947\n\n"
        "Douze départements du Sud-Ouest et du Midi sont placés en vigilance rouge canicule."
    )
    assert [c.value for c in valued(text, "fr", WEDNESDAY)] == ["40,1 °C", "12"]


def test_a_pressure_in_mb_is_a_claim_whose_note_says_what_to_write() -> None:
    text = (
        "The storm's central pressure is expected to fall to 948mb as it passes north of Ireland."
    )
    [claim] = [c for c in claims(text, "en_GB", FRIDAY) if "948mb" in c.quote]
    assert claim.value is None
    assert claim.note is not None and "write mbar for millibars" in claim.note


def test_a_conversion_in_brackets_keeps_the_hedge() -> None:
    text = "Up to 3 inches (75mm) of rain could fall on high ground in south Wales."
    assert [c.value for c in valued(text, "en_GB", FRIDAY)] == ["<=3 inch", "<=75 mm"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The storm is the third named storm of the 2025/26 season, after Amy and Benjamin.",
            "en_GB",
            ["3"],
        ),
        ("C'est la troisième tempête de la saison.", "fr", ["3"]),
        ("Dembélé a marqué son 9e but de la saison.", "fr", []),  # a count so far, no rank
    ],
)
def test_a_place_in_the_series_of_a_season_is_a_rank(
    text: str, language: str, expected: list[str]
) -> None:
    assert [c.value for c in valued(text, language, FRIDAY)] == expected


def test_the_day_of_one_item_of_a_list_does_not_date_the_next() -> None:
    text = (
        "La chaleur a déjà fait au moins trois morts depuis dimanche : un ouvrier de 52 ans,"
        " victime d'un malaise sur un chantier de Montauban (Tarn-et-Garonne) lundi, et deux"
        " baigneurs qui se sont noyés dans l'Hérault, selon les préfectures."
    )
    drafted = claims(text, "fr", WEDNESDAY)
    [bathers] = [c for c in drafted if c.value == "2"]
    assert bathers.when is None
    assert "11 août 2025" in [c.when for c in drafted if c.value is None]  # the worker's day
