"""What the subcommands share: the corpus arguments and loading the corpus they name."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import UsageError

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.model import Corpus


def path_text(text: str) -> str:
    """Read a file or folder argument; an empty one is a usage error.

    ``""`` (a shell variable left unset) would be the working folder: ``verify ""``
    would check whatever is there, ``report -o ""`` write its pages into it.
    """
    if not text:
        raise argparse.ArgumentTypeError("an empty path (a shell variable left unset?)")
    return text


def path_argument(text: str) -> Path:
    """Read a file or folder argument as a Path; an empty one is a usage error."""
    return Path(path_text(text))


def add_paths(parser: argparse.ArgumentParser, what: str = "claim files or folders") -> None:
    """Add the ``PATH ...`` argument (default: claims/)."""
    parser.add_argument(
        "paths",
        nargs="*",
        type=path_text,
        metavar="PATH",
        default=["claims"],
        help=f"{what} (default: claims/)",
    )


def add_config(parser: argparse.ArgumentParser) -> None:
    """Add ``--config FILE``."""
    parser.add_argument(
        "--config",
        type=path_argument,
        metavar="FILE",
        help="configuration file (default: found upward from the first PATH)",
    )


def load_corpus(paths: Sequence[str], config_path: Path | None) -> tuple[Config, Corpus]:
    """Read the configuration, then the corpus; raises UsageError (exit 2) when impossible.

    Every command that reads an archive shows the same progress line while loading
    (on a terminal, outside CI, once loading has lasted two seconds).
    """
    from factcheck.config import load_config
    from factcheck.loading import load
    from factcheck.progress import Progress

    config = load_config(config_path, start=Path(paths[0]))
    corpus = load(paths, config, Progress.if_wanted())
    if not corpus.documents:
        require_claim_files(paths)
    return config, corpus


def require_claim_files(paths: Sequence[str]) -> None:
    """Raise UsageError when the paths hold no claim file at all.

    A CI job pointed at the wrong folder would otherwise pass. Files the configuration
    excludes do count: a hook given only excluded files has nothing to do, rightly.
    """
    from factcheck.discovery import CLAIM_SUFFIXES, discover

    if not discover(paths):
        suffixes = ", ".join(f"*{suffix}" for suffix in CLAIM_SUFFIXES)
        where = ", ".join(map(str, paths))
        raise UsageError(f"no claim files ({suffixes}) in {where}: nothing to check")


STANDARD_OUTPUT = "-"


def output_file(text: str) -> Path | None:
    """Read an ``--output`` argument: a file, or None for ``-``, the standard output."""
    return None if text == STANDARD_OUTPUT else path_argument(text)


def iso_date(text: str) -> dt.date:
    """Read a ``YYYY-MM-DD`` argument; anything else is a usage error naming it."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None
