"""Measure factcheck against the targets of issue 7, and against what a user would otherwise run.

    .venv/bin/python benchmarks/run.py            # 10k and 100k claims (takes minutes)
    .venv/bin/python benchmarks/run.py --quick    # 1k and 10k claims, while developing
    .venv/bin/python benchmarks/run.py --json     # the same figures, for machines
    .venv/bin/python benchmarks/run.py --show     # the table of the last run, again

In one run, on corpora made by ``benchmarks/generate.py`` (cached under
``benchmarks/.data/``, ignored by git), it measures for each size:

- ``factcheck verify DIR --format json``, first run with no cache (the cache is
  cleared, and disabled when verify has a flag for it): wall time, claims/s and
  peak memory (max RSS of the process, and the sampled sum of PSS over its process tree
  when it has workers);
- the same command again with the cache warm (if verify keeps one);
- PyYAML's C loader alone parsing the same files (``yaml.load(f,
  Loader=yaml.CSafeLoader)`` on every file, one process): the floor to beat;
- the peers a user might run instead: ``check-jsonschema`` against ``factcheck
  schema`` and ``yamllint`` (installed into ``benchmarks/.venv-peers``);

then the cold start of ``factcheck verify claims/`` against ``python -c pass``
(median of N runs: a machine's very first run, no report cache, warm report
cache), and prints every target with PASS or FAIL. "No cache" means no report
cache: the libraries' own caches (pint's, in the user's cache folder, sandboxed
under benchmarks/.data/xdg-cache) stay warm, as on any machine after its first
run. The machine and factcheck's source digest are printed too, with a warning
when the source changed during the run; read the ratios more than the seconds on
a shared or noisy machine (the cpu column is less sensitive to other load).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "benchmarks"
DATA = HERE / ".data"
PEERS = HERE / ".venv-peers"
GENERATOR = HERE / "generate.py"
CACHE_NAME = ".factcheck_cache"
PEER_PACKAGES = ("check-jsonschema", "yamllint")
VERSIONS_OF = ("factcheck", "pydantic", "pint", "dateparser", "PyYAML", "babel", "ruamel.yaml")

# targets of issue 7
MAX_RATIO_TO_PYYAML = 0.25
MIN_CACHE_SPEEDUP = 10.0
MAX_COLD_FIRST = 25.0
MAX_COLD_WARM = 8.0
MAX_SCALING = 11.0
MAX_PEAK_MB = 500.0

PYYAML_SCRIPT = """
import pathlib, sys, yaml
claims = 0
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.yaml")):
    with open(path, "rb") as f:
        data = yaml.load(f, Loader=yaml.CSafeLoader)
    claims += len(data.get("claims") or [])
print(claims)
"""

VERSIONS_SCRIPT = """
import json, sys
from importlib import metadata
out = {"python": sys.version.split()[0]}
for name in sys.argv[1:]:
    try:
        out[name] = metadata.version(name)
    except metadata.PackageNotFoundError:
        out[name] = None
try:
    import yaml
    out["PyYAML libyaml"] = bool(getattr(yaml, "__with_libyaml__", False))
except ImportError:
    pass
