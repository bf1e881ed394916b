"""Draft the claims of an article from its text: one claim per figure, for an editor to finish.

:func:`extract` finds every figure a French or English text prints, in digits
(``44,4%``, ``€60.7 billion``, ``41,000 people``) or in words (``un million d'euros``,
``deux ans``, ``two larger rivals``), and writes it in the value grammar with its
hedge (``environ 90`` is ``~90 person``, ``un peu moins de 2 millions d'euros`` is
``<2 million EUR``, ``300 à 500`` is ``300 to 500``), its unit (a currency, ``%``,
``person``, a duration, a measurement such as ``km`` or ``t``; none for counts of
things and ranks) and its scale word.
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

import bisect
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from factcheck.extract_claims import PLACEHOLDER, Article, DraftClaim, make_ids_unique
from factcheck.extract_dates import DateMention, find_dates
from factcheck.extract_figures import Number, byline_word_count, find_figures
from factcheck.extract_words import words_for
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
    dates = find_dates(text, language, published)
    # a number inside a date ("27 juillet", "2014") is the date's, unless a unit claims it
    figures = [f for f in figures if f.strong or not _in_a_date(f.number, dates)]
    for figure in figures:  # "fell 3%" is -3 %, but "a bid 15% lower" may be a discount
        said = direction_of(text, figure, code)
        figure.fall = said is not None and said.sign < 0 and not said.compared
    covered = bytearray(len(text))  # 1 where a figure stands
    for f in figures:
        covered[f.start : f.end] = b"\1" * (f.end - f.start)
    dates = [d for d in dates if not any(covered[d.start : d.end])]
    article = Article(text, language, words, published, dates)
    claims = [article.figure_claim(figure) for figure in figures]
    claims += article.date_claims()
    claims.sort(key=lambda claim: claim.position)
    make_ids_unique(claims, set(taken))
    return Draft(claims, count)


def _in_a_date(number: Number, dates: list[DateMention]) -> bool:
    """Whether a number stands inside a date (the dates are in text order, never overlapping)."""
    index = bisect.bisect_right(dates, number.start, key=lambda d: d.start) - 1
    return index >= 0 and number.end <= dates[index].end


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
