"""A change the quote calls a fall has a negative value; one it calls a rise, a positive one.

"Net income fell 3%" encoded as ``3 %`` reads as a rise to every check: a growth check
``(ni - ni_prev) / ni_prev == ni_chg`` then holds for a net income that rose from 400 to
412 million, and the article's "fell" publishes unchecked. A value in percent or in
points (``%``, ``pp``, ``bp``) whose figure the quote says fell ("fell 3%", "down 0.2
points", "a 2.1pc fall", "en baisse de 3,2 %", "a reculé de 0,2 point", "-0,2 %", "54%
below 1990 levels") should be negative, and one it says rose ("rose 4%", "en hausse de
4 %", "+3 %", "0.4 percentage points above forecast") positive; so should a difference of
temperatures (a value in °C or °F) the quote says fell or rose ("0.12C cooler than 2023",
"0,5 °C plus chaud", "s'est réchauffée de 1,7 °C"). For a value in percentage points,
in points of a score or an index (``-21 points``), or bare (``-98,7``), "N point(s)" of
the quote is that figure, whatever its sentence names ("la participation recule de 28,9
points", "Benali recule de 2 points", "une chute de 21 points" of a PISA score, "le CAC
40 a perdu 98,7 points"). A gap with another subject ("5,7 points de moins que Rennes",
"3 points below the national average") is not read: its sign is the editor's
convention; a comparison with the same subject at another time ("3 points de moins
qu'en 2024") is a change, and read. How the quote's direction is read, in French and
English, is :mod:`factcheck.quote_directions`: a word of rising or falling right before
the figure, in any tense of a market report ("l'action cédait 4,7 %", "perdant 101,17
points", "shares edged lower 0.2%"), with at most one linking word ("by", "of", "de",
after an adverb: "recule donc de", "fell further by"), or right after it ("3% lower",
"54% below 1990 levels", "18 % sous leur moyenne", "12 % inférieurs à leur pic", "26 %
de chantiers de moins qu'en 2017", "12 % plus bas", "26 % en deçà de": above or below a
baseline; a possessive or a demonstrative, "below that annual pace", names the subject's
own), or a sign; "fell to 3%", "down from 7,5 %" and "remained below 2%" are levels and
give none.

A value is a change the way its quote says only when the quote says it is a change. A
French verb of motion gives its size with "de" ("les ventes décrochent de 12 %"); a
figure right after it without one may be the level it obtains or reaches ("les
meilleurs profils décrochent 2,9 %", "décrochent encore moins de 3 %"), and is read
only for a value that is a change: in points, or of a property named one (its name
holds change, growth, variation, évolution, croissance, delta, swing, yoy, qoq, mom or
vs). Verbs that take the amount as their object ("le CAC 40 a cédé 1,2 %", "perd 2 %",
"regagne 0,1 point") say a change, as English verbs do ("fell 3%"). The sign of a value
is the sign of what it allows: a bound that reaches zero (``<3 %``, 0 to 3 %) has none
to contradict, and a bound turned round turns its comparator ("fell by more than 3%" is
``<-3 %``).

A quote that moves a figure from one level to another with a word of change must move
it that way: "unemployment rose to 4.0% from 4.1%", "4.0%, up from 4.1%" (and "71.1% of
patients were seen within four hours in January, up from 73.4%"), "net income fell
to $412 million from $400 million" and "le chômage a reculé à 7,5 %, contre 7,3 %" each
say one thing with the word and the other with the figures; so does "up from 73.4% in
January, a fall of 2.3 percentage points" (from 73.4 to 71.1, a fall). Any claim whose
value is one of the two levels, or the change between them, reports it, once per file
and quote.

A property named after the direction takes the size of the change (``job_losses: 3 %``
for "lost 3%", ``rate_cut: 0,25 pp`` for "a cut of 0,25 point"), and is not read: its
name holds one of the words loss, cut, fall, drop, decline, decrease, reduction, rise,
increase, gain, hike, discount, premium, shortfall, below, above, warming, cooling,
baisse, recul, perte, diminution, repli, chute, hausse, augmentation, décote, surcote,
réchauffement, refroidissement. Growth, change, variation and évolution name no
direction. Nor is a property still to be named (a draft's ``?``) read: naming it is how
the editor says which the value is, the signed change or its size.

A count (a bare value, or of persons), a duration, an amount of money or another
measure is read only for a property named a change (as above, or a revision, a net
figure or a balance: ``payrolls_change``, ``nonfarm_payrolls_revision``, ``net_jobs``,
``solde``, ``sentence_change``): "l'emploi a reculé de 12 300 postes", "September's
gain was cut by 22,000", "manufacturing shed 8,000 jobs", "cut his minimum term by two
years", "the fine was reduced by £500", "sa peine a été allégée de six mois" each want
a negative value, "alourdie de trois ans" a positive one. Otherwise proportions in
words ("fell by a third"), counts, amounts and other measures ("cut 2,000 jobs" of
``jobs``, "jailed for two years" of ``sentence``, "20cm higher") are not read: their
figure is as often the size of the change as a signed change. An error: a change whose sign
contradicts its quote is a wrong value or a wrong word in the copy ("rose" for a fall),
and checks read the sign; an editor settles which (a value that is right as it is takes
an ``ignore: {sign-matches-quote: reason}``).

**Options:** none.

**Passes**

```yaml
source:
  language: en
claims:
  - {id: chg, subject: Acme, property: net_income_change, value: "-3 %",
     quote: "Net income fell 3% to $412 million"}
```

```yaml
claims:
  - {id: t3, subject: France, property: unemployment_rate_change, value: "-0,2 pp",
     quote: "le taux de chômage a reculé de 0,2 point, à 7,3 %"}
  - {id: cut, subject: BCE, property: rate_cut, value: "0,25 pp",
     quote: "une baisse de 0,25 point"}
```

```yaml
claims:
  - {id: taux, subject: crédit immobilier, property: best_rate, value: "<3 %",
     quote: "les meilleurs profils décrochent encore moins de 3 %"}
  - {id: loyers, subject: Paris, property: rent_change, value: "1,2 %",
     quote: "les loyers s'envolent de 1,2 %"}
  - {id: ecart, subject: bac, property: pass_rate_gap_rennes_creteil, value: "5,7 pp",
     quote: "Créteil plafonne à 88,1 %, soit 5,7 points de moins que Rennes"}
```

```yaml
source:
  language: en
claims:
  - {id: vs1990, subject: UK, property: emissions_change, value: "-54 %",
     quote: "Emissions were 54% below 1990 levels"}
  - {id: anomaly, subject: world, property: temperature_anomaly, value: "1.60 delta_degC",
     quote: "1.60C above the 1850-1900 average"}
  - {id: cpi, subject: UK, property: inflation, value: "1.9 %",
     quote: "inflation remained below 2%, at 1.9%"}
  - {id: jobs, subject: US, property: job_losses, value: "8,000",
     quote: "manufacturing shed 8,000 jobs"}
```

**Fails**

```yaml
source:
  language: en
claims:
  - {id: chg, subject: Acme, property: net_income_change, value: "3 %",
     quote: "Net income fell 3% to $412 million"}
    # error: the quote of 'chg' says "fell 3%", a fall, but its value 3 % is a rise:
    #   write -3 % (or, if the value is the size of the fall, name the property after
    #   it: net_income_fall)
```

```yaml
source:
  language: en
claims:
  - {id: jobless, subject: US, property: unemployment_rate, value: "4.0 %",
     when: December 2024, quote: "unemployment rose to 4.0% from 4.1%"}
    # error: the quote of 'jobless' says "rose to 4.0% from 4.1%", a rise, but from 4.1
    #   to 4.0 it fell: is the word or a figure wrong?
```

```yaml
claims:
  - {id: ventes, subject: Acme, property: sales_change, value: "-4 %",
     quote: "les ventes sont en hausse de 4 %"}
    # error: the quote of 'ventes' says "hausse de 4 %", a rise, but its value -4 %
    #   is a fall: write 4 %
  - {id: prix, subject: Paris, property: price_change, value: ">3 %",
     quote: "les prix ont chuté de plus de 3 %"}
    # error: the quote of 'prix' says "chuté de plus de 3 %", a fall, but its value
    #   >3 % is a rise: write <-3 % (or, if the value is the size of the fall, name the
    #   property after it: price_fall)
```

```yaml
source:
  language: en
claims:
  - {id: vs1990, subject: UK, property: emissions_change, value: "54 %",
     quote: "Emissions were 54% below 1990 levels"}
    # error: the quote of 'vs1990' says "54% below", a fall, but its value 54 % is a
    #   rise: write -54 % (or, if the value is the size of the fall, name the property
    #   after it: emissions_fall)
  - {id: cooler, subject: world, property: temperature_anomaly_change, value: "0.12 °C",
     quote: "That was 0.12C cooler than 2023"}
    # error: the quote of 'cooler' says "0.12C cooler", a fall, but its value 0.12 °C
    #   is a rise: write -0.12 °C (or, if the value is the size of the fall, name the
    #   property after it: temperature_anomaly_fall)
```

```yaml
claims:
  - {id: emploi, subject: France, property: private_payroll_employment_change,
     value: "12 300", quote: "l'emploi salarié privé a reculé de 12 300 postes"}
    # error: the quote of 'emploi' says "reculé de 12 300 postes", a fall, but its value
    #   12 300 is a rise: write -12 300 (or, if the value is the size of the fall, name
    #   the property after it: private_payroll_employment_fall)
```

```yaml
claims:
  - {id: pisa, subject: France, property: pisa_score_change, value: "-21",
     quote: "soit une progression de 21 points par rapport à 2018"}
    # error: the quote of 'pisa' says "progression de 21 points", a rise, but its value
    #   -21 is a fall: write 21
```

```yaml
claims:
  - {id: participation, subject: 2e circonscription, property: turnout_change,
     value: "28,9 pp", quote: "la participation recule donc de 28,9 points"}
    # error: the quote of 'participation' says "recule donc de 28,9 points", a fall, but
    #   its value 28,9 pp is a rise: write -28,9 pp (or, if the value is the size of the
    #   fall, name the property after it: turnout_fall)
```

```yaml
source:
  language: en
claims:
  - {id: ae_change, subject: Harbridge, property: ae_performance_change, value: "-2.3 pp",
     quote: "That was up from 73.4% in January, a fall of 2.3 percentage points"}
    # error: the quote of 'ae_change' says "up from 73.4% in January, a fall of 2.3
    #   percentage points", a rise, but from 73.4 to 71.1 it fell: is the word or a
    #   figure wrong?
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

import pint

from factcheck import units
from factcheck.findings import Problem, Severity
from factcheck.model import Claim as ClaimRecord
from factcheck.model import is_blank
from factcheck.quote_directions import (
    Direction,
    Move,
    count_directions,
    directions,
    measure_directions,
    moves,
    names_change,
    names_direction,
)
from factcheck.rules.base import Context, Option, claim_problem, claim_table
from factcheck.values import Value, format_decimal

ID = "sign-matches-quote"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}

_TEMPERATURE = units.parse_unit("°C").dimensionality
_PERSON = units.parse_unit("person")
_NONE: frozenset[str] = frozenset()


def check(context: Context) -> Iterator[Problem]:
    """Report every change whose sign is not the way its quote says it went."""
    table = claim_table(context)
    claims, quotes, languages = table.claims, table.quotes, table.languages
    # Each distinct value read once (an archive writes the same few figures again and again):
    # its sign (0: not a change in % or points, or of both signs), figures, and unit.
    readings: dict[int, _Reading] = {}
    reported: set[tuple[str, str]] = set()  # (file, words) of the moves reported
    # A count is read only as a change's ("a reculé de 12 300 postes" of jobs_change): the
    # properties that name one, tested once each, not the quotes of every count.
    changes = {
        position
        for name, positions in table.by_property.items()
        if names_change(name)
        for position in positions
    }
    for position, value in enumerate(table.values):
        if value is None:
            continue
        reading = readings.get(id(value))
        if reading is None:
            reading = readings[id(value)] = _reading(value)
        quote = quotes[position]
        # The quote first: most say no direction, and then the claim itself, scattered in
        # memory on a large archive, is not read at all.
        if (
            reading.sign
            and (reading.kind not in _CHANGES_ONLY or position in changes)
            and (said_all := _directions(reading, quote, languages[position]))
        ):
            prop = claims[position].property
            if not names_direction(prop) and not is_blank(prop):
                said = _said(reading, said_all, prop)
                if said is not None and said.sign != reading.sign:
                    yield _problem(claims[position], value, said)
                    continue
        if "from" not in quote and "contre" not in quote and "rapport" not in quote:  # no move
            continue
        claim = claims[position]
        for move in moves(quote, languages[position]):
            key = (claim.location.file, move.words)
            if move.contradicted and key not in reported and _of_move(reading, move):
                reported.add(key)
                yield _move_problem(claim, move)


def _directions(reading: _Reading, quote: str, language: str) -> tuple[Direction, ...]:
    """The directions of the quote a value of the reading's kind may be the figure of."""
    said = directions(quote, language)
    if reading.kind in _COUNTS:  # "a reculé de 12 300 postes": for a change's count only
        said += count_directions(quote, language)
    elif reading.kind == "measure":  # "cut his term by two years": for a change's only
        said += measure_directions(quote, language)
    return said


