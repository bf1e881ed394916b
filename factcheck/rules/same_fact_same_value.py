"""The same fact reported twice agrees.

Claims with the same subject, property, qualifiers and ``when``, in one file or
across files, report one fact, and their values must be able to be one figure.
``when`` compares by the days it covers, so ``en mars`` in an article of July
2015 and ``mars 2015`` are one date; a claim without ``when`` is about its article's
publication day, so the undated staff counts of a 2015 and a 2019 article are two
facts, and those of two articles of one day are one; a different qualifier
(``holder: Orange``, ``holder: Thales``) makes a different fact.

Each value is an interval (``12 %`` is 11,5 to 12,5 %), so reports of one figure
at different precisions agree (``12 %`` and ``12,3 %``; ``~90 person`` and
``95 person``) and only reports that cannot both be right are errors
(``<2 million EUR`` and ``2,5 million EUR``). Two reports agree when their
intervals share a value, as the spec says of every relation: ``12 %`` and
``13 %`` share 12,5, which one journalist may round to 12 and another to 13, so
they agree, and ``holds-by-rounding`` says they agree only thanks to rounding
(see docs/deviations.md); ``12 %`` and ``14 %`` do not. One article is one writer
with one figure: when it prints that figure twice at the same precision with other
digits (``7,3 %`` in the headline, ``7,2 %`` in the body), that is an error, as is
any pair that cannot agree; a rounder figure (``7 %``) or a ``~`` one still agrees.
So do bounds: "injuring at least 47" in the lede and "At least 45 people were injured"
in the body (``>=47``, ``>=45``) both hold of 50 injured, but one article that gives
one toll as two bounds of the same side (``>=``/``>``, or ``<=``/``<``) at the same
precision with other figures has left one of them behind (a summary still at "at least
40" after the correction says 30), and that is an error; a rounder bound (``>2
millions`` beside ``>1,5 million``), a bound beside an exact figure, or bounds in two
articles still agree when they can. Two bounds of one side in two units ("up to 105F
(46C)", "up to 18 inches (457 mm)") give one figure twice: they hold together whatever
their figures, so within one article they are compared at their figures, as ``==`` of a
check compares them, and 105 °F (40,6 °C) beside 46 °C is an error.

A time printed without its last part is truncated, not rounded: a headline's "en 2 h 05"
is 2 h 05 min 00 s to 2 h 05 min 59 s, so it agrees with the body's "2 h 05 min 48 s". A
duration written to a coarser unit than another report of it agrees with one from its
figure to its figure plus one unit, as well as with one within its rounding; money and
other measures are only rounded.
Values are compared in one unit (``1,5 million EUR`` and ``1500 kEUR`` agree); values
in units that do not convert into each other are not compared (``consistent-units``
reports them), and claims without a value are skipped.

Amounts in two currencies do not convert into each other either: factcheck keeps no
exchange rates, so a fact given in euros and in dollars ("12,5 millions d'euros (13,6
millions de dollars)") is not checked for its conversion, whatever its figures. The
same figure in two currencies, though, is no conversion but a slip: "12,5 millions
d'euros" in the standfirst and "12,5 millions de dollars" in the body give one price
twice, in the wrong currency once, and that is an error (``12 500 kEUR`` is the same
figure as ``12,5 million USD``). A rate near 1 can make a conversion of the same
figure: a quote that gives it in brackets right after the other ("CHF 1m (€1m)") passes.

A conversion is rounded as a round figure, not as its digits say: "225mph (360km/h)"
prints 362,1 km/h to the ten, "a 30mph (50km/h) limit" 48,3 km/h. When two reports in
different units disagree and one is the other converted, rounded to its last
significant digit or to a round number (to half its roundest step: 360 to the ten,
225 to the five) and within 5 % of it, they pass if a quote gives the conversion in
brackets right after its figure (how every desk writes one); written apart, the error
says it looks like a rounded conversion and suggests ``~360 km/h``. A bracketed figure
further off (``50mph (100km/h)``, ``225mph (380km/h)``) is an error as any other.
An anomaly or a warming converted as a temperature ("1.47C (2.65F)": 1,47 °C is 34,6 °F,
the change 2,65 °F) is an error whose message says to write both as changes
(``1.47 delta_degC``, ``2.65 delta_degF``).

A ``fact``, a ``forecast``, a ``target`` and an ``opinion`` are different
statements even about the same key, and are only compared with their own kind.
A forecast, a target or an opinion is also somebody's: two of them are compared
only when ``attributed_to`` is the same (two forecasters may disagree). Facts are
compared whoever reported them: ``attributed_to`` says how a figure was reported
(a conditional, an unnamed source), not which fact it is.

A forecast or a target is also what its author said on a day, and revised at the next
occasion: the OBR put 2024-25 borrowing at £87,2bn in March 2024 and at £127,5bn in
October 2024, both right when published. So reports of one forecast (or target) are
one fact only within one article, or in articles of one publication day: the March and
the October articles pass, whatever their figures. Within one article, or in two of one
day, a revision is told apart with a qualifier or a date of its own (``qualifiers:
{made: March 2024}``); the error on two figures of one forecast says so.

A running total dated by the day it runs from (``when: depuis le 5 octobre``, ``since 5
October``, ``depuis début octobre``: any ``when`` that starts with depuis or since) is
what had built up by its article's day: a weekly bulletin's "120 patients admis en
réanimation depuis le 5 octobre" and the next week's 142 are two figures, both right.
Reports of one are one fact only in articles of one publication day, as a forecast's
are, and never the figure of the day itself (``début octobre``: 12 patients that week;
``depuis début octobre``: 142 in all). Within one article, two figures of one running
total still disagree.

``when`` is read to the day: the tolls of a live blog's entries (``samedi 14 mars 2026
à 14 h 32``, ``… à 18 h 05``) are one fact, and an error between them says their times
are dropped; a qualifier tells them apart (``qualifiers: {as_of: "14 h 32"}``), one for
each entry's toll, the summary's with the latest entry's. So are a day's parts: a
hurricane's winds ``early Wednesday`` (210 km/h at landfall) and ``Wednesday night``
(65 mph) are one fact, and the error says to give each a qualifier (``as_of: landfall``,
``as_of: Wednesday night``). With one ``when`` for both, it says so when the quote of one
writes a moment of the day ("at landfall", "by Wednesday night", "dans la nuit") and
the two figures are far apart (the larger 1,25 times the smaller or more): 7,3 % and
7,2 % are a slip, not two moments. A clock time in one quote ("A 17 heures, la
participation atteignait 32,6 %", "à midi", "at 5pm", "by 8pm", "at noon") is a moment
however close the figures (39,4 % at 17 h, 47,5 % at the close), unless both quotes give
the same time: the error says to write ``qualifiers: {as_of: "17 heures"}``.

Claims are taken in report order (file, then line). Each one must meet what the
earlier agreeing reports have in common; one that cannot is reported, naming the
earlier claim it contradicts, and is left out of the common ground for the
claims after it.

A claim whose ``status`` is ``false`` reports nothing: when a correction prints a
revised figure (a turnout of 34,9 % after a recount, for the 34,7 % of the first
article), the desk marks the first claim ``status: "false"`` (with its review, see
docs/tracking.md) and the two are no longer compared. A disagreement between two
articles says so. Nor does a claim rated ``misleading`` or ``disputed``: it is no figure
the article stands behind either, but a statement it reports to rate it, as a
fact-check sets a minister's "7 %" beside Insee's 7,6 % for the same quarter; the
desk's verdict compares the two, not this rule. Until the desk rates it, a fact
``attributed_to`` somebody that disagrees with the other reports is an error reported on
it, wherever it stands in its file, and the message says how to record its verdict
(``factcheck review <id> --verdict misleading``) if it is a statement under check.

**Options:** none.

**Passes**

```yaml
claims:  # the article prints its paragraph twice; "2014" and "en 2014" are one year
  - {id: use_teaser, subject: France, property: enterprise_cloud_use, value: "12 %",
     when: "2014",
     quote: "La France accuse un important retard dans l'utilisation du Cloud: 12%"}
  - {id: use_body, subject: France, property: enterprise_cloud_use, value: "12 %",
     when: en 2014,
     quote: "En outre, la France accuse un important retard dans l'utilisation du Cloud: 12%"}
```

```yaml
claims:  # one auction price, and its conversion: not checked, as no rate is kept
  - {id: price_eur, subject: La Grande Vague, property: hammer_price,
     value: "12,5 millions d'euros", when: 17 octobre 2024,
     quote: "une toile a atteint 12,5 millions d'euros"}
  - {id: price_usd, subject: La Grande Vague, property: hammer_price,
     value: "13,6 millions USD", when: 17 octobre 2024,
     quote: "soit 13,6 millions de dollars"}
```

```yaml
source:
  published: 2024-10-31
  language: en_GB
  financial_year_start: 4
claims:  # the March forecast and its October revision, each told apart by when it was made
  - {id: borrowing_march, subject: UK, property: public_sector_net_borrowing,
     value: "£87.2bn", when: 2024/25, kind: forecast,
     attributed_to: Office for Budget Responsibility, qualifiers: {made: March 2024},
     quote: "the OBR had forecast borrowing of £87.2bn in March"}
  - {id: borrowing_october, subject: UK, property: public_sector_net_borrowing,
     value: "£127.5bn", when: 2024/25, kind: forecast,
     attributed_to: Office for Budget Responsibility, qualifiers: {made: October 2024},
     quote: "public sector net borrowing will be £127.5bn in 2024-25"}
```

```yaml
claims:  # a fact-check: the minister's figure, rated misleading, beside Insee's
  - id: minister_rate
    subject: France
    property: unemployment_rate
    value: "7 %"
    when: T3 2026
    attributed_to: "Paul Durand, ministre du Travail"
    quote: "« le chômage est tombé à 7 % au troisième trimestre »"
    status: misleading
    reviews: [{date: 2026-11-24, by: desk, verdict: misleading, note: "7,6 % selon l'Insee"}]
  - {id: insee_rate, subject: France, property: unemployment_rate, value: "7,6 %",
     when: T3 2026, quote: "le taux de chômage s'établissait à 7,6 % au troisième trimestre"}
source:
  published: 2026-11-24
```

**Fails**

```yaml
claims:  # 12 typed 21 (figure-in-quote reports it too: 21 is not in the quote)
  - {id: use_teaser, subject: France, property: enterprise_cloud_use, value: "12 %",
     when: "2014",
     quote: "La France accuse un important retard dans l'utilisation du Cloud: 12%"}
  - {id: use_body, subject: France, property: enterprise_cloud_use, value: "21 %",
     when: "2014",
     quote: "En outre, la France accuse un important retard dans l'utilisation du Cloud: 12%"}
    # error: 'use_body' says 21 % (20,5 à 21,5 %) but 'use_teaser' (claims/example.yaml:2)
    #   says 12 % (11,5 à 12,5 %) for the same fact: France enterprise_cloud_use (2014)
```

```yaml
claims:  # the lede's toll, and the body's left at an older count
  - {id: injured_lede, subject: Ridgecrest earthquake, property: injured, value: ">=47",
     quote: "injuring at least 47"}
  - {id: injured_body, subject: Ridgecrest earthquake, property: injured, value: ">=45",
     quote: "At least 45 people were injured in all"}
    # error: 'injured_body' says at least 45 but 'injured_lede' (claims/example.yaml:2)
    #   says at least 47 for the same fact: Ridgecrest earthquake injured: one article
    #   gives its bound two ways at the same precision
source:
  published: 2026-03-14
  language: en_US
```

```yaml
claims:  # the standfirst's euros became dollars in the body
  - {id: price_standfirst, subject: La Grande Vague, property: hammer_price,
     value: "12,5 millions d'euros", when: 17 octobre 2024,
     quote: "une toile a atteint 12,5 millions d'euros"}
  - {id: price_body, subject: La Grande Vague, property: hammer_price,
     value: "12,5 millions USD", when: 17 octobre 2024,
     quote: "adjugée 12,5 millions de dollars"}
    # error: 'price_body' says 12,5 millions USD but 'price_standfirst'
    #   (claims/example.yaml:2) says 12,5 millions d'euros for the same fact: La Grande
    #   Vague hammer_price (17 octobre 2024): the same figure in EUR and USD, a currency
    #   slip? (a conversion given in brackets right after its figure passes)
```

```yaml
claims:  # one article, one forecast, two figures: the revision needs a qualifier
  - {id: borrowing_march, subject: UK, property: public_sector_net_borrowing,
     value: "£87.2bn", when: 2024/25, kind: forecast,
     attributed_to: Office for Budget Responsibility,
     quote: "the OBR had forecast borrowing of £87.2bn in March"}
  - {id: borrowing_october, subject: UK, property: public_sector_net_borrowing,
     value: "£127.5bn", when: 2024/25, kind: forecast,
     attributed_to: Office for Budget Responsibility,
     quote: "public sector net borrowing will be £127.5bn in 2024-25"}
    # error: 'borrowing_october' says 127.5 billion GBP (127.45 to 127.55 billion GBP) but
    #   'borrowing_march' (claims/example.yaml:2) says 87.2 billion GBP (87.15 to 87.25
    #   billion GBP) for the same forecast: UK public_sector_net_borrowing (April 2024 –
    #   March 2025) (if the later one revises it, give each its own qualifier or date, as
    #   qualifiers: {made: "…"} with the day each forecast was made)
source:
  published: 2024-10-31
  language: en_GB
  financial_year_start: 4
```

```yaml
claims:  # the same fact-check before the desk rates the minister's figure
  - {id: minister_rate, subject: France, property: unemployment_rate, value: "7 %",
     when: T3 2026, attributed_to: "Paul Durand, ministre du Travail",
     quote: "« le chômage est tombé à 7 % au troisième trimestre »"}
  - {id: insee_rate, subject: France, property: unemployment_rate, value: "7,6 %",
     when: T3 2026, quote: "le taux de chômage s'établissait à 7,6 % au troisième trimestre"}
    # error: 'minister_rate' says 7 % (6,5 à 7,5 %) but 'insee_rate' (claims/example.yaml:5)
    #   says 7,6 % (7,55 à 7,65 %) for the same fact: France unemployment_rate (T3 2026); if
    #   'minister_rate' (attributed to Paul Durand) is a statement under check, record its
    #   verdict: factcheck review minister_rate --verdict misleading (or false) --by NAME
source:
  published: 2026-11-24
```

```yaml
claims:  # the winds at landfall and by the night: two moments of one day
  - {id: winds_landfall, subject: Hurricane Tobias, property: max_sustained_wind,
     value: "210 km/h", when: early Wednesday,
     quote: "maximum sustained winds of 130 mph (210 kph)"}
  - {id: winds_night, subject: Hurricane Tobias, property: max_sustained_wind,
     value: "65 mph", when: Wednesday night,
     quote: "Tobias weakened to a tropical storm by Wednesday night, with winds of 65 mph"}
    # error: 'winds_night' says 65 mph (64.5 to 65.5 mph) but 'winds_landfall'
    #   (claims/example.yaml:2) says 210 km/h (209.5 to 210.5 km/h) for the same fact:
    #   Hurricane Tobias max_sustained_wind (August 27, 2025); their whens ('Wednesday
    #   night' and 'early Wednesday') are read to the day, the part of the day dropped:
    #   give each a qualifier, as qualifiers: {as_of: "Wednesday night"} and {as_of:
    #   "early Wednesday"}
source:
  published: 2025-08-28
  language: en_US
```
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from factcheck import units
from factcheck.dates import time_of_day
from factcheck.explicit import bound_figures
from factcheck.expressions import rounded_conversion_of
from factcheck.findings import Location, Problem, Severity
from factcheck.model import Claim, name_key
from factcheck.rules.base import (
    SAID_ON_A_DAY,
    ClaimTable,
    Context,
    Option,
    claim_problem,
    claim_table,
    fact_key,
    written_key,
)
from factcheck.shares import qualifier_key
from factcheck.values import Interval, UnitMismatch, format_quantity

if TYPE_CHECKING:
    import pint

    from factcheck.values import Value

ID = "same-fact-same-value"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


@dataclass(slots=True)
class _CommonGround:
    """What the agreeing reports of one fact have in common, and who sets each end."""

    interval: Interval
    unit: pint.Unit
    lowest: Claim  # the claim whose lower bound is the common lower bound
    highest: Claim  # the claim whose upper bound is the common upper bound
    # the exact figures reported so far, by their written_key
    written: dict[Hashable, Claim] = field(default_factory=dict)
    # the bounds reported so far ("up to 105F"), compared at their figures in other units
    bounds: dict[str, list[Claim]] = field(default_factory=dict)  # by file


def check(context: Context) -> Iterator[Problem]:
    """Report every claim whose value cannot agree with earlier reports of the same fact.

    And every claim that gives a fact's figure in another currency than an earlier report.
    """
    table = claim_table(context)
    yield from _disagreements(table)
    yield from _currency_slips(table)


def _disagreements(table: ClaimTable) -> Iterator[Problem]:
    """Reports of one fact, in units that convert into each other, that cannot agree.

    A statement under check (:func:`_under_check`) is compared after the fact's other
    reports, so that a disagreement is reported on it, wherever it stands in its file.
    """
    # the table numbers the facts; a fact reported once needs no more
    facts: dict[Hashable, _CommonGround] = {}
    claims = table.claims
    under_check: list[int] = []
    for position in table.repeated:
        claim = claims[position]
        if _under_check(claim):
            under_check.append(position)
            continue
        yield from _compare(table, facts, position, claim)
    for position in under_check:
        yield from _compare(table, facts, position, claims[position])


def _under_check(claim: Claim) -> bool:
    """Whether a fact is somebody's statement the desk has not rated yet.

    An ``attributed_to`` fact still ``unverified``: a fact-check's minister's "7 %" beside
    Insee's 7,6 %, while the reporter encodes. Once rated misleading, disputed or false,
    the claim reports no fact (the claim table leaves it out).
    """
    fields = claim.__dict__  # no pydantic attribute lookups
    return (
        fields["attributed_to"] is not None
        and fields["kind"] == "fact"
        and fields["status"] == "unverified"
    )


def _compare(
    table: ClaimTable, facts: dict[Hashable, _CommonGround], position: int, claim: Claim
) -> Iterator[Problem]:
    """Compare one report with what the earlier agreeing reports of its fact share."""
    number = table.facts[position]
    value = table.values[position]
    assert number is not None and value is not None  # the table numbers such facts only
    quantity = value.quantity
    unit = quantity.unit
    ground = facts.get(number)
    if ground is None:
        ground = facts[number] = _CommonGround(quantity.interval, unit, claim, claim)
        _written_in_article(ground, claim, value)
        if value.comparator in _SIDES:
            ground.bounds[claim.location.file] = [claim]
        return
    if value.comparator in _SIDES:  # "up to 105F (46C)": one figure, in two units
        other = _bound_in_other_unit(ground, claim, value)
        if other is not None:
            yield _disagreement(claim, other, _BOUND_CONVERTED)
            return
    interval = quantity.interval
    if unit is not ground.unit:
        try:
            interval = quantity.to(ground.unit).interval
        except UnitMismatch:  # same dimension but no conversion: nothing to compare
            return
    if interval is ground.interval:  # a report of the very same figure: nothing changes
        return
    common = ground.interval.intersection(interval)
    twin = _written_in_article(ground, claim, value)
    if common is not None and twin is not None:  # 7,3 % in the headline, 7,2 % below
        why = _ROUNDED_TWICE if value.comparator is None else _BOUND_TWICE
        yield _disagreement(claim, twin, why)
        return
    if common is not None:
        if _higher_lower_bound(interval, ground.interval):
            ground.lowest = claim
        if _lower_upper_bound(interval, ground.interval):
            ground.highest = claim
        ground.interval = common
        return
    # By Helly's theorem in one dimension, a value that misses the common ground
    # misses the report that sets the end it falls beyond.
    below = interval.hi <= ground.interval.lo
    earlier = ground.lowest if below else ground.highest
    truncated = _truncated(value, interval, earlier, ground)
    if truncated is not None:  # "en 2 h 05" in the headline, 2 h 05 min 48 s below
        if truncated.lo > ground.interval.lo:
            ground.lowest = claim
        if truncated.hi < ground.interval.hi or not below:
            ground.highest = claim
        ground.interval = truncated
        return
    converted = rounded_conversion(claim, earlier)
    if bracketed(converted, claim, earlier):
        return  # "225mph (360km/h)": the desk's way of giving a conversion
    hint = _conversion_hint(converted, claim, earlier) or _change_hint(claim, earlier)
    yield _disagreement(claim, earlier, hint)


def _bound_in_other_unit(ground: _CommonGround, claim: Claim, value: Value) -> Claim | None:
    """An earlier bound of the claim's side, article and another unit, with another figure.

    None when every such bound says the claim's figure (or there is none).

    "Up to 105F (46C)": two upper bounds hold together for any heat index below 46 °C,
    whatever their figures, so they are compared at their figures, as ``==`` of a check
    compares them (:func:`factcheck.explicit.bound_figures`): 105 °F is 40,6 °C. A
    conversion rounded as desks round one, in brackets right after its figure, agrees.
    """
    side = _SIDES[value.comparator or ""]
    found = None
    in_article = ground.bounds.setdefault(claim.location.file, [])
    for earlier in in_article:
        written = earlier.parsed_value
        assert written is not None  # only claims with a value are kept
        if (
            _SIDES.get(written.comparator or "") != side
            or written.quantity.unit is value.quantity.unit
        ):
            continue
        if found is None and not _same_figure_bounds(claim, earlier):
            found = earlier
    in_article.append(claim)
    return found


def _same_figure_bounds(claim: Claim, earlier: Claim) -> bool:
    """Whether two bounds of one side, in two units, can say one figure."""
    figures = bound_figures({claim.id: claim, earlier.id: earlier})(claim.id, earlier.id)
    if figures is None:
        return True  # no finite figure to compare
    first, second = figures
    try:
        if first.to(second.unit).interval.intersection(second.interval) is not None:
            return True
    except (UnitMismatch, ArithmeticError):
        return True
    which = rounded_conversion_of(first, second)
    conversion = None if which is None else (claim, earlier)[which]
    return bracketed(conversion, claim, earlier)


_BOUND_CONVERTED = ": two bounds of one side in two units say one figure, and these do not"


def _truncated(
    value: Value, interval: Interval, earlier: Claim, ground: _CommonGround
) -> Interval | None:
    """The new common ground when one of two times is the other truncated; else None.

    A race time printed without its seconds is truncated, not rounded: "en 2 h 05" is
    2 h 05 min 00 s to 2 h 05 min 59 s, so it agrees with "2 h 05 min 48 s". A duration
    written to a coarser unit than the report it meets agrees with it when that report
    lies from its figure to its figure plus one unit (or within its rounding, as before);
    money and other measures are rounded only. ``interval`` is the claim's value, in the
    fact's unit; ``earlier`` the report that sets the end of the common ground it misses.
    """
    if value.comparator is not None or not _is_time(value.quantity.unit):
        return None
    other = earlier.parsed_value
    if other is None or other.comparator is not None:
        return None
    try:
        theirs = other.quantity.to(ground.unit).interval
    except UnitMismatch:
        return None
    mine_coarser = _step(interval) > _step(theirs)
    coarse = interval if mine_coarser else theirs
    if coarse.nominal is None or _step(coarse) == _step(theirs if mine_coarser else interval):
        return None
    reading = Interval(coarse.lo, coarse.nominal + _step(coarse), hi_open=True)
    if mine_coarser:  # the truncated time comes after the full one
        return ground.interval.intersection(reading)
    # the full time after the truncated one: the truncated one set the end it passes
    if interval.lo < ground.interval.lo:
        return None
    return interval.intersection(Interval(ground.interval.lo, reading.hi, hi_open=True))


def _change_hint(claim: Claim, earlier: Claim) -> str:
    """Say that two temperatures agree as changes: an anomaly converted as a temperature.

    "1.47C (2.65F) above the pre-industrial level" is a difference: 1,47 °C as a
    temperature is 34,6 °F, as a change 2,65 °F. When the two figures agree as changes
    of temperature, the message says to write them so (docs/format.md).
    """
    values = claim.parsed_value, earlier.parsed_value
    if values[0] is None or values[1] is None:
        return ""
    mine, theirs = values[0].quantity, values[1].quantity
    if mine.unit is theirs.unit or not (
        units.has_offset(mine.unit) and units.has_offset(theirs.unit)
    ):
        return ""
    try:
        factor, _ = units.conversion(mine.unit, theirs.unit)
    except units.UnitError:
        return ""
    lo, hi = mine.interval.lo * factor, mine.interval.hi * factor
    if hi < theirs.interval.lo or lo > theirs.interval.hi:
        return ""  # not the same change either
    written = [_as_change(value.text, value.quantity.unit) for value in (values[1], values[0])]
    return (
        f" (a change of temperature converted as a temperature? an anomaly, a warming or a"
        f" gap is a change: write {written[0]} and {written[1]}; see docs/format.md on"
        f" temperature differences)"
    )


def _as_change(text: str, unit: pint.Unit) -> str:
    """The figure of a temperature written as a change: ``1.47C`` as ``1.47 delta_degC``."""
    figure = _FIGURE.match(text.strip())
    name = _DELTA_NAMES.get(str(unit), f"delta_{unit}")
    return f"{figure.group(0) if figure else text} {name}"


_FIGURE = re.compile(r"[~≈<>=≤≥+\-−]*\s*\d[\d\s,.\u202f\u00a0]*?(?=\s*[^\d\s,.])")
_DELTA_NAMES = {"degree_Celsius": "delta_degC", "degree_Fahrenheit": "delta_degF"}


def _step(interval: Interval) -> Decimal:
    """The unit a figure is written to: the width of its rounding."""
    return interval.hi - interval.lo


def _is_time(unit: pint.Unit) -> bool:
    """Whether a unit measures time (a duration, a race time)."""
    known = _TIME_UNITS.get(id(unit))
    if known is None:
        known = _TIME_UNITS[id(unit)] = dict(unit.dimensionality) == {"[time]": 1}
    return known


_TIME_UNITS: dict[int, bool] = {}  # units live as long as the registry: their ids are stable


_NOT_MONEY = ""  # the currency code of a unit that counts no money


def _currency_slips(table: ClaimTable) -> Iterator[Problem]:
    """Reports of one fact with the same figure in two currencies, in report order.

    Amounts in two currencies never convert into each other, so the table numbers them
    as two facts: they are grouped again here, by their fact but for the currency. Most
    properties are reported in one currency per subject, which is looked at first.
    """
    facts, values, claims = table.facts, table.values, table.claims
    codes: dict[int, str] = {}  # by id() of the unit: the claims keep their units alive
    # by property and subject: the positions of the claims of each currency
    by_subject: dict[tuple[str, str], dict[str, list[int]]] = {}
    for position, (fact, value) in enumerate(zip(facts, values, strict=True)):
        if fact is None:  # no value, a field to fill in, or found false
            continue
        assert value is not None  # the table numbers claims with a value only
        unit = value.quantity.unit
        code = codes.get(id(unit))
        if code is None:
            code = codes[id(unit)] = units.currency_code(unit) or _NOT_MONEY
        if code == _NOT_MONEY:
            continue
        claim = claims[position]
        currencies = by_subject.setdefault((claim.property, name_key(claim.subject)), {})
        currencies.setdefault(code, []).append(position)
    for currencies in by_subject.values():
        if len(currencies) < 2:
            continue
        one_fact: dict[Hashable, list[tuple[Claim, str]]] = {}
        for code, positions in currencies.items():
            for position in positions:
                claim = claims[position]
                source = claim.source
                speaker = claim.attributed_to if claim.kind != "fact" else None
                published = source.published if source is not None else None
                dated = (claim.period, claim.when, published)
                qualified = qualifier_key(claim.qualifiers) if claim.qualifiers else ()
                key = fact_key(
                    claim.subject, claim.property, qualified, dated, claim.kind, speaker, 0
                )
                one_fact.setdefault(key, []).append((claim, code))
        for reports in one_fact.values():
            if len({code for _, code in reports}) > 1:
                yield from _same_figure(sorted(reports, key=lambda report: report[0].location))


def _same_figure(reports: list[tuple[Claim, str]]) -> Iterator[Problem]:
    """Each report whose figure an earlier report gives in another currency."""
    # by figure (in the currency's own unit: 12 500 kEUR is 12,5 million EUR): the
    # first report in each currency
    seen: dict[Hashable, dict[str, Claim]] = {}
    for claim, code in reports:
        figure = _figure(claim, code)
        if figure is None:
            continue
        currencies = seen.setdefault(figure, {})
        earlier = next((c for other, c in currencies.items() if other != code), None)
        currencies.setdefault(code, claim)
        if (
            earlier is None
            or bracketed(claim, claim, earlier)
            or bracketed(earlier, claim, earlier)
        ):
            continue  # "CHF 1m (€1m)": a conversion at a rate near 1, given as such
        other_code = next(other for other, c in currencies.items() if c is earlier)
        yield _slip(claim, code, earlier, other_code)


def _slip(claim: Claim, code: str, earlier: Claim, earlier_code: str) -> Problem:
    """The finding on one figure in two currencies, the values as the claims write them."""
    message = (
        f"'{claim.id}' says {claim.value} but '{earlier.id}' ({_where(earlier.location)})"
        f" says {earlier.value} for the same {claim.kind}: {_describe_fact(claim)}: the same"
        f" figure in {earlier_code} and {code}, a currency slip? (a conversion given in"
        " brackets right after its figure passes)"
    )
    if claim.location.file != earlier.location.file:
        message += ' (if one corrects the other, give the wrong one status: "false")'
    return claim_problem(claim, message, earlier)


def _figure(claim: Claim, code: str) -> Hashable | None:
    """The figure a report gives, in its currency's own unit: its nominal, or its bounds."""
    value = claim.parsed_value
    if value is None:
        return None
    try:
        interval = value.quantity.to(units.parse_unit(code)).interval
    except (UnitMismatch, units.UnitError):
        return None
    if interval.nominal is not None:
        return interval.nominal
    return (interval.lo, interval.lo_open, interval.hi, interval.hi_open)


