"""Documentation that is generated or promised stays true."""

from __future__ import annotations

import re

from factcheck import catalogue
from factcheck.rules import RULES
from tests.conftest import ROOT


def test_generated_docs_are_up_to_date() -> None:
    stale = "run: python -m factcheck.catalogue"
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == catalogue.render(), stale
    configuration = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert configuration == catalogue.with_options_table(configuration), stale
    assert catalogue.BEGIN in configuration


def test_every_rule_documents_options_and_a_passing_and_failing_example() -> None:
    for rule_id, rule in RULES.items():
        doc = rule.__doc__ or ""
        assert "**Options:**" in doc, rule_id
        assert re.search(r"\*\*Passes\*\*\s+```yaml\n.+?```", doc, re.S), rule_id
        assert re.search(r"\*\*Fails\*\*\s+```yaml\n.+?```", doc, re.S), rule_id
        for option in rule.OPTIONS:
            assert f"``{option}``" in doc, f"{rule_id}: option {option} undocumented"


def test_readme_quickstart_is_two_commands_and_ci_runs_the_second() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quickstart.*?```sh\n(.*?)```", readme, re.S)
    assert block is not None
    commands = block.group(1).strip().splitlines()
    assert len(commands) == 2
    assert "factcheck verify claims/" in commands[0]
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
