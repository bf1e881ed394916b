"""An ``expect`` check holds for the values its claims give.

The expression is evaluated with interval arithmetic on the values as written, each
figure standing for every number it rounds from (``21 %`` is 20,5 to 21,5 %). The check
fails only when no values within those intervals satisfy it, so rounding never raises
an error here (a check that holds only thanks to rounding is another rule's concern).
A check that cannot be decided is reported by ``check-undecidable``.

An ``==`` between two claims in two units of one dimension is a conversion, rounded as
its figure is: "Gusts of 70mph (110km/h)" holds, 112,65 km/h printed to the ten, as
``same-fact-same-value`` reads a conversion in brackets (the converted figure, rounded
to the last digit of the other, or to its five or ten, within 5 %). "70mph (130km/h)"
and "3 inches (150mm)" fail; a constant of the check is exact, and two units of one
system (cm and mm) are no conversion. Two bounds of one direction compared by ``==``
("up to 3 inches (150mm)": ``<=3 inches`` and ``<=150 mm``) say one figure: they would
hold whatever their figures, both reaching down to 0, so they are compared at their
figures (3 inches read as 2 to 3,5 inches, as ``holds-by-rounding`` reads a bound), and
fail when those are no conversion of each other. A difference of two temperatures is a
change (27,4 °C - 24,2 °C is 3,2 Δ°C), compared with a change in any scale; a
temperature beside it is read as one (``t - n < 10 °F`` is below 10 Δ°F).

The message shows each side of the comparison that fails, its value and its interval,
in the unit of the other side where that is how an editor reads it: a ratio in % beside
a percentage (a growth of 0,068 is 6,8 %), a difference of two percentages in points
beside a claim or a figure in points (48 % - 45 % is 3 pp, or 300 bp beside basis
points), never "3 %" next to "5 pp". A ratio beside ppm is shown in % from 1 % (a rise of
53,6 %, not "536 430 ppm"), and a figure a check computes exactly (18 000 of 710 000
people) to two digits below the width of what it is compared with (``2,54 %`` beside
``25 %``), as the ends of an interval are. When the sides are in two units, the second
is shown in the first one's unit too: ``38 km (37,5 à 38,5 km), not == 34 mi (33,5 à
34,5 mi) = 54,72 km (53,91 à 55,53 km)``; ``20 °C ..., not == 36 °F ... = 2,222 °C``.

Four failures the figures themselves explain get a hint after the message:

- a round figure read as exact to the unit: "870 000 ventes, soit 2 380 par jour"
  compares 2 383,56 with 2 379,5 to 2 380,5; when a claim's figure has trailing zeros,
  the other side, rounded to its last significant digit, is that figure, and it lies
  within the figure read with ``~`` (give or take the ``approx`` tolerance), the
  message suggests ``~2 380`` (what the editor means by a round figure). A sum of 35
  milliards against "40 milliards" gets no such hint: ``~`` would not make it hold, and
  the error is true. Nor does a figure more than 5 % off (a desk rounds 2 383,56 to
  2 380 or 2 400, not 270 to 300), nor a conversion between two claims, already read as
  rounded: "300km/h (168mph)" is 270 km/h, an error that ``~300 km/h`` would hide;
- two bounds of one direction compared at their figures: the message says so, for the
  figures it shows (3 in, 2 to 3,5 in) are the bounds' figures, not their values;
- a figure per month (week, day) times 12 (52, 365) against one per year: a check
  converts ``196 EUR/month`` into ``2 352 EUR/year`` by itself, so ``mensuel * 12`` is
  12 times too much; when the comparison holds without the factor, the message says so
  and gives the check to write (``mensuel == annuel``);
- a change of temperature written as a temperature: an anomaly of "1.55 °C (2.79 °F)"
  encoded ``1.55 °C`` and ``2.79 °F`` fails, for 1,55 °C is 34,79 °F; when a side in °C
  or °F meets a temperature in another unit and the figures agree as changes (degree for
  degree), the message gives the values to write (``'1.55 delta_degC'`` and
  ``'2.79 delta_degF'``).

**Options:** none.

**Passes**

```yaml
claims:
  - {id: france_cloud_use_2014, subject: France, property: enterprise_cloud_use,
     value: "12 %", when: "2014", quote: "12% des entreprises"}
  - {id: eu_cloud_use_2014, subject: Union européenne, property: enterprise_cloud_use,
     value: "19 %", when: "2014", quote: "contre 19% en moyenne en Europe"}
checks:
  - id: france_behind_eu
    expect: france_cloud_use_2014 < eu_cloud_use_2014
```

```yaml
source:
  language: en
claims:  # "Gusts of 70mph (110km/h)": 112,65 km/h, printed to the ten
  - {id: gust_mph, subject: coasts, property: gust, value: "70 mph",
     quote: "Gusts of 70mph (110km/h)"}
  - {id: gust_kmh, subject: coasts, property: gust_kmh, value: "110 km/h",
     quote: "Gusts of 70mph (110km/h)"}
checks:
  - id: conversion
    expect: gust_mph == gust_kmh
```

**Fails**

```yaml
claims:
  - {id: france_cloud_use_2014, subject: France, property: enterprise_cloud_use,
     value: "21 %", when: "2014", quote: "21% des entreprises"}
  - {id: eu_cloud_use_2014, subject: Union européenne, property: enterprise_cloud_use,
     value: "19 %", when: "2014", quote: "contre 19% en moyenne en Europe"}
checks:
  - id: france_behind_eu
    expect: france_cloud_use_2014 < eu_cloud_use_2014
    # error: check 'france_behind_eu' fails: france_cloud_use_2014 = 21 % (20,5 à 21,5 %),
    #   not < eu_cloud_use_2014 = 19 % (18,5 à 19,5 %)
```

```yaml
source:
  language: en
claims:  # "Up to 3 inches (150mm)": 3 inches is 76 mm
  - {id: rain_in, subject: high ground, property: rainfall, value: "<=3 inches",
     quote: "Up to 3 inches (150mm) of rain"}
  - {id: rain_mm, subject: high ground, property: rainfall_mm, value: "<=150 mm",
     quote: "Up to 3 inches (150mm) of rain"}
checks:
  - id: conversion
    expect: rain_in == rain_mm
    # error: check 'conversion' fails: rain_in = 3 in (2 to 3.5 in), not == rain_mm =
    #   150 mm (149 to 150.5 mm) = 5.9055 in (5.8661 to 5.9252 in) (two upper bounds
    #   compared by ==, '<=3 inches' and '<=150 mm', say one figure: they are compared at
    #   their figures)
```

```yaml
claims:  # a lead is a difference of two shares, in points
  - {id: poll_whitfield, subject: Sondage, property: vote_share, qualifiers: {c: Whitfield},
     value: "48 %", quote: "Whitfield 48 %"}
  - {id: poll_ruiz, subject: Sondage, property: vote_share, qualifiers: {c: Ruiz},
     value: "45 %", quote: "Ruiz 45 %"}
  - {id: poll_lead, subject: Sondage, property: lead, value: "5 pp",
     quote: "5 points d'avance"}
checks:
  - id: lead_is_difference
    expect: poll_whitfield - poll_ruiz == poll_lead
    # error: check 'lead_is_difference' fails: poll_whitfield - poll_ruiz = 3 pp (2 à 4 pp),
    #   not == poll_lead = 5 pp (4,5 à 5,5 pp)
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal

from factcheck import units
from factcheck.explicit import comparisons_of
from factcheck.expressions import (
    DEFAULT_APPROX,
    Comparison,
    EvaluationError,
    Node,
    Number,
    Product,
)
from factcheck.expressions import Claim as ClaimNode
from factcheck.findings import Problem, Severity
from factcheck.model import Check, Claim
from factcheck.rules.base import (
    Context,
    Option,
    check_problem,
    claim_table,
    claims_seen_from,
    outcomes_of,
)
from factcheck.rules.holds_by_rounding import significant
from factcheck.values import (
    Interval,
    Quantity,
    Truth,
    UnitMismatch,
    ValueSyntaxError,
    format_decimal,
    format_quantity,
    parse_value,
)

ID = "expect-holds"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every ``expect`` check that no values within the claims' precision satisfy."""
    table = claim_table(context)
    for check_, outcome in outcomes_of(context):
        if check_.expect is None or isinstance(outcome, EvaluationError):
            continue  # the other kind of check, or check-undecidable's finding
        if outcome.truth is Truth.FAILS:
            hints = _hints(check_, claims_seen_from(table, check_.location.file))
            message = f"check '{check_.id}' fails: {outcome.explanation}{hints}"
            yield check_problem(check_, message)


