"""What every rule module provides, and what the engine hands it.

A rule is a module (yamllint's shape): ``ID``, ``SEVERITY`` (the default),
``OPTIONS`` (name -> :class:`Option`), a docstring that is its documentation,
and ``check(context)``, a pure function of the corpus that yields
:class:`~factcheck.findings.Problem`. The engine stamps id and severity. Data
several rules need is derived once per run (``Corpus.derived``) by the helpers
here: the :class:`ClaimTable` of every claim's fields, share groups, check outcomes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import ChainMap
from collections.abc import Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from factcheck.expressions import EvaluationError, Outcome
from factcheck.findings import Location, Problem, Severity
from factcheck.model import Check, Claim, Corpus, Source, is_blank, language_of, name_key
from factcheck.shares import ShareGroup, qualifier_key, share_groups, when_text_key
from factcheck.values import format_quantity
from factcheck.vocabulary import Vocabulary

if TYPE_CHECKING:
    from factcheck.dates import Period
    from factcheck.values import Value


@dataclass(frozen=True, slots=True)
class Option:
    """One option of a rule: its default (whose type the value must have), its help, its range.

    A number option names its least and greatest values (None: no bound); a value
    outside them, or not finite, is a configuration error.
    """

    default: Any
    help: str
    minimum: int | None = None
    maximum: int | None = None

    @property
    def allowed(self) -> str:
        """The range in words (``from 1 to 10000``, ``at least 0``); empty when unbounded."""
        least, greatest = self.minimum, self.maximum
        if least is not None and greatest is not None:
            return f"from {least} to {greatest}"
        if least is not None:
            return f"at least {least}"
        return f"at most {greatest}" if greatest is not None else ""


@dataclass(frozen=True)
class Context:
    """What a rule sees: the corpus, its own options and the property vocabulary.

    ``active`` is what the run's configuration resolved for every rule it runs: their
    validated options, by id (a rule that is off is absent). A rule that leaves some
    findings to another reads it through :meth:`options_of`. None outside a run (a rule
    called on its own, in a test): every rule then counts as on, with its defaults.
    """

    corpus: Corpus
    options: Mapping[str, Any] = field(default_factory=dict)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    approx: Decimal = Decimal("0.10")
    active: Mapping[str, Mapping[str, Any]] | None = None

    def option(self, name: str) -> Any:
        """The value of one of the rule's options."""
        return self.options[name]

    def options_of(self, rule: Rule) -> Mapping[str, Any] | None:
        """The validated options another rule runs with in this run; None when it is off."""
        if self.active is None:
            return {name: option.default for name, option in rule.OPTIONS.items()}
        return self.active.get(rule.ID)


class Rule(Protocol):
    """The shape of a rule module."""

    ID: str
    SEVERITY: Severity
    OPTIONS: Mapping[str, Option]
    __doc__: str | None

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield the problems the rule finds in the corpus."""
        ...


def load_problems(context: Context, kind: str) -> Iterator[Problem]:
    """The problems of one kind that loading recorded (the validity rules report these)."""
    for problem in context.corpus.problems:
        if problem.kind == kind:
            yield Problem(problem.message, problem.location, problem.claims)


def claim_problem(claim: Claim, message: str, *others: Claim) -> Problem:
    """A problem about a claim (and maybe others), located at the first claim."""
    ids = (claim.id, *(other.id for other in others))
    return Problem(message, claim.location, ids)


def joined_with_and(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``: items as a message lists them."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def first_location(claims: list[Claim]) -> Location:
    """The location of the earliest claim in report order."""
    return min(claim.location for claim in claims)


@dataclass(frozen=True, slots=True)
class ClaimTable:
    """What rules read of every claim, read in one pass: claims are scattered in memory.

    Most rules look at a few fields of every claim; on a large archive, fetching a
    claim's fields from memory costs more than what is done with them, so they are read
    once, together, into one list per field. Claims are named by their position in
    report order, which indexes every list.
    """

    claims: list[Claim]  # every claim, in report order
    quotes: list[str]
    whens: list[str | None]
    periods: list[Period | None]  # claim.period
    kinds: list[str]
    sources: list[Source | None]  # claim.source
    languages: list[str]  # claim.language
    values: list[Value | None]  # claim.parsed_value
    by_id: dict[str, Claim]  # Corpus.claims_by_id(): the first claim with each id
    # by file, its claims whose id a claim of another file also has (duplicate-id's error):
    # its checks and `of` read them, not the other file's (see claims_seen_from)
    own_ids: dict[str, dict[str, Claim]]
    # claims `of` another, with their value, the claim they are of (None when no claim has
    # that id) and its value
    with_wholes: list[tuple[Claim, Value | None, Claim | None, Value | None]]
    by_property: dict[str, list[int]]  # positions of claims with a value, by property
    incomplete: frozenset[int]  # positions of claims with a field still to fill in
    # A number per fact (equal exactly when fact_identity is), for claims with a value and
    # no field to fill in; None for the others.
    facts: list[int | None]
    repeated: list[int]  # positions of the claims whose fact is reported more than once


def claims_seen_from(table: ClaimTable, file: str) -> Mapping[str, Claim]:
    """The claims by id as a check or an ``of`` of ``file`` reads them.

    Ids are unique in a corpus; when two files give one id (``duplicate-id``'s error,
    often a natural id such as ``budget_2025`` reused by the next article), each file's
    checks read its own claim, not the first file's.
    """
    return _seen_from(table.by_id, table.own_ids, file)


def _seen_from(
    by_id: dict[str, Claim], own_ids: dict[str, dict[str, Claim]], file: str
) -> Mapping[str, Claim]:
    own = own_ids.get(file)
    return by_id if own is None else ChainMap(own, by_id)


def claim_table(context: Context) -> ClaimTable:
    """The corpus's :class:`ClaimTable`, computed once per run."""
    return context.corpus.derived("claim_table", lambda: _table(context.corpus))


