"""The word count a source states matches its text.

Publishers print a length ("325 mots"); when ``word_count`` and ``text`` are both
given, the words of the text (``l'utilisation`` and ``Open-Data`` count as one)
must be within ``tolerance`` of it. The text file often holds a headline, a
standfirst or a byline the publisher did not count, hence a tolerance.

**Options:** ``tolerance`` (default ``0.15``, at least 0): the largest relative difference
accepted.

**Passes**

```yaml
source:
  word_count: 360  # the text file, title and byline included, has 392 words: 9 % more
claims: []
```

**Fails**

```yaml
source:
  word_count: 250  # the text file has 392 words: 57 % more
  # warning: source 'example' states 250 words but its text has 392 (57 % apart, more
  #   than the 15 % tolerated)
claims: []
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option
from factcheck.text import count_words
from factcheck.values import format_decimal

ID = "word-count"
SEVERITY = Severity.WARNING
OPTIONS: Mapping[str, Option] = {
    "tolerance": Option(
        Decimal("0.15"), "largest relative difference between stated and counted words", minimum=0
    ),
}


def check(context: Context) -> Iterator[Problem]:
    """Report every source whose text's length is too far from its stated word count."""
    tolerance: Decimal = context.option("tolerance")
    for document in context.corpus.documents:
        source = document.source
        if source is None or source.word_count is None or source.text_content is None:
            continue
        counted = count_words(source.text_content)
        stated = source.word_count
        if abs(counted - stated) > tolerance * max(stated, 1):
            apart = Decimal(100 * abs(counted - stated)) / max(stated, 1)
            language = source.language
            message = (
                f"source '{source.id}' states {stated} words but its text has {counted} "
                f"({format_decimal(apart.quantize(Decimal(1)), language)} % apart, more than the "
                f"{format_decimal((tolerance * 100).normalize(), language)} % tolerated)"
            )
            yield Problem(message, source.location)
