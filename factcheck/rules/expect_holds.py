"""An ``expect`` check holds for the values its claims give.

The expression is evaluated with interval arithmetic on the values as written, each
figure standing for every number it rounds from (``21 %`` is 20,5 to 21,5 %). The check
fails only when no values within those intervals satisfy it, so rounding never raises
an error here (a check that holds only thanks to rounding is another rule's concern).
A check that cannot be decided is reported by ``check-undecidable``.

The message shows each side of the comparison that fails, its value and its interval,
in the unit of the other side where that is how an editor reads it: a ratio in % beside
a percentage (a growth of 0,068 is 6,8 %), a difference of two percentages in points
beside a claim or a figure in points (48 % - 45 % is 3 pp, or 300 bp beside basis
points), never "3 %" next to "5 pp".

**Options:** none.

**Passes**

```yaml
claims:
  - {id: france_cloud_use_2014, subject: France, property: enterprise_cloud_use,
     value: "12 %", when: "2014", quote: "12% des entreprises"}
  - {id: eu_cloud_use_2014, subject: Union européenne, property: enterprise_cloud_use,
     value: "19 %", when: "2014", quote: "contre 19% en moyenne en Europe"}
checks:
  - id: france_behind_eu
    expect: france_cloud_use_2014 < eu_cloud_use_2014
```

**Fails**

```yaml
claims:
  - {id: france_cloud_use_2014, subject: France, property: enterprise_cloud_use,
     value: "21 %", when: "2014", quote: "21% des entreprises"}
  - {id: eu_cloud_use_2014, subject: Union européenne, property: enterprise_cloud_use,
     value: "19 %", when: "2014", quote: "contre 19% en moyenne en Europe"}
checks:
  - id: france_behind_eu
    expect: france_cloud_use_2014 < eu_cloud_use_2014
    # error: check 'france_behind_eu' fails: france_cloud_use_2014 = 21 % (20,5 à 21,5 %),
    #   not < eu_cloud_use_2014 = 19 % (18,5 à 19,5 %)
```

```yaml
claims:  # a lead is a difference of two shares, in points
  - {id: poll_whitfield, subject: Sondage, property: vote_share, qualifiers: {c: Whitfield},
     value: "48 %", quote: "Whitfield 48 %"}
  - {id: poll_ruiz, subject: Sondage, property: vote_share, qualifiers: {c: Ruiz},
     value: "45 %", quote: "Ruiz 45 %"}
  - {id: poll_lead, subject: Sondage, property: lead, value: "5 pp",
     quote: "5 points d'avance"}
checks:
  - id: lead_is_difference
    expect: poll_whitfield - poll_ruiz == poll_lead
    # error: check 'lead_is_difference' fails: poll_whitfield - poll_ruiz = 3 pp (2 à 4 pp),
    #   not == poll_lead = 5 pp (4,5 à 5,5 pp)
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.expressions import EvaluationError
from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, check_problem, outcomes_of
from factcheck.values import Truth

ID = "expect-holds"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every ``expect`` check that no values within the claims' precision satisfy."""
    for check_, outcome in outcomes_of(context):
        if check_.expect is None or isinstance(outcome, EvaluationError):
            continue  # the other kind of check, or check-undecidable's finding
        if outcome.truth is Truth.FAILS:
            yield check_problem(check_, f"check '{check_.id}' fails: {outcome.explanation}")
