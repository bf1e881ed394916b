"""A persistent cache of finished reports, so that an unchanged archive verifies instantly.

The key is everything a report depends on: the content of every claim file,
the configuration file, factcheck's own code and version, and the versions of
the libraries that read the files, values and dates. A source text a claim file
names is recorded with the entry and checked on every hit. Any change gives
another key, so the cache is never stale; it is safe to delete at any time.
Entries are JSON (never pickle: a cache folder may come from anywhere) and
written atomically.

The cache folder may come with the checkout, which an untrusted contributor writes:
every entry is signed (HMAC-SHA256) with a secret kept outside the working folder,
in ``$XDG_CACHE_HOME/factcheck/cache-key`` (``~/.cache/factcheck/cache-key``),
created readable by its owner only on first use. An entry that is not signed with
that key is a miss. No link inside the cache is followed: a cache folder or a
``reports`` folder that is a symbolic link makes the cache unusable (the run goes on
without it), files are never written through a link, and only regular files named
as entries are ever pruned.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck import __version__, atomic
from factcheck.discovery import config_table, discover, find_config, read_regular_file
from factcheck.findings import Finding, Location, Report, RuleInfo, Severity, Suppression

DEFAULT_DIR = Path(".factcheck_cache")
FORMAT = 2
MAX_ENTRIES = 32
KEY_NAME = "cache-key"
_SIGNATURE = b"factcheck-cache-entry "  # then the HMAC in hex and a line break, then the JSON
_ENTRY_NAME = re.compile(r"[0-9a-f]{40}\.json")  # what ReportCache.path names, and nothing else
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

        An entry that is damaged (edited by hand, cut short, from another tool) or not
        signed with this user's key (committed with the checkout, say) is a miss like
        any other: the run verifies, and its entry replaces that one.
        """
        if self._unusable() is not None:
            return None
        try:
            secret = _read_key(key_path())
            body = _entry_body(read_regular_file(self.path, follow_links=False), secret, self.key)
            if body is None:
                return None
            entry = json.loads(body)
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
        the folder should be, a cache folder that is a symbolic link, no place for the
        key), or None once it is.
        """
        entry = {
            "format": FORMAT,
            "texts": {p.as_posix(): _file_digest(p) for p in texts},
            "report": report_to_dict(report),
        }
        unusable = self._unusable()
        if unusable is not None:
            return unusable
        try:
            secret = _key(key_path())
        except OSError as error:
            return f"cannot use the cache key {key_path()}: {error.strerror or error}"
        # escaped: a file name that is not UTF-8 comes back as it was read
        body = json.dumps(entry).encode("ascii")
        try:
            self._prepare()
            unusable = self._unusable()  # made by another run meanwhile?
            if unusable is not None:
                return unusable
            atomic.write_bytes(self.path, _signed(body, secret, self.key), follow_links=False)
            self._prune()
        except OSError as error:  # a read-only checkout still verifies, only without a cache
            return str(error.strerror or error)
        return None

    def _unusable(self) -> str | None:
        """Why the cache folder must not be used: a link, which could lead anywhere."""
        for folder in (self.folder, self.folder / "reports"):
            if folder.is_symlink():
                return f"{folder} is a symbolic link, which the cache never follows"
        return None

    def _prepare(self) -> None:
        (self.folder / "reports").mkdir(parents=True, exist_ok=True)
        _create_once(self.folder / ".gitignore", "# created by factcheck: safe to delete\n*\n")
        _create_once(self.folder / "CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n")

    def _prune(self) -> None:
        """Keep the newest entries; only regular files named as entries are ever removed."""
        entries = []
        with os.scandir(self.path.parent) as listing:
            for item in listing:
                if not _ENTRY_NAME.fullmatch(item.name):
                    continue
                try:
                    info = item.stat(follow_symlinks=False)
                except FileNotFoundError:  # another run just pruned it
                    continue
                if stat.S_ISREG(info.st_mode):
                    entries.append((info.st_mtime, item.name))
        entries.sort()
        for _, name in entries[:-MAX_ENTRIES]:
            (self.path.parent / name).unlink(missing_ok=True)


def key_path() -> Path:
    """Where this user's cache key is kept: ``$XDG_CACHE_HOME/factcheck/cache-key``.

    ``~/.cache`` when ``XDG_CACHE_HOME`` is unset or relative (as the XDG
    specification says); never in the working folder, which a checkout fills.
    """
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "factcheck", KEY_NAME)


def _read_key(path: Path) -> bytes:
    """The secret in the key file; ValueError when the file is too short to be one."""
    secret = read_regular_file(path).strip()
    if len(secret) < 32:
        raise ValueError(f"{path}: not a cache key")
    return secret


def _key(path: Path) -> bytes:
    """The secret in the key file, which is created (readable by its owner only) when missing.

    The new key is written whole in a temporary file, then linked to its name: a
    run never reads half a key, and of two runs creating it at once, both use the
    first one's. A damaged key is replaced.
    """
    try:
        return _read_key(path)
    except FileNotFoundError:
        damaged = False
    except ValueError:
        damaged = True
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{KEY_NAME}.", dir=path.parent)  # 0600
    try:
        with os.fdopen(handle, "w", encoding="ascii") as stream:
            stream.write(os.urandom(32).hex() + "\n")
            stream.flush()
            os.fsync(stream.fileno())
        if damaged:
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)
            except FileExistsError:
                pass  # another run created it first: its key is the one
            except OSError:  # a file system without hard links
                os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
    try:
        return _read_key(path)
    except ValueError as error:
        raise OSError(str(error)) from None


def _mac(body: bytes, secret: bytes, key: str) -> bytes:
    """The signature of an entry's JSON, bound to its key (an entry cannot be renamed)."""
    return hmac.new(secret, key.encode("ascii") + b"\n" + body, hashlib.sha256).hexdigest().encode()


def _signed(body: bytes, secret: bytes, key: str) -> bytes:
    return _SIGNATURE + _mac(body, secret, key) + b"\n" + body


def _entry_body(data: bytes, secret: bytes, key: str) -> bytes | None:
    """An entry's JSON when it is signed with ``secret`` for ``key``, else None."""
    head, _, body = data.partition(b"\n")
    if not head.startswith(_SIGNATURE):
        return None
    if not hmac.compare_digest(head[len(_SIGNATURE) :], _mac(body, secret, key)):
        return None
    return body


def _create_once(path: Path, text: str) -> None:
    """Create a small file unless something (even a dangling link) has that name already."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(path, flags, 0o666)
    except FileExistsError:
        return
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)


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
