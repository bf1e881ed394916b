"""An alert desk's and a finance desk's dates: windows, midnight, ranges of financial years.

The weather desk's alert windows ("à partir de jeudi 6 h", "de samedi 18 h à lundi 6 h",
"until midnight") and the finance desk's ranges of financial years ("between 2025/26 and
2027/28" with ``financial_year_start``), and the hints on what is no date.
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import DateSyntaxError, parse_date, time_of_day
from factcheck.explicit import evaluate_check, order_outcome
from factcheck.model import Check, Claim, Source
from factcheck.values import Truth, parse_value

WEDNESDAY = date(2025, 8, 13)  # the weather desk's canicule paper
MONDAY = date(2025, 10, 20)  # the cévenol episode's paper
FRIDAY = date(2025, 11, 7)  # the storm's paper
FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
days_around = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


def _span(text: str, language: str, published: date, **kw: object) -> tuple[date, date]:
    period = parse_date(text, language, published, **kw)  # type: ignore[arg-type]
    return period.start, period.end


def _fy(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


# --- 1. ranges of financial years (finance MAJOR 3) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("from 2028-29", "en_GB", date(2028, 4, 1), date(2029, 3, 31)),
        ("from 2028/29", "en_GB", date(2028, 4, 1), date(2029, 3, 31)),
        ("between 2025/26 and 2027/28", "en_GB", date(2025, 4, 1), date(2028, 3, 31)),
        ("2025/26 to 2027/28", "en_GB", date(2025, 4, 1), date(2028, 3, 31)),
        ("from 2021/22 to 2024/25", "en_GB", date(2021, 4, 1), date(2025, 3, 31)),
        ("de 2025/26 à 2027/28", "fr", date(2025, 4, 1), date(2028, 3, 31)),
        ("entre 2025-26 et 2027-28", "fr", date(2025, 4, 1), date(2028, 3, 31)),
        ("from 2025/26 to March 2028", "en_GB", date(2025, 4, 1), date(2028, 3, 31)),
    ],
)
def test_a_range_of_financial_years_reads_them_as_financial_years(
    text: str, language: str, start: date, end: date
) -> None:
    published = date(2024, 10, 31)
    assert _span(text, language, published, financial_year_start=4) == (start, end)
    assert _span(text, language, published, financial_year_start=4, ahead=True) == (start, end)


def test_without_a_financial_years_start_a_range_is_still_both_calendar_years() -> None:
    assert _span("between 2025/26 and 2027/28", "en_GB", date(2024, 10, 31)) == (
        date(2025, 1, 1),
        date(2028, 12, 31),
    )


@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1990, max_value=2080),
    st.integers(min_value=0, max_value=8),
    st.sampled_from(
        [("between {a} and {b}", "en_GB"), ("{a} to {b}", "en_GB"), ("from {a} to {b}", "en"),
         ("de {a} à {b}", "fr"), ("entre {a} et {b}", "fr")]
    ),
)  # fmt: skip
def test_a_range_of_two_financial_years_is_the_firsts_start_to_the_seconds_end(
    start: int, first: int, more: int, form: tuple[str, str]
) -> None:
    pattern, language = form
    a, b = _fy(first), _fy(first + more)
    published = date(2025, 6, 15)
    text = pattern.format(a=a, b=b)
    read = parse_date(text, language, published, financial_year_start=start)
    alone_a = parse_date(a, language, published, financial_year_start=start)
    alone_b = parse_date(b, language, published, financial_year_start=start)
    assert (read.start, read.end) == (alone_a.start, alone_b.end)
    from_a = parse_date(f"from {a}", "en_GB", published, financial_year_start=start)
    assert (from_a.start, from_a.end) == (alone_a.start, alone_a.end)


# --- 2. a window that opens on a weekday (weather F2) -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("à partir de jeudi 6 h", "fr", date(2025, 8, 14), date(2025, 8, 14)),
        ("à partir de jeudi", "fr", date(2025, 8, 14), date(2025, 8, 14)),
        ("dès jeudi", "fr", date(2025, 8, 14), date(2025, 8, 14)),
        ("à compter de jeudi 6 h", "fr", date(2025, 8, 14), date(2025, 8, 14)),
        ("de jeudi 6 h à vendredi 18 h", "fr", date(2025, 8, 14), date(2025, 8, 15)),
        ("from Thursday", "en_GB", date(2025, 8, 14), date(2025, 8, 14)),
        ("from 6am Thursday until 6pm Friday", "en_GB", date(2025, 8, 14), date(2025, 8, 15)),
        ("à partir de mercredi", "fr", WEDNESDAY, WEDNESDAY),  # the paper's own day
        ("jusqu'à jeudi", "fr", date(2025, 8, 14), date(2025, 8, 14)),  # as before
        ("jeudi", "fr", date(2025, 8, 7), date(2025, 8, 7)),  # alone: the latest, as before
        ("depuis jeudi", "fr", date(2025, 8, 7), date(2025, 8, 7)),  # since: the past
    ],
)
def test_a_window_opened_on_a_weekday_is_read_forward(
    text: str, language: str, start: date, end: date
) -> None:
    assert _span(text, language, WEDNESDAY) == (start, end)


@given(days_around, st.integers(min_value=0, max_value=6), st.booleans())
def test_from_a_weekday_is_the_first_such_day_on_or_after_publication(
    published: date, weekday: int, french: bool
) -> None:
    text = f"à partir de {FR_DAYS[weekday]}" if french else f"from {EN_DAYS[weekday]}"
    start, end = _span(text, "fr" if french else "en", published)
    assert start == end
    assert start.weekday() == weekday
    assert 0 <= (start - published).days <= 6


@given(days_around, st.integers(min_value=0, max_value=6), st.integers(min_value=1, max_value=5))
def test_a_window_of_weekdays_is_the_nearest_or_refused_when_both_are_as_near(
    published: date, first: int, length: int
) -> None:
    text = f"de {FR_DAYS[first]} 18 h à {FR_DAYS[(first + length) % 7]} 6 h"
    try:
        start, end = _span(text, "fr", published)
    except DateSyntaxError as error:
        assert "la dernière ou la prochaine" in str(error)
        return
    assert start.weekday() == first
    assert (end - start).days == length
    # the latest that starts on or before publication, or the one after it: the nearer
    latest = published - timedelta(days=(published.weekday() - first) % 7)
    assert start in (latest, latest + timedelta(days=7))
    distance = max(0, (published - end).days) if start <= published else (start - published).days
    other = start + timedelta(days=7 if start == latest else -7)
    other_end = other + timedelta(days=length)
    other_distance = (
        max(0, (published - other_end).days) if other <= published else (other - published).days
    )
    assert distance < other_distance


# --- 3. midnight (weather F3) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Saturday 8 November 2025 until midnight", "en_GB"),
        ("Saturday 8 November 2025 to midnight", "en_GB"),
        ("samedi 8 novembre 2025 jusqu'à minuit", "fr"),
        ("samedi 8 novembre 2025 à 24 h", "fr"),
        ("Saturday 8 November 2025 until 12am", "en_GB"),
    ],
)
def test_midnight_that_ends_a_day_is_that_day_at_24_00(text: str, language: str) -> None:
    assert _span(text, language, FRIDAY) == (date(2025, 11, 8), date(2025, 11, 8))
    assert time_of_day(text, language) == (24, 0)


def test_midnight_after_after_starts_its_day() -> None:
    assert time_of_day("shortly after midnight on Sunday 9 November 2025", "en_GB") == (0, 0)


def test_a_time_to_midnight_is_its_day() -> None:
    text = "between 11pm and midnight on Saturday 8 November 2025"
    assert _span(text, "en_GB", FRIDAY) == (date(2025, 11, 8), date(2025, 11, 8))


@pytest.mark.parametrize(
    ("text", "language", "hint"),
    [
        ("Saturday 8 November 2025 at midnight", "en_GB", "write until midnight for the end"),
        ("samedi 8 novembre 2025 à minuit", "fr", "23 h 59, ou le jour suivant à 0 h"),
        ("Saturday 8 November 2025 at 12am", "en_GB", "or the day after at 00:00"),
        ("Saturday 8 November 2025 at 12 a.m.", "en_GB", "midnight ends one day"),
        ("midnight on Saturday 8 November 2025", "en_GB", "midnight ends one day"),
    ],
)
def test_a_bare_midnight_is_refused_saying_what_to_write(
    text: str, language: str, hint: str
) -> None:
    with pytest.raises(DateSyntaxError, match=hint):
        parse_date(text, language, FRIDAY)


@pytest.mark.parametrize(
    "text", ["from 6am Saturday until midnight", "from 6am Saturday to midnight"]
)
def test_a_window_to_midnight_reads_as_its_day(text: str) -> None:
    assert _span(text, "en_GB", FRIDAY, ahead=True) == (date(2025, 11, 8), date(2025, 11, 8))


def _claim(claim_id: str, when: str | None = None, value: str | None = None) -> Claim:
    claim = Claim(
        id=claim_id, quote="q", subject="s", property="p", when=when, value=value, kind="forecast"
    )
    claim._source = Source(id="src", title="t", publisher="p", published=FRIDAY, language="en_GB")
    if value is not None:
        claim._value = parse_value(value, "en_GB")
    if when is not None:
        with contextlib.suppress(ValueError):
            claim._period = parse_date(when, "en_GB", FRIDAY, ahead=True)
    return claim


@given(st.integers(min_value=0, max_value=23), st.sampled_from(["until", "to"]))
def test_hours_to_midnight_count_to_the_end_of_the_day(hour: int, lead: str) -> None:
    """'A red warning from 6am Saturday until midnight, 18 hours': hours() gives 24 - start."""
    start = _claim("start", f"Saturday 8 November 2025 at {hour:02d}:00")
    end = _claim("end", f"Saturday 8 November 2025 {lead} midnight")
    length = _claim("length", value=f"{24 - hour} hours")
    claims = {claim.id: claim for claim in (start, end, length)}
    check = Check(id="c", expect="hours(start, end) == length")
    check._language = "en_GB"
    assert evaluate_check(check, claims).truth is Truth.HOLDS
    assert order_outcome(Check(id="o", order=["start", "end"]), claims).truth is Truth.HOLDS


# --- 4. alerts over more than a night (weather F8) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("de samedi 18 h à lundi 6 h", date(2025, 10, 18), date(2025, 10, 20)),
        ("du samedi 18 octobre à 18 h au lundi 20 octobre à 6 h", date(2025, 10, 18),
         date(2025, 10, 20)),
        ("de samedi à lundi", date(2025, 10, 18), date(2025, 10, 20)),
        ("entre samedi 18 h et lundi 6 h", date(2025, 10, 18), date(2025, 10, 20)),
        ("jusqu'à mercredi 22 octobre inclus", date(2025, 10, 22), date(2025, 10, 22)),
        ("du 20 au 22 octobre inclus", date(2025, 10, 20), date(2025, 10, 22)),
        ("de samedi 18 h à dimanche 6 h", date(2025, 10, 18), date(2025, 10, 19)),
        ("du samedi 18 octobre au lundi 20 octobre", date(2025, 10, 18), date(2025, 10, 20)),
    ],
)  # fmt: skip
def test_an_alert_over_days_reads_as_its_days(text: str, start: date, end: date) -> None:
    assert _span(text, "fr", MONDAY) == (start, end)


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("lundi et mercredi", "fr", "cela nomme deux dates"),  # a list, not a range
        ("Monday and Wednesday", "en", "it names two dates"),
        ("de samedi à dimanche", "fr", "la dernière ou la prochaine"),  # in Wednesday's paper
        ("from Saturday to Sunday", "en_GB", "the last one or the next"),
    ],
)
def test_two_weekdays_that_are_no_range_or_either_weekend_are_refused(
    text: str, language: str, message: str
) -> None:
    with pytest.raises(DateSyntaxError, match=message):
        parse_date(text, language, WEDNESDAY)


# --- 5. what is no date, said (finance minor 7, weather F14) --------------------------------


@pytest.mark.parametrize(
    ("text", "language", "fiscal", "message"),
    [
        ("avant le 31 décembre", "fr", None, "la période avant 'le 31 décembre' n'est pas"),
        ("before 2019", "en", None, "the period before '2019' is not '2019'"),
        ("the 2024-25 tax year", "en_GB", None, "as 6 April 2024 to 5 April 2025"),
        ("the 2024-25 tax year", "en_GB", 4, "the UK tax year runs from 6 April"),
        ("tax year 2024-25", "en_GB", 4, "the UK tax year runs from 6 April"),
        ("en année pleine", "fr", None, "en année pleine .* n'est pas une date"),
        ("since records began in 1884", "en_GB", None, "as since 1884 \\(since 2019 is"),
        ("depuis le début des relevés en 1947", "fr", None, "comme depuis 1947"),
    ],
)
def test_what_is_no_date_is_refused_saying_what_to_write(
    text: str, language: str, fiscal: int | None, message: str
) -> None:
    with pytest.raises(DateSyntaxError, match=message):
        parse_date(text, language, date(2024, 10, 31), financial_year_start=fiscal)


@pytest.mark.parametrize(
    ("text", "language"),
    [("before 6pm on Saturday", "en_GB"), ("peu avant minuit samedi", "fr")],
)
def test_a_time_before_its_day_still_reads_as_the_day(text: str, language: str) -> None:
    assert _span(text, language, date(2024, 10, 31)) == (date(2024, 10, 26), date(2024, 10, 26))


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("à la fin du deuxième trimestre 2024", "fr", date(2024, 6, 30)),
        ("à fin T2 2024", "fr", date(2024, 6, 30)),
        ("à la fin du premier semestre 2024", "fr", date(2024, 6, 30)),
        ("at the end of the second quarter of 2024", "en", date(2024, 6, 30)),
    ],
)
def test_at_the_end_of_a_quarter_is_its_closing_day(text: str, language: str, day: date) -> None:
    assert _span(text, language, date(2024, 10, 31)) == (day, day)
