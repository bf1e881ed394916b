"""Dates of the business desk's audit (session 20): market moments, "since the start of 2024"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import DateSyntaxError, parse_date

PUBLISHED = date(2026, 3, 10)  # a Tuesday
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_FR_MOMENTS = (
    "à la clôture de {d}",
    "{d} à la clôture",
    "la clôture de {d}",
    "{d} à la mi-séance",
    "à l'ouverture {d}",
    "{d} à l'ouverture",
    "en séance {d}",
    "{d} en séance",
    "en clôture {d}",
    "{d} en fin de séance",
    "lors de la séance de {d}",
)
_EN_MOMENTS = (
    "at the close on {d}",
    "in extended trading {d}",
    "{d} after the close",
    "premarket {d}",
    "after the bell {d}",
    "{d} after the bell",
    "at the open {d}",
    "in after-hours trading on {d}",
    "{d} in extended trading",
    "before the bell {d}",
)


def _latest(weekday: int, published: date) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


@given(
    st.integers(0, 6),
    st.sampled_from(_FR_MOMENTS),
    st.dates(date(2000, 1, 1), date(2090, 12, 31)),
)
def test_french_market_moment_is_its_day(weekday: int, form: str, published: date) -> None:
    text = form.format(d=_FR_DAYS[weekday])
    period = parse_date(text, "fr", published)
    alone = parse_date(_FR_DAYS[weekday], "fr", published)
    assert (period.start, period.end, period.granularity) == (alone.start, alone.end, "day")
    assert alone.start == _latest(weekday, published)


@given(
    st.integers(0, 6),
    st.sampled_from(_EN_MOMENTS),
    st.dates(date(2000, 1, 1), date(2090, 12, 31)),
)
def test_english_market_moment_is_its_day(weekday: int, form: str, published: date) -> None:
    text = form.format(d=_EN_DAYS[weekday])
    period = parse_date(text, "en", published)
    alone = parse_date(_EN_DAYS[weekday], "en", published)
    assert (period.start, period.end, period.granularity) == (alone.start, alone.end, "day")


def test_market_moment_with_a_full_day() -> None:
    period = parse_date("à la clôture du mercredi 4 mars 2026", "fr", PUBLISHED)
    assert (period.start, period.granularity) == (date(2026, 3, 4), "day")
    period = parse_date("at the close on March 4, 2026", "en", PUBLISHED)
    assert (period.start, period.granularity) == (date(2026, 3, 4), "day")


def test_market_moment_in_a_forecast_is_the_next_day() -> None:
    period = parse_date("à l'ouverture lundi", "fr", PUBLISHED, ahead=True)
    assert period.start == date(2026, 3, 16)


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("à l'ouverture", "fr", "mercredi à la clôture"),
        ("à la clôture", "fr", "mercredi à la clôture"),
        ("en séance", "fr", "mercredi à la clôture"),
        ("at the close", "en", "Wednesday at the close"),
        ("after the bell", "en", "Wednesday at the close"),
        ("in extended trading", "en", "Wednesday at the close"),
    ],
)
def test_market_moment_alone_says_to_write_its_day(text: str, language: str, words: str) -> None:
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, PUBLISHED)
    assert words in str(error.value)
    assert "period after" not in str(error.value)


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        (
            "at the close of play on day 3",
            "en",
            "cannot read 'at the close of play on day 3' as a date (en)",
        ),
        (
            "at the close of 2024",
            "en",
            "cannot read 'at the close of 2024' as a date (en): 'close' is no date: write the"
            " date alone, 2024 (or an event's exact days), and say 'close' in the property",
        ),
    ],
)
def test_other_opens_and_closes_stay_as_they_were(text: str, language: str, message: str) -> None:
    # no day of trading: not read as a moment of one, refused as before
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, PUBLISHED)
    assert str(error.value) == message


# --- since the start of a year runs to publication -------------------------------------------

_SINCE_YEAR = {
    "en": ("since the start of {y}", "since the beginning of {y}"),
    "fr": (
        "depuis le début de {y}",
        "depuis début {y}",
        "depuis le début de l'année {y}",
    ),
}


@given(
    st.sampled_from([(lang, form) for lang, forms in _SINCE_YEAR.items() for form in forms]),
    st.dates(date(1950, 1, 1), date(2090, 12, 31)),
    st.integers(0, 30),
)
def test_since_the_start_of_a_year_runs_to_publication(
    form: tuple[str, str], published: date, back: int
) -> None:
    language, written = form
    year = published.year - back
    period = parse_date(written.format(y=year), language, published)
    assert (period.start, period.end, period.granularity) == (date(year, 1, 1), published, "range")


@pytest.mark.parametrize(
    ("text", "language"),
    [("depuis le début de l'année dernière", "fr"), ("since the start of last year", "en")],
)
def test_since_the_start_of_last_year_runs_to_publication(text: str, language: str) -> None:
    period = parse_date(text, language, PUBLISHED)
    assert (period.start, period.end, period.granularity) == (date(2025, 1, 1), PUBLISHED, "range")


def test_since_the_start_of_a_year_is_read_for_each_day() -> None:
    # cached by text for no day: read on two days, it runs to each
    first = parse_date("depuis le début de 2024", "fr", date(2025, 6, 1))
    second = parse_date("depuis le début de 2024", "fr", date(2025, 7, 1))
    assert (first.end, second.end) == (date(2025, 6, 1), date(2025, 7, 1))


def test_since_the_start_of_a_year_without_publication_is_refused() -> None:
    with pytest.raises(DateSyntaxError, match="publication"):
        parse_date("depuis le début de 2024", "fr", None)
    with pytest.raises(DateSyntaxError, match="publication"):
        parse_date("since the start of 2024", "en", None)


def test_the_start_of_a_year_without_since_stays_its_first_months() -> None:
    period = parse_date("début 2024", "fr", PUBLISHED)
    assert (period.start, period.end) == (date(2024, 1, 1), date(2024, 3, 31))
    period = parse_date("since early 2024", "en", PUBLISHED)  # as "since early October"
    assert (period.start, period.end) == (date(2024, 1, 1), date(2024, 3, 31))
    assert parse_date("depuis 2024", "fr", PUBLISHED).end == date(2024, 12, 31)


# --- results copy: periods counted from another, months through a month, "4Q FY26" ----------


@pytest.mark.parametrize(
    "text",
    [
        "the year-earlier quarter",
        "the prior-year period",
        "the year-ago quarter",
        "in the year-earlier period",
    ],
)
def test_a_period_a_year_before_another_says_to_write_it(text: str) -> None:
    with pytest.raises(DateSyntaxError, match="counts from another date than publication"):
        parse_date(text, "en", PUBLISHED)


@given(
    st.integers(1, 12),
    st.integers(1990, 2080),
    st.sampled_from([("three months", 3), ("quarter", 3), ("12 months", 12), ("six months", 6)]),
)
def test_months_through_a_month_are_as_months_to_it(
    month: int, year: int, span: tuple[str, int]
) -> None:
    words, _ = span
    name = date(2000, month, 1).strftime("%B")
    through = parse_date(f"the {words} through {name} {year}", "en", PUBLISHED)
    to = parse_date(f"the {words} to {name} {year}", "en", PUBLISHED)
    assert (through.start, through.end, through.granularity) == (to.start, to.end, to.granularity)


def test_through_a_month_alone_gives_a_sensible_example() -> None:
    with pytest.raises(DateSyntaxError) as error:
        parse_date("through January", "en", PUBLISHED)
    assert "January to January" not in str(error.value)
    assert "the three months through January" in str(error.value)


@given(st.integers(1, 12), st.integers(2001, 2090), st.integers(1, 4))
def test_number_first_fiscal_quarter_is_as_code_first(start: int, year: int, number: int) -> None:
    for short in (f"FY{year % 100:02d}", f"FY{year}"):
        code = parse_date(f"Q{number} {short}", "en", PUBLISHED, financial_year_start=start)
        number_first = parse_date(f"{number}Q {short}", "en", PUBLISHED, financial_year_start=start)
        assert (code.start, code.end) == (number_first.start, number_first.end)
