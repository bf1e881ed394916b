"""What the culture and farming desks' audits found in four rules, as a desk meets it.

- a part ``of:`` a whole in another currency (or in a unit it cannot be part of) is
  reported by ``part-exceeds-whole``, saying what to write (culture major 5);
- an age at an event the article does not date is not compared on the publication day,
  while a plain age still is (culture minor 1);
- ``rate-change-in-points`` suggests the value in points however its percent is written
  (farming MINOR 8);
- the recipe of a cumulative that grows week by week works across two articles, as
  docs/recipes.md says (culture minor 5).
"""

from __future__ import annotations

import re

import pytest

import factcheck
from factcheck.rules.rate_change_in_points import _in_points_written
from tests.conftest import ROOT, WriteFiles, source_block


def _findings(write_files: WriteFiles, files: dict[str, str], rule: str) -> list[str]:
    report = factcheck.verify(factcheck.load(write_files(files)))
    assert not [f for f in report.findings if f.rule == "internal-error"]
    return [f.message for f in report.findings if f.rule == rule]


# --- culture major 5: a part in another currency than its whole ------------------------

BOX_OFFICE = source_block(published="2025-11-19") + (
    "claims:\n"
    '  - {id: intl, quote: "il cumule 18,4 millions d\'euros", subject: F,\n'
    '     property: box_office_international, value: "18,4 millions EUR"}\n'
    '  - {id: usa, quote: "dont 21,1 millions de dollars aux États-Unis", subject: F,\n'
    '     property: box_office_usa, value: "{usa}", of: intl}\n'
)


def test_a_part_in_dollars_of_a_whole_in_euros_says_what_to_write(
    write_files: WriteFiles,
) -> None:
    files = {"a.yaml": BOX_OFFICE.replace("{usa}", "21,1 millions USD")}
    assert _findings(write_files, files, "part-exceeds-whole") == [
        "'usa' (21,1 millions USD) is in USD, but the whole it is of, 'intl' (18,4 millions"
        " EUR), is in EUR: a currency slip, or a conversion the article must state; write"
        " the part in EUR, as the article's conversion gives it, or drop 'of: intl' from"
        " 'usa'"
    ]


@pytest.mark.parametrize("usa", ["5,3 millions EUR", "5 300 kEUR", "53 %"])
def test_a_part_in_the_whole_s_currency_or_a_share_of_it_passes(
    write_files: WriteFiles, usa: str
) -> None:
    files = {"a.yaml": BOX_OFFICE.replace("{usa}", usa)}
    assert _findings(write_files, files, "part-exceeds-whole") == []


def test_a_bare_number_of_an_amount_has_lost_its_unit(write_files: WriteFiles) -> None:
    # extract's "dont 6,1 millions" (culture major 6) once verified
    files = {"a.yaml": BOX_OFFICE.replace("{usa}", "6,1 millions")}
    (message,) = _findings(write_files, files, "part-exceeds-whole")
    assert "a bare number is a count; write the part in EUR if it is an amount of it" in message


# --- culture minor 1: an age at an undated event -----------------------------------------

AGES = source_block(published="2025-07-21") + (
    "claims:\n"
    '  - {id: age, quote: "{quote}", subject: Jean-Louis Aubrac, property: age,\n'
    '     value: "23 ans"{extra}}\n'
    '  - {id: naissance, quote: "né le 8 février 1951", subject: Jean-Louis Aubrac,\n'
    "     property: birth, when: 8 février 1951}\n"
)


def _age(quote: str, extra: str) -> dict[str, str]:
    return {"a.yaml": AGES.replace("{quote}", quote).replace("{extra}", extra)}


def test_an_age_at_an_undated_event_is_not_compared_on_the_publication_day(
    write_files: WriteFiles,
) -> None:
    files = _age("Je l'ai écrit à 23 ans", ", qualifiers: {event: écriture de Marée basse}")
    assert _findings(write_files, files, "age-matches-birth") == []


def test_the_same_age_once_its_event_is_dated_is_compared(write_files: WriteFiles) -> None:
    extra = ', qualifiers: {event: écriture de Marée basse}, when: "1972"'
    assert _findings(write_files, _age("Je l'ai écrit à 23 ans", extra), "age-matches-birth") == [
        "Jean-Louis Aubrac is 23 ('age') but, born on 8 février 1951 ('naissance'), was 20"
        " or 21 in 1972 (its when)"
    ]


