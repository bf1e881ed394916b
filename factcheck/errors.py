"""The one exception every "the run cannot be done" problem derives from.

A missing path, an unreadable configuration or baseline, an unknown git ref:
the command line prints the message and exits 2. Kept in a module of its own,
with no imports, so the command line can catch it without loading the library.
"""


class UsageError(Exception):
    """The run cannot be done as asked; ``str(error)`` says why (exit code 2)."""
