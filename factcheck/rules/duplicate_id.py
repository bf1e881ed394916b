"""Ids are unique across the whole corpus.

Checks and other claims name claims by id, so two claims with one id (in one
file or in two) make every reference ambiguous. Source ids are unique too. Check ids
are unique within their file: nothing names a check from elsewhere, and a desk's
template gives every article its ``timeline`` or ``shares_sum`` check. The finding
stands at the second record and names the first. Until the id is renamed, each file's
checks and ``of`` read the claim of their own file (a natural id such as
``journeys_2324``, reused by the next article, does not lend it the first one's value).

**Options:** none.

**Passes**

```yaml
claims:
  - {id: france_cloud_use_2014, subject: France, property: cloud_use, value: 12 %,
     when: "2014", quote: "12% des entreprises"}
  - {id: eu_cloud_use_2014, subject: Union européenne, property: cloud_use, value: 19 %,
     when: "2014", quote: "19% en moyenne en Europe"}
```

**Fails**

```yaml
claims:
  - {id: france_cloud_use_2014, subject: France, property: cloud_use, value: 12 %,
     when: "2014", quote: "12% des entreprises"}
  - {id: france_cloud_use_2014, subject: Union européenne, property: cloud_use, value: 19 %,
     when: "2014", quote: "19% en moyenne en Europe"}
    # error: duplicate claim id 'france_cloud_use_2014' (first at line 2)
```
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from factcheck.findings import Location, Problem, Severity
from factcheck.model import Record
from factcheck.rules.base import Context, Option, claim_table

ID = "duplicate-id"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every record whose id an earlier record of its kind already has."""
    corpus = context.corpus
    sources = [d.source for d in corpus.documents if d.source is not None]
    yield from _duplicates("source", sources)
    # Most archives have no duplicate: the claims by id (which other rules need too) or a
    # set of the ids say so without looking at every record's location.
    table = claim_table(context)
    if len(table.by_id) < len(table.claims):
        yield from _duplicates("claim", table.claims)
    for document in corpus.documents:
        checks = document.checks
        if len({check.id for check in checks}) < len(checks):
            yield from _duplicates("check", checks)


def _duplicates(kind: str, records: Iterable[Record]) -> Iterator[Problem]:
    first: dict[str, Location] = {}
    for record in records:
        record_id = getattr(record, "id")  # noqa: B009 - every record kind here has an id
        if record_id in first:
            where = first[record_id]
            same_file = where.file == record.location.file
            at = f"line {where.line}" if same_file else str(where)
            message = f"duplicate {kind} id '{record_id}' (first at {at})"
            yield Problem(message, record.location, (record_id,))
        else:
            first[record_id] = record.location
