"""Checks that hold or fail for the wrong reason: a `~` hint, a hedge, a ratio, points.

From the 2026-12-02 audits (housing F3 and F4, energy F2, elections F8, health F8).
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.findings import Finding
from factcheck.rules.sums_at_the_limit import _uniform_sum_tail
from tests.conftest import WriteFiles, source_block, verify_folder


def _findings(write_files: WriteFiles, claims: str, language: str = "en") -> list[Finding]:
    folder = write_files({"claims.yaml": source_block(language=language) + claims})
    return list(verify_folder(folder).findings)


def _of(findings: list[Finding], rule: str) -> list[Finding]:
    return [finding for finding in findings if finding.rule == rule]


# --- 1. no `~` hint that hides a real error (housing F3) ---------------------------------

_SPEED = """\
claims:
  - {{id: kmh, quote: q, subject: Eurostar, property: max_speed, value: "300 km/h"}}
  - {{id: mph, quote: q, subject: Eurostar, property: max_speed_mph, value: "{mph} mph"}}
checks:
  - {{id: conv, expect: "kmh == mph"}}
"""


def test_a_wrong_conversion_gets_no_tilde_hint(write_files: WriteFiles) -> None:
    (error,) = _of(_findings(write_files, _SPEED.format(mph=168)), "expect-holds")
    assert error.message.endswith("= 270.37 km/h (269.56 to 271.18 km/h)")
    assert "~" not in error.message


def test_a_conversion_within_its_rounding_still_holds(write_files: WriteFiles) -> None:
    assert not _of(_findings(write_files, _SPEED.format(mph=186)), "expect-holds")


def test_a_computed_figure_ten_percent_off_a_round_one_gets_no_hint(
    write_files: WriteFiles,
) -> None:
    (error,) = _of(
        _findings(
            write_files,
            """\
claims:
  - {id: ventes, quote: q, subject: F, property: ventes, value: "985 500"}
  - {id: par_jour, quote: q, subject: F, property: par_jour, value: "3 000"}
checks:
  - {id: c, expect: "ventes / 365 == par_jour"}
""",
            "fr",
        ),
        "expect-holds",
    )
    assert "round figure" not in error.message  # 2 700 a day is no 3 000


def test_a_round_figure_close_to_the_computed_one_keeps_its_hint(write_files: WriteFiles) -> None:
    (error,) = _of(
        _findings(
            write_files,
            """\
claims:
  - {id: ventes, quote: q, subject: F, property: ventes, value: "870 000"}
  - {id: par_jour, quote: q, subject: F, property: par_jour, value: "2 380"}
checks:
  - {id: c, expect: "ventes / 365 == par_jour"}
""",
            "fr",
        ),
        "expect-holds",
    )
    assert error.message.endswith("(if 2 380 is a round figure, write ~2 380)")


# --- 2. holding only thanks to a hedge (energy F2) ---------------------------------------

_HEDGE = """\
claims:
  - {{id: plateau, subject: world, quote: q, property: oil_demand,
     value: "{plateau}", when: "2029"}}
  - {{id: now, subject: world, quote: q, property: oil_demand, value: "103.8 mb/d", when: "2025"}}
  - {{id: rise, subject: world, quote: q, property: oil_demand_change,
     value: "{rise}", when: "2029"}}
checks:
  - {{id: c, expect: "(plateau - now) / now == rise"}}
"""


def test_a_check_holding_only_through_a_precise_hedge_is_a_warning(
    write_files: WriteFiles,
) -> None:
    findings = _findings(write_files, _HEDGE.format(plateau="~105.6 mb/d", rise="+5 %"))
    assert not _of(findings, "holds-by-rounding")  # no "only thanks to rounding"
    (warning,) = _of(findings, "sums-at-the-limit")
    assert warning.severity.label == "warning"
    assert warning.message.startswith(
        "check 'c' holds only thanks to the ~ of 'plateau' ('~105.6 mb/d', read as 95 to"
        " 116.2 Mbbl/day): at 105.6 mb/d as written, (plateau - now) / now = 1.734 %"
    )
    assert "not == rise = 5 % (4.5 to 5.5 %): is the figure or the check wrong?" in (
        warning.message
    )


def test_a_precise_hedge_that_holds_as_written_is_not_reported(write_files: WriteFiles) -> None:
    findings = _findings(write_files, _HEDGE.format(plateau="~105.6 mb/d", rise="+1.7 %"))
    assert not _of(findings, "sums-at-the-limit")


def test_a_round_hedge_keeps_its_band(write_files: WriteFiles) -> None:
    # "around 110 mb/d": two significant digits, the `~` says how far it may be
    findings = _findings(write_files, _HEDGE.format(plateau="~110 mb/d", rise="+9 %"))
    assert not _of(findings, "sums-at-the-limit")


def test_one_in_eight_as_a_hedged_percentage_keeps_its_band(write_files: WriteFiles) -> None:
    findings = _findings(
        write_files,
        """\
claims:
  - {id: ponctualite, quote: q, subject: RER B, property: punctuality, value: "87,3 %"}
  - {id: un_sur_huit, quote: "un sur huit", subject: RER B, property: late_share, value: "~12,5 %"}
checks:
  - {id: c, expect: "100 % - ponctualite == un_sur_huit"}
