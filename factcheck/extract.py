"""Draft the claims of an article from its text: one claim per figure, for an editor to finish.

:func:`extract` finds every figure a French or English text prints, in digits
(``44,4%``, ``€60.7 billion``, ``41,000 people``) or in words (``un million d'euros``,
``deux ans``, ``two larger rivals``), and writes it in the value grammar with its
hedge (``environ 90`` is ``~90 person``, ``un peu moins de 2 millions d'euros`` is
``<2 million EUR``, ``300 à 500`` is ``300 to 500``), its unit (a currency, ``%``,
``person``, a duration; none for counts of things and ranks) and its scale word.
Numbers are read as the language writes them (:func:`factcheck.values.read_number`),
words with text2num.

Each claim gets the smallest clause around its figure that appears in the text as
its ``quote`` (longer when that clause is printed twice and a little more context
tells the two apart), the date or period written in the same clause (or the only
one of its sentence) as its ``when``, an id made of the words around the figure, and
a ``subject`` and ``property`` where the sentence makes them obvious, ``"?"``
otherwise: the rule ``incomplete-claim`` reminds the editor. Dates that no figure
uses become claims of their own, without a value (``lancé en septembre 2012``).
"""

from __future__ import annotations

import builtins
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from factcheck.extract_dates import DateMention, find_dates
from factcheck.extract_words import Words, words_for
from factcheck.text import normalise
from factcheck.values import ValueSyntaxError, parse_value, read_number

if TYPE_CHECKING:
    from factcheck.model import Claim

__all__ = [
    "PLACEHOLDER",
    "Draft",
    "DraftClaim",
    "Recall",
    "extract",
    "make_ids_unique",
    "measure_recall",
    "quote_spans",
]

PLACEHOLDER = "?"
_MAX_QUOTE = 160  # a quote grown to tell two occurrences apart stops at this length
_ID_WORDS = 3
_PROPERTY_WINDOW = 60  # characters after the figure where a property word may stand
_RATES = {"day": "daily", "week": "weekly", "month": "monthly", "year": "annual"}
_THING_PROPERTIES = frozenset({"contract_value", "contract_duration"})


@dataclass(slots=True)
class DraftClaim:
    """A claim as drafted, with where its figure and its quote stand in the text."""

    id: str
    quote: str
    subject: str
    property: str
    value: str | None
    when: str | None
    kind: str = "fact"
    qualifiers: dict[str, str] = field(default_factory=dict)
    position: int = 0  # where the figure (or the date of a claim without value) starts
    quote_span: tuple[int, int] = (0, 0)

    @builtins.property  # the field "property" shadows the builtin in this class
    def incomplete(self) -> bool:
        """Whether the editor still has to name the subject or the property."""
        return PLACEHOLDER in (self.subject, self.property)


@dataclass(slots=True)
class Draft:
    """What :func:`extract` found: the claims in text order, and the byline's word count."""

    claims: list[DraftClaim]
    word_count: int | None = None


@dataclass(frozen=True, slots=True)
class _Number:
    start: int
    end: int
    figure: Decimal
    written: str  # the digits to write in the value: "44,4", "41,000", "2" for "deux"
    words: bool  # written in words
    ordinal: bool = False
    scale: str = ""  # the scale word to write: "million", "milliard"
    scale_end: int = 0


@dataclass(slots=True)
class _Figure:
    number: _Number
    start: int
    end: int
    comparator: str = ""
    upper: _Number | None = None  # the end of a range
    scale: str = ""
    unit: str = ""
    kind: str = "count"  # currency, percent, points, person, duration, rank, count

    @property
    def value(self) -> str:
        numbers = self.number.written
        if self.upper is not None:
            numbers += f" to {self.upper.written}"
        parts = [self.comparator + numbers, self.scale, self.unit]
        return " ".join(part for part in parts if part)

    @property
    def strong(self) -> bool:
        """A figure with a unit, scale or hedge: a year or a day cannot be it."""
        return bool(self.unit or self.scale or self.comparator or self.upper)


def extract(text: str, language: str, published: date | None = None) -> Draft:
    """Draft one claim per figure of ``text`` (and per date no figure uses), in text order."""
    words = words_for(language)
    code = language.replace("_", "-").split("-")[0].lower()
    count, skip = _word_count(text, words)
    numbers = [n for n in _numbers(text, code, words) if not skip or not _inside(n.start, skip)]
    figures = _figures(text, numbers, words)
    dates = find_dates(text, language, published)
    figures = [f for f in figures if f.strong or not _in_any(f.number, dates)]
    dates = [d for d in dates if not any(_overlap((d.start, d.end), _span(f)) for f in figures)]
    article = _Article(text, language, words, published)
    claims: list[DraftClaim] = []
    used: set[int] = set()
    for figure in figures:
        claims.append(article.figure_claim(figure, dates, used))
    for index, mention in enumerate(dates):
        if index not in used and not _in_heading(text, mention.start):
            claims.append(article.date_claim(mention))
    claims.sort(key=lambda claim: claim.position)
    _unique_ids(claims, set())
    return Draft(claims, count)


