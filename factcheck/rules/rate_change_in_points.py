"""A change between two rates is in percentage points; a relative change is in percent.

Unemployment falling from 7,5 % to 7,3 % has fallen by 0,2 percentage points, or by
2,7 %: "une baisse de 0,2 %" for the first is the classic confusion of the two, and
interval arithmetic cannot see it, since a percentage point is a percent to pint
and to the checks. An ``expect`` check says which one the editor meant, and this
rule reads it:

- ``a - b`` of two claims of one property in ``%`` (two rates) compared with a claim
  in ``%`` of another property: that claim should be in ``pp``;
- ``(a - b) / b`` of two claims of one property compared with a claim in ``pp``: a
  relative change is in ``%``.

- a quantity computed from claims in points, added or subtracted, multiplied or divided
  by plain numbers (``(lab_change - con_change) / 2``, a Butler swing of two changes in
  ``pp``), compared with a claim in ``%``: it is in points too.

A difference of two claims of different properties is a gap in points too: a fare rise
of 4,6 % "one per cent above" an RPI inflation of 3,6 % (``rise - rpi == above``), or a
real yield (a savings rate minus inflation) printed in ``%``. Where ``%`` minus ``%``
legitimately gives ``%``, nothing is reported:

- the claim compared with the difference is of the same property as one of its terms
  (a rate minus a rate compared with a third rate of that property is no change, and
  ``total_share - share_a == share_b`` is a remainder);
- the three claims are parts of one whole: a property the vocabulary makes a share of a
  whole (``vote_share``: a share minus a share is a share of the same whole), or the
  three claims have one subject and their properties differ (``turnout - blank_votes ==
  valid_votes`` of one election: shares of the same registered voters);
- the difference is not of two claims as written (``100 % - a - b == c``, the remainder of
  a listing, is a share and in ``%``; a share of a share, ``a * b``, is no difference).

Two rates of different subjects, compared with a claim whose property is neither's, are
what this rule reads as a gap; a gap between two properties of one subject (a share
against its target) is left alone, for it may as well be a remainder.

So two rates of one subject given as two properties are not compared: "+1,2 % sur un an
en février, après +11,8 % en moyenne annuelle en 2023, un ralentissement de 10,6 %", with
a monthly year-on-year rate (``price_change_yoy``) and an annual average
(``price_change_annual_average``), passes with its "10,6 %". To have such a change read,
give both rates one property and tell them apart with a qualifier (``property:
food_price_change``, ``qualifiers: {measure: sur un an}`` and ``{measure: moyenne
annuelle}``): their difference is then a change of one rate, in points (third example
below). The suggested fix keeps the value as written, its percent (``%``, ``per cent``,
``percent``, ``pour cent``, ``pc``, ``pct``) made ``pp``: ``0.4 per cent`` gives ``write
0.4 pp``.

A change given without a check is read too, when its value is in points of a score:
"une hausse de 3,5 points" of a positivity rate is 3,5 percentage points, but the value
``+3,5 points`` reads as a score's (an index's, a table's) and compares with no rate. A
claim whose property is a change of another (``positivity_change``, ``_change_1y``) that
the same subject gives in ``%`` (``positivity``, or ``positivity_rate``) is reported, with
the value to write (``+3,5 pp``). A change of an index whose level is in points ("the
CAC 40 rose 52 points", ``cac40_change`` beside ``cac40`` in points) is not.

A change of a rate given in ``%`` without a check is read too, when the figures tell the
two readings apart: "45,3 %, contre 44,1 % en 2025, une hausse de 1,2 %", with
``pass_rate_change`` beside two ``pass_rate`` claims of the same subject (and qualifiers)
in the same article, one at the change's period and one before it, is a difference of
1,2 points (write ``+1,2 pp``), not a relative change (2,72 %). Where both readings
print alike (91,1 % against 90,7 %: 0,4 points and 0,44 %), nothing is said; a change
named in a check is left to the check.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: t3, subject: France, property: unemployment_rate, value: "7,3 %",
     when: T3 2025, quote: "7,3 %"}
  - {id: t2, subject: France, property: unemployment_rate, value: "7,5 %",
     when: T2 2025, quote: "7,5 %"}
  - {id: fall, subject: France, property: unemployment_rate_change, value: "-0,2 pp",
     when: T3 2025, quote: "une baisse de 0,2 point"}
checks:
  - {id: fall_is_the_difference, expect: "t3 - t2 == fall"}
```

**Fails**

```yaml
claims:
  - {id: t3, subject: France, property: unemployment_rate, value: "7,3 %",
     when: T3 2025, quote: "7,3 %"}
  - {id: t2, subject: France, property: unemployment_rate, value: "7,5 %",
     when: T2 2025, quote: "7,5 %"}
  - {id: fall, subject: France, property: unemployment_rate_change, value: "-0,2 %",
     when: T3 2025, quote: "une baisse de 0,2 %"}
checks:
  - {id: fall_is_the_difference, expect: "t3 - t2 == fall"}
    # error: check 'fall_is_the_difference': t3 - t2 is a change between two
    #   unemployment_rate rates, in percentage points, but 'fall' is in %: write
    #   -0,2 pp (and "point" in the copy), or compare it with (t3 - t2) / t2
```

```yaml
claims:  # "une hausse de 3,5 points" of a rate: percentage points
  - {id: pos_s48, subject: Ile-de-France, property: positivity, value: "18,4 %",
     when: du 23 au 29 novembre 2026, quote: "à 18,4 %"}
  - {id: hausse, subject: Ile-de-France, property: positivity_change, value: "+3,5 points",
     when: du 23 au 29 novembre 2026, quote: "une hausse de 3,5 points"}
    # error: 'hausse' gives a change of positivity in points of a score (+3,5 points), but
    #   'pos_s48' gives positivity of Ile-de-France in %: a change of a rate is in
    #   percentage points, write +3,5 pp ('points' alone are a score's or an index's)
```

```yaml
source:
  language: en_GB
claims:  # "Food inflation rose to 4.9 per cent in July from 4.5 per cent, a rise of 0.4 per cent"
  - {id: july, subject: UK food, property: inflation_rate, value: "4.9 per cent",
     when: July 2025, quote: "rose to 4.9 per cent in July"}
  - {id: june, subject: UK food, property: inflation_rate, value: "4.5 per cent",
     when: June 2025, quote: "from 4.5 per cent in June"}
  - {id: rise, subject: UK food, property: inflation_rate_change, value: "0.4 per cent",
     when: July 2025, quote: "a rise of 0.4 per cent"}
checks:
  - {id: rise_is_the_difference, expect: "july - june == rise"}
    # error: check 'rise_is_the_difference': july - june is a change between two
    #   inflation_rate rates, in percentage points, but 'rise' is in %: write 0.4 pp (and
    #   "point" in the copy), or compare it with (july - june) / june
```

```yaml
claims:  # two measures of one rate: one property, told apart by a qualifier
  - {id: fevrier, subject: prix alimentaires, property: food_price_change,
     qualifiers: {measure: sur un an}, value: "1,2 %", when: février 2025,
     quote: "ont augmenté de 1,2 % sur un an en février"}
  - {id: annee_2023, subject: prix alimentaires, property: food_price_change,
     qualifiers: {measure: moyenne annuelle}, value: "+11,8 %", when: "2023",
     quote: "+11,8 % en moyenne annuelle"}
  - {id: ralentissement, subject: prix alimentaires, property: food_price_slowdown,
     value: "-10,6 %", when: février 2025, quote: "un ralentissement de 10,6 %"}
checks:
  - {id: ralentissement_calc, expect: "fevrier - annee_2023 == ralentissement"}
    # error: check 'ralentissement_calc': fevrier - annee_2023 is a change between two
    #   food_price_change rates, in percentage points, but 'ralentissement' is in %: write
    #   -10,6 pp (and "point" in the copy), or compare it with (fevrier - annee_2023) /
    #   annee_2023
```
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation

from factcheck import units
from factcheck.expressions import (
    Claim,
    Negate,
    Node,
    Number,
    Product,
    Sum,
    comparisons,
)
from factcheck.findings import Problem, Severity
from factcheck.model import Claim as ClaimRecord
from factcheck.model import name_key
from factcheck.rules.base import (
    ClaimTable,
    Context,
    Option,
    check_problem,
    checks_by_names,
    claim_problem,
    claim_table,
    claims_seen_from,
)
from factcheck.values import Interval, format_decimal

ID = "rate-change-in-points"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every check comparing a change of rates with a claim in the other unit.

    And every change in points of a score whose rate the same subject gives in ``%``.
    """
    table = claim_table(context)
    yield from _changes_in_score_points(table)
    yield from _changes_in_percent(context, table)
    shares = context.vocabulary.shares().keys()
    for check_ in checks_by_names(context)[0]:
        expression = check_.expression
        if expression is None or "-" not in expression.text:  # an `order` check, no change
            continue
        claims = claims_seen_from(table, check_.location.file)
        for node in comparisons(expression.root):
            sides = [node.first, *(operand for _, operand in node.rest)]
            for left, right in itertools.pairwise(sides):
                for change, other in ((left, right), (right, left)):
                    message = _confusion(change, other, claims, expression.text, shares)
                    if message is not None:
                        yield check_problem(check_, f"check '{check_.id}': {message}")


