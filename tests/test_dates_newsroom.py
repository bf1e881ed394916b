"""The dates newsroom audits found misread or refused, and forecasts read ahead.

The 2025 data-desk audits: French results copy ("2T 2025", "9M 2025", "à fin juin"),
"depuis le 1er janvier" late in the year, "le 30 juin dernier", English weekly health
figures ("the week ending Nov. 8"), and the `ahead` reading of a forecast's date ("the
commission will vote on Tuesday"). The 2026 audits of a French regional daily and an
English desk: durations read as dates ("en cinq ans" was 2021), "ce dimanche" in
Monday's paper, parts of a day ("mardi soir", "dans la nuit de samedi à dimanche"),
times alone, and seasons read as two calendar years.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factcheck import dates as dates_module
from factcheck.dates import DateSyntaxError, Period, find_weekday_names, parse_date

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
        ("fr", "1A 2025", "écrivez un trimestre comme T1 2025, un semestre comme S1 2025"),
        ("fr", "5T 2025", "écrivez un trimestre comme T1 2025"),
        ("fr", "T5 2015", "écrivez un trimestre comme T1 2025"),  # dateparser: May 2015
        ("fr", "13M 2025", "de janvier à septembre comme 9M 2025"),
        ("en", "T3 2025", "write a quarter as Q1 2025, a half year as H1 2025"),  # was March
        ("en", "3S 2025", "write"),
        ("en", "the first 13 months of 2025", "a year has 12 months"),
        # week numbers: ISO weeks and epidemiological (US: Sunday to Saturday) ones differ
        ("fr", "S45", "un numéro de semaine .* : écrivez la semaine, comme semaine du 3 novembre"),
        ("fr", "S45 2025", "un numéro de semaine"),
        ("en", "W45 2025", "a week number .*: write the week, as week of Nov. 3, 2025"),
        ("en", "2025-W45", "a week number"),
        ("fr", "semaine 45", "un numéro de semaine"),
        ("fr", "la semaine n°45 de 2025", "un numéro de semaine"),
        ("en", "week 45", "a week number"),
        ("en", "the week 45 of 2025", "a week number"),
        # an hour (dateparser read 10h as the day before publication)
        ("fr", "10h", "une heure n'est pas une date : écrivez son jour, comme mardi 9 décembre"),
        ("en", "10h 2015", "a time of day is no date: write its day"),
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
        with pytest.raises(DateSyntaxError, match=r"write|écrivez"):
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
    refusal = r"cannot read .*: (write|écrivez|a week number|un numéro de semaine)"
    with pytest.raises(DateSyntaxError, match=refusal):
        parse_date(text, language, NOV)


# --- 2. depuis / since: the latest such day, never the next; au, dès, as of: the nearest --------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "depuis le 1er janvier"),
        ("fr", "depuis 1er janvier"),
        ("fr", "depuis le 01/01"),
        ("en", "since Jan. 1"),
        ("en", "since January 1st"),
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


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "au 1er février"),
        ("fr", "dès le 1er février"),
        ("fr", "à partir du 1er février"),
        ("fr", "à compter du 1er février"),
        ("en", "as of Feb. 1"),
        ("en", "from Feb. 1"),
    ],
)
def test_au_a_day_is_the_nearest_never_silently_last_years(language: str, text: str) -> None:
    # "le taux passera à 2,4 % au 1er février" in an article of 15 January 2025 was read as
    # 1 February 2024 (the latest on or before publication), a fact passing in silence;
    # as "le 1er février", it is the nearest: a fact then gets fact-not-after-publication
    published = D(2025, 1, 15)
    assert span(text, language, published) == span("le 1er février", "fr", published)
    assert span(text, language, published) == day(D(2025, 2, 1))
    # the past one where it is the nearest: a stock at a closing day
    assert span(text, language, D(2025, 6, 30)) == day(D(2025, 2, 1))


def test_since_a_day_is_the_latest_on_or_before_publication() -> None:
    assert span("depuis le 31 décembre", published=D(2025, 12, 30)) == day(D(2024, 12, 31))
    assert span("depuis le 31 décembre", published=D(2025, 12, 31)) == day(D(2025, 12, 31))
    assert span("au 31 décembre", published=D(2025, 6, 1)) == day(D(2024, 12, 31))  # nearest
    assert span("au 31 décembre", published=NOV) == day(D(2025, 12, 31))  # nearest too
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
        ("fr", "depuis début 2025", (D(2025, 1, 1), NOV, "range")),  # to publication
        ("en", "since early January", (D(2025, 1, 1), D(2025, 1, 10), "part")),
        ("en", "since early this year", months(2025, 1, 3, "part")),  # as since early 2025
        ("en", "from 2014 to 2015", (D(2014, 1, 1), D(2015, 12, 31), "range")),
        # the start of the year, without since: January to March, as documented
        ("fr", "en début d'année", months(2025, 1, 3, "part")),
        ("fr", "le début de l'année", months(2025, 1, 3, "part")),
        ("en", "the start of the year", months(2025, 1, 3, "part")),
        ("fr", "depuis le début de l'année dernière", (D(2024, 1, 1), NOV, "range")),
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
    with pytest.raises(
        DateSyntaxError,
        match=r"(goes with a month or a year, as|va avec un mois ou une année, comme)"
        r" (à fin|at end-)",
    ):
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
    hint = (
        "write the day the week ends, as the week ending Nov. 8, 2025"
        if language == "en"
        else "écrivez le jour où la semaine finit, comme la semaine se terminant"
    )
    with pytest.raises(DateSyntaxError, match=hint):
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
        ("fr", "le 1er décembre", D(2026, 1, 10), D(2025, 12, 1), D(2026, 12, 1)),
        ("fr", "1er décembre", D(2025, 12, 2), D(2025, 12, 1), D(2026, 12, 1)),
        ("en", "December 1", D(2025, 12, 1), D(2025, 12, 1), D(2025, 12, 1)),
        ("fr", "30/12", D(2025, 1, 3), D(2024, 12, 30), D(2025, 12, 30)),
        ("en", "from Jan. 1", D(2025, 6, 1), D(2025, 1, 1), D(2026, 1, 1)),
        ("fr", "dès le 1er janvier", D(2025, 6, 1), D(2025, 1, 1), D(2026, 1, 1)),
        ("fr", "au 31 décembre", D(2025, 6, 1), D(2024, 12, 31), D(2025, 12, 31)),
        # "from Tuesday" opens a window: the next Tuesday, in a fact too (weather F2)
        ("en", "from Tuesday", MON, D(2024, 11, 26), D(2024, 11, 26)),
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


# --- 2026: durations are no dates ---------------------------------------------------------------

REGIONAL = D(2026, 1, 12)  # Monday 12 January 2026: the regional daily's article


def refused(text: str, language: str, published: date | None, *, ahead: bool = False) -> str:
    """The message of a refused text, which always names the text as written."""
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, published, ahead=ahead)
    message = str(error.value)
    assert message.startswith(f"cannot read {text!r} as a date ({language}): "), message
    return message


@pytest.mark.parametrize(
    ("language", "text", "written"),
    [
        # dateparser read the count as a date in the past: "en cinq ans" was 2021
        ("fr", "en cinq ans", "écrivez ses bornes (de 2021 à 2026) ou son début (depuis 2021)"),
        ("fr", "en 5 ans", "(de 2021 à 2026) ou son début (depuis 2021)"),
        # a change over a year: the year-on-year advice
        ("fr", "en un an", "une variation sur un an n'est pas une date : écrivez la période"),
        # months: the whole months to the last one before publication, never 13 of them
        ("fr", "en trois mois", "comme les 3 mois à fin décembre 2025 (octobre 2025 à décembre"),
        ("fr", "en deux semaines", "(du 29 décembre 2025 au 12 janvier 2026) ou son début"),
        ("fr", "pendant cinq ans", "(de 2021 à 2026)"),
        ("fr", "cinq ans", "(de 2021 à 2026)"),
        ("fr", "cinq années", "(de 2021 à 2026)"),
        ("fr", "trois mois", "les 3 mois à fin décembre 2025 (octobre 2025 à décembre 2025)"),
        ("fr", "sept jours", "(du 5 janvier 2026 au 12 janvier 2026)"),
        ("fr", "en 48 heures", "(du 10 janvier 2026 au 12 janvier 2026)"),
        ("fr", "en l'espace de dix ans", "(de 2016 à 2026)"),
        ("fr", "sur dix ans", "(de 2016 à 2026)"),
        ("fr", "au cours des cinq dernières années", "(de 2021 à 2026) ou son début (depuis 2021)"),
        ("fr", "ces cinq dernières années", "(de 2021 à 2026)"),
        ("fr", "sur les douze derniers mois", "les 12 mois à fin décembre 2025 (janvier 2025 à"),
        ("fr", "la dernière décennie", "(de 2016 à 2026)"),
        ("fr", "ces dernières années", "écrivez ses bornes"),  # no count: an example
        ("fr", "deux à trois ans", "écrivez ses bornes"),
        ("fr", "depuis des années", "écrivez ses bornes"),
        ("fr", "depuis une décennie", "(de 2016 à 2026) ou son début (depuis 2016)"),
        ("fr", "les cinq prochaines années", "(de 2026 à 2031) ou sa fin (d'ici 2031)"),
        ("fr", "dans les cinq prochaines années", "(de 2026 à 2031) ou sa fin (d'ici 2031)"),
        ("en", "five years", "write the period's ends (2021 to 2026) or its start (since 2021)"),
        ("en", "a decade", "(2016 to 2026)"),
        ("en", "last decade", "(2016 to 2026)"),  # dateparser: 2016
        ("en", "over the past decade", "(2016 to 2026) or its start (since 2016)"),
        ("en", "over the past five years", "(2021 to 2026)"),
        ("en", "in the past five years", "(2021 to 2026)"),  # not counted forward
        ("en", "the last five years", "(2021 to 2026)"),
        ("en", "for five years", "(2021 to 2026)"),
        ("en", "the past year", "(2025 to 2026)"),
        ("en", "a fortnight", "(December 29, 2025 to January 12, 2026)"),
        ("en", "in the past 24 hours", "(January 11, 2026 to January 12, 2026)"),
        ("en", "recent years", "write the period's ends"),
        ("en", "over the next decade", "(2026 to 2036) or its end (by 2036)"),
        ("en", "the next five years", "(2026 to 2031) or its end (by 2031)"),
    ],
)
def test_a_duration_is_refused_saying_what_to_write(language: str, text: str, written: str) -> None:
    message = refused(text, language, REGIONAL)
    said = (
        "a duration is no date: ",
        "une durée n'est pas une date : ",
        "a change over a year",
        "une variation sur un an",
    )
    assert any(no_date in message for no_date in said)
    assert written in message


def test_a_forecasts_duration_is_refused_with_its_ends_from_publication() -> None:
    message = refused("en cinq ans", "fr", REGIONAL, ahead=True)
    assert "(de 2026 à 2031) ou sa fin (d'ici 2031)" in message
    assert "(2026 to 2031) or its end (by 2031)" in refused(
        "over five years", "en", REGIONAL, ahead=True
    )


def test_a_duration_without_published_is_refused_with_an_example() -> None:
    message = refused("en cinq ans", "fr", None)
    assert "une durée n'est pas une date : écrivez ses bornes (" in message
    assert "a duration is no date" in refused("over the past decade", "en", None)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a date counted back from publication, as dateparser reads it (kept)
        ("fr", "il y a deux ans", (D(2024, 1, 1), D(2024, 12, 31), "year")),
        ("en", "two years ago", (D(2024, 1, 1), D(2024, 12, 31), "year")),
        ("fr", "il y a trois mois", (D(2025, 10, 1), D(2025, 10, 31), "month")),
        # since a count: the date it counts back to, as "depuis 2023" is 2023
        ("fr", "depuis trois ans", (D(2023, 1, 1), D(2023, 12, 31), "year")),
        ("fr", "depuis deux mois", (D(2025, 11, 1), D(2025, 11, 30), "month")),
        ("fr", "depuis dix jours", day(D(2026, 1, 2))),
        # a count forward from publication: the period it reaches
        ("fr", "dans cinq ans", (D(2031, 1, 1), D(2031, 12, 31), "year")),
        ("fr", "d'ici deux ans", (D(2028, 1, 1), D(2028, 12, 31), "year")),
        ("en", "in five years", (D(2031, 1, 1), D(2031, 12, 31), "year")),
        ("en", "within two years", (D(2028, 1, 1), D(2028, 12, 31), "year")),
        # periods of the calendar, no durations
        ("fr", "la semaine dernière", (D(2026, 1, 5), D(2026, 1, 11), "week")),
        ("fr", "le mois dernier", (D(2025, 12, 1), D(2025, 12, 31), "month")),
        ("fr", "l'an dernier", (D(2025, 1, 1), D(2025, 12, 31), "year")),
        ("en", "last week", (D(2026, 1, 5), D(2026, 1, 11), "week")),
        ("en", "last year", (D(2025, 1, 1), D(2025, 12, 31), "year")),
        ("fr", "les neuf premiers mois de 2025", (D(2025, 1, 1), D(2025, 9, 30), "range")),
        ("fr", "9 mois 2025", (D(2025, 1, 1), D(2025, 9, 30), "range")),
    ],
)
def test_a_date_counted_from_publication_is_no_duration(
    language: str, text: str, expected: tuple[date, date, str]
) -> None:
    assert span(text, language, REGIONAL) == expected


FR_COUNTS = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]
EN_COUNTS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
DURATION_FORMS = {
    "fr": [
        "en {n} {u}",
        "pendant {n} {u}",
        "{n} {u}",
        "sur {n} {u}",
        "au cours des {n} derniers {u}",
    ],
    "en": ["over {n} {u}", "for {n} {u}", "{n} {u}", "over the past {n} {u}", "the last {n} {u}"],
}


@given(
    publications,
    st.sampled_from(["fr", "en"]),
    st.integers(min_value=1, max_value=10),
    st.booleans(),
    st.integers(min_value=0, max_value=4),
    st.booleans(),
)
def test_a_count_of_years_is_never_a_date(
    published: date, language: str, n: int, in_words: bool, form: int, ahead: bool
) -> None:
    count = (FR_COUNTS if language == "fr" else EN_COUNTS)[n - 1] if in_words else str(n)
    unit = (
        ("an" if language == "fr" else "year")
        if n == 1
        else ("ans" if language == "fr" else "years")
    )
    if language == "fr" and n == 1 and in_words:
        count = "un"
    text = DURATION_FORMS[language][form].format(n=count, u=unit)
    text = text.replace("derniers an", "dernières année") if "derniers" in text else text
    message = refused(text, language, published, ahead=ahead)
    if language == "fr" and n == 1 and text.split()[0] in ("en", "sur"):  # "sur un an"
        assert "une variation sur un an n'est pas une date" in message  # year on year
        return
    y = published.year
    join = " à " if language == "fr" else " to "
    backward = "dernières" in text or "past" in text or "last" in text
    first, last = (y - n, y) if backward or not ahead else (y, y + n)
    assert f"({'de ' if language == 'fr' else ''}{first}{join}{last})" in message


# --- 2026: ce dimanche, this Sunday -------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "published", "expected", "ahead"),
    [
        # in Monday's paper "ce dimanche" is yesterday: "les électeurs se sont rendus aux urnes"
        ("fr", "ce dimanche", REGIONAL, D(2026, 1, 11), D(2026, 1, 18)),
        ("fr", "ce lundi", REGIONAL, REGIONAL, REGIONAL),
        ("fr", "ce mardi", REGIONAL, D(2026, 1, 13), D(2026, 1, 13)),
        ("fr", "ce jeudi", REGIONAL, D(2026, 1, 15), D(2026, 1, 15)),
        ("fr", "ce vendredi", REGIONAL, D(2026, 1, 9), D(2026, 1, 16)),  # nearest: 3 days
        ("fr", "ce jeudi", D(2026, 1, 14), D(2026, 1, 15), D(2026, 1, 15)),  # Wednesday's
        ("fr", "ce samedi", D(2026, 1, 18), D(2026, 1, 17), D(2026, 1, 24)),  # Sunday's
        ("fr", "ce jeudi 15 janvier", REGIONAL, D(2026, 1, 15), D(2026, 1, 15)),  # a date
        # English: the publication's week, Monday to Sunday; the past one is "this past"
        ("en", "this Sunday", REGIONAL, D(2026, 1, 18), D(2026, 1, 18)),
        ("en", "this Friday", REGIONAL, D(2026, 1, 16), D(2026, 1, 16)),
        ("en", "this Monday", D(2026, 1, 17), REGIONAL, D(2026, 1, 19)),  # Saturday's
        ("en", "this past Sunday", REGIONAL, D(2026, 1, 11), D(2026, 1, 11)),
        ("en", "this coming Sunday", D(2026, 1, 18), D(2026, 1, 25), D(2026, 1, 25)),
        ("en", "this Thursday, January 15", REGIONAL, D(2026, 1, 15), D(2026, 1, 15)),
    ],
)
def test_this_weekday(
    language: str, text: str, published: date, expected: date, ahead: date
) -> None:
    assert span(text, language, published) == day(expected)
    assert span(text, language, published, ahead=True) == day(ahead)


@given(publications, st.integers(min_value=0, max_value=6))
def test_ce_weekday_is_the_nearest_such_day_and_a_forecasts_the_next(
    published: date, weekday: int
) -> None:
    found, _, _ = span(f"ce {FR_WEEKDAYS[weekday]}", "fr", published)
    assert found.weekday() == weekday and abs((found - published).days) <= 3
    ahead, _, _ = span(f"ce {FR_WEEKDAYS[weekday]}", "fr", published, ahead=True)
    assert ahead.weekday() == weekday and 0 <= (ahead - published).days <= 6


@given(publications, st.integers(min_value=0, max_value=6))
def test_this_past_and_this_coming_read_as_last_and_next(published: date, weekday: int) -> None:
    name = EN_WEEKDAYS[weekday]
    yesterday = published - timedelta(days=1)
    if weekday != yesterday.weekday():
        assert span(f"this past {name}", "en", published) == span(f"last {name}", "en", published)
    else:  # "last Thursday" on a Friday may be a week earlier and is refused; "this past" is not
        assert span(f"this past {name}", "en", published)[0] == yesterday
    assert span(f"this coming {name}", "en", published) == span(f"next {name}", "en", published)
    this, _, _ = span(f"this {name}", "en", published)
    assert this.isocalendar()[:2] == published.isocalendar()[:2]


# --- 2026: parts of a day, nights, times ----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "mardi soir", day(D(2026, 1, 6))),  # as "mardi": the latest on or before
        ("fr", "mardi matin", day(D(2026, 1, 6))),
        ("fr", "samedi après-midi", day(D(2026, 1, 10))),
        ("fr", "lundi soir", day(REGIONAL)),  # the publication day
        ("fr", "mardi en fin de journée", day(D(2026, 1, 6))),
        ("fr", "dans la soirée de mardi", day(D(2026, 1, 6))),
        ("fr", "mardi dernier au soir", day(D(2026, 1, 6))),
        ("fr", "le 14 juillet au soir", day(D(2025, 7, 14))),
        ("fr", "au soir du 14 juillet", day(D(2025, 7, 14))),  # no "au" of a closing day
        ("fr", "le soir du 14 juillet 2025", day(D(2025, 7, 14))),
        ("fr", "dans la matinée du 3 mai 2025", day(D(2025, 5, 3))),
        ("fr", "mardi 6 janvier au soir", day(D(2026, 1, 6))),
        ("fr", "hier soir", day(D(2026, 1, 11))),
        ("fr", "ce soir", day(REGIONAL)),
        ("fr", "ce matin", day(REGIONAL)),
        ("fr", "cet après-midi", day(REGIONAL)),
        # a time after a day is dropped (dateparser read "mardi à 23 h" as the 23rd)
        ("fr", "mardi à 23 h", day(D(2026, 1, 6))),
        ("fr", "lundi soir vers 23 h", day(REGIONAL)),
        ("fr", "mardi 6 janvier à 23 h 30", day(D(2026, 1, 6))),
        ("fr", "hier à 23 h", day(D(2026, 1, 11))),  # dateparser: the 10th
        ("fr", "27 juillet 2015 à 10h", day(D(2015, 7, 27))),
        # nights over two days
        ("fr", "dans la nuit de samedi à dimanche", (D(2026, 1, 10), D(2026, 1, 11), "range")),
        ("fr", "la nuit de dimanche à lundi", (D(2026, 1, 11), REGIONAL, "range")),
        ("fr", "dans la nuit du 3 au 4 mai", (D(2026, 5, 3), D(2026, 5, 4), "range")),
        (
            "fr",
            "dans la nuit du 31 décembre au 1er janvier",
            (D(2025, 12, 31), D(2026, 1, 1), "range"),
        ),
        (
            "fr",
            "dans la nuit du samedi 3 au dimanche 4 mai 2025",
            (D(2025, 5, 3), D(2025, 5, 4), "range"),
        ),
        ("en", "Tuesday night", day(D(2026, 1, 6))),
        ("en", "Tuesday morning", day(D(2026, 1, 6))),
        ("en", "on Tuesday evening", day(D(2026, 1, 6))),
        ("en", "late Tuesday", day(D(2026, 1, 6))),
        ("en", "early on Tuesday", day(D(2026, 1, 6))),
        ("en", "late Tuesday night", day(D(2026, 1, 6))),
        ("en", "overnight Saturday", day(D(2026, 1, 10))),
        ("en", "in the early hours of Saturday", day(D(2026, 1, 10))),
        ("en", "on the night of July 14, 2025", day(D(2025, 7, 14))),
        ("en", "Tuesday at 11 p.m.", day(D(2026, 1, 6))),
        ("en", "yesterday at 11:30 pm", day(D(2026, 1, 11))),
        ("en", "this morning", day(REGIONAL)),
        ("en", "overnight Saturday into Sunday", (D(2026, 1, 10), D(2026, 1, 11), "range")),
        ("en", "Saturday night into Sunday", (D(2026, 1, 10), D(2026, 1, 11), "range")),
        ("en", "the night of May 3-4, 2025", (D(2025, 5, 3), D(2025, 5, 4), "range")),
        ("en", "the night of May 3 to 4", (D(2026, 5, 3), D(2026, 5, 4), "range")),
    ],
)
def test_a_part_of_a_day_is_that_day(
    language: str, text: str, expected: tuple[date, date, str]
) -> None:
    assert span(text, language, REGIONAL) == expected


def test_a_forecasts_part_of_a_day_is_the_next_such_day() -> None:
    assert span("mardi soir", "fr", REGIONAL, ahead=True) == day(D(2026, 1, 13))
    assert span("Tuesday night", "en", REGIONAL, ahead=True) == day(D(2026, 1, 13))
    night = span("dans la nuit de samedi à dimanche", "fr", REGIONAL, ahead=True)
    assert night == (D(2026, 1, 17), D(2026, 1, 18), "range")


@pytest.mark.parametrize(
    ("language", "text", "message"),
    [
        ("fr", "vers 23 h", "une heure n'est pas une date : écrivez son jour, comme mardi 9"),
        ("fr", "à 23 h 30", "une heure n'est pas une date"),  # dateparser: the day before
        ("fr", "10 h", "une heure n'est pas une date"),
        ("fr", "à 10h", "une heure n'est pas une date"),  # dateparser: the publication day
        ("fr", "23h30", "une heure n'est pas une date"),
        ("fr", "vers 23 heures", "une heure n'est pas une date"),
        ("fr", "à midi", "une heure n'est pas une date"),
        ("fr", "entre 22 h et 23 h", "une heure n'est pas une date"),
        ("en", "at 11 p.m.", "a time of day is no date: write its day, as Tuesday, Dec. 9, 2025"),
        ("en", "11pm", "a time of day is no date"),
        ("en", "at 23:30", "a time of day is no date"),
        ("en", "around midnight", "a time of day is no date"),
        ("fr", "cette nuit", "la nuit dernière ou la nuit qui vient ? écrivez les deux jours"),
        ("fr", "dans la nuit de samedi à lundi", "une nuit court sur deux jours de suite"),
        ("fr", "dans la nuit du 3 au 5 mai", "une nuit court sur deux jours de suite"),
        ("en", "overnight Saturday into Monday", "a night runs over two days in a row"),
        ("fr", "juillet soir", "écrivez le jour, comme mardi 9 décembre 2025 (au soir, vers 23 h)"),
        ("en", "March night", "write the day, as Tuesday, Dec. 9, 2025"),
    ],
)
def test_a_time_alone_or_a_night_not_in_a_row_is_refused_saying_what_to_write(
    language: str, text: str, message: str
) -> None:
    assert message in refused(text, language, REGIONAL)
    with pytest.raises(DateSyntaxError) as without_day:
        parse_date(text, language)
    shown = str(without_day.value)
    assert message in shown or "has no year" in shown  # "du 3 au 5 mai": of which year?


@slow
@given(publications, st.integers(min_value=0, max_value=6), st.booleans())
def test_a_weekday_and_a_part_of_it_are_the_same_day(
    published: date, weekday: int, ahead: bool
) -> None:
    fr, en = FR_WEEKDAYS[weekday], EN_WEEKDAYS[weekday]
    alone = span(fr, "fr", published, ahead=ahead)
    for text in (f"{fr} soir", f"{fr} matin", f"{fr} après-midi", f"dans la soirée de {fr}",
                 f"{fr} à 23 h 30", f"{fr} soir vers 22 h"):  # fmt: skip
        assert span(text, "fr", published, ahead=ahead) == alone, text
    alone = span(en, "en", published, ahead=ahead)
    for text in (f"{en} night", f"late {en}", f"overnight {en}", f"{en} at 11 p.m."):
        assert span(text, "en", published, ahead=ahead) == alone, text
    night = span(
        f"dans la nuit de {fr} à {FR_WEEKDAYS[(weekday + 1) % 7]}", "fr", published, ahead=ahead
    )
    assert night == (alone[0], alone[0] + timedelta(days=1), "range")


@given(
    st.dates(min_value=D(1000, 1, 1), max_value=D(9998, 12, 30)),
    st.integers(0, 23),
    st.integers(0, 59),
)
def test_a_date_and_a_time_are_the_day(written: date, hour: int, minute: int) -> None:
    fr = f"{written.day} {FR_MONTHS[written.month - 1]} {written.year}"
    assert span(f"{fr} à {hour} h {minute:02d}", "fr", None) == day(written)
    assert span(f"{fr} au soir", "fr", None) == day(written)
    en = f"{EN_MONTHS[written.month - 1]} {written.day}, {written.year}"
    assert span(f"{en} at {hour}:{minute:02d}", "en", None) == day(written)
    following = written + timedelta(days=1)
    if following.month == written.month:
        night = f"dans la nuit du {written.day} au {following.day} {FR_MONTHS[written.month - 1]}"
        assert span(f"{night} {written.year}", "fr", None) == (written, following, "range")


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["à", "vers", "dès", ""]))
def test_a_time_alone_is_never_a_day(hour: int, minute: int, lead: str) -> None:
    for text in (f"{lead} {hour} h {minute:02d}".strip(), f"{lead} {hour}h".strip()):
        assert "une heure n'est pas une date" in refused(text, "fr", REGIONAL)


# --- 2026: seasons run over months of two years ------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "months"),
    [
        ("fr", "la saison 2025", "écrivez ses mois"),
        ("fr", "depuis le début de la saison", "écrivez ses mois"),
        ("fr", "en début de saison", "écrivez ses mois"),
        ("fr", "à mi-saison", "écrivez ses mois"),
        ("fr", "en fin de saison", "écrivez ses mois"),
        ("fr", "la saison dernière", "écrivez ses mois"),
        ("en", "the 2025 season", "write its months"),
        ("en", "since the start of the season", "write its months"),
        ("en", "mid-season", "write its months"),
        ("en", "late in the season", "write its months"),
        ("en", "last season", "write its months"),
    ],
)
def test_a_season_is_refused_saying_to_write_its_months(
    language: str, text: str, months: str
) -> None:
    message = refused(text, language, REGIONAL)
    assert (
        "runs over months of two years, not over calendar years" in message
        or "court sur des mois de deux années, pas sur des années civiles" in message
    )
    assert months in message


@given(st.integers(min_value=1000, max_value=9998))
def test_a_season_with_its_years_is_read_as_its_months(first: int) -> None:
    # a school year runs from the rentrée (September) to August, a sports season from
    # July to June: never January to December of both years, where two seasons overlap
    school = (date(first, 9, 1), date(first + 1, 8, 31))
    season = (date(first, 7, 1), date(first + 1, 6, 30))
    for text, language, expected in (
        (f"la saison {first}-{first + 1}", "fr", season),
        (f"l'année scolaire {first}-{first + 1}", "fr", school),
        (f"the {first}-{(first + 1) % 100:02d} season", "en", season),
    ):
        period = parse_date(text, language, None)
        assert (period.start, period.end) == expected, text


# --- 2026: weekdays named without a date, for the weekday rule ---------------------------------


@pytest.mark.parametrize(
    ("language", "text", "named"),
    [
        ("fr", "Le suspect a été interpellé mardi soir", ["mardi"]),
        ("fr", "Interpellé mardi, il sera jugé jeudi", ["mardi", "jeudi"]),
        ("fr", "Dimanche, les électeurs se sont rendus aux urnes", ["Dimanche"]),
        ("fr", "dans la nuit de samedi à dimanche", ["samedi", "dimanche"]),
        ("fr", "interpellé mardi 9 décembre", []),  # a date: checked as one
        ("fr", "les grèves de mardi 22 et jeudi 23 octobre", []),
        ("fr", "le défilé du Mardi gras", []),
        ("fr", "le lundi de Pâques, le vendredi saint", []),
        ("fr", "selon le Journal du dimanche", []),
        ("fr", "chaque lundi, le mardi, tous les jeudis", []),  # habits
        ("fr", "le marché de mars, la mer, un jeu", []),  # abbreviations are other words
        ("en", "arrested on Tuesday night", ["Tuesday"]),
        ("en", "Tuesday's vote", ["Tuesday"]),
        ("en", "Super Tuesday, Black Friday, the Sunday Times, Good Friday", []),
        ("en", "every Monday, on Mondays", []),
        ("en", "the Sun, a sat nav, Wed.", []),
        ("en", "on Monday, July 27, 2015", []),
    ],
)
def test_weekday_names_without_a_date(language: str, text: str, named: list[str]) -> None:
    found = find_weekday_names(text, language)
    assert [name.written for name in found] == named
    for name in found:
        assert text[name.start : name.start + len(name.written)] == name.written
        names = FR_WEEKDAYS if language == "fr" else EN_WEEKDAYS
        assert names[name.weekday].lower() == name.written.lower()


@given(st.text(max_size=40), st.sampled_from(["fr", "en", "de", "xx"]))
def test_weekday_names_never_raise_and_name_weekdays(text: str, language: str) -> None:
    for name in find_weekday_names(text, language):
        assert text[name.start : name.start + len(name.written)] == name.written
        assert 0 <= name.weekday <= 6


# --- 2026: the caches give the plain readings of the new forms ---------------------------------

NEW_WORDS = [
    *("ce", "cet", "this", "past", "coming", "dimanche", "Sunday", "mardi", "Tuesday", "soir"),
    *("matin", "night", "late", "overnight", "into", "dans", "la", "nuit", "de", "du", "à", "au"),
    *("3", "4", "mai", "May", "vers", "23 h", "at 11 p.m.", "en", "cinq", "ans", "years", "over"),
    *("the", "pendant", "depuis", "trois", "mois", "dernières", "années", "saison", "season"),
    *("2025-2026", "2025-26", "début", "start", "of", "hier", "il y a", "deux", "decade", "a"),
]
new_texts = st.lists(st.sampled_from(NEW_WORDS), min_size=1, max_size=5).map(" ".join)


@slow
@given(new_texts, st.sampled_from(["fr", "en"]), st.lists(st.tuples(publications, st.booleans())))
def test_a_cached_reading_of_the_new_forms_is_the_uncached_one(
    text: str, language: str, readings: list[tuple[date, bool]]
) -> None:
    for published, ahead in [*readings, (None, False)]:
        expected = _outcome(partial(dates_module._parse, text, language, published, ahead=ahead))
        for _ in range(2):  # the second from the cache
            read = partial(parse_date, text, language, published, ahead=ahead)
            assert _outcome(read) == expected, (text, published, ahead)


# --- a guard's false alarm: "January 1" in an article of 2001 ------------------------------------


def test_a_day_whose_number_is_the_publications_two_digit_year_is_that_day() -> None:
    # the guard against "Jan 13, 14" (13 January 2014) read the 1 of "January 1" as 2001
    published = D(2001, 1, 1)
    assert dates_module._slow("January 1", "en", published).start == published
    assert span("January 1", "en", published) == day(published)
    with pytest.raises(DateSyntaxError, match="four digits"):
        parse_date("Jan 13, 14", "en", D(2014, 3, 1))
