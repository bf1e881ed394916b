"""`factcheck extract`: drafting claims from an article's text, and adding what is new."""

from __future__ import annotations

import argparse
import difflib
import itertools
import re
import shlex
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import cli
from factcheck.cli_extract import register
from factcheck.dates import parse_date
from factcheck.extract import (
    PLACEHOLDER,
    Draft,
    DraftClaim,
    extract,
    make_ids_unique,
    measure_recall,
    quote_spans,
)
from factcheck.extract_dates import find_dates
from factcheck.extract_file import add_to
from factcheck.extract_words import words_for
from factcheck.model import ID_PATTERN
from factcheck.rules.figure_in_quote import numbers_in
from factcheck.text import find_quote
from factcheck.values import ValueSyntaxError, parse_value
from tests.conftest import CLAIMS, ROOT, SEED_YAML

SEED_TEXT = CLAIMS / "latribune-2015-07-27.txt"
ENGLISH = ROOT / "tests" / "data" / "extract"
ENGLISH_YAML = ENGLISH / "harbourline-2024-03-14.yaml"
ENGLISH_TEXT = ENGLISH / "harbourline-2024-03-14.txt"
SEED_DAY, ENGLISH_DAY = date(2015, 7, 27), date(2024, 3, 14)

# Rules a fresh draft must keep silent: it is a valid file whose quotes and figures
# match the text. Rules comparing claims by subject and property are not listed: a
# draft's "?" are for the editor to fill in (incomplete-claim warns about each).
SILENT = (
    "invalid-yaml", "invalid-record", "invalid-value", "invalid-date", "missing-text",
    "duplicate-id", "quote-in-text", "figure-in-quote", "weekday-matches-date",
    "fact-not-after-publication",
)  # fmt: skip


def run_extract(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="factcheck")
    register(parser.add_subparsers())
    args = parser.parse_args(["extract", *argv])
    code: int = args.run(args)
    return code


def draft_of(text: str, language: str = "fr", published: date = SEED_DAY) -> Draft:
    return extract(text, language, published)


def values(text: str, language: str = "fr", published: date = SEED_DAY) -> list[str | None]:
    return [claim.value for claim in draft_of(text, language, published).claims]


def by_value(draft: Draft) -> dict[str | None, DraftClaim]:
    return {claim.value: claim for claim in draft.claims}


# --- measured recall -------------------------------------------------------------------------


@pytest.mark.parametrize(("claim_file", "name"), [(SEED_YAML, "seed"), (ENGLISH_YAML, "english")])
def test_recall_is_at_least_95_percent(claim_file: Path, name: str) -> None:
    document = factcheck.load(claim_file).documents[0]
    assert document.source is not None and document.source.text_content is not None
    text, language = document.source.text_content, document.source.language
    draft = extract(text, language, document.source.published)
    recall = measure_recall(document.claims, draft.claims, text, language)
    print(f"\nrecall on the {name} article ({claim_file.name}): {recall}")
    assert recall.total >= 15
    assert recall.share >= 0.95, f"missed: {recall.missed}"


def test_recall_needs_the_same_value_and_an_overlapping_quote() -> None:
    text = "Il emploie environ 90 personnes. Il emploie environ 90 personnes à Lyon."
    document = factcheck.load(SEED_YAML).documents[0]
    claim = next(c for c in document.claims if c.id == "cloudwatt_staff_2015")
    claim = claim.model_copy(update={"quote": "emploie environ 90 personnes à Lyon"})
    exact = DraftClaim("a", "emploie environ 90", "?", "?", "~90 person", None)
    exact.quote_span = (43, 61)
    assert measure_recall([claim], [exact], text, "fr").found == (claim.id,)
    exact.quote_span = (3, 21)  # the first sentence: same value, another place
    assert measure_recall([claim], [exact], text, "fr").missed == (claim.id,)
    exact.quote_span, exact.value = (43, 61), "90 person"  # the hedge lost
    assert measure_recall([claim], [exact], text, "fr").missed == (claim.id,)


# --- the seed article, as a new user tries it ----------------------------------------------


@pytest.fixture
def seed_draft(tmp_path: Path) -> Path:
    article = tmp_path / "claims" / "latribune-2015-07-27.txt"
    article.parent.mkdir()
    shutil.copy(SEED_TEXT, article)
    output = tmp_path / "claims" / "draft.yaml"
    code = run_extract(
        str(article), "--language", "fr", "--source-id", "latribune_draft", "-o", str(output)
    )
    assert code == 0
    return output


def test_seed_draft_loads_and_its_quotes_and_figures_are_in_the_text(seed_draft: Path) -> None:
    report = factcheck.verify(factcheck.load(seed_draft))
    loud = [f"{f.rule}: {f.message}" for f in report.findings if f.rule in SILENT]
    assert not loud, "\n".join(loud)
    incomplete = [f for f in report.findings if f.rule == "incomplete-claim"]
    assert incomplete and all(f.severity.label == "warning" for f in incomplete)
    document = factcheck.load(seed_draft).documents[0]
    assert document.source is not None
    assert document.source.text == "latribune-2015-07-27.txt"
    assert document.source.published == SEED_DAY and document.source.word_count == 325
    text = SEED_TEXT.read_text(encoding="utf-8")
    for claim in document.claims:
        assert find_quote(claim.quote, text) >= 0, claim.quote


