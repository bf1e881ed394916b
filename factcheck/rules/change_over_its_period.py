"""A change "over a year" compares a figure with that of a year before.

A check that computes a change between two claims of one subject and property
(``a - b == c``, ``(a - b) / b == c``, ``a / b - 1 == c``, either side of ``==``) and
compares it with a claim that says how long the change is over, in its quote ("sur un
an", "en glissement annuel", "year on year", "from a year earlier", "sur un trimestre",
"quarter on quarter", "sur un mois", "month on month", "m/m", ...) or in its property
(``_yoy``, ``_change_1y``, ``_change_year``, ``_qoq``, ``_change_quarter``, ``_mom``,
``_change_month``), holds only if the two figures are that far apart: a year, the same
period of consecutive years (T3 2025 and T3 2026, October 2025 and October 2026); a
quarter, consecutive quarters; a month, consecutive months. A base figure taken from
the wrong year ("il était de 7,1 % au troisième trimestre 2024" against a change "sur
un an" of T3 2026) passes every arithmetic check, for the change written is the
difference of the two figures written: this rule reads their ``when``.

Periods are compared by their days: a week or a range of days a year later is a year
apart when it starts and ends within a week of the same days a year on (three days for
a month). A period written more loosely than the other holds it a span on: a price of
"mardi 17 novembre 2026" against one "un an plus tôt", dated ``novembre 2025``, passes.
A claim without a readable ``when`` is skipped (another rule reports it), and so is a
quote that names two spans ("sur le trimestre et sur un an"): the property, when it
names one, says which. Two figures of one period and different qualifiers are a gap
between two groups, no change, and are left alone.

A change whose quote names the year it is from ("par rapport à 2024", "contre 2024",
"down 8.4% on 2024", "compared with 2024", "than in 2024") holds only if the check's
older figure is of that year: a base figure relabelled to another year ("contre 7 000
en 2023", ``when: "2023"``) passes the arithmetic, not this rule. "depuis 2017" and
"since 2019" are not read ("le plus haut depuis 2017" dates a record, not a base), nor
a year that is a count ("more than 2000 officers").

An error: the rule speaks only where the change itself says over how long it is (its
property or its quote) or from which year, and the check's two figures say another
thing, so a base taken from the wrong year is a published error, not a doubt; a desk
that wants it a warning sets its severity (``[rules.change-over-its-period]``, ``severity
= "warning"``).

**Options:** none.

**Passes**

```yaml
claims:
  - {id: taux_t3_2026, subject: France, property: unemployment_rate, value: "7,4 %",
     when: T3 2026, quote: "le taux de chômage s'établit à 7,4 %"}
  - {id: taux_t3_2025, subject: France, property: unemployment_rate, value: "7,1 %",
     when: troisième trimestre 2025, quote: "il était de 7,1 % au troisième trimestre 2025"}
  - {id: taux_var_an, subject: France, property: unemployment_rate_change, value: "+0,3 pp",
     when: T3 2026, quote: "Sur un an, il progresse de 0,3 point"}
checks:
  - {id: var_an_calc, expect: "taux_t3_2026 - taux_t3_2025 == taux_var_an"}
```

**Fails**

```yaml
claims:
  - {id: taux_t3_2026, subject: France, property: unemployment_rate, value: "7,4 %",
     when: T3 2026, quote: "le taux de chômage s'établit à 7,4 %"}
  - {id: taux_t3_2025, subject: France, property: unemployment_rate, value: "7,1 %",
     when: troisième trimestre 2024, quote: "il était de 7,1 % au troisième trimestre 2024"}
  - {id: taux_var_an, subject: France, property: unemployment_rate_change, value: "+0,3 pp",
     when: T3 2026, quote: "Sur un an, il progresse de 0,3 point"}
checks:
  - {id: var_an_calc, expect: "taux_t3_2026 - taux_t3_2025 == taux_var_an"}
    # error: check 'var_an_calc': 'taux_var_an' says "Sur un an", but the check compares
    #   taux_t3_2026 (T3 2026) with taux_t3_2025 (T3 2024): two years apart; a change over
    #   a year from T3 2026 is from T3 2025: compare with the figure of T3 2025, or say
    #   over how long the change is in 'taux_var_an'
```

```yaml
source:
  language: en
  published: 2026-11-06
claims:  # a month-on-month rise against the figure of two months before
  - {id: oct, subject: US, property: payrolls, value: "159.4 million", when: October 2026,
     quote: "159.4 million jobs"}
  - {id: aug, subject: US, property: payrolls, value: "159.25 million", when: August 2026,
     quote: "159.25 million in August"}
  - {id: rise, subject: US, property: payrolls_change_mom, value: "150,000",
     when: October 2026, quote: "rose by 150,000"}
checks:
  - {id: rise_calc, expect: "rise == oct - aug"}
    # error: check 'rise_calc': 'rise' is a change over a month (its property
    #   payrolls_change_mom), but the check compares oct (October 2026) with aug (August
    #   2026): two months apart; a change over a month from October 2026 is from September
    #   2026: compare with the figure of September 2026, or say over how long the change
    #   is in 'rise'
```
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import NamedTuple

from factcheck.dates import Period
from factcheck.expressions import Claim, Node, Number, Product, Sum, comparisons
from factcheck.findings import Problem, Severity
from factcheck.model import Check, name_key
from factcheck.model import Claim as ClaimRecord
from factcheck.rules.base import (
    Context,
    Option,
    check_problem,
    checks_by_names,
    claim_table,
    claims_seen_from,
)

ID = "change-over-its-period"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}


class _Span(NamedTuple):
    """How long a change is over: its months, the days its periods may be off by, its name."""

    months: int
    tolerance: int
    name: str


_YEAR = _Span(12, 7, "a year")
_QUARTER = _Span(3, 7, "a quarter")
_MONTH = _Span(1, 3, "a month")

_LAST = r"(?:dernier|dernière|passée?|précédente?)"
_PREVIOUS = r"(?:previous|last|prior|preceding)"
#: what a quote says a change is over; "et demi", "and a half" make it another span
_SAID = {
    _YEAR: (
        r"(?:sur|en)\s+(?:un|1)\s+an|sur\s+(?:douze|12)\s+mois|en\s+glissement\s+annuel"
        rf"|par\s+rapport\s+(?:à|a)\s+l'(?:an|année)\s+{_LAST}|de\s+l'(?:an|année)\s+{_LAST}"
        r"|d'une\s+année\s+(?:à|sur)\s+l'autre|(?:un|1)\s+an\s+(?:plus\s+tôt|auparavant)"
        r"|il\s+y\s+a\s+(?:un|1)\s+an|year[\s-]+on[\s-]+year|y-?o-?y|y/y"
        r"|a\s+year\s+(?:earlier|ago|before)|on\s+the\s+year|in\s+(?:a|one)\s+year(?!')"
        rf"|over\s+the\s+(?:(?:past|last)\s+)?(?:year|12\s+months|twelve\s+months)"
        rf"|same\s+(?:period|month|quarter|week|time)\s+(?:of\s+|in\s+)?(?:last|a|the\s+{_PREVIOUS})\s+year"
        r"|(?:than|from|on|with)\s+last\s+year"
    ),
    _QUARTER: (
        r"sur\s+(?:un|le|1)\s+trimestre|en\s+un\s+trimestre"
        rf"|par\s+rapport\s+au\s+trimestre\s+{_LAST}|d'un\s+trimestre\s+(?:à|sur)\s+l'autre"
        r"|un\s+trimestre\s+(?:plus\s+tôt|auparavant)|quarter[\s-]+on[\s-]+quarter|q-?o-?q|q/q"
        rf"|(?:on|over)\s+the\s+(?:{_PREVIOUS}\s+)?quarter|(?:from|than)\s+the\s+{_PREVIOUS}\s+quarter"
        r"|a\s+quarter\s+(?:earlier|ago|before)|in\s+(?:a|one)\s+quarter(?!')"
    ),
    _MONTH: (
        r"(?:sur|en)\s+un\s+mois|par\s+rapport\s+au\s+mois\s+" + _LAST
        + r"|d'un\s+mois\s+(?:à|sur)\s+l'autre|un\s+mois\s+(?:plus\s+tôt|auparavant)"
        r"|month[\s-]+on[\s-]+month|m-?o-?m|m/m"
        rf"|(?:on|over)\s+the\s+(?:{_PREVIOUS}\s+)?month|(?:from|than)\s+the\s+{_PREVIOUS}\s+month"
        r"|a\s+month\s+(?:earlier|ago|before)|in\s+(?:a|one)\s+month(?!')"
    ),
}  # fmt: skip
#: one pattern, a named group per span: a quote is searched once
_SAID_RE = re.compile(
    "|".join(
        rf"(?<!\w)(?P<{span.name.split()[1]}>{words})(?!\w)(?!\s+(?:et\s+demi|and\s+a\s+half))"
        for span, words in _SAID.items()
    ),
    re.IGNORECASE,
)
_BY_GROUP = {span.name.split()[1]: span for span in _SAID}
_SPACES = str.maketrans({"\u2019": "'", "\u00a0": " ", "\u202f": " ", "\u2011": "-"})

#: property words: a span alone (``_yoy``), or a period with a word of change
_NAMED = {"yoy": _YEAR, "y2y": _YEAR, "1y": _YEAR, "qoq": _QUARTER, "q2q": _QUARTER}
_NAMED |= {"1q": _QUARTER, "mom": _MONTH, "m2m": _MONTH, "1m": _MONTH}
_PERIOD_WORDS = {"year": _YEAR, "quarter": _QUARTER, "quarterly": _QUARTER, "month": _MONTH}
_PERIOD_WORDS |= {"monthly": _MONTH}
_CHANGE_WORDS = frozenset(
    {"change", "var", "variation", "growth", "evolution", "rise", "increase", "decrease"}
    | {"fall", "drop", "gain", "loss", "diff", "difference", "delta"}
)


def check(context: Context) -> Iterator[Problem]:
    """Report each change check whose two figures are not as far apart as its claim says."""
    table = claim_table(context)
    for check_ in checks_by_names(context)[0]:
        expression = check_.expression
        if expression is None or "==" not in expression.text:  # an `order` check, no equality
            continue
        text = expression.text
        if "-" not in text and "/" not in text:
            continue
        claims = claims_seen_from(table, check_.location.file)
        for node in comparisons(expression.root):
            lefts = [node.first, *(operand for _, operand in node.rest)]
            for left, (operator, right) in zip(lefts, node.rest, strict=False):
                if operator != "==":
                    continue
                for change, other in ((left, right), (right, left)):
                    message = _mismatch(change, other, claims, check_)
                    if message is not None:
                        yield check_problem(check_, f"check '{check_.id}': {message}")


def _mismatch(
    change: Node, other: Node, claims: Mapping[str, ClaimRecord], check_: Check
) -> str | None:
    """Why the change ``change``, compared with the claim ``other``, is over another span."""
    if not isinstance(other, Claim):
        return None
    names = _changed(change)
    if names is None:
        return None
    a, b, compared = claims.get(names[0]), claims.get(names[1]), claims.get(other.name)
    if a is None or b is None or compared is None:
        return None
    if a.property != b.property or compared.property == a.property:
        return None  # a gap between two measures, or a remainder: no change of one figure
    first, second = a.period, b.period
    if first is None or second is None or name_key(a.subject) != name_key(b.subject):
        return None
    same = first.start == second.start and first.end == second.end
    if same and a.qualifiers != b.qualifiers:
        return None  # two groups of one period: a gap, no change
    newer, older = (b, a) if second.start > first.start else (a, b)
    assert newer.period is not None and older.period is not None, "both read above"
    base = _base_year(compared.quote)
    if base is not None and not _of_year(older.period, newer.period, base[0]):
        year, words = base
        language = check_.language
        now, then = newer.period.describe(language), older.period.describe(language)
        return (
            f"'{compared.id}' says \"{words}\", but the check compares {newer.id} ({now})"
            f" with {older.id} ({then}): a change from {year} is from the figure of {year};"
            f" compare with it, or correct the year of {older.id} or of the quote of"
            f" '{compared.id}'"
        )
    named = _said_of_property(compared.property)
    if named is not None:
        span = named
        says = f"is a change over {span.name} (its property {compared.property})"
    else:
        quoted = _said_in_quote(compared.quote)
        if quoted is None:
            return None
        span, words = quoted
        says = f'says "{words}"'
    if _apart(older.period, newer.period, span):
        return None
    language = check_.language
    now, then = newer.period.describe(language), older.period.describe(language)
    expected = _shifted_back(newer.period, span.months).describe(language)
    return (
        f"'{compared.id}' {says}, but the check compares {newer.id} ({now}) with"
        f" {older.id} ({then}): {_distance(older.period, newer.period, span)}; a change over"
        f" {span.name} from {now} is from {expected}: compare with the figure of {expected},"
        f" or say over how long the change is in '{compared.id}'"
    )


def _changed(node: Node) -> tuple[str, str] | None:
    """The claims ``a`` and ``b`` of ``a - b``, ``(a - b) / b`` or ``a / b - 1``, or None."""
    if isinstance(node, Product):
        if len(node.rest) != 1 or node.rest[0][0] != "/" or not isinstance(node.rest[0][1], Claim):
            return None
        pair = _difference(node.first)
        return pair if pair is not None and pair[1] == node.rest[0][1].name else None
    if not isinstance(node, Sum) or len(node.rest) != 1 or node.rest[0][0] != "-":
        return None
    pair = _difference(node)
    if pair is not None:
        return pair
    ratio, one = node.first, node.rest[0][1]
    if not (isinstance(one, Number) and one.value == 1 and one.unit is None and not one.scale):
        return None
    if not isinstance(ratio, Product) or len(ratio.rest) != 1 or ratio.rest[0][0] != "/":
        return None
    a, b = ratio.first, ratio.rest[0][1]
    return (a.name, b.name) if isinstance(a, Claim) and isinstance(b, Claim) else None


def _difference(node: Node) -> tuple[str, str] | None:
    """The claims ``a`` and ``b`` of ``a - b``, or None."""
    if not isinstance(node, Sum) or len(node.rest) != 1 or node.rest[0][0] != "-":
        return None
    a, b = node.first, node.rest[0][1]
    return (a.name, b.name) if isinstance(a, Claim) and isinstance(b, Claim) else None


@lru_cache(maxsize=1024)
def _said_of_property(name: str) -> _Span | None:
    """The span a property names (``_yoy``, ``_change_quarter``), or None."""
    words = name.lower().split("_")
    spans = {_NAMED[word] for word in words if word in _NAMED}
    if not _CHANGE_WORDS.isdisjoint(words):
        spans.update(_PERIOD_WORDS[word] for word in words if word in _PERIOD_WORDS)
    return spans.pop() if len(spans) == 1 else None


@lru_cache(maxsize=4096)
def _said_in_quote(quote: str) -> tuple[_Span, str] | None:
    """The one span a quote names, with its words as written; None for none or several."""
    found: dict[_Span, str] = {}
    for match in _SAID_RE.finditer(quote.translate(_SPACES)):
        group = match.lastgroup
        assert group is not None, "every alternative is a named group"
        found.setdefault(_BY_GROUP[group], quote[match.start() : match.end()])
    return found.popitem() if len(found) == 1 else None


#: A base year a change's quote names: "par rapport à 2024", "contre 2024", "compared
#: with 2024", "up 5% on 2024", "than in 2024", "from 2024 levels"; not "depuis 2017" nor
#: "since 2019" ("le plus haut depuis 2017" dates a record, not the base), nor a fiscal
#: year ("2024-25"), nor a count ("than 2000 people": a year ends its clause or comes
#: before "levels", "figures", "and").
_BASE_YEAR_RE = re.compile(
    r"(?<!\w)(?P<words>(?:par\s+rapport\s+(?:à|a)|comparée?s?\s+(?:à|a)|contre|vs\.?|versus|"
    r"compared\s+(?:with|to)|than|from|on)\s+(?:(?:l'année|l'an|the\s+year|in|en)\s+)?"
    r"(?P<year>(?:19|20)\d\d))(?=\s*(?:$|[,.;:)!?—–](?!\d)|(?:levels?|figures?|totals?|and|et|"
    r"ou|or|when|quand|lorsque|où|niveaux?|chiffres?)(?!\w)))",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _base_year(quote: str) -> tuple[int, str] | None:
    """The one year a change's quote names as its base, with its words; None for none or several."""
    if not any(character.isdigit() for character in quote):
        return None
    found = {
        int(match.group("year")): quote[match.start("words") : match.end("words")]
        for match in _BASE_YEAR_RE.finditer(quote.translate(_SPACES))
    }
    return found.popitem() if len(found) == 1 else None


