"""A sum or a ratio in a check holds only if its figures sit improbably far from as written.

``shares-at-the-limit``'s question, asked of ``expect`` checks: "$1.9 million for debris
removal, $900,000 in overtime and $500,000 for storm drain repairs", a cleanup that
"will cost the city $3.2 million". As written the parts add up to 3,3 million, and the
check ``debris + overtime + drains == total`` holds only because $1.9 million may be
1,85 million and $3.2 million may be 3,25 million: both at the very edge of their
rounding, rounded in opposite ways. A reader adding up the printed figures finds them
off by 100 000 dollars; far more often than not, one of them is wrong.

A figure rounded to a step ``w`` (0,1 million for ``$1.9 million``) is off by an error
anywhere from -w/2 to w/2, independent of the others'. When the relation is true, the
errors of every figure in it (the parts and the total alike) add up to exactly the gap
between its printed sides, so the chance that rounding alone prints a gap so large is
that of the errors' sum, Irwin-Hall's distribution over the steps, computed exactly as
for shares (``factcheck.shares.printed_sum_chance``). A check is reported when that
chance is below ``max_chance`` (default 0,001: one correct check in a thousand), or
when every figure must sit at the edge of its rounding (a chance of none).

| check as printed | gap | chance | |
|---|---|---|---|
| 44,4 + 22,2 + 33,3 % == 100 % | 0,1 | 1 in 4 | passes (``holds-by-rounding`` says so) |
| 1,9 + 0,9 + 0,5 == 3,2 millions | 0,1 million | 1 in 3 | passes |
| 12 + 9 + 30 + 41 == 90 (millions) | 2 | 1 in 192 | passes (``max_chance = 0.01`` reports it) |
| 1,9 + 0,9 + 0,5 == 3,1 millions | 0,2 million | at the limit | warning |
| $1.9 million + $900,000 + $500,000 == $3.2 million | 100 000 | under 1 in a million | warning |

Only comparisons ``==`` that hold only thanks to rounding are judged, and only those
whose sides add and subtract claims and constants (``a + b + c == total``, ``a - b ==
change``, ``sum(a, b) == 100 %``), with at least two figures on one side. Every figure
must be a rounded one: a ``~`` figure, a range or a bound has a spread that is no
rounding, and its check is left alone. A check reported here is not reported by
``holds-by-rounding`` too; shares of a whole listed without a check are
``shares-at-the-limit``'s.

A ratio or a growth rate (``x / y == r``, ``(x - y) / y == g``: one ``==`` of claims
and constants added, subtracted, multiplied and divided) is judged the same way: each
figure's rounding moves the difference of the two sides, to first order, by its step
times the difference's slope at the printed figures (computed as the difference's
change between the figure's two ends, the others at their figures); those moves are
independent and even over their spread, so the chance that they reach the printed gap,
either way, is that of a sum of uniform errors, computed exactly. A computed side that
prints as the claim it is compared with (6,756 % against ``6,8 %``) needs no rounding of
the figures and is never reported, nor is a ratio compared with a constant of the check
(exact, or ``~``): the check's own figure, not the copy's. Levels
rounded to two digits spread a growth rate widely ("7.1 million, up 3.9 % on 6.9
million": 1,43 to 4,38 %), so a ratio is reported when its chance is below 0,15 (one
correct check in about seven: a gap a reader who redoes the division finds):

| check as printed | gap | chance | |
|---|---|---|---|
| (7,1 - 6,9) / 6,9 == 2,9 % | 0 | 1 | passes |
| (7,1 - 6,9) / 6,9 == 3,4 % | 0,5 point | 1 in 2 | passes (``holds-by-rounding`` says so) |
| (7,1 - 6,9) / 6,9 == 3,7 % | 0,8 point | 1 in 5 | passes |
| (7,1 - 6,9) / 6,9 == 3,9 % | 1 point | 1 in 10 | warning |
| (7,1 - 6,9) / 6,9 == 4,3 % | 1,4 point | 1 in 390 | warning |

A check that holds only through the ``~`` of a precise figure is reported too: "around
105.6 mb/d, up from 103.8 mb/d, a rise of 5 %" holds because ``~105.6 mb/d`` reads as
95 to 116,2 mb/d (the ``approx`` tolerance, 10 %), and fails at 105,6 as written (a
rise of 1,7 %). A ``~`` figure of three significant digits or more is read as written
(its trailing zeros as rounding: ``~2 380`` is 2 375 to 2 385), and when the check then
fails the warning names the ``~`` and gives the arithmetic at the figure. A rounder
figure (``~110 mb/d``, ``~50 millions``) keeps its band, which is what "about" says of
it, and so does a simple fraction written as a percentage ("un sur huit", ``~12,5 %``).
But any ``~`` figure, whatever its place in the check (either side of the ``==``, a
factor, a numerator, the result of a product), is also read within half of its band,
the other figures as written: "about 5.9 million, up 7.1 % on 5.8 million" holds only
with 5.9 million read as 6.21 million or more, 5 % off (as written the rise is 1,7 %),
and "environ 230 000" for 398 700 × 53 % (211 300) as much; both are reported. "About
300, up 10 % from 270" needs 297, 1 % off, and is not. A warning, not an error: the
``~`` band is the run's ``approx`` setting, and the checks read every ``~`` figure with
it; ``fail_on = "warning"`` fails a run on these.

**Options:** ``max_chance`` (default ``0.001``, from 0 to 1): a sum is reported when
the rounding errors of its figures add up to its gap less often than this (0: only at
the limit).

**Passes**

```yaml
claims:  # 1,9 + 0,9 + 0,5 is 3,3 millions, printed as 3,2: off by one step, 1 chance in 3
  - {id: debris, subject: nettoyage, property: cost, qualifiers: {item: débris},
     value: "1,9 million EUR", quote: "1,9 million d'euros"}
  - {id: overtime, subject: nettoyage, property: cost, qualifiers: {item: heures},
     value: "0,9 million EUR", quote: "0,9 million d'euros"}
  - {id: drains, subject: nettoyage, property: cost, qualifiers: {item: égouts},
     value: "0,5 million EUR", quote: "0,5 million d'euros"}
  - {id: total, subject: nettoyage, property: cost, value: "3,2 millions EUR",
     quote: "3,2 millions d'euros"}
checks:
  - {id: cleanup_sum, expect: "debris + overtime + drains == total"}
```

```yaml
source:
  language: en
claims:  # "7.1 million, up 3.4% on 6.9 million": 2,9 % as printed, half a point off
  - {id: oct26, subject: Heathrow, property: passengers, value: "7.1 million",
     when: October 2026, quote: "7.1 million"}
  - {id: oct25, subject: Heathrow, property: passengers, value: "6.9 million",
     when: October 2025, quote: "6.9 million"}
  - {id: growth, subject: Heathrow, property: passengers_change, value: "3.4 %",
     when: October 2026, quote: "up 3.4%"}
checks:
  - {id: g, expect: "(oct26 - oct25) / oct25 == growth"}
```

**Fails**

```yaml
source:
  language: en
claims:  # 3,3 million printed as 3,2: both millions at the edge of their rounding
  - {id: debris, subject: cleanup, property: cost, qualifiers: {item: debris},
     value: "$1.9 million", quote: "$1.9 million for debris removal"}
  - {id: overtime, subject: cleanup, property: cost, qualifiers: {item: overtime},
     value: "$900,000", quote: "$900,000 in overtime"}
  - {id: drains, subject: cleanup, property: cost, qualifiers: {item: drains},
     value: "$500,000", quote: "$500,000 for storm drain repairs"}
  - {id: total, subject: cleanup, property: cost, value: "$3.2 million",
     quote: "will cost the city $3.2 million"}
checks:
  - {id: cleanup_sum, expect: "debris + overtime + drains == total"}
    # warning: check 'cleanup_sum': debris + overtime + drains = 3,300,000 USD (3,249,000 to
    #   3,351,000 USD) == total = 3.2 million USD (3.15 to 3.25 million USD) only if
    #   rounding moved its figures by 100,000 USD or more, which it does to less than 1
    #   check of 4 figures in a million: is one of debris, overtime, drains or total wrong?
```

```yaml
source:
  language: en
claims:  # "7.1 million, up 3.9% on 6.9 million": 2,9 % as printed
  - {id: oct26, subject: Heathrow, property: passengers, value: "7.1 million",
     when: October 2026, quote: "7.1 million"}
  - {id: oct25, subject: Heathrow, property: passengers, value: "6.9 million",
     when: October 2025, quote: "6.9 million"}
  - {id: growth, subject: Heathrow, property: passengers_change, value: "3.9 %",
     when: October 2026, quote: "up 3.9%"}
checks:
  - {id: g, expect: "(oct26 - oct25) / oct25 == growth"}
    # warning: check 'g': (oct26 - oct25) / oct25 = 2.9 % (1.43 to 4.38 %) == growth =
    #   3.9 % (3.85 to 3.95 %) only if rounding moved its figures that far apart, which it
    #   does to 1 check of 3 figures in 10: is one of oct26, oct25 or growth wrong?
```

```yaml
source:
  language: en
claims:  # "around 105.6 mb/d by 2029, up from 103.8 mb/d": a rise of 1,7 %, not 5 %
  - {id: plateau, subject: world, property: oil_demand, value: "~105.6 mb/d",
     when: "2029", quote: "around 105.6 million barrels per day"}
  - {id: now, subject: world, property: oil_demand, value: "103.8 mb/d", when: "2025",
     quote: "103.8 mb/d in 2025"}
  - {id: rise, subject: world, property: oil_demand_change, value: "+5 %", when: "2029",
     quote: "a rise of 5%"}
checks:
  - {id: c, expect: "(plateau - now) / now == rise"}
    # warning: check 'c' holds only thanks to the ~ of 'plateau' ('~105.6 mb/d', read as
    #   95 to 116.2 Mbbl/day): at 105.6 mb/d as written, (plateau - now) / now = 1.734 %
    #   (1.636 to 1.832 %), not == rise = 5 % (4.5 to 5.5 %): is the figure or the check
    #   wrong? (~ reads any figure as give or take 10 %, far wider than the hedge on a
    #   figure this precise)
```
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from factcheck import units
from factcheck.explicit import (
    RoundedSum,
    bound_figures,
    comparisons_of,
    improbable_sums,
    periods_of,
    published_of,
    times_of,
)
from factcheck.expressions import (
    DEFAULT_APPROX,
    Compare,
    Comparison,
    EvaluationError,
    Negate,
    Node,
    Number,
    Outcome,
    Product,
    Sum,
    comparison_sides,
    deciding_comparisons,
    evaluate_values,
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
from factcheck.shares import rarity_in_words
from factcheck.values import (
    Interval,
    Quantity,
    Truth,
    UnitMismatch,
    Value,
    ValueSyntaxError,
    format_decimal,
    format_quantity,
    parse_value,
)

ID = "sums-at-the-limit"
SEVERITY = Severity.WARNING
OPTIONS: Mapping[str, Option] = {
    "max_chance": Option(
        Decimal("0.001"),
        "report a check whose figures' rounding errors reach its gap less often than this"
        " (0: only at the limit)",
        minimum=0,
        maximum=1,
    ),
}


#: A ratio or a growth rate is reported when rounding explains its gap less often than
#: this: one correct check in about seven, for levels rounded to two digits spread a
#: growth rate over points (see the table above).
MAX_RATIO_CHANCE = 0.15


def check(context: Context) -> Iterator[Problem]:
    """Report every sum, ratio or hedge in a check that rounding explains only improbably."""
    max_chance = float(context.option("max_chance"))
    table = claim_table(context)
    for check_, outcome in outcomes_of(context):
        if check_.expect is None or isinstance(outcome, EvaluationError):
            continue
        if outcome.truth is not Truth.ROUNDING:
            continue  # the commonest: holds as printed, or fails
        claims = claims_seen_from(table, check_.location.file)
        reported = improbable_sums(check_, claims, max_chance)
        if reported:
            yield check_problem(check_, _message(check_, reported))
            continue
        hedge = hedged(check_, claims)
        if hedge is not None:
            yield check_problem(check_, hedge_message(check_, hedge))
            continue
        ratio = improbable_ratio(check_, claims, MAX_RATIO_CHANCE)
        if ratio is not None:
            yield check_problem(check_, _ratio_message(check_, ratio))


def at_the_limit(check: Check, claims: Mapping[str, Claim], max_chance: float) -> bool:
    """Whether this rule reports a check that holds only within precision (its warning).

    ``holds-by-rounding`` says nothing more of such a check.
    """
    return bool(
        improbable_sums(check, claims, max_chance)
        or hedged(check, claims) is not None
        or improbable_ratio(check, claims, MAX_RATIO_CHANCE) is not None
    )


def _message(check: Check, reported: list[RoundedSum]) -> str:
    """``check 'x': a + b = ... == c = ... only if ...: is one of a, b or c wrong?``."""
    phrases = []
    for rounded in reported:
        left, right = comparison_sides(check.expect or "", check.language, rounded.comparison)
        if rounded.chance <= 0:
            why = "only if every figure was rounded as far as rounding allows"
        else:
            moved = format_quantity(rounded.gap, check.language)
            sample = f"check of {len(rounded.figures)} figures"
            rarity = rarity_in_words(rounded.chance, sample, check.language)
            why = f"only if rounding moved its figures by {moved} or more, {rarity}"
        question = f"is one of {_listed(rounded.figures)} wrong?"
        phrases.append(f"{left} == {right} {why}: {question}")
    return f"check '{check.id}': " + "; ".join(phrases)


def _listed(names: tuple[str, ...]) -> str:
    """``a, b or c``: the figures a finding asks about."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def _reading(check: Check, claims: Mapping[str, Claim]) -> dict[str, object]:
    """What an evaluation of the check reads besides its values, as ``explicit`` gives it."""
    return {
        "period": periods_of(claims, published_of(check)),
        "time": times_of(claims),
        "approx": DEFAULT_APPROX if check.approx is None else check.approx,
        "figures": bound_figures(claims),
    }


