"""Shares of a whole add up to no more than the whole; a listing with "others", to it.

Claims whose property the vocabulary declares a share of a whole (``share_held``,
``vote_share`` and ``market_share`` are shares of 100 %; configuration adds more, such
as seats of a 577-seat assembly) are grouped by subject, property, ``when`` (without
one, the article's publication day: an undated listing of 2012 and one of 2015 are two
listings) and ``of``, the parts told apart by their first qualifier (``holder:
Orange``). Further qualifiers name a population whose shares are a listing of their own:
a poll's crosstab ("Ruiz led among voters 65 and older, 54 % to 41 %") written
``{candidate: Ruiz, group: 65 and older}`` is summed with the 65-and-older shares, not
with the topline. A share whose ``status`` is ``false`` (a figure the desk corrected) is
no part. Facts are grouped
apart from forecasts and targets, and those by who made them (``attributed_to``): a
poll's forecast and the results of the vote each divide the whole on their own. A
part reported several times, in one file or across files, counts once, at the values
its reports agree on. The seed article's Orange 44,4 %, Thales 22,2 % and Caisse des
Dépôts 33,3 % are checked this way, with no explicit check.

Each share is the interval its digits allow (``44,4 %`` is 44,35 to 44,45 %), and the sum
is interval arithmetic, so rounding never raises a false alarm: integer shares of
60 + 25 + 16 % may well be 100 %. A fixed tolerance would hide real errors: five shares
of 20,1 + 20,1 + 20,1 + 20,1 + 20,0 % add up to at least 100,15 %, and are reported. A
group that cannot reach the whole is the ``shares-incomplete`` warning; a part that alone
exceeds the whole (a 120 % share) is ``value-out-of-bounds``'s error. A listing with a part
for the rest ("others", "autres listes", "free float", "le public") names every part, so
it must also reach its whole: 97 % with "others and independents" is an error here, not
``shares-incomplete``'s warning.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "44,4 %", when: septembre 2012, quote: "Orange (44,4%)"}
  - {id: thales, subject: Cloudwatt, property: share_held, qualifiers: {holder: Thales},
     value: "22,2 %", when: septembre 2012, quote: "Thales (22,2%)"}
  - {id: cdc, subject: Cloudwatt, property: share_held, qualifiers: {holder: CDC},
     value: "33,3 %", when: septembre 2012, quote: "la Caisse des Dépôts (33,3%)"}
```

**Fails**

```yaml
claims:
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "44,4 %", when: septembre 2012, quote: "Orange (44,4%)"}
  - {id: thales, subject: Cloudwatt, property: share_held, qualifiers: {holder: Thales},
     value: "22,2 %", when: septembre 2012, quote: "Thales (22,2%)"}
  - {id: cdc, subject: Cloudwatt, property: share_held, qualifiers: {holder: CDC},
     value: "43,3 %", when: septembre 2012, quote: "la Caisse des Dépôts (43,3%)"}
    # error: shares of Cloudwatt (septembre 2012) sum to 109,9 % (109,75 à 110,05 %),
    #   more than 100 %: orange + thales + cdc
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, share_sum_problem, shares_of
from factcheck.values import Truth

ID = "shares-sum-to-whole"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every group of shares whose sum cannot stay within its whole."""
    for group in shares_of(context):
        if len(group.parts) < 2:
            continue  # a part alone over the whole is value-out-of-bounds' finding
        if group.truth_within is Truth.FAILS:
            yield share_sum_problem(group, ", more than ", f": {group.listing()}")
        elif group.complete and group.truth_reaches is Truth.FAILS:
            missing = f": the listing names the rest, so one of {group.listing()} is wrong"
            yield share_sum_problem(group, ", less than ", missing)
