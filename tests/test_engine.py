"""The engine: configuration selects rules and severities; a crashing rule never hides others."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

import factcheck
from factcheck import engine
from factcheck.cli import main
from factcheck.config import Config, ConfigError, load_config
from factcheck.findings import Location, Problem, Severity
from factcheck.rules import RULES
from factcheck.rules.base import Context
from tests.conftest import CLAIMS, WriteFiles, source_block, verify_folder

MISQUOTED = (
    source_block(text="a.txt")
    + """\
claims:
  - id: staff
    quote: environ 91 salariés
    subject: Cloudwatt
    property: staff
    value: ~90 person
"""
)


def test_library_gives_the_same_findings_as_the_cli(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"a.yaml": MISQUOTED, "a.txt": "environ 90 personnes"})
    main(["verify", str(folder), "--format", "json"])
    cli = json.loads(capsys.readouterr().out)["findings"]
    report = factcheck.verify(factcheck.load(folder))
    assert [f.to_dict() for f in report.findings] == cli
    assert not report.ok and {f.rule for f in report.findings} == {
        "quote-in-text",
        "figure-in-quote",
    }


def test_configuration_changes_severity_and_turns_rules_off(write_files: WriteFiles) -> None:
    folder = write_files({"a.yaml": MISQUOTED, "a.txt": "environ 90 personnes"})
    config = """
[rules.quote-in-text]
severity = "warning"
[rules.figure-in-quote]
enabled = false
"""
    report = verify_folder(folder, config)
    assert [(f.rule, f.severity) for f in report.findings] == [("quote-in-text", Severity.WARNING)]
    assert report.ok


def test_config_is_found_upward_and_in_pyproject(write_files: WriteFiles) -> None:
    folder = write_files(
        {
            "claims/a.yaml": MISQUOTED,
            "claims/a.txt": "environ 90 personnes",
            "pyproject.toml": "[tool.factcheck.rules.quote-in-text]\nenabled = false\n",
        }
    )
    config = load_config(start=folder / "claims")
    assert config.rules["quote-in-text"].enabled is False


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("aprox = 0.2", "unknown key 'aprox', did you mean 'approx'?"),
        ("[rules.word-count]\ntolerence = 0.2", "unknown option 'tolerence'"),
        ("[rules.word-count]\ntolerance = 'big'", "option 'tolerance' must be a number, not"),
        ("[rules]\nword-count = 1", "'rules.word-count' must be a table of settings"),
        ("[rules.word-count]\nseverity = 'fatal'", "unknown severity 'fatal'"),
        (
            "[properties.seats]\nhole = '577'",
            "unknown key 'properties.seats.hole', did you mean 'whole'?",
        ),
        ("approx = [", "invalid TOML"),
        ("[properties.seats]\nwhole = 'about 577'", "properties.seats.whole"),
        ("[properties.seats]\nwhole = '~577'", "must be an exact figure"),
        ("[properties.seats]\nunit = 'seatz'", "properties.seats.unit"),
    ],
)
def test_bad_configuration_names_the_key(toml: str, message: str, write_files: WriteFiles) -> None:
    folder = write_files({"factcheck.toml": toml})
    with pytest.raises(ConfigError, match=re.escape(message)):
        engine.active_rules(load_config(folder / "factcheck.toml"))


def test_a_crashing_rule_becomes_a_finding_and_others_still_run(
    monkeypatch: pytest.MonkeyPatch, write_files: WriteFiles
) -> None:
    def crash(context: Context) -> Iterator[Problem]:
        raise ZeroDivisionError("boom")
        yield  # pragma: no cover

    broken = SimpleNamespace(
        ID="broken", SEVERITY=Severity.INFO, OPTIONS={}, check=crash, __doc__="x"
    )
    monkeypatch.setitem(RULES, "broken", broken)  # type: ignore[arg-type]
    folder = write_files({"a.yaml": MISQUOTED, "a.txt": "environ 90 personnes"})
    report = factcheck.verify(factcheck.load(folder), Config())
    rules = {f.rule for f in report.findings}
    assert "internal-error" in rules and "quote-in-text" in rules
    assert any("ZeroDivisionError: boom" in f.message for f in report.findings)


def test_findings_are_sorted_by_location() -> None:
    report = factcheck.verify(factcheck.load(CLAIMS))
    assert list(report.findings) == sorted(report.findings)
    assert Location("a", 2, 1) < Location("a", 10, 1) < Location("b", 1, 1)


def test_report_ok_follows_fail_on(write_files: WriteFiles) -> None:
    text = source_block(text="a.txt", word_count=50) + "claims: []\n"
    corpus = factcheck.load(write_files({"a.yaml": text, "a.txt": "un deux"}))
    assert factcheck.verify(corpus).ok
    assert not factcheck.verify(corpus, fail_on=Severity.WARNING).ok
