"""Deciding explicit checks: evaluate_check, order_outcome and decide."""

from __future__ import annotations

import calendar
import contextlib
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import Period, parse_date
from factcheck.explicit import decide, evaluate_check, order_outcome
from factcheck.expressions import EvaluationError, parse_expression
from factcheck.model import Check, Claim, Source
from factcheck.values import Truth, parse_value
from tests.conftest import WriteFiles, source_block, verify_folder

PUBLISHED = date(2015, 7, 27)


def _source(language: str) -> Source:
    return Source(id="src", title="t", publisher="p", published=PUBLISHED, language=language)


def make_claim(
    claim_id: str, value: str | None = None, when: str | None = None, language: str = "fr"
) -> Claim:
    """A claim as loading would leave it (an unreadable value or date stays None)."""
    claim = Claim(id=claim_id, quote="q", subject="s", property="p", value=value, when=when)
    claim._source = _source(language)
    if value is not None:
        with contextlib.suppress(ValueError):
            claim._value = parse_value(value, language)
    if when is not None:
        with contextlib.suppress(ValueError):
            claim._period = parse_date(when, language, PUBLISHED)
    return claim


def expect(text: str, language: str = "fr", *, parsed: bool = True) -> Check:
    check = Check(id="c", expect=text)
    check._source = _source(language)
    if parsed:
        check._expression = parse_expression(text)
    return check


def order(*names: str, language: str = "fr") -> Check:
    check = Check(id="o", order=list(names))
    check._source = _source(language)
    return check


def index(*claims: Claim) -> dict[str, Claim]:
    return {claim.id: claim for claim in claims}


SHARES = index(
    make_claim("orange", "44,4 %"), make_claim("thales", "22,2 %"), make_claim("cdc", "33,3 %")
)
TIMELINE = index(
    make_claim("cloudwatt_launch", when="septembre 2012"),
    make_claim("cloudwatt_takeover", when="mars 2015"),
    make_claim("state_cloud_contract_announced", when="lundi 27 juillet"),
)


# --- evaluate_check ----------------------------------------------------------------


def test_a_comparison_that_holds() -> None:
    claims = index(make_claim("france", "12 %"), make_claim("eu", "19 %"))
    outcome = evaluate_check(expect("france < eu"), claims)
    assert outcome.truth is Truth.HOLDS
    assert outcome.explanation == "france = 12 % (11,5 à 12,5 %) < eu = 19 % (18,5 à 19,5 %)"


def test_a_comparison_that_fails_is_explained_in_the_checks_language() -> None:
    claims = index(
        make_claim("france_cloud_use_2014", "21 %"), make_claim("eu_cloud_use_2014", "19 %")
    )
    outcome = evaluate_check(expect("france_cloud_use_2014 < eu_cloud_use_2014"), claims)
    assert outcome.truth is Truth.FAILS
    assert outcome.explanation == (
        "france_cloud_use_2014 = 21 % (20,5 à 21,5 %), not < "
        "eu_cloud_use_2014 = 19 % (18,5 à 19,5 %)"
    )
    english = evaluate_check(expect("france_cloud_use_2014 < eu_cloud_use_2014", "en"), claims)
    assert "21 % (20.5 to 21.5 %)" in english.explanation


def test_shares_summing_to_100_only_within_rounding() -> None:
    outcome = evaluate_check(expect("sum(orange, thales, cdc) == 100 %"), SHARES)
    assert outcome.truth is Truth.ROUNDING
    assert "99,9 %" in outcome.explanation
    assert evaluate_check(expect("orange + thales + cdc > 101 %"), SHARES).truth is Truth.FAILS


def test_an_expression_not_yet_parsed_is_parsed() -> None:
    assert evaluate_check(expect("orange > thales", parsed=False), SHARES).truth is Truth.HOLDS
    with pytest.raises(EvaluationError, match="cannot be read"):
        evaluate_check(expect("orange > > thales", parsed=False), SHARES)


@pytest.mark.parametrize(
    ("text", "claims", "message"),
    [
        ("orange < eu", SHARES, "unknown claim 'eu'"),
        ("lag < orange", index(make_claim("lag"), *SHARES.values()), "claim 'lag' has no value"),
        (
            "x < orange",
            index(make_claim("x", "douze pour cent"), *SHARES.values()),
            "claim 'x' has a value that cannot be read ('douze pour cent')",
        ),
        (
            "orange < revenue",
            index(make_claim("revenue", "2 million EUR"), *SHARES.values()),
            "in 'orange < revenue': cannot compare",
        ),
        ("orange + thales", SHARES, "'orange + thales' is a number, not a condition"),
        (
            "orange / zero > 1",
            index(make_claim("zero", "0"), *SHARES.values()),
            "cannot divide by zero = 0",
        ),
    ],
)
def test_checks_that_cannot_be_decided(text: str, claims: dict[str, Claim], message: str) -> None:
    with pytest.raises(EvaluationError) as raised:
        evaluate_check(expect(text), claims)
    assert message in raised.value.message


def test_every_claim_is_resolved_even_when_and_or_could_skip_it() -> None:
    claims = index(make_claim("lag"), *SHARES.values())
    with pytest.raises(EvaluationError, match="'lag' has no value"):
        evaluate_check(expect("orange > thales or lag > 1"), claims)


def test_the_wrong_kind_of_check_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="not an 'expect' check") as raised:
        evaluate_check(order("orange", "thales"), SHARES)
    assert not isinstance(raised.value, EvaluationError)
    with pytest.raises(ValueError, match="not an 'order' check"):
        order_outcome(expect("orange > thales"), SHARES)


