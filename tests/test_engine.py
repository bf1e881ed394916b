"""The engine: configuration selects rules and severities; a crashing rule never hides others."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from pydantic import ValidationError

import factcheck
from factcheck import engine
from factcheck.cli import main
from factcheck.config import Config, ConfigError, load_config
from factcheck.findings import Location, Problem, Severity
from factcheck.reporters import REPORTERS
from factcheck.reporters.base import RenderOptions
from factcheck.rules import RULES
from factcheck.rules.base import Context
from factcheck.tracking import history
from tests.conftest import CLAIMS, WriteFiles, source_block, verify_folder

MISQUOTED = (
    source_block(text="a.txt")
    + """\
claims:
  - id: staff
    quote: environ 91 salariés
    subject: Cloudwatt
    property: staff
    value: ~90 person
"""
)


def test_library_gives_the_same_findings_as_the_cli(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"a.yaml": MISQUOTED, "a.txt": "environ 90 personnes"})
    main(["verify", str(folder), "--format", "json"])
    cli = json.loads(capsys.readouterr().out)["findings"]
    report = factcheck.verify(factcheck.load(folder))
    assert [f.to_dict() for f in report.findings] == cli
    assert not report.ok and {f.rule for f in report.findings} == {
        "quote-in-text",
        "figure-in-quote",
    }


def test_configuration_changes_severity_and_turns_rules_off(write_files: WriteFiles) -> None:
    folder = write_files({"a.yaml": MISQUOTED, "a.txt": "environ 90 personnes"})
    config = """
