"""Say where a relation holds only thanks to the reported precision.

A relation that fails for the figures as written but holds for values within
their precision is not an error (``44,4 + 22,2 + 33,3 %`` can be 100 % of
shares rounded to one decimal), but an editor may want to know: the reader
adding up the printed figures gets 99,9 %. This rule reports, as information,
shares of a whole that reach it only thanks to rounding, reports of the same
fact whose printed figures differ but agree within their precision (``12 %`` and
``12,4 %``; not a ``~90`` and a ``95``: the ``~`` says how far the figure may be), and
``expect`` or ``order`` checks that hold only within the
precision of their figures or dates (statcheck's users asked for exactly this). A
check whose every figure is a whole number written without decimals (``3``
conversions, ``5 year`` of prison) holds so only because those figures are read as
rounded (2,5 to 3,5): the info asks whether they are counts and names the properties
to declare with ``count = true``, for a wrong breakdown of counts then fails.

A check that holds only because a bound has no end is reported too, in the words of
its figure: "plus de 12 millions de personnes, soit près d'un tiers des quelque 50
millions d'habitants" is 24 % at 12 millions, and ``deplaces / population == part``
(``~33 %``) holds with ``>12 millions person`` only because the bound reaches 16
millions and beyond. Each bound (``>``, ``>=``, ``<``, ``<=``) is read at its figure as
"12-and-a-bit": the figure rounded as written, and a step of its last digit beyond it
(11,5 to 13 millions; "almost 10 years" is 9 to 10,5). When the check then fails, the
info says so, with the arithmetic at the figure. It is information, not a warning:
"more than 1,200 dead" is true of a toll that rose to 1,350, and copy that checks it
against the later toll is right. A bound that is alone one side of an ``==`` says how the
other side compares with its figure: "more than one in three", ``hungry / population ==
hunger_share`` with ``>33.3 %``, at 37,5 % is more than one in three, and the bound holds
as the copy has it: nothing is said. Two bounds of one direction that are the two sides of
an ``==`` ("up to 3 inches (150mm)", ``<=3 inches`` and ``<=150 mm``) say one figure, and
are compared at their figures by the check itself: when those fail, it is
``expect-holds``'s error, not information here.

An ``order`` check with two events dated to the same single day is in order (a date
orders no two events of one day) and is not reported; two periods that overlap
otherwise (``mars 2015`` and ``27 mars 2015``) are. A sum, a difference, a ratio or a
growth rate in a check that rounding explains only improbably, and a check that holds
only through the ``~`` of a precise figure ("around 105.6 mb/d"), are
``sums-at-the-limit``'s warning, and not reported here too while that rule runs (at
its own ``max_chance``).

It is meant for what a reader can redo from the printed figures and find off. A figure
computed in a check (a ratio, a growth rate, a sum, a power) is read at the precision
of the printed figure it is compared with: 1 730 of 2 337 staff is 74,03 %, printed as
``74 %``, a growth of -9,375 % is printed as ``-9,4 %``, and ``pow(10, 1.5)`` (31,62)
as ``32``, so none is reported; printed as ``-8 %`` the growth would be. Its central
value is the figures as printed, computed: ``44,4 + 22,2 + 33,3 %`` is 99,9 %, which is
not the exact 100 % of a whole, nor of a constant written in the check, and is reported.
Shares that are whole counts (seats, people) are not rounded at all:
``shares-at-the-limit`` reports those that miss their whole.

Nothing is said where a reader would find nothing off either:

- a figure and its exact conversion (38 °C and 100,4 °F): their central values are
  equal, but for the float arithmetic of the conversion (a billionth of either); between
  weeks and years, by 52 weeks or by the calendar's 365,25 / 7 days ("£100.88 a year,
  or £1.94 a week");
- a conversion given in brackets right after its figure (``140-mile (225km)``): the
  desk's way of writing one, rounded as conversions are (``same-fact-same-value``);
- an ``==`` check between two claims in two units of one dimension ("41 années-lumière
  (12,6 parsecs)", ``distance_al == distance_pc``): a conversion, rounded as its figure
  is (one that only a conversion's rounding makes hold, "70mph (110km/h)", holds so).
  Two claims in one unit, or a figure computed from claims, are still reported;
- a ``~`` figure, a claim's or a check's (``a / b == ~6``, "près de six fois"): "about
  3 330" is 2 997 to 3 663 as written, so every check on it holds "only thanks to
  rounding" and saying so says nothing. The check is reported only
  when the figure it is compared with lies outside that approximation (111 against
  ``~100``, 90 to 110) and it holds only at the approximation's edge;
- a round figure (``9 100 EUR`` for 9 096), read to its last
  significant digit, unless it may count things (a bare ``30`` or ``30 person`` is a
  count as much as a round figure: the counts hint asks).

**Options:** none.

**Passes**

```yaml
claims:  # the printed figures add up to 100 %
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "44,4 %", when: septembre 2012, quote: "Orange (44,4%)"}
  - {id: thales, subject: Cloudwatt, property: share_held, qualifiers: {holder: Thales},
     value: "22,2 %", when: septembre 2012, quote: "Thales (22,2%)"}
  - {id: cdc, subject: Cloudwatt, property: share_held, qualifiers: {holder: CDC},
     value: "33,4 %", when: septembre 2012, quote: "la Caisse des Dépôts (33,4%)"}
```

```yaml
claims:  # "more than 1,200 dead", then a toll that rose to 1,350: below it at 1,200 too
  - {id: first_toll, subject: earthquake, property: deaths_first_reported,
     value: ">1 200 person", quote: "plus de 1 200 morts"}
  - {id: later_toll, subject: earthquake, property: deaths, value: "1 350 person",
     quote: "un bilan passé à 1 350 morts"}
checks:
  - {id: toll_rose, expect: "first_toll < later_toll"}
```

```yaml
claims:  # "more than one in three": 18 of 48 million is 37,5 %, more than 33,3 %
  - {id: hungry, subject: Sudan, property: people_facing_acute_hunger,
     value: "18 million person", quote: "18 million face acute hunger"}
  - {id: population, subject: Sudan, property: population, value: "48 million person",
     quote: "its 48 million people"}
  - {id: hunger_share, subject: Sudan, property: share_facing_acute_hunger,
     value: ">33.3 %", quote: "more than one in three Sudanese"}
checks:
  - {id: one_in_three, expect: "hungry / population == hunger_share"}
```

```yaml
claims:  # "près de six fois moins": 70 of 405 billion parameters, 5,79 times less
  - {id: grand, subject: Llama 3.1 405B, property: parameters, value: "405 milliards",
     quote: "405 milliards de paramètres"}
  - {id: petit, subject: Llama 3.1 70B, property: parameters, value: "70 milliards",
     quote: "70 milliards"}
checks:
  - {id: six_fois, expect: "grand / petit == ~6"}
```

```yaml
claims:  # two events of one day: in order
  - {id: quake, subject: séisme, property: struck, when: 9 mars 2025, quote: "le 9 mars"}
  - {id: visit, subject: Premier ministre, property: visited, when: 9 mars 2025,
     quote: "le 9 mars"}
checks:
  - {id: timeline, order: [quake, visit]}
```

```yaml
claims:  # 1730 / 2337 is 74,03 %: printed as 74 %
  - {id: staff, subject: Hôpital, property: staff, value: "2337 person", when: "2024",
     quote: "2337"}
  - {id: vaccinated, subject: Hôpital, property: vaccinated_staff, value: "1730 person",
     when: "2024", quote: "1730"}
  - {id: vaccinated_share, subject: Hôpital, property: vaccinated_staff_share,
     value: "74 %", when: "2024", quote: "74 %"}
checks:
  - {id: share_of_staff, expect: "vaccinated / staff == vaccinated_share"}
```

**Fails**

```yaml
claims:  # "plus de 12 millions, soit près d'un tiers des quelque 50 millions d'habitants"
  - {id: deplaces, subject: guerre au Soudan, property: displaced,
     value: ">12 millions person", quote: "plus de 12 millions de personnes"}
  - {id: population, subject: Soudan, property: population, value: "~50 millions",
     quote: "quelque 50 millions d'habitants"}
  - {id: part, subject: Soudan, property: share_displaced, value: "~33 %",
     quote: "près d'un tiers"}
checks:
  - {id: tiers, expect: "deplaces / population == part"}
    # info: check 'tiers' holds only because '>12 millions person' (deplaces) has no upper
    #   end: at 12 millions person, deplaces / population = 24 % (20,9 à 28,89 %), not ==
    #   part = 33 % (29,7 à 36,3 %)
```

```yaml
claims:  # the article's figures: a reader adding them up gets 99,9 %
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "44,4 %", when: septembre 2012, quote: "Orange (44,4%)"}
  - {id: thales, subject: Cloudwatt, property: share_held, qualifiers: {holder: Thales},
     value: "22,2 %", when: septembre 2012, quote: "Thales (22,2%)"}
  - {id: cdc, subject: Cloudwatt, property: share_held, qualifiers: {holder: CDC},
     value: "33,3 %", when: septembre 2012, quote: "la Caisse des Dépôts (33,3%)"}
    # info: shares of Cloudwatt (septembre 2012) sum to 99,9 % (99,75 à 100,05 %):
    #   100 % only thanks to rounding (orange + thales + cdc)
```
"""