#: How many of a period a year or a week holds: a figure per month times 12 is per year.
_PER_PERIOD = {12: "month", 52: "week", 365: "day", 366: "day", 7: "day", 4: "quarter"}


def _hints(check: Check, claims: Mapping[str, Claim]) -> str:
    """What a failing check's figures suggest the editor meant (written for failures only)."""
    decided = comparisons_of(check, claims)
    if decided is None:
        return ""
    values, comparisons = decided
    hints: list[str] = []
    for comparison in comparisons:
        if comparison[0] is Truth.FAILS:
            hint = (
                _annualised(comparison, values, check)
                or _bounds_at_figures(comparison, claims)
                or _round_figure(comparison, claims, check)
                or _temperature_change(comparison, claims, check.language)
            )
            if hint and hint not in hints:
                hints.append(hint)
    return "".join(f" ({hint})" for hint in hints)


def _annualised(comparison: Comparison, values: Mapping[str, Quantity], check: Check) -> str:
    """``monthly * 12 == yearly`` between figures whose units already say per month, per year.

    A unit-aware check converts 196 EUR/month into 2 352 EUR/year by itself: times 12, it
    counts the months twice. Said when the figure without ``* 12`` makes the comparison hold.
    """
    _, operator, left, lq, right, rq = comparison
    for product, other, oq in ((left, right, rq), (right, left, lq)):
        factor = _per_period_factor(product)
        if factor is None:
            continue
        scaled, times = factor
        figure = values.get(scaled.name)
        if figure is None or not _per_time(figure) or not _per_time(oq):
            continue
        try:
            pair = (figure, oq) if product is left else (oq, figure)
            if pair[0].compare(operator, pair[1]) is Truth.FAILS:
                continue  # without "* 12" it fails too: no double count to point at
            converted = figure.to(oq.unit).interval.nominal
            if converted is None or figure.interval.nominal is None:
                continue
            shown = (
                f"{_exact(figure.interval.nominal, figure, check.language)} is already"
                f" {_exact(converted, oq, check.language)}"
            )
        except (UnitMismatch, ArithmeticError, ValueError):
            continue
        text = check.expect or ""
        written = text[product.span[0] : product.span[1]]
        sides = (scaled.name, text[other.span[0] : other.span[1]])
        if product is not left:
            sides = sides[1], sides[0]
        unaware = f"{sides[0]} {operator} {sides[1]}"
        return (
            f"{written} counts the {_PER_PERIOD[times]}s twice: {scaled.name}'s unit is per"
            f" {_PER_PERIOD[times]}, and a check converts it by itself ({shown}): write"
            f" {unaware}"
        )
    return ""