[rules.quote-in-text]
severity = "warning"
[rules.figure-in-quote]
enabled = false
"""
    report = verify_folder(folder, config)
    assert [(f.rule, f.severity) for f in report.findings] == [("quote-in-text", Severity.WARNING)]
    assert report.ok


def test_config_is_found_upward_and_in_pyproject(write_files: WriteFiles) -> None:
    folder = write_files(
        {
            "claims/a.yaml": MISQUOTED,
            "claims/a.txt": "environ 90 personnes",
            "pyproject.toml": "[tool.factcheck.rules.quote-in-text]\nenabled = false\n",
        }
    )
    config = load_config(start=folder / "claims")
    assert config.rules["quote-in-text"].enabled is False


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("aprox = 0.2", "unknown key 'aprox', did you mean 'approx'?"),
        ("[rules.word-count]\ntolerence = 0.2", "unknown option 'tolerence'"),
        ("[rules.word-count]\ntolerance = 'big'", "option 'tolerance' must be a number, not"),
        ("[rules]\nword-count = 1", "'rules.word-count' must be a table of settings"),
        ("[rules.word-count]\nseverity = 'fatal'", "unknown severity 'fatal'"),
        (
            "[properties.seats]\nhole = '577'",
            "unknown key 'properties.seats.hole', did you mean 'whole'?",
        ),
        ("approx = [", "invalid TOML"),
        ("[properties.seats]\nwhole = 'about 577'", "properties.seats.whole"),
        ("[properties.seats]\nwhole = '~577'", "must be an exact figure"),
        ("[properties.seats]\nunit = 'seatz'", "properties.seats.unit"),
        ("[review]\nauthor = 'Le Desk'", "'review.author' must be a table: {key = value"),
        ("[properties.seats]\nwhole = 577", "'properties.seats.whole' must be a text, in quotes"),
        ("approx = 'dix'", "'approx' must be a number (got 'dix')"),
        ("exclude = 'drafts'", "'exclude' must be a list: [...] (got 'drafts')"),
    ],
)
def test_bad_configuration_names_the_key(toml: str, message: str, write_files: WriteFiles) -> None:
    folder = write_files({"factcheck.toml": toml})
    with pytest.raises(ConfigError, match=re.escape(message)):
        engine.active_rules(load_config(folder / "factcheck.toml"))


def test_a_crashing_rule_becomes_a_finding_and_others_still_run(
    monkeypatch: pytest.MonkeyPatch, write_files: WriteFiles
) -> None:
    def crash(context: Context) -> Iterator[Problem]:
        raise ZeroDivisionError("boom")
        yield  # pragma: no cover

    broken = SimpleNamespace(
        ID="broken", SEVERITY=Severity.INFO, OPTIONS={}, check=crash, __doc__="x"
    )
    monkeypatch.setitem(RULES, "broken", broken)  # type: ignore[arg-type]
    folder = write_files({"a.yaml": MISQUOTED, "a.txt": "environ 90 personnes"})
    report = factcheck.verify(factcheck.load(folder), Config())
    rules = {f.rule for f in report.findings}
    assert "internal-error" in rules and "quote-in-text" in rules
    assert any("ZeroDivisionError: boom" in f.message for f in report.findings)


def test_findings_are_sorted_by_location() -> None:
    report = factcheck.verify(factcheck.load(CLAIMS))
    assert list(report.findings) == sorted(report.findings)
    assert Location("a", 2, 1) < Location("a", 10, 1) < Location("b", 1, 1)


def test_report_ok_follows_fail_on(write_files: WriteFiles) -> None:
    text = source_block(text="a.txt", word_count=50) + "claims: []\n"
    corpus = factcheck.load(write_files({"a.yaml": text, "a.txt": "un deux"}))
    assert factcheck.verify(corpus).ok
    assert not factcheck.verify(corpus, fail_on=Severity.WARNING).ok


# --- the library: records made or changed in code, configurations built in code ---------


def _shares(first: str, second: str) -> factcheck.Corpus:
    source = factcheck.Source(
        id="s", title="t", publisher="p", published=dt.date(2015, 7, 27), language="fr"
    )

    def share(claim_id: str, holder: str, value: str) -> factcheck.Claim:
        return factcheck.Claim(
            id=claim_id, quote=f"{holder} {value}", subject="Cloudwatt", property="share_held",
            qualifiers={"holder": holder}, value=value, when="2012",
        )  # fmt: skip

    claims = [share("a", "Orange", first), share("b", "Thales", second)]
    bad = factcheck.Claim(id="c", quote="x", subject="s", property="p", value="not a number")
    check = factcheck.Check(id="k", expect="a < b")
    return factcheck.Corpus([factcheck.Document("mem.yaml", source, [*claims, bad], [check])])


def test_claims_made_in_code_are_checked_like_loaded_ones() -> None:
    report = factcheck.verify(_shares("60 %", "60 %"))
    assert {f.rule for f in report.findings} == {
        "shares-sum-to-whole", "invalid-value", "holds-by-rounding",
    }  # fmt: skip
    assert not report.ok
    assert all(f.location.file == "mem.yaml" for f in report.findings)


def test_a_source_made_in_code_reads_its_text_next_to_the_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Orange 60 %, Thales 40 %", encoding="utf-8")
    corpus = _shares("60 %", "40 %")
    document = corpus.documents[0]
    document.path = str(tmp_path / "mem.yaml")
    assert document.source is not None
    document.source.text = "a.txt"
    document.claims[0].quote = "Orange 61 %"  # not in the text
    found = {(f.rule, f.claims) for f in factcheck.verify(corpus).findings}
    assert ("quote-in-text", ("a",)) in found and ("quote-in-text", ("b",)) not in found
    other = _shares("60 %", "40 %")
    assert other.documents[0].source is not None
    other.documents[0].source.text = "missing.txt"
    assert "missing-text" in {f.rule for f in factcheck.verify(other).findings}


def test_a_source_changed_in_code_reads_its_records_again(write_files: WriteFiles) -> None:
    claim = "  - {id: a, quote: '1,5 million', subject: s, property: p, value: '1,5 million EUR'}\n"
    folder = write_files({"a.yaml": source_block(language="en") + "claims:\n" + claim})
    corpus = factcheck.load(folder)
    assert "invalid-value" in {f.rule for f in factcheck.verify(corpus).findings}
    document = corpus.documents[0]
    assert document.source is not None
    document.source.language = "fr"  # the editor's fix: the article is French
    assert factcheck.verify(corpus).findings == ()
    document.source = document.source.model_copy(update={"language": "en"})  # replaced
    assert "invalid-value" in {f.rule for f in factcheck.verify(corpus).findings}
    assert corpus.claims[0].source is document.source


def test_an_undated_fact_follows_its_source_day_changed_in_code(write_files: WriteFiles) -> None:
    def staff(value: str) -> str:
        fields = f"quote: '{value}', subject: S, property: staff, value: {value} person"
        return f"claims:\n  - {{id: s{value}, {fields}}}\n"

    folder = write_files(
        {
            "a.yaml": source_block(source_id="a", published="2015-03-02") + staff("90"),
            "b.yaml": source_block(source_id="b", published="2019-03-04") + staff("140"),
        }
    )
    corpus = factcheck.load(folder)
    assert factcheck.verify(corpus).findings == ()  # two days: two facts
    assert [e.disagrees_with for e in history(corpus, "S")] == [(), ()]
    later = corpus.documents[1].source
    assert later is not None
    later.published = dt.date(2015, 3, 2)  # the editor's fix: both are of one day
    assert [f.rule for f in factcheck.verify(corpus).findings] == ["same-fact-same-value"]
    clashes = {e.claim.id: e.disagrees_with for e in history(corpus, "S")}
    assert clashes == {"s90": ("s140",), "s140": ("s90",)}


def test_records_removed_in_code_take_their_problems_with_them(write_files: WriteFiles) -> None:
    claims = (
        "claims:\n"
        "  - {id: good, quote: '12 %', subject: X, property: p, value: 12 %}\n"
        "  - {id: bad, quote: '12 %', subject: X, property: q, value: douze %}\n"
        "  - {id: undated, quote: '12 %', subject: X, property: r, value: 12 %, when: jamais}\n"
        "checks:\n  - {id: unfinished, expect: 'good >'}\n"
        "  - {id: broken, expect: 'good >'}\n"
    )
    corpus = factcheck.load(write_files({"a.yaml": source_block() + claims}))
    rules = ["invalid-value", "invalid-date", "invalid-expression", "invalid-expression"]
    assert [f.rule for f in factcheck.verify(corpus).findings] == rules
    document = corpus.documents[0]
    document.claims = [c for c in document.claims if c.id == "good"]  # the editor drops them
    document.checks = document.checks[1:]
    findings = factcheck.verify(corpus).findings
    assert [(f.rule, f.message.split(":")[0]) for f in findings] == [
        ("invalid-expression", "check 'broken'")
    ]


def test_a_value_changed_in_code_is_read_again_by_the_next_verify() -> None:
    corpus = _shares("60 %", "60 %")
    factcheck.verify(corpus)
    b, bad = list(corpus.claims)[1:]
    b.value, b.quote = "40 %", "Thales 40 %"
    bad.value, bad.quote = "3 %", "3 %"
    report = factcheck.verify(corpus)
    assert [f.rule for f in report.findings] == ["expect-holds"]  # 60 % < 40 % fails
    assert b.parsed_value is not None and b.parsed_value.text == "40 %"


def test_a_field_assigned_in_code_is_checked_as_loading_checks_it() -> None:
    claim = factcheck.load(CLAIMS).claims[0]
    with pytest.raises(ValidationError, match="kind"):
        claim.kind = "fakt"  # type: ignore[assignment]
    with pytest.raises(ValidationError, match="when"):
        claim.when = 2015  # type: ignore[assignment]
    claim.value = 12  # type: ignore[assignment]  # a number, as a claim file may hold it
    assert claim.value == "12" and claim.kind == "fact"


def _two_slices_of_60(write_files: WriteFiles) -> tuple[factcheck.Corpus, Config]:
    """Two slices of 60 %, and a configuration that makes them shares of a whole of 100 %."""
    claims = "claims:\n" + "".join(
        f"  - {{id: {h}, quote: '{h} 60 %', subject: S, property: slice, "
        f"qualifiers: {{holder: {h}}}, value: 60 %, when: '2012'}}\n"
        for h in ("x", "y")
    )
    corpus = factcheck.load(write_files({"a.yaml": source_block() + claims}))
    return corpus, Config.from_mapping({"properties": {"slice": {"whole": "100 %"}}})


def test_what_one_run_derived_does_not_leak_into_the_next(write_files: WriteFiles) -> None:
    corpus, whole = _two_slices_of_60(write_files)
    plain = {f.rule for f in factcheck.verify(corpus).findings}
    with_whole = {f.rule for f in factcheck.verify(corpus, whole).findings}
    assert "shares-sum-to-whole" in with_whole and "shares-sum-to-whole" not in plain
    assert {f.rule for f in factcheck.verify(corpus).findings} == plain


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"approx": 2}, "'approx'"),
        ({"exclude": "drafts/**"}, "exclude must be a list of globs, not one text"),
        ({"rules": {"word-count": {"enabled": "nope"}}}, "'rules.word-count.enabled'"),
        ({"review": {"max_age_days": 0}}, "'review.max_age_days'"),
        ({"vocabulary": {"seats": "577"}}, "vocabulary must be a Vocabulary, not dict"),
    ],
)
def test_a_config_built_in_code_is_checked(settings: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        Config(**settings)  # type: ignore[arg-type]


def test_a_config_built_in_code_takes_plain_python_values() -> None:
    config = Config(approx=0.3, rules={"word-count": {"enabled": False}})  # type: ignore[arg-type]
    assert config.approx == Decimal("0.3") and not config.rules["word-count"].enabled
    strict = Config(rules={"word-count": {"severity": Severity.ERROR}})  # type: ignore[dict-item]
    assert strict.rules["word-count"].severity == "error"
    assert Config(review={"max_age_days": 30}).review.max_age_days == 30  # type: ignore[arg-type]
    corpus = factcheck.load(CLAIMS, config)
    approximate = next(c for c in corpus.claims if c.value == "~90 person").parsed_value
    assert approximate is not None and approximate.quantity.interval.lo == 63
    assert "word-count" not in {f.rule for f in factcheck.verify(corpus, config).findings}


def test_verify_names_what_it_takes() -> None:
    with pytest.raises(TypeError, match=re.escape("verify() takes a Corpus, as factcheck.load")):
        factcheck.verify("claims/")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=re.escape("config must be a factcheck.Config, not dict")):
        factcheck.verify(factcheck.load(CLAIMS), {"approx": 0.1})  # type: ignore[arg-type]
    report = factcheck.verify(factcheck.load(CLAIMS), fail_on="warning")  # type: ignore[arg-type]
    assert report.fail_on is Severity.WARNING and not report.ok


def test_a_report_is_the_json_document_as_python_data() -> None:
    report = factcheck.verify(factcheck.load(CLAIMS))
    assert report.to_dict() == json.loads(REPORTERS["json"](report, RenderOptions()))
    assert report.to_dict()["summary"]["claims"] == 27


def test_the_library_reads_the_configuration_the_command_line_reads(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"a.yaml": MISQUOTED, "a.txt": "environ 90 personnes"})
    (folder / "factcheck.toml").write_text("[rules.figure-in-quote]\nenabled = false\n")
    main(["verify", str(folder), "--format", "json", "--no-cache"])
    cli = json.loads(capsys.readouterr().out)["findings"]
    corpus = factcheck.load(folder)  # factcheck.toml found upward, as the CLI finds it
    assert [f.to_dict() for f in factcheck.verify(corpus).findings] == cli
    assert {f["rule"] for f in cli} == {"quote-in-text"}
    everything = factcheck.verify(corpus, Config())  # a config given wins
    assert {f.rule for f in everything.findings} == {"quote-in-text", "figure-in-quote"}


def test_loading_nothing_to_check_is_an_error_as_on_the_command_line(
    write_files: WriteFiles,
) -> None:
    empty = write_files({"notes.txt": "no claim file here"})
    with pytest.raises(factcheck.PathNotFound, match=r"no claim files \(\*\.yaml, \*\.yml\) in "):
        factcheck.load(empty)
    with pytest.raises(factcheck.PathNotFound, match="an empty path names no file or folder"):
        factcheck.load("")
    with pytest.raises(factcheck.PathNotFound, match="File name too long"):
        factcheck.load("x" * 5000)


def test_an_unknown_fail_on_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="fail_on: unknown severity 'fatal'"):
        factcheck.verify(factcheck.load(CLAIMS), fail_on="fatal")  # type: ignore[arg-type]


def test_two_threads_verifying_one_corpus_each_get_their_own_findings(
    write_files: WriteFiles,
) -> None:
    corpus, whole = _two_slices_of_60(write_files)
    expected = {
        id(whole): {f.rule for f in factcheck.verify(corpus, whole).findings},
        id(corpus.config): {f.rule for f in factcheck.verify(corpus).findings},
    }
    assert expected[id(whole)] != expected[id(corpus.config)]
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns as often as they can
    try:
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            configs = [whole, corpus.config] * 20
            runs = list(pool.map(lambda c: (c, factcheck.verify(corpus, c)), configs))
    finally:
        sys.setswitchinterval(switch)
    for config, report in runs:
        assert {f.rule for f in report.findings} == expected[id(config)]


def test_a_report_reads_well_in_a_notebook() -> None:
    report = factcheck.verify(factcheck.load(CLAIMS))
    assert len(repr(report)) < 3000  # no rule documentation
    warning = next(f for f in report.findings if f.severity is Severity.WARNING)
    assert f"{warning.severity}" == "warning"
    text = REPORTERS["text"](report, RenderOptions())
    assert f"{warning}\n" in text and str(warning).startswith(f"{warning.location}: warning ")