def _table(corpus: Corpus) -> ClaimTable:
    claims = corpus.claims  # a new list
    size = len(claims)
    # Filled by position: cheaper than appending, field by field, to a dozen lists.
    quotes: list[str] = [""] * size
    whens: list[str | None] = [None] * size
    periods: list[Period | None] = [None] * size
    kinds: list[str] = [""] * size
    sources: list[Source | None] = [None] * size
    languages: list[str] = [""] * size
    values: list[Value | None] = [None] * size
    facts: list[int | None] = [None] * size
    by_id: dict[str, Claim] = {}
    references: list[tuple[Claim, Value | None, str]] = []
    by_property: dict[str, list[int]] = {}
    incomplete = []
    complete: set[str] = set()  # subjects and properties known not to be blank
    numbers: dict[Hashable, int] = {}  # fact key -> its number
    first_report: list[int] = []  # by fact number: its first position, -1 once repeated
    repeated: list[int] = []
    dimensions: dict[int, int] = {}  # id(unit) -> number of its dimensionality
    dimension_numbers: dict[object, int] = {}
    qualified_keys: dict[tuple[tuple[str, str], ...], Hashable] = {}  # qualifiers -> key
    running_whens: dict[str, bool] = {}  # when -> whether it dates a running total
    for position, claim in enumerate(claims):
        # A claim's fields are read from its dict, its derived data from their slots, not
        # through attributes and properties: pydantic models define __getattr__, with which
        # Python 3.11 looks every attribute up the slow way, and a property is a Python call.
        # With the qualifiers folded once each (below), the table's instructions on the 100k
        # corpus fell by a quarter (2.0 to 1.5 G; callgrind).
        # Fields in the order the format declares them, the order of each claim's dict of
        # fields: reading along it is faster than jumping back and forth (measured).
        fields = claim.__dict__
        claim_id: str = fields["id"]
        quotes[position] = fields["quote"]
        subject: str = fields["subject"]
        name: str = fields["property"]
        qualifiers: dict[str, str] = fields["qualifiers"]
        of: str | None = fields["of"]
        whens[position] = when = fields["when"]
        kinds[position] = kind = fields["kind"]
        values[position] = value = claim._value  # claim.parsed_value
        periods[position] = period = claim._period  # claim.period
        sources[position] = source = claim._source  # claim.source
        languages[position] = claim._language or language_of(source)  # claim.language
        if claim_id not in by_id:
            by_id[claim_id] = claim
        if of is not None:
            references.append((claim, value, of))
        if value is not None:
            positions = by_property.get(name)
            if positions is None:
                by_property[name] = [position]
            else:
                positions.append(position)
        # An archive has a few thousand subjects and a few dozen properties.
        if subject not in complete or name not in complete:
            if is_blank(subject) or is_blank(name):
                incomplete.append(position)
                continue
            complete.update((subject, name))
        if value is None or fields["status"] in NOT_STOOD_BEHIND:  # a figure found wrong
            continue  # reports nothing
        # The units of a fact's reports measure one thing: pint compares dimensionalities
        # slowly, so each unit (alive as long as its claims) gets the number of its own.
        unit = value.quantity.unit
        dimension = dimensions.get(id(unit))
        if dimension is None:
            dimensionality = unit.dimensionality
            dimension = dimension_numbers.setdefault(dimensionality, len(dimension_numbers))
            dimensions[id(unit)] = dimension
        speaker = fields["attributed_to"] if kind != "fact" else None
        published = source.published if source is not None else None
        dated = (period, when, published)
        qualified: Hashable = ()
        if qualifiers:  # a few hundred distinct ones, each folded once
            written = tuple(qualifiers.items())
            qualified = qualified_keys.get(written)
            if qualified is None:
                qualified = qualified_keys[written] = qualifier_key(qualifiers)
        running = None
        if when is not None:  # tested once per distinct `when`
            running = running_whens.get(when)
            if running is None:
                running = running_whens[when] = running_total(when)
        key = fact_key(subject, name, qualified, dated, kind, speaker, dimension, running)
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
    own_ids: dict[str, dict[str, Claim]] = {}
    if len(by_id) < size:  # an id written twice
        shared = {claim.id for claim in claims if by_id[claim.id] is not claim}
        for claim in claims:
            if claim.id in shared:
                own_ids.setdefault(claim.location.file, {}).setdefault(claim.id, claim)
    with_wholes = []
    for claim, value, of in references:
        whole = _seen_from(by_id, own_ids, claim.location.file).get(of)
        with_wholes.append((claim, value, whole, whole.parsed_value if whole else None))
    return ClaimTable(
        claims,
        quotes,
        whens,
        periods,
        kinds,
        sources,
        languages,
        values,
        by_id,
        own_ids,
        with_wholes,
        by_property,
        frozenset(incomplete),
        facts,
        repeated,
    )


