"""Shares of a whole: the claims that must add up to what the vocabulary says they divide.

A property whose meaning has a ``whole`` (``share_held``, ``vote_share``, ``market_share``:
100 %) makes its claims parts of that whole. Claims are grouped by subject, property,
``when`` (its days, so ``en mars`` and ``mars 2015`` are one group; claims without ``when``
form their own group) and ``of``; within a group the first qualifier tells the parts
apart (``holder: Orange``, ``candidate: Ruiz``), and further qualifiers name a population
whose shares are a listing of their own (``{candidate: Ruiz, group: 65 and older}`` is
in the listing of voters 65 and older, not in the poll's topline). A
part reported by several claims, in one file or many, counts once, at the values its
reports agree on: the intersection of their intervals, or their hull when they disagree
(the same-fact rule reports the disagreement, so the sum is not judged on a guess).

The sum is interval arithmetic on the parts, so a group fails only when no values within
the written precision could add up: 44,4 + 22,2 + 33,3 % holds, 44,4 + 22,2 + 43,3 % fails.
The whole is a definition, not a measurement: ``"100 %"`` is exactly 100 %.

:func:`printed_sum_chance` says how likely rounding alone prints a sum so far from its
exact whole: rare enough, and a wrong figure is the likelier story (``shares-at-the-limit``).
"""

from __future__ import annotations

import builtins
import datetime as dt
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from factcheck.model import Kind, is_blank, name_key
from factcheck.values import (
    Interval,
    Quantity,
    Truth,
    UnitMismatch,
    ValueSyntaxError,
    format_decimal,
    parse_value,
)

if TYPE_CHECKING:
    from factcheck.dates import Period
    from factcheck.model import Claim
    from factcheck.vocabulary import Vocabulary

__all__ = [
    "Part",
    "ShareGroup",
    "exact_quantity",
    "printed_sum_chance",
    "qualifier_key",
    "rarity_in_words",
    "rounding_chance",
    "share_groups",
    "when_key",
    "when_text_key",
]

_Qualifiers = tuple[tuple[str, str], ...]
#: A ``when`` as grouping compares it: its first and last days, or its text when unreadable.
WhenKey = tuple[dt.date, dt.date] | str | None
# subject, property, when, the claim it is `of`, kind, speaker, the qualifiers after the first
_GroupKey = tuple[str, str, WhenKey, str | None, Kind, str | None, "_Qualifiers"]
_ISO_SPAN = re.compile(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)")
#: A part's qualifier that names the rest of a listing (folded by name_key): with it, the
#: listing is complete ("others and independents", "autres listes", "flottant").
_REST = re.compile(
    r"^(?:other|autre|rest)(?:\W|$)|^(?:divers|public|le public)$"  # not "divers gauche"
    r"|(?<!\w)(?:others|autres|the rest|le reste|reste|flottant|free float)(?!\w)"
)


