"""``python -m factcheck``: the command line."""

from factcheck.cli import run

run()
