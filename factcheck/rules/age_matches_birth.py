"""A person's stated age is the one their date of birth gives.

"Lisa Smith, 35", and further down "Smith, who was born on 2 May 1990", in a paper of
20 February 2025: she was 34. An **age** is a claim whose property is one of
``age_properties`` (``age``, ``âge``) and whose value is a duration: ``35 year`` for
"Lisa Smith, 35", ``18 month`` or ``3 week`` for a baby. While that option keeps its
default, so is a claim whose property's first word is age or âge and whose next is
at, au, aux, à, lors, on, upon or when: someone's age at something (``age_at_death``,
``âge_au_décès``, ``age_at_election``, ``âge_à_l'élection``); not any other (``age_gap``,
``âge_moyen``, ``âge_légal``, ``âge_de_départ``, ``age_group``: ages of no one or of a
rule; ``age_days_beyond_years``: a part of an age, not the age). Setting
``age_properties`` names every property of an age: that reading by the first word is
then off. A **birth** is a claim whose
property is one of ``birth_properties`` (``birth``, ``born``, ``date_of_birth``,
``naissance``...), without a value, whose ``when`` is the day, month or year of birth:
``when: 2 May 1990`` for "born on 2 May 1990", ``when: "1992"`` for "born in 1992". An age
and a birth go together when their subjects are the same (compared as
``same-fact-same-value`` compares them: case, accents and apostrophes folded, and
hyphens read as spaces: "Jean Marc Delorme" is "Jean-Marc Delorme"), in one
article or in two: an age is compared with the births its own article states, each of
which must give it, or, when it states none, with those of the other articles of the
run, matched by name alone: two people of an archive may share one, so the age is
reported only when none of them gives it, the finding naming each birth tried with its
file and line. In its own article, an age whose subject is a surname, or a name
without its first name ("Delorme", "de Gaulle"), is the age of the one subject of that
article (of any claim) whose name ends so ("Jean-Marc Delorme"), when that person's
birth is given there. When two subjects of the article end so (Jean-Marc Delorme and
his son Paul Delorme), the age is not compared: write the full name.

The subject is the person, and qualifiers never make another one: an age told apart by
the event it is at (``qualifiers: {event: first film}``, "in 1968, aged 35, she made her
first film") is compared with its subject's births as any age is, its ``when`` giving the
day; a birth with qualifiers (``{place: Lyon}``, ``{according_to: the family}``) is its
subject's birth. A person is born once, so a qualifier on a birth tells nothing apart
that could be another person's: a child's birth takes the child as its subject
(``subject: Tom Smith``), not a qualifier of a parent's (``subject: Lisa Smith,
qualifiers: {child: Tom}``), which is compared with the parent's ages and reported,
naming the birth, rather than skipped in silence.

The age holds on its ``when`` ("Amira Hassan, 29" killed on 14 December 2023: ``when:
14 December 2023``), else on its article's publication day, unless its qualifiers name
an event (``event``, ``événement``, ``occasion``): an age at an event holds on that
event's day, and "Je l'ai écrit à 23 ans", ``qualifiers: {event: écriture de Marée
basse}``, from an article that does not date the writing, is not compared (it is no age
on the publication day). Give the event's ``when``, a year will do (``when: "1974"``),
for it to be checked. A plain "X, 74 ans", with no event, holds on the publication day.

An age is the count of completed years (or months, weeks, days: the unit it is written
in) from birth to that day, so ``35 year`` is 35 completed years, not 34,5 to 35,5. A
birth or a day that is a period (born ``in 1992``, ``in August 1992``; an age ``in
2024``) allows every count from the latest birth on the earliest day to the earliest
birth on the latest day ("born in 1992", on 30 May 2025: 32 or 33). A birth after that
day is a finding too. An age in years and days ("à 17 ans et 245 jours", "16 years and 38
days") is the completed years, then the days since that birthday: between a birth and a
day that are single days it must be exact to the day (born on 8 March 2006, on 8 November
2023: 17 years and 245 days), and the finding gives the years and days; with a birth or
a day that is a period, it is read as the days it may be.
The age is read as the value grammar reads it: ``~40 year`` is 36 to 44, ``34 to 35
year`` 34 or 35, ``<18 year`` ("under 18") 17 at most, ``>65 year`` ("over 65") 65 or
more; "in her forties" is ``40 to 49 year`` (not ``40s``). A finding says
the age or ages the birth gives, the day it used and where that day comes from.
Someone born on 29 February is a year older on 28 February or on 1 March of a year
without one, as the law of the place says: both are accepted (and so for a month's
anniversary on the 31st, and the like).

Not compared: an age without a birth of the same person; an age at an event without a
``when`` (above); a birth with a value (``value: "678 000"``, births counted, or a weight
at birth: it dates no one's birth), without a readable ``when``, not a fact, or dated
after its own article's publication
(``fact-not-after-publication`` reports it); an opinion or a target; a forecast without
a ``when`` (the day it is about is unknown; "will be 50 next month" with ``when: next
month`` is compared); a claim whose ``status`` is ``false``; an age in a unit that
counts no days, weeks, months or years (hours), or a fraction of its unit (``1.5 year``:
write a baby's age in months, ``18 month``). A bare number (``value: "35"``) is read as
years, and the finding says so.

**Options:** ``age_properties``, the properties of an age (``age``, ``âge``; while
left at this default, ``age_at_death`` and the like are ages too, as above);
``birth_properties``, the properties of a birth (``birth``, ``born``, ``date_of_birth``,
``birth_date``, ``dob``, ``naissance``, ``date_de_naissance``, ``né``, ``née``).

**Passes**

```yaml
source:
  published: 2025-02-20
  language: en_GB
claims:  # "Lisa Smith, 34, ... who was born on 2 May 1990": 34 on 20 February 2025
  - {id: smith_age, subject: Lisa Smith, property: age, value: "34 year",
     quote: "Lisa Smith, 34, of Main Street, Bingley"}
  - {id: smith_dob, subject: Lisa Smith, property: birth, when: 2 May 1990,
     quote: "Smith, who was born on 2 May 1990"}
  # an age on another day: Amira Hassan was 29 when killed, born in 1994
  - {id: hassan_age, subject: Amira Hassan, property: age, value: "29 year",
     when: 14 December 2023, quote: "Amira Hassan, 29"}
  - {id: hassan_birth, subject: Amira Hassan, property: birth, when: "1994",
     quote: "born in 1994"}
  # an age at an event the article does not date: not compared on the publication day
  - {id: aubrac_age_writing, subject: Jean-Louis Aubrac, property: age, value: "23 year",
     qualifiers: {event: writing Low Tide}, quote: "I wrote it at 23"}
  - {id: aubrac_birth, subject: Jean-Louis Aubrac, property: birth, when: 8 February 1951,
     quote: "born on 8 February 1951"}
  # the surname alone, and an age at an event named in the property: Lisa Smith's age
  - {id: smith_age_at_arrest, subject: Smith, property: age_at_arrest, value: "34 year",
     quote: "Smith, 34, was arrested"}
```

**Fails**

```yaml
source:
  published: 2025-02-20
  language: en_GB
claims:
  - {id: smith_age, subject: Lisa Smith, property: age, value: "35 year",
     quote: "Lisa Smith, 35, of Main Street, Bingley"}
    # error: Lisa Smith is 35 ('smith_age') but, born on 2 May 1990 ('smith_dob'), was
    #   34 on 20 February 2025 (its article's publication day)
  - {id: smith_dob, subject: Lisa Smith, property: birth, when: 2 May 1990,
     quote: "Smith, who was born on 2 May 1990"}
```

```yaml
source:
  published: 2026-11-27
  language: en_GB
claims:  # the surname alone, and an age_at_death: the age of the one Hargreaves born here
  - {id: hargreaves_birth, subject: Tommy Hargreaves, property: birth, when: 9 February 1939,
     quote: "Born in Padiham on 9 February 1939"}
  - {id: hargreaves_death_age, subject: Hargreaves, property: age_at_death, value: "88 year",
     when: 24 November 2026, quote: "Hargreaves, who has died aged 88"}
    # error: Hargreaves is 88 ('hargreaves_death_age') but, born on 9 February 1939
    #   ('hargreaves_birth'), was 87 on 24 November 2026 (its when)
```

```yaml
source:
  published: 2025-03-11
  language: en_GB
claims:  # an age at an event, told apart by a qualifier, is its subject's age all the same
  - {id: ferrand_first_film, subject: Jean-Pierre Ferrand, property: age, value: "35 year",
     qualifiers: {event: first film}, when: "1968", quote: "In 1968, aged 35, he made"}
    # error: Jean-Pierre Ferrand is 35 ('ferrand_first_film') but, born on 3 March 1938
    #   ('ferrand_birth'), was 29 or 30 in 1968 (its when)
  - {id: ferrand_birth, subject: Jean-Pierre Ferrand, property: birth, when: 3 March 1938,
     quote: "born on 3 March 1938 in Lyon"}
```

```yaml
source:
  published: 2025-05-30
  language: en_GB
claims:
  - {id: jones_age, subject: Craig Jones, property: age, value: "34 year",
     quote: "Craig Jones, 34, of Croydon"}
    # error: Craig Jones is 34 ('jones_age') but, born in 1992 ('jones_birth'), was 32 or
    #   33 on 30 May 2025 (its article's publication day)
  - {id: jones_birth, subject: Craig Jones, property: birth, when: "1992",
     quote: "Jones, who was born in 1992"}
```

```yaml
source:
  published: 2025-07-21
  language: fr
claims:  # « Je l'ai écrit à 23 ans », the writing dated 1972: he was 20 or 21 that year
  - {id: aubrac_age_writing, subject: Jean-Louis Aubrac, property: âge, value: "23 ans",
     qualifiers: {événement: écriture de Marée basse}, when: "1972",
     quote: "Je l'ai écrit à 23 ans"}
    # error: Jean-Louis Aubrac is 23 ('aubrac_age_writing') but, born on 8 février 1951
    #   ('aubrac_birth'), was 20 or 21 in 1972 (its when)
  - {id: aubrac_birth, subject: Jean-Louis Aubrac, property: naissance, when: 8 février 1951,
     quote: "né le 8 février 1951"}
```
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from factcheck import units
from factcheck.anniversaries import Unit, completed, completed_between
from factcheck.dates import Period
from factcheck.findings import Problem, Severity
from factcheck.model import Claim, Document, is_blank, name_key
from factcheck.rules.base import ClaimTable, Context, Option, claim_problem, claim_table
from factcheck.values import Value
from factcheck.vocabulary import BIRTH_PROPERTIES

ID = "age-matches-birth"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {
    "age_properties": Option(("age", "âge"), "properties whose value is a person's age"),
    "birth_properties": Option(BIRTH_PROPERTIES, "properties whose when is a person's birth"),
}

# What an age counts, by the name of its unit: completed years, months, weeks or days.
_YEAR: Unit = "year"
_COUNTED: tuple[Unit, ...] = ("year", "month", "week", "day")


@dataclass(slots=True)
class _Births:
    """The births of one person: by file, and all of them, each day or period once."""

    by_file: dict[str, dict[tuple[dt.date, dt.date], tuple[Claim, Period]]] = field(
        default_factory=dict
    )
    every: dict[tuple[dt.date, dt.date], tuple[Claim, Period]] = field(default_factory=dict)


def check(context: Context) -> Iterator[Problem]:
    """Report every age that no day of its person's birth gives on the day it holds."""
    table = claim_table(context)
    ages = _age_positions(table, tuple(context.option("age_properties")))
    if not ages:
        return
    births = _births(table, frozenset(context.option("birth_properties")))
    if not births:
        return
    namesakes = _Namesakes(context.corpus.documents, births)
    # Measured on 100 000 claims (50 000 ages): reading each value's counts and making
    # each publication day a Period once saves 0,2 to 0,35 s of about 1,6 s. Values are
    # shared (parse_value caches them by text), hence the key id(value).
    stated_by_value: dict[int, tuple[Decimal, Decimal] | None] = {}
    published: dict[dt.date, Period] = {}
    kinds, periods, whens, values = table.kinds, table.periods, table.whens, table.values
    for position in ages:
        kind = kinds[position]
        if kind not in ("fact", "forecast"):
            continue
        claim = table.claims[position]
        if claim.status == "false":
            continue
        person = _births_of(claim, births, namesakes)
        if person is None:
            continue
        value = values[position]
        assert value is not None  # by_property holds claims with a value
        counts = _counts(value.quantity.unit)
        key = id(value)
        if key in stated_by_value:
            stated = stated_by_value[key]
        else:
            stated = stated_by_value[key] = _stated(value)
        if counts is None or stated is None:
            continue
        when = whens[position]
        if when is None and claim.qualifiers and _at_event(claim.qualifiers):
            continue  # an age at an undated event: its day is unknown
        day = _day_of(claim, kind, periods[position], when, published)
        if day is None:
            continue
        # "17 ans et 245 jours": a record age, exact to the day (only ages in days are read)
        exact = _in_years_and_days(value.text) if counts == "day" else None
        own = person.by_file.get(claim.location.file)
        if own is not None:  # its own article's births: each one that disagrees is told
            for birth, born in own.values():
                ages_given = _ages_given(counts, born, day)
                if not _agrees(stated, exact, ages_given, born, day):
                    yield _disagreement(
                        claim, value, counts, day, birth, born, ages_given, exact is not None
                    )
            continue
        # Other articles' births are matched by name alone, and two people may share one:
        # the age is told only when none of them allows it.
        tried = []
        for birth, born in person.every.values():
            ages_given = _ages_given(counts, born, day)
            if _agrees(stated, exact, ages_given, born, day):
                break
            tried.append((birth, born, ages_given))
        else:
            if len(tried) == 1:
                yield _disagreement(claim, value, counts, day, *tried[0], exact is not None)
            else:
                yield _none_allows(claim, value, counts, day, tried, exact is not None)