@functools.lru_cache(maxsize=1024)
def exact_quantity(text: str) -> Quantity | None:
    """Read a whole or a bound of the vocabulary (``"100 %"``) as an exact quantity.

    A definition is exact whatever digits it is written with: ``"577"`` is 577, not
    576.5 to 577.5. Returns None for text that is not a single figure (``"<100 %"``,
    ``"1 to 2"``) or not a value at all; configuration is where that should be caught.
    """
    try:
        value = parse_value(text, "en")
    except ValueSyntaxError:
        return None
    nominal = value.quantity.interval.nominal
    if nominal is None or value.comparator is not None:
        return None
    return Quantity(Interval.exact(nominal), value.quantity.unit)


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a whole: the claims reporting it and the values they agree on."""

    qualifiers: _Qualifiers  # the first claim's, as written
    claims: tuple[Claim, ...]
    quantity: Quantity  # in the unit of the whole
    agreed: bool  # False when the reports do not overlap (the quantity is then their hull)


@dataclass(frozen=True, slots=True)
class ShareGroup:
    """Claims that divide one whole: one subject, property, ``when``, ``of`` and kind.

    Forecasts and targets are grouped by who made them (``attributed_to``), facts
    together.

    ``parts`` are in order of first report; ``left_out`` are claims whose unit cannot be
    added to the whole (the units rule reports them). ``total`` is the sum of the parts.
    """

    subject: str
    property: str
    period: Period | None
    when: str | None  # the text of `when` as first written, None without one
    parts: tuple[Part, ...]
    left_out: tuple[Claim, ...]
    total: Quantity
    whole: Quantity
    language: str
    kind: str = "fact"
    speaker: str | None = None  # who made the forecast or set the target; None for facts
    #: the qualifiers after the first, as first written: the population the shares divide
    population: tuple[tuple[str, str], ...] = ()

    @builtins.property  # the field "property" shadows the builtin in this class
    def claims(self) -> tuple[Claim, ...]:
        """Every claim counted in the sum, part by part."""
        return tuple(claim for part in self.parts for claim in part.claims)

    @builtins.property
    def complete(self) -> bool:
        """Whether the listing has a part for the rest ("others", "autres", "free float").

        Such a listing names every part of the whole: its sum must reach the whole.
        """
        return any(
            _REST.search(name_key(value)) for part in self.parts for _, value in part.qualifiers
        )

    @builtins.property
    def truth_within(self) -> Truth:
        """Whether the sum can stay within the whole (``sum <= whole``)."""
        return self._compare("<=")

    @builtins.property
    def truth_reaches(self) -> Truth:
        """Whether the sum can reach the whole (``sum >= whole``)."""
        return self._compare(">=")

    @builtins.property
    def truth_equals(self) -> Truth:
        """Whether the sum can be the whole (``sum == whole``)."""
        return self._compare("==")

    def _compare(self, op: str) -> Truth:
        total, whole = self.total, self.whole
        if total.unit is whole.unit:  # as share_groups builds it: no conversion to look up
            return total.interval.compare(op, whole.interval)
        return total.compare(op, whole)

    def describe(self) -> str:
        """Name the group for a message: ``Cloudwatt (septembre 2012)``.

        A forecast or target is named so, with who made it: ``premier tour (30 juin
        2024; forecast by Ifop)``.
        """
        said = [self.kind + (f" by {self.speaker}" if self.speaker else "")]
        if self.period is not None:
            said.insert(0, self.period.describe(self.language))
        elif self.when is not None:
            said.insert(0, self.when)
        if self.kind == "fact":
            said.pop()
        subject = self.subject
        if self.population:
            subject += " [" + ", ".join(f"{key}: {value}" for key, value in self.population) + "]"
        return f"{subject} ({'; '.join(said)})" if said else subject

    def listing(self) -> str:
        """Name the parts for a message: ``a + b (and b_again) + c``."""
        names = []
        for part in self.parts:
            first, *again = (claim.id for claim in part.claims)
            names.append(f"{first} (and {', '.join(again)})" if again else first)
        return " + ".join(names)


def share_groups(claims: Iterable[Claim], vocabulary: Vocabulary) -> list[ShareGroup]:
    """Group the claims that are shares of a whole, in order of each group's first claim.

    Claims without a readable value, or of a property without a readable whole, are
    skipped. A group whose every claim is in a unit foreign to the whole is dropped.
    """
    wholes: dict[str, Quantity] = {}
    for name, meaning in vocabulary.shares().items():
        whole = exact_quantity(meaning.whole) if meaning.whole else None
        if whole is not None and not is_blank(name):  # a claim about "?" is in no group
            wholes[name] = whole
    grouped: dict[_GroupKey, _Pending] = {}
    # Each claim is read once, here: on a large archive, going back to it costs more
    # than anything done with what it says.
    for claim in claims:
        # Cheapest test first: most claims are of a property that is no share.
        name = claim.property
        whole = wholes.get(name)
        if whole is None:
            continue
        value = claim.parsed_value
        if value is None:
            continue
        subject = claim.subject
        if is_blank(subject):  # what `claim.missing` says, its property being a share's
            continue
        period = claim.period
        when = when_key(claim)
        # A poll's forecast and the results, or two pollsters, divide the whole apart
        # (as same-fact-same-value keeps them apart)
        kind = claim.kind
        speaker = claim.attributed_to if kind != "fact" else None
        qualifiers = claim.qualifiers
        population = _population(qualifiers) if len(qualifiers) > 1 else ()
        among = qualifier_key(dict(population)) if population else ()
        key = (name_key(subject), name, when, claim.of, kind, speaker, among)
        pending = grouped.get(key)
        if pending is None:
            pending = grouped[key] = _Pending(
                subject, period, claim.when, claim.language, whole, kind, speaker, population
            )
        part = qualifier_key(qualifiers) if qualifiers else ()
        reports = pending.parts.get(part)
        if reports is None:
            pending.parts[part] = [(claim, value.quantity)]
        else:
            reports.append((claim, value.quantity))
    groups = []
    for key, pending in grouped.items():
        group = _group(key, pending)
        if group is not None:
            groups.append(group)
    return groups


@dataclass(slots=True)
class _Pending:
    """A group being gathered: what it needs of its first claim, and the reports by part."""

    subject: str
    period: Period | None
    when: str | None
    language: str
    whole: Quantity
    kind: str
    speaker: str | None
    population: _Qualifiers
    parts: dict[_Qualifiers, list[tuple[Claim, Quantity]]] = field(default_factory=dict)


def _population(qualifiers: dict[str, str]) -> _Qualifiers:
    """The qualifiers after the first, which name who the shares divide (``group: 65+``)."""
    return tuple(qualifiers.items())[1:]


def qualifier_key(qualifiers: dict[str, str]) -> _Qualifiers:
    """The qualifiers as ``claim.key`` compares them: their sorted items, by ``name_key``."""
    items = tuple((name_key(key), name_key(value)) for key, value in qualifiers.items())
    return items if len(items) < 2 else tuple(sorted(items))


def when_key(claim: Claim) -> WhenKey:
    """The claim's ``when`` as grouping compares it: by its days, so ``en mars`` is ``mars 2015``.

    Equal keys are equal ``when`` as ``claim.key`` compares them (the days of a period
    written as ``start/end`` in ISO form, else the text; without ``when``, the source's
    publication day), without building strings.
    """
    period = claim.period
    if period is not None:
        return (period.start, period.end)
    source = claim.source
    return when_text_key(claim.when, source.published if source is not None else None)


def when_text_key(when: str | None, published: dt.date | None) -> WhenKey:
    """:func:`when_key` of a claim whose ``when`` is this text and could not be read.

    A claim without ``when`` reports the fact as of ``published``, its source's day.
    """
    if when is None:
        return None if published is None else (published, published)
    if "/" in when:
        return _iso_days(when)
    return when


@functools.lru_cache(maxsize=1024)
def _iso_days(when: str) -> WhenKey:
    """An unreadable ``when`` that reads like a period's key (``2015-03-01/2015-03-31``)."""
    match = _ISO_SPAN.fullmatch(when)
    if match is None:
        return when
    try:
        start, end = (dt.date.fromisoformat(day) for day in match.groups())
    except ValueError:
        return when
    return (start, end) if f"{start.isoformat()}/{end.isoformat()}" == when else when


