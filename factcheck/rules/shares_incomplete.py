"""Shares of a whole listed together add up to the whole (a listing may be incomplete).

The groups of ``shares-sum-to-whole`` (one subject, property, ``when`` and ``of``, parts
told apart by their qualifiers, a part reported twice counted once), seen from below: a
sum that cannot reach the whole, even with every share at the top of its rounding, means
a holder, a candidate or a competitor is missing from the listing, or a figure is wrong.
That is often legitimate (an article names only the main holders), hence a warning. A
listing with a part for the rest ("others", "autres") is complete: one that cannot reach
its whole is ``shares-sum-to-whole``'s error.
A lone share is not a listing: ``Orange holds 44 %`` says nothing of the others.

**Options:** ``min_parts`` (default ``2``, at least 1): groups with fewer parts are not
reported.

**Passes**

```yaml
claims:
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "44,4 %", when: septembre 2012, quote: "Orange (44,4%)"}
```

**Fails**

```yaml
claims:
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "44,4 %", when: septembre 2012, quote: "Orange (44,4%)"}
  - {id: thales, subject: Cloudwatt, property: share_held, qualifiers: {holder: Thales},
     value: "22,2 %", when: septembre 2012, quote: "Thales (22,2%)"}
    # warning: shares of Cloudwatt (septembre 2012) sum to 66,6 % (66,5 à 66,7 %),
    #   less than 100 %: a part may be missing from orange + thales
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, share_sum_problem, shares_of
from factcheck.values import Truth

ID = "shares-incomplete"
SEVERITY = Severity.WARNING
OPTIONS: Mapping[str, Option] = {
    "min_parts": Option(2, "groups with fewer parts are not reported", minimum=1),
}


def check(context: Context) -> Iterator[Problem]:
    """Report every listing of shares whose sum cannot reach its whole."""
    min_parts = context.option("min_parts")
    for group in shares_of(context):
        if len(group.parts) < min_parts or group.truth_reaches is not Truth.FAILS:
            continue
        if group.complete:
            continue  # "others" names the rest: shares-sum-to-whole's error
        missing = f": a part may be missing from {group.listing()}"
        yield share_sum_problem(group, ", less than ", missing)