from __future__ import annotations

import decimal
import functools
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from factcheck import units
from factcheck.explicit import OpenBound, comparisons_of, open_bound
from factcheck.expressions import (
    SCALE_FUNCTIONS,
    And,
    Call,
    Compare,
    Comparison,
    EvaluationError,
    Expression,
    Negate,
    Node,
    Not,
    Number,
    Or,
    Product,
    Sum,
)
from factcheck.expressions import Claim as ClaimNode
from factcheck.findings import Problem, Severity
from factcheck.model import Check, Claim
from factcheck.rules import sums_at_the_limit
from factcheck.rules.base import (
    Context,
    Option,
    check_problem,
    claim_problem,
    claim_table,
    claims_seen_from,
    outcomes_of,
    share_sum_problem,
    shares_of,
    written_key,
)
from factcheck.rules.same_fact_same_value import bracketed, rounded_conversion
from factcheck.rules.shares_at_the_limit import counted_sum
from factcheck.values import Interval, Quantity, Truth, UnitMismatch, Value, format_quantity

if TYPE_CHECKING:
    import pint

ID = "holds-by-rounding"
SEVERITY = Severity.INFO
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report share sums and checks that hold only within the reported precision."""
    for group in shares_of(context):
        if len(group.parts) > 1 and group.truth_equals is Truth.ROUNDING:
            if counted_sum(group) is not None:
                continue  # whole counts are not rounded: shares-at-the-limit's warning
            listing = group.listing()
            yield share_sum_problem(group, ": ", f" only thanks to rounding ({listing})")
    yield from _same_fact_by_rounding(context)
    table = claim_table(context)
    at_the_limit = _sums_max_chance(context)
    for check_, outcome in outcomes_of(context):
        if isinstance(outcome, EvaluationError) or outcome.truth is Truth.FAILS:
            continue
        claims = claims_seen_from(table, check_.location.file)
        if check_.expect is not None:
            bound = open_bound(check_, claims)
            if bound is not None and not _bound_met_as_written(check_, claims, bound):
                yield check_problem(check_, _open_bound_message(check_, bound))
                continue
        if outcome.truth is not Truth.ROUNDING:
            continue
        if check_.expect is not None and at_the_limit is None:
            hedge = sums_at_the_limit.hedged(check_, claims)
            if hedge is not None:  # the `~` of a figure, not rounding
                yield check_problem(check_, sums_at_the_limit.hedge_message(check_, hedge))
                continue
        if check_.expect is not None and _as_printed(check_, claims):
            continue
        if (
            at_the_limit is not None
            and check_.expect is not None
            and sums_at_the_limit.at_the_limit(check_, claims, at_the_limit)
        ):
            continue  # an improbable sum or ratio, or a hedge: sums-at-the-limit's warning
        hint = _counts_hint(check_, claims) if check_.expect is not None else ""
        yield check_problem(check_, f"check '{check_.id}': {outcome.explanation}{hint}")


def _sums_max_chance(context: Context) -> float | None:
    """The ``max_chance`` of ``sums-at-the-limit`` in this run, None when that rule is off.

    A check it reports is its warning, not this rule's information too. The engine gives
    it as the configuration of this run resolved it (the one given to ``verify``).
    """
    options = context.options_of(sums_at_the_limit)
    return None if options is None else float(options["max_chance"])


def _open_bound_message(check: Check, bound: OpenBound) -> str:
    """``check 'x' holds only because '>12 millions person' (a) has no upper end: at ...``."""
    reasons = []
    figures = []
    for claim in bound.bounds:
        value = claim.parsed_value
        assert value is not None, "open_bound names claims with a value"
        figure = value.text.lstrip("<>=≤≥ ")
        end = "no upper end" if value.comparator in (">", ">=") else "no lower end but 0"
        if value.comparator in ("<", "<=") and value.quantity.interval.lo.is_infinite():
            end = "no lower end"
        reasons.append(f"'{value.text}' ({claim.id}) has {end}")
        figures.append(figure)
    return (
        f"check '{check.id}' holds only because {' and '.join(reasons)}: at"
        f" {' and '.join(figures)}, {bound.at_figures.explanation}"
    )


def _bound_met_as_written(check: Check, claims: Mapping[str, Claim], bound: OpenBound) -> bool:
    """Whether each bound is a whole side of an ``==`` that the other side meets as written.

    "More than one in three": ``hungry / population == hunger_share``, the share ``>33.3 %``,
    says that the ratio is more than 33,3 %; at 37,5 % it is, and the bound holds as the
    copy has it. Read as its figure, the bound makes the ``==`` fail (37,5 % is not 33,3 %),
    which says nothing a desk needs. A bound inside arithmetic (``deplaces / population``,
    deplaces ``>12 millions``) is no such side: its figure is what the copy computes with.
    """
    expression = check.expression
    decided = comparisons_of(check, claims)
    if expression is None or decided is None:
        return False
    names = {claim.id: claim for claim in bound.bounds}
    if names.keys() & _inside(expression.root):
        return False  # a bound computed with, or in a chain of comparisons
    met: set[str] = set()
    for _, operator, left, lq, right, rq in decided[1]:
        for side, other in ((left, rq), (right, lq)):
            claim = names.get(side.name) if isinstance(side, ClaimNode) else None
            if claim is None:
                continue
            value = claim.parsed_value
            if operator != "==" or value is None or not _meets(other, value):
                return False
            met.add(claim.id)
    return met == names.keys()


def _meets(other: Quantity, bound: Value) -> bool:
    """Whether the other side's figure as written is beyond the bound's figure, as it says."""
    try:
        central = other.to(bound.quantity.unit).interval.nominal
    except (UnitMismatch, ArithmeticError):
        return False
    interval = bound.quantity.interval
    if central is None:
        return False
    if bound.comparator in (">", ">="):
        return central > interval.lo or (bound.comparator == ">=" and central == interval.lo)
    return central < interval.hi or (bound.comparator == "<=" and central == interval.hi)


def _inside(node: Node) -> set[str]:
    """The claim ids of a check that are not, alone, one side of a single comparison."""
    if isinstance(node, Compare):
        found: set[str] = set()
        sides = (node.first, *(side for _, side in node.rest))
        for side in sides:
            if len(sides) == 2 and isinstance(side, ClaimNode):
                continue
            found |= _names(side)
        return found
    if isinstance(node, Not):
        return _inside(node.operand)
    if isinstance(node, And | Or):
        found = set()
        for operand in node.operands:
            found |= _inside(operand)
        return found
    return _names(node)


def _names(node: Node) -> set[str]:
    """Every claim id named in a number's tree."""
    if isinstance(node, ClaimNode):
        return {node.name}
    if isinstance(node, Negate):
        return _names(node.operand)
    if isinstance(node, Sum | Product):
        found = _names(node.first)
        for _, operand in node.rest:
            found |= _names(operand)
        return found
    if isinstance(node, Call):
        found = set()
        for arg in node.args:
            found |= _names(arg)
        return found
    return set()


