"""Find the figures of a text for `factcheck extract`: number, hedge, range, scale and unit.

A figure is a number written in digits (read as the language writes them, with
:func:`factcheck.values.read_number`, with the minus of ``-110 °C`` or ``−20 °C``; not the
hyphen of ``Covid-19`` or ``2-3``) or in words (text2num), with what makes it a
value: a hedge before it (``environ``, ``just under``), the other end of a range
(``300 à 500``; not a level after a change, ``lost 1.66% to 6,737.49``), a scale word
(``millions``, ``bn``), a currency, ``%``, percentage points (not the points of an
index, a score or a league table, which are bare), a measurement unit (``km``, ``t``,
``MW``, ``µSv/h``, ``Bq/L``, ``g/cm³``, ``au``; a unit with a rate it cannot read is none),
or the noun it counts (persons, a duration, things), and what it is a rate of
(``£326m a mile``, ``420 kWh/m²/an``, ``67 take-offs and landings an hour``). A rate no
value writes yet (``4.8 deaths per billion vehicle miles``, ``4.1 per 100,000 people``)
keeps its bare number and says what it is per in :attr:`Figure.per`, never passing for
an amount (nor its round denominator for a count of people); so does a ratio of persons
(``un enseignant pour 18,5 élèves``: :attr:`Figure.ratio`).
:attr:`Figure.value` is the figure in the value grammar: ``<2 million EUR``, ``300 to
500 person``, ``1,2 million t``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from factcheck.extract_words import GLUED_UNITS, PER_SYMBOLS, Words
from factcheck.units import CURRENCY_CODES, SIGN_BEFORE_PATTERN, SIGN_CHARACTERS
from factcheck.values import ValueSyntaxError, compound_scale, read_number

__all__ = [
    "Figure",
    "Number",
    "byline_word_count",
    "currency_code",
    "find_figures",
    "find_fractions",
    "find_numbers",
    "looks_like_year",
    "plural",
]


@dataclass(frozen=True, slots=True)
class Number:
    """A number in the text: where, its figure, and how to write it in a value."""

    start: int
    end: int
    figure: Decimal
    written: str  # the digits to write in the value: "44,4", "41,000", "2" for "deux"
    words: bool  # written in words
    ordinal: bool = False
    scale: str = ""  # the scale word written in words with it: "million", "milliard"
    # a minus written right before it ("-110 °C"): ``figure`` and ``written`` stay without
    # it, as the sign of a change is read from the text (factcheck.quote_directions)
    minus: bool = False

    @property
    def signed(self) -> Decimal:
        """The figure with its written sign: -110 for "-110 °C"."""
        return -self.figure if self.minus else self.figure


@dataclass(slots=True)
class Figure:
    """A figure as a value: the number, its hedge, range end, scale and unit, and its span."""

    number: Number
    start: int
    end: int
    comparator: str = ""
    upper: Number | None = None  # the end of a range
    scale: str = ""
    unit: str = ""
    kind: str = "count"  # currency, percent, points, person, duration, measure, rank, count
    fall: bool = False  # a change the text says fell ("fell 3%"): its value is negative
    # the words of a fall said by a comparison only ("3.1% fewer", "15% lower"): a draft's
    # note says the size may be meant
    compared: str = ""
    lender: int | None = None  # where the figure lending its unit starts ("18 mois, dont 6")
    # what a rate is of when no value can write it: "per billion vehicle miles" of "4.8
    # deaths per billion vehicle miles" (the value is then bare, never 4.8 person)
    per: str = ""
    # what a ratio counts per what: "élèves par enseignant" of "un enseignant pour 18,5
    # élèves" (the value is then bare, never 18,5 person)
    ratio: str = ""
    # the smaller part of a compound duration: "6 month" of "four years and six months",
    # drafted as one value ("4 year 6 month", which the value reader reads as 54 months)
    rest: str = ""
    # a number in words after "including", "dont" ("nine days in hospital, including three
    # in intensive care"): kept only if it takes the unit of the whole (see extract)
    linked: bool = False
    # a person's age ("aged 87", "à 30 ans", "Daniel Hirst, 52,"): in years, property age
    age: bool = False
    # a hedged time between two events ("about 20 minutes later", "almost 10 years ago"):
    # a length, dated by neither event (a note says so)
    elapsed: bool = False
    # a proportion in words ("about a fifth of", "un quart des"), written in percent
    fraction: bool = False
    # a unit written after a bare figure that the draft cannot write ("5 dB(A)"): the
    # figure is drafted bare, with a note saying so
    unread_unit: str = ""
    # a currency in words that names no one currency ("500 rupees", which the value reader
    # refuses): the figure is drafted without a currency, with a note saying what to write
    unnamed_currency: str = ""
    # an ordinal day of something ("400e jour de la guerre"): drafted as its number, with a
    # note saying how to check it against the first day
    day_count: str = ""
    # why the draft cannot write the figure at all (a CBOT price in fractions of a cent,
    # "$3.83-3/4"; a unit verify does not read): its claim has no value, and this as note
    withheld: str = ""
    # what the editor must check in a value drafted one way among two ("2p" of a tax rate,
    # drafted 2 pp: percentage points or pence?): said in the claim's note
    caveat: str = ""
    # the words of a gap to another figure that has a date of its own ("à 2 °C de son record
    # du 23 juillet 2019"): the gap takes no date of its clause, and a note says so
    gap: str = ""
    # which end of a band of two figures it is ("lower", "upper"): "95% CI 0.72-0.90", a
    # target range "3.50%-3.75%" are two claims, told apart by the qualifier ``end``
    band_end: str = ""

    @property
    def value(self) -> str:
        """The figure in the value grammar: ``~90 person``, ``300 to 500 person``, ``-3 %``."""
        numbers = _with_sign(self.number)
        comparator = self.comparator
        if self.upper is not None:
            numbers += f" to {_with_sign(self.upper)}"
            if self.fall:  # "fell 2 to 3%": -3 to -2 %
                numbers = f"-{self.upper.written} to -{self.number.written}"
        elif self.fall:  # "fell by more than 3%" is <-3 %
            numbers = "-" + numbers
            comparator = comparator.translate(_MIRRORED)
        parts = [comparator + numbers, self.scale, self.unit, self.rest]
        value = " ".join(part for part in parts if part)
        return value.replace(" /", "/")  # "67/hour": a rate of a count

    @property
    def span(self) -> tuple[int, int]:
        """Where the figure's words stand in the text, hedge and unit included."""
        return self.start, self.end

    @property
    def strong(self) -> bool:
        """A figure with a unit, scale or hedge: a year or a day cannot be it."""
        return bool(self.unit or self.scale or self.comparator or self.upper)


_MIRRORED = str.maketrans("<>", "><")  # a hedge on the size of a fall, on its signed value


def _with_sign(number: Number) -> str:
    """A number as a value writes it, with the minus the text writes: "-110" of "−110"."""
    return f"-{number.written}" if number.minus else number.written


def find_figures(text: str, code: str, words: Words, skip: tuple[int, int] | None) -> list[Figure]:
    """Every figure of the text in order; numbers starting inside ``skip`` are left out."""
    numbers = [
        n for n in find_numbers(text, code, words) if not skip or not skip[0] <= n.start < skip[1]
    ]
    return _figures(text, numbers, words)


_DIGITS = {
    "fr": r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.]\d+)?(?!\d)",
    "en": r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)",
}
# A minus glued before a number is its sign ("-110 °C", "−20 °C" with U+2212, "(-3%)") after
# a space, a bracket or a quote only: glued to a word or a figure it is a hyphen or a range's
# dash ("Covid-19", "2-3", "4.25%-4.50%", "2024-03-10")
_MINUS = re.compile(r"(?<![^\s(\[\"'«“‘:=/])[-−]$")
_VULGAR = {"½": "0.5", "¼": "0.25", "¾": "0.75"}  # glued to a number: "7½ years"
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|\S")