#: The kinds of a value that may be a count: bare, or of persons (jobs, workers).
_COUNTS = frozenset({"bare", "count"})
#: The kinds of a value read only for a property named a change: counts, and durations,
#: money and other measures ("reduced by 18 months", "cut by £500").
_CHANGES_ONLY = _COUNTS | {"measure"}


class _Reading(NamedTuple):
    sign: int  # 1 every value it allows positive, -1 every one negative, 0 neither or no change
    figures: frozenset[Decimal]  # without their sign
    #: "%", "pp", "bp", "points" (of a score), "temperature", "bare", "count", or
    #: "measure" (a duration, money, a length...)
    kind: str
    dimension: str = ""  # of a measure: "[time]", "[currency_GBP]"


def _reading(value: Value) -> _Reading:
    unit = value.quantity.unit
    figures = value.figures
    written = frozenset(abs(figure) for figure in figures)
    kind = _kind(unit)
    dimension = _dimension_of(unit) if kind == "measure" else ""
    # the sign of what the value allows, not of its figure: "<3 %" is 0 to 3 %, which
    # says nothing of a fall (a rate below 3 %, or a change of at most 3 %)
    interval = value.quantity.interval
    sign = 0
    if interval.lo > 0 or (interval.lo == 0 and interval.lo_open):
        sign = 1
    elif interval.hi < 0 or (interval.hi == 0 and interval.hi_open):
        sign = -1
    return _Reading(sign, written, kind, dimension)