def _counts_hint(check: Check, claims: Mapping[str, Claim]) -> str:
    """Ask whether whole numbers read as rounded are counts, naming their properties.

    Tries, goals, sentences in years: a value written as a whole number (``3``,
    ``5 year``) is read as 2,5 to 3,5 unless its property is a count, and a wrong
    breakdown of counts then holds "only thanks to rounding". So does a fine, costs and
    their total written to the pound (``£1,200``), exact amounts a court orders. When
    every claim of the check has such a value, the info names the properties to declare.
    """
    expression = check.expression
    if expression is None:
        return ""
    if _DAYS_CALL.search(expression.text) and _all_in_years_or_months(expression, claims):
        # "married for 54 years": completed years, which days() against 54 year reads
        # as 53,5 to 54,5 (a count of years is no count of things)
        return (
            " (completed years or months? years(a, b) and months(a, b) count them as an"
            " age does; days(a, b) reads a figure in years as rounded)"
        )
    rounded: list[str] = []
    money = False  # a fine, costs and their total, to the pound: exact amounts
    text = expression.text
    for name in sorted(expression.valued_names, key=lambda name: (text.find(name), name)):
        claim = claims.get(name)
        value = claim.parsed_value if claim is not None else None
        if claim is None or value is None:
            return ""
        if not _written_whole(value):
            return ""
        if not _may_count(value.quantity.unit):
            if not units.is_currency(value.quantity.unit):
                return ""
            money = True
        interval = value.quantity.interval
        if interval.lo != interval.hi and claim.property not in rounded:
            rounded.append(claim.property)  # not yet a count
    if not rounded:
        return ""
    listed = ", ".join(f"[properties.{name}]" for name in rounded)
    asked = "are these counts or exact amounts?" if money else "are these counts?"
    return f" ({asked} set `count = true` on {listed} in the configuration)"


