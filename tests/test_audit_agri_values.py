"""What the farming desk's and the culture desk's audits found in values, units and quotes.

Bushels per acre as USDA writes them (``bu/ac``, ``bu/A``), dairy percentages (``% MG``),
tons (metric, short or long?), quintals (``62 q/ha``, ``21,50 € le quintal``), a price per
1 000 litres, French spaced signs, CBOT fractions of a cent, refusals that say what to write,
figure-in-quote across a prefix (``26,3 Mt`` in "26,3 millions de tonnes") and cents, and
the exact figures of an auction (``exact = true``).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import units
from factcheck.values import ValueSyntaxError, exact, format_quantity, parse_value
from factcheck.vocabulary import PropertyMeaning, Vocabulary
from tests.test_figure_in_quote import passes
from tests.test_values_science import refusal, unit_of

# --- bushels per acre, dairy percentages, units no newsroom means -----------------------


@pytest.mark.parametrize(
    "text", ["72 bu/ac", "200 bu/A", "181.1 bu/acre", "188.8 bushels per acre"]
)
def test_bushels_per_acre_as_the_farm_press_writes_them(text: str) -> None:
    assert unit_of(text, "en_US") == "bu/acre"


def test_bushels_per_acre_and_per_hectare_convert() -> None:
    per_acre = parse_value("100 bu/ac", "en_US").quantity
    assert units.conversion(per_acre.unit, units.parse_unit("bu/acre")) == (Decimal(1), 0)


def test_bu_a_is_refused_for_a_is_a_year_or_an_are() -> None:
    message = refusal("200 bu/a", "en_US")
    assert "year or an are" in message and "bu/ac" in message


@pytest.mark.parametrize(
    ("text", "said"), [("4,1 % MG", "fat in the property"), ("42,5 % MS", "dry matter")]
)
def test_dairy_percentages_are_refused_with_the_property_to_name(text: str, said: str) -> None:
    message = refusal(text, "fr")
    assert said in message and "write the percentage alone" in message


@pytest.mark.parametrize("text", ["5 $/ac", "3 W/A", "2 t/Mx", "12 Oe", "3 m/ac"])
def test_no_unit_reads_as_a_physical_constant_or_a_line_in_amperes(text: str) -> None:
    try:
        unit = unit_of(text)
    except ValueSyntaxError as error:
        assert "no news figure is in" in str(error) or "unknown" in str(error)
    else:  # "ac" is an acre wherever it stands
        assert "speed" not in unit and "A" not in unit.split("/")[1:]


@given(st.integers(1, 400), st.sampled_from(["bu/ac", "bu/A", "bushels/A", "bu/acre"]))
def test_any_yield_in_bushels_per_acre_reads_as_written(figure: int, unit: str) -> None:
    value = parse_value(f"{figure} {unit}", "en_US")
    assert value.quantity.interval.nominal == figure
    assert units.format_unit(value.quantity.unit) == "bu/acre"


# --- tons -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["12.3 million tons", "1 ton", "5 tons of CO2"])
def test_a_bare_ton_is_refused_with_what_to_write(text: str) -> None:
    message = refusal(text, "en_US")
    assert "short_ton" in message and "write t" in message


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("22.5 million metric tons", "en_US", "t"),
        ("5 metric tonnes", "en", "t"),
        ("3 tonnes métriques", "fr", "t"),
        ("12 tonnes", "en", "t"),
        ("$480 per short ton", "en_US", "USD/short_ton"),
        ("3 short tons", "en_US", "short_ton"),
        ("3 long tons", "en_GB", "long_ton"),
    ],
)
def test_named_tons_read_as_their_ton(text: str, language: str, unit: str) -> None:
    assert unit_of(text, language) == unit


def test_a_short_ton_is_907_kg() -> None:
    short = parse_value("1 short ton", "en_US").quantity.unit
    factor, _ = units.conversion(short, units.parse_unit("kg"))
    assert factor == Decimal("907.18474")


def test_extract_drafts_tonnes_and_metric_tons_but_never_a_bare_ton() -> None:
    from factcheck.extract_words import words_for

    table = dict(words_for("en").units)
    assert any(unit == "t" for unit in table.values())
    import re

    # a bare "tons" is drafted as written, so that verify's refusal becomes its note
    drafted = [unit for pattern, unit in table.items() if re.fullmatch(pattern, "tons")]
    assert "t" not in drafted
    assert [unit for pattern, unit in table.items() if re.fullmatch(pattern, "metric tons")] == [
        "t"
    ]


# --- quintals, per hectare, per 1 000 litres ------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("62 q/ha", "q/ha"),
        ("62 qx/ha", "q/ha"),
        ("62 quintaux", "q"),
        ("62 quintaux à l'hectare", "q/ha"),
        ("62 quintaux par hectare", "q/ha"),
        ("62 tonnes à l'hectare", "t/ha"),
        ("21,50 € le quintal", "EUR/q"),
        ("35 €/q", "EUR/q"),
        ("450 € les 1 000 litres", "EUR/kl"),
        ("450 €/1 000 l", "EUR/kl"),
    ],
)
def test_french_farm_units_read(text: str, unit: str) -> None:
    assert unit_of(text, "fr") == unit


def test_a_quintal_is_100_kg_and_62_q_ha_is_6_2_t_ha() -> None:
    quintals = parse_value("62 q/ha", "fr").quantity
    tonnes = parse_value("6,2 t/ha", "fr").quantity
    factor, _ = units.conversion(quintals.unit, tonnes.unit)
    assert factor * 62 == Decimal("6.2")


def test_a_price_per_1000_litres_is_a_price_per_litre_times_1000() -> None:
    per_kl = parse_value("450 € les 1 000 litres", "fr").quantity
    factor, _ = units.conversion(per_kl.unit, units.parse_unit("EUR/l"))
    assert factor * 450 == Decimal("0.45")


@pytest.mark.parametrize("text", ["3 à 5 %", "2 à 3 millions", "3 à 5"])
def test_a_range_in_french_still_reads(text: str) -> None:
    assert parse_value(text, "fr").comparator == "to"


@given(st.integers(1, 999), st.sampled_from(["quintaux", "tonnes", "hl", "kg"]))
def test_a_unit_a_l_hectare_is_the_unit_per_hectare(figure: int, unit: str) -> None:
    value = parse_value(f"{figure} {unit} à l'hectare", "fr")
    assert value.comparator is None and value.quantity.interval.nominal == figure
    assert units.format_unit(value.quantity.unit).endswith("/ha")


# --- signs, fractions of a cent, money ranges ---------------------------------------------


@given(
    st.sampled_from(["+", "−", "-"]),
    st.sampled_from([" ", "\u00a0", "\u202f"]),
    st.decimals(min_value=0, max_value=999, places=1, allow_nan=False, allow_infinity=False),
)
def test_a_spaced_sign_reads_as_the_glued_one(sign: str, space: str, figure: Decimal) -> None:
    written = f"{figure}".replace(".", ",")
    spaced = parse_value(f"{sign}{space}{written} %", "fr").quantity
    glued = parse_value(f"{sign}{written} %", "fr").quantity
    assert spaced == glued


def test_two_spaces_after_a_sign_are_still_refused() -> None:
    refusal("+  3 %", "fr")


@pytest.mark.parametrize(
    ("text", "write"),
    [
        ("-12-3/4 cents", "'-0.1275 USD'"),
        ("12-3/4 cents", "'0.1275 USD'"),
        ("$3.83-3/4", "'$3.8375'"),
        ("$10.17-1/2", "'$10.175'"),
    ],
)
def test_fractions_of_a_cent_say_to_write_the_decimal(text: str, write: str) -> None:
    message = refusal(text, "en_US")
    assert write in message and "no range" in message
    assert "to 3/4" not in message


def test_a_whole_and_a_fraction_of_no_price_is_not_called_a_price() -> None:
    message = refusal("2-1/2 inches", "en_US")
    assert "a whole and a fraction ('2-1/2')" in message and "'2.5 inches'" in message
    assert "cent" not in message
    parse_value("2.5 inches", "en_US")  # what it says to write reads


@pytest.mark.parametrize(
    ("text", "write"),
    [("£3-5m", "'£3m to £5m'"), ("$8-12m", "'$8m to $12m'"), ("£3m-£5m", "'£3m to £5m'")],
)
def test_a_money_range_with_a_dash_suggests_a_range_that_reads(text: str, write: str) -> None:
    message = refusal(text, "en_GB")
    assert write in message
    parse_value(write.strip("'"), "en_GB")  # what it says to write reads


# --- refusals that say what to write ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("2.1 million head", "en_US"),
        ("12,500 head of cattle", "en_US"),
        ("110 000 têtes", "fr"),
        ("110 000 vaches", "fr"),
        ("23 000 exploitations", "fr"),
        ("87 countries", "en"),
        ("5,1 millions de téléspectateurs", "fr"),
        ("9.4m viewers", "en"),
    ],
)
def test_words_that_count_say_to_write_the_count_bare(text: str, language: str) -> None:
    message = refusal(text, language)
    assert "write a count bare" in message and "did you mean" not in message


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("215 €/t rendu Rouen", "delivery point or basis in a qualifier"),
        ("215 €/t FOB", "delivery point or basis in a qualifier"),
        ("£195/t ex-farm", "delivery point or basis in a qualifier"),
        ("4,20 €/kg carcasse", "delivery point or basis in a qualifier"),
        ("12,5 M€ frais compris", "what fees are included"),
        ("24,3 % de PDA", "what it is a share of in the property"),
        ("4,8 millions de livres", "write GBP"),
        ("2,3 UGB/ha", "livestock_units_per_ha"),
        ("38.5ppl", "'38.5p/l'"),
    ],
)
def test_refusals_say_what_to_write(text: str, said: str) -> None:
    language = "en_GB" if text[0] in "£3" else "fr"
    message = refusal(text, language)
    assert said in message and "did you mean" not in message


def test_the_pence_per_litre_it_suggests_reads() -> None:
    assert unit_of("38.5p/l", "en_GB") == "pence/l"
    assert format_quantity(parse_value("38.5p/l", "en_GB").quantity, "en_GB").startswith("38.5")


# --- figure-in-quote ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("26,3 Mt", "la récolte atteint 26,3 millions de tonnes"),
        ("4,24 Mha", "la sole recule à 4,24 millions d'hectares"),
        ("3 GW", "3 milliards de watts"),
        ("0,35 €", "soit 35 centimes l'œuf"),
        ("45 centimes le litre", "le lait à 0,45 € le litre"),
        ("62 q/ha", "62 quintaux à l'hectare"),
        ("6,2 t/ha", "62 q/ha"),
    ],
)
def test_the_same_amount_is_found_however_written(value: str, quote: str) -> None:
    assert passes(value, quote, "fr")


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("62 t/ha", "62 q/ha"),
        ("62 t/ha", "62 qx/ha"),
        ("62 t/ha", "62 quintaux à l'hectare"),
        ("62 t/ha", "62 quintaux par hectare"),
        ("4,2 kg", "4 200 kg"),
        ("26,3 Mt", "26,3 milliards de tonnes"),
        ("0,35 €", "35 euros"),
    ],
)
def test_another_amount_is_not_found(value: str, quote: str) -> None:
    assert not passes(value, quote, "fr")


def test_cents_are_found_in_an_english_quote() -> None:
    assert passes("0.98 USD", "a gallon rose 98 cents", "en_US")


# --- exact figures ------------------------------------------------------------------------


def test_an_exact_figure_is_its_figure_as_written() -> None:
    four = exact(parse_value("£4m", "en_GB")).quantity.interval
    assert four.lo == four.hi == Decimal(4_000_000)
    rate = exact(parse_value("27%", "en_GB")).quantity.interval
    assert rate.lo == rate.hi == 27


@pytest.mark.parametrize("text", ["£3m to £5m", "<£5m", "~£4m", ">=27%"])
def test_a_range_a_bound_or_an_approximate_figure_stays_one(text: str) -> None:
    value = parse_value(text, "en_GB")
    assert exact(value) == value


def test_the_vocabulary_names_its_exact_properties() -> None:
    vocabulary = Vocabulary({"hammer_price": PropertyMeaning("hammer_price", exact=True)})
    assert "hammer_price" in vocabulary.exacts()
    assert "hammer_price" not in Vocabulary().exacts()
    assert "staff" not in vocabulary.exacts()


AUCTION = """\
source:
  id: harbour_sale
  title: A record for the harbour
  publisher: The Courier
  published: 2025-11-20
  language: en_GB