@lru_cache(maxsize=256)
def _kind(unit: pint.Unit) -> str:
    """The kind of change a value's unit makes whose sign is read, or "".

    Percent and its points as ``figure-in-quote`` names them (``units.percent_symbol``);
    the rest its own: a change is read in points of a score, in degrees or bare, where
    ``figure-in-quote`` tells money and measures apart. Any other unit is a measure
    (``year``, ``GBP``, ``km``), read only for a property named a change.
    """
    symbol = units.percent_symbol(unit)
    if symbol is not None:
        return symbol
    if units.is_score_points(unit):
        return "points"
    if unit.dimensionality == _TEMPERATURE:
        return "temperature"
    if unit == units.dimensionless():
        return "bare"  # read against the quote's "N points" (an index's), or a change's count
    if unit == _PERSON:
        return "count"  # "12 300 person" of "a reculé de 12 300 postes": a change's only
    return "measure"


@lru_cache(maxsize=256)
def _dimension_of(unit: pint.Unit) -> str:
    return str(unit.dimensionality)


@lru_cache(maxsize=256)
def _dimension(unit: str) -> str:
    """The dimension of a unit a quote's figure is in ("year", "GBP"), or "" if unknown."""
    try:
        return _dimension_of(units.parse_unit(unit))
    except (ValueError, pint.PintError):
        return ""


