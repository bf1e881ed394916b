"""The dates the 2025 data-desk audits found misread or refused, and forecasts read ahead.

French results copy ("2T 2025", "9M 2025", "à fin juin"), "depuis le 1er janvier" late
in the year, "le 30 juin dernier", English weekly health figures ("the week ending Nov.
8"), and the `ahead` reading of a forecast's date ("the commission will vote on Tuesday").
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factcheck import dates as dates_module
from factcheck.dates import DateSyntaxError, Period, parse_date

D = date
NOV = D(2025, 11, 25)  # a Tuesday, late in the year: the audit's articles
MON = D(2024, 11, 25)  # Monday 25 November 2024: the forecast's article

# dateparser reads some texts (its first use in a language ~0.3 s): no deadlines
slow = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
years = st.integers(min_value=1000, max_value=9998)
publications = st.dates(min_value=D(1900, 1, 2), max_value=D(2100, 12, 30))
FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def span(
    text: str, language: str = "fr", published: date | None = NOV, *, ahead: bool = False
) -> tuple[date, date, str]:
    period = parse_date(text, language, published, ahead=ahead)
    assert period.text == text
    return period.start, period.end, period.granularity


def day(d: date) -> tuple[date, date, str]:
    return d, d, "day"


def last_day(year: int, month: int) -> date:
    return D(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def months(year: int, first: int, last: int, granularity: str) -> tuple[date, date, str]:
    return D(year, first, 1), last_day(year, last), granularity


# --- 1. period codes: "2T 2025", "1S 2025", "9M 2025" ------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # dateparser read 2T 2025 as February, 3T as March, 1S/2S as the day before publication
        ("fr", "2T 2025", months(2025, 4, 6, "quarter")),
        ("fr", "3T 2025", months(2025, 7, 9, "quarter")),
        ("fr", "4T 2024", months(2024, 10, 12, "quarter")),
        ("fr", "3T2025", months(2025, 7, 9, "quarter")),
        ("fr", "3T-2025", months(2025, 7, 9, "quarter")),
        ("fr", "au 3T 2025", months(2025, 7, 9, "quarter")),
        ("fr", "1S 2025", months(2025, 1, 6, "half")),
        ("fr", "2S 2025", months(2025, 7, 12, "half")),
        ("fr", "S2 2025", months(2025, 7, 12, "half")),
        ("fr", "1T", months(2025, 1, 3, "quarter")),  # as T1: the latest that started
        ("fr", "2T", months(2025, 4, 6, "quarter")),
        ("fr", "T1 – 2T 2015", (D(2015, 1, 1), D(2015, 6, 30), "range")),
        ("en", "3Q 2025", months(2025, 7, 9, "quarter")),
        ("en", "1H 2025", months(2025, 1, 6, "half")),
        ("en", "2H 2024", months(2024, 7, 12, "half")),
        ("en", "H1 2025", months(2025, 1, 6, "half")),
        # the first n months, as results count them; 9 mois 2025 was October 2024
        ("fr", "9M 2025", months(2025, 1, 9, "range")),
        ("fr", "9 mois 2025", months(2025, 1, 9, "range")),
        ("fr", "12 mois 2025", months(2025, 1, 12, "year")),
        ("fr", "6M 2025", months(2025, 1, 6, "half")),
        ("fr", "3M 2025", months(2025, 1, 3, "quarter")),
        ("fr", "neuf premiers mois de 2025", months(2025, 1, 9, "range")),
        ("fr", "les 9 premiers mois 2025", months(2025, 1, 9, "range")),
        ("fr", "au cours des neuf premiers mois de 2025", months(2025, 1, 9, "range")),
        ("fr", "sur les neuf premiers mois de l'année 2024", months(2024, 1, 9, "range")),
        ("fr", "les neuf premiers mois de l'année", months(2025, 1, 9, "range")),
        ("fr", "les onze premiers mois de cette année", months(2025, 1, 11, "range")),
        ("en", "9M 2025", months(2025, 1, 9, "range")),
        ("en", "the first nine months of 2025", months(2025, 1, 9, "range")),
        ("en", "in the first 9 months of 2025", months(2025, 1, 9, "range")),
        ("en", "over the first six months of 2024", months(2024, 1, 6, "half")),
        ("en", "the first nine months of the year", months(2025, 1, 9, "range")),
    ],
)
def test_period_codes_the_audit_found_misread(
    language: str, text: str, expected: tuple[date, date, str]
) -> None:
    assert span(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "message"),
    [
        # a year in two digits: the century is not written (4T24 was 4 January 2024)
        ("fr", "4T24", "write the year in four digits, as T4 2024 or T4 1924"),
        ("fr", "T3 25", "four digits, as T3 2025"),
        ("fr", "T3'25", "four digits, as T3 2025"),
        ("en", "Q3 25", "four digits, as Q3 2025"),
        ("en", "3Q25", "four digits, as Q3 2025"),
        ("en", "H1 25", "four digits, as H1 2025"),
        ("en", "1H25", "four digits, as H1 2025"),
        ("fr", "9M25", "four digits, as 9M 2025"),
        ("fr", "9 mois 25", "four digits"),
        # a letter that names no period, or a number it cannot take
        ("fr", "1A 2025", "write a quarter as T1 2025, a half year as S1 2025"),
        ("fr", "5T 2025", "write a quarter as T1 2025"),
        ("fr", "T5 2015", "write a quarter as T1 2025"),  # dateparser: May 2015
        ("fr", "13M 2025", "January to September as 9M 2025"),
        ("en", "T3 2025", "write a quarter as Q1 2025, a half year as H1 2025"),  # was March
        ("en", "3S 2025", "write"),
        ("en", "the first 13 months of 2025", "a year has 12 months"),
        # week numbers: ISO weeks and epidemiological (US: Sunday to Saturday) ones differ
        ("fr", "S45", "a week number .*: write the week, as semaine du 3 novembre 2025"),
        ("fr", "S45 2025", "a week number"),
        ("en", "W45 2025", "a week number .*: write the week, as week of Nov. 3, 2025"),
        ("en", "2025-W45", "a week number"),
        ("fr", "semaine 45", "a week number"),
        ("fr", "la semaine n°45 de 2025", "a week number"),
        ("en", "week 45", "a week number"),
        ("en", "the week 45 of 2025", "a week number"),
        # an hour (dateparser read 10h as the day before publication)
        ("fr", "10h", "a time of day goes with its day"),
        ("en", "10h 2015", "a time of day goes with its day"),
    ],
)
def test_period_codes_not_read_are_refused_saying_what_to_write(
    language: str, text: str, message: str
) -> None:
    with pytest.raises(
        DateSyntaxError, match=rf"cannot read .* as a date \({language}\).*{message}"
    ):
        parse_date(text, language, NOV)
    with pytest.raises(DateSyntaxError, match=message):  # whatever the day: no year needed
        parse_date(text, language, None)


@given(st.integers(min_value=1, max_value=4), years, st.sampled_from(["fr", "en"]))
def test_every_quarter_of_every_year_reads_in_every_code(n: int, year: int, language: str) -> None:
    expected = months(year, 3 * n - 2, 3 * n, "quarter")
    letters = "TQ" if language == "fr" else "Q"
    for letter in letters:
        for text in (
            f"{letter}{n} {year}",
            f"{n}{letter} {year}",
            f"{n}{letter}{year}",
            f"{n}{letter}-{year}",
            f"{year}-{letter}{n}",
            f"{year} {n}{letter}",
        ):
            assert span(text, language) == expected, text
            assert span(text.lower(), language) == expected, text


@given(st.integers(min_value=1, max_value=2), years, st.sampled_from(["fr", "en"]))
def test_every_half_of_every_year_reads_in_every_code(n: int, year: int, language: str) -> None:
    expected = months(year, 6 * n - 5, 6 * n, "half")
    for letter in "SH" if language == "fr" else "H":
        for text in (f"{letter}{n} {year}", f"{n}{letter} {year}", f"{year}-{letter}{n}"):
            assert span(text, language) == expected, text
    assert span(f"{'premier' if n == 1 else 'second'} semestre {year}") == expected


NUMBERS_FR = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]
NUMBERS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


@given(st.integers(min_value=1, max_value=12), years)
def test_the_first_n_months_of_every_year(n: int, year: int) -> None:
    granularity = {1: "month", 3: "quarter", 6: "half", 12: "year"}.get(n, "range")
    expected = months(year, 1, n, granularity)
    texts = [
        ("fr", f"{n}M {year}"),
        ("fr", f"{n} mois {year}"),
        ("fr", f"les {n} premiers mois de {year}"),
        ("en", f"{n}M {year}"),
        ("en", f"the first {n} months of {year}"),
    ]
    if n <= 10:
        texts += [
            ("fr", f"les {NUMBERS_FR[n - 1]} premiers mois de {year}"),
            ("en", f"the first {NUMBERS_EN[n - 1]} months of {year}"),
        ]
    for language, text in texts:
        assert span(text, language) == expected, text


@given(
    st.sampled_from("TQSHM"),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=0, max_value=99),
    st.booleans(),
    st.sampled_from(["", " ", "-", "'", " '"]),
)
def test_a_code_with_a_two_digit_year_is_never_a_period(
    letter: str, n: int, year: int, digit_first: bool, sep: str
) -> None:
    code = f"{n}{letter}" if digit_first or letter == "M" else f"{letter}{n}"
    text = f"{code}{sep}{year:02d}"
    for language in ("fr", "en"):
        with pytest.raises(DateSyntaxError, match=r"write"):
            parse_date(text, language, NOV)


@given(
    st.sampled_from("ABCDEFGIJKLNOPRUVWXYZ"),
    st.integers(min_value=0, max_value=99),
    st.booleans(),
    st.one_of(st.just(""), st.integers(min_value=1000, max_value=9999).map(lambda y: f" {y}")),
    st.sampled_from(["fr", "en"]),
)
def test_a_code_of_no_period_is_refused_saying_what_to_write(
    letter: str, n: int, digit_first: bool, year: str, language: str
) -> None:
    """Never dateparser's reading: "1A 2025" was January 2025."""
    text = f"{n}{letter}{year}" if digit_first else f"{letter}{n}{year}"
    with pytest.raises(DateSyntaxError, match=r"cannot read .*: (write|a week number)"):
        parse_date(text, language, NOV)