def test_seed_draft_gets_every_hedge_and_range_right(seed_draft: Path) -> None:
    claims = by_value_claims(seed_draft)
    assert "environ 90 personnes" in claims["~90 person"].quote
    assert "un peu moins de 2 millions d'euros" in claims["<2 million EUR"].quote
    assert "300 à 500 emplois" in claims["300 to 500 person"].quote
    assert "un million d'euros" in claims["1 million EUR"].quote
    assert "deux ans" in claims["2 year"].quote
    assert "500 millions d'euros" in claims["500 million EUR"].quote
    assert "21e place" in claims["21"].quote
    assert claims["500 million EUR"].when == "à l'horizon 2017"
    assert claims["500 million EUR"].kind == "target"
    assert claims["<2 million EUR"].when == "2014"
    assert claims["100 %"].when == "mars 2015"  # "en mars", the March before publication


def by_value_claims(path: Path) -> dict[str | None, factcheck.Claim]:
    return {claim.value: claim for claim in factcheck.load(path).documents[0].claims}


def test_seed_draft_dates_without_figures_are_claims(seed_draft: Path) -> None:
    claims = {c.when: c for c in factcheck.load(seed_draft).documents[0].claims if not c.value}
    assert "lundi 27 juillet" in claims["lundi 27 juillet"].quote
    assert claims["septembre 2012"].quote == "Cloudwatt avait été lancé en septembre 2012"


def test_ids_are_unique_and_valid() -> None:
    for path, language, day in ((SEED_TEXT, "fr", SEED_DAY), (ENGLISH_TEXT, "en", ENGLISH_DAY)):
        ids = [c.id for c in extract(path.read_text(encoding="utf-8"), language, day).claims]
        assert len(ids) == len(set(ids))
        assert all(re.match(ID_PATTERN, i) for i in ids), ids


def test_english_draft_loads_without_errors_of_its_own(tmp_path: Path) -> None:
    shutil.copy(ENGLISH_TEXT, tmp_path / ENGLISH_TEXT.name)
    output = tmp_path / "draft.yaml"
    code = run_extract(
        str(tmp_path / ENGLISH_TEXT.name),
        "--language",
        "en",
        "--source-id",
        "hl",
        "-o",
        str(output),
    )
    assert code == 0
    report = factcheck.verify(factcheck.load(output))
    loud = [f"{f.rule}: {f.message}" for f in report.findings if f.rule in SILENT]
    assert not loud, "\n".join(loud)


# --- figures --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "Le groupe a réalisé 60,7 milliards d'euros de chiffre d'affaires.",
            "fr",
            "60,7 milliard EUR",
        ),
        ("Revenue reached €60.7 billion last year.", "en", "60.7 billion EUR"),
        ("The deal is worth $5m to the city.", "en", "5 million USD"),
        ("Il emploie plus de 3 000 salariés.", "fr", ">3 000 person"),
        ("It employs more than 41,000 people.", "en", ">41,000 person"),
        ("It employs about ninety people.", "en", "~90 person"),
        ("It made just under €3 billion.", "en", "<3 billion EUR"),
        ("Ils étaient au moins 200 manifestants.", "fr", ">=200 person"),
        ("The plan creates 300 to 500 jobs.", "en", "300 to 500 person"),
        ("Le taux est compris entre 10 et 12 %.", "fr", "10 to 12 %"),
        ("The city ranks 3rd in Europe.", "en", "3"),
        ("La France est à la 21e place.", "fr", "21"),
        ("Un contrat d'une durée de deux ans.", "fr", "2 year"),
        ("Le contrat s'élève à un million d'euros.", "fr", "1 million EUR"),
        ("The line will carry about 90,000 passengers a day.", "en", "~90,000 person/day"),
        ("Unemployment fell by 0.3 percentage points.", "en", "-0.3 pp"),
        ("La part atteint 44,4 pour cent.", "fr", "44,4 %"),
        ("Two larger rivals remain.", "en", "2"),
        ("The work must end within five years.", "en", "<=5 year"),
        ("The contract runs over six years.", "en", "6 year"),
        ("Le taux de chômage a reculé de 0,3 point.", "fr", "-0,3 pp"),
        ("It will cost between $150 million and $200 million.", "en", "150 to 200 million USD"),
        ("Il a levé 500 M€ auprès de fonds.", "fr", "500 million EUR"),
    ],
)
def test_a_figure_in_the_value_grammar(text: str, language: str, value: str) -> None:
    assert values(text, language) == [value]


def test_a_change_is_two_figures_not_a_range() -> None:
    found = values("Les effectifs sont passés de 300 à 500 salariés.")
    assert found == ["300", "500 person"]


@pytest.mark.parametrize(
    "text",
    [
        "Le réseau 4G couvre la ville.",
        "Rendez-vous à 10h30 devant la mairie.",
        "Une durée indéterminée, un géant du cloud, l'un des leaders.",
        "Les deux ont signé.",
        "Les deux tiers des salariés ont voté.",
        "Il y en avait autant qu'un an plus tôt.",
        "Sales fell in the three months to September.",
        "Entre 2019 et 2022, le nombre a doublé.",
    ],
)
def test_no_figure(text: str) -> None:
    assert [c for c in draft_of(text).claims if c.value is not None] == []


def test_dates_give_when_and_no_figure() -> None:
    draft = draft_of("Le chiffre d'affaires a atteint 12 millions d'euros en 2014.")
    (claim,) = draft.claims
    assert (claim.value, claim.when, claim.property) == ("12 million EUR", "2014", "revenue")


