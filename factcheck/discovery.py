"""Finding the files of a run: claim files under the given paths, and the configuration.

Standard library only, so that a run answered from the cache (see
:mod:`factcheck.cache`) can find its files without loading the library.
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from factcheck.errors import UsageError

CLAIM_SUFFIXES = (".yaml", ".yml")
CONFIG_FILE = "factcheck.toml"
CONFIG_NAMES = (CONFIG_FILE, "pyproject.toml")


class PathNotFound(UsageError, FileNotFoundError):
    """A path given to verify does not exist; the run cannot be done (exit 2)."""


class ConfigError(UsageError):
    """The configuration cannot be used; the run stops with exit code 2."""


PathArg = str | os.PathLike[str]


def path_list(paths: PathArg | Iterable[PathArg]) -> list[PathArg]:
    """``paths`` (one path, or several) as a list; TypeError for what is not a path.

    A library caller passing bytes, or a list holding None, learns that here rather
    than from deep inside pathlib (bytes would be read as a list of numbers).
    """
    if isinstance(paths, str | os.PathLike):
        return [paths]
    if isinstance(paths, bytes | bytearray):
        raise TypeError("paths must be a str or a Path, not bytes (decode it with os.fsdecode)")
    if not isinstance(paths, Iterable):
        raise TypeError(f"paths must be a str or a Path, or several, not {type(paths).__name__}")
    listed = list(paths)
    for path in listed:
        if not isinstance(path, str | os.PathLike):
            kind = type(path).__name__
            raise TypeError(f"each path must be a str or a Path, not {kind}: {path!r}")
    return listed


def discover(paths: Iterable[PathArg], exclude: Sequence[str] = ()) -> list[Path]:
    """Claim files under ``paths``: files as given, folders walked recursively.

    Hidden folders (``.git``) are skipped, as are configuration files and
    files matching an ``exclude`` glob. The result is sorted and free of repeats.
    """
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            if path.name not in CONFIG_NAMES:
                found[path] = None
        elif path.is_dir():
            found.update(dict.fromkeys(_claim_files(path)))
        else:
            raise PathNotFound(f"{raw}: no such file or folder")
    return [p for p in found if not _excluded(p, exclude)]


def _claim_files(folder: Path) -> list[Path]:
    """The claim files under a folder, hidden folders and files skipped, in path order.

    ``os.walk`` prunes hidden folders (``.git``, a cache) instead of listing them, and
    the files are sorted by their parts, as paths compare, with no Python-level
    comparison per pair: an archive has thousands of files.
    """
    files = []
    for top, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            if name.endswith(CLAIM_SUFFIXES) and not name.startswith("."):
                candidate = os.path.join(top, name)
                if os.path.isfile(candidate):  # not a dangling link or a pipe
                    files.append(Path(candidate))
    files.sort(key=lambda file: file.parts)
    return files


def _excluded(path: Path, patterns: Sequence[str]) -> bool:
    posix = path.as_posix()
    return any(fnmatch.fnmatch(posix, pattern) for pattern in patterns)


def find_config(start: Path) -> Path | None:
    """Find the nearest ``factcheck.toml``, or ``pyproject.toml`` with ``[tool.factcheck]``."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        project = candidate / "pyproject.toml"
        if project.is_file() and "factcheck" in read_toml(project).get("tool", {}):
            return project
    return None


def read_toml(path: Path) -> dict[str, Any]:
    """Read a TOML file; an unreadable or invalid one is a ConfigError naming it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None


def config_table(path: Path) -> dict[str, Any]:
    """The factcheck table of a configuration file (``[tool.factcheck]`` in pyproject.toml)."""
    data = read_toml(path)
    if path.name == "pyproject.toml":
        table: dict[str, Any] = data.get("tool", {}).get("factcheck", {})
        return table
    return data
