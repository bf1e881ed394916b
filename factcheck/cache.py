"""A persistent cache of finished reports, so that an unchanged archive verifies instantly.

The key is everything a report depends on: the content of every claim file,
the configuration file, factcheck's own code and version, and the versions of
the libraries that read the files, values and dates. A source text a claim file
names is recorded with the entry and checked on every hit. Any change gives
another key, so the cache is never stale; it is safe to delete at any time.
Entries are JSON (never pickle: a cache folder may come from anywhere) and
written atomically.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck import __version__, atomic
from factcheck.discovery import config_table, discover, find_config, read_regular_file
from factcheck.findings import Finding, Location, Report, RuleInfo, Severity, Suppression

DEFAULT_DIR = Path(".factcheck_cache")
FORMAT = 1
MAX_ENTRIES = 32
# What changes the findings besides the files: the libraries that read the files (yaml-rs's
# results are proven the exact reader's, but a new version is not trusted unseen), values
# and dates.
DEPENDENCIES = ("pydantic", "pint", "babel", "dateparser", "PyYAML", "yaml-rs", "text2num")
_PACKAGE = Path(__file__).resolve().parent


def dependency_versions() -> dict[str, str]:
    """The installed versions of the libraries the findings depend on."""
    from importlib import metadata

    versions = {}
    for name in DEPENDENCIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    return versions


def _code_signature() -> str:
    """Size and modification time of every module of factcheck: an edited rule is a new key."""
    parts = []
    for path in sorted(_PACKAGE.rglob("*.py")):
        stat = path.stat()
        parts.append(f"{path.relative_to(_PACKAGE)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def _file_digest(path: Path) -> str | None:
    try:
        return _digest(read_regular_file(path))
    except OSError:
        return None


@dataclass(frozen=True)
class ReportCache:
    """The cache entry of one run: where it lives and the key it answers to."""

    folder: Path
    key: str

    @classmethod
    def for_run(
        cls, paths: Iterable[str], config: Path | None, folder: Path = DEFAULT_DIR
    ) -> ReportCache:
        """The entry for verifying ``paths`` with ``config`` (found upward when None)."""
        paths = list(paths)
        config = config or find_config(Path(paths[0]))
        exclude: list[str] = []
        material = [f"format {FORMAT}", f"factcheck {__version__}", _code_signature()]
        material += [f"{k} {v}" for k, v in sorted(dependency_versions().items())]
        if config is not None:
            material.append(f"config {config.resolve()} {_file_digest(config)}")
            table = config_table(config)
            exclude = [p for p in table.get("exclude", []) if isinstance(p, str)]
        for path in discover(paths, exclude, config.parent if config is not None else None):
            material.append(f"file {path.as_posix()} {_file_digest(path)}")
        # surrogates: a file name that is not UTF-8, as Python read its bytes
        return cls(folder, _digest("\n".join(material).encode("utf-8", "surrogateescape")))

    @property
    def path(self) -> Path:
        """The entry's file."""
        return self.folder / "reports" / f"{self.key}.json"

    def get(self) -> Report | None:
        """The cached report, or None when there is none or a source text changed.

        An entry that is damaged (edited by hand, cut short, from another tool) is a
        miss like any other: the run verifies, and its entry replaces that one.
        """
        try:
            entry = json.loads(self.path.read_text(encoding="utf-8"))
            if entry["format"] != FORMAT:
                return None
            texts: Mapping[str, str | None] = entry["texts"]
            if any(_file_digest(Path(p)) != digest for p, digest in texts.items()):
                return None
            return report_from_dict(entry["report"])
        except (
            OSError, ValueError, ArithmeticError, RecursionError, LookupError, TypeError,
            AttributeError,
        ):  # fmt: skip
            return None

    def put(self, report: Report, texts: Iterable[Path]) -> str | None:
        """Store a report with the source texts it depends on; never fails the run.

        Returns why the report could not be stored (a read-only checkout, a file where
        the folder should be), or None once it is.
        """
        entry = {
            "format": FORMAT,
            "texts": {p.as_posix(): _file_digest(p) for p in texts},
            "report": report_to_dict(report),
        }
        try:
            self._prepare()
            # escaped: a file name that is not UTF-8 comes back as it was read
            atomic.write_text(self.path, json.dumps(entry))
            self._prune()
        except OSError as error:  # a read-only checkout still verifies, only without a cache
            return str(error.strerror or error)
        return None

    def _prepare(self) -> None:
        (self.folder / "reports").mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# created by factcheck: safe to delete\n*\n", encoding="utf-8")
        tag = self.folder / "CACHEDIR.TAG"
        if not tag.exists():
            tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n", encoding="utf-8")

    def _prune(self) -> None:
        entries = sorted(self.path.parent.glob("*.json"), key=_age)
        for old in entries[:-MAX_ENTRIES]:
            old.unlink(missing_ok=True)


def _age(entry: Path) -> float:
    """When an entry was written; one that another run just pruned sorts first."""
    try:
        return entry.stat().st_mtime
    except FileNotFoundError:
        return 0.0


def report_to_dict(report: Report) -> dict[str, Any]:
    """A report as plain JSON data (everything but ``fail_on``, which the run sets)."""
    return {
        "findings": [_finding(f) for f in report.findings],
        "files": list(report.files),
        "claims": report.claims,
        "checks": report.checks,
        "rules": [[r.id, r.summary, r.description, r.severity.label] for r in report.rules],
        "suppressed": [[_finding(s.finding), s.claim, s.reason] for s in report.suppressed],
    }


def report_from_dict(data: Mapping[str, Any]) -> Report:
    """Rebuild a report written by :func:`report_to_dict`."""
    return Report(
        findings=tuple(_read_finding(f) for f in data["findings"]),
        files=tuple(data["files"]),
        claims=int(data["claims"]),
        checks=int(data["checks"]),
        rules=tuple(RuleInfo(i, s, d, Severity.parse(v)) for i, s, d, v in data["rules"]),
        suppressed=tuple(Suppression(_read_finding(f), c, r) for f, c, r in data["suppressed"]),
    )


def _finding(finding: Finding) -> list[Any]:
    where = finding.location
    return [where.file, where.line, where.column, finding.rule, finding.severity.label,
            finding.message, list(finding.claims)]  # fmt: skip


def _read_finding(data: list[Any]) -> Finding:
    file, line, column, rule, severity, message, claims = data
    return Finding(
        Location(file, line, column), rule, Severity.parse(severity), message, tuple(claims)
    )
