"""Rules in forked workers give the same report as rules run in one process."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from factcheck import engine, parallel
from factcheck.loading import load
from factcheck.reporters import REPORTERS, RenderOptions

ROOT = Path(__file__).resolve().parent.parent
needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="this platform does not fork")


def _json(report: object) -> str:
    return REPORTERS["json"](report, RenderOptions())  # type: ignore[arg-type]


MISTAKES = """\
source:
  id: s{n}
  title: T
  publisher: P
  published: 2015-07-27
  language: fr
claims:
  - id: a{n}
    quote: "mardi 27 juillet, 44,4 %"
    subject: Cloudwatt
    property: shareholding
    qualifiers: {{holder: Orange}}
    value: 44,4 %
    when: mardi 27 juillet 2015
  - id: b{n}
    quote: "33,3 %"
    subject: Cloudwatt
    property: shareholding
    qualifiers: {{holder: Thales}}
    value: 33,3 %
    when: 27 juillet 2015
  - id: c{n}
    quote: "43,3 %"
    subject: Cloudwatt
    property: shareholding
    qualifiers: {{holder: CDC}}
    value: 43,3 %
    when: 27 juillet 2015
  - id: dup
    quote: "19 personnes"
    subject: sondage
    property: respondents
    value: "{respondents}"
checks:
  - id: k{n}
    expect: a{n} + b{n} + c{n} == 100 %
"""


@needs_fork
def test_two_workers_report_exactly_what_one_process_reports(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(engine, "PARALLEL_FROM", 0)  # our corpora are small
    for n in range(3):
        text = MISTAKES.format(n=n, respondents=19 + n)
        tmp_path.joinpath(f"f{n}.yaml").write_text(text, encoding="utf-8")
    paths = [ROOT / "claims", tmp_path]
    corpus = load(paths)
    forks: list[int] = []
    real = parallel.run_forked

    def counting(run, tasks, jobs):  # type: ignore[no-untyped-def]
        forks.append(jobs)
        return real(run, tasks, jobs)

    monkeypatch.setattr(engine, "run_forked", counting)
    alone = engine.verify(load(paths), jobs=1)
    together = engine.verify(corpus, jobs=2)
    assert forks == [1, 2]
    assert _json(together) == _json(alone)
    rules = {finding.rule for finding in together.findings}
    assert {"weekday-matches-date", "duplicate-id", "expect-holds"} <= rules


def _pid_or_die(parent: int) -> int:
    if os.getpid() != parent:
        os._exit(3)  # a worker killed mid-run (out of memory, a signal)
    return 0


@needs_fork
def test_a_killed_worker_means_the_work_is_done_here_instead() -> None:
    parent = os.getpid()
    assert parallel.run_forked(_pid_or_die, [parent, parent, parent], jobs=2) == [0, 0, 0]


@needs_fork
def test_results_come_back_in_the_order_of_the_tasks_from_other_processes() -> None:
    results = parallel.run_forked(lambda n: (n * n, os.getpid()), list(range(6)), jobs=2)
    assert [square for square, _ in results] == [0, 1, 4, 9, 16, 25]
    assert {pid for _, pid in results} != {os.getpid()}


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not parallel.can_fork()
        results = parallel.run_forked(lambda n: (n, os.getpid()), [1, 2], jobs=2)
        assert results == [(1, os.getpid()), (2, os.getpid())]
    finally:
        stop.set()
        thread.join()


def test_small_corpora_never_start_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    monkeypatch.setattr(engine, "run_forked", lambda run, tasks, jobs: asked.append(jobs) or [])
    engine.verify(load(ROOT / "claims"), jobs=8)
    assert asked == [1]


def test_rules_sharing_derived_data_run_together_and_the_largest_group_goes_first() -> None:
    from factcheck.config import Config

    groups = engine.rule_groups(engine.active_rules(Config()))
    ids = [[active.rule.ID for active in group] for group in groups]
    table = next(group for group in ids if "duplicate-id" in group)
    assert {"same-fact-same-value", "unknown-reference", "share-of-count"} <= set(table)
    shares = next(group for group in ids if "shares-sum-to-whole" in group)
    assert "shares-incomplete" in shares
    assert sorted(map(len, ids), reverse=True) == list(map(len, ids))
    assert sorted(rule for group in ids for rule in group) == sorted(
        active.rule.ID for active in engine.active_rules(Config())
    )


def test_a_rule_sharing_two_things_joins_their_groups() -> None:
    from types import SimpleNamespace

    from factcheck.findings import Severity

    def rule(rule_id: str, *shares: str) -> engine.ActiveRule:
        module = SimpleNamespace(ID=rule_id, SHARES=shares)
        return engine.ActiveRule(module, Severity.ERROR, {})  # type: ignore[arg-type]

    rules = [rule("a", "x"), rule("b", "y"), rule("c"), rule("d", "x", "y"), rule("e", "y")]
    groups = [[active.rule.ID for active in group] for group in engine.rule_groups(rules)]
    assert groups == [["a", "b", "d", "e"], ["c"]]
