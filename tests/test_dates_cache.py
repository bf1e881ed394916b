"""Tests of the caches and filters of factcheck.dates: they give the answers of the plain way.

`parse_date` caches a reading by its text alone when the reading never consults the
publication day, and by text and day otherwise; `find_weekday_dates` skips the texts that
contain no stem of a weekday name. Each test states the plain way (`_parse`, the regex
over the whole text) and checks the cached or filtered answer against it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, datetime
from functools import partial

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import dates as dates_module
from factcheck.dates import (
    PAST_NEARER_DAYS,
    DateSyntaxError,
    Period,
    WeekdayMention,
    find_weekday_dates,
    in_year,
    near_publication,
    parse_date,
)

PUB = date(2015, 7, 27)  # a Monday
D = date

# dateparser reads some of the generated texts (~1 ms each, its first use ~0.3 s)
slow = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=150)

LANGUAGES = ["fr", "en", "de", "fr-FR", "xx"]
WORDS = [
    *("en", "le", "de", "du", "au", "à", "d'ici", "depuis", "entre", "et", "in", "on", "by"),
    *("from", "to", "between", "and", "the", "of", "fin", "début", "mi-", "late", "early"),
    *("mid-", "premier", "dernier", "trimestre", "semestre", "first", "quarter", "half"),
    *("T1", "Q2", "S2", "H1", "été", "hiver", "summer", "semaine", "week", "l'an", "last"),
    *("this", "next", "year", "cette", "année", "prochain", "hier", "yesterday", "today"),
    *("lundi", "Monday,", "mardi", "juillet", "mars", "March", "sept.", "févr.", "mai"),
    *("27", "1er", "29", "31", "12", "0", "2015", "2016", "0000", "9999", "-", "–", "/"),
    *("27/07", "07/27", "27/07/2015", "2015-07-27", "2015-02-30", "2014/15", "2015-07"),
    *("juin", "June", "ce", "week-end", "weekend", "passé", "l'été", "automne", "spring"),
    *("plus", "tôt", "earlier", "later", "d'année", "la", "fin de l'année", "end of the year"),
    *("month", "mois-ci", "semaine", "de semaine", "4-5", "5", "Tuesday", "and", "derniers"),
    *("season", "saison", "2024-25", "précédent", "end-2024", "fin-", "start-"),
    *("&", "or", "ou", "les", "after", "après", "fiscal", "FY24", "exercice", "1900s", "14"),
]
date_texts = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join),
    st.text(max_size=20),
)
days = st.one_of(st.none(), st.dates(), st.datetimes())  # a datetime is its day


def _outcome(read: Callable[[], Period]) -> tuple[object, ...]:
    try:
        period = read()
    except DateSyntaxError as error:
        return ("error", str(error))
    return (period.start, period.end, period.granularity, period.text)


def _plain(text: str, language: str, published: date | None) -> tuple[object, ...]:
    """What parse_date answers, read without any cache of readings."""
    if isinstance(published, datetime):
        published = published.date()
    return _outcome(lambda: dates_module._parse(text, language, published))


@slow
@given(date_texts, st.sampled_from(LANGUAGES), st.lists(days, min_size=2, max_size=4))
def test_a_cached_reading_is_the_uncached_one(
    text: str, language: str, published_days: list[date | None]
) -> None:
    # one text read for several days in turn, after whatever earlier examples cached
    for published in published_days:
        expected = _plain(text, language, published)
        for _ in range(2):  # the second time from the cache
            assert _outcome(partial(parse_date, text, language, published)) == expected


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("fr", "en mars", [(D(2015, 7, 27), D(2015, 3, 1)), (D(2015, 2, 1), D(2014, 3, 1))]),
        (
            "fr",
            "lundi 27 juillet",
            [
                (D(2015, 7, 27), D(2015, 7, 27)),
                (D(2016, 1, 5), D(2015, 7, 27)),
                (D(2016, 3, 5), D(2015, 7, 27)),  # the Monday: 27 July 2016 is a Wednesday
                (D(2020, 3, 5), D(2020, 7, 27)),
            ],
        ),
        ("fr", "l'an dernier", [(D(2015, 7, 27), D(2014, 1, 1)), (D(2020, 1, 1), D(2019, 1, 1))]),
        (
            "fr",
            "au 4e trimestre",
            [(D(2015, 7, 27), D(2014, 10, 1)), (D(2015, 12, 1), D(2015, 10, 1))],
        ),
        ("en", "yesterday", [(D(2015, 7, 27), D(2015, 7, 26)), (D(2016, 3, 1), D(2016, 2, 29))]),
        ("en", "summer", [(D(2015, 7, 27), D(2015, 6, 1)), (D(2015, 5, 31), D(2014, 6, 1))]),
        (
            "en",
            "in six months",
            [(D(2024, 11, 20), D(2025, 5, 1)), (D(2015, 7, 27), D(2016, 1, 1))],
        ),
        ("fr", "d'ici deux ans", [(D(2024, 11, 20), D(2026, 1, 1)), (PUB, D(2017, 1, 1))]),
        ("fr", "années 20", [(D(2024, 11, 20), D(2020, 1, 1)), (PUB, D(1920, 1, 1))]),
        (
            "fr",
            "30 décembre",
            [(D(2025, 1, 3), D(2024, 12, 30)), (D(2024, 12, 1), D(2024, 12, 30))],
        ),
        (
            "fr",
            "du 31 décembre au 1er janvier",
            [(D(2025, 1, 3), D(2024, 12, 31)), (D(2025, 12, 20), D(2025, 12, 31))],
        ),
        ("fr", "juin dernier", [(PUB, D(2015, 6, 1)), (D(2015, 6, 10), D(2014, 6, 1))]),
        ("en", "next June", [(PUB, D(2016, 6, 1)), (D(2015, 5, 10), D(2015, 6, 1))]),
        # (on a Wednesday, "last Tuesday" may be yesterday or a week earlier: refused)
        ("fr", "mardi dernier", [(PUB, D(2015, 7, 21)), (D(2015, 7, 30), D(2015, 7, 28))]),
        ("en", "last Tuesday", [(PUB, D(2015, 7, 21)), (D(2015, 7, 30), D(2015, 7, 28))]),
        ("fr", "ce lundi", [(PUB, PUB), (D(2015, 8, 5), D(2015, 8, 3))]),
        ("en", "this Tuesday", [(PUB, D(2015, 7, 28)), (D(2015, 7, 31), D(2015, 7, 28))]),
        ("fr", "le week-end dernier", [(PUB, D(2015, 7, 25)), (D(2015, 8, 3), D(2015, 8, 1))]),
        ("en", "last weekend", [(PUB, D(2015, 7, 25)), (D(2015, 8, 2), D(2015, 7, 25))]),
        ("fr", "l'été dernier", [(PUB, D(2014, 6, 1)), (D(2015, 9, 1), D(2015, 6, 1))]),
        ("en", "next winter", [(PUB, D(2015, 12, 1)), (D(2016, 1, 5), D(2016, 12, 1))]),
        ("fr", "en fin d'année", [(PUB, D(2015, 10, 1)), (D(2016, 2, 1), D(2016, 10, 1))]),
        ("en", "earlier this year", [(PUB, D(2015, 1, 1)), (D(2016, 2, 1), D(2016, 1, 1))]),
        ("fr", "plus tard cette année", [(PUB, PUB), (D(2016, 2, 1), D(2016, 2, 1))]),
        ("en", "earlier this month", [(PUB, D(2015, 7, 1)), (D(2016, 2, 29), D(2016, 2, 1))]),
        ("fr", "plus tard ce mois-ci", [(PUB, PUB), (D(2016, 2, 29), D(2016, 2, 29))]),
        ("en", "later this week", [(PUB, PUB), (D(2015, 8, 2), D(2015, 8, 2))]),
        ("en", "March 4-5", [(PUB, D(2015, 3, 4)), (D(2016, 1, 1), D(2016, 3, 4))]),
        ("fr", "du 4 au 5 mars", [(PUB, D(2015, 3, 4)), (D(2024, 9, 3), D(2024, 3, 4))]),
        (
            "en",
            "last Tuesday and Wednesday",
            [
                (PUB, D(2015, 7, 21)),
                (D(2015, 7, 29), D(2015, 7, 21)),
                (D(2015, 7, 31), D(2015, 7, 28)),
            ],
        ),
        (
            "fr",
            "mardi et mercredi derniers",
            [(PUB, D(2015, 7, 21)), (D(2015, 7, 31), D(2015, 7, 28))],
        ),
        ("fr", "en fin de semaine", [(PUB, D(2015, 7, 30)), (D(2015, 8, 3), D(2015, 8, 6))]),
        ("fr", "en début de semaine", [(PUB, PUB), (D(2015, 8, 2), PUB)]),
    ],
)
def test_a_relative_reading_follows_each_publication_day(
    language: str, text: str, days: list[tuple[date, date]]
) -> None:
    for _ in range(2):  # read again from the cache
        for published, start in days:
            assert parse_date(text, language, published).start == start


@pytest.mark.parametrize(
    ("text", "error", "start"),
    [("en mars", "has no year", D(2015, 3, 1)), ("fin mars", "has no year", D(2015, 3, 21))],
)
def test_a_reading_without_published_does_not_leak_into_one_with_it(
    text: str, error: str, start: date
) -> None:
    for _ in range(2):
        with pytest.raises(DateSyntaxError, match=error) as first:
            parse_date(text, "fr", None)
        assert parse_date(text, "fr", PUB).start == start
        with pytest.raises(DateSyntaxError, match=error) as again:
            parse_date(text, "fr", None)
        assert first.value is not again.value and str(first.value) == str(again.value)
        assert type(again.value) is DateSyntaxError


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "juin dernier"),
        ("fr", "en juin prochain"),
        ("fr", "mardi dernier"),
        ("fr", "ce lundi"),
        ("fr", "le week-end dernier"),
        ("fr", "au printemps dernier"),
        ("fr", "à la fin de l'année"),
        ("fr", "plus tôt cette année"),
        ("fr", "fin juin dernier"),
        ("en", "last June"),
        ("en", "next Tuesday"),
        ("en", "this Tuesday"),
        ("en", "last weekend"),
        ("en", "next winter"),
        ("en", "this summer"),
        ("en", "the end of the year"),
        ("en", "later this year"),
        ("en", "earlier this month"),
        ("fr", "plus tôt ce mois-ci"),
        ("fr", "plus tard cette semaine"),
        ("en", "March 4-5"),
        ("en", "4-5 March"),
        ("en", "last Tuesday and Wednesday"),
        ("en", "next Monday and Tuesday"),
        ("fr", "mardi et mercredi derniers"),
        ("fr", "en début de semaine"),
        ("fr", "en fin de semaine dernière"),
        ("en", "Jan. 13 and 14"),
        ("en", "13 & 14 January"),
        ("fr", "les 13 et 14 janvier"),
    ],
)
def test_a_reading_relative_to_publication_is_never_cached_by_text_alone(
    language: str, text: str
) -> None:
    parse_date(text, language, PUB)
    assert dates_module._by_text(text, language) is None


def test_an_absolute_reading_is_cached_by_text_whatever_the_day() -> None:
    first = parse_date("septembre 2012 ", "fr", PUB)
    assert parse_date("septembre 2012 ", "fr", D(2020, 1, 1)) is first
    assert parse_date("septembre 2012 ", "fr", None) is first
    assert first.text == "septembre 2012 "  # the text as written, not as normalised
    decade = parse_date("the 1990s", "en", PUB)  # a decade in four digits is absolute
    assert parse_date("the 1990s", "en", D(2020, 1, 1)) is decade
    for language, text in [
        ("en", "March 4–5, 2025"),
        ("en", "end-2024"),
        ("fr", "début-2024"),
        ("en", "Jan. 13 and 14, 2015"),
        ("fr", "les 13 et 14 janvier 2015"),
    ]:
        period = parse_date(text, language, PUB)
        assert dates_module._by_text(text, language) is period
        assert parse_date(text, language, D(2020, 1, 1)) is period


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "le trimestre précédent"),
        ("fr", "la semaine précédente"),
        ("en", "the following week"),
        ("en", "last season"),
        ("fr", "cette saison"),
        ("fr", "depuis le début de la saison"),
    ],
)
def test_a_refusal_that_never_looks_at_the_day_is_cached_by_text(language: str, text: str) -> None:
    with pytest.raises(DateSyntaxError) as refused:
        parse_date(text, language, PUB)
    assert dates_module._by_text(text, language) == str(refused.value)
    with pytest.raises(DateSyntaxError, match=r"publication|season|saison"):
        parse_date(text, language, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the 1990s and 2000s"),
        ("en", "March 4 or 5"),
        ("fr", "13 ou 14 janvier"),
        ("en", "the 1900s"),
        ("en", "after Jan. 13"),
        ("fr", "après 2019"),
        ("en", "FY24"),
        ("fr", "l'exercice 2024-2025"),
    ],
)
def test_a_refusal_of_the_english_audit_is_cached_by_text(language: str, text: str) -> None:
    with pytest.raises(DateSyntaxError) as refused:
        parse_date(text, language, PUB)
    assert dates_module._by_text(text, language) == str(refused.value)
    with pytest.raises(DateSyntaxError) as without_day:
        parse_date(text, language, None)
    assert str(without_day.value) == str(refused.value)


def test_locales_do_not_share_readings() -> None:
    for _ in range(2):
        assert parse_date("05/11/2024", "en", PUB).start == D(2024, 5, 11)
        assert parse_date("05/11/2024", "en_GB", PUB).start == D(2024, 11, 5)
        assert parse_date("05/11/2024 10:00", "en", None).start == D(2024, 5, 11)
        assert parse_date("05/11/2024 10:00", "en_GB", None).start == D(2024, 11, 5)


def test_languages_do_not_share_readings() -> None:
    # day first in French, month first in English (as dateparser reads them)
    for _ in range(2):
        assert parse_date("07/08/2015", "fr", PUB).start == D(2015, 8, 7)
        assert parse_date("07/08/2015", "en", PUB).start == D(2015, 7, 8)
        assert parse_date("07/08", "fr", PUB).start == D(2015, 8, 7)
        assert parse_date("07/08", "en", PUB).start == D(2015, 7, 8)
    with pytest.raises(DateSyntaxError, match=r"\(fr\)"):
        parse_date("pas une date", "fr", PUB)
    with pytest.raises(DateSyntaxError, match=r"\(en\)"):
        parse_date("pas une date", "en", PUB)


def test_a_datetime_published_is_its_day_on_the_relative_path() -> None:
    assert parse_date("hier", "fr", datetime(2015, 7, 27, 23, 59)).start == D(2015, 7, 26)
    assert parse_date("hier", "fr", datetime(2015, 7, 27, 0, 1)).start == D(2015, 7, 26)


# --- weekdays ----------------------------------------------------------------------------------


def _plain_weekdays(text: str, language: str, published: date | None) -> list[WeekdayMention]:
    """find_weekday_dates the plain way: the regex over the whole text, nothing cached.

    A weekday and a day alone ("mardi 22") is the next match's month when only a join
    ("et", ", ", " au ") stands between them and that one is a weekday, day and month
    in words, or a weekday and day alone that is.
    """
    lang = dates_module._lang(language)
    if lang.mentions is None:
        return []
    # less the pairs that name no day ("Super Tuesday, March 5", "lundi. 3 décembre")
    matches = [
        match
        for match in lang.mentions.finditer(text)
        if not dates_module._no_mention(
            text,
            match,
            "w" + _suffix(match),
            lang.code,
            year=match.groupdict().get("y" + _suffix(match)),
        )
    ]
    found: list[WeekdayMention] = []
    for index, match in enumerate(matches):
        suffix = _suffix(match)
        end = match.end()
        written = match[0]
        if "(" in written and text[end : end + 1] == ")":
            written, end = written + ")", end + 1
        date_text = match["date" + suffix]
        near = day_number = int(match["d" + suffix])
        partner = match
        if suffix == "5":  # the month of the mention it is joined to, if any
            for following in matches[index + 1 :]:
                if lang.mention_join.fullmatch(text[end : following.start()]) is None:
                    partner = None
                    break
                if _suffix(following) == "":
                    partner = following
                    break
                if _suffix(following) != "5":
                    partner = None
                    break
                end = following.end() + (
                    1 if "(" in following[0] and text[following.end() :][:1] == ")" else 0
                )
            else:
                partner = None
            if partner is None:
                continue
            date_text = f"{date_text} {text[partner.start('m') : partner.end('date')]}"
            near = int(partner["d"])
        partner_suffix = _suffix(partner)
        year_text = partner["y" + partner_suffix]
        written_month = partner["m" + partner_suffix]
        if partner_suffix in ("3", "4"):  # in digits
            month = int(written_month)
            if not 1 <= month <= 12:
                continue
        else:
            month = lang.months[dates_module._fold(written_month)]
        if year_text:
            year = int(year_text)
        elif published is not None:  # as parse_date reads it: the weekday's year, or nearest
            here = (published.month, published.day)
            around = {
                published.year - ((month, near) > here),  # the latest on or before publication
                published.year + ((month, near) < here),  # the earliest on or after it
            }
            said = lang.weekdays[dates_module._fold(partner["w" + partner_suffix])]
            right = [y for y in sorted(around) if _weekday_in(y, month, near) == said]
            others = around - set(right)
            if len(right) == 1 and others:  # the other day near publication is the one meant
                other = others.pop()
                if (
                    1 <= other <= 9999
                    and near <= calendar.monthrange(other, month)[1]
                    and near_publication(date(other, month, near), published)
                ):
                    right = []
            target = published.toordinal()
            nearest = min(
                (published.year - 1, published.year, published.year + 1),
                key=lambda y: (abs(_day_near(y, month, str(near)) - target), y),
            )
            year = right[0] if len(right) == 1 else nearest
        else:
            continue
        try:
            day = date(year, month, day_number)
        except ValueError:
            continue
        past = None  # read a year ahead for its weekday, though the nearer day is past
        if not year_text and published is not None and nearest < year and day > published:
            earlier = in_year(day, nearest)
            if earlier is not None and 0 < (published - earlier).days <= PAST_NEARER_DAYS:
                past = earlier
        weekday = lang.weekdays[dates_module._fold(match["w" + suffix])]
        period = Period(day, day, "day", date_text)
        found.append(WeekdayMention(written, weekday, period, match.start(), past))
    return found


def _suffix(match: re.Match[str]) -> str:
    """Which alternative of the mention regex matched: its groups' suffix."""
    groups = match.groupdict()
    return next(s for s in ("", "2", "3", "4", "5") if groups.get("w" + s) is not None)


