"""What every rule module provides, and what the engine hands it.

A rule is a module (yamllint's shape): ``ID``, ``SEVERITY`` (the default),
``OPTIONS`` (name -> :class:`Option`), a docstring that is its documentation,
and ``check(context)``, a pure function of the corpus that yields
:class:`~factcheck.findings.Problem`. The engine stamps id and severity. A rule
that uses data several rules derive once per run (``Corpus.derived``) names it in
an optional ``SHARES`` tuple, so that ``--jobs`` runs those rules in one worker.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from factcheck.expressions import EvaluationError, Outcome
from factcheck.findings import Location, Problem, Severity
from factcheck.model import Check, Claim, Corpus
from factcheck.shares import ShareGroup, share_groups
from factcheck.vocabulary import Vocabulary


@dataclass(frozen=True, slots=True)
class Option:
    """One option of a rule: its default (whose type the value must have) and its help."""

    default: Any
    help: str


@dataclass(frozen=True)
class Context:
    """What a rule sees: the corpus, its own options and the property vocabulary."""

    corpus: Corpus
    options: Mapping[str, Any] = field(default_factory=dict)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    approx: Decimal = Decimal("0.10")

    def option(self, name: str) -> Any:
        """The value of one of the rule's options."""
        return self.options[name]


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


def first_location(claims: list[Claim]) -> Location:
    """The location of the earliest claim in report order."""
    return min(claim.location for claim in claims)


def shares_of(context: Context) -> list[ShareGroup]:
    """The corpus's groups of shares of a whole, computed once per run."""
    corpus = context.corpus
    return corpus.derived("share_groups", lambda: share_groups(corpus.claims, context.vocabulary))


def outcomes_of(context: Context) -> list[tuple[Check, Outcome | EvaluationError]]:
    """Every decidable-looking check with its outcome, or why it cannot be decided.

    Checks whose expression could not be read or that name unknown claims are left out:
    ``invalid-expression`` and ``unknown-reference`` report those. Computed once per run
    (the rules that read it name ``check-outcomes`` and ``claim-table`` in ``SHARES``);
    an outcome writes its explanation only when a rule reads it.
    """
    from factcheck.explicit import decide
    from factcheck.rules.consistent_units import claim_table  # which imports this module

    def compute() -> list[tuple[Check, Outcome | EvaluationError]]:
        claims = claim_table(context).by_id
        known = claims.keys()
        outcomes: list[tuple[Check, Outcome | EvaluationError]] = []
        for check in context.corpus.checks:
            order = check.order
            if order is None:
                expression = check.expression
                if expression is None or not known >= expression.names:
                    continue
            elif not all(map(known.__contains__, order)):
                continue
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
    a fact), who made a forecast, target or opinion (two forecasters may disagree), and
    the dimension of the value (claims in units that do not convert are not compared).
    """
    return claim.remember("fact_identity", lambda: _fact_identity(claim))


def _fact_identity(claim: Claim) -> Hashable:
    value = claim.parsed_value
    dimension = value.quantity.unit.dimensionality if value else None
    speaker = claim.attributed_to if claim.kind != "fact" else None
    return (claim.kind, speaker, claim.key, dimension)