def _evaluate(check: Check, claims: Mapping[str, Claim], values: Mapping[str, Quantity]) -> Outcome:
    expression = check.expression
    assert expression is not None, "only expect checks are read"
    reading = _reading(check, claims)
    return evaluate_values(
        expression,
        values,
        check.language,
        period=reading["period"],  # type: ignore[arg-type]
        time=reading["time"],  # type: ignore[arg-type]
        approx=reading["approx"],  # type: ignore[arg-type]
        figures=reading["figures"],  # type: ignore[arg-type]
    )


# --- A hedge on a precise figure ------------------------------------------------------

#: A ``~`` figure with this many significant digits or more is a precise figure hedged.
_PRECISE_DIGITS = 3


@dataclass(frozen=True)
class Hedge:
    """A check that holds only through the ``~`` band of its figures.

    ``claims`` are the claims whose ``~`` it needs; ``as_written`` the check's outcome
    with each of them read as its figure is written (it fails); ``precise`` whether each
    is a figure of three significant digits or more.
    """

    claims: tuple[Claim, ...]
    as_written: Outcome
    precise: bool = True


def hedged(check: Check, claims: Mapping[str, Claim]) -> Hedge | None:
    """Whether a check fails once its ``~`` figures are read close to as written.

    "Around 105.6 mb/d": ``~`` reads it as 95,04 to 116,16 mb/d (the ``approx``
    tolerance), a spread no desk means by a figure printed to the tenth. Each ``~``
    figure of three significant digits or more is read as written (105,55 to 105,65).
    Any ``~`` figure, rounder ones too ("about 5.9 million", ``~230 000``, "roughly 39
    percent"), is also read within half of its band (5,605 to 6,195 million), the other
    figures as written: a check that holds at the ``~`` band but needs the figure further
    from as written than that holds only at the hedge's edge. "About 300, up 10 % from
    270" needs 297, 1 % off, and holds. A simple fraction written as a percentage ("près
    d'un tiers", ``~33 %``) keeps its band, which is what it says. None when the check
    holds so too, or has no such figure.
    """
    expression = check.expression
    if expression is None:
        return None
    quantities: dict[str, Quantity] = {}
    precise: dict[str, Quantity] = {}  # as written
    close: dict[str, Quantity] = {}  # within half of the band
    exact: dict[str, Quantity] = {}  # the other figures, as written
    hedges: dict[str, Claim] = {}
    for name in expression.valued_names:
        claim = claims.get(name)
        value = claim.parsed_value if claim is not None else None
        if claim is None or value is None:
            return None
        quantities[name] = value.quantity
        if value.comparator != "~":
            nominal = value.quantity.interval.nominal
            if value.comparator is None and _one_figure(value) and nominal is not None:
                exact[name] = Quantity(Interval.exact(nominal), value.quantity.unit)
            continue
        if not _one_figure(value):
            continue
        if units.is_percent(value.quantity.unit) and _simple_fraction(value.figures[0]):
            continue
        if _precise(value):
            as_written = _as_written(value, claim.language)
            if as_written is None:
                return None
            precise[name] = as_written
        half = _half_band(value.quantity)
        if half is not None:
            close[name] = half
        hedges[name] = claim
    if not hedges:
        return None
    found = _fails(check, claims, {**quantities, **precise}) if precise else None
    if found is not None:
        return _hedge(check, [hedges[name] for name in precise], found, precise=True)
    if not close or _fails(check, claims, {**quantities, **exact}) is not None:
        return None  # the hedge is not what it needs: rounding elsewhere, or no hold at all
    if _fails(check, claims, {**quantities, **exact, **close}) is None:
        return None
    written = {}
    for name, half in close.items():
        claim = hedges[name]
        value = claim.parsed_value
        as_written = _as_written(value, claim.language) if value is not None else None
        written[name] = half if as_written is None else _within(as_written, half)
    at_figures = _fails(check, claims, {**quantities, **written})
    if at_figures is None:
        at_figures = _fails(check, claims, {**quantities, **exact, **close})
    if at_figures is None:
        return None
    return _hedge(check, [hedges[name] for name in close], at_figures, precise=False)


