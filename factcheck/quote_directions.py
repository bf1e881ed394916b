"""Which way a quote says a change went: "fell 3%", "en hausse de 3,2 %", "a 2.1pc fall".

``sign-matches-quote`` compares it with the sign of a claim's value, and ``factcheck
extract`` drafts a fall with its minus sign. Only changes in percent and in points are
read (``%``, ``pp``, ``bp``): a count or an amount after "cut" or "lost" is as often
the size of the fall ("cut 2,000 jobs") as a signed change.

A figure is a fall when the quote writes, in its language (French or English; other
languages read as English):

- a word of falling right before it, with at most one linking word between ("fell
  3%", "fell by 3%", "a fall of 3%", "down 0.2 points", "en baisse de 3,2 %", "a
  reculé de 0,2 point", "le CAC 40 a cédé 1,2 %"); a hedge belongs to the figure
  ("fell by about 3%");
- or a word of falling right after it ("a 2.1pc fall", "closed 3% lower", "3 % de
  baisse");
- or a minus sign before its number ("-0,2 %", "−3 %"), which wins over the words
  ("une croissance de -0,2 %").

A rise likewise ("rose 4%", "up 3 points", "a 4% rise", "+3 %"). A bound before the
figure makes it a level ("will fall below 3%", "passe sous les 3 %"). A possessive and
its noun may stand between the verb and its figure ("a baissé ses taux de 0,25 point",
"cut its rate by 0.25 points"). "Fell to 3%", "down from 7.5%", "recule à 7,3 %"
give no direction (the figure is a level), nor does "baisse de 7,5 % à 7,3 %" (from one
level to another), nor a figure with words of both ways around it.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from factcheck.extract_figures import Figure, find_figures
from factcheck.extract_words import Words, words_for

#: The figure kinds whose direction is read (see the module's docstring).
KINDS = frozenset({"percent", "points"})
_BEFORE = 80  # characters of the text before a figure where its direction word stands
_NEAR = 40  # most characters between a word of change and the move it says went its way
_SIGNS = {"-": -1, "−": -1, "–": -1, "+": 1}
#: A figure followed by "à" or "to" and a figure in percent or points: two levels.
_TO_ANOTHER_RATE = re.compile(
    r"[ \u00a0\u202f]*(?:à|au|to)[ \u00a0\u202f]+[-+−–]?\d[\d \u00a0\u202f,.]*"
    r"[ \u00a0\u202f]?(?:%|pour[ \u00a0]?cent|per[ \u00a0]?cent|pts?\b|points?\b|pp\b)",
    re.IGNORECASE,
)
#: Between a verb and "de"/"by", its object: "a baissé ses taux de 0,25 point".
_POSSESSIVES = r"(?:ses|son|sa|leurs?|its|their)"


class Direction(NamedTuple):
    """A figure of a quote and the way the quote says it went."""

    figure: Decimal  # its number, without a sign
    upper: Decimal | None  # the end of a range ("rose 2 to 3%")
    unit: str  # as in a value: "%", "pp" or "bp"
    sign: int  # -1 a fall, 1 a rise
    words: str  # the quote's words that say so: "fell by about 3%"


@lru_cache(maxsize=8192)
def directions(quote: str, language: str) -> tuple[Direction, ...]:
    """The changes in percent or points of the quote whose direction it writes."""
    code = _code(language)
    if not _worth_reading(quote, code):
        return ()  # most quotes: no word of change nor sign, no figures to find
    found: list[Direction] = []
    for figure in find_figures(quote, code, words_for(code), None):
        said = direction_of(quote, figure, code)
        if said is not None:
            upper = figure.upper.figure if figure.upper is not None else None
            written = quote[said.start : said.end]
            found.append(Direction(figure.number.figure, upper, figure.unit, said.sign, written))
    return tuple(found)


class Move(NamedTuple):
    """A move from one level to another that a quote says went one way ("rose to X from Y")."""

    sign: int  # -1 the quote says it fell, 1 rose
    before: Decimal  # the level it moved from, as written (without its scale)
    after: Decimal  # the level it moved to
    words: str  # the quote's words: "rose to 4.0% from 4.1%"

    @property
    def contradicted(self) -> bool:
        """Whether the figures went the other way than the words say."""
        return (self.after - self.before) * self.sign < 0


@lru_cache(maxsize=8192)
def moves(quote: str, language: str) -> tuple[Move, ...]:
    """The moves between two levels of one kind the quote writes with a word of change.

    "rose to 4.0% from 4.1%", "fell from $400 million to $412 million", "le chômage a
    reculé à 7,5 %, contre 7,3 %"; not "passant de 12 à 14 %" (no way said), nor "une
    baisse de 1 à 2 %" (a fall of 1 to 2 %).
    """
    code = _code(language)
    if not _worth_reading(quote, code):
        return ()
    figures = find_figures(quote, code, words_for(code), None)
    patterns = _patterns(code)
    pairs: list[tuple[Figure, Decimal, Decimal, int]] = []  # first figure, from, to, end
    for figure in figures:  # "de 3 % à 5 %" read as one range
        lead = quote[max(0, figure.start - _BEFORE) : figure.start]
        if figure.upper is not None and patterns.ends_from.search(lead):
            pairs.append((figure, figure.number.figure, figure.upper.figure, figure.end))
    for first, second in itertools.pairwise(figures):
        if (first.kind, first.unit, first.scale) != (second.kind, second.unit, second.scale):
            continue
        between = quote[first.end : second.start]
        lead = quote[max(0, first.start - _BEFORE) : first.start]
        if patterns.to_from.fullmatch(between) and patterns.ends_to.search(lead):
            pairs.append((first, second.number.figure, first.number.figure, second.end))
        elif patterns.from_to.fullmatch(between) and patterns.ends_from.search(lead):
            pairs.append((first, first.number.figure, second.number.figure, second.end))
    found: list[Move] = []
    for first, before, after, end in pairs:
        lead = quote[max(0, first.start - _BEFORE) : first.start]
        words = list(patterns.any_direction.finditer(lead))
        word = words[-1] if words else None  # the last word of change before the move
        if word is None or len(lead) - word.end() > _NEAR:
            continue
        sign = -1 if word.group("fall") else 1
        written = quote[first.start - len(lead) + word.start() : end]
        found.append(Move(sign, before, after, written))
    return tuple(found)


class Said(NamedTuple):
    """The way a text says a figure went, and where."""

    sign: int  # -1 a fall, 1 a rise
    start: int  # of the words saying it, figure included
    end: int
    compared: bool  # said by a comparative only ("15% lower"): a difference, not a change


def direction_of(text: str, figure: Figure, code: str) -> Said | None:
    """The way the text says a figure went, or None.

    None for a figure that is not in percent or points, or whose way is not written.
    """
    if figure.kind not in KINDS:
        return None
    sign, at = _written_sign(text, figure.number.start) if figure.upper is None else (0, 0)
    if sign:
        return Said(sign, at, figure.end, compared=False)
    patterns = _patterns(code)
    if _TO_ANOTHER_RATE.match(text, figure.end):
        return None  # "baisse de 7,5 % à 7,3 %": from one level to another
    if patterns.level.search(text, max(0, figure.start - _BEFORE), figure.number.start):
        return None  # "will fall below 3%": a level it falls to
    before = patterns.before.search(text, max(0, figure.start - _BEFORE), figure.start)
    after = patterns.after.match(text, figure.end)
    signs = {_sign_of(match) for match in (before, after) if match is not None}
    if len(signs) != 1:
        return None  # no direction, or both ("fell 3% ... higher")
    start = before.start() if before is not None else figure.start
    end = after.end() if after is not None else figure.end
    compared = bool(
        before is None
        and after is not None
        and patterns.comparatives.fullmatch(after.group("fall") or after.group("rise"))
    )
    return Said(signs.pop(), start, end, compared)


@lru_cache(maxsize=64)
def _code(language: str) -> str:
    """The language whose words are read: French, or English for every other."""
    return "fr" if words_for(language) is words_for("fr") else "en"


class _Patterns(NamedTuple):
    before: re.Pattern[str]  # a direction word right before a figure, up to the figure
    after: re.Pattern[str]  # a direction word right after a figure
    comparatives: re.Pattern[str]  # those of the words after that compare
    level: re.Pattern[str]  # a bound right before a figure: "below", "sous les"
    word: re.Pattern[str]  # a word of change (or part of one: "moins" of "de moins")
    any_direction: re.Pattern[str]  # a word of change, anywhere
    to_from: re.Pattern[str]  # between X and Y of "to X (in May) from Y"
    from_to: re.Pattern[str]  # between Y and X of "from Y to X", "de Y à X"
    ends_to: re.Pattern[str]  # the text before X of "to X from Y" ends so
    ends_from: re.Pattern[str]  # the text before Y of "from Y to X" ends so


@lru_cache(maxsize=4)
def _patterns(code: str) -> _Patterns:
    words: Words = words_for(code)
    before = (
        rf"(?<![^\W\d_])(?:(?P<fall>{words.falls})|(?P<rise>{words.rises}))"
        rf"(?:\s+{_POSSESSIVES}\s+[^\W\d_]+)?"  # "a baissé ses taux de", "cut its rate by"
        rf"\s+(?:(?:{words.direction_links})(?:\s+|(?<=['’])))?$"
    )
    after = (
        rf"[\s-]*(?:(?:de|d['’]|of)\s*)?(?:(?P<fall>{words.falls_after})|(?P<rise>"
        rf"{words.rises_after}))(?![^\W\d_])"
    )
    return _Patterns(
        re.compile(before, re.IGNORECASE),
        re.compile(after, re.IGNORECASE),
        re.compile(words.comparatives, re.IGNORECASE),
        re.compile(
            rf"(?<![^\W\d_])(?:{words.level_hedges}|above|au-dessus)(?:\s+(?:de|des|les|la|the))?"
            r"\s*(?:[~≈]\s*)?$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"{words.falls}|{words.rises}|{words.falls_after}|{words.rises_after}|moins|plus"
        ),
        re.compile(
            rf"(?<![^\W\d_])(?:(?P<fall>{words.falls})|(?P<rise>{words.rises}))(?![^\W\d_])",
            re.IGNORECASE,
        ),
        *_MOVE_PATTERNS[code],
    )


#: The shapes of a move between two levels, by language: between X and Y of "to X (in May)
#: from Y" and "à X, contre Y"; between Y and X of "from Y to X"; how the text before X
#: of the first ends; and before Y of the second. French "de Y à X" is no move: "une baisse
#: de 1 à 2 %" is a fall of 1 to 2 %.
_MOVE_PATTERNS = {
    "en": (
        re.compile(r"(?:\s+[^\W\d_]+){0,4}\s+from\s+(?:an?\s+)?", re.IGNORECASE),
        re.compile(r"\s+to\s+", re.IGNORECASE),
        re.compile(r"(?<![^\W\d_])to\s+$", re.IGNORECASE),
        re.compile(r"(?<![^\W\d_])from\s+$", re.IGNORECASE),
    ),
    "fr": (
        re.compile(r"(?:\s+[^\W\d_]+){0,4}\s*,?\s+contre\s+", re.IGNORECASE),
        re.compile(r"(?!)"),
        re.compile(r"(?<![^\W\d_])à\s+$", re.IGNORECASE),
        re.compile(r"(?!)"),
    ),
}
_TOKEN = re.compile(r"[^\W\d_]+")
_SIGN_BEFORE_DIGIT = re.compile(r"[-−–+]\s?\d")


@lru_cache(maxsize=65536)
def _worth_reading(quote: str, code: str) -> bool:
    """Whether the quote has a word of change or a sign before a digit (cheaply: by word)."""
    directional = _directional
    if any(directional(word, code) for word in _TOKEN.findall(quote)):
        return True
    return _SIGN_BEFORE_DIGIT.search(quote) is not None


@lru_cache(maxsize=65536)
def _directional(word: str, code: str) -> bool:
    return _patterns(code).word.fullmatch(word.lower()) is not None


def _sign_of(match: re.Match[str]) -> int:
    return -1 if match.group("fall") else 1


def _written_sign(text: str, start: int) -> tuple[int, int]:
    """The sign written right before a number ("-0,2 %", "(+3 %)", "– 8 %") and where it stands.

    ``(0, start)`` for none: a dash after a digit, a letter or a percent joins a range or a
    word ("2-3 %", "T3-2 %", "4.50%-4.25%", "2 – 8 %").
    """
    at = start - 1
    if at >= 1 and text[at] == " ":  # "– 8 %": French copy may set a space after the sign
        at -= 1
    sign = _SIGNS.get(text[at : at + 1], 0) if at >= 0 else 0
    if not sign:
        return 0, start
    before = text[:at].rstrip(" \u00a0\u202f") if at < start - 1 else text[:at]
    if before and (before[-1].isalnum() or before[-1] in ".,%"):
        return 0, start
    return sign, at
