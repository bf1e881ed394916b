"""`factcheck extract` on science copy: what a science desk's audit found in two drafts.

Each test drafts the sentence an editor would have skimmed and asserts what the editor
sees in the draft: the value (with its sign and unit, as verify reads it), the `when`,
the note, and the claims there are (none for a number of a name).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import factcheck
from factcheck.extract import DraftClaim, extract
from factcheck.values import parse_value
from tests.test_extract import run_extract

MAR_2025 = date(2025, 3, 12)

HESPERIA = """Hesperia probe sets off on six-year trek to a metal asteroid

The European Space Agency's Hesperia probe lifted off from Kourou, French Guiana, at 14:32 \
UTC on Monday 10 March aboard an Ariane 6 rocket. Hesperia is bound for 2118 Lysandra, a \
metal-rich asteroid that orbits the sun at an average distance of 2.9 AU, or some 434 \
million km. Lysandra's density, 5.2 grams per cubic centimetre, is far above the 2 to 3 \
g/cm³ typical of rocky asteroids. Its surface swings from -110 °C during the night to 20 °C \
(68 °F) at local noon. Hesperia's thermal blankets must keep its instruments between −20 °C \
and 40 °C throughout.
"""

FUKUSHIMA = """Fukushima, quatorze ans après

A Futaba, le débit de dose mesuré en moyenne en plein air est de 0,4 microsievert par heure \
(µSv/h), contre 2,6 µSv/h en 2017. Une personne qui passerait toute l'année dehors y \
recevrait ainsi 3,5 millisieverts (mSv), au-dessus de la limite de 1 mSv par an fixée pour \
le public. Sa concentration en tritium, 1 500 becquerels par litre (Bq/l), est 40 fois \
inférieure à la norme japonaise de 60 000 Bq/l. Futaba comptait 7 100 habitants avant la \
catastrophe ; ils ne sont que 180 à y vivre aujourd'hui, soit 2,5 % de la population \
d'avant 2011.
"""


def valued(text: str, language: str, published: date = MAR_2025) -> list[DraftClaim]:
    return [c for c in extract(text, language, published).claims if c.value is not None]


def values(text: str, language: str) -> list[str | None]:
    return [c.value for c in valued(text, language)]


def unit_of(value: str, language: str) -> str:
    return str(parse_value(value, language).quantity.unit)


# --- 1. a negative figure keeps its sign ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Its surface swings from -110 °C during the night to 20 °C at noon.", "en",
         ["-110 °C", "20 °C"]),
        ("It must stay between -20 °C and 40 °C.", "en", ["-20 °C", "40 °C"]),
        # the minus sign U+2212 of typeset copy is the value grammar's "-"
        ("It must stay between −20 °C and 40 °C.", "en", ["-20 °C", "40 °C"]),
        ("Il fait −20 °C à Oslo.", "fr", ["-20 °C"]),
        ("It stays between -5 and -2 °C.", "en", ["-5 to -2 °C"]),
        ("The economy grew by -0.3% in the quarter.", "en", ["-0.3 %"]),
    ],
)  # fmt: skip
def test_a_negative_figure_keeps_its_sign(text: str, language: str, expected: list[str]) -> None:
    assert values(text, language) == expected
    for value in expected:  # as verify reads it: below zero
        assert parse_value(value, language).quantity.interval.lo < 0 or "-" not in value


def test_a_fall_to_a_negative_level_is_not_signed_twice() -> None:
    assert values("Temperatures fell to -5 °C overnight.", "en") == ["-5 °C"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Covid-19 killed 2,000 people.", ["2,000 person"]),
        ("They scored 2-3 goals a game.", ["2 to 3"]),
        ("The Fed narrowed its range to 4.25%-4.50%.", ["4.25 %", "4.50 %"]),
    ],
)
def test_a_hyphen_glued_to_a_word_or_figure_is_no_minus(text: str, expected: list[str]) -> None:
    assert values(text, "en") == expected


# --- 2. units of science copy -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Le débit est de 0,4 microsievert par heure (µSv/h).", "fr", "0,4 µSv/hour",
         "microsievert / hour"),
        ("Il était de 2,6 µSv/h en 2017.", "fr", "2,6 µSv/h", "microsievert / hour"),
        ("Il était de 2,6 μSv/h en 2017.", "fr", "2,6 µSv/h", "microsievert / hour"),  # Greek mu
        ("Le débit était de 0,4µSv/h.", "fr", "0,4 µSv/h", "microsievert / hour"),
        ("Il recevrait 3,5 millisieverts (mSv).", "fr", "3,5 mSv", "millisievert"),
        ("La limite est de 1 mSv par an.", "fr", "1 mSv/year", "millisievert / year"),
        ("Le tritium atteint 1 500 becquerels par litre (Bq/l).", "fr", "1 500 Bq/L",
         "becquerel / liter"),
        ("La norme est de 60 000 Bq/l.", "fr", "60 000 Bq/L", "becquerel / liter"),
        ("It orbits at an average distance of 2.9 AU.", "en", "2.9 au", "astronomical_unit"),
        ("It lies 2.9 astronomical units from the sun.", "en", "2.9 au", "astronomical_unit"),
        ("Elle orbite à 0,11 ua de son étoile.", "fr", "0,11 au", "astronomical_unit"),
        ("It reaches 20 °C (68 °F) at noon.", "en", "68 °F", "degree_Fahrenheit"),
        ("It is far above the 2 to 3 g/cm³ of rocky asteroids.", "en", "2 to 3 g/cm³",
         "gram / centimeter ** 3"),
        ("Its density, 5.2 grams per cubic centimetre, is high.", "en", "5.2 g/cm³",
         "gram / centimeter ** 3"),
        ("Sa densité, 5,8 g/cm³, est élevée.", "fr", "5,8 g/cm³", "gram / centimeter ** 3"),
        ("L'étoile est à 41 années-lumière (12,6 parsecs).", "fr", "41 ly", "light_year"),
        ("The star lies 4.2 light-years away.", "en", "4.2 ly", "light_year"),
        ("Elle affiche 3 450 K en surface.", "fr", "3 450 K", "kelvin"),
        ("The winds blow at 30 km/s.", "en", "30 km/s", "kilometer / second"),
    ],
)  # fmt: skip
def test_a_science_unit_is_kept(text: str, language: str, value: str, unit: str) -> None:
    claims = valued(text, language)
    assert value in [c.value for c in claims]
    assert unit_of(value, language) == unit
    claim = next(c for c in claims if c.value == value)
    assert claim.note is None  # "5.2 grams per cubic centimetre" is no rate of grams


def test_40_k_glued_to_money_stays_thousands() -> None:
    assert values("She earns £40K a year.", "en") == ["40 thousand GBP/year"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Traffic noise reached 85 dB(A) at the school.", "dB(A)"),
        ("Dust reached 12 µg/m³ on Monday.", "µg/m³"),
    ],
)
def test_a_unit_it_cannot_write_is_said_in_a_note(text: str, unit: str) -> None:
    (claim,) = [c for c in valued(text, "en") if c.value and c.value[0].isdigit()]
    assert claim.note is not None and f'"{unit}"' in claim.note


# --- 3. a number of a name is no figure -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The probe lifted off on Monday 10 March aboard an Ariane 6 rocket.",
        "The probe is bound for 2118 Lysandra, a metal-rich asteroid.",
        "He lives at 5 Downing Street, where Apollo 11 is a poster. Apollo 11 landed in 1969.",
    ],
)
def test_a_number_of_a_name_is_no_figure(text: str) -> None:
    assert valued(text, "en") == []


def test_the_date_of_a_launch_is_its_own_claim_not_a_model_numbers() -> None:
    claims = extract(
        "The probe lifted off on Monday 10 March aboard an Ariane 6 rocket.", "en", MAR_2025
    ).claims
    assert [(c.value, c.when) for c in claims] == [(None, "Monday 10 March")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The film won 3 Oscars.", ["3"]),
        ("The airline ordered 50 A320 and 30 Boeing 737.", ["50", "30"]),
        ("He scored 3 Premier League goals.", ["3"]),
        ("Seats won: Labour 72; Conservatives 121.", ["72", "121"]),
        ("Another 5 were injured.", ["5"]),  # "Another" is no name of the text
    ],
)
def test_a_count_next_to_a_capitalised_word_is_still_one(text: str, expected: list[str]) -> None:
    assert values(text, "en") == expected


# --- 4. a date that bounds a period is no when ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value", "bound"),
    [
        ("Ils sont 180, soit 2,5 % de la population d'avant 2011.", "fr", "2,5 %",
         "d'avant 2011"),
        ("The town had 7,100 residents before 2011.", "en", "7,100 person", "before 2011"),
        ("Emissions are 12% below pre-2011 levels.", "en", "-12 %", "pre-2011"),
    ],
)  # fmt: skip
def test_a_date_bounding_a_period_is_no_when(
    text: str, language: str, value: str, bound: str
) -> None:
    claims = extract(text, language, MAR_2025).claims
    claim = next(c for c in claims if c.value == value)
    assert claim.when is None
    assert claim.note is not None and f'"{bound}"' in claim.note
    assert all(c.when != "2011" for c in claims)  # nor a claim of 2011 on its own


def test_a_buildings_date_keeps_its_reading() -> None:
    claims = extract(
        "Le loyer d'un logement construit avant 1946 atteint 25,50 €/m² par mois.", "fr", MAR_2025
    ).claims
    assert [(c.value, c.when, c.note) for c in claims] == [("25,50 EUR/m²/month", None, None)]


# --- 5. a unit ends its sentence --------------------------------------------------------------


def test_a_temperature_ending_a_sentence_ends_it() -> None:
    text = "The instruments stay at 40 °C. The town had 7,100 residents in 2024."
    claims = {c.value: c for c in valued(text, "en")}
    assert claims["40 °C"].when is None and "town" not in claims["40 °C"].quote
    assert claims["7,100 person"].quote.startswith("The town")


# --- 6. the audited drafts verify, and read as the copy means ---------------------------------


@pytest.mark.parametrize(
    ("name", "text", "language", "expected"),
    [
        ("hesperia-2025-03-12", HESPERIA, "en_GB",
         ["2.9 au", "~434 million km", "5.2 g/cm³", "2 to 3 g/cm³", "-110 °C", "20 °C",
          "68 °F", "-20 °C", "40 °C"]),
        ("fukushima-2025-03-12", FUKUSHIMA, "fr",
         ["0,4 µSv/hour", "2,6 µSv/h", "3,5 mSv", "1 mSv/year", "1 500 Bq/L", "40",
          "60 000 Bq/L", "7 100 person", "180", "2,5 %"]),
    ],
)  # fmt: skip
def test_the_audited_drafts_read_as_the_copy_means(
    tmp_path: Path, name: str, text: str, language: str, expected: list[str]
) -> None:
    article = tmp_path / f"{name}.txt"
    article.write_text(text, encoding="utf-8")
    output = tmp_path / f"{name}.yaml"
    code = run_extract(str(article), "--language", language, "--source-id", "x", "-o", str(output))
    assert code == 0
    corpus = factcheck.load(output)
    claims = corpus.documents[0].claims
    assert [c.value for c in claims if c.value is not None] == expected
    assert all(c.when != "2011" for c in claims)
    report = factcheck.verify(corpus)
    assert {f.rule for f in report.findings} <= {"incomplete-claim"}


def test_every_science_value_is_one_verify_reads_with_its_sign() -> None:
    for claim in valued(HESPERIA, "en_GB"):
        assert claim.value is not None
        quantity = parse_value(claim.value, "en_GB").quantity
        assert (quantity.interval.lo < Decimal(0)) == claim.value.startswith("-")
