"""One pint registry for the whole program: currencies, persons, percent and percentage points.

pint reads numbers badly (``'44,4 %'`` is 444 %, ``'1 000 000 EUR'`` is 0 EUR), so
:mod:`factcheck.values` splits the number off and only the unit text comes here.

Every ISO 4217 currency babel knows is a unit of its own dimension (``[currency_EUR]``),
so adding EUR to USD is an error and never a sum.  ``pp``, ``pt``, ``ppt``, ``point(s)``,
``percentage point(s)``, ``point(s) de pourcentage`` and ``% pt`` mean percentage points
here, never pint's typographic lengths or picopints; ``bp``, ``bps``, ``basis point(s)``,
``point(s) de base``, ``pb`` and ``pdb`` are basis points, a hundredth of a percentage
point (never picobarns).
"""

from __future__ import annotations

import difflib
import functools
import re
from decimal import Context, Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pint costs ~0.2 s to import: only load it when a unit is needed
    import pint

__all__ = [
    "UnitError",
    "conversion",
    "currency_code",
    "describe_dimension",
    "dimensionless",
    "format_unit",
    "has_offset",
    "is_currency",
    "is_percent",
    "parse_unit",
    "registry",
]

_CURRENCY_DIMENSION = "[currency_"

#: The letters before a dollar sign that name a country's dollar ("C$3.6bn", "HK$12m"),
#: and the currency each is; "$" alone is any dollar.
DOLLAR_PREFIXES = {
    "US": "USD", "C": "CAD", "CA": "CAD", "A": "AUD", "AU": "AUD", "NZ": "NZD",
    "HK": "HKD", "S": "SGD", "NT": "TWD",
}  # fmt: skip

#: Currency signs a journalist writes, replaced by their ISO code before pint sees them.
_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY"}
_SIGNS_RE = re.compile("|".join(map(re.escape, _SIGNS)))

#: Words that pint would read as typographic lengths (pp, pt, point) or pints (ppt is a
#: picopint to it), and percentage points spelled out ("point de pourcentage", "% pt").
_PERCENTAGE_POINT_RE = re.compile(
    r"(?<![\w.])(?:percentage[\s_]+points?|points?[\s_]+de[\s_]+(?:pourcentage|%)|%[\s_]*pts?"
    r"|pp|p\.p\.|ppts?|pts?|points?)(?![\w.])"
)
#: Basis points, a hundredth of a percentage point; pint's ``bp`` is the big point, a length,
#: and ``pb`` (French "points de base") a picobarn.
_BASIS_POINT_RE = re.compile(
    r"(?<![\w.])(?:(?i:bps?|basis[\s_]+points?|points?[\s_]+de[\s_]+base)|pdb|pb)(?![\w.])"
)

#: "per cent" (house style at many English papers), "pour cent", and "pc" or "pct" as British
#: papers print it ("up 1.2pc"): pint reads "per" alone, "pc" as parsecs, "pct" picocarats.
_PER_CENT_RE = re.compile(r"(?<![\w.])(?:(?:per|pour)[\s_]+cent|pc|pct)(?![\w.])", re.IGNORECASE)

#: French words for durations, which pint does not know ("18 mois", "5 ans", "3 jours").
_FRENCH_TIME = {
    "an": "year", "ans": "year", "année": "year", "années": "year", "mois": "month",
    "semaine": "week", "semaines": "week", "jour": "day", "jours": "day", "heure": "hour",
    "heures": "hour",
}  # fmt: skip
_FRENCH_TIME_RE = re.compile(
    rf"(?<![\w.])(?:{'|'.join(sorted(_FRENCH_TIME, key=len, reverse=True))})(?![\w.])",
    re.IGNORECASE,
)

#: Words that name no one unit: pint reads "pounds" as a weight, and knows no "dollars".
_AMBIGUOUS_RE = re.compile(r"(?<![\w.])(pounds?|dollars?|cents?|shares?)(?![\w.])", re.IGNORECASE)
_AMBIGUOUS = {
    "pound": "money or weight? write GBP for pounds sterling, lb for pounds in weight",
    "dollar": "which dollars? write the currency's code: USD, CAD, AUD, HKD, ...",
    "cent": "cents of which currency? write the amount in it: 0.98 USD for 98 cents",
    "share": "a share is no unit: write the amount (1.23 USD) and say 'per share' in the"
    " property (earnings_per_share)",
}