""",
        "fr",
    )
    assert not _of(findings, "sums-at-the-limit")


def test_the_hedge_is_an_info_in_its_own_words_without_sums_at_the_limit(
    write_files: WriteFiles,
) -> None:
    folder = write_files(
        {
            "claims.yaml": source_block(language="en")
            + _HEDGE.format(plateau="~105.6 mb/d", rise="+5 %")
        }
    )
    report = verify_folder(folder, "[rules.sums-at-the-limit]\nenabled = false\n")
    (info,) = [f for f in report.findings if f.rule == "holds-by-rounding"]
    assert info.rule == "holds-by-rounding"
    assert "only thanks to the ~ of 'plateau'" in info.message
    assert "rounding" not in info.message.split(":")[0]


# --- 3. ratios and growth rates at the limit (housing F4) --------------------------------

_GROWTH = """\
claims:
  - {{id: oct26, quote: q, subject: Heathrow, property: passengers,
     value: "7.1 million", when: October 2026}}
  - {{id: oct25, quote: q, subject: Heathrow, property: passengers,
     value: "6.9 million", when: October 2025}}
  - {{id: growth, quote: q, subject: Heathrow, property: passengers_change,
     value: "{growth} %", when: October 2026}}
checks:
  - {{id: g, expect: "(oct26 - oct25) / oct25 == growth"}}
"""


def test_a_growth_rate_a_point_off_its_rounded_levels_is_a_warning(
    write_files: WriteFiles,
) -> None:
    findings = _findings(write_files, _GROWTH.format(growth="3.9"))
    assert not _of(findings, "holds-by-rounding")
    (warning,) = _of(findings, "sums-at-the-limit")
    assert warning.message == (
        "check 'g': (oct26 - oct25) / oct25 = 2.9 % (1.43 to 4.38 %) == growth = 3.9 %"
        " (3.85 to 3.95 %) only if rounding moved its figures that far apart, which it does"
        " to 1 check of 3 figures in 10: is one of oct26, oct25 or growth wrong?"
    )


def test_a_growth_rate_half_a_point_off_is_only_an_info(write_files: WriteFiles) -> None:
    findings = _findings(write_files, _GROWTH.format(growth="3.4"))
    assert not _of(findings, "sums-at-the-limit")
    assert _of(findings, "holds-by-rounding")


def test_a_share_of_exact_counts_printed_as_rounded_is_not_reported(
    write_files: WriteFiles,
) -> None:
    findings = _findings(
        write_files,
        """\
claims:
  - {id: blancs, quote: q, subject: vote, property: blank, value: "1 200 person"}
  - {id: votants, quote: q, subject: vote, property: voters, value: "17 763 person"}
  - {id: part, quote: q, subject: vote, property: blank_share, value: "6,8 %"}
checks:
  - {id: c, expect: "blancs / votants == part"}
""",
        "fr",
    )
    assert not _of(findings, "sums-at-the-limit")


def test_a_ratio_against_a_tilde_constant_is_left_alone(write_files: WriteFiles) -> None:
    findings = _findings(
        write_files,
        """\
claims:
  - {id: now, quote: q, subject: beds, property: beds, value: "1 160"}
  - {id: before, quote: q, subject: beds, property: beds_before, value: "600"}
checks:
  - {id: c, expect: "now / before == ~2"}
""",
    )
    assert not _of(findings, "sums-at-the-limit")


def test_the_tail_of_three_unit_errors_is_irwin_hall() -> None:
    # errors of three figures each within ±0,5 add up to 1 or more, either way: 1 in 24
    assert abs(_uniform_sum_tail((Decimal(1),) * 3, Decimal(1)) - 1 / 24) < 1e-12


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 20), min_size=1, max_size=5),
    st.integers(0, 100),
)
def test_the_tail_is_a_chance_that_falls_with_the_gap(widths: list[int], percent: int) -> None:
    steps = tuple(sorted(Decimal(w) for w in widths))
    half = sum(steps) / 2
    gap = half * percent / 100
    chance = _uniform_sum_tail(steps, gap)
    assert 0 <= chance <= 1
    assert _uniform_sum_tail(steps, gap + Decimal("0.1")) <= chance + 1e-12
    if percent == 100:
        assert chance == 0


# --- 4. "points" for a change of a rate (elections F8, health F8) ------------------------


def test_a_change_of_a_rate_in_score_points_is_reported(write_files: WriteFiles) -> None:
    findings = _findings(
        write_files,
        """\
claims:
  - {id: t3, quote: q, subject: France, property: unemployment_rate, value: "7,4 %", when: T3 2026}
  - {id: var, quote: q, subject: France, property: unemployment_rate_change,
     value: "+0,1 point", when: T3 2026}
""",
        "fr",
    )
    (error,) = _of(findings, "rate-change-in-points")
    assert error.claims == ("var", "t3")
    assert error.message == (
        "'var' gives a change of unemployment_rate in points of a score (+0,1 point), but"
        " 't3' gives unemployment_rate of France in %: a change of a rate is in percentage"
        " points, write +0,1 pp ('points' alone are a score's or an index's)"
    )


def test_a_change_of_an_index_in_points_is_not_reported(write_files: WriteFiles) -> None:
    findings = _findings(
        write_files,
        """\
claims:
  - {id: cac, quote: q, subject: CAC 40, property: cac40, value: "7 950 points"}
  - {id: up, quote: q, subject: CAC 40, property: cac40_change, value: "+52 points"}
  - {id: pct, quote: q, subject: CAC 40, property: cac40_change_pct, value: "+0,7 %"}
""",
        "fr",
    )
    assert not _of(findings, "rate-change-in-points")


def test_a_change_in_points_of_another_subjects_rate_is_not_reported(
    write_files: WriteFiles,
) -> None:
    findings = _findings(
        write_files,
        """\
claims:
  - {id: rate, quote: q, subject: France, property: positivity, value: "18,4 %"}
  - {id: var, quote: q, subject: Score, property: positivity_change, value: "+3 points"}
""",
        "fr",
    )
    assert not _of(findings, "rate-change-in-points")
