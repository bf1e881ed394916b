"""A percentage of a stated count is achievable with whole units (GRIM).

"42 % of the 19 mayors asked" must be some whole number of mayors out of 19:
8/19 is 42,1 %, which rounds to 42 %, so it passes; 43 % is impossible (8/19 is
42,1 % and 9/19 is 47,4 %), so a figure was mistyped or the count is not the one
the percentage was taken over. This is the GRIM test of research integrity
checks.

The rule looks at percentage claims that are ``of:`` a claim whose value is a
count: a pure number or persons. The percentage is an interval from its written
digits (``42,1 %`` is 42,05 to 42,15 %); the count may be one too (``~19``,
``300 to 500 person``), and the percentage passes when some whole count n in the
count's interval and some whole k from 0 to n give 100·k/n inside the
percentage's interval. A count whose interval holds more than ``max_counts``
whole numbers makes the test uninformative (almost every percentage is then
achievable): it passes. A percentage outside 0 to 100 % is left to
``part-exceeds-whole``.

A poll's weighted percentage is not a share of its unweighted base (pollsters publish
"50 % of the 31 Green voters" with weights applied): leave ``of:`` out of such claims,
or the test reports weightings as impossible figures.

**Options:** ``max_counts`` (default ``1000``, from 1 to 10000): the most whole counts
a count's interval may hold for the test to run.

**Passes**

```yaml
claims:
  - {id: mayors_asked, subject: survey, property: respondents, value: "19",
     quote: "19 maires ont répondu"}
  - {id: mayors_for, subject: survey, property: in_favour, value: "42 %", of: mayors_asked,
     quote: "42 % d'entre eux sont favorables"}
```

**Fails**

```yaml
claims:
  - {id: mayors_asked, subject: survey, property: respondents, value: "19",
     quote: "19 maires ont répondu"}
  - {id: mayors_for, subject: survey, property: in_favour, value: "43 %", of: mayors_asked,
     quote: "43 % d'entre eux sont favorables"}
    # error: 43 % (42,5 à 43,5 %) of 19 (mayors_asked) is impossible with whole units:
    #   8/19 = 42,1 %, 9/19 = 47,4 %
```
"""

from __future__ import annotations

import decimal
import functools
import math
from collections.abc import Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from factcheck import units
from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, claim_problem, claim_table
from factcheck.values import Interval, Quantity, format_decimal, format_interval, format_quantity

if TYPE_CHECKING:
    import pint

    from factcheck.values import Value

ID = "share-of-count"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {
    # each count is tried: at 10,000 an impossible percentage takes 0.2 s to judge,
    # at 100,000 1.4 s (measured)
    "max_counts": Option(
        1000,
        "most whole counts a count's interval may hold for the test to run",
        minimum=1,
        maximum=10_000,
    ),
}

_DIVIDE = decimal.Context(prec=50)
# Products of a share's end by a count, exactly: Decimal ends have at most ~50 digits, and
# an inexact result (never seen) falls back to fractions.
_EXACT = decimal.Context(prec=1000, traps=[decimal.Inexact, decimal.InvalidOperation])
_MAX_PLACES = 20
_SHARES = Interval(Decimal(0), Decimal(100))
_PERSON_COUNT = "person"
_PURE_COUNT = "pure"

# What each unit is for these rules, by id(): (the unit, percent?, kind of count or None).
# The entry holds the unit, so its id is not reused while the entry stands; pint compares
# units slowly, and an archive has a handful of units for 100,000 values.
_KINDS: dict[int, tuple[pint.Unit, bool, str | None]] = {}
_MAX_UNITS = 4096


def _kind(unit: pint.Unit) -> tuple[pint.Unit, bool, str | None]:
    entry = _KINDS.get(id(unit))
    if entry is not None and entry[0] is unit:
        return entry
    count = None
    if unit == units.dimensionless():
        count = _PURE_COUNT
    elif unit.dimensionality == _person().dimensionality:
        count = _PERSON_COUNT
    entry = (unit, units.is_percent(unit), count)
    if len(_KINDS) >= _MAX_UNITS:
        _KINDS.clear()
    _KINDS[id(unit)] = entry
    return entry


def is_percentage(unit: pint.Unit) -> bool:
    """Tell whether a unit is the percent (not percentage points, not a pure number)."""
    return _kind(unit)[1]


def count_interval(quantity: Quantity) -> Interval | None:
    """The interval of a count of things (a pure number or persons), None for other units."""
    count = _kind(quantity.unit)[2]
    if count is _PURE_COUNT:
        return quantity.interval
    if count is _PERSON_COUNT:
        person = _person()
        return quantity.interval if quantity.unit is person else quantity.to(person).interval
    return None


@functools.cache
def _person() -> pint.Unit:
    return units.parse_unit("person")