_DAYS_CALL = re.compile(r"(?<![\w])days\s*\(")


def _all_in_years_or_months(expression: Expression, claims: Mapping[str, Claim]) -> bool:
    """Every claim whose value the check reads is a whole number of years or of months."""
    units_of_time = (units.parse_unit("year"), units.parse_unit("month"))
    for name in expression.valued_names:
        claim = claims.get(name)
        value = claim.parsed_value if claim is not None else None
        if value is None or not _written_whole(value):
            return False
        if value.quantity.unit not in units_of_time:
            return False
    return bool(expression.valued_names)


def _written_whole(value: Value) -> bool:
    """One figure written to the unit: no decimals, scale, ``~``, bound or range (``1,200``)."""
    return (
        value.comparator is None
        and value.scale == 1
        and len(value.figures) == 1
        and value.figures[0].as_tuple().exponent == 0
    )


def _whole_number(value: Value) -> bool:
    """A count written as a whole number: no decimals, scale, ``~``, bound or range.

    Only a pure number, persons or a duration (``5 year`` of prison) may count: ``27 %``
    and ``3 EUR`` are amounts, rounded as written.
    """
    return _written_whole(value) and _may_count(value.quantity.unit)


@functools.cache
def _may_count(unit: pint.Unit) -> bool:
    dimensions = dict(unit.dimensionality)
    if not dimensions:
        return unit == units.dimensionless()  # not %, pp or ppm
    return dimensions in ({"[person]": 1}, {"[time]": 1})