# --- 2. depuis / since / au: the latest such day, never the next ------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "depuis le 1er janvier"),
        ("fr", "depuis 1er janvier"),
        ("fr", "au 1er janvier"),
        ("fr", "dès le 1er janvier"),
        ("fr", "à partir du 1er janvier"),
        ("fr", "à compter du 1er janvier"),
        ("fr", "depuis le 01/01"),
        ("en", "since Jan. 1"),
        ("en", "since January 1st"),
        ("en", "as of Jan. 1"),
        ("en", "from Jan. 1"),
    ],
)
@pytest.mark.parametrize("published", [D(2025, 1, 1), D(2025, 7, 10), NOV, D(2025, 12, 31)])
def test_since_the_first_of_january_is_this_years_all_year(
    language: str, text: str, published: date
) -> None:
    # in an article of July to December, it was read as next 1 January: "after publication"
    period = parse_date(text, language, published)
    assert (period.start, period.end) == (D(2025, 1, 1), D(2025, 1, 1))
    assert not period.after_day(published)


def test_since_a_day_is_the_latest_on_or_before_publication() -> None:
    assert span("depuis le 31 décembre", published=D(2025, 12, 30)) == day(D(2024, 12, 31))
    assert span("depuis le 31 décembre", published=D(2025, 12, 31)) == day(D(2025, 12, 31))
    assert span("au 31 décembre", published=NOV) == day(D(2024, 12, 31))  # the last closing
    assert span("since Dec. 20", "en", D(2025, 12, 1)) == day(D(2024, 12, 20))
    # the latest 29 February there was; nearest publication, it is none in 2025
    assert span("depuis le 29 février", published=D(2025, 3, 1)) == day(D(2024, 2, 29))
    assert span("depuis le 29 février", published=D(2024, 2, 29)) == day(D(2024, 2, 29))
    with pytest.raises(DateSyntaxError, match="not a day of the calendar"):
        parse_date("le 29 février", "fr", D(2025, 3, 1))
    with pytest.raises(DateSyntaxError, match=r"no year.*published"):
        parse_date("depuis le 1er janvier", "fr")
    with pytest.raises(DateSyntaxError, match=r"no year.*published"):
        parse_date("from Jan. 1", "en")


