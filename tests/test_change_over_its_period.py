"""change-over-its-period: a change "over a year" compares figures a year apart.

El-F10: ``taux_t3_2026 - taux_t3_2025 == taux_var_an``, the change "Sur un an" of T3 2026
computed against a base dated T3 2024, passed every rule.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.findings import Finding, Severity
from factcheck.rules import RULES
from tests.conftest import WriteFiles, source_block, verify_folder

RULE = "change-over-its-period"


def _findings(folder: Path) -> list[Finding]:
    return [f for f in verify_folder(folder).findings if f.rule == RULE]


def _file(claims: str, checks: str, *, language: str = "fr", published: str = "2031-01-01") -> str:
    return (
        source_block(source_id="src", language=language, published=published)
        + f"claims:\n{claims}checks:\n{checks}"
    )


def _in_tmp(content: str) -> list[Finding]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "claims.yaml").write_text(content, encoding="utf-8")
        return _findings(folder)


PLANTED_CLAIMS = """\
  - {id: taux_t3_2026, quote: "7,4 %", subject: France, property: unemployment_rate,
     value: "7,4 %", when: T3 2026}
  - {id: taux_t3_2025, quote: "il était de 7,1 % au troisième trimestre 2024",
     subject: France, property: unemployment_rate, value: "7,1 %", when: troisième trimestre 2024}
  - {id: taux_var_an, quote: "Sur un an, il progresse de 0,3 point", subject: France,
     property: unemployment_rate_change_year, value: "+0,3 pp", when: T3 2026}
"""


def test_the_rule_is_registered_as_an_error() -> None:
    rule = RULES[RULE]
    assert rule.SEVERITY is Severity.ERROR
    assert rule.OPTIONS == {}


def test_a_change_over_a_year_against_a_base_two_years_old_fails(write_files: WriteFiles) -> None:
    content = _file(
        PLANTED_CLAIMS,
        '  - {id: var_an_calc, expect: "taux_t3_2026 - taux_t3_2025 == taux_var_an"}\n',
    )
    folder = write_files({"claims.yaml": content})
    report = verify_folder(folder)
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert finding.severity is Severity.ERROR
    assert sorted(finding.claims) == ["taux_t3_2025", "taux_t3_2026", "taux_var_an"]
    assert finding.message == (
        "check 'var_an_calc': 'taux_var_an' is a change over a year (its property"
        " unemployment_rate_change_year), but the check compares taux_t3_2026 (T3 2026) with"
        " taux_t3_2025 (T3 2024): two years apart; a change over a year from T3 2026 is from"
        " T3 2025: compare with the figure of T3 2025, or say over how long the change is in"
        " 'taux_var_an'"
    )
    assert not report.ok  # an error: the run fails


def test_the_corrected_base_passes(write_files: WriteFiles) -> None:
    claims = PLANTED_CLAIMS.replace(
        "when: troisième trimestre 2024", "when: troisième trimestre 2025"
    )
    content = _file(claims, '  - {id: c, expect: "taux_var_an == taux_t3_2026 - taux_t3_2025"}\n')
    assert _findings(write_files({"claims.yaml": content})) == []


def test_the_property_says_which_span_when_the_quote_names_two(write_files: WriteFiles) -> None:
    claims = PLANTED_CLAIMS.replace(
        "Sur un an, il progresse de 0,3 point", "+0,1 point sur le trimestre, +0,3 point sur un an"
    )
    content = _file(claims, '  - {id: c, expect: "taux_t3_2026 - taux_t3_2025 == taux_var_an"}\n')
    (finding,) = _findings(write_files({"claims.yaml": content}))
    assert "two years apart" in finding.message


def test_a_quote_naming_two_spans_alone_is_left_alone(write_files: WriteFiles) -> None:
    claims = PLANTED_CLAIMS.replace(
        "Sur un an, il progresse de 0,3 point", "+0,1 point sur le trimestre, +0,3 point sur un an"
    ).replace("unemployment_rate_change_year", "unemployment_rate_change")
    content = _file(claims, '  - {id: c, expect: "taux_t3_2026 - taux_t3_2025 == taux_var_an"}\n')
    assert _findings(write_files({"claims.yaml": content})) == []


def test_the_rule_can_be_turned_off(write_files: WriteFiles) -> None:
    content = _file(
        PLANTED_CLAIMS, '  - {id: c, expect: "taux_t3_2026 - taux_t3_2025 == taux_var_an"}\n'
    )
    folder = write_files({"claims.yaml": content})
    report = verify_folder(folder, f'[rules."{RULE}"]\nenabled = false\n')
    assert [f for f in report.findings if f.rule == RULE] == []


def _quarter_claims(year: int, quarter: int, gap: int, quote: str) -> str:
    index = year * 4 + quarter - 1 - gap
    base_year, base_quarter = divmod(index, 4)
    return (
        f'  - {{id: now, quote: "7,4 %", subject: France, property: rate, value: "7,4 %",'
        f" when: T{quarter} {year}}}\n"
        f'  - {{id: then, quote: "7,1 %", subject: France, property: rate, value: "7,1 %",'
        f" when: T{base_quarter + 1} {base_year}}}\n"
        f'  - {{id: change, quote: "{quote}", subject: France, property: rate_change,'
        f' value: "+0,3 pp", when: T{quarter} {year}}}\n'
    )


@settings(max_examples=25, deadline=None)
@given(
    year=st.integers(2001, 2029),
    quarter=st.integers(1, 4),
    gap=st.integers(0, 9),
    span=st.sampled_from([("sur un trimestre", 1), ("Sur un an", 4)]),
)
def test_quarterly_figures_warn_unless_exactly_the_span_apart(
    year: int, quarter: int, gap: int, span: tuple[str, int]
) -> None:
    quote, quarters = span
    content = _file(
        _quarter_claims(year, quarter, gap, quote),
        '  - {id: c, expect: "now - then == change"}\n',
    )
    findings = _in_tmp(content)
    assert (findings != []) is (gap != quarters)
    if findings:
        message = findings[0].message
        if gap == 0:
            assert "the same period" in message
        elif gap % 4 == 0:
            assert f"{['one', 'two'][gap // 4 - 1]} year" in message
        else:
            assert " quarter" in message and "apart" in message


_MONTHS = [
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
]


@settings(max_examples=25, deadline=None)
@given(
    year=st.integers(2001, 2029),
    month=st.integers(1, 12),
    gap=st.integers(0, 26),
    form=st.sampled_from(
        [
            ("month on month", 1, "(now - then) / then == change"),
            ("m/m", 1, "change == now / then - 1"),
            ("from a year earlier", 12, "change == (now - then) / then"),
            ("year-on-year", 12, "now / then - 1 == change"),
        ]
    ),
)
def test_monthly_figures_warn_unless_exactly_the_span_apart(
    year: int, month: int, gap: int, form: tuple[str, int, str]
) -> None:
    quote, months, expect = form
    base_year, base_month = divmod(year * 12 + month - 1 - gap, 12)
    claims = (
        f'  - {{id: now, quote: "104", subject: US, property: price_index, value: "104",'
        f" when: {_MONTHS[month - 1]} {year}}}\n"
        f'  - {{id: then, quote: "100", subject: US, property: price_index, value: "100",'
        f" when: {_MONTHS[base_month]} {base_year}}}\n"
        f'  - {{id: change, quote: "up 4% {quote}", subject: US, property: price_growth,'
        f' value: "4 %", when: {_MONTHS[month - 1]} {year}}}\n'
    )
    findings = _in_tmp(_file(claims, f'  - {{id: c, expect: "{expect}"}}\n', language="en"))
    assert (findings != []) is (gap != months)
    if findings:
        expected_year, expected_month = divmod(year * 12 + month - 1 - months, 12)
        assert f"is from {_MONTHS[expected_month]} {expected_year}:" in findings[0].message


def test_weeks_a_year_apart_are_a_year_apart(write_files: WriteFiles) -> None:
    claims = """\
  - {id: now, quote: "18,4 %", subject: IDF, property: positivity, value: "18,4 %",
     when: du 23 au 29 novembre 2026}
  - {id: then, quote: "15,0 %", subject: IDF, property: positivity, value: "15,0 %",
     when: du 24 au 30 novembre 2025}
  - {id: change, quote: "+3,4 points en un an", subject: IDF, property: positivity_change,
     value: "+3,4 pp", when: du 23 au 29 novembre 2026}
