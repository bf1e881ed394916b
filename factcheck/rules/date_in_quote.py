"""A claim's ``when`` agrees with the dates its quote writes.

Editors copy a date from the quote into ``when`` by hand, and a mistyped day or year is
read by no one but the checker: readers see the article's date, not the YAML. A claim
with a ``when`` whose quote writes dates with a day and a month is reported when none
of them shares a day with the ``when`` (read as its period: a day, a range of days, a
week, a month, a year). "Smith, who was born on 2 May 2009" for ``when: 2 May 1990``,
or for ``when: May 1990``, is reported; a quote date that is the ``when``'s day and
month in another year written is named as such: the classic typo.

The dates are those ``find_days`` (in ``factcheck.dates``) reads, in the source's
language: "2 May 2009", "le 27 juillet 2015", "27 juillet", "1er mai", "lundi 27
juillet", "the 2nd of May", "May 2, 2009", "Monday, July 27"; days joined before a month
("du 3 au 5 mai", "3-5 May", "les 13 et 14 janvier", "May 3-5") and two dates joined as
a range ("du 30 avril au 2 mai", "between 3 May and 5 June") are one span, which agrees
when it shares a day with the ``when``. Dates in digits are read in ISO ("2009-05-02")
and, as day/month/year with four digits ("2/5/2009", "02.05.2009"), only where the
order is certain: in French, and in English when the language names its country
(``en_GB`` day first, ``en_US`` month first; ``en`` alone may be either, so they are not
read). A month name is written as the language writes it: capitalised in English (not
the "may" of "10 may leave"), a French abbreviation with its full stop ("sept.", not the
"sept" of seven). Ignored: a month and year alone ("in May 2009"), a year alone ("the
highest since 1990"), a weekday or a day alone, relative words ("hier", "last week"),
and a wire time after a date: four figures before GMT, UTC or "local" are no year
("Sunday 9 March, 0845 GMT" writes 9 March).

A date the quote writes without a year is read as ``parse_date`` reads it (nearest
publication, of the two around it the one where a weekday written is right), but it
agrees with a ``when`` holding its day and month in any year: the quote does not say
which year, and "killed on 14 December" may be the 14 December 2023 the article wrote
before. So ``when: 2 May 1990`` agrees with "born on 2 May".

Not reported, as a quote may write the date of another event than its claim's: a quote
that writes another date too ("charged on 3 May over the killing on 14 December 2023"
agrees with either); a date across publication from the ``when`` and more than a week
from it, unless it is the ``when``'s day in another year (a poll of January whose
quote says "certains d'aller voter le 15 mars"; a forecast for May whose quote says "said
on 11 March"); a claim without a ``when`` (its date is the publication day, and its
quote may well write another) or whose ``when`` does not read (``invalid-date`` reports
it). Hence a warning: a quote may write only a date its claim is not about. Numbers in
words, a day cut out of a number ("1,5 mai") and "in October 15 people" are no dates.

**Options:** none.

**Passes**

```yaml
source:
  published: 2025-02-20
  language: en_GB
claims:  # the quote's dates: one is the when's; "born on 2 May" writes no year
  - {id: charged, subject: Amira Hassan, property: charged, when: 3 May 2024,
     quote: "charged on 3 May over the killing on 14 December 2023"}
  - {id: smith_dob, subject: Lisa Smith, property: birth, when: 2 May 1990,
     quote: "Smith, who was born on 2 May"}
```

```yaml
source:
  published: 2025-03-10
  language: en_GB
claims:  # 0845 GMT is the time the quake hit, not a year
  - {id: quake, subject: quake, property: struck, when: Sunday 9 March,
     quote: "The quake hit on Sunday 9 March, 0845 GMT"}
```

```yaml
source:
  published: 2026-01-21
claims:  # a poll of January; 15 March is the vote to come, another event
  - {id: certain, subject: sondage Toulouse, property: certain_to_vote, value: "61 %",
     when: du 13 au 16 janvier 2026,
     quote: "61 % des inscrits se déclarent certains d'aller voter le 15 mars"}
```

**Fails**

```yaml
source:
  published: 2025-02-20
  language: en_GB
claims:
  - {id: smith_dob, subject: Lisa Smith, property: birth, when: 2 May 1990,
     quote: "Smith, who was born on 2 May 2009"}
    # warning: claim 'smith_dob': the quote says 2 May 2009, but its when is 2 May 1990
    #   (another year)
```

```yaml
claims:  # the contract was announced on Monday 27 July, not on Sunday 26th
  - {id: announced, subject: Orange, property: announced, when: 26 juillet 2015,
     quote: "Orange a annoncé lundi 27 juillet"}
    # warning: claim 'announced': its when is 26 juillet 2015, but its quote writes lundi
    #   27 juillet
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date

from factcheck.dates import DayMention, Period, find_days, in_year
from factcheck.findings import Problem, Severity
from factcheck.model import Claim
from factcheck.rules.base import Context, Option, claim_problem, claim_table, joined_with_and

ID = "date-in-quote"
SEVERITY = Severity.WARNING
OPTIONS: Mapping[str, Option] = {}

#: A `when` this long or shorter (a day, a few, a week, a month) may hold a year's typo.
_TYPO_DAYS = 31
#: A date across publication from the `when` this many days away or fewer may be a typo.
_NEAR_DAYS = 7


def check(context: Context) -> Iterator[Problem]:
    """Report the claims whose quote writes dates, none of them in the claim's ``when``."""
    table = claim_table(context)
    quotes, sources, languages = table.quotes, table.sources, table.languages
    for position, period in enumerate(table.periods):
        if period is None:  # no `when` (the publication day), or one invalid-date reports
            continue
        quote = quotes[position]
        if not quote:
            continue
        source = sources[position]
        published = source.published if source is not None else None
        mentions = find_days(quote, languages[position], published)
        if not mentions:
            continue  # most quotes: the claim itself is not read
        claim = table.claims[position]
        days = _month_days(period.start, period.end)
        if any(_agrees(mention, period, days) for mention in mentions):
            continue
        short = (period.end - period.start).days < _TYPO_DAYS  # may hold a year's typo
        typos = [m for m in mentions if short and m.year_written and _shares(m, days)]
        if typos:
            yield _typo_found(claim, period, typos[0])
            continue
        counted = [m for m in mentions if not _other_event(m, period, published)]
        if counted:
            yield _disagreement(claim, period, counted)


