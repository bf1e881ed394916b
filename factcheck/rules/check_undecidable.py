"""Every explicit check can be decided.

A check that cannot be evaluated is a finding, never a silent pass: an ``expect``
naming a claim without a value (or whose value cannot be read), comparing or adding
incompatible units (EUR and persons), dividing by a value that may be zero, or that is
a number rather than a condition (``a + b``); an ``order`` naming a claim without a
readable ``when``. A check naming an id that no claim has is left to
``unknown-reference``, and an expression that cannot be read to ``invalid-expression``:
one mistake, one finding.

**Options:** none.

**Passes**

```yaml
claims:
  - id: france_cloud_use_2014
    value: 12 %
  - id: eu_cloud_use_2014
    value: 19 %
checks:
  - id: france_behind_eu
    expect: france_cloud_use_2014 < eu_cloud_use_2014
```

**Fails**

```yaml
claims:
  - id: france_cloud_lag          # no value
  - id: state_cloud_contract_value
    value: 1 million EUR
checks:
  # check 'lag' cannot be decided: claim 'france_cloud_lag' has no value
  - id: lag
    expect: france_cloud_lag < eu_cloud_use_2014
  # check 'units' cannot be decided: in 'france_cloud_use_2014 <
  # state_cloud_contract_value': cannot compare % (dimensionless) with EUR (currency EUR)
  - id: units
    expect: france_cloud_use_2014 < state_cloud_contract_value
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.expressions import EvaluationError
from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, check_problem, outcomes_of

ID = "check-undecidable"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every check whose outcome cannot be computed, with the reason."""
    for check_, outcome in outcomes_of(context):
        if isinstance(outcome, EvaluationError):
            yield check_problem(check_, f"check '{check_.id}' cannot be decided: {outcome.message}")
