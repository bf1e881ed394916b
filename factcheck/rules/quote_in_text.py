"""A claim's quote appears in its source's text.

When the source names its full ``text``, every quote must be found in it,
word for word once typography is folded: runs of spaces, no-break spaces, curly
and straight apostrophes and every kind of double quotation mark (``« »``, ``“ ”``)
compare equal. Letters, digits, accents and case must match. A quote that is
not in the text was mistyped, paraphrased, or the article was edited since. The
message shows the passage of the text nearest the quote, when one is near, cut around
their first difference (``coeur`` where the text has ``cœur``).

**Options:** none.

**Passes**

```yaml
claims:
  # the text says: Il était alors détenu par Orange (44,4%), Thales (22,2%)
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "44,4 %", when: septembre 2012, quote: "détenu par Orange (44,4%)"}
  # curly apostrophes, where the text has straight ones: s'élève à un million d'euros
  - {id: contract_value, subject: contrat cloud de l'Etat, property: contract_value,
     value: "1 million EUR", quote: "s’élève à un million d’euros"}
```

**Fails**

```yaml
claims:
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "44,5 %", when: septembre 2012, quote: "détenu par Orange (44,5%)"}
    # error: quote of 'orange' is not in latribune-2015-07-27.txt:
    #   "détenu par Orange (44,5%)" where the text has "détenu par Orange (44,4%)"
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.findings import Problem, Severity
from factcheck.model import Source
from factcheck.rules.base import Context, Option, claim_problem, claim_table
from factcheck.text import contains_quote, nearest_passage

ID = "quote-in-text"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


def check(context: Context) -> Iterator[Problem]:
    """Report every quote its source's text does not contain."""
    table = claim_table(context)
    source: Source | None = None
    text: str | None = None
    for position, (quote, claim_source) in enumerate(zip(table.quotes, table.sources, strict=True)):
        if claim_source is not source:  # claims of one source stand together
            source = claim_source
            text = source.text_content if source is not None else None
        if text is None or contains_quote(quote, text):
            continue
        claim = table.claims[position]
        name = source.text if source is not None else "the text"
        near = nearest_passage(quote, text)
        if near is None:
            shown = quote if len(quote) <= 60 else quote[:57] + "..."
            yield claim_problem(claim, f"quote of '{claim.id}' is not in {name}: \"{shown}\"")
        else:
            quoted, passage = near
            message = f"quote of '{claim.id}' is not in {name}: \"{quoted}\""
            yield claim_problem(claim, f'{message} where the text has "{passage}"')
