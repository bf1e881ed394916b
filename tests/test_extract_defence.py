"""`factcheck extract` on a defence & migration desk's copy (audit majors 2, 3, 4, minor 11).

Each test drafts the sentence an editor would have skimmed and asserts what the editor sees
in the draft: the value, the `when` and the note, the claims there are and are not.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.dates import DateSyntaxError, parse_date
from factcheck.extract import DraftClaim, extract

MAR_2024 = date(2024, 3, 12)
NOV_2024 = date(2024, 11, 10)


def valued(text: str, language: str, published: date) -> list[DraftClaim]:
    return [c for c in extract(text, language, published).claims if c.value or c.note]


def whens(text: str, language: str, published: date) -> dict[str | None, str | None]:
    return {c.value: c.when for c in valued(text, language, published)}


# --- major 2: a count is no money, a model's number no figure ------------------------------------


def test_a_count_of_a_model_takes_no_money_and_the_model_number_is_no_figure() -> None:
    text = "The request includes $61.2bn for aircraft, including 68 F-35 fighters."
    assert [c.value for c in valued(text, "en_US", MAR_2024)] == ["61.2 billion USD", "68"]


def test_a_part_without_a_noun_of_its_own_still_takes_the_unit() -> None:
    text = "Le budget atteint 12 millions d'euros, dont 3 pour la voirie."
    assert [c.value for c in valued(text, "fr", MAR_2024)] == ["12 million EUR", "3 million EUR"]


# --- major 3: a fiscal year is no calendar year; a change is not dated by its baseline ------------


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("The Army signed up about 55,000 recruits in fiscal 2023.", "en_US", "fiscal 2023"),
        ("The Army spent $12bn in FY2024.", "en_US", "FY2024"),
    ],
)
def test_a_fiscal_year_is_no_when_and_its_note_says_what_to_write(
    text: str, language: str, written: str
) -> None:
    (claim,) = valued(text, language, MAR_2024)
    assert claim.when is None
    assert claim.note is not None
    assert f'"{written}" is a financial year' in claim.note and "financial_year_start" in claim.note
    with pytest.raises(DateSyntaxError, match="financial_year_start"):
        parse_date(written, language, MAR_2024)  # what verify would have said of a when


def test_a_french_exercice_of_one_year_is_its_calendar_year() -> None:
    # a commune's or a company's "exercice 2024" without a financial year set: 2024
    text = "Le groupe a investi 3 millions d'euros sur l'exercice 2024."
    (claim,) = valued(text, "fr", MAR_2024)
    assert claim.when == "exercice 2024"
    period = parse_date(claim.when, "fr", MAR_2024)
    assert (period.start.isoformat(), period.end.isoformat()) == ("2024-01-01", "2024-12-31")


def test_a_fiscal_year_makes_no_date_claim_and_lends_no_year() -> None:
    text = (
        "The Army signed up about 55,000 recruits in fiscal 2023, some 10,000 short of its "
        "65,000 goal, and about 1,500 troops remain deployed to Poland on rotation."
    )
    claims = extract(text, "en_US", MAR_2024).claims
    assert all(c.value is not None for c in claims)
    assert {c.value: c.when for c in claims}["~1,500 person"] is None


def test_the_year_after_a_baseline_of_on_dates_the_baseline() -> None:
    text = (
        "China announced a defence budget of 1.67 trillion yuan for 2024, an increase of 7.2% "
        "on the 1.56 trillion yuan of 2023."
    )
    assert whens(text, "en_US", MAR_2024) == {
        "1.67 trillion CNY": "2024",
        "7.2 %": "2024",
        "1.56 trillion CNY": "2023",
    }


def test_a_budget_for_a_year_is_that_years_not_the_day_it_was_announced() -> None:
    text = (
        "China, by comparison, announced on March 5 a defence budget of 1.67 trillion yuan "
        "($232bn) for 2024, an increase of 7.2% on the 1.56 trillion yuan of 2023."
    )
    dated = whens(text, "en_US", MAR_2024)
    assert dated["1.67 trillion CNY"] == "2024" and dated["232 billion USD"] == "2024"
    assert dated["7.2 %"] != "2023" and dated["1.56 trillion CNY"] == "2023"
    announced = [c for c in extract(text, "en_US", MAR_2024).claims if c.value is None]
    assert [c.when for c in announced] == ["March 5"]


def test_a_relative_clause_after_a_day_tells_that_days_event() -> None:
    text = (
        "Samedi 9 novembre marquait le 400e jour de la guerre, déclenchée par l'attaque du "
        "Hamas contre Israël le 7 octobre 2023, qui a entraîné la mort de 1 205 personnes du "
        "côté israélien."
    )
    assert whens(text, "fr", NOV_2024)["1 205 person"] == "7 octobre 2023"


def test_two_tolls_joined_by_et_share_their_night() -> None:
    text = (
        "Au moins 40 personnes ont été tuées et plus de 120 blessées dans des frappes "
        "israéliennes menées dans la nuit de samedi à dimanche sur le nord de la bande de Gaza."
    )
    assert set(whens(text, "fr", NOV_2024).values()) == {"dans la nuit de samedi à dimanche"}
    # a plan joined by "and" lends its future date to no fact
    text = "The firm has 12,500 employees and 1,000 more by the end of 2026."
    assert whens(text, "en", MAR_2024)["12,500 person"] is None


# --- major 4: a running toll since a day has no when ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "start"),
    [
        ("Depuis le 7 octobre 2023, au moins 43 603 Palestiniens ont été tués à Gaza, selon le "
         "ministère.", ">=43 603", "depuis le 7 octobre 2023"),
        ("Au Liban, au moins 3 136 personnes ont été tuées depuis octobre 2023, selon le "
         "ministère libanais.", ">=3 136 person", "depuis octobre 2023"),
    ],
)  # fmt: skip
def test_a_running_toll_has_no_when_and_its_start_in_a_note(
    text: str, value: str, start: str
) -> None:
    claims = extract(text, "fr", NOV_2024).claims
    (claim,) = claims  # nor a claim of the start's own
    assert (claim.value, claim.when) == (value, None)
    assert claim.note is not None and f'("{start}")' in claim.note


# --- minor 11 -----------------------------------------------------------------------------------


def test_a_rate_per_day_before_a_baseline_of_the_war_keeps_its_rate() -> None:
    text = (
        "Seuls 2 100 camions sont entrés dans le territoire en octobre, soit 68 par jour en "
        "moyenne, contre 500 par jour avant la guerre, selon l'ONU."
    )
    assert [c.value for c in valued(text, "fr", NOV_2024)] == ["2 100", "68/day", "500/day"]


def test_a_deadline_is_a_target_of_the_next_such_day() -> None:
    text = "Lawmakers have until Sept. 30, the end of the fiscal year, to pass the spending bills."
    (claim,) = extract(text, "en_US", MAR_2024).claims
    assert (claim.when, claim.kind) == ("Sept. 30", "target")
    assert "2024" in claim.id and "2023" not in claim.id


@pytest.mark.parametrize(
    ("text", "language", "counted"),
    [
        ("Au 400e jour de la guerre, les combats continuent.", "fr", "400e jour de la guerre"),
        ("On the 100th day of the war, talks resumed.", "en", "100th day of the war"),
    ],
)
def test_an_ordinal_day_of_a_war_is_drafted_with_how_to_check_it(
    text: str, language: str, counted: str
) -> None:
    [claim] = extract(text, language, date(2024, 11, 10)).claims
    assert claim.property == "day_number"
    assert claim.value == counted[:3]
    assert claim.note is not None
    assert f'"{counted}" counts days from a first day' in claim.note
    assert f"+ 1 day == {counted[:3]} day" in claim.note


def test_an_ordinal_of_another_noun_is_still_no_day_count() -> None:
    assert extract("la 15e journée de Ligue 1", "fr", date(2024, 11, 10)).claims == []
    [rank] = extract("Le club termine à la 21e place.", "fr", date(2024, 11, 10)).claims
    assert (rank.property, rank.note) == ("rank", None)
