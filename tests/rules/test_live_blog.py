"""A live blog's copy: tolls as bounds, tolls of one day, officials quoted the day they spoke.

The cases of a live-blog desk's audit (findings 2, 3 and 6), as a desk encodes them:
what `factcheck verify` reports of `same-fact-same-value` and `weekday-matches-date`.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import WriteFiles, source_block, verify_folder

SAME_FACT = "same-fact-same-value"
WEEKDAY = "weekday-matches-date"

LIVE = source_block(source_id="live", language="en_GB", published="2026-06-16")
DIRECT = source_block(source_id="direct", language="fr", published="2026-03-14")


def _findings(folder: Path, rule: str) -> list[tuple[tuple[str, ...], str]]:
    report = verify_folder(folder)
    return [(f.claims, f.message) for f in report.findings if f.rule == rule]


def test_a_summary_left_at_the_old_bound_after_a_correction_is_an_error(
    write_files: WriteFiles,
) -> None:
    # The correction note's old figure is marked false: it drops out; the summary that
    # still says "at least 40" contradicts the entry that says "at least 30".
    folder = write_files(
        {
            "siege.yaml": LIVE
            + """
claims:
  - {id: summary, quote: "At least 40 people were injured", subject: siege,
     property: injured, value: ">=40"}
  - {id: correction_old, quote: "we said 40", subject: siege, property: injured,
     value: ">=40", status: "false"}
  - {id: entry, quote: "at least 30 people were injured", subject: siege,
     property: injured, value: ">=30"}
"""
        }
    )
    [(claims, message)] = _findings(folder, SAME_FACT)
    assert claims == ("entry", "summary")
    assert message.startswith("'entry' says at least 30 but 'summary' (")
    assert message.endswith("one article gives its bound two ways at the same precision")


def test_the_same_bound_twice_and_a_corrected_bound_pass(write_files: WriteFiles) -> None:
    folder = write_files(
        {
            "siege.yaml": LIVE
            + """
claims:
  - {id: summary, quote: "At least 30 people were injured", subject: siege,
     property: injured, value: ">=30"}
  - {id: correction_old, quote: "we said 40", subject: siege, property: injured,
     value: ">=40", status: "false"}
  - {id: entry, quote: "at least 30 people were injured", subject: siege,
     property: injured, value: ">=30"}
"""
        }
    )
    assert _findings(folder, SAME_FACT) == []


def test_tolls_of_one_day_told_apart_by_the_time_say_how_to_tell_them_apart(
    write_files: WriteFiles,
) -> None:
    tolls = """
claims:
  - {id: morts_resume, quote: "12 morts", subject: effondrement, property: deaths,
     value: "12", when: "samedi 14 mars 2026 à 18 h 05"QUALIFIER_1805}
  - {id: morts_14h32, quote: "9 morts", subject: effondrement, property: deaths,
     value: "9", when: "samedi 14 mars 2026 à 14 h 32"QUALIFIER_1432}
"""
    undated = tolls.replace("QUALIFIER_1805", "").replace("QUALIFIER_1432", "")
    folder = write_files({"marseille.yaml": DIRECT + undated}, folder="noqual")
    [(claims, message)] = _findings(folder, SAME_FACT)
    assert claims == ("morts_14h32", "morts_resume")
    assert message.endswith(
        "for the same fact: effondrement deaths (14 mars 2026); their whens"
        " ('samedi 14 mars 2026 à 14 h 32' and 'samedi 14 mars 2026 à 18 h 05') are read to"
        " the day, the time of day dropped: tell the figures apart with a qualifier, as"
        ' qualifiers: {as_of: "14 h 32"}'
    )
    # what the message says to write passes
    qualified = tolls.replace("QUALIFIER_1805", ', qualifiers: {as_of: "18 h 05"}').replace(
        "QUALIFIER_1432", ', qualifiers: {as_of: "14 h 32"}'
    )
    folder = write_files({"marseille.yaml": DIRECT + qualified}, folder="qualified")
    assert _findings(folder, SAME_FACT) == []


def test_an_official_quoted_on_the_day_they_spoke_is_not_a_wrong_weekday(
    write_files: WriteFiles,
) -> None:
    quote = (
        "« Il a fallu moins de deux minutes aux militaires pour neutraliser l'assaillant »,"
        " a déclaré le ministre SPOKEN matin"
    )
    claims = """
claims:
  - id: neutralise
    quote: "QUOTE"
    subject: attaque de la Part-Dieu
    property: time_to_neutralise
    value: "<2 min"
    attributed_to: Laurent Nuñez
    when: jeudi 12 mars 2026
"""
    saturday = claims.replace("QUOTE", quote.replace("SPOKEN", "samedi"))
    assert _findings(write_files({"lyon.yaml": DIRECT + saturday}, folder="sat"), WEEKDAY) == []
    # Wednesday is before the fact: no day the minister can have spoken of it
    wednesday = claims.replace("QUOTE", quote.replace("SPOKEN", "mercredi"))
    found = _findings(write_files({"lyon.yaml": DIRECT + wednesday}, folder="wed"), WEEKDAY)
    assert found == [
        (
            ("neutralise",),
            "'neutralise': the quote says mercredi, but its when, 12 mars 2026, is a jeudi",
        )
    ]


def test_tolls_told_apart_by_as_of_already_get_no_hint(write_files: WriteFiles) -> None:
    # the summary says it is as of the 3.48pm entry: one figure, and the two disagree
    folder = write_files(
        {
            "siege.yaml": LIVE
            + """
claims:
  - {id: summary, quote: "At least 40 people were injured", subject: siege,
     property: injured, value: "40", qualifiers: {as_of: 3.48pm}}
  - {id: entry, quote: "30 people were injured", subject: siege, property: injured,
     value: "30", qualifiers: {as_of: 3.48pm}, when: "Tuesday 16 June 2026 at 3.48pm BST"}
"""
        }
    )
    [(claims, message)] = _findings(folder, SAME_FACT)
    assert claims == ("entry", "summary")
    assert message.endswith("siege injured [as_of: 3.48pm] (16 June 2026)")
