"""The command line: parse arguments, build the run, print the report, exit.

Thin on purpose: every decision lives in the library (loading, the engine,
the reporters), so what the CLI does a script can do with ``import factcheck``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from factcheck import (
    __version__,
    atomic,
    cli_export,
    cli_extract,
    cli_history,
    cli_report,
    cli_review,
    cli_status,
)
from factcheck import baseline as baselines
from factcheck.baseline import BaselineError
from factcheck.changes import ChangesError, changed_files, only_changed
from factcheck.config import ConfigError, load_config
from factcheck.findings import Report, Severity
from factcheck.loading import PathNotFound, load
from factcheck.reporters import REPORTERS, RenderOptions

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
TERMINAL = "-"

DESCRIPTION = """\
Check the claims of news articles, encoded as YAML claim files, against each
other and against the articles' text.
"""

VERIFY_EPILOG = """\
examples:
  factcheck verify                       verify every claim file under claims/
  factcheck verify claims/2015/ a.yaml   folders are walked recursively
  factcheck verify --format json         the stable JSON report, for scripts
  factcheck verify --fail-on warning     fail the CI job on warnings too
  factcheck verify --format sarif --output factcheck.sarif
                                         write SARIF to a file, text to the terminal
  factcheck verify --format github --format junit=report.xml --format sarif=factcheck.sarif
                                         several formats: at most one without =FILE,
                                         which goes to the terminal (or to --output)
  factcheck verify --baseline .factcheck-baseline.json
                                         fail only on findings not in the baseline
  factcheck verify --changed-since origin/main
                                         report only findings that touch changed files

exit codes:
  0  no finding at or above --fail-on (default: error)
  1  findings at or above --fail-on (a broken claim file is such a finding)
  2  the run could not be done: no such path, unreadable configuration or
     baseline, unknown git ref, a report that cannot be written

configuration: factcheck.toml, or [tool.factcheck] in pyproject.toml, found
upward from the first PATH (see docs/configuration.md); `factcheck rules`
lists the rules and what they check. CI recipes: docs/ci.md.
"""

BASELINE_EPILOG = """\
examples:
  factcheck baseline -o .factcheck-baseline.json
  factcheck baseline claims/ -o .factcheck-baseline.json && \\
    factcheck verify claims/ --baseline .factcheck-baseline.json

