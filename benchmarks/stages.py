"""Where a first run's time goes: loading, then each rule, on one generated corpus.

    .venv/bin/python benchmarks/stages.py                  # the 10k-claim corpus
    .venv/bin/python benchmarks/stages.py --claims 100000  # the 100k one
    .venv/bin/python benchmarks/stages.py --profile RULE   # pyinstrument's flat profile of it

The corpus is the one ``benchmarks/run.py`` generates (``benchmarks/generate.py``,
cached under ``benchmarks/.data/``). Times are wall seconds in this process, one
rule after the other in the engine's order, so a rule that first computes what
others share (share groups, check outcomes) carries that cost.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the seconds of loading and of each rule."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--profile", metavar="RULE", help="'load' or a rule id to profile")
    args = parser.parse_args(argv)

    from run import Project, corpus, write_bytecode  # the benchmark's own corpus cache

    project = Project.find()
    folder, _ = corpus(project, args.claims, max(1, args.claims // 50), seed=1)
    write_bytecode(project)  # the import timed as a user's install runs it
    started = time.perf_counter()
    from factcheck import engine
    from factcheck.collector import collector_paused
    from factcheck.config import Config
    from factcheck.loading import load

    config = Config()
    print(f"{'import':32} {time.perf_counter() - started:7.2f} s")
    profiler = _profiler() if args.profile == "load" else None
    started = time.perf_counter()
    corpus_ = load(folder, config)
    _done(profiler)
    claims = sum(len(document.claims) for document in corpus_.documents)
    print(f"{f'load ({claims:,} claims)':32} {time.perf_counter() - started:7.2f} s")
    total = 0.0
    paused = collector_paused()  # as engine.verify runs the rules
    paused.__enter__()
    for active in engine.active_rules(config):
        profiler = _profiler() if args.profile == active.rule.ID else None
        started = time.perf_counter()
        found = engine.run_rule(active, corpus_, config)
        spent = time.perf_counter() - started
        _done(profiler)
        total += spent
        print(f"  {active.rule.ID:30} {spent:7.2f} s  {len(found):>6} findings")
    paused.__exit__(None, None, None)
    print(f"{'rules':32} {total:7.2f} s")
    return 0


def _profiler():  # type: ignore[no-untyped-def]
    import pyinstrument  # not a dependency: .venv/bin/pip install -e '.[bench]'

    profiler = pyinstrument.Profiler()
    profiler.start()
    return profiler


def _done(profiler) -> None:  # type: ignore[no-untyped-def]
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(color=False, flat=True, flat_time="self")[:5000])


if __name__ == "__main__":
    raise SystemExit(main())
