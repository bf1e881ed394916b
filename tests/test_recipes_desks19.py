"""The recipes of docs/recipes.md for the results, labour, health, energy and housing desks.

``tests/test_recipes.py`` runs every ```yaml fence of the page without a configuration;
here each file of these sections runs again, and each ```yml file with the ```toml
fence before it in its section (a generation mix's whole, a loan's exact term, the
severities a desk's CI raises). The same files without their configuration give what
the prose says: the miss the configuration is there to catch.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.test_doc_examples import announced
from tests.test_recipes_finance_weather import FENCES, _findings, _section

ELECTION = "Election night: inscrits, votants, exprimés, seats"
LABOUR = "Labour figures: signed changes, revisions, averages, wages"
SURVEILLANCE = "Health surveillance: rates per 100 000, weekly cumulatives"
TRIAL = "A trial's results: arms, efficacy, hazard ratio"
ENERGY = "Energy: capacity factor, a generation mix, prices and barrels"
HOUSING = "Housing and transport: a mortgage, multipliers, time zones"
CI = "Making a warning fail CI: a stale year in a quote, a breakdown at the limit"
SECTIONS = (ELECTION, LABOUR, SURVEILLANCE, TRIAL, ENERGY, HOUSING, CI)


def _files(title: str) -> list[tuple[str | None, str]]:
    """Each claim file of a section, with the configuration it runs with (None for yaml)."""
    files: list[tuple[str | None, str]] = []
    config = None
    for kind, text in FENCES.findall(_section(title)):
        if kind == "toml":
            config = text
        else:
            files.append((config if kind == "yml" else None, text))
    return files


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
    monkeypatch.chdir(tmp_path)  # files are named as the recipes show them: example.yaml
    assert _findings(tmp_path, claims, config) == sorted(announced(claims))


def test_each_section_verifies_clean_and_shows_a_mistake_it_catches() -> None:
    for title in SECTIONS:
        files = _files(title)
        assert any(not announced(text) for _, text in files), title
        assert any(announced(text) for _, text in files), title


def _only(title: str, kind: str, containing: str) -> str:
    (text,) = [t for k, t in FENCES.findall(_section(title)) if k == kind and containing in t]
    return text


def test_a_mix_over_100_percent_passes_in_silence_without_its_whole(tmp_path: Path) -> None:
    wrong = _only(ENERGY, "yml", "solaire 6,3 %")
    assert announced(wrong) and _findings(tmp_path, wrong) == []


def test_a_payment_one_percent_off_is_only_an_info_with_a_rounded_term(tmp_path: Path) -> None:
    wrong = _only(HOUSING, "yml", "1 774")
    (finding,) = _findings(tmp_path, wrong)
    assert finding.startswith("info: check 'mensualite'")
    assert "only thanks to rounding" in finding


def test_without_the_desks_severities_a_stale_year_is_a_warning(tmp_path: Path) -> None:
    stale = _only(CI, "yml", "part_dechets")
    findings = _findings(tmp_path, stale)
    assert [f.split(":")[0] for f in findings] == ["warning"]
    assert "the quote says troisième trimestre 2025" in findings[0]


def test_the_election_counts_need_no_configuration(tmp_path: Path) -> None:
    """The built-in vocabulary: a listing one vote off the exprimés is an error."""
    night = _only(ELECTION, "yaml", "lp_votants_decomptes")
    assert _findings(tmp_path, night) == []
    one_off = night.replace('value: "640"', 'value: "641"').replace("640 nuls", "641 nuls")
    (finding,) = _findings(tmp_path, one_off)
    assert finding == (
        "error: check 'lp_votants_decomptes' fails: lp_blancs + lp_nuls + lp_exprimes = 40 392,"
        " not == lp_votants = 40 391"
    )
