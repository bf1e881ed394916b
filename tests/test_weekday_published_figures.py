"""`weekday-matches-date` and the day figures came out (culture audit, major 1).

Audience copy gives the day the figures were published, not the broadcast's: "according
to Nielsen data released Monday" of Sunday's finale is right, as "CBS said Monday" is.
A weekday released or broadcast that names no figures ("the film, released Friday") is
still the fact's, and still checked.
"""

from __future__ import annotations

import pytest

import factcheck
from tests.conftest import WriteFiles, source_block

RULE = "weekday-matches-date"


def _weekday_findings(write_files: WriteFiles, files: dict[str, str]) -> list[str]:
    report = factcheck.verify(factcheck.load(write_files(files)))
    assert not [f for f in report.findings if f.rule == "internal-error"]
    return [f.message for f in report.findings if f.rule == RULE]


def _one_claim(quote: str, when: str, *, language: str, published: str) -> dict[str, str]:
    escaped = quote.replace('"', '\\"')
    return {
        "a.yaml": source_block(language=language, published=published)
        + "claims:\n"
        + f'  - {{id: c, quote: "{escaped}", subject: finale, property: viewers, when: "{when}"}}\n'
    }


# The auditor's ratings article (Variety, Tuesday 16 December 2025), its text and claims.
RATINGS_TEXT = (
    "Nielsen data released Monday showed the finale drew 9.4 million viewers. The finale, "
    "which aired Sunday night, was watched by 9.4 million people, according to figures "
    "released on Monday. The finale drew 9.4 million viewers, CBS said Monday.\n"
)
RATINGS = source_block(language="en_US", published="2025-12-16", text="ratings.txt") + (
    "claims:\n"
    '  - {id: v1, quote: "Nielsen data released Monday showed the finale drew 9.4 million'
    ' viewers", subject: finale, property: viewers, value: "9.4 million",'
    ' when: "Sunday, Dec. 14, 2025"}\n'
    '  - {id: v2, quote: "was watched by 9.4 million people, according to figures released'
    ' on Monday", subject: finale, property: watched, value: "9.4 million",'
    ' when: "Sunday, Dec. 14, 2025"}\n'
    '  - {id: v3, quote: "The finale drew 9.4 million viewers, CBS said Monday",'
    ' subject: finale, property: drew, value: "9.4 million", when: "Sunday, Dec. 14, 2025"}\n'
)

# The auditor's audiences article (AFP, Monday 1 December 2025).
AUDIENCES_TEXT = (
    "Les chiffres publiés dimanche par Médiamétrie créditent la finale de 24,3 % de part "
    "d'audience. Selon Médiamétrie, qui a publié ses chiffres dimanche, la finale a réuni "
    "5,1 millions de téléspectateurs.\n"
)
AUDIENCES = source_block(published="2025-12-01", text="audiences.txt") + (
    "claims:\n"
    '  - {id: pda, quote: "Les chiffres publiés dimanche par Médiamétrie créditent la finale'
    " de 24,3 % de part d'audience\", subject: finale, property: audience_share,"
    ' value: "24,3 %", when: samedi 29 novembre 2025}\n'
    '  - {id: viewers, quote: "Selon Médiamétrie, qui a publié ses chiffres dimanche, la'
    ' finale a réuni 5,1 millions de téléspectateurs", subject: finale, property: viewers,'
    ' value: "5,1 millions", when: samedi 29 novembre 2025}\n'
)


def test_the_auditors_ratings_article_passes(write_files: WriteFiles) -> None:
    files = {"ratings.yaml": RATINGS, "ratings.txt": RATINGS_TEXT}
    assert _weekday_findings(write_files, files) == []


def test_the_auditors_audiences_article_passes(write_files: WriteFiles) -> None:
    files = {"audiences.yaml": AUDIENCES, "audiences.txt": AUDIENCES_TEXT}
    assert _weekday_findings(write_files, files) == []


@pytest.mark.parametrize(
    "quote",
    [
        "The finale drew 9.4 million viewers, according to Nielsen data released Monday",
        "according to figures that were released on Monday",
        "according to the figures Nielsen released Monday",
        "Preliminary figures out Monday gave the finale 9.4 million viewers",
        "Nielsen published its overnight ratings on Monday",
        "Nielsen, which released Monday, counted 9.4 million viewers",
    ],
)
def test_a_weekday_of_figures_published_after_the_fact_passes_in_english(
    write_files: WriteFiles, quote: str
) -> None:
    files = _one_claim(quote, "Sunday, Dec. 14, 2025", language="en_US", published="2025-12-16")
    assert _weekday_findings(write_files, files) == []


