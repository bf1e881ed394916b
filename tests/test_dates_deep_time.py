"""Dates of deep time, eras and mission clocks, as the science desk found them misread.

"20,000 years ago" was the year 2005 (dateparser read "20" and dropped ",000"), "il y a
20 000 ans" the publication's year, "79 AD" the year 1979 and "T+2 min" the publication
day, each in silence. A count is now read whole, whatever its group marks, or refused
beyond what a calendar date can hold, saying to write the figure as a value; a year of
an era is that year, before the common era refused; a mission clock is no date. Each test
names the audit finding it pins (science desk, major 4).
"""

from __future__ import annotations

import textwrap
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import DateSyntaxError, parse_date
from factcheck.values import parse_value
from tests.conftest import WriteFiles, source_block, verify_folder

D = date
PUBLISHED = D(2025, 3, 12)  # the science desk's probes

publications = st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31))
english = st.sampled_from(["en", "en_GB", "en_US"])


def refusal(text: str, language: str, published: date | None = PUBLISHED) -> str:
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, published)
    return str(error.value)


def grouped(n: int, mark: str) -> str:
    """The number with a group mark every three figures: 20000 is "20,000" with ","."""
    return f"{n:,}".replace(",", mark)


# --- the auditor's reproductions -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("20,000 years ago", "en_GB", "20,000 years"),  # was the year 2005
        ("20000 years ago", "en_GB", "20000 years"),  # was refused, saying nothing
        ("il y a 20 000 ans", "fr", "20 000 ans"),  # was the year 2025
        ("il y a 20\u202f000 ans", "fr", "20 000 ans"),  # a narrow no-break space
        ("65 million years ago", "en", "65 million years"),
        ("il y a 65 millions d'années", "fr", "65 millions d'années"),
        ("2.5 million years ago", "en", "2.5 million years"),
        ("about 20,000 years ago", "en", "20,000 years"),
        ("il y a environ 20 000 ans", "fr", "20 000 ans"),  # was the year 2025
        ("depuis 20 000 ans", "fr", "20 000 ans"),  # was the year 2025
        ("dans 20 000 ans", "fr", "20 000 ans"),  # was the year 2025
        ("20 000 ans", "fr", "20 000 ans"),  # was the year 2025
        ("2,025 years ago", "en", "2,025 years"),  # the year 0
    ],
)
def test_a_count_beyond_the_calendar_is_refused_saying_to_write_a_value(
    text: str, language: str, figure: str
) -> None:
    message = refusal(text, language)
    assert f'value: "{figure}"' in message
    assert "1 à 9999" in message if language == "fr" else "years 1 to 9999" in message
    assert "when" in message
    # the value the message proposes is one the value grammar reads, in years
    assert str(parse_value(figure, language).quantity.unit) == "year"


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("2,000 years ago", "en", 25),  # was 2023
        ("2 000 years ago", "en_GB", 25),
        ("il y a 2 000 ans", "fr", 25),  # was 2025
        ("1 500 years ago", "en_GB", 525),  # was 1525
        ("il y a 1 500 ans", "fr", 525),  # was 1525
        ("2,024 years ago", "en", 1),
        ("depuis 1 000 ans", "fr", 1025),  # was 2025
    ],
)
def test_a_grouped_count_back_is_the_year_it_reaches(text: str, language: str, year: int) -> None:
    period = parse_date(text, language, PUBLISHED)
    assert (period.start, period.end) == (D(year, 1, 1), D(year, 12, 31))


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("10,000 days ago", "en", D(1997, 10, 25), D(1997, 10, 25)),  # was 10 days ago
        ("il y a 10 000 jours", "fr", D(1997, 10, 25), D(1997, 10, 25)),
        ("il y a 1 200 mois", "fr", D(1925, 3, 1), D(1925, 3, 31)),  # was July 2008
        ("1,000 weeks ago", "en", D(2006, 1, 9), D(2006, 1, 15)),  # was a week ago
        ("in 1,000 days", "en", D(2027, 12, 7), D(2027, 12, 7)),
        ("dans 1 000 jours", "fr", D(2027, 12, 7), D(2027, 12, 7)),  # was publication
    ],
)
def test_a_grouped_count_of_days_weeks_or_months_is_counted_whole(
    text: str, language: str, start: date, end: date
) -> None:
    period = parse_date(text, language, PUBLISHED)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "language", "fix"),
    [
        ("20.000 years ago", "en", "write 20,000"),  # 20, or 20,000?
        ("il y a 20.000 ans", "fr", "écrivez 20 000"),  # was the year 2005
        ("il y a 20,000 ans", "fr", "écrivez 20 000"),  # 20 in French
        ("20'000 years ago", "en_GB", "write 20,000"),  # was the year 2025
    ],
)
def test_a_group_mark_the_language_does_not_group_with_is_refused(
    text: str, language: str, fix: str
) -> None:
    assert refusal(text, language).endswith(fix)


@given(
    st.integers(min_value=1000, max_value=10**7),
    st.sampled_from([",", " ", "\u00a0", "\u202f", ".", "'"]),
    st.sampled_from([("en", "{} years ago"), ("en_GB", "{} years ago"), ("fr", "il y a {} ans")]),
    publications,
)
def test_a_count_of_years_back_with_group_marks_is_never_another_year(
    n: int, mark: str, form: tuple[str, str], published: date
) -> None:
    """Science major 4: "N years ago" is publication's year minus N, or refused."""
    language, pattern = form
    try:
        period = parse_date(pattern.format(grouped(n, mark)), language, published)
    except DateSyntaxError:
        return
    assert (period.start, period.end) == (
        D(published.year - n, 1, 1),
        D(published.year - n, 12, 31),
    )


