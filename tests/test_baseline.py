"""Baselines: adopt factcheck on an archive with findings, then fail only on new ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import factcheck
from factcheck import baseline
from factcheck.cli import main
from factcheck.findings import Finding, Location, Report, Severity, normalise
from tests.conftest import WriteFiles, source_block

TEXT = "Cloudwatt emploie environ 90 personnes, pour un budget de 2 millions d'euros."
ARCHIVE = (
    source_block(text="a.txt")
    + """\
claims:
  - id: staff
    quote: environ 90 personnes
    subject: Cloudwatt
    property: staff
    value: ~95 person
  - id: budget
    quote: 2 millions d'euros
    subject: Cloudwatt
    property: budget
    value: 3 million EUR
"""
)
NEW_CLAIM = """\
  - id: revenue
    quote: 2 millions d'euros
    subject: Cloudwatt
    property: revenue
    value: 4 million EUR
"""


@pytest.fixture
def archive(write_files: WriteFiles, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = write_files({"a.yaml": ARCHIVE, "a.txt": TEXT})
    monkeypatch.chdir(folder.parent)
    return folder / "a.yaml"


def _verify_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object]]:
    code = main(["verify", "claims", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_normalise_drops_line_numbers_and_keeps_other_figures() -> None:
    assert normalise("duplicate id 'a' (first at claims/a.yaml:12:5)") == (
        "duplicate id 'a' (first at claims/a.yaml)"
    )
    assert normalise("'a' (b.yml:3) says 12 %") == "'a' (b.yml) says 12 %"
    assert normalise("duplicate claim id 'a' (first at line 12)") == (
        "duplicate claim id 'a' (first at line N)"
    )
    assert normalise("sum to 109.9 % [109.75, 110.05]") == "sum to 109.9 % [109.75, 110.05]"
    assert normalise(normalise("at a.yaml:1:2, line 3")) == normalise("at a.yaml:1:2, line 3")


def test_a_baseline_makes_the_next_run_pass_and_one_new_discrepancy_fails_alone(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, before = _verify_json(capsys)
    assert code == 1 and len(before["findings"]) == 2  # type: ignore[arg-type]

    assert main(["baseline", "claims", "-o", "factcheck-baseline.json"]) == 0
    assert "recorded 2 findings in factcheck-baseline.json" in capsys.readouterr().out

    code, after = _verify_json(capsys, "--baseline", "factcheck-baseline.json")
    assert code == 0 and after["findings"] == []
    assert after["summary"]["baselined"] == 2  # type: ignore[index]

    archive.write_text(ARCHIVE + NEW_CLAIM, encoding="utf-8")
    code, new = _verify_json(capsys, "--baseline", "factcheck-baseline.json")
    assert code == 1
    assert [(f["rule"], f["claims"]) for f in new["findings"]] == [  # type: ignore[attr-defined]
        ("figure-in-quote", ["revenue"])
    ]


def test_identity_survives_edits_elsewhere_in_the_file(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["baseline", "-o", "baseline.json", "claims"])
    capsys.readouterr()
    edited = ARCHIVE.replace("claims:\n", "# encoded by the desk\n\nclaims:\n")
    edited = edited.replace("  - id: staff\n", "  - id: staff\n    note: checked twice\n")
    archive.write_text(edited, encoding="utf-8")
    code, report = _verify_json(capsys, "--baseline", "baseline.json")
    assert (code, report["findings"]) == (0, [])


def test_stale_entries_are_info_findings_at_their_line_of_the_baseline(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["baseline", "claims", "-o", "baseline.json"])
    capsys.readouterr()
    archive.write_text(ARCHIVE.replace("~95 person", "~90 person"), encoding="utf-8")
    code, report = _verify_json(capsys, "--baseline", "baseline.json")
    assert code == 0
    (stale,) = report["findings"]  # type: ignore[misc]
    assert stale["rule"] == "baseline-stale" and stale["severity"] == "info"
    lines = Path("baseline.json").read_text(encoding="utf-8").splitlines()
    assert '"claims": ["staff"]' in lines[stale["location"]["line"] - 1]
    assert "no longer found: figure-in-quote for claim 'staff' in claims/a.yaml" in stale["message"]
    assert main(["verify", "claims", "--baseline", "baseline.json", "--fail-on", "info"]) == 1


def test_the_baseline_file_is_sorted_stable_and_one_entry_a_line(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["baseline", "claims", "-o", "b1.json"])
    main(["baseline", "claims", "-o", "b2.json"])
    first = Path("b1.json").read_text(encoding="utf-8")
    assert first == Path("b2.json").read_text(encoding="utf-8")
    data = json.loads(first)
    assert data["version"] == 1
    entries = data["findings"]
    assert entries == sorted(
        entries, key=lambda e: (e["file"], e["rule"], e["claims"], e["message"])
    )
    assert set(entries[0]) == {"file", "rule", "claims", "message"}
    assert len(first.splitlines()) == 5 + len(entries)
    assert not [p for p in Path().iterdir() if p.name.endswith(".tmp")]


def test_an_empty_corpus_writes_an_empty_baseline(tmp_path: Path) -> None:
    text = baseline.dumps(Report(findings=(), files=(), claims=0, checks=0), tmp_path)
    assert json.loads(text) == {"version": 1, "findings": []}


def test_entry_files_are_relative_to_the_baseline_so_any_working_folder_agrees(
    archive: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    main(["baseline", "claims", "-o", "ci/baseline.json"])
    assert json.loads(Path("ci/baseline.json").read_text(encoding="utf-8"))["findings"][0][
        "file"
    ] == ("../claims/a.yaml")
    monkeypatch.chdir(archive.parent)
    capsys.readouterr()
    assert main(["verify", ".", "--baseline", "../ci/baseline.json"]) == 0


def test_identical_findings_are_counted() -> None:
    def finding(line: int) -> Finding:
        return Finding(Location("a.yaml", line, 1), "word-count", Severity.ERROR, "too long")

    def report(*lines: int) -> Report:
        return Report(tuple(finding(n) for n in lines), ("a.yaml",), claims=0, checks=0)

    folder = Path.cwd()
    path = folder / "baseline.json"
    accepted = baseline.Baseline(
        path, tuple(baseline.Entry.of(finding(n), folder) for n in (1, 2)), (3, 4)
    )
    three = baseline.apply(report(1, 5, 9), accepted)
    assert [f.location.line for f in three.findings] == [9] and three.baselined == 2
    one = baseline.apply(report(7), accepted)
    assert [(f.rule, f.location.line) for f in one.findings] == [("baseline-stale", 4)]
    assert one.rule("baseline-stale") is not None


def test_a_hand_formatted_baseline_still_matches(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["baseline", "claims", "-o", "baseline.json"])
    data = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    data["findings"][0]["message"] += " (edited)"
    Path("baseline.json").write_text(json.dumps(data, indent=4), encoding="utf-8")
    capsys.readouterr()
    code, report = _verify_json(capsys, "--baseline", "baseline.json")
    rules = sorted(f["rule"] for f in report["findings"])  # type: ignore[attr-defined]
    assert code == 1 and len(rules) == 2 and "baseline-stale" in rules
    stale = next(f for f in report["findings"] if f["rule"] == "baseline-stale")  # type: ignore[attr-defined]
    assert stale["location"]["line"] == 0  # reformatted: the entry's line is not known


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such baseline file (create it with 'factcheck baseline -o"),
        ("{", "not a factcheck baseline: invalid JSON"),
        ('{"version": 2, "findings": []}', 'expected "version": 1'),
        ('{"version": 1}', 'no "findings" list'),
        ('{"version": 1, "findings": [{"rule": "x"}]}', "entry 1 needs 'file', 'rule'"),
        ("[" * 100_000 + "]" * 100_000, "not a factcheck baseline: nested too deeply"),
        ('{"version": 1' + "0" * 5000 + "}", "not a factcheck baseline: a number too long"),
    ],
)
def test_an_unusable_baseline_stops_the_run_with_exit_2(
    content: str | None,
    message: str,
    archive: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if content is not None:
        Path("baseline.json").write_text(content, encoding="utf-8")
    assert main(["verify", "claims", "--baseline", "baseline.json"]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_baseline_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["baseline", "claims"])
    assert exit_.value.code == 2
    assert "-o/--output" in capsys.readouterr().err


def test_a_message_naming_another_file_matches_from_any_working_folder(
    write_files: WriteFiles, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # same-fact-same-value names the other report's file in its message
    claim = "  - {{id: {id}, quote: q, subject: S, property: staff, value: '{v} person'}}\n"
    folder = write_files(
        {
            "a.yaml": source_block() + "claims:\n" + claim.format(id="x1", v=12),
            "b.yaml": source_block(source_id="other") + "claims:\n" + claim.format(id="x2", v=14),
        }
    )
    monkeypatch.chdir(folder.parent)
    main(["baseline", "claims", "-o", "claims/b.json"])
    assert "(a.yaml" in Path("claims/b.json").read_text(encoding="utf-8")  # not claims/a.yaml
    monkeypatch.chdir(folder)
    capsys.readouterr()
    assert main(["verify", ".", "--baseline", "b.json", "--fail-on", "info"]) == 0, (
        capsys.readouterr().out
    )


def test_verifying_some_files_leaves_the_entries_of_the_others_alone(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["baseline", "claims", "-o", "baseline.json"])
    (Path("claims") / "c.yaml").write_text(source_block(source_id="c") + "claims: []\n", "utf-8")
    capsys.readouterr()
    code = main(["verify", "claims/c.yaml", "--baseline", "baseline.json", "--fail-on", "info"])
    assert code == 0, capsys.readouterr().out  # a.yaml's entries were not sought: not stale


def test_library_use(archive: Path) -> None:
    report = factcheck.verify(factcheck.load("claims"))
    Path("b.json").write_text(baseline.dumps(report, Path.cwd()), encoding="utf-8")
    assert baseline.apply(report, baseline.load(Path("b.json"))).findings == ()
