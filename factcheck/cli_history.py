"""``factcheck history``: the timeline of what every source said about a subject."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from typing import TYPE_CHECKING

from factcheck.cli_common import add_config, add_paths, load_corpus
from factcheck.errors import UsageError

if TYPE_CHECKING:
    from factcheck.model import Corpus
    from factcheck.tracking import HistoryEntry

EPILOG = """\
examples:
  factcheck history Cloudwatt                    everything said about Cloudwatt
  factcheck history Cloudwatt --property revenue its revenue: figures, targets
  factcheck history "NHS England" --said-by "Tom Hale"
                                                 only what Tom Hale said about it
  factcheck history France claims/2015/ --format json
  factcheck history --said-by "Julien Morel"     everything Julien Morel said, about
                                                 any subject, with the verdicts

Rows are in the order of the period they are about: their `when`, or for a claim
without one its article's publication day, shown in brackets ([2026-01-14]).
Each row has its value, kind, who said it (`attributed_to`, and `cites` after
"per"), source, publication date and status, and its qualifiers when a row has
some. Reports of the same fact (same property, qualifiers and `when`) whose
values cannot agree are marked `!=` and name the report they contradict. The
subject is matched whole, in any case and with or without accents; --said-by
matches `attributed_to` or `cites` whole or up to its first comma ("Tom Hale"
for "Tom Hale, Health Secretary"). With --said-by and no SUBJECT, every claim
that person made is listed, with a subject column; a first PATH that exists is
a path, not a subject (factcheck history --said-by "Tom Hale" claims/2026/).

exit codes: 0 the timeline was printed; 2 no claim about that subject, or by
that speaker (the message suggests the closest name), no such path, unreadable
configuration.
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
    parser.add_argument(
        "subject",
        metavar="SUBJECT",
        nargs="?",
        help="the subject, e.g. Cloudwatt (optional with --said-by: every subject)",
    )
    add_paths(parser)
    parser.add_argument("--property", metavar="P", help="only this property, e.g. revenue")
    parser.add_argument(
        "--said-by",
        metavar="NAME",
        help='only the claims attributed to NAME or citing NAME, e.g. "Tom Hale"',
    )
    parser.add_argument(
        "--format", choices=["text", "json"], default="text", help="output format (default: text)"
    )
    add_config(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the subject's timeline."""
    from factcheck.cli_common import DEFAULT_PATHS
    from factcheck.tracking import history

    if args.said_by and args.subject is not None and os.path.exists(args.subject):
        # `history --said-by NAME claims/`: the first word is a path, not a subject
        args.paths = [args.subject] + (args.paths if args.paths != DEFAULT_PATHS else [])
        args.subject = None
    if args.subject is None and not args.said_by:
        print(
            "factcheck: error: give a SUBJECT, or --said-by NAME for everything one "
            'person said (factcheck history --said-by "Tom Hale")',
            file=sys.stderr,
        )
        return 2
    try:
        _, corpus = load_corpus(args.paths, args.config)
    except UsageError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return 2
    entries = history(corpus, args.subject, args.property, args.said_by)
    if not entries:
        print(f"factcheck: error: {_nothing_found(corpus, args)}", file=sys.stderr)
        return 2
    if args.format == "json":
        document = {
            "version": 1,
            "subject": args.subject,
            "property": args.property,
            "said_by": args.said_by,
            "entries": [entry.to_dict() for entry in entries],
        }
        from factcheck.reporters.base import json_text  # valid UTF-8 whatever the file names

        sys.stdout.write(json_text(document))
    else:
        sys.stdout.write(render(entries))
    return 0


def _nothing_found(corpus: Corpus, args: argparse.Namespace) -> str:
    """Why no row was found, with the closest subject, property or speaker."""
    from factcheck.tracking import history, is_said_by, speakers, subjects

    if args.subject is None:  # --said-by alone: nobody of that name said anything
        said = speakers(corpus.claims)
        wanted = f"no claim said by '{args.said_by}'"
        if args.property:
            wanted += f" with property '{args.property}'"
        return wanted + _hint(args.said_by, said)
    about = history(corpus, args.subject)
    if about and args.property and not history(corpus, args.subject, args.property):
        # the subject is known: the property is what is misspelled
        known = sorted({entry.claim.property for entry in about})
        return f"no claim about '{args.subject}' with property '{args.property}'" + _hint(
            args.property, known
        )
    if about:  # subject and property are known: nobody of that name said it
        said = speakers(entry.claim for entry in about)
        return f"no claim about '{args.subject}' said by '{args.said_by}'" + _hint(
            args.said_by, said
        )
    message = f"no claim about '{args.subject}'" + _hint(args.subject, subjects(corpus))
    by_speaker = [claim for claim in corpus.claims if is_said_by(claim, args.subject)]
    if by_speaker and not args.said_by:  # `history "Tom Hale"`: a speaker, not a subject
        about_them = sorted({claim.subject for claim in by_speaker})
        shown = ", ".join(f"'{subject}'" for subject in about_them[:3])
        message += (
            f"; '{args.subject}' is who said claims about {shown}: "
            f"factcheck history '{about_them[0]}' --said-by '{args.subject}'"
        )
    return message


def _hint(wanted: str, known: list[str]) -> str:
    close = difflib.get_close_matches(wanted, known, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def render(entries: list[HistoryEntry]) -> str:
    """The timeline as a text table."""
    from factcheck.findings import one_line
    from factcheck.model import name_key
    from factcheck.tracking import said_by, when_text

    qualified = any(entry.claim.qualifiers for entry in entries)
    subjects = len({name_key(entry.claim.subject) for entry in entries}) > 1
    header = ["", "when"] + ["subject"] * subjects + ["property"]
    header += ["qualifiers"] * qualified
    header += ["value", "kind", "said by", "source", "published", "status", "claim"]
    rows: list[list[str]] = [header]
    for entry in entries:
        claim, source = entry.claim, entry.claim.source
        undated = claim.when is None and source is not None
        row = [
            "!=" if entry.disagrees_with else "",
            f"[{source.published.isoformat()}]" if undated and source else when_text(claim, "-"),
            *([claim.subject] * subjects),
            claim.property,
        ]
        if qualified:
            row.append(", ".join(f"{k}={v}" for k, v in claim.qualifiers.items()) or "-")
        row += [
            claim.value or "-",
            claim.kind,
            said_by(claim) or "-",
            source.publisher if source else "?",
            source.published.isoformat() if source else "?",
            claim.status,
            claim.id,
        ]
        rows.append(row)
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
