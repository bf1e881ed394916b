"""Rules that read a claim only when its quote or value says something give the plain answers.

On a large archive, claims are scattered in memory and reading one costs more than what a
rule does with most of them: ``sign-matches-quote`` and ``date-in-quote`` read the quote
(and the claim table's columns) first. Each test states the plain way, reading every claim as the
rules did before, and checks the rule against it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.dates import DateSyntaxError, parse_date
from factcheck.findings import Location, Problem
from factcheck.model import Claim, Corpus, Document, Source, is_blank
from factcheck.quote_directions import directions, moves, names_direction
from factcheck.rules import date_in_quote, sign_matches_quote
from factcheck.rules.base import Context, claim_table
from factcheck.values import parse_value

PUBLISHED = dt.date(2025, 3, 14)
SOURCES = {
    language: Source(
        id=f"src_{language}", title="t", publisher="p", published=PUBLISHED, language=language
    )
    for language in ("fr", "en")
}


def _claim(position: int, record: dict[str, Any]) -> Claim:
    """A claim as loading leaves it, in its source's language (or its file's, without one)."""
    language = record["language"]
    source = SOURCES[language] if record["with_source"] else None
    claim = Claim(
        id=f"c{position}",
        quote=record["quote"],
        subject="s",
        property=record["property"],
        value=record["value"],
        when=record["when"],
    )
    claim._source = source
    claim._language = language
    claim._location = Location(f"{language}.yaml", position + 1, 5)
    try:
        claim._value = parse_value(record["value"], language)
    except ValueError:
        claim._value = None
    try:
        claim._period = parse_date(record["when"], language, PUBLISHED)
    except DateSyntaxError:
        claim._period = None
    return claim


QUOTES = [
    "Net income fell 3% to $412 million",
    "Net income rose 3%",
    "en baisse de 3 % sur un an",
    "une croissance de -0,2 %",
    "la baisse atteint 0,25 point",
    "rose to 4.0% from 4.1%",
    "le chômage a reculé à 7,5 %, contre 7,3 %",
    "3 % des salariés",
    "annoncé le 12 mars 2025",
    "annoncé le 14 mars",
    "announced on March 2, 2024",
    "la réunion du 2025-03-11",
    "",
]
CLAIMS = st.lists(
    st.fixed_dictionaries(
        {
            "quote": st.sampled_from(QUOTES),
            "property": st.sampled_from(["net_income_change", "rate_cut", "?", "rate"]),
            "value": st.sampled_from(["3 %", "-3 %", "0,25 pp", "~3 %", "<3 %", "4 %", "7,3 %"]),
            "when": st.sampled_from(["2025", "12 mars 2025", "2025-03-14", "March 2, 2024"]),
            "language": st.sampled_from(["fr", "en"]),
            "with_source": st.booleans(),
        }
    ),
    min_size=1,
    max_size=8,
)


def _context(claims: list[Claim]) -> Context:
    return Context(Corpus([Document("claims.yaml", None, claims)]))


def _plain_signs(claims: list[Claim]) -> Iterator[Problem]:
    """sign-matches-quote as it was written, reading each claim of a signed value first."""
    reported: set[tuple[str, str]] = set()
    for claim in claims:
        value = claim.parsed_value
        if value is None:
            continue
        reading = sign_matches_quote._reading(value)
        quote = claim.quote
        if reading.sign and not names_direction(claim.property) and not is_blank(claim.property):
            said = sign_matches_quote._said(
                reading, directions(quote, claim.language), claim.property
            )
            if said is not None and said.sign != reading.sign:
                yield sign_matches_quote._problem(claim, value, said)
                continue
        for move in moves(quote, claim.language):
            key = (claim.location.file, move.words)
            if (
                move.contradicted
                and key not in reported
                and sign_matches_quote._of_move(reading, move)
            ):
                reported.add(key)
                yield sign_matches_quote._move_problem(claim, move)


@settings(max_examples=200)
@given(CLAIMS)
def test_signs_are_checked_as_reading_every_claim_would(records: list[dict[str, Any]]) -> None:
    claims = [_claim(position, record) for position, record in enumerate(records)]
    found = list(sign_matches_quote.check(_context(claims)))
    assert found == list(_plain_signs(claims))


def _plain_dates(claims: list[Claim]) -> Iterator[Problem]:
    """date-in-quote as it was written, reading each claim with a period and a quote first."""
    rule = date_in_quote
    for claim in claims:
        period = claim.period
        if period is None or not claim.quote:
            continue
        published = claim.source.published if claim.source is not None else None
        mentions = rule.find_days(claim.quote, claim.language, published)
        if not mentions:
            continue
        days = rule._month_days(period.start, period.end)
        if any(rule._agrees(mention, period, days) for mention in mentions):
            continue
        short = (period.end - period.start).days < rule._TYPO_DAYS
        typos = [m for m in mentions if short and m.year_written and rule._shares(m, days)]
        if typos:
            yield rule._typo_found(claim, period, typos[0])
            continue
        counted = [m for m in mentions if not rule._other_event(m, period, published)]
        if counted:
            yield rule._disagreement(claim, period, counted)


@settings(max_examples=200)
@given(CLAIMS)
def test_quoted_dates_are_read_in_each_claims_own_language(records: list[dict[str, Any]]) -> None:
    claims = [_claim(position, record) for position, record in enumerate(records)]
    context = _context(claims)
    assert claim_table(context).languages == [claim.language for claim in claims]
    assert list(date_in_quote.check(context)) == list(_plain_dates(claims))