def _fails(
    check: Check, claims: Mapping[str, Claim], values: Mapping[str, Quantity]
) -> Outcome | None:
    """The check's outcome at ``values`` when it fails there, else None."""
    try:
        outcome = _evaluate(check, claims, values)
    except EvaluationError:
        return None
    return outcome if outcome.truth is Truth.FAILS else None


def _hedge(check: Check, hedges: list[Claim], as_written: Outcome, *, precise: bool) -> Hedge:
    text = check.expression.text if check.expression is not None else ""
    hedges.sort(key=lambda claim: (text.find(claim.id), claim.id))
    return Hedge(tuple(hedges), as_written, precise)


def _one_figure(value: Value) -> bool:
    return len(value.figures) == 1 and value.figures[0].is_finite()


def _half_band(quantity: Quantity) -> Quantity | None:
    """A ``~`` figure within half of its band each side (``~5.9 million``: 5,605 to 6,195)."""
    interval = quantity.interval
    nominal = interval.nominal
    if nominal is None or not (interval.lo.is_finite() and interval.hi.is_finite()):
        return None
    lo = nominal - (nominal - interval.lo) / 2
    hi = nominal + (interval.hi - nominal) / 2
    return Quantity(Interval(lo, hi, nominal=nominal), quantity.unit)


