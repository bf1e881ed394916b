"""The recipes of docs/recipes.md for the fact-check, obituaries and education desks.

``tests/test_recipes.py`` runs every ```yaml fence of the page without a configuration;
here each file of these sections runs again, each ```yml file with the ```toml fence
before it, and what the prose says around them is shown too: the verdict that makes a
statement under check pass, the export of when and where it was said, an age a year
off that passes with a prize dated by its year, a headline left a fact that is never
compared, a stale year in a quote that the desk's severity turns into an error.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from tests.rules.test_doc_examples import announced
from tests.test_recipes_desks19 import CI, _files, _only
from tests.test_recipes_finance_weather import _findings

FACT_CHECK = "A fact-check: the statement under check beside the official figure"
OBITUARIES = 'Obituaries: an age at death, a prize\'s day, "il y a cinquante ans"'
EDUCATION = "Education: exam results, marks out of 20, PISA points, a rentrée preview"
SECTIONS = (FACT_CHECK, OBITUARIES, EDUCATION)


def _params() -> list[object]:
    return [
        pytest.param(config, text, id=f"{title} {number}")
        for title in SECTIONS
        for number, (config, text) in enumerate(_files(title), start=1)
    ]


@pytest.mark.parametrize(("config", "claims"), _params())
def test_each_file_gives_the_findings_it_shows(
    config: str | None, claims: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _findings(tmp_path, claims, config) == sorted(announced(claims))


def test_each_section_verifies_clean_and_shows_a_mistake_it_catches() -> None:
    for title in SECTIONS:
        files = _files(title)
        assert any(not announced(text) for _, text in files), title
        assert any(announced(text) for _, text in files), title


# --- Making a warning fail CI: a year alone


def test_a_year_alone_as_the_figures_date_is_a_warning_and_the_desks_error(
    tmp_path: Path,
) -> None:
    stale = _only(CI, "yaml", "délivrés en 2024")
    (warning,) = _findings(tmp_path, stale)
    assert warning.startswith("warning: claim 'titres_2025': its when is 2025")
    config = '[rules.date-in-quote]\nseverity = "error"\n'
    (error,) = _findings(tmp_path, stale, config)
    assert error == warning.replace("warning:", "error:", 1)


@pytest.mark.parametrize(
    "quote",
    [
        "336 700 titres délivrés en mai 2024",
        "336 700 titres, le chiffre de 2024",
        "336 700 titres, contre 326 300 en 2024",
        "336 700 titres, le plus haut niveau depuis 2024",
    ],
)
def test_a_year_the_recipe_says_is_left_alone_is(quote: str, tmp_path: Path) -> None:
    claims = (
        "source: {id: t, title: T, publisher: P, published: 2026-11-27, language: fr}\n"
        "claims:\n"
        f'  - {{id: a, subject: France, property: permits, value: "336 700", when: "2025",'
        f' quote: "{quote}"}}\n'
    )
    assert _findings(tmp_path, claims, '[rules.date-in-quote]\nseverity = "error"\n') == []


def test_a_day_claims_year_is_left_alone(tmp_path: Path) -> None:
    claims = (
        "source: {id: t, title: T, publisher: P, published: 2026-11-27, language: fr}\n"
        "claims:\n"
        '  - {id: a, subject: France, property: permits, value: "336 700", when: 3 mars 2025,'
        ' quote: "336 700 titres délivrés en 2024"}\n'
    )
    assert _findings(tmp_path, claims) == []


# --- A fact-check


def _statement_unrated() -> str:
    return _only(FACT_CHECK, "yaml", "# error:")


def test_the_review_command_the_error_names_makes_the_statement_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = _statement_unrated()
    (error,) = _findings(tmp_path, claims)
    assert "factcheck review ministre_chomage --verdict misleading" in error
    argv = ["review", "ministre_chomage", str(tmp_path / "example.yaml"), "--verdict"]
    argv += ["misleading", "--by", "Les Décodeurs", "--date", "2026-11-24"]
    assert main(argv) == 0
    assert main(["verify", "--no-cache", str(tmp_path / "example.yaml")]) == 0
    assert "0 errors, 0 warnings, 0 infos" in capsys.readouterr().out


@pytest.mark.parametrize("verdict", ["disputed", "false"])
def test_a_statement_rated_disputed_or_false_is_left_out_too(verdict: str, tmp_path: Path) -> None:
    rated = _only(FACT_CHECK, "yaml", "status: misleading").replace("misleading", verdict)
    assert _findings(tmp_path, rated) == []


def test_a_statement_rated_verified_is_still_compared(tmp_path: Path) -> None:
    rated = _only(FACT_CHECK, "yaml", "status: misleading").replace("misleading", "verified")
    (error,) = _findings(tmp_path, rated)
    assert error.startswith("error: 'insee_chomage' says 7,6 %")
    assert "'ministre_chomage'" in error and "for the same fact" in error


def test_status_under_check_and_export_of_the_rated_statement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "example.yaml").write_text(
        _only(FACT_CHECK, "yaml", "status: misleading"), encoding="utf-8"
    )
    (tmp_path / "factcheck.toml").write_text(
        '[review]\nurl = "https://desk.example.org/verdicts/{claim}"\n'
        'author = {name = "Les Décodeurs"}\n',
        encoding="utf-8",
    )
    assert main(["status", str(tmp_path), "--under-check", "--today", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert "Never reviewed, under check: 0 (1 other claim never reviewed" in out
    target = tmp_path / "out.json"
    assert main(["export", str(tmp_path), "--output", str(target)]) == 0
    (review,) = json.loads(target.read_text(encoding="utf-8"))
    item = review["itemReviewed"]
    assert item["datePublished"] == "2026-11-22"
    assert item["author"]["name"] == "Paul Durand"
    assert item["appearance"]["name"] == "Questions politiques, France Inter"
    assert review["reviewRating"]["alternateName"] == "misleading"


# --- Obituaries


def _obituary() -> str:
    return _only(OBITUARIES, "yaml", "il y a cinquante ans")


def test_a_prize_dated_by_its_year_lets_an_age_one_year_off_pass(tmp_path: Path) -> None:
    off = _only(OBITUARIES, "yaml", '"51 ans"')
    assert _findings(tmp_path, off.replace("when: 21 mai 1984", 'when: "1984"')) == []


def test_an_age_at_death_without_the_deaths_day_fails_across_a_birthday(tmp_path: Path) -> None:
    born_the_day_after = _obituary().replace("12 mars 1932", "1er décembre 1932")
    dated = born_the_day_after.replace('value: "52 ans"', 'value: "51 ans"').replace(
        "a alors 52 ans", "a alors 51 ans"
    )
    dated = dated.replace('"94 ans", when', '"93 ans", when').replace('à 94 ans"}', 'à 93 ans"}')
    assert _findings(tmp_path, dated) == []
    undated = dated.replace(", when: lundi 30 novembre 2026, quote", ", quote")
    (error,) = _findings(tmp_path, undated)
    assert error.startswith("error: Jean Marc Delorme is 93 ('age_titre')")


@pytest.mark.parametrize(
    ("subject", "prop"),
    [("Jean-Marc Delorme", "âge"), ("Jean Marc Delorme", "age_at_death"), ("Delorme", "age")],
)
def test_an_age_is_matched_by_every_form_of_the_name(
    subject: str, prop: str, tmp_path: Path
) -> None:
    wrong = _obituary().replace(
        'subject: Jean Marc Delorme, property: age_at_death, value: "94 ans"',
        f'subject: {subject}, property: {prop}, value: "95 ans"',
    )
    (error,) = _findings(tmp_path, wrong.replace("mort à 94 ans", "mort à 95 ans"))
    assert error.startswith(f"error: {subject} is 95 ('age_titre')")


def test_films_not_declared_counts_are_only_an_info(tmp_path: Path) -> None:
    (films,) = [text for config, text in _files(OBITUARIES) if config is not None]
    (info,) = _findings(tmp_path, films)
    assert info.startswith("info: check 'filmographie'")
    assert "set `count = true` on [properties.films_directed]" in info


# --- Education


def _rentree() -> str:
    return _only(EDUCATION, "yaml", "12,4 millions")


def test_a_headline_left_a_fact_on_another_year_is_never_compared(tmp_path: Path) -> None:
    headline_fact = _rentree().replace(
        'when: la rentrée 2025, kind: forecast, quote: "Rentrée', 'when: "2025", quote: "Rentrée'
    )
    assert _findings(tmp_path, headline_fact) == []


def test_a_bare_school_year_is_another_period(tmp_path: Path) -> None:
    claims = (
        "source: {id: a, title: t, publisher: p, published: 2026-12-02, language: fr}\n"
        "claims:\n"
        '  - {id: titre, subject: écoles, property: pupils, value: "12,4 millions",'
        ' when: "2025-2026", quote: "12,4 millions d\'élèves en 2025-2026"}\n'
        '  - {id: corps, subject: écoles, property: pupils, value: "12,1 millions",'
        " when: l'année scolaire 2025-2026,"
        " quote: \"12,1 millions d'élèves pendant l'année scolaire 2025-2026\"}\n"
    )
    assert _findings(tmp_path, claims) == []
    same = claims.replace('when: "2025-2026"', "when: l'année scolaire 2025-2026")
    (error,) = _findings(tmp_path, same)
    assert error.startswith("error: 'corps' says 12,1 millions")


def test_the_weighted_average_holds_with_the_right_rate(tmp_path: Path) -> None:
    bac = _only(EDUCATION, "yaml", "bac_moyenne_ponderee")
    right = bac.replace("86,2 %", "82,6 %")
    assert _findings(tmp_path, right) == []
