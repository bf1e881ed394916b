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
from pathlib import Path

from factcheck import __version__
from factcheck.config import ConfigError, load_config
from factcheck.findings import Severity
from factcheck.loading import PathNotFound, load
from factcheck.reporters import REPORTERS

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

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

exit codes:
  0  no finding at or above --fail-on (default: error)
  1  findings at or above --fail-on (a broken claim file is such a finding)
  2  the run could not be done: no such path, unreadable configuration

configuration: factcheck.toml, or [tool.factcheck] in pyproject.toml, found
upward from the first PATH (see docs/configuration.md); `factcheck rules`
lists the rules and what they check.
"""


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
    verify.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        default=["claims"],
        help="claim files or folders (default: claims/)",
    )
    verify.add_argument(
        "--format", choices=sorted(REPORTERS), default="text", help="output format (default: text)"
    )
    verify.add_argument(
        "--fail-on",
        choices=[s.label for s in reversed(Severity)],
        default="error",
        help="lowest severity that makes the run fail (default: error)",
    )
    verify.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="configuration file (default: found upward from the first PATH)",
    )
    verify.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour text output (default: auto, on a terminal without NO_COLOR)",
    )
    verify.set_defaults(run=_verify)

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except (PathNotFound, ConfigError) as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    return code


def _verify(args: argparse.Namespace) -> int:
    from factcheck.engine import verify

    config = load_config(args.config, start=Path(args.paths[0]))
    corpus = load(args.paths, config)
    report = verify(corpus, config, fail_on=Severity.parse(args.fail_on))
    color = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    )
    sys.stdout.write(REPORTERS[args.format](report, color))
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _schema(args: argparse.Namespace) -> int:
    from factcheck.model import ClaimFile

    del args
    schema = ClaimFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    from factcheck.rules import RULES, get, summary

    if args.rule:
        try:
            rule = get(args.rule)
        except KeyError as error:
            print(f"factcheck: error: {error.args[0]}", file=sys.stderr)
            return EXIT_USAGE
        print(f"{rule.ID} ({rule.SEVERITY.label})\n")
        print((rule.__doc__ or "").strip())
        return EXIT_OK
    width = max(len(rule_id) for rule_id in RULES)
    for rule_id, rule in RULES.items():
        print(f"{rule_id:<{width}}  {rule.SEVERITY.label:<7}  {summary(rule)}")
    return EXIT_OK
