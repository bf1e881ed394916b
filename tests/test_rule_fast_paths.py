"""The shortcuts that make rules fast on 100,000 claims give the answers of the plain way.

Each test states the plain way (``claim.key``, ``fact_identity``, difflib over every id,
fractions) and checks the shortcut against it, or pins an order the shortcut must keep.
"""

from __future__ import annotations

import datetime as dt
import difflib
from decimal import Decimal
from fractions import Fraction
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import DateSyntaxError, parse_date
from factcheck.expressions import parse_expression
from factcheck.findings import Location
from factcheck.model import Check, Claim, Corpus, Document, Source
from factcheck.rules import (
    consistent_units,
    incomplete_claim,
    same_fact_same_value,
    share_of_count,
    unknown_reference,
    value_out_of_bounds,
)
from factcheck.rules.base import (
    Context,
    checks_by_names,
    claim_table,
    fact_identity,
    fact_key,
)
from factcheck.shares import qualifier_key, when_key
from factcheck.values import parse_value

PUBLISHED = dt.date(2015, 7, 27)
SOURCE = Source(id="src", title="t", publisher="p", published=PUBLISHED, language="fr")


# another day's article, whose day is a `when` of WHENS; and a file without a valid source
SOURCES = [SOURCE, SOURCE.model_copy(update={"published": dt.date(2015, 3, 1)}), None]


def _claim(
    claim_id: str,
    value: str | None = None,
    *,
    line: int = 8,
    source: Source | None = SOURCE,
    **fields: Any,
) -> Claim:
    """A claim as loading leaves it: value and ``when`` read in French when they can be."""
    fields.setdefault("subject", "Cloudwatt")
    fields.setdefault("property", "share_held")
    claim = Claim(id=claim_id, quote="x", value=value, **fields)
    claim._source = source
    claim._location = Location("claims.yaml", line, 5)
    if value is not None:
        claim._value = parse_value(value, "fr")
    if claim.when is not None:
        try:
            claim._period = parse_date(claim.when, "fr", PUBLISHED)
        except DateSyntaxError:
            claim._period = None
    return claim


def _context(*documents: list[Claim], **options: Any) -> Context:
    corpus = Corpus([Document(f"d{i}.yaml", SOURCE, claims) for i, claims in enumerate(documents)])
    return Context(corpus, options)


WHENS = [None, "mars 2015", "en mars", "2015", "2015-03-01/2015-03-31", "2015-03-01/2015-03-30",
         "2015-02-30/2015-03-31", "d'ici là", "2015-03-01", "2015-03-01/2015-03-01"]  # fmt: skip


@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "subject": st.sampled_from(["A", "B"]),
                "property": st.sampled_from(["share_held", "staff"]),
                "qualifiers": st.dictionaries(
                    st.sampled_from(["holder", "answer"]), st.sampled_from(["x", "y"])
                ),
                "when": st.sampled_from(WHENS),
                "kind": st.sampled_from(["fact", "forecast"]),
                "attributed_to": st.sampled_from([None, "INSEE", "Orange"]),
                "value": st.sampled_from(["12 %", "12", "3 person", "2 EUR", "1 USD"]),
                "source": st.sampled_from(SOURCES),
            }
        ),
        min_size=2,
        max_size=6,
    )
)
def test_fact_keys_tell_facts_apart_as_fact_identity_does(records: list[dict[str, Any]]) -> None:
    claims = [_claim(f"c{i}", **record) for i, record in enumerate(records)]
    numbers: dict[object, int] = {}
    keys = []
    for claim in claims:
        assert claim.parsed_value is not None
        dimensionality = claim.parsed_value.quantity.unit.dimensionality
        dimension = numbers.setdefault(dimensionality, len(numbers))
        speaker = claim.attributed_to if claim.kind != "fact" else None
        published = claim.source.published if claim.source else None
        dated = (claim.period, claim.when, published)
        qualified = qualifier_key(claim.qualifiers) if claim.qualifiers else ()
        fields = (qualified, dated, claim.kind, speaker)
        keys.append(fact_key(claim.subject, claim.property, *fields, dimension))
    for a, key_a in zip(claims, keys, strict=True):
        for b, key_b in zip(claims, keys, strict=True):
            assert (key_a == key_b) == (fact_identity(a) == fact_identity(b)), (a, b)


