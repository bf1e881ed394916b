r"""The small, safe expression language of explicit ``expect:`` checks.

A check such as ``a + b + c == 100 %`` is tokenized and parsed here by a
recursive-descent parser of our own; nothing is ever handed to Python's ``eval``.
Grammar (lowest precedence first)::

    check      = or_expr ;
    or_expr    = and_expr , { "or" , and_expr } ;
    and_expr   = not_expr , { "and" , not_expr } ;
    not_expr   = "not" , not_expr | comparison ;
    comparison = sum_expr , { comp_op , sum_expr } ;  (* a < b < c: a < b and b < c *)
    comp_op    = "==" | "!=" | "<" | "<=" | ">" | ">=" ;
    sum_expr   = product , { ( "+" | "-" ) , product } ;
    product    = unary , { ( "*" | "/" ) , unary } ;
    unary      = "-" , unary | atom ;
    atom       = literal | claim_id | function , "(" , args , ")"
               | date_function , "(" , date_arg , "," , date_arg , ")" | "(" , or_expr , ")" ;
    args       = sum_expr , { "," , sum_expr } ;      (* abs, log10 take one; pow two *)
    function   = "sum" | "min" | "max" | "abs" | "pow" | "log10" ;
    date_function = "days" | "years" | "months" | "hours" ; (* of two claims' dates *)
    date_arg   = claim_id | "published" ;   (* the publication day; not in hours() *)
    literal    = [ "~" ] , [ sign ] , digits , [ "." , digits ] , [ scale ] , [ unit ] ;
    sign       = "€" | "£" | "$" | "¥" | "₹" | "₽" | ... ; (* £1bn: the sign is the unit;
                                    the one-character signs of factcheck.units.CURRENCIES *)
    scale      = "thousand" | "million" | "billion" | "milliard" | "bn" | ... ; (* values' *)
    unit       = unit_word , { "/" , unit_word } ;   (* no blank around "/": km/s, EUR/month *)
    unit_word  = ( "%" | sign | word | "°" , word ) , [ "²" | "³" | "^2" | "^3" ] ;
                                    (* a word factcheck.units knows: km, °C; glued: EUR/m² *)
    claim_id   = lower , { lower | digit | "_" } ;    (* not a reserved word *)

Reserved words (never claim ids): ``and or not sum min max abs pow log10 days years
months hours published``; ``published``, an argument of a date function only, is the publication
day of the check's article (``years(founding, published)``). A
unit follows a number only, so a bare word is always a claim id; right after a number,
any word but ``and``/``or``/``not`` is its unit (``5 min`` is five minutes, ``12 years``
twelve years). A unit is one word, or words joined by ``/`` without a blank on either
side: ``299792.458 km/s`` is a speed, while ``2 km / h``, with blanks, is 2 km divided by
the claim ``h`` (and ``5 EUR/population``, not a unit, is an error that says so: ``a / b``
between claim ids is always a division). Literals are exact: a constant in a
check is a definition, not a measurement. A literal after ``~`` is the figure the copy
rounded ("près de six fois moins": ``a / b == ~6``), read as a claim's ``~6`` is: give
or take the ``approx`` tolerance :func:`evaluate` is given (10 % by default, the
configuration's), or half a unit of its last digit where that is wider (``a == ~2 %`` is
1.5 to 2.5 %), but for a multiple: a bare ``~`` figure against a quotient or in a product
(``a / b == ~2``, "almost double") counts that half unit up to a tenth of it only, 1.8 to
2.2; ``~`` goes before a figure only, never before a claim id (a claim says it is
approximate in its own value). Conditions (comparisons, ``and``, ``or``,
``not``) and numbers never mix: ``(a < b) + 1`` is a syntax error, while a check
that is a number (``a + b``) parses and is refused by :func:`evaluate`. Nesting
(parentheses, ``not``, unary minus, calls) is limited to ``MAX_DEPTH``.

``pow(x, y)`` (x to the power y) and ``log10(x)`` (the logarithm in base 10) are the
functions of logarithmic scales: a degree of magnitude is ``pow(10, 1.5)`` times the
energy, a fall of 0.1 pH ``pow(10, 0.1) - 1`` (26 %) more acidic, two 80 dB sources
``10 dB * log10(2 * pow(10, street / 10 dB))``. Their names are those of C, Python and
spreadsheets (``POWER``, ``LOG10``); ``log`` alone is base e in some and base 10 in others,
so it is no function here. They take pure numbers (a percentage is its fraction, 3 % is
0.03; a ratio of lengths is a number): a figure with a unit is refused, saying to divide
it by a figure in its unit (``log10(d / 1 au)``; ``level / 10 dB`` for a level in
decibels, which is itself ten times a logarithm). On intervals they are monotonic in each
argument, so the result spans the values at the ends (at the corners of base and
exponent for ``pow``), each computed to 60 digits and moved outwards past that
computation's error: the interval holds f(x) for every x its arguments allow. A
logarithm of an interval reaching 0 or below, 0 to a power that may be 0 or below, and a
negative base to an exponent that is not one whole number (``pow(x, 0.5)`` of -1 to 3)
have no value and are refused; a whole exponent takes any base (``pow(x, 2)``).

``days(a, b)`` is the time from claim ``a``'s ``when`` to claim ``b``'s, in days: its
arguments are claim ids, whose dates (not values) the evaluation asks ``period`` for.
Each ``when`` is a period of days (a day, a month, a range), so the result is an
interval, from b's first day minus a's last to b's last day minus a's first: exact
between two days. ``years(a, b)`` and ``months(a, b)`` count the years (months)
completed from a's ``when`` to b's, as an age counts them (:mod:`factcheck.anniversaries`):
"married for 54 years" from 12 April 1969 to 2 November 2023 is ``54 year`` exactly,
where ``days()`` gives 19 927 days, which ``== 54 year`` (53,5 to 54,5 years as a value
reads it) refuses. Between periods they are the whole numbers from the fewest (a's last
day to b's first) to the most (a's first day to b's last); an anniversary on a day its
month lacks (29 February, the 31st) counts on either day, so 29 February 2024 to 28
February 2025 is 0 to 1 year. Backwards (b before a) they are negative.

``hours(a, b)`` is the time from a's ``when`` to b's to the minute, each a single day
with the time of day written in it (``samedi 14 mars 2026 à 23 h 30``, ``Tuesday 16 June
2026 at 9am``, read by :func:`factcheck.dates.time_of_day`): (b's day + b's time) - (a's
day + a's time), exact, in hours (in minutes where hours would not be exact: 40 min), so
that it compares with ``6 h``, ``48 heures`` or ``135 min``. A claim whose ``when`` writes
no time, or two, or is more than a day, makes the check undecidable, saying to write the
time in its ``when``; ``published``, a day with no time, is no argument of ``hours()``.
When both ``when``\ s write a zone after their time ("2 p.m. EDT", "10 p.m. CDT", "14 h
heure de Paris", "1200 UTC+2", ``ET``, "Paris time": :mod:`factcheck.zones`), the hours
are counted in UTC: 2 p.m. EDT to 10 p.m. CDT is 9 hours. When only one writes a zone, or
"local time", the clocks are read as written: date such events in one clock.

A sum divided by one of its terms, the change in percent editors write (``(a - b) / b``,
``(a + b) / b``, ``(b - a) / b``, with ``* 100 %`` or any other factor), is computed
as ``a / b - 1`` (``a / b + 1``, ``1 - a / b``) too, where ``b`` counts once: interval
arithmetic would take the ``b`` above and the ``b`` below at different ends, and allow
changes no figures give. The result is what both computations allow: exact for two claims.

Units follow pint, with three readings of our own. People are counted with bare
numbers, as a claim's value may count them either way: ``45 000 person`` compares with,
adds to and subtracts from a bare ``67 394`` as two counts (shown in persons), and a
quotient left in persons (``1 846 person / 14 205``) is a ratio that compares with
``13 %``; ``3 person`` against ``19 %`` still clashes. A total divided by a claim whose
value is a bare whole count (``dette / population``, ``7 412``) compares with a figure
per person (``702 EUR/person``), and a figure per person times one with a total; a
constant (``dette / 7412``) stays a clash of ``EUR`` with ``EUR/person``. A
percentage compared with percentage points is refused, though pint holds them equal:
only a difference of percentages (``a - b``) is in points; points added to a
percentage move a level and give a percentage. A bare number beyond 1 compared with
percentage points is refused too: it is a count keyed in ``pp``. ``points`` alone are a
score's, an index's or a table's: a unit of their own, counted with bare numbers. A rate in
pence against one in % ("a 2p cut" in national insurance) is refused with what to write:
a cut of 2p in the pound is ``-2 pp``.

Two temperatures subtract to a change of temperature (27,4 °C - 24,2 °C is 3,2 Δ°C, as
pint makes it), which converts degree for degree into any scale; beside a temperature in
its own scale it is read in it (``t - n == 3.2 °C``), and a temperature compared with it
in another scale is read as the change it can only be there (``t - n < 10 °F`` is below
10 Δ°F, 5,56 Δ°C). A temperature plus or minus a change, in any scale, is a temperature.

An ``==`` between two claims in two units of one dimension is a conversion: when it fails
for their values but one figure is the other converted and rounded as a conversion is
(:func:`rounded_conversion_of`: to its last digit, or to the five or the ten, within 5 %,
as ``same-fact-same-value`` reads a conversion in brackets), it holds only thanks to
rounding: "70mph (110km/h)", 112,65 km/h printed to the ten. Two units of one system, a
power of ten apart (cm and mm), are no conversion, and a constant is exact. ``figures``
(:data:`FiguresOf`) may give two claims compared by ``==`` other values to be compared
at: two bounds of one direction, at their figures (:func:`factcheck.explicit.bound_figures`).
"""

from __future__ import annotations

import decimal
import functools
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import FrozenInstanceError, dataclass, field, replace
from decimal import Decimal, InvalidOperation
from operator import add, mul, sub, truediv
from typing import TYPE_CHECKING, Any, TypeAlias

from factcheck import units
from factcheck.anniversaries import Unit, completed_between
from factcheck.units import parse_unit
from factcheck.values import (
    MAX_MAGNITUDE,
    Interval,
    Quantity,
    Truth,
    UnitMismatch,
    format_decimal,
    format_quantity,
    known_scale_words,
    scale_abbreviations,
    scale_words,
    takes_scale_abbreviations,
)

if TYPE_CHECKING:
    import pint

    from factcheck.dates import Period

__all__ = [
    "CONVERSION_TOLERANCE",
    "DATE_FUNCTIONS",
    "DEFAULT_APPROX",
    "FUNCTIONS",
    "MAX_DEPTH",
    "PUBLISHED",
    "RESERVED",
    "SCALE_FUNCTIONS",
    "SCALE_POWERS",
    "TIME_FUNCTIONS",
    "And",
    "Call",
    "Claim",
    "Compare",
    "Comparison",
    "EvaluationError",
    "Expression",
    "ExpressionError",
    "FiguresOf",
    "Negate",
    "Node",
    "Not",
    "Number",
    "Or",
    "Outcome",
    "PeriodOf",
    "Product",
    "Sum",
    "TimeOf",
    "change_of_temperature",
    "comparison_sides",
    "comparisons",
    "deciding_comparisons",
    "evaluate",
    "evaluate_values",
    "parse_expression",
    "render",
    "round_step",
    "rounded_conversion_of",
]

MAX_DEPTH = 50
"""Deepest nesting of parentheses, ``not``, unary minus and calls that parses."""

DEFAULT_APPROX = Decimal("0.10")
"""The relative tolerance of a ``~`` figure when none is given: the configuration's default."""