#: Days of the year as (month, day), from the first to the last, both included.
_MonthDays = tuple[tuple[int, int], tuple[int, int]]
_WHOLE_YEAR: tuple[_MonthDays, ...] = (((1, 1), (12, 31)),)


def _month_days(start: date, end: date) -> tuple[_MonthDays, ...]:
    """The days and months a span holds, whatever the year: one run, or two across 1 January."""
    if (end - start).days >= 365:
        return _WHOLE_YEAR
    first, last = (start.month, start.day), (end.month, end.day)
    if start.year == end.year:
        return ((first, last),)
    return ((first, (12, 31)), ((1, 1), last))


def _shares(mention: DayMention, days: tuple[_MonthDays, ...]) -> bool:
    """Tell whether the date's days and months, in some year, are days of the ``when``.

    Compared as (month, day): no date is made. A 29 February is read in any year, and so
    agrees with a ``when`` from 28 February to 1 March of a year without one.
    """
    written = mention.period
    return any(
        lo <= other_hi and other_lo <= hi
        for lo, hi in _month_days(written.start, written.end)
        for other_lo, other_hi in days
    )


def _agrees(mention: DayMention, period: Period, days: tuple[_MonthDays, ...]) -> bool:
    """Tell whether the date the quote writes shares a day with the ``when``.

    A date without a year is compared by its days and months, in any year.
    """
    if mention.year_written:
        return mention.period.overlaps(period)
    return _shares(mention, days)


def _other_event(mention: DayMention, period: Period, published: date | None) -> bool:
    """Tell whether the date is of another event: across publication, a week or more away.

    A fact of the past whose quote names a day to come ("certains d'aller voter le 15
    mars", of a poll of January) or a forecast whose quote names the day it was said
    ("said on 11 March that it would publish in May", in the paper of 11 March or after).
    A day or a few away is a typo more likely ("at the count on Friday (4 May)" of a
    count on 3 May, in that day's paper). A date without a year is taken in the year
    that puts it nearest the ``when``.
    """
    if published is None:
        return False
    written = mention.period
    start, end = (written.start, written.end) if mention.year_written else _nearest(written, period)
    if period.end <= published < start:
        return (start - period.end).days > _NEAR_DAYS
    if end <= published < period.start:
        return (period.start - end).days > _NEAR_DAYS
    return False


def _nearest(written: Period, period: Period) -> tuple[date, date]:
    """The days written, moved to the year that puts them nearest `period`."""
    best, distance = (written.start, written.end), None
    for year in range(period.start.year - 1, period.end.year + 2):
        start = in_year(written.start, year)
        end = in_year(written.end, written.end.year + year - written.start.year)
        if start is None or end is None:  # 29 February, in a year without one
            continue
        apart = max((start - period.end).days, (period.start - end).days, 0)
        if distance is None or apart < distance:
            best, distance = (start, end), apart
    return best


def _typo_found(claim: Claim, period: Period, mention: DayMention) -> Problem:
    """The quote writes the ``when``'s day and month in another year."""
    return claim_problem(
        claim,
        f"claim '{claim.id}': the quote says {mention.written}, but its when is"
        f" {period.describe(claim.language)} (another year)",
    )


def _disagreement(claim: Claim, period: Period, mentions: list[DayMention]) -> Problem:
    dates = joined_with_and([mention.written for mention in mentions])
    return claim_problem(
        claim,
        f"claim '{claim.id}': its when is {period.describe(claim.language)}, but its quote"
        f" writes {dates}",
    )
