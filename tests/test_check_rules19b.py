"""Fixes of the fact-checking, obituaries and education audits (2026-12-02), E5.

A hedge that carries a check (factcheck unit F3, education F5, obituaries F5), a change of
a rate in ``%`` given without a check (education F8), a percentage change of temperatures
(obituaries F9).
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.findings import Finding
from tests.conftest import WriteFiles, source_block, verify_folder
from tests.test_check_rules19 import _findings, _of

# --- 1. a hedge that carries a check ------------------------------------------------------

_ENTRIES = """\
claims:
  - {{id: entries_2026, quote: q, subject: GCSE, property: entries, value: "{now}", when: "2026"}}
  - {{id: entries_2025, quote: q, subject: GCSE, property: entries, value: "{then}",
     when: "2025"}}
  - {{id: entries_rise, quote: q, subject: GCSE, property: entries_change, value: "{rise}",
     when: "2026"}}
checks:
  - {{id: rise, expect: "(entries_2026 - entries_2025) / entries_2025 == entries_rise"}}
"""


def test_a_growth_rate_carried_by_a_round_hedge_is_a_warning(write_files: WriteFiles) -> None:
    # "about 5.9 million, up 7.1% on 5.8 million": +1.7 % as written
    claims = _ENTRIES.format(now="~5.9 million", then="5.8 million", rise="+7.1%")
    findings = _findings(write_files, claims)
    assert not _of(findings, "holds-by-rounding")
    (warning,) = _of(findings, "sums-at-the-limit")
    assert warning.severity.label == "warning"
    assert warning.message.startswith(
        "check 'rise' holds only thanks to the ~ of 'entries_2026' ('~5.9 million', read as"
        " 5.31 to 6.49 million): at 5.9 million as written, (entries_2026 - entries_2025) /"
        " entries_2025 = 1.72 %"
    )
    assert "hedge" in warning.message
    assert "rounding" not in warning.message


def test_a_hedge_a_little_off_its_figure_is_silent(write_files: WriteFiles) -> None:
    # "about 300, up 10 % from 270": 297 needed, 1 % from 300
    findings = _findings(write_files, _ENTRIES.format(now="~300", then="270", rise="+10 %"))
    assert not _of(findings, "sums-at-the-limit")
    assert not _of(findings, "expect-holds")


_PRODUCT = """\
claims:
  - {{id: cbv, subject: CBV, property: victims, value: "398 700", when: "2025", quote: q}}
  - {{id: part, subject: CBV, property: victims_share, qualifiers: {{cadre: famille}},
     value: "53 %", when: "2025", quote: q}}
  - {{id: vif, subject: CBV, property: victims, qualifiers: {{cadre: famille}},
     value: "{hedged}", when: "2025", quote: q}}
checks:
  - {{id: calc, expect: "{expect}"}}
"""


def test_a_hedge_as_the_result_of_a_product_is_a_warning(write_files: WriteFiles) -> None:
    # "environ 230 000" for 398 700 x 53 % (211 300 as written): nothing was said
    claims = _PRODUCT.format(hedged="~230 000", expect="cbv * part == vif")
    (warning,) = _of(_findings(write_files, claims, "fr"), "sums-at-the-limit")
    assert warning.message.replace("\u202f", " ").startswith(
        "check 'calc' holds only thanks to the ~ of 'vif' ('~230 000', read as 207 000 à"
        " 253 000): at 230 000 as written, cbv * part = 211 310"
    )


def test_a_hedge_as_a_numerator_is_a_warning_not_rounding(write_files: WriteFiles) -> None:
    claims = _PRODUCT.format(hedged="~230 000", expect="vif / cbv == part")
    findings = _findings(write_files, claims, "fr")
    assert not _of(findings, "holds-by-rounding")
    (warning,) = _of(findings, "sums-at-the-limit")
    assert "vif / cbv = 57,69 %" in warning.message.replace("\u202f", " ")


def test_a_hedge_close_to_its_product_is_silent(write_files: WriteFiles) -> None:
    claims = _PRODUCT.format(hedged="~210 000", expect="cbv * part == vif")
    findings = _findings(write_files, claims, "fr")
    assert not _of(findings, "sums-at-the-limit")
    assert not _of(findings, "holds-by-rounding")


def test_a_hedged_drop_far_from_its_figures_is_a_warning(write_files: WriteFiles) -> None:
    # "from about 450 to 320, a drop of roughly 39 percent": 28.9 % as written
    claims = """\
claims:
  - {id: before, quote: q, subject: plant, property: output, value: "~450 MW", when: "2024"}
  - {id: after, quote: q, subject: plant, property: output, value: "320 MW", when: "2025"}
  - {id: drop, quote: q, subject: plant, property: output_change, value: "~-39 %",
     when: "2025"}
checks:
  - {id: c, expect: "(after - before) / before == drop"}
