"""A property is reported in compatible units everywhere.

Every claim of one property, across the whole corpus, measures the same kind of
thing: ``staff`` in persons, ``revenue`` in money. Units that convert into each
other are compatible (``km`` and ``m``, ``%`` and pure numbers); ``person`` and
``EUR`` are not, nor are ``%`` and percentage points (``pp``): a rate rising "3 %"
and one rising "3 points" say different things, the classic confusion of the two. A
claim in another unit is a typo in the value or a claim filed under the wrong property.
A bare number is a count or a ratio: it fits a property counted in persons as well as
one in ``%`` (``19`` respondents beside ``2 043 person``).

When the vocabulary fixes the property's unit (``unit`` of a built-in or
configured property), every claim must be compatible with it; ``currency``
accepts any currency. Otherwise the claims of each subject are compared among
themselves: the unit most of them use is the reference and each claim in another
unit is reported, naming the reference; when no unit has the most claims (one "12,4 %"
and one "12 points"), one finding names every claim and its unit without taking sides:
the one written first is no likelier right. A property the vocabulary leaves open may measure
different things for different subjects (a share's ``price`` in USD, oil's in USD a
barrel); configure its ``unit`` to hold every subject to one.

For this rule all currencies are one family: one source reporting a revenue in
EUR and another in USD is ordinary (the amounts are never added or converted into
each other; ``same-fact-same-value`` reports one fact given with the same figure in
two currencies, a currency slip). A vocabulary that names one currency
(``unit = "EUR"``) asks for that currency.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: staff_2015, subject: Cloudwatt, property: staff, value: "~90 person",
     when: juillet 2015, quote: "qui emploie environ 90 personnes"}
  - {id: revenue_2014, subject: Cloudwatt, property: revenue, value: "<2 million EUR",
     when: "2014", quote: "un peu moins de 2 millions d'euros de chiffre d'affaires"}
  - {id: revenue_target_2017, subject: Cloudwatt, property: revenue, kind: target,
     value: "500 million EUR", when: à l'horizon 2017, attributed_to: Cloudwatt,
     quote: "générer 500 millions d'euros de chiffre d'affaires à l'horizon 2017"}
```

**Fails**

```yaml
claims:
  - {id: staff_2015, subject: Cloudwatt, property: staff, value: "~90 EUR",
     when: juillet 2015, quote: "qui emploie environ 90 personnes"}
    # error: staff of 'staff_2015' is in currency EUR, but the vocabulary says staff is
    #   in person
```
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from typing import TYPE_CHECKING

from factcheck import units
from factcheck.findings import Problem, Severity
from factcheck.model import name_key
from factcheck.rules.base import ClaimTable, Context, Option, claim_problem, claim_table
from factcheck.vocabulary import PropertyMeaning

if TYPE_CHECKING:
    import pint

ID = "consistent-units"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}

_ANY_CURRENCY = "currency"  # the vocabulary's word for "any currency", and its family here


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
            for same_subject in _by_subject(positions, table):
                yield from _against_majority(name, same_subject, table)


def _by_subject(positions: list[int], table: ClaimTable) -> list[list[int]]:
    """The positions of a property's claims, one list per subject, in order of first claim.

    A property the vocabulary leaves open is compared subject by subject: a share's
    ``price`` in USD and oil's in USD a barrel are two things.
    """
    claims = table.claims
    groups: dict[str, list[int]] = {}
    for position in positions:
        subject = name_key(claims[position].subject)
        group = groups.get(subject)
        if group is None:
            groups[subject] = [position]
        else:
            group.append(position)
    return list(groups.values())


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
    if units.is_points(unit) != units.is_points(fixed):
        return False
    if _is_bare(unit) and fixed.dimensionality == _PERSONS:
        return True  # 90 staff: a count of persons
    return bool(unit.dimensionality == fixed.dimensionality)


_POINTS = "percentage points"  # the family of pp (and basis points): a change, not a level
_BARE = "pure numbers"  # a count or a ratio: compatible with persons and with %
_PERSONS = units.registry().person.dimensionality


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
    _join_bare_numbers(families)
    if len(families) < 2:
        return
    # max() keeps the first of equals, and dicts keep the order families were first seen.
    reference = max(families.values(), key=len)
    tied = [members for members in families.values() if len(members) == len(reference)]
    if len(tied) > 1:
        yield _tie(name, list(families.values()), table)
        return
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


def _tie(name: str, families: list[list[tuple[int, pint.Unit]]], table: ClaimTable) -> Problem:
    """One finding naming every unit the claims give, when no unit has the most claims.

    Neither claim is blamed: the one written first is no likelier right (a standfirst's
    "12 points" and a body's "12,4 %", in either order). The finding is placed at the
    first claim of the second unit, where a one-sided report would have been.
    """
    claims = table.claims
    phrases = []
    for members in families:
        position, unit = members[0]
        first = claims[position]
        where = f"{first.location.file}:{first.location.line}"
        named = f"'{first.id}' ({where})"
        if len(members) > 1:
            named += "".join(f", '{claims[p].id}'" for p, _ in members[1:])
        phrases.append(f"in {_describe(unit)} in {named}")
    listed = ", ".join(phrases[:-1]) + " and " + phrases[-1]
    everyone = [claims[position] for members in families for position, _ in members]
    at = claims[families[1][0][0]]
    message = f"{name} is {listed}, as many claims each way: which unit is right?"
    return claim_problem(at, message, *(claim for claim in everyone if claim is not at))


def _family(unit: pint.Unit) -> Hashable:
    """What a unit measures, every currency counting as one, bare numbers apart."""
    if units.is_currency(unit):
        return _ANY_CURRENCY
    if units.is_points(unit):
        return _POINTS
    if _is_bare(unit):
        return _BARE
    return unit.dimensionality


def _is_bare(unit: pint.Unit) -> bool:
    """Tell whether a value has no unit at all (not even ``%``)."""
    return unit == units.dimensionless()


# the families bare numbers belong with: persons, points of a score or an index (a
# league's 34 points beside its bare 10 wins), and % (a dimensionless unit)
_COUNTED_OR_RATIOS = frozenset(
    {_PERSONS, units.parse_unit("points").dimensionality, units.dimensionless().dimensionality}
)


def _join_bare_numbers(families: dict[Hashable, list[tuple[int, pint.Unit]]]) -> None:
    """Count bare numbers with persons or %, when the property's other claims use those.

    The most used of the other families takes them (19 respondents beside 2 043 person);
    beside money or lengths, bare numbers stay a family of their own.
    """
    if _BARE not in families or len(families) < 2:
        return
    others = [family for family in families if family != _BARE]
    main = max(others, key=lambda family: len(families[family]))
    if main in _COUNTED_OR_RATIOS:
        families[main] = families[main] + families.pop(_BARE)  # named by one of its own


def _describe(unit: pint.Unit) -> str:
    """Name what a unit measures: ``person``, ``currency EUR``, ``%``, ``time (year)``."""
    written = units.format_unit(unit)
    if not unit.dimensionality:
        return written or "pure numbers"
    dimension = units.describe_dimension(unit)
    if written == dimension or units.is_currency(unit):
        return dimension
    return f"{dimension} ({written})"