def test_a_plain_age_is_still_compared_on_the_publication_day(write_files: WriteFiles) -> None:
    (message,) = _findings(write_files, _age("Jean-Louis Aubrac, 23 ans", ""), "age-matches-birth")
    assert message.endswith("was 74 on 21 juillet 2025 (its article's publication day)")


# --- farming MINOR 8: the value to write, in points -------------------------------------


@pytest.mark.parametrize(
    ("written", "in_points"),
    [
        ("0.4 per cent", "0.4 pp"),
        ("-10,6 %", "-10,6 pp"),
        ("-0,2%", "-0,2pp"),
        ("+0,4 pour cent", "+0,4 pp"),
        ("27 percent", "27 pp"),
        ("1.2pc", "1.2pp"),
        ("0.3 to 0.5 pct", "0.3 to 0.5 pp"),
        ("~0.4 Per  Cent", "~0.4 pp"),
        ("3,5 % l'an", "3,5 pp l'an"),
    ],
)
def test_every_way_of_writing_a_percent_becomes_points(written: str, in_points: str) -> None:
    assert _in_points_written(written) == in_points


RATES = source_block(language="en_GB", published="2025-09-05") + (
    "claims:\n"
    '  - {id: july, quote: "4.9 per cent", subject: UK food, property: inflation_rate,\n'
    '     value: "4.9 per cent", when: July 2025}\n'
    '  - {id: june, quote: "4.5 per cent", subject: UK food, property: inflation_rate,\n'
    '     value: "4.5 per cent", when: June 2025}\n'
    '  - {id: rise, quote: "a rise of 0.4 per cent", subject: UK food,\n'
    '     property: inflation_rate_change, value: "{rise}", when: July 2025}\n'
    "checks:\n"
    '  - {id: inflation_rise, expect: "july - june == rise"}\n'
)


@pytest.mark.parametrize(
    ("rise", "to_write"), [("0.4 per cent", "0.4 pp"), ("0.4pc", "0.4pp"), ("0.4 %", "0.4 pp")]
)
def test_the_planted_points_written_as_per_cent_suggest_points(
    write_files: WriteFiles, rise: str, to_write: str
) -> None:
    files = {"a.yaml": RATES.replace("{rise}", rise)}
    (message,) = _findings(write_files, files, "rate-change-in-points")
    assert f"but 'rise' is in %: write {to_write} (and \"point\" in the copy)" in message


def test_points_written_as_points_pass(write_files: WriteFiles) -> None:
    files = {"a.yaml": RATES.replace("{rise}", "0.4 pp")}
    assert _findings(write_files, files, "rate-change-in-points") == []


# --- culture minor 5: the cumulative recipe across two articles --------------------------


def _cumulative_recipe() -> tuple[str, str]:
    """This week's file and next week's, as docs/recipes.md gives them."""
    page = (ROOT / "docs" / "recipes.md").read_text(encoding="utf-8")
    section = page.split("## A cumulative that grows week by week", 1)[1].split("\n## ", 1)[0]
    this_week = re.findall(r"```yaml\n(.*?)```", section, re.S)[0]
    (next_week,) = re.findall(r"```yml\n(.*?)```", section, re.S)
    return this_week, next_week


def test_next_week_s_cumulative_is_checked_against_this_week_s(write_files: WriteFiles) -> None:
    this_week, next_week = _cumulative_recipe()
    files = {"s3.yaml": this_week, "s4.yaml": next_week}
    report = factcheck.verify(factcheck.load(write_files(files)))
    assert not report.findings
    files["s4.yaml"] = next_week.replace("3 446 767", "3 446 776")
    report = factcheck.verify(factcheck.load(write_files(files, folder="wrong")))
    # French figures are grouped with narrow no-break spaces: compare words
    assert [" ".join(f.message.split()) for f in report.findings] == [
        "check 'cumul_de_la_semaine_derniere' fails: guetteurs_cumul_18 + guetteurs_s4 ="
        " 3 446 767 (3 446 766 à 3 446 768), not == guetteurs_cumul_25 = 3 446 776"
        " (3 446 775,5 à 3 446 776,5)"
    ]
