"""One event is dated on one day: an article that reports it twice gives the same day.

A claim without a value reports an event (a match ``played``, a suspect ``arrested``,
a contract ``announced``). Two such claims of one article with the same subject,
property and qualifiers (compared as ``same-fact-same-value`` compares them: case,
accents and apostrophes folded), the same kind and the same speaker, each dated to one
day, must give the same day: "Vainqueur de Lens samedi soir" in the standfirst and "a
battu Lens 3-1, vendredi soir" in the body date one match on two days, and readers
cannot tell which. Two events of one subject and property reported by one article (a
company announcing a contract on Monday and results on Wednesday) are told apart by a
qualifier (``{what: contract}``), as the parts of a listing are. Days more than
``max_days`` apart are taken for two events of a series (a monthly council meeting, a
weekly fixture); claims of different articles are not compared, as an archive reports
a recurring event again and again.

**Options:** ``max_days``, the most days apart two dates of one event may be and still
be reported (6 by default: anything within a week).

**Passes**

```yaml
source:
  published: 2025-12-08
claims:  # the standfirst and the body date the match alike; the next match is a week on;
  # two announcements are told apart by a qualifier
  - {id: win_standfirst, subject: PSG-Lens, property: played, when: samedi soir,
     quote: "Vainqueur de Lens samedi soir"}
  - {id: win_body, subject: PSG-Lens, property: played, when: 6 décembre 2025,
     quote: "a battu Lens 3-1"}
  - {id: next_match, subject: PSG-Lens, property: played, kind: forecast,
     when: 13 décembre 2025, quote: "la revanche"}
  - {id: transfer, subject: PSG, property: announced, qualifiers: {what: transfer},
     when: 3 décembre 2025, quote: "le PSG a annoncé mercredi"}
  - {id: results, subject: PSG, property: announced, qualifiers: {what: results},
     when: 5 décembre 2025, quote: "le club a annoncé vendredi"}
```

**Fails**

```yaml
source:
  published: 2025-12-08
claims:
  - {id: win_standfirst, subject: PSG-Lens, property: played, when: samedi soir,
     quote: "Vainqueur de Lens samedi soir"}
  - {id: win_body, subject: PSG-Lens, property: played, when: vendredi soir,
     quote: "a battu Lens 3-1, vendredi soir"}
    # warning: 'win_body' dates PSG-Lens played on 5 décembre 2025, 'win_standfirst' on
    #   6 décembre 2025: one event on two days? (two events: tell them apart with a
    #   qualifier)
```
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Iterator, Mapping
from datetime import date

from factcheck.dates import Period
from factcheck.findings import Problem, Severity
from factcheck.model import Claim, is_blank, name_key
from factcheck.rules.base import Context, Option, claim_problem, claim_table
from factcheck.shares import qualifier_key

ID = "one-event-one-day"
SEVERITY = Severity.WARNING
OPTIONS: Mapping[str, Option] = {
    "max_days": Option(6, "most days apart two dates of one event are reported", minimum=1),
}


def check(context: Context) -> Iterator[Problem]:
    """Report the events an article dates on two days within ``max_days`` of each other."""
    max_days: int = context.option("max_days")
    table = claim_table(context)
    # by article and event: the first claim of each day, in report order
    events: dict[Hashable, dict[date, Claim]] = {}
    for position, (value, period) in enumerate(zip(table.values, table.periods, strict=True)):
        if value is not None or period is None or period.start != period.end:
            continue
        claim = table.claims[position]
        if claim.status == "false" or is_blank(claim.subject) or is_blank(claim.property):
            continue
        speaker = claim.attributed_to if claim.kind != "fact" else None
        qualified = qualifier_key(claim.qualifiers) if claim.qualifiers else ()
        event = (
            id(claim.source) if claim.source is not None else claim.location.file,
            name_key(claim.subject),
            claim.property,
            qualified,
            claim.kind,
            speaker,
        )
        events.setdefault(event, {}).setdefault(period.start, claim)
    for days in events.values():
        if len(days) < 2:
            continue
        dated = sorted(days.items())
        for (day, first), (other_day, second) in itertools.pairwise(dated):
            if (other_day - day).days <= max_days:
                yield _two_days(first, day, second, other_day)


def _two_days(first: Claim, day: date, second: Claim, other_day: date) -> Problem:
    """The finding, at the claim that stands later in its file, naming both days."""
    (earlier, earlier_day), (later, later_day) = sorted(
        ((first, day), (second, other_day)), key=lambda dated: dated[0].location
    )
    language = later.language
    return claim_problem(
        later,
        f"'{later.id}' dates {later.subject} {later.property} on "
        f"{_describe(later_day, language)}, '{earlier.id}' on "
        f"{_describe(earlier_day, language)}: one event on two days? (two events: tell them"
        " apart with a qualifier)",
        earlier,
    )


def _describe(day: date, language: str) -> str:
    return Period(day, day, "day", day.isoformat()).describe(language)
