"""``factcheck extract``: draft a claim file from an article's text, or add what is new to one."""

from __future__ import annotations

import argparse
import os
import re
import shlex
import sys
from datetime import date
from pathlib import Path

from factcheck.cli_common import path_argument

EXIT_OK, EXIT_USAGE = 0, 2
LANGUAGES = ("fr", "en")

DESCRIPTION = """\
Draft a claim file from an article's text: one claim per figure (money, percentages,
counts of people and things, durations, measurements, ranks, ranges, dates), with its
quote, its value in the claim format (hedges included: "environ 90" is ~90 person), its
date and an id. Subject and property are filled in where the sentence makes them
obvious, and "?" elsewhere: `factcheck verify` warns about each "?" until an editor fills it in.
"""

EPILOG = """\
examples:
  factcheck extract claims/latribune-2015-07-27.txt --language fr \\
      --source-id latribune_2015_07_27_draft -o claims/latribune-draft.yaml
                      draft a new claim file next to the article
  factcheck extract article.txt --language en --source-id wire_2024_03_14 \\
      --published 2024-03-14 --title "Harbourline wins Lisbon"   print the draft
  factcheck extract flu.txt --language en_GB --source-id ukhsa_2025_03_13
                      British copy: dates written 12 March 2025
  factcheck extract claims/latribune-2015-07-27.txt --into claims/latribune-2015-07-27.yaml
                      add to an existing claim file only the figures it does not
                      encode yet (a figure inside an existing quote is encoded);
                      existing records, comments and formatting are left as they are

The draft's `text:` is the article's path relative to the output file (to the
current folder when the draft is printed); extract warns when `verify` will not
read it there (the article lies outside the draft's project). Without --published, a YYYY-MM-DD in
the article's file name is used. Ids already used by the claim files of the output's
folder get a suffix (_2, _3): `verify` reads the folder as one corpus.
See docs/extract.md for the whole workflow.

exit codes: 0 written (or nothing new to add), 2 the command could not be done.
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``extract`` subcommand."""
    parser = commands.add_parser(
        "extract",
        help="draft a claim file from an article's text",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "article", type=path_argument, metavar="ARTICLE.txt", help="the article's text"
    )
    parser.add_argument(
        "--language",
        metavar="fr|en|en_GB",
        help=(
            "the article's language or locale, written as given in the draft's source:"
            " en_GB for British copy (the dates the draft writes are then 12 March 2025,"
            " not March 12, 2025); with --into: default, the file's source language"
        ),
    )
    parser.add_argument("--source-id", metavar="ID", help="the source's id, e.g. wire_2024_03_14")
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="publication day, YYYY-MM-DD (default: a date in the file name)",
    )
    parser.add_argument("--title", help="the source's title (default: the text's first line)")
    parser.add_argument("--publisher", help='the publisher (default: "?", to fill in)')
    parser.add_argument(
        "-o", "--output", type=path_argument, metavar="FILE", help="write here (default: print)"
    )
    parser.add_argument(
        "--into",
        type=path_argument,
        metavar="EXISTING.yaml",
        help="add the figures not yet encoded to this claim file (in place, or to -o)",
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing -o FILE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Draft the claims of ARTICLE and write them."""
    try:
        text = _read(args.article, "article")
        if args.into is not None:
            return _into(args, text)
        return _new(args, text)
    except _Usage as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return EXIT_USAGE


class _Usage(Exception):
    """A usage problem, reported as ``factcheck: error: ...`` with exit code 2."""


def _new(args: argparse.Namespace, text: str) -> int:
    from factcheck import atomic
    from factcheck.extract import extract
    from factcheck.extract_file import SourceInfo, ids_near, render

    if args.language is None or args.source_id is None:
        raise _Usage("a new draft needs --language (fr, en or a locale: en_GB) and --source-id ID")
    language = _language(args.language)
    from factcheck.model import ID_PATTERN

    if not re.match(ID_PATTERN, args.source_id):
        raise _Usage(f"--source-id {args.source_id!r}: use lowercase letters, digits and _")
    published = _published(args.published, args.article)
    output: Path | None = args.output
    if output is not None and output.exists() and not args.force:
        raise _Usage(
            f"{output} exists: add the new figures with --into {output}, or overwrite with --force"
        )
    # ids taken by the claim files next to the draft: `verify` reads them together
    taken = ids_near(output) if output is not None else set()
    draft = extract(text, language, published, taken)
    base = output.parent if output is not None else Path()
    source = SourceInfo(
        id=args.source_id,
        title=args.title or _first_line(text),
        publisher=args.publisher or "?",
        published=published,
        language=language,
        text=Path(os.path.relpath(args.article.resolve(), base.resolve())).as_posix(),
        word_count=draft.word_count,
    )
    content = render(source, draft.claims, args.article.name)
    incomplete = sum(claim.incomplete for claim in draft.claims)
    summary = f"{_claims(len(draft.claims))}, {incomplete} with a subject or property to fill in"
    if output is None:
        sys.stdout.write(content)
        print(f"factcheck: {summary}", file=sys.stderr)
        return EXIT_OK
    try:
        atomic.write_text(output, content)
    except OSError as error:
        raise _Usage(f"cannot write {output}: {error.strerror or error}") from None
    print(f"wrote {output}: {summary}", file=sys.stderr)
    outside = _outside_project(args.article, output)
    if outside is not None:
        print(f"factcheck: warning: {outside}", file=sys.stderr)
    return EXIT_OK


def _outside_project(article: Path, output: Path) -> str | None:
    """Why `verify` will not read the article from the draft, and what to do; None if it will.

    `verify` reads a source text only inside the project: the configuration file's folder,
    else the git repository, else the claim file's own folder (see
    :func:`factcheck.loading.project_root`).
    """
    from factcheck.discovery import find_config, is_inside
    from factcheck.errors import UsageError
    from factcheck.loading import project_root

    folder = output.parent
    try:
        config = find_config(folder)
    except (UsageError, OSError):
        config = None
    root, what = project_root(folder, config.parent if config is not None else None)
    if is_inside(os.path.realpath(article), root):
        return None
    return (
        f"{article} is outside {what} ({root}), where `verify` reads the texts of "
        f"{output}: it will not read the article, nor check the quotes. Copy the text "
        f"next to the draft (cp {shlex.quote(str(article))} {shlex.quote(str(folder))}/ and "
        f"set `text: {article.name}`), or write the draft next to the text "
        f"(-o {shlex.quote(str(article.parent / output.name))})."
    )


def _into(args: argparse.Namespace, text: str) -> int:
    from factcheck import atomic
    from factcheck.extract import extract
    from factcheck.extract_file import IntoError, add_to, ids_near, parse_claim_file
    from factcheck.yamltree import YamlMap

    existing = _read(args.into, "claim file", exact=True)
    try:
        source = parse_claim_file(existing).get("source")
        source = source if isinstance(source, YamlMap) else YamlMap()
        language = _language(args.language or str(source.get("language") or ""))
        if args.published is None and source.get("published"):
            where = f"{args.into}: source.published"
            published = _source_day(str(source["published"]), language, where)
        else:
            published = _published(args.published, args.article)
        output: Path = args.output or args.into
        draft = extract(text, language, published, ids_near(output, args.into))
        content, added = add_to(existing, draft.claims, text)
    except IntoError as error:
        raise _Usage(f"{args.into}: {error}") from None
    if not added:
        print(f"nothing new: every figure of {args.article} is in {args.into}", file=sys.stderr)
        return EXIT_OK
    try:
        atomic.write_text(output, content)
    except OSError as error:
        raise _Usage(f"cannot write {output}: {error.strerror or error}") from None
    incomplete = sum(claim.incomplete for claim in added)
    print(
        f"added {_claims(len(added))} to {output} ({incomplete} with a subject or property "
        f"to fill in): {', '.join(claim.id for claim in added)}",
        file=sys.stderr,
    )
    return EXIT_OK


def _read(path: Path, what: str, *, exact: bool = False) -> str:
    """A file's text; ``exact`` keeps its byte order mark and line endings, to write it back."""
    try:
        with path.open(
            encoding="utf-8" if exact else "utf-8-sig", newline="" if exact else None
        ) as stream:
            return stream.read()
    except FileNotFoundError:
        raise _Usage(f"no such {what}: {path}") from None
    except UnicodeDecodeError:
        raise _Usage(f"{path} is not UTF-8 text") from None
    except OSError as error:
        raise _Usage(f"cannot read {path}: {error.strerror or error}") from None


