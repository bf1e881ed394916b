"""A fact is not dated after the publication of its source, nor a forecast before it.

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

A figure of a closed period of days that starts on or before publication and ends after
it is reported too: "reached 17.3% in the week to 29 November" in an article of 26
November gives a week not over yet, whose figure cannot be known (a stale or mistyped
week); so does "1 120 décès en excès du 19 juin au 8 juillet" in the paper of 2 July.
The period must be written to its last day (``the week to 29 November``, ``du 23 au 29
novembre``, ``23-29 November``, ``du 1er au 31 mars``). Over two weeks or more, a state in
force is not reported, when the property or the quote says so: a cap, a limit, a quota,
a price, a tariff, a timetable, a ban ("capped at 11,200 movements from 31 March to 26
October"), or a rank in a season running ("the fifth hurricane of the 2026 season"). A
period plainly running is not reported: a week named by a day of it (``the week of 23
November``, ``cette semaine``), a month or a year named alone (a rate or a price of the
month is as often in force), a running total (``depuis le 1er mars``, ``since 1 March``),
a figure its ``when`` or quote says is so far ("so far", "to date", "à ce jour",
"provisoire"), and a claim without a value (an event that runs, "le salon se tient du 23
au 29 novembre").

A forecast of a day or a few (less than a week) that end before publication is
reported: "les travaux commenceront le lundi 6 janvier 2025" in an article of December
2025 is a slip of the year, or a fact whose kind is wrong. A forecast made before its
day and quoted after it gives the day it was made as ``said_on``, on or before the
forecast's last day; a forecast of a week or longer (an analysts' consensus for a
quarter, set beside the results) is not read.

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
  published: 2026-11-26
  language: en_GB
claims:  # a closed week that ends three days after publication
  - {id: positivity, subject: England, property: flu_positivity_rate, value: "17.3%",
     when: the week to 29 November 2026, quote: "reached 17.3% in the week to 29 November"}
    # error: 'positivity' is the figure of week of 23 November 2026, a period that ends
    #   after the article's publication on 26 November 2026: it cannot be known yet; check
    #   the dates (a figure so far: end its when on a day up to 26 November 2026; a price
    #   or a limit in force over it: write its when as from its first day; a forecast:
    #   set its kind)
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

import functools
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime

from factcheck.dates import Period, ends_a_state, find_weekday_dates, in_year, weekday_name
from factcheck.findings import Problem, Severity
from factcheck.model import language_of
from factcheck.rules.base import ClaimTable, Context, Option, claim_problem, claim_table

ID = "fact-not-after-publication"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every fact whose period starts after its source's publication day.

    And every figure of a closed period of days that ends after it, and every forecast
    of a day or a few that end before it.
    """
    table = claim_table(context)
    for position, (kind, period, source) in enumerate(
        zip(table.kinds, table.periods, table.sources, strict=True)
    ):
        if kind != "fact" or period is None:  # the cheapest tests first: most claims pass
            if kind == "forecast" and period is not None and source is not None:
                yield from _forecast_before(table, position, period, source.published)
            continue
        if source is None or not period.after_day(source.published):
            if source is not None and period.granularity in _DAYS_WRITTEN:
                yield from _closed_after(table, position, period, source.published)
            continue
        language = language_of(source)
        if ends_a_state(table.whens[position] or "", language):  # "until Friday": it holds
            continue
        claim = table.claims[position]
        day = source.published
        published = _day(day, language)
        message = (
            f"'{claim.id}' is a fact dated {period.describe(language)}, after the article's"
            f" publication on {published}; a forecast or a target? set its kind"
        )
        message += _the_year_before(table.whens[position], period, day, language)
        yield claim_problem(claim, message)


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
#: The granularities of a period of days written by its ends: "du 23 au 29 novembre",
#: "23-29 November", "the week to 29 November", "la semaine du 23 au 29 novembre".
_DAYS_WRITTEN = frozenset({"range", "week"})
#: A closed period of days this long or longer may be a season a state holds over
#: ("capped at 11,200 movements from 31 March to 26 October"), when words say so.
_LONGEST_WINDOW = 14
#: Words of a state in force over a long period, a season or a year, as it was set before
#: it began: "capped at 11,200 movements from 31 March to 26 October", "le tarif du 1er
#: janvier au 30 juin". A count or a measure over such a period is no state: "1 120 décès
#: en excès du 19 juin au 8 juillet", in the paper of 2 July, cannot be known yet. Nor
#: is a rank in a season running ("the fifth hurricane of the 2026 season"): it is so far.
_IN_FORCE = re.compile(
    r"(?<![^\W\d_])(?:cap(?:s|ped)?|limit|ceiling|quota|plafon|tari|pri[xc]|fares?"
    r"|timetable|horaire|ban(?:s|ned)?|interdi|allowance|autoris|authori[sz]"
    # a rank within a season is the subject's so far: "the fifth hurricane of the season"
    r"|rank|rang(?![^\W\d_])|classement|position)",
    re.IGNORECASE,
)
#: Words that say a figure is of a period still running: its figure so far.
_SO_FAR = re.compile(
    r"(?<![^\W\d_])(?:so[ \u00a0]+far|to[ \u00a0]+date|thus[ \u00a0]+far|as[ \u00a0]+yet"
    r"|this[ \u00a0]+week|(?:jusqu['’]|jusque[ \u00a0]+)(?:ici|à[ \u00a0]+présent|alors)"
    r"|à[ \u00a0]+ce[ \u00a0]+jour|pour[ \u00a0]+l['’]instant|pour[ \u00a0]+le[ \u00a0]+moment"
    r"|en[ \u00a0]+cours|provisoire(?:s|ment)?|provisional(?:ly)?|cette[ \u00a0]+semaine)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def _day(day: date, language: str) -> str:
    return Period(day, day, "day", day.isoformat()).describe(language)


def _closed_after(table: ClaimTable, position: int, period: Period, day: date) -> Iterator[Problem]:
    """A figure of a period of days, written to its last day, that ends after publication.

    "reached 17,3 % in the week to 29 November" in an article of 26 November gives the
    figure of a week not over yet: it cannot be known. A window of two weeks or longer
    whose property or quote names a state in force (a cap, a timetable) or a rank is
    not reported: it holds over a season. A week named by a day of it ("the
    week of 23 November", "cette semaine") may be running, and is not reported; nor is
    a figure its quote or ``when`` says is so far ("so far", "à ce jour", "provisoire"),
    a state that holds until a day, nor a claim without a value (an event that runs).
    """
    if isinstance(day, datetime):
        day = day.date()
    if period.end <= day or table.values[position] is None:
        return
    when = table.whens[position]
    if when is None or not _writes_day(when, period.end.day):
        return
    claim = table.claims[position]
    language = table.languages[position]
    if _SO_FAR.search(when) or (claim.quote and _SO_FAR.search(claim.quote)):
        return
    if (period.end - period.start).days >= _LONGEST_WINDOW and _IN_FORCE.search(
        f"{claim.property} {claim.quote or ''}"
    ):
        return  # "capped at 11,200 movements from 31 March to 26 October": a state
    if ends_a_state(when, language):
        return
    published = _day(day, language)
    message = (
        f"'{claim.id}' is the figure of {period.describe(language)}, a period that ends"
        f" after the article's publication on {published}: it cannot be known yet; check"
        f" the dates (a figure so far: end its when on a day up to {published}; a price or"
        f" a limit in force over it: write its when as from its first day; a forecast: set"
        f" its kind)"
    )
    yield claim_problem(claim, message)


#: A forecast of a period this long or longer (a quarter's consensus, a year's outlook)
#: is often quoted after it, beside the outcome: only days and weeks are read.
_FORECAST_DAYS = 7


def _forecast_before(
    table: ClaimTable, position: int, period: Period, day: date
) -> Iterator[Problem]:
    """A forecast of a day or a few that end before publication, unless made before then.

    "les travaux commenceront le lundi 6 janvier 2025" in an article of December 2025 is
    a forecast of the past: a slip of the year, or a fact whose kind is wrong. A forecast
    reported after its day ("Météo-France prévoyait 40 °C samedi") gives its ``said_on``,
    the day it was made, on or before its period's end. A forecast of a week or longer
    (an analysts' consensus for a quarter, set beside the results) is not read.
    """
    if isinstance(day, datetime):
        day = day.date()
    if period.end >= day or (period.end - period.start).days >= _FORECAST_DAYS:
        return
    claim = table.claims[position]
    try:
        said_on = claim.read_said_on()
    except ValueError:  # invalid-date reports it
        return
    if said_on is not None and said_on <= period.end:
        return
    language = table.languages[position]
    said = "" if said_on is None else f" and after it was said on {_day(said_on, language)}"
    yield claim_problem(
        claim,
        f"'{claim.id}' is a forecast dated {period.describe(language)}, before the"
        f" article's publication on {_day(day, language)}{said}: a forecast of the past?"
        " check its date (a forecast made earlier: give the day it was made as said_on;"
        " what happened: set its kind to fact)",
    )


@functools.lru_cache(maxsize=1024)
def _writes_day(when: str, day: int) -> bool:
    """Tell whether a `when` writes its last day's number: the period is written closed."""
    return re.search(rf"(?<![\d.,])0?{day}(?!\d)", when) is not None


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