print(json.dumps(out))
"""


# --- running and measuring a command ----------------------------------------------------------


@dataclass
class Measure:
    """One timed run of a command."""

    wall: float  # seconds
    cpu: float  # user + system seconds of the child and the descendants it waited for
    max_rss_mb: float  # the largest single process (the child or a descendant it waited for)
    tree_rss_mb: float  # sampled peak of the PSS summed over the child's process tree
    exit_code: int
    stdout: str = field(default="", repr=False)
    stderr: str = field(default="", repr=False)

    @property
    def peak_mb(self) -> float:
        """Peak memory: the larger of the two readings."""
        return max(self.max_rss_mb, self.tree_rss_mb)


def _rss_kb(pid: int) -> int:
    """The memory a process uses: its proportional set size where Linux tells it, else RSS.

    Forked workers share their parent's pages until they write them; RSS counts a shared
    page in every process, PSS divides it among them, so PSS sums right over a tree.
    """
    for path, key in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(path, encoding="ascii", errors="replace") as f:
                for line in f:
                    if line.startswith(key):
                        return int(line.split()[1])
        except (OSError, ValueError):
            continue
    return 0


def _descendants(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as f:
                    children = [int(c) for c in f.read().split()]
            except (OSError, ValueError):
                continue
            found.extend(children)
            stack.extend(children)
    return found


def run(
    command: Sequence[str | Path],
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float | None = None,
) -> Measure:
    """Run a command to completion; return its wall time, peak memory and output.

    The child's own max RSS comes from ``wait4`` (Linux counts the largest waited-for
    descendant in it); while the child has descendants, the process tree's sum of PSS is
    sampled from /proc every 20 ms, which is what matters when verify runs worker
    processes side by side (forked workers share the parent's pages: summing their RSS
    would count those pages twice). Only then: reading a process's PSS walks its page
    tables under its memory-map lock, which slowed a 3 GB run by half (measured at 1M
    claims: 297 s against 100 s).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(c) for c in command], cwd=cwd, env=env, stdout=out, stderr=err
        )
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.02):
                workers = _descendants(process.pid)
                if workers:  # alone, the child's peak is wait4's, exact and free
                    total = sum(_rss_kb(p) for p in [process.pid, *workers])
                    peak[0] = max(peak[0], total)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        timer = threading.Timer(timeout, process.kill) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        if timer:
            timer.cancel()
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measure(
            wall=wall,
            cpu=usage.ru_utime + usage.ru_stime,
            max_rss_mb=usage.ru_maxrss / 1024,
            tree_rss_mb=peak[0] / 1024,
            exit_code=process.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


# --- the project under test -------------------------------------------------------------------


@dataclass
class Project:
    """How to run factcheck here, and what its ``verify`` supports."""

    python: Path
    factcheck: list[str]
    help_text: str
    jobs_flag: str | None
    no_cache_flag: str | None
    cache_dir_flag: str | None
    no_cache_env: str | None
    env: dict[str, str]

    @classmethod
    def find(cls) -> Project:
        """The project's venv if there is one, else the interpreter running this script."""
        venv = ROOT / ".venv" / "bin"
        python = venv / "python" if (venv / "python").exists() else Path(sys.executable)
        script = venv / "factcheck"
        factcheck = [str(script)] if script.exists() else [str(python), "-m", "factcheck"]
        env = dict(os.environ)
        # a sandboxed user cache, so that a cache kept outside the corpus is cleared too
        env["XDG_CACHE_HOME"] = str(DATA / "xdg-cache")
        env.pop("FORCE_COLOR", None)
        env["NO_COLOR"] = "1"
        help_text = subprocess.run(
            [*factcheck, "verify", "--help"], capture_output=True, text=True, env=env, check=False
        ).stdout

        def flag(*names: str) -> str | None:
            return next(
                (n for n in names if re.search(rf"(^|\s|,){re.escape(n)}\b", help_text)), None
            )

        env_match = re.search(r"\b(FACTCHECK_[A-Z_]*NO_CACHE[A-Z_]*)\b", help_text)
        return cls(
            python=python,
            factcheck=factcheck,
            help_text=help_text,
            jobs_flag=flag("--jobs", "-j"),
            no_cache_flag=flag("--no-cache"),
            cache_dir_flag=flag("--cache-dir"),
            no_cache_env=env_match.group(1) if env_match else None,
            env=env,
        )

    def verify(
        self, paths: Sequence[str | Path], jobs: str | None, cache: bool, fmt: str | None = "json"
    ) -> list[str]:
        """The verify command line, with the jobs and cache options this version supports."""
        command = [*self.factcheck, "verify", *map(str, paths)]
        if fmt:
            command += ["--format", fmt]
        if self.jobs_flag and jobs is not None:
            command += [self.jobs_flag, str(jobs)]
        if not cache and self.no_cache_flag:
            command.append(self.no_cache_flag)
        return command

    def verify_env(self, cache: bool) -> dict[str, str]:
        """The environment of a verify run (the no-cache variable set when asked and known)."""
        env = dict(self.env)
        if not cache and self.no_cache_env:
            env[self.no_cache_env] = "1"
        return env

    def clear_caches(self, *places: Path, dependencies: bool = False) -> None:
        """Delete every report cache verify may have kept for these folders (they are disposable).

        With ``dependencies``, the libraries' own caches too (pint keeps its parsed
        definitions in the user's cache folder, sandboxed here): a machine's very first run.
        """
        candidates = {ROOT / CACHE_NAME}
        if dependencies:
            candidates.add(DATA / "xdg-cache")
        for place in places:
            place = place.resolve()
            candidates.add(place / CACHE_NAME)
            for parent in place.parents:  # a cache kept at the configuration's root
                candidates.add(parent / CACHE_NAME)
                if parent == ROOT:
                    break
        for candidate in candidates:
            if candidate.is_dir():
                shutil.rmtree(candidate, ignore_errors=True)

    def caches_present(self, *places: Path) -> list[Path]:
        """The report cache folders that exist after a run (to tell whether verify keeps one)."""
        found = [p for p in (ROOT / CACHE_NAME,) if p.is_dir()]
        for place in places:
            found += [
                p
                for p in (place.resolve() / CACHE_NAME, place.resolve().parent / CACHE_NAME)
                if p.is_dir()
            ]
        return sorted(set(found))

    def versions(self) -> dict[str, Any]:
        """Python's and the dependencies' versions in the project's environment."""
        command = [str(self.python), "-c", VERSIONS_SCRIPT, *VERSIONS_OF]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        try:
            return dict(json.loads(result.stdout))
        except json.JSONDecodeError:
            return {"error": result.stderr.strip()[-300:]}


BYTECODE_SCRIPT = """
import compileall, os, sys
import factcheck
folder = os.path.dirname(factcheck.__file__)
print(folder)
sys.exit(0 if compileall.compile_dir(folder, quiet=1) else 1)
"""


def write_bytecode(project: Project) -> dict[str, Any]:
    """Compile factcheck's modules to bytecode first, as ``pip install`` does.

    pip writes every module's ``.pyc`` when it installs a package (the quickstart's
    ``pip install .``), and an editable checkout gets them at its first import, unless
    PYTHONDONTWRITEBYTECODE is set, as on this project's machines: then every start of
    an editable checkout compiles the whole package again (~0.16 s of a 0.7 s cold
    start). The figures are of the tool as a user installs it. ``__pycache__`` is
    ignored by git; Python rereads a module whose source changed since.
    """
    command = [str(project.python), "-c", BYTECODE_SCRIPT]
    result = subprocess.run(command, capture_output=True, text=True, env=project.env, check=False)
    return {
        "folder": result.stdout.strip() or None,
        "written": result.returncode == 0,
        "dont_write_bytecode_set": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
    }


def source_digest() -> str:
    """A digest of factcheck's source files, to tell whether they changed during a run."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "factcheck").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def machine(project: Project) -> dict[str, Any]:
    """What the figures were measured on."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(
                (line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), ""
            )
    except OSError:
        pass
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "cpu": cpu,
        "system": f"{platform.system()} {platform.release()}",
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "git": commit or None,
        "factcheck_source": source_digest(),
        **project.versions(),
    }


