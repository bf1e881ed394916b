"""Plain text: one ``file:line:col: severity rule-id message`` line a finding, then a summary.

The ``file:line:col`` prefix is what editors and terminals turn into links.
Colour only when asked (the CLI asks on a terminal, unless ``NO_COLOR`` is set).
Suppressed findings are listed, with their reasons, only when asked.
"""

from __future__ import annotations

from factcheck.findings import Finding, Location, Report, Severity, one_line
from factcheck.reporters.base import RenderOptions

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _GREEN, _RESET = "\033[1m", "\033[2m", "\033[32m", "\033[0m"


def plural(count: int, word: str) -> str:
    """``1 file``, ``2 files``."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def render(report: Report, options: RenderOptions | None = None) -> str:
    """The report as text lines followed by a one-line summary."""
    options = options or RenderOptions()
    color = options.color
    lines = [_line(finding, finding.severity.label, color) for finding in report.findings]
    if options.show_suppressed:
        for suppression in report.suppressed:
            line = _line(suppression.finding, "suppressed", color)
            lines.append(f"{line} (ignored by '{suppression.claim}': {suppression.reason})")
    lines.append(summary_line(report, color, suppressed_shown=options.show_suppressed))
    return "\n".join(lines) + "\n"


def shown_path(name: object) -> str:
    """A file name as printed for a human: it cannot send the terminal or the CI log commands.

    Control characters are escaped as in messages (see :func:`~factcheck.findings.one_line`),
    and a name starting with ``::`` (a GitHub workflow command at the start of a line)
    is shown as ``./::...``, the same file.
    """
    text = one_line(str(name))
    return f"./{text}" if text.startswith("::") else text


def shown_location(location: Location) -> str:
    """``file:line:col`` as printed for a human, the file shown by :func:`shown_path`."""
    return str(Location(shown_path(location.file), location.line, location.column))


def _line(finding: Finding, label: str, color: bool) -> str:
    rule = finding.rule
    where = shown_location(finding.location)
    if color:
        label = f"{_COLOURS[finding.severity] if label != 'suppressed' else _DIM}{label}{_RESET}"
        rule = f"{_DIM}{rule}{_RESET}"
        where = f"{_BOLD}{where}{_RESET}"
    return f"{where}: {label} {rule} {finding.message}"


def summary_line(report: Report, color: bool = False, *, suppressed_shown: bool = False) -> str:
    """One line: what was read, what was found (and not shown), and whether the run passes."""
    s = report.summary
    read = ", ".join(
        plural(n, w) for n, w in ((s.files, "file"), (s.claims, "claim"), (s.checks, "check"))
    )
    found = ", ".join(
        plural(n, w) for n, w in ((s.errors, "error"), (s.warnings, "warning"), (s.infos, "info"))
    )
    hidden = [
        text
        for count, text in (
            (0 if suppressed_shown else s.suppressed, f"{s.suppressed} suppressed"),
            (s.baselined, f"{s.baselined} in the baseline"),
            (s.outside_changes, f"{s.outside_changes} in unchanged files"),
        )
        if count
    ]
    if hidden:
        found += f" ({', '.join(hidden)} not shown)"
    if suppressed_shown and s.suppressed:
        found += f" ({s.suppressed} suppressed, listed above)"
    verdict = "ok" if report.ok else f"failed (findings at or above {report.fail_on.label})"
    if color:
        verdict = f"{_GREEN if report.ok else _COLOURS[Severity.ERROR]}{verdict}{_RESET}"
    return f"{read}: {found}: {verdict}"