def find_numbers(text: str, code: str, words: Words) -> list[Number]:
    """Every number of the text, in order, none overlapping another.

    Numbers in digits are read as the language ``code`` writes them (:func:`read_number`:
    ``1 000,5`` in French); a scale abbreviation or a unit may be glued to them (``2,5M``,
    ``1.2km``: the number ends before it), other letters not (``4G``); ``21e`` is an
    ordinal. Numbers in words are found by text2num's ``find_numbers``, in French and
    English only: ``vingt-cinq``, ``a hundred and twenty``, ``un million`` (figure 1,
    scale ``million``). A lone scale word is a number only after ``a``, ``one`` or ``un``,
    or for a thousand (``mille``): ``2 millions`` is the number 2, and ``des millions`` no
    number. An ordinal word (``troisième``, ``third``) is a number only next to a rank
    word or verb. Of two overlapping numbers, the one starting first is kept (at the same
    start, the one in digits).
    """
    found = _digit_numbers(text, code, words) + _word_numbers(text, code, words)
    found += _hyphenated_ages(text, code)
    found.sort(key=lambda n: n.start)
    kept: list[Number] = []
    for number in found:
        if kept and number.start < kept[-1].end:
            continue
        kept.append(number)
    return kept


def _digit_numbers(text: str, code: str, words: Words) -> list[Number]:
    found: list[Number] = []
    ordinal = re.compile(rf"{words.ordinal_suffix}(?![^\W\d_])", re.IGNORECASE)
    abbreviations = "|".join(sorted(words.scale_abbreviations, key=len, reverse=True))
    glued = re.compile(rf"\s?(?:{abbreviations})(?![^\W\d_])", re.IGNORECASE)
    glued_unit = re.compile(rf"(?:{GLUED_UNITS})(?![\w'’])")
    for match in re.finditer(_DIGITS.get(code, _DIGITS["en"]), text):
        written = " ".join(match.group().split())
        try:
            figure = read_number(written, code)
        except ValueSyntaxError:
            continue
        end = match.end()
        fraction = _VULGAR.get(text[end : end + 1])
        if fraction is not None and not re.search(r"[.,]\d", written):
            # "jailed for 7½ years" is 7.5 years, never 7: written as a decimal the value reads
            figure += Decimal(fraction)
            written += ("," if code == "fr" else ".") + fraction.partition(".")[2]
            end += 1
        after = text[end : end + 6]
        is_ordinal = False
        if after[:1].isalpha():
            suffix = ordinal.match(after)
            if suffix and figure == figure.to_integral_value():
                is_ordinal, end = True, end + suffix.end()
            elif not (glued.match(after) or glued_unit.match(after) or _GLUED_SEC.match(after)):
                continue  # 4G, 10h30, A320: not a figure; 1.2km is one
        minus = _MINUS.search(text, max(0, match.start() - 2), match.start()) is not None
        found.append(Number(match.start(), end, figure, written, False, is_ordinal, minus=minus))
    return found


def _word_numbers(text: str, code: str, words: Words) -> list[Number]:
    """Numbers written in words, found by text2num: "deux", "un million", "troisième"."""
    from text_to_num import Token
    from text_to_num import find_numbers as text2num_numbers

    class _Word(Token):  # type: ignore[misc]  # text2num ships no type information
        def __init__(self, word: str) -> None:
            self.word = word

        def text(self) -> str:
            return self.word

    if code not in ("fr", "en"):
        return []
    tokens = list(_TOKEN.finditer(text))
    found: list[Number] = []
    for occurrence in text2num_numbers([_Word(t.group().lower()) for t in tokens], code, 0):
        span = tokens[occurrence.start : occurrence.end]
        names = [t.group().lower() for t in span]
        if any(not name.replace("-", "").isalpha() for name in names):
            continue
        total = int(occurrence.value)
        scale = words.scales.get(names[-1], "")
        if scale and len(names) == 1:
            before = tokens[occurrence.start - 1].group().lower() if occurrence.start else ""
            part = _part_of_scale(tokens, occurrence.start, code)
            if part is not None:  # "half a million", "a quarter of a billion"
                share, first = part
                while found and found[-1].end > tokens[first].start():
                    found.pop()  # the "three" of "three quarters of a million"
                found.append(_share_of_scale(tokens[first].start(), span[-1].end(), share, scale))
                continue
            if before in ("a", "one", "un"):
                span = [tokens[occurrence.start - 1], *span]  # "a million", "un million"
            elif scale != "thousand":
                continue  # "millions" after digits is their scale; "des millions" no figure
        power = _scale_power(scale, code)
        if not scale or total % 10**power:
            scale, power = "", 0  # "un million cinq": the exact number
        start, end = span[0].start(), span[-1].end()
        is_ordinal = bool(occurrence.is_ordinal)
        if is_ordinal and not _rank_context(text, start, end, words):
            continue
        whole = total // 10**power
        found.append(Number(start, end, Decimal(whole), str(whole), True, is_ordinal, scale))
    return found


# The part of a scale word said before it, as the value reader's figure-in-quote reads it:
# "half a million" (500,000), "a quarter of a million" (250,000), "three quarters of a
# billion" (750 million); never a 25 % and a "1 million"
_SCALE_PARTS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25")}
_PART_COUNTS = {"a": 1, "one": 1, "three": 3}
_LOWER_SCALE = {"million": "thousand", "billion": "million", "trillion": "billion"}


def _part_of_scale(
    tokens: list[re.Match[str]], index: int, code: str
) -> tuple[Decimal, int] | None:
    """The share of a scale word at ``index`` and where its words start, if a part is said.

    "half a million" is 0.5 from "half", "a quarter of a million" 0.25 from "a", "three
    quarters of a billion" 0.75 from "three" (English only).
    """
    if code != "en" or index < 2:
        return None
    words = [t.group().lower() for t in tokens[max(0, index - 4) : index]]
    if words[-1:] != ["a"]:
        return None
    if words[-2:-1] == ["half"]:
        return _SCALE_PARTS["half"], index - 2
    if len(words) == 4 and words[-2] == "of" and words[-3] in ("quarter", "quarters"):
        count = _PART_COUNTS.get(words[-4])
        if count is not None and (count == 1) == (words[-3] == "quarter"):
            return count * _SCALE_PARTS["quarter"], index - 4
    return None


def _share_of_scale(start: int, end: int, share: Decimal, scale: str) -> Number:
    """The number of a share of a scale word: 500,000 of "half a million", 250 million."""
    lower = _LOWER_SCALE.get(scale, "")
    if lower in ("", "thousand"):  # "half a thousand", "a quarter of a million": in full
        whole = share * (1000 if not lower else 1_000_000)
        # not "words": a figure of its own, as digits are ("gone up by a quarter of a million")
        return Number(start, end, whole, f"{whole.normalize():,f}", False)
    whole = share * 1000  # "half a billion": 500 million
    return Number(start, end, whole, f"{whole.normalize():f}", False, scale=lower)


# "a two-year-old daughter", "the twenty-one-year-old": an age in words, glued to its unit;
# so is the length of an event in minutes or hours ("a nine-minute battle", "a two-hour
# finale"; a "six-year trek" or a "ten-year plan" names a project by its span: no figure)
_HYPHENATED_AGE = re.compile(
    r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)?)"
    r"(?=-(?:(?:year|month|week|day)s?-old|hour|minute)(?![\w-]))",
    re.IGNORECASE,
)


def _hyphenated_ages(text: str, code: str) -> list[Number]:
    """The numbers in words of "a two-year-old", "a nine-minute battle" (text2num: one word)."""
    if code != "en":
        return []
    from text_to_num import text2num

    found: list[Number] = []
    for match in _HYPHENATED_AGE.finditer(text):
        try:
            value = text2num(match.group(1).lower().replace("-", " "), "en")
        except ValueError:
            continue
        if value == 1 and not re.match(r"-\w+-old", text[match.end() :]):
            continue  # "its biggest one-day rise", "a one-year high": a span, no figure
        found.append(Number(match.start(), match.end(), Decimal(value), str(value), True))
    return found


def _scale_power(scale: str, code: str) -> int:
    """The power of ten of a value's scale word ("billion" is 10**12 in French)."""
    powers = {"": 0, "thousand": 3, "million": 6, "milliard": 9, "billion": 9, "trillion": 12}
    if code == "fr" and scale == "billion":
        return 12
    return powers.get(scale, 0)