claims:
  - {id: hammer, subject: Window, property: hammer_price, value: "£4m",
     quote: "hammered down at £4m"}
  - {id: rate_low, subject: Window, property: premium_rate, value: "27%",
     quote: "27% on the first £1m"}
  - {id: rate_high, subject: Window, property: premium_rate, value: "22%",
     quote: "22% above it"}
  - {id: total, subject: Window, property: total_price, value: "£4.83m",
     quote: "£4.83m with the buyer's premium"}
  - {id: estimate_high, subject: Window, property: presale_estimate, value: "£5m",
     quote: "estimated at up to £5m"}
checks:
  - id: hammer_plus_premium
    expect: "hammer + rate_low * 1000000 GBP + rate_high * (hammer - 1000000 GBP) == total"
  - id: within_estimate
    expect: "hammer <= estimate_high"
"""

EXACT_TOML = """\
[properties.hammer_price]
exact = true

[properties.premium_rate]
exact = true

[properties.presale_estimate]
exact = true
"""


def _verify_auction(tmp_path: Path, toml: str | None) -> list[str]:
    import factcheck
    from factcheck.config import load_config

    tmp_path.mkdir()
    (tmp_path / "sale.yaml").write_text(AUCTION, encoding="utf-8")
    if toml is not None:
        (tmp_path / "factcheck.toml").write_text(toml, encoding="utf-8")
    config = load_config(None, start=tmp_path)
    report = factcheck.verify(factcheck.load(tmp_path / "sale.yaml", config=config), config)
    return [f"{f.rule} {f.severity.label} {f.message}" for f in report.findings]


def test_a_premium_inclusive_total_a_hundred_thousand_out_fails_with_exact_figures(
    tmp_path: Path,
) -> None:
    # £4m + 27 % of £1m + 22 % of £3m is £4.93m, printed £4.83m
    rounded = _verify_auction(tmp_path / "rounded", None)
    assert not any(m.startswith("expect-holds") for m in rounded)  # passes by rounding
    assert any(m.startswith("holds-by-rounding") and "hammer_plus_premium" in m for m in rounded)
    exact_ = _verify_auction(tmp_path / "exact", EXACT_TOML)
    assert any(m.startswith("expect-holds error") and "hammer_plus_premium" in m for m in exact_), (
        exact_
    )
    assert not any("within_estimate" in m for m in exact_)  # £4m is within £5m


def test_a_hammer_price_above_its_estimate_fails_with_exact_figures(tmp_path: Path) -> None:
    above = AUCTION.replace('value: "£4m"', 'value: "£5.3m"').replace("at £4m", "at £5.3m")
    (tmp_path / "sale.yaml").write_text(above, encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text(EXACT_TOML, encoding="utf-8")
    import factcheck
    from factcheck.config import load_config

    config = load_config(None, start=tmp_path)
    report = factcheck.verify(factcheck.load(tmp_path / "sale.yaml", config=config), config)
    assert any(f.rule == "expect-holds" and "within_estimate" in f.message for f in report.findings)
