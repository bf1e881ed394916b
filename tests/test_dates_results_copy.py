"""The date readings the tech & telecoms and the defence & migration desks found wrong.

Results copy dates its figures by the day a period ended ("the quarter ended June 30,
2025", "le trimestre clos le 30 juin 2025"), by the month a quarter ends ("the June
quarter"), by a company's financial year ("troisième trimestre de son exercice
2024-2025"); a war desk names an attack by its day ("le 7-Octobre"); and a weekday one
day off, right the next year, hid a past date's slip in the text. Each is read as the desk
meant, or refused saying what to write. Each test names the audit finding it pins.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import (
    PAST_NEARER_DAYS,
    DateSyntaxError,
    Period,
    find_weekday_dates,
    in_year,
    parse_date,
    weekday_name,
)

D = date
JULY_2025 = D(2025, 7, 31)
GAZA = D(2024, 11, 10)  # the AFP story of the 400th day of the war

EN_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip
COUNTS = {3: "three", 6: "six", 9: "nine", 12: "twelve"}
ends = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))


def read(text: str, language: str, published: date | None = JULY_2025, **kw: object) -> Period:
    return parse_date(text, language, published, **kw)  # type: ignore[arg-type]


def refusal(text: str, language: str, published: date | None = JULY_2025, **kw: object) -> str:
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, published, **kw)  # type: ignore[arg-type]
    return str(error.value)


def last_day(day: date) -> bool:
    return (day + timedelta(days=1)).day == 1


def months_back(day: date, n: int) -> date:
    """The same day `n` months before, the month's last if it has fewer days."""
    index = day.year * 12 + day.month - 1 - n
    year, month = divmod(index, 12)
    month += 1
    for number in range(day.day, 27, -1):
        try:
            return D(year, month, number)
        except ValueError:
            continue
    return D(year, month, day.day)


def assert_months_ending(start: date, end: date, written_end: date, n: int) -> None:
    """The period is `n` months long and ends on the day written."""
    assert end == written_end
    if last_day(written_end):  # whole months: "ended June 30" is April to June
        assert start.day == 1
        assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == n - 1
    else:  # from the day after the same day n months before
        assert start - timedelta(days=1) == months_back(written_end, n)


# --- tech M4: "the quarter ended June 30, 2025" started a day early ----------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("the quarter ended June 30, 2025", D(2025, 4, 1), D(2025, 6, 30)),
        ("the six months ended June 30, 2025", D(2025, 1, 1), D(2025, 6, 30)),
        ("the nine months ended Sept. 30, 2025", D(2025, 1, 1), D(2025, 9, 30)),
        ("the quarter ended April 30, 2025", D(2025, 2, 1), D(2025, 4, 30)),
        ("the quarter ended Nov. 30, 2024", D(2024, 9, 1), D(2024, 11, 30)),
        ("the quarter ended March 31, 2025", D(2025, 1, 1), D(2025, 3, 31)),
        ("the year to 15 March 2025", D(2024, 3, 16), D(2025, 3, 15)),
        ("the quarter ended May 30, 2025", D(2025, 3, 1), D(2025, 5, 30)),
    ],
)
def test_a_period_ended_on_a_day_starts_the_day_after_the_same_day_before(
    text: str, start: date, end: date
) -> None:
    period = read(text, "en")
    assert (period.start, period.end) == (start, end)


@given(ends, st.sampled_from(sorted(COUNTS)))
def test_the_n_months_ended_a_day_are_n_months_to_it(end: date, n: int) -> None:
    written = f"the {COUNTS[n]} months ended {EN_MONTHS[end.month - 1]} {end.day}, {end.year}"
    period = read(written, "en")
    assert_months_ending(period.start, period.end, end, n)


@given(ends, st.sampled_from(sorted(COUNTS)))
def test_les_n_mois_clos_le_jour_are_n_months_to_it(end: date, n: int) -> None:
    written = f"les {n} mois clos le {end.day} {FR_MONTHS[end.month - 1]} {end.year}"
    period = read(written, "fr")
    assert_months_ending(period.start, period.end, end, n)


def test_the_quarter_ended_june_30_is_the_second_quarter_for_same_fact() -> None:
    q2 = read("Q2 2025", "en")
    ended = read("the quarter ended June 30, 2025", "en")
    assert (ended.start, ended.end) == (q2.start, q2.end)


