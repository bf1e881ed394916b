"""The benchmark corpus generator makes valid, realistic claim files (never a timing test)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import factcheck
from benchmarks import generate
from factcheck.model import Claim, Corpus

SHARE_PROPERTIES = {"share_held", "vote_share", "market_share"}
FRENCH_MONTHS = "|".join(generate.MONTHS["fr"])
ENGLISH_MONTHS = "|".join(generate.MONTHS["en"])


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate.generate(out, claims=200, files=4, seed=1)
    return out


@pytest.fixture(scope="module")
def corpus(corpus_dir: Path) -> Corpus:
    return factcheck.load(corpus_dir)


def claims_of(corpus: Corpus) -> list[Claim]:
    return list(corpus.claims)


def test_the_corpus_has_the_size_asked_for(corpus_dir: Path, corpus: Corpus) -> None:
    assert len(corpus.documents) == 4
    assert sum(len(d.claims) for d in corpus.documents) == 200
    assert all(len(d.claims) == 50 for d in corpus.documents)
    assert len(list(corpus_dir.rglob("*.txt"))) == 4  # every claim file has its article


def test_it_verifies_with_no_error(corpus: Corpus) -> None:
    assert not list(corpus.problems)
    report = factcheck.verify(corpus)
    errors = [f for f in report.findings if f.severity is factcheck.Severity.ERROR]
    assert errors == []
    assert report.ok


def test_every_rule_about_the_text_has_something_to_check(corpus: Corpus) -> None:
    for document in corpus.documents:
        assert document.source is not None
        assert document.source.text_content, document.path  # quote-in-text runs
    assert any(d.source and d.source.word_count for d in corpus.documents)


def test_french_and_english_sources(corpus: Corpus) -> None:
    languages = Counter(d.source.language for d in corpus.documents if d.source)
    assert set(languages) == {"fr", "en"}
    values = [c.value for c in claims_of(corpus) if c.value]
    assert any(re.search(r"\d,\d", v) for v in values)  # a French decimal comma
    assert any(re.search(r"\d\.\d", v) for v in values)  # an English decimal point


def test_share_groups_of_three_to_five_parts(corpus: Corpus) -> None:
    groups: defaultdict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for claim in claims_of(corpus):
        if claim.property in SHARE_PROPERTIES and claim.value != "100 %":
            groups[(claim.subject, claim.property, claim.key[3])].append(claim)
    assert groups
    for parts in groups.values():
        holders = {tuple(sorted(c.qualifiers.items())) for c in parts}
        assert 3 <= len(holders) <= 5
        assert all(c.parsed_value is not None for c in parts)


def test_shares_add_up_to_100_within_their_rounding() -> None:
    world = generate.World(seed=1, claims=100_000)
    seen = set()
    for n in range(300):
        period = generate.year_period(2000 + n % 20)
        parts = world.shares(f"subject {n}", "share_held", period, world.holders)
        assert 3 <= len(parts) <= 5
        low = sum(Fraction(v) - Fraction(generate.ulp(v)) / 2 for _, v in parts)
        high = sum(Fraction(v) + Fraction(generate.ulp(v)) / 2 for _, v in parts)
        assert low <= 100 <= high
        seen.update(v for _, v in parts)
    assert Decimal("33.3") in seen  # thirds, as in 33,3 + 33,3 + 33,3 %


def test_percentages_of_a_count_pass_grim(corpus: Corpus) -> None:
    by_id = corpus.claims_by_id()
    shares = [c for c in claims_of(corpus) if c.of and c.value and c.value.endswith("%")]
    assert shares
    for claim in shares:
        whole = by_id[claim.of or ""].parsed_value
        assert whole is not None and whole.quantity.interval.nominal is not None
        n = int(whole.quantity.interval.nominal)  # a count: a pure number
        assert claim.parsed_value is not None
        interval = claim.parsed_value.quantity.interval
        assert any(interval.lo <= Decimal(100 * k) / n <= interval.hi for k in range(n + 1))


def test_explicit_checks_of_both_kinds(corpus: Corpus) -> None:
    checks = list(corpus.checks)
    assert any(c.expect and "== 100 %" in c.expect for c in checks)  # a share group's sum
    assert any(c.expect and "<" in c.expect and "==" not in c.expect for c in checks)
    assert any(c.order for c in checks)


def test_hedged_values_money_with_scale_words_and_ranks(corpus: Corpus) -> None:
    claims = claims_of(corpus)
    values = [c.value for c in claims if c.value]
    assert any(v.startswith("~") for v in values)
    assert any(v.startswith(("<", ">")) for v in values)
    assert any(" to " in v for v in values)
    scaled = r"(million|milliard|billion)s? (EUR|USD|GBP)$"
    assert any(re.search(scaled, v) for v in values)
    quotes = [c.quote for c in claims]
    assert any(re.search(r"millions? d'euros|milliards? d'euros", q) for q in quotes)
    assert any(c.property == "rank" for c in claims)


def test_french_and_english_dates(corpus: Corpus) -> None:
    whens = {c.when for c in claims_of(corpus) if c.when}
    assert any(re.fullmatch(rf"({FRENCH_MONTHS}) \d{{4}}", w) for w in whens)
    assert any(re.fullmatch(rf"({ENGLISH_MONTHS}) \d{{4}}", w) for w in whens)
    assert any(re.fullmatch(r"\d{4}", w) for w in whens)
    assert any(re.search(r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d", w) or
               re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),", w)
               for w in whens)  # fmt: skip


def test_facts_are_repeated_and_agree(corpus: Corpus) -> None:
    reports = Counter(
        (c.kind, c.key, c.parsed_value.quantity.unit)
        for c in claims_of(corpus)
        if c.parsed_value is not None
    )
    assert any(n > 1 for n in reports.values())  # same-fact-same-value has work to do


def test_the_output_depends_only_on_the_seed(tmp_path: Path) -> None:
    generate.generate(tmp_path / "a", claims=60, files=2, seed=7)
    generate.generate(tmp_path / "b", claims=60, files=2, seed=7)
    generate.generate(tmp_path / "c", claims=60, files=2, seed=8)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.*"))
    assert files
    for name in files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    other = sorted(p.relative_to(tmp_path / "c") for p in (tmp_path / "c").rglob("*.*"))
    assert other != files or any(
        (tmp_path / "a" / n).read_bytes() != (tmp_path / "c" / n).read_bytes() for n in files
    )
