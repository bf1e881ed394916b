"""``factcheck verify`` and ``factcheck baseline``: the commands a CI job runs.

Arguments become a plain :class:`VerifySettings`; :func:`build_report` and
:func:`write_outputs` do the work, so tests and scripts can call them directly.
Heavy modules (the engine, loading, pydantic, pint) are imported when a command
runs, not when the parser is built.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from factcheck.cache import DEFAULT_DIR
from factcheck.cli_common import (
    add_config,
    add_paths,
    load_corpus,
    output_file,
    path_argument,
    warn_ignored_configs,
)
from factcheck.errors import UsageError
from factcheck.findings import Severity
from factcheck.reporters import REPORTERS, RenderOptions
from factcheck.reporters.text_reporter import shown_path

if TYPE_CHECKING:
    from factcheck.findings import Report
    from factcheck.model import Corpus

EXIT_OK, EXIT_FINDINGS = 0, 1
TERMINAL_PATH = Path("-")  # --format NAME=-: the terminal

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
  2  the run could not be done: no such path, no claim file in it, unreadable
     configuration or baseline, unknown git ref, a report that cannot be written

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
    cache_dir: Path | None = None


def parse_format(text: str) -> tuple[str, Path | None]:
    """Read ``--format NAME`` or ``--format NAME=FILE``; ``=-`` is the terminal (TERMINAL_PATH)."""
    name, has_file, file = text.partition("=")
    if name not in REPORTERS:
        choices = ", ".join(sorted(REPORTERS))
        raise argparse.ArgumentTypeError(f"unknown format '{name}' (choose from {choices})")
    if has_file and not file:
        raise argparse.ArgumentTypeError(
            f"'{text}': give a file after '=', or '-' for the terminal"
        )
    return name, (path_argument(file) if has_file else None)


def plan_outputs(
    formats: Sequence[tuple[str, Path | None]], output: Path | None = None
) -> tuple[Output, ...]:
    """Where each report goes; the text report takes the terminal when no format does.

    A format without a file goes to ``output``, or to the terminal; at most one may.
    ``NAME=-`` goes to the terminal, whatever ``output`` says; one report at most does.
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
    outputs = [
        Output(name, output if path is None else None if path == TERMINAL_PATH else path)
        for name, path in formats
    ]
    shown = [o.format for o in outputs if o.path is None]
    if len(shown) > 1:
        names = " and ".join(f"--format {name}" for name in shown)
        raise UsageError(f"{names} would both write to the terminal; give one of them a file")
    paths = [o.path.resolve() for o in outputs if o.path is not None]
    if len(set(paths)) < len(paths):
        raise UsageError("two --format options write to the same file")
    if not any(o.path is None or _is_standard_output(o.path) for o in outputs):
        outputs.append(Output("text"))  # the terminal still says how the run went
    return tuple(outputs)


