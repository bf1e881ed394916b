"""Share groups: grouping, parts counted once, and rounding that never raises a false alarm."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import shares
from factcheck.dates import parse_date
from factcheck.findings import Problem
from factcheck.model import Claim, Corpus, Document, Source
from factcheck.rules import shares_incomplete, shares_sum_to_whole, value_out_of_bounds
from factcheck.rules.base import Context
from factcheck.shares import (
    ShareGroup,
    exact_quantity,
    printed_sum_chance,
    rounding_chance,
    share_groups,
)
from factcheck.values import Interval, Truth, format_decimal, format_quantity, parse_value
from factcheck.vocabulary import PropertyMeaning, Vocabulary

D = Decimal
PUBLISHED = dt.date(2015, 7, 27)


def source(language: str = "fr") -> Source:
    return Source(id="src", title="t", publisher="p", published=PUBLISHED, language=language)


def claim(
    claim_id: str,
    value: str | None,
    holder: str | None = None,
    *,
    subject: str = "Cloudwatt",
    prop: str = "share_held",
    when: str | None = None,
    language: str = "fr",
    **fields: Any,
) -> Claim:
    """A claim as loading leaves it: value and `when` parsed in the source's language."""
    qualifiers = {"holder": holder} if holder else {}
    made = Claim(
        id=claim_id,
        quote="x",
        subject=subject,
        property=prop,
        qualifiers=qualifiers,
        value=value,
        when=when,
        **fields,
    )
    made._source = source(language)
    if value is not None:
        made._value = parse_value(value, language)
    if when is not None:
        made._period = parse_date(when, language, PUBLISHED)
    return made


def groups(*claims: Claim, vocabulary: Vocabulary | None = None) -> list[ShareGroup]:
    return share_groups(claims, vocabulary or Vocabulary())


def problems(*claims: Claim, min_parts: int = 2) -> Iterator[tuple[str, Problem]]:
    corpus = Corpus([Document("claims.yaml", source(), list(claims))])
    for rule, options in (
        (shares_sum_to_whole, {}),
        # every listing short of its whole, however partial: the arithmetic under test
        (shares_incomplete, {"min_parts": min_parts, "partial_listings": True}),
        (value_out_of_bounds, {}),
    ):
        for problem in rule.check(Context(corpus, options)):
            yield rule.ID, problem


def test_exact_quantity_reads_a_definition_exactly() -> None:
    whole = exact_quantity("577")
    assert whole is not None
    assert whole.interval == Interval.exact(D(577))
    hundred = exact_quantity("100 %")
    assert hundred is not None and format_quantity(hundred, "fr") == "100 %"
    assert exact_quantity("<100 %") is None
    assert exact_quantity("1 to 2") is None
    assert exact_quantity("cent") is None


def test_the_seed_listing_is_one_group_that_can_be_the_whole() -> None:
    (group,) = groups(
        claim("orange", "44,4 %", "Orange", when="septembre 2012"),
        claim("thales", "22,2 %", "Thales", when="septembre 2012"),
        claim("cdc", "33,3 %", "CDC", when="septembre 2012"),
    )
    assert [part.claims[0].id for part in group.parts] == ["orange", "thales", "cdc"]
    assert group.total.interval == Interval(D("99.75"), D("100.05"), nominal=D("99.9"))
    assert group.truth_within is Truth.HOLDS
    assert group.truth_reaches is Truth.ROUNDING
    assert group.truth_equals is Truth.ROUNDING
    assert group.describe() == "Cloudwatt (septembre 2012)"
    assert group.language == "fr"


def test_groups_by_subject_property_days_and_of() -> None:
    found = groups(
        claim("a", "60 %", "A", when="en mars"),
        claim("b", "40 %", "B", when="mars 2015"),
        claim("c", "40 %", "B", when="2015"),
        claim("d", "40 %", "B"),
        claim("e", "40 %", "B", subject="Other"),
        claim("f", "40 %", "B", prop="market_share"),
        claim("g", "40 %", "B", of="mayors"),
        claim("h", "40 %", "B", prop="staff"),
        claim("i", None, "B"),
    )
    expected = [["a", "b"], ["c"], ["d"], ["e"], ["f"], ["g"]]
    assert [[c.id for c in g.claims] for g in found] == expected


