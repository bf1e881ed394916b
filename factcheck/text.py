"""Text normalisation shared by every rule that matches quotes against articles.

Quotes are compared after folding what typography varies and meaning does not:
runs of whitespace (including no-break and narrow no-break spaces), curly and
straight apostrophes, and the many double quotation marks (« », “ ”, „ ").
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    folded = _SPACE.sub(" ", text.translate(_FOLD)).strip()
    # French sets guillemets off with (no-break) spaces: « cloud » and "cloud" must match,
    # so spaces next to double quotes are dropped on both sides of a comparison.
    return folded.replace('" ', '"').replace(' "', '"') if '"' in folded else folded


def find_quote(quote: str, text: str) -> int:
    """The offset of ``quote`` in ``text`` once both are normalised, or -1."""
    return normalise(text).find(normalise(quote))


def count_words(text: str) -> int:
    """Words as a reader counts them: ``l'utilisation`` and ``Open-Data`` are one word each."""
    return len(WORD.findall(text))
