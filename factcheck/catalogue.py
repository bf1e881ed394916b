"""The rule catalogue (``docs/rules.md``), generated from the rule modules' docstrings.

Run ``python -m factcheck.catalogue > docs/rules.md`` after changing a rule; a
test fails when the committed catalogue is stale.
"""

from __future__ import annotations

from factcheck.rules import RULES, summary

HEADER = """\
# Rules

Generated from the rules' docstrings by `python -m factcheck.catalogue > docs/rules.md`;
do not edit by hand. Severities are defaults: configuration can change them and turn
rules off (see [configuration](configuration.md)). `factcheck rules RULE` shows the
same text in a terminal.

| rule | default severity | checks that |
|---|---|---|
"""


def render() -> str:
    """The whole catalogue as Markdown."""
    parts = [HEADER]
    parts.extend(
        f"| [`{rid}`](#{rid}) | {r.SEVERITY.label} | {summary(r)} |\n" for rid, r in RULES.items()
    )
    for rule_id, rule in RULES.items():
        doc = (rule.__doc__ or "").strip()
        body = doc.split("\n", 1)[1].strip() if "\n" in doc else ""
        parts.append(
            f"\n## {rule_id}\n\n*{summary(rule)}* Default severity: **{rule.SEVERITY.label}**.\n\n"
        )
        parts.append(body + "\n")
    return "".join(parts)


if __name__ == "__main__":
    print(render(), end="")
