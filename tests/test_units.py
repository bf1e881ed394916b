from __future__ import annotations

import re
from decimal import Decimal

import babel.numbers
import pint
import pytest

from factcheck.units import (
    UnitError,
    conversion,
    describe_dimension,
    dimensionless,
    format_unit,
    has_offset,
    is_currency,
    is_percent,
    is_points,
    is_score_points,
    local_measure,
    local_measures,
    parse_unit,
    percent_symbol,
    registry,
)


def test_the_registry_is_built_once() -> None:
    assert registry() is registry()


def test_every_babel_currency_is_a_unit_of_its_own_dimension() -> None:
    codes = sorted(babel.numbers.list_currencies())
    dimensions = {parse_unit(code).dimensionality for code in codes}
    assert len(dimensions) == len(codes)
    assert all(is_currency(parse_unit(code)) for code in codes)


def test_adding_euros_to_dollars_is_an_error_not_a_sum() -> None:
    ureg = registry()
    with pytest.raises(pint.DimensionalityError):
        ureg.Quantity(1, parse_unit("EUR")) + ureg.Quantity(1, parse_unit("USD"))


@pytest.mark.parametrize(
    ("sign", "code"), [("€", "EUR"), ("$", "USD"), ("£", "GBP"), ("¥", "JPY"), ("euros", "EUR")]
)
def test_currency_signs_are_iso_codes(sign: str, code: str) -> None:
    assert parse_unit(sign) == parse_unit(code)


def test_prefixed_currency_converts_to_the_currency() -> None:
    assert parse_unit("M€") == parse_unit("MEUR")
    assert conversion(parse_unit("M€"), parse_unit("EUR")) == (Decimal(10**6), Decimal(0))


@pytest.mark.parametrize("text", ["person", "people", "persons"])
def test_persons(text: str) -> None:
    unit = parse_unit(text)
    assert unit == parse_unit("person")
    assert describe_dimension(unit) == "person"
    assert format_unit(unit) == "person"


@pytest.mark.parametrize(
    "text",
    ["pp", "p.p.", "ppt", "ppts", "percentage points", "percentage point", "percent points",
     "point de pourcentage", "points de pourcentage", "point de %", "%pt", "% pts"],
)  # fmt: skip
def test_percentage_points_are_never_typographic_lengths(text: str) -> None:
    unit = parse_unit(text)
    assert unit == parse_unit("percentage_point")
    assert describe_dimension(unit) == "dimensionless"
    assert conversion(unit, parse_unit("%")) == (Decimal(1), Decimal(0))


@pytest.mark.parametrize("text", ["point", "points", "Points", "pt", "pts"])
def test_points_alone_are_a_score_s_never_percentage_points(text: str) -> None:
    # 474 points in PISA, 8 124,5 points of the CAC 40, 33 points in the league table
    unit = parse_unit(text)
    assert is_score_points(unit)
    assert not is_points(unit)
    assert not is_percent(unit)
    assert format_unit(unit) == "points"
    assert describe_dimension(unit) == "points of a score or an index"
    for rate in ("%", "pp", "bp", ""):
        with pytest.raises(UnitError, match="does not convert"):
            conversion(unit, parse_unit(rate))


def test_percentage_points_inside_an_expression() -> None:
    assert describe_dimension(parse_unit("pp/year")) == "per time"


def test_percent_and_pure_numbers() -> None:
    assert parse_unit("") == dimensionless()
    assert parse_unit("  ") == dimensionless()
    assert parse_unit("%") == parse_unit("percent")
    assert conversion(parse_unit("%"), dimensionless()) == (Decimal("0.01"), Decimal(0))