def _ages_given(counts: Unit, born: Period, day: Period) -> tuple[int, int] | None:
    """The fewest and most units completed from birth to the day; None for a birth after it."""
    if born.start > day.end:
        return None
    least, most = completed_between(counts, (born.start, born.end), (day.start, day.end))
    return max(0, least), most


def _allows(stated: tuple[Decimal, Decimal], ages: tuple[int, int] | None) -> bool:
    return ages is not None and stated[0] <= ages[1] and stated[1] >= ages[0]


def _agrees(
    stated: tuple[Decimal, Decimal],
    exact: tuple[int, int] | None,
    ages: tuple[int, int] | None,
    born: Period,
    day: Period,
) -> bool:
    """Whether the birth gives the age: in years and days to the day, else as a count."""
    if exact is None or not _one_day(born, day):
        return _allows(stated, ages)
    years, days = exact
    birth, on = born.start, day.start
    return any(0 <= (on - start).days == days for start in _anniversaries(birth, years)) and any(
        on < start for start in _anniversaries(birth, years + 1)
    )


def _one_day(born: Period, day: Period) -> bool:
    return born.start == born.end and day.start == day.end


def _anniversaries(birth: dt.date, years: int) -> tuple[dt.date, ...]:
    """The birthday ``years`` on: 28 February or 1 March for 29 February (the law varies)."""
    year = birth.year + years
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return ()
    try:
        return (birth.replace(year=year),)
    except ValueError:  # 29 February in a year without one
        return dt.date(year, 2, 28), dt.date(year, 3, 1)


