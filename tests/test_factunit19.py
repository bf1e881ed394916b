"""A political fact-checking unit's audit of tracking and export (FU-5, 6, 7, 8, 13).

When and where a statement was made in the ClaimReview (``said_on``, ``said_in``),
an export that leaves out every claim ``status`` lists as drifted, a
``mostly_verified`` verdict and the desk's labels taken by ``review --verdict``,
``status --under-check`` and ``history --said-by`` without a subject.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck import load, verify
from factcheck.cli_status import render
from factcheck.exports import RATING, verdict_label
from factcheck.model import ClaimFile
from factcheck.tracking import history, status
from tests.conftest import WriteFiles, source_block
from tests.test_editing import run_cli

TOML = '[review]\nurl = "https://desk.example.org/verdicts/{claim}"\n'
LABELS = TOML + '[review.labels.fr]\nfalse = "Faux"\nmisleading = "Trompeur"\nverified = "Vrai"\n'
TEXT = (
    "Le ministre a affirmé dimanche 22 novembre sur France Inter : « Les cambriolages ont "
    "baissé de 12 % en un an. » Selon le SSMSI, ils ont baissé de 4,1 % en 2025.\n"
)
MINISTER = (
    "{id: ministre_12, quote: '« Les cambriolages ont baissé de 12 % en un an. »', "
    "summary: 'Les cambriolages ont baissé de 12 % en un an', subject: cambriolages, "
    "property: burglaries_change, value: '-12 %', attributed_to: 'Laurent Vasseur, ministre'"
    "WHERE, status: misleading, reviews: [{date: 2026-11-24, by: desk, verdict: misleading}]}"
)
OFFICIAL = (
    "{id: ssmsi_2025, quote: 'ils ont baissé de 4,1 % en 2025', subject: cambriolages, "
    "property: burglaries_change, value: '-4,1 %', when: '2025', cites: SSMSI}"
)


def minister(where: str = "") -> str:
    """The minister's statement, reviewed misleading, with ``where`` (said_on, said_in) added."""
    return MINISTER.replace("WHERE", where)


def article(*claims: str, text: bool = True) -> str:
    block = source_block(
        language="fr", published="2026-11-24", text="a.txt" if text else None
    ).replace("  published:", "  url: https://desk.example.org/cambriolages\n  published:")
    return block + "claims:\n" + "".join(f"  - {claim}\n" for claim in claims)


def export(
    write_files: WriteFiles,
    capsys: pytest.CaptureFixture[str],
    yaml: str,
    toml: str = TOML,
    text: str = TEXT,
) -> tuple[dict[str, dict[str, Any]], str]:
    folder = write_files({"factcheck.toml": toml, "a.yaml": yaml, "a.txt": text})
    assert run_cli(["export", str(folder)]) == 0
    captured = capsys.readouterr()
    return {d["identifier"]: d for d in json.loads(captured.out)}, captured.err


# --- FU-5: when and where the statement was made -------------------------------------------


