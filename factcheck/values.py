"""The value grammar: a figure as a journalist writes it, read as an interval with a unit.

``value := [comparator] amount [unit] | amount "to" amount [unit]``, ``amount := number [scale]``.
A figure carries the precision of its last written digit (``44,4 %`` is [44.35, 44.45] %),
``~x`` widens by a relative tolerance, ``<x`` and friends are half-open, ``a to b`` is [a, b].
Numbers follow the source language through babel's locale data; the plain ``44.4`` and
``1e6`` are accepted in every language when they cannot be misread.

All arithmetic is interval arithmetic on ``Decimal`` bounds rounded outwards, so a result
always contains every value its operands allow.  A comparison fails only when no values
inside the intervals satisfy it, so rounding never raises a false alarm.
"""

from __future__ import annotations

import dataclasses
import decimal
import enum
import functools
import operator
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from factcheck import units

if TYPE_CHECKING:
    import pint
    from babel import Locale

__all__ = [
    "RUPEES",
    "Interval",
    "Quantity",
    "Truth",
    "UnitMismatch",
    "Value",
    "ValueSyntaxError",
    "clock_seconds",
    "counted",
    "exact",
    "format_decimal",
    "format_interval",
    "format_quantity",
    "parse_value",
    "read_number",
    "scale_words",
    "with_decimals",
]


class ValueSyntaxError(ValueError):
    """A value that does not follow the grammar; ``str(e)`` names the text for the editor."""


class UnitMismatch(ValueError):
    """Quantities whose units cannot be added or compared (EUR and USD, EUR and person)."""


class Truth(enum.Enum):
    """The verdict of a comparison between intervals."""

    HOLDS = "holds"  # for the values as written
    ROUNDING = "holds only thanks to rounding"  # not for the written figures, yes within precision
    FAILS = "fails"  # for no values inside the intervals


# Bounds are rounded outwards (floor for lower bounds, ceiling for upper ones) so that an
# interval never loses a member; overflow saturates to infinity instead of raising.
_TRAPS = [decimal.InvalidOperation, decimal.DivisionByZero]
_DOWN = decimal.Context(prec=50, rounding=decimal.ROUND_FLOOR, traps=_TRAPS)
_UP = decimal.Context(prec=50, rounding=decimal.ROUND_CEILING, traps=_TRAPS)
_NEAR = decimal.Context(prec=50, rounding=decimal.ROUND_HALF_EVEN, traps=_TRAPS)
_EXACT = decimal.Context(
    prec=120,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[
        decimal.Inexact, decimal.Rounded, decimal.Clamped, decimal.Subnormal,
        decimal.Underflow, decimal.Overflow, decimal.InvalidOperation,
    ],
)  # fmt: skip
_ZERO = Decimal(0)
_ONE = Decimal(1)
_INFINITY = Decimal("Infinity")

_RELATIONS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt,
    "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}  # fmt: skip

_Bound = tuple[Decimal, bool]  # a bound and whether it is open
_set = object.__setattr__  # how a frozen dataclass sets its fields
T = TypeVar("T")


@dataclass(frozen=True, slots=True, init=False)
class Interval:
    """A set of real numbers ``lo..hi``, each end open or closed, with the figure as written.

    Infinite ends are always open.  ``nominal`` is the figure as written (None for ranges
    ``a to b`` and bounds ``<x``); arithmetic carries it along when both operands have one.
    """

    lo: Decimal
    hi: Decimal
    lo_open: bool = False
    hi_open: bool = False
    nominal: Decimal | None = None

    def __init__(
        self,
        lo: Decimal,
        hi: Decimal,
        lo_open: bool = False,
        hi_open: bool = False,
        nominal: Decimal | None = None,
    ) -> None:
        """Make the interval; raise TypeError for ends that are not numbers, ValueError if empty."""
        # Written by hand, not by dataclass: arithmetic builds millions of intervals, and
        # finite Decimal ends in order need no more than these few tests.
        _set(self, "lo", lo)
        _set(self, "hi", hi)
        _set(self, "lo_open", lo_open)
        _set(self, "hi_open", hi_open)
        _set(self, "nominal", nominal)
        if (
            type(lo) is Decimal
            and type(hi) is Decimal
            and lo.is_finite()
            and hi.is_finite()
            and (nominal is None or (type(nominal) is Decimal and not nominal.is_nan()))
            and (lo < hi or (lo == hi and not (lo_open or hi_open)))
        ):
            return
        self._validate()

    def _validate(self) -> None:
        """Convert int ends to Decimal, open infinite ends, refuse anything else and emptiness."""
        for name in ("lo", "hi", "nominal"):
            value = getattr(self, name)
            if isinstance(value, int):
                object.__setattr__(self, name, Decimal(value))
            elif value is not None and (not isinstance(value, Decimal) or value.is_nan()):
                raise TypeError(f"interval {name} must be a Decimal, not {value!r}")
        if self.lo.is_infinite():
            object.__setattr__(self, "lo_open", True)
        if self.hi.is_infinite():
            object.__setattr__(self, "hi_open", True)
        empty = self.lo > self.hi or (self.lo == self.hi and (self.lo_open or self.hi_open))
        if empty or self.lo == _INFINITY or self.hi == -_INFINITY:
            raise ValueError(f"empty interval from {self.lo} to {self.hi}")

    @classmethod
    def exact(cls, x: Decimal) -> Interval:
        """Return the single number ``x``, known exactly."""
        return cls(x, x, nominal=x)

    def whole_numbers(self) -> Interval:
        """The whole numbers it holds, as an interval of whole ends; itself when it holds none.

        ``28,5..29,5`` is ``29..29``, ``0..30`` open at 30 is ``0..29``, ``1,25..1,35`` (no
        whole number) is itself. Infinite ends stay.
        """
        lo, hi = self.lo, self.hi
        if lo.is_finite():
            first = lo.to_integral_value(rounding=decimal.ROUND_CEILING)
            lo = first + 1 if self.lo_open and first == self.lo else first
        if hi.is_finite():
            last = hi.to_integral_value(rounding=decimal.ROUND_FLOOR)
            hi = last - 1 if self.hi_open and last == self.hi else last
        if lo > hi or (lo == self.lo and hi == self.hi and not (self.lo_open or self.hi_open)):
            return self
        return Interval(lo, hi, lo.is_infinite(), hi.is_infinite(), self.nominal)

    def contains(self, x: Decimal) -> bool:
        """Tell whether ``x`` is a member."""
        if x < self.lo or x > self.hi:
            return False
        return not ((x == self.lo and self.lo_open) or (x == self.hi and self.hi_open))

    def intersection(self, other: Interval) -> Interval | None:
        """Return the numbers in both intervals, or None when there are none."""
        lo, lo_open, hi, hi_open = self._inner_ends(other)
        if lo > hi or (lo == hi and (lo_open or hi_open)):
            return None
        return Interval(lo, hi, lo_open, hi_open, self._shared_nominal(other))

    def overlaps(self, other: Interval) -> bool:
        """Tell whether some number is in both intervals."""
        lo, lo_open, hi, hi_open = self._inner_ends(other)  # without building the interval
        return not (lo > hi or (lo == hi and (lo_open or hi_open)))

    def _inner_ends(self, other: Interval) -> tuple[Decimal, bool, Decimal, bool]:
        """The inner ends of two intervals, each open if either interval is open at a tie."""
        a, b = self.lo, other.lo
        if a != b:
            lo, lo_open = (a, self.lo_open) if a > b else (b, other.lo_open)
        else:
            lo, lo_open = a, self.lo_open or other.lo_open
        a, b = self.hi, other.hi
        if a != b:
            hi, hi_open = (a, self.hi_open) if a < b else (b, other.hi_open)
        else:
            hi, hi_open = a, self.hi_open or other.hi_open
        return lo, lo_open, hi, hi_open

    def hull(self, other: Interval) -> Interval:
        """Return the smallest interval holding both."""
        lo, lo_open = _looser((self.lo, self.lo_open), (other.lo, other.lo_open), lower=True)
        hi, hi_open = _looser((self.hi, self.hi_open), (other.hi, other.hi_open), lower=False)
        return Interval(lo, hi, lo_open, hi_open, self._shared_nominal(other))

    def _shared_nominal(self, other: Interval) -> Decimal | None:
        return self.nominal if self.nominal is not None and self.nominal == other.nominal else None

    def compare(self, op: str, other: Interval) -> Truth:
        """Judge ``self op other`` (op in ``== != < <= > >=``) on every pair of members.

        FAILS when no pair satisfies it; HOLDS when the written figures satisfy it or one
        side has no written figure; ROUNDING when only values within precision do.
        """
        relation = _RELATIONS.get(op)
        if relation is None:
            raise ValueError(f"unknown comparison {op!r}")
        if not self._possible(op, other):
            return Truth.FAILS
        if self.nominal is None or other.nominal is None:
            return Truth.HOLDS
        return Truth.HOLDS if relation(self.nominal, other.nominal) else Truth.ROUNDING

    def _possible(self, op: str, other: Interval) -> bool:
        """Tell whether some member of self and some member of other satisfy ``op``."""
        if op == "==":
            return self.overlaps(other)
        if op == "!=":
            return not (self.lo == self.hi == other.lo == other.hi)
        if op in (">", ">="):
            return other._possible("<" if op == ">" else "<=", self)
        if self.lo < other.hi:
            return True
        return op == "<=" and self.lo == other.hi and not (self.lo_open or other.hi_open)

    def __neg__(self) -> Interval:
        nominal = None if self.nominal is None else self.nominal.copy_negate()
        return Interval(
            self.hi.copy_negate(), self.lo.copy_negate(), self.hi_open, self.lo_open, nominal
        )

    def __abs__(self) -> Interval:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        top, top_open = _looser(
            (self.lo.copy_negate(), self.lo_open), (self.hi, self.hi_open), lower=False
        )
        nominal = None if self.nominal is None else self.nominal.copy_abs()
        return Interval(_ZERO, top, False, top_open, nominal)

    def __add__(self, other: Interval) -> Interval:
        nominal, other_nominal = self.nominal, other.nominal
        return Interval(
            _DOWN.add(self.lo, other.lo),
            _UP.add(self.hi, other.hi),
            self.lo_open or other.lo_open,
            self.hi_open or other.hi_open,
            None if nominal is None or other_nominal is None else _NEAR.add(nominal, other_nominal),
        )

    def __sub__(self, other: Interval) -> Interval:
        return self + -other

    def __mul__(self, other: Interval) -> Interval:
        corners = [
            _corner_product(a, b)
            for a in ((self.lo, self.lo_open), (self.hi, self.hi_open))
            for b in ((other.lo, other.lo_open), (other.hi, other.hi_open))
        ]
        lo = min(low for low, _, _ in corners)
        hi = max(high for _, high, _ in corners)
        return Interval(
            lo,
            hi,
            all(is_open for low, _, is_open in corners if low == lo),
            all(is_open for _, high, is_open in corners if high == hi),
            _combine(_NEAR.multiply, self.nominal, other.nominal),
        )

    def __truediv__(self, other: Interval) -> Interval:
        """Divide; by an interval holding zero the quotient is any number, (-inf, +inf)."""
        if other.contains(_ZERO):
            return Interval(-_INFINITY, _INFINITY)
        quotient = self * other._reciprocal()
        nominal = None
        if self.nominal is not None and other.nominal:
            nominal = _NEAR.divide(self.nominal, other.nominal)
        return dataclasses.replace(quotient, nominal=nominal)

    def _reciprocal(self) -> Interval:
        """Return 1/x for the members x of an interval that does not hold zero."""
        # An open end at zero maps to an infinite end; an infinite end maps to an open zero.
        lo, hi = _ZERO, _ZERO
        if not self.hi.is_infinite():
            lo = _DOWN.divide(_ONE, self.hi) if self.hi else -_INFINITY
        if not self.lo.is_infinite():
            hi = _UP.divide(_ONE, self.lo) if self.lo else _INFINITY
        return Interval(lo, hi, self.hi_open, self.lo_open)


def _looser(a: _Bound, b: _Bound, *, lower: bool) -> _Bound:
    """Pick the end of a hull: the outer end, closed if either is at a tie."""
    if a[0] != b[0]:
        return a if (a[0] < b[0]) == lower else b
    return a[0], a[1] and b[1]


def _corner_product(a: _Bound, b: _Bound) -> tuple[Decimal, Decimal, bool]:
    """Multiply two ends: the product rounded down and up, and whether it is out of reach."""
    (x, x_open), (y, y_open) = a, b
    if not x or not y:  # 0 * inf is 0: a closed zero end is reached whatever the other factor
        return _ZERO, _ZERO, not ((not x and not x_open) or (not y and not y_open))
    return _DOWN.multiply(x, y), _UP.multiply(x, y), x_open or y_open


def _combine(
    op: Callable[[Decimal, Decimal], Decimal], a: Decimal | None, b: Decimal | None
) -> Decimal | None:
    return None if a is None or b is None else op(a, b)


@dataclass(frozen=True, slots=True)
class Quantity:
    """An interval of numbers in a unit (``registry().dimensionless`` for pure numbers)."""

    interval: Interval
    unit: pint.Unit

    def __reduce__(self) -> tuple[Callable[[Interval, str], Quantity], tuple[Interval, str]]:
        # pint would unpickle the unit into its default registry, which has no EUR.
        return _unpickle_quantity, (self.interval, str(self.unit))

    def compatible(self, other: Quantity) -> bool:
        """Tell whether the two measure the same thing (percent and pure numbers do).

        Points of a score or an index and pure numbers do too: a league table's points and
        an index's level are written bare or in points (``34`` and ``34 points``).
        """
        unit, other_unit = self.unit, other.unit
        return (
            unit is other_unit
            or _dimension(unit) == _dimension(other_unit)
            or _counted_points(unit, other_unit)
        )

    def to(self, unit: pint.Unit) -> Quantity:
        """Express in another unit of the same dimension, with exact decimal factors."""
        if unit is self.unit or unit == self.unit:
            return self
        if _counted_points(self.unit, unit):  # 8 000 (an index written bare) in points
            return Quantity(self.interval, unit)
        try:  # two factors between weeks and years (52 weeks, or 365,25 / 7)
            factor, low, high, offset = units.conversion_range(self.unit, unit)
        except units.UnitError as error:
            raise UnitMismatch(str(error)) from None
        iv = self.interval
        lo = _DOWN.add(_DOWN.multiply(iv.lo, low if iv.lo >= 0 else high), offset)
        hi = _UP.add(_UP.multiply(iv.hi, high if iv.hi >= 0 else low), offset)
        nominal = None
        if iv.nominal is not None:
            nominal = _NEAR.add(_NEAR.multiply(iv.nominal, factor), offset)
        return Quantity(Interval(lo, hi, iv.lo_open, iv.hi_open, nominal), unit)

    def compare(self, op: str, other: Quantity) -> Truth:
        """Judge ``self op other`` after converting other into this unit."""
        if other.unit is self.unit:  # the common case, and nothing to convert
            return self.interval.compare(op, other.interval)
        return self.interval.compare(op, self._aligned(other, "compare", "with").interval)

    def _aligned(self, other: Quantity, verb: str, joint: str) -> Quantity:
        if not self.compatible(other):
            raise UnitMismatch(
                f"cannot {verb} {_describe(self.unit)} {joint} {_describe(other.unit)}"
                + _points_hint(self.unit, other.unit)
            )
        return other.to(self.unit)

    def __add__(self, other: Quantity) -> Quantity:
        if other.unit is self.unit:
            return Quantity(self.interval + other.interval, self.unit)
        if _counted_points(self.unit, other.unit):  # a bare index level and its move in points
            unit = other.unit if _in_score_points(other.unit) else self.unit
            return Quantity(self.to(unit).interval + other.to(unit).interval, unit)
        return Quantity(self.interval + self._aligned(other, "add", "and").interval, self.unit)

    def __sub__(self, other: Quantity) -> Quantity:
        if other.unit is not self.unit and _counted_points(self.unit, other.unit):
            unit = other.unit if _in_score_points(other.unit) else self.unit
            return Quantity(self.to(unit).interval - other.to(unit).interval, unit)
        aligned = self._aligned(other, "subtract", "from")
        return Quantity(self.interval - aligned.interval, self.unit)

    def __neg__(self) -> Quantity:
        return Quantity(-self.interval, self.unit)

    def __abs__(self) -> Quantity:
        return Quantity(abs(self.interval), self.unit)

    def __mul__(self, other: Quantity) -> Quantity:
        """Multiply; a percentage of an amount is in the amount's unit (3 % of 2 EUR).

        A percentage of a pure number (a count) is a pure number too: 3,9 % of 7,6 million
        trains is 296 400 trains, never 29 640 000 %.
        """
        if _is_pure_number(other.unit):
            if units.is_percent(self.unit):
                return self.to(other.unit) * other
            return Quantity(self.interval * other.interval, self.unit)
        if _is_pure_number(self.unit):
            if units.is_percent(other.unit):
                return self * other.to(self.unit)
            return Quantity(self.interval * other.interval, other.unit)
        if other.unit.dimensionless:
            return self * other.to(units.dimensionless())
        if self.unit.dimensionless:
            return self.to(units.dimensionless()) * other
        return Quantity(self.interval * other.interval, self.unit * other.unit)

    def __truediv__(self, other: Quantity) -> Quantity:
        """Divide; a ratio of two amounts of the same kind is a pure number."""
        if _is_pure_number(other.unit):
            return Quantity(self.interval / other.interval, self.unit)
        if self.compatible(other):  # 0,12 % / 0,08 % is 1.5, not 150 %
            return Quantity(self.interval / other.to(self.unit).interval, units.dimensionless())
        if other.unit.dimensionless:
            return self / other.to(units.dimensionless())
        return Quantity(self.interval / other.interval, self.unit / other.unit)


def _counted_points(unit: pint.Unit, other: pint.Unit) -> bool:
    """Whether one unit is points of a score or an index and the other a pure number."""
    return (_in_score_points(unit) and _is_pure_number(other)) or (
        _in_score_points(other) and _is_pure_number(unit)
    )


def _in_score_points(unit: pint.Unit) -> bool:
    """``units.is_score_points``, by the unit's id (pint hashes units slowly)."""
    return _dimension(unit) == _dimension(_score_point())


@functools.cache
def _score_point() -> pint.Unit:
    return units.parse_unit("points")


def _points_hint(unit: pint.Unit, other: pint.Unit) -> str:
    """What to write when points of a score meet a percentage or percentage points, or ""."""
    if units.is_score_points(other):
        unit, other = other, unit
    if units.is_score_points(unit) and (units.is_percent(other) or units.is_points(other)):
        return (
            ": 'points' alone are a score's or an index's; write a change of a rate in"
            " percentage points, pp ('-0,2 pp')"
        )
    return ""


def _unpickle_quantity(interval: Interval, unit: str) -> Quantity:
    return Quantity(interval, units.registry().Unit(unit))


def _is_pure_number(unit: pint.Unit) -> bool:
    pure = units.dimensionless()
    return unit is pure or bool(unit == pure)


