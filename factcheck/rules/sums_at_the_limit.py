"""A sum in a check holds only if rounding pushed its figures improbably far.

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

**Options:** ``max_chance`` (default ``0.001``, from 0 to 1): a check is reported when
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
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal

from factcheck.explicit import RoundedSum, improbable_sums
from factcheck.expressions import EvaluationError, comparison_sides
from factcheck.findings import Problem, Severity
from factcheck.model import Check
from factcheck.rules.base import (
    Context,
    Option,
    check_problem,
    claim_table,
    claims_seen_from,
    outcomes_of,
)
from factcheck.shares import rarity_in_words
from factcheck.values import Truth, format_quantity

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


def check(context: Context) -> Iterator[Problem]:
    """Report every sum or difference in a check that rounding explains only improbably."""
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
