"""The source text a claim file names can be read.

`source.text` is a path relative to the claim file; the file must exist and be UTF-8
text, or the quotes cannot be checked against it.

**Options:** none.

**Passes**

```yaml
source:
  text: latribune-2015-07-27.txt      # next to the claim file
claims:
  - {id: cloudwatt_staff, subject: Cloudwatt, property: staff, value: ~90 person,
     quote: environ 90 personnes}
```

**Fails**

```yaml
source:
  text: latribune-2015-07-72.txt      # day and month swapped: no such file
  # error: source text 'latribune-2015-07-72.txt' not found next to the claim file
claims:
  - {id: cloudwatt_staff, subject: Cloudwatt, property: staff, value: ~90 person,
     quote: environ 90 personnes}
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, load_problems

ID = "missing-text"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report the text problems loading found."""
    return load_problems(context, "text")
