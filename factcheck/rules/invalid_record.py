"""Every record has the fields of the claim format, with the right types.

The file is a mapping of `source`, `claims` and `checks`; each record has its required
fields, no unknown field (the message suggests the closest known name), ids of
lowercase letters, digits and `_`, a known `kind` and `status`, and dates where dates are due.
A broken record is reported and skipped; the valid records of the file are still verified.

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
    subject: Cloudwatt
    property: staff
    valeu: ~90 person     # error: claim 'cloudwatt_staff': unknown field 'valeu',
                          #   did you mean 'value'?
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, load_problems

ID = "invalid-record"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report the schema problems loading found."""
    return load_problems(context, "schema")
