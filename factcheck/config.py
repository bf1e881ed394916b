"""Configuration: ``factcheck.toml``, or ``[tool.factcheck]`` in ``pyproject.toml``.

Found by walking up from the first verified path (the nearest file wins), or
named with ``--config``. Every key is checked: an unknown key is an error that
names it. Example::

    approx = 0.10                 # relative tolerance of "~" values (10 %)
    exclude = ["drafts/**"]       # glob patterns of claim files to skip

    [rules.word-count]
    severity = "info"             # error | warning | info
    tolerance = 0.05              # rule option

    [rules.fact-not-after-publication]
    enabled = false

    [properties.seats_won]
    description = "seats won in an assembly"
    whole = "577"                 # the National Assembly's seats
    minimum = "0"

    [dates]
    financial_year_start = 4      # "2024/25", "FY2025" are April to March (UK public bodies);
                                  # a source's own financial_year_start wins for its claims

    [review]                      # claim tracking: status and export
    max_age_days = 365            # a verdict older than this is reported stale
    author = {name = "Desk", url = "https://example.org/desk"}  # of the ClaimReview export
    url = "https://example.org/desk/verdicts/{claim}"           # where each verdict is published
    organisations = ["Insee", "NHS Digital"]   # claimants that are no people
    language = "fr"                            # the desk's pages are in French

    [review.labels.fr]                         # the desk's words for the verdicts, in French
    false = "Faux"
    misleading = "Trompeur"
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)
from pydantic_core import PydanticCustomError

from factcheck.discovery import ConfigError as ConfigError
from factcheck.discovery import config_table
from factcheck.discovery import find_config as find_config
from factcheck.vocabulary import PropertyMeaning, Vocabulary

if TYPE_CHECKING:
    from factcheck.values import Quantity


class _Strict(BaseModel):
    # strict: TOML has booleans and numbers, so "no" is no false and "0.1" no number
    model_config = ConfigDict(extra="forbid", strict=True)


class RuleSettings(_Strict):
    """Settings of one rule: on or off, its severity, and its own options."""

    model_config = ConfigDict(extra="allow")  # the rule's options; checked against the rule
    enabled: bool = True
    severity: str | None = None

    @property
    def options(self) -> dict[str, Any]:
        """The rule's own options (everything but ``enabled`` and ``severity``)."""
        return dict(self.model_extra or {})


class PropertySettings(_Strict):
    """A property of the vocabulary, as configured."""

    description: str = ""
    unit: str | None = None
    whole: str | None = None
    minimum: str | None = None
    maximum: str | None = None
    count: bool = False
    exact: bool = False


class ReviewAuthor(_Strict):
    """Who publishes the desk's verdicts (the ``author`` of exported ClaimReviews)."""

    name: str = Field(min_length=1)
    url: str | None = None


class VerdictLabels(_Strict):
    """A ``[review.labels.<language>]`` table: the desk's own word for each verdict.

    Exported as the ClaimReview's ``alternateName``, which Google shows and which must
    match the rating printed on the fact-check page («Faux», «Trompeur»).
    """

    false: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] | None = None
    misleading: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] | None = None
    disputed: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] | None = None
    verified: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] | None = None
    mostly_verified: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] | None
    ) = None


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}([_-][A-Za-z]{2,4})?")


def _language_code(code: str) -> str:
    """Refuse a ``[review.labels.<language>]`` key that is no language code."""
    if not _LANGUAGE_CODE.fullmatch(code):
        raise PydanticCustomError(
            "language_code",
            "'{code}' is not a language code: write one such as fr, en_GB or pt-BR, as a "
            "source's language is written",
            {"code": code},
        )
    return code


_VERDICT_URL = re.compile(r"https?://\S*\{claim\}\S*")


def _verdict_url(url: str) -> str:
    """Refuse a ``[review] url`` that is no web address with ``{claim}`` in it."""
    if not _VERDICT_URL.fullmatch(url):
        raise PydanticCustomError(
            "verdict_url",
            "'{url}' is not a web address with {claim} for the claim's id, such as "
            "https://desk.example.org/verdicts/{claim}: every verdict needs a page of its own",
            {"url": url, "claim": "{claim}"},  # the message writes {claim} as it is
        )
    return url


