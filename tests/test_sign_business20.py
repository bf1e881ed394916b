"""Business desk audit (session 20): the tenses of market reports in ``sign-matches-quote``.

Intraday copy is told in the French imperfect and present participle ("l'action cédait
4,7 %", "perdant 101,17 points") and in English "-ing" forms and "edged lower": a value of
the wrong sign under such a quote must fail as it does under "a cédé" or "fell".
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.findings import Finding, Severity
from tests.conftest import WriteFiles, source_block, verify_folder

RULE = "sign-matches-quote"

#: French verbs of a market report (the imperfect, the present participle) with a fall.
FRENCH_FALLS = [
    # the audit's own (read by extract_words' verbs)
    "Valmont Luxe cédait 4,7 %",
    "le titre reculait de 4,7 %",
    "l'indice perdant 101,17 points",
    "l'action chutant de 4,7 %",
    "l'action dévissant de 4,7 %",
    "le titre s'effondrant de 4,7 %",
    "le titre se repliant de 4,7 %",
    "l'indice baissant de 4,7 %",
    "le titre fléchissant de 4,7 %",
    "le titre dégringolant de 4,7 %",
    "le titre tombait de 4,7 %",
    "les valeurs tombant de 4,7 %",
    "la marge s'érodait de 4,7 %",
    "le titre refluait de 4,7 %",
    "le titre refluant de 4,7 %",
    "l'activité se contractait de 4,7 %",
    "l'action décrochait de 4,7 %",
    "l'action décrochant de 4,7 %",
    "le titre s'enfonçait de 4,7 %",
    "le titre s'enfonçant de 4,7 %",
    "le titre s'effritant de 4,7 %",
    "l'euro se dépréciait de 4,7 %",
]
FRENCH_RISES = [
    "le CAC 40 gagnait 4,7 %",
    "le titre progressait de 4,7 %",
    "le titre grimpant de 4,7 %",
    "le titre augmentant de 4,7 %",
    "le titre s'envolant de 4,7 %",
    "le titre remontait de 4,7 %",
    "le titre remontant de 4,7 %",
    "le CAC 40 regagnait 4,7 %",
    "le CAC 40 regagnant 4,7 %",
    "l'action rebondissant de 4,7 %",
    "le titre flambait de 4,7 %",
    "l'euro s'appréciait de 4,7 %",
    "le titre grappillait 4,7 %",
    "le titre se redressait de 4,7 %",
    "le titre s'adjugeait 4,7 %",
    "le titre s'adjugeant 4,7 %",
    "le titre renchérissait de 4,7 %",
]
ENGLISH_FALLS = [
    "shares edged lower 4.7%",
    "the stock edging lower 4.7%",
    "the index dipping 4.7%",
    "the stock sagging 4.7%",
    "the stock skidding 4.7%",
    "the stock crashing 4.7%",
    "the shares gave up 4.7%",
    "the index giving up 4.7%",
    "the stock closed lower 4.7%",
]
ENGLISH_RISES = [
    "shares edged higher 4.7%",
    "the stock edging higher 4.7%",
    "the index adding 4.7%",
    "the dollar firming 4.7%",
    "the pound strengthening 4.7%",
    "the stock popped 4.7%",
    "the stock popping 4.7%",
]


def _findings(write_files: WriteFiles, quote: str, value: str, language: str) -> list[Finding]:
    claims = (
        source_block(source_id="src", language=language, published="2025-10-23")
        + "claims:\n"
        + f'  - {{id: move, quote: "{quote}", subject: Valmont Luxe,'
        + f' property: share_price_change, value: "{value}", when: 2025-10-22}}\n'
    )
    folder = write_files({"claims.yaml": claims})
    return [f for f in verify_folder(folder).findings if f.rule == RULE]


@pytest.mark.parametrize(
    ("quote", "language", "sign"),
    [(q, "fr", -1) for q in FRENCH_FALLS]
    + [(q, "fr", 1) for q in FRENCH_RISES]
    + [(q, "en", -1) for q in ENGLISH_FALLS]
    + [(q, "en", 1) for q in ENGLISH_RISES],
)
def test_a_market_report_tense_says_its_direction(
    write_files: WriteFiles, quote: str, language: str, sign: int
) -> None:
    figure = "4,7 %" if language == "fr" else "4.7%"
    if "points" in quote:
        figure = "101,17 points"
    wrong = ("+" if sign < 0 else "-") + figure
    right = ("-" if sign < 0 else "+") + figure
    (finding,) = _findings(write_files, quote, wrong, language)
    said = "a fall" if sign < 0 else "a rise"
    assert "the quote of 'move' says \"" in finding.message
    assert f", {said}, but its value {wrong} is" in finding.message
    assert f"write {right.lstrip('+')}" in finding.message
    assert _findings(write_files, quote, right, language) == []


@pytest.mark.parametrize(
    "quote",
    [
        "le montant de 4,7 % du capital",  # a noun, not "montant" of a verb
        "le titre tombant à 4,7 %",  # a level it fell to
        "the stock closed at 4.7%",
        "the stock edged 4.7%",  # which way is not said
    ],
)
def test_levels_and_nouns_say_no_direction(write_files: WriteFiles, quote: str) -> None:
    language = "en" if quote.startswith("the") else "fr"
    figure = "-4,7 %" if language == "fr" else "-4.7%"
    assert _findings(write_files, quote, figure, language) == []


# Business desk finding 6: a year-ago base taken from the wrong year fails the run.

YOY_CLAIMS = """\
claims:
  - {{id: rev_q3, quote: "rose 38% from a year earlier to $14.62 billion", subject: Corvex,
     property: revenue, value: "$14.62 billion", when: Q3 2025}}
  - {{id: rev_q3_prev, quote: "from $10.59 billion", subject: Corvex, property: revenue,
     value: "$10.59 billion", when: {base}}}
  - {{id: growth, quote: "{quote}", subject: Corvex, property: {prop}, value: "+38%",
     when: Q3 2025}}
