"""The built-in vocabulary of a business desk (business desk, audit 20, findings 7 and 8).

A company's split of its revenue by region, segment or product is a share of a whole:
"46 % of sales in Europe, 31 % in the Americas, 20 % in Asia-Pacific and 6 % elsewhere"
adds up to 103 % and fails, with no configuration. A dividend per share is set to the
cent: "3,40 EUR against 3,20 EUR, up 6,5 %" fails (the rise is 6,25 %), where a rounded
3,40 (3,395 to 3,405) let it pass as rounding. Earnings per share stay rounded: they are
a quotient (net income over the shares), printed to the cent.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import verify_folder
from tests.test_quote_rules19 import findings

_HEAD = "source: {id: s, title: t, publisher: p, published: 2026-02-26, language: fr}\nclaims:\n"


def _regions(shares: list[int], property_name: str = "revenue_share") -> str:
    return _HEAD + "".join(
        f"  - {{id: r{i}, quote: 'la région {i} pèse {share} % des ventes', subject: Fermelec,"
        f" property: {property_name}, qualifiers: {{region: r{i}}}, value: '{share} %',"
        " when: '2025'}\n"
        for i, share in enumerate(shares)
    )


def test_a_split_of_revenue_over_the_whole_fails(tmp_path: Path) -> None:
    messages = findings(tmp_path, _regions([46, 31, 20, 6]), "shares-sum-to-whole")
    assert len(messages) == 1
    assert "sum to 103 % (101 à 105 %), more than 100 %" in messages[0]


@pytest.mark.parametrize(
    "shares",
    [
        [46, 31, 17, 6],  # the article as printed: 100 %
        [60, 25, 16],  # 101 % as printed, 100 % within rounding
        [81],  # one segment alone says nothing of the others
        [46, 31],  # the two main regions: the rest may be anything
    ],
)
def test_a_split_of_revenue_that_can_reach_the_whole_passes(
    tmp_path: Path, shares: list[int]
) -> None:
    assert findings(tmp_path, _regions(shares), "shares-sum-to-whole") == []


@pytest.mark.parametrize("name", ["revenue_share", "sales_share"])
def test_every_name_of_a_split_of_sales_is_a_share(tmp_path: Path, name: str) -> None:
    assert findings(tmp_path, _regions([50, 30, 25], name), "shares-sum-to-whole")


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.integers(min_value=1, max_value=60), min_size=2, max_size=5))
def test_a_split_fails_exactly_when_its_least_sum_exceeds_the_whole(
    tmp_path: Path, shares: list[int]
) -> None:
    least = sum(shares) - Decimal("0.5") * len(shares)
    reported = findings(tmp_path, _regions(shares), "shares-sum-to-whole") != []
    assert reported == (least > 100)


# --- dividends per share are set to the cent ---------------------------------------------


def _dividends(now: str, before: str, change: str) -> str:
    return _HEAD + (
        f"  - {{id: d25, quote: 'un dividende de {now} euros', subject: Fermelec,"
        f" property: dividend_per_share, value: '{now} EUR', when: '2025'}}\n"
        f"  - {{id: d24, quote: 'contre {before} euros', subject: Fermelec,"
        f" property: dividend_per_share, value: '{before} EUR', when: '2024'}}\n"
        f"  - {{id: dv, quote: 'en hausse de {change} %', subject: Fermelec,"
        f" property: dividend_per_share_change, value: '+{change} %', when: '2025'}}\n"
        "checks:\n"
        "  - {id: c, expect: '(d25 - d24) / d24 == dv'}\n"
    )


def _failures(tmp_path: Path, yaml: str) -> list[str]:
    return findings(tmp_path, yaml, "expect-holds") + findings(tmp_path, yaml, "sums-at-the-limit")


def test_a_dividend_rise_off_by_a_quarter_point_fails(tmp_path: Path) -> None:
    messages = findings(tmp_path, _dividends("3,40", "3,20", "6,5"), "expect-holds")
    assert len(messages) == 1 and "6,25 %" in messages[0]


def test_the_dividend_rise_as_printed_passes(tmp_path: Path) -> None:
    assert _failures(tmp_path, _dividends("3,40", "3,20", "6,3")) == []


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    before=st.integers(min_value=50, max_value=900),
    rise=st.integers(min_value=1, max_value=200),
    off=st.sampled_from([-2, 0, 2]),
)
def test_a_dividend_rise_passes_exactly_when_it_is_the_rise_to_a_tenth(
    tmp_path: Path, before: int, rise: int, off: int
) -> None:
    now = before + rise
    rate = (Decimal(rise) * 100 / Decimal(before)).quantize(Decimal("0.1"))
    written = rate + Decimal(off) / 10
    if written <= 0:
        return
    yaml = _dividends(
        f"{Decimal(now) / 100:.2f}".replace(".", ","),
        f"{Decimal(before) / 100:.2f}".replace(".", ","),
        f"{written}".replace(".", ","),
    )
    errors = findings(tmp_path, yaml, "expect-holds")
    assert (errors == []) == (off == 0)


def test_earnings_per_share_stay_rounded(tmp_path: Path) -> None:
    # "net income of $512 million, $2.09 a share on 245 million shares": 2,0898 as computed
    yaml = (
        "source: {id: s, title: t, publisher: p, published: 2025-11-20, language: en}\n"
        "claims:\n"
        "  - {id: ni, quote: 'net income of $512 million', subject: C, property: net_income,"
        " value: '$512 million', when: '2025'}\n"
        "  - {id: sh, quote: '245 million shares', subject: C, property: shares_outstanding,"
        " value: '245 million', when: '2025'}\n"
        "  - {id: eps, quote: '$2.09 a share', subject: C, property: earnings_per_share,"
        " value: '$2.09', when: '2025'}\n"
        "checks:\n"
        "  - {id: c, expect: 'ni / sh == eps'}\n"
    )
    assert _failures(tmp_path, yaml) == []


# --- the width of "~" (finding 5): 10 % by default, 3 % for a desk whose hedges round ----

_MARKET_CAP = _HEAD + (
    "  - {id: px, quote: 'clôturé à 88,12 euros', subject: Fermelec, property: share_price,"
    " value: '88,12 EUR', when: mercredi 25 février 2026}\n"
    "  - {id: n, quote: '182,4 millions d’actions', subject: Fermelec,"
    " property: shares_outstanding, value: '182,4 millions', when: '2025'}\n"
    "  - {id: cap, quote: 'environ 16,9 milliards d’euros', subject: Fermelec,"
    " property: market_cap, value: '~16,9 milliards EUR', when: mercredi 25 février 2026}\n"
    "checks:\n"
    "  - {id: c, expect: 'px * n == cap'}\n"
)


def _rules(tmp_path: Path, yaml: str, approx: str | None) -> list[tuple[str, str]]:
    (tmp_path / "claims.yaml").write_text(yaml, encoding="utf-8")
    report = verify_folder(tmp_path, None if approx is None else f"approx = {approx}\n")
    return [(f.rule, f.severity.label) for f in report.findings]


def test_a_hedge_on_a_precise_figure_off_by_5_percent_is_a_warning_by_default(
    tmp_path: Path,
) -> None:
    # 88,12 x 182,4 millions is 16,07 milliards: "environ 16,9" is 5 % off
    assert _rules(tmp_path, _MARKET_CAP, None) == [("sums-at-the-limit", "warning")]


def test_approx_3_percent_makes_it_an_error(tmp_path: Path) -> None:
    assert ("expect-holds", "error") in _rules(tmp_path, _MARKET_CAP, "0.03")


def test_roughly_a_third_for_32_percent_passes_by_default(tmp_path: Path) -> None:
    yaml = _HEAD + (
        "  - {id: a, quote: 'soit 32,2 % des copies', subject: E, property: share_of_entries,"
        " value: '32,2 %', when: '2026'}\n"
        "  - {id: b, quote: 'environ un tiers des copies', subject: E,"
        " property: share_of_entries, value: '~33,3 %', when: '2026'}\n"
    )
    assert _rules(tmp_path, yaml, None) == []
