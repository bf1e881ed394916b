"""Deciding explicit checks: an ``expect`` expression or an ``order`` of claims.

Both answer an :class:`~factcheck.expressions.Outcome` (HOLDS, ROUNDING or FAILS, with
the arithmetic or the dates behind it, in the check's language) or raise
:class:`~factcheck.expressions.EvaluationError` when the check cannot be decided. Several
rules ask for the same outcome (one reports failures, one rounding, one undecidable
checks), so both functions are pure and cheap: no I/O, nothing cached on the records,
and the explanation is written only when read (most checks hold).

Two bounds of one direction compared by ``==`` ("up to 3 inches (150mm)": ``<=3 inches
== <=150 mm``) say one figure and are compared at their figures (:func:`bound_figures`),
which every reading of a check here shares: its outcome, its comparisons, its open bounds.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING, TypeAlias, TypedDict

from factcheck.dates import Period, time_of_day
from factcheck.expressions import (
    DEFAULT_APPROX,
    PUBLISHED,
    Call,
    Comparison,
    EvaluationError,
    ExpressionError,
    FiguresOf,
    Negate,
    Node,
    Number,
    Outcome,
    PeriodOf,
    Sum,
    TimeOf,
    change_of_temperature,
    deciding_comparisons,
    evaluate,
    evaluate_values,
    is_temperature_change,
    parse_expression,
)
from factcheck.expressions import Claim as ClaimNode
from factcheck.model import Check, Claim
from factcheck.shares import printed_sum_chance
from factcheck.units import dimensionless, parse_unit
from factcheck.values import (
    Interval,
    Quantity,
    Truth,
    UnitMismatch,
    Value,
    ValueSyntaxError,
    parse_value,
)
from factcheck.zones import utc_offset

if TYPE_CHECKING:
    import pint

__all__ = [
    "BOUNDS",
    "OpenBound",
    "RoundedSum",
    "bound_figures",
    "comparisons_of",
    "decide",
    "evaluate_check",
    "improbable_sums",
    "open_bound",
    "order_outcome",
    "periods_of",
    "published_of",
    "rounded_sums",
    "times_of",
]

#: The comparators of a value that is a bound, open at one end: ``>12 millions``.
BOUNDS = frozenset({"<", "<=", ">", ">="})

_RANK = {Truth.FAILS: 0, Truth.ROUNDING: 1, Truth.HOLDS: 2}


def decide(check: Check, claims: Mapping[str, Claim]) -> Outcome:
    """Decide a check of either kind (see :func:`evaluate_check` and :func:`order_outcome`)."""
    if check.order is not None:
        return order_outcome(check, claims)
    return evaluate_check(check, claims)


def evaluate_check(check: Check, claims: Mapping[str, Claim]) -> Outcome:
    """Decide an ``expect`` check on the values of the claims it names.

    Ids resolve to ``claims[id].parsed_value.quantity``; numbers in the explanation
    follow the check's language. Raises EvaluationError naming the cause when the check
    cannot be decided: an unknown claim, a claim without a value or whose value could
    not be read, incompatible units, a division by a value that may be zero, a check
    that is a number rather than a condition, or an expression that cannot be read.
    Raises ValueError for a check that is not an ``expect`` check.
    """
    if check.expect is None:
        raise ValueError(f"check '{check.id}' is not an 'expect' check")
    expression = check.expression
    if expression is None:  # a Check built by hand rather than loaded
        try:
            expression = parse_expression(check.expect)
        except ExpressionError as error:
            raise EvaluationError(f"'{check.expect}' cannot be read: {error.message}") from None

    values: dict[str, Quantity] = {}
    for name in expression.valued_names:  # an id only dated may have no value
        claim = claims.get(name)
        value = None if claim is None else claim.parsed_value
        if value is None:
            break  # evaluate resolves the claims in order, and says which one fails first
        values[name] = value.quantity
    else:
        return evaluate_values(
            expression,
            values,
            check.language,
            **_reading(check, claims),
        )

    def resolve(name: str) -> Quantity:
        claim = claims[name]  # KeyError: evaluate reports the unknown claim
        value = claim.parsed_value
        if value is not None:
            return value.quantity
        if claim.value is None:
            raise EvaluationError(f"claim '{name}' has no value")
        raise EvaluationError(f"claim '{name}' has a value that cannot be read ('{claim.value}')")

    return evaluate(
        expression,
        resolve,
        check.language,
        **_reading(check, claims),
    )


class _Reading(TypedDict):
    """What an evaluation of a check reads besides its claims' values (its keywords)."""

    period: PeriodOf
    time: TimeOf
    approx: Decimal
    figures: FiguresOf