#: The unit of a change of temperature, by the temperature's unit (pint's names).
_CHANGE_OF = {"degree_Celsius": "delta_degC", "degree_Fahrenheit": "delta_degF", "kelvin": "K"}


def _temperature_change(comparison: Comparison, claims: Mapping[str, Claim], language: str) -> str:
    """``1.55 °C`` against ``2.79 °F``: a change of temperature written as a temperature.

    An anomaly, a warming or "3 °C warmer" converts degree for degree (1,55 °C of warming
    is 2,79 °F), a temperature with its offset (1,55 °C is 34,79 °F): said when a side
    in °C or °F meets a temperature in another unit, and the comparison holds for the
    figures read as changes. The hint names the values to write.
    """
    _, operator, left, lq, right, rq = comparison
    if lq.unit == rq.unit or not (units.has_offset(lq.unit) or units.has_offset(rq.unit)):
        return ""
    changes = [_CHANGE_OF.get(str(q.unit)) for q in (lq, rq)]
    if changes[0] is None or changes[1] is None:
        return ""  # a temperature against a change already, or no temperature
    try:
        as_changes = [
            Quantity(q.interval, units.parse_unit(change))
            for q, change in zip((lq, rq), changes, strict=True)
        ]
        if as_changes[0].compare(operator, as_changes[1]) is Truth.FAILS:
            return ""
    except (UnitMismatch, ArithmeticError, ValueError):
        return ""
    written = []
    for node, q, change in zip((left, right), (lq, rq), changes, strict=True):
        figure = q.interval.nominal
        if not isinstance(node, ClaimNode) or not units.has_offset(q.unit) or figure is None:
            continue
        claim = claims.get(node.name)
        value = claim.parsed_value if claim is not None else None
        about = "~" if value is not None and value.comparator == "~" else ""
        written.append(f"'{about}{format_decimal(figure, language)} {change}'")
    if not written:
        return ""
    return (
        f"a change of temperature, such as an anomaly or a warming? write"
        f" {' and '.join(written)}: changes convert degree for degree, temperatures"
        " with their offset"
    )


def _exact(figure: Decimal, quantity: Quantity, language: str) -> str:
    return format_quantity(Quantity(Interval.exact(figure), quantity.unit), language)


