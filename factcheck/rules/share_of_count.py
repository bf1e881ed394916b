"""A percentage of a stated count is achievable with whole units (GRIM) and fits its part.

"42 % of the 19 mayors asked" must be some whole number of mayors out of 19:
8/19 is 42,1 %, which rounds to 42 %, so it passes; 43 % is impossible (8/19 is
42,1 % and 9/19 is 47,4 %), so a figure was mistyped or the count is not the one
the percentage was taken over. This is the GRIM test of research integrity
checks.

The rule looks at percentage claims that are ``of:`` a claim whose value is a
count: a pure number or persons. The percentage is an interval from its written
digits (``42,1 %`` is 42,05 to 42,15 %); the count may be one too (``~19``,
``300 to 500 person``), and the percentage passes when some whole count n in the
count's interval and some whole k from 0 to n give 100·k/n inside the
percentage's interval. A count whose interval holds more than ``max_counts``
whole numbers makes the test uninformative (almost every percentage is then
achievable): it passes. A percentage outside 0 to 100 % is left to
``part-exceeds-whole``.

A poll's weighted percentage is not a share of its unweighted base (pollsters publish
"50 % of the 31 Green voters" with weights applied): leave ``of:`` out of such claims,
or the test reports weightings as impossible figures.

A count and a percentage of one part of the same whole must agree as well: "19 de ses
27 films, soit 70 %" is a count ``19`` and a percentage ``70 %``, both ``of:`` the claim
of the 27 films. They are paired when they are ``of`` the same claim, with the same
subject, qualifiers and ``when``, and the same property once the percentage's share
words are left out (``share_of_films_produced`` and ``films_produced``, ``vote_share``
and ``votes``: share, part, percent, proportion, of, de... and a plural's s aside);
their quotes may differ. The percentage, an interval from its written digits (``74 %``
is 73,5 to 74,5 %), must then meet count / whole, taken over the whole numbers both
allow (``19`` of ``27``: 70,37 %; ``140`` of ``~300``: 140/330 to 140/270). Not
compared: a percentage this rule already finds impossible (it is reported once), a
count that may exceed its whole (``part-exceeds-whole``'s), a count or whole with no
upper end (``>58,000``).

**Options:** ``max_counts`` (default ``1000``, from 1 to 10000): the most whole counts
a count's interval may hold for the test to run.

**Passes**

```yaml
claims:
  - {id: mayors_asked, subject: survey, property: respondents, value: "19",
     quote: "19 maires ont répondu"}
  - {id: mayors_for, subject: survey, property: in_favour, value: "42 %", of: mayors_asked,
     quote: "42 % d'entre eux sont favorables"}
  # a count and its percentage of one whole: 4 212 / 6 816 = 61,796 %, written 61,8 %
  - {id: valid_votes, subject: Saint-Aubin, property: valid_votes, value: "6 816",
     quote: "sur 6 816 suffrages exprimés"}
  - {id: fontanel_votes, subject: Marcel Fontanel, property: votes, value: "4 212",
     of: valid_votes, quote: "avec 4 212 voix"}
  - {id: fontanel_share, subject: Marcel Fontanel, property: vote_share, value: "61,8 %",
     of: valid_votes, quote: "soit 61,8 %"}
```

**Fails**

```yaml
claims:
  - {id: mayors_asked, subject: survey, property: respondents, value: "19",
     quote: "19 maires ont répondu"}
  - {id: mayors_for, subject: survey, property: in_favour, value: "43 %", of: mayors_asked,
     quote: "43 % d'entre eux sont favorables"}
    # error: 43 % (42,5 à 43,5 %) of 19 (mayors_asked) is impossible with whole units:
    #   8/19 = 42,1 %, 9/19 = 47,4 %
```

```yaml
claims:  # "19 de ses 27 films, soit 74 %": 74 % of 27 is possible (20/27), but not 19 of them
  - {id: films_total, subject: Jean-Marc Delorme, property: films, value: "27",
     quote: "ses 27 films"}
  - {id: films_produced, subject: Les Films du Rhône, property: films_produced, value: "19",
     of: films_total, quote: "qui a produit 19 de ses 27 films"}
  - {id: films_produced_share, subject: Les Films du Rhône, of: films_total,
     property: share_of_films_produced, value: "74 %", quote: "19 de ses 27 films, soit 74 %"}
    # error: 74 % (73,5 à 74,5 %) of 27 (films_total) is not 19 of them (films_produced):
    #   19/27 = 70,4 %
```
"""

