"""A value lies within the bounds its property allows.

The vocabulary bounds some properties: a share, a turnout or a rate lies between 0 and
100 %, a staff or a population is never negative, a rank starts at 1; configuration adds
bounds (``[properties.NAME] minimum = ... maximum = ...``). A value is reported when its
whole interval lies outside them, so ``100 %`` and ``<0,5 %`` pass while ``120 %`` and
``-1 %`` do not. The bound is converted to the value's unit; a value in a unit the bound
cannot be converted to is left to the units rule, except that a bound of zero is zero in
any unit (a revenue of ``-2 million USD`` is negative whatever the currency). A bound is
a definition: ``"100 %"`` is exactly 100 %.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: takeover, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "100 %", when: mars 2015, quote: "reprise à 100 % par le géant français"}
  - {id: revenue_2014, subject: Cloudwatt, property: revenue, value: "<2 million EUR",
     when: "2014", quote: "un peu moins de 2 millions d'euros de chiffre d'affaires"}
```

**Fails**

```yaml
claims:  # "moins de 2 millions" written with a minus sign, not "<"
  - {id: revenue_2014, subject: Cloudwatt, property: revenue, value: "-2 million EUR",
     when: "2014", quote: "un peu moins de 2 millions d'euros de chiffre d'affaires"}
    # error: revenue of 'revenue_2014' is -2 millions EUR (-2,5 à -1,5 million EUR), less
    #   than the minimum 0 EUR
```

A share's whole (``100 %``, or the ``whole`` configuration gives, such as 577 seats) is
its maximum when it has no other: a part that alone exceeds the whole is reported here,
and ``shares-sum-to-whole`` reports sums of two parts or more.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck import units
from factcheck.findings import Problem, Severity
from factcheck.model import Claim
from factcheck.rules.base import Context, Option, claim_problem, claim_table
from factcheck.shares import exact_quantity
from factcheck.values import Interval, Quantity, Truth, format_quantity
from factcheck.vocabulary import Vocabulary

ID = "value-out-of-bounds"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}

# relation the value must satisfy with the bound, and the word for a value that fails it
_BOUNDS = (("minimum", ">=", "less than"), ("maximum", "<=", "more than"))

_Bound = tuple[str, str, str, Quantity]  # name, relation, word, the bound as written


def check(context: Context) -> Iterator[Problem]:
    """Report every value wholly below its property's minimum or above its maximum."""
    table = claim_table(context)
    values = table.values
    # (bound, unit) -> the bound as compared with values in that unit, by id: the bounds
    # and the claims' units live as long as this loop
    aligned: dict[tuple[int, int], tuple[Quantity, Interval] | None] = {}
    found: list[tuple[int, str, Quantity]] = []  # position, relation, bound
    for name, bounds in _bounded_properties(context.vocabulary).items():
        # An archive writes the same few values again and again: each is judged once (by
        # id, the table keeps the values alive).
        verdicts: dict[int, tuple[str, Quantity] | None] = {}
        for position in table.by_property.get(name, ()):
            value = values[position]
            assert value is not None  # the table lists claims with a value by property
            if id(value) in verdicts:
                verdict = verdicts[id(value)]
            else:
                verdict = verdicts[id(value)] = _verdict(value.quantity, bounds, aligned)
            if verdict is not None:
                found.append((position, *verdict))
    found.sort(key=lambda item: item[0])  # in report order, as every rule reports
    for position, relation, bound in found:
        claim = table.claims[position]
        assert claim.parsed_value is not None
        yield _problem(claim, claim.parsed_value.quantity, relation, bound)


def _verdict(
    quantity: Quantity,
    bounds: tuple[_Bound, ...],
    aligned: dict[tuple[int, int], tuple[Quantity, Interval] | None],
) -> tuple[str, Quantity] | None:
    """The relation a value fails and the bound it fails, or None when it lies within."""
    interval = quantity.interval
    for bound_name, op, word, written in bounds:
        key = (id(written), id(quantity.unit))
        if key in aligned:
            pair = aligned[key]
        else:
            pair = aligned[key] = _aligned(written, quantity)
        if pair is None:
            continue
        bound, limit = pair
        # Most values lie well inside: one comparison of ends says so.
        if interval.hi > limit.lo if op == ">=" else interval.lo < limit.hi:
            continue
        if interval.compare(op, limit) is not Truth.FAILS:
            continue
        return f"{word} the {bound_name}", bound
    return None


def _bounded_properties(vocabulary: Vocabulary) -> dict[str, tuple[_Bound, ...]]:
    """The readable bounds of every property that has some, minimum first."""
    bounded: dict[str, tuple[_Bound, ...]] = {}
    for property_name in vocabulary.names():
        meaning = vocabulary.get(property_name)
        if meaning is None:
            continue
        bounds = []
        # a share's whole is its maximum unless one is given: a part alone larger than
        # the whole is reported here, not as a sum of one by shares-sum-to-whole
        limits = [*_BOUNDS, *([("whole", "<=", "more than")] if meaning.maximum is None else [])]
        for name, op, word in limits:
            written = getattr(meaning, name)
            quantity = exact_quantity(written) if written else None
            if quantity is not None:
                bounds.append((name, op, word, quantity))
        if bounds:
            bounded[property_name] = tuple(bounds)
    return bounded


def _aligned(written: Quantity, value: Quantity) -> tuple[Quantity, Interval] | None:
    """The bound for values in this unit, and its interval in that unit (as compare sees it)."""
    bound = _bound(written, value)
    if bound is None:
        return None
    return bound, bound.to(value.unit).interval


def _bound(bound: Quantity | None, value: Quantity) -> Quantity | None:
    """The bound in the value's unit, or None when it cannot be compared with it."""
    if bound is None:
        return None
    if value.compatible(bound):
        return bound
    zero = not bound.interval.lo and not units.has_offset(bound.unit)
    if zero and not units.has_offset(value.unit):
        return Quantity(Interval.exact(bound.interval.lo), value.unit)
    return None


def _problem(claim: Claim, value: Quantity, relation: str, bound: Quantity) -> Problem:
    language = claim.language
    shown, limit = format_quantity(value, language), format_quantity(bound, language)
    message = f"{claim.property} of '{claim.id}' is {shown}, {relation} {limit}"
    if value.unit is units.dimensionless() and units.is_percent(bound.unit):
        # 44.4 for 44.4 %: a pure number is a fraction of one, 4 440 %
        message += f"; the value has no unit: write '{claim.value} %' for a percentage"
    return claim_problem(claim, message)
