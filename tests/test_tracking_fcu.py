"""A fact-checking unit's day with review, status and history (the FCU audit's findings)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.editing import EditError, check_verdict
from tests.conftest import WriteFiles, source_block
from tests.test_editing import run_cli

DAY = "2026-12-01"

LEMONDE = source_block(source_id="lemonde_plan_logement", published="2023-06-12") + (
    "claims:\n"
    "  - id: promesse_logements_2025\n"
    "    quote: Nous financerons 100 000 logements sociaux d'ici fin 2025\n"
    "    subject: France\n"
    "    property: social_housing_financed\n"
    '    value: "100 000"\n'
    "    when: {when}\n"
    "    kind: target\n"
    "    attributed_to: Paul Mercier, ministre du Logement\n"
    "  - id: promesse_hebergement_2028\n"
    "    quote: 40 000 places d'hébergement d'urgence supplémentaires d'ici 2028\n"
    "    subject: France\n"
    "    property: emergency_shelter_places_added\n"
    '    value: "40 000"\n'
    "    when: d'ici 2028\n"
    "    kind: target\n"
)


def housing_fact(value: str, when: str = '"2025"', extra: str = "") -> str:
    """Franceinter's article with the minister's figure for the social homes financed."""
    return source_block(source_id="franceinter_dumont", published="2026-03-05") + (
        "claims:\n"
        "  - id: logements_sociaux_2025_dumont\n"
        "    quote: Nous avons financé 82 000 logements sociaux en 2025\n"
        "    subject: France\n"
        "    property: social_housing_financed\n"
        f'    value: "{value}"\n'
        f"    when: {when}\n"
        "    attributed_to: Claire Dumont, ministre du Travail\n"
        f"{extra}"
    )


def status_text(capsys: pytest.CaptureFixture[str], folder: Path, *options: str) -> str:
    assert run_cli(["status", str(folder), "--today", DAY, *options]) == 0
    return capsys.readouterr().out


def line_of(out: str, claim_id: str) -> str:
    return next(line for line in out.splitlines() if f"'{claim_id}'" in line)


# --- M2: a deadline is settled by the facts whose period ends within it --------------------------


@pytest.mark.parametrize(
    ("when", "value", "outcome"),
    [
        ("d'ici fin 2025", "82 000", "missed"),  # the audit's reproduction
        ("d'ici fin 2025", "105 000", "met"),
        ("fin 2025", "82 000", "missed"),
        ("décembre 2025", "82 000", "due"),  # not a deadline's words: a month's figure
        ("d'ici 2025", "100 000", "met"),
    ],
)
def test_a_promise_by_the_end_of_a_year_is_settled_by_that_years_figure(
    write_files: WriteFiles,
    capsys: pytest.CaptureFixture[str],
    when: str,
    value: str,
    outcome: str,
) -> None:
    folder = write_files(
        {"lemonde.yaml": LEMONDE.format(when=when), "franceinter.yaml": housing_fact(value)}
    )
    out = status_text(capsys, folder)
    assert "problem" not in out
    line = line_of(out, "promesse_logements_2025")
    assert line.split()[0] == outcome
    if outcome == "due":  # the 2025 fact is named, and why it does not settle the target
        assert "no fact recorded settles it: logements_sociaux_2025_dumont (2025 is not " in line
        assert "is recorded yet" not in line
    else:
        assert line.endswith(f"{outcome}: logements_sociaux_2025_dumont ({value})")


def test_an_english_deadline_is_settled_by_the_figure_of_its_year(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    promise = LEMONDE.format(when="by the end of 2025").replace("language: fr", "language: en")
    promise = promise.replace('"100 000"', '"100,000"').replace('"40 000"', '"40,000"')
    folder = write_files({"a.yaml": promise, "b.yaml": housing_fact("120 000")})
    assert "met: logements_sociaux_2025_dumont (120 000)" in line_of(
        status_text(capsys, folder), "promesse_logements_2025"
    )


@pytest.mark.parametrize(
    ("when", "extra", "why"),
    [
        ('"2026"', "", "(2026 ends on 2026-12-31, after d'ici fin 2025: fin 2025)"),
        (
            '"2025"',
            "    qualifiers: {region: Bretagne}\n",
            "(qualifiers region=Bretagne, not none)",
        ),
        (
            '"2025"',
            "    status: 'false'\n    reviews:\n"
            "      - {date: 2026-03-06, by: desk, verdict: 'false'}\n",
            "(reviewed false)",
        ),
    ],
)
def test_a_fact_near_the_deadline_that_does_not_settle_it_is_named_with_why(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str], when: str, extra: str, why: str
) -> None:
    folder = write_files(
        {
            "lemonde.yaml": LEMONDE.format(when="d'ici fin 2025"),
            "franceinter.yaml": housing_fact("82 000", when, extra),
        }
    )
    line = line_of(status_text(capsys, folder), "promesse_logements_2025")
    assert line.split()[0] == "due"
    assert line.endswith(
        "fell due on 2025-12-31; no fact recorded settles it: logements_sociaux_2025_dumont " + why
    )


def test_a_target_with_no_fact_near_it_is_still_due_with_nothing_recorded(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files(
        {
            "lemonde.yaml": LEMONDE.format(when="d'ici fin 2025"),
            "franceinter.yaml": housing_fact("82 000", '"2020"'),
        }
    )
    line = line_of(status_text(capsys, folder), "promesse_logements_2025")
    assert line.endswith(
        "fell due on 2025-12-31; no fact about France social_housing_financed in that period "
        "is recorded yet"
    )


# --- m7: upcoming deadlines -------------------------------------------------------------------


def test_targets_falling_due_within_the_horizon_are_listed_as_upcoming(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"lemonde.yaml": LEMONDE.format(when="d'ici fin 2025")})
    assert run_cli(["status", str(folder), "--today", "2028-12-10"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    at = lines.index("Upcoming (next 30 days): 1")
    assert lines[at + 1].startswith(f"  {folder / 'lemonde.yaml'}:")
    assert lines[at + 1].endswith(
        ":5: target 'promesse_hebergement_2028' (40 000, d'ici 2028: 2028) falls due on "
        "2028-12-31, in 21 days"
    )
    assert lines[at + 2] == ""
    assert run_cli(["status", str(folder), "--today", "2028-12-10", "--horizon", "20"]) == 0
    assert "Upcoming (next 20 days): none" in capsys.readouterr().out
    argv = ["status", str(folder), "--today", "2028-12-10", "--horizon", "90", "--format", "json"]
    assert run_cli(argv) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["horizon_days"] == 90 and document["summary"]["upcoming"] == 1
    upcoming = document["upcoming"][0]
    assert (upcoming["claim"], upcoming["falls_due"], upcoming["days"]) == (
        "promesse_hebergement_2028",
        "2028-12-31",
        21,
    )
    # fallen due the day after its end: no longer upcoming
    assert run_cli(["status", str(folder), "--today", "2029-01-01"]) == 0
    out = capsys.readouterr().out
    assert "Upcoming (next 30 days): none" in out
    assert line_of(out, "promesse_hebergement_2028").split()[0] == "due"


def test_a_negative_horizon_is_refused(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"lemonde.yaml": LEMONDE.format(when="d'ici fin 2025")})
    assert run_cli(["status", str(folder), "--horizon", "-1"]) == 2
    assert "--horizon must be 0 days or more" in capsys.readouterr().err


# --- M5 (status side): a status typed by hand with no review ------------------------------------

HAND_SET = source_block(source_id="courier_leeds", published="2026-04-22", language="en") + (
    "claims:\n"
    "    -   id: hale_nurses_2026_04\n"
    "        quote: 45,000 more nurses\n"
    "        subject: NHS England\n"
    "        property: nurses_added_since_2019\n"
    "        value: 45,000\n"
    "        attributed_to: Tom Hale, Health Secretary\n"
    '        status: "false"\n'
)


def test_a_status_set_by_hand_without_a_review_is_counted_once_and_said(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"courier.yaml": HAND_SET})
    out = status_text(capsys, folder)
    assert "  unverified      1\n" in out and "  false           0\n" in out
    assert line_of(out, "hale_nurses_2026_04").endswith(
        "'hale_nurses_2026_04' is false: status set by hand, no review: record it with "
        "`factcheck review`"
    )
    assert "Never reviewed: 1" in out
    assert run_cli(["status", str(folder), "--today", DAY, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["summary"]["by_status"]["false"] == 0
    assert document["summary"]["by_status"]["unverified"] == 1
    assert document["by_source"]["courier_leeds"]["false"] == 0
    [mismatch] = document["mismatched"]
    assert (mismatch["status"], mismatch["verdict"]) == ("false", None)
    # once reviewed, it counts as its verdict and is no longer listed
    argv = ["review", "hale_nurses_2026_04", str(folder), "--verdict", "false", "--by", "desk"]
    assert run_cli([*argv, "--date", DAY]) == 0
    out = status_text(capsys, folder)
    assert "  false           1\n" in out and "status set by hand" not in out


# --- m6: drift when the article changed -----------------------------------------------------------

INTER = source_block(source_id="franceinter", published="2026-03-05", text="inter.txt") + (
    "claims:\n"
    "  - id: chomage_t4_2025\n"
    "    quote: le chômage est tombé à 7,1 %\n"
    "    subject: France\n"
    "    property: unemployment_rate\n"
    '    value: "7,1 %"\n'
    '    when: "T4 2025"\n'
)


def test_review_warns_when_the_quote_is_not_in_the_text_and_status_says_to_requote(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files(
        {"inter.yaml": INTER, "inter.txt": "Selon elle, le chômage est tombé à 7,3 %.\n"}
    )
    argv = ["review", "chomage_t4_2025", str(folder), "--verdict", "false", "--by", "desk"]
    assert run_cli([*argv, "--date", DAY]) == 0  # recorded all the same
    err = capsys.readouterr().err
    assert err.startswith(
        "factcheck: warning: the quote of 'chomage_t4_2025' is not in inter.txt (the article "
        "may have been edited)"
    )
    assert "Re-quote the claim from the text, then review it again" in err
    assert 'verdict: "false"' in (folder / "inter.yaml").read_text(encoding="utf-8")
    assert line_of(status_text(capsys, folder), "chomage_t4_2025").endswith(
        "but its quote is no longer in the source text (the article may have been edited): "
        "re-quote it from the text, then review it again"
    )
    # re-quoted: the quote is the one reviewed no more; a new review clears the drift
    path = folder / "inter.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("7,1 %", "7,3 %"), encoding="utf-8")
    assert "review it again" in line_of(status_text(capsys, folder), "chomage_t4_2025")
    assert run_cli([*argv, "--date", DAY, "--note", "INSEE: 7,7 %"]) == 0
    assert capsys.readouterr().err == ""
    assert "Drift: none" in status_text(capsys, folder)


def test_a_review_of_a_quote_in_the_text_is_recorded_without_a_word(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"inter.yaml": INTER, "inter.txt": "le chômage est tombé à 7,1 %.\n"})
    argv = ["review", "chomage_t4_2025", str(folder), "--verdict", "false", "--by", "desk"]
    assert run_cli(argv) == 0
    assert capsys.readouterr().err == ""


# --- m1, m2: dates before the article, the same review twice --------------------------------------


def test_a_review_dated_before_the_article_is_refused_naming_its_publication_day(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"courier.yaml": HAND_SET})
    before = (folder / "courier.yaml").read_bytes()
    argv = ["review", "hale_nurses_2026_04", str(folder), "--verdict", "false", "--by", "x"]
    assert run_cli([*argv, "--date", "2025-01-01"]) == 2
    assert capsys.readouterr().err == (
        "factcheck: error: the review is dated 2025-01-01, before the claim's article was "
        "published (2026-04-22, Test): a review cannot judge a claim not yet made; check the "
        "year of --date\n"
    )
    assert (folder / "courier.yaml").read_bytes() == before
    assert run_cli([*argv, "--date", "2026-04-22"]) == 0  # the day itself is fine


def test_the_same_review_twice_is_refused_unless_forced(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"inter.yaml": housing_fact("82 000")})
    path = folder / "inter.yaml"
    argv = [
        "review", "logements_sociaux_2025_dumont", str(folder), "--verdict", "verified",
        "--by", "S. Martin", "--evidence", "https://www.ecologie.gouv.fr/bilan-2025",
        "--note", "Bilan 2025 : 82 014 logements", "--date", "2026-03-06",
    ]  # fmt: skip
    assert run_cli(argv) == 0
    once = path.read_bytes()
    capsys.readouterr()
    assert run_cli(argv) == 2
    assert capsys.readouterr().err == (
        "factcheck: error: this review of 'logements_sociaux_2025_dumont' is identical to "
        "review 1 (2026-03-06, by S. Martin, verified: same evidence and note); nothing was "
        "written. Use --force to record it again.\n"
    )
    assert path.read_bytes() == once
    assert run_cli([*argv[:-2], "--date", "2026-03-07"]) == 0  # another day: a new review
    assert run_cli([*argv, "--force"]) == 2  # before review 2's day: order still holds
    capsys.readouterr()
    assert run_cli([*argv[:-2], "--date", "2026-03-07", "--force"]) == 0
    assert path.read_text(encoding="utf-8").count("date: 2026-03-07") == 2


def test_a_review_of_a_changed_quote_is_not_the_same_review(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"inter.yaml": housing_fact("82 000")})
    path = folder / "inter.yaml"
    argv = ["review", "logements_sociaux_2025_dumont", str(folder), "--verdict", "verified"]
    argv += ["--by", "desk", "--date", "2026-03-06"]
    assert run_cli(argv) == 0
    path.write_text(
        path.read_text(encoding="utf-8").replace("Nous avons financé", "Nous avons bien financé"),
        encoding="utf-8",
    )
    assert run_cli(argv) == 0  # it judges other words: it clears the drift
    assert "Drift: none" in status_text(capsys, folder)


# --- m3: the YAML document markers ----------------------------------------------------------------

BODY = source_block(source_id="facebook_ame", published="2026-10-20") + (
    "claims:\n"
    "  - id: ame_cout_viral\n"
    "    quote: L'aide médicale d'État coûte 10 milliards d'euros par an\n"
    "    subject: aide médicale d'État\n"
    "    property: annual_cost\n"
    "    value: 10 milliards EUR par an\n"
)
REVIEW_LINES = (
    '    status: "false"\n'
    "    reviews:\n"
    "      - date: 2026-10-22\n"
    "        by: desk\n"
    '        verdict: "false"\n'
    "        quote_fingerprint: sha256:"
)


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("---\n# Publication virale, capture archivée\n", ""),  # the audit's reproduction
        ("# header\n\n--- # the claims\n", "...\n# archived\n"),
        ("---\n", "..."),  # no line break at the end
    ],
)
def test_review_keeps_the_document_markers(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str], head: str, tail: str
) -> None:
    folder = write_files({"fb.yaml": head + BODY + tail})
    argv = ["review", "ame_cout_viral", str(folder), "--verdict", "false", "--by", "desk"]
    assert run_cli([*argv, "--date", "2026-10-22"]) == 0, capsys.readouterr().err
    text = (folder / "fb.yaml").read_text(encoding="utf-8")
    assert text.startswith(head + BODY + REVIEW_LINES)
    assert text.endswith("\n" + tail)
    assert text.count("\n") == (head + BODY + tail).count("\n") + 6
    assert run_cli(["verify", str(folder), "--no-cache"]) == 0


def test_review_keeps_the_document_markers_of_a_windows_file(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    original = ("---\n" + BODY + "...\n").replace("\n", "\r\n").encode()
    folder = write_files({"fb.yaml": b"\xef\xbb\xbf" + original})
    argv = ["review", "ame_cout_viral", str(folder), "--verdict", "false", "--by", "desk"]
    assert run_cli([*argv, "--date", "2026-10-22"]) == 0, capsys.readouterr().err
    data = (folder / "fb.yaml").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf---\r\nsource:\r\n") and data.endswith(b"\r\n...\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")


# --- m4: verdicts in French -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("faux", "false"),
        ("Fausse", "false"),
        ("trompeur", "misleading"),
        ("mensonger", "misleading"),
        ("vrai", "verified"),
        ("contesté", "disputed"),
        ("conteste", "disputed"),
        ("False", "false"),
        ("verfied", "verified"),
    ],
)
def test_a_verdict_word_gets_the_verdict_it_means(typed: str, meant: str) -> None:
    with pytest.raises(EditError) as error:
        check_verdict(typed)
    assert str(error.value) == (
        f"unknown verdict '{typed}': did you mean '{meant}'? "
        "(choose from unverified, verified, mostly_verified, disputed, false, misleading)"
    )


def test_an_unknown_verdict_without_a_suggestion_has_no_stray_colon() -> None:
    with pytest.raises(EditError) as error:
        check_verdict("xyz")
    assert str(error.value) == (
        "unknown verdict 'xyz' (choose from unverified, verified, mostly_verified, disputed,"
        " false, misleading)"
    )


def test_the_desks_own_word_for_a_verdict_records_that_verdict(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    labels = '[review.labels.fr]\nfalse = "Intox"\nmisleading = "Plutôt faux"\n'
    folder = write_files({"inter.yaml": INTER, "factcheck.toml": labels})
    for typed, meant in (("Intox", "false"), ("plutot faux", "misleading")):
        argv = ["review", "chomage_t4_2025", str(folder), "--verdict", typed, "--by", "desk"]
        assert run_cli(argv) == 0
        capsys.readouterr()
        written = (folder / "inter.yaml").read_text(encoding="utf-8")
        assert f'verdict: "{meant}"' in written or f"verdict: {meant}\n" in written
    # a built-in word the desk did not configure is only suggested
    before = (folder / "inter.yaml").read_bytes()
    argv = ["review", "chomage_t4_2025", str(folder), "--verdict", "faux", "--by", "desk"]
    assert run_cli(argv) == 2
    assert capsys.readouterr().err == (
        "factcheck: error: unknown verdict 'faux': did you mean 'false'? "
        "(choose from unverified, verified, mostly_verified, disputed, false, misleading)\n"
    )
    assert (folder / "inter.yaml").read_bytes() == before
    # without the configuration, the desk's word means nothing
    with pytest.raises(EditError, match=r"^unknown verdict 'Intox' \(choose"):
        check_verdict("Intox")


# --- m5: history says who said it, and places undated claims at their day -------------------


def courier(day: str, claim_id: str, value: str, extra: str = "") -> str:
    return source_block(source_id=f"courier_{claim_id}", published=day, language="en") + (
        "claims:\n"
        f"  - id: {claim_id}\n"
        "    quote: q\n"
        "    subject: NHS England\n"
        "    property: nurses_added_since_2019\n"
        f'    value: "{value}"\n'
        f"{extra}"
    )


HALE = "    attributed_to: Tom Hale, Health Secretary\n"


@pytest.fixture
def nurses(write_files: WriteFiles) -> Path:
    return write_files(
        {
            "jan.yaml": courier("2026-01-14", "hale_nurses_2026_01", "40,000", HALE),
            "apr.yaml": courier("2026-04-22", "hale_nurses_2026_04", "45,000", HALE),
            "sep.yaml": courier("2026-09-30", "hale_nurses_2026_09", "50,000", HALE)
            + "  - id: nhs_digital_fte\n    quote: q\n    subject: NHS England\n"
            "    property: nurses_added_since_2019\n    qualifiers: {measure: FTE}\n"
            '    value: "41,200"\n    when: June 2026\n    cites: NHS Digital\n',
        }
    )


def test_history_shows_who_said_it_and_places_undated_claims_at_their_day(
    nurses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["history", "NHS England", str(nurses)]) == 0
    rows = [line.split("  ")[0] for line in capsys.readouterr().out.splitlines()]
    assert rows == ["when", "[2026-01-14]", "[2026-04-22]", "June 2026", "[2026-09-30]"]
    assert run_cli(["history", "NHS England", str(nurses)]) == 0
    out = capsys.readouterr().out
    assert "said by" in out.splitlines()[0] and "qualifiers" in out.splitlines()[0]
    fte = next(line for line in out.splitlines() if "nhs_digital_fte" in line)
    assert "measure=FTE" in fte and "per NHS Digital" in fte
    hale = next(line for line in out.splitlines() if "hale_nurses_2026_04" in line)
    assert "Tom Hale, Health Secretary" in hale


def test_history_json_has_who_said_it_and_the_period_of_an_undated_claim(
    nurses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["history", "NHS England", str(nurses), "--format", "json"]) == 0
    entries = {e["claim"]: e for e in json.loads(capsys.readouterr().out)["entries"]}
    first = entries["hale_nurses_2026_01"]
    assert first["when"] is None
    assert first["period"] == {"start": "2026-01-14", "end": "2026-01-14"}
    assert (first["attributed_to"], first["cites"]) == ("Tom Hale, Health Secretary", None)
    assert entries["nhs_digital_fte"]["cites"] == "NHS Digital"


def test_history_said_by_picks_one_speaker(
    nurses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["history", "NHS England", str(nurses), "--said-by", "tom hale"]) == 0
    out = capsys.readouterr().out
    assert "hale_nurses_2026_09" in out and "nhs_digital_fte" not in out
    assert run_cli(["history", "NHS England", str(nurses), "--said-by", "NHS Digital"]) == 0
    out = capsys.readouterr().out
    assert "nhs_digital_fte" in out and "hale_nurses" not in out
    assert run_cli(["history", "NHS England", str(nurses), "--said-by", "Tom Hal"]) == 2
    assert capsys.readouterr().err == (
        "factcheck: error: no claim about 'NHS England' said by 'Tom Hal'; "
        "did you mean 'Tom Hale'?\n"
    )


def test_history_of_a_speaker_says_how_to_ask_for_what_they_said(
    nurses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["history", "Tom Hale", str(nurses)]) == 2
    assert capsys.readouterr().err == (
        "factcheck: error: no claim about 'Tom Hale'; 'Tom Hale' is who said claims about "
        "'NHS England': factcheck history 'NHS England' --said-by 'Tom Hale'\n"
    )
