"""The fast path reads a claim file exactly as the exact reader does, or declines."""

from __future__ import annotations

import datetime as dt
import string
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import loading
from factcheck.model import Check, Claim, Document, Record, Review, Source
from factcheck.yamlfast import NUMBERS_AS_TEXT, parse_fast
from factcheck.yamltree import YamlError, YamlList, YamlMap, parse_yaml

ROOT = Path(__file__).resolve().parent.parent


def _plain(node: object) -> object:
    if isinstance(node, dict):
        return {key: _plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(item) for item in node]
    return node


def _exact_records(root: YamlMap) -> dict[tuple[str | int, ...], tuple[int, int]]:
    records: dict[tuple[str | int, ...], tuple[int, int]] = {}
    source = root.get("source")
    if isinstance(source, YamlMap) and source:
        records[("source",)] = (source.line, source.column)
    for name in ("claims", "checks"):
        items = root.get(name)
        if isinstance(items, YamlList):
            for index, item in enumerate(items):
                if isinstance(item, YamlMap) and item:
                    records[(name, index)] = (item.line, item.column)
    return records


def assert_same_as_exact(text: str) -> bool:
    """Check the fast path against the exact reader; True when the fast path took the text."""
    fast = parse_fast(text)
    if fast is None:
        return False
    root = parse_yaml(text)
    assert isinstance(root, YamlMap)
    assert fast.root == _plain(root)
    assert dict(fast.records) == _exact_records(root)
    return True


def _snapshot(document: Document) -> tuple[Any, ...]:
    return (
        [(c.model_dump(), c.location, c.parsed_value, c.period) for c in document.claims],
        [(c.model_dump(), c.location) for c in document.checks],
        document.source.model_dump() if document.source else None,
        document.problems,
    )


def _load_both(text: str) -> tuple[Document, Document]:
    fast = loading.load_text(text, "f.yaml")
    with mock.patch.object(loading, "parse_fast", lambda text, utf8=None: None):
        exact = loading.load_text(text, "f.yaml")
    return fast, exact


CLAIM_FILES = sorted(
    [*ROOT.joinpath("claims").glob("*.yaml"), *ROOT.joinpath("tests").rglob("*.yaml")]
)


@pytest.mark.parametrize("path", CLAIM_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_yaml_file_of_the_repository_loads_the_same_either_way(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    fast, exact = _load_both(text)
    assert _snapshot(fast) == _snapshot(exact)
    if path.parent.name == "claims":
        assert assert_same_as_exact(text), "our own article must take the fast path"


SEED = """\
# a comment
source:
  id: s
  title: "T"
  publisher: P
  published: 2015-07-27
  language: fr
  word_count: 325

claims:

  # first
  - id: a
    quote: "44,4 %"
    subject: S
    property: share
    value: 44,4 %
    when: 2014
  -   id: b
      quote: 'x: y'
      subject: S
      property: p
      qualifiers: {k: v}
      reviews:
        - date: 2020-01-01
          by: desk
          verdict: verified
checks:
- id: c
  expect: a == a
"""


def test_a_typical_file_takes_the_fast_path_with_the_exact_positions() -> None:
    assert assert_same_as_exact(SEED)
    fast = parse_fast(SEED)
    assert fast is not None
    assert fast.records[("claims", 1)] == (19, 7)
    assert fast.root["source"]["word_count"] == "325"  # the digits as written, as text


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ("value: 44,4 %", "value: !!str 44,4 %"),  # a tag
        ("subject: S\n    property: share", "subject: &s S\n    property: share"),  # an anchor
        ("word_count: 325", "word_count: 0325"),  # digits a parser would read differently
        ("word_count: 325", "word_count: 3.25e2"),  # a float
        ("when: 2014", "when: true"),  # a boolean
        ("qualifiers: {k: v}", "qualifiers: {k: 1.5}"),  # a float in the qualifiers
        ("date: 2020-01-01", "date: 2020.0101"),  # a float as a review's date
        ("# a comment", "%YAML 1.1\n---"),  # a directive
        ("checks:", "...\nchecks:"),  # a document end marker
        ("checks:", "---\nchecks:"),  # a second document
        ("  id: s", "\tid: s"),  # a tab
        ('  title: "T"', '  title: "T"\r'),  # a carriage return
        ('quote: "44,4 %"', 'quote: "44,4 %"\n    quote: again'),  # a duplicate key
        ("    when: 2014", "    when: 2014\n  -\n    id: z"),  # an item starting on the next line
        ("- id: c", "- {id: c}"),  # a flow mapping
        ("  - id: a", "  - id: a\n    <<: {x: y}"),  # a merge key
    ],
)
def test_what_only_the_exact_reader_may_read_is_declined(change: str, why: str) -> None:
    text = SEED.replace(change, why, 1)
    assert text != SEED
    assert parse_fast(text) is None
    fast, exact = _load_both(text)
    assert _snapshot(fast) == _snapshot(exact)