def _within(written: Quantity, close: Quantity) -> Quantity:
    """The figure as written, no wider than half of its hedge (``~5 million``)."""
    if written.unit != close.unit:
        return close
    ours, band = written.interval, close.interval
    lo, hi = max(ours.lo, band.lo), min(ours.hi, band.hi)
    if lo > hi:
        return close
    return Quantity(Interval(lo, hi, nominal=band.nominal), close.unit)


def _precise(value: Value) -> bool:
    """One figure of :data:`_PRECISE_DIGITS` significant digits or more (``~105.6``).

    Not a simple fraction written as a percentage: "un sur huit" is ``~12,5 %``, a hedge
    on the fraction, not on its decimals.
    """
    if not _one_figure(value):
        return False
    figure = value.figures[0]
    if len(figure.normalize().as_tuple().digits) < _PRECISE_DIGITS:
        return False
    return not (units.is_percent(value.quantity.unit) and _simple_fraction(figure))


def _simple_fraction(percent: Decimal) -> bool:
    """Whether a percentage is k/n of a whole as written (12,5 is 1/8, 33,3 is 1/3), n <= 12."""
    exponent = percent.as_tuple().exponent
    if not isinstance(exponent, int):
        return False
    half = Fraction(1, 2) * Fraction(10) ** exponent
    written = Fraction(percent)
    return any(
        abs(Fraction(100 * k, n) - written) <= half for n in range(2, 13) for k in range(1, n)
    )


