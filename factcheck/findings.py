"""Findings, their locations and severities, and the report of a run.

A finding is one small immutable record (flake8's ``Violation``): the rule that
raised it, how severe it is, a one-line message, the claims involved and where
the record stands in its file. Rules yield :class:`Problem` (what and where); the
engine stamps the rule id and the configured severity to make a :class:`Finding`.

The :class:`Report` carries everything reporters need, rule documentation
included (:class:`RuleInfo`), so reporters never import the rules.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NotRequired, TypedDict


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        """The lowercase name used in configuration and output (``error``)."""
        return self.name.lower()

    def __str__(self) -> str:
        """The label, as output shows it: ``f"{severity}"`` is ``warning``, not ``2``."""
        return self.label

    @classmethod
    def parse(cls, text: str) -> Severity:
        """Read ``error``, ``warning`` or ``info`` (any case)."""
        try:
            return cls[text.strip().upper()]
        except KeyError:
            choices = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r}: choose one of {choices}") from None


class LocationDict(TypedDict):
    """Where a finding stands, in the JSON report: 1-based line and column, 0 when unknown."""

    file: str
    line: int
    column: int


class FindingDict(TypedDict):
    """A finding in the JSON report (``--format json``, ``Report.to_dict()``)."""

    rule: str
    severity: str  # error, warning or info
    message: str
    claims: list[str]
    location: LocationDict


class SuppressedDict(FindingDict):
    """A finding a claim's ``ignore`` silenced, with the claim and its reason."""

    ignored_by: str
    reason: str


class SummaryDict(TypedDict):
    """The counts of the JSON report."""

    files: int
    claims: int
    checks: int
    errors: int
    warnings: int
    infos: int
    suppressed: int
    baselined: int
    outside_changes: int


class ReportDict(TypedDict):
    """The JSON report: ``--format json`` prints exactly this."""

    version: int
    summary: SummaryDict
    findings: list[FindingDict]
    suppressed: NotRequired[list[SuppressedDict]]  # with show_suppressed