def _reading(check: Check, claims: Mapping[str, Claim]) -> _Reading:
    """The claims' dates and times, the run's tolerance of ``~`` figures, the bounds' figures."""
    return {
        "period": periods_of(claims, published_of(check)),
        "time": times_of(claims),
        "approx": _approx(check),
        "figures": bound_figures(claims),
    }


def _approx(check: Check) -> Decimal:
    """The tolerance of the check's ``~`` figures: the run's, as of the claims' ``~`` values."""
    return DEFAULT_APPROX if check.approx is None else check.approx


def periods_of(claims: Mapping[str, Claim], published: dt.date | None = None) -> PeriodOf:
    """What dates the ids of ``days()``, ``years()`` and ``months()``: each claim's ``when``.

    ``published`` (the reserved word) is the day the check's article was published. The
    function raises KeyError for an unknown id (the evaluation reports it) and
    EvaluationError for a claim without a readable ``when``, or for ``published`` when
    the day is not given.
    """

    def period(name: str) -> Period:
        if name == PUBLISHED:
            if published is None:
                raise EvaluationError("the article's publication day is not known here")
            return _publication_day(published)
        if name not in claims:
            raise KeyError(name)
        return _period(name, claims)

    return period


def times_of(claims: Mapping[str, Claim]) -> TimeOf:
    """What gives the time of day of the ids of ``hours()``: the time each claim's ``when`` writes.

    Read by :func:`factcheck.dates.time_of_day` ("samedi 14 mars 2026 à 23 h 30" is 23:30),
    with the offset from UTC of the zone written after it ("2 p.m. EDT" is -240 minutes,
    :func:`factcheck.zones.utc_offset`), or None; the function raises EvaluationError for
    a claim whose ``when`` writes no time, or two.
    """

    def time(name: str) -> tuple[int, int, int | None]:
        claim = claims[name]  # hours() dated it first: the claim exists
        found = _time_of(claim)
        if found is not None:
            return found[0], found[1], _zone_of(claim, found)
        when, language = claim.when, claim.language
        day = claim.period.describe(language) if claim.period is not None else str(when)
        raise EvaluationError(
            f"claim '{name}' writes no time of day in its when ('{when}'): write it, as"
            f" {day} {_clock_example(language)}"
        )

    return time


def _clock_example(language: str) -> str:
    """A time after a day, as the language writes it in a ``when``."""
    if language.startswith("fr"):
        return "à 23 h 30"
    if language in ("en", "en_US", "en-US"):
        return "at 11:30 p.m."
    return "at 11.30pm"


@functools.lru_cache(maxsize=1024)
def _publication_day(day: dt.date) -> Period:
    return Period(day, day, "day", day.isoformat())


def published_of(check: Check) -> dt.date | None:
    """The publication day of a check's article (``published`` in its date functions)."""
    source = check.source
    return None if source is None else source.published