def _weekday_in(year: int, month: int, day: int) -> int | None:
    """The weekday of the day in `year`, or None where the year has no such day."""
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _day_near(year: int, month: int, day: str) -> int:
    """The ordinal of the day in `year` (a 29 February as the 28th where there is none)."""
    if not 1 <= year <= 9999:
        return 10**9
    last = 29 if month == 2 and year % 4 == 0 and (year % 100 or year % 400 == 0) else 28
    days = {2: last, 4: 30, 6: 30, 9: 30, 11: 30}.get(month, 31)
    return date(year, month, max(1, min(int(day), days))).toordinal()


def _weekdays_outcome(
    find: Callable[[str, str, date | None], list[WeekdayMention]],
    text: str,
    language: str,
    published: date | None,
) -> object:
    try:
        return find(text, language, published)
    except KeyError as error:  # "lundı": IGNORECASE reads ı as i, the name tables do not
        return ("KeyError", str(error))


WEEKDAYS = ["lundi", "mardi", "dimanche", "lun.", "dim", "monday", "tuesday", "sunday", "sat."]
MONTHS = ["juillet", "juil.", "mars", "july", "jul", "march", "sept."]
# letters IGNORECASE reads as ASCII ones (İ ı as i, ſ as s, the Kelvin sign as k), and others
LOOKALIKES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a", "e": "é", "a": "\u03b1"}


