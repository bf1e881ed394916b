"""The records of a claim file: source, claims, checks and reviews.

These pydantic models are exactly the claim format of the spec, plus a few
fields users expect (a claim's ``note``, a check's ``note``). Unknown fields are
errors. What loading derives from a record (its location in the file, its value
as an interval, its ``when`` as a period) is kept in private attributes and read
through properties, so it never leaks into the format or its JSON Schema.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints, model_validator

from factcheck.findings import Location

if TYPE_CHECKING:
    from factcheck.dates import Period
    from factcheck.expressions import Expression
    from factcheck.values import Value

T = TypeVar("T")
_NOWHERE = Location("")
PLACEHOLDER = "?"  # what a draft writes where the editor must fill in a field


def is_blank(text: str) -> bool:
    """Tell a field still to fill in: empty, or the draft's placeholder ``"?"``."""
    return text.strip() in ("", PLACEHOLDER)


ID_PATTERN = r"^[a-z][a-z0-9_]*$"
Identifier = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Kind = Literal["fact", "forecast", "target", "opinion"]
Status = Literal["unverified", "verified", "disputed", "false", "misleading"]
KINDS: tuple[str, ...] = ("fact", "forecast", "target", "opinion")
STATUSES: tuple[str, ...] = ("unverified", "verified", "disputed", "false", "misleading")
# Numbers and dates stay text in YAML (see yamltree); values are also accepted as numbers
# from library users, and their written form is then the number's text.
ValueText = Annotated[
    str, Field(json_schema_extra={"type": ["string", "number"]}, coerce_numbers_to_str=True)
]


class Record(BaseModel):
    """Base of every record: strict about unknown fields, remembers where it stands."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    # None, not Location(""): pydantic deep-copies a private default for every record
    _location: Location | None = PrivateAttr(default=None)

    @property
    def location(self) -> Location:
        """Where the record starts in its claim file."""
        return self._location or _NOWHERE


class Review(Record):
    """One verdict on a claim, with who gave it, when and on what evidence."""

    date: dt.date
    by: str
    verdict: Status
    evidence: list[str] = Field(default_factory=list)
    note: str | None = None
    quote_fingerprint: str | None = Field(
        default=None, description="fingerprint of the quote as it was when reviewed"
    )


class Source(Record):
    """The document the claims come from: an article, a press release, a speech."""

    id: Identifier
    title: str
    publisher: str
    url: str | None = None
    published: dt.date
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}([_-][A-Za-z]{2,4})?$")]
    word_count: int | None = Field(default=None, ge=0)
    text: str | None = Field(
        default=None, description="path of the full text, relative to the file"
    )
    _text_content: str | None = PrivateAttr(default=None)

    @property
    def text_content(self) -> str | None:
        """The full text of the document, when ``text`` names a readable file."""
        return self._text_content


class Claim(Record):
    """One factual statement of a source, with its value and date."""

    id: Identifier
    quote: str
    subject: str
    property: str
    qualifiers: dict[str, str] = Field(default_factory=dict)
    value: ValueText | None = None
    of: Identifier | None = None
    when: str | None = None
    kind: Kind = "fact"
    attributed_to: str | None = None
    cites: str | None = None
    status: Status = "unverified"
    reviews: list[Review] = Field(default_factory=list)
    note: str | None = None
    ignore: dict[str, str | None] = Field(
        default_factory=dict,
        description="rule ids whose findings about this claim are accepted, each with the "
        "reason why (required)",
    )

    _source: Source | None = PrivateAttr(default=None)
    _value: Value | None = PrivateAttr(default=None)
    _period: Period | None = PrivateAttr(default=None)

    @builtins.property  # the field "property" shadows the builtin in this class
    def source(self) -> Source | None:
        """The source document the claim belongs to (None if that block was invalid)."""
        return self._source

    @builtins.property
    def language(self) -> str:
        """The language numbers and dates are written in (the source's, else English)."""
        return self._source.language if self._source else "en"

    @builtins.property
    def parsed_value(self) -> Value | None:
        """The value as an interval with its unit, or None (no value, or unreadable)."""
        return self._value

    @builtins.property
    def period(self) -> Period | None:
        """``when`` as a period, or None (no ``when``, or unreadable)."""
        return self._period

    @builtins.property
    def missing(self) -> list[str]:
        """The fields still to fill in (a draft's ``"?"``): ``subject``, ``property``, or none.

        Rules that group claims by subject or property skip a claim with missing fields:
        two claims about "?" are not one fact.
        """
        return [name for name in ("subject", "property") if is_blank(getattr(self, name))]

    @builtins.property
    def key(self) -> tuple[str, str, tuple[tuple[str, str], ...], str | None]:
        """What makes two claims the same fact: subject, property, qualifiers and when.

        Periods compare by their days, so ``en mars`` and ``mars 2015`` are one ``when``.
        """
        when = None
        if self._period is not None:
            when = f"{self._period.start.isoformat()}/{self._period.end.isoformat()}"
        elif self.when is not None:
            when = self.when
        return (self.subject, self.property, tuple(sorted(self.qualifiers.items())), when)


class Check(Record):
    """An explicit consistency check: an ``expect`` expression or an ``order`` of claims."""

    id: Identifier
    expect: str | None = None
    order: list[Identifier] | None = Field(default=None, min_length=2)
    note: str | None = None
    _expression: Expression | None = PrivateAttr(default=None)
    _source: Source | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _one_kind(self) -> Check:
        kinds = [name for name in ("expect", "order") if getattr(self, name) is not None]
        if len(kinds) != 1:
            raise ValueError("a check needs exactly one of 'expect' or 'order'")
        return self

    @property
    def source(self) -> Source | None:
        """The source document of the file the check stands in (None if invalid)."""
        return self._source

    @property
    def language(self) -> str:
        """The language of the check's file, for numbers in messages."""
        return self._source.language if self._source else "en"

    @property
    def expression(self) -> Expression | None:
        """The parsed ``expect`` expression (None for other kinds, or when unreadable)."""
        return self._expression

    @property
    def references(self) -> tuple[str, ...]:
        """The claim ids the check names."""
        if self.order is not None:
            return tuple(self.order)
        if self._expression is not None:
            return tuple(sorted(self._expression.names))
        return ()


class ClaimFile(BaseModel):
    """The whole claim file; used for its JSON Schema (loading validates record by record)."""

    model_config = ConfigDict(
        extra="forbid",
        title="factcheck claim file",
        json_schema_extra={"$comment": "https://github.com/factcheck/factcheck"},
    )
    source: Source
    claims: list[Claim] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)