FUNCTIONS = frozenset(
    {"sum", "min", "max", "abs", "pow", "log10", "days", "years", "months", "hours"}
)
#: Functions of pure numbers for logarithmic scales (magnitude, pH, decibels), by their
#: number of arguments.
SCALE_FUNCTIONS = {"pow": 2, "log10": 1}
#: Functions of two claims' dates (``when``), not of their values.
DATE_FUNCTIONS = frozenset({"days", "years", "months", "hours"})
#: The date functions that read a time of day in each ``when`` too.
TIME_FUNCTIONS = frozenset({"hours"})
#: The date functions that count completed units (as ages do), by the unit they count.
_COMPLETED: dict[str, Unit] = {"years": "year", "months": "month"}
# Two claim ids, as an error shows a date function called on them.
_EXAMPLE_IDS = {
    "days": "arrest, sentencing",
    "years": "wedding, death",
    "months": "death, release",
    "hours": "siege_start, siege_end",
}
KEYWORDS = frozenset({"and", "or", "not"})
#: The publication day of the check's article, as an argument of a date function.
PUBLISHED = "published"
RESERVED = FUNCTIONS | KEYWORDS | {PUBLISHED}
SCALE_POWERS = {"thousand": 3, "million": 6, "billion": 9}  # English words, as in the spec
# the scale words of every language, abbreviations included (bn, Md): the check's
# language gives each its power
_SCALE_WORDS = known_scale_words(abbreviated=True)
COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")
NEGATION = {"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}
_CLAIM_ID = re.compile(r"[a-z][a-z0-9_]*")


class ExpressionError(ValueError):
    """The text of a check is not a well-formed expression.

    ``reason`` is the bare explanation, ``column`` its 1-based column in the expression
    (not in the claim file's line), and ``message`` (also ``str(error)``) both, e.g.
    ``expected ')' at column 14 of the expression``.
    """

    def __init__(self, reason: str, column: int) -> None:
        self.reason = reason
        self.column = column
        self.message = f"{reason} at column {column} of the expression"
        super().__init__(self.message)

    def __reduce__(self) -> tuple[type[ExpressionError], tuple[str, int]]:
        return (type(self), (self.reason, self.column))


class EvaluationError(ValueError):
    """A well-formed check cannot be decided: unknown claim, no value, clashing units."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)

    def __reduce__(self) -> tuple[type[EvaluationError], tuple[str]]:
        return (type(self), (self.message,))


# --- The syntax tree ---------------------------------------------------------------
# Nodes compare by structure only; `span` (0-based [start, end) offsets in the text,
# parentheses included) serves error messages and explanations. Loading parses every
# check of an archive, so each node writes its fields straight into its dict: the
# ``__init__`` of a frozen dataclass goes through ``object.__setattr__`` field by field,
# which costs more than the rest of the parse.

_NO_SPAN = (0, 0)


@dataclass(frozen=True, init=False)
class Number:
    """A literal: ``value`` (never negative) times its ``scale`` word, in ``unit``.

    Exact, unless ``approximate`` (written ``~6``): then what ``~6`` is as a claim's value,
    the figure give or take the ``approx`` tolerance (10 % by default) or half a unit of its
    last digit, whichever is wider.
    """

    value: Decimal
    scale: str | None = None
    unit: str | None = None
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)
    approximate: bool = False

    def __init__(
        self,
        value: Decimal,
        scale: str | None = None,
        unit: str | None = None,
        span: tuple[int, int] = _NO_SPAN,
        approximate: bool = False,
    ) -> None:
        fields = self.__dict__
        fields["value"] = value
        fields["scale"] = scale
        fields["unit"] = unit
        fields["span"] = span
        fields["approximate"] = approximate


@dataclass(frozen=True, init=False)
class Claim:
    """A reference to the value of the claim with this id."""

    name: str
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)

    def __init__(self, name: str, span: tuple[int, int] = _NO_SPAN) -> None:
        fields = self.__dict__
        fields["name"] = name
        fields["span"] = span


@dataclass(frozen=True, init=False)
class Negate:
    """Unary minus."""

    operand: Node
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)

    def __init__(self, operand: Node, span: tuple[int, int] = _NO_SPAN) -> None:
        fields = self.__dict__
        fields["operand"] = operand
        fields["span"] = span


@dataclass(frozen=True, init=False)
class _Chain:
    """``first`` followed by ``(operator, operand)`` pairs, left to right.

    The shape of sums, products and comparisons, which differ only in their class (nodes
    of two classes never compare equal).
    """

    first: Node
    rest: tuple[tuple[str, Node], ...]
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)

    def __init__(
        self, first: Node, rest: tuple[tuple[str, Node], ...], span: tuple[int, int] = _NO_SPAN
    ) -> None:
        fields = self.__dict__
        fields["first"] = first
        fields["rest"] = rest
        fields["span"] = span


@dataclass(frozen=True, init=False)
class Sum(_Chain):
    """``first`` followed by ``+``/``-`` terms, left to right."""


@dataclass(frozen=True, init=False)
class Product(_Chain):
    """``first`` followed by ``*``/``/`` factors, left to right."""


@dataclass(frozen=True, init=False)
class Call:
    """``sum``, ``min``, ``max`` or ``abs`` applied to numbers, or a date function to two ids.

    The date functions are ``days``, ``years`` and ``months`` (:data:`DATE_FUNCTIONS`).
    """

    function: str
    args: tuple[Node, ...]
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)

    def __init__(
        self, function: str, args: tuple[Node, ...], span: tuple[int, int] = _NO_SPAN
    ) -> None:
        fields = self.__dict__
        fields["function"] = function
        fields["args"] = args
        fields["span"] = span


@dataclass(frozen=True, init=False)
class Compare(_Chain):
    """A comparison, possibly chained: ``first op1 x1 op2 x2`` means each link holds."""


@dataclass(frozen=True, init=False)
class Not:
    """Negation of a condition."""

    operand: Node
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)

    def __init__(self, operand: Node, span: tuple[int, int] = _NO_SPAN) -> None:
        fields = self.__dict__
        fields["operand"] = operand
        fields["span"] = span


@dataclass(frozen=True, init=False)
class And:
    """All of two or more conditions."""

    operands: tuple[Node, ...]
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)

    def __init__(self, operands: tuple[Node, ...], span: tuple[int, int] = _NO_SPAN) -> None:
        fields = self.__dict__
        fields["operands"] = operands
        fields["span"] = span


@dataclass(frozen=True, init=False)
class Or:
    """Any of two or more conditions."""

    operands: tuple[Node, ...]
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)

    def __init__(self, operands: tuple[Node, ...], span: tuple[int, int] = _NO_SPAN) -> None:
        fields = self.__dict__
        fields["operands"] = operands
        fields["span"] = span


Node: TypeAlias = Number | Claim | Negate | Sum | Product | Call | Compare | Not | And | Or
_CONDITIONS = (Compare, Not, And, Or)


@dataclass(frozen=True, init=False)
class Expression:
    """A parsed check: its text, syntax tree and the claim ids it refers to.

    ``names`` holds every id; ``valued_names`` those whose value the check reads, and
    ``dated_names`` the others, named only in ``days()``, ``years()`` or ``months()``,
    whose ``when`` alone is read (an event without a value: ``days(arrest, sentencing)``).
    """

    text: str
    root: Node = field(repr=False)
    names: frozenset[str]
    valued_names: frozenset[str]
    dated_names: frozenset[str]

    def __init__(
        self,
        text: str,
        root: Node,
        names: frozenset[str],
        dated_names: frozenset[str] = frozenset(),
    ) -> None:
        fields = self.__dict__
        fields["text"] = text
        fields["root"] = root
        fields["names"] = names
        fields["valued_names"] = names - dated_names if dated_names else names
        fields["dated_names"] = dated_names

    @property
    def is_condition(self) -> bool:
        """Whether the expression is a condition (a number cannot be a check)."""
        return isinstance(self.root, _CONDITIONS)


# --- Tokens --------------------------------------------------------------------------
# One regex scans the whole text (finditer skips the blanks between tokens). A token is
# three parallel entries: its tag, what the parser dispatches on (an operator's own text
# such as "+" or "==", "and"/"or"/"not", "function", "name" for a word shaped like a
# claim id, "word" for any other word, "number", "symbol" for a unit sign, "bad" for a
# character outside the language, and "end"), its text and its start.

_TOKEN = re.compile(
    r"(?P<number>[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)"
    r"|(?P<name>[a-z][a-z0-9_]*)(?![A-Za-z0-9_])"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*|°[A-Za-z]*)"  # °C: a unit after a number
    r"|(?P<op>==|!=|<=|>=|[<>+\-*/(),~])"
    rf"|(?P<symbol>[%{units.SIGN_CHARACTERS}])"
    r"|(?P<bad>\S)"  # kept as a token so that the parser reports errors left to right
)
_OPERATORS = ("==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "(", ")", ",", "~")
# Tokens whose tag is not their regex group: operators, keywords and function names.
_TAGS = {
    **{operator: operator for operator in _OPERATORS},
    **{word: word for word in KEYWORDS},
    **{function: "function" for function in FUNCTIONS},
    PUBLISHED: PUBLISHED,
}
# Chunks between blanks that are one token whatever surrounds them.
_SINGLE_TOKENS = {**_TAGS, **dict.fromkeys("%" + units.SIGN_CHARACTERS, "symbol")}
_SIMPLE_TOKEN = (
    r"(?:[a-z][a-z0-9_]*|[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?|[=!<>]="
    rf"|[<>+\-*/%{units.SIGN_CHARACTERS}])"
)
_SIMPLE = re.compile(f"{_SIMPLE_TOKEN}(?: {_SIMPLE_TOKEN})*")
_UNIT_TAGS = frozenset({"symbol", "name", "word", "function"})  # what may follow a number
#: Scale abbreviations read as such only before money or people: "$3m", "3m USD", "1.2k person".
_MONEY_SCALES = frozenset({"m", "k", "b"})


def _counts_or_money(tags: list[str], texts: list[str], index: int) -> bool:
    """Whether the token at ``index`` is a currency or persons, the unit a scale ``m`` takes."""
    return tags[index] in _UNIT_TAGS and takes_scale_abbreviations(texts[index])


_COMPARISON_TAGS = frozenset(COMPARISONS)

_HINTS = {
    "=": "use '==' to compare",
    "!": "use 'not', or '!=' for 'differs from'",
    "&": "use 'and'",
    "|": "use 'or'",
    "'": "checks have no strings: write claim ids without quotes",
    '"': "checks have no strings: write claim ids without quotes",
    ".": "'.' only appears inside a number, such as 0.5",
    "^": "for a power write pow(base, exponent): pow(10, 1.5); a unit's power is glued"
    " to it (EUR/m^2, EUR/m²)",
    "²": "a unit's power is glued to it, as in '9500 EUR/m²' (or write EUR/m2); for a"
    " power of a number write pow(base, 2)",
    "³": "a unit's power is glued to it, as in '120 m³' (or write m3); for a power of a"
    " number write pow(base, 3)",
}
#: Powers written after a unit word, as values write them (EUR/m², 120 m³).
_UNIT_POWERS = frozenset("²³")


def _tokenize(text: str) -> tuple[list[str], list[str], list[int]]:
    """Return the tags, texts and starts of the tokens, ending with an "end" token.

    Checks are mostly written with one blank between tokens (``a + b == 100 %``): each
    blank-separated chunk that is one token is recognised with string methods, and only
    the others (``44.4``, ``sum(a,``, chunks holding tabs) go through the regex, which
    finds the same tokens.
    """
    known = _SINGLE_TOKENS.get
    position = 0
    if _SIMPLE.fullmatch(text):
        # One blank between tokens that are all ids, numbers, operators or unit signs.
        texts = text.split(" ")
        tags = [known(chunk) or ("number" if chunk[0] <= "9" else "name") for chunk in texts]
        starts = []
        for chunk in texts:
            starts.append(position)
            position += len(chunk) + 1
        tags.append("end")
        texts.append("")
        starts.append(len(text))
        return tags, texts, starts
    tags = []
    texts = []
    starts = []
    for chunk in text.split(" "):
        if chunk:
            tag = known(chunk)
            if tag is None and chunk.isascii():
                if chunk.isidentifier():
                    tag = "name" if chunk.islower() and chunk[0] != "_" else "word"
                elif chunk.isdigit():
                    tag = "number"
            if tag is not None:
                tags.append(tag)
                texts.append(chunk)
                starts.append(position)
            else:
                for match in _TOKEN.finditer(chunk):
                    token = match.group()
                    tags.append(_TAGS.get(token) or match.lastgroup)  # type: ignore[arg-type]
                    texts.append(token)
                    starts.append(position + match.start())
        position += len(chunk) + 1
    tags.append("end")
    texts.append("")
    starts.append(len(text))
    return tags, texts, starts


# --- The parser ----------------------------------------------------------------------
# Hot paths read the token lists directly and build nodes with positional arguments:
# loading parses every check of an archive.


def _is_condition(node: Node) -> bool:
    return isinstance(node, _CONDITIONS)


class _Parser:
    __slots__ = ("dated", "depth", "index", "names", "starts", "tags", "text", "texts")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tags, self.texts, self.starts = _tokenize(text)
        self.index = 0
        self.depth = 0
        self.names: set[str] = set()  # ids whose value is read
        self.dated: set[str] = set()  # ids named in days(), years(), months()

    # Errors

    def fail(self, reason: str, position: int) -> ExpressionError:
        return ExpressionError(reason, position + 1)

    def unexpected(self, expected: str) -> ExpressionError:
        """The error for the current token, which does not fit where it stands."""
        index = self.index
        tag, text, start = self.tags[index], self.texts[index], self.starts[index]
        if tag == "bad":
            hint = _HINTS.get(text, "it is not part of the check language")
            shown = f'"{text}"' if text == "'" else f"'{text}'"
            return self.fail(f"unexpected {shown}: {hint}", start)
        if tag == "end" and not self.text.strip():
            return self.fail("the check is empty", 0)
        if tag == "end":
            return self.fail(f"expected {expected}, found the end of the check", start)
        if tag == "symbol":
            return self.fail(f"unexpected '{text}': a unit only follows a number", start)
        if tag == "~":
            return self.fail(
                f"expected {expected}, found '~': '~' goes right before a figure of the"
                " check, as in 'a / b == ~6'",
                start,
            )
        if text == "*" and index > 0 and self.tags[index - 1] == "*":
            reason = f"expected {expected}, found '*': for a power write pow(base, exponent)"
            return self.fail(reason, start)
        if text == "," and index > 0 and self.tags[index - 1] in ("number", "symbol"):
            return self.fail("unexpected ',': write decimals with '.' (44.4, not 44,4)", start)
        if text == "(" and index > 0 and self.tags[index - 1] == "name":
            return self.fail(
                f"expected {expected}, found '(': {_no_function(self.texts[index - 1])}", start
            )
        return self.fail(f"expected {expected}, found '{text}'", start)

    def enter(self, position: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.fail(
                f"the check is nested too deeply (more than {MAX_DEPTH} levels)", position
            )

    def excerpt(self, node: Node) -> str:
        start, end = node.span
        piece = " ".join(self.text[start:end].split())
        return piece if len(piece) <= 40 else piece[:37] + "..."

    def need_number(self, node: Node, context: str) -> Node:
        if isinstance(node, _CONDITIONS):
            reason = f"{context} needs a number, but '{self.excerpt(node)}' is a condition"
            raise self.fail(reason, node.span[0])
        return node

    def need_condition(self, node: Node, context: str) -> Node:
        if not isinstance(node, _CONDITIONS):
            piece = self.excerpt(node)
            reason = (
                f"{context} needs a condition, but '{piece}' is a number "
                f"(compare it with something, e.g. '{piece} > 0')"
            )
            raise self.fail(reason, node.span[0])
        return node

    # Grammar rules, lowest precedence first

    def parse(self) -> Node:
        node = self.or_expr()
        if self.tags[self.index] != "end":
            raise self.unexpected("an operator or the end of the check")
        return node

    def or_expr(self) -> Node:
        first = self.and_expr()
        if self.tags[self.index] != "or":
            return first
        return self._joined(first, "or", self.and_expr, Or)

    def and_expr(self) -> Node:
        first = self.comparison() if self.tags[self.index] != "not" else self.not_expr()
        if self.tags[self.index] != "and":
            return first
        return self._joined(first, "and", self.not_expr, And)

    def _joined(
        self, first: Node, word: str, operand: Callable[[], Node], build: Callable[..., Node]
    ) -> Node:
        context = f"'{word}'"
        operands = [self.need_condition(first, context)]
        while self.tags[self.index] == word:
            self.index += 1
            operands.append(self.need_condition(operand(), context))
        return build(tuple(operands), (first.span[0], operands[-1].span[1]))

    def not_expr(self) -> Node:
        if self.tags[self.index] != "not":
            return self.comparison()
        start = self.starts[self.index]
        self.index += 1
        self.enter(start)
        operand = self.need_condition(self.not_expr(), "'not'")
        self.depth -= 1
        return Not(operand, (start, operand.span[1]))

    def comparison(self) -> Node:
        first = self.sum_expr()
        if self.tags[self.index] not in _COMPARISON_TAGS:
            return first
        return self._chain(first, _COMPARISON_TAGS, self.sum_expr, Compare)

    def sum_expr(self) -> Node:
        first = self.product()
        tag = self.tags[self.index]
        if tag != "+" and tag != "-":
            return first
        return self._chain(first, ("+", "-"), self.product, Sum)

    def product(self) -> Node:
        index = self.index
        if self.tags[index] == "name":  # a claim id, as in unary(): the commonest operand
            self.index = index + 1
            name = self.texts[index]
            start = self.starts[index]
            self.names.add(name)
            first: Node = Claim(name, (start, start + len(name)))
        else:
            first = self.unary()
        tag = self.tags[self.index]
        if tag != "*" and tag != "/":
            return first
        return self._chain(first, ("*", "/"), self.unary, Product)

    def _chain(
        self,
        first: Node,
        operators: Collection[str],
        operand: Callable[[], Node],
        build: Callable[..., Node],
    ) -> Node:
        """Parse ``first op operand op operand ...``, first standing before the operator."""
        tags = self.tags
        operator = tags[self.index]
        if isinstance(first, _CONDITIONS):
            self.need_number(first, _context(build, operator))
        rest: list[tuple[str, Node]] = []
        while operator in operators:
            self.index += 1
            node = operand()
            if isinstance(node, _CONDITIONS):
                self.need_number(node, _context(build, operator))
            rest.append((operator, node))
            operator = tags[self.index]
        return build(first, tuple(rest), (first.span[0], rest[-1][1].span[1]))

    def unary(self) -> Node:
        """Parse a unary minus or an atom (claim ids, the commonest, first)."""
        index = self.index
        tag = self.tags[index]
        if tag == "name":
            self.index = index + 1
            name = self.texts[index]
            start = self.starts[index]
            self.names.add(name)
            return Claim(name, (start, start + len(name)))
        if tag == "number":
            return self.literal()
        if tag == "symbol" and self.tags[index + 1] == "number" and self.texts[index] != "%":
            return self.signed_literal()  # £1bn
        if tag == "-":
            start = self.starts[index]
            self.index = index + 1
            self.enter(start)
            operand = self.need_number(self.unary(), "'-'")
            self.depth -= 1
            return Negate(operand, (start, operand.span[1]))
        if tag == "(":
            return self.group()
        if tag == "function":
            return self.call()
        if tag == "~":
            return self.approximate()
        if tag == PUBLISHED:
            raise self.fail(
                "'published' is the publication day of the check's article: it is only an"
                " argument of days(), years() and months() (years(founding, published)),"
                " and no claim id",
                self.starts[index],
            )
        if tag == "word":
            text = self.texts[index]
            reason = (
                f"'{text}' is not a claim id (ids are lower-case letters, digits"
                " and '_', starting with a letter)"
            )
            raise self.fail(reason, self.starts[index])
        raise self.unexpected("a claim id, a number, a function or '('")

    def literal(self) -> Number:
        tags, texts, starts = self.tags, self.texts, self.starts
        index = self.index
        written, start = texts[index], starts[index]
        end = start + len(written)
        index += 1
        scale = None
        if tags[index] == "name" and texts[index] in _SCALE_WORDS:
            scale = texts[index]
            end = starts[index] + len(scale)
            index += 1
        unit = None
        if tags[index] in _UNIT_TAGS:
            unit, unit_start = texts[index], starts[index]
            end = unit_start + len(unit)
            index += 1
            if scale is None and unit in _MONEY_SCALES and _counts_or_money(tags, texts, index):
                scale, unit = unit, texts[index]  # 3m USD, 1.2m person: m is a million
                unit_start = starts[index]
                end = unit_start + len(unit)
                index += 1
            index, unit, end = self.unit_power(index, unit, end)
            while (  # km/s, EUR/person: '/' without a blank on either side joins one unit
                tags[index] == "/"
                and starts[index] == end
                and tags[index + 1] in _UNIT_TAGS
                and starts[index + 1] == end + 1
            ):
                unit += "/" + texts[index + 1]
                end = starts[index + 1] + len(texts[index + 1])
                index, unit, end = self.unit_power(index + 2, unit, end)
            if "/" in unit:
                _check_compound_unit(unit, unit_start, written)
            else:
                _check_unit(unit, unit_start)
        self.index = index
        return Number(self.bounded(written, start), scale, unit, (start, end))

    def unit_power(self, index: int, unit: str, end: int) -> tuple[int, str, int]:
        """A power glued to a unit word, as values write it: ``m²``, ``m³``, ``m^2``, ``m^3``.

        Only right after a unit of a literal: the check language has no ``^``, so there it
        can only be the unit's; after a claim id it stays an error that says to use pow().
        """
        tags, texts, starts = self.tags, self.texts, self.starts
        if starts[index] != end or tags[index] != "bad":
            return index, unit, end
        written = texts[index]
        if written in _UNIT_POWERS:
            return index + 1, unit + written, end + 1
        if written == "^" and texts[index + 1] in ("2", "3") and starts[index + 1] == end + 1:
            return index + 2, unit + "^" + texts[index + 1], end + 2
        return index, unit, end

    def signed_literal(self) -> Number:
        """A literal after a currency sign (``£1bn``): the sign is its unit."""
        sign, start = self.texts[self.index], self.starts[self.index]
        self.index += 1
        number = self.literal()
        if number.unit in _MONEY_SCALES and number.scale is None:  # $3m: three million dollars
            return Number(number.value, number.unit, sign, (start, number.span[1]))
        if number.unit is not None:
            raise self.fail(
                f"'{sign}' before the number and '{number.unit}' after it: write one unit"
                f" (a scale in words: {sign}{number.value} million)",
                start,
            )
        return Number(number.value, number.scale, sign, (start, number.span[1]))

    def approximate(self) -> Number:
        """``~6``, ``~25 %``, ``~£4m``: a figure the copy rounded, read as a ``~`` value is."""
        index = self.index
        tags, start = self.tags, self.starts[index]
        if tags[index + 1] == "number":
            self.index = index + 1
            number = self.literal()
        elif (
            tags[index + 1] == "symbol"
            and tags[index + 2] == "number"
            and self.texts[index + 1] != "%"
        ):
            self.index = index + 1
            number = self.signed_literal()
        elif tags[index + 1] == "name":
            raise self.fail(
                "'~' goes before a figure of the check (a / b == ~6), not before a claim id:"
                ' a claim whose figure is approximate says so in its value (value: "~6")',
                start,
            )
        else:
            raise self.fail(
                "'~' goes right before a figure of the check, written in digits:"
                " ~6, ~25 %, ~2.5 million EUR",
                start,
            )
        return Number(number.value, number.scale, number.unit, (start, number.span[1]), True)

    def bounded(self, written: str, start: int) -> Decimal:
        """Read a literal within the magnitudes of a claim's value (1e400 is a typo)."""
        try:
            number = Decimal(written)
        except InvalidOperation:  # an exponent beyond what a Decimal holds
            number = None
        if number is None or (number and abs(number.adjusted()) > MAX_MAGNITUDE):
            raise self.fail(f"the number {written} is out of range", start)
        return number

    def group(self) -> Node:
        opening = self.starts[self.index]
        self.index += 1
        self.enter(opening)
        inner = self.or_expr()
        if self.tags[self.index] != ")":
            raise self.unexpected(f"')' to close the '(' at column {opening + 1}")
        closing = self.starts[self.index]
        self.index += 1
        self.depth -= 1
        return replace(inner, span=(opening, closing + 1))

    def call(self) -> Call:
        """``name(arg, ...)``: numbers, or two claim ids for a date function."""
        name, start = self.texts[self.index], self.starts[self.index]
        self.index += 1
        if self.tags[self.index] != "(":
            raise self.fail(f"'{name}' is a function: write {name}(...)", start)
        self.index += 1
        self.enter(start)
        dated = name in DATE_FUNCTIONS
        if self.tags[self.index] == ")" and not dated:
            raise self.fail(f"{name}() needs at least one number", start)
        args: list[Node] = []
        if self.tags[self.index] != ")":
            args.append(self.argument(name, dated))
            while self.tags[self.index] == ",":
                self.index += 1
                args.append(self.argument(name, dated))
        if self.tags[self.index] != ")":
            raise self.unexpected(f"',' or ')' in {name}(...)")
        closing = self.starts[self.index]
        self.index += 1
        self.depth -= 1
        if dated and len(args) != 2:
            raise self.fail(f"{name}() takes two claim ids, not {len(args)}", start)
        if name == "abs" and len(args) != 1:
            raise self.fail(f"abs() takes one number, not {len(args)}", start)
        arity = SCALE_FUNCTIONS.get(name)
        if arity is not None and len(args) != arity:
            wanted = "one number: log10(x)" if arity == 1 else "two numbers: pow(base, exponent)"
            raise self.fail(f"{name}() takes {wanted}, not {len(args)}", start)
        return Call(name, tuple(args), (start, closing + 1))

    def argument(self, name: str, dated: bool) -> Node:
        """An argument of ``name()``: a number, or a claim id whose date it reads."""
        if not dated:
            return self.need_number(self.or_expr(), f"{name}()")
        index = self.index
        if self.tags[index] == PUBLISHED and self.tags[index + 1] in (",", ")"):
            if name in TIME_FUNCTIONS:
                raise self.fail(
                    f"{name}() counts between two times of day, and '{PUBLISHED}' is a day"
                    " with no time: name a claim whose when writes its time"
                    f" ({name}({_EXAMPLE_IDS[name]}))",
                    self.starts[index],
                )
            self.index = index + 1  # the article's publication day: no claim to resolve
            start = self.starts[index]
            return Claim(PUBLISHED, (start, start + len(PUBLISHED)))
        valued, self.names = self.names, set()
        node = self.or_expr()
        self.names, named = valued, self.names
        if not isinstance(node, Claim):
            raise self.fail(
                f"{name}() takes claim ids, whose dates it counts between, but"
                f" '{self.excerpt(node)}' is not one: write {name}({_EXAMPLE_IDS[name]})"
                + ("" if name in TIME_FUNCTIONS else f" or {name}(a, {PUBLISHED})"),
                node.span[0],
            )
        self.dated.update(named)
        return node


#: What to write for the mathematical functions the language has not.
_INSTEAD = {
    "log": "write log10(x), the logarithm in base 10 of magnitudes, pH and decibels",
    "ln": "write log10(x) / log10(2.718281828459045) for the natural logarithm",
    "log2": "write log10(x) / log10(2) for the logarithm in base 2",
    "exp": "write pow(2.718281828459045, x)",
    "sqrt": "write pow(x, 0.5)",
    "power": "write pow(base, exponent)",
}


def _no_function(name: str) -> str:
    """Why ``name(`` does not read, and what to write instead."""
    if name == "weeks":
        return (
            "'weeks' is not a function; for the weeks between two claims' dates write"
            " days(a, b), and compare it with a duration (days(a, b) >= 3 week)"
        )
    instead = _INSTEAD.get(name)
    if instead is not None:
        return f"'{name}' is not a function: {instead}"
    return f"'{name}' is not a function ({', '.join(sorted(FUNCTIONS))} are)"


def _context(build: Callable[..., Node], operator: str) -> str:
    """How an error names the operator that needs a number."""
    return "a comparison" if build is Compare else f"'{operator}'"


def _check_unit(unit: str, position: int) -> None:
    if unit.startswith("_"):  # never hand pint a private name
        raise ExpressionError(f"unknown unit '{unit}'", position + 1)
    try:
        parse_unit(unit)
    except ValueError as error:  # UnitError, naming the unit and a close known one
        raise ExpressionError(str(error), position + 1) from None


def _check_compound_unit(unit: str, position: int, number: str) -> None:
    """A unit written ``km/s``: one unit, or an error saying how to divide by a claim."""
    try:
        _check_unit(unit, position)
    except ExpressionError as error:
        first, _, rest = unit.partition("/")
        divisor = rest.split("/")[0]
        if not _CLAIM_ID.fullmatch(divisor):
            raise
        reason = (
            f"'{unit}' is not a unit ({error.reason}): a unit in a check is one word,"
            f" written without blanks ('299792.458 km/s'); to divide by the claim"
            f" '{divisor}', write blanks around '/' ({number} {first} / {divisor})"
        )
        raise ExpressionError(reason, position + 1) from None


@functools.lru_cache(maxsize=4096)
def parse_expression(text: str) -> Expression:
    """Parse the text of an ``expect:`` check (cached per text).

    Raises ``ExpressionError`` (with a 1-based column) for anything that is not a
    well-formed expression of the grammar in this module's docstring.
    """
    parser = _Parser(text)
    root = parser.parse()
    valued = frozenset(parser.names)
    return Expression(text, root, valued | parser.dated, frozenset(parser.dated - valued))


# --- Rendering back to text ------------------------------------------------------------

_PRECEDENCE: dict[type, int] = {
    Or: 1, And: 2, Not: 3, Compare: 4, Sum: 5, Product: 6, Negate: 7,
    Number: 8, Claim: 8, Call: 8,
}  # fmt: skip


def comparisons(node: Node) -> Iterator[Compare]:
    """The comparisons of a condition, through ``and``, ``or`` and ``not``."""
    if isinstance(node, Compare):
        yield node
    elif isinstance(node, And | Or):
        for operand in node.operands:
            yield from comparisons(operand)
    elif isinstance(node, Not):
        yield from comparisons(node.operand)


def render(node: Node | Expression) -> str:
    """Write a syntax tree back as text that parses to the same tree."""
    if isinstance(node, Expression):
        return render(node.root)
    if isinstance(node, Number):
        words = [format(node.value, "f"), node.scale, node.unit]
        written = " ".join(word for word in words if word is not None)
        return "~" + written if node.approximate else written
    if isinstance(node, Claim):
        return node.name
    if isinstance(node, Call):
        return f"{node.function}({', '.join(render(arg) for arg in node.args)})"
    level = _PRECEDENCE[type(node)]
    if isinstance(node, Negate):
        return "-" + _operand(node.operand, level - 1)
    if isinstance(node, Not):
        return "not " + _operand(node.operand, level - 1)
    if isinstance(node, And | Or):
        word = " and " if isinstance(node, And) else " or "
        return word.join(_operand(operand, level) for operand in node.operands)
    parts = [_operand(node.first, level)]
    for operator, operand in node.rest:
        parts += [operator, _operand(operand, level)]
    return " ".join(parts)


def _operand(node: Node, level: int) -> str:
    """Render ``node`` inside an operator of ``level``: parenthesised unless it binds tighter."""
    text = render(node)
    return text if _PRECEDENCE[type(node)] > level else f"({text})"


# --- Evaluation ----------------------------------------------------------------------


class Outcome:
    """The verdict of a check and the arithmetic behind it, for an editor to read.

    Immutable, compared and hashed by ``(truth, explanation)`` like the dataclass it
    was. An outcome made by :meth:`deferred` writes its explanation when first read:
    most checks hold, and nobody reads how.
    """

    __slots__ = ("_explanation", "truth")
    truth: Truth
    # the text, or the function that writes it and its arguments
    _explanation: str | tuple[Callable[..., str], tuple[Any, ...]]

    def __init__(self, truth: Truth, explanation: str) -> None:
        _set_truth(self, truth)
        _set_explanation(self, explanation)

    @classmethod
    def deferred(cls, truth: Truth, explain: Callable[..., str], *args: Any) -> Outcome:
        """An outcome whose explanation ``explain(*args)`` writes when it is first read."""
        outcome = _new(cls)
        _set_truth(outcome, truth)
        _set_explanation(outcome, (explain, args))
        return outcome

    @property
    def explanation(self) -> str:
        """The arithmetic (or dates) that decide the check, in the check's language."""
        text = self._explanation
        if isinstance(text, str):
            return text
        explain, args = text
        written = explain(*args)
        _set_explanation(self, written)
        return written

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Outcome)
        return (self.truth, self.explanation) == (other.truth, other.explanation)

    def __hash__(self) -> int:
        return hash((self.truth, self.explanation))

    def __repr__(self) -> str:
        return f"Outcome(truth={self.truth!r}, explanation={self.explanation!r})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[Outcome], tuple[Truth, str]]:
        return (type(self), (self.truth, self.explanation))


# Outcome's own way to fill its slots, past the __setattr__ that keeps it immutable.
_new = object.__new__
_set_truth: Callable[[Outcome, Truth], None] = Outcome.__dict__["truth"].__set__
_set_explanation: Callable[[Outcome, object], None] = Outcome.__dict__["_explanation"].__set__


_RANK = {Truth.FAILS: 0, Truth.ROUNDING: 1, Truth.HOLDS: 2}
# A comparison as judged: its truth, operator (negation pushed down), sides and values.
Comparison: TypeAlias = tuple[Truth, str, Node, Quantity, Node, Quantity]
_Link: TypeAlias = Comparison
_Part: TypeAlias = tuple[Truth, list[_Link]]


#: What gives a claim's ``when`` as a period, for ``days(a, b)`` (``years``, ``months``):
#: raises ``KeyError`` for an unknown id and ``EvaluationError`` naming the claim for a
#: missing or unreadable date.
PeriodOf: TypeAlias = "Callable[[str], Period]"
#: What gives the time of day (hour, minute) a claim's ``when`` writes, for ``hours(a, b)``,
#: with the offset from UTC in minutes of the zone written after it, or None for none
#: (``(14, 0, -240)`` for "2 p.m. EDT"); a pair (hour, minute) has no zone. Raises
#: ``EvaluationError`` naming the claim when its ``when`` writes no time.
TimeOf: TypeAlias = "Callable[[str], tuple[int, int] | tuple[int, int, int | None]]"
#: What gives two claims compared by ``==`` the values to compare them at, or None to
#: compare their values: two bounds of one direction (``<=3 inches == <=150 mm``) say one
#: figure, and are compared at their figures (:func:`factcheck.explicit.bound_figures`).
FiguresOf: TypeAlias = "Callable[[str, str], tuple[Quantity, Quantity] | None]"


def evaluate(
    expr: Expression,
    resolve: Callable[[str], Quantity],
    language: str = "en",
    *,
    period: PeriodOf | None = None,
    time: TimeOf | None = None,
    approx: Decimal = DEFAULT_APPROX,
    figures: FiguresOf | None = None,
) -> Outcome:
    """Decide a parsed check on the values that ``resolve`` gives for its claim ids.

    ``resolve`` raises ``KeyError`` for an unknown id and ``EvaluationError`` for a
    claim without a value; both, like clashing units or a division by an interval
    holding zero, raise ``EvaluationError`` here. Every claim referenced is
    resolved, even where ``and``/``or`` could decide without it, so a broken
    reference is never hidden. Numbers in the explanation follow ``language``.
    The arguments of ``days(a, b)``, ``years(a, b)`` and ``months(a, b)`` are not resolved
    but dated: ``period`` gives their ``when`` (without it, such a check cannot be decided).
    ``approx`` is the relative tolerance of a ``~`` figure of the check (``~6``), as the
    configuration's ``approx`` is of the claims' values.

    An ``==`` between two claims in two units of one dimension is a conversion: when it
    fails for their values but one figure is the other converted and rounded as a
    conversion is (:func:`rounded_conversion_of`), it holds only thanks to rounding.
    ``figures`` gives the values at which two claims compared by ``==`` are compared
    instead of their own (two bounds of one direction, at their figures).
    """
    return _evaluate(expr, {}, resolve, language, period, time, approx, figures)


def evaluate_values(
    expr: Expression,
    values: Mapping[str, Quantity],
    language: str = "en",
    *,
    period: PeriodOf | None = None,
    time: TimeOf | None = None,
    approx: Decimal = DEFAULT_APPROX,
    figures: FiguresOf | None = None,
) -> Outcome:
    """Decide a parsed check on the values of its claim ids, all known beforehand.

    ``values`` maps every id whose value is read (``expr.valued_names``) to its quantity;
    the ids named only in ``days()``, ``years()`` or ``months()`` (``expr.dated_names``)
    are dated by ``period``. Otherwise as :func:`evaluate`, which it saves the calls of
    ``resolve`` when the values are at hand.
    """
    return _evaluate(expr, dict(values), _unresolved, language, period, time, approx, figures)


def deciding_comparisons(
    expr: Expression,
    values: Mapping[str, Quantity],
    language: str = "en",
    *,
    period: PeriodOf | None = None,
    time: TimeOf | None = None,
    approx: Decimal = DEFAULT_APPROX,
    figures: FiguresOf | None = None,
) -> list[Comparison]:
    """The comparisons that decide a check, as :func:`evaluate_values` judges them.

    Each is ``(truth, operator, left, left value, right, right value)``, the operator
    with negation pushed down (``not a < b`` is ``a >= b``): what the outcome's
    explanation writes, for a rule that looks closer at the figures.
    """
    root = expr.root
    if not isinstance(root, _CONDITIONS):
        raise EvaluationError(f"'{_squeeze(expr.text)}' is a number, not a condition")
    evaluator = _Evaluator(
        expr.text, dict(values), _unresolved, language, period, time, approx, figures
    )
    return evaluator.condition(root, False)[1]


def _unresolved(name: str) -> Quantity:
    raise KeyError(name)


def _evaluate(
    expr: Expression,
    values: dict[str, Quantity],
    resolve: Callable[[str], Quantity],
    language: str,
    period: PeriodOf | None,
    time: TimeOf | None = None,
    approx: Decimal = DEFAULT_APPROX,
    figures: FiguresOf | None = None,
) -> Outcome:
    root = expr.root
    if not isinstance(root, _CONDITIONS):
        raise EvaluationError(f"'{_squeeze(expr.text)}' is a number, not a condition")
    evaluator = _Evaluator(expr.text, values, resolve, language, period, time, approx, figures)
    truth, links = evaluator.condition(root, False)
    return Outcome.deferred(truth, _explain, expr.text, language, links)


def _squeeze(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _combine(parts: list[_Part], conjunction: bool) -> _Part:
    """All-of (weakest truth) or any-of (strongest), explained by the deciding parts."""
    truth = parts[0][0]
    rank = _RANK[truth]
    alike = True  # whether every part has the same truth
    for part_truth, _ in parts[1:]:
        if part_truth is not truth:
            alike = False
            if (_RANK[part_truth] < rank) == conjunction:
                truth, rank = part_truth, _RANK[part_truth]
    if alike:
        return truth, [link for _, own in parts for link in own]
    return truth, [link for part_truth, own in parts if part_truth is truth for link in own]


def _explain(text: str, language: str, links: list[_Link]) -> str:
    """Write the deciding comparisons for an editor: ``a = 21 % (20,5 à 21,5 %), not < b``."""
    return "; ".join(_phrase(text, language, *link) for link in links)


def _phrase(
    text: str,
    language: str,
    truth: Truth,
    operator: str,
    left: Node,
    lq: Quantity,
    right: Node,
    rq: Quantity,
) -> str:
    lq, rq = _shown(lq, rq, left, right)
    sides = _describe(text, language, left, lq), _describe(text, language, right, rq)
    if truth is Truth.FAILS:
        return f"{sides[0]}, not {operator} {sides[1]}{_converted(rq, lq, language)}"
    if truth is Truth.ROUNDING:
        return f"{sides[0]} {operator} {sides[1]} only thanks to rounding"
    return f"{sides[0]} {operator} {sides[1]}"


def comparison_sides(text: str, language: str, comparison: Comparison) -> tuple[str, str]:
    """The sides of a judged comparison as explanations write them, each in the unit it reads.

    ``text`` is the check's expression: ``a + b = 3,3 millions EUR (3,25 à 3,35 millions
    EUR)``; a constant is its value alone.
    """
    _, _, left, lq, right, rq = comparison
    lq, rq = _shown(lq, rq, left, right)
    return _describe(text, language, left, lq), _describe(text, language, right, rq)


def _shown(lq: Quantity, rq: Quantity, left: Node, right: Node) -> tuple[Quantity, Quantity]:
    """The sides of a comparison as an explanation shows them (:func:`_alike`, :func:`_legible`)."""
    lq, rq = _alike(lq, rq, left, right), _alike(rq, lq, right, left)
    return _legible(lq, left, rq), _legible(rq, right, lq)


#: The fewest significant digits, and the most, of a computed figure known exactly.
_LEGIBLE_DIGITS = (3, 10)
#: An interval this narrow (relatively) is one number: what a conversion or a power left.
_ONE_NUMBER = Decimal("1e-9")
_QUANTIZE = decimal.Context(prec=200, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[])


def _legible(quantity: Quantity, node: Node, other: Quantity) -> Quantity:
    """A computed side known exactly, to the decimals the other side's precision justifies.

    ``18 000 / 710 000`` is exactly 2,535211267605... %; beside ``25 %`` (24,5 to 25,5 %)
    it is shown ``2,54 %``: two digits below the other side's width, as an interval's ends
    are shown, and never fewer than three significant digits. Whole digits are never
    rounded away (a sum of counts stays whole), and a figure that would round onto, or
    across, an end of the other side keeps the digits that tell it apart. A claim's figure
    or a constant is shown as written, and a side with an interval of its own as
    :func:`~factcheck.values.format_quantity` shows it.
    """
    if isinstance(node, Claim | Number):
        return quantity
    interval = quantity.interval
    figure = interval.nominal
    if figure is None or not figure.is_finite() or not figure:
        return quantity
    if interval.lo != interval.hi:
        width = interval.hi - interval.lo
        if not width.is_finite() or width > abs(figure) * _ONE_NUMBER:
            return quantity
    fewest, most = _LEGIBLE_DIGITS
    exponent = figure.as_tuple().exponent
    assert isinstance(exponent, int), "a finite figure"
    step = min(0, figure.adjusted() + 1 - fewest)
    theirs = other.interval
    comparable = other.unit == quantity.unit
    if comparable and theirs.lo.is_finite() and theirs.hi.is_finite() and theirs.hi > theirs.lo:
        step = min(step, (theirs.hi - theirs.lo).adjusted() - 2)
    if step <= exponent:
        return quantity  # no more digits than those shown
    side = _side(figure, theirs) if comparable else 0
    for place in range(step, figure.adjusted() - most, -1):
        shown = figure.quantize(Decimal((0, (1,), place)), decimal.ROUND_HALF_EVEN, _QUANTIZE)
        if not comparable or (
            _side(shown, theirs) == side and shown != theirs.lo and shown != theirs.hi
        ):
            return Quantity(Interval.exact(shown), quantity.unit)
    return quantity


def _side(x: Decimal, interval: Interval) -> int:
    """-1 below the interval's low end, 1 above its high end, 0 between them."""
    return -1 if x < interval.lo else 1 if x > interval.hi else 0


def _converted(quantity: Quantity, first: Quantity, language: str) -> str:
    """`` = 54,72 km (...)``: the second side of a failed comparison in the first's unit.

    Only between units a reader converts (34 mi and 38 km, 36 °F and 20 °C, 150 ppm and
    53,6 %): not between a number and a percentage (shown alike already), nor points.
    """
    unit, theirs = first.unit, quantity.unit
    if (
        unit == theirs
        or unit == _pure_number()
        or theirs == _pure_number()
        or units.is_points(unit)
        or units.is_points(theirs)
        or not quantity.compatible(first)
    ):
        return ""
    try:
        converted = quantity.to(unit)
    except (UnitMismatch, ArithmeticError, ValueError):
        return ""
    return f" = {format_quantity(converted, language)}"


def _alike(quantity: Quantity, other: Quantity, node: Node, other_node: Node) -> Quantity:
    """A side in the unit of the other where that is how it reads.

    A ratio is shown in % beside a percentage (a growth of 0,068 is 6,8 %), a
    difference of percentages in points beside points (48 % - 45 % is 3 pp), and any
    computed side in the unit of what it is compared with, when it converts to it
    (``Mt / person`` beside ``t/person``, a ratio of ppm beside %). A claim's figure or a
    constant is shown as written, ``days(a, b)`` in days (``years()`` in years); a
    temperature is never converted for show. A count times a percentage (``rate *
    planned``, 3,9 % of 7,6 million trains) is a count: in % only because of the
    arithmetic, it is shown as a number beside a count (a bare number beyond 1), and the
    count is not shown in %.
    """
    if _counted_percentage(quantity, node, other):
        return quantity.to(_pure_number())
    if quantity.unit == _pure_number() and units.is_percent(other.unit):
        if _counted_percentage(other, other_node, quantity):
            return quantity
        return quantity.to(other.unit)
    if units.is_points(other.unit) and units.is_percent(quantity.unit) and _is_difference(node):
        return quantity.to(other.unit)
    unit = other.unit
    if _in_percent(quantity, node, other):
        return quantity.to(_percent())
    if (
        quantity.unit != unit
        and not isinstance(node, Claim | Number)  # a figure is shown as it is written
        and not (isinstance(node, Call) and node.function in DATE_FUNCTIONS)  # as counted
        and unit != _pure_number()
        and units.is_points(quantity.unit) == units.is_points(unit)  # pp is no %
        and not units.has_offset(unit)
        and not units.has_offset(quantity.unit)
        and quantity.compatible(other)
    ):
        # what arithmetic made of the units (Mt/person, a ratio of ppm) in the unit it
        # is compared with: 5,43 t/person, 51 %
        try:
            return quantity.to(unit)
        except (UnitMismatch, ArithmeticError):
            return quantity
    return quantity


#: From this fraction of one, a ratio reads in % rather than in ppm, ppb or ‰.
_PERCENT_FROM = Decimal("0.01")


def _in_percent(quantity: Quantity, node: Node, other: Quantity) -> bool:
    """Whether a computed ratio beside ppm (ppb, ‰) is shown in % instead: from 1 %.

    A concentration of 420 ppm is 0,042 %, and a small ratio beside it reads in ppm; a
    rise of 53,6 % is no "536 430 ppm".
    """
    unit = other.unit
    if (
        isinstance(node, Claim | Number)
        or not quantity.unit.dimensionless
        or not unit.dimensionless
        or unit == _pure_number()
        or units.is_percent(unit)
        or units.is_points(unit)
        or units.has_offset(unit)
        or units.has_offset(quantity.unit)
        or units.is_points(quantity.unit)
    ):
        return False
    try:
        ratio = quantity.to(_pure_number()).interval
    except (UnitMismatch, ArithmeticError):
        return False
    largest = max(ratio.lo.copy_abs(), ratio.hi.copy_abs())
    return largest >= _PERCENT_FROM


@functools.cache
def _percent() -> pint.Unit:
    return parse_unit("%")


def _counted_percentage(quantity: Quantity, node: Node, other: Quantity) -> bool:
    """Whether a side in % is a product compared with a count (a bare number beyond 1)."""
    return units.is_percent(quantity.unit) and _scaled(node) and _is_count(other)


def _is_count(quantity: Quantity) -> bool:
    """A bare number beyond 1 (either way): a count, never a fraction of one."""
    interval = quantity.interval
    return quantity.unit == _pure_number() and (interval.lo > 1 or interval.hi < -1)


def _is_difference(node: Node) -> bool:
    """Whether a side subtracts (``a - b``, ``-(a - b)``, ``abs(a - b)``)."""
    if isinstance(node, Sum):
        return any(operator == "-" for operator, _ in node.rest)
    if isinstance(node, Negate):
        return _is_difference(node.operand)
    return isinstance(node, Call) and node.function == "abs" and _is_difference(node.args[0])


def _multiple(node: Number) -> bool:
    """Whether a literal is a bare ``~`` figure, a multiple where it meets a quotient.

    "Almost double" is ``a / b == ~2`` or ``a == ~2 * b``: no unit, no scale word.
    """
    return node.approximate and node.unit is None and node.scale is None


def _divides(node: Node) -> bool:
    """Whether a side is a quotient (``a / b``, ``-(a / b)``, ``a / b * 100``)."""
    if isinstance(node, Product):
        return any(operator == "/" for operator, _ in node.rest)
    return isinstance(node, Negate) and _divides(node.operand)


def _scaled(node: Node) -> bool:
    """Whether a side multiplies or divides (``a * b``, ``-(a / b)``, ``sum(a, b * c)``).

    Its unit is then what arithmetic made of its figures' units, not one an editor wrote.
    """
    if isinstance(node, Product):
        return True
    if isinstance(node, Sum):
        return _scaled(node.first) or any(_scaled(operand) for _, operand in node.rest)
    if isinstance(node, Negate):
        return _scaled(node.operand)
    return isinstance(node, Call) and any(map(_scaled, node.args))


def _describe(text: str, language: str, node: Node, quantity: Quantity) -> str:
    """A side of a comparison: its value, after its text unless it is a literal."""
    shown = format_quantity(quantity, language)
    if isinstance(node, Number):
        return "~" + shown if node.approximate else shown  # a constant: ~6 (5,4 à 6,6)
    if isinstance(node, Negate) and isinstance(node.operand, Number):
        return shown  # -1 as well as 1
    start, end = node.span
    return f"{_squeeze(text[start:end], 100)} = {shown}"


class _Evaluator:
    """Judges the conditions of one check; the claims' values are resolved once each.

    Explanations are not written here but by :func:`_explain`, from the links kept.
    When both sides of an operation share one unit object (``parse_unit`` answers the
    same object for the same text), the intervals are used directly: converting a unit
    into itself through pint costs more than the interval arithmetic.
    """

    __slots__ = (
        "approx",
        "claims",
        "dates",
        "figures",
        "language",
        "period",
        "resolve",
        "text",
        "time",
    )

    def __init__(
        self,
        text: str,
        claims: dict[str, Quantity],
        resolve: Callable[[str], Quantity],
        language: str,
        period: PeriodOf | None = None,
        time: TimeOf | None = None,
        approx: Decimal = DEFAULT_APPROX,
        figures: FiguresOf | None = None,
    ) -> None:
        self.text = text
        self.approx = approx
        self.figures = figures
        self.time = time
        self.claims = claims  # the values resolved so far, by claim id
        self.resolve = resolve
        self.language = language
        self.period = period
        self.dates: dict[str, Period] = {}  # the periods of date functions' claims, by id

    def excerpt(self, start: int, end: int) -> str:
        return _squeeze(self.text[start:end], 100)

    def condition(self, node: Node, negated: bool) -> _Part:
        """Judge ``node`` (``not node`` when negated), pushing negation down to comparisons."""
        if isinstance(node, Compare):
            rest = node.rest
            if len(rest) == 1:  # the commonest check: one comparison
                left = node.first
                written, right = rest[0]
                operator = NEGATION[written] if negated else written
                lq, rq = self.side(left, right), self.side(right, left)
                link = self.link(operator, left, lq, right, rq)
                return link[0], [link]
            sides = [node.first]
            sides.extend(side for _, side in rest)
            values = [self.number(side) for side in sides]
            links: list[_Part] = []
            for index, (written, _) in enumerate(rest):
                operator = NEGATION[written] if negated else written
                left, right = sides[index], sides[index + 1]
                link = self.link(operator, left, values[index], right, values[index + 1])
                links.append((link[0], [link]))
            # not (a < b < c) is a >= b or b >= c
            return _combine(links, conjunction=not negated)
        if isinstance(node, Not):
            return self.condition(node.operand, not negated)
        assert isinstance(node, And | Or), "the parser only builds conditions from these"
        operands = [self.condition(operand, negated) for operand in node.operands]
        return _combine(operands, conjunction=isinstance(node, And) != negated)

    def link(self, operator: str, left: Node, lq: Quantity, right: Node, rq: Quantity) -> _Link:
        """Judge one comparison of two computed sides, as its explanation will write it.

        Two claims compared by ``==`` are compared at the values ``figures`` gives, where
        it gives some (two bounds of one direction, at their figures); in two units of
        one dimension, they are a conversion, rounded as a conversion is
        (:func:`_conversion`).
        """
        claims = operator == "==" and isinstance(left, Claim) and isinstance(right, Claim)
        if claims and self.figures is not None:
            assert isinstance(left, Claim) and isinstance(right, Claim)
            at_figures = self.figures(left.name, right.name)
            if at_figures is not None:
                lq, rq = at_figures
        lq, rq = _side_by_side(lq, rq, left, right, self.claims, compared=True)
        truth = self.compare(operator, left, lq, right, rq)
        if truth is Truth.FAILS and claims and _conversion(lq, rq):
            truth = Truth.ROUNDING
        return truth, operator, left, lq, right, rq

    def compare(self, operator: str, left: Node, lq: Quantity, right: Node, rq: Quantity) -> Truth:
        if lq.unit is not rq.unit:
            self.refuse_bare_percentage(left, lq, right, rq)
            self.refuse_points_against_level(left, lq, right, rq)
        try:
            if lq.unit is rq.unit:
                return lq.interval.compare(operator, rq.interval)
            return lq.compare(operator, rq)
        except (ValueError, ArithmeticError, TypeError) as error:
            where = self.excerpt(left.span[0], right.span[1])
            reason = _plain(error, "compare", lq, rq) + _pence_in_the_pound(lq, rq, self.language)
            reason += self.time_apart(operator, left, lq, right, rq)
            if _persons_apart(lq.unit, rq.unit):
                reason += (
                    ": a figure per person against a total; a count it is divided or"
                    " multiplied by is of persons when written in person ('7 412 person'),"
                    " or as a claim whose value is a bare count"
                )
            raise EvaluationError(f"in '{where}': {reason}") from error

    def time_apart(self, operator: str, left: Node, lq: Quantity, right: Node, rq: Quantity) -> str:
        """What to write for two sides a time apart: a number of years against a ratio.

        "Capacité de désendettement": debt over savings (a pure number) against ``7,2 ans``;
        a rise in GBP against one in GBP/year. The side per time, times one of its time
        unit, compares ("a / b * 1 year == c"); or the flow is written per year in its value.
        """
        try:
            apart = (lq.unit / rq.unit).dimensionality
        except (ValueError, ArithmeticError, TypeError):
            return ""
        if apart == _time().dimensionality:
            timed, timed_q, rate, rate_q = left, lq, right, rq
        elif apart == (1 / _time()).dimensionality:
            timed, timed_q, rate, rate_q = right, rq, left, lq
        else:
            return ""
        word = _time_word(timed_q.unit, rate_q.unit)
        rate_text = self.excerpt(*rate.span)
        if isinstance(rate, Sum):
            rate_text = f"({rate_text})"
        sides = [self.excerpt(*timed.span), f"{rate_text} * 1 {word}"]
        if timed is right:
            sides.reverse()
        rewritten = f" {operator} ".join(sides)
        ratio = ""
        if rate_q.unit is _pure_number():
            ratio = f" ({self.excerpt(*rate.span)} is a number, not a number of {word}s)"
        return (
            f": the sides are a time apart{ratio}: write '{rewritten}', or write an amount"
            f" that is a flow per {word} (savings, a rise per {word}) with its period in its"
            f" value ('13,6 million EUR/{word}')"
        )

    def refuse_bare_percentage(self, left: Node, lq: Quantity, right: Node, rq: Quantity) -> None:
        """Refuse ``share > 40``: a percentage against a bare number above 1.

        A pure number is a fraction of one (44,4 % is 0.444), so ``share > 40`` would
        fail for every share: the editor meant ``40 %``. Up to 1 (``share < 1``) the
        number reads as the fraction it may be meant as. Percentage points against any
        bare number but 0 are refused too: ``change >= 0.4`` means 0.4 points, not 40.
        """
        for node, quantity, other in ((left, lq, rq), (right, rq, lq)):
            if not isinstance(node, Number) or node.unit is not None:
                continue
            where = self.excerpt(left.span[0], right.span[1])
            written = self.excerpt(*node.span)
            if quantity.interval.hi > 1 and units.is_percent(other.unit):
                raise EvaluationError(
                    f"in '{where}': a percentage compared with the bare number {written}, "
                    f"a fraction of one (0.4 is 40 %): write '{written} %'"
                )
            # a change of "0.4 points" against 0.4, which is 40 points: any number but 0
            if quantity.interval.hi != 0 and units.is_points(other.unit):
                shown = units.format_unit(other.unit)
                raise EvaluationError(
                    f"in '{where}': percentage points compared with the bare number "
                    f"{written}, a fraction of one (0.4 is 40 pp): write '{written} {shown}'"
                )

    def refuse_points_against_level(
        self, left: Node, lq: Quantity, right: Node, rq: Quantity
    ) -> None:
        """Refuse a percentage, or a count, compared with percentage points.

        pint holds a point and a percent equal, so ``margin (3,3 %) > margin (3,1 pp)``
        would be judged, though a percentage is a level (or a relative change) and a
        point a difference of two levels: comparing them is the confusion to catch. A
        difference of percentages (``a - b``) is in points, and compared as such. A bare
        number beyond 1 against percentage points is a count keyed in ``pp`` (``34 pp``
        of a league table is 34, not 0,34), never a fraction of a point. Points multiplied or
        divided (``index_points / index_level``) are what arithmetic made them, not
        percentage points as written, and are left to pint.
        """
        for node, quantity, other_node, other in ((left, lq, right, rq), (right, rq, left, lq)):
            if not units.is_points(other.unit) or units.is_points(quantity.unit):
                continue
            if _scaled(other_node):
                continue  # points times or over something (index points over the index)
            where = self.excerpt(left.span[0], right.span[1])
            mine, theirs = self.describe(node, quantity), self.describe(other_node, other)
            if units.is_percent(quantity.unit) and not _is_difference(node):
                raise EvaluationError(
                    f"in '{where}': cannot compare % with points: {mine} is a percentage "
                    f"(a level or a relative change) and {theirs} a difference of two "
                    "percentages; write both the same way (the difference of two "
                    "percentages, a - b, is in points)"
                )
            if _is_count(quantity):
                if isinstance(node, Number):
                    continue  # refuse_bare_percentage's, with its own advice
                fraction = other.to(_pure_number())
                nominal = fraction.interval.nominal
                if nominal is not None:  # the figure is enough: its interval is beside it
                    fraction = Quantity(Interval.exact(nominal), fraction.unit)
                shown = format_quantity(fraction, self.language)
                raise EvaluationError(
                    f"in '{where}': cannot compare a bare number with percentage points: "
                    f"{mine}, but {theirs}, which is {shown} as a number; a count "
                    "(points of a league table, votes) is written bare, without 'points'"
                )

    def describe(self, node: Node, quantity: Quantity) -> str:
        return _describe(self.text, self.language, node, quantity)

    def side(self, node: Node, other: Node) -> Quantity:
        """A side of a comparison: a bare ``~`` figure against a quotient is a multiple."""
        if isinstance(node, Number) and _multiple(node) and _divides(other):
            return _literal(node, self.language, self.approx, multiple=True)
        return self.number(node)

    def factor(self, node: Node) -> Quantity:
        """A factor of a product: a bare ``~`` figure there is a multiple (``~3 * b``)."""
        if isinstance(node, Number) and _multiple(node):
            return _literal(node, self.language, self.approx, multiple=True)
        return self.number(node)

    def claim(self, name: str) -> Quantity:
        """Resolve a claim id the first time it is met."""
        try:
            quantity = self.claims[name] = self.resolve(name)
        except KeyError:
            raise EvaluationError(f"unknown claim '{name}'") from None
        except EvaluationError as error:
            if f"'{name}'" in error.message:
                raise
            raise EvaluationError(f"claim '{name}': {error.message}") from error
        return quantity

    def number(self, node: Node) -> Quantity:
        """Compute a numeric node (the parser guarantees that it is one)."""
        if isinstance(node, Claim):
            quantity = self.claims.get(node.name)
            return self.claim(node.name) if quantity is None else quantity
        if isinstance(node, Number):
            return _literal(node, self.language, self.approx)
        if isinstance(node, Sum) or isinstance(node, Product):  # noqa: SIM101 (faster)
            return self.chain(node)
        if isinstance(node, Negate):
            return -self.number(node.operand)
        assert isinstance(node, Call), "conditions never reach arithmetic"
        if node.function in DATE_FUNCTIONS:
            if node.function == "days":
                return self.days(node)
            return self.hours(node) if node.function == "hours" else self.completed(node)
        args = [self.number(arg) for arg in node.args]
        if node.function in SCALE_FUNCTIONS:
            return self.scale_function(node, args)
        if node.function == "abs":
            return abs(args[0])
        if node.function == "sum":
            result = args[0]
            for arg, value in zip(node.args[1:], args[1:], strict=True):
                result = self.arithmetic("+", result, value, arg, node.span)
            return result
        return self.extreme(node, args)

    def days(self, node: Call) -> Quantity:
        """``days(a, b)``: from a's ``when`` to b's, b's first day minus a's last to the reverse.

        Both dates are read before either is used, so a broken one is never hidden.
        """
        first, second = [self.date(arg, node) for arg in node.args]
        lo = Decimal((second.start - first.end).days)
        hi = Decimal((second.end - first.start).days)
        return Quantity(Interval(lo, hi, nominal=lo if lo == hi else None), parse_unit("day"))

    def hours(self, node: Call) -> Quantity:
        r"""``hours(a, b)``: from a's day and time of day to b's, exact, in hours.

        Each ``when`` is one day with a time written in it ("samedi 14 mars 2026 à 23 h
        30"): a period of more than a day, or a day without a time, cannot be counted in
        hours. Shown in minutes where hours would not be exact (40 min, not 0,666… h).
        When both ``when``\ s write a zone after their time ("2 p.m. EDT", "10 p.m. CDT",
        "14 h heure de Paris", "1200 UTC+2"), the hours are counted in UTC: 9 hours there;
        otherwise between the clocks as written.
        """
        first, second = [self.date(arg, node) for arg in node.args]
        where = self.excerpt(*node.span)
        for arg, period in zip(node.args, (first, second), strict=True):
            if period.start != period.end:
                assert isinstance(arg, Claim), "the parser allows only claim ids here"
                raise EvaluationError(
                    f"in '{where}': claim '{arg.name}' is dated {period.describe(self.language)},"
                    " more than a day: hours() counts from one time of day to another; write"
                    " the day and its time in its when"
                )
        clocks = [self.clock(arg, node) for arg in node.args]
        minutes = (second.start - first.start).days * 24 * 60
        minutes += (clocks[1][0] - clocks[0][0]) * 60 + clocks[1][1] - clocks[0][1]
        zones = [clock[2] if len(clock) == 3 else None for clock in clocks]
        if zones[0] is not None and zones[1] is not None:  # both in UTC: 2 p.m. EDT is 18:00
            minutes -= zones[1] - zones[0]
        if minutes % 3:  # 40 min is no exact decimal of an hour
            return Quantity(Interval.exact(Decimal(minutes)), parse_unit("min"))
        return Quantity(Interval.exact(Decimal(minutes) / 60), parse_unit("h"))

    def clock(self, arg: Node, call: Call) -> tuple[int, int] | tuple[int, int, int | None]:
        """The time of day a claim named in ``hours()`` writes in its ``when``."""
        assert isinstance(arg, Claim), "the parser allows only claim ids in date functions"
        where = self.excerpt(*call.span)
        if self.time is None:  # a caller that has dates only
            raise EvaluationError(
                f"in '{where}': the claims' times of day were not given to this evaluation"
            )
        try:
            return self.time(arg.name)
        except EvaluationError as error:
            raise EvaluationError(
                f"in '{where}': {error.message}; {call.function}() counts from one claim's"
                " time of day to the other's"
            ) from error

    def completed(self, node: Call) -> Quantity:
        """``years(a, b)``, ``months(a, b)``: the whole units completed from a's when to b's.

        The fewest from a's last day to b's first, the most from a's first day to b's last,
        an anniversary on a day its month lacks counting on either day: exact between two
        days but for such an anniversary, and never a fraction of its unit.
        """
        first, second = [self.date(arg, node) for arg in node.args]
        unit = _COMPLETED[node.function]
        least, most = completed_between(unit, (first.start, first.end), (second.start, second.end))
        lo, hi = Decimal(least), Decimal(most)
        return Quantity(Interval(lo, hi, nominal=lo if lo == hi else None), parse_unit(unit))

    def date(self, arg: Node, call: Call) -> Period:
        """The period of a claim named in a date function (the parser allows only ids)."""
        assert isinstance(arg, Claim), "the parser allows only claim ids in date functions"
        name = arg.name
        period = self.dates.get(name)
        if period is not None:
            return period
        where = self.excerpt(*call.span)
        if self.period is None:  # a caller that has values only
            raise EvaluationError(
                f"in '{where}': the claims' dates were not given to this evaluation"
            )
        try:
            period = self.dates[name] = self.period(name)
        except KeyError:
            raise EvaluationError(f"unknown claim '{name}'") from None
        except EvaluationError as error:
            raise EvaluationError(
                f"in '{where}': {error.message}; {call.function}() counts from one claim's"
                " date to the other's"
            ) from error
        return period

    def chain(self, node: Sum | Product) -> Quantity:
        """Compute ``a + b - c`` or ``a * b / c`` left to right, each operand once.

        A sum divided by one of its terms (``(a - b) / b``) is then computed again as the
        quotient of the other terms plus or minus one (``a / b - 1``), where each claim
        counts once: the result is the values both computations allow.
        """
        result = self.in_order(node)
        if isinstance(node, Sum) or len(node.rest) > 3:
            return result
        form = _over_a_term(node)
        if form is None:
            return result
        return self.tightened(result, form)

    def tightened(self, result: Quantity, rewritten: Node) -> Quantity:
        """``result`` narrowed to the values of ``rewritten``, the same product rewritten.

        Both hold every value of the expression, so what both allow does too; where the
        rewriting cannot be computed in the result's unit, the result is kept.
        """
        try:
            tight = self.number(rewritten)
            if tight.unit is not result.unit:
                tight = tight.to(result.unit)
        except (EvaluationError, ValueError, ArithmeticError, TypeError):
            return result
        return Quantity(_within(result.interval, tight.interval), result.unit)

    def in_order(self, node: Sum | Product) -> Quantity:
        """Compute a chain left to right, each operand once."""
        operand_of = self.factor if isinstance(node, Product) else self.number
        result = operand_of(node.first)
        start = node.first.span[0]
        # While the unit stays the same object, only intervals are computed (what Quantity
        # would do after finding the units equal), and the quantity is built at the end.
        interval, unit = result.interval, result.unit
        for operator, operand in node.rest:
            rq = operand_of(operand)
            if rq.unit is unit and operator in _SAME_UNIT:
                try:
                    interval = _SAME_UNIT[operator](interval, rq.interval)
                except (ValueError, ArithmeticError, TypeError) as error:
                    where = self.excerpt(start, operand.span[1])
                    raise EvaluationError(f"in '{where}': {error}") from error
                if operator == "-" and units.has_offset(unit):
                    change = _change_of(unit)  # 27,4 °C - 24,2 °C is 3,2 Δ°C
                    if change is not None:
                        result, unit = Quantity(interval, change), change
                continue
            if interval is not result.interval:
                result = Quantity(interval, unit)
            result = self.arithmetic(operator, result, rq, operand, (start, operand.span[1]))
            interval, unit = result.interval, result.unit
        return result if interval is result.interval else Quantity(interval, unit)

    def arithmetic(
        self, operator: str, lq: Quantity, rq: Quantity, right: Node, span: tuple[int, int]
    ) -> Quantity:
        if operator == "/" and rq.interval.contains(_ZERO):
            # Quantity division would answer "any number", and every == would then hold.
            verdict = "is zero" if rq.interval.lo == rq.interval.hi else "may be zero"
            raise EvaluationError(
                f"in '{self.excerpt(*span)}': cannot divide by {self.describe(right, rq)},"
                f" which {verdict}"
            )
        if operator == "/" and units.has_offset(rq.unit) and is_temperature_change(lq.unit):
            raise EvaluationError(_ratio_of_temperatures(self.excerpt(*span), lq, rq.unit))
        try:
            if (
                rq.unit is _pure_number()
                and operator in _BY_PURE_NUMBER
                and not (operator == "*" and units.is_percent(lq.unit))  # 3 % of 100: 3
            ):
                return Quantity(_BY_PURE_NUMBER[operator](lq.interval, rq.interval), lq.unit)
            if operator == "-" and units.has_offset(lq.unit) and units.has_offset(rq.unit):
                change = _change_of(lq.unit)  # 27,4 °C - 75,6 °F is 3,18 Δ°C
                if change is not None:
                    return Quantity((lq - rq).interval, change)
            if operator in _SAME_UNIT:
                lq, rq = _side_by_side(lq, rq)
                if units.is_points(lq.unit) and units.is_percent(rq.unit):
                    lq = lq.to(rq.unit)  # points moving a level (3 pp + 48 %): a level, in %
            return _ARITHMETIC[operator](lq, rq)
        except (ValueError, ArithmeticError, TypeError) as error:
            reason = _plain(error, "add" if operator == "+" else "subtract", lq, rq)
            raise EvaluationError(f"in '{self.excerpt(*span)}': {reason}") from error

    def scale_function(self, node: Call, args: list[Quantity]) -> Quantity:
        """``pow(x, y)`` or ``log10(x)`` of pure numbers: the interval of every result.

        Each end is computed to 60 digits and moved outwards past the error of that
        computation (:func:`_power_interval`, :func:`_log10_interval`), so the interval
        holds f(x) for every x its arguments allow. A unit inside is refused: the power
        of a length, or the logarithm of a level in decibels, is no figure of the copy.
        """
        intervals = [
            self.pure_number(node, arg, value) for arg, value in zip(node.args, args, strict=True)
        ]
        try:
            if node.function == "log10":
                interval = _log10_interval(intervals[0])
            else:
                interval = _power_interval(intervals[0], intervals[1])
        except _Undefined as error:
            described = [
                self.describe(arg, value) for arg, value in zip(node.args, args, strict=True)
            ]
            raise EvaluationError(
                f"in '{self.excerpt(*node.span)}': {error.explain(node.function, described)}"
            ) from None
        return Quantity(interval, _pure_number())

    def pure_number(self, node: Call, arg: Node, value: Quantity) -> Interval:
        """The argument of ``pow()`` or ``log10()`` as a pure number (3 % is 0.03)."""
        unit = value.unit
        if unit is _pure_number():
            return value.interval
        if unit.dimensionless and not units.has_offset(unit):
            return value.to(_pure_number()).interval  # %, ppm, a ratio of lengths (km/m)
        where = self.excerpt(*node.span)
        shown = self.describe(arg, value)
        name = units.format_unit(unit)
        if unit.dimensionless:  # dB, a level: ten times the log10 of a ratio of powers
            raise EvaluationError(
                f"in '{where}': {node.function}() takes a pure number, but {shown} is a"
                f" level in {name}: divide it by 10 {name} for the log10 of its ratio of"
                f" powers (pow(10, level / 10 {name}) is the ratio; a sum of two levels is"
                f" 10 {name} * log10(pow(10, a / 10 {name}) + pow(10, b / 10 {name})))"
            )
        raise EvaluationError(
            f"in '{where}': {node.function}() takes a pure number, but {shown} is in"
            f" {name} ({units.describe_dimension(unit)}): divide it by a figure in its unit"
            f" first ({self.excerpt(*arg.span)} / 1 {name})"
        )

    def extreme(self, node: Call, args: list[Quantity]) -> Quantity:
        """``min`` or ``max`` of intervals: the interval of the smallest (largest) member."""
        first = args[0]
        intervals = []
        for value in args:
            if value.unit is not first.unit:
                value, first = _people_counted(value, first)
            try:
                if not first.compatible(value):
                    raise UnitMismatch(
                        f"cannot compare {_unit_name(first)} with {_unit_name(value)}"
                    )
                intervals.append(value.to(first.unit).interval)
            except (ValueError, ArithmeticError, TypeError) as error:
                raise EvaluationError(f"in '{self.excerpt(*node.span)}': {error}") from error
        if node.function == "max":  # max(x, y) == -min(-x, -y)
            return Quantity(-_smallest([-iv for iv in intervals]), first.unit)
        return Quantity(_smallest(intervals), first.unit)


def _over_a_term(node: Product) -> Node | None:
    """A product that divides a sum by one of its terms, rewritten so each claim counts once.

    ``(a - b) / b`` is ``a / b - 1``, ``(a + b) / b`` is ``a / b + 1``, ``(b - a) / b`` is
    ``1 - a / b`` (``-(a / b) + 1``), with any other factors (``* 100``, ``100 % * ...``)
    kept in their places. Interval arithmetic takes each occurrence of a claim at its own
    end, so the first forms count ``b`` twice and allow values no figures give; the
    rewritten form is exact when the other terms are claims named once. None when the
    product has no such sum and divisor.
    """
    rest = node.rest
    divisors = [index for index, (op, f) in enumerate(rest) if op == "/" and isinstance(f, Claim)]
    if not divisors:
        return None
    factors = (("*", node.first), *rest)
    for at, (op, factor) in enumerate(factors):
        negated = isinstance(factor, Negate)
        if negated:
            assert isinstance(factor, Negate)
            factor = factor.operand
        if op != "*" or not isinstance(factor, Sum):
            continue
        terms = (("+", factor.first), *factor.rest)
        for index in divisors:
            divisor = rest[index][1]
            assert isinstance(divisor, Claim)
            found = [
                place
                for place, (_, term) in enumerate(terms)
                if isinstance(term, Claim) and term.name == divisor.name
            ]
            if len(found) != 1:
                continue
            sign = terms[found[0]][0]
            others = [term for place, term in enumerate(terms) if place != found[0]]
            first_sign, first = others[0]
            if first_sign == "-":
                first = Negate(first, first.span)
            kept: Node = Sum(first, tuple(others[1:]), factor.span) if len(others) > 1 else first
            ratio = Product(kept, (("/", divisor),), factor.span)
            one = Number(Decimal(1), span=divisor.span)
            merged: Node = Sum(ratio, ((sign, one),), factor.span)
            if negated:
                merged = Negate(merged, factor.span)
            new = [(o, f) for place, (o, f) in enumerate(factors) if place != index + 1]
            new[at if at < index + 1 else at - 1] = ("*", merged)
            return Product(new[0][1], tuple(new[1:]), node.span) if len(new) > 1 else new[0][1]
    return None


def _within(wide: Interval, narrow: Interval) -> Interval:
    """What two intervals holding the same values both allow, with the first one's figure.

    The figure, computed from the written figures, stays inside: the rewritten arithmetic
    rounds its ends outwards, but not always at the same digit.
    """
    lo, lo_open = wide.lo, wide.lo_open
    if narrow.lo > lo or (narrow.lo == lo and narrow.lo_open):
        lo, lo_open = narrow.lo, narrow.lo_open
    hi, hi_open = wide.hi, wide.hi_open
    if narrow.hi < hi or (narrow.hi == hi and narrow.hi_open):
        hi, hi_open = narrow.hi, narrow.hi_open
    nominal = wide.nominal
    if nominal is not None:
        if nominal < lo or (nominal == lo and lo_open):
            lo, lo_open = nominal, False
        if nominal > hi or (nominal == hi and hi_open):
            hi, hi_open = nominal, False
    if lo > hi or (lo == hi and (lo_open or hi_open)):
        return wide  # never: both hold the same values
    return Interval(lo, hi, lo_open, hi_open, nominal)


_ZERO = Decimal(0)
_INFINITY = Decimal("Infinity")
_ARITHMETIC: dict[str, Callable[[Quantity, Quantity], Quantity]] = {
    "+": add, "-": sub, "*": mul, "/": truediv,
}  # fmt: skip
# What Quantity's operators do to the intervals when both units are one object, and when
# the right one is the pure number (Quantity checks for it before anything else).
_SAME_UNIT: dict[str, Callable[[Interval, Interval], Interval]] = {"+": add, "-": sub}
_BY_PURE_NUMBER: dict[str, Callable[[Interval, Interval], Interval]] = {
    "*": mul, "/": truediv,
}  # fmt: skip


@functools.cache
def _pure_number() -> pint.Unit:
    return parse_unit("")


# --- Conversions ----------------------------------------------------------------------

#: A rounded conversion is this close to the figure it converts, relatively, at most:
#: 30 mph is 48,3 km/h, printed "50 km/h"; 50 mph printed "100 km/h" is no conversion.
CONVERSION_TOLERANCE = Decimal("0.05")


def rounded_conversion_of(first: Quantity, second: Quantity) -> int | None:
    """Which of two figures in different units is the other's conversion, rounded, or None.

    0 for the first, 1 for the second. A conversion is rounded to its last significant
    digit or to a round number (360 km/h for 225 mph, 362,1 km/h; 225 mph for 360 km/h,
    223,7 mph): the figure (each quantity's central value), read to half its roundest
    step (:func:`round_step`: 360 to the ten, 225 to the five), holds the other
    converted, which is within 5 % of it (``CONVERSION_TOLERANCE``). None for two
    figures in one unit, in units that do not convert, or without a central value.
    """
    if first.unit == second.unit:
        return None
    for index, (rounded, source) in enumerate(((first, second), (second, first))):
        figure = rounded.interval.nominal
        try:
            exact = source.to(rounded.unit).interval.nominal
        except (UnitMismatch, ArithmeticError):
            return None
        if figure is None or exact is None or figure == 0 or not exact.is_finite():
            continue
        if abs(figure - exact) > abs(figure) * CONVERSION_TOLERANCE:
            continue
        if abs(figure - exact) <= round_step(figure) / 2:
            return index
    return None


def round_step(figure: Decimal) -> Decimal:
    """The roundest step the figure is a multiple of: 10 for 360, 5 for 225, 1 for 362."""
    exponent = figure.normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        return Decimal(0)
    step = Decimal(1).scaleb(exponent)
    if (figure / (step * 5)) == (figure / (step * 5)).to_integral_value():
        return step * 5
    return step


def _conversion(lq: Quantity, rq: Quantity) -> bool:
    """Whether two claims' values compared by ``==`` are one figure and its rounded conversion.

    Only between two systems of units (mph and km/h, inches and mm, °F and °C): two
    units of one system, a power of ten apart (cm and mm, kEUR and EUR), are no
    conversion that rounds, and neither are units of two dimensions.
    """
    if lq.unit == rq.unit or lq.unit.dimensionality != rq.unit.dimensionality:
        return False
    try:
        factor, offset = units.conversion(lq.unit, rq.unit)
    except units.UnitError:
        return False
    if not offset and factor > 0 and factor.log10() == factor.log10().to_integral_value():
        return False  # one system: 120 cm for 120 mm is no rounding
    return rounded_conversion_of(lq, rq) is not None


def _side_by_side(
    lq: Quantity,
    rq: Quantity,
    left: Node | None = None,
    right: Node | None = None,
    values: Mapping[str, Quantity] | None = None,
    *,
    compared: bool = False,
) -> tuple[Quantity, Quantity]:
    """Two quantities an operator meets, in units it can compare, add or subtract.

    A difference of temperatures beside a temperature reads as one (:func:`_temperatures`;
    ``compared`` when the operator is a comparison),
    and a count in persons beside a bare number as a count (:func:`_people_counted`, which
    the sides' nodes tell a ratio, and the claims' ``values`` a total divided by a count
    written bare). Nothing to do when both share a unit object, the commonest case.
    """
    if lq.unit is rq.unit:
        return lq, rq
    if _is_hours(left) or _is_hours(right):
        lq, rq = _exact_times(lq, rq, left)
    return _people_counted(*_temperatures(lq, rq, compared), left, right, values)


#: The minutes in each unit of time that ``hours()`` is written in, or compared with.
_MINUTES_IN = {"minute": Decimal(1), "hour": Decimal(60), "day": Decimal(1440)}


def _is_hours(node: Node | None) -> bool:
    return isinstance(node, Call) and node.function in TIME_FUNCTIONS


def _exact_times(lq: Quantity, rq: Quantity, left: Node | None) -> tuple[Quantity, Quantity]:
    """``hours(a, b)`` in the unit of time it meets, where that is exact (6 h is 360 min).

    Pint converts 360 min to hours through a factor 1/60 that no decimal holds, so the
    exact count of ``hours()`` would not equal ``360 min``: it is written in the other
    side's unit instead, when the count is a whole number of minutes that the unit divides
    exactly (40 min stays in minutes beside hours, and the hours are converted to it).
    """
    mine, other = (lq, rq) if _is_hours(left) else (rq, lq)
    nominal = mine.interval.nominal
    per, wanted = _MINUTES_IN.get(str(mine.unit)), _MINUTES_IN.get(str(other.unit))
    if nominal is None or per is None or wanted is None:
        return lq, rq
    count = nominal * per / wanted
    if count * wanted != nominal * per:  # no exact decimal
        return lq, rq
    relabelled = Quantity(Interval.exact(count), other.unit)
    return (relabelled, other) if mine is lq else (other, relabelled)


def _temperatures(lq: Quantity, rq: Quantity, compared: bool = False) -> tuple[Quantity, Quantity]:
    """Read a difference of temperatures (``0.12 delta_degC``) beside a temperature.

    Two temperatures subtract to a difference (1,60 °C - 1,48 °C is 0,12 Δ°C, an
    anomaly's change, as pint makes it: :func:`_change_of`). Beside a temperature in its
    own scale, a difference is read in it, degree for degree (``t_c - n_c > 10 °C``
    compares 3,2 with 10), as a change written ``delta_degC`` is; in another scale, it is
    converted to a change in that scale first (``t_c + 5 delta_degF``). Compared with
    a temperature in another scale, the temperature is the change it can only be
    there: ``t_c - n_c < 10 °F`` compares 3,2 Δ°C with 10 Δ°F (5,56 Δ°C), not with
    -12,2 °C.
    """
    for mine, other in ((lq, rq), (rq, lq)):
        if not units.has_offset(other.unit) or units.has_offset(mine.unit):
            continue
        change = _change_of(other.unit)
        if change is None or mine.unit not in _temperature_changes():
            continue
        if compared and mine.unit != change:
            relabelled = Quantity(other.interval, change)  # 10 °F beside 3,2 Δ°C: 10 Δ°F
            return (mine, relabelled) if mine is lq else (relabelled, mine)
        relabelled = Quantity(mine.to(change).interval, other.unit)
        return (relabelled, other) if mine is lq else (other, relabelled)
    return lq, rq


def _ratio_of_temperatures(where: str, dividend: Quantity, unit: pint.Unit) -> str:
    """What to write instead of a percentage change of temperatures in °C or °F.

    ``(after - before) / before``: a change of temperature (Δ°C) divided by a temperature
    whose zero is a convention, not "none of it".
    """
    scale = units.format_unit(unit)
    change = change_of_temperature(unit)
    delta = units.format_unit(change) if change is not None else f"a change of {scale}"
    name = "delta_degF" if "fahrenheit" in str(unit).lower() else "delta_degC"
    figure = ""
    nominal = dividend.interval.nominal
    if nominal is not None and nominal.is_finite():
        shown = format_decimal(nominal.normalize(), "en").replace(",", "")
        figure = f': "{shown} {name}"'
    return (
        f"in '{where}': a temperature in {scale} is no amount to take a percentage of"
        f" (0 {scale} is not its zero): write the change of temperature in {delta}"
        f" (after - before == drop, the drop's value in {name}{figure}), or a ratio from"
        " a true zero, with the temperatures in kelvin (K)"
    )


#: The change of each temperature scale with an offset, by pint's name of the scale.
_CHANGES = {"degree_Celsius": "delta_degC", "degree_Fahrenheit": "delta_degF"}


@functools.cache
def change_of_temperature(unit: pint.Unit) -> pint.Unit | None:
    """The unit of a difference of two temperatures in ``unit`` (Δ°C for °C), or None."""
    name = _CHANGES.get(str(unit))
    return None if name is None else parse_unit(name)


_change_of = change_of_temperature


@functools.cache
def _temperature_changes() -> frozenset[pint.Unit]:
    return frozenset(parse_unit(name) for name in _CHANGES.values())


def is_temperature_change(unit: pint.Unit) -> bool:
    """Whether the unit is a change of temperature with an offset scale (Δ°C, Δ°F)."""
    return unit in _temperature_changes()


def _pence_in_the_pound(lq: Quantity, rq: Quantity, language: str) -> str:
    """What to write for "a 2p cut in national insurance", a rate in pence against a rate in %.

    Tax copy gives a change of a rate in pence in the pound: 2p in the pound is 2 %, so a
    cut of 2p is 2 percentage points, which a check compares with a difference of rates.
    """
    for mine, other in ((lq, rq), (rq, lq)):
        if mine.unit != _pence() or not (
            units.is_percent(other.unit) or units.is_points(other.unit)
        ):
            continue
        figure = mine.interval.nominal
        if figure is None or not figure.is_finite():
            return ""
        shown = format_decimal(abs(figure), language)
        change, sign = ("cut", "-") if figure < 0 else ("rise", "")
        points = "percentage point" if abs(figure) == 1 else "percentage points"
        return f": a {change} of {shown}p in the pound is {shown} {points}: write {sign}{shown} pp"
    return ""


@functools.cache
def _pence() -> pint.Unit:
    return parse_unit("pence")


@functools.cache
def _time() -> pint.Unit:
    return parse_unit("year")  # not at import: pint's registry is built only when a run needs it


def _time_word(timed: pint.Unit, rate: pint.Unit) -> str:
    """The time unit two sides a time apart are written in (``year``, ``month``): for advice."""
    for written in (units.format_unit(timed), units.format_unit(rate).rpartition("/")[2]):
        try:
            if written and parse_unit(written).dimensionality == _time().dimensionality:
                return written
        except (ValueError, KeyError, AttributeError):
            continue
    return "year"


def _plain(error: Exception, verb: str, lq: Quantity, rq: Quantity) -> str:
    """Pint's conversion errors in the words of the other unit errors."""
    text = str(error)
    if not text.startswith("Cannot convert from"):
        return text
    joint = "and" if verb in ("add", "subtract") else "with"
    reason = f"cannot {verb} {_unit_name(lq)} {joint} {_unit_name(rq)}"
    if any(units.has_offset(q.unit) for q in (lq, rq)):
        reason += ": a temperature and a difference of temperatures in other units"
    return reason


@functools.cache
def _people_power(unit: pint.Unit) -> int:
    """K when the unit counts people to the power k (person, 1/person), else 0."""
    dimensions = dict(unit.dimensionality)
    power = dimensions.pop("[person]", 0)
    return 0 if dimensions or not isinstance(power, int) else power


def _people_counted(
    lq: Quantity,
    rq: Quantity,
    left: Node | None = None,
    right: Node | None = None,
    values: Mapping[str, Quantity] | None = None,
) -> tuple[Quantity, Quantity]:
    """Count people with bare numbers: a side in persons meets a pure number (or %) as one.

    A count of people may be written bare or in ``person`` (what ``consistent-units``
    accepts, and ``docs/format.md`` promises), so a check compares, adds and subtracts
    ``67 394`` and ``45 000 person`` as two counts, and ``1 846 person / 14 205`` (a
    ratio written with one count in persons) with ``13 %``: a side that divides
    (``left``/``right``, in comparisons) and is left in persons is a ratio, whereas a
    count of 3 people against 19 % stays a clash. Only people are so counted, and only
    against a pure number or %. A figure per head against a total (``EUR/person``
    against ``EUR``) is a clash, unless the total is a claim divided by a claim whose
    value is a bare count (``dette / population``, population ``7 412``), or the figure
    per head a claim multiplied by one (``par_habitant * population``): that count is
    of persons (:func:`_per_head`).
    """
    if values is not None and left is not None and right is not None:
        per_head = _per_head(lq, rq, left, right, values)
        if per_head is not None:
            return per_head
    for mine, other, node in ((lq, rq, left), (rq, lq, right)):
        power = _people_power(mine.unit)
        if not power or not other.unit.dimensionless:
            continue
        if power == 1 and other.unit == _pure_number():  # two counts: shown in persons
            counted = Quantity(other.interval, mine.unit)
            return (mine, counted) if mine is lq else (counted, mine)
        if node is None or not _divides(node):
            continue
        person = parse_unit("person")
        ratio = Quantity(mine.interval, mine.unit / person**power).to(_pure_number())
        return (ratio, other) if mine is lq else (other, ratio)
    return lq, rq


def _per_head(
    lq: Quantity, rq: Quantity, left: Node, right: Node, values: Mapping[str, Quantity]
) -> tuple[Quantity, Quantity] | None:
    """A total and a figure per person made to meet through a count of persons written bare.

    ``dette / population`` (5,2 M€ over a bare ``7 412``) is in EUR, and
    ``dette_par_habitant`` in EUR/person: the bare count is of persons, so the quotient
    is EUR per person. Likewise ``par_habitant * population`` is a total. The total is
    converted, not relabelled: 366 Mt over a bare 68,9 million is 5,31 t per person, and
    449 TWh over it 6 517 kWh per person. Only a claim
    whose value is a bare whole number beyond 1 counts persons so (not a mean such as
    ``2,3``, nor a constant of the check, ``dette / 7412``: a constant has no unit but
    the one written), and only where the two sides differ by exactly one person. None
    when nothing is so read.
    """
    if _persons_apart(lq.unit, rq.unit) == 0:
        return None
    for mine, other, mine_node, other_node in ((lq, rq, left, right), (rq, lq, right, left)):
        if _persons_apart(mine.unit, other.unit) != -1:
            continue  # mine is the figure per person, other the total
        person = _person()
        if _bare_count_factor(other_node, "/", values):  # total / count: per person
            # 366 Mt over a bare 68,9 million is 366 Mt per person of that count, in t/person
            relabelled = Quantity(other.interval, other.unit / person).to(mine.unit)
            return (mine, relabelled) if mine is lq else (relabelled, mine)
        if _bare_count_factor(mine_node, "*", values):  # per person * count: a total
            relabelled = Quantity(mine.interval, mine.unit * person).to(other.unit)
            return (relabelled, other) if mine is lq else (other, relabelled)
    return None


@functools.cache
def _person() -> pint.Unit:
    return parse_unit("person")


@functools.cache
def _persons_apart(unit: pint.Unit, other: pint.Unit) -> int:
    """K when ``unit`` is ``other`` times persons to the power k (1 or -1), else 0.

    Both measure something beside persons (EUR/person and EUR): a count or a ratio
    against persons is :func:`_people_counted`'s.
    """
    if unit.dimensionality.get("[person]", 0) == other.dimensionality.get("[person]", 0):
        return 0  # the commonest: neither counts persons
    if unit.dimensionless or other.dimensionless or _people_power(unit) or _people_power(other):
        return 0
    power = _people_power(unit / other)
    return power if power in (1, -1) else 0


def _bare_count_factor(node: Node, operator: str, values: Mapping[str, Quantity]) -> bool:
    """Whether a product divides (``/``) or multiplies (``*``) by a claim that is a bare count."""
    while isinstance(node, Negate):
        node = node.operand
    if not isinstance(node, Product):
        return False
    factors = [operand for written, operand in node.rest if written == operator]
    if operator == "*":
        factors.append(node.first)
    for factor in factors:
        if isinstance(factor, Claim):
            quantity = values.get(factor.name)
            if quantity is not None and _is_count(quantity):
                nominal = quantity.interval.nominal  # 7 412, not a mean such as 2,3
                return nominal is None or nominal == nominal.to_integral_value()
    return False


# --- Powers and logarithms of intervals -------------------------------------------------
# Each end is computed to 60 digits, then moved outwards by far more than the error of that
# computation (log10 is correctly rounded, power within a few units of its last digit),
# and rounded outwards to the 50 digits of the rest of the interval arithmetic. An end
# computed exactly (log10(100), pow(2, 3)) stays exact.

_FINE_DIGITS = 60
_MARGIN = Decimal("1e-55")  # relative: a hundred thousand units of the 60th digit
_OUTWARDS_DOWN = decimal.Context(
    prec=50, rounding=decimal.ROUND_FLOOR, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[]
)
_OUTWARDS_UP = decimal.Context(
    prec=50, rounding=decimal.ROUND_CEILING, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[]
)


class _Undefined(ArithmeticError):
    """A power or a logarithm with no value for some members of its arguments.

    ``kind`` says which: ``"log"`` (of a number that may be 0 or below), ``"zero"`` (0 to
    a power that may be 0 or below), ``"negative"`` (a negative base to an exponent that
    is not one whole number) or ``"overflow"``.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        super().__init__(kind)

    def explain(self, function: str, args: list[str]) -> str:
        """The reason, naming the arguments as the explanation shows them."""
        if self.kind == "log":
            return (
                f"log10() of {args[0]}, which may be zero or negative: a logarithm is of a"
                " positive number only"
            )
        if self.kind == "zero":
            return (
                f"pow() of {args[0]}, which may be zero, to the power {args[1]}, which may"
                " be zero or negative: 0 to such a power has no value"
            )
        if self.kind == "negative":
            return (
                f"pow() of {args[0]}, which may be negative, to the power {args[1]}, which"
                " is not one whole number: such a power is no real number"
            )
        return f"{function}() gives a number beyond what a check can hold"


def _enclosed(operation: str, x: Decimal, y: Decimal | None = None) -> tuple[Decimal, Decimal]:
    """Two numbers around the exact ``log10(x)`` or ``power(x, y)``: equal when it is exact."""
    context = decimal.Context(
        prec=_FINE_DIGITS,
        rounding=decimal.ROUND_HALF_EVEN,
        traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
    )
    try:
        result = context.log10(x) if y is None else context.power(x, y)
    except decimal.Overflow:
        raise _Undefined("overflow") from None
    if not context.flags[decimal.Inexact]:
        return result, result
    if not result:  # below the smallest number a Decimal holds
        raise _Undefined("overflow")
    margin = _OUTWARDS_UP.multiply(result.copy_abs(), _MARGIN)
    return _OUTWARDS_DOWN.subtract(result, margin), _OUTWARDS_UP.add(result, margin)


def _log10_interval(x: Interval) -> Interval:
    """``log10`` of every member of ``x``, which must be positive: increasing, end to end."""
    if x.lo < 0 or (x.lo == 0 and not x.lo_open):
        raise _Undefined("log")
    lo = -_INFINITY if not x.lo else _enclosed("log10", x.lo)[0]
    hi = _enclosed("log10", x.hi)[1]
    nominal = x.nominal
    if nominal is not None:
        nominal = _nearest("log10", nominal) if nominal > 0 else None
    return Interval(lo, hi, x.lo_open, x.hi_open, nominal)


def _power_interval(base: Interval, exponent: Interval) -> Interval:
    """``base ** exponent`` for every pair of members: a real number for each, or refused.

    A negative base takes a whole exponent only (one number: ``pow(x, 2)``, ``pow(x, 3)``),
    even powers of it positive and odd ones negative; 0 takes a positive exponent only.
    """
    n = exponent.lo
    whole = n == exponent.hi and n.is_finite() and n == n.to_integral_value()
    if base.lo >= 0:
        result = _power_of_positive(base, exponent)
    elif not whole:
        raise _Undefined("negative")
    elif base.hi <= 0:
        magnitude = _power_of_positive(-base, exponent)
        result = -magnitude if n % 2 else magnitude
    elif n <= 0:
        raise _Undefined("zero")
    elif n % 2 == 0:
        result = _power_of_positive(abs(base), exponent)
    else:  # an odd power increases: the negative members, then the positive ones
        below = _power_of_positive(Interval(_ZERO, -base.lo, False, base.lo_open), exponent)
        above = _power_of_positive(Interval(_ZERO, base.hi, False, base.hi_open), exponent)
        result = (-below).hull(above)
    x, y = base.nominal, exponent.nominal
    nominal = None
    if x is not None and y is not None and (x > 0 or (x < 0 and whole) or (x == 0 and y > 0)):
        nominal = _nearest("power", x, y)
    return replace(result, nominal=nominal)


def _power_of_positive(base: Interval, exponent: Interval) -> Interval:
    """``base ** exponent`` for a base of no negative member, from the corners of the box.

    x ** y is monotonic in x for each y and in y for each x, so its least and greatest
    values over the box are at corners. An end is open only where the function is strict
    in both arguments (no exponent 0, no base 0 or 1 across the box), so that its extreme
    is reached at one corner only, and that corner is open; elsewhere it is closed.
    """
    if base.lo == 0 and exponent.lo <= 0:
        raise _Undefined("zero")
    corners = []
    for a, a_open in ((base.lo, base.lo_open), (base.hi, base.hi_open)):
        for b, b_open in ((exponent.lo, exponent.lo_open), (exponent.hi, exponent.hi_open)):
            low, high = _enclosed("power", a, b)
            corners.append((low, high, a_open or b_open))
    lo = min(low for low, _, _ in corners)
    hi = max(high for _, high, _ in corners)
    strict = (base.lo == base.hi or not exponent.lo <= 0 <= exponent.hi) and (
        exponent.lo == exponent.hi or not (base.lo <= 1 <= base.hi or base.lo == 0)
    )
    lo_open = strict and all(is_open for low, _, is_open in corners if low == lo)
    hi_open = strict and all(is_open for _, high, is_open in corners if high == hi)
    return Interval(lo, hi, lo_open, hi_open)


def _nearest(operation: str, x: Decimal, y: Decimal | None = None) -> Decimal | None:
    """The figure as written, computed: ``log10(x)`` or ``power(x, y)`` to 50 digits."""
    context = decimal.Context(prec=50, rounding=decimal.ROUND_HALF_EVEN, traps=[])
    result = context.log10(x) if y is None else context.power(x, y)
    return result if result.is_finite() else None


_LITERALS: dict[tuple[str, int, str | None, Decimal | None, bool], Quantity] = {}
_TENTH = Decimal("0.1")
_MAX_LITERALS = 65536


@functools.cache
def _scale_power(scale: str, language: str) -> int:
    """The power of ten of a literal's scale word in the check's language, as in its values.

    ``billion`` is 10**9 in English and 10**12 in French, as the claims' values read it.
    """
    power = scale_words(language).get(scale)
    if power is None:
        abbreviated, with_money = scale_abbreviations(language)
        power = abbreviated.get(scale.lower())
        if power is None and scale in _MONEY_SCALES:  # read so only next to money or people
            power = with_money.get(scale.lower())
    if power is None:
        raise EvaluationError(
            f"'{scale}' is not a scale word in the language of this check ({language}):"
            " write the number in digits (4e9)"
        )
    return power


def _literal(
    node: Number, language: str, approx: Decimal = DEFAULT_APPROX, multiple: bool = False
) -> Quantity:
    """Return a constant of a check: exact, for it is a definition, not a measurement.

    A ``~`` figure (``~6``) is read as a claim's ``~6`` is (``values._figure_interval``):
    the figure give or take ``approx`` of it, or half a unit of its last digit where that
    is wider (``~25 %`` is 22,5 to 27,5 %, ``~2 %`` 1,5 to 2,5 %). A ``multiple`` (a bare
    ``~`` figure compared with a quotient or multiplying in a product, :func:`_multiple`)
    counts that half unit only up to a tenth of the figure: "almost double" is not
    whatever rounds to 2, so ``a / b == ~2`` is 1,8 to 2,2 (``approx`` of it), not 1,5 to
    2,5, while ``~6`` stays 5,4 to 6,6 (5,5 to 6,5 at ``approx = 0``).
    """
    power = _scale_power(node.scale, language) if node.scale else 0
    # Keyed by the digits as written: 100 and 100.0 are equal Decimals, not equal figures.
    key = (str(node.value), power, node.unit, approx if node.approximate else None, multiple)
    quantity = _LITERALS.get(key)
    if quantity is None:
        sign, digits, exponent = node.value.as_tuple()
        assert isinstance(exponent, int), "literals are finite"
        exact = Decimal((sign, digits, exponent + power))  # value * 10**power without rounding
        interval = Interval.exact(exact)
        if node.approximate:
            rounding = Decimal((0, (5,), exponent + power - 1))  # half a unit of the last digit
            if multiple and exact:
                rounding = min(rounding, _OUTWARDS_UP.multiply(_TENTH, exact.copy_abs()))
            half = max(rounding, _OUTWARDS_UP.multiply(approx, exact.copy_abs()))
            lo, hi = _OUTWARDS_DOWN.subtract(exact, half), _OUTWARDS_UP.add(exact, half)
            interval = Interval(lo, hi, nominal=exact)
        quantity = Quantity(interval, parse_unit(node.unit or ""))
        if len(_LITERALS) >= _MAX_LITERALS:
            _LITERALS.clear()
        _LITERALS[key] = quantity
    return quantity


def _unit_name(quantity: Quantity) -> str:
    return units.format_unit(quantity.unit) or "a pure number"


def _smallest(intervals: list[Interval]) -> Interval:
    """Return the interval of min(x1, x2, ...) for members xi of each interval."""
    lo = min(iv.lo for iv in intervals)
    hi = min(iv.hi for iv in intervals)
    # The low end is reached when any interval reaching it is closed there; the high end
    # only when every interval whose high end it is reaches it.
    lo_open = all(iv.lo_open for iv in intervals if iv.lo == lo)
    hi_open = any(iv.hi_open for iv in intervals if iv.hi == hi)
    nominals = [iv.nominal for iv in intervals]
    nominal = None if None in nominals else min(n for n in nominals if n is not None)
    return Interval(lo, hi, lo_open, hi_open, nominal)
