"""Audit 20 (sports, courts, weather, local desks): facts compared across claims.

Truncated race times, bounds in two units, anomalies converted as temperatures, the
built-in counts of the sports and courts desks, and votes of a council with absentees.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.config import Config
from factcheck.vocabulary import Vocabulary
from tests.conftest import WriteFiles, source_block, verify_folder


def _findings(folder: Path, rule: str, config_text: str | None = None) -> list[str]:
    report = verify_folder(folder, config_text)
    return [f"{f.severity.label} {f.message}" for f in report.findings if f.rule == rule]


def _claims(write_files: WriteFiles, records: str, language: str = "fr") -> Path:
    text = source_block(language=language, published="2026-04-13") + "claims:\n" + records
    return write_files({"claims.yaml": text})


def _race(headline: str, body: str) -> str:
    return (
        f'  - {{id: t1, quote: "{headline}", subject: Kipchumba, property: race_time,'
        f' value: "{headline}", when: 12 avril 2026}}\n'
        f'  - {{id: t2, quote: "{body}", subject: Kipchumba, property: race_time,'
        f' value: "{body}", when: 12 avril 2026}}\n'
    )


# --- sports 1: a time printed without its seconds is truncated -------------------------


def test_a_truncated_race_time_agrees_with_the_full_time(write_files: WriteFiles) -> None:
    folder = _claims(write_files, _race("2 h 05", "2 h 05 min 48 s"))
    assert _findings(folder, "same-fact-same-value") == []


def test_the_full_time_first_then_the_truncated_one_agrees(write_files: WriteFiles) -> None:
    folder = _claims(write_files, _race("2 h 05 min 48 s", "2 h 05"))
    assert _findings(folder, "same-fact-same-value") == []


def test_a_truncated_time_a_minute_off_is_still_an_error(write_files: WriteFiles) -> None:
    folder = _claims(write_files, _race("2 h 04", "2 h 05 min 48 s"))
    found = _findings(folder, "same-fact-same-value")
    assert len(found) == 1 and found[0].startswith("error "), found
    folder = _claims(write_files, _race("2 h 07", "2 h 05 min 48 s"))
    assert len(_findings(folder, "same-fact-same-value")) == 1


def test_money_is_not_truncated(write_files: WriteFiles) -> None:
    records = (
        '  - {id: a, quote: "12 millions", subject: club, property: transfer_fee,'
        ' value: "12 millions EUR", when: 2 février 2026}\n'
        '  - {id: b, quote: "12,8 millions", subject: club, property: transfer_fee,'
        ' value: "12,8 millions EUR", when: 2 février 2026}\n'
    )
    assert len(_findings(_claims(write_files, records), "same-fact-same-value")) == 1


@settings(max_examples=30, deadline=None)
@given(minutes=st.integers(0, 57), seconds=st.integers(0, 59))
def test_every_second_of_the_truncated_minute_agrees(minutes: int, seconds: int) -> None:
    body = f"2 h {minutes:02d} min {seconds:02d} s"
    with tempfile.TemporaryDirectory() as base:
        folder = Path(base)
        text = source_block(published="2026-04-13") + "claims:\n"
        (folder / "claims.yaml").write_text(text + _race(f"2 h {minutes:02d}", body))
        assert _findings(folder, "same-fact-same-value") == []
        # two minutes on is never the same time, truncated or rounded
        (folder / "claims.yaml").write_text(text + _race(f"2 h {minutes + 2:02d}", body))
        assert len(_findings(folder, "same-fact-same-value")) == 1


# --- weather B2: bounds of one direction in two units ----------------------------------


def _bounds(first: str, second: str) -> str:
    return (
        f'  - {{id: r5_f, quote: "up to", subject: Tallahassee, property: heat_index,'
        f' value: "{first}", when: "Friday, October 2, 2026"}}\n'
        f'  - {{id: r5_c, quote: "up to", subject: Tallahassee, property: heat_index,'
        f' value: "{second}", when: "Friday, October 2, 2026"}}\n'
    )


def test_two_upper_bounds_in_two_units_are_compared(write_files: WriteFiles) -> None:
    folder = _claims(write_files, _bounds("<=105 °F", "<=46 °C"), "en_US")
    found = _findings(folder, "same-fact-same-value")
    assert len(found) == 1 and found[0].startswith("error "), found
    assert "r5_c" in found[0] and "r5_f" in found[0]


def test_two_upper_bounds_converted_agree(write_files: WriteFiles) -> None:
    folder = _claims(write_files, _bounds("<=105 °F", "<=41 °C"), "en_US")
    assert _findings(folder, "same-fact-same-value") == []
    rain = (
        '  - {id: r_in, quote: "Up to 18 inches (457 mm)", subject: Panhandle,'
        ' property: storm_rainfall, value: "<=18 in", when: "September 29, 2026"}\n'
        '  - {id: r_mm, quote: "Up to 18 inches (457 mm)", subject: Panhandle,'
        ' property: storm_rainfall, value: "<=457 mm", when: "September 29, 2026"}\n'
    )
    assert _findings(_claims(write_files, rain, "en_US"), "same-fact-same-value") == []


def test_upper_bounds_of_rainfall_in_two_units_disagree(write_files: WriteFiles) -> None:
    rain = (
        '  - {id: r_in, quote: "Up to 18 inches (357 mm)", subject: Panhandle,'
        ' property: storm_rainfall, value: "<=18 in", when: "September 29, 2026"}\n'
        '  - {id: r_mm, quote: "Up to 18 inches (357 mm)", subject: Panhandle,'
        ' property: storm_rainfall, value: "<=357 mm", when: "September 29, 2026"}\n'
    )
    found = _findings(_claims(write_files, rain, "en_US"), "same-fact-same-value")
    assert len(found) == 1, found


# --- weather A6: an anomaly converted as a temperature ---------------------------------


def test_an_anomaly_converted_as_a_temperature_says_why(write_files: WriteFiles) -> None:
    records = (
        '  - {id: r9_c, quote: "1.47C (2.65F) above", subject: world,'
        ' property: temperature_anomaly, value: "1.47 °C", when: "2025"}\n'
        '  - {id: r9_f, quote: "1.47C (2.65F) above", subject: world,'
        ' property: temperature_anomaly, value: "2.65 °F", when: "2025"}\n'
    )
    found = _findings(_claims(write_files, records, "en_GB"), "same-fact-same-value")
    assert len(found) == 1, found
    assert "a change of temperature" in found[0]
    assert "1.47 delta_degC" in found[0] and "2.65 delta_degF" in found[0]


# --- courts F2, sports 6: built-in counts and exact amounts -----------------------------


def test_sports_and_courts_properties_are_built_in_counts() -> None:
    vocabulary = Config().vocabulary
    counts, exacts = vocabulary.counts(), vocabulary.exacts()
    for name in ("goals", "wins", "draws", "losses", "defeats", "tries", "league_points"):
        assert name in counts, name
    for name in ("homicides", "cases", "arrests", "victims", "defendants"):
        assert name in counts, name
    for name in ("prison_sentence", "suspended_sentence", "safety_period", "minimum_term"):
        assert name in exacts, name
    for name in ("fine", "damages"):
        assert name in exacts, name
    assert Vocabulary().get("goals") is not None


_SENTENCE = """\
  - {id: peine, quote: "3 ans", subject: Dylan, property: prison_sentence,
     value: "3 ans", when: 3 mars 2026}
  - {id: sursis, quote: "18 mois", subject: Dylan, property: suspended_sentence,
     value: "18 mois", when: 3 mars 2026}
  - {id: ferme, quote: "soit 12 mois ferme", subject: Dylan, property: prison_sentence_firm,
     value: "12 mois", when: 3 mars 2026}