def _confusion(
    change: Node,
    other: Node,
    claims: Mapping[str, ClaimRecord],
    text: str,
    shares: Collection[str],
) -> str | None:
    """Why ``other`` cannot be ``change`` (a change of rates, or a relative change), or None."""
    if not isinstance(other, Claim):
        return None
    compared = claims.get(other.name)
    value = compared.parsed_value if compared is not None else None
    if compared is None or value is None:
        return None
    unit = value.quantity.unit
    written = text[change.span[0] : change.span[1]]
    pair = _difference(change, claims)
    if pair is not None and units.is_percent(unit) and _both_percent(pair):
        a, b = pair
        if a.property == b.property and a.property != compared.property:
            return (
                f"{written} is a change between two {a.property} rates, in percentage points,"
                f" but '{compared.id}' is in %: write {_in_points_written(value.text)} (and"
                f' "point" in the copy), or compare it with ({written}) / {b.id}'
            )
        if a.property != b.property and _gap(a, b, compared, shares):
            return (
                f"{written} is a gap between two rates ({a.property}, {b.property}), in"
                f" percentage points, but '{compared.id}' is in %: write"
                f' {_in_points_written(value.text)} (and "point" in the copy)'
            )
    if units.is_percent(unit) and not isinstance(change, Claim) and _in_points(change, claims):
        return (
            f"{written} is in percentage points, as the claims it is made of, but"
            f" '{compared.id}' is in %: write {_in_points_written(value.text)} (and \"point\""
            " in the copy)"
        )
    if isinstance(change, Product) and len(change.rest) == 1 and units.is_points(unit):
        ((operator, divisor),) = change.rest
        pair = _difference(change.first, claims)
        if (
            operator == "/"
            and pair is not None
            and pair[0].property == pair[1].property
            and isinstance(divisor, Claim)
        ):
            return (
                f"{written} is a relative change, in %, but '{compared.id}' is in"
                " percentage points: a difference of two rates is in points"
            )
    return None


