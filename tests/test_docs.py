"""Documentation that is generated or promised stays true."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from factcheck import catalogue
from factcheck.cli import main
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


def test_getting_started_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The tutorial's files, commands and printed output, step by step."""
    page = (ROOT / "docs" / "getting-started.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(\w+)\n(.*?)```", page, re.S)
    kinds = " ".join(kind for kind, _ in blocks)
    assert kinds == "sh text yaml console yaml console console yaml python"
    (_, text), (_, claims), first, (_, fix), second, third = blocks[1:7]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "conseil-2026-11-30.txt").write_text(text, encoding="utf-8")
    claim_file = tmp_path / "claims" / "conseil-2026-11-30.yaml"

    def session(console: str) -> None:  # each "$ command" with the lines it prints
        code = None
        for command, printed in re.findall(r"^\$ (.+)\n((?:(?!\$ ).*\n)*)", console, re.M):
            if command == "echo $?":
                assert printed.strip() == str(code)
            else:
                assert command.startswith("factcheck ")
                code = main([*command.split()[1:], "--no-cache"])
                assert capsys.readouterr().out == printed, command

    claim_file.write_text(claims, encoding="utf-8")
    session(first[1])
    quote = fix.strip()
    old = next(line for line in claims.splitlines() if line.strip().startswith('quote: "Le budget'))
    claims = claims.replace(old, quote.join(old.split(old.strip())))
    claim_file.write_text(claims, encoding="utf-8")
    session(second[1])
    claim_file.write_text(claims.replace('value: "21"', 'value: "23"'), encoding="utf-8")
    session(third[1])
    exec(blocks[-1][1], {})  # the Python example: the claims now hold


def test_the_library_page_runs_and_prints_what_it_says(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each ``print(...)  # shown`` of docs/library.md prints what its comment shows."""
    page = (ROOT / "docs" / "library.md").read_text(encoding="utf-8")
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    said = []
    for block in re.findall(r"```python\n(.*?)```", page, re.S):
        said += re.findall(r"^print\(.*\)  # (.*)$", block, re.M)
        exec(block, namespace)
    printed = [line for line in capsys.readouterr().out.splitlines() if ": " not in line]
    assert printed == said and len(said) == 4


def test_the_readme_shows_what_verify_prints_on_our_claims(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    console = re.search(r"```console\n\$ factcheck verify claims/\n(.*?)```", readme, re.S)
    assert console is not None
    monkeypatch.chdir(ROOT)
    assert main(["verify", "claims/", "--no-cache"]) == 0
    assert capsys.readouterr().out == console.group(1)
    library = re.search(r"```python\n(.*?)```", readme, re.S)
    assert library is not None
    exec(textwrap.dedent(library.group(1)), {})  # the library example runs as written