from __future__ import annotations

import decimal
import functools
import math
import re
from collections.abc import Hashable, Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from factcheck import units
from factcheck.findings import Problem, Severity
from factcheck.model import Claim, name_key
from factcheck.rules.base import Context, Option, claim_problem, claim_table
from factcheck.shares import qualifier_key, when_text_key
from factcheck.values import Interval, Quantity, format_decimal, format_interval, format_quantity

if TYPE_CHECKING:
    import pint

    from factcheck.values import Value

ID = "share-of-count"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {
    # each count is tried: at 10,000 an impossible percentage takes 0.2 s to judge,
    # at 100,000 1.4 s (measured)
    "max_counts": Option(
        1000,
        "most whole counts a count's interval may hold for the test to run",
        minimum=1,
        maximum=10_000,
    ),
}

_DIVIDE = decimal.Context(prec=50)
# Products of a share's end by a count, exactly: Decimal ends have at most ~50 digits, and
# an inexact result (never seen) falls back to fractions.
_EXACT = decimal.Context(prec=1000, traps=[decimal.Inexact, decimal.InvalidOperation])
_MAX_PLACES = 20
_SHARES = Interval(Decimal(0), Decimal(100))
_PERSON_COUNT = "person"
_PURE_COUNT = "pure"

# What each unit is for these rules, by id(): (the unit, percent?, kind of count or None).
# The entry holds the unit, so its id is not reused while the entry stands; pint compares
# units slowly, and an archive has a handful of units for 100,000 values.
_KINDS: dict[int, tuple[pint.Unit, bool, str | None]] = {}
_MAX_UNITS = 4096


def _kind(unit: pint.Unit) -> tuple[pint.Unit, bool, str | None]:
    entry = _KINDS.get(id(unit))
    if entry is not None and entry[0] is unit:
        return entry
    count = None
    if unit == units.dimensionless():
        count = _PURE_COUNT
    elif unit.dimensionality == _person().dimensionality:
        count = _PERSON_COUNT
    entry = (unit, units.is_percent(unit), count)
    if len(_KINDS) >= _MAX_UNITS:
        _KINDS.clear()
    _KINDS[id(unit)] = entry
    return entry


def is_percentage(unit: pint.Unit) -> bool:
    """Tell whether a unit is the percent (not percentage points, not a pure number)."""
    return _kind(unit)[1]


def count_interval(quantity: Quantity) -> Interval | None:
    """The interval of a count of things (a pure number or persons), None for other units."""
    count = _kind(quantity.unit)[2]
    if count is _PURE_COUNT:
        return quantity.interval
    if count is _PERSON_COUNT:
        person = _person()
        return quantity.interval if quantity.unit is person else quantity.to(person).interval
    return None


@functools.cache
def _person() -> pint.Unit:
    return units.parse_unit("person")


def check(context: Context) -> Iterator[Problem]:
    """Report every percentage of a count that no whole number of units gives.

    And every percentage that its count of the same whole does not give (``19`` of
    ``27`` written ``74 %``).
    """
    limit: int = context.option("max_counts")
    # The verdict for each pair of values, by id (the claims keep their values alive): an
    # archive writes the same few figures again and again.
    verdicts: dict[tuple[int, int], range | None] = {}
    counted: dict[_PartKey, list[tuple[Claim, Value]]] = {}
    shares: list[tuple[_PartKey, Claim, Value, Claim, Value]] = []
    for claim, value, whole, whole_value in claim_table(context).with_wholes:
        if value is None or whole is None or whole_value is None:
            continue
        if not is_percentage(value.quantity.unit):
            if count_interval(value.quantity) is not None:
                counted.setdefault(_part_key(claim, whole), []).append((claim, value))
            continue
        key = (id(value), id(whole_value))
        if key in verdicts:
            wholes = verdicts[key]
        else:
            wholes = verdicts[key] = _impossible(value.quantity.interval, whole_value, limit)
        if wholes is None:
            shares.append((_part_key(claim, whole), claim, value, whole, whole_value))
            continue
        share = value.quantity.interval
        language = claim.language
        if len(wholes) == 1:
            count = format_decimal(Decimal(wholes[0]), language)
        else:
            span = Interval(Decimal(wholes[0]), Decimal(wholes[-1]))
            count = format_interval(span, units.dimensionless(), language)
        nearest = ", ".join(_nearest(share, wholes, language))
        message = (
            f"{format_quantity(value.quantity, language)} of {count} ({whole.id}) "
            f"is impossible with whole units: {nearest}"
        )
        yield claim_problem(claim, message, whole)
    if counted:
        yield from _counts_disagreeing(shares, counted)