def test_a_forecast_and_the_results_divide_the_whole_apart() -> None:
    """A poll's forecast plus the results on the same day summed to over 100 %."""
    poll = {"kind": "forecast", "attributed_to": "Ifop"}
    other_poll = {"kind": "forecast", "attributed_to": "Elabe"}
    found = groups(
        claim("p_a", "60 %", "A", when="30 juin 2015", **poll),
        claim("p_b", "40 %", "B", when="30 juin 2015", **poll),
        claim("r_a", "55 %", "A", when="30 juin 2015"),
        claim("r_b", "45 %", "B", when="30 juin 2015"),
        claim("e_a", "52 %", "A", when="30 juin 2015", **other_poll),
        claim("e_b", "48 %", "B", when="30 juin 2015", **other_poll),
    )
    assert [[c.id for c in g.claims] for g in found] == [
        ["p_a", "p_b"],
        ["r_a", "r_b"],
        ["e_a", "e_b"],
    ]
    assert all(group.truth_equals is Truth.HOLDS for group in found)
    assert [group.describe() for group in found] == [
        "Cloudwatt (30 juin 2015; forecast by Ifop)",
        "Cloudwatt (30 juin 2015)",
        "Cloudwatt (30 juin 2015; forecast by Elabe)",
    ]
    assert list(problems(*[claim for group in found for claim in group.claims])) == []


def test_a_part_reported_twice_counts_once_at_what_its_reports_agree_on() -> None:
    (group,) = groups(
        claim("a", "~50 %", "A"),
        claim("b", "46,5 %", "B"),
        claim("a_again", "55 %", "A"),
    )
    first, _ = group.parts
    assert [c.id for c in first.claims] == ["a", "a_again"]
    assert first.agreed
    assert first.quantity.interval == Interval(D("54.5"), D("55.0"), nominal=D(55))
    assert group.listing() == "a (and a_again) + b"
    assert group.truth_within is Truth.FAILS


def test_reports_that_disagree_count_at_their_hull() -> None:
    (group,) = groups(claim("a", "44,4 %", "A"), claim("a_typo", "54,4 %", "A"))
    (part,) = group.parts
    assert not part.agreed
    assert part.quantity.interval == Interval(D("44.35"), D("54.45"))


def test_a_part_in_a_foreign_unit_is_left_out() -> None:
    (group,) = groups(claim("a", "60 %", "A"), claim("b", "50 person", "B"))
    assert [c.id for c in group.claims] == ["a"]
    assert [c.id for c in group.left_out] == ["b"]
    assert not groups(claim("b", "50 person", "B"))


def test_a_configured_whole_is_exact() -> None:
    vocabulary = Vocabulary({"seats_won": PropertyMeaning("seats_won", whole="577")})
    parts = [claim(p, n, p, prop="seats_won") for p, n in (("a", "300"), ("b", "277"))]
    (group,) = groups(*parts, vocabulary=vocabulary)
    assert group.whole.interval == Interval.exact(D(577))
    assert group.truth_equals is Truth.HOLDS
    bad = Vocabulary({"seats_won": PropertyMeaning("seats_won", whole="about 577")})
    assert not groups(*parts, vocabulary=bad)


# --- Rounding never raises a false alarm; a real error is always caught -------------------

LANGUAGES = st.sampled_from(["fr", "en"])


@st.composite
def true_shares(draw: st.DrawFn) -> tuple[list[int], int]:
    """Integer parts of a whole N, as many as a listing has."""
    counts = draw(st.lists(st.integers(0, 10_000), min_size=1, max_size=8))
    if not sum(counts):
        counts[0] = 1
    return counts, sum(counts)


def rounded(exact: Fraction, decimals: int, half_up: bool) -> Decimal:
    """Round a percentage to nearest, as a journalist would, keeping trailing zeros."""
    scaled = exact * 10**decimals
    units = int(scaled + Fraction(1, 2)) if half_up else round(scaled)
    return Decimal(units).scaleb(-decimals)


def written_shares(shares: tuple[list[int], int], decimals: int, half_up: bool) -> list[Decimal]:
    counts, total = shares
    return [rounded(Fraction(100 * k, total), decimals, half_up) for k in counts]


def listing(figures: list[Decimal], language: str) -> list[Claim]:
    return [
        claim(f"part_{i}", f"{format_decimal(x, language)} %", f"holder {i}", language=language)
        for i, x in enumerate(figures)
    ]


@settings(deadline=None)  # the first example loads pint, babel and dateparser
@given(true_shares(), st.integers(0, 3), st.booleans(), LANGUAGES)
def test_rounded_true_shares_never_fail(
    shares: tuple[list[int], int], decimals: int, half_up: bool, language: str
) -> None:
    claims = listing(written_shares(shares, decimals, half_up), language)
    (group,) = groups(*claims)
    assert group.truth_within is not Truth.FAILS
    assert group.truth_reaches is not Truth.FAILS
    assert group.truth_equals is not Truth.FAILS
    assert not list(problems(*claims, min_parts=1))


