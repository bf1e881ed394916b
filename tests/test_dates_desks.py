"""The date readings four newsroom desks (climate, council, justice, sport) found wrong.

Each test names the audit finding it pins. A date read as another date is the worst
outcome: these forms are read as the desk meant, or refused saying what to write.
"""

from __future__ import annotations

import itertools
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
    with pytest.raises(DateSyntaxError, match="a time of day is no date: write its day"):
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
        assert number > 28 and "write the day and its month" in str(error)
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
        ("le 31", D(2025, 3, 15), "février 2025, which has no day 31: write the day and its month"),
        ("le 30", D(2025, 3, 10), "février 2025, which has no day 30"),
        ("12", MONDAY, "a number alone is no date: write the day and its month"),
        ("le 32", MONDAY, "write the day and its month, as le 12 novembre 2025"),
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
    with pytest.raises(DateSyntaxError, match="counts from another date than publication"):
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
        ("winter 2024-25", D(2024, 1, 1), D(2025, 12, 31)),  # as a season: both years
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


@pytest.mark.parametrize("text", ["FY2025", "FY25", "Q3 2024/25", "fiscal 2025", "l'exercice 2025"])
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
        ("winter 2024/25", D(2024, 1, 1), D(2025, 12, 31)),
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