# --- tech m5: results-copy periods -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("the June quarter", D(2025, 4, 1), D(2025, 6, 30)),
        ("the September quarter", D(2025, 7, 1), D(2025, 9, 30)),  # started before July 31
        ("the December quarter", D(2024, 10, 1), D(2024, 12, 31)),
        ("the June quarter of 2024", D(2024, 4, 1), D(2024, 6, 30)),
        ("the December 2024 quarter", D(2024, 10, 1), D(2024, 12, 31)),
        ("calendar 2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("CY2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("Q3 CY2024", D(2024, 7, 1), D(2024, 9, 30)),
        ("the fiscal year ended June 30, 2025", D(2024, 7, 1), D(2025, 6, 30)),
    ],
)
def test_results_copy_periods_read_en(text: str, start: date, end: date) -> None:
    period = read(text, "en")
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "trimestre clos le 30 juin 2025",
        "le trimestre clos le 30 juin 2025",
        "le trimestre à fin juin 2025",
        "le trimestre clos fin juin 2025",
    ],
)
def test_le_trimestre_clos_le_30_juin_is_april_to_june(text: str) -> None:
    period = read(text, "fr")
    assert (period.start, period.end) == (D(2025, 4, 1), D(2025, 6, 30))


def test_l_exercice_clos_le_30_septembre_is_the_twelve_months_to_it() -> None:
    period = read("l'exercice clos le 30 septembre 2025", "fr")
    assert (period.start, period.end) == (D(2024, 10, 1), D(2025, 9, 30))


@given(st.integers(1901, 2099), st.integers(1, 12))
def test_the_month_quarter_is_the_three_months_ending_with_it(year: int, month: int) -> None:
    period = read(f"the {EN_MONTHS[month - 1]} quarter of {year}", "en")
    assert period.end == D(year, month, 1) + timedelta(days=31) - timedelta(
        days=(D(year, month, 1) + timedelta(days=31)).day
    )
    assert period.start.day == 1
    assert (period.end.year * 12 + period.end.month) - (
        period.start.year * 12 + period.start.month
    ) == 2


@given(st.integers(1000, 9999))
def test_calendar_and_cy_years_are_the_year(year: int) -> None:
    for written in (f"calendar {year}", f"CY{year}", f"calendar year {year}"):
        period = read(written, "en")
        assert (period.start, period.end) == (D(year, 1, 1), D(year, 12, 31))


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("the holiday quarter", "write its months, as October to December 2024"),
        ("last quarter", "write it, as Q2 2025"),
        ("trailing twelve months", "write the month they end, as the 12 months to June 2025"),
        ("TTM", "write the month they end, as the 12 months to June 2025"),
        ("CY24", "write the year in four digits, as CY2024"),
        (
            "the fiscal year ended Sept. 27, 2025",
            "52 or 53 weeks: write its first and last days, as Sept. 29, 2024 to Sept. 27, 2025",
        ),
    ],
)
def test_results_copy_periods_refused_say_what_to_write(text: str, says: str) -> None:
    message = refusal(text, "en")
    assert says in message
    assert "financial_year_start" not in message


def test_le_dernier_trimestre_says_what_to_write() -> None:
    assert "écrivez-le, comme T2 2025 ou le trimestre dernier" in refusal(
        "le dernier trimestre", "fr"
    )


# --- tech M6: a quarter of "son exercice 2024-2025" with financial_year_start set --------------


