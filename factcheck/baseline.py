"""Baselines: accept today's findings so that a run fails only on new ones.

``factcheck baseline -o FILE`` records every finding of a run; ``factcheck
verify --baseline FILE`` then reports only the findings that are not in it.
A finding's identity is its rule, its claim ids (sorted), its file (relative to
the baseline's folder, so runs from another folder agree) and its message with
line numbers removed: it survives edits elsewhere in the file. Identical
findings are counted, so a third copy of a finding recorded twice is new.

Entries that no longer match any finding are *stale*: each becomes an info
finding ``baseline-stale`` at its line of the baseline file, so the baseline
shrinks as findings are fixed (rewrite it with ``factcheck baseline``).

The file is JSON, one entry a line, sorted, so that it diffs well in review::

    {
      "version": 1,
      "findings": [
        {"file": "claims/a.yaml", "rule": "quote-in-text", "claims": ["staff"], "message": "..."}
      ]
    }
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factcheck.errors import UsageError
from factcheck.findings import (
    Finding,
    Location,
    Report,
    RuleInfo,
    Severity,
    display_path,
    normalise,
    sort_findings,
)

VERSION = 1
BASELINE_STALE = "baseline-stale"
RULE_INFO = RuleInfo(
    BASELINE_STALE,
    "A baseline entry no longer matches any finding.",
    """\
