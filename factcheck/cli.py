"""The command line: parse arguments, build the run, print the report, exit.

Thin on purpose: every decision lives in the library (loading, the engine,
the reporters), so what the CLI does a script can do with ``import factcheck``.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import difflib
import gc
import io
import json
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from factcheck import __version__
from factcheck.errors import UsageError

EXIT_OK, EXIT_USAGE = 0, 2

DESCRIPTION = """\
Check the claims of news articles, encoded as YAML claim files, against each
other and against the articles' text.
"""


class _CommandParser(argparse.ArgumentParser):
    """A command's parser, which reads its positionals wherever they stand among options.

    Plain argparse gives an optional positional nothing once an option follows the first
    one: ``review ID --verdict verified claims/`` would refuse ``claims/``.
    """

    _parsing = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._parsing:  # parse_known_intermixed_args calls this method itself
            return super().parse_known_args(args, namespace)
        self._parsing = True
        try:
            parsed, unknown = self.parse_known_intermixed_args(args, namespace)
        finally:
            self._parsing = False
        if unknown:  # said here, with this command's usage, rather than by the main parser
            self.error(f"unrecognized arguments: {' '.join(unknown)}{_did_you_mean(self, unknown)}")
        return parsed, unknown


def _did_you_mean(parser: argparse.ArgumentParser, unknown: Sequence[str]) -> str:
    """A hint naming the closest option to the first unknown one, if any is close."""
    options = [o for o in parser._option_string_actions if o.startswith("--")]
    option = next((arg.split("=")[0] for arg in unknown if arg.startswith("-")), None)
    close = difflib.get_close_matches(option, options, n=1) if option else []
    return f" (did you mean {close[0]}?)" if close else ""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    # imported here, not with this module: a Ctrl-C while they load is then caught by run()
    from factcheck import (
        cli_export,
        cli_extract,
        cli_history,
        cli_report,
        cli_review,
        cli_status,
        cli_verify,
    )

    parser = argparse.ArgumentParser(
        prog="factcheck",
        description=DESCRIPTION,
        epilog="Run 'factcheck COMMAND --help' for a command's options and examples.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        required=True,
        parser_class=_CommandParser,
    )

    cli_verify.register(commands)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of a claim file",
        description="Print the JSON Schema of a claim file, for editors that complete and "
        "check YAML as it is typed.",
        epilog="examples:\n"
        "  factcheck schema > claim-file.schema.json   save it beside the claim files\n\n"
        "then start each claim file with a line naming it, which the YAML extension of\n"
        "VS Code and other editors using yaml-language-server read:\n"
        "  # yaml-language-server: $schema=claim-file.schema.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    schema.set_defaults(run=_schema)

    rules = commands.add_parser(
        "rules",
        help="list the rules, or show one rule's documentation",
        description="List every rule with its default severity, or show one rule's documentation.",
        epilog="examples:\n"
        "  factcheck rules                  every rule, its default severity and summary\n"
        "  factcheck rules quote-in-text    one rule: what it checks, options, examples\n\n"
        "Rules are turned off, or given another severity, in factcheck.toml\n"
        "(see docs/configuration.md).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rules.add_argument("rule", nargs="?", metavar="RULE", help="a rule id, e.g. quote-in-text")
    rules.set_defaults(run=_rules)
    for command in (cli_review, cli_status, cli_history, cli_export, cli_extract, cli_report):
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    given = sys.argv[1:] if argv is None else list(argv)
    if given and given[0].startswith("-") and given[0] not in ("-h", "--help", "--version"):
        # before the command: argparse would only say that the command is missing
        parser.error(f"unrecognized arguments: {given[0]}{_did_you_mean(parser, given[:1])}")
    args = parser.parse_args(given)
    try:
        code: int = args.run(args)
    except UsageError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    return code


def run() -> NoReturn:
    """The ``factcheck`` program (and ``python -m factcheck``): :func:`main` in its own process.

    A run is short and what it builds lives until its end, so the process skips the
    work of freeing it: the cyclic garbage collector is off (on a large archive it
    would rescan millions of live objects) and, once the output is flushed, the
    process exits without tearing the heap down object by object (as mypy does).
    File names that are not UTF-8 (read by Python as surrogates) are written to the
    terminal as their own bytes, whatever the locale; a character the terminal's
    encoding lacks (``€`` on a Latin-1 terminal) is written as its Python escape.
    A standard stream the caller closed (``>&-``) becomes a sink: the exit code still
    tells the outcome.
    """
    gc.disable()
    codecs.register_error(_OUTPUT_ERRORS, _unencodable)
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors=_OUTPUT_ERRORS)
    try:
        code = main()
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader stopped early (| head): nobody is left to tell
        os._exit(1)
    except KeyboardInterrupt:  # Ctrl-C while the commands were still being loaded
        os._exit(130)
    except OSError as error:  # writing the output failed, or a bug let a system error through
        with contextlib.suppress(OSError):
            print(f"factcheck: error: {error}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    os._exit(code)


_OUTPUT_ERRORS = "factcheck-output"


def _unencodable(error: UnicodeError) -> tuple[str | bytes, int]:
    """Surrogates (undecodable file names) as their bytes, anything else escaped."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    if all("\udc80" <= char <= "\udcff" for char in error.object[error.start : error.end]):
        return codecs.lookup_error("surrogateescape")(error)
    return codecs.backslashreplace_errors(error)


def _schema(args: argparse.Namespace) -> int:
    from factcheck.model import ClaimFile

    del args
    schema = ClaimFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    from factcheck import baseline as baselines
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