def fact_key(
    subject: str,
    name: str,
    qualified: Hashable,
    dated: tuple[Period | None, str | None, dt.date | None],
    kind: str,
    speaker: str | None,
    dimension: int,
    running: bool | None = None,
) -> Hashable:
    """What :func:`fact_identity` compares, flattened, without building strings.

    The arguments are a claim's fields (``name`` its property, ``qualified`` the
    :func:`~factcheck.shares.qualifier_key` of its qualifiers, ``()`` when it has none,
    ``dated`` its period, ``when`` and its source's publication day, ``speaker`` its
    ``attributed_to`` unless it is a fact, when it is None), ``dimension`` a number for
    the dimensionality of its unit. A forecast or a target is what its author said on a
    day: its key holds its article's publication day, so an article of another day that
    reports another figure reports a revision, another fact. So does a running total
    (:func:`running_total`; ``running`` says whether ``when`` dates one, None: read it
    from ``when``), which is also another fact than the figure of the day it runs from.
    """
    period, when, published = dated
    start: Hashable
    end: Hashable
    if period is not None:
        start, end = period.start, period.end
    else:
        days = when_text_key(when, published)
        start, end = days if isinstance(days, tuple) else (days, None)
    said: Hashable = published if kind in SAID_ON_A_DAY else None
    if running is None:
        running = when is not None and running_total(when)
    if running:  # "depuis le 5 octobre": what had built up by the article's day
        said = (_RUNNING, published)
    return (name_key(subject), name, qualified, start, end, kind, speaker, said, dimension)


#: What a running total's key holds beside its article's publication day, so that it is
#: never the key of the figure of the day it runs from, nor of a forecast of that day.
_RUNNING = "running total"

#: A `when` that starts at a day and runs on: "depuis le 5 octobre", "since 5 October",
#: "Depuis début octobre", "since the start of October".
_SINCE = re.compile(r"\W*(?:depuis|since)(?![^\W\d_])", re.IGNORECASE)


def running_total(when: str) -> bool:
    """Tell whether a `when` dates a running total (it starts with depuis or since).

    Its figure is what had built up by its article's day: two articles of two days give
    two figures of it, and it is another fact than the figure of the day it runs from.
    Reports of one are one fact only in articles of one publication day, as a forecast's.
    """
    return _SINCE.match(when) is not None


#: The statuses of a claim whose figure the article does not stand behind: found false
#: (a correction prints the right one), or rated misleading or disputed (a statement a
#: fact-check reports to rate it, beside the official figure). Such a figure reports no
#: fact, and is no part of a whole.
NOT_STOOD_BEHIND = frozenset({"false", "misleading", "disputed"})


#: The kinds of claim that are what somebody said on a day, revised at the next occasion
#: (the OBR's borrowing forecast at each fiscal event): reports of one are one fact only
#: in articles of one publication day.
SAID_ON_A_DAY = frozenset({"forecast", "target"})


