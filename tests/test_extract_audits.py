"""`factcheck extract`: what two data desks' audits found in drafts, sentence by sentence.

Each test drafts the sentence an editor would have skimmed and asserts what the editor
sees in the draft: the value, the `when`, the `kind`, the claims there are.
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

import factcheck
from factcheck import extract_dates
from factcheck.dates import DateSyntaxError, Period, parse_date
from factcheck.extract import Draft, DraftClaim, extract
from factcheck.values import parse_value
from tests.conftest import CLAIMS
from tests.test_extract import SILENT, run_extract

OCT_2025 = date(2025, 10, 30)
MAY_2024 = date(2024, 5, 7)


def draft(text: str, language: str, published: date) -> Draft:
    return extract(text, language, published)


def valued(text: str, language: str, published: date) -> list[DraftClaim]:
    return [c for c in draft(text, language, published).claims if c.value is not None]


def whens(text: str, language: str, published: date) -> list[tuple[str | None, str | None]]:
    return [(c.value, c.when) for c in valued(text, language, published)]


def read(when: str, language: str, published: date) -> Period | None:
    """The period verify reads in a `when`, or None when it reads none."""
    try:
        return parse_date(when, language, published)
    except DateSyntaxError:
        return None


# --- 1. quarters and halves written as codes ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "when", "first", "last"),
    [
        ("Il avait réalisé 3,99 milliards d'euros au T3 2024.", "fr", "T3 2024",
         date(2024, 7, 1), date(2024, 9, 30)),
        ("Le chiffre d'affaires atteint 4,1 milliards d'euros au T2 2025.", "fr", "T2 2025",
         date(2025, 4, 1), date(2025, 6, 30)),
        ("La marge atteint 12,1 % au S1 2025.", "fr", "S1 2025",
         date(2025, 1, 1), date(2025, 6, 30)),
        ("Revenue was $4.1 billion in Q3 2024.", "en", "Q3 2024",
         date(2024, 7, 1), date(2024, 9, 30)),
        ("Revenue was $4.1 billion in H1 2025.", "en", "H1 2025",
         date(2025, 1, 1), date(2025, 6, 30)),
    ],
)  # fmt: skip
def test_a_quarter_written_as_a_code_is_the_when(
    text: str, language: str, when: str, first: date, last: date
) -> None:
    (claim,) = valued(text, language, OCT_2025)
    assert claim.when == when and claim.kind == "fact"
    period = parse_date(claim.when, language, OCT_2025)  # as verify reads it
    assert (period.start, period.end) == (first, last)


def test_2t_2025_is_the_second_quarter_however_verify_writes_it() -> None:
    (claim,) = valued(
        "Le chiffre d'affaires atteint 4,1 milliards d'euros au 2T 2025.", "fr", OCT_2025
    )
    assert claim.when in ("2T 2025", "T2 2025")
    period = parse_date(claim.when, "fr", OCT_2025)
    assert (period.start, period.end) == (date(2025, 4, 1), date(2025, 6, 30))


def test_two_quarters_of_one_year_are_two_whens() -> None:
    text = (
        "Il avait réalisé 3,99 milliards d'euros au T3 2024. "
        "Il réalise 4,2 milliards d'euros au T2 2024."
    )
    assert whens(text, "fr", OCT_2025) == [
        ("3,99 milliard EUR", "T3 2024"),
        ("4,2 milliard EUR", "T2 2024"),
    ]


def test_a_code_that_is_no_quarter_dates_nothing() -> None:
    claims = draft("Le T3 de 65 m² coûte 300 000 euros.", "fr", OCT_2025).claims
    assert [(c.value, c.when) for c in claims] == [("65 m²", None), ("300 000 EUR", None)]


# --- 2. a comparison's baseline keeps its date to itself ------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "Labour's share of the vote rose to 41.2%, up 6.4 percentage points on 2021.",
            "en", MAY_2024, [("41.2 %", None), ("6.4 pp", None)],
        ),
        (
            "Turnout was 34.7%, with 41,322 ballots cast from an electorate of 119,084, "
            "down from 36.1% in 2021.",
            "en", MAY_2024,
            [("34.7 %", None), ("41,322", None), ("119,084", None), ("36.1 %", "2021")],
        ),
        (
            "The survey found 31.2% of adults now use the app, up 4.5 percentage points "
            "from the same point last year.",
            "en", MAY_2024, [("31.2 %", None), ("4.5 pp", None)],
        ),
        (
            "La marge opérationnelle atteint 12,1 % au premier semestre 2025, contre 10,8 % "
            "un an plus tôt.",
            "fr", OCT_2025, [("12,1 %", "premier semestre 2025"), ("10,8 %", None)],
        ),
        (
            "Le PIB progresse de 0,5 % au quatrième trimestre, 0,3 point de plus qu'au "
            "troisième trimestre 2025.",
            "fr", date(2026, 1, 30), [("0,5 %", "T4 2025"), ("0,3 pp", "T4 2025")],
        ),
        (
            "Le chômage atteint 7,5 % au premier trimestre 2024, contre 7,1 % au trimestre "
            "précédent.",
            "fr", MAY_2024, [("7,5 %", "premier trimestre 2024"), ("7,1 %", None)],
        ),
        (
            "Unemployment was 4.2% in March, against 3.9% a year earlier.",
            "en", MAY_2024, [("4.2 %", "March 2024"), ("3.9 %", None)],
        ),
        ("Turnout rose to 36% in 2024 from 34.7%.", "en", MAY_2024,
         [("36 %", "2024"), ("34.7 %", None)]),
        ("Sales were 5% higher than the 4% recorded in 2021.", "en", MAY_2024,
         [("5 %", None), ("4 %", "2021")]),
        # a baseline with its own date keeps it; the other figures keep theirs
        ("Revenue was €5bn in 2024, compared with €4bn in 2023.", "en", MAY_2024,
         [("5 billion EUR", "2024"), ("4 billion EUR", "2023")]),
        ("Prices rose from 4% in 2020 to 5% in 2023.", "en", MAY_2024,
         [("4 %", "2020"), ("5 %", "2023")]),
        ("Le chômage atteint 7,5 % au premier trimestre 2024, contre 7,1 % l'an dernier.",
         "fr", MAY_2024, [("7,5 %", "premier trimestre 2024"), ("7,1 %", "2023")]),
        # a change measured against a year is of the sentence's own period
        (
            "En 2023, le chiffre d'affaires atteint 5 milliards d'euros, en hausse de 3 % par "
            "rapport à 2022.",
            "fr", MAY_2024, [("5 milliard EUR", "2023"), ("3 %", "2023")],
        ),
        ("Revenue reached €60.7 billion for 2023, up 8.5% on the previous year.", "en",
         MAY_2024, [("60.7 billion EUR", "2023"), ("8.5 %", "2023")]),
        # a comparison with another place at the same time still takes the sentence's date
        ("In 2023, 12% of firms bought cloud services, against 19% across Europe.", "en",
         MAY_2024, [("12 %", "2023"), ("19 %", "2023")]),
        # "on" a day is when it happened, no baseline
        ("Shares rose 3% on Monday.", "en", MAY_2024, [("3 %", "May 6, 2024")]),
    ],
)  # fmt: skip
def test_a_baseline_date_dates_only_its_own_figure(
    text: str, language: str, published: date, expected: list[tuple[str, str | None]]
) -> None:
    assert whens(text, language, published) == expected


def test_a_baseline_date_is_no_claim_of_its_own() -> None:
    text = "Labour's share of the vote rose to 41.2%, up 6.4 percentage points on 2021."
    assert [c.value for c in draft(text, "en", MAY_2024).claims] == ["41.2 %", "6.4 pp"]


# --- 3. what makes a forecast, and what does not --------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Trump leads with 48% among likely voters.", "en", "fact"),
        ("Among likely Republican primary voters, 61% back him.", "en", "fact"),
        ("Rates are likely to reach 5%.", "en", "forecast"),
        ("Selon la première estimation de l'Insee, le PIB a progressé de 0,5 %.", "fr", "fact"),
        ("Selon l'estimation provisoire, le PIB a progressé de 0,5 %.", "fr", "fact"),
        ("La Banque de France table sur une croissance de 0,6 %.", "fr", "forecast"),
        ("L'Insee anticipe une croissance de 1 %.", "fr", "forecast"),
        ("Les économistes s'attendent à 2 % d'inflation.", "fr", "forecast"),
        ("Le gouvernement prévoit un déficit de 5,4 %.", "fr", "forecast"),
        ("Le remboursement anticipé de 300 millions d'euros a eu lieu.", "fr", "fact"),
        ("Analysts expect growth of 2%.", "en", "forecast"),
        ("The IMF forecasts growth of 1.5%.", "en", "forecast"),
        ("The bank anticipates growth of 1.5%.", "en", "forecast"),
        ("It projects revenue of $3 billion.", "en", "forecast"),
        ("The firm has 12 projects.", "en", "fact"),
        ("Inflation won't exceed 2%.", "en", "forecast"),
    ],
)
def test_forecast_cues(text: str, language: str, kind: str) -> None:
    (claim,) = valued(text, language, MAY_2024)
    assert claim.kind == kind


# --- 4. days of a month are a date; an age group is no figure -------------------------------


@pytest.mark.parametrize(
    ("text", "published", "when", "first", "last"),
    [
        ("Trump leads with 48% among likely voters, the poll conducted Oct. 22-24 found.",
         date(2024, 10, 28), "Oct. 22-24", date(2024, 10, 22), date(2024, 10, 24)),
        ("The poll was conducted Sept. 9-12 among 1,200 adults.",
         date(2024, 9, 15), "Sept. 9-12", date(2024, 9, 9), date(2024, 9, 12)),
    ],
)  # fmt: skip
def test_days_after_a_month_are_a_date_not_a_range(
    text: str, published: date, when: str, first: date, last: date
) -> None:
    claims = draft(text, "en", published).claims
    assert all(c.value is None or " to " not in c.value for c in claims)
    assert [c.when for c in claims] == [when]  # the figure's when (a poll's days)
    period = parse_date(when, "en", published)
    assert (period.start, period.end) == (first, last)


@pytest.mark.parametrize("text", ["In 2014 sales rose.", "On Oct. 22-24 polls closed."])
def test_a_date_before_a_plural_noun_is_no_count(text: str) -> None:
    (claim,) = draft(text, "en", date(2024, 11, 1)).claims
    assert claim.value is None and claim.when is not None


def test_days_of_a_french_month_are_a_date() -> None:
    (claim,) = draft("Le sondage a été réalisé du 22 au 24 octobre.", "fr", OCT_2025).claims
    assert claim.value is None and claim.when == "du 22 au 24 octobre"


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Among voters under 30, 60% back Harris, while voters 65 and older split evenly.",
         "en", ["60 %"]),
        ("Some 60% of people aged 18 to 29 said yes; 1,200 people took part.", "en",
         ["~60 %", "1,200 person"]),
        ("Chez les moins de 30 ans, 60 % votent.", "fr", ["60 %"]),
        ("Les personnes âgées de 18 à 24 ans sont 3 millions.", "fr", ["3 million"]),
        # one person's age, and a duration, are figures
        ("A man aged 45 was arrested.", "en", ["45 year"]),
        ("Il vit depuis moins de 30 ans à Paris.", "fr", ["<30 year"]),
    ],
)  # fmt: skip
def test_a_number_naming_an_age_group_is_no_figure(
    text: str, language: str, values: list[str]
) -> None:
    assert [c.value for c in valued(text, language, MAY_2024)] == values


# --- 5. hedges -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Le gouvernement promet un retour sous les 3 % de déficit.", "fr", "<3 %"),
        ("Le déficit repasse sous la barre des 3 %.", "fr", "<3 %"),
        ("Le taux reste en deçà de 2 %.", "fr", "<2 %"),
        ("Le taux reste au-dessus de 2 %.", "fr", ">2 %"),
        ("La hausse des prix ne dépasserait pas 1,2 %.", "fr", "<=1,2 %"),
        ("La croissance ne devrait pas dépasser 1 %.", "fr", "<=1 %"),
        ("L'inflation devrait dépasser 2 %.", "fr", ">2 %"),
        ("The deficit stays below 3%.", "en", "<3 %"),
        ("Inflation is under 3%.", "en", "<3 %"),
        ("Growth of no more than 2% is expected.", "en", "<=2 %"),
        ("Growth will not exceed 1.5%.", "en", "<=1.5 %"),
        ("Inflation won't exceed 2%.", "en", "<=2 %"),
        ("Turnout was no less than 40%.", "en", ">=40 %"),
        # a level reached by a fall is no fall; the hedge of a fall's size is turned
        ("The deficit will fall below 3%.", "en", "<3 %"),
        ("Shares fell by more than 3%.", "en", "<-3 %"),
        ("Shares fell by about 3%.", "en", "~-3 %"),
    ],
)
def test_hedges(text: str, language: str, value: str) -> None:
    assert [c.value for c in valued(text, language, MAY_2024)] == [value]


# --- 6. numbers that are part of a name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Le CAC 40 recule de 1,2 %.", "fr", ["-1,2 %"]),
        ("Le FTSE 100 gagne 0,4 % et le S&P 500 0,3 %.", "fr", ["0,4 %", "0,3 %"]),
        ("Le Stoxx 600 cède 0,5 %.", "fr", ["-0,5 %"]),
        ("The SBF 120 rose 1% and the IBEX 35 fell 2%.", "en", ["1 %", "-2 %"]),
        ("La compagnie a commandé 50 A320 et 30 Boeing 737.", "fr", ["50", "30"]),
        ("Au G7, au G20 et à la COP 29, 12 pays ont signé.", "fr", ["12"]),
        ("Covid-19 killed 2,000 people.", "en", ["2,000 person"]),
        # the year of a name is no date either
        ("The Russell 2000 rose 1.5%.", "en", ["1.5 %"]),
        # a figure with a unit after capitals is one
        ("La TVA 20 % reste.", "fr", ["20 %"]),
    ],
)
def test_a_number_of_a_name_is_no_figure(text: str, language: str, values: list[str]) -> None:
    claims = draft(text, language, MAY_2024).claims
    assert [c.value for c in claims] == values
    assert all(c.when is None for c in claims)


# --- 7. days and weeks as written ------------------------------------------------------------


def test_a_date_ending_a_sentence_leaves_its_full_stop() -> None:
    (vote, _turnout) = draft("The vote takes place on Tuesday 21 May. Turnout was 30%.", "en",
                            date(2024, 5, 20)).claims  # fmt: skip
    assert vote.when == "Tuesday 21 May" and vote.quote == "The vote takes place on Tuesday 21 May"
    (claim,) = draft("Le vote a eu lieu le 14 juin.", "fr", date(2024, 6, 20)).claims
    assert claim.when == "14 juin"


@pytest.mark.parametrize(
    ("text", "language", "when"),
    [
        ("The count began on Friday (3 May) at 9pm.", "en", "3 May"),
        ("The count began on Friday, May 3 at 9pm.", "en", "Friday, May 3"),
        ("Le dépouillement a commencé vendredi (3 mai) à 21 heures.", "fr", "3 mai"),
    ],
)
def test_a_weekday_before_its_date_is_one_date(text: str, language: str, when: str) -> None:
    dated = [c for c in draft(text, language, MAY_2024).claims if c.when is not None]
    assert [c.when for c in dated] == [when]


def test_two_weekdays_stay_two_days() -> None:
    claims = draft("Talks ran on Monday, Tuesday and Friday.", "en", MAY_2024).claims
    assert len([c for c in claims if c.when is not None]) == 3


def test_the_week_ending_a_day_is_not_that_day() -> None:
    published = date(2024, 11, 14)
    (claim,) = draft("Jobless claims rose to 221,000 in the week ending Nov. 8.", "en",
                     published).claims  # fmt: skip
    assert claim.value == "221,000"
    assert claim.quote == "Jobless claims rose to 221,000 in the week ending Nov. 8"
    week = read("the week ending Nov. 8", "en", published)
    if week is not None and (week.end - week.start).days == 6:  # verify reads it
        assert claim.when == "the week ending Nov. 8"
    else:
        assert claim.when is None


@pytest.mark.parametrize(
    ("text", "written", "wrong"),
    [
        ("À fin juin, la dette atteint 3 300 milliards d'euros.", "à fin juin", "fin juin"),
        ("Sur les neuf premiers mois de 2025, les ventes atteignent 12 milliards d'euros.",
         "neuf premiers mois de 2025", "2025"),
        ("À fin 2024, la dette atteint 3 300 milliards d'euros.", "à fin 2024", "fin 2024"),
    ],
)  # fmt: skip
def test_a_period_written_as_a_whole_is_never_a_part_of_it(
    text: str, written: str, wrong: str
) -> None:
    claims = draft(text, "fr", OCT_2025).claims
    (claim,) = claims
    assert claim.when != wrong and not (claim.when or "").startswith(wrong)
    assert claim.when in (written, None)
    if claim.when is not None:
        assert read(claim.when, "fr", OCT_2025) is not None


# --- 8. since: a start, never a forecast -----------------------------------------------------


def test_since_the_start_of_the_year_is_not_early_in_the_year() -> None:
    (claim,) = draft("Depuis le début de l'année, le CAC 40 a gagné 10,1 %.", "fr",
                     OCT_2025).claims  # fmt: skip
    assert claim.value == "10,1 %" and claim.kind == "fact"
    assert claim.when in ("depuis le début de l'année", None)
    if claim.when is not None:
        period = parse_date(claim.when, "fr", OCT_2025)
        assert period.start == date(2025, 1, 1) and not period.after_day(OCT_2025)


@pytest.mark.parametrize(
    ("text", "language", "published", "when", "start"),
    [
        ("Depuis le 1er janvier, il progresse de 10,1 %.", "fr", OCT_2025,
         "depuis le 1er janvier", date(2025, 1, 1)),
        ("Since Jan. 1, the index has gained 10%.", "en", MAY_2024,
         "since Jan. 1", date(2024, 1, 1)),
        ("Depuis janvier, il progresse de 10,1 %.", "fr", OCT_2025,
         "depuis janvier 2025", date(2025, 1, 1)),
        ("Since 2019, 3,000 jobs went.", "en", MAY_2024, "since 2019", date(2019, 1, 1)),
        # the nearest 1 December is the next one: a start is the last one
        ("Since Dec. 1, the index has gained 10%.", "en", date(2024, 11, 7), "since Dec. 1",
         date(2023, 12, 1)),
    ],
)  # fmt: skip
def test_a_date_after_since_is_the_start_of_the_figures_period(
    text: str, language: str, published: date, when: str, start: date
) -> None:
    claims = draft(text, language, published).claims
    (claim,) = claims  # no claim of its own for the date, forecast of the next January
    assert claim.value is not None and claim.kind == "fact"
    # a running figure: as a when, verify would read the start alone; the note keeps it
    assert claim.when is None and claim.note is not None
    started = re.search(r'since a start \("([^"]+)"\)', claim.note)
    assert started is not None and started.group(1).startswith(when)
    assert parse_date(started.group(1), language, published).start == start
    assert str(start.year + 1) not in claim.id


def test_a_start_read_after_publication_is_written_with_the_year_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As a reader that puts "le 1er janvier" nearest publication (2026) reads it."""

    def nearest(text: str, language: str = "en", published: date | None = None) -> Period:
        bare = text.removeprefix("depuis ").removeprefix("Depuis ")
        return parse_date(bare, language, published)

    monkeypatch.setattr(extract_dates, "parse_date", nearest)
    (claim,) = draft("Depuis le 1er janvier, il progresse de 10,1 %.", "fr", OCT_2025).claims
    assert (claim.when, claim.kind) == (None, "fact")
    assert claim.note is not None and '("depuis le 1er janvier 2025")' in claim.note
    assert "2026" not in claim.id


