"""Every claim names its subject and property (no "?" left from a draft).

``factcheck extract`` drafts a claim for every figure of an article and writes
``"?"`` where the sentence does not make the subject or the property obvious.
Such a claim cannot be compared with other reports of the same fact, so each one
is reported until an editor fills it in, with what is missing. An empty subject
or property is reported the same way, and so is a source whose ``publisher`` or
``title`` is still ``"?"``.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: revenue_2014, subject: Cloudwatt, property: revenue, value: "<2 million EUR",
     quote: "aurait réalisé un peu moins de 2 millions d'euros de chiffre d'affaires en 2014"}
```

**Fails**

```yaml
claims:
  - {id: revenue_2014, subject: "?", property: revenue, value: "<2 million EUR",
     quote: "aurait réalisé un peu moins de 2 millions d'euros de chiffre d'affaires en 2014"}
    # warning: claim 'revenue_2014' is incomplete: fill in its subject
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.model import is_blank
from factcheck.rules.base import Context, Option, claim_problem, claim_table

ID = "incomplete-claim"
SEVERITY = Severity.WARNING
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every claim whose subject or property is the placeholder or empty."""
    incomplete = claim_table(context).incomplete  # positions in report order; mostly none
    position = 0
    for document in context.corpus.documents:
        source = document.source
        if source is not None:
            missing = [name for name in ("publisher", "title") if is_blank(getattr(source, name))]
            if missing:
                message = f"source '{source.id}' is incomplete: fill in its {_and(missing)}"
                yield Problem(message, source.location)
        if incomplete:
            for offset, claim in enumerate(document.claims, position):
                if offset in incomplete:
                    message = f"claim '{claim.id}' is incomplete: fill in its {_and(claim.missing)}"
                    yield claim_problem(claim, message)
        position += len(document.claims)


def _and(names: list[str]) -> str:
    return " and ".join(names)