def _years_and_days_between(birth: dt.date, on: dt.date) -> str:
    """``17 years and 245 days``: completed years, then the days since that birthday."""
    years = completed("year", birth, on, late=False)
    start = max(start for start in _anniversaries(birth, years) if start <= on)
    return f"{years} years and {(on - start).days} days"


#: "17 ans et 245 jours", "16 years, 38 days": completed years and days, as written
_YEARS_AND_DAYS_RE = re.compile(
    r"\s*(\d+)\s*([^\W\d_]+)\.?(?:\s*,\s*|\s+(?:and|et|y|und)\s+|\s*)(\d+)\s*([^\W\d_]+)\.?\s*",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _in_years_and_days(text: str) -> tuple[int, int] | None:
    """The completed years and days of an age written in both, or None."""
    written = _YEARS_AND_DAYS_RE.fullmatch(text)
    if written is None:
        return None
    try:
        year, day = units.parse_unit(written[2]), units.parse_unit(written[4])
    except units.UnitError:
        return None
    if year != units.parse_unit(_YEAR) or day != units.parse_unit("day"):
        return None
    return int(written[1]), int(written[3])


def _day_of(
    claim: Claim,
    kind: str,
    period: Period | None,
    when: str | None,
    published: dict[dt.date, Period],
) -> Period | None:
    """The day (or period) the age holds on: its when, else its article's publication day.

    None for an unreadable ``when`` (``invalid-date`` reports it) and for a forecast
    without one: it is about a day to come, which is unknown. ``published`` keeps the
    publication days made into periods.
    """
    if when is not None:
        return period
    source = claim.source
    if kind != "fact" or source is None:
        return None
    day = source.published
    period = published.get(day)
    if period is None:
        period = published[day] = Period(day, day, "day", day.isoformat())
    return period


def _births(table: ClaimTable, properties: frozenset[str]) -> dict[str, _Births]:
    """Every dated birth of a fact without a value, by person, in report order.

    A claim of a birth property with a value counts or measures births ("678 000 births
    in 2024", a weight at birth): it dates no one's birth.
    """
    births: dict[str, _Births] = {}
    for claim, period, kind, source in zip(
        table.claims, table.periods, table.kinds, table.sources, strict=True
    ):
        # the cheapest tests first: a claim's own fields are scattered in memory
        if period is None or kind != "fact" or claim.property not in properties:
            continue
        if claim.status == "false" or claim.value is not None:
            continue
        # a birth after its article is fact-not-after-publication's finding
        if is_blank(claim.subject) or (source is not None and period.after_day(source.published)):
            continue
        person = births.setdefault(_person(claim), _Births())
        days = (period.start, period.end)
        person.every.setdefault(days, (claim, period))
        person.by_file.setdefault(claim.location.file, {}).setdefault(days, (claim, period))
    return births


def _age_positions(table: ClaimTable, names: tuple[str, ...]) -> list[int]:
    """The positions of the ages, in report order.

    The properties named in ``age_properties``; while that option is left at its
    default, also each property whose name is an age by its first word (``age_at_death``).
    """
    by_property = table.by_property  # claims with a value: ages have one, births do not
    chosen = set(names)
    if names == _DEFAULT_AGE_PROPERTIES:
        chosen.update(name for name in by_property if _names_an_age(name))
    return sorted(position for name in chosen for position in by_property.get(name, ()))


_DEFAULT_AGE_PROPERTIES: tuple[str, ...] = OPTIONS["age_properties"].default
_WORDS = re.compile(r"[\s_'’-]+")
#: the word after age that makes a property someone's age at something: ``age_at_death``,
#: ``âge_au_décès``, ``âge_à_l'élection``, ``âge_lors_du_sacre``, ``age_when_elected``
_AT = frozenset(("at", "on", "upon", "when", "au", "aux", "a", "lors"))


@functools.lru_cache(maxsize=4096)
def _names_an_age(prop: str) -> bool:
    """Tell a property that names someone's age at something: age, then at, au or à.

    ``age_at_death``, ``âge_au_décès``, ``âge_à_l'élection``; not ``age_gap``,
    ``âge_moyen``, ``âge_légal``, ``âge_de_départ`` (ages of no one, or of a rule) nor
    ``age_days_beyond_years`` (a part of an age, not the age).
    """
    words = _WORDS.split(name_key(prop).strip(" _-"))
    return words[0] == "age" and (len(words) == 1 or words[1] in _AT)


class _Namesakes:
    """Who a surname (or a name without its first name) names in an article, when one.

    "Delorme" for "Jean-Marc Delorme", "de Gaulle" for "Charles de Gaulle": a subject
    that is the end of the name of exactly one subject of its article (any claim's), a
    person with a birth there. An article's subjects are read only when one of its ages
    is the end of the name of one of its births.
    """

    def __init__(self, documents: list[Document], births: dict[str, _Births]) -> None:
        self._documents = documents
        self._files: dict[str, Document] | None = None
        self._birth_ends: dict[str, set[str]] = {}  # file -> ends of its births' names
        for person, born in births.items():
            for file in born.by_file:
                self._birth_ends.setdefault(file, set()).update(_ends(person))
        self._ends: dict[str, dict[str, set[str]]] = {}  # file -> name's end -> full names

    def only(self, file: str, name: str) -> str | None:
        """The one subject of the file whose name ends with ``name``; None when not one."""
        if name not in self._birth_ends.get(file, ()):
            return None
        ends = self._ends.get(file)
        if ends is None:
            ends = self._ends[file] = self._read(file)
        full = ends.get(name, ())
        return next(iter(full)) if len(full) == 1 else None

    def _read(self, file: str) -> dict[str, set[str]]:
        if self._files is None:
            self._files = {
                document.claims[0].location.file: document
                for document in self._documents
                if document.claims
            }
        document = self._files.get(file)
        ends: dict[str, set[str]] = {}
        for subject in {claim.subject for claim in document.claims} if document else ():
            person = _folded(subject)
            for end in _ends(person):
                ends.setdefault(end, set()).add(person)
        return ends


def _ends(person: str) -> Iterator[str]:
    """``marc delorme`` and ``delorme`` of ``jean marc delorme``: the name without its start."""
    start = person.find(" ")
    while start != -1:
        yield person[start + 1 :]
        start = person.find(" ", start + 1)


def _births_of(claim: Claim, births: dict[str, _Births], namesakes: _Namesakes) -> _Births | None:
    """The births of the age's person: by name, else by surname in its own article.

    A name its own article gives a birth of comes first; then the one person of the
    article whose name ends with the subject ("Delorme"), when that person has a birth
    there; then the name in other articles.
    """
    name = _person(claim)
    person = births.get(name)
    file = claim.location.file
    if person is not None and file in person.by_file:
        return person
    full = namesakes.only(file, name)
    if full is not None:
        named = births.get(full)
        if named is not None and file in named.by_file:
            return named
    return person


#: qualifier names that tell an age at an event from the age on the publication day
_EVENT_QUALIFIERS = frozenset(("event", "evenement", "occasion"))


def _at_event(qualifiers: Mapping[str, str]) -> bool:
    """Tell whether an age's qualifiers name the event it is at (``{event: first film}``)."""
    return any(name_key(name) in _EVENT_QUALIFIERS for name in qualifiers)


def _person(claim: Claim) -> str:
    """Who an age or a birth is about: its subject, whatever its qualifiers."""
    return _folded(claim.subject)


@functools.lru_cache(maxsize=65536)
def _folded(subject: str) -> str:
    """A name as ages and births compare it: ``name_key``, hyphens read as spaces.

    "Jean Marc Delorme" is "Jean-Marc Delorme", as "Jean-Marc Délorme" is.
    """
    return " ".join(name_key(subject).translate(_HYPHENS).split())


_HYPHENS = str.maketrans(dict.fromkeys("-\u2010\u2011", " "))


@functools.cache
def _counts(unit: object) -> Unit | None:
    """What an age in this unit counts, or None for a unit that is no count of days."""
    for name in _COUNTED:
        if unit == units.parse_unit(name):
            return name
    return _YEAR if unit == units.dimensionless() else None  # a bare number: years


def _stated(value: Value) -> tuple[Decimal, Decimal] | None:
    """The counts of completed units the value allows, lowest and highest (may be infinite).

    A figure, a range or a ``~`` figure allows the whole numbers it holds (``35 year``:
    35). A bound is about the exact age: ``<18`` is 17 at most, ``>65`` 65 or more. None
    for a figure holding no whole number of its unit (``1.5 year``).
    """
    interval = value.quantity.interval
    lo, hi = interval.lo, interval.hi
    if lo.is_finite():
        first = lo.to_integral_value(rounding=decimal.ROUND_FLOOR)
        # a figure's whole numbers (34,5..35,5: 35); a bound's floor (>65: 65 and over)
        if value.comparator not in _BOUNDS and (first != lo or interval.lo_open):
            first += 1
        lo = first
    if hi.is_finite():
        last = hi.to_integral_value(rounding=decimal.ROUND_FLOOR)
        hi = last - 1 if interval.hi_open and last == hi else last
    return (lo, hi) if lo <= hi else None


_BOUNDS = frozenset(("<", "<=", ">", ">="))


def _disagreement(
    age: Claim,
    value: Value,
    counts: str,
    day: Period,
    birth: Claim,
    born: Period,
    ages: tuple[int, int] | None,
    exact: bool = False,
) -> Problem:
    """The age against one birth: the ages it gives, or that it is after the day.

    ``exact``: the age is in years and days, and so are the ages given between two days.
    """
    language = age.language
    said = f"{age.subject} is {_said(value, counts)} ('{age.id}') but"
    if ages is None:
        message = (
            f"{said} born {_on(born, language)} ({_named(birth, age)}), after"
            f" {_described(age, day)}"
        )
    else:
        message = (
            f"{said}, born {_on(born, language)} ({_named(birth, age)}), was"
            f" {_given(ages, counts, exact, born, day)} {_where(day)} {_described(age, day)}"
        )
    return claim_problem(age, message, birth)


def _none_allows(
    age: Claim,
    value: Value,
    counts: str,
    day: Period,
    tried: list[tuple[Claim, Period, tuple[int, int] | None]],
    exact: bool = False,
) -> Problem:
    """The age against the births of other articles, none of which allows it."""
    language = age.language
    each = "; ".join(
        ("not born yet" if ages is None else _given(ages, counts, exact, born, day))
        + f" if born {_on(born, language)} ({_named(birth, age)})"
        for birth, born, ages in tried
    )
    return claim_problem(
        age,
        f"{age.subject} is {_said(value, counts)} ('{age.id}') but no birth of that name in"
        f" the other articles gives that age {_where(day)} {_described(age, day)}: {each}",
        *(birth for birth, _, _ in tried),
    )


def _given(ages: tuple[int, int], counts: str, exact: bool, born: Period, day: Period) -> str:
    """The ages a birth gives: ``34 or 35``, or ``17 years and 245 days`` to the day."""
    if exact and _one_day(born, day):
        return _years_and_days_between(born.start, day.start)
    return _ages(*ages, counts)


def _where(day: Period) -> str:
    return "on" if day.granularity == "day" else "in"


def _on(period: Period, language: str) -> str:
    """``on 2 May 1990``, ``in August 1992``."""
    return f"{'on' if period.granularity == 'day' else 'in'} {period.describe(language)}"


def _named(birth: Claim, age: Claim) -> str:
    """The birth's id, with its file and line when it is another article's."""
    location = birth.location
    if location.file == age.location.file:
        return f"'{birth.id}'"
    return f"'{birth.id}', {location.file}:{location.line}"


def _described(age: Claim, day: Period) -> str:
    """The day the age holds on, and where it comes from."""
    whence = "its when" if age.when is not None else "its article's publication day"
    return f"{day.describe(age.language)} ({whence})"


def _said(value: Value, counts: str) -> str:
    """The age as the article gives it: ``35``, ``~40``, ``18 months``."""
    text = value.text
    if not value.unit_text:
        return f"{text} (a bare number, read as years)"
    if text in value.numbers:
        return text  # a duration in parts, "17 ans et 245 jours": its units are written
    if text.endswith(value.unit_text):
        text = text[: -len(value.unit_text)].strip()
    if counts == _YEAR:
        return text
    return f"{text} {counts}" if text == "1" else f"{text} {counts}s"


def _ages(least: int, most: int, unit: str) -> str:
    """``34``, ``32 or 33``, ``31 to 33``; ``20 months`` for a count of months."""
    if most == least:
        shown = str(least)
    elif most == least + 1:
        shown = f"{least} or {most}"
    else:
        shown = f"{least} to {most}"
    if unit == _YEAR:
        return shown
    return f"{shown} {unit}" if most == 1 else f"{shown} {unit}s"
