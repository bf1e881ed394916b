"""The date readings five newsroom desks (climate, council, health, justice, sport) found wrong.

Each test names the audit finding it pins. A date read as another date is the worst
outcome: these forms are read as the desk meant, or refused saying what to write.
"""

from __future__ import annotations

import itertools
import re
import textwrap
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import dates as dates_module
from factcheck.config import Config, ConfigError, load_config
from factcheck.dates import DateSyntaxError, parse_date
from tests.conftest import WriteFiles, source_block, verify_folder

D = date
SUNDAY = D(2025, 12, 7)  # the sports desk's Sunday paper
MONDAY = D(2025, 11, 24)  # the justice desk's
THURSDAY = D(2025, 3, 20)  # the council desk's
CLIMATE = D(2025, 11, 13)

publications = st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31))


def read(text: str, language: str, published: date | None, **kw: object) -> tuple[date, date]:
    period = parse_date(text, language, published, **kw)  # type: ignore[arg-type]
    return period.start, period.end


# --- sport BLOCKER 2: a kick-off time in brackets ------------------------------------------


@pytest.mark.parametrize(
    ("text", "ahead", "day"),
    [
        ("samedi (21 h)", True, D(2025, 12, 13)),  # was 21 January 2025
        ("le 10 décembre (21 h)", True, D(2025, 12, 10)),  # was 10 December 2021
        ("mercredi 10 décembre (21 h)", True, D(2025, 12, 10)),
        ("dimanche (17 h 15)", True, SUNDAY),  # was 17 January 2015
        ("ce dimanche (17 h 15)", False, SUNDAY),
        ("samedi soir (20 h 45)", False, D(2025, 12, 6)),
        ("mercredi (21 h, Canal+)", True, D(2025, 12, 10)),
        ("le 14 décembre (15 h)", True, D(2025, 12, 14)),
    ],
)
def test_a_time_in_brackets_is_dropped_never_read_as_a_day_or_year(
    text: str, ahead: bool, day: date
) -> None:
    assert read(text, "fr", SUNDAY, ahead=ahead) == (day, day)


@given(
    st.sampled_from(["samedi", "le 10 décembre", "mercredi 10 décembre", "10 décembre 2025"]),
    st.integers(min_value=0, max_value=23),
    st.one_of(st.none(), st.integers(min_value=0, max_value=59)),
    st.booleans(),
)
def test_any_bracketed_time_reads_as_the_date_alone(
    written: str, hour: int, minute: int | None, ahead: bool
) -> None:
    time = f"{hour} h" if minute is None else f"{hour} h {minute:02d}"
    alone = parse_date(written, "fr", SUNDAY, ahead=ahead)
    with_time = parse_date(f"{written} ({time})", "fr", SUNDAY, ahead=ahead)
    assert (with_time.start, with_time.end) == (alone.start, alone.end)


def test_a_time_alone_in_brackets_is_refused_saying_to_write_the_day() -> None:
    with pytest.raises(DateSyntaxError, match="une heure n'est pas une date : écrivez son jour"):
        parse_date("(21 h)", "fr", SUNDAY)


def test_the_kickoff_reproduction_now_passes(write_files: WriteFiles) -> None:
    """sport repro/kickoff: the weekday rule blamed 21 janvier 2025 and 17 janvier 2015."""
    text = (
        "Marseille reçoit Nice dimanche (17 h 15). Le PSG retrouvera la Ligue des champions"
        " mercredi 10 décembre (21 h) face à l'Athletic Bilbao. Lens recevra Rennes samedi (21 h)."
    )
    claims = """\
        claims:
          - {id: om_nice, quote: "Marseille reçoit Nice dimanche (17 h 15)", subject: OM-Nice,
             property: kickoff, kind: forecast, when: dimanche (17 h 15)}
          - {id: psg, quote: "mercredi 10 décembre (21 h)", subject: PSG-Bilbao,
             property: kickoff, kind: forecast, when: mercredi 10 décembre (21 h)}
          - {id: lens, quote: "Lens recevra Rennes samedi (21 h)", subject: Lens-Rennes,
             property: kickoff, kind: forecast, when: samedi (21 h)}
        checks:
          - {id: timeline, order: [psg, lens]}
        """
    folder = write_files(
        {
            "k.yaml": source_block(language="fr", published="2025-12-07", text="k.txt")
            + textwrap.dedent(claims),
            "k.txt": text,
        }
    )
    report = verify_folder(folder)
    assert [f.message for f in report.findings if f.severity.label == "error"] == []


# --- justice major 2, council MAJOR 5: a day of the month alone ----------------------------


@pytest.mark.parametrize(
    ("language", "text", "published", "ahead", "day"),
    [
        ("fr", "le 1er", MONDAY, False, D(2025, 11, 1)),  # was 1 January 2025
        ("fr", "samedi 1er", MONDAY, False, D(2025, 11, 1)),
        ("fr", "depuis le 1er", MONDAY, False, D(2025, 11, 1)),
        ("fr", "au 1er", MONDAY, False, D(2025, 11, 1)),
        ("fr", "le 12", MONDAY, False, D(2025, 11, 12)),
        ("fr", "le 31", MONDAY, False, D(2025, 10, 31)),  # after the 24th: the month before
        ("fr", "mardi 18", MONDAY, False, D(2025, 11, 18)),
        ("fr", "le mardi 18", MONDAY, False, D(2025, 11, 18)),
        ("fr", "le 26", MONDAY, False, D(2025, 10, 26)),
        ("fr", "le 26", MONDAY, True, D(2025, 11, 26)),  # a forecast's: the next one
        ("fr", "le 2", MONDAY, True, D(2025, 12, 2)),
        ("en_GB", "the 16th", THURSDAY, False, D(2025, 3, 16)),  # was 16 January 2025
        ("en_GB", "Sunday the 16th", THURSDAY, False, D(2025, 3, 16)),
        ("en_GB", "on the 16th", THURSDAY, False, D(2025, 3, 16)),
        ("en_GB", "the 3rd", THURSDAY, False, D(2025, 3, 3)),
        ("en_GB", "the 21st", THURSDAY, False, D(2025, 2, 21)),
        ("en_GB", "the 21st", THURSDAY, True, D(2025, 3, 21)),
        ("en", "the 20th", THURSDAY, False, THURSDAY),  # the publication day itself
        ("fr", "le 1er", D(2025, 1, 10), False, D(2025, 1, 1)),
        ("fr", "le 15", D(2025, 1, 10), False, D(2024, 12, 15)),  # across New Year
        ("fr", "le 5", D(2025, 12, 10), True, D(2026, 1, 5)),
    ],
)
def test_a_day_alone_is_of_the_publication_month_or_the_one_before(
    language: str, text: str, published: date, ahead: bool, day: date
) -> None:
    assert read(text, language, published, ahead=ahead) == (day, day)


@given(publications, st.integers(min_value=1, max_value=31), st.booleans())
def test_a_day_alone_is_the_nearest_such_day_on_its_side_of_publication(
    published: date, number: int, ahead: bool
) -> None:
    try:
        period = parse_date(f"le {number}", "fr", published, ahead=ahead)
    except DateSyntaxError as error:  # only a month without that day: never a guess
        assert number > 28 and "écrivez le jour et son mois" in str(error)
        return
    day = period.start
    assert period.granularity == "day" and day.day == number
    if ahead:
        assert published <= day < published + timedelta(days=32)
    else:
        assert published - timedelta(days=32) < day <= published
    # never 1 January, dateparser's reading, unless the desk's month makes it so
    assert (day.month, day.day) != (1, 1) or published.month in (12, 1)


@pytest.mark.parametrize(
    ("text", "published", "message"),
    [
        ("le 31", D(2025, 3, 15), "février 2025, qui n'a pas de 31 : écrivez le jour et son mois"),
        ("le 30", D(2025, 3, 10), "février 2025, qui n'a pas de 30"),
        ("12", MONDAY, "un nombre seul n'est pas une date : écrivez le jour et son mois"),
        ("le 32", MONDAY, "écrivez le jour et son mois, comme le 12 novembre 2025"),
    ],
)
def test_a_day_alone_that_cannot_be_read_says_what_to_write(
    text: str, published: date, message: str
) -> None:
    with pytest.raises(DateSyntaxError, match=message):
        parse_date(text, "fr", published)


def test_a_day_alone_needs_the_publication_day() -> None:
    with pytest.raises(DateSyntaxError, match="has no year"):
        parse_date("le 12", "fr")


def test_a_day_alone_is_never_cached_by_text_alone() -> None:
    assert parse_date("le 12", "fr", MONDAY).start == D(2025, 11, 12)
    assert dates_module._by_text("le 12", "fr") is None
    assert parse_date("le 12", "fr", D(2025, 6, 20)).start == D(2025, 6, 12)


# --- justice minor 10: weekdays in a range, quinze jours ----------------------------------


def test_weekdays_before_the_days_of_a_range_are_read() -> None:
    both = read("du mardi 13 au vendredi 16 janvier", "fr", MONDAY)
    assert both == read("du 13 au 16 janvier", "fr", MONDAY) == (D(2026, 1, 13), D(2026, 1, 16))
    assert read("les mardi 13 et mercredi 14 janvier 2026", "fr", MONDAY) == (
        D(2026, 1, 13),
        D(2026, 1, 14),
    )


def test_the_weekdays_of_a_range_are_still_checked(write_files: WriteFiles) -> None:
    claims = """\
        claims:
          - {id: poll, quote: "du mardi 13 au jeudi 16 janvier", subject: x, property: polled,
             when: du mardi 13 au jeudi 16 janvier 2026}
        """
    folder = write_files(
        {"a.yaml": source_block(language="fr", published="2026-01-20") + textwrap.dedent(claims)}
    )
    messages = [f.message for f in verify_folder(folder).findings]
    assert any("16 janvier 2026 was a vendredi" in m for m in messages), messages


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("il y a quinze jours", "il y a deux semaines"),
        ("dans quinze jours", "dans deux semaines"),
        ("d'ici quinze jours", "dans deux semaines"),
    ],
)
def test_quinze_jours_is_two_weeks(text: str, same_as: str) -> None:
    assert read(text, "fr", MONDAY) == read(same_as, "fr", MONDAY)


def test_a_weekday_following_another_day_is_refused_saying_why() -> None:
    with pytest.raises(DateSyntaxError, match="compte depuis une autre date que la publication"):
        parse_date("le samedi suivant", "fr", SUNDAY)
    with pytest.raises(DateSyntaxError, match="write the day"):
        parse_date("the following Saturday", "en", SUNDAY)


# --- climate M2 and m3 ---------------------------------------------------------------------


@pytest.mark.parametrize("ahead", [False, True])
def test_this_decade_and_this_century_hold_publication(ahead: bool) -> None:
    # were 2015 and 1925, and a target "this decade" landed in 2015
    assert read("this decade", "en", CLIMATE, ahead=ahead) == (D(2020, 1, 1), D(2029, 12, 31))
    assert read("this century", "en", CLIMATE, ahead=ahead) == (D(2001, 1, 1), D(2100, 12, 31))
    assert read("cette décennie", "fr", CLIMATE, ahead=ahead) == (D(2020, 1, 1), D(2029, 12, 31))


@given(publications)
def test_this_decade_century_and_quarter_contain_publication(published: date) -> None:
    for text in ("this decade", "this century", "this quarter"):
        period = parse_date(text, "en", published)
        assert published in period
    assert parse_date("this decade", "en", published).start.year % 10 == 0


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("the year to September", D(2024, 10, 1), D(2025, 9, 30)),
        ("winter 2024-25", D(2024, 12, 1), D(2025, 2, 28)),  # December to February
        ("the early 2020s", D(2020, 1, 1), D(2023, 12, 31)),
        ("the late 2010s", D(2016, 1, 1), D(2019, 12, 31)),
        ("2030-35", D(2030, 1, 1), D(2035, 12, 31)),
        ("this quarter", D(2025, 10, 1), D(2025, 12, 31)),
    ],
)
def test_the_climate_desks_periods_are_read(text: str, start: date, end: date) -> None:
    assert read(text, "en", CLIMATE) == (start, end)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("by mid-century", "write the year or the years meant, as 2050"),
        ("pre-industrial", "a baseline, not a date: write the period it stands for"),
        ("pre-industrial levels", "as 1850-1900"),
    ],
)
def test_no_period_is_refused_saying_what_to_write(text: str, message: str) -> None:
    with pytest.raises(DateSyntaxError, match=message):
        parse_date(text, "en", CLIMATE, ahead=True)


