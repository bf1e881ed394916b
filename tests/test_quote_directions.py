"""The way a quote says a change went: factcheck.quote_directions, and extract's signs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import extract
from factcheck.quote_directions import directions, moves


@pytest.mark.parametrize(
    ("quote", "language", "expected"),
    [
        ("Net income fell 3% to $412 million", "en", [("3", -1, "fell 3%")]),
        ("fell by about 3%", "en", [("3", -1, "fell by about 3%")]),
        ("a 2.1pc fall", "en", [("2.1", -1, "2.1pc fall")]),
        ("Rates fell 25bp", "en", [("25", -1, "fell 25bp")]),
        ("shares closed 3.5 per cent lower", "en", [("3.5", -1, "3.5 per cent lower")]),
        ("Labour was up 3 points in the poll, at 35%", "en", [("3", 1, "up 3 points")]),
        ("en baisse de 3,2 % sur un an", "fr", [("3.2", -1, "baisse de 3,2 %")]),
        ("le chômage a reculé de 0,2 point, à 7,3 %", "fr", [("0.2", -1, "reculé de 0,2 point")]),
        ("le CAC 40 a cédé 1,2 %", "fr", [("1.2", -1, "cédé 1,2 %")]),
        ("une croissance de -0,2 %", "fr", [("0.2", -1, "-0,2 %")]),
        ("une hausse de près de 3 %", "fr", [("3", 1, "hausse de près de 3 %")]),
        ("des ventes en progression de 4 %", "fr", [("4", 1, "progression de 4 %")]),
        ("L'inflation ralentit de 0,3 point", "fr", [("0.3", -1, "ralentit de 0,3 point")]),
        ("le titre s'effrite de 0,8 %", "fr", [("0.8", -1, "effrite de 0,8 %")]),
        ("le CAC 40 grimpe de 1 %", "fr", [("1", 1, "grimpe de 1 %")]),
        ("l'action abandonne 2 %", "fr", [("2", -1, "abandonne 2 %")]),
        ("l'action s'effondre de 12 %", "fr", [("12", -1, "effondre de 12 %")]),
        ("the euro weakened 0.4%", "en", [("0.4", -1, "weakened 0.4%")]),
        ("Chiffre d'affaires : – 8 %", "fr", [("8", -1, "– 8 %")]),
        (
            "La BCE a baissé ses taux de 0,25 point, à 2 %",
            "fr",
            [("0.25", -1, "baissé ses taux de 0,25 point")],
        ),
        (
            "The Fed cut its rate by 0.25 points",
            "en",
            [("0.25", -1, "cut its rate by 0.25 points")],
        ),
        ("Emissions were 54% above 1990 levels", "en", [("54", 1, "54% above")]),
        ("emissions 54% below 1990 levels", "en", [("54", -1, "54% below")]),
        ("0.4 percentage points above forecast", "en", [("0.4", 1, "0.4 percentage points above")]),
        ("54 % en dessous du niveau de 1990", "fr", [("54", -1, "54 % en dessous")]),
        ("un taux inférieur de 2 points à la moyenne", "fr", [("2", -1, "inférieur de 2 points")]),
        ("prices were higher by 3%", "en", [("3", 1, "higher by 3%")]),
        ("la participation recule de 28,9 points", "fr", [("28.9", -1, "recule de 28,9 points")]),
        ("elle a reculé de 0,2 point", "fr", [("0.2", -1, "reculé de 0,2 point")]),
        ("l'abstention progresse de 28,9 pts", "fr", [("28.9", 1, "progresse de 28,9 pts")]),
        ("elle recule donc de 28,9 points", "fr", [("28.9", -1, "recule donc de 28,9 points")]),
        (
            "le nombre de votants baisse encore de 3,1 %",
            "fr",
            [("3.1", -1, "baisse encore de 3,1 %")],
        ),
        ("sales fell further by 3%", "en", [("3", -1, "fell further by 3%")]),
        ("sales rose again by 2%", "en", [("2", 1, "rose again by 2%")]),
        ("That was 0.12C cooler than 2023", "en", [("0.12", -1, "0.12C cooler")]),
        ("warmed by 0.2 degrees Celsius", "en", [("0.2", 1, "warmed by 0.2 degrees Celsius")]),
        ("la France s'est réchauffée de 1,7 °C", "fr", [("1.7", 1, "réchauffée de 1,7 °C")]),
        ("0,5 °C plus froid que la normale", "fr", [("0.5", -1, "0,5 °C plus froid")]),
        ("les prix ont flambé de 1,2 %", "fr", [("1.2", 1, "flambé de 1,2 %")]),
        ("les loyers s'envolent de 1,2 %", "fr", [("1.2", 1, "envolent de 1,2 %")]),
        ("les prix remontent de 1,2 %", "fr", [("1.2", 1, "remontent de 1,2 %")]),
        ("le taux regagne 0,1 point", "fr", [("0.1", 1, "regagne 0,1 point")]),
        ("les prix s'érodent de 1,2 %", "fr", [("1.2", -1, "érodent de 1,2 %")]),
        ("le chômage reflue de 0,2 point", "fr", [("0.2", -1, "reflue de 0,2 point")]),
        ("un recul annuel de 1,2 %", "fr", [("1.2", -1, "recul annuel de 1,2 %")]),
        ("la baisse atteint 0,3 point", "fr", [("0.3", -1, "baisse atteint 0,3 point")]),
        ("la hausse s'établit à 2 %", "fr", [("2", 1, "hausse s'établit à 2 %")]),
        ("shares plummeted 12%", "en", [("12", -1, "plummeted 12%")]),
        ("margins eroded by 0.5 points", "en", [("0.5", -1, "eroded by 0.5 points")]),
        ("the pound regained 1.1%", "en", [("1.1", 1, "regained 1.1%")]),
        ("sales rebounding 4%", "en", [("4", 1, "rebounding 4%")]),
        ("the fall amounted to 3%", "en", [("3", -1, "fall amounted to 3%")]),
    ],
)
def test_the_way_a_quote_says_a_change_went(
    quote: str, language: str, expected: list[tuple[str, int, str]]
) -> None:
    found = [(d.figure, d.sign, d.words) for d in directions(quote, language)]
    assert found == [(Decimal(figure), sign, words) for figure, sign, words in expected]


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("inflation fell to 2.1%", "en"),  # a level
        ("down from 7.5%", "en"),
        ("le taux recule à 7,3 %", "fr"),
        ("Le chômage baisse de 7,5 % à 7,3 %", "fr"),  # from one level to another
        ("inflation will fall below 3%", "en"),  # a bound: the level it falls to
        ("le déficit passera sous les 3 %", "fr"),
        ("a 3% stake in the company", "en"),  # no change at all
        ("costs fell 3% in Europe, 3% higher than planned", "en"),  # the second: after only
        ("2-3% of voters", "en"),  # a range, no minus sign
        ("a target range of 4.50%-4.25%", "en"),  # a range printed backwards: no minus
        ("entre 2 – 8 %", "fr"),
        ("fell 3,000 jobs", "en"),  # a count: not read
        ("inflation remained below 2%", "en"),  # below before the figure: a level
        ("the rate is below 3%", "en"),
        ("turnout was 5% or above", "en"),  # no baseline after "above": a bound
        ("it stayed 5% above.", "en"),
        ("a lower 5% VAT rate", "en"),  # a comparative before a figure needs "by"
        ("keeping warming well below 2C", "en"),
        ("a margin of error of +/- 3.1 points", "en"),  # a margin, no minus sign
        ("1 % sous forme d'actions", "fr"),  # "sous" after a figure is no baseline
        ("le taux est tombé à 3,12 %", "fr"),  # new words of change before a level
        ("les taux refluent à 3,1 %", "fr"),
        ("the rate plummeted to 3%", "en"),
    ],
)
def test_levels_and_figures_without_a_way_have_none(quote: str, language: str) -> None:
    said = directions(quote, language)
    assert all(d.figure not in (Decimal("2.1"), Decimal("7.5"), Decimal("7.3")) for d in said)
    if "Europe" in quote:
        assert [(d.sign, d.words) for d in said] == [(-1, "fell 3%"), (1, "3% higher")]
    else:
        assert said == ()


@pytest.mark.parametrize(
    ("quote", "may_be_level"),
    [
        ("le titre plonge 5 %", True),  # the level it reaches, or a fall of 5 %
        ("le titre plonge de 5 %", False),
        ("les ventes décrochent de 12 %", False),
        ("le CAC 40 a cédé 1,2 %", False),  # the verb's object is the amount
        ("le taux regagne 0,1 point", False),
        ("la baisse atteint 0,3 point", False),
        ("une hausse de 3 %", False),
        ("-3 %", False),
    ],
)
def test_a_french_verb_without_de_may_have_a_level_after_it(quote: str, may_be_level: bool) -> None:
    (said,) = directions(quote, "fr")
    assert said.may_be_level is may_be_level


def test_a_rate_obtained_is_no_change_of_it() -> None:
    # "décrocher un taux" is to obtain it: no fall, or one that may be the rate obtained
    for quote in ("les meilleurs profils décrochent 2,9 %", "décrochent encore moins de 3 %"):
        assert all(said.may_be_level for said in directions(quote, "fr"))
    assert directions("il a décroché un taux de 2,9 %", "fr") == ()
    assert directions("shares fell 3%", "en")[0].may_be_level is False


_FALLS = {
    "en": ["fell", "dropped", "declined", "down", "a fall of", "slipped"],
    "fr": ["en baisse de", "a reculé de", "a chuté de", "en repli de", "a perdu"],
}
_RISES = {
    "en": ["rose", "climbed", "up", "an increase of", "gained"],
    "fr": ["en hausse de", "a progressé de", "a augmenté de", "a gagné"],
}


@given(
    language=st.sampled_from(["en", "fr"]),
    fall=st.booleans(),
    data=st.data(),
    figure=st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99.9"), places=1),
    points=st.booleans(),
)
def test_a_word_of_change_before_a_figure_gives_its_way(
    language: str, fall: bool, data: st.DataObject, figure: Decimal, points: bool
) -> None:
    word = data.draw(st.sampled_from((_FALLS if fall else _RISES)[language]))
    written = str(figure).replace(".", "," if language == "fr" else ".")
    unit = ("points de base" if language == "fr" else "basis points") if points else "%"
    sales = "Les ventes" if language == "fr" else "Sales"
    quote = f"{sales} {word} {written} {unit}"
    (said,) = directions(quote, language)
    assert (said.figure, said.sign) == (figure, -1 if fall else 1)
    assert said.unit == ("bp" if points else "%")
    # the same word before a level ("fell to 3%") says nothing of the figure
    level = quote.replace(f"{word} ", f"{word} {'à' if language == 'fr' else 'to'} ")
    assert directions(level, language) == ()


def test_extract_drafts_a_fall_with_its_minus_sign() -> None:
    text = (
        "Net income fell 3% to $412 million. Rates fell 25bp. Sales rose 4%, and the rival"
        " bid was about 15% lower."
    )
    values = [claim.value for claim in extract(text, "en").claims]
    assert "-3 %" in values
    assert "-25 bp" in values
    assert "4 %" in values
    assert "~-15 %" in values  # "15% lower" is a fall, as sign-matches-quote reads it


@given(
    language=st.sampled_from(["en", "fr"]),
    fall=st.booleans(),
    data=st.data(),
    before=st.integers(1, 999),
    after=st.integers(1, 999),
)
def test_a_move_is_contradicted_exactly_when_its_figures_go_the_other_way(
    language: str, fall: bool, data: st.DataObject, before: int, after: int
) -> None:
    # "up to 3%" is a bound (at most 3 %), not a move up to it
    words_of_change = [w for w in (_FALLS if fall else _RISES)[language] if w not in ("up", "down")]
    word = data.draw(st.sampled_from(words_of_change))
    if language == "en":
        quote = f"Sales {word} to {after}% from {before}%"
    else:
        quote = f"Les ventes {word.removesuffix(' de')} à {after} %, contre {before} %"
    words = word.removesuffix(" de").removesuffix(" of")
    (move,) = moves(quote, language)
    assert (move.before, move.after, move.sign) == (before, after, -1 if fall else 1)
    assert move.contradicted is ((after - before) * (-1 if fall else 1) < 0)
    assert move.words.startswith(words.split()[-1])


def test_moves_need_a_word_of_change_and_two_levels_of_one_kind() -> None:
    assert moves("le taux est passé de 12 % à 14 %", "fr") == ()
    assert moves("une baisse de 1,1 % à 1,3 %", "fr") == ()  # a fall of 1,1 to 1,3 %
    assert moves("rose 3% to $5 million from $4 million", "en")[0].before == 4
    assert moves("rose to 3% in 2024 from 2.5% in 2023", "en") == ()  # a year between


def test_a_level_then_a_word_from_another_is_a_move() -> None:
    (move,) = moves("Unemployment was 4.2% in March, up from 4.4%", "en")
    assert (move.sign, move.before, move.after, move.contradicted) == (
        1,
        Decimal("4.4"),
        Decimal("4.2"),
        True,
    )
    (move,) = moves("le chômage à 7,3 %, en hausse par rapport aux 7,5 % de juin", "fr")
    assert (move.sign, move.before, move.after, move.contradicted) == (
        1,
        Decimal("7.5"),
        Decimal("7.3"),
        True,
    )
    (move,) = moves("4.2%, down from 4.4%", "en")
    assert not move.contradicted


def test_a_level_then_the_words_of_its_clause_then_up_from_another_is_a_move() -> None:
    quote = (
        "71.1% of patients in England were admitted, transferred or discharged within four"
        " hours in January, up from 73.4% in December"
    )
    (move,) = moves(quote, "en")
    assert (move.sign, move.before, move.after, move.contradicted) == (
        1,
        Decimal("73.4"),
        Decimal("71.1"),
        True,
    )
    assert move.words.endswith("in January, up from 73.4%")
    # another clause, with a subject of its own, says nothing of the first level
    assert moves("Labour's share was 45% and the Tories' share fell, down from 40%", "en") == ()
    assert moves("Labour stood at 45%, while the Tories, down from 40%, trailed", "en") == ()


def test_a_level_and_the_change_from_it_in_apposition_are_a_move() -> None:
    quote = "That was up from 73.4% in January, a fall of 2.3 percentage points"
    (move,) = moves(quote, "en")
    assert (move.sign, move.before, move.after, move.by) == (
        1,
        Decimal("73.4"),
        Decimal("71.1"),
        Decimal("2.3"),
    )
    assert move.contradicted
    assert move.words == "up from 73.4% in January, a fall of 2.3 percentage points"
    (move,) = moves("Sales were down from $400m, a fall of 3%", "en")
    assert (move.after, move.contradicted) == (Decimal("388.0"), False)
    assert not moves(quote.replace("fall", "rise"), "en")[0].contradicted


@pytest.mark.parametrize(
    "quote",
    [
        # two movements: the change has its own baseline, or its own clause
        "Labour was up from 30% in 2019, a fall of 3 points on last month",
        "Labour was up from 30% in January, a fall of 3 points since the last poll",
        "Labour was up from 30% in January, but the Tories had a fall of 3 points",
        "Labour was up from 30% in January, while the Tories fell 3 points",
    ],
)
def test_two_movements_in_a_sentence_are_no_move(quote: str) -> None:
    assert moves(quote, "en") == ()


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("Créteil plafonne à 88,1 %, soit 5,7 points de moins que Rennes", "fr"),
        ("soit 2 points de moins que la moyenne de l'OCDE", "fr"),
        ("inférieur de 6 points à la moyenne de l'OCDE", "fr"),
        ("3 points below the national average", "en"),
        ("France scored 3 points lower than the OECD average", "en"),
    ],
)
def test_a_gap_with_another_subject_is_no_change_over_time(quote: str, language: str) -> None:
    (said,) = directions(quote, language)
    assert said.sign == -1
    assert said.between_subjects


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("une marge de 12 %, 3 points de moins qu'en 2024", "fr"),
        ("soit 0,3 point de moins qu'un an plus tôt", "fr"),
        ("soit 2 points de moins que lors de la session précédente", "fr"),
        ("soit 2 points de moins", "fr"),
        ("Emissions were 54% below 1990 levels", "en"),
        ("0.4 percentage points above forecast", "en"),
        ("un mois 0,5 °C plus froid que la normale", "fr"),
        ("Le CAC 40 a perdu 98,7 points", "fr"),
    ],
)
def test_a_comparison_over_time_is_a_change(quote: str, language: str) -> None:
    (said,) = directions(quote, language)
    assert not said.between_subjects


@pytest.mark.parametrize(
    ("quote", "figure"),
    [("The S&P 500 shed 113.43 points", "113.43"), ("the Dow lost 1,200 points", "1200")],
)
def test_points_of_an_index_are_read_whatever_their_size(quote: str, figure: str) -> None:
    (said,) = directions(quote, "en")
    assert (said.figure, said.sign) == (Decimal(figure), -1)