@given(
    st.sampled_from(WHENS),
    st.sampled_from(WHENS),
    st.sampled_from(SOURCES),
    st.sampled_from(SOURCES),
)
def test_when_keys_are_equal_exactly_when_claim_keys_say_the_same_when(
    first: str | None, second: str | None, first_source: Source | None, second_source: Source | None
) -> None:
    a, b = (
        _claim("a", when=first, source=first_source),
        _claim("b", when=second, source=second_source),
    )
    assert (when_key(a) == when_key(b)) == (a.key[3] == b.key[3])


IDS = st.text(alphabet="abcdeo_12", min_size=1, max_size=12).map(lambda s: "x" + s)


@given(st.lists(IDS, min_size=1, max_size=40, unique=True), IDS)
def test_closest_id_is_difflibs(ids: list[str], name: str) -> None:
    context = _context([_claim(claim_id) for claim_id in ids])
    expected = difflib.get_close_matches(name, ids, n=1)
    assert unknown_reference._closest(name, context) == (expected[0] if expected else None)


@st.composite
def _misspelt(draw: st.DrawFn, alphabet: str = "ab_1") -> tuple[list[str], str]:
    """Long ids much alike, and one of them with up to four letters inserted, lost or changed."""
    ids = draw(st.lists(st.text(alphabet, min_size=8, max_size=30), min_size=1, max_size=40))
    ids = list(dict.fromkeys("x" + claim_id for claim_id in ids))
    name = list(draw(st.sampled_from(ids)))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(name) - 1))
        edit = draw(st.sampled_from(["insert", "delete", "replace"]))
        letter = draw(st.sampled_from(alphabet))
        if edit == "insert":
            name.insert(at, letter)
        elif edit == "delete" and len(name) > 1:
            del name[at]
        else:
            name[at] = letter
    return ids, "".join(name)


@given(_misspelt())
def test_closest_id_to_a_misspelt_long_id_is_difflibs(case: tuple[list[str], str]) -> None:
    ids, name = case
    context = _context([_claim(claim_id) for claim_id in ids])
    expected = difflib.get_close_matches(name, ids, n=1)
    assert unknown_reference._closest(name, context) == (expected[0] if expected else None)


@given(_misspelt())
def test_an_id_scoring_at_least_some_ratio_contains_a_piece_of_the_name(
    case: tuple[list[str], str],
) -> None:
    ids, name = case
    for claim_id in ids:
        ratio = difflib.SequenceMatcher(None, claim_id, name).ratio()  # as get_close_matches
        pieces = unknown_reference._pieces(name, len(claim_id), ratio)
        if pieces is not None:
            assert "".join(pieces) == name
            assert any(piece in claim_id for piece in pieces), (claim_id, pieces)


@given(
    st.decimals(allow_nan=False, allow_infinity=False, places=50, min_value=-200, max_value=200),
    st.integers(1, 10**12),
)
def test_parts_of_a_count_are_computed_exactly(x: Decimal, n: int) -> None:
    assert Fraction(share_of_count._times_percent(x, n)) == Fraction(x) * n / 100


def test_units_are_told_apart_whatever_their_object() -> None:
    for text, percent, count in (("%", True, True), ("pp", False, False), ("", False, True),
                                 ("person", False, True), ("EUR", False, False)):  # fmt: skip
        quantity = parse_value(f"1 {text}".strip(), "en").quantity
        assert share_of_count.is_percentage(quantity.unit) is percent, text
        assert (share_of_count.count_interval(quantity) is not None) is (count and not percent)


def test_values_out_of_bounds_are_reported_in_report_order() -> None:
    claims = [
        _claim("over", "120 %"),
        _claim("negative_staff", "-5 person", property="staff"),
        _claim("negative_share", "-1 %", property="vote_share"),
    ]
    found = list(value_out_of_bounds.check(_context(claims)))
    assert [problem.claims for problem in found] == [
        ("over",),
        ("negative_staff",),
        ("negative_share",),
    ]


def test_units_are_compared_property_by_property_from_the_first_complete_claim() -> None:
    # "length" is first seen in a draft claim, so "weight" comes first in the report
    claims = [
        _claim("draft", "1 km", subject="?", property="length"),
        _claim("w1", "1 kg", property="weight"),
        _claim("w2", "1 kg", property="weight"),
        _claim("w_odd", "1 EUR", property="weight"),
        _claim("l1", "1 km", property="length"),
        _claim("l2", "1 km", property="length"),
        _claim("l_odd", "1 year", property="length"),
    ]
    found = list(consistent_units.check(_context(claims)))
    assert [problem.claims for problem in found] == [("w_odd", "w1"), ("l_odd", "l1")]