#: The day an ordinal counts, and what from: "400e jour de la guerre", "100th day of the war"
#: (a count since a first day, which a check against that day's date verifies).
_DAY_COUNT = re.compile(
    r"[ \u00a0]+(?:jour|day)[ \u00a0]+(?:de|du|des|d['’]|of)[ \u00a0]*"
    r"(?:(?:la|le|les|l['’]|the)[ \u00a0]*)?[^\W\d_]+",
    re.IGNORECASE,
)


def _ordinal_of_noun(text: str, number: Number, words: Words) -> bool:
    """Whether an ordinal numbers a thing, not a place in a ranking.

    "son 9e but" (a count so far), "la 15e journée", "la 3e circonscription", "au premier
    tour": a noun other than a rank word right after it. "21e place", "3e de Ligue 1",
    "third largest", "118th out of 150" are ranks.
    """
    noun = _match_at(r"[ \u00a0]+([^\W\d_]+)", text, number.end)
    if noun is None or not noun.group(1)[0].islower():
        return False
    word = noun.group(1).lower()
    if word in words.stopwords or re.fullmatch(words.rank_words, word, re.IGNORECASE):
        return False
    if _in_series(text, number.start, number.end):
        return False  # "the third named storm of the 2025/26 season": its place in a series
    return not re.fullmatch(r"out|ex|aequo|overall|sur|among|parmi|équipe|team", word)


def _rank_context(text: str, start: int, end: int, words: Words) -> bool:
    before = re.search(
        rf"(?<!\w)(?:{words.rank_verbs})\s+$", text[max(0, start - 20) : start], re.I
    )
    after = re.match(rf"\s+(?:{words.rank_words})(?!\w)", text[end : end + 20], re.I)
    return bool(before or after or _in_series(text, start, end))


def _in_series(text: str, start: int, end: int) -> bool:
    """Whether an ordinal after "the", "la" places a thing in the series of a period.

    "The storm is the third named storm of the 2025/26 season" ranks the storm; "son 9e but
    de la saison", "his third goal this season" count goals so far, no rank.
    """
    return (
        _SERIES.match(text, end) is not None
        and re.search(r"(?<!\w)(?:the|la|le|l['’])\s*$", text[max(0, start - 6) : start], re.I)
        is not None
    )


# An ordinal's place in the series of a period: "the third named storm of the 2025/26
# season", "la troisième tempête de la saison", "the fifth death this year": a rank
_SERIES = re.compile(
    r"(?:[ \u00a0]+[^\W\d_]+){1,2}[ \u00a0]+(?:of[ \u00a0]+the[ \u00a0]+(?:\d{4}(?:[/-]\d{2,4})?"
    r"[ \u00a0]+)?(?:season|year)|this[ \u00a0]+(?:season|year)|so[ \u00a0]+far|"
    r"de[ \u00a0]+(?:la[ \u00a0]+saison|l['’][ \u00a0]*année)|cette[ \u00a0]+(?:saison|année)|"
    r"depuis[ \u00a0]+le[ \u00a0]+début[ \u00a0]+de[ \u00a0]+l['’][ \u00a0]*année)(?!\w)",
    re.IGNORECASE,
)


# --- figures: number, hedge, range, scale and unit ---------------------------------------------


def _figures(text: str, numbers: list[Number], words: Words) -> list[Figure]:
    by_start = {n.start: n for n in numbers}
    figures: list[Figure] = []
    taken = -1
    for number in numbers:
        if number.start < taken:
            continue
        figure = _figure(text, number, by_start, words)
        if figure is None:
            continue
        if figures and _compound(text, figures[-1], figure):
            continue
        figures.append(figure)
        taken = figure.end
    return figures


# durations from the longest: "four years and six months" adds a smaller to a larger one
_DURATION_ORDER = ("century", "decade", "year", "month", "week", "day", "hour", "minute", "s")


def _compound(text: str, whole: Figure, part: Figure) -> bool:
    """Whether ``part`` completes the duration ``whole``: "four years and six months".

    When it does, ``whole`` takes it (one value, "4 year 6 month": 54 months) and its end.
    Only plain whole numbers of two units, the second smaller, joined by "and", "et" or a
    comma, are added up; "four years to six months" or "six months and four years" are not.
    """
    if whole.kind != "duration" or part.kind != "duration" or whole.rest:
        return False
    if whole.comparator or whole.upper or part.comparator or part.upper or part.fall:
        return False
    if whole.unit not in _DURATION_ORDER or part.unit not in _DURATION_ORDER:
        return False
    if "5" in whole.number.written[-2:] and whole.number.written[-2:-1] in ",.":
        return False  # "two years and a half, and six months": the half ends the duration
    if _DURATION_ORDER.index(part.unit) <= _DURATION_ORDER.index(whole.unit):
        return False
    if not re.fullmatch(r"\s*(?:,|,?\s+(?:and|et))\s+", text[whole.end : part.start]):
        return False
    whole.rest = f"{part.number.written} {part.unit}"
    whole.end = part.end
    return True


# a currency sign right before a figure, as the value reader reads them ("C$3.6bn" is CAD,
# "R$4bn" BRL, "Rs 500" rupees), and the "US $" of wire copy
_SIGN_BEFORE = re.compile(
    rf"(?:US\s?\$|{SIGN_BEFORE_PATTERN})\s?$"
    rf"|(?<![^\W\d_])(?:{'|'.join(sorted(CURRENCY_CODES))})[ \u00a0]$"  # "CHF 3bn", "USD 12m"
)

# a count out of a total after it: "trois César sur onze nominations", "three Oscars from 11"
_TALLY = re.compile(r"\s+(?P<noun>[^\W\d_][\w'’-]*)\s+(?:sur|from|out\s+of)\s+", re.IGNORECASE)


def _figure(text: str, number: Number, by_start: dict[int, Number], words: Words) -> Figure | None:
    start = number.start - number.minus  # "-110 °C": the figure's words start at its minus
    sign = _SIGN_BEFORE.search(text, max(0, start - 5), start)
    currency = _currency(sign.group(), words) if sign else ""
    if sign:
        start -= len(sign.group())
    half = _match_at(r"\s+and\s+a\s+half(?=\s)", text, number.end, re.IGNORECASE)
    if half is not None and not number.ordinal and not number.scale and number.written.isdigit():
        # "six and a half months": 6.5 months, no 6 and no fraction
        written = f"{number.written}.5"
        number = Number(number.start, half.end(), number.figure + Decimal("0.5"), written, True)
    figure = Figure(number, start, number.end)
    if number.ordinal:
        day = _DAY_COUNT.match(text, number.end)
        if day is not None:  # "au 400e jour de la guerre": a day counted from a start
            figure.kind, figure.day_count = "day_count", text[number.start : day.end()]
            return figure
        if _ordinal_of_noun(text, number, words):
            return None  # "son 9e but", "la 3e circonscription", "au premier tour": no rank
        figure.kind, figure.end = "rank", number.end
        return figure
    if (
        number.words
        and number.figure == 1
        and _match_at(r"\s+(?:autres?|other|another)(?!\w)", text, number.end, re.I)
    ):
        return None  # "un autre membre du réseau": no count
    if number.words and number.figure == 2 and _BOTH.search(text, max(0, start - 8), start):
        return None  # "les deux finalistes", "entre les deux tours": both, no count
    upper = _range_end(text, figure, by_start, words, currency)
    last = upper or number
    figure.upper = upper
    position = _tail(text, figure, last, words, currency)
    if figure.kind == "duration" and upper is None and not number.scale:
        position = _and_a_half(text, figure, position)  # "huit ans et demi": 8,5 year
    unitless = not (figure.unit or figure.scale)
    alone = last.figure >= 2 and _alone(text, figure, words)  # "won eight", "four behind"
    if number.words and unitless and not alone and last.figure >= 2:
        link = re.compile(rf"(?<!\w)(?:{words.carry_links})\s+$", re.IGNORECASE)
        figure.linked = alone = link.search(text, max(0, start - 30), start) is not None
    if number.words and unitless and last.figure >= 2 and position == last.end:
        # "trois César sur onze nominations": a tally out of a total counts its noun
        tally = _TALLY.match(text, last.end)
        if tally is not None and tally.end() in by_start:
            position, alone = tally.end("noun"), True
    if number.words and unitless and (last.figure < 2 or position == last.end) and not alone:
        return None  # "un", "une durée", "les deux": an article or a pronoun, no figure
    if upper is not None and unitless and looks_like_year(number) and looks_like_year(upper):
        return None  # "entre 2019 et 2022": a period, read as a date
    if _match_at(rf"\s+(?:{words.fractions})(?!\w)", text, number.end, re.IGNORECASE):
        return None  # "deux tiers": a fraction, not a count
    age = _match_at(r"-[^\W\d_]+-old(?!\w)", text, number.end)  # "The 34-year-old": 34 years
    if figure.kind == "duration" and not age and _time_reference(text, figure, position, words):
        return None
    if figure.kind == "measure" and _classifier(text, figure, position, words):
        return None  # "Deaths on 20mph and 30mph roads": a kind of road, no figure
    if (
        number.words
        and number.figure == 1
        and _match_at(r"\s+(?:1[89]|20)\d\d(?!\d)", text, position)
    ):
        return None  # "une année 2025 de détente", "a 2024 of growth": the year names it
    if _match_at(_LAST_PERIODS, text, number.end, re.IGNORECASE):
        return None  # "sur les douze derniers mois", "the last 12 months": a period, no figure
    if figure.kind == "person" and _match_at(
        r"\s+personnes?\s+(?:morales?|physiques?)(?!\w)", text, number.end, re.I
    ):
        return None  # "pour une personne morale": a legal category, no count
    if figure.kind == "person" and _indefinite(text, figure, words):
        return None  # "Un professeur débutant perçoit...": an article, no count of one
    if figure.kind == "person":
        _ratio(text, figure, words)
    _hedge(text, figure, words)
    return figure


