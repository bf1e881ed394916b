"""Status, deadlines, drift and history, as a desk meets them on the command line."""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
from pathlib import Path

import pytest

from factcheck import load
from factcheck.tracking import history, status
from tests.conftest import CLAIMS, ROOT, WriteFiles, source_block
from tests.test_editing import copy_seed, run_cli

SEED_DAY = "2026-11-30"
TARGETS = ("cloudwatt_revenue_target_2017", "cloudwatt_direct_jobs_target_2017")


def status_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert run_cli(["status", *argv, "--format", "json", "--today", SEED_DAY]) == 0
    document: dict[str, object] = json.loads(capsys.readouterr().out)
    return document


def later_facts(folder: Path, *claims: str, published: str = "2018-03-15") -> None:
    """Add a later article reporting ``claims`` (YAML list items) about Cloudwatt."""
    text = source_block(source_id="later_article", published=published) + "claims:\n"
    (folder / "later.yaml").write_text(text + "".join(claims), encoding="utf-8")


def fact(claim_id: str, prop: str, value: str, when: str = "2017") -> str:
    return (
        f"  - id: {claim_id}\n    quote: q\n    subject: Cloudwatt\n    property: {prop}\n"
        f'    value: "{value}"\n    when: "{when}"\n'
    )


# --- the seed article ----------------------------------------------------------------------------


