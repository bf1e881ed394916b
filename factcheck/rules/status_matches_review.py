"""A reviewed claim's status is its latest review's verdict.

``factcheck review`` appends a review and sets the claim's ``status`` to its
verdict in one edit. A hand edit can make them part: a status changed without a
review, or a review added without its status. Both records are then read as the
truth by different commands (``factcheck status`` counts claims by their status,
``factcheck export`` publishes the latest review's verdict), so the desk would
publish one verdict and count another. ``factcheck status`` lists such claims
too; this rule puts them in front of the editor at every run of the CI gate.

A verdict typed as a ``status`` with no review is reported too: ``factcheck status``
would count it, but ``factcheck export`` publishes reviews only, so it would never be
published (and it says neither who gave it nor when). A claim with no reviews may only
have the default status, ``unverified``.

**Options:** none.

**Passes**

```yaml
claims:
  - id: revenue_2014
    quote: aurait réalisé un peu moins de 2 millions d'euros de chiffre d'affaires en 2014
    subject: Cloudwatt
    property: revenue
    value: <2 million EUR
    status: verified
    reviews:
      - {date: 2015-07-28, by: desk, verdict: disputed}
      - {date: 2015-07-30, by: desk, verdict: verified}
```

**Fails**

```yaml
claims:
  - id: revenue_2014
    quote: aurait réalisé un peu moins de 2 millions d'euros de chiffre d'affaires en 2014
    subject: Cloudwatt
    property: revenue
    value: <2 million EUR
    status: verified
    # warning: claim 'revenue_2014' has status 'verified' but its latest review (2015-07-30,
    #  by desk) says 'disputed': set the status to the verdict, or record a new review
    reviews:
      - {date: 2015-07-28, by: desk, verdict: verified}
      - {date: 2015-07-30, by: desk, verdict: disputed}
```

```yaml
claims:
  - id: staff_2015
    quote: qui emploie environ 90 personnes
    subject: Cloudwatt
    property: staff
    value: ~90 person
    # warning: claim 'staff_2015' has status 'false' but no review, so the verdict is
    #  never published: record it with `factcheck review staff_2015 --verdict false --by
    #  NAME`, or set the status back to unverified
    status: "false"
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, claim_problem

ID = "status-matches-review"
SEVERITY = Severity.WARNING
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every claim whose status is not its latest review's verdict, or has no review."""
    for document in context.corpus.documents:
        for claim in document.claims:
            latest = claim.latest_review
            if latest is None:
                if claim.status != "unverified":
                    yield claim_problem(
                        claim,
                        f"claim '{claim.id}' has status '{claim.status}' but no review, so the "
                        f"verdict is never published: record it with `factcheck review "
                        f"{claim.id} --verdict {claim.status} --by NAME`, or set the status "
                        "back to unverified",
                    )
            elif claim.status_mismatched:
                yield claim_problem(
                    claim,
                    f"claim '{claim.id}' has status '{claim.status}' but its latest review "
                    f"({latest.date}, by {latest.by}) says '{latest.verdict}': set the status "
                    "to the verdict, or record a new review",
                )