def _as_printed(check: Check, claims: Mapping[str, Claim]) -> bool:
    """Whether each comparison of the check that holds only within precision holds as printed.

    That is, a figure computed from the claims, read at the precision of the printed
    figure it is compared with (its central value rounded to that figure's last digit),
    satisfies the comparison: 74,03 % is the 74 % printed.
    """
    decided = comparisons_of(check, claims)
    if decided is None:
        return False
    rounding = [link for link in decided[1] if link[0] is Truth.ROUNDING]
    return bool(rounding) and all(_holds_as_printed(link, claims) for link in rounding)


def _holds_as_printed(comparison: Comparison, claims: Mapping[str, Claim]) -> bool:
    """Whether a comparison holds for its figures as printed, or as a reader reads them.

    True when its two central values are equal but for the float of a unit conversion
    (38 °C and 100,4 °F), when one side is a ``~`` figure and the other's central value
    within it (``~3 330`` and 3 327,6: "about" says as much), and when a computed side
    (``a / b``, ``a + b``), rounded as the claim it is compared with is printed, holds;
    a figure written with trailing zeros that counts nothing (``9 100 EUR``) is read to
    its last significant digit. A range, a bound or a constant of the check is exact.
    """
    _, operator, left, lq, right, rq = comparison
    if operator == "==" and (_same_central(lq, rq) or _conversion(left, lq, right, rq)):
        return True
    for computed, cq, printed, pq, printed_first in (
        (left, lq, right, rq, False),
        (right, rq, left, lq, True),
    ):
        if isinstance(printed, Number) and printed.approximate and operator == "==":
            try:  # ~6 in the check: "about" says as much, as a claim's ~6 does
                central = cq.to(pq.unit).interval.nominal
            except (UnitMismatch, ArithmeticError):
                return False
            return central is not None and pq.interval.contains(central)
        if not isinstance(printed, ClaimNode):
            continue
        claim = claims.get(printed.name)
        value = claim.parsed_value if claim is not None else None
        if value is not None and value.comparator == "~" and operator == "==":
            try:
                central = cq.to(pq.unit).interval.nominal
            except (UnitMismatch, ArithmeticError):
                return False
            return central is not None and pq.interval.contains(central)
        if not _computed(computed):
            continue
        figure = pq.interval.nominal
        if figure is None or pq.interval.lo == pq.interval.hi:
            continue  # a range, a bound, or an exact figure that nothing rounds to
        try:
            central = cq.to(pq.unit).interval.nominal
        except (UnitMismatch, ArithmeticError):
            return False
        if central is None:
            return False
        readings = [figure]
        if value is not None and not _whole_number(value):
            readings.append(significant(figure))
        for written in readings:
            for read in _read_as(central, written):
                pair = (figure, read) if printed_first else (read, figure)
                exact = Interval.exact(pair[0]), Interval.exact(pair[1])
                if exact[0].compare(operator, exact[1]) is Truth.HOLDS:
                    return True
        return False
    return False