# --- corpora ------------------------------------------------------------------------------------


def generator_hash() -> str:
    """A digest of the generator, so that a changed generator makes new corpora."""
    return hashlib.sha256(GENERATOR.read_bytes()).hexdigest()[:10]


def corpus(project: Project, claims: int, files: int, seed: int) -> tuple[Path, dict[str, Any]]:
    """The corpus of that size, generated once and cached under benchmarks/.data/."""
    prefix = f"corpus-{claims}-{files}-s{seed}-"
    folder = DATA / f"{prefix}{generator_hash()}"
    manifest_path = folder / "MANIFEST.json"
    if manifest_path.exists():
        return folder, json.loads(manifest_path.read_text(encoding="utf-8"))
    for stale in DATA.glob(f"{prefix}*"):  # made by an older generator
        shutil.rmtree(stale, ignore_errors=True)
    say(
        f"generating {claims:,} claims in {files:,} files into {folder.relative_to(ROOT)} ...",
    )
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    command = [
        str(project.python),
        str(GENERATOR),
        str(partial),
        "--claims",
        str(claims),
        "--files",
        str(files),
        "--seed",
        str(seed),
    ]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    partial.rename(folder)
    return folder, json.loads(manifest_path.read_text(encoding="utf-8"))


# --- peers ------------------------------------------------------------------------------------