checks:
  - {{id: yoy_calc, expect: "(rev_q3 - rev_q3_prev) / rev_q3_prev == growth"}}
"""


@pytest.mark.parametrize(
    ("quote", "prop"),
    [
        ("rose 38% from a year earlier", "revenue_growth_yoy"),
        ("rose 38% from a year earlier", "revenue_growth"),
        ("rose 38% year on year", "revenue_change"),
    ],
)
def test_a_year_ago_base_from_another_year_fails_the_run(
    write_files: WriteFiles, quote: str, prop: str
) -> None:
    def run(base: str) -> factcheck.Report:
        content = source_block(source_id="src", language="en", published="2025-11-20")
        content += YOY_CLAIMS.format(base=base, quote=quote, prop=prop)
        return verify_folder(write_files({"claims.yaml": content}, folder=base.replace(" ", "")))

    stale = run("Q3 2023")
    (finding,) = [f for f in stale.findings if f.rule == "change-over-its-period"]
    assert finding.severity is Severity.ERROR
    assert "compares rev_q3 (Q3 2025) with rev_q3_prev (Q3 2023): two years apart" in (
        finding.message
    )
    assert not stale.ok  # a CI gate fails on it
    right = run("Q3 2024")
    assert [f for f in right.findings if f.rule == "change-over-its-period"] == []
    assert right.ok


def test_a_desk_may_keep_the_stale_base_a_warning(write_files: WriteFiles) -> None:
    content = source_block(source_id="src", language="en", published="2025-11-20")
    content += YOY_CLAIMS.format(
        base="Q3 2023", quote="rose 38% from a year earlier", prop="revenue_growth_yoy"
    )
    folder = write_files({"claims.yaml": content})
    report = verify_folder(folder, '[rules.change-over-its-period]\nseverity = "warning"\n')
    (finding,) = [f for f in report.findings if f.rule == "change-over-its-period"]
    assert finding.severity is Severity.WARNING
    assert report.ok