def _of_year(older: Period, newer: Period, year: int) -> bool:
    """Whether the older figure is of the base year (or the year is none before the newer's)."""
    if year >= newer.start.year:
        return True  # "compared with 2026" of a 2026 figure: a forecast, not a base
    return older.start <= dt.date(year, 12, 31) and dt.date(year, 1, 1) <= older.end


def _shift(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (earlier when negative), the month's last if it is short."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (following - dt.timedelta(days=1)).day))


def _apart(older: Period, newer: Period, span: _Span) -> bool:
    """Whether ``newer`` is ``older`` a span on, give or take the span's tolerance."""
    day = dt.timedelta(days=1)
    starts = abs((_shift(older.start, span.months) - newer.start).days)
    ends = abs((_shift(older.end + day, span.months) - (newer.end + day)).days)
    if starts <= span.tolerance and ends <= span.tolerance:
        return True
    # one written more loosely than the other ("mardi 17 novembre 2026", against a price
    # "un an plus tôt" dated novembre 2025): the looser one holds the other, a span on
    back = _shifted_back(newer, span.months)
    slack = dt.timedelta(days=span.tolerance)
    return (older.start - slack <= back.start and back.end <= older.end + slack) or (
        back.start - slack <= older.start and older.end <= back.end + slack
    )


def _shifted_back(period: Period, months: int) -> Period:
    """The period ``months`` before ``period``, of its granularity."""
    day = dt.timedelta(days=1)
    start = _shift(period.start, -months)
    return Period(start, _shift(period.end + day, -months) - day, period.granularity, "")


_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _counted(count: int, unit: str) -> str:
    """``two years``, ``one month``, ``14 days``."""
    written = _NUMBERS[count] if count < len(_NUMBERS) else str(count)
    return f"{written} {unit}{'' if count == 1 else 's'}"


def _distance(older: Period, newer: Period, span: _Span) -> str:
    """How far apart two periods are, in words: ``two years apart``, ``the same period``."""
    if older.start == newer.start and older.end == newer.end:
        return "the same period"
    lengths = ((older.end - older.start).days, (newer.end - newer.start).days)
    if abs(lengths[0] - lengths[1]) > 3:
        return f"periods of different lengths, not {span.name} apart"
    months = (newer.start.year - older.start.year) * 12 + newer.start.month - older.start.month
    if months > 0 and abs((_shift(older.start, months) - newer.start).days) <= 3:
        if months % 12 == 0:
            return f"{_counted(months // 12, 'year')} apart"
        if months % 3 == 0 and newer.granularity == "quarter":
            return f"{_counted(months // 3, 'quarter')} apart"
        return f"{_counted(months, 'month')} apart"
    days = (newer.start - older.start).days
    if days % 7 == 0:
        return f"{_counted(days // 7, 'week')} apart"
    return f"{_counted(days, 'day')} apart"
