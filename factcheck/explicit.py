"""Deciding explicit checks: an ``expect`` expression or an ``order`` of claims.

Both answer an :class:`~factcheck.expressions.Outcome` (HOLDS, ROUNDING or FAILS, with
the arithmetic or the dates behind it, in the check's language) or raise
:class:`~factcheck.expressions.EvaluationError` when the check cannot be decided. Several
rules ask for the same outcome (one reports failures, one rounding, one undecidable
checks), so both functions are pure and cheap: no I/O, nothing cached on the records,
and the explanation is written only when read (most checks hold).
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from factcheck.dates import Period
from factcheck.expressions import (
    EvaluationError,
    ExpressionError,
    Outcome,
    PeriodOf,
    evaluate,
    evaluate_values,
    parse_expression,
)
from factcheck.model import Check, Claim
from factcheck.values import Quantity, Truth

__all__ = ["decide", "evaluate_check", "order_outcome", "periods_of"]

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

    period = periods_of(claims)
    values: dict[str, Quantity] = {}
    for name in expression.valued_names:  # an id only dated may have no value
        claim = claims.get(name)
        value = None if claim is None else claim.parsed_value
        if value is None:
            break  # evaluate resolves the claims in order, and says which one fails first
        values[name] = value.quantity
    else:
        return evaluate_values(expression, values, check.language, period=period)

    def resolve(name: str) -> Quantity:
        claim = claims[name]  # KeyError: evaluate reports the unknown claim
        value = claim.parsed_value
        if value is not None:
            return value.quantity
        if claim.value is None:
            raise EvaluationError(f"claim '{name}' has no value")
        raise EvaluationError(f"claim '{name}' has a value that cannot be read ('{claim.value}')")

    return evaluate(expression, resolve, check.language, period=period)


def periods_of(claims: Mapping[str, Claim]) -> PeriodOf:
    """What dates the ids of ``days()``, ``years()`` and ``months()``: each claim's ``when``.

    The function raises KeyError for an unknown id (the evaluation reports it) and
    EvaluationError for a claim without a readable ``when``.
    """

    def period(name: str) -> Period:
        if name not in claims:
            raise KeyError(name)
        return _period(name, claims)

    return period


def order_outcome(check: Check, claims: Mapping[str, Claim]) -> Outcome:
    """Decide an ``order`` check: each claim's ``when`` comes no later than the next one's.

    For each consecutive pair: FAILS when the first period starts after the second ends,
    HOLDS when it ends before the second starts, ROUNDING when they overlap (only the
    granularity allows the order: ``mars 2015`` then ``27 mars 2015``). The check takes the
    weakest verdict of its pairs, explained by the pairs that decide it. Raises
    EvaluationError for an unknown claim or a claim without a readable ``when``; ValueError
    for a check that is not an ``order`` check.
    """
    if check.order is None:
        raise ValueError(f"check '{check.id}' is not an 'order' check")
    # Every claim is resolved before any pair is judged, so a broken one is never hidden.
    periods = [_period(name, claims) for name in check.order]
    pairs: list[tuple[Truth, str, Period, str, Period]] = []
    for (a, pa), (b, pb) in pairwise(zip(check.order, periods, strict=True)):
        if pa.start > pb.end:
            truth = Truth.FAILS
        elif pa.end < pb.start:
            truth = Truth.HOLDS
        else:
            truth = Truth.ROUNDING
        pairs.append((truth, a, pa, b, pb))
    weakest = min((pair[0] for pair in pairs), key=_RANK.__getitem__)
    deciding = [pair for pair in pairs if pair[0] is weakest]
    return Outcome.deferred(weakest, _explain_order, deciding, check.language)


def _explain_order(pairs: list[tuple[Truth, str, Period, str, Period]], language: str) -> str:
    """Write the pairs that decide an order check, dates as the language writes them."""
    phrases = []
    for truth, a, pa, b, pb in pairs:
        first, second = f"{a} ({pa.describe(language)})", f"{b} ({pb.describe(language)})"
        if truth is Truth.FAILS:
            phrases.append(f"{first} is after {second}")
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
