"""The war-toll recipe of docs/recipes.md across two articles (defence desk, finding 4).

A running toll "depuis le 7 octobre 2023" is dated to its article's day, "since" in a
note: two articles' tolls are two facts, and the later one is checked against the earlier.
Dated ``depuis le 7 octobre 2023``, they are two facts too: a running total is keyed by its
article's day.
"""

from __future__ import annotations

import re

import factcheck
from tests.conftest import ROOT, WriteFiles

SECTION = '## A war\'s tolls: since the first day, the 400th day, "at least 40"'


def _articles() -> tuple[str, str]:
    page = (ROOT / "docs" / "recipes.md").read_text(encoding="utf-8")
    section = page.split(SECTION, 1)[1].split("\n## ", 1)[0]
    first = re.findall(r"```yaml\n(.*?)```", section, re.S)[0]
    (second,) = re.findall(r"```yml\n(.*?)```", section, re.S)
    return first, second


def _messages(report: factcheck.Report) -> list[str]:
    return [f"{f.rule} {' '.join(f.message.split())}" for f in report.findings]


def test_two_articles_tolls_are_two_facts_and_the_later_one_rises(
    write_files: WriteFiles,
) -> None:
    first, second = _articles()
    report = factcheck.verify(factcheck.load(write_files({"a.yaml": first, "b.yaml": second})))
    assert _messages(report) == []
    lower = second.replace("44 466", "43 466")
    report = factcheck.verify(
        factcheck.load(write_files({"a.yaml": first, "b.yaml": lower}, folder="fell"))
    )
    assert _messages(report) == [
        "expect-holds check 'bilan_en_hausse' fails: bilan_gaza_1er_decembre = 43 466 person"
        " (43 465,5 à 43 466,5 person), not >= bilan_gaza = 43 603 person"
        " (43 602,5 à 43 603,5 person)"
    ]


def test_tolls_dated_since_the_first_day_are_two_facts_too(write_files: WriteFiles) -> None:
    """A `when` that starts with depuis is a running total, keyed by its article's day."""
    note = '    note: "cumul au jour de publication, depuis le 7 octobre 2023"'
    since = "    when: depuis le 7 octobre 2023"
    first, second = (text.replace(note, since) for text in _articles())
    folder = write_files({"a.yaml": first, "b.yaml": second})
    assert _messages(factcheck.verify(factcheck.load(folder))) == []
