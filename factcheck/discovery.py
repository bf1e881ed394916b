"""Finding the files of a run: claim files under the given paths, and the configuration.

Standard library only, so that a run answered from the cache (see
:mod:`factcheck.cache`) can find its files without loading the library.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import re
import stat
import tomllib
from collections.abc import Callable, Iterable, Sequence
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
        return path_list([paths])
    if isinstance(paths, bytes | bytearray):
        raise TypeError("paths must be a str or a Path, not bytes (decode it with os.fsdecode)")
    if not isinstance(paths, Iterable):
        raise TypeError(f"paths must be a str or a Path, or several, not {type(paths).__name__}")
    listed = list(paths)
    for path in listed:
        if not isinstance(path, str | os.PathLike):
            kind = type(path).__name__
            raise TypeError(f"each path must be a str or a Path, not {kind}: {path!r}")
        if not os.fspath(path):  # Path("") would be the working folder
            raise PathNotFound("an empty path names no file or folder")
    return listed


def read_regular_file(path: PathArg, *, follow_links: bool = True) -> bytes:
    """The bytes of a regular file; OSError for anything else.

    A source text named ``/dev/zero`` or a named pipe would be read forever (or wait
    for a writer): such a file is refused before a byte is read, as is a name Python
    cannot pass to the system (one holding a NUL). With ``follow_links=False``, a
    symbolic link is refused too (the report cache reads nothing through one).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow_links:
        if not hasattr(os, "O_NOFOLLOW") and os.path.islink(path):  # Windows
            raise OSError(errno.ELOOP, "a symbolic link", os.fspath(path))
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        # non-blocking: opening a pipe with no writer would otherwise wait for one
        handle = os.open(path, flags)
    except ValueError as error:  # an embedded NUL
        raise OSError(errno.EINVAL, "not a valid file name", os.fspath(path)) from error
    with os.fdopen(handle, "rb") as stream:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            message = "not a regular file (a folder, a device or a pipe)"
            raise OSError(errno.EINVAL, message, os.fspath(path))
        return stream.read()


