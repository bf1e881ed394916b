"""figure-in-quote compares amounts: a number and the scale word after it, in the quote's language.

A figure the quote writes as a percentage, in points or as money is only the figure of a
value of that kind; the day of a date, only that of a value without a unit.

Basis points are not percentage points, and money the quote writes in a currency is
only the figure of a value in that currency.

The fast path (figures as written, at the value's scale) never passes a claim the full
reading of the quote would refuse.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from types import SimpleNamespace

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from factcheck.quote_fractions import proportions
from factcheck.rules import figure_in_quote
from factcheck.rules.figure_in_quote import (
    _SCALE_INITIALS,
    _all_written_in,
    missing_figures,
    numbers_in,
)
from factcheck.values import format_decimal, parse_value, scale_abbreviations, scale_words

D = Decimal
#: Scale words with the power of ten they stand for, by language, as a value writes them.
VALUE_SCALES = {
    "en": {3: "thousand", 6: "million", 9: "billion"},
    "fr": {3: "thousand", 6: "millions", 9: "milliards"},
}
#: How a quote may write each power, in words or abbreviated next to money.
QUOTE_SCALES = {
    "en": {3: ["thousand"], 6: ["million", "m"], 9: ["billion", "bn"]},
    "fr": {3: ["mille"], 6: ["millions", "M"], 9: ["milliards", "Md", "Mds"]},
}


def passes(value_text: str, quote: str, language: str) -> bool:
    """Whether figure-in-quote passes the claim, as its check does."""
    value = parse_value(value_text, language)
    claim = SimpleNamespace(language=language)
    if _all_written_in(value, quote, claim):
        assert not missing_figures(value, quote, language)[0], "the fast path is too lenient"
        return True
    return not missing_figures(value, quote, language)[0]


def money(number: str, word: str, language: str) -> str:
    """A quote writing an amount of money with a scale word, abbreviated or not."""
    if language == "en":
        return f"${number}{word}" if len(word) <= 2 else f"${number} {word}"
    return f"{number} {word}€" if len(word) <= 3 else f"{number} {word} d'euros"


@example(digits=25, places=1, value_power=9, quote_power=6, language="en", pick=1)  # $2,500m
@example(digits=12, places=1, value_power=0, quote_power=6, language="en", pick=0)  # 1.2 million
@given(
    digits=st.integers(1, 99_999),
    places=st.integers(0, 3),
    value_power=st.sampled_from([0, 3, 6, 9]),
    quote_power=st.sampled_from([3, 6, 9]),
    language=st.sampled_from(["en", "fr"]),
    pick=st.integers(0, 2),
)
def test_an_amount_matches_however_it_is_scaled_and_never_a_thousand_times_off(
    digits: int, places: int, value_power: int, quote_power: int, language: str, pick: int
) -> None:
    figure = D(digits).scaleb(-places)
    amount = figure.scaleb(value_power)
    written = format_decimal(figure, language)
    scale = VALUE_SCALES[language].get(value_power, "")
    currency = "USD" if language == "en" else "EUR"  # as the quote writes it: $ or €
    value = f"{written} {scale} {currency}".replace("  ", " ")
    words = QUOTE_SCALES[language][quote_power]
    word = words[pick % len(words)]
    # the quote writes the same amount with its own scale word, at the precision it needs
    in_quote = amount.scaleb(-quote_power).normalize()
    assume(in_quote == in_quote.to_integral_value() or in_quote.adjusted() > -4)
    quote_number = format_decimal(D(f"{in_quote:f}"), language)
    assert passes(value, money(quote_number, word, language), language)
    for factor in (3, -3):  # a thousand times more, or less: a scale word mixed up
        off = format_decimal(D(f"{in_quote.scaleb(factor).normalize():f}"), language)
        assert not passes(value, money(off, word, language), language), (value, off, word)


@given(st.integers(1, 999), st.sampled_from(["en", "fr"]))
def test_the_english_and_french_billion_differ(figure: int, language: str) -> None:
    milliards = f"{figure} milliards d'euros"
    assert passes(f"{figure} milliards EUR", milliards, "fr")
    assert not passes(f"{figure} billion EUR", milliards, "fr")  # 10**12 in French
    assert passes(f"{figure} billion EUR", f"€{figure}bn", "en")
    assert not passes(f"{figure} million EUR", f"€{figure}bn", "en")


GROUPED = st.integers(1000, 10**9)


@given(GROUPED, st.sampled_from([" ", "\u00a0", "\u202f"]))
def test_no_group_of_a_french_number_is_a_figure_of_its_own(number: int, space: str) -> None:
    written = f"{number:,}".replace(",", space)  # 12 500, 1 234 567
    quote = f"dont {written} en Île-de-France"
    assert passes(f"{number} person", quote, "fr")
    groups = written.split(space)
    for cut in range(1, len(groups)):
        head, tail = space.join(groups[:cut]), space.join(groups[cut:])
        for part in {head, tail} - {written}:
            if part.startswith("0"):
                continue  # "000 000" is no value
            plain = part.replace(space, " ")
            assert not passes(f"{plain} person", quote, "fr"), (part, quote)


@pytest.mark.parametrize(
    ("value", "quote", "language", "ok"),
    [
        ("1 %", "Les prix de l'énergie ont connu une hausse de 12 %", "fr", False),
        ("1 %", "une hausse de 12 % en un an", "fr", False),
        ("1 year", "une hausse de 12 % en un an", "fr", True),
        ("1 million EUR", "une enveloppe de 12 millions d'euros", "fr", False),
        ("1 million EUR", "s'élève à un million d'euros", "fr", True),
        ("1 %", "one of the biggest rises, 12%", "en", False),
        ("1 %", "prices rose by one per cent", "en", True),
        ("1 year", "in one year, prices rose 12%", "en", True),
        ("1", "one in five households", "en", True),
        ("1 person", "un seul salarié", "fr", True),
        ("21", "vingt et un sites", "fr", True),
        ("1 USD", "one dollar against $12", "en", False),
        ("12 %", "une hausse de 12 % en un an", "fr", True),
    ],
)
def test_an_indefinite_article_is_the_figure_1_only_when_no_other_figure_has_the_unit(
    value: str, quote: str, language: str, ok: bool
) -> None:
    assert passes(value, quote, language) is ok


@pytest.mark.parametrize(
    ("value", "quote", "language", "ok"),
    [
        ("100 m", "won the 100m in 9.58 seconds", "en", True),  # m is a metre here
        ("2.5 million person", "2.5m people", "en", True),  # not next to money: as written
        ("3 thousand EUR", "a €3k bonus", "en", True),
        ("3 million EUR", "a €3k bonus", "en", False),
        ("2,5 millions EUR", "2,5 M€", "fr", True),
        ("2,5 milliards EUR", "2,5 M€", "fr", False),
        ("3 milliards EUR", "3 Md€", "fr", True),
        ("1500 kEUR", "1 500 000 euros", "fr", True),
        ("1500 kEUR", "1 500 euros", "fr", True),  # the figure as written, as before
        ("2 million EUR", "2 000 000 euros", "fr", True),
        ("12 thousand person", "douze mille personnes", "fr", True),
        ("12 thousand person", "12 mille personnes", "fr", True),
        ("12 person", "12 mille personnes", "fr", False),
        ("150,000", "added 150k jobs", "en", True),  # a glued k is a thousand
        ("2,500,000 person", "2.5m people voted", "en", True),  # m a million before people
        ("12.4 billion USD", "revenue of $12.4 bln", "en", True),
        ("100 m", "a 100m race", "en", True),  # metres
        ("100 million person", "a 100m race", "en", True),  # the 100 as written is there
    ],
)
def test_abbreviations_and_units_with_prefixes(
    value: str, quote: str, language: str, ok: bool
) -> None:
    assert passes(value, quote, language) is ok


def test_numbers_in_gives_amounts() -> None:
    assert numbers_in("11,2 milliards d'euros", "fr") == {D("11.2E9")}
    assert numbers_in("$2,500m and 1.2 million", "en") == {D("2.5E9"), D("1.2E6")}
    assert numbers_in("deux ans", "fr") == {D(2)}
    assert numbers_in("en un an", "fr") == {D(1)}


def test_every_scale_word_starts_with_a_letter_the_fast_path_knows() -> None:
    words = [
        *scale_words("en"), *scale_words("fr"), *scale_words("de"),
        *(w for code in ("en", "fr") for table in scale_abbreviations(code) for w in table),
    ]  # fmt: skip
    assert {w[0] for w in words} | {w[0].upper() for w in words} <= _SCALE_INITIALS


# Quotes made of the pieces figure-in-quote reads: digits, marks, blanks, scale words,
# and the words of proportions.
PIECES = st.sampled_from(
    ["1", "2", "12", "500", "2,5", "1.2", "1 000", "12 500", " ", "\u00a0", ",", ".", "%",
     "million", "millions", "milliards", "billion", "bn", "m", "M", "k", "€", "$", "de",
     "d'euros", "un", "une", "one", "deux", "mille", "an", "a", "5", "sur", "in", "cinq",
     "five", "tiers", "thirds", "moitié", "half", "-", "point", "points", "pp", "pour cent",
     "percent", "euros", "EUR", "£", "octobre", "October", "sept.", "le", "the", "th", "of",
     "er", "12th", "bp", "basis points", "US", "USD", "dollars", "pounds", "GBP", "¥",
     "CHF", "francs", "two", "-", "year", "dozen", "half a", "vingt", "cinq"]
)  # fmt: skip
VALUES = st.sampled_from(
    ["1", "2", "12", "500", "2,5 millions EUR", "2.5 million EUR", "1.2 million", "1 %",
     "12 500", "1 000", "2 milliards EUR", "2 billion EUR", "12 thousand", "2 to 12 million",
     "1 million EUR", "500 EUR", "12 %", "1 year", "20 %", "50 %", "33 %", "40 %", "5 %",
     "12 pp", "12 EUR", "2,5 pp", "2.5 %", "12 GBP", "12 person", "2 to 12 %", "1 pp",
     "12 bp", "25 bp", "12 USD", "12 CAD", "2 billion USD", "12 JPY", "12 CHF", "2 year"]
)  # fmt: skip


@given(st.lists(PIECES, max_size=12).map("".join), VALUES, st.sampled_from(["en", "fr"]))
def test_the_fast_path_never_passes_what_the_full_reading_refuses(
    quote: str, value_text: str, language: str
) -> None:
    try:
        value = parse_value(value_text, language)
    except ValueError:
        return  # "2,5" in English
    if _all_written_in(value, quote, SimpleNamespace(language=language)):
        assert not missing_figures(value, quote, language)[0], (value_text, quote)


def test_the_quote_numbers_are_cached() -> None:
    assert figure_in_quote.quote_numbers("2 millions", "fr") is figure_in_quote.quote_numbers(
        "2 millions", "fr"
    )


#: Small numbers in words, from 1: "un Français sur cinq", "one in five adults".
NUMBER_WORDS = {
    "fr": ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
           "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
           "dix-neuf", "vingt"],
    "en": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen", "twenty"],
}  # fmt: skip
CONNECTORS = {"fr": ["sur"], "en": ["in", "out of"]}
NOUNS = {"fr": ["", "Français", "salariés français"], "en": ["", "adults", "British adults"]}


def spelled(number: int, language: str, in_words: bool) -> str:
    return NUMBER_WORDS[language][number - 1] if in_words else str(number)


@example(part=1, whole=5, language="fr", words=(True, True), noun=1, connector=0)
@example(part=1, whole=3, language="en", words=(True, True), noun=0, connector=0)
@given(
    part=st.integers(1, 19),
    whole=st.integers(2, 20),
    language=st.sampled_from(["en", "fr"]),
    words=st.tuples(st.booleans(), st.booleans()),
    noun=st.integers(0, 2),
    connector=st.integers(0, 1),
)
def test_a_proportion_in_words_is_its_percentage_and_no_other(
    part: int, whole: int, language: str, words: tuple[bool, bool], noun: int, connector: int
) -> None:
    assume(part < whole)
    connectors = CONNECTORS[language]
    between = f" {NOUNS[language][noun]}".rstrip()
    quote = (
        f"{spelled(part, language, words[0])}{between} "
        f"{connectors[connector % len(connectors)]} {spelled(whole, language, words[1])}"
    )
    share = round(D(100 * part) / D(whole), 1)
    assert passes(f"{format_decimal(share, language)} %", quote, language), quote
    if share not in (part, whole):  # "1 in 10" has the figure 10 of 10 pp
        for unit in ("pp", "person"):  # only a percentage is read in a proportion
            assert not passes(f"{format_decimal(share, language)} {unit}", quote, language)
    far = share + 5
    assume(far not in (part, whole))  # "3 sur 20" has the figure 20 of 20 %
    assert not passes(f"{format_decimal(far, language)} %", quote, language), quote


@pytest.mark.parametrize(
    ("quote", "language", "shares"),
    [
        ("un Français sur cinq utilise le cloud", "fr", {20}),
        ("un salarié de la région parisienne sur cinq", "fr", set()),  # too far apart
        ("vingt-cinq sur cent", "fr", {25}),  # not "cinq sur cent"
        ("vingt et un sur cent", "fr", {21}),
        ("un sur un million", "fr", set()),  # not "un sur un"
        ("2 millions sur 10", "fr", set()),
        ("1,5 sur 10", "fr", set()),  # not "5 sur 10"
        ("un sur mille", "fr", {Fraction(1, 10)}),
        (
            "la moitié, un tiers, deux tiers, trois quarts",
            "fr",
            {50, Fraction(100, 3), Fraction(200, 3), 75},
        ),
        ("un cinquième, un dixième, une demie", "fr", {20, 10, 50}),
        ("la demi-finale, la majorité, le tiers-monde", "fr", set()),
        ("le tiers des voix", "fr", {Fraction(100, 3)}),
        ("one in five", "fr", set()),  # English words in a French quote
        ("one in five adults, 3 out of 4, one out of every ten", "en", {20, 75, 10}),
        (
            "a third, two-thirds, three quarters, a quarter",
            "en",
            {Fraction(100, 3), Fraction(200, 3), 75, 25},
        ),
        ("a fifth, one tenth, half of them", "en", {20, 10, 50}),
        ("one in a hundred", "en", {1}),
        ("the third largest, half-time, the majority", "en", set()),
        ("hired 300 people in 2015", "en", set()),
        ("un Français sur cinq", "de", set()),
    ],
)
def test_the_proportions_of_a_quote(quote: str, language: str, shares: set[Fraction]) -> None:
    assert proportions(quote, language) == shares


@pytest.mark.parametrize(
    ("value", "quote", "language", "ok"),
    [
        ("33 %", "un tiers des entreprises", "fr", True),
        ("33,3 %", "un tiers des entreprises", "fr", True),
        ("30 %", "un tiers des entreprises", "fr", False),
        ("~30 %", "un tiers des entreprises", "fr", False),  # 27 to 33 %
        ("~31 %", "un tiers des entreprises", "fr", True),  # 27,9 to 34,1 %
        ("<33 %", "moins d'un tiers", "fr", True),
        ("<50 %", "moins d'un tiers", "fr", False),  # the figure 50 is not the proportion
        ("20 à 25 %", "entre un sur cinq et un sur quatre", "fr", True),
        ("20 à 30 %", "entre un sur cinq et un sur quatre", "fr", False),
        ("-20 %", "un sur cinq", "fr", True),  # signs are not compared
        ("20 percent", "one in five", "en", True),
        ("0,2", "un sur cinq", "fr", False),  # a share, but not in percent
    ],
)
def test_a_percentage_is_found_within_what_its_figure_stands_for(
    value: str, quote: str, language: str, ok: bool
) -> None:
    assert passes(value, quote, language) is ok


#: How a quote writes a figure in each kind of unit, by language ({} is the figure).
IN_UNIT = {
    "fr": {
        "%": ["{} %", "{}\u00a0%", "{}%", "{} pour cent"],
        "pp": ["{} point", "{} points", "{} pp", "{} points de pourcentage", "{} pts"],
        "EUR": ["{} €", "{}\u00a0€", "{} euros", "{} EUR", "€{}"],
    },
    "en": {
        "%": ["{}%", "{} %", "{} percent", "{} per cent"],
        "pp": [
            "{} points",
            "{} percentage points",
            "{}pp",
            "{} pts",
            "{} percent points",
            "{} per cent points",
            "{}% points",
            "{} % pts",
        ],
        "EUR": ["€{}", "€ {}", "{} euros", "{} EUR"],
    },
}
LEADS = {"fr": "en hausse de {} sur un an", "en": "up {} on the year"}


@example(digits=68, places=1, spelling=0, language="fr", kinds=("%", "EUR"))  # 6,8 %
@example(digits=6, places=1, spelling=0, language="fr", kinds=("pp", "%"))  # 0,6 point
@example(digits=13, places=1, spelling=4, language="en", kinds=("pp", "%"))  # percent points
@example(digits=13, places=1, spelling=6, language="en", kinds=("pp", "%"))  # 1.3% points
@given(
    digits=st.integers(1, 99_999),
    places=st.integers(0, 3),
    spelling=st.integers(0, 7),
    language=st.sampled_from(["en", "fr"]),
    kinds=st.permutations(["%", "pp", "EUR"]).map(lambda kinds: tuple(kinds[:2])),
)
def test_a_figure_in_a_unit_is_the_figure_of_a_value_in_that_unit_only(
    digits: int, places: int, spelling: int, language: str, kinds: tuple[str, str]
) -> None:
    written, other = kinds
    figure = format_decimal(D(digits).scaleb(-places), language)
    spellings = IN_UNIT[language][written]
    quote = LEADS[language].format(spellings[spelling % len(spellings)].format(figure))
    assert passes(f"{figure} {written}", quote, language), quote
    assert not passes(f"{figure} {other}", quote, language), (other, quote)
    assert passes(figure, quote, language), quote  # a bare value takes any figure
    assert passes(f"{figure} person", quote, language), quote  # and so does a count


MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre", "oct.", "sept."],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December", "Oct", "Sept."],
}  # fmt: skip
DATES = {
    "fr": ["le {day} {month}", "le {day}\u00a0{month} 2024", "{day} {month}"],
    "en": ["{month} {day}", "on {month} {day}, 2024", "the {day}th of {month}", "{day} {month}"],
}


@example(day=15, month=9, form=0, language="fr", unit="%")  # le 15 octobre
@example(day=1, month=0, form=0, language="fr", unit="EUR")  # le 1 janvier
@given(
    day=st.integers(1, 31),
    month=st.integers(0, 13),
    form=st.integers(0, 3),
    language=st.sampled_from(["en", "fr"]),
    unit=st.sampled_from(["%", "pp", "EUR", "person", "year"]),
)
def test_the_day_of_a_date_is_only_the_figure_of_a_value_without_a_unit(
    day: int, month: int, form: int, language: str, unit: str
) -> None:
    forms = DATES[language]
    date = forms[form % len(forms)].format(day=day, month=MONTHS[language][month])
    assert not passes(f"{day} {unit}", date, language), date
    assert passes(str(day), date, language), date
    if unit in IN_UNIT[language]:  # the figure in its unit beside the date is found
        spelled = IN_UNIT[language][unit][0].format(day)
        assert passes(f"{day} {unit}", f"{date}, {spelled}", language), (date, spelled)


@pytest.mark.parametrize(
    ("value", "quote", "language", "ok"),
    [
        ("15 %", "le 15 octobre", "fr", False),
        ("15 %", "15 sept. 2024", "fr", False),
        ("15 person", "15 sept ans plus tard", "fr", True),  # sept is seven, sept. September
        ("15 person", "of those, 15 may leave", "en", True),  # May is capitalised in English
        ("15 person", "15 May", "en", False),
        ("15 person", "in October 15 people left", "en", True),
        ("15 %", "on October 15, 2024", "en", False),
        ("15 %", "In October 15% of voters", "en", True),  # a unit after it: not a day
        ("1 million EUR", "au 1er janvier, 12 millions d'euros", "fr", False),
        ("2024 %", "le 15 octobre 2024", "fr", True),  # a year is not a day (nor anything)
        ("15", "le 15 octobre", "fr", True),
        ("6.8 billion USD", "$6.8bn", "en", True),
        ("6.8 %", "$6.8bn", "en", False),
        ("12 EUR", "12 livres", "fr", True),  # money, whatever the currency
        ("12 %", "12 livres", "fr", False),
        ("12 person", "12 livres", "fr", True),
        ("12 %", "12 points de vente", "fr", False),
    ],
)
def test_days_and_units_around_a_figure(value: str, quote: str, language: str, ok: bool) -> None:
    assert passes(value, quote, language) is ok


@example(figure=25, places=0, in_basis_points=True, language="en")  # Rates fell 25bp
@example(figure=25, places=2, in_basis_points=False, language="en")  # 0.25 percentage points
@given(
    figure=st.integers(1, 9_999),
    places=st.integers(0, 2),
    in_basis_points=st.booleans(),
    language=st.sampled_from(["en", "fr"]),
)
def test_basis_points_and_percentage_points_are_not_one_unit(
    figure: int, places: int, in_basis_points: bool, language: str
) -> None:
    written = format_decimal(D(figure).scaleb(-places), language)
    points = {"en": ("{}bp", "{} percentage points"), "fr": ("{} points de base", "{} points")}
    quote = points[language][0 if in_basis_points else 1].format(written)
    unit, other = ("bp", "pp") if in_basis_points else ("pp", "bp")
    assert passes(f"{written} {unit}", quote, language), quote
    assert not passes(f"{written} {other}", quote, language), quote
    assert passes(f"{written} {other}", f"a change of {written}", language)  # bare: any


#: How an English quote writes money, and the currencies it may be in (of a few).
CURRENCIES = ["USD", "CAD", "AUD", "EUR", "GBP", "JPY", "CNY", "CHF"]
WRITTEN_MONEY = {
    "${}bn": {"USD", "CAD", "AUD"},
    "US${}bn": {"USD"},
    "{} billion dollars": {"USD", "CAD", "AUD"},
    "{}bn USD": {"USD"},
    "€{}bn": {"EUR"},
    "{} billion euros": {"EUR"},
    "£{}bn": {"GBP"},
    "{} billion pounds": {"GBP"},
    "¥{}bn": {"JPY", "CNY"},
    "{}bn CHF": {"CHF"},
    "{} billion": set(CURRENCIES),  # no currency: any value's
}


@example(figure=36, spelling="${}bn", currency="GBP")  # US sales of $3.6bn
@given(
    figure=st.integers(1, 9_999),
    spelling=st.sampled_from(sorted(WRITTEN_MONEY)),
    currency=st.sampled_from(CURRENCIES),
)
def test_money_is_the_figure_of_a_value_in_its_currency_only(
    figure: int, spelling: str, currency: str
) -> None:
    written = format_decimal(D(figure).scaleb(-1), "en")
    quote = f"sales of {spelling.format(written)} last year"
    ok = currency in WRITTEN_MONEY[spelling]
    assert passes(f"{written} billion {currency}", quote, "en") is ok, (currency, quote)


# --- the education desk's "d'un point" and the sports desk's "fifth-fastest" ---


@pytest.mark.parametrize(
    ("value", "quote"),
    [  # the education desk's major 1: correct copy failed
        ("1 pp", "Le taux de réussite progresse d'un point"),
        ("1 pp", "en hausse d’un point"),  # a typographic apostrophe
        ("1 month", "prolongée d'un mois"),
        ("1 mois", "prolongée d'un mois"),
        ("1 year", "Le cycle PISA a été retardé d'un an par la crise sanitaire"),
        ("1 an", "retardé d'une année"),
        ("1", "D'un côté comme de l'autre"),  # as "un côté" reads
        ("1 milliard EUR", "Le budget augmente d'un milliard d'euros"),
    ],
)
def test_an_elided_d_un_reads_as_un(value: str, quote: str) -> None:
    assert passes(value, quote, "fr")


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("2 pp", "progresse d'un point"),
        ("1 %", "progresse d'un point, à 12 %"),  # the article is no figure of a unit written
        ("1 million EUR", "augmente d'un milliard d'euros"),
        ("1", "d'une durée de 12 mois"),  # "d'une" before "durée" is no 1 of "12 mois"
    ],
)
def test_an_elided_d_un_is_no_other_figure(value: str, quote: str) -> None:
    if value == "1":  # an article 1 bare: as "une durée de 12 mois" reads, found
        assert passes(value, quote, "fr") == passes(value, quote.replace("d'une", "une"), "fr")
        return
    assert not passes(value, quote, "fr")


@given(
    unit=st.sampled_from(["point", "an", "mois", "jour", "semaine", "année"]),
    apostrophe=st.sampled_from(["'", "’"]),
    verb=st.sampled_from(["progresse", "retardé", "prolongée", "en hausse", "recule"]),
)
def test_d_un_before_a_unit_reads_as_un_before_it(unit: str, apostrophe: str, verb: str) -> None:
    article = "une" if unit in ("semaine", "année") else "un"
    elided = f"{verb} d{apostrophe}{article} {unit}"
    plain = f"{verb} {article} {unit}"
    for value in ("1", "2", "1 pp", "1 year", "1 month"):
        assert passes(value, elided, "fr") == passes(value, plain, "fr"), (value, elided)


@pytest.mark.parametrize(
    ("value", "quote"),
    [  # the sports desk's finding 4: British style hyphenates these before a noun
        ("5", "the fifth-fastest time in history"),
        ("3", "the third-highest attendance"),
        ("2", "the second-fastest time by a British woman"),
        ("2", "the second\u2011biggest crowd"),
        ("4", "the fourth-most capped player"),
        ("21", "the twenty-first-highest score"),
    ],
)
def test_a_hyphenated_superlative_is_its_rank(value: str, quote: str) -> None:
    assert passes(value, quote, "en")


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("4", "the fifth-fastest time in history"),
        ("2", "a second-half penalty"),  # no superlative: the hyphen stays, no rank 2
        ("1", "the first-choice keeper"),
    ],
)
def test_an_ordinal_hyphenated_to_no_superlative_is_no_rank(value: str, quote: str) -> None:
    assert not passes(value, quote, "en")


@given(
    rank=st.integers(min_value=2, max_value=10),
    superlative=st.sampled_from(["fastest", "highest", "largest", "best", "worst", "most"]),
    hyphen=st.sampled_from(["-", "\u2011"]),
)
def test_a_hyphenated_superlative_reads_as_the_spaced_one(
    rank: int, superlative: str, hyphen: str
) -> None:
    from text_to_num import alpha2digit

    ordinal = ORDINAL_WORDS[rank]
    spaced = f"the {ordinal} {superlative} time"
    hyphenated = f"the {ordinal}{hyphen}{superlative} time"
    assert alpha2digit(ordinal, "en", threshold=0) != ordinal  # text2num reads it
    for value in (str(rank), str(rank + 1), "1"):
        assert passes(value, hyphenated, "en") == passes(value, spaced, "en"), value
    assert passes(str(rank), hyphenated, "en")


ORDINAL_WORDS = {
    2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
    8: "eighth", 9: "ninth", 10: "tenth",
}  # fmt: skip


# --- English sports desk: race times on the clock, minutes of added time ------------------


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("3min 26.00sec", "Kerr ran a 3:26.00 1500m"),
        ("2hr 1min 12sec", "won in 2:01:12"),
        ("2:01:12", "won in 2:01:12"),
        ("2:01:12", "won in 2hr 1min 12sec"),
        ("7272 s", "won in 2:01:12"),
        ("1:59:40.2", "in 1:59:40.2"),
        ("3min 26sec", "Kerr ran 3:26 to win"),
        ("93", "in the 90+3rd minute"),
        ("93", "(90+3)"),
        ("93", "à la 90e+3 minute"),
        ("90", "in the 90+3rd minute"),
        ("3", "(90+3)"),
        ("47", "in the 45+2nd minute"),
    ],
)
def test_a_race_time_on_the_clock_and_a_minute_of_added_time_are_found(
    value: str, quote: str
) -> None:
    assert passes(value, quote, "fr" if "à la" in quote else "en_GB")


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("2hr 1min 13sec", "won in 2:01:12"),
        ("3min 26.10sec", "Kerr ran a 3:26.00 1500m"),
        ("1185 s", "kick-off at 19:45"),
        ("462 s", "the 07:42 from Leeds"),
        ("450 s", "at 7:30pm"),
        ("181 s", "won 3:1 on aggregate"),
        ("85 s", "a map at 1:25,000"),
        ("94", "in the 90+3rd minute"),
        ("93", "the 90th minute and 3 corners"),
    ],
)
def test_a_wrong_time_a_time_of_day_and_a_ratio_are_not_race_times(value: str, quote: str) -> None:
    assert not passes(value, quote, "en_GB")


@given(
    hours=st.integers(1, 23),  # from 01:00, so no figure written ("00") is the time read
    minutes=st.integers(0, 59),
    cue=st.sampled_from(["kick-off at", "the", "from", "until", "between 10:00 and"]),
)
def test_a_time_of_day_in_a_quote_is_never_a_duration(hours: int, minutes: int, cue: str) -> None:
    seconds = hours * 60 + minutes  # what "19:45" would be as 19 min 45 s
    assert not passes(f"{seconds} s", f"{cue} {hours:02d}:{minutes:02d}", "en_GB")