# --- council MAJOR 1, 3, MINOR 7: financial years and UK periods ---------------------------


@pytest.mark.parametrize("text", ["2024/5", "2024/25", "2024-25", "2024/2025", "2024/25 "])
def test_a_financial_year_is_never_a_month(text: str) -> None:
    # "2024/5" was May 2024
    assert read(text, "en_GB", THURSDAY) == (D(2024, 1, 1), D(2025, 12, 31))
    assert read(text, "en_GB", THURSDAY, financial_year_start=4) == (D(2024, 4, 1), D(2025, 3, 31))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("FY2025", D(2024, 4, 1), D(2025, 3, 31)),  # the year it ends in
        ("FY25", D(2024, 4, 1), D(2025, 3, 31)),
        ("financial year 2024/25", D(2024, 4, 1), D(2025, 3, 31)),
        ("the 2024/25 financial year", D(2024, 4, 1), D(2025, 3, 31)),
        ("in 2025/26", D(2025, 4, 1), D(2026, 3, 31)),
        ("Q3 2024/25", D(2024, 10, 1), D(2024, 12, 31)),
        ("Q4 2024/25", D(2025, 1, 1), D(2025, 3, 31)),
        ("H2 2024/25", D(2024, 10, 1), D(2025, 3, 31)),
        ("Q1 FY2025", D(2024, 4, 1), D(2024, 6, 30)),
        ("2011-12", D(2011, 12, 1), D(2011, 12, 31)),  # ISO's December 2011 still: 2011/12
        ("2011/12", D(2011, 4, 1), D(2012, 3, 31)),
        ("2024-2026", D(2024, 1, 1), D(2026, 12, 31)),  # years, no financial year
    ],
)
def test_financial_years_with_their_first_month(text: str, start: date, end: date) -> None:
    assert read(text, "en_GB", THURSDAY, financial_year_start=4) == (start, end)


@given(
    st.integers(min_value=1900, max_value=2098),
    st.integers(min_value=2, max_value=12),
    st.sampled_from(["{a}/{b2}", "{a}-{b2}", "FY{b4}", "financial year {a}/{b2}", "{a}/{b4}"]),
)
def test_a_financial_year_is_twelve_months_from_its_first_month(
    first: int, month: int, form: str
) -> None:
    text = form.format(a=first, b2=f"{(first + 1) % 100:02d}", b4=first + 1)
    if text == f"{first}-{(first + 1) % 100:02d}" and (first + 1) % 100 <= 12:
        return  # "2011-12": ISO's month, documented
    period = parse_date(text, "en_GB", None, financial_year_start=month)
    assert period.start == D(first, month, 1)
    following = parse_date(
        f"{first + 1}/{(first + 2) % 100:02d}", "en", None, financial_year_start=month
    )
    assert period.end + timedelta(days=1) == following.start  # years in a row never overlap
    quarters = [
        parse_date(f"Q{n} {first}/{(first + 1) % 100:02d}", "en", None, financial_year_start=month)
        for n in range(1, 5)
    ]
    assert quarters[0].start == period.start and quarters[-1].end == period.end
    for before, after in itertools.pairwise(quarters):
        assert before.end + timedelta(days=1) == after.start


def test_a_swapped_financial_year_now_fails_an_order_check(write_files: WriteFiles) -> None:
    """council repro/fy_order: two years in a row overlapped, so order passed with an info."""
    claims = """\
        claims:
          - {id: roads_2024_25, quote: x, subject: roads, property: funding, when: 2024/25}
          - {id: extra, quote: x, subject: roads, property: extra_funding, when: 2023/24}
        checks:
          - {id: timeline, order: [roads_2024_25, extra]}
        """
    folder = write_files(
        {"t.yaml": source_block(language="en_GB", published="2025-04-10") + textwrap.dedent(claims)}
    )
    errors = [
        f.message
        for f in verify_folder(folder, "[dates]\nfinancial_year_start = 4\n").findings
        if f.rule == "order-holds"
    ]
    assert errors and "April 2024 – March 2025" in errors[0], errors


@pytest.mark.parametrize("text", ["FY2025", "FY25", "Q3 2024/25", "fiscal 2025"])
def test_without_its_first_month_a_financial_period_is_refused_saying_what_to_set(
    text: str,
) -> None:
    with pytest.raises(
        DateSyntaxError, match=r"set financial_year_start under \[dates\]"
    ) as caught:
        parse_date(text, "en_GB", THURSDAY)
    assert "July" not in str(caught.value)  # the old example, wrong for a UK council


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("the year to March 2025", D(2024, 4, 1), D(2025, 3, 31)),
        ("the 12 months to September 2024", D(2023, 10, 1), D(2024, 9, 30)),
        ("the three months to December 2024", D(2024, 10, 1), D(2024, 12, 31)),
        ("the four weeks to 2 March", D(2025, 2, 3), D(2025, 3, 2)),
        ("the year to 31 March 2025", D(2024, 4, 1), D(2025, 3, 31)),
        ("as at 31 March 2025", D(2025, 3, 31), D(2025, 3, 31)),
        ("w/c 10 March", D(2025, 3, 10), D(2025, 3, 16)),
        ("week commencing 10 March", D(2025, 3, 10), D(2025, 3, 16)),
        ("week beginning 10 March", D(2025, 3, 10), D(2025, 3, 16)),
        ("winter 2024/25", D(2024, 12, 1), D(2025, 2, 28)),  # December to February
        ("2022-24", D(2022, 1, 1), D(2024, 12, 31)),
    ],
)
def test_the_council_desks_periods_are_read(text: str, start: date, end: date) -> None:
    assert read(text, "en_GB", THURSDAY) == (start, end)
    # "the year to March 2025" is 12 months in any configuration
    assert read(text, "en_GB", THURSDAY, financial_year_start=7) == (start, end)


@given(
    st.integers(min_value=1, max_value=24),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1950, max_value=2090),
)
def test_the_n_months_to_a_month_end_with_it(n: int, month: int, year: int) -> None:
    name = D(2000, month, 1).strftime("%B")
    period = parse_date(f"the {n} months to {name} {year}", "en", None)
    assert period.end == parse_date(f"{name} {year}", "en", None).end
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    assert months == n and period.start.day == 1


def test_a_financial_year_start_is_keyed_apart_in_the_cache() -> None:
    assert read("2024/25", "en_GB", None) == (D(2024, 1, 1), D(2025, 12, 31))
    assert read("2024/25", "en_GB", None, financial_year_start=4) == (D(2024, 4, 1), D(2025, 3, 31))
    assert read("2024/25", "en_GB", None, financial_year_start=7) == (D(2024, 7, 1), D(2025, 6, 30))
    assert read("2024/25", "en_GB", None) == (D(2024, 1, 1), D(2025, 12, 31))


@pytest.mark.parametrize("start", [0, 13, True, "4"])
def test_a_financial_year_start_is_a_month(start: object) -> None:
    with pytest.raises(ValueError, match="financial_year_start must be a month, 1 to 12"):
        parse_date("2024/25", "en", None, financial_year_start=start)  # type: ignore[arg-type]


# --- configuration and loading --------------------------------------------------------------


def test_the_configuration_sets_the_financial_year_of_every_claim(write_files: WriteFiles) -> None:
    claims = """\
        claims:
          - {id: budget, quote: x, subject: council, property: spending, when: 2024/25}
        """
    folder = write_files(
        {"t.yaml": source_block(language="en_GB", published="2025-04-10") + textwrap.dedent(claims)}
    )
    (folder / "factcheck.toml").write_text("[dates]\nfinancial_year_start = 4\n", encoding="utf-8")
    config = load_config(folder / "factcheck.toml")
    assert config.dates.financial_year_start == 4
    claim = factcheck.load(folder, config).documents[0].claims[0]
    assert (claim.period.start, claim.period.end) == (D(2024, 4, 1), D(2025, 3, 31))
    plain = factcheck.load(folder, Config()).documents[0].claims[0]
    assert (plain.period.start, plain.period.end) == (D(2024, 1, 1), D(2025, 12, 31))


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[dates]\nfinancial_year_start = 13", "'dates.financial_year_start'"),
        ("[dates]\nfinancial_year_start = 'April'", "must be a whole number"),
        ("[dates]\nfinancial_year = 4", "unknown key 'dates.financial_year', did you mean"),
    ],
)
def test_a_bad_financial_year_start_is_refused(
    toml: str, message: str, write_files: WriteFiles
) -> None:
    path = write_files({"factcheck.toml": toml}) / "factcheck.toml"
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_a_financial_year_start_given_in_code_is_checked() -> None:
    assert Config(dates={"financial_year_start": 4}).dates.financial_year_start == 4  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="financial_year_start"):
        Config(dates={"financial_year_start": 0})  # type: ignore[arg-type]


# --- transport B1: a range of two yearless days is one span, never over two years ------------

GATWICK = D(2025, 10, 1)  # the transport desk's Gatwick article, a Wednesday
PUNCTUALITY = D(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "published", "fact", "forecast"),
    [
        # was 31 March 2026 - 26 October 2027 (a fact) and the same as a forecast
        ("from 31 March to 26 October", GATWICK, (D(2025, 3, 31), D(2025, 10, 26)), None),
        # was 18 May 2025 - 13 December 2026, and 2026 - 2027 as a forecast
        ("from 18 May to 13 December", PUNCTUALITY, (D(2025, 5, 18), D(2025, 12, 13)), None),
        ("from 31 March to 26 October", PUNCTUALITY, (D(2025, 3, 31), D(2025, 10, 26)), None),
        ("from 1 September to 31 October", GATWICK, (D(2025, 9, 1), D(2025, 10, 31)), None),
        ("March to October", GATWICK, (D(2025, 3, 1), D(2025, 10, 31)), None),
        ("du 1er mars au 31 octobre", GATWICK, (D(2025, 3, 1), D(2025, 10, 31)), None),
        # none holds publication: the nearest (days), the latest started (months); a
        # forecast's is the first that does not end before publication
        (
            "from 1 March to 30 November",
            D(2025, 12, 15),
            (D(2025, 3, 1), D(2025, 11, 30)),
            (D(2026, 3, 1), D(2026, 11, 30)),
        ),
        (
            "from 1 March to 31 May",
            D(2025, 12, 1),
            (D(2026, 3, 1), D(2026, 5, 31)),
            (D(2026, 3, 1), D(2026, 5, 31)),
        ),
        (
            "de mars à mai",
            D(2025, 12, 1),
            (D(2025, 3, 1), D(2025, 5, 31)),
            (D(2026, 3, 1), D(2026, 5, 31)),
        ),
        # across New Year, as before
        (
            "de novembre à janvier",
            PUNCTUALITY,
            (D(2024, 11, 1), D(2025, 1, 31)),
            (D(2025, 11, 1), D(2026, 1, 31)),
        ),
        (
            "du 30 décembre au 2 janvier",
            PUNCTUALITY,
            (D(2024, 12, 30), D(2025, 1, 2)),
            (D(2025, 12, 30), D(2026, 1, 2)),
        ),
    ],
)
def test_a_yearless_range_is_one_span_near_publication(
    text: str,
    published: date,
    fact: tuple[date, date],
    forecast: tuple[date, date] | None,
) -> None:
    language = "fr" if text[:2] in ("du", "de") else "en_GB"
    assert read(text, language, published) == fact
    assert read(text, language, published, ahead=True) == (forecast or fact)