@pytest.mark.parametrize(
    ("text", "dimension"),
    [
        ("km", "length"),
        ("MW h", "energy"),
        ("kWh", "energy"),
        ("year", "time"),
        ("t", "mass"),
        ("km/h", "velocity"),
        ("m^2", "area"),
        ("EUR", "currency EUR"),
        ("kEUR", "currency EUR"),
        ("EUR/person", "currency EUR per person"),
        ("%", "dimensionless"),
        ("", "dimensionless"),
        ("degC", "temperature"),
    ],
)
def test_describe_dimension(text: str, dimension: str) -> None:
    assert describe_dimension(parse_unit(text)) == dimension


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("%", "%"),
        ("", ""),
        ("EUR", "EUR"),
        ("€", "EUR"),
        ("people", "person"),
        ("kilometre", "km"),
        ("year", "year"),  # not pint's "a"
        ("EUR/person", "EUR/person"),
        ("km**2", "km²"),
        ("MW h", "MW·h"),
        ("pp", "pp"),
    ],
)
def test_format_unit_writes_units_as_editors_do(text: str, written: str) -> None:
    assert format_unit(parse_unit(text)) == written


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("persn", "unknown unit 'persn', did you mean 'person'?"),
        ("eur", "unknown unit 'eur', did you mean 'EUR'?"),
        ("EUR/persn", "unknown unit 'persn' in 'EUR/persn', did you mean 'person'?"),
        ("xyzzy", "unknown unit 'xyzzy'"),
        ("sites", "'sites' is no unit: write a count bare"),  # not the Slovenian tolar, SIT
        ("km)", "cannot read 'km)' as a unit"),
        ("2 km", "cannot read '2 km' as a unit"),
        ("d'euros", 'cannot read "d\'euros" as a unit'),  # pint reads days × euros
    ],
)
def test_unknown_units_are_named_with_a_suggestion(text: str, message: str) -> None:
    with pytest.raises(UnitError) as caught:
        parse_unit(text)
    assert str(caught.value).startswith(message)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("text", "read_as"),
    [("de USD", "de·USD"), ("M EUR", "M·EUR"), ("Md EUR", "Md·EUR"), ("EUR h", "EUR·h")],
)
def test_money_times_another_unit_is_refused(text: str, read_as: str) -> None:
    # pint reads "de" as deci-elementary-charges, "M" as molar, "Md" as megadays: silently
    with pytest.raises(UnitError, match=f"pint reads it as '{read_as}', a currency multiplied"):
        parse_unit(text)


