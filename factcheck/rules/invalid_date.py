"""A claim's `when` is a date or period that can be read in the source's language.

Dates are read relative to the source's `published` date, so `en mars` and
`lundi 27 juillet` need no year. Periods such as `fin 2014`, `T1 2015` or
`à l'horizon 2017` are understood.

**Options:** none.

**Passes**

```yaml
    when: septembre 2012
    when: à l'horizon 2017
```

**Fails**

```yaml
    when: septembr 2012     # misspelt month
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, load_problems

ID = "invalid-date"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report the date problems loading found."""
    return load_problems(context, "date")
