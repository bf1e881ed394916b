"""JSON, stable (version 1): a summary and the findings, exactly as the spec writes them."""

from __future__ import annotations

import json

from factcheck.findings import Report

VERSION = 1


def render(report: Report, color: bool = False) -> str:
    """The report as the spec's JSON document."""
    del color  # machine-readable output is never coloured
    document = {
        "version": VERSION,
        "summary": report.summary.to_dict(),
        "findings": [finding.to_dict() for finding in report.findings],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