# --- all of it, as verify reads the draft ----------------------------------------------------

AUDIT_ARTICLE = """\
Bourse et conjoncture

Il avait réalisé 3,99 milliards d'euros au T3 2024. Le CAC 40 recule de 1,2 %.
La marge opérationnelle atteint 12,1 % au premier semestre 2025, contre 10,8 % un an plus tôt.
Selon la première estimation de l'Insee, le PIB a progressé de 0,5 % au troisième trimestre.
La Banque de France table sur une croissance de 0,6 %. Le gouvernement promet un retour sous \
les 3 % de déficit. La hausse des prix ne dépasserait pas 1,2 % cette année.
Depuis le 1er janvier, il progresse de 10,1 %. Depuis le début de l'année, l'indice gagne 8 %.
À fin juin, la dette atteint 3 300 milliards d'euros. Le vote a lieu vendredi (3 octobre).
Chez les moins de 30 ans, 60 % votent.
"""


def test_an_audited_article_drafts_a_valid_claim_file(tmp_path: Path) -> None:
    article = tmp_path / "bourse-2025-10-30.txt"
    article.write_text(AUDIT_ARTICLE, encoding="utf-8")
    output = tmp_path / "bourse-2025-10-30.yaml"
    assert run_extract(str(article), "--language", "fr", "--source-id", "b", "-o", str(output)) == 0
    report = factcheck.verify(factcheck.load(output))
    loud = [f"{f.rule}: {f.message}" for f in report.findings if f.rule in SILENT]
    assert not loud, "\n".join(loud)
    claims = yaml.safe_load(output.read_text(encoding="utf-8"))["claims"]
    values = [c.get("value") for c in claims]
    assert "40" not in values and "30" not in values and "<30 year" not in values
    assert {c["when"] for c in claims if "when" in c} >= {"T3 2024"}
    assert any('("depuis le 1er janvier' in c.get("note", "") for c in claims)