@st.composite
def written_name(draw: st.DrawFn, names: list[str]) -> str:
    """A name in any case, some letters maybe written with a look-alike."""
    name = draw(st.sampled_from(names))
    letters = [draw(st.sampled_from([c.lower(), c.upper(), *LOOKALIKES.get(c, "")])) for c in name]
    return "".join(letters)


@st.composite
def weekday_texts(draw: st.DrawFn) -> str:
    """Texts around weekday mentions, well-formed or nearly, with odd cases and letters."""
    words = st.one_of(
        written_name(WEEKDAYS),
        written_name(MONTHS),
        st.sampled_from(["27", "1er", "31", "2015", "2016", "le", "the", "of", ",", "."]),
        st.sampled_from(["et", "and", "au", "to", "(", ")", "-", "&", "puis"]),
        st.text(max_size=6),
    )
    mention = st.tuples(
        written_name(WEEKDAYS),
        st.sampled_from(["", ".", ",", ".,"]),
        st.sampled_from([" ", "  ", " le ", " the ", " (", "("]),
        st.sampled_from(["27", "1er", "29", "31", "3rd"]),
        st.sampled_from([" ", " of "]),
        written_name(MONTHS),
        st.sampled_from(["", " 2015", ", 2016", " 20150", ")", " 2015)"]),
    ).map("".join)
    # a weekday and a day alone, joined or not to what follows ("mardi 22 et ")
    alone = st.tuples(
        written_name(WEEKDAYS),
        st.sampled_from([" ", " (", ", le "]),
        st.sampled_from(["22", "1er", "29", "31", "3rd", "22h"]),
        st.sampled_from(["", ")"]),
        st.sampled_from([" et ", " and ", ", ", " au ", " - ", " puis ", " ", ", et le "]),
    ).map("".join)
    parts = draw(st.lists(st.one_of(words, mention, alone), max_size=6))
    return draw(st.sampled_from([" ", ", ", ""])).join(parts)


