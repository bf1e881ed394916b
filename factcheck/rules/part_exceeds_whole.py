"""A part never exceeds the whole it is ``of``.

A claim ``of:`` another claim is a part of it: "25 of the 19 mayors asked" or
"110 % of them" cannot be. A percentage ``of:`` anything lies between 0 and
100 %; a count (a pure number or persons) ``of:`` a count, or an amount ``of:``
an amount in a compatible unit (EUR of EUR, km of m), is at most the whole.

Parts that make a listing of one whole add up to no more than it: claims ``of:`` the
same claim, of one property and kind, each with one qualifier of the same name and its
own value (subscriptions of 200, 150 and 120 million EUR ``of`` a 450-million capital
increase, ``qualifiers: {subscriber: ...}``; 8 mayors for and 12 against ``of`` the 19
who answered). A part reported twice counts once. Percentages are left out (45 % said
one thing and 60 % another of the same people), and so are parts told apart otherwise.
Votes ``of:`` a council's size (or of the voters on a roll) add up to no more than it,
but may add up to less: members absent or abstaining cast none, and ``shares-incomplete``
does not ask for them (votes ``of:`` the ballots cast still add up to them).

Values are intervals, so the rule reports only a part (or a sum) that is more than
the whole for every value the written figures allow (``~20`` of ``19`` passes: about
20 may be 19). Counts are whole numbers: ``20`` of ``19`` fails, although both
figures could be rounded from 19,5.

A part is in its whole's unit (a percentage aside, which is a share of anything): one
that cannot be compared with it is reported, for no rule could tell it exceeds the whole.
A part in another currency ("18,4 millions d'euros, dont 21,1 millions de dollars aux
États-Unis") is a currency slip or a conversion the article must state: write the part in
the whole's currency, as the article's conversion gives it, and the other figure as a
claim of its own without ``of:``. A bare number of an amount ("dont 6,1 millions" of 18,4
million USD) has lost its unit; a count of a mass, a mass of money, is no part of it.
Persons and bare numbers are both counts, and compared.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: mayors_asked, subject: survey, property: respondents, value: "19",
     quote: "19 maires ont répondu"}
  - {id: mayors_for, subject: survey, property: in_favour, value: "8", of: mayors_asked,
     quote: "8 d'entre eux sont favorables"}
```

**Fails**

```yaml
claims:
  - {id: mayors_asked, subject: survey, property: respondents, value: "19",
     quote: "19 maires ont répondu"}
  - {id: mayors_for, subject: survey, property: in_favour, value: "25", of: mayors_asked,
     quote: "25 d'entre eux sont favorables"}
    # error: 'mayors_for' (25) is more than the whole it is of, 'mayors_asked' (19)
```

```yaml
claims:
  - {id: increase, subject: Vallaris, property: capital_increase,
     value: "450 million EUR", quote: "une augmentation de capital de 450 millions d'euros"}
  - {id: bpi, subject: Vallaris, property: subscription, of: increase,
     qualifiers: {subscriber: Bpifrance}, value: "200 million EUR", quote: "200 millions"}
  - {id: fonds, subject: Vallaris, property: subscription, of: increase,
     qualifiers: {subscriber: fonds}, value: "150 million EUR", quote: "150 millions"}
  - {id: salaries, subject: Vallaris, property: subscription, of: increase,
     qualifiers: {subscriber: salariés}, value: "120 million EUR", quote: "120 millions"}
    # error: the subscription parts of 'increase' (450 million EUR), bpi + fonds +
    #   salaries, add up to 470 millions EUR (468,5 à 471,5 millions EUR), more than it
```

```yaml
source:
  language: fr
claims:  # "il cumule 18,4 millions d'euros, dont 21,1 millions de dollars aux États-Unis"
  - {id: intl, subject: La Nuit des guetteurs, property: box_office_international,
     value: "18,4 millions EUR", quote: "il cumule 18,4 millions d'euros"}
  - {id: usa, subject: La Nuit des guetteurs, property: box_office_usa, of: intl,
     value: "21,1 millions USD", quote: "dont 21,1 millions de dollars aux États-Unis"}
    # error: 'usa' (21,1 millions USD) is in USD, but the whole it is of, 'intl' (18,4
    #   millions EUR), is in EUR: a currency slip, or a conversion the article must state;
    #   write the part in EUR, as the article's conversion gives it, or drop 'of: intl' from
    #   'usa'
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from factcheck import units
from factcheck.findings import Problem, Severity
from factcheck.model import Claim as ClaimRecord
from factcheck.model import name_key
from factcheck.rules.base import ClaimTable, Context, Option, claim_problem, claim_table
from factcheck.rules.share_of_count import count_interval, is_percentage, whole_span
from factcheck.values import Interval, Quantity, Truth, Value, format_quantity
from factcheck.vocabulary import BALLOT_PROPERTIES

if TYPE_CHECKING:
    import pint

ID = "part-exceeds-whole"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)
_NOTHING = Interval.exact(_ZERO)
_EVERYTHING = Interval.exact(_HUNDRED)


def check(context: Context) -> Iterator[Problem]:
    """Report every part that is more than its whole, or a negative percentage of it."""
    for claim, value, whole, whole_value in claim_table(context).with_wholes:
        if value is None:
            continue
        part = value.quantity
        named = (whole,) if whole is not None else ()
        if is_percentage(part.unit):
            interval = part.interval
            if interval.lo < _HUNDRED and interval.hi > _ZERO:
                continue  # one comparison of ends tells most shares lie within 0..100 %
            # The whole of any percentage is 100 %, whatever the claim it is of says.
            if interval.compare("<=", _EVERYTHING) is Truth.FAILS:
                whole_text = f"the whole it is of, 100 % of '{claim.of}'"
                message = f"{_part(claim.id, value.text)} is more than {whole_text}"
                yield claim_problem(claim, message, *named)
            elif interval.compare(">=", _NOTHING) is Truth.FAILS:
                message = f"{_part(claim.id, value.text)} is a negative share of '{claim.of}'"
                yield claim_problem(claim, message, *named)
            continue
        if whole is None or whole_value is None:
            continue
        whole_quantity = whole_value.quantity
        if not part.compatible(whole_quantity) and not _both_counts(part, whole_quantity):
            yield claim_problem(claim, _other_unit(claim.id, value, whole.id, whole_value), whole)
            continue
        if _more_than(part, whole_quantity):
            whole_text = _whole(whole.id, whole_value.text)
            message = f"{_part(claim.id, value.text)} is more than {whole_text}"
            yield claim_problem(claim, message, whole)
    yield from _listings(context)


class PartListing(NamedTuple):
    """Parts of one whole told apart by one qualifier of one name (see the docstring)."""

    property: str
    whole: ClaimRecord
    whole_value: Value
    claims: list[ClaimRecord]  # a part reported twice counts once, by its first report
    quantities: list[Quantity]


def part_listings(context: Context) -> list[PartListing]:
    """The listings of at least two parts ``of:`` one claim that make up their whole.

    Claims ``of:`` the same claim, of one property and kind, each with one qualifier of
    the same name; percentages are left out. ``shares-incomplete`` reads them, for parts
    that add up to less than their whole. Ballots cast ``of:`` those who may cast them
    (votes of a council's size, of the voters on a roll) are left out: members absent or
    abstaining cast none, so 35 for and 8 against of a 45-seat council is a full count.
    """
    return [listing for listing in _all_part_listings(context) if not _may_fall_short(listing)]


def _all_part_listings(context: Context) -> list[PartListing]:
    """Every listing of parts ``of:`` one claim, computed once per run: none exceeds it."""
    return context.corpus.derived("part_listings", lambda: _part_listings(claim_table(context)))


def _may_fall_short(listing: PartListing) -> bool:
    """Ballots cast of a body or a roll, which some of its members leave uncast."""
    return listing.property in BALLOT_PROPERTIES and listing.whole.property not in BALLOT_PROPERTIES


def _part_listings(table: ClaimTable) -> list[PartListing]:
    listings: dict[tuple[int, str, str, str], dict[str, tuple[ClaimRecord, Quantity]]] = {}
    wholes: dict[int, tuple[ClaimRecord, Value]] = {}
    for claim, value, whole, whole_value in table.with_wholes:
        qualifiers = claim.qualifiers
        if value is None or whole is None or whole_value is None or len(qualifiers) != 1:
            continue
        if is_percentage(value.quantity.unit):
            continue
        ((name, told),) = qualifiers.items()
        key = (id(whole), claim.property, name_key(name), str(claim.kind))
        wholes[id(whole)] = (whole, whole_value)
        listings.setdefault(key, {}).setdefault(name_key(told), (claim, value.quantity))
    found = []
    for key, parts in listings.items():
        if len(parts) < 2:
            continue
        whole, whole_value = wholes[key[0]]
        claims = [claim for claim, _ in parts.values()]
        quantities = [quantity for _, quantity in parts.values()]
        found.append(PartListing(key[1], whole, whole_value, claims, quantities))
    return found


def _listings(context: Context) -> Iterator[Problem]:
    """Report the listings of parts of one whole (see the docstring) that add up to more."""
    for listing in _all_part_listings(context):
        claims, whole, whole_value = listing.claims, listing.whole, listing.whole_value
        total = _sum_beyond(listing.quantities, whole_value.quantity, claims[0].language)
        if total is not None:
            named = " + ".join(claim.id for claim in claims)
            message = (
                f"the {listing.property} parts of '{whole.id}' ({whole_value.text}), {named},"
                f" add up to {total}, more than it"
            )
            yield claim_problem(claims[-1], message, *claims[:-1], whole)


def _sum_beyond(quantities: list[Quantity], whole: Quantity, language: str) -> str | None:
    """The parts' sum, shown, when it is more than the whole for every value; else None."""
    counts = [count_interval(quantity) for quantity in quantities]
    whole_count = count_interval(whole)
    if whole_count is not None and all(count is not None for count in counts):
        spans = [whole_span(count) for count in counts if count is not None]
        whole_range = whole_span(whole_count)
        if whole_range is None or any(span is None for span in spans):
            return None
        least = sum(span[0] for span in spans if span is not None)
        return f"at least {least}" if least > whole_range[1] else None
    if not all(q.compatible(whole) for q in quantities) or whole.unit.dimensionless:
        return None
    if units.has_offset(whole.unit):
        return None
    total = quantities[0].to(whole.unit)
    for quantity in quantities[1:]:
        total = total + quantity.to(whole.unit)
    if total.compare("<=", whole) is not Truth.FAILS:
        return None
    return format_quantity(total, language)


def _more_than(part: Quantity, whole: Quantity) -> bool:
    """Tell whether the part is more than the whole for every value both allow."""
    part_count, whole_count = count_interval(part), count_interval(whole)
    if part_count is not None and whole_count is not None:  # 25 person of 19: both counts
        part_span, whole_span_ = whole_span(part_count), whole_span(whole_count)
        if part_span is not None and whole_span_ is not None:
            # Counts are whole: 20 (19,5 to 20,5) of 19 (18,5 to 19,5) meet only at 19,5.
            return part_span[0] > whole_span_[1]
        return part_count.compare("<=", whole_count) is Truth.FAILS
    # A count of a share, a share of a count, temperatures: no amounts to take a part of.
    if not part.compatible(whole) or part.unit.dimensionless or units.has_offset(part.unit):
        return False
    return part.compare("<=", whole) is Truth.FAILS


def _both_counts(part: Quantity, whole: Quantity) -> bool:
    """Tell whether both are counts of things (pure numbers or persons): comparable."""
    return count_interval(part) is not None and count_interval(whole) is not None


def _other_unit(part_id: str, part: Value, whole_id: str, whole: Value) -> str:
    """Why a part in a unit its whole is not in cannot be its part, and what to write."""
    part_unit, whole_unit = part.quantity.unit, whole.quantity.unit
    written = units.format_unit(whole_unit)
    in_whole_unit = f"in {written}" if written else "as a count (a bare number)"
    said = (
        f"{_part(part_id, part.text)} is in {_in(part_unit)}, but {_whole(whole_id, whole.text)},"
    )
    part_code, whole_code = units.currency_code(part_unit), units.currency_code(whole_unit)
    if part_code is not None and whole_code is not None:
        return (
            f"{said} is in {whole_code}: a currency slip, or a conversion the article must"
            f" state; write the part in {whole_code}, as the article's conversion gives it, or"
            f" drop 'of: {whole_id}' from '{part_id}'"
        )
    dropped = f"drop 'of: {whole_id}' from '{part_id}' if it is no part of it"
    if part_unit == units.dimensionless():
        return (
            f"{said} is in {_in(whole_unit)}: a bare number is a count; write the part"
            f" {in_whole_unit} if it is an amount of it, or {dropped}"
        )
    return (
        f"{said} is in {_in(whole_unit)}: a part is in its whole's unit; write it"
        f" {in_whole_unit}, or {dropped}"
    )


def _in(unit: pint.Unit) -> str:
    """What a unit measures, for ``is in ...``: ``USD``, ``pure numbers``, ``mass (t)``."""
    code = units.currency_code(unit)
    if code is not None:
        return code
    if unit == units.dimensionless():
        return "pure numbers"
    written = units.format_unit(unit)
    if not unit.dimensionality:
        return written
    dimension = units.describe_dimension(unit)
    return dimension if written == dimension else f"{dimension} ({written})"


def _part(claim_id: str, written: str) -> str:
    return f"'{claim_id}' ({written})"


def _whole(claim_id: str, written: str) -> str:
    return f"the whole it is of, '{claim_id}' ({written})"