@pytest.mark.parametrize(
    ("text", "whens"),
    [
        # a comparison borrows the date of its sentence...
        ("En 2014, 12 % des entreprises, contre 19 % en Europe.", ["2014", "2014"]),
        # ... but lends none, and a relative or adversative clause borrows none
        ("Le budget prévoit 1,2 milliard d'euros, contre 900 M€ en 2022.", [None, "2022"]),
        ("Acme, which employs 15,000 people, expects $300 million by 2026.", [None, "by 2026"]),
        ("Acme ranked 2nd in 2019 but has since dropped to 5th place.", ["2019", None]),
        ("Il y avait 3 usines en mars.", ["mars 2015"]),
    ],
)
def test_when_comes_from_the_clause_or_the_sentence(text: str, whens: list[str | None]) -> None:
    language = "en" if "Acme" in text else "fr"
    assert [c.when for c in draft_of(text, language).claims if c.value] == whens


def test_a_date_after_publication_is_never_a_fact() -> None:
    (claim,) = draft_of("La ligne transportera 5 000 voyageurs en 2030.").claims
    assert claim.when == "2030" and claim.kind == "forecast"


def test_quote_is_the_smallest_clause_and_appears_in_the_text() -> None:
    text = (
        "Il était alors détenu par Orange (44,4%), Thales (22,2%) et la Caisse des Dépôts (33,3%)."
    )
    quotes = [c.quote for c in draft_of(text).claims]
    assert quotes == [
        "Il était alors détenu par Orange (44,4%)",
        "Thales (22,2%)",
        "la Caisse des Dépôts (33,3%)",
    ]
    holders = [c.qualifiers.get("holder") for c in draft_of(text).claims]
    assert holders == ["Orange", "Thales", "Caisse des Dépôts"]


def test_a_quote_printed_twice_grows_until_it_is_printed_once() -> None:
    text = "Paris gagne 12 habitants, selon l'Insee. Lyon gagne 12 habitants, selon l'Insee."
    claims = draft_of(text).claims
    assert [c.quote for c in claims] == ["Paris gagne 12 habitants", "Lyon gagne 12 habitants"]
    assert all(len(quote_spans(c.quote, text)) == 1 for c in claims)


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=999_999),
    hedge=st.sampled_from(
        [("", ""), ("about ", "~"), ("more than ", ">"), ("just under ", "<"), ("at least ", ">=")]
    ),
)
def test_any_count_of_people_with_any_hedge(n: int, hedge: tuple[str, str]) -> None:
    written, comparator = hedge
    text = f"The company employs {written}{n:,} people in Europe."
    (claim,) = draft_of(text, "en", ENGLISH_DAY).claims
    assert claim.value == f"{comparator}{n:,} person"
    assert find_quote(claim.quote, text) >= 0


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "environ",
                "plus de",
                "un peu moins de",
                "about",
                "more than",
                "300",
                "à",
                "to",
                "500",
                "44,4",
                "12.5",
                "1 000",
                "2,300",
                "%",
                "millions",
                "billion",
                "d'euros",
                "€",
                "$",
                "personnes",
                "people",
                "ans",
                "years",
                "deux",
                "two",
                "un",
                "one",
                "21e",
                "3rd",
                "place",
                "en",
                "in",
                "2014",
                "mars",
                "July",
                "lundi",
                "27",
                "entre",
                "et",
                "between",
                "and",
                "Orange",
                "(",
                ")",
                ",",
                ".",
                ":",
                "qui",
                "which",
                "\n",
                "«",
                "»",
                '"',
                "l'",
                "d'",
                "-",
                "–",
            ]
        ),
        max_size=40,
    ),
    st.sampled_from(["fr", "en"]),
)
def test_any_text_gives_a_valid_draft(pieces: list[str], language: str) -> None:
    # Two numbers side by side ("500 44,4", "deux 300" once its words are digits, "300\n300"
    # once blanks are folded) read as one grouped number to figure-in-quote.
    numbers = ("deux", "two", "un", "one")
    words = [piece for piece in pieces if piece.strip()]
    assume(
        not any(
            (a[:1].isdigit() or a in numbers) and b[:1].isdigit()
            for a, b in itertools.pairwise(words)
        )
    )
    text = " ".join(pieces)
    for claim in extract(text, language, SEED_DAY).claims:
        assert find_quote(claim.quote, text) >= 0, (text, claim.quote)
        assert claim.quote_span[0] <= claim.position < claim.quote_span[1] or not claim.value
        if claim.value is not None:
            parse_value(claim.value, language)
            found = numbers_in(claim.quote, language)
            value = parse_value(claim.value, language)
            for figure in value.figures:
                assert figure in found or figure * value.scale in found, (text, claim)
        if claim.when is not None:
            parse_date(claim.when, language, SEED_DAY)
        assert re.match(ID_PATTERN, claim.id)


# --- long texts: each figure costs the same however long its sentence or line -------------

# Clauses of every kind of figure, with a date or not, all different. Their years differ,
# so that none borrows a date from the others when they make one sentence, and a figure
# has no property word of its kind in the clause after its own.
CLAUSES = (
    "le chiffre d'affaires a reculé à {n} millions d'euros, mais devrait atteindre {m} "
    "millions d'euros",
    "la filiale emploie environ {n} salariés",
    "le réseau compte {n} stations",
    "le budget atteint {n} millions d'euros en {year}",
    "la part vise {n} % à l'horizon {year}",
    "le contrat court sur {n} ans",
)


