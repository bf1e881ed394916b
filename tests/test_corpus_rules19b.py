"""The claim table on a fact-check's copy (audit of 2026-12-02: political fact-checking unit).

A statement under check beside the official figure (FU-1): a claim rated misleading or
disputed reports no fact, as one found false; one not rated yet that is ``attributed_to``
somebody is reported itself, with the command that records its verdict. Running totals
("depuis", "since") are keyed in the claim table's ``fact_key``, so ``holds-by-rounding``
pairs facts as ``same-fact-same-value`` does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import DateSyntaxError, parse_date
from factcheck.findings import Finding, Location
from factcheck.model import Claim, Corpus, Document, Source
from factcheck.rules import base
from factcheck.rules.base import Context, claim_table, fact_identity, fact_key
from factcheck.values import parse_value
from tests.conftest import WriteFiles, verify_folder


def _source(published: str = "2026-11-24", source_id: str = "s") -> str:
    return (
        f"source: {{id: {source_id}, title: t, publisher: p, published: {published},"
        " language: fr}\nclaims:\n"
    )


def _findings(write_files: WriteFiles, files: dict[str, str], rule: str) -> list[Finding]:
    report = verify_folder(write_files(files))
    return [f for f in report.findings if f.rule == rule]


# --- The statement under check beside the official figure (FU-1) ---------------------------

_MINISTER = (
    "  - id: ministre_chomage\n"
    '    quote: "le chômage est tombé à 7 % au troisième trimestre"\n'
    "    subject: France\n"
    "    property: unemployment_rate\n"
    '    value: "7 %"\n'
    "    when: T3 2026\n"
    '    attributed_to: "Paul Durand, ministre du Travail"\n'
)
_INSEE = (
    "  - id: insee_chomage\n"
    '    quote: "le taux de chômage s\'établissait à 7,6 % au troisième trimestre 2026"\n'
    "    subject: France\n"
    "    property: unemployment_rate\n"
    '    value: "7,6 %"\n'
    "    when: T3 2026\n"
    "    cites: Insee\n"
)


def _rated(verdict: str) -> str:
    return (
        f"    status: {verdict}\n"
        f"    reviews: [{{date: 2026-11-24, by: desk, verdict: {verdict}, note: Insee}}]\n"
    )


@pytest.mark.parametrize("verdict", ["misleading", "disputed", '"false"'])
def test_a_statement_rated_misleading_or_disputed_is_not_compared(
    write_files: WriteFiles, verdict: str
) -> None:
    files = {"a.yaml": _source() + _MINISTER + _rated(verdict) + _INSEE}
    report = verify_folder(write_files(files))
    assert [f for f in report.findings if f.severity.name == "ERROR"] == []
    assert [f for f in report.findings if f.rule == "holds-by-rounding"] == []


@pytest.mark.parametrize("minister_first", [True, False])
def test_an_unrated_statement_is_reported_itself_with_the_command_to_rate_it(
    write_files: WriteFiles, minister_first: bool
) -> None:
    body = _MINISTER + _INSEE if minister_first else _INSEE + _MINISTER
    (found,) = _findings(write_files, {"a.yaml": _source() + body}, "same-fact-same-value")
    assert found.claims == ("ministre_chomage", "insee_chomage")
    assert found.location.line == (3 if minister_first else 10)
    assert found.message.startswith("'ministre_chomage' says 7 % (6,5 à 7,5 %) but 'insee_chomage'")
    assert (
        "if 'ministre_chomage' (attributed to Paul Durand) is a statement under check, record"
        " its verdict: factcheck review ministre_chomage --verdict misleading (or false)"
        " --by NAME"
    ) in found.message


def test_an_unrated_statement_in_another_article_is_reported_itself(
    write_files: WriteFiles,
) -> None:
    files = {
        "a.yaml": _source("2026-11-20", "a") + _INSEE,
        "b.yaml": _source("2026-11-24", "b") + _MINISTER,
    }
    (found,) = _findings(write_files, files, "same-fact-same-value")
    assert found.location.file.endswith("b.yaml")
    assert "--verdict misleading" in found.message and "status" not in found.message


def test_a_statement_rated_verified_that_disagrees_is_still_an_error(
    write_files: WriteFiles,
) -> None:
    files = {"a.yaml": _source() + _MINISTER + _rated("verified") + _INSEE}
    (found,) = _findings(write_files, files, "same-fact-same-value")
    assert found.claims == ("insee_chomage", "ministre_chomage")
    assert "statement under check" not in found.message


def test_the_statement_under_check_does_not_hide_a_slip_of_the_article(
    write_files: WriteFiles,
) -> None:
    # the article's own two figures (7,6 % and 7,8 %) still clash, whoever said 7 %
    slip = _INSEE.replace("insee_chomage", "chapo").replace("7,6 %", "7,8 %")
    files = {"a.yaml": _source() + _MINISTER + _rated("misleading") + _INSEE + slip}
    (found,) = _findings(write_files, files, "same-fact-same-value")
    assert found.claims == ("chapo", "insee_chomage")


def test_a_share_rated_misleading_does_not_hide_the_articles_own_sum(
    write_files: WriteFiles,
) -> None:
    # the official shares sum to 102 %; the candidate's "35 %" (misleading) for his own
    # 38 % no longer widens his part to 35-38 % (and the sum to 99-102 %)
    share = (
        '  - {{id: {id}, subject: Législatives, property: vote_share, value: "{value}",'
        ' when: "2026", qualifiers: {{candidate: {who}}}, quote: "{value}"{more}}}\n'
    )
    rated = ", attributed_to: Riou, status: misleading"
    files = {
        "a.yaml": _source()
        + share.format(id="riou_dit", value="35 %", who="Riou", more=rated)
        + share.format(id="riou", value="38 %", who="Riou", more="")
        + share.format(id="le_goff", value="34 %", who="Le Goff", more="")
        + share.format(id="autres", value="30 %", who="autres", more="")
    }
    (found,) = _findings(write_files, files, "shares-sum-to-whole")
    assert found.claims == ("riou", "le_goff", "autres")
    assert "sum to 102 %" in found.message


# --- Running totals in the claim table ----------------------------------------------------

_RAISED = (
    '  - {{id: {id}, quote: "{value} millions d\'euros collectés depuis le 1er octobre",'
    ' subject: Fonds, property: raised, value: "{value} millions EUR",'
    " when: depuis le 1er octobre}}\n"
)


def test_two_bulletins_of_a_running_total_are_not_said_to_agree_by_rounding(
    write_files: WriteFiles,
) -> None:
    files = {
        "a.yaml": _source("2026-11-25", "a") + _RAISED.format(id="s47", value="12"),
        "b.yaml": _source("2026-12-02", "b") + _RAISED.format(id="s48", value="12,4"),
    }
    report = verify_folder(write_files(files))
    assert [f for f in report.findings if f.rule == "holds-by-rounding"] == []


def test_one_days_reports_of_a_running_total_still_agree_only_by_rounding(
    write_files: WriteFiles,
) -> None:
    files = {
        "a.yaml": _source("2026-12-02", "a") + _RAISED.format(id="a", value="12"),
        "b.yaml": _source("2026-12-02", "b") + _RAISED.format(id="b", value="12,4"),
    }
    (found,) = _findings(write_files, files, "holds-by-rounding")
    assert found.claims == ("b", "a")


DAYS = [dt.date(2026, 11, 25), dt.date(2026, 12, 2)]
WHENS = [None, "le 5 octobre", "depuis le 5 octobre", "Since 5 October", "depuis début octobre",
         "début octobre", "octobre", "depuis octobre"]  # fmt: skip


def _claim(claim_id: str, day: dt.date, when: str | None, kind: str) -> Claim:
    claim = Claim(id=claim_id, quote="x", subject="IDF", property="icu", value="12", when=when,
                  kind=kind)  # fmt: skip
    claim._source = Source(id="s", title="t", publisher="p", published=day, language="fr")
    claim._location = Location(f"{day}.yaml", 3, 5)
    claim._value = parse_value("12", "fr")
    if when is not None:
        try:
            claim._period = parse_date(when, "fr", day)
        except DateSyntaxError:
            claim._period = None
    return claim


@given(
    st.lists(
        st.tuples(
            st.sampled_from(DAYS), st.sampled_from(WHENS), st.sampled_from(["fact", "forecast"])
        ),
        min_size=2,
        max_size=6,
    )
)
def test_fact_keys_tell_running_totals_apart_as_fact_identity_does(
    records: list[tuple[dt.date, str | None, str]],
) -> None:
    claims = [_claim(f"c{i}", *record) for i, record in enumerate(records)]
    keys = []
    for claim in claims:
        assert claim.source is not None
        dated = (claim.period, claim.when, claim.source.published)
        keys.append(fact_key(claim.subject, claim.property, (), dated, claim.kind, None, 0))
    table = claim_table(Context(Corpus([Document("all.yaml", None, claims)])))
    for a, key_a, fact_a in zip(claims, keys, table.facts, strict=True):
        for b, key_b, fact_b in zip(claims, keys, table.facts, strict=True):
            same = fact_identity(a) == fact_identity(b)
            assert (key_a == key_b) == same == (fact_a == fact_b), (a, b)
            running = [c.when is not None and c.when.lower().startswith(("depuis", "since"))
                       for c in (a, b)]  # fmt: skip
            if same and any(running):  # a running total is one fact on one day only
                assert all(running)
                assert a.source is not None and b.source is not None
                assert a.source.published == b.source.published


def test_the_table_reads_each_distinct_when_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = base.running_total

    def counted(when: str) -> bool:
        calls.append(when)
        return original(when)

    monkeypatch.setattr(base, "running_total", counted)
    whens = ["depuis le 5 octobre", "le 5 octobre", None]
    claims = [_claim(f"c{i}", DAYS[i % 2], whens[i % 3], "fact") for i in range(60)]
    table = claim_table(Context(Corpus([Document("all.yaml", None, claims)])))
    assert sorted(calls) == ["depuis le 5 octobre", "le 5 octobre"]
    running = {table.facts[i] for i in range(60) if claims[i].when == "depuis le 5 octobre"}
    assert len(running) == 2  # one fact per publication day
    plain = {table.facts[i] for i in range(60) if claims[i].when == "le 5 octobre"}
    assert len(plain) == 1 and not plain & running


def test_fact_key_reads_the_when_when_it_is_not_told() -> None:
    dated: Any = (None, "since 5 October", DAYS[0])
    told = fact_key("IDF", "icu", (), dated, "fact", None, 0, True)
    assert fact_key("IDF", "icu", (), dated, "fact", None, 0) == told
    assert fact_key("IDF", "icu", (), dated, "fact", None, 0, False) != told
