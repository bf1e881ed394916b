"""Property tests of the arithmetic rules: share-of-count (GRIM) and same-fact-same-value."""

from __future__ import annotations

import decimal
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.findings import Location, Problem
from factcheck.model import Claim, Corpus, Document
from factcheck.rules import same_fact_same_value, share_of_count
from factcheck.rules.base import Context, Rule
from factcheck.values import parse_value

NEAREST = (decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN)


def _claim(claim_id: str, value: str, *, line: int, of: str | None = None) -> Claim:
    claim = Claim(
        id=claim_id, quote=value, subject="survey", property=f"p_{claim_id}", value=value, of=of
    )
    claim._value = parse_value(value, "en")
    claim._location = Location("claims.yaml", line, 5)
    return claim


def _same_fact(claim_id: str, value: str, line: int) -> Claim:
    claim = _claim(claim_id, value, line=line)
    claim.property = "enterprise_cloud_use"
    return claim


def _run(rule: Rule, claims: list[Claim], **options: object) -> list[Problem]:
    context = Context(Corpus([Document("claims.yaml", claims=claims)]), options)
    return list(rule.check(context))


def _written(x: Decimal, decimals: int, rounding: str) -> str:
    """Write x as a journalist would, to a number of decimals."""
    return str(x.quantize(Decimal(1).scaleb(-decimals), rounding=rounding))


def _grim(count: str, share: str) -> list[Problem]:
    claims = [_claim("asked", count, line=8), _claim("share", share, line=9, of="asked")]
    return _run(share_of_count, claims, max_counts=1000)


@settings(deadline=None)  # the first example loads the unit registry
@given(
    st.integers(1, 200).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))),
    st.sampled_from([0, 1, 2]),
    st.sampled_from(NEAREST),
    st.sampled_from(["", " person"]),
)
def test_any_true_percentage_of_a_count_passes(
    nk: tuple[int, int], decimals: int, rounding: str, unit: str
) -> None:
    n, k = nk
    percent = Decimal(100 * k) / Decimal(n)
    share = _written(percent, decimals, rounding) + " %"
    assert _grim(f"{n}{unit}", share) == [], (n, k, share)


@settings(deadline=None)  # the first example loads the unit registry
@given(st.integers(1, 200), st.integers(0, 10000), st.sampled_from([0, 1, 2]))
def test_grim_agrees_with_brute_force(n: int, hundredths: int, decimals: int) -> None:
    written = Decimal(hundredths).scaleb(-2).quantize(Decimal(1).scaleb(-decimals))
    half = Decimal(5).scaleb(-decimals - 1)
    lowest, highest = Fraction(written - half), Fraction(written + half)
    possible = any(lowest <= Fraction(100 * k, n) <= highest for k in range(n + 1))
    problems = _grim(str(n), f"{written} %")
    assert (problems == []) == possible, (n, written, problems)
    if problems:
        assert f"of {n} (asked) is impossible with whole units: " in problems[0].message


@settings(deadline=None)  # the first example loads the unit registry
@given(
    st.integers(0, 10**6).map(lambda x: Decimal(x).scaleb(-4)),
    st.lists(st.sampled_from([0, 1, 2, 3]), min_size=2, max_size=5),
    st.sampled_from(NEAREST),
    st.sampled_from([" %", " person", ""]),
)
def test_one_true_value_written_at_any_precisions_agrees(
    true: Decimal, precisions: list[int], rounding: str, unit: str
) -> None:
    claims = [
        _same_fact(f"report_{i}", _written(true, decimals, rounding) + unit, line=8 + i)
        for i, decimals in enumerate(precisions)
    ]
    assert _run(same_fact_same_value, claims) == []


@settings(deadline=None)  # the first example loads the unit registry
@given(st.lists(st.integers(0, 400).map(lambda x: Decimal(x).scaleb(-1)), min_size=2, max_size=6))
def test_same_fact_reports_exactly_when_no_value_is_shared(
    figures: list[Decimal],
) -> None:
    # Written with one decimal, each figure f stands for [f - 0.05, f + 0.05]; each report
    # is another outlet's (one article printing two figures is the next test's case).
    claims = [_same_fact(f"r{i}", f"{f} %", line=8 + i) for i, f in enumerate(figures)]
    for i, claim in enumerate(claims):
        claim._location = Location(f"outlet_{i}.yaml", 8, 5)
    problems = _run(same_fact_same_value, claims)
    assert (problems == []) == (max(figures) - min(figures) <= Decimal("0.1"))
    for problem in problems:  # each names the later claim first, then an earlier one
        later, earlier = problem.claims
        assert int(later[1:]) > int(earlier[1:])


@settings(deadline=None)
@given(st.lists(st.integers(0, 400).map(lambda x: Decimal(x).scaleb(-1)), min_size=2, max_size=6))
def test_one_article_reports_exactly_when_it_prints_two_figures(figures: list[Decimal]) -> None:
    # One file, one precision: any two different figures are one figure printed two ways.
    claims = [_same_fact(f"r{i}", f"{f} %", line=8 + i) for i, f in enumerate(figures)]
    problems = _run(same_fact_same_value, claims)
    assert (problems == []) == (len(set(figures)) == 1)