def test_a_problem_found_on_the_fast_path_is_reported_where_the_exact_reader_puts_it() -> None:
    text = SEED.replace("value: 44,4 %", "value: 44,4 %\n    valeu: 3")
    assert parse_fast(text) is not None  # the YAML is fine; the record is not
    fast, exact = _load_both(text)
    assert _snapshot(fast) == _snapshot(exact)
    assert [problem.location.line for problem in fast.problems] == [18]


def test_a_file_without_a_source_block_still_loads_its_claims() -> None:
    text = SEED[SEED.index("claims:") :]
    document = loading.load_text(text, "f.yaml")
    assert [claim.id for claim in document.claims] == ["a", "b"]
    assert "missing the 'source' block" in document.problems[0].message


# --- property: whatever the fast path accepts, it reads as the exact reader does ----------

_WORDS = st.text(string.ascii_letters + string.digits + " -:#,.'\"%€!&*é", min_size=0, max_size=12)


def _scalar(draw: st.DrawFn) -> str:
    text = draw(_WORDS)
    style = draw(st.sampled_from(["plain", "single", "double", "int"]))
    if style == "single":
        return "'" + text.replace("'", "''") + "'"
    if style == "double":
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if style == "int":
        return draw(st.sampled_from(["0", "7", "325", "0325", "-4", "+4", "1_000", "0x1F", "7.30"]))
    return text


@st.composite
def claim_files(draw: st.DrawFn) -> str:
    """Claim-file-shaped YAML with varied scalars, indentation, comments and blank lines."""
    indent = " " * draw(st.sampled_from([0, 2, 4]))
    gap = " " * draw(st.sampled_from([1, 3]))
    identifier = draw(st.sampled_from(["s", "s", "s", _scalar(draw)]))
    lines = ["source:", f"  id: {identifier}", f"  title: {_scalar(draw)}", "  publisher: P"]
    # a valid source often enough that its financial year reads the claims' `when`
    for key in draw(st.permutations(list(_SOURCE_VALUES))):
        written = draw(st.sampled_from(["valid", "valid", "valid", "any", "absent"]))
        if written != "absent":
            value = draw(_SOURCE_VALUES[key]) if written == "valid" else _scalar(draw)
            lines.append(f"  {key}: {value}")
    lines.append("claims:")
    for number in range(draw(st.integers(1, 4))):
        if draw(st.booleans()):
            lines.append(f"{indent}# note {number}")
        if draw(st.booleans()):
            lines.append("")
        pad = indent + " " + gap
        lines.append(f"{indent}-{gap}id: c{number}")
        lines += [f"{pad}subject: S", f"{pad}property: p{number}"]  # with a quote: valid
        keys = draw(_CLAIM_KEYS)
        if "quote" not in keys and draw(st.booleans()):
            lines.append(f"{pad}quote: q")
        for key in keys:
            if key == "qualifiers":
                lines += [f"{pad}qualifiers:", f"{pad}  year: {_scalar(draw)}"]
            elif key == "reviews":
                lines += [f"{pad}reviews:", f"{pad}  - date: {_scalar(draw)}", f"{pad}    by: x"]
            elif key == "when":
                when = draw(st.sampled_from([draw(_FISCAL_WHEN), _scalar(draw)]))
                lines.append(f"{pad}when: {when}")
            else:
                lines.append(f"{pad}{key}: {_scalar(draw)}")
    return "\n".join(lines) + "\n"


_SOURCE_VALUES = {
    "published": st.just("2025-07-31"),
    "word_count": st.just("325"),
    "language": st.sampled_from(["en", "fr"]),
    "financial_year_start": st.sampled_from(["4", "7", "10", "12", "13", "07", "April"]),
}
# what a financial year reads (and without one refuses), as text or as a YAML 1.2 number
_FISCAL_WHEN = st.sampled_from(["2024/25", "FY2025", "Q3 FY2025", "T3 2024/25", "2024", "2024-07"])
_CLAIM_KEYS = st.lists(
    st.sampled_from(["quote", "value", "when", "note", "qualifiers", "reviews"]), unique=True
)


