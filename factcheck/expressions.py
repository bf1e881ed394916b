"""The small, safe expression language of explicit ``expect:`` checks.

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
    atom       = literal | claim_id | function , "(" , args , ")" | "(" , or_expr , ")" ;
    args       = sum_expr , { "," , sum_expr } ;      (* abs takes exactly one *)
    function   = "sum" | "min" | "max" | "abs" ;
    literal    = digits , [ "." , digits ] , [ scale ] , [ unit ] ;
    scale      = "thousand" | "million" | "billion" ;
    unit       = "%" | "€" | word ;                   (* one word that factcheck.units knows *)
    claim_id   = lower , { lower | digit | "_" } ;    (* not a reserved word *)

Reserved words (never claim ids): ``and or not sum min max abs``. A unit follows a
number only, so a bare word is always a claim id; right after a number, any word but
``and``/``or``/``not`` is its unit (``5 min`` is five minutes). A unit is one word:
``2 km/h`` is 2 km divided by the claim ``h``. Literals are exact: a constant in a
check is a definition, not a measurement. Conditions (comparisons, ``and``, ``or``,
``not``) and numbers never mix: ``(a < b) + 1`` is a syntax error, while a check
that is a number (``a + b``) parses and is refused by :func:`evaluate`. Nesting
(parentheses, ``not``, unary minus, calls) is limited to ``MAX_DEPTH``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from operator import add, mul, sub, truediv
from typing import NamedTuple, TypeAlias

from factcheck import units
from factcheck.units import parse_unit
from factcheck.values import Interval, Quantity, Truth, UnitMismatch, format_quantity

__all__ = [
    "FUNCTIONS",
    "MAX_DEPTH",
    "RESERVED",
    "SCALE_POWERS",
    "And",
    "Call",
    "Claim",
    "Compare",
    "EvaluationError",
    "Expression",
    "ExpressionError",
    "Negate",
    "Node",
    "Not",
    "Number",
    "Or",
    "Outcome",
    "Product",
    "Sum",
    "evaluate",
    "parse_expression",
    "render",
]

MAX_DEPTH = 50
"""Deepest nesting of parentheses, ``not``, unary minus and calls that parses."""

FUNCTIONS = frozenset({"sum", "min", "max", "abs"})
KEYWORDS = frozenset({"and", "or", "not"})
RESERVED = FUNCTIONS | KEYWORDS
SCALE_POWERS = {"thousand": 3, "million": 6, "billion": 9}  # English words, as in the spec
COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")
NEGATION = {"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}
_CLAIM_ID = re.compile(r"[a-z][a-z0-9_]*")


class ExpressionError(ValueError):
    """The text of a check is not a well-formed expression.

    ``reason`` is the bare explanation, ``column`` its 1-based column, and
    ``message`` (also ``str(error)``) both, e.g. ``expected ')' at column 14``.
    """

    def __init__(self, reason: str, column: int) -> None:
        self.reason = reason
        self.column = column
        self.message = f"{reason} at column {column}"
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
# parentheses included) serves error messages and explanations.

_NO_SPAN = (0, 0)


@dataclass(frozen=True)
class Number:
    """An exact literal: ``value`` (never negative) times its ``scale`` word, in ``unit``."""

    value: Decimal
    scale: str | None = None
    unit: str | None = None
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)


@dataclass(frozen=True)
class Claim:
    """A reference to the value of the claim with this id."""

    name: str
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)


@dataclass(frozen=True)
class Negate:
    """Unary minus."""

    operand: Node
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)


@dataclass(frozen=True)
class Sum:
    """``first`` followed by ``+``/``-`` terms, left to right."""

    first: Node
    rest: tuple[tuple[str, Node], ...]
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)


@dataclass(frozen=True)
class Product:
    """``first`` followed by ``*``/``/`` factors, left to right."""

    first: Node
    rest: tuple[tuple[str, Node], ...]
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)


@dataclass(frozen=True)
class Call:
    """``sum``, ``min``, ``max`` or ``abs`` applied to numbers."""

    function: str
    args: tuple[Node, ...]
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)


@dataclass(frozen=True)
class Compare:
    """A comparison, possibly chained: ``first op1 x1 op2 x2`` means each link holds."""

    first: Node
    rest: tuple[tuple[str, Node], ...]
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)


@dataclass(frozen=True)
class Not:
    """Negation of a condition."""

    operand: Node
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)


@dataclass(frozen=True)
class And:
    """All of two or more conditions."""

    operands: tuple[Node, ...]
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)


@dataclass(frozen=True)
class Or:
    """Any of two or more conditions."""

    operands: tuple[Node, ...]
    span: tuple[int, int] = field(default=_NO_SPAN, compare=False)


Node: TypeAlias = Number | Claim | Negate | Sum | Product | Call | Compare | Not | And | Or
_CONDITIONS = (Compare, Not, And, Or)


@dataclass(frozen=True)
class Expression:
    """A parsed check: its text, syntax tree and the claim ids it refers to."""

    text: str
    root: Node = field(repr=False)
    names: frozenset[str]

    @property
    def is_condition(self) -> bool:
        """Whether the expression is a condition (a number cannot be a check)."""
        return isinstance(self.root, _CONDITIONS)


# --- Tokens --------------------------------------------------------------------------


class _Token(NamedTuple):
    kind: str  # number, word, symbol (a unit sign), op, bad, end
    text: str
    start: int


_TOKEN = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<number>[0-9]+(?:\.[0-9]+)?)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>==|!=|<=|>=|[<>+\-*/(),])"
    r"|(?P<symbol>[%€])"
)

_HINTS = {
    "=": "use '==' to compare",
    "!": "use 'not', or '!=' for 'differs from'",
    "&": "use 'and'",
    "|": "use 'or'",
    "'": "checks have no strings: write claim ids without quotes",
    '"': "checks have no strings: write claim ids without quotes",
    ".": "'.' only appears inside a number, such as 0.5",
}


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            # Kept as a token so that the parser reports errors left to right.
            tokens.append(_Token("bad", text[position], position))
            position += 1
            continue
        kind = match.lastgroup
        assert kind is not None
        if kind != "space":
            tokens.append(_Token(kind, match.group(), position))
        position = match.end()
    tokens.append(_Token("end", "", len(text)))
    return tokens


# --- The parser ----------------------------------------------------------------------


def _is_condition(node: Node) -> bool:
    return isinstance(node, _CONDITIONS)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.index = 0
        self.depth = 0
        self.names: set[str] = set()

    # Token helpers

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def advance(self) -> _Token:
        token = self.tokens[self.index]
        if token.kind != "end":
            self.index += 1
        return token

    def at(self, kind: str, *texts: str) -> bool:
        token = self.peek()
        return token.kind == kind and (not texts or token.text in texts)

    def fail(self, reason: str, position: int) -> ExpressionError:
        return ExpressionError(reason, position + 1)

    def unexpected(self, token: _Token, expected: str) -> ExpressionError:
        if token.kind == "bad":
            hint = _HINTS.get(token.text, "it is not part of the check language")
            shown = f'"{token.text}"' if token.text == "'" else f"'{token.text}'"
            return self.fail(f"unexpected {shown}: {hint}", token.start)
        if token.kind == "end" and not self.text.strip():
            return self.fail("the check is empty", 0)
        if token.kind == "end":
            return self.fail(f"expected {expected}, found the end of the check", token.start)
        if token.kind == "symbol":
            return self.fail(
                f"unexpected '{token.text}': a unit only follows a number", token.start
            )
        if token.text == "," and self._previous_is_number():
            return self.fail(
                "unexpected ',': write decimals with '.' (44.4, not 44,4)", token.start
            )
        return self.fail(f"expected {expected}, found '{token.text}'", token.start)

    def _previous_is_number(self) -> bool:
        return self.index > 0 and self.tokens[self.index - 1].kind in ("number", "symbol")

    def enter(self, token: _Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.fail(
                f"the check is nested too deeply (more than {MAX_DEPTH} levels)", token.start
            )

    def excerpt(self, node: Node) -> str:
        start, end = node.span
        piece = " ".join(self.text[start:end].split())
        return piece if len(piece) <= 40 else piece[:37] + "..."

    def need_number(self, node: Node, context: str) -> Node:
        if _is_condition(node):
            reason = f"{context} needs a number, but '{self.excerpt(node)}' is a condition"
            raise self.fail(reason, node.span[0])
        return node

    def need_condition(self, node: Node, context: str) -> Node:
        if not _is_condition(node):
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
        token = self.peek()
        if token.kind != "end":
            raise self.unexpected(token, "an operator or the end of the check")
        return node

    def or_expr(self) -> Node:
        return self._joined("or", self.and_expr, Or)

    def and_expr(self) -> Node:
        return self._joined("and", self.not_expr, And)

    def _joined(self, word: str, operand: Callable[[], Node], build: Callable[..., Node]) -> Node:
        operands = [operand()]
        while self.at("word", word):
            self.advance()
            if len(operands) == 1:
                self.need_condition(operands[0], f"'{word}'")
            operands.append(self.need_condition(operand(), f"'{word}'"))
        if len(operands) == 1:
            return operands[0]
        return build(tuple(operands), span=(operands[0].span[0], operands[-1].span[1]))

    def not_expr(self) -> Node:
        if not self.at("word", "not"):
            return self.comparison()
        token = self.advance()
        self.enter(token)
        operand = self.need_condition(self.not_expr(), "'not'")
        self.depth -= 1
        return Not(operand, span=(token.start, operand.span[1]))

    def comparison(self) -> Node:
        return self._chain(COMPARISONS, self.sum_expr, Compare)

    def sum_expr(self) -> Node:
        return self._chain(("+", "-"), self.product, Sum)

    def product(self) -> Node:
        return self._chain(("*", "/"), self.unary, Product)

    def _chain(
        self, operators: tuple[str, ...], operand: Callable[[], Node], build: Callable[..., Node]
    ) -> Node:
        first = operand()
        rest: list[tuple[str, Node]] = []
        while self.at("op", *operators):
            operator = self.advance().text
            context = "a comparison" if build is Compare else f"'{operator}'"
            if not rest:
                self.need_number(first, context)
            rest.append((operator, self.need_number(operand(), context)))
        if not rest:
            return first
        return build(first, tuple(rest), span=(first.span[0], rest[-1][1].span[1]))

    def unary(self) -> Node:
        if not self.at("op", "-"):
            return self.atom()
        token = self.advance()
        self.enter(token)
        operand = self.need_number(self.unary(), "'-'")
        self.depth -= 1
        return Negate(operand, span=(token.start, operand.span[1]))

    def atom(self) -> Node:
        token = self.peek()
        if token.kind == "number":
            return self.literal()
        if token.kind == "op" and token.text == "(":
            return self.group()
        if token.kind == "word" and token.text in FUNCTIONS:
            return self.call()
        if token.kind == "word" and token.text not in KEYWORDS:
            self.advance()
            if not _CLAIM_ID.fullmatch(token.text):
                reason = (
                    f"'{token.text}' is not a claim id (ids are lower-case letters, digits"
                    " and '_', starting with a letter)"
                )
                raise self.fail(reason, token.start)
            self.names.add(token.text)
            return Claim(token.text, span=(token.start, token.start + len(token.text)))
        raise self.unexpected(token, "a claim id, a number, a function or '('")

    def literal(self) -> Number:
        token = self.advance()
        end = token.start + len(token.text)
        scale = None
        if self.at("word", *SCALE_POWERS):
            scale_token = self.advance()
            scale, end = scale_token.text, scale_token.start + len(scale_token.text)
        unit = None
        next_token = self.peek()
        if next_token.kind == "symbol" or (
            next_token.kind == "word" and next_token.text not in KEYWORDS
        ):
            self.advance()
            unit, end = next_token.text, next_token.start + len(next_token.text)
            _check_unit(unit, next_token.start)
        return Number(Decimal(token.text), scale, unit, span=(token.start, end))

    def group(self) -> Node:
        opening = self.advance()
        self.enter(opening)
        inner = self.or_expr()
        closing = self.peek()
        if not self.at("op", ")"):
            raise self.unexpected(closing, f"')' to close the '(' at column {opening.start + 1}")
        self.advance()
        self.depth -= 1
        return replace(inner, span=(opening.start, closing.start + 1))

    def call(self) -> Call:
        name = self.advance()
        if not self.at("op", "("):
            raise self.fail(f"'{name.text}' is a function: write {name.text}(...)", name.start)
        self.advance()
        self.enter(name)
        if self.at("op", ")"):
            raise self.fail(f"{name.text}() needs at least one number", name.start)
        args = [self.need_number(self.or_expr(), f"{name.text}()")]
        while self.at("op", ","):
            self.advance()
            args.append(self.need_number(self.or_expr(), f"{name.text}()"))
        closing = self.peek()
        if not self.at("op", ")"):
            raise self.unexpected(closing, f"',' or ')' in {name.text}(...)")
        self.advance()
        self.depth -= 1
        if name.text == "abs" and len(args) != 1:
            raise self.fail(f"abs() takes one number, not {len(args)}", name.start)
        return Call(name.text, tuple(args), span=(name.start, closing.start + 1))


def _check_unit(unit: str, position: int) -> None:
    if unit.startswith("_"):  # never hand pint a private name
        raise ExpressionError(f"unknown unit '{unit}'", position + 1)
    try:
        parse_unit(unit)
    except ValueError as error:  # UnitError, naming the unit and a close known one
        raise ExpressionError(str(error), position + 1) from None


@functools.lru_cache(maxsize=4096)
def parse_expression(text: str) -> Expression:
    """Parse the text of an ``expect:`` check (cached per text).

    Raises ``ExpressionError`` (with a 1-based column) for anything that is not a
    well-formed expression of the grammar in this module's docstring.
    """
    parser = _Parser(text)
    root = parser.parse()
    return Expression(text, root, frozenset(parser.names))


# --- Rendering back to text ------------------------------------------------------------

_PRECEDENCE: dict[type, int] = {
    Or: 1, And: 2, Not: 3, Compare: 4, Sum: 5, Product: 6, Negate: 7,
    Number: 8, Claim: 8, Call: 8,
}  # fmt: skip


def render(node: Node | Expression) -> str:
    """Write a syntax tree back as text that parses to the same tree."""
    if isinstance(node, Expression):
        return render(node.root)
    if isinstance(node, Number):
        words = [format(node.value, "f"), node.scale, node.unit]
        return " ".join(word for word in words if word is not None)
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


@dataclass(frozen=True)
class Outcome:
    """The verdict of a check and the arithmetic behind it, for an editor to read."""

    truth: Truth
    explanation: str


_RANK = {Truth.FAILS: 0, Truth.ROUNDING: 1, Truth.HOLDS: 2}
_Part: TypeAlias = tuple[Truth, list[str]]


def evaluate(expr: Expression, resolve: Callable[[str], Quantity], language: str = "en") -> Outcome:
    """Decide a parsed check on the values that ``resolve`` gives for its claim ids.

    ``resolve`` raises ``KeyError`` for an unknown id and ``EvaluationError`` for a
    claim without a value; both, like clashing units or a division by an interval
    holding zero, raise ``EvaluationError`` here. Every claim referenced is
    resolved, even where ``and``/``or`` could decide without it, so a broken
    reference is never hidden. Numbers in the explanation follow ``language``.
    """
    if not expr.is_condition:
        raise EvaluationError(f"'{_squeeze(expr.text)}' is a number, not a condition")
    truth, phrases = _Evaluator(expr.text, resolve, language).condition(expr.root, False)
    return Outcome(truth, "; ".join(phrases))


def _squeeze(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _combine(parts: Iterable[_Part], conjunction: bool) -> _Part:
    """All-of (weakest truth) or any-of (strongest), explained by the deciding parts."""
    parts = list(parts)
    pick = min if conjunction else max
    truth = pick((part_truth for part_truth, _ in parts), key=_RANK.__getitem__)
    phrases = [phrase for part_truth, own in parts if part_truth is truth for phrase in own]
    return truth, phrases


class _Evaluator:
    def __init__(self, text: str, resolve: Callable[[str], Quantity], language: str) -> None:
        self.text = text
        self.resolve = resolve
        self.language = language
        self.claims: dict[str, Quantity] = {}

    def excerpt(self, start: int, end: int) -> str:
        return _squeeze(self.text[start:end], 100)

    def condition(self, node: Node, negated: bool) -> _Part:
        """Judge ``node`` (``not node`` when negated), pushing negation down to comparisons."""
        if isinstance(node, Not):
            return self.condition(node.operand, not negated)
        if isinstance(node, And | Or):
            operands = [self.condition(operand, negated) for operand in node.operands]
            return _combine(operands, conjunction=isinstance(node, And) != negated)
        assert isinstance(node, Compare), "the parser only builds conditions from these"
        sides = [node.first, *(side for _, side in node.rest)]
        values = [self.number(side) for side in sides]
        links: list[_Part] = []
        for index, (written, _) in enumerate(node.rest):
            operator = NEGATION[written] if negated else written
            left, right = sides[index], sides[index + 1]
            lq, rq = values[index], values[index + 1]
            try:
                truth = lq.compare(operator, rq)
            except (ValueError, ArithmeticError, TypeError) as error:
                where = self.excerpt(left.span[0], right.span[1])
                raise EvaluationError(f"in '{where}': {error}") from error
            links.append((truth, [self.phrase(truth, operator, left, lq, right, rq)]))
        # not (a < b < c) is a >= b or b >= c
        return _combine(links, conjunction=not negated)

    def phrase(
        self, truth: Truth, operator: str, left: Node, lq: Quantity, right: Node, rq: Quantity
    ) -> str:
        sides = self.describe(left, lq), self.describe(right, rq)
        if truth is Truth.FAILS:
            return f"{sides[0]}, not {operator} {sides[1]}"
        if truth is Truth.ROUNDING:
            return f"{sides[0]} {operator} {sides[1]} only thanks to rounding"
        return f"{sides[0]} {operator} {sides[1]}"

    def describe(self, node: Node, quantity: Quantity) -> str:
        shown = format_quantity(quantity, self.language)
        if isinstance(node, Number):
            return shown
        return f"{self.excerpt(*node.span)} = {shown}"

    def claim(self, name: str) -> Quantity:
        if name not in self.claims:
            try:
                self.claims[name] = self.resolve(name)
            except KeyError:
                raise EvaluationError(f"unknown claim '{name}'") from None
            except EvaluationError as error:
                if f"'{name}'" in error.message:
                    raise
                raise EvaluationError(f"claim '{name}': {error.message}") from error
        return self.claims[name]

    def number(self, node: Node) -> Quantity:
        """Compute a numeric node (the parser guarantees that it is one)."""
        if isinstance(node, Number):
            return _literal(node)
        if isinstance(node, Claim):
            return self.claim(node.name)
        if isinstance(node, Negate):
            return -self.number(node.operand)
        if isinstance(node, Sum | Product):
            result = self.number(node.first)
            for operator, operand in node.rest:
                span = (node.first.span[0], operand.span[1])
                result = self.arithmetic(operator, result, self.number(operand), operand, span)
            return result
        assert isinstance(node, Call), "conditions never reach arithmetic"
        args = [self.number(arg) for arg in node.args]
        if node.function == "abs":
            return abs(args[0])
        if node.function == "sum":
            result = args[0]
            for arg, value in zip(node.args[1:], args[1:], strict=True):
                result = self.arithmetic("+", result, value, arg, node.span)
            return result
        return self.extreme(node, args)

    def arithmetic(
        self, operator: str, lq: Quantity, rq: Quantity, right: Node, span: tuple[int, int]
    ) -> Quantity:
        if operator == "/" and rq.interval.contains(Decimal(0)):
            # Quantity division would answer "any number", and every == would then hold.
            verdict = "is zero" if rq.interval.lo == rq.interval.hi else "may be zero"
            raise EvaluationError(
                f"in '{self.excerpt(*span)}': cannot divide by {self.describe(right, rq)},"
                f" which {verdict}"
            )
        try:
            return _ARITHMETIC[operator](lq, rq)
        except (ValueError, ArithmeticError, TypeError) as error:
            raise EvaluationError(f"in '{self.excerpt(*span)}': {error}") from error

    def extreme(self, node: Call, args: list[Quantity]) -> Quantity:
        """``min`` or ``max`` of intervals: the interval of the smallest (largest) member."""
        first = args[0]
        intervals = []
        for value in args:
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


_ARITHMETIC: dict[str, Callable[[Quantity, Quantity], Quantity]] = {
    "+": add, "-": sub, "*": mul, "/": truediv,
}  # fmt: skip


def _literal(node: Number) -> Quantity:
    """Return a constant of a check: exact, for it is a definition, not a measurement."""
    sign, digits, exponent = node.value.as_tuple()
    assert isinstance(exponent, int), "literals are finite"
    power = SCALE_POWERS[node.scale] if node.scale else 0
    exact = Decimal((sign, digits, exponent + power))  # value * 10**power without rounding
    return Quantity(Interval.exact(exact), parse_unit(node.unit or ""))


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