@pytest.mark.parametrize(
    "text",
    [
        "EUR/month", "EUR/person", "MW h", "person day", "kEUR",
        # money per energy or power: MWh holds a time above the line in dimensions
        "GBP/MWh", "£/MWh", "EUR/MW", "USD/MMBtu", "GBP/therm", "GBP/W", "pence/kWh",
        "EUR/(MW h)",
    ],
)  # fmt: skip
def test_money_per_something_and_other_products_are_units(text: str) -> None:
    parse_unit(text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("C", "°C"), ("degrees C", "°C"), ("ºC", "°C"), ("degrees Fahrenheit", "°F"),
        ("GBP per head", "GBP/person"), ("GBP a head", "GBP/person"),
        ("€ par habitant", "EUR/person"), ("GBP an hour", "GBP/h"), ("GBP pa", "GBP/year"),
        ("per mile", "1/mi"), ("MtCO2e", "Mt"), ("ktCO2e", "kt"), ("kt/year", "kt/year"),
        ("km2", "km²"), ("m3", "m³"), ("ppb", "ppb"), ("bcm", "bcm"), ("mb/d", "Mbbl/day"),
        ("b/d", "bbl/day"), ("barrels", "bbl"), ("kilos", "kg"), ("gr", "g"), ("Kg", "kg"),
        ("kilomètres", "km"), ("mètres", "m"), ("secondes", "s"), ("mn", "min"),
        ("personnes", "person"),
    ],
)  # fmt: skip
def test_newsroom_notation_is_read_as_newsrooms_mean_it(text: str, shown: str) -> None:
    assert format_unit(parse_unit(text)) == shown


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("degrees", "'degrees': which degrees? write °C (or C) or °F"),
        ("°", "'°': which degrees?"),
        ("F", "'F': degrees Fahrenheit or francs?"),
        ("mb", "'mb': millibars or million barrels?"),
        ("b", "'b': barrels or billions?"),
        ("spectateurs", "'spectateurs' is no unit: write a count bare"),
        ("mois ferme", "'ferme' in 'mois ferme' is no unit"),
        ("jours-amende", "'jours-amende': a day-fine is no unit"),
        ("s 1", "cannot read 's 1' as a unit: a figure after the unit"),
        ("year 1", "a figure after the unit"),
        ("kt", "'kt': kilotonnes or knots? write kilotonne (or ktCO2e, kt of CO2) for"
         " kilotonnes, knot or kn for knots"),
        ("ct", "'ct': carats or cents? write carat for the weight of a stone, and money in its"
         " currency: 0.2516 EUR/kWh for 25.16 cents"),
        ("ct/kWh", "'ct' in 'ct/kWh': carats or cents?"),
        ("cts", "'cts': carats or cents?"),
        ("centimes", "'centimes': centimes of which currency? write the amount in it"),
        ("mpg", "'mpg': miles per which gallon? write mi/imperial_gallon for the UK's gallon,"
         " mi/US_liquid_gallon for the US one, or give the source its country (language:"
         " en_GB or en_US)"),
        ("kWh EP/m²/an", "'EP' in 'kWh EP/m²/an': primary energy is no unit (pint reads EP as"
         " exapoises): write the energy alone ('330 kWh/m²/an') and say primary energy in"
         " the property (primary_energy_use)"),
        ("kWhEP/m²/an", "'EP' in 'kWhEP/m²/an': primary energy is no unit"),
        ("kWh/m²/an EP", "'EP' in 'kWh/m²/an EP': primary energy"),
        ("kWh EF/m²/an", "'EF' in 'kWh EF/m²/an': final energy is no unit (pint reads EF as"
         " exafarads)"),
        ("vehicle-miles", "'vehicle-miles' is no unit: write the distance alone ('miles') and"
         " say what travelled it in the property (vehicle_miles)"),
        ("passenger km", "'passenger km' is no unit: write the distance alone ('km')"),
        ("GBP a journey", "'journey' in 'GBP a journey' is no unit: write the figure in GBP"
         " alone and say 'per journey' in the property (price_per_journey)"),
        ("flights an hour", "'flights' in 'flights an hour' is no unit: write the figure and its"
         " rate without it ('/hour' after the figure) and say what is counted in the property"
         " (flights_per_hour)"),
        ("buts par match", "'buts' in 'buts par match' is no unit: write the figure bare"
         " ('2,1') and say 'buts per match' in the property (buts_per_match)"),
    ],
)  # fmt: skip
def test_what_names_no_unit_a_newsroom_means_is_refused_with_what_to_write(
    text: str, message: str
) -> None:
    with pytest.raises(UnitError) as caught:
        parse_unit(text)
    assert message in str(caught.value)


def test_is_currency() -> None:
    assert is_currency(parse_unit("EUR"))
    assert is_currency(parse_unit("k$"))
    assert not is_currency(parse_unit("EUR/person"))
    assert not is_currency(parse_unit("person"))
    assert not is_currency(parse_unit("%"))


@pytest.mark.parametrize(
    ("source", "target", "factor", "offset"),
    [
        ("km", "m", "1000", "0"),
        ("foot", "m", "0.3048", "0"),  # pint's float says 0.30479999999999996
        ("t", "kg", "1000", "0"),
        ("degC", "K", "1", "273.15"),
        ("K", "degC", "1", "-273.15"),
    ],
)
def test_conversion_factors_are_exact_decimals(
    source: str, target: str, factor: str, offset: str
) -> None:
    assert conversion(parse_unit(source), parse_unit(target)) == (Decimal(factor), Decimal(offset))


def test_conversion_between_different_things_is_refused() -> None:
    with pytest.raises(UnitError, match="EUR"):
        conversion(parse_unit("EUR"), parse_unit("person"))


def test_has_offset() -> None:
    assert has_offset(parse_unit("degC"))
    assert not has_offset(parse_unit("km"))
    assert not has_offset(parse_unit("%"))


@pytest.mark.parametrize("text", ["year**1e400", "year**nan", "m**10", "km**-12"])
def test_an_exponent_no_figure_needs_is_refused(text: str) -> None:
    # pint reads `year**1e400` as year to the power infinity
    with pytest.raises(UnitError, match="cannot read"):
        parse_unit(text)


@pytest.mark.parametrize(("text", "shown"), [("m**2", "meter ** 2"), ("km^3", "kilometer ** 3")])
def test_squares_and_cubes_are_units(text: str, shown: str) -> None:
    assert str(parse_unit(text)) == shown