def _difference(
    node: Node, claims: Mapping[str, ClaimRecord]
) -> tuple[ClaimRecord, ClaimRecord] | None:
    """The two claims of ``a - b``, or None."""
    if not isinstance(node, Sum) or not isinstance(node.first, Claim) or len(node.rest) != 1:
        return None
    ((operator, second),) = node.rest
    if operator != "-" or not isinstance(second, Claim):
        return None
    a, b = claims.get(node.first.name), claims.get(second.name)
    if a is None or b is None:
        return None
    return a, b


def _gap(a: ClaimRecord, b: ClaimRecord, compared: ClaimRecord, shares: Collection[str]) -> bool:
    """Whether ``a - b`` (two properties) compared with ``compared`` is a gap, not a remainder.

    Not when ``compared`` is of one of their properties, when any of the three is a
    share of a whole, or when the three have one subject (parts of one whole).
    """
    properties = (a.property, b.property, compared.property)
    if compared.property in properties[:2] or any(p in shares for p in properties):
        return False
    return len({name_key(claim.subject) for claim in (a, b, compared)}) > 1


def _in_points(node: Node, claims: Mapping[str, ClaimRecord]) -> bool:
    """Whether a quantity is in points: claims in points, added, and scaled by plain numbers."""
    if isinstance(node, Claim):
        claim = claims.get(node.name)
        value = claim.parsed_value if claim is not None else None
        return value is not None and units.is_points(value.quantity.unit)
    if isinstance(node, Negate):
        return _in_points(node.operand, claims)
    if isinstance(node, Sum):
        operands = (node.first, *(operand for _, operand in node.rest))
        return all(_in_points(operand, claims) for operand in operands)
    if isinstance(node, Product):
        return _in_points(node.first, claims) and all(
            isinstance(operand, Number) and not operand.unit for _, operand in node.rest
        )
    return False