# Units by id, each with a number standing for its dimensionality: rules compare the units
# of millions of pairs of quantities, and pint's comparison of dimensionalities is slow.
# The entry holds the unit, so its id cannot be reused while the entry stands.
_DIMENSIONS: dict[int, tuple[pint.Unit, int]] = {}
_DIMENSION_NUMBERS: dict[object, int] = {}
_MAX_UNITS = 4096  # arithmetic makes units (EUR/person); a new one is rarely seen twice
_DIMENSIONS_LOCK = threading.Lock()


def _unit_text(unit: pint.Unit) -> str:
    """Return ``units.format_unit(unit)``, found by the unit's id (pint hashes units slowly)."""
    entry = _UNIT_TEXTS.get(id(unit))
    if entry is not None and entry[0] is unit:
        return entry[1]
    text = units.format_unit(unit)
    if len(_UNIT_TEXTS) >= _MAX_UNITS:
        _UNIT_TEXTS.clear()
    _UNIT_TEXTS[id(unit)] = (unit, text)
    return text


_UNIT_TEXTS: dict[int, tuple[pint.Unit, str]] = {}


def _dimension(unit: pint.Unit) -> int:
    """Return a number that two units share exactly when their dimensionalities are equal."""
    entry = _DIMENSIONS.get(id(unit))
    if entry is not None and entry[0] is unit:
        return entry[1]
    with _DIMENSIONS_LOCK:  # numbers are never reused: two units always get comparable ones
        number = _DIMENSION_NUMBERS.setdefault(unit.dimensionality, len(_DIMENSION_NUMBERS))
        if len(_DIMENSIONS) >= _MAX_UNITS:
            _DIMENSIONS.clear()
        _DIMENSIONS[id(unit)] = (unit, number)
    return number


def _describe(unit: pint.Unit) -> str:
    written, dimension = units.format_unit(unit), units.describe_dimension(unit)
    if not written:
        return "a pure number"
    return written if written == dimension else f"{written} ({dimension})"


@dataclass(frozen=True, slots=True)
class Value:
    """A claim's value: what was written and the quantity it stands for."""

    text: str  # as written, e.g. "44,4 %"
    quantity: Quantity
    comparator: str | None  # "~", "<", "<=", ">", ">=", "to", or None for an exact figure
    numbers: tuple[str, ...]  # the numbers exactly as written: ("44,4",), ("300", "500")
    figures: tuple[Decimal, ...]  # their values before scale: (Decimal("44.4"),)
    scale: Decimal  # 1, 1000, 10**6, ...: the scale word written last
    unit_text: str  # the unit as written: "%", "EUR", ""
    #: what each number stands for, its scale applied: ``500,000 to 1 million`` is
    #: (500000, 1000000), ``2 to 3 million`` (2000000, 3000000)
    amounts: tuple[Decimal, ...] = ()


# --- Reading ------------------------------------------------------------------------------

_COMPARATORS = (("<=", "<="), ("≤", "<="), (">=", ">="), ("≥", ">="),
                ("<", "<"), (">", ">"), ("~", "~"), ("≈", "~"))  # fmt: skip
_COMPARATOR_STARTS = frozenset(written[0] for written, _ in _COMPARATORS)
#: "c." and "circa" before a figure, as British copy writes "about": read as "~".
_CIRCA_RE = re.compile(
    rf"(?:c\.|ca\.|[Cc]irca\b)\s*(?=[\d{units.SIGN_CHARACTERS}.,+\-−–]|[A-Z]{{1,3}}\$|[A-Z]{{3}}\s|Rs\b)"
)
_CIRCA_STARTS = frozenset("cC")

#: Scale words as powers of ten.  ``billion`` is 10**9 in English, 10**12 in French; the
#: Indian ``lakh`` is 10**5 and ``crore`` 10**7 in any language (``Rs 500 crore``, ``500
#: crores de roupies``; ``₹2 lakh crore``: see ``_COMPOUND_SCALES``), ``lac`` a lakh in
#: English only (in French, "3 lacs" are lakes).
_SCALES: dict[str, dict[str, int]] = {
    "en": {"thousand": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9,
           "trillion": 12, "lac": 5, "lacs": 5},
    "fr": {"mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9,
           "billion": 12, "billions": 12, "trillion": 18, "trillions": 18},
}  # fmt: skip
#: A scale word that takes ``crore`` after it: "₹2 lakh crore" is 2 * 10**12, "Rs 20
#: thousand crore" 2 * 10**11 (a lakh, or a thousand, of crores).
_COMPOUND_SCALES = {"crore": 7, "crores": 7}
_BEFORE_CRORE = frozenset({"lakh", "lakhs", "lac", "lacs", "thousand"})
_CRORE_AFTER_RE = re.compile(r"[ \u00a0\u202f]*(crores?)(?![^\W\d_])", re.IGNORECASE)
#: English words any source may use ("1 million EUR" in French); not billion or trillion,
#: which follow the source language.
_ANY_LANGUAGE_SCALES = {"thousand": 3, "million": 6, "millions": 6, "lakh": 5, "lakhs": 5,
                        "crore": 7, "crores": 7}  # fmt: skip
_ALL_SCALE_WORDS = frozenset(
    word for table in (*_SCALES.values(), _ANY_LANGUAGE_SCALES) for word in table
)
#: Scale words as newsrooms abbreviate them: ``£1.2bn``, ``1,2 Md€``; always a scale.
_ABBREVIATED_SCALES: dict[str, dict[str, int]] = {
    "en": {"bn": 9, "bln": 9, "tn": 12, "trn": 12, "mn": 6, "mln": 6},
    "fr": {"md": 9, "mds": 9, "mrd": 9, "mrds": 9},
}
#: Abbreviations that are a scale only next to money: ``$2,500m``, but ``a 100m race``.
_MONEY_SCALES: dict[str, dict[str, int]] = {
    "en": {"m": 6, "k": 3, "b": 9, "cr": 7},  # "Rs 500 cr": crore
    "fr": {"m": 6, "k": 3},
}
#: A currency sign before a figure (``£1.2bn``, ``US$3m``, ``₹500``, ``R$4bn``, ``Rs 500``,
#: the signs of :data:`factcheck.units.CURRENCIES`), or an ISO code (``USD 12.4 billion``).
_LEADING_MONEY_RE = re.compile(rf"({units.SIGN_BEFORE_PATTERN}|[A-Z]{{3}}(?=\s))\s*(?=[\d.,])")
#: The rupee ``Rs`` is before a figure: the Indian one, but where the source's territory
#: has a rupee of its own (``en_PK``: the Pakistani rupee); extract drafts ``Rs`` by it too.
RUPEES = units.RUPEES

_RANGE_WORDS = {"fr": ("to", "à")}
#: What an ordinal writes after its digits: "5e", "1er", "1re", "2nde", "3rd", "21st".
_ORDINAL_RE = re.compile(r"e|er|re|ère|ème|eme|è|nde?|th|st|nd|rd", re.IGNORECASE)
_SPACES = " \u00a0\u202f\u2009"
_SPACES_RE = re.compile(f"[{_SPACES}]")
_NUMBER_RE = re.compile(rf"[+\-−]?(?:\d|[.,]\d)(?:[\d.,'’]|[{_SPACES}](?=\d))*(?:[eE][+\-]?\d+)?")
_PLAIN_NUMBER_RE = re.compile(r"[+-]?(?:\d+|\d*\.\d+)(?:[eE][+-]?\d+)?")
_DOT_GROUPED_RE = re.compile(r"[+-]?[1-9]\d{0,2}\.\d{3}")  # 1.000: one thousand, or one?
_WORD_RE = re.compile(r"([^\W\d_]+)(.*)", re.DOTALL)
_MAX_MAGNITUDE = 100  # decimal exponent; no news figure has 100 digits: 1e400 is a typo
MAX_MAGNITUDE = _MAX_MAGNITUDE  # for the literals of checks
MAX_VALUE_LENGTH = 200  # characters; a value is a figure, a scale word and a unit
_SCALE_STEP = Decimal(1000)  # between one scale word and the next
_SHOWN_OF_LONG = 40  # characters of an overlong value its message quotes
_DEFAULT_APPROX = Decimal("0.1")


class _Amount(NamedTuple):
    number: str  # as written
    figure: Decimal  # before scale
    scale: int | None  # power of ten of a scale word, None when there is none
    scale_word: str  # as written, "" when there is none
    unit_text: str
    #: half the width of the figure's interval when it is not half a unit of its last digit:
    #: "4 ans et demi" is 4,5 years give or take a quarter (its last part is a half-year)
    half: Decimal | None = None


# What parse_value read, and the messages of what it could not, by (text, language, approx):
# loading asks once per claim, and an archive writes the same few thousand values again
# and again.  Cleared when full, rather than evicting one by one.
_VALUES: dict[tuple[str, str, Decimal], Value] = {}
_VALUE_ERRORS: dict[tuple[str, str, Decimal], str] = {}
_MAX_VALUES = 65536


def parse_value(text: str, language: str = "en", *, approx: Decimal = _DEFAULT_APPROX) -> Value:
    """Read a value written in the grammar, in the source's language (cached).

    ``approx`` is the relative half-width of ``~x`` values.  Raises ValueSyntaxError.
    """
    key = (text, language, approx)
    if type(approx) is Decimal:  # a float equal to a cached tolerance must still be refused
        try:
            return _VALUES[key]
        except (KeyError, TypeError):  # not read yet, or unhashable (a signalling NaN)
            pass
    if not approx.is_finite() or approx < 0:
        raise ValueError(f"the tolerance of '~' values must be a positive number, not {approx}")
    message = _VALUE_ERRORS.get(key)
    if message is None:
        try:
            # normalised: 0.1 and 0.10 are one cache key, so they must give one reading
            # (90 - 9.0 is 81.0, but 90 - 9.00 prints 81.00)
            value = _read_value(text, language, approx.normalize())
        except (ValueSyntaxError, units.UnitError) as error:
            shown = text if len(text) <= MAX_VALUE_LENGTH else text[:_SHOWN_OF_LONG] + "…"
            detail = str(error)
            if isinstance(error, units.UnitError) and error.examples:
                detail = _users_examples(error, text, language)
            message = f"cannot read {shown!r}: {detail}"
            if not getattr(_TEACHING, "on", False):  # a start tried while teaching: not kept
                _keep(_VALUE_ERRORS, key, message)
        else:
            if type(approx) is Decimal:
                _keep(_VALUES, key, value)
            return value
    raise ValueSyntaxError(message) from None


#: Blanks left where refused words were taken out, and a connector left at the end
#: ("2,5 millions de" of "2,5 millions de spectateurs").
_DOUBLE_BLANK_RE = re.compile(r"(?<=[ \u00a0\u202f])[ \u00a0\u202f]+")
_CONNECTOR_END_RE = re.compile(r"(?:\s+(?:de|du|des|of)|\s*d['’])\s*\Z", re.IGNORECASE)
#: The figure a value starts with, after a comparator and a currency, and its scale word.
_FIGURE_FIRST_RE = re.compile(
    rf"\s*(?P<before>(?:<=|>=|[<>≤≥~])?)\s*(?:{units.SIGN_BEFORE_PATTERN}|[A-Z]{{3}}\s)?\s*"
    rf"(?P<number>{_NUMBER_RE.pattern})(?P<scale>[{_SPACES}]*[^\W\d_]+)?"
)


def _users_examples(error: units.UnitError, text: str, language: str) -> str:
    """The error's message with each stock example replaced by one built from ``text``.

    A unit alone has no figure: its message says "write a count bare ('12')". Built from
    what the editor wrote ("45 000" of "45 000 spectateurs"), in their language, and kept
    only if it reads; else the stock example in brackets is dropped.
    """
    message = str(error)
    parts = {
        "kept": _without_refused(text, error.refused),
        "head": _before_refused(text, error.refused),
        "bare": _bare_figure(text, language),
    }
    for stock, builds in error.examples:
        example = None
        for build in builds.split("|") if builds else ():
            needed = re.findall(r"\{(\w+)\}", build)
            if all(parts.get(name) for name in needed):
                candidate = build.format(**parts)
                if _reads(candidate, language):
                    example = candidate
                    break
        head, found, tail = message.rpartition(stock)
        if not found:
            continue
        if example is not None and "'" not in stock:  # " (1.23 USD)": unquoted, in brackets
            example = f" ({example})"
        elif example is not None:
            quote_at = stock.index("'")
            example = f"{stock[:quote_at]}'{example}'{stock[stock.rindex(chr(39)) + 1 :]}"
        elif stock.startswith(" ("):
            example = ""
        else:
            example = stock
        message = head + example + tail
    return message


#: A figure and a part of it: "5 000 € dont 2 000 avec sursis", "£5m including £1m".
_PART_OF_RE = re.compile(
    r"(?P<whole>.*?\d.*?)\s+(?:dont|including|of\s+which|incl\.?)\s+(?P<part>\D{0,4}\d.*)",
    re.IGNORECASE,
)
#: A relay or a repeated distance, an event's name: "4 x 100 m", "4x400m", "8 × 500 m".
_RELAY_RE = re.compile(r"\d{1,2}\s*[x×X]\s*\d[\d\s]*(?:m|km|yards?)", re.IGNORECASE)
#: Words after a temperature that make it an anomaly: "1,1 °C au-dessus de la normale".
_ANOMALY_WORDS_RE = re.compile(
    r"(?P<below>en\s+dessous|au[\s-]dessous|below|cooler|colder|de\s+moins|plus\s+froid)"
    r"|au[\s-]dessus|above|warmer|hotter|de\s+plus|plus\s+chaud",
    re.IGNORECASE,
)
#: Refusals that do not say what to write, or say it wrong for a value with words after it.
_UNTAUGHT_RE = re.compile(
    r"(?P<bare>as a unit\Z|unknown unit '[^']*'(?: in .*)?\Z)"
    r"|a figure after the unit; write one figure|is no unit: it says over what period"
    r"|write a count bare"
)
#: A glued word after a figure: "65,000-capacity", "£60m-rated".
_GLUED_WORD_RE = re.compile(r"(?P<head>.*\d[^\s\-\u2011]*)[\-\u2011](?P<word>[^\W\d_][\w\-]*)")
#: A word that names what a figure is, between two figures ("suspended for", "buts sur").
_NAMING_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_LEADING_CONNECTOR_RE = re.compile(
    r"\A(?:(?:de|du|des|of|in|plus|à|au|en|with|avec)\s+)?(?:la\s+|le\s+|les\s+|the\s+|[dl]['’]\s*)?"
    r"(?=\S)",
    re.IGNORECASE,
)


_TEACHING = threading.local()


def _teaching(text: str, language: str, detail: str) -> str | None:
    """A refusal that says what to write, for a value the grammar refuses without saying it.

    Two figures ("5 000 € dont 2 000 avec sursis", "9 buts sur 13 matchs") are two
    claims; a figure and words ("2 300 m d'altitude", "£8.5m in add-ons") is the figure,
    the words said in the property; an anomaly ("1,1 °C au-dessus de la normale") is a
    change of temperature. None when the message already teaches.
    """
    foreign = _foreign_scale_hint(text, language)
    if foreign is not None:  # "£1.26bn" in a French source: "bn" is English
        return foreign
    margin = _MARGIN_RE.fullmatch(text)
    if margin is not None:  # "$15.5bn ±2%", "2 % plus ou moins 0,5 point": a range
        hint = _margin_hint(margin.group("head"), margin.group("margin"), language)
        if hint is not None:
            return hint
    part_of = _PART_OF_RE.fullmatch(text)
    if part_of is not None:
        return _part_of_hint(part_of.group("whole"), part_of.group("part"), language)
    if _RELAY_RE.fullmatch(text.strip()):
        return (
            f"a relay or a repeated distance ({text!r}) is an event's name: say it in the"
            " property or a qualifier (event: 4x100m) and write the time or the rank as the value"
        )
    untaught = _UNTAUGHT_RE.search(detail)
    if untaught is None:
        return None
    hint = _words_after_hint(text, language, detail)
    if hint is None:
        return None
    if untaught.group("bare") is not None:  # nothing taught: say it after what was read
        return f"{detail}: {hint}"
    return hint  # taught wrong: a count for money, a duration's parts for two figures


#: An abbreviated scale word glued or next to a figure: "£1.26bn", "3,2 Mrd CHF".
_ABBREVIATION_AFTER_FIGURE_RE = re.compile(r"(?<=\d)[ \u00a0]?([A-Za-z]{2,4})(?![^\W\d_])")
_FRENCH_DECIMAL_RE = re.compile(r"(?<=\d)\.(?=\d)")


def _foreign_scale_hint(text: str, language: str) -> str | None:
    """What to write for a scale abbreviated as another language does ("bn" in French)."""
    code = _language_code(language)
    for found in _ABBREVIATION_AFTER_FIGURE_RE.finditer(text):
        written = found.group(1)
        if written.lower() in _ABBREVIATED_SCALES.get(code, {}):
            return None
        other = next(
            (lang for lang, words in _ABBREVIATED_SCALES.items() if written.lower() in words),
            None,
        )
        if other is None:
            continue
        power = _ABBREVIATED_SCALES[other][written.lower()]
        word = next((w for w, p in _scales(language).items() if p == power), None)
        if word is None:
            return None
        candidate = f"{text[: found.start()]} {word}{text[found.end() :]}"
        if code == "fr" and _reads(_FRENCH_DECIMAL_RE.sub(",", candidate), language):
            candidate = _FRENCH_DECIMAL_RE.sub(",", candidate)
        name = _name(other)
        shown = f": write '{candidate}'" if _reads(candidate, language) else ""
        return f"{written!r} is the {name} abbreviation of a scale word{shown}"
    return None


#: A figure give or take a margin: "$15.5bn ±2%", "5 % ± 2", "$15.5 billion, plus or minus
#: 2%", "2 % plus ou moins 0,5 point".
_MARGIN_RE = re.compile(
    r"(?P<head>[^±]*?\d[^±]*?)[\s,]*(?:±|\+/[-−]|\+-|plus\s+or\s+minus|plus\s+ou\s+moins"
    r"|give\s+or\s+take)\s*(?P<margin>[^\s±].*)",
    re.IGNORECASE | re.DOTALL,
)


def _margin_hint(head: str, margin: str, language: str) -> str | None:
    """The range to write for a figure give or take a margin, or None if either is unread.

    The margin is in the figure's unit ("5 % ± 2" is 3 to 7 %, "± 0,5 point" of a
    percent too), or a percent of a figure that is none ("$15.5bn ±2%": 15.19 to 15.81).
    """
    if not (_reads(head, language) and _reads(margin, language)):
        return None
    value, give = parse_value(head, language), parse_value(margin, language)
    if not value.unit_text and give.unit_text and _reads(f"{head} {give.unit_text}", language):
        head = f"{head} {give.unit_text}"  # "15.5 ± 0.3 s": the unit written once, at the end
        value = parse_value(head, language)
    if value.comparator is not None or give.comparator is not None or len(value.numbers) != 1:
        return None
    unit, given = value.quantity.unit, give.quantity.unit
    figure, margin_figure = value.figures[0], give.figures[0]
    if margin_figure < 0 or give.numbers[0][:1] in _SPACED_SIGNS:
        return None
    both = ""
    if _is_pure_number(given) and not give.unit_text:  # "5 % ± 2": in the figure's unit
        delta = give.amounts[0] / value.scale
    elif units.is_percent(given) and not units.is_percent(unit):  # "$15.5bn ±2%": of it
        delta = abs(figure) * margin_figure / 100
    elif given == unit or (
        units.is_percent(unit) and (units.is_points(given) or _in_score_points(given))
    ):  # a point next to a percent is a percentage point
        delta = give.amounts[0] / value.scale  # "± 0,5 point", "± $0.3bn"
        if units.is_percent(given):  # "5 % ± 2 %": points, or 2 % of 5 %?
            relative = _margin_range(value, abs(figure) * margin_figure / 100, language)
            both = "" if relative is None else f", or '{relative}' if it is {margin} of {head}"
    else:
        return None
    written = _margin_range(value, delta, language)
    if written is None:
        return None
    return f"a figure give or take a margin is a range: write '{written}' ({head} ± {margin}){both}"


