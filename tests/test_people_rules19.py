"""The obituaries desk's findings on people's figures (audit O-1 and O-13).

O-1: ``age-matches-birth`` compared an age only when its subject was the birth's,
character for character (case and accents aside), and its property exactly ``age`` or
``âge``: "Jean Marc Delorme", "Delorme", ``age_at_death`` or ``âge_au_décès`` were skipped
in silence. O-13: a count and its percentage of one whole ("19 de ses 27 films, soit
74 %") passed unless the desk wrote a check: ``share-of-count`` only asked whether 74 %
of 27 was reachable.
"""

from __future__ import annotations

import textwrap
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.findings import Finding
from tests.conftest import verify_folder

OBITUARY = """\
source: {{id: r1, title: t, publisher: p, published: 2026-12-01, language: fr}}
claims:
  - {{id: n, quote: "Né le 3 mars 1932", subject: Jean-Marc Delorme, property: naissance,
     when: 3 mars 1932}}
{claims}
"""


def _findings(tmp_path: Path, yaml: str, rule: str, config: str | None = None) -> list[Finding]:
    folder = tmp_path / "article"
    folder.mkdir(exist_ok=True)
    (folder / "a.yaml").write_text(textwrap.dedent(yaml), encoding="utf-8")
    report = verify_folder(folder, config)
    return [finding for finding in report.findings if finding.rule == rule]


def _ages(tmp_path: Path, claims: str, config: str | None = None) -> list[str]:
    yaml = OBITUARY.format(claims=textwrap.indent(textwrap.dedent(claims).strip(), "  "))
    return [f.message for f in _findings(tmp_path, yaml, "age-matches-birth", config)]


def _death_age(subject: str, prop: str = "âge", age: int = 95, claim_id: str = "a") -> str:
    return (
        f'- {{id: {claim_id}, quote: "mort à {age} ans", subject: {subject}, property: {prop},'
        f' value: "{age} ans", when: 30 novembre 2026}}\n'
    )


# O-1: subjects


def test_the_audit_reproduction_gives_four_errors(tmp_path: Path) -> None:
    claims = (
        _death_age("Jean Marc Delorme", claim_id="a1")
        + _death_age("Delorme", claim_id="a2")
        + _death_age("Jean-Marc Delorme", "age_at_death", claim_id="a3")
        + _death_age("Jean-Marc Delorme", "âge_au_décès", claim_id="a4")
    )
    messages = _ages(tmp_path, claims)
    assert messages == [
        f"{subject} is 95 ('{claim_id}') but, born on 3 mars 1932 ('n'), was 94 on"
        " 30 novembre 2026 (its when)"
        for subject, claim_id in (
            ("Jean Marc Delorme", "a1"),
            ("Delorme", "a2"),
            ("Jean-Marc Delorme", "a3"),
            ("Jean-Marc Delorme", "a4"),
        )
    ]


def test_a_name_spelt_with_a_space_for_its_hyphen_is_the_same_person(tmp_path: Path) -> None:
    assert len(_ages(tmp_path, _death_age("jean marc DELORME"))) == 1
    assert _ages(tmp_path, _death_age("Jean Marc Delorme", age=94)) == []


def test_the_surname_alone_is_the_one_person_of_the_article_so_named(tmp_path: Path) -> None:
    assert len(_ages(tmp_path, _death_age("Delorme"))) == 1
    assert len(_ages(tmp_path, _death_age("Marc Delorme"))) == 1  # without the first name
    assert _ages(tmp_path, _death_age("Delorme", age=94)) == []


def test_a_surname_two_people_of_the_article_share_is_not_compared(tmp_path: Path) -> None:
    son = (
        '- {id: fils, quote: "son fils Paul Delorme, producteur", subject: Paul Delorme,'
        " property: métier}\n"
    )
    # Paul has no birth, but "Delorme" may be him: the age is not Jean-Marc's for sure
    assert _ages(tmp_path, son + _death_age("Delorme")) == []
    assert len(_ages(tmp_path, son + _death_age("Jean-Marc Delorme"))) == 1


def test_a_surname_is_not_matched_with_another_article(tmp_path: Path) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.yaml").write_text(OBITUARY.format(claims=""), encoding="utf-8")
    other = OBITUARY.format(claims="").replace("id: n,", "id: other_birth,")
    other = other.replace("Jean-Marc Delorme", "Anne Martin").replace("r1", "r2")
    other += "  " + _death_age("Delorme")
    (folder / "b.yaml").write_text(other, encoding="utf-8")
    report = verify_folder(folder)
    assert [f for f in report.findings if f.rule == "age-matches-birth"] == []


def test_a_first_name_alone_is_not_a_surname(tmp_path: Path) -> None:
    assert _ages(tmp_path, _death_age("Jean-Marc")) == []


# O-1: properties


def test_properties_whose_first_word_is_age_are_ages(tmp_path: Path) -> None:
    for prop in ("age_at_death", "âge_au_décès", "age_at_election", "âge_à_l'élection", "Age"):
        messages = _ages(tmp_path, _death_age("Jean-Marc Delorme", f'"{prop}"'))
        assert len(messages) == 1, prop


def test_an_age_that_is_no_ones_own_is_not_compared(tmp_path: Path) -> None:
    for prop in ("age_gap", "âge_moyen", "age_difference", "âge_légal", "âge_de_départ"):
        assert _ages(tmp_path, _death_age("Jean-Marc Delorme", prop)) == [], prop
    # a property that merely contains the word
    assert _ages(tmp_path, _death_age("Jean-Marc Delorme", "stage_age")) == []


