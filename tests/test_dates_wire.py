"""The date readings the international and local-news desks found wrong.

Wire copy times an event in GMT ("Sunday 9 March, 0845 GMT"): the four figures were read as
the year. Two weekdays in a row, a span of hours to a time, a past fact with a wrong
weekday near publication: each is read as the desk meant, or refused saying what to
write. Each test names the audit finding it pins.
"""

from __future__ import annotations

import textwrap
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import (
    DateSyntaxError,
    find_days,
    find_weekday_dates,
    parse_date,
    weekday_name,
)
from tests.conftest import WriteFiles, source_block, verify_folder

D = date
NEPAL = D(2025, 3, 10)  # the Reuters quake story, a Monday: the quake hit Sunday 9 March
PLUVIGNER = D(2026, 3, 16)  # the Ouest-France accident story, a Monday

publications = st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31))


def read(text: str, language: str, published: date | None, **kw: object) -> tuple[date, date]:
    period = parse_date(text, language, published, **kw)  # type: ignore[arg-type]
    return period.start, period.end


def refusal(text: str, language: str, published: date | None = NEPAL) -> str:
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, published)
    return str(error.value)


# --- intl B1 and M1: a time with its zone is a time, never a year or a day -------------------


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Sunday 9 March, 0845 GMT", "en_GB", D(2025, 3, 9)),  # was 9 March 845
        ("Sunday, March 9, 1430 GMT", "en", D(2025, 3, 9)),  # was 9 March 1430
        ("Saturday 8 March, 2115 GMT", "en_GB", D(2025, 3, 8)),  # was 8 March 2115
        ("0845 GMT on Sunday", "en", D(2025, 3, 9)),  # was the year 845
        ("1430 GMT on Sunday", "en", D(2025, 3, 9)),  # was the year 1430
        ("March 9 at 1430 GMT", "en", D(2025, 3, 9)),  # was 9 March 1430
        ("at 2115 GMT on Saturday", "en", D(2025, 3, 8)),  # was the year 2115
        ("Sunday (2115 GMT)", "en", D(2025, 3, 9)),  # was the year 2115
        ("Sunday, 1430 UTC", "en", D(2025, 3, 9)),  # was the year 1430
        ("Sunday 08:45 GMT", "en", D(2025, 3, 9)),  # refused: "write the day"
        ("Sunday 1430 local", "en", D(2025, 3, 9)),  # refused
        ("at about 0845 GMT on Sunday", "en", D(2025, 3, 9)),
        ("between 0100 and 0300 GMT on Sunday", "en", D(2025, 3, 9)),  # was 1 January 100
        ("Saturday at 10.15pm GMT", "en", D(2025, 3, 8)),
        ("9 March 2025, 0845 GMT", "en_GB", D(2025, 3, 9)),
        ("Sunday at 3am local time", "en", D(2025, 3, 9)),  # refused with no hint
        ("at 11 p.m. Eastern time Sunday", "en", D(2025, 3, 9)),
        ("samedi à 23 h GMT", "fr", D(2025, 3, 8)),  # was 23 January 2025
        ("samedi à 23 h UTC", "fr", D(2025, 3, 8)),  # was 23 January 2025
        ("dimanche (1 h GMT)", "fr", D(2025, 3, 9)),  # was 1 January 2025
        ("samedi (23 h GMT)", "fr", D(2025, 3, 8)),  # was 23 January 2025
        ("dimanche 9 mars à 3 h (heure locale)", "fr", D(2025, 3, 9)),  # refused, no hint
        ("samedi à 23 h (heure de Paris)", "fr", D(2025, 3, 8)),  # refused, no hint
        ("samedi vers 22 h 15 heure de Paris", "fr", D(2025, 3, 8)),
        ("dimanche 9 mars, à 3 heures du matin", "fr", D(2025, 3, 9)),  # "write the day"
        ("dimanche vers 2 heures du matin (heure locale, la même qu'à Paris)", "fr", D(2025, 3, 9)),
        ("entre 1 h et 3 h GMT dimanche", "fr", D(2025, 3, 9)),
    ],
)
def test_a_time_and_its_zone_are_dropped(text: str, language: str, day: date) -> None:
    assert read(text, language, NEPAL) == (day, day)


