"""`factcheck extract`: what the climate, justice, council, sports and education desks found.

Each test drafts the sentence an editor would have skimmed and asserts what the editor
sees in the draft: the value, the `when`, the claims there are (and those there are not).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

import factcheck
from factcheck.dates import parse_date
from factcheck.extract import DraftClaim, extract
from factcheck.values import ValueSyntaxError, parse_value

MAR_2025 = date(2025, 3, 27)
NOV_2025 = date(2025, 11, 24)
OCT_2025 = date(2025, 10, 13)


def valued(text: str, language: str, published: date) -> list[DraftClaim]:
    return [c for c in extract(text, language, published).claims if c.value is not None]


def values(text: str, language: str, published: date = MAR_2025) -> list[str | None]:
    return [c.value for c in valued(text, language, published)]


def whens(text: str, language: str, published: date = MAR_2025) -> dict[str | None, str | None]:
    return {c.value: c.when for c in valued(text, language, published)}


# --- a year after a hedge is a baseline, never a value ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That leaves them 54% below 1990 levels of 812.2MtCO2e.", ["-54 %", "812.2 Mt"]),
        ("Coal fell 12% below 2023 levels.", ["-12 %"]),
        ("The plan covers emissions up to 2035.", []),
    ],
)
def test_a_year_is_never_a_value(text: str, expected: list[str]) -> None:
    assert values(text, "en") == expected


def test_the_baseline_year_dates_only_its_own_figure() -> None:
    text = "That leaves them 54% below 1990 levels of 812.2MtCO2e. Coal fell 12% below 2023 levels."
    assert whens(text, "en") == {"-54 %": None, "812.2 Mt": "1990", "-12 %": None}
    text = "The average was 15.10C, 0.72C above the 1991-2020 average, in 2024."
    assert whens(text, "en") == {"15.10 °C": "2024", "0.72 delta_degC": "2024"}


# --- scale and unit are kept ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Forest loss was 6.7m hectares.", "en", ["6.7 million ha"]),
        ("Emissions were 384 MtCO2e.", "en", ["384 Mt"]),
        ("Emissions were 371.0MtCO2e.", "en", ["371.0 Mt"]),
        ("The world warmed by 1.55°C last year.", "en", ["1.55 delta_degC"]),
        ("The average was 15.10C, 0.72C above normal.", "en", ["15.10 °C", "0.72 delta_degC"]),
        ("That is 5.4 tonnes per person.", "en", ["5.4 t/person"]),
        ("CO2 rose 2.9ppm to 422.8 parts per million.", "en", ["2.9 ppm", "422.8 ppm"]),
        ("Sea level is rising 4.5mm a year.", "en", ["4.5 mm/year"]),
        ("It caused a 3.1bn-tonne rise.", "en", ["3.1 billion t"]),
        ("The loss released 3.1bn tonnes of gases.", "en", ["3.1 billion t"]),
        ("The waiting list stood at 7.54m cases.", "en", ["7.54 million"]),
        ("Les policiers ont saisi 650 grammes de cocaïne.", "fr", ["650 g"]),
        ("Il a couru en 28 secondes de moins.", "fr", ["28 s"]),
    ],
)
def test_scale_and_unit_are_kept(text: str, language: str, expected: list[str]) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The strike price was £58.87/MWh.", "58.87 GBP/MWh"),
        ("Methane rose to 1,897 parts per billion.", "1,897 ppb"),
        ("Methane rose to 1,897ppb.", "1,897 ppb"),
    ],
)
def test_a_unit_is_kept_or_the_figure_left_out(text: str, written: str) -> None:
    """Drafted with its unit where verify reads it, else left out: never a bare number."""
    try:
        parse_value(written, "en")
    except ValueSyntaxError:
        assert values(text, "en") == []
    else:
        assert values(text, "en") == [written]


def test_every_drafted_value_is_one_verify_reads() -> None:
    text = (
        "The strike price was £58.87/MWh, and 1.55°C, 6.7m hectares, 384 MtCO2e and 1,897ppb "
        "were reported, with 5.4 tonnes per person and a 3.1bn-tonne rise."
    )
    for value in values(text, "en"):
        assert value is not None
        parse_value(value, "en")


# --- financial years and periods --------------------------------------------------------------


def test_a_financial_year_is_one_date_and_no_figure() -> None:
    text = "The council set a £1.2bn budget for 2025/26, on top of £212m saved since 2010/11."
    # the £212m runs since 2010/11: no when (verify would read 2010 and 2011 alone), a note
    assert whens(text, "en") == {"1.2 billion GBP": "2025/26", "212 million GBP": None}
    text = "That is 68% more than the £6.9m it spent in 2021-22."
    assert values(text, "en", date(2024, 11, 12)) == ["68 %", "6.9 million GBP"]


def test_the_year_to_a_month_is_not_that_month() -> None:
    text = "In the year to March 2024, the council spent £11.6m on agency staff."
    when = whens(text, "en", date(2025, 3, 13))["11.6 million GBP"]
    assert when in (None, "the year to March 2024")  # as written, where verify reads it
    if when is not None:
        period = parse_date(when, "en", date(2025, 3, 13))
        assert (period.start, period.end) == (date(2023, 4, 1), date(2024, 3, 31))


def test_a_baseline_keeps_its_date_after_a_number_with_a_comma() -> None:
    text = "A total of 1,127 patients had waited more than a year, down from 1,539 in January 2024."
    assert whens(text, "en", date(2025, 3, 13)) == {"1,127 person": None, "1,539": "January 2024"}


# --- no spurious figures ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("One in eight patients was waiting, and fewer than three in four were seen.", "en", []),
        ("Près d'un électeur sur quatre dit pouvoir changer d'avis.", "fr", []),
        ("One voter in every four is undecided.", "en", []),
        ("12 élus sur 45 ont voté.", "fr", ["12", "45"]),  # in digits: counts
        ("Élu dans la 3e circonscription de l'Aisne.", "fr", []),
        ("Au premier tour, il a obtenu 36,4 % des voix.", "fr", ["36,4 %"]),
        ("Le tribunal a condamné un autre membre du réseau.", "fr", []),
        ("Dembélé a marqué son 9e but de la saison, sa 5e passe décisive.", "fr", []),
        ("Paris a ouvert le score par Dembélé (12e) et Ramos (90e+3).", "fr", []),
        ("Il jouera mercredi 10 décembre (21 h) contre Lens.", "fr", []),
        ("Il termine 3e du classement, à la 21e place.", "fr", ["3", "21"]),
    ],
)
def test_no_spurious_figure(text: str, language: str, expected: list[str]) -> None:
    assert values(text, language, NOV_2025) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kipkorir a gagné en 2 h 02 min 10 s.", ["2 h 02 min 10 s"]),
        (
            "Il a couru le dernier kilomètre en 1 min 35 s, environ 2 min 54 s au kilomètre.",
            ["1 min 35 s"],
        ),
        ("Le record du 100 m de Bolt (9 s 58) tient toujours.", ["100 m"]),
        ("Son record (3'28''32) n'a pas été battu.", []),
        ("The wait was 47 minutes 12 seconds.", ["47 minutes 12 seconds"]),
    ],
)
def test_a_time_in_parts_is_drafted_whole_never_in_fragments(
    text: str, expected: list[str]
) -> None:
    language = "en" if text.startswith("The") else "fr"
    assert values(text, language, OCT_2025) == expected


# --- units shared, kinds -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il est condamné à cinq ans de prison dont deux avec sursis.", ["5 year", "2 year"]),
        (
            "Il est condamné à dix-huit mois de prison, dont six avec sursis.",
            ["18 month", "6 month"],
        ),
        ("Ses complices, âgés de 22 et 19 ans, sont libres.", ["22 year", "19 year"]),
    ],
)
def test_a_number_in_words_takes_the_unit_it_shares(text: str, expected: list[str]) -> None:
    assert values(text, "fr", NOV_2025) == expected


def test_a_fine_a_court_imposed_is_a_fact() -> None:
    text = "Il devra aussi s'acquitter d'une amende de 30 000 euros."
    assert [(c.value, c.kind) for c in valued(text, "fr", NOV_2025)] == [("30 000 EUR", "fact")]
    text = "La commune devra financer 30 000 euros de travaux."
    assert [c.kind for c in valued(text, "fr", NOV_2025)] == ["forecast"]


# --- the transport and housing desks' audits ----------------------------------------------------

JUN_2025 = date(2025, 6, 12)
SEP_2025 = date(2025, 9, 25)
OCT_2025_1 = date(2025, 10, 1)
HS2_2025 = date(2025, 11, 20)
JAN_2025 = date(2025, 1, 15)
JUL_2025 = date(2025, 7, 1)


def drafted(text: str, language: str, published: date) -> list[DraftClaim]:
    return extract(text, language, published).claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Journeys reached 1.7bn over the year, up from 1.64bn in 2023/24.", ["1.7 billion"]),
        ("Traffic rose 1.5% to 334bn vehicle miles, from 329.1bn.", ["1.5 %", "334 billion"]),
        ("The route is 20m long.", []),  # metres or millions: still unread
    ],
)
def test_bn_glued_to_a_bare_figure_is_its_scale(text: str, expected: list[str]) -> None:
    found = values(text, "en", JUN_2025)
    assert found[: len(expected)] == expected
    assert all(" billion" in v for v in found if v and v.startswith(("1.64", "329.1")))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Phase one's cost now works out at £326m a mile.", "en", "326 million GBP/mi"),
        ("The expansion would add 565,000 tonnes of CO2 a year.", "en", "565,000 t/year"),
        ("The runways will handle 67 take-offs and landings an hour.", "en", "67/hour"),
        ("Flights rose from about 280,000 a year.", "en", "~280,000/year"),
        ("The 140-mile line opens.", "en", "140 mi"),
        ("Trains will run at up to 200mph.", "en", "<=200 mph"),
        ("Le loyer atteint 25,50 €/m² par mois, hors charges.", "fr", "25,50 EUR/m²/month"),
        ("Les logements dont la consommation dépasse 420 kWh/m²/an.", "fr", ">420 kWh/m²/year"),
        ("A Lyon, il faut compter 4 630 euros le mètre carré.", "fr", "4 630 EUR/m²"),
        ("Soit 10,10 euros de moins par mètre carré.", "fr", "10,10 EUR/m²"),
    ],
)
def test_a_rate_keeps_its_denominator(text: str, language: str, expected: str) -> None:
    assert expected in values(text, language, JUN_2025)
    parse_value(expected, language)  # and verify reads it


def test_a_rate_no_value_writes_is_bare_with_its_property_and_a_note() -> None:
    text = "So the fatality rate fell to 4.8 deaths per billion vehicle miles."
    (claim,) = valued(text, "en", SEP_2025)
    assert claim.value == "4.8"  # never 4.8 person: a rate of deaths is no count of people
    assert claim.property == "deaths_per_billion_vehicle_miles"
    assert claim.note is not None and "per billion vehicle miles" in claim.note
    (price,) = valued("Un encours moyen d'environ 7 860 euros par livret.", "fr", JAN_2025)
    assert (price.value, price.property) == ("~7 860 EUR", "euros_par_livret")
    assert price.note is not None


def test_a_speed_limit_naming_roads_is_no_figure() -> None:
    text = "Deaths on 20mph and 30mph roads in Wales fell by 9%."
    assert values(text, "en", SEP_2025) == ["-9 %"]


def test_a_past_event_in_a_forecasting_sentence_is_a_fact() -> None:
    text = (
        "The government will publish its road safety strategy, the first since 2015, in the "
        "autumn, the roads minister, Lilian Greenwood, said on Monday 22 September."
    )
    kinds = {c.when: c.kind for c in drafted(text, "en", SEP_2025)}
    assert kinds["Monday 22 September"] == "fact"
    assert kinds["since 2015"] == "fact"
    assert kinds["autumn 2025"] == "forecast"
    text = "The plan was approved by the government on Tuesday, clearing the way for it."
    assert [c.kind for c in drafted(text, "en", OCT_2025_1)] == ["fact"]
    text = "Le taux passera à 2,4 %, a annoncé mardi 14 janvier le gouverneur."
    kinds = {c.when: c.kind for c in drafted(text, "fr", JAN_2025)}
    assert kinds["mardi 14 janvier"] == "fact"


def test_a_figure_does_not_take_the_date_of_another_event() -> None:
    text = "HS2 bill rises to £45.7bn as first trains slip to 2036"
    assert whens(text + ".", "en", HS2_2025) == {"45.7 billion GBP": None}
    assert [c.kind for c in valued(text + ".", "en", HS2_2025)] == ["fact"]
    text = "Le loyer d'un trois-pièces construit avant 1946 atteint 25,50 €/m² par mois."
    claims = drafted(text, "fr", JUL_2025)
    assert [(c.value, c.when) for c in claims] == [("25,50 EUR/m²/month", None)]
    text = (
        "Le taux s'établissait à 3,12 % en octobre, en baisse de 0,5 point sur un an "
        "(3,62 % en octobre 2024)."
    )
    assert whens(text, "fr", HS2_2025) == {
        "3,12 %": "octobre 2025",
        "-0,5 pp": None,
        "3,62 %": "octobre 2024",
    }
    text = (
        "On reste loin du record de 1 187 000 ventes atteint en août 2021 : le marché accuse "
        "encore un repli de 26,7 % par rapport à ce sommet."
    )
    assert whens(text, "fr", HS2_2025) == {"1 187 000": "août 2021", "-26,7 %": None}


def test_a_range_of_days_of_two_months_is_one_when() -> None:
    text = "Night flights will remain capped at 11,200 movements, from 31 March to 26 October."
    claims = drafted(text, "en", OCT_2025_1)
    assert [(c.value, c.when) for c in claims] == [("11,200", "from 31 March to 26 October")]
    period = parse_date("from 31 March to 26 October", "en", OCT_2025_1, ahead=True)
    assert (period.start, period.end) == (date(2025, 3, 31), date(2025, 10, 26))


def test_the_id_names_the_year_verify_reads_for_the_claims_kind() -> None:
    text = "Lord Hendy said a new regime would start from Sunday 14 December."
    (claim,) = [c for c in drafted(text, "en", JUN_2025) if c.when == "Sunday 14 December"]
    assert claim.kind == "forecast" and claim.id.endswith("_2025")
    text = "Livret A : le taux va baisser à 2,4 % au 1er février"
    (claim,) = valued(text + ".", "fr", JAN_2025)
    assert (claim.kind, claim.when) == ("forecast", "1er février")  # "aller" + infinitive
    assert claim.id.endswith("_2025")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le loyer ne peut donc dépasser 1 657,50 euros hors charges.", ["<=1 657,50 EUR"]),
        ("Une amende pouvant atteindre 5 000 euros.", ["<=5 000 EUR"]),
        (
            "Les meilleurs profils décrochent encore moins de 3 % sur vingt ans.",
            ["<3 %", "20 year"],
        ),
        ("L'action a décroché de 5 %.", ["-5 %"]),
        ("Les transactions sur les douze derniers mois atteignent 870 000 ventes.", ["870 000"]),
        ("Après une année 2025 de détente, le taux marque le pas.", []),
        ("Une amende de 15 000 euros pour une personne morale.", ["15 000 EUR"]),
        ("Le loyer ne peut être révisé qu'une fois par an.", []),
    ],
)
def test_housing_copy_is_read_as_the_desk_means_it(text: str, expected: list[str]) -> None:
    assert values(text, "fr", JUL_2025) == expected


# --- the health desk: polls, bulletins, rates per 100,000 -------------------------------------

MAR_13_2025 = date(2025, 3, 13)
MAR_18_2025 = date(2025, 3, 18)
POLL = (
    "Asked to pick the most important issue facing the country, 38% of the 2,087 adults "
    "surveyed by Opinium between Wednesday 12 and Friday 14 March chose the health service, up "
    "from 31% in December.\n\n"
    "Satisfaction with the way the NHS is run has fallen to 24%, down five points on December's "
    "29% and the lowest figure recorded since the series began in 1983.\n\n"
    "Among people aged 65 and over, 31% said they were satisfied; among 18- to 24-year-olds the "
    "figure was 19%. The 18 to 24 group numbered 231 respondents.\n\n"
    "The health secretary, Wes Streeting, said on Monday that the government's 10-year plan "
    'would "turn the corner" on waiting times by 2029, and that the waiting list had fallen for '
    "three consecutive months.\n"
)
BULLETIN = (
    "The admission rate was 4.1 per 100,000 people, down from 5.3 per 100,000 the week before.\n\n"
    "Rates remain highest among people aged 85 and over, at 38.2 per 100,000.\n\n"
    "Separate figures show 11,214 deaths were registered in the week ending 28 February, 3.1% "
    "fewer than the five-year average of 11,573.\n\n"
    "Laboratory reports in the two weeks to 2 March numbered 1,037.\n\n"
    "Uptake among people aged 65 and over reached 74.9% by the end of February, just short of "
    "the World Health Organization's target of 75%. Among pregnant women it was 39.7%, and "
    "among children aged two and three, 42.3%.\n\n"
    "UKHSA said on Wednesday that it would publish its end-of-season report in May.\n"
)


def test_a_forecasts_month_is_the_one_ahead() -> None:
    claims = drafted(BULLETIN, "en_GB", MAR_13_2025)
    (report,) = [c for c in claims if "end-of-season report" in c.quote]
    assert (report.kind, report.when) == ("forecast", "May 2025")
    assert "2024" not in report.id
    # the date a target borrows from a past clause keeps its year
    (target,) = [c for c in claims if c.value == "75 %"]
    assert target.when == "late February 2025"


def test_a_series_start_dates_no_figure() -> None:
    claims = drafted(POLL, "en_GB", MAR_18_2025)
    dated = {c.value: c.when for c in claims if c.value in ("24 %", "-5 pp", "29 %")}
    assert dated == {"24 %": None, "-5 pp": None, "29 %": None}
    (start,) = [c for c in claims if c.when == "1983"]
    assert start.value is None and "since the series began" in start.quote


def test_ages_and_days_are_no_figures() -> None:
    claims = drafted(POLL, "en_GB", MAR_18_2025)
    drafted_values = [c.value for c in claims if c.value is not None]
    assert not {"18", "18 to 24", "12", "24"} & set(drafted_values)
    assert "231" in drafted_values and "19 %" in drafted_values
    fieldwork = {c.value: c.when for c in claims if c.value in ("38 %", "2,087 person")}
    assert fieldwork == dict.fromkeys(
        ("38 %", "2,087 person"), "between Wednesday 12 and Friday 14 March"
    )
    period = parse_date("between Wednesday 12 and Friday 14 March", "en_GB", MAR_18_2025)
    assert (period.start, period.end) == (date(2025, 3, 12), date(2025, 3, 14))


def test_a_rates_denominator_is_no_population() -> None:
    claims = drafted(BULLETIN, "en_GB", MAR_13_2025)
    assert not [c for c in claims if c.value and "100,000" in c.value]
    (rate,) = [c for c in claims if c.value == "4.1"]
    assert rate.note is not None and "per 100,000 people" in rate.note
    assert values("Il y a 45,2 cas pour 100 000 habitants.", "fr") == ["45,2"]
    assert values("A loan of 2 for 200,000 euros.", "en") == ["2", "200,000 EUR"]


def test_a_period_of_weeks_stays_a_period() -> None:
    (reports,) = [c for c in drafted(BULLETIN, "en_GB", MAR_13_2025) if c.value == "1,037"]
    assert reports.when == "the two weeks to 2 March"


def test_fewer_is_drafted_with_the_sign_verify_reads() -> None:
    (fewer,) = [
        c
        for c in drafted(BULLETIN, "en_GB", MAR_13_2025)
        if "fewer" in c.quote and c.value and "%" in c.value
    ]
    assert fewer.value == "-3.1 %"
    assert fewer.note is not None and "3.1 %" in fewer.note  # the size, for a property named so
    assert values("Shares closed 3% lower.", "en") == ["-3 %"]
    assert values("Costs were more than 3% lower than in 2023.", "en") == ["<-3 %"]


def test_an_age_group_stays_whole_in_the_quote() -> None:
    claims = drafted(BULLETIN, "en_GB", MAR_13_2025)
    quotes = {c.value: c.quote for c in claims}
    assert "aged 85 and over, at 38.2 per 100,000" in quotes["38.2"]
    assert "aged two and three, 42.3%" in quotes["42.3 %"]
    assert "aged 65 and over reached 74.9%" in quotes["74.9 %"]


def test_a_past_perfect_clause_is_a_fact_and_a_plans_years_a_duration() -> None:
    claims = drafted(POLL, "en_GB", MAR_18_2025)
    (months,) = [c for c in claims if "consecutive months" in c.quote and c.value]
    assert months.kind == "fact"
    assert "10 year" in [c.value for c in claims]
    assert values("Among 10-year-olds, 12% said so.", "en") == ["12 %"]


@pytest.mark.parametrize(("text", "published"), [(POLL, MAR_18_2025), (BULLETIN, MAR_13_2025)])
def test_the_health_desks_drafts_verify_once_named(
    tmp_path: Path, text: str, published: date
) -> None:
    """Each property named a change, the draft verifies without error: signs as verify reads."""
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    claims = [c for c in drafted(text, "en_GB", published) if c.value is not None]
    document = {
        "source": {"id": "health", "title": "t", "publisher": "p", "published": published,
                   "language": "en_GB", "text": "article.txt"},
        "claims": [
            {"id": f"c{i}", "quote": c.quote, "subject": f"s{i}", "property": f"figure{i}_change",
             "value": c.value, **({"when": c.when} if c.when else {}), "kind": c.kind}
            for i, c in enumerate(claims)
        ],
    }  # fmt: skip
    path = tmp_path / "health.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    report = factcheck.verify(factcheck.load(path))
    errors = [f"{f.rule}: {f.message}" for f in report.findings if f.severity.label == "error"]
    assert not errors, "\n".join(errors)


NOTAIRES = (
    "Les volumes se redressent nettement. Le nombre de transactions réalisées sur les douze "
    "derniers mois atteint 870 000 ventes à fin septembre 2025, contre 785 000 un an plus tôt, "
    "soit une hausse de 10,8 %. On reste toutefois loin du record de 1 187 000 ventes atteint "
    "en août 2021 : le marché accuse encore un repli de 26,7 % par rapport à ce sommet.\n"
)


def test_the_last_twelve_months_are_no_figure_in_their_paragraph() -> None:
    found = values(NOTAIRES, "fr", date(2025, 11, 27))
    assert "12" not in found and "douze" not in str(found)
    assert found[:3] == ["870 000", "785 000", "10,8 %"]


@pytest.mark.parametrize(
    ("language", "when"), [("en_GB", "12 March 2025"), ("en", "March 12, 2025")]
)
def test_the_draft_writes_the_locale_given_and_its_date_order(
    tmp_path: Path, language: str, when: str
) -> None:
    from tests.test_extract import run_extract

    article = tmp_path / "ukhsa-2025-03-13.txt"
    article.write_text("UKHSA said on Wednesday that flu admissions fell.\n", encoding="utf-8")
    output = tmp_path / "ukhsa.yaml"
    argv = [str(article), "--language", language, "--source-id", "u", "-o", str(output)]
    assert run_extract(*argv) == 0
    document = yaml.safe_load(output.read_text(encoding="utf-8"))
    assert document["source"]["language"] == language
    assert [c["when"] for c in document["claims"]] == [when]
    report = factcheck.verify(factcheck.load(output))
    assert not [f for f in report.findings if f.severity.label == "error"]


# --- an English sports desk ------------------------------------------------------------------

DEC_2025 = date(2025, 12, 8)


def kinds(text: str, language: str, published: date = DEC_2025) -> list[tuple[str | None, str]]:
    return [(c.value, c.kind) for c in valued(text, language, published)]


def test_goals_scored_are_a_tally_not_a_target() -> None:
    assert kinds("Okafor has scored 112 goals for Harton.", "en_GB") == [("112", "fact")]
    assert kinds("Smith has scored 112 tries for Bath.", "en_GB") == [("112", "fact")]
    text = (
        "Okafor scored twice, taking his tally to nine goals in 14 league appearances. He has "
        "scored 112 goals in 241 appearances, a strike rate of 0.46 goals a game."
    )
    assert {kind for _, kind in kinds(text, "en_GB")} == {"fact"}
    # an organisation's goals are still aims
    text = "The club has met 3 of its 5 goals for the year."
    assert kinds(text, "en_GB") == [("3", "fact"), ("5", "target")]
    assert kinds("The club aims to score 80 goals.", "en_GB") == [("80", "target")]


def test_an_aside_between_dashes_lends_no_date() -> None:
    text = (
        "A crowd of 38,412 – the biggest at Millfield Road since the stadium was expanded in "
        "2019 – saw Harton dominate, with 61% of possession to Cray Valley's 39%."
    )
    assert whens(text, "en_GB", DEC_2025) == {"38,412": None, "61 %": None, "39 %": None}
    # a figure inside the aside still takes its date
    text = "Crowds rose to 30,000 – up from 20,000 in 2019 – this season."
    assert whens(text, "en_GB", DEC_2025)["20,000"] == "2019"


def test_what_a_figure_is_compared_with_lends_no_date() -> None:
    text = (
        "Kiprono's time, an average of 2min 52sec per kilometre over the 42.195km course, was "
        "1min 19sec faster than the 2hr 2min 31sec he ran on his debut in Berlin in September."
    )
    # the time he ran in Berlin is dated by its September; the gap to it is not
    expected = {"42.195 km": None, "1min 19sec": None, "2hr 2min 31sec": "September 2025"}
    assert whens(text, "en_GB", DEC_2025) == expected


def test_last_years_figure_is_last_years() -> None:
    text = "Organisers said 35,210 runners finished, up 8% on last year's 32,600."
    assert whens(text, "en_GB", DEC_2025) == {"35,210": None, "8 %": None, "32,600": "2024"}


def test_a_consequence_clause_borrows_no_date() -> None:
    text = (
        "Estrela Norte signed him from Braga for €6m in 2021, so the sale represents a profit "
        "of €74m on the fee alone."
    )
    assert whens(text, "en_GB", DEC_2025) == {"6 million EUR": "2021", "74 million EUR": None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 34-year-old striker opened the scoring.", ["34 year"]),
        ("He curled in a shot from 20 yards.", ["20 yd"]),
        ("Bolt's 100m world record of 9.58sec still stands.", ["100 m", "9.58 s"]),
        ("She was only 37sec outside the world record.", ["37 s"]),
        # a time in parts is never drafted in fragments
        (
            "Kiprono won in 2hr 1min 12sec, 1min 19sec faster, and Carr ran 4min 18.2sec.",
            ["2hr 1min 12sec", "1min 19sec", "4min 18.2sec"],
        ),
        ("Among 10-year-olds, 12% said so.", ["12 %"]),
    ],
)
def test_sports_measures_keep_their_unit(text: str, expected: list[str]) -> None:
    assert values(text, "en_GB", DEC_2025) == expected


def test_the_counts_of_a_match_report_are_drafted() -> None:
    text = (
        "Harton moved up to third in the Premier Division. The home side had 18 shots to the "
        "visitors' seven, eight of them on target. The result leaves Harton on 29 points, four "
        "behind the leaders. Harton have won eight, drawn five and lost two of their 15 games."
    )
    found = values(text, "en_GB", DEC_2025)
    assert found == ["3", "18", "7", "8", "29", "4", "8", "5", "2", "15"]
    assert valued(text, "en_GB", DEC_2025)[0].property == "rank"
    # a number in words alone is still no figure elsewhere
    assert values("The two met in the cup, and he won it.", "en_GB", DEC_2025) == []


# --- a French education desk -----------------------------------------------------------------

AUG_2025 = date(2025, 8, 29)


def test_net_pay_keeps_its_period() -> None:
    text = (
        "Un certifié touche 2 100 euros net par mois en début de carrière. Un agrégé gagne "
        "2 600 euros nets mensuels, soit 31 200 euros bruts par an."
    )
    assert values(text, "fr", AUG_2025) == ["2 100 EUR/month", "2 600 EUR/month", "31 200 EUR/year"]


def test_a_ratio_of_pupils_per_teacher_is_bare_with_its_property_and_a_note() -> None:
    (claim,) = valued("On compte un enseignant pour 18,5 élèves.", "fr", AUG_2025)
    assert (claim.value, claim.property) == ("18,5", "eleves_par_enseignant")
    assert claim.note is not None and "élèves par enseignant" in claim.note


def test_an_indefinite_article_is_no_count() -> None:
    text = (
        "Un professeur certifié débutant perçoit 2 100 euros. En 2000, un enseignant débutant "
        "touchait 2,1 fois le Smic. Le salaire d'un professeur a baissé de 3 %."
    )
    assert values(text, "fr", AUG_2025) == ["2 100 EUR", "2,1", "-3 %"]
    assert values("L'accident a fait un mort et deux blessés.", "fr", AUG_2025) == [
        "1 person",
        "2 person",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Les élèves de 6e et de 5e passeront les évaluations nationales.",
        "En classe de 4e, les élèves choisissent une langue.",
        "Les élèves français de 15 ans ont passé le test.",
        "Ils sont sous le niveau 2 en mathématiques.",
        "Peu atteignent les niveaux 5 et 6.",
    ],
)
def test_year_groups_ages_and_levels_are_no_figures(text: str) -> None:
    assert values(text, "fr", AUG_2025) == []


def test_a_rank_after_en_stays_a_rank() -> None:
    assert values("Il termine en 3e position.", "fr", AUG_2025) == ["3"]


def test_the_first_school_term_is_no_calendar_quarter() -> None:
    text = "Les conseils de classe du premier trimestre se tiendront en décembre."
    assert [c.when for c in extract(text, "fr", AUG_2025).claims] == ["décembre 2025"]
    text = "Au premier trimestre, le PIB a progressé de 0,1 %."
    assert whens(text, "fr", AUG_2025) == {"0,1 %": "T1 2025"}


def test_a_scores_fall_in_points_is_signed() -> None:
    text = (
        "Le score de la France a perdu 21 points en mathématiques. Le score recule de 19 points. "
        "La moyenne a chuté de 15 points. Les élèves obtiennent 474 points. Le CAC 40 a perdu "
        "98,7 points."
    )
    assert values(text, "fr", AUG_2025) == ["-21", "-19", "-15", "474", "-98,7"]


def test_a_budget_compared_with_a_year_is_no_rate() -> None:
    text = "Les crédits progressent de 1,2 milliard d'euros par rapport à 2024 (62,4 milliards)."
    claims = valued(text, "fr", AUG_2025)
    assert [(c.value, c.when, c.note) for c in claims] == [
        ("1,2 milliard EUR", None, None),
        ("62,4 milliard EUR", "2024", None),
    ]


def test_each_part_of_a_whole_counts_what_the_whole_counts() -> None:
    text = (
        "La loi de finances prévoit 3 000 postes supprimés, dont 2 200 dans le premier degré "
        "et 800 dans le second degré."
    )
    assert values(text, "fr", AUG_2025) == ["3 000 person", "2 200 person", "800 person"]


SPORT_AND_SCHOOL = {
    "match-2025-12-08.txt": (
        "en_GB",
        "Harton moved up to third. The 34-year-old scored from 20 yards, taking his tally to "
        "nine goals. A crowd of 38,412 – the biggest since the stadium was expanded in 2019 – "
        "saw 61% of possession. Bolt's 100m world record of 9.58sec stands. Runners: 35,210, "
        "up 8% on last year's 32,600.\n",
    ),
    "ecole-2025-08-29.txt": (
        "fr",
        "Un certifié touche 2 100 euros net par mois. On compte un enseignant pour 18,5 élèves. "
        "Le score a perdu 21 points. Le cycle PISA a été retardé d'un an par la crise sanitaire. "
        "Le taux progresse d'un point. Elle a été prolongée d'un mois. Les crédits progressent de "
        "1,2 milliard d'euros par rapport à 2024 (62,4 milliards). La formation dure une "
        "année.\n",
    ),
}


@pytest.mark.parametrize("name", sorted(SPORT_AND_SCHOOL))
def test_the_sports_and_education_drafts_verify_without_errors(tmp_path: Path, name: str) -> None:
    from tests.test_extract import run_extract

    language, text = SPORT_AND_SCHOOL[name]
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    output = tmp_path / "draft.yaml"
    argv = [str(article), "--language", language, "--source-id", "s", "-o", str(output)]
    assert run_extract(*argv) == 0
    report = factcheck.verify(factcheck.load(output))
    assert [f.message for f in report.findings if f.severity.label == "error"] == []
    drafted = [c.get("value") for c in yaml.safe_load(output.read_text("utf-8"))["claims"]]
    assert ("1 year" in drafted) == (language == "fr")  # "retardé d'un an"


# --- a courts desk: a baseline of the year before, rates per hour -----------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "West Yorkshire Police recorded 2,471 knife offences in the year to March 2024, "
            "up 5% on the 2,353 recorded in the previous 12 months.",
            "en_GB",
            {
                "2,471": "the year to March 2024",
                "5 %": "the year to March 2024",  # the change is this year's
                "2,353": "the year to March 2023",
            },
        ),
        (
            "Police recorded 2,471 offences in 2024, against 2,353 the year before.",
            "en_GB",
            {"2,471": "2024", "2,353": "2023"},
        ),
        (
            "En 2023, la police a enregistré 2 471 délits, contre 2 353 l'année précédente.",
            "fr",
            {"2 471": "2023", "2 353": "2022"},
        ),
        (
            "La police a enregistré 2 471 délits en 2024, contre 2 353 sur les douze mois "
            "précédents.",
            "fr",
            {"2 471": "2024", "2 353": "2023"},
        ),
        # the previous year is the change's baseline, not the change's date
        (
            "Revenue reached £60.7 billion for 2023, up 8.5% on the previous year.",
            "en_GB",
            {"60.7 billion GBP": "2023", "8.5 %": "2023"},
        ),
    ],
)
def test_a_figure_of_the_year_before_takes_the_previous_year(
    text: str, language: str, expected: dict[str, str]
) -> None:
    assert whens(text, language) == expected
    for claim in valued(text, language, MAR_2025):
        assert claim.note is None


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        # a month's previous 12 months, a year after a quarter: which period is not written
        ("Police recorded 2,471 offences in March, against 2,353 the previous 12 months.",
         "the previous 12 months"),
        ("The proportion fell to 5.7% in the year to June, from 6.1% a year earlier.",
         "a year earlier"),
        ("The force recorded 2,471 offences in 2023/24, against 2,353 the year before.",
         "the year before"),
        # the year before something else is no year before the sentence's
        ("300 people died in 2021, against 250 in the year before the pandemic.",
         "the year before"),
    ],
)  # fmt: skip
def test_a_baseline_of_an_unwritten_period_gets_no_when_but_a_note(text: str, shift: str) -> None:
    baseline = valued(text, "en_GB", MAR_2025)[-1]
    assert baseline.when is None
    assert baseline.note is not None and f'"{shift}"' in baseline.note


def test_a_when_of_the_year_before_verifies(tmp_path: Path) -> None:
    from tests.test_extract import run_extract

    article = tmp_path / "leeds-2025-03-12.txt"
    article.write_text(
        "West Yorkshire Police recorded 2,471 knife offences in the year to March 2024, up 5% "
        "on the 2,353 recorded in the previous 12 months.\n",
        encoding="utf-8",
    )
    output = tmp_path / "draft.yaml"
    argv = [str(article), "--language", "en_GB", "--source-id", "s", "-o", str(output)]
    assert run_extract(*argv) == 0
    report = factcheck.verify(factcheck.load(output))
    assert [f.message for f in report.findings if f.severity.label == "error"] == []
    claims = yaml.safe_load(output.read_text("utf-8"))["claims"]
    baseline = next(c for c in claims if c["value"] == "2,353")
    period = parse_date(baseline["when"], "en_GB", date(2025, 3, 12))
    assert (period.start, period.end) == (date(2022, 4, 1), date(2023, 3, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le métro assure 12 passages par heure.", ["12/hour"]),
        ("Le club organise 4 réunions par année.", ["4/year"]),
        ("Le club organise 4 réunions par an.", ["4/year"]),
        ("Le réseau transporte 3 000 voyageurs par heure.", ["3 000 person/hour"]),
        # a count per a thing that is no time stays a count
        ("Le parc compte 2 arbres par habitant.", ["2"]),
    ],
)
def test_a_count_per_hour_or_per_year_is_a_rate(text: str, expected: list[str]) -> None:
    assert values(text, "fr") == expected


# --- an obituaries desk: chronologies, footers, lifespans, ages -------------------------------

MAR_2025_OBIT = date(2025, 3, 11)
JAN_2025_OBIT = date(2025, 1, 14)


def events(text: str, language: str, published: date) -> list[tuple[str | None, str, str]]:
    """(when, property, subject) of the drafted claims without a value, in text order."""
    return [
        (c.when, c.property, c.subject)
        for c in extract(text, language, published).claims
        if c.value is None
    ]


def test_each_line_of_a_chronology_is_a_dated_event() -> None:
    text = (
        "Jean-Pierre Ferrand en quelques dates\n"
        "3 mars 1938 Naissance à Lyon\n"
        "1968 Les Quais\n"
        "1974 Palme d'or pour La Ligne d'ombre\n"
        "9 mars 2025 Mort à Paris\n"
    )
    draft = extract(text, "fr", MAR_2025_OBIT)
    assert [c.value for c in draft.claims] == [None] * 4  # never "2025 person"
    assert [(c.when, c.property) for c in draft.claims] == [
        ("3 mars 1938", "birth"),
        ("1968", "?"),
        ("1974", "?"),
        ("9 mars 2025", "death"),
    ]
    assert draft.claims[3].quote == "9 mars 2025 Mort à Paris"


def test_a_bylines_date_and_time_is_no_chronology() -> None:
    assert events("Marlowe obituary\n3 March 2025 • 14.00 GMT\n", "en_GB", JAN_2025_OBIT) == []
    assert events("Ferrand\n3 mars 2025 à 14 h 05\n", "fr", MAR_2025_OBIT) == []


def test_an_obituarys_footer_gives_the_birth_and_the_death() -> None:
    text = (
        "Helen Marlowe obituary\n\n"
        "Helen Mary Marlowe, singer, born 3 March 1937; died 12 January 2025\n"
    )
    assert events(text, "en_GB", JAN_2025_OBIT) == [
        ("3 March 1937", "birth", "Helen Mary Marlowe"),
        ("12 January 2025", "death", "Helen Mary Marlowe"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Il est né le 3 mars 1938 à Lyon.", "fr", [("3 mars 1938", "birth")]),
        ("Née le 14 mai 1927 à Roubaix, elle peint.", "fr", [("14 mai 1927", "birth")]),
        ("He was born in Lyon on 3 March 1938.", "en_GB", [("3 March 1938", "birth")]),
        ("Rivers died on 12 October 2024 after a short illness.", "en_GB",
         [("12 October 2024", "death")]),
        ("Il est mort dimanche 9 mars à Paris.", "fr", [("dimanche 9 mars", "death")]),
        # another event's date, a toll's day: no birth nor death
        ("Le film est sorti le 3 mars 1968.", "fr", [("3 mars 1968", "?")]),
        ("The death toll rose on 3 March 2025.", "en_GB", [("3 March 2025", "?")]),
    ],
)  # fmt: skip
def test_a_birth_or_a_death_in_running_text_has_its_property(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert [e[:2] for e in events(text, language, MAR_2025_OBIT)] == expected


def test_years_after_a_name_are_a_birth_and_a_death() -> None:
    text = "Il aura fallu attendre que Marguerite Delorme (1927-2018) ait sa grande exposition."
    draft = extract(text, "fr", MAR_2025_OBIT)
    assert [(c.when, c.property, c.subject, c.kind) for c in draft.claims] == [
        ("1927", "birth", "Marguerite Delorme", "fact"),
        ("2018", "death", "Marguerite Delorme", "fact"),
    ]
    assert draft.claims[0].quote == "Marguerite Delorme (1927-2018)"
    # a work's years are no life: one period, no birth
    text = "La salle montre la dernière série de Delorme, Les Marées (2014-2016)."
    assert events(text, "fr", MAR_2025_OBIT) == [("2014-2016", "?", "?")]


def ages(text: str, language: str, published: date) -> list[tuple[str | None, str, str | None]]:
    """(value, property, when) of the drafted claims with a value."""
    return [(c.value, c.property, c.when) for c in valued(text, language, published)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the death's day: its sentence's, even a day
        ("Helen Marlowe died on Sunday aged 87.", "en_GB", ("87 year", "age", "12 January 2025")),
        ("Il est mort dimanche 9 mars à Paris, à l'âge de 87 ans.", "fr",
         ("87 year", "age", "dimanche 9 mars")),
        # the event's year
        ("En 1968, à 35 ans, il tourne Les Quais.", "fr", ("35 year", "age", "1968")),
        ("A 35 ans, en 1968, il tourne Les Quais.", "fr", ("35 year", "age", "1968")),
        ("In 1955, at 18, she made her professional debut.", "en_GB", ("18 year", "age", "1955")),
        ("He was 23 when his debut won the Mercury prize in September 2019.", "en_GB",
         ("23 year", "age", "September 2019")),
        ("Her album appeared in 2019, when she was 82.", "en_GB", ("82 year", "age", "2019")),
        ("Son dernier film est sorti en 2021, alors qu'il avait 83 ans.", "fr",
         ("83 year", "age", "2021")),
        # no day written: none drafted
        ("Sam Kessler, producer, dies at 85.", "en", ("85 year", "age", None)),
        ("At 23 she joined the house band.", "en_GB", ("23 year", "age", None)),
        ("A man aged 45 was arrested.", "en_GB", ("45 year", "age", None)),
    ],
)  # fmt: skip
def test_an_age_is_in_years_with_the_day_it_was_told_at(
    text: str, language: str, expected: tuple[str, str, str | None]
) -> None:
    published = JAN_2025_OBIT if language == "en_GB" and "Marlowe" in text else MAR_2025_OBIT
    assert ages(text, language, published) == [expected]


def test_an_age_without_its_day_has_a_note_saying_so() -> None:
    (claim,) = valued("Jusqu'à 80 ans, il tenait la caméra lui-même.", "fr", MAR_2025_OBIT)
    assert (claim.value, claim.property, claim.when) == ("<=80 year", "age", None)
    assert claim.note is not None and "publication day" in claim.note
    (claim,) = valued("In 1968, aged 31, she recorded Blue Pennines.", "en_GB", JAN_2025_OBIT)
    assert claim.note is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The index closed at 80, up 2%.", "en", [("80", "?"), ("2 %", "?")]),
        ("Il a souscrit un prêt à 20 ans.", "fr", [("20 year", "?")]),
        ("Il est condamné à 10 ans de prison.", "fr", [("10 year", "?")]),
        ("Ils ont été mariés pendant 54 ans.", "fr", [("54 year", "?")]),
        ("The plant was 85% full.", "en", [("85 %", "?")]),
    ],
)
def test_what_is_no_age_stays_as_it_was(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c.value, c.property) for c in valued(text, language, MAR_2025_OBIT)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("It spent 31 weeks in the UK top 40.", "en_GB", ["31 week"]),
        ("Its soundtrack spent six weeks on the Billboard 200.", "en", ["6 week"]),
        ("The top 10 companies paid 40%.", "en", ["10", "40 %"]),  # a count, no chart
        ("Il a reçu trois César sur onze nominations.", "fr", ["3", "11"]),
        ("Trois Français sur quatre le pensent.", "fr", []),  # a proportion
        ("Avec un budget de 1,2 million de francs.", "fr", ["1,2 million FRF"]),
        ("Le billet coûte 20 francs suisses.", "fr", ["20 CHF"]),
        ("A career spanning six decades.", "en_GB", ["6 decade"]),
    ],
)
def test_charts_tallies_francs_and_decades(text: str, language: str, expected: list[str]) -> None:
    assert values(text, language, MAR_2025_OBIT) == expected


FERRAND = (
    "Jean-Pierre Ferrand est mort\n\n"
    "Né le 3 mars 1938 à Lyon, il grandit au bord du Rhône. En 1968, à {age} ans, il tourne "
    "son premier long-métrage, avec un budget de 1,2 million de francs. Le cinéaste est mort "
    "dimanche 9 mars à Paris, à l'âge de 87 ans.\n\n"
    "Jean-Pierre Ferrand en quelques dates\n"
    "3 mars 1938 Naissance à Lyon\n"
    "9 mars 2025 Mort à Paris\n"
)


@pytest.mark.parametrize(("age", "errors"), [(30, 0), (35, 1)])
def test_an_obituarys_completed_draft_is_checked_by_the_age_rule(
    tmp_path: Path, age: int, errors: int
) -> None:
    from tests.test_extract import run_extract

    article = tmp_path / "ferrand-2025-03-11.txt"
    article.write_text(FERRAND.format(age=age), encoding="utf-8")
    output = tmp_path / "draft.yaml"
    argv = [str(article), "--language", "fr", "--source-id", "s", "-o", str(output)]
    assert run_extract(*argv) == 0
    report = factcheck.verify(factcheck.load(output))
    assert [f.message for f in report.findings if f.severity.label == "error"] == []
    # the editor names the person: births, deaths and ages are then compared
    draft = yaml.safe_load(output.read_text("utf-8"))
    for claim in draft["claims"]:
        if claim["property"] in ("birth", "death", "age"):
            claim["subject"] = "Jean-Pierre Ferrand"
    output.write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    report = factcheck.verify(factcheck.load(output))
    found = [f for f in report.findings if f.severity.label == "error"]
    assert [f.rule for f in found] == ["age-matches-birth"] * errors


# --- a reviewer's findings on ages, births, charts, relative months and francs ----------------

JUN_2025 = date(2025, 6, 1)


def valued_with(
    text: str, language: str, published: date = MAR_2025_OBIT
) -> list[tuple[str | None, str]]:
    return [(c.value, c.property) for c in valued(text, language, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a fêté ses 30 ans de carrière.", [("30 year", "?")]),
        ("Il avait 10 ans d'expérience.", [("10 year", "?")]),
        ("Il a été envoyé à 10 ans de prison.", [("10 year", "?")]),
        ("Il avait 20 ans de plus qu'elle.", [("20 year", "?")]),
        ("Il purge ses 5 ans ferme.", [("5 year", "?")]),
        # an age still: the illness it died of
        ("Il est mort à 87 ans d'un cancer.", [("87 year", "age")]),
    ],
)
def test_years_of_a_career_or_a_sentence_are_no_age(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert valued_with(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The top 1% of households hold 20% of wealth.", "en", ["1 %", "20 %"]),
        ("The top 10 per cent earn more.", "en_GB", ["10 %"]),
        ("The top 5 percent pay most.", "en", ["5 %"]),
        ("It spent 31 weeks in the UK top 40.", "en_GB", ["31 week"]),  # still a chart
    ],
)
def test_a_top_share_is_no_chart(text: str, language: str, expected: list[str]) -> None:
    assert values(text, language, MAR_2025_OBIT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seats won: Labour, 72; Conservatives, 121; Reform, 5.",
         [("72", "?"), ("121", "?"), ("5", "?")]),
        ("Seats won: Labour Party, 72; Conservative Party, 121.", [("72", "?"), ("121", "?")]),
        ("Labour Party, 72, and Conservative Party, 121, were ahead.", [("72", "?"), ("121", "?")]),
        ("In Leeds, 45.", [("45", "?")]),
        # a person's name, two words at least: an age
        ("Daniel Hirst, 52, of Keighley, and Sarah Jones, 48, were jailed.",
         [("52 year", "age"), ("48 year", "age")]),
    ],
)  # fmt: skip
def test_a_number_after_a_party_or_a_list_item_is_no_age(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert valued_with(text, "en_GB") == expected


def test_one_helper_reads_an_age_after_a_name() -> None:
    from factcheck import extract as extract_module
    from factcheck.extract_claims import age_after_a_name
    from factcheck.extract_figures import find_figures
    from factcheck.extract_words import words_for

    assert not hasattr(extract_module, "_after_a_name")
    words = words_for("en")
    for text, expected in [
        ("Daniel Hirst, 52, of Keighley, was jailed.", True),
        ("Seats won: Labour, 72; Conservatives, 121.", False),
    ]:
        figure = find_figures(text, "en", words, None)[0]
        assert age_after_a_name(text, figure, words) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 3, the market opened.", [("3", "?")]),
        ("At 10, the index stood higher.", [("10", "?")]),
        ("Shares closed (at 80) on the day.", [("80", "?")]),
        ("By 2030, at 5, the rate will be higher.", [("5", "?")]),
        # a person after it, or an aside between commas: an age
        ("At 18, she left home.", [("18 year", "age")]),
        ("He founded Kessler Pictures in 1968, at 28, with $40,000.",
         [("28 year", "age"), ("40,000 USD", "?")]),
    ],
)  # fmt: skip
def test_at_a_number_is_an_age_of_a_person_only(text: str, expected: list[tuple[str, str]]) -> None:
    assert valued_with(text, "en") == expected


def test_an_age_at_the_end_of_a_line_is_an_age() -> None:
    assert valued_with("He was 85\nand still working.", "en") == [("85 year", "age")]


@pytest.mark.parametrize(
    "text",
    [
        "Marguerite Delorme (1927-2018) a écrit 30 romans.",
        "Marguerite Delorme (1927-2018)\n\nElle a écrit des romans.",
    ],
)
def test_a_lifespan_opening_a_sentence_or_a_heading_is_a_birth_and_a_death(text: str) -> None:
    assert events(text, "fr", MAR_2025_OBIT) == [
        ("1927", "birth", "Marguerite Delorme"),
        ("2018", "death", "Marguerite Delorme"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The protests died down in March 2020.", "en", [("March 2020", "?")]),
        ("Les entreprises nées en mars 2012 ont prospéré.", "fr", [("mars 2012", "?")]),
        # a person's: still a birth
        ("Il est né en 1938 à Lyon.", "fr", [("1938", "birth")]),
    ],
)
def test_a_phrasal_verb_or_a_plural_is_no_birth_nor_death(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert [e[:2] for e in events(text, language, MAR_2025_OBIT)] == expected


@pytest.mark.parametrize(
    ("text", "language", "when"),
    [
        ("Sales rose 5% in January last year.", "en", "January 2024"),
        ("Les ventes ont augmenté de 5 % en janvier l'an dernier.", "fr", "janvier 2024"),
        ("Sales rose 5% on 3 January this year.", "en", "3 January this year"),
        ("Between October and December last year, sales rose 5%.", "en",
         "between October and December 2024"),
        ("Sales rose 5% from October to December last year.", "en",
         "from October to December 2024"),
    ],
)  # fmt: skip
def test_a_month_of_last_year_is_one_when(text: str, language: str, when: str) -> None:
    draft = extract(text, language, JUN_2025)
    assert [(c.value, c.when) for c in draft.claims] == [("5 %", when)]
    assert parse_date(when, language, JUN_2025).start.year in (2024, 2025)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", ["1,2 million FRF"]),
        ("fr_FR", ["1,2 million FRF"]),
        ("fr_CH", ["1,2 million CHF"]),
        ("fr-CH", ["1,2 million CHF"]),
        ("fr_BE", ["1,2 million"]),  # Belgian francs: no currency drafted
        ("fr_LU", ["1,2 million"]),
    ],
)
def test_bare_francs_are_read_by_territory(language: str, expected: list[str]) -> None:
    assert values("Avec un budget de 1,2 million de francs.", language, MAR_2025_OBIT) == expected
    assert values("Le billet coûte 20 francs suisses.", language) == ["20 CHF"]


def test_days_of_last_year_that_do_not_read_whole_keep_their_year() -> None:
    # the days are no figures 3 and 5 (a guard: as before "l'an dernier" was read with them)
    text = "Entre le 3 et le 5 mars l'an dernier, 40 personnes."
    assert [(c.value, c.when) for c in extract(text, "fr", JUN_2025).claims] == [
        (None, "Entre le 3 et le 5 mars"),
        ("40 person", "2024"),
    ]
