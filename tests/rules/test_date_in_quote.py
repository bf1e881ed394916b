"""date-in-quote: the dates a quote writes, as find_days reads them, against the ``when``.

The finder's readings and refusals are tested on quotes as desks write them; the
property tests run the rule itself on claims built in memory, with the quote's date
written by babel in French and English forms. The cases file
(``tests/rules/cases/date-in-quote.yaml``) runs it from claim files.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from babel.dates import format_date
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.dates import _days_in, find_days, parse_date
from factcheck.findings import Location, Problem
from factcheck.model import Claim, Corpus, Document, Source
from factcheck.rules import date_in_quote
from factcheck.rules.base import Context

D = dt.date
PUB = D(2025, 2, 20)


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        (
            "Smith, who was born on 2 May 2009",
            "en_GB",
            [("2 May 2009", D(2009, 5, 2), D(2009, 5, 2), True)],
        ),
        (
            "Orange a annoncé le 27 juillet 2015",
            "fr",
            [("27 juillet 2015", D(2015, 7, 27), D(2015, 7, 27), True)],
        ),
        ("le 1er mai", "fr", [("1er mai", D(2025, 5, 1), D(2025, 5, 1), False)]),
        ("le 3 sept. 2015", "fr", [("3 sept. 2015", D(2015, 9, 3), D(2015, 9, 3), True)]),
        ("on May 2, 2009", "en", [("May 2, 2009", D(2009, 5, 2), D(2009, 5, 2), True)]),
        ("the 2nd of May", "en", [("2nd of May", D(2025, 5, 2), D(2025, 5, 2), False)]),
        ("on October 15 in Leeds", "en", [("October 15", D(2024, 10, 15), D(2024, 10, 15), False)]),
        # a weekday written tells the year: 2 February 2025 was a Sunday
        (
            "on Sunday 2 February",
            "en_GB",
            [("Sunday 2 February", D(2025, 2, 2), D(2025, 2, 2), False)],
        ),
        (
            "Sunday 14 December",
            "en_GB",
            [("Sunday 14 December", D(2025, 12, 14), D(2025, 12, 14), False)],
        ),
        # days of one month, and two dates joined as a range, are one span
        ("du 3 au 5 mai", "fr", [("3 au 5 mai", D(2025, 5, 3), D(2025, 5, 5), False)]),
        ("3-5 May 2024", "en_GB", [("3-5 May 2024", D(2024, 5, 3), D(2024, 5, 5), True)]),
        ("Jan. 13 and 14", "en", [("Jan. 13 and 14", D(2025, 1, 13), D(2025, 1, 14), False)]),
        (
            "les 13, 14 et 15 janvier",
            "fr",
            [("13, 14 et 15 janvier", D(2025, 1, 13), D(2025, 1, 15), False)],
        ),
        (
            "du 30 avril au 2 mai",
            "fr",
            [("30 avril au 2 mai", D(2025, 4, 30), D(2025, 5, 2), False)],
        ),
        (
            "between 3 May and 5 June",
            "en_GB",
            [("3 May and 5 June", D(2025, 5, 3), D(2025, 6, 5), False)],
        ),
        # two dates joined by "and" are two
        (
            "charged on 3 May over the killing on 14 December 2023",
            "en_GB",
            [
                ("3 May", D(2025, 5, 3), D(2025, 5, 3), False),
                ("14 December 2023", D(2023, 12, 14), D(2023, 12, 14), True),
            ],
        ),
        # in digits: ISO anywhere, day/month/year where the order is certain
        ("le 2015-07-27", "en", [("2015-07-27", D(2015, 7, 27), D(2015, 7, 27), True)]),
        ("le 02.05.2009", "fr", [("02.05.2009", D(2009, 5, 2), D(2009, 5, 2), True)]),
        ("on 2/5/2009", "en_GB", [("2/5/2009", D(2009, 5, 2), D(2009, 5, 2), True)]),
        ("on 2/5/2009", "en_US", [("2/5/2009", D(2009, 2, 5), D(2009, 2, 5), True)]),
    ],
)
def test_find_days_reads_what_the_quote_writes(
    text: str, language: str, found: list[tuple[str, D, D, bool]]
) -> None:
    mentions = find_days(text, language, PUB)
    assert [(m.written, m.period.start, m.period.end, m.year_written) for m in mentions] == found
    for mention in mentions:
        assert text[mention.start :].startswith(mention.written)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("in May 2009", "en"),  # a month and year alone
        ("the highest since 1990", "en"),
        ("10 may leave", "en"),  # the verb, not the month
        ("trois fois en 3 sept ans", "fr"),  # seven, not September
        ("une hausse de 1,5 mai", "fr"),  # a day cut out of a number
        ("12 500 mai", "fr"),
        ("in October 15 people died", "en"),
        ("le 12, mardi", "fr"),  # a day alone, a weekday alone
        ("on 2/5/2009", "en"),  # 2 May or 5 February: en alone names no country
        ("le 31 février 2015", "fr"),  # no day of the calendar
        ("score de 2-1", "fr"),
    ],
)
def test_find_days_finds_no_date(text: str, language: str) -> None:
    assert find_days(text, language, PUB) == ()


# Quotes made of dates, their near misses and the letters case-insensitive patterns take
# for others ("ſ" is an "s", "K" a "k"), with words and signs around them.
_MONTHS = st.sampled_from(
    [
        "mai",
        "Mai",
        "MAI",
        "May",
        "may",
        "août",
        "AOÛT",
        "aout",
        "déc.",
        "Dec.",
        "ſept.",
        "Sept",
        "SEPT.",
        "janv.",
        "juillet",
        "JULY",
        "July",
        "March",
        "mars",
        "Nov",
        "fév.",
    ]
)
_DATES = st.one_of(
    st.builds(
        "{}{} {}{}".format,
        st.sampled_from(["", "le ", "the ", "lundi ", "Monday, "]),
        st.sampled_from(["3", "27", "1er", "2nd", "3 au 5", "3-5"]),
        _MONTHS,
        st.sampled_from(["", " 2009", ", 2015"]),
    ),
    st.builds("{} {}".format, _MONTHS, st.sampled_from(["2", "2, 2009", "3-5", "13 and 14"])),
    st.builds(
        "{}{}{}{}{}".format,
        st.sampled_from(["2", "02", "2015"]),
        st.sampled_from(["/", ".", "-", "–"]),
        st.sampled_from(["5", "07"]),
        st.sampled_from(["/", ".", "-"]),
        st.sampled_from(["2009", "27", "09"]),
    ),
)
_WORDS = st.sampled_from([" ", ", ", " et ", " and ", " au ", " to ", "ß", "İ", "K", "x", "%"])


@given(
    st.lists(st.one_of(_DATES, _WORDS), max_size=6).map("".join),
    st.sampled_from(["fr", "en", "en_GB", "en_US"]),
)
@example("le 3 ſept. 2009", "fr")  # a long s: lowered, no month's name would be found
def test_the_quick_test_for_a_date_never_drops_one(text: str, language: str) -> None:
    """Quotes without a month's name or joined digits are skipped before any search."""
    assert find_days(text, language, PUB) == _days_in(text, language, PUB)


