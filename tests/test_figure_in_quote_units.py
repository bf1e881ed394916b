"""figure-in-quote compares the unit a quote writes after a figure with the value's unit.

And reads what newsrooms write in several words: compound durations ("2 h 02 min 10 s",
"9 s 58"), halves ("deux ans et demi"), a first rank ("the highest") and multiples
("could double").
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import values
from factcheck.rules.figure_in_quote import _all_written_in, missing_figures
from factcheck.values import parse_value


def passes(value_text: str, quote: str, language: str) -> bool:
    """Whether figure-in-quote passes the claim, as its check does."""
    value = parse_value(value_text, language)
    if _all_written_in(value, quote, SimpleNamespace(language=language)):
        assert not missing_figures(value, quote, language)[0], "the fast path is too lenient"
        return True
    return not missing_figures(value, quote, language)[0]


def hint(value_text: str, quote: str, language: str) -> list[str]:
    """How the message says the quote writes the missing figures."""
    return missing_figures(parse_value(value_text, language), quote, language)[2]


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("28 MW", "a total capacity of 28MW", "en"),
        ("0.028 GW", "a total capacity of 28MW", "en"),  # converted: 28 MW
        ("1.5 GW", "1,500MW of offshore wind", "en"),
        ("4,2 kg", "4,2 kg de résine", "fr"),
        ("4200 g", "4,2 kg de résine", "fr"),
        ("18 month", "dix-huit mois d'emprisonnement", "fr"),
        ("1,5 year", "dix-huit mois d'emprisonnement", "fr"),
        ("30 month", "2,5 ans", "fr"),  # 2,4999… years by the factor, as written 2,5
        ("300 person", "300 people", "en"),
        ("2 year", "2 years", "en"),
        # only the unit right after the figure is compared
        ("12 km", "12 km from the 3 MW plant", "en"),
        ("3 MW", "12 km from the 3 MW plant", "en"),
        # words pint reads as units are not units after a figure
        ("9 km", "cycle lanes grew to 12 km, up from 9 in 2020", "en"),
        ("12 t", "entre 12 et 13 t", "fr"),
        ("12 km", "du km 12 au km 15", "fr"),
        ("12 km", "the 12th km", "en"),
        # a unit factcheck does not read leaves the figure bare, as before
        ("12 km", "12 kilomètres", "fr"),
        ("1,1 delta_degC", "1,1 °C au-dessus de la normale", "fr"),
    ],
)
def test_a_figure_in_the_values_unit_or_converted_to_the_quotes_passes(
    value: str, quote: str, language: str
) -> None:
    assert passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote", "language", "written"),
    [
        ("28 GW", "a total capacity of 28MW", "en", "28 in MW, not in GW"),
        ("3.3 MW", "Solar farms won 3.3GW", "en", "3.3 in GW, not in MW"),
        ("49.6 TWh", "The site generated 49.6GWh", "en", "49.6 in GWh, not in TWh"),
        ("4,2 g", "4,2 kg de résine", "fr", "4,2 in kg, not in g"),
        ("4,2 kg", "4,2 t de résine", "fr", "4,2 in t, not in kg"),
        ("18 year", "dix-huit mois d'emprisonnement", "fr", "18 in mois, not in year"),
        ("2 year", "2 months", "en", "2 in months, not in year"),
    ],
)
def test_a_figure_in_another_unit_of_its_dimension_is_not_the_values(
    value: str, quote: str, language: str, written: str
) -> None:
    assert not passes(value, quote, language)
    assert hint(value, quote, language) == [written]


def test_a_converted_figure_must_be_the_one_written_not_a_rounding_of_it() -> None:
    assert not passes("0.03 GW", "a total capacity of 28MW", "en")  # 30 MW
    assert not passes("30 month", "2 ans de prison", "fr")  # 2,5 years round to 2


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("2,5 year", "condamné à deux ans et demi de prison ferme"),
        ("30 month", "condamné à deux ans et demi de prison ferme"),
        ("1,5 year", "un an et demi avec sursis"),
        ("18 month", "soit un an et demi ferme"),
        ("4,5 year", "un contrat de quatre ans et demi"),
        ("2,5 year", "2 ans et demi"),
        ("42 mois", "Un bail de trois ans et demi"),
        ("1,5 hour", "une heure et demie d'attente"),
        ("6 month", "dix-huit mois dont six avec sursis"),
    ],
)
def test_a_half_after_a_unit_is_read_in_french(value: str, quote: str) -> None:
    assert passes(value, quote, "fr")


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("2.5 year", "two and a half years"),
        ("30 month", "a two-and-a-half-year deal"),
        ("1.5 year", "a year and a half"),
        ("90 minute", "an hour and a half"),
    ],
)
def test_a_half_is_read_in_english(value: str, quote: str) -> None:
    assert passes(value, quote, "en")


def test_a_half_is_not_another_figure() -> None:
    assert not passes("3 year", "condamné à deux ans et demi de prison ferme", "fr")
    assert not passes("2,5 year", "deux ans, et demi-finaliste", "fr")


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("7330 s", "Kipkorir a gagné en 2 h 02 min 10 s", "fr"),
        ("7330 s", "Kipkorir a gagné en 2h02'10", "fr"),
        ("7330 s", "Kipkorir a gagné en 2h02min10s", "fr"),
        ("122 min", "en 2 h 02", "fr"),
        ("95 s", "à 1 min 35 s du record", "fr"),
        ("9,58 s", "Le 100 m de Bolt (9 s 58)", "fr"),
        ("9,58 s", 'Le 100 m de Bolt (9"58)', "fr"),
        ("208,32 s", "Le record de France du 1 500 m (3'28''32)", "fr"),
        ("2832 s", "47 minutes 12 seconds", "en"),
        ("30 month", "2 ans et 6 mois", "fr"),
        ("2,5 year", "deux ans et six mois", "fr"),
        ("30 month", "2 years and 6 months", "en"),
        # once written in parts, as the value grammar reads them
        ("2 h 02 min 10 s", "Kipkorir a gagné en 2h02'10", "fr"),
        ("9 s 58", "Le 100 m de Bolt (9 s 58)", "fr"),
        ("3'28''32", "Le record de France du 1 500 m (3'28''32)", "fr"),
        ("2 ans et 6 mois", "condamné à deux ans et demi", "fr"),
    ],
)
def test_a_compound_duration_is_one_amount_in_its_smallest_unit(
    value: str, quote: str, language: str
) -> None:
    assert passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("7340 s", "Kipkorir a gagné en 2 h 02 min 10 s"),
        ("2 h 02 min 11 s", "Kipkorir a gagné en 2 h 02 min 10 s"),
        ("9,59 s", "Le 100 m de Bolt (9 s 58)"),
        ("2 ans et 6 mois", "condamné à deux ans"),
        ("1,8 m", "il mesure 1 m 80"),  # not a duration: no compound
        ("39 month", "2 ans et 15 mois"),  # 15 months are more than a year
    ],
)
def test_a_compound_duration_is_no_other_amount(value: str, quote: str) -> None:
    assert not passes(value, quote, "fr")


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("1", "the highest proportion of agency social workers", "en"),
        ("1", "the worst-performing trust in England", "en"),
        ("3", "the third highest proportion", "en"),
        ("1", "le taux le plus élevé de la région", "fr"),
        ("1", "la meilleure attaque du championnat", "fr"),
    ],
)
def test_a_superlative_is_the_first_rank(value: str, quote: str, language: str) -> None:
    assert passes(value, quote, language)


def test_a_superlative_is_no_measure_and_no_other_rank() -> None:
    assert not passes("2", "the highest proportion", "en")
    assert not passes("1 %", "the highest proportion", "en")
    assert not passes("1", "the latest figures", "en")
    assert hint("1 person", "the highest proportion", "en") == ["1 as a rank"]


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("100 %", "Deaths could double by 2050", "en"),
        ("2", "Deaths could double by 2050", "en"),
        ("2", "twice as many homes", "en"),
        ("+100 %", "twice as many homes", "en"),
        ("200 %", "prices tripled", "en"),
        ("-50 %", "emissions must halve this decade", "en"),
        ("100 %", "le nombre de cas a doublé", "fr"),
        ("3", "les prix ont triplé", "fr"),
    ],
)
def test_double_is_a_multiple_of_two_and_a_change_of_100_percent(
    value: str, quote: str, language: str
) -> None:
    assert passes(value, quote, language)


def test_double_is_no_other_figure() -> None:
    assert not passes("100 pp", "Deaths could double by 2050", "en")
    assert not passes("2 person", "twice as many homes", "en")
    assert not passes("100 %", "a double-digit rise", "en")
    assert not passes("50 %", "could double by 2050", "en")


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("4,2 M€/an", "Il percevra un salaire de 4,2 M€ brut par an"),
        ("4,2 M€/an", "4,2 millions d'euros par an"),
        ("4,2 MEUR/year", "4,2 M€ par an"),
        ("350 kEUR/month", "350 000 euros par mois"),
    ],
)
def test_money_with_a_scale_per_period_is_the_amount_the_quote_writes(
    value: str, quote: str
) -> None:
    assert passes(value, quote, "fr")


def test_money_per_period_at_another_scale_is_not_found() -> None:
    value = parse_value("4,2 k€/an", "fr")
    missing, rescaled, _ = missing_figures(value, "4,2 M€ par an", "fr")
    assert missing == ["4,2"]
    assert rescaled == ["4,2"]


# --- the English sports desk's audit: a unit joined by a hyphen, the period of a wage ---


@pytest.mark.parametrize(
    ("value", "quote", "written"),
    [
        ("40 m", "a 40-yard dash", "40 in yard, not in m"),  # finding 6
        ("25 m", "a 25-yard free-kick", "25 in yard, not in m"),
        ("100 yard", "the 100-metre final", "100 in metre, not in yd"),
        ("140 km", "the 140-mile route", "140 in mile, not in km"),
        ("12 day", "a 12\u2011hour shift", "12 in hour, not in day"),  # a no-break hyphen
    ],
)
def test_a_unit_joined_to_its_figure_by_a_hyphen_is_compared(
    value: str, quote: str, written: str
) -> None:
    assert not passes(value, quote, "en")
    assert hint(value, quote, "en") == [written]


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("40 yard", "a 40-yard dash"),
        ("40 yd", "a 40-yard dash"),
        ("100 m", "the 100-metre final"),
        ("5 year", "a 5-year deal"),
        ("60 month", "a 5-year deal"),  # converted: 5 years
        ("40", "a 40-yard dash"),  # a bare value takes any unit
        ("3", "a 3-1 win"),  # a score: no unit after the hyphen
        ("2 pp", "a 2-point lead"),
        ("34 year", "The 34-year-old"),
    ],
)
def test_a_hyphenated_compound_in_the_value_s_unit_passes(value: str, quote: str) -> None:
    assert passes(value, quote, "en")


@pytest.mark.parametrize(
    ("value", "quote", "language", "written"),
    [  # finding 7: a week/month/year slip is a 4- to 52-fold error
        ("£350,000 a week", "a contract worth £350,000 a year", "en", "350,000 a year, not a week"),
        ("£350,000 a month", "earning £350,000 per week", "en", "350,000 a week, not a month"),
        ("18 million GBP/week", "a deal worth £18m a year", "en", "18 a year, not a week"),
        ("2 100 EUR/an", "2 100 euros net par mois", "fr", "2 100 a month, not a year"),
        ("2 600 EUR/an", "2 600 euros nets mensuels", "fr", "2 600 a month, not a year"),
        ("4,2 M€/mois", "4,2 millions d'euros par an", "fr", "4,2 a year, not a month"),
        ("350000 EUR/week", "£350,000 a week", "en", "350000 in pounds, not in EUR"),
    ],
)
def test_money_per_period_is_compared_with_the_period_the_quote_writes(
    value: str, quote: str, language: str, written: str
) -> None:
    assert not passes(value, quote, language)
    assert hint(value, quote, language) == [written]


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("£350,000 a week", "£350,000 a week", "en"),
        ("350000 GBP/week", "earning £350,000 per week", "en"),
        ("£350,000 a week", "£350,000 weekly", "en"),
        ("18 million GBP/year", "£18m a year", "en"),
        ("18 million GBP/year", "£18m annually", "en"),
        ("2 100 EUR/mois", "2 100 euros net par mois", "fr"),
        ("25 200 EUR/an", "25 200 euros l'an", "fr"),
        ("£350,000 a week", "£350,000, plus bonuses", "en"),  # no period written: as before
        ("£350,000", "£350,000 a week", "en"),  # no period in the value: as before
        ("£5m a year", "he earned £5m a year ago", "en"),  # "a year ago" is no rate
        ("£40m a week", "£40m a year later", "en"),
    ],
)
def test_money_per_period_in_the_same_period_or_none_passes(
    value: str, quote: str, language: str
) -> None:
    assert passes(value, quote, language)


@given(
    amount=st.integers(min_value=1, max_value=999),
    written=st.sampled_from(["a", "per", "every"]),
    quoted=st.sampled_from(["day", "week", "month", "year"]),
    encoded=st.sampled_from(["day", "week", "month", "year"]),
)
def test_a_wage_is_found_exactly_when_its_period_is_the_quote_s(
    amount: int, written: str, quoted: str, encoded: str
) -> None:
    quote = f"on £{amount},000 {written} {quoted} until 2027"
    assert passes(f"{amount},000 GBP/{encoded}", quote, "en") == (quoted == encoded)


# --- English courts desk audit: "a year", "4½ years", months counted against years ---


@given(years=st.integers(1, 40), half=st.booleans())
def test_a_count_of_months_is_found_in_years(years: int, half: bool) -> None:
    months = 12 * years + (6 if half else 0)
    value = values.counted(parse_value(f"{months} month", "en_GB"))
    written = f"{years}½" if half else str(years)
    assert missing_figures(value, f"jailed for {written} years", "en_GB")[0] == []
    wrong = values.counted(parse_value(f"{months + 3} month", "en_GB"))
    assert missing_figures(wrong, f"jailed for {written} years", "en_GB")[0] != []


@pytest.mark.parametrize(
    ("value", "quote", "found"),
    [
        ("1 year", "jailed for a year", True),
        ("12 month", "banned for a year", True),
        ("1 hour", "questioned for an hour", True),
        ("60 minute", "questioned for an hour", True),
        ("1 week", "jailed for a year", False),
        ("1 %", "a 12% rise", False),
        ("1 year", "£350,000 a year", False),
    ],
)
def test_english_a_is_one_of_its_unit(value: str, quote: str, found: bool) -> None:
    assert (missing_figures(parse_value(value, "en_GB"), quote, "en_GB")[0] == []) is found


# --- obituaries and culture desk: decades, centuries, age bands -------------------------------


_TENS_WORDS = {
    2: "twenties", 3: "thirties", 4: "forties", 5: "fifties", 6: "sixties", 7: "seventies",
    8: "eighties", 9: "nineties",
}  # fmt: skip


@given(
    tens=st.integers(1, 9),
    person=st.sampled_from(["her", "his", "their"]),
    words=st.booleans(),
    when=st.sampled_from(["", "early ", "late "]),
)
def test_an_age_in_its_tens_is_the_band_of_ten_years(
    tens: int, person: str, words: bool, when: str
) -> None:
    written = _TENS_WORDS.get(tens, f"{tens}0s") if words else f"{tens}0s"
    quote = f"a reader in {person} {when}{written}"
    assert passes(f"{tens}0 to {tens}9 year", quote, "en_GB"), quote
    assert not passes(f"{tens}0 to {tens}8 year", quote, "en_GB"), quote
    assert not passes(f"{tens}9 year", quote, "en_GB"), quote  # one end is no band
    assert not passes(f"{tens}0 s", quote, "en_GB"), quote  # never seconds


_DIZAINES = {
    2: "la vingtaine", 3: "la trentaine", 4: "la quarantaine", 5: "la cinquantaine",
    6: "la soixantaine", 7: "la soixante-dizaine", 8: "la quatre-vingtaine",
    9: "la quatre-vingt-dizaine",
}  # fmt: skip


@given(tens=st.integers(2, 9), before=st.sampled_from(["dans ", "approche de ", ""]))
def test_a_french_age_in_its_tens_is_the_band_of_ten_years(tens: int, before: str) -> None:
    quote = f"un homme {before}{_DIZAINES[tens]}"
    assert passes(f"{tens}0 à {tens}9 ans", quote, "fr"), quote
    assert not passes(f"{tens}0 à {tens}8 ans", quote, "fr"), quote


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("40 to 49 year", "a woman in her forties", "en_GB"),
        ("80 to 89 year", "a man in his 80s", "en_GB"),
        ("80 to 89 year", "a man in his '80s", "en_US"),
        ("70 to 79 year", "in her late 70s", "en_GB"),
        ("13 to 19 year", "in her teens", "en_GB"),
        ("80 to 89 year", "an octogenarian", "en_GB"),
        ("40 to 49 year", "a fortysomething banker", "en_US"),
        ("40 à 49 ans", "une femme dans la quarantaine", "fr"),
        ("40 à 49 ans", "il a la quarantaine", "fr"),
        ("80 à 89 ans", "un octogénaire", "fr"),
        ("40 à 49 ans", "une quadragénaire", "fr"),
        ("30 à 39 ans", "des trentenaires", "fr"),
        ("70 à 79 ans", "la soixante-dizaine", "fr"),
        ("50 year", "married for half a century", "en_GB"),
        ("50 year", "a half-century of marriage", "en_GB"),
        ("25 year", "a quarter of a century", "en_GB"),
        ("50 ans", "un demi-siècle de carrière", "fr"),
        ("25 ans", "un quart de siècle", "fr"),
        ("6 decade", "a career spanning six decades", "en_GB"),
        ("6 decade", "a career spanning sixty years", "en_GB"),  # less precise: it holds
        ("2 century", "deux siècles", "fr"),
        ("2 siècles", "deux siècles", "fr"),
        ("5 décennies", "cinq décennies de création", "fr"),
    ],
)
def test_ages_decades_and_centuries_are_found(value: str, quote: str, language: str) -> None:
    assert passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("40 à 49 ans", "une quarantaine de personnes", "fr"),  # about forty, no band
        ("40 to 49 year", "the forties", "en_GB"),  # a period, not an age
        ("40 to 49 person", "a woman in her forties", "en_GB"),
        ("1 century", "married for half a century", "en_GB"),
        ("1 hour", "questioned for half an hour", "en_GB"),
        ("1960 s", "her peak came in the 1960s", "en_GB"),
        ("80 s", "hits of the 80s", "en_GB"),
        ("60 year", "a career spanning six decades", "en_GB"),
        ("200 year", "deux siècles", "fr"),
    ],
)
def test_what_is_no_band_nor_the_figure_as_written_is_not_found(
    value: str, quote: str, language: str
) -> None:
    assert not passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("50 year", "Half a century after the war", "en_GB"),  # a capital: found as lower
        ("50 year", "HALF A CENTURY", "en_GB"),
        ("25 year", "A quarter of a century", "en_GB"),
        ("50 ans", "Un demi-siècle de carrière", "fr"),
        ("25 ans", "Un quart de siècle", "fr"),
        ("50 ans", "un demi siècle", "fr"),
        ("50 ans", "un demi-siecle", "fr"),  # unaccented, as units reads "siecle"
        ("25 ans", "un quart de\u00a0siecle", "fr"),
        ("5 ans", "Une demi-décennie", "fr"),
    ],
)
def test_a_part_of_a_century_is_found_however_it_is_cased_or_accented(
    value: str, quote: str, language: str
) -> None:
    assert passes(value, quote, language)


@pytest.mark.parametrize(
    ("value", "quote", "language"),
    [
        ("1 century", "a quarter of\u00a0a century", "en_GB"),  # a no-break space
        ("1 century", "a quarter\u00a0of a century", "en_GB"),
        ("1 century", "half\u2011a century", "en_GB"),  # a non-breaking hyphen
        ("1 century", "un quart de siècle", "fr"),  # "un" is the article of the quarter
        ("1 siècle", "un quart de\u00a0siècle", "fr"),
        ("1 century", "un demi-siècle", "fr"),
        ("1 décennie", "Une demi-décennie", "fr"),
    ],
)
def test_the_article_of_a_part_of_a_century_is_no_one_of_its_unit(
    value: str, quote: str, language: str
) -> None:
    assert not passes(value, quote, language)


@pytest.mark.parametrize("whose", ["his", "her", "their", "its", "my", "our", "your", "one’s"])
@pytest.mark.parametrize("how_far", ["", "early ", "mid-", "late "])
def test_whose_decade_makes_both_an_age_band_and_a_decade(whose: str, how_far: str) -> None:
    quote = f"in {whose} {how_far}80s"
    assert passes("80 to 89 year", quote, "en_GB")
    assert "80 as a decade" in hint("80 s", quote, "en_GB")


def test_a_lap_time_in_seconds_is_still_found() -> None:
    assert passes("80 s", "ran the 400m in 80s", "en_GB")


def test_the_message_says_how_the_quote_writes_an_age_band_a_decade_or_decades() -> None:
    assert hint("80 s", "a man in his 80s", "en_GB") == [
        "80 as a decade",
        "the ages 80 to 89 ('80 to 89 year')",
    ]
    assert hint("40 to 49", "a woman in her forties", "en_GB") == [
        "the ages 40 to 49 ('40 to 49 year')"
    ]
    assert hint("60 year", "a career spanning six decades", "en_GB") == [
        "6 in decades, less precise than the value: write '6 decade'"
    ]
