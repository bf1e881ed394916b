"""What the subcommands share: the corpus arguments and loading the corpus they name."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable, Sequence
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


def load_corpus(
    paths: Sequence[str], config_path: Path | None, warn: bool = True
) -> tuple[Config, Corpus]:
    """Read the configuration, then the corpus; raises UsageError (exit 2) when impossible.

    Every command that reads an archive shows the same progress line while loading
    (on a terminal, outside CI, once loading has lasted two seconds), and warns of the
    configuration files inside the archive that the run passes over (unless ``warn`` is
    false: ``verify`` warns itself, as a report from its cache is never loaded).
    """
    from factcheck.config import load_config
    from factcheck.loading import load
    from factcheck.progress import Progress

    config = load_config(config_path, start=Path(paths[0]))
    corpus = load(paths, config, Progress.if_wanted())  # PathNotFound: no claim file at all
    if warn:
        files = [document.path for document in corpus.documents]
        warn_ignored_configs(paths, files, config.path)
    return config, corpus


def warn_ignored_configs(paths: Sequence[str], files: Iterable[str], used: Path | None) -> None:
    """Say on stderr, once each, which configuration files inside the run it passes over."""
    for message in ignored_config_warnings(paths, files, used):
        print(f"factcheck: warning: {message}", file=sys.stderr)


def ignored_config_warnings(
    paths: Sequence[str], files: Iterable[str], used: Path | None
) -> list[str]:
    """A message for each configuration file inside the run that it does not use.

    One configuration applies to a run (``used``, found upward from its first path or
    named with ``--config``): a ``uk/factcheck.toml`` with an April financial year is not
    read when the run starts at the root, and ``2023/24`` in ``uk/`` would be read with the
    root's year without a word (see :func:`factcheck.discovery.ignored_configs`).
    """
    from factcheck.discovery import ignored_configs
    from factcheck.findings import display_path
    from factcheck.reporters.text_reporter import shown_path

    messages = []
    in_use = shown_path(display_path(used)) if used is not None else "none, the defaults"
    for config in ignored_configs(paths, files, used):
        shown = shown_path(display_path(config))
        folder = shown_path(display_path(config.parent))
        ignored, applied = _financial_year(config), _financial_year(used)
        years = ""
        if ignored != applied:
            with_year = f"financial_year_start {applied}" if applied else "no financial_year_start"
            theirs = f"not {shown}'s {ignored}" if ignored else f"where {shown} sets none"
            years = f" ({with_year}, {theirs})"
        head = (
            f"{shown} is not used: a run reads one configuration, here {in_use}, and the "
            f"claim files under {folder} are read with it{years}"
        )
        settings = _settings(config)
        if not [setting for setting in settings if setting != _YEAR_SETTING]:
            messages.append(
                f"{head}; give those that need a financial year of their own "
                f"financial_year_start in their source: block (and remove {shown}), or "
                f"verify {folder} in a run of its own"
            )
            continue
        into = in_use if used is not None else "a factcheck.toml where the run starts"
        year = (
            "; a financial year of their own can go in their source: block instead "
            "(financial_year_start)"
            if ignored is not None
            else ""
        )
        messages.append(
            f"{head}, not with what {shown} sets ({'; '.join(settings)}): to keep them, "
            f"verify {folder} in a run of its own, or move those settings up into {into} "
            f"(and remove {shown}){year}"
        )
    return messages


_YEAR_SETTING = "[dates] financial_year_start"
_NAMES_SHOWN = 4  # names of a table said in the warning; the others are counted


def _settings(config: Path) -> list[str]:
    """What a configuration file sets, table by table (``[properties] seats, turnout``)."""
    from factcheck.discovery import ConfigError, config_table

    try:
        table = config_table(config)
    except ConfigError:
        return []
    said = []
    for key, value in table.items():
        if not isinstance(value, dict):
            said.append(key)
        elif value:
            names = list(value)
            shown = ", ".join(names[:_NAMES_SHOWN])
            more = len(names) - _NAMES_SHOWN
            said.append(f"[{key}] {shown}" + (f" and {more} more" if more > 0 else ""))
    return said


def _financial_year(config: Path | None) -> int | None:
    """The ``[dates] financial_year_start`` a configuration file sets, if it can be read."""
    from factcheck.discovery import ConfigError, config_table

    if config is None:
        return None
    try:
        dates = config_table(config).get("dates")
    except ConfigError:
        return None
    month = dates.get("financial_year_start") if isinstance(dates, dict) else None
    return month if isinstance(month, int) and not isinstance(month, bool) else None


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
