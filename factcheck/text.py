"""Text normalisation shared by every rule that matches quotes against articles.

Quotes are compared after folding what typography varies and meaning does not:
runs of whitespace (including no-break and narrow no-break spaces), curly and
straight apostrophes, and the many double quotation marks (« », “ ”, „ ").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain, filterfalse

from factcheck import units

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": '"',
        "\u203a": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
    }
)
_SPACE = re.compile(r"\s+")
WORD = re.compile(r"\w+(?:['’\-]\w+)*")


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Fold typography and whitespace so that equal wording compares equal."""
    return _normalise(text)


def _normalise(text: str) -> str:
    folded = _SPACE.sub(" ", text.translate(_FOLD)).strip()
    # French sets guillemets off with (no-break) spaces: « cloud » and "cloud" must match,
    # so spaces next to double quotes are dropped on both sides of a comparison.
    return folded.replace('" ', '"').replace(' "', '"') if '"' in folded else folded


def find_quote(quote: str, text: str) -> int:
    """The offset of ``quote`` in ``text`` once both are normalised, or -1."""
    return next(_occurrences(normalise(quote), _normalise_document(text)), -1)


def contains_quote(quote: str, text: str) -> bool:
    """Tell whether ``find_quote(quote, text) >= 0``, cheaply when the quote is verbatim."""
    # Normalising is one character for one, plus rules that look only at a character's
    # neighbours, so a verbatim quote is also in the normalised text: no need to fold it.
    # A figure at either end must not be part of a longer number there, which is what
    # _occurrences checks (and it searches the text itself: no `in` before it). The edges
    # are tested as _occurrences tests them, with isdigit: a regex costs 4 times as much.
    if quote[:1].isdigit() or quote[-1:].isdigit():
        if next(_occurrences(quote, text), -1) >= 0:
            return True
    elif quote in text:
        return True
    return find_quote(quote, text) >= 0


_GOES_ON_AFTER = re.compile(r"\d|[.,]\d")
_THOUSANDS = re.compile(r"\d{3}(?!\d)")


def nearest_passage(quote: str, text: str) -> tuple[str, str] | None:
    """Where a quote the text does not hold parts from the passage nearest it, for a message.

    The longest run the folded quote and text share anchors a passage of the quote's
    length, widened to whole words; when at least half of it matches, the quote and the
    passage are returned cut around their first difference ("coeur" where the text has
    "cœur", "0,1%" where it has "0,1 %"). None when no passage is near.
    """
    needle, haystack = normalise(quote), _normalise_document(text)
    if len(needle) < _NEAR_ENOUGH:
        return None
    matcher = difflib.SequenceMatcher(None, haystack, needle, autojunk=False)
    at, into, size = matcher.find_longest_match(0, len(haystack), 0, len(needle))
    if size < _NEAR_ENOUGH:
        return None
    start = max(0, at - into)
    end = min(len(haystack), start + len(needle))
    while start > 0 and haystack[start - 1].isalnum():
        start -= 1
    while end < len(haystack) and haystack[end].isalnum():
        end += 1
    passage = haystack[start:end].strip()
    if difflib.SequenceMatcher(None, passage, needle, autojunk=False).ratio() < 0.5:
        return None
    pairs = zip(passage, needle, strict=False)
    differs = next((i for i, (x, y) in enumerate(pairs) if x != y), min(len(passage), len(needle)))
    return _around(needle, differs), _around(passage, differs)


_NEAR_ENOUGH = 8  # characters in common, at least, for a passage to be "near"


def _around(text: str, at: int, before: int = 20, after: int = 40) -> str:
    """The words around ``at``, with "..." where the text is cut."""
    start = text.rfind(" ", 0, max(0, at - before)) + 1
    end = text.find(" ", at + after)
    end = len(text) if end < 0 else end
    return ("..." if start else "") + text[start:end] + ("..." if end < len(text) else "")


