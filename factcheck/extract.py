"""Draft the claims of an article from its text: one claim per figure, for an editor to finish.

:func:`extract` finds every figure a French or English text prints, in digits
(``44,4%``, ``€60.7 billion``, ``41,000 people``) or in words (``un million d'euros``,
``deux ans``, ``two larger rivals``), and writes it in the value grammar with its
hedge (``environ 90`` is ``~90 person``, ``un peu moins de 2 millions d'euros`` is
``<2 million EUR``, ``300 à 500`` is ``300 to 500``), its unit (a currency, ``%``,
``person``, a duration, a measurement such as ``km`` or ``t``; none for counts of
things and ranks) and its scale word.
Numbers are read as the language writes them (:func:`factcheck.values.read_number`),
words with text2num. A number of a name (``CAC 40``, ``COP 29``) or of an age group
(``voters under 30``, ``les 65 ans et plus``) is no figure.

Each claim gets the smallest clause around its figure that appears in the text as
its ``quote`` (longer when that clause is printed twice and a little more context
tells the two apart), the date or period written in the same clause (or the only
one of its sentence) as its ``when``, an id made of the words around the figure, and
a ``subject`` and ``property`` where the sentence makes them obvious, ``"?"``
otherwise: the rule ``incomplete-claim`` reminds the editor. Dates that no figure
uses become claims of their own, without a value (``lancé en septembre 2012``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from factcheck.extract_claims import PLACEHOLDER, Article, DraftClaim, make_ids_unique
from factcheck.extract_dates import read_dates
from factcheck.extract_figures import Figure, byline_word_count, find_figures
from factcheck.extract_words import ACRONYM_BEFORE, Words, words_for
from factcheck.quote_directions import direction_of
from factcheck.text import quote_spans
from factcheck.values import ValueSyntaxError, parse_value

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


@dataclass(slots=True)
class Draft:
    """What :func:`extract` found: the claims in text order, and the byline's word count."""

    claims: list[DraftClaim]
    word_count: int | None = None


def extract(
    text: str,
    language: str,
    published: date | None = None,
    taken: Collection[str] = frozenset(),
) -> Draft:
    """Draft one claim per figure of ``text`` (and per date no figure uses), in text order.

    Ids are unique in the draft and avoid those in ``taken`` (the ids of the claim files
    next to the draft): ``staff`` taken there, the draft's is ``staff_2``.
    """
    words = words_for(language)
    code = language.replace("_", "-").split("-")[0].lower()
    count, byline = byline_word_count(text, words)
    figures = find_figures(text, code, words, byline)
    names = _names(text, words)
    found = read_dates(text, language, published)
    dates = [d for d in found.mentions if not _inside(d.start, d.end, names)]
    # a number inside a date ("27 juillet", "2014", "Oct. 22-24") is the date's, unless a
    # unit, scale or hedge claims it; one of a name ("CAC 40") or an age group ("voters
    # under 30") is no figure
    spans = sorted([(d.start, d.end) for d in dates] + found.unread)
    figures = [
        f
        for f in figures
        if (_measured(f) or not _inside(f.number.start, _numbers_end(f), spans))
        and not _inside(f.number.start, f.number.end, names)
        and not _named(text, f)
        and not _group(text, f, words)
    ]
    for figure in figures:  # "fell 3%" is -3 %, but "a bid 15% lower" may be a discount
        said = direction_of(text, figure, code)
        figure.fall = (
            said is not None
            and said.sign < 0
            and not said.compared
            and not _level(text, figure, words)
        )
    covered = bytearray(len(text))  # 1 where a figure stands
    for f in figures:
        covered[f.start : f.end] = b"\1" * (f.end - f.start)
    dates = [d for d in dates if not any(covered[d.start : d.end])]
    starts = [f.number.start for f in figures]
    article = Article(text, language, words, published, dates, found.unread, starts)
    claims = [article.figure_claim(figure) for figure in figures]
    claims += article.date_claims()
    claims.sort(key=lambda claim: claim.position)
    make_ids_unique(claims, set(taken))
    return Draft(claims, count)


def _numbers_end(figure: Figure) -> int:
    """Where the figure's last number ends: "22-24" of "Oct. 22-24", not the noun after it."""
    return figure.upper.end if figure.upper is not None else figure.number.end


def _measured(figure: Figure) -> bool:
    """A figure with a unit, scale or hedge: a date's day or year cannot be it."""
    return bool(figure.unit or figure.scale or figure.comparator)


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a stretch lies in one of the spans (in order, never overlapping)."""
    index = bisect.bisect_right(spans, start, key=lambda s: s[0]) - 1
    return index >= 0 and end <= spans[index][1]


def _names(text: str, words: Words) -> list[tuple[int, int]]:
    """The numbers that are part of a name ("CAC 40", "COP 29", "Russell 2000"), in order."""
    pattern = rf"(?<![\w&])(?:{words.names_before})(\d+)(?![\d,.]\d)"
    return [match.span(1) for match in re.finditer(pattern, text)]


def _named(text: str, figure: Figure) -> bool:
    """Whether capitals name the bare number after them: "SBF 120", "IBEX 35" (not "TVA 20 %")."""
    if _measured(figure) or figure.upper is not None or figure.end != figure.number.end:
        return False
    if figure.number.words or figure.number.ordinal:
        return False
    before = text[max(0, figure.start - 8) : figure.start]
    return re.search(ACRONYM_BEFORE, before) is not None


def _group(text: str, figure: Figure, words: Words) -> bool:
    """Whether the figure names an age group ("voters under 30", "65 and older").

    Such a number ("les moins de 30 ans") qualifies the figures around it: it is none.
    """
    if figure.scale or figure.unit not in ("", "year", "person"):
        return False
    before = text[max(0, figure.number.start - 60) : figure.number.start]
    if re.search(rf"(?<!\w)(?:{words.groups_before})", before, re.IGNORECASE):
        return True
    end = _numbers_end(figure)
    after = re.compile(rf"(?:\s+ans)?{words.groups_after}", re.IGNORECASE)
    return after.match(text, end) is not None


def _level(text: str, figure: Figure, words: Words) -> bool:
    """Whether the figure's hedge makes it a level: "fall below 3%" is no fall of 3 %."""
    hedge = text[figure.start : figure.number.start]
    return re.search(rf"(?<!\w)(?:{words.level_hedges})(?!\w)", hedge, re.IGNORECASE) is not None


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
            and any(
                draft.quote_span[0] < end and start < draft.quote_span[1] for start, end in spans
            )
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