def _as_written(value: Value, language: str) -> Quantity | None:
    """A ``~`` figure read as written: ``~105.6 mb/d`` as 105,55 to 105,65 mb/d.

    Its trailing zeros are rounding (``~2 380`` is 2 375 to 2 385).
    """
    figure = value.text.strip().lstrip("~≈∼").strip()
    try:
        alone = parse_value(figure, language)
        read = alone.quantity.to(value.quantity.unit)
    except (ValueSyntaxError, UnitMismatch, ValueError, ArithmeticError):
        return None
    interval = read.interval
    if alone.comparator is not None or interval.nominal is None:
        return None
    return Quantity(_to_significant(interval, value.figures[0]), read.unit)


def _to_significant(interval: Interval, figure: Decimal) -> Interval:
    """A figure's interval with its trailing zeros read as rounding (``50 %``: 45 to 55 %)."""
    exponent = figure.normalize().as_tuple().exponent
    nominal = interval.nominal
    if nominal is None or not isinstance(exponent, int) or exponent <= 0:
        return interval
    if figure.as_tuple().exponent != 0:
        return interval
    half = (interval.hi - interval.lo) / 2 * 10**exponent
    return Interval(nominal - half, nominal + half, nominal=nominal)


def hedge_message(check: Check, hedge: Hedge) -> str:
    """``check 'c' holds only thanks to the ~ of 'plateau' (...): at 105.6 mb/d as written...``."""
    language = check.language
    approx = DEFAULT_APPROX if check.approx is None else check.approx
    which = []
    figures = []
    for claim in hedge.claims:
        value = claim.parsed_value
        assert value is not None, "hedged names claims with a value"
        interval = value.quantity.interval
        spread = format_quantity(
            Quantity(Interval(interval.lo, interval.hi), value.quantity.unit), language
        )
        which.append(f"'{claim.id}' ('{value.text}', read as {spread})")
        figures.append(value.text.strip().lstrip("~≈∼").strip())
    tolerance = format_decimal((approx * 100).normalize(), language)
    if hedge.precise:
        why = "far wider than the hedge on a figure this precise"
    else:
        why = "and the check needs more than half of that hedge"
    return (
        f"check '{check.id}' holds only thanks to the ~ of {' and '.join(which)}: at"
        f" {' and '.join(figures)} as written, {hedge.as_written.explanation}: is the"
        f" figure or the check wrong? (~ reads any figure as give or take {tolerance} %,"
        f" {why})"
    )