def _conversion(left: Node, lq: Quantity, right: Node, rq: Quantity) -> bool:
    """Whether two claims in two units of one dimension are compared: a conversion.

    "41 années-lumière (12,6 parsecs)", "1.55 °C (2.79 °F)": a conversion is rounded in
    the copy as its figure is, and one that agrees only thanks to that rounding is what a
    conversion is, not something a reader finds off. Two claims in one unit are still
    reported, and so is a figure computed from claims.
    """
    return (
        isinstance(left, ClaimNode)
        and isinstance(right, ClaimNode)
        and lq.unit != rq.unit
        and lq.unit.dimensionality == rq.unit.dimensionality
    )


#: Two central values this close are one figure converted through floats (38 °C, 100,4 °F).
_FLOAT_TOLERANCE = Decimal("1e-9")


def _same_central(lq: Quantity, rq: Quantity) -> bool:
    """Whether two sides are one value, but for a float conversion between their units.

    Between weeks and years, by either of the two factors a year has: 52 weeks (councils,
    payrolls: "£100.88 a year, or £1.94 a week") or the calendar's 365,25 / 7.
    """
    ours = lq.interval.nominal
    if ours is None or not ours.is_finite():
        return False
    try:
        if rq.unit is lq.unit:
            return _near(ours, rq.interval.nominal)
        if _near(ours, rq.to(lq.unit).interval.nominal):
            return True
        theirs = rq.interval.nominal
        if theirs is None or not theirs.is_finite():
            return False
        _, low, high, offset = units.conversion_range(rq.unit, lq.unit)
    except (UnitMismatch, units.UnitError, ArithmeticError):
        return False
    return low != high and any(_near(ours, theirs * factor + offset) for factor in (low, high))


