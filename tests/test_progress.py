"""The progress line: only on a terminal, outside CI, after the delay."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.model import Claim, Document
from factcheck.progress import Progress
from tests.conftest import CLAIMS


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def document(claims: int) -> Document:
    claim = Claim(id="a", quote="q", subject="s", property="p")
    return Document("a.yaml", claims=[claim] * claims)


def test_progress_counts_files_and_claims_and_ends_the_line() -> None:
    stream = Terminal()
    progress = Progress(stream, delay=0)
    for _ in range(3):
        progress(document(50), 3)
    out = stream.getvalue()
    assert "3/3 files, 150 claims" in out and "claims/s" in out and out.endswith("\n")


def test_short_runs_show_nothing() -> None:
    stream = Terminal()
    progress = Progress(stream, delay=60)
    progress(document(5), 1)
    assert stream.getvalue() == ""


def test_only_on_a_terminal_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert Progress.wanted(Terminal())
    assert not Progress.wanted(io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not Progress.wanted(Terminal())


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", "--no-cache", "--format", "json"],
        ["status", "--format", "json"],
        ["history", "Cloudwatt", "--format", "json"],
        ["export", "--format", "csv"],
        ["review", "--verdict", "verified", "--by", "desk", "--dry-run"],
    ],
)
def test_every_command_that_reads_an_archive_shows_it_on_stderr_only(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("CI", raising=False)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(Progress.__init__, "__defaults__", (None, 0.0, ""))  # no delay
    command, *options = argv
    if command == "history":
        main([command, options[0], str(CLAIMS), *options[1:]])
    elif command == "review":  # a dry run: the claim file stays as it is
        main([command, "cloudwatt_launch", str(CLAIMS), *options])
    else:
        main([command, str(CLAIMS), *options])
    assert "1/1 files, 27 claims" in terminal.getvalue()
    assert "files/s" not in capsys.readouterr().out  # the output itself stays clean


def test_the_report_shows_its_pages_being_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("CI", raising=False)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(Progress.__init__, "__defaults__", (None, 0.0, ""))  # no delay
    assert main(["report", str(CLAIMS), "-o", str(tmp_path / "site")]) == 0
    lines = terminal.getvalue().split("\n")
    assert lines[0].startswith("\r[") and "1/1 files, 27 claims" in lines[0]  # loading
    assert lines[1].startswith("\rwriting pages: [") and "1/1 files, 27 claims" in lines[1]
    assert "files/s" not in capsys.readouterr().out