@pytest.mark.parametrize(
    "quote",
    [
        "selon les chiffres publiés dimanche",
        "selon les chiffres d'audience de Médiamétrie diffusés ce dimanche",
        "selon les données dévoilées dimanche soir",
        "selon les résultats rendus publics dimanche",
        "selon les chiffres qu'a publiés Médiamétrie dimanche",
        "Médiamétrie a dévoilé dimanche ses chiffres d'audience",
        "Médiamétrie, qui a publié dimanche, compte 5,1 millions de téléspectateurs",
    ],
)
def test_a_weekday_of_figures_published_after_the_fact_passes_in_french(
    write_files: WriteFiles, quote: str
) -> None:
    files = _one_claim(quote, "samedi 29 novembre 2025", language="fr", published="2025-12-01")
    assert _weekday_findings(write_files, files) == []


@pytest.mark.parametrize(
    ("quote", "language", "when", "said", "day"),
    [
        # "released" of a film: the fact's day, a Friday for a Thursday
        (
            "The film, released Friday, sold 1.2 million tickets",
            "en_GB",
            "12 November 2026",
            "Friday",
            "12 November 2026, is a Thursday",
        ),
        # figures named, but in another clause: the series' release day is the fact's
        (
            "Nielsen data show the series, released Friday, drew 5 million viewers",
            "en_GB",
            "12 November 2026",
            "Friday",
            "12 November 2026, is a Thursday",
        ),
        # "diffusée" of the broadcast itself
        (
            "La finale, diffusée vendredi sur TF1, a réuni 5,1 millions de téléspectateurs",
            "fr",
            "jeudi 12 novembre 2026",
            "vendredi",
            "12 novembre 2026, is a jeudi",
        ),
    ],
)
def test_a_weekday_released_or_broadcast_without_figures_is_still_checked(
    write_files: WriteFiles, quote: str, language: str, when: str, said: str, day: str
) -> None:
    files = _one_claim(quote, when, language=language, published="2026-11-16")
    assert _weekday_findings(write_files, files) == [
        f"'c': the quote says {said}, but its when, {day}"
    ]


def test_a_wrong_premiere_date_next_to_released_is_still_caught(write_files: WriteFiles) -> None:
    files = _one_claim(
        "The film, released Friday 14 November, sold 1.2 million tickets",
        "14 November 2026",
        language="en_GB",
        published="2026-11-16",
    )
    assert _weekday_findings(write_files, files) == [
        "'Friday 14 November' in the quote of 'c': 14 November 2026 was a Saturday"
    ]


def test_the_day_figures_came_out_does_not_hide_a_wrong_broadcast_day(
    write_files: WriteFiles,
) -> None:
    files = _one_claim(
        "La finale, diffusée vendredi, a réuni 5,1 millions, selon les chiffres publiés dimanche",
        "samedi 29 novembre 2025",
        language="fr",
        published="2025-12-01",
    )
    assert _weekday_findings(write_files, files) == [
        "'c': the quote says vendredi, but its when, 29 novembre 2025, is a samedi"
    ]


def test_figures_published_before_the_fact_are_no_statement_s_day(
    write_files: WriteFiles,
) -> None:
    files = _one_claim(
        "according to Nielsen data released Saturday",
        "Sunday, Dec. 14, 2025",
        language="en_US",
        published="2025-12-16",
    )
    assert _weekday_findings(write_files, files) == [
        "'c': the quote says Saturday, but its when, December 14, 2025, is a Sunday"
    ]


def test_an_adjective_in_ed_after_a_verb_of_saying_keeps_the_statement_s_day(
    write_files: WriteFiles,
) -> None:
    files = _one_claim(
        "the deal is done, said the interested parties on Saturday",
        "Thursday 12 March 2026",
        language="en_GB",
        published="2026-03-16",
    )
    assert _weekday_findings(write_files, files) == []


def test_a_verb_in_ed_after_a_verb_of_saying_starts_the_fact_s_clause(
    write_files: WriteFiles,
) -> None:
    files = _one_claim(
        "Police said officers arrested him on Saturday",
        "Friday 13 March 2026",
        language="en_GB",
        published="2026-03-16",
    )
    assert _weekday_findings(write_files, files) == [
        "'c': the quote says Saturday, but its when, 13 March 2026, is a Friday"
    ]
