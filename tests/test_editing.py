"""Recording a review edits the claim file in place, changing only the lines it must."""

from __future__ import annotations

import datetime as dt
import difflib
import shutil
import textwrap
from pathlib import Path
from typing import Any

import pytest

from factcheck import editing, load
from factcheck.cli import main
from factcheck.config import Config
from factcheck.editing import (
    ConcurrentEdit,
    EditError,
    find_claim,
    prepare_review,
    quote_fingerprint,
    record_review,
)
from factcheck.model import Review
from tests.conftest import CLAIMS, SEED_YAML, WriteFiles, source_block

TODAY = dt.date.today()


def run_cli(argv: list[str]) -> int:
    """Run factcheck's command line, as the ``factcheck`` program does (exit code)."""
    return main(argv)


def copy_seed(tmp_path: Path) -> Path:
    """A copy of claims/ (the YAML and its text) to edit freely; returns the YAML file."""
    folder = tmp_path / "claims"
    folder.mkdir()
    for path in CLAIMS.glob("latribune-2015-07-27.*"):
        shutil.copy(path, folder / path.name)
    return folder / SEED_YAML.name


def review(verdict: str = "verified", **changes: object) -> Review:
    fields: dict[str, object] = {"date": TODAY, "by": "desk", "verdict": verdict}
    fields.update(changes)
    return Review.model_validate(fields)


def changes(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


# --- only the lines it must ---------------------------------------------------------------------


def test_a_review_from_the_command_line_only_adds_its_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    before = path.read_text(encoding="utf-8")
    code = run_cli(
        [
            "review",
            "cloudwatt_staff_2015",
            str(path.parent),
            "--verdict",
            "disputed",
            "--by",
            "ana",
            "--evidence",
            "https://example.org/a",
            "https://example.org/b",
            "--note",
            "Cloudwatt's own figure: 95 people; « environ » covers it? Not quite.",
        ]
    )
    assert code == 0
    assert (
        "cloudwatt_staff_2015: unverified -> disputed (review 1, by ana" in capsys.readouterr().out
    )
    after = path.read_text(encoding="utf-8")
    changed = changes(before, after)
    assert all(line.startswith("+") for line in changed)  # nothing removed or rewritten
    assert changed == [
        "+    status: disputed",
        "+    reviews:",
        f"+      - date: {TODAY.isoformat()}",
        "+        by: ana",
        "+        verdict: disputed",
        "+        evidence:",
        "+          - https://example.org/a",
        "+          - https://example.org/b",
        '+        note: "Cloudwatt\'s own figure: 95 people; « environ » covers it? Not quite."',
        f"+        quote_fingerprint: {quote_fingerprint('qui emploie environ 90 personnes')}",
    ]
    # the added block sits inside the claim's record, before the blank line that ends it
    lines = after.splitlines()
    added_at = next(i for i, line in enumerate(lines) if line == "    status: disputed")
    assert lines[added_at - 1] == "    kind: fact"
    assert lines[added_at - 3].startswith('    value: "~90 person"')
    assert lines[added_at + 10] == ""
    assert lines[added_at + 11].startswith("  - id: cloudwatt_revenue_2014")


def test_comments_after_a_record_stay_after_the_review(tmp_path: Path) -> None:
    # state_cloud_rie_connection is followed by a blank line and a section comment
    path = copy_seed(tmp_path)
    before = path.read_text(encoding="utf-8")
    record_review(path.parent, "state_cloud_rie_connection", review("disputed"), today=TODAY)
    after = path.read_text(encoding="utf-8")
    assert all(line.startswith("+") for line in changes(before, after))
    lines = after.splitlines()
    marker = next(i for i, line in enumerate(lines) if line.startswith("  # --- Cloudwatt ---"))
    assert lines[marker - 1] == ""
    assert lines[marker - 2].startswith("        quote_fingerprint: sha256:")


def test_an_existing_status_and_empty_reviews_are_replaced_in_place(
    write_files: WriteFiles,
) -> None:
    folder = write_files(
        {
            "a.yaml": source_block()
            + textwrap.dedent(
                """\
                claims:
                  - id: staff  # the one
                    quote: environ 90 personnes
                    subject: Cloudwatt
                    property: staff
                    qualifiers: {site: Paris}
                    value: '~90 person'
                    status: "unverified"   # set by the intern
                    reviews: []
                    note: counted by hand
                  # trailing comment
                """
            )
        }
    )
    path = folder / "a.yaml"
    before = path.read_text(encoding="utf-8")
    record_review(folder, "staff", review("false", note="no"), today=TODAY)
    after = path.read_text(encoding="utf-8")
    changed = changes(before, after)
    # the comment keeps its column, as ruamel keeps end-of-line comments aligned
    assert changed[2] == '+    status: "false"        # set by the intern'
    assert changed[:2] + changed[3:] == [
        '-    status: "unverified"   # set by the intern',
        "-    reviews: []",
        "+    reviews:",
        f"+      - date: {TODAY.isoformat()}",
        "+        by: desk",
        '+        verdict: "false"',
        "+        note: no",
        f"+        quote_fingerprint: {quote_fingerprint('environ 90 personnes')}",
    ]
    claim = load(folder).claims_by_id()["staff"]
    assert claim.status == "false"
    assert claim.reviews[-1].note == "no"  # a YAML 1.1 "no" stays text
    assert "  # trailing comment" in after


def test_a_second_review_is_appended_and_the_status_follows_it(tmp_path: Path) -> None:
    path = copy_seed(tmp_path)
    record_review(path.parent, "france_cloud_rank_2014", review("disputed"), today=TODAY)
    edit = record_review(path.parent, "france_cloud_rank_2014", review("verified"), today=TODAY)
    assert (edit.old_status, edit.review_count) == ("disputed", 2)
    claim = load(path.parent).claims_by_id()["france_cloud_rank_2014"]
    assert [r.verdict for r in claim.reviews] == ["disputed", "verified"]
    assert claim.status == "verified"


def test_key_order_of_the_format_is_kept_when_status_is_missing(write_files: WriteFiles) -> None:
    folder = write_files(
        {
            "a.yaml": source_block()
            + "claims:\n  - id: staff\n    quote: q\n    subject: S\n    property: p\n"
            "    cites: AFP\n    note: a note\n"
        }
    )
    record_review(folder, "staff", review(), today=TODAY)
    lines = (folder / "a.yaml").read_text(encoding="utf-8").splitlines()
    keys = [
        line.strip().split(":")[0]
        for line in lines
        if line.startswith("    ") and not line.startswith("     ")
    ]
    assert keys[-4:] == ["cites", "status", "reviews", "note"]


def test_windows_line_endings_and_a_byte_order_mark_are_kept(write_files: WriteFiles) -> None:
    text = (
        source_block() + "claims:\n  - id: staff\n    quote: q\n    subject: S\n    property: p\n"
    )
    folder = write_files({"a.yaml": b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()})
    record_review(folder, "staff", review(), today=TODAY)
    data = (folder / "a.yaml").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()[:-2])
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"    status: verified\r\n" in data


