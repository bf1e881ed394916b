"""Every explicit check can be decided.

A check that cannot be evaluated is a finding, never a silent pass: an ``expect``
naming a claim without a value (or whose value cannot be read), comparing or adding
incompatible units (EUR and persons), dividing by a value that may be zero, or that is
a number rather than a condition (``a + b``); an ``order`` naming a claim without a
readable ``when``. So is a power or a logarithm without a value: ``log10()`` of a figure
that may be 0 or below, ``pow()`` of a base that may be negative to an exponent that is
not one whole number, or of a figure with a unit (``log10(d)`` for 5,2 au: the message
says to write ``log10(d / 1 au)``; for a level in dB, ``level / 10 dB``).

A percentage compared with percentage points is undecidable too, though pint holds a
point and a percent equal: a margin of error of "3,3 %" against one of "3,1 points" is
the confusion an editor wants caught, not a comparison. Only a difference of two
percentages (``a - b``, ``abs(a - b)``) is in points and compared with points; points
added to a percentage move a level and give a percentage (``turnout_2024 + change``).
A bare number beyond 1 against percentage points is a count keyed in ``pp`` (``34 pp``
of a league table is 0,34): undecidable, with that said. ``34 points`` alone are a
score's or a table's, counted with bare numbers; against a change of rates they are
undecidable, with what to write (``pp``).

A rate cut "in pence" against rates in per cent ("a 2p cut in national insurance",
``after - before == ni_cut`` with ``-2p``) is undecidable too, and the message says what
to write: a cut of 2p in the pound is 2 percentage points, ``-2 pp``.

A check naming an id that no claim has is left to
``unknown-reference``, and an expression that cannot be read to ``invalid-expression``:
one mistake, one finding.

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
claims:  # a claim without a value
  - {id: france_cloud_lag, subject: France, property: cloud_use_lag,
     quote: "La France accuse un retard important dans ce secteur"}
  - {id: eu_cloud_use_2014, subject: Union européenne, property: enterprise_cloud_use,
     value: "19 %", when: "2014", quote: "contre 19% en moyenne en Europe"}
checks:
  - id: lag
    expect: france_cloud_lag < eu_cloud_use_2014
    # error: check 'lag' cannot be decided: claim 'france_cloud_lag' has no value
```

```yaml
claims:  # units that cannot be compared
  - {id: france_cloud_use_2014, subject: France, property: enterprise_cloud_use,
     value: "12 %", when: "2014", quote: "12% des entreprises"}
  - {id: state_cloud_contract_value, subject: contrat cloud de l'Etat,
     property: contract_value, value: "1 million EUR", quote: "s'élève à un million d'euros"}
checks:
  - id: units
    expect: france_cloud_use_2014 < state_cloud_contract_value
    # error: check 'units' cannot be decided: in 'france_cloud_use_2014 <
    #   state_cloud_contract_value': cannot compare % (dimensionless) with EUR (currency EUR)
```

```yaml
claims:  # a margin in % against a margin in points
  - {id: m_total, subject: sondage Ifop, property: margin_of_error, value: "3,1 pp",
     quote: "La marge d'erreur est de 3,1 points"}
  - {id: m_inscrits, subject: sondage Ifop inscrits, property: margin_of_error,
     value: "3,3 %", quote: "atteint 3,3 % pour les inscrits"}
checks:
  - id: wider
    expect: m_inscrits > m_total
    # error: check 'wider' cannot be decided: in 'm_inscrits > m_total': cannot compare
    #   % with points: m_inscrits = 3,3 % (3,25 à 3,35 %) is a percentage (a level or a
    #   relative change) and m_total = 3,1 pp (3,05 à 3,15 pp) a difference of two
    #   percentages; write both the same way (the difference of two percentages, a - b,
    #   is in points)
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.expressions import EvaluationError
from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, check_problem, outcomes_of

ID = "check-undecidable"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every check whose outcome cannot be computed, with the reason."""
    for check_, outcome in outcomes_of(context):
        if isinstance(outcome, EvaluationError):
            yield check_problem(check_, f"check '{check_.id}' cannot be decided: {outcome.message}")