TOP_LEVEL_FIELDS: tuple[str, ...] = tuple(ClaimFile.model_fields)


@dataclass(slots=True)
class LoadProblem:
    """Something wrong with a file that loading found; rules turn these into findings.

    ``kind`` says which rule reports it: ``syntax`` (YAML), ``schema`` (fields and
    types), ``value``, ``date``, ``text`` (the source text file) or ``expression``.
    """

    kind: str
    message: str
    location: Location
    claims: tuple[str, ...] = ()


@dataclass(slots=True)
class Document:
    """One claim file, as loaded: whatever records were valid, and the problems found."""

    path: str
    source: Source | None = None
    claims: list[Claim] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)


@dataclass(slots=True)
class Corpus:
    """Every loaded claim file of a run."""

    documents: list[Document] = field(default_factory=list)
    _derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def derived(self, key: str, compute: Callable[[], T]) -> T:
        """Compute something about the corpus once per run (share groups, check outcomes).

        Several rules need the same derived data; the first asks, the others reuse it.
        """
        if key not in self._derived:
            self._derived[key] = compute()
        return cast(T, self._derived[key])

    @property
    def claims(self) -> Iterator[Claim]:
        """Every valid claim, in file order."""
        for document in self.documents:
            yield from document.claims

    @property
    def checks(self) -> Iterator[Check]:
        """Every valid check, in file order."""
        for document in self.documents:
            yield from document.checks

    @property
    def problems(self) -> Iterator[LoadProblem]:
        """Every problem loading found."""
        for document in self.documents:
            yield from document.problems

    def claims_by_id(self) -> dict[str, Claim]:
        """Claims by id; with duplicate ids the first one wins (the duplicate is a finding)."""
        index: dict[str, Claim] = {}
        for claim in self.claims:
            index.setdefault(claim.id, claim)
        return index
