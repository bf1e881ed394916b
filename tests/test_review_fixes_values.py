"""Review findings on values, units, quotes, exports, tracking and extract: each pinned here."""

from __future__ import annotations

import datetime as dt
import inspect
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from factcheck import load, units
from factcheck.exports import claimant
from factcheck.extract import extract
from factcheck.model import Claim
from factcheck.rules import figure_in_quote
from factcheck.rules.figure_in_quote import _quote_unit, missing_figures
from factcheck.tracking import claimant_name, counted_status, is_said_by, speakers
from factcheck.values import ValueSyntaxError, parse_value, takes_scale_abbreviations
from tests.test_editing import copy_seed

DAY = dt.date(2025, 5, 1)


# --- 1. a non-breaking hyphen in "light-years" ---------------------------------------------------


def test_light_years_with_a_non_breaking_hyphen_are_light_years() -> None:
    assert units.parse_unit("light\u2011years") == units.parse_unit("light-years")
    assert units.parse_unit("années\u2011lumière") == units.parse_unit("light_year")
    assert _quote_unit("light\u2011years") == units.parse_unit("light_year")


def test_a_quote_in_light_years_with_a_non_breaking_hyphen_is_read_not_a_crash() -> None:
    value = parse_value("41 light-year", "en")
    assert not missing_figures(value, "a star 41 light\u2011years away", "en")[0]
    assert missing_figures(value, "a star 42 light\u2011years away", "en")[0]


def test_a_science_unit_the_value_reader_refuses_is_no_unit_of_a_quote(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(text: str) -> Any:
        raise units.UnitError(text)

    _quote_unit.cache_clear()
    monkeypatch.setattr(units, "parse_unit", refuse)
    try:
        assert _quote_unit("light-years") is None
    finally:
        _quote_unit.cache_clear()


def test_the_rule_reads_science_units_with_the_value_readers_pattern() -> None:
    assert figure_in_quote._SCIENCE_UNIT == units.SCIENCE_UNIT
    assert units.LIGHT_YEAR_WORDS in units.SCIENCE_UNIT


# --- 2. a bare C after a power of ten ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"), [("1,6 × 10⁻¹⁹ C", "fr"), ("1.6 × 10^-19 C", "en"), ("2·10⁶ C", "fr")]
)
def test_a_bare_c_after_a_power_of_ten_is_refused(text: str, language: str) -> None:
    with pytest.raises(ValueSyntaxError, match=r"degC.*coulomb"):
        parse_value(text, language)


@pytest.mark.parametrize("text", ["1.5 C", "1,6 × 10⁻¹⁹ °C", "1,6 × 10⁻¹⁹ degC", "3 × 10^6 CAD"])
def test_celsius_elsewhere_is_still_read(text: str) -> None:
    parse_value(text, "fr" if "," in text else "en")


# --- 3. a role before the name -----------------------------------------------------------------


def test_a_role_before_the_first_comma_is_the_role_of_the_name_after_it() -> None:
    assert claimant("le ministre de l'Économie, Bruno Le Maire") == {
        "@type": "Person",
        "name": "Bruno Le Maire",
        "jobTitle": "le ministre de l'Économie",
    }
    assert claimant_name("the Health Secretary, Tom Hale, on Monday") == (
        "Tom Hale",
        "the Health Secretary",
    )
    assert claimant_name("Tom Hale, Health Secretary") == ("Tom Hale", "Health Secretary")
    assert claimant_name("La Poste, opérateur postal") == ("La Poste", "opérateur postal")
    assert claimant("a spokesman, who declined to be named") is None


def test_said_by_finds_the_name_after_a_role() -> None:
    said = cast(
        Claim,
        SimpleNamespace(attributed_to="le ministre de l'Économie, Bruno Le Maire", cites=None),
    )
    assert is_said_by(said, "bruno le maire")
    assert speakers([said]) == ["Bruno Le Maire"]


# --- 4. crore and lakh in extract, and whose rupees ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("India pledged Rs 20 thousand crore for roads.", "en", "20 thousand crore INR"),
        ("The budget sets aside ₹2 lakh crore for roads.", "en", "2 lakh crore INR"),
        ("Pakistan pledged Rs 500 crore on Monday.", "en_PK", "500 crore PKR"),
        ("India pledged Rs 500 crore on Monday.", "en_IN", "500 crore INR"),
    ],
)
def test_extract_drafts_indian_amounts_as_the_value_reader_reads_them(
    text: str, language: str, value: str
) -> None:
    [claim] = [c for c in extract(text, language, DAY).claims if c.value]
    assert claim.value == value
    assert claim.note is None
    if "Rs" in text:  # the currency the value reader gives "Rs" in the source's territory
        written = re.search(r"Rs [\w ]+crore", text)
        assert written is not None
        assert (
            parse_value(written.group(), language).quantity == parse_value(value, language).quantity
        )


def test_extract_drafts_rupees_in_words_without_guessing_whose() -> None:
    # "roupies" names no one currency: verify refuses it, so extract does not guess INR
    [claim] = [c for c in extract("L'Inde a promis 500 crores de roupies lundi.", "fr", DAY).claims]
    assert claim.value == "500 crore"
    assert claim.note is not None and "INR, PKR" in claim.note


def test_the_drafts_do_not_say_crore_cannot_be_read() -> None:
    import factcheck.extract as extract_module

    assert "cannot read" not in (extract_module.__doc__ or "")
    assert not hasattr(extract_module, "_INDIAN_SCALES")


# --- 5. what counted_status counts -------------------------------------------------------------


def test_a_reviewed_claim_counts_under_its_status_as_its_docstring_says(tmp_path: Path) -> None:
    path = copy_seed(tmp_path)
    text = path.read_text(encoding="utf-8")
    first = text.index("    status: verified")
    path.write_text(text[:first] + "    status: disputed" + text[first + 20 :], encoding="utf-8")
    [claim] = [c for c in load(path.parent).claims if c.id == "france_cloud_use_2014"]
    assert claim.reviews and counted_status(claim) == "disputed"
    assert "latest review gives it its status" not in (inspect.getdoc(counted_status) or "")


# --- 6. the rupee sign is a currency sign --------------------------------------------------------


def test_the_rupee_sign_takes_scale_abbreviations() -> None:
    assert takes_scale_abbreviations("₹")
    assert takes_scale_abbreviations("€")