def _margin_range(value: Value, delta: Decimal, language: str) -> str | None:
    """``value`` give or take ``delta`` (before its scale), written as a range that reads."""
    number = value.numbers[0]
    at = value.text.find(number)
    if at < 0 or delta <= 0:
        return None
    figure = value.figures[0]
    ends = []
    for end in (figure - delta, figure + delta):
        shown = format(end.normalize(), "f")
        if _language_code(language) == "fr":
            shown = shown.replace(".", ",")
        if number[:1] == "+" and end > 0:
            shown = "+" + shown
        ends.append(shown)
    text = value.text.strip()
    at = text.find(number)
    word = _RANGE_WORDS.get(_language_code(language), ("to",))[-1]
    if at == 0:  # "3 à 7 %": the unit written once, at the end
        written = f"{ends[0]} {word} {ends[1]}{text[len(number) :]}"
    else:  # "$15.19bn to $15.81bn": the currency before each end
        start, after = text[:at], text[at + len(number) :]
        written = f"{start}{ends[0]}{after} {word} {start}{ends[1]}{after}"
    if not _reads(written, language):
        return None
    return written


def _words_after_hint(text: str, language: str, detail: str) -> str | None:
    """What to write for a figure followed by words, or by words and a second figure."""
    start = _readable_start(text, language)
    if start is None and (glued := _GLUED_WORD_RE.fullmatch(text.strip())) is not None:
        head = glued.group("head")
        if _reads(head, language):
            start = head, glued.group("word")
    if start is None or not start[1]:
        return None
    head, words = start
    value = parse_value(head, language)
    if "write a count bare" in detail and _is_pure_number(value.quantity.unit):
        return None  # "12.1m doses": the count is right
    figure = re.search(r"\d", words)
    if figure is not None:  # "18 months suspended for 2 years", "9 buts sur 13 matchs"
        other = _readable(words[figure.start() :], language)
        said = words[: figure.start()].strip()
        if other is None or not _NAMING_WORD_RE.search(said):
            return None  # "2 h 02 min 10 s" has no words between its figures
        if "over what period" in detail and not (
            _is_pure_number(value.quantity.unit)
            and _is_pure_number(parse_value(other[0], language).quantity.unit)
        ):
            return None  # "3,45 % sur 20 ans": a period, as the message says
        said_too = f" ({_identifier(said + ' ' + other[1])})" if said or other[1] else ""
        return (
            f"two figures: write '{head}' and '{other[0]}' as two claims, and say what each"
            f" is in its property{said_too}"
        )
    if "over what period" in detail or "a figure after the unit" in detail:
        return None
    anomaly = _ANOMALY_WORDS_RE.search(words)
    if anomaly is not None and units.has_offset(value.quantity.unit):
        sign = "-" if anomaly.group("below") else "+"
        fahrenheit = "Fahrenheit" in str(value.quantity.unit)
        change = f"{sign}{value.numbers[-1].lstrip('+-−')} delta_deg{'F' if fahrenheit else 'C'}"
        if _reads(change, language):
            return (
                f"{words!r} makes it a change of temperature, an anomaly: write '{change}' and"
                " say what it is measured against in the property (anomaly_vs_normal)"
            )
    said = _LEADING_CONNECTOR_RE.sub("", words)
    if _reads(f"1 {said}", language):
        return None  # "5 d'euros": a unit the grammar reads written the wrong way
    return (
        f"{said!r} is no unit: write '{head}' and say {said!r} in the property"
        f" ({_identifier(said)})"
    )


def _readable_start(text: str, language: str) -> tuple[str, str] | None:
    """As :func:`_readable`, for a refused text: its longest start short of the whole."""
    words = text.split()
    start = _readable(" ".join(words[:-1]), language) if len(words) > 1 else None
    return None if start is None else (start[0], f"{start[1]} {words[-1]}".strip())


def _part_of_hint(whole: str, part: str, language: str) -> str | None:
    """Two claims for a figure and a part of it, the part in the whole's unit."""
    first = _readable(whole, language)
    second = _readable(part, language)
    if first is None or second is None or first[1]:
        return None
    shown = second[0]
    unit = parse_value(first[0], language).unit_text
    if unit and _is_pure_number(parse_value(shown, language).quantity.unit):
        money = _LEADING_MONEY_RE.match(first[0])
        with_unit = f"{money.group(1)}{shown}" if money else f"{shown} {unit}"
        shown = with_unit if _reads(with_unit, language) else shown
    said = f" ({_identifier(second[1])})" if second[1] else ""
    return (
        f"a figure and a part of it: write '{first[0]}' and the part, '{shown}', as a claim of"
        f" its own, saying what the part is in its property{said}"
    )


def _without_refused(text: str, refused: str) -> str | None:
    """The value without the words its unit error refuses: "£39" of "£39 one way"."""
    at = text.rfind(refused) if refused else -1
    if at < 0:
        return None
    before, after = text[:at], text[at + len(refused) :]
    if after.lstrip()[:1] == "/":  # "330 kWh EP/m²/an": "330 kWh/m²/an"
        before, after = before.rstrip(), after.lstrip()
    kept = _DOUBLE_BLANK_RE.sub("", before + after).strip()
    return _CONNECTOR_END_RE.sub("", kept) or None


def _before_refused(text: str, refused: str) -> str | None:
    """The value up to the words its unit error refuses: "215 €/t" of "215 €/t rendu Rouen"."""
    at = text.rfind(refused) if refused else -1
    if at <= 0:
        return None
    return _CONNECTOR_END_RE.sub("", text[:at].strip()) or None


def _bare_figure(text: str, language: str) -> str | None:
    """The figure a value starts with, its comparator and scale word kept: "~2,5 millions"."""
    found = _FIGURE_FIRST_RE.match(text)
    if found is None:
        return None
    figure = found.group("before") + found.group("number")
    scale = found.group("scale")
    if scale is not None:
        abbreviated, with_money = scale_abbreviations(language)
        word = scale.strip().lower()
        if word in _scales(language) or word in abbreviated or word in with_money:
            figure += scale
    return figure


def _reads(text: str, language: str) -> bool:
    try:
        parse_value(text, language)
    except ValueSyntaxError:
        return False
    return True


def _keep(cache: dict[tuple[str, str, Decimal], T], key: tuple[str, str, Decimal], item: T) -> None:
    if len(cache) >= _MAX_VALUES:
        cache.clear()
    cache[key] = item


def _read_value(text: str, language: str, approx: Decimal) -> Value:
    try:
        return _read_plain_value(text, language, approx)
    except (ValueSyntaxError, units.UnitError) as error:
        if len(text) > MAX_VALUE_LENGTH or getattr(_TEACHING, "on", False):
            raise
        detail = str(error)
        if isinstance(error, units.UnitError) and error.examples:
            detail = _users_examples(error, text, language)
        _TEACHING.on = True  # the shorter starts it tries need no teaching of their own
        try:  # only for what is refused: no cost to a value read
            taught = _teaching(text, language, detail)
        finally:
            _TEACHING.on = False
        if taught is None:
            raise
        raise ValueSyntaxError(taught) from None


def _read_plain_value(text: str, language: str, approx: Decimal) -> Value:
    rest = text.strip()
    if not rest:
        raise ValueSyntaxError("the value is empty")
    if len(rest) > MAX_VALUE_LENGTH:
        raise ValueSyntaxError(
            f"the value is {len(rest):,} characters long; a value is a figure and its unit, "
            f"at most {MAX_VALUE_LENGTH} characters"
        )
    comparator = None
    if rest[0] in _COMPARATOR_STARTS:
        for written, canonical in _COMPARATORS:
            if rest.startswith(written):
                comparator, rest = canonical, rest[len(written) :].lstrip()
                break
    if comparator is None and rest[:1] in _CIRCA_STARTS:
        circa = _CIRCA_RE.match(rest)
        if circa is not None:  # "c.£45bn", "ca. 300", "circa 1,200": about
            comparator, rest = "~", rest[circa.end() :]
    if rest[:1] == "–" and (
        rest[1:].lstrip()[:1].isdecimal() or _LEADING_MONEY_RE.match(rest[1:].lstrip())
    ):
        rest = "−" + rest[1:].lstrip()  # "–3 %", "–£3m": French copy sets a minus as an en dash
    elif rest[:1] in _SPACED_SIGNS and _SPACED_SIGN_RE.match(rest):
        rest = rest[0] + rest[2:]  # "− 20,7 %", "+ 3 %": French typography spaces the sign
    if rest[:1].isalpha() and (bound := _bound_hint(rest, language)) is not None:
        # "up to £3m", "at least 2 to 3": the bound before any range is split
        raise ValueSyntaxError(f"{rest!r} does not start with a figure written in digits: {bound}")
    dashed = _MONEY_DASH_RE.fullmatch(rest) if rest[:1] in _SIGN_STARTS else None
    if dashed is not None:
        sign, first, first_scale, last, last_scale = dashed.groups()
        raise ValueSyntaxError(  # "£3-5m", "$8-12m", "£3m-£5m": both ends in the currency
            f"write a range as '{sign}{first}{first_scale or last_scale} to"
            f" {sign}{last}{last_scale}'"
        )
    if ("CI" in rest or "IC" in rest or "onfiden" in rest) and (
        interval_hint := _confidence_interval_hint(rest)
    ):
        raise ValueSyntaxError(interval_hint)  # "95% CI 1.2-3.4", "IC 95 % 1,2–3,4"
    parts = [part.strip() for part in _range_re(language).split(rest)]
    if len(parts) > 2:
        raise ValueSyntaxError("a range has two ends, 'a to b'")
    if len(parts) == 2 and not parts[1] and _TERABYTES_END_RE.search(rest):
        units.parse_unit("To")  # "1 To" in English: refused, saying to write TB
    ends = [_read_amount(part, language) for part in parts]
    last = ends[-1]
    try:
        unit = units.parse_unit(last.unit_text)
    except units.UnitError:
        # only for what is refused: no cost to a plain figure
        hint = _figure_unit_hint(last) or _written_form_hint(last, language)
        if hint is None:
            millions = _MILLIONS_OF_RE.fullmatch(last.unit_text)
            if millions is not None and _language_code(language) == "en":  # "12.1m doses"
                counted, figure = millions.group(1), f"{last.number} million"
                raise ValueSyntaxError(
                    f"{counted!r} in {last.unit_text!r} is no unit: write a count bare"
                    f" ('{figure}'; 'm' is millions here, not metres), or in person when it"
                    f" counts people ('{figure} person'), and say what is counted in the"
                    f" property ({_identifier(counted)})"
                ) from None
            raise
        raise ValueSyntaxError(hint) from None
    if ends[0].number[:1] == "+" and units.has_offset(unit):
        # "+3,2 °C", "+1.2C": a sign written before a temperature makes it a change (an
        # anomaly, a warming), as "+3,2 delta_degC"; "-20 °C" stays twenty below zero
        unit = units.temperature_change(unit)
    power = last.scale or 0
    if len(ends) == 1:
        interval = _figure_interval(last.figure, power, comparator, approx, unit, last.half)
        amounts: tuple[Decimal, ...] = (_shift(last.figure, power),)
    else:
        first = ends[0]
        if _is_score(first, last) and first.figure >= last.figure:  # 2–1, 3 à 1, 1–1
            message = _score_message(first.number, last.number)
            if first.figure > last.figure:
                message += f"; as a range it starts above its end ({first.number} > {last.number})"
            raise ValueSyntaxError(message)
        if comparator is not None:
            raise ValueSyntaxError(f"a range 'a to b' takes no {comparator!r}")
        if first.unit_text and units.parse_unit(first.unit_text) != unit:
            raise ValueSyntaxError("both ends of a range are in the unit written at its end")
        first_power = first.scale
        if first_power is None:
            first_power = power if _borrows_scale(first.figure, last.figure) else 0
        elif first_power != power:
            raise ValueSyntaxError("write both ends of a range with the same scale word")
        lo, hi = _shift(first.figure, first_power), _shift(last.figure, power)
        if lo > hi:
            first_word = f" {last.scale_word}" if first_power and last.scale_word else ""
            word = f" {last.scale_word}" if last.scale_word else ""
            shown = f"{first.number}{first_word} > {last.number}{word}"
            raise ValueSyntaxError(f"the range starts above its end ({shown})")
        interval, comparator = Interval(lo, hi), "to"
        amounts = (lo, hi)
    return Value(
        text=text,
        quantity=Quantity(interval, unit),
        comparator=comparator,
        numbers=tuple(end.number for end in ends),
        figures=tuple(end.figure for end in ends),
        scale=_scale(power),
        unit_text=last.unit_text,
        amounts=amounts,
    )


#: A point of GDP, of growth, of unemployment: a change of a share or a rate, in percentage
#: points ("-1,1 point de PIB", "0.5 percentage points of GDP"), never a score's point.
_POINT_OF_SHARE_RE = re.compile(
    r"(?:(?:percentage|per\s*cent(?:age)?)\s+)?(?:points?|pts?|pp)(?:\s+de\s+pourcentage)?\s*"
    r"(?:of|de|du|d['’])\s*(?:the\s+|la\s+|l['’]\s*)?"
    r"(?:(?P<gdp>GDP|GNP|GNI|PIB|PNB|RNB|RNI|national\s+income|revenu\s+national(?:\s+brut)?"
    r"|produit\s+int[ée]rieur\s+brut|gross\s+domestic\s+product|richesse\s+nationale)"
    r"|(?P<rate>croissance|growth|inflation|ch[ôo]mage|unemployment))",
    re.IGNORECASE,
)
#: A tax rate in pence in the pound ("2p in the pound", "20 pence in the pound").
_PENCE_IN_THE_POUND_RE = re.compile(
    r"(?:p|pence|penny)\s+(?:in|on|off)\s+(?:the|a|every|each)\s+(?:pound|£)", re.IGNORECASE
)
#: Pence, then what they do: "a 2p cut" of a tax rate is two percentage points.
_PENCE_CHANGE_RE = re.compile(
    r"(?:p|pence)[\s\-]+(?:cut|rise|increase|reduction|drop|fall)s?", re.IGNORECASE
)


def _figure_unit_hint(amount: _Amount) -> str | None:
    """What to write for a unit a desk writes after a figure that is no unit, with the figure.

    Asked only once :func:`units.parse_unit` has refused the unit; None leaves its message.
    """
    rest = amount.unit_text
    figure = amount.number + (f" {amount.scale_word}" if amount.scale_word else "")
    bare = figure.lstrip("+-−")
    point = _POINT_OF_SHARE_RE.fullmatch(rest)
    if point is not None:
        what = "share" if point.group("gdp") else "rate"
        example = "deficit_share_of_gdp" if point.group("gdp") else "growth_rate, jobless_rate"
        return (
            f"{rest!r}: a point of {point.group(point.lastgroup or 'gdp')} is a change of a"
            f" {what}, in percentage points: write '{figure} pp' and say what the {what} is in"
            f" the property ({example})"
        )
    if _PENCE_IN_THE_POUND_RE.fullmatch(rest):
        return (
            f"a rate of {bare}p in the pound is {bare} %: write '{bare} %' for the rate (a cut"
            f" of {bare}p in the pound is a change of the rate: '-{bare} pp')"
        )
    if _PENCE_CHANGE_RE.fullmatch(rest):
        return (
            f"pence or percentage points? a {bare}p cut in a tax rate (national insurance,"
            f" income tax) is a change of the rate: write '-{bare} pp'; a {bare}p cut in a"
            f" price is '-{bare}p' (pence)"
        )
    return None


#: What a desk writes after a figure that says how to read it, not what it measures.
_FERTILITY_RE = re.compile(
    r"(?:enfants?|children|child|births?|naissances?|b[ée]b[ée]s?|babies)\s*(?:par|per|a|an|/)"
    r"\s*(?:femmes?|woman|women|mothers?|m[èe]res?)",
    re.IGNORECASE,
)
_PROPORTION_RE = re.compile(
    r"(?:(?P<what>[^\W\d_]+)\s+)?(?:sur|in|out\s+of)\s+(?P<whole>\d+|[^\W\d_]+)", re.IGNORECASE
)
#: A mark out of 20, as French schools give it: "18 sur 20", "14,5/20", "18 out of 20".
_MARK_RE = re.compile(r"(?:sur|out\s+of|/)\s*20", re.IGNORECASE)
_FRACTION_RE = re.compile(r"/\s*(\d{1,3})")
_TO_ONE_RE = re.compile(r"\s*:\s*1")
_CHANGE_WORDS_RE = re.compile(
    r"(?:de\s+|d['’]\s*)?(?:moins|fewer|less|(?P<up>plus|more))", re.IGNORECASE
)
_NOT_OUT_RE = re.compile(r"not\s+out\*?|n\.o\.", re.IGNORECASE)
_METRES_THEN_CENTIMETRES_RE = re.compile(r"m\s*(\d\d)")
_SMALL_NUMBERS = {
    "un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
    "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8,
    "neuf": 9, "nine": 9, "dix": 10, "ten": 10,
}  # fmt: skip
_MULTIPLE_COMPARED_RE = re.compile(
    r"(?:fois|times)\s+(?:plus|moins|more|less|fewer|higher|lower|greater|bigger|larger"
    r"|smaller|as)(?![^\W\d_])",
    re.IGNORECASE,
)
_ORDINAL_THEN_WORD_RE = re.compile(rf"(?:{_ORDINAL_RE.pattern})\s+[^\W\d_]", re.IGNORECASE)
_MILLIONS_OF_RE = re.compile(r"m\s+([^\W\d_]{2,}s)")
_UNIT_DASH_RE = re.compile(r"([^\d\s]+)\s*[-—]\s*(\d[\d.,]*)\s*(\S*)")
_CONFIDENCE_RE = re.compile(
    r"(?:(?P<level>\d[\d.,]*)\s*%?\s*)?(?<![^\W\d_])(?:CI|IC|(?i:confidence\s+interval"
    r"|intervalle\s+de\s+confiance))(?:\s*(?:à|at)?\s*(?P<level2>\d[\d.,]*)\s*%)?\s*[:,=]?\s*[(\[]?\s*"
    r"(?P<lo>[+\-−]?\d[\d.,]*)\s*(?:[-–—;]|,\s|to|à)\s*(?P<hi>[+\-−]?\d[\d.,]*)"
)