def test_dry_run_shows_the_diff_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    before = path.read_bytes()
    argv = ["review", "cloudwatt_launch", str(path.parent), "--verdict", "verified"]
    assert run_cli([*argv, "--by", "desk", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "+    status: verified" in out and "nothing written" in out
    assert path.read_bytes() == before


# --- clear failures, nothing written ---------------------------------------------------------


def test_the_claim_id_may_follow_the_evidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    argv = ["review", "--verdict", "verified", "--by", "desk", "--evidence", "https://a.example/x"]
    # --evidence takes every word after it; the id and the folder are taken back from it
    assert run_cli([*argv, "cloudwatt_launch", str(path.parent), "--dry-run"]) == 0
    diff = capsys.readouterr().out
    assert "+          - https://a.example/x\n" in diff  # the only evidence
    assert "+          - cloudwatt_launch" not in diff and "claims/\n" not in diff
    assert run_cli([*argv, "--dry-run"]) == 2
    assert "give the id of the claim reviewed" in capsys.readouterr().err


def test_a_path_after_the_evidence_is_taken_back_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    argv = ["review", "cloudwatt_launch", "--verdict", "verified", "--by", "desk", "--dry-run"]
    assert run_cli([*argv, "--evidence", "https://a.example/x", str(path.parent)]) == 0
    assert "+          - https://a.example/x\n" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        run_cli(["review", "--help"])  # the id is required, whatever argparse is told
    assert capsys.readouterr().out.startswith("usage: factcheck review [-h] CLAIM_ID [PATH ...]")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["cloudwatt_lanch", "--verdict", "verified"],
            "no claim with id 'cloudwatt_lanch'",
        ),
        (["cloudwatt_launch", "--verdict", "verfied"], "did you mean 'verified'?"),
        (["cloudwatt_launch", "--verdict", "true"], "unknown verdict 'true'"),
        (
            ["cloudwatt_launch", "--verdict", "verified", "--date", "2999-01-01"],
            "after today",
        ),
        (
            ["cloudwatt_launch", "--verdict", "verified", "--evidence", "javascript:alert(1)"],
            "--evidence: must be a web address starting with http:// or https:// "
            "(got 'javascript:alert(1)'); the claim id and PATH go before --evidence",
        ),
    ],
)
def test_unknown_id_or_verdict_fails_with_exit_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    path = copy_seed(tmp_path)
    before = path.read_bytes()
    claim_id, *options = argv
    assert run_cli(["review", claim_id, str(path.parent), *options, "--by", "desk"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: error: ") and message in err
    assert "Traceback" not in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "latribune-2015-07-27.txt",
        "latribune-2015-07-27.yaml",
    ]


def test_unknown_id_suggests_the_closest(tmp_path: Path) -> None:
    path = copy_seed(tmp_path)
    with pytest.raises(EditError, match="did you mean 'cloudwatt_launch'"):
        record_review(path.parent, "cloudwatt_lanch", review(), today=TODAY)


def test_an_earlier_review_cannot_follow_a_later_one(tmp_path: Path) -> None:
    path = copy_seed(tmp_path)
    record_review(path.parent, "cloudwatt_launch", review(), today=TODAY)
    before = path.read_bytes()
    earlier = review(date=TODAY - dt.timedelta(days=3))
    with pytest.raises(EditError, match="oldest first"):
        record_review(path.parent, "cloudwatt_launch", earlier, today=TODAY)
    assert path.read_bytes() == before


def test_a_claim_with_errors_or_a_duplicate_id_is_refused(write_files: WriteFiles) -> None:
    claim = "claims:\n  - id: staff\n    quote: q\n    subject: S\n    property: p\n"
    folder = write_files(
        {
            "a.yaml": source_block() + claim,
            "b.yaml": source_block(source_id="other") + claim,
            "c.yaml": source_block(source_id="third")
            + "claims:\n  - id: broken\n    quote: q\n    subject: S\n",
        }
    )
    with pytest.raises(EditError, match="used more than once"):
        record_review(folder, "staff", review(), today=TODAY)
    with pytest.raises(EditError, match=r"claim 'broken' has errors .*property"):
        record_review(folder, "broken", review(), today=TODAY)


@pytest.mark.parametrize(
    ("field", "message"),
    [("value: 44,4,4 %", "cannot read '44,4,4 %'"), ("when: septembr 2012", "as a date")],
)
def test_a_claim_whose_value_or_date_cannot_be_read_is_refused(
    write_files: WriteFiles, field: str, message: str
) -> None:
    claim = f"claims:\n  - id: share\n    quote: q\n    subject: S\n    property: p\n    {field}\n"
    folder = write_files({"a.yaml": source_block() + claim})
    before = (folder / "a.yaml").read_bytes()
    with pytest.raises(EditError, match=rf"claim 'share' has errors \(.*a\.yaml:12:5: .*{message}"):
        record_review(folder, "share", review(), today=TODAY)
    assert (folder / "a.yaml").read_bytes() == before


@pytest.mark.parametrize(
    "written",
    [
        '"\\x73taff"',  # an escape: the file does not hold the id as it is typed
        '"st\\\n    aff"',  # an escaped line break joins the two halves
        "&first staff",  # an anchor holds the id ...
    ],
)
def test_an_id_written_in_any_yaml_form_is_found(write_files: WriteFiles, written: str) -> None:
    claim = "claims:\n  - id: {}\n    quote: q\n    subject: S\n    property: p\n"
    files = {
        "a.yaml": source_block() + claim.format("staff"),
        "b.yaml": source_block(source_id="other") + claim.format(written),
    }
    if written.startswith("&"):  # ... and an alias repeats it, in the same file
        files["b.yaml"] += "  - id: *first\n    quote: q\n    subject: S\n    property: p\n"
    folder = write_files(files)
    with pytest.raises(EditError, match=r"used more than once \(.*a\.yaml.*b\.yaml"):
        record_review(folder, "staff", review(), today=TODAY)
    (folder / "a.yaml").unlink()
    if not written.startswith("&"):
        assert Path(find_claim(folder, "staff", Config()).location.file).name == "b.yaml"
        # ruamel.yaml would write the id back as "staff": a line that is not the review
        with pytest.raises(EditError, match="would also rewrite line 8, which is not"):
            record_review(folder, "staff", review(), today=TODAY)


def test_only_the_files_that_may_hold_the_id_are_loaded(write_files: WriteFiles) -> None:
    claim = "claims:\n  - id: {}\n    quote: q\n    subject: S\n    property: p\n"
    folder = write_files(
        {f"{n}.yaml": source_block(source_id=n) + claim.format(f"claim_{n}") for n in "abcd"}
    )
    loaded: list[str] = []
    edit = record_review(
        folder, "claim_c", review(), today=TODAY, progress=lambda doc, _: loaded.append(doc.path)
    )
    assert edit.path.name == "c.yaml"
    assert [Path(path).name for path in loaded] == ["c.yaml"]  # on a large archive: seconds


# --- concurrent edits ------------------------------------------------------------------------


def test_a_file_changed_between_read_and_write_is_not_overwritten(tmp_path: Path) -> None:
    path = copy_seed(tmp_path)
    edit = record_review(path.parent, "cloudwatt_launch", review(), today=TODAY, write=False)
    theirs = path.read_text(encoding="utf-8").replace("# Conventions", "# Our conventions")
    path.write_text(theirs, encoding="utf-8")  # a colleague saves meanwhile
    with pytest.raises(ConcurrentEdit, match="changed on disk"):
        edit.apply()
    assert path.read_text(encoding="utf-8") == theirs  # their edit survives
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temporary left


def test_the_command_line_refuses_a_concurrent_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_seed(tmp_path)
    theirs = path.read_text(encoding="utf-8") + "# saved by a colleague\n"

    def prepare_then_colleague_saves(*args: object, **kwargs: object) -> editing.ReviewEdit:
        edit = prepare_review(*args, **kwargs)  # type: ignore[arg-type]
        path.write_text(theirs, encoding="utf-8")
        return edit

    monkeypatch.setattr(editing, "prepare_review", prepare_then_colleague_saves)
    argv = ["review", "cloudwatt_launch", str(path.parent), "--verdict", "verified"]
    assert run_cli([*argv, "--by", "desk"]) == 2
    assert "changed on disk" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == theirs


def test_the_write_is_atomic_and_keeps_the_file_mode(tmp_path: Path) -> None:
    path = copy_seed(tmp_path)
    path.chmod(0o640)
    record_review(path.parent, "cloudwatt_launch", review(), today=TODAY)
    assert path.stat().st_mode & 0o777 == 0o640
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]