@given(
    publications,
    st.dates(min_value=D(2001, 1, 1), max_value=D(2001, 12, 31)),
    st.dates(min_value=D(2001, 1, 1), max_value=D(2001, 12, 31)),
    st.booleans(),
    st.sampled_from(["en_GB", "fr"]),
)
def test_a_yearless_range_never_spans_more_than_a_year(
    published: date, first: date, last: date, ahead: bool, language: str
) -> None:
    """The end follows the start, within a year, on the month and day written."""
    if language == "fr":
        months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
        text = f"du {first.day} {months[first.month - 1]} au {last.day} {months[last.month - 1]}"
    else:
        text = f"from {first.day} {first:%B} to {last.day} {last:%B}"
    if (first.month, first.day) == (last.month, last.day):
        return  # one day written twice
    try:
        start, end = read(text, language, published, ahead=ahead)
    except DateSyntaxError:  # a 29 February nearest publication in a year without one
        return
    assert start <= end
    assert (end - start).days < 366, (text, published, start, end)
    assert (start.month, start.day) == (first.month, first.day)
    assert (end.month, end.day) == (last.month, last.day)
    if ahead:
        assert end >= published or (start.month, start.day) == (2, 29)
    else:  # it holds publication, or no span of those days within a year of it does
        assert abs((start - published).days) <= 366 or abs((end - published).days) <= 366


@given(publications, st.integers(1, 12), st.integers(1, 12), st.booleans())
def test_a_yearless_range_of_months_never_spans_more_than_a_year(
    published: date, first: int, last: int, ahead: bool
) -> None:
    text = f"{date(2001, first, 1):%B} to {date(2001, last, 1):%B}"
    start, end = read(text, "en_GB", published, ahead=ahead)
    assert (start.month, end.month) == (first, last)
    assert start <= end and (end - start).days < 366
    if ahead:
        assert end >= published


def test_the_gatwick_article_passes_and_its_season_is_2025(write_files: WriteFiles) -> None:
    folder = write_files(
        {
            "a.yaml": source_block(language="en_GB", published="2025-10-01")
            + textwrap.dedent(
                """\
            claims:
              - id: night_cap
                quote: "capped at 11,200 movements in the summer season"
                subject: Gatwick
                property: movements_cap
                value: "11,200"
                when: from 31 March to 26 October
              - id: timetable
                quote: "will run"
                subject: summer timetable
                property: runs
                kind: forecast
                when: from 18 May to 13 December
              - id: next_change
                quote: "will run"
                subject: summer timetable
                property: next_change
                kind: forecast
                when: 14 December 2025
            checks:
              - id: o
                order: [timetable, next_change]
            """
            )
        }
    )
    report = verify_folder(folder)
    assert [f.message for f in report.findings if f.severity.name == "ERROR"] == []


# --- transport M1: the weekday written tells the year of a yearless day ---------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 14 December 2024 is nearer, but a Saturday: the Sunday is 2025's
        ("Sunday 14 December", PUNCTUALITY, D(2025, 12, 14)),
        ("from Sunday 2 March", D(2025, 2, 27), D(2025, 3, 2)),  # was 2 March 2024
        ("dimanche 14 décembre", PUNCTUALITY, D(2025, 12, 14)),
        ("le dimanche 14 décembre", PUNCTUALITY, D(2025, 12, 14)),
        ("Sunday, December 14", PUNCTUALITY, D(2025, 12, 14)),
        # the weekday right in the nearest year: as before
        ("Saturday 14 December", PUNCTUALITY, D(2024, 12, 14)),
        # wrong in both years around publication: the nearest, a rule reports it
        ("Monday 30 September", GATWICK, D(2025, 9, 30)),
        ("Monday 14 December", PUNCTUALITY, D(2024, 12, 14)),
    ],
)
def test_a_weekday_picks_the_year_of_a_yearless_day(
    text: str, published: date, expected: date
) -> None:
    language = "fr" if text[0] in "dl" else "en_GB"
    assert read(text, language, published) == (expected, expected)
    mentions = dates_module.find_weekday_dates(text, language, published)
    assert [m.period.start for m in mentions] == [expected]  # the text scan agrees


def test_a_forecasts_weekday_does_not_move_it_to_the_past() -> None:
    # "will start on Saturday 14 December": the next one, whatever the weekday (reported)
    assert read("Saturday 14 December", "en_GB", PUNCTUALITY, ahead=True) == (
        D(2025, 12, 14),
        D(2025, 12, 14),
    )


def test_a_fact_with_a_right_weekday_asks_for_its_kind(write_files: WriteFiles) -> None:
    # the repro r03: the weekday rule told the editor to write Saturday, a wrong weekday
    folder = write_files(
        {
            "a.yaml": source_block(language="en_GB", published="2025-06-12")
            + textwrap.dedent(
                """\
            claims:
              - {id: regime_start, quote: "will start from Sunday 14 December",
                 subject: regime, property: start, when: Sunday 14 December}
            """
            )
        }
    )
    found = [(f.rule, f.message) for f in verify_folder(folder).findings]
    assert found == [
        (
            "fact-not-after-publication",
            "'regime_start' is a fact dated 14 December 2025, after the article's publication"
            " on 12 June 2025; a forecast or a target? set its kind (or, if it is 14 December"
            " 2024, the weekday is wrong: 14 December 2024 was a Saturday)",
        )
    ]


# --- housing F4: "au 1er février" is never silently last year's ------------------------------


def test_au_a_day_ahead_is_the_nearest_and_a_fact_is_told(write_files: WriteFiles) -> None:
    folder = write_files(
        {
            "a.yaml": source_block(published="2025-01-15")
            + textwrap.dedent(
                """\
            claims:
              - {id: a, subject: Livret A, property: rate, value: "2,4 %", when: "au 1er février",
                 quote: "Le taux passera à 2,4 % au 1er février"}
              - {id: c, subject: tarif, property: change, value: "-15 %",
                 when: "à compter du 1er février",
                 quote: "baisseront de 15 % à compter du 1er février"}
            """
            )
        }
    )
    found = sorted((f.claims, f.message) for f in verify_folder(folder).findings)
    assert found == [
        (
            (claim,),
            f"'{claim}' is a fact dated 1 février 2025, after the article's publication on 15"
            " janvier 2025; a forecast or a target? set its kind (or, if it is 1 février 2024,"
            " write its year)",
        )
        for claim in ("a", "c")
    ]


# --- transport m4: abbreviations and feasts --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tues 10 June", D(2025, 6, 10)),
        ("Weds 11 June", D(2025, 6, 11)),  # refused
        ("Thurs 12 June", D(2025, 6, 12)),  # refused
        ("Thur 12 June", D(2025, 6, 12)),
    ],
)
def test_weekday_abbreviations_are_read(text: str, day: date) -> None:
    assert read(text, "en_GB", PUNCTUALITY) == (day, day)


def test_a_wrong_abbreviated_weekday_is_found_in_the_text() -> None:
    mentions = dates_module.find_weekday_dates("trains on Weds 12 June", "en_GB", PUNCTUALITY)
    assert [(m.weekday, m.period.start) for m in mentions] == [(2, D(2025, 6, 12))]


@pytest.mark.parametrize(
    ("text", "language", "published", "ahead", "expected"),
    [
        ("Christmas Day", "en_GB", PUNCTUALITY, False, (D(2024, 12, 25), D(2024, 12, 25))),
        ("Christmas Day", "en_GB", PUNCTUALITY, True, (D(2025, 12, 25), D(2025, 12, 25))),
        ("Boxing Day", "en_GB", D(2025, 11, 1), False, (D(2025, 12, 26), D(2025, 12, 26))),
        ("Boxing Day 2024", "en_GB", PUNCTUALITY, True, (D(2024, 12, 26), D(2024, 12, 26))),
        ("on New Year's Day", "en_GB", D(2025, 12, 20), False, (D(2026, 1, 1), D(2026, 1, 1))),
        # Easter: 20 April 2025, 5 April 2026
        ("Easter Monday", "en_GB", PUNCTUALITY, False, (D(2025, 4, 21), D(2025, 4, 21))),
        ("Easter Monday", "en_GB", PUNCTUALITY, True, (D(2026, 4, 6), D(2026, 4, 6))),
        ("Good Friday 2026", "en_GB", PUNCTUALITY, False, (D(2026, 4, 3), D(2026, 4, 3))),
        ("the Easter weekend", "en_GB", D(2025, 4, 1), False, (D(2025, 4, 18), D(2025, 4, 21))),
        ("Whit Monday", "en_GB", PUNCTUALITY, False, (D(2025, 6, 9), D(2025, 6, 9))),
        ("Noël", "fr", D(2025, 12, 1), False, (D(2025, 12, 25), D(2025, 12, 25))),
        ("à Noël", "fr", D(2025, 12, 1), False, (D(2025, 12, 25), D(2025, 12, 25))),
        ("le lundi de Pâques", "fr", PUNCTUALITY, False, (D(2025, 4, 21), D(2025, 4, 21))),
        ("le lundi de Pentecôte", "fr", PUNCTUALITY, False, (D(2025, 6, 9), D(2025, 6, 9))),
        ("la Pentecôte 2026", "fr", PUNCTUALITY, False, (D(2026, 5, 24), D(2026, 5, 24))),
        ("l'Ascension", "fr", PUNCTUALITY, False, (D(2025, 5, 29), D(2025, 5, 29))),
        ("le week-end de Pâques", "fr", D(2025, 4, 1), False, (D(2025, 4, 19), D(2025, 4, 21))),
        ("la Toussaint", "fr", PUNCTUALITY, False, (D(2025, 11, 1), D(2025, 11, 1))),
        ("depuis la Toussaint", "fr", PUNCTUALITY, False, (D(2024, 11, 1), D(2024, 11, 1))),
    ],
)
def test_feasts_are_read_where_the_year_is_known_or_nearest(
    text: str, language: str, published: date, ahead: bool, expected: tuple[date, date]
) -> None:
    assert read(text, language, published, ahead=ahead) == expected


@pytest.mark.parametrize(
    "text", ["Bank holiday Monday", "the August bank holiday", "bank holiday weekend"]
)
def test_a_bank_holiday_is_refused_saying_what_to_write(text: str) -> None:
    with pytest.raises(
        DateSyntaxError, match=r"bank holiday .*: write its day, as Monday 26 May 2025"
    ):
        parse_date(text, "en_GB", PUNCTUALITY)


def test_easter_is_dateutils() -> None:
    from dateutil.easter import easter  # type: ignore[import-untyped]

    for year in range(1990, 2060):
        assert read("Easter Sunday", "en_GB", D(year, 4, 1)) == (easter(year), easter(year))


# --- housing F11: French periods of a year to a month ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("d'octobre 2024 à septembre 2025", (D(2024, 10, 1), D(2025, 9, 30))),  # refused
        ("d'avril à juin 2025", (D(2025, 4, 1), D(2025, 6, 30))),
        ("les 12 mois à fin septembre 2025", (D(2024, 10, 1), D(2025, 9, 30))),  # refused
        ("sur douze mois à fin septembre 2025", (D(2024, 10, 1), D(2025, 9, 30))),  # refused
        ("sur un an à fin septembre 2025", (D(2024, 10, 1), D(2025, 9, 30))),
        ("les trois mois à fin septembre 2025", (D(2025, 7, 1), D(2025, 9, 30))),
        ("les 12 mois au 30 septembre 2025", (D(2024, 10, 1), D(2025, 9, 30))),
        ("le trimestre dernier", (D(2025, 7, 1), D(2025, 9, 30))),  # refused
        ("au trimestre dernier", (D(2025, 7, 1), D(2025, 9, 30))),
        ("le trimestre prochain", (D(2026, 1, 1), D(2026, 3, 31))),
        ("le semestre dernier", (D(2025, 1, 1), D(2025, 6, 30))),
    ],
)
def test_french_periods_to_a_month_are_read(text: str, expected: tuple[date, date]) -> None:
    assert read(text, "fr", D(2025, 11, 27)) == expected


@pytest.mark.parametrize(
    ("text", "language", "what"),
    [
        ("en glissement annuel", "fr", "les 12 mois à fin octobre 2025"),
        ("sur un an glissant", "fr", "les 12 mois à fin octobre 2025"),
        ("year on year", "en_GB", "the year to October 2025"),
    ],
)
def test_a_change_over_a_year_is_refused_saying_what_to_write(
    text: str, language: str, what: str
) -> None:
    ends = "(no date: write the period it ends|pas une date : écrivez la période où elle finit)"
    with pytest.raises(DateSyntaxError, match=f"{ends}.*{what}"):
        parse_date(text, language, D(2025, 11, 27))


