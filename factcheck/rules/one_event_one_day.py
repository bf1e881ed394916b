"""One event is dated on one day: an article that reports it twice gives the same day.

A claim without a value reports an event (a match ``played``, a suspect ``arrested``, a
contract ``announced``). Two such claims of one article with the same subject, property
and qualifiers (compared as ``same-fact-same-value`` compares them: case, accents and
apostrophes folded), the same kind and the same speaker, each dated to one day, must
give the same day: "Vainqueur de Lens samedi soir" in the standfirst and "a battu Lens
3-1, vendredi soir" in the body date one match on two days, and readers cannot tell
which. A night over two days (``dans la nuit de samedi à dimanche``, ``the night of May
3-4``, or any two days in a row) is one date too: it must share a day with a day or
another night of the event ("l'attaque menée dans la nuit de samedi à dimanche" and
"l'assaut a débuté vendredi vers 23 heures" date one attack on two dates; "samedi soir"
or "dimanche" agree with the night). Two events of one subject and property reported by
one article (a company announcing a contract on Monday and results on Wednesday) are
told apart by a qualifier (``{what: contract}``), as the parts of a listing are. Days
more than ``max_days`` apart are taken for two events of a series (a monthly council
meeting, a weekly fixture); claims of different articles are not compared, as an archive
reports a recurring event again and again.

A match is played on one day, and its figures (goals, possession, attendance) are of that
day. The claim of a match (``match_properties``: ``played``, ``match``, ``game``,
``race``, ``joué``, ``disputé``...), a fact of one day without a qualifier, is compared
with the figures of its subject in its article, facts of one day each: when they all
give one other day, at most ``max_days`` away, the match is dated on two days ("a 2-0
win over Chelsea on Saturday" beside goals and an attendance of Sunday 8 February).
Figures that give two days, or the match's own day among others, are not reported.

A person is born once and dies once. The claims of a birth or a death
(``once_properties``: ``birth``, ``born``, ``naissance``, ``death``, ``died``,
``décès``, ``mort``...) of one person in one article, told apart as above (a qualifier
still tells a mother's birth from her daughter's), must give dates that overlap, however
far apart and at whatever precision: "born in 1937" and "born 3 March 1937" agree;
"born 3 March 1938" beside them, or "died on Saturday" beside "died 12 January 2025"
(a Sunday), is reported, naming the date each claim gives. Two articles are not
compared: in an archive, one name may be two people.

A rule has one severity, and this one warns: two dates of an ordinary event a few days
apart may be two events after all. A desk for which a wrong date of birth or death is a
correction (obituaries) makes the rule's findings errors, for every event it dates:
``[rules.one-event-one-day]`` ``severity = "error"``.

**Options:** ``max_days``, the most days apart two dates of one event may be and still
be reported (6 by default: anything within a week); ``once_properties``, the properties
of events that happen once in a life, whose dates are compared at any distance (the
properties of a birth, as ``age-matches-birth`` reads them, and of a death);
``match_properties``, the properties of a match, whose figures are of its day (an empty
list compares none).

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
  - {id: fire_night, subject: incendie, property: started,
     when: dans la nuit de samedi à dimanche, quote: "dans la nuit de samedi à dimanche"}
  - {id: fire_body, subject: incendie, property: started, when: samedi soir,
     quote: "le feu a pris samedi vers 23 heures"}
```

```yaml
source:
  published: 2025-01-14
  language: en_GB
claims:  # "died on Sunday" is 12 January 2025, as the footer says; 1937 holds 3 March 1937
  - {id: death, subject: Helen Marlowe, property: death, when: on Sunday,
     quote: "She died on Sunday at her home"}
  - {id: birth, subject: Helen Marlowe, property: birth, when: "1937",
     quote: "Born in Bradford in 1937"}
  - {id: footer_birth, subject: Helen Marlowe, property: birth, when: 3 March 1937,
     quote: "born 3 March 1937"}
  - {id: footer_death, subject: Helen Marlowe, property: death, when: 12 January 2025,
     quote: "died 12 January 2025"}
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

```yaml
source:
  published: 2025-06-16
claims:  # the night is 14-15 June; the body's Friday evening, the 13th, is not in it
  - {id: lede, subject: attaque d'Abou Chouk, property: attack,
     when: dans la nuit de samedi à dimanche,
     quote: "l'attaque menée dans la nuit de samedi à dimanche"}
  - {id: body, subject: attaque d'Abou Chouk, property: attack, when: vendredi soir,
     quote: "l'assaut a débuté vendredi vers 23 heures"}
    # warning: 'body' dates attaque d'Abou Chouk attack on 13 juin 2025, 'lede' on 14
    #   juin 2025 – 15 juin 2025: one event on two days? (two events: tell them apart
    #   with a qualifier)
```

```yaml
source:
  published: 2025-01-14
  language: en_GB
claims:  # the footer's year of birth is off by one, the body's weekday by one day
  - {id: birth, subject: Helen Marlowe, property: birth, when: "1937",
     quote: "Born in Bradford in 1937"}
  - {id: death, subject: Helen Marlowe, property: death, when: on Saturday,
     quote: "She died on Saturday at her home"}
  - {id: footer_birth, subject: Helen Marlowe, property: birth, when: 3 March 1938,
     quote: "born 3 March 1938"}
    # warning: 'footer_birth' dates Helen Marlowe birth to 3 March 1938, 'birth' to 1937:
    #   a person is born once, so one of the two dates is wrong
  - {id: footer_death, subject: Helen Marlowe, property: death, when: 12 January 2025,
     quote: "died 12 January 2025"}
    # warning: 'footer_death' dates Helen Marlowe death to 12 January 2025, 'death' to
    #   11 January 2025: a person dies once, so one of the two dates is wrong
```
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Iterator, Mapping
from datetime import date

from factcheck.dates import Period
from factcheck.findings import Problem, Severity
from factcheck.model import Claim, is_blank, name_key
from factcheck.rules.base import (
    ClaimTable,
    Context,
    Option,
    claim_problem,
    claim_table,
    joined_with_and,
)
from factcheck.shares import qualifier_key
from factcheck.vocabulary import BIRTH_PROPERTIES, DEATH_PROPERTIES, ONCE_IN_A_LIFE_PROPERTIES

#: The properties of a match, one day's event whose figures (goals, possession,
#: attendance) are of that day.
MATCH_PROPERTIES: tuple[str, ...] = (
    "played", "match", "game", "fixture", "race",
    "joué", "joue", "disputé", "dispute", "rencontre", "course", "couru",
)  # fmt: skip

#: An event: its article, subject, property, qualifiers, kind and speaker.
_Event = tuple[Hashable, str, str, Hashable, str, "str | None"]

ID = "one-event-one-day"
SEVERITY = Severity.WARNING
OPTIONS: Mapping[str, Option] = {
    "max_days": Option(6, "most days apart two dates of one event are reported", minimum=1),
    "match_properties": Option(
        MATCH_PROPERTIES,
        "properties of events of one day whose subject's figures are of that day (a match"
        " played): a figure of the subject dated to another day is reported",
    ),
    "once_properties": Option(
        ONCE_IN_A_LIFE_PROPERTIES,
        "properties of events that happen once in a life (a birth, a death): their dates"
        " are compared at any distance",
    ),
}


def check(context: Context) -> Iterator[Problem]:
    """Report the events an article dates on two days within ``max_days`` of each other.

    And the births and deaths (``once_properties``) it dates on two days, or periods,
    that do not overlap, at any distance.
    """
    max_days: int = context.option("max_days")
    once = frozenset(context.option("once_properties"))
    table = claim_table(context)
    claims = table.claims
    # by article and event: the first claim of each day or night, in report order
    events: dict[_Event, dict[tuple[date, date], Claim]] = {}
    # by article and once-in-a-life event: the first claim of each period, in report order
    lives: dict[Hashable, dict[tuple[date, date], tuple[Claim, Period]]] = {}
    for position, (value, period) in enumerate(zip(table.values, table.periods, strict=True)):
        if value is not None or period is None:
            continue
        claim = claims[position]
        once_in_a_life = claim.property in once
        if (period.end - period.start).days > 1 and not once_in_a_life:
            continue  # a week, a month: no one day of an event
        if claim.status == "false" or is_blank(claim.subject) or is_blank(claim.property):
            continue
        speaker = claim.attributed_to if claim.kind != "fact" else None
        qualified = qualifier_key(claim.qualifiers) if claim.qualifiers else ()
        event: _Event = (
            _article(claim),
            name_key(claim.subject),
            claim.property,
            qualified,
            claim.kind,
            speaker,
        )
        if once_in_a_life:
            lives.setdefault(event, {}).setdefault((period.start, period.end), (claim, period))
        else:
            events.setdefault(event, {}).setdefault((period.start, period.end), claim)
    for spans in events.values():
        if len(spans) > 1:
            yield from _apart(spans, max_days)
    matches = frozenset(context.option("match_properties"))
    if matches:
        yield from _figures_of_another_day(table, events, matches, max_days)
    for periods in lives.values():
        if len(periods) > 1:
            yield from _twice_in_a_life(list(periods.values()))


_Span = tuple[date, date]


def _figures_of_another_day(
    table: ClaimTable,
    events: dict[_Event, dict[_Span, Claim]],
    matches: frozenset[str],
    max_days: int,
) -> Iterator[Problem]:
    """A match's day that none of the subject's figures of one day gives, and they agree.

    "with a 2-0 win over Chelsea on Saturday" (``played``) of a match whose goals,
    possession and attendance the article dates Sunday: one match on two days. The
    figures of its subject in its article, facts of one day each, must agree on one day
    within ``max_days`` of the match's, other than it; a match told apart by a qualifier
    (a first leg) is not compared, nor one its own claims date on two days.
    """
    # by article and subject, the day of its match: the one claim that dates it
    days: dict[tuple[Hashable, str], tuple[date, Claim]] = {}
    for (article, subject, prop, qualified, kind, _), spans in events.items():
        if prop not in matches or qualified or kind != "fact" or len(spans) != 1:
            continue
        ((start, end), claim) = next(iter(spans.items()))
        if start == end:
            days[article, subject] = (start, claim)
    if not days:
        return
    # the figures of those subjects, by the day they give
    figures: dict[tuple[Hashable, str], dict[date, list[Claim]]] = {}
    for position, (value, period, kind) in enumerate(
        zip(table.values, table.periods, table.kinds, strict=True)
    ):
        if value is None or period is None or kind != "fact" or period.start != period.end:
            continue
        claim = table.claims[position]
        if claim.status == "false" or is_blank(claim.subject):
            continue
        key = (_article(claim), name_key(claim.subject))
        if key in days:
            figures.setdefault(key, {}).setdefault(period.start, []).append(claim)
    for key, dated in figures.items():
        day, match = days[key]
        if len(dated) != 1 or day in dated:
            continue  # the figures give its day, or disagree among themselves
        ((other, claims),) = dated.items()
        if not 0 < abs((other - day).days) <= max_days:
            continue
        language = match.language
        ids = joined_with_and([f"'{claim.id}'" for claim in claims[:3]])
        more = f" (and {len(claims) - 3} more)" if len(claims) > 3 else ""
        yield claim_problem(
            match,
            f"'{match.id}' dates {match.subject} {match.property} on"
            f" {_describe((day, day), language)}, but {ids}{more} date its figures"
            f" {_describe((other, other), language)}: one match on two days?",
            *claims,
        )


def _article(claim: Claim) -> Hashable:
    """What tells a claim's article: its source, else its file."""
    return id(claim.source) if claim.source is not None else claim.location.file


