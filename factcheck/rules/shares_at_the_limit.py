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

**Options:** ``min_parts`` (default ``3``, at least 2): groups with fewer parts are not
reported (two shares of 50 and 51 % are an even split of 49,5 and 50,5 % as often as
not).

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

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, share_sum_problem, shares_of
from factcheck.shares import ShareGroup
from factcheck.values import UnitMismatch

ID = "shares-at-the-limit"
SEVERITY = Severity.WARNING
OPTIONS: Mapping[str, Option] = {
    "min_parts": Option(3, "groups with fewer parts are not reported", minimum=2),
}


def check(context: Context) -> Iterator[Problem]:
    """Report every listing of shares that meets its whole only at one end of its sum."""
    min_parts = context.option("min_parts")
    for group in shares_of(context):
        if len(group.parts) < min_parts:
            continue
        side = _at_the_limit(group)
        if side is None:
            continue
        rounded = f" only if every share was rounded {side} by as much as rounding allows"
        yield share_sum_problem(group, ": ", f"{rounded}: is one of {group.listing()} wrong?")


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
