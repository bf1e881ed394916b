"""A claim's figure appears in its quote, in any spelling the language allows.

The value is the editor's reading of the quote, so the quote must contain its
figure: ``44,4`` for ``44,4 %``; ``un million`` or ``1 million`` for
``1 million EUR``; ``deux ans`` for ``2 year``; ``300 à 500`` for
``300 to 500 person`` (both ends). Numbers written in words are read with
text2num in the source's language; digits with the language's decimal and
grouping marks. A figure missing from its quote is a typo in the value or a
quote cut too short.

Signs are not compared (``-1 %`` may be written "en baisse de 1 %").

**Options:** none.

**Passes**

```yaml
    quote: s'élève à un million d'euros
    value: 1 million EUR
```

**Fails**

```yaml
    quote: s'élève à un million d'euros
    value: 10 million EUR        # 10 is not in the quote
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import lru_cache

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, claim_problem
from factcheck.values import ValueSyntaxError, read_number

ID = "figure-in-quote"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}

_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f.,']\d+)*")
_SEPARATORS = re.compile(r"[ \u00a0\u202f]|[.,'](?=\d{1,2}\b)|,\s")
_TEXT2NUM_LANGUAGES = {"fr", "en", "es", "pt", "de", "nl", "it", "da"}


def check(context: Context) -> Iterator[Problem]:
    """Report every claim whose value's figures are not all in its quote."""
    for claim in context.corpus.claims:
        value = claim.parsed_value
        if value is None:
            continue
        if all(_written_in(number, claim.quote) for number in value.numbers):
            continue  # the figures stand in the quote as written: no need to read its numbers
        found = numbers_in(claim.quote, claim.language)
        missing = [
            written
            for written, figure in zip(value.numbers, value.figures, strict=True)
            if abs(figure) not in found and abs(figure) * value.scale not in found
        ]
        if missing:
            shown = " and ".join(missing)
            yield claim_problem(
                claim, f"the figure {shown} of '{claim.id}' is not in its quote \"{claim.quote}\""
            )


@lru_cache(maxsize=8192)
def numbers_in(text: str, language: str) -> frozenset[Decimal]:
    """Every number a text writes, in digits or in words, as the language writes them."""
    texts = [text]
    code = language.split("_")[0].split("-")[0]
    if code in _TEXT2NUM_LANGUAGES:
        from text_to_num import alpha2digit

        texts.append(alpha2digit(text, code, threshold=0))
    found: set[Decimal] = set()
    for candidate_text in texts:
        for match in _NUMBER.finditer(candidate_text):
            token = match.group()
            for piece in {token, *_SEPARATORS.split(token), *re.split(r"\D+", token)}:
                number = _read(piece.strip(), language)
                if number is not None:
                    found.add(number)
    return frozenset(found)


def _written_in(number: str, quote: str) -> bool:
    """Tell whether a figure stands in the quote as written, not inside a longer number."""
    bare = number.lstrip("-−")
    return re.search(rf"(?<![\d.,]){re.escape(bare)}(?![\d]|[.,]\d)", quote) is not None


def _read(piece: str, language: str) -> Decimal | None:
    if not piece:
        return None
    try:
        return read_number(piece, language)
    except ValueSyntaxError:
        return None
