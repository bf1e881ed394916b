"""``~`` figures in checks: "près de six fois moins" is ``a / b == ~6`` (tech desk, m7).

A ``~`` literal of a check is read as a claim's ``~`` value is: the figure give or take the
``approx`` tolerance (10 % by default), or half a unit of its last digit where that is
wider. Everything else about literals (exact, as written) is unchanged.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.expressions import (
    DEFAULT_APPROX,
    Claim,
    ExpressionError,
    Number,
    deciding_comparisons,
    evaluate_values,
    parse_expression,
    render,
)
from factcheck.units import dimensionless, parse_unit
from factcheck.values import Interval, Quantity, Truth, parse_value
from tests.conftest import WriteFiles
from tests.test_expressions import claim_ids, condition_trees, decimals, number_trees

UNITS = [None, "%", "EUR", "person", "km"]
TOLERANCES = [Decimal("0.1"), Decimal("0.05"), Decimal("0.2"), Decimal("0"), Decimal("0.01")]


def literal(text: str, approx: Decimal = DEFAULT_APPROX, unit: str | None = None) -> Quantity:
    """The quantity of the literal on the right of ``a == <text>``, as a check reads it."""
    values = {"a": Quantity(Interval.exact(Decimal(1)), parse_unit(unit or ""))}
    (comparison,) = deciding_comparisons(
        parse_expression(f"a == {text}"), values, "en", approx=approx
    )
    return comparison[5]


# --- what ~x is ---------------------------------------------------------------------------


@given(decimals, st.sampled_from(UNITS), st.sampled_from(TOLERANCES))
@settings(max_examples=300, deadline=None)
def test_a_tilde_figure_in_a_check_is_what_the_same_figure_is_as_a_value(
    x: Decimal, unit: str | None, approx: Decimal
) -> None:
    written = f"{x:f}" + (f" {unit}" if unit else "")
    value = parse_value(f"~{written}", "en", approx=approx).quantity
    constant = literal(f"~{written}", approx, unit)
    assert constant.unit == value.unit
    assert (constant.interval.lo, constant.interval.hi) == (value.interval.lo, value.interval.hi)
    assert constant.interval.nominal == value.interval.nominal == x


@given(decimals, st.sampled_from(["thousand", "million", "billion"]))
@settings(deadline=None)
def test_a_tilde_figure_takes_its_scale_word_as_a_value_does(x: Decimal, scale: str) -> None:
    value = parse_value(f"~{x:f} {scale} EUR", "en").quantity
    constant = literal(f"~{x:f} {scale} EUR", unit="EUR")
    assert (constant.interval.lo, constant.interval.hi) == (value.interval.lo, value.interval.hi)


@given(decimals, st.sampled_from(UNITS))
@settings(deadline=None)
def test_without_tilde_a_literal_stays_exact(x: Decimal, unit: str | None) -> None:
    written = f"{x:f}" + (f" {unit}" if unit else "")
    interval = literal(written, unit=unit).interval
    assert interval.lo == interval.hi == x


@given(
    st.integers(1, 10**6),
    st.integers(-300, 300),  # a figure from 30 % below to 30 % above, in thousandths
    st.sampled_from(TOLERANCES),
)
@settings(max_examples=300, deadline=None)
def test_an_exact_figure_meets_tilde_x_exactly_within_its_tolerance(
    x: int, permille: int, approx: Decimal
) -> None:
    figure = Decimal(x) * (1 + Decimal(permille) / 1000)
    half = max(Decimal("0.5"), approx * x)
    values = {"a": Quantity(Interval.exact(figure), dimensionless())}
    truth = evaluate_values(parse_expression(f"a == ~{x}"), values, approx=approx).truth
    assert (truth is not Truth.FAILS) == (abs(figure - x) <= half)


def test_the_tolerance_is_the_one_the_evaluation_is_given() -> None:
    values = {"a": parse_value("405 milliards", "fr").quantity}
    values["b"] = parse_value("70 milliards", "fr").quantity
    check = parse_expression("a / b == ~6")  # 5,79 times
    assert evaluate_values(check, values, "fr").truth is not Truth.FAILS
    narrow = evaluate_values(check, values, "fr", approx=Decimal("0"))  # 5,5 to 6,5
    assert narrow.truth is not Truth.FAILS
    values["b"] = parse_value("58 milliards", "fr").quantity  # 6,98 times: 6,92 to 7,04
    assert evaluate_values(check, values, "fr").truth is Truth.FAILS  # 5,4 to 6,6
    assert evaluate_values(check, values, "fr", approx=Decimal("0.2")).truth is not Truth.FAILS


def test_a_tilde_figure_is_shown_with_its_tilde_and_its_band() -> None:
    values = {"a": parse_value("405 milliards", "fr").quantity}
    values["b"] = parse_value("40 milliards", "fr").quantity
    outcome = evaluate_values(parse_expression("a / b == ~6"), values, "fr")
    assert outcome.truth is Truth.FAILS
    assert outcome.explanation == "a / b = 10,125 (9,987 à 10,266), not == ~6 (5,4 à 6,6)"


# --- how ~ is written ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("a == ~6", Number(Decimal(6), approximate=True)),
        ("a == ~ 6", Number(Decimal(6), approximate=True)),
        ("a == ~25 %", Number(Decimal(25), unit="%", approximate=True)),
        ("a == ~2.5 million EUR", Number(Decimal("2.5"), "million", "EUR", approximate=True)),
        ("a == ~£4m", Number(Decimal(4), "m", "£", approximate=True)),
        ("a == ~400 day", Number(Decimal(400), unit="day", approximate=True)),
    ],
)
def test_tilde_goes_before_a_figure(text: str, tree: Number) -> None:
    assert parse_expression(text).root.rest[0][1] == tree  # type: ignore[attr-defined]


def test_a_tilde_figure_is_not_the_exact_one() -> None:
    assert parse_expression("a == ~6").root != parse_expression("a == 6").root


@pytest.mark.parametrize(
    ("text", "column", "fragment"),
    [
        ("a == ~b", 6, "not before a claim id: a claim whose figure is approximate says so"),
        ("a ~ b", 3, "found '~': '~' goes right before a figure of the check"),
        ("a == ~-6", 6, "'~' goes right before a figure of the check, written in digits"),
        ("a == ~(b + 1)", 6, "written in digits: ~6, ~25 %"),
        ("a == ~~6", 6, "written in digits"),
        ("a == ~", 6, "written in digits"),
        ("a == 6~", 7, "found '~'"),
    ],
)
def test_tilde_elsewhere_is_refused_saying_where_it_goes(
    text: str, column: int, fragment: str
) -> None:
    with pytest.raises(ExpressionError) as raised:
        parse_expression(text)
    assert fragment in raised.value.reason
    assert raised.value.column == column


approximate_literals = st.builds(
    lambda x, scale, unit: Number(x, scale, unit, approximate=True),
    decimals,
    st.sampled_from([None, "thousand", "million"]),
    st.sampled_from([None, "%", "€", "EUR", "person"]),
)


@given(condition_trees(number_trees(approximate_literals | st.builds(Claim, claim_ids))))
@settings(max_examples=200, deadline=None)
def test_render_then_parse_keeps_the_tilde(tree: object) -> None:
    text = render(tree)  # type: ignore[arg-type]
    assert parse_expression(text).root == tree
    assert render(parse_expression(text)) == text


# --- in a run ------------------------------------------------------------------------------

SIX_TIMES = """\
source: {id: aurora, title: Aurora, publisher: Le Monde, published: 2025-10-02, language: fr}
claims:
  - id: llama
    quote: "les 405 milliards de paramètres de Llama 3.1"
    subject: Llama 3.1 405B
    property: parameters
    value: "405 milliards"
  - id: borealis
    quote: "Borealis compte {small} milliards de paramètres"
    subject: Borealis
    property: parameters
    value: "{small} milliards"