# --- fingerprints --------------------------------------------------------------------------------


def test_the_fingerprint_ignores_typography_not_words() -> None:
    straight = quote_fingerprint('l\'utilisation du  "Cloud"')
    assert straight == quote_fingerprint("l’utilisation du « Cloud »")
    assert straight != quote_fingerprint('l\'utilisation du "Nuage"')
    assert straight.startswith("sha256:") and len(straight) == len("sha256:") + 16


def test_the_review_records_the_fingerprint_of_the_quote_it_judged(tmp_path: Path) -> None:
    path = copy_seed(tmp_path)
    record_review(path.parent, "cloudwatt_launch", review(), today=TODAY)
    claim = load(path.parent).claims_by_id()["cloudwatt_launch"]
    assert claim.reviews[-1].quote_fingerprint == quote_fingerprint(claim.quote)


LAYOUTS = """\
source:
  id: s
  title: T
  publisher: P
  published: 2015-07-27
  language: fr

claims:
  - {id: flow, quote: q, subject: S, property: p}

  # comment after flow
  - id: flow_review
    quote: q
    subject: S
    property: p
    status: verified
    reviews:
      - {date: 2026-01-01, by: a, verdict: verified}

  # comment after flow_review
  - id: evidence_last
    quote: q
    subject: S
    property: p
    reviews:
      - date: 2026-01-01
        by: a
        verdict: verified
        evidence:
          - https://example.org/a

  # comment after evidence_last
  - id: last
    quote: q
    subject: S
    property: p
    qualifiers: {a: b}
# final comment
"""


