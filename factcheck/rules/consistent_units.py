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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck import units
from factcheck.findings import Problem, Severity
from factcheck.model import Claim, Corpus, is_blank
from factcheck.rules.base import Context, Option, claim_problem
from factcheck.shares import qualifier_key, when_key
from factcheck.vocabulary import PropertyMeaning

if TYPE_CHECKING:
    import pint

    from factcheck.values import Value

ID = "consistent-units"
SEVERITY = Severity.ERROR
SHARES = ("claim-table",)  # derived data computed once, with the rules that share it
OPTIONS: Mapping[str, Option] = {}

_ANY_CURRENCY = "currency"  # the vocabulary's word for "any currency", and its family here


@dataclass(frozen=True, slots=True)
class ClaimTable:
    """What rules read of every claim, read in one pass: claims are scattered in memory.

    Several rules (ids, references, bounds, units, facts, drafts) look at a few fields of
    every claim; on a large archive, fetching a claim's fields from memory costs more
    than what is done with them, so they are read once, together. Claims are named by
    their position in report order. (Here rather than in ``rules.base`` only because
    of who edits which module.)
    """

    claims: list[Claim]  # every claim, in report order
    values: list[Value | None]  # each claim's parsed value
    by_id: dict[str, Claim]  # Corpus.claims_by_id(): the first claim with each id
    # claims `of` another, with their value, the claim they are of (None when no claim has
    # that id) and its value
    with_wholes: list[tuple[Claim, Value | None, Claim | None, Value | None]]
    by_property: dict[str, list[int]]  # positions of claims with a value, by property
    incomplete: frozenset[int]  # positions of claims with a field still to fill in
    # A number per fact (equal exactly when rules.base.fact_identity is), for claims with a
    # value and no field to fill in; None for the others.
    facts: list[int | None]
    repeated: list[int]  # positions of the claims whose fact is reported more than once


def claim_table(context: Context) -> ClaimTable:
    """The corpus's :class:`ClaimTable`, computed once per run."""
    return context.corpus.derived("claim_table", lambda: _table(context.corpus))


def _table(corpus: Corpus) -> ClaimTable:
    claims = list(corpus.claims)
    values: list[Value | None] = []
    by_id: dict[str, Claim] = {}
    references: list[tuple[Claim, Value | None, str]] = []
    by_property: dict[str, list[int]] = {}
    incomplete = []
    facts: list[int | None] = [None] * len(claims)
    numbers: dict[Hashable, int] = {}  # fact key -> its number
    first_report: list[int] = []  # by fact number: its first position, -1 once repeated
    repeated: list[int] = []
    dimensions: dict[int, int] = {}  # id(unit) -> number of its dimensionality
    dimension_numbers: dict[object, int] = {}
    for position, claim in enumerate(claims):
        claim_id = claim.id
        if claim_id not in by_id:
            by_id[claim_id] = claim
        name = claim.property
        value = claim.parsed_value
        values.append(value)
        of = claim.of
        if of is not None:
            references.append((claim, value, of))
        if value is not None:
            positions = by_property.get(name)
            if positions is None:
                by_property[name] = [position]
            else:
                positions.append(position)
        subject = claim.subject
        if is_blank(subject) or is_blank(name):
            incomplete.append(position)
            continue
        if value is None:
            continue
        # The units of a fact's reports measure one thing: pint compares dimensionalities
        # slowly, so each unit (alive as long as its claims) gets the number of its own.
        unit = value.quantity.unit
        dimension = dimensions.get(id(unit))
        if dimension is None:
            dimensionality = unit.dimensionality
            dimension = dimension_numbers.setdefault(dimensionality, len(dimension_numbers))
            dimensions[id(unit)] = dimension
        key = fact_key(claim, subject, name, dimension)
        fact = numbers.get(key)
        if fact is None:
            numbers[key] = facts[position] = len(first_report)
            first_report.append(position)
            continue
        facts[position] = fact
        first = first_report[fact]
        if first >= 0:
            repeated.append(first)
            first_report[fact] = -1
        repeated.append(position)
    repeated.sort()
    with_wholes = []
    for claim, value, of in references:
        whole = by_id.get(of)
        with_wholes.append((claim, value, whole, whole.parsed_value if whole else None))
    return ClaimTable(
        claims,
        values,
        by_id,
        with_wholes,
        by_property,
        frozenset(incomplete),
        facts,
        repeated,
    )