def order_outcome(check: Check, claims: Mapping[str, Claim]) -> Outcome:
    """Decide an ``order`` check: each claim's ``when`` comes no later than the next one's.

    For each consecutive pair: FAILS when the first period starts after the second ends,
    HOLDS when it ends before the second starts or both are the same single day (a date
    orders no two events of one day: "no later than" is all it can say), ROUNDING when
    they overlap otherwise (only the granularity allows the order: ``mars 2015`` then
    ``27 mars 2015``). Two claims on the same single day whose ``when`` both write a time
    of day ("16 June 2026 at 12.45pm") are ordered by their times, to the minute (in UTC
    where both write a zone: 2 p.m. EDT comes before 1.30 p.m. CDT): FAILS
    when the first is later, else HOLDS. The check takes the
    weakest verdict of its pairs, explained by the pairs that decide it. Raises
    EvaluationError for an unknown claim or a claim without a readable ``when``; ValueError
    for a check that is not an ``order`` check.
    """
    if check.order is None:
        raise ValueError(f"check '{check.id}' is not an 'order' check")
    # Every claim is resolved before any pair is judged, so a broken one is never hidden.
    periods = [_period(name, claims) for name in check.order]
    pairs: list[_OrderPair] = []
    for (a, pa), (b, pb) in pairwise(zip(check.order, periods, strict=True)):
        ta = tb = None
        if pa.start > pb.end:
            truth = Truth.FAILS
        elif pa.start == pa.end == pb.start == pb.end:
            ta, tb = _time_of(claims[a]), _time_of(claims[b])
            if ta is None or tb is None:  # a day orders no two events of one day
                ta = tb = None
            truth = (
                Truth.FAILS
                if ta is not None and tb is not None and _later(claims[a], ta, claims[b], tb)
                else Truth.HOLDS
            )
        elif pa.end < pb.start:
            truth = Truth.HOLDS
        else:
            truth = Truth.ROUNDING
        pairs.append((truth, a, pa, ta, b, pb, tb))
    weakest = min((pair[0] for pair in pairs), key=_RANK.__getitem__)
    deciding = [pair for pair in pairs if pair[0] is weakest]
    return Outcome.deferred(weakest, _explain_order, deciding, check.language)


# A pair of an order check: its truth, then each claim's id, period and time of day (the
# times only where both are on one day and write one).
_OrderPair: TypeAlias = tuple[
    Truth, str, Period, "tuple[int, int] | None", str, Period, "tuple[int, int] | None"
]


def _later(a: Claim, ta: tuple[int, int], b: Claim, tb: tuple[int, int]) -> bool:
    """Whether a's time of day is after b's on one day: in UTC where both write a zone."""
    za, zb = _zone_of(a, ta), _zone_of(b, tb)
    if za is None or zb is None:
        return ta > tb
    return ta[0] * 60 + ta[1] - za > tb[0] * 60 + tb[1] - zb


def _zone_of(claim: Claim, clock: tuple[int, int]) -> int | None:
    """The offset from UTC, in minutes, of the zone a claim's ``when`` writes, or None."""
    when, period = claim.when, claim.period
    if not isinstance(when, str) or period is None:
        return None
    local = dt.datetime.combine(period.start, dt.time()) + dt.timedelta(
        hours=clock[0], minutes=clock[1]
    )
    return utc_offset(when, local)


def _time_of(claim: Claim) -> tuple[int, int] | None:
    """The time of day a claim's ``when`` writes, or None."""
    when = claim.when
    return time_of_day(when, claim.language) if isinstance(when, str) else None


def _explain_order(pairs: list[_OrderPair], language: str) -> str:
    """Write the pairs that decide an order check, dates as the language writes them."""
    phrases = []
    for truth, a, pa, ta, b, pb, tb in pairs:
        first, second = f"{a} ({pa.describe(language)})", f"{b} ({pb.describe(language)})"
        if ta is not None and tb is not None:
            first = f"{a} ({pa.describe(language)}, {ta[0]:02d}:{ta[1]:02d})"
            second = f"{b} ({pb.describe(language)}, {tb[0]:02d}:{tb[1]:02d})"
            relation = (
                "after" if truth is Truth.FAILS else "before" if ta < tb else "at the time of"
            )
            phrases.append(f"{first} is {relation} {second}")
        elif truth is Truth.FAILS:
            phrases.append(f"{first} is after {second}")
        elif truth is Truth.HOLDS and pa.end == pb.start:
            phrases.append(f"{first} is on the same day as {second}")
        elif truth is Truth.HOLDS:
            phrases.append(f"{first} is before {second}")
        else:
            phrases.append(f"{first} and {second} overlap: in order only within their precision")
    return "; ".join(phrases)