@dataclass(frozen=True, order=True, slots=True)
class Location:
    """A place in a claim file: 1-based line and column (0 when unknown)."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.column or 1}"


JSON_VERSION = 1  # of the JSON report: later additions only add keys

# C0 and C1 controls (an 8-bit CSI is an escape sequence to some terminals), line and
# paragraph separators, and the bidirectional overrides and isolates that make a line
# read other than it is written
_LINE_BREAKING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def one_line(text: str) -> str:
    r"""``text`` with its line breaks and control characters escaped (``\n``, ``\x1b``).

    What a claim file says is shown on one line of a terminal or a CI log, and cannot
    send it escape sequences (C1 controls such as ``\x9b`` included) nor reorder what
    it shows (bidirectional overrides, ``\u202e``).
    """
    return _LINE_BREAKING.sub(_escaped, text) if _LINE_BREAKING.search(text) else text


@dataclass(frozen=True, slots=True)
class Problem:
    """What a rule found: a message, the claims involved and where to look."""

    message: str
    location: Location
    claims: tuple[str, ...] = ()


@dataclass(frozen=True, order=True, slots=True)
class Finding:
    """A problem stamped by the engine with its rule id and severity.

    Findings sort by location, then rule, then message, so output is stable.
    """

    location: Location
    rule: str
    severity: Severity
    message: str
    claims: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # A message is one line (spec section 2), whatever the claim it quotes holds: a
        # quote's line break or an id's tab is shown escaped, as \n or \t.
        object.__setattr__(self, "message", one_line(self.message))

    def __str__(self) -> str:
        """The finding as ``factcheck verify`` prints it (``file:line:col: severity rule msg``)."""
        return f"{self.location}: {self.severity.label} {self.rule} {self.message}"

    def to_dict(self) -> FindingDict:
        """The finding as the stable JSON object of the spec."""
        return {
            "rule": self.rule,
            "severity": self.severity.label,
            "message": self.message,
            "claims": list(self.claims),
            "location": {
                "file": self.location.file,
                "line": self.location.line,
                "column": self.location.column,
            },
        }

    @property
    def identity(self) -> tuple[str, tuple[str, ...], str, str]:
        """What makes two findings the same across edits: rule, claims, file, message.

        Line numbers are left out (of the location and of the message), so a
        finding keeps its identity when lines are added elsewhere in its file.
        """
        return (self.rule, tuple(sorted(self.claims)), self.location.file, normalise(self.message))

    @property
    def fingerprint(self) -> str:
        """A stable hash of :attr:`identity`, for tools that track findings across commits."""
        return hash_identity(*self.identity)


_FILE_POSITION = re.compile(r"(\.ya?ml|\.txt):\d+(?::\d+)?")
_LINE_WORD = re.compile(r"\b(lines?|columns?|col)\s+\d+")


def normalise(message: str) -> str:
    """A message without the line and column numbers it may cite.

    ``first at claims/a.yaml:12:5`` becomes ``first at claims/a.yaml`` and
    ``line 12`` becomes ``line N``; every other figure is part of the message.
    """
    message = _FILE_POSITION.sub(r"\1", message)
    return _LINE_WORD.sub(lambda m: f"{m.group(1)} N", message)


def hash_identity(rule: str, claims: Iterable[str], file: str, message: str) -> str:
    """The hex SHA-256 of a finding's identity (claims sorted, message normalised)."""
    identity = [rule, sorted(claims), file, normalise(message)]
    data = json.dumps(identity, ensure_ascii=False, separators=(",", ":"))
    # surrogates: the bytes of a file name that is not UTF-8, as Python read them
    return hashlib.sha256(data.encode("utf-8", "surrogateescape")).hexdigest()


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What reporters show of a rule: id, one-line summary, Markdown documentation, severity.

    ``severity`` is the severity this run gives the rule's findings (the
    rule's default unless configuration changed it).
    """

    id: str
    summary: str
    description: str = ""
    severity: Severity = Severity.ERROR

    @classmethod
    def from_doc(cls, rule_id: str, doc: str | None, severity: Severity) -> RuleInfo:
        """Split a docstring into its summary line and its Markdown body."""
        summary, _, body = (doc or "").strip().partition("\n")
        return cls(rule_id, summary.strip(), body.strip(), severity)


@dataclass(frozen=True, slots=True)
class Suppression:
    """A finding silenced by a claim's ``ignore``, with the claim and its reason."""

    finding: Finding
    claim: str
    reason: str

    def __post_init__(self) -> None:
        # shown after the message, on its line: escaped as the message is
        object.__setattr__(self, "reason", one_line(self.reason))


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts shown at the end of every report.

    ``errors``, ``warnings`` and ``infos`` count the findings reported;
    ``suppressed`` (by ``ignore``), ``baselined`` (in the baseline) and
    ``outside_changes`` (in files unchanged since ``--changed-since``) count
    the findings the run found but does not report.
    """

    files: int
    claims: int
    checks: int
    errors: int
    warnings: int
    infos: int
    suppressed: int = 0
    baselined: int = 0
    outside_changes: int = 0

    def to_dict(self) -> SummaryDict:
        """The summary as the spec's stable JSON object, with the counts of hidden findings."""
        return {
            "files": self.files,
            "claims": self.claims,
            "checks": self.checks,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
            "suppressed": self.suppressed,
            "baselined": self.baselined,
            "outside_changes": self.outside_changes,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The finished result of verifying a corpus.

    ``ok`` is true when no finding reaches ``fail_on`` (``error`` unless asked otherwise).
    ``rules`` documents every rule whose findings the report may hold.
    """

    findings: tuple[Finding, ...]
    files: tuple[str, ...]
    claims: int
    checks: int
    fail_on: Severity = Severity.ERROR
    rules: tuple[RuleInfo, ...] = field(default=(), repr=False)  # their documentation: long
    suppressed: tuple[Suppression, ...] = ()
    baselined: int = 0
    outside_changes: int = 0

    @property
    def ok(self) -> bool:
        """True when nothing reaches the ``fail_on`` severity."""
        return not any(self.fails(f) for f in self.findings)

    def fails(self, finding: Finding) -> bool:
        """True when this finding alone makes the run fail."""
        return finding.severity >= self.fail_on

    def rule(self, rule_id: str) -> RuleInfo | None:
        """The documentation of a rule of this run, or None."""
        return next((info for info in self.rules if info.id == rule_id), None)

    @property
    def summary(self) -> Summary:
        """Counts of files, claims, checks, findings by severity and hidden findings."""
        counts = Counter(f.severity for f in self.findings)
        return Summary(
            files=len(self.files),
            claims=self.claims,
            checks=self.checks,
            errors=counts[Severity.ERROR],
            warnings=counts[Severity.WARNING],
            infos=counts[Severity.INFO],
            suppressed=len(self.suppressed),
            baselined=self.baselined,
            outside_changes=self.outside_changes,
        )

    def to_dict(self, show_suppressed: bool = False) -> ReportDict:
        """The report as the spec's JSON document (``--format json``), as Python data.

        ``{"version": 1, "summary": {...}, "findings": [...]}``; with
        ``show_suppressed``, a ``suppressed`` list of the silenced findings too, each
        with the claim that ignores it and the reason.
        """
        document: ReportDict = {
            "version": JSON_VERSION,
            "summary": self.summary.to_dict(),
            "findings": [finding.to_dict() for finding in self.findings],
        }
        if show_suppressed:
            document["suppressed"] = [
                SuppressedDict(**s.finding.to_dict(), ignored_by=s.claim, reason=s.reason)
                for s in self.suppressed
            ]
        return document

    def by_file(self) -> dict[str, list[Finding]]:
        """Findings grouped by file, in report order."""
        grouped: dict[str, list[Finding]] = {}
        for finding in self.findings:
            grouped.setdefault(finding.location.file, []).append(finding)
        return grouped


def display_path(path: Path) -> str:
    """A path as users expect it in messages: relative to the working folder when inside it.

    A relative path without ``..`` is shown as given, and an absolute one without
    ``..`` under the working folder relative to it, with no system call per file (a
    large archive has thousands of files). Other paths are resolved first.
    """
    if ".." not in path.parts:
        if not path.is_absolute():
            return path.as_posix()
        text, cwd = path.as_posix(), Path(os.getcwd()).as_posix()  # getcwd has no symlinks
        if text.startswith(cwd) and text[len(cwd) : len(cwd) + 1] == "/":
            return text[len(cwd) + 1 :]
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Findings in stable report order (file, line, column, rule, message)."""
    return tuple(sorted(findings))
