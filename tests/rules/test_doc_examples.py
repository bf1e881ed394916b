"""Every example in a rule's documentation runs as written and gives what it says.

The ```yaml fences under **Passes** and **Fails** in each rule's docstring (and so in
docs/rules.md), and in the built-in ``invalid-suppression``'s text, are claim files,
with the conventions the catalogue's header states:

- the ``source`` block may be left out, or hold only the fields that matter; the
  other fields are :data:`DEFAULT_SOURCE`'s, whose ``text`` is our first article (only
  for a source that gives no other ``published`` day: the article is of its own day);
- under **Fails**, each ``# error: message`` comment (the rule's severity, then the
  message as ``factcheck verify`` prints it; lines of the comment that go on start
  with ``#`` and at least two spaces) is one finding of the rule;
- the findings of the rule are exactly those announced (none under **Passes**), and
  no example has an error that stops records from loading, unless that is its rule.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck import suppressions
from factcheck.rules import RULES
from tests.conftest import CLAIMS

ARTICLE = "latribune-2015-07-27.txt"
DEFAULT_SOURCE = {
    "id": "example",
    "title": "Les ministères se mettent au cloud avec Orange",
    "publisher": "La Tribune",
    "published": "2015-07-27",
    "language": "fr",
    "text": ARTICLE,
}
# rules whose findings mean a record or file could not be read as the example intends
LOADING = {
    "invalid-yaml", "invalid-record", "invalid-value", "invalid-date", "invalid-expression",
    "missing-text", "duplicate-id", "unknown-reference",
}  # fmt: skip
SECTION = re.compile(r"\*\*(Passes|Fails)\*\*\n(.*?)(?=\n\*\*[A-Z]|\Z)", re.S)
FENCE = re.compile(r"```yaml\n(.*?)```", re.S)
ANNOUNCED = re.compile(r"(?:^|\s)# (error|warning|info): (.*)$")
GOES_ON = re.compile(r"^\s*#\s{2,}(\S.*)$")


def documented() -> dict[str, str]:
    """Each rule's documentation: the rules' docstrings, and the built-in suppression rule's."""
    docs = {rule_id: rule.__doc__ or "" for rule_id, rule in RULES.items()}
    docs[suppressions.RULE_INFO.id] = suppressions.RULE_INFO.description
    docs[suppressions.UNUSED_RULE_INFO.id] = suppressions.UNUSED_RULE_INFO.description
    return docs


def examples() -> list[Any]:
    params = []
    for rule_id, doc in documented().items():
        for section, body in SECTION.findall(doc):
            for number, example in enumerate(FENCE.findall(body), start=1):
                name = f"{rule_id}: {section.lower()} {number}"
                params.append(pytest.param(rule_id, section == "Fails", example, id=name))
    return params


def with_source(example: str) -> str:
    """The example with its source block completed (or added at the end, lines unmoved)."""
    lines = example.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith("source:")), None)
    if start is None:
        start = len(lines)
        lines.append("source:\n")
    end = start + 1
    while end < len(lines) and lines[end][:1] in (" ", "#", "\n"):
        end += 1
    given = {m.group(1) for line in lines[start:end] if (m := re.match(r"  (\w+):", line))}
    # our first article is of its own day: a source published another day has no text
    skipped = given | ({"text"} if "published" in given else set())
    missing = [f"  {key}: {value}\n" for key, value in DEFAULT_SOURCE.items() if key not in skipped]
    return "".join([*lines[:end], *missing, *lines[end:]])


def announced(example: str) -> list[str]:
    """The findings a **Fails** example announces, as ``severity: message``."""
    found: list[str] = []
    going_on = False  # whether the next comment line may continue the last finding
    for line in example.splitlines():
        if match := ANNOUNCED.search(line):
            found.append(f"{match[1]}: {match[2]}")
            going_on = True
        elif going_on and (more := GOES_ON.match(line)):
            found[-1] += f" {more[1]}"
        else:
            going_on = False
    return [" ".join(finding.split()) for finding in found]


@pytest.mark.parametrize(("rule_id", "fails", "example"), examples())
def test_the_example_gives_the_findings_it_shows(
    rule_id: str, fails: bool, example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "claims"
    folder.mkdir()
    shutil.copy(CLAIMS / ARTICLE, folder / ARTICLE)
    (folder / "example.yaml").write_text(with_source(example), encoding="utf-8")
    report = factcheck.verify(factcheck.load(folder))
    shown = [" ".join(f"{f.severity.label}: {f.message}".split()) for f in report.findings]
    own = sorted(s for s, f in zip(shown, report.findings, strict=True) if f.rule == rule_id)
    unread = [
        s for s, f in zip(shown, report.findings, strict=True) if f.rule in LOADING - {rule_id}
    ]
    assert not unread, "the example does not load as intended"
    expected = announced(example) if fails else []
    assert not fails or expected, "a Fails example announces its findings: # error: message"
    assert own == sorted(expected)


def test_every_rule_has_examples_that_run() -> None:
    covered = {param.values[0] for param in examples() if param.values[1]}
    assert covered == set(documented())
    assert {param.values[0] for param in examples() if not param.values[1]} == set(documented())
