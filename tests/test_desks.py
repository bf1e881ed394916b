"""Twelve desks' articles as a CI gate would see them: correct copy passes, planted slips fail.

A health, an energy, a housing and transport, an elections and labour, an education, an
obituaries, a sports, a courts, a weather and climate, a local and a business desk, and a
political fact-checking unit each wrote five articles of their beat with every claim encoded
(``tests/data/desks/<desk>/<article>``; a desk's configuration, such as the sports desk's
counted properties, sits in each of its article folders),
then planted one mistake at a time in copies of them (``planted.json``: the lines each copy
changes). A correct article must verify with no error (a false alarm there is what gets a
checker switched off), and every planted mistake the tool catches must keep failing the run.
Mistakes marked ``missed`` are out of the tool's reach (knowledge outside the article) or
left open; they are listed so that a change which starts catching one is seen.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import factcheck

DESKS = Path(__file__).parent / "data" / "desks"

#: Warnings a correct article gives, by design (none: add one only with its reason).
KNOWN_WARNINGS: dict[str, int] = {}


def _articles() -> list[Path]:
    return sorted(p for p in DESKS.glob("*/*") if p.is_dir() and not p.name.startswith("."))


def _plants() -> list[tuple[str, dict[str, Any]]]:
    return [
        (desk.name, plant)
        for desk in sorted(p for p in DESKS.iterdir() if p.is_dir())
        for plant in json.loads((desk / "planted.json").read_text(encoding="utf-8"))
    ]


def _verify(folder: Path) -> factcheck.Report:
    return factcheck.verify(factcheck.load(folder))


def _copy(article: Path, tmp_path: Path) -> Path:
    # A copy outside the repository: no configuration above it but the article's own.
    return Path(shutil.copytree(article, tmp_path / article.name))


@pytest.mark.parametrize("article", _articles(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_correct_article_passes(article: Path, tmp_path: Path) -> None:
    report = _verify(_copy(article, tmp_path))
    shown = "\n".join(str(f) for f in report.findings if f"{f.severity}" != "info")
    assert report.summary.errors == 0, shown
    key = f"{article.parent.name}/{article.name}"
    assert report.summary.warnings == KNOWN_WARNINGS.get(key, 0), shown


@pytest.mark.parametrize(
    ("desk", "plant"),
    [p for p in _plants() if p[1]["expect"] == "caught"],
    ids=lambda v: v["plant"] if isinstance(v, dict) else v,
)
def test_a_planted_mistake_fails_the_run(desk: str, plant: dict[str, Any], tmp_path: Path) -> None:
    folder = _copy(DESKS / desk / plant["article"], tmp_path)
    for name, edits in plant["edits"].items():
        lines = (folder / name).read_text(encoding="utf-8").splitlines(keepends=True)
        for start, end, new in reversed(edits):
            lines[start:end] = new
        (folder / name).write_text("".join(lines), encoding="utf-8")
    report = _verify(folder)
    assert not report.ok, f"{plant['plant']} ({plant['why']}) passed"