def clauses(count: int) -> list[str]:
    return [
        CLAUSES[i % len(CLAUSES)].format(n=10 + i, m=5000 + i, year=2001 + i % 20)
        for i in range(count)
    ]


def claim_fields(draft: Draft) -> list[tuple[object, ...]]:
    return [(c.quote, c.subject, c.property, c.value, c.when, c.kind) for c in draft.claims]


def test_a_sentence_of_thousands_of_figures_reads_as_thousands_of_sentences() -> None:
    # past "mais", a figure's kind and property words are not looked for: as past a stop
    parts = clauses(1800)
    one_sentence = draft_of(" mais ".join(parts) + ".")
    sentences = draft_of(". ".join(parts) + ".")
    assert len(one_sentence.claims) == len(sentences.claims) >= 1800
    assert claim_fields(one_sentence) == claim_fields(sentences)


def test_a_paragraph_of_thousands_of_sentences_reads_as_its_lines() -> None:
    # A space or a line break between sentences: the same sentences at the same offsets.
    sentences = [part[0].upper() + part[1:] + "." for part in clauses(1800)]
    paragraph = draft_of(" ".join(sentences))
    lines = draft_of("\n".join(sentences))
    assert len(paragraph.claims) >= 1800
    assert paragraph == lines


def test_ids_stay_unique_when_thousands_are_alike() -> None:
    claims = [DraftClaim("staff", "q", "?", "?", None, None) for _ in range(3000)]
    claims.append(DraftClaim("staff_2", "q", "?", "?", None, None))
    make_ids_unique(claims, {"staff_5"})
    expected = ["staff", *(f"staff_{n}" for n in range(2, 3002) if n != 5), "staff_2_2"]
    assert [c.id for c in claims] == expected


# --- --into ------------------------------------------------------------------------------------


def copy_seed(tmp_path: Path, newline: str = "\n", bom: str = "") -> Path:
    shutil.copy(SEED_TEXT, tmp_path / SEED_TEXT.name)
    target = tmp_path / SEED_YAML.name
    content = SEED_YAML.read_text(encoding="utf-8")
    target.write_bytes((bom + content.replace("\n", newline)).encode("utf-8"))
    return target


def only_added_lines(before: str, after: str) -> list[str]:
    diff = list(difflib.ndiff(before.splitlines(keepends=True), after.splitlines(keepends=True)))
    assert not [line for line in diff if line.startswith("- ")], "a line was changed or removed"
    return [line[2:] for line in diff if line.startswith("+ ")]


@pytest.mark.parametrize("bom", ["", "\ufeff"])  # a byte order mark is kept, as review keeps it
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_into_adds_only_what_is_new_and_touches_nothing_else(
    tmp_path: Path, newline: str, bom: str
) -> None:
    target = copy_seed(tmp_path, newline, bom)
    before = target.read_bytes().decode("utf-8")
    assert run_extract(str(tmp_path / SEED_TEXT.name), "--into", str(target)) == 0
    after = target.read_bytes().decode("utf-8")
    added = only_added_lines(before, after)
    assert added and all(line.endswith(newline) for line in added)
    ids = [line.split("id: ")[1].strip() for line in added if "- id: " in line]
    assert ids and all("10 person" in after for _ in ids)  # only the ">= 10 personnes" figures
    report = factcheck.verify(factcheck.load(target))
    assert not [f for f in report.findings if f.rule in SILENT], report.findings
    assert run_extract(str(tmp_path / SEED_TEXT.name), "--into", str(target)) == 0
    assert target.read_bytes().decode("utf-8") == after  # nothing new the second time


def test_into_an_empty_claim_list_and_a_file_without_one(tmp_path: Path) -> None:
    text = "Cloudwatt emploie environ 90 personnes."
    head = "source: {id: s, title: t, publisher: p, published: 2015-07-27, language: fr}\n"
    for existing in (head + "claims: []\n", head, head + "claims:\n"):
        content, added = add_to(existing, draft_of(text).claims, text)
        assert [c.value for c in added] == ["~90 person"]
        assert content.startswith(head)
        data = yaml.safe_load(content)
        assert data["claims"][0]["value"] == "~90 person"


def test_into_renames_ids_already_taken(tmp_path: Path) -> None:
    text = "Cloudwatt emploie environ 90 personnes. Orange emploie environ 100 personnes."
    drafted = draft_of(text).claims
    first_id = drafted[0].id
    record = f'{{id: {first_id}, quote: "Orange emploie environ 100", subject: s, property: p}}'
    existing = (
        "source: {id: s, title: t, publisher: p, published: 2015-07-27, language: fr}\n"
        f"claims:\n  - {record}\n"
    )
    _, added = add_to(existing, drafted, text)
    assert [c.value for c in added] == ["~90 person"]
    assert added[0].id == f"{first_id}_2"


def test_into_a_file_with_a_tab_in_a_plain_scalar_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Valid YAML that verify reads (libyaml); the exact parser of --into refuses it.
    target = copy_seed(tmp_path)
    before = target.read_text(encoding="utf-8").replace("property: direct_jobs", "pro\tperty: x")
    target.write_text(before, encoding="utf-8")
    assert run_extract(str(tmp_path / SEED_TEXT.name), "--into", str(target)) == 2
    err = capsys.readouterr().err
    line = before.splitlines().index("    pro\tperty: x") + 1
    assert f"cannot read it as YAML (line {line})" in err and "Traceback" not in err
    assert target.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "it is not a claim file"),
        ("- 90 personnes\n- 12 %\n", "it is not a claim file"),
        ("source: [id: x\n", "cannot read it as YAML (line 2)"),
    ],
)
def test_into_what_is_no_claim_file_says_so_before_asking_for_a_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Il emploie 90 personnes.", encoding="utf-8")
    target = tmp_path / "claims.yaml"
    target.write_text(content, encoding="utf-8")
    assert run_extract(str(article), "--into", str(target)) == 2
    err = capsys.readouterr().err
    assert f"{target}: {message}" in err and "--language" not in err
    assert target.read_text(encoding="utf-8") == content