_HALF_AFTER = re.compile(r"\s+(?:et\s+(?P<fr>demie?)|and\s+a\s+half)(?![\w-])", re.IGNORECASE)


def _and_a_half(text: str, figure: Figure, position: int) -> int:
    """A duration's half after its unit: "huit ans et demi" is 8,5 year, "two years and a half".

    Returns where the figure's words now end.
    """
    half = _HALF_AFTER.match(text, position)
    if half is None or figure.rest or figure.number.figure != figure.number.figure.to_integral():
        return position
    number = figure.number
    mark = "," if half.group("fr") else "."
    figure.number = dataclasses.replace(
        number, figure=number.figure + Decimal("0.5"), written=f"{number.written}{mark}5"
    )
    figure.end = max(figure.end, half.end())
    return half.end()


def _indefinite(text: str, figure: Figure, words: Words) -> bool:
    """Whether "un", "une" before a person is an article: "Un professeur certifié perçoit".

    It is when it opens its clause (or follows "d'", "de", "que"), or when a ratio follows
    ("un enseignant pour 18,5 élèves"); "l'accident a fait un mort" counts one.
    """
    number = figure.number
    if not number.words or number.figure != 1 or number.scale:
        return False
    if text[number.start : number.end].lower() not in ("un", "une"):
        return False
    if _match_at(rf"\s+(?:{words.ratio_words})\s+\d", text, figure.end, re.IGNORECASE):
        return True
    before = text[max(0, number.start - 30) : number.start]
    opening = r"(?:^|[.!?;:,(«\"\n]|(?<![^\W\d_])(?:d['’]|de|qu['’]|que|dont|où))\s*$"
    return re.search(opening, before, re.IGNORECASE) is not None


def _ratio(text: str, figure: Figure, words: Words) -> None:
    """Read "un enseignant pour 18,5 élèves": 18,5 pupils per teacher, a bare figure.

    The figure loses its unit (18,5 is no count of persons) and keeps in
    :attr:`Figure.ratio` what it counts per what, for the draft's property and note.
    """
    lead = re.search(
        rf"(?<![^\W\d_])(?:un|une|one|a|an)\s+([^\W\d_]+)\s+(?:{words.ratio_words})\s+$",
        text[max(0, figure.start - 40) : figure.start],
        re.IGNORECASE,
    )
    if lead is None or lead.group(1).lower() not in words.people:
        return
    counted = text[figure.number.end : figure.end].split()
    per = words.per_words.split("|")[0]
    figure.ratio = " ".join([*counted, per, lead.group(1)])
    figure.unit, figure.kind = "", "count"


def _alone(text: str, figure: Figure, words: Words) -> bool:
    """Whether a number in words counts without a noun: "won eight", "four behind"."""
    before = re.compile(rf"(?:{words.alone_before})", re.IGNORECASE)
    if before.search(text, max(0, figure.start - 20), figure.start) is not None:
        return True
    if _match_at(words.alone_after, text, figure.number.end, re.IGNORECASE) is not None:
        return True
    # "Eleven were taken to hospital": the subject of its sentence, counted without a noun
    opens = text[figure.start : figure.start + 1].isupper() and (
        _SENTENCE_END.search(text, max(0, figure.start - 4), figure.start) is not None
        or figure.start == 0
    )
    verb = rf"\s+(?:{words.subject_verbs})(?!\w)"
    return opens and _match_at(verb, text, figure.number.end, re.IGNORECASE) is not None


_SENTENCE_END = re.compile(r"(?:[.!?]\s+|\n\s*|^\s*)$")


# A number of a period counted back or ahead: "les douze derniers mois", "des trois
# prochaines années" (the English "the last 12 months" is a time reference already)
_LAST_PERIODS = (
    r"\s+(?:derni|prochain|précédent)\w*\s+(?:mois|ans|années|semaines|jours|trimestres|semestres)"
    r"(?!\w)|\s+(?:previous|preceding|prior|past|last|next|coming|following)\s+(?:months|years|"
    r"weeks|days|quarters)(?!\w)"  # "job growth in the two previous months"
)
# "the two", "les deux" name a pair the text speaks of (both), never a count to check
_BOTH = re.compile(r"(?<!\w)(?:les|ces|the|these|those)\s+$", re.IGNORECASE)


def _classifier(text: str, figure: Figure, end: int, words: Words) -> bool:
    """Whether a unit glued to its number names a kind of thing: "20mph and 30mph roads".

    Only a glued unit ("20mph", "500MW") before a plural noun, or before another such
    figure listed with "and", "or" that stands before one.
    """
    if not text[figure.number.end : figure.number.end + 1].isalpha():
        return False
    listed = r"(?:\s+(?:and|or|et|ou)\s+\d[\d.,]*[^\W\d_]+)?"
    noun = re.compile(rf"{listed}\s+([^\W\d_]+)(?![\w'’-])").match(text, end)
    if noun is None:
        return False
    word = noun.group(1)
    if _CHANGE_NOUNS.fullmatch(word):
        return False  # "two 2p cuts to national insurance": the size of each, no kind of cut
    return plural(word) and word.islower() and word.lower() not in words.stopwords


_CHANGE_NOUNS = re.compile(
    r"cuts|rises|increases|reductions|hikes|falls|drops|baisses|hausses", re.IGNORECASE
)


def looks_like_year(number: Number) -> bool:
    """A number in digits that reads as a year: "1990", "2035"."""
    return not number.words and len(number.written) == 4 and 1800 <= number.figure <= 2100


# "for (about) six hours", "pendant (environ) six heures": a length, whatever follows it
_LENGTH_LEAD = re.compile(
    r"(?<!\w)(?:for|pendant|durant)\s+(?:(?:about|around|nearly|almost|over|more\s+than|"
    r"less\s+than|up\s+to|environ|près\s+de|plus\s+de|moins\s+de)\s+)?$",
    re.IGNORECASE,
)


