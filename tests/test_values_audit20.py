"""Audit findings of session 20 on values and units (sports, courts, weather, local desks)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.values import Truth, ValueSyntaxError, parse_value
from tests.conftest import verify_folder


def _verify(folder: Path, text: str, yaml: str) -> list[str]:
    """Errors and warnings of a one-article folder, as `factcheck verify` finds them."""
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "a.yaml").write_text(yaml, encoding="utf-8")
    report = verify_folder(folder)
    return [f"{f.rule} {f.message}" for f in report.findings if f.severity.name != "INFO"]


# --- local 1: a year is 52 weeks for councils, payrolls and benefits ------------------------------


@pytest.mark.parametrize(
    ("year", "week", "language"),
    [
        ("£100.88 a year", "£1.94 a week", "en_GB"),
        ("£100.88 a year", "£1.93 a week", "en_GB"),
        ("100,80 € par an", "1,94 € par semaine", "fr"),
        ("£5,200 a year", "£100 a week", "en_GB"),
        ("£1,000 a month", "£230.77 a week", "en_GB"),
    ],
)
def test_a_weekly_figure_of_a_yearly_one_holds_by_either_convention(
    year: str, week: str, language: str
) -> None:
    yearly, weekly = parse_value(year, language).quantity, parse_value(week, language).quantity
    assert yearly.compare("==", weekly) is not Truth.FAILS
    assert weekly.compare("==", yearly) is not Truth.FAILS


@pytest.mark.parametrize("week", ["£2.10 a week", "£1.90 a week", "£1.96 a week"])
def test_a_wrong_weekly_figure_still_fails(week: str) -> None:
    yearly, weekly = (
        parse_value("£100.88 a year", "en_GB").quantity,
        parse_value(week, "en_GB").quantity,
    )
    assert yearly.compare("==", weekly) is Truth.FAILS
    assert weekly.compare("==", yearly) is Truth.FAILS


@given(st.integers(min_value=100, max_value=10_000_000))
def test_any_yearly_amount_agrees_with_its_tenth_of_a_penny_by_52_and_by_52_18(pence: int) -> None:
    yearly = parse_value(f"£{Decimal(pence) / 100} a year", "en_GB").quantity
    for weeks in (Decimal(52), Decimal("365.25") / 7):
        weekly = (Decimal(pence) / 100 / weeks).quantize(Decimal("0.001"))
        assert (
            yearly.compare("==", parse_value(f"£{weekly} a week", "en_GB").quantity)
            is not Truth.FAILS
        )


def test_the_council_tax_story_passes_and_a_wrong_week_fails(tmp_path: Path) -> None:
    text = "The council's share of a Band D bill goes up by £100.88 a year, or £1.94 a week.\n"
    yaml = """source: {id: wk, title: t, publisher: p, published: 2026-02-25, language: en_GB, text: a.txt}
claims:
  - {id: wk_year, quote: "goes up by £100.88 a year", subject: C, property: rise, value: "£100.88 a year"}
  - {id: wk_week, quote: "or £1.94 a week", subject: C, property: rise, value: "£1.94 a week"}
checks:
  - {id: wk_check, expect: "wk_year == wk_week"}