def test_into_reads_the_publication_day_as_verify_does_and_names_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Il emploie 90 personnes en mars.", encoding="utf-8")
    target = tmp_path / "claims.yaml"
    source = "source: {{id: s, title: t, publisher: p, published: {}, language: fr}}\nclaims: []\n"
    target.write_text(source.format('"31 février 2015"'), encoding="utf-8")
    assert run_extract(str(article), "--into", str(target)) == 2
    err = capsys.readouterr().err
    assert f"{target}: source.published: '31 février 2015' is not a day" in err
    assert "--published" not in err
    target.write_text(source.format('"27 juillet 2015"'), encoding="utf-8")  # verify reads it
    assert run_extract(str(article), "--into", str(target)) == 0
    assert factcheck.load(target).documents[0].claims[0].when == "mars 2015"


# --- the command line ------------------------------------------------------------------------


def test_draft_printed_when_no_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(ENGLISH_TEXT, tmp_path / ENGLISH_TEXT.name)
    code = run_extract(str(tmp_path / ENGLISH_TEXT.name), "--language", "en", "--source-id", "hl")
    out, err = capsys.readouterr()
    assert code == 0 and out.startswith("# Draft claim file")
    assert "published: 2024-03-14" in out  # from the file name
    assert "claims," in err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--source-id", "x"], "needs --language"),
        (["--language", "de", "--source-id", "x"], "French and English"),
        (["--language", "fr", "--source-id", "Bad-Id"], "--source-id"),
        (["--language", "fr", "--source-id", "x", "--published", "27/07/2015"], "YYYY-MM-DD"),
        (["--language", "fr", "--source-id", "x", "--published", "2015-02-30"], "does not exist"),
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Il emploie 90 personnes.", encoding="utf-8")
    assert run_extract(str(article), *extra) == 2
    assert message in capsys.readouterr().err


def test_no_publication_date_and_an_existing_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Il emploie 90 personnes.", encoding="utf-8")
    assert run_extract(str(article), "--language", "fr", "--source-id", "x") == 2
    assert "--published" in capsys.readouterr().err
    output = tmp_path / "out.yaml"
    output.write_text("# mine\n", encoding="utf-8")
    argv = [str(article), "--language", "fr", "--source-id", "x", "--published", "2015-07-27"]
    assert run_extract(*argv, "-o", str(output)) == 2
    assert "--into" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "# mine\n"
    assert run_extract(*argv, "-o", str(output), "--force") == 0
    assert list(tmp_path.glob(".*.tmp")) == []
    assert run_extract(str(tmp_path / "nope.txt"), *argv[1:]) == 2


# --- what an editor's audit found: dates, properties, units, seasons, ids ------------------

AUDIT_DAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("text", "language", "fact", "plan"),
    [
        (
            "The firm has 12,500 employees and plans to hire 1,000 more by the end of 2026.",
            "en",
            "12,500 person",
            "1,000",
        ),
        (
            "L'entreprise compte 1 200 salariés et prévoit d'en recruter 300 d'ici fin 2026.",
            "fr",
            "1 200 person",
            "300",
        ),
        (
            "L'entreprise compte 1 200 salariés et recrutera 300 personnes d'ici fin 2026.",
            "fr",
            "1 200 person",
            "300 person",
        ),
    ],
)
def test_a_fact_takes_no_date_from_a_plan_after_and(
    text: str, language: str, fact: str, plan: str
) -> None:
    claims = by_value(draft_of(text, language, AUDIT_DAY))
    assert (claims[fact].when, claims[fact].kind) == (None, "fact")
    assert claims[plan].when is not None and "2026" in claims[plan].when
    assert claims[plan].kind in ("forecast", "target")


@pytest.mark.parametrize(
    ("text", "language", "whens"),
    [
        # a date after an "and" that changes nothing of the figure is still lent
        ("Sales reached €3 billion and profit €200 million in 2014.", "en", ["2014", "2014"]),
        (
            "Two other bidders, from Italy and France, had withdrawn in January.",
            "en",
            ["January 2025"],
        ),
        ("Sales will reach €3 billion and profit €200 million in 2027.", "en", ["2027", "2027"]),
    ],
)
def test_a_date_after_and_is_lent_when_it_changes_no_kind(
    text: str, language: str, whens: list[str]
) -> None:
    assert [c.when for c in draft_of(text, language, AUDIT_DAY).claims if c.value] == whens


