"""Compare the YAML parsers issue 7 names, on the claim files of one generated corpus.

    .venv/bin/python benchmarks/parsers.py                  # the 100k-claim corpus
    .venv/bin/python benchmarks/parsers.py --claims 10000   # a quicker look
    .venv/bin/pip install -e '.[bench]'                     # rapidyaml, to compare it too

Every claim file is read into memory first; then each way of reading them runs over
all of them, the ways taking turns (``--runs`` rounds, the fastest kept) so that the
drift of a shared machine hits them alike. The rows:

- ``PyYAML CSafeLoader``: ``yaml.load(text, Loader=yaml.CSafeLoader)``, the yardstick
  of the throughput target;
- ``factcheck exact reader``: ``yamltree.parse_yaml`` (libyaml's events, scalars kept
  as written, every position kept), what loading falls back to;
- ``yaml-rs``: ``yaml_rs.loads``, and ``yaml-rs + record scan``: ``yamlfast.parse_fast``,
  the fast path as loading uses it (yaml-rs, then the checks and the line scan);
- ``rapidyaml, C++ tree only``: ``ryml.parse_in_arena``, no Python object made, and
  ``rapidyaml to Python``: that tree emitted as JSON and read by orjson (its Python
  bindings have no other way to Python objects than walking the tree node by node);
- ``claims, from ...``: the claims validated into factcheck's models, from yaml-rs's
  tree (``validate_python``) and from rapidyaml's JSON (pydantic's ``validate_json``,
  which builds the models without intermediate dicts);
- ``claims, from JSON made beforehand``: ``validate_json`` alone, on the claims as JSON
  prepared before the clock starts: what building the claims costs if reading YAML
  were free.

Then each parser is probed on the YAML that matters to claim files (a repeated key,
``~``, ``7.30``, ``on``) and on whether it tells positions: what a fast path must
check before it may trust the parser.
"""

from __future__ import annotations

import argparse
import functools
import importlib.metadata
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

Way = Callable[[], int]  # reads every file, returns the number of claims it saw