"""  # noqa: E501
    assert _verify(tmp_path, text, yaml) == []
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    found = _verify(wrong, text.replace("1.94", "2.10"), yaml.replace("1.94", "2.10"))
    assert any(m.startswith("same-fact-same-value") for m in found)
    assert any(m.startswith("expect-holds") for m in found)


# --- sports 11: money a week or a year, hyphenated: the suggestion keeps the scale --------------


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("£250k-a-week", "£250k a week"),
        ("£2.5m-a-year", "£2.5m a year"),
        ("$2.5bn-a-year", "$2.5bn a year"),
        ("£2.5 million-a-year", "£2.5 million a year"),
        ("£100-a-week", "£100 a week"),
    ],
)
def test_a_hyphenated_wage_is_refused_with_its_scale_kept(text: str, suggestion: str) -> None:
    with pytest.raises(ValueSyntaxError, match=re.escape(f"write '{suggestion}'")):
        parse_value(text, "en_GB")


@given(
    st.decimals(min_value=1, max_value=999, places=1),
    st.sampled_from(["k", "m", "bn", " million"]),
    st.sampled_from(["week", "month", "year"]),
)
def test_the_suggested_wage_reads_as_the_written_one(
    figure: Decimal, scale: str, period: str
) -> None:
    text = f"£{figure}{scale}-a-{period}"
    with pytest.raises(ValueSyntaxError) as refused:
        parse_value(text, "en_GB")
    suggestion = str(refused.value).rsplit("write '", 1)[1].rstrip("'")
    assert suggestion == f"£{figure}{scale} a {period}"
    read = parse_value(suggestion, "en_GB").quantity
    assert read.interval.nominal == Decimal(figure) * {"k": 10**3, "m": 10**6, "bn": 10**9,
                                                        " million": 10**6}[scale]  # fmt: skip


# --- weather G1: an explicit + before a temperature is a change of temperature -----------------


@pytest.mark.parametrize(
    ("text", "language", "lo", "hi", "unit"),
    [
        ("+3,2 °C", "fr", "3.15", "3.25", "delta_degree_Celsius"),
        ("+1.2C", "en_GB", "1.15", "1.25", "delta_degree_Celsius"),
        ("+4 °C", "fr", "3.5", "4.5", "delta_degree_Celsius"),
        ("+2,1 à +3,4 °C", "fr", "2.1", "3.4", "delta_degree_Celsius"),
        ("+5 °F", "en_US", "4.5", "5.5", "delta_degree_Fahrenheit"),
        ("-20 °C", "fr", "-20.5", "-19.5", "degree_Celsius"),
        ("2,1 à 3,4 °C", "fr", "2.1", "3.4", "degree_Celsius"),
        ("+0,2 °C par décennie", "fr", "0.15", "0.25", "delta_degree_Celsius / decade_of_years"),
    ],
)
def test_a_signed_temperature_is_a_change(
    text: str, language: str, lo: str, hi: str, unit: str
) -> None:
    quantity = parse_value(text, language).quantity
    assert (quantity.interval.lo, quantity.interval.hi) == (Decimal(lo), Decimal(hi))
    assert str(quantity.unit) == unit


def test_a_signed_anomaly_agrees_with_its_fahrenheit_and_the_normal(tmp_path: Path) -> None:
    text = (
        "The indicator reached 27.4C, against a normal of 24.2C, an anomaly of +3.2C."
        " The anomaly was +1.2C (+2.2F) last year.\n"
    )
    yaml = """source: {id: anom, title: t, publisher: p, published: 2025-08-13, language: en_GB, text: a.txt}
claims:
  - {id: itn, quote: "The indicator reached 27.4C", subject: F, property: itn, value: "27.4 °C", when: 12 August 2025}
  - {id: normale, quote: "against a normal of 24.2C", subject: F, property: normal, value: "24.2 °C", when: 12 August 2025}
  - {id: ecart, quote: "an anomaly of +3.2C", subject: F, property: anomaly, value: "+3.2 °C", when: 12 August 2025}
  - {id: an_c, quote: "The anomaly was +1.2C (+2.2F)", subject: W, property: anomaly, value: "+1.2C", when: "2024"}
  - {id: an_f, quote: "The anomaly was +1.2C (+2.2F)", subject: W, property: anomaly, value: "+2.2F", when: "2024"}
checks:
  - {id: ecart_check, expect: "itn - normale == ecart"}
  - {id: c_is_f, expect: "an_c == an_f"}