@given(publications, st.dates(), st.sampled_from(["fr", "en"]))
def test_since_a_yearless_day_never_reads_after_publication(
    published: date, written: date, language: str
) -> None:
    assume((written.month, written.day) != (2, 29))
    if language == "fr":
        text = f"depuis le {written.day} {FR_MONTHS[written.month - 1]}"
    else:
        text = f"since {EN_MONTHS[written.month - 1]} {written.day}"
    start, end, granularity = span(text, language, published)
    assert granularity == "day" and start == end
    assert (start.month, start.day) == (written.month, written.day)
    assert start <= published < start.replace(year=start.year + 1)  # the latest one


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the documented meaning of "depuis X" (X itself) is kept: only the year was wrong
        ("fr", "depuis 2014", months(2014, 1, 12, "year")),
        ("en", "since 2019", months(2019, 1, 12, "year")),
        ("fr", "depuis janvier", months(2025, 1, 1, "month")),
        ("fr", "depuis juin dernier", months(2025, 6, 6, "month")),
        ("fr", "depuis le 30 juin dernier", day(D(2025, 6, 30))),
        ("fr", "depuis début 2025", months(2025, 1, 3, "part")),
        ("en", "since early January", (D(2025, 1, 1), D(2025, 1, 10), "part")),
        ("en", "since early this year", months(2025, 1, 3, "part")),  # as since early 2025
        ("en", "from 2014 to 2015", (D(2014, 1, 1), D(2015, 12, 31), "range")),
        # the start of the year, without since: January to March, as documented
        ("fr", "en début d'année", months(2025, 1, 3, "part")),
        ("fr", "le début de l'année", months(2025, 1, 3, "part")),
        ("en", "the start of the year", months(2025, 1, 3, "part")),
        ("fr", "depuis le début de l'année dernière", months(2024, 1, 3, "part")),
    ],
)
def test_since_keeps_its_documented_meaning(
    language: str, text: str, expected: tuple[date, date, str]
) -> None:
    assert span(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "depuis le début de l'année"),
        ("fr", "depuis le début de cette année"),
        ("fr", "depuis début d'année"),
        ("fr", "depuis début de cette année"),
        ("en", "since the start of the year"),
        ("en", "since the beginning of the year"),
        ("en", "since the start of this year"),
        ("en", "year to date"),
        ("en", "the year to date"),
        ("en", "year-to-date"),
        ("en", "YTD"),
        ("en", "so far this year"),
        ("en", "this year so far"),
    ],
)
def test_the_year_to_date_is_january_first_to_publication(language: str, text: str) -> None:
    assert span(text, language) == (D(2025, 1, 1), NOV, "range")
    assert span(text, language, D(2024, 2, 29)) == (D(2024, 1, 1), D(2024, 2, 29), "range")
    assert span(text, language, NOV, ahead=True) == (D(2025, 1, 1), NOV, "range")
    with pytest.raises(DateSyntaxError):  # which year? "fin mars" alone is so refused too
        parse_date(text, language)


