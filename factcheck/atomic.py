"""Write a file all at once: readers (a CI upload step, an editor) never see half of it."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_bytes(
    path: Path, data: bytes, *, before_replace: Callable[[], None] | None = None
) -> None:
    """Write bytes to a temporary file beside ``path``, then rename it over ``path``.

    A reader never sees half a file. An existing file keeps its permissions; a new one
    gets those any new file gets. Missing parent folders are created. A symbolic link
    is followed: the file it points to is replaced, the link stays. What is not a
    regular file (``/dev/stdout``, a named pipe) is written to directly, as a shell's
    ``>`` would, since it cannot be replaced. ``before_replace`` runs once the
    temporary file is complete, just before the rename: raising there (say, because
    the file changed meanwhile) writes nothing. Raises ``OSError`` when the file
    cannot be written.
    """
    if path.exists() and not path.is_file():  # following links: /dev/stdout is a pipe
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if before_replace is not None:
            before_replace()
        with path.open("wb") as stream:
            stream.write(data)
        return
    path = Path(os.path.realpath(path))  # a link's target is the file to replace
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~_umask()
        os.chmod(temporary, mode)
        if before_replace is not None:
            before_replace()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str, **options: Callable[[], None] | None) -> None:
    """Write UTF-8 text atomically (see :func:`write_bytes`); line endings are kept as given.

    A file name that is not UTF-8 reached Python as surrogates: it is written back as
    its own bytes, as on the terminal.
    """
    write_bytes(path, text.encode("utf-8", "surrogateescape"), **options)


def _umask() -> int:
    # mkstemp creates 0600 files; a new file should get the permissions any new file gets
    mask = os.umask(0)
    os.umask(mask)
    return mask
