"""SARIF 2.1.0, for code-scanning tools (GitHub code scanning, GitLab, Azure DevOps).

One run; ``tool.driver.rules`` documents every rule of the run (summary, the
Markdown documentation as help, the run's severity as default level). Each
finding is a result with its file (a URI relative to the working folder, the
repository root in CI), line and column when known, and a
``partialFingerprints`` entry (``factcheck/v1``) hashed from the finding's
identity: rule, claims, file and message without line numbers, so a tool
tracks the finding across commits that move it. Suppressed findings are
included, as suppressed results, only with ``--show-suppressed``.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from factcheck import __version__
from factcheck.findings import Finding, Report, RuleInfo, Severity, Suppression
from factcheck.reporters.base import RenderOptions, json_text, occurrences

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/factcheck/factcheck"
FINGERPRINT = "factcheck/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(report: Report, options: RenderOptions | None = None) -> str:
    """The report as one SARIF 2.1.0 log."""
    options = options or RenderOptions()
    index = {info.id: position for position, info in enumerate(report.rules)}
    # A finding with no place in the repository (a rule that crashed) is a notification
    # of the run, not a result: GitHub code scanning refuses a whole upload for one
    # result without a location.
    placed = [finding for finding in report.findings if _location(finding) is not None]
    unplaced = [finding for finding in report.findings if _location(finding) is None]
    results = [_result(finding, index) for finding in placed]
    if options.show_suppressed:
        results.extend(_suppressed(s, index) for s in report.suppressed)
    _distinct_fingerprints(results)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "factcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule(info) for info in report.rules],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if unplaced:
        run["invocations"] = [
            {
                "executionSuccessful": False,
                "toolExecutionNotifications": [_notification(f) for f in unplaced],
            }
        ]
    return json_text({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]})


def _distinct_fingerprints(results: list[dict[str, Any]]) -> None:
    """Number the fingerprints findings share (an id used three times: two alike findings).

    Code scanning merges results with one fingerprint into one alert; the second of a
    kind gets ``:2``, and so on, in report order.
    """
    prints = [result["partialFingerprints"][FINGERPRINT] for result in results]
    for result, fingerprint, count in zip(results, prints, occurrences(prints), strict=True):
        if count > 1:
            result["partialFingerprints"][FINGERPRINT] = f"{fingerprint}:{count}"


def _notification(finding: Finding) -> dict[str, Any]:
    return {
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "descriptor": {"id": finding.rule},
    }


def _rule(info: RuleInfo) -> dict[str, Any]:
    documentation = f"{info.summary}\n\n{info.description}".strip()
    first_paragraph = " ".join(info.description.split("\n\n", 1)[0].split())
    full = f"{info.summary} {first_paragraph}".strip()
    return {
        "id": info.id,
        "name": "".join(part.capitalize() for part in info.id.split("-")),
        "shortDescription": {"text": info.summary or info.id},
        "fullDescription": {"text": full or info.id},
        "help": {"text": documentation or info.id, "markdown": documentation or info.id},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
    }


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {"ruleId": finding.rule}
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    result["level"] = LEVELS[finding.severity]
    result["message"] = {"text": finding.message}
    location = _location(finding)
    if location is not None:
        result["locations"] = [location]
    result["partialFingerprints"] = {FINGERPRINT: finding.fingerprint}
    result["properties"] = {"claims": list(finding.claims), "severity": finding.severity.label}
    return result


def _suppressed(suppression: Suppression, index: dict[str, int]) -> dict[str, Any]:
    result = _result(suppression.finding, index)
    justification = f"ignored by claim '{suppression.claim}': {suppression.reason}"
    result["suppressions"] = [{"kind": "inSource", "justification": justification}]
    return result


def _location(finding: Finding) -> dict[str, Any] | None:
    file = finding.location.file
    if not file or file.startswith("<"):  # <factcheck>: not a place in the repository
        return None
    path = PurePosixPath(file)
    # a file name that is not UTF-8 reached Python with surrogates: its URI has its bytes
    uri = quote(path.as_posix(), errors="surrogateescape")
    artifact: dict[str, Any]
    if path.is_absolute():
        artifact = {"uri": "file://" + uri}
    else:
        artifact = {"uri": uri, "uriBaseId": "%SRCROOT%"}
    physical: dict[str, Any] = {"artifactLocation": artifact}
    if finding.location.line:
        region = {"startLine": finding.location.line}
        if finding.location.column:
            region["startColumn"] = finding.location.column
        physical["region"] = region
    return {"physicalLocation": physical}
