"""A weekday written with a date is that date's weekday, and one alone the claim's day's.

In a claim's ``when`` and in its quote, a weekday next to a day and month
(``lundi 27 juillet``, ``Monday, July 27, 2015``) or a date in digits (``mardi
2015-07-27``, and ``mardi 27/07/2015`` where the language writes the day first;
in English ``07/27`` or ``27/07`` depends on the country, so only ISO is read) must
name the day the date fell on; so must a date in brackets after the weekday (``samedi
(12 avril)``) and each weekday of ``mardi 22 et jeudi 23 octobre``, in the month and
year of the day written last.
A date without a year is read in the claim's ``when`` when that is a day or a few (at
most a month) and holds it (``samedi 12 avril`` in the quote of a claim of ``when: 12
avril 2025``, in an article of October 2025, is 12 April 2025); otherwise, as the
``when`` is: of the latest such day on or before the source's publication and the
earliest on or after it, in the one where the weekday written is right (``Sunday 14
December`` in an article of 12 June 2025 is 14 December 2025, a Sunday: a fact so dated
is after publication, which `fact-not-after-publication` reports), else in the year that
puts it nearest publication (``lundi 30 décembre`` in an article of 3 January 2025 is 30
December 2024); in a forecast or a
target, it may also be the next such day (``se réunira lundi 1er décembre`` in January
2025 is 1 December 2025), and the weekday is then right in either year; a weekday right in
a year of a longer ``when`` is right too (``samedi 12 avril`` of a claim of ``when:
2025``, in an article of October 2025). Names of days and
months follow the source's language. A mismatch means the day or the weekday is wrong:
either way readers are misled about when it happened, or will happen: the message says
what weekday the date was, or is for a date after publication (a meeting announced for
``mardi 1er décembre`` that is a Monday). Each wrong weekday is reported once, even when
the ``when`` and the quote both write it, and when several claims of a source write it
(a ``when`` shared by eight claims): at the first claim, naming the others.
A day before 15 October 1582, when the Gregorian calendar began, has the weekday it had
in the Julian calendar, the one then in use and the one copy and historians give:
``mercredi 30 mai 1431`` (Joan of Arc) and ``Saturday 14 October 1066`` (Hastings) are
right, though the proleptic Gregorian calendar would make them a Monday and a Sunday.
Only the weekday is so read: the date itself, and the days between two dates elsewhere,
stay those of the Gregorian calendar.

The same holds in the source's text, for the weekdays with a date that no claim's
quote or ``when`` writes: an article's every "lundi 27 juillet" is checked, encoded or
not. The finding stands at the source and names the text's file and line. In the text,
a date without its year is wrong only when it is the weekday of neither year within a
year of publication, nor of a year the text writes near it ("En 2019, le samedi 16
mars"; not the year of another date, "au 1er janvier 2027"), since no claim says which
year it means; or when it falls near publication (a month before, a week after), where
it is the day meant whatever another year's calendar says, or a year the text writes
("mardi 3 novembre" in an article of Friday 7 November 2025: that Monday); or when
its weekday is right only in
the year after publication, though the same day at most five months before publication,
nearer, is the one past copy means: "Le cessez-le-feu était entré en vigueur mercredi 27
août" in an article of 10 November 2024 reads as 27 August 2025, a Wednesday, but 27
August 2024 was a Tuesday, and writing the next weekday is the commonest slip. The message
gives both readings ("27 août 2024 was a mardi; if 27 août 2025 is meant, write its
year"). So does a quote's such day, of a fact whose ``when`` does not say which year (a
forecast's stays ahead; a ``when`` in the later year, or a year the text writes near the
date, keeps it). Nearer half a year, a day ahead announced half a year before is as likely
as a slip: the later reading stands. A weekday and a date are not paired
across a sentence's end or a blank line, after a list of weekdays ("Tuesday and
Wednesday, Dec. 9 and 10"), in a name that is no day ("Super Tuesday, March 5"), or
before a year in two digits ("dimanche 12 juillet 98"). Four figures before GMT, UTC or
"local" are a time, as wire copy writes it, never the date's year: "Sunday 9 March, 0845
GMT" is 9 March near publication, not 9 March 845.

A weekday named alone in the quote (``interpellé mardi soir``, ``ce jeudi``, ``on
Tuesday``) is checked against the claim's ``when`` when that is one day: one of the
weekdays the quote names must be that day's, as a quote may name two days (``interpellé
mardi, il sera jugé jeudi``). So must a weekday the ``when`` writes with a day of the month
alone (``vendredi 1er``, read as the 1st of the month). A name that is no day (``Mardi
gras``, ``lundi de Pâques``, ``vendredi saint``, ``Black Friday``, ``Super Tuesday``,
``Good Friday``, ``the Sunday Times``, ``le Journal du dimanche``) or a habit (``chaque
lundi``, ``le mardi``, ``every Monday``; ``les lundis``, ``Mondays`` are no name) does
not count, nor does a weekday written with its date (checked as above), nor one that
ends a window (``jusqu'à samedi``, ``until Saturday``, ``through Friday``: "Seize
départements en vigilance rouge jusqu'à samedi" of a claim of Wednesday's decision names
the day the alert ends, after the claim's), nor one of the
figure another is compared with, in a quote that writes both ("à 61,35 euros, contre
62,67 euros vendredi", "to 403.5p, from 298.5p on Friday"): a weekday after "contre",
"après", "par rapport à", "from", "against" or "compared with" and a figure, in its
clause, of a quote that writes a figure before that word, is that baseline figure's day,
unless the claim's value is that figure. A ``when`` of
more than one day (``la nuit de samedi à dimanche``, a week, a month) is not checked so.
A fact's day of the month alone (``mardi 5``, ``le 5``) is of the publication's month or
the month before; when the same day within a week after publication has the weekday
written, the message asks whether the claim is a forecast for it (``grève mardi 5`` in
the paper of Monday 4 January 2027: 5 December 2026 is a Saturday, 5 January 2027, a
Tuesday, is the next day: set ``kind: forecast``).
Nor is the day of a statement that reports the fact: a weekday written after a verb of
saying, in its clause (``« … », a déclaré le ministre samedi matin``, ``a-t-il précisé
samedi``, ``said on Saturday``, ``told reporters Saturday``), that names a day after the
``when`` and on or before publication (the latest such weekday) is when the speaker
spoke. A weekday before the verb is the fact's (``interpellé samedi, a indiqué le
parquet``), as is one that names a day before the ``when``. So, on the same terms, is
the day figures came out: a weekday after figures and a verb of publishing (``according
to Nielsen data released Monday``, ``les chiffres publiés dimanche par Médiamétrie``,
``figures out Monday``), after the verb and before the figures (``a dévoilé lundi ses
chiffres``), after the verb and the figures (``qui a publié ses chiffres dimanche``,
``released its figures on Monday``), or after a measurer's verb (``Médiamétrie, qui a
publié dimanche``). The figures must be named as such (data, figures, numbers, ratings,
estimates, results, chiffres, données, résultats, audiences...): what else was released
or shown that day may be the fact (``the film, released Friday``, ``la finale, diffusée
samedi``). A claim that gives ``said_on`` says which day that is: a weekday after a verb
of saying that is neither its weekday nor the ``when``'s ("a précisé dimanche" of a
statement ``said_on`` a Wednesday) is reported, whatever the ``when``.

A forecast's day without a year is read on or after publication; when its weekday is
wrong there but right in the year before, before publication ("se tiendra samedi 21
mars" in the paper of Monday 23 March 2026), the message says that the forecast is of
the past rather than that the weekday is wrong.

**Options:** none.

**Passes**

```yaml
source:
  published: 2015-07-27
claims:
  - {id: contract_announced, subject: Orange, property: announced, when: lundi 27 juillet,
     quote: "Orange a annoncé lundi 27 juillet"}
```

```yaml
source:
  published: 2025-12-11
claims:  # one of the weekdays named is the when's; Mardi gras is no day
  - {id: arrest, subject: suspect, property: arrested, when: 9 décembre 2025,
     quote: "Interpellé mardi soir, il sera jugé jeudi"}
  - {id: parade, subject: carnaval, property: held, when: 10 décembre 2025,
     quote: "Le défilé du Mardi gras est reporté"}
```

```yaml
source:
  published: 2024-09-16
claims:  # vendredi is the day of the baseline, 62,67 euros, not of Monday's price
  - {id: price, subject: Saltor, property: share_price, value: "61,35 EUR",
     when: lundi 16 septembre 2024, quote: "à 61,35 euros, contre 62,67 euros vendredi"}
```

```yaml
source:
  published: 2026-03-14
claims:  # Thursday's fact, quoted as the minister gave it on Saturday
  - {id: neutralised, subject: attaque de la Part-Dieu, property: time_to_neutralise,
     value: "<2 min", when: jeudi 12 mars 2026, attributed_to: Laurent Nuñez,
     quote: "« Il a fallu moins de deux minutes », a déclaré le ministre samedi matin"}
```

```yaml
source:
  published: 2025-12-16
  language: en_US
claims:  # Sunday's finale, in figures that came out on Monday
  - {id: viewers, subject: finale, property: viewers, value: "9.4 million",
     when: "Sunday, Dec. 14, 2025",
     quote: "The finale drew 9.4 million viewers, according to Nielsen data released Monday"}
```

```yaml
source:
  published: 2025-12-01
claims:  # samedi's finale; dimanche, the day Médiamétrie published its figures
  - {id: pda, subject: finale, property: audience_share, value: "24,3 %",
     when: samedi 29 novembre 2025,
     quote: "Les chiffres publiés dimanche par Médiamétrie créditent la finale de 24,3 %"}
  - {id: viewers, subject: finale, property: viewers, value: "5,1 millions",
     when: samedi 29 novembre 2025,
     quote: "Selon Médiamétrie, qui a publié ses chiffres dimanche, la finale a réuni 5,1 millions"}
```

```yaml
source:
  published: 2025-03-10
  language: en_GB
claims:  # 0845 GMT is the time, not the year 845
  - {id: quake, subject: quake, property: struck, when: "Sunday 9 March, 0845 GMT",
     quote: "The quake hit on Sunday 9 March, 0845 GMT"}
```

```yaml
source:
  published: 2031-05-30
claims:  # before 15 October 1582, the weekday of the Julian calendar
  - {id: stake, subject: Jeanne d'Arc, property: death, when: mercredi 30 mai 1431,
     quote: "brûlée à Rouen le mercredi 30 mai 1431"}
```

```yaml
source:  # the text says "Orange a annoncé lundi 27 juillet", no claim quotes it
  published: 2015-07-27
  text: latribune-2015-07-27.txt
claims: []
```

**Fails**

```yaml
source:
  published: 2015-07-27
claims:
  - {id: contract_announced, subject: Orange, property: announced, when: "2015-07-27",
     quote: "Orange a annoncé mardi 27 juillet"}
    # error: 'mardi 27 juillet' in the quote of 'contract_announced': 27 juillet 2015
    #   was a lundi
```

```yaml
source:
  published: 2025-01-15
claims:  # a date after publication "is" on its weekday
  - {id: council_meeting, subject: Conseil municipal, property: meets, kind: forecast,
     when: "2025-12-01", quote: "Le conseil se réunira mardi 1er décembre"}
    # error: 'mardi 1er décembre' in the quote of 'council_meeting': 1 décembre 2025
    #   is a lundi
```

```yaml
source:
  published: 2026-03-16
claims:  # a fact two days old, its weekday a day off: not 14 March 2027, a Sunday
  - {id: crash, subject: accident, property: happened, when: dimanche 14 mars,
     quote: "L'accident s'est produit dimanche 14 mars"}
    # error: 'dimanche 14 mars' in the 'when' and the quote of 'crash': 14 mars 2026
    #   was a samedi
```

```yaml
source:  # the same text, dated two years later: 27 July 2017 was a Thursday
  published: 2017-07-27
  text: latribune-2015-07-27.txt
claims: []
  # error: 'lundi 27 juillet' in the text of source 'example'
  #   (claims/latribune-2015-07-27.txt:7): 27 juillet 2017 was a jeudi
```

```yaml
source:
  published: 2016-10-14
  language: en_GB
claims:  # 14 October 1066 was a Saturday in the Julian calendar, the one then in use
  - {id: battle, subject: Battle of Hastings, property: fought, when: 14 October 1066,
     quote: "fought on Sunday 14 October 1066"}
    # error: 'Sunday 14 October 1066' in the quote of 'battle': 14 October 1066 was a
    #   Saturday
```

```yaml
source:
  published: 2025-12-11
claims:  # a weekday alone in the quote, of a when that is one day
  - {id: arrest, subject: suspect, property: arrested, when: 10 décembre 2025,
     quote: "Le suspect a été interpellé mardi soir"}
    # error: 'arrest': the quote says mardi, but its when, 10 décembre 2025, is a
    #   mercredi
```

```yaml
source:
  published: 2026-11-16
  language: en_GB
claims:  # released is said of the film, not of figures: its weekdays are the fact's
  - {id: opening, subject: film, property: released, when: 14 November 2026,
     quote: "The film, released Friday 14 November, sold 1.2 million tickets"}
    # error: 'Friday 14 November' in the quote of 'opening': 14 November 2026 was a
    #   Saturday
  - {id: premiere, subject: film, property: premiered, when: 12 November 2026,
     quote: "The film, released Friday, sold 1.2 million tickets"}
    # error: 'premiere': the quote says Friday, but its when, 12 November 2026, is a
    #   Thursday
```

```yaml
source:
  published: 2024-11-10
claims:  # 27 August 2024 was a Tuesday; 27 August 2025, a Wednesday, is ten months ahead
  - {id: truce, subject: cessez-le-feu, property: in_force,
     quote: "Le cessez-le-feu était entré en vigueur mercredi 27 août"}
    # error: 'mercredi 27 août' in the quote of 'truce': 27 août 2024 was a mardi; if
    #   27 août 2025 is meant, write its year
```

```yaml
source:
  published: 2025-12-11
claims:  # the prosecutor spoke of the arrest: "mardi" is the fact's day, not his
  - {id: arrest, subject: suspect, property: arrested, when: 10 décembre 2025,
     quote: "Le suspect a été interpellé mardi soir, a indiqué le parquet"}
    # error: 'arrest': the quote says mardi, but its when, 10 décembre 2025, is a
    #   mercredi
```
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck.dates import (
    NOT_A_TIME,
    DateSyntaxError,
    Period,
    WeekdayMention,
    WeekdayName,
    find_days,
    find_weekday_dates,
    find_weekday_names,
    in_year,
    near_publication,
    parse_date,
    weekday_name,
)
from factcheck.findings import Problem, Severity
from factcheck.model import Claim, Source, language_of
from factcheck.rules.base import Context, Option, claim_problem, claim_table, joined_with_and

ID = "weekday-matches-date"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}

#: The kinds of claim about what is to come: a day they write without its year is ahead.
_AHEAD = frozenset({"forecast", "target"})


def check(context: Context) -> Iterator[Problem]:
    """Report every weekday that is not the weekday of the date written with it.

    And the quotes whose weekdays named alone are none of them the weekday of the
    claim's ``when``, when that is one day.
    """
    table = claim_table(context)
    # An archive repeats its texts ("2015", a stock phrase), and what find_weekday_dates
    # finds in a text depends only on its language and the publication day, near which
    # it reads a date without a year: each text is read once per language and day, most
    # often to find no weekday (and find_weekday_dates caches what it finds by text).
    # Claims of one source stand together.
    readings: dict[tuple[str, date | None], dict[str, list[WeekdayMention]]] = {}
    # the mentions each source's claims write, which the scan of its text leaves to them
    checked: dict[int, set[str]] = {}
    when_names: dict[tuple[str, str], tuple[WeekdayName, ...]] = {}  # few distinct whens
    # each wrong weekday once per source: the claims that write it, the fields of the first
    wrong: dict[tuple[int, date, int, str], _Wrong] = {}
    source: Source | None = None
    language, published = language_of(None), None
    mentions = readings.setdefault((language, None), {})
    for position, (when, quote, claim_source, period) in enumerate(
        zip(table.whens, table.quotes, table.sources, table.periods, strict=True)
    ):
        if claim_source is not source or source is None:  # None: each file its own language
            source = claim_source
            language = table.languages[position]
            published = source.published if source is not None else None
            mentions = readings.setdefault((language, published), {})
        # find_weekday_dates of the `when` and the quote, read once per text; looked up here,
        # not in a helper function: this runs twice for every claim, and a call costs more
        # than the lookup
        in_when: list[WeekdayMention] = []
        if when:
            found_in = mentions.get(when)
            if found_in is None:
                found_in = mentions[when] = find_weekday_dates(when, language, published)
            in_when = found_in
        in_quote: list[WeekdayMention] = []
        if quote:
            found_in = mentions.get(quote)
            if found_in is None:
                found_in = mentions[quote] = find_weekday_dates(quote, language, published)
            in_quote = found_in
        if in_when or in_quote:
            claim = table.claims[position]
            for day, mention, fields, meant, past in _wrong_weekdays(
                claim, published, in_when, in_quote
            ):
                key = (id(source), day, mention.weekday, _key(mention))
                found = wrong.get(key)
                if found is None:
                    wrong[key] = _Wrong(
                        claim, mention.written, fields, language, published, [], meant, past
                    )
                elif claim is not found.claim and claim not in found.others:
                    found.others.append(claim)
            if source is not None:
                written = checked.setdefault(id(source), set())
                written.update(_key(mention) for mention in (*in_when, *in_quote))
        # "interpellé mardi soir" of a `when` that is one day: any weekday named will do;
        # and the `when` itself, "vendredi 1er" read as the 1st, a Saturday
        quote_names = find_weekday_names(quote, language) if quote else ()
        if period is not None and period.start == period.end:
            weekday = _weekday(period.start)
            named = quote_names
            if named and any(n.weekday != weekday for n in named):
                named = _not_an_end(named, quote)  # "en vigilance rouge jusqu'à samedi"
                if named and published is not None:
                    named = _of_the_fact(named, quote, period.start, published)
                if named and any(n.weekday != weekday for n in named):
                    # "à 61,35 euros, contre 62,67 euros vendredi": the baseline's day
                    named = _not_the_baselines(named, quote, table.claims[position].value)
            field = "the quote"
            if (not named or any(name.weekday == weekday for name in named)) and (
                when and not when[:1].isdigit()  # an ISO day names no weekday
            ):
                field = "the 'when'"
                known = when_names.get((when, language))
                if known is None:
                    known = when_names[when, language] = find_weekday_names(when, language)
                named = known
            if named and all(name.weekday != weekday for name in named):
                claim = table.claims[position]
                ahead = _forecast_day(claim, when, named, period.start, language, published)
                yield _other_weekday(claim, field, named, period.start, language, ahead)

        # "a précisé dimanche" of a statement said_on a Wednesday: the claim is read only
        # for a quote that names a weekday (few do)
        if quote_names:
            claim = table.claims[position]
            if claim.said_on is not None:
                yield from _said_on_weekday(claim, quote, quote_names, language)

    for (_, day, _, _), found in wrong.items():
        yield _wrong_weekday(day, found)
    for document in context.corpus.documents:
        yield from _wrong_in_text(document.source, checked)


@dataclass(slots=True)
class _Wrong:
    """A wrong weekday the claims of a source write: the first claim, and the others."""

    claim: Claim
    written: str
    fields: list[str]
    language: str
    published: date | None
    others: list[Claim]
    meant: date | None  # the day after publication, where the weekday is right, if meant
    past: date | None = None  # a forecast's day a year before, right but before publication


#: The first day of the Gregorian calendar: copy gives the weekday of an earlier day in the
#: Julian calendar, the one then in use (Joan of Arc was burnt on Wednesday 30 May 1431).
_GREGORIAN_START = date(1582, 10, 15)


def _weekday(day: date) -> int:
    """The weekday of the day (Monday 0), in the Julian calendar before 15 October 1582.

    ``day`` is the date as written, whose days the Julian calendar counts in its own way:
    its weekday is that of the proleptic Gregorian day the calendars' difference later,
    10 days in the 15th and 16th centuries, 9 in the 14th (it grows on the 29 February of
    each century year the Gregorian calendar skips).
    """
    if day >= _GREGORIAN_START:
        return day.weekday()
    year = day.year if day.month > 2 else day.year - 1
    return (day.toordinal() + year // 100 - year // 400 - 2 + 6) % 7


def _wrong_weekday(day: date, found: _Wrong) -> Problem:
    """One finding for a wrong weekday, at the first claim writing it, naming the others."""
    where = " and ".join(found.fields)
    others = found.others
    also = ""
    if others:
        ids = ", ".join(f"'{other.id}'" for other in others)
        also = f" (and of {len(others)} other claim{'s' if len(others) > 1 else ''}: {ids})"
    # a meeting announced for a day after publication "is" on its weekday
    tense = "is" if found.published is not None and day > found.published else "was"
    message = (
        f"'{_shown(found.written)}' in {where} of '{found.claim.id}'{also}: "
        f"{_describe_day(day, found.language)} {tense} a "
        f"{weekday_name(_weekday(day), found.language)}"
        f"{_if_meant(found.meant, found.language)}"
    )
    if found.past is not None and found.published is not None:
        language = found.language
        message = (
            f"'{_shown(found.written)}' in {where} of '{found.claim.id}'{also}:"
            f" {_describe_day(found.past, language)}, a"
            f" {weekday_name(_weekday(found.past), language)}, is before the article's"
            f" publication on {_describe_day(found.published, language)}: a forecast of"
            f" the past? check its date, or its kind (as a forecast it reads as"
            f" {_describe_day(day, language)}, a {weekday_name(_weekday(day), language)})"
        )
    return claim_problem(found.claim, message, *others)


def _if_meant(meant: date | None, language: str) -> str:
    """What to write if the day after publication, where the weekday is right, is meant."""
    if meant is None:
        return ""
    return f"; if {_describe_day(meant, language)} is meant, write its year"


def _wrong_in_text(source: Source | None, checked: Mapping[int, set[str]]) -> Iterator[Problem]:
    """The wrong weekdays of the source's text that none of its claims writes.

    A date without its year is wrong only when its weekday is that of neither year
    within a year of publication ("samedi 12 avril" in an article of October 2025 may
    be the past April's or the next): the claims that write it say which year, the
    text alone does not.
    """
    if source is None or source.text is None or source.text_content is None:
        return
    text, language, published = source.text_content, source.language, source.published
    known = checked.get(id(source), set())
    for mention in find_weekday_dates(text, language, published):
        if _key(mention) in known:
            continue  # a claim writes it: checked with the claim's `when`
        day, meant = mention.period.start, None
        if mention.weekday == _weekday(day) and _past(mention) is not None:
            # "était entré en vigueur mercredi 27 août" in November 2024: right in 2025, but
            # 27 August 2024, nearer and past, was a Tuesday
            if _right_in_a_year_written_near(text, mention, day):
                continue  # "En 2025, ... mercredi 27 août"
            day, meant = _past(mention) or day, day
        elif mention.weekday == _weekday(day) or _right_in_a_year(mention, day, published):
            continue
        elif not (published is not None and near_publication(day, published)) and (
            _right_in_a_year_written_near(text, mention, day, language, published)
        ):  # near publication, the day meant whatever another year's calendar says
            continue  # "En 2019, le samedi 16 mars"; "la Coupe du monde 2026 ... jeudi 11 juin"
        line = text.count("\n", 0, mention.start) + 1
        shown = _shown(mention.written)
        tense = "is" if published is not None and day > published else "was"
        folder = posixpath.dirname(source.location.file)
        path = posixpath.normpath(posixpath.join(folder, source.text))
        yield Problem(
            f"'{shown}' in the text of source '{source.id}' ({path}:{line}): "
            f"{_describe_day(day, language)} {tense} a {weekday_name(_weekday(day), language)}"
            f"{_if_meant(meant, language)}",
            source.location,
        )


def _past(mention: WeekdayMention) -> date | None:
    """The nearer day before publication a yearless date may mean, its weekday wrong there.

    Read in the year after publication where its weekday is right, "mercredi 27 août" in
    an article of 10 November 2024 is 27 August 2025; but 27 August 2024, a Tuesday, is
    nearer and past, and writing the next weekday is the commonest slip.
    """
    past = mention.past
    if past is None or _weekday(past) == mention.weekday:
        return None
    return past


def _right_in_a_year(mention: WeekdayMention, day: date, published: date | None) -> bool:
    """Whether a date of the text written without its year has its weekday in the other year.

    Read nearest publication, "samedi 12 avril" in an article of October 2025 is April 2026;
    written in a retrospective, it is April 2025's, a Saturday; written in a forecast, the
    next one. No claim says which: a weekday right in either year is not reported, unless
    the day read is near publication (a month before it, a week after): "mardi 3 novembre"
    in an article of Friday 7 November 2025 is that Monday, whatever 2026's calendar says.
    """
    if published is None or _YEAR.search(mention.written) or near_publication(day, published):
        return False
    return any(_weekday(other) == mention.weekday for other in _within_a_year(day, published))


def _right_in_claims_years(mention: WeekdayMention, period: Period | None) -> bool:
    """Whether a date written without its year has its weekday in a year of the claim's `when`.

    "le samedi 12 avril" in the quote of a claim of `when: 2025`, in an article of October
    2025: the year its `when` gives (a `when` of a day or a few is read by
    :func:`_in_claims_period`).
    """
    if period is None or _YEAR.search(mention.written):
        return False
    years = range(period.start.year, min(period.end.year, period.start.year + 10) + 1)
    return _right_in_years(mention.period.start, mention.weekday, years)


#: How far from a date the text may write the year it is in: its sentence or paragraph.
_NEAR = 300


def _right_in_a_year_written_near(
    text: str,
    mention: WeekdayMention,
    day: date,
    language: str | None = None,
    published: date | None = None,
) -> bool:
    """Whether the weekday is right in a year the text writes near the date (1800 to 2099).

    With ``language``, not a year of another date ("au 1er janvier 2027"): that year is
    the other date's, and says nothing of the yearless one.
    """
    if _YEAR.search(mention.written):
        return False
    offset = max(0, mention.start - _NEAR)
    near = text[offset : mention.start + len(mention.written) + _NEAR]
    found = [(match.start(), int(match.group())) for match in _NEAR_YEAR.finditer(near)]
    if language is not None and found:
        dated = [
            (other.start, other.start + len(other.written))
            for other in find_days(near, language, published)
            if other.year_written and other.start + offset != mention.start
        ]
        found = [(at, year) for at, year in found if not any(a <= at < b for a, b in dated)]
    return _right_in_years(day, mention.weekday, {year for _, year in found})


def _right_in_years(day: date, weekday: int, years: Iterable[int]) -> bool:
    """Whether the day and month fall on the weekday in one of the years (29 February: not)."""
    return any(
        (other := in_year(day, year)) is not None and _weekday(other) == weekday for year in years
    )


# a year, not a wire time ("0845 GMT", "2015 UTC", "2130 ET"), as `dates` tells them apart
_NEAR_YEAR = re.compile(rf"(?<![\d,.])(?:1[89]|20)\d{{2}}(?![\d,.]\d|\d){NOT_A_TIME}")


def _key(mention: WeekdayMention) -> str:
    """A mention as written, blanks folded: how a quote and its text match."""
    return _shown(mention.written).casefold()


def _shown(written: str) -> str:
    """A mention as a message shows it: blanks folded, without the punctuation after it."""
    return " ".join(written.split()).rstrip(",;:!?").removesuffix(".")


def _within_a_year(day: date, published: date) -> Iterator[date]:
    """The day and month in the other years within a year of publication."""
    for year in (day.year - 1, day.year + 1):
        other = in_year(day, year)
        if other is not None and abs((other - published).days) <= 366:
            yield other


def _wrong_weekdays(
    claim: Claim,
    published: date | None,
    in_when: list[WeekdayMention],
    in_quote: list[WeekdayMention],
) -> Iterator[tuple[date, WeekdayMention, list[str], date | None, date | None]]:
    """The claim's wrong weekdays: the day, the mention as first written, its fields.

    And the day after publication where the weekday is right, when the mention may mean
    it (a quote's yearless day, nearer before publication, of a fact whose `when` does
    not say which year: `_past`); and, for a forecast, whose yearless day is read ahead,
    the same day a year before when its weekday is right there, before publication ("se
    tiendra samedi 21 mars" in the paper of Monday 23 March 2026: a forecast of the past).
    """
    # (day, weekday written) -> the mention as first written, the fields it is in, the day
    # where its weekday is right if that is meant
    wrong: dict[tuple[date, int], tuple[WeekdayMention, list[str], date | None, date | None]] = {}
    for field, mentions in (("the 'when'", in_when), ("the quote", in_quote)):
        for mention in mentions:
            # "samedi 12 avril" of a `when: 12 avril 2025`, in an article of October
            in_period = _in_claims_period(mention, claim.period)
            day = in_period or mention.period.start
            meant = None
            if (
                field == "the quote"
                and in_period is None
                and claim.kind not in _AHEAD
                and (past := _past(mention)) is not None
                and not _right_in_claims_years(mention, claim.period)
            ):  # "était entré en vigueur mercredi 27 août", quoted in November 2024
                day, meant = past, day
            elif mention.weekday == _weekday(day) or _right_in_claims_years(mention, claim.period):
                continue
            if claim.kind in _AHEAD and published is not None and day < published:
                day = _ahead(mention, day)  # "se réunira lundi 1er décembre", in January
                if mention.weekday == _weekday(day):
                    continue
            past = _forecast_past(claim, mention, day, published)
            first, fields, _, _ = wrong.setdefault(
                (day, mention.weekday), (mention, [], meant, past)
            )
            if field not in fields:
                fields.append(field)
    for (day, _), (first, fields, meant, past) in wrong.items():
        yield day, first, fields, meant, past


def _forecast_past(
    claim: Claim, mention: WeekdayMention, day: date, published: date | None
) -> date | None:
    """A forecast's yearless day a year before the one read, if its weekday is right there.

    A forecast's day without a year is read on or after publication; when the weekday
    written is that of the same day a year before, before publication, that day is the
    one meant, and the forecast is of the past.
    """
    if claim.kind not in _AHEAD or published is None or _YEAR.search(mention.written):
        return None
    before = in_year(day, day.year - 1)
    if before is None or before >= published or _weekday(before) != mention.weekday:
        return None
    return before


def _ahead(mention: WeekdayMention, day: date) -> date:
    """The day a year later, when the mention writes no year: a forecast's day may be ahead.

    Its weekday is right in either year ("ce dimanche 15 mars" of a forecast in Monday's
    paper is the day before); a wrong one is shown in the year ahead.
    """
    if _YEAR.search(mention.written):
        return day
    return in_year(day, day.year + 1) or day  # 29 February: the year written


#: Verbs of saying, as news copy attributes a quote: the weekday after one ("a déclaré le
#: ministre samedi", "a-t-il précisé samedi", "said on Saturday", "told reporters Saturday")
#: is the day of the statement.
_SAID = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:déclar|affirm|indiqu|précis|expliqu|assur|confi|soulign|ajout|rappell?|confirm|martel"
    r"|racont|témoign|comment|estim)(?:ée?s?|e|ent|ait|aient|a)"
    r"|reconnu|répondu|réagi|dit"
    r"|said|says|told|stated|added|explained|insisted|noted|warned|claimed|declared"
    r"|confirmed|remarked|commented|tweeted|wrote)(?![^\W\d_])",
    re.IGNORECASE,
)
#: How far after its verb a statement's day may be written, within its clause: "a déclaré le
#: ministre de l'Intérieur, Laurent Nuñez, samedi matin".
_SAID_REACH = 60
#: What ends the clause of a verb of saying: a sentence's end, a quote's marks, a bracket.
_CLAUSE_END = re.compile(r"[.;!?«»\"“”()\[\]]")
#: No article or possessive right before: "the interested parties", "a detailed statement"
#: are no verbs ("those arrested on Saturday", "some detained" are: a pronoun's participle).
_NOT_AFTER_A_DETERMINER = "".join(
    rf"(?<!\b{word}\s)" for word in ("the", "a", "an", "its", "their", "his", "her", "our", "your")
)
#: What starts a new clause after a verb of saying, whose weekday is then the reported
#: fact's: a conjunction or a relative ("said that", "a précisé que", "qui"), an auxiliary
#: or another verb ("said the suspect was arrested on Saturday", "avait été interpellé").
_NEW_CLAUSE = re.compile(
    r"(?<![^\W\d_])(?:"
    r"that|which|who|whom|where|when|after|before|because|since|while|if"
    r"|que|qu['’]|qui|dont|où|quand|lorsque?|lorsqu['’]|après|avant|parce|puisque?|si"
    r"|was|were|is|are|been|being|be|had|has|have|will|would|could|should|did|does|do"
    r"|fled|went|took|came|began|left|died|won|lost|met|held|made|struck|hit|fell|ran|saw"
    r"|got|gave|found|kept|broke|shot|sent|stole|caught|became|rose|sank|spoke|told|said"
    r"|a|ai|as|ont|avait|avaient|aurait|auraient|aura|auront|est|sont|était|étaient|été"
    r"|sera|seront|serait|seraient|fut|furent|va|vont|allait|doit|devait|peut|pouvait"
    # a lowercase word in -ed is a verb ("said police arrested him"), but for one right
    # after an article or a possessive, an adjective ("said the interested parties")
    rf"|{_NOT_AFTER_A_DETERMINER}(?-i:[a-z]{{2,}}ed)"
    r"|(?-i:[a-zàâçéèêëîïôûùüÿœ]{2,}(?:ait|aient))"
    r")(?![^\W\d_])",
    re.IGNORECASE,
)

#: Words for published figures: "data released Monday", "les chiffres publiés dimanche".
#: Not "report", "poll", "film", "série", "mesures": what they name may be the fact itself.
_FIGURES = (
    r"(?:data|figures|numbers|ratings|estimates|results|stats|statistics|tall(?:y|ies)"
    r"|chiffres|données|résultats|audiences|estimations|statistiques)(?![\w-])"
)
#: Those who publish audience figures: "Médiamétrie, qui a publié dimanche".
_MEASURERS = r"(?:Médiamétrie|Nielsen|Comscore|Barb|Kantar|Luminate|CNC)(?![\w-])"
#: Verbs of publishing, as a past participle ("released", "publiés", "rendus publics") or
#: in the present ("publie", "dévoilent").
_PUBLISHED = (
    r"(?:released|published|issued|unveiled|posted|announced|made\s+public|put\s+out"
    r"|(?:publi|diffus|dévoil|communiqu|annonc)(?:ée?s?|e|ent)"
    r"|rendue?s?\s+publi(?:c|que)s?|parue?s?|sortie?s?)(?![\w-])"
)
_AUXILIARY = r"(?:were|was|have\s+been|had\s+been|ont\s+été|avaient\s+été|ont|a|avait)"
#: What may follow figures before their verb: "d'audience", "de Médiamétrie", "officiels";
#: a relative and its auxiliary ("that were", ", qui ont été", "qu'a"), an auxiliary
#: ("were released"), a name ("the figures Nielsen released"). A comma then an auxiliary
#: ends an aside: "the film, which had strong ratings, was released Friday" is the film's.
_AFTER_FIGURES = (
    rf"(?:\s+(?:d['’]\s*audiences?|de\s+(?:l['’]\s*)?(?:audience|{_MEASURERS})"
    rf"|from\s+{_MEASURERS}|officiels|définitifs|provisoires|consolidés|hebdomadaires"
    r"|quotidiens|détaillés)){0,2}"
    rf"(?:,?\s+(?:that|which|qui|qu['’]\s*(?:a|ont)?)(?:\s+{_AUXILIARY})?|\s+{_AUXILIARY}|,)?"
    r"(?:\s+(?-i:[A-ZÉ])[\w'’-]+)?"
)
#: Between a verb of publishing and the weekday: its agent ("publiés par Médiamétrie",
#: "qu'a publiés Médiamétrie").
_BY = r"(?:\s+(?:(?:by|par)\s+(?:l['’]\s*|le\s+|la\s+)?)?(?-i:[A-ZÉ])[\w'’-]+)?"
#: Before a weekday: "on", "le", "ce".
_ON = r"(?:\s+(?:on|le|ce))?\s+"
#: Figures, an article and at most three words before them: "its preliminary figures".
_THE_FIGURES = (
    r"(?:the|its|their|new|latest|les|ses|leurs|des|de|ces|derniers|nouveaux|premiers)"
    rf"(?:\s+[\w'’-]+){{0,3}}?\s+{_FIGURES}"
)
#: A weekday that is the day figures came out, by what precedes it: the figures and their
#: verb ("data released Monday", "les chiffres publiés dimanche par Médiamétrie", "figures
#: out Monday"), the verb and the figures ("a publié ses chiffres dimanche", "released the
#: data on Monday"), or a measurer and its verb ("Médiamétrie, qui a publié dimanche").
_FIGURES_OUT = re.compile(
    rf"(?<![\w-])(?:{_FIGURES}{_AFTER_FIGURES}\s+(?:(?:just|first|officially|officiellement)\s+)?"
    rf"(?:{_PUBLISHED}{_BY}|(?:came\s+|were\s+|are\s+)?out)"
    rf"|{_PUBLISHED}\s+{_THE_FIGURES}(?:\s+d['’]\s*audiences?)?"
    rf"|{_MEASURERS}(?:\s*,?\s*(?:qui|which|who|that))?(?:\s+(?:a|ont|has|have|had|avait))?"
    rf"\s+{_PUBLISHED}){_ON}\Z",
    re.IGNORECASE,
)
#: A verb of publishing right before a weekday, whose figures come after it: "Médiamétrie a
#: dévoilé lundi ses chiffres", "released on Monday its figures".
_PUBLISHED_ON = re.compile(rf"(?<![\w-]){_PUBLISHED}{_ON}\Z", re.IGNORECASE)
_FIGURES_AFTER = re.compile(
    r"(?:\s+(?:soir|matin|après-midi|night|morning|evening|afternoon))?,?\s+" + _THE_FIGURES,
    re.IGNORECASE,
)
#: How far before a weekday the words of publishing figures may start: "according to
#: Nielsen's live-plus-same-day figures, which were released on Monday".
_FIGURES_REACH = 90


def _of_the_fact(
    named: tuple[WeekdayName, ...], quote: str, day: date, published: date
) -> tuple[WeekdayName, ...]:
    """The weekdays named for the fact, without those of a statement reporting it.

    "« Il a fallu moins de deux minutes », a déclaré le ministre samedi matin": a weekday
    right after a verb of saying (the verb, at most its subject, "on" or "le", then the
    weekday), that names a day after the fact's and on or before publication (the latest
    such weekday), is the day the speaker spoke. A weekday before the verb ("interpellé
    samedi, a indiqué le parquet") or in a clause of its own after it ("police said the
    suspect was arrested on Saturday", "a précisé que le suspect avait été interpellé
    samedi") is the fact's. So is the day figures came out ("according to Nielsen data
    released Monday", "Médiamétrie, qui a publié ses chiffres dimanche"), but not that of
    anything else released ("the film, released Friday"): that may be the fact.
    """
    kept = []
    for name in named:
        spoken = published - timedelta(days=(published.weekday() - name.weekday) % 7)
        if spoken > day and (
            _after_a_verb_of_saying(quote, name.start) or _when_figures_came_out(quote, name)
        ):
            continue
        kept.append(name)
    return tuple(kept)


def _when_figures_came_out(quote: str, name: WeekdayName) -> bool:
    """Whether the weekday is the day figures were published, by the words around it.

    Figures and a verb of publishing before it ("data released Monday", "les chiffres
    publiés dimanche"), or the verb before it and the figures after ("a dévoilé lundi ses
    chiffres"). The figures must be named: "the film, released Friday" and "la finale,
    diffusée samedi" give the fact's day.
    """
    reach = max(0, name.start - _FIGURES_REACH)
    if _FIGURES_OUT.search(quote, reach, name.start) is not None:
        return True
    if _PUBLISHED_ON.search(quote, reach, name.start) is None:
        return False
    after = name.start + len(name.written)
    return _FIGURES_AFTER.match(quote, after, after + _FIGURES_REACH) is not None


def _after_a_verb_of_saying(quote: str, start: int) -> bool:
    """Whether a verb of saying comes shortly before the position, in the same clause.

    Between them, only the verb's subject or object ("the minister", "reporters"): a
    clause's end, a conjunction, a relative or another verb starts a new clause.
    """
    verbs = list(_SAID.finditer(quote, max(0, start - _SAID_REACH), start))
    if not verbs:
        return False
    between = quote[verbs[-1].end() : start]
    return _CLAUSE_END.search(between) is None and _NEW_CLAUSE.search(between) is None


_WHOSE_DAY = {"the quote": "its when", "the 'when'": "the day it names"}

#: What introduces the figure another is compared with, in a shared quote: "à 61,35 euros,
#: contre 62,67 euros vendredi", "après 62,67 euros vendredi", "par rapport aux 62,67 euros
#: de vendredi", "to 403.5p, (up) from 298.5p on Friday", "compared with", "against".
_BASELINE_WORD = re.compile(
    r"(?<![^\W\d_])(?:contre|apr[eè]s|par[ \u00a0]+rapport[ \u00a0]+(?:à|aux?)"
    r"|au[ \u00a0]+lieu[ \u00a0]+de|compar[ée]e?s?[ \u00a0]+(?:à|aux?|avec)"
    r"|from|against|versus|vs\.?"
    r"|compared[ \u00a0]+(?:with|to))(?![^\W\d_])",
    re.IGNORECASE,
)
#: How far before a weekday its baseline word may be: "contre 62,67 euros le vendredi 13".
_BASELINE_REACH = 45
#: What ends a clause between a baseline word and a weekday: not a decimal mark.
_BASELINE_CLAUSE_END = re.compile(r"[;!?()«»\"“”]|(?<!\d)\.|\.(?!\d)")
#: A figure as written: "62,67", "298.5", "1 234,5".
_NUMBER = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")


def _digits(number: str) -> str:
    """The digits of a figure, marks and blanks left out: "62,67" and "62.67" are one."""
    return "".join(c for c in number if c.isdigit())


def _not_the_baselines(
    named: tuple[WeekdayName, ...], quote: str, value: str | None
) -> tuple[WeekdayName, ...]:
    """The weekdays named, without those of the figure another is compared with.

    "à 61,35 euros, contre 62,67 euros vendredi", "to 403.5p, from 298.5p on Friday": a
    weekday after a baseline word and a figure, in its clause, of a quote that writes a
    figure before that word, is the baseline figure's day. It stays the claim's when the
    claim's value is that figure (the claim of 62,67 euros, of Friday).
    """
    own = None
    if value is not None and (first := _NUMBER.search(value)) is not None:
        own = _digits(first.group())
    kept = []
    for name in named:
        reach = max(0, name.start - _BASELINE_REACH)
        words = list(_BASELINE_WORD.finditer(quote, reach, name.start))
        if words:
            word = words[-1]
            between = quote[word.end() : name.start]
            figures = [_digits(m.group()) for m in _NUMBER.finditer(between)]
            if (
                figures
                and own not in figures
                and _BASELINE_CLAUSE_END.search(between) is None
                and any(c.isdigit() for c in quote[: word.start()])
            ):
                continue
        kept.append(name)
    return tuple(kept)


#: Words right before a weekday that make it the end of a window, not the claim's day:
#: "en vigilance rouge jusqu'à samedi", "under a warning until Saturday".
_UNTIL = re.compile(
    r"(?<![^\W\d_])(?:jusqu['’][ \u00a0]*(?:à|au)|jusque|until|till|through|thru|['’]til)"
    r"(?:[ \u00a0]+(?:ce|le|this|next))?[ \u00a0]+\Z",
    re.IGNORECASE,
)
#: How far before a weekday its "until" may start.
_UNTIL_REACH = 20


def _not_an_end(named: tuple[WeekdayName, ...], quote: str) -> tuple[WeekdayName, ...]:
    """The weekdays named, without those that end a window ("jusqu'à samedi").

    A state that holds until a day ("Seize départements en vigilance rouge jusqu'à
    samedi", of a claim of Wednesday's decision) names the day it ends, after the
    claim's: that weekday is not the claim's.
    """
    return tuple(
        name
        for name in named
        if _UNTIL.search(quote, max(0, name.start - _UNTIL_REACH), name.start) is None
    )


def _said_on_weekday(
    claim: Claim, quote: str, names: tuple[WeekdayName, ...], language: str
) -> Iterator[Problem]:
    """A weekday after a verb of saying that is not the weekday of the claim's ``said_on``.

    "« … », a précisé dimanche François Gourand" of a statement ``said_on`` a Wednesday:
    the day the speaker spoke is written twice, and one is wrong. A weekday that is the
    ``when``'s (a fact of that day the speaker reports) is left alone.
    """
    try:
        said_on = claim.read_said_on()
    except ValueError:  # invalid-date reports it
        return
    if said_on is None:
        return
    spoke = _weekday(said_on)
    period = claim.period
    fact_day = _weekday(period.start) if period is not None and period.start == period.end else None
    for name in names:
        if name.weekday in (spoke, fact_day) or not _after_a_verb_of_saying(quote, name.start):
            continue
        yield claim_problem(
            claim,
            f"'{claim.id}': the quote says {_shown(name.written)} for the day it was said,"
            f" but its said_on, {_describe_day(said_on, language)}, is a"
            f" {weekday_name(spoke, language)}",
        )
        return


def _other_weekday(
    claim: Claim,
    field: str,
    named: tuple[WeekdayName, ...],
    day: date,
    language: str,
    ahead: date | None = None,
) -> Problem:
    """The field names weekdays, none of them that of the claim's `when`, one day.

    ``ahead``: the day a forecast's reading of the `when` gives, whose weekday is written.
    """
    said = list(dict.fromkeys(weekday_name(name.weekday, language) for name in named))
    written = joined_with_and(said)
    forecast = ""
    if ahead is not None:
        forecast = (
            f"; if it is a forecast for {_describe_day(ahead, language)}, a "
            f"{weekday_name(_weekday(ahead), language)}, set its kind: forecast"
        )
    return claim_problem(
        claim,
        f"'{claim.id}': {field} says {written}, but {_WHOSE_DAY[field]}, "
        f"{_describe_day(day, language)}, is a {weekday_name(_weekday(day), language)}"
        f"{forecast}",
    )


#: How far after publication a yearless day of a fact may be a forecast's: "grève mardi 5"
#: in Monday 4 January's paper is tomorrow's strike, not Saturday 5 December's.
_FORECAST_REACH = timedelta(days=7)


def _forecast_day(
    claim: Claim,
    when: str | None,
    named: tuple[WeekdayName, ...],
    day: date,
    language: str,
    published: date | None,
) -> date | None:
    """The day a forecast's reading of the `when` gives, if it may be the one meant.

    A fact's day of the month alone ("mardi 5", "le 5") is read in the publication's month
    or the month before; a forecast's, on or after publication. When that day is within a
    week after publication and has a weekday the claim writes, the fact may be a forecast
    whose kind was left out. Read only for a claim already reported: no cost on the others.
    """
    if published is None or not when or claim.kind in _AHEAD:
        return None
    try:
        period = parse_date(when, language, published, ahead=True)
    except DateSyntaxError:  # pragma: no cover - the `when` was read without `ahead`
        return None
    ahead = period.start
    if period.end != ahead or ahead == day or not published < ahead <= published + _FORECAST_REACH:
        return None
    if all(name.weekday != _weekday(ahead) for name in named):
        return None
    return ahead


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _in_claims_period(mention: WeekdayMention, period: Period | None) -> date | None:
    """The mention's day and month in the claim's period, when it writes no year.

    A day without its year is read in the year nearest publication; the claim's own
    ``when``, a day or a few (at most a month), says which year a retrospective means
    ("samedi 12 avril" in an article of October 2025 about a `when` of 12 April 2025).
    """
    if period is None or (period.end - period.start).days > 31 or _YEAR.search(mention.written):
        return None  # a `when` of a year or a quarter is the fact's, not the quoted day's
    day = mention.period.start
    for year in (period.start.year, period.end.year):  # a month at most: one year or two
        candidate = in_year(day, year)
        if candidate is not None and period.start <= candidate <= period.end:
            return candidate
    return None


def _describe_day(day: date, language: str) -> str:
    return Period(day, day, "day", day.isoformat()).describe(language)