def _per_period_factor(node: Node) -> tuple[ClaimNode, int] | None:
    """The claim and the count of ``claim * 12`` or ``12 * claim``, or None."""
    if not isinstance(node, Product) or len(node.rest) != 1:
        return None
    ((operator, second),) = node.rest
    if operator != "*":
        return None
    for claim, number in ((node.first, second), (second, node.first)):
        if (
            isinstance(claim, ClaimNode)
            and isinstance(number, Number)
            and not number.unit
            and not number.scale
        ):
            value = number.value
            if value == value.to_integral_value() and int(value) in _PER_PERIOD:
                return claim, int(value)
    return None


def _per_time(quantity: Quantity) -> bool:
    return dict(quantity.unit.dimensionality).get("[time]") == -1


def _bounds_at_figures(comparison: Comparison, claims: Mapping[str, Claim]) -> str:
    """``<=3 inches == <=150 mm``: two bounds of one direction, compared at their figures.

    Said so that the figures in the message (3 in, 2 to 3,5 in) read as what they are,
    the bounds' figures and not their values.
    """
    _, operator, left, _, right, _ = comparison
    if operator != "==" or not (isinstance(left, ClaimNode) and isinstance(right, ClaimNode)):
        return ""
    written, directions = [], set()
    for node in (left, right):
        claim = claims.get(node.name)
        value = claim.parsed_value if claim is not None else None
        direction = None if value is None else _DIRECTIONS.get(value.comparator or "")
        if value is None or direction is None:
            return ""
        written.append(f"'{value.text}'")
        directions.add(direction)
    if len(directions) != 1:
        return ""
    return (
        f"two {directions.pop()} bounds compared by ==, {' and '.join(written)}, say one"
        " figure: they are compared at their figures"
    )


_DIRECTIONS = {">": "lower", ">=": "lower", "<": "upper", "<=": "upper"}


#: How far a round figure printed for a computed one may be from it (relatively) for the
#: ``~`` hint: a desk rounds to a five or a ten of the last digit it prints, as a
#: conversion in brackets is read (``same-fact-same-value``), not to a figure 10 % off.
_ROUNDED_AT_MOST = Decimal("0.05")


def _conversion(left: Node, lq: Quantity, right: Node, rq: Quantity) -> bool:
    """Two claims in two units of one dimension compared: a conversion, read as rounded."""
    return (
        isinstance(left, ClaimNode)
        and isinstance(right, ClaimNode)
        and lq.unit != rq.unit
        and lq.unit.dimensionality == rq.unit.dimensionality
    )


def _round_figure(comparison: Comparison, claims: Mapping[str, Claim], check: Check) -> str:
    """``2 380`` printed for 2 383,56: a round figure read as exact to the unit.

    Said when a claim's figure has trailing zeros, what it is compared with, rounded
    to its last significant digit, is that figure, and it is within the figure read
    with ``~`` (``~2 380``, give or take the ``approx`` tolerance): ``~2 380`` says it is
    rounded. A figure that ``~`` would still miss is no round figure but an error: 20 +
    15 + 5 millions against 40 milliards gets no hint. Nor does a figure further than
    :data:`_ROUNDED_AT_MOST` from it (300 for 270,37 is rounding to one digit, 10 % off:
    an error the ``~`` would hide), nor a conversion between two claims, which the check
    already reads as rounded ("300km/h (168mph)" fails: 168 mph is 270 km/h).
    """
    _, operator, left, lq, right, rq = comparison
    if operator != "==" or _conversion(left, lq, right, rq):
        return ""
    for printed, pq, cq in ((right, rq, lq), (left, lq, rq)):
        if not isinstance(printed, ClaimNode):
            continue
        claim = claims.get(printed.name)
        value = claim.parsed_value if claim is not None else None
        figure = pq.interval.nominal
        if value is None or value.comparator is not None or figure is None:
            continue
        rounded = significant(figure)
        exponent = rounded.as_tuple().exponent
        if not isinstance(exponent, int) or exponent <= 0:
            continue  # no trailing zeros to read as rounding
        try:
            central = cq.to(pq.unit).interval.nominal
        except (UnitMismatch, ArithmeticError):
            continue
        if central is None or not central.is_finite():
            continue
        if claim is None or central.quantize(Decimal(1).scaleb(exponent)) != rounded:
            continue
        if abs(central - figure) > _ROUNDED_AT_MOST * abs(figure):
            continue  # rounding to a round figure so far off is an error, not a style
        approx = DEFAULT_APPROX if check.approx is None else check.approx
        try:
            about = parse_value(f"~{value.text}", claim.language, approx=approx).quantity
            inside = about.to(pq.unit).interval.contains(central)
        except (ValueSyntaxError, UnitMismatch, ArithmeticError, ValueError):
            continue
        if inside:
            return f"if {value.text} is a round figure, write ~{value.text}"
    return ""