checks:
  - {id: calc, expect: "peine - sursis == ferme"}
"""


def test_a_wrong_sentence_breakdown_fails_without_configuration(
    write_files: WriteFiles,
) -> None:
    folder = _claims(write_files, _SENTENCE.replace("prison_sentence_firm", "firm_sentence"))
    report = verify_folder(folder)
    errors = [f for f in report.findings if f.severity.label == "error"]
    assert any(f.rule == "expect-holds" for f in errors), [f.message for f in report.findings]


def test_a_right_league_table_passes(write_files: WriteFiles) -> None:
    records = (
        '  - {id: w, quote: "9 victoires", subject: OM, property: wins, value: "9",'
        " when: 24 novembre 2025}\n"
        '  - {id: d, quote: "2 nuls", subject: OM, property: draws, value: "2",'
        " when: 24 novembre 2025}\n"
        '  - {id: p, quote: "29 points", subject: OM, property: league_points, value: "29",'
        " when: 24 novembre 2025}\n"
        "checks:\n"
        '  - {id: calc, expect: "3 * w + d == p"}\n'
    )
    report = verify_folder(_claims(write_files, records))
    assert [f.message for f in report.findings if f.severity.label != "info"] == []
    wrong = records.replace('value: "29"', 'value: "28"').replace("29 points", "28 points")
    report = verify_folder(_claims(write_files, wrong))
    assert any(f.rule == "expect-holds" and f.severity.label == "error" for f in report.findings)


# --- local 4: votes of a council with members absent ------------------------------------


_VOTES = """\
  - {id: pour, quote: "35 voix pour", subject: budget, property: votes,
     qualifiers: {vote: pour}, value: "35", of: conseil, when: lundi 15 décembre 2025}
  - {id: contre, quote: "8 contre", subject: budget, property: votes,
     qualifiers: {vote: contre}, value: "8", of: conseil, when: lundi 15 décembre 2025}
  - {id: conseil, quote: "45 élus", subject: conseil, property: council_size, value: "45"}
"""


def test_votes_of_a_council_with_absentees_pass(write_files: WriteFiles) -> None:
    folder = _claims(write_files, _VOTES)
    assert _findings(folder, "shares-incomplete") == []
    assert _findings(folder, "part-exceeds-whole") == []


def test_votes_of_a_council_still_cannot_exceed_it(write_files: WriteFiles) -> None:
    folder = _claims(write_files, _VOTES.replace('"35"', '"40"').replace("35 voix", "40 voix"))
    assert len(_findings(folder, "part-exceeds-whole")) == 1


def test_seats_of_a_council_one_short_still_warn(write_files: WriteFiles) -> None:
    seats = _VOTES.replace("votes", "seats").replace('"8"', '"9"').replace("8 contre", "9 contre")
    folder = _claims(write_files, seats)
    assert len(_findings(folder, "shares-incomplete")) == 1