def quote_spans(quote: str, text: str) -> list[tuple[int, int]]:
    """Every place ``quote`` stands in ``text``, compared as the rule quote-in-text does."""
    return [m.span() for m in _quote_pattern(quote).finditer(text)]


@dataclass(frozen=True, slots=True)
class Recall:
    """How many of the figures encoded by hand a draft finds."""

    found: tuple[str, ...]  # ids of the encoded claims the draft finds
    missed: tuple[str, ...]

    @property
    def total(self) -> int:
        """Encoded claims with a value."""
        return len(self.found) + len(self.missed)

    @property
    def share(self) -> Decimal:
        """Found / total, 1 when nothing was encoded."""
        return Decimal(len(self.found)) / self.total if self.total else Decimal(1)

    def __str__(self) -> str:
        percent = (self.share * 100).quantize(Decimal("0.1"))
        return f"{len(self.found)}/{self.total} figures found ({percent} %)"


def measure_recall(
    encoded: Iterable[Claim], drafted: Sequence[DraftClaim], text: str, language: str
) -> Recall:
    """Share of the encoded claims with a value that the draft finds.

    Found means a drafted claim with the same value (same interval and unit, so the
    hedge must be right too) whose quote overlaps one place of the encoded quote.
    """
    found: list[str] = []
    missed: list[str] = []
    for claim in encoded:
        if claim.value is None:
            continue
        wanted = _quantity(claim.value, language)
        spans = quote_spans(claim.quote, text)
        match = any(
            draft.value is not None
            and _quantity(draft.value, language) == wanted
            and any(_overlap(draft.quote_span, span) for span in spans)
            for draft in drafted
        )
        (found if match else missed).append(claim.id)
    return Recall(tuple(found), tuple(missed))


def _quantity(value: str, language: str) -> object:
    try:
        quantity = parse_value(value, language).quantity
    except ValueSyntaxError:
        return None
    iv = quantity.interval
    return (iv.lo, iv.hi, iv.lo_open, iv.hi_open, str(quantity.unit))


# --- numbers --------------------------------------------------------------------------------

_DIGITS = {
    "fr": r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.]\d+)?(?!\d)",
    "en": r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)",
}
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|\S")


def _numbers(text: str, code: str, words: Words) -> list[_Number]:
    found = _digit_numbers(text, code, words) + _word_numbers(text, code, words)
    found.sort(key=lambda n: n.start)
    kept: list[_Number] = []
    for number in found:
        if kept and number.start < kept[-1].end:
            continue
        kept.append(number)
    return kept


def _digit_numbers(text: str, code: str, words: Words) -> list[_Number]:
    found: list[_Number] = []
    ordinal = re.compile(rf"{words.ordinal_suffix}(?![^\W\d_])", re.IGNORECASE)
    abbreviations = "|".join(sorted(words.scale_abbreviations, key=len, reverse=True))
    glued = re.compile(rf"\s?(?:{abbreviations})(?![^\W\d_])", re.IGNORECASE)
    for match in re.finditer(_DIGITS.get(code, _DIGITS["en"]), text):
        written = " ".join(match.group().split())
        try:
            figure = read_number(written, code)
        except ValueSyntaxError:
            continue
        after = text[match.end() : match.end() + 6]
        is_ordinal = False
        end = match.end()
        if after[:1].isalpha():
            suffix = ordinal.match(after)
            if suffix and figure == figure.to_integral_value():
                is_ordinal, end = True, match.end() + suffix.end()
            elif not glued.match(after):
                continue  # 4G, 10h30, A320: not a figure
        found.append(_Number(match.start(), end, figure, written, False, is_ordinal))
    return found