def _time_reference(text: str, figure: Figure, end: int, words: Words) -> bool:
    """Tell a time ("un an plus tôt", "the three months to September") from a length of time."""
    after = re.match(rf"\s+(?:{words.time_after})(?!\w)", text[end : end + 30], re.IGNORECASE)
    lead = text[max(0, figure.start - 20) : figure.start]
    # "suspended for 18 months after admitting", "drinking for about six hours before the
    # attack": how long, told with the event it is measured from
    if (
        after is not None
        and re.fullmatch(r"\s+(?:before|after|avant|après)", after.group(), re.I)
        and _LENGTH_LEAD.search(text[max(0, figure.start - 30) : figure.start])
    ):
        after = None
    if after is not None and _ELAPSED.fullmatch(after.group()) and _hedged(text, figure, words):
        figure.elapsed = True  # "about 20 minutes later", "almost 10 years ago": a length
        return False
    if after is not None and _ELAPSED.fullmatch(after.group()) and _YEAR_BEFORE.search(lead):
        figure.elapsed = True  # "opened in 2009, 17 years ago": the time since that year
        return False
    before = re.search(rf"(?<!\w)(?:{words.time_before})\s+$", lead, re.IGNORECASE)
    if figure.number.words and figure.number.figure == 1 and figure.upper is None:
        # "sur un an", "over one year": the period a change is measured over
        before = before or re.search(rf"(?<!\w)(?:{words.one_period_before})\s+$", lead, re.I)
    return bool(after or before)


def currency_code(written: str, words: Words) -> str:
    """The ISO code of a currency as written ("dollar", "pound", "$"), else ``""``."""
    return _currency(written, words)


def _currency(written: str, words: Words) -> str:
    for pattern, code in words.currencies:
        if re.fullmatch(rf"\s*(?:{pattern})\s*", written, re.IGNORECASE):
            return code or written.strip().upper()
    return ""


def _range_end(
    text: str, figure: Figure, by_start: dict[int, Number], words: Words, currency: str
) -> Number | None:
    """The upper end of "300 à 500", "between $150 million and $200 million", or None."""
    number = figure.number
    rest_start = number.end
    first_scale = number.scale
    if not first_scale:
        scale = _match_scale(text, rest_start, words, bool(currency))
        if scale:
            first_scale, rest_start = scale
    unit_here = _match_at(r"\s?%", text, rest_start)
    if unit_here:
        rest_start = unit_here.end()
    between_word, and_word = words.between
    before = text[max(0, figure.start - 30) : figure.start]
    if re.search(rf"(?<!\w){between_word}\s+$", before, re.IGNORECASE):
        separator = rf"\s+{and_word}\s+"
    else:
        separator = rf"\s*(?:{words.range_words})\s*"
        changed = re.search(rf"(?<!\w)(?:{words.change_words})\b[^.;:]{{0,30}}$", before, re.I)
        if changed and not _LEVEL_RANGE.search(before):
            return None  # "passé de 300 à 500": a change, two figures
    match = _match_at(
        separator + rf"(?:(?:US\s?\$|{SIGN_BEFORE_PATTERN})\s?)?", text, rest_start, re.I
    )
    if not match:
        return None
    upper = by_start.get(match.end())
    if upper is None and text[match.end() : match.end() + 1] in ("-", "−"):
        upper = by_start.get(match.end() + 1)  # "-5 to -2 °C"
        upper = upper if upper is not None and upper.minus else None
    if upper is None or upper.ordinal or upper.signed < number.signed:
        return None
    if "-" in match.group() and " " in match.group():
        return None  # "2014 - 300": a dash with spaces separates clauses
    upper_scale = upper.scale or (_match_scale(text, upper.end, words, bool(currency)) or ("",))[0]
    if first_scale and first_scale != upper_scale:
        return None
    if not currency and re.search(rf"[{SIGN_CHARACTERS}]", match.group()):
        return None  # "gained 1.5% to $78.40": a change and a price, two figures
    percent = rf"\s?(?:{words.percent})(?!\w)"
    if unit_here and not _match_at(percent, text, _after_scale(text, upper, words, currency), re.I):
        return None  # "lost 1.66% to 6,737.49": a change in % and a level, two figures
    return upper


def _after_scale(text: str, number: Number, words: Words, currency: str) -> int:
    """Where a number's scale word ends, else the number: "2 millions" ends after "millions"."""
    if number.scale:
        return number.end
    scale = _match_scale(text, number.end, words, bool(currency))
    return scale[1] if scale else number.end


def _tail(text: str, figure: Figure, last: Number, words: Words, currency: str) -> int:
    """Read scale, unit and rate after the last number; return where the figure's words end."""
    position = last.end
    figure.scale = last.scale
    if not figure.scale:
        scale = _match_scale(text, position, words, bool(currency))
        if scale:
            figure.scale, position = scale[0], scale[1]
    percent = _match_at(rf"\s?(?:{words.percent})(?!\w)", text, position, re.IGNORECASE)
    points = _match_at(rf"\s?(?:{words.points})(?!\w)", text, position, re.IGNORECASE)
    basis = _match_at(rf"\s?(?:{words.basis_points})(?!\w)", text, position, re.IGNORECASE)
    bare = None  # "points" of an index or a league table: a figure without unit
    plain = _match_at(r"\s?points?(?!\w)", text, position, re.IGNORECASE)
    if not points and not basis and plain:
        bare = _bare_points(text, figure, last, plain.end(), words)
        around = text[max(0, figure.start - 150) : position + 150]
        if bare is None and re.search(rf"%|{words.percent}|{words.rate_nouns}", around, re.I):
            points = plain
        elif bare is None:
            bare = "points"  # "a perdu 21 points en mathématiques": a score's, signed bare
    code = currency
    if not code:
        currencies = _currency_pattern(words.currencies)
        match = _match_at(rf"\s?(?:{words.partitive})?({currencies})", text, position, re.I)
        if match:
            code, position = _currency(match.group(1), words), match.end()
        else:
            unnamed = _match_at(
                rf"\s?(?:{words.partitive})?({words.unnamed_currencies})(?!\w)",
                text,
                position,
                re.I,
            )
            if unnamed:  # "500 rupees": which? drafted bare, never as a guessed code
                figure.unnamed_currency, position = unnamed.group(1), unnamed.end()
            elif cents := _in_cents(text, figure, position, words):
                code, position = words.cents[1], cents
    if code:
        figure.kind, figure.unit = "currency", code
    elif percent:
        figure.kind, figure.unit, position = "percent", "%", percent.end()
    elif basis:
        figure.kind, figure.unit, position = "points", "bp", basis.end()
    elif bare is not None and plain is not None:
        figure.kind, position = bare, plain.end()  # "shedding 108.2 points": -108.2
    elif points:
        figure.kind, figure.unit, position = "points", "pp", points.end()
    elif unit := _unit(text, position, words, bool(figure.scale)):
        figure.kind, (figure.unit, position) = "measure", unit
    else:
        position = _noun(text, position, figure, words)
    if figure.kind == "currency":  # "£58.87/MWh", "50 € par tonne": a price of a unit
        # "4 630 euros le mètre carré", "10,10 euros de moins par mètre carré"
        per = rf"\s?/\s?|(?:\s+de\s+(?:plus|moins))?\s+(?:{words.rate_words}|{_PRICE_ARTICLES})\s+"
        priced = _match_at(rf"(?:{per})(?=[^\W\d_])", text, position, re.IGNORECASE)
        unit = _unit(text, priced.end(), words, False, after_number=False) if priced else None
        if priced and unit is None and priced.group().strip() == "/":
            other = _match_at(r"[^\W\d_]+", text, priced.end())  # "$3/gallon"
            unit = (other.group(), other.end()) if other else None
        if unit is not None:
            figure.unit += "/" + unit[0]  # verify may refuse it: the draft then leaves it out
            position = unit[1]
    if figure.kind in ("currency", "person", "measure", "count") and not _timed(figure.unit):
        # "565,000 tonnes of CO2 a year": the gas is the property's, the rate the value's
        gas = r"(?:\s+(?:of|de|d['’])\s*(?:CO2|CO₂|carbone|carbon(?:\s+dioxide)?|CO2e|CO2eq))?"
        if figure.kind == "currency":  # "2 100 euros net par mois": pay net or gross, a rate
            gas = rf"(?:\s+(?:{words.pay_qualifiers}))?"
            monthly = _match_at(
                rf"{gas}\s+({words.rate_adjectives})(?!\w)", text, position, re.IGNORECASE
            )
            if monthly is not None:  # "2 600 euros nets mensuels": 2 600 EUR/month
                period = re.sub(r"(?:le)?s?$", "", monthly.group(1).lower())
                figure.unit += "/" + _RATE_ADJECTIVES[period]
                figure.end = max(figure.end, monthly.end())
                return monthly.end()
        # "67 take-offs and landings an hour": a rate of the things counted
        # (nouns and "and" only: "20,000 cars off its roads every day" is no rate of cars)
        counted = rf"\s+(?!(?:{words.rate_words}|an)\s)[^\W\d_]+(?:-[^\W\d_]+)*"
        noun = f"(?:{counted}){{0,3}}?" if figure.kind == "count" else ""
        if noun:
            end = re.compile(rf"{noun}(?=\s+(?:{words.rate_words}|an)\s)", re.I).match(
                text, position
            )
            between = text[position : end.end()].split() if end else []
            if any(
                w.lower() in words.stopwords and w.lower() not in ("and", "et") for w in between
            ):
                noun = "(?!)"
        rate = _match_at(
            rf"{gas}{noun}\s+(?:{words.rate_words}|an)\s+(\w+)", text, position, re.IGNORECASE
        )
        if rate and _match_at(rf"{gas}\s+(?:{words.time_shifts})(?!\w)", text, position, re.I):
            rate = None  # "$0.98 a year earlier": a time, not a rate
        lead = rate.group().split()[-2] if rate is not None else ""
        if rate is not None and lead.lower() in ("a", "an", "un", "une"):
            at = text.rindex(lead, position, rate.start(1))  # "13.5 million bpd a year earlier"
            if _match_at(rf"\s+(?:{words.time_shifts})(?!\w)", text, rate.end(), re.I) or (
                _match_at(rf"(?:{words.time_shifts})(?!\w)", text, at, re.I)
            ):
                rate = None  # "2,400 a year earlier" (not "500 par jour avant la guerre": a rate)
        name = rate.group(1).lower() if rate else ""
        word_one = figure.number.words and figure.number.figure < 2  # "une fois par an"
        per_time = words.rates.get(name) in _TIME_UNITS  # "12 passages par heure": 12/hour
        if rate and name in words.rates and (figure.kind != "count" or per_time):
            if figure.kind == "count" and word_one:
                return position
            figure.unit += "/" + words.rates[name]
            position = rate.end()
        elif "/" not in figure.unit:
            denominator = _denominator(text, position, words)
            if figure.kind != "count" or denominator is not None:
                position = _per(text, position, figure, words, denominator)
    figure.end = max(figure.end, position)
    return position


