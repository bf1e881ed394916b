"""`factcheck extract`: what the health, energy, housing/transport and elections desks found.

Each test drafts the sentence an editor would have skimmed and asserts what the editor
sees in the draft: the value, the property, the `when`, the kind, the note.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import parse_date
from factcheck.extract import DraftClaim, extract
from factcheck.values import parse_value

NOV_2026 = date(2026, 11, 30)


def valued(text: str, language: str, published: date = NOV_2026) -> list[DraftClaim]:
    return [c for c in extract(text, language, published).claims if c.value is not None]


def values(text: str, language: str, published: date = NOV_2026) -> list[str | None]:
    return [c.value for c in valued(text, language, published)]


def claim(text: str, language: str, value: str, published: date = NOV_2026) -> DraftClaim:
    return next(c for c in valued(text, language, published) if c.value == value)


# --- units of oil, cents and crowns are kept ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "OPEC+ extended cuts of 1.65 million barrels per day (bpd).",
            "en",
            ["1.65 million barrel/day"],
        ),
        ("Kazakhstan produced 1.83 million bpd in October.", "en", ["1.83 million barrel/day"]),
        ("Stocks rose by 3.2 million barrels.", "en", ["3.2 million barrel"]),
        ("L'Opep+ a annoncé une baisse de 2,2 millions de barils par jour.", "fr", None),
        ("Brent closed at $66.85 a barrel.", "en", ["66.85 USD/barrel"]),
        ("Le baril s'échangeait à 66 dollars le baril.", "fr", ["66 USD/barrel"]),
        ("WTI gained 98 cents.", "en", ["0.98 USD"]),
        ("Average hourly earnings rose 11 cents.", "en", ["0.11 USD"]),
        ("It cost 5 to 7 cents.", "en", ["0.05 to 0.07 USD"]),
        ("Le gazole a baissé de 3,5 centimes.", "fr", ["0,035 EUR"]),
        ("Nordane shares rose 4.3% to 612.40 Danish crowns.", "en", ["4.3 %", "612.40 DKK"]),
    ],
)
def test_the_unit_of_oil_and_of_small_money_is_kept(
    text: str, language: str, expected: list[str] | None
) -> None:
    drafted = values(text, language)
    if expected is None:
        assert drafted == ["2,2 million barrel/day"]
    else:
        assert drafted == expected
    for value in drafted:
        assert value is not None
        parse_value(value, language)  # verify reads what the draft writes


def test_a_swiss_centime_is_of_a_franc() -> None:
    assert values("Le café a pris 20 centimes.", "fr_CH") == ["0,20 CHF"]


def test_crowns_of_no_one_country_get_a_note() -> None:
    drafted = claim("It added about 11 billion crowns to its value.", "en", "~11 billion")
    assert drafted.note is not None
    assert "DKK, SEK, NOK" in drafted.note


@given(st.integers(min_value=1, max_value=999))
def test_cents_are_hundredths_of_the_dollar(cents: int) -> None:
    (value,) = values(f"WTI gained {cents} cents.", "en")
    assert value is not None
    amount = parse_value(value, "en").quantity.interval.nominal
    assert amount * 100 == cents


# --- a time is no rate -------------------------------------------------------------------------


def test_a_year_earlier_after_an_unread_unit_is_no_rate() -> None:
    text = "U.S. output hit 13.8 million bpd, up 2.2% from 13.5 million bpd a year earlier."
    drafted = claim(text, "en", "13.5 million barrel/day")
    assert drafted.note is not None and "a year earlier" in drafted.note
    assert values("It was 13.5 million mcf a year earlier.", "en") == ["13.5 million"]


# --- bounds and ends ---------------------------------------------------------------------------


def test_edging_up_to_a_level_is_no_bound() -> None:
    assert values("The unemployment rate edges up to 4.1%.", "en") == ["4.1 %"]
    assert values("GDP growth was revised up to 2.1%.", "en") == ["2.1 %"]
    assert values("Fines of up to 5,000 euros.", "en") == ["<=5,000 EUR"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The result was significant (p<0.001).", "en", ["<0.001"]),
        ("Also p < 0.05 here.", "en", ["<0.05"]),
        ("A value p≤0.01.", "en", ["<=0.01"]),
        ("Le résultat est significatif (p<0,001).", "fr", ["<0,001"]),
    ],
)
def test_a_p_value_keeps_its_bound(text: str, language: str, expected: list[str]) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("That is a hazard ratio of 0.80 (95% CI 0.72-0.90).", "en", ["0.80", "0.72", "0.90"]),
        ("Le risque relatif est de 0,80 (IC à 95 % : 0,72-0,90).", "fr", ["0,80", "0,72", "0,90"]),
        (
            "L'efficacité atteint 62 % (intervalle de confiance à 95 % de 51 % à 71 %).",
            "fr",
            ["62 %", "51 %", "71 %"],
        ),
    ],
)
def test_a_confidence_interval_is_its_two_ends(
    text: str, language: str, expected: list[str]
) -> None:
    assert values(text, language) == expected


def test_a_change_from_one_level_to_another_is_two_levels() -> None:
    text = "The expansion would lift capacity from 480,000 to 720,000 flights a year."
    assert values(text, "en") == ["480,000/year", "720,000/year"]
    assert values("Symptoms last from 2 to 3 days.", "en") == ["2 to 3 day"]


# --- hedges ------------------------------------------------------------------------------------


def test_about_a_share_keeps_its_hedge() -> None:
    assert values("Markets priced in about a 70% chance of no change.", "en") == ["~70 %"]


# --- no figure ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("L'écart entre les deux finalistes s'établit à 3 384 voix.", "fr", ["3 384"]),
        ("Nous avons progressé de 3 000 voix entre les deux tours.", "fr", ["3 000"]),
        ("Job growth in the two previous months was revised down by 13,000.", "en", ["13,000"]),
        ("Les passages ont atteint 4 812, contre 3 650 en semaine 47.", "fr", ["4 812", "3 650"]),
        ("Cases rose in week 47 to 300.", "en", ["300"]),
        ("A 17 heures, la participation atteignait 32,6 %.", "fr", ["32,6 %"]),
    ],
)
def test_pairs_weeks_and_times_of_day_are_no_figures(
    text: str, language: str, expected: list[str]
) -> None:
    assert values(text, language) == expected


def test_a_week_counted_after_a_rate_is_still_a_figure() -> None:
    assert values("He worked 40 hours a week 12 weeks in a row.", "en") == ["40 hour", "12 week"]


# --- properties and subjects -------------------------------------------------------------------


def test_a_rate_that_held_at_a_level_is_no_stake() -> None:
    assert claim("The participation rate held at 62.5%.", "en", "62.5 %").property == "?"
    assert claim("Vivendi held 29.9% of the capital.", "en", "29.9 %").property == "share_held"


def test_each_share_of_a_listing_is_not_the_first_candidates() -> None:
    text = (
        "Le 22 novembre, Yannick Riou était arrivé en tête avec 33,8 % des voix, devant Claire"
        " Le Goff (31,2 %) et le candidat Les Républicains Hervé Cadiou (14,6 %), les six autres"
        " candidats se partageant 20,4 % des suffrages."
    )
    subjects = {c.value: c.subject for c in valued(text, "fr")}
    assert subjects["33,8 %"] == "Yannick Riou"
    assert subjects["31,2 %"] == "Claire Le Goff"
    assert subjects["14,6 %"] != "Yannick Riou"
    assert subjects["20,4 %"] != "Yannick Riou"


# --- dates and kinds ---------------------------------------------------------------------------


def test_twelve_months_to_the_end_of_a_month_are_the_twelve_months() -> None:
    text = "Sur les 12 mois à fin septembre 2026, 118 600 logements anciens ont été vendus."
    when = claim(text, "fr", "118 600", date(2026, 11, 26)).when
    assert when is not None
    period = parse_date(when, "fr", date(2026, 11, 26))
    assert (period.start, period.end) == (date(2025, 10, 1), date(2026, 9, 30))


def test_an_estimate_of_now_is_a_fact() -> None:
    text = "Le nombre de reproduction effectif est estimé à 1,18."
    assert claim(text, "fr", "1,18", date(2026, 12, 1)).kind == "fact"
    text = "Le coût devrait être estimé à 3 millions d'euros en 2027."
    assert claim(text, "fr", "3 million EUR", date(2026, 12, 1)).kind == "forecast"


def test_a_past_figure_in_a_forecasts_sentence_is_a_fact() -> None:
    published = date(2026, 11, 19)
    text = "La production nucléaire devrait atteindre 375 TWh en 2026, après 361,7 TWh en 2025."
    assert claim(text, "fr", "375 TWh", published).kind == "forecast"
    assert claim(text, "fr", "361,7 TWh", published).kind == "fact"
    text = (
        "La consommation pourrait atteindre un pic de 88 GW, loin du record historique de"
        " 102,1 GW enregistré le mercredi 8 février 2012 à 19 heures."
    )
    assert claim(text, "fr", "88 GW", published).kind == "forecast"
    record = claim(text, "fr", "102,1 GW", published)
    assert (record.kind, record.when) == ("fact", "mercredi 8 février 2012")


# --- notes -------------------------------------------------------------------------------------


def test_so_far_this_year_before_an_event_is_no_baseline() -> None:
    drafted = claim("The stock had fallen 22% so far this year before the results.", "en", "-22 %")
    assert drafted.note is None
    assert drafted.when == "so far this year"
    drafted = claim("Sales were 400, up from 300 the year before.", "en", "300")
    assert drafted.note is not None and "the year before" in drafted.note


# --- signs (with quote_directions' reading of "sous", "de moins", "below") ---------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La consommation reste encore 6 % sous sa moyenne.", "fr", "-6 %"),
        ("Les volumes restent 18 % sous leur moyenne décennale.", "fr", "-18 %"),
    ],
)
def test_a_share_below_an_average_is_signed(text: str, language: str, expected: str) -> None:
    assert values(text, language) == [expected]