@settings(deadline=None)
@given(
    true_shares(),
    st.integers(0, 3),
    st.booleans(),
    LANGUAGES,
    st.integers(1, 1000),
    st.booleans(),
    st.data(),
)
def test_a_part_shifted_beyond_the_listing_precision_is_caught(
    shares: tuple[list[int], int],
    decimals: int,
    half_up: bool,
    language: str,
    extra: int,
    up: bool,
    data: st.DataObject,
) -> None:
    figures = written_shares(shares, decimals, half_up)
    # more than the precision of the last digit times the number of parts
    shift = Decimal(len(figures) + extra).scaleb(-decimals)
    index = data.draw(st.integers(0, len(figures) - 1))
    figures[index] = figures[index] + shift if up else figures[index] - shift
    claims = listing(figures, language)
    (group,) = groups(*claims)
    assert group.truth_equals is Truth.FAILS
    if up:
        assert group.truth_within is Truth.FAILS
        assert group.truth_reaches is not Truth.FAILS
    else:
        assert group.truth_reaches is Truth.FAILS
        assert group.truth_within is not Truth.FAILS
    found = {rule for rule, _ in problems(*claims, min_parts=1)}
    if not up:
        assert "shares-incomplete" in found
    else:  # a part alone over the whole is out of bounds, not a sum
        assert ("shares-sum-to-whole" if len(figures) > 1 else "value-out-of-bounds") in found


# --- How likely rounding alone moves a sum: rounding_chance --------------------------


def _irwin_hall_tail(n: int, t: Fraction) -> Fraction:
    """P(|U1 + ... + Un| >= t), Ui uniform on [-1/2, 1/2]: the textbook Irwin-Hall formula."""
    x = Fraction(n, 2) + t  # P(sum of n uniforms on [0, 1] >= x), twice
    cdf = sum(
        (-1) ** k * math.comb(n, k) * (x - k) ** n for k in range(math.floor(x) + 1) if x > k
    ) / math.factorial(n)
    return 2 * (1 - cdf)


def test_rounding_chance_of_the_audited_listings() -> None:
    # seven whole percentages off by 2,5 points: 2 / 7!, the climate desk's 1 in 2 520
    assert rounding_chance([D(1)] * 7, D("2.5")) == pytest.approx(1 / 2520)
    # the seed's 99,9 %: errors of 0,05 or more among three shares to 0,1 are 1 in 3
    assert rounding_chance([D("0.1")] * 3, D("0.05")) == pytest.approx(1 / 3)
    # a duel at 101 %: half a point or more between two whole shares, 1 in 4
    assert rounding_chance([D(1), D(1)], D("0.5")) == pytest.approx(1 / 4)
    assert rounding_chance([D(1)] * 4, D("1.5")) == pytest.approx(2 / 16 / 24)


def test_rounding_chance_beyond_reach_and_within_nothing() -> None:
    assert rounding_chance([D(1)] * 3, D("1.5")) == 0.0  # the very end of the interval
    assert rounding_chance([D(1)] * 3, D(2)) == 0.0
    assert rounding_chance([D(1)] * 3, D(0)) == 1.0
    assert rounding_chance([D(1)] * 3, D("-1")) == 1.0


@given(st.integers(1, 12), st.fractions(min_value=0, max_value=6, max_denominator=20))
def test_rounding_chance_is_irwin_hall_for_equal_steps(n: int, t: Fraction) -> None:
    expected = 1.0 if t == 0 else float(max(_irwin_hall_tail(n, t), Fraction(0)))
    at_least = D(t.numerator) / D(t.denominator)
    assert rounding_chance([D(1)] * n, at_least) == pytest.approx(expected, abs=1e-12)


@given(
    st.fractions(min_value=Fraction(1, 10), max_value=5, max_denominator=10),
    st.fractions(min_value=Fraction(1, 10), max_value=5, max_denominator=10),
    st.fractions(min_value=0, max_value=1),
)
def test_rounding_chance_of_two_unequal_steps_is_trapezoidal(
    a: Fraction, b: Fraction, where: Fraction
) -> None:
    a, b = min(a, b), max(a, b)
    # from (b - a) / 2 on, P(|E| >= t) = ((a + b) / 2 - t)^2 / (a b)
    t = (b - a) / 2 + where * a
    expected = ((a + b) / 2 - t) ** 2 / (a * b)
    widths = [D(a.numerator) / D(a.denominator), D(b.numerator) / D(b.denominator)]
    at_least = D(t.numerator) / D(t.denominator)
    if at_least <= 0:
        return
    # the Decimals are the fractions to 28 digits: compare as floats
    assert rounding_chance(widths, at_least) == pytest.approx(float(expected), abs=1e-9)


_STEPS = st.lists(st.sampled_from([D("0.1"), D("0.5"), D(1), D(2)]), min_size=1, max_size=9)


@given(_STEPS, st.decimals(0, 6, places=2), st.decimals(0, 6, places=2))
def test_rounding_chance_falls_as_the_sum_moves_away(
    widths: list[Decimal], near: Decimal, far: Decimal
) -> None:
    near, far = min(near, far), max(near, far)
    assert 0 <= rounding_chance(widths, far) <= rounding_chance(widths, near) <= 1


