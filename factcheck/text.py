"""Text normalisation shared by every rule that matches quotes against articles.

Quotes are compared after folding what typography varies and meaning does not:
runs of whitespace (including no-break and narrow no-break spaces), curly and
straight apostrophes, and the many double quotation marks (« », “ ”, „ ").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import filterfalse

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
    return _normalise_document(text).find(normalise(quote))


def contains_quote(quote: str, text: str) -> bool:
    """Tell whether ``find_quote(quote, text) >= 0``, cheaply when the quote is verbatim."""
    # Normalising is one character for one, plus rules that look only at a character's
    # neighbours, so a verbatim quote is also in the normalised text: no need to fold it.
    return quote in text or _normalise_document(text).find(normalise(quote)) >= 0


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
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    folded = text.translate(_FOLD)  # one character for one: offsets are unchanged
    position = 0
    for run in _SPACE.finditer(folded):
        for offset in range(position, run.start()):
            chars.append(folded[offset])
            starts.append(offset)
            ends.append(offset + 1)
        chars.append(" ")
        starts.append(run.start())
        ends.append(run.end())
        position = run.end()
    for offset in range(position, len(folded)):
        chars.append(folded[offset])
        starts.append(offset)
        ends.append(offset + 1)
    # strip, then drop the spaces next to double quotes, as normalise() does
    keep = [
        k
        for k, char in enumerate(chars)
        if char != " " or (0 < k < len(chars) - 1 and '"' not in (chars[k - 1], chars[k + 1]))
    ]
    return (
        "".join(chars[k] for k in keep),
        tuple(starts[k] for k in keep),
        tuple(ends[k] for k in keep),
    )


def quote_spans(quote: str, text: str) -> list[tuple[int, int]]:
    """Every place ``quote`` stands in ``text``, as ``(start, end)`` offsets in ``text``.

    The matching is :func:`find_quote`'s (the first span is where it finds the quote);
    occurrences may overlap. An empty quote stands nowhere.
    """
    needle = normalise(quote)
    if not needle:
        return []
    haystack, starts, ends = normalise_with_offsets(text)
    spans = []
    found = haystack.find(needle)
    while found >= 0:
        spans.append((starts[found], ends[found + len(needle) - 1]))
        found = haystack.find(needle, found + 1)
    return spans