TRANSPORT_ARTICLE = """\
HS2 bill rises to £45.7bn as first trains slip to 2036

Passenger journeys rose 4%, to 1.7bn over the year, up from 1.64bn in 2023/24.
Traffic rose 1.5% to 334bn vehicle miles, from 329.1bn, so the fatality rate fell to 4.8 \
deaths per billion vehicle miles. Phase one's cost now works out at £326m a mile.
The 140-mile (225km) line will carry trains at up to 200mph (322km/h).
The runways will be able to handle 67 take-offs and landings an hour.
The government will publish its road safety strategy, the first since 2015, in the autumn, \
the roads minister, Lilian Greenwood, said on Monday 22 September.
Lord Hendy said a new regime would start from Sunday 14 December.
Night flights will remain capped at 11,200 movements in the summer season, from 31 March to \
26 October.
"""
HOUSING_ARTICLE = """\
Livret A : le taux va baisser à 2,4 % au 1er février

Le taux passera de 3 % à 2,4 % au 1er février, a annoncé mardi 14 janvier le gouverneur.
Les meilleurs profils décrochent encore moins de 3 % sur vingt ans.
Le loyer d'un logement construit avant 1946 atteint 25,50 €/m² par mois, hors charges.
Pour un T3 de 65 m², le loyer ne peut donc dépasser 1 657,50 euros hors charges.
Sont concernés les logements dont la consommation dépasse 420 kWh/m²/an.
A Lyon, il faut compter 4 630 euros le mètre carré, soit un encours de 7 860 euros par livret.
"""


