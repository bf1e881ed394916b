"""The built-in ``unused-suppression``: an ``ignore`` that silenced nothing in the run.

A suppression kept after its false alarm was fixed would hide a real error on that
claim: the run says so, as information (it never fails a run by default), and only
when it can know: the ignored rule ran, and every record of the run was read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import factcheck
from factcheck import suppressions
from factcheck.cli import main
from factcheck.config import Config, RuleSettings
from factcheck.findings import Severity
from tests.conftest import WriteFiles, source_block
from tests.rules.test_doc_examples import ARTICLE, announced, with_source

TEXT = "Cloudwatt emploie environ 90 personnes."
CLAIM = (
    source_block(text="a.txt")
    + """\
claims:
  - id: staff
    quote: environ 90 personnes
    subject: Cloudwatt
    property: staff
    value: {value}
"""
)
WRONG, RIGHT = "~95 person", "~90 person"  # figure-in-quote reports the first only
UNUSED = (
    "claim 'staff' ignores 'figure-in-quote', which reported nothing about it: "
    "remove the ignore (it would hide a new finding)"
)


def _text(value: str, ignore: str) -> str:
    return CLAIM.replace("{value}", value) + f"    ignore: {ignore}\n"


def _verify(write_files: WriteFiles, text: str, config: Config | None = None) -> factcheck.Report:
    folder = write_files({"a.yaml": text, "a.txt": TEXT})
    return factcheck.verify(factcheck.load(folder, config), config)


def _unused(report: factcheck.Report) -> list[str]:
    return [f.message for f in report.findings if f.rule == "unused-suppression"]


def test_an_ignore_that_silences_a_finding_is_not_reported(write_files: WriteFiles) -> None:
    report = _verify(write_files, _text(WRONG, '{figure-in-quote: "print edition"}'))
    assert report.findings == () and len(report.suppressed) == 1


def test_an_ignore_whose_finding_was_fixed_is_reported_as_information(
    write_files: WriteFiles,
) -> None:
    report = _verify(write_files, _text(RIGHT, '{figure-in-quote: "print edition"}'))
    (finding,) = report.findings
    assert (finding.rule, finding.severity, finding.message) == (
        "unused-suppression",
        Severity.INFO,
        UNUSED,
    )
    assert finding.claims == ("staff",) and finding.location.line == 9  # the claim's line
    assert report.ok  # never fails a run by default
    assert not factcheck.verify(
        factcheck.load(Path(finding.location.file).parent), fail_on="info"
    ).ok


def test_each_unused_entry_is_reported_and_the_used_one_is_not(write_files: WriteFiles) -> None:
    ignore = '{figure-in-quote: "print edition", quote-in-text: "a", word-count: "b"}'
    report = _verify(write_files, _text(WRONG, ignore))
    assert [f.rule for f in report.findings] == ["unused-suppression", "unused-suppression"]
    assert sorted(_unused(report)) == [
        "claim 'staff' ignores 'quote-in-text', which reported nothing about it: "
        "remove the ignore (it would hide a new finding)",
        "claim 'staff' ignores 'word-count', which reported nothing about it: "
        "remove the ignore (it would hide a new finding)",
    ]


def test_an_ignore_of_a_rule_turned_off_is_not_reported(write_files: WriteFiles) -> None:
    config = Config(rules={"figure-in-quote": RuleSettings(enabled=False)})
    report = _verify(write_files, _text(RIGHT, '{figure-in-quote: "print edition"}'), config)
    assert report.findings == ()


def test_an_invalid_ignore_is_reported_once_as_invalid_only(write_files: WriteFiles) -> None:
    report = _verify(write_files, _text(RIGHT, '{figure-in-quote: "", figure-in-qoute: "x"}'))
    assert [f.rule for f in report.findings] == ["invalid-suppression", "invalid-suppression"]


def test_unused_suppression_cannot_itself_be_ignored(write_files: WriteFiles) -> None:
    ignore = '{figure-in-quote: "print edition", unused-suppression: "keep it"}'
    report = _verify(write_files, _text(RIGHT, ignore))
    assert sorted(f.rule for f in report.findings) == ["invalid-suppression", "unused-suppression"]
    assert report.suppressed == ()


def test_a_run_with_an_unreadable_record_reports_no_unused_ignore(
    write_files: WriteFiles,
) -> None:
    # the finding the unread record would have given is unknown
    text = _text(RIGHT, '{figure-in-quote: "print edition"}') + (
        "  - {id: other, quote: environ 90 personnes, subject: X, property: staff, "
        "value: 90 persnos}\n"
    )
    report = _verify(write_files, text)
    assert [f.rule for f in report.findings] == ["invalid-value"]


def test_a_finding_about_two_claims_uses_the_ignore_of_each(write_files: WriteFiles) -> None:
    both = _text("95 person", '{same-fact-same-value: "the article contradicts itself"}') + (
        "  - id: staff_again\n"
        "    quote: environ 90 personnes\n"
        "    subject: Cloudwatt\n"
        "    property: staff\n"
        "    value: 90 person\n"
        '    ignore: {same-fact-same-value: "the article contradicts itself"}\n'
    )
    report = _verify(write_files, both)
    assert [f.rule for f in report.findings] == ["figure-in-quote"]
    assert {s.finding.rule for s in report.suppressed} == {"same-fact-same-value"}


def test_the_pure_function_needs_the_rule_to_have_run(write_files: WriteFiles) -> None:
    folder = write_files({"a.yaml": _text(RIGHT, '{figure-in-quote: "x"}'), "a.txt": TEXT})
    corpus = factcheck.load(folder)
    known = {"figure-in-quote"}
    outcome = suppressions.apply(corpus, [], known)
    assert suppressions.unused_suppressions(corpus, outcome, known, ran=set()) == []
    (finding,) = suppressions.unused_suppressions(corpus, outcome, known, ran=known)
    assert finding.message == UNUSED


def test_json_and_sarif_reports_document_the_rule(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"a.yaml": _text(RIGHT, '{figure-in-quote: "x"}'), "a.txt": TEXT})
    assert main(["verify", str(folder), "--no-cache", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [f["rule"] for f in document["findings"]] == ["unused-suppression"]
    assert main(["verify", str(folder), "--no-cache", "--format", "sarif"]) == 0
    log = json.loads(capsys.readouterr().out)
    ids = [rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]]
    assert "unused-suppression" in ids
    assert main(["rules", "unused-suppression"]) == 0
    assert "cannot be ignored" in capsys.readouterr().out


@pytest.mark.parametrize("fails", [False, True])
def test_the_documented_examples_give_what_they_show(
    fails: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import CLAIMS

    doc = suppressions.UNUSED_RULE_INFO.description
    section = doc.split("**Fails**")[1 if fails else 0].split("**Passes**")[-1]
    (example,) = section.split("```yaml\n")[1:]
    example = example.split("```")[0]
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / ARTICLE).write_text((CLAIMS / ARTICLE).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "example.yaml").write_text(with_source(example), encoding="utf-8")
    report = factcheck.verify(factcheck.load(folder))
    shown = [" ".join(f"{f.severity.label}: {f.message}".split()) for f in report.findings]
    assert shown == (announced(example) if fails else [])


def test_an_ignore_of_a_rule_that_crashed_is_not_reported(
    write_files: WriteFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.rules import RULES

    def crash(context: object) -> Iterator[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(RULES["figure-in-quote"], "check", crash)
    report = _verify(write_files, _text(WRONG, '{figure-in-quote: "print edition"}'))
    assert [f.rule for f in report.findings] == ["internal-error"]