def _word_numbers(text: str, code: str, words: Words) -> list[_Number]:
    from text_to_num import Token, find_numbers, text2num

    class _Word(Token):  # type: ignore[misc]  # text2num ships no type information
        def __init__(self, word: str) -> None:
            self.word = word

        def text(self) -> str:
            return self.word

    tokens = list(_TOKEN.finditer(text))
    if code not in ("fr", "en"):
        return []
    found: list[_Number] = []
    for occurrence in find_numbers([_Word(t.group().lower()) for t in tokens], code, 0):
        span = tokens[occurrence.start : occurrence.end]
        names = [t.group().lower() for t in span]
        if any(not name.replace("-", "").isalpha() for name in names):
            continue
        scale = ""
        if names[-1] in words.scales:
            scale = words.scales[names[-1]]
            names = names[:-1]
            if not names:
                before = tokens[occurrence.start - 1].group().lower() if occurrence.start else ""
                if before not in ("a", "one", "un"):
                    continue  # "millions" after digits is their scale; "des millions" no figure
                names, span = [before], [tokens[occurrence.start - 1], *span]
        try:
            value = text2num(" ".join(names), code)
        except ValueError:
            continue
        start, end = span[0].start(), span[-1].end()
        is_ordinal = bool(occurrence.is_ordinal)
        if is_ordinal and not _rank_context(text, start, end, words):
            continue
        found.append(
            _Number(start, end, Decimal(int(value)), str(int(value)), True, is_ordinal, scale, end)
        )
    return found


def _rank_context(text: str, start: int, end: int, words: Words) -> bool:
    before = re.search(
        rf"(?<!\w)(?:{words.rank_verbs})\s+$", text[max(0, start - 20) : start], re.I
    )
    after = re.match(rf"\s+(?:{words.rank_words})(?!\w)", text[end : end + 20], re.I)
    return bool(before or after)


# --- figures: number, hedge, range, scale and unit ---------------------------------------------


def _figures(text: str, numbers: list[_Number], words: Words) -> list[_Figure]:
    by_start = {n.start: n for n in numbers}
    figures: list[_Figure] = []
    taken = -1
    for number in numbers:
        if number.start < taken:
            continue
        figure = _figure(text, number, by_start, words)
        if figure is None:
            continue
        figures.append(figure)
        taken = figure.end
    return figures


def _figure(
    text: str, number: _Number, by_start: dict[int, _Number], words: Words
) -> _Figure | None:
    start = number.start
    sign = re.search(r"(?:US\s?)?[$€£¥]\s?$", text[max(0, start - 4) : start])
    currency = _currency(sign.group(), words) if sign else ""
    if sign:
        start -= len(sign.group())
    figure = _Figure(number, start, number.end)
    if number.ordinal:
        figure.kind, figure.end = "rank", number.end
        return figure
    upper = _range_end(text, figure, by_start, words, currency)
    last = upper or number
    figure.upper = upper
    position = _tail(text, figure, last, words, currency)
    unitless = not (figure.unit or figure.scale)
    if number.words and unitless and (last.figure < 2 or position == last.end):
        return None  # "un", "une durée", "les deux": an article or a pronoun, no figure
    if upper is not None and unitless and _year(number) and _year(upper):
        return None  # "entre 2019 et 2022": a period, read as a date
    if re.match(rf"\s+(?:{words.fractions})(?!\w)", text[number.end :], re.IGNORECASE):
        return None  # "deux tiers": a fraction, not a count
    if figure.kind == "duration" and _time_reference(text, figure, position, words):
        return None
    _hedge(text, figure, words)
    return figure


def _year(number: _Number) -> bool:
    return not number.words and len(number.written) == 4 and 1800 <= number.figure <= 2100


def _time_reference(text: str, figure: _Figure, end: int, words: Words) -> bool:
    """Tell a time ("un an plus tôt", "the three months to September") from a length of time."""
    after = re.match(rf"\s+(?:{words.time_after})(?!\w)", text[end : end + 30], re.IGNORECASE)
    before = re.search(
        rf"(?<!\w)(?:{words.time_before})\s+$", text[max(0, figure.start - 20) : figure.start], re.I
    )
    return bool(after or before)


def _currency(written: str, words: Words) -> str:
    for pattern, code in words.currencies:
        if re.fullmatch(rf"\s*(?:{pattern})\s*", written, re.IGNORECASE):
            return code or written.strip().upper()
    return ""


def _range_end(
    text: str, figure: _Figure, by_start: dict[int, _Number], words: Words, currency: str
) -> _Number | None:
    """The upper end of "300 à 500", "between $150 million and $200 million", or None."""
    number = figure.number
    rest_start = number.end
    first_scale = number.scale
    if not first_scale:
        scale = _match_scale(text, rest_start, words, bool(currency))
        if scale:
            first_scale, rest_start = scale
    unit_here = re.match(r"\s?%", text[rest_start:])
    if unit_here:
        rest_start += unit_here.end()
    between_word, and_word = words.between
    before = text[max(0, figure.start - 30) : figure.start]
    if re.search(rf"(?<!\w){between_word}\s+$", before, re.IGNORECASE):
        separator = rf"\s+{and_word}\s+"
    else:
        separator = rf"\s*(?:{words.range_words})\s*"
        if re.search(rf"(?<!\w)(?:{words.change_words})\b[^.;:]{{0,30}}$", before, re.I):
            return None  # "passé de 300 à 500": a change, two figures
    match = re.match(separator + r"(?:(?:US\s?)?[$€£¥]\s?)?", text[rest_start:], re.IGNORECASE)
    if not match:
        return None
    upper = by_start.get(rest_start + match.end())
    if upper is None or upper.ordinal or upper.figure < number.figure:
        return None
    if "-" in match.group() and " " in match.group():
        return None  # "2014 - 300": a dash with spaces separates clauses
    upper_scale = upper.scale or (_match_scale(text, upper.end, words, bool(currency)) or ("",))[0]
    if first_scale and first_scale != upper_scale:
        return None
    return upper