def _higher_lower_bound(new: Interval, old: Interval) -> bool:
    return new.lo > old.lo or (new.lo == old.lo and new.lo_open and not old.lo_open)


def _lower_upper_bound(new: Interval, old: Interval) -> bool:
    return new.hi < old.hi or (new.hi == old.hi and new.hi_open and not old.hi_open)


_ROUNDED_TWICE = ": one article writes its figure two ways at the same precision"


_BOUND_TWICE = ": one article gives its bound two ways at the same precision"

#: The side of a bound, by its comparator: "at least 47" and "more than 46" bound from below.
_SIDES = {">": "lower", ">=": "lower", "<": "upper", "<=": "upper"}


def _written_in_article(ground: _CommonGround, claim: Claim, value: Value) -> Claim | None:
    """An earlier report of the fact in the claim's file, as precise, with other digits.

    An exact figure (``7,3 %``, ``7,2 %``), or a bound on the same side (``>=47``,
    ``>=45``): the figure that ends the interval differs.
    """
    key = written_key(claim, value)
    if key is None:
        key = _bound_key(claim, value)
        if key is None:
            return None
        earlier = ground.written.setdefault(key, claim)
        return earlier if _bound(earlier) != _bound(claim) else None
    earlier = ground.written.setdefault(key, claim)
    written = earlier.parsed_value
    assert written is not None  # only claims with a value are kept
    return earlier if written.quantity.interval.nominal != value.quantity.interval.nominal else None


