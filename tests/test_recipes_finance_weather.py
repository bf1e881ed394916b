"""The public-finance and weather recipes of docs/recipes.md, with their configuration.

``tests/test_recipes.py`` runs every ```yaml fence of the page without a configuration.
A file of these recipes that needs the desk's ``factcheck.toml`` (``exact = true`` on a
budget's envelopes or a tax's rates, ``count = true`` on a toll) is fenced ```yml, after
the ```toml fence that holds that configuration: here each runs with it, and gives
exactly the findings its ``# error:`` comments announce. The same files without the
configuration give what the recipes' prose says they give, the miss that the
configuration is there to catch.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

import factcheck
from tests.conftest import ROOT
from tests.rules.test_doc_examples import announced

PAGE = ROOT / "docs" / "recipes.md"
SECTIONS = (
    "A budget's breakdown: savings, revenue by tax, spending by ministry",
    "Rates in a tax computation: a 2p cut in national insurance",
    "A tax bracket, a barème",
    'A year\'s flow: "£25bn in 2029-30", "£25bn a year"',
    "Forecasts and their authors",
    "A deficit in % of GDP and its change in points",
    "Weather alerts and records",
)
FENCES = re.compile(r"```(toml|yml|yaml)\n(.*?)```", re.S)


def _section(title: str) -> str:
    page = PAGE.read_text(encoding="utf-8")
    return page.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def _configured_files() -> list[object]:
    """Each ```yml file of the sections, with the ```toml fence before it in its section."""
    params: list[object] = []
    for title in SECTIONS:
        config = None
        for number, (kind, text) in enumerate(FENCES.findall(_section(title)), start=1):
            if kind == "toml":
                config = text
            elif kind == "yml":
                assert config is not None, f"{title}: a ```yml file follows its ```toml"
                params.append(pytest.param(config, text, id=f"{title} {number}"))
    return params


def _findings(tmp_path: Path, claims: str, config: str | None = None) -> list[str]:
    (tmp_path / "example.yaml").write_text(claims, encoding="utf-8")
    if config is not None:
        (tmp_path / "factcheck.toml").write_text(config, encoding="utf-8")
    report = factcheck.verify(factcheck.load(tmp_path / "example.yaml"))
    return sorted(" ".join(f"{f.severity.label}: {f.message}".split()) for f in report.findings)


def _file(title: str, kind: str, containing: str) -> str:
    (text,) = [t for k, t in FENCES.findall(_section(title)) if k == kind and containing in t]
    return text


@pytest.mark.parametrize(("config", "claims"), _configured_files())
def test_a_configured_recipe_gives_the_findings_it_shows(
    config: str, claims: str, tmp_path: Path
) -> None:
    assert announced(claims), "a configured file shows the mistake its configuration catches"
    assert _findings(tmp_path, claims, config) == sorted(announced(claims))


def test_the_budget_the_rates_and_the_toll_have_their_configured_files() -> None:
    configured = {str(param.id).rsplit(" ", 1)[0] for param in _configured_files()}
    assert configured == {SECTIONS[0], SECTIONS[1], SECTIONS[-1]}


def test_a_budget_a_billion_out_passes_in_silence_without_exact(tmp_path: Path) -> None:
    """Finance MAJOR 1: 20 + 15 + 6 against 40 billion, rounded figures, says nothing."""
    wrong = _file(SECTIONS[0], "yml", "6 milliards")
    assert _findings(tmp_path, wrong) == []


def test_a_gain_from_rate_claims_is_only_an_info_without_exact_rates(tmp_path: Path) -> None:
    """Finance MAJOR 1, second paragraph: 10 % - 8 % as printed is 1 to 3 points."""
    wrong = _file(SECTIONS[1], "yml", "£494")
    (finding,) = _findings(tmp_path, wrong)
    assert finding.startswith("info: check 'gain_from_rates'")
    assert "449 GBP/year (224 to 673 GBP/year) == gain = 494 GBP/year" in finding


def test_a_stale_toll_headline_is_a_count_error_only_with_count(tmp_path: Path) -> None:
    """Weather F11: "au moins 11" over towns giving 12 is an info, an error with counts."""
    stale = _file(SECTIONS[-1], "yaml", 'value: "11"')
    (finding,) = _findings(tmp_path, stale)
    assert finding.startswith("info: check 'cevenol_bilan_par_commune'")
    assert "are these counts?" in finding
    as_bound = stale.replace('value: "11"', 'value: ">=11"')
    assert _findings(tmp_path, as_bound) == []  # a bound holds a step beyond its figure


def test_the_table_of_contents_links_every_recipe() -> None:
    page = PAGE.read_text(encoding="utf-8")
    for title in re.findall(r"^## (.+)$", page, re.M):
        ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
        anchor = re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", ascii_title).strip().lower())
        assert f"- [{title}](#{anchor})" in page, title
