"""Suppressions: a claim's ``ignore: {rule-id: "reason"}`` silences that rule's findings.

A finding is suppressed when one of the claims it names ignores its rule with a
reason. A suppression is checked before it is honoured: one without a reason,
or naming a rule that does not exist, silences nothing and is itself an
``invalid-suppression`` finding (which nothing can suppress). A valid one that
silenced nothing in the run is an ``unused-suppression`` finding (information):
kept after its false alarm was fixed, it would hide the next real one.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from factcheck.findings import Finding, RuleInfo, Severity, Suppression
from factcheck.model import Corpus

INVALID_SUPPRESSION = "invalid-suppression"
UNUSED_SUPPRESSION = "unused-suppression"

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

UNUSED_RULE_INFO = RuleInfo(
    UNUSED_SUPPRESSION,
    "A claim's ``ignore`` still silences a finding.",
    """\
An ``ignore`` accepts a finding that is right but must stay. Once the claim
(or the rule) is fixed and the finding is gone, the ``ignore`` silences
nothing, but stays: the next real finding of that rule about the claim would
be hidden. This built-in rule reports, as information, each valid ``ignore``
entry that silenced no finding in the run; it never fails a run unless
``--fail-on info``. It says nothing when it cannot know: about a rule turned
off in the configuration, not run, or crashed, nor in a run where a record
could not be read (the findings it would have given are unknown). A finding
naming several claims uses the ``ignore`` of each of them that names its rule.
It cannot be ignored (an ``ignore`` of it is an ``invalid-suppression``),
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
     value: "44,4 %", when: septembre 2012, quote: "détenu par Orange (44,4%)",
     ignore: {quote-in-text: "the print edition sets a space before %; we quote it"}}
    # info: claim 'orange' ignores 'quote-in-text', which reported nothing about it:
    #   remove the ignore (it would hide a new finding)
```""",
    Severity.INFO,
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """Findings split into those reported and those suppressed.

    ``used`` holds each (claim id, rule id) whose ``ignore`` silenced a finding: every
    claim a suppressed finding names that ignores its rule, not only the first.
    """

    findings: tuple[Finding, ...]
    suppressed: tuple[Suppression, ...]
    used: frozenset[tuple[str, str]] = frozenset()


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
    used: set[tuple[str, str]] = set()
    for finding in findings:
        by = [c for c in finding.claims if finding.rule in ignored.get(c, {})]
        if not by:
            kept.append(finding)
        else:
            suppressed.append(Suppression(finding, by[0], ignored[by[0]][finding.rule]))
            used.update((claim, finding.rule) for claim in by)
    return Outcome(tuple(kept), tuple(suppressed), frozenset(used))


def unused_suppressions(
    corpus: Corpus, outcome: Outcome, known: Collection[str], ran: Collection[str]
) -> list[Finding]:
    """An info finding for each valid ``ignore`` entry of a rule in ``ran`` that silenced nothing.

    ``ran`` holds the rules that ran to the end over every claim; none is reported when
    a record could not be read, since the findings it would have given are unknown.
    """
    if corpus.problems:
        return []
    findings = []
    for claim in corpus.claims:
        if not claim.ignore:  # most claims: the cheapest test first
            continue
        for rule_id, reason in claim.ignore.items():
            if (
                rule_id in ran
                and (claim.id, rule_id) not in outcome.used
                and _problem(rule_id, reason, known) is None
            ):
                message = (
                    f"claim '{claim.id}' ignores '{rule_id}', which reported nothing about it: "
                    "remove the ignore (it would hide a new finding)"
                )
                findings.append(
                    Finding(claim.location, UNUSED_SUPPRESSION, Severity.INFO, message, (claim.id,))
                )
    return findings
