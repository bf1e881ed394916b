"""A claim's quote appears in its source's text.

When the source names its full ``text``, every quote must be found in it,
word for word once typography is folded: runs of spaces, no-break spaces, curly
and straight apostrophes and every kind of double quotation mark (``« »``, ``“ ”``)
compare equal. Letters, digits, accents and case must match. A quote that is
not in the text was mistyped, paraphrased, or the article was edited since.

**Options:** none.

**Passes**

```yaml
# the text says: Il était alors détenu par Orange (44,4%), Thales (22,2%)
    quote: détenu par Orange (44,4%)
```

**Fails**

```yaml
    quote: détenu par Orange (44,5%)     # not in the text
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.rules.base import Context, Option, claim_problem
from factcheck.text import contains_quote

ID = "quote-in-text"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every quote its source's text does not contain."""
    for claim in context.corpus.claims:
        text = claim.source.text_content if claim.source else None
        if text is None or contains_quote(claim.quote, text):
            continue
        shown = claim.quote if len(claim.quote) <= 60 else claim.quote[:57] + "..."
        name = claim.source.text if claim.source else "the text"
        yield claim_problem(claim, f"quote of '{claim.id}' is not in {name}: \"{shown}\"")