checks:
  - {id: six_fois, expect: "llama / borealis == ~6"}
"""


@pytest.mark.parametrize(
    ("small", "findings"),
    [
        ("70", []),  # 5,79 times: "près de six fois moins"
        ("68", []),  # 5,96
        (
            "40",  # 10,1 times
            [
                "error expect-holds check 'six_fois' fails: llama / borealis = 10,125"
                " (9,987 à 10,266), not == ~6 (5,4 à 6,6)"
            ],
        ),
    ],
)
def test_nearly_six_times_is_checked_as_written(
    write_files: WriteFiles, small: str, findings: list[str]
) -> None:
    folder = write_files({"a.yaml": SIX_TIMES.replace("{small}", small)})
    report = factcheck.verify(factcheck.load(folder))
    shown = [f"{f.severity.label} {f.rule} {' '.join(f.message.split())}" for f in report.findings]
    assert shown == findings


@pytest.mark.parametrize(
    ("approx", "toml", "fails"),
    [
        (None, "", True),  # 405 / 80 is 5,06 times: not ~6 at 10 % (5,4 to 6,6)
        ("0.2", "approx = 0.2\n", False),  # 4,8 to 7,2
        ("0.02", "approx = 0.02\n", True),
    ],
)
def test_a_tilde_figure_of_a_check_takes_the_configured_tolerance(
    write_files: WriteFiles, approx: str | None, toml: str, fails: bool
) -> None:
    folder = write_files({"factcheck.toml": toml, "a.yaml": SIX_TIMES.replace("{small}", "80")})
    corpus = factcheck.load(folder)
    [check] = corpus.documents[0].checks
    assert check.approx == (Decimal("0.10") if approx is None else Decimal(approx))
    rules = [finding.rule for finding in factcheck.verify(corpus).findings]
    assert rules == (["expect-holds"] if fails else [])