def _apart(spans: dict[_Span, Claim], max_days: int) -> Iterator[Problem]:
    """The dates of one event that share no day and are at most `max_days` apart.

    A day is compared with the next day, in order (as days always were); a night (two
    days) with the day or night just before it and just after it, in order of their
    starts. Each pair once. Two days that a night of the event covers both ("samedi soir"
    and "dimanche matin" beside "dans la nuit de samedi à dimanche") agree with it, and so
    with each other.
    """
    nights = [span for span in spans if span[0] != span[1]]
    days = sorted(span for span in spans if span[0] == span[1])
    pairs = list(itertools.pairwise(days))
    pairs += [
        (first, second)
        for first, second in itertools.pairwise(sorted(spans))
        if first[0] != first[1] or second[0] != second[1]
    ]
    for first, second in pairs:
        start, end = min(first[0], second[0]), max(first[1], second[1])
        if any(night[0] <= start and end <= night[1] for night in nights):
            continue  # one night
        gap = max((second[0] - first[1]).days, (first[0] - second[1]).days)
        if 0 < gap <= max_days:
            yield _two_days(spans[first], first, spans[second], second)


def _two_days(first: Claim, span: _Span, second: Claim, other_span: _Span) -> Problem:
    """The finding, at the claim that stands later in its file, naming both dates."""
    (earlier, earlier_span), (later, later_span) = sorted(
        ((first, span), (second, other_span)), key=lambda dated: dated[0].location
    )
    language = later.language
    return claim_problem(
        later,
        f"'{later.id}' dates {later.subject} {later.property} on "
        f"{_describe(later_span, language)}, '{earlier.id}' on "
        f"{_describe(earlier_span, language)}: one event on two days? (two events: tell them"
        " apart with a qualifier)",
        earlier,
    )