def written_key(claim: Claim, value: Value) -> Hashable | None:
    """Where and how precisely a figure is written: its file, unit and rounding width.

    Two reports of one fact with equal keys and other digits are one article printing
    its figure two ways (``7,3 %`` in the headline, ``7,2 %`` in the body): two outlets
    may round 7,25 differently, one article has made a mistake. None for what is not an
    exact figure (``~``, a bound, a range).
    """
    if value.comparator is not None:
        return None
    interval = value.quantity.interval
    return (claim.location.file, id(value.quantity.unit), interval.hi - interval.lo)


def share_sum_problem(group: ShareGroup, before_whole: str, after_whole: str) -> Problem:
    """A finding on a group's sum, at its first claim and naming every claim of it.

    The message is "shares of <group> sum to <total>", then ``before_whole``, the whole
    and ``after_whole``; the total and the whole are written in the group's language.
    """
    total = format_quantity(group.total, group.language)
    whole = format_quantity(group.whole, group.language)
    first, *others = group.claims
    message = f"shares of {group.describe()} sum to {total}{before_whole}{whole}{after_whole}"
    return claim_problem(first, message, *others)


def shares_of(context: Context) -> list[ShareGroup]:
    """The corpus's groups of shares of a whole, computed once per run."""

    def compute() -> list[ShareGroup]:
        # Most claims are of a property that is no share, and share_groups skips claims
        # without a value: it is handed only the others, in report order.
        table = claim_table(context)
        by_property = table.by_property
        positions = [p for name in context.vocabulary.shares() for p in by_property.get(name, ())]
        positions.sort()
        claims = table.claims  # a share found false (corrected since) or misleading is no part
        shares = [claims[p] for p in positions if claims[p].status not in NOT_STOOD_BEHIND]
        return share_groups(shares, context.vocabulary)

    return context.corpus.derived("share_groups", compute)


def checks_by_names(context: Context) -> tuple[list[Check], list[Check]]:
    """The checks whose every claim id names a claim, and those naming an id no claim has.

    In report order. Checks whose expression could not be read are in neither list
    (``invalid-expression`` reports them). Computed once per run, from the claim table.
    """

    def compute() -> tuple[list[Check], list[Check]]:
        known = claim_table(context).by_id.keys()
        resolved: list[Check] = []
        unresolved: list[Check] = []
        for check in context.corpus.checks:
            order = check.order
            if order is None:
                expression = check.expression
                if expression is None:
                    continue
                names_known = known >= expression.names  # one set comparison
            else:
                names_known = all(map(known.__contains__, order))
            (resolved if names_known else unresolved).append(check)
        return resolved, unresolved

    return context.corpus.derived("checks_by_names", compute)


def outcomes_of(context: Context) -> list[tuple[Check, Outcome | EvaluationError]]:
    """Every decidable-looking check with its outcome, or why it cannot be decided.

    Checks whose expression could not be read or that name unknown claims are left out:
    ``invalid-expression`` and ``unknown-reference`` report those. Computed once per
    run; an outcome writes its explanation only when a rule reads it.
    """
    from factcheck.explicit import decide

    def compute() -> list[tuple[Check, Outcome | EvaluationError]]:
        table = claim_table(context)
        outcomes: list[tuple[Check, Outcome | EvaluationError]] = []
        for check in checks_by_names(context)[0]:
            claims = claims_seen_from(table, check.location.file)
            try:
                outcomes.append((check, decide(check, claims)))
            except EvaluationError as error:
                outcomes.append((check, error))
        return outcomes

    return context.corpus.derived("check_outcomes", compute)


def check_problem(check: Check, message: str) -> Problem:
    """A problem about a check, located at it and naming the claims it references once each."""
    return Problem(message, check.location, tuple(dict.fromkeys(check.references)))


def fact_identity(claim: Claim) -> Hashable:
    """What makes two claims reports of the same fact, and so bound to agree.

    Subject, property, qualifiers and ``when`` (as a period), the kind (a target is not
    a fact), who made a forecast, target or opinion (two forecasters may disagree), the
    day a forecast, a target or a running total (``depuis le 5 octobre``) was published
    (the next fiscal event revises it, the next bulletin adds to it), and the dimension
    of the value (claims in units that do not convert are not compared).
    """
    return claim.remember("fact_identity", lambda: _fact_identity(claim))


def _fact_identity(claim: Claim) -> Hashable:
    value = claim.parsed_value
    dimension = value.quantity.unit.dimensionality if value else None
    speaker = claim.attributed_to if claim.kind != "fact" else None
    source = claim.source
    published = source.published if source is not None else None
    said: Hashable = published if claim.kind in SAID_ON_A_DAY else None
    if claim.when is not None and running_total(claim.when):
        said = (_RUNNING, published)
    return (claim.kind, speaker, said, claim.key, dimension)
