from __future__ import annotations

import copy
import os
import pickle
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import yamltree
from factcheck.yamltree import YamlError, YamlList, YamlMap, parse_yaml, position

LOADERS = {"libyaml": getattr(yaml, "CSafeLoader", None), "python": yaml.SafeLoader}


@pytest.fixture(params=sorted(LOADERS))
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run a test with libyaml's parser and with PyYAML's pure-Python one."""
    chosen = LOADERS[request.param]
    if chosen is None:
        pytest.skip("PyYAML was built without libyaml")
    monkeypatch.setattr(yamltree, "_LOADER", chosen)
    yield request.param


def error_of(text: str, **kwargs: Any) -> YamlError:
    with pytest.raises(YamlError) as caught:
        parse_yaml(text, **kwargs)
    return caught.value


def line_of(text: str, needle: str, start: int = 1) -> int:
    """1-based number of the first line at or after `start` that contains `needle`."""
    for number, line in enumerate(text.split("\n"), 1):
        if number >= start and needle in line:
            return number
    raise AssertionError(needle)


# The example of /work/shared/spec/claim-format.md, verbatim.
SPEC_EXAMPLE = """\
source:
  id: latribune_2015_07_27_cloud_etat      # unique in the corpus
  title: Les ministères se mettent au cloud avec Orange
  publisher: La Tribune
  url: https://www.latribune.fr/...        # optional
  published: 2015-07-27                    # the document's date
  language: fr                             # drives number and date parsing
  word_count: 325                          # optional: the length the publisher states
  text: latribune-2015-07-27.txt           # optional: full text, path relative to this file

claims:
  - id: cloudwatt_share_orange_2012        # unique in the corpus
    quote: "Orange (44,4%)"                # verbatim from the text
    subject: Cloudwatt
    property: share_held
    qualifiers: {holder: Orange}           # optional, str -> str
    value: "44,4 %"
    of: null                               # optional: id of the claim this value is a share of
                                           #   ("42 % of the 19 mayors asked": of: mayors_asked)
    when: septembre 2012                   # optional date or period, in the source's language
    kind: fact                             # fact (default) | forecast | target | opinion
    attributed_to: null                    # optional: who said it (reported speech)
    cites: null                            # optional: where the document says it got it (e.g. AFP)
    status: unverified                     # unverified (default) | verified | disputed | false | misleading
    reviews: []                            # optional verdict history, oldest first
                                           #   - {date: 2026-11-30, by: desk, verdict: verified, evidence: [url, ...], note: ...}

checks:                                    # optional, explicit consistency checks
  - id: cloudwatt_shares_sum_2012
    expect: "cloudwatt_share_orange_2012 + cloudwatt_share_thales_2012 + cloudwatt_share_cdc_2012 == 100 %"
  - id: france_behind_eu
    expect: "france_cloud_use_2014 < eu_cloud_use_2014"
  - id: takeover_after_launch
    order: [cloudwatt_launch, cloudwatt_takeover, state_cloud_contract_announced]