@settings(max_examples=400)
@given(weekday_texts(), st.sampled_from(LANGUAGES), st.one_of(st.none(), st.dates()))
def test_weekday_mentions_are_found_as_the_plain_way_finds_them(
    text: str, language: str, published: date | None
) -> None:
    expected = _weekdays_outcome(_plain_weekdays, text, language, published)
    for _ in range(2):  # the second time from the cache
        assert _weekdays_outcome(find_weekday_dates, text, language, published) == expected


def test_the_letters_ignorecase_reads_as_ascii_do_not_hide_a_weekday() -> None:
    (mention,) = find_weekday_dates("\u017funday 26 July 2015", "en", PUB)  # ſunday
    assert (mention.weekday, mention.period.start) == (6, D(2015, 7, 26))
    (mention,) = find_weekday_dates("DİMANCHE 26 juillet", "fr", PUB)  # lowered: "di̇manche"
    assert (mention.weekday, mention.period.start) == (6, D(2015, 7, 26))
    for text in ("dımanche 26 juillet", "Frıday 24 July", "FRİDAY 24 July"):  # as the plain way
        for language in ("fr", "en"):
            expected = _weekdays_outcome(_plain_weekdays, text, language, PUB)
            assert _weekdays_outcome(find_weekday_dates, text, language, PUB) == expected


