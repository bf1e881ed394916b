"""Findings, their locations and severities, and the report of a run.

A finding is one small immutable record (flake8's ``Violation``): the rule that
raised it, how severe it is, a one-line message, the claims involved and where
the record stands in its file. Rules yield :class:`Problem` (what and where); the
engine stamps the rule id and the configured severity to make a :class:`Finding`.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        """The lowercase name used in configuration and output (``error``)."""
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        """Read ``error``, ``warning`` or ``info`` (any case)."""
        try:
            return cls[text.strip().upper()]
        except KeyError:
            choices = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r}: choose one of {choices}") from None


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

    def to_dict(self) -> dict[str, object]:
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


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts shown at the end of every report."""

    files: int
    claims: int
    checks: int
    errors: int
    warnings: int
    infos: int

    def to_dict(self) -> dict[str, int]:
        """The summary as the stable JSON object of the spec."""
        return {
            "files": self.files,
            "claims": self.claims,
            "checks": self.checks,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The finished result of verifying a corpus.

    ``ok`` is true when no finding reaches ``fail_on`` (``error`` unless asked otherwise).
    """

    findings: tuple[Finding, ...]
    files: tuple[str, ...]
    claims: int
    checks: int
    fail_on: Severity = Severity.ERROR
    rules: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True when nothing reaches the ``fail_on`` severity."""
        return not any(f.severity >= self.fail_on for f in self.findings)

    @property
    def summary(self) -> Summary:
        """Counts of files, claims, checks and findings by severity."""
        counts = Counter(f.severity for f in self.findings)
        return Summary(
            files=len(self.files),
            claims=self.claims,
            checks=self.checks,
            errors=counts[Severity.ERROR],
            warnings=counts[Severity.WARNING],
            infos=counts[Severity.INFO],
        )

    def by_file(self) -> dict[str, list[Finding]]:
        """Findings grouped by file, in report order."""
        grouped: dict[str, list[Finding]] = {}
        for finding in self.findings:
            grouped.setdefault(finding.location.file, []).append(finding)
        return grouped


def display_path(path: Path) -> str:
    """A path as users expect it in messages: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Findings in stable report order (file, line, column, rule, message)."""
    return tuple(sorted(findings))