def _tail(text: str, figure: _Figure, last: _Number, words: Words, currency: str) -> int:
    """Read scale, unit and rate after the last number; return where the figure's words end."""
    position = last.end
    figure.scale = last.scale
    if not figure.scale:
        scale = _match_scale(text, position, words, bool(currency))
        if scale:
            figure.scale, position = scale[0], scale[1]
    after = text[position:]
    percent = re.match(rf"\s?(?:{words.percent})(?!\w)", after, re.IGNORECASE)
    points = re.match(rf"\s?(?:{words.points})(?!\w)", after, re.IGNORECASE)
    if not points and re.match(r"\s?points?(?!\w)", after, re.IGNORECASE):
        around = text[max(0, figure.start - 150) : position + 150]
        if re.search(rf"%|{words.percent}|{words.rate_nouns}", around, re.IGNORECASE):
            points = re.match(r"\s?points?", after, re.IGNORECASE)
    code = currency
    if not code:
        match = re.match(
            rf"\s?(?:{words.partitive})?({_currency_pattern(words.currencies)})", after, re.I
        )
        if match:
            code, position = _currency(match.group(1), words), position + match.end()
    if code:
        figure.kind, figure.unit = "currency", code
    elif percent:
        figure.kind, figure.unit, position = "percent", "%", position + percent.end()
    elif points:
        figure.kind, figure.unit, position = "points", "pp", position + points.end()
    else:
        position = _noun(text, position, figure, words)
    if figure.kind in ("currency", "person"):
        rate = re.match(rf"\s+(?:{words.rate_words})\s+(\w+)", text[position:], re.IGNORECASE)
        if rate and rate.group(1).lower() in words.rates:
            figure.unit += "/" + words.rates[rate.group(1).lower()]
            position += rate.end()
    figure.end = max(figure.end, position)
    return position


def _match_scale(text: str, position: int, words: Words, money: bool) -> tuple[str, int] | None:
    match = re.match(r"\s?([^\W\d_]+)", text[position:])
    if not match:
        return None
    word = match.group(1)
    if word.lower() in words.scales:
        return words.scales[word.lower()], position + match.end()
    abbreviation = words.scale_abbreviations.get(word.lower())
    if abbreviation is None:
        return None
    followed_by_money = re.match(
        r"\s?(?:€|\$|£|d['’]\s*euros|euros|dollars)", text[position + match.end() :]
    )
    if money or followed_by_money:
        return abbreviation, position + match.end()
    return None


@functools.cache
def _currency_pattern(currencies: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?:{pattern})(?!\\w)" for pattern, _ in currencies)


def _noun(text: str, position: int, figure: _Figure, words: Words) -> int:
    """Read the noun after the figure: persons, a duration, or things counted (no unit).

    Returns where the figure's words end; ``figure.kind`` is ``count`` with the end moved
    past the noun when things are counted ("14 stations", "two larger rivals").
    """
    match = re.match(
        rf"\s+(?:{words.partitive})?([^\W\d_]+(?:['’][^\W\d_]+)?)(?:\s+([^\W\d_]+))?",
        text[position:],
        re.IGNORECASE,
    )
    if not match:
        return position
    first, second = match.group(1).lower(), (match.group(2) or "").lower()
    if first in words.durations:
        figure.kind, figure.unit = "duration", words.durations[first]
        return position + match.end(1)
    if first in words.people:
        figure.kind, figure.unit = "person", "person"
        return position + match.end(1)
    if second in words.people and first not in words.stopwords:
        figure.kind, figure.unit = "person", "person"
        return position + match.end(2)
    if _plural(first) and first not in words.stopwords:
        return position + match.end(1)
    if _plural(second) and second not in words.stopwords and match.group(2)[0].islower():
        return position + match.end(2)
    return position


def _plural(word: str) -> bool:
    return len(word) > 2 and word.endswith(("s", "x")) and not word.endswith("ss")