def test_age_properties_set_in_the_configuration_are_the_only_ages(tmp_path: Path) -> None:
    config = '[rules.age-matches-birth]\nage_properties = ["âge"]\n'
    claims = _death_age("Jean-Marc Delorme", "age_at_death", claim_id="at_death")
    assert _ages(tmp_path, claims, config) == []
    claims += _death_age("Jean-Marc Delorme", "âge", claim_id="plain")
    assert len(_ages(tmp_path, claims, config)) == 1
    config = '[rules.age-matches-birth]\nage_properties = ["years_old"]\n'
    claims = _death_age("Jean-Marc Delorme", "years_old", claim_id="years")
    claims += _death_age("Jean-Marc Delorme", "age_at_death", claim_id="at_death")
    assert [m.split("('")[1][:5] for m in _ages(tmp_path, claims, config)] == ["years"]


# O-13: a count and its percentage of one whole

FILMS = """\
source: {{id: o13, title: t, publisher: p, published: 2026-12-01, language: fr}}
claims:
  - {{id: films_total, quote: "ses {whole} films", subject: Jean-Marc Delorme,
     property: films, value: "{whole}"}}
  - {{id: produced, quote: "qui a produit {part} de ses {whole} films",
     subject: Les Films du Rhône, property: films_produced, value: "{part}", of: films_total}}
  - {{id: share, quote: "{part} de ses {whole} films, soit {share} %",
     subject: Les Films du Rhône, property: {share_property}, value: "{share} %",
     of: films_total{qualifiers}}}
"""


def _shares(
    tmp_path: Path,
    part: str,
    whole: str,
    share: str,
    share_property: str = "share_of_films_produced",
    qualifiers: str = "",
) -> list[str]:
    yaml = FILMS.format(
        part=part,
        whole=whole,
        share=share,
        share_property=share_property,
        qualifiers=qualifiers,
    )
    return [f.message for f in _findings(tmp_path, yaml, "share-of-count")]


def test_a_percentage_its_count_does_not_give_is_an_error(tmp_path: Path) -> None:
    assert _shares(tmp_path, "19", "27", "74") == [
        "74 % (73,5 à 74,5 %) of 27 (films_total) is not 19 of them (produced): 19/27 = 70,4 %"
    ]
    assert _shares(tmp_path, "19", "27", "70") == []
    assert _shares(tmp_path, "19", "27", "70,4") == []
    assert len(_shares(tmp_path, "19", "27", "70,5")) == 1  # 70,37: one decimal is read


def test_the_percentage_property_may_name_the_share_in_many_ways(tmp_path: Path) -> None:
    for prop in ("films_produced", "films_produced_share", "part_des_films_produced",
                 "pct_films_produced", "Films-Produced"):  # fmt: skip
        assert len(_shares(tmp_path, "19", "27", "74", prop)) == 1, prop


def test_a_percentage_of_another_part_is_not_paired(tmp_path: Path) -> None:
    assert _shares(tmp_path, "19", "27", "74", "share_of_films_directed") == []
    assert _shares(tmp_path, "19", "27", "74", qualifiers=", qualifiers: {genre: comédie}") == []


def test_a_percentage_grim_finds_impossible_is_reported_once(tmp_path: Path) -> None:
    messages = _shares(tmp_path, "8", "19", "43")
    assert len(messages) == 1
    assert "impossible with whole units" in messages[0]


def test_an_approximate_whole_allows_a_span(tmp_path: Path) -> None:
    assert _shares(tmp_path, "140", "~300", "47") == []  # 140/330 = 42,4 % to 140/270 = 51,9 %
    assert _shares(tmp_path, "140", "~300", "55") == [
        "55 % (54,5 à 55,5 %) of ~300 (films_total) is not 140 of them (produced):"
        " from 140/330 = 42,4 % to 140/270 = 51,9 %"
    ]


def test_an_election_score_and_its_votes_agree(tmp_path: Path) -> None:
    yaml = """\
    source: {id: e, title: t, publisher: p, published: 2026-12-01, language: fr}
    claims:
      - {id: exprimes, quote: "sur 6 816 suffrages exprimés", subject: Saint-Aubin,
         property: valid_votes, value: "6 816", when: mars 2001}
      - {id: voix, quote: "avec 4 212 voix", subject: Marcel Fontanel, property: votes,
         value: "4 212", when: mars 2001, of: exprimes}
      - {id: score, quote: "soit SHARE %", subject: Marcel Fontanel, property: vote_share,
         value: "SHARE %", when: mars 2001, of: exprimes}
    """
    assert _findings(tmp_path, yaml.replace("SHARE", "61,8"), "share-of-count") == []
    wrong = _findings(tmp_path, yaml.replace("SHARE", "62,8"), "share-of-count")
    assert [f.message for f in wrong] == [
        "62,8 % (62,75 à 62,85 %) of 6 816 (exprimes) is not 4 212 of them (voix):"
        " 4212/6816 = 61,80 %"
    ]
    assert wrong[0].claims == ("score", "voix", "exprimes")


@settings(deadline=None, max_examples=30)
@given(
    st.integers(1, 400).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))),
    st.sampled_from([0, 1]),
)
def test_a_percentage_written_from_its_count_passes(
    tmp_path_factory: pytest.TempPathFactory, nk: tuple[int, int], decimals: int
) -> None:
    n, k = nk
    exact = Decimal(100 * k) / Decimal(n)
    written = str(exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))
    folder = tmp_path_factory.mktemp("pbt")
    assert _shares(folder, str(k), str(n), written.replace(".", ",")) == []
