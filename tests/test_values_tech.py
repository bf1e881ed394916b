"""Values as a tech & telecoms desk and a defence & migration desk write them.

Their audits found notation read as a physical unit nobody means (``10 Mb/s`` as megabarns
a second, ``405B`` as bytes, ``60 fps`` as feet a second, ``Gbps`` printed as gigabaud),
French octets refused or read as a range (``1 To``), and count nouns refused without the
hint that says what to write. A value is read as the desk means it, or refused with what
to write: never silently as something else.
"""

from __future__ import annotations

from decimal import Decimal

import babel.numbers
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from factcheck import units
from factcheck.values import ValueSyntaxError, format_quantity, parse_value


def unit_of(text: str, language: str = "en") -> str:
    return units.format_unit(parse_value(text, language).quantity.unit)


def refused(text: str, language: str, *said: str) -> str:
    with pytest.raises(ValueSyntaxError) as caught:
        parse_value(text, language)
    message = str(caught.value)
    for part in said:
        assert part in message, message
    assert "did you mean" not in message, message
    return message


# --- bits and bytes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("10 Mb/s", "fr", "Mbit/s"),  # pint: megabarns a second
        ("10 Mb/s", "en", "Mbit/s"),
        ("8 Gb/s", "en", "Gbit/s"),  # pint: gilberts
        ("56 kb/s", "en", "kbit/s"),
        ("10 Mb", "en", "Mbit"),
        ("1 Gb", "fr", "Gbit"),
        ("128 KB", "en", "kB"),  # pint: did you mean k_B?
        ("128 KB/s", "en", "kB/s"),
        ("8 Gbps", "en", "Gbit/s"),  # pint: gigabaud
        ("100Mbps", "en", "Mbit/s"),
        ("100 mbps", "en", "Mbit/s"),
        ("56 kbps", "en", "kbit/s"),
        ("1 Tbps", "en", "Tbit/s"),
        ("400 MBps", "en", "MB/s"),
        ("16 GiB", "en", "GiB"),
        ("150 GB", "en", "GB"),
        ("1 TB", "fr", "TB"),
        ("8 Gbit/s", "fr", "Gbit/s"),
        ("2.7 mb/d", "en", "Mbbl/day"),  # oil copy's million barrels a day, unchanged
        ("300 kb/d", "en", "kbbl/day"),
        ("25 bps", "en", "bp"),  # basis points, unchanged
    ],
)
def test_bits_and_bytes_read_as_tech_copy_writes_them(text: str, language: str, unit: str) -> None:
    assert unit_of(text, language) == unit


def test_gbps_is_printed_as_bits_a_second_and_compares_with_bytes() -> None:
    bits, bytes_ = parse_value("8 Gbps", "en").quantity, parse_value("1 GB/s", "en").quantity
    assert format_quantity(bits, "en") == "8 Gbit/s (7.5 to 8.5 Gbit/s)"
    assert bits.compatible(bytes_)
    assert bits.to(bytes_.unit).interval.contains(Decimal(1))


def test_megabits_compare_with_megabits_not_as_an_area() -> None:
    basic, premium = parse_value("10 Mb/s", "en").quantity, parse_value("100 Mbit/s").quantity
    assert premium.compatible(basic)
    assert (basic * parse_value("10").quantity).compare("==", premium).value == "holds"


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("150 Go", "fr", "GB"),
        ("150 Gio", "fr", "GiB"),
        ("512 Ko", "fr", "kB"),
        ("3 ko", "fr", "kB"),
        ("100 Mo", "fr", "MB"),
        ("5 Mo/s", "fr", "MB/s"),
        ("1 Go/s", "fr", "GB/s"),
        ("150 Go/mois", "fr", "GB/month"),
        ("1 To", "fr", "TB"),
        ("1,5 To", "fr", "TB"),
        ("4 Po", "fr", "PB"),
        ("150 o", "fr", "B"),
        ("1 048 576 octets", "fr", "B"),
        ("2 téraoctets", "fr", "TB"),
        ("3 Kio", "fr", "KiB"),
        ("12 euros", "fr", "EUR"),  # the "o" of a word is no octet
    ],
)
def test_french_octets_are_bytes(text: str, language: str, unit: str) -> None:
    assert unit_of(text, language) == unit


