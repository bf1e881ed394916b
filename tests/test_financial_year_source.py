"""A financial year per source, and the nested configuration a run passes over.

The desks' reproductions (a UK Home Office's April year under a US desk's October
configuration; two companies' fiscal quarters in one run) rewritten in ``tmp_path``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.cli_common import ignored_config_warnings
from factcheck.config import Config
from factcheck.discovery import ignored_configs
from factcheck.loading import load_text

HOME_OFFICE = """\
source:
  id: uk_fy
  title: T
  publisher: The Guardian
  published: 2024-07-20
  language: en_GB
  text: a.txt
{year}claims:
  - {{id: asylum_2223, quote: "£3.96bn on asylum in 2022/23", subject: Home Office,
     property: asylum_spending, value: "£3.96bn", when: 2022/23}}
  - {{id: asylum_2324, quote: "£5.38bn in 2023/24", subject: Home Office,
     property: asylum_spending, value: "£5.38bn", when: 2023/24}}
  - {{id: survey, quote: "The Home Office", subject: Home Office, property: report,
     when: 15 July 2024}}
checks:
  - {{id: o, order: [asylum_2324, survey]}}
"""
HOME_OFFICE_TEXT = "The Home Office spent £3.96bn on asylum in 2022/23, and £5.38bn in 2023/24.\n"
US_DESK = "[dates]\nfinancial_year_start = 10\n"
UK_DESK = "[dates]\nfinancial_year_start = 4\n"


def _defence_desk(root: Path, year: str = "") -> Path:
    """The defence desk's repository: a US (October) configuration, a UK folder in April."""
    (root / "uk").mkdir(parents=True)
    (root / "factcheck.toml").write_text(US_DESK, encoding="utf-8")
    (root / "uk" / "factcheck.toml").write_text(UK_DESK, encoding="utf-8")
    (root / "uk" / "a.yaml").write_text(HOME_OFFICE.format(year=year), encoding="utf-8")
    (root / "uk" / "a.txt").write_text(HOME_OFFICE_TEXT, encoding="utf-8")
    return root


def _verify_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[dict, str]:
    code = main(["verify", "--no-cache", "--format", "json", *args])
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    report["exit"] = code
    return report, captured.err


def _span(document: factcheck.Document, claim_id: str) -> tuple[dt.date, dt.date]:
    period = next(c.period for c in document.claims if c.id == claim_id)
    assert period is not None
    return period.start, period.end


# --- the source's year wins over the configuration's ------------------------------