A finding is identified by its rule, claim ids, file and message without line
numbers, so edits elsewhere in a file keep it in the baseline. Rewrite the
baseline to drop entries that verify reports as baseline-stale.
"""


class UsageError(Exception):
    """The command line asks for something impossible (exit 2)."""


@dataclass(frozen=True, slots=True)
class Output:
    """One report to produce: a format and its file (None: the terminal)."""

    format: str
    path: Path | None = None


@dataclass(frozen=True, slots=True)
class VerifySettings:
    """Everything ``factcheck verify`` was asked to do, as plain data."""

    paths: tuple[str, ...] = ("claims",)
    outputs: tuple[Output, ...] = (Output("text"),)
    fail_on: Severity = Severity.ERROR
    config: Path | None = None
    color: bool = False
    show_suppressed: bool = False
    baseline: Path | None = None
    changed_since: str | None = None


def parse_format(text: str) -> tuple[str, Path | None]:
    """Read ``--format NAME`` or ``--format NAME=FILE`` (``-`` as FILE is the terminal)."""
    name, has_file, file = text.partition("=")
    if name not in REPORTERS:
        choices = ", ".join(sorted(REPORTERS))
        raise argparse.ArgumentTypeError(f"unknown format '{name}' (choose from {choices})")
    if has_file and not file:
        raise argparse.ArgumentTypeError(
            f"'{text}': give a file after '=', or '-' for the terminal"
        )
    return name, (None if not has_file or file == TERMINAL else Path(file))


def plan_outputs(
    formats: Sequence[tuple[str, Path | None]], output: Path | None = None
) -> tuple[Output, ...]:
    """Where each report goes; the text report takes the terminal when no format does.

    A format without a file goes to ``output``, or to the terminal; at most one may.
    """
    formats = list(formats) or [("text", None)]
    unplaced = [name for name, path in formats if path is None]
    if len(unplaced) > 1:
        names = " and ".join(f"--format {name}" for name in unplaced)
        raise UsageError(
            f"{names} would all write to the same place; give files, e.g. "
            f"--format {unplaced[-1]}={unplaced[-1]}-report"
        )
    if output is not None and not unplaced:
        raise UsageError("--output names the file of a --format given without '=FILE'")
    outputs = [Output(name, path if path is not None else output) for name, path in formats]
    paths = [o.path.resolve() for o in outputs if o.path is not None]
    if len(set(paths)) < len(paths):
        raise UsageError("two --format options write to the same file")
    if all(o.path is not None for o in outputs):
        outputs.append(Output("text"))
    return tuple(outputs)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description=DESCRIPTION,
        epilog="Run 'factcheck COMMAND --help' for a command's options and examples.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    verify = commands.add_parser(
        "verify",
        help="check claim files and report findings",
        description="Check claim files against each other and against their sources' text.",
        epilog=VERIFY_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _corpus_arguments(verify)
    verify.add_argument(
        "--format",
        action="append",
        type=parse_format,
        metavar="FORMAT[=FILE]",
        help=f"output format: {', '.join(sorted(REPORTERS))} (default: text); repeat it "
        "with =FILE to write several reports in one run",
    )
    verify.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write the report to FILE (written whole, atomically); the text report "
        "still goes to the terminal",
    )
    verify.add_argument(
        "--fail-on",
        choices=[s.label for s in reversed(Severity)],
        default="error",
        help="lowest severity that makes the run fail (default: error)",
    )
    verify.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="accept the findings recorded in FILE (see 'factcheck baseline'); "
        "report and fail only on new ones",
    )
    verify.add_argument(
        "--changed-since",
        metavar="REF",
        help="report only findings that touch files changed since the git REF "
        "(the whole corpus is still verified)",
    )
    verify.add_argument(
        "--show-suppressed",
        action="store_true",
        help="also list the findings silenced by claims' 'ignore', with their reasons",
    )
    verify.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour text output (default: auto, on a terminal without NO_COLOR)",
    )
    verify.set_defaults(run=_verify)

    baseline = commands.add_parser(
        "baseline",
        help="record today's findings, so that verify --baseline fails only on new ones",
        description="Verify the claim files and record every finding in a baseline file.",
        epilog=BASELINE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _corpus_arguments(baseline)
    baseline.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        required=True,
        help="the baseline file to write",
    )
    baseline.set_defaults(run=_baseline)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of a claim file",
        description="Print the JSON Schema of a claim file, for editors that complete and "
        "check YAML as it is typed (e.g. '# yaml-language-server: $schema=claim-file.json').",
    )
    schema.set_defaults(run=_schema)

    rules = commands.add_parser(
        "rules",
        help="list the rules, or show one rule's documentation",
        description="List every rule with its default severity, or show one rule's documentation.",
    )
    rules.add_argument("rule", nargs="?", metavar="RULE", help="a rule id, e.g. quote-in-text")
    rules.set_defaults(run=_rules)
    for command in (cli_review, cli_status, cli_history, cli_export, cli_extract, cli_report):
        command.register(commands)
    return parser


def _corpus_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        default=["claims"],
        help="claim files or folders (default: claims/)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="configuration file (default: found upward from the first PATH)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except (PathNotFound, ConfigError, BaselineError, ChangesError, UsageError) as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    return code


def verify_settings(args: argparse.Namespace) -> VerifySettings:
    """The settings of ``factcheck verify`` from its parsed arguments."""
    return VerifySettings(
        paths=tuple(args.paths),
        outputs=plan_outputs(args.format or [], args.output),
        fail_on=Severity.parse(args.fail_on),
        config=args.config,
        color=args.color == "always"
        or (args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ),
        show_suppressed=args.show_suppressed,
        baseline=args.baseline,
        changed_since=args.changed_since,
    )


def build_report(settings: VerifySettings) -> Report:
    """Load, verify, then apply the baseline and the changed-files filter, as asked."""
    from factcheck.engine import verify

    # what can stop the run (exit 2) is read before the corpus is verified
    accepted = baselines.load(settings.baseline) if settings.baseline else None
    config = load_config(settings.config, start=Path(settings.paths[0]))
    corpus = load(settings.paths, config)
    changed = None
    if settings.changed_since is not None:
        changed = changed_files(settings.changed_since, Path(settings.paths[0]))
    report = verify(corpus, config, fail_on=settings.fail_on)
    if accepted is not None:
        report = baselines.apply(report, accepted)
    if changed is not None:
        report = only_changed(report, corpus, changed)
    return report


def write_outputs(report: Report, settings: VerifySettings, terminal: TextIO) -> None:
    """Render every requested report; files are written atomically, before the terminal's."""
    for output in settings.outputs:
        if output.path is None:
            continue
        text = REPORTERS[output.format](report, RenderOptions(False, settings.show_suppressed))
        try:
            atomic.write_text(output.path, text)
        except OSError as error:
            raise UsageError(f"cannot write {output.path}: {error.strerror or error}") from None
        print(f"factcheck: wrote the {output.format} report to {output.path}", file=sys.stderr)
    for output in settings.outputs:
        if output.path is None:
            options = RenderOptions(settings.color, settings.show_suppressed)
            terminal.write(REPORTERS[output.format](report, options))


def _verify(args: argparse.Namespace) -> int:
    settings = verify_settings(args)
    report = build_report(settings)
    write_outputs(report, settings, sys.stdout)
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _baseline(args: argparse.Namespace) -> int:
    from factcheck.engine import verify

    config = load_config(args.config, start=Path(args.paths[0]))
    report = verify(load(args.paths, config), config)
    path: Path = args.output
    try:
        atomic.write_text(path, baselines.dumps(report.findings, path.resolve().parent))
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None
    count = len(report.findings)
    print(
        f"recorded {count} finding{'' if count == 1 else 's'} in {path}: "
        f"'factcheck verify --baseline {path}' now fails only on new findings"
    )
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from factcheck.model import ClaimFile

    del args
    schema = ClaimFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    from factcheck.engine import BUILT_IN_RULES
    from factcheck.rules import RULES, get, summary

    built_in = {info.id: info for info in (*BUILT_IN_RULES, baselines.RULE_INFO)}
    if args.rule in built_in:
        info = built_in[args.rule]
        print(
            f"{info.id} ({info.severity.label}, built in)\n\n{info.summary}\n\n{info.description}"
        )
        return EXIT_OK
    if args.rule:
        try:
            rule = get(args.rule)
        except KeyError as error:
            print(f"factcheck: error: {error.args[0]}", file=sys.stderr)
            return EXIT_USAGE
        print(f"{rule.ID} ({rule.SEVERITY.label})\n")
        print((rule.__doc__ or "").strip())
        return EXIT_OK
    width = max(len(rule_id) for rule_id in (*RULES, *built_in))
    for rule_id, rule in RULES.items():
        print(f"{rule_id:<{width}}  {rule.SEVERITY.label:<7}  {summary(rule)}")
    print("\nbuilt in (not configurable):")
    for info in built_in.values():
        print(f"{info.id:<{width}}  {info.severity.label:<7}  {info.summary}")
    return EXIT_OK
