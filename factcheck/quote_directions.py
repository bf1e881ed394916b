"""Which way a quote says a change went: "fell 3%", "en hausse de 3,2 %", "a 2.1pc fall".

``sign-matches-quote`` compares it with the sign of a claim's value, and ``factcheck
extract`` drafts a fall with its minus sign. Only changes in percent and in points are
read (``%``, ``pp``, ``bp``), and by :func:`directions` differences of temperature too
("0.12C cooler", unit ``°C``, ``°F`` or ``K``): a count or an amount after "cut" or
"lost" is as often the size of the fall ("cut 2,000 jobs") as a signed change, and
:func:`count_directions` reads counts apart (unit ``count``), and
:func:`measure_directions` durations, money and other measures ("cut his minimum term by
two years", "réduit sa peine de deux ans", "reduced by £500", each of its figure's unit),
for a value that is a change by its property's name (:func:`names_change`). For
:func:`directions`, "N point(s)" without more, whatever its size, is in points of unit
``pt`` ("la participation recule de 28,9 points", "shed 113.43 points"), which the rule
takes for the figure of a value in ``pp``, in points of a score, or bare.

A comparative that compares with another subject ("5,7 points de moins que Rennes", "3
points below the national average", "inférieur de 6 points à la moyenne de l'OCDE") is
marked ``between_subjects``: a gap, whose sign is the editor's convention; one with the
same subject at another time or with what was expected ("qu'en 2024", "qu'un an plus
tôt", "1990 levels", "above forecast", "plus froid que la normale") is a change.

A figure is a fall when the quote writes, in its language (French or English; other
languages read as English):

- a word of falling right before it, with at most one linking word between ("fell
  3%", "fell by 3%", "a fall of 3%", "down 0.2 points", "en baisse de 3,2 %", "a
  reculé de 0,2 point", "le CAC 40 a cédé 1,2 %", "cooled by 0.1C", "se refroidit de
  0,2 °C"), in any tense a market report tells it ("le titre cédait 4,7 %", "reculant
  de 2,1 %", "perdant 101,17 points", "shares edged lower 0.2%", "giving up 2%"), and an
  adverb before that word ("recule donc de", "baisse encore de", "fell
  further by"), an adjective before the "de" of a noun ("un recul annuel de 1,2 %"); a
  noun of falling with a verb that gives its size ("la baisse atteint 0,3 point", "the
  fall amounted to 3%"); a comparative with its "by" or "de" ("lower by 3%", "inférieur
  de 2 points": "a lower 5% rate" is a level); a hedge belongs to the figure ("fell by
  about 3%");
- or a word of falling right after it ("a 2.1pc fall", "closed 3% lower", "3 % de
  baisse", "0.12C cooler", "0,5 °C plus froid", "12 % plus bas", "26 % de chantiers de
  moins", not "de jeunes de moins de 25 ans"), or "below" a baseline ("54% below 1990
  levels", "54 % en dessous du niveau de 1990", "26 % en deçà de 2017", "18 % sous leur
  moyenne", "12 % inférieurs à leur pic": not "5% or below", "fell below 3%", nor "0 %
  sous conditions"); a comparison with a possessive or a demonstrative ("sous leur
  moyenne", "below that annual pace") or with a peak, a record, a pace is one over time;
- or a minus sign before its number ("-0,2 %", "−3 %"), which wins over the words
  ("une croissance de -0,2 %"); not after a slash ("+/- 3.1 points" is a margin).

A rise likewise ("rose 4%", "up 3 points", "a 4% rise", "+3 %", "0.4 points above
forecast", "s'est réchauffée de 1,7 °C", "les loyers s'envolent de 1,2 %", "le taux
regagne 0,1 point").

A bound before the figure makes it a level ("will fall below 3%", "remained below 2%",
"passe sous les 3 %"). A possessive and its noun may stand between the verb and its
figure ("a baissé ses taux de 0,25 point", "cut its rate by 0.25 points"). "Fell to 3%",
"down from 7.5%", "recule à 7,3 %" give no direction (the figure is a level), nor does
"baisse de 7,5 % à 7,3 %" (from one level to another), nor a figure with words of both
ways around it.

A French verb of motion gives its size with "de" ("a chuté de 3 %", "décrochent de
12 %"); a figure right after it without one may be the level it reaches or obtains
("les meilleurs profils décrochent 2,9 %", "décrochent moins de 3 %"), and its
direction is marked ``may_be_level``. Verbs whose object is the amount ("a cédé 1,2 %",
"perd 2 %", "regagne 0,1 point"), and English verbs ("fell 3%"), say a change without it.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from factcheck.extract_figures import Figure, Number, find_figures
from factcheck.extract_words import Words, words_for

#: The figure kinds whose direction is read (see the module's docstring).
KINDS = frozenset({"percent", "points"})
#: Those :func:`directions` reads: temperatures too ("0.12C cooler", "se réchauffe de 1,7 °C").
READ_KINDS = KINDS | {"temperature"}
_BEFORE = 80  # characters of the text before a figure where its direction word stands
_NEAR = 40  # most characters between a word of change and the move it says went its way
_SIGNS = {"-": -1, "−": -1, "–": -1, "+": 1}
#: A figure followed by "à" or "to" and a figure in percent or points: two levels.
_TO_ANOTHER_RATE = re.compile(
    r"[ \u00a0\u202f]*(?:à|au|to)[ \u00a0\u202f]+[-+−–]?\d[\d \u00a0\u202f,.]*"
    r"[ \u00a0\u202f]?(?:%|pour[ \u00a0]?cent|per[ \u00a0]?cent|pts?\b|points?\b|pp\b|"
    r"°|º|degr[eé]e?s?\b|(?-i:[CFK])\b)",
    re.IGNORECASE,
)
#: Between a verb and "de"/"by", its object: "a baissé ses taux de 0,25 point".
_POSSESSIVES = r"(?:ses|son|sa|leurs?|notre|nos|votre|vos|its|their|his|her|our|your|my)"


class Direction(NamedTuple):
    """A figure of a quote and the way the quote says it went."""

    figure: Decimal  # its number, without a sign
    upper: Decimal | None  # the end of a range ("rose 2 to 3%")
    unit: str  # as in a value: "%", "pp" or "bp"
    sign: int  # -1 a fall, 1 a rise
    words: str  # the quote's words that say so: "fell by about 3%"
    #: said by a French verb right before the figure, without the "de" of an amount: the
    #: figure may be the level the verb reaches or obtains ("décrochent 2,9 %")
    may_be_level: bool = False
    #: a comparison with another subject, not a change over time ("5,7 points de moins
    #: que Rennes", "3 points below the national average"): its sign is the editor's
    between_subjects: bool = False


@lru_cache(maxsize=8192)
def directions(quote: str, language: str) -> tuple[Direction, ...]:
    """The changes in percent or points of the quote whose direction it writes."""
    return _directions(quote, language, READ_KINDS)


@lru_cache(maxsize=8192)
def count_directions(quote: str, language: str) -> tuple[Direction, ...]:
    """The counts of the quote whose direction it writes, of unit ``count``.

    "l'emploi a reculé de 12 300 postes", "cut by 22,000", "manufacturing shed 8,000
    jobs": as often the size of a change as a signed change, so ``sign-matches-quote``
    reads them only for a property named a change (``payrolls_change``).
    """
    return tuple(
        direction._replace(unit="count") for direction in _directions(quote, language, COUNT_KINDS)
    )


#: The figure kinds of counts (of persons, jobs, or bare) :func:`count_directions` reads.
COUNT_KINDS = frozenset({"count", "person"})
#: The figure kinds of amounts and measures :func:`measure_directions` reads.
MEASURE_KINDS = frozenset({"duration", "currency", "measure"})


@lru_cache(maxsize=8192)
def measure_directions(quote: str, language: str) -> tuple[Direction, ...]:
    """The durations, amounts of money and measures of the quote whose direction it writes.

    "cut his minimum term by two years", "reduced by £500", "a réduit sa peine de deux
    ans", "soit deux ans de moins": each direction keeps its figure's unit (``year``,
    ``GBP``). Like a count, a measure is as often the size of a change as a signed change,
    so ``sign-matches-quote`` reads them only for a property named a change
    (``sentence_change``).
    """
    return _directions(quote, language, MEASURE_KINDS)


def _directions(quote: str, language: str, kinds: frozenset[str]) -> tuple[Direction, ...]:
    code = _code(language)
    if not _worth_reading(quote, code):
        return ()  # most quotes: no word of change nor sign, no figures to find
    found: list[Direction] = []
    for figure in _figures(quote, code):
        said = direction_of(quote, figure, code, kinds)
        if said is not None:
            upper = figure.upper.figure if figure.upper is not None else None
            written = quote[said.start : said.end]
            between = _between_subjects(quote, said, figure)
            found.append(
                Direction(
                    figure.number.figure,
                    upper,
                    figure.unit,
                    said.sign,
                    written,
                    said.may_be_level,
                    between,
                )
            )
    return tuple(found)


#: A comparative before the figure, which compares with what follows it: "inférieur de 2
#: points à la moyenne", "lower by 3 points than".
_COMPARATIVE_BEFORE = re.compile(r"(?:inférieure?s?|supérieure?s?|lower|higher)\b", re.IGNORECASE)
#: What a comparison is made with, right after its words: "que Rennes", "qu'en 2024",
#: "than the national average", "à la moyenne", "the national average" (after "below").
_COMPARED_WITH = re.compile(
    r"[ \u00a0\u202f]*(?:(?:que|qu['’]|than|à|au|aux)[ \u00a0\u202f]*)?(?P<what>[^,;:.!?()]{0,60})",
    re.IGNORECASE,
)
#: What makes a comparison one with the same subject at another time, or with what was
#: expected: a year ("qu'en 2024", "1990 levels"), a word of time ("un an plus tôt",
#: "last year", "la session précédente", "pre-pandemic levels"), an expectation
#: ("forecast"), a baseline ("plus froid que la normale").
_OVER_TIME = re.compile(
    r"\b(?:1[89]\d\d|2[01]\d\d)\b|(?<![^\W\d_])(?:an|ans|année|années|mois|semaines?|jours?|"
    r"trimestres?|semestres?|sessions?|éditions?|rentrées?|périodes?|veille|hier|avant|"
    r"auparavant|précédemment|précédente?s?|dernière?s?|passée?s?|tôt|il\s+y\s+a|naguère|"
    r"years?|months?|weeks?|days?|quarters?|period|session|edition|yesterday|ago|earlier|"
    r"before|previous(?:ly)?|prior|last|pre-\w+|pandemic|pandémie|covid|crise|crisis|"
    r"forecasts?|expected|expectations?|estimates?|consensus|targets?|prévus?|prévues?|"
    r"prévisions?|attendue?s?|attentes|objectifs?|estimations?|normales?|normal|norms?|"
    r"baselines?|référence|pre-?industrial|préindustriel(?:le)?s?|annual|annuelle?s?|"
    r"décennale?s?|decennial|pace|rythme|peaks?|pics?|sommets?|records?)(?![^\W\d_])",
    re.IGNORECASE,
)


def _between_subjects(quote: str, said: Said, figure: Figure) -> bool:
    """Whether a comparative compares the figure's subject with another, not over time.

    "soit 5,7 points de moins que Rennes", "3 points below the national average" and
    "inférieur de 2 points à la moyenne de l'OCDE" are gaps between two subjects, whose
    sign is the editor's convention; "3 points de moins qu'en 2024", "54% below 1990
    levels" and "0,3 point de moins qu'un an plus tôt" are changes over time.
    """
    if said.compared:
        end = said.end
    elif _COMPARATIVE_BEFORE.match(quote, said.start):
        end = figure.end
    else:
        return False
    compared = _COMPARED_WITH.match(quote, end)
    what = compared.group("what").strip() if compared is not None else ""
    if _OWN.match(what):  # "sous leur moyenne", "below that annual pace": its own level
        return False
    return bool(what) and _OVER_TIME.search(what) is None


#: A possessive or a demonstrative: what is compared with is the subject's own level.
_OWN = re.compile(
    r"(?:leurs?|son|sa|ses|ce|cet|cette|ces|its|their|that|this|these|those)(?![^\W\d_])",
    re.IGNORECASE,
)


#: A temperature: "0.12C", "1,7 °C", "2 degrees Celsius", "0.3 K" (figures do not read them).
_TEMPERATURE = re.compile(
    r"(?<![\w.,])(?P<number>\d+(?:[.,]\d+)?)[ \u00a0\u202f]?(?:[°º][ \u00a0\u202f]?(?P<deg>[CF])|"
    r"(?P<glued>[CFK])|degrees?(?:[ \u00a0](?:Celsius|(?P<far>Fahrenheit)|[CF]))?|"
    r"degrés?(?:[ \u00a0](?:Celsius|Fahrenheit))?|(?P<kelvin>kelvins?))(?![\w°])"
)
_TEMPERATURE_UNITS = frozenset({"°C", "°F", "K", "degC", "degF"})
#: "point(s)" after a count: percentage points when the claim's value is in pp (see the rule).
_POINTS = re.compile(r"[ \u00a0\u202f]?(?:points?|pts?)(?![\w])", re.IGNORECASE)


def _figures(quote: str, code: str) -> list[Figure]:
    """The quote's figures, with its temperatures and its "N points" whatever is around them.

    A figure read without unit that a temperature unit follows is that temperature; one
    of at most 100 followed by "point(s)" is in points of unit ``pt`` (which the rule pairs
    with percentage points): "la participation recule de 28,9 points".
    """
    temperatures: dict[int, Figure] = {}
    for match in _TEMPERATURE.finditer(quote):
        written = match.group("number")
        if code == "en" and "," in written:
            continue  # "1,5" is no English temperature
        degrees = Decimal(written.replace(",", "."))
        number = Number(
            match.start(), match.start("number") + len(written), degrees, written, False
        )
        unit = _temperature_unit(match)
        temperatures[match.start()] = Figure(
            number, match.start(), match.end(), unit=unit, kind="temperature"
        )
    found: list[Figure] = []
    for figure in find_figures(quote, code, words_for(code), None):
        if figure.kind == "measure" and figure.unit in _TEMPERATURE_UNITS:
            temperatures.pop(figure.number.start, None)
            found.append(dataclasses.replace(figure, kind="temperature"))
        elif figure.kind != "count" or figure.upper is not None:
            temperatures.pop(figure.number.start, None)  # "30K" of a currency stays money
            found.append(figure)
        elif (temperature := temperatures.pop(figure.number.start, None)) is not None:
            found.append(temperature)
        elif points := _POINTS.match(quote, figure.number.end):
            end = max(figure.end, points.end())
            found.append(dataclasses.replace(figure, kind="points", unit="pt", end=end))
        else:
            found.append(figure)
    if temperatures:
        found = sorted([*found, *temperatures.values()], key=lambda figure: figure.start)
    return found


def _temperature_unit(match: re.Match[str]) -> str:
    letter = match.group("deg") or match.group("glued") or ""
    if match.group("kelvin") or letter == "K":
        return "K"
    return "°F" if letter == "F" or match.group("far") else "°C"


class Move(NamedTuple):
    """A move from one level to another that a quote says went one way ("rose to X from Y")."""

    sign: int  # -1 the quote says it fell, 1 rose
    before: Decimal  # the level it moved from, as written (without its scale)
    after: Decimal  # the level it moved to
    words: str  # the quote's words: "rose to 4.0% from 4.1%"
    by: Decimal | None = None  # the change that gives ``after`` ("up from X, a fall of N")

    @property
    def contradicted(self) -> bool:
        """Whether the figures went the other way than the words say."""
        return (self.after - self.before) * self.sign < 0


@lru_cache(maxsize=8192)
def moves(quote: str, language: str) -> tuple[Move, ...]:
    """The moves between two levels of one kind the quote writes with a word of change.

    "rose to 4.0% from 4.1%", "fell from $400 million to $412 million", "4.0%, up from
    4.1%" (with the words of its clause between: "71.1% of patients were admitted,
    transferred or discharged within four hours in January, up from 73.4%"), "le chômage
    a reculé à 7,5 %, contre 7,3 %", and a level with the change from
    it: "up from 73.4% in January, a fall of 2.3 percentage points" (from 73,4 to 71,1);
    not "passant de 12 à 14 %" (no way said), nor "une baisse de 1 à 2 %" (a fall of 1 to
    2 %).
    """
    code = _code(language)
    if not _worth_reading(quote, code):
        return ()
    figures = find_figures(quote, code, words_for(code), None)
    patterns = _patterns(code)
    pairs: list[tuple[Figure, Decimal, Decimal, int]] = []  # first figure, from, to, end
    found: list[Move] = []  # moves whose word stands between or after their figures
    for figure in figures:  # "de 3 % à 5 %" read as one range
        lead = quote[max(0, figure.start - _BEFORE) : figure.start]
        if figure.upper is not None and patterns.ends_from.search(lead):
            pairs.append((figure, figure.number.figure, figure.upper.figure, figure.end))
    for first, second in itertools.pairwise(figures):
        if (first.kind, first.unit, first.scale) != (second.kind, second.unit, second.scale):
            found.extend(_from_and_change(quote, first, second, code))
            continue
        between = quote[first.end : second.start]
        lead = quote[max(0, first.start - _BEFORE) : first.start]
        if patterns.to_from.fullmatch(between) and patterns.ends_to.search(lead):
            pairs.append((first, second.number.figure, first.number.figure, second.end))
        elif patterns.from_to.fullmatch(between) and patterns.ends_from.search(lead):
            pairs.append((first, first.number.figure, second.number.figure, second.end))
        else:
            found.extend(_then_from(quote, first, second, code))
    last: dict[tuple[str, str, str], Figure] = {}  # the last figure of each kind
    for index, figure in enumerate(figures):
        key = (figure.kind, figure.unit, figure.scale)
        level = last.get(key)
        last[key] = figure
        if level is not None and figures[index - 1] is not level:  # "in four hours" between
            found.extend(_then_from(quote, level, figure, code))
    for first, before, after, end in pairs:
        lead = quote[max(0, first.start - _BEFORE) : first.start]
        any_words = list(patterns.any_direction.finditer(lead))
        word = any_words[-1] if any_words else None  # the last word of change before the move
        if word is None or len(lead) - word.end() > _NEAR:
            continue
        sign = -1 if word.group("fall") else 1
        written = quote[first.start - len(lead) + word.start() : end]
        found.append(Move(sign, before, after, written))
    return tuple(found)


def _then_from(quote: str, level: Figure, baseline: Figure, code: str) -> tuple[Move, ...]:
    """Read "4.0%, up from 4.1%" and "71.1% of patients were seen in January, up from 73.4%"."""
    word = _SHAPES[code].then_from.fullmatch(quote, level.end, baseline.start)
    if word is None:
        return ()
    words = quote[level.start : baseline.end]
    return (Move(_sign_of(word), baseline.number.figure, level.number.figure, words),)


def _from_and_change(quote: str, level: Figure, change: Figure, code: str) -> tuple[Move, ...]:
    """Read "up from 73.4% in January, a fall of 2.3 percentage points": from 73.4 to 71.1.

    The change must stand in apposition right after the level, and close its clause: "up
    from 30% in 2019, a fall of 3 points on last month" has two movements, and none is read.
    """
    shapes = _SHAPES[code]
    word = shapes.ends_from_word.search(quote, max(0, level.start - _BEFORE), level.start)
    if word is None or level.upper is not None or change.upper is not None:
        return ()
    said = direction_of(quote, change, code)
    if (
        said is None
        or said.compared
        or not shapes.apposition.fullmatch(quote, level.end, said.start)
    ):
        return ()
    if not _CLAUSE_END.match(quote, said.end):
        return ()
    before, by = level.number.figure, change.number.figure
    if change.unit in ("pp", "bp") and level.kind == "percent":
        after = before + said.sign * by / (100 if change.unit == "bp" else 1)
    elif change.unit == "%":
        exponent = before.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        after = (before * (100 + said.sign * by) / 100).quantize(Decimal(1).scaleb(-places - 1))
    else:
        return ()
    words = quote[word.start() : said.end]
    return (Move(_sign_of(word), before, after, words, by),)


class Said(NamedTuple):
    """The way a text says a figure went, and where."""

    sign: int  # -1 a fall, 1 a rise
    start: int  # of the words saying it, figure included
    end: int
    compared: bool  # said by a comparative only ("15% lower"): a difference, not a change
    may_be_level: bool = False  # as of a :class:`Direction`: "décrochent 2,9 %"


def direction_of(
    text: str, figure: Figure, code: str, kinds: frozenset[str] = KINDS
) -> Said | None:
    """The way the text says a figure went, or None.

    None for a figure not of one of ``kinds`` (by default in percent or points), or whose
    way is not written.
    """
    if figure.kind not in kinds:
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
    )  # "15% lower", "54% below 1990 levels": a difference, which extract drafts unsigned
    bare = before is not None and after is None and code == "fr" and _bare(before)
    return Said(signs.pop(), start, end, compared, may_be_level=bare)


def _bare(before: re.Match[str]) -> bool:
    """Whether a French word of change stands before its figure without the "de" of a size.

    "a chuté de 3 %" is a fall of 3 %, and so is "a cédé 3 %" (the verb takes the amount
    as its object), but "décrochent 2,9 %" obtains a rate of 2,9 %.
    """
    if _DE.search(before.group()):
        return False
    word = before.group("fall") or before.group("rise")
    return _SIZED_WITHOUT_DE.fullmatch(word) is None


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


class _More(NamedTuple):
    """Words of direction read here besides those of :mod:`factcheck.extract_words`."""

    falls: str  # right before a figure, it fell: "cooled by 0.1C", "se refroidit de 0,2 °C"
    rises: str  # right before a figure, it rose: "warmed by 0.2C", "se réchauffe de 1,7 °C"
    compared_falls: str  # before a figure with "by"/"de" only: "lower by 3%", "inférieur de 3 %"
    compared_rises: str  # "a lower 5% rate" is a level: "higher by 3%", "supérieur de 3 %"
    falls_after: str  # right after a figure: "0.12C cooler", "54% below 1990 levels"
    rises_after: str  # "0.5C warmer", "0.4 points above forecast", "2 °C plus chaud"
    comparatives: str  # those of falls_after and rises_after that compare, not change
    #: between a word of change and its link: an adverb ("recule donc de", "fell further
    #: by"), or an adjective of a noun of change ("un recul annuel de")
    adverbs: str
    tokens: str  # each word of the above as a token, that makes a quote worth reading


# Above or below what: a word or a year, not "or"/"and" ("5% or above" is a bound), nor
# the end of the clause ("stayed 3% above."). "fell below 3%" is a level (a bound before).
_BASELINE = r"(?=[ \u00a0]+(?!(?:or|and|et|ou)\b)[^\W_])"
#: "18 % sous leur moyenne", "sous la moyenne": a level of its own, not "sous conditions".
_OWN_LEVEL = (
    r"(?=[ \u00a0]+(?:leurs?|la|le|les|l['’]|sa|son|ses|ce|cet|cette|ces|celui|celle|ceux)"
    r"(?![^\W\d_]))"
)
#: "12 % inférieurs à leur pic": a comparative with what it compares with.
_TO = r"(?=[ \u00a0]+(?:à|aux?)(?![^\W\d_]))"
#: "26 % de chantiers de moins", the noun between the figure and its "de moins".
_NOUN_THEN = r"[^\W\d_]+\s+(?:de|en)\s+"
#: Not "12 % de jeunes de moins de 25 ans": an age, not a change.
_NOT_AN_AGE = r"(?!\s+d(?:e|es|['’])(?![^\W\d_]))"
# A noun of change, then a verb that gives its size: "la baisse atteint 0,3 point", "the
# fall amounted to 3%"; with an adjective between in French ("le recul annuel atteint").
_REACH = {
    "en": r"\s+(?:reached|reaches|amounted\s+to|amounts\s+to|totall?ed|totals|came\s+to)",
    "fr": (
        r"(?:\s+(?:annuel(?:le)?|mensuel(?:le)?|trimestriel(?:le)?|moyen(?:ne)?|totale?|"
        r"cumulée?))?\s+(?:atteint|atteignait|atteindra|atteindrait|(?:a|avait)\s+atteint|"
        r"s['’]établit\s+à|s['’]est\s+établie?\s+à|ressort\s+à|est\s+de|était\s+de|sera\s+de|"
        r"serait\s+de|s['’]élève\s+à)"
    ),
}
#: The imperfect and the present participle, told by market reports: "-ait", "-aient", "-ant".
_MARKET_TENSES = r"(?:ai(?:t|ent)|ant)"
#: English verbs a market report moves a price with before "lower"/"higher".
_MOVED = (
    r"(?:(?:edg|clos|trad|mov)(?:e|es|ed|ing)|(?:finish|inch)(?:es|ed|ing)?|"
    r"(?:end|open|drift|tick|head|trend)(?:s|ed|ing)?)"
)
_MORE = {
    "en": _More(
        falls=(
            r"cooled|cools|cooling|plummet(?:ed|s|ing)?|erod(?:ed|es|ing)|erosion|dived|dove|"
            r"dives|diving|collaps(?:ed|es|ing)|collapse|crashed|slumping|tumbling|sinking|"
            r"retreating|contracting|shrinking|shortened|trimmed|dipping|sag(?:s|ged|ging)?|"
            r"skid(?:s|ded|ding)?|crash(?:es|ing)|(?:gave|giv(?:e|es|en|ing))\s+up|"
            # a market report: "shares edged lower 0.2%", "the index closed lower 1.2%"
            rf"{_MOVED}\s+lower|"
            rf"(?:fall|drop|decline|decrease|loss|contraction|slump){_REACH['en']}"
        ),
        rises=(
            r"warmed|warms|warming|heated|regain(?:ed|s|ing)?|rebounds|rebounding|"
            r"recover(?:ed|s|ing)|spik(?:ed|es|ing)|(?:sky)?rocket(?:ed|s|ing)|leaps|leaping|"
            r"rallying|advancing|swells|swelling|lengthened|extended|adding|firm(?:s|ing)|"
            r"strengthening|pop(?:s|ped|ping)|"
            rf"{_MOVED}\s+higher|"
            rf"(?:rise|increase|gain|jump|surge){_REACH['en']}"
        ),
        compared_falls=r"lower|cooler|colder",
        compared_rises=r"higher|warmer|hotter",
        falls_after=rf"cooler|colder|below{_BASELINE}",
        rises_after=rf"warmer|hotter|above{_BASELINE}",
        comparatives=r"cooler|colder|warmer|hotter|below|above",
        adverbs=(
            r"further|again|also|sharply|slightly|steadily|modestly|marginally|significantly|"
            r"substantially|considerably|steeply|even|still|thus|therefore|once\s+(?:more|"
            r"again)|yet\s+again"
        ),
        tokens=r"cool\w*|warm\w*|heated|colder|hotter|lower|higher|below|above",
    ),
    "fr": _More(
        falls=(
            r"refroidie?s?|refroidit|refroidissent|refroidissement|érod[ée]e?s?|érode(?:nt)?|"
            r"éroder[ao]n?t?|érosion|reflu[ée]e?s?|reflue(?:nt)?|tomb[ée]e?s?|tombe(?:nt)?|"
            r"tomber[ao]n?t?|contracte(?:nt)?|baissent|fléchissent|plongée?s?|allégée?s?|"
            r"allège(?:nt)?|raccourcie?s?|écourtée?s?|"
            # the imperfect and the present participle of a market report ("le titre
            # tombait de 2 %", "dévissant de 4,7 %"), those of extract_words' verbs too
            rf"(?:tomb|érod|reflu|contract|enfonç|dépréci){_MARKET_TENSES}|"
            r"(?:baiss|diminu|déviss|effondr|repli|dégringol|régress|effrit|fléchiss|"
            r"ralentiss)ant|enfonc(?:e|ent|ée?s?)|dépréci(?:e|ent|ée?s?)|"
            # "a décroché de 5 %" fell; "décrochent 2,9 %" obtain a rate
            rf"décroch{_MARKET_TENSES}(?=\s+d[e'’])|"
            rf"(?:baisse|recul|repli|chute|diminution|contraction|perte|décrue|érosion){_REACH['fr']}"
        ),
        rises=(
            r"réchauffée?s?|réchauffe(?:nt)?|réchauffement|flamb[ée]e?s?|flambe(?:nt)?|"
            r"flamber[ao]n?t?|envol[ée]e?s?|envole(?:nt)?|envoler[ao]n?t?|remont[ée]e?s?|"
            r"remonte(?:nt)?|remonter[ao]n?t?|regagn[ée]e?s?|regagne(?:nt)?|regagner[ao]n?t?|"
            r"bondissent|rebondissent|renchéri[st]?|renchérissent|alourdie?s?|alourdit|"
            r"alourdissent|aggravée?s?|allongée?s?|rallongée?s?|prolongée?s?|"
            # the imperfect and the present participle of a market report
            rf"(?:remont|regagn|flamb|appréci|redress|renchériss|grappill|adjuge?){_MARKET_TENSES}|"
            r"(?:augment|envol|rebondiss)ant|appréci(?:e|ent|ée?s?)|redresse(?:nt)?|"
            r"grappill(?:e|ent|é)|adjug(?:e|ent|é)|"
            rf"(?:hausse|augmentation|progression|croissance|remontée|flambée){_REACH['fr']}"
        ),
        compared_falls=r"inférieure?s?|plus\s+froide?s?",
        compared_rises=r"supérieure?s?|plus\s+chaude?s?",
        falls_after=(
            rf"plus\s+froide?s?|(?:en|au)[\s-]dessous{_BASELINE}|en[\s-]deçà{_BASELINE}|"
            rf"sous{_OWN_LEVEL}|inférieure?s?{_TO}|plus\s+bas(?:se)?s?|{_NOUN_THEN}moins{_NOT_AN_AGE}"
        ),
        rises_after=(
            rf"plus\s+chaude?s?|au[\s-]dessus{_BASELINE}|au[\s-]delà{_BASELINE}|"
            rf"supérieure?s?{_TO}|plus\s+haute?s?|plus\s+élevée?s?|{_NOUN_THEN}plus{_NOT_AN_AGE}"
        ),
        comparatives=(
            r"plus\s+froide?s?|plus\s+chaude?s?|(?:en|au)[\s-]dessous|au[\s-]dessus|"
            r"en[\s-]deçà|au[\s-]delà|sous|inférieure?s?|supérieure?s?|plus\s+bas(?:se)?s?|"
            rf"plus\s+haute?s?|plus\s+élevée?s?|{_NOUN_THEN}(?:moins|plus)"
        ),
        adverbs=(
            r"donc|ainsi|encore|aussi|également|même|toutefois|cependant|pourtant|néanmoins|"
            r"désormais|légèrement|nettement|fortement|sensiblement|lourdement|seulement|"
            r"notamment|déjà|enfin|finalement|(?:à|de)\s+nouveau|en\s+effet|annuel(?:le)?s?|"
            r"mensuel(?:le)?s?|trimestriel(?:le)?s?|semestriel(?:le)?s?|moyen(?:ne)?s?|"
            r"totale?s?|cumulée?s?|supplémentaire|historique|sensible|léger|légère|nette?|"
            r"forte?|modeste|brutale?|marquée?|sur\s+un\s+an"
        ),
        # "décroch": extract_words may read it only before "de", which a token never shows
        tokens=(
            r"refroidi\w*|réchauff\w*|inférieur\w*|supérieur\w*|froide?s?|chaude?s?|dessous|dessus|"
            r"décroch\w*|sous|bas|basses?|deçà|delà|haute?s?|hauts|élevée?s?"
        ),
    ),
}
#: French words of change whose figure right after them is its size, without "de": verbs
#: that take the amount as their object ("a cédé 1,2 %", "perd 2 %", "regagne 0,1 point")
#: and a noun with a verb that sizes it ("la baisse atteint 0,3 point"). Any other French
#: verb takes its size with "de" ("a chuté de 3 %"), and a figure right after it may be a
#: level it reaches or obtains ("décrochent 2,9 %", "décroche moins de 3 %").
_SIZED_WITHOUT_DE = re.compile(
    r"perd\w*|pertes?|c[èé]d\w*|abandonn\w*|lâch\w*|gagn\w*|gains?|pris|pren\w*|repris|"
    r"repren\w*|regagn\w*|grappill\w*|adjug\w*|.+\s(?:atteint|atteignait|atteindra|atteindrait|à|de)",
    re.IGNORECASE,
)
_DE = re.compile(r"(?<![^\W\d_])d(?:e|['’])\s*$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _patterns(code: str) -> _Patterns:
    words: Words = words_for(code)
    more = _MORE[code]
    links = rf"(?:{words.direction_links})(?:\s+|(?<=['’]))"
    falls = rf"{words.falls}|{more.falls}|(?:{more.compared_falls})(?=\s+(?:by|de)\b)"
    rises = rf"{words.rises}|{more.rises}|(?:{more.compared_rises})(?=\s+(?:by|de)\b)"
    before = (
        rf"(?<![^\W\d_])(?:(?P<fall>{falls})|(?P<rise>{rises}))"
        # "a baissé ses taux de", "cut its rate by", "cut his minimum term by"
        rf"(?:\s+{_POSSESSIVES}(?:\s+[^\W\d_]+){{1,2}})?"
        rf"(?:\s+(?:{more.adverbs})(?=\s+(?:{words.direction_links})))?"  # "recule donc de"
        rf"\s+(?:{links})?$"
    )
    after = (
        rf"[\s-]*(?:(?:de|d['’]|of)\s*)?(?:(?P<fall>{words.falls_after}|{more.falls_after})|"
        rf"(?P<rise>{words.rises_after}|{more.rises_after}))(?![^\W\d_])"
    )
    return _Patterns(
        re.compile(before, re.IGNORECASE),
        re.compile(after, re.IGNORECASE),
        re.compile(rf"{words.comparatives}|{more.comparatives}", re.IGNORECASE),
        re.compile(
            rf"(?<![^\W\d_])(?:{words.level_hedges}|above|au-dessus)(?:\s+(?:de|des|les|la|the))?"
            r"\s*(?:[~≈]\s*)?$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"{words.falls}|{words.rises}|{words.falls_after}|{words.rises_after}|moins|plus|"
            rf"{more.falls}|{more.rises}|{more.tokens}"
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


class _Shapes(NamedTuple):
    then_from: re.Pattern[str]  # between X and Y of "X, up from Y": its word
    ends_from_word: re.Pattern[str]  # the text before Y of "up from Y" ends so
    apposition: re.Pattern[str]  # between Y and the change of "up from Y in May, a fall of N"


#: The words of the clause of "X% of patients were admitted, transferred or discharged
#: within four hours in January, up from Y%": words and commas, none that opens another
#: clause ("45% and the Tories' share fell, down from 40%" is two).
_SAME_CLAUSE = (
    r"(?:,?\s+(?!(?:and|but|while|whereas|however|yet|although|though|against|versus|"
    r"compared|as|which|who|whose|whereby|when)\b)[^\W_]+(?:['’&.-][^\W_]+)*){0,16}"
)
_SHAPES = {
    "en": _Shapes(
        re.compile(
            rf"{_SAME_CLAUSE}\s*[,(]\s*(?:(?P<fall>down|lower|falling|dropping)|"
            r"(?P<rise>up|higher|rising|climbing))\s+from\s+(?:an?\s+)?",
            re.IGNORECASE,
        ),
        re.compile(
            r"(?<![^\W\d_])(?:(?P<fall>down|lower|falling|dropping)|(?P<rise>up|higher|rising|"
            r"climbing))\s+from\s+(?:an?\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*,\s+(?:an?|or\s+an?)\s+", re.IGNORECASE),
    ),
    "fr": _Shapes(
        re.compile(
            r"(?:\s+[^\W\d_]+){0,3}\s*[,(]\s*en\s+(?:(?P<fall>baisse|recul|repli)|(?P<rise>"
            r"hausse|progression))\s+(?:par\s+rapport|comparé)\s+(?:à|aux|au)\s+(?:les\s+)?",
            re.IGNORECASE,
        ),
        re.compile(r"(?!)"),
        re.compile(r"(?!)"),
    ),
}
#: What may follow the change of "up from Y, a fall of N": the end of its clause.
_CLAUSE_END = re.compile(r"\s*(?:$|[,.;:)!?—–]|\s-\s|\s+(?:and|but)\b)")
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
    word ("2-3 %", "T3-2 %", "4.50%-4.25%", "2 – 8 %"), and one after a slash a margin of
    error ("+/- 3.1 points").
    """
    at = start - 1
    if at >= 1 and text[at] == " ":  # "– 8 %": French copy may set a space after the sign
        at -= 1
    sign = _SIGNS.get(text[at : at + 1], 0) if at >= 0 else 0
    if not sign:
        return 0, start
    before = text[:at].rstrip(" \u00a0\u202f") if at < start - 1 else text[:at]
    if before and (before[-1].isalnum() or before[-1] in ".,%/±"):  # "+/- 3.1 points": a margin
        return 0, start
    return sign, at


