"""What the subcommands share: the corpus arguments and loading the corpus they name."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

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


DEFAULT_PATHS = ["claims"]


def add_paths(parser: argparse.ArgumentParser, what: str = "claim files or folders") -> None:
    """Add the ``PATH ...`` argument (default: claims/)."""
    parser.add_argument(
        "paths",
        nargs="*",
        type=path_text,
        metavar="PATH",
        default=DEFAULT_PATHS,
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
    corpus = load(paths, config, Progress.if_wanted())  # PathNotFound: no claim file at all
    return config, corpus


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