def _pairs(reading: _Reading, unit: str) -> bool:
    """Whether a figure of the quote in the unit may be the figure of the value read."""
    if reading.kind == "measure":  # "18 months" of 18 month, "£500" of £500
        return unit not in _PAIRS and _dimension(unit) == reading.dimension != ""
    return reading.kind in _PAIRS.get(unit, _NONE)


#: What each unit of a quote's direction may be the figure of (a value's kind): "N
#: points" in a quote is the figure of a value in pp, in points of a score or an index,
#: or bare ("le CAC 40 a perdu 98,7 points" is -98,7).
_PAIRS = {
    "%": frozenset({"%"}),
    "pp": frozenset({"pp", "bp", "points", "bare"}),
    "bp": frozenset({"pp", "bp"}),
    "": frozenset({"pp", "bp", "points", "bare"}),  # points of an index
    "pt": frozenset({"pp", "points", "bare"}),  # "recule de 28,9 points", "perdu 21 points"
    "°C": frozenset({"temperature"}),
    "°F": frozenset({"temperature"}),
    "K": frozenset({"temperature"}),
    "count": _COUNTS,  # "a reculé de 12 300 postes", "shed 8,000 jobs"
}


def _of_move(reading: _Reading, move: Move) -> bool:
    """Whether the value is one of the move's two levels, or the change between them."""
    figures = reading.figures
    return move.before in figures or move.after in figures or move.by in figures


