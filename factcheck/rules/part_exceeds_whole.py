"""A part never exceeds the whole it is ``of``.

A claim ``of:`` another claim is a part of it: "25 of the 19 mayors asked" or
"110 % of them" cannot be. A percentage ``of:`` anything lies between 0 and
100 %; a count (a pure number or persons) ``of:`` a count, or an amount ``of:``
an amount in a compatible unit (EUR of EUR, km of m), is at most the whole.

Values are intervals, so the rule reports only a part that is more than the
whole for every value the written figures allow (``~20`` of ``19`` passes: about
20 may be 19). Counts are whole numbers: ``20`` of ``19`` fails, although both
figures could be rounded from 19,5. Pairs in incompatible units are left to
other rules.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: mayors_asked, subject: survey, property: respondents, value: "19",
     quote: "19 maires ont répondu"}
  - {id: mayors_for, subject: survey, property: in_favour, value: "8", of: mayors_asked,
     quote: "8 d'entre eux sont favorables"}
```

**Fails**

```yaml
claims:
  - {id: mayors_asked, subject: survey, property: respondents, value: "19",
     quote: "19 maires ont répondu"}
  - {id: mayors_for, subject: survey, property: in_favour, value: "25", of: mayors_asked,
     quote: "25 d'entre eux sont favorables"}
    # error: 'mayors_for' (25) is more than the whole it is of, 'mayors_asked' (19)
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal

from factcheck import units
from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, claim_problem, claim_table
from factcheck.rules.share_of_count import count_interval, is_percentage, whole_span
from factcheck.values import Interval, Quantity, Truth

ID = "part-exceeds-whole"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)
_NOTHING = Interval.exact(_ZERO)
_EVERYTHING = Interval.exact(_HUNDRED)


def check(context: Context) -> Iterator[Problem]:
    """Report every part that is more than its whole, or a negative percentage of it."""
    for claim, value, whole, whole_value in claim_table(context).with_wholes:
        if value is None:
            continue
        part = value.quantity
        named = (whole,) if whole is not None else ()
        if is_percentage(part.unit):
            interval = part.interval
            if interval.lo < _HUNDRED and interval.hi > _ZERO:
                continue  # one comparison of ends tells most shares lie within 0..100 %
            # The whole of any percentage is 100 %, whatever the claim it is of says.
            if interval.compare("<=", _EVERYTHING) is Truth.FAILS:
                whole_text = f"the whole it is of, 100 % of '{claim.of}'"
                message = f"{_part(claim.id, value.text)} is more than {whole_text}"
                yield claim_problem(claim, message, *named)
            elif interval.compare(">=", _NOTHING) is Truth.FAILS:
                message = f"{_part(claim.id, value.text)} is a negative share of '{claim.of}'"
                yield claim_problem(claim, message, *named)
            continue
        if whole is None or whole_value is None:
            continue
        if _more_than(part, whole_value.quantity):
            whole_text = _whole(whole.id, whole_value.text)
            message = f"{_part(claim.id, value.text)} is more than {whole_text}"
            yield claim_problem(claim, message, whole)


def _more_than(part: Quantity, whole: Quantity) -> bool:
    """Tell whether the part is more than the whole for every value both allow."""
    part_count, whole_count = count_interval(part), count_interval(whole)
    if part_count is not None and whole_count is not None:  # 25 person of 19: both counts
        part_span, whole_span_ = whole_span(part_count), whole_span(whole_count)
        if part_span is not None and whole_span_ is not None:
            # Counts are whole: 20 (19,5 to 20,5) of 19 (18,5 to 19,5) meet only at 19,5.
            return part_span[0] > whole_span_[1]
        return part_count.compare("<=", whole_count) is Truth.FAILS
    # A count of a share, a share of a count, temperatures: no amounts to take a part of.
    if not part.compatible(whole) or part.unit.dimensionless or units.has_offset(part.unit):
        return False
    return part.compare("<=", whole) is Truth.FAILS


def _part(claim_id: str, written: str) -> str:
    return f"'{claim_id}' ({written})"


def _whole(claim_id: str, written: str) -> str:
    return f"the whole it is of, '{claim_id}' ({written})"
