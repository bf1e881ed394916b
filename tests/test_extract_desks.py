"""`factcheck extract`: what a business desk's and a regional daily's audits found in drafts.

Each test drafts the sentence an editor would have skimmed and asserts what the editor
sees in the draft: the value, the `when`, the `kind`, the property, the claims there are.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

import factcheck
from factcheck.extract import DraftClaim, extract
from factcheck.extract_words import words_for
from factcheck.values import parse_value
from tests.test_extract import FRENCH_BYTES, REFUSED_ON_PURPOSE, SILENT, run_extract

NOV_2025 = date(2025, 11, 14)
OCT_2025 = date(2025, 10, 23)
DEC_2024 = date(2024, 12, 18)
MAR_2026 = date(2026, 3, 16)


def valued(text: str, language: str, published: date) -> list[DraftClaim]:
    return [c for c in extract(text, language, published).claims if c.value is not None]


def values(text: str, language: str, published: date = NOV_2025) -> list[str | None]:
    return [c.value for c in valued(text, language, published)]


# --- 1. a change and the level it reaches are two figures, never a range --------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The index lost 1.66% to 6,737.49.", "en", ["-1.66 %", "6,737.49"]),
        ("The S&P 500 lost 1.66% to 6,737.49.", "en", ["-1.66 %", "6,737.49"]),
        ("Crude gained 1.5% to $78.40.", "en", ["1.5 %", "78.40 USD"]),
        ("November was revised down by 49,000 to 212,000.", "en", ["49,000", "212,000"]),
        ("November's figure was revised up by 49,000 to 261,000.", "en", ["49,000", "261,000"]),
        ("L'indice a perdu 1,2 % à 8 124,5.", "fr", ["-1,2 %", "8 124,5"]),
        # ranges are still ranges: both ends in %, or the % written once at the end
        ("Growth of 2% to 3% is expected.", "en", ["2 to 3 %"]),
        ("Growth of 2 to 3% is expected.", "en", ["2 to 3 %"]),
        ("Il prévoit de 300 à 500 embauches.", "fr", ["300 to 500 person"]),
        ("The company lost 300 to 500 jobs.", "en", ["300 to 500 person"]),
        # the level a change reaches may be a range; from one level to another are two
        ("Inflation rose to 2-3%.", "en", ["2 to 3 %"]),
        ("Le taux a été ramené à 2-3 %.", "fr", ["2 to 3 %"]),
        # a band of a rate is two claims, one per end, as format.md asks
        ("The Fed narrowed its range to 4.25%-4.50%.", "en", ["4.25 %", "4.50 %"]),
        ("Les effectifs sont passés de 300 à 500 salariés.", "fr", ["300", "500 person"]),
        ("Revenue of $4.10 to $4.25 a share.", "en", ["4.10 to 4.25 USD"]),
    ],
)
def test_a_change_to_a_level_is_no_range(text: str, language: str, expected: list[str]) -> None:
    assert values(text, language) == expected


# --- 2. "a year earlier" after a figure is a time, not a rate --------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Adjusted earnings were $1.12, compared with $0.98 a year earlier.", "en", "0.98 USD"),
        ("Revenue was $12.4bn, against $11.5bn a year ago.", "en", "11.5 billion USD"),
        ("It sold 3 million tonnes, against 2 million tonnes a year before.", "en", "2 million t"),
        # a rate is still a rate
        ("It produces 3 million tonnes a year.", "en", "3 million t/year"),
        ("Le billet coûte 5 euros par jour.", "fr", "5 EUR/day"),
    ],
)
def test_a_year_earlier_is_no_rate(text: str, language: str, value: str) -> None:
    assert values(text, language)[-1] == value


def test_a_time_after_a_figure_is_its_baseline_undated() -> None:
    (_, baseline) = valued(
        "Adjusted earnings were $1.12 in 2025, compared with $0.98 a year earlier.", "en", OCT_2025
    )
    assert (baseline.value, baseline.when) == ("0.98 USD", None)


# --- 3. index points and league points are written bare --------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The FTSE 100 fell 45.2 points, or 0.6%, to 8,120.5.", "en",
         ["-45.2", "0.6 %", "8,120.5"]),
        ("The FTSE 100 dropped 1.1% to 9,698.37 points, shedding 108.2 points.", "en",
         ["-1.1 %", "9,698.37", "-108.2"]),
        ("The S&P 500 lost 1.66% to 6,737.49, shedding 113.43 points.", "en",
         ["-1.66 %", "6,737.49", "-113.43"]),
        ("The Dow rose 300 points, or 0.7%.", "en", ["300", "0.7 %"]),
        ("The blue-chip index gained 12.5 points, or 0.2%.", "en", ["12.5", "0.2 %"]),
        ("Le CAC 40 a perdu 98,7 points, soit 1,2 %, à 8 124,5 points.", "fr",
         ["-98,7", "1,2 %", "8 124,5"]),
        ("Le CAC 40 a perdu 98,7 points.", "fr", ["-98,7"]),
        # a league's points are a count: no sign, no unit
        ("Guingamp est 5e, à 4 points du leader, avec un taux de victoire de 60 %.", "fr",
         ["5", "4", "60 %"]),
        ("Arsenal are 4 points clear at the top of the table, with a 60% win rate.", "en",
         ["4", "60 %"]),
        ("Arsenal hold a 4-point lead in the table.", "en", ["4"]),
        # percentage points stay percentage points: a rate, a poll, a written "percentage"
        ("The unemployment rate rose 0.3 points to 4.3%.", "en", ["0.3 pp", "4.3 %"]),
        ("Labour is 4 points ahead in the polls, with 41%.", "en", ["4 pp", "41 %"]),
        ("Le chômage a reculé de 0,2 point, à 7,3 %.", "fr", ["-0,2 pp", "7,3 %"]),
        ("The FTSE 100 rose while inflation fell 0.3 percentage points.", "en", ["-0.3 pp"]),
        ("Le CAC 40 monte; le taux de chômage recule de 0,2 point, à 7,3 %.", "fr",
         ["-0,2 pp", "7,3 %"]),
    ],
)  # fmt: skip
def test_index_and_league_points_are_bare(text: str, language: str, expected: list[str]) -> None:
    assert values(text, language) == expected


def test_bare_points_verify_as_the_quote_writes_them(tmp_path: Path) -> None:
    article = tmp_path / "wrap-2025-11-14.txt"
    article.write_text(
        "Markets\n\nThe FTSE 100 dropped 1.1% to 9,698.37 points, shedding 108.2 points. "
        "Le CAC 40 a perdu 98,7 points.\n",
        encoding="utf-8",
    )
    output = tmp_path / "wrap-2025-11-14.yaml"
    assert run_extract(str(article), "--language", "en", "--source-id", "w", "-o", str(output)) == 0
    report = factcheck.verify(factcheck.load(output))
    loud = [f"{f.rule}: {f.message}" for f in report.findings if f.rule in SILENT]
    assert not loud, "\n".join(loud)


# --- 4. business copy: baselines keep their dates, guidance is a forecast ---------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The operating margin widened by 120 basis points to 18.4%, from 17.2% in the third "
         "quarter of 2024.", OCT_2025,
         [("120 bp", None), ("18.4 %", None), ("17.2 %", "the third quarter of 2024")]),
        ("The margin narrowed to 18.4% from 19.1% in Q3 2024.", OCT_2025,
         [("18.4 %", None), ("19.1 %", "Q3 2024")]),
        ("Revenue rose 8% to $12.4bn in the third quarter of 2025, compared with $11.5bn a year "
         "earlier.", OCT_2025,
         [("8 %", "the third quarter of 2025"), ("12.4 billion USD", "the third quarter of 2025"),
          ("11.5 billion USD", None)]),
        # a premium's baseline: the closing price's day is not the premium's
        ("The offer represents a 32% premium to Brennan's closing price of 312p on Friday, "
         "June 6.", date(2025, 6, 9), [("32 %", None), ("312 p", "Friday, June 6")]),
        # "third-quarter revenue ... on Thursday": the day it was reported, not the revenue's
        ("Halden reported third-quarter revenue of $12.4 billion on Thursday.", OCT_2025,
         [("12.4 billion USD", None)]),
        ("Shares rose 4.3% to $187.20 on Thursday, October 23.", OCT_2025,
         [("4.3 %", "Thursday, October 23"), ("187.20 USD", "Thursday, October 23")]),
    ],
)  # fmt: skip
def test_business_baselines_keep_their_dates(
    text: str, published: date, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.value, c.when) for c in valued(text, "en", published)] == expected


def test_the_day_a_quarter_was_reported_is_a_claim_of_its_own() -> None:
    claims = extract(
        "Halden reported third-quarter revenue of $12.4 billion on Thursday.", "en", OCT_2025
    ).claims
    assert [(c.value, c.when) for c in claims] == [
        ("12.4 billion USD", None),
        (None, "October 23, 2025"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        ("The company expects full-year revenue of $48bn to $49bn.", "en", ["forecast"]),
        ("The company sees full-year revenue of $48bn to $49bn.", "en", ["forecast"]),
        ("The company raised its full-year 2025 guidance for adjusted earnings to a range of "
         "$4.10 to $4.25 per share, from $3.95 to $4.15 previously.", "en",
         ["forecast", "forecast"]),
        ("Its outlook calls for revenue of $48bn.", "en", ["forecast"]),
        ("Policymakers now see inflation at 2.5%.", "en", ["forecast"]),
        ("EPS of $1.23 beat estimates of $1.15.", "en", ["fact", "forecast"]),
        ("Halden reported revenue of $12.4 billion, beating analysts' estimates of $12.1 "
         "billion.", "en", ["fact", "forecast"]),
        ("Revenue was $12.4bn, beating estimates of $12.1bn, and up from $11.5bn.", "en",
         ["fact", "forecast", "fact"]),
        ("Le groupe prévoit un chiffre d'affaires de 48 milliards d'euros.", "fr", ["forecast"]),
        ("Le groupe relève sa guidance à 12 % de marge.", "fr", ["forecast"]),
        ("Le groupe relève son objectif de marge à 12 %.", "fr", ["target"]),
        # no guidance in these
        ("Despite a weak outlook, revenue rose 5% to $3bn.", "en", ["fact", "fact"]),
        ("The city sees 3 million visitors a year.", "en", ["fact"]),
        ("We saw revenue of $3bn.", "en", ["fact"]),
        ("According to estimates, 3,000 people died.", "en", ["fact"]),
    ],
)  # fmt: skip
def test_guidance_is_a_forecast(text: str, language: str, kinds: list[str]) -> None:
    assert [c.kind for c in valued(text, language, OCT_2025)] == kinds


# --- 5. French regional copy ----------------------------------------------------------------

ELECTION = (
    "Municipales à Lannion\n\n"
    "Sur 15 212 inscrits, 8 260 électeurs se sont rendus aux urnes, soit une participation de "
    "54,3 %, en hausse de 13,1 points par rapport à 2020 (41,2 %), année marquée par le "
    "Covid-19. La participation s'élève à 54,3 % dans le quartier nord.\n"
)


def test_turnout_is_no_stake() -> None:
    claims = {(c.value, c.property, c.when) for c in valued(ELECTION, "fr", MAR_2026)}
    assert ("54,3 %", "turnout", None) in claims
    assert ("41,2 %", "turnout", "2020") in claims  # its baseline's year: no same-fact clash
    assert ("13,1 pp", "?", None) in claims
    assert not any(prop == "share_held" for _, prop, _ in claims)


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("Orange détient une participation de 44,4 % dans le capital.", "share_held"),
        ("Bpifrance prend une participation de 20 % dans Ynsect.", "share_held"),
        ("8 260 électeurs ont voté, soit une participation de 54,3 %.", "turnout"),
        # neither: the editor says which
        ("La participation des femmes au marché du travail atteint 62 %.", "?"),
        ("La participation s'élève à 54,3 %.", "?"),
    ],
)
def test_participation_is_turnout_or_stake_as_the_sentence_says(text: str, prop: str) -> None:
    claim = valued(text, "fr", MAR_2026)[-1]
    assert (claim.value or "").endswith("%") and claim.property == prop


def test_a_filled_in_election_draft_has_no_false_same_value_error(tmp_path: Path) -> None:
    article = tmp_path / "municipales-2026-03-16.txt"
    article.write_text(ELECTION, encoding="utf-8")
    output = tmp_path / "municipales-2026-03-16.yaml"
    assert run_extract(str(article), "--language", "fr", "--source-id", "m", "-o", str(output)) == 0
    output.write_text(
        output.read_text(encoding="utf-8").replace('subject: "?"', "subject: Lannion"),
        encoding="utf-8",
    )
    report = factcheck.verify(factcheck.load(output))
    errors = [f"{f.rule}: {f.message}" for f in report.findings if f.severity.label == "error"]
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize(
    ("text", "expected", "quoted"),
    [
        ("Un homme a été condamné à 18 mois de prison, dont 6 avec sursis.",
         ["18 month", "6 month"], "18 mois de prison, dont 6"),
        ("Le budget atteint 12 millions d'euros, dont 3 pour la voirie.",
         ["12 million EUR", "3 million EUR"], "12 millions d'euros, dont 3"),
        ("La ville compte 300 agents, dont 40 à temps partiel.", ["300 person", "40 person"],
         "300 agents, dont 40"),
        ("The plant employs 1,200 people, including 300 in research.",
         ["1,200 person", "300 person"], "1,200 people, including 300"),
        # a figure with its own noun or unit keeps it
        ("La ville compte 300 agents, dont 40 femmes.", ["300 person", "40"], "dont 40 femmes"),
        ("Le budget atteint 12 millions d'euros, dont 30 %.", ["12 million EUR", "30 %"], "30 %"),
    ],
)  # fmt: skip
def test_the_unit_before_dont_carries_over(text: str, expected: list[str], quoted: str) -> None:
    language = "en" if text.startswith("The") else "fr"
    claims = valued(text, language, MAR_2026)
    assert [c.value for c in claims] == expected
    assert quoted in claims[-1].quote  # the quote shows where the unit comes from


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Les faits remontent au samedi 14 mars, vers 23 h 30.", "fr", []),
        ("La police est arrivée à 23h45, et 3 blessés ont été évacués.", "fr", ["3 person"]),
        ("Le dépouillement a commencé à 21 heures.", "fr", []),
        ("Le bureau ferme à 18 h.", "fr", []),
        ("The count began at 9:30 a.m. and 1,200 people voted by 4pm.", "en", ["1,200 person"]),
        # durations stay durations
        ("Les négociations ont duré 21 heures.", "fr", ["21 hour"]),
        ("Il a été placé en garde à vue pendant 48 heures.", "fr", ["48 hour"]),
        ("Le trajet dure jusqu'à 48 heures.", "fr", ["<=48 hour"]),
    ],
)
def test_a_time_of_day_is_no_figure(text: str, language: str, expected: list[str]) -> None:
    assert values(text, language, MAR_2026) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Guingamp s'impose 3-1 face à Amiens.", "fr", []),
        ("L'EAG a battu Amiens 3-1 (mi-temps : 1-0) devant 11 248 spectateurs.", "fr",
         ["11 248 person"]),
        ("Le match s'est terminé sur le score de 3-1, après un 1-0 à la pause.", "fr", []),
        ("Arsenal won 3-1 after leading 1-0 at half-time.", "en", []),
        # no match: two figures, or a range
        ("The council voted 5-2 to approve the plan.", "en", ["5", "2"]),
        ("The team scored 2-3 goals a game.", "en", ["2 to 3"]),
        ("Le chômage atteint 7-8 % après le match.", "fr", ["7 to 8 %"]),
    ],
)  # fmt: skip
def test_a_score_is_no_figure(text: str, language: str, expected: list[str]) -> None:
    assert values(text, language, MAR_2026) == expected


def test_the_quote_after_a_score_starts_after_its_bracket() -> None:
    (claim,) = valued(
        "L'EAG a battu Amiens 3-1 (mi-temps : 1-0) devant 11 248 spectateurs.", "fr", MAR_2026
    )
    assert claim.quote == "devant 11 248 spectateurs"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("La limite autorisée est de 0,25 mg/l.", "fr", "0,25 mg/L"),
        ("Son taux était de 0,92 mg par litre d'air expiré.", "fr", "0,92 mg/L"),
        ("Le taux légal est de 0,5 g/l de sang.", "fr", "0,5 g/L"),
        ("The limit is 0.5 mg/L.", "en", "0.5 mg/L"),
        ("Il contient 200 milligrammes de caféine.", "fr", "200 mg"),
        ("Le gazole coûte 1,80 euro par litre.", "fr", "1,80 EUR/L"),
    ],
)
def test_milligrams_per_litre(text: str, language: str, value: str) -> None:
    assert values(text, language, MAR_2026) == [value]
    parse_value(value, language)  # verify reads it


def test_a_rate_per_litre_makes_no_property_prefix() -> None:
    (claim,) = valued("Le gazole coûte 1,80 euro par litre.", "fr", MAR_2026)
    assert claim.property == "cost"


# --- 6. more from the business desk's audit --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The 10-year Treasury yield jumped 12 basis points to 4.52%.", "en", ["12 bp", "4.52 %"]),
        ("The yield on the benchmark 10-year Treasury note rose 4 basis points to 4.14%.", "en",
         ["4 bp", "4.14 %"]),
        ("The 30-year mortgage rate hit 7%.", "en", ["7 %"]),
        ("Le taux de l'OAT à 10 ans atteint 3,4 %.", "fr", ["3,4 %"]),
        # a duration is one
        ("After 10 years of debt reduction, the rate hit 7%.", "en", ["10 year", "7 %"]),
    ],
)  # fmt: skip
def test_a_maturity_is_no_figure(text: str, language: str, expected: list[str]) -> None:
    assert values(text, language) == expected


def test_since_after_a_superlative_dates_no_figure() -> None:
    claims = extract(
        "The 10-year Treasury yield jumped 12 basis points to 4.52% after the decision, its "
        "biggest one-day rise since April.",
        "en",
        DEC_2024,
    ).claims
    assert [(c.value, c.when) for c in claims if c.value is not None] == [
        ("12 bp", None),
        ("4.52 %", None),
    ]
    claims = extract("Le chômage est au plus bas depuis 2008, à 7,1 %.", "fr", MAR_2026).claims
    assert [(c.value, c.when) for c in claims if c.value is not None] == [("7,1 %", None)]
    # a start without a superlative starts the period of the figures of its sentence: no
    # when (verify would read the year 2019 alone), a note
    (claim,) = extract("Since 2019, 3,000 jobs went.", "en", DEC_2024).claims
    assert (claim.value, claim.when) == ("3,000 person", None)
    assert claim.note is not None and '("since 2019")' in claim.note


# --- the audited articles, as verify reads their drafts ---------------------------------------

MARKETS = """\
Stocks slide as rate-cut bets fade