def _group(key: _GroupKey, pending: _Pending) -> ShareGroup | None:
    whole = pending.whole
    unit = whole.unit
    parts: list[Part] = []
    left_out: list[Claim] = []
    for reports in pending.parts.values():
        qualifiers = tuple(sorted(reports[0][0].qualifiers.items()))  # as written
        quantities: list[Quantity] = []
        kept: list[Claim] = []
        for claim, quantity in reports:
            if quantity.unit is not unit:
                try:
                    quantity = quantity.to(unit)
                except UnitMismatch:
                    left_out.append(claim)
                    continue
            quantities.append(quantity)
            kept.append(claim)
        if kept:
            parts.append(_part(qualifiers, tuple(kept), quantities))
    if not parts:
        return None
    total = parts[0].quantity.interval
    for part in parts[1:]:
        total = total + part.quantity.interval  # every part is in the unit of the whole
    return ShareGroup(
        subject=pending.subject,  # the first claim's, as written (the key folds it)
        property=key[1],
        period=pending.period,
        when=pending.when,
        parts=tuple(parts),
        left_out=tuple(left_out),
        total=parts[0].quantity if len(parts) == 1 else Quantity(total, unit),
        whole=whole,
        language=pending.language,
        kind=pending.kind,
        speaker=pending.speaker,
        population=pending.population,
    )


def _part(qualifiers: _Qualifiers, claims: tuple[Claim, ...], quantities: list[Quantity]) -> Part:
    """Count a part once, at the values all its reports allow (their hull if none)."""
    if len(quantities) == 1:  # one report: its own values
        return Part(qualifiers, claims, quantities[0], agreed=True)
    unit = quantities[0].unit
    intervals = [q.interval for q in quantities]
    agreed: Interval | None = intervals[0]
    for interval in intervals[1:]:
        if agreed is None:
            break
        if interval is not agreed:  # the same figure reported again changes nothing
            agreed = agreed.intersection(interval)
    if agreed is None:
        hull = intervals[0]
        for interval in intervals[1:]:
            hull = hull.hull(interval)
        return Part(qualifiers, claims, Quantity(hull, unit), agreed=False)
    if agreed.nominal is None:
        # "44,4 %" and "44 %" agree on 44.35..44.45: keep the finest figure written there
        written = [iv for iv in intervals if iv.nominal is not None and agreed.contains(iv.nominal)]
        if written:
            finest = min(written, key=lambda iv: iv.hi - iv.lo)
            agreed = Interval(agreed.lo, agreed.hi, agreed.lo_open, agreed.hi_open, finest.nominal)
    return Part(qualifiers, claims, Quantity(agreed, unit), agreed=True)