@given(st.integers(2, 12), st.integers(1, 4), st.integers(1950, 2090))
def test_a_quarter_in_words_of_a_financial_year_reads_as_its_code(
    start: int, quarter: int, first: int
) -> None:
    ordinals_fr = {1: "premier", 2: "deuxième", 3: "troisième", 4: "quatrième"}
    ordinals_en = {1: "first", 2: "second", 3: "third", 4: "fourth"}
    years = f"{first}/{str(first + 1)[2:]}"
    coded = read(f"T{quarter} {years}", "fr", financial_year_start=start)
    for written in (
        f"{ordinals_fr[quarter]} trimestre de son exercice {first}-{first + 1}",
        f"au {ordinals_fr[quarter]} trimestre de l'exercice {first}-{first + 1}",
        f"T{quarter} de l'exercice {first}-{first + 1}",
    ):
        period = read(written, "fr", financial_year_start=start)
        assert (period.start, period.end) == (coded.start, coded.end), written
    fy = read(f"Q{quarter} FY{first + 1}", "en", financial_year_start=start)
    for written in (
        f"{ordinals_en[quarter]} quarter of fiscal {first + 1}",
        f"the {ordinals_en[quarter]} quarter of fiscal year {first + 1}",
        f"fiscal Q{quarter} {first + 1}",
    ):
        period = read(written, "en", financial_year_start=start)
        assert (period.start, period.end) == (fy.start, fy.end), written


def test_a_fiscal_quarter_without_its_year_asks_for_the_year_not_the_setting() -> None:
    message = refusal("the fiscal third quarter", "en", financial_year_start=10)
    assert "write the financial year" in message
    assert "set financial_year_start" not in message
    unset = refusal("troisième trimestre de son exercice 2024-2025", "fr")
    assert "réglez financial_year_start" in unset  # not set: the message says to set it


# --- defence 6: "le 7-Octobre" names the attack -------------------------------------------------


@pytest.mark.parametrize("text", ["le 7-Octobre", "depuis le 7-Octobre", "le 11-Septembre"])
def test_a_hyphenated_capitalised_day_names_an_event_refused(text: str) -> None:
    message = refusal(text, "fr", GAZA)
    assert "nomme un événement" in message
    assert "écrivez sa date avec son année, comme le 7 octobre 2023" in message


def test_the_day_written_plainly_or_with_its_year_still_reads() -> None:
    assert read("le 7 octobre", "fr", GAZA).start == D(2024, 10, 7)
    assert read("le 7-Octobre 2023", "fr", GAZA).start == D(2023, 10, 7)
    assert read("Oct. 26-Nov. 1", "en_US", D(2024, 11, 13)).start == D(2024, 10, 26)


@pytest.mark.parametrize("language", ["en", "en_US", "en_GB"])
def test_nine_eleven_without_its_year_is_refused(language: str) -> None:
    assert "write the date with its year, as Sept. 11, 2001" in refusal("since 9/11", language)
    assert read("9/11/2001", "en_US").start == D(2001, 9, 11)


# --- defence 9: refusals without a hint ---------------------------------------------------------


def test_un_an_jour_pour_jour_says_to_write_the_day_or_il_y_a_un_an() -> None:
    message = refusal("il y a un an jour pour jour", "fr", GAZA)
    assert "écrivez ce jour, comme le 10 novembre 2023, ou il y a un an" in message


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [("à l'aube", "fr", "écrivez son jour, comme "), ("at dawn", "en", "write its day, as ")],
)
def test_a_part_of_a_day_alone_says_to_write_its_day(
    text: str, language: str, message: str
) -> None:
    assert message in refusal(text, language, GAZA)
    assert read("samedi à l'aube", "fr", GAZA).start == D(2024, 11, 9)
    assert read("at dawn on Saturday", "en", GAZA).start == D(2024, 11, 9)


# --- defence major 1: a past date whose weekday is right only the next year ---------------------


@given(st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)), st.integers(32, 330))
def test_a_wrong_weekday_of_a_recent_past_day_keeps_that_day_as_maybe_meant(
    published: date, back: int
) -> None:
    day = published - timedelta(days=back)
    ahead = in_year(day, day.year + 1)
    if ahead is None or ahead <= published or ahead.weekday() == day.weekday():
        return
    text = f"Le cessez-le-feu était entré en vigueur {weekday_name(ahead.weekday(), 'fr')}"
    text += f" {day.day} {FR_MONTHS[day.month - 1]}."
    (mention,) = find_weekday_dates(text, "fr", published)
    assert mention.period.start == ahead  # as parse_date reads it: the weekday is right there
    if back <= PAST_NEARER_DAYS:
        assert mention.past == day
    else:
        assert mention.past is None


def test_a_date_written_with_its_year_has_no_other_reading() -> None:
    (mention,) = find_weekday_dates("mercredi 27 août 2025", "fr", GAZA)
    assert mention.past is None