@pytest.mark.parametrize("claim_id", ["flow", "flow_review", "evidence_last", "last"])
def test_unusual_layouts_keep_every_comment_in_place(
    write_files: WriteFiles, claim_id: str
) -> None:
    folder = write_files({"a.yaml": LAYOUTS})
    path = folder / "a.yaml"
    record_review(folder, claim_id, review("disputed"), today=TODAY)
    after = path.read_text(encoding="utf-8")
    comments = [line for line in LAYOUTS.splitlines() if line.lstrip().startswith("#")]
    assert [line for line in after.splitlines() if line.lstrip().startswith("#")] == comments
    for comment in comments[:-1]:  # each still right after a blank line ending its record
        lines = after.splitlines()
        assert lines[lines.index(comment) - 1] == ""
    claim = load(folder).claims_by_id()[claim_id]
    assert (claim.status, claim.reviews[-1].verdict) == ("disputed", "disputed")
    others = [c for c in load(folder).claims if c.id != claim_id]
    assert all(c.status != "disputed" for c in others)


def test_a_plain_scalar_shaped_like_an_impossible_date_is_kept_as_written(
    write_files: WriteFiles,
) -> None:
    # The loader reads scalars as written, so `subject: 2015-02-30` is a subject;
    # ruamel.yaml would build a date from it, and crash.
    text = source_block() + (
        "claims:\n"
        "  - id: odd\n    quote: q\n    subject: 2015-02-30\n    property: p\n"
        "  - id: staff\n    quote: q\n    subject: S\n    property: p\n    when: 2015-13-01\n"
    )
    folder = write_files({"a.yaml": text})
    record_review(folder, "odd", review(), today=TODAY)
    after = (folder / "a.yaml").read_text(encoding="utf-8")
    assert "    subject: 2015-02-30\n" in after and "    when: 2015-13-01\n" in after
    assert load(folder).claims_by_id()["odd"].status == "verified"