def test_outcomes_are_deterministic() -> None:
    check = expect("sum(orange, thales, cdc) == 100 %")
    assert evaluate_check(check, SHARES) == evaluate_check(check, SHARES)
    timeline = order(*TIMELINE)
    assert order_outcome(timeline, TIMELINE) == order_outcome(timeline, TIMELINE)


# --- order_outcome -------------------------------------------------------------------


def test_the_seed_timeline_holds() -> None:
    outcome = order_outcome(order(*TIMELINE), TIMELINE)
    assert outcome.truth is Truth.HOLDS
    assert outcome.explanation == (
        "cloudwatt_launch (septembre 2012) is before cloudwatt_takeover (mars 2015); "
        "cloudwatt_takeover (mars 2015) is before state_cloud_contract_announced (27 juillet 2015)"
    )


def test_a_reversed_pair_fails_and_only_failing_pairs_explain() -> None:
    check = order("cloudwatt_launch", "state_cloud_contract_announced", "cloudwatt_takeover")
    outcome = order_outcome(check, TIMELINE)
    assert outcome.truth is Truth.FAILS
    assert outcome.explanation == (
        "state_cloud_contract_announced (27 juillet 2015) is after cloudwatt_takeover (mars 2015)"
    )


def test_dates_are_described_in_the_checks_language() -> None:
    check = order("cloudwatt_takeover", "cloudwatt_launch", language="en")
    outcome = order_outcome(check, TIMELINE)
    assert outcome.explanation == (
        "cloudwatt_takeover (March 2015) is after cloudwatt_launch (September 2012)"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [("mars 2015", "27 mars 2015"), ("27 mars 2015", "mars 2015"), ("2015", "2015-07-27")],
)
def test_overlapping_periods_hold_only_within_their_precision(first: str, second: str) -> None:
    claims = index(make_claim("a", when=first), make_claim("b", when=second))
    outcome = order_outcome(order("a", "b"), claims)
    assert outcome.truth is Truth.ROUNDING
    assert outcome.explanation.startswith("a (")
    assert "overlap" in outcome.explanation


@pytest.mark.parametrize(
    ("claims", "message"),
    [
        (index(make_claim("a", when="2014")), "unknown claim 'b'"),
        (index(make_claim("a", when="2014"), make_claim("b")), "claim 'b' has no date ('when')"),
        (
            index(make_claim("a", when="2014"), make_claim("b", when="plus tard")),
            "claim 'b' has a date that cannot be read ('plus tard')",
        ),
    ],
)
def test_orders_that_cannot_be_decided(claims: dict[str, Claim], message: str) -> None:
    with pytest.raises(EvaluationError) as raised:
        order_outcome(order("a", "b"), claims)
    assert raised.value.message == message


def test_a_broken_claim_is_reported_even_after_a_failing_pair() -> None:
    claims = index(make_claim("a", when="2016"), make_claim("b", when="2014"), make_claim("c"))
    with pytest.raises(EvaluationError, match="'c' has no date"):
        order_outcome(order("a", "b", "c"), claims)


def test_decide_dispatches_on_the_kind() -> None:
    assert decide(order(*TIMELINE), TIMELINE).truth is Truth.HOLDS
    assert decide(expect("orange > thales"), SHARES).truth is Truth.HOLDS


def _day(d: date) -> Period:
    return Period(d, d, "day", d.isoformat())


def _month(d: date) -> Period:
    last = calendar.monthrange(d.year, d.month)[1]
    return Period(d.replace(day=1), d.replace(day=last), "month", d.strftime("%Y-%m"))


def _year(d: date) -> Period:
    return Period(date(d.year, 1, 1), date(d.year, 12, 31), "year", str(d.year))


GRANULARITY = st.sampled_from([_day, _month, _year])
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def _dated(claim_id: str, period: Period) -> Claim:
    claim = make_claim(claim_id)
    claim._period = period
    return claim


@given(DATES, DATES, GRANULARITY, GRANULARITY)
def test_dates_in_order_never_fail_whatever_their_granularity(
    x: date,
    y: date,
    first: Callable[[date], Period],
    second: Callable[[date], Period],
) -> None:
    early, late = sorted((x, y))
    claims = index(_dated("a", first(early)), _dated("b", second(late)))
    assert order_outcome(order("a", "b"), claims).truth is not Truth.FAILS


@given(DATES, DATES)
def test_days_hold_in_order_and_on_one_day_and_fail_when_reversed(x: date, y: date) -> None:
    claims = index(_dated("a", _day(x)), _dated("b", _day(y)))
    truth = order_outcome(order("a", "b"), claims).truth
    expected = Truth.HOLDS if x <= y else Truth.FAILS  # one day: no precision can order them
    assert truth is expected


# --- through verify ----------------------------------------------------------------


def test_an_unknown_id_is_one_finding_of_unknown_reference(write_files: WriteFiles) -> None:
    folder = write_files(
        {
            "claims.yaml": source_block()
            + """\
claims:
  - {id: france_use, quote: "12%", subject: France, property: use, value: "12 %"}
checks:
  - {id: c, expect: "france_use < eu_use"}
  - {id: o, order: [france_use, launch]}
"""
        }
    )
    report = verify_folder(folder)
    rules = sorted(f.rule for f in report.findings if f.severity.label == "error")
    assert rules == ["unknown-reference", "unknown-reference"]
