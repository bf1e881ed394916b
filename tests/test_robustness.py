"""Bad input never produces a traceback: every command, on mangled copies of our claims.

The claim file of our first article is mangled line by line (lines dropped, doubled,
swapped or re-indented; values and keys replaced by awkward ones; the file cut short)
and every command is run on the result. Each must answer with one of its exit codes,
without a traceback or an internal error; a review must keep every comment line.
"""

from __future__ import annotations

import difflib
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from tests.conftest import CLAIMS, SEED_YAML

SEED = SEED_YAML.read_text(encoding="utf-8")
LINES = SEED.split("\n")
IDS = re.findall(r"^  - id: (\w+)$", SEED, re.MULTILINE)

AWKWARD_VALUES = [
    '""', "~", "[]", "{}", "null", "yes", "0o17", "1_000", "1e999", ".nan", "12:30",
    "2015-02-30", "2015-13-01", "'lundi 31 février 2015'", "'fin 2099'", "'T3 2015'",
    "'10 to 5'", "'-12 to -5 %'", "'< 0'", "'~ ~'", "'12 foo'", "'1e-400 EUR'", "'%'",
    "'10 milliards de dollars'", "'a / 0 == 1'", "'sum(a, b) > 3'", "'((((a))))'",
    "&anchor x", "*alias", "!!python/object:os.system x", "[a, b]", "{a: 1}", "'\u202e'",
    "a\tb", "'" + "9" * 500 + "'",
]  # fmt: skip
KEYS = [
    "id", "quote", "subject", "property", "value", "when", "kind", "of", "status",
    "reviews", "qualifiers", "ignore", "expect", "checks", "source", "text", "published",
    "language", "word_count", "date", "verdict", "bogus",
]  # fmt: skip

line_index = st.integers(0, len(LINES) - 1)
# the lines that hold a field (not comments), where a replaced key or value matters
field_line = st.sampled_from([i for i, line in enumerate(LINES) if re.match(r" *(- )?\w+: ", line)])
# awkward fields in a file that still parses: what a review must cope with
field_edit = st.one_of(
    st.tuples(st.just("value"), field_line, st.sampled_from(AWKWARD_VALUES)),
    st.tuples(st.just("key"), field_line, st.sampled_from(KEYS)),
)
edit = st.one_of(
    field_edit,
    st.tuples(st.just("drop"), line_index),
    st.tuples(st.just("double"), line_index),
    st.tuples(st.just("swap"), line_index, line_index),
    st.tuples(st.just("indent"), line_index, st.integers(0, 7)),
    st.tuples(st.just("cut"), st.integers(0, len(SEED))),
)


def mangle(edits: list[tuple[object, ...]]) -> str:
    """The seed file with the edits applied, in order."""
    lines = list(LINES)
    for kind, *args in edits:
        at = min(int(args[0]), len(lines) - 1)  # type: ignore[call-overload]
        line = lines[at]
        if kind == "cut":
            return "\n".join(lines)[: int(args[0])]  # type: ignore[call-overload]
        if kind == "drop" and len(lines) > 1:
            del lines[at]
        elif kind == "double":
            lines.insert(at, line)
        elif kind == "swap":
            other = min(int(args[1]), len(lines) - 1)  # type: ignore[call-overload]
            lines[at], lines[other] = lines[other], line
        elif kind == "indent":
            lines[at] = " " * int(args[1]) + line.lstrip()  # type: ignore[call-overload]
        elif kind in ("value", "key") and ": " in line:
            key, value = line.split(": ", 1)
            if kind == "value":
                lines[at] = f"{key}: {args[1]}"
            else:
                lines[at] = f"{key[: len(key) - len(key.lstrip(' -'))]}{args[1]}: {value}"
    return "\n".join(lines)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> int:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in err, (argv, err)
    assert "internal-error" not in out + err, (argv, out, err)
    assert code in (0, 1, 2), (argv, code, err)
    return code


def folder_with(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "claims"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    shutil.copy(CLAIMS / "latribune-2015-07-27.txt", folder)
    (folder / SEED_YAML.name).write_text(text, encoding="utf-8")
    return folder


EXAMPLES = settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])


# the first line of a field of another claim than the one reviewed (found by fuzzing)
OTHER_SUBJECT = LINES.index("    subject: Union européenne")


@EXAMPLES
@given(edits=st.lists(edit, min_size=1, max_size=6))
@example(edits=[("value", OTHER_SUBJECT, "a\tb")])  # found by fuzzing: extract --into
def test_every_command_survives_a_mangled_claim_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edits: list[tuple[object, ...]]
) -> None:
    folder = folder_with(tmp_path, mangle(edits))
    out = folder / "out"
    reports = [f"--format=json={out}.json", f"--format=sarif={out}.sarif"]
    reports += [f"--format=junit={out}.xml", f"--format=github={out}.txt"]
    run(["verify", str(folder), "--no-cache", *reports], capsys)
    run(["baseline", str(folder), "-o", f"{out}.baseline.json"], capsys)
    run(["status", str(folder)], capsys)
    run(["history", "Cloudwatt", str(folder)], capsys)
    run(["export", str(folder), "--format", "csv"], capsys)
    run(["export", str(folder), "-o", f"{out}.claimreview.json"], capsys)
    run(["report", str(folder), "--output", f"{out}.html"], capsys)
    article = str(folder / "latribune-2015-07-27.txt")
    run(["extract", article, "--into", str(folder / SEED_YAML.name), "-o", f"{out}.yaml"], capsys)


@EXAMPLES
@given(edits=st.lists(field_edit, max_size=4), claim_id=st.sampled_from(IDS))
@example(edits=[("value", OTHER_SUBJECT, "2015-02-30")], claim_id="cloudwatt_launch")
@example(edits=[("value", OTHER_SUBJECT, "a\tb")], claim_id="cloudwatt_launch")
def test_a_review_of_a_mangled_file_keeps_every_comment_or_writes_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    edits: list[tuple[object, ...]],
    claim_id: str,
) -> None:
    before = mangle(edits)
    folder = folder_with(tmp_path, before)
    argv = ["review", claim_id, str(folder), "--verdict", "disputed", "--by", "desk # x"]
    code = run([*argv, "--note", "a: b # c"], capsys)
    after = (folder / SEED_YAML.name).read_text(encoding="utf-8")
    if code != 0:
        assert after == before
        return
    changes = difflib.ndiff(before.split("\n"), after.split("\n"))
    assert not [line for line in changes if line.startswith("- ") and "#" in line]
    assert run(["verify", str(folder), "--no-cache", "--format", "json"], capsys) in (0, 1)
