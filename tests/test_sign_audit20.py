"""Session 20 audits: ``sign-matches-quote`` reads changes in time and money (courts F4)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.quote_directions import measure_directions
from tests.conftest import WriteFiles, source_block, verify_folder

_EN = source_block(language="en_GB", published="2026-02-06")
_FR = source_block(language="fr", published="2026-02-06")


def _messages(folder: Path) -> list[tuple[str, str]]:
    report = verify_folder(folder)
    return [
        (claim, finding.message)
        for finding in report.findings
        if finding.rule == "sign-matches-quote"
        for claim in finding.claims
    ]


def _claims(rows: list[tuple[str, str, str, str]]) -> str:
    lines = ["claims:"]
    for claim_id, quote, prop, value in rows:
        lines.append(
            f'  - {{id: {claim_id}, quote: "{quote}", subject: X, property: {prop},'
            f' value: "{value}", when: 5 February 2026}}'
        )
    return "\n".join(lines) + "\n"


def test_changes_of_durations_and_money_read_their_verb_in_english(
    write_files: WriteFiles,
) -> None:
    rows = [
        ("q_a", "The Court of Appeal cut his minimum term by two years", "minimum_term_change",
         "+2 year"),
        ("q_b", "His sentence was reduced by 18 months", "sentence_change", "18 month"),
        ("q_c", "The fine was reduced by £500", "fine_change", "£500"),
        ("q_d", "Waiting times fell by 18 months", "waiting_time_change", "18 month"),
        ("q_e", "His sentence was increased by three years", "sentence_change", "-3 year"),
    ]  # fmt: skip
    found = dict(_messages(write_files({"q.yaml": _EN + _claims(rows)})))
    assert sorted(found) == ["q_a", "q_b", "q_c", "q_d", "q_e"]
    assert found["q_a"] == (
        "the quote of 'q_a' says \"cut his minimum term by two years\", a fall, but its value"
        " +2 year is a rise: write -2 year (or, if the value is the size of the fall, name the"
        " property after it: minimum_term_fall)"
    )
    assert "write -£500" in found["q_c"]
    assert "a rise, but its value -3 year is a fall: write 3 year" in found["q_e"]


def test_changes_of_durations_read_their_verb_in_french(write_files: WriteFiles) -> None:
    rows = [
        ("q_b", "La cour a réduit sa peine de deux ans", "sentence_change", "2 ans"),
        ("q_c", "Sa peine a été alourdie de trois ans", "sentence_change", "-3 ans"),
        ("q_f", "soit deux ans de moins", "sentence_change", "2 ans"),
        ("q_g", "Sa peine a été allégée de six mois", "sentence_change", "6 mois"),
    ]
    found = dict(_messages(write_files({"q.yaml": _FR + _claims(rows)})))
    assert sorted(found) == ["q_b", "q_c", "q_f", "q_g"]
    assert '"alourdie de trois ans", a rise' in found["q_c"]


def test_durations_and_amounts_that_are_no_change_stay_silent(write_files: WriteFiles) -> None:
    rows = [
        # right signs
        ("a", "The Court of Appeal cut his minimum term by two years", "minimum_term_change",
         "-2 year"),
        ("b", "The fine was reduced by £500", "fine_change", "-£500"),
        ("c", "La cour a réduit sa peine de deux ans", "sentence_change", "-2 ans"),
        # not changes: a term, a fine, or a property that names the size of the fall
        ("d", "He was jailed for two years", "sentence", "2 year"),
        ("e", "He was given a fine of £500 after his earnings fell", "fine", "£500"),
        ("f", "His sentence was reduced by 18 months", "sentence_reduction", "18 month"),
        ("g", "Revenue fell by £2m", "revenue", "£2m"),
        ("h", "He was jailed for two years, down from three", "sentence_change", "2 year"),
    ]  # fmt: skip
    assert _messages(write_files({"q.yaml": _EN + _claims(rows)})) == []


_VERBS = st.sampled_from(
    [("fell by", -1), ("was reduced by", -1), ("was cut by", -1), ("rose by", 1),
     ("was increased by", 1)]
)  # fmt: skip
_AMOUNTS = st.sampled_from(
    [("{n} years", "{n} year"), ("{n} months", "{n} month"), ("£{n}", "£{n}"),
     ("${n}", "${n}"), ("{n} days", "{n} day")]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(verb=_VERBS, amount=_AMOUNTS, number=st.integers(min_value=1, max_value=999))
def test_the_way_of_a_measure_is_its_verb(
    verb: tuple[str, int], amount: tuple[str, str], number: int
) -> None:
    words, sign = verb
    quote = f"The figure {words} {amount[0].format(n=number)}"
    said = measure_directions(quote, "en")
    assert [(d.figure, d.sign) for d in said] == [(Decimal(number), sign)]


@pytest.mark.parametrize(
    "quote",
    ["He was jailed for two years", "a fine of £500", "Il a été condamné à deux ans de prison"],
)
def test_a_measure_without_a_word_of_change_has_no_way(quote: str) -> None:
    assert measure_directions(quote, "fr" if "condamné" in quote else "en") == ()


def _base_year_findings(folder: Path, base: int, older: int, quote: str) -> list[str]:
    claims = (
        source_block(language="en", published="2026-01-27")
        + "claims:\n"
        + '  - {id: new, quote: "6,412 in 2025", subject: G, property: burglaries,'
        + ' value: "6,412", when: "2025"}\n'
        + f'  - {{id: old, quote: "7,000 in {older}", subject: G, property: burglaries,'
        + f' value: "7,000", when: "{older}"}}\n'
        + f'  - {{id: chg, quote: "{quote.format(year=base)}", subject: G,'
        + ' property: burglaries_change, value: "-8.4 %", when: "2025"}\n'
        + "checks:\n"
        + '  - {id: calc, expect: "(new - old) / old == chg"}\n'
    )
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "claims.yaml").write_text(claims, encoding="utf-8")
    report = verify_folder(folder)
    return [f.message for f in report.findings if f.rule == "change-over-its-period"]


@settings(max_examples=25, deadline=None)
@given(
    base=st.integers(min_value=1995, max_value=2024),
    older=st.integers(min_value=1995, max_value=2024),
    quote=st.sampled_from(
        ["down 8.4% on {year}", "a fall of 8.4% compared with {year}", "lower than in {year}.",
         "soit un recul de 8,4 % par rapport à {year}"]
    ),
)  # fmt: skip
def test_a_base_year_said_is_the_year_of_the_base_figure(
    base: int, older: int, quote: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("base")
    found = _base_year_findings(folder, base, older, quote)
    if base == older:
        assert found == []
    else:
        assert len(found) == 1
        assert f"a change from {base} is from the figure of {base}" in found[0]
        assert f"old ({older})" in found[0]


@pytest.mark.parametrize(
    "quote",
    [
        "up 8.4%, the highest since {year}",
        "with more than {year} officers",
        "the lowest depuis {year}",
    ],
)
def test_a_year_that_is_no_base_is_not_read(quote: str, tmp_path: Path) -> None:
    assert _base_year_findings(tmp_path, 2017, 2024, quote) == []