def _bound_key(claim: Claim, value: Value) -> Hashable | None:
    """Where, on which side and how precisely a bound is written; None for no bound.

    ``>=47`` and ``>45`` have one key (a lower bound in units), ``>1,5 million`` and
    ``>2 millions`` two: a rounder bound, as a rounder figure, still agrees.
    """
    side = _SIDES.get(value.comparator or "")
    if side is None or len(value.figures) != 1:
        return None
    exponent = value.figures[0].as_tuple().exponent
    return (claim.location.file, id(value.quantity.unit), side, exponent, value.scale)


def _bound(claim: Claim) -> Decimal:
    """The figure a bound sets (a count's ``>46`` is ``>=47``: one bound)."""
    value = claim.parsed_value
    assert value is not None and value.comparator is not None  # only bounds are keyed so
    interval = value.quantity.interval
    return interval.lo if _SIDES[value.comparator] == "lower" else interval.hi


def _disagreement(claim: Claim, earlier: Claim, why: str = "") -> Problem:
    message = (
        f"'{claim.id}' says {_says(claim)} but '{earlier.id}' ({_where(earlier.location)}) "
        f"says {_says(earlier)} for the same {claim.kind}: {_describe_fact(claim)}{why}"
        f"{_times_dropped(claim, earlier)}"
    )
    if _under_check(claim):  # the minister's "7 %" beside Insee's 7,6 %
        return claim_problem(claim, message + _verdict_hint(claim), earlier)
    apart = why not in _IN_ONE_ARTICLE and claim.location.file != earlier.location.file
    correction = 'if one corrects the other, give the wrong one status: "false"'
    if claim.kind in SAID_ON_A_DAY and why != _BOUND_CONVERTED:  # revised at the next event
        message += (
            f" (if the later one revises it, give each its own qualifier or date, as"
            f' qualifiers: {{made: "…"}} with the day each {claim.kind} was made'
            f"{'; ' + correction if apart else ''})"
        )
    elif apart:
        message += f" ({correction})"
    return claim_problem(claim, message, earlier)