"""  # noqa: E501
    assert _verify(tmp_path, text, yaml) == []
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    found = _verify(wrong, text.replace("+2.2F", "+2.6F"), yaml.replace("+2.2F", "+2.6F"))
    assert any(m.startswith("same-fact-same-value") for m in found)


@given(st.decimals(min_value=0, max_value=60, places=1), st.sampled_from(["°C", "C", " °C"]))
def test_a_plus_signed_temperature_reads_as_its_change(figure: Decimal, unit: str) -> None:
    signed = parse_value(f"+{figure}{unit}", "en_GB").quantity
    change = parse_value(f"{figure} delta_degC", "en_GB").quantity
    assert signed == change


# --- sports 3: an age in years and days -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "lo", "hi"),
    [
        ("17 ans et 245 jours", "fr", "6452.5", "6455.5"),
        ("16 years and 38 days", "en_GB", "5880.5", "5882.5"),
        ("17 years, 245 days", "en_GB", "6452.5", "6455.5"),
    ],
)
def test_an_age_in_years_and_days_is_read_in_days(
    text: str, language: str, lo: str, hi: str
) -> None:
    quantity = parse_value(text, language).quantity
    assert (quantity.interval.lo, quantity.interval.hi) == (Decimal(lo), Decimal(hi))
    assert str(quantity.unit) == "day"


@given(st.dates(), st.integers(min_value=0, max_value=110), st.integers(min_value=0, max_value=364))
def test_an_age_in_years_and_days_holds_the_days_lived(
    birth: dt.date, years: int, days: int
) -> None:
    try:
        anniversary = birth.replace(year=birth.year + years)
    except ValueError:  # 29 February, or past year 9999
        return
    try:
        next_birthday = anniversary.replace(year=anniversary.year + 1)
    except ValueError:
        return
    if anniversary + dt.timedelta(days=days) >= next_birthday:
        return  # the days run into the next birthday: no such age
    lived = (anniversary + dt.timedelta(days=days) - birth).days
    interval = parse_value(f"{years} years and {days} days", "en_GB").quantity.interval
    assert interval.lo <= lived <= interval.hi


def test_an_age_in_years_and_days_is_checked_against_the_birth(tmp_path: Path) -> None:
    text = (
        "Warren Zaïre-Emery, né le 8 mars 2006, est devenu le plus jeune buteur de l'histoire"
        " du club, à 17 ans et 245 jours.\n"
    )
    yaml = """source: {id: young, title: t, publisher: p, published: 2025-11-24, language: fr, text: a.txt}
claims:
  - {id: y0, quote: "né le 8 mars 2006", subject: WZE, property: birth, when: 8 mars 2006}
  - {id: y1, quote: "à 17 ans et 245 jours", subject: WZE, property: age, value: "17 ans et 245 jours", when: 8 novembre 2023}
"""  # noqa: E501
    assert _verify(tmp_path, text, yaml) == []
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    found = _verify(wrong, text, yaml.replace("8 novembre 2023", "5 novembre 2023"))
    assert any(m.startswith("age-matches-birth") for m in found)


def test_years_months_and_days_are_still_refused_saying_what_reads() -> None:
    with pytest.raises(ValueSyntaxError, match="an age in years and days"):
        parse_value("1 an et 3 mois et 2 jours", "fr")


# --- sports 5: a lap time as F1 timing prints it ---------------------------------------------


@pytest.mark.parametrize("text", ["1m 23.456s", "1m23.456s", "1:23.456", "1'23\"456"])
def test_a_lap_time_reads_in_seconds(text: str) -> None:
    interval = parse_value(text, "en_GB").quantity.interval
    assert (interval.lo, interval.hi) == (Decimal("83.4555"), Decimal("83.4565"))


def test_a_lap_time_is_found_in_its_quote(tmp_path: Path) -> None:
    text = "The Dutchman's pole lap of 1m 23.456s was a record.\n"
    yaml = """source: {id: lap, title: t, publisher: p, published: 2025-11-24, language: en_GB, text: a.txt}
claims:
  - {id: q23, quote: "The Dutchman's pole lap of 1m 23.456s", subject: V, property: pole_lap, value: "1m 23.456s"}