def peers(project: Project) -> tuple[dict[str, Path], str | None]:
    """check-jsonschema and yamllint in their own venv, installed on first use.

    Returns the executables found, and a message when they could not be installed.
    """
    bin_dir = PEERS / "bin"
    wanted = {"check-jsonschema": bin_dir / "check-jsonschema", "yamllint": bin_dir / "yamllint"}
    if all(p.exists() for p in wanted.values()):
        return wanted, None
    say(f"installing {', '.join(PEER_PACKAGES)} into {PEERS.relative_to(ROOT)} ...")
    try:
        if not (bin_dir / "python").exists():
            subprocess.run(
                [str(project.python), "-m", "venv", str(PEERS)], check=True, capture_output=True
            )
        pip = [str(bin_dir / "python"), "-m", "pip", "install", "--quiet"]
        pip += ["--disable-pip-version-check", *PEER_PACKAGES]
        subprocess.run(pip, check=True, capture_output=True, text=True, timeout=600)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
        detail = getattr(error, "stderr", None) or str(error)
        message = (
            f"could not install the peers ({', '.join(PEER_PACKAGES)}) into {PEERS}: "
            f"{str(detail).strip().splitlines()[-1] if str(detail).strip() else error}. "
            f"Install them by hand: python -m venv {PEERS} && {bin_dir}/pip install "
            f"{' '.join(PEER_PACKAGES)}; the other figures are still measured."
        )
        return {}, message
    found = {name: path for name, path in wanted.items() if path.exists()}
    return found, None if len(found) == len(wanted) else "a peer did not install its command"