_PLAIN_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _in_cents(text: str, figure: Figure, position: int, words: Words) -> int:
    """Write an amount in cents in its currency: "rose 11 cents" is 0.11 USD.

    Returns where "cents" ends, or 0 (no cents, or a number it cannot divide as written).
    Verify reads "98 cents" in a quote as 0.98 USD, never a value "98 cents".
    """
    pattern, code, mark = words.cents
    cents = _match_at(rf"\s?(?:{pattern})(?![\w'’])", text, position, re.IGNORECASE)
    numbers = [n for n in (figure.number, figure.upper) if n is not None]
    if cents is None or not code or figure.scale or figure.number.minus:
        return 0
    grouping = "," if mark == "." else "."
    if not all(_PLAIN_NUMBER.fullmatch(n.written) and grouping not in n.written for n in numbers):
        return 0  # "1,200 cents" in English: grouped, left as written
    figure.number = _hundredth(figure.number, mark)
    if figure.upper is not None:
        figure.upper = _hundredth(figure.upper, mark)
    return cents.end()


def _hundredth(number: Number, mark: str) -> Number:
    """The number divided by 100, written with the language's decimal mark: 98 -> 0.98."""
    figure = number.figure.scaleb(-2)
    written = format(Decimal(number.written.replace(",", ".")).scaleb(-2), "f")
    return dataclasses.replace(number, figure=figure, written=written.replace(".", mark))


# A rate written as an adjective after pay ("nets mensuels", "a salary of £40,000 annually"),
# its ending ("-le", "-s") dropped
_RATE_ADJECTIVES = {
    "mensuel": "month",
    "annuel": "year",
    "hebdomadaire": "week",
    "monthly": "month",
    "annually": "year",
    "weekly": "week",
}
_PRICE_ARTICLES = r"le|la|l['’]|du"  # "4 630 euros le mètre carré": French for "per"
# the units of Words.rates a count may be per: "67 take-offs an hour", "4 réunions par année"
_TIME_UNITS = ("day", "week", "month", "year", "hour")


def _timed(unit: str) -> bool:
    """Whether a unit is already a rate per time: "EUR/month"; "EUR/m²" is not."""
    return any(unit.endswith("/" + time) for time in _TIME_UNITS)


def _per(
    text: str, position: int, figure: Figure, words: Words, denominator: re.Match[str] | None
) -> int:
    """Read a rate no value can write: "4.8 deaths per billion vehicle miles".

    The figure then loses its unit (a rate of deaths is no count of persons) and keeps in
    :attr:`Figure.per` what it is a rate of, for the draft's property and note. Returns
    where the figure's words end. ``denominator`` is the round one right after the figure
    ("per 100,000 people"), if any (:func:`_denominator`).
    """
    if denominator is not None:  # "4.1 per 100,000 people": no figure of 100,000 persons
        noun = denominator.group("noun")
        if noun and (noun.lower() in words.stopwords or not noun.islower()):
            noun = None  # "5.3 per 100,000 the week before"
        end = denominator.end("noun") if noun else denominator.end("number")
        figure.per = " ".join(text[denominator.start("per") : end].split())
        if figure.kind == "person":
            figure.unit, figure.kind = "", "count"
        return end
    per = _match_at(
        rf"\s+(?:{words.per_words})\s+(?!rapport(?!\w))((?:[^\W\d_]+(?:-[^\W\d_]+)*\s+){{0,2}}[^\W\d_]+)(?!\w)",
        text,
        position,
        re.IGNORECASE,
    )
    if per is None and figure.kind == "currency":  # "£6.89 a journey": a price of a thing
        per = _match_at(
            r"\s+(?:a|an)\s+([^\W\d_]+)(?=\s*[,.;:)]|\s*$|\s+(?:and|or|in|on|under|against|"
            r"compared|for|from|to)\s)",
            text,
            position,
        )
        if per is not None and (per.group(1).lower() in words.stopwords or plural(per.group(1))):
            per = None
    if per is None:
        return position
    tail: list[str] = []
    for word in per.group(1).split():
        if word.lower() in words.stopwords:
            break  # "par dossier en moyenne", "per mile in 2024": what it is per ends there
        tail.append(word)
    if not tail:
        return position
    figure.per = f"{per.group().split()[0]} {' '.join(tail)}"
    if figure.kind == "person":
        figure.unit, figure.kind = "", "count"
    return per.start(1) + len(" ".join(tail))


def _denominator(text: str, position: int, words: Words) -> re.Match[str] | None:
    """The round denominator of a rate right after a figure: "per 100,000 people".

    Only a power of ten ("per 1,000 births", "pour 100 000 habitants"): "pour 200 000
    euros" after a figure is another amount.
    """
    return _match_at(
        # "5,82 postes d'enseignant pour 100 élèves": the noun's complement may stand between
        r"(?:\s+(?:de|d['’]|of)\s*[^\W\d_]+)?"
        rf"\s+(?P<per>{words.per_number_words})\s+(?P<number>10*(?:[,\u00a0\u202f ]000)*)"
        r"(?!\d|[.,]\d|\s?%)(?:\s+(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)*))?",
        text,
        position,
        re.IGNORECASE,
    )


