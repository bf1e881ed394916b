"""An ``order`` check lists its claims in chronological order of their ``when``.

Each claim's period must not lie wholly after the next one's. Periods keep the
granularity they were written with, so ``mars 2015`` may come before or after
``27 mars 2015``: overlapping periods never fail (a check that holds only at that
precision is another rule's concern). A claim without a readable ``when`` makes the
check undecidable, which ``check-undecidable`` reports. The message says which claim
``is after`` which, in the present, so that it reads as well for a forecast's date
after publication (``works (mars 2026) is after vote (1 décembre 2025)``) as for the
past.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: cloudwatt_launch, subject: Cloudwatt, property: launched, when: septembre 2012,
     quote: "Cloudwatt avait été lancé en septembre 2012"}
  - {id: cloudwatt_takeover, subject: Cloudwatt, property: taken_over, when: mars 2015,
     quote: "reprise à 100 % par le géant français des télécoms en mars"}
checks:
  - id: cloudwatt_timeline
    order: [cloudwatt_launch, cloudwatt_takeover]
```

**Fails**

```yaml
claims:
  - {id: cloudwatt_launch, subject: Cloudwatt, property: launched, when: septembre 2012,
     quote: "Cloudwatt avait été lancé en septembre 2012"}
  - {id: cloudwatt_takeover, subject: Cloudwatt, property: taken_over, when: mars 2015,
     quote: "reprise à 100 % par le géant français des télécoms en mars"}
checks:
  - id: cloudwatt_timeline
    order: [cloudwatt_takeover, cloudwatt_launch]
    # error: check 'cloudwatt_timeline' fails: cloudwatt_takeover (mars 2015) is after
    #   cloudwatt_launch (septembre 2012)
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.expressions import EvaluationError
from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, check_problem, outcomes_of
from factcheck.values import Truth

ID = "order-holds"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every ``order`` check with a claim dated wholly after the next one."""
    for check_, outcome in outcomes_of(context):
        if check_.order is None or isinstance(outcome, EvaluationError):
            continue  # the other kind of check, or check-undecidable's finding
        if outcome.truth is Truth.FAILS:
            yield check_problem(check_, f"check '{check_.id}' fails: {outcome.explanation}")