_IN_ONE_ARTICLE = frozenset({_ROUNDED_TWICE, _BOUND_TWICE, _BOUND_CONVERTED})


def _verdict_hint(claim: Claim) -> str:
    """Say how to take a statement under check out of the comparison: rate it.

    The speaker is named as ``attributed_to`` names them, without the title after a
    comma ("Paul Durand, ministre du Travail").
    """
    speaker = str(claim.attributed_to).split(",", 1)[0].strip()
    return (
        f"; if '{claim.id}' (attributed to {speaker}) is a statement under check, record its"
        f" verdict: factcheck review {claim.id} --verdict misleading (or false) --by NAME"
    )


def _times_dropped(claim: Claim, earlier: Claim) -> str:
    """Say that a `when` is read to the day, when the two are of two moments of it.

    A live blog's tolls of one day (``à 14 h 32``, ``à 18 h 05``) are one fact, and so
    are a hurricane's winds ``early Wednesday`` (at landfall) and ``Wednesday night``:
    the message says how to tell them apart, unless they already are by an ``as_of``
    (the two then say they give one figure). A time of day or a part of the day in a
    ``when``, or, for two figures far apart, a moment a quote writes ("at landfall",
    "by Wednesday night", "dans la nuit").
    """
    if claim.qualifiers and "as_of" in claim.qualifiers:
        return ""
    whens = (claim.when, earlier.when)
    if claim.when != earlier.when:
        for when in whens:
            time = time_of_day(when, claim.language) if when else None
            if time is not None:
                hour, minute = time
                written = (
                    f"{hour} h {minute:02d}"
                    if claim.language.startswith("fr")
                    else f"{hour}:{minute:02d}"
                )
                return _tell_apart(whens, "the time of day dropped", f'{{as_of: "{written}"}}')
        if any(when and _DAY_PART.search(when) for when in whens):  # "Wednesday night"
            each = " and ".join(f'{{as_of: "{when}"}}' for when in whens if when)
            return _tell_apart(whens, "the part of the day dropped", each, each=True)
    clock = _clock_moment(claim, earlier)
    if clock is not None:  # "A 17 heures, la participation atteignait 32,6 %"
        return _moment_hint(*clock)
    if not _far_apart(claim, earlier):
        return ""  # 7,3 % and 7,2 %: a slip, not two moments of a day
    for report in (claim, earlier):
        moment = _MOMENT.search(report.quote) if report.quote else None
        if moment is not None:
            return _moment_hint(report, moment)
    return ""