@given(_STEPS, st.decimals(0, 6, places=2), st.sampled_from([D(10), D("0.1"), D(3)]))
def test_rounding_chance_ignores_the_unit_and_order(
    widths: list[Decimal], at_least: Decimal, factor: Decimal
) -> None:
    chance = rounding_chance(widths, at_least)
    scaled = rounding_chance([w * factor for w in reversed(widths)], at_least * factor)
    assert scaled == pytest.approx(chance, abs=1e-12)


@given(_STEPS, st.decimals("0.01", 6, places=2))
def test_rounding_chance_never_exceeds_hoeffding(widths: list[Decimal], at_least: Decimal) -> None:
    spread = float(sum(w * w for w in widths))
    bound = 2 * math.exp(-2 * float(at_least) ** 2 / spread)
    assert rounding_chance(widths, at_least) <= bound + 1e-12


def test_rounding_chance_past_many_terms_answers_the_bound_never_less(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    widths = [D(1)] * 7 + [D("0.1")] * 5
    exact = rounding_chance(widths, D("2.5"))
    monkeypatch.setattr(shares, "_MAX_TERMS", 1)
    shares._rounding_chance.cache_clear()  # answers are cached by steps and distance
    bounded = rounding_chance(widths, D("2.5"))
    shares._rounding_chance.cache_clear()
    assert exact < bounded == pytest.approx(2 * math.exp(-2 * 2.5**2 / 7.05))


# --- How likely a correct listing prints its sum so far off: printed_sum_chance --------


def _irwin_hall_density(n: int, x: Fraction) -> Fraction:
    """The density of U1 + ... + Un at ``x``, Ui uniform on [0, 1]: the textbook formula."""
    return sum(
        ((-1) ** k * math.comb(n, k) * (x - k) ** (n - 1) for k in range(n + 1) if x > k),
        Fraction(0),
    ) / math.factorial(n - 1)


def test_printed_sum_chance_of_the_audited_listings() -> None:
    # Mosteller, Youtz and Zahn: three whole percentages print 99 or 101 % once in four
    assert printed_sum_chance([D(1)] * 3, D(1)) == pytest.approx(1 / 4)
    # the health desk's poll, 38 + 29 + 19 + 9 + 7 = 102 %: 1 in 192, not 1 in 60
    assert printed_sum_chance([D(1)] * 5, D(2)) == pytest.approx(1 / 192)
    # seven whole percentages at 103 %: 1 in 23 040
    assert printed_sum_chance([D(1)] * 7, D(3)) == pytest.approx(1 / 23040)
    # at the very end of the errors' range: never (the limit is the other check's)
    assert printed_sum_chance([D(1)] * 4, D(2)) == 0.0
    assert printed_sum_chance([D(1)] * 2, D(1)) == 0.0
    assert printed_sum_chance([D(1)] * 3, D(0)) == 1.0


@given(st.integers(2, 12), st.integers(1, 6))
def test_printed_sum_chance_is_the_irwin_hall_density_on_whole_points(n: int, k: int) -> None:
    # P(|S| >= k) = 2 * sum of the density at n/2 + j for j >= k (whole points)
    expected = 2 * sum(
        (_irwin_hall_density(n, Fraction(n, 2) + j) for j in range(k, n)), Fraction(0)
    )
    assert printed_sum_chance([D(1)] * n, D(k)) == pytest.approx(float(expected), abs=1e-12)


@given(_STEPS, st.integers(1, 40))
def test_printed_sum_chance_lies_between_the_continuous_tails(
    widths: list[Decimal], k: int
) -> None:
    # the density of a sum of uniforms falls away from 0: over points a step apart from
    # t on, it adds up to more than the errors' chance of reaching t, and less than of
    # reaching one step short of t
    step = min(widths)
    far = step * k
    chance = printed_sum_chance(widths, far)
    assert 0 <= chance <= 1
    assert rounding_chance(widths, far) - 1e-12 <= chance
    assert chance <= rounding_chance(widths, far - step) + 1e-12


def test_printed_sum_chance_of_unequal_steps_none_of_them_the_grid() -> None:
    # steps of 0,5 and 0,2 print sums on a grid of 0,1, no part's step: the points'
    # chances are normalised (300 000 simulated listings of random shares of 100 %,
    # rounded to those steps, printed sums 0,1 or more off 0,7995 of the time, 0,3 or
    # more off 0,1252)
    widths = [D("0.5"), D("0.2"), D("0.2")]
    assert printed_sum_chance(widths, D("0.1")) == pytest.approx(0.8)
    assert printed_sum_chance(widths, D("0.3")) == pytest.approx(0.125)
