"""Suppressions: ``ignore: {rule-id: "reason"}`` on a claim; the reason is required."""

from __future__ import annotations

import json

import pytest

import factcheck
from factcheck import suppressions
from factcheck.cli import main
from factcheck.findings import Finding, Location, Severity
from factcheck.model import ClaimFile
from tests.conftest import WriteFiles, source_block

TEXT = "Cloudwatt emploie environ 90 personnes."
CLAIM = (
    source_block(text="a.txt")
    + """\
claims:
  - id: staff
    quote: environ 90 personnes
    subject: Cloudwatt
    property: staff
    value: ~95 person
"""
)


def _with_ignore(ignore: str) -> str:
    return CLAIM + f"    ignore: {ignore}\n"


def _verify(write_files: WriteFiles, text: str) -> factcheck.Report:
    folder = write_files({"a.yaml": text, "a.txt": TEXT})
    return factcheck.verify(factcheck.load(folder))


def test_a_suppression_with_a_reason_silences_its_finding(write_files: WriteFiles) -> None:
    assert [f.rule for f in _verify(write_files, CLAIM).findings] == ["figure-in-quote"]
    report = _verify(write_files, _with_ignore('{figure-in-quote: "the desk rounded 94,6"}'))
    assert report.findings == () and report.ok
    (suppression,) = report.suppressed
    assert suppression.finding.rule == "figure-in-quote"
    assert (suppression.claim, suppression.reason) == ("staff", "the desk rounded 94,6")
    assert report.summary.suppressed == 1


def test_a_suppression_silences_only_its_own_rule(write_files: WriteFiles) -> None:
    report = _verify(write_files, _with_ignore('{quote-in-text: "print edition"}'))
    assert [f.rule for f in report.findings] == ["figure-in-quote", "unused-suppression"]
    assert report.suppressed == ()


@pytest.mark.parametrize(
    "ignore", ['{figure-in-quote: ""}', "{figure-in-quote: }", "{figure-in-quote: '  '}"]
)
def test_a_suppression_without_a_reason_is_a_finding_and_silences_nothing(
    ignore: str, write_files: WriteFiles
) -> None:
    report = _verify(write_files, _with_ignore(ignore))
    rules = [f.rule for f in report.findings]
    assert sorted(rules) == ["figure-in-quote", "invalid-suppression"]
    invalid = next(f for f in report.findings if f.rule == "invalid-suppression")
    assert invalid.severity is Severity.ERROR and invalid.claims == ("staff",)
    assert invalid.message.startswith("claim 'staff' ignores 'figure-in-quote' without a reason")
    assert invalid.location.line == 9  # the claim's line


def test_an_unknown_rule_id_is_a_finding_naming_the_closest(write_files: WriteFiles) -> None:
    report = _verify(write_files, _with_ignore('{figure-in-qoute: "rounded"}'))
    invalid = next(f for f in report.findings if f.rule == "invalid-suppression")
    assert "ignores 'figure-in-qoute', which is not a rule that can be ignored" in invalid.message
    assert "did you mean 'figure-in-quote'?" in invalid.message


def test_built_in_findings_cannot_be_ignored(write_files: WriteFiles) -> None:
    report = _verify(
        write_files, _with_ignore('{invalid-suppression: "please", figure-in-quote: ""}')
    )
    assert sorted(f.rule for f in report.findings) == [
        "figure-in-quote",
        "invalid-suppression",
        "invalid-suppression",
    ]


def test_a_record_that_cannot_be_read_is_never_excused_by_another(
    write_files: WriteFiles,
) -> None:
    # the broken record is never loaded: only a readable record with its id could ignore
    # its errors, and would hide them
    broken = CLAIM.split("claims:\n")[1].replace("value: ~95 person", "kind: bogus")
    text = _with_ignore('{invalid-record: "an old draft"}') + broken
    report = _verify(write_files, text)
    assert sorted((f.rule, f.location.line) for f in report.findings) == [
        ("figure-in-quote", 9),
        ("invalid-record", 19),
        ("invalid-suppression", 9),
    ]
    (invalid,) = (f for f in report.findings if f.rule == "invalid-suppression")
    assert invalid.message == (
        "claim 'staff' ignores 'invalid-record', which cannot be ignored: fix the record instead"
    )


def test_ignore_must_be_a_mapping(write_files: WriteFiles) -> None:
    report = _verify(write_files, _with_ignore("[figure-in-quote]"))
    assert [f.rule for f in report.findings] == ["invalid-record"]
    assert "ignore" in report.findings[0].message


def test_a_finding_about_several_claims_is_suppressed_by_any_of_them(
    write_files: WriteFiles,
) -> None:
    two = (
        CLAIM
        + """\
  - id: staff_again
    quote: environ 90 personnes
    subject: Cloudwatt
    property: staff
    value: ~90 person
    ignore: {same-fact-same-value: "the article contradicts itself; kept as printed"}
"""
    )
    corpus = factcheck.load(write_files({"a.yaml": two, "a.txt": TEXT}))
    about_both = Finding(
        Location("claims/a.yaml", 10, 5),
        "same-fact-same-value",
        Severity.ERROR,
        "disagree",
        ("staff", "staff_again"),
    )
    about_one = Finding(
        Location("claims/a.yaml", 10, 5), "same-fact-same-value", Severity.ERROR, "x", ("staff",)
    )
    outcome = suppressions.apply(corpus, [about_both, about_one], {"same-fact-same-value"})
    assert outcome.findings == (about_one,)
    assert [(s.finding, s.claim) for s in outcome.suppressed] == [(about_both, "staff_again")]


def test_cli_counts_suppressed_findings_and_lists_them_when_asked(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"a.yaml": _with_ignore('{figure-in-quote: "rounded"}'), "a.txt": TEXT})
    assert main(["verify", str(folder), "--color", "never"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("0 errors, 0 warnings, 0 infos (1 suppressed not shown): ok\n")
    assert "suppressed figure-in-quote" not in out

    assert main(["verify", str(folder), "--show-suppressed", "--color", "never"]) == 0
    out = capsys.readouterr().out
    assert ": suppressed figure-in-quote the figure 95 of 'staff'" in out
    assert "(ignored by 'staff': rounded)" in out

    assert main(["verify", str(folder), "--format", "json", "--show-suppressed"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["summary"]["suppressed"] == 1 and document["findings"] == []
    assert [(s["rule"], s["ignored_by"], s["reason"]) for s in document["suppressed"]] == [
        ("figure-in-quote", "staff", "rounded")
    ]


def test_the_claim_file_schema_documents_ignore() -> None:
    schema = ClaimFile.model_json_schema()
    ignore = schema["$defs"]["Claim"]["properties"]["ignore"]
    assert ignore["type"] == "object" and "reason" in ignore["description"]
