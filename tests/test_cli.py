"""The command line as users and CI jobs meet it: output, exit codes, help."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main
from tests.conftest import CLAIMS, WriteFiles, source_block

GOOD = (
    source_block()
    + """\
claims:
  - id: staff
    quote: environ 90 personnes
    subject: Cloudwatt
    property: staff
    value: ~90 person
"""
)


def test_verify_seed_claims_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(CLAIMS)]) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1].endswith("ok")


def test_json_output_follows_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    main(["verify", str(CLAIMS), "--format", "json"])
    document = json.loads(capsys.readouterr().out)
    assert document["version"] == 1
    assert set(document["summary"]) == {"files", "claims", "checks", "errors", "warnings", "infos"}
    assert document["summary"]["claims"] >= 20
    for finding in document["findings"]:
        assert set(finding) == {"rule", "severity", "message", "claims", "location"}
        assert set(finding["location"]) == {"file", "line", "column"}


def test_text_lines_are_file_line_col_severity_rule_message(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"a.yaml": GOOD.replace("~90 person", "~90 persn")})
    assert main(["verify", str(folder), "--color", "never"]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.endswith(
        "a.yaml:12:12: error invalid-value claim 'staff': "
        "unknown unit 'persn', did you mean 'person'?"
    ) or (":12:" in first and "error invalid-value" in first and "person" in first)


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        (("~90 person", "~9O person"), "invalid-value"),
        (("~90 person", "~90 furlongs_per_ounce"), "invalid-value"),
        (("value: ~90 person", "value: ~90 person\n    when: septembr 2012"), "invalid-date"),
        (("quote: environ 90 personnes", "quote: environ 90 salariés"), "quote-in-text"),
    ],
)
def test_each_mistake_fails_with_exit_1_and_a_file_line_finding(
    change: tuple[str, str], rule: str, write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    text = source_block(text="a.txt") + GOOD.split(source_block())[1]
    folder = write_files(
        {"a.yaml": text.replace(*change), "a.txt": "qui emploie environ 90 personnes"}
    )
    assert main(["verify", str(folder), "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [f["rule"] for f in findings] == [rule]
    assert findings[0]["location"]["line"] > 0


def test_duplicate_id_across_files_fails(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"a.yaml": GOOD, "b.yaml": GOOD.replace("test_source", "other_source")})
    assert main(["verify", str(folder)]) == 1
    assert "duplicate claim id 'staff' (first at" in capsys.readouterr().out


def test_missing_path_exits_2_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "no/such/folder"]) == 2
    err = capsys.readouterr().err
    assert "no/such/folder: no such file or folder" in err and "Traceback" not in err


def test_bad_config_exits_2(write_files: WriteFiles, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_files(
        {"a.yaml": GOOD, "factcheck.toml": "[rules.quote-in-txt]\nenabled = false\n"}
    )
    assert main(["verify", str(folder)]) == 2
    assert (
        "unknown rule 'quote-in-txt' in [rules], did you mean 'quote-in-text'?"
        in capsys.readouterr().err
    )


def test_fail_on_warning(write_files: WriteFiles) -> None:
    text = source_block(text="a.txt", word_count=50) + GOOD.split(source_block())[1]
    folder = write_files({"a.yaml": text, "a.txt": "qui emploie environ 90 personnes"})
    assert main(["verify", str(folder)]) == 0
    assert main(["verify", str(folder), "--fail-on", "warning"]) == 1


def test_schema_is_valid_json_schema_that_accepts_the_seed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in CLAIMS.glob("*.yaml"):
        # what an editor's YAML 1.2 language server sees: dates as text, numbers as numbers
        data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
        jsonschema.validate(data, schema)
    broken = {"source": {"id": "x"}, "claims": [{"id": "Bad-Id", "valeu": 1}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_rules_lists_every_rule_and_shows_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    assert "quote-in-text" in capsys.readouterr().out
    assert main(["rules", "quote-in-text"]) == 0
    assert "**Fails**" in capsys.readouterr().out
    assert main(["rules", "quote-in-txt"]) == 2


def test_help_teaches_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and "exit codes:" in out


def test_console_script_and_python_m() -> None:
    script = Path(sys.executable).parent / "factcheck"
    assert script.is_file(), "pip install -e . installs the factcheck console script"
    for command in ([str(script)], [sys.executable, "-m", "factcheck"]):
        result = subprocess.run(
            [*command, "verify", str(CLAIMS)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
