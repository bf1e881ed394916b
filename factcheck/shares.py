"""Shares of a whole: the claims that must add up to what the vocabulary says they divide.

A property whose meaning has a ``whole`` (``share_held``, ``vote_share``, ``market_share``:
100 %) makes its claims parts of that whole. Claims are grouped by subject, property,
``when`` (its days, so ``en mars`` and ``mars 2015`` are one group; claims without ``when``
form their own group) and ``of``; within a group the qualifiers tell the parts apart. A
part reported by several claims, in one file or many, counts once, at the values its
reports agree on: the intersection of their intervals, or their hull when they disagree
(the same-fact rule reports the disagreement, so the sum is not judged on a guess).

The sum is interval arithmetic on the parts, so a group fails only when no values within
the written precision could add up: 44,4 + 22,2 + 33,3 % holds, 44,4 + 22,2 + 43,3 % fails.
The whole is a definition, not a measurement: ``"100 %"`` is exactly 100 %.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.values import Interval, Quantity, Truth, UnitMismatch, ValueSyntaxError, parse_value

if TYPE_CHECKING:
    from factcheck.dates import Period
    from factcheck.model import Claim
    from factcheck.vocabulary import Vocabulary

__all__ = ["Part", "ShareGroup", "exact_quantity", "share_groups"]

_Qualifiers = tuple[tuple[str, str], ...]
# subject, property, when (its days, or its text when unreadable), the claim it is `of`
_GroupKey = tuple[str, str, str | None, str | None]


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

    qualifiers: _Qualifiers
    claims: tuple[Claim, ...]
    quantity: Quantity  # in the unit of the whole
    agreed: bool  # False when the reports do not overlap (the quantity is then their hull)


@dataclass(frozen=True, slots=True)
class ShareGroup:
    """Claims that divide one whole: one subject, property, ``when`` and ``of``.

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

    @builtins.property  # the field "property" shadows the builtin in this class
    def claims(self) -> tuple[Claim, ...]:
        """Every claim counted in the sum, part by part."""
        return tuple(claim for part in self.parts for claim in part.claims)

    @builtins.property
    def truth_within(self) -> Truth:
        """Whether the sum can stay within the whole (``sum <= whole``)."""
        return self.total.compare("<=", self.whole)

    @builtins.property
    def truth_reaches(self) -> Truth:
        """Whether the sum can reach the whole (``sum >= whole``)."""
        return self.total.compare(">=", self.whole)

    @builtins.property
    def truth_equals(self) -> Truth:
        """Whether the sum can be the whole (``sum == whole``)."""
        return self.total.compare("==", self.whole)

    def describe(self) -> str:
        """Name the group for a message: ``Cloudwatt (septembre 2012)``."""
        if self.period is not None:
            return f"{self.subject} ({self.period.describe(self.language)})"
        if self.when is not None:
            return f"{self.subject} ({self.when})"
        return self.subject

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
    wholes = {name: exact_quantity(m.whole) for name, m in vocabulary.shares().items() if m.whole}
    grouped: dict[_GroupKey, dict[_Qualifiers, list[Claim]]] = {}
    for claim in claims:
        if claim.parsed_value is None or claim.missing or wholes.get(claim.property) is None:
            continue
        parts = grouped.setdefault(_group_key(claim), {})
        parts.setdefault(tuple(sorted(claim.qualifiers.items())), []).append(claim)
    groups = []
    for parts in grouped.values():
        first = next(iter(parts.values()))[0]
        whole = wholes[first.property]
        assert whole is not None  # claims of properties without a whole were skipped
        group = _group(first, parts, whole)
        if group is not None:
            groups.append(group)
    return groups


def _group_key(claim: Claim) -> _GroupKey:
    when = claim.when
    if claim.period is not None:
        when = f"{claim.period.start.isoformat()}/{claim.period.end.isoformat()}"
    return (claim.subject, claim.property, when, claim.of)


def _group(
    first: Claim, reports: dict[_Qualifiers, list[Claim]], whole: Quantity
) -> ShareGroup | None:
    parts: list[Part] = []
    left_out: list[Claim] = []
    for qualifiers, claims in reports.items():
        quantities: list[Quantity] = []
        kept: list[Claim] = []
        for claim in claims:
            assert claim.parsed_value is not None  # share_groups skipped the others
            try:
                quantities.append(claim.parsed_value.quantity.to(whole.unit))
            except UnitMismatch:
                left_out.append(claim)
                continue
            kept.append(claim)
        if kept:
            parts.append(_part(qualifiers, tuple(kept), quantities))
    if not parts:
        return None
    total = parts[0].quantity
    for part in parts[1:]:
        total = total + part.quantity
    return ShareGroup(
        subject=first.subject,
        property=first.property,
        period=first.period,
        when=first.when,
        parts=tuple(parts),
        left_out=tuple(left_out),
        total=total,
        whole=whole,
        language=first.language,
    )


def _part(qualifiers: _Qualifiers, claims: tuple[Claim, ...], quantities: list[Quantity]) -> Part:
    """Count a part once, at the values all its reports allow (their hull if none)."""
    unit = quantities[0].unit
    intervals = [q.interval for q in quantities]
    agreed: Interval | None = intervals[0]
    hull = intervals[0]
    for interval in intervals[1:]:
        agreed = agreed.intersection(interval) if agreed is not None else None
        hull = hull.hull(interval)
    if agreed is None:
        return Part(qualifiers, claims, Quantity(hull, unit), agreed=False)
    if agreed.nominal is None:
        # "44,4 %" and "44 %" agree on 44.35..44.45: keep the finest figure written there
        written = [iv for iv in intervals if iv.nominal is not None and agreed.contains(iv.nominal)]
        if written:
            finest = min(written, key=lambda iv: iv.hi - iv.lo)
            agreed = Interval(agreed.lo, agreed.hi, agreed.lo_open, agreed.hi_open, finest.nominal)
    return Part(qualifiers, claims, Quantity(agreed, unit), agreed=True)
