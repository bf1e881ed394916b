"""The recipes of docs/recipes.md verify as they say.

Each ```yaml fence is a whole claim file; its ``# error: message`` comments (lines that go
on start with ``#`` and two spaces) are exactly the findings ``verify`` reports for it,
whatever their rule. A file without such a comment gives no finding at all.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import factcheck
from tests.conftest import ROOT
from tests.rules.test_doc_examples import FENCE, announced

PAGE = ROOT / "docs" / "recipes.md"


def recipes() -> list[object]:
    params: list[object] = []
    heading = ""
    for part in re.split(r"^(## .+)$", PAGE.read_text(encoding="utf-8"), flags=re.M):
        if part.startswith("## "):
            heading = part[3:].strip()
            continue
        for number, example in enumerate(FENCE.findall(part), start=1):
            params.append(pytest.param(example, id=f"{heading} {number}"))
    return params


@pytest.mark.parametrize("example", recipes())
def test_the_recipe_gives_the_findings_it_shows(
    example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("example.yaml").write_text(example, encoding="utf-8")
    report = factcheck.verify(factcheck.load("example.yaml"))
    shown = sorted(" ".join(f"{f.severity.label}: {f.message}".split()) for f in report.findings)
    assert shown == sorted(announced(example))


def test_every_recipe_shows_a_mistake_it_catches() -> None:
    page = PAGE.read_text(encoding="utf-8")
    sections = re.split(r"^## ", page, flags=re.M)[1:]
    for section in sections:
        files = FENCE.findall(section)
        assert any(not announced(f) for f in files), section.splitlines()[0]
        assert any(announced(f) for f in files), section.splitlines()[0]