def test_a_forecasts_zoned_time_is_dropped_too() -> None:
    # "will land at 1430 GMT on Sunday" in Monday's paper: the next Sunday
    assert read("1430 GMT on Sunday", "en", NEPAL, ahead=True) == (D(2025, 3, 16), D(2025, 3, 16))


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("at 0600 GMT", "en", "a time of day is no date: write its day"),
        ("à 3 h GMT", "fr", "une heure n'est pas une date : écrivez son jour"),
    ],
)
def test_a_zoned_time_alone_is_refused_as_a_time_alone(
    text: str, language: str, message: str
) -> None:
    assert message in refusal(text, language)


def test_four_figures_before_a_zone_that_are_no_time_are_refused() -> None:
    message = refusal("Sunday 1999 GMT", "en")  # was the year 1999
    assert "'1999' is no time of day" in message
    assert "write the time, as 0845 GMT, or the day alone" in message


@pytest.mark.parametrize(
    "text",
    [
        "3am local time on Sunday (2115 GMT on Saturday)",
        "Sunday at 3am local time (2115 GMT Saturday)",
    ],
)
def test_a_time_in_another_zone_with_its_day_asks_which_day(text: str) -> None:
    message = refusal(text, "en_GB")
    assert "may fall on another day: write the day where it happened" in message
    assert "Sunday 9 March 2025 (at 3am local time), and give the other in a note" in message


def test_a_year_followed_by_local_is_still_a_year() -> None:
    # "local" alone is a zone only before punctuation or the end
    found = find_weekday_dates("On Sunday 9 March 2025 local elections were held.", "en", NEPAL)
    assert [(m.written, m.period.start) for m in found] == [("Sunday 9 March 2025", D(2025, 3, 9))]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The quake hit on Sunday 9 March, 0845 GMT, the USGS said.", "Sunday 9 March"),
        ("Sunday, March 9, 1430 GMT, the USGS said.", "Sunday, March 9"),
        ("The quake hit Saturday 8 March, 2115 GMT.", "Saturday 8 March"),
        ("It hit on Sunday 9 March, 0100 to 0300 GMT.", "Sunday 9 March"),
        ("It hit on Sunday 9 March, 0845 local time.", "Sunday 9 March"),
    ],
)
def test_the_text_scans_read_no_wire_time_as_a_year(text: str, written: str) -> None:
    weekdays = find_weekday_dates(text, "en", NEPAL)
    days = find_days(text, "en", NEPAL)
    assert [m.written for m in weekdays] == [written]
    assert [m.written for m in days] == [written]
    assert [m.period.start.year for m in weekdays] == [m.period.start.year for m in days] == [2025]
    assert not days[0].year_written


@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    zone=st.sampled_from(["GMT", "UTC", "local time", "BST"]),
    published=st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)),
)
def test_a_wire_time_never_changes_the_day(
    hour: int, minute: int, zone: str, published: date
) -> None:
    day = published - timedelta(days=1)
    written = f"{weekday_name(day.weekday(), 'en')} {day.day} {day:%B}"
    with_time = f"{written}, {hour:02d}{minute:02d} {zone}"
    assert read(with_time, "en_GB", published) == read(written, "en_GB", published)
    text = f"It hit on {with_time}, officials said."
    for found in (
        find_weekday_dates(text, "en_GB", published),
        find_days(text, "en_GB", published),
    ):
        assert [(m.written, m.period.start) for m in found] == [(written, day)]


def test_the_reuters_copy_passes(write_files: WriteFiles) -> None:
    # intl repro/gmttext and repro/gmtday: "9 March 845 was a Thursday", "(another year)"
    text = (
        "The quake hit on Sunday 9 March, 0845 GMT, the USGS said. Aftershocks followed on"
        " Sunday, March 9, 1430 GMT and Saturday 8 March, 2115 GMT was the foreshock.\n"
    )
    folder = write_files(
        {
            "g.txt": text,
            "g.yaml": source_block(language="en_GB", published="2025-03-10", text="g.txt")
            + textwrap.dedent(
                """\
            claims:
              - {id: q1, quote: "The quake hit on Sunday 9 March, 0845 GMT", subject: quake,
                 property: struck, when: "Sunday 9 March, 0845 GMT"}
              - {id: q2, quote: "The quake hit on Sunday 9 March, 0845 GMT", subject: quake,
                 property: magnitude_report, when: "Sunday 9 March"}
              - {id: g1, quote: "The quake hit on Sunday 9 March", subject: quake,
                 property: felt, when: 0845 GMT on Sunday}
            checks:
              - {id: qo, expect: "days(q1, q2) == 0 day"}
              - {id: go, expect: "days(g1, q1) == 0 day"}
            """
            ),
        }
    )
    assert [(f.rule, f.message) for f in verify_folder(folder).findings] == []