def fact_key(claim: Claim, subject: str, name: str, dimension: int) -> Hashable:
    """What ``rules.base.fact_identity`` compares, flattened, without building strings.

    ``subject`` and ``name`` are the claim's, ``dimension`` a number for the
    dimensionality of its unit.
    """
    kind = claim.kind
    speaker = claim.attributed_to if kind != "fact" else None
    qualifiers = claim.qualifiers
    qualified = qualifier_key(qualifiers) if qualifiers else ()
    period = claim.period
    start: Hashable
    end: Hashable
    if period is not None:
        start, end = period.start, period.end
    else:
        when = when_key(claim)
        start, end = when if isinstance(when, tuple) else (when, None)
    return (subject, name, qualified, start, end, kind, speaker, dimension)


def check(context: Context) -> Iterator[Problem]:
    """Report every claim whose unit does not measure what its property measures."""
    table = claim_table(context)
    by_property = table.by_property
    if table.incomplete:  # a draft's "?" is no subject or property: incomplete-claim reports it
        complete = {
            name: kept
            for name, positions in by_property.items()
            if (kept := [i for i in positions if i not in table.incomplete])
        }
        # properties in the order of their first complete claim
        by_property = dict(sorted(complete.items(), key=lambda item: item[1][0]))
    for name, positions in by_property.items():
        fixed = _fixed_unit(context.vocabulary.get(name))
        if fixed is not None:
            yield from _against_vocabulary(name, positions, table, fixed)
        else:
            yield from _against_majority(name, positions, table)


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


def _units(positions: list[int], table: ClaimTable) -> Iterator[tuple[int, pint.Unit]]:
    """Each claim's position with its unit."""
    values = table.values
    for position in positions:
        value = values[position]
        assert value is not None  # the table lists claims with a value by property
        yield position, value.quantity.unit


def _against_vocabulary(
    name: str, positions: list[int], table: ClaimTable, fixed: pint.Unit | str
) -> Iterator[Problem]:
    fits: dict[int, bool] = {}  # by id() of the unit: the claims keep their units alive
    for position, unit in _units(positions, table):
        fit = fits.get(id(unit))
        if fit is None:
            fit = fits[id(unit)] = _fits(unit, fixed)
        if not fit:
            claim = table.claims[position]
            expected = "a currency" if isinstance(fixed, str) else _describe(fixed)
            message = (
                f"{name} of '{claim.id}' is in {_describe(unit)}, "
                f"but the vocabulary says {name} is in {expected}"
            )
            yield claim_problem(claim, message)


def _fits(unit: pint.Unit, fixed: pint.Unit | str) -> bool:
    """Tell whether a unit measures what the vocabulary fixes."""
    if isinstance(fixed, str):
        return units.is_currency(unit)
    return bool(unit.dimensionality == fixed.dimensionality)


def _against_majority(name: str, positions: list[int], table: ClaimTable) -> Iterator[Problem]:
    families: dict[Hashable, list[tuple[int, pint.Unit]]] = {}
    family_of: dict[int, Hashable] = {}  # by id() of the unit, as in _against_vocabulary
    for position, unit in _units(positions, table):
        family = family_of.get(id(unit))
        if family is None:
            family = family_of[id(unit)] = _family(unit)
        members = families.get(family)
        if members is None:
            families[family] = [(position, unit)]
        else:
            members.append((position, unit))
    if len(families) < 2:
        return
    # max() keeps the first of equals, and dicts keep the order families were first seen.
    reference = max(families.values(), key=len)
    first_position, first_unit = reference[0]
    first = table.claims[first_position]
    where = f"{first.location.file}:{first.location.line}"
    for members in families.values():
        if members is reference:
            continue
        for position, unit in members:
            claim = table.claims[position]
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
