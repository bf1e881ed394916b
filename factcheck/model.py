"""The records of a claim file: source, claims, checks and reviews.

These pydantic models are exactly the claim format of the spec, plus a few
fields users expect (a claim's ``note``, a check's ``note``). Unknown fields are
errors. What loading derives from a record (its location in the file, its value
as an interval, its ``when`` as a period) is kept in slots and read through
properties, so it never leaks into the format or its JSON Schema. Slots, not
pydantic's private attributes: rules read them millions of times on a large
archive, and a slot is read at C speed where a private attribute goes through
pydantic's ``__getattr__``.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, TypeVar, cast

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from factcheck.findings import Location
from factcheck.text import normalise

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.dates import Period
    from factcheck.expressions import Expression
    from factcheck.values import Value

T = TypeVar("T")
_NOWHERE = Location("")
PLACEHOLDER = "?"  # what a draft writes where the editor must fill in a field


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """How subjects and qualifiers compare: in any case, accents and typography folded.

    "Riverton Harbor" and "Riverton harbor", "l'État" and "l’Etat" name one thing: a
    capital, an accent or a curly apostrophe must not hide two reports of one fact
    that disagree.

    >>> name_key("l’État  de Bretagne") == name_key("L'Etat de bretagne")
    True
    """
    folded = normalise(name).casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_blank(text: str) -> bool:
    """Tell a field still to fill in: empty, or the draft's placeholder ``"?"``."""
    return text.strip() in ("", PLACEHOLDER)


ID_PATTERN = r"^[a-z][a-z0-9_]*$"
# Text fields are stripped of surrounding whitespace (a quoted "  Orange " is Orange). One
# C-level str.strip per field: pydantic's str_strip_whitespace costs twice the validation.
LANGUAGE_PATTERN = r"^[a-z]{2,3}([_-][A-Za-z]{2,4})?$"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
URL_PATTERN = r"^https?://\S+$"
#: What each pattern asks for, in an editor's words (messages never show the regex).
PATTERN_WORDS = {
    LANGUAGE_PATTERN: "a language code such as fr, en or pt-BR",
    URL_PATTERN: "a web address starting with http:// or https://",
}
# The loader reads every scalar as written, so `when: 2015` or `note: yes` are text;
# an editor's YAML 1.2 language server sees numbers and booleans there: the schema
# (`factcheck schema`) accepts them as the loader does.
_PLAIN_SCALAR = WithJsonSchema({"type": ["string", "number", "boolean"]})
Text = Annotated[str, AfterValidator(str.strip), _PLAIN_SCALAR]


@cache
def _is_locale(language: str) -> bool:
    """Whether babel knows the language (``fr``, ``en_GB``, ``pt-BR``); read once per code."""
    from babel import Locale, UnknownLocaleError  # imported by values and dates anyway

    try:
        Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def _any_day_text(schema: dict[str, Any]) -> None:
    """A day may be written in words: drop the schema's ``"format": "date"``."""
    schema.pop("format", None)