# --- intl minor 4, local m4: two weekdays in a row ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        ("Sunday and Monday", "en", D(2025, 3, 9)),  # refused: "write one period"
        ("Saturday and Sunday", "en", D(2025, 3, 8)),  # refused
        ("on Saturday and Sunday", "en", D(2025, 3, 8)),
        ("between Saturday and Sunday", "en", D(2025, 3, 8)),
        ("from Saturday to Sunday", "en", D(2025, 3, 8)),
        ("between 6 p.m. Saturday and 6 a.m. Sunday", "en", D(2025, 3, 8)),  # a fragment quoted
        ("from 6 p.m. Saturday to 6 a.m. Sunday", "en", D(2025, 3, 8)),  # "write the day"
        ("samedi et dimanche", "fr", D(2025, 3, 8)),  # refused
        ("de samedi 18 h à dimanche 6 h", "fr", D(2025, 3, 8)),
        ("entre samedi à 18 h et dimanche à 6 h", "fr", D(2025, 3, 8)),
    ],
)
def test_two_weekdays_in_a_row_are_the_two_days(text: str, language: str, first: date) -> None:
    assert read(text, language, NEPAL) == (first, first + timedelta(days=1))


def test_two_weekdays_read_as_the_night_over_them() -> None:
    night = read("dans la nuit de samedi à dimanche", "fr", NEPAL)
    assert read("samedi et dimanche", "fr", NEPAL) == night
    assert read("between 6 p.m. Saturday and 6 a.m. Sunday", "en", NEPAL) == read(
        "overnight Saturday into Sunday", "en", NEPAL
    )
    # a forecast's: the coming ones
    assert read("Saturday and Sunday", "en", NEPAL, ahead=True) == (D(2025, 3, 15), D(2025, 3, 16))


def test_two_weekdays_not_in_a_row_are_still_two_dates() -> None:
    assert "it names two dates: write one period" in refusal("Monday and Wednesday", "en")


@given(published=publications, weekday=st.integers(0, 6), ahead=st.booleans())
def test_two_weekdays_start_where_the_first_alone_does(
    published: date, weekday: int, ahead: bool
) -> None:
    first, second = weekday_name(weekday, "en"), weekday_name((weekday + 1) % 7, "en")
    start, _ = read(first, "en", published, ahead=ahead)
    assert read(f"{first} and {second}", "en", published, ahead=ahead) == (
        start,
        start + timedelta(days=1),
    )


# --- local m4: the hours to a time, a day counted from another event -------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the Met Office's rainfall: 9am Saturday to 9am Sunday (was refused, no reason)
        ("in the 24 hours to 9am on Sunday", "en_GB", (D(2025, 3, 8), D(2025, 3, 9))),
        ("the 24 hours to 9am Sunday", "en", (D(2025, 3, 8), D(2025, 3, 9))),
        ("in the 48 hours to 9am on Sunday", "en_GB", (D(2025, 3, 7), D(2025, 3, 9))),
        ("the 24 hours to noon on Sunday 9 March", "en_GB", (D(2025, 3, 8), D(2025, 3, 9))),
        ("the six hours to 9am on Sunday", "en_GB", (D(2025, 3, 9), D(2025, 3, 9))),
        ("the twelve hours to 9am on Sunday", "en_GB", (D(2025, 3, 8), D(2025, 3, 9))),
        ("the twenty-four hours to 0900 GMT on Sunday", "en_GB", (D(2025, 3, 8), D(2025, 3, 9))),
        ("les 24 heures jusqu'à 9 h dimanche", "fr", (D(2025, 3, 8), D(2025, 3, 9))),
    ],
)
def test_the_hours_to_a_time_are_the_days_they_run_over(
    text: str, language: str, expected: tuple[date, date]
) -> None:
    assert read(text, language, NEPAL) == expected


