"""An ``expect`` check holds for the values its claims give.

The expression is evaluated with interval arithmetic on the values as written, each
figure standing for every number it rounds from (``21 %`` is 20,5 to 21,5 %). The check
fails only when no values within those intervals satisfy it, so rounding never raises
an error here (a check that holds only thanks to rounding is another rule's concern).
A check that cannot be decided is reported by ``check-undecidable``.

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
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.expressions import EvaluationError
from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, check_problem, outcomes_of
from factcheck.values import Truth

ID = "expect-holds"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every ``expect`` check that no values within the claims' precision satisfy."""
    for check_, outcome in outcomes_of(context):
        if check_.expect is None or isinstance(outcome, EvaluationError):
            continue  # the other kind of check, or check-undecidable's finding
        if outcome.truth is Truth.FAILS:
            yield check_problem(check_, f"check '{check_.id}' fails: {outcome.explanation}")
