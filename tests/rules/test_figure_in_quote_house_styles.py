"""figure-in-quote on house styles: Les Échos' thousands point, English "a" for a toll of one.

Property tests: any whole number printed with points between thousands in a French
quote is found for a value that states it (in spaces, as the docs ask), never for the
value that reads its point as a decimal one, and the message names the house style; an
English quote's "a" before the noun it counts is the 1 of a bare value or of persons,
and nothing before a figure or an amount.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from factcheck.rules.figure_in_quote import missing_figures
from factcheck.values import parse_value

wholes = st.integers(min_value=1000, max_value=999_999_999)


def _grouped(number: int, mark: str) -> str:
    return f"{number:,}".replace(",", mark)


def _missing(value: str, quote: str, language: str) -> tuple[list[str], list[str], list[str]]:
    return missing_figures(parse_value(value, language), quote, language)


@given(wholes, st.sampled_from(["milliards d'euros", "euros", "habitants"]))
def test_a_thousands_point_in_french_is_the_whole_number(number: int, after: str) -> None:
    quote = f"atteignait {_grouped(number, '.')} {after}"
    unit = {"milliards d'euros": "milliards EUR", "euros": "EUR", "habitants": "person"}[after]
    assert _missing(f"{_grouped(number, ' ')} {unit}", quote, "fr") == ([], [], [])


@given(wholes.filter(lambda number: number % 1000 != 0))
def test_a_thousands_point_is_never_read_as_a_decimal_comma(number: int) -> None:
    grouped = _grouped(number, ".")
    head, _, tail = grouped.partition(".")
    decimal = f"{head},{tail.replace('.', '')}"  # 3.228 as 3,228: one, or a thousand?
    missing, _, written = _missing(f"{decimal} EUR", f"à {grouped} euros", "fr")
    assert missing == [decimal]
    spaced = _grouped(number, " ")
    assert written == [
        f"{grouped} with a point between thousands, as some French titles print them:"
        f" {spaced}, never {decimal}"
    ]


@given(wholes)
def test_a_piece_of_a_number_grouped_by_points_is_no_figure(number: int) -> None:
    grouped = _grouped(number, ".")
    head, *_, last = grouped.split(".")
    for piece in {head, last}:
        if Decimal(piece) != number:
            assert _missing(f"{piece} EUR", f"à {grouped} euros", "fr")[0] == [piece]


@given(st.integers(min_value=1000, max_value=999_999))
def test_in_english_a_point_stays_a_decimal_point(number: int) -> None:
    grouped = _grouped(number, ".")  # "$3.228bn" is 3.228 billion, never 3 228
    assert _missing(f"{grouped} billion USD", f"sales of ${grouped}bn", "en") == ([], [], [])
    whole = _grouped(number, ",")
    assert _missing(f"{whole} billion USD", f"sales of ${grouped}bn", "en")[0] == [whole]


NOUNS = ["man", "woman", "child", "firefighter", "motorcyclist", "pensioner", "hiker"]
VERBS = ["died", "was killed", "was found dead", "drowned"]


@given(
    st.sampled_from(NOUNS),
    st.sampled_from(VERBS),
    st.sampled_from(["", "81-year-old "]),
    st.sampled_from(["", "Police said "]),
)
def test_english_a_before_a_counted_noun_is_a_toll_of_one(
    noun: str, verb: str, age: str, before: str
) -> None:
    article = "an" if age else "a"
    article = article.capitalize() if not before else article
    quote = f"{before}{article} {age}{noun} {verb} when a tree fell on a car"
    for value in ("1", "1 person"):
        assert _missing(value, quote, "en_GB") == ([], [], []), (value, quote)
    missing, _, written = _missing("1 year", quote, "en_GB")
    assert missing == ["1"]
    assert written == ["1 as the article of a counted noun"]


@given(
    st.sampled_from(
        [
            "a {n}-yard dash",
            "a {n}% rise",
            "a third of the {n} voters",
            "a few of the {n} residents",
            "a dozen of the {n} homes",
            "a million of the {n} trees",
            "a total of {n} people died",
            "Plan A cost £{n}",
            "earning £{n} a head",
        ]
    ),
    st.integers(min_value=2, max_value=99),
)
def test_english_a_before_a_figure_or_an_amount_is_no_one(form: str, number: int) -> None:
    quote = form.format(n=number)
    assert _missing("1", quote, "en_GB")[0] == ["1"], quote
