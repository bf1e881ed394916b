"""What every rule module provides, and what the engine hands it.

A rule is a module (yamllint's shape): ``ID``, ``SEVERITY`` (the default),
``OPTIONS`` (name -> :class:`Option`), a docstring that is its documentation,
and ``check(context)``, a pure function of the corpus that yields
:class:`~factcheck.findings.Problem`. The engine stamps id and severity.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from factcheck.findings import Location, Problem, Severity
from factcheck.model import Claim, Corpus
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
