"""Loading: records with locations, and every bad input as a finding, never a crash."""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.config import load_config
from factcheck.discovery import PathNotFound, discover
from factcheck.loading import load_text
from tests.conftest import STAFF_CLAIM, WriteFiles, source_block, verify_folder

GOOD = source_block() + STAFF_CLAIM


def rules_of(report: factcheck.Report) -> list[str]:
    return [f.rule for f in report.findings]


def test_records_keep_file_line_and_column(write_files: WriteFiles) -> None:
    folder = write_files({"a.yaml": GOOD})
    corpus = factcheck.load(folder)
    claim = corpus.claims[0]
    assert claim.location.file.endswith("a.yaml")
    assert (claim.location.line, claim.location.column) == (8, 5)
    assert claim.source is not None and claim.source.location.line == 2


def test_folders_are_walked_recursively_and_config_files_skipped(write_files: WriteFiles) -> None:
    folder = write_files(
        {
            "2015/07/a.yaml": GOOD,
            "b.yml": GOOD.replace("staff\n", "staff_b\n", 1),
            ".hidden/c.yaml": GOOD,
            "notes.txt": "x",
            "pyproject.toml": "",
        }
    )
    names = [p.name for p in discover([folder])]
    assert names == ["a.yaml", "b.yml"]


def test_a_file_named_twice_is_read_once(
    write_files: WriteFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_files({"claims/a.yaml": GOOD})
    monkeypatch.chdir(folder)
    spellings = ["claims", str(folder / "claims"), "./claims/a.yaml", "claims/../claims"]
    assert [str(path) for path in discover(spellings)] == [str(Path("claims/a.yaml"))]
    assert [claim.id for claim in factcheck.load(spellings).claims] == ["staff"]  # no duplicate


def test_what_is_neither_file_nor_folder_is_named_so() -> None:
    with pytest.raises(PathNotFound, match="/dev/null: not a file or folder"):
        factcheck.load("/dev/null")


def test_missing_path_raises_path_not_found(tmp_path: Path) -> None:
    with pytest.raises(PathNotFound, match="no such file or folder"):
        factcheck.load(tmp_path / "nope")


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        (b"claims", "not bytes"),  # iterated, bytes would be a list of numbers
        (42, "not int"),
        (["claims", None], "each path must be a str or a Path, not NoneType: None"),
    ],
)
def test_what_is_not_a_path_is_named_as_such(paths: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        factcheck.load(paths)  # type: ignore[arg-type]


def test_one_path_or_several_of_any_kind(write_files: WriteFiles) -> None:
    folder = write_files({"a.yaml": GOOD})
    for paths in (str(folder), folder, [folder], (str(folder),), iter([folder])):
        assert [claim.id for claim in factcheck.load(paths).claims] == ["staff"]


BAD_INPUTS = {
    "syntax": ("source:\n  id: x\n    title: y\n", "invalid-yaml", 3),
    "bomb": (
        'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
            f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n"
            for i in range(9)
        ),
        "invalid-yaml",
        None,
    ),
    "python tag": ("source: !!python/object/apply:os.system ['echo pwned']\n", "invalid-yaml", 1),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00", "invalid-yaml", 3),
    "latin-1": ("source:\n  title: ministères\n".encode("latin-1"), "invalid-yaml", 2),
    "empty": ("", "invalid-record", 1),
    "top-level list": ("- a\n- b\n", "invalid-record", 1),
    "deep nesting": (
        "a:\n" + "".join("  " * i + "b:\n" for i in range(1, 3000)),
        "invalid-yaml",
        None,
    ),
    "huge number": (GOOD.replace("~90 person", "1e400 %"), "invalid-value", 12),
    # Python refuses to turn an int of over 4,300 digits into text
    "a 5,000-digit integer": (
        source_block().replace("language: fr", "language: fr\n  word_count: " + "9" * 5000),
        "invalid-record",
        7,
    ),
    "invalid id": (GOOD.replace("id: staff", "id: Staff-1"), "invalid-record", 8),
    "unknown field": (GOOD.replace("value:", "valeu:"), "invalid-record", 12),
    "duplicate key": (GOOD + "    value: 12 %\n", "invalid-yaml", 13),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_is_a_finding_and_good_files_are_still_verified(
    name: str, write_files: WriteFiles
) -> None:
    content, rule, line = BAD_INPUTS[name]
    folder = write_files({"bad.yaml": content, "good.yaml": GOOD.replace("staff\n", "good\n", 1)})
    report = verify_folder(folder)
    bad = [f for f in report.findings if f.location.file.endswith("bad.yaml")]
    assert [f.rule for f in bad] == [rule], bad
    if line is not None:
        assert bad[0].location.line == line
    assert report.summary.files == 2
    assert "good" in {c.id for c in factcheck.load(folder).claims}
    assert not report.ok


def test_a_crash_while_loading_a_file_is_an_internal_error_of_that_file_only(
    write_files: WriteFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import loading

    real = loading.parse_value

    def parse_value(text: str, *args: object, **kwargs: object) -> object:
        if text == "13 person":
            raise ArithmeticError("boom")  # what babel's decimal check once raised
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "parse_value", parse_value)
    bad = GOOD.replace("~90 person", "13 person")
    folder = write_files({"bad.yaml": bad, "good.yaml": GOOD.replace("staff\n", "good\n", 1)})
    report = verify_folder(folder)
    (finding,) = [f for f in report.findings if f.location.file.endswith("bad.yaml")]
    assert finding.rule == "internal-error" and finding.location.line == 1
    assert "ArithmeticError: boom (please report this)" in finding.message
    assert report.summary.files == 2 and not report.ok
    assert "good" in {c.id for c in factcheck.load(folder).claims}


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("language: fr", "language: french", "'language' must be a language code such as fr"),
        ("language: fr", "language: fr\n  url: www.x.fr", "'url' must be a web address"),
        (
            "value: ~90 person",
            "reviews: [{date: 2015-08-01, by: ' ', verdict: verified}]",
            "'reviews.0.by' is empty",
        ),
        (
            "value: ~90 person",
            "reviews: [{date: 2015-08-01, by: d, verdict: verified, evidence: [javascript:x]}]",
            "'reviews.0.evidence.0' must be a web address starting with http:// or https://",
        ),
    ],
)
def test_fields_are_explained_in_an_editors_words(
    old: str, new: str, message: str, write_files: WriteFiles
) -> None:
    findings = verify_folder(write_files({"a.yaml": GOOD.replace(old, new)})).findings
    (finding,) = [f for f in findings if f.rule == "invalid-record"]
    assert message in finding.message and "^" not in finding.message  # never the regex


