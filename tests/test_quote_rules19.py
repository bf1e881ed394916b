"""Quote rules on the health, energy, housing and labour desks' copy (audits of 2 Dec 2026).

figure-in-quote: digits of a name are no figure ("Covid-19", "H5N1", "semaine 48"),
cents are not the currency, a scale word before a prefixed unit is its amount, "son plus
haut niveau" is the rank 1. sign-matches-quote: a count of a change has a sign; "18 %
sous leur moyenne" is a fall. date-in-quote: ordinal counts of periods and delivery
periods are no dates; a week number beside days of another week is reported.
weekday-matches-date: a year of another date near a wrong weekday excuses nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.quote_directions import count_directions, directions, names_change
from tests.conftest import verify_folder
from tests.test_figure_in_quote import passes


def findings(tmp_path: Path, yaml: str, rule: str, text: str | None = None) -> list[str]:
    """The messages of ``rule`` for a claims file (and its source's text)."""
    (tmp_path / "claims.yaml").write_text(yaml, encoding="utf-8")
    if text is not None:
        (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = verify_folder(tmp_path)
    return [finding.message for finding in report.findings if finding.rule == rule]


# --- 1. digits inside names -------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("19", "Covid-19 : 21 patients en réanimation", "fr"),
        ("2", "le SARS-CoV-2 a infecté 5 résidents", "fr"),
        ("120 µg", "le VRX-120 est dosé à 210 µg", "fr"),
        ("48", "en semaine 48, 84 décès ont été signalés", "fr"),
        ("48", "84 deaths in week 48", "en"),
        ("48", "S48 : 84 décès", "fr"),
        ("5", "un foyer de H5N1 dans 3 élevages", "fr"),
        ("3", "la grippe H3N2 touche 12 régions", "fr"),
        ("1", "les analogues du GLP-1 coûtent 250 euros", "fr"),
        ("320", "Airbus a livré 12 A320", "fr"),
        ("35", "12 F-35 ont été commandés", "en"),
    ],
)
def test_the_digits_of_a_name_are_no_figure(value: str, quote: str, language: str) -> None:
    assert not passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("21", "Covid-19 : 21 patients en réanimation", "fr"),
        ("210 µg", "le VRX-120 est dosé à 210 µg", "fr"),
        ("84", "en semaine 48, 84 décès ont été signalés", "fr"),
        ("3", "un foyer de H5N1 dans 3 élevages", "fr"),
        ("68", "including 68 F-35 fighters", "en"),
        ("25", "the under-25s", "en"),  # an age, not a name
        ("10", "a top-10 finish", "en"),
        ("2", "sales rose x2", "en"),
        ("500", "Rs500 a month", "en"),
        ("1,9 million", "TF1 4,1 millions et M6 1,9 million", "fr"),  # the figure after M6
    ],
)
def test_the_figure_beside_a_name_is_found(value: str, quote: str, language: str) -> None:
    assert passes(value, quote, language)


@given(
    name=st.sampled_from(["Covid-", "H", "VRX-", "GLP-", "S", "COP", "semaine ", "week "]),
    number=st.integers(1, 999),
)
def test_a_number_in_a_name_never_holds_a_value(name: str, number: int) -> None:
    quote = f"le {name}{number} est cité"
    assert not passes(str(number), quote, "fr")
    assert passes(str(number), f"{quote}, {number} fois", "fr")


# --- 2. cents -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "found"),
    [
        ("25,16 EUR/kWh", "le kWh passera de 25,16 centimes", False),
        ("0,2516 c€/kWh", "un prix de 0,2516 €/kWh", False),
        ("35 €", "la baguette à 35 centimes", False),
        ("0,2516 EUR/kWh", "le kWh passera de 25,16 centimes", True),
        ("25,16 c€/kWh", "le kWh passera de 25,16 centimes", True),
        ("0,2516 EUR/kWh", "un prix de 0,2516 €/kWh", True),
        ("35 c€", "la baguette à 35 centimes", True),
        ("0,35 €", "la baguette à 35 centimes", True),
    ],
)
def test_cents_are_not_the_currency(value: str, quote: str, found: bool) -> None:
    assert passes(value, quote, "fr") is found


def test_the_message_says_the_quote_writes_cents(tmp_path: Path) -> None:
    messages = findings(
        tmp_path,
        "source: {id: s, title: t, publisher: p, published: 2026-12-01, language: fr}\n"
        "claims:\n"
        '  - {id: kwh, quote: "le kWh passera de 25,16 centimes", subject: TRVE,'
        ' property: price, value: "25,16 EUR/kWh"}\n'
        '  - {id: kwh2, quote: "un prix de 0,2516 €/kWh", subject: TRVE2,'
        ' property: price, value: "0,2516 c€/kWh"}\n',
        "figure-in-quote",
    )
    assert any("(which writes 25,16 in cents)" in message for message in messages)
    assert any("in euros, not in cents" in message for message in messages)


