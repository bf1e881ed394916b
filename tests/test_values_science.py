"""Science copy in values: astronomy's units, levels in dB, pH, powers of ten, p-values."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck import units
from factcheck.values import (
    Quantity,
    Truth,
    UnitMismatch,
    ValueSyntaxError,
    format_quantity,
    parse_value,
)
from tests.conftest import WriteFiles, verify_folder


def unit_of(text: str, language: str = "en") -> str:
    return units.format_unit(parse_value(text, language).quantity.unit)


def refusal(text: str, language: str = "en") -> str:
    with pytest.raises(ValueSyntaxError) as error:
        parse_value(text, language)
    return str(error.value)


# --- Astronomy ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("5.2 AU", "en", "au"),  # never pint's absorbance units
        ("0,11 ua", "fr", "au"),  # never microyears
        ("0,11 UA", "fr", "au"),
        ("5.2 astronomical units", "en", "au"),
        ("41 al", "fr", "ly"),  # never attolitres
        ("41 a.l.", "fr", "ly"),  # never litre-years
        ("41 années-lumière", "fr", "ly"),
        ("1 année-lumière", "fr", "ly"),
        ("4.2 light-years", "en", "ly"),
        ("4.2 light years", "en", "ly"),
        ("12.6 parsecs", "en", "parsec"),
        ("12,6 parsec", "fr", "parsec"),
        ("8 kpc", "en", "kpc"),
        ("3.5pc", "en_GB", "%"),  # glued, as British papers print per cent
        ("12pc", "en", "%"),
    ],
)
def test_astronomy_units_read_as_desks_mean_them(text: str, language: str, unit: str) -> None:
    assert unit_of(text, language) == unit


def test_an_astronomical_unit_converts_to_kilometres() -> None:
    au = parse_value("0,11 ua", "fr").quantity
    km = parse_value("~16 millions km", "fr").quantity
    assert au.compare("==", km) is not Truth.FAILS  # 0,11 au is 16,5 million km
    assert au.compare("==", parse_value("1,6 million km", "fr").quantity) is Truth.FAILS


def test_a_spaced_pc_is_refused_with_the_choice() -> None:
    message = refusal("12,6 pc", "fr")
    assert "parsecs or per cent?" in message
    assert "'12,6 parsec'" in message and "'12,6 %'" in message
    assert "parsecs or per cent?" in refusal("1.3 pc", "en_GB")


def test_ph_is_refused_with_what_to_write() -> None:
    message = refusal("7,4 pH", "fr")
    assert "write the figure bare and say pH in the property" in message
    assert "picohenr" in message


@pytest.mark.parametrize(
    "text", ["2 solar masses", "1.5 Earth masses", "2 masses solaires", "11 Earth radii"]
)
def test_masses_of_the_sun_and_earth_are_refused_with_what_to_write(text: str) -> None:
    message = refusal(text, "fr" if "solaires" in text else "en")
    assert "write the figure bare" in message
    assert "molar" not in message


# --- Levels in decibels -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["85 dB(A)", "85 dBA", "85 dB (A)", "85 dB A"])
def test_a_weighted_decibel_is_refused_with_a_hint(text: str) -> None:
    message = refusal(text, "fr")
    assert "'85 dB'" in message and "A-weighted is said in the property" in message


def test_a_level_per_second_is_refused() -> None:
    assert "logarithmic level" in refusal("3 dB/s")


def test_a_level_compares_with_a_level_in_its_unit_only() -> None:
    level = parse_value("85 dB").quantity
    assert level.compare("<", parse_value("90 dB").quantity) is Truth.HOLDS
    # pint would make 85 dB a ratio of 10^8.5 and "convert" it into a bare 86
    with pytest.raises(UnitMismatch, match="logarithmic level"):
        level.compare("==", parse_value("85").quantity)
    with pytest.raises(UnitMismatch, match="logarithmic level"):
        parse_value("10 dBm").quantity.compare("==", parse_value("10 mW").quantity)
    with pytest.raises(UnitMismatch, match="logarithmic level"):
        parse_value("1 Np").quantity.compare("==", parse_value("1 dB").quantity)


def test_a_file_with_a_weighted_decibel_loads_and_reports_the_value(
    write_files: WriteFiles,
) -> None:
    folder: Path = write_files(
        {
            "a.yaml": """\
                source: {id: s, title: t, publisher: p, published: 2025-03-12, language: fr}
                claims:
                  - {id: db, subject: aéroport, property: bruit, value: "85 dB(A)",
                     quote: "Le bruit atteint 85 dB(A)"}
                  - {id: ua, subject: p, property: orbite, value: "0,11 ua",
                     quote: "La planète orbite à 0,11 ua"}
                """
        }
    )
    report = verify_folder(folder)
    rules = sorted(f.rule for f in report.findings if f.severity.name == "ERROR")
    assert rules == ["invalid-value"]
    assert "A-weighted" in next(f.message for f in report.findings if f.rule == "invalid-value")


#: Unit texts pint half knows: levels, offsets, weights, and what desks put around them.
_HALF_KNOWN = [
    "dB", "dB(A)", "dB(C)", "dBA", "dBm", "dBW", "dBu", "dB SPL", "Np", "neper", "B", "bel",
    "octave", "oct", "decade", "decibel", "decibelmilliwatt", "degC", "°C", "delta_degC",
    "degF", "K", "kelvin", "pH", "AU", "ua", "al", "a.l.", "ly", "pc", "kpc", "parsec", "Hz",
    "A", "s", "m", "km", "h", "W", "mW", "EUR", "%", "pp", "year", "an",
]  # fmt: skip
_JOINTS = ["", " ", "/", "*", " per ", "**2", "^-1", "(", ")", " ", "·"]


@given(st.lists(st.sampled_from(_HALF_KNOWN + _JOINTS), min_size=1, max_size=5))
@example(["dB(A)"])
@example(["dB", "/", "s"])
@example(["dBm", "*", "dB"])
@example(["delta_degC", "/", "dB"])
@example(["dB", "**2"])
@example(["degC", "*", "dBm"])
@example(["degC", "%"])
def test_no_unit_pint_half_knows_escapes_as_an_internal_error(pieces: list[str]) -> None:
    """A value is read, or refused with a message: never a pint error, then or later."""
    text = "85 " + "".join(pieces)
    try:
        value = parse_value(text, "en")
    except ValueSyntaxError as error:
        assert str(error).startswith("cannot read")
        return
    quantity = value.quantity
    assert format_quantity(quantity, "en")
    assert format_quantity(quantity, "fr")
    assert units.describe_dimension(quantity.unit) is not None
    assert quantity.compare("==", quantity) is not Truth.FAILS
    for other in ("85", "85 %", "85 dB", "85 km", "85 °C"):
        try:
            quantity.compare("<", parse_value(other).quantity)
            quantity + parse_value(other).quantity
        except UnitMismatch:
            pass


# --- Powers of ten ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "same_as"),
    [
        ("2.3 × 10^6", "en", "2.3e6"),
        ("5,97 × 10^24 kg", "fr", "5,97e24 kg"),
        ("5.97 x 10^24 kg", "en", "5.97e24 kg"),
        ("2,3·10⁶", "fr", "2,3e6"),
        ("1.5 × 10^-3 m", "en", "1.5e-3 m"),
        ("10^-12 m", "en", "1e-12 m"),
        ("10⁻¹² m", "fr", "1e-12 m"),
        ("~2 × 10^6 person", "en", "~2e6 person"),
    ],
)
def test_a_power_of_ten_reads_as_the_e_notation(text: str, language: str, same_as: str) -> None:
    read, expected = parse_value(text, language).quantity, parse_value(same_as, language).quantity
    assert read.unit == expected.unit
    assert (read.interval.lo, read.interval.hi) == (expected.interval.lo, expected.interval.hi)


@given(
    st.decimals(min_value=1, max_value=Decimal("9.99"), places=2),
    st.integers(min_value=-30, max_value=30),
    st.sampled_from(["×", "x", "·", "*"]),
    st.sampled_from([" ", ""]),
)
def test_any_mantissa_times_a_power_of_ten_is_its_e_notation(
    mantissa: Decimal, exponent: int, times: str, blank: str
) -> None:
    written = f"{mantissa}{blank}{times}{blank}10^{exponent} km"
    read = parse_value(written, "en").quantity.interval
    expected = parse_value(f"{mantissa}e{exponent} km", "en").quantity.interval
    assert (read.lo, read.hi, read.nominal) == (expected.lo, expected.hi, expected.nominal)


def test_a_power_of_ten_beyond_any_news_figure_is_refused() -> None:
    assert "beyond 100" in refusal("3 × 10^200 kg")


def test_a_figure_times_ten_without_a_power_is_no_power() -> None:
    with pytest.raises(ValueSyntaxError):
        parse_value("2 x 10")


# --- p-values -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "write"), [("p<0.05", "'<0.05'"), ("p = 0.003", "'0.003'"), ("P ≤ 0.01", "'<=0.01'")]
)
def test_a_p_value_is_refused_with_what_to_write(text: str, write: str) -> None:
    message = refusal(text)
    assert write in message and "say" not in message.split(write)[0][-5:]
    assert "p_value" in message


# --- French unit words in messages ---------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "english", "french"),
    [
        ("5 ans", "5 year", "5 ans"),
        ("1 an", "1 year", "1 an"),
        ("18 mois", "18 month", "18 mois"),
        ("3 jours", "3 day", "3 jours"),
        ("4,5 milliards d'années", "4.5 billion year", "4,5 milliards d'années"),
    ],
)
def test_french_messages_write_units_of_time_in_french(
    value: str, english: str, french: str
) -> None:
    quantity: Quantity = parse_value(value, "fr").quantity
    assert format_quantity(quantity, "fr").startswith(french)
    assert format_quantity(quantity, "en").startswith(english)