@pytest.mark.parametrize(
    ("published", "language"),
    [("27 juillet 2015", "fr"), ("lundi 27/07/2015", "fr"), ("July 27, 2015", "en")],
)
def test_published_may_be_written_in_words_in_the_sources_language(
    published: str, language: str, write_files: WriteFiles
) -> None:
    text = source_block(published=published, language=language) + "claims: []\n"
    corpus = factcheck.load(write_files({"a.yaml": text}))
    assert [d.source.published for d in corpus.documents if d.source] == [dt.date(2015, 7, 27)]


def test_a_source_with_a_bad_date_leaves_its_claims_in_its_language(
    write_files: WriteFiles,
) -> None:
    claim = '  - {id: a, quote: "deux ans", subject: s, property: p, value: 2 year}\n'
    text = source_block(published="juillet 2015") + "claims:\n" + claim
    (finding,) = verify_folder(write_files({"a.yaml": text})).findings  # no figure-in-quote
    assert finding.message == (
        "source 'test_source': 'published' is not a day (got 'juillet 2015'): "
        "write it as 2015-07-27, or in words as the article writes it"
    )


def test_a_claim_edited_in_code_stays_in_its_files_language_despite_a_bad_source(
    write_files: WriteFiles,
) -> None:
    claims = (
        '  - {id: a, quote: "44,4 %", subject: s, property: p, value: "44,4 %"}\n'
        '  - {id: b, quote: "1,5 %", subject: s, property: q, value: "1,5 %"}\n'
    )
    text = source_block(published="juillet 2015") + "claims:\n" + claims
    corpus = factcheck.load(write_files({"a.yaml": text}))
    second = list(corpus.claims)[1]
    second.value = "2,5 %"  # read again by verify, in French: 2.5 %, not 25 %
    factcheck.verify(corpus)
    assert [claim.language for claim in corpus.claims] == ["fr", "fr"]
    assert second.parsed_value is not None
    assert second.parsed_value.figures == (Decimal("2.5"),)


