"""A claim file must be readable YAML text.

The file is UTF-8 text (not binary), parses as one YAML document with no duplicate keys,
no Python or custom tags, no alias bomb and no nesting deeper than 64 levels. The
message gives the parser's own words and the line where it stopped.

**Options:** none.

**Passes**

```yaml
source:
  id: example
  title: Example
```

**Fails**

```yaml
source:
  id: example
    title: Example        # mapping values are not allowed in this context
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