def _moment_hint(report: Claim, moment: re.Match[str]) -> str:
    """Say that a report's quote gives a moment of the day, and the qualifier to write."""
    written = moment.group("moment")
    return (
        f"; a when is read to the day, and the quote of '{report.id}' gives a moment"
        f" of it ({moment.group(0).strip()}): if the two figures are of two moments,"
        f' give each a qualifier, as qualifiers: {{as_of: "{written}"}}'
    )


def _clock_moment(claim: Claim, earlier: Claim) -> tuple[Claim, re.Match[str]] | None:
    """The report whose quote alone gives a clock time ("à 17 heures", "at 5pm"), and it.

    A clock time says the figure is of a moment, however close the two figures are (a
    turnout of 39,4 % at 17 h and 47,5 % at the close): no 1,25 times apart is asked.
    Two quotes of one clock time are one moment, and give no hint.
    """
    times = [_CLOCK.search(r.quote) if r.quote else None for r in (claim, earlier)]
    found = [(r, m) for r, m in zip((claim, earlier), times, strict=True) if m is not None]
    if not found:
        return None
    if len(found) == 2 and _clock_key(found[0][1]) == _clock_key(found[1][1]):
        return None
    return found[0]


def _clock_key(moment: re.Match[str]) -> str:
    """A clock time without its spaces and case: "17 h" and "17h" are one moment."""
    return re.sub(r"[\s.]+", "", moment.group("moment").casefold())


