"""``factcheck report``: write the editor's HTML view of the claim files and their findings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck.cli_common import add_config, add_paths, iso_date, load_corpus, path_argument
from factcheck.errors import UsageError

EXIT_OK, EXIT_USAGE = 0, 2

EPILOG = """\
examples:
  factcheck report -o report/                 every claim file under claims/
  factcheck report claims/2015/ -o /tmp/r     a folder (walked recursively) or files
  factcheck report -o report/ --open          then open report/index.html in a browser

The site is static and self-contained: index.html lists every source with its
counts and the worst findings first; each source has a page with its text, every
claim's quote highlighted where it stands, and the claims' explanations beside
it. Copy the folder anywhere; it needs no server and no network.

exit codes:
  0  the report was written (whatever it found: gate CI on 'factcheck verify')
  2  it could not be: no such path, unreadable configuration, unwritable folder
     (the folder is then left as it was: the pages are moved into place at the end)
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``report`` subcommand's parser."""
    report = commands.add_parser(
        "report",
        help="write an HTML report: each article with its claims highlighted in place",
        description="Write a static HTML site showing each source's text with its claims "
        "highlighted where they stand, their values, dates, reviews and findings.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_paths(report)
    report.add_argument(
        "-o",
        "--output",
        type=path_argument,
        metavar="DIR",
        default=Path("report"),
        help="folder to write the site into, created if needed (default: report/)",
    )
    report.add_argument(
        "--open", action="store_true", help="open the index page in a web browser when done"
    )
    report.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the day to judge stale reviews on, as 'factcheck status' does (default: today)",
    )
    add_config(report)
    report.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load, verify, write the site, say where it is; 2 when that cannot be done."""
    from factcheck.engine import verify
    from factcheck.html_report import write_report
    from factcheck.progress import Progress

    try:
        config, corpus = load_corpus(args.paths, args.config)
    except UsageError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    report = verify(corpus, config)
    output: Path = args.output
    if output.exists() and not output.is_dir():
        print(f"factcheck: error: {output} exists and is not a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        index = write_report(
            corpus,
            report,
            output,
            config=config,
            progress=Progress.if_wanted("writing pages"),
            today=args.today,
        )
    except OSError as error:
        print(f"factcheck: error: cannot write the report in {output}: {error}", file=sys.stderr)
        return EXIT_USAGE
    s = report.summary
    counts = ", ".join(
        _count(n, word)
        for n, word in ((s.errors, "error"), (s.warnings, "warning"), (s.infos, "info"))
    )
    print(f"wrote {index} ({_count(s.files, 'file')}, {_count(s.claims, 'claim')}: {counts})")
    if args.open:
        import webbrowser

        webbrowser.open(index.resolve().as_uri())
    return EXIT_OK


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
