"""The expression language as the wire and local desks write checks.

A count of persons written bare divides a total into a figure per head; ``published``
is the article's day in date functions; two events of one day are in order; a bound
(``>12 millions``) is read at its figure to say when a check holds only thanks to it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.dates import Period
from factcheck.explicit import open_bound, order_outcome, periods_of
from factcheck.expressions import (
    PUBLISHED,
    RESERVED,
    Call,
    Claim,
    EvaluationError,
    ExpressionError,
    evaluate_values,
    parse_expression,
    render,
)
from factcheck.model import Check
from factcheck.model import Claim as ClaimRecord
from factcheck.units import parse_unit
from factcheck.values import Interval, Quantity, Truth, parse_value


def _value(text: str, language: str = "fr") -> Quantity:
    return parse_value(text, language).quantity


# --- a count written bare divides a total into a figure per person ----------------------


def test_a_total_over_a_bare_population_is_per_person() -> None:
    expression = parse_expression("dette / population == par_habitant")
    values = {
        "dette": _value("5,2 M€"),
        "population": _value("7 412"),
        "par_habitant": _value("702 € par habitant"),
    }
    outcome = evaluate_values(expression, values, "fr")
    assert outcome.truth is Truth.ROUNDING  # 701,6 printed as 702
    values["par_habitant"] = _value("802 € par habitant")
    failed = evaluate_values(expression, values, "fr")
    assert failed.truth is Truth.FAILS
    assert "dette / population = 701,6 EUR/person" in failed.explanation


def test_a_figure_per_person_times_a_bare_population_is_a_total() -> None:
    values = {
        "dette": _value("5,2 M€"),
        "population": _value("7 412"),
        "par_habitant": _value("702 € par habitant"),
    }
    for text in ("par_habitant * population == dette", "dette == population * par_habitant"):
        outcome = evaluate_values(parse_expression(text), values, "fr")
        assert outcome.truth is Truth.ROUNDING, outcome.explanation  # 5 203 304 for 5,2 M€


@pytest.mark.parametrize(
    ("text", "population"),
    [
        ("dette / 7412 == par_habitant", "7 412"),  # a constant has only the unit written
        ("dette / population == par_habitant", "2,3"),  # a mean, not a count
        ("dette / population == par_habitant", "0,5"),  # a fraction of one
    ],
)
def test_what_is_no_count_of_persons_stays_a_clash_saying_what_to_write(
    text: str, population: str
) -> None:
    values = {
        "dette": _value("5,2 M€"),
        "population": _value(population),
        "par_habitant": _value("702 € par habitant"),
    }
    with pytest.raises(EvaluationError) as caught:
        evaluate_values(parse_expression(text), values, "fr")
    assert "cannot compare EUR (currency EUR) with EUR/person" in caught.value.message
    assert "'7 412 person'" in caught.value.message


def test_a_share_of_persons_over_a_bare_count_stays_a_share() -> None:
    # a count in persons over a bare count is a ratio: never relabelled as "per person"
    expression = parse_expression("deplaces / population == part")
    values = {
        "deplaces": _value("12 millions person"),
        "population": _value("~50 millions"),
        "part": _value("~33 %"),
    }
    outcome = evaluate_values(expression, values, "fr")
    assert outcome.truth is Truth.FAILS
    assert "deplaces / population = 24 %" in outcome.explanation


@settings(max_examples=200, deadline=None)
@given(
    total=st.integers(min_value=1, max_value=10**9),
    count=st.integers(min_value=2, max_value=10**7),
    per_head=st.integers(min_value=1, max_value=10**6),
)
def test_a_bare_count_reads_as_the_same_count_in_persons(
    total: int, count: int, per_head: int
) -> None:
    """Whatever the figures, a bare population judges a check as ``N person`` does."""
    bare = {
        "total": _value(f"{total} EUR", "en"),
        "population": _value(f"{count}", "en"),
        "per_head": _value(f"{per_head} EUR/person", "en"),
    }
    in_persons = {**bare, "population": _value(f"{count} person", "en")}
    for text in ("total / population == per_head", "per_head * population >= total"):
        expression = parse_expression(text)
        assert (
            evaluate_values(expression, bare, "en").truth
            is evaluate_values(expression, in_persons, "en").truth
        )


# --- published: the article's day in date functions -------------------------------------


def test_published_is_reserved_and_no_claim_of_the_check() -> None:
    assert PUBLISHED in RESERVED
    expression = parse_expression("years(dayton, published) == anniversaire")
    assert expression.names == {"dayton", "anniversaire"}
    assert expression.dated_names == {"dayton"}
    call = expression.root.first
    assert isinstance(call, Call)
    assert call.args[1] == Claim("published")
    assert render(expression) == "years(dayton, published) == anniversaire"


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("published > 1 day", 1),
        ("days(a, b) < published", 14),
        ("days(a, published + 1 day) > 1 day", 9),
    ],
)
def test_published_outside_a_date_function_is_refused(text: str, column: int) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_expression(text)
    assert caught.value.column == column
    assert "only an argument of days(), years() and months()" in caught.value.reason


def test_years_to_publication_counts_as_an_anniversary() -> None:
    signed = Period(dt.date(1995, 11, 21), dt.date(1995, 11, 21), "day", "21 novembre 1995")
    claims: dict[str, ClaimRecord] = {}

    def period(name: str) -> Period:
        return signed if name == "dayton" else periods_of(claims, dt.date(2025, 11, 21))(name)

    expression = parse_expression("years(dayton, published) == ans")
    thirty = {"ans": _value("30 ans")}
    assert evaluate_values(expression, thirty, "fr", period=period).truth is Truth.HOLDS
    a_day_early = periods_of(claims, dt.date(2025, 11, 20))

    def early(name: str) -> Period:
        return signed if name == "dayton" else a_day_early(name)

    outcome = evaluate_values(expression, thirty, "fr", period=early)
    assert outcome.truth is Truth.FAILS
    assert "years(dayton, published) = 29 ans" in outcome.explanation


def test_published_without_a_day_is_undecidable() -> None:
    expression = parse_expression("days(published, published) == 0 day")
    with pytest.raises(EvaluationError) as caught:
        evaluate_values(expression, {}, "fr", period=periods_of({}))
    assert "publication day is not known" in caught.value.message


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_days_from_published_to_published_is_zero(day: dt.date) -> None:
    expression = parse_expression("days(published, published) == 0 day")
    outcome = evaluate_values(expression, {}, "en", period=periods_of({}, day))
    assert outcome.truth is Truth.HOLDS


# --- order: two events of one day ------------------------------------------------------


def _dated(claim_id: str, when: str) -> ClaimRecord:
    return ClaimRecord.model_validate(
        {"id": claim_id, "subject": "x", "property": "event", "when": when, "quote": "x"}
    )


def _order(*whens: str) -> tuple[Check, dict[str, ClaimRecord]]:
    from factcheck.loading import prepare  # derive the claims' periods as loading does
    from factcheck.model import Corpus, Document, Source

    claims = [_dated(f"e{index}", when) for index, when in enumerate(whens)]
    check = Check.model_validate({"id": "timeline", "order": [c.id for c in claims]})
    source = Source.model_validate(
        {"id": "s", "title": "t", "publisher": "p", "published": "2025-03-10", "language": "en"}
    )
    prepare(Corpus([Document("x.yaml", source, claims, [check])]))
    return check, {claim.id: claim for claim in claims}


def test_two_events_of_one_day_are_in_order() -> None:
    check, claims = _order("March 9, 2025", "March 9, 2025", "March 10, 2025")
    outcome = order_outcome(check, claims)
    assert outcome.truth is Truth.HOLDS
    assert "e0 (March 9, 2025) is on the same day as e1 (March 9, 2025)" in outcome.explanation


def test_a_month_and_a_day_of_it_still_overlap() -> None:
    check, claims = _order("March 2025", "March 9, 2025")
    assert order_outcome(check, claims).truth is Truth.ROUNDING


# --- open bounds ------------------------------------------------------------------------


def _bound_check(expect: str, values: dict[str, str]) -> tuple[Check, dict[str, ClaimRecord]]:
    from factcheck.loading import prepare
    from factcheck.model import Corpus, Document, Source

    claims = [
        ClaimRecord.model_validate(
            {"id": name, "subject": name, "property": "p", "value": value, "quote": "x"}
        )
        for name, value in values.items()
    ]
    check = Check.model_validate({"id": "c", "expect": expect})
    source = Source.model_validate(
        {"id": "s", "title": "t", "publisher": "p", "published": "2025-06-16", "language": "fr"}
    )
    prepare(Corpus([Document("x.yaml", source, claims, [check])]))
    return check, {claim.id: claim for claim in claims}


def test_a_share_that_needs_more_than_12_millions_far_above_it_is_found() -> None:
    check, claims = _bound_check(
        "deplaces / population == part",
        {"deplaces": ">12 millions person", "population": "~50 millions", "part": "~33 %"},
    )
    bound = open_bound(check, claims)
    assert bound is not None
    assert [claim.id for claim in bound.bounds] == ["deplaces"]
    assert "not == part" in bound.at_figures.explanation


@settings(max_examples=100, deadline=None)
@given(
    figure=st.integers(min_value=10, max_value=10**6),
    later=st.integers(min_value=0, max_value=10**6),
)
def test_a_bound_below_a_later_figure_is_never_reported(figure: int, later: int) -> None:
    """``>N`` dead, then a toll of M: ``first < later`` is reported at most when it fails."""
    check, claims = _bound_check(
        "first < later", {"first": f">{figure} person", "later": f"{later} person"}
    )
    if later > figure + 1:  # holds at the figure, or a step above it
        assert open_bound(check, claims) is None


def test_a_check_without_a_bound_is_left_alone() -> None:
    check, claims = _bound_check("a == b", {"a": "12 %", "b": "12,4 %"})
    assert open_bound(check, claims) is None


def test_an_exact_figure_reads_its_bound_from_the_figure_alone() -> None:
    # "<$2 million": its figure, rounded as written, and a step below it
    quantity = _value("<2 millions EUR")
    assert quantity.interval == Interval(Decimal(0), Decimal(2000000), False, True)
    assert quantity.unit == parse_unit("EUR")
