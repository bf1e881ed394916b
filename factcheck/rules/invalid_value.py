"""A claim's value is written in the value grammar, with a known unit.

See the format reference: `[~|<|<=|>|>=] amount [unit]` or `amount to amount [unit]`, with
the decimal comma and grouping of the source's language, scale words (`million`,
`milliard`) and units pint knows, `%`, ISO 4217 currencies and `person`.

**Options:** none.

**Passes**

```yaml
    value: 44,4 %
    value: 1 million EUR
    value: 300 to 500 person
```

**Fails**

```yaml
    value: 44,4,4 %          # not a number
    value: 2 million EUROS   # unknown unit
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, load_problems

ID = "invalid-value"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report the value problems loading found."""
    return load_problems(context, "value")
