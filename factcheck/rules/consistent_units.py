"""A property is reported in compatible units everywhere.

Every claim of one property, across the whole corpus, measures the same kind of
thing: ``staff`` in persons, ``revenue`` in money. Units that convert into each
other are compatible (``km`` and ``m``, ``%`` and pure numbers); ``person`` and
``EUR`` are not. A claim in another unit is a typo in the value or a claim filed
under the wrong property.

When the vocabulary fixes the property's unit (``unit`` of a built-in or
configured property), every claim must be compatible with it; ``currency``
accepts any currency. Otherwise the unit most claims of the property use is the
reference (on a tie, the one reported first) and the other claims are reported.

For this rule all currencies are one family: one source reporting a revenue in
EUR and another in USD is ordinary (the amounts are still never added or
compared with each other). A vocabulary that names one currency (``unit = "EUR"``)
asks for that currency.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: staff_2015, subject: Cloudwatt, property: staff, value: "~90 person"}
  - {id: revenue_2014, subject: Cloudwatt, property: revenue, value: "<2 million EUR"}
  - {id: revenue_2015, subject: Cloudwatt, property: revenue, value: "3 million USD"}
```

**Fails**

```yaml
claims:
  - {id: staff_2015, subject: Cloudwatt, property: staff, value: "~90 EUR"}
    # staff of 'staff_2015' is in currency EUR, but the vocabulary says staff is in person
```
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from typing import TYPE_CHECKING

from factcheck import units
from factcheck.findings import Problem, Severity
from factcheck.model import Claim
from factcheck.rules.base import Context, Option, claim_problem
from factcheck.vocabulary import PropertyMeaning

if TYPE_CHECKING:
    import pint

ID = "consistent-units"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}

_ANY_CURRENCY = "currency"  # the vocabulary's word for "any currency", and its family here


def check(context: Context) -> Iterator[Problem]:
    """Report every claim whose unit does not measure what its property measures."""
    by_property: dict[str, list[tuple[Claim, pint.Unit]]] = {}
    for claim in context.corpus.claims:
        if claim.missing:
            continue  # a draft's "?" is no subject or property: incomplete-claim reports it
        if claim.parsed_value is not None:
            unit = claim.parsed_value.quantity.unit
            by_property.setdefault(claim.property, []).append((claim, unit))
    for name, claims in by_property.items():
        fixed = _fixed_unit(context.vocabulary.get(name))
        if fixed is not None:
            yield from _against_vocabulary(name, claims, fixed)
        else:
            yield from _against_majority(name, claims)


def _fixed_unit(meaning: PropertyMeaning | None) -> pint.Unit | str | None:
    """The unit the vocabulary fixes (``currency`` for any), or None when it fixes none."""
    if meaning is None or meaning.unit is None:
        return None
    if meaning.unit.strip() == _ANY_CURRENCY:
        return _ANY_CURRENCY
    try:
        return units.parse_unit(meaning.unit)
    except units.UnitError:  # a broken configuration fixes nothing; compare the claims
        return None


def _against_vocabulary(
    name: str, claims: list[tuple[Claim, pint.Unit]], fixed: pint.Unit | str
) -> Iterator[Problem]:
    if isinstance(fixed, str):
        expected, fits = "a currency", units.is_currency
    else:
        expected = _describe(fixed)

        def fits(unit: pint.Unit) -> bool:
            return bool(unit.dimensionality == fixed.dimensionality)

    for claim, unit in claims:
        if not fits(unit):
            message = (
                f"{name} of '{claim.id}' is in {_describe(unit)}, "
                f"but the vocabulary says {name} is in {expected}"
            )
            yield claim_problem(claim, message)


def _against_majority(name: str, claims: list[tuple[Claim, pint.Unit]]) -> Iterator[Problem]:
    families: dict[Hashable, list[tuple[Claim, pint.Unit]]] = {}
    for claim, unit in claims:
        families.setdefault(_family(unit), []).append((claim, unit))
    if len(families) < 2:
        return
    # max() keeps the first of equals, and dicts keep the order families were first seen.
    reference = max(families.values(), key=len)
    first, first_unit = reference[0]
    where = f"{first.location.file}:{first.location.line}"
    for members in families.values():
        if members is reference:
            continue
        for claim, unit in members:
            message = (
                f"{name} of '{claim.id}' is in {_describe(unit)}, but {name} is in "
                f"{_describe(first_unit)} elsewhere ({where} '{first.id}')"
            )
            yield claim_problem(claim, message, first)


def _family(unit: pint.Unit) -> Hashable:
    """What a unit measures, every currency counting as one."""
    if units.is_currency(unit):
        return _ANY_CURRENCY
    return unit.dimensionality


def _describe(unit: pint.Unit) -> str:
    """Name what a unit measures: ``person``, ``currency EUR``, ``%``, ``time (year)``."""
    written = units.format_unit(unit)
    if not unit.dimensionality:
        return written or "pure numbers"
    dimension = units.describe_dimension(unit)
    if written == dimension or units.is_currency(unit):
        return dimension
    return f"{dimension} ({written})"
