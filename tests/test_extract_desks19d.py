"""`factcheck extract`: an education desk's and an obituary desk's drafts (Ed-11, FU-9, O-7).

Each test drafts the sentence the desk wrote and asserts what the editor sees in the draft:
the value, its `when` (one `verify` reads), its property, who said it.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import parse_date
from factcheck.extract import DraftClaim, extract
from factcheck.extract_file import SourceInfo, render
from factcheck.values import parse_value

AUG_29 = date(2025, 8, 29)
DEC_1 = date(2026, 12, 1)


def claims(text: str, language: str, published: date = AUG_29) -> list[DraftClaim]:
    return [c for c in extract(text, language, published).claims if c.value is not None]


def values(text: str, language: str, published: date = AUG_29) -> list[str | None]:
    return [c.value for c in claims(text, language, published)]


# --- Ed-11: grades of an exam's scale are no figures ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The highest grade, a 9, was awarded to 4.1% of entries.", ["4.1 %"]),
        ("Only 19.5% achieved a grade 4 in maths.", ["19.5 %"]),
        ("Some 40% fail to reach a 4 in English.", ["~40 %"]),
        ("Some 72% passed the grade 4 threshold.", ["~72 %"]),
        ("Grades 7 to 9 went to 21.8% of entries.", ["21.8 %"]),
        ("Pupils who fail must keep studying maths by 16.", []),
    ],
)
def test_a_grade_is_no_figure(text: str, expected: list[str]) -> None:
    assert values(text, "en_GB") == expected


@given(grade=st.integers(1, 9), share=st.integers(1, 99))
def test_any_grade_stays_out_of_the_draft(grade: int, share: int) -> None:
    text = f"Only {share}% achieved a grade {grade} or above."
    assert values(text, "en_GB") == [f"{share} %"]


def test_a_score_out_of_a_scale_is_still_a_figure() -> None:
    assert values("She scored 4 goals in 2 games.", "en_GB") != []


# --- Ed-11: a school year, a rentrée ------------------------------------------------------


def test_une_annee_scolaire_is_the_school_year_never_one_year() -> None:
    drafted = claims(
        "Le budget atteint 63 milliards d'euros pour une année scolaire 2025-2026.", "fr"
    )
    assert [c.value for c in drafted] == ["63 milliard EUR"]
    assert drafted[0].when == "l'année scolaire 2025-2026"
    period = parse_date(drafted[0].when, "fr")
    assert (period.start, period.end) == (date(2025, 9, 1), date(2026, 8, 31))


@pytest.mark.parametrize(
    "text",
    [
        "À la rentrée 2025, 12,1 millions d'élèves sont attendus.",
        "Rentrée 2025 : 12,1 millions d'élèves.",
    ],
)
def test_la_rentree_is_its_when(text: str) -> None:
    (drafted,) = claims(text, "fr")
    assert drafted.when == "la rentrée 2025"
    parse_date(drafted.when, "fr")


# --- Ed-11: a rate per pupil, a cap, posts ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Cela représente quelque 5 300 euros par élève.", "fr", "~5 300 EUR/person"),
        ("Funding is £8,500 per pupil.", "en_GB", "8,500 GBP/person"),
    ],
)
def test_a_price_per_pupil_is_per_person(text: str, language: str, expected: str) -> None:
    (drafted,) = claims(text, language)
    assert drafted.value == expected
    assert drafted.note is None  # never "the value cannot write 'par élève'"
    parse_value(expected, language)


def test_plafonnees_a_is_a_cap() -> None:
    assert values("Les classes de CP sont plafonnées à 12 élèves.", "fr") == ["<=12 person"]


def test_posts_offered_or_unfilled_are_no_persons() -> None:
    drafted = claims(
        "Au total, 3 185 postes non pourvus sur 27 940 postes offerts au concours.", "fr"
    )
    assert [(c.value, c.property) for c in drafted] == [("3 185", "posts"), ("27 940", "posts")]


def test_posts_cut_are_still_jobs() -> None:
    assert values("La loi prévoit 3 000 postes supprimés.", "fr") == ["3 000 person"]


# --- FU-9: a quoted statement names who said it --------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "« Nous créerons 2 000 postes », a affirmé la ministre Élisabeth Borne.",
            "fr",
            "Élisabeth Borne",
        ),
        (
            'Tom Bradley said unemployment had "gone up by 250,000 since the election".',
            "en_GB",
            "Tom Bradley",
        ),
        ('The minister said: "We will hire 6,500 teachers."', "en_GB", "?"),
        ("« Il y a 3 000 élèves de plus », déclare-t-il.", "fr", "?"),
    ],
)
def test_a_quoted_statement_is_attributed(text: str, language: str, speaker: str) -> None:
    (drafted,) = claims(text, language)
    assert drafted.attributed_to == speaker


def test_a_figure_no_one_is_said_to_say_has_no_speaker() -> None:
    (drafted,) = claims("Le chômage est de 7,4 %, selon l'Insee.", "fr")
    assert drafted.attributed_to is None


def test_the_draft_file_writes_the_speaker() -> None:
    text = "« Nous créerons 2 000 postes », a affirmé la ministre Élisabeth Borne."
    drafted = extract(text, "fr", AUG_29).claims
    source = SourceInfo(id="s", title="t", publisher="p", published=AUG_29, language="fr")
    assert 'attributed_to: "Élisabeth Borne"' in render(source, drafted, "a.txt")


# --- O-7: a length of time takes no other figure's year -----------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "He married Margaret Holt in 1961; she survives him after 65 years of marriage.",
            "en_GB",
            "65 year",
        ),
        (
            "Palme d'or en 1984, le réalisateur a tourné 27 longs-métrages en un demi-siècle.",
            "fr",
            "27",
        ),
    ],
)
def test_a_length_of_time_borrows_no_year(text: str, language: str, value: str) -> None:
    by_value = {c.value: c for c in claims(text, language, DEC_1)}
    assert by_value[value].when is None


def test_an_age_keeps_the_year_of_its_sentence() -> None:
    (drafted,) = claims("Il avait découvert le cinéma en 1944, à 12 ans.", "fr", DEC_1)
    assert (drafted.value, drafted.when) == ("12 year", "1944")
