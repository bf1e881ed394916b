"""Shares of a whole listed together add up to the whole (a listing may be incomplete).

The groups of ``shares-sum-to-whole`` (one subject, property, ``when`` and ``of``, parts
told apart by their qualifiers, a part reported twice counted once), seen from below: a
sum that cannot reach the whole, even with every share at the top of its rounding, means
a holder, a candidate or a competitor is missing from the listing, or a figure is wrong.
That is often legitimate (an article names only the main holders), hence a warning. A
listing with a part for the rest ("others", "autres") is complete: one that cannot reach
its whole is ``shares-sum-to-whole``'s error.
A lone share is not a listing: ``Orange holds 44 %`` says nothing of the others.

Only a listing that reads as complete is reported: one whose missing part is smaller
than the smallest part it names, for every value their rounding allows (the most that
can be missing against the least the smallest part can be). An article names the
largest parts first and stops where it wants: when what is left could hold one more part
as large as one it names, the listing plainly gives the leaders only and says nothing
of the rest: Labour's 45,1 % and Reform's 15,4 % at the last election leave 39,5 %, more
than Reform's share; a poll's "Reform on 35 per cent and Labour on 33" leaves up to 33 %,
as much as Labour's 32,5 % at least. When what is left is smaller than every part named,
the article has listed down to its smallest part and the sum should be the whole: a part
dropped (the smallest: the rest cannot hold another as large as the others) or a figure
mistyped (33,3 % printed 23,3 %: 10 % missing beside 22,2 %) is the likelier story. A
duel short of 100 % (52 and 46 %) is reported; so are seats of a council that fall a
seat short. The test needs no threshold, and holds for any whole (100 %, 577 seats).
What it misses: a listing short by as much as its smallest part (a larger part dropped,
or a figure far too small); a desk that wants those too sets ``partial_listings = true``.

Parts ``of:`` a claim that is a count (seats ``of:`` a claim ``council_size: 55``, each
told apart by one qualifier of one name, as ``part-exceeds-whole`` lists them) are a
listing too: seats that add up to 54 of 55 are reported as with ``whole = "55"``.

**Options:** ``min_parts`` (default ``2``, at least 1): groups with fewer parts are not
reported. ``partial_listings`` (default ``false``): also report a listing whose missing
part could be as large as a part it names.

**Passes**

```yaml
claims:  # the previous result's two leaders: 39,5 % is left, room for a third party
  - {id: labour_2024, subject: Harrowby and Kelton, property: vote_share,
     qualifiers: {party: Labour}, value: "45.1 per cent", when: 4 July 2024,
     quote: "Labour won the seat with 45.1 per cent of the vote"}
  - {id: reform_2024, subject: Harrowby and Kelton, property: vote_share,
     qualifiers: {party: Reform UK}, value: "15.4 per cent", when: 4 July 2024,
     quote: "while Reform took 15.4 per cent"}
source:
  language: en_GB
```

**Fails**

```yaml
claims:  # the Caisse des Dépôts' 33,3 % printed 23,3 %: 10 % is missing, less than 22,2
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "44,4 %", when: septembre 2012, quote: "Orange (44,4%)"}
  - {id: thales, subject: Cloudwatt, property: share_held, qualifiers: {holder: Thales},
     value: "22,2 %", when: septembre 2012, quote: "Thales (22,2%)"}
  - {id: cdc, subject: Cloudwatt, property: share_held, qualifiers: {holder: CDC},
     value: "23,3 %", when: septembre 2012, quote: "la Caisse des Dépôts (23,3%)"}
    # warning: shares of Cloudwatt (septembre 2012) sum to 89,9 % (89,75 à 90,05 %),
    #   less than 100 %: a part may be missing from orange + thales + cdc
```

```yaml
claims:  # seats of a 55-seat council, one short
  - {id: council, subject: conseil municipal, property: council_size, value: "55",
     quote: "40 des 55 sièges"}
  - {id: berrada, subject: conseil municipal, property: seats, of: council,
     qualifiers: {list: Berrada}, value: "40", quote: "40 des 55 sièges"}
  - {id: morel, subject: conseil municipal, property: seats, of: council,
     qualifiers: {list: Morel}, value: "10", quote: "10 élus"}
  - {id: perrin, subject: conseil municipal, property: seats, of: council,
     qualifiers: {list: Perrin}, value: "4", quote: "le RN de 4"}
    # warning: the seats parts of 'council' (55), berrada + morel + perrin, add up to
    #   54, less than it: a part may be missing
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, claim_problem, share_sum_problem, shares_of
from factcheck.rules.part_exceeds_whole import PartListing, part_listings
from factcheck.rules.share_of_count import count_interval, whole_span
from factcheck.shares import ShareGroup
from factcheck.values import Truth

ID = "shares-incomplete"
SEVERITY = Severity.WARNING
OPTIONS: Mapping[str, Option] = {
    "min_parts": Option(2, "groups with fewer parts are not reported", minimum=1),
    "partial_listings": Option(
        False, "also report a listing whose missing part could be as large as a part it names"
    ),
}


def check(context: Context) -> Iterator[Problem]:
    """Report every listing of shares, near complete, whose sum cannot reach its whole."""
    min_parts = context.option("min_parts")
    # read with its default: a caller may give the options of an older release
    partial = context.options.get("partial_listings", OPTIONS["partial_listings"].default)
    for group in shares_of(context):
        if len(group.parts) < min_parts or group.truth_reaches is not Truth.FAILS:
            continue
        if group.complete:
            continue  # "others" names the rest: shares-sum-to-whole's error
        if not partial and not _reads_complete(group):
            continue  # the leaders only: the rest could hold another part as large
        missing = f": a part may be missing from {group.listing()}"
        yield share_sum_problem(group, ", less than ", missing)
    shares = context.vocabulary.shares()
    for listing in part_listings(context):
        if len(listing.claims) >= min_parts and listing.property not in shares:
            problem = _short_of_count(listing, partial)
            if problem is not None:
                yield problem


def _reads_complete(group: ShareGroup) -> bool:
    """Tell whether what the listing leaves out is less than its smallest part, surely.

    The most that can be missing against the least the smallest part can be: for every
    value the written figures allow, as every finding is.
    """
    smallest = min(part.quantity.interval.lo for part in group.parts)
    return group.whole.interval.hi - group.total.interval.lo < smallest


def _short_of_count(listing: PartListing, partial: bool) -> Problem | None:
    """The finding on counts ``of:`` a count that add up to less than it, or None."""
    whole = count_interval(listing.whole_value.quantity)
    counts = [count_interval(quantity) for quantity in listing.quantities]
    if whole is None or any(count is None for count in counts):
        return None  # amounts: an article lists a part ("dont 6,1 millions aux États-Unis")
    whole_range = whole_span(whole)
    spans = [whole_span(count) for count in counts if count is not None]
    if whole_range is None or any(span is None for span in spans):
        return None
    most = sum(span[1] for span in spans if span is not None)
    least = sum(span[0] for span in spans if span is not None)
    if most >= whole_range[0]:
        return None
    smallest = min(span[0] for span in spans if span is not None)
    if not partial and whole_range[1] - least >= smallest:
        return None  # the leaders only: the rest could hold another part as large
    claims, whole_claim = listing.claims, listing.whole
    named = " + ".join(claim.id for claim in claims)
    total = str(most) if most == least else f"at most {most}"
    message = (
        f"the {listing.property} parts of '{whole_claim.id}' ({listing.whole_value.text}),"
        f" {named}, add up to {total}, less than it: a part may be missing"
    )
    return claim_problem(claims[0], message, *claims[1:], whole_claim)