def _move_problem(claim: ClaimRecord, move: Move) -> Problem:
    way, went = ("a fall", "rose") if move.sign < 0 else ("a rise", "fell")
    before, after = (format_decimal(x, claim.language) for x in (move.before, move.after))
    return claim_problem(
        claim,
        f"the quote of '{claim.id}' says \"{move.words}\", {way}, but from {before} to"
        f" {after} it {went}: is the word or a figure wrong?",
    )


def _said(reading: _Reading, said: tuple[Direction, ...], prop: str) -> Direction | None:
    """The direction the quote gives the value's figure, if all its readings agree.

    A figure right after a French verb without "de" ("décrochent 2,9 %") may be a level
    the verb obtains: it is read as a change only of a value that is one, in points or of
    a property named a change.
    """
    if not said:
        return None
    figures = reading.figures
    found = [
        direction
        for direction in said
        if _pairs(reading, direction.unit)
        and (direction.figure in figures or direction.upper in figures)
        and (not direction.may_be_level or reading.kind in ("pp", "bp") or names_change(prop))
        and (direction.unit != "count" or names_change(prop))  # a count: of a change only
        and not direction.between_subjects  # "5,7 points de moins que Rennes": a gap
    ]
    if not found or len({direction.sign for direction in found}) != 1:
        return None
    return found[0]


def _problem(claim: ClaimRecord, value: Value, said: Direction) -> Problem:
    way, other = ("a fall", "a rise") if said.sign < 0 else ("a rise", "a fall")
    advice = f"write {_flipped(value)}"
    if said.sign < 0 and said.words[0] not in "-−–":  # "fell 3%", not "-3 %"
        named = re.sub(r"_?(?:change|growth|variation|revision|delta)$", "", claim.property)
        named = named or "value"
        advice += (
            f" (or, if the value is the size of the fall, name the property after it: {named}_fall)"
        )
    return claim_problem(
        claim,
        f"the quote of '{claim.id}' says \"{said.words}\", {way}, but its value"
        f" {value.text} is {other}: {advice}",
    )


def _flipped(value: Value) -> str:
    """The value as written with the other sign: ``-3 %`` for ``3 %``, ``~4 %`` for ``~-4 %``.

    A bound turns round with its sign: "fell by more than 3 %" is ``<-3 %``, not ``>-3 %``.
    """
    text = value.text
    comparator = value.comparator if value.comparator not in (None, "to") else ""
    rest = text[len(comparator) :].lstrip() if text.startswith(comparator) else text
    if len(value.numbers) != 1:
        return "the value with the other sign"
    number = value.numbers[0]
    if not rest.startswith(number):  # "£500", "-£500": the sign stands before the currency
        sign = rest[0] if rest[:1] in ("+", "-", "−") else ""
        body = rest[len(sign) :]
        digits = number.lstrip("+-−")
        prefix = body[: body.find(digits)] if digits in body else "0"
        if not prefix or any(character.isdigit() for character in prefix):
            return "the value with the other sign"
        flipped_sign = "" if sign in ("-", "−") else "-"
        return _MIRRORED.get(comparator, comparator) + flipped_sign + body
    if number[0] in "+-−":
        flipped = number[1:] if number[0] != "+" else "-" + number[1:]
    else:
        flipped = "-" + number
    return _MIRRORED.get(comparator, comparator) + flipped + rest[len(number) :]


_MIRRORED = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}
