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
"sept" of seven). Ignored: a month and year alone ("in May 2009"), a year alone that is
not its figure's date (below), a weekday or a day alone, relative words ("hier", "last
week"), and a wire time after a date: four figures before GMT, UTC or "local" are no year
("Sunday 9 March, 0845 GMT" writes 9 March).

A year alone is compared when the quote writes it as its figure's own date, the
commonest slip of copy pasted from last year's article: "336 700 premiers titres de
séjour ont été délivrés en 2024" of a claim of ``when: 2025``. That is a year after "en",
"in", "pour", "for", "au titre de", "au cours de", "during", or after an edition, a
session, a season or a school year ("lors de l'édition 2018", "à la session 2024", "in
the 2018 edition"), in a clause (between punctuation) that writes a figure, of a
``when`` of a month or longer (a day's claim, such as a statement, may well speak of
another year). Not a year a comparison word, a record, a start, a range's end or another
event comes before in its clause ("contre 326 300 en 2024", "higher than in 2024",
"qu'en 2024", "depuis", "since", "from", "par rapport à", "compared with", "vs", "a year
earlier", "the highest since", "jusqu'en 2024", "between", "born in 1950", "élu en
2017", "launched in 2019"), a count per people ("un médecin pour 2000 habitants"), nor a
quote that writes any year of its ``when`` too ("336 700 en 2025, contre 326 300 en
2024" agrees with 2025). A school year or a season ("en 2023-2024", "2023-24", "la
saison 2023/2024") is compared the same way: with a ``when`` of a school year or season
too ("l'année scolaire 2024-2025") it must start the same year; with another ``when`` it
must share a day with its widest reading, 1 April 2023 to 31 August 2024.

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

Nor is a person's birth date ("Un automobiliste de 71 ans, né le 3 mars 1955", "who was
born on 3 May 1941"): a date after "né", "née", "born" or "naissance" in its clause is
the birth's, compared only with the ``when`` of a birth's claim (``birth``, ``born``,
``naissance``...), not with that of an age or of what else the quote reports.

Nor is a day a figure is measured against, in French and English: a record's ("à 2 °C
de son record du 23 juillet 2019", "le record de 41,2 °C établi le 23 juillet 2019",
"0.5C below the record of 40.3C set on 19 July 2022"), a baseline's ("its highest
since 4 June 2019", "en grève depuis le 12 mai", "contre", "par rapport au", "compared
with"): the claim is of its own ``when`` (a gap to a record, measured on 12 August), and
such a day is never reported, as the claim's day nor as another year's typo. The day a
record is broken is the claim's ("a battu son record le 12 août"), and "from 6 May"
starts the claim's span: both are compared. "Contre", "against", "vs" make a baseline
only before a figure or a period ("contre 5 % le 3 mai", "contre le 12 mai", "against
the same day"); before a name they name an opponent, and the day is the match's own:
"a hat-trick against Wales on 22 November 1961", "contre le pays de Galles le 22
novembre 1961" are compared.

Quarters too, against a ``when`` of a month or longer (a day's claim, such as results
published on 22 October, may well write the quarter they are of): "deuxième trimestre
2025", "au deuxième trimestre", "second quarter", "second-quarter", "T2 2025", "2T 2025",
"Q2", "Q2 2025", "Q2'25", "2025-Q2", "the June quarter" ("T2" needs its year: alone it is
a flat). A quarter without a year agrees with a ``when`` holding its months in any year.
A claim is reported when none of its quote's dates and quarters shares a day with the
``when``: "du deuxième trimestre, contre le premier" agrees with ``T2 2025``. Skipped: a
quarter of a financial year ("Q3 FY2025", "fiscal third quarter", "troisième trimestre
de son exercice"), whose months depend on the company, unless it is written with the
financial year's two years ("T1 2025/26", "premier trimestre 2025-2026", "Q3 2024/25")
and the source sets ``financial_year_start``: it is then read as the ``when`` is (with
7, "T1 2025/26" is July to September 2025); and a quarter a change is
measured from ("en hausse de 3,4 % par rapport au troisième trimestre 2024", "contre",
"compared with", "up from $11.3bn in the second quarter", "since") or a record's
("its best since the record of the second quarter of 2019"). Nor is an ordinal count of
periods ("le deuxième trimestre de baisse consécutif", "the second quarter in a row",
"le troisième trimestre d'affilée") a date, nor a delivery period a price is of ("livrable
au premier trimestre 2027", "pour livraison en 2027", "for delivery in the first
quarter", "the front-month contract", "Cal-27" before it, or a subject that names it:
"électricité, livraison T1 2026").

A week number right before the days it is of ("semaine 49 (du 23 au 29 novembre)",
"week 49 (23-29 November)", "S49, du 23 au 29 novembre") must be the ISO week (Monday
to Sunday) of one of those days, or the epidemiological week (Sunday to Saturday) that
ends in it: 23-29 November 2026 is week 48, and the claim is reported, whatever its
``when`` says.

A rule has one severity, and this one warns. A desk for which a date copied wrong into
its claims is an error makes the rule's findings errors, for every claim:
``[rules.date-in-quote]`` ``severity = "error"`` in ``factcheck.toml``.

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

```yaml
source:
  published: 2025-10-23
claims:  # the change is measured from the third quarter of 2024; the claim is of 2025
  - {id: growth, subject: Veridia, property: revenue_change, value: "3,4 %", when: T3 2025,
     quote: "en hausse de 3,4 % par rapport au troisième trimestre 2024"}
  - {id: sales, subject: Veridia, property: revenue, value: "2,46 Md€", when: T2 2025,
     quote: "2,46 milliards d'euros au deuxième trimestre, contre 2,38 au premier"}
```

```yaml
source:
  published: 2025-08-13
claims:  # a gap to a record of 2019, measured on 12 August: the record's day is no date of it
  - {id: gap, subject: Bordeaux, property: gap_to_record, value: "2 delta_degC",
     when: mardi 12 août, quote: "à 2 °C de son record du 23 juillet 2019 (41,2 °C)"}
  - {id: highest, subject: Heathrow, property: max_temperature, value: "34.7 °C",
     when: mardi 12 août, quote: "sa plus haute depuis le 19 juillet 2022"}
```

```yaml
source:
  published: 2026-11-27
claims:  # 2024 is the baseline of the 2025 figure, and the figure of its own claim
  - {id: permits, subject: France, property: first_residence_permits, value: "336 700",
     when: "2025", quote: "336 700 titres délivrés en 2025, contre 326 300 en 2024"}
  - {id: rate, subject: France, property: permits_change, value: "3,2 %", when: "2025",
     quote: "une hausse de 3,2 % par rapport à 2024"}
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
source:
  published: 2026-11-27
claims:  # a sentence of last year's article: the figure is of 2025
  - {id: permits, subject: France, property: first_residence_permits, value: "336 700",
     when: "2025", quote: "336 700 premiers titres de séjour ont été délivrés en 2024"}
    # warning: claim 'permits': its when is 2025, but its quote dates its figure en 2024
    #   (a sentence of another year's copy?): write the year the figure is of in both
```

```yaml
source:
  published: 2026-11-27
  language: en_GB
claims:  # against Wales: an opponent, not a baseline; the match's day is the claim's
  - {id: hat_trick, subject: Tommy Hargreaves, property: hat_trick, when: 22 November 1962,
     quote: "a hat-trick against Wales at Wembley on 22 November 1961"}
    # warning: claim 'hat_trick': the quote says 22 November 1961, but its when is 22
    #   November 1962 (another year)
```

```yaml
claims:  # the contract was announced on Monday 27 July, not on Sunday 26th
  - {id: announced, subject: Orange, property: announced, when: 26 juillet 2015,
     quote: "Orange a annoncé lundi 27 juillet"}
    # warning: claim 'announced': its when is 26 juillet 2015, but its quote writes lundi
    #   27 juillet
```

```yaml
source:
  published: 2025-08-13
claims:  # the record was broken on Tuesday 12 August: that day is the claim's own
  - {id: broken, subject: Bordeaux, property: record_broken, when: lundi 11 août,
     quote: "Bordeaux a battu son record le 12 août"}
    # warning: claim 'broken': its when is 11 août 2025, but its quote writes 12 août
```

```yaml
source:
  published: 2025-10-23
claims:  # the quote's quarter is the second, the when the third
  - {id: revenue, subject: Veridia, property: revenue, value: "2,46 milliards d'euros",
     when: T3 2025, quote: "Son chiffre d'affaires du deuxième trimestre atteint 2,46
     milliards d'euros"}
    # warning: claim 'revenue': its when is T3 2025, but its quote writes deuxième
    #   trimestre
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from factcheck.dates import (
    NOT_A_TIME,
    DateSyntaxError,
    DayMention,
    Period,
    find_days,
    in_year,
    parse_date,
)
from factcheck.findings import Problem, Severity
from factcheck.model import Claim, Source
from factcheck.rules.base import Context, Option, claim_problem, claim_table, joined_with_and
from factcheck.vocabulary import BIRTH_PROPERTIES

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
        if mentions and _WEEK_HINT.search(quote):  # "semaine 49 (du 23 au 29 novembre)"
            week = _wrong_week(quote, mentions)
            if week is not None:
                yield _week_problem(table.claims[position], *week)
                continue
        quarters: tuple[QuarterMention, ...] = ()
        months = (period.end - period.start).days >= _MONTH_DAYS
        if months and _QUARTER_HINT.search(quote):
            quarters = quarters_in(quote)  # "au deuxième trimestre", of a when of months
            if any(quarter.fiscal for quarter in quarters):  # "T1 2025/26"
                quarters = _in_financial_years(quarters, source, languages[position], published)
        stale = None
        if months and _YEAR_HINT.search(quote):  # "délivrés en 2024" of a claim of 2025
            stale = _stale_year(years_in(quote), period)
        if not mentions and not quarters:
            if stale is not None:
                yield _stale_found(table.claims[position], period, stale)
            continue  # most quotes: the claim itself is not read
        claim = table.claims[position]
        if quarters and _DELIVERY_SUBJECT.search(claim.subject):
            quarters = ()  # "électricité, livraison T1 2026": the quarter is the product's
        days = _month_days(period.start, period.end)
        if any(_agrees(mention, period, days) for mention in mentions) or any(
            _quarter_agrees(quarter, period, days) for quarter in quarters
        ):
            continue
        # a day a figure is measured against ("son record du 23 juillet 2019", "its highest
        # since 4 June 2019") is no date of the claim's: never reported
        born = claim.property in BIRTH_PROPERTIES  # a birth's claim is dated by "né le"
        mentions = tuple(
            m
            for m in mentions
            if not _is_baseline(quote, m.start)
            and not _delivered(quote, m.start)
            and (born or not _a_birth(quote, m.start))
        )
        short = (period.end - period.start).days < _TYPO_DAYS  # may hold a year's typo
        typos = [m for m in mentions if short and m.year_written and _shares(m, days)]
        if typos:
            yield _typo_found(claim, period, typos[0])
            continue
        quarters = tuple(quarter for quarter in quarters if not quarter.compared)
        quarter_typo = next((q for q in quarters if _quarter_typo(q, period)), None)
        if quarter_typo is not None:
            yield _typo_found(claim, period, quarter_typo)
            continue
        counted: list[DayMention | QuarterMention] = [
            m for m in mentions if not _other_event(m, period, published)
        ]
        counted += quarters
        if counted:
            yield _disagreement(claim, period, counted)
        elif stale is not None:
            yield _stale_found(claim, period, stale)


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


def _typo_found(claim: Claim, period: Period, mention: DayMention | QuarterMention) -> Problem:
    """The quote writes the ``when``'s day and month, or its quarter, in another year."""
    return claim_problem(
        claim,
        f"claim '{claim.id}': the quote says {mention.written}, but its when is"
        f" {period.describe(claim.language)} (another year)",
    )


def _disagreement(
    claim: Claim, period: Period, mentions: Sequence[DayMention | QuarterMention]
) -> Problem:
    dates = joined_with_and([mention.written for mention in mentions])
    return claim_problem(
        claim,
        f"claim '{claim.id}': its when is {period.describe(claim.language)}, but its quote"
        f" writes {dates}",
    )


#: A `when` this long or longer (a month, a quarter, a year) is compared with quarters.
_MONTH_DAYS = 27
#: A `when` shorter than this may be a quarter (of a financial year, read as a range).
_QUARTER_MAX_DAYS = 93


class QuarterMention(NamedTuple):
    """A quarter a quote writes: "deuxième trimestre 2025", "Q2", "the June quarter"."""

    written: str
    number: int  # 1 to 4
    year: int | None  # None: the quote writes no year
    compared: bool  # a quarter a change is measured from: agrees, never reported
    fiscal: bool = False  # of a financial year written with its two years: "T1 2025/26"
    span: tuple[date, date] | None = None  # its days, read in the source's financial year


#: What a quote writing a quarter has: most quotes have none of these.
_QUARTER_HINT = re.compile(
    r"trimestre|quarter|(?<![^\W\d_])(?:[QT][1-4]|[1-4]T)(?![^\W_])", re.IGNORECASE
)
_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d)"
_QUARTER_ORDINALS = {
    "premier": 1, "1er": 1, "first": 1, "1st": 1,
    "deuxième": 2, "deuxieme": 2, "2e": 2, "2ème": 2, "second": 2, "seconde": 2, "2nd": 2,
    "troisième": 3, "troisieme": 3, "3e": 3, "3ème": 3, "third": 3, "3rd": 3,
    "quatrième": 4, "quatrieme": 4, "4e": 4, "4ème": 4, "fourth": 4, "4th": 4,
}  # fmt: skip
_QUARTER_MONTHS = {"march": 1, "june": 2, "september": 3, "december": 4}
#: The quarters a quote writes: in words, in French and English ("deuxième trimestre
#: 2025", "second-quarter", "the second quarter of 2025"), as desks code them ("T2 2025",
#: "2T 2025", "Q2", "Q2 2025", "Q2'25", "2025-Q2"), and by their last month ("the June
#: quarter"). "T2" needs its year: alone it is a flat of two rooms.
_QUARTER_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    rf"(?P<w>{'|'.join(_QUARTER_ORDINALS)})[ \u00a0\-\u2011]+(?:trimestre|quarter)"
    rf"(?:[ \u00a0]+(?:(?:de|of)[ \u00a0]+|d['’])?(?:l['’]ann[ée]e[ \u00a0]+)?{_YEAR})?"
    rf"|Q(?P<q>[1-4])(?:[ \u00a0\-]*(?P<qy>(?:19|20)\d{{2}})(?!\d)|['’](?P<yy>\d{{2}})(?!\d))?"
    rf"|(?:T(?P<t>[1-4])|(?P<t2>[1-4])T)[ \u00a0\-]*(?P<ty>(?:19|20)\d{{2}})(?!\d)"
    r"|(?P<cy>(?:19|20)\d{2})[ \u00a0\-]?Q(?P<cq>[1-4])"
    r"|the[ \u00a0]+(?P<m>March|June|September|December)[ \u00a0\-]+quarter"
    r")(?![^\W_])",
    re.IGNORECASE,
)
#: An ordinal count of periods, not a date: "le deuxième trimestre de baisse consécutif",
#: "the second quarter in a row", "le troisième trimestre d'affilée".
_IN_A_ROW = re.compile(
    r"(?:[ \u00a0]+(?:de|of|d['’])?[ \u00a0]*[^\W\d_]+){0,2}?[ \u00a0]+"
    r"(?:consécuti(?:f|ve)s?|consecutive|straight|running|d['’]affilée|de[ \u00a0]+suite"
    r"|in[ \u00a0]+a[ \u00a0]+row|sans[ \u00a0]+interruption)(?![^\W\d_])",
    re.IGNORECASE,
)
#: A quarter of a financial year, read only with the year it belongs to: skipped.
_FISCAL = re.compile(r"fiscal|(?<![^\W_])FY|exercice|financial", re.IGNORECASE)
#: A quarter a figure is compared with: "par rapport au troisième trimestre 2024",
#: "contre", "compared with", "up from $11.3bn in the second quarter". Not the claim's.
_BASELINE = re.compile(
    r"(?<![^\W\d_])(?:par[ \u00a0]+rapport|compar[ée]e?s?|contre|vs\.?|versus|depuis"
    r"|qu['’]au|than|from|compared|against|since|over)(?![^\W\d_])"
    r"(?:[^.;:!?]|(?<=\d)[.:](?=\d)){0,25}$",
    re.IGNORECASE,
)


#: A record a figure is measured against, and the day it was set: "son record du 23
#: juillet 2019", "le record de 41,2 °C établi le 23 juillet 2019", "the record of 40.3C
#: set on 19 July 2022", "its record from 19 July 2022". Not the day a record is broken
#: ("a battu son record le 12 août", "broke the record on Tuesday"): the claim's own.
_RECORD_BASELINE = re.compile(
    r"(?<![^\W\d_])records?(?![^\W\d_])(?:"
    r"(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+(?:du|de|d['’]|of|from)[ \u00a0]*(?:(?:le|the)[ \u00a0]+)?"
    r"|(?:[^.;:!?]|(?<=\d)[.,](?=\d)){0,40}?(?<![^\W\d_])(?:[ée]tablie?s?|enregistr[ée]e?s?"
    r"|relev[ée]e?s?|set|recorded|established|registered)[ \u00a0]+(?:le|on|in)[ \u00a0]+"
    r"(?:(?:the)[ \u00a0]+)?)$",
    re.IGNORECASE,
)
#: A day a figure is compared with: "par rapport au 12 mai", "compared with", "its
#: highest since 4 June 2019", "depuis le 12 mai". Not "from" nor "over", which start the
#: claim's own span ("in force from 6 May").
_DAY_BASELINE = re.compile(
    r"(?<![^\W\d_])(?:par[ \u00a0]+rapport|compar[ée]e?s?|depuis"
    r"|qu['’]au|than|compared|since)(?![^\W\d_])"
    r"(?:[^.;:!?]|(?<=\d)[.:](?=\d)){0,25}$",
    re.IGNORECASE,
)
#: "contre", "against", "vs" before a day: a baseline when a figure or a period comes
#: first ("contre 5 % le 3 mai", "against a year earlier", "contre le 12 mai", "contre
#: celui du 3 mai"); an opponent otherwise ("against Wales on 22 November 1961", "contre
#: le pays de Galles le 22 novembre 1961", "vs Leeds on 3 May"): the match's own day.
_AGAINST_BASELINE = re.compile(
    r"(?<![^\W\d_])(?:contre|vs\.?|versus|against)(?![^\W\d_])[ \u00a0]*"
    r"(?:(?:le|la|les|the|celui|celle|ceux|celles|that|those)(?![^\W\d_])[ \u00a0]*"
    r"|l['’][ \u00a0]*)*"
    r"(?:(?:(?:du|de|of|on|in|au)(?![^\W\d_])|d['’])[ \u00a0]*)?(?:$"
    r"|[-+−–$€£¥]?\d"
    r"|(?:même|same|previous|précédente?s?|prior|last|dernière?s?|an|année|year|mois|month"
    r"|semaine|week|trimestre|quarter|jour|day|période|period|niveau|level|record|plus"
    r"|moins|about|environ|près|some|around)(?![^\W\d_]))"
    r"(?:[^.;:!?]|(?<=\d)[.:,](?=\d)){0,40}$",
    re.IGNORECASE,
)


#: A delivery period a price is of, before its date or quarter: "livrable au premier
#: trimestre 2027", "pour livraison en 2027", "for delivery in the first quarter", "the
#: front-month contract for January", "Cal-27": the product, not the claim's date.
_DELIVERY = re.compile(
    r"(?<![^\W\d_])(?:livrables?|livraisons?|deliver(?:y|able|ed)|échéance|forwards?"
    r"|à[ \u00a0]+terme"
    r"|(?:front|next)[ \u00a0\-]month|month[ \u00a0\-]ahead|year[ \u00a0\-]ahead|Cal[ \-]?\d\d)"
    r"(?![^\W\d_])(?:[^.;:!?]){0,30}$",
    re.IGNORECASE,
)
#: A subject that names the delivery period of a price: "électricité, livraison T1 2027".
_DELIVERY_SUBJECT = re.compile(
    r"(?<![^\W\d_])(?:livrables?|livraisons?|deliver(?:y|able|ed)|Cal[ \-]?\d\d)(?![^\W\d_])",
    re.IGNORECASE,
)


#: A birth before its date: "né le 3 mars 1955", "née à Nîmes le 3 mai 1941", "born on 2
#: May 2009", "who was born in Leeds on 2 May": the person's birth, not the claim's day.
_BIRTH = re.compile(
    r"(?<![^\W\d_])(?:née?s?|born|naissance)(?![^\W\d_])(?:[^.;:!?,()]){0,40}$",
    re.IGNORECASE,
)


def _a_birth(quote: str, start: int) -> bool:
    """Tell whether the date at ``start`` is a person's birth ("71 ans, né le 3 mars 1955")."""
    return _BIRTH.search(quote, max(0, start - 50), start) is not None


def _delivered(quote: str, start: int) -> bool:
    """Tell whether the date or quarter at ``start`` is the delivery period of a price."""
    return _DELIVERY.search(quote, max(0, start - 50), start) is not None


#: What a quote writing a week number has: most quotes have none.
_WEEK_HINT = re.compile(r"semaine|week|(?<![^\W\d_])S\d", re.IGNORECASE)
#: A week number right before the days it is of: "semaine 49 (du 23 au 29 novembre)",
#: "week 49 (23-29 November)", "S49, du 23 au 29 novembre".
_WEEK_BEFORE = re.compile(
    r"(?<![^\W\d_])(?P<w>(?:semaine|week|S)[ \u00a0]?(?P<n>\d{1,2}))(?!\d)"
    r"[ \u00a0]*[(,:\u2013\u2014-]?"
    r"[ \u00a0]*(?:(?:du|from|the)[ \u00a0]+)?$",
    re.IGNORECASE,
)


def _wrong_week(quote: str, mentions: Sequence[DayMention]) -> tuple[str, str, str] | None:
    """A week number the quote writes beside days of another week: (written, days, right).

    The ISO week (Monday to Sunday) of any of the days, or the epidemiological week
    (Sunday to Saturday) that ends in it, is the number's.
    """
    for mention in mentions:
        before = _WEEK_BEFORE.search(quote, max(0, mention.start - 20), mention.start)
        if before is None:
            continue
        number = int(before["n"])
        start, end = mention.period.start, mention.period.end
        if (end - start).days > 7:
            continue
        weeks = {start.isocalendar().week, end.isocalendar().week}
        if number not in weeks:
            written = before["w"]
            right = written[: before.start("n") - before.start("w")] + str(min(weeks))
            return written, mention.written, right
    return None


def _week_problem(claim: Claim, written: str, days: str, right: str) -> Problem:
    return claim_problem(
        claim,
        f"claim '{claim.id}': its quote writes {written} for {days}, which are of {right}"
        f" (ISO weeks, Monday to Sunday): write {right}, or the days of {written}",
    )


def _is_baseline(quote: str, start: int) -> bool:
    """Tell whether the date at ``start`` is one a figure is measured against.

    A record's day ("à 2 °C de son record du 23 juillet 2019", "below the record of 40.3C
    set on 19 July 2022"), or the day after "since", "depuis", "contre", "compared with":
    the claim is of another day, its own ``when``.
    """
    return (
        _RECORD_BASELINE.search(quote, max(0, start - 70), start) is not None
        or _DAY_BASELINE.search(quote, max(0, start - 45), start) is not None
        or _AGAINST_BASELINE.search(quote, max(0, start - 60), start) is not None
    )


@lru_cache(maxsize=4096)
def quarters_in(quote: str) -> tuple[QuarterMention, ...]:
    """The quarters of calendar years a quote writes.

    Not a quarter of a financial year ("Q3 FY2025", "fiscal third quarter", "troisième
    trimestre de son exercice"). One after "par rapport au", "contre", "compared with",
    "from", "since"... is marked: the quarter a change is measured from. One written with
    the two years of a financial year ("T1 2025/26", "premier trimestre 2025-2026") is
    marked too: its months are read in the source's financial year.
    """
    found = []
    for match in _QUARTER_RE.finditer(quote):
        start, end = match.span()
        if _FISCAL.search(quote, max(0, start - 25), min(len(quote), end + 35)):
            continue
        if _IN_A_ROW.match(quote, end) or _delivered(quote, start):
            continue  # "le deuxième trimestre de baisse consécutif", "livrable au T1 2027"
        if match["w"]:
            number = _QUARTER_ORDINALS[match["w"].lower()]
        elif match["m"]:
            if not match["m"][0].isupper():
                continue
            number = _QUARTER_MONTHS[match["m"].lower()]
        else:
            number = int(match["q"] or match["t"] or match["t2"] or match["cq"])
        if match["q"] and not match.group(0).startswith("Q"):
            continue  # "q2" is no quarter: desks write the Q capitalised
        year = match["y"] or match["qy"] or match["ty"] or match["cy"]
        short = match["yy"]
        written, fiscal = match.group(0), False
        if match["y"] or match["qy"] or match["ty"]:
            written, fiscal = _with_financial_year(quote, written, end, int(year))
        found.append(
            QuarterMention(
                written,
                number,
                int(year) if year else (2000 + int(short) if short else None),
                _BASELINE.search(quote, max(0, start - 45), start) is not None
                or _RECORD_BASELINE.search(quote, max(0, start - 70), start) is not None,
                fiscal,
            )
        )
    return tuple(found)


#: The second year of a financial year right after a quarter's year: "T1 2025/26",
#: "premier trimestre 2025-2026", "Q3 2024/25". Not a figure ("T1 2025 - 26 %").
_FINANCIAL_YEAR_END = re.compile(
    r"[ \u00a0]?[/\-–][ \u00a0]?(?P<b>(?:19|20)?\d{2})(?![\d%]|[,.]\d|[ \u00a0]?%)"
)


def _with_financial_year(quote: str, written: str, end: int, year: int) -> tuple[str, bool]:
    """The quarter as written, with the end of its financial year if it has one.

    "T1 2025/26" is the first quarter of the financial year 2025/26, not the calendar's
    first quarter of 2025: its months depend on when that year starts.
    """
    after = _FINANCIAL_YEAR_END.match(quote, end)
    if after is None:
        return written, False
    second = after["b"]
    if int(second) != (year + 1 if len(second) == 4 else (year + 1) % 100):
        return written, False  # "2025-2027": no financial year
    return written + after.group(), True


def _in_financial_years(
    quarters: tuple[QuarterMention, ...],
    source: Source | None,
    language: str,
    published: date | None,
) -> tuple[QuarterMention, ...]:
    """The quarters, those of a financial year read in the source's, or left out.

    "T1 2025/26" with ``financial_year_start: 7`` is July to September 2025, as the
    ``when`` reads it; without the source's financial year its months are unknown (the
    configuration's is not the rules'), and it is skipped, as "Q3 FY2025" is.
    """
    start = source.financial_year_start if source is not None else None
    kept = []
    for quarter in quarters:
        if not quarter.fiscal:
            kept.append(quarter)
            continue
        if start is None:
            continue
        try:
            period = parse_date(quarter.written, language, published, financial_year_start=start)
        except DateSyntaxError:  # pragma: no cover - the grammar reads what the regex finds
            continue
        kept.append(quarter._replace(span=(period.start, period.end)))
    return tuple(kept)


def _quarter_days(quarter: QuarterMention) -> tuple[tuple[int, int], tuple[int, int]]:
    """The first and last (month, day) of a quarter."""
    last = 3 * quarter.number
    return (last - 2, 1), (last, 31 if last in (3, 12) else 30)


def _quarter_agrees(quarter: QuarterMention, period: Period, days: tuple[_MonthDays, ...]) -> bool:
    """Tell whether the quarter the quote writes shares a day with the ``when``.

    A quarter without a year is compared by its months, in any year.
    """
    if quarter.span is not None:
        return quarter.span[0] <= period.end and period.start <= quarter.span[1]
    first, last = _quarter_days(quarter)
    if quarter.year is None:
        return any(first <= hi and lo <= last for lo, hi in days)
    start = date(quarter.year, *first)
    end = date(quarter.year, *last)
    return start <= period.end and period.start <= end


def _quarter_typo(quarter: QuarterMention, period: Period) -> bool:
    """Tell whether the quote writes the ``when``'s quarter in another year: a typo."""
    if quarter.span is not None:  # a financial year's: the when is read as a range
        start, end = quarter.span
        return (
            (period.end - period.start).days < _QUARTER_MAX_DAYS
            and (period.start.month, period.start.day, period.end.month, period.end.day)
            == (start.month, start.day, end.month, end.day)
            and period.start != start
        )
    if quarter.year is None or period.granularity != "quarter":
        return False
    first, last = _quarter_days(quarter)
    return (period.start.month, period.end.month) == (first[0], last[0])


#: What a quote writing a year has: most quotes have none.
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")


class YearMention(NamedTuple):
    """A year, or a school year or season, a quote writes: "en 2024", "en 2023-2024"."""

    written: str  # "en 2024", "lors de l'édition 2018", "en 2023-2024"
    year: int  # the year, or a season's first year
    own: bool  # written as a figure's own date, next to it: "délivrés en 2024"
    last: int  # the year again, or a season's last year: 2024 of "2023-2024"

    def agrees(self, period: Period) -> bool:
        """Tell whether the ``when`` is of this year, or of this school year or season.

        A season ("2023-2024") against a ``when`` of a season too (a span from after
        January to the next year, as "l'année scolaire 2024-2025" reads) agrees when
        both start in the same year; against another ``when``, when it shares a day with
        the widest such season: from 1 April of its first year (a financial year) to 31
        August of its last (a school year).
        """
        first, last = period.start.year, period.end.year
        if self.last == self.year:
            return first <= self.year <= last
        if last == first + 1 and period.start.month > 1:
            return self.year == first
        return date(self.year, 4, 1) <= period.end and period.start <= date(self.last, 8, 31)


#: A year alone: not a part of a longer number ("1,2024"), a financial year ("2024-25",
#: "2024/25"), nor a wire time ("2015 GMT").
_YEAR_ALONE = re.compile(
    rf"(?<![\d,.\-/–])(?:19|20)\d{{2}}(?!\d|[,.]\d|[ \u00a0]?[\-/–][ \u00a0]?\d){NOT_A_TIME}"
)
#: A school year or a season: two years in a row, joined ("2023-2024", "2023-24",
#: "2023/2024"). Not a date in digits ("2024-05-02"), nor a range of more years.
_SEASON = re.compile(
    r"(?<![\d,.\-/–])(?P<a>(?:19|20)\d{2})[ \u00a0]?[\-/–][ \u00a0]?(?P<b>(?:19|20)?\d{2})"
    rf"(?!\d|[,.]\d|[ \u00a0]?[\-/–][ \u00a0]?\d){NOT_A_TIME}"
)
#: What names a year as the date of a session, an edition, a season, a school year: "lors
#: de l'édition 2018", "à la session 2024", "pour l'année scolaire 2023-2024", "the season
#: 2023-24". The preposition is free: the noun dates what it names.
_DATED_NOUN = (
    r"(?:édition|session|saison|année[ \u00a0]+scolaire|année[ \u00a0]+universitaire|rentrée"
    r"|campagne|exercice|edition|season|school[ \u00a0]+year|academic[ \u00a0]+year)"
)
#: How copy writes a year as a figure's own date: "en 2024", "in 2024", "pour 2024", "au
#: titre de 2024", "for the year 2024", "lors de l'édition 2018", "à la session 2024". Not
#: "qu'en 2024", "jusqu'en 2024" (elided: a comparison, a range's end), nor "as in 2024",
#: "comme en 2024" (a comparison).
_OWN_YEAR = re.compile(
    r"(?<![\w'’])(?<!comme )(?<!as )(?<!like )(?<!than )(?:"
    r"(?:en|in|pour|for|au[ \u00a0]+titre[ \u00a0]+de|au[ \u00a0]+cours[ \u00a0]+de|durant|during)"
    r"[ \u00a0]+(?:(?:l['’]ann[ée]e|the[ \u00a0]+year)[ \u00a0]+)?"
    rf"|(?:la|le|l['’]|the)[ \u00a0]*{_DATED_NOUN}[ \u00a0]+(?:(?:de|of)[ \u00a0]+)?"
    r")$",
    re.IGNORECASE,
)
#: "in the 2018 edition", "for the 2023-24 season": the noun after the year dates it.
_THE_BEFORE = re.compile(
    r"(?<![\w'’])(?:in|at|for|during|of)[ \u00a0]+the[ \u00a0]+$", re.IGNORECASE
)
_NOUN_AFTER = re.compile(rf"[ \u00a0]+{_DATED_NOUN}(?![^\W\d_])", re.IGNORECASE)
#: A count per a number of people ("un médecin pour 2000 habitants", "1 in 2000 births"):
#: the number is no year.
_COUNTED_AFTER = re.compile(
    r"[ \u00a0]*(?:habitants?|personnes?|people|persons|residents?|inhabitants|adultes?|adults?"
    r"|enfants?|children|naissances|births|patients?|ménages|households|élèves|pupils"
    r"|students|salariés|employees|workers|hommes|men|femmes|women|euros?|dollars?|€|\$)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
#: What makes a year in a clause another date than the figure's: a baseline ("contre",
#: "than", "since", "depuis", "par rapport à", "compared with", "vs", "a year earlier"), a
#: record ("record", "highest", "plus haut"), a start ("from", "dès", "launched in") or a
#: range's end ("until", "between"), or another event of a life or a law ("born in 1950",
#: "élu en 2017", "adoptée en 2024").
_NOT_THE_FIGURES = re.compile(
    r"(?<![^\W\d_])(?:contre|than|since|depuis|dès|par[ \u00a0]+rapport|compar\w*|vs\.?|versus"
    r"|against|from|record\w*|plus[ \u00a0]+(?:haut|bas|élevée?|faible)|highest|lowest"
    r"|earlier|précédente?|previous|prior|auparavant|ago|il[ \u00a0]+y[ \u00a0]+a|last"
    r"|l['’]an[ \u00a0]+(?:dernier|passé)|l['’]année[ \u00a0]+(?:dernière|passée)"
    r"|même|same|déjà|already|again|encore|avant|before|after|après|until|till|jusqu"
    r"|entre|between|starting|start(?:ed|s)?|began|begun|beginning|commencée?s?|lancée?s?"
    r"|launched|introduced|instaurée?s?|créée?s?|created|fondée?s?|founded|née?s?|born"
    r"|died|morte?s?|décédée?s?|élue?s?|elected|adoptée?s?|adopted|votée?s?|voted|signée?s?"
    r"|signed|ouverte?s?|opened|construite?s?|built|vigueur|force)(?![^\W\d_])",
    re.IGNORECASE,
)
#: Where a clause ends: punctuation, not a decimal or thousands mark between figures.
_CLAUSE_END = re.compile(r"[;:!?()«»\"“”]|(?<!\d)[.,]|[.,](?!\d)")
#: A figure in the clause, other than a year alone.
_FIGURE = re.compile(r"\d")


def _seasons(quote: str) -> Iterator[tuple[re.Match[str], int, int]]:
    """The years alone and the seasons a quote writes: (match, first year, last year)."""
    for match in _YEAR_ALONE.finditer(quote):
        yield match, int(match.group()), int(match.group())
    for match in _SEASON.finditer(quote):
        first, second = int(match["a"]), match["b"]
        last = int(second) if len(second) == 4 else first - first % 100 + int(second)
        if len(second) == 2 and second == f"{first + 1:04d}"[2:]:
            last = first + 1  # "1999-00"
        if last == first + 1:
            yield match, first, last


@lru_cache(maxsize=4096)
def years_in(quote: str) -> tuple[YearMention, ...]:
    """The years and seasons a quote writes alone, and whether each is its figure's date.

    A year ("2024") or a season ("2023-2024") is its figure's own date when written "en
    2024", "in 2024", "pour 2024", "au titre de 2024", "lors de l'édition 2018", "à la
    session 2024", "in the 2018 edition", in a clause that writes a figure, with no word
    in the clause before it that makes it a baseline, a record, a start, a range's end or
    another event.
    """
    found = []
    for match, first, last in _seasons(quote):
        start, end = match.span()
        prefix = _OWN_YEAR.search(quote, max(0, start - 40), start)
        noun = None
        if prefix is None and (noun := _NOUN_AFTER.match(quote, end)):
            prefix = _THE_BEFORE.search(quote, max(0, start - 20), start)
        own = prefix is not None and not _COUNTED_AFTER.match(quote, end)
        if own and prefix is not None:
            clause_start = max((m.end() for m in _CLAUSE_END.finditer(quote, 0, start)), default=0)
            following = _CLAUSE_END.search(quote, end)
            clause_end = following.start() if following is not None else len(quote)
            before = quote[clause_start : prefix.start()]
            others = before + " " + quote[end:clause_end]
            figures = _YEAR_ALONE.sub("", _SEASON.sub("", others))
            own = _FIGURE.search(figures) is not None and not _NOT_THE_FIGURES.search(before)
            written = quote[prefix.start() : noun.end() if noun else end]  # "in the 2018 edition"
        else:
            written = match.group()
        found.append(YearMention(written, first, own, last))
    found.sort(key=lambda mention: quote.find(mention.written))
    return tuple(found)


def _stale_year(years: Sequence[YearMention], period: Period) -> YearMention | None:
    """The year a quote dates its figure with, another than the ``when``'s, if it writes one.

    None when any year or season the quote writes is in the ``when``: a quote may write
    another date too ("336 700 en 2025, contre 326 300 en 2024").
    """
    if any(mention.agrees(period) for mention in years):
        return None
    return next((mention for mention in years if mention.own), None)


def _stale_found(claim: Claim, period: Period, mention: YearMention) -> Problem:
    """The quote dates its figure with another year than the ``when``'s."""
    return claim_problem(
        claim,
        f"claim '{claim.id}': its when is {period.describe(claim.language)}, but its quote"
        f" dates its figure {mention.written} (a sentence of another year's copy?): write the"
        " year the figure is of in both",
    )
