"""date-in-quote: a day a figure is measured against (a record's, a baseline's) is not its date.

"à 2 °C de son record du 23 juillet 2019" of a gap measured on 12 August: the record's
day is never reported, as the claim's day nor as another year's typo, whatever the day;
the day a record is broken, or a span starts ("from 6 May"), is still compared.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import parse_date
from factcheck.findings import Location, Problem
from factcheck.model import Claim, Corpus, Document, Source
from factcheck.rules import date_in_quote
from factcheck.rules.base import Context

D = dt.date
PUBLISHED = D(2025, 8, 13)
WHEN = "2025-08-12"


def _findings(quote: str, language: str) -> list[Problem]:
    source = Source(id="src", title="t", publisher="p", published=PUBLISHED, language=language)
    claim = Claim(id="c", quote=quote, subject="X", property="p", when=WHEN)
    claim._source = source
    claim._location = Location("claims.yaml", 8, 5)
    claim._period = parse_date(WHEN, language, PUBLISHED)
    return list(date_in_quote.check(Context(Corpus([Document("claims.yaml", source, [claim])]))))


BASELINES = {
    "fr": [
        "à 2 °C de son record du {day}",
        "sous son record absolu du {day}",
        "le record de 41,2 °C établi le {day}",
        "la plus chaude depuis le {day}",
        "contre 38 °C le {day}",
        "par rapport au {day}",
    ],
    "en_GB": [
        "0.5C below the record of 40.3C set on {day}",
        "its record from {day}",
        "its highest since {day}",
        "up 3C compared with {day}",
    ],
}
OWN_DAYS = {
    "fr": ["Bordeaux a battu son record le {day}", "Le record est tombé le {day}"],
    "en_GB": ["a red warning in force from {day}", "the record fell on {day}"],
}
other_days = st.dates(D(1950, 1, 1), D(2025, 8, 1))


@given(other_days, st.sampled_from([(lang, f) for lang, fs in BASELINES.items() for f in fs]))
def test_a_day_a_figure_is_measured_against_is_never_reported(
    day: D, form: tuple[str, str]
) -> None:
    language, pattern = form
    quote = pattern.format(day=format_date(day, "d MMMM y", locale=language))
    assert _findings(quote, language) == []


@given(other_days, st.sampled_from([(lang, f) for lang, fs in OWN_DAYS.items() for f in fs]))
def test_the_day_a_record_falls_is_the_claims_own(day: D, form: tuple[str, str]) -> None:
    language, pattern = form
    written = format_date(day, "d MMMM y", locale=language)
    (finding,) = _findings(pattern.format(day=written), language)
    assert written in finding.message
