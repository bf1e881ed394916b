"""A forecast or a target is what its author said on a day: one fact per publication day.

The OBR's borrowing forecast for 2024-25 was £87.2bn in March 2024 and £127.5bn in
October 2024, both right when published. Property tests: the table's fact key
(``fact_key``) and ``fact_identity`` agree for every kind and publication day; reports
of a forecast or a target are one fact only in articles of one day, facts whatever the
day; and the error on a forecast says how to tell a revision apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from factcheck.findings import Location
from factcheck.model import Claim, Corpus, Document, Source
from factcheck.rules import same_fact_same_value
from factcheck.rules.base import Context, claim_table, fact_identity, fact_key
from factcheck.values import parse_value

DAYS = [dt.date(2024, 3, 7), dt.date(2024, 10, 31)]
KINDS = ["fact", "forecast", "target", "opinion"]


def _source(day: dt.date) -> Source:
    return Source(id=f"src_{day:%Y%m%d}", title="t", publisher="p", published=day, language="en_GB")


def _claim(claim_id: str, day: dt.date, line: int, **fields: Any) -> Claim:
    fields.setdefault("subject", "UK")
    fields.setdefault("property", "psnb")
    fields.setdefault("value", "£87.2bn")
    claim = Claim(id=claim_id, quote="x", **fields)
    claim._source = _source(day)
    claim._location = Location(f"{day}.yaml", line, 5)
    claim._value = parse_value(claim.value or "", "en_GB")
    return claim


def _check(claims: list[Claim]) -> list[Any]:
    by_day: dict[dt.date, list[Claim]] = {}
    for claim in claims:
        assert claim.source is not None
        by_day.setdefault(claim.source.published, []).append(claim)
    documents = [Document(f"{day}.yaml", _source(day), found) for day, found in by_day.items()]
    return list(same_fact_same_value.check(Context(Corpus(documents))))


@given(
    st.lists(
        st.tuples(
            st.sampled_from(DAYS),
            st.sampled_from(KINDS),
            st.sampled_from([None, "OBR"]),
            st.sampled_from(["£87.2bn", "£127.5bn"]),
        ),
        min_size=2,
        max_size=6,
    )
)
def test_fact_keys_and_identities_agree_and_part_forecasts_by_day(
    records: list[tuple[dt.date, str, str | None, str]],
) -> None:
    claims = [
        _claim(f"c{i}", day, i + 2, kind=kind, attributed_to=speaker, value=value)
        for i, (day, kind, speaker, value) in enumerate(records)
    ]
    keys = []
    for claim in claims:
        assert claim.source is not None
        speaker = claim.attributed_to if claim.kind != "fact" else None
        dated = (claim.period, claim.when, claim.source.published)
        keys.append(fact_key(claim.subject, claim.property, (), dated, claim.kind, speaker, 0))
    for a, key_a in zip(claims, keys, strict=True):
        for b, key_b in zip(claims, keys, strict=True):
            assert (key_a == key_b) == (fact_identity(a) == fact_identity(b))
            if a.kind == b.kind and a.kind in ("forecast", "target") and key_a == key_b:
                assert a.source is not None and b.source is not None
                assert a.source.published == b.source.published
    table = claim_table(Context(Corpus([Document("all.yaml", None, claims)])))
    for a, fact_a in zip(claims, table.facts, strict=True):
        for b, fact_b in zip(claims, table.facts, strict=True):
            assert (fact_a == fact_b) == (fact_identity(a) == fact_identity(b))


def test_a_forecast_revised_at_the_next_fiscal_event_passes() -> None:
    march = _claim("march", DAYS[0], 2, kind="forecast", attributed_to="OBR", when="2024")
    october = _claim(
        "october", DAYS[1], 2, kind="forecast", attributed_to="OBR", when="2024", value="£127.5bn"
    )
    assert _check([march, october]) == []
    fact_march = _claim("fact_march", DAYS[0], 3, when="2024", property="debt")
    fact_october = _claim("fact_october", DAYS[1], 3, when="2024", property="debt", value="£99bn")
    (finding,) = _check([fact_march, fact_october])
    assert finding.message.endswith(
        '(if one corrects the other, give the wrong one status: "false")'
    )


def test_two_figures_of_one_forecast_in_one_article_say_how_to_tell_a_revision() -> None:
    first = _claim("first", DAYS[1], 2, kind="target", attributed_to="Treasury", when="2027")
    again = _claim(
        "again", DAYS[1], 3, kind="target", attributed_to="Treasury", when="2027", value="£99bn"
    )
    (finding,) = _check([first, again])
    assert finding.message.endswith(
        "(if the later one revises it, give each its own qualifier or date, as qualifiers:"
        ' {made: "…"} with the day each target was made)'
    )
    told = [
        _claim(
            claim_id,
            DAYS[1],
            line,
            kind="target",
            attributed_to="Treasury",
            when="2027",
            value=value,
            qualifiers={"made": made},
        )
        for claim_id, line, value, made in (
            ("told_first", 2, "£87.2bn", "March 2024"),
            ("told_again", 3, "£99bn", "October 2024"),
        )
    ]
    assert _check(told) == []
