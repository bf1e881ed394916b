"""Checks and claims name only claims that exist.

An ``expect`` expression, an ``order`` list and a claim's ``of`` name claims by
id; a name that matches no claim in the corpus is reported with the closest
existing id, since such a check could otherwise never fail.

**Options:** none.

**Passes**

```yaml
claims:
  - id: mayors_asked
    value: "19"
  - id: mayors_for
    value: 42 %
    of: mayors_asked
```

**Fails**

```yaml
claims:
  - id: mayors_for
    value: 42 %
    of: mayor_asked       # no claim 'mayor_asked', did you mean 'mayors_asked'?
```
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping

from factcheck.findings import Location, Problem, Severity
from factcheck.rules.base import Context, Option

ID = "unknown-reference"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every reference to a claim id that no claim has."""
    known = context.corpus.claims_by_id()
    for claim in context.corpus.claims:
        if claim.of is not None and claim.of not in known:
            yield _problem(f"claim '{claim.id}' is 'of'", claim.of, known, claim.location, claim.id)
    for check_ in context.corpus.checks:
        for name in check_.references:
            if name not in known:
                yield _problem(f"check '{check_.id}' names", name, known, check_.location)


def _problem(
    what: str, name: str, known: Mapping[str, object], location: Location, *claims: str
) -> Problem:
    close = difflib.get_close_matches(name, known, n=1)
    hint = f", did you mean '{close[0]}'?" if close else ""
    return Problem(f"{what} '{name}', but no claim has that id{hint}", location, claims)
