"""Date rules on the business desk's copy (audit of session 20, findings 1 and 2).

1. A weekday that sits with the baseline figure of a shared quote ("à 61,35 euros, contre
   62,67 euros vendredi", "to 403.5p, from 298.5p on Friday") is that figure's day, not
   the day of the claim of today's figure (``weekday-matches-date``).
2. A quarter of a financial year written with its two years ("T1 2025/26", "premier
   trimestre 2025-2026") is read in the source's financial year, or skipped without one
   (``date-in-quote``).
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.findings import Finding
from tests.conftest import WriteFiles, verify_folder


def _source(published: str, language: str = "fr", fiscal: int | None = None) -> str:
    year = f", financial_year_start: {fiscal}" if fiscal is not None else ""
    return (
        f"source: {{id: s, title: t, publisher: p, published: {published},"
        f" language: {language}{year}}}\nclaims:\n"
    )


def _claim(ident: str, quote: str, value: str | None, when: str) -> str:
    shown = f' value: "{value}",' if value is not None else ""
    return (
        f'  - {{id: {ident}, quote: "{quote}", subject: Saltor, property: share_price,'
        f" qualifiers: {{c: {ident}}},{shown} when: {when}}}\n"
    )


def _findings(write_files: WriteFiles, files: dict[str, str], rule: str) -> list[Finding]:
    report = verify_folder(write_files(files))
    assert not [f for f in report.findings if f.rule == "internal-error"]
    return [f for f in report.findings if f.rule == rule]


# --- 1: the weekday of the baseline figure ------------------------------------------------

_BASELINES = (
    ("fr", "à 61,35 euros, contre 62,67 euros vendredi", "61,35 EUR", "62,67 EUR"),
    ("fr", "reculait de 2,1 %, à 61,35 euros, contre 62,67 euros vendredi", "61,35 EUR", None),
    ("fr", "cotait 61,35 euros, après 62,67 euros vendredi", "61,35 EUR", "62,67 EUR"),
    ("fr", "à 61,35 euros, par rapport aux 62,67 euros de vendredi", "61,35 EUR", "62,67 EUR"),
    ("en_GB", "Harlow shares jumped 35.2pc to 403.5p, from 298.5p on Friday", "403.5p", "298.5p"),
    ("en_GB", "Harlow shares rose to 403.5p, up from 298.5p on Friday", "403.5p", "298.5p"),
    ("en_GB", "Harlow closed at 403.5p, compared with 298.5p on Friday", "403.5p", "298.5p"),
    ("en_GB", "Harlow closed at 403.5p against 298.5p on Friday", "403.5p", "298.5p"),
)


def _days(language: str) -> tuple[str, str, str]:
    """The published day, Monday's when and Friday's, in the language."""
    if language == "fr":
        return "2024-09-16", "lundi 16 septembre 2024", "vendredi 13 septembre 2024"
    return "2026-03-10", "Monday 9 March 2026", "Friday 6 March 2026"


def test_a_weekday_of_the_baseline_figure_is_not_the_claims(write_files: WriteFiles) -> None:
    for language, quote, today, before in _BASELINES:
        published, monday, friday = _days(language)
        claims = _claim("today", quote, today, monday)
        if before is not None:
            claims += _claim("before", quote, before, friday)
        files = {"c.yaml": _source(published, language) + claims}
        assert _findings(write_files, files, "weekday-matches-date") == [], quote


def test_the_baseline_figures_claim_still_has_its_weekday(write_files: WriteFiles) -> None:
    # the claim of 62,67 EUR is the one the weekday sits with: a Thursday is wrong
    files = {
        "c.yaml": _source("2024-09-16")
        + _claim(
            "before",
            "à 61,35 euros, contre 62,67 euros vendredi",
            "62,67 EUR",
            "jeudi 12 septembre 2024",
        )
    }
    (found,) = _findings(write_files, files, "weekday-matches-date")
    assert "the quote says vendredi, but its when, 12 septembre 2024, is a jeudi" in found.message


def test_a_weekday_with_no_baseline_figure_is_still_the_claims(write_files: WriteFiles) -> None:
    for quote in (
        "Le titre cotait 61,35 euros vendredi",  # no baseline
        "à 61,35 euros, contre vendredi",  # no figure after contre
        "contre 62,67 euros vendredi",  # no figure of its own before contre
    ):
        files = {
            "c.yaml": _source("2024-09-16")
            + _claim("today", quote, "61,35 EUR", "lundi 16 septembre 2024")
        }
        (found,) = _findings(write_files, files, "weekday-matches-date")
        assert "the quote says vendredi, but its when, 16 septembre 2024" in found.message, quote


_PRICE = st.decimals(min_value=Decimal("1.00"), max_value=Decimal("999.99"), places=2)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(today=_PRICE, before=_PRICE, english=st.booleans())
def test_property_the_baseline_weekday_is_the_baseline_claims(
    write_files: WriteFiles, today: Decimal, before: Decimal, english: bool
) -> None:
    if today == before:
        return
    language = "en_GB" if english else "fr"
    published, monday, friday = _days(language)
    if english:
        quote = f"Shares rose to {today}p, from {before}p on Friday"
        values = (f"{today}p", f"{before}p")
    else:
        shown_today, shown_before = (str(p).replace(".", ",") for p in (today, before))
        quote = f"à {shown_today} euros, contre {shown_before} euros vendredi"
        values = (f"{shown_today} EUR", f"{shown_before} EUR")
    files = {
        "c.yaml": _source(published, language)
        + _claim("today", quote, values[0], monday)
        + _claim("before", quote, values[1], friday)
    }
    assert _findings(write_files, files, "weekday-matches-date") == []
    # the baseline's figure dated Monday: its weekday, Friday, is wrong
    files = {"c.yaml": _source(published, language) + _claim("before", quote, values[1], monday)}
    (found,) = _findings(write_files, files, "weekday-matches-date")
    assert "'before': the quote says" in found.message


# --- 2: quarters of a financial year in a quote -------------------------------------------

_FISCAL_QUOTES = (
    ("fr", "un chiffre d'affaires de 2,71 milliards d'euros au T1 2025/26"),
    ("fr", "Au premier trimestre 2025-2026, les ventes ont reculé de 2,71 %"),
    ("fr", "Au 1er trimestre 2025/2026, les ventes ont reculé de 2,71 %"),
    ("fr", "Au S1 2025-26, les ventes ont atteint 2,71 milliards d'euros"),
    ("en_GB", "revenue of £2.71bn in Q1 2025/26"),
)


def _revenue(quote: str, when: str) -> str:
    return (
        f'  - {{id: r, quote: "{quote}", subject: Castel, property: revenue,'
        f' value: "2,71 milliards EUR", when: {when}}}\n'
    )


def test_a_financial_quarter_in_the_quote_is_the_financial_years(write_files: WriteFiles) -> None:
    for language, quote in _FISCAL_QUOTES:
        when = "S1 2025/26" if "S1" in quote else "T1 2025/26"
        files = {"c.yaml": _source("2025-10-23", language, fiscal=7) + _revenue(quote, when)}
        assert _findings(write_files, files, "date-in-quote") == [], quote


def test_a_financial_quarter_without_the_financial_year_is_skipped(
    write_files: WriteFiles,
) -> None:
    for language, quote in _FISCAL_QUOTES:
        files = {
            "c.yaml": _source("2025-10-23", language) + _revenue(quote, "juillet à septembre 2025")
        }
        assert _findings(write_files, files, "date-in-quote") == [], quote


def test_another_financial_quarter_in_the_quote_is_reported(write_files: WriteFiles) -> None:
    files = {
        "c.yaml": _source("2026-01-23", fiscal=7)
        + _revenue("un chiffre d'affaires de 2,71 milliards d'euros au T1 2025/26", "T2 2025/26")
    }
    (found,) = _findings(write_files, files, "date-in-quote")
    assert "its when is octobre – décembre 2025, but its quote writes T1 2025/26" in found.message


def test_a_financial_quarter_of_another_year_is_a_typo(write_files: WriteFiles) -> None:
    files = {
        "c.yaml": _source("2025-10-23", fiscal=7)
        + _revenue("un chiffre d'affaires de 2,71 milliards d'euros au T1 2024/25", "T1 2025/26")
    }
    (found,) = _findings(write_files, files, "date-in-quote")
    assert "the quote says T1 2024/25" in found.message


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    start=st.integers(min_value=1, max_value=12),
    quarter=st.integers(min_value=1, max_value=4),
    year=st.integers(min_value=2015, max_value=2030),
)
def test_property_a_financial_quarter_agrees_with_its_own_when(
    write_files: WriteFiles, start: int, quarter: int, year: int
) -> None:
    label = f"T{quarter} {year}/{(year + 1) % 100:02d}"
    files = {
        "c.yaml": _source("2031-06-30", fiscal=start)
        + _revenue(f"2,71 milliards d'euros au {label}", label)
    }
    assert _findings(write_files, files, "date-in-quote") == [], label