def test_said_on_and_said_in_are_when_and_where_the_claim_was_made(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    where = (
        ", said_on: dimanche 22 novembre, "
        "said_in: {name: Questions politiques, url: 'https://www.radiofrance.fr/qp'}"
    )
    documents, _ = export(write_files, capsys, article(minister(where), OFFICIAL))
    item = documents["ministre_12"]["itemReviewed"]
    assert item["datePublished"] == "2026-11-22"
    assert item["appearance"] == {
        "@type": "CreativeWork",
        "name": "Questions politiques",
        "url": "https://www.radiofrance.fr/qp",
        "datePublished": "2026-11-22",
    }
    assert "cambriolages" not in json.dumps(item["appearance"])  # never our own article


def test_said_in_a_post_is_a_social_media_posting_and_a_name_alone_is_enough(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    post = ", said_in: {name: Post X du ministre, url: 'https://x.com/ministre/status/1'}"
    documents, _ = export(write_files, capsys, article(minister(post), OFFICIAL))
    item = documents["ministre_12"]["itemReviewed"]
    assert item["appearance"]["@type"] == "SocialMediaPosting"
    assert "datePublished" not in item  # the day it was said is unknown: not our article's
    documents, _ = export(write_files, capsys, article(minister(", said_in: France Inter")))
    appearance = documents["ministre_12"]["itemReviewed"]["appearance"]
    assert appearance == {"@type": "CreativeWork", "name": "France Inter"}


def test_without_said_on_or_said_in_the_article_stays_the_appearance(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    documents, _ = export(write_files, capsys, article(minister()))
    item = documents["ministre_12"]["itemReviewed"]
    assert item["datePublished"] == "2026-11-24"
    assert item["appearance"]["@type"] == "NewsArticle"
    assert item["appearance"]["url"] == "https://desk.example.org/cambriolages"


@pytest.mark.parametrize(
    ("said_on", "reason"),
    [
        ("le jour du débat", "cannot read"),
        ("novembre 2026", "is not one day"),
        ("2026-11-30", "after its article was published (2026-11-24)"),
    ],
)
def test_a_said_on_that_is_no_day_before_publication_is_named_at_its_line(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str], said_on: str, reason: str
) -> None:
    yaml = article(minister(f", said_on: '{said_on}'"), OFFICIAL)
    documents, err = export(write_files, capsys, yaml)
    assert "ministre_12" not in documents
    assert "a.yaml:" in err and "said_on" in err and reason in err
    assert "write the day the statement was made" in err or "give the year" in err


def test_said_on_and_said_in_are_in_the_schema_and_unknown_said_in_keys_are_refused(
    write_files: WriteFiles,
) -> None:
    claim = ClaimFile.model_json_schema()["$defs"]["Claim"]["properties"]
    assert {"said_on", "said_in"} <= set(claim)
    bad = minister(", said_in: {nom: France Inter}")
    folder = write_files({"a.yaml": article(bad, text=False)})
    problems = load([folder]).problems
    assert problems and problems[0].location.line > 0
    assert "said_in" in problems[0].message


# --- FU-6: export leaves out every drifted claim --------------------------------------------


def test_a_claim_whose_quote_left_the_text_is_not_exported(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    corrected = TEXT.replace("12 %", "15 %")
    documents, err = export(write_files, capsys, article(minister()), text=corrected)
    assert "ministre_12" not in documents
    assert "no longer in the article's text" in err and "ministre_12" in err
    folder = write_files({"a.yaml": article(minister()), "a.txt": corrected})
    listed = status(load([folder])).drift
    assert [d.claim.id for d in listed] == ["ministre_12"]


def test_a_claim_whose_quote_changed_since_its_review_is_still_left_out(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = MINISTER.replace("verdict: misleading}", "verdict: misleading, "
                               "quote_fingerprint: 'sha256:0000000000000000'}")  # fmt: skip
    documents, err = export(write_files, capsys, article(changed.replace("WHERE", "")))
    assert documents == {} and "quote changed since it was reviewed" in err


# --- FU-7: a mostly verified verdict, and the desk's labels -----------------------------------


def test_mostly_verified_is_rated_4_and_exported_with_the_desks_label(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    mostly = MINISTER.replace("misleading", "mostly_verified")
    documents, _ = export(write_files, capsys, article(mostly.replace("WHERE", "")))
    rating = documents["ministre_12"]["reviewRating"]
    assert rating["ratingValue"] == 4 and rating["alternateName"] == "mostly_verified"
    assert RATING["mostly_verified"] == 4
    table = type("Labels", (), {"mostly_verified": "Plutôt vrai"})()  # [review.labels.fr]
    assert verdict_label("mostly_verified", "fr", {"fr": table}) == "Plutôt vrai"  # type: ignore[dict-item]


def test_review_records_mostly_verified_and_status_history_and_schema_show_it(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"a.yaml": article(OFFICIAL, text=False)})
    argv = ["review", "ssmsi_2025", str(folder), "--verdict", "mostly_verified", "--by", "desk"]
    assert run_cli([*argv, "--date", "2026-11-25"]) == 0
    assert "-> mostly_verified" in capsys.readouterr().out
    corpus = load([folder])
    report = status(corpus)
    assert report.by_status["mostly_verified"] == 1
    assert "  mostly_verified 1" in render(report)
    assert [entry.claim.status for entry in history(corpus, "cambriolages")] == ["mostly_verified"]
    enum = ClaimFile.model_json_schema()["$defs"]["Claim"]["properties"]["status"]["enum"]
    assert "mostly_verified" in enum


def test_review_takes_the_desks_label_for_the_verdict_it_stands_for(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"factcheck.toml": LABELS, "a.yaml": article(OFFICIAL, text=False)})
    argv = ["review", "ssmsi_2025", str(folder), "--by", "desk", "--date", "2026-11-25"]
    assert run_cli([*argv, "--verdict", "trompeur"]) == 0
    assert "-> misleading" in capsys.readouterr().out
    assert run_cli([*argv, "--verdict", "VRAI", "--date", "2026-11-26"]) == 0
    assert "-> verified" in capsys.readouterr().out
    assert run_cli([*argv, "--verdict", "Plutôt faux", "--date", "2026-11-26"]) == 2
    assert "unknown verdict 'Plutôt faux'" in capsys.readouterr().err


def test_the_html_report_shows_a_mostly_verified_claim(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    mostly = MINISTER.replace("misleading", "mostly_verified").replace("WHERE", "")
    folder = write_files({"a.yaml": article(mostly), "a.txt": TEXT})
    out = tmp_path / "report"
    assert run_cli(["report", str(folder), "--output", str(out)]) in (0, 1)
    pages = "".join(page.read_text(encoding="utf-8") for page in out.glob("*.html"))
    assert "st-mostly_verified" in pages and "≈" in pages


# --- FU-8: status scoped to the statements under check ----------------------------------------


def test_status_under_check_lists_only_the_statements_to_rate(write_files: WriteFiles) -> None:
    statement = (
        "{id: ministre_15, quote: 'Les cambriolages ont baissé de 12 % en un an', "
        "summary: 'Les cambriolages ont baissé de 15 %', subject: cambriolages, "
        "property: burglaries_change, value: '-12 %', attributed_to: 'Laurent Vasseur'}"
    )
    folder = write_files({"a.yaml": article(statement, OFFICIAL, text=False)})
    corpus = load([folder])
    report = status(corpus, under_check=True)
    assert [claim.id for claim in report.never_reviewed] == ["ministre_15"]
    assert report.not_under_check == 1
    text = render(report)
    assert "Never reviewed, under check: 1 (1 other claim never reviewed" in text
    summary = report.to_dict()["summary"]
    assert summary["never_reviewed_not_under_check"] == 1 and summary["reviewed"] == 0
    assert [claim.id for claim in status(corpus).never_reviewed] == ["ministre_15", "ssmsi_2025"]


def test_status_under_check_on_the_command_line(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"a.yaml": article(minister(), OFFICIAL), "a.txt": TEXT})
    assert run_cli(["status", str(folder), "--under-check", "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["never_reviewed"] == 0 and summary["never_reviewed_not_under_check"] == 1


# --- FU-13: everything one person said --------------------------------------------------------


def test_history_said_by_without_a_subject_lists_everything_they_said(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    other = (
        "{id: ministre_police, quote: 'Les cambriolages ont baissé de 12 %', "
        "subject: police, property: officers, value: '10 000', attributed_to: 'Laurent Vasseur'}"
    )
    folder = write_files({"a.yaml": article(minister(), OFFICIAL, other), "a.txt": TEXT})
    entries = history(load([folder]), None, speaker="Laurent Vasseur")
    assert sorted(entry.claim.id for entry in entries) == ["ministre_12", "ministre_police"]
    assert run_cli(["history", "--said-by", "Laurent Vasseur", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "subject" in out.splitlines()[0] and "misleading" in out and "police" in out
    assert "ssmsi_2025" not in out
    assert run_cli(["history", "--said-by", "Laurent Vaseur", str(folder)]) == 2
    assert "did you mean 'Laurent Vasseur'" in capsys.readouterr().err
    assert run_cli(["history", str(folder)]) == 2  # a path alone is no subject


def test_history_without_subject_or_speaker_says_what_to_write(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli(["history"]) == 2
    assert "--said-by NAME" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("said_on", "reason"), [("lundi 30 novembre", "after its article"), ("novembre", "not one day")]
)
def test_verify_reports_a_said_on_it_cannot_use_at_its_line(
    write_files: WriteFiles, said_on: str, reason: str
) -> None:
    folder = write_files(
        {"a.yaml": article(minister(f", said_on: '{said_on}'"), OFFICIAL), "a.txt": TEXT}
    )
    findings = [f for f in verify(load(folder)).findings if f.rule == "invalid-date"]
    assert len(findings) == 1  # at the line that writes it
    lines = (folder / "a.yaml").read_text(encoding="utf-8").splitlines()
    assert "said_on" in lines[findings[0].location.line - 1]
    assert "said_on" in findings[0].message and reason in findings[0].message