def test_a_property_word_of_another_clause_is_not_the_figures() -> None:
    text = (
        "The harbor employs about 340 people, and 45% of the 20 dock workers surveyed "
        "said they supported the plan."
    )
    claims = by_value(draft_of(text, "en", AUDIT_DAY))
    assert claims["~340 person"].property == "staff"
    assert claims["20 person"].property == PLACEHOLDER
    fr = "Le port emploie 340 personnes ; 20 enfants ont été interrogés."
    claims = by_value(draft_of(fr, "fr", AUDIT_DAY))
    assert claims["340 person"].property == "staff"
    assert claims["20 person"].property == PLACEHOLDER
    # a list joined by "et" keeps its verb: each share is held
    listed = "Il est détenu par Orange (44,4%), Thales (22,2%) et la Caisse des Dépôts (33,3%)."
    assert [c.property for c in draft_of(listed).claims] == ["share_held"] * 3


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Traffic rose last year to 1.2 million tonnes.", "en", "1.2 million t"),
        ("It expects traffic to reach 2 million tonnes by 2030.", "en", "2 million t"),
        ("The bridge is 1.2 km long.", "en", "1.2 km"),
        ("The path runs 1.2km along the coast.", "en", "1.2 km"),
        ("The plant will produce 500MW at full power.", "en", "500 MW"),
        ("It ships 3 million tonnes a year.", "en", "3 million t/year"),
        ("The farm covers about 40 hectares.", "en", "~40 ha"),
        ("The reserve covers 2.5 square kilometres.", "en", "2.5 km²"),
        ("The road is limited to 90 km/h.", "en", "90 km/h"),
        ("The tower is 300 metres high.", "en", "300 m"),
        ("The line is 15 miles long.", "en", "15 mi"),
        ("The wind farm will generate 2 TWh.", "en", "2 TWh"),
        ("Le réseau compte 480 kilomètres de pistes cyclables.", "fr", "480 km"),
        ("Le pont mesure 1,2 km.", "fr", "1,2 km"),
        ("Le port a traité 1,2 million de tonnes.", "fr", "1,2 million t"),
        ("Le parc de 500 MW couvre la baie.", "fr", "500 MW"),
        ("Les bureaux occupent 3 000 m² au centre.", "fr", "3 000 m²"),
        ("La commune produit 40 000 litres par jour.", "fr", "40 000 L/day"),
        ("Il a consommé 2 mégawattheures.", "fr", "2 MWh"),
    ],
)
def test_a_measurement_keeps_its_unit(text: str, language: str, value: str) -> None:
    assert values(text, language, AUDIT_DAY) == [value]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_unit_extract_writes_is_one_verify_reads(language: str) -> None:
    for _, unit in words_for(language).units:
        if unit in REFUSED_ON_PURPOSE or (language != "fr" and unit in FRENCH_BYTES):
            continue
        written = f"2 {unit}"
        quantity = parse_value(written, language).quantity
        assert str(quantity.unit) != "dimensionless", written
        assert parse_value(f"2 {unit}/year", language).quantity.unit != quantity.unit


#: Units written as the text writes them so that verify's refusal, which says what to write,
#: becomes the draft's note: "12.3 million tons" is metric or short tons, "948mb" millibars or
#: million barrels.
REFUSED_ON_PURPOSE = {"tons", "mb"}
#: Bytes as French copy writes them: read in a French source, refused (saying to write GB)
#: in another, where the draft gives a note instead of a value
FRENCH_BYTES = {"Go", "Mo", "To", "Go/s", "Mo/s"}


def test_a_unit_refused_on_purpose_is_drafted_without_value_and_says_what_to_write() -> None:
    for unit in REFUSED_ON_PURPOSE:
        with pytest.raises(ValueSyntaxError, match="write"):
            parse_value(f"2 {unit}", "en")
    [claim] = extract("Output rose to 12.3 million tons of wheat.", "en", AUDIT_DAY).claims
    assert claim.value is None
    assert claim.note is not None and "metric tonnes or US short tons" in claim.note
    assert "write t (or tonnes, metric tons)" in claim.note


def test_a_draft_with_units_verifies_and_keeps_them(tmp_path: Path) -> None:
    article = tmp_path / "port-2025-03-05.txt"
    article.write_text(
        "Port news\n\nTraffic rose to 1.2 million tonnes. The quay is 1.2 km long. "
        "The terminal uses 5 GWh a year on 40 hectares.\n",
        encoding="utf-8",
    )
    output = tmp_path / "port.yaml"
    assert run_extract(str(article), "--language", "en", "--source-id", "p", "-o", str(output)) == 0
    report = factcheck.verify(factcheck.load(output))
    loud = [f"{f.rule}: {f.message}" for f in report.findings if f.rule in SILENT]
    assert not loud, "\n".join(loud)
    claims = factcheck.load(output).documents[0].claims
    units = [str(c.parsed_value.quantity.unit) for c in claims if c.parsed_value is not None]
    assert units == ["metric_ton", "kilometer", "gigawatt_hour / year", "hectare"]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("We expect to create 150 new jobs by 2027.", "en", "150 person"),
        ("It hired 30 more employees.", "en", "30 person"),
        ("Some 200 additional workers came.", "en", "~200 person"),
        ("Le projet créera 150 nouveaux emplois.", "fr", "150 person"),
    ],
)
def test_an_adjective_between_a_number_and_its_persons(
    text: str, language: str, value: str
) -> None:
    assert values(text, language, AUDIT_DAY) == [value]


