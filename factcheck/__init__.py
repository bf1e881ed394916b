"""factcheck: keep the facts of news articles straight.

Claims are encoded as typed YAML records; :func:`load` reads them with their
locations, :func:`verify` checks them against each other and their sources::

    import factcheck
    corpus = factcheck.load("claims/")
    report = factcheck.verify(corpus)
    report.ok, report.findings
"""

from __future__ import annotations

from factcheck.config import Config, ConfigError, load_config
from factcheck.engine import verify
from factcheck.findings import Finding, Location, Report, Severity, Summary
from factcheck.loading import PathNotFound, load
from factcheck.model import Check, Claim, ClaimFile, Corpus, Document, Review, Source

__version__ = "0.1.0"

__all__ = [
    "Check",
    "Claim",
    "ClaimFile",
    "Config",
    "ConfigError",
    "Corpus",
    "Document",
    "Finding",
    "Location",
    "PathNotFound",
    "Report",
    "Review",
    "Severity",
    "Source",
    "Summary",
    "__version__",
    "load",
    "load_config",
    "verify",
]
