"""The engine: selects the configured rules, runs them, stamps and sorts findings.

Rules decide what is wrong; the engine decides which rules run, how severe their
findings are (configuration overrides the rule's default) and in which order the
report lists them. A rule that crashes, or a file whose loading crashed, becomes
an ``internal-error`` finding so one bug never hides the other findings. Claims'
``ignore`` suppressions are applied last (see :mod:`factcheck.suppressions`), and
the report documents every rule it may mention, so reporters never import the rules.
"""

from __future__ import annotations

import difflib
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from factcheck import suppressions
from factcheck.collector import collector_paused
from factcheck.config import Config, ConfigError, RuleSettings
from factcheck.findings import Finding, Location, Report, RuleInfo, Severity, sort_findings
from factcheck.loading import prepare
from factcheck.model import Corpus
from factcheck.rules import RULES
from factcheck.rules.base import Context, Option, Rule

INTERNAL_ERROR = "internal-error"
INTERNAL_ERROR_INFO = RuleInfo(
    INTERNAL_ERROR,
    "A rule, or the loading of a file, crashed; its findings are missing from this run.",
    "A bug in factcheck, never in your claims: the other rules and files still ran. "
    "Please report it with the message and the claim file.",
    Severity.ERROR,
)
BUILT_IN_RULES = (INTERNAL_ERROR_INFO, suppressions.RULE_INFO, suppressions.UNUSED_RULE_INFO)


@dataclass(frozen=True)
class ActiveRule:
    """A rule as this run uses it: its module, severity and options."""

    rule: Rule
    severity: Severity
    options: Mapping[str, Any]


def active_rules(config: Config) -> list[ActiveRule]:
    """The rules enabled by the configuration, with their severities and options.

    Raises :class:`ConfigError` for an unknown rule id, option or severity, naming the
    configuration file.
    """
    try:
        return _active_rules(config)
    except ConfigError as error:
        if config.path is None:
            raise
        raise ConfigError(f"{config.path}: {error}") from None


def _active_rules(config: Config) -> list[ActiveRule]:
    for rule_id in config.rules:
        if rule_id not in RULES:
            close = difflib.get_close_matches(rule_id, RULES, n=1)
            hint = f", did you mean '{close[0]}'?" if close else ""
            raise ConfigError(f"unknown rule '{rule_id}' in [rules]{hint}")
    active = []
    for rule_id, rule in RULES.items():
        settings = config.rules.get(rule_id, RuleSettings())
        if not settings.enabled:
            continue
        try:
            severity = Severity.parse(settings.severity) if settings.severity else rule.SEVERITY
        except ValueError as error:
            raise ConfigError(f"[rules.{rule_id}] {error}") from None
        active.append(ActiveRule(rule, severity, _options(rule, settings)))
    return active


def _options(rule: Rule, settings: RuleSettings) -> dict[str, Any]:
    options = {name: option.default for name, option in rule.OPTIONS.items()}
    for name, value in settings.options.items():
        if name not in rule.OPTIONS:
            known = ", ".join(rule.OPTIONS) or "none"
            raise ConfigError(f"[rules.{rule.ID}] unknown option '{name}' (options: {known})")
        option = rule.OPTIONS[name]
        options[name] = _in_range(
            rule.ID, name, _coerce(rule.ID, name, value, option.default), option
        )
    return options


def _coerce(rule_id: str, name: str, value: Any, default: Any) -> Any:
    if (
        isinstance(default, Decimal)
        and isinstance(value, int | float)
        and not isinstance(value, bool)
    ):
        return Decimal(str(value))
    if type(value) is type(default) or (isinstance(default, tuple) and isinstance(value, list)):
        return tuple(value) if isinstance(default, tuple) else value
    expected = _KINDS.get(type(default), type(default).__name__)
    raise ConfigError(f"[rules.{rule_id}] option '{name}' must be {expected}, not {value!r}")


def _in_range(rule_id: str, name: str, value: Any, option: Option) -> Any:
    """The value of a number option, when finite and within the option's range."""
    if not isinstance(value, int | Decimal) or isinstance(value, bool):
        return value
    least, greatest = option.minimum, option.maximum
    if (
        (isinstance(value, Decimal) and not value.is_finite())
        or (least is not None and value < least)
        or (greatest is not None and value > greatest)
    ):
        allowed = option.allowed or "a finite number"
        raise ConfigError(f"[rules.{rule_id}] option '{name}' must be {allowed}, not {value}")
    return value