@pytest.mark.parametrize(
    ("text", "language", "when", "kind"),
    [
        ("Les travaux débuteront au printemps.", "fr", "printemps 2025", "forecast"),
        ("Work will start in the spring.", "en", "spring 2025", "forecast"),
    ],
)
def test_a_season_without_its_year_is_a_date_claim(
    text: str, language: str, when: str, kind: str
) -> None:
    (claim,) = draft_of(text, language, AUDIT_DAY).claims
    assert (claim.value, claim.when, claim.kind, claim.quote) == (None, when, kind, text[:-1])
    as_verify_reads = parse_date(text.split(" ", 3)[-1].rstrip("."), language, AUDIT_DAY)
    period = parse_date(claim.when, language, AUDIT_DAY)
    assert (period.start, period.end) == (as_verify_reads.start, as_verify_reads.end)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("L'usine emploiera 300 salariés.", "forecast"),
        ("Le chantier coûtera 12 millions d'euros.", "forecast"),
        ("Le réseau atteindra 40 % du territoire.", "forecast"),
        ("Les sites accueilleront 900 élèves.", "forecast"),
        ("La ville aura 3 lignes de tramway.", "forecast"),
        ("Ce contrat permettra 150 embauches.", "forecast"),
        # the past historic of verbs in -rer, and nouns ending as a future does
        ("Il déclara 300 salariés.", "fact"),
        ("Le front compte 12 km.", "fact"),
        ("L'opéra a reçu 2 millions d'euros.", "fact"),
    ],
)
def test_the_french_future_tense_is_a_forecast(text: str, kind: str) -> None:
    (claim,) = draft_of(text, "fr", AUDIT_DAY).claims
    assert claim.kind == kind


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # in March, verify reads "l'été" as last summer; the text means the next one
        ("Le chantier reprendra en été.", "fr"),
        ("Work will resume in the summer.", "en"),
        ("Le taux a été relevé.", "fr"),  # "été", the participle
        ("Prices fall in spring markets.", "en"),
    ],
)
def test_a_season_that_may_be_another_year_is_no_date(text: str, language: str) -> None:
    assert draft_of(text, language, AUDIT_DAY).claims == []


@pytest.mark.parametrize(
    ("text", "language", "written", "when"),
    [  # published Monday 27 July 2015
        ("En juin dernier, l'usine a fermé.", "fr", "En juin dernier", "juin 2015"),
        ("Mardi dernier, il a démissionné.", "fr", "Mardi dernier", "21 juillet 2015"),
        ("Ce lundi, la direction a confirmé.", "fr", "Ce lundi", "27 juillet 2015"),
        ("L'été dernier, 200 postes ont été supprimés.", "fr", "L'été dernier", "été 2014"),
        ("En fin d'année, 40 magasins fermeront.", "fr", "En fin d'année", "fin 2015"),
        ("Juillet prochain, le site ouvrira.", "fr", "Juillet prochain", "juillet 2016"),
        ("Last June the firm sold a plant.", "en", "Last June", "June 2015"),
        ("Last summer 200 jobs went.", "en", "Last summer", "summer 2014"),
        ("Earlier this year sales fell.", "en", "Earlier this year",
         "January 1, 2015 – July 27, 2015"),
    ],
)  # fmt: skip
def test_dates_named_relative_to_publication_are_found(
    text: str, language: str, written: str, when: str
) -> None:
    (mention, *_) = find_dates(text, language, date(2015, 7, 27))
    assert (mention.written, mention.when) == (written, when)
    again = parse_date(when, language, date(2015, 7, 27))  # verify reads the when back
    assert (again.start, again.end) == (mention.period.start, mention.period.end)


def draft_into_folder(folder: Path, name: str, text: str, *extra: str) -> int:
    article = folder / f"{name}-2025-03-05.txt"
    article.write_text(text, encoding="utf-8")
    output = folder / f"{name}-2025-03-05.yaml"
    argv = [str(article), "--language", "en", "--source-id", name, "-o", str(output), *extra]
    return run_extract(*argv)


def test_drafts_in_one_folder_get_ids_no_other_file_uses(tmp_path: Path) -> None:
    text = "News\n\nThe harbor employs 340 people. The budget was $12 million in 2019.\n"
    (tmp_path / "broken.yaml").write_bytes(b"\xff\xfeclaims: [\n\t- id: budget_2019\n")
    (tmp_path / "notes.yml").write_text("claims:\n  - {id: staff, quote: x}\n", encoding="utf-8")
    assert draft_into_folder(tmp_path, "first", text) == 0
    assert draft_into_folder(tmp_path, "second", text) == 0
    first = yaml.safe_load((tmp_path / "first-2025-03-05.yaml").read_text(encoding="utf-8"))
    second = yaml.safe_load((tmp_path / "second-2025-03-05.yaml").read_text(encoding="utf-8"))
    assert [c["id"] for c in first["claims"]] == ["staff_2", "budget_2019_2"]
    assert [c["id"] for c in second["claims"]] == ["staff_3", "budget_2019_3"]
    report = factcheck.verify(
        factcheck.load([tmp_path / "first-2025-03-05.yaml", tmp_path / "second-2025-03-05.yaml"])
    )
    assert [f.message for f in report.findings if f.rule == "duplicate-id"] == []
    # the file a draft replaces does not count, nor does a draft printed
    assert draft_into_folder(tmp_path, "second", text, "--force") == 0
    second = yaml.safe_load((tmp_path / "second-2025-03-05.yaml").read_text(encoding="utf-8"))
    assert [c["id"] for c in second["claims"]] == ["staff_3", "budget_2019_3"]