def _period(name: str, claims: Mapping[str, Claim]) -> Period:
    claim = claims.get(name)
    if claim is None:
        raise EvaluationError(f"unknown claim '{name}'")
    if claim.period is not None:
        return claim.period
    if claim.when is None:
        raise EvaluationError(f"claim '{name}' has no date ('when')")
    raise EvaluationError(f"claim '{name}' has a date that cannot be read ('{claim.when}')")


def comparisons_of(
    check: Check, claims: Mapping[str, Claim]
) -> tuple[dict[str, Quantity], list[Comparison]] | None:
    """The values of an ``expect`` check's claims and the comparisons that decide it.

    None when the check is no ``expect`` check, reads a claim without a value, or cannot
    be decided. Date functions read the claims' ``when`` and the article's ``published``.
    """
    expression = check.expression
    if expression is None:
        return None
    values: dict[str, Quantity] = {}
    for name in expression.valued_names:
        claim = claims.get(name)
        value = claim.parsed_value if claim is not None else None
        if value is None:
            return None
        values[name] = value.quantity
    try:
        return values, deciding_comparisons(
            expression,
            values,
            check.language,
            **_reading(check, claims),
        )
    except EvaluationError:
        return None


# --- Open bounds -------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenBound:
    """A check that holds only because bounds (``>12 millions``) stretch past their figure.

    ``bounds`` are the claims whose value is a bound, ``at_figures`` the outcome of the
    check with each bound read as its figure (12 millions exactly): it fails.
    """

    bounds: tuple[Claim, ...]
    at_figures: Outcome


def open_bound(check: Check, claims: Mapping[str, Claim]) -> OpenBound | None:
    """Whether an ``expect`` check that holds fails with its bounds read as their figures.

    "Plus de 12 millions de personnes, soit près d'un tiers des quelque 50 millions" holds
    with ``>12 millions person``, which has no upper end, and fails at 12 millions (24 %).
    None for a check without a bound among the values it reads, or that holds at the
    bounds' figures too (``>1 200`` dead is below 1 350 at 1 200 as well). Each bound is
    read as its figure alone, rounded as written (:func:`_at_figure`).
    """
    expression = check.expression
    if expression is None:
        return None
    values: dict[str, Quantity] = {}
    bounds: list[Claim] = []
    for name in expression.valued_names:
        claim = claims.get(name)
        value = claim.parsed_value if claim is not None else None
        if claim is None or value is None:
            return None
        if value.comparator in BOUNDS:
            at_figure = _at_figure(value, claim.language)
            if at_figure is None:
                return None
            values[name] = at_figure
            bounds.append(claim)
        else:
            values[name] = value.quantity
    if not bounds:
        return None
    try:
        outcome = evaluate_values(
            expression,
            values,
            check.language,
            **_reading(check, claims),
        )
    except EvaluationError:
        return None
    if outcome.truth is not Truth.FAILS:
        return None
    text = expression.text
    bounds.sort(key=lambda claim: (text.find(claim.id), claim.id))
    return OpenBound(tuple(bounds), outcome)


#: The direction of a bound, by its comparator: an upper bound, or a lower one.
_DIRECTION = {"<": "upper", "<=": "upper", ">": "lower", ">=": "lower"}