# A count and a percentage are the same part of one whole when they are ``of`` the same
# claim and their subjects, qualifiers, ``when`` and property stems are the same.
_PartKey = tuple[int, str, Hashable, Hashable, str]


def _part_key(claim: Claim, whole: Claim) -> _PartKey:
    qualifiers = qualifier_key(claim.qualifiers) if claim.qualifiers else ()
    source = claim.source
    when = when_text_key(claim.when, None if source is None else source.published)
    return (id(whole), name_key(claim.subject), qualifiers, when, property_stem(claim.property))


#: words of a percentage's property that say it is a share: ``share_of_films_produced``
_SHARE_WORDS = frozenset((
    "share", "shares", "part", "parts", "pct", "percent", "percentage", "pourcentage",
    "proportion", "fraction", "ratio",
    "of", "de", "du", "des", "d", "the", "le", "la", "les", "l", "in", "en", "among", "parmi",
))  # fmt: skip
_PROPERTY_WORDS = re.compile(r"[\s_'’-]+")


@functools.lru_cache(maxsize=4096)
def property_stem(prop: str) -> str:
    """A property without its share words, each word in the singular.

    ``share_of_films_produced`` and ``films_produced``, ``vote_share`` and ``votes``,
    ``part_des_voix`` and ``voix`` have one stem: the count and the percentage of one
    part of a whole.
    """
    words = _PROPERTY_WORDS.split(name_key(prop))
    kept = [_singular(word) for word in words if word and word not in _SHARE_WORDS]
    return " ".join(kept)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _counts_disagreeing(
    shares: list[tuple[_PartKey, Claim, Value, Claim, Value]],
    counted: dict[_PartKey, list[tuple[Claim, Value]]],
) -> Iterator[Problem]:
    """Each percentage that a count of the same part of the same whole does not round to."""
    for key, claim, value, whole, whole_value in shares:
        for count, count_value in counted.get(key, ()):
            if not value.quantity.interval.overlaps(_SHARES):
                break  # beyond 0 to 100 %: part-exceeds-whole's
            reached = _ratio_span(count_value, whole_value)
            if reached is None or _meets(value.quantity.interval, *reached[2:]):
                continue
            language = claim.language
            share = value.quantity.interval
            (k_lo, n_hi), (k_hi, n_lo) = reached[0], reached[1]
            if (k_lo, n_hi) == (k_hi, n_lo):
                gives = _fraction(k_lo, n_hi, share, language)
            else:
                low, high = (
                    _fraction(k_lo, n_hi, share, language),
                    _fraction(k_hi, n_lo, share, language),
                )
                gives = f"from {low} to {high}"
            message = (
                f"{format_quantity(value.quantity, language)} of {whole_value.text} ({whole.id})"
                f" is not {count_value.text} of them ({count.id}): {gives}"
            )
            yield claim_problem(claim, message, count, whole)


def _ratio_span(
    count: Value, whole: Value
) -> tuple[tuple[int, int], tuple[int, int], Fraction, Fraction] | None:
    """The least and greatest part/whole of the whole numbers of two counts, as percentages.

    None when either holds no or unboundedly many whole numbers, the whole may be 0, or
    the count may exceed the whole (``part-exceeds-whole`` reports it).
    """
    parts = count_interval(count.quantity)
    wholes = count_interval(whole.quantity)
    if parts is None or wholes is None:
        return None
    part_span, whole_span_ = whole_span(parts), whole_span(wholes)
    if part_span is None or whole_span_ is None or whole_span_[0] == 0:
        return None
    if part_span[1] > whole_span_[0]:
        return None
    least = (part_span[0], whole_span_[1])
    most = (part_span[1], whole_span_[0])
    return least, most, Fraction(100 * least[0], least[1]), Fraction(100 * most[0], most[1])


def _meets(share: Interval, least: Fraction, most: Fraction) -> bool:
    """Tell whether some percentage from least to most lies in the share's interval."""
    if share.hi.is_finite():
        hi = Fraction(share.hi)
        if least > hi or (least == hi and share.hi_open):
            return False
    if share.lo.is_finite():
        lo = Fraction(share.lo)
        if most < lo or (most == lo and share.lo_open):
            return False
    return True


