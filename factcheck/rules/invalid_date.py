"""A claim's `when` is a date or period that can be read in the source's language.

Dates are read relative to the source's `published` date, so `en mars` and
`lundi 27 juillet` need no year. Periods such as `fin 2014`, `T1 2015` or
`à l'horizon 2017` are understood.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: cloudwatt_launch, subject: Cloudwatt, property: launched, when: septembre 2012,
     quote: "Cloudwatt avait été lancé en septembre 2012"}
  - {id: state_cloud_announced, subject: cloud de l'Etat, property: announced,
     when: lundi 27 juillet, quote: "Orange a annoncé lundi 27 juillet"}
  - {id: cloudwatt_revenue_target, subject: Cloudwatt, property: revenue, kind: target,
     value: 500 million EUR, when: "à l'horizon 2017",
     quote: "500 millions d'euros de chiffre d'affaires à l'horizon 2017"}
```

**Fails**

```yaml
claims:
  - {id: cloudwatt_launch, subject: Cloudwatt, property: launched, when: septembr 2012,
     quote: "Cloudwatt avait été lancé en septembre 2012"}
    # error: claim 'cloudwatt_launch': cannot read 'septembr 2012' as a date (fr)
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, load_problems

ID = "invalid-date"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report the date problems loading found."""
    return load_problems(context, "date")