def test_an_article_given_as_a_claim_file_is_told_what_claim_files_are(
    write_files: WriteFiles,
) -> None:
    folder = write_files({"a.txt": "L'Etat choisit Orange: un contrat.\nDeux ans.\n"})
    (finding,) = factcheck.verify(factcheck.load(folder / "a.txt")).findings
    assert finding.rule == "invalid-yaml"
    assert finding.message.endswith("(claim files end in .yaml or .yml)")


def test_unknown_field_suggests_the_closest_name(write_files: WriteFiles) -> None:
    folder = write_files({"a.yaml": GOOD.replace("value:", "valeu:")})
    (finding,) = verify_folder(folder).findings
    assert "unknown field 'valeu', did you mean 'value'?" in finding.message


def test_unknown_field_in_a_review_suggests_review_fields(write_files: WriteFiles) -> None:
    text = GOOD + "    reviews:\n      - {date: 2026-11-30, by: desk, verdikt: verified}\n"
    (finding,) = verify_folder(write_files({"a.yaml": text})).findings
    assert "did you mean 'verdict'?" in finding.message
    assert finding.location.line == 14


def test_yaml_11_traps_do_not_apply(write_files: WriteFiles) -> None:
    text = GOOD.replace("~90 person", "44,40 %") + "    status: false\n"
    claim = factcheck.load(write_files({"a.yaml": text})).claims[0]
    assert claim.value == "44,40 %"
    assert claim.status == "false"


def test_an_invalid_claim_does_not_hide_the_valid_ones_of_its_file(write_files: WriteFiles) -> None:
    text = GOOD + GOOD.split("claims:\n")[1].replace("id: staff", "id: other").replace(
        "quote", "qote"
    )
    corpus = factcheck.load(write_files({"a.yaml": text}))
    assert [c.id for c in corpus.claims] == ["staff"]
    (problem,) = corpus.problems
    assert problem.location.line == 14 and "did you mean 'quote'" in problem.message


def test_source_text_is_read_next_to_the_claim_file(write_files: WriteFiles) -> None:
    text = source_block(text="article.txt") + GOOD.split(source_block())[1]
    folder = write_files({"sub/a.yaml": text, "sub/article.txt": "environ 90 personnes"})
    claim = factcheck.load(folder).claims[0]
    assert claim.source is not None and claim.source.text_content == "environ 90 personnes"


def test_missing_source_text_is_a_finding_at_its_line(write_files: WriteFiles) -> None:
    text = source_block(text="nope.txt") + GOOD.split(source_block())[1]
    report = verify_folder(write_files({"a.yaml": text}))
    assert [(f.rule, f.location.line) for f in report.findings] == [("missing-text", 7)]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("/dev/zero", "leaves the project"),  # would be read forever; outside anyway
        ("folder", "cannot be read: Is a directory"),
        ('"x\\0y"', "cannot be read: not a valid file name"),  # a NUL: Python refuses it
    ],
)
def test_a_source_text_that_is_no_file_is_a_finding_not_a_hang(
    write_files: WriteFiles, name: str, reason: str
) -> None:
    text = source_block(text=name) + GOOD.split(source_block())[1]
    folder = write_files({"a.yaml": text, "folder/b.txt": "x"})
    (finding,) = verify_folder(folder).findings
    assert (finding.rule, finding.location.line) == ("missing-text", 7)
    assert reason in finding.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_source_text_that_is_a_pipe_is_refused_without_waiting_for_a_writer(
    write_files: WriteFiles,
) -> None:
    folder = write_files({"a.yaml": source_block(text="pipe.txt") + "claims: []\n"})
    os.mkfifo(folder / "pipe.txt")
    (finding,) = verify_folder(folder).findings
    assert "'pipe.txt' cannot be read: not a regular file" in finding.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{}\n", [(1, "missing the 'source' block (id, title, publisher, ...)")]),
        (
            source_block() + "1: x\n2.5: y\n",
            [
                (7, "unknown field '1' (known fields: source, claims, checks)"),
                (8, "unknown field '2.5' (known fields: source, claims, checks)"),
            ],
        ),
    ],
)
def test_odd_top_levels_are_schema_findings_at_their_lines(
    write_files: WriteFiles, text: str, expected: list[tuple[int, str]]
) -> None:
    report = verify_folder(write_files({"a.yaml": text}))
    assert [(f.location.line, f.message) for f in report.findings] == expected