# --- transport m6: examples in the locale's order --------------------------------------------


@pytest.mark.parametrize(
    ("language", "example"),
    [("en_GB", "write its day, as Tuesday 9 Dec. 2025"), ("en", "as Tuesday, Dec. 9, 2025")],
)
def test_what_to_write_follows_the_locales_order(language: str, example: str) -> None:
    with pytest.raises(DateSyntaxError, match=example):
        parse_date("at 11 p.m.", language, PUNCTUALITY)
    day = parse_date("2026-09-22", language).describe(language)
    assert day == ("22 September 2026" if language == "en_GB" else "September 22, 2026")


# --- health m6: forms health copy writes, read or refused saying what to write ---------------

HEALTH = D(2025, 3, 13)  # the health desk's flu bulletin
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("the fortnight to 2 March", "en_GB", (D(2025, 2, 17), D(2025, 3, 2))),  # refused
        ("in the fortnight ending 2 March", "en_GB", (D(2025, 2, 17), D(2025, 3, 2))),
        ("the first week of March", "en_GB", (D(2025, 3, 1), D(2025, 3, 7))),  # refused
        ("the last week of February", "en_GB", (D(2025, 2, 22), D(2025, 2, 28))),
        ("the first two weeks of March 2024", "en_GB", (D(2024, 3, 1), D(2024, 3, 14))),
        ("the first fortnight of February", "en_GB", (D(2025, 2, 1), D(2025, 2, 14))),
        ("the 2017-18 winter", "en_GB", (D(2017, 12, 1), D(2018, 2, 28))),  # refused
        # an epidemic's season: its months depend on the epidemic and the country
        ("the 2024-25 flu season", "en_GB", "write its months, as October 2024 to March 2025"),
        ("the quarter to December", "en_GB", (D(2024, 10, 1), D(2024, 12, 31))),  # refused
        ("the quarter ended 30 September 2024", "en", (D(2024, 7, 1), D(2024, 9, 30))),
        ("the half-year to June 2024", "en", (D(2024, 1, 1), D(2024, 6, 30))),
        ("la première semaine de mars", "fr", (D(2025, 3, 1), D(2025, 3, 7))),
        ("la dernière semaine de février", "fr", (D(2025, 2, 22), D(2025, 2, 28))),
        ("la première quinzaine de mars", "fr", (D(2025, 3, 1), D(2025, 3, 15))),
        ("la seconde quinzaine de février", "fr", (D(2025, 2, 16), D(2025, 2, 28))),
        ("la quinzaine au 2 mars", "fr", (D(2025, 2, 17), D(2025, 3, 2))),
        ("la quinzaine se terminant le 2 mars", "fr", (D(2025, 2, 17), D(2025, 3, 2))),
        ("le trimestre à fin décembre", "fr", (D(2024, 10, 1), D(2024, 12, 31))),
        ("la saison grippale 2024-2025", "fr", "comme d'octobre 2024 à mars 2025"),
    ],
)
def test_the_health_desks_periods_are_read(
    text: str, language: str, expected: tuple[date, date] | str
) -> None:
    if isinstance(expected, str):  # refused, saying what to write
        with pytest.raises(DateSyntaxError, match=re.escape(expected)):
            parse_date(text, language, HEALTH)
    else:
        assert read(text, language, HEALTH) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("a year earlier", "en_GB"),  # each was "cannot read … as a date", with no hint
        ("the same week last year", "en_GB"),
        ("the same period last year", "en_GB"),
        ("since a year earlier", "en_GB"),
        ("two days later", "en_GB"),  # was two days after publication, in silence
        ("a year before", "en"),  # was the year before publication, in silence
        ("the year before", "en"),
        ("un an plus tôt", "fr"),
        ("un an après", "fr"),  # was the year after publication, in silence
        ("quinze jours plus tôt", "fr"),
        ("la même période l'an dernier", "fr"),
        ("à la même semaine de l'année dernière", "fr"),
    ],
)
def test_a_date_counted_from_another_date_is_refused_saying_to_write_the_period(
    text: str, language: str
) -> None:
    example = {"en_GB": "the week ending 9 March 2024", "en": "the week ending March 9, 2024"}
    with pytest.raises(DateSyntaxError) as refused:
        parse_date(text, language, HEALTH)
    message = str(refused.value)
    counts, itself = ("it counts from", "write the period itself")
    if language == "fr":
        counts, itself = ("elle compte depuis", "écrivez la période elle-même")
    assert message.startswith(f"cannot read {text!r} as a date ({language}): {counts}")
    assert itself in message
    assert example.get(language, "la semaine se terminant le 9 mars 2024") in message


@pytest.mark.parametrize(
    ("text", "language", "hint"),
    [
        ("the second week of March", "en_GB", "from a Monday: write its days, as 8-14 March"),
        ("the first week of 2025", "en", "write its days, as March 8-14, 2025"),
        ("la deuxième semaine de mars", "fr", "écrivez ses jours, comme du 8 au 14 mars 2025"),
        ("the fortnight", "en_GB", "which fortnight? write the day it ends, as the fortnight to"),
        ("last fortnight", "en_GB", "which fortnight?"),  # was a week, in silence
        ("this fortnight", "en", "which fortnight?"),  # was the week before publication's
        ("la quinzaine", "fr", "comme la quinzaine au 2 mars 2025"),
        ("this flu season", "en_GB", "write its months, as October 2024 to March 2025"),
        ("cette saison grippale", "fr", "écrivez ses mois, comme d'octobre 2024 à mars 2025"),
        ("a year ago", "en_GB", None),  # counts from publication: read
        ("il y a un an", "fr", None),
    ],
)
def test_the_health_desks_ambiguous_periods_are_refused_saying_what_to_write(
    text: str, language: str, hint: str | None
) -> None:
    if hint is None:
        assert read(text, language, HEALTH) == (D(2024, 1, 1), D(2024, 12, 31))
        return
    with pytest.raises(DateSyntaxError) as refused:
        parse_date(text, language, HEALTH)
    assert str(refused.value).startswith(f"cannot read {text!r} as a date ({language}): ")
    assert hint in str(refused.value)


@given(
    publications,
    st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)),
    st.booleans(),
    st.sampled_from([("the fortnight to {}", "the two weeks to {}", "en_GB"),
                     ("the fortnight ending {}", "the 14 days to {}", "en_GB"),
                     ("la quinzaine au {}", "les deux semaines au {}", "fr"),
                     ("la quinzaine se terminant le {}", "les 14 jours au {}", "fr")]),
)  # fmt: skip
def test_a_fortnight_to_a_day_is_the_two_weeks_to_it(
    published: date, day: date, ahead: bool, forms: tuple[str, str, str]
) -> None:
    fortnight, weeks, language = forms
    months = MONTHS_FR if language == "fr" else MONTHS_EN
    written = f"{day.day} {months[day.month - 1]} {day.year}"
    start, end = read(fortnight.format(written), language, published, ahead=ahead)
    assert (start, end) == read(weeks.format(written), language, published, ahead=ahead)
    assert (end, (end - start).days) == (day, 13)


@given(
    publications,
    st.integers(0, 11),
    st.one_of(st.none(), st.integers(1950, 2090)),
    st.booleans(),
    st.sampled_from([("the quarter to {}", "the three months to {}", "en"),
                     ("the quarter ending {}", "the 3 months to {}", "en_GB"),
                     ("the half-year to {}", "the six months to {}", "en"),
                     ("le trimestre à fin {}", "les trois mois à fin {}", "fr"),
                     ("le semestre à fin {}", "les six mois à fin {}", "fr")]),
)  # fmt: skip
def test_a_quarter_to_a_month_is_the_three_months_to_it(
    published: date, month: int, year: int | None, ahead: bool, forms: tuple[str, str, str]
) -> None:
    named, months_to, language = forms
    months = MONTHS_FR if language == "fr" else MONTHS_EN
    written = months[month] if year is None else f"{months[month]} {year}"
    start, end = read(named.format(written), language, published, ahead=ahead)
    assert (start, end) == read(months_to.format(written), language, published, ahead=ahead)
    assert (end.month, start.day) == (month + 1, 1)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) + 1 in (3, 6)


@given(
    publications,
    st.integers(0, 11),
    st.one_of(st.none(), st.integers(1950, 2090)),
    st.booleans(),
    st.sampled_from([("the first week of {}", "en", 1, 7), ("the last week of {}", "en_GB", -1, 7),
                     ("the first two weeks of {}", "en", 1, 14),
                     ("the last fortnight of {}", "en_GB", -1, 14),
                     ("la première semaine de {}", "fr", 1, 7),
                     ("la dernière semaine de {}", "fr", -1, 7),
                     ("la première quinzaine de {}", "fr", 1, 15),
                     ("la seconde quinzaine de {}", "fr", -1, None)]),
)  # fmt: skip
def test_a_week_of_a_month_is_its_first_or_last_days_in_the_month_as_written_alone(
    published: date,
    month: int,
    year: int | None,
    ahead: bool,
    form: tuple[str, str, int, int | None],
) -> None:
    text, language, side, days = form
    name = (MONTHS_FR if language == "fr" else MONTHS_EN)[month]
    written = name if year is None else f"{name} {year}"
    whole = read(written, language, published, ahead=ahead)  # the month, as it reads alone
    start, end = read(text.format(written), language, published, ahead=ahead)
    if side == 1:
        assert start == whole[0]
    else:
        assert end == whole[1]
    if days is None:  # the second "quinzaine": from the 16th to the month's end
        assert (start.day, start.month) == (16, whole[0].month)
    else:
        assert (end - start).days + 1 == days


@given(
    st.integers(1950, 2090),
    st.sampled_from(["the {a}-{b} flu season", "the {a}-{b} winter", "the {a}/{b} winter",
                     "the {a}-{b} influenza season", "{a}-{b} RSV season"]),
)  # fmt: skip
def test_a_winter_is_december_to_february_and_a_flu_season_is_refused_saying_its_months(
    year: int, form: str
) -> None:
    text = form.format(a=year, b=f"{(year + 1) % 100:02d}")
    if "winter" in text:
        assert read(text, "en_GB", None) == read(f"winter {year}-{year + 1}", "en_GB", None)
        end = D(year + 1, 3, 1) - timedelta(days=1)  # 28 or 29 February
        assert read(text, "en_GB", None) == (D(year, 12, 1), end)
    else:
        months = f"write its months, as October {year} to March {year + 1}"
        with pytest.raises(DateSyntaxError, match=months):
            parse_date(text, "en_GB", None)


@given(
    publications,
    st.sampled_from(["a", "one", "two", "3", "12", "several", "a few"]),
    st.sampled_from(["day", "week", "fortnight", "month", "quarter", "year"]),
    st.sampled_from(["earlier", "later", "before", "previously", "on"]),
    st.sampled_from(["en", "en_GB"]),
)
def test_a_count_before_earlier_or_later_is_never_read(
    published: date, count: str, unit: str, word: str, language: str
) -> None:
    plural = "" if count in ("a", "one") else "s"
    text = f"{count} {unit}{plural} {word}"
    with pytest.raises(DateSyntaxError, match="counts from another date than publication"):
        parse_date(text, language, published)


@given(
    publications,
    st.sampled_from(["un", "une", "deux", "3", "quelques"]),
    st.sampled_from(["jour", "semaine", "mois", "an", "année", "trimestre"]),
    st.sampled_from(["plus tôt", "plus tard", "auparavant", "avant", "après"]),
)
def test_a_french_count_before_plus_tot_or_apres_is_never_read(
    published: date, count: str, unit: str, word: str
) -> None:
    plural = "" if count in ("un", "une") or unit in ("mois",) else "s"
    text = f"{count} {unit}{plural} {word}"
    with pytest.raises(DateSyntaxError, match="compte depuis une autre date que la publication"):
        parse_date(text, "fr", published)


# --- the English sports desk (finding 1, 11) and the education desk (minor 2) ---------

