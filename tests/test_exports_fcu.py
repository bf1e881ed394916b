"""A fact-checking unit's audit of ``factcheck export``: what it publishes must be publishable.

Who made a claim (``itemReviewed.author``), the unit's own words for its verdicts, a
short ``claimReviewed``, a refusal when Google's required ``url`` is missing, a status
typed without a review, and a CSV that French Excel opens.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from factcheck import load
from factcheck.exports import claim_reviews
from tests.conftest import WriteFiles, source_block
from tests.test_editing import run_cli

URL_TOML = '[review]\nurl = "https://verif.example.fr/verdicts/{claim}"\n'
REVIEW = "reviews: [{date: 2026-03-06, by: S. Martin, verdict: 'false'}]"


def claims_file(*claims: str, language: str = "fr", url: str | None = None) -> str:
    """A claim file of one source (with ``url`` when given) and the given flow-mapped claims."""
    block = source_block(language=language, published="2026-03-05")
    if url is not None:
        block = block.replace("  published:", f"  url: {url}\n  published:", 1)
    return block + "claims:\n" + "".join(f"  - {claim}\n" for claim in claims)


def claim(claim_id: str, extra: str = "", review: str = REVIEW) -> str:
    return (
        f"{{id: {claim_id}, quote: 'le chômage est à 7,1 %', subject: France, "
        f"property: unemployment_{claim_id}, value: '7,1 %', status: 'false', {review}{extra}}}"
    )


def exported(
    write_files: WriteFiles,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    toml: str = URL_TOML,
) -> tuple[dict[str, dict[str, Any]], str]:
    """The ClaimReviews by claim id, and what export said on stderr."""
    folder = write_files({"factcheck.toml": toml, **files})
    assert run_cli(["export", str(folder)]) == 0
    captured = capsys.readouterr()
    return {d["identifier"]: d for d in json.loads(captured.out)}, captured.err


# --- B1: the claimant, not the outlet that reported the claim --------------------------


def test_the_claim_is_credited_to_who_made_it_not_to_the_outlet_that_reported_it(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    toml = URL_TOML + 'organisations = ["L’INSEE"]\n'  # in any case, any apostrophe
    files = {
        "a.yaml": claims_file(
            claim("dumont", ", attributed_to: 'Claire Dumont, ministre du Travail'"),
            claim("hale", ", attributed_to: Tom Hale"),
            claim("insee", ', attributed_to: "l\'Insee, institut de la statistique"'),
            claim("unnamed", ", attributed_to: sources non nommées"),
            claim("reported"),
        ),
    }
    documents, _ = exported(write_files, capsys, files, toml)
    authors = {key: document["itemReviewed"]["author"] for key, document in documents.items()}
    assert authors["dumont"] == {
        "@type": "Person",
        "name": "Claire Dumont",
        "jobTitle": "ministre du Travail",
    }
    assert authors["hale"] == {"@type": "Person", "name": "Tom Hale"}
    assert authors["insee"] == {
        "@type": "Organization",
        "name": "l'Insee",
        "description": "institut de la statistique",
    }
    publisher = {"@type": "Organization", "name": "Test"}
    # nobody named: the publisher takes the words on
    assert authors["unnamed"] == authors["reported"] == publisher
    # the appearance is still the article that reported the claim
    assert documents["dumont"]["itemReviewed"]["appearance"]["publisher"] == publisher


def test_a_post_on_a_social_network_appears_as_a_social_media_posting(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "post.yaml": claims_file(claim("post"), url="https://www.facebook.com/page/posts/1"),
        "news.yaml": claims_file(claim("news"), url="https://www.radiofrance.fr/x").replace(
            "test_source", "news_source"
        ),
    }
    documents, _ = exported(write_files, capsys, files)
    appearance = documents["post"]["itemReviewed"]["appearance"]
    assert appearance["@type"] == "SocialMediaPosting"
    assert appearance["url"] == "https://www.facebook.com/page/posts/1"
    assert documents["news"]["itemReviewed"]["appearance"]["@type"] == "NewsArticle"


# --- M1: the unit's own labels, by the source's language ----------------------------------


def test_the_rating_is_the_units_own_label_in_the_sources_language(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    labels = '[review.labels.fr]\nfalse = "Faux"\nmisleading = "Trompeur"\n'
    review_en = "reviews: [{date: 2026-03-06, by: desk, verdict: misleading}]"
    folder = write_files(
        {
            "factcheck.toml": URL_TOML + labels,
            "fr.yaml": claims_file(claim("faux")),
            "ca.yaml": claims_file(claim("quebec"), language="fr_CA").replace(
                "test_source", "ca_source"
            ),
            "en.yaml": claims_file(claim("hale", review=review_en), language="en_GB").replace(
                "test_source", "en_source"
            ),
            "fr_disputed.yaml": claims_file(
                claim("contested", review=review_en.replace("misleading", "disputed"))
            ).replace("test_source", "fr_disputed"),
        }
    )
    assert run_cli(["export", str(folder)]) == 0
    documents = {d["identifier"]: d for d in json.loads(capsys.readouterr().out)}
    rating = {key: d["reviewRating"]["alternateName"] for key, d in documents.items()}
    # fr_CA reads the fr labels; an English source and a verdict without a label keep the key
    assert rating == {
        "faux": "Faux",
        "quebec": "Faux",
        "hale": "misleading",
        "contested": "disputed",
    }
    assert documents["faux"]["reviewRating"]["ratingValue"] == 1  # the scale is unchanged
    assert documents["quebec"]["inLanguage"] == "fr-CA"  # BCP 47
    assert documents["hale"]["inLanguage"] == "en-GB"


def test_a_desk_writing_in_its_own_language_labels_every_verdict_in_it(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    # a French desk checking an English source: its page says « Faux », in French
    toml = URL_TOML + 'language = "fr"\n[review.labels.fr]\nfalse = "Faux"\n'
    files = {"en.yaml": claims_file(claim("hale"), language="en_GB")}
    documents, _ = exported(write_files, capsys, files, toml)
    hale = documents["hale"]
    assert hale["reviewRating"]["alternateName"] == "Faux"
    assert hale["inLanguage"] == "fr"  # the fact-check page's
    assert hale["itemReviewed"]["appearance"]["inLanguage"] == "en-GB"  # the article's


def test_the_desks_language_is_a_language_code(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files(
        {"factcheck.toml": URL_TOML + 'language = "français"\n', "a.yaml": claims_file()}
    )
    assert run_cli(["export", str(folder)]) == 2
    assert "'français' is not a language code" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            '[review.labels.fr]\nfaux = "Faux"',
            "unknown key 'review.labels.fr.faux': labels are for the published verdicts, "
            "false, misleading, disputed, verified",
        ),
        ('[review.labels.francais]\nfalse = "Faux"', "'francais' is not a language code"),
        ("[review]\norganisations = 'Insee'", "'review.organisations' must be a list"),
        (
            "[review]\nurl = 'https://verif.example.fr/verdicts/'",
            "'review.url': 'https://verif.example.fr/verdicts/' is not a web address with "
            "{claim} for the claim's id",
        ),
    ],
)
def test_a_mistaken_label_table_is_refused_with_what_to_write(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str], table: str, message: str
) -> None:
    folder = write_files({"factcheck.toml": table, "a.yaml": claims_file(claim("c"))})
    assert run_cli(["export", str(folder)]) == 2
    assert message in capsys.readouterr().err


# --- M3: the unit's short summary ---------------------------------------------------------


def test_the_units_summary_is_the_claim_reviewed_and_the_sentence_the_fallback(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    sentence = (
        "« Selon moi, le chômage est à 7,1 % au quatrième trimestre 2025, son plus bas "
        "niveau depuis 1982 », a-t-elle affirmé."
    )
    files = {
        "a.yaml": claims_file(
            claim("summed_up", ', summary: "Le chômage est tombé à 7,1 % fin 2025"'),
            claim("sentence"),
        ).replace("  published:", "  text: a.txt\n  published:", 1),
        "a.txt": f"Titre\n{sentence}\n",
    }
    documents, err = exported(write_files, capsys, files)
    assert documents["summed_up"]["claimReviewed"] == "Le chômage est tombé à 7,1 % fin 2025"
    assert documents["sentence"]["claimReviewed"] == sentence
    assert "claimReviewed is over 75 characters" in err
    assert "give these claims a summary): sentence\n" in err  # not summed_up


def test_the_summary_is_a_field_of_the_claim_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "summary" in schema["$defs"]["Claim"]["properties"]


# --- M4: nothing Google would refuse is published without a word -----------------------


def test_without_review_url_nothing_is_written_unless_a_draft_is_asked_for(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = write_files({"a.yaml": claims_file(claim("c"))})
    target = tmp_path / "out" / "claimreviews.json"
    assert run_cli(["export", str(folder), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "lack what Google requires, nothing was written" in err
    assert err.count("set [review] url = ") == 1  # once, whatever the number of verdicts
    assert not target.exists()
    assert run_cli(["export", str(folder), "-o", str(target), "--draft"]) == 0
    err = capsys.readouterr().err
    assert "a draft, which Google would refuse: url" in err
    (document,) = json.loads(target.read_text(encoding="utf-8"))
    assert "url" not in document
    # without [review] author, the reviewer is a person, not an organisation
    assert document["author"] == {"@type": "Person", "name": "S. Martin"}


def test_with_nothing_to_publish_there_is_nothing_missing(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    never = "{id: c, quote: q, subject: s, property: p}"
    folder = write_files({"a.yaml": claims_file(never)})
    assert run_cli(["export", str(folder)]) == 0
    assert json.loads(capsys.readouterr().out) == []


# --- M5: a verdict typed as a status, with no review ----------------------------------------


def test_verify_flags_a_status_typed_without_a_review(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = "{id: hale_nurses, quote: q 4, subject: s, property: p, value: '4', status: 'false'}"
    folder = write_files({"a.yaml": claims_file(typed)})
    assert run_cli(["verify", str(folder), "--no-cache", "--fail-on", "warning"]) == 1
    out = capsys.readouterr().out
    assert "status-matches-review" in out
    assert "has status 'false' but no review" in out
    assert "`factcheck review hale_nurses --verdict false --by NAME`" in " ".join(out.split())
    documents, _ = claim_reviews(load(folder), None)
    assert documents == []  # which is why verify says so


# --- m8: a CSV that French Excel opens ----------------------------------------------------


def test_csv_for_french_excel_has_semicolons_a_bom_and_decimal_commas(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    folder = write_files(
        {
            "a.yaml": claims_file(
                claim("rate"),
                "{id: cost, quote: 10 milliards, subject: AME, property: cost, "
                "value: 10 milliards EUR par an}",
                "{id: under, quote: moins de 2 millions, subject: S, property: revenue, "
                "value: <2 millions EUR}",
                url="https://www.radiofrance.fr/x",
            )
        }
    )
    target = tmp_path / "claims.csv"
    argv = ["export", str(folder), "--format", "csv", "-o", str(target)]
    assert run_cli([*argv, "--delimiter", ";", "--bom"]) == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfclaim;file;line;")
    rows = {
        r["claim"]: r for r in csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";")
    }
    assert (rows["rate"]["low"], rows["rate"]["high"], rows["rate"]["unit"]) == (
        "7,05",
        "7,15",
        "percent",
    )
    assert rows["rate"]["figure"] == "7,1"  # the number to chart, as written
    assert (rows["cost"]["low"], rows["cost"]["high"]) == ("9500000000", "10500000000")
    assert (rows["cost"]["figure"], rows["cost"]["unit"]) == ("10000000000", "EUR / year")
    assert (rows["under"]["low"], rows["under"]["high"]) == ("0", "2000000")  # "< 2 millions"
    assert rows["under"]["figure"] == ""  # a bound writes no one figure
    assert rows["rate"]["url"] == "https://www.radiofrance.fr/x"
    # the default is unchanged: commas, no BOM; numbers with a decimal point
    assert run_cli(argv) == 0
    data = target.read_bytes()
    assert data.startswith(b"claim,file,line,")
    rows = {r["claim"]: r for r in csv.DictReader(io.StringIO(data.decode("utf-8")))}
    assert (rows["rate"]["low"], rows["rate"]["value"]) == ("7.05", "7,1 %")
    assert rows["rate"]["figure"] == "7.1"


def test_a_run_of_exclamation_marks_after_a_space_ends_the_sentence() -> None:
    # the viral post: claimReviewed took the shouted call to share as part of the claim
    from factcheck.text import quote_sentence

    post = (
        "PARTAGEZ AVANT QUE ÇA SOIT CENSURÉ !!! L'aide médicale d'État coûte 10 milliards "
        "d'euros par an. Vraiment ?! Elle dit oui."
    )
    assert quote_sentence("coûte 10 milliards", post) == (
        "L'aide médicale d'État coûte 10 milliards d'euros par an."
    )
    assert quote_sentence("Elle dit", post) == "Elle dit oui."