def _tell_apart(
    whens: tuple[str | None, str | None], dropped: str, qualifiers: str, *, each: bool = False
) -> str:
    """How to tell apart two figures of a day whose whens write two moments of it."""
    shown = " and ".join(f"'{when}'" if when else "none (the publication day)" for when in whens)
    how = "give each a qualifier" if each else "tell the figures apart with a qualifier"
    said = f"; their whens ({shown}) are read to the day, {dropped}"
    return f"{said}: {how}, as qualifiers: {qualifiers}"


_DAYS_OF_WEEK = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
#: A part of the day a `when` writes, which ``parse_date`` reads as the whole day:
#: "early Wednesday", "Wednesday night", "late Tuesday", "overnight", "mardi soir",
#: "dans la nuit", "au petit matin", "en fin de journée".
_DAY_PART = re.compile(
    r"(?<![^\W\d_])(?:early|late|morning|afternoon|evening|night|overnight|midday|noon"
    r"|dawn|dusk|matin|matinée|après-midi|soir|soirée|nuit|aube|midi|mi-journée"
    r"|(?:fin|début)[ \u00a0]+de[ \u00a0]+journée)(?![^\W\d_])",
    re.IGNORECASE,
)
#: A moment of a day a quote writes for its figure: "at landfall", "by Wednesday night",
#: "early Wednesday", "à l'atterrissage", "dans la nuit de mardi", "mardi soir".
_MOMENT = re.compile(
    r"(?<![^\W\d_])(?:(?:at|by|on|before|after|à|avant|après|dès|lors[ \u00a0]+de)[ \u00a0]+)?"
    r"(?P<moment>(?:landfall|l['’]atterrissage"
    rf"|(?:early|late)[ \u00a0]+(?:{_DAYS_OF_WEEK})|(?:{_DAYS_OF_WEEK})[ \u00a0]+(?:morning"
    r"|afternoon|evening|night|matin|après-midi|soir|soirée)|(?:this|tomorrow)[ \u00a0]+"
    r"(?:morning|afternoon|evening)|tonight|overnight|(?:ce|demain)[ \u00a0]+(?:matin|soir)"
    r"|dans[ \u00a0]+la[ \u00a0]+(?:nuit|soirée|matinée)|au[ \u00a0]+petit[ \u00a0]+matin"
    r"|en[ \u00a0]+(?:fin|début)[ \u00a0]+de[ \u00a0]+journée))(?![^\W\d_])",
    re.IGNORECASE,
)
#: A clock time a quote writes for its figure: "A 17 heures", "à 12 h", "à 17h30",
#: "à midi", "at 5pm", "at 5.30 p.m.", "by 8pm", "at noon", "at 17:00". A preposition is
#: asked for, and an hour of the day: "35 heures" is a working week, not a time; "at
#: 8.50" without a.m. or p.m. is a price.
_CLOCK = re.compile(
    r"(?<![^\W\d_])(?:à|(?-i:A)|dès|avant|après|vers|jusqu['’]à|at|by|before|after|around"
    r"|until)[ \u00a0]+(?P<moment>(?:[01]?\d|2[0-3])"
    r"(?:[ \u00a0]*(?:h|heures?)(?:[ \u00a0]*[0-5]\d)?|:[0-5]\d"
    r"|(?:[:.][0-5]\d)?[ \u00a0]*[ap]\.?m\.?)"
    r"|midi|minuit|noon|midnight)(?![^\W\d_])",
    re.IGNORECASE,
)
#: Two figures of one day this far apart (the larger at least this times the smaller)
#: are more likely two moments of the day than a slip: 210 km/h at landfall, 65 mph
#: (105 km/h) by the night.
_FAR_APART = Decimal("1.25")