@given(
    st.integers(min_value=1, max_value=2100),
    st.sampled_from([("en", "{} years ago"), ("fr", "il y a {} ans"), ("fr", "depuis {} ans")]),
    publications,
)
def test_a_count_of_years_back_reads_the_same_grouped_or_not(
    n: int, form: tuple[str, str], published: date
) -> None:
    language, pattern = form
    mark = "," if language == "en" else " "
    plain, with_marks = pattern.format(n), pattern.format(grouped(n, mark))
    if published.year - n < 1:
        assert "9999" in refusal(with_marks, language, published)
        assert "9999" in refusal(plain, language, published)
        return
    expected = (D(published.year - n, 1, 1), D(published.year - n, 12, 31))
    for text in (plain, with_marks):
        period = parse_date(text, language, published)
        assert (period.start, period.end) == expected


# --- eras: a year of the common era reads, one before it cannot -----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("79 AD", "en_GB"),  # was the year 1979
        ("AD 79", "en_GB"),  # was refused: "write the year in four digits"
        ("in AD 79", "en"),
        ("A.D. 79", "en"),
        ("79 CE", "en"),
        ("79 apr. J.-C.", "fr"),
        ("en 79 après J.-C.", "fr"),
        ("79 de notre ère", "fr"),
    ],
)
def test_a_year_of_the_common_era_is_that_year(text: str, language: str) -> None:
    period = parse_date(text, language, PUBLISHED)
    assert (period.start, period.end, period.granularity) == (D(79, 1, 1), D(79, 12, 31), "year")


@given(st.integers(min_value=1, max_value=9999), english)
def test_ad_before_or_after_the_year_agree(year: int, language: str) -> None:
    before = parse_date(f"AD {year}", language, PUBLISHED)
    after = parse_date(f"{year} AD", language, PUBLISHED)
    assert (
        (before.start, before.end) == (after.start, after.end) == (D(year, 1, 1), D(year, 12, 31))
    )


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("500 BC", "en", "a year before the common era cannot be a `when`"),
        ("500 BCE", "en", "a year before the common era cannot be a `when`"),
        ("753 B.C.", "en_GB", "leave out `when` and write the year in a `note`"),
        ("500 av. J.-C.", "fr", "une année avant notre ère ne peut pas être un `when`"),
        ("en 52 avant Jésus-Christ", "fr", "écrivez l'année dans une `note`"),
        ("24 August AD 79", "en_GB", "write the year (AD 79), not a day or a month"),
        ("24 août 79 apr. J.-C.", "fr", "écrivez l'année (79 apr. J.-C.)"),
    ],
)
def test_a_year_before_the_era_or_a_day_of_an_era_is_refused(
    text: str, language: str, said: str
) -> None:
    assert said in refusal(text, language)


# --- a mission clock counts from an event ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("T+2 min", "en_GB"),  # was the publication day
        ("T-10 s", "en"),  # was the day before publication
        ("T+2", "en"),  # was 2 January
        ("T-minus 10 minutes", "en"),
        ("L+3 days", "en"),
        ("J-3", "fr"),
        ("à J-3", "fr"),
        ("H-2", "fr"),  # was 2 January
    ],
)
def test_a_mission_clock_is_no_date(text: str, language: str) -> None:
    message = refusal(text, language)
    assert ("write the event's day" in message) or ("écrivez le jour de l'événement" in message)


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        ("T1 2015", "fr", D(2015, 1, 1)),
        ("T3-2025", "fr", D(2025, 7, 1)),
        ("H1 2025", "en", D(2025, 1, 1)),
        ("2015-07-27T10:00", "en", D(2015, 7, 27)),
        ("Sunday 9 March, 0100 to 0300 GMT", "en_GB", D(2025, 3, 9)),
    ],
)
def test_codes_and_times_that_look_like_a_clock_still_read(
    text: str, language: str, start: date
) -> None:
    assert parse_date(text, language, PUBLISHED).start == start


def test_a_year_before_a_local_time_is_a_year_not_a_wire_time() -> None:
    """Science articles/fukushima: "2011 à 14 h 46 heure locale" was read as 20:11."""
    period = parse_date("vendredi 11 mars 2011 à 14 h 46 heure locale", "fr", D(2025, 3, 11))
    assert (period.start, period.end) == (D(2011, 3, 11), D(2011, 3, 11))


# --- in a claim file ----------------------------------------------------------------------------


def test_the_desks_probe_reports_every_misread_date(write_files: WriteFiles) -> None:
    """Science probes/dates.yaml: no finding was given but for "20000 years ago"."""
    folder = write_files(
        {
            "dates.yaml": source_block(language="en_GB", published="2025-03-12")
            + textwrap.dedent(
                """\
            claims:
              - {id: a, quote: "Humans reached the island 20,000 years ago", subject: island,
                 property: first_humans, when: "20,000 years ago"}
              - {id: b, quote: "Vesuvius buried Pompeii in 79 AD", subject: Pompeii,
                 property: buried, when: "79 AD"}
              - {id: c, quote: "Stage separation came at T+2 min", subject: rocket,
                 property: separation, when: "T+2 min"}
              - {id: d, quote: "Humans reached the island 20000 years ago", subject: island2,
                 property: first_humans, when: "20000 years ago"}
              - {id: e, quote: "Vesuvius erupted in AD 79", subject: Pompeii,
                 property: eruption, when: "AD 79"}
            checks:
              - {id: o, expect: "years(b, e) == 0 year"}
            """
            ),
        }
    )
    found = {(f.rule, f.message.split(":")[0]) for f in verify_folder(folder).findings}
    assert found == {
        ("invalid-date", "claim 'a'"),
        ("invalid-date", "claim 'c'"),
        ("invalid-date", "claim 'd'"),
    }