SPORT = D(2025, 12, 8)  # a Monday: the match was on Saturday 6 December


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [  # dateparser read these as days of the publication's month or year
        ("en_GB", "in the 23rd minute", "minute"),  # was 7 December 2025
        ("en_GB", "the 90th minute", "minute"),
        ("en_GB", "in the 90+3rd minute", "minute"),
        ("en_GB", "the 2nd hour", "hour"),
        ("en_GB", "the 3rd day", "day"),  # was 3 January 2025
        ("en_GB", "on the 3rd day", "day"),
        ("en_GB", "on the third day of the Test", "day"),
        ("en_GB", "the 2nd year", "year"),  # was 2023
        ("en_GB", "the 2nd month", "month"),
        ("en_GB", "the 4th week", "week"),
        ("en_GB", "the 14th round", "round"),
        ("en_GB", "the 40th over", "over"),
        ("en_GB", "on lap 12", None),
        ("en_GB", "the second Test", "test"),
        ("fr", "à la 23e minute", "minute"),
        ("fr", "la 12e journée", "journée"),
        ("fr", "le 2e jour", "jour"),
        ("fr", "la deuxième année", "année"),
    ],
)
def test_a_moment_of_a_match_is_refused_as_no_date(
    language: str, text: str, unit: str | None
) -> None:
    with pytest.raises(DateSyntaxError) as refused:
        parse_date(text, language, SPORT)
    message = str(refused.value)
    if unit is not None:
        assert "no date" in message or "pas une date" in message
        assert ("write its day" in message) or ("écrivez-en le jour" in message)
        assert repr(unit) in message


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [  # what the refusal must leave alone: a week, a quarter, a day of the month
        ("en_GB", "the first week of March", (D(2025, 3, 1), D(2025, 3, 7))),
        ("en_GB", "the 3rd quarter of 2025", (D(2025, 7, 1), D(2025, 9, 30))),
        ("en_GB", "the 16th", (D(2025, 11, 16), D(2025, 11, 16))),
        ("en_GB", "Sunday the 7th", (D(2025, 12, 7), D(2025, 12, 7))),
        ("fr", "la première semaine de mars", (D(2025, 3, 1), D(2025, 3, 7))),
        ("fr", "le 3e trimestre 2025", (D(2025, 7, 1), D(2025, 9, 30))),
        ("fr", "le 1er", (D(2025, 12, 1), D(2025, 12, 1))),
    ],
)
def test_ordinals_of_the_calendar_still_read(
    language: str, text: str, expected: tuple[date, date]
) -> None:
    period = parse_date(text, language, SPORT)
    assert (period.start, period.end) == expected


@given(
    number=st.integers(min_value=1, max_value=120),
    unit=st.sampled_from(["minute", "day", "year", "week", "round", "lap", "over", "game"]),
    lead=st.sampled_from(["", "in the ", "on the ", "the ", "during the "]),
    published=publications,
)
def test_no_ordinal_of_a_match_is_ever_a_date(
    number: int, unit: str, lead: str, published: date
) -> None:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    with pytest.raises(DateSyntaxError, match="no date"):
        parse_date(f"{lead}{number}{suffix} {unit}", "en_GB", published)


def test_the_minute_of_a_goal_no_longer_breaks_the_order_of_a_match(
    write_files: WriteFiles,
) -> None:
    # the sports desk's repro/minute.yaml: the goal was dated the day after the match
    claims = textwrap.dedent(
        """\
        claims:
          - {id: opener, quote: "Okafor opened the scoring in the 23rd minute",
             subject: Okafor, property: opening_goal, when: in the 23rd minute}
          - {id: win, quote: "Harton went on to win 3-1 on Saturday",
             subject: Harton, property: result, when: on Saturday}
        checks:
          - {id: goal_during_match, order: [opener, win]}
        """
    )
    source = source_block(language="en_GB", published="2025-12-08")
    folder = write_files({"minute.yaml": source + claims})
    report = verify_folder(folder)
    assert not [f for f in report.findings if f.rule in ("order-holds", "invalid-record")]
    (refused,) = [f for f in report.findings if f.rule == "invalid-date"]
    assert "'the 23rd minute'" in refused.message and "no date" in refused.message


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en_GB", "matchweek 12"),
        ("en_GB", "gameweek 15"),
        ("en_GB", "match week 3"),
        ("en_GB", "round 14"),
        ("fr", "journée 12"),
        ("fr", "la journée 12"),
    ],
)
def test_a_numbered_round_says_it_is_no_date(language: str, text: str) -> None:
    with pytest.raises(DateSyntaxError) as refused:
        parse_date(text, language, SPORT)
    message = str(refused.value)
    assert "a number alone" not in message  # the old, misleading hint
    assert ("write the day of its match" in message) or ("écrivez le jour du match" in message)


@given(
    published=publications,
    weekday=st.sampled_from(["Monday", "Tuesday", "Wednesday", "Saturday", "Sunday"]),
    event=st.sampled_from(["final", "game", "semi-final", "Champions League tie", "3-1 win"]),
    ahead=st.booleans(),
)
def test_a_weekday_s_match_is_that_weekday_as_on_weekday_reads(
    published: date, weekday: str, event: str, ahead: bool
) -> None:
    period = parse_date(f"{weekday}'s {event}", "en_GB", published, ahead=ahead)
    alone = parse_date(f"on {weekday}", "en_GB", published, ahead=ahead)
    assert (period.start, period.end, period.granularity) == (alone.start, alone.end, "day")
    assert period.text == f"{weekday}'s {event}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sunday's final", D(2025, 12, 7)),
        ("Saturday's game", D(2025, 12, 6)),
        ("Wednesday's semi-final", D(2025, 12, 3)),
        ("last Saturday's game", D(2025, 12, 6)),
        ("yesterday's match", D(2025, 12, 7)),
        ("Boxing Day's fixture", D(2025, 12, 26)),
        ("Sunday’s final", D(2025, 12, 7)),  # a typographic apostrophe
    ],
)
def test_a_possessive_day_is_the_day(text: str, expected: date) -> None:
    period = parse_date(text, "en_GB", SPORT)
    assert (period.start, period.end) == (expected, expected)


@pytest.mark.parametrize("text", ["the club's final", "2025's final", "Harton's season"])
def test_a_possessive_of_no_day_is_still_refused(text: str) -> None:
    with pytest.raises(DateSyntaxError):
        parse_date(text, "en_GB", SPORT)


@given(published=publications, ahead=st.booleans())
def test_this_weekend_is_the_saturday_and_sunday_of_the_publication_s_week(
    published: date, ahead: bool
) -> None:
    period = parse_date("this weekend", "en_GB", published, ahead=ahead)
    monday = published - timedelta(days=published.weekday())
    assert period.start == monday + timedelta(days=5)
    assert period.end == monday + timedelta(days=6)
    assert period.granularity == "range"


def test_this_weekend_in_the_sports_desk_s_monday_paper_is_the_coming_one() -> None:
    period = parse_date("this weekend", "en_GB", SPORT)
    assert (period.start, period.end) == (D(2025, 12, 13), D(2025, 12, 14))
    sunday = parse_date("this weekend", "en_GB", D(2025, 12, 7))  # Sunday's paper: its own
    assert (sunday.start, sunday.end) == (D(2025, 12, 6), D(2025, 12, 7))


@given(published=st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)))
def test_la_rentree_is_the_first_days_of_september_of_its_year(published: date) -> None:
    year = published.year
    period = parse_date(f"la rentrée {year}", "fr", published)
    assert (period.start, period.end) == (D(year, 9, 1), D(year, 9, 10))
    as_early = parse_date(f"début septembre {year}", "fr", published)
    assert (period.start, period.end, period.granularity) == (
        as_early.start,
        as_early.end,
        as_early.granularity,
    )


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("à la rentrée", "de quelle année"),
        ("la rentrée", "la rentrée 2025"),
        ("session 2025", "les jours des épreuves"),
        ("la session 2025", "ou l'année seule, 2025"),
    ],
)
def test_school_words_without_a_date_say_what_to_write(text: str, hint: str) -> None:
    with pytest.raises(DateSyntaxError, match=hint):
        parse_date(text, "fr", D(2025, 5, 29))


@pytest.mark.parametrize(
    ("language", "text", "as_read"),
    [  # an end is read as its day, as "au 12 juillet" is
        ("fr", "jusqu'au 12 juillet", "au 12 juillet"),
        ("fr", "jusqu’au 12 juillet 2025", "12 juillet 2025"),
        ("fr", "jusqu'à fin juin", "fin juin"),
        ("fr", "jusqu'en 2026", "2026"),
        ("en_GB", "until 12 July", "12 July"),
        ("en_GB", "till 12 July", "12 July"),
    ],
)
def test_an_end_is_read_as_its_day(language: str, text: str, as_read: str) -> None:
    for published, ahead in ((D(2025, 5, 29), False), (D(2025, 5, 29), True), (SPORT, False)):
        period = parse_date(text, language, published, ahead=ahead)
        alone = parse_date(as_read, language, published, ahead=ahead)
        assert (period.start, period.end, period.granularity) == (
            alone.start,
            alone.end,
            alone.granularity,
        )


def test_an_end_s_weekday_tells_its_year() -> None:
    # 12 July 2024 was a Friday; 12 July 2025 a Saturday
    period = parse_date("jusqu'au vendredi 12 juillet", "fr", D(2024, 5, 29))
    assert period.start == D(2024, 7, 12)


# --- courts desk: indefinite days, until <weekday>, last <weekday> ---------------------------

COURTS_WEDNESDAY = D(2025, 3, 12)  # probe3's paper
COURTS_THURSDAY = D(2025, 2, 20)  # repro/remand
COURTS_FRIDAY = D(2025, 5, 30)  # repro/last-thursday
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("on a Friday night", "en_GB"),
        ("a Saturday", "en_GB"),
        ("one Friday", "en_GB"),
        ("one night in March 2024", "en_GB"),
        ("an evening in June 2023", "en_GB"),
        ("one morning in May", "en_GB"),
        ("a day in March 2024", "en_GB"),
        ("un vendredi soir", "fr"),
        ("un soir de mars 2024", "fr"),
        ("une nuit de juin", "fr"),
    ],
)
def test_an_indefinite_day_is_refused_saying_to_write_the_month_or_the_day(
    text: str, language: str
) -> None:
    """courts M5: "a Friday" was 1 January 2025, "one night in March 2024" the 12th."""
    hint = {"fr": r"un jour non précisé.* : écrivez le mois"}.get(
        language, r"a day not named.*write the month"
    )
    with pytest.raises(DateSyntaxError, match=hint):
        parse_date(text, language, COURTS_WEDNESDAY)


@pytest.mark.parametrize("text", ["a year ago", "a week ago", "Saturday", "on Friday night"])
def test_what_looks_indefinite_but_names_a_period_still_reads(text: str) -> None:
    assert parse_date(text, "en_GB", COURTS_WEDNESDAY).granularity in {"day", "week", "year"}


@given(
    st.sampled_from(["a", "one", "on a"]),
    st.sampled_from(EN_WEEKDAYS),
    st.sampled_from(["", " night", " morning", " evening", " afternoon"]),
    st.sampled_from(["", " in March", " in June 2023", " last year"]),
    publications,
)
def test_any_indefinite_weekday_is_refused(
    article: str, weekday: str, part: str, tail: str, published: date
) -> None:
    with pytest.raises(DateSyntaxError, match="a day not named"):
        parse_date(f"{article} {weekday}{part}{tail}", "en_GB", published)


def test_until_friday_in_thursdays_paper_is_the_next_day() -> None:
    """courts M4: "remanded in custody until Friday" read the Friday six days back."""
    assert read("until Friday", "en_GB", COURTS_THURSDAY) == (D(2025, 2, 21), D(2025, 2, 21))
    assert read("till Friday night", "en_GB", COURTS_THURSDAY)[0] == D(2025, 2, 21)
    assert read("jusqu'à vendredi", "fr", COURTS_THURSDAY)[0] == D(2025, 2, 21)
    assert read("until Wednesday", "en_GB", COURTS_THURSDAY)[0] == D(2025, 2, 19)
    # "as of Friday" keeps its reading: the latest on or before publication
    assert read("as of Friday", "en_GB", COURTS_THURSDAY)[0] == D(2025, 2, 14)