# --- 3. à fin juin: a closing date ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "published", "closing"),
    [
        ("fr", "à fin juin", NOV, D(2025, 6, 30)),
        ("fr", "à fin septembre", NOV, D(2025, 9, 30)),
        ("fr", "à fin décembre", NOV, D(2024, 12, 31)),  # the latest December that began
        ("fr", "à fin juin 2025", NOV, D(2025, 6, 30)),
        ("fr", "à fin-juin 2025", NOV, D(2025, 6, 30)),
        ("fr", "A fin février 2024", NOV, D(2024, 2, 29)),
        ("fr", "à fin 2024", NOV, D(2024, 12, 31)),
        ("fr", "à fin juin dernier", D(2025, 7, 20), D(2025, 6, 30)),
        ("fr", "à fin T3 2025", NOV, D(2025, 9, 30)),
        ("fr", "à fin 1S 2025", NOV, D(2025, 6, 30)),
        ("en", "at end-June", NOV, D(2025, 6, 30)),
        ("en", "at end-June 2025", NOV, D(2025, 6, 30)),
        ("en", "as at end-June 2025", NOV, D(2025, 6, 30)),
        ("en", "at end June 2025", NOV, D(2025, 6, 30)),
        ("en", "at end-2024", NOV, D(2024, 12, 31)),
        ("en", "at end-Q3 2025", NOV, D(2025, 9, 30)),
    ],
)
def test_a_figure_at_end_june_is_at_the_closing_day(
    language: str, text: str, published: date, closing: date
) -> None:
    assert span(text, language, published) == day(closing)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # without à or at: a part of the month, or of the year, as documented
        ("fr", "fin juin 2025", (D(2025, 6, 21), D(2025, 6, 30), "part")),
        ("fr", "fin juin", (D(2025, 6, 21), D(2025, 6, 30), "part")),
        ("fr", "à la fin juin", (D(2025, 6, 21), D(2025, 6, 30), "part")),
        ("fr", "fin 2024", months(2024, 10, 12, "part")),
        ("en", "end-June 2025", (D(2025, 6, 21), D(2025, 6, 30), "part")),
        ("en", "the end of June", (D(2025, 6, 21), D(2025, 6, 30), "part")),
        ("en", "at the end of June", (D(2025, 6, 21), D(2025, 6, 30), "part")),
        ("en", "at end of June", (D(2025, 6, 21), D(2025, 6, 30), "part")),
        ("en", "end-2024", months(2024, 10, 12, "part")),
        ("en", "by end-2024", months(2024, 10, 12, "part")),
    ],
)
def test_the_end_of_a_month_without_a_or_at_keeps_its_days(
    language: str, text: str, expected: tuple[date, date, str]
) -> None:
    assert span(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "à fin 27 juin 2025"),
        ("fr", "à fin la semaine"),
        ("fr", "à fin mi-juin"),
        ("en", "at end-June 30"),
        ("en", "at end-xyz"),
    ],
)
def test_a_closing_date_of_no_month_or_year_is_refused_saying_what_to_write(
    language: str, text: str
) -> None:
    with pytest.raises(DateSyntaxError, match=r"goes with a month or a year, as (à fin|at end-)"):
        parse_date(text, language, NOV)