# What an option's default says it takes, in the words of a TOML file, not Python's.
_KINDS = {
    Decimal: "a number",
    int: "a whole number",
    float: "a number",
    str: "a text",
    bool: "true or false",
    tuple: "a list",
}


def verify(
    corpus: Corpus,
    config: Config | None = None,
    *,
    fail_on: Severity | str = Severity.ERROR,
) -> Report:
    """Run every enabled rule over the corpus, apply suppressions, return the finished report.

    ``corpus`` is what :func:`factcheck.load` returns. ``config`` chooses the rules,
    their severities and options, and the property vocabulary (default: the one the
    corpus was loaded with, found as the command line finds it; ``approx`` applies
    when loading, so give the same config to ``load``). ``fail_on`` is the lowest
    severity that makes ``report.ok`` false (a Severity, or ``"warning"``...).
    Raises ConfigError for an unknown rule, severity or option. Runs take turns: two
    threads verifying one corpus each get their own findings (they would share one
    interpreter lock anyway).
    """
    if not isinstance(corpus, Corpus):
        raise TypeError(
            f"verify() takes a Corpus, as factcheck.load() returns, not {type(corpus).__name__}"
        )
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a factcheck.Config, not {type(config).__name__}")
    if not isinstance(fail_on, Severity):
        try:
            fail_on = Severity.parse(str(fail_on))  # "warning", as on the command line
        except ValueError as error:
            raise ConfigError(f"fail_on: {error}") from None
    if config is None:
        config = corpus.config or Config()
    with _ONE_RUN_AT_A_TIME:  # the corpus keeps what the rules derive during a run
        return _verify(corpus, config, fail_on)


_ONE_RUN_AT_A_TIME = threading.Lock()


def _verify(corpus: Corpus, config: Config, fail_on: Severity) -> Report:
    rules = active_rules(config)
    prepare(corpus, config)  # records made or changed in code since loading
    corpus.start_run()
    findings: list[Finding] = []
    resolved = resolved_options(rules)
    ran: set[str] = set()  # the rules that ran to the end: their findings are all known
    with collector_paused():
        for active in rules:
            found = run_rule(active, corpus, config, resolved)
            findings.extend(found)
            if not any(finding.rule == INTERNAL_ERROR for finding in found):
                ran.add(active.rule.ID)
        findings.extend(
            Finding(problem.location, INTERNAL_ERROR, Severity.ERROR, problem.message)
            for problem in corpus.problems
            if problem.kind == "internal"
        )
        findings.extend(suppressions.invalid_suppressions(corpus, RULES))
        outcome = suppressions.apply(corpus, findings, RULES)
        unused = suppressions.unused_suppressions(corpus, outcome, RULES, ran)
    return Report(
        findings=sort_findings([*outcome.findings, *unused]),
        files=tuple(document.path for document in corpus.documents),
        claims=len(corpus.claims),
        checks=len(corpus.checks),
        fail_on=fail_on,
        rules=(
            *(RuleInfo.from_doc(a.rule.ID, a.rule.__doc__, a.severity) for a in rules),
            *BUILT_IN_RULES,
        ),
        suppressed=tuple(sorted(outcome.suppressed, key=lambda s: s.finding)),
    )


def resolved_options(rules: list[ActiveRule]) -> Mapping[str, Mapping[str, Any]]:
    """The validated options of every rule a run runs, by id: what each rule's context gives."""
    return MappingProxyType({active.rule.ID: active.options for active in rules})


def run_rule(
    active: ActiveRule,
    corpus: Corpus,
    config: Config,
    resolved: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Finding]:
    """Run one rule; its crash becomes an internal-error finding.

    ``resolved`` is :func:`resolved_options` of the run's active rules (computed from
    ``config`` when not given): a rule reads in its context which other rules run, and
    their options, as this run's configuration resolved them.
    """
    if resolved is None:
        resolved = resolved_options(active_rules(config))
    context = Context(corpus, active.options, config.vocabulary, config.approx, resolved)
    rule_id = active.rule.ID
    findings: list[Finding] = []
    try:
        for problem in active.rule.check(context):
            findings.append(
                Finding(problem.location, rule_id, active.severity, problem.message, problem.claims)
            )
    except Exception as error:
        crash = f"{type(error).__name__}: {error}"
        message = f"rule '{rule_id}' failed: {crash} (please report this)"
        findings.append(Finding(Location("<factcheck>"), INTERNAL_ERROR, Severity.ERROR, message))
    return findings