def _hedge(text: str, figure: _Figure, words: Words) -> None:
    if figure.upper is not None:
        return
    before = text[max(0, figure.start - 40) : figure.start]
    best: tuple[int, str, str] | None = None
    for pattern, comparator in words.hedges:
        match = re.search(rf"(?<![\w-])(?:{pattern})\s*$", before, re.IGNORECASE)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), comparator, " ".join(match.group().lower().split()))
    if best is not None:
        offset, comparator, written = best
        duration = figure.kind == "duration"
        if written == words.not_before_durations and duration:
            return
        if written in words.duration_only_hedges and not duration:
            return
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


def _word_count(text: str, words: Words) -> tuple[int | None, tuple[int, int] | None]:
    """The word count a byline states ("325 mots"), and where, among the first lines."""
    head = text[: sum(len(line) + 1 for line in text.splitlines()[:4])]
    match = re.search(rf"(?<![\w.,])(\d[\d \u00a0\u202f]*)\s*(?:{words.word_count})\b", head)
    if not match:
        return None, None
    return int(re.sub(r"\D", "", match.group(1))), match.span()


# --- the article: sentences, clauses, quotes and the rest of a claim -----------------------------


class _Article:
    """The text cut into sentences and clauses, and what each claim needs from them."""

    def __init__(self, text: str, language: str, words: Words, published: date | None) -> None:
        self.text, self.language, self.words, self.published = text, language, words, published
        self.sentences = _sentences(text)
        self.normalised = normalise(text)
        self.proper = _proper_nouns(text, self.sentences, words)
        self.clause_words = re.compile(rf"(?<=\s)(?:{words.clause_words})(?!\w)", re.IGNORECASE)

    def sentence(self, position: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= position < end:
                return start, end
        return position, position

    def figure_claim(self, figure: _Figure, dates: list[DateMention], used: set[int]) -> DraftClaim:
        sentence = self.sentence(figure.number.start)
        protected = [_span(figure), *((d.start, d.end) for d in dates)]
        cuts = self._cuts(sentence, protected)
        clause = self._clause(_span(figure), cuts, sentence)
        smallest = self._bounds(*clause, _span(figure))
        quote_span = self._unique(clause, _span(figure), cuts)
        mention = self._date_for(figure, (smallest, cuts, sentence), dates, used)
        window = self._window(sentence, figure.start)
        kind = _kind(self.text[window : figure.end], self.words)
        if mention is not None and mention.period.after_day(self.published or date.max):
            kind = "forecast" if kind == "fact" else kind
        prop, qualifiers = self._property(figure, window, sentence)
        subject = self._subject(sentence, figure.start)
        if prop in _THING_PROPERTIES:
            subject = PLACEHOLDER  # the contract is worth the money, not the company
        when = mention.when if mention is not None else None
        label = prop if not qualifiers else f"{prop} {' '.join(qualifiers.values())}"
        return DraftClaim(
            id=self._id(subject, label, figure.number.start, quote_span, _span(figure), mention),
            quote=self._quote(quote_span),
            subject=subject,
            property=prop,
            value=figure.value,
            when=when,
            kind=kind,
            qualifiers=qualifiers,
            position=figure.number.start,
            quote_span=quote_span,
        )

    def date_claim(self, mention: DateMention) -> DraftClaim:
        sentence = self.sentence(mention.start)
        cuts = self._cuts(sentence, [(mention.start, mention.end)])
        span = (mention.start, mention.end)
        quote_span = self._unique(self._clause(span, cuts, sentence), span, cuts)
        window = self._window(sentence, mention.start)
        kind = _kind(self.text[window : mention.end], self.words)
        if self.published is not None and mention.period.after_day(self.published):
            kind = "forecast" if kind == "fact" else kind
        subject = self._subject(sentence, mention.start)
        return DraftClaim(
            id=self._id(subject, PLACEHOLDER, mention.start, quote_span, span, mention),
            quote=self._quote(quote_span),
            subject=subject,
            property=PLACEHOLDER,
            value=None,
            when=mention.when,
            kind=kind,
            position=mention.start,
            quote_span=quote_span,
        )

    # -- quotes

    def _cuts(self, sentence: tuple[int, int], protected: list[tuple[int, int]]) -> list[int]:
        """Where clauses of the sentence start (never inside a figure or a date)."""
        start, end = sentence
        chunk = self.text[start:end]
        cuts = {start, end}
        for match in re.finditer(r"[,;:]['\"»”’]?\s+|\s[–—-]\s", chunk):
            cuts.add(start + match.end())
        for match in self.clause_words.finditer(chunk):
            cuts.add(start + match.start())
            if match.group().lower() in self.words.coordinators:
                cuts.add(start + match.end())  # "et", "and" belong to neither clause
        return sorted(c for c in cuts if not any(a < c < b for a, b in protected))

    def _clause(
        self, span: tuple[int, int], cuts: list[int], sentence: tuple[int, int]
    ) -> tuple[int, int]:
        """The cut positions around the smallest clause holding ``span`` that says something."""
        left = max((c for c in cuts if c <= span[0]), default=sentence[0])
        right = min((c for c in cuts if c >= span[1]), default=sentence[1])
        while not self._says_something(left, right, span):
            earlier = [c for c in cuts if c < left]
            later = [c for c in cuts if c > right]
            if earlier:
                left = earlier[-1]
            elif later:
                right = later[0]
            else:
                break
        return left, right

    def _says_something(self, left: int, right: int, span: tuple[int, int]) -> bool:
        outside = self.text[left : span[0]] + " " + self.text[span[1] : right]
        found = re.findall(r"[^\W\d_]+", outside)
        return any(w.lower() not in self.words.stopwords for w in found) or len(found) >= 3

    def _unique(
        self, clause: tuple[int, int], span: tuple[int, int], cuts: list[int]
    ) -> tuple[int, int]:
        """The quote of a clause; grown while it is printed twice, within a readable length."""
        left, right = clause
        smallest = quote = self._bounds(left, right, span)
        while self.normalised.count(normalise(self.text[quote[0] : quote[1]])) > 1:
            earlier = [c for c in cuts if c < left]
            later = [c for c in cuts if c > right]
            if earlier:
                left = earlier[-1]
            elif later:
                right = later[0]
            else:
                return smallest
            quote = self._bounds(left, right, span)
            if quote[1] - quote[0] > _MAX_QUOTE:
                return smallest
        return quote

    def _bounds(self, left: int, right: int, span: tuple[int, int]) -> tuple[int, int]:
        """Trim a clause of its punctuation, never into the figure or date it quotes."""
        start, end = self._trim(left, right)
        return min(start, span[0]), max(end, span[1])

    def _trim(self, left: int, right: int) -> tuple[int, int]:
        text = self.text
        while True:
            before = (left, right)
            while left < right and (text[left].isspace() or text[left] in ",;:–—-"):
                left += 1
            while right > left and (text[right - 1].isspace() or text[right - 1] in ".,;:!?…–—-"):
                right -= 1
            chunk = text[left:right]
            for opener, closer in (("(", ")"), ("«", "»"), ("“", "”")):
                if chunk.endswith(closer) and chunk.count(opener) < chunk.count(closer):
                    right -= 1
                elif chunk.startswith(opener) and chunk.count(closer) < chunk.count(opener):
                    left += 1
                elif chunk.endswith(opener):
                    right -= 1
            chunk = text[left:right]
            if len(chunk) > 1 and chunk[0] in '"«“' and chunk[-1] in '"»”':
                left, right = left + 1, right - 1
            elif chunk.count('"') % 2 and chunk[:1] == '"':
                left += 1
            elif chunk.count('"') % 2 and chunk[-1:] == '"':
                right -= 1
            if (left, right) == before:
                return left, right

    def _quote(self, span: tuple[int, int]) -> str:
        return " ".join(self.text[span[0] : span[1]].split())

    # -- when, kind, subject, property, id

    def _date_for(
        self,
        figure: _Figure,
        where: tuple[tuple[int, int], list[int], tuple[int, int]],
        dates: list[DateMention],
        used: set[int],
    ) -> DateMention | None:
        """The date of the figure's clause, else the only period (not day) of its sentence.

        A date is not lent across a relative or adversative clause ("qui emploie environ
        90 personnes", "but has since dropped to 5th") nor out of a comparison ("contre
        900 M€ en 2022"); a comparison borrows its sentence's date ("en 2014, contre 19%").
        """
        clause, cuts, sentence = where
        near = [(i, d) for i, d in enumerate(dates) if clause[0] <= d.start < clause[1]]
        if near:
            index, mention = min(near, key=lambda item: abs(item[1].start - figure.start))
            used.add(index)
            return mention
        around = [(i, d) for i, d in enumerate(dates) if sentence[0] <= d.start < sentence[1]]
        if len({d.when for _, d in around}) != 1 or around[0][1].period.granularity == "day":
            return None
        markers = self.words.clause_markers
        if self._opens(clause[0], markers["relative"]):
            return None
        for _, mention in around:
            opening = max((c for c in cuts if c <= mention.start), default=sentence[0])
            if self._opens(opening, markers["relative"] + "|" + markers["comparative"]):
                return None
        used.update(i for i, _ in around)
        return around[0][1]

    def _opens(self, position: int, pattern: str) -> bool:
        """Whether the clause at ``position`` opens with one of these words (or follows one)."""
        head = self.text[position : position + 40]
        if re.match(rf"[\s,;:]*(?:{pattern})(?!\w)", head, re.IGNORECASE):
            return True
        tail = self.text[max(0, position - 12) : position]
        return re.search(rf"(?<!\w)(?:{pattern})\s*$", tail, re.IGNORECASE) is not None

    def _window(self, sentence: tuple[int, int], position: int) -> int:
        """Where the words that tell a figure's kind start: after the last 'but' or 'which'."""
        chunk = self.text[sentence[0] : position]
        starts = [
            m.start()
            for m in re.finditer(rf"(?<!\w)(?:{self.words.adversatives})(?!\w)", chunk, re.I)
        ]
        return sentence[0] + (starts[-1] if starts else 0)

    def _subject(self, sentence: tuple[int, int], position: int) -> str:
        """The proper noun that opens the sentence (or its second clause), if it is obvious."""
        start, end = sentence
        chunk = self.text[start:end]
        clauses = [m for m in re.finditer(r"[^,]+", chunk)][:2]
        for number, clause in enumerate(clauses):
            name = _name_at(clause.group(), self.proper, self.words)
            if name is not None:
                subject_end = start + clause.start() + len(clause.group())
                between = self.text[start + clause.start() : position]
                if position < subject_end and name not in between:
                    return PLACEHOLDER
                pattern = rf"(?<!\w)(?:{self.words.adversatives})(?!\w)"
                if re.search(pattern, self.text[subject_end:position], re.IGNORECASE):
                    return PLACEHOLDER
                return name
            if number == 0 and len(clause.group().split()) > 4:
                break
        return PLACEHOLDER

    def _property(
        self, figure: _Figure, window: int, sentence: tuple[int, int]
    ) -> tuple[str, dict[str, str]]:
        kind = figure.kind
        qualifiers: dict[str, str] = {}
        if kind == "rank":
            return "rank", qualifiers
        after_end = min(sentence[1], figure.end + _PROPERTY_WINDOW)
        best: tuple[int, str] | None = None
        for unit_kind, pattern, name in self.words.properties:
            if unit_kind != kind or not pattern:
                continue
            for match in re.finditer(
                rf"(?<!\w)(?:{pattern})(?!\w)", self.text[window:after_end], re.I
            ):
                first, last = window + match.start(), window + match.end()
                distance = figure.start - last if first < figure.start else first - figure.end
                if best is None or distance < best[0]:
                    best = (distance, name)
        prop = best[1] if best is not None else PLACEHOLDER
        rate = figure.unit.partition("/")[2]
        if rate and prop != PLACEHOLDER:
            prop = f"{_RATES.get(rate, rate)}_{prop}"  # daily passengers are not passengers
        if prop == "share_held":
            holder = re.search(
                rf"(?:{self.words.articles})?((?:[A-ZÀ-Þ][\w'’-]*)(?:\s+(?:[A-ZÀ-Þ][\w'’-]*|"
                rf"{'|'.join(self.words.connectors)}))*)\s*\(\s*$",
                self.text[sentence[0] : figure.start],
            )
            if holder:
                qualifiers["holder"] = holder.group(1).strip()
        return prop, qualifiers

    def _id(
        self,
        subject: str,
        prop: str,
        position: int,
        quote: tuple[int, int],
        figure: tuple[int, int],
        mention: DateMention | None,
    ) -> str:
        parts: list[str] = []
        if subject != PLACEHOLDER:
            parts.extend(_slug_words(subject)[:2])
        if prop != PLACEHOLDER:
            parts.extend(_slug_words(prop))
        else:
            parts.extend(self._near_words(quote, figure, position))
        if mention is not None:
            year = mention.period.start.year
            if mention.period.end.year == year:
                parts.append(str(year))
        ident = "_".join(part for part in parts if part)[:48].strip("_")
        if not ident or not ident[0].isalpha():
            ident = "claim_" + ident if ident else "claim"
        return ident

    def _near_words(
        self, quote: tuple[int, int], figure: tuple[int, int], position: int
    ) -> list[str]:
        found: list[tuple[int, str]] = []
        for match in re.finditer(r"[^\W\d_]+", self.text[quote[0] : quote[1]]):
            at = quote[0] + match.start()
            word = match.group().lower()
            if word in self.words.stopwords or len(word) < 4:
                continue
            if figure[0] <= at < figure[1] and word in self.words.scales:
                continue
            found.append((at, word))
        after = [item for item in found if item[0] >= position]
        before = [item for item in found if item[0] < position][::-1]
        picked = after[: _ID_WORDS - 1] + before[: max(1, _ID_WORDS - 1 - len(after[:2]))]
        picked = sorted(picked)[:_ID_WORDS]
        return [w for _, word in picked for w in _slug_words(word)]


def _kind(window: str, words: Words) -> str:
    if re.search(rf"(?<!\w)(?:{words.target_words})(?!\w)", window, re.IGNORECASE):
        return "target"
    if re.search(rf"(?<!\w)(?:{words.forecast_words})(?!\w)", window, re.IGNORECASE):
        return "forecast"
    return "fact"


_ABBREVIATIONS = frozenset({"etc", "env", "cf", "approx", "vs", "resp", "al", "inc", "ltd", "co"})


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentences as spans: lines cut after . ! ? and a space (not after "etc." or "M.")."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for stop in re.finditer(r"(?<=[.!?…])[\"»”)]?\s+(?=\S)", line.group()):
            word = re.search(r"([^\W\d_]*)[.!?…][\"»”)]?$", line.group()[: stop.start() + 1])
            before = word.group(1) if word else ""
            if before.lower() in _ABBREVIATIONS or (len(before) == 1 and before.isupper()):
                continue
            spans.append((start, line.start() + stop.start()))
            start = line.start() + stop.end()
        spans.append((start, line.end()))
    return [(a, b) for a, b in spans if b > a]


def _proper_nouns(text: str, sentences: list[tuple[int, int]], words: Words) -> frozenset[str]:
    """Names: capitalised words met inside a sentence, or always capitalised and met twice.

    "Shares" or "Construction" opening a sentence once are not names; "Harbourline",
    which only ever opens sentences, is.
    """
    inside: set[str] = set()
    seen: Counter[str] = Counter()
    for start, end in sentences:
        tokens = re.findall(r"[^\W\d_][\w'’-]*", text[start:end])
        for index, token in enumerate(tokens):
            if token[0].isupper() and token.lower() not in words.stopwords:
                seen[token] += 1
                if index:
                    inside.add(token)
    lower = {t for t in re.findall(r"[^\W\d_][\w'’-]*", text) if t[0].islower()}
    again = {token for token, n in seen.items() if n > 1 and token.lower() not in lower}
    return frozenset(inside | again)


def _name_at(clause: str, proper: frozenset[str], words: Words) -> str | None:
    """A name opening the clause, after an article ("la France" is France), else None."""
    body = re.sub(rf"^[\s\"«“(]*(?:{words.articles})?", "", clause, flags=re.IGNORECASE)
    tokens = re.findall(r"[^\W\d_][\w'’-]*|\S", body)
    name: list[str] = []
    for token in tokens:
        if (token in proper and (name or token[0].isupper())) or (
            name and token.lower() in words.connectors
        ):
            name.append(token)
        else:
            break
    while name and name[-1].lower() in words.connectors:
        name.pop()
    if not name:
        return None
    following = tokens[len(name)] if len(tokens) > len(name) else ""
    if following and not (following[0].islower() or following in ",'’"):
        return None
    return " ".join(name)


def _slug_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return [w[:15] for w in re.findall(r"[a-z0-9]+", ascii_text) if len(w) > 1 or w.isdigit()]


def _unique_ids(claims: list[DraftClaim], taken: set[str]) -> None:
    seen: set[str] = set(taken)
    for claim in claims:
        candidate, number = claim.id, 1
        while candidate in seen:
            number += 1
            candidate = f"{claim.id}_{number}"
        claim.id = candidate
        seen.add(candidate)


def make_ids_unique(claims: list[DraftClaim], taken: set[str]) -> None:
    """Rename claims whose id is already taken (in the file, or twice among them): id_2, id_3."""
    _unique_ids(claims, taken)


def _in_heading(text: str, position: int) -> bool:
    """A date in a title, byline or sub-head (a short line without a full stop) is no claim."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)].strip()
    return not re.search(r"[.!?…][\"»”)]?$", line) and len(line.split()) < 15


def _span(figure: _Figure) -> tuple[int, int]:
    return figure.start, figure.end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(position: int, span: tuple[int, int]) -> bool:
    return span[0] <= position < span[1]


def _in_any(number: _Number, dates: list[DateMention]) -> bool:
    return any(d.start <= number.start and number.end <= d.end for d in dates)


@functools.lru_cache(maxsize=1024)
def _quote_pattern(quote: str) -> re.Pattern[str]:
    """A regex finding ``quote`` in a raw text as quote-in-text's folding compares them."""
    apostrophes = "'\u2018\u2019\u201a\u201b\u02bc\u2032"
    doubles = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2033'
    dashes = "-\u2013\u2014\u2011"
    parts: list[str] = []
    for char in normalise(quote):
        if char == " ":
            parts.append(r"\s+")
        elif char == "'":
            parts.append(f"[{re.escape(apostrophes)}]")
        elif char == '"':
            parts.append(rf"\s*[{re.escape(doubles)}]\s*")
        elif char == "-":
            parts.append(f"[{re.escape(dashes)}]")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts))