def _near(ours: Decimal, theirs: Decimal | None) -> bool:
    """Whether two central values are equal but for the floats of a conversion."""
    if theirs is None or not theirs.is_finite():
        return False
    return abs(ours - theirs) <= _FLOAT_TOLERANCE * max(abs(ours), abs(theirs))


def significant(figure: Decimal) -> Decimal:
    """A figure with trailing zeros, at the precision of its last significant digit.

    ``2380`` is read as tens (``2.38E+3``), ``870000`` as ten thousands; a figure
    without trailing zeros, or with decimals, is returned as it is.
    """
    if not figure.is_finite() or figure == 0:
        return figure
    exponent = figure.as_tuple().exponent
    if not isinstance(exponent, int) or exponent < 0:
        return figure
    return figure.normalize()


def _computed(node: Node) -> bool:
    """Whether a side is computed from figures (a sum, a ratio), not one figure or a constant."""
    if isinstance(node, Sum | Product):
        return True
    if isinstance(node, Negate):
        return _computed(node.operand)
    if isinstance(node, Call):
        return (
            (node.function == "sum" and len(node.args) > 1)
            or node.function in SCALE_FUNCTIONS  # pow(10, 1.5) is 31,62..., printed 32
            or any(map(_computed, node.args))
        )
    return False


_ROUNDING = decimal.Context(prec=200)


def _read_as(central: Decimal, figure: Decimal) -> list[Decimal]:
    """What a reader rounding ``central`` to the last digit of ``figure`` may print.

    A tie (74,5 to units) may go either way: both are what it rounds to.
    """
    exponent = figure.as_tuple().exponent
    if not isinstance(exponent, int) or not central.is_finite():
        return []
    step = Decimal((0, (1,), exponent))
    try:
        return [
            central.quantize(step, rounding=mode, context=_ROUNDING)
            for mode in (decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN)
        ]
    except decimal.InvalidOperation:
        return []


def _same_fact_by_rounding(context: Context) -> Iterator[Problem]:
    """Compare each written figure with the first one written for the same fact.

    The claim table numbers the facts (drafts with a field still to fill in have none)
    and lists the reports of facts reported more than once, in report order.
    """
    table = claim_table(context)
    values, facts = table.values, table.facts
    first_report: dict[int | None, int] = {}
    # An archive writes the same few figures again and again: each pair of values is
    # compared once (by id: the table keeps the values alive). None: units that clash.
    verdicts: dict[tuple[int, int], Truth | None] = {}
    for position in table.repeated:
        value = values[position]
        if value is None or value.quantity.interval.nominal is None or value.comparator:
            continue  # a range, a bound or a `~` figure is no figure to round
        first = first_report.setdefault(facts[position], position)
        theirs = values[first]
        if first == position or theirs is None or theirs is value:
            continue  # the very same figure (values are parsed once per text) agrees
        ours = value.quantity
        pair = (id(value), id(theirs))
        if pair in verdicts:
            truth = verdicts[pair]
        else:
            truth = verdicts[pair] = _equals(ours, theirs.quantity)
        if truth is not Truth.ROUNDING:
            continue  # most pairs: the claims themselves, scattered in memory, are not read
        claim, earlier = table.claims[position], table.claims[first]
        if (
            written_key(claim, value) != written_key(earlier, theirs)
            and not _same_central(ours, theirs.quantity)  # 38 °C and 100,4 °F
            # "140-mile (225km)": a conversion given in brackets after its figure
            and not bracketed(rounded_conversion(claim, earlier), claim, earlier)
        ):
            # (one article writing its figure two ways is same-fact-same-value's error)
            message = (
                f"'{claim.id}' says {format_quantity(ours, claim.language)} and "
                f"'{earlier.id}' says {format_quantity(theirs.quantity, earlier.language)}: "
                "the same fact only thanks to rounding"
            )
            yield claim_problem(claim, message, earlier)


def _equals(ours: Quantity, theirs: Quantity) -> Truth | None:
    """Whether two figures can be equal, or None when their units do not convert."""
    try:
        if ours.unit is theirs.unit:
            return ours.interval.compare("==", theirs.interval)
        return ours.compare("==", theirs)
    except UnitMismatch:
        return None