#: What a unit expression may hold; pint reads "d'euros" as days times euros, silently.
_UNIT_TEXT_RE = re.compile(r"[\w\s*/^·.%€$£¥°µ()\-]*")

#: Symbols printed in place of pint's, where pint's would puzzle an editor (``a`` is a year).
_DISPLAY = {
    "dimensionless": "",
    "percent": "%",
    "percentage_point": "pp",
    "basis_point": "bp",
    "year": "year",
    "day": "day",
}
_DERIVED_DIMENSIONS = (
    "area", "volume", "velocity", "acceleration", "force", "energy", "power", "pressure",
    "density", "current", "electric_potential", "luminosity",
)  # fmt: skip
_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")

# Conversion factors come from pint as floats; 15 significant digits recover the exact
# decimal factor of every definition (0.30479999999999996 -> 0.3048 for the foot).
_FACTOR_CONTEXT = Context(prec=15)
_DIVISION_CONTEXT = Context(prec=50)


class UnitError(ValueError):
    """A unit text that names no known unit; ``str(e)`` is the message for the editor."""


@functools.cache
def registry() -> pint.UnitRegistry[Any]:
    """Return the program's single unit registry, built on first use."""
    import babel.numbers
    import pint
    from pint.facets.plain import ScaleConverter, UnitDefinition
    from pint.util import UnitsContainer

    try:  # pint's own cache of its parsed definitions: ~50 ms instead of ~700 ms a start
        ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(cache_folder=":auto:")
    except (OSError, ValueError, EOFError):  # an unwritable or damaged cache folder
        ureg = pint.UnitRegistry()
    one = ScaleConverter(1)
    # Definition objects, not definition strings: parsing 300 strings costs ~130 ms, this ~10 ms.
    for code in sorted(babel.numbers.list_currencies()):
        aliases = ("euro", "euros") if code == "EUR" else ()
        dimension = UnitsContainer({f"{_CURRENCY_DIMENSION}{code}]": 1})
        ureg.define(UnitDefinition(code, None, aliases, one, dimension))  # type: ignore[arg-type]
    person = UnitsContainer({"[person]": 1})
    people = ("people", "persons")
    ureg.define(UnitDefinition("person", None, people, one, person))  # type: ignore[arg-type]
    ureg.define("pence = 0.01 * GBP = _ = penny = GBX")  # share prices: 842p, 24.5 pence
    ureg.define("percentage_point = percent")
    ureg.define("basis_point = 0.01 * percentage_point")
    return ureg


@functools.cache
def dimensionless() -> pint.Unit:
    """Return the unit of pure numbers and ranks."""
    # One object for the program: the registry builds a new Unit on every attribute access
    # (~0.1 ms), and values compare units by identity before asking pint.
    return registry().dimensionless


@functools.cache
def parse_unit(text: str) -> pint.Unit:
    """Read a unit as written after a figure: ``%``, ``EUR``, ``€``, ``person``, ``km``, ``MW h``.

    The empty string is dimensionless.  Raises :class:`UnitError` naming the text, with the
    closest known unit name when there is one.
    """
    ureg = registry()
    expression = text.strip()
    if not expression:
        return dimensionless()
    if not _UNIT_TEXT_RE.fullmatch(expression):
        raise UnitError(f"cannot read {text!r} as a unit")
    expression = _SIGNS_RE.sub(lambda m: _SIGNS[m.group()], expression)
    expression = _BASIS_POINT_RE.sub("basis_point", expression)
    expression = _PER_CENT_RE.sub("percent", expression)
    expression = _FRENCH_TIME_RE.sub(lambda m: _FRENCH_TIME[m.group().lower()], expression)
    ambiguous = _AMBIGUOUS_RE.search(expression)
    if ambiguous is not None:
        word = ambiguous.group(1)
        where = "" if word == text.strip() else f" in {text!r}"
        raise UnitError(f"{word!r}{where}: {_AMBIGUOUS[word.lower().rstrip('s')]}")
    expression = _PERCENTAGE_POINT_RE.sub("percentage_point", expression)
    try:
        unit = ureg.parse_units(expression)
    except Exception as error:  # pint raises a zoo of types here, AssertionError included
        unknown = getattr(error, "unit_names", None)
        if unknown:
            name = str(unknown[0])
            where = "" if name == text.strip() else f" in {text!r}"
            message = f"unknown unit {name!r}{where}"
            suggestion = _closest_unit_name(name)
            if suggestion:
                message += f", did you mean {suggestion!r}?"
            raise UnitError(message) from None
        raise UnitError(f"cannot read {text!r} as a unit") from None
    if not all(abs(power) <= _MAX_EXPONENT for power in unit._units.values()):
        # `year**1e400` is year to the power infinity; no figure in the news needs more than m³
        raise UnitError(f"cannot read {text!r} as a unit: an exponent beyond {_MAX_EXPONENT}")
    if _currency_times_something(unit):
        raise UnitError(
            f"cannot read {text!r} as a unit: pint reads it as {format_unit(unit)!r}, a currency "
            "multiplied by another unit; write the currency alone, after any scale word "
            "('2 million USD')"
        )
    return unit


