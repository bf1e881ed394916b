r"""GitHub Actions workflow commands: findings become annotations on the pull request's lines.

One ``::error``, ``::warning`` or ``::notice`` (for info) line a finding::

    ::error file=claims/a.yaml,line=12,col=5,title=factcheck quote-in-text::claim 'staff': ...

Values are escaped as the runner expects (``%``, ``\r``, ``\n`` everywhere,
and ``:`` and ``,`` in properties). Suppressed findings (with
``--show-suppressed``) and the summary are plain log lines. The suppressed
findings' lines show a claim file's own words (a file name, an ignore reason), which
the runner would obey if they spelled a command (a line starting ``::``, or
``##[`` anywhere): they are printed between ``::stop-commands::TOKEN`` and
``::TOKEN::``, which turn command processing off and on again. The token is a hash
of those lines, so they cannot contain it and the output stays the same run after run.
"""

from __future__ import annotations

import hashlib

from factcheck.findings import Finding, Report, Severity, one_line
from factcheck.reporters.base import RenderOptions
from factcheck.reporters.text_reporter import shown_location, summary_line

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(report: Report, options: RenderOptions | None = None) -> str:
    """The report as workflow commands, one a finding, then the summary."""
    options = options or RenderOptions()
    lines = [_command(finding) for finding in report.findings]
    if options.show_suppressed and report.suppressed:
        plain = [
            " ".join(
                f"{shown_location(s.finding.location)}: suppressed {s.finding.rule} "
                f"{s.finding.message} (ignored by '{s.claim}': {s.reason})".split()
            )
            for s in report.suppressed
        ]
        token = hashlib.sha256("\n".join(plain).encode()).hexdigest()[:32]
        lines += [f"::stop-commands::{token}", *plain, f"::{token}::"]
    lines.append(summary_line(report, suppressed_shown=options.show_suppressed))
    return "\n".join(lines) + "\n"


def _command(finding: Finding) -> str:
    properties: list[tuple[str, str]] = []
    file = finding.location.file
    if file and not file.startswith("<"):
        properties.append(("file", one_line(file)))  # an ESC is shown raw by the log
        if finding.location.line:
            properties.append(("line", str(finding.location.line)))
            if finding.location.column:
                properties.append(("col", str(finding.location.column)))
    properties.append(("title", f"factcheck {finding.rule}"))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[finding.severity]} {joined}::{escape_data(finding.message)}"


def escape_data(text: str) -> str:
    """Escape a command's message as the runner expects."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command's property value (``file``, ``title``) as the runner expects."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