With ``factcheck verify --baseline FILE``, findings recorded in the baseline
are accepted and only new ones are reported. An entry that matches no finding
any more (it was fixed, or its claim or message changed) is reported at its
line of the baseline file, as information: remove it, or rewrite the baseline
with ``factcheck baseline -o FILE``. A built-in rule: it is not configured
in ``factcheck.toml`` and never fails a run unless ``--fail-on info``.""",
    Severity.INFO,
)


class BaselineError(UsageError):
    """The baseline file cannot be read or is not a baseline; the run stops (exit 2)."""


@dataclass(frozen=True, order=True, slots=True)
class Entry:
    """One accepted finding: file (relative to the baseline's folder), rule, claims, message."""

    file: str
    rule: str
    claims: tuple[str, ...]
    message: str

    @classmethod
    def of(cls, finding: Finding, folder: Path, files: _Files | None = None) -> Entry:
        """The entry that a finding matches, for a baseline kept in ``folder``.

        ``files`` (the run's files, see :func:`_run_files`) puts the claim files a message
        names (``'x1' (d/a.yaml) says ...``) relative to the folder too, as the entry's
        own file is: a run from another working folder matches the same entries.
        """
        message = normalise(finding.message)
        if files is not None and files.pattern is not None:
            message = files.pattern.sub(lambda m: files.relative[m[0]], message)
        return cls(
            _relative(finding.location.file, folder),
            finding.rule,
            tuple(sorted(finding.claims)),
            message,
        )

    def to_dict(self) -> dict[str, Any]:
        """The entry as its JSON object."""
        return {
            "file": self.file,
            "rule": self.rule,
            "claims": list(self.claims),
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class Baseline:
    """A baseline as read: where it is, its entries, and each entry's line (0 when unknown)."""

    path: Path
    entries: tuple[Entry, ...]
    lines: tuple[int, ...]

    @property
    def folder(self) -> Path:
        """The folder that entry files are relative to."""
        return self.path.resolve().parent


def _relative(file: str, folder: Path) -> str:
    if file.startswith("<"):  # <factcheck>: not a file
        return file
    return Path(os.path.relpath(Path(file).resolve(), folder)).as_posix()


@dataclass(frozen=True, slots=True)
class _Files:
    """The files of a run, as messages name them and relative to the baseline's folder."""

    relative: dict[str, str]
    pattern: re.Pattern[str] | None  # any of them, as a whole path (longest first)


def _run_files(files: Iterable[str], folder: Path) -> _Files:
    relative = {file: _relative(file, folder) for file in files}
    names = sorted(relative, key=len, reverse=True)
    either = "|".join(re.escape(name) for name in names)
    pattern = re.compile(rf"(?<![\w./-])(?:{either})(?![\w/-])") if names else None
    return _Files(relative, pattern)


def dumps(report: Report, folder: Path) -> str:
    """The baseline file's text for a report's findings, kept in ``folder``."""
    files = _run_files(report.files, folder)
    entries = sorted(Entry.of(finding, folder, files) for finding in report.findings)
    rows = ",\n".join("    " + json.dumps(entry.to_dict(), ensure_ascii=False) for entry in entries)
    body = f"\n{rows}\n  " if rows else ""
    return f'{{\n  "version": {VERSION},\n  "findings": [{body}]\n}}\n'


def load(path: Path) -> Baseline:
    """Read a baseline file; raises :class:`BaselineError` naming what is wrong."""
    try:
        # as written: file names that are not UTF-8 keep their bytes (see atomic.write_text)
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
    except FileNotFoundError:
        raise BaselineError(
            f"{path}: no such baseline file (create it with 'factcheck baseline -o {path}')"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: cannot read the baseline: {error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BaselineError(f"{path}: not a factcheck baseline: invalid JSON ({error})") from None
    except (RecursionError, ValueError) as error:  # nested too deep; an int of 4,300+ digits
        reason = "nested too deeply" if isinstance(error, RecursionError) else "a number too long"
        raise BaselineError(f"{path}: not a factcheck baseline: {reason}") from None
    entries = tuple(_entries(data, path))
    return Baseline(path, entries, _lines(text, entries))


def _entries(data: Any, path: Path) -> Iterable[Entry]:
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise BaselineError(f'{path}: not a factcheck baseline (expected "version": {VERSION})')
    rows = data.get("findings")
    if not isinstance(rows, list):
        raise BaselineError(f'{path}: not a factcheck baseline (no "findings" list)')
    for number, row in enumerate(rows, 1):
        if not (
            isinstance(row, dict)
            and all(isinstance(row.get(key), str) for key in ("file", "rule", "message"))
            and isinstance(row.get("claims", []), list)
            and all(isinstance(claim, str) for claim in row.get("claims", []))
        ):
            raise BaselineError(
                f"{path}: entry {number} needs 'file', 'rule' and 'message' strings "
                "and a 'claims' list of ids"
            )
        yield Entry(
            row["file"],
            row["rule"],
            tuple(sorted(row.get("claims", []))),
            normalise(row["message"]),
        )


def _lines(text: str, entries: tuple[Entry, ...]) -> tuple[int, ...]:
    """Each entry's line, when the file keeps one entry a line as ``dumps`` writes it."""
    found: dict[Entry, list[int]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip().rstrip(",")
        if not stripped.startswith("{"):
            continue
        try:
            row = json.loads(stripped)
            entry = Entry(
                row["file"], row["rule"], tuple(sorted(row["claims"])), normalise(row["message"])
            )
        except (ValueError, KeyError, TypeError):
            continue
        found.setdefault(entry, []).append(number)
    return tuple(found[entry].pop(0) if found.get(entry) else 0 for entry in entries)


def apply(report: Report, baseline: Baseline) -> Report:
    """The report without the findings the baseline accepts, plus its stale entries."""
    remaining = Counter(baseline.entries)
    files = _run_files(report.files, baseline.folder)
    new: list[Finding] = []
    for finding in report.findings:
        entry = Entry.of(finding, baseline.folder, files)
        if remaining[entry] > 0:
            remaining[entry] -= 1
        else:
            new.append(finding)
    # an entry of a file this run did not verify is not stale: its finding was not sought
    checked = {*files.relative.values(), "<factcheck>"}
    for entry in list(remaining):
        if entry.file not in checked:
            del remaining[entry]
    stale = _stale(baseline, remaining)
    return replace(
        report,
        findings=sort_findings([*new, *stale]),
        baselined=len(report.findings) - len(new),
        rules=(*report.rules, RULE_INFO),
    )


def _stale(baseline: Baseline, remaining: Counter[Entry]) -> list[Finding]:
    where = display_path(baseline.path)
    stale = []
    # the last copies of a repeated entry are the stale ones
    for entry, line in reversed(list(zip(baseline.entries, baseline.lines, strict=True))):
        if remaining[entry] <= 0:
            continue
        remaining[entry] -= 1
        named = ", ".join(f"'{claim}'" for claim in entry.claims)
        about = f"claim{'s' if len(entry.claims) > 1 else ''} {named}" if entry.claims else "file"
        message = (
            f"no longer found: {entry.rule} for {about} in {entry.file}; remove the entry "
            "or rewrite the baseline with 'factcheck baseline'"
        )
        location = Location(where, line, 1 if line else 0)
        stale.append(Finding(location, BASELINE_STALE, Severity.INFO, message, entry.claims))
    return stale