"""
    content = _file(claims, '  - {id: c, expect: "now - then == change"}\n')
    assert _findings(write_files({"claims.yaml": content})) == []
    later = content.replace("du 24 au 30 novembre 2025", "du 1er au 7 décembre 2025")
    (finding,) = _findings(write_files({"claims.yaml": later}, folder="later"))
    assert "51 weeks apart" in finding.message


def test_a_base_of_another_length_is_named_so(write_files: WriteFiles) -> None:
    claims = PLANTED_CLAIMS.replace("when: troisième trimestre 2024", 'when: "2024"')
    content = _file(claims, '  - {id: c, expect: "taux_t3_2026 - taux_t3_2025 == taux_var_an"}\n')
    (finding,) = _findings(write_files({"claims.yaml": content}))
    assert "(2024): periods of different lengths, not a year apart" in finding.message


def test_a_base_written_more_loosely_a_year_before_passes(write_files: WriteFiles) -> None:
    claims = """\
  - {id: now, subject: électricité France, property: forward_price,
     qualifiers: {delivery: T1 2027}, value: "78 €/MWh", when: mardi 17 novembre 2026,
     quote: "elle s'échangeait mardi à 78 €/MWh"}
  - {id: then, subject: électricité France, property: forward_price,
     qualifiers: {delivery: T1 2026}, value: "62 €/MWh", when: novembre 2025,
     quote: "contre 62 €/MWh un an plus tôt"}
  - {id: rise, subject: électricité France, property: forward_price_change_1y,
     value: "+26 %", when: mardi 17 novembre 2026, quote: "une hausse de 26 %"}
"""
    content = _file(claims, '  - {id: c, expect: "(now - then) / then == rise"}\n')
    assert _findings(write_files({"claims.yaml": content})) == []
    earlier = content.replace("when: novembre 2025", "when: novembre 2024")
    (finding,) = _findings(write_files({"claims.yaml": earlier}, folder="earlier"))
    assert "then (novembre 2024): periods of different lengths, not a year apart" in finding.message


def test_a_corpus_loaded_once_reports_each_check_once() -> None:
    files = {
        f"a{n}.yaml": _file(
            PLANTED_CLAIMS.replace("taux_", f"t{n}_"),
            f'  - {{id: c{n}, expect: "t{n}_t3_2026 - t{n}_t3_2025 == t{n}_var_an"}}\n',
        ).replace("id: src", f"id: src{n}")
        for n in range(3)
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, content in files.items():
            (Path(tmp) / name).write_text(content, encoding="utf-8")
        report = factcheck.verify(factcheck.load(tmp))
    assert sorted(f.message.split(":")[0] for f in report.findings if f.rule == RULE) == [
        "check 'c0'",
        "check 'c1'",
        "check 'c2'",
    ]
