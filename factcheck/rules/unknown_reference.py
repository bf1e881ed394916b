"""Checks and claims name only claims that exist.

An ``expect`` expression, an ``order`` list and a claim's ``of`` name claims by
id; a name that matches no claim in the corpus is reported with the closest
existing id, since such a check could otherwise never fail.

**Options:** none.

**Passes**

```yaml
claims:
  - id: mayors_asked
    value: "19"
  - id: mayors_for
    value: 42 %
    of: mayors_asked
```

**Fails**

```yaml
claims:
  - id: mayors_for
    value: 42 %
    of: mayor_asked       # no claim 'mayor_asked', did you mean 'mayors_asked'?
```
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from factcheck.findings import Location, Problem, Severity
from factcheck.rules.base import Context, Option, checks_by_names, claim_table

ID = "unknown-reference"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}

_CUTOFF = 0.6  # difflib.get_close_matches's default


def check(context: Context) -> Iterator[Problem]:
    """Report every reference to a claim id that no claim has."""
    table = claim_table(context)
    known = table.by_id
    for claim, _, whole, _ in table.with_wholes:
        if whole is None:
            assert claim.of is not None  # the table pairs claims with `of` only
            close = _closest(claim.of, context)
            yield _problem(f"claim '{claim.id}' is 'of'", claim.of, close, claim.location, claim.id)
    for check_ in checks_by_names(context)[1]:  # the checks naming some unknown id
        for name in check_.references:
            if name not in known:
                close = _closest(name, context)
                yield _problem(f"check '{check_.id}' names", name, close, check_.location)


def _problem(what: str, name: str, close: str | None, location: Location, *claims: str) -> Problem:
    hint = f", did you mean '{close}'?" if close else ""
    return Problem(f"{what} '{name}', but no claim has that id{hint}", location, claims)


def _closest(name: str, context: Context) -> str | None:
    """``difflib.get_close_matches(name, ids, n=1)``, without scoring all 100,000 ids.

    The same answer (the best ratio, on a tie the greatest id), from the ids whose lengths
    could still beat or tie the best found so far: a similarity ratio is at most
    ``2·min(a, b)/(a + b)`` for lengths a and b, and at most difflib's ``quick_ratio``.
    The ids that share the name's beginning or end are scored first: a typo's id is
    likely among them, and a good score found early rules most others out.
    """
    index = _id_index(context)
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(name)
    best: tuple[float, str] | None = None

    def consider(candidates: Iterable[str]) -> None:
        nonlocal best
        for candidate in candidates:
            matcher.set_seq1(candidate)
            floor = _CUTOFF if best is None else max(_CUTOFF, best[0])
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                continue
            score = matcher.ratio()
            if score >= _CUTOFF and (best is None or (score, candidate) > best):
                best = (score, candidate)

    consider(_neighbours(index.ordered, name))
    consider(candidate[::-1] for candidate in _neighbours(index.reversed, name[::-1]))
    length = len(name)
    # difflib's real_quick_ratio, with the same float arithmetic
    bounds = [
        (2.0 * min(size, length) / (size + length) if size + length else 1.0, ids)
        for size, ids in index.by_length.items()
    ]
    bounds.sort(key=lambda pair: pair[0], reverse=True)
    for bound, ids in bounds:
        if bound < _CUTOFF or (best is not None and bound < best[0]):
            break
        consider(ids)
    return best[1] if best is not None else None


@dataclass(frozen=True, slots=True)
class _IdIndex:
    """The claim ids three ways, for looking up the closest one."""

    by_length: dict[int, list[str]]
    ordered: list[str]  # sorted
    reversed: list[str]  # each id written backwards, sorted


def _id_index(context: Context) -> _IdIndex:
    """The corpus's :class:`_IdIndex`, computed once per run (when an id is unknown)."""

    def compute() -> _IdIndex:
        ids = list(claim_table(context).by_id)
        by_length: dict[int, list[str]] = {}
        for claim_id in ids:
            by_length.setdefault(len(claim_id), []).append(claim_id)
        return _IdIndex(by_length, sorted(ids), sorted(claim_id[::-1] for claim_id in ids))

    return context.corpus.derived("claim_id_index", compute)


def _neighbours(ordered: list[str], name: str, around: int = 4) -> list[str]:
    """The ids next to where the name would stand in sorted order."""
    at = bisect.bisect_left(ordered, name)
    return ordered[max(at - around, 0) : at + around]
