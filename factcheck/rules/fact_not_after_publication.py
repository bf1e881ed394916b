"""A fact is not dated after the publication of its source.

A claim of kind ``fact`` whose ``when`` lies wholly after the day its source was
published reports something that had not happened yet: it is a ``forecast`` or a
``target`` (which may lie in the future), or its date is wrong. Periods keep their
granularity, so ``janvier 2015`` in an article of 12 January 2015 is not after it, nor
is ``2015``. Opinions are not checked: a judgement may bear on a future period.

**Options:** none.

**Passes**

```yaml
source:
  published: 2015-07-27
claims:
  - {id: cloudwatt_revenue_target_2017, subject: Cloudwatt, property: revenue,
     value: "500 million EUR", when: à l'horizon 2017, kind: target,
     quote: "générer 500 millions d'euros de chiffre d'affaires à l'horizon 2017"}
```

**Fails**

```yaml
source:
  published: 2015-07-27
claims:  # Cloudwatt's target for 2017, encoded as a fact
  - {id: cloudwatt_revenue_2017, subject: Cloudwatt, property: revenue,
     value: "500 million EUR", when: à l'horizon 2017, kind: fact,
     quote: "générer 500 millions d'euros de chiffre d'affaires à l'horizon 2017"}
    # error: 'cloudwatt_revenue_2017' is a fact dated 2017, after the article's
    #   publication on 27 juillet 2015; a forecast or a target? set its kind
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.dates import Period
from factcheck.findings import Problem, Severity
from factcheck.model import language_of
from factcheck.rules.base import Context, Option, claim_problem, claim_table

ID = "fact-not-after-publication"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every fact whose period starts after its source's publication day."""
    table = claim_table(context)
    for position, (kind, period, source) in enumerate(
        zip(table.kinds, table.periods, table.sources, strict=True)
    ):
        if kind != "fact" or period is None:  # the cheapest tests first: most claims pass
            continue
        if source is None or not period.after_day(source.published):
            continue
        claim = table.claims[position]
        language = language_of(source)
        day = source.published
        published = Period(day, day, "day", day.isoformat()).describe(language)
        message = (
            f"'{claim.id}' is a fact dated {period.describe(language)}, after the article's"
            f" publication on {published}; a forecast or a target? set its kind"
        )
        yield claim_problem(claim, message)