# fmt: off
#: Words that make a property the size of a change in one direction.
_DIRECTED = frozenset((
    "loss", "losses", "cut", "cuts", "fall", "falls", "drop", "drops", "decline", "declines",
    "decrease", "decreases", "reduction", "reductions", "rise", "rises", "increase",
    "increases", "gain", "gains", "hike", "hikes", "discount", "discounts", "premium",
    "premiums", "baisse", "baisses", "recul", "reculs", "perte", "pertes", "diminution",
    "diminutions", "repli", "replis", "chute", "chutes", "hausse", "hausses", "augmentation",
    "augmentations", "décote", "surcote", "shortfall", "shortfalls", "below", "above",
    "warming", "cooling", "réchauffement", "refroidissement",
))
#: Words that make a property a change, of either sign.
_CHANGES = frozenset((
    "change", "changes", "chg", "growth", "variation", "variations", "evolution", "evolutions",
    "évolution", "évolutions", "croissance", "yoy", "qoq", "mom", "delta", "swing", "vs",
    "revision", "revisions", "révision", "révisions", "net", "solde",
))
# fmt: on


@lru_cache(maxsize=4096)
def names_direction(prop: str) -> bool:
    """Tell whether a property is named after the direction of its change (``price_fall``).

    Its values are the size of the change ("bid_discount: ~15 %" for "about 15% lower"):
    ``sign-matches-quote`` does not ask them for a sign, and extract's recall counts a
    signed draft as found.
    """
    return any(word.lower() in _DIRECTED for word in _TOKEN.findall(prop))


@lru_cache(maxsize=4096)
def names_change(prop: str) -> bool:
    """Tell whether a property is named a change of either sign (``price_change``, ``yoy``)."""
    return any(word.lower() in _CHANGES for word in _TOKEN.findall(prop))