def _written_form_hint(amount: _Amount, language: str) -> str | None:
    """What to write for a figure whose words say how to read it: a ratio, a multiple, a rank.

    Asked only once :func:`units.parse_unit` has refused the unit; None leaves its message.
    """
    rest, number = amount.unit_text, amount.number
    if _FERTILITY_RE.fullmatch(rest):  # "1,56 enfant par femme", "1.44 children per woman"
        return (
            f"{rest!r} is no unit: write the fertility rate bare ('{number}') and say it in the"
            " property (total_fertility_rate)"
        )
    mark = _MARK_RE.fullmatch(rest) if amount.scale is None else None
    if mark is not None and 0 <= amount.figure <= 20:  # "18 sur 20", "14,5/20": a mark
        return (
            f"a mark out of 20: write '{number}' and say 'out of 20' in the property"
            " (average_out_of_20)"
        )
    fraction = _FRACTION_RE.fullmatch(rest) if amount.scale is None else None
    if fraction is not None:  # "2/3": a share
        whole = Decimal(fraction.group(1))
        if 0 < amount.figure < whole and amount.figure == amount.figure.to_integral_value():
            percent = _percent_of(amount.figure, whole, language)
            return f"a fraction ('{number}/{fraction.group(1)}'): write '{percent}'"
    if _TO_ONE_RE.fullmatch(rest):  # "18:1": so many for one
        return (
            f"cannot read {rest!r} as a unit: a ratio of {number} to one ('{number}{rest}'):"
            f" write '{number}' and say what it counts for one in the property"
            " (pupils_per_teacher); a score is two figures, two claims"
        )
    change = _CHANGE_WORDS_RE.fullmatch(rest)
    if change is not None:  # "97 000 de moins", "2,000 more": a change, with its sign
        sign = "+" if change.group("up") else "-"
        return (
            f"a change: write '{sign}{number.lstrip('+-−')}' and say what changed in the property"
        )
    if _NOT_OUT_RE.fullmatch(rest):  # "100 not out": a batsman's runs
        return f"write '{number}' and say not_out in the property (runs_not_out)"
    height = _METRES_THEN_CENTIMETRES_RE.fullmatch(rest)
    if height is not None and amount.figure == amount.figure.to_integral_value():
        decimal_mark = _number_style(language).decimal
        return f"write '{number}{decimal_mark}{height.group(1)} m' (one figure, in metres)"
    proportion = _PROPORTION_RE.fullmatch(rest) if amount.scale is None else None
    if proportion is not None:  # "1 in 5", "1 sur 5", "1 train sur 2"
        message = _proportion_hint(amount.figure, proportion, f"{number} {rest}", language)
        if message is not None:
            return message
    if _MULTIPLE_COMPARED_RE.match(rest):  # "2 fois plus", "3 times more"
        return (
            f"a multiple ('{number} {rest}') compares two figures: write it in a check"
            f" ('a / b == {number}'), or the figure bare ('{number}') and say what it"
            " multiplies in the property"
        )
    if _ORDINAL_THEN_WORD_RE.match(rest) and amount.figure == amount.figure.to_integral_value():
        rank = rest.split()[0]  # "2e dose", "3rd quarter": a rank, said in the property
        return (
            f"'{number}{rank}' is an ordinal, no amount: say it in the property"
            f" ({_identifier(rest[len(rank) :])}_{number}) and write the figure the claim gives"
        )
    dash = _UNIT_DASH_RE.fullmatch(rest)
    if dash is not None and dash.group(3) in ("", dash.group(1)):  # "3.50%-3.75%"
        to = _WORDS.get(_language_code(language), _WORDS["en"])["to"]
        written = _readable(f"{number} {to} {dash.group(2)} {dash.group(1)}", language)
        if written is not None and not written[1]:
            return (
                f"write a range as {written[0]!r}; a band (a target range) is two claims,"
                " one per end (qualifiers: {end: lower}, {end: upper})"
            )
    return None


def _proportion_hint(
    part: Decimal, proportion: re.Match[str], written: str, language: str
) -> str | None:
    """What to write for one in five: '20 %', or None when the words are no proportion."""
    whole_text = proportion.group("whole")
    small = _SMALL_NUMBERS.get(whole_text.lower())
    whole = (
        Decimal(whole_text) if whole_text.isdigit() else None if small is None else Decimal(small)
    )
    if whole is None or not 0 < part <= whole < 1000 or part != part.to_integral_value():
        return None
    percent = _percent_of(part, whole, language)
    what = proportion.group("what")
    said = ""
    if what:
        said = f" and say what it is a share of in the property ({_identifier(what)}_share)"
    return f"a proportion ('{written}'): write '{percent}'{said}"


def _percent_of(part: Decimal, whole: Decimal, language: str) -> str:
    """'66,7 %' for 2 of 3: the share in per cent, to a tenth unless whole."""
    share = part * 100 / whole
    rounded = share.quantize(Decimal("0.1"))
    if share == share.to_integral_value():
        rounded = share.quantize(Decimal(1))
    return f"{format_decimal(rounded, language)} %"


