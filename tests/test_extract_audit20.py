"""`factcheck extract`: the session-20 desks' findings on drafts (local, sports, weather, business).

Each test drafts a sentence of the family a desk reported and asserts what the editor sees
in the draft: the values, their `when` and `kind`, the note.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import DraftClaim, extract
from factcheck.values import parse_value

WEDNESDAY = date(2026, 2, 25)  # the Cornwall council-tax story
SUNDAY = date(2026, 4, 12)  # the marathon


def claims(text: str, language: str, published: date = WEDNESDAY) -> list[DraftClaim]:
    return extract(text, language, published).claims


def values(text: str, language: str, published: date = WEDNESDAY) -> list[str | None]:
    return [c.value for c in claims(text, language, published) if c.value is not None]


def valued(text: str, language: str, published: date = WEDNESDAY) -> list[DraftClaim]:
    return [c for c in claims(text, language, published) if c.value is not None]


# --- local 14: "go up from A to B" is two levels, never a range ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It means the council's share of the bill for a Band D property will go up from"
            " £2,021.67 to £2,122.55.",
            ["2,021.67 GBP", "2,122.55 GBP"],
        ),
        ("The bill will rise from £100 to £120.", ["100 GBP", "120 GBP"]),
        ("The rate will go down from 3% to 4%.", ["3 %", "4 %"]),
        ("Symptoms last from 2 to 3 days.", ["2 to 3 day"]),  # a range stays one
    ],
)
def test_a_change_from_one_level_to_another_is_two_figures(text: str, expected: list[str]) -> None:
    assert values(text, "en_GB") == expected


@given(low=st.integers(100, 4999), rise=st.integers(1, 999), pence=st.integers(10, 99))
@settings(max_examples=25, deadline=None)
def test_any_bill_going_up_is_two_amounts(low: int, rise: int, pence: int) -> None:
    high = low + rise
    text = f"The bill will go up from £{low}.{pence} to £{high}.{pence}."
    assert values(text, "en_GB") == [f"{low}.{pence} GBP", f"{high}.{pence} GBP"]


# --- local 15 / weather D: a weekday alone takes the tense of the verb it follows ------------


def test_a_past_meeting_day_in_a_sentence_that_forecasts_is_last_tuesday() -> None:
    text = (
        "Households in Cornwall will pay 4.99% more council tax from April after councillors"
        " approved the authority's budget for 2026/27 at a full council meeting on Tuesday."
    )
    [day] = [c for c in claims(text, "en_GB") if c.value is None]
    assert (day.when, day.kind) == ("24 February 2026", "fact")


def test_the_day_a_verb_in_the_future_names_is_the_coming_one() -> None:
    text = "The council said on Monday that it will vote on Friday."
    days = [(c.when, c.kind) for c in claims(text, "en_GB")]
    assert days == [("23 February 2026", "fact"), ("27 February 2026", "forecast")]


def test_a_day_held_by_a_future_verb_is_the_coming_one() -> None:
    [day] = claims("The vote will be held on Friday.", "en_GB")
    assert (day.when, day.kind) == ("27 February 2026", "forecast")


@pytest.mark.parametrize(
    "text",
    ["La préfète sera à Lorient samedi.", "Le conseil va voter le budget samedi."],
)
def test_a_french_future_names_the_coming_day(text: str) -> None:
    [day] = claims(text, "fr")
    assert (day.when, day.kind) == ("28 février 2026", "forecast")


def test_a_name_is_no_past_verb() -> None:
    text = "The Met Office has issued a red warning, in force from 6am Saturday until midnight."
    [day] = claims(text, "en_GB", date(2025, 11, 7))
    assert (day.when, day.kind) == ("8 November 2025", "forecast")


# --- local 16 / business D: signs of a change ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soit un solde de 42 classes en moins.", "-42"),
        ("Soit 1 470 élèves de moins à la rentrée 2026.", "-1 470 person"),
    ],
)
def test_a_count_the_text_says_fewer_is_drafted_negative_with_a_note(
    text: str, expected: str
) -> None:
    [claim] = valued(text, "fr")
    assert claim.value == expected
    assert claim.note is not None
    assert "to keep its size" in claim.note


def test_an_amount_after_a_word_of_fall_keeps_its_size_and_its_note_gives_the_change() -> None:
    text = "La baisse de 2,3 millions d'euros des dotations de l'État pèse sur le budget."
    [claim] = valued(text, "fr")
    assert claim.value == "2,3 million EUR"
    assert claim.note is not None
    assert "write -2,3 million EUR" in claim.note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il y a 3 000 jeunes de moins de 25 ans.", "3 000"),  # a bound of the noun
        ("Sa concentration est 40 fois inférieure à la norme.", "40"),  # a factor
    ],
)
def test_a_bound_or_a_factor_is_no_difference(text: str, expected: str) -> None:
    [claim] = valued(text, "fr")
    assert (claim.value, claim.note) == (expected, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le titre reculait de 2,1 % à la clôture.", "-2,1 %"),
        ("Les ventes chutaient de 5 %.", "-5 %"),
        ("Le titre cédait 1,2 %.", "-1,2 %"),
        ("Le titre gagnait 0,8 %.", "0,8 %"),
    ],
)
def test_a_change_told_in_the_imperfect_keeps_its_sign(text: str, expected: str) -> None:
    assert values(text, "fr") == [expected]


# --- sports 17 / local 17: a date in an apposition dates only its own figures --------------


def test_a_birth_date_in_an_apposition_dates_no_figure_of_the_main_clause() -> None:
    text = (
        "Greenwood, 24 ans, né le 1er octobre 2001, compte désormais 10 buts en 13 matchs de"
        " championnat, soit 0,77 but par match."
    )
    drafted = {c.value: c.when for c in claims(text, "fr", SUNDAY) if c.value is not None}
    assert drafted == {"24 year": None, "10": None, "13": None, "0,77": None}


def test_an_english_birth_date_dates_no_points() -> None:
    text = (
        "Prendergast, born on 6 February 2004, finishes as the tournament's top points scorer"
        " with 71."
    )
    [points] = valued(text, "en_GB", date(2026, 3, 14))
    assert points.when is None


def test_an_arrival_dates_its_fee_not_the_career_total() -> None:
    text = (
        "Arrivé de Brest à l'été 2022 pour 3,5 millions d'euros, le milieu a disputé 96 matchs"
        " toutes compétitions confondues."
    )
    drafted = {c.value: c.when for c in valued(text, "fr", SUNDAY)}
    assert drafted == {"3,5 million EUR": "l'été 2022", "96": None}


def test_a_fee_with_a_decimal_comma_is_in_its_apposition() -> None:
    text = (
        "L'ailier anglais, recruté pour 26,7 millions d'euros à l'été 2024, est le meilleur"
        " buteur de Ligue 1 devant Ousmane Dembélé (8 buts)."
    )
    drafted = {c.value: c.when for c in valued(text, "fr", SUNDAY)}
    assert drafted == {"26,7 million EUR": "l'été 2024", "8": None}


# --- sports 16: a race's time is one value, never fragments -------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le Kényan a gagné en 2 h 05 min 48 s.", "fr", ["2 h 05 min 48 s"]),
        ("Il a manqué de 1 min 27 s le record.", "fr", ["1 min 27 s"]),
        (
            "Il a pris la 14e place en 2 h 09 min 30 s.",
            "fr",
            ["14", "2 h 09 min 30 s"],
        ),
        ("Kiplagat won in 2:05:48.", "en_GB", ["2:05:48"]),
        ("He ran 2hr 1min 12sec in Berlin.", "en_GB", ["2hr 1min 12sec"]),
        ("Le train avait 2 h 15 de retard.", "fr", ["2 h 15"]),  # a delay, as before
    ],
)
def test_a_race_time_is_drafted_whole(text: str, language: str, expected: list[str]) -> None:
    assert values(text, language, SUNDAY) == expected


@given(hours=st.integers(1, 9), minutes=st.integers(0, 59), seconds=st.integers(0, 59))
@settings(max_examples=25, deadline=None)
def test_any_race_time_is_read_by_verify_as_its_seconds(
    hours: int, minutes: int, seconds: int
) -> None:
    for written, language in (
        (f"{hours} h {minutes:02d} min {seconds:02d} s", "fr"),
        (f"{hours}:{minutes:02d}:{seconds:02d}", "en_GB"),
    ):
        [value] = values(f"Elle a couru en {written}. ", language, SUNDAY)
        assert value == written
        quantity = parse_value(value, language).quantity
        assert quantity is not None
        assert quantity.interval.nominal == Decimal(hours * 3600 + minutes * 60 + seconds)


# --- courts D / weather D: fractions, a negated past, the span of a whole --------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("He was jailed for 7½ years at Leeds Crown Court.", "en_GB", ["7.5 year"]),
        ("His brother was jailed for 2¼ years.", "en_GB", ["2.25 year"]),
        ("Il a été condamné à 3½ ans de prison.", "fr", ["3,5 year"]),
    ],
)
def test_a_number_with_a_glued_fraction_is_its_decimal(
    text: str, language: str, expected: list[str]
) -> None:
    assert values(text, language) == expected


@given(whole=st.integers(1, 40), fraction=st.sampled_from(["½", "¼", "¾"]))
@settings(max_examples=25, deadline=None)
def test_any_glued_fraction_is_read_by_verify_as_written(whole: int, fraction: str) -> None:
    [value] = values(f"He was jailed for {whole}{fraction} years.", "en_GB")
    quantity = parse_value(value, "en_GB").quantity
    assert quantity is not None
    parts = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
    assert quantity.interval.nominal == whole + parts[fraction]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jamais cet indicateur n'avait dépassé 27 °C.", "<=27 °C"),
        ("Le mercure n'a jamais dépassé 40 °C.", "<=40 °C"),
        ("Le taux n'a pas dépassé 3 %.", "<=3 %"),
        ("Le mercure a dépassé 40 °C.", ">40 °C"),
    ],
)
def test_a_negated_past_of_exceeding_is_at_most(text: str, expected: str) -> None:
    assert values(text, "fr") == [expected]


def test_a_part_of_a_count_takes_no_unit_from_the_time_the_count_took() -> None:
    text = "Les pompiers ont mené 1 840 interventions en deux jours, dont 1 290 dans le Gard."
    assert values(text, "fr") == ["1 840", "2 day", "1 290"]


def test_a_part_of_a_sentence_still_takes_its_months() -> None:
    text = "Il a été condamné à 18 mois de prison, dont 6 avec sursis."
    assert values(text, "fr") == ["18 month", "6 month"]


# --- business D: a close is a past day; a participle of a market report keeps its sign -------


def test_a_weekdays_closing_price_is_the_last_one_even_in_a_sentence_that_forecasts() -> None:
    text = "Harlow will pay 412p a share, a premium of 38pc to Friday's closing price of 298.5p."
    close = [c for c in valued(text, "en_GB", date(2026, 3, 10)) if c.value == "298.5 p"]
    assert [(c.when, c.kind) for c in close] == [("6 March 2026", "fact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'indice a fini en baisse, perdant 101,17 points.", "-101,17"),
        ("Le titre a terminé la séance en hausse, gagnant 2,4 %.", "2,4 %"),
        ("Le titre a fini la séance, cédant 1,2 %.", "-1,2 %"),
    ],
)
def test_a_present_participle_of_a_market_report_keeps_its_sign(text: str, expected: str) -> None:
    assert values(text, "fr") == [expected]


# --- local 18: a rate per 100 with the noun's complement before it -------------------------


def test_a_rate_per_100_after_a_noun_and_its_complement_is_one_bare_figure() -> None:
    text = "Le département compte 5,82 postes d'enseignant pour 100 élèves."
    [claim] = valued(text, "fr")
    assert claim.value == "5,82"
    assert claim.note is not None
    assert "pour 100 élèves" in claim.note
