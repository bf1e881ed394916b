"""The command line as users and CI jobs meet it: output, exit codes, help."""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factcheck.cli import build_parser, main
from factcheck.loading import load_text
from tests.conftest import (
    CLAIMS,
    ROOT,
    STAFF_CLAIM,
    WriteFiles,
    source_block,
    write_latin1_named_claims,
)

GOOD = source_block() + STAFF_CLAIM


def test_verify_seed_claims_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(CLAIMS)]) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1].endswith("ok")


def test_json_output_follows_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    main(["verify", str(CLAIMS), "--format", "json"])
    document = json.loads(capsys.readouterr().out)
    assert document["version"] == 1
    spec = {"files", "claims", "checks", "errors", "warnings", "infos"}
    # later versions only add keys: the counts of findings found but not reported
    assert set(document["summary"]) == spec | {"suppressed", "baselined", "outside_changes"}
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


@pytest.mark.parametrize(
    "command", [["verify"], ["verify", "--no-cache"], ["status"], ["export"], ["report"]]
)
def test_a_folder_without_claim_files_is_a_usage_error(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("not a claim file", encoding="utf-8")
    assert main([*command, str(tmp_path)]) == 2  # a CI job pointed at the wrong folder
    assert f"no claim files (*.yaml, *.yml) in {tmp_path}" in capsys.readouterr().err


def test_files_all_excluded_by_the_configuration_are_nothing_to_do(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"drafts/a.yaml": GOOD, "factcheck.toml": 'exclude = ["drafts/**"]\n'})
    assert main(["verify", str(folder / "drafts" / "a.yaml")]) == 0  # a hook given a draft
    assert "0 files" in capsys.readouterr().out


def test_missing_path_exits_2_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "no/such/folder"]) == 2
    err = capsys.readouterr().err
    assert "no/such/folder: no such file or folder" in err and "Traceback" not in err