def main(argv: Sequence[str] | None = None) -> int:
    """Print the seconds each parser takes on the corpus, and how each reads claim YAML."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="rounds; the fastest is kept")
    args = parser.parse_args(argv)

    from run import Project, corpus, yaml_files  # the benchmark's own corpus cache

    folder, _ = corpus(Project.find(), args.claims, max(1, args.claims // 50), seed=1)
    texts = [path.read_text(encoding="utf-8") for path in yaml_files(folder)]
    size = sum(len(text.encode()) for text in texts)
    print(f"{len(texts):,} claim files, {size / 1e6:.1f} MB, in {folder.name}")
    print(_versions())
    ways = _ways(texts)
    best: dict[str, float] = {}
    counts: dict[str, int] = {}
    for _ in range(args.runs):
        for name, way in ways.items():
            started = time.perf_counter()
            counts[name] = way()
            spent = time.perf_counter() - started
            best[name] = min(spent, best.get(name, spent))
    yardstick = best["PyYAML CSafeLoader"]
    print(f"\n{'way of reading':44} {'s':>7} {'claims/s':>10} {'MB/s':>7} {'/ PyYAML':>9}")
    for name, spent in best.items():
        rate = counts[name] / spent if counts[name] else float("nan")
        print(
            f"{name:44} {spent:7.2f} {rate:10,.0f} {size / 1e6 / spent:7.1f}"
            f" {spent / yardstick:9.2f}"
        )
    print("\nhow each parser reads YAML that claim files hold, and whether it tells positions:")
    for name, traits in _probes().items():
        print(f"  {name:12} " + "; ".join(f"{probe} -> {seen}" for probe, seen in traits.items()))
    return 0


def _ways(texts: list[str]) -> dict[str, Way]:
    import orjson
    import yaml
    import yaml_rs
    from pydantic import TypeAdapter

    from factcheck.model import Claim
    from factcheck.yamlfast import parse_fast
    from factcheck.yamltree import parse_yaml

    claims = TypeAdapter(list[Claim])

    def pyyaml() -> int:
        return sum(len(yaml.load(text, Loader=yaml.CSafeLoader)["claims"]) for text in texts)

    def exact() -> int:
        return sum(len(parse_yaml(text)["claims"]) for text in texts)  # type: ignore[index]

    def rust() -> int:
        return sum(len(yaml_rs.loads(text, parse_datetime=False)["claims"]) for text in texts)

    def fast_path() -> int:
        total = 0
        for text in texts:
            tree = parse_fast(text)
            assert tree is not None, "a generated file left the fast path"
            total += len(tree.root["claims"])
        return total

    def rust_models() -> int:
        return sum(
            len(claims.validate_python(yaml_rs.loads(text, parse_datetime=False)["claims"]))
            for text in texts
        )

    prepared = [orjson.dumps(yaml_rs.loads(text, parse_datetime=False)["claims"]) for text in texts]

    def json_models() -> int:
        return sum(len(claims.validate_json(data)) for data in prepared)

    ways: dict[str, Way] = {
        "PyYAML CSafeLoader": pyyaml,
        "factcheck exact reader (PyYAML events)": exact,
        "yaml-rs": rust,
        "yaml-rs + record scan (the fast path)": fast_path,
    }
    ryml = _ryml()
    if ryml is not None:
        encoded = [text.encode() for text in texts]

        def cpp_tree() -> int:
            total = 0
            for data in encoded:
                tree = ryml.parse_in_arena(data)
                total += tree.num_children(tree.find_child(tree.root_id(), b"claims"))
            return total

        def cpp_python() -> int:
            total = 0
            for data in encoded:
                tree = ryml.parse_in_arena(data)
                total += len(orjson.loads(ryml.emit_json_malloc(tree, tree.root_id()))["claims"])
            return total

        def cpp_models() -> int:
            total = 0
            for data in encoded:
                tree = ryml.parse_in_arena(data)
                json = ryml.emit_json_malloc(tree, tree.find_child(tree.root_id(), b"claims"))
                total += len(claims.validate_json(json[json.index("[") :]))  # after '"claims":'
            return total

        ways |= {
            "rapidyaml, C++ tree only": cpp_tree,
            "rapidyaml to Python (via JSON, orjson)": cpp_python,
        }
    ways["claims, from yaml-rs (validate_python)"] = rust_models
    if ryml is not None:
        ways["claims, from rapidyaml (JSON, validate_json)"] = cpp_models
    ways["claims, from JSON made beforehand"] = json_models
    return ways


# What a fast path must know of a parser: YAML that claim files hold, read as what?
PROBES = {
    "repeated key": "a: 1\na: 2\n",
    "~": "a: ~\n",
    "7.30": "a: 7.30\n",
    "on": "a: on\n",
}


def _probes() -> dict[str, dict[str, Any]]:
    import orjson
    import yaml
    import yaml_rs

    def pyyaml(text: str) -> Any:
        return yaml.load(text, Loader=yaml.CSafeLoader)

    def rust(text: str) -> Any:
        return yaml_rs.loads(text, parse_datetime=False)

    readers: dict[str, tuple[Callable[[str], Any], bool]] = {
        "PyYAML": (pyyaml, True),  # its events carry marks
        "yaml-rs": (rust, False),
    }
    ryml = _ryml()
    if ryml is not None:

        def cpp(text: str) -> Any:
            tree = ryml.parse_in_arena(text.encode())
            json = ryml.emit_json_malloc(tree, tree.root_id())
            keys = json.count('"a"')
            return orjson.loads(json) if keys < 2 else f"keeps both: {' '.join(json.split())}"

        readers["rapidyaml"] = (cpp, False)  # the Python bindings expose no node location
    found: dict[str, dict[str, Any]] = {}
    for name, (read, positions) in readers.items():
        traits: dict[str, Any] = {}
        for probe, text in PROBES.items():
            try:
                traits[probe] = repr(read(text)["a"]) if probe != "repeated key" else read(text)
            except Exception as error:  # the probe is whether it refuses
                traits[probe] = f"refused ({type(error).__name__})"
            if probe == "repeated key" and isinstance(traits[probe], dict):
                traits[probe] = f"keeps {traits[probe]}"
        traits["positions"] = "yes" if positions else "no"
        found[name] = traits
    return found


@functools.cache
def _ryml() -> Any:
    try:
        import ryml
    except ImportError:
        print("rapidyaml is not installed here: .venv/bin/pip install -e '.[bench]'")
        return None
    return ryml


def _versions() -> str:
    names = ("PyYAML", "yaml-rs", "rapidyaml", "pydantic", "orjson")
    found = []
    for name in names:
        try:
            found.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ", ".join(found)


if __name__ == "__main__":
    raise SystemExit(main())