class ReviewSettings(_Strict):
    """The ``[review]`` table: settings of claim tracking (status, export)."""

    max_age_days: int = Field(default=365, ge=1)
    author: ReviewAuthor | None = None
    # where each verdict is published, "{claim}" standing for the claim's id: the
    # ClaimReview's url, which Google requires
    url: Annotated[str, AfterValidator(_verdict_url)] | None = None
    # the language of the desk's fact-check pages: their labels and ClaimReviews'
    # inLanguage (else each source's language)
    language: Annotated[str, AfterValidator(_language_code)] | None = None
    # the desk's word for each verdict, by the language of the desk's pages (or of the source)
    labels: dict[Annotated[str, AfterValidator(_language_code)], VerdictLabels] = Field(
        default_factory=dict
    )
    # claimants (a claim's attributed_to, before its first comma) that are organisations:
    # the others are people
    organisations: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]] = (
        Field(default_factory=list)
    )


class DateSettings(_Strict):
    """The ``[dates]`` table: how dates are read.

    ``financial_year_start`` is the month (1-12) the financial years of the claims
    start in: with 4 (April, as a UK public body's), ``2024/25`` and ``FY2025`` are
    April 2024 to March 2025, ``Q3 2024/25`` October to December 2024. Without it,
    ``2024/25`` is both calendar years and ``FY2025`` is refused. A source's own
    ``financial_year_start`` (in its claim file's ``source:`` block) wins over it for the
    claims of that file: one run reads one configuration, and a desk quoting several
    bodies (the UK's April, the US's October, a company's own) gives each source its year.
    """

    financial_year_start: int | None = Field(default=None, ge=1, le=12)


def _number(value: object) -> object:
    """Refuse a text or a boolean where a number is expected (a Decimal would read "0.1")."""
    if isinstance(value, str | bool):
        raise PydanticCustomError("decimal_type", "Input should be a number")
    return value


class _ConfigFile(_Strict):
    approx: Annotated[Decimal, BeforeValidator(_number)] = Field(
        default=Decimal("0.10"), ge=0, le=1, strict=False
    )
    exclude: list[str] = Field(default_factory=list)
    rules: dict[str, RuleSettings] = Field(default_factory=dict)
    properties: dict[str, PropertySettings] = Field(default_factory=dict)
    review: ReviewSettings = Field(default_factory=ReviewSettings)
    dates: DateSettings = Field(default_factory=DateSettings)