# --- 3. scale words before prefixed units -------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote", "language", "found"),
    [
        ("300 bcm", "will add 300 billion cubic metres (bcm) of annual capacity", "en", True),
        ("12 TWh", "produced 12 billion kilowatt-hours", "en", True),
        ("120 bcm", "120 milliards de mètres cubes", "fr", True),
        ("12 TWh", "12 milliards de kilowattheures", "fr", True),
        ("12 GWh", "produced 12 billion kilowatt-hours", "en", False),
        ("120 bcm", "120 millions de mètres cubes", "fr", False),
        ("300 million m3", "300 billion cubic metres", "en", False),
    ],
)
def test_a_scale_word_before_a_unit_is_its_amount(
    value: str, quote: str, language: str, found: bool
) -> None:
    assert passes(value, quote, language) is found


# --- 7. superlatives ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("son plus haut niveau depuis que l'Insee le mesure, en 1975", "fr"),
        ("its highest level since 2008", "en"),
        ("a record high", "en"),
        ("un niveau record", "fr"),
    ],
)
def test_a_possessive_superlative_or_a_record_is_the_rank_one(quote: str, language: str) -> None:
    assert passes("1", quote, language)
    assert not passes("2", quote, language)


# --- 4. signs of counts that are changes -------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "language", "words"),
    [
        ("l'emploi salarié privé a reculé de 12 300 postes", "fr", "reculé de 12 300 postes"),
        ("September's gain was cut by 22,000 to 118,000", "en", "cut by 22,000"),
        ("manufacturing shed 8,000 jobs", "en", "shed 8,000 jobs"),
    ],
)
def test_a_count_of_a_change_has_its_direction(quote: str, language: str, words: str) -> None:
    (said,) = count_directions(quote, language)
    assert (said.sign, said.words, said.unit) == (-1, words, "count")
    assert not directions(quote, language)  # the reading of rates stays as it was


def test_revisions_and_net_figures_are_changes() -> None:
    assert names_change("nonfarm_payrolls_revision")
    assert names_change("net_job_creation")


SIGNS = (
    "source: {id: s, title: t, publisher: p, published: 2026-11-13, language: %s}\n"
    "claims:\n"
    "  - {id: c, subject: France, property: %s, value: '%s', quote: \"%s\"}\n"
)


@pytest.mark.parametrize(
    ("language", "prop", "value", "quote", "reported"),
    [
        ("fr", "employment_change", "12 300", "l'emploi a reculé de 12 300 postes", True),
        ("en", "nonfarm_payrolls_revision", "22,000", "September's gain was cut by 22,000", True),
        ("en", "nonfarm_payrolls_change", "8,000", "manufacturing shed 8,000 jobs", True),
        ("en", "nonfarm_payrolls_change", "-8,000", "manufacturing shed 8,000 jobs", False),
        ("en", "job_losses", "8,000", "manufacturing shed 8,000 jobs", False),
        ("en", "employment", "8,000", "manufacturing shed 8,000 jobs", False),
    ],
)  # fmt: skip
def test_sign_matches_quote_reads_the_count_of_a_change(
    tmp_path: Path, language: str, prop: str, value: str, quote: str, reported: bool
) -> None:
    messages = findings(tmp_path, SIGNS % (language, prop, value, quote), "sign-matches-quote")
    assert bool(messages) is reported
    if reported:
        assert "a fall" in messages[0] and "write -" in messages[0]


# --- 5. falls written as "below" --------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "language", "sign"),
    [
        ("Les volumes restent 18 % sous leur moyenne décennale", "fr", -1),
        ("Les prix sont 12 % inférieurs à leur pic de 2022", "fr", -1),
        ("Il y a 26 % de chantiers de moins qu'en 2017", "fr", -1),
        ("les prix sont 12 % plus bas qu'en 2022", "fr", -1),
        ("26 % en deçà de 2017", "fr", -1),
        ("Output was 26% below that annual pace", "en", -1),
        ("Output was 26% below the target", "en", -1),
        ("les prix sont 12 % plus hauts qu'en 2022", "fr", 1),
        ("12 % de logements de plus qu'en 2020", "fr", 1),
    ],
)
def test_a_comparison_with_its_own_level_is_a_change(quote: str, language: str, sign: int) -> None:
    (said,) = directions(quote, language)
    assert (said.sign, said.between_subjects) == (sign, False)


