"""``factcheck status``: where the claims stand, what fell due or soon will, what drifted."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from factcheck.cli_common import add_config, add_paths, iso_date, load_corpus
from factcheck.errors import UsageError

if TYPE_CHECKING:
    from factcheck.model import Claim
    from factcheck.tracking import StatusReport

EPILOG = """\
examples:
  factcheck status                      every claim file under claims/
  factcheck status claims/2015/         one folder
  factcheck status --format json        the same, for scripts
  factcheck status --max-age 180        reviews older than 180 days are stale
  factcheck status --today 2018-01-01   deadlines and review ages judged on that day
                                        (statuses and reviews stay as the files say now)
  factcheck status --horizon 90         targets falling due in the next 90 days
  factcheck status --under-check        never reviewed: only the statements to rate

sections:
  by status, by source      how many claims have each status (a claim never
                            reviewed counts as unverified, whatever its status)
  deadlines                 targets and forecasts whose `when` has ended, compared
                            with the facts recorded for that period: met, missed,
                            due (no fact settles it yet: the facts near it are
                            named, with why) or unclear (the facts disagree); a
                            deadline ("d'ici fin 2025", "by 2025") is settled by
                            a fact whose period ends within it (the year 2025)
  upcoming                  targets and forecasts falling due within --horizon
                            days (default: 30)
  drift                     reviewed claims whose quote is no longer in the text
                            (re-quote it, then review it), or is not the quote
                            that was reviewed (review it again)
  stale                     reviews older than --max-age (default: [review]
                            max_age_days of the configuration, else 365)
  status differs            claims whose `status` is not their latest review's
                            verdict, or that have a status and no review
  never reviewed            claims without any review; with --under-check, only
                            the statements under check (claims with a summary,
                            said_on or said_in), the others counted

exit codes: 0 the report was printed; 2 no such path, unreadable configuration.
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``status`` subcommand."""
    parser = commands.add_parser(
        "status",
        help="show claims by status, deadlines fallen due, drift and stale reviews",
        description="Show where the claims stand: by status and source, targets and "
        "forecasts fallen due, reviewed quotes that drifted, stale and missing reviews.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_paths(parser)
    parser.add_argument(
        "--format", choices=["text", "json"], default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--max-age", type=int, metavar="DAYS", help="age from which a review is stale"
    )
    parser.add_argument(
        "--horizon",
        type=int,
        default=30,
        metavar="DAYS",
        help="list the targets and forecasts falling due within DAYS days (default: 30)",
    )
    parser.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the day to judge deadlines and stale reviews on (default: today)",
    )
    parser.add_argument(
        "--under-check",
        action="store_true",
        help="list as never reviewed only the statements under check: the claims with a "
        "summary, said_on or said_in (a fact-check's evidence is counted, not listed)",
    )
    add_config(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the status report."""
    from factcheck.tracking import status

    if args.max_age is not None and args.max_age < 1:
        print("factcheck: error: --max-age must be at least 1 day", file=sys.stderr)
        return 2
    if args.horizon < 0:
        print("factcheck: error: --horizon must be 0 days or more", file=sys.stderr)
        return 2
    try:
        config, corpus = load_corpus(args.paths, args.config)
    except UsageError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return 2
    max_age = args.max_age or config.review.max_age_days
    report = status(
        corpus,
        today=args.today,
        max_age_days=max_age,
        horizon_days=args.horizon,
        under_check=args.under_check,
    )
    if args.format == "json":
        from factcheck.reporters.base import json_text  # valid UTF-8 whatever the file names

        sys.stdout.write(json_text(report.to_dict()))
    else:
        sys.stdout.write(render(report))
    return 0


def render(report: StatusReport) -> str:
    """The report as text for an editor."""
    from factcheck.findings import one_line
    from factcheck.model import STATUSES
    from factcheck.reporters.text_reporter import plural, shown_location, shown_path
    from factcheck.tracking import mismatch_message

    lines = [
        f"{plural(len(report.claims), 'claim')} in {plural(report.files, 'file')}, "
        f"as of {report.today.isoformat()}",
    ]
    if report.problems:  # said first: every count below leaves those claims out
        lines.append(
            f"note: {plural(report.problems, 'problem')} loading "
            f"{', '.join(map(shown_path, report.problem_files))}; claims with errors are not "
            "counted below (run factcheck verify)"
        )
    lines += ["", "By status"]
    # counts end in one column; a long name (mostly_verified) takes the room of its count
    lines += [f"  {name} {report.by_status[name]:>{max(1, 16 - len(name))}}" for name in STATUSES]
    lines += ["", "By source"]
    width = max((len(source) for source in report.by_source), default=6)
    columns = {name: max(10, len(name)) for name in STATUSES}
    lines.append(f"  {'source':<{width}}  " + "  ".join(f"{n:>{columns[n]}}" for n in STATUSES))
    for source, counts in sorted(report.by_source.items()):
        lines.append(
            f"  {source:<{width}}  " + "  ".join(f"{counts[n]:>{columns[n]}}" for n in STATUSES)
        )

    outcomes = ", ".join(f"{count} {name}" for name, count in report.outcomes().items() if count)
    lines += ["", f"Targets and forecasts fallen due: {outcomes or 'none'}"]
    lines += [
        f"  {d.outcome:<7} {shown_location(d.claim.location)}: {one_line(d.message)}"
        for d in report.deadlines
    ]
    horizon = f"next {plural(report.horizon_days, 'day')}"
    lines += ["", f"Upcoming ({horizon}): {len(report.upcoming) or 'none'}"]
    lines += [
        f"  {shown_location(u.claim.location)}: {one_line(u.message)}" for u in report.upcoming
    ]
    lines += ["", f"Drift: {len(report.drift) or 'none'}"]
    lines += [f"  {shown_location(d.claim.location)}: {one_line(d.message)}" for d in report.drift]
    lines += ["", f"Stale reviews (older than {report.max_age_days} days): {len(report.stale)}"]
    lines += [
        f"  {shown_location(s.claim.location)}: '{s.claim.id}' last reviewed {s.review.date} "
        f"({s.review.verdict}), {s.age_days} days ago"
        for s in report.stale
    ]
    if report.mismatched:
        lines += ["", f"Status differs from the reviews: {len(report.mismatched)}"]
        lines += [
            f"  {shown_location(c.location)}: {one_line(mismatch_message(c))}"
            for c in report.mismatched
        ]
    if report.under_check:
        others = plural(report.not_under_check, "other claim")
        lines += [
            "",
            f"Never reviewed, under check: {len(report.never_reviewed)} ({others} never "
            "reviewed, without summary, said_on or said_in, not listed)",
        ]
    else:
        lines += ["", f"Never reviewed: {len(report.never_reviewed)}"]
    lines += _wrapped_ids(report.never_reviewed)
    return "\n".join(lines) + "\n"


def _wrapped_ids(claims: tuple[Claim, ...], width: int = 96) -> list[str]:
    from factcheck.reporters.text_reporter import shown_path

    by_file: dict[str, list[str]] = {}
    for claim in claims:
        by_file.setdefault(claim.location.file, []).append(claim.id)
    lines = []
    for file, ids in by_file.items():
        line = f"  {shown_path(file)}:"
        for claim_id in ids:
            if len(line) + len(claim_id) + 1 > width:
                lines.append(line)
                line = "   "
            line += f" {claim_id}"
        lines.append(line)
    return lines