@dataclass(frozen=True)
class Config:
    """Settings of a run, with defaults for everything.

    Read from a file by :func:`load_config`, or built in code::

        Config(
            approx=0.2,  # "~" widens values by 20 % (applied when loading)
            dates={"financial_year_start": 4},  # "2024/25" is April 2024 to March 2025
            exclude=["drafts/**"],  # globs relative to the working folder
            rules={"word-count": {"enabled": False}, "quote-in-text": {"severity": "warning"}},
        )

    Values given in code are checked and normalised as a file's would be (a number
    for ``approx``, a list of globs, a table per rule, a ``review`` and a ``dates`` table; a rule's
    severity may be a :class:`~factcheck.Severity`); ConfigError says what is wrong.
    Rule ids, severities and options are checked against the rules when
    :func:`factcheck.verify` runs (reading the rules here would slow every start).
    Properties are declared with :meth:`from_mapping`, as in a file:
    ``Config.from_mapping({"properties": {"seats": {"whole": "577"}}})``.
    """

    approx: Decimal = Decimal("0.10")
    exclude: tuple[str, ...] = ()
    rules: dict[str, RuleSettings] = field(default_factory=dict)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    path: Path | None = None
    review: ReviewSettings = field(default_factory=ReviewSettings)
    dates: DateSettings = field(default_factory=DateSettings)
    # the configuration file's folder, absolute when it was read: exclude globs are
    # relative to it (to the working folder when None)
    folder: Path | None = None

    def __post_init__(self) -> None:
        if isinstance(self.exclude, str):
            raise ConfigError(f"exclude must be a list of globs, not one text: [{self.exclude!r}]")
        where = str(self.path) if self.path else "configuration"
        if not isinstance(self.vocabulary, Vocabulary):
            kind = type(self.vocabulary).__name__
            raise ConfigError(
                f"{where}: vocabulary must be a Vocabulary, not {kind} (declare properties "
                'with Config.from_mapping({"properties": {...}}))'
            )
        review, dates = self.review, self.dates
        try:
            checked = _ConfigFile.model_validate(
                {
                    "approx": self.approx,
                    "exclude": list(self.exclude),
                    "rules": _severities_as_text(self.rules),
                    "review": review.model_dump() if isinstance(review, BaseModel) else review,
                    "dates": dates.model_dump() if isinstance(dates, BaseModel) else dates,
                }
            )
        except ValidationError as error:
            raise ConfigError(f"{where}: {_describe(error)}") from None
        object.__setattr__(self, "approx", checked.approx)
        object.__setattr__(self, "exclude", tuple(self.exclude))
        object.__setattr__(self, "rules", checked.rules)
        object.__setattr__(self, "review", checked.review)
        object.__setattr__(self, "dates", checked.dates)

    @classmethod
    def from_mapping(cls, data: dict[str, Any], path: Path | None = None) -> Config:
        """Build from a parsed TOML table; unknown keys raise ConfigError naming them."""
        where = str(path) if path else "configuration"
        try:
            parsed = _ConfigFile.model_validate(data)
        except ValidationError as error:
            raise ConfigError(f"{where}: {_describe(error)}") from None
        extra = {
            name: PropertyMeaning(name, **p.model_dump()) for name, p in parsed.properties.items()
        }
        for meaning in extra.values():
            _check_meaning(meaning, where)
        return cls(
            approx=parsed.approx,
            exclude=tuple(parsed.exclude),
            rules=parsed.rules,
            vocabulary=Vocabulary(extra),
            path=path,
            folder=Path(os.path.abspath(path.parent)) if path is not None else None,
            review=parsed.review,
            dates=parsed.dates,
        )


def _check_meaning(meaning: PropertyMeaning, where: str) -> None:
    """Refuse a property whose unit, whole or bounds are unreadable or cannot hold.

    The rules would skip them without a word: a bound in a unit the property's values
    do not convert to, a whole of 0, a minimum above the maximum.
    """
    from factcheck import units
    from factcheck.shares import exact_quantity
    from factcheck.values import Truth, parse_value

    name = f"properties.{meaning.name}"
    unit = None
    if meaning.unit not in (None, "currency"):
        try:
            unit = units.parse_unit(meaning.unit)
        except ValueError as error:
            raise ConfigError(f"{where}: {name}.unit: {error}") from None
    figures: dict[str, Quantity] = {}
    measured: list[tuple[str, Quantity]] = []  # all but zeros, which fit any unit
    for key in ("whole", "minimum", "maximum"):
        text = getattr(meaning, key)
        if text is None:
            continue
        try:
            parse_value(text)
        except ValueError as error:
            raise ConfigError(f"{where}: {name}.{key}: {error}") from None
        quantity = exact_quantity(text)
        if quantity is None:
            raise ConfigError(f"{where}: {name}.{key} must be an exact figure, not {text!r}")
        figures[key] = quantity
        # a zero compares with values in any unit (but degrees), as value-out-of-bounds does
        if not quantity.interval.lo and not units.has_offset(quantity.unit):
            continue
        measured.append((key, quantity))
        if meaning.unit == "currency" and not units.is_currency(quantity.unit):
            raise ConfigError(
                f"{where}: {name}.{key} must be an amount of a currency, as the property's "
                f"unit is 'currency', not {text!r} ({units.describe_dimension(quantity.unit)})"
            )
        if unit is not None:
            try:
                units.conversion(quantity.unit, unit)
            except units.UnitError as error:
                raise ConfigError(
                    f"{where}: {name}.{key} is not in the property's unit: {error}"
                ) from None
    if meaning.unit is None:
        _same_kind(measured, meaning, name, where)
    whole = figures.get("whole")
    if whole is not None and whole.interval.lo <= 0:
        raise ConfigError(f"{where}: {name}.whole must be more than 0, not {meaning.whole!r}")
    low, high = figures.get("minimum"), figures.get("maximum")
    if (
        low is not None
        and high is not None
        and low.compatible(high)
        and low.compare(">", high) is Truth.HOLDS
    ):
        raise ConfigError(
            f"{where}: {name}.minimum ({meaning.minimum!r}) is more than "
            f"{name}.maximum ({meaning.maximum!r})"
        )