"""
    (warning,) = _of(_findings(write_files, claims), "sums-at-the-limit")
    assert "the ~ of 'before'" in warning.message and "'drop'" in warning.message


def test_without_sums_at_the_limit_the_hedge_is_an_info_in_its_own_words(
    write_files: WriteFiles,
) -> None:
    claims = _PRODUCT.format(hedged="~230 000", expect="cbv * part == vif")
    folder = write_files({"claims.yaml": source_block(language="fr") + claims})
    report = verify_folder(folder, "[rules.sums-at-the-limit]\nenabled = false\n")
    (info,) = [f for f in report.findings if f.rule == "holds-by-rounding"]
    assert info.message.startswith("check 'calc' holds only thanks to the ~ of 'vif'")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=20, max_value=99), st.integers(min_value=-40, max_value=40))
def test_a_hedge_is_reported_exactly_when_half_its_band_misses(
    write_files: WriteFiles, figure: int, off: int
) -> None:
    # ~N against an exact product: reported when the product is more than 5 % from N
    # (and within the 10 % band, where the check holds at all)
    product = Decimal(figure) * (100 + Decimal(off) / 4) / 100
    claims = f"""\
claims:
  - {{id: a, quote: q, subject: s, property: total, value: "{product}", when: "2025"}}
  - {{id: b, quote: q, subject: s, property: part, value: "~{figure}", when: "2025"}}
checks:
  - {{id: c, expect: "a == b"}}
"""
    findings = _findings(write_files, claims)
    reported = bool(_of(findings, "sums-at-the-limit"))
    distance = abs(product - figure) / figure
    if Decimal("0.052") < distance < Decimal("0.098"):
        assert reported
    elif distance < Decimal("0.048"):
        assert not reported


# --- 2. "une hausse de 0,4 %" of a rate, without a check ----------------------------------

_RATES = """\
claims:
  - {{id: taux_2026, quote: q, subject: bac, property: pass_rate, value: "{now}", when: "2026"}}
  - {{id: taux_2025, quote: q, subject: bac, property: pass_rate, value: "{then}",
     when: "2025"}}
  - {{id: hausse, quote: q, subject: bac, property: pass_rate_change, value: "{change}",
     when: "2026"}}
{checks}"""


def _rate_findings(write_files: WriteFiles, checks: str = "", **figures: str) -> list[Finding]:
    claims = _RATES.format(checks=checks, **figures)
    return _of(_findings(write_files, claims, "fr"), "rate-change-in-points")


def test_a_change_of_a_rate_in_percent_that_is_its_difference_is_reported(
    write_files: WriteFiles,
) -> None:
    (error,) = _rate_findings(write_files, now="45,3 %", then="44,1 %", change="+1,2 %")
    assert error.claims == ("hausse", "taux_2026", "taux_2025")
    assert error.message == (
        "'hausse' gives a change of pass_rate in % (+1,2 %), but 1,2 % is the difference of"
        " 'taux_2026' and 'taux_2025' in percentage points, not their relative change"
        ' (+2,72 %): write +1,2 pp (and "point" in the copy)'
    )


def test_a_relative_change_of_a_rate_is_not_reported(write_files: WriteFiles) -> None:
    assert not _rate_findings(write_files, now="45,3 %", then="44,1 %", change="+2,7 %")


def test_a_change_both_readings_give_is_not_reported(write_files: WriteFiles) -> None:
    # 91,1 % against 90,7 %: +0,4 pp and +0,44 %, both printed "0,4 %"
    assert not _rate_findings(write_files, now="91,1 %", then="90,7 %", change="+0,4 %")


def test_a_change_named_in_a_check_is_left_to_the_check(write_files: WriteFiles) -> None:
    checks = 'checks:\n  - {id: c, expect: "taux_2026 - taux_2025 == hausse"}\n'
    (error,) = _rate_findings(write_files, checks, now="45,3 %", then="44,1 %", change="+1,2 %")
    assert error.message.startswith("check 'c':")


# --- 3. a percentage change of temperatures -----------------------------------------------


def test_a_percentage_change_of_celsius_says_what_to_write(write_files: WriteFiles) -> None:
    claims = """\
claims:
  - {id: before, quote: q, subject: s, property: temperature, qualifiers: {p: a}, value: "450 °C"}
  - {id: after, quote: q, subject: s, property: temperature, qualifiers: {p: b}, value: "320 °C"}
  - {id: drop, quote: q, subject: s, property: temperature_change, value: "-29 %"}
checks:
  - {id: c, expect: "(after - before) / before == drop"}
"""
    (error,) = _of(_findings(write_files, claims), "check-undecidable")
    assert error.message == (
        "check 'c' cannot be decided: in '(after - before) / before': a temperature in °C is"
        " no amount to take a percentage of (0 °C is not its zero): write the change of"
        " temperature in Δ°C (after - before == drop, the drop's value in delta_degC:"
        ' "-130 delta_degC"), or a ratio from a true zero, with the temperatures in kelvin (K)'
    )


def test_the_change_it_suggests_holds(write_files: WriteFiles) -> None:
    claims = """\
claims:
  - {id: before, quote: q, subject: s, property: temperature, qualifiers: {p: a}, value: "450 °C"}
  - {id: after, quote: q, subject: s, property: temperature, qualifiers: {p: b}, value: "320 °C"}
  - {id: drop, quote: q, subject: s, property: temperature_change, value: "-130 delta_degC"}
checks:
  - {id: c, expect: "after - before == drop"}
"""
    findings = _findings(write_files, claims)
    assert not _of(findings, "check-undecidable")
    assert not _of(findings, "expect-holds")