def _is_standard_output(path: Path) -> bool:
    """Whether a report file is the standard output itself (``/dev/stdout``, ``/dev/fd/1``)."""
    try:
        file, standard = os.stat(path), os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # no such file yet; no real stdout
        return False
    return (file.st_dev, file.st_ino) == (standard.st_dev, standard.st_ino)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``verify`` and ``baseline`` to the command line."""
    verify = commands.add_parser(
        "verify",
        help="check claim files and report findings",
        description="Check claim files against each other and against their sources' text.",
        epilog=VERIFY_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_paths(verify)
    add_config(verify)
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
        type=output_file,
        metavar="FILE",
        help="write the report to FILE (written whole, atomically; '-' is the terminal); "
        "the text report still goes to the terminal",
    )
    verify.add_argument(
        "--fail-on",
        choices=[s.label for s in reversed(Severity)],
        default="error",
        help="lowest severity that makes the run fail (default: error)",
    )
    verify.add_argument(
        "--baseline",
        type=path_argument,
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
        "--no-cache",
        action="store_true",
        help="verify everything again, ignoring and not writing the cache",
    )
    verify.add_argument(
        "--cache-dir",
        type=path_argument,
        default=DEFAULT_DIR,
        metavar="DIR",
        help="where finished reports are cached, keyed by the content of every file "
        "(default: .factcheck_cache; safe to delete)",
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
    add_paths(baseline)
    add_config(baseline)
    baseline.add_argument(
        "-o",
        "--output",
        type=output_file,
        metavar="FILE",
        required=True,
        help="the baseline file to write ('-': the standard output)",
    )
    baseline.set_defaults(run=_baseline)


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
        cache_dir=None if args.no_cache else args.cache_dir,
        baseline=args.baseline,
        changed_since=args.changed_since,
    )


def build_report(settings: VerifySettings) -> Report:
    """Load, verify, then apply the baseline and the changed-files filter, as asked.

    An unchanged corpus is answered from the cache without loading the library;
    ``--changed-since`` needs the corpus itself, so it always verifies.
    """
    from factcheck import baseline as baselines
    from factcheck.changes import changed_files, only_changed

    # what can stop the run (exit 2) is read before the corpus is verified
    accepted = baselines.load(settings.baseline) if settings.baseline else None
    changed = None
    if settings.changed_since is not None:
        changed = changed_files(settings.changed_since, Path(settings.paths[0]))
    if changed is None and settings.cache_dir is not None:
        report = _cached_report(settings, settings.cache_dir)
        corpus = None
        if not report.files:  # as load does when it is the one to read the files
            from factcheck.config import load_config
            from factcheck.discovery import require_claim_files

            config = load_config(settings.config, start=Path(settings.paths[0]))
            require_claim_files(settings.paths, config.exclude, config.folder, config.path)
    else:
        report, corpus, _ = _verify_corpus(settings)
    report = dataclasses.replace(report, fail_on=settings.fail_on)
    if accepted is not None:
        report = baselines.apply(report, accepted)
    if changed is not None and corpus is not None:
        report = only_changed(report, corpus, changed)
    return report


def _cached_report(settings: VerifySettings, folder: Path) -> Report:
    from factcheck.cache import ReportCache

    cache = ReportCache.for_run(settings.paths, settings.config, folder)
    report = cache.get()
    if report is None:
        report, _, texts = _verify_corpus(settings)
        problem = cache.put(report, texts)
        if problem is not None:
            print(
                f"factcheck: note: the report was not cached in {folder} ({problem}); "
                "the next run verifies everything again (--no-cache skips the cache)",
                file=sys.stderr,
            )
    return report


def _verify_corpus(settings: VerifySettings) -> tuple[Report, Corpus, list[Path]]:
    """Verify the corpus; also name the source texts it read (the cache depends on them)."""
    from factcheck.engine import verify

    config, corpus = load_corpus(settings.paths, settings.config, warn=False)
    report = verify(corpus, config, fail_on=settings.fail_on)
    texts = [
        Path(document.path).parent / document.source.text
        for document in corpus.documents
        if document.source is not None and document.source.text is not None
    ]
    return report, corpus, texts


def write_outputs(report: Report, settings: VerifySettings, terminal: TextIO) -> None:
    """Render every requested report; files are written atomically, before the terminal's."""
    from factcheck import atomic

    for output in settings.outputs:
        if output.path is None:
            continue
        text = REPORTERS[output.format](report, RenderOptions(False, settings.show_suppressed))
        try:
            atomic.write_text(output.path, text)
        except OSError as error:
            where = shown_path(output.path)
            raise UsageError(f"cannot write {where}: {error.strerror or error}") from None
        print(
            f"factcheck: wrote the {output.format} report to {shown_path(output.path)}",
            file=sys.stderr,
        )
    for output in settings.outputs:
        if output.path is None:
            options = RenderOptions(settings.color, settings.show_suppressed)
            terminal.write(REPORTERS[output.format](report, options))


def config_in_use(settings: VerifySettings) -> Path | None:
    """The configuration file a run reads: named with ``--config``, else found upward."""
    from factcheck.discovery import find_config

    return settings.config or find_config(Path(settings.paths[0]))


def _verify(args: argparse.Namespace) -> int:
    settings = verify_settings(args)
    report = build_report(settings)
    # on stderr, from the cache too: the JSON and SARIF reports stay as they are
    warn_ignored_configs(settings.paths, report.files, config_in_use(settings))
    write_outputs(report, settings, sys.stdout)
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _baseline(args: argparse.Namespace) -> int:
    from factcheck import atomic
    from factcheck import baseline as baselines
    from factcheck.engine import verify

    config, corpus = load_corpus(args.paths, args.config)
    report = verify(corpus, config)
    path: Path | None = args.output
    count = len(report.findings)
    recorded = f"recorded {count} finding{'' if count == 1 else 's'}"
    if path is None:  # -o -: file names relative to the working folder
        sys.stdout.write(baselines.dumps(report, Path.cwd()))
        print(f"factcheck: {recorded}", file=sys.stderr)
        return EXIT_OK
    try:
        atomic.write_text(path, baselines.dumps(report, path.resolve().parent))
    except OSError as error:
        raise UsageError(f"cannot write {shown_path(path)}: {error.strerror or error}") from None
    shown = shown_path(path)
    print(
        f"{recorded} in {shown}: 'factcheck verify --baseline {shown}' now fails only on new "
        "findings"
    )
    return EXIT_OK
