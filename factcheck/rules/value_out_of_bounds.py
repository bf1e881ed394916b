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
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "100 %", quote: "reprise à 100 %"}
```

**Fails**

```yaml
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "120 %", quote: "reprise à 120 %"}
# share_held of 'orange' is 120 % (119,5 à 120,5 %), more than the maximum 100 %
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck import units
from factcheck.findings import Problem, Severity
from factcheck.model import Claim
from factcheck.rules.base import Context, Option, claim_problem
from factcheck.shares import exact_quantity
from factcheck.values import Interval, Quantity, Truth, format_quantity

ID = "value-out-of-bounds"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}

# relation the value must satisfy with the bound, and the word for a value that fails it
_BOUNDS = (("minimum", ">=", "less than"), ("maximum", "<=", "more than"))


def check(context: Context) -> Iterator[Problem]:
    """Report every value wholly below its property's minimum or above its maximum."""
    for claim in context.corpus.claims:
        meaning = context.vocabulary.get(claim.property)
        if meaning is None or claim.parsed_value is None:
            continue
        value = claim.parsed_value.quantity
        for name, op, word in _BOUNDS:
            written = getattr(meaning, name)
            bound = _bound(exact_quantity(written), value) if written else None
            if bound is None or value.compare(op, bound) is not Truth.FAILS:
                continue
            yield _problem(claim, value, f"{word} the {name}", bound)
            break


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
    return claim_problem(claim, message)