# After a change, "to" opens the level it reaches, which may be a range: "narrowed its range
# to 4.25%-4.50%", "rose to a range of 2 to 3%" (not "rose from 2 to 3%", "by 2 to 3%").
_LEVEL_RANGE = re.compile(
    r"(?<!\w)(?:to|at|à|au|aux)(?:\s+(?!(?:from|by|de|du|des)\b)[^\W\d_]+){0,3}\s+$", re.I
)
_SENTENCE_REACH = 250  # characters before a figure where the words of its sentence are read
_SENTENCE_STOP = re.compile(r"[.!?;](?=\s)|\n")  # not the point of "6,737.49"


def _bare_points(text: str, figure: Figure, last: Number, end: int, words: Words) -> str | None:
    """The kind of figure "points" make when they are no percentage points, else None.

    Points of a stock index ("the FTSE 100 fell 45.2 points", "à 8 124,5 points") are
    ``points`` without unit, so that a fall still takes its sign; points of a league table
    ("à 4 points du leader") a ``count``, never percentage points. A poll's points ("4
    points ahead in the polls") are percentage points.
    Points above 100, or far from any rate, are a score's ("perdu 21 points en
    mathématiques"): ``points`` without unit too, signed as the value grammar reads them.
    """
    low = max(0, figure.start - _SENTENCE_REACH)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, low, figure.start)]
    before = text[stops[-1] if stops else low : figure.start]
    rest = _SENTENCE_STOP.search(text, end, end + 150)
    after = text[end : rest.start() if rest else end + 150]
    if re.search(rf"(?<!\w)(?:{words.poll_words})(?!\w)", before + " " + after, re.I):
        return None
    if re.search(rf"(?<!\w)(?:{words.league_words})(?!\w)", before + " " + after, re.I):
        return "count"
    indexes = list(re.finditer(rf"(?<!\w)(?:{words.index_words})(?!\w)", before, re.I))
    if indexes:  # the nearest index, unless a rate is named after it ("CAC 40; le chômage")
        rate = re.search(rf"(?<!\w)(?:{words.rate_nouns})", before[indexes[-1].end() :], re.I)
        if rate is None:
            return "points"
    if last.figure > 100:
        return "points"  # "474 points": a score's or an index's, no rate's
    return None


def _match_scale(text: str, position: int, words: Words, money: bool) -> tuple[str, int] | None:
    match = _match_at(r"\s*([^\W\d_]+)", text, position)  # a wrapped line: the quote joins it
    if not match:
        return None
    word = match.group(1)
    if word.lower() in words.scales:
        scale = words.scales[word.lower()]
        crore = compound_scale(word, text, match.end())
        if crore is not None:  # "₹2 lakh crore", "Rs 20 thousand crore": one scale
            return f"{scale} crore", crore[1]
        return scale, match.end()
    abbreviation = words.scale_abbreviations.get(word.lower())
    if abbreviation is None:
        return None
    followed_by_money = _match_at(
        rf"\s?(?:[{SIGN_CHARACTERS}]|d['’]\s*euros|euros|dollars)", text, match.end()
    )
    if money or followed_by_money or _counts_after(text, match, words):
        return abbreviation, match.end()
    if abbreviation in _UNAMBIGUOUS_SCALES and match.start() == match.start(1):
        return abbreviation, match.end()  # "reached 1.7bn over the year": no unit is "bn"
    return None


# Scale abbreviations that are no unit: glued to a number, they scale it whatever follows
# ("1.7bn", "334bn vehicle miles"); "20m" may be metres, "5k" a race.
_UNAMBIGUOUS_SCALES = frozenset({"billion", "milliard", "trillion"})


def _counts_after(text: str, abbreviation: re.Match[str], words: Words) -> bool:
    """Whether a scale abbreviation glued to a number is one before what it counts.

    "6.7m hectares", "a 3.1bn-tonne rise" (a unit in words), "20m people", "7.54m cases"
    (a plural noun after a number with decimals; "the 400m hurdles" are metres).
    """
    if abbreviation.start() != abbreviation.start(1):
        return False  # "20 m": apart from its number, a unit
    unit = _unit_regex(words.units).match(text, abbreviation.end() + 1)
    spaced = _match_at(r"[ \u00a0-]", text, abbreviation.end()) is not None
    in_words = unit is not None and unit.group()[0].islower() and len(unit.group()) > 2
    if spaced and in_words and unit and not _match_at(r"[\w'’]", text, unit.end()):
        return True  # a unit written in words, not a symbol ("20m t" stays unread)
    noun = _match_at(r" ([^\W\d_]+)(?![\w'’-])", text, abbreviation.end())
    if noun is None or noun.group(1).lower() in words.stopwords:
        return False
    if noun.group(1).lower() in words.people:
        return True
    decimals = re.search(r"[.,]\d+$", text[max(0, abbreviation.start() - 8) : abbreviation.start()])
    return plural(noun.group(1)) and noun.group(1).islower() and decimals is not None


def _match_at(pattern: str, text: str, position: int, flags: int = 0) -> re.Match[str] | None:
    """``re.match(pattern, text[position:])`` without copying the rest of the text.

    The match's positions are the text's. No pattern here looks behind its start.
    """
    return re.compile(pattern, flags).match(text, position)


@functools.cache
def _currency_pattern(currencies: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?:{pattern})(?!\\w)" for pattern, _ in currencies)


