"""Times of day in a ``when``: ``time_of_day``, ``hours(a, b)`` and ``order`` to the minute."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import DateSyntaxError, parse_date, time_of_day
from factcheck.explicit import evaluate_check, order_outcome
from factcheck.expressions import EvaluationError, ExpressionError, parse_expression
from factcheck.model import Check, Claim
from factcheck.values import Truth
from tests.conftest import claim_made_in_code

PUBLISHED = date(2026, 3, 14)  # a Saturday


def _claim(
    claim_id: str, value: str | None = None, when: str | None = None, language: str = "fr"
) -> Claim:
    return claim_made_in_code(claim_id, value, when, language=language, published=PUBLISHED)


def _expect(expect: str, *claims: Claim, language: str = "fr") -> Truth:
    check = Check(id="c", expect=expect)
    check._language = language
    return evaluate_check(check, {claim.id: claim for claim in claims}).truth


# --- time_of_day -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        ("samedi 14 mars 2026 à 23 h 30", "fr", (23, 30)),
        ("Tuesday 16 June 2026 at 9am", "en_GB", (9, 0)),
        ("0845 GMT", "en", (8, 45)),
        ("Sunday 9 March, 0845 GMT", "en_GB", (8, 45)),
        ("11 p.m.", "en", (23, 0)),
        ("samedi à midi", "fr", (12, 0)),
        ("noon", "en", (12, 0)),
        ("dimanche 9 mars, à 3 heures du matin", "fr", (3, 0)),
        ("samedi à 8 heures du soir", "fr", (20, 0)),
        ("le 10 décembre (20 h 45)", "fr", (20, 45)),
        ("Saturday 14 March at 2.32pm BST", "en_GB", (14, 32)),
        ("Friday at 11:47 p.m. PDT", "en", (23, 47)),
        ("samedi 14 h 32", "fr", (14, 32)),
    ],
)
def test_time_of_day_reads_the_time_parse_date_drops(
    text: str, language: str, time: tuple[int, int]
) -> None:
    assert time_of_day(text, language) == time


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("samedi 14 mars 2026", "fr"),
        ("samedi après-midi", "fr"),  # a part of a day: no time
        ("between 1am and 3am on Sunday 2 February", "en"),  # two times: which one?
        ("de samedi 18 h à dimanche 6 h", "fr"),
        ("between 0100 and 0300 GMT on Sunday", "en"),
        ("48 heures", "fr"),  # a duration
        ("T1 2025", "fr"),
        # midnight ends one day and starts the next: which day is its when?
        ("Tuesday at 12 a.m.", "en"),
        ("minuit", "fr"),
        ("at midnight on Friday", "en"),
    ],
)
def test_time_of_day_is_none_without_one_time(text: str, language: str) -> None:
    assert time_of_day(text, language) is None


_DAYS = [
    ("samedi 14 mars 2026", "fr"),
    ("14 mars 2026", "fr"),
    ("samedi", "fr"),
    ("hier", "fr"),
    ("Tuesday 16 June 2026", "en_GB"),
    ("16 June 2026", "en_GB"),
    ("on Sunday", "en"),
    ("June 16, 2026", "en"),
]


def _written(hour: int, minute: int, language: str, style: int) -> str:
    if language == "fr":
        clock = f"{hour} h {minute:02d}" if minute else f"{hour} h"
        return [f"à {clock}", f"vers {clock}", f"({clock})"][style]
    twelve = hour % 12 or 12
    suffix = "am" if hour < 12 else "pm"
    clock = f"{twelve}.{minute:02d}{suffix}" if minute else f"{twelve}{suffix}"
    return [f"at {clock}", f"at about {clock}", f"at {hour:02d}{minute:02d} GMT"][style]


@given(
    day=st.sampled_from(_DAYS),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    style=st.integers(0, 2),
)
def test_a_time_parse_date_drops_is_the_time_of_day(
    day: tuple[str, str], hour: int, minute: int, style: int
) -> None:
    text, language = day
    with_time = f"{text} {_written(hour, minute, language, style)}"
    try:
        same = parse_date(with_time, language, PUBLISHED) == parse_date(text, language, PUBLISHED)
    except DateSyntaxError:
        same = False
    if same:  # the time was dropped: it is the time of day
        assert time_of_day(with_time, language) == (hour, minute)


# --- counts of minutes or hours back, and parts of the publication day -------------------


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("il y a 40 minutes", "fr", PUBLISHED),
        ("il y a deux heures", "fr", PUBLISHED),
        ("il y a une heure", "fr", PUBLISHED),
        ("il y a 2 heures", "fr", PUBLISHED),
        ("40 minutes ago", "en_GB", PUBLISHED),
        ("two hours ago", "en_GB", PUBLISHED),
        ("half an hour ago", "en", PUBLISHED),
        ("samedi 14 h 32", "fr", PUBLISHED),
        ("14 mars, 14 h 32", "fr", PUBLISHED),
        ("en début d'après-midi", "fr", PUBLISHED),
        ("dans l'après-midi", "fr", PUBLISHED),
        ("à la mi-journée", "fr", PUBLISHED),
        ("earlier today", "en_GB", PUBLISHED),
        ("last night", "en_GB", PUBLISHED - timedelta(days=1)),
        ("il y a trois jours", "fr", PUBLISHED - timedelta(days=3)),
    ],
)
def test_live_blog_times_read_as_their_day(text: str, language: str, day: date) -> None:
    period = parse_date(text, language, PUBLISHED)
    assert (period.start, period.end, period.granularity) == (day, day, "day")


@pytest.mark.parametrize(
    ("text", "language", "says"),
    [("il y a 30 heures", "fr", "écrivez le jour"), ("36 hours ago", "en", "write the day")],
)
def test_a_day_or_more_of_hours_back_is_refused(text: str, language: str, says: str) -> None:
    with pytest.raises(DateSyntaxError, match=says):
        parse_date(text, language, PUBLISHED)


@pytest.mark.parametrize("text", ["dans la nuit", "cette nuit", "le soir"])
def test_a_night_or_a_bare_part_of_day_stays_refused(text: str) -> None:
    with pytest.raises(DateSyntaxError):
        parse_date(text, "fr", PUBLISHED)


# --- hours(a, b) -------------------------------------------------------------------------


def test_hours_counts_a_siege_from_9am_to_3pm() -> None:
    start = _claim("start", when="Tuesday 16 June 2026 at 9am", language="en_GB")
    end = _claim("end", when="Tuesday 16 June 2026 at 3pm", language="en_GB")
    six = _claim("six", value="6 hours", language="en_GB")
    five = _claim("five", value="5 hours", language="en_GB")
    assert _expect("hours(start, end) == six", start, end, six, language="en_GB") is Truth.HOLDS
    assert _expect("hours(start, end) == five", start, end, five, language="en_GB") is Truth.FAILS
    assert _expect("hours(start, end) == 360 min", start, end, language="en_GB") is Truth.HOLDS


def test_hours_over_days_a_garde_a_vue_of_84_hours_is_no_96() -> None:
    debut = _claim("debut", when="jeudi 12 mars 2026 à 18 h 30")
    fin = _claim("fin", when="lundi 16 mars 2026 à 6 h 30")
    assert _expect("hours(debut, fin) == 84 h", debut, fin) is Truth.HOLDS
    assert _expect("hours(debut, fin) == 96 heures", debut, fin) is Truth.FAILS


def test_hours_of_a_delay_in_hours_and_minutes() -> None:
    prevu = _claim("prevu", when="samedi 14 mars 2026 à 9 h 50")
    reel = _claim("reel", when="samedi 14 mars 2026 à 12 h 05")
    retard = _claim("retard", value="2 h 15")
    assert _expect("hours(prevu, reel) == retard", prevu, reel, retard) is Truth.HOLDS
    assert _expect("hours(prevu, reel) == 135 min", prevu, reel) is Truth.HOLDS
    assert _expect("hours(reel, prevu) == -135 min", prevu, reel) is Truth.HOLDS


def test_hours_without_a_time_says_to_write_it() -> None:
    debut = _claim("debut", when="jeudi 12 mars 2026")
    fin = _claim("fin", when="samedi 14 mars 2026 à 6 h 30")
    with pytest.raises(EvaluationError, match=r"'debut' writes no time of day.*write it, as 12"):
        _expect("hours(debut, fin) == 36 h", debut, fin)


def test_hours_of_more_than_a_day_is_undecidable() -> None:
    nuit = _claim("nuit", when="dans la nuit du 12 au 13 mars 2026")
    fin = _claim("fin", when="samedi 14 mars 2026 à 6 h 30")
    with pytest.raises(EvaluationError, match="more than a day"):
        _expect("hours(nuit, fin) < 48 h", nuit, fin)


def test_hours_refuses_published() -> None:
    with pytest.raises(ExpressionError, match="'published' is a day with no time"):
        parse_expression("hours(published, fin) < 2 h")


def test_hours_is_a_reserved_word() -> None:
    with pytest.raises(ExpressionError):
        parse_expression("hours > 2 h")


_TIMES = st.tuples(st.integers(0, 6), st.integers(0, 23), st.integers(0, 59))


def _at(day: int, hour: int, minute: int) -> str:
    return f"{(PUBLISHED - timedelta(days=day)).strftime('%Y-%m-%d')} à {hour} h {minute:02d}"


def _holds(a: Claim, b: Claim, minutes: int) -> bool:
    """Whether ``hours(a, b)`` is exactly ``minutes`` minutes (and not one more)."""
    claims = {"a": a, "b": b}
    exact, off = (
        Check(id="c", expect=f"hours(a, b) == {minutes} min"),
        Check(id="d", expect=f"hours(a, b) == {minutes + 1} min"),
    )
    exact._language = off._language = "fr"
    return (
        evaluate_check(exact, claims).truth is Truth.HOLDS
        and evaluate_check(off, claims).truth is Truth.FAILS
    )


def _minutes(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    return (a[0] - b[0]) * 1440 + (b[1] - a[1]) * 60 + (b[2] - a[2])


@given(a=_TIMES, b=_TIMES)
def test_hours_backwards_is_the_opposite(a: tuple[int, int, int], b: tuple[int, int, int]) -> None:
    first, second = _claim("a", when=_at(*a)), _claim("b", when=_at(*b))
    forward = _minutes(a, b)
    assert _holds(first, second, forward)
    assert _holds(_claim("a", when=_at(*b)), _claim("b", when=_at(*a)), -forward)


@given(a=_TIMES, b=_TIMES, n=st.integers(1, 600))
def test_adding_minutes_to_b_adds_them_over_sixty(
    a: tuple[int, int, int], b: tuple[int, int, int], n: int
) -> None:
    day, hour, minute = b
    total = hour * 60 + minute + n
    later = (day - total // 1440, total % 1440 // 60, total % 60)
    first = _claim("a", when=_at(*a))
    assert _holds(first, _claim("b", when=_at(*later)), _minutes(a, b) + n)
    if (_minutes(a, b) + n) % 60 == 0:  # whole hours: compares with hours too
        check = Check(id="h", expect=f"hours(a, b) == {(_minutes(a, b) + n) // 60} h")
        check._language = "fr"
        claims = {"a": first, "b": _claim("b", when=_at(*later))}
        assert evaluate_check(check, claims).truth is Truth.HOLDS


# --- order to the minute -----------------------------------------------------------------


def test_order_of_one_day_follows_the_times() -> None:
    called = _claim("called", when="Tuesday 16 June 2026 at 12.45pm", language="en_GB")
    entry = _claim("entry", when="Tuesday 16 June 2026 at 12.20pm", language="en_GB")
    claims = {"called": called, "entry": entry}
    check = Check(id="o", order=["called", "entry"])
    check._language = "en_GB"
    outcome = order_outcome(check, claims)
    assert outcome.truth is Truth.FAILS
    assert "called (16 June 2026, 12:45) is after entry (16 June 2026, 12:20)" in (
        outcome.explanation
    )
    assert order_outcome(Check(id="o", order=["entry", "called"]), claims).truth is Truth.HOLDS


def test_order_of_one_day_without_times_holds_as_before() -> None:
    called = _claim("called", when="Tuesday 16 June 2026 at 12.45pm", language="en_GB")
    day = _claim("day", when="Tuesday 16 June 2026", language="en_GB")
    outcome = order_outcome(Check(id="o", order=["called", "day"]), {"called": called, "day": day})
    assert outcome.truth is Truth.HOLDS