@pytest.mark.parametrize(
    ("name", "text", "language"),
    [
        ("transport-2025-09-25", TRANSPORT_ARTICLE, "en"),
        ("livret-2025-01-15", HOUSING_ARTICLE, "fr"),
    ],
)
def test_the_desks_drafts_verify_without_errors(
    tmp_path: Path, name: str, text: str, language: str
) -> None:
    article = tmp_path / f"{name}.txt"
    article.write_text(text, encoding="utf-8")
    output = tmp_path / f"{name}.yaml"
    argv = [str(article), "--language", language, "--source-id", "d", "-o", str(output)]
    assert run_extract(*argv) == 0
    report = factcheck.verify(factcheck.load(output))
    errors = [f"{f.rule}: {f.message}" for f in report.findings if f.severity.label == "error"]
    assert not errors, "\n".join(errors)
    claims = yaml.safe_load(output.read_text(encoding="utf-8"))["claims"]
    noted = [c for c in claims if "note" in c]
    assert all(c.get("value") and "person" not in c["value"] for c in noted)


# --- 9. a text verify will not read ----------------------------------------------------------


def test_a_text_outside_the_drafts_project_is_said_with_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a3").mkdir()
    (tmp_path / "other").mkdir()
    article = tmp_path / "a3" / "latribune-2015-07-27.txt"
    shutil.copy(CLAIMS / "latribune-2015-07-27.txt", article)
    output = tmp_path / "other" / "draft.yaml"
    argv = [str(article), "--language", "fr", "--source-id", "x"]
    assert run_extract(*argv, "-o", str(output)) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "outside" in err and "verify" in err
    assert f"cp {article}" in err and f"-o {article.parent / 'draft.yaml'}" in err
    # as it says, verify does not read the article
    report = factcheck.verify(factcheck.load(output))
    assert any("leaves the project" in f.message for f in report.findings)
    # either way out it gives works: the draft next to the text...
    assert run_extract(*argv, "-o", str(article.parent / "draft.yaml")) == 0
    assert "warning" not in capsys.readouterr().err
    report = factcheck.verify(factcheck.load(article.parent / "draft.yaml"))
    assert not [f for f in report.findings if f.severity.label == "error"]
    # ... or the text next to the draft, in a project holding both
    (tmp_path / "factcheck.toml").write_text("", encoding="utf-8")
    assert run_extract(*argv, "-o", str(output), "--force") == 0
    assert "warning" not in capsys.readouterr().err