def _far_apart(claim: Claim, earlier: Claim) -> bool:
    """Tell whether two reports' figures are far apart: the larger 1,25 times the smaller."""
    value, other = claim.parsed_value, earlier.parsed_value
    if value is None or other is None:
        return False
    try:
        first = value.quantity.interval
        second = other.quantity.to(value.quantity.unit).interval
    except (UnitMismatch, ArithmeticError):
        return False
    low, high = (first, second) if first.hi <= second.lo else (second, first)
    if low.hi <= 0:
        return False
    return high.lo >= low.hi * _FAR_APART


def _says(claim: Claim) -> str:
    """The value as the claim wrote it (``~340 person``), with the interval it stands for."""
    value = claim.parsed_value
    if value is None:
        return str(claim.value)
    shown = format_quantity(value.quantity, claim.language)
    return f"~{shown}" if value.comparator == "~" else shown


def _where(location: Location) -> str:
    return f"{location.file}:{location.line}" if location.line else location.file


def _describe_fact(claim: Claim) -> str:
    """Name the fact for an editor: ``Cloudwatt share_held [holder: Orange] (mars 2015)``."""
    text = f"{claim.subject} {claim.property}"
    if claim.qualifiers:
        text += " [" + ", ".join(f"{k}: {v}" for k, v in sorted(claim.qualifiers.items())) + "]"
    if claim.period is not None:
        text += f" ({claim.period.describe(claim.language)})"
    elif claim.when is not None:
        text += f" ({claim.when})"
    return text


