"""Reporters: every format is valid for the tool that reads it, and decides nothing itself.

SARIF is validated against the official 2.1.0 schema (a copy in tests/data),
JUnit is parsed with junitparser, GitHub workflow commands are matched against
the documented syntax.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from junitparser import Failure, JUnitXml, Skipped

import factcheck
from factcheck.findings import Finding, Location, Report, RuleInfo, Severity, Suppression
from factcheck.reporters import (
    REPORTERS,
    RenderOptions,
    github_reporter,
    junit_reporter,
    sarif_reporter,
    text_reporter,
)
from factcheck.reporters.base import json_text
from factcheck.rules import RULES
from tests.conftest import ROOT, WriteFiles, source_block

SARIF_SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)
COMMAND = re.compile(
    r"^::(?P<command>error|warning|notice) (?P<properties>[^:]*)::(?P<message>.*)$"
)

# one error (figure-in-quote) and one warning (word-count) in a.yaml; b.yaml is clean
BAD = (
    source_block(text="a.txt", word_count=40)
    + """\
claims:
  - id: staff
    quote: environ 90 personnes
    subject: Cloudwatt
    property: staff
    value: ~95 person
"""
)
CLEAN = (
    source_block(source_id="other", text="a.txt")
    + """\
claims:
  - id: budget
    quote: environ 90 personnes
    subject: Orange
    property: staff
    value: ~90 person