# --- 10. a courts desk: sentences, orders, comparisons, ages --------------------------------

MAR_2025 = date(2025, 3, 12)


def claims_of(text: str, published: date = MAR_2025) -> list[tuple[str | None, str, str | None]]:
    return [(c.value, c.property, c.when) for c in draft(text, "en_GB", published).claims]


def test_a_sentence_of_years_and_months_is_one_claim() -> None:
    text = "Morton has been jailed for four years and six months."
    assert claims_of(text) == [("4 year 6 month", "?", None)]
    assert parse_value("4 year 6 month", "en_GB").quantity.interval.nominal == 54
    # a comma joins them too; a smaller unit first, or a range, is no sum
    assert [c[0] for c in claims_of("He was banned for 2 years, 8 months.")] == ["2 year 8 month"]
    assert [c[0] for c in claims_of("She served six months and four years later left.")] == [
        "6 month"
    ]


def test_a_baseline_of_the_previous_year_takes_the_year_before() -> None:
    text = (
        "West Yorkshire Police recorded 2,471 knife offences in the year to March 2024, "
        "up 5% on the 2,353 recorded in the previous 12 months."
    )
    assert claims_of(text) == [
        ("2,471", "?", "the year to March 2024"),
        ("5 %", "?", "the year to March 2024"),
        ("2,353", "?", "the year to March 2023"),
    ]