def _impossible(share: Interval, whole: Value, limit: int) -> range | None:
    """The whole counts the share of ``whole`` was tested against, when none gives it.

    None when some whole count does, or the test does not apply: the whole is no count,
    the share lies outside 0 to 100 %, or the count allows no or too many whole numbers.
    """
    counts = count_interval(whole.quantity)
    if counts is None or not share.overlaps(_SHARES):
        return None
    wholes = _whole_numbers(counts, limit)
    if wholes is None or any(_fits(share, n) for n in wholes):
        return None
    return wholes


def whole_span(counts: Interval) -> tuple[int, int] | None:
    """The least and greatest whole numbers (from 0) in a count's interval.

    None when it holds none (``19,4``) or has no upper end (``>19``).
    """
    if counts.hi.is_infinite():
        return None
    first = 0 if counts.lo.is_infinite() else _first_integer(counts.lo, counts.lo_open)
    first = max(first, 0)
    last = _last_integer(counts.hi, counts.hi_open)
    return (first, last) if first <= last else None


def _whole_numbers(counts: Interval, limit: int) -> range | None:
    """The whole counts from 1 up inside the interval; None when none or too many."""
    span = whole_span(counts)
    if span is None:
        return None
    first, last = max(span[0], 1), span[1]
    if last < first or last - first + 1 > limit:
        return None
    return range(first, last + 1)


def _first_integer(x: Decimal | Fraction, is_open: bool) -> int:
    """The least integer above x (or at it, when the bound is closed); exact for both types."""
    return math.floor(x) + 1 if is_open else math.ceil(x)


def _last_integer(x: Decimal | Fraction, is_open: bool) -> int:
    """The greatest integer below x (or at it, when the bound is closed)."""
    return math.ceil(x) - 1 if is_open else math.floor(x)


def _parts(share: Interval, n: int) -> tuple[int, int]:
    """The least and greatest k in 0..n with 100·k/n inside the share (least > greatest: none)."""
    least, greatest = 0, n
    if share.lo.is_finite():
        least = max(_first_integer(_times_percent(share.lo, n), share.lo_open), 0)
    if share.hi.is_finite():
        greatest = min(_last_integer(_times_percent(share.hi, n), share.hi_open), n)
    return least, greatest


def _times_percent(x: Decimal, n: int) -> Decimal | Fraction:
    """``x·n/100`` exactly: the k that 100·k/n = x would need."""
    try:
        return _EXACT.multiply(x, n).scaleb(-2, _EXACT)
    except (decimal.Inexact, decimal.InvalidOperation):
        return Fraction(x) * n / 100


def _fits(share: Interval, n: int) -> bool:
    least, greatest = _parts(share, n)
    return least <= greatest


def _nearest(share: Interval, wholes: range, language: str) -> list[str]:
    """The closest achievable percentages below and above the share, as ``8/19 = 42,1 %``."""
    below: tuple[int, int] | None = None  # (k, n)
    above: tuple[int, int] | None = None
    for n in wholes:
        k = _parts(share, n)[0]  # the first part at or above the share, so above it here
        if k >= 1 and (below is None or Fraction(k - 1, n) > Fraction(*below)):
            below = (k - 1, n)
        if k <= n and (above is None or Fraction(k, n) < Fraction(*above)):
            above = (k, n)
    return [_fraction(*part, share, language) for part in (below, above) if part is not None]


def _decimals(share: Interval) -> int:
    """How many decimals the percentage was written with."""
    written = share.nominal
    if written is None:
        written = share.hi if share.hi.is_finite() else share.lo
    exponent = written.as_tuple().exponent
    return max(-exponent, 0) if isinstance(exponent, int) else 0


def _fraction(k: int, n: int, share: Interval, language: str) -> str:
    """Write k/n and its percentage, with one more decimal than the share (more if needed)."""
    percent = _DIVIDE.divide(Decimal(100 * k), Decimal(n))
    places = _decimals(share) + 1
    rounded = _round(percent, places)
    while share.contains(rounded) and places < _MAX_PLACES:  # 42,105 would look inside
        places += 1
        rounded = _round(percent, places)
    if rounded == rounded.to_integral_value():
        rounded = rounded.quantize(Decimal(1))
    return f"{k}/{n} = {format_decimal(rounded, language)} %"


def _round(x: Decimal, places: int) -> Decimal:
    return x.quantize(Decimal((0, (1,), -places)), context=_DIVIDE)