def bound_figures(claims: Mapping[str, Claim]) -> FiguresOf:
    """What compares two bounds of one direction by their figures, in an ``==`` of a check.

    "Up to 3 inches (150mm)": ``<=3 inches == <=150 mm`` says that the two figures are one,
    and holds for any values below both, so it would hold whatever the figures. Two
    bounds of one direction (both upper, ``<`` or ``<=``, or both lower) compared by ``==``
    are compared at their figures, read as :func:`_at_figure` reads them (3 inches: 2 to
    3,5 inches, "3-or-a-bit-less"): 3 inches is not 150 mm, and the check fails. A bound
    against a figure, or against a bound of the other direction, is compared as written.
    """

    def figures(first: str, second: str) -> tuple[Quantity, Quantity] | None:
        a, b = claims.get(first), claims.get(second)
        if a is None or b is None:
            return None
        va, vb = a.parsed_value, b.parsed_value
        if va is None or vb is None or va.comparator is None or vb.comparator is None:
            return None  # the commonest: no bound
        direction = _DIRECTION.get(va.comparator)
        if direction is None or direction != _DIRECTION.get(vb.comparator):
            return None
        at_a, at_b = _at_figure(va, a.language), _at_figure(vb, b.language)
        if at_a is None or at_b is None:
            return None
        return at_a, at_b

    return figures


def _at_figure(value: Value, language: str) -> Quantity | None:
    """A bound read as its figure, "12-and-a-bit": ``>12 millions`` as 11,5 to 13 millions.

    The figure alone, rounded as written (``12 millions``: 11,5 to 12,5 millions), and one
    step of its last digit beyond it in the bound's direction: "more than 12 million" is
    naturally a little more, "almost 10 years" 9 completed years, and a check that holds
    so is not reported. The figure exactly when it cannot be read alone; None for a
    bound without a finite figure.
    """
    figure = value.text.lstrip("<>=≤≥ ")
    try:
        alone = parse_value(figure, language)
    except (ValueSyntaxError, ValueError):
        alone = None
    if alone is not None and alone.comparator is None:
        try:
            read = alone.quantity.to(value.quantity.unit)
        except UnitMismatch:
            read = None
        if read is not None:
            iv = read.interval
            half = (iv.hi - iv.lo) / 2
            lo, hi = iv.lo, iv.hi
            if value.comparator in (">", ">="):
                hi += half
            else:
                lo -= half
            return Quantity(Interval(lo, hi, nominal=iv.nominal), read.unit)
    interval = value.quantity.interval
    end = interval.lo if value.comparator in (">", ">=") else interval.hi
    return Quantity(Interval.exact(end), value.quantity.unit) if end.is_finite() else None


# --- Sums at the limit of their rounding ----------------------------------------------


@dataclass(frozen=True)
class RoundedSum:
    """A sum or difference in a check that meets what it is compared with only by rounding.

    ``figures`` are the claims of both sides, in the check's order; ``gap`` is how far
    apart the sides are as printed (positive, in the unit of the comparison's left side);
    ``chance`` that the independent rounding errors of those figures print a gap so large
    (:func:`~factcheck.shares.printed_sum_chance`; 0 when every figure must sit at the
    edge of its rounding).
    """

    comparison: Comparison
    figures: tuple[str, ...]
    gap: Quantity
    chance: float


#: A figure whose ends are this far from centred around its written figure (relatively)
#: is centred but for the decimals of a unit conversion.
_CENTRED = Decimal("1e-20")


def rounded_sums(check: Check, claims: Mapping[str, Claim]) -> list[RoundedSum]:
    """The sums and differences of an ``expect`` check that hold only thanks to rounding.

    Each ``==`` comparison judged ROUNDING whose sides add and subtract claims and
    constants only (``a + b + c == total``, ``a - b == 5 %``, ``sum(a, b) == c``), with
    at least two figures on one side, every claim named once, and every figure a rounded
    one (not ``~``, a range or a bound, whose spread is no rounding): the errors of its
    figures add up to the gap between the printed sides, exactly when the relation is
    true. Empty for any other check, and for those the comparisons cannot be redone.
    """
    if check.expect is None:
        return []
    decided = comparisons_of(check, claims)
    if decided is None:
        return []
    found: list[RoundedSum] = []
    for comparison in decided[1]:
        truth, operator, left, _, right, _ = comparison
        if truth is not Truth.ROUNDING or operator != "==":
            continue
        terms: list[ClaimNode] = []
        if not (_linear(left, terms) and _linear(right, terms)):
            continue
        names = [term.name for term in terms]
        if len(set(names)) != len(names) or not (_added(left) or _added(right)):
            continue
        rounded = _rounded_sum(comparison, names, claims)
        if rounded is not None:
            found.append(rounded)
    return found