def _twice_in_a_life(dated: list[tuple[Claim, Period]]) -> Iterator[Problem]:
    """Each claim whose date misses an earlier one's, at that claim, naming the earlier.

    ``dated`` is in report order, a claim per period. A claim whose date misses one is
    left out of the dates the claims after it are held to: one wrong date is one finding.
    """
    kept: list[tuple[Claim, Period]] = []
    for claim, period in dated:
        missed = next(
            (
                (other, when)
                for other, when in kept
                if when.end < period.start or period.end < when.start
            ),
            None,
        )
        if missed is None:
            kept.append((claim, period))
            continue
        earlier, earlier_period = missed
        language = claim.language
        yield claim_problem(
            claim,
            f"'{claim.id}' dates {claim.subject} {claim.property} to "
            f"{period.describe(language)}, '{earlier.id}' to "
            f"{earlier_period.describe(language)}: {_once(claim.property)}, so one of the"
            " two dates is wrong",
            earlier,
        )


def _once(name: str) -> str:
    """Why two dates of the event cannot both be right."""
    if name in BIRTH_PROPERTIES:
        return "a person is born once"
    if name in DEATH_PROPERTIES:
        return "a person dies once"
    return "it happens once in a life"


def _describe(span: _Span, language: str) -> str:
    start, end = span
    granularity = "day" if start == end else "range"
    return Period(start, end, granularity, start.isoformat()).describe(language)