def test_files_are_named_relative_to_the_working_folder(
    write_files: WriteFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_files({"2015/a.yaml": GOOD})
    monkeypatch.chdir(folder.parent)
    by_absolute_path = factcheck.load(folder.resolve()).documents[0].path
    by_relative_path = factcheck.load(Path(folder.name)).documents[0].path
    assert by_absolute_path == by_relative_path == f"{folder.name}/2015/a.yaml"
    (folder.parent / "elsewhere").mkdir()
    monkeypatch.chdir(folder.parent / "elsewhere")
    outside = factcheck.load(folder.resolve()).documents[0].path
    assert outside == (folder.resolve() / "2015" / "a.yaml").as_posix()


def test_loading_fills_every_derived_slot_so_rules_read_them_at_full_speed(
    write_files: WriteFiles,
) -> None:
    """An empty slot still reads as None, but through ``__getattr__``: loading fills them all."""
    text = GOOD + "checks:\n  - id: k\n    expect: staff == staff\n"
    documents = [factcheck.load(write_files({"a.yaml": text})).documents[0]]
    with_exact_reader = text.replace("staff\n", "staff  # a comment\n\t\n", 1)  # a tab
    documents.append(factcheck.load(write_files({"b.yaml": with_exact_reader})).documents[0])
    for document in documents:
        assert document.source is not None
        for record in (document.source, *document.claims, *document.checks):
            for klass in type(record).__mro__:
                for name in klass.__dict__.get("__slots__", ()):
                    klass.__dict__[name].__get__(record)  # raises AttributeError when empty


def test_files_are_found_in_path_order_and_hidden_ones_skipped(write_files: WriteFiles) -> None:
    folder = write_files(
        {
            "a-b/x.yaml": GOOD,
            "a/x.yaml": GOOD,
            "a/.draft.yaml": GOOD,
            ".cache/deep/y.yaml": GOOD,
            "b.yml/z.yaml": GOOD,  # a folder named like a claim file
        }
    )
    found = [path.relative_to(folder).as_posix() for path in discover([folder])]
    assert found == ["a/x.yaml", "a-b/x.yaml", "b.yml/z.yaml"]


def test_claim_files_in_capitals_are_found(write_files: WriteFiles) -> None:
    folder = write_files({"A.YAML": GOOD, "b.Yml": GOOD.replace("id: staff", "id: other")})
    assert sorted(claim.id for claim in factcheck.load(folder).claims) == ["other", "staff"]


def test_a_linked_folder_is_walked_once_and_a_loop_ends(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "shared"
    (elsewhere / "2015").mkdir(parents=True)
    (elsewhere / "2015" / "b.yaml").write_text(GOOD.replace("id: staff", "id: other"))
    folder = write_files({"a.yaml": GOOD})
    (folder / "shared").symlink_to(elsewhere, target_is_directory=True)
    (folder / "again").symlink_to(elsewhere, target_is_directory=True)  # the same files
    (elsewhere / "2015" / "loop").symlink_to(elsewhere, target_is_directory=True)
    (folder / "inside").symlink_to(folder, target_is_directory=True)  # back into the folder
    corpus = factcheck.load(folder)
    assert sorted(claim.id for claim in corpus.claims) == ["other", "staff"]
    assert {claim.location.file.rsplit("claims/", 1)[-1] for claim in corpus.claims} == {
        "a.yaml",
        "again/2015/b.yaml",  # the first of the two links, always
    }


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_claim_file_that_cannot_be_read_is_reported_not_skipped(write_files: WriteFiles) -> None:
    # a link left dangling by a move, or a pipe: their claims would go unchecked unsaid
    folder = write_files({"good.yaml": GOOD})
    (folder / "moved.yaml").symlink_to("elsewhere.yaml")
    os.mkfifo(folder / "pipe.yaml")
    report = verify_folder(folder)
    found = {(f.location.file.rsplit("/", 1)[-1], f.rule, f.message) for f in report.findings}
    assert found == {
        ("moved.yaml", "invalid-yaml", "cannot read the file: No such file or directory"),
        (
            "pipe.yaml",
            "invalid-yaml",
            "cannot read the file: not a regular file (a folder, a device or a pipe)",
        ),
    }
    assert report.summary.files == 3 and report.summary.claims == 1


# `exclude` globs: matched on the path relative to the configuration's folder and to each
# folder given to verify, so the spelling of the path on the command line does not matter.

DRAFT = "source:\n  id: draft\n    title: not yet valid\n"  # invalid-yaml when verified


@pytest.fixture
def repository(write_files: WriteFiles) -> Path:
    """A repository: claims/ with a good file and a broken draft in claims/drafts/."""
    files = {"a.yaml": GOOD, "drafts/x.yaml": DRAFT, "drafts/old/y.yml": DRAFT}
    return write_files(files, folder="repository/claims").parent


def verify_from(
    folder: Path, path: str, capsys: pytest.CaptureFixture[str], cache: Path | None = None
) -> tuple[int, int]:
    """Run ``factcheck verify path`` from ``folder``: its exit code and the files verified."""
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        cached = ["--cache-dir", str(cache)] if cache else ["--no-cache"]
        code = main(["verify", path, "--format", "json", *cached])
    finally:
        os.chdir(cwd)
    return code, json.loads(capsys.readouterr().out)["summary"]["files"]


SPELLINGS = [  # (working folder inside the repository, path given to verify)
    (".", "claims"),
    (".", "claims/"),
    (".", "./claims"),
    (".", "ABSOLUTE"),
    ("claims", "."),
    ("claims", "../claims"),
    ("claims", "ABSOLUTE"),
    ("claims/drafts", ".."),
]


@pytest.mark.parametrize("pattern", ["drafts/**", "claims/drafts/**", "*/drafts/*"])
@pytest.mark.parametrize(("cwd", "path"), SPELLINGS)
def test_exclude_means_the_same_however_the_folder_is_spelled(
    pattern: str,
    cwd: str,
    path: str,
    repository: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (repository / "factcheck.toml").write_text(f'exclude = ["{pattern}"]\n', encoding="utf-8")
    path = str(repository / "claims") if path == "ABSOLUTE" else path
    assert verify_from(repository / cwd, path, capsys) == (0, 1)
    # the cache finds the same files: a second run is answered from it, unchanged
    cache = tmp_path / "cache"
    assert verify_from(repository / cwd, path, capsys, cache) == (0, 1)
    assert verify_from(repository / cwd, path, capsys, cache) == (0, 1)


@pytest.mark.parametrize(("cwd", "path"), SPELLINGS)
def test_exclude_in_pyproject_is_relative_to_its_folder(
    cwd: str, path: str, repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository / "pyproject.toml").write_text(
        '[tool.factcheck]\nexclude = ["claims/drafts/**"]\n', encoding="utf-8"
    )
    path = str(repository / "claims") if path == "ABSOLUTE" else path
    assert verify_from(repository / cwd, path, capsys) == (0, 1)


def test_without_exclude_the_drafts_are_verified(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert verify_from(repository, "claims", capsys) == (1, 3)


@pytest.mark.parametrize("path", ["claims/drafts/x.yaml", "./claims/drafts/x.yaml", "ABSOLUTE"])
def test_exclude_skips_a_named_file_by_its_path_from_the_configuration(
    path: str, repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository / "factcheck.toml").write_text('exclude = ["claims/drafts/*"]\n', encoding="utf-8")
    path = str(repository / "claims/drafts/x.yaml") if path == "ABSOLUTE" else path
    assert verify_from(repository, path, capsys) == (0, 0)
    assert verify_from(repository / "claims", "drafts/x.yaml", capsys) == (0, 0)


def test_exclude_is_relative_to_a_named_config_and_survives_a_change_of_folder(
    repository: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repository / "desk.toml").write_text('exclude = ["claims/drafts/**"]\n', encoding="utf-8")
    monkeypatch.chdir(repository)
    config = load_config(Path("desk.toml"))
    monkeypatch.chdir(tmp_path)  # the pattern keeps the folder it was read in
    names = [p.name for p in discover([repository / "claims"], config.exclude, config.folder)]
    assert names == ["a.yaml"]
    loaded = factcheck.load(repository / "claims", config)
    assert [d.path.rsplit("/", 1)[-1] for d in loaded.documents] == ["a.yaml"]


def test_exclude_through_a_link_to_the_repository(
    repository: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository / "factcheck.toml").write_text('exclude = ["claims/drafts/**"]\n', encoding="utf-8")
    link = tmp_path / "link"
    try:
        link.symlink_to(repository, target_is_directory=True)
    except OSError:
        pytest.skip("no symbolic links here")
    assert verify_from(tmp_path, str(link / "claims"), capsys) == (0, 1)
    assert verify_from(link, "claims", capsys) == (0, 1)


def test_plain_patterns_of_a_config_built_in_code_are_relative_to_the_working_folder(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repository)
    for pattern in ("claims/drafts/*", "drafts/*"):
        for path in ("claims", repository / "claims", "./claims/"):
            assert [p.name for p in discover([path], [pattern])] == ["a.yaml"]
    monkeypatch.chdir(repository / "claims")
    assert [p.name for p in discover(["."], ["drafts/*"])] == ["a.yaml"]


def test_a_forecast_or_target_reads_its_date_forward_and_a_fact_back(
    write_files: WriteFiles,
) -> None:
    # Published Monday 25 November 2024: "will vote on Tuesday" is the 26th, not the 19th.
    claims = """
claims:
  - {id: vote, quote: "will vote on Tuesday", subject: commission, property: vote,
     kind: forecast, when: Tuesday}
  - {id: goal, quote: "by early December", subject: commission, property: goal,
     kind: target, when: early December}
  - {id: met, quote: "met on Tuesday", subject: commission, property: meeting, when: Tuesday}
"""
    folder = write_files({"a.yaml": source_block(language="en", published="2024-11-25") + claims})
    periods = {c.id: c.period for c in factcheck.load(folder).claims}
    assert periods["vote"] is not None and periods["vote"].start == dt.date(2024, 11, 26)
    assert periods["goal"] is not None and periods["goal"].start == dt.date(2024, 12, 1)
    assert periods["met"] is not None and periods["met"].start == dt.date(2024, 11, 19)


REVIEW = "    reviews:\n      - {date: 2015-07-28, by: desk, verdict: verified}\n"
SHARED_FIELDS = (
    source_block()
    + STAFF_CLAIM
    + """\
    reviews:
      - {date: 2015-07-28, by: desk, verdict: verified}
  - id: staff_2014
    quote: environ 80 personnes
    subject: Cloudwatt
    property: staff
    value: ~80 person
    when: "2014"
    reviews:
      - {date: 2015-07-28, by: desk, verdict: verified}
  - id: staff_2013
    quote: environ 70 personnes
    subject: Cloudwatt
    property: staff
    value: ~70 person
    when: "2013"
"""
)


def test_loaded_records_keep_which_fields_they_were_given() -> None:
    # records given the same fields share one set of their names (0.1 GB per 100k claims)
    first, second, third = load_text(SHARED_FIELDS, "a.yaml").claims
    given = {"id", "quote", "subject", "property", "value", "when"}
    assert third.model_fields_set == given
    assert second.model_fields_set == given | {"reviews"}
    assert first.model_fields_set == given - {"when"} | {"reviews"}
    assert first.reviews[0].model_fields_set == {"date", "by", "verdict"}
    assert first.model_dump(exclude_unset=True)["value"] == "~90 person"
    assert "note" not in second.model_dump(exclude_unset=True)


def test_assigning_a_field_of_a_loaded_record_marks_it_given_there_only() -> None:
    unreviewed = SHARED_FIELDS.replace(REVIEW, "")
    first, second, third = load_text(unreviewed, "a.yaml").claims
    second.note = "checked with the company"
    assert "note" in second.model_fields_set
    assert "note" in second.model_dump(exclude_unset=True)
    assert "note" not in third.model_fields_set
    assert "note" not in third.model_dump(exclude_unset=True)
    copy = third.model_copy(update={"summary": "headcount"})
    assert "summary" in copy.model_fields_set
    assert "summary" not in third.model_fields_set | second.model_fields_set
    assert first.model_fields_set == {"id", "quote", "subject", "property", "value"}
