"""JUnit XML, for the test views of Jenkins (``junit`` step) and GitLab (``reports: junit``).

A ``testsuite`` per claim file, named by its path. Each finding is a
``testcase`` named ``rule: claim ids`` (names stay stable when lines move, so
CI keeps a finding's history), numbered ``(2)``, ``(3)`` after the first when a
file has several of one name (GitLab keeps one case per name); one that fails the run (at or above
``--fail-on``) holds a ``failure`` whose ``type`` is its severity, one below
passes with its message as output, so the test view agrees with the exit code.
A file without findings holds one passing ``testcase`` named ``no findings``.
The ``classname`` is the file path with ``/`` as ``.`` (Jenkins groups
folders as packages and shows each file as a class). Suppressed findings are
skipped test cases, with ``--show-suppressed``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from factcheck.findings import Finding, Report, Suppression
from factcheck.reporters.base import RenderOptions, occurrences

# characters XML 1.0 cannot hold, even escaped; and lone surrogates (a file name that
# is not UTF-8, as Python read it), which no UTF-8 document can
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(report: Report, options: RenderOptions | None = None) -> str:
    """The report as a JUnit XML document."""
    options = options or RenderOptions()
    files: dict[str, list[ET.Element]] = {file: [] for file in report.files}
    for finding in report.findings:
        files.setdefault(finding.location.file, []).append(_case(finding, report))
    if options.show_suppressed:
        for suppression in report.suppressed:
            file = suppression.finding.location.file
            files.setdefault(file, []).append(_skipped(suppression))
    root = ET.Element("testsuites", name="factcheck")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for file, cases in files.items():
        if not cases:
            cases = [
                _element(
                    "testcase", name="no findings", classname=_classname(file), file=file, time="0"
                )
            ]
        counts = {
            "tests": len(cases),
            "failures": sum(1 for case in cases if case.find("failure") is not None),
            "skipped": sum(1 for case in cases if case.find("skipped") is not None),
        }
        _numbered(cases)
        suite = ET.SubElement(root, "testsuite", name=_clean(file))
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("errors", "0")
        suite.set("time", "0")
        suite.extend(cases)
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    root.set("time", "0")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _case(finding: Finding, report: Report) -> ET.Element:
    case = _testcase(finding)
    text = f"{finding.location}: {finding.severity.label} {finding.rule} {finding.message}"
    if report.fails(finding):
        failure = _element("failure", message=finding.message, type=finding.severity.label)
        failure.text = _clean(text)
        case.append(failure)
    else:
        output = ET.SubElement(case, "system-out")
        output.text = _clean(text)
    return case


def _skipped(suppression: Suppression) -> ET.Element:
    case = _testcase(suppression.finding)
    reason = f"suppressed by claim '{suppression.claim}': {suppression.reason}"
    case.append(_element("skipped", message=reason))
    return case


def _testcase(finding: Finding) -> ET.Element:
    name = finding.rule + (f": {', '.join(finding.claims)}" if finding.claims else "")
    file = finding.location.file
    case = _element("testcase", name=name, classname=_classname(file), file=file)
    if finding.location.line:
        case.set("line", str(finding.location.line))
    case.set("time", "0")
    return case


def _numbered(cases: list[ET.Element]) -> None:
    """Number the cases of a file that share a name: GitLab keeps one case per name."""
    names = [case.get("name", "") for case in cases]
    for case, name, count in zip(cases, names, occurrences(names), strict=True):
        if count > 1:
            case.set("name", f"{name} ({count})")


def _classname(file: str) -> str:
    return file.replace(".", "_").replace("/", ".").strip(".")


def _element(tag: str, **attributes: str) -> ET.Element:
    return ET.Element(tag, {key: _clean(value) for key, value in attributes.items()})


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
