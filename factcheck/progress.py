"""A progress line for long runs on a terminal: files and claims per second, on stderr.

Shown only when stderr is a terminal, outside CI (the ``CI`` variable is unset),
and once a run has lasted ``delay`` seconds, so short runs, CI logs and
machine-readable output never see it.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from factcheck.model import Document


class Progress:
    """Counts loaded files and claims and redraws one line at most ten times a second."""

    def __init__(self, stream: TextIO | None = None, delay: float = 2.0, action: str = "") -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.action = action  # what is being done to the files, e.g. "writing pages"
        self.started = time.monotonic()
        self.files = 0
        self.claims = 0
        self._drawn = 0.0

    @staticmethod
    def wanted(stream: TextIO | None = None) -> bool:
        """Tell whether a progress line belongs on this stream (a terminal, outside CI)."""
        stream = stream if stream is not None else sys.stderr
        return stream.isatty() and not os.environ.get("CI")

    @classmethod
    def if_wanted(cls, action: str = "") -> Progress | None:
        """A progress line on stderr when it belongs there (see :meth:`wanted`), else None."""
        return cls(action=action) if cls.wanted() else None

    def __call__(self, document: Document, total: int) -> None:
        """Count one loaded file; redraw the line when it is due."""
        self.files += 1
        self.claims += len(document.claims)
        now = time.monotonic()
        elapsed = now - self.started
        if elapsed < self.delay or (now - self._drawn < 0.1 and self.files < total):
            return
        self._drawn = now
        rate = self.claims / elapsed if elapsed else 0.0
        width = 24
        done = int(width * self.files / max(total, 1))
        bar = "#" * done + "-" * (width - done)
        action = f"{self.action}: " if self.action else ""
        self.stream.write(
            f"\r{action}[{bar}] {self.files}/{total} files, {self.claims} claims "
            f"({self.files / elapsed:.0f} files/s, {rate:.0f} claims/s)"
        )
        if self.files >= total:
            self.stream.write("\n")
        self.stream.flush()
