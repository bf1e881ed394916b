"""Suppressions: a claim's ``ignore: {rule-id: "reason"}`` silences that rule's findings.

A finding is suppressed when one of the claims it names ignores its rule with a
reason. A suppression is checked before it is honoured: one without a reason,
or naming a rule that does not exist, silences nothing and is itself an
``invalid-suppression`` finding (which nothing can suppress).
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from factcheck.findings import Finding, RuleInfo, Severity, Suppression
from factcheck.model import Corpus

INVALID_SUPPRESSION = "invalid-suppression"

RULE_INFO = RuleInfo(
    INVALID_SUPPRESSION,
    "A claim's ``ignore`` names an existing rule and says why.",
    """\
A claim may silence a rule's findings about it with ``ignore``, a mapping of
rule ids to the reason the finding is accepted. The reason is required: a
suppression without one, or naming a rule that does not exist or
``invalid-record`` (a record that cannot be read is never excused: its own
``ignore`` is not read, and another record's would hide its errors), silences
nothing and is reported by this built-in rule. It cannot be ignored,
configured or turned off.

**Passes**

```yaml
claims:
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "44,4 %", when: septembre 2012, quote: "détenu par Orange (44,4 %)",
     ignore: {quote-in-text: "the print edition sets a space before %; we quote it"}}
```

**Fails**

```yaml
claims:
  - {id: orange, subject: Cloudwatt, property: share_held, qualifiers: {holder: Orange},
     value: "44,4 %", when: septembre 2012, quote: "détenu par Orange (44,4 %)",
     ignore: {quote-in-text: "", quote-in-txt: "print edition"}}
    # error: claim 'orange' ignores 'quote-in-text' without a reason: write why the
    #   finding is accepted, e.g. ignore: {quote-in-text: "checked with the author"}
    # error: claim 'orange' ignores 'quote-in-txt', which is not a rule that can be
    #   ignored, did you mean 'quote-in-text'?
```""",
    Severity.ERROR,
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """Findings split into those reported and those suppressed."""

    findings: tuple[Finding, ...]
    suppressed: tuple[Suppression, ...]


def invalid_suppressions(corpus: Corpus, known: Collection[str]) -> list[Finding]:
    """A finding for each ``ignore`` entry without a reason or naming an unknown rule."""
    findings = []
    for claim in corpus.claims:
        for rule_id, reason in claim.ignore.items():
            problem = _problem(rule_id, reason, known)
            if problem:
                message = f"claim '{claim.id}' {problem}"
                findings.append(
                    Finding(
                        claim.location, INVALID_SUPPRESSION, Severity.ERROR, message, (claim.id,)
                    )
                )
    return findings


# A record that cannot be read is never loaded, so its own ``ignore`` is never read: an
# ignore of invalid-record could only come from another record with the same id, and
# would hide that record's errors.
_NOT_IGNORABLE = frozenset({"invalid-record"})


def _problem(rule_id: str, reason: str | None, known: Collection[str]) -> str | None:
    if rule_id in _NOT_IGNORABLE:
        return f"ignores '{rule_id}', which cannot be ignored: fix the record instead"
    if rule_id not in known:
        close = difflib.get_close_matches(rule_id, known, n=1)
        hint = f", did you mean '{close[0]}'?" if close else ""
        return f"ignores '{rule_id}', which is not a rule that can be ignored{hint}"
    if not reason or not reason.strip():
        return (
            f"ignores '{rule_id}' without a reason: write why the finding is accepted, "
            f'e.g. ignore: {{{rule_id}: "checked with the author"}}'
        )
    return None


def apply(corpus: Corpus, findings: Iterable[Finding], known: Collection[str]) -> Outcome:
    """Remove the findings that a claim they name validly ignores."""
    ignored: dict[str, dict[str, str]] = {}
    for claim in corpus.claims:
        for rule_id, reason in claim.ignore.items():
            if _problem(rule_id, reason, known) is None and reason is not None:
                ignored.setdefault(claim.id, {}).setdefault(rule_id, reason.strip())
    kept: list[Finding] = []
    suppressed: list[Suppression] = []
    for finding in findings:
        by = next((c for c in finding.claims if finding.rule in ignored.get(c, {})), None)
        if by is None:
            kept.append(finding)
        else:
            suppressed.append(Suppression(finding, by, ignored[by][finding.rule]))
    return Outcome(tuple(kept), tuple(suppressed))