def _identifier(words: str) -> str:
    """A property name's part from words: letters, digits and underscores only."""
    plain = unicodedata.normalize("NFKD", words.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_") or "value"


def _confidence_interval_hint(text: str) -> str | None:
    """What to write for a confidence interval ("95% CI 1.2-3.4"): its ends as two claims."""
    found = _CONFIDENCE_RE.search(text)
    if found is None:
        return None
    level = found.group("level") or found.group("level2")
    said = f"; say the {level} % interval in the property" if level else ""
    return (
        f"a confidence interval is two claims ({found.group('lo')} and {found.group('hi')}):"
        f" write each end as its own claim (qualifiers: {{end: lower}}, {{end: upper}}){said}"
    )


def _readable(candidate: str, language: str) -> tuple[str, str] | None:
    """The longest start of ``candidate`` (whole words) that reads as a value, and the rest.

    A suggestion is offered only once it reads: ">=28 sièges" is refused, ">=28" reads.
    """
    words = candidate.split()
    for end in range(len(words), 0, -1):
        shown = " ".join(words[:end])
        if not any(c.isdigit() for c in shown):
            break
        try:
            parse_value(shown, language)
        except ValueSyntaxError:
            continue
        return shown, " ".join(words[end:])
    return None


def counted(value: Value) -> Value:
    """The value of a count of things (seats, votes, cases): whole numbers only.

    "29" is 29, not 28,5 to 29,5 (no count lies in between); "<30" is 0 to 29. A value
    that holds no whole number (an average, "1,3") is returned as it is.
    """
    known = _COUNTED.get(id(value))
    if known is not None and known[0] is value:  # values are cached: so are their counts
        return known[1]
    quantity = value.quantity
    interval = quantity.interval.whole_numbers()
    result = value
    if interval is not quantity.interval:
        result = dataclasses.replace(value, quantity=Quantity(interval, quantity.unit))
    if len(_COUNTED) >= _MAX_VALUES:
        _COUNTED.clear()
    _COUNTED[id(value)] = (value, result)  # the value kept alive, so its id is not reused
    return result


_COUNTED: dict[int, tuple[Value, Value]] = {}


def exact(value: Value) -> Value:
    """The value of an exact figure (a hammer price, an estimate, a premium rate): as written.

    "£4m" is 4,000,000 exactly, not 3,5 to 4,5 million: an auction's figures are set,
    not rounded. A range, a bound and an approximate figure ("~£4m") are returned as
    they are, and so is a value without a figure as written (a computed one).
    """
    quantity = value.quantity
    nominal = quantity.interval.nominal
    if value.comparator is not None or nominal is None:
        return value
    if quantity.interval.lo == quantity.interval.hi:
        return value
    point = Interval(nominal, nominal, nominal=nominal)
    return dataclasses.replace(value, quantity=Quantity(point, quantity.unit))


def _borrows_scale(first: Decimal, last: Decimal) -> bool:
    """Tell whether the first end of a range takes the scale word written after the last.

    "2 to 3 million" is 2 million to 3 million, and so is "3 to 2 million" (an error the
    editor is told of); "1,500 to 2,000 million" is 1.5 to 2 billion. A first end written in
    full, larger than the last figure and than a scale step, stands for itself:
    "500,000 to 1 million" is 500,000 to 1,000,000.
    """
    return first <= last or first.copy_abs() < _SCALE_STEP


def _figure_interval(
    figure: Decimal,
    power: int,
    comparator: str | None,
    approx: Decimal,
    unit: pint.Unit,
    half: Decimal | None = None,
) -> Interval:
    x = _shift(figure, power)
    if comparator in ("<", "<="):
        # A share or a count never goes below zero; a temperature may.
        floor = _ZERO if x > 0 and not units.has_offset(unit) else -_INFINITY
        return Interval(floor, x, hi_open=comparator == "<")
    if comparator in (">", ">="):
        return Interval(x, _INFINITY, lo_open=comparator == ">")
    if half is None:  # half a unit of the last written digit: 44.4 is 44.4 ± 0.05
        half = _half_unit(_exponent(figure) - 1 + power)
    if comparator == "~":
        zero = _absolute_zero(unit)
        if zero is None:
            half = max(half, _UP.multiply(approx, x.copy_abs()))
        else:  # a temperature: a tenth of approx of its distance to absolute zero
            share = _UP.divide(approx, _TEMPERATURE_SHARE)
            half = max(half, _UP.multiply(share, _UP.subtract(x, zero).copy_abs()))
    return Interval(_DOWN.subtract(x, half), _UP.add(x, half), nominal=x)


#: ``~`` on a temperature widens by approx / 10 of its distance to absolute zero (1 % by
#: default): 0 °C and 0 °F are arbitrary points, and 10 % of a temperature in kelvin is
#: tens of degrees; the same temperature gets the same band in °C, °F and K.
_TEMPERATURE_SHARE = Decimal(10)


@functools.lru_cache(maxsize=256)
def _absolute_zero(unit: pint.Unit) -> Decimal | None:
    """Return absolute zero in ``unit`` for a temperature (°C, °F, K), else None."""
    if unit.dimensionality != _kelvin().dimensionality or any(
        name.startswith("delta_") for name in unit._units
    ):
        return None
    try:
        return units.conversion(_kelvin(), unit)[1]
    except units.UnitError:
        return None


@functools.cache
def _kelvin() -> pint.Unit:
    return units.parse_unit("K")


@functools.lru_cache(maxsize=64)
def _scale(power: int) -> Decimal:
    """Return 10**power, exactly (a power of ten in science notation may be negative)."""
    return Decimal(10**power) if power >= 0 else Decimal((0, (1,), power))


@functools.lru_cache(maxsize=512)
def _half_unit(exponent: int) -> Decimal:
    """Return 5 * 10**exponent, half a unit of the digit before it."""
    return Decimal((0, (5,), exponent))


def _shift(x: Decimal, power: int) -> Decimal:
    """Multiply by 10**power exactly, whatever the number of digits."""
    if not power or not x.is_finite():
        return x
    try:  # scaleb keeps the digits; a context that traps any change makes sure it did
        return x.scaleb(power, _EXACT)
    except decimal.DecimalException:
        sign, digits, _ = x.as_tuple()
        return Decimal((sign, digits, _exponent(x) + power))


def _exponent(x: Decimal) -> int:
    """Return the power of ten of the last written digit: -1 for 44.4, 6 for 1e6."""
    exponent = x.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


@functools.cache
def _range_re(language: str) -> re.Pattern[str]:
    """What splits a range: a range word between blanks, or an en dash (ends to be stripped).

    Each alternative is a fixed string with lookarounds of one character, so a split takes
    time in proportion to the text. Runs of blanks around the word, matched by the pattern
    itself, were retried from every blank of a long run: time in the square of its length.
    """
    words = "|".join(_RANGE_WORDS.get(_language_code(language), ("to",)))
    if _language_code(language) == "fr":  # "1,5 To" is terabytes; "1 to 2" a range
        words = words.replace("to", _FRENCH_TERABYTES + "to")
    # never before a word: "62 quintaux à l'hectare" is a rate, its "à" no range's
    return re.compile(rf"(?<!\S)(?:{words})(?!\S)(?![ \u00a0\u202f]*[^\W\d_])|–", re.IGNORECASE)


#: "To" with its capital and no figure after it: téraoctets in French ("1,5 To").
_FRENCH_TERABYTES = r"(?!(?-i:To)(?![ \u00a0\u202f]*[\d+\-−.,]))"
#: A value that ends in "To" after its figure, which English reads as an open range.
_TERABYTES_END_RE = re.compile(r"[\d\s]To\Z")


#: Words a language puts between a scale word and the unit (``2 milliards de dollars``).
_CONNECTORS = {"fr": r"de\s+|d['’]\s*"}


@functools.cache
def _connector_re(language: str) -> re.Pattern[str]:
    connector = _CONNECTORS.get(_language_code(language))
    return re.compile(f"^(?:{connector})(?=\\S)" if connector else "(?!)", re.IGNORECASE)


#: A vulgar fraction after whole digits, or alone: "4½ years", "½ hour", "2¾ miles".
_VULGAR_RE = re.compile(r"(?<![\d.,'’])(\d*)[ \u00a0]?([½¼¾])(?![\d½¼¾])")
_VULGAR_FRACTIONS = {"½": "5", "¼": "25", "¾": "75"}


def with_decimals(written: str, language: str) -> str:
    """Write the vulgar fractions of a figure as decimals: "4½ years" is "4.5 years"."""
    if "½" not in written and "¼" not in written and "¾" not in written:
        return written
    mark = "," if _number_style(language).decimal == "," else "."
    return _VULGAR_RE.sub(
        lambda m: f"{m.group(1) or '0'}{mark}{_VULGAR_FRACTIONS[m.group(2)]}", written
    )


#: A time of day on the twelve-hour clock: "11.30pm", "7am", "7 a.m.", "10:15 PM".
_AM_PM_RE = re.compile(r"(\d{1,2})(?:[.:]([0-5]\d))?[ \u00a0]?[aApP]\.?[ \u00a0]?[mM]\.?")


def _at_time_of_day(written: str, language: str) -> str:
    """A when with the time of day as written, in the source's language and order of a date.

    "January 3, 2025 at 7am" in American English (and ``en``), "3 January 2025 at 11.30pm"
    in British, "3 janvier 2025 à 7am" in French: each as the source's dates are read.
    """
    import datetime

    from babel.dates import format_date

    locale = _number_style(language).locale
    day = format_date(datetime.date(2025, 1, 3), "long", locale=locale)
    at = _AT_TIME.get(str(locale.language))
    return f"{day} {at} {written}" if at else f"{day} {written}"


_AT_TIME = {"en": "at", "fr": "à"}


def _read_amount(written: str, language: str) -> _Amount:
    written = with_decimals(written, language)
    clock = _AM_PM_RE.fullmatch(written) if written[:1].isdigit() else None
    if clock is not None and int(clock.group(1)) <= 24:  # "7am" is no 7 attometres
        raise ValueSyntaxError(
            f"a time of day ('{written}') is no value: say it in the claim's when"
            f" ('{_at_time_of_day(written, language)}')"
        )
    decade = _decade_message(written, language) if written[-1:] in ("s", "S") else None
    if decade is not None:  # "1960s", "1960'S", "80's": a decade, never seconds nor siemens
        raise ValueSyntaxError(decade)
    duration = _read_duration(written, language)
    if duration is not None:  # "2 h 02 min 10 s", "9 s 58", "2 ans et 6 mois"
        return duration
    imperial = _IMPERIAL_PARTS_RE.fullmatch(written)
    if imperial is not None:  # "5ft 11in", "13st 8lb": one height or weight in two units
        big, big_unit, small, _ = [group for group in imperial.groups() if group is not None]
        feet = big_unit.lower().startswith("f")
        big_symbol, small_symbol = ("ft", "in") if feet else ("st", "lb")
        raise ValueSyntaxError(
            f"a {'height' if feet else 'weight'} in two units: write the {big_symbol} part"
            f" ('{big} {big_symbol}') and the {small_symbol} part ('{small} {small_symbol}') as"
            f" two claims, as the quote writes them, or the whole in one unit"
            f" ('{_imperial_total(big, small, 12 if feet else 14)} {small_symbol}')"
        )
    text = written
    money = _LEADING_MONEY_RE.match(text)
    minus = None
    if money is None:
        minus = _MINUS_BEFORE_MONEY_RE.match(text)  # "-£3m", as a deficit is printed
        if minus is not None:
            money = _LEADING_MONEY_RE.match(text, minus.end())
    if (
        money is not None
        and money.group(1).isalpha()
        and money.group(1) != "Rs"
        and not _is_currency_code(money.group(1))
    ):
        money = None  # "ABC 12": not a currency before the figure
    if money is not None:  # "£1.2bn" is 1.2 billion GBP, "USD 12.4 billion" 12.4 billion USD
        signed = "" if minus is None else "+" if minus.group().startswith("+") else "-"
        text = signed + text[money.end() :]
    match = _NUMBER_RE.match(text)
    if not match:
        if not text:
            raise ValueSyntaxError("a range needs a figure at each end")
        raise ValueSyntaxError(_no_figure_first(text, language))
    number = match.group()
    if _ADDED_TIME_RE.fullmatch(number) and _language_code(language) == "fr":
        base, added = re.split("[eE][+]", number)
        message = f"write a power of ten without '+' ('{base}e{added}')"
        if base in _FULL_TIME_MINUTES:  # 90e+3: the 90th minute and three of added time
            minute = int(base) + int(added)
            message = (
                f"a minute of added time, or a power of ten? write the minute ('{minute}', or"
                f" '{base}' and '{added}' as two claims), or {message}"
            )
        raise ValueSyntaxError(message)
    figure = read_number(number, language)
    glued = not text[match.end() : match.end() + 1].isspace()
    rest = text[match.end() :].strip()
    if glued and rest[:1] in ("-", "\u2011") and rest[1:2].isalpha():
        rest = rest[1:]  # "a 12-month community order": 12 month
    if rest[-3:].lower() in ("old", "age"):
        rest = _without_old(rest)  # "87 years old", "87-year-old": an age, 87 year
    if glued and rest == "s" and number.endswith("000"):  # "£1,000s of goods"
        raise ValueSyntaxError(
            f"'{written}' reads as thousands of, not as seconds: write the figure the copy"
            f" means ('{written[:-1]}'), or '{number} s' for seconds"
        )
    scale, scale_word = None, ""
    half = None
    power = _POWER_RE.match(rest) if rest[:1] in _POWER_STARTS else None
    if power is not None and (power.group("times") or (number == "10" and glued)):
        # "5,97 × 10^24 kg", "2,3·10⁶": a power of ten, read as a scale word; "10^-12 m"
        # is the power alone, 1e-12 (0.5e-12 to 1.5e-12, as "1e-12" is read)
        exponent = int(
            (power.group("exponent") or power.group("raised").translate(_SUPERSCRIPT_SIGNS))
            .replace("−", "-")
            .lstrip("+")
        )
        if abs(exponent) > _MAX_MAGNITUDE:
            raise ValueSyntaxError(
                f"'{written}': a power of ten beyond {_MAX_MAGNITUDE}, which no figure in the"
                " news has"
            )
        scale, scale_word, rest = exponent, power.group(), rest[power.end() :].strip()
        if _BARE_C_RE.match(rest):  # "1,6 × 10⁻¹⁹ C", an electron's charge: not Celsius
            raise ValueSyntaxError(
                "degrees Celsius or coulombs? after a power of ten, write 'degC' for degrees"
                " Celsius or 'coulomb' for coulombs"
            )
        if not power.group("times"):  # "10^-12": ten times 10^-13, give or take half of it
            figure, scale, half = Decimal(10), exponent - 1, _half_unit(exponent - 1)
    word = _WORD_RE.match(rest) if scale is None else None
    if word:
        scales = _scales(language)
        written_word = word.group(1)
        name = written_word.lower()
        abbreviated, with_money = scale_abbreviations(language)
        after = word.group(2).strip()
        connected = _connector_re(language).sub("", after, count=1)  # 63,6 Md d'euros
        if connected != after and (name in abbreviated or name in with_money):
            if not takes_scale_abbreviations(connected):
                connected = after  # "5 m de haut": metres, and refused as such
            after = connected
        if name in scales:  # a scale word, no abbreviation: `connected` is `after` less its de
            scale, scale_word, rest = scales[name], written_word, connected  # 2 milliards d'euros
            crore = compound_scale(name, rest, 0)
            if crore is not None:  # "2 lakh crore INR": a lakh of crores, 10**12
                added, end = crore
                scale += added
                scale_word, rest = f"{written_word} {rest[:end].strip()}", rest[end:].strip()
        elif written_word == "K" and not glued and money is None and not after:
            pass  # "0.2 K" is kelvin, as science writes it; "150K" and "$150K" are thousands
        elif name in abbreviated or (
            name in with_money
            and (
                money is not None
                or takes_scale_abbreviations(after)
                or (name == "k" and not after)
                or (written_word == "M" and not after)
            )
        ):  # 1,2 Md EUR; 3m USD, 2.5m people, 1.5m tonnes, 150k, 7.5M; but 3 m is three metres
            scale = abbreviated.get(name) or with_money[name]
            scale_word, rest = written_word, after
        elif name in _ALL_SCALE_WORDS:
            raise ValueSyntaxError(f"{written_word!r} is not a scale word in {_name(language)}")
        elif written_word == "B" and money is None and (not after or _WORD_AFTER_B_RE.match(after)):
            raise ValueSyntaxError(_billions_or_bytes(written, number, after, language))
        elif written_word == "m" and glued and not after and _language_code(language) == "en":
            raise ValueSyntaxError(
                f"millions or metres? write '{number} million' (or '{number}m people',"
                f" '£{number}m') for millions, '{number} m' for metres"
            )
    else:
        dash = _DASH_FIGURE_RE.match(rest)  # "3-1", "3 - 1", "3—1"; "3–1" is split as a range
        if dash is not None:
            other, tail = dash.group(1), dash.group(2).strip()
            if other.endswith(",") and _MORE_SCORES_RE.fullmatch(tail):  # "6-4, 3-6, 7-6"
                other = other[:-1]
            if number.isdigit() and other.isdigit() and not tail:
                raise ValueSyntaxError(_score_message(number, other))
            if number.isdigit() and other.isdigit() and _MORE_SCORES_RE.fullmatch(tail):
                raise ValueSyntaxError(  # "7-6 (7-4)", "6-4 3-6": a set score, a match's
                    f"a score ('{written}') is no value: write each figure as its own claim"
                    f" ('{number}' and '{other}')"
                )
            fraction = _CENT_FRACTION_RE.match(rest)
            if fraction is not None:  # "12-3/4 cents", "$3.83-3/4": a fraction of a cent
                raise ValueSyntaxError(_cent_fraction_message(number, fraction, money))
            to = _WORDS.get(_language_code(language), _WORDS["en"])["to"]
            raise ValueSyntaxError(f"write a range as '{number} {to} {rest[1:].strip()}'")
        added = _ADDED_MINUTES_RE.fullmatch(rest)
        if added is not None and number.isdigit():  # "90+3"
            raise ValueSyntaxError(
                f"a minute of added time? write the minute"
                f" ('{int(number) + int(added.group(1))}'), or '{number}' and"
                f" '{added.group(1)}' as two claims"
            )
    if "o" in rest and _language_code(language) == "fr":
        rest = units.french_bytes(rest)  # "150 Go", "5 Mo/s": bytes, in octets
    if language.lower().startswith("en") and _PENCE_RE.match(rest):  # "842p", "24.5p/kWh"
        rest = "pence" + rest[1:]
    elif rest == "F" and glued and _language_code(language) == "en":
        rest = "degF"  # "40C (104F)": English papers' Fahrenheit; French copy's "104 F" is francs
    elif rest[:1] in ("c", "m") and (local := _local_unit(rest, language)) is not None:
        rest = local  # "25,16 ct/kWh" in French, "50mpg" in British English
    elif rest == "st" and (not glued or not _is_english_ordinal(number, rest)):
        rest = "stone"  # "11st", "16 st": a weight in stones, never an ordinal
    elif (out_of := _RANK_OUT_OF_RE.fullmatch(rest)) and figure == figure.to_integral_value():
        raise ValueSyntaxError(
            f"a rank out of a number: write the rank ('{number}{out_of.group(1)}') and the"
            f" {out_of.group(2)} it is out of as a claim of its own (countries_ranked)"
        )
    elif _ORDINAL_RE.fullmatch(rest) and figure == figure.to_integral_value():
        rest = ""  # a rank, "5e", "1er", "3rd": the number (pint read elementary charges)
    elif rest in _MULTIPLE_MARKS:
        rest = ""  # a multiple, "11.2x earnings", "2 fois": a pure number
    if not glued and _SPACED_PC_RE.match(rest):  # "12,6 pc" of an astronomer; "3.5pc" of the City
        raise ValueSyntaxError(
            f"parsecs or per cent? write '{number} parsec' (or kpc, Mpc) for parsecs,"
            f" '{number} %' for per cent ('{number}pc', glued, is per cent as British papers"
            " print it)"
        )
    if money is not None:
        sign = money.group(1)
        if sign.endswith("$") and len(sign) > 1:  # C$: CAD, R$: BRL
            sign = units.PREFIXED_SIGNS[sign[:-1]]
        elif sign.startswith("Rs"):  # "Rs 500 crore": rupees, Indian unless the source's
            sign = RUPEES.get(_number_style(language).locale.territory or "", "INR")
        if (a_week := _MONEY_A_PERIOD_RE.fullmatch(rest)) is not None:  # "£100-a-week"
            # the figure as written, its scale kept: "£250k-a-week" is '£250k a week'
            head = written[: len(written) - len(rest)] if written.endswith(rest) else ""
            head = head.rstrip("-\u2011 ") or f"{money.group(1)}{number}{scale_word}"
            raise ValueSyntaxError(f"write '{head} {a_week.group(1)} {a_week.group(2)}'")
        if units.starts_a_rate(rest):  # "$12/month", "£12.21 an hour", "£1,957 per head"
            rest = sign + rest if rest.startswith("/") else f"{sign} {rest}"
        elif rest in ("T", "t"):  # "$7.12T": a trillion, as chart labels write it
            raise ValueSyntaxError(
                f"'T' after a currency is a trillion: write '{money.group(1)}{number} trillion'"
            )
        elif rest and units.parse_unit(rest) != units.parse_unit(sign):
            raise ValueSyntaxError(f"{written!r} is in {money.group(1)} and in {rest!r}: write one")
        else:
            rest = sign
    if rest:
        alcohol = _alcohol_message(number, rest)
        if alcohol is not None:  # "0,6 mg/l d'air expiré", "0.12 BAC"
            raise ValueSyntaxError(alcohol)
        rest = _imperial_or_us(rest, language)  # "1 pint" in British English: 568 ml
    one_for = _ONE_FOR_RE.fullmatch(rest) if figure == 1 else None
    if one_for is not None and not _POWER_OF_TEN_RE.fullmatch(one_for.group("many")):
        raise ValueSyntaxError(_one_for_message(one_for, written))  # "1 per 1,000" is a rate
    if "000" in rest:
        rest = _PER_THOUSAND_LITRES_RE.sub("/kl", rest)  # "€ les 1 000 litres": per kl
    per_scale = _SCALE_IN_RATE_RE.search(rest)
    if per_scale is not None:  # "4.8 per billion vehicle-miles", "45.2 per 100,000"
        shown = re.sub(r"^/\s*", "per ", rest[per_scale.start() :].strip())
        what = "a figure" if re.search(r"\d", per_scale.group()) else "a scale word"
        raise ValueSyntaxError(
            f"{what} in a unit ({shown!r}): write the figure bare ('{number}') and say"
            f" {shown!r} in the property"
            f" ({re.sub(r'[^a-z0-9]+', '_', ('rate ' + shown).lower()).strip('_')})"
        )
    return _Amount(number, figure, scale, scale_word, rest, half)


#: A word after "405B": "405B parameters", "70B-parameter" (not "B/s", bytes a second).
_MONEY_A_PERIOD_RE = re.compile(
    r"[-\u2011]?(a|an|per)[-\u2011](hour|day|week|month|year|head)", re.IGNORECASE
)
_WORD_AFTER_B_RE = re.compile(r"[-\u2011]?[^\W\d_]")


def _billions_or_bytes(written: str, number: str, after: str, language: str) -> str:
    """What to write for a bare ``B`` after a figure: billions ("405B") or bytes?"""
    french = _language_code(language) == "fr"
    billions, bytes_ = ("milliards", "octets") if french else ("billion", "byte")
    after = after.lstrip("-\u2011")
    counted = f" and say {after!r} in the property" if after else " (a count bare)"
    return (
        f"{written!r}: billions or bytes? write '{number} {billions}' for billions{counted},"
        f" '{number} {bytes_}' for bytes (or in kB, MB, GB); '$405B' is read as billions of"
        " dollars"
    )


_SPACED_PC_RE = re.compile(r"pc(?![\w.])")
#: A sign, one space and a figure, as French typography sets a change: "− 20,7 %", "+ 3 %".
_SPACED_SIGNS = frozenset("+-−")
_SPACED_SIGN_RE = re.compile(r"[+\-−][ \u00a0\u202f]\d")
#: A price per 1,000 litres, as milk is paid: "450 € les 1 000 litres" is 450 EUR/kl, exactly.
_PER_THOUSAND_LITRES_RE = re.compile(
    r"(?:(?<![\w.])(?:les|per|par|pour|a)\s+|/\s*)1[ \u00a0\u202f,.]?000\s*"
    r"(?:litres?|liters?|l|L)(?![\w.])",
    re.IGNORECASE,
)
#: A fraction of a cent after a price, as grain markets quote them: "12-3/4", "$3.83-3/4".
_CENT_FRACTION_RE = re.compile(r"[-\u2011](\d)/(2|4|8|16)(?!\d)(.*)", re.DOTALL)
#: A range of money written with a dash: "£3-5m", "$8-12m", "£3m-£5m" (not "$3.83-3/4").
_SIGN_STARTS = frozenset(units.SIGN_CHARACTERS) | frozenset("ACHNRSU")
_MONEY_DASH_RE = re.compile(
    rf"({units.SIGN_BEFORE_PATTERN})(\d[\d.,]*)((?:[ \u00a0]?[a-zA-Z]+)?)\s*[-—]\s*"
    rf"(?:{units.SIGN_BEFORE_PATTERN})?(\d[\d.,]*)((?:[ \u00a0]?[a-zA-Z]+)?)"
)
#: A power of ten after a figure ("5,97 × 10^24", "2.3 x 10^6", "2,3·10⁶"), or as the
#: figure ("10^-12", "10⁻¹²"): science copy's notation, read as ``5.97e24`` is.
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_SIGNS = str.maketrans(
    {**{d: str(i) for i, d in enumerate(_SUPERSCRIPT_DIGITS)}, "⁻": "-", "⁺": "+"}
)
#: A bare ``C`` after a figure: degrees Celsius in the news, but coulombs in science copy.
_BARE_C_RE = re.compile(r"C(?![\w.])")
_POWER_STARTS = frozenset("×xX·*^⁻⁺" + _SUPERSCRIPT_DIGITS)
_POWER_RE = re.compile(
    rf"(?P<times>[×xX·*][{_SPACES}]*10)?"
    rf"(?:(?:\^|\*\*)\(?(?P<exponent>[+\-−]?\d{{1,4}})\)?|(?P<raised>[⁺⁻]?[{_SUPERSCRIPT_DIGITS}]{{1,4}}))"
    rf"(?![\d{_SUPERSCRIPT_DIGITS}])"
)


#: What marks a multiple, a pure number: "11.2x", "2×", "2 fois", "3 times", "2.5-fold".
_MULTIPLE_MARKS = frozenset({"x", "×", "X", "fois", "times", "fold"})
#: What says whose alcohol is measured after its unit: breath or blood ("0,6 mg/l d'air
#: expiré", "1,2 g d'alcool par litre de sang", "0.12 BAC"), said in the property.
_ALCOHOL_RE = re.compile(
    r"(?<![^\W\d_])(?:d['’]\s*air(?:\s+expir[ée]e?)?|(?:de\s+|du\s+)?sang|d['’]\s*alcool"
    r"|(?:of\s+|in\s+)?(?:blood|breath)|BAC|BrAC|alcool[ée]mie)(?![^\W\d_])",
    re.IGNORECASE,
)
_ALCOHOL_UNIT_RE = re.compile(r"[mµ]?g(?:/(?:l|dl|dL|100\s*ml))?|%|‰", re.IGNORECASE)
_PER_LITRE_RE = re.compile(r"\s*(?:par|per|a)\s+lit(?:re|er)\b\s*", re.IGNORECASE)


def _alcohol_message(number: str, rest: str) -> str | None:
    """What to write for an alcohol level with breath or blood in its unit: the unit alone.

    ``0,6 mg/l d'air expiré`` is ``0,6 mg/l``, ``1,2 g d'alcool par litre de sang``
    ``1,2 g/l``, ``0.12 BAC`` ``0.12 %`` (a blood alcohol concentration, g/100 ml). None
    for any other unit, left to the unit reader.
    """
    alcohol = _ALCOHOL_RE.search(rest)
    if alcohol is None:
        return None
    unit = _PER_LITRE_RE.sub("/l", _ALCOHOL_RE.sub(" ", rest)).strip()
    unit = re.sub(r"\s*/\s*", "/", unit) or "%"
    if not _ALCOHOL_UNIT_RE.fullmatch(unit):
        return None
    return (
        f"{alcohol.group().strip()!r} says whose alcohol is measured and is no unit: write"
        f" '{number} {unit}' and say breath or blood in the property (alcohol_breath,"
        " alcohol_blood)"
    )


#: More of a score after its first two figures: a tie-break "(7-4)", other sets "3-6 7-6".
_MORE_SCORES_RE = re.compile(r"(?:\s*[,;]?\s*\(?\s*\d+\s*[-–—]\s*\d+\s*\)?)+")
#: A height in feet and inches, a weight in stones and pounds ("5ft 11in", "13st 8lb").
_IMPERIAL_PARTS_RE = re.compile(
    r"(\d+)\s*(ft|feet|foot)\s*(\d+(?:\.\d+)?)\s*(in|inch|inches)"
    r"|(\d+)\s*(st|stones?)\s*(\d+(?:\.\d+)?)\s*(lbs?|pounds?)",
    re.IGNORECASE,
)


def _imperial_total(big: str, small: str, size: int) -> str:
    """The whole in the smaller unit, as written: 5 ft 11 in is 71 in, 13 st 8.5 lb 190.5 lb."""
    return str(Decimal(big) * size + Decimal(small))


#: A rank out of the number ranked: "26e sur 37", "5th out of 38".
_RANK_OUT_OF_RE = re.compile(
    rf"({_ORDINAL_RE.pattern})\s+(?:sur|out\s+of|of)\s+(\d[\d{_SPACES}.,]*)", re.IGNORECASE
)
#: One for a number of others: "1 pour 18,5", "1 per 18.5", "1 for every 30".
_ONE_FOR_RE = re.compile(
    rf"(?:(?P<one>[^\W\d_]+)\s+)?(?:pour|per|for(?:\s+every)?)\s+(?P<many>\d[\d{_SPACES}.,]*?)"
    rf"(?:\s+(?P<what>[^\W\d_]+))?",
    re.IGNORECASE,
)


_POWER_OF_TEN_RE = re.compile(rf"1(?:[{_SPACES}.,]?0)+")

#: A word before the figure ("HR 0.62", "n=1012", "environ 3,2 %"), and "±".
#: The word ends where its figure starts: "M6.8" is M and 6.8 (a word glued to its figure
#: ends in a letter), "CO2 400" is CO2 and 400.
_WORD_FIRST_RE = re.compile(
    rf"([^\W\d_][\w.]*)(?:\s*[=:]\s*|\s+|(?<=[^\W\d_]))(?=[\d{units.SIGN_CHARACTERS}+\-−])"
)
#: An earthquake's magnitude before its figure: "M6.8", "Mw 7.1", "magnitude 6,8".
_MAGNITUDE_WORDS = frozenset({"Mw", "ML", "Ms", "Mb", "Mwp"})
_MAGNITUDE_FIGURE_RE = re.compile(r"\d(?:[.,]\d{1,2})?")
_ABOUT_WORDS = frozenset(
    {"about", "around", "approximately", "approx.", "approx", "roughly", "some", "nearly",
     "environ", "quelque", "quelques", "près", "presque", "ca", "c"}
)  # fmt: skip


#: A bound or an approximation in words before a figure, and the comparator to write.
_BOUND_WORDS_RE = re.compile(
    r"(at\s+least|no\s+(?:fewer|less)\s+than|au\s+moins|pas\s+moins\s+d(?:e\s+|['’]\s*)"
    r"|more\s+than|over|upwards\s+of|plus\s+d(?:e\s+|['’]\s*)|less\s+than|fewer\s+than"
    r"|under|moins\s+d(?:e\s+|['’]\s*)|at\s+most|up\s+to|au\s+plus|jusqu['’]\s*à"
    r"|près\s+d(?:e\s+|['’]\s*))\s*"
    rf"(?=[\d{units.SIGN_CHARACTERS}+\-−]|[A-Z]{{1,3}}\$|Rs\.?\s*\d|[A-Z]{{3}}\s+\d)",
    re.IGNORECASE,
)
_BOUNDS = {
    "at least": ">=", "no fewer than": ">=", "no less than": ">=", "au moins": ">=",
    "pas moins de": ">=", "more than": ">", "over": ">", "upwards of": ">", "plus de": ">",
    "less than": "<", "fewer than": "<", "under": "<", "moins de": "<", "at most": "<=",
    "up to": "<=", "au plus": "<=", "jusqu'à": "<=", "près de": "~",
}  # fmt: skip
_BOUND_NAMES = {">=": "a lower bound", ">": "a lower bound", "<": "an upper bound",
                "<=": "an upper bound", "~": "an approximate figure"}  # fmt: skip


def _bound_hint(text: str, language: str) -> str | None:
    """What to write for a bound in words ("at least 1,200": '>=1,200'), or None."""
    bound = _BOUND_WORDS_RE.match(text)
    if bound is None:
        return None
    words = re.sub(r"\s+", " ", bound.group(1).lower().replace("’", "'")).strip()
    words = re.sub(r"d'$", "de", words)  # "plus d'1 million"
    comparator = _BOUNDS[words]
    advice = f"write {_BOUND_NAMES[comparator]} with '{comparator}'"
    written = _readable(comparator + text[bound.end() :], language)
    if written is None:
        return advice
    shown, left = written
    said = f" and say {left!r} in the property" if left else ""
    return f"{advice} ('{shown}'){said}"


def _no_figure_first(text: str, language: str = "en") -> str:
    """Why a value that does not start with a figure is refused, and what to write."""
    decade = _decade_message(text, language)
    if decade is not None:  # "the 1960s", "the '60s": a period, said in the when
        return decade
    message = f"{text!r} does not start with a figure written in digits"
    if text.startswith(("±", "+/-", "+-")):
        figure = text.lstrip("±+/-").strip()
        either = _either_sign(figure, language)
        change = "" if either is None else f"; a change of either sign up to it is '{either}'"
        return (
            f"{message}: a margin of error is written without '±' ('{figure}') and said in the"
            f" property (margin_of_error){change}"
        )
    bound = _bound_hint(text, language)
    if bound is not None:  # "at least 1,200", "plus de 900"
        return f"{message}: {bound}"
    pair = _PAIR_FIRST_RE.fullmatch(text)
    if pair is not None:  # "EUR/USD 1.16", "P/E 35"
        return f"{message}: {_pair_hint(pair, language)}"
    p_value = _P_VALUE_RE.fullmatch(text)
    if p_value is not None:  # "p<0.05", "p = 0.003", "P ≤ 0.01"
        comparator = {"=": "", "≤": "<=", "≥": ">="}.get(p_value.group(1), p_value.group(1))
        return (
            f"{message}: a p-value is written without its 'p' ('{comparator}{p_value.group(2)}')"
            " and said in the property (p_value)"
        )
    between = _BETWEEN_RE.fullmatch(text)
    if between is not None:  # "entre 7,3 % et 7,5 %", "between 3,800 and 4,000": a range
        return f"{message}{_between_hint(between.group(1), between.group(2), language)}"
    hint = _words_hint(text, language)
    if hint is not None:
        return f"{message}: {hint}"
    one_in = _ONE_IN_RE.fullmatch(text)
    if one_in is not None:  # "un sur six", "one in five"
        proportion = _PROPORTION_RE.fullmatch(one_in.group(2))
        hint = None if proportion is None else _proportion_hint(_ONE, proportion, text, language)
        if hint is not None:
            return f"{message}: {hint}"
    word = _WORD_FIRST_RE.match(text)
    if word is None:
        return message
    rest = text[word.end() :]
    if word.group(1).lower() in _ABOUT_WORDS:
        written = _readable(f"~{rest}", language)
        shown = "" if written is None else f" ('{written[0]}')"
        return f"{message}: write an approximate figure with '~'{shown}"
    name = word.group(1)
    if (name in _MAGNITUDE_WORDS or name.lower() in ("magnitude", "magnitud") or name == "M") and (
        _MAGNITUDE_FIGURE_RE.fullmatch(rest) and (name != "M" or not rest.isdigit())
    ):  # "M6.8" is a magnitude; "M25" a motorway, "M5" either
        return (
            f"{message}: a magnitude is no unit: write the figure ('{rest}') and say magnitude"
            " in the property (magnitude)"
        )
    written = _readable(rest, language)
    if written is None:
        return f"{message}: write the figure and say what {word.group(1)!r} means in the property"
    shown, left = written
    said = [] if word.group(1).lower() in _ARTICLES else [word.group(1)]
    said += [left] if left else []
    if not said:
        return f"{message}: write the figure ('{shown}')"
    return (
        f"{message}: write the figure ('{shown}') and say what {' '.join(said)!r} means in the"
        " property"
    )


#: A pair of names before a figure: a market's currency pair ("EUR/USD 1.16") or a ratio
#: ("P/E 35").
_PAIR_FIRST_RE = re.compile(r"([^\W\d_]{1,5})\s*/\s*([^\W\d_]{1,5})\s*[:=]?\s*(\d[\d.,]*)")


def _pair_hint(pair: re.Match[str], language: str) -> str:
    """What to write for a currency pair or a ratio's name before a figure."""
    base, quote, number = pair.groups()
    if all(
        len(code) == 3 and code.isupper() and _is_currency_code(code) for code in pair.groups()[:2]
    ):
        # market notation is the price of one base in the quote: the inverse of a unit
        rate = f"{number} {quote}/{base}"
        return (
            f"a currency pair {base}/{quote} quotes one {base} in {quote}: write '{rate}'"
            f" ({quote} per {base}; '{number} {base}/{quote}' would be the inverse rate)"
        )
    unit = f"{number} {base}/{quote}"
    if _reads(unit, language):  # "km/h 35": a unit written before its figure
        return f"write the figure before its unit ('{unit}')"
    multiple = f"{number}x"
    shown = multiple if _reads(multiple, language) else number
    return f"write the figure ('{shown}') and say {base}/{quote} in the property"


def _either_sign(figure: str, language: str) -> str | None:
    """The range from minus to plus a figure ("-2 to +2 %" of "2 %"), if it reads."""
    if not _reads(figure, language):
        return None
    value = parse_value(figure, language)
    number = value.numbers[0]
    if value.comparator is not None or not value.text.startswith(number) or number[:1] in "+-−":
        return None
    word = _RANGE_WORDS.get(_language_code(language), ("to",))[-1]
    written = f"-{number} {word} +{value.text}"
    return written if _reads(written, language) else None


#: One for so many, in words: "un enseignant pour 18,5 élèves", "one teacher per 18 pupils".
_ONE_FOR_WORDS_RE = re.compile(
    rf"(?:un|une|one|a|an)\s+(?P<one>[^\W\d_]+)\s+(?:pour|per|for(?:\s+every)?)\s+"
    rf"(?P<many>\d[\d{_SPACES}.,]*?)(?:\s+(?P<what>[^\W\d_]+))?",
    re.IGNORECASE,
)
#: A fraction in words: "deux tiers", "la moitié", "a fifth", "three quarters".
_FRACTION_WORDS_RE = re.compile(
    r"(?:(?:a|an|the|un|une|les)\s+(?=(?:deux|trois|quatre|two|three|four)[\s-]))?"
    r"(?:(?P<part>un|une|deux|trois|quatre|a|an|one|two|three|four|la|the)[\s-]+)?"
    r"(?P<whole>moiti[ée]|tiers|quarts?|cinqui[èe]mes?|dixi[èe]mes?|half|halves|thirds?"
    r"|quarters?|fifths?|tenths?)",
    re.IGNORECASE,
)
_FRACTION_PARTS = {"un": 1, "une": 1, "a": 1, "an": 1, "one": 1, "la": 1, "the": 1, "deux": 2,
                   "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4}  # fmt: skip
_FRACTION_WHOLES = {"moitie": 2, "half": 2, "halve": 2, "tier": 3, "third": 3, "quart": 4,
                    "quarter": 4, "cinquieme": 5, "fifth": 5, "dixieme": 10,
                    "tenth": 10}  # fmt: skip
#: An age in a part of a decade: "early 80s", "in his late seventies", "mid-40s".
_DECADE_OF_AGE_RE = re.compile(
    r"(?:in\s+(?:his|her|their)\s+)?(?P<part>early|mid|late)[\s-]+(?P<tens>[1-9]0)['’]?s",
    re.IGNORECASE,
)
_DECADE_THIRDS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
#: A change in points, in words: "a 2-point drop", "a 3 point rise".
_POINTS_CHANGE_RE = re.compile(
    r"(?:a|an|une?)\s+(?P<figure>\d[\d.,]*)[\s-]+(?:points?|pts?)\s+(?P<how>[^\W\d_]+)",
    re.IGNORECASE,
)
_FALL_WORDS = frozenset({"drop", "fall", "decline", "cut", "loss", "baisse", "chute", "recul"})


#: A life sentence, which has no figure: "perpétuité", "life", "a whole-life order".
_LIFE_SENTENCE_RE = re.compile(
    r"(?:(?:la\s+)?(?:r[ée]clusion\s+(?:criminelle\s+)?|prison\s+|d[ée]tention\s+)?"
    r"(?:[àa]\s+)?(?:perp[ée]tuit[ée]|vie)|(?:an?\s+)?(?:whole[\s-])?life(?:\s+(?:sentence|term"
    r"|imprisonment|order))?)",
    re.IGNORECASE,
)
#: An age in a decade, as a noun: "quinquagénaire" is 50 to 59 years old.
_AGE_NOUNS = {"quadragenaire": 40, "quinquagenaire": 50, "sexagenaire": 60,
              "septuagenaire": 70, "octogenaire": 80, "nonagenaire": 90,
              "centenaire": 100, "trentenaire": 30, "quarantenaire": 40,
              "cinquantenaire": 50, "soixantenaire": 60}  # fmt: skip


def _words_hint(text: str, language: str) -> str | None:
    """What to write for a figure in words: a ratio, a fraction, an age, a number in words."""
    if _LIFE_SENTENCE_RE.fullmatch(text):
        term = "24 ans" if _language_code(language) == "fr" else "24 year"
        return (
            f"a life sentence ({text!r}) has no figure: leave the value out and say it in"
            f" the property (life_sentence), and give its minimum term ('{term}') as a claim"
            " of its own"
        )
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    tens = _AGE_NOUNS.get(folded.removesuffix("s").removeprefix("un ").removeprefix("une "))
    if tens is not None:
        french = _language_code(language) == "fr"
        to, year = ("à", "ans") if french else ("to", "year")
        return f"an age in a decade ({text!r}): write '{tens} {to} {tens + 9} {year}'"
    one_for = _ONE_FOR_WORDS_RE.fullmatch(text)
    if one_for is not None:
        return _one_for_message(one_for, text)
    fraction = _FRACTION_WORDS_RE.fullmatch(text)
    if fraction is not None:
        whole_word = unicodedata.normalize("NFKD", fraction.group("whole").lower())
        whole_word = whole_word.encode("ascii", "ignore").decode().removesuffix("s")
        part = _FRACTION_PARTS.get((fraction.group("part") or "un").lower(), 1)
        whole = _FRACTION_WHOLES[whole_word]
        percent = _percent_of(Decimal(part), Decimal(whole), language)
        return f"a fraction ({text!r}): write '{percent}'"
    decade = _DECADE_OF_AGE_RE.fullmatch(text)
    if decade is not None:
        tens = int(decade.group("tens"))
        first, last = _DECADE_THIRDS[decade.group("part").lower()]
        to = _WORDS.get(_language_code(language), _WORDS["en"])["to"]
        return (
            f"an age in a part of a decade: write '{tens + first} {to} {tens + last} year'"
            f" ('{tens}s' alone reads as {tens} seconds)"
        )
    points = _POINTS_CHANGE_RE.fullmatch(text)
    if points is not None:
        sign = "-" if points.group("how").lower() in _FALL_WORDS else "+"
        figure = points.group("figure")
        return (
            f"a change in points: write '{sign}{figure} points' (a score), or '{sign}{figure} pp'"
            " for a change of a percentage"
        )
    return _number_in_words_hint(text, language)


def _number_in_words_hint(text: str, language: str) -> str | None:
    """'94 ans' for "quatre-vingt-quatorze ans": a number in words, read by text2num."""
    code = _language_code(language)
    if code not in ("en", "fr"):
        return None
    try:
        from text_to_num import alpha2digit

        digits = alpha2digit(text, code)
    except Exception:  # text2num refuses some inputs: no suggestion, then
        return None
    if digits == text or not digits[:1].isdigit():
        return None
    written = _readable(digits, language)
    if written is None or written[1]:
        return None
    return f"write the figure in digits ('{written[0]}')"


#: A range in words: "entre 7,3 % et 7,5 %", "between 3,800 and 4,000".
_BETWEEN_RE = re.compile(r"(?:entre|between)\s+(.+?)\s+(?:et|and)\s+(.+)", re.IGNORECASE)
#: One in so many, in words: "un sur six", "one in five", "une sur deux".
_ONE_IN_RE = re.compile(r"(un|une|one)\s+(.*(?:sur|in|out\s+of)\s+\S+)", re.IGNORECASE)
_ARTICLES = frozenset({"a", "an", "the", "un", "une", "le", "la", "les", "l"})


def _one_for_message(one_for: re.Match[str], written: str) -> str:
    """What to write for "1 teacher per 18 pupils": '18', in pupils_per_teacher."""
    many, one, what = one_for.group("many", "one", "what")
    name = f"{_identifier(what)}_per_{_identifier(one)}" if one and what else "pupils_per_teacher"
    return (
        f"a ratio of one to {many} ('{written}'): write '{many}' and say what it counts for one"
        f" in the property ({name})"
    )


def _between_hint(first: str, last: str, language: str) -> str:
    """What to write for a range in words: ': a range: write '7,3 à 7,5 %'', or ''."""
    to = _WORDS.get(_language_code(language), _WORDS["en"])["to"]
    number = _NUMBER_RE.match(first)
    candidates = [f"{first} {to} {last}"]
    if number is not None and last.endswith(first[number.end() :]):
        candidates.insert(0, f"{number.group()} {to} {last}")  # the unit once, at the end
    for candidate in candidates:
        written = _readable(candidate, language)
        if written is not None and not written[1]:
            return f": a range: write '{written[0]}'"
    return ": a range is written 'a to b'"


#: A p-value as papers print it: "p<0.05", "p = 0.003", "P ≤ 0.01".
_P_VALUE_RE = re.compile(r"[pP]\s*(<=|>=|<|>|=|≤|≥)\s*([\d.,]+)")


@functools.cache
def _decade_re() -> re.Pattern[str]:
    """A decade as written: "1960s", "1960's", "80's", "the '60s" (compiled at first use).

    Two digits with a bare "s" are not one: "80s" is 80 seconds, as sport writes it.
    """
    return re.compile(
        r"(?:the\s+)?(?:(?P<year>1\d\d0|20\d0)['’]?s"  # 1960s, 1960's
        r"|['’](?P<short>[1-9]0)['’]?s|(?P<tens>[1-9]0)['’]s)",  # '60s, 80's
        re.IGNORECASE,
    )


def _decade_message(text: str, language: str) -> str | None:
    """Why a decade is no value ("1960s" is a period, a date), and what to write; or None."""
    written = text.strip()
    decade = _decade_re().fullmatch(written)
    if decade is None:
        return None
    french = _language_code(language) == "fr"
    year = decade.group("year")
    if year is None:
        tens = decade.group("short") or decade.group("tens")
        period = f"les années 19{tens}" if french else f"the 19{tens}s"
        return (
            f"{written!r} is a decade, a date and not a value: write the period in the"
            f" claim's when ('{period}'), or an age in its {tens}s as a range"
            f" ('{tens} to {int(tens) + 9} year')"
        )
    period = f"les années {year}" if french else f"the {year}s"
    if year.endswith("000") and written[:1].isdecimal() and written[-2:-1].isdecimal():
        return (  # "2000s": thousands of, or the decade
            f"{written!r} reads as thousands of, not as seconds: write the figure the copy"
            f" means ('{year}'), or '{year} s' for seconds; a decade is a date, written in the"
            f" claim's when ('{period}')"
        )
    return (
        f"{written!r} is a decade, a date and not a value: write it in the claim's when"
        f" ('{period}')"
    )


@functools.cache
def _old_re() -> re.Pattern[str]:
    """An age after its unit of time: "years old", "year-old", "months of age"."""
    return re.compile(r"(.*?)[\s\-\u2011]+(?:old|of\s+age)", re.IGNORECASE)


def _without_old(rest: str) -> str:
    """The unit of an age without its "old" ("years old" is year), or the text as it is.

    Only after a unit of time: "87 kg old" is left for the unit reader to refuse.
    """
    age = _old_re().fullmatch(rest)
    if age is None or not age.group(1):
        return rest
    try:
        unit = units.parse_unit(age.group(1))
    except units.UnitError:
        return rest
    return age.group(1) if unit.dimensionality == _time() else rest


@functools.cache
def _time() -> object:
    return units.registry().Unit("s").dimensionality


def _is_english_ordinal(number: str, suffix: str) -> bool:
    """Whether ``suffix`` is the English ordinal of ``number``: 21st, never 11st (stones)."""
    if not number.isdigit():
        return False
    last, tens = int(number) % 10, int(number) % 100 // 10
    expected = "th" if tens == 1 else {1: "st", 2: "nd", 3: "rd"}.get(last, "th")
    return suffix.lower() == expected


def _imperial_or_us(rest: str, language: str) -> str:
    """Name the pint, gallon or fluid ounce of the source's country, else leave it to refuse."""
    locale = _number_style(language).locale
    return units.local_measures(rest, locale.territory) if locale.language == "en" else rest


#: A scale word after the line of a rate: "per billion vehicle-miles", "pour mille".
_SCALE_IN_RATE_RE = re.compile(
    r"(?:(?<![\w.])(?:per|par|pour|a|an)\s+|/\s*(?=\d{1,3}[,.  \u202f]\d{3}|\d{4}))"
    r"(?:\d+(?:[,.  \u202f]\d+)*[kK]?|"
    + "|".join(
        sorted(
            {*_ALL_SCALE_WORDS, *(w for table in _ABBREVIATED_SCALES.values() for w in table)}
            - {"mn"},  # "km/mn" is a speed in French
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w.])",
    re.IGNORECASE,
)

#: Cents of the currency of a French-speaking territory ("25,16 ct", "15 cts", "12
#: centimes"): euros where the language names no territory, or names one of the euro.
_CENTS_CURRENCY: dict[str | None, str] = {
    None: "EUR", "CH": "CHF",
    **dict.fromkeys(("FR", "BE", "LU", "MC", "RE", "GP", "MQ", "GF", "YT", "PM", "BL"), "EUR"),
    "MF": "EUR",
}  # fmt: skip
_CENTS_RE = re.compile(r"(?:(centimes?\s+d['’]\s*euros?)|cts?|centimes?)(?![\w.'’])")
#: Miles per gallon, in the gallon of the language's territory.
_MPG_RE = re.compile(r"mpg(?![\w.])")


def _local_unit(rest: str, language: str) -> str | None:
    """The unit a territory means by ``ct`` (French: cents of its currency) or ``mpg``.

    None where that is not known (``ct`` in English: carats or cents?, ``mpg`` in ``en``
    alone: which gallon?), for :mod:`factcheck.units` to refuse with what to write.
    """
    locale = _number_style(language).locale
    if locale.language == "fr":
        cents = _CENTS_RE.match(rest)
        if cents is None:
            return None
        currency = "EUR" if cents.group(1) else _CENTS_CURRENCY.get(locale.territory)
        return None if currency is None else f"centi{currency}" + rest[cents.end() :]
    if locale.language == "en":
        mpg = _MPG_RE.match(rest)
        gallon = None if mpg is None else units.local_measure("gallon", locale.territory)
        if mpg is None or gallon is None:
            return None
        return f"mi/{gallon}" + rest[mpg.end() :]
    return None


#: A sign before a currency sign: "-£3m" is minus 3 million pounds, "+$1.12" a rise.
_MINUS_BEFORE_MONEY_RE = re.compile(
    rf"[-−–+]\s*(?=[{units.SIGN_CHARACTERS}]|[A-Z]{{1,2}}\$|Rs\.?\s*\d)"
)
#: An exponent with its plus sign after a whole number: in French, "90e+3" is a football
#: minute (the 90th, plus three of added time) at least as often as 90 000.
_ADDED_TIME_RE = re.compile(r"\d+[eE]\+\d+")
_ADDED_MINUTES_RE = re.compile(r"\+\s*(\d{1,2})")
_FULL_TIME_MINUTES = frozenset({"45", "90", "105", "120"})  # where added time is played
#: A second figure after a dash: "3-1" (a score), "3-5 %" (a range written as a score is).
_DASH_FIGURE_RE = re.compile(r"[-—]\s*(\d[\d.,]*)(.*)", re.DOTALL)
#: Pence after a figure, alone or per something: "842p", "24.5p/kWh", "24.5p per kWh".
_PENCE_RE = re.compile(r"p(?:$|(?=\s*/)|(?=\s+(?:per|a|an)\s))")


def _cent_fraction_message(
    number: str, fraction: re.Match[str], money: re.Match[str] | None
) -> str:
    """What to write for a price in fractions of a cent: its decimal, never a range."""
    whole = Decimal(number.lstrip("+-−"))
    part = Decimal(fraction.group(1)) / Decimal(fraction.group(2))
    tail = fraction.group(3).strip()
    in_cents = tail.lower().rstrip("s") in ("cent", "c", "¢")
    if money is not None or (not in_cents and "." in number):  # $3.83-3/4: of a cent
        part /= 100
    decimal_figure = whole + part
    sign = "-" if number[:1] in "-−" else ""
    written = f"{sign}{decimal_figure.normalize():f}"
    written_as = f"'{number}-{fraction.group(1)}/{fraction.group(2)}'"
    if money is not None:  # "$3.83-3/4": 3.8375 dollars
        example = f"'{sign}{money.group(1)}{decimal_figure.normalize():f}{tail}'"
    elif in_cents:  # "12-3/4 cents": 0.1275 USD
        example = f"'{sign}{(decimal_figure / 100).normalize():f} USD' ({written} cents)"
    else:  # "2-1/2 inches", as US copy writes a whole and a fraction
        return (
            f"a whole and a fraction ({written_as}) is no range: write its decimal,"
            f" '{written}{' ' + tail if tail else ''}'"
        )
    return (
        f"a price in fractions of a cent ({written_as}), as grain markets quote it, is no"
        f" range: write its decimal, {example}"
    )


def _is_score(first: _Amount, last: _Amount) -> bool:
    """Whether two ends of a range are bare whole numbers, as the two sides of a score are."""
    return all(
        end.number.isdigit() and not end.unit_text and end.scale is None for end in (first, last)
    )


def _score_message(first: str, last: str) -> str:
    """What to write for a score ("3-1"), and for a range if the figures may be one."""
    message = f"a score ('{first}-{last}') is two figures: one claim for each side ('{first}'"
    message += f" and '{last}')"
    if int(first) < int(last):
        message += f"; a range is written '{first} to {last}'"
    return message


# --- Durations in parts -------------------------------------------------------------------

#: The units of a duration written in parts, by what is written (lower case): the unit, its
#: family and its size in the family's smallest unit. Parts are of one family, whose units
#: convert exactly: years and months, or weeks, days, hours, minutes and seconds (a month
#: is no whole number of days). Marks: 3'28'' is 3 min 28 s, 9"58 is 9,58 s.
_CLOCK, _CALENDAR = "clock", "calendar"
_DURATION_UNITS: dict[str, tuple[str, str, int]] = {
    **dict.fromkeys(
        ("semaine", "semaines", "week", "weeks", "wk", "wks"), ("week", _CLOCK, 604800)
    ),
    **dict.fromkeys(("jour", "jours", "j", "day", "days"), ("day", _CLOCK, 86400)),
    **dict.fromkeys(
        ("h", "heure", "heures", "hour", "hours", "hr", "hrs"), ("h", _CLOCK, 3600)
    ),
    **dict.fromkeys(
        ("min", "mn", "minute", "minutes", "mins", "'", "’", "′"), ("min", _CLOCK, 60)
    ),
    **dict.fromkeys(
        ("s", "sec", "secs", "seconde", "secondes", "second", "seconds",
         '"', "''", "’’", "′′", "″"),
        ("s", _CLOCK, 1),
    ),
    **dict.fromkeys(
        ("an", "ans", "année", "années", "year", "years", "yr", "yrs"), ("year", _CALENDAR, 12)
    ),
    **dict.fromkeys(("mois", "month", "months"), ("month", _CALENDAR, 1)),
}  # fmt: skip
#: The largest a part may be after a larger one: 59 minutes, 11 months.
_DURATION_LIMITS = {"week": None, "day": 7, "h": 24, "min": 60, "s": 60, "year": None, "month": 12}
_DURATION_MARK = r"''|’’|′′|[\"″'’′]"
_DURATION_WORDS = "|".join(
    sorted((re.escape(w) for w in _DURATION_UNITS if w[0].isalpha()), key=len, reverse=True)
)
#: One part: a figure and its unit, or a figure alone (the last: "2 h 02", "9 s 58").
_DURATION_PART_RE = re.compile(
    r"(?:\s*,\s+|\s+(?:et|and)\s+|\s*)(\d+(?:[.,]\d+)?)"
    rf"(?:\s*({_DURATION_MARK})|\s*({_DURATION_WORDS})(?![^\W\d_]))?",
    re.IGNORECASE,
)
_DURATION_START_RE = re.compile(
    rf"\d+(?:[.,]\d+)?\s*(?:{_DURATION_MARK}|(?:{_DURATION_WORDS})(?![^\W\d_]))",
    re.IGNORECASE,
)
_DURATION_HALF_RE = re.compile(r"\s+(?:et\s+demie?|and\s+a\s+half)\b", re.IGNORECASE)
#: Where a duration may start in a free text: not inside a number ("12,5 h", "1 200 h").
_DURATION_IN_TEXT_RE = re.compile(r"(?<![\d.,'’′])" + _DURATION_START_RE.pattern, re.IGNORECASE)
_AND_A_HALF_RE = re.compile(
    rf"(\d+)\s+and\s+a\s+half\s+((?:{_DURATION_WORDS})(?![^\W\d_]))", re.IGNORECASE
)
_HALF, _QUARTER = Decimal("0.5"), Decimal("0.25")


def _read_duration(written: str, language: str) -> _Amount | None:
    """Read a duration written in parts as one figure in its smallest unit, or None.

    ``2 h 02 min 10 s`` is 7 330 s, ``2h02'10`` too, ``9 s 58`` and ``9"58`` 9,58 s,
    ``3'28''32`` 208,32 s, ``2 ans et 6 mois`` 30 months, ``4 ans et demi`` 4,5 years: each
    with the precision of its last part (± 0,5 s, ± 0,005 s, ± 0,5 month, ± a quarter of a
    year). None for anything else: one figure and its unit (``5 ans``) is read as usual.
    """
    if ":" in written:  # "2:01:12", "3:26.00": a race time on the clock
        return _read_clock(written, language)
    if "m" in written and (lap := _LAP_TIME_RE.fullmatch(written)) is not None:
        # "1m 23.456s": a lap as timing screens print it; 'm' before seconds is a minute
        return _duration_amount(written, [(lap[1], "min"), (lap[2], "s")], False, language)
    and_a_half = _AND_A_HALF_RE.fullmatch(written)
    if and_a_half is not None:  # "2 and a half years": 2,5 years, as "2 years and a half"
        return _duration_amount(written, [(and_a_half[1], and_a_half[2])], True, language)
    if not _DURATION_START_RE.match(written) or any(map(units.names_a_model, written.split())):
        return None  # "10,000 H100s": a model's name, not 10 000 hours and 100 seconds
    parts, position = _duration_parts(written, 0, in_text=False)
    rest = written[position:]
    half = _DURATION_HALF_RE.fullmatch(rest) is not None
    per = None
    if rest and not half and len(parts) >= 2:
        per = _PER_UNIT_RE.fullmatch(rest)  # "2min 52sec per km", "2'59 au km": a pace
    if (rest and not half and per is None) or (len(parts) < 2 and not half):
        return None  # "5 ans", "1 000 h", "3 h/day": not a duration in parts
    if any(mark in written for mark in "'’") and _reads_as_number(written, language):
        return None  # 1'350 in Swiss French: a number
    amount = _duration_amount(written, parts, half, language)
    if per is not None:
        return amount._replace(unit_text=f"{amount.unit_text}/{per.group(1)}")
    return amount


#: A lap or a race time in minutes and seconds as F1 timing prints it: "1m 23.456s".
_LAP_TIME_RE = re.compile(r"(\d{1,2})[ \u00a0]?m[ \u00a0]?(\d{1,2}(?:[.,]\d+)?)[ \u00a0]?s")
#: The line of a pace after a duration in parts: "per km", "a mile", "/100m".
_PER_UNIT_RE = re.compile(
    r"\s*(?:(?:per|a|an|au|par)\s+|/\s*)([^\W\d_]+|\d+\s*[^\W\d_]+)", re.IGNORECASE
)
#: A time on the clock, as athletics, swimming and marathon copy prints it: h:mm:ss with
#: optional decimals ("2:01:12", "1:59:40.5"), m:ss with decimals ("3:26.00"), and the
#: ambiguous m:ss alone ("3:26": a time of day, a score or a race time?), with a pace.
_CLOCK_RE = re.compile(r"(\d{1,2}):(\d\d):(\d\d(?:\.\d{1,3})?)|(\d{1,3}):(\d\d)((?:\.\d{1,3})?)")


def _read_clock(written: str, language: str) -> _Amount | None:
    """Read "2:01:12" (h:mm:ss) and "3:26.00" (m:ss.cc) in seconds; refuse "3:26" alone.

    None for what is no clock time at all, for the unit reader to refuse as before.
    """
    clock = _CLOCK_RE.match(written)
    if clock is None:
        return None
    rest = written[clock.end() :]
    per = _PER_UNIT_RE.fullmatch(rest) if rest else None
    if rest and per is None:
        return None
    hours, minutes, seconds = clock.group(1), clock.group(2) or clock.group(4), None
    seconds = clock.group(3) or f"{clock.group(5)}{clock.group(6)}"
    if hours is None and not clock.group(6):
        whole, part = int(clock.group(4)), clock.group(5)
        raise ValueSyntaxError(
            f"a time of day, a score or a duration? write a duration in its parts"
            f" ('{whole}min {part}sec' or '{whole}hr {part}min'), or on the clock with its"
            f" hundredths ('{clock.group()}.00') or its hours ('0:{whole:02d}:{part}')"
        )
    if (hours is not None and int(minutes) >= 60) or int(seconds[:2]) >= 60:
        raise ValueSyntaxError(
            f"'{clock.group()}' has 60 or more minutes or seconds after a larger unit"
        )
    unit = "s" if per is None else f"s/{per.group(1)}"
    return _Amount(written, clock_seconds(hours, minutes, seconds), None, "", unit)


def clock_seconds(hours: str | None, minutes: str, seconds: str) -> Decimal:
    """The seconds of a time on the clock, from its parts as written: 2:01:12 is 7 272 s.

    How a value and ``figure-in-quote`` read a race time alike; each finds its own (a value
    refuses "3:75" saying why, a quote's text only finds what reads, minus times of day).
    """
    total = Decimal(seconds) + 60 * int(minutes)
    return total if hours is None else total + 3600 * int(hours)


def _duration_parts(
    text: str, position: int, *, in_text: bool
) -> tuple[list[tuple[str, str | None]], int]:
    """The parts of a duration from ``position`` (figure as written, unit or None), and its end.

    In a free text (``in_text``), a last figure without its unit must follow the part
    before it directly ("9 s 58", "2 h 02"), not after a comma or "et" ("10 s, 3 athlètes"),
    and no digit, percent or decimal may follow it.
    """
    parts: list[tuple[str, str | None]] = []
    while position < len(text):
        part = _DURATION_PART_RE.match(text, position)
        if part is None or (parts and parts[-1][1] is None):
            break
        unit = part.group(2) or part.group(3)
        if in_text and unit is None:
            joined = text[position : part.start(1)]
            if not parts or joined.strip() or _UNIT_LESS_END_RE.match(text, part.end()):
                break
        parts.append((part.group(1), unit))
        position = part.end()
    return parts, position


_UNIT_LESS_END_RE = re.compile(r"[ \u00a0\u202f]?[\d%]|[.,]\d")


def find_durations(text: str, language: str) -> list[tuple[Decimal, str]]:
    """The durations written in parts in a free text: (amount, its smallest unit) each.

    As a value reads them ("2 h 02 min 10 s" is 7 330 s, "9 s 58" 9,58 s, "2 ans et 6
    mois" 30 months, "4 ans et demi" 4,5 years): how ``figure-in-quote`` finds a race
    time or a sentence in a quote. What would be refused as a value is left out.

    >>> find_durations("vainqueur en 2 h 02 min 10 s, devant Kiptum", "fr")
    [(Decimal('7330'), 's')]
    """
    found = []
    end = 0
    for start in _DURATION_IN_TEXT_RE.finditer(text):
        if start.start() < end:
            continue
        parts, position = _duration_parts(text, start.start(), in_text=True)
        half = _DURATION_HALF_RE.match(text, position)
        if half is not None:
            position = half.end()
        if len(parts) < 2 and half is None:
            continue
        written = text[start.start() : position]
        try:
            amount = _duration_amount(written, parts, half is not None, language)
        except ValueSyntaxError:
            continue
        found.append((amount.figure, amount.unit_text))
        end = position
    return found


def _reads_as_number(written: str, language: str) -> bool:
    try:
        read_number(written.strip(), language)
    except ValueSyntaxError:
        return False
    return True


def _duration_amount(
    written: str, parts: list[tuple[str, str | None]], half: bool, language: str
) -> _Amount:
    """Add up the parts of a duration in its smallest unit; raise ValueSyntaxError if odd."""
    if len(parts) == 2 and not half:
        (years, year_word), (days, day_word) = parts
        if (
            year_word is not None
            and day_word is not None
            and _DURATION_UNITS[year_word.lower()][0] == "year"
            and _DURATION_UNITS[day_word.lower()][0] == "day"
        ):  # "17 ans et 245 jours": a record age
            return _years_and_days(written, years, days, language)
    total, unit, size, family = _ZERO, "", 1, ""
    for index, (number, word) in enumerate(parts):
        last = index == len(parts) - 1
        if word is None:  # the last figure alone: the unit below the one before it
            number_unit, fraction = _implied_part(written, number, unit, half)
            if fraction:  # "9 s 58": hundredths of a second
                if _exponent(total) < 0:
                    raise ValueSyntaxError("write whole seconds before their decimals")
                total += Decimal(f"0.{number}")
                break
            word = number_unit
        unit_name, part_family, part_size = _DURATION_UNITS[word.lower()]
        if family and part_family != family:
            raise ValueSyntaxError(
                "years and months do not convert into weeks, days or hours exactly: write the"
                " duration in one of them, or an age in years and days ('17 years and 245"
                " days')"
            )
        if unit and part_size >= size:
            raise ValueSyntaxError("write the parts of a duration largest first")
        figure = read_number(number, language)
        if not last and _exponent(figure) < 0:
            raise ValueSyntaxError("only the last part of a duration may have decimals")
        limit = _DURATION_LIMITS[unit_name]
        if unit and limit is not None and figure >= limit:
            raise ValueSyntaxError(
                f"'{number} {word}' after a larger unit is {limit} or more: write it in that unit"
            )
        # every part in the new smallest unit: the total so far, then this part
        total = total * (size // part_size) + figure if unit else figure
        unit, size, family = unit_name, part_size, part_family
    half_width = None
    if half:
        total += _HALF
        half_width = _QUARTER
    return _Amount(written, total, None, "", unit, half_width)


def _years_and_days(written: str, years: str, days: str, language: str) -> _Amount:
    """An age in completed years and days ("16 years and 38 days"), in days.

    Years hold 365 days and their leap days, at most one in four and one fewer where they
    span 1900 or 2100: 17 years are 6 208 to 6 210 days whatever the birth, so "17 ans et
    245 jours" is 6 453 to 6 455 days, give or take half a day as any count of days is read.
    """
    whole, day = read_number(years, language), read_number(days, language)
    if whole != whole.to_integral_value() or day != day.to_integral_value():
        raise ValueSyntaxError("write an age in years and days in whole years and days")
    if day >= _DAYS_IN_A_YEAR:
        raise ValueSyntaxError(
            f"'{days}' days after the years is a year or more: count it in years"
        )
    count = int(whole)
    fewest = count * 365 + max(0, count // 4 - count // 100 - 1) + day
    most = count * 365 + -(-count // 4) + day
    return _Amount(written, (fewest + most) / 2, None, "", "day", (most - fewest) / 2 + _HALF)


_DAYS_IN_A_YEAR = 366


def _implied_part(written: str, number: str, unit: str, half: bool) -> tuple[str, bool]:
    """The unit of a last figure written alone, and whether it is a fraction of a second.

    After hours it is minutes, after minutes seconds, both in two digits (``2 h 02``,
    ``1'35``); after seconds it is their decimals (``9 s 58``, ``10 s 1``).
    """
    if half:
        raise ValueSyntaxError("write the unit of each part of a duration")
    if unit == "s" and len(number) <= 3 and number.isdigit():
        return "s", True
    if unit in ("h", "min") and len(number) == 2 and number.isdigit():
        return ("min" if unit == "h" else "s"), False
    if unit in ("h", "min"):
        below = "min" if unit == "h" else "s"
        raise ValueSyntaxError(
            f"write the {'minutes' if below == 'min' else 'seconds'} in two digits"
            f" ('{written[: len(written) - len(number)]}0{number}') or with their unit"
            f" ('{written} {below}')"
        )
    raise ValueSyntaxError("a figure after the unit: write the unit of each part of a duration")


@functools.cache
def _is_currency_code(code: str) -> bool:
    try:
        return units.is_currency(units.parse_unit(code))
    except units.UnitError:
        return False


def takes_scale_abbreviations(text: str) -> bool:
    """Tell whether ``m``, ``k`` and ``b`` before this unit text are scale words.

    They are before any unit: a currency (``3m USD``), persons (``2.5m people``) or another
    unit (``1.5m tonnes``, ``1.2m hectares``, ``10 M€ par an``): no news figure is in
    metre-tonnes. They are not before an operator (``3 m/s``, ``2 m**2``) nor alone
    (``3 m`` is three metres).
    """
    if not _UNIT_START_RE.match(text):
        return False
    try:
        units.parse_unit(text)
    except units.UnitError:
        return False
    return True


_UNIT_START_RE = re.compile(rf"[^\W\d_]|[{units.SIGN_CHARACTERS}%°]")


@functools.cache
def scale_abbreviations(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """The abbreviated scale words of a language: always a scale, and only next to money.

    ``bn``, ``Md`` are always a scale; ``m``, ``k`` only with a currency (``$3m``): ``3 m``
    alone is three metres. Lower case, as powers of ten.
    """
    code = _language_code(language)
    return _ABBREVIATED_SCALES.get(code, {}), _MONEY_SCALES.get(code, {})


@functools.cache
def _scales(language: str) -> dict[str, int]:
    return {**_ANY_LANGUAGE_SCALES, **_SCALES.get(_language_code(language), {})}


def known_scale_words(abbreviated: bool = False) -> frozenset[str]:
    """Every scale word of every language this module reads (``thousand``, ``milliards``).

    With ``abbreviated``, the abbreviations that are always a scale too (``bn``, ``md``).
    """
    if not abbreviated:
        return _ALL_SCALE_WORDS
    return _ALL_SCALE_WORDS.union(*_ABBREVIATED_SCALES.values())


def compound_scale(word: str, text: str, position: int) -> tuple[int, int] | None:
    """The power of ten ``crore`` after the scale word ``word`` adds, and where it ends.

    "₹2 lakh crore" is a lakh of crores (10**5 * 10**7), "Rs 20 thousand crore" a thousand
    of them: ``crore`` at ``position`` (after blanks) adds 7. None when none follows.
    """
    if word.lower() not in _BEFORE_CRORE:
        return None
    crore = _CRORE_AFTER_RE.match(text, position)
    return None if crore is None else (_COMPOUND_SCALES[crore.group(1).lower()], crore.end())


def scale_words(language: str) -> dict[str, int]:
    """The scale words of a language, lower case, as powers of ten (``milliards``: 9 in French).

    Raises ValueSyntaxError for an unknown language.
    """
    return dict(_scales(language))


def read_number(written: str, language: str) -> Decimal:
    """Read a number as the language writes it (``1 000,5`` in French), or as 44.4 or 1e6.

    The digits are kept (``44,40`` is ``Decimal('44.40')``).  Raises ValueSyntaxError for
    anything else, ambiguous numbers included (``1.000`` in French: one, or a thousand?).
    """
    if not _NUMBER_RE.fullmatch(written):
        raise ValueSyntaxError(f"{written!r} is not a number written in digits")
    style = _number_style(language)
    text = written.replace("−", "-")
    if style.group in _SPACES:  # babel only knows its own space (U+202F in French)
        text = _SPACES_RE.sub(style.group, text)
    elif style.group == "'":
        text = text.replace("’", "'")
    if text[:1] == "+":  # "+150,000", "+38 000": a change; babel reproduces a minus, never a plus
        text = text[1:]
    number: Decimal | None
    if "." in text and "." not in (style.group, style.decimal):
        number = _read_plain(written, text, language)  # 44.4 in a French source
    else:
        number = _without_groups(text, style) if style.group not in text else None
        if number is None:
            number = _parse_with_babel(written, text, language, style)
    if abs(number.adjusted()) > _MAX_MAGNITUDE:
        raise ValueSyntaxError(f"{written!r} is out of range")
    return number


def _without_groups(text: str, style: _NumberStyle) -> Decimal | None:
    """Read a number without group marks as babel's strict parse_decimal does, or None.

    That is ``Decimal`` of the text with its decimal mark made a point, without babel's
    ~20 µs of locale look-ups; None leaves the text to babel and its error message.
    """
    try:
        return Decimal(text.replace(style.decimal, "."))
    except decimal.InvalidOperation:
        return None


def _parse_with_babel(written: str, text: str, language: str, style: _NumberStyle) -> Decimal:
    from babel.numbers import NumberFormatError, parse_decimal

    shape = text.translate(_SHAPE)
    # babel's strict check formats the number in the current decimal context, which must
    # hold all its digits (28 by default: a longer number raised InvalidOperation)
    precision = max(decimal.getcontext().prec, len(text))
    if "e" not in shape and _babel_accepts(shape, language, precision):
        # what parse_decimal returns once its strict check passed
        return Decimal(text.replace(style.group, "").replace(style.decimal, "."))
    try:
        with decimal.localcontext(prec=precision):
            return parse_decimal(text, locale=style.locale, strict=True)
    except decimal.InvalidOperation:  # babel's own Decimal of "10,5e+58" in English
        raise ValueSyntaxError(_misread(written, language, None)) from None
    except NumberFormatError as error:
        if style.group == "'" and _grouped_by_three(text, style):
            return Decimal(text.replace("'", "").replace(style.decimal, "."))
        if style.group != "." or not _PLAIN_NUMBER_RE.fullmatch(text):
            raise ValueSyntaxError(_misread(written, language, error.suggestions)) from None
        return _read_plain(written, text, language)  # 44.4 in a German source


def _grouped_by_three(text: str, style: _NumberStyle) -> bool:
    """Whether ``1'234'567`` is grouped by three, in a Swiss locale.

    babel formats 1234567 in de_CH and fr_CH without its group marks, so its strict
    parse, which compares with that formatting, refuses ``1'234'567`` (``12'345``
    passes): numbers of a million and more, grouped the Swiss way, are read here.
    """
    whole, _, fraction = text.partition(style.decimal)
    return bool(_THREE_BY_THREE.fullmatch(whole)) and (not fraction or fraction.isdigit())


_THREE_BY_THREE = re.compile(r"[-+]?[1-9][0-9]{0,2}(?:'[0-9]{3})+")


# babel's strict check of the group marks formats the number and compares: the verdict
# depends on where digits, zeros and marks stand, not on which digits, so it is asked
# once per shape (1,000 and 250,000 are "1,000" and "111,000").  And on the precision of
# the decimal context, which babel's formatting needs to hold every digit.  Numbers with an
# exponent, never accepted, go to babel itself for its message.
_SHAPE = str.maketrans({**dict.fromkeys("23456789", "1"), "E": "e"})


@functools.lru_cache(maxsize=4096)
def _babel_accepts(shape: str, language: str, precision: int) -> bool:
    """Tell whether babel reads the shape, in a decimal context of that precision."""
    from babel.numbers import parse_decimal

    try:
        with decimal.localcontext(prec=precision):
            parse_decimal(shape, locale=_number_style(language).locale, strict=True)
    except Exception:  # refused, or worse: the number itself will tell
        return False
    return True


def _read_plain(written: str, text: str, language: str) -> Decimal:
    """Read 44.4 or 1e6 in a language that does not write numbers so, unless 1.000 (one? 1000?)."""
    if not _PLAIN_NUMBER_RE.fullmatch(text):
        raise ValueSyntaxError(_misread(written, language, None))
    if _DOT_GROUPED_RE.fullmatch(text):
        one = _quoted(format_decimal(Decimal(text), language))
        thousand = _quoted(format_decimal(Decimal(text.replace(".", "")), language))
        raise ValueSyntaxError(
            f"{written!r} is ambiguous in {_name(language)}: write {one} or {thousand}"
        )
    return Decimal(text)


def _misread(written: str, language: str, suggestions: list[str] | None) -> str:
    message = f"{written!r} is not a number as {_name(language)} writes it"
    # "+12,34" and "-38 000" get the suggestions of "12,34" and "38 000", with their sign:
    # babel keeps a minus but never sees a plus (read_number takes it off)
    sign = written[:1] if written[:1] in "+-−" else ""
    unsigned = written[len(sign) :]
    if suggestions and not _mark_is_ambiguous(unsigned, language):
        suggestions = suggestions[:1]  # "+150,000" is 150,000: never also offer 150
    ungrouped = re.sub(f"[{_SPACES}]", "", unsigned)
    if not suggestions and ungrouped != unsigned and ungrouped.isdigit():  # 1 000 in English
        suggestions = [format_decimal(Decimal(ungrouped), language)]
    if suggestions:
        signed = [sign + suggestion.lstrip("+-−") for suggestion in suggestions]
        message += f", did you mean {' or '.join(map(_quoted, signed))}?"
    return message


def _mark_is_ambiguous(written: str, language: str) -> bool:
    """Whether the number's last group mark may be a decimal mark: not three digits after it.

    babel offers the number read with its group mark as a decimal mark too ("12,34":
    1,234 or 12.34?); after a mark followed by three digits ("150,000") that reading is a
    figure a thousand times off, which no one meant.
    """
    style = _number_style(language)
    marks = f"[{re.escape(style.group)}{_SPACES}'’]" if style.group in _SPACES + "'’" else None
    pattern = marks or re.escape(style.group)
    tail = re.split(pattern, written.partition(style.decimal)[0])
    return len(tail) < 2 or len(tail[-1]) != 3 or not tail[-1].isdigit()


def _quoted(number: str) -> str:
    """Quote a number for a message, with spaces an editor can type."""
    return "'" + re.sub(f"[{_SPACES}]", " ", number) + "'"


class _NumberStyle(NamedTuple):
    locale: Locale
    group: str
    decimal: str
    minus: str
    exponential: str
    grouping: tuple[int, int]


@functools.cache
def _number_style(language: str) -> _NumberStyle:
    from babel import Locale, UnknownLocaleError
    from babel import numbers as babel_numbers

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValueSyntaxError(f"unknown language {language!r}") from None
    return _NumberStyle(
        locale,
        babel_numbers.get_group_symbol(locale),
        babel_numbers.get_decimal_symbol(locale),
        babel_numbers.get_minus_sign_symbol(locale),
        babel_numbers.get_exponential_symbol(locale),
        locale.decimal_formats[None].grouping,
    )


@functools.cache
def _language_code(language: str) -> str:
    return str(_number_style(language).locale.language)


def _name(language: str) -> str:
    return str(_number_style(language).locale.english_name)


# --- Writing ------------------------------------------------------------------------------

_WORDS = {
    "en": {"to": "to", "lt": "less than", "le": "at most", "gt": "more than",
           "ge": "at least", "any": "any value"},
    "fr": {"to": "à", "lt": "moins de", "le": "au plus", "gt": "plus de",
           "ge": "au moins", "any": "n'importe quelle valeur"},
}  # fmt: skip
#: Scale words for writing large figures, largest first: power of ten -> (one, from 2 on).
_DISPLAY_SCALES = {
    "en": {9: ("billion", "billion"), 6: ("million", "million")},
    "fr": {9: ("milliard", "milliards"), 6: ("million", "millions")},
}
_DISPLAY_DIGITS = 10  # significant digits of computed bounds (a third is not 50 threes)
_QUANTIZING = decimal.Context(
    prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[]
)
_SCIENTIFIC_FROM = 21  # decimal exponent from which figures are written 1E21
_LARGEST_SCALED = Decimal("1E15")  # beyond it, "1 000 000 billion" reads worse than digits
_SCALED_DECIMALS = 3
_POWERS_OF_TEN = {
    power: Decimal((0, (1,), power)) for table in _DISPLAY_SCALES.values() for power in table
}
_SMALLEST_SCALED = min(_POWERS_OF_TEN.values())


def format_decimal(x: Decimal, language: str) -> str:
    """Write a number as the language does (``109,75`` in French), keeping every digit."""
    if x.is_nan():
        raise ValueError("not a number")
    style = _number_style(language)
    sign = style.minus if x.is_signed() else ""
    if x.is_infinite():
        return f"{sign}∞"
    if x and not -_SCIENTIFIC_FROM < x.adjusted() < _SCIENTIFIC_FROM:
        digits = "".join(map(str, x.as_tuple().digits))
        mantissa = digits[0] + (style.decimal + digits[1:] if digits[1:] else "")
        return f"{sign}{mantissa}{style.exponential}{x.adjusted()}"
    # every digit, trailing zeros included: "f" without a precision never rounds
    whole, _, fraction = format(x.copy_abs(), "f").partition(".")
    grouped, size = "", style.grouping[0]
    while len(whole) > size:
        grouped = style.group + whole[-size:] + grouped
        whole, size = whole[:-size], style.grouping[1]
    text = whole + grouped + (style.decimal + fraction if fraction else "")
    return sign + text


def format_interval(iv: Interval, unit: pint.Unit, language: str) -> str:
    """Write an interval for an editor: ``109,75 à 110,05 %``, ``less than 2 million EUR``."""
    return _interval_text(iv, unit, language, _display_power(iv, language))


# format_quantity's texts by what they are written from: the interval, the unit as written
# and the language.  Equal intervals are written alike, but for the sign of a zero end
# (-0 is written "-0"), which is part of the key.  The key is a flat tuple of Decimals and
# strings: hashing a Quantity would run three Python __hash__ methods (dataclasses, pint).
_FormatKey = tuple[Decimal, Decimal, bool, bool, "Decimal | None", str, str, bool, bool]
_FORMATTED: dict[_FormatKey, str] = {}
_MAX_FORMATTED = 65536


def format_quantity(q: Quantity, language: str) -> str:
    """Write the figure and its interval: ``109,9 % (109,75 à 110,05 %)``."""
    iv = q.interval
    lo, hi = iv.lo, iv.hi
    key = (
        lo, hi, iv.lo_open, iv.hi_open, iv.nominal, _unit_text(q.unit), language,
        lo.is_signed(), hi.is_signed(),
    )  # fmt: skip
    written = _FORMATTED.get(key)
    if written is None:
        written = _format_quantity(q, language)
        if len(_FORMATTED) >= _MAX_FORMATTED:
            _FORMATTED.clear()
        _FORMATTED[key] = written
    return written


def _format_quantity(q: Quantity, language: str) -> str:
    iv = q.interval
    power = _display_power(iv, language)
    if iv.nominal is None:
        return _interval_text(iv, q.unit, language, power)
    nominal = _rounded(_shift(iv.nominal, -power), decimal.ROUND_HALF_EVEN, _step(iv, power))
    written = _with_unit(format_decimal(nominal, language), nominal, q.unit, language, power)
    if iv.lo == iv.hi or _negligible(iv, power) is not None:
        return written  # "3 year", not "3 year (2.999999999 to 3.000000001 year)"
    return f"{written} ({_interval_text(iv, q.unit, language, power)})"


def _interval_text(iv: Interval, unit: pint.Unit, language: str, power: int) -> str:
    words = _WORDS.get(_language_code(language), _WORDS["en"])
    step = _step(iv, power)

    def show(x: Decimal, rounding: str) -> str:
        return format_decimal(_rounded(_shift(x, -power), rounding, step), language)

    lo, hi = show(iv.lo, decimal.ROUND_FLOOR), show(iv.hi, decimal.ROUND_CEILING)
    if iv.lo.is_infinite() and iv.hi.is_infinite():
        return words["any"]
    negligible = _negligible(iv, power)
    if iv.lo == iv.hi:
        body, last = lo, iv.hi
    elif negligible is not None:  # exact but for a conversion's last digits: one figure
        middle = _QUANTIZING.divide(_QUANTIZING.add(iv.lo, iv.hi), 2)
        body, last = (
            format_decimal(
                _rounded(_shift(middle, -power), decimal.ROUND_HALF_EVEN, negligible), language
            ),
            middle,
        )
    elif iv.lo.is_infinite() or (not iv.lo and not iv.lo_open and iv.hi_open):
        body, last = f"{words['lt' if iv.hi_open else 'le']} {hi}", iv.hi
    elif iv.hi.is_infinite():
        body, last = f"{words['gt' if iv.lo_open else 'ge']} {lo}", iv.lo
    else:
        lo = f"{words['gt']} {lo}" if iv.lo_open else lo
        hi = f"{words['lt']} {hi}" if iv.hi_open else hi
        body, last = f"{lo} {words['to']} {hi}", iv.hi
    return _with_unit(body, _shift(last, -power), unit, language, power)


def _with_unit(body: str, last: Decimal, unit: pint.Unit, language: str, power: int) -> str:
    words = [body]
    code = _language_code(language)
    if power:
        singular, plural = _DISPLAY_SCALES[code][power]
        words.append(plural if last.copy_abs() >= 2 else singular)
    written = units.format_unit(unit)
    local = _LOCAL_UNIT_WORDS.get(code, {}).get(written)
    if local is not None:  # "5 ans", "4,5 milliards d'années", not "5 year" in French copy
        singular, plural, after_scale = local
        written = after_scale if power else plural if last.copy_abs() >= 2 else singular
    words.append(written)
    return " ".join(word for word in words if word)


#: Units of time in the words of a language's messages: singular, plural, after a scale
#: word ("4,5 milliards d'années"); pint's names are English.
_LOCAL_UNIT_WORDS = {
    "fr": {
        "year": ("an", "ans", "d'années"),
        "month": ("mois", "mois", "de mois"),
        "week": ("semaine", "semaines", "de semaines"),
        "day": ("jour", "jours", "de jours"),
    }
}


def _display_power(iv: Interval, language: str) -> int:
    """Choose the power of ten of the scale word to write the interval with, 0 for none.

    A scale word is worth it when it leaves short figures: 1.5 to 2.5 million, not
    0.9999995 to 1.0000005 million.
    """
    scales = _DISPLAY_SCALES.get(_language_code(language), {})
    finite = [x for x in (iv.lo, iv.hi, iv.nominal) if x is not None and x.is_finite()]
    largest = max((x.copy_abs() for x in finite), default=_ZERO)
    if largest < _SMALLEST_SCALED:
        return 0
    for power in scales:
        if _POWERS_OF_TEN[power] <= largest < _LARGEST_SCALED and all(
            _exponent(_NEAR.normalize(_shift(x, -power))) >= -_SCALED_DECIMALS for x in finite
        ):
            return power
    return 0


#: The relative width below which an interval is one figure: beyond the digits shown
#: (``_DISPLAY_DIGITS``), its ends differ only by a conversion's float or division error
#: (2.999999999 to 3.000000001). A written figure of 8 digits (£1,234,567.89) stays a range.
_NEGLIGIBLE_WIDTH = Decimal("1e-9")


def _negligible(iv: Interval, power: int) -> int | None:
    """The decimal place to round a too narrow interval to, or None if its width shows."""
    if not (iv.lo.is_finite() and iv.hi.is_finite()) or iv.hi <= iv.lo:
        return None
    width = _QUANTIZING.subtract(iv.hi, iv.lo)
    largest = max(iv.lo.copy_abs(), iv.hi.copy_abs())
    if width > _QUANTIZING.multiply(largest, _NEGLIGIBLE_WIDTH):
        return None
    return width.adjusted() + 1 - power  # the first place where the ends agree, rounded


def _step(iv: Interval, power: int) -> int | None:
    """The last decimal place worth showing of an interval: two digits below its width's.

    A computed interval's ends carry digits no reader needs (3,003754693 à 3,513174405 %
    is 3,003 à 3,514 %); a claim's interval (a half unit of its last digit either side)
    is shown whole. None for a single number or an interval without two finite ends.
    """
    if iv.lo.is_infinite() or iv.hi.is_infinite() or iv.hi <= iv.lo:
        return None
    return _QUANTIZING.subtract(iv.hi, iv.lo).adjusted() - power - 2


def _rounded(x: Decimal, rounding: str, step: int | None = None) -> Decimal:
    """Round to the digits worth showing, without trailing zeros (25.00 is shown 25).

    ``step``: the last decimal place to show (-3 for thousandths), rounding as told.
    """
    if not x.is_finite():
        return x
    if step is not None and x.as_tuple().exponent < step:  # type: ignore[operator]
        stepped = x.quantize(Decimal((0, (1,), step)), rounding, _QUANTIZING)
        x = x if stepped.is_nan() else stepped  # beyond what a Decimal holds: as it is
    context = _DISPLAY_CONTEXTS.get(rounding)
    if context is None:
        # Any exponent a Decimal may have, and no trap: a figure too large to round
        # saturates to infinity rather than raise (a message must never fail to be written).
        context = _DISPLAY_CONTEXTS[rounding] = decimal.Context(
            prec=_DISPLAY_DIGITS,
            rounding=rounding,
            Emax=decimal.MAX_EMAX,
            Emin=decimal.MIN_EMIN,
            traps=[],
        )
    return context.normalize(context.plus(x))


_DISPLAY_CONTEXTS: dict[str, decimal.Context] = {}