# --- Ratios and growth rates ----------------------------------------------------------

#: Past this many figures, the exact chance (a sum over every subset) is not computed.
_MAX_FIGURES = 12


@dataclass(frozen=True)
class RoundedRatio:
    """A ratio or a growth rate in a check that meets what it is compared with only by rounding.

    ``figures`` are its claims, in the check's order; ``chance`` that their independent
    rounding errors move its sides apart by their printed gap or more.
    """

    comparison: Comparison
    figures: tuple[str, ...]
    chance: float


def improbable_ratio(
    check: Check, claims: Mapping[str, Claim], max_chance: float
) -> RoundedRatio | None:
    """A check ``x / y == r`` (or ``(x - y) / y == g``) that rounding explains rarely, or None.

    Judged when the check is one ``==`` that holds only thanks to rounding, of claims and
    constants added, subtracted, multiplied and divided, with a product on a side, every
    figure rounded (no ``~``, range or bound). Each figure's rounding moves the
    difference of the sides, to first order, by its step times the difference's slope
    there: the difference's own change between the figure's two ends, the others at
    their figures. Those moves are independent and even over their spread, so the
    chance that they add up to the printed gap or more, either way, is that of a sum of
    uniform errors, computed exactly. Reported below ``max_chance``, or at the limit.
    """
    expression = check.expression
    root = expression.root if expression is not None else None
    if not isinstance(root, Compare) or len(root.rest) != 1 or root.rest[0][0] != "==":
        return None
    if expression is None or not (_has_product(root.first) or _has_product(root.rest[0][1])):
        return None
    if not (_rational(root.first) and _rational(root.rest[0][1])):
        return None  # nor a `~` constant (``a / b == ~2``): a spread that is no rounding
    if not (_has_claim(root.first) and _has_claim(root.rest[0][1])):
        return None  # against a constant: the check's own figure, not the copy's
    centres: dict[str, Quantity] = {}
    ends: dict[str, tuple[Quantity, Quantity]] = {}
    for name in expression.valued_names:
        claim = claims.get(name)
        value = claim.parsed_value if claim is not None else None
        if value is None or value.comparator is not None:
            return None  # `~`, a range or a bound: a spread that is no rounding
        interval, unit = value.quantity.interval, value.quantity.unit
        nominal = interval.nominal
        if nominal is None or interval.lo_open or interval.hi_open:
            return None
        if not (interval.lo.is_finite() and interval.hi.is_finite()):
            return None
        centres[name] = Quantity(Interval.exact(nominal), unit)
        if interval.lo != interval.hi:
            ends[name] = (
                Quantity(Interval.exact(interval.lo), unit),
                Quantity(Interval.exact(interval.hi), unit),
            )
    if not ends or len(ends) > _MAX_FIGURES:
        return None
    gap = _difference(check, claims, centres)
    if gap is None or _as_printed(check, claims, {**centres, **_printed(claims, ends)}):
        return None
    moves = []
    for name, (lo, hi) in ends.items():
        low = _difference(check, claims, {**centres, name: lo})
        high = _difference(check, claims, {**centres, name: hi})
        if low is None or high is None:
            return None
        moves.append(abs(high - low))
    chance = _uniform_sum_tail(tuple(sorted(moves)), abs(gap))
    if chance > 0 and chance >= max_chance:
        return None
    decided = comparisons_of(check, claims)
    if decided is None or len(decided[1]) != 1:
        return None
    text = expression.text
    names = sorted(ends, key=lambda name: (text.find(name), name))
    return RoundedRatio(decided[1][0], tuple(names), chance)