def test_a_claim_followed_by_an_item_that_is_no_record_is_still_reviewed(
    write_files: WriteFiles,
) -> None:
    # the loader reports the stray item; the review must still find where the claim ends
    text = source_block() + (
        "claims:\n  - id: staff\n    quote: q\n    subject: S\n    property: p\n  - stray\n"
    )
    folder = write_files({"a.yaml": text})
    record_review(folder, "staff", review(), today=TODAY)
    after = (folder / "a.yaml").read_text(encoding="utf-8")
    assert all(line.startswith("+") for line in changes(text, after))
    assert after.endswith(
        "        verdict: verified\n        quote_fingerprint: sha256:"
        + quote_fingerprint("q").split(":")[1]
        + "\n  - stray\n"
    )


def test_a_reused_anchor_is_kept_and_the_review_is_quiet_about_it(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    # `&a` twice is legal YAML (an alias refers to the latest); pytest turns the
    # warning ruamel.yaml gives into an error, as a user would see it on stderr
    text = source_block() + (
        "claims:\n"
        "  - id: staff\n    quote: q\n    subject: &a S\n    property: p\n"
        "  - id: other\n    quote: q\n    subject: &a T\n    property: p\n"
    )
    folder = write_files({"a.yaml": text})
    assert run_cli(["review", "staff", str(folder), "--verdict", "verified", "--by", "desk"]) == 0
    assert capsys.readouterr().err == ""
    after = (folder / "a.yaml").read_text(encoding="utf-8")
    assert after.count("&a ") == 2 and load(folder).claims_by_id()["staff"].status == "verified"


def test_a_file_the_yaml_editor_cannot_read_is_refused_with_its_place(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    # A tab inside a plain scalar is valid YAML, which the loader reads; ruamel.yaml
    # refuses it.
    text = source_block() + (
        "claims:\n"
        "  - id: staff\n    quote: q\n    subject: S\n    property: p\n"
        "  - id: other\n    quote: q\n    subject: S\n    property: p\n    note: a\tb\n"
    )
    folder = write_files({"a.yaml": text})
    assert list(load(folder).problems) == []
    assert run_cli(["review", "staff", str(folder), "--verdict", "verified", "--by", "desk"]) == 2
    err = capsys.readouterr().err
    line = text.splitlines().index("    note: a\tb") + 1
    assert f"a.yaml:{line}:" in err and "cannot read this file" in err
    assert "Traceback" not in err
    assert (folder / "a.yaml").read_text(encoding="utf-8") == text


# --- the file's own layout ---------------------------------------------------------------------

STAFF = ("id: staff", "quote: q", "subject: S", "property: p")
OTHER = ("id: other", "quote: q", "subject: S", "property: p")
FLOW_SOURCE = "source: {id: s, title: T, publisher: P, published: 2015-07-27, language: fr}\n"


def item(column: int, *lines: str, dash: str = "- ") -> str:
    """A list item at ``column``: ``dash`` before its first line, the others aligned after it."""
    pad = " " * (column + len(dash))
    return " " * column + dash + lines[0] + "\n" + "".join(pad + line + "\n" for line in lines[1:])


def added_review(key: int, dash: int, content: int) -> list[str]:
    """The lines a review adds to ``staff``: its keys, the list's dash and its items' columns."""
    return [
        f"+{' ' * key}status: verified",
        f"+{' ' * key}reviews:",
        f"+{' ' * dash}-{' ' * (content - dash - 1)}date: {TODAY.isoformat()}",
        f"+{' ' * content}by: desk",
        f"+{' ' * content}verdict: verified",
        f"+{' ' * content}quote_fingerprint: {quote_fingerprint('q')}",
    ]


@pytest.mark.parametrize(
    ("text", "added"),
    [
        pytest.param(  # as PyYAML writes a list: at the column of its key
            source_block()
            + "claims:\n"
            + item(0, *STAFF, "qualifiers:", "  a: b")
            + item(0, *OTHER),
            added_review(2, 2, 4),
            id="zero-indent list",
        ),
        pytest.param(
            source_block()
            + "claims:\n"
            + item(4, *STAFF, "qualifiers:", "  a: b")
            + item(4, *OTHER),
            added_review(6, 10, 12),
            id="4-space list",
        ),
        pytest.param(
            source_block()
            + "claims:\n"
            + item(0, *STAFF, dash="-   ")
            + item(0, *OTHER, dash="-   "),
            added_review(4, 4, 8),
            id="-   id: items",
        ),
        pytest.param(
            FLOW_SOURCE
            + "claims:\n"
            + item(2, *STAFF, "qualifiers:", "    a: b")
            + item(2, *OTHER),
            added_review(4, 6, 8),
            id="8-space nested mapping",
        ),
        pytest.param(
            source_block().replace("\n  ", "\n    ")
            + "claims:\n"
            + item(2, *STAFF, "qualifiers:", "    a: b"),
            added_review(4, 6, 8),
            id="4-space nested mappings",
        ),
        pytest.param(
            source_block() + "claims:\n" + item(8, *STAFF) + item(8, *OTHER),
            added_review(10, 18, 20),
            id="list indented 8 spaces",
        ),
    ],
)
def test_the_review_follows_the_indentation_of_its_file(
    write_files: WriteFiles, text: str, added: list[str]
) -> None:
    folder = write_files({"a.yaml": text})
    record_review(folder, "staff", review(), today=TODAY)
    assert changes(text, (folder / "a.yaml").read_text(encoding="utf-8")) == added


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            source_block()
            + "claims:\n"
            + item(0, *STAFF)
            + item(0, *OTHER, "reviews:", "  - {date: 2015-08-01, by: a, verdict: disputed}"),
            r"the lists of this file are not all indented alike \(compare lines 8 and 17\)",
        ),
        (
            source_block() + "claims:\n" + item(2, *STAFF, "qualifiers:", "    a: b"),
            r"the nested keys of this file are not all indented alike \(compare lines 2 and 13\)",
        ),
    ],
)
def test_a_file_that_mixes_indentations_is_refused_saying_so(
    write_files: WriteFiles, text: str, message: str
) -> None:
    folder = write_files({"a.yaml": text})
    with pytest.raises(EditError, match=message + ".*nothing was written"):
        record_review(folder, "staff", review(), today=TODAY)
    assert (folder / "a.yaml").read_text(encoding="utf-8") == text