def test_a_range_of_terabytes_in_french_and_a_range_in_english() -> None:
    terabytes = parse_value("1 To à 2 To", "fr")
    assert terabytes.comparator == "to" and units.format_unit(terabytes.quantity.unit) == "TB"
    assert (terabytes.quantity.interval.lo, terabytes.quantity.interval.hi) == (1, 2)
    for language in ("en", "fr"):
        plain = parse_value("1 to 2", language)
        assert plain.comparator == "to" and units.format_unit(plain.quantity.unit) == ""
    assert parse_value("~1,5 To", "fr").comparator == "~"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("150 Go", "'Go': gigaoctets, as French copy writes gigabytes? write GB"),
        ("5 Mo/s", "write MB"),
        ("1 To", "'To': téraoctets, as French copy writes terabytes? write TB"),
        ("512 Ko", "write kB"),
    ],
)
def test_french_octets_in_english_are_refused_saying_what_to_write(text: str, said: str) -> None:
    refused(text, "en", said, "a French source (language: fr) reads")


@pytest.mark.parametrize("text", ["405B", "70B", "8B", "405 B"])
def test_a_bare_b_is_refused_billions_or_bytes(text: str) -> None:
    number = text.rstrip("B ").strip()
    refused(text, "en", "billions or bytes?", f"'{number} billion'", f"'{number} byte'")


def test_a_bare_b_before_what_it_counts_says_to_name_it_in_the_property() -> None:
    refused("405B parameters", "en", "write '405 billion'", "say 'parameters' in the property")
    refused("70B-parameter", "en", "write '70 billion'", "say 'parameter' in the property")
    refused("405 B", "fr", "'405 milliards'", "'405 octets'")


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [("$405B", Decimal("405e9"), "USD"), ("405B USD", Decimal("405e9"), "USD")],
)
def test_b_next_to_money_is_still_billions(text: str, amount: Decimal, unit: str) -> None:
    value = parse_value(text, "en")
    assert value.quantity.interval.nominal == amount
    assert units.format_unit(value.quantity.unit) == unit


def test_bytes_a_second_are_still_bytes() -> None:
    assert unit_of("405 B/s") == "B/s"


# --- rates and abbreviations pint reads otherwise -----------------------------------------------


@pytest.mark.parametrize("text", ["60 fps", "30fps", "120 fps"])
def test_fps_is_refused_frames_or_feet(text: str) -> None:
    refused(text, "en", "frames per second or feet per second", "'60 /s'", "ft/s")


def test_a_frame_rate_is_written_per_second() -> None:
    assert unit_of("60 /s") == "1/s"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("5 MT", "write t (or tonnes) for tonnes, Mt for million tonnes"),  # pint: megateslas
        ("5 mt", "Mt for million tonnes"),  # pint: millitonnes
        ("5MM", "write '5 million'"),  # pint: megamolar
        ("5 mil", "write '5 million'"),  # pint: thousandths of an inch
        ("300 dpi", "write ppi"),  # pint: dry pints
        ("18 mo", "write month"),
    ],
)
def test_abbreviations_pint_reads_as_units_nobody_means_are_refused(text: str, said: str) -> None:
    refused(text, "en", said)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("$9.99/mo", "USD/month"),
        ("£1.99/mo", "GBP/month"),
        ("$9.99/mo.", "USD/month"),
        ("$19.99 a month", "USD/month"),
    ],
)
def test_per_mo_is_a_month_in_price_copy(text: str, unit: str) -> None:
    assert unit_of(text) == unit


def test_a_monthly_price_per_mo_equals_the_same_per_month() -> None:
    assert parse_value("$9.99/mo").quantity == parse_value("$9.99 per month").quantity


def test_inches_in_french() -> None:
    assert unit_of("6,1 pouces", "fr") == "in"


# --- count nouns ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("3,07 milliards d'utilisateurs", "fr", "utilisateurs"),
        ("2.1bn users", "en", "users"),
        ("1.2 trillion parameters", "en", "parameters"),
        ("1 500 militaires", "fr", "militaires"),
        ("5 000 soldats", "fr", "soldats"),
        ("1,500 troops", "en", "troops"),
        ("120 blessés", "fr", "blessés"),
        ("1,7 million de déplacés", "fr", "déplacés"),
        ("43 603 Palestiniens", "fr", "Palestiniens"),
        ("2 100 camions", "fr", "camions"),
        ("2,100 trucks", "en", "trucks"),
        ("12 Rafale", "fr", "Rafale"),
        ("3 Tflops", "fr", "Tflops"),
        ("20 petaflops", "en", "petaflops"),
        ("400 TOPS", "en", "TOPS"),
        ("1,2 PUE", "fr", "PUE"),
        ("2.1bn DAU", "en", "DAU"),
        ("68 F-35s", "en", "F-35s"),  # not "degrees Fahrenheit or francs?"
        ("12 Su-57", "en", "Su-57"),
        ("50 B-52s", "en", "B-52s"),
        ("50 A320neo", "fr", "A320neo"),
        ("10,000 H100s", "en", "H100s"),  # not 10 000 hours and 100 seconds
        ("5 A320s", "en", "A320s"),
    ],
)
def test_a_word_that_is_no_unit_gets_the_count_hint(text: str, language: str, word: str) -> None:
    refused(text, language, f"{word!r}", "is no unit: write a count bare")