def test_a_closing_date_without_a_year_needs_published() -> None:
    with pytest.raises(DateSyntaxError, match=r"no year.*published"):
        parse_date("à fin juin", "fr")
    assert span("à fin juin 2025", published=None) == day(D(2025, 6, 30))


@given(years, st.integers(min_value=1, max_value=12))
def test_a_closing_date_is_the_last_day_of_every_month(year: int, month: int) -> None:
    closing = day(last_day(year, month))
    assert span(f"à fin {FR_MONTHS[month - 1]} {year}") == closing
    assert span(f"at end-{EN_MONTHS[month - 1]} {year}", "en") == closing
    assert span(f"à fin {year}") == day(D(year, 12, 31))


# --- 4. le 30 juin dernier ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        ("fr", "le 30 juin dernier", NOV, D(2025, 6, 30)),  # was refused
        ("fr", "30 juin dernier", D(2025, 6, 15), D(2024, 6, 30)),
        ("fr", "le 30 juin dernier", D(2025, 6, 30), D(2024, 6, 30)),  # never that day
        ("fr", "le 30 juin dernier", D(2025, 7, 1), D(2025, 6, 30)),
        ("fr", "le mardi 3 juin dernier", NOV, D(2025, 6, 3)),
        ("fr", "depuis le 30 juin dernier", NOV, D(2025, 6, 30)),
        ("fr", "le 30 juin passé", NOV, D(2025, 6, 30)),
        ("fr", "le 1er décembre dernier", D(2026, 1, 10), D(2025, 12, 1)),
        ("fr", "le 29 février dernier", NOV, D(2024, 2, 29)),
        ("fr", "le 3 juin prochain", NOV, D(2026, 6, 3)),
        ("fr", "le 3 décembre prochain", NOV, D(2025, 12, 3)),
        ("fr", "le 29 février prochain", NOV, D(2028, 2, 29)),
        ("en", "last June 30", NOV, D(2025, 6, 30)),
        ("en", "next June 30", NOV, D(2026, 6, 30)),
    ],
)
def test_a_day_named_dernier_or_prochain(
    language: str, text: str, published: date, expected: date
) -> None:
    assert span(text, language, published) == day(expected)
    assert span(text, language, published, ahead=True) == day(expected)  # its direction


def test_a_day_dernier_of_no_calendar_is_refused() -> None:
    with pytest.raises(DateSyntaxError, match="not a day of the calendar"):
        parse_date("le 31 juin dernier", "fr", NOV)
    with pytest.raises(DateSyntaxError, match=r"no year.*published"):
        parse_date("le 30 juin dernier", "fr")


@given(publications, st.dates(), st.sampled_from(["dernier", "prochain"]))
def test_a_day_dernier_is_the_latest_before_and_prochain_the_earliest_after(
    published: date, written: date, word: str
) -> None:
    assume((written.month, written.day) != (2, 29))
    text = f"le {written.day} {FR_MONTHS[written.month - 1]} {word}"
    start, _, _ = span(text, "fr", published)
    assert (start.month, start.day) == (written.month, written.day)
    if word == "dernier":
        assert start < published <= start.replace(year=start.year + 1)
    else:
        assert start.replace(year=start.year - 1) <= published < start


# --- 5. weeks: the week ending Nov. 8, the week of Sunday, Nov. 3 ------------------------------