def _occurrences(needle: str, haystack: str) -> Iterator[int]:
    """Where ``needle`` stands in ``haystack``, never inside a longer number.

    "2 millions" is not in "12 millions", nor "5 %" in "2,5 %", nor "500 salariés" in
    "12 500 salariés": a figure cut out of another is another figure.
    """
    cut_before = needle[:1].isdigit()
    cut_after = needle[-1:].isdigit()
    group = cut_before and _THOUSANDS.match(needle) is not None  # "500" after "12 "
    at = haystack.find(needle)
    while at >= 0:
        if not (
            (cut_before and _goes_on_before(haystack, at, group))
            or (cut_after and _GOES_ON_AFTER.match(haystack, at + len(needle)))
        ):
            yield at
        at = haystack.find(needle, at + 1)


def _goes_on_before(text: str, at: int, group: bool) -> bool:
    """Whether the number at ``at`` continues one before it: "1|2", "2,|5", "12 |500"."""
    before = text[at - 1] if at else ""
    if before.isdigit():
        return True
    if at < 2 or not text[at - 2].isdigit():
        return False
    return before in ".," or (group and before in " \u00a0\u202f")


@lru_cache(maxsize=64)
def _normalise_document(text: str) -> str:
    """:func:`normalise` a whole article, kept apart so that many quotes do not evict it."""
    return _normalise(text)


def count_words(text: str) -> int:
    """Words as a reader counts them: ``l'utilisation`` and ``Open-Data`` are one word each.

    That is ``len(WORD.findall(text))``, found faster: no word holds whitespace, so the
    words of a text are those of its blank-separated chunks, and a chunk of letters and
    digits only (most of them) is one word. The regex reads only the other chunks.
    """
    chunks = text.split()
    others = list(filterfalse(str.isalnum, chunks))
    return len(chunks) - len(others) + len(WORD.findall(" ".join(others)))


