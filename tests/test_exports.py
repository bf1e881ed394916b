"""Exports: ClaimReview JSON-LD carries every field aggregators read; CSV has a row per claim."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from factcheck import load
from factcheck.config import ReviewAuthor
from factcheck.exports import CSV_COLUMNS, RATING, claim_review, claim_reviews, to_csv
from factcheck.model import STATUSES
from tests.conftest import CLAIMS, WriteFiles, source_block, write_latin1_named_claims
from tests.test_editing import copy_seed, run_cli

AUTHOR_TOML = (
    '[review]\nauthor = {name = "Le Desk", url = "https://desk.example.org"}\n'
    'url = "https://desk.example.org/verdicts/{claim}"\n'
)


def export(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[Any, str]:
    assert run_cli(["export", "--draft", *argv]) == 0  # most tests set no [review] url
    captured = capsys.readouterr()
    return json.loads(captured.out), captured.err


def assert_complete(document: dict[str, Any]) -> None:
    """Every field of the issue, with the types schema.org expects."""
    assert document["@context"] == "https://schema.org"
    assert document["@type"] == "ClaimReview"
    assert isinstance(document["claimReviewed"], str) and document["claimReviewed"]
    item = document["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "La Tribune"}
    appearance = item["appearance"]
    assert appearance["@type"] == "NewsArticle"
    assert appearance["headline"] == "Les ministères se mettent au cloud avec Orange"
    assert appearance["url"].startswith("https://www.latribune.fr/")
    assert appearance["datePublished"] == "2015-07-27"
    assert document["author"]["@type"] in ("Organization", "Person") and document["author"]["name"]
    rating = document["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["alternateName"] in RATING
    assert rating["ratingValue"] == RATING[rating["alternateName"]]
    assert (rating["worstRating"], rating["bestRating"]) == (1, 5)
    assert len(document["datePublished"]) == 10  # an ISO date


def test_claimreview_export_of_the_seed_is_valid_json_with_every_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    (path.parent / "factcheck.toml").write_text(AUTHOR_TOML, encoding="utf-8")
    documents, err = export(capsys, str(path.parent))
    assert "no [review] author" not in err and "Google would refuse" not in err
    assert isinstance(documents, list) and documents
    for document in documents:
        assert_complete(document)
        assert document["author"] == {
            "@type": "Organization",
            "name": "Le Desk",
            "url": "https://desk.example.org",
        }
    reviewed = {d["identifier"] for d in documents}
    assert {"france_cloud_use_2014", "eu_cloud_use_2014"} <= reviewed
    assert "cloudwatt_revenue_2014" not in reviewed  # reviewed, but unverified: no verdict
    france = next(d for d in documents if d["identifier"] == "france_cloud_use_2014")
    assert france["url"] == "https://desk.example.org/verdicts/france_cloud_use_2014"
    assert france["reviewRating"]["alternateName"] == "verified"
    assert france["reviewRating"]["ratingValue"] == 5
    assert "isoc_cicce_use" in " ".join(france["citation"])
    assert france["datePublished"] == "2026-11-30"


def test_claim_reviewed_is_the_quote_without_the_article_text(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    review = "reviews: [{date: 2026-11-29, by: ana, verdict: false}]"
    folder = write_files(
        {
            "a.yaml": source_block(text="a.txt")
            + "claims:\n"
            + f"  - {{id: one, quote: 'Orange (44,4%)', subject: s, property: p, {review}}}\n",
            "a.txt": "Titre\nPar Le Desk\nIl était détenu par M. Dupont et Orange (44,4%). Fin.\n",
            "b.yaml": source_block(source_id="b")
            + "claims:\n"
            + f"  - {{id: two, quote: 'not in it', subject: s, property: q, {review}}}\n"
            + f"  - {{id: three, quote: 'Orange (44,4%)', subject: s, property: r, {review}}}\n",
        }
    )
    documents, _ = export(capsys, str(folder))
    reviewed = {document["identifier"]: document["claimReviewed"] for document in documents}
    assert reviewed == {
        "one": "Il était détenu par M. Dupont et Orange (44,4%).",
        "two": "not in it",
        "three": "Orange (44,4%)",
    }


def test_a_review_recorded_on_the_command_line_shows_in_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    argv = ["review", "cloudwatt_staff_2015", str(path.parent), "--verdict", "misleading"]
    assert run_cli([*argv, "--by", "ana", "--date", "2026-11-29", "--note", "95, not 90"]) == 0
    capsys.readouterr()
    documents, err = export(capsys, str(path.parent))
    staff = next(d for d in documents if d["identifier"] == "cloudwatt_staff_2015")
    assert_complete(staff)
    # the quote is a fragment: the article's sentence around it says who employs 90
    assert staff["claimReviewed"].startswith("A sa création, Cloudwatt espérait")
    assert "mais la société, qui emploie environ 90 personnes, aurait" in staff["claimReviewed"]
    assert staff["claimReviewed"].endswith("en 2014.")
    assert staff["reviewRating"]["alternateName"] == "misleading"
    assert staff["reviewRating"]["ratingValue"] == 2
    assert staff["reviewRating"]["ratingExplanation"] == "95, not 90"
    assert staff["datePublished"] == "2026-11-29"
    # without [review] author, the reviewer stands in, and the editor is told
    assert staff["author"] == {"@type": "Person", "name": "ana"}
    assert "no [review] author" in err


@pytest.mark.parametrize("verdict", STATUSES)
def test_the_rating_scale(write_files: WriteFiles, verdict: str) -> None:
    claims = (
        "claims:\n  - id: c\n    quote: q\n    subject: S\n    property: p\n"
        f'    status: "{verdict}"\n    reviews:\n'
        f'      - {{date: 2026-11-30, by: desk, verdict: "{verdict}"}}\n'
    )
    folder = write_files({"a.yaml": source_block() + claims})
    claim = load(folder).claims[0]
    document = claim_review(claim, ReviewAuthor(name="Desk"))
    expected = {"false": 1, "misleading": 2, "disputed": 3, "mostly_verified": 4, "verified": 5}
    if verdict == "unverified":
        assert document is None
    else:
        assert document is not None
        assert document["reviewRating"]["ratingValue"] == expected[verdict]
        assert "url" not in document["itemReviewed"]["appearance"]  # the source has none


def test_the_latest_review_is_exported(write_files: WriteFiles) -> None:
    claims = (
        "claims:\n  - id: c\n    quote: q\n    subject: S\n    property: p\n"
        "    status: verified\n    reviews:\n"
        '      - {date: 2026-01-01, by: a, verdict: "false"}\n'
        "      - {date: 2026-02-01, by: b, verdict: verified}\n"
    )
    folder = write_files({"a.yaml": source_block() + claims})
    documents, notes = claim_reviews(load(folder), None)
    assert [d["reviewRating"]["alternateName"] for d in documents] == ["verified"]
    assert documents[0]["datePublished"] == "2026-02-01"
    assert any("without a url" in note for note in notes)


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_has_one_row_per_claim(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["export", str(CLAIMS), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 27
    assert tuple(rows[0]) == CSV_COLUMNS
    by_id = {row["claim"]: row for row in rows}
    assert len(by_id) == 27
    france = by_id["france_cloud_use_2014"]
    assert (france["status"], france["verdict"], france["reviewed_by"]) == (
        "verified",
        "verified",
        "desk",
    )
    assert json.loads(france["qualifiers"]) == {"enterprise_size": "au moins 10 personnes"}
    assert by_id["cloudwatt_launch"]["qualifiers"] == ""  # none
    assert france["quote"].startswith("La France accuse un important retard")
    never = by_id["cloudwatt_launch"]
    assert (never["reviews"], never["verdict"], never["last_review"]) == ("0", "", "")
    assert by_id["state_cloud_on_demand_services"]["quote"].endswith(
        '"des services informatiques à la demande"'
    )


def test_csv_qualifiers_read_back_whatever_they_hold(write_files: WriteFiles) -> None:
    qualifiers = {"holder": "Orange; Bpifrance", "a=b": "c = d", "vote": "pour"}
    claim = {"id": "a", "quote": "x", "subject": "s", "property": "p", "qualifiers": qualifiers}
    folder = write_files({"a.yaml": source_block() + f"claims:\n  - {json.dumps(claim)}\n"})
    (row,) = csv.DictReader(io.StringIO(to_csv(load(folder).claims)))
    assert json.loads(row["qualifiers"]) == qualifiers  # in the file's order


def test_csv_cells_a_spreadsheet_would_run_start_with_an_apostrophe(
    write_files: WriteFiles,
) -> None:
    folder = write_files(
        {
            "a.yaml": source_block()
            + "claims:\n"
            + "  - {id: drop, quote: '- 1,5 % en un an', subject: s, property: p,"
            + "     value: '-1,5 %'}\n"
            + "  - id: sneaky\n"
            + '    quote: "=HYPERLINK(\\"http://example.com\\"; \\"clic\\")"\n'
            + "    subject: '@SUM(A1)'\n"
            + "    property: p\n"
            + "    value: '+3 millions'\n"
            + "    attributed_to: \"-2+3+cmd|' /C calc'!A0\"\n"
        }
    )
    rows = {row["claim"]: row for row in csv.DictReader(io.StringIO(to_csv(load(folder).claims)))}
    drop, sneaky = rows["drop"], rows["sneaky"]
    assert (drop["value"], drop["quote"]) == ("-1,5 %", "'- 1,5 % en un an")
    assert sneaky["quote"] == '\'=HYPERLINK("http://example.com"; "clic")'
    assert (sneaky["subject"], sneaky["value"]) == ("'@SUM(A1)", "'+3 millions")
    assert sneaky["attributed_to"] == "'-2+3+cmd|' /C calc'!A0"


def test_export_writes_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert run_cli(["export", str(CLAIMS), "--format", "csv", "--output", str(target)]) == 0
    assert to_csv(load(CLAIMS).claims) == target.read_text(encoding="utf-8")
    json_target = tmp_path / "reviews.json"
    assert run_cli(["export", str(CLAIMS), "--draft", "-o", str(json_target)]) == 0
    assert isinstance(json.loads(json_target.read_text(encoding="utf-8")), list)


def test_export_creates_missing_folders_and_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "exports" / "2015" / "out.csv"
    assert run_cli(["export", str(CLAIMS), "--format", "csv", "--output", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith(",".join(CSV_COLUMNS))
    target.write_text("stale\n", encoding="utf-8")
    assert run_cli(["export", str(CLAIMS), "--format", "csv", "--output", str(target)]) == 0
    assert "stale" not in target.read_text(encoding="utf-8")
    assert [path.name for path in target.parent.iterdir()] == ["out.csv"]  # no temporary left


def test_export_keeps_a_file_name_that_is_not_utf8(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_latin1_named_claims(tmp_path, "{id: a, quote: q 4, subject: s, property: p, value: 4}")
    monkeypatch.chdir(tmp_path)
    assert run_cli(["export", ".", "--format", "csv", "--output", "out.csv"]) == 0
    assert b"caf\xe9.yaml" in (tmp_path / "out.csv").read_bytes()  # the name's own bytes


def test_export_to_an_unwritable_place_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-file").write_text("not a folder\n", encoding="utf-8")
    target = tmp_path / "a-file" / "out.json"
    assert run_cli(["export", str(CLAIMS), "--draft", "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"cannot write {target}" in err
    assert "Traceback" not in err
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "not a folder\n"


def test_a_verdict_on_other_words_or_an_ambiguous_id_is_not_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    (path.parent / "factcheck.toml").write_text(AUTHOR_TOML, encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    quote = "La France accuse un important retard dans l'utilisation du Cloud: 12% des entreprises"
    assert quote in text
    path.write_text(text.replace(quote, quote + " de 10 salariés", 1), encoding="utf-8")
    documents, err = export(capsys, str(path.parent))
    published = {d["identifier"] for d in documents}
    assert "france_cloud_use_2014" not in published and "eu_cloud_use_2014" in published
    assert "quote changed since it was reviewed (review them again): france_cloud_use_2014" in err
    shutil.copy(path, path.with_name("copy.yaml"))  # every id now used twice
    documents, err = export(capsys, str(path.parent))
    assert documents == [] and "left out, ids used by more than one claim: " in err


def test_a_long_sentence_gives_the_words_around_the_quote(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.exports import MAX_CLAIM_REVIEWED

    # a table without full stops: one "sentence" of 60 KB, quoted by 40 verdicts
    line = " ".join(f"w{i} {i % 90},5 %" for i in range(6000))
    review = "reviews: [{date: 2026-11-29, by: ana, verdict: verified}]"
    claims = "".join(
        f"  - {{id: c{i}, quote: 'w{i * 150} {i * 150 % 90},5 %', subject: s{i}, property: p, "
        f"{review}}}\n"
        for i in range(40)
    )
    short = "Le chiffre est de 12,5 %, dit-il, " + "selon les sources " * 30 + "du ministère."
    claims += f"  - {{id: short, quote: 'est de 12,5 %', subject: t, property: p, {review}}}\n"
    folder = write_files(
        {
            "a.yaml": source_block(text="a.txt") + "claims:\n" + claims,
            "a.txt": f"Titre\n{line}\n{short}\n",
        }
    )
    documents, _ = export(capsys, str(folder))
    reviewed = {document["identifier"]: document["claimReviewed"] for document in documents}
    assert len(short) <= MAX_CLAIM_REVIEWED and reviewed.pop("short") == short  # kept whole
    assert len(reviewed) == 40
    for i, text in enumerate(reviewed.values()):
        quote = f"w{i * 150} {i * 150 % 90},5 %"
        assert f" {quote} " in f" {text} "
        assert len(text) <= MAX_CLAIM_REVIEWED + 4  # the words around it, and "… " marks
        assert text.startswith("w0 0,5 % w1" if i == 0 else "… ")
        assert text.endswith(" …")
        words = text.removeprefix("… ").removesuffix(" …")
        assert f" {words} " in f" {line} "  # cut at spaces, never inside a word
    assert sum(map(len, reviewed.values())) < 40 * (MAX_CLAIM_REVIEWED + 4)  # 2.4 MB before


def test_a_quote_longer_than_the_bound_is_kept_whole() -> None:
    from factcheck.exports import _around_quote

    sentence = "avant " * 50 + "la citation " * 100 + "après " * 50
    quote = ("la citation " * 100).strip()
    assert _around_quote(quote, sentence, 600) == f"… {quote} …"
    assert _around_quote("absent", sentence, 600) == "absent"
    assert _around_quote("avant", "avant après", 600) == "avant après"