NOV_8 = (D(2025, 11, 2), D(2025, 11, 8), "week")  # Sunday to Saturday, as US health data


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the week ending Nov. 8"),
        ("en", "week ending 8 November"),
        ("en", "the week ending Saturday, Nov. 8"),
        ("en", "the week ended Nov. 8"),
        ("en", "the week ending on Nov. 8, 2025"),
        ("en", "the week to 8 November"),
        ("en", "w/e 8 Nov"),
        ("en", "W/E Nov. 8"),
        ("en", "the seven days to 8 November"),
        ("en", "the 7 days ending Nov. 8"),
        ("fr", "la semaine se terminant le 8 novembre"),
        ("fr", "la semaine s'achevant le samedi 8 novembre"),
        ("fr", "les sept jours au 8 novembre"),
        ("fr", "les 7 jours jusqu'au 8 novembre 2025"),
    ],
)
def test_the_week_ending_a_day_is_the_seven_days_to_it(language: str, text: str) -> None:
    assert span(text, language) == NOV_8  # was refused, with no hint


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        # a US week starts on Sunday: the week of Sunday, Nov. 3 is not Oct. 28 to Nov. 3
        ("en", "the week of Sunday, Nov. 3", D(2024, 11, 20), (D(2024, 11, 3), D(2024, 11, 9))),
        ("en", "week of Nov. 3, 2024", NOV, (D(2024, 11, 3), D(2024, 11, 9))),
        ("en", "the week of Monday, Nov. 4, 2024", NOV, (D(2024, 11, 4), D(2024, 11, 10))),
        ("en", "week of Wednesday, Nov. 6, 2024", NOV, (D(2024, 11, 6), D(2024, 11, 12))),
        # French weeks run Monday to Sunday: "semaine du" is the week around the day
        ("fr", "la semaine du lundi 3 novembre", NOV, (D(2025, 11, 3), D(2025, 11, 9))),
        ("fr", "semaine du 3 novembre 2025", NOV, (D(2025, 11, 3), D(2025, 11, 9))),
        ("fr", "semaine du 5 novembre 2025", NOV, (D(2025, 11, 3), D(2025, 11, 9))),
        ("fr", "la semaine du dimanche 2 novembre", NOV, (D(2025, 10, 27), D(2025, 11, 2))),
    ],
)
def test_the_week_of_a_day(
    language: str, text: str, published: date, expected: tuple[date, date]
) -> None:
    assert span(text, language, published) == (*expected, "week")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the week ending xyz"),
        ("en", "the week ending November"),  # a month: which day?
        ("en", "w/e 2025"),
        ("fr", "la semaine se terminant en novembre"),
    ],
)
def test_a_week_ending_no_day_is_refused_saying_what_to_write(language: str, text: str) -> None:
    example = "the week ending Nov. 8, 2025" if language == "en" else "la semaine se terminant"
    with pytest.raises(DateSyntaxError, match=f"write the day the week ends, as {example}"):
        parse_date(text, language, NOV)


def test_a_week_ending_without_a_year_needs_published() -> None:
    with pytest.raises(DateSyntaxError, match=r"no year.*published"):
        parse_date("the week ending Nov. 8", "en")
    assert span("the week ending Nov. 8, 2025", "en", None) == NOV_8


@given(st.dates(min_value=D(1000, 1, 7), max_value=D(9998, 12, 24)))
def test_weeks_end_start_or_hold_the_day_they_name(d: date) -> None:
    en = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    fr = f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"
    ending = (d - timedelta(days=6), d, "week")
    assert span(f"the week ending {en}", "en") == ending
    assert span(f"w/e {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}", "en") == ending
    assert span(f"la semaine se terminant le {fr}") == ending
    assert span(f"the week of {en}", "en") == (d, d + timedelta(days=6), "week")
    monday = d - timedelta(days=d.weekday())
    assert span(f"la semaine du {fr}") == (monday, monday + timedelta(days=6), "week")


@given(st.dates(min_value=D(1000, 1, 7), max_value=D(9998, 12, 24)), st.sampled_from(["fr", "en"]))
def test_a_week_ending_is_described_as_read_back(d: date, language: str) -> None:
    period = parse_date(f"the week ending {EN_MONTHS[d.month - 1]} {d.day}, {d.year}", "en")
    again = parse_date(period.describe(language), language)
    assert (again.start, again.end) == (period.start, period.end)


# --- 6. ahead: a forecast's date is the next one --------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "published", "past", "next_one"),
    [
        # "the commission will vote on Tuesday", in an article of Monday 25 November 2024
        ("en", "Tuesday", MON, D(2024, 11, 19), D(2024, 11, 26)),
        ("en", "on Tuesday", MON, D(2024, 11, 19), D(2024, 11, 26)),
        ("fr", "mardi", MON, D(2024, 11, 19), D(2024, 11, 26)),
        ("fr", "le mardi", MON, D(2024, 11, 19), D(2024, 11, 26)),
        ("fr", "dimanche", MON, D(2024, 11, 24), D(2024, 12, 1)),
        ("en", "Monday", MON, MON, MON),  # on its day: that day either way
        ("fr", "mardi 1er décembre", D(2026, 1, 10), D(2025, 12, 1), D(2026, 12, 1)),
        ("fr", "1er décembre", D(2025, 12, 2), D(2025, 12, 1), D(2026, 12, 1)),
        ("en", "December 1", D(2025, 12, 1), D(2025, 12, 1), D(2025, 12, 1)),
        ("fr", "30/12", D(2025, 1, 3), D(2024, 12, 30), D(2025, 12, 30)),
        ("en", "from Jan. 1", NOV, D(2025, 1, 1), D(2026, 1, 1)),
        ("fr", "dès le 1er janvier", NOV, D(2025, 1, 1), D(2026, 1, 1)),
        ("fr", "au 31 décembre", NOV, D(2024, 12, 31), D(2025, 12, 31)),
        ("en", "from Tuesday", MON, D(2024, 11, 19), D(2024, 11, 26)),
    ],
)
def test_a_forecasts_day_is_the_next_one(
    language: str, text: str, published: date, past: date, next_one: date
) -> None:
    assert span(text, language, published) == day(past)
    assert span(text, language, published, ahead=True) == day(next_one)


