"""The report cache: an unchanged corpus is answered from it, and it is never stale."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from factcheck import cache as cache_module
from factcheck.cache import ReportCache, report_from_dict, report_to_dict
from factcheck.cli import main
from tests.conftest import STAFF_CLAIM, WriteFiles, source_block

GOOD = source_block(text="a.txt") + STAFF_CLAIM


def run(folder: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:
    code = main(["verify", str(folder), "--format", "json", "--cache-dir", str(cache_dir), *extra])
    document = json.loads(capsys.readouterr().out)
    document["exit"] = code
    return document


@pytest.fixture
def corpus(write_files: WriteFiles) -> Path:
    return write_files({"a.yaml": GOOD, "a.txt": "qui emploie environ 90 personnes"})


def entries(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / "reports").glob("*.json"))


def test_second_run_is_answered_from_the_cache(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cache_dir = tmp_path / "cache"
    first = run(corpus, cache_dir, capsys)
    assert len(entries(cache_dir)) == 1
    # a hit never verifies: make verifying impossible and run again
    monkeypatch.setattr("factcheck.cli_verify._verify_corpus", lambda *a, **k: 1 / 0)
    assert run(corpus, cache_dir, capsys) == first
    assert (cache_dir / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


@pytest.mark.parametrize(
    "change",
    [
        "edit a claim file",
        "edit the source text",
        "change the configuration",
        "upgrade a dependency",
    ],
)
def test_any_change_invalidates_the_cache(
    change: str,
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cache_dir = tmp_path / "cache"
    assert run(corpus, cache_dir, capsys)["exit"] == 0
    if change == "edit a claim file":
        (corpus / "a.yaml").write_text(GOOD.replace("~90 person", "~95 person"), encoding="utf-8")
    elif change == "edit the source text":
        (corpus / "a.txt").write_text("qui emploie environ 80 personnes", encoding="utf-8")
    elif change == "change the configuration":
        (corpus / "factcheck.toml").write_text(
            '[rules.quote-in-text]\nseverity = "info"\n', "utf-8"
        )
    else:
        versions = cache_module.dependency_versions()
        monkeypatch.setattr(
            cache_module, "dependency_versions", lambda: {**versions, "pint": "99.0"}
        )
    after = run(corpus, cache_dir, capsys)
    if change == "upgrade a dependency":
        assert len(entries(cache_dir)) == 2
        return
    assert after["exit"] == (0 if change == "change the configuration" else 1)
    rules = {f["rule"] for f in after["findings"]}
    expected = {
        "edit a claim file": {"figure-in-quote"},
        "edit the source text": {"quote-in-text"},
        "change the configuration": set(),
    }[change]
    assert expected <= rules


def test_no_cache_neither_reads_nor_writes(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache_dir = tmp_path / "cache"
    run(corpus, cache_dir, capsys, "--no-cache")
    assert not cache_dir.exists()


def test_a_cache_that_cannot_be_written_is_noted_and_the_run_goes_on(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be\n", encoding="utf-8")
    code = main(["verify", str(corpus), "--format", "json", "--cache-dir", str(not_a_folder)])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)["summary"]["claims"] == 1
    assert f"note: the report was not cached in {not_a_folder}" in err
    assert not_a_folder.read_text(encoding="utf-8") == "a file where the cache folder should be\n"


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: "{not json",
        lambda entry: entry.replace('"texts": {', '"texts": [{').replace(
            '}, "report"', '}], "report"'
        ),
        lambda entry: "[" * 100_000 + "]" * 100_000,
        lambda entry: "[]",
        lambda entry: entry.replace('"findings": [', '"findings": 5, "x": [', 1),
        lambda entry: re.sub(r'"claims": \d+', '"claims": 1e999', entry),
    ],
    ids=["not JSON", "texts a list", "nested too deep", "a list", "report mangled", "infinity"],
)
def test_a_corrupt_entry_is_ignored(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: Any
) -> None:
    cache_dir = tmp_path / "cache"
    first = run(corpus, cache_dir, capsys)
    (entry,) = entries(cache_dir)
    damaged = damage(entry.read_text(encoding="utf-8"))
    entry.write_text(damaged, encoding="utf-8")
    assert run(corpus, cache_dir, capsys) == first
    assert entry.read_text(encoding="utf-8") != damaged  # verified again, and stored anew


def test_reports_round_trip_through_json(corpus: Path) -> None:
    import factcheck

    report = factcheck.verify(factcheck.load(corpus))
    assert report_from_dict(json.loads(json.dumps(report_to_dict(report)))) == report


def test_same_files_same_key_other_files_other_key(corpus: Path, write_files: WriteFiles) -> None:
    key = ReportCache.for_run([str(corpus)], None).key
    assert ReportCache.for_run([str(corpus)], None).key == key
    other = write_files({"b.yaml": GOOD}, folder="other")
    assert ReportCache.for_run([str(other)], None).key != key


@pytest.mark.parametrize("text", ["/dev/zero", "folder"])
def test_a_source_text_that_is_no_file_is_cached_without_being_read(
    write_files: WriteFiles, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    folder = write_files({"a.yaml": GOOD.replace("text: a.txt", f"text: {text}"), "folder/b": ""})
    cache_dir = tmp_path / "cache"
    first = run(folder, cache_dir, capsys)
    assert [f["rule"] for f in first["findings"]] == ["missing-text"]
    assert run(folder, cache_dir, capsys) == first  # the hit checks the text too, and returns