def test_bad_config_exits_2(write_files: WriteFiles, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_files(
        {"a.yaml": GOOD, "factcheck.toml": "[rules.quote-in-txt]\nenabled = false\n"}
    )
    assert main(["verify", str(folder)]) == 2
    assert capsys.readouterr().err == (
        f"factcheck: error: {folder / 'factcheck.toml'}: unknown rule 'quote-in-txt' in "
        "[rules], did you mean 'quote-in-text'?\n"
    )


def test_a_missing_config_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "desk.toml"
    assert main(["verify", str(CLAIMS), "--config", str(missing)]) == 2
    assert capsys.readouterr().err == f"factcheck: error: {missing}: no such configuration file\n"


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
    # what the loader accepts as written: plain numbers and booleans are text, a day in words
    plain = yaml.safe_load(
        "source: {id: s, title: 2015, publisher: p, published: 27 juillet 2015, language: fr}\n"
        "claims:\n  - {id: a, quote: q, subject: s, property: p, when: 2015, status: false,\n"
        "     qualifiers: {year: 2015}, note: 5, value: 44}\n"
    )
    assert load_text(yaml.safe_dump(plain), "plain.yaml").problems == []
    jsonschema.validate(plain, schema, format_checker=jsonschema.FormatChecker())
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


COMMANDS = [
    "verify",
    "baseline",
    "schema",
    "rules",
    "review",
    "status",
    "history",
    "export",
    "extract",
    "report",
]


def test_the_commands_listed_here_are_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = re.findall(r"^    (\w+)  ", capsys.readouterr().out, re.M)
    assert listed == COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_shows_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "examples:\n  factcheck " in capsys.readouterr().out


def test_console_script_and_python_m() -> None:
    script = Path(sys.executable).parent / "factcheck"
    assert script.is_file(), "pip install -e . installs the factcheck console script"
    for command in ([str(script)], [sys.executable, "-m", "factcheck"]):
        result = subprocess.run(
            [*command, "verify", str(CLAIMS)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="no /dev/stdout here")
def test_a_report_written_to_dev_stdout_is_the_whole_output() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "verify", str(CLAIMS), "--no-cache",
         "--format", "json=/dev/stdout", "--format", "junit=/dev/null"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["claims"] == 27  # no text report after it


def test_the_program_flushes_its_whole_report_and_exits_with_its_code(
    write_files: WriteFiles,
) -> None:
    folder = write_files({"a.yaml": GOOD.replace("~90 person", "~95 person")})
    for command in (
        [str(Path(sys.executable).parent / "factcheck")],
        [sys.executable, "-m", "factcheck"],
    ):
        result = subprocess.run(
            [*command, "verify", str(folder), "--format", "json", "--no-cache"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert result.returncode == 1, result.stderr
        rules = [finding["rule"] for finding in json.loads(result.stdout)["findings"]]
        assert "figure-in-quote" in rules  # the quote says 90


# --- several formats, files, CI gates ----------------------------------------

BAD = GOOD.replace("~90 person", "~95 person")


def test_formats_go_to_files_while_the_text_report_goes_to_the_terminal(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_files({"a.yaml": BAD})
    monkeypatch.chdir(folder.parent)
    args = ["verify", "claims", "--color", "never", "--format", "sarif=out/factcheck.sarif"]
    assert main([*args, "--format", "junit=out/report.xml", "--format", "json=out/r.json"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("claims/a.yaml:")  # the text report
    assert captured.out.splitlines()[-1].endswith("failed (findings at or above error)")
    for name in ("sarif", "junit", "json"):
        assert f"wrote the {name} report to out/" in captured.err
    assert json.loads(Path("out/factcheck.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert Path("out/report.xml").read_text(encoding="utf-8").startswith("<?xml")
    assert json.loads(Path("out/r.json").read_text(encoding="utf-8"))["summary"]["errors"] == 1
    assert sorted(p.name for p in Path("out").iterdir()) == [
        "factcheck.sarif",
        "r.json",
        "report.xml",
    ]


def test_format_with_output_writes_that_format_to_the_file(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = write_files({"a.yaml": BAD})
    target = tmp_path / "factcheck.sarif"
    target.write_text("old", encoding="utf-8")
    assert main(["verify", str(folder), "--format", "sarif", "--output", str(target)]) == 1
    assert json.loads(target.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert "error figure-in-quote" in capsys.readouterr().out
    assert main(["verify", str(folder), "-o", str(tmp_path / "report.txt")]) == 1
    assert "error figure-in-quote" in (tmp_path / "report.txt").read_text(encoding="utf-8")


def test_one_format_may_share_the_terminal_with_files(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = write_files({"a.yaml": BAD})
    sarif = f"sarif={tmp_path / 'f.sarif'}"
    assert main(["verify", str(folder), "--format", "github", "--format", sarif]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("::error file=") and all(
        line.startswith("::") for line in lines[:-1]
    )
    assert main(["verify", str(folder), "--format", "json=-", "--format", sarif]) == 1
    assert json.loads(capsys.readouterr().out)["version"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "json", "--format", "sarif"], "--format json and --format sarif would all"),
        (["--format", "sarif=a.sarif", "--output", "b.sarif"], "--output names the file of a"),
        (["--format", "sarif=x", "--format", "junit=x"], "two --format options write to the same"),
        (["--format", "json=-", "--format", "text"], "would both write to the terminal"),
    ],
)
def test_impossible_output_plans_exit_2(
    args: list[str], message: str, write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"a.yaml": GOOD})
    assert main(["verify", str(folder), *args]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("sariff", "unknown format 'sariff' (choose from github, json, junit, sarif, text)"),
        ("sarif=", "give a file after '='"),
    ],
)
def test_unknown_format_is_a_usage_error(
    value: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["verify", "--format", value])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [
        ["review", "cloudwatt_vocation", "--verdict", "verified", "--by", "desk", "--dry-run"],
        ["history", "Cloudwatt", "--property", "revenue"],
        ["verify", "--fail-on", "warning"],
    ],
)
def test_the_path_may_follow_the_options(
    command: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere"  # the path is read: naming a missing one fails
    assert main([*command, str(missing)]) == 2
    assert f"{missing}: no such file or folder" in capsys.readouterr().err
    assert main([*command, str(CLAIMS)]) in (0, 1)


@pytest.mark.parametrize(
    ("argv", "usage", "message"),
    [
        (["verify", "--formt", "json"], "factcheck verify", "--formt (did you mean --format?)"),
        (["--verison"], "factcheck [-h]", "--verison (did you mean --version?)"),
        (["rules", "a", "b"], "factcheck rules", "unrecognized arguments: b"),
    ],
)
def test_a_misspelled_option_is_named_by_its_command(
    argv: list[str], usage: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: {usage}") and message in err


@pytest.mark.parametrize("command", [["schema"], ["rules"], ["verify", str(CLAIMS)]])
def test_a_reader_that_stops_early_gets_no_traceback(command: list[str]) -> None:
    # `factcheck schema | head -1`: the pipe closes before the program writes
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) == 1
    assert err == ""


@pytest.mark.parametrize(
    ("redirect", "code"),
    [
        (">&-", 0),  # stdout closed: the exit code still tells
        ("2>&-", 0),  # stderr closed (the progress line asks it whether it is a terminal)
        (">&- 2>&-", 0),
        ("nope 2>&-", 2),  # the usage error has nowhere to go, its exit code stays
    ],
)
def test_a_closed_standard_stream_changes_nothing_but_the_output(redirect: str, code: int) -> None:
    command = f"{shlex.quote(sys.executable)} -m factcheck verify {shlex.quote(str(CLAIMS))}"
    result = subprocess.run(
        ["sh", "-c", f"{command} --no-cache {redirect}"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == code and "Traceback" not in result.stderr


def test_a_terminal_that_cannot_show_a_character_gets_its_escape() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "verify", str(CLAIMS), "--no-cache"],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "sum to 99,9 % (99,75 \\xe0 100,05 %)" in result.stdout  # "à" in ASCII


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", ""],
        ["verify", "claims", "-o", ""],
        ["verify", "claims", "--config", ""],
        ["report", "claims", "-o", ""],  # would write its pages into the working folder
        ["export", "claims", "-o", ""],
        ["status", ""],
        ["extract", ""],
        ["extract", str(CLAIMS / "latribune-2015-07-27.txt"), "-o", ""],
    ],
)
def test_an_empty_path_is_a_usage_error(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "an empty path" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_while_the_commands_load_exits_130_quietly() -> None:
    script = (
        "import factcheck.cli as cli\n"
        "def interrupted():\n"
        "    raise KeyboardInterrupt\n"
        "cli.build_parser = interrupted  # as if Ctrl-C came while the commands loaded\n"
        "cli.run()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert (result.returncode, result.stderr) == (130, "")


def test_an_unwritable_report_exits_2(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = write_files({"a.yaml": GOOD})
    (tmp_path / "file").write_text("", encoding="utf-8")
    assert main(["verify", str(folder), "--format", f"sarif={tmp_path / 'file' / 'x.sarif'}"]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and "Traceback" not in err


def test_a_link_is_followed_and_what_is_not_a_file_is_written_to(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    folder = write_files({"a.yaml": GOOD})
    (tmp_path / "real.json").write_text("old", encoding="utf-8")
    (tmp_path / "link.json").symlink_to("real.json")
    assert main(["verify", str(folder), "--format", "json", "-o", str(tmp_path / "link.json")]) == 0
    assert (tmp_path / "link.json").is_symlink()  # the link stays; its target is the report
    assert json.loads((tmp_path / "real.json").read_text(encoding="utf-8"))["version"] == 1
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    assert main(["verify", str(folder), "--format", "json", "-o", str(fifo)]) == 0
    out, _ = reader.communicate(timeout=30)
    assert json.loads(out)["version"] == 1 and fifo.exists() and not fifo.is_file()


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", "--format", "json", "-o", "-"],
        ["verify", "--format", "sarif=out.sarif", "--format", "json=-"],
        ["verify", "--format", "json", "-o", "out.json", "--format", "text=-"],
        ["export", "-o", "-"],
        ["baseline", "-o", "-"],
    ],
)
def test_dash_is_the_terminal(
    argv: list[str],
    write_files: WriteFiles,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = write_files({"a.yaml": GOOD})
    monkeypatch.chdir(folder)
    assert main([*argv[:1], str(folder), *argv[1:]]) == 0
    out = capsys.readouterr().out
    assert not (folder / "-").exists()
    if "text=-" in argv:
        assert "0 errors" in out and (folder / "out.json").exists()
    else:
        assert out.lstrip().startswith(("{", "[")), out


def test_files_are_replaced_whole(write_files: WriteFiles, tmp_path: Path) -> None:
    folder = write_files({"a.yaml": BAD})
    target = tmp_path / "reports" / "r.json"
    for _ in range(2):
        main(["verify", str(folder), "--format", f"json={target}"])
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["errors"] == 1
    assert [p.name for p in target.parent.iterdir()] == ["r.json"]


def test_settings_are_plain_data_that_scripts_can_build(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    from factcheck.cli_verify import Output, VerifySettings, build_report, plan_outputs

    folder = write_files({"a.yaml": BAD})
    settings = VerifySettings(paths=(str(folder),), outputs=plan_outputs([("sarif", None)], None))
    assert settings.outputs == (Output("sarif"),)
    assert plan_outputs([("junit", tmp_path / "r.xml")]) == (
        Output("junit", tmp_path / "r.xml"),
        Output("text"),
    )
    report = build_report(settings)
    assert [f.rule for f in report.findings] == ["figure-in-quote"]


def test_help_documents_the_ci_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    out = capsys.readouterr().out
    for option in (
        "--format FORMAT[=FILE]",
        "--output",
        "--baseline",
        "--changed-since",
        "--show-suppressed",
    ):
        assert option in out


def test_rules_lists_the_built_in_rules_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    for rule in ("invalid-suppression", "baseline-stale", "internal-error"):
        assert rule in out
    assert main(["rules", "invalid-suppression"]) == 0
    assert "**Fails**" in capsys.readouterr().out


# --- --changed-since ------------------------------------------------------------


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.org", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A content repository with two claim files that each have one finding, committed."""
    for name in list(os.environ):
        if name.startswith("GIT_"):
            monkeypatch.delenv(name)
    claims = tmp_path / "repo" / "claims"
    claims.mkdir(parents=True)
    for name in ("a", "b"):
        text = source_block(source_id=f"src_{name}", text=f"{name}.txt") + GOOD.split(
            source_block()
        )[1].replace("id: staff", f"id: staff_{name}").replace("~90", "~95")
        # a subject per file: no cross-file rule links the two files unless a test asks
        text = text.replace("subject: Cloudwatt", f"subject: Company {name.upper()}")
        (claims / f"{name}.yaml").write_text(text, encoding="utf-8")
        (claims / f"{name}.txt").write_text("environ 90 personnes", encoding="utf-8")
    _git(claims.parent, "init", "-q", "-b", "main")
    _git(claims.parent, "add", "-A")
    _git(claims.parent, "commit", "-q", "-m", "archive")
    monkeypatch.chdir(claims.parent)
    return claims.parent


def _reported(
    capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, list[str], dict[str, int]]:
    code = main(["verify", "claims", "--format", "json", *args])
    document = json.loads(capsys.readouterr().out)
    return code, [f["location"]["file"] for f in document["findings"]], document["summary"]


def test_changed_since_reports_only_findings_in_changed_files(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, files, summary = _reported(capsys, "--changed-since", "HEAD")
    assert (code, files, summary["outside_changes"]) == (0, [], 2)
    with (repository / "claims" / "b.yaml").open("a", encoding="utf-8") as stream:
        stream.write("# edited\n")
    code, files, summary = _reported(capsys, "--changed-since", "HEAD")
    assert (code, files, summary["outside_changes"]) == (1, ["claims/b.yaml"], 1)
    assert summary["claims"] == 2  # the whole corpus is still loaded and verified


def test_untracked_files_and_source_texts_count_as_changed(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = (repository / "claims" / "a.yaml").read_text(encoding="utf-8")
    new = new.replace("src_a", "src_c").replace("staff_a", "staff_c").replace("a.txt", "c.txt")
    (repository / "claims" / "c.yaml").write_text(new, encoding="utf-8")
    (repository / "claims" / "c.txt").write_text("environ 90 personnes", encoding="utf-8")
    (repository / "claims" / "a.txt").write_text("environ 90 personnes, relu", encoding="utf-8")
    _, files, _ = _reported(capsys, "--changed-since", "HEAD")
    assert files == ["claims/a.yaml", "claims/c.yaml"]


def test_a_finding_is_reported_when_any_of_its_claims_files_changed(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a duplicate id: the finding stands in b.yaml and names the claim of a.yaml too
    b = repository / "claims" / "b.yaml"
    b.write_text(b.read_text(encoding="utf-8").replace("staff_b", "staff_a"), encoding="utf-8")
    _git(repository, "commit", "-q", "-am", "duplicate")
    with (repository / "claims" / "a.yaml").open("a", encoding="utf-8") as stream:
        stream.write("# edited\n")
    main(["verify", "claims", "--format", "json", "--changed-since", "HEAD"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    duplicate = [f for f in findings if f["rule"] == "duplicate-id"]
    assert duplicate and duplicate[0]["location"]["file"] == "claims/b.yaml"


def test_what_a_change_breaks_in_an_unchanged_file_is_reported(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = repository / "claims"
    b = claims / "b.yaml"
    check = "checks:\n  - {id: b_uses_a, expect: 'staff_a > 0'}\n"
    b.write_text(b.read_text(encoding="utf-8") + check, encoding="utf-8")
    _git(repository, "commit", "-q", "-am", "a check in b naming a claim of a")
    (claims / "a.yaml").unlink()  # the claim it names goes with its file
    main(["verify", "claims", "--format", "json", "--changed-since", "HEAD"])
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "unknown-reference" in rules  # reported in the unchanged b.yaml
    _git(repository, "checkout", "-q", "--", "claims/a.yaml")
    # a new file reusing a source id of b.yaml: reported, though b is unchanged (its check
    # id too, which each file may have)
    new = b.read_text(encoding="utf-8").replace("staff_b", "staff_0")
    (claims / "0new.yaml").write_text(new, encoding="utf-8")
    main(["verify", "claims", "--format", "json", "--changed-since", "HEAD"])
    duplicates = [
        f["message"] for f in json.loads(capsys.readouterr().out)["findings"]
        if f["rule"] == "duplicate-id"
    ]  # fmt: skip
    assert duplicates == ["duplicate source id 'src_b' (first at claims/0new.yaml:1:1)"]


def test_a_configuration_change_reports_every_finding(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository / "claims" / "factcheck.toml").write_text(
        '[rules.figure-in-quote]\nseverity = "warning"\n', encoding="utf-8"
    )
    _, files, summary = _reported(capsys, "--changed-since", "HEAD")
    assert (files, summary["outside_changes"]) == (["claims/a.yaml", "claims/b.yaml"], 0)


def test_changed_since_without_a_fork_point_stops_instead_of_guessing(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _git(repository, "checkout", "-q", "--orphan", "unrelated")
    _git(repository, "commit", "-q", "-m", "another history")
    _git(repository, "checkout", "-q", "main")
    assert main(["verify", "claims", "--changed-since", "unrelated"]) == 2
    assert "git cannot find where HEAD forked from 'unrelated'" in capsys.readouterr().err


def test_changed_since_head_before_the_first_commit_means_every_file(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.rmtree(repository / ".git")
    _git(repository, "init", "-q", "-b", "main")  # a new repository: no commit, no HEAD
    code, files, _ = _reported(capsys, "--changed-since", "HEAD")
    assert (code, files) == (1, ["claims/a.yaml", "claims/b.yaml"])


def test_changed_since_a_branch_means_since_the_fork(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _git(repository, "checkout", "-q", "-b", "feature")
    with (repository / "claims" / "b.yaml").open("a", encoding="utf-8") as stream:
        stream.write("# on the branch\n")
    _git(repository, "commit", "-q", "-am", "feature")
    _git(repository, "checkout", "-q", "main")
    with (repository / "claims" / "a.yaml").open("a", encoding="utf-8") as stream:
        stream.write("# on main, after the fork\n")
    _git(repository, "commit", "-q", "-am", "main moves on")
    _git(repository, "checkout", "-q", "feature")
    _, files, _ = _reported(capsys, "--changed-since", "main")
    assert files == ["claims/b.yaml"]


def test_changed_since_with_a_baseline(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["baseline", "claims", "-o", "baseline.json"]) == 0
    b = repository / "claims" / "b.yaml"
    b.write_text(b.read_text(encoding="utf-8").replace("~95", "~97"), encoding="utf-8")
    capsys.readouterr()
    code, files, summary = _reported(
        capsys, "--changed-since", "HEAD", "--baseline", "baseline.json"
    )
    assert code == 1 and files.count("claims/b.yaml") == 1
    assert summary["baselined"] == 1


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("no-such-ref", "unknown git revision 'no-such-ref'"),
        ("HEAD~5", "unknown git revision 'HEAD~5'"),
    ],
)
def test_an_unknown_ref_exits_2(
    ref: str, message: str, repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", "claims", "--changed-since", ref]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_changed_since_outside_a_repository_exits_2(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_files({"a.yaml": GOOD})
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(folder.parent))
    assert main(["verify", str(folder), "--changed-since", "HEAD"]) == 2
    assert "--changed-since needs a git repository" in capsys.readouterr().err


# --- the CI recipes of docs/ci.md work as written ------------------------------------

CI_DOC = ROOT / "docs" / "ci.md"


def _blocks(language: str) -> list[str]:
    text = CI_DOC.read_text(encoding="utf-8")
    return [
        textwrap.dedent(block)
        for block in re.findall(rf"^ *```{language}\n(.*?)^ *```", text, re.S | re.M)
    ]


def test_every_command_in_the_ci_recipes_parses() -> None:
    text = "\n".join(_blocks("sh") + _blocks("yaml") + _blocks("groovy"))
    commands = re.findall(r"factcheck (?:verify|baseline)[^'\n|#`]*", text)
    assert len(commands) >= 10
    parser = build_parser()
    for command in commands:
        argv = shlex.split(command.replace("\\", ""))[1:]
        parser.parse_args(argv)  # exits on an unknown option or format


def test_the_ci_recipes_yaml_json_and_shell_are_valid(tmp_path: Path) -> None:
    import yaml

    yaml_blocks = _blocks("yaml")
    assert len(yaml_blocks) >= 7
    for block in yaml_blocks:
        assert yaml.safe_load(block) is not None
    for block in _blocks("json"):
        json.loads(re.sub(r"\{\.\.\.\}", "{}", block))
    for block in _blocks("sh"):
        subprocess.run(["sh", "-n"], input=block, text=True, check=True)
    pre_commit = next(b for b in yaml_blocks if b.startswith("repos:"))
    hook = yaml.safe_load(pre_commit)["repos"][0]["hooks"][0]
    build_parser().parse_args(["verify", *hook["args"]])
    config = tmp_path / ".pre-commit-config.yaml"
    config.write_text(pre_commit, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(config)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("change", "rule", "explains"),
    [
        (
            ('value: "33,3 %"', 'value: "43,3 %"'),
            "shares-sum-to-whole",
            "sum to 109,9 % (109,75 à 110,05 %)",
        ),
        (
            ("when: lundi 27 juillet", "when: mardi 27 juillet"),
            "weekday-matches-date",
            "was a lundi",
        ),
    ],
)
def test_a_mistake_in_the_seed_article_fails_and_says_why(
    change: tuple[str, str],
    rule: str,
    explains: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import shutil

    for path in CLAIMS.glob("latribune-*"):
        shutil.copy(path, tmp_path / path.name)
    claim_file = tmp_path / "latribune-2015-07-27.yaml"
    text = claim_file.read_text(encoding="utf-8")
    assert change[0] in text
    claim_file.write_text(text.replace(*change), encoding="utf-8")
    assert main(["verify", str(tmp_path), "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    messages = [f["message"] for f in findings if f["rule"] == rule]
    assert messages and explains in messages[0], findings


def test_a_file_name_that_is_not_utf8_is_cached_reported_and_baselined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_latin1_named_claims(tmp_path, "{id: a, quote: q, subject: s, property: p, value: 4}")
    monkeypatch.chdir(tmp_path)
    terminal = io.TextIOWrapper(io.BytesIO(), "utf-8", errors="surrogateescape")  # as run()
    monkeypatch.setattr(sys, "stdout", terminal)
    sarif = ["--format", "text", "--format", "sarif=out.sarif", "--format", "json=out.json"]
    assert main(["verify", ".", "--cache-dir", "cache"]) == 1  # figure-in-quote: 4 is not in "q"
    assert main(["verify", ".", "--cache-dir", "cache", *sarif]) == 1  # from the cache
    assert len(list(Path("cache/reports").iterdir())) == 1
    # JSON must be valid UTF-8: the byte is shown as U+FFFD
    assert (tmp_path / "out.json").read_bytes().count("caf\ufffd.yaml".encode()) == 1
    assert b"caf%E9.yaml" in (tmp_path / "out.sarif").read_bytes()
    assert main(["baseline", ".", "-o", "base.json"]) == 0
    assert main(["verify", ".", "--baseline", "base.json"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    terminal.flush()
    assert b"caf\xe9.yaml:8:5: error figure-in-quote" in terminal.buffer.getvalue()  # type: ignore[attr-defined]


def test_the_program_writes_a_file_name_that_is_not_utf8_whatever_the_locale(
    tmp_path: Path,
) -> None:
    write_latin1_named_claims(tmp_path, "{id: a, quote: q, subject: s, property: p, value: 4}")
    strict = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}  # as a UTF-8 locale has it
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "verify", ".", "--no-cache"],
        cwd=tmp_path,
        env=strict,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert b"caf\xe9.yaml:" in done.stdout


CONTROL = (
    'source: {id: s, title: t, publisher: "Pub\\nX\\e[31mRED", published: 2015-07-27,'
    " language: fr}\n"
    "claims:\n"
    '  - {id: c, quote: "150%", subject: "Evil\\nSubject\\e[2J", property: share_held,'
    ' value: "150 %", when: "2015", kind: target,'
    ' ignore: {value-out-of-bounds: "reason\\nwith\\e[31m red"}}\n'
)


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", "--show-suppressed", "--no-cache"],
        ["verify", "--show-suppressed", "--no-cache", "--format", "github"],
        ["status"],
        ["history", "Evil\nSubject\x1b[2J"],
    ],
)
def test_a_claim_file_cannot_break_lines_or_send_escapes_to_the_terminal(
    argv: list[str], write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"a.yaml": CONTROL})
    command, *options = argv
    if command == "history":
        main([command, options[0], str(folder)])
    else:
        main([command, str(folder), *options])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b" in out
    assert not [line for line in out.splitlines() if line.startswith(("Subject", "X", "with"))]