def test_any_other_line_the_editor_would_rewrite_is_refused(write_files: WriteFiles) -> None:
    # ruamel.yaml indents a block scalar its own way: the note would move two columns left
    text = source_block() + "claims:\n" + item(2, *STAFF, "note: |", "    a note") + item(2, *OTHER)
    folder = write_files({"a.yaml": text})
    line = text.splitlines().index("        a note") + 1
    with pytest.raises(
        EditError, match=f"rewrite line {line}, which is not the claim's status or reviews; nothing"
    ):
        record_review(folder, "staff", review(), today=TODAY)
    with pytest.raises(EditError, match=f"rewrite line {line}, outside the claim; nothing"):
        record_review(folder, "other", review(), today=TODAY)
    assert (folder / "a.yaml").read_text(encoding="utf-8") == text


FLOW_REVIEW = "  - {date: 2015-08-01, by: a, verdict: disputed}  # first"


@pytest.mark.parametrize(
    "record",
    [
        pytest.param((*STAFF, "reviews:", FLOW_REVIEW), id="last review"),
        pytest.param((*STAFF[:3], "property: p   # the property"), id="last key"),
        pytest.param((*STAFF, "status: 'unverified'   # keep"), id="status last"),
        pytest.param(
            (*STAFF, "status: 'unverified'   # keep", "# on the note", "note: n"),
            id="status, note",
        ),
        pytest.param((*STAFF, "cites: AFP  # wire", "# on the note", "note: n"), id="key, note"),
        pytest.param((*STAFF, "reviews:", "  # past", FLOW_REVIEW, "note: n"), id="under reviews"),
    ],
)
def test_an_end_of_line_comment_stays_on_its_line(
    write_files: WriteFiles, record: tuple[str, ...]
) -> None:
    # the record is followed by a blank line and a comment, before the next claim
    text = source_block() + "claims:\n" + item(2, *record) + "\n  # next\n" + item(2, *OTHER)
    folder = write_files({"a.yaml": text})
    record_review(folder, "staff", review(), today=TODAY)
    after = (folder / "a.yaml").read_text(encoding="utf-8")
    changed = changes(text, after)
    if "status: 'unverified'   # keep" in record:  # the comment keeps its line, and column
        assert changed[:2] == [
            "-    status: 'unverified'   # keep",
            "+    status: 'verified'     # keep",
        ]
        changed = changed[2:]
    assert all(line.startswith("+") and "#" not in line for line in changed)
    # each comment line still comes just before what it came before ...
    before, lines = text.splitlines(), after.splitlines()
    for comment in (line for line in before if line.lstrip().startswith("#")):
        assert lines[lines.index(comment) + 1] == before[before.index(comment) + 1]
    # ... and the record, review included, ends before the blank line that ends it
    end = lines.index("  # next") - 1
    assert lines[end] == ""
    assert lines[end - 1] in ("    note: n", f"        quote_fingerprint: {quote_fingerprint('q')}")