def _difference(
    check: Check, claims: Mapping[str, Claim], values: Mapping[str, Quantity]
) -> Decimal | None:
    """The left side minus the right, in the left side's unit, at exact values."""
    expression = check.expression
    assert expression is not None, "only expect checks are read"
    decided = _decided(check, claims, values)
    if decided is None:
        return None
    _, _, _, lq, _, rq = decided
    try:
        right = rq.to(lq.unit).interval.nominal if rq.unit != lq.unit else rq.interval.nominal
    except (UnitMismatch, ArithmeticError):
        return None
    left = lq.interval.nominal
    if left is None or right is None or not (left.is_finite() and right.is_finite()):
        return None
    return left - right


def _decided(
    check: Check, claims: Mapping[str, Claim], values: Mapping[str, Quantity]
) -> Comparison | None:
    """The one comparison of a check, evaluated at ``values``."""
    expression = check.expression
    assert expression is not None, "only expect checks are read"
    reading = _reading(check, claims)
    try:
        decided = deciding_comparisons(
            expression,
            values,
            check.language,
            period=reading["period"],  # type: ignore[arg-type]
            time=reading["time"],  # type: ignore[arg-type]
            approx=reading["approx"],  # type: ignore[arg-type]
            figures=reading["figures"],  # type: ignore[arg-type]
        )
    except EvaluationError:
        return None
    return decided[0] if len(decided) == 1 else None


