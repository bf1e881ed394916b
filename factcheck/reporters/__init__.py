"""Reporters turn a finished report into text; they never decide anything.

``REPORTERS`` maps each ``--format`` name to its reporter; the CLI's choices
come from it, so adding a format is adding a module here. Every reporter is
``render(report, options) -> str``; what it shows comes from the report alone
(rule documentation included), so no reporter imports the rules or the engine.
"""

from __future__ import annotations

from factcheck.reporters import (
    github_reporter,
    json_reporter,
    junit_reporter,
    sarif_reporter,
    text_reporter,
)
from factcheck.reporters.base import RenderOptions as RenderOptions
from factcheck.reporters.base import Reporter

REPORTERS: dict[str, Reporter] = {
    "text": text_reporter.render,
    "json": json_reporter.render,
    "sarif": sarif_reporter.render,
    "junit": junit_reporter.render,
    "github": github_reporter.render,
}
