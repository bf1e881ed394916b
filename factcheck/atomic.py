"""Write a file all at once: readers (a CI upload step, an editor) never see half of it."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from factcheck.discovery import is_inside


def write_bytes(
    path: Path,
    data: bytes,
    *,
    before_replace: Callable[[], None] | None = None,
    follow_links: bool = True,
) -> None:
    """Write bytes to a temporary file beside ``path``, then rename it over ``path``.

    A reader never sees half a file. An existing file keeps its permissions; a new one
    gets those any new file gets. Missing parent folders are created.

    A symbolic link inside the working folder (which may be a checkout: anyone could
    have committed it) is followed only when it leads back inside the working folder:
    the file it points to is replaced, the link stays. One that leads outside it is
    itself replaced by the file, and what it points to is left alone. A link outside
    the working folder (``/dev/stdout``, a link of the user's own) is followed. With
    ``follow_links=False`` no link is followed: a link at ``path`` is replaced.

    What is not a regular file (``/dev/stdout``, a named pipe) is written to
    directly, as a shell's ``>`` would, since it cannot be replaced.
    ``before_replace`` runs once the temporary file is complete, just before the
    rename: raising there (say, because the file changed meanwhile) writes nothing.
    Raises ``OSError`` when the file cannot be written.
    """
    replace_link = os.path.islink(path) and not _follows(path, follow_links)
    if not replace_link and path.exists() and not path.is_file():  # /dev/stdout is a pipe
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if before_replace is not None:
            before_replace()
        with path.open("wb") as stream:
            stream.write(data)
        return
    # a link followed: its target is the file to replace; one not followed gives way itself
    path = Path(os.path.abspath(path) if replace_link else os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if not replace_link and path.exists():
            mode = stat.S_IMODE(path.stat().st_mode)
        else:
            mode = 0o666 & ~_umask()
        os.chmod(temporary, mode)
        if before_replace is not None:
            before_replace()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def writes_through(link: Path) -> bool:
    """Whether a write to the symbolic link ``link`` goes to what it points to.

    Yes for a link outside the working folder (the user's own) or one that leads back
    inside it; no for a link inside the working folder (a checkout may have brought
    it) that leads outside.
    """
    return _follows(link, True)


def _follows(link: Path, follow_links: bool) -> bool:
    """Whether to write through the symbolic link ``link`` (see :func:`write_bytes`)."""
    if not follow_links:
        return False
    here = os.path.realpath(os.getcwd())
    folder, name = os.path.split(os.path.abspath(link))
    if not is_inside(os.path.join(os.path.realpath(folder), name), here):
        return True  # the user's own link, not one a checkout brought
    return is_inside(os.path.realpath(link), here)


def write_text(
    path: Path,
    text: str,
    *,
    before_replace: Callable[[], None] | None = None,
    follow_links: bool = True,
) -> None:
    """Write UTF-8 text atomically (see :func:`write_bytes`); line endings are kept as given.

    A file name that is not UTF-8 reached Python as surrogates: it is written back as
    its own bytes, as on the terminal.
    """
    data = text.encode("utf-8", "surrogateescape")
    write_bytes(path, data, before_replace=before_replace, follow_links=follow_links)


def _umask() -> int:
    # mkstemp creates 0600 files; a new file should get the permissions any new file gets
    mask = os.umask(0)
    os.umask(mask)
    return mask