def is_inside(path: str, folder: str) -> bool:
    """Whether ``path`` is ``folder`` or lies under it (both absolute and normalised)."""
    path, folder = os.path.normcase(path), os.path.normcase(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def require_claim_files(
    paths: Sequence[PathArg],
    exclude: Sequence[str] = (),
    base: PathArg | None = None,
    config: PathArg | None = None,
) -> None:
    """Raise PathNotFound when the paths hold no claim file; ConfigError when all are excluded.

    ConfigError when the folders given hold claim files, but the configuration
    (``config``, whose ``exclude`` globs are relative to ``base``) excludes every one.
    A CI job pointed at the wrong folder would otherwise pass, as would one whose
    corpus a configuration hides whole (a ``factcheck.toml`` with ``exclude = ["*"]``
    added into the claims' folder wins over the repository's). Files named on the
    command line that the configuration excludes do count: a hook given only
    excluded files has nothing to do, rightly.
    """
    if not discover(paths):
        suffixes = ", ".join(f"*{suffix}" for suffix in CLAIM_SUFFIXES)
        where = ", ".join(map(str, paths)) or "no path given"
        raise PathNotFound(f"no claim files ({suffixes}) in {where}: nothing to check")
    if not exclude:
        return
    folders = [path for path in paths if os.path.isdir(path)]
    if folders and discover(folders) and not discover(paths, exclude, base):
        where = ", ".join(map(str, folders))
        globs = ", ".join(f'"{glob}"' for glob in exclude)
        by = f"the configuration {config}" if config is not None else "the configuration"
        raise ConfigError(
            f"every claim file in {where} is excluded by {by} (exclude = [{globs}]): "
            "nothing was checked; name the configuration to use with --config, or "
            "narrow its exclude"
        )


def discover(
    paths: Sequence[PathArg], exclude: Sequence[str] = (), base: PathArg | None = None
) -> list[Path]:
    """Claim files under ``paths``: files as given, folders walked recursively.

    Hidden folders (``.git``) are skipped, as are configuration files and files an
    ``exclude`` glob matches: relative to ``base`` (the configuration file's folder;
    the working folder when None) or to a folder given that holds the file (see
    :class:`_Exclusion`). The result is sorted and free of repeats.
    """
    found: dict[Path, list[str]] = {}  # each file, and where it is (absolute paths)
    roots: list[str] = []  # the folders given, absolute
    locate = bool(exclude)
    for raw in paths:
        path = Path(raw)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            raise PathNotFound(f"{raw}: no such file or folder") from None
        except OSError as error:  # a name too long, a folder that may not be entered
            raise PathNotFound(f"{raw}: {error.strerror or error}") from None
        except ValueError:  # a NUL in the name
            raise PathNotFound(f"{raw!r}: not a valid file name") from None
        if stat.S_ISREG(mode):
            if path.name not in CONFIG_NAMES:
                places = found.setdefault(path, [])
                if locate:
                    places.extend(_places(path, folder=False))
        elif stat.S_ISDIR(mode):
            spellings = _places(path, folder=True) if locate else ()
            roots.extend(spellings)
            for file, inside in _claim_files(path):
                places = found.setdefault(file, [])
                places.extend(os.path.join(spelling, inside) for spelling in spellings)
        else:
            raise PathNotFound(f"{raw}: not a file or folder (a device or a pipe)")
    if len(paths) > 1:  # 'claims/ /abs/claims' names each file twice: keep the first
        found = _once_each(found)
    if not locate:
        return list(found)
    exclusion = _Exclusion(exclude, [*roots, *_places(base or os.curdir, folder=True)])
    return [path for path, places in found.items() if not exclusion.excludes(places)]


def _once_each(found: dict[Path, list[str]]) -> dict[Path, list[str]]:
    """The files, each once whatever its spelling (as absolute paths, without a syscall)."""
    here = os.getcwd()
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(os.path.normpath(os.path.join(here, path)), path)
    if len(unique) == len(found):
        return found
    kept = set(unique.values())
    return {path: places for path, places in found.items() if path in kept}


def _claim_files(folder: Path) -> list[tuple[Path, str]]:
    """The claim files under a folder, hidden folders and files skipped, in path order.

    Each comes with its path inside the folder. ``os.walk`` prunes hidden folders
    (``.git``, a cache) instead of listing them, and the files are sorted by their
    parts, as paths compare, with no Python-level comparison per pair: an archive
    has thousands of files. A linked folder is walked, unless it leads back inside
    the folder or to a folder already walked (a loop, or the same files twice).
    """
    files = []
    root = os.fspath(folder)
    real_root = os.path.realpath(root)
    walked = {real_root}
    for top, folders, names in os.walk(root, followlinks=True):
        folders[:] = [
            name
            for name in sorted(folders)  # the first of two links to one folder is the same
            if not name.startswith(".") and _first_visit(os.path.join(top, name), real_root, walked)
        ]
        inside = top[len(root) :].lstrip(os.sep)  # os.walk joins onto root: no syscall
        # `names` holds no folder: a dangling link or a pipe named *.yaml is kept, so that
        # loading reports it rather than its claims going unchecked without a word
        for name in names:
            if name.lower().endswith(CLAIM_SUFFIXES) and not name.startswith("."):
                files.append((Path(top, name), os.path.join(inside, name)))
    files.sort(key=lambda file: file[0].parts)
    return files


def _first_visit(folder: str, real_root: str, walked: set[str]) -> bool:
    """Whether to walk ``folder``: always a real one, a linked one only once and if outside."""
    if not os.path.islink(folder):
        return True
    real = os.path.realpath(folder)
    if real in walked or real.startswith(real_root + os.sep):
        return False
    walked.add(real)
    return True


def _places(path: PathArg, folder: bool) -> tuple[str, ...]:
    """Where a path is, absolute: as spelled, and with symbolic links resolved when that differs.

    For a file only its folder is resolved: a linked claim file is matched by its own name.
    """
    absolute = os.path.abspath(path)
    if folder:
        real = os.path.realpath(absolute)
    else:
        head, name = os.path.split(absolute)
        real = os.path.join(os.path.realpath(head), name)
    return (absolute,) if real == absolute else (absolute, real)


class _Exclusion:
    """Which files the ``exclude`` globs skip, the same however the paths are spelled.

    A pattern is matched (``fnmatch``, ``*`` crossing ``/``) against the file's path
    relative to each of ``folders`` that holds it: the configuration's folder and the
    folders given to verify. Paths are compared as absolute strings, both as spelled
    and with links resolved, so ``claims/``, ``./claims``, ``/abs/claims`` and ``.``
    inside ``claims`` mean the same; no syscall per file.
    """

    def __init__(self, patterns: Sequence[str], folders: Sequence[str]) -> None:
        self.prefixes = _prefixes(folders)
        self.matches = _compile(patterns)

    def excludes(self, places: Sequence[str]) -> bool:
        """Whether a file found at these absolute places is skipped."""
        for place in places:
            for prefix in self.prefixes:
                if place.startswith(prefix) and self.matches(
                    os.path.normcase(place[len(prefix) :])
                ):
                    return True
        return False


def _prefixes(folders: Sequence[str]) -> tuple[str, ...]:
    """The folders as prefixes of the paths inside them (``/abs/claims/``), without repeats."""
    ends = (os.sep, os.altsep or os.sep)
    return tuple(dict.fromkeys(f if f.endswith(ends) else f + os.sep for f in folders))


def _compile(patterns: Sequence[str]) -> Callable[[str], object]:
    """One regular expression for globs, as ``fnmatch.fnmatch`` reads them (case, ``/``)."""
    either = "|".join(fnmatch.translate(os.path.normcase(pattern)) for pattern in patterns)
    return re.compile(either).match


def find_config(start: Path) -> Path | None:
    """Find the nearest ``factcheck.toml``, or ``pyproject.toml`` with ``[tool.factcheck]``."""
    folder = start.resolve()
    try:
        if not folder.is_dir():
            folder = folder.parent
    except OSError as error:  # a name too long: nothing can be found from there
        raise PathNotFound(f"{start}: {error.strerror or error}") from None
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.exists():  # a folder of that name is named as such, not passed over
            return own
        project = candidate / "pyproject.toml"
        if project.is_file():
            tool = read_toml(project).get("tool")
            if isinstance(tool, dict) and "factcheck" in tool:
                return project
    return None


def ignored_configs(
    paths: Sequence[PathArg], files: Iterable[PathArg], used: PathArg | None
) -> list[Path]:
    """The configuration files inside a run that it does not use, in path order.

    One configuration applies to a whole run (``used``, or the defaults when None). A
    ``factcheck.toml``, or a ``pyproject.toml`` with ``[tool.factcheck]``, in a folder
    given (``paths``), in a folder between it and one of the run's claim files
    (``files``), or beside a claim file named on its own, is passed over: the claim
    files under it are read with the settings in use, its financial year too, where a
    run of that folder alone would read them with its own. Each distinct folder is
    looked at once (a stat or two), never a file's content but a ``pyproject.toml``'s.
    """
    roots = [os.path.abspath(path) for path in paths if os.path.isdir(path)]
    in_use = os.path.realpath(used) if used is not None else None
    seen: set[str] = set()
    found: list[Path] = []
    folders = {os.path.dirname(os.fspath(file)) for file in files}  # few, for many files
    for folder in sorted(os.path.abspath(folder or os.curdir) for folder in folders):
        inside = [root for root in roots if is_inside(folder, root)]
        top = min(inside, key=len) if inside else folder  # a file named on its own: its folder
        while True:
            if folder not in seen:
                seen.add(folder)
                config = _config_in(Path(folder))
                if config is not None and os.path.realpath(config) != in_use:
                    found.append(config)
            if len(folder) <= len(top):  # the top reached (or the file system's root)
                break
            folder = os.path.dirname(folder)
    return sorted(found)


def _config_in(folder: Path) -> Path | None:
    """The configuration file of ``folder`` itself, as :func:`find_config` would find it there."""
    own = folder / CONFIG_FILE
    if own.is_file():
        return own
    project = folder / "pyproject.toml"
    if project.is_file():
        try:
            tool = read_toml(project).get("tool")
        except ConfigError:  # not readable: not a configuration a run could have used
            return None
        if isinstance(tool, dict) and "factcheck" in tool:
            return project
    return None


def read_toml(path: Path) -> dict[str, Any]:
    """Read a TOML file; an unreadable or invalid one is a ConfigError naming it."""
    if path.is_dir():
        raise ConfigError(f"{path}: a folder, not a configuration file")
    if path.exists() and not path.is_file():
        raise ConfigError(f"{path}: a device or a pipe, not a configuration file")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: cannot read: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None


def config_table(path: Path) -> dict[str, Any]:
    """The factcheck table of a configuration file (``[tool.factcheck]`` in pyproject.toml)."""
    table = read_toml(path)
    keys = ("tool", "factcheck") if path.name == "pyproject.toml" else ()
    for depth, key in enumerate(keys, 1):
        table = table.get(key, {})
        if not isinstance(table, dict):
            dotted = ".".join(keys[:depth])
            raise ConfigError(
                f"{path}: '{dotted}' must be a table: [{dotted}] or {{key = value, ...}} "
                f"(got {table!r})"
            )
    return table