def _language(language: str) -> str:
    if language.replace("_", "-").split("-")[0].lower() not in LANGUAGES:
        shown = f"{language!r}" if language else "none given"
        raise _Usage(
            f"extract reads French and English (--language fr, en or a locale: en_GB), {shown}"
        )
    return language


def _published(written: str | None, article: Path) -> date:
    """The day --published gives, else the YYYY-MM-DD in the article's file name."""
    if written is not None:
        try:
            return date.fromisoformat(written.strip())
        except ValueError:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", written.strip()):
                raise _Usage(f"--published {written!r}: that day does not exist") from None
            raise _Usage(f"--published {written!r}: write the day as YYYY-MM-DD") from None
    match = re.search(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)", article.name)
    if match:
        try:
            return date.fromisoformat(match.group(1))
        except ValueError:
            pass
    raise _Usage(f"when was {article.name} published? give --published YYYY-MM-DD")


def _source_day(written: str, language: str, where: str) -> date:
    """A claim file's publication day, read as `verify` reads it (2015-07-27, 27 juillet 2015)."""
    from factcheck.dates import DateSyntaxError, parse_date

    try:
        period = parse_date(written, language)
    except DateSyntaxError as error:
        raise _Usage(f"{where}: {error}") from None
    if period.granularity != "day":
        raise _Usage(f"{where}: {written!r} is no day: write it as YYYY-MM-DD")
    return period.start


def _claims(count: int) -> str:
    return f"{count} claim" if count == 1 else f"{count} claims"


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:200]
    return "?"
