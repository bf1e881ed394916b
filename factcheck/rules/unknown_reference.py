"""Checks and claims name only claims that exist.

An ``expect`` expression, an ``order`` list and a claim's ``of`` name claims by
id; a name that matches no claim in the corpus is reported with the closest
existing id, since such a check could otherwise never fail. A name whose claim is
written but invalid (``invalid-record``: an unquoted comma in its qualifiers) is
reported as such, pointing at that claim's error, without a guess: "check
'rank_in_table' names 'trust_rank', a claim that is invalid (see its error at
nhs.yaml:13)".

**Options:** none.

**Passes**

```yaml
claims:
  - {id: france_cloud_use_2014, subject: France, property: cloud_use, value: 12 %,
     when: "2014", quote: "12% des entreprises"}
  - {id: eu_cloud_use_2014, subject: Union européenne, property: cloud_use, value: 19 %,
     when: "2014", quote: "19% en moyenne en Europe"}
checks:
  - id: france_behind_eu
    expect: france_cloud_use_2014 < eu_cloud_use_2014
```

**Fails**

```yaml
claims:
  - {id: france_cloud_use_2014, subject: France, property: cloud_use, value: 12 %,
     when: "2014", quote: "12% des entreprises"}
  - {id: eu_cloud_use_2014, subject: Union européenne, property: cloud_use, value: 19 %,
     when: "2014", quote: "19% en moyenne en Europe"}
checks:
  - id: france_behind_eu
    expect: france_cloud_use_2014 < eu_cloud_use       # the year left out
    # error: check 'france_behind_eu' names 'eu_cloud_use', but no claim has that id,
    #   did you mean 'eu_cloud_use_2014'?
```
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import zip_longest

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
    suggestions: dict[str, str | None] = {}  # a misspelt id is often misspelt again

    def closest(name: str) -> str | None:
        if name not in suggestions:
            suggestions[name] = _closest(name, context)
        return suggestions[name]

    invalid: dict[str, Location] | None = None  # read from the load problems when needed

    def problem(what: str, name: str, location: Location, *claims: str) -> Problem:
        nonlocal invalid
        if invalid is None:
            invalid = _invalid_claims(context)
        broken = invalid.get(name)
        if broken is not None:  # the claim is there, but its record could not be loaded
            where = f"{broken.file}:{broken.line}"
            message = f"{what} '{name}', a claim that is invalid (see its error at {where})"
            return Problem(message, location, claims)
        return _problem(what, name, closest(name), location, *claims)

    for claim, _, whole, _ in table.with_wholes:
        if whole is None:
            assert claim.of is not None  # the table pairs claims with `of` only
            yield problem(
                f"claim '{claim.id}' is 'of'", claim.of, claim.location, claim.id, claim.of
            )
    for check_ in checks_by_names(context)[1]:  # the checks naming some unknown id
        for name in check_.references:
            if name not in known:
                yield problem(f"check '{check_.id}' names", name, check_.location, name)


def _problem(what: str, name: str, close: str | None, location: Location, *claims: str) -> Problem:
    hint = f", did you mean '{close}'?" if close else ""
    return Problem(f"{what} '{name}', but no claim has that id{hint}", location, claims)


def _invalid_claims(context: Context) -> dict[str, Location]:
    """The ids of claims whose record loading refused (``invalid-record``), with its place.

    A claim with an unquoted comma in its qualifiers is there, written, with an id: a
    check naming it is told so, not that no claim has that id.
    """
    invalid: dict[str, Location] = {}
    for problem in context.corpus.problems:
        if problem.kind == "schema" and problem.message.startswith("claim '"):
            for claim_id in problem.claims[:1]:
                invalid.setdefault(claim_id, problem.location)
    return invalid


_MIN_PIECE = 3  # shorter pieces are in too many ids to be worth searching (measured)


def _closest(name: str, context: Context) -> str | None:
    """``difflib.get_close_matches(name, ids, n=1)``, without scoring all 100,000 ids.

    The same answer (the best ratio, on a tie the greatest id), from the ids that could
    still beat or tie the best found so far. The ids that share the name's beginning or
    end are scored first: a typo's id is likely among them, and a good score found early
    rules most others out. Then come the ids of each length whose bound
    ``2·min(a, b)/(a + b)`` (difflib's ``real_quick_ratio``) reaches the best score, the
    highest bounds first. Of one length, only the ids containing a piece of the name
    (:func:`_pieces`) can reach that score: they are found by searching the ids of that
    length as one string, so the ids containing none cost no Python-level work. When
    the score to reach is too low for pieces worth searching, every id of that length
    goes through difflib's ``quick_ratio`` filter, which costs about as much per id as
    the plain way.
    """
    index = _id_index(context)
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(name)
    best: tuple[float, str] | None = None
    seen: set[str] = set()  # an id can be a neighbour both ways, and contain a piece

    def floor() -> float:
        return _CUTOFF if best is None else max(_CUTOFF, best[0])

    def consider(candidates: Iterable[str]) -> None:
        nonlocal best
        for candidate in candidates:
            if candidate in seen:
                continue
            seen.add(candidate)
            matcher.set_seq1(candidate)
            least = floor()
            if matcher.real_quick_ratio() < least or matcher.quick_ratio() < least:
                continue
            score = matcher.ratio()
            if score >= _CUTOFF and (best is None or (score, candidate) > best):
                best = (score, candidate)

    consider(_neighbours(index.ordered, name))
    consider(candidate[::-1] for candidate in _neighbours(index.reversed, name[::-1]))
    length = len(name)
    # difflib's real_quick_ratio, with the same float arithmetic
    bounds = [
        (2.0 * min(size, length) / (size + length) if size + length else 1.0, size)
        for size in index.by_length
    ]
    bounds.sort(key=lambda pair: pair[0], reverse=True)
    for bound, size in bounds:
        least = floor()
        if bound < least:
            break
        group = index.by_length[size]
        pieces = _pieces(name, size, least)
        consider(group.ids if pieces is None else group.containing(pieces))
    return best[1] if best is not None else None


def _pieces(name: str, size: int, least: float) -> list[str] | None:
    """Pieces of the name, one of which every id of that size scoring ``least`` contains.

    difflib's ratio is ``2·M/T``, M the characters in its matching blocks, T the two
    lengths: scoring at least ``least`` leaves at most ``U = ⌊(1 − least)·T⌋``
    characters of the two unmatched. The name's characters stop being copied from the
    id in one run at an unmatched character of the name, or between two blocks next to
    each other in the name, whose copies in the id are apart (with an unmatched
    character of the id between them): at most U places. Cut into U + 1 pieces, the
    name keeps at least one piece whole, which the id contains. None when the pieces
    would be shorter than ``_MIN_PIECE``.
    """
    slack = int((1.0 - least) * (size + len(name)) + 1e-6)  # the margin covers rounding
    count = slack + 1
    if len(name) // count < _MIN_PIECE:
        return None
    return [name[i * len(name) // count : (i + 1) * len(name) // count] for i in range(count)]


@dataclass(frozen=True, slots=True)
class _SameLength:
    """The claim ids of one length, and the same joined by newlines to search them."""

    ids: list[str]
    joined: str

    def containing(self, pieces: list[str]) -> list[str]:
        """The ids that contain one of the pieces, in their order."""
        stride = len(self.ids[0]) + 1  # every id takes the same room in ``joined``
        found: set[int] = set()
        for piece in pieces:
            at = self.joined.find(piece)
            while at >= 0:
                position = at // stride
                found.add(position)
                at = self.joined.find(piece, (position + 1) * stride)
        return [self.ids[position] for position in sorted(found)]


@dataclass(frozen=True, slots=True)
class _IdIndex:
    """The claim ids three ways, for looking up the closest one."""

    by_length: dict[int, _SameLength]
    ordered: list[str]  # sorted
    reversed: list[str]  # each id written backwards, sorted


def _id_index(context: Context) -> _IdIndex:
    """The corpus's :class:`_IdIndex`, computed once per run (when an id is unknown)."""

    def compute() -> _IdIndex:
        ids = list(claim_table(context).by_id)
        by_length: dict[int, list[str]] = {}
        for claim_id in ids:
            by_length.setdefault(len(claim_id), []).append(claim_id)
        groups = {size: _SameLength(same, "\n".join(same)) for size, same in by_length.items()}
        return _IdIndex(groups, sorted(ids), sorted(claim_id[::-1] for claim_id in ids))

    return context.corpus.derived("claim_id_index", compute)


def _neighbours(ordered: list[str], name: str, around: int = 4) -> list[str]:
    """The ids next to where the name would stand in sorted order, the nearest first.

    The nearest are the likeliest to score best: scored first, they spare scoring the
    others (difflib's ``ratio``, the costly part) once the quick bounds rule them out.
    """
    at = bisect.bisect_left(ordered, name)
    after = ordered[at : at + around]
    before = ordered[max(at - around, 0) : at][::-1]
    pairs = zip_longest(after, before)
    return [claim_id for pair in pairs for claim_id in pair if claim_id is not None]