#: a percent as a value writes it: ``%``, and the words ``units._PER_CENT_RE`` reads as one
#: (``per cent``, ``pour cent``, ``pc``, ``pct``) or pint does (``percent``); after a figure
#: ("1.2pc") as after a space, but not inside a word
_PERCENT_WRITTEN_RE = re.compile(
    r"%|(?<![^\W\d_])(?:(?:per|pour)[\s_]+cent|percent|pct|pc)(?![\w.])", re.IGNORECASE
)


def _in_points_written(text: str) -> str:
    """The value as written, its percent in points: ``0.4 per cent`` -> ``0.4 pp``."""
    return _PERCENT_WRITTEN_RE.sub("pp", text)


def _both_percent(pair: tuple[ClaimRecord, ClaimRecord]) -> bool:
    return all(
        claim.parsed_value is not None and units.is_percent(claim.parsed_value.quantity.unit)
        for claim in pair
    )


#: ``positivity_change``, ``passengers_change_1y``: a change of the property before it.
_CHANGE_RE = re.compile(r"^(?P<base>\w+?)_change(?:_\w*)?$")


def _changes_of_properties(table: ClaimTable) -> Iterator[tuple[str, list[int]]]:
    """The properties that are a change of another, as that other and their claims."""
    for name, positions in table.by_property.items():
        if "_change" not in name:  # the commonest: no change, nothing parsed
            continue
        match = _CHANGE_RE.match(name)
        if match is not None:
            yield match["base"], positions


def _changes_in_score_points(table: ClaimTable) -> Iterator[Problem]:
    """A change of a rate in points of a score: ``+3,5 points`` of a positivity in ``%``.

    "Une hausse de 3,5 points" of a rate is percentage points, but ``3,5 points`` is read
    as a score's (an index's, a table's) and then compares with nothing in ``%``. Said of
    a claim whose property is a change of another (``positivity_change``, ``_change_1y``)
    that the same subject gives in ``%``; a change of an index whose level is in points
    (the CAC 40 up 52 points) is one in points indeed, and is not reported.
    """
    for base, positions in _changes_of_properties(table):
        in_points = [
            position
            for position in positions
            if (value := table.values[position]) is not None
            and units.is_score_points(value.quantity.unit)
        ]
        if not in_points:
            continue
        levels = _levels_by_subject(table, base)
        for position in in_points:
            claim = table.claims[position]
            level = levels.get(name_key(claim.subject))
            if level is None:
                continue
            value = table.values[position]
            assert value is not None, "in_points holds claims with a value"
            written = _SCORE_POINTS_WRITTEN_RE.sub("pp", value.text)
            yield claim_problem(
                claim,
                f"'{claim.id}' gives a change of {level.property} in points of a score"
                f" ({value.text}), but '{level.id}' gives {level.property} of"
                f" {claim.subject} in %: a change of a rate is in percentage points, write"
                f" {written} ('points' alone are a score's or an index's)",
                level,
            )


def _level_properties(table: ClaimTable, base: str) -> list[str]:
    """The levels a change of ``base`` is between: ``base`` and what names it more precisely.

    ``positivity_rate`` for ``positivity``; never a change of it (``positivity_change_1y``).
    """
    return [
        name
        for name in table.by_property
        if name == base or (name.startswith(f"{base}_") and "_change" not in name)
    ]


def _levels_by_subject(table: ClaimTable, base: str) -> dict[str, ClaimRecord]:
    """By subject, the first claim of ``base`` in ``%``; none for a subject with one in points.

    ``base`` itself, or a property that names it more precisely (``positivity_rate`` for
    ``positivity_change``), not a change of it.
    """
    found: dict[str, ClaimRecord] = {}
    indexes: set[str] = set()
    for name in _level_properties(table, base):
        for position in table.by_property[name]:
            value = table.values[position]
            if value is None:
                continue
            subject = name_key(table.claims[position].subject)
            if units.is_score_points(value.quantity.unit):
                indexes.add(subject)  # an index in points: its change is in points
            elif units.is_percent(value.quantity.unit):
                found.setdefault(subject, table.claims[position])
    return {subject: claim for subject, claim in found.items() if subject not in indexes}


#: Points of a score as a value writes them (``units._SCORE_POINT_RE``).
_SCORE_POINTS_WRITTEN_RE = re.compile(r"(?<![\w.])(?:pts?|points?)(?![\w.])", re.IGNORECASE)