@pytest.mark.parametrize(
    ("language", "text", "published", "past", "next_start"),
    [
        ("en", "early December", MON, (D(2023, 12, 1), D(2023, 12, 10)), D(2024, 12, 1)),
        ("fr", "début novembre", MON, (D(2024, 11, 1), D(2024, 11, 10)), D(2025, 11, 1)),
        ("fr", "fin novembre", MON, (D(2024, 11, 21), D(2024, 11, 30)), D(2024, 11, 21)),
        ("fr", "mi-février", MON, (D(2024, 2, 11), D(2024, 2, 20)), D(2025, 2, 11)),
        ("fr", "en mars", MON, (D(2024, 3, 1), D(2024, 3, 31)), D(2025, 3, 1)),
        ("fr", "novembre", MON, (D(2024, 11, 1), D(2024, 11, 30)), D(2024, 11, 1)),
        ("fr", "T1", MON, (D(2024, 1, 1), D(2024, 3, 31)), D(2025, 1, 1)),
        ("fr", "au 4e trimestre", MON, (D(2024, 10, 1), D(2024, 12, 31)), D(2024, 10, 1)),
        ("en", "H1", MON, (D(2024, 1, 1), D(2024, 6, 30)), D(2025, 1, 1)),
        ("fr", "9M", MON, (D(2024, 1, 1), D(2024, 9, 30)), D(2025, 1, 1)),
        ("fr", "l'été", MON, (D(2024, 6, 1), D(2024, 8, 31)), D(2025, 6, 1)),
        ("en", "in the spring", MON, (D(2024, 3, 1), D(2024, 5, 31)), D(2025, 3, 1)),
        ("fr", "années 30", MON, (D(1930, 1, 1), D(1939, 12, 31)), D(2030, 1, 1)),
        (
            "fr",
            "du 30 décembre au 2 janvier",
            D(2025, 1, 10),
            (D(2024, 12, 30),),
            D(2025, 12, 30),
        ),
    ],
)
def test_a_forecasts_yearless_period_is_the_next_one(
    language: str, text: str, published: date, past: tuple[date, ...], next_start: date
) -> None:
    assert span(text, language, published)[: len(past)] == past
    ahead = parse_date(text, language, published, ahead=True)
    assert ahead.start == next_start
    assert ahead.end >= published  # never a forecast of the past


@pytest.mark.parametrize(
    ("language", "text", "published"),
    [
        # a written direction, year or count from publication reads as without ahead
        ("en", "last Tuesday", MON),
        ("fr", "mardi dernier", MON),
        ("fr", "ce mardi", MON),
        ("en", "next Tuesday", MON),
        ("fr", "juin dernier", MON),
        ("en", "last summer", MON),
        ("fr", "cet été", MON),
        ("fr", "T1 2025", MON),
        ("fr", "1er décembre 2023", MON),
        ("fr", "hier", MON),
        ("en", "in six months", MON),
        ("fr", "l'an dernier", MON),
        ("en", "earlier this year", MON),
        ("fr", "en fin d'année", MON),
        ("fr", "depuis le 1er janvier", NOV),  # since is always the past
        ("en", "since Jan. 1", NOV),
        ("fr", "depuis mardi", MON),
        ("fr", "depuis mars", MON),
        ("fr", "mi-juin dernier", MON),
        ("fr", "la semaine dernière", MON),
    ],
)
def test_ahead_leaves_a_written_direction_alone(language: str, text: str, published: date) -> None:
    assert span(text, language, published, ahead=True) == span(text, language, published)