@given(publications, st.integers(min_value=0, max_value=6), st.sampled_from(["en_GB", "fr"]))
def test_until_a_weekday_is_the_nearest_or_refused_when_neither_is(
    published: date, weekday: int, language: str
) -> None:
    name = (EN_WEEKDAYS if language == "en_GB" else FR_WEEKDAYS)[weekday]
    text = f"until {name}" if language == "en_GB" else f"jusqu'à {name}"
    ahead = (weekday - published.weekday()) % 7
    if ahead in (3, 4):
        with pytest.raises(DateSyntaxError, match=r"the last one or the next|le dernier ou"):
            parse_date(text, language, published)
        return
    start, end = read(text, language, published)
    assert start == end and start.weekday() == weekday
    assert abs((start - published).days) <= 2


def test_the_remand_reproduction_now_passes(write_files: WriteFiles) -> None:
    """courts repro/remand and remand2: a false order error, and two false future dates."""
    claims = """\
        claims:
          - {id: hearing, quote: "appeared before Bradford magistrates on Tuesday",
             subject: Iqbal, property: court_appearance, when: on Tuesday}
          - {id: remand, quote: "He was remanded in custody until Friday",
             subject: Iqbal, property: remanded_in_custody, when: until Friday}
          - {id: remand2, quote: "He was remanded in custody until 21 February",
             subject: Iqbal, property: remanded_in_custody, when: until 21 February}
          - {id: bail, quote: "Smith was granted bail until 14 March",
             subject: Smith, property: bail, when: until 14 March}
        checks:
          - {id: remand_after_hearing, order: [hearing, remand]}
        """
    text = (
        "Iqbal appeared before Bradford magistrates on Tuesday. He was remanded in custody"
        " until Friday. He was remanded in custody until 21 February. Smith was granted"
        " bail until 14 March."
    )
    folder = write_files(
        {
            "r.yaml": source_block(language="en_GB", published="2025-02-20", text="r.txt")
            + textwrap.dedent(claims),
            "r.txt": text,
        }
    )
    report = verify_folder(folder)
    assert [f.message for f in report.findings] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("last Thursday", "en_GB"),
        ("jeudi dernier", "fr"),
        ("last Wednesday and Thursday", "en_GB"),
        ("mercredi et jeudi derniers", "fr"),
    ],
)
def test_last_weekday_naming_yesterday_is_refused_saying_to_write_the_date(
    text: str, language: str
) -> None:
    """courts M3: "last Thursday" in Friday's paper was read as yesterday."""
    with pytest.raises(DateSyntaxError, match=r"yesterday, or a week earlier|hier, ou une semaine"):
        parse_date(text, language, COURTS_FRIDAY)


def test_last_weekday_further_back_and_this_past_still_read() -> None:
    assert read("last Wednesday", "en_GB", COURTS_FRIDAY)[0] == D(2025, 5, 28)
    assert read("last Friday", "en_GB", COURTS_FRIDAY)[0] == D(2025, 5, 23)
    assert read("this past Thursday", "en_GB", COURTS_FRIDAY)[0] == D(2025, 5, 29)
    assert read("last Thursday and Friday", "en_GB", COURTS_FRIDAY) == (
        D(2025, 5, 22),
        D(2025, 5, 23),
    )


@given(publications, st.integers(min_value=0, max_value=6))
def test_last_weekday_is_never_yesterday(published: date, weekday: int) -> None:
    try:
        start, _ = read(f"last {EN_WEEKDAYS[weekday]}", "en_GB", published)
    except DateSyntaxError as error:
        assert (published - timedelta(days=1)).weekday() == weekday, str(error)
        return
    assert start.weekday() == weekday and 2 <= (published - start).days <= 7


# --- courts desk m2: dates of court copy, read or refused saying what to write -------------

COURT_PAPER = D(2025, 2, 20)  # repro/msgs: a Thursday
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August"]
MONTHS_EN += ["September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
MONTHS_FR += ["septembre", "octobre", "novembre", "décembre"]


def month_span(year: int, first: int, last: int) -> tuple[date, date]:
    end = D(year + last // 12, last % 12 + 1, 1) - timedelta(days=1)
    return D(year, first, 1), end


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the next day", "en_GB"),  # was "write the period's ends (20 to 21 February 2025)"
        ("the following day", "en_GB"),
        ("on the following day", "en_GB"),
        ("the day after", "en_GB"),
        ("the day before", "en_GB"),
        ("the previous day", "en_GB"),
        ("the next morning", "en_GB"),
        ("the same day", "en_GB"),
        ("the next day", "en"),
        ("le lendemain", "fr"),
        ("le lendemain matin", "fr"),
        ("le surlendemain", "fr"),
        ("la veille", "fr"),
        ("la veille au soir", "fr"),
        ("le jour même", "fr"),
    ],
)
def test_a_day_counted_from_the_story_is_refused_saying_to_write_its_date(
    text: str, language: str
) -> None:
    """courts m2: "the next day" proposed the day after publication, not after the offence."""
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, COURT_PAPER)
    message = str(error.value)
    assert f"cannot read {text!r} as a date ({language})" in message
    assert re.search(
        r"it counts from a day of the story \(an offence, a hearing\), not from publication:"
        r" write its date|il compte depuis un jour du récit .* pas depuis la publication :"
        r" écrivez sa date",
        message,
    )
    for day in ("20", "21", "19"):  # never a day counted from the paper
        assert f"{day} February 2025" not in message and f"{day} février 2025" not in message


@given(publications, st.sampled_from(["the next day", "the day before", "le lendemain"]))
def test_a_day_counted_from_the_story_never_names_a_day_near_publication(
    published: date, text: str
) -> None:
    language = "fr" if text == "le lendemain" else "en_GB"
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, published)
    for day in (published + timedelta(days=n) for n in (-1, 0, 1)):
        assert day.isoformat() not in str(error.value)
        assert parse_date(day.isoformat(), language).describe(language) not in str(error.value)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("between October and December last year", "en_GB", month_span(2024, 10, 12)),
        ("October to December last year", "en_GB", month_span(2024, 10, 12)),
        ("in January last year", "en_GB", month_span(2024, 1, 1)),  # was "the year it reaches"
        ("January last year", "en_GB", month_span(2024, 1, 1)),
        ("in March this year", "en_GB", month_span(2025, 3, 3)),
        ("January next year", "en_GB", month_span(2026, 1, 1)),
        ("3 January this year", "en_GB", (D(2025, 1, 3), D(2025, 1, 3))),
        ("on 3 January last year", "en_GB", (D(2024, 1, 3), D(2024, 1, 3))),
        ("the summer of last year", "en_GB", month_span(2024, 6, 8)),
        ("the first half of last year", "en_GB", month_span(2024, 1, 6)),
        ("mid-January last year", "en_GB", (D(2024, 1, 11), D(2024, 1, 20))),
        ("entre octobre et décembre l'an dernier", "fr", month_span(2024, 10, 12)),
        ("en janvier de l'année dernière", "fr", month_span(2024, 1, 1)),
        ("le 3 janvier de cette année", "fr", (D(2025, 1, 3), D(2025, 1, 3))),
        ("l'été de l'an passé", "fr", month_span(2024, 6, 8)),
    ],
)
def test_a_month_or_day_of_last_or_this_year_is_read_in_that_year(
    text: str, language: str, expected: tuple[date, date]
) -> None:
    """courts m2: "two dates" for one period; "write the year or month it reaches"."""
    assert read(text, language, COURT_PAPER) == expected


@given(publications, st.integers(min_value=1, max_value=12), st.sampled_from(["", "in "]))
def test_month_last_year_is_that_month_of_the_year_before_publication(
    published: date, month: int, lead: str
) -> None:
    last_year = parse_date("last year", "en_GB", published).start.year
    assert last_year == published.year - 1
    for text, language, year in (
        (f"{lead}{MONTHS_EN[month - 1]} last year", "en_GB", last_year),
        (f"{lead}{MONTHS_EN[month - 1]} this year", "en_GB", published.year),
        (f"{MONTHS_FR[month - 1]} l'an dernier", "fr", published.year - 1),
        (f"en {MONTHS_FR[month - 1]} de l'année dernière", "fr", published.year - 1),
    ):
        for ahead in (False, True):
            period = parse_date(text, language, published, ahead=ahead)
            assert (period.start, period.end) == month_span(year, month, month), text
            assert period.granularity == "month" and period.text == text


@given(publications, st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=12))
def test_between_two_months_last_year_is_one_period_of_the_year_before(
    published: date, first: int, last: int
) -> None:
    first, last = min(first, last), max(first, last)
    text = f"between {MONTHS_EN[first - 1]} and {MONTHS_EN[last - 1]} last year"
    assert read(text, "en_GB", published) == month_span(published.year - 1, first, last)


@given(publications, st.dates(min_value=D(2000, 1, 1), max_value=D(2000, 12, 31)))
def test_a_day_this_year_is_that_day_of_the_publication_s_year(published: date, day: date) -> None:
    text = f"{day.day} {MONTHS_EN[day.month - 1]} this year"
    try:
        expected = D(published.year, day.month, day.day)
    except ValueError:  # 29 February of a year without one
        with pytest.raises(DateSyntaxError, match="not a day of the calendar"):
            parse_date(text, "en_GB", published)
        return
    assert read(text, "en_GB", published) == (expected, expected)


def test_a_relative_year_needs_the_publication_day() -> None:
    with pytest.raises(DateSyntaxError, match="has no year: write the year, or give"):
        parse_date("January last year", "en_GB")


@pytest.mark.parametrize(
    ("text", "outcome"),
    [  # a relative year after no month keeps its own reading, or refusal
        ("earlier this year", (D(2025, 1, 1), COURT_PAPER)),
        ("the end of last year", month_span(2024, 10, 12)),
        ("the same period last year", "counts from another date than publication"),
        ("a Friday last year", "a day not named"),
        ("the winter of last year", "ambiguous"),
    ],
)
def test_a_relative_year_after_no_month_is_read_as_before(
    text: str, outcome: tuple[date, date] | str
) -> None:
    if isinstance(outcome, str):
        with pytest.raises(DateSyntaxError, match=outcome):
            parse_date(text, "en_GB", COURT_PAPER)
    else:
        assert read(text, "en_GB", COURT_PAPER) == outcome


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("between 1am and 3am on Sunday 2 February", "en_GB"),  # was "it names two dates"
        ("at about 12.40am on Sunday 2 February", "en_GB"),
        ("between 11.30pm and 1am on Sunday 2 February", "en_GB"),
        ("about 12.40am on Sunday 2 February", "en_GB"),
        ("entre 1 h et 3 h le dimanche 2 février", "fr"),
        ("vers 0 h 40 le dimanche 2 février", "fr"),
    ],
)
def test_a_time_or_two_before_a_day_is_that_day(text: str, language: str) -> None:
    """courts m2: a time range on one day is that day, as a time after it is."""
    assert read(text, language, COURT_PAPER) == (D(2025, 2, 2), D(2025, 2, 2))


@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=12),
    st.sampled_from(["am", "pm", " a.m.", " p.m."]),
    st.sampled_from(["on Sunday 2 February", "on 2 February 2025", "yesterday", "on Saturday"]),
)
def test_between_two_times_on_a_day_reads_as_the_day_alone(
    first: int, second: int, suffix: str, day: str
) -> None:
    alone = read(day, "en_GB", COURT_PAPER)
    text = f"between {first}{suffix} and {second}{suffix} {day}"
    assert read(text, "en_GB", COURT_PAPER) == alone


def test_two_times_with_no_day_are_still_refused_saying_to_write_it() -> None:
    with pytest.raises(DateSyntaxError, match="a time of day is no date: write its day"):
        parse_date("between 1am and 3am", "en_GB", COURT_PAPER)


