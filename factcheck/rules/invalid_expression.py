"""An `expect` check is written in the expression language.

Claim ids, numbers with units, `+ - * /`, parentheses, comparisons, `and`, `or`, `not`,
`sum`, `min`, `max`, `abs`, and `days(a, b)`, `years(a, b)`, `months(a, b)` of two claim
ids (the days, or the completed years or months, between their dates). The message
names the column of the expression where reading stopped.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: france_cloud_use_2014, subject: France, property: cloud_use, value: 12 %,
     when: "2014", quote: "12% des entreprises"}
  - {id: eu_cloud_use_2014, subject: Union européenne, property: cloud_use, value: 19 %,
     when: "2014", quote: "19% en moyenne en Europe"}
checks:
  - id: france_behind_eu
    expect: france_cloud_use_2014 < eu_cloud_use_2014
```

**Fails**

```yaml
claims:
  - {id: france_cloud_use_2014, subject: France, property: cloud_use, value: 12 %,
     when: "2014", quote: "12% des entreprises"}
  - {id: eu_cloud_use_2014, subject: Union européenne, property: cloud_use, value: 19 %,
     when: "2014", quote: "19% en moyenne en Europe"}
checks:
  - id: france_behind_eu
    expect: france_cloud_use_2014 < < eu_cloud_use_2014
    # error: check 'france_behind_eu': expected a claim id, a number, a function or '(',
    #   found '<' at column 25 of the expression
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
