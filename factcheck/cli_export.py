"""``factcheck export``: ClaimReview JSON-LD of published verdicts, or a CSV of every claim."""

from __future__ import annotations

import argparse
import json
import sys

from factcheck.cli_common import add_config, add_paths, load_corpus, output_file
from factcheck.errors import UsageError

EPILOG = """\
examples:
  factcheck export                                   ClaimReview JSON-LD on stdout
  factcheck export claims/ --output claimreviews.json
  factcheck export --format csv --output claims.csv  one row per claim, for spreadsheets

claimreview: a JSON list of schema.org ClaimReview objects, one per claim whose
latest review gives a verdict (unverified is not published). reviewRating's
ratingValue: false 1, misleading 2, disputed 3, verified 5 (worst 1, best 5);
its alternateName is the verdict. The review's author is [review] author of
the configuration (see docs/configuration.md).

csv: UTF-8, a header row, one row per claim with its latest review.

exit codes: 0 exported; 2 no such path, unreadable configuration, cannot write
the output file.
"""

FORMATS = ("claimreview", "csv")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` subcommand."""
    parser = commands.add_parser(
        "export",
        help="export verdicts as ClaimReview JSON-LD, or claims as CSV",
        description="Export the desk's verdicts as schema.org ClaimReview JSON-LD, or every "
        "claim as a CSV row.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_paths(parser)
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="claimreview",
        help="claimreview: schema.org ClaimReview JSON-LD of the published verdicts; "
        "csv: one row per claim, for a spreadsheet (default: claimreview)",
    )
    parser.add_argument(
        "--output",
        "-o",
        type=output_file,
        metavar="FILE",
        help="write to FILE (written whole, atomically; missing folders are created) "
        "(default, or '-': stdout)",
    )
    add_config(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the export; notes for the editor go to stderr."""
    from factcheck.exports import claim_reviews, to_csv

    try:
        config, corpus = load_corpus(args.paths, args.config)
    except UsageError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return 2
    notes: list[str] = []
    if args.format == "csv":
        text = to_csv(corpus.claims)
    else:
        documents, notes = claim_reviews(corpus, config.review.author, config.review.url)
        text = json.dumps(documents, indent=2, ensure_ascii=False) + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        from factcheck import atomic

        try:
            atomic.write_text(args.output, text)
        except OSError as error:
            reason = error.strerror or error
            print(f"factcheck: error: cannot write {args.output}: {reason}", file=sys.stderr)
            return 2
        print(f"factcheck: wrote the {args.format} export to {args.output}", file=sys.stderr)
    for note in notes:
        print(f"factcheck: note: {note}", file=sys.stderr)
    return 0