def test_a_weekday_after_an_article_is_no_date() -> None:
    text = 'Det Con Whitley said: "Morton brought a knife into a busy street on a Friday night."'
    assert [c.when for c in draft(text, "en_GB", MAR_2025).claims] == []
    dated = draft("The court was told on Tuesday that he had pleaded.", "en_GB", MAR_2025)
    assert [c.when for c in dated.claims] == ["11 March 2025"]


def test_a_courts_orders_each_have_their_property() -> None:
    text = (
        "Ellis was also ordered to pay Mr Price £500 compensation and £85 costs, "
        "a total of £585. Walsh paid a £480 victim surcharge."
    )
    assert claims_of(text) == [
        ("500 GBP", "compensation", None),
        ("85 GBP", "cost", None),
        ("585 GBP", "total", None),
        ("480 GBP", "victim_surcharge", None),
    ]


def test_lengths_before_and_after_an_event_and_their_parts_are_drafted() -> None:
    text = (
        "Cole was given a 10-month prison sentence suspended for 18 months after admitting "
        "it. Morton had been drinking for about six hours before the attack. Mr Price spent "
        "nine days in hospital, including three in intensive care. His ban will be cut by a "
        "quarter, six and a half months."
    )
    assert [c[0] for c in claims_of(text)] == [
        "10 month",
        "18 month",
        "~6 hour",
        "9 day",
        "3 day",
        "6.5 month",
    ]
    # a length said when something happened is still no figure
    assert claims_of("He left two years after the crash.") == []
    # a number in words after "including" that takes no unit is no figure
    assert claims_of("The bill passed, including three in committee.") == []


def test_an_age_takes_no_period_and_months_of_last_year_are_dated() -> None:
    text = (
        "Daniel Hirst, 52, of Keighley, admitted harassing a former partner between October "
        "and December last year."
    )
    assert claims_of(text, date(2025, 2, 20)) == [
        ("52 year", "age", None),
        (None, "?", "between October and December 2024"),
    ]


def test_what_a_measure_is_per_is_no_figure() -> None:
    text = "A breath test showed 102 microgrammes of alcohol in 100 millilitres of breath."
    assert [c[0] for c in claims_of(text)] == ["102"]
    # what is counted after "in" is a figure
    assert [c[0] for c in claims_of("Stores sold 300 tonnes in 100 towns.")] == ["300 t", "100"]
