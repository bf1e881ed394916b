"""``factcheck history``: the timeline of what every source said about a subject."""

from __future__ import annotations

import argparse
import difflib
import sys
from typing import TYPE_CHECKING

from factcheck.cli_common import add_config, add_paths, load_corpus
from factcheck.errors import UsageError

if TYPE_CHECKING:
    from factcheck.tracking import HistoryEntry

EPILOG = """\
examples:
  factcheck history Cloudwatt                    everything said about Cloudwatt
  factcheck history Cloudwatt --property revenue its revenue: figures, targets
  factcheck history France claims/2015/ --format json

Rows are in the order of their `when` (claims without one last), each with its
value, kind, source, publication date and status. Reports of the same fact (same
property, qualifiers and `when`) whose values cannot agree are marked `!=` and
name the report they contradict. The subject is matched whole, in any case and
with or without accents.

exit codes: 0 the timeline was printed; 2 no claim about that subject (the
message suggests the closest subject), no such path, unreadable configuration.
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``history`` subcommand."""
    parser = commands.add_parser(
        "history",
        help="show what every source said about a subject, over time",
        description="Show the timeline of what every source said about a subject: value, "
        "date, source and status, with disagreements marked.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("subject", metavar="SUBJECT", help="the subject, e.g. Cloudwatt")
    add_paths(parser)
    parser.add_argument("--property", metavar="P", help="only this property, e.g. revenue")
    parser.add_argument(
        "--format", choices=["text", "json"], default="text", help="output format (default: text)"
    )
    add_config(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the subject's timeline."""
    from factcheck.tracking import history, subjects

    try:
        _, corpus = load_corpus(args.paths, args.config)
    except UsageError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return 2
    entries = history(corpus, args.subject, args.property)
    if not entries:
        about = history(corpus, args.subject) if args.property else []
        if about:  # the subject is known: the property is what is misspelled
            known = sorted({entry.claim.property for entry in about})
            wanted, what = args.property, f"'{args.subject}' with property '{args.property}'"
        else:
            known, wanted, what = subjects(corpus), args.subject, f"'{args.subject}'"
        close = difflib.get_close_matches(wanted, known, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        print(f"factcheck: error: no claim about {what}{hint}", file=sys.stderr)
        return 2
    if args.format == "json":
        document = {
            "version": 1,
            "subject": args.subject,
            "property": args.property,
            "entries": [entry.to_dict() for entry in entries],
        }
        from factcheck.reporters.base import json_text  # valid UTF-8 whatever the file names

        sys.stdout.write(json_text(document))
    else:
        sys.stdout.write(render(entries))
    return 0


def render(entries: list[HistoryEntry]) -> str:
    """The timeline as a text table."""
    from factcheck.findings import one_line
    from factcheck.tracking import when_text

    header = ["", "when", "property", "value", "kind", "source", "published", "status", "claim"]
    rows: list[list[str]] = [header]
    for entry in entries:
        claim, source = entry.claim, entry.claim.source
        rows.append(
            [
                "!=" if entry.disagrees_with else "",
                when_text(claim, missing="-"),
                claim.property,
                claim.value or "-",
                claim.kind,
                source.publisher if source else "?",
                source.published.isoformat() if source else "?",
                claim.status,
                claim.id,
            ]
        )
    rows = [[one_line(cell) for cell in row] for row in rows]  # a cell is one line
    clashes = [entry for entry in entries if entry.disagrees_with]
    if not clashes:  # no mark column when nothing disagrees
        rows = [row[1:] for row in rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    if clashes:
        lines.append("")
        lines += [
            f"!= {entry.claim.id} ({entry.claim.value}, {entry.claim.location}) disagrees with "
            f"{', '.join(entry.disagrees_with)}"
            for entry in clashes
        ]
    return "\n".join(lines) + "\n"