def _changes_in_percent(context: Context, table: ClaimTable) -> Iterator[Problem]:
    """A change of a rate in ``%`` that is the difference of its two rates, not their ratio.

    "91,1 %, contre 90,7 % en 2025, une hausse de 0,4 %": said of a claim whose property is
    a change of another (``pass_rate_change``) in ``%``, when the same subject (and
    qualifiers) of the same article gives that property in ``%`` at the change's period and
    at the one just before it, and the figures tell the two readings apart: the difference
    of the two rates, in points, is the change as printed, and their relative change is not.
    A change named in a check is that check's (the rule reads it there).
    """
    checked: set[str] | None = None
    for base, positions in _changes_of_properties(table):
        changes = [
            position
            for position in positions
            if (value := table.values[position]) is not None
            and units.is_percent(value.quantity.unit)
            and table.periods[position] is not None
        ]
        if not changes:
            continue
        levels = _rate_levels(table, base)
        for position in changes:
            claim = table.claims[position]
            pair = _two_rates(table, position, levels)
            if pair is None:
                continue
            value = table.values[position]
            assert value is not None, "changes holds claims with a value"
            if not _in_points_not_relative(value.quantity.interval, pair):
                continue
            if checked is None:
                checked = {ref for check_ in context.corpus.checks for ref in check_.references}
            if claim.id in checked:
                continue
            after, before = pair
            points = _in_points_written(value.text)
            yield claim_problem(
                claim,
                f"'{claim.id}' gives a change of {after.property} in % ({value.text}), but"
                f" {value.text.strip().lstrip('+-−~ ')} is the difference of '{after.id}' and"
                f" '{before.id}' in percentage points, not their relative change"
                f' ({_relative_text(pair, claim.language)}): write {points} (and "point"'
                " in the copy)",
                after,
                before,
            )


def _rate_levels(table: ClaimTable, base: str) -> list[int]:
    """The positions of claims of ``base`` (or a property naming it more precisely) in ``%``."""
    found = []
    for name in _level_properties(table, base):
        for position in table.by_property[name]:
            value = table.values[position]
            if (
                value is not None
                and value.comparator is None
                and value.quantity.interval.nominal is not None
                and units.is_percent(value.quantity.unit)
                and table.periods[position] is not None
            ):
                found.append(position)
    return found


def _two_rates(
    table: ClaimTable, position: int, levels: list[int]
) -> tuple[ClaimRecord, ClaimRecord] | None:
    """The rate at the change's period and the one just before it, of its subject and source."""
    claim = table.claims[position]
    period = table.periods[position]
    assert period is not None, "changes have a period"
    subject = name_key(claim.subject)
    qualifiers = _qualifiers(claim)
    after: ClaimRecord | None = None
    before: tuple[date, ClaimRecord] | None = None
    for level in levels:
        other = table.claims[level]
        other_period = table.periods[level]
        assert other_period is not None, "levels have a period"
        if (
            table.sources[level] is not table.sources[position]
            or name_key(other.subject) != subject
            or _qualifiers(other) != qualifiers
        ):
            continue
        if other_period == period or (
            other_period.start == period.start and other_period.end == period.end
        ):
            if after is not None:
                return None  # two rates at one period: which one changed?
            after = other
        elif other_period.before(period):
            if before is None or before[0] < other_period.end:
                before = (other_period.end, other)
            elif before[0] == other_period.end:
                return None  # two rates just before: which one?
    if after is None or before is None:
        return None
    return after, before[1]


def _qualifiers(claim: ClaimRecord) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((name_key(k), name_key(v)) for k, v in claim.qualifiers.items()))


def _nominal(claim: ClaimRecord) -> Decimal:
    value = claim.parsed_value
    assert value is not None and value.quantity.interval.nominal is not None, "a rate's figure"
    return value.quantity.interval.nominal


def _in_points_not_relative(change: Interval, pair: tuple[ClaimRecord, ClaimRecord]) -> bool:
    """Whether the change as printed holds as a difference in points and not as a ratio."""
    after, before = (_nominal(claim) for claim in pair)
    lo, hi = change.lo, change.hi
    if before <= 0 or after == before:
        return False
    try:
        relative = (after - before) / before * 100
    except (ArithmeticError, InvalidOperation):
        return False
    difference = after - before
    return bool(lo <= difference <= hi and not lo <= relative <= hi)


def _relative_text(pair: tuple[ClaimRecord, ClaimRecord], language: str) -> str:
    after, before = (_nominal(claim) for claim in pair)
    relative = ((after - before) / before * 100).quantize(Decimal("0.01"))
    sign = "+" if relative > 0 else ""
    return f"{sign}{format_decimal(relative.normalize(), language)} %"
