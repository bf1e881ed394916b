"""Reporters turn a finished report into text; they never decide anything.

``REPORTERS`` maps each ``--format`` name to its reporter; the CLI's choices
come from it, so adding a format is adding a module here.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.findings import Report
from factcheck.reporters import json_reporter, text_reporter

Reporter = Callable[[Report, bool], str]

REPORTERS: dict[str, Reporter] = {
    "text": text_reporter.render,
    "json": json_reporter.render,
}
