"""`factcheck extract` on live-blog copy: what the live desk found.

Each test drafts the lines an editor of a live blog would skim and asserts what the
draft shows: the value, its property, its `when`, its `kind` and its `as_of` qualifier.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import DraftClaim, extract

SAT_14_MARCH = date(2026, 3, 14)
TUE_16_JUNE = date(2026, 6, 16)


def drafted(text: str, language: str, published: date) -> list[DraftClaim]:
    return extract(text, language, published).claims


def by_value(text: str, language: str, published: date) -> dict[str | None, DraftClaim]:
    return {c.value: c for c in drafted(text, language, published) if c.value is not None}


# --- injured are no deaths --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le bilan provisoire s'élève à 12 morts et 23 blessés.",
            "fr",
            {"12 person": "deaths", "23 person": "injured"},
        ),
        ("At least 30 people were injured.", "en", {">=30 person": "injured"}),
        ("Des trois victimes, deux ont pu quitter l'hôpital.", "fr", {"3 person": "?"}),
    ],
)
def test_the_injured_and_the_victims_are_no_deaths(
    text: str, language: str, expected: dict[str, str]
) -> None:
    found = by_value(text, language, SAT_14_MARCH)
    assert {value: found[value].property for value in expected} == expected


# --- a past day's planned total is no forecast ------------------------------------------------


def test_a_planned_total_of_a_past_day_is_a_fact_of_that_day() -> None:
    text = (
        "La SNCF a indiqué que 38 trains avaient été supprimés vendredi au départ de la "
        "Part-Dieu, sur 412 prévus, soit 9,2 % des circulations."
    )
    found = by_value(text, "fr", SAT_14_MARCH)
    assert (found["412"].kind, found["412"].when) == ("fact", "13 mars 2026")
    assert found["9,2 %"].kind == "fact"


def test_a_timetable_time_makes_no_forecast_of_a_delay() -> None:
    text = "Le vol, prévu à 9 h 50, a finalement décollé à 13 h 30, soit 3 h 40 de retard."
    delay = by_value(text, "fr", date(2026, 3, 19))["3 h 40"]
    assert (delay.property, delay.kind) == ("delay", "fact")


# --- a time of day is no figure ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tue 16 Jun 2026 17.45 BST",
        "Tue 16 Jun 2026 17.45",
        "The statement came at 17:40 CET on Tuesday.",
    ],
)
def test_a_time_with_its_zone_or_after_a_dateline_is_no_figure(text: str) -> None:
    assert by_value(text, "en_GB", TUE_16_JUNE) == {}


# --- a year of another verb dates no figure ---------------------------------------------------


def test_a_year_of_another_event_of_the_sentence_dates_no_figure() -> None:
    text = "The supermarket employs 85 staff and opened in 2009, 17 years ago."
    claims = drafted(text, "en_GB", TUE_16_JUNE)
    staff = next(c for c in claims if c.value == "85 person")
    assert staff.when is None
    assert [c.quote for c in claims if c.value is None and c.when == "2009"] == ["opened in 2009"]
    years = next(c for c in claims if c.value == "17 year")
    assert years.when is None and years.note is not None


def test_a_building_year_is_its_own_date_claim() -> None:
    text = "Construit en 1884, l'immeuble comptait 14 logements."
    claims = drafted(text, "fr", SAT_14_MARCH)
    assert next(c for c in claims if c.value == "14").when is None
    assert [(c.quote, c.when) for c in claims if c.value is None] == [("Construit en 1884", "1884")]


# --- an entry's timestamp is the as_of of its figures -----------------------------------------

MARSEILLE = """\
EN DIRECT. Effondrement d'un immeuble à Marseille

L'essentiel
- Le bilan provisoire s'élève à 12 morts.

18 h 05. Le bilan passe à 12 morts
Les marins-pompiers ont annoncé le bilan.

14 h 32. Le préfet évoque un bilan
« À cette heure, nous déplorons 9 morts », a indiqué le préfet.
"""


def test_a_figure_under_an_entry_takes_its_timestamp_as_as_of() -> None:
    tolls = [
        (c.quote, c.qualifiers.get("as_of"))
        for c in drafted(MARSEILLE, "fr", SAT_14_MARCH)
        if c.property == "deaths"
    ]
    assert tolls == [
        ("Le bilan provisoire s'élève à 12 morts", None),
        ("Le bilan passe à 12 morts", "18 h 05"),
        ("nous déplorons 9 morts", "14 h 32"),
    ]


def test_english_entries_are_stamped_without_their_zone() -> None:
    text = (
        "Live\n\n3.48pm BST\nAt least 30 people were injured.\n\n"
        "12.20pm BST\nThe ambulance service says 18 people have been injured.\n"
    )
    found = by_value(text, "en_GB", TUE_16_JUNE)
    assert found[">=30 person"].qualifiers == {"as_of": "3.48pm"}
    assert found["18 person"].qualifiers == {"as_of": "12.20pm"}


def test_one_time_opening_a_line_is_no_live_blog() -> None:
    text = "9 h 40. Un premier bilan fait état de 5 morts."
    assert by_value(text, "fr", SAT_14_MARCH)["5 person"].qualifiers == {}


# --- figures the live desk missed -------------------------------------------------------------


def test_a_delay_in_hours_and_minutes_is_drafted() -> None:
    text = "Le TGV Lyon-Paris est finalement parti à 9 h 19, avec 2 h 15 de retard."
    assert [(c.value, c.property) for c in drafted(text, "fr", SAT_14_MARCH)] == [
        ("2 h 15", "delay")
    ]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Eleven were taken to hospital.", "en_GB", "11"),
        ("At least 30 were hurt. Twelve remain in hospital.", "en_GB", "12"),
    ],
)
def test_a_number_in_words_opening_a_sentence_counts(text: str, language: str, value: str) -> None:
    assert value in by_value(text, language, TUE_16_JUNE)


def test_the_other_two_are_still_no_count() -> None:
    assert by_value("The other two stayed behind.", "en_GB", TUE_16_JUNE) == {}


def test_a_quote_never_ends_on_its_coordinator() -> None:
    text = "Selon lui, 1 200 policiers et gendarmes supplémentaires seront déployés."
    assert by_value(text, "fr", SAT_14_MARCH)["1 200 person"].quote == "Selon lui, 1 200 policiers"
