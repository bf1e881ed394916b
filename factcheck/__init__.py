"""factcheck: keep the facts of news articles straight.

Claims are encoded as typed YAML records; :func:`load` reads them with their
locations, :func:`verify` checks them against each other and their sources::

    import factcheck
    corpus = factcheck.load("claims/")
    report = factcheck.verify(corpus)
    report.ok, report.findings

The public names are imported on first use (PEP 562), so that the command line
starts without loading what a run does not need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Config": "factcheck.config",
    "ConfigError": "factcheck.config",
    "load_config": "factcheck.config",
    "verify": "factcheck.engine",
    "Finding": "factcheck.findings",
    "Location": "factcheck.findings",
    "Report": "factcheck.findings",
    "Severity": "factcheck.findings",
    "Summary": "factcheck.findings",
    "PathNotFound": "factcheck.discovery",
    "load": "factcheck.loading",
    "Check": "factcheck.model",
    "Claim": "factcheck.model",
    "ClaimFile": "factcheck.model",
    "Corpus": "factcheck.model",
    "Document": "factcheck.model",
    "Review": "factcheck.model",
    "Source": "factcheck.model",
}

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

if TYPE_CHECKING:
    from factcheck.config import Config, ConfigError, load_config
    from factcheck.discovery import PathNotFound
    from factcheck.engine import verify
    from factcheck.findings import Finding, Location, Report, Severity, Summary
    from factcheck.loading import load
    from factcheck.model import Check, Claim, ClaimFile, Corpus, Document, Review, Source
else:  # type checkers see the imports above: a misspelt name is an error, not an Any

    def __getattr__(name: str) -> Any:
        """Import a public name from its module the first time it is used."""
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