@lru_cache(maxsize=16)
def normalise_with_offsets(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """:func:`normalise` ``text``, with where each of its characters stands in ``text``.

    Returns the normalised text and, for its character ``k``, the start and end offsets of
    what it stands for in ``text`` (a folded space stands for a whole run of whitespace).
    Reports use it to highlight, in the original text, what :func:`find_quote` found.
    """
    folded = text.translate(_FOLD)  # one character for one: offsets are unchanged
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    # Built a stretch at a time, not a character at a time: an article has thousands of
    # characters and a few hundred runs of whitespace.
    for run in _SPACE.finditer(folded):
        start, end = run.span()
        pieces += (folded[position:start], " ")
        starts += range(position, start)
        starts.append(start)
        ends += range(position + 1, start + 1)
        ends.append(end)
        position = end
    pieces.append(folded[position:])
    starts += range(position, len(folded))
    ends += range(position + 1, len(folded) + 1)
    chars = "".join(pieces)
    # strip, then drop the spaces next to double quotes, as normalise() does
    dropped = [m.start() for m in _DROPPED_SPACE.finditer(chars)]
    if not dropped:
        return chars, tuple(starts), tuple(ends)
    kept = list(zip([-1, *dropped], [*dropped, len(chars)], strict=True))  # between drops
    return (
        "".join(chars[a + 1 : b] for a, b in kept),
        tuple(chain.from_iterable(starts[a + 1 : b] for a, b in kept)),
        tuple(chain.from_iterable(ends[a + 1 : b] for a, b in kept)),
    )


# The spaces normalise() removes once runs of whitespace are one space each: at either
# end, and next to a double quote.
_DROPPED_SPACE = re.compile(r'^ | $|(?<=") | (?=")')


def quote_spans(quote: str, text: str) -> list[tuple[int, int]]:
    """Every place ``quote`` stands in ``text``, as ``(start, end)`` offsets in ``text``.

    The matching is :func:`find_quote`'s (the first span is where it finds the quote);
    occurrences may overlap. An empty quote stands nowhere.
    """
    return list(_quote_spans(quote, text))


def _quote_spans(quote: str, text: str) -> Iterator[tuple[int, int]]:
    needle = normalise(quote)
    if not needle:
        return
    haystack, starts, ends = normalise_with_offsets(text)
    for found in _occurrences(needle, haystack):
        yield starts[found], ends[found + len(needle) - 1]


def quote_sentence(quote: str, text: str) -> str | None:
    """The sentence (or sentences) of ``text`` where ``quote`` first stands, or None.

    Sentence boundaries are syntok's, which knows that "M. Dupont" does not end a
    sentence, and line breaks: an article's text puts its title, byline and each
    paragraph on lines of their own, often without a full stop. A quote across a line
    break (a text wrapped at 80 columns) gives the lines' sentences it stands in. Line
    breaks and runs of spaces inside them become one space; no-break spaces are kept.

    >>> text = "Créé en 2012. Il était détenu par M. Orange (44,4%). Fin."
    >>> quote_sentence("Orange (44,4%)", text)
    'Il était détenu par M. Orange (44,4%).'
    """
    start, end = next(_quote_spans(quote, text), (0, 0))
    if start == end:
        return None
    # only the lines the quote stands on are segmented: a book-length text costs no more
    first = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    after = _LINE_BREAK.search(text, end)
    lines = text[first : after.start() if after else len(text)]
    sentences = [
        (a, b)
        for line in _LINE.finditer(lines)
        for a, b in _offset(_sentences(line[0]), first + line.start())
        if a < end and b > start
    ]
    if not sentences:
        return None
    return _BLANKS.sub(" ", text[sentences[0][0] : sentences[-1][1]]).strip()


_BLANKS = re.compile(r"[ \t\r\n]+")
_LINE_BREAK = re.compile(r"[\r\n]")


@lru_cache(maxsize=1024)
def _sentences(line: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` offsets of the sentences of one line, in the line.

    Cached by the line alone: claims quoting the same paragraph segment it once.
    """
    from syntok.segmenter import analyze  # only exports need sentences

    return tuple(
        (sentence[0].offset, sentence[-1].offset + len(sentence[-1].value))
        for paragraph in analyze(_as_syntok_reads_best(line))
        for sentence in paragraph
    )


# French typography that syntok misreads: a space before "%" (and "°", or a currency sign
# of factcheck.units.CURRENCIES: "€", "$", "¥", "₹", "₽"...) starts a sentence at the next
# "(" and ends none after "%.", as does a closing "»" after a space. Segmented instead, at
# the same offsets: the figure's sign as a digit ("44,400"), guillemets and their inner
# spaces as English curly quotes, which syntok knows.
_SIGN_AFTER_FIGURE = re.compile(rf"(?<=\d)[ \u00a0\u202f]?[%{units.SIGN_CHARACTERS}°]")
_OPENING = re.compile(r"«[ \u00a0\u202f]?")
_CLOSING = re.compile(r"[ \u00a0\u202f]?»")
# "CENSURÉ !!! L'aide": syntok ends no sentence at a space before a run of "!" or "?"
_SPACED_RUN = re.compile(r"[ \u00a0\u202f](?=[!?]{2,})")


def _as_syntok_reads_best(line: str) -> str:
    """The line with :data:`_SIGN_AFTER_FIGURE`, guillemets and spaced runs replaced, same length.

    >>> _as_syntok_reads_best("(22,2 %) et « oui »")
    '(22,200) et \u201c\u201coui\u201d\u201d'
    """
    line = _SIGN_AFTER_FIGURE.sub(lambda m: "0" * len(m[0]), line)
    line = _OPENING.sub(lambda m: "\u201c" * len(m[0]), line)
    line = _SPACED_RUN.sub("!", line)
    return _CLOSING.sub(lambda m: "\u201d" * len(m[0]), line)


def _offset(spans: Iterable[tuple[int, int]], by: int) -> Iterator[tuple[int, int]]:
    return ((a + by, b + by) for a, b in spans)


_LINE = re.compile(r"[^\r\n]+")
