"""A fact is not dated after the publication of its source.

A claim of kind ``fact`` whose ``when`` lies wholly after the day its source was
published reports something that had not happened yet: it is a ``forecast`` or a
``target`` (which may lie in the future), or its date is wrong. Periods keep their
granularity, so ``janvier 2015`` in an article of 12 January 2015 is not after it, nor
is ``2015``. Opinions are not checked: a judgement may bear on a future period.

A ``when`` without a year is read nearest publication (``au 1er février`` in an article
of 15 January is the coming one), or in the year where the weekday it writes is right
(``Sunday 14 December`` in an article of June 2025 is 2025's): where the year before
would have been past, the message says what to write if that is the one meant (its year;
or, with a weekday, that the weekday is then wrong).

A ``when`` that names only the end of a state (``until 21 February``, ``till Friday``,
``jusqu'au 14 mars``, ``jusqu'en 2026``: "remanded in custody until 21 February", "granted
bail until 14 March") is not checked: the state holds at publication, and its end may
come after it. Any other date of a fact (``on 21 February``, ``from 1 March``) still is.

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

```yaml
source:
  published: 2025-01-15
claims:  # a decided rate change, without its year, encoded as a fact
  - {id: livret_a_rate, subject: Livret A, property: rate, value: "2,4 %",
     when: au 1er février, quote: "Le taux passera à 2,4 % au 1er février"}
    # error: 'livret_a_rate' is a fact dated 1 février 2025, after the article's
    #   publication on 15 janvier 2025; a forecast or a target? set its kind (or, if it
    #   is 1 février 2024, write its year)
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date

from factcheck.dates import Period, ends_a_state, find_weekday_dates, in_year, weekday_name
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
        language = language_of(source)
        if ends_a_state(table.whens[position] or "", language):  # "until Friday": it holds
            continue
        claim = table.claims[position]
        day = source.published
        published = Period(day, day, "day", day.isoformat()).describe(language)
        message = (
            f"'{claim.id}' is a fact dated {period.describe(language)}, after the article's"
            f" publication on {published}; a forecast or a target? set its kind"
        )
        message += _the_year_before(table.whens[position], period, day, language)
        yield claim_problem(claim, message)


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _the_year_before(when: str | None, period: Period, published: date, language: str) -> str:
    """What to write if the `when`, which writes no year, means the year before.

    "au 1er janvier" in an article of November is next January, the nearest; a stock at
    last 1 January is written with its year. "Sunday 14 December" is read in the year
    where Sunday is right: if the year before is meant, the weekday is wrong.
    """
    if when is None or _YEAR.search(when):
        return ""
    start = in_year(period.start, period.start.year - 1)
    end = in_year(period.end, period.end.year - 1)
    if start is None or end is None:  # 29 February
        return ""
    if (end - start).days > 366 or start > published:
        return ""
    earlier = Period(start, end, period.granularity, when).describe(language)
    if find_weekday_dates(when, language, published) and start == end:
        weekday = weekday_name(start.weekday(), language)
        return f" (or, if it is {earlier}, the weekday is wrong: {earlier} was a {weekday})"
    return f" (or, if it is {earlier}, write its year)"