@functools.cache
def _unit_regex(units: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """One alternation of the units, each in its group: the first that matches wins."""
    return re.compile("|".join(f"({pattern})" for pattern, _ in units))


def _unit(
    text: str, position: int, words: Words, scaled: bool, after_number: bool = True
) -> tuple[str, int] | None:
    """The measurement unit right after a figure, as a value writes it, and where it ends.

    "1.2 km", "480 kilomètres", "1,2 million de tonnes" (the partitive after a scale
    word only), "500MW", "the 140-mile line" (a unit in words after a hyphen).
    ``after_number`` is False for the unit a price is of ("£326m a mile"): glued to no
    number, any unit is one.
    """
    partitive = f"(?:{words.partitive})?" if scaled else ""
    hyphen = "|-(?=[^\\W\\d_]{3})"  # "a 3.1bn-tonne rise", "the 140-mile line"
    lead = _match_at(rf"(?:[ \u00a0\u202f]{hyphen})?{partitive}", text, position)
    found = _unit_regex(words.units).match(text, lead.end() if lead else position)
    if found is None or _match_at(r"[\w'’]", text, found.end()):
        return None
    if text[position : position + 1] == "-" and not scaled and not found.group()[1:].isalpha():
        return None  # "the 20-m mark": only a unit in words follows a hyphen
    glued = found.start() == position and text[position : position + 1].isalpha()
    # "20m", "5t": glued, a scale or a typo, not metres or tonnes; "the 400m hurdles" are
    event = found.group() == "m" and _EVENT.match(text, found.end()) is not None
    if after_number and glued and not event and not re.match(rf"(?:{GLUED_UNITS})$", found.group()):
        return None
    unit, end = words.units[(found.lastindex or 1) - 1][1], found.end()
    # "420 kWh/m²/an": a unit per area, per time
    while per := _match_at(r"\s?/\s?([^\W\d_]+\b|m²|m2|km²|km2)", text, end):
        name = per.group(1)
        if name.lower() in words.rates and "/" + words.rates[name.lower()] not in unit:
            unit, end = f"{unit}/{words.rates[name.lower()]}", per.end()
            continue
        if name in PER_SYMBOLS and "/" + PER_SYMBOLS[name] not in unit:  # "30 km/s"
            unit, end = f"{unit}/{PER_SYMBOLS[name]}", per.end()
            continue
        other = _unit_regex(words.units).fullmatch(name)
        if other is None:
            break
        unit, end = f"{unit}/{words.units[(other.lastindex or 1) - 1][1]}", per.end()
    if _match_at(r"\s?/\s?[^\W\d_]", text, end):
        return None  # "3 km/jiffy": a rate of a unit it cannot read is no "3 km"
    return unit, end


# After "jours", "days": a day-fine, a count of units of a fine ("100 jours-amende")
_DAY_FINE = re.compile(r"[ \u00a0-]?(?:amendes?|fines?)(?![\w'’])", re.IGNORECASE)

# Seconds glued to their number: "9.58sec", "37sec" (a time in parts is no figure)
_GLUED_SEC = re.compile(r"secs?(?![\w'’])")
# A race after a distance glued to "m": "the 400m hurdles", "Bolt's 100m world record"
_EVENT = re.compile(
    r"\s+(?:world\s+record|record|hurdles|freestyle|butterfly|backstroke|breaststroke|"
    r"medley|relay|sprint|final|dash|title|race)(?!\w)",
    re.IGNORECASE,
)


def _noun(text: str, position: int, figure: Figure, words: Words) -> int:
    """Read the noun after the figure: persons, a duration, or things counted (no unit).

    Returns where the figure's words end; ``figure.kind`` is ``count`` with the end moved
    past the noun when things are counted ("14 stations", "two larger rivals").
    """
    if (glued := _GLUED_SEC.match(text, position)) is not None:  # "9.58sec", "37sec"
        figure.kind, figure.unit = "duration", "s"
        return glued.end()
    hyphen = _match_at(r"-([^\W\d_]+)(?:-old(?![\w'’-])|(?![\w'’-]))", text, position)
    if hyphen is not None and hyphen.group(1).lower() in words.durations:
        # "the government's 10-year plan": 10 years ("10-year-olds" are an age group)
        figure.kind, figure.unit = "duration", words.durations[hyphen.group(1).lower()]
        return hyphen.end()  # "The 34-year-old": 34 years
    match = _match_at(
        rf"\s+(?:{words.partitive})?([^\W\d_]+(?:['’][^\W\d_]+)?)(?:\s+([^\W\d_]+))?",
        text,
        position,
        re.IGNORECASE,
    )
    if not match or _PARAGRAPH.search(text, position, match.start(1)):
        return position  # "depuis 1947\n\nDouze départements": a title's year counts nothing
    second_word = match.group(2) or ""
    if second_word and _PARAGRAPH.search(text, match.end(1), match.start(2)):
        second_word = ""  # "for 14 years\n\nRachel Reeves": the next paragraph's name
    first, second = match.group(1).lower(), second_word.lower()
    if first in words.durations:
        if (fine := _DAY_FINE.match(text, match.end(1))) is not None:
            return fine.end()  # "100 jours-amende", "60 day fines": a fine's units, no length
        figure.kind, figure.unit = "duration", words.durations[first]
        return match.end(1)
    if first in words.people:
        figure.kind, figure.unit = "person", "person"
        return match.end(1)
    adjective = first not in words.stopwords or first in words.count_adjectives
    if second in words.people and adjective:
        figure.kind, figure.unit = "person", "person"
        return match.end(2)
    if plural(first) and first not in words.stopwords:
        return match.end(1)
    if plural(second) and second not in words.stopwords and second_word[0].islower():
        return match.end(2)
    return position


_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")  # a blank line: no noun of a figure crosses it


def plural(word: str) -> bool:
    """Whether a word looks plural: "stations", "prix" (not "press")."""
    return len(word) > 2 and word.endswith(("s", "x")) and not word.endswith("ss")


# After a duration, the words of a time between two events ("later", "ago", "plus tard")
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d\s*,\s*$")  # "in 2009, 17 years ago"
_ELAPSED = re.compile(r"\s+(?:ago|earlier|later|plus\s+tôt|plus\s+tard)", re.IGNORECASE)


def _hedged(text: str, figure: Figure, words: Words) -> bool:
    """Whether a hedge stands right before a figure: "about 20", "almost 10", "près de"."""
    before = text[max(0, figure.start - 40) : figure.start]
    return any(
        re.search(rf"(?<![\w-])(?:{pattern})\s*$", before, re.IGNORECASE)
        for pattern, _ in words.hedges
    )


def find_fractions(text: str, code: str, words: Words) -> list[Figure]:
    """The proportions written in words before "of", "de": "about a fifth of", "un quart des".

    Each is a figure in percent (``a fifth`` is ``20 %``, ``deux tiers`` ``66.7 %``), with
    its hedge (``more than a tenth of`` is ``>10 %``), as figure-in-quote reads it in its
    quote. A half ("half of", "la moitié") is left out: "the first half of 2025" is a period.
    """
    pattern = _FRACTION_PATTERNS.get(code)
    if pattern is None:
        return []
    found: list[Figure] = []
    for match in pattern.finditer(text):
        count = _FRACTION_COUNTS[match.group("count").lower()]
        whole = _FRACTION_WHOLES[match.group("part").lower()]
        if count >= whole:
            continue
        share = Decimal(100 * count) / Decimal(whole)
        exact = share == share.to_integral_value()
        written = str(share.to_integral_value()) if exact else f"{share:.1f}"
        if code == "fr":
            written = written.replace(".", ",")
        number = Number(match.start(), match.end("part"), share, written, True)
        figure = Figure(number, number.start, number.end, kind="percent", unit="%")
        figure.fraction = True
        _hedge(text, figure, words)
        found.append(figure)
    return found


_FRACTION_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "neuf": 9,
}  # fmt: skip
_FRACTION_WHOLES = {
    "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "tenth": 10, "tenths": 10, "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5,
    "cinquièmes": 5, "dixième": 10, "dixièmes": 10,
}  # fmt: skip
_FRACTION_PATTERNS = {
    "en": re.compile(
        r"(?<![\w-])(?P<count>an?|one|two|three|four|nine)[\s-]+"
        r"(?P<part>thirds?|quarters?|fifths?|tenths?)(?=\s+of\s)"
        r"(?!\s+of\s+an?\s+(?:thousand|million|billion|trillion)(?!\w))",  # 250,000
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?<![\w-])(?P<count>une?|deux|trois|quatre|neuf)\s+"
        r"(?P<part>tiers|quarts?|cinquièmes?|dixièmes?)(?=\s+(?:de|des|du|d['’]))",
        re.IGNORECASE,
    ),
}


# Spells counted like durations: "over 15 seasons", "sur cinq mandats" (during, no bound)
_SPELLS = re.compile(
    r"\s+(?:seasons?|campaigns?|terms?|saisons?|mandats?|législatures?)(?!\w)", re.IGNORECASE
)

# A figure right before "over": what follows is what it is spread over, no bound
_OVER_A_PERIOD = re.compile(r"\d[%\w]*\s+$")


def _hedge(text: str, figure: Figure, words: Words) -> None:
    if figure.upper is not None:
        return
    before = text[max(0, figure.start - 40) : figure.start]
    best: tuple[int, str, str] | None = None
    for pattern, comparator in words.hedges:
        # "about a 70% chance": an approximation hedges the figure across an article
        article = r"(?:\s+(?:a|an))?" if comparator == "~" else ""
        match = re.search(rf"(?<![\w-])(?:{pattern}){article}\s*$", before, re.IGNORECASE)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), comparator, " ".join(match.group().lower().split()))
    if best is not None:
        offset, comparator, written = best
        duration = figure.kind == "duration"
        if written == words.not_before_durations and (
            duration or _SPELLS.match(text, (figure.upper or figure.number).end) is not None
        ):
            return  # "Over 15 seasons, he scored": during, no bound
        if written in words.duration_only_hedges and not duration:
            return
        if written == "over" and _OVER_A_PERIOD.search(before[:offset]):
            return  # "a saving of $19.89 over twelve monthly payments": spread over, no bound
        figure.comparator = comparator
        figure.start -= len(before) - offset
        return
    after = text[figure.end : figure.end + 20]
    for pattern, comparator in words.trailing_hedges:
        match = re.match(rf"\s+(?:{pattern})(?!\w)", after, re.IGNORECASE)
        if match:
            figure.comparator = comparator
            figure.end += match.end()
            return


def byline_word_count(text: str, words: Words) -> tuple[int | None, tuple[int, int] | None]:
    """The word count a byline states ("325 mots"), and where, among the first lines."""
    head = text[: sum(len(line) + 1 for line in text.splitlines()[:4])]
    # a bounded run of digits: a line of thousands of numbers must not be read back and forth
    digits = r"\d[\d \u00a0\u202f]{0,12}"
    match = re.search(rf"(?<![\w.,])({digits})\s*(?:{words.word_count})\b", head)
    if not match:
        return None, None
    return int(re.sub(r"\D", "", match.group(1))), match.span()
