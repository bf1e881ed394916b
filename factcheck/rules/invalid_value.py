"""A claim's value is written in the value grammar, with a known unit.

See the format reference: `[~|<|<=|>|>=] amount [unit]` or `amount to amount [unit]`, with
the decimal comma and grouping of the source's language, scale words (`million`,
`milliard`) and units pint knows, `%`, ISO 4217 currencies and `person`.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: cloudwatt_share_orange_2012, subject: Cloudwatt, property: share_held,
     qualifiers: {holder: Orange}, value: "44,4 %", quote: "Orange (44,4%)"}
  - {id: state_cloud_contract_value, subject: contrat cloud de l'Etat, property: amount,
     value: 1 million EUR, quote: "un million d'euros"}
  - {id: cloudwatt_jobs_target, subject: Cloudwatt, property: direct_jobs, kind: target,
     value: 300 to 500 person, quote: 300 à 500 emplois directs}
```

**Fails**

```yaml
claims:
  - {id: cloudwatt_share_orange_2012, subject: Cloudwatt, property: share_held,
     qualifiers: {holder: Orange}, value: "44,4,4 %", quote: "Orange (44,4%)"}
    # error: claim 'cloudwatt_share_orange_2012': cannot read '44,4,4 %':
    #   '44,4,4' is not a number as French writes it
  - {id: cloudwatt_revenue_2014, subject: Cloudwatt, property: revenue, when: "2014",
     value: <2 million EUROS, quote: "un peu moins de 2 millions d'euros"}
    # error: claim 'cloudwatt_revenue_2014': cannot read '<2 million EUROS':
    #   unknown unit 'EUROS', did you mean 'euros'?
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, load_problems

ID = "invalid-value"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report the value problems loading found."""
    return load_problems(context, "value")
