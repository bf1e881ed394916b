"""A French source is told what to write in French, and every example it is given reads.

These hints were English under "fr" (a French desk got "write a quarter as T1 2025"): each
is pinned here in French, with its examples read as written, in a paper of 20 November 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.dates import DateSyntaxError, parse_date

PAPER = date(2026, 11, 20)
GAZA = date(2024, 11, 10)


@pytest.mark.parametrize(
    ("text", "published", "hint", "examples"),
    [
        (
            "il y a un an jour pour jour",
            GAZA,
            "jour pour jour désigne le jour d'un nombre d'années avant la publication : écrivez"
            " ce jour, comme le 10 novembre 2023, ou il y a un an pour l'année",
            ["le 10 novembre 2023", "il y a un an"],
        ),
        (
            "le 7-Octobre",
            GAZA,
            "7-Octobre, avec un trait d'union et une majuscule, nomme un événement, pas un jour"
            " de l'année de la publication : écrivez sa date avec son année, comme le 7 octobre"
            " 2023 (le 7-Octobre)",
            ["le 7 octobre 2023", "le 7-Octobre 2023"],
        ),
        (
            "2014/17",
            PAPER,
            "écrivez un mois comme 2024-07, des années comme 2024-2026, une saison comme 2024/25",
            ["2024-07", "2024-2026", "2024/25"],
        ),
        (
            "la semaine se terminant en novembre",
            PAPER,
            "écrivez le jour où la semaine finit, comme la semaine se terminant le 8 novembre 2025",
            ["la semaine se terminant le 8 novembre 2025"],
        ),
        (
            "un vendredi soir",
            PAPER,
            "un jour non précisé (un vendredi, un soir de mars) : écrivez le mois, comme mars"
            " 2024, ou le jour s'il est connu, comme vendredi 8 mars 2024",
            ["mars 2024", "vendredi 8 mars 2024"],
        ),
        (
            "en année pleine",
            PAPER,
            "en année pleine (sur toute une année, l'effet d'une mesure sur une année entière)"
            " n'est pas une date : écrivez la valeur par an (1,5 milliard EUR/an) et, dans"
            " `when`, l'année à laquelle elle s'applique, comme 2026, ou laissez `when` de côté",
            ["2026"],
        ),
        (
            "depuis le début des relevés en 1947",
            PAPER,
            "écrivez l'année où les relevés ont commencé, comme depuis 1947 (depuis 2019 est"
            " l'année 2019), et le début des relevés dans la propriété ou une note",
            ["depuis 1947", "depuis 2019"],
        ),
        (
            "1A 2025",
            PAPER,
            "écrivez un trimestre comme T1 2025, un semestre comme S1 2025, de janvier à"
            " septembre comme 9M 2025",
            ["T1 2025", "S1 2025", "9M 2025"],
        ),
        (
            "les 24 heures jusqu'à dimanche 9 mars 2025",
            PAPER,
            "écrivez l'heure et le jour où les heures finissent, comme les 24 heures jusqu'à"
            " 9 h dimanche 9 mars 2025, ou les jours sur lesquels elles courent, comme les 8 et 9"
            " mars 2025",
            ["les 24 heures jusqu'à 9 h dimanche 9 mars 2025", "les 8 et 9 mars 2025"],
        ),
        (
            "l'exercice clos le 27 septembre 2025",
            PAPER,
            "un exercice qui finit un autre jour que le dernier d'un mois compte 52 ou 53"
            " semaines : écrivez son premier et son dernier jour, comme du 29 septembre 2024 au"
            " 27 septembre 2025",
            ["du 29 septembre 2024 au 27 septembre 2025"],
        ),
        (
            "la deuxième semaine de mars",
            PAPER,
            "une semaine d'un mois peut compter depuis le 1er ou depuis un lundi : écrivez ses"
            " jours, comme du 8 au 14 mars 2025",
            ["du 8 au 14 mars 2025"],
        ),
        (
            "l'exercice 2024-2026",
            PAPER,
            "un exercice court sur deux années de suite : écrivez-les, comme 2024/25",
            ["2024/25"],
        ),
        (
            "à la rentrée",
            PAPER,
            "à la rentrée : de quelle année ? écrivez la rentrée et son année",
            ["la rentrée 2025", "lundi 1er septembre 2025"],
        ),
    ],
)
def test_a_french_source_is_told_in_french_and_its_examples_read(
    text: str, published: date, hint: str, examples: list[str]
) -> None:
    with pytest.raises(DateSyntaxError) as refused:
        parse_date(text, "fr", published)
    assert hint in str(refused.value)
    for example in examples:
        assert parse_date(example, "fr", PAPER).text == example
