"""A claim file must be readable YAML text.

The file is UTF-8 text (not binary), parses as one YAML document with no duplicate keys,
no Python or custom tags, no alias bomb and no nesting deeper than 64 levels. The
message gives the parser's own words and the line where it stopped.

**Options:** none.

**Passes**

```yaml
claims:
  - id: cloudwatt_staff
    quote: environ 90 personnes
    subject: Cloudwatt
    property: staff
    value: ~90 person
```

**Fails**

```yaml
claims:
  - id: cloudwatt_staff
    quote: environ 90 personnes
      subject: Cloudwatt     # error: mapping values are not allowed in this context
    property: staff
    value: ~90 person
```

A duplicate key is refused, where most YAML readers would keep the last value in silence:

```yaml
claims:
  - id: cloudwatt_staff
    quote: environ 90 personnes
    subject: Cloudwatt
    property: staff
    value: ~90 person
    value: 90 person         # error: duplicate key 'value' (first at line 6)
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, load_problems

ID = "invalid-yaml"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report the syntax problems loading found."""
    return load_problems(context, "syntax")