def rounded_conversion(claim: Claim, other: Claim) -> Claim | None:
    """Which of two reports in different units is the other's conversion, rounded, or None.

    As :func:`~factcheck.expressions.rounded_conversion_of` reads two figures (360 km/h
    for 225 mph, 362,1 km/h), for two claims whose values are no bounds.
    """
    values = claim.parsed_value, other.parsed_value
    if values[0] is None or values[1] is None or values[0].comparator or values[1].comparator:
        return None
    which = rounded_conversion_of(values[0].quantity, values[1].quantity)
    return None if which is None else (claim, other)[which]


def bracketed(conversion: Claim | None, claim: Claim, other: Claim) -> bool:
    """Whether a quote writes the conversion in brackets right after its figure.

    ``225mph (360km/h)``: the converted figure follows the other's, a few characters of
    unit apart, in brackets. False when no report is the other's conversion (None, from
    :func:`rounded_conversion`).
    """
    if conversion is None:
        return False
    original = other if conversion is claim else claim
    converted_value, original_value = conversion.parsed_value, original.parsed_value
    if converted_value is None or original_value is None:
        return False
    pattern = re.compile(
        r"(?<![\d.,])(?:"
        + "|".join(map(re.escape, original_value.numbers))
        + r")[^\d()]{0,16}\(\s*[~≈c.]*\s*\D{0,3}?(?:"
        + "|".join(map(re.escape, converted_value.numbers))
        + r")(?![\d])"
    )
    return any(q is not None and pattern.search(q) for q in (claim.quote, other.quote))


def _conversion_hint(converted: Claim | None, claim: Claim, other: Claim) -> str:
    """Say that one report looks like the other's conversion, rounded, and what to write."""
    if converted is None:
        return ""
    value = converted.parsed_value
    original = other if converted is claim else claim
    if value is None:
        return ""
    return (
        f" ({value.text} looks like {original.id} converted and rounded: write ~{value.text},"
        f" or give the conversion in brackets right after its figure in the quote)"
    )