def test_a_source_year_reads_the_home_office_2023_24_as_april_to_march(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _defence_desk(tmp_path, year="  financial_year_start: 4\n")
    monkeypatch.chdir(root)
    corpus = factcheck.load(["."])
    assert _span(corpus.documents[0], "asylum_2324") == (dt.date(2023, 4, 1), dt.date(2024, 3, 31))
    report, _ = _verify_json(capsys, ".")
    # in October's reading the year overlapped the survey of 15 July 2024: not any more
    assert report["findings"] == [] and report["exit"] == 0


def test_without_a_source_year_the_configuration_in_use_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(_defence_desk(tmp_path))
    corpus = factcheck.load(["."])
    assert _span(corpus.documents[0], "asylum_2324") == (dt.date(2023, 10, 1), dt.date(2024, 9, 30))
    report, _ = _verify_json(capsys, ".")
    assert [f["rule"] for f in report["findings"]] == ["holds-by-rounding"]
    assert "October 2023 – September 2024" in report["findings"][0]["message"]


TECH_CONFIG = "[dates]\nfinancial_year_start = 10   # Nimbus: fiscal year begins in October\n"
NIMBUS = """\
source: {id: nimbus_q3, title: probe, publisher: Desk Tech, published: 2025-07-31, language: fr}
claims:
  - {id: nimbus_t3, quote: "au T3 2024/25", subject: Nimbus, property: revenue,
     value: "94,0 milliards de USD", when: "T3 2024/25"}
"""
ALTAIR = """\
source:
  id: altair_q3
  title: probe
  publisher: Desk Tech
  published: 2025-07-31
  language: fr
  financial_year_start: 7     # Altair: fiscal year begins in July
claims:
  - {id: altair_t3, quote: "au T3 de l'exercice 2025", subject: Altair, property: revenue,
     value: "64,7 milliards de USD", when: "T3 FY2025"}
  - {id: altair_fy, quote: "exercice 2025", subject: Altair, property: revenue_year,
     value: "250 milliards de USD", when: "FY2025"}
"""


def test_two_sources_of_two_financial_years_are_read_each_with_its_own(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text(TECH_CONFIG, encoding="utf-8")
    (tmp_path / "nimbus.yaml").write_text(NIMBUS, encoding="utf-8")
    (tmp_path / "altair.yaml").write_text(ALTAIR, encoding="utf-8")
    corpus = factcheck.load(tmp_path)
    documents = {d.source.id: d for d in corpus.documents if d.source is not None}
    assert not any(d.problems for d in corpus.documents)
    # October: the third quarter of 2024/25 is April to June 2025
    assert _span(documents["nimbus_q3"], "nimbus_t3") == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    # July: the third quarter of FY2025 is January to March 2025, not April to June
    assert _span(documents["altair_q3"], "altair_t3") == (dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert _span(documents["altair_q3"], "altair_fy") == (dt.date(2024, 7, 1), dt.date(2025, 6, 30))


def test_a_source_year_reads_financial_years_without_any_configuration() -> None:
    document = load_text(ALTAIR, "altair.yaml", Config())
    assert document.problems == []
    assert _span(document, "altair_t3") == (dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    without = load_text(ALTAIR.replace("  financial_year_start: 7", ""), "a.yaml", Config())
    assert [p.kind for p in without.problems] == ["date", "date"]  # FY2025: whose year?


def test_a_source_year_set_in_code_reads_its_claims_again() -> None:
    corpus = factcheck.Corpus([load_text(NIMBUS, "nimbus.yaml", Config())])
    document = corpus.documents[0]
    assert document.source is not None
    assert [p.kind for p in document.problems] == ["date"]  # T3 2024/25: whose year?
    document.source.financial_year_start = 10
    report = factcheck.verify(corpus, Config())
    assert _span(document, "nimbus_t3") == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    assert document.problems == [] and "invalid-date" not in {f.rule for f in report.findings}


# --- an invalid month is refused where it is written ------------------------------


@pytest.mark.parametrize("written", ["0", "13", "April", "7.5", "true", "-4", "[7]"])
def test_a_source_year_that_is_no_month_is_refused_at_its_line(
    written: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "altair.yaml"
    path.write_text(ALTAIR.replace("financial_year_start: 7", f"financial_year_start: {written}"))
    code = main(["verify", "--no-cache", str(path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "altair.yaml:7:3: error invalid-record source 'altair_q3': 'financial_year_start'" in out
    assert "must be a month as its number, 1 to 12 (4 for April" in out


def test_a_month_written_with_a_leading_zero_is_that_month() -> None:
    document = load_text(ALTAIR.replace("start: 7", "start: 07"), "altair.yaml", Config())
    assert document.problems == []
    assert document.source is not None and document.source.financial_year_start == 7


def test_the_schema_shows_the_source_year_with_its_description(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    field = schema["$defs"]["Source"]["properties"]["financial_year_start"]
    assert {"type": "integer", "minimum": 1, "maximum": 12} in field["anyOf"]
    assert "financial_year_start" in field["description"] and "July" in field["description"]


# --- the report cache ----------------------------------------------------------------


def test_changing_a_source_year_is_a_new_cache_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _defence_desk(tmp_path / "desk", year="  financial_year_start: 4\n")
    monkeypatch.chdir(root)
    cache = ["--cache-dir", str(tmp_path / "cache")]
    assert main(["verify", "--format", "json", ".", *cache]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    claims = root / "uk" / "a.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("start: 4", "start: 10"))
    assert main(["verify", "--format", "json", ".", *cache]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [f["rule"] for f in findings] == ["holds-by-rounding"]
    assert len(list((tmp_path / "cache" / "reports").glob("*.json"))) == 2


# --- a nested configuration that the run does not use is said -----------------------


def test_a_nested_configuration_the_run_passes_over_is_said_once_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(_defence_desk(tmp_path))
    report, err = _verify_json(capsys, ".")
    assert report["summary"]["files"] == 1  # the JSON report is as it was
    assert err.count("factcheck: warning:") == 1
    assert err.startswith("factcheck: warning: uk/factcheck.toml is not used")
    assert "(financial_year_start 10, not uk/factcheck.toml's 4)" in err
    assert "financial_year_start in their source: block (and remove uk/factcheck.toml)" in err
    assert "or verify uk in a run of its own" in err


def test_the_warning_is_given_by_a_run_answered_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _defence_desk(tmp_path / "desk")
    monkeypatch.chdir(root)
    cache = ["--cache-dir", str(tmp_path / "cache")]
    for _ in range(2):
        main(["verify", ".", *cache])
        assert "uk/factcheck.toml is not used" in capsys.readouterr().err
    monkeypatch.setattr("factcheck.cli_verify._verify_corpus", lambda *a, **k: 1 / 0)
    main(["verify", ".", *cache])  # a hit never loads the corpus
    assert "uk/factcheck.toml is not used" in capsys.readouterr().err


def test_no_warning_for_the_configuration_in_use_nor_without_a_nested_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(_defence_desk(tmp_path))
    _, err = _verify_json(capsys, "uk")  # uk's own configuration is the one in use
    assert err == ""
    _, err = _verify_json(capsys, "uk/a.yaml")
    assert err == ""
    (tmp_path / "uk" / "factcheck.toml").unlink()
    _, err = _verify_json(capsys, ".")  # the root's configuration, and no other
    assert err == ""


def test_other_commands_say_it_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(_defence_desk(tmp_path))
    assert main(["baseline", ".", "-o", "-"]) == 0
    assert capsys.readouterr().err.count("uk/factcheck.toml is not used") == 1


def test_ignored_configurations_are_those_inside_the_run_and_not_in_use(tmp_path: Path) -> None:
    for folder in ("a", "a/b", "c", "d"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "x.yaml").write_text("", encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text("", encoding="utf-8")
    (tmp_path / "a" / "factcheck.toml").write_text("", encoding="utf-8")
    (tmp_path / "a" / "b" / "pyproject.toml").write_text("[tool.factcheck]\n", encoding="utf-8")
    (tmp_path / "c" / "pyproject.toml").write_text("[project]\nname = 'c'\n", encoding="utf-8")
    (tmp_path / "d" / "pyproject.toml").write_text("not toml [", encoding="utf-8")
    files = [tmp_path / f / "x.yaml" for f in ("a", "a/b", "c", "d")]
    used = tmp_path / "factcheck.toml"
    assert ignored_configs([tmp_path], files, used) == [
        tmp_path / "a" / "b" / "pyproject.toml",
        tmp_path / "a" / "factcheck.toml",
    ]
    # named with --config, the nested one is in use: the root's, in the folder given, is not
    assert ignored_configs([tmp_path], files, tmp_path / "a" / "factcheck.toml") == [
        tmp_path / "a" / "b" / "pyproject.toml",
        used,
    ]
    # a run of a/ reads a/factcheck.toml: the root's lies outside it
    inside_a = [p for p in files if "a" in p.parent.relative_to(tmp_path).parts]
    assert ignored_configs([tmp_path / "a"], inside_a, tmp_path / "a" / "factcheck.toml") == [
        tmp_path / "a" / "b" / "pyproject.toml"
    ]
    # a file named on its own: its folder's configuration only
    assert ignored_configs([files[1]], files[1:2], used) == [
        tmp_path / "a" / "b" / "pyproject.toml"
    ]
    assert ignored_configs([files[2]], files[2:3], used) == []


def test_the_warning_says_when_the_financial_years_agree_or_none_is_set(tmp_path: Path) -> None:
    (tmp_path / "uk").mkdir()
    (tmp_path / "uk" / "a.yaml").write_text("", encoding="utf-8")
    nested = tmp_path / "uk" / "factcheck.toml"
    nested.write_text("[rules.word-count]\nenabled = false\n", encoding="utf-8")
    files = [str(tmp_path / "uk" / "a.yaml")]
    (message,) = ignored_config_warnings([str(tmp_path)], files, None)
    assert "here none, the defaults," in message and "(financial_year_start" not in message
    nested.write_text(UK_DESK, encoding="utf-8")
    (message,) = ignored_config_warnings([str(tmp_path)], files, None)
    assert "(no financial_year_start, not " in message and "factcheck.toml's 4)" in message