"""  # noqa: E501


# --- the data ---------------------------------------------------------------------------


@pytest.mark.usefixtures("loader")
class TestScalars:
    @pytest.mark.parametrize("written", ["null", "Null", "NULL", "~", ""])
    def test_plain_nulls_are_none(self, written: str) -> None:
        assert parse_yaml(f"a: {written}\nb: [{written or 'null'}]") == {"a": None, "b": [None]}

    @pytest.mark.parametrize(
        "written",
        # YAML 1.1 would give False, True, 15, 44.4, a date, 31, 750 (sexagesimal), inf, ...
        [
            "no",
            "No",
            "off",
            "yes",
            "true",
            "False",
            "y",
            "017",
            "44.40",
            "1e6",
            "2015-07-27",
            "0x1F",
            "12:30",
            ".inf",
            ".NaN",
            "1_000",
            "nULL",
            "none",
            "-0",
            "+1",
        ],
    )
    def test_every_other_scalar_stays_the_text_as_written(self, written: str) -> None:
        assert parse_yaml(f"value: {written}\n") == {"value": written}

    def test_quoted_and_block_scalars(self) -> None:
        text = "a: 'null'\nb: \"~\"\nc: ''\nd: |\n  two\n  lines\ne: >-\n  folded\n  text\n"
        assert parse_yaml(text) == {
            "a": "null",
            "b": "~",
            "c": "",
            "d": "two\nlines\n",
            "e": "folded text",
        }

    def test_core_tags_are_accepted_and_ignored(self) -> None:
        text = (
            "a: !!str null\nb: ! null\nc: !!int 017\nd: !!float 44.40\ne: !!null ~\n"
            "f: !!bool no\ng: !!map {x: y}\nh: !!seq [z]\ni: !<tag:yaml.org,2002:str> 1\n"
        )
        assert parse_yaml(text) == {
            "a": "null",
            "b": "null",
            "c": "017",
            "d": "44.40",
            "e": None,
            "f": "no",
            "g": {"x": "y"},
            "h": ["z"],
            "i": "1",
        }

    def test_keys_are_text_as_written(self) -> None:
        assert parse_yaml("null: a\n~: b\n1: c\nno: d\n") == {
            "null": "a",
            "~": "b",
            "1": "c",
            "no": "d",
        }

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("", None),
            ("# only a comment\n\n# another\n", None),
            ("---\n", None),
            ("---\n...\n", None),
            ("hello\n", "hello"),
            ("'017'", "017"),
            ("- a\n- ~\n", ["a", None]),
            ("{}", {}),
            ("[]", []),
        ],
    )
    def test_documents_of_any_shape(self, text: str, expected: object) -> None:
        assert parse_yaml(text) == expected

    def test_containers_are_yamlmap_and_yamllist(self) -> None:
        root = parse_yaml("a: [b, {c: d}]\n")
        assert isinstance(root, YamlMap)
        assert isinstance(root["a"], YamlList)
        assert isinstance(root["a"][1], YamlMap)
        assert type(root["a"][0]) is str


# --- positions ---------------------------------------------------------------------------


@pytest.mark.usefixtures("loader")
class TestPositions:
    def test_records_of_the_spec_example(self) -> None:
        root = parse_yaml(SPEC_EXAMPLE)
        assert isinstance(root, YamlMap)
        assert (root.line, root.column) == (1, 1)
        assert root.key_positions == {"source": (1, 1), "claims": (11, 1), "checks": (28, 1)}
        claims = root["claims"]
        assert isinstance(claims, YamlList)
        assert (claims.line, claims.column) == (12, 3)  # the "-"
        assert claims.item_positions == [(12, 5)]  # the record, at its first key
        claim = claims[0]
        assert isinstance(claim, YamlMap)
        assert (claim.line, claim.column) == (12, 5)
        for key, (line, column) in claim.key_positions.items():
            assert line == line_of(SPEC_EXAMPLE, f" {key}:", 12), key
            assert column == 5
        qualifiers = claim["qualifiers"]
        assert isinstance(qualifiers, YamlMap)
        assert (qualifiers.line, qualifiers.column) == (16, 17)  # the "{"
        assert qualifiers.key_positions == {"holder": (16, 18)}
        checks = root["checks"]
        assert isinstance(checks, YamlList)
        assert [line for line, _ in checks.item_positions] == [
            line_of(SPEC_EXAMPLE, f"- id: {name}")
            for name in ("cloudwatt_shares_sum_2012", "france_behind_eu", "takeover_after_launch")
        ]
        assert claim["value"] == "44,4 %"
        assert claim["of"] is None
        assert root["source"]["published"] == "2015-07-27"  # type: ignore[index]
        assert root["source"]["word_count"] == "325"  # type: ignore[index]

    def test_many_records(self) -> None:
        record = "  - id: c{i}\n    value: '{i} %'\n    when: 2015\n"
        text = "claims:\n" + "".join(record.format(i=i) for i in range(300))
        claims = parse_yaml(text)["claims"]  # type: ignore[index]
        assert claims.item_positions == [(2 + 3 * i, 5) for i in range(300)]
        assert claims[299].key_positions["when"] == (2 + 3 * 299 + 2, 5)

    def test_scalar_and_flow_items(self) -> None:
        root = parse_yaml("x:\n- a\n- 'b'\n-   [c, d]\ny: [e,  f]\n")
        assert isinstance(root, YamlMap)
        assert root["x"].item_positions == [(2, 3), (3, 3), (4, 5)]  # type: ignore[attr-defined]
        assert root["y"].item_positions == [(5, 5), (5, 9)]  # type: ignore[attr-defined]

    @pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
    def test_line_endings(self, newline: str) -> None:
        root = parse_yaml(newline.join(["a: 1", "b:", "  c: 2", ""]))
        assert isinstance(root, YamlMap)
        assert root.key_positions == {"a": (1, 1), "b": (2, 1)}
        assert root["b"].key_positions == {"c": (3, 3)}  # type: ignore[attr-defined]

    def test_yaml_only_line_breaks_are_not_counted(self) -> None:
        # YAML 1.1 breaks lines at U+0085/U+2028/U+2029; editors do not.
        text = "é: 'pasted\u2028quote'\nbü: [1, x\u2029y]\nc: 'z\x85z'\nd: 4\n"
        root = parse_yaml(text)
        assert isinstance(root, YamlMap)
        assert root.key_positions == {"é": (1, 1), "bü": (2, 1), "c": (3, 1), "d": (4, 1)}
        assert root["bü"].item_positions == [(2, 6), (2, 9)]  # type: ignore[attr-defined]
        assert error_of(text + "e: [\u2028").line == 5

    def test_byte_order_mark(self) -> None:
        root = parse_yaml("\ufeffa: 1\nb: 2\n")
        assert root == {"a": "1", "b": "2"}
        assert root.key_positions == {"a": (1, 1), "b": (2, 1)}  # type: ignore[attr-defined]


class TestPosition:
    root = parse_yaml(SPEC_EXAMPLE)

    @pytest.mark.parametrize(
        ("loc", "expected"),
        [
            ((), (1, 1)),
            (("claims",), (11, 1)),
            (("claims", 0), (12, 5)),
            (("claims", 0, "value"), (17, 5)),
            (("claims", 0, "qualifiers", "holder"), (16, 18)),
            (("claims", 0, "reviews", 0), (25, 5)),  # reviews is empty: stays at the key
            (("claims", 0, "missing_field"), (12, 5)),  # a missing field points at the record
            (("claims", 7, "value"), (11, 1)),  # no such record
            (("claims", -1), (11, 1)),
            (("claims", True), (11, 1)),
            (("claims", "0"), (11, 1)),
            (("source", 0), (1, 1)),
            (("checks", 2, "order", 1), (34, 31)),
            (("checks", 2, "order", 1, "deeper"), (34, 31)),  # can't go below a scalar
            (("source", "id", "[key]"), (2, 3)),
        ],
    )
    def test_walks_a_pydantic_location(
        self, loc: tuple[int | str, ...], expected: tuple[int, int]
    ) -> None:
        assert position(self.root, loc) == expected

    def test_no_position_for_a_scalar_root(self) -> None:
        assert position(parse_yaml("just text"), ("a",)) is None
        assert position(None, ()) is None


# --- what a claim file may not use -----------------------------------------------------------


@pytest.mark.usefixtures("loader")
class TestRefused:
    @pytest.mark.parametrize(
        ("text", "message", "where"),
        [
            (
                "a: !!python/object:os.system x\n",
                "tag '!!python/object:os.system' is not allowed",
                (1, 4),
            ),
            ("a:\n  b: !!binary aGVsbG8=\n", "tag '!!binary' is not allowed", (2, 6)),
            ("a: !!timestamp 2015-07-27\n", "tag '!!timestamp' is not allowed", (1, 4)),
            ("- !!set {a, b}\n", "tag '!!set' is not allowed", (1, 3)),
            ("- !!omap [a: 1]\n", "tag '!!omap' is not allowed", (1, 3)),
            ("a: !!seq x\n", "tag '!!seq' is not allowed on a text", (1, 4)),
            ("a: !!str {b: c}\n", "tag '!!str' is not allowed on a mapping", (1, 4)),
            ("a: !!map [b]\n", "tag '!!map' is not allowed on a list", (1, 4)),
            ("a: !custom x\n", "tag '!custom' is not allowed", (1, 4)),
            (
                "%TAG !p! tag:yaml.org,2002:python/\n---\na: !p!name:os.system x\n",
                "tag '!!python/name:os.system' is not allowed",
                (3, 4),
            ),
        ],
    )
    def test_tags(self, text: str, message: str, where: tuple[int, int]) -> None:
        error = error_of(text)
        assert (error.message, (error.line, error.column)) == (message, where)

    def test_python_object_apply_never_runs(self, monkeypatch: pytest.MonkeyPatch) -> None:
        calls: list[object] = []
        monkeypatch.setattr(os, "system", lambda *a: calls.append(a))
        monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: calls.append(a))
        text = "claims:\n  - id: x\n    value: !!python/object/apply:os.system ['echo pwned']\n"
        error = error_of(text)
        assert error.message == "tag '!!python/object/apply:os.system' is not allowed"
        assert (error.line, error.column) == (3, 12)
        assert calls == []

    def test_duplicate_keys(self) -> None:
        text = "claims:\n  - id: a\n    value: '1 %'\n    kind: fact\n    value: '2 %'\n"
        error = error_of(text)
        assert error.message == "duplicate key 'value' (first at line 3)"
        assert (error.line, error.column) == (5, 5)
        assert str(error) == error.message

    def test_duplicate_keys_however_written(self) -> None:
        assert error_of("{a: 1, 'a': 2}").message == "duplicate key 'a' (first at line 1)"
        assert error_of('x: 1\n"x": 2\n').line == 2
        assert error_of("&k a: 1\n*k : 2\n").message == "duplicate key 'a' (first at line 1)"

    def test_same_key_in_different_mappings_is_fine(self) -> None:
        assert parse_yaml("- {id: a}\n- {id: b}\n") == [{"id": "a"}, {"id": "b"}]

    @pytest.mark.parametrize(
        ("text", "what", "where"),
        [
            ("? [a, b]\n: x\n", "a list", (1, 3)),
            ("? {a: b}\n: x\n", "a mapping", (1, 3)),
            ("{[a]: b}", "a list", (1, 2)),
            ("x:\n  [a]: b\n", "a list", (2, 3)),
        ],
    )
    def test_complex_keys(self, text: str, what: str, where: tuple[int, int]) -> None:
        error = error_of(text)
        assert error.message == f"a key must be plain text, not {what}"
        assert (error.line, error.column) == where

    def test_merge_keys(self) -> None:
        error = error_of("base: &b {kind: fact}\nclaim:\n  <<: *b\n  id: x\n")
        assert error.message.startswith("merge keys '<<' are not supported")
        assert (error.line, error.column) == (3, 3)
        assert parse_yaml("'<<': quoted is just text") == {"<<": "quoted is just text"}

    def test_second_document(self) -> None:
        error = error_of("a: 1\n---\nb: 2\n")
        assert error.message.startswith("a second YAML document starts here")
        assert (error.line, error.column) == (2, 1)
        assert error_of("---\na: 1\n...\n---\nb: 2\n").line == 4
        assert error_of("a: 1\n...\nb: 2\n").line == 3
        assert parse_yaml("---\na: 1\n...\n# trailing comment\n") == {"a": "1"}


# --- aliases -------------------------------------------------------------------------


@pytest.mark.usefixtures("loader")
class TestAliases:
    def test_aliases_are_copies_with_positions(self) -> None:
        root = parse_yaml("a: &q {holder: Orange, list: [x]}\nb: *q\nc: &s text\nd: [*s, *q]\n")
        assert isinstance(root, YamlMap)
        assert root == {
            "a": {"holder": "Orange", "list": ["x"]},
            "b": {"holder": "Orange", "list": ["x"]},
            "c": "text",
            "d": ["text", {"holder": "Orange", "list": ["x"]}],
        }
        a, b = root["a"], root["b"]
        assert isinstance(a, YamlMap)
        assert isinstance(b, YamlMap)
        assert a is not b
        assert a["list"] is not b["list"]
        assert b.key_positions == a.key_positions == {"holder": (1, 8), "list": (1, 24)}
        assert b.key_positions is not a.key_positions
        assert (b.line, b.column) == (1, 4)  # a node starts at its anchor or tag
        assert root["d"].item_positions == [(4, 5), (4, 9)]  # type: ignore[attr-defined]
        b["list"].append("changed")  # type: ignore[attr-defined]
        assert a["list"] == ["x"]

    def test_undefined_and_recursive_aliases(self) -> None:
        error = error_of("a: 1\nb: *nowhere\n")
        assert (error.message, error.line, error.column) == ("undefined alias '*nowhere'", 2, 4)
        error = error_of("a: &loop [1, *loop]\n")
        assert error.message == "alias '*loop' refers to a node that contains it"

    def test_alias_as_key(self) -> None:
        assert parse_yaml("- &k holder\n- {*k : Orange}\n") == ["holder", {"holder": "Orange"}]
        error = error_of("- &k [a]\n- {*k : Orange}\n")
        assert error.message == "a key must be plain text, but '*k' is not"
        assert error.line == 2
        assert error_of("- &k ~\n- {*k : x}\n").message.startswith("a key must be plain text")

    def test_redefined_anchor_uses_the_latest(self) -> None:
        assert parse_yaml("- &a 1\n- *a\n- &a 2\n- *a\n") == ["1", "1", "2", "2"]

    def test_billion_laughs_stops_quickly(self) -> None:
        lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
            lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
        text = "\n".join(lines) + "\n"
        start = time.perf_counter()
        error = error_of(text)
        assert time.perf_counter() - start < 0.5
        assert error.message.startswith("too many alias expansions")
        assert error.line < len(lines)

    def test_quadratic_blowup_is_stopped_too(self) -> None:
        block = "big: &big [" + ", ".join(["x"] * 2000) + "]\n"
        text = block + "uses: [" + ", ".join(["*big"] * 2000) + "]\n"
        assert error_of(text).message.startswith("too many alias expansions")

    def test_reasonable_aliasing_is_within_budget(self) -> None:
        text = "q: &q {holder: Orange}\n" + "".join(f"c{i}: *q\n" for i in range(1000))
        assert len(parse_yaml(text)) == 1001  # type: ignore[arg-type]


# --- nesting -------------------------------------------------------------------------


@pytest.mark.usefixtures("loader")
class TestNesting:
    def test_max_depth_is_the_limit(self) -> None:
        assert parse_yaml("[" * 64 + "]" * 64) is not None
        error = error_of("[" * 65 + "]" * 65)
        assert error.message == "nesting deeper than 64 levels"
        assert (error.line, error.column) == (1, 65)
        block = "".join("  " * i + f"k{i}:\n" for i in range(70))
        error = error_of(block)
        assert (error.line, error.column) == (65, 129)
        assert error_of("[[[x]]]", max_depth=2).message == "nesting deeper than 2 levels"

    @pytest.mark.parametrize(
        "text",
        [
            "[" * 5000 + "]" * 5000,
            "{a: " * 5000 + "}" * 5000,
            "- " * 5000 + "x\n",
            "".join(" " * i + "a:\n" for i in range(5000)),
            "[" * 5000,
        ],
    )
    def test_very_deep_nesting_is_an_error_not_a_crash(self, text: str) -> None:
        assert "nesting" in error_of(text).message

    def test_deep_nesting_when_allowed(self, loader: str) -> None:
        # deeper than Python's recursion limit (the pure-Python scanner is slow on this)
        text = "[" * 1500 + "x" + "]" * 1500
        if loader == "libyaml":  # libyaml has its own limit of 1000 levels
            error = error_of(text, max_depth=10_000)
            assert error.message.startswith("exceeded maximum nesting depth")
        else:
            node = parse_yaml(text, max_depth=10_000)
            for _ in range(1499):
                node = node[0]  # type: ignore[index]
            assert node == ["x"]

    def test_aliases_count_towards_depth(self) -> None:
        inner = "[" * 40 + "x" + "]" * 40
        assert (
            error_of(
                f"a: &a {inner}\nb: [[[[[[[[[[[[[[[[[[[[[[[[*a]]]]]]]]]]]]]]]]]]]]]]\n"
            ).message
            == "nesting deeper than 64 levels (through alias '*a')"
        )
        assert parse_yaml(f"a: &a {inner}\nb: [[[[*a]]]]\n") is not None

    def test_deep_alias_copies_do_not_recurse(self, loader: str) -> None:
        depth = 900 if loader == "libyaml" else 1500  # beyond the recursion limit where possible
        inner = "[" * depth + "x" + "]" * depth
        root = parse_yaml(f"- &a {inner}\n- *a\n", max_depth=5000)
        assert isinstance(root, YamlList)
        first, second = root
        for _ in range(depth):
            assert isinstance(first, YamlList)
            assert isinstance(second, YamlList)
            assert first is not second
            first, second = first[0], second[0]
        assert first == second == "x"


# --- what the parser rejects -------------------------------------------------------------


@pytest.mark.usefixtures("loader")
class TestSyntaxErrors:
    def test_problem_text_and_mark(self) -> None:
        error = error_of("claims:\n  - id: a\n    value: 44,4 %: x\n")
        # libyaml: "... allowed here"; pure Python: "... allowed in this context"
        assert error.message.startswith("mapping values are not allowed")
        assert (error.line, error.column) == (3, 18)

    def test_context_is_kept(self) -> None:
        error = error_of("a: 1\nb: 'unclosed\nc: 2\n")
        assert error.message.startswith("found unexpected end of stream")
        assert "(while scanning a quoted scalar at line 2)" in error.message
        assert error.line == 4

    @pytest.mark.parametrize(
        "text",
        [
            "a:\n\tb: 1\n",
            "a: [1, 2\n",
            "- a\nb: c\n",
            "a: b\n c: d\n",
            "*\n",
            "!<>",
            "&",
            "%YAML 2.0\n---\na\n",
            "@foo",
            "a: 'x' y\n",
            "[a, b]]",
            "{a: 1, }}",
        ],
    )
    def test_anything_the_parser_rejects(self, text: str) -> None:
        error = error_of(text)
        assert error.line >= 1
        assert error.column >= 1
        assert error.message
        assert not error.message.startswith("the YAML parser failed")

    @pytest.mark.parametrize(
        ("char", "name"),
        [
            ("\x00", "control character U+0000"),
            ("\x07", "control character U+0007"),
            ("\x1b", "control character U+001B"),
            ("\x7f", "control character U+007F"),
            ("\x9c", "control character U+009C"),
            ("\ud800", "character U+D800"),
            ("\ufffe", "character U+FFFE"),
        ],
    )
    def test_forbidden_characters(self, char: str, name: str) -> None:
        error = error_of(f"é: ü\r\nquote: 'Orange (44,4{char} %)'\n")
        assert error.message == f"{name} is not allowed in YAML"
        assert (error.line, error.column) == (2, 21)

    def test_allowed_unusual_characters(self) -> None:
        text = "a: 'tab\there, emoji 🎉, nbsp\xa0, bom\ufeff inside'\nb: \"nel\\N\"\n"
        assert parse_yaml(text) == {
            "a": "tab\there, emoji 🎉, nbsp\xa0, bom\ufeff inside",
            "b": "nel\x85",
        }

    def test_an_unexpected_parser_failure_is_a_yamlerror(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        class Broken(yaml.SafeLoader):
            def get_event(self) -> Any:
                raise MemoryError("out of memory")

        monkeypatch.setattr(yamltree, "_LOADER", Broken)
        error = error_of("a: 1\n")
        assert error.message == "the YAML parser failed: MemoryError: out of memory"
        assert (error.line, error.column) == (1, 1)


# --- the objects -------------------------------------------------------------------------


def test_objects_pickle_and_copy_with_their_positions() -> None:
    root = parse_yaml(SPEC_EXAMPLE)
    assert isinstance(root, YamlMap)
    for clone in (pickle.loads(pickle.dumps(root)), copy.deepcopy(root)):
        assert clone == root
        assert clone.key_positions == root.key_positions
        assert clone["claims"].item_positions == [(12, 5)]  # type: ignore[union-attr]
        assert clone["claims"][0].key_positions == root["claims"][0].key_positions  # type: ignore[index]
    error = error_of("a: 1\na: 2\n")
    clone_error = pickle.loads(pickle.dumps(error))
    assert isinstance(clone_error, YamlError)
    assert isinstance(clone_error, ValueError)
    assert (clone_error.message, clone_error.line, clone_error.column) == (error.message, 2, 1)


def test_objects_can_be_built_by_hand() -> None:
    node = YamlMap({"a": "b"}.items(), line=3, column=5, key_positions={"a": (3, 5)})
    assert node == {"a": "b"}
    assert position(node, ("a",)) == (3, 5)
    assert (YamlMap().line, YamlList().item_positions) == (0, [])


# --- properties ------------------------------------------------------------------------

# No lone surrogates (not text), and no U+0085: PyYAML's emitter writes it unescaped inside
# quotes, where YAML 1.1 reads it as a line break (yaml.safe_load does not round-trip it either).
text_without_surrogates = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters="\x85"), max_size=20
)
plain_data = st.recursive(
    text_without_surrogates,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(text_without_surrogates, children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(data=plain_data, flow=st.sampled_from([None, True, False]), unicode=st.booleans())
def test_safe_dumped_strings_come_back_as_they_were(
    data: object, flow: bool | None, unicode: bool
) -> None:
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=unicode)
    assert parse_yaml(text, max_depth=1000) == data


def check_only_yamlerror(text: str) -> None:
    try:
        parse_yaml(text)
    except YamlError as error:
        assert error.line >= 1
        assert error.column >= 1
        assert not error.message.startswith("the YAML parser failed"), error.message


yamlish = st.text(alphabet=list("-:?[]{},&*!|>'\"#%@`\\ \t\n\rab0~.<\x85\u2028"), max_size=60)


@settings(max_examples=500, deadline=None)
@given(text=st.text() | yamlish)
def test_arbitrary_text_raises_only_yamlerror(text: str) -> None:
    check_only_yamlerror(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text() | yamlish)
def test_arbitrary_text_raises_only_yamlerror_in_pure_python(text: str) -> None:
    saved = yamltree._LOADER
    yamltree._LOADER = yaml.SafeLoader
    try:
        check_only_yamlerror(text)
    finally:
        yamltree._LOADER = saved


def test_a_tab_where_yaml_wants_spaces_is_named() -> None:
    with pytest.raises(YamlError) as caught:
        parse_yaml("source:\n\tid: x\n")
    assert (caught.value.line, caught.value.column) == (2, 1)
    assert caught.value.message.endswith(": a tab, where YAML only takes spaces")
