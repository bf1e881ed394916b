"""Shares reach their whole only if rounding pushed them all one way, or improbably far.

The groups of ``shares-sum-to-whole``, seen at the edge. Six shares of a poll printed
as 27 + 25 + 21 + 14 + 12 + 4 % sum to 103 %: each is a rounded figure (27 % is 26,5 to
27,5 %), so the sum is 100 to 106 % and may be 100 %, as the spec's interval arithmetic
says, but only if every share sat exactly at the bottom of its rounding (26,5, 24,5,
20,5, ...). That happens (a sample of 200 gives shares in steps of 0,5 %), and far more
often one share is a typo (12 printed for 9): a warning, never an error.

A sum need not be at the very end of its interval to be unlikely. Rounding a figure to
a step ``w`` (1 for ``27 %``, 0,1 for ``44,4 %``) puts it off by an error anywhere from
-w/2 to w/2; the errors of separate shares are independent, so their sum is rarely far
from 0. And the errors of a correct listing add up to exactly its printed sum minus its
whole: seven whole percentages printed as 103 % are off by 3 points, no more, no less.
How often rounding alone prints a sum so far (3 or more, either way) is the density of
the errors' sum at the points a printed sum can take, which every part's step divides
(Mosteller, Youtz and Zahn, 1967: three whole percentages print 100 % three times in
four): here 1 in 23 000. A group is reported when that chance is below ``max_chance``
(default 0,001: one correct listing in a thousand). The chance is computed exactly, for
equal or unequal steps, never sampled. Figures that are not rounded (``~``, a range, a
bound) are not modelled: only their group's limit is judged.

| printed shares | sum | off by | chance | |
|---|---|---|---|---|
| 44,4 + 22,2 + 33,3 % | 99,9 % | 0,1 | 1 in 4 | passes |
| 34 + 33 + 34 % | 101 % | 1 | 1 in 4 | passes |
| 31 + 30 + 14 + 13 + 13 % | 101 % | 1 | 2 in 5 | passes |
| 12 shares to 0,1 %, 100,2 % | 100,2 % | 0,2 | 1 in 8 | passes |
| 38 + 29 + 19 + 9 + 7 % | 102 % | 2 | 1 in 192 | passes (``max_chance = 0.01`` reports it) |
| 20 + 18 + 17 + 15 + 14 + 11 + 8 % | 103 % | 3 | 1 in 23 040 | warning |
| 30 + 26 + 24 + 22 % | 102 % | 2 of 2 | at the limit | warning |
| 53 + 48 % | 101 % | 1 of 1 | at the limit | warning |

A polling desk that wants a look at every five-way topline printed as 102 % sets
``max_chance = 0.01``: one correct listing in a hundred is then reported too.

A group is reported when it has at least ``min_parts`` parts and its sum meets the
whole only at one end of the sum's interval, or improbably far inside it. Two shares
printed as 53 and 48 % are 52,5 and 47,5 % exactly, both rounded up: pollsters publish
duels that add up to 100 %, and a duel that does not is worth a look. The seed's
44,4 + 22,2 + 33,3 % reaches 100 % with room to spare and is not reported
(``holds-by-rounding`` notes it); a sum that cannot reach or stay within the whole at
all is ``shares-incomplete``'s or ``shares-sum-to-whole``'s.

Whole counts are not rounded: seats of a 48-seat council printed as 29 + 14 + 5 + 2
(bare whole numbers, or in ``person``) sum to 50, and no rounding makes that 48, though
each figure's interval (29 is 28,5 to 29,5) lets ``shares-sum-to-whole`` through. A
group whose every part is a whole count, of a whole that is one, is reported whenever
its printed sum is not the whole, from two parts on, unless one of those two rules
already reports it.

**Options:** ``min_parts`` (default ``2``, at least 2): groups of rounded shares with
fewer parts are not reported (``3`` spares two-way duels); whole counts are reported
from two parts. ``max_chance`` (default ``0.001``, from 0 to 1): a sum is reported when
rounding errors add up as far as it needs less often than this (0: only at the limit).

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

```yaml
claims:  # 101 % from five shares: off by 1 or more, a chance of 2 in 5
  - {id: a, subject: Sondage, property: vote_share, qualifiers: {party: A},
     value: "31 %", when: "2024", quote: "A 31 %"}
  - {id: b, subject: Sondage, property: vote_share, qualifiers: {party: B},
     value: "30 %", when: "2024", quote: "B 30 %"}
  - {id: c, subject: Sondage, property: vote_share, qualifiers: {party: C},
     value: "14 %", when: "2024", quote: "C 14 %"}
  - {id: d, subject: Sondage, property: vote_share, qualifiers: {party: D},
     value: "13 %", when: "2024", quote: "D 13 %"}
  - {id: e, subject: Sondage, property: vote_share, qualifiers: {party: E},
     value: "13 %", when: "2024", quote: "E 13 %"}
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

```yaml
claims:  # a duel at 101 %: 52,5 and 47,5 % exactly, both rounded up
  - {id: vidal, subject: Ifop T2, property: vote_share, qualifiers: {candidate: Vidal},
     value: "53 %", when: 16 janvier 2026, quote: "Vidal 53 %"}
  - {id: roux, subject: Ifop T2, property: vote_share, qualifiers: {candidate: Roux},
     value: "48 %", when: 16 janvier 2026, quote: "Roux 48 %"}
    # warning: shares of Ifop T2 (16 janvier 2026) sum to 101 % (100 à 102 %): 100 %
    #   only if every share was rounded up by as much as rounding allows: is one of
    #   vidal + roux wrong?
```

```yaml
claims:  # 103 % from seven shares: off by 3 points or more, 1 chance in 23 040
  - {id: a, subject: Sondage, property: vote_share, qualifiers: {party: A},
     value: "33 %", when: "2024", quote: "A 33 %"}
  - {id: b, subject: Sondage, property: vote_share, qualifiers: {party: B},
     value: "30 %", when: "2024", quote: "B 30 %"}
  - {id: c, subject: Sondage, property: vote_share, qualifiers: {party: C},
     value: "14 %", when: "2024", quote: "C 14 %"}
  - {id: d, subject: Sondage, property: vote_share, qualifiers: {party: F},
     value: "11 %", when: "2024", quote: "F 11 %"}
  - {id: e, subject: Sondage, property: vote_share, qualifiers: {party: G},
     value: "8 %", when: "2024", quote: "G 8 %"}
  - {id: f, subject: Sondage, property: vote_share, qualifiers: {party: D},
     value: "5 %", when: "2024", quote: "D 5 %"}
  - {id: g, subject: Sondage, property: vote_share, qualifiers: {party: E},
     value: "2 %", when: "2024", quote: "E 2 %"}
    # warning: shares of Sondage (2024) sum to 103 % (99,5 à 106,5 %): 100 % only if
    #   rounding moved their sum by 3 % or more, which it does to 1 listing of 7
    #   shares in 23 000: is one of a + b + c + d + e + f + g wrong?
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, claim_problem, share_sum_problem, shares_of
from factcheck.rules.share_of_count import count_interval
from factcheck.shares import ShareGroup, printed_sum_chance, rarity_in_words, rounding_chance
from factcheck.values import (
    Interval,
    Quantity,
    Truth,
    UnitMismatch,
    format_quantity,
)

ID = "shares-at-the-limit"
SEVERITY = Severity.WARNING
OPTIONS: Mapping[str, Option] = {
    "min_parts": Option(
        2, "groups with fewer parts are not reported (whole counts: from 2)", minimum=2
    ),
    "max_chance": Option(
        Decimal("0.001"),
        "report a sum that rounding errors reach less often than this (0: only at the limit)",
        minimum=0,
        maximum=1,
    ),
}


def check(context: Context) -> Iterator[Problem]:
    """Report every listing of shares that meets its whole only at its limit or improbably."""
    min_parts = context.option("min_parts")
    max_chance = float(context.option("max_chance"))
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
        if side is not None:
            rounded = f" only if every share was rounded {side} by as much as rounding allows"
            yield share_sum_problem(group, ": ", f"{rounded}: {_question(group)}")
            continue
        improbable = _improbable(group, max_chance)
        if improbable is not None:
            yield share_sum_problem(group, ": ", f" only if {improbable}: {_question(group)}")


def _question(group: ShareGroup) -> str:
    """What a finding asks (written only for a finding: listing a group's shares costs)."""
    return f"is one of {group.listing()} wrong?"


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


def _improbable(group: ShareGroup, max_chance: float) -> str | None:
    """How far rounding must have moved a group's sum, when that is rarer than ``max_chance``.

    Only groups whose every part is one rounded figure (``27 %``: not ``~27 %``, a range
    or a bound) are judged. Against an exact whole (the vocabulary's), the deviation is
    the printed sum's, exactly (:func:`printed_sum_chance`); against a rounded whole, the
    errors may add up to half the finest step less (:func:`rounding_chance`).
    """
    if max_chance <= 0 or group.truth_equals is not Truth.ROUNDING:
        return None
    whole = group.whole.interval.nominal
    if whole is None:
        return None
    widths: list[Decimal] = []
    printed = Decimal(0)
    for part in group.parts:
        interval = part.quantity.interval
        nominal = interval.nominal
        if not part.agreed or nominal is None or interval.lo_open or interval.hi_open:
            return None
        if any(c.parsed_value is None or c.parsed_value.comparator for c in part.claims):
            return None
        width = interval.hi - interval.lo
        if width <= 0 or nominal * 2 != interval.lo + interval.hi:
            return None  # an exact figure, or a converted one no longer centred
        widths.append(width)
        printed += nominal
    if group.whole.interval.lo == group.whole.interval.hi:
        # the errors of a correct listing add up to its printed sum minus its whole, exactly
        at_least = abs(printed - whole)
        chance = printed_sum_chance(widths, at_least)  # 1 when the sum is the whole
    else:  # a whole that is itself rounded: the errors may add up to half its step less
        at_least = abs(printed - whole) - min(widths) / 2
        chance = rounding_chance(widths, at_least)
    if chance >= max_chance:
        return None
    moved = format_quantity(Quantity(Interval.exact(at_least), group.whole.unit), group.language)
    rarity = rarity_in_words(chance, f"listing of {len(widths)} shares", group.language)
    return f"rounding moved their sum by {moved} or more, {rarity}"