_MAX_EXPONENT = 9


def _currency_times_something(unit: pint.Unit) -> bool:
    """True for a currency multiplied by another unit: words pint read as units by accident.

    ``de USD`` is deci-elementary-charges times dollars, ``M EUR`` molar euros, ``Md EUR``
    megadays of euros. No figure in the news is money times anything; money per
    something (``EUR/month``) is fine.
    """
    multiplied = [str(d) for d, exponent in unit.dimensionality.items() if exponent.real > 0]
    money = [d for d in multiplied if d.startswith(_CURRENCY_DIMENSION)]
    return bool(money) and len(multiplied) > 1


@functools.cache
def _names_by_lowercase() -> dict[str, str]:
    names: dict[str, str] = {}
    for name in (*registry()._units, *_SIGNS, "pp", "bp"):
        names.setdefault(name.lower(), name)
    return names


@functools.cache
def _fuzzy_candidates() -> list[str]:
    """Lower-case names worth suggesting for a typo: not currency codes (sites -> SIT)."""
    import babel.numbers

    codes = {code.lower() for code in babel.numbers.list_currencies()}
    return [name for name in _names_by_lowercase() if name not in codes]


def _closest_unit_name(name: str) -> str | None:
    names = _names_by_lowercase()
    if name.lower() in names:  # eur -> EUR, Km -> km
        return names[name.lower()]
    close = difflib.get_close_matches(name.lower(), _fuzzy_candidates(), n=1, cutoff=0.75)
    return names[close[0]] if close else None


@functools.lru_cache(maxsize=4096)
def is_currency(unit: pint.Unit) -> bool:
    """Tell whether the unit is an amount of one currency (EUR, kEUR, USD), not a rate of it."""
    dimensions = dict(unit.dimensionality)
    if len(dimensions) != 1:
        return False
    ((dimension, exponent),) = dimensions.items()
    return exponent == 1 and str(dimension).startswith(_CURRENCY_DIMENSION)


@functools.lru_cache(maxsize=4096)
def is_percent(unit: pint.Unit) -> bool:
    """Tell whether the unit is the percent (not percentage points, not a pure number)."""
    return bool(unit == parse_unit("%"))


def currency_code(unit: pint.Unit) -> str | None:
    """The ISO code of the currency a unit counts in (``EUR`` for ``kEUR``), or None."""
    if not is_currency(unit):
        return None
    (dimension,) = dict(unit.dimensionality)
    return str(dimension).removeprefix(_CURRENCY_DIMENSION).rstrip("]")


@functools.lru_cache(maxsize=4096)
def is_points(unit: pint.Unit) -> bool:
    """Tell whether the unit is percentage points or basis points (a change, not a level)."""
    return bool(unit == parse_unit("pp") or unit == parse_unit("bp"))


@functools.lru_cache(maxsize=4096)
def has_offset(unit: pint.Unit) -> bool:
    """Tell whether zero in this unit is not "none of it" (degrees Celsius or Fahrenheit)."""
    return not registry().Quantity(1, unit)._is_multiplicative


