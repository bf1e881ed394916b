"""Say where a relation holds only thanks to the reported precision.

A relation that fails for the figures as written but holds for values within
their precision is not an error (``44,4 + 22,2 + 33,3 %`` can be 100 % of
shares rounded to one decimal), but an editor may want to know: the reader
adding up the printed figures gets 99,9 %. This rule reports, as information,
shares of a whole that reach it only thanks to rounding, reports of the same
fact whose printed figures differ but agree within their precision (``12 %`` and
``12,4 %``; not a ``~90`` and a ``95``: the ``~`` says how far the figure may be), and
``expect`` or ``order`` checks that hold only within the
precision of their figures or dates (statcheck's users asked for exactly this).

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

**Fails**

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

from collections.abc import Iterator, Mapping

from factcheck.expressions import EvaluationError
from factcheck.findings import Problem, Severity
from factcheck.rules.base import (
    Context,
    Option,
    check_problem,
    claim_problem,
    claim_table,
    outcomes_of,
    share_sum_problem,
    shares_of,
    written_key,
)
from factcheck.values import Quantity, Truth, UnitMismatch, format_quantity

ID = "holds-by-rounding"
SEVERITY = Severity.INFO
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report share sums and checks that hold only within the reported precision."""
    for group in shares_of(context):
        if len(group.parts) > 1 and group.truth_equals is Truth.ROUNDING:
            listing = group.listing()
            yield share_sum_problem(group, ": ", f" only thanks to rounding ({listing})")
    yield from _same_fact_by_rounding(context)
    for check_, outcome in outcomes_of(context):
        if not isinstance(outcome, EvaluationError) and outcome.truth is Truth.ROUNDING:
            yield check_problem(check_, f"check '{check_.id}': {outcome.explanation}")


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
        claim, earlier = table.claims[position], table.claims[first]
        if truth is Truth.ROUNDING and written_key(claim, value) != written_key(earlier, theirs):
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