@given(claim_files())
def test_the_fast_path_agrees_with_the_exact_reader_on_what_it_accepts(text: str) -> None:
    try:
        parse_yaml(text)
    except YamlError:  # what libyaml refuses, yaml-rs must not accept
        assert parse_fast(text) is None
        return
    fast, exact = _load_both(text)
    assert _snapshot(fast) == _snapshot(exact)


@given(claim_files())
def test_the_fast_path_reads_the_file_as_read_as_it_reads_its_text(text: str) -> None:
    as_text, as_read = parse_fast(text), parse_fast(text, text.encode("utf-8"))
    assert (as_text is None) == (as_read is None)
    if as_text is not None and as_read is not None:
        assert (as_text.root, as_text.records) == (as_read.root, as_read.records)


def test_a_file_starting_with_a_byte_order_mark_loads_as_without_it(tmp_path: Path) -> None:
    with_mark, without = tmp_path / "with.yaml", tmp_path / "without.yaml"
    with_mark.write_bytes(b"\xef\xbb\xbf" + SEED.encode("utf-8"))
    without.write_bytes(SEED.encode("utf-8"))
    read = [loading.load_file(path) for path in (with_mark, without)]
    claims = [
        [(c.model_dump(), c.location.line, c.location.column) for c in document.claims]
        for document in read
    ]
    assert claims[0] == claims[1] and len(claims[0]) == 2
    assert read[0].problems == read[1].problems == []


# --- the fields where YAML 1.2 and the exact reader may disagree -------------------

_MINIMAL: dict[type[Record], dict[str, Any]] = {
    Source: {
        "id": "s", "title": "t", "publisher": "p", "published": "2015-07-27", "language": "fr",
    },
    Claim: {"id": "c", "quote": "q", "subject": "s", "property": "p"},
    Check: {"id": "k", "expect": "c == c"},
    Review: {"date": "2020-01-01", "by": "desk", "verdict": "verified"},
}  # fmt: skip


@pytest.mark.parametrize("model", list(_MINIMAL), ids=lambda model: model.__name__)
def test_a_field_that_takes_a_number_or_a_boolean_is_one_whose_ints_are_kept_as_text(
    model: type[Record],
) -> None:
    """Where YAML 1.2 reads a number that validation would accept, the fast path must look.

    Everywhere else a number or boolean fails validation and the exact reader takes over.
    """
    model.model_validate(_MINIMAL[model])
    for name in model.model_fields:
        for odd in (7, 7.5, True):
            for shape in (odd, [odd], {"k": odd}):
                try:
                    model.model_validate({**_MINIMAL[model], name: shape})
                except ValueError:
                    continue
                assert name in NUMBERS_AS_TEXT.get(model.__name__, ()), (name, shape)


def test_ints_in_the_fields_that_take_them_are_read_back_as_written() -> None:
    text = SEED.replace("{k: v}", "\n        k: 2015").replace("2020-01-01", "20200101")
    fast = parse_fast(text)
    assert fast is not None
    claim = fast.root["claims"][1]
    assert (claim["qualifiers"]["k"], claim["reviews"][0]["date"]) == ("2015", "20200101")
    assert fast.root["claims"][0]["when"] == "2014"
    fast_document, exact_document = _load_both(text)
    assert _snapshot(fast_document) == _snapshot(exact_document)


def test_a_source_financial_year_takes_the_fast_path_and_reads_as_the_exact_reader() -> None:
    text = SEED.replace("word_count: 325\n", "word_count: 325\n  financial_year_start: 7\n")
    text = text.replace("when: 2014", "when: Q3 FY2025")
    fast = parse_fast(text)
    assert fast is not None and fast.root["source"]["financial_year_start"] == "7"
    fast_document, exact_document = _load_both(text)
    assert _snapshot(fast_document) == _snapshot(exact_document)
    period = fast_document.claims[0].period
    assert period is not None and (period.start, period.end) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 3, 31),
    )
    # digits a parser reads otherwise (07 is 7 in YAML 1.2): the exact reader, same month
    assert parse_fast(text.replace("start: 7", "start: 07")) is None
    fast_document, exact_document = _load_both(text.replace("start: 7", "start: 07"))
    assert _snapshot(fast_document) == _snapshot(exact_document)
    assert fast_document.source is not None and fast_document.source.financial_year_start == 7