def test_an_edit_that_would_not_load_names_the_line_of_the_file_on_disk(
    write_files: WriteFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Should ruamel.yaml ever write a review the loader rejects, nothing is written and the
    # message names a line of the file the user has, not of the edited text they never see.
    append = editing._append_review

    def append_without_a_reviewer(entry: Any, review: Review) -> int:
        count = append(entry, review)
        entry["reviews"][-1]["by"] = ""
        return count

    monkeypatch.setattr(editing, "_append_review", append_without_a_reviewer)
    text = source_block() + "claims:\n" + item(2, *STAFF) + item(2, *OTHER)
    folder = write_files({"a.yaml": text})
    with pytest.raises(EditError) as refused:
        record_review(folder, "staff", review(), today=TODAY)
    message = str(refused.value)
    assert "would not load (in the lines the review writes after line 11: " in message
    assert message.endswith("nothing was written")
    assert (folder / "a.yaml").read_text(encoding="utf-8") == text


def test_a_review_in_a_folder_without_claim_files_names_the_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["review", "cloudwatt_launch", str(tmp_path), "--verdict", "verified", "--by", "d"]
    assert run_cli(argv) == 2
    assert capsys.readouterr().err == (
        f"factcheck: error: no claim with id 'cloudwatt_launch' in {tmp_path}\n"
    )