"""
)
TEXT = "Cloudwatt emploie environ 90 personnes."


@pytest.fixture
def report(write_files: WriteFiles, monkeypatch: pytest.MonkeyPatch) -> Report:
    folder = write_files({"a.yaml": BAD, "b.yaml": CLEAN, "a.txt": TEXT})
    monkeypatch.chdir(folder.parent)
    return factcheck.verify(factcheck.load("claims"))


def _synthetic(*findings: Finding, suppressed: tuple[Suppression, ...] = ()) -> Report:
    rules = tuple(
        RuleInfo(rule, f"{rule} summary.", f"The *{rule}* rule.\n\nMore.", Severity.ERROR)
        for rule in sorted({f.rule for f in findings})
    )
    files = tuple(
        sorted({f.location.file for f in findings if not f.location.file.startswith("<")})
    )
    return Report(findings, files, claims=1, checks=0, rules=rules, suppressed=suppressed)


def test_every_format_is_registered_by_name() -> None:
    assert set(REPORTERS) == {"text", "json", "sarif", "junit", "github"}


def test_reporters_import_neither_rules_nor_engine_nor_cli() -> None:
    for path in (ROOT / "factcheck" / "reporters").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
        } | {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        for module in imported:
            assert not module.startswith(
                ("factcheck.rules", "factcheck.engine", "factcheck.cli")
            ), f"{path.name} imports {module}"


def test_report_documents_every_active_rule_and_the_built_in_ones(report: Report) -> None:
    ids = [info.id for info in report.rules]
    assert ids[: len(RULES)] == list(RULES)
    assert {"internal-error", "invalid-suppression"} <= set(ids)
    quote = report.rule("quote-in-text")
    assert (
        quote is not None
        and quote.summary == RULES["quote-in-text"].__doc__.strip().splitlines()[0]
    )
    assert "**Fails**" in quote.description and quote.severity is Severity.ERROR


def test_configured_severity_is_the_rules_default_level(write_files: WriteFiles) -> None:
    folder = write_files({"a.yaml": BAD, "a.txt": TEXT})
    config = factcheck.Config.from_mapping({"rules": {"quote-in-text": {"severity": "info"}}})
    report = factcheck.verify(factcheck.load(folder, config), config)
    assert report.rule("quote-in-text") == RuleInfo.from_doc(
        "quote-in-text", RULES["quote-in-text"].__doc__, Severity.INFO
    )
    sarif = json.loads(sarif_reporter.render(report))
    levels = {
        r["id"]: r["defaultConfiguration"]["level"]
        for r in sarif["runs"][0]["tool"]["driver"]["rules"]
    }
    assert levels["quote-in-text"] == "note" and levels["word-count"] == "warning"


# --- SARIF -----------------------------------------------------------------


def test_sarif_validates_against_the_official_schema(report: Report) -> None:
    log = json.loads(sarif_reporter.render(report))
    jsonschema.Draft4Validator.check_schema(SARIF_SCHEMA)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    assert log["version"] == "2.1.0"


def test_sarif_driver_documents_rules_in_markdown(report: Report) -> None:
    driver = json.loads(sarif_reporter.render(report))["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"] == factcheck.__version__
    assert driver["informationUri"].startswith("https://")
    rules = {rule["id"]: rule for rule in driver["rules"]}
    quote = rules["quote-in-text"]
    assert quote["shortDescription"]["text"] == "A claim's quote appears in its source's text."
    assert quote["fullDescription"]["text"].startswith(quote["shortDescription"]["text"])
    assert "**Passes**" in quote["help"]["markdown"] and "```yaml" in quote["help"]["markdown"]
    assert quote["defaultConfiguration"]["level"] == "error"


def test_sarif_results_have_levels_locations_and_fingerprints(report: Report) -> None:
    run = json.loads(sarif_reporter.render(report))["runs"][0]
    results = {r["ruleId"]: r for r in run["results"]}
    assert set(results) == {"figure-in-quote", "word-count"}
    error, warning = results["figure-in-quote"], results["word-count"]
    assert (error["level"], warning["level"]) == ("error", "warning")
    assert run["tool"]["driver"]["rules"][error["ruleIndex"]]["id"] == "figure-in-quote"
    location = error["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "claims/a.yaml", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 10, "startColumn": 5}
    assert error["message"]["text"].startswith("the figure 95 of 'staff'")
    assert error["properties"]["claims"] == ["staff"]
    assert re.fullmatch(r"[0-9a-f]{64}", error["partialFingerprints"]["factcheck/v1"])


def test_sarif_fingerprints_survive_lines_added_elsewhere(
    write_files: WriteFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_files({"a.yaml": BAD, "a.txt": TEXT})
    monkeypatch.chdir(folder.parent)

    def results() -> dict[str, tuple[str, int]]:
        run = json.loads(sarif_reporter.render(factcheck.verify(factcheck.load("claims"))))["runs"][
            0
        ]
        return {
            r["ruleId"]: (
                r["partialFingerprints"]["factcheck/v1"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
            )
            for r in run["results"]
        }

    before = results()
    (folder / "a.yaml").write_text("# reviewed by the desk\n\n" + BAD, encoding="utf-8")
    after = results()
    for rule, (fingerprint, line) in before.items():
        assert after[rule] == (fingerprint, line + 2)
    (folder / "a.yaml").write_text(BAD.replace("~95", "~96"), encoding="utf-8")
    assert results()["figure-in-quote"][0] != before["figure-in-quote"][0]


def test_sarif_findings_without_a_line_have_no_region_and_internal_errors_are_notifications() -> (
    None
):
    no_line = Finding(Location("claims/a.yaml"), "invalid-yaml", Severity.ERROR, "empty file")
    crash = Finding(Location("<factcheck>"), "internal-error", Severity.ERROR, "rule failed")
    spaced = Finding(Location("claims/été 2015.yaml", 3, 0), "invalid-yaml", Severity.INFO, "x")
    log = json.loads(sarif_reporter.render(_synthetic(no_line, crash, spaced)))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    by_message = {r["message"]["text"]: r for r in results}
    assert "region" not in by_message["empty file"]["locations"][0]["physicalLocation"]
    # every result has a location (GitHub refuses a whole upload otherwise): a crash is
    # the run's notification
    assert "rule failed" not in by_message and all("locations" in r for r in results)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"] == [
        {
            "level": "error",
            "message": {"text": "rule failed"},
            "descriptor": {"id": "internal-error"},
        }
    ]
    spaced_location = by_message["x"]["locations"][0]["physicalLocation"]
    assert spaced_location["artifactLocation"]["uri"] == "claims/%C3%A9t%C3%A9%202015.yaml"
    assert spaced_location["region"] == {"startLine": 3}
    assert by_message["x"]["level"] == "note"


def test_sarif_lists_suppressed_results_only_when_asked() -> None:
    finding = Finding(Location("a.yaml", 2, 3), "quote-in-text", Severity.ERROR, "m", ("staff",))
    report = _synthetic(suppressed=(Suppression(finding, "staff", "print edition"),))
    assert json.loads(sarif_reporter.render(report))["runs"][0]["results"] == []
    log = json.loads(sarif_reporter.render(report, RenderOptions(show_suppressed=True)))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    (result,) = log["runs"][0]["results"]
    assert result["suppressions"] == [
        {"kind": "inSource", "justification": "ignored by claim 'staff': print edition"}
    ]


# --- JUnit -----------------------------------------------------------------


def _junit(report: Report, options: RenderOptions | None = None) -> JUnitXml:
    return JUnitXml.fromstring(junit_reporter.render(report, options).encode("utf-8"))


def test_junit_has_a_suite_per_claim_file_and_a_case_per_finding(report: Report) -> None:
    xml = _junit(report)
    suites = {suite.name: suite for suite in xml}
    assert set(suites) == {"claims/a.yaml", "claims/b.yaml"}
    cases = {case.name: case for case in suites["claims/a.yaml"]}
    assert set(cases) == {"figure-in-quote: staff", "word-count"}
    failure = cases["figure-in-quote: staff"].result
    assert len(failure) == 1 and isinstance(failure[0], Failure)
    assert failure[0].type == "error" and failure[0].message.startswith("the figure 95 of 'staff'")
    assert "claims/a.yaml:10:5: error figure-in-quote" in failure[0].text
    assert cases["figure-in-quote: staff"].classname == "claims.a_yaml"
    # a warning below --fail-on passes, with its message as output, as the exit code does
    warning = cases["word-count"]
    assert warning.is_passed and "warning word-count" in (warning.system_out or "")
    (clean,) = list(suites["claims/b.yaml"])
    assert clean.name == "no findings" and clean.is_passed
    assert (suites["claims/a.yaml"].tests, suites["claims/a.yaml"].failures) == (2, 1)
    assert (xml.tests, xml.failures, xml.errors) == (3, 1, 0)


def test_junit_fails_warnings_under_fail_on_warning(write_files: WriteFiles) -> None:
    folder = write_files({"a.yaml": BAD, "a.txt": TEXT})
    report = factcheck.verify(factcheck.load(folder), fail_on=Severity.WARNING)
    cases = {case.name: case for suite in _junit(report) for case in suite}
    assert cases["word-count"].result[0].type == "warning"


def test_junit_escapes_markup_and_control_characters_arrive_escaped() -> None:
    message = 'a <b> & "c" \x01 \x1b[31m\nd'
    finding = Finding(Location("a&b.yaml", 1, 1), "quote-in-text", Severity.ERROR, message)
    assert finding.message == 'a <b> & "c" \\x01 \\x1b[31m\\nd'  # one line, shown as typed
    xml = _junit(_synthetic(finding))
    (case,) = [case for suite in xml for case in suite]
    assert case.result[0].message == finding.message


def test_junit_lists_suppressed_findings_as_skipped_when_asked() -> None:
    finding = Finding(Location("a.yaml", 2, 3), "quote-in-text", Severity.ERROR, "m", ("staff",))
    report = _synthetic(suppressed=(Suppression(finding, "staff", "print edition"),))
    assert [case.name for suite in _junit(report) for case in suite] == []
    (case,) = [
        case for suite in _junit(report, RenderOptions(show_suppressed=True)) for case in suite
    ]
    assert isinstance(case.result[0], Skipped)
    assert case.result[0].message == "suppressed by claim 'staff': print edition"


# --- GitHub ----------------------------------------------------------------


def test_github_lines_follow_the_workflow_command_syntax(report: Report) -> None:
    lines = github_reporter.render(report).splitlines()
    commands = [COMMAND.match(line) for line in lines[:-1]]
    assert all(commands), lines
    found = {(m["command"], m["properties"]) for m in commands if m is not None}
    assert found == {
        ("warning", "file=claims/a.yaml,line=2,col=3,title=factcheck word-count"),
        ("error", "file=claims/a.yaml,line=10,col=5,title=factcheck figure-in-quote"),
    }
    assert lines[-1] == text_reporter.summary_line(report)


def test_github_uses_notice_for_info_and_omits_unknown_lines() -> None:
    info = Finding(Location("a.yaml"), "holds-by-rounding", Severity.INFO, "only by rounding")
    crash = Finding(Location("<factcheck>"), "internal-error", Severity.ERROR, "boom")
    lines = github_reporter.render(_synthetic(info, crash)).splitlines()
    assert "::error title=factcheck internal-error::boom" in lines
    assert "::notice file=a.yaml,title=factcheck holds-by-rounding::only by rounding" in lines


def test_github_escapes_data_and_properties() -> None:
    assert github_reporter.escape_data("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d"
    assert github_reporter.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    finding = Finding(
        Location("dir,x/a:b.yaml", 3, 1), "quote-in-text", Severity.WARNING, "100%\nnext"
    )
    (line, _summary) = github_reporter.render(_synthetic(finding)).splitlines()
    assert line == (
        "::warning file=dir%2Cx/a%3Ab.yaml,line=3,col=1,title=factcheck quote-in-text"
        "::100%25\\nnext"  # the finding's message is one line: its break arrives escaped
    )


# --- text and JSON ---------------------------------------------------------


def test_text_and_json_count_and_list_suppressed_findings() -> None:
    finding = Finding(Location("a.yaml", 2, 3), "quote-in-text", Severity.ERROR, "m", ("staff",))
    report = _synthetic(suppressed=(Suppression(finding, "staff", "print edition"),))
    text = text_reporter.render(report)
    assert text.endswith("0 errors, 0 warnings, 0 infos (1 suppressed not shown): ok\n")
    assert "suppressed quote-in-text" not in text
    shown = text_reporter.render(report, RenderOptions(show_suppressed=True))
    assert "a.yaml:2:3: suppressed quote-in-text m (ignored by 'staff': print edition)" in shown
    assert shown.endswith("0 infos (1 suppressed, listed above): ok\n")  # not "not shown"
    document = json.loads(REPORTERS["json"](report, RenderOptions(show_suppressed=True)))
    assert document["summary"]["suppressed"] == 1
    assert document["suppressed"] == [
        {**finding.to_dict(), "ignored_by": "staff", "reason": "print edition"}
    ]
    assert "suppressed" not in json.loads(REPORTERS["json"](report, RenderOptions()))


def test_github_lists_suppressed_findings_as_plain_log_lines_when_asked() -> None:
    finding = Finding(Location("a.yaml", 2, 3), "quote-in-text", Severity.ERROR, "m\nn", ("staff",))
    report = _synthetic(suppressed=(Suppression(finding, "staff", "print edition"),))
    assert github_reporter.render(report).count("\n") == 1  # the summary alone
    lines = github_reporter.render(report, RenderOptions(show_suppressed=True)).splitlines()
    assert (
        lines[1] == "a.yaml:2:3: suppressed quote-in-text m\\nn (ignored by 'staff': print edition)"
    )
    assert lines[-1].endswith("(1 suppressed, listed above): ok")


# What the JSON reports hold: text (any, including controls and U+2028), counts, lists,
# mappings and null.
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_json_text_is_exactly_what_the_json_module_writes(document: object) -> None:
    assert json_text(document) == json.dumps(document, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize(("fmt", "written"), [("json", "caf\ufffd"), ("sarif", "caf%E9")])
def test_a_file_name_that_is_not_utf8_is_reported_with_its_bytes(fmt: str, written: str) -> None:
    # Python reads the Latin-1 byte of such a name as a surrogate, which orjson refuses;
    # JSON shows it as U+FFFD (the document stays valid UTF-8), a URI escapes the byte
    name = b"claims/caf\xe9.yaml".decode("utf-8", "surrogateescape")
    found = Finding(Location(name, 3, 5), "invalid-yaml", Severity.ERROR, "found a tab")
    text = REPORTERS[fmt](_synthetic(found), RenderOptions())
    assert f"claims/{written}.yaml" in text
    json.loads(text)


def test_findings_alike_in_one_file_stay_apart_in_junit_and_sarif() -> None:
    def duplicate(line: int) -> Finding:
        message = f"duplicate claim id 'k' (first at claims/a.yaml:{line - 2}:5)"
        return Finding(
            Location("claims/a.yaml", line, 5), "duplicate-id", Severity.ERROR, message, ("k",)
        )

    report = _synthetic(duplicate(10), duplicate(20))
    names = [case.name for suite in _junit(report) for case in suite]
    assert names == ["duplicate-id: k", "duplicate-id: k (2)"]  # GitLab keeps one per name
    log = json.loads(sarif_reporter.render(report))
    prints = [r["partialFingerprints"]["factcheck/v1"] for r in log["runs"][0]["results"]]
    assert prints[1] == prints[0] + ":2"  # code scanning would merge them into one alert


def test_github_never_lets_a_claim_files_words_run_as_a_workflow_command() -> None:
    planted = Finding(Location("::error file=x::a.yaml", 2, 3), "word-count", Severity.INFO, "m")
    reasons = ("##[add-mask]secret", "fine")
    report = _synthetic(
        suppressed=tuple(Suppression(planted, "staff", reason) for reason in reasons)
    )
    lines = github_reporter.render(report, RenderOptions(show_suppressed=True)).splitlines()
    stop, first, second, resume, summary = lines
    token = stop.removeprefix("::stop-commands::")
    assert len(token) == 32 and resume == f"::{token}::"
    # the file name is shown as ./::..., which starts no command even outside stop-commands
    assert first.startswith("./::error file=x::a.yaml:2:3: suppressed") and "##[add-mask]" in first
    assert token not in first + second and summary == text_reporter.summary_line(
        report, suppressed_shown=True
    )
    again = github_reporter.render(report, RenderOptions(show_suppressed=True))
    assert again.splitlines() == lines  # the same token run after run
