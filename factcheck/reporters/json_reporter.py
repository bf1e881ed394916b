"""JSON, stable (version 1): a summary and the findings, exactly as the spec writes them.

Later additions only add keys: the summary counts hidden findings
(``suppressed``, ``baselined``, ``outside_changes``), and with
``--show-suppressed`` a ``suppressed`` list holds the silenced findings, each
with the claim that ignores it and the reason.
"""

from __future__ import annotations

from typing import Any

from factcheck.findings import Report
from factcheck.reporters.base import RenderOptions, json_text

VERSION = 1


def render(report: Report, options: RenderOptions | None = None) -> str:
    """The report as the spec's JSON document."""
    options = options or RenderOptions()
    document: dict[str, Any] = {
        "version": VERSION,
        "summary": report.summary.to_dict(),
        "findings": [finding.to_dict() for finding in report.findings],
    }
    if options.show_suppressed:
        document["suppressed"] = [
            {**s.finding.to_dict(), "ignored_by": s.claim, "reason": s.reason}
            for s in report.suppressed
        ]
    return json_text(document)
