"""JSON, stable (version 1): a summary and the findings, exactly as the spec writes them.

Later additions only add keys: the summary counts hidden findings
(``suppressed``, ``baselined``, ``outside_changes``), and with
``--show-suppressed`` a ``suppressed`` list holds the silenced findings, each
with the claim that ignores it and the reason.
"""

from __future__ import annotations

from factcheck.findings import Report
from factcheck.reporters.base import RenderOptions, json_text


def render(report: Report, options: RenderOptions | None = None) -> str:
    """The report as the spec's JSON document (:meth:`Report.to_dict`)."""
    options = options or RenderOptions()
    return json_text(report.to_dict(options.show_suppressed))