def describe_dimension(unit: pint.Unit) -> str:
    """Name what the unit measures, for messages: ``currency EUR``, ``person``, ``length``."""
    dimensions = unit.dimensionality
    if not dimensions:
        return "dimensionless"
    named = _derived_dimension_names().get(dimensions)
    if named:
        return named
    above: list[str] = []
    below: list[str] = []
    for dimension, exponent in sorted(dict(dimensions).items()):
        word = str(dimension).strip("[]").replace("currency_", "currency ")
        power = _real(exponent)
        if abs(power) != 1:
            word += f"^{abs(power):g}"
        (above if power > 0 else below).append(word)
    return " per ".join([" × ".join(above), *below]).strip()


@functools.cache
def _derived_dimension_names() -> dict[object, str]:
    """Map base dimensionalities to the everyday names of a few derived dimensions."""
    # Not all of pint's: it calls a length "gaussian_capacitance" and a time "gaussian_resistivity".
    ureg = registry()
    return {ureg.get_dimensionality(f"[{name}]"): name for name in _DERIVED_DIMENSIONS}


@functools.cache
def format_unit(unit: pint.Unit) -> str:
    """Write the unit as an editor would: ``%``, ``EUR``, ``person``, ``km``, ``EUR/person``."""
    above: list[str] = []
    below: list[str] = []
    ureg = registry()
    for name, exponent in unit._units.items():
        symbol = _DISPLAY.get(name)
        if symbol is None:
            symbol = ureg.get_symbol(name)
        power = _real(exponent)
        if abs(power) != 1:
            symbol += f"{abs(power):g}".translate(_SUPERSCRIPTS)
        (above if power > 0 else below).append(symbol)
    text = "·".join(above) or ("1" if below else "")
    for symbol in below:
        text += f"/{symbol}"
    return text


@functools.cache
def conversion(source: pint.Unit, target: pint.Unit) -> tuple[Decimal, Decimal]:
    """Return ``(factor, offset)`` with ``x source == (x * factor + offset) target``.

    The offset is zero except between temperature scales.  Raises :class:`UnitError`
    when the units measure different things.
    """
    if source.dimensionality != target.dimensionality:
        raise UnitError(
            f"{format_unit(source) or 'a number'} ({describe_dimension(source)}) does not "
            f"convert to {format_unit(target) or 'a number'} ({describe_dimension(target)})"
        )
    ureg = registry()
    (above, below), (target_above, target_below) = _root_scale(source), _root_scale(target)
    factor = _DIVISION_CONTEXT.divide(
        _DIVISION_CONTEXT.multiply(above, target_below),
        _DIVISION_CONTEXT.multiply(below, target_above),
    )
    offset = Decimal(0)
    if has_offset(source) or has_offset(target):
        offset = _exact(ureg.Quantity(0.0, source).to(target).magnitude)
    return factor, offset


@functools.lru_cache(maxsize=4096)
def _root_scale(unit: pint.Unit) -> tuple[Decimal, Decimal]:
    """The unit's factor to its root units as a fraction, multiplied out unit by unit.

    Each unit's own factor is short and exact (a month is 2629800 s), but pint's float
    product for ``EUR/month`` is not: month to year would be 12.0000000000000063. The
    units above and below the line are kept apart, so that one division makes the factor.
    """
    ureg = registry()
    above, below = Decimal(1), Decimal(1)
    for name, exponent in unit._units.items():
        power = _real(exponent)
        if power != int(power):  # a fractional power: pint's float, rounded
            return _exact(ureg.get_root_units(unit)[0]), Decimal(1)
        factor = _DIVISION_CONTEXT.power(
            _exact(ureg.get_root_units(ureg.Unit(name))[0]), abs(int(power))
        )
        if power > 0:
            above = _DIVISION_CONTEXT.multiply(above, factor)
        else:
            below = _DIVISION_CONTEXT.multiply(below, factor)
    return above, below


def _real(exponent: Any) -> float:
    return float(exponent)  # pint types exponents as any scalar, complex included


def _exact(number: Any) -> Decimal:
    return _FACTOR_CONTEXT.create_decimal_from_float(float(number)).normalize()