def test_seed_status_shows_a_mix_of_statuses_and_the_2017_targets_due(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli(["status", str(CLAIMS), "--today", SEED_DAY]) == 0
    out = capsys.readouterr().out
    for target in TARGETS:
        line = next(line for line in out.splitlines() if f"'{target}'" in line)
        assert line.lstrip().startswith("due ") and "fell due on 2017-12-31" in line
    document = status_json(capsys, str(CLAIMS))
    summary = document["summary"]
    assert isinstance(summary, dict)
    assert summary["by_status"]["verified"] >= 4
    assert summary["by_status"]["unverified"] >= 1
    assert summary["reviewed"] >= 5 and summary["never_reviewed"] >= 1
    assert summary["deadlines"] == {"met": 0, "missed": 0, "due": 2, "unclear": 0}
    assert summary["drift"] == 0
    deadlines = document["deadlines"]
    assert isinstance(deadlines, list)
    assert {d["claim"]: d["outcome"] for d in deadlines} == dict.fromkeys(TARGETS, "due")
    assert deadlines[0]["period"] == {"start": "2017-01-01", "end": "2017-12-31"}


def test_status_json_has_its_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    document = status_json(capsys, str(CLAIMS))
    assert set(document) == {
        "version", "today", "max_age_days", "summary", "by_source", "never_reviewed",
        "stale", "mismatched", "deadlines", "drift", "horizon_days", "upcoming",
    }  # fmt: skip
    assert document["version"] == 1 and document["today"] == SEED_DAY
    by_source = document["by_source"]
    assert isinstance(by_source, dict)
    assert sum(by_source["latribune_2015_07_27_cloud_etat"].values()) == 27


def test_targets_are_not_listed_before_their_period_ends(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli(["status", str(CLAIMS), "--format", "json", "--today", "2017-12-31"]) == 0
    assert json.loads(capsys.readouterr().out)["deadlines"] == []


# --- targets met or missed once a later fact is recorded ---------------------------------------


@pytest.mark.parametrize(
    ("facts", "revenue", "jobs"),
    [
        ([fact("revenue_2017", "revenue", "3 million EUR")], "missed", "due"),
        ([fact("revenue_2017", "revenue", "520 million EUR")], "met", "due"),
        ([fact("revenue_2017", "revenue", "~500 million EUR")], "met", "due"),
        ([fact("jobs_2017", "direct_jobs", "350 person")], "due", "met"),
        ([fact("jobs_2017", "direct_jobs", "~90 person")], "due", "missed"),
        ([fact("jobs_2017", "direct_jobs", "600 person")], "due", "met"),  # beyond the range
        ([fact("jobs_2016", "direct_jobs", "400 person", "2016")], "due", "due"),  # too early
        ([fact("staff_2017", "staff", "400 person")], "due", "due"),  # another property
        (
            [
                fact("revenue_2017", "revenue", "3 million EUR", "fin 2017"),
                fact("jobs_2017", "direct_jobs", "120 person", "31 décembre 2017"),
            ],
            "missed",
            "missed",
        ),
    ],
)
def test_a_later_fact_makes_the_2017_targets_met_or_missed(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    facts: list[str],
    revenue: str,
    jobs: str,
) -> None:
    path = copy_seed(tmp_path)
    later_facts(path.parent, *facts)
    document = status_json(capsys, str(path.parent))
    deadlines = document["deadlines"]
    assert isinstance(deadlines, list)
    outcomes = {d["claim"]: d["outcome"] for d in deadlines}
    assert outcomes == {TARGETS[0]: revenue, TARGETS[1]: jobs}


def test_met_and_missed_show_in_the_text_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    later_facts(path.parent, fact("revenue_2017", "revenue", "3 million EUR"))
    assert run_cli(["status", str(path.parent), "--today", SEED_DAY]) == 0
    out = capsys.readouterr().out
    assert "Targets and forecasts fallen due: 1 missed, 1 due" in out
    assert "missed: revenue_2017 (3 million EUR)" in out


def test_status_puts_what_needs_attention_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    later_facts(
        path.parent,
        fact("revenue_2017", "revenue", "520 million EUR"),  # the first target: met
        fact("jobs_2017", "direct_jobs", "~90 person"),  # the second: missed
    )
    (path.parent / "broken.yaml").write_text("source: [\n", encoding="utf-8")
    assert run_cli(["status", str(path.parent), "--today", SEED_DAY]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("note: 1 problem loading ") and "broken.yaml" in lines[1]
    due = lines.index("Targets and forecasts fallen due: 1 missed, 1 met")
    assert lines[due + 1].lstrip().startswith("missed") and lines[due + 2].lstrip().startswith(
        "met"
    )


def test_facts_that_disagree_leave_the_outcome_unclear(tmp_path: Path) -> None:
    path = copy_seed(tmp_path)
    later_facts(
        path.parent,
        fact("revenue_2017", "revenue", "3 million EUR"),
        fact("revenue_2017_other", "revenue", "510 million EUR"),
    )
    report = status(load(path.parent), today=dt.date(2026, 11, 30))
    revenue = next(d for d in report.deadlines if d.claim.id == TARGETS[0])
    assert revenue.outcome == "unclear"
    assert (
        "revenue_2017: missed" in revenue.message and "revenue_2017_other: met" in revenue.message
    )


def test_a_fact_reviewed_false_does_not_settle_a_target(tmp_path: Path) -> None:
    path = copy_seed(tmp_path)
    wrong = fact("revenue_2017", "revenue", "3 million EUR") + (
        '    status: "false"\n    reviews:\n'
        '      - {date: 2026-01-05, by: desk, verdict: "false"}\n'
    )
    later_facts(path.parent, wrong)
    report = status(load(path.parent), today=dt.date(2026, 11, 30))
    assert {d.claim.id: d.outcome for d in report.deadlines}[TARGETS[0]] == "due"


def test_forecasts_are_met_when_the_fact_can_equal_them(write_files: WriteFiles) -> None:
    claims = """\
claims:
  - {id: forecast, quote: q, subject: S, property: turnout, value: "55 %", when: "2016",
     kind: forecast}
  - {id: ceiling, quote: q, subject: S, property: unemployment_rate, value: "<8 %",
     when: "2016", kind: target}
  - {id: turnout, quote: q, subject: S, property: turnout, value: "55,4 %", when: "2016"}
  - {id: rate, quote: q, subject: S, property: unemployment_rate, value: "9,1 %", when: T4 2016}
"""
    folder = write_files({"a.yaml": source_block(published="2015-01-10") + claims})
    report = status(load(folder), today=dt.date(2020, 1, 1))
    assert {d.claim.id: d.outcome for d in report.deadlines} == {
        "forecast": "met",  # 55 % is 54.5 to 55.5: 55.4 fits
        "ceiling": "missed",  # 9.1 % cannot be below 8 %
    }


# --- a review shows in status ---------------------------------------------------------------------


def test_a_review_recorded_on_the_command_line_shows_in_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    before = status_json(capsys, str(path.parent))
    argv = ["review", "cloudwatt_launch", str(path.parent), "--verdict", "misleading"]
    assert run_cli([*argv, "--by", "desk", "--date", SEED_DAY]) == 0
    capsys.readouterr()
    after = status_json(capsys, str(path.parent))
    b, a = before["summary"], after["summary"]
    assert isinstance(a, dict) and isinstance(b, dict)
    assert a["by_status"]["misleading"] == b["by_status"]["misleading"] + 1
    assert a["never_reviewed"] == b["never_reviewed"] - 1
    never = after["never_reviewed"]
    assert isinstance(never, list)
    assert "cloudwatt_launch" not in {entry["claim"] for entry in never}


def test_old_reviews_are_stale(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = copy_seed(tmp_path)
    argv = ["status", str(path.parent), "--today", "2028-01-01", "--format", "json"]
    assert run_cli([*argv, "--max-age", "300"]) == 0
    stale = json.loads(capsys.readouterr().out)["stale"]
    assert stale and all(entry["age_days"] == 397 for entry in stale)
    (path.parent / "factcheck.toml").write_text("[review]\nmax_age_days = 1000\n")
    assert run_cli(["status", str(path.parent), "--today", "2028-01-01", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["stale"] == []


def test_a_status_edited_by_hand_is_reported(tmp_path: Path) -> None:
    path = copy_seed(tmp_path)
    text = path.read_text(encoding="utf-8")
    first = text.index("    status: verified")
    path.write_text(text[:first] + "    status: disputed" + text[first + 20 :], encoding="utf-8")
    report = status(load(path.parent), today=dt.date(2026, 11, 30))
    assert [claim.id for claim in report.mismatched] == ["france_cloud_use_2014"]


# --- drift ----------------------------------------------------------------------------------------


def test_editing_a_reviewed_quote_in_the_article_is_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    article = path.with_suffix(".txt")
    text = article.read_text(encoding="utf-8")
    # the teaser is corrected: 12 % becomes 13 % (the body's repeat is left alone)
    article.write_text(text.replace("Cloud: 12% des entreprises", "Cloud: 13% des entreprises", 1))
    document = status_json(capsys, str(path.parent))
    drift = document["drift"]
    assert isinstance(drift, list)
    assert [(d["claim"], d["reason"]) for d in drift] == [
        ("france_cloud_use_2014", "quote-not-in-text")
    ]
    assert run_cli(["status", str(path.parent), "--today", SEED_DAY]) == 0
    assert "Drift: 1\n" in capsys.readouterr().out


def test_changing_a_reviewed_quote_in_the_claim_file_is_drift(tmp_path: Path) -> None:
    path = copy_seed(tmp_path)
    text = path.read_text(encoding="utf-8")
    # still in the text, but not the quote that was reviewed
    path.write_text(text.replace('quote: "Orange (44,4%)"', 'quote: "(44,4%)"'), encoding="utf-8")
    report = status(load(path.parent), today=dt.date(2026, 11, 30))
    assert [(d.claim.id, d.reason) for d in report.drift] == [
        ("cloudwatt_share_orange_2012", "quote-changed")
    ]


def test_typography_in_the_article_is_not_drift(tmp_path: Path) -> None:
    path = copy_seed(tmp_path)
    article = path.with_suffix(".txt")
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("dans l'utilisation", "dans  l’utilisation"))
    assert status(load(path.parent), today=dt.date(2026, 11, 30)).drift == ()


# --- history ----------------------------------------------------------------------------------


def test_history_is_a_timeline_of_what_was_said(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["history", "cloudwatt", str(CLAIMS), "--property", "share_held"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "when", "property", "qualifiers", "value", "kind", "said", "by", "source", "published",
        "status", "claim",
    ]  # fmt: skip
    assert [line.split()[-1] for line in lines[1:]] == [
        "cloudwatt_share_cdc_2012",
        "cloudwatt_share_orange_2012",
        "cloudwatt_share_thales_2012",
        "cloudwatt_takeover",
    ]
    assert "mars 2015" in lines[-1] and "verified" in lines[-1]


def test_history_marks_reports_that_disagree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    later_facts(
        path.parent,
        fact("revenue_2014_later", "revenue", "3,5 million EUR", "2014"),
        fact("revenue_2017", "revenue", "3 million EUR"),
    )
    assert run_cli(["history", "Cloudwatt", str(path.parent), "--property", "revenue"]) == 0
    out = capsys.readouterr().out
    assert "!= cloudwatt_revenue_2014 (<2 million EUR" in out
    assert "disagrees with revenue_2014_later" in out
    entries = history(load(path.parent), "Cloudwatt", "revenue")
    assert [e.claim.id for e in entries] == [  # by `when`, then publication
        "cloudwatt_revenue_2014",
        "revenue_2014_later",
        "cloudwatt_revenue_target_2017",
        "revenue_2017",
    ]
    assert {e.claim.id: e.disagrees_with for e in entries}["revenue_2017"] == ()


def test_history_marks_a_disagreement_whatever_the_subjects_case_or_accents(
    tmp_path: Path,
) -> None:
    path = copy_seed(tmp_path)
    later = fact("revenue_2014_later", "revenue", "3,5 million EUR", "2014")
    later_facts(path.parent, later.replace("subject: Cloudwatt", "subject: CLOUDWATT"))
    entries = history(load(path.parent), "cloudwätt", "revenue")
    disagreeing = {e.claim.id: e.disagrees_with for e in entries}
    assert disagreeing["revenue_2014_later"] and disagreeing["cloudwatt_revenue_2014"]


def test_history_shows_which_year_the_same_words_mean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    later_facts(path.parent, fact("staff_march", "staff", "~80 person", "en mars"))
    assert run_cli(["history", "Cloudwatt", str(path.parent), "--property", "staff"]) == 0
    assert "en mars: mars 2018" in capsys.readouterr().out  # the later article's March


def test_history_json_and_unknown_subject(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["history", "France", str(CLAIMS), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert "france_cloud_use_2014" in {entry["claim"] for entry in document["entries"]}
    assert {"value", "when", "source", "published", "status", "disagrees_with"} <= set(
        document["entries"][0]
    )
    assert run_cli(["history", "Cloudwat", str(CLAIMS)]) == 2
    assert "did you mean 'Cloudwatt'?" in capsys.readouterr().err
    assert run_cli(["history", "Cloudwatt", "--property", "revenu", str(CLAIMS)]) == 2
    assert capsys.readouterr().err == (
        "factcheck: error: no claim about 'Cloudwatt' with property 'revenu'; "
        "did you mean 'revenue'?\n"
    )


def test_status_on_a_missing_path_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["status", "no/such/folder"]) == 2
    assert "no such file or folder" in capsys.readouterr().err


# --- docs/tracking.md --------------------------------------------------------------------------

DOC = ROOT / "docs" / "tracking.md"
BLOCK = re.compile(r"```(sh|text)\n(.*?)```", re.S)


def test_the_commands_of_docs_tracking_run_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_seed(tmp_path)
    monkeypatch.chdir(tmp_path)
    text = DOC.read_text(encoding="utf-8")
    output, end, commands = "", -1, 0
    for match in BLOCK.finditer(text):
        kind, body = match.groups()
        if kind == "sh":
            output = ""
            for line in body.splitlines():
                argv = shlex.split(line, comments=True)
                assert argv[0] == "factcheck", line
                expected = 2 if "# exit 2" in line else 0
                assert run_cli(argv[1:]) == expected, line
                captured = capsys.readouterr()
                output += captured.out + captured.err
                commands += 1
            end = match.end()
        elif text[end : match.start()].strip() == "":  # output shown right after its command
            printed = [line.rstrip() for line in output.splitlines()]
            for line in body.splitlines():
                if "…" not in line:
                    assert line.rstrip() in printed, f"docs/tracking.md shows {line!r}"
    assert commands >= 8
    assert (tmp_path / "claimreviews.json").is_file() and (tmp_path / "claims.csv").is_file()