def _same_kind(
    measured: list[tuple[str, Quantity]], meaning: PropertyMeaning, name: str, where: str
) -> None:
    """Refuse a unitless property whose whole and bounds measure different things.

    Each would apply only to the values it converts to (a maximum in people, a minimum
    in euros), which is never what was meant. Amounts of different currencies are of
    one kind, as under ``unit = "currency"``.
    """
    from factcheck import units

    if not measured:
        return
    key0, quantity0 = measured[0]
    for key, quantity in measured[1:]:
        both_money = units.is_currency(quantity0.unit) and units.is_currency(quantity.unit)
        if not both_money and not quantity0.compatible(quantity):
            raise ConfigError(
                f"{where}: {name}.{key0} ({getattr(meaning, key0)!r}, "
                f"{units.describe_dimension(quantity0.unit)}) and {name}.{key} "
                f"({getattr(meaning, key)!r}, {units.describe_dimension(quantity.unit)}) "
                "measure different things: give the property a unit, or fix one of them"
            )


def _severities_as_text(rules: object) -> object:
    """The rules' settings with a :class:`Severity` given in code as its label."""
    from factcheck.findings import Severity

    if not isinstance(rules, dict):
        return rules
    return {
        rule: {**settings, "severity": settings["severity"].label}
        if isinstance(settings, dict) and isinstance(settings.get("severity"), Severity)
        else settings
        for rule, settings in rules.items()
    }


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    dotted = ".".join(str(part) for part in first["loc"])
    if first["type"] == "extra_forbidden":
        name = str(first["loc"][-1])
        nested = len(first["loc"]) > 1
        choices = list(PropertySettings.model_fields if nested else _ConfigFile.model_fields)
        if first["loc"][0] == "review":
            table: type[BaseModel] = ReviewSettings
            if len(first["loc"]) > 2:
                table = VerdictLabels if first["loc"][1] == "labels" else ReviewAuthor
            choices = list(table.model_fields)
        elif first["loc"][0] == "dates":
            choices = list(DateSettings.model_fields)
        close = difflib.get_close_matches(name, choices, n=1)
        hint = f", did you mean '{close[0]}'?" if close else ""
        if first["loc"][:2] == ("review", "labels"):  # "unverified" is no "verified" misspelt
            hint = f": labels are for the published verdicts, {', '.join(choices)}"
        return f"unknown key '{dotted}'{hint}"
    if len(first["loc"]) == 2 and first["loc"][0] == "rules" and first["type"] == "model_type":
        rule = first["loc"][1]  # `[rules]` then `word-count = 1`: settings are a table
        return f"'{dotted}' must be a table of settings: [rules.{rule}], then enabled = ..."
    expected = _TOML_KINDS.get(first["type"])
    if expected is not None:  # in TOML's words, not pydantic's ("instance of ReviewAuthor")
        return f"'{dotted}' must be {expected} (got {first.get('input')!r})"
    return f"'{dotted}': {first['msg']}"


# pydantic's error types of a value of the wrong kind, as a TOML file's author says it
_TOML_KINDS = {
    "model_type": "a table: {key = value, ...} or a [section]",
    "dict_type": "a table: {key = value, ...} or a [section]",
    "string_type": "a text, in quotes",
    "decimal_parsing": "a number",
    "decimal_type": "a number",
    "float_parsing": "a number",
    "float_type": "a number",
    "finite_number": "a finite number",
    "int_parsing": "a whole number",
    "int_type": "a whole number",
    "bool_parsing": "true or false",
    "bool_type": "true or false",
    "list_type": "a list: [...]",
}


def load_config(
    path: str | os.PathLike[str] | None = None, start: str | os.PathLike[str] | None = None
) -> Config:
    """Read the configuration named, or the one found upward from ``start``, or defaults."""
    found = Path(path) if path is not None else None
    if found is None and start is not None:
        found = find_config(Path(start))
    if found is None:
        return Config()
    return Config.from_mapping(config_table(found), found)