def test_without_a_publication_day_a_date_without_a_year_is_skipped() -> None:
    mentions = find_days("le 3 mai et le 4 juin 2015", "fr", None)
    assert [m.written for m in mentions] == ["4 juin 2015"]


# --- the rule, on claims built in memory ----------------------------------------------------


def _findings(
    quote: str, when: str, language: str, published: D, kind: str = "fact"
) -> list[Problem]:
    source = Source(id="src", title="t", publisher="p", published=published, language=language)
    fields: dict[str, Any] = {"kind": kind}
    claim = Claim(id="c", quote=quote, subject="X", property="p", when=when, **fields)
    claim._source = source
    claim._location = Location("claims.yaml", 8, 5)
    claim._period = parse_date(when, language, published, ahead=kind == "forecast")
    corpus = Corpus([Document("claims.yaml", source, [claim])])
    return list(date_in_quote.check(Context(corpus)))


#: babel's patterns of a day, by language: the forms desks write, with their year
WITH_YEAR = [
    ("fr", "d MMMM y"),
    ("fr", "EEEE d MMMM y"),
    ("fr", "d MMM y"),
    ("fr", "dd/MM/y"),
    ("en_GB", "d MMMM y"),
    ("en_GB", "EEEE d MMMM y"),
    ("en_GB", "d MMM y"),
    ("en", "MMMM d, y"),
    ("en", "EEEE, MMMM d, y"),
]
WITHOUT_YEAR = [("fr", "d MMMM"), ("fr", "EEEE d MMMM"), ("en_GB", "d MMMM"), ("en", "MMMM d")]
days = st.dates(D(1950, 1, 1), D(2030, 12, 31))