"""  # noqa: E501
    assert _verify(tmp_path, text, yaml) == []


@given(st.integers(min_value=0, max_value=59), st.integers(min_value=0, max_value=59999))
def test_a_lap_time_is_its_minutes_and_seconds(minutes: int, millis: int) -> None:
    seconds = Decimal(millis) / 1000
    text = f"{minutes}m {seconds:06.3f}s"
    nominal = parse_value(text, "en_GB").quantity.interval.nominal
    assert nominal == minutes * 60 + seconds


# --- refusals that teach (sports 12, courts C, weather G4, local 10) -------------------------


@pytest.mark.parametrize(
    ("text", "language", "taught"),
    [
        ("5 000 € dont 2 000 avec sursis", "fr", "write '5 000 €' and the part, '2 000 €'"),
        ("perpétuité", "fr", "a life sentence ('perpétuité') has no figure: leave the value out"),
        ("life", "en_GB", "give its minimum term ('24 year') as a claim of its own"),
        ("quinquagénaire", "fr", "write '50 à 59 ans'"),
        ("5 ans d'inéligibilité", "fr", "write '5 ans' and say 'inéligibilité' in the property"),
        ("18 months suspended for 2 years", "en_GB", "write '18 months' and '2 years'"),
        ("2 300 m d'altitude", "fr", "write '2 300 m' and say 'altitude' in the property"),
        ("40 °C à l'ombre", "fr", "write '40 °C' and say 'ombre'"),
        ("12,5 °C de moyenne", "fr", "write '12,5 °C' and say 'moyenne'"),
        ("1,1 °C au-dessus de la normale", "fr", "write '+1,1 delta_degC'"),
        ("2 °F below normal", "en_US", "write '-2 delta_degF'"),
        ("£31.2 million of savings", "en_GB", "write '£31.2 million' and say 'savings'"),
        ("a two-thirds", "en_GB", "write '66.7 %'"),
        ("6-4, 3-6, 7-6", "en_GB", "a score ('6-4, 3-6, 7-6') is no value"),
        ("60 M€ bonus compris", "fr", "write '60 M€' and say 'bonus compris' in the property"),
        ("9 buts sur 13 matchs", "fr", "write '9' and '13' as two claims"),
        ("4 x 100 m", "fr", "is an event's name"),
        ("65,000-capacity", "en_GB", "write '65,000' and say 'capacity'"),
        ("£60m-rated", "en_GB", "write '£60m' and say 'rated'"),
        ("£8.5m in add-ons", "en_GB", "write '£8.5m' and say 'add-ons'"),
        ("£55m plus add-ons", "en_GB", "write '£55m' and say 'add-ons'"),
    ],
)  # fmt: skip
def test_a_refusal_says_what_to_write(text: str, language: str, taught: str) -> None:
    with pytest.raises(ValueSyntaxError) as refused:
        parse_value(text, language)
    assert taught in str(refused.value)
    assert "write a count bare ('60 M')" not in str(refused.value)


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("2'59\" au km", "fr", "second / kilometer"),
        ("2'59 au km", "fr", "second / kilometer"),
        ("£1.94pw", "en_GB", "GBP / week"),
        ("68µg/100ml", "en_GB", "microgram / deciliter"),
        ("68 µg/(100 ml)", "en_GB", "microgram / deciliter"),
        ("68 ug/100ml", "en_GB", "microgram / deciliter"),
    ],
)
def test_forms_the_desks_write_are_read(text: str, language: str, unit: str) -> None:
    assert str(parse_value(text, language).quantity.unit) == unit


def test_a_suggested_form_reads() -> None:
    for text, language in [
        ("5 000 € dont 2 000 avec sursis", "fr"),
        ("2 300 m d'altitude", "fr"),
        ("£8.5m in add-ons", "en_GB"),
        ("1,1 °C au-dessus de la normale", "fr"),
    ]:
        with pytest.raises(ValueSyntaxError) as refused:
            parse_value(text, language)
        for suggestion in re.findall(r"write '([^']+)'", str(refused.value)):
            parse_value(suggestion, language)
