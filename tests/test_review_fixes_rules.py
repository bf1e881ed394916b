"""holds-by-rounding leaves a check to sums-at-the-limit as the run's configuration says.

Whether sums-at-the-limit runs, and its ``max_chance``, come from the configuration
given to ``verify`` (resolved and validated by the engine), not from the one the corpus
was loaded with; the filter on improbable sums is one function both rules use.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import factcheck
from factcheck import Config
from factcheck.explicit import improbable_sums, open_bound
from factcheck.model import Corpus
from factcheck.rules import holds_by_rounding, sums_at_the_limit
from factcheck.rules.base import Context, claim_table, claims_seen_from, outcomes_of
from tests.conftest import WriteFiles, source_block

# the docs' example of sums-at-the-limit: 3,3 million printed as 3,2
CLEANUP = source_block(language="en") + (
    "claims:\n"
    "  - {id: debris, subject: cleanup, property: cost, qualifiers: {item: debris},\n"
    '     value: "$1.9 million", quote: "$1.9 million for debris removal"}\n'
    "  - {id: overtime, subject: cleanup, property: cost, qualifiers: {item: overtime},\n"
    '     value: "$900,000", quote: "$900,000 in overtime"}\n'
    "  - {id: drains, subject: cleanup, property: cost, qualifiers: {item: drains},\n"
    '     value: "$500,000", quote: "$500,000 for storm drain repairs"}\n'
    '  - {id: total, subject: cleanup, property: cost, value: "$3.2 million",\n'
    '     quote: "will cost the city $3.2 million"}\n'
    "checks:\n"
    '  - {id: cleanup_sum, expect: "debris + overtime + drains == total"}\n'
)
SUMS_OFF = {"sums-at-the-limit": {"enabled": False}}


def _corpus(write_files: WriteFiles, config: Config | None = None) -> Corpus:
    folder: Path = write_files({"claims.yaml": CLEANUP})
    return factcheck.load(folder, config) if config is not None else factcheck.load(folder)


def _about_cleanup(report: factcheck.Report) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in report.findings:
        if "cleanup_sum" in finding.message:
            found.setdefault(finding.rule, []).append(finding.message)
    return found


def test_by_default_the_check_is_sums_at_the_limit_s_warning_only(
    write_files: WriteFiles,
) -> None:
    report = factcheck.verify(_corpus(write_files))
    assert set(_about_cleanup(report)) == {"sums-at-the-limit"}


def test_sums_off_in_the_config_given_to_verify_leaves_the_check_to_holds_by_rounding(
    write_files: WriteFiles,
) -> None:
    corpus = _corpus(write_files)  # loaded with the default configuration
    report = factcheck.verify(corpus, Config(rules=SUMS_OFF))
    found = _about_cleanup(report)
    assert set(found) == {"holds-by-rounding"}
    assert found["holds-by-rounding"][0].startswith("check 'cleanup_sum': ")


def test_sums_on_in_the_config_given_to_verify_wins_over_the_loading_one(
    write_files: WriteFiles,
) -> None:
    corpus = _corpus(write_files, Config(rules=SUMS_OFF))  # loaded with the rule off
    report = factcheck.verify(corpus, Config())
    assert set(_about_cleanup(report)) == {"sums-at-the-limit"}
    # and the other way round, with the loading configuration used by default
    assert set(_about_cleanup(factcheck.verify(corpus))) == {"holds-by-rounding"}


@pytest.mark.parametrize(
    ("max_chance", "rule"),
    [(0, "holds-by-rounding"), (1, "sums-at-the-limit")],  # its chance: under 1e-6, not 0
)
def test_the_resolved_max_chance_of_the_run_is_the_one_read(
    max_chance: int, rule: str, write_files: WriteFiles
) -> None:
    corpus = _corpus(write_files)
    config = Config(rules={"sums-at-the-limit": {"max_chance": max_chance}})
    assert set(_about_cleanup(factcheck.verify(corpus, config))) == {rule}


def test_a_context_outside_a_run_counts_every_rule_on_with_its_defaults(
    write_files: WriteFiles,
) -> None:
    context = Context(_corpus(write_files))
    assert context.options_of(sums_at_the_limit) == {"max_chance": Decimal("0.001")}
    assert not [p for p in holds_by_rounding.check(context) if "cleanup_sum" in p.message]
    off = Context(context.corpus, active={})
    assert off.options_of(sums_at_the_limit) is None
    assert [p for p in holds_by_rounding.check(off) if "cleanup_sum" in p.message]


def test_improbable_sums_is_the_filter_both_rules_apply(write_files: WriteFiles) -> None:
    context = Context(_corpus(write_files))
    table = claim_table(context)
    [(check, _)] = outcomes_of(context)
    claims = claims_seen_from(table, check.location.file)
    [rounded] = improbable_sums(check, claims, 0.001)
    assert rounded.figures == ("debris", "overtime", "drains", "total")
    assert 0 < rounded.chance < 1e-6
    assert improbable_sums(check, claims, rounded.chance) == []  # below it, strictly
    assert improbable_sums(check, claims, 0.0) == []  # 0: only a chance of none
    assert open_bound(check, claims) is None  # no bound: nothing to scan beforehand