def _as_printed(check: Check, claims: Mapping[str, Claim], values: Mapping[str, Quantity]) -> bool:
    """Whether a side that is one claim is the other side rounded as that claim is printed.

    ``(blancs + nuls) / votants`` is 6,756 %, printed ``6,8 %``: no rounding of the
    figures is needed, only the printing of the result, at the figures as written.
    """
    decided = _decided(check, claims, values)
    if decided is None:
        return False
    _, _, left, lq, right, rq = decided
    for printed, other in ((right, lq), (left, rq)):
        if not isinstance(printed, ClaimNode):
            continue
        claim = claims.get(printed.name)
        value = claim.parsed_value if claim is not None else None
        if value is None or value.comparator is not None:
            continue
        interval = value.quantity.interval
        if len(value.figures) == 1:  # "50 %" for 48,7 %: a round figure, as printed
            interval = _to_significant(interval, value.figures[0])
        try:
            central = other.to(value.quantity.unit).interval.nominal
        except (UnitMismatch, ArithmeticError):
            continue
        if central is not None and interval.lo <= central <= interval.hi:
            return True
    return False


def _printed(
    claims: Mapping[str, Claim], ends: Mapping[str, tuple[Quantity, Quantity]]
) -> dict[str, Quantity]:
    """The rounded claims at their values as written, to compare a computed side with."""
    found = {}
    for name in ends:
        claim = claims.get(name)
        value = claim.parsed_value if claim is not None else None
        if value is not None:
            found[name] = value.quantity
    return found


def _has_product(node: Node) -> bool:
    if isinstance(node, Product):
        return True
    if isinstance(node, Negate):
        return _has_product(node.operand)
    if isinstance(node, Sum):
        return _has_product(node.first) or any(_has_product(term) for _, term in node.rest)
    return False


def _has_claim(node: Node) -> bool:
    if isinstance(node, ClaimNode):
        return True
    if isinstance(node, Negate):
        return _has_claim(node.operand)
    if isinstance(node, Sum | Product):
        return _has_claim(node.first) or any(_has_claim(term) for _, term in node.rest)
    return False


def _rational(node: Node) -> bool:
    """Whether a side only adds, subtracts, multiplies and divides claims and constants."""
    if isinstance(node, ClaimNode):
        return True
    if isinstance(node, Number):
        return not node.approximate
    if isinstance(node, Negate):
        return _rational(node.operand)
    if isinstance(node, Sum | Product):
        return _rational(node.first) and all(_rational(term) for _, term in node.rest)
    return False


@functools.lru_cache(maxsize=4096)
def _uniform_sum_tail(widths: tuple[Decimal, ...], gap: Decimal) -> float:
    """The chance that errors even over ``[-w/2, w/2]``, independent, add up to ``gap`` or more.

    Either way. Exact in rationals: the distribution of a sum of uniform variables is a
    sum over the subsets of their widths (the generalised Irwin-Hall distribution).
    """
    steps = [Fraction(width) for width in widths if width > 0]
    if not steps:
        return 0.0
    half = sum(steps, Fraction(0)) / 2
    far = Fraction(gap)
    if far >= half:
        return 0.0
    if far <= 0:
        return 1.0
    n = len(steps)
    below = half - far  # P(S <= half - far), S the sum of errors on [0, w]
    total = Fraction(0)
    for size in range(n + 1):
        for subset in itertools.combinations(steps, size):
            reach = below - sum(subset, Fraction(0))
            if reach > 0:
                total += (-1) ** size * reach**n
    cdf = total / (math.factorial(n) * math.prod(steps))
    return float(min(Fraction(1), 2 * cdf))


def _ratio_message(check: Check, ratio: RoundedRatio) -> str:
    """``check 'g': ... only if rounding moved its figures that far, ...: is one of ... wrong?``."""
    if ratio.chance <= 0:
        why = "only if every figure was rounded as far as rounding allows"
    else:
        sample = f"check of {len(ratio.figures)} figures"
        why = (
            "only if rounding moved its figures that far apart,"
            f" {rarity_in_words(ratio.chance, sample, check.language)}"
        )
    left, right = comparison_sides(check.expect or "", check.language, ratio.comparison)
    return f"check '{check.id}': {left} == {right} {why}: is one of {_listed(ratio.figures)} wrong?"