def test_a_chip_or_an_aircraft_glued_to_its_digits_is_a_count() -> None:
    for name in ("H100s", "A320neo", "MiG-29"):
        with pytest.raises(units.UnitError, match="is no unit: write a count bare"):
            units.parse_unit(name)


def test_a_model_name_before_what_it_counts_gets_the_count_hint() -> None:
    message = refused("68 F-35 fighters", "en", "'F-35'", "write a count bare")
    assert "Fahrenheit" not in message


def test_a_count_noun_per_second_says_to_write_the_rate() -> None:
    refused("24 images/s", "fr", "'images'", "'/s' after the figure")


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("8GB RAM", "en", "'RAM' in 'GB RAM' is no unit: write the figure in GB alone"),
        ("6 Go de RAM", "fr", "'RAM' in 'GB de RAM' is no unit: write the figure in GB alone"),
    ],
)
def test_a_word_after_a_unit_says_to_write_the_unit_alone(
    text: str, language: str, said: str
) -> None:
    refused(text, language, said, "in the property")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("5 persn", "did you mean 'person'?"),  # a typo still gets its suggestion
        ("3 metrs", "did you mean 'metre'?"),
        ("5 m de haut", "unknown unit 'haut'"),
    ],
)
def test_typos_of_units_keep_their_suggestion(text: str, message: str) -> None:
    with pytest.raises(ValueSyntaxError, match=message):
        parse_value(text, "en" if "persn" in text or "metrs" in text else "fr")


# --- shares of a whole ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["2 % du PIB", "0,7 % du RNB", "5 % du chiffre d'affaires", "30 % des ventes"]
)
def test_a_french_share_of_a_whole_says_to_write_the_percentage_alone(text: str) -> None:
    refused(text, "fr", "write the percentage alone", "share_of_gdp")


def test_an_english_share_of_gni_is_unchanged() -> None:
    refused("0.7% of GNI", "en", "write the percentage alone", "share_of_gdp")


# --- properties -------------------------------------------------------------------------------

_BYTES = {"k": "kB", "K": "kB", "M": "MB", "G": "GB", "T": "TB", "P": "PB"}


def written(x: Decimal, language: str) -> str:
    return str(babel.numbers.format_decimal(x, locale=language, decimal_quantization=False))


@example(Decimal("1.5"), "T", " ")
@example(Decimal(1), "T", "")
@given(
    st.decimals(0, 10**6, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(sorted(_BYTES)),
    st.sampled_from([" ", "\u00a0", ""]),
)
def test_french_octets_read_as_the_same_bytes_in_english(
    x: Decimal, prefix: str, space: str
) -> None:
    """French octets ("1,5 To") are the bytes English writes ("1.5 TB"): same quantity."""
    french = parse_value(f"{written(x, 'fr')}{space}{prefix}o", "fr").quantity
    english = parse_value(f"{written(x, 'en')}{space}{_BYTES[prefix]}", "en").quantity
    assert french == english
    with pytest.raises(ValueSyntaxError, match="a French source"):
        parse_value(f"{written(x, 'en')}{space}{prefix}o", "en")


@given(
    st.decimals(0, 10**4, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(0, 10**4, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["en", "fr"]),
    st.sampled_from(["to", "To", "TO"]),
)
def test_a_range_with_to_between_two_figures_stays_a_range(
    a: Decimal, b: Decimal, language: str, word: str
) -> None:
    lo, hi = sorted((a, b))
    assume(lo < hi)  # "2 to 2" is a score, "2-2": refused
    value = parse_value(f"{written(lo, language)} {word} {written(hi, language)}", language)
    assert value.comparator == "to"
    assert (value.quantity.interval.lo, value.quantity.interval.hi) == (lo, hi)


@given(
    st.decimals(0, 10**4, places=1, allow_nan=False, allow_infinity=False),
    st.sampled_from(["k", "M", "G", "T"]),
    st.sampled_from(["b/s", "bps", "bit/s"]),
)
def test_bits_a_second_are_one_unit_however_written(x: Decimal, prefix: str, tail: str) -> None:
    expected = parse_value(f"{x} {prefix}bit/s", "en").quantity
    assert parse_value(f"{x} {prefix}{tail}", "en").quantity == expected
    assert units.format_unit(expected.unit) == f"{prefix}bit/s"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1 h30", 5400), ("3 min20", 200), ("12 s58", Decimal("12.58")), ("2h02'10", 7330)],
)
def test_a_duration_glued_to_its_next_part_is_no_model_name(text: str, seconds: Decimal) -> None:
    quantity = parse_value(text, "fr").quantity
    assert quantity.to(units.parse_unit("s")).interval.nominal == seconds