def check(context: Context) -> Iterator[Problem]:
    """Report every percentage of a count that no whole number of units gives."""
    limit: int = context.option("max_counts")
    # The verdict for each pair of values, by id (the claims keep their values alive): an
    # archive writes the same few figures again and again.
    verdicts: dict[tuple[int, int], range | None] = {}
    for claim, value, whole, whole_value in claim_table(context).with_wholes:
        if value is None or not is_percentage(value.quantity.unit):
            continue
        if whole is None or whole_value is None:
            continue
        key = (id(value), id(whole_value))
        if key in verdicts:
            wholes = verdicts[key]
        else:
            wholes = verdicts[key] = _impossible(value.quantity.interval, whole_value, limit)
        if wholes is None:
            continue
        share = value.quantity.interval
        language = claim.language
        if len(wholes) == 1:
            count = format_decimal(Decimal(wholes[0]), language)
        else:
            span = Interval(Decimal(wholes[0]), Decimal(wholes[-1]))
            count = format_interval(span, units.dimensionless(), language)
        nearest = ", ".join(_nearest(share, wholes, language))
        message = (
            f"{format_quantity(value.quantity, language)} of {count} ({whole.id}) "
            f"is impossible with whole units: {nearest}"
        )
        yield claim_problem(claim, message, whole)


def _impossible(share: Interval, whole: Value, limit: int) -> range | None:
    """The whole counts the share of ``whole`` was tested against, when none gives it.

    None when some whole count does, or the test does not apply: the whole is no count,
    the share lies outside 0 to 100 %, or the count allows no or too many whole numbers.
    """
    counts = count_interval(whole.quantity)
    if counts is None or not share.overlaps(_SHARES):
        return None
    wholes = _whole_numbers(counts, limit)
    if wholes is None or any(_fits(share, n) for n in wholes):
        return None
    return wholes


def whole_span(counts: Interval) -> tuple[int, int] | None:
    """The least and greatest whole numbers (from 0) in a count's interval.

    None when it holds none (``19,4``) or has no upper end (``>19``).
    """
    if counts.hi.is_infinite():
        return None
    first = 0 if counts.lo.is_infinite() else _first_integer(counts.lo, counts.lo_open)
    first = max(first, 0)
    last = _last_integer(counts.hi, counts.hi_open)
    return (first, last) if first <= last else None


def _whole_numbers(counts: Interval, limit: int) -> range | None:
    """The whole counts from 1 up inside the interval; None when none or too many."""
    span = whole_span(counts)
    if span is None:
        return None
    first, last = max(span[0], 1), span[1]
    if last < first or last - first + 1 > limit:
        return None
    return range(first, last + 1)


def _first_integer(x: Decimal | Fraction, is_open: bool) -> int:
    """The least integer above x (or at it, when the bound is closed); exact for both types."""
    return math.floor(x) + 1 if is_open else math.ceil(x)


def _last_integer(x: Decimal | Fraction, is_open: bool) -> int:
    """The greatest integer below x (or at it, when the bound is closed)."""
    return math.ceil(x) - 1 if is_open else math.floor(x)


def _parts(share: Interval, n: int) -> tuple[int, int]:
    """The least and greatest k in 0..n with 100·k/n inside the share (least > greatest: none)."""
    least, greatest = 0, n
    if share.lo.is_finite():
        least = max(_first_integer(_times_percent(share.lo, n), share.lo_open), 0)
    if share.hi.is_finite():
        greatest = min(_last_integer(_times_percent(share.hi, n), share.hi_open), n)
    return least, greatest


def _times_percent(x: Decimal, n: int) -> Decimal | Fraction:
    """``x·n/100`` exactly: the k that 100·k/n = x would need."""
    try:
        return _EXACT.multiply(x, n).scaleb(-2, _EXACT)
    except (decimal.Inexact, decimal.InvalidOperation):
        return Fraction(x) * n / 100


def _fits(share: Interval, n: int) -> bool:
    least, greatest = _parts(share, n)
    return least <= greatest


def _nearest(share: Interval, wholes: range, language: str) -> list[str]:
    """The closest achievable percentages below and above the share, as ``8/19 = 42,1 %``."""
    below: tuple[int, int] | None = None  # (k, n)
    above: tuple[int, int] | None = None
    for n in wholes:
        k = _parts(share, n)[0]  # the first part at or above the share, so above it here
        if k >= 1 and (below is None or Fraction(k - 1, n) > Fraction(*below)):
            below = (k - 1, n)
        if k <= n and (above is None or Fraction(k, n) < Fraction(*above)):
            above = (k, n)
    return [_fraction(*part, share, language) for part in (below, above) if part is not None]


def _decimals(share: Interval) -> int:
    """How many decimals the percentage was written with."""
    written = share.nominal
    if written is None:
        written = share.hi if share.hi.is_finite() else share.lo
    exponent = written.as_tuple().exponent
    return max(-exponent, 0) if isinstance(exponent, int) else 0


def _fraction(k: int, n: int, share: Interval, language: str) -> str:
    """Write k/n and its percentage, with one more decimal than the share (more if needed)."""
    percent = _DIVIDE.divide(Decimal(100 * k), Decimal(n))
    places = _decimals(share) + 1
    rounded = _round(percent, places)
    while share.contains(rounded) and places < _MAX_PLACES:  # 42,105 would look inside
        places += 1
        rounded = _round(percent, places)
    if rounded == rounded.to_integral_value():
        rounded = rounded.quantize(Decimal(1))
    return f"{k}/{n} = {format_decimal(rounded, language)} %"


def _round(x: Decimal, places: int) -> Decimal:
    return x.quantize(Decimal((0, (1,), -places)), context=_DIVIDE)