def test_incomplete_claims_are_reported_file_by_file() -> None:
    first = [_claim("ok"), _claim("draft", subject="?")]
    second = [_claim("other_ok"), _claim("other_draft", property="")]
    found = list(incomplete_claim.check(_context(first, second)))
    assert [problem.claims for problem in found] == [("draft",), ("other_draft",)]
    assert "fill in its property" in found[1].message


def test_the_table_numbers_facts_as_fact_identity_and_lists_the_repeated_ones() -> None:
    claims = [
        _claim("a", "12 %", when="mars 2015", qualifiers={"holder": "x"}),
        _claim("b", "3 person", property="staff"),
        _claim("draft", "12 %", subject="?"),
        _claim("c", "14 %", when="2015-03-01/2015-03-31", qualifiers={"holder": "x"}),
        _claim("no_value", None),
        _claim("d", "1 EUR", property="staff"),
    ]
    table = claim_table(_context(claims))
    assert table.facts[0] == table.facts[3] is not None
    assert table.facts[2] is None and table.facts[4] is None
    assert len({table.facts[0], table.facts[1], table.facts[5]}) == 3  # persons are no EUR
    assert table.repeated == [0, 3]
    found = list(same_fact_same_value.check(_context(claims)))
    assert [problem.claims for problem in found] == [("c", "a")]


def test_a_share_is_judged_against_each_count_it_is_of() -> None:
    # one "43 %" value (the same object, read once) of two counts: 19 fails, 100 passes
    claims = [
        _claim("nineteen", "19", property="respondents"),
        _claim("hundred", "100", property="respondents"),
        _claim("of_nineteen", "43 %", property="answer_share", of="nineteen"),
        _claim("of_hundred", "43 %", property="answer_share", of="hundred"),
        _claim("of_nineteen_again", "43 %", property="answer_share", of="nineteen"),
    ]
    assert claims[2].parsed_value is claims[3].parsed_value
    found = list(share_of_count.check(_context(claims, max_counts=1000)))
    assert [problem.claims for problem in found] == [
        ("of_nineteen", "nineteen"),
        ("of_nineteen_again", "nineteen"),
    ]


def test_the_table_reads_every_claim_field_rules_use_as_the_claim_gives_it() -> None:
    claims = [
        _claim("a", "12 %", when="mars 2015", kind="forecast", attributed_to="Orange"),
        _claim("b", None, when="d'ici là"),
        Claim(id="made_by_hand", quote="y", subject="s", property="p"),  # no source
        _claim("invalid_source", None, source=None),
    ]
    claims[-1]._language = "fr"  # its file's, when its source block is invalid
    table = claim_table(_context(claims))
    assert table.claims == claims
    for position, claim in enumerate(claims):
        assert table.quotes[position] == claim.quote
        assert table.whens[position] == claim.when
        assert table.periods[position] == claim.period
        assert table.kinds[position] == claim.kind
        assert table.sources[position] is claim.source
        assert table.languages[position] == claim.language
        assert table.values[position] is claim.parsed_value


def test_checks_are_split_by_whether_every_id_they_name_is_a_claim() -> None:
    def check(check_id: str, expect: str | None = None, order: list[str] | None = None) -> Check:
        made = Check(id=check_id, expect=expect, order=order)
        made._expression = parse_expression(expect) if expect and "<>" not in expect else None
        return made

    checks = [
        check("known", expect="a < b"),
        check("unknown", expect="a < nobody"),
        check("unreadable", expect="a <> b <"),  # no expression: invalid-expression's
        check("known_order", order=["a", "b"]),
        check("unknown_order", order=["a", "nobody"]),
    ]
    corpus = Corpus([Document("d.yaml", SOURCE, [_claim("a", "1"), _claim("b", "2")], checks)])
    resolved, unresolved = checks_by_names(Context(corpus))
    assert [c.id for c in resolved] == ["known", "known_order"]
    assert [c.id for c in unresolved] == ["unknown", "unknown_order"]
