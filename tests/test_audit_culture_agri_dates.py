"""The dates a culture desk's and a farming desk's audits found misread or refused badly.

Culture: "May '68", "March '03" (a year in two digits after an apostrophe was read as a
day of this year's month, or put in the wrong century), "summer of '69", "il y a
cinquante ans", "le week-end du 14 juillet", "the week of Nov. 10-16", "l'été 85", and a
film's "première semaine" refused in the words of a match. Farming: campaigns and
marketing years ("la campagne 2024/2025", "MY 2025/26") refused with no hint.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import load, verify
from factcheck.dates import DateSyntaxError, find_days, parse_date

D = date
CULTURE_EN = D(2025, 12, 16)  # the ratings article's day, a Tuesday
CULTURE_FR = D(2025, 11, 19)  # the box-office article's day, a Wednesday

# dateparser reads some texts (its first use in a language ~0.3 s): no deadlines
slow = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
publications = st.dates(min_value=D(1900, 1, 2), max_value=D(2100, 12, 30))
EN_MONTHS = {
    "January": 1, "Jan.": 1, "February": 2, "Feb.": 2, "March": 3, "April": 4, "May": 5,
    "June": 6, "July": 7, "August": 8, "Aug.": 8, "September": 9, "Sept.": 9, "Sep.": 9,
    "October": 10, "Oct.": 10, "November": 11, "Nov.": 11, "December": 12, "Dec.": 12,
}  # fmt: skip


def span(text: str, language: str, published: date, *, ahead: bool = False) -> tuple[date, date]:
    period = parse_date(text, language, published, ahead=ahead)
    return period.start, period.end


def refusal(text: str, language: str, published: date = CULTURE_FR) -> str:
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text, language, published)
    return str(error.value)


def month_of(year: int, month: int) -> tuple[date, date]:
    last = (D(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)) if year < 9999 else None
    return D(year, month, 1), last or D(year, 12, 31)


# --- culture major 2: "Month 'YY" is a month of that year, never a day ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March '03", month_of(2003, 3)),  # was 3 March 2025
        ("Oct. '17", month_of(2017, 10)),  # was 17 October 2025
        ("Sept. '01", month_of(2001, 9)),  # was 1 September 2025
        ("May '68", month_of(1968, 5)),  # was May 2068
        ("Aug. '69", month_of(1969, 8)),
        ("in March '03", month_of(2003, 3)),
        ("May \u201968", month_of(1968, 5)),  # a typographic apostrophe
        ("Dec. '26", month_of(1926, 12)),  # a fact's: the latest on or before 2025
        ("'85", (D(1985, 1, 1), D(1985, 12, 31))),
        ("in '69", (D(1969, 1, 1), D(1969, 12, 31))),
        ("'25", (D(2025, 1, 1), D(2025, 12, 31))),  # was 25 January 2025
        ("summer '69", (D(1969, 6, 1), D(1969, 8, 31))),
        ("summer of '69", (D(1969, 6, 1), D(1969, 8, 31))),
        ("the summer of '69", (D(1969, 6, 1), D(1969, 8, 31))),
        ("May '68 to June '69", (D(1968, 5, 1), D(1969, 6, 30))),
        ("'69-'70", (D(1969, 1, 1), D(1970, 12, 31))),
    ],
)
def test_a_year_after_an_apostrophe_is_that_year(text: str, expected: tuple[date, date]) -> None:
    assert span(text, "en_GB", CULTURE_EN) == expected


def test_a_forecasts_year_after_an_apostrophe_is_the_next_one() -> None:
    assert span("Dec. '26", "en", CULTURE_EN, ahead=True) == month_of(2026, 12)
    assert span("'25", "en", CULTURE_EN, ahead=True) == (D(2025, 1, 1), D(2025, 12, 31))
    assert span("May '68", "en", CULTURE_EN, ahead=True) == month_of(2068, 5)


def test_a_decade_and_a_codes_year_keep_their_readings() -> None:
    assert span("the '90s", "en", CULTURE_EN) == (D(1990, 1, 1), D(1999, 12, 31))
    assert "four digits" in refusal("Q3 '25", "en", CULTURE_EN)  # which century?
    assert "four digits" in refusal("T1 '00", "fr")


@slow
@given(
    st.sampled_from(sorted(EN_MONTHS)),
    st.integers(min_value=0, max_value=99),
    publications,
    st.booleans(),
)
def test_month_and_two_digit_year_read_as_that_month(
    month: str, short: int, published: date, ahead: bool
) -> None:
    period = parse_date(f"{month} '{short:02d}", "en", published, ahead=ahead)
    if ahead:  # a forecast's: the first such year on or after publication's
        year = next(y for y in range(published.year, published.year + 100) if y % 100 == short)
    else:  # a fact's: the latest on or before it, as "'85" alone
        year = next(y for y in range(published.year, published.year - 100, -1) if y % 100 == short)
    assert period.granularity == "month"
    assert (period.start, period.end) == month_of(year, EN_MONTHS[month])


@pytest.mark.parametrize("text", ["l'été 85", "été 85", "au printemps 85", "mai 68"])
def test_a_french_season_with_two_figures_says_to_write_four(text: str) -> None:
    message = refusal(text, "fr")
    assert message.endswith("write the year in four digits"), message
    assert "a number alone" not in message


@pytest.mark.parametrize("text", ["summer 69", "summer of 69"])
def test_an_english_season_with_two_figures_says_to_write_four(text: str) -> None:
    assert refusal(text, "en", CULTURE_EN).endswith("write the year in four digits")


def test_may_68_in_a_fact_is_1968_not_a_forecast(tmp_path: Path) -> None:
    """The culture probe `may68`: a fact of "May '68" was dated 2068, after publication."""
    (tmp_path / "a.txt").write_text(
        "The film, shot in Paris in May '68, was restored in 2024. Its director was born on"
        " 3 March 1940 and was 28 when he shot it.",
        encoding="utf-8",
    )
    (tmp_path / "a.yaml").write_text(
        "source: {id: may68, title: t, publisher: Guardian, published: 2025-12-16,"
        " language: en_GB, text: a.txt}\n"
        "claims:\n"
        '  - {id: shot, quote: "shot in Paris in May \'68", subject: Le Joli Mai II,'
        ' property: shot, when: "May \'68"}\n'
        '  - {id: restored, quote: "was restored in 2024", subject: Le Joli Mai II,'
        ' property: restored, when: "2024"}\n'
        '  - {id: dir_born, quote: "born on 3 March 1940", subject: Jean Dulac,'
        " property: birth, when: 3 March 1940}\n"
        '  - {id: dir_age, quote: "was 28 when he shot it", subject: Jean Dulac,'
        ' property: age, qualifiers: {event: shoot}, value: "28 year", when: "May \'68"}\n'
        "checks:\n"
        "  - {id: order, order: [dir_born, shot, restored]}\n",
        encoding="utf-8",
    )
    report = verify(load([tmp_path]))
    assert [(f.rule, f.message) for f in report.findings] == []
    # and a 29 in the copy is caught, counted to May 1968
    yaml = (tmp_path / "a.yaml").read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(yaml.replace('"28 year"', '"29 year"'), encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        (tmp_path / "a.txt").read_text(encoding="utf-8").replace("was 28", "was 29"),
        encoding="utf-8",
    )
    yaml = (tmp_path / "a.yaml").read_text(encoding="utf-8").replace("was 28", "was 29")
    (tmp_path / "a.yaml").write_text(yaml, encoding="utf-8")
    messages = [
        f.message for f in verify(load([tmp_path])).findings if f.rule == "age-matches-birth"
    ]
    assert len(messages) == 1 and "was 28 in May 1968" in messages[0], messages


# --- culture minor 3: refusals with no hint, or a wrong one ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("il y a cinquante ans", "fr", 1975),
        ("il y a 50 ans", "fr", 1975),  # as before
        ("il y a un demi-siècle", "fr", 1975),
        ("il y a un siècle", "fr", 1925),
        ("il y a deux siècles", "fr", 1825),
        ("il y a un quart de siècle", "fr", 2000),
        ("il y a trente ans", "fr", 1995),
        ("il y a soixante-dix ans", "fr", 1955),
        ("il y a quatre-vingts ans", "fr", 1945),
        ("il y a quatre-vingt-dix ans", "fr", 1935),
        ("il y a vingt et un ans", "fr", 2004),
        ("il y a une décennie", "fr", 2015),
        ("half a century ago", "en", 1975),
        ("a century ago", "en", 1925),  # as before
        ("a quarter-century ago", "en", 2000),
        ("twenty-five years ago", "en", 2000),
        ("a hundred years ago", "en", 1925),
    ],
)
def test_a_count_of_years_back_in_words_is_the_year_it_reaches(
    text: str, language: str, year: int
) -> None:
    period = parse_date(text, language, CULTURE_FR)
    assert (period.start, period.end, period.granularity) == (
        D(year, 1, 1),
        D(year, 12, 31),
        "year",
    )


@given(st.integers(min_value=1, max_value=99), publications)
def test_a_count_in_words_reads_as_in_figures(count: int, published: date) -> None:
    words = [
        "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
        "douze", "treize", "quatorze", "quinze", "seize",
    ]  # fmt: skip
    tens = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
    if count < 17:
        written = words[count - 1]
    elif count < 20:
        written = f"dix-{words[count - 11]}"
    elif count < 70:
        ten, unit = divmod(count, 10)
        written = tens[ten * 10] + (
            "" if not unit else " et un" if unit == 1 else f"-{words[unit - 1]}"
        )
    else:
        return  # soixante-dix and quatre-vingts: the parametrised cases above
    if published.year - count < 1:
        return
    in_words = parse_date(f"il y a {written} ans", "fr", published)
    assert in_words.start == D(published.year - count, 1, 1), written
    assert in_words.end == D(published.year - count, 12, 31), written


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [  # 14 July 2025 is a Monday: the weekend before it, its long weekend
        ("le week-end du 14 juillet", "fr", CULTURE_FR, (D(2025, 7, 12), D(2025, 7, 13))),
        ("le week-end du 15 août", "fr", CULTURE_FR, (D(2025, 8, 16), D(2025, 8, 17))),  # Fri
        ("le week-end du 12 juillet", "fr", CULTURE_FR, (D(2025, 7, 12), D(2025, 7, 13))),
        ("le week-end du 13 juillet", "fr", CULTURE_FR, (D(2025, 7, 12), D(2025, 7, 13))),
        ("the weekend of July 14", "en", CULTURE_EN, (D(2025, 7, 12), D(2025, 7, 13))),
        ("the weekend of Dec. 12-14", "en", CULTURE_EN, (D(2025, 12, 12), D(2025, 12, 14))),
    ],
)
def test_the_weekend_of_a_day_is_its_saturday_and_sunday(
    text: str, language: str, published: date, expected: tuple[date, date]
) -> None:
    assert span(text, language, published) == expected


@given(st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)))
def test_the_weekend_of_a_day_holds_it_or_is_next_to_it(day: date) -> None:
    text = f"le week-end du {day.day} {['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][day.month - 1]} {day.year}"  # noqa: E501
    if day.weekday() in (1, 2, 3):  # Tuesday to Thursday: next to no weekend
        assert "écrivez ses jours" in refusal(text, "fr")
        return
    saturday, sunday = span(text, "fr", CULTURE_FR)
    assert saturday.weekday() == 5
    assert sunday == saturday + timedelta(days=1)
    assert abs((day - saturday).days) <= 2


def test_the_weekend_of_a_midweek_day_says_to_write_its_days() -> None:
    message = refusal("le week-end du 11 novembre", "fr")  # a Tuesday in 2025
    assert "écrivez ses jours" in message
    assert "the weekend of Dec. 9-11" in refusal("the weekend of Dec. 9-11", "en", CULTURE_EN)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the week of Nov. 10-16", "en"),
        ("the week of Nov. 10", "en"),  # as before: the seven days from it
        ("la semaine du 10 au 16 novembre", "fr"),
        ("la semaine du 10 novembre", "fr"),
    ],
)
def test_the_week_of_its_days_is_those_seven_days(text: str, language: str) -> None:
    period = parse_date(text, language, CULTURE_EN)
    assert (period.start, period.end, period.granularity) == (
        D(2025, 11, 10),
        D(2025, 11, 16),
        "week",
    )


def test_the_week_of_days_that_are_not_seven_says_to_write_the_week() -> None:
    message = refusal("the week of Nov. 10-14", "en", CULTURE_EN)
    assert "a week is seven days: write its first day" in message


@pytest.mark.parametrize("text", ["en première semaine", "la première semaine d'exploitation"])
def test_a_films_first_week_is_refused_as_counted_from_an_event(text: str) -> None:
    message = refusal(text, "fr")
    assert "depuis un événement" in message and "une sortie" in message
    assert "écrivez-en le jour ou les jours" in message


def test_an_english_moment_counted_from_an_event_says_so() -> None:
    message = refusal("in the first week", "en", CULTURE_EN)
    assert "from an event" in message and "a release" in message


# --- agri MINOR 9: campaigns and marketing years ------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "example"),
    [
        ("la campagne 2024/2025", "fr", "du 1er juillet 2024 au 30 juin 2025"),
        ("campagne 2024-2025", "fr", "du 1er juillet 2024 au 30 juin 2025"),
        ("campagne de commercialisation 2024/25", "fr", "du 1er juillet 2024 au 30 juin 2025"),
        ("cette campagne", "fr", "écrivez ses mois"),
        ("depuis le début de la campagne", "fr", "écrivez ses mois"),
        ("la saison céréalière 2024/2025", "fr", "du 1er juillet 2024 au 30 juin 2025"),
        ("the 2024/25 marketing year", "en", "July 1, 2024 to June 30, 2025"),
        ("marketing year 2024/25", "en", "July 1, 2024 to June 30, 2025"),
        ("crop year 2025/26", "en", "July 1, 2025 to June 30, 2026"),
        ("MY 2025/26", "en", "July 1, 2025 to June 30, 2026"),
        ("the 2024/25 marketing year", "en_GB", "1 July 2024 to 30 June 2025"),
        ("the 2025 harvest", "en", "July to September 2025"),
        ("la récolte 2025", "fr", "de juillet à septembre 2025"),
    ],
)
def test_a_campaign_is_refused_saying_to_write_its_months(
    text: str, language: str, example: str
) -> None:
    message = refusal(text, language, D(2025, 8, 26))
    assert example in message, message


def test_a_campaigns_example_reads_as_its_months() -> None:
    """What the message says to write is a date the reader reads, July to June."""
    for text, language in [
        ("du 1er juillet 2024 au 30 juin 2025", "fr"),
        ("July 1, 2024 to June 30, 2025", "en"),
        ("1 July 2024 to 30 June 2025", "en_GB"),
    ]:
        assert span(text, language, D(2025, 8, 26)) == (D(2024, 7, 1), D(2025, 6, 30))


def test_a_campaign_is_refused_even_with_a_financial_year_start() -> None:
    with pytest.raises(DateSyntaxError, match="write its months"):
        parse_date("marketing year 2024/25", "en", D(2025, 8, 26), financial_year_start=4)


def test_a_sports_season_stays_july_to_june() -> None:
    assert span("la saison 2024/2025", "fr", D(2025, 8, 26)) == (D(2024, 7, 1), D(2025, 6, 30))


# --- one table of currency signs -------------------------------------------------------------


@pytest.mark.parametrize("sign", ["€", "$", "£", "₹", "₽", "₩", "₺", "₴", "₪", "₦", "¥"])
def test_a_day_before_a_currency_sign_is_no_date(sign: str) -> None:
    """ "March 12 ₹" is a figure and its currency, as "March 12 €" always was."""
    assert find_days(f"Shares fell in March 12 {sign} to 40 {sign}.", "en", CULTURE_EN) == ()
    found = find_days("Shares fell on March 12 to 40.", "en", CULTURE_EN)
    assert [mention.written for mention in found] == ["March 12"]


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("in its first week", "en", "week"),
        ("in its third weekend", "en", "weekend"),
        ("son deuxième week-end", "fr", "week-end"),
        ("pendant sa deuxième semaine d'exploitation", "fr", "semaine"),
    ],
)
def test_a_releases_week_or_weekend_says_to_write_its_days(
    text: str, language: str, unit: str
) -> None:
    message = refusal(text, language, CULTURE_EN)
    assert "write its day or days" in message or "écrivez-en le jour ou les jours" in message
    assert f"{unit!r}" in message