@pytest.mark.parametrize(
    "quote",
    ["12 % de jeunes de moins de 25 ans", "un prêt à 0 % sous conditions de ressources"],
)
def test_an_age_or_a_condition_is_no_direction(quote: str) -> None:
    assert not directions(quote, "fr")


# --- 6, 8, 9. date-in-quote ---------------------------------------------------------------


DATES = (
    "source: {id: s, title: t, publisher: p, published: %s, language: %s}\n"
    "claims:\n"
    "  - {id: c, subject: '%s', property: p, value: '1', when: '%s', quote: \"%s\"}\n"
)


@pytest.mark.parametrize(
    ("subject", "when", "quote"),
    [
        ("France", "T3 2026", "C'est le deuxième trimestre de baisse consécutif"),
        ("France", "T3 2026", "le deuxième trimestre d'affilée"),
        ("électricité", "novembre 2026", "livrable au premier trimestre 2027, à 78 €/MWh"),
        ("électricité", "novembre 2026", "à 80 €/MWh pour livraison au premier trimestre 2027"),
        (
            "électricité, livraison T1 2026",
            "novembre 2025",
            "62 €/MWh pour le premier trimestre 2026",
        ),
    ],
)  # fmt: skip
def test_a_count_of_periods_or_a_delivery_is_no_date(
    tmp_path: Path, subject: str, when: str, quote: str
) -> None:
    text = DATES % ("2026-11-19", "fr", subject, when, quote)
    assert findings(tmp_path, text, "date-in-quote") == []


def test_a_quarter_of_the_claim_is_still_compared(tmp_path: Path) -> None:
    quote = "Son chiffre d'affaires du deuxième trimestre atteint 2 milliards"
    text = DATES % ("2025-10-23", "fr", "Veridia", "T3 2025", quote)
    assert findings(tmp_path, text, "date-in-quote")


@pytest.mark.parametrize(
    ("language", "when", "quote", "message"),
    [
        (
            "fr",
            "du 23 au 29 novembre 2026",
            "312 cas en semaine 49 (du 23 au 29 novembre)",
            "its quote writes semaine 49 for 23 au 29 novembre, which are of semaine 48"
            " (ISO weeks, Monday to Sunday): write semaine 48, or the days of semaine 49",
        ),
        ("en_GB", "23-29 November 2026", "312 cases in week 49 (23-29 November)", "write week 48"),
    ],
)
def test_a_week_number_beside_days_of_another_week_is_reported(
    tmp_path: Path, language: str, when: str, quote: str, message: str
) -> None:
    text = DATES % ("2026-12-02", language, "IDF", when, quote)
    (found,) = findings(tmp_path, text, "date-in-quote")
    assert message in found


@pytest.mark.parametrize(
    "quote",
    [
        "312 cas en semaine 48 (du 23 au 29 novembre)",
        "312 cas en semaine 48 (du 22 au 28 novembre)",
    ],
)  # the ISO week, or the epidemiological week (Sunday to Saturday) ending in it
def test_the_right_week_number_passes(tmp_path: Path, quote: str) -> None:
    text = DATES % ("2026-12-02", "fr", "IDF", "du 22 au 29 novembre 2026", quote)
    assert findings(tmp_path, text, "date-in-quote") == []


# --- 10. weekday in a text with a year nearby ---------------------------------------------


TEXT_SOURCE = (
    "source: {id: f1, title: t, publisher: p, published: 2026-12-01, language: fr, text: a.txt}\n"
    "claims:\n"
    "  - {id: prix, quote: 'passera à 91,10 euros', subject: pass, property: price,"
    " value: '91,10 EUR', when: 1er janvier 2027, kind: target}\n"
)


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # near publication: 25 November 2026 was a Wednesday, whatever 2027's calendar says
        ("Le pass passera à 91,10 euros au 1er janvier 2027, a décidé jeudi 25 novembre.", True),
        # far from it: 2027 is the year of another date, not of this one
        ("Le pass passera à 91,10 euros au 1er janvier 2030. Voté mercredi 12 juin.", True),
        # far from it, a year written alone: the day may be of that year (12 June 2030)
        ("Le pass passera à 91,10 euros en 2030. Voté mercredi 12 juin.", False),
    ],
)
def test_a_year_of_another_date_excuses_no_weekday(
    tmp_path: Path, text: str, reported: bool
) -> None:
    assert bool(findings(tmp_path, TEXT_SOURCE, "weekday-matches-date", text)) is reported
