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
claims:
  - {id: contract_value, subject: contrat cloud de l'Etat, property: contract_value,
     value: "1 million EUR", quote: "s'élève à un million d'euros"}
```

**Fails**

```yaml
claims:  # 10 is not in the quote
  - {id: contract_value, subject: contrat cloud de l'Etat, property: contract_value,
     value: "10 million EUR", quote: "s'élève à un million d'euros"}
    # error: the figure 10 of 'contract_value' is not in its quote
    #   "s'élève à un million d'euros"
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import lru_cache

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, claim_problem, claim_table
from factcheck.values import ValueSyntaxError, read_number

ID = "figure-in-quote"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}

_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f.,']\d+)*")
_SPACES = re.compile(r"[ \u00a0\u202f]")
_SEPARATORS = re.compile(r"[.,'](?=\d{1,2}\b)")
_NON_DIGITS = re.compile(r"\D+")
_TEXT2NUM_LANGUAGES = {"fr", "en", "es", "pt", "de", "nl", "it", "da"}


def check(context: Context) -> Iterator[Problem]:
    """Report every claim whose value's figures are not all in its quote."""
    table = claim_table(context)
    for position, (value, quote) in enumerate(zip(table.values, table.quotes, strict=True)):
        if value is None or _all_written_in(value.numbers, quote):
            continue  # the figures stand in the quote as written: no need to read its numbers
        found = numbers_in(quote, table.claims[position].language)
        missing = [
            number
            for number, figure in zip(value.numbers, value.figures, strict=True)
            if abs(figure) not in found and abs(figure) * value.scale not in found
        ]
        if missing:
            claim = table.claims[position]
            shown = " and ".join(missing)
            yield claim_problem(
                claim, f"the figure {shown} of '{claim.id}' is not in its quote \"{quote}\""
            )


@lru_cache(maxsize=8192)
def numbers_in(text: str, language: str) -> frozenset[Decimal]:
    """Every number a text writes, in digits or in words, as the language writes them."""
    texts = [text]
    code = language.split("_")[0].split("-")[0]
    if code in _TEXT2NUM_LANGUAGES:
        from text_to_num import alpha2digit

        converted = alpha2digit(text, code, threshold=0)
        if converted != text:  # the same text again would find the same numbers
            texts.append(converted)
    found: set[Decimal] = set()
    for candidate_text in texts:
        for match in _NUMBER.finditer(candidate_text):
            found.update(_token_numbers(match.group(), language))
    return frozenset(found)


@lru_cache(maxsize=16384)
def _token_numbers(token: str, language: str) -> tuple[Decimal, ...]:
    """The numbers a run of digits and marks stands for.

    A run the language reads as one number is that number only: ``44,4`` in French is
    not also 44 and 4, so a value of ``4 %`` is not found in "Orange (44,4%)". Other
    runs (``2014 12``, a date ``27.07.2015``, ``1 000`` in English) may be several
    numbers side by side: each piece between marks, and each run of digits, counts.
    """
    whole = _read(token, language)
    if whole is not None:
        return (whole,)
    numbers = []
    for spaced in _SPACES.split(token):
        number = _read(spaced, language)
        if number is not None:  # "3,75" of "3,75 1000000" (text2num's "3,75 millions")
            numbers.append(number)
            continue
        for piece in {*_SEPARATORS.split(spaced), *_NON_DIGITS.split(spaced)}:
            number = _read(piece.strip(), language)
            if number is not None:
                numbers.append(number)
    return tuple(numbers)


def _all_written_in(numbers: tuple[str, ...], quote: str) -> bool:
    """Tell whether every figure stands in the quote as written."""
    # A loop rather than all() over a generator, which costs more than the one or two
    # figures of a value: this runs for every claim.
    for number in numbers:  # noqa: SIM110
        if not _written_in(number, quote):
            return False
    return True


def _written_in(number: str, quote: str) -> bool:
    """Tell whether a figure stands in the quote as written, not inside a longer number."""
    # str.find and a look at the neighbours, not a regex per figure: with more distinct
    # figures than re's cache holds (512), every search would compile its pattern again.
    # isdecimal() is what \d matches in a str pattern (Unicode category Nd).
    bare = number.lstrip("-−")
    size = len(bare)
    found = quote.find(bare)
    while found >= 0:
        before = quote[found - 1 : found]  # "" at the start
        following = quote[found + size : found + size + 2]
        if not (before in (".", ",") or before.isdecimal()) and not (
            following[:1].isdecimal() or (following[:1] in (".", ",") and following[1:].isdecimal())
        ):
            return True
        found = quote.find(bare, found + 1)
    return False


@lru_cache(maxsize=16384)
def _read(piece: str, language: str) -> Decimal | None:
    if not piece:
        return None
    try:
        return read_number(piece, language)
    except ValueSyntaxError:
        return None