@slow
@given(publications, st.sampled_from(["fr", "en"]), st.integers(min_value=0, max_value=6))
def test_a_forecasts_weekday_is_within_the_week_from_publication(
    published: date, language: str, weekday: int
) -> None:
    name = (FR_WEEKDAYS if language == "fr" else EN_WEEKDAYS)[weekday]
    found, _, _ = span(name, language, published, ahead=True)
    assert found.weekday() == weekday and 0 <= (found - published).days <= 6


@given(publications, st.dates(), st.sampled_from(["fr", "en"]))
def test_a_forecasts_yearless_day_is_the_first_on_or_after_publication(
    published: date, written: date, language: str
) -> None:
    assume((written.month, written.day) != (2, 29))
    if language == "fr":
        text = f"{written.day} {FR_MONTHS[written.month - 1]}"
    else:
        text = f"{EN_MONTHS[written.month - 1]} {written.day}"
    start, _, _ = span(text, language, published, ahead=True)
    assert (start.month, start.day) == (written.month, written.day)
    assert start.replace(year=start.year - 1) < published <= start


@given(publications, st.integers(min_value=1, max_value=12), st.sampled_from(["fr", "en"]))
def test_a_forecasts_month_and_its_parts_are_the_first_not_over(
    published: date, month: int, language: str
) -> None:
    name = (FR_MONTHS if language == "fr" else EN_MONTHS)[month - 1]
    start, end, _ = span(name, language, published, ahead=True)
    assert start.month == month and end >= published > last_day(start.year - 1, month)
    part = ("début", "mi-", "fin") if language == "fr" else ("early", "mid-", "late")
    for word in part:
        text = f"{word} {name}".replace("- ", "-")
        p_start, p_end, _ = span(text, language, published, ahead=True)
        assert p_start.month == month and p_end >= published  # not over
        before = last_day(p_start.year - 1, month)  # the same part a year before is over
        assert before.replace(day=min(p_end.day, before.day)) < published


@given(publications, st.integers(min_value=1, max_value=4))
def test_a_forecasts_quarter_is_the_first_not_over(published: date, n: int) -> None:
    start, end, _ = span(f"T{n}", "fr", published, ahead=True)
    assert start.month == 3 * n - 2 and end >= published
    assert last_day(start.year - 1, 3 * n) < published
    assert span(f"{n}T", "fr", published, ahead=True) == (start, end, "quarter")


# --- caching: `ahead` is in the key ---------------------------------------------------------------

WORDS = [
    *("mardi", "Tuesday", "lundi", "1er", "3", "30", "décembre", "December", "juin", "June"),
    *("depuis", "since", "au", "dès", "from", "as of", "le", "the", "dernier", "last", "next"),
    *("T1", "2T", "4T24", "9M", "mois", "premiers", "neuf", "first", "nine", "months", "of"),
    *("à fin", "at end-", "fin", "début", "early", "week", "ending", "w/e", "semaine", "du"),
    *("2025", "2024", "l'année", "year", "to date", "YTD", "été", "summer", "années 30", "-"),
]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)


def _outcome(read: partial[Period]) -> tuple[object, ...]:
    try:
        period = read()
    except DateSyntaxError as error:
        return ("error", str(error))
    return (period.start, period.end, period.granularity, period.text)


@slow
@given(texts, st.sampled_from(["fr", "en"]), st.lists(st.tuples(publications, st.booleans())))
def test_a_cached_reading_ahead_or_not_is_the_uncached_one(
    text: str, language: str, readings: list[tuple[date, bool]]
) -> None:
    for published, ahead in readings:
        expected = _outcome(partial(dates_module._parse, text, language, published, ahead=ahead))
        for _ in range(2):  # the second from the cache
            read = partial(parse_date, text, language, published, ahead=ahead)
            assert _outcome(read) == expected, (text, published, ahead)


def test_the_cache_keeps_a_forecasts_reading_apart() -> None:
    for _ in range(2):
        assert span("mardi", "fr", MON, ahead=True) == day(D(2024, 11, 26))
        assert span("mardi", "fr", MON) == day(D(2024, 11, 19))
        assert span("mardi", "fr", MON, ahead=False) == day(D(2024, 11, 19))
    absolute = parse_date("3T 2025", "fr", MON)  # no publication day: one reading, cached
    assert parse_date("3T 2025", "fr", MON, ahead=True) is absolute
    assert parse_date("3T 2025", "fr", None, ahead=True) is absolute


def test_ahead_is_a_keyword() -> None:
    with pytest.raises(TypeError):
        parse_date("mardi", "fr", MON, True)  # type: ignore[misc]
    assert span("mardi", "fr", MON, ahead=True)[0] == D(2024, 11, 26)
    with pytest.raises(DateSyntaxError, match=r"no year.*published"):
        parse_date("mardi", "fr", None, ahead=True)