def peer_versions() -> dict[str, str | None]:
    """Versions of the peers, from their venv's metadata."""
    python = PEERS / "bin" / "python"
    if not python.exists():
        return {}
    result = subprocess.run(
        [str(python), "-c", VERSIONS_SCRIPT, *PEER_PACKAGES],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        versions = json.loads(result.stdout)
    except json.JSONDecodeError:
        return {}
    return {name: versions.get(name) for name in PEER_PACKAGES}


# --- the measurements -------------------------------------------------------------------------


@dataclass
class Row:
    """One measured command on one corpus."""

    what: str
    size: str
    claims: int
    wall: float | None
    cpu: float | None
    peak_mb: float | None
    max_rss_mb: float | None
    exit_code: int | None
    note: str = ""

    @property
    def rate(self) -> float | None:
        """Claims per second."""
        return self.claims / self.wall if self.wall else None


def yaml_files(folder: Path) -> list[Path]:
    """The claim files of a corpus, in a stable order."""
    return sorted(folder.rglob("*.yaml"))


def summary_of(measure: Measure) -> dict[str, Any]:
    """The ``summary`` of a JSON report, or {} when the output is not one."""
    try:
        report = json.loads(measure.stdout)
    except json.JSONDecodeError:
        return {}
    found = report.get("summary", {}) if isinstance(report, dict) else {}
    return found if isinstance(found, dict) else {}


def measure_size(
    project: Project, args: argparse.Namespace, claims: int, files: int, peer_bins: dict[str, Path]
) -> tuple[list[Row], dict[str, Any]]:
    """Every measurement on the corpus of one size."""
    folder, manifest = corpus(project, claims, files, args.seed)
    size = f"{human(claims)} claims / {files:,} files"
    rows: list[Row] = []
    info: dict[str, Any] = {"folder": str(folder.relative_to(ROOT)), "manifest": manifest}
    relative = folder.relative_to(DATA)  # verify runs from benchmarks/.data, as a user would

    def add(what: str, measure: Measure, note: str = "") -> None:
        rows.append(
            Row(what, size, claims, measure.wall, measure.cpu, measure.peak_mb,
                measure.max_rss_mb, measure.exit_code, note)
        )  # fmt: skip

    def verify(cache: bool) -> Measure:
        command = project.verify([relative], args.jobs, cache=cache)
        return run(command, DATA, project.verify_env(cache), args.timeout)

    # first run with no cache, and the floor: PyYAML's C loader alone. Alternated --runs
    # times and the fastest of each kept, so that both meet the machine's same moods.
    firsts, parses = [], []
    for _ in range(args.runs):
        project.clear_caches(folder, DATA)
        firsts.append(verify(cache=False))
        command: list[str | Path] = [project.python, "-c", PYYAML_SCRIPT, folder]
        parses.append(run(command, None, project.env, args.timeout))
    first = min(firsts, key=lambda m: m.wall)
    pyyaml = min(parses, key=lambda m: m.wall)
    summary = info["first_summary"] = summary_of(first)
    note = ""
    if summary.get("errors") != 0:
        note = f"ERRORS in the report: {summary or first.stderr.strip()[-300:]}"
    elif summary.get("claims") != claims:
        note = f"the report counts {summary.get('claims')} claims"
    add("factcheck verify, 1st run (no cache)", first, note)
    say(f"  {size}: factcheck first run {first.wall:.2f} s")

    # cached re-run: one run that may write the cache, then the timed one
    project.clear_caches(folder, DATA)
    info["cache_write_run"] = verify(cache=True).wall
    present = project.caches_present(folder, DATA)
    info["cache_present"] = [str(p) for p in present]
    shown = [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in present]
    cached = verify(cache=True)
    add("factcheck verify, cached re-run", cached, f"cache: {', '.join(shown) or 'none kept'}")
    project.clear_caches(folder, DATA)

    parsed = pyyaml.stdout.strip()
    note = "" if parsed == str(claims) else f"parsed {parsed}: {pyyaml.stderr.strip()[-200:]}"
    add("PyYAML CSafeLoader, parse only (1 process)", pyyaml, note)
    say(f"  {size}: PyYAML {pyyaml.wall:.2f} s")

    if args.commands:  # the other commands that read (and render) the whole archive
        pages = DATA / "html-report"
        others = {
            "factcheck report (HTML pages)": ["report", str(relative), "--output", str(pages)],
            "factcheck status": ["status", str(relative)],
            "factcheck export --format csv": ["export", str(relative), "--format", "csv"],
        }
        for what, arguments in others.items():
            measure = run([*project.factcheck, *arguments], DATA, project.env, args.timeout)
            add(what, measure, _first_line(measure))
            say(f"  {size}: {what} {measure.wall:.2f} s")
        shutil.rmtree(pages, ignore_errors=True)

    # peers, on the same files
    files_list: list[str | Path] = [p.relative_to(DATA) for p in yaml_files(folder)]
    if "check-jsonschema" in peer_bins:
        schema = DATA / "claim-file.schema.json"
        made = subprocess.run(
            [*project.factcheck, "schema"], capture_output=True, text=True, check=False
        )
        schema.write_text(made.stdout, encoding="utf-8")
        peer = run(
            [peer_bins["check-jsonschema"], "--schemafile", schema, *files_list],
            DATA,
            project.env,
            args.timeout,
        )
        add("check-jsonschema --schemafile <(factcheck schema)", peer, _first_line(peer))
    if "yamllint" in peer_bins:
        yamllint: list[str | Path] = [peer_bins["yamllint"], "-f", "parsable", "-d", "relaxed"]
        peer = run([*yamllint, *files_list], DATA, project.env, args.timeout)
        problems = len(peer.stdout.splitlines())
        add("yamllint -d relaxed", peer, f"{problems} problems reported" if problems else "")
    return rows, info


def _first_line(measure: Measure) -> str:
    """What a failed peer said first (nothing when it succeeded)."""
    text = (measure.stdout.strip() or measure.stderr.strip()).splitlines()
    return text[0][:120] if text and measure.exit_code else ""


def cold_start(project: Project, runs: int) -> dict[str, Any]:
    """``factcheck verify claims/`` against ``python -c pass``: medians of ``runs`` runs each.

    Four commands take turns, so that a machine getting busier or quieter during the
    measurement shifts them alike: bare python; verify on a machine's very first run (no
    report cache, no dependency cache); verify with no report cache (the target's "first
    run": pint's cache, kept by the machine, is warm); verify again with the report cache
    the previous run wrote.
    """
    claims_dir = ROOT / "claims"
    bare_command: list[str | Path] = [project.python, "-c", "pass"]
    command = project.verify(["claims/"], None, cache=True, fmt=None)  # as a user types it
    env = project.verify_env(True)
    run(bare_command, ROOT, project.env)  # page the interpreter in
    walls: dict[str, list[float]] = {"python_pass": [], "machine": [], "first": [], "warm": []}
    exit_code = None
    for _ in range(runs):
        walls["python_pass"].append(run(bare_command, ROOT, project.env).wall)
        project.clear_caches(claims_dir, dependencies=True)
        walls["machine"].append(run(command, ROOT, env).wall)
        project.clear_caches(claims_dir)
        walls["first"].append(run(command, ROOT, env).wall)  # writes the cache, if any
        warm = run(command, ROOT, env)
        walls["warm"].append(warm.wall)
        exit_code = warm.exit_code
    project.clear_caches(claims_dir)
    stats = {
        key: {"median": statistics.median(v), "min": min(v), "max": max(v)}
        for key, v in walls.items()
    }
    bare = stats["python_pass"]["median"]
    return {
        "runs": runs,
        "command": " ".join(["factcheck", *command[len(project.factcheck) :]]),
        **stats,
        "exit_code": exit_code,
        "ratio_machine": stats["machine"]["median"] / bare,
        "ratio_first": stats["first"]["median"] / bare,
        "ratio_warm": stats["warm"]["median"] / bare,
    }


# --- output -------------------------------------------------------------------------------------


def human(n: int) -> str:
    """10000 -> 10k."""
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1000 and n % 1000 == 0:
        return f"{n // 1000}k"
    return f"{n:,}"


def say(message: str) -> None:
    """Progress, on stderr (stdout has only the table or the JSON)."""
    print(message, file=sys.stderr, flush=True)


def targets(
    rows: list[Row], sizes: list[tuple[int, int]], cold: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """Each target of issue 7 with its measured value and PASS or FAIL."""

    def find(what: str, claims: int) -> Row | None:
        return next((r for r in rows if r.what.startswith(what) and r.claims == claims), None)

    big, small = sizes[-1][0], sizes[0][0]
    out: list[dict[str, Any]] = []

    def add(
        name: str, value: float | None, limit: float, smaller_is_better: bool, unit: str = ""
    ) -> None:
        ok = None if value is None else (value <= limit if smaller_is_better else value >= limit)
        bound = f"{'<=' if smaller_is_better else '>='} {limit:g}{unit}"
        verdict = "n/a" if ok is None else "PASS" if ok else "FAIL"
        out.append({"target": name, "value": value, "limit": bound, "result": verdict})

    first, yaml_row, cached = (
        find("factcheck verify, 1st", big),
        find("PyYAML", big),
        find("factcheck verify, cached", big),
    )
    ratio = (
        first.wall / yaml_row.wall if first and yaml_row and first.wall and yaml_row.wall else None
    )
    add(
        f"throughput: factcheck 1st run / PyYAML parse, {human(big)} claims",
        ratio,
        MAX_RATIO_TO_PYYAML,
        True,
        "",
    )
    speedup = first.wall / cached.wall if first and cached and first.wall and cached.wall else None
    add(
        f"unchanged archive: 1st run / cached re-run, {human(big)}",
        speedup,
        MIN_CACHE_SPEEDUP,
        False,
        "x",
    )
    if cold:
        add(
            "cold start, no cache: verify claims/ / python -c pass",
            float(cold["ratio_first"]),
            MAX_COLD_FIRST,
            True,
            "x",
        )
        add(
            "cold start, warm cache: verify claims/ / python -c pass",
            float(cold["ratio_warm"]),
            MAX_COLD_WARM,
            True,
            "x",
        )
    small_first = find("factcheck verify, 1st", small)
    if small != big and small_first and first and small_first.wall and first.wall:
        factor = big / small
        scaled = first.wall / small_first.wall
        add(
            f"scaling: time {human(big)} / time {human(small)} ({factor:g}x the claims)",
            scaled,
            MAX_SCALING * factor / 10,
            True,
            "",
        )
    add(
        f"peak memory, {human(big)} claims (MB)",
        first.peak_mb if first else None,
        MAX_PEAK_MB,
        True,
        " MB",
    )
    return out


def print_table(result: dict[str, Any]) -> None:
    """The human-readable report."""
    m = result["machine"]
    libyaml = "with libyaml" if m.get("PyYAML libyaml") else "WITHOUT libyaml"
    load = " ".join(map(str, m.get("load_average", [])))
    print(f"machine: {m['cores']} cores ({m['usable_cores']} usable), {m['cpu']}, load {load}")
    print(
        f"python {m.get('python')}, factcheck {m.get('factcheck')} ({m.get('git')}, "
        f"source {m.get('factcheck_source')}), "
        f"pydantic {m.get('pydantic')}, pint {m.get('pint')}, dateparser {m.get('dateparser')}, "
        f"PyYAML {m.get('PyYAML')} ({libyaml}), babel {m.get('babel')}, "
        f"ruamel.yaml {m.get('ruamel.yaml')}"
    )
    bytecode = m.get("bytecode") or {}
    if bytecode:
        state = "written first, as pip install does" if bytecode["written"] else "NOT written"
        unset = " (PYTHONDONTWRITEBYTECODE set)" if bytecode["dont_write_bytecode_set"] else ""
        print(f"factcheck's bytecode: {state}{unset}")
    verify = result["verify"]
    jobs = verify["jobs_flag"] or "no --jobs flag: one process"
    no_cache = verify["no_cache_flag"] or verify["no_cache_env"] or "no flag: caches cleared"
    print(f"verify options: jobs {verify['jobs'] or 'default'} ({jobs}), no-cache: {no_cache}")
    peers = result.get("peers") or {}
    if peers.get("versions"):
        print("peers: " + ", ".join(f"{k} {v}" for k, v in peers["versions"].items()))
    if peers.get("message"):
        print(f"peers: {peers['message']}")
    for info in result["corpora"]:
        man = info["manifest"]
        print(
            f"corpus {info['folder']}: {man['claims']:,} claims, {man['files']:,} files, "
            f"{man['checks']:,} checks, {man['bytes'] / 1e6:.1f} MB of YAML "
            f"({man['bytes_per_claim']} B/claim), {man['distinct_subjects']:,} subjects, "
            f"{man['distinct_values']:,} distinct values, "
            f"{man['facts_reported_more_than_once']:,} facts reported more than once"
        )
    print()
    header = (
        f"{'command':<50} {'corpus':<22} {'wall s':>8} {'cpu s':>8} {'claims/s':>10} "
        f"{'peak MB':>8} {'exit':>4}  note"
    )
    print(header)
    print("-" * len(header))
    for row in result["rows"]:
        wall = f"{row['wall']:.2f}" if row["wall"] is not None else "-"
        cpu = f"{row['cpu']:.2f}" if row.get("cpu") is not None else "-"
        rate = f"{row['claims'] / row['wall']:,.0f}" if row["wall"] else "-"
        peak = f"{row['peak_mb']:.0f}" if row["peak_mb"] is not None else "-"
        print(
            f"{row['what']:<50} {row['size']:<22} {wall:>8} {cpu:>8} {rate:>10} {peak:>8} "
            f"{row['exit_code']!s:>4}  {row['note']}"
        )
    cold = result.get("cold_start")
    if cold:
        print()
        print(f"cold start, median of {cold['runs']} runs (min-max), from the repository root:")
        bare = cold["python_pass"]["median"]
        for label, key in (
            ("python -c pass", "python_pass"),
            (f"{cold['command']}, machine's first run", "machine"),
            (f"{cold['command']}, no report cache", "first"),
            (f"{cold['command']}, warm report cache", "warm"),
        ):
            times = cold.get(key)
            if times is None:  # a run saved by an older run.py
                continue
            ratio = (
                "" if key == "python_pass" else f"  {times['median'] / bare:.1f}x python -c pass"
            )
            spread = f"({times['min'] * 1000:.0f}-{times['max'] * 1000:.0f})"
            print(f"  {label:<52} {times['median'] * 1000:8.0f} ms  {spread}{ratio}")
    print()
    if result.get("warning"):
        print(f"WARNING: {result['warning']}")
    print(f"{'target (issue 7)':<66} {'measured':>10} {'limit':>10}  result")
    for t in result["targets"]:
        value = "-" if t["value"] is None else f"{t['value']:.2f}"
        print(f"{t['target']:<66} {value:>10} {t['limit']:>10}  {t['result']}")


def parse_sizes(text: str) -> list[tuple[int, int]]:
    """``10000/200,100000/2000`` -> [(10000, 200), (100000, 2000)]."""
    sizes = []
    for part in text.split(","):
        claims, _, files = part.partition("/")
        sizes.append((int(claims), int(files or max(1, int(claims) // 50))))
    return sorted(sizes)


def main(argv: Sequence[str] | None = None) -> int:
    """Run every benchmark and print the table (or JSON)."""
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="1k and 10k claims, 5 cold-start runs")
    parser.add_argument("--sizes", help="CLAIMS/FILES,... (default 10000/200,100000/2000)")
    parser.add_argument(
        "--jobs",
        help="verify --jobs N or auto, when it has it (default: verify's own default)",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=1,
        help="first runs and PyYAML parses per size, alternated, the fastest kept (default 1)",
    )
    parser.add_argument(
        "--cold-runs", type=int, help="runs per cold-start median (default 11, 5 with --quick)"
    )
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument(
        "--no-peers", action="store_true", help="skip check-jsonschema and yamllint"
    )
    parser.add_argument("--no-cold-start", action="store_true", help="skip the cold-start runs")
    parser.add_argument(
        "--commands",
        action="store_true",
        help="also time the other commands that read a whole archive (report, status, export)",
    )
    parser.add_argument("--timeout", type=float, help="seconds before a command is killed")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--show",
        nargs="?",
        const=DATA / "last-run.json",
        type=Path,
        metavar="FILE",
        help="print the table of a saved run (default: the last one) without measuring",
    )
    args = parser.parse_args(argv)
    if args.show:
        print_table(json.loads(args.show.read_text(encoding="utf-8")))
        return 0
    sizes = (
        parse_sizes(args.sizes)
        if args.sizes
        else [(1000, 20), (10_000, 200)]
        if args.quick
        else [(10_000, 200), (100_000, 2000)]
    )
    cold_runs = args.cold_runs or (5 if args.quick else 11)
    DATA.mkdir(parents=True, exist_ok=True)

    project = Project.find()
    if not project.help_text:
        message = "'factcheck verify --help' printed nothing: is factcheck installed in .venv?"
        print(f"run.py: error: {message}", file=sys.stderr)
        return 2
    bytecode = write_bytecode(project)
    if not bytecode["written"]:
        say("run.py: warning: factcheck's bytecode could not be written; its compile is timed too")
    result: dict[str, Any] = {
        "machine": {**machine(project), "bytecode": bytecode},
        "verify": {
            "jobs": args.jobs,
            "jobs_flag": project.jobs_flag,
            "no_cache_flag": project.no_cache_flag,
            "no_cache_env": project.no_cache_env,
            "cache_dir_flag": project.cache_dir_flag,
        },
    }
    peer_bins: dict[str, Path] = {}
    if not args.no_peers:
        peer_bins, trouble = peers(project)
        result["peers"] = {"versions": peer_versions(), "message": trouble}
        if trouble:
            say(f"run.py: {trouble}")
    rows: list[Row] = []
    corpora = []
    for claims, files in sizes:
        size_rows, info = measure_size(project, args, claims, files, peer_bins)
        rows += size_rows
        corpora.append(info)
    result["corpora"] = corpora
    result["rows"] = [{**asdict(r), "claims_per_s": r.rate} for r in rows]
    cold = None
    if not args.no_cold_start:
        say(f"cold start: {cold_runs} runs of each ...")
        cold = cold_start(project, cold_runs)
        result["cold_start"] = cold
    result["targets"] = targets(rows, sizes, cold)
    if source_digest() != result["machine"]["factcheck_source"]:
        result["warning"] = (
            "factcheck's source changed during the run: the figures mix versions; run again"
        )
        say(f"run.py: warning: {result['warning']}")
    (DATA / "last-run.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
