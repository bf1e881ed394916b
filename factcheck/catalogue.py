"""Generated documentation: the rule catalogue and the table of rule options.

``python -m factcheck.catalogue`` rewrites ``docs/rules.md`` and the rules table
of ``docs/configuration.md`` from the rule modules; a test fails when either is stale.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from factcheck.findings import RuleInfo
from factcheck.rules import RULES, summary

HEADER = """\
# Rules

Generated from the rules' docstrings by `python -m factcheck.catalogue`; do not edit
by hand. Severities are defaults: configuration can change them and turn rules off
(see [configuration](configuration.md)). `factcheck rules RULE` shows the same text
in a terminal.

Each rule's examples are claim files, run by the test suite as written: under
**Passes** the rule finds nothing, under **Fails** it gives exactly the findings shown
as `# error: message` comments (the severity, then the message as `factcheck verify`
prints it). To keep them short, an example leaves out its `source` block or gives only
the fields that matter; the rest is our first article's (`claims/`): `id: example`,
`publisher: La Tribune`, `published: 2015-07-27`, `language: fr`, and `text:
latribune-2015-07-27.txt`, the article itself (not for an example published another
day, which has no text). Quotes that do not matter to a rule need not stand in that
text.

| rule | default severity | checks that |
|---|---|---|
"""
BEGIN, END = "<!-- rules-table:begin -->", "<!-- rules-table:end -->"


def render() -> str:
    """Render the whole rule catalogue as Markdown."""
    parts = [HEADER]
    parts.extend(
        f"| [`{rid}`](#{rid}) | {r.SEVERITY.label} | {summary(r)} |\n" for rid, r in RULES.items()
    )
    for rule_id, rule in RULES.items():
        doc = (rule.__doc__ or "").strip()
        body = doc.split("\n", 1)[1].strip() if "\n" in doc else ""
        parts.append(f"\n## {rule_id}\n\n*{summary(rule)}* ")
        parts.append(f"Default severity: **{rule.SEVERITY.label}**.\n\n{body}\n")
    parts.append(BUILT_IN_HEADER)
    for info in _built_in():
        parts.append(f"\n### {info.id}\n\n*{info.summary}* ")
        parts.append(f"Severity: **{info.severity.label}**.\n\n{info.description.strip()}\n")
    return "".join(parts)


BUILT_IN_HEADER = """
## Built-in rules

`factcheck rules` also lists these: they are not rules of the claims but of the run
itself, and configuration cannot turn them off (see [CI](ci.md)).
"""


def _built_in() -> tuple[RuleInfo, ...]:
    from factcheck import baseline
    from factcheck.engine import BUILT_IN_RULES

    return (*BUILT_IN_RULES, baseline.RULE_INFO)


def _written(default: object) -> str:
    """An option's default as a TOML file writes it: a list as ``["age", "âge"]``."""
    if isinstance(default, tuple):
        return "[" + ", ".join(f'"{item}"' for item in default) + "]"
    if isinstance(default, bool):
        return "true" if default else "false"
    return str(default)


def render_options_table() -> str:
    """Render the table of rules, default severities and options for the configuration page."""
    rows = ["| rule | default severity | options (default, range) |", "|---|---|---|"]
    for rule_id, rule in RULES.items():
        options = "; ".join(
            f"`{name}` ({', '.join(filter(None, (_written(option.default), option.allowed)))}): "
            f"{option.help}"
            for name, option in rule.OPTIONS.items()
        )
        rows.append(
            f"| [`{rule_id}`](rules.md#{rule_id}) | {rule.SEVERITY.label} | {options or '-'} |"
        )
    return "\n".join(rows)


def with_options_table(page: str) -> str:
    """Return the configuration page with its generated rules table replaced."""
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    return pattern.sub(lambda _: f"{BEGIN}\n{render_options_table()}\n{END}", page)


def main(docs: Path) -> None:
    """Rewrite the generated parts of the documentation under ``docs``."""
    (docs / "rules.md").write_text(render(), encoding="utf-8")
    configuration = docs / "configuration.md"
    configuration.write_text(with_options_table(configuration.read_text(encoding="utf-8")), "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs"))