@pytest.mark.parametrize("text", ["the 24 hours to Sunday", "the 24 hours to midnight on Sunday"])
def test_the_hours_to_no_hour_say_what_to_write(text: str) -> None:
    message = refusal(text, "en_GB")
    assert "write the hour and the day the hours end, as the 24 hours to 9am on Sunday" in message


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("un an jour pour jour après", "fr"),  # was refused with no reason
        ("un an, jour pour jour, après", "fr"),
        ("un an après le drame", "fr"),
        ("a year to the day later", "en"),
        ("a year after the crash", "en"),
    ],
)
def test_a_span_from_another_event_says_what_to_write(text: str, language: str) -> None:
    message = refusal(text, language, PLUVIGNER)
    if language == "fr":
        assert "elle compte depuis une autre date que la publication, qu'elle n'écrit" in message
        assert "écrivez la période elle-même" in message
        return
    assert "it counts from another date than publication, which it does not write" in message
    assert "write the period itself" in message


# --- local m1: a wrong weekday near publication does not move a day a year ahead ------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("dimanche 14 mars", D(2026, 3, 14)),  # a Saturday; was 14 March 2027, a Sunday
        ("vendredi 20 mars", D(2026, 3, 20)),  # right: the coming Friday
        ("jeudi 19 février", D(2026, 2, 19)),  # right, a month before
        ("vendredi 20 février", D(2026, 2, 20)),  # a Friday; wrong a day off, 24 days before
        ("samedi 21 mars", D(2026, 3, 21)),  # a Saturday, right, in a week
        # far from publication, the weekday still tells the year
        ("dimanche 14 février", D(2026, 2, 14)),  # a Saturday, 30 days before
        ("mercredi 10 février", D(2027, 2, 10)),  # 34 days: 2026's is a Tuesday
    ],
)
def test_a_day_near_publication_keeps_its_year(text: str, day: date) -> None:
    assert read(text, "fr", PLUVIGNER) == (day, day)
    assert [m.period.start for m in find_weekday_dates(text, "fr", PLUVIGNER)] == [day]


@given(
    published=publications,
    before=st.integers(-7, 31),
    weekday=st.integers(0, 6),
    ahead=st.booleans(),
)
def test_a_yearless_day_near_publication_is_never_moved_a_year(
    published: date, before: int, weekday: int, ahead: bool
) -> None:
    day = published - timedelta(days=before)
    if day.month == 2 and day.day == 29:
        return
    text = f"{weekday_name(weekday, 'en')} {day.day} {day:%B}"
    start, _ = read(text, "en_GB", published, ahead=ahead)
    if ahead and day < published:  # a forecast's is the next such day
        assert start.replace(year=day.year) == day and start > published
    else:
        assert start == day


def test_the_pluvigner_accident_is_reported_on_its_day_with_no_follow_on(
    write_files: WriteFiles,
) -> None:
    # local m1: "fact after publication" on 14 mars 2027, and two errors about 2027
    folder = write_files(
        {
            "a.yaml": source_block(published="2026-03-16")
            + textwrap.dedent(
                """\
            claims:
              - {id: accident, quote: "L'accident s'est produit dimanche 14 mars",
                 subject: accident RD 768, property: happened, when: dimanche 14 mars}
              - {id: custody, quote: "placé en garde à vue dimanche", subject: conducteur,
                 property: held, when: 15 mars 2026}
              - {id: camors, quote: "le drame de Camors, le 15 mars 2025", subject: drame de Camors,
                 property: happened, when: 15 mars 2025}
            checks:
              - {id: chronologie, order: [camors, accident, custody]}
              - {id: un_an, expect: "days(camors, accident) < 366 day"}
            """
            ),
        }
    )
    found = [(f.rule, f.message) for f in verify_folder(folder).findings]
    assert found == [
        (
            "weekday-matches-date",
            "'dimanche 14 mars' in the 'when' and the quote of 'accident': 14 mars 2026 was a"
            " samedi",
        )
    ]