def test_into_avoids_the_ids_of_the_folder(tmp_path: Path) -> None:
    text = "News\n\nThe harbor employs 340 people. The budget was $12 million in 2019.\n"
    assert draft_into_folder(tmp_path, "first", text) == 0
    article = tmp_path / "second-2025-03-05.txt"
    article.write_text(text, encoding="utf-8")
    into = tmp_path / "second-2025-03-05.yaml"
    into.write_text(
        "source: {id: second, title: t, publisher: p, published: 2025-03-05, language: en}\n"
        "claims: []\n",
        encoding="utf-8",
    )
    assert run_extract(str(article), "--into", str(into)) == 0
    added = yaml.safe_load(into.read_text(encoding="utf-8"))["claims"]
    assert [c["id"] for c in added] == ["staff_2", "budget_2019_2"]


# --- docs/extract.md, run as written ---------------------------------------------------------

DOC = ROOT / "docs" / "extract.md"
BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.S)
FILE_LINE = re.compile(r"`([^`]+\.(?:txt|yaml))`(?:, completed)?:\s*$")


def run_command(line: str) -> int:
    argv = shlex.split(line)
    assert argv[0] == "factcheck", line
    if argv[1] == "extract":
        return run_extract(*argv[2:])
    return cli.main(argv[1:])


def test_the_commands_of_docs_extract_run_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    text = DOC.read_text(encoding="utf-8")
    output, written, end, commands = "", "", 0, 0
    for match in BLOCK.finditer(text):
        kind, body = match.groups()
        between = text[end : match.start()]
        end = match.end()
        target = FILE_LINE.search(between)
        if target:  # a file the reader writes
            (tmp_path / target.group(1)).write_text(body, encoding="utf-8")
        elif kind == "sh":
            output = ""
            for line in body.splitlines():
                if line.startswith("factcheck "):
                    assert run_command(line) == 0, line
                    captured = capsys.readouterr()
                    output += captured.out + captured.err
                    commands += 1
                    if "-o " in line:
                        written = (tmp_path / line.split("-o ")[1].split()[0]).read_text()
        elif kind == "text" and not between.strip():  # output shown right after its command
            printed = output.splitlines()
            for shown in body.splitlines():
                assert shown in printed, f"docs/extract.md shows {shown!r}\nprinted:\n{output}"
        elif kind == "yaml":  # the draft as printed
            assert body in written, f"docs/extract.md shows a draft that differs:\n{written}"
    assert commands == 4


# --- characters YAML refuses: the draft escapes them (audit: DEL, C1 controls) -------------

REFUSED = "\x7f\x80\x85\x9b\x9f\u2028\u2029\ufffe\uffff"


def test_a_draft_escapes_what_yaml_refuses_and_still_loads(tmp_path: Path) -> None:
    text = "Titre\n\n" + "".join(
        f"Il y a {10 + i} bureaux{c} en France, et{c} 5 salariés.\n\n"
        for i, c in enumerate(REFUSED)
    )
    article, output = tmp_path / "a.txt", tmp_path / "a.yaml"
    article.write_text(text, encoding="utf-8")
    argv = ["--language", "fr", "--source-id", "s", "--published", "2015-07-27"]
    assert run_extract(str(article), *argv, "-o", str(output)) == 0
    written = output.read_text(encoding="utf-8")
    assert not any(c in written for c in REFUSED)
    assert "\\u007f" in written and "\\u009b" in written and "\\uffff" in written
    corpus = factcheck.load(output)
    assert [p for doc in corpus.documents for p in doc.problems] == []
    assert len(corpus.claims) == 2 * len(REFUSED)
    report = factcheck.verify(corpus)
    loud = [f"{f.rule}: {f.message}" for f in report.findings if f.rule in SILENT]
    assert not loud, "\n".join(loud)
    for claim in corpus.claims:  # the quote is the text's, its characters unchanged
        assert find_quote(claim.quote, text) >= 0, claim.quote
    assert any("\x7f" in claim.quote for claim in corpus.claims)
    assert any("\ufffe" in claim.quote for claim in corpus.claims)


def test_every_string_round_trips_through_a_quoted_scalar() -> None:
    from factcheck.extract_file import _quoted

    text = "a" + REFUSED + '\x00\x1f\t\n\r"\\ «\u00a0» \ufeff \U0001f600 z'
    for loader in (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        assert yaml.load(f"k: {_quoted(text)}\n", Loader=loader) == {"k": text}


# --- a line of numbers without stops or commas: each figure reads a bounded stretch ----------


@pytest.mark.parametrize(
    "text",
    ["1 " * 4000, "5 % " * 2000, "en 2015 " * 1000, " ".join(f"mot{i} {i}" for i in range(2000))],
    ids=["numbers", "percents", "years", "words"],
)
def test_a_figure_of_a_line_without_stops_reads_only_around_it(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import extract_claims

    read: list[int] = []  # the characters each figure reads to find its clause and quote
    normalise, words_between = extract_claims.normalise, extract_claims.Article._words_between

    def counted_normalise(chunk: str) -> str:
        read.append(len(chunk))
        return normalise(chunk)

    def counted_words(article: extract_claims.Article, start: int, end: int) -> list[str]:
        read.append(end - start)
        return words_between(article, start, end)

    monkeypatch.setattr(extract_claims, "normalise", counted_normalise)
    monkeypatch.setattr(extract_claims.Article, "_words_between", counted_words)
    draft = draft_of(text)
    assert len(draft.claims) >= 1000
    reach = extract_claims._CLAUSE_REACH
    for claim in draft.claims:
        assert len(claim.quote) <= 2 * reach + 10  # the whole line for each, before
        assert find_quote(claim.quote, text) >= 0
    # the text once (normalised for quotes printed twice), then a bounded stretch a figure
    assert sum(read) <= len(text) + 4 * reach * len(draft.claims)  # 2 × the line each, before
