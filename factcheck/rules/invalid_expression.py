"""An `expect` check is written in the expression language.

Claim ids, numbers with units, `+ - * /`, parentheses, comparisons, `and`, `or`, `not`,
and `sum`, `min`, `max`, `abs`. The message names the column where reading stopped.

**Options:** none.

**Passes**

```yaml
checks:
  - id: france_behind_eu
    expect: france_cloud_use_2014 < eu_cloud_use_2014
```

**Fails**

```yaml
checks:
  - id: france_behind_eu
    expect: france_cloud_use_2014 < < eu_cloud_use_2014
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, load_problems

ID = "invalid-expression"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report the expression problems loading found."""
    return load_problems(context, "expression")
