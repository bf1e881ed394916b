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
  factcheck export --draft                           without [review] url, to check
  factcheck export --format csv --output claims.csv  one row per claim, for spreadsheets
  factcheck export --format csv --delimiter ';' --bom --output claims.csv
                                                     for Excel in French (and other
                                                     languages with a decimal comma)

claimreview: a JSON list of schema.org ClaimReview objects, one per claim whose
latest review gives a verdict (unverified is not published). reviewRating's
ratingValue: false 1, misleading 2, disputed 3, mostly_verified 4, verified 5
(worst 1, best 5);
its alternateName is the desk's label for the verdict in the source's language
([review.labels.fr] false = "Faux"), else the verdict. claimReviewed is the
claim's summary, else the article's sentence. itemReviewed's author is who
made the claim (attributed_to), else the publisher; its datePublished and
appearance are when and where the statement was made (said_on, said_in), else
the article. The review's author is [review] author of the configuration (see
docs/configuration.md). Left out, and named on stderr: the claims `status`
lists under drift (their quote is no longer in the text, or changed since the
review), a said_on that cannot be read, an id used twice.

csv: UTF-8, a header row, one row per claim with its latest review; low, high
and unit give the value as numbers.

exit codes: 0 exported; 1 the ClaimReviews lack what Google requires (a url,
without [review] url): nothing is written, unless --draft; 2 no such path,
unreadable configuration, cannot write the output file.
"""

FORMATS = ("claimreview", "csv")
DELIMITERS = (",", ";", "tab")


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
    parser.add_argument(
        "--draft",
        action="store_true",
        help="claimreview: export even when the ClaimReviews lack what Google requires "
        "(a url, without [review] url): a draft to check, not to publish",
    )
    parser.add_argument(
        "--delimiter",
        choices=DELIMITERS,
        default=",",
        help="csv: the cell separator; ';' is what Excel expects in French and other "
        "languages with a decimal comma, and then low and high have one (default: ',')",
    )
    parser.add_argument(
        "--bom",
        action="store_true",
        help="csv: start with a UTF-8 byte order mark, without which Excel garbles accents",
    )
    add_config(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the export; notes for the editor go to stderr."""
    from factcheck.exports import claim_reviews, missing_required, to_csv

    try:
        config, corpus = load_corpus(args.paths, args.config)
    except UsageError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return 2
    notes: list[str] = []
    if args.format == "csv":
        delimiter = "\t" if args.delimiter == "tab" else args.delimiter
        text = to_csv(corpus.claims, delimiter, bom=args.bom)
    else:
        review = config.review
        documents, notes = claim_reviews(
            corpus,
            review.author,
            review.url,
            labels=review.labels,
            organisations=review.organisations,
            language=review.language,
        )
        missing = missing_required(documents)
        if missing and not args.draft:
            print(
                "factcheck: error: the ClaimReviews lack what Google requires, nothing was "
                "written (--draft exports them anyway, to check, not to publish):",
                file=sys.stderr,
            )
            for line in missing:
                print(f"  {line}", file=sys.stderr)
            return 1
        notes += [f"a draft, which Google would refuse: {line}" for line in missing]
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