@pytest.mark.parametrize(
    ("text", "language", "same_as"),
    [  # the indictment's hedge names that day, as "about" did (and does before a time)
        ("on or about 5 June 2022", "en_GB", "5 June 2022"),
        ("on or around 5 June 2022", "en_GB", "5 June 2022"),
        ("around 5 June 2022", "en_GB", "5 June 2022"),
        ("about 5 June 2022", "en_GB", "5 June 2022"),
        ("on or about Sunday 2 February", "en_GB", "Sunday 2 February"),
        ("around June 2022", "en_GB", "June 2022"),
        ("vers le 5 juin 2022", "fr", "5 juin 2022"),
        ("aux alentours du 5 juin 2022", "fr", "5 juin 2022"),
        ("autour du 5 juin 2022", "fr", "5 juin 2022"),
    ],
)
def test_a_hedge_before_a_date_is_dropped(text: str, language: str, same_as: str) -> None:
    """courts m2: "on or about 5 June 2022" was refused with no hint."""
    period = parse_date(text, language, COURT_PAPER)
    alone = parse_date(same_as, language, COURT_PAPER)
    assert (period.start, period.end, period.granularity) == (
        alone.start,
        alone.end,
        alone.granularity,
    )
    assert period.text == text


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)), publications)
def test_on_or_about_a_day_is_that_day(day: date, published: date) -> None:
    text = f"on or about {day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    assert read(text, "en_GB", published) == (day, day)


@pytest.mark.parametrize("text", ["about six months", "around three years"])
def test_a_hedged_duration_is_refused_as_a_duration_not_read_as_the_past(text: str) -> None:
    with pytest.raises(DateSyntaxError, match="a duration is no date"):
        parse_date(text, "en_GB", COURT_PAPER)


@pytest.mark.parametrize(
    "text", ["at the weekend", "over the weekend", "on the weekend", "the weekend"]
)
def test_at_the_weekend_in_a_monday_paper_is_the_weekend_just_before(text: str) -> None:
    """courts m2: "at the weekend" was refused with no hint."""
    assert read(text, "en_GB", D(2025, 2, 17)) == (D(2025, 2, 15), D(2025, 2, 16))
    assert read(text, "en_GB", D(2025, 2, 23)) == (D(2025, 2, 22), D(2025, 2, 23))  # Sunday's
    # a forecast's: the coming one
    assert read(text, "en_GB", D(2025, 2, 17), ahead=True) == (D(2025, 2, 22), D(2025, 2, 23))


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        (
            "at the weekend",
            "en_GB",
            "which one? the last one or the coming one (15-16 February 2025 or 22-23 February"
            " 2025): write its days ('last weekend' and 'this weekend' read)",
        ),
        ("over the weekend", "en", "(February 15-16, 2025 or February 22-23, 2025)"),
        (
            "pendant le week-end",
            "fr",
            "lequel ? le dernier ou le prochain (15-16 février 2025 ou 22-23 février 2025) :"
            " écrivez ses jours (le week-end dernier se lit)",
        ),
        ("ce week-end", "fr", "(15-16 février 2025 ou 22-23 février 2025)"),
    ],
)
def test_a_weekend_in_a_midweek_paper_is_refused_naming_both(
    text: str, language: str, message: str
) -> None:
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, COURT_PAPER)
    assert str(error.value).startswith(f"cannot read {text!r} as a date ({language}): ")
    assert message in str(error.value)


@given(
    publications,
    st.booleans(),
    st.sampled_from(
        [
            ("at the weekend", "en_GB"),
            ("over the weekend", "en_GB"),
            ("pendant le week-end", "fr"),
            ("le week-end", "fr"),
            ("ce week-end", "fr"),
        ]
    ),
)
def test_a_weekend_is_read_only_where_the_paper_s_weekday_tells_which(
    published: date, ahead: bool, form: tuple[str, str]
) -> None:
    text, language = form
    weekday = published.weekday()
    monday = published - timedelta(days=weekday)
    if weekday >= 5 or ahead:
        expected = monday + timedelta(days=5)  # the paper's weekend, or the coming one
    elif weekday <= 1 and text != "ce week-end":
        expected = monday - timedelta(days=2)  # the one just before
    else:
        with pytest.raises(DateSyntaxError, match=r"the last one or the coming|le dernier ou"):
            parse_date(text, language, published, ahead=ahead)
        return
    period = parse_date(text, language, published, ahead=ahead)
    assert (period.start, period.end) == (expected, expected + timedelta(days=1))
    assert period.granularity == "range" and period.start.weekday() == 5


def test_the_weekends_already_read_keep_their_reading() -> None:
    assert read("this weekend", "en_GB", D(2025, 2, 17)) == (D(2025, 2, 22), D(2025, 2, 23))
    assert read("last weekend", "en_GB", COURT_PAPER) == (D(2025, 2, 15), D(2025, 2, 16))
    assert read("le week-end dernier", "fr", COURT_PAPER) == (D(2025, 2, 15), D(2025, 2, 16))
    with pytest.raises(DateSyntaxError, match="which one\\? write its days"):
        parse_date("next weekend", "en_GB", COURT_PAPER)


def test_the_messages_reproduction_now_reads_all_but_the_next_day(
    write_files: WriteFiles,
) -> None:
    """courts repro/msgs: five refusals, four of them of dates that are one period."""
    claims = """\
        claims:
          - {id: r7_a, quote: "He was arrested the next day", subject: a, property: arrest,
             when: the next day}
          - {id: r7_b, quote: "between October and December last year", subject: b,
             property: harassment, when: between October and December last year}
          - {id: r7_c, quote: "between 1am and 3am on Sunday 2 February", subject: c,
             property: theft, when: between 1am and 3am on Sunday 2 February}
          - {id: r7_d, quote: "On or about 5 June 2022 he supplied cocaine", subject: d,
             property: supply, when: on or about 5 June 2022}
          - {id: r7_e, quote: "He was arrested in January last year", subject: e,
             property: arrest, when: in January last year}
        """
    text = (
        "He was arrested the next day. She was harassed between October and December last"
        " year. The theft happened between 1am and 3am on Sunday 2 February. On or about 5"
        " June 2022 he supplied cocaine. He was arrested in January last year."
    )
    folder = write_files(
        {
            "m.yaml": source_block(language="en_GB", published="2025-02-20", text="m.txt")
            + textwrap.dedent(claims),
            "m.txt": text,
        }
    )
    report = verify_folder(folder)
    assert [(f.rule, f.message) for f in report.findings] == [
        (
            "invalid-date",
            "claim 'r7_a': cannot read 'the next day' as a date (en_GB): the day before or"
            " after what? it counts from a day of the story (an offence, a hearing), not from"
            " publication: write its date, as Tuesday 9 Dec. 2025",
        )
    ]


# --- obituaries and culture desk (2025): hedged years, lifespans, decades, centuries -------

OBIT_PAPER = D(2025, 3, 11)
_ROMAN_TABLE = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN_TABLE:
        while n >= value:
            out, n = out + letters, n - value
    return out


def english_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


HEDGES = [
    ("vers {}", "fr"),
    ("aux alentours de {}", "fr"),
    ("autour de {}", "fr"),
    ("v. {}", "fr"),
    ("né vers {}", "fr"),
    ("about {}", "en_GB"),
    ("around {}", "en"),
    ("c. {}", "en_GB"),
    ("c.{}", "en_GB"),
    ("c{}", "en_GB"),
    ("ca. {}", "en"),
    ("circa {}", "en"),
    ("born c. {}", "en_GB"),
]


@given(st.integers(min_value=1006, max_value=9000), st.sampled_from(HEDGES), publications)
def test_a_hedged_year_is_the_years_around_it_never_that_year(
    year: int, form: tuple[str, str], published: date
) -> None:
    """obits M7: "vers 1750" was read as 1750, and gave false age errors."""
    text, language = form[0].format(year), form[1]
    period = parse_date(text, language, published)
    assert (period.start, period.end) == (D(year - 5, 1, 1), D(year + 5, 12, 31))
    assert period.granularity == "range" and period.text == text


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("vers les années 1750", "fr", (1745, 1764)),
        ("about the 1960s", "en_GB", (1955, 1974)),
        ("circa 1750s", "en", (1745, 1764)),
        ("between about 1750 and 1760", "en", (1745, 1760)),
    ],
)
def test_a_hedged_decade_is_widened_as_a_year(
    text: str, language: str, years: tuple[int, int]
) -> None:
    assert read(text, language, OBIT_PAPER) == (D(years[0], 1, 1), D(years[1], 12, 31))


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        (
            "about last year",
            "en_GB",
            "cannot read 'about last year' as a date (en_GB): an approximate year is not that"
            " year: write the years it may be, as 2022 to 2026",
        ),
        (
            "vers les années 60",
            "fr",
            "cannot read 'vers les années 60' as a date (fr): une année approximative n'est pas"
            " cette année : écrivez les années possibles, comme 1958 à 1971",
        ),
    ],
)
def test_a_hedged_year_not_in_figures_is_refused_saying_what_to_write(
    text: str, language: str, message: str
) -> None:
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, OBIT_PAPER)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("text", "language", "same_as"),
    [
        ("vers le 5 juin 2022", "fr", "5 juin 2022"),
        ("vers juin 2022", "fr", "juin 2022"),
        ("about June 2022", "en_GB", "June 2022"),
    ],
)
def test_a_hedged_day_or_month_keeps_its_reading(text: str, language: str, same_as: str) -> None:
    assert read(text, language, OBIT_PAPER) == read(same_as, language, OBIT_PAPER)


def test_the_hedged_birth_reproduction_now_passes(write_files: WriteFiles) -> None:
    """obits repro r07: "né vers 1750 … mort en 1821 à 72 ans" gave an age error."""
    folder = write_files(
        {
            "r.yaml": source_block(language="fr", published="2025-03-06", text="r.txt")
            + textwrap.dedent(
                """\
                claims:
                  - {id: r07_naissance, quote: "né vers 1750", subject: Perronneau fils,
                     property: naissance, when: vers 1750}
                  - {id: r07_age, quote: "mort en 1821 à 72 ans", subject: Perronneau fils,
                     property: âge, value: "72 ans", when: "1821"}
                """
            ),
            "r.txt": "Perronneau fils, né vers 1750, est mort en 1821 à 72 ans.",
        }
    )
    assert [(f.rule, f.message) for f in verify_folder(folder).findings] == []


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        (
            "(1938-2025)",
            "en_GB",
            "cannot read '(1938-2025)' as a date (en_GB): a lifespan is two dates: write the"
            " birth and the death as two claims (1938; 2025)",
        ),
        (
            "(3 March 1938 – 12 January 2025)",
            "en_GB",
            "write the birth and the death as two claims (3 March 1938; 12 January 2025)",
        ),
        (
            "(1938–2025)",
            "fr",
            "cannot read '(1938–2025)' as a date (fr): une vie, ce sont deux dates : écrivez la"
            " naissance et la mort en deux affirmations (1938 ; 2025)",
        ),
    ],
)
def test_a_lifespan_in_brackets_is_refused_as_two_dates(
    text: str, language: str, message: str
) -> None:
    """obits m4: "(1938-2025)" was refused with no hint; unbracketed, it stays a range."""
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, OBIT_PAPER)
    assert message in str(error.value)
    assert read("1938-2025", language, OBIT_PAPER) == (D(1938, 1, 1), D(2025, 12, 31))


@given(
    st.integers(min_value=1000, max_value=2025),
    st.sampled_from(
        [
            ("born in {}", "en_GB"),
            ("born {}", "en"),
            ("b. {}", "en_GB"),
            ("died in {}", "en_GB"),
            ("né en {}", "fr"),
            ("née en {}", "fr"),
            ("morte en {}", "fr"),
            ("décédé en {}", "fr"),
        ]
    ),
)
def test_an_event_word_before_a_year_is_dropped(year: int, form: tuple[str, str]) -> None:
    """obits m4: "born in 1938", "né en 1938" were refused: the property names the event."""
    period = parse_date(form[0].format(year), form[1], OBIT_PAPER)
    assert (period.start, period.end, period.granularity) == (
        D(year, 1, 1),
        D(year, 12, 31),
        "year",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("born on 3 March 1938", "en_GB"),
        ("born 3 March 1938", "en_GB"),
        ("né le 3 mars 1938", "fr"),
    ],
)
def test_an_event_word_before_a_day_is_dropped(text: str, language: str) -> None:
    assert read(text, language, OBIT_PAPER) == (D(1938, 3, 3), D(1938, 3, 3))


