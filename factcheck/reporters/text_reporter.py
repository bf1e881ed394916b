"""Plain text: one ``file:line:col: severity rule-id message`` line a finding, then a summary.

The ``file:line:col`` prefix is what editors and terminals turn into links.
Colour only when asked (the CLI asks on a terminal, unless ``NO_COLOR`` is set).
"""

from __future__ import annotations

from factcheck.findings import Report, Severity

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _GREEN, _RESET = "\033[1m", "\033[2m", "\033[32m", "\033[0m"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render(report: Report, color: bool = False) -> str:
    """The report as text lines followed by a one-line summary."""
    lines = []
    for finding in report.findings:
        severity = finding.severity.label
        rule = finding.rule
        where = str(finding.location)
        if color:
            severity = f"{_COLOURS[finding.severity]}{severity}{_RESET}"
            rule = f"{_DIM}{rule}{_RESET}"
            where = f"{_BOLD}{where}{_RESET}"
        lines.append(f"{where}: {severity} {rule} {finding.message}")
    lines.append(summary_line(report, color))
    return "\n".join(lines) + "\n"


def summary_line(report: Report, color: bool = False) -> str:
    """One line: what was read, what was found, and whether the run passes."""
    s = report.summary
    read = ", ".join(
        _plural(n, w) for n, w in ((s.files, "file"), (s.claims, "claim"), (s.checks, "check"))
    )
    found = ", ".join(
        _plural(n, w) for n, w in ((s.errors, "error"), (s.warnings, "warning"), (s.infos, "info"))
    )
    verdict = "ok" if report.ok else f"failed (findings at or above {report.fail_on.label})"
    if color:
        verdict = f"{_GREEN if report.ok else _COLOURS[Severity.ERROR]}{verdict}{_RESET}"
    return f"{read}: {found}: {verdict}"