@pytest.mark.parametrize(
    "text",
    ["bp", "bps", "basis point", "basis points", "Basis Points", "basis_point", "BP",
     "pb", "pdb", "point de base", "points de base"],
)  # fmt: skip
def test_basis_points_are_hundredths_of_a_percentage_point_never_big_points(text: str) -> None:
    unit = parse_unit(text)
    assert unit == parse_unit("basis_point")
    assert describe_dimension(unit) == "dimensionless"  # pint's bp is a length
    assert format_unit(unit) == "bp"  # never pint's "pp" symbol of its big point
    assert conversion(unit, parse_unit("pp")) == (Decimal("0.01"), Decimal(0))
    assert conversion(unit, parse_unit("%")) == (Decimal("0.01"), Decimal(0))


def test_basis_points_inside_a_unit_expression() -> None:
    assert format_unit(parse_unit("bp/year")) == "bp/year"
    assert format_unit(parse_unit("pp")) == "pp"  # percentage points are unchanged


@pytest.mark.parametrize(
    ("source", "target", "factor"),
    [
        ("EUR/month", "EUR/year", "12"),  # pint's floats gave 12.0000000000000063
        ("EUR/day", "EUR/week", "7"),
        ("person/km**2", "person/m**2", "0.000001"),
        ("t/year", "kg/year", "1000"),
    ],
)
def test_a_factor_is_multiplied_out_in_decimal_unit_by_unit(
    source: str, target: str, factor: str
) -> None:
    assert conversion(parse_unit(source), parse_unit(target)) == (Decimal(factor), Decimal(0))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("/game", "'game' in '/game' is no unit: write the figure bare"),
        ("goals a game", "say 'goals per game' in the property"),
        ("GBP a game", "write the figure in GBP alone and say 'per game'"),
        ("appearances", "is no unit: write a count bare"),
    ],
)
def test_per_game_is_refused_with_a_hint_that_works(text: str, message: str) -> None:
    with pytest.raises(UnitError, match=re.escape(message)):
        parse_unit(text)


def test_per_player_is_per_person() -> None:
    assert parse_unit("GBP per player") == parse_unit("GBP per head")


def test_the_mpg_refusal_advises_units_read_the_same_in_every_language() -> None:
    # "mi/gallon" is the imperial gallon in British English and refused where no country
    # is given: only the named gallons read one way everywhere.
    with pytest.raises(UnitError) as refused:
        parse_unit("mpg")
    advised = re.findall(r"mi/\w+", str(refused.value))
    assert advised == ["mi/imperial_gallon", "mi/US_liquid_gallon"]
    imperial, us = (parse_unit(unit) for unit in advised)  # read, never refused
    assert conversion(imperial, us)[0].quantize(Decimal("1e-6")) == Decimal(
        "0.832674"
    )  # 3.785 l / 4.546 l


@pytest.mark.parametrize(
    ("territory", "expected"),
    [
        ("GB", "imperial_pint per imperial_gallon, 20 imperial_fluid_ounce"),
        ("IE", "imperial_pint per imperial_gallon, 20 imperial_fluid_ounce"),
        ("US", "US_pint per US_liquid_gallon, 20 US_fluid_ounce"),
        ("AU", "Pints per gal, 20 fl oz"),
        (None, "Pints per gal, 20 fl oz"),
    ],
)
def test_pints_gallons_and_fluid_ounces_are_the_territorys(
    territory: str | None, expected: str
) -> None:
    assert local_measures("Pints per gal, 20 fl oz", territory) == expected


def test_a_local_measure_is_named_only_where_the_territory_has_one() -> None:
    assert local_measure("gallon", "GB") == "imperial_gallon"
    assert local_measure("gallon", "US") == "US_liquid_gallon"
    assert local_measure("gallon", "AU") is None
    assert local_measure("pint", None) is None


@pytest.mark.parametrize(
    ("text", "symbol"),
    [("%", "%"), ("percent", "%"), ("pp", "pp"), ("percentage points", "pp"), ("bp", "bp"),
     ("basis points", "bp"), ("points", None), ("EUR", None), ("", None)],
)  # fmt: skip
def test_percent_symbol_names_percent_and_its_points(text: str, symbol: str | None) -> None:
    assert percent_symbol(parse_unit(text)) == symbol