def test_weekday_mentions_without_a_year_follow_the_publication_day() -> None:
    text = "Orange a annoncé lundi 27 juillet"
    assert [m.period.start for m in find_weekday_dates(text, "fr", PUB)] == [D(2015, 7, 27)]
    # in an article of March 2016, 27 July 2016 is nearer but a Wednesday: the Monday
    # written is 2015's, the one year within a year of publication where it is right
    assert [m.period.start for m in find_weekday_dates(text, "fr", D(2016, 3, 1))] == [
        D(2015, 7, 27)
    ]
    assert [m.period.start for m in find_weekday_dates(text, "fr", D(2020, 3, 1))] == [
        D(2020, 7, 27)  # a Monday in 2020
    ]
    # nearest the publication day: in an article of 1 January 2016, last July
    assert [m.period.start for m in find_weekday_dates(text, "fr", D(2016, 1, 1))] == [
        D(2015, 7, 27)
    ]
    assert find_weekday_dates(text, "fr", None) == []
    assert [m.period.start for m in find_weekday_dates(text, "fr", PUB)] == [D(2015, 7, 27)]
    new_year = date(2025, 1, 3)
    (mention,) = find_weekday_dates("Le lundi 30 décembre", "fr", new_year)
    assert (
        mention.period.start
        == D(2024, 12, 30)
        == parse_date("lundi 30 décembre", "fr", new_year).start
    )
    (mention,) = find_weekday_dates("on Monday, December 30", "en", datetime(2025, 1, 3, 8))
    assert mention.period.start == D(2024, 12, 30)


def test_the_list_of_weekday_mentions_is_the_callers() -> None:
    found = find_weekday_dates("mardi 28 juillet 2015", "fr", PUB)
    found.clear()
    assert len(find_weekday_dates("mardi 28 juillet 2015", "fr", PUB)) == 1


@pytest.mark.parametrize("language", ["fr", "en", "de", "es", "el", "tr", "ru", "ja"])
def test_every_weekday_name_contains_a_stem(language: str) -> None:
    names = dates_module._lang(language).weekdays
    stems = dates_module._stems(names)
    assert all(any(stem in name for stem in stems) for name in names)
    assert len(stems) <= len(names)