#: Beyond this many terms, :func:`rounding_chance` answers Hoeffding's bound instead.
_MAX_TERMS = 4096


def rounding_chance(widths: Sequence[Decimal], at_least: Decimal) -> float:
    """The chance that independent rounding errors add up to ``at_least`` or more, either way.

    A figure rounded to a step ``w`` (1 for ``27 %``, 0,1 for ``44,4 %``) is off by an
    error anywhere from -w/2 to w/2, each as likely; the errors of separate figures are
    independent. Their sum then follows the Irwin-Hall distribution (its generalisation
    to unequal steps), computed exactly in rationals: deterministic, no sampling. Past
    ``_MAX_TERMS`` terms (dozens of figures at several precisions) the answer is
    Hoeffding's bound ``2 exp(-2 t^2 / sum w^2)``, which is never below the exact chance.
    Seven whole percentages off by 2,5 or more: 2 / 7! = 1 in 2 520.
    """
    if at_least <= 0:
        return 1.0
    # an archive's listings share a few shapes (seven whole percentages off by 2 or more)
    return _rounding_chance(tuple(sorted(widths)), at_least)


@functools.lru_cache(maxsize=4096)
def _rounding_chance(widths: tuple[Decimal, ...], at_least: Decimal) -> float:
    """:func:`rounding_chance` of sorted steps and a positive distance, cached."""
    steps = Counter(Fraction(width) for width in widths if width > 0)
    half = Fraction(sum(step * count for step, count in steps.items()), 2)
    reach = Fraction(at_least)
    if reach >= half:  # the errors cannot add up so far (their sum reaches it only at the end)
        return 0.0
    # P(sum >= t) = P(sum of errors shifted to [0, w] <= half - t), by symmetry; twice that.
    terms = math.prod(min(count, int((half - reach) / step)) + 1 for step, count in steps.items())
    if terms > _MAX_TERMS:
        return _hoeffding(steps, reach)
    return float(2 * _lower_tail(tuple(sorted(steps.items())), half - reach))


def _hoeffding(steps: Counter[Fraction], reach: Fraction) -> float:
    """Hoeffding's bound on errors of the steps adding up to ``reach`` or more, either way."""
    spread = sum(step * step * count for step, count in steps.items())
    return min(1.0, 2 * math.exp(-2 * float(reach * reach / spread)))


def _lower_tail(steps: tuple[tuple[Fraction, int], ...], y: Fraction) -> Fraction:
    """P(V1 + ... + Vn <= y), each Vi spread evenly over [0, its step], for y >= 0.

    The distribution function of a sum of uniforms (see :func:`_uniform_sum`).
    """
    return _uniform_sum(steps, y, sum(count for _, count in steps))


def printed_sum_chance(widths: Sequence[Decimal], deviation: Decimal) -> float:
    """The chance that shares of an exact whole, rounded to ``widths``, print a sum so far off.

    That is, a printed sum ``deviation`` or more away from the whole, either way. Each
    share's rounding error is spread evenly over ``[-w/2, w/2]`` and independent of the
    others, but the errors of a correct listing add up to exactly its printed sum minus
    its whole, a point of the grid of the printed figures (steps of 1 for whole
    percentages): the chance of each such point is the density of the errors' sum there,
    over the grid (Mosteller, Youtz and Zahn 1967: three whole percentages print 100 %
    three times in four, 99 or 101 % once in eight each). Five whole percentages print
    102 % or 98 % or further once in 192, not once in 1 920 (the chance that their
    errors add up to 2 or more anywhere, :func:`rounding_chance`) nor once in 60 (1,5 or
    more). Exact in rationals; past ``_MAX_TERMS`` terms, Hoeffding's bound on the
    errors reaching one step short of ``deviation``, never below the exact chance.
    """
    if deviation <= 0:
        return 1.0
    return _printed_sum_chance(tuple(sorted(widths)), deviation)