def improbable_sums(
    check: Check, claims: Mapping[str, Claim], max_chance: float
) -> list[RoundedSum]:
    """The :func:`rounded_sums` of a check that rounding explains less often than ``max_chance``.

    Those whose chance is below it, and those whose every figure must sit at the edge of
    its rounding (a chance of none, reported even at a ``max_chance`` of 0).
    """
    return [
        rounded
        for rounded in rounded_sums(check, claims)
        if rounded.chance <= 0 or rounded.chance < max_chance
    ]


@functools.cache
def _counted_units() -> frozenset[pint.Unit]:
    """The units a count is written in: bare, or persons."""
    return frozenset({dimensionless(), parse_unit("person")})


def _linear(node: Node, terms: list[ClaimNode]) -> bool:
    """Whether a side only adds and subtracts claims and constants; its claims go in ``terms``."""
    if isinstance(node, ClaimNode):
        terms.append(node)
        return True
    if isinstance(node, Number):
        return True
    if isinstance(node, Negate):
        return _linear(node.operand, terms)
    if isinstance(node, Sum):
        return _linear(node.first, terms) and all(_linear(term, terms) for _, term in node.rest)
    if isinstance(node, Call) and node.function == "sum":
        return all(_linear(arg, terms) for arg in node.args)
    return False


def _added(node: Node) -> bool:
    """Whether a side adds or subtracts at least two figures."""
    while isinstance(node, Negate):
        node = node.operand
    if isinstance(node, Sum):
        return True
    return isinstance(node, Call) and node.function == "sum" and len(node.args) > 1


def _rounded_sum(
    comparison: Comparison, names: list[str], claims: Mapping[str, Claim]
) -> RoundedSum | None:
    """The gap and its chance for one comparison, or None when a figure is not modelled."""
    _, _, _, lq, _, rq = comparison
    unit = lq.unit
    widths: list[Decimal] = []
    for name in names:
        claim = claims.get(name)
        value = claim.parsed_value if claim is not None else None
        if value is None or value.comparator is not None:
            return None  # `~`, a range or a bound: a spread that is no rounding
        quantity = value.quantity
        change = change_of_temperature(quantity.unit)
        if change is not None and is_temperature_change(unit):
            quantity = Quantity(quantity.interval, change)  # t - n: degree for degree
        try:
            interval = quantity.to(unit).interval
        except UnitMismatch:
            if not {quantity.unit, unit} <= _counted_units():
                return None
            interval = quantity.interval  # a count written bare beside persons
        nominal = interval.nominal
        if nominal is None or interval.lo_open or interval.hi_open:
            return None
        width = interval.hi - interval.lo
        if abs(nominal * 2 - interval.lo - interval.hi) > _CENTRED * max(width, abs(nominal)):
            return None  # no longer centred on its figure (an offset conversion)
        widths.append(width)
    try:
        other = rq.to(unit).interval.nominal if rq.unit is not unit else rq.interval.nominal
    except UnitMismatch:
        return None
    mine = lq.interval.nominal
    if mine is None or other is None or not (mine.is_finite() and other.is_finite()):
        return None
    gap = abs(mine - other)
    chance = printed_sum_chance(widths, gap)
    return RoundedSum(comparison, tuple(names), Quantity(Interval.exact(gap), unit), chance)