DECADE_WORDS = [
    ("the {}", "en_GB", ["twenties", "Thirties", "forties", "fifties", "Sixties", "seventies",
                         "eighties", "nineties"]),
    ("les années {}", "fr", ["vingt", "trente", "quarante", "cinquante", "soixante",
                             "soixante-dix", "quatre-vingt", "quatre-vingt-dix"]),
]  # fmt: skip


@given(publications, st.integers(min_value=2, max_value=9), st.sampled_from(DECADE_WORDS))
def test_a_decade_in_words_reads_as_in_two_digits_but_the_papers_own(
    published: date, tens: int, form: tuple[str, str, list[str]]
) -> None:
    """obits m4: "the Sixties", "les années soixante" were refused with no hint."""
    pattern, language, words = form
    words_text = pattern.format(words[tens - 2])
    digits = parse_date(
        f"the {tens}0s" if language != "fr" else f"les années {tens}0", language, published
    )
    if digits.start.year <= published.year <= digits.end.year:  # "the Twenties" in 2025
        with pytest.raises(DateSyntaxError) as error:
            parse_date(words_text, language, published)
        before, now = digits.start.year - 100, digits.start.year
        expected = (
            f"les années {before} ou les années {now} ? écrivez la décennie en chiffres"
            if language == "fr"
            else f"the {before}s or the {now}s? write the decade in figures, as the {before}s"
        )
        assert expected in str(error.value)
        return
    period = parse_date(words_text, language, published)
    assert (period.start, period.end, period.granularity) == (digits.start, digits.end, "range")


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("the late sixties", "en_GB", (1966, 1969)),
        ("la fin des années soixante", "fr", (1966, 1969)),
        ("le milieu des années 1970", "fr", (1973, 1976)),
        ("the mid-1970s", "en_GB", (1973, 1976)),
    ],
)
def test_a_part_of_a_decade_in_words_reads_as_in_figures(
    text: str, language: str, years: tuple[int, int]
) -> None:
    assert read(text, language, OBIT_PAPER) == (D(years[0], 1, 1), D(years[1], 12, 31))


@given(st.integers(min_value=1, max_value=39), publications)
def test_a_century_is_its_hundred_years_counted_from_year_one(n: int, published: date) -> None:
    """obits m4: "the 19th century", "le XVIIIe siècle" were refused with no hint."""
    years = (D((n - 1) * 100 + 1, 1, 1), D(n * 100, 12, 31))
    suffix = "er" if n == 1 else "e"
    for text, language in (
        (f"the {english_ordinal(n)} century", "en_GB"),
        (f"{english_ordinal(n)} century", "en"),
        (f"le {roman(n)}{suffix} siècle", "fr"),
        (f"au {roman(n)}{suffix} siècle", "fr"),
        (f"{roman(n).lower()}{suffix} siècle", "fr"),
        (f"le {n}{suffix} siècle", "fr"),
    ):
        period = parse_date(text, language, published)
        assert (period.start, period.end, period.granularity) == (*years, "range"), text


@given(st.integers(min_value=2, max_value=21), st.sampled_from(["early", "mid", "late"]))
def test_a_part_of_a_century_is_a_third_as_a_part_of_a_decade(n: int, part: str) -> None:
    first = (n - 1) * 100 + 1
    offsets = {"early": (0, 33), "mid": (33, 66), "late": (66, 99)}[part]
    years = (D(first + offsets[0], 1, 1), D(first + offsets[1], 12, 31))
    french = {"early": "le début du", "mid": "le milieu du", "late": "la fin du"}[part]
    dash = "-" if part == "mid" else " "
    assert read(f"the {part}{dash}{english_ordinal(n)} century", "en_GB", OBIT_PAPER) == years
    assert read(f"{french} {roman(n)}e siècle", "fr", OBIT_PAPER) == years
    # as a decade's: "the late 1970s" is its last years, 1976-1979
    decade = read(f"the {part}{dash}1970s", "en_GB", OBIT_PAPER)
    assert (decade[0].year - 1970, decade[1].year - 1970) == (offsets[0] // 10, offsets[1] // 10)


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("the early 1800s", "en_GB", "the century or the decade? write the years, as 1800 to 1833"),
        ("the 1700s", "en_GB", "the century or the decade? write the years, as 1700 to 1799"),
        (
            "the last century",
            "en_GB",
            "the century before this one, or the past hundred years? write the century, as the"
            " 20th century, or the years meant",
        ),
        ("next century", "en", "the century after this one, or the next hundred years?"),
        (
            "the postwar years",
            "en_GB",
            "cannot read 'the postwar years' as a date (en_GB): no period of the calendar (which"
            " war? until when?): write the years meant, as 1945 to 1955",
        ),
        ("the interwar years", "en_GB", "write the years meant, as 1919 to 1939"),
        (
            "l'après-guerre",
            "fr",
            "pas une période du calendrier (quelle guerre ? jusqu'à quand ?) : écrivez les"
            " années, comme 1945 à 1955",
        ),
        ("l'entre-deux-guerres", "fr", "écrivez les années, comme 1919 à 1939"),
    ],
)
def test_an_era_or_an_ambiguous_century_is_refused_saying_what_to_write(
    text: str, language: str, message: str
) -> None:
    """obits m4: "the postwar years" was refused with no hint, "the last century" read as 1925."""
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, OBIT_PAPER)
    assert message in str(error.value)


@given(st.integers(min_value=1000, max_value=9998))
def test_a_school_year_and_a_season_are_their_months_never_two_calendar_years(
    first: int,
) -> None:
    """The older item: "l'année scolaire 2024-2025" was January 2024 to December 2025."""
    short = f"{(first + 1) % 100:02d}"
    school = (D(first, 9, 1), D(first + 1, 8, 31))  # from the rentrée, as "la rentrée" reads
    season = (D(first, 7, 1), D(first + 1, 6, 30))  # the federations' and leagues' year
    for text, language, expected in (
        (f"l'année scolaire {first}-{first + 1}", "fr", school),
        (f"l'année universitaire {first}/{first + 1}", "fr", school),
        (f"the {first}-{short} school year", "en_GB", school),
        (f"the {first}/{short} academic year", "en_GB", school),
        (f"la saison {first}-{first + 1}", "fr", season),
        (f"la saison {first}/{short}", "fr", season),
        (f"the {first}-{short} season", "en_GB", season),
    ):
        period = parse_date(text, language, None)
        assert (period.start, period.end, period.granularity) == (*expected, "range"), text
    # a winter is December to February; an epidemic's season is refused, saying its months
    winter = parse_date(f"the {first}-{short} winter", "en_GB", None)
    assert (winter.start, winter.end) == (D(first, 12, 1), D(first + 1, 3, 1) - timedelta(days=1))
    with pytest.raises(DateSyntaxError, match=f"write its months, as October {first} to March"):
        parse_date(f"the {first}-{short} flu season", "en_GB", None)


def test_two_consecutive_seasons_do_not_overlap() -> None:
    a = parse_date("la saison 2023-2024", "fr", None)
    b = parse_date("la saison 2024-2025", "fr", None)
    assert not a.overlaps(b) and a.end + timedelta(days=1) == b.start
    c = parse_date("l'année scolaire 2023-2024", "fr", None)
    e = parse_date("l'année scolaire 2024-2025", "fr", None)
    assert not c.overlaps(e) and c.end + timedelta(days=1) == e.start
    assert parse_date("la rentrée 2024", "fr", None).start == e.start


# --- reviewers' findings: days listed, a range's lead word, "durant le week-end", the scan -------

LISTING_PAPER = D(2025, 2, 20)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("la grève des 30, 31 janvier", "fr", [("30, 31 janvier", D(2025, 1, 30), D(2025, 1, 31))]),
        ("la grève des 12, 13 janvier", "fr", [("12, 13 janvier", D(2025, 1, 12), D(2025, 1, 13))]),
        (
            "the strike of 30, 31 January",
            "en",
            [("30, 31 January", D(2025, 1, 30), D(2025, 1, 31))],
        ),
        (
            "les 30, 31 janvier et 1er février",
            "fr",
            [
                ("30, 31 janvier", D(2025, 1, 30), D(2025, 1, 31)),
                ("1er février", D(2025, 2, 1), D(2025, 2, 1)),
            ],
        ),
        (
            "les 13, 14 et 15 janvier",
            "fr",
            [("13, 14 et 15 janvier", D(2025, 1, 13), D(2025, 1, 15))],
        ),
    ],
)
def test_days_listed_before_a_month_are_read_to_the_last_day_never_as_a_year(
    text: str, language: str, expected: list[tuple[str, date, date]]
) -> None:
    """Reviewers: "30, 31 janvier" was 30 January 2031, "12, 13 janvier" 12 January 2013."""
    found = factcheck.dates.find_days(text, language, LISTING_PAPER)
    assert [(m.written, m.period.start, m.period.end) for m in found] == expected
    assert not any(m.year_written for m in found)


@pytest.mark.parametrize(
    ("text", "language", "written", "start", "end"),
    [
        ("between 3 May and 5 June", "en", "3 May and 5 June", D(2025, 5, 3), D(2025, 6, 5)),
        ("between 3 and 5 June", "en", "3 and 5 June", D(2025, 6, 3), D(2025, 6, 5)),
        ("entre le 3 mai et le 5 juin", "fr", "3 mai et le 5 juin", D(2025, 5, 3), D(2025, 6, 5)),
        ("entre le 3 et le 5 juin", "fr", "3 et le 5 juin", D(2025, 6, 3), D(2025, 6, 5)),
    ],
)
def test_a_range_found_in_a_text_writes_the_dates_without_their_lead_word(
    text: str, language: str, written: str, start: date, end: date
) -> None:
    """Reviewers: "between 3 May and 5 June" kept "between", "between 3 and 5 June" did not."""
    (found,) = factcheck.dates.find_days(f"Works {text}.", language, LISTING_PAPER)
    assert (found.written, found.period.text) == (written, written)
    assert (found.start, found.period.start, found.period.end) == (
        6 + text.index(written[0]),
        start,
        end,
    )


def test_durant_le_week_end_is_read_as_pendant_le_week_end() -> None:
    """Reviewers: "durant le week-end" was refused, "durant week-end" read."""
    monday = D(2025, 2, 17)
    for text in ("durant le week-end", "pendant le week-end", "lors du week-end", "le week-end"):
        assert read(text, "fr", monday) == (D(2025, 2, 15), D(2025, 2, 16)), text
    assert read("le week-end dernier", "fr", monday) == (D(2025, 2, 15), D(2025, 2, 16))
    with pytest.raises(DateSyntaxError, match="lequel"):
        parse_date("ce week-end", "fr", D(2025, 2, 19))


_SCAN_WORDS = st.sampled_from(
    [
        *("lundi", "mardi", "mercredi", "samedi", "dim", "mar", "marché", "mer", "mers"),
        *("Monday", "monday", "mon", "month", "wed", "weds", "wednesdays", "thurs", "thu"),
        *("sat", "satur", "sunday", "sundays", "sun", "tue", "tues", "fri", "friday"),
        *("x", "le", "the", "a", "3", "-", "_", "é", "lun", "lunes", "sáb", "sab"),
    ]
)
_SCAN_GLUE = st.sampled_from(["", " ", "  ", ", ", ".", "-", "\n", "'"])


@pytest.mark.parametrize("language", ["fr", "en", "es", "it", "de"])
@given(st.lists(st.tuples(_SCAN_WORDS, _SCAN_GLUE), max_size=30))
def test_the_weekday_name_scan_yields_what_finditer_yields(
    language: str, words: list[tuple[str, str]]
) -> None:
    """Issue 7: names looked for where their first three letters are, as finditer finds them."""
    lang = dates_module._lang(language)
    assert lang.weekday_starts is not None
    lowered = "".join(w + g for w, g in words).lower()
    expected = [(m.start(), m.end()) for m in lang.weekday_starts.finditer(lowered)]
    scanned = dates_module._name_matches(lang.weekday_starts, lang.weekday_prefixes, lowered)
    assert [(m.start(), m.end()) for m in scanned] == expected
