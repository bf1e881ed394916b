"""``factcheck review``: record a verdict on a claim, in its YAML file."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from pathlib import Path

from factcheck.cli_common import DEFAULT_PATHS, add_config, add_paths, iso_date

EPILOG = """\
examples:
  factcheck review france_cloud_use_2014 --verdict verified --by desk \\
      --evidence https://ec.europa.eu/eurostat/databrowser/view/isoc_cicce_use/default/table \\
      --note "Eurostat, enterprises of 10+ persons, 2014: France 12 %"
  factcheck review cloudwatt_revenue_2014 --verdict unverified --by desk --note "no accounts"
  factcheck review cloudwatt_launch claims/2015/ --verdict verified --by ana --dry-run
  factcheck review cloudwatt_launch --verdict verified --by ana --force
                                        record a review identical to one already there

The review is appended to the claim's `reviews` (oldest first) with a fingerprint
of the quote it judged, and the claim's `status` becomes the verdict. Only those
lines of the file change: comments, order, quoting and layout (a `---` document
marker too) are kept. If the file changed on disk meanwhile, nothing is written
(run the command again).

verdicts: verified, mostly_verified, disputed, false, misleading, unverified;
  or the desk's own word for one in [review.labels.<language>] of the
  configuration (with mostly_verified = "Plutôt vrai", --verdict "Plutôt vrai"
  records mostly_verified); another French word is answered with the verdict it
  means: faux -> false, trompeur -> misleading, vrai -> verified,
  contesté -> disputed

refused, with nothing written:
  --date after today, before the claim's article was published (a slip of the
  year?), or before the claim's last review; a review identical to one the claim
  has (same day, reviewer, verdict, evidence and note: a script run twice), unless
  --force. A claim whose quote is no longer in its article's text is reviewed with
  a warning: re-quote it from the text, then review it again.

exit codes:
  0  the review was recorded (or shown, with --dry-run), warnings or not
  2  nothing was written: unknown claim id or verdict, a date refused, the same
     review twice, the file changed on disk meanwhile, no such path, unreadable
     configuration
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``review`` subcommand."""
    parser = commands.add_parser(
        "review",
        help="record a verdict on a claim in its claim file",
        description="Record a verdict on a claim: append a review to the claim in its YAML "
        "file, set its status, keep everything else as it was.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        usage="factcheck review [-h] CLAIM_ID [PATH ...] --verdict VERDICT --by NAME\n"
        "                        [--evidence URL [URL ...]] [--note TEXT] [--date YYYY-MM-DD]\n"
        "                        [--dry-run] [--force] [--config FILE]",
    )
    # optional for argparse only: `--evidence URL ... CLAIM_ID PATH` gives the id and
    # the paths to --evidence, which takes every word after it; run() takes them back
    parser.add_argument("claim_id", metavar="CLAIM_ID", nargs="?", help="id of the claim reviewed")
    add_paths(parser, "claim files or folders holding the claim")
    parser.add_argument(
        "--verdict",
        required=True,
        help="verified, mostly_verified, disputed, false, misleading or unverified, or the "
        "desk's label for one ([review.labels.<language>])",
    )
    parser.add_argument("--by", required=True, metavar="NAME", help="who reviewed the claim")
    parser.add_argument(
        "--evidence",
        action="extend",
        nargs="+",
        default=[],
        metavar="URL",
        help="where the evidence is (repeatable)",
    )
    parser.add_argument("--note", metavar="TEXT", help="what the evidence says, in a sentence")
    parser.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="date of the review (default: today)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show the change as a diff, write nothing"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="record the review even if the claim already has one identical to it",
    )
    add_config(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Record the review; print where, or the diff with --dry-run."""
    from pydantic import ValidationError

    from factcheck.config import ConfigError, load_config
    from factcheck.discovery import PathNotFound
    from factcheck.editing import EditError, check_verdict, record_review
    from factcheck.exports import verdict_meant
    from factcheck.model import URL_PATTERN, Review
    from factcheck.progress import Progress

    today = dt.date.today()
    # --evidence takes the words after it: the claim id and paths written there are not URLs
    urls = [word for word in args.evidence or () if re.match(URL_PATTERN, word)]
    stray = [word for word in args.evidence or () if word not in urls]
    if args.claim_id is None:
        if not stray:
            print("factcheck: error: give the id of the claim reviewed (CLAIM_ID)", file=sys.stderr)
            return 2
        args.claim_id, *stray = stray
    if stray and all(os.path.exists(word) for word in stray):  # else: bad URLs, said below
        args.evidence = urls
        args.paths = stray if args.paths == DEFAULT_PATHS else [*args.paths, *stray]
    try:
        config = load_config(args.config, start=Path(args.paths[0]))
        labels = config.review.labels
        verdict = verdict_meant(args.verdict, labels) or args.verdict  # "Plutôt vrai"
        check_verdict(verdict, labels)
        review = Review(
            date=args.date or today,
            by=args.by,
            verdict=verdict,
            evidence=args.evidence,
            note=args.note,
        )
        edit = record_review(
            args.paths,
            args.claim_id,
            review,
            config,
            today=today,
            write=not args.dry_run,
            force=args.force,
            progress=Progress.if_wanted(),
        )
    except (EditError, PathNotFound, ConfigError) as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return 2
    except ValidationError as error:
        from factcheck.loading import explain_error

        detail = error.errors()[0]
        option = f"--{detail['loc'][0]}" if detail["loc"] else "the review"
        message = explain_error(detail, Review)
        if detail["loc"][:1] == ("evidence",):  # each word after --evidence
            message = message.replace(f"'{'.'.join(map(str, detail['loc']))}' ", "", 1)
            message += "; the claim id and PATH go before --evidence"
        print(f"factcheck: error: {option}: {message}", file=sys.stderr)
        return 2
    for warning in edit.warnings:
        print(f"factcheck: warning: {warning}", file=sys.stderr)
    if args.dry_run:
        sys.stdout.write(edit.diff())
        print("(dry run: nothing written)")
        return 0
    where = f"{edit.path.as_posix()}:{edit.line}"
    print(
        f"{where}: {edit.claim_id}: {edit.old_status} -> {edit.review.verdict} "
        f"(review {edit.review_count}, by {edit.review.by}, {edit.review.date})"
    )
    return 0
