"""Every rule's passing and failing cases, from tests/rules/cases/<rule-id>.yaml.

A case file holds ``cases``: each with a ``name``, the claim ``file`` (a
default source block is added when it has none: language ``fr``, published
2015-07-27, ``text: article.txt`` when the case gives a ``text``), or several
``files``; an optional ``config`` (TOML); and ``expect``: the findings of THIS
rule, each with the ``claims`` it names and a ``message`` fragment (an empty
list means the case passes).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.rules import RULES
from tests.conftest import WriteFiles, source_block, verify_folder

CASES = Path(__file__).parent / "cases"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(path.stem, case, id=f"{path.stem}: {case['name']}"))
    return params


def test_every_rule_has_a_case_file_with_passing_and_failing_cases() -> None:
    for rule_id in RULES:
        path = CASES / f"{rule_id}.yaml"
        assert path.is_file(), f"no case file for rule {rule_id}"
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        assert any(not c["expect"] for c in cases), f"{rule_id}: no passing case"
        assert any(c["expect"] for c in cases), f"{rule_id}: no failing case"


def _files(case: dict[str, Any]) -> dict[str, str]:
    files: dict[str, str] = dict(case.get("files", {}))
    if "file" in case:
        files["claims.yaml"] = case["file"]
    for name, content in list(files.items()):
        if name.endswith((".yaml", ".yml")) and "source:" not in content:
            has_text = "text" in case
            files[name] = (
                source_block(
                    source_id=f"src_{Path(name).stem.replace('-', '_')}",
                    language=case.get("language", "fr"),
                    published=str(case.get("published", "2015-07-27")),
                    text="article.txt" if has_text else None,
                    word_count=case.get("word_count"),
                )
                + content
            )
    if "text" in case:
        files["article.txt"] = case["text"]
    return files


@pytest.mark.parametrize(("rule_id", "case"), _cases())
def test_rule_case(rule_id: str, case: dict[str, Any], write_files: WriteFiles) -> None:
    folder = write_files(_files(case))
    report = verify_folder(folder, case.get("config"))
    found = [f for f in report.findings if f.rule == rule_id]
    expected = case["expect"] or []
    shown = "\n".join(f"  {f.location}: {f.message} {f.claims}" for f in found)
    assert len(found) == len(expected), f"expected {len(expected)} finding(s), got:\n{shown}"
    unexpected = [f for f in report.findings if f.rule == "internal-error"]
    assert not unexpected, unexpected
    for finding, want in zip(found, expected, strict=True):
        if "claims" in want:
            assert sorted(finding.claims) == sorted(want["claims"]), shown
        if "message" in want:
            assert want["message"] in finding.message, shown
        if "line" in want:
            assert finding.location.line == want["line"], shown
        if "severity" in want:
            assert finding.severity.label == want["severity"], shown