def _written(day: D, language: str, pattern: str) -> str:
    written = str(format_date(day, pattern, locale=language))
    return (
        written.replace("1 ", "1er ", 1)
        if language == "fr" and written.startswith("1 ")
        else written
    )


def _iso(day: D) -> str:
    return day.isoformat()


@given(days, st.sampled_from(WITH_YEAR), st.sampled_from([-1, 1]))
def test_a_date_with_its_year_agrees_with_its_day_only(
    day: D, form: tuple[str, str], step: int
) -> None:
    language, pattern = form
    quote = f"« {_written(day, language, pattern)} », a-t-il dit"
    published = D(2032, 6, 1)  # after every day: no date of another event
    assert _findings(quote, _iso(day), language, published) == []
    (next_day,) = _findings(quote, _iso(day + dt.timedelta(days=step)), language, published)
    assert "but its quote writes" in next_day.message
    try:
        other_year = day.replace(year=day.year + step)
    except ValueError:  # 29 February: no such day in the other year
        return
    (typo,) = _findings(quote, _iso(other_year), language, published)
    assert f"the quote says {_written(day, language, pattern)}, but its when is" in typo.message
    assert typo.message.endswith("(another year)")


@given(
    st.dates(D(2024, 1, 1), D(2025, 12, 31)),
    st.sampled_from(WITHOUT_YEAR),
    st.sampled_from([-1, 1]),
)
def test_a_date_without_a_year_agrees_with_its_day_and_month(
    day: D, form: tuple[str, str], step: int
) -> None:
    language, pattern = form
    quote = f"« {_written(day, language, pattern)} », a-t-il dit"
    published = D(2026, 6, 1)
    assert _findings(quote, _iso(day), language, published) == []
    if (day.month, day.day) == (2, 29):
        # read near a publication of 2026, "29 février" names no day (2026 has none): no
        # date found, nothing to report, whatever the when
        assert _findings(quote, _iso(day + dt.timedelta(days=step)), language, published) == []
        return
    # the year the quote does not write may be any
    assert _findings(quote, _iso(day.replace(year=day.year - 1)), language, published) == []
    (next_day,) = _findings(quote, _iso(day + dt.timedelta(days=step)), language, published)
    assert next_day.message.endswith(f"but its quote writes {_written(day, language, pattern)}")


def test_a_forecast_whose_quote_dates_what_was_said_passes() -> None:
    quote = "UKHSA said on Wednesday 12 March that it would publish its report in May"
    assert _findings(quote, "May", "en_GB", D(2025, 3, 13), kind="forecast") == []
    # the day it was said may be the publication day itself
    assert _findings(quote, "May", "en_GB", D(2025, 3, 12), kind="forecast") == []
    # but a claim dated the day after that Wednesday is told
    (finding,) = _findings(quote, "13 March 2025", "en_GB", D(2025, 3, 13))
    assert finding.message == (
        "claim 'c': its when is 13 March 2025, but its quote writes Wednesday 12 March"
    )