NEW YORK, Nov 14 (Desk) - The S&P 500 lost 1.66% to 6,737.49, shedding 113.43 points. In \
London, the FTSE 100 dropped 1.1% to 9,698.37 points. Crude gained 1.5% to $78.40. November \
was revised down by 49,000 to 212,000. Adjusted earnings were $1.12 per share, compared with \
$0.98 a year earlier. The 10-year Treasury yield jumped 12 basis points to 4.52% after the \
decision, its biggest one-day rise since April. The company raised its full-year 2025 \
guidance to a range of $4.10 to $4.25 per share.
"""
REGIONAL = """\
Faits divers et sport

Un homme a été condamné à 18 mois de prison, dont 6 avec sursis. Les faits remontent au \
samedi 14 mars, vers 23 h 30. Son taux d'alcoolémie était de 0,92 mg par litre d'air expiré, \
près de quatre fois la limite autorisée (0,25 mg/l). L'EAG a battu Amiens 3-1 (mi-temps : \
1-0) devant 11 248 spectateurs, et remonte à la 5e place, à 4 points du leader. Le CAC 40 a \
perdu 98,7 points.
"""


@pytest.mark.parametrize(
    ("name", "text", "language", "wanted", "unwanted"),
    [
        ("wrap-2025-11-14", MARKETS, "en",
         {"-1.66 %", "6,737.49", "-113.43", "-1.1 %", "9,698.37", "1.5 %", "78.40 USD",
          "0.98 USD", "12 bp", "4.10 to 4.25 USD"},
         {"1.66 to 6,737.49", "1.5 to 78.40", "49,000 to 212,000", "0.98 USD/year",
          "9,698.37 pp", "-113.43 pp", "10"}),
        ("faits-2026-03-16", REGIONAL, "fr",
         {"18 month", "6 month", "0,92 mg/L", "0,25 mg/L", "11 248 person", "4", "-98,7"},
         {"6", "23", "30", "3", "1", "0", "0,25", "4 pp", "-98,7 pp"}),
    ],
)  # fmt: skip
def test_the_audited_articles_draft_valid_claim_files(
    tmp_path: Path, name: str, text: str, language: str, wanted: set[str], unwanted: set[str]
) -> None:
    article = tmp_path / f"{name}.txt"
    article.write_text(text, encoding="utf-8")
    output = tmp_path / f"{name}.yaml"
    assert run_extract(str(article), "--language", language, "--source-id", "a", "-o",
                       str(output)) == 0  # fmt: skip
    report = factcheck.verify(factcheck.load(output))
    loud = [f"{f.rule}: {f.message}" for f in report.findings if f.rule in SILENT]
    assert not loud, "\n".join(loud)
    claims = yaml.safe_load(output.read_text(encoding="utf-8"))["claims"]
    drafted = {c.get("value") for c in claims}
    assert wanted <= drafted
    assert not unwanted & drafted
    kinds = {c.get("value"): c["kind"] for c in claims}
    assert kinds.get("4.10 to 4.25 USD", "forecast") == "forecast"


def test_every_new_unit_is_one_verify_reads() -> None:
    for language in ("fr", "en"):
        for _, unit in words_for(language).units:
            if unit not in REFUSED_ON_PURPOSE and (language == "fr" or unit not in FRENCH_BYTES):
                parse_value(f"1 {unit}", language)