Identifier = Annotated[str, StringConstraints(strip_whitespace=True, pattern=ID_PATTERN)]
Url = Annotated[str, StringConstraints(strip_whitespace=True, pattern=URL_PATTERN)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Kind = Literal["fact", "forecast", "target", "opinion"]
Status = Annotated[
    Literal["unverified", "verified", "mostly_verified", "disputed", "false", "misleading"],
    # an unquoted `status: false` is the verdict false (YAML 1.2 reads a boolean)
    WithJsonSchema(
        {
            "enum": [
                "unverified", "verified", "mostly_verified", "disputed", "false", False,
                "misleading",
            ]
        }
    ),
]  # fmt: skip
KINDS: tuple[str, ...] = ("fact", "forecast", "target", "opinion")
#: The verdicts, in the order ``factcheck status`` lists them: ``mostly_verified`` is a
#: fact-checking unit's "Plutôt vrai" / "Mostly True", between verified and disputed.
STATUSES: tuple[str, ...] = (
    "unverified", "verified", "mostly_verified", "disputed", "false", "misleading",
)  # fmt: skip
# Numbers and dates stay text in YAML (see yamltree); values are also accepted as numbers
# from library users, and their written form is then the number's text.
ValueText = Annotated[
    str,
    Field(json_schema_extra={"type": ["string", "number"]}, coerce_numbers_to_str=True),
    AfterValidator(str.strip),
]


class Record(BaseModel):
    """Base of every record: strict about unknown fields, remembers where it stands.

    What loading derives is kept in the slots each class names (all None when a
    record is made by hand); copies and pickles keep them. What properties compute
    from the fields (a claim's ``key``) is remembered in ``_memo`` until a field is
    assigned.
    """

    __slots__ = ("_location", "_memo")
    model_config = ConfigDict(extra="forbid", validate_assignment=True)
    if TYPE_CHECKING:  # the slots, for type checkers only, as read-only properties:
        # pydantic would make annotated underscore names private attributes, and a type
        # checker without pydantic's plugin would take annotations for fields of __init__
        @property
        def _location(self) -> Location | None: ...
        @property
        def _memo(self) -> dict[str, Any] | None: ...

    if not TYPE_CHECKING:  # for type checkers, the slots are declared attributes

        def __getattr__(self, name: str) -> Any:
            """An unset derived slot reads as None (a record made by hand, not loaded).

            Python asks only when the slot is empty, so loaded records never pay for it.
            """
            if name in _derived_slots(type(self)) or name == "_memo":
                return None
            return super().__getattr__(name)

    # the fields loading reads into derived slots: assigning one makes the record unread
    # (its _READ_MARK slot emptied), so that verify reads it again (loading.prepare)
    _READ_FIELDS: ClassVar[tuple[str, ...]] = ()
    _READ_MARK: ClassVar[str] = "_language"

    def __setattr__(self, name: str, value: Any) -> None:
        """Assign as pydantic does; any new value forgets what was computed from the old."""
        if name != "_memo":
            object.__setattr__(self, "_memo", None)
        fields = self.__pydantic_fields_set__
        if type(fields) is _SharedFieldsSet:  # pydantic adds the name to it: own one first
            object.__setattr__(self, "__pydantic_fields_set__", set(fields))
        super().__setattr__(name, value)
        if name in self._READ_FIELDS:
            with contextlib.suppress(AttributeError):  # never read
                object.__delattr__(self, self._READ_MARK)

    def remember(self, name: str, compute: Callable[[], T]) -> T:
        """``compute()``, computed once and kept until a field of the record is assigned.

        For views of a record that several rules need (a claim's ``key``, its fact
        identity): ``name`` says which view.
        """
        memo = self._memo
        if memo is None:
            memo = {}
            object.__setattr__(self, "_memo", memo)
        elif name in memo:
            return cast(T, memo[name])
        memo[name] = value = compute()
        return value

    @property
    def location(self) -> Location:
        """Where the record starts in its claim file."""
        return self._location or _NOWHERE

    def _derived(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _derived_slots(type(self))}

    def _restore(self, derived: dict[str, Any]) -> None:
        for name in _derived_slots(type(self)):
            object.__setattr__(self, name, derived.get(name))

    def __copy__(self) -> Record:
        """A shallow copy, derived data included."""
        copy = super().__copy__()
        copy._restore(self._derived())
        object.__setattr__(copy, "_memo", None)
        return copy

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Record:
        """A deep copy, derived data shared (it is never changed after loading)."""
        copy = super().__deepcopy__(memo)
        copy._restore(self._derived())
        object.__setattr__(copy, "_memo", None)
        return copy

    def __getstate__(self) -> dict[Any, Any]:
        """What pickle keeps: pydantic's state and the derived slots."""
        return {**super().__getstate__(), "factcheck_derived": self._derived()}

    def __setstate__(self, state: dict[Any, Any]) -> None:
        """Restore what :meth:`__getstate__` kept."""
        derived = state.pop("factcheck_derived", {})
        super().__setstate__(state)
        self._restore(derived)
        object.__setattr__(self, "_memo", None)


class _SharedFieldsSet(set[str]):
    """The set of fields given, one object for all the records loaded with the same ones.

    pydantic keeps one per record (``model_fields_set``): a set of nine names takes 728
    bytes, more than the record's dict of values, about 0.1 GB for 100,000 claims and
    their reviews. :meth:`Record.__setattr__` gives a record its own copy before pydantic
    adds an assigned name to it.
    """

    __slots__ = ()


_FIELDS_SETS: dict[frozenset[str], _SharedFieldsSet] = {}


def share_fields_sets(records: Iterable[Record]) -> None:
    """Make the fields sets of records that were given the same fields one shared object."""
    shared: set[str] | None = None
    for record in records:
        fields = record.__pydantic_fields_set__
        if fields != shared:  # records of one file mostly give the same fields
            key = frozenset(fields)
            shared = _FIELDS_SETS.get(key)
            if shared is None:
                shared = _FIELDS_SETS[key] = _SharedFieldsSet(key)
        object.__setattr__(record, "__pydantic_fields_set__", shared)


def _derived_slots(cls: type) -> tuple[str, ...]:
    """The derived slots of a record class and its bases (``_location``, ``_value``, ...)."""
    cached: tuple[str, ...] | None = cls.__dict__.get("_factcheck_slots")
    if cached is None:
        cached = tuple(
            name
            for klass in cls.__mro__
            for name in klass.__dict__.get("__slots__", ())
            if name.startswith("_") and not name.startswith("__") and name != "_memo"
        )
        type.__setattr__(cls, "_factcheck_slots", cached)
    return cached


class Review(Record):
    """One verdict on a claim, with who gave it, when and on what evidence."""

    date: dt.date
    by: Name
    verdict: Status
    evidence: list[Url] = Field(default_factory=list)
    note: Text | None = None
    quote_fingerprint: Text | None = Field(
        default=None, description="fingerprint of the quote as it was when reviewed"
    )


class Source(Record):
    """The document the claims come from: an article, a press release, a speech."""

    id: Identifier
    title: Text
    publisher: Text
    url: Url | None = None
    published: dt.date = Field(
        # a day in ISO form or in words (27 juillet 2015): no "format": "date" in the schema
        json_schema_extra=_any_day_text,
        description="the day of publication: 2015-07-27, or in words as the article writes it",
    )
    language: Annotated[str, StringConstraints(strip_whitespace=True, pattern=LANGUAGE_PATTERN)]
    word_count: int | None = Field(default=None, ge=0)
    text: Text | None = Field(
        default=None, description="path of the full text, relative to the file"
    )
    financial_year_start: int | None = Field(
        default=None,
        ge=1,
        le=12,
        description="the month (1-12) the financial years of this source's claims start in, "
        "over the configuration's [dates] financial_year_start: with 7 (July), 'FY2025' is "
        "July 2024 to June 2025 and 'Q3 FY2025' January to March 2025",
    )
    __slots__ = ("_text_content",)
    # what the claims and checks of its file are read with: changing one reads them again
    _READ_FIELDS = ("language", "published", "text", "financial_year_start")
    _READ_MARK = "_text_content"

    @field_validator("financial_year_start", mode="before")
    @classmethod
    def _a_month(cls, month: Any) -> Any:
        """A month as its number, 1 to 12; the loader's ``7`` is the text "7"."""
        if month is None:
            return None
        number = None
        if isinstance(month, int) and not isinstance(month, bool):
            number = month
        elif isinstance(month, str) and month.strip().isascii() and month.strip().isdigit():
            number = int(month.strip())
        if number is None or not 1 <= number <= 12:
            raise ValueError(
                f"must be a month as its number, 1 to 12 (4 for April, 7 for July, 10 for "
                f"October), not {month!r}"
            )
        return number

    @model_validator(mode="before")
    @classmethod
    def _published_in_words(cls, data: Any) -> Any:
        """Read ``published: 27 juillet 2015`` in the source's language, as a day.

        ISO days go to pydantic as they are; text that is no day is left for its error.
        """
        if not isinstance(data, dict):
            return data
        published, language = data.get("published"), data.get("language")
        if not isinstance(published, str) or _ISO_DAY.fullmatch(published.strip()):
            return data
        from factcheck.dates import DateSyntaxError, parse_date  # rarely needed: lazily

        try:
            period = parse_date(published, language if isinstance(language, str) else "en")
        except DateSyntaxError:
            return data
        if period.granularity != "day":
            return data
        return {**data, "published": period.start}

    @field_validator("language")
    @classmethod
    def _known_language(cls, language: str) -> str:
        """A language babel knows: an unknown code would make every value unreadable."""
        if not _is_locale(language):
            raise ValueError(f"unknown language {language!r}: use a code such as fr, en or pt-BR")
        return language

    if TYPE_CHECKING:  # the slot (see Record)

        @property
        def _text_content(self) -> str | None: ...

    @property
    def text_content(self) -> str | None:
        """The full text of the document, when ``text`` names a readable file."""
        return self._text_content


def language_of(source: Source | None) -> str:
    """The language numbers and dates are written in: the source's, else English."""
    return source.language if source is not None else "en"


class Appearance(Record):
    """Where a statement was made: a programme, a debate, a speech, a post (``said_in``)."""

    name: Name = Field(description="the programme, debate or post, as the desk names it")
    url: Url | None = Field(default=None, description="where it can be seen or heard")


class Claim(Record):
    """One factual statement of a source, with its value and date."""

    id: Identifier
    quote: Text
    summary: Text | None = Field(
        default=None,
        description="the desk's short summary of the claim (Google asks for less than 75 "
        "characters), published as the ClaimReview's claimReviewed",
    )
    subject: Text
    property: Text
    qualifiers: dict[Text, Text] = Field(default_factory=dict)
    value: ValueText | None = None
    of: Identifier | None = None
    when: Text | None = None
    kind: Kind = "fact"
    attributed_to: Text | None = None
    cites: Text | None = None
    said_on: Text | None = Field(
        default=None,
        description="the day the statement was made (2026-11-26, jeudi 26 novembre), read "
        "as `when` is; published as the ClaimReview's itemReviewed.datePublished",
    )
    said_in: Appearance | Text | None = Field(
        default=None,
        description="where the statement was made: its name ('débat de TF1'), or {name, url}; "
        "published as the ClaimReview's itemReviewed.appearance",
    )
    status: Status = "unverified"
    reviews: list[Review] = Field(default_factory=list)
    note: Text | None = None
    ignore: dict[Text, Text | None] = Field(
        default_factory=dict,
        description="rule ids whose findings about this claim are accepted, each with the "
        "reason why (required)",
    )

    __slots__ = ("_language", "_period", "_source", "_value")
    _READ_FIELDS = ("value", "when")

    @field_validator("reviews")
    @classmethod
    def _oldest_first(cls, reviews: list[Review]) -> list[Review]:
        """Refuse reviews out of date order: the last listed is the claim's latest verdict."""
        for number, (before, after) in enumerate(itertools.pairwise(reviews), start=2):
            if after.date < before.date:
                raise ValueError(
                    f"reviews are kept oldest first, but review {number} ({after.date}) "
                    f"is listed after one of {before.date}"
                )
        return reviews

    if TYPE_CHECKING:  # the slots (see Record)

        @builtins.property
        def _source(self) -> Source | None: ...
        @builtins.property
        def _language(self) -> str | None: ...  # the file's, even if its source is invalid
        @builtins.property
        def _value(self) -> Value | None: ...
        @builtins.property
        def _period(self) -> Period | None: ...

    @builtins.property  # the field "property" shadows the builtin in this class
    def source(self) -> Source | None:
        """The source document the claim belongs to (None if that block was invalid)."""
        return self._source

    @builtins.property
    def language(self) -> str:
        """The language numbers and dates are written in: its file's, else English.

        That is the source's; when the source block is invalid, the language it names
        if readable (values were read in it), so that one typo does not re-read the
        whole file in English.
        """
        return self._language or language_of(self._source)

    @builtins.property
    def parsed_value(self) -> Value | None:
        """The value as an interval with its unit, or None (no value, or unreadable)."""
        return self._value

    @builtins.property
    def period(self) -> Period | None:
        """``when`` as a period, or None (no ``when``, or unreadable)."""
        return self._period

    def read_said_on(self) -> dt.date | None:
        """``said_on`` as a day, read as ``when`` is; None without one.

        Raises ValueError, naming what to write, when it cannot be read, is more than a
        day (a statement is made on one day) or falls after its article's publication.
        Read each time (``parse_date`` keeps what it read): it depends on the source.
        """
        if self.said_on is None:
            return None
        from factcheck.dates import DateSyntaxError, parse_date  # rarely needed: lazily

        said_on, published = str(self.said_on), self.source.published if self.source else None
        example = "2026-11-26, or in words with its day, as the article writes dates"
        try:
            period = parse_date(said_on, self.language, published)
        except DateSyntaxError as error:
            raise ValueError(
                f"claim '{self.id}': said_on: {error}; write the day the statement was made: "
                f"{example}"
            ) from None
        if period.granularity != "day" or period.start != period.end:
            raise ValueError(
                f"claim '{self.id}': said_on {said_on!r} is not one day "
                f"({period.describe(self.language)}): write the day the statement was made: "
                f"{example}"
            )
        if published is not None and period.start > published:
            raise ValueError(
                f"claim '{self.id}': said_on {said_on!r} is {period.start}, after its article "
                f"was published ({published}): a statement is checked after it is made; "
                "give the year if it is another one"
            )
        return period.start

    @builtins.property
    def said_in_name_url(self) -> tuple[str, str | None] | None:
        """``said_in`` as its name and url (None for a url not given), or None without one."""
        if self.said_in is None:
            return None
        if isinstance(self.said_in, Appearance):
            return self.said_in.name, self.said_in.url
        return str(self.said_in), None

    @builtins.property
    def latest_review(self) -> Review | None:
        """Its latest review (reviews are kept oldest first); None if never reviewed."""
        return self.reviews[-1] if self.reviews else None

    @builtins.property
    def status_mismatched(self) -> bool:
        """Whether it was reviewed and its ``status`` is not the latest verdict (a hand edit)."""
        return bool(self.reviews) and self.reviews[-1].verdict != self.status

    @builtins.property
    def missing(self) -> list[Text]:
        """The fields still to fill in (a draft's ``"?"``): ``subject``, ``property``, or none.

        Rules that group claims by subject or property skip a claim with missing fields:
        two claims about "?" are not one fact.
        """
        return self.remember(
            "missing",
            lambda: [name for name in ("subject", "property") if is_blank(getattr(self, name))],
        )

    @builtins.property
    def key(self) -> tuple[str, str, tuple[tuple[str, str], ...], str | None]:
        """What makes two claims the same fact: subject, property, qualifiers and when.

        Periods compare by their days, so ``en mars`` and ``mars 2015`` are one ``when``;
        subjects and qualifiers by their :func:`name_key`, so ``l'Etat`` is ``l'État``.
        A claim without ``when`` states the fact as of its source's publication day
        (``Airbus employs 134,000`` in 2019 is not the 136,000 of a 2015 article).
        """
        return self.remember("key", self._key)

    def _key(self) -> tuple[str, str, tuple[tuple[str, str], ...], str | None]:
        when = None
        if self._period is not None:
            when = f"{self._period.start.isoformat()}/{self._period.end.isoformat()}"
        elif self.when is not None:
            when = self.when
        elif self.source is not None:
            day = self.source.published.isoformat()
            when = f"{day}/{day}"
        qualifiers = tuple(sorted((name_key(k), name_key(v)) for k, v in self.qualifiers.items()))
        return (name_key(self.subject), self.property, qualifiers, when)


class Check(Record):
    """An explicit consistency check: an ``expect`` expression or an ``order`` of claims."""

    id: Identifier
    expect: Text | None = None
    order: list[Identifier] | None = Field(default=None, min_length=2)
    note: Text | None = None
    __slots__ = ("_approx", "_expression", "_language", "_source")
    _READ_FIELDS = ("expect",)
    if TYPE_CHECKING:  # the slots (see Record)

        @property
        def _approx(self) -> Decimal | None: ...
        @property
        def _expression(self) -> Expression | None: ...
        @property
        def _language(self) -> str | None: ...  # as a claim's
        @property
        def _source(self) -> Source | None: ...

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
        """The language of the check's file, for numbers in messages (as a claim's)."""
        return self._language or language_of(self._source)

    @property
    def expression(self) -> Expression | None:
        """The parsed ``expect`` expression (None for other kinds, or when unreadable)."""
        return self._expression

    @property
    def approx(self) -> Decimal | None:
        """The tolerance of a ``~`` figure of the check (``a / b == ~6``): the run's ``approx``.

        The one the claims' ``~`` values were read with; None for a check not loaded, whose
        ``~`` figures take the check language's default (10 %).
        """
        return self._approx

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
    types), ``value``, ``date``, ``text`` (the source text file) or ``expression``;
    ``internal`` (loading the file crashed, a bug) is reported by the engine.
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
    #: the configuration it was loaded with, which :func:`factcheck.verify` uses by default
    config: Config | None = field(default=None, repr=False, compare=False)
    _derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def derived(self, key: str, compute: Callable[[], T]) -> T:
        """Compute something about the corpus once per run (share groups, check outcomes).

        Several rules need the same derived data; the first asks, the others reuse it
        until :meth:`start_run`.
        """
        if key not in self._derived:
            self._derived[key] = compute()
        return cast(T, self._derived[key])

    def start_run(self) -> None:
        """Forget what an earlier run derived.

        That run may have had another configuration, or the records may have been
        changed in code since.
        """
        self._derived.clear()

    @property
    def claims(self) -> list[Claim]:
        """Every valid claim, in file order (a new list: editing it changes no document)."""
        return [claim for document in self.documents for claim in document.claims]

    @property
    def checks(self) -> list[Check]:
        """Every valid check, in file order (a new list)."""
        return [check for document in self.documents for check in document.checks]

    @property
    def problems(self) -> list[LoadProblem]:
        """Every problem loading found (a new list)."""
        return [problem for document in self.documents for problem in document.problems]

    def claims_by_id(self) -> dict[str, Claim]:
        """Claims by id; with duplicate ids the first one wins (the duplicate is a finding)."""
        index: dict[str, Claim] = {}
        for claim in self.claims:
            index.setdefault(claim.id, claim)
        return index