@functools.lru_cache(maxsize=4096)
def _printed_sum_chance(widths: tuple[Decimal, ...], deviation: Decimal) -> float:
    steps = Counter(Fraction(width) for width in widths if width > 0)
    if not steps:
        return 0.0
    half = Fraction(sum(step * count for step, count in steps.items()), 2)
    far = Fraction(deviation)
    if far >= half:  # reached at the very end of the errors' range only, or never
        return 0.0
    grid = functools.reduce(_gcd, steps)
    n = sum(steps.values())
    if n == 1:  # one share: its error is its printed figure minus the whole, within w/2
        return 0.0
    ordered = tuple(sorted(steps.items()))
    terms = math.prod(min(count, int((half - far) / step)) + 1 for step, count in ordered)
    if terms * int((half - far) / grid + 1) > _MAX_TERMS * 16:
        reach = far - grid
        return 1.0 if reach <= 0 else _hoeffding(steps, reach)
    # the grid of sums through +deviation, and its mirror through -deviation (the same
    # grid when twice the deviation is on it): the points at least `far` above 0 on each
    upper = _grid_density(ordered, half, far, grid)
    mirror = far - (2 * far) % grid if (2 * far) % grid else far
    lower = upper if mirror == far else _grid_density(ordered, half, mirror + grid, grid)
    total: Fraction = upper + lower
    if grid not in steps:  # one share at the grid's step makes the points' chances add to 1
        total /= _grid_density(ordered, half, _first_above(-half, far, grid), grid)
    else:
        total *= grid
    return float(min(total, Fraction(1)))


def rarity_in_words(chance: float, sample: str, language: str) -> str:
    """How rare a chance is: ``which it does to 1 listing of 7 shares in 2 520``.

    ``sample`` names what the chance is of (``listing of 7 shares``, ``check of 4
    figures``); the odds are rounded to two significant digits from 100 on.
    """
    if chance <= 0:
        return "which it never does"
    odds = Decimal(1 / chance)
    if odds >= 10**6:
        return f"which it does to less than 1 {sample} in a million"
    shown = (odds if odds < 100 else Decimal(f"{odds:.2g}")).quantize(Decimal(1))
    return f"which it does to 1 {sample} in {format_decimal(shown, language)}"


def _gcd(a: Fraction, b: Fraction) -> Fraction:
    return Fraction(
        math.gcd(a.numerator * b.denominator, b.numerator * a.denominator),
        a.denominator * b.denominator,
    )


def _first_above(low: Fraction, through: Fraction, grid: Fraction) -> Fraction:
    """The first point of the grid through ``through`` that lies above ``low``."""
    return (
        through
        - math.floor((through - low) / grid) * grid
        + (0 if (through - low) % grid else grid)
    )


def _grid_density(
    steps: tuple[tuple[Fraction, int], ...], half: Fraction, start: Fraction, grid: Fraction
) -> Fraction:
    """The density of the errors' sum, added over ``start``, ``start + grid``, ... < ``half``.

    Over every point of a grid when ``start`` is its first above ``-half`` (a sum times
    the grid's step: then the points' chances).
    """
    total = Fraction(0)
    x = start
    while x < half:
        total += _density(steps, min(half + x, half - x))
        x += grid
    return total


def _density(steps: tuple[tuple[Fraction, int], ...], y: Fraction) -> Fraction:
    """The density of V1 + ... + Vn at ``y`` (each Vi spread evenly over [0, its step]).

    The derivative of :func:`_lower_tail` (see :func:`_uniform_sum`).
    """
    return _uniform_sum(steps, y, sum(count for _, count in steps) - 1)


@functools.lru_cache(maxsize=4096)
def _uniform_sum(steps: tuple[tuple[Fraction, int], ...], y: Fraction, power: int) -> Fraction:
    """The distribution function (``power``: the steps' count) or density of a sum of uniforms.

    Sum over the subsets S of the steps of (-1)^|S| (y - sum S)^power, for sum S < y,
    over power! times the product of the steps; subsets are counted by how many of each
    step they take. 0 for ``y <= 0``.
    """
    total = Fraction(0)
    choices = [range(min(count, int(y / step)) + 1) for step, count in steps]
    for taken in itertools.product(*choices):
        rest = y - sum(step * k for (step, _), k in zip(steps, taken, strict=True))
        if rest <= 0:
            continue
        ways = math.prod(math.comb(count, k) for (_, count), k in zip(steps, taken, strict=True))
        total += (-1) ** sum(taken) * ways * rest**power
    volume = math.factorial(power) * math.prod(step**count for step, count in steps)
    return total / volume
