"""Shares reach their whole without every share at the limit of its rounding.

The groups of ``shares-sum-to-whole``, seen at the edge. Six shares of a poll printed
as 27 + 25 + 21 + 14 + 12 + 4 % sum to 103 %: each is a rounded figure (27 % is 26,5 to
27,5 %), so the sum is 100 to 106 % and may be 100 %, as the spec's interval arithmetic
says, but only if every share sat exactly at the bottom of its rounding (26,5, 24,5,
20,5, ...). That happens (a sample of 200 gives shares in steps of 0,5 %), and far more
often one share is a typo (12 printed for 9): a warning, never an error.

A group is reported when it has at least ``min_parts`` parts and its sum meets the
whole only at one end of the sum's interval. The seed's 44,4 + 22,2 + 33,3 % (99,75 to
100,05 %) reaches 100 % with room to spare and is not reported (``holds-by-rounding``
notes it); a sum that cannot reach or stay within the whole at all is
``shares-incomplete``'s or ``shares-sum-to-whole``'s.

Whole counts are not rounded: seats of a 48-seat council printed as 29 + 14 + 5 + 2
(bare whole numbers, or in ``person``) sum to 50, and no rounding makes that 48, though
each figure's interval (29 is 28,5 to 29,5) lets ``shares-sum-to-whole`` through. A
group whose every part is a whole count, of a whole that is one, is reported whenever
its printed sum is not the whole, from two parts on, unless one of those two rules
already reports it.

**Options:** ``min_parts`` (default ``3``, at least 2): groups of rounded shares with
fewer parts are not reported (two shares of 50 and 51 % are an even split of 49,5 and
50,5 % as often as not); whole counts are reported from two parts.

**Passes**

```yaml
claims:  # 100 to 104 %: 100 % is reached without every share at its limit
  - {id: a, subject: YouGov poll, property: vote_share, qualifiers: {party: A},
     value: "34 %", when: 4 mars 2025, quote: "A: 34 %"}
  - {id: b, subject: YouGov poll, property: vote_share, qualifiers: {party: B},
     value: "33 %", when: 4 mars 2025, quote: "B: 33 %"}
  - {id: c, subject: YouGov poll, property: vote_share, qualifiers: {party: C},
     value: "34 %", when: 4 mars 2025, quote: "C: 34 %"}
```

**Fails**

```yaml
claims:  # 102 % from four shares (100 to 104 %): 100 % only at the limit of each
  - {id: a, subject: YouGov poll, property: vote_share, qualifiers: {party: A},
     value: "30 %", when: 4 mars 2025, quote: "A: 30 %"}
  - {id: b, subject: YouGov poll, property: vote_share, qualifiers: {party: B},
     value: "26 %", when: 4 mars 2025, quote: "B: 26 %"}
  - {id: c, subject: YouGov poll, property: vote_share, qualifiers: {party: C},
     value: "24 %", when: 4 mars 2025, quote: "C: 24 %"}
  - {id: d, subject: YouGov poll, property: vote_share, qualifiers: {party: D},
     value: "22 %", when: 4 mars 2025, quote: "D: 22 %"}
    # warning: shares of YouGov poll (4 mars 2025) sum to 102 % (100 à 104 %): 100 %
    #   only if every share was rounded up by as much as rounding allows: is one of
    #   a + b + c + d wrong?
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, claim_problem, share_sum_problem, shares_of
from factcheck.rules.share_of_count import count_interval
from factcheck.shares import ShareGroup
from factcheck.values import Interval, Quantity, Truth, UnitMismatch, format_quantity

ID = "shares-at-the-limit"
SEVERITY = Severity.WARNING
OPTIONS: Mapping[str, Option] = {
    "min_parts": Option(
        3, "groups with fewer parts are not reported (whole counts: from 2)", minimum=2
    ),
}


def check(context: Context) -> Iterator[Problem]:
    """Report every listing of shares that meets its whole only at one end of its sum."""
    min_parts = context.option("min_parts")
    for group in shares_of(context):
        if len(group.parts) < 2:
            continue
        counted = counted_sum(group)
        if counted is not None:
            problem = _miscounted(group, counted)
            if problem is not None:
                yield problem
            continue
        if len(group.parts) < min_parts:
            continue
        side = _at_the_limit(group)
        if side is None:
            continue
        rounded = f" only if every share was rounded {side} by as much as rounding allows"
        yield share_sum_problem(group, ": ", f"{rounded}: is one of {group.listing()} wrong?")


def counted_sum(group: ShareGroup) -> Decimal | None:
    """The sum of a group of whole counts (29 + 14 + 5 + 2 seats of 48), None for others.

    Every report of every part is a count (a pure number or persons) written as a whole
    number to the unit, without ``~``, a bound, a range or a scale word (``2 million
    person`` is rounded), and the whole is a whole number too. Counts are not rounded:
    their sum as printed is the sum.
    """
    whole = group.whole.interval.nominal  # a definition: "1e3" is a whole number too
    if count_interval(group.whole) is None or whole is None or whole != whole.to_integral_value():
        return None
    total = Decimal(0)
    for part in group.parts:
        if not part.agreed:  # reports that disagree: same-fact-same-value's error
            return None
        for claim in part.claims:
            value = claim.parsed_value
            if value is None or value.comparator is not None:
                return None
            nominal = value.quantity.interval.nominal
            if not _whole_number(nominal) or count_interval(value.quantity) is None:
                return None
        nominal = part.quantity.interval.nominal  # in the whole's unit
        if nominal is None:
            return None
        total += nominal
    return total


def _whole_number(x: Decimal | None) -> bool:
    """A whole number written to the unit: ``29``, not ``29,0``, ``3e1`` or ``2 million``."""
    return x is not None and x.is_finite() and x.as_tuple().exponent == 0


def _miscounted(group: ShareGroup, total: Decimal) -> Problem | None:
    """The finding on whole counts whose sum is not the whole, unless another rule's."""
    whole = group.whole
    if total == whole.interval.nominal:
        return None
    if group.truth_within is Truth.FAILS or group.truth_reaches is Truth.FAILS:
        return None  # shares-sum-to-whole's error, or shares-incomplete's warning
    counted = format_quantity(Quantity(Interval.exact(total), whole.unit), group.language)
    question = f"is one of {group.listing()} wrong"
    if total < whole.interval.lo:
        question += ", or a part missing"
    message = (
        f"shares of {group.describe()} are whole counts that sum to {counted}, not "
        f"{format_quantity(whole, group.language)}: {question}?"
    )
    first, *others = group.claims
    return claim_problem(first, message, *others)


def _at_the_limit(group: ShareGroup) -> str | None:
    """How every part must have been rounded for the sum to be the whole (up, down), or None."""
    try:
        total = group.total.to(group.whole.unit).interval
    except UnitMismatch:
        return None
    whole = group.whole.interval
    if whole.lo != whole.hi or total.lo == total.hi:  # an exact sum is no rounding at all
        return None
    if total.lo == whole.lo and not total.lo_open:
        return "up"
    if total.hi == whole.hi and not total.hi_open:
        return "down"
    return None
