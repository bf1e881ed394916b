"""Date rules on the desks' copy (audits of session 20: weather, local, sports).

The end of a window named by a weekday (weather A3), a birth date beside an age (A4), a
figure of a long window ending after publication (B4), the weekday of ``said_on`` (B5),
a forecast of the past (B6, local 7) and a match dated on two days by its figures
(sports 7).
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.findings import Finding
from tests.conftest import WriteFiles, verify_folder


def _source(published: str, language: str = "fr") -> str:
    return (
        f"source: {{id: s, title: t, publisher: p, published: {published},"
        f" language: {language}}}\nclaims:\n"
    )


def _findings(write_files: WriteFiles, files: dict[str, str], rule: str) -> list[Finding]:
    report = verify_folder(write_files(files))
    assert not [f for f in report.findings if f.rule == "internal-error"]
    return [f for f in report.findings if f.rule == rule]


# --- A3: "jusqu'à samedi" ends a window --------------------------------------------------


def test_a_weekday_after_until_is_the_end_of_a_window(write_files: WriteFiles) -> None:
    for language, quote in (
        ("fr", "Seize départements en vigilance rouge jusqu'à samedi"),
        ("fr", "Seize départements en vigilance rouge jusqu’au samedi soir"),
        ("en_GB", "Sixteen counties under a red warning until Saturday"),
        ("en_US", "Sixteen counties under a red warning through Saturday"),
    ):
        when = "mercredi 1er juillet 2026" if language == "fr" else "Wednesday 1 July 2026"
        files = {
            "c.yaml": _source("2026-07-02", language)
            + f'  - {{id: t, quote: "{quote}", subject: vigilance, property: count,'
            f' value: "16", when: {when}}}\n'
        }
        assert _findings(write_files, files, "weekday-matches-date") == [], quote


def test_a_weekday_alone_that_is_not_the_when_is_still_reported(write_files: WriteFiles) -> None:
    files = {
        "c.yaml": _source("2026-07-02")
        + '  - {id: t, quote: "Seize départements en vigilance rouge samedi",'
        ' subject: vigilance, property: count, value: "16", when: mercredi 1er juillet 2026}\n'
    }
    (found,) = _findings(write_files, files, "weekday-matches-date")
    assert "the quote says samedi, but its when, 1 juillet 2026, is a mercredi" in found.message


# --- A4: an age and a birth date in one quote --------------------------------------------


def test_a_birth_date_beside_an_age_is_not_the_claims_date(write_files: WriteFiles) -> None:
    files = {
        "c.yaml": _source("2026-10-19")
        + '  - {id: age, quote: "Un automobiliste de 71 ans, né le 3 mars 1955",'
        ' subject: automobiliste, property: age, value: "71 ans", when: 18 octobre 2026}\n'
        '  - {id: age2, quote: "Jean Dupré, 84 ans, né à Nîmes le 3 mai 1941",'
        ' subject: Jean Dupré, property: age, value: "84 ans", when: 18 octobre 2026}\n'
        '  - {id: birth, quote: "né le 3 mars 1955", subject: automobiliste,'
        " property: birth, when: 3 mars 1955}\n"
    }
    assert _findings(write_files, files, "date-in-quote") == []
    english = {
        "c.yaml": _source("2026-10-19", "en_GB")
        + '  - {id: age, quote: "Jean Smith, 84, who was born on 3 May 1941",'
        ' subject: Jean Smith, property: age, value: "84 years", when: 18 October 2026}\n'
    }
    assert _findings(write_files, english, "date-in-quote") == []


def test_a_birth_claims_own_date_is_still_compared(write_files: WriteFiles) -> None:
    files = {
        "c.yaml": _source("2026-10-19")
        + '  - {id: birth, quote: "né le 3 mars 1955", subject: automobiliste,'
        " property: birth, when: 3 mars 1956}\n"
    }
    (found,) = _findings(write_files, files, "date-in-quote")
    assert "the quote says 3 mars 1955, but its when is 3 mars 1956" in found.message


# --- B4: a figure of a long window ending after publication ------------------------------


def _toll(published: str, when: str, quote: str, prop: str = "excess_deaths") -> dict[str, str]:
    return {
        "c.yaml": _source(published)
        + f'  - {{id: toll, quote: "{quote}", subject: France, property: {prop},'
        f' value: "1 120", when: {when}}}\n'
    }


def test_a_toll_over_three_weeks_ending_after_publication_is_reported(
    write_files: WriteFiles,
) -> None:
    files = _toll(
        "2026-07-02", "du 19 juin au 8 juillet 2026", "1 120 décès en excès du 19 juin au 8 juillet"
    )
    (found,) = _findings(write_files, files, "fact-not-after-publication")
    assert found.message.startswith(
        "'toll' is the figure of 19 juin 2026 – 8 juillet 2026, a period that ends after the"
        " article's publication on 2 juillet 2026: it cannot be known yet"
    )
    month = _toll("2026-03-10", "du 1er au 31 mars 2026", "1 120 décès du 1er au 31 mars")
    assert len(_findings(write_files, month, "fact-not-after-publication")) == 1


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(length=st.integers(min_value=14, max_value=120), elapsed=st.integers(min_value=0))
def test_any_closed_window_of_a_count_ending_after_publication_is_reported(
    write_files: WriteFiles, length: int, elapsed: int
) -> None:
    start = date(2026, 3, 1)
    end = start + timedelta(days=length)
    published = start + timedelta(days=elapsed % length)  # on or after the start, before the end
    when = f"from {start.day} {start:%B} to {end.day} {end:%B} {end.year}"
    files = {
        "c.yaml": _source(published.isoformat(), "en_GB")
        + f'  - {{id: toll, quote: "1,120 deaths", subject: France,'
        f' property: excess_deaths, value: "1,120", when: {when}}}\n'
    }
    assert len(_findings(write_files, files, "fact-not-after-publication")) == 1


def test_states_ranks_running_totals_and_forecasts_of_a_long_window_pass(
    write_files: WriteFiles,
) -> None:
    for when, quote, prop in (
        ("from 31 March to 26 October 2026", "capped at 1,120 movements", "movements"),
        ("du 1er janvier au 30 juin 2026", "le tarif de 1 120 euros", "tarif"),
        ("June 1 to November 30, 2026", "the fifth hurricane", "rank_among_hurricanes"),
        ("depuis le 1er mars 2026", "1 120 décès depuis le 1er mars", "excess_deaths"),
    ):
        files = _toll("2026-03-10", when, quote, prop)
        assert _findings(write_files, files, "fact-not-after-publication") == [], when
    forecast = {
        "c.yaml": _source("2026-07-02")
        + '  - {id: toll, quote: "1 120 décès attendus", subject: France,'
        ' property: excess_deaths, value: "1 120", when: du 19 juin au 8 juillet 2026,'
        " kind: forecast}\n"
    }
    assert _findings(write_files, forecast, "fact-not-after-publication") == []


# --- B5: the weekday of said_on ----------------------------------------------------------


_SAID = (
    '  - {{id: prev, quote: "« Nous attendons 40 °C samedi », a précisé {said} François'
    ' Gourand", subject: vallée du Rhône, property: daily_max_temperature, value: "40 °C",'
    " when: samedi 4 juillet 2026, kind: forecast, attributed_to: François Gourand,"
    " said_on: mercredi 1er juillet 2026}}\n"
)


def test_a_weekday_of_saying_must_be_said_ons(write_files: WriteFiles) -> None:
    files = {"c.yaml": _source("2026-07-02") + _SAID.format(said="dimanche")}
    (found,) = _findings(write_files, files, "weekday-matches-date")
    assert found.message == (
        "'prev': the quote says dimanche for the day it was said, but its said_on,"
        " 1 juillet 2026, is a mercredi"
    )
    right = {"c.yaml": _source("2026-07-02") + _SAID.format(said="mercredi")}
    assert _findings(write_files, right, "weekday-matches-date") == []


# --- B6, local 7: a forecast of the past -------------------------------------------------


def test_a_forecast_of_a_day_before_publication_is_reported(write_files: WriteFiles) -> None:
    files = {
        "c.yaml": _source("2025-12-17")
        + '  - {id: works, quote: "commenceront le lundi 6 janvier 2025", subject: rue du Mené,'
        " property: roadworks_start, when: lundi 6 janvier 2025, kind: forecast}\n"
    }
    (found,) = _findings(write_files, files, "fact-not-after-publication")
    assert found.message.startswith(
        "'works' is a forecast dated 6 janvier 2025, before the article's publication on"
        " 17 décembre 2025: a forecast of the past?"
    )


def test_a_forecast_made_before_its_day_and_a_quarters_consensus_pass(
    write_files: WriteFiles,
) -> None:
    files = {
        "c.yaml": _source("2026-07-02")
        + '  - {id: prev, quote: "Nous attendons 40 °C samedi", subject: Rhône,'
        ' property: daily_max_temperature, value: "40 °C", when: samedi 27 juin 2026,'
        " kind: forecast, said_on: jeudi 25 juin 2026}\n"
        '  - {id: consensus, quote: "le consensus attendait 2,1 milliards", subject: X,'
        ' property: revenue, value: "2,1 milliards EUR", when: T2 2026, kind: forecast}\n'
    }
    assert _findings(write_files, files, "fact-not-after-publication") == []


def test_a_yearless_forecast_day_right_only_before_publication_says_so(
    write_files: WriteFiles,
) -> None:
    files = {
        "c.yaml": _source("2026-03-23")
        + '  - {id: install, quote: "se tiendra samedi 21 mars", subject: conseil,'
        " property: installation, when: samedi 21 mars, kind: forecast}\n"
    }
    (found,) = _findings(write_files, files, "weekday-matches-date")
    assert found.message == (
        "'samedi 21 mars' in the 'when' and the quote of 'install': 21 mars 2026, a samedi,"
        " is before the article's publication on 23 mars 2026: a forecast of the past?"
        " check its date, or its kind (as a forecast it reads as 21 mars 2027, a dimanche)"
    )


# --- sports 7: a match dated on two days -------------------------------------------------


def _match(played: str, figures: str = "Sunday 8 February 2026") -> dict[str, str]:
    return {
        "c.yaml": _source("2026-02-09", "en_GB")
        + f'  - {{id: match, quote: "a 2-0 win over Chelsea {played}",'
        f" subject: Arsenal v Chelsea, property: played, when: {played}}}\n"
        + "".join(
            f'  - {{id: goals_{team.lower()}, quote: "2-0", subject: Arsenal v Chelsea,'
            f' property: goals, qualifiers: {{team: {team}}}, value: "{n}", when: {figures}}}\n'
            for team, n in (("Arsenal", 2), ("Chelsea", 0))
        )
    }


def test_a_match_dated_apart_from_all_its_figures_is_reported(write_files: WriteFiles) -> None:
    (found,) = _findings(write_files, _match("on Saturday"), "one-event-one-day")
    assert found.message == (
        "'match' dates Arsenal v Chelsea played on 7 February 2026, but 'goals_arsenal' and"
        " 'goals_chelsea' date its figures 8 February 2026: one match on two days?"
    )
    assert sorted(found.claims) == ["goals_arsenal", "goals_chelsea", "match"]


def test_a_match_dated_as_its_figures_passes(write_files: WriteFiles) -> None:
    assert _findings(write_files, _match("on Sunday"), "one-event-one-day") == []
    # figures of a week later are another match's, or the table's
    later = _match("on Sunday", figures="Sunday 22 February 2026")
    assert _findings(write_files, later, "one-event-one-day") == []
