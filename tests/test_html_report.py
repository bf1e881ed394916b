"""The HTML report: every quote highlighted in place, findings explained, claim text escaped."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

import factcheck
from factcheck.cli_report import register
from factcheck.html_report import write_report
from factcheck.rules import RULES
from factcheck.text import normalise
from tests.conftest import CLAIMS, SEED_YAML, WriteFiles, source_block

SEED_PAGE = "latribune_2015_07_27_cloud_etat.html"
SHARES_RULE = "shares-sum-to-whole"
SHARES = ("cloudwatt_share_orange_2012", "cloudwatt_share_thales_2012", "cloudwatt_share_cdc_2012")


class Page(HTMLParser):
    """What the tests look at in a page: highlights, cards and scripts."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.highlighted: dict[str, str] = {}  # claim id -> its highlighted text
        self.cards: dict[str, str] = {}  # claim id -> the text of its card
        self.scripts = 0
        self.external: list[str] = []
        self._stack: list[tuple[str, dict[str, str | None]]] = []
        self._card: str | None = None
        self._card_depth = 0
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script":
            self.scripts += 1
        for name in ("src", "href"):
            value = attributes.get(name) or ""
            if (
                tag in ("link", "script", "img", "iframe")
                and value
                and not value.startswith("data:")
            ):
                self.external.append(value)
        if tag in ("br", "meta", "link", "img", "input"):
            return
        self._stack.append((tag, attributes))
        element_id = attributes.get("id") or ""
        if self._card is None and element_id.startswith("claim-"):
            self._card, self._card_depth = element_id.removeprefix("claim-"), len(self._stack)
            self.cards[self._card] = ""

    def handle_endtag(self, tag: str) -> None:
        if self._card is not None and len(self._stack) == self._card_depth:
            self._card = None
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._card is not None:
            self.cards[self._card] += data
        classes = [set((attrs.get("class") or "").split()) for _, attrs in self._stack]
        if not classes or "q" not in classes[-1]:
            return
        for _, attrs in reversed(self._stack):
            if "hl" in (attrs.get("class") or "").split():
                for claim_id in (attrs.get("data-claims") or "").split():
                    self.highlighted[claim_id] = self.highlighted.get(claim_id, "") + data
                return


def build(folder: Path, out: Path) -> Path:
    corpus = factcheck.load(folder)
    return write_report(corpus, factcheck.verify(corpus), out)


def seed_copy(tmp_path: Path, *changes: tuple[str, str]) -> Path:
    """The seed article in a folder of its own, text and claims changed alike."""
    folder = tmp_path / "claims"
    folder.mkdir()
    for path in CLAIMS.glob("latribune-2015-07-27.*"):
        content = path.read_text(encoding="utf-8")
        for old, new in changes:
            content = content.replace(old, new)
        (folder / path.name).write_text(content, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(CLAIMS, tmp_path_factory.mktemp("site")).parent


def test_writes_an_index_and_a_page_per_source(seed_site: Path) -> None:
    # and the list of the pages written, which the next report reads to remove a gone one
    assert sorted(p.name for p in seed_site.iterdir()) == [
        ".factcheck-pages",
        "index.html",
        SEED_PAGE,
    ]
    index = (seed_site / "index.html").read_text(encoding="utf-8")
    assert f'href="{SEED_PAGE}"' in index
    assert "Les ministères se mettent au cloud avec Orange" in index


def test_every_seed_quote_is_highlighted(seed_site: Path) -> None:
    page = Page((seed_site / SEED_PAGE).read_text(encoding="utf-8"))
    seed = factcheck.load(SEED_YAML)
    claims = list(seed.claims)
    assert len(claims) == 27
    for claim in claims:
        assert normalise(page.highlighted.get(claim.id, "")) == normalise(claim.quote), claim.id


def test_a_repeated_quote_is_highlighted_at_each_occurrence(seed_site: Path) -> None:
    html = (seed_site / SEED_PAGE).read_text(encoding="utf-8")
    first = html.index('data-claims="eu_cloud_use_2014"')
    second = html.index('data-claims="eu_cloud_use_2014_body"')
    assert first < html.index("Le cloud, un retard français") < second


def test_overlapping_quotes_are_both_highlighted(seed_site: Path) -> None:
    html = (seed_site / SEED_PAGE).read_text(encoding="utf-8")
    both = "state_cloud_contract_duration state_cloud_contract_renewable"
    assert re.search(rf'data-claims="{both}"><span class="q">deux ans</span>', html)


def test_claims_are_listed_in_reading_order_with_intervals_and_periods(seed_site: Path) -> None:
    page = Page((seed_site / SEED_PAGE).read_text(encoding="utf-8"))
    order = list(page.cards)
    assert order[:2] == ["france_cloud_use_2014", "eu_cloud_use_2014"]
    assert order[-1] == "france_cloud_rank_2014"
    orange = page.cards["cloudwatt_share_orange_2012"]
    assert "44,4 % (44,35 à 44,45 %)" in orange
    assert "septembre 2012" in orange
    announced = page.cards["state_cloud_contract_announced"]
    assert "27 juillet 2015" in announced and "written “lundi 27 juillet”" in announced
    assert "moins de 2 millions EUR" in page.cards["cloudwatt_revenue_2014"]


def test_pages_are_self_contained(seed_site: Path) -> None:
    for path in seed_site.glob("*.html"):
        page = Page(path.read_text(encoding="utf-8"))
        assert page.external == [], path.name
        assert page.scripts == 1  # the few inline lines that add Space to the highlights' keys


def test_findings_are_listed_worst_first(tmp_path: Path) -> None:
    folder = seed_copy(tmp_path, ("(33,3%)", "(43,3%)"), ('value: "33,3 %"', 'value: "43,3 %"'))
    index = build(folder, tmp_path / "out").read_text(encoding="utf-8")
    corpus = factcheck.load(folder)
    report = factcheck.verify(corpus)
    shown = re.findall(r'<tr class="sev-(error|warning|info)">', index)
    rank = {"error": 3, "warning": 2, "info": 1}
    assert len(shown) == len(report.findings) >= 2
    assert [rank[s] for s in shown] == sorted((rank[s] for s in shown), reverse=True)
    assert shown[0] == "error"


def test_a_quote_with_markup_is_shown_as_text(write_files: WriteFiles, tmp_path: Path) -> None:
    quote = "<script>alert('x')</script> & <b>gras</b>"
    folder = write_files(
        {
            "a.yaml": source_block(text="a.txt")
            + f"""\
claims:
  - id: markup
    quote: "{quote}"
    subject: "<img src=x onerror=alert(1)>"
    property: staff
    value: ~90 person
    note: "</dd><script>alert(2)</script>"
    reviews:
      - {{date: 2026-01-02, by: "<i>desk</i>", verdict: disputed,
          evidence: ["https://example.org/?a=1&b=<2>"]}}
""",
            "a.txt": f"Avant {quote} après, avec environ 90 personnes.",
        }
    )
    site = build(folder, tmp_path / "out")
    html = (site.parent / "test_source.html").read_text(encoding="utf-8")
    page = Page(html)
    assert page.highlighted["markup"] == quote
    assert page.scripts == 1
    assert "<b>gras" not in html and "<img src=x" not in html and "<i>desk" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;gras&lt;/b&gt;" in html
    assert 'href="javascript:' not in html
    assert 'href="https://example.org/?a=1&amp;b=&lt;2&gt;"' in html


def test_a_source_without_text_gets_a_table(write_files: WriteFiles, tmp_path: Path) -> None:
    folder = write_files(
        {
            "a.yaml": source_block()
            + """\
claims:
  - id: staff
    quote: environ 90 personnes
    subject: Cloudwatt
    property: staff
    value: ~90 person
    status: verified
    reviews:
      - {date: 2026-01-02, by: desk, verdict: verified, note: "payroll 2015",
         evidence: ["https://example.org/payroll"]}
"""
        }
    )
    html = (build(folder, tmp_path / "out").parent / "test_source.html").read_text("utf-8")
    assert '<table class="list">' in html and 'id="claim-staff"' in html
    assert 'class="hl' not in html.split('id="main"')[1].split('id="findings"')[0]
    assert "payroll 2015" in html and 'href="https://example.org/payroll"' in html
    assert "90 person (81 à 99 person)" in html


def test_a_quote_missing_from_the_text_is_listed_with_its_finding(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    folder = write_files(
        {
            "a.yaml": source_block(text="a.txt")
            + """\
claims:
  - id: staff
    quote: environ 91 personnes
    subject: Cloudwatt
    property: staff
    value: ~91 person
""",
            "a.txt": "qui emploie environ 90 personnes",
        }
    )
    html = (build(folder, tmp_path / "out").parent / "test_source.html").read_text("utf-8")
    page = Page(html)
    assert "staff" not in page.highlighted
    assert "Not found in the text." in page.cards["staff"]
    assert "quote-in-text" in page.cards["staff"]


def test_an_ignored_finding_is_shown_with_its_reason(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    folder = write_files(
        {
            "a.yaml": source_block(text="a.txt")
            + """\
claims:
  - id: staff
    quote: environ 90 personnes
    subject: Cloudwatt
    property: staff
    value: ~95 person
    ignore:
      figure-in-quote: "the print edition says 95"
""",
            "a.txt": "qui emploie environ 90 personnes",
        }
    )
    corpus = factcheck.load(folder)
    report = factcheck.verify(corpus)
    if not report.suppressed:
        pytest.skip("suppressions ('ignore') are not applied by verify() yet")
    index = write_report(corpus, report, tmp_path / "out")
    card = Page((index.parent / "test_source.html").read_text("utf-8")).cards["staff"]
    assert "figure-in-quote" in card and "the print edition says 95" in card
    assert "<strong>1</strong> ignored" in index.read_text("utf-8")


def test_a_broken_file_still_gets_a_page_with_its_finding(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    folder = write_files({"broken.yaml": "source: [unclosed\n"})
    index = build(folder, tmp_path / "out")
    html = (index.parent / "file-broken.html").read_text("utf-8")  # never an article's name
    assert "invalid-yaml" in html
    assert "invalid-yaml" in index.read_text("utf-8")


def test_page_names_are_unique_and_never_the_index(write_files: WriteFiles, tmp_path: Path) -> None:
    folder = write_files(
        {
            "a.yaml": source_block(source_id="index"),
            "b.yaml": source_block(source_id="index"),
        }
    )
    index = build(folder, tmp_path / "out")
    assert sorted(p.name for p in index.parent.glob("*.html")) == [
        "index.html",
        "index_2.html",
        "index_3.html",
    ]


def test_a_broken_file_never_takes_an_articles_page_name(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    broken = "source:\n  id: Bad Id\n  title: t\n  publisher: p\n  published: 2015-01-01\n"
    folder = write_files({"a_src.yaml": broken, "b.yaml": source_block(source_id="a_src")})
    index = build(folder, tmp_path / "out")
    pages = sorted(p.name for p in index.parent.glob("*.html"))
    assert pages == ["a_src.html", "file-a_src.html", "index.html"]  # the article keeps its name
    assert "b.yaml" in (index.parent / "a_src.html").read_text("utf-8")


@pytest.mark.skipif(
    SHARES_RULE not in RULES, reason=f"the rule '{SHARES_RULE}' is not registered yet"
)
def test_a_wrong_share_shows_the_error_and_its_arithmetic_on_the_three_shares(
    tmp_path: Path,
) -> None:
    folder = seed_copy(tmp_path, ("(33,3%)", "(43,3%)"), ('value: "33,3 %"', 'value: "43,3 %"'))
    page = Page((build(folder, tmp_path / "out").parent / SEED_PAGE).read_text("utf-8"))
    for claim_id in SHARES:
        card = " ".join(page.cards[claim_id].split())
        assert SHARES_RULE in card, claim_id
        assert "sum to 109,9 % (109,75 à 110,05 %), more than 100 %" in card
        arithmetic = card.split("The arithmetic", 1)[1]
        for part in ("Orange 44,4 %", "+ Thales 22,2 %", "+ Caisse des Dépôts 43,3 %"):
            assert part in arithmetic
        assert "= sum 109,9 % (109,75 à 110,05 %)" in arithmetic
        assert "the sum cannot stay within the whole, 100 %" in arithmetic
    assert page.highlighted["cloudwatt_share_cdc_2012"] == "la Caisse des Dépôts (43,3%)"


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="factcheck")
    register(parser.add_subparsers())
    args = parser.parse_args(["report", *argv])
    code: int = args.run(args)
    return code


def test_cli_writes_the_site_and_says_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    out = tmp_path / "r"
    assert run_cli(str(CLAIMS), "-o", str(out), "--open") == 0
    assert (out / "index.html").is_file() and (out / SEED_PAGE).is_file()
    said = capsys.readouterr().out
    assert said.startswith(f"wrote {out / 'index.html'} (1 file, 27 claims: 0 errors")
    assert opened == [(out / "index.html").resolve().as_uri()]


def test_cli_refuses_a_missing_path_or_an_output_that_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(str(tmp_path / "nowhere"), "-o", str(tmp_path / "r")) == 2
    assert capsys.readouterr().err.startswith("factcheck: error: ")
    a_file = tmp_path / "file"
    a_file.write_text("", encoding="utf-8")
    assert run_cli(str(CLAIMS), "-o", str(a_file)) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_cli_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run_cli("--help")
    assert "factcheck report -o report/ --open" in capsys.readouterr().out


def test_the_report_leaves_other_files_alone(tmp_path: Path) -> None:
    out = tmp_path / "r"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    build(CLAIMS, out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    shutil.rmtree(out)


def test_the_page_of_a_removed_article_goes_and_nothing_else(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    claims = "claims:\n  - {id: c1, subject: s, property: p, value: '1'}\n"
    folder = write_files(
        {
            "a.yaml": source_block(source_id="kept") + claims,
            "b.yaml": source_block(source_id="removed") + claims.replace("c1", "c2"),
        }
    )
    out = tmp_path / "site"
    build(folder, out)
    assert (out / "removed.html").is_file()
    (out / "notes.html").write_text("<p>an editor's page</p>", encoding="utf-8")
    listed = out / ".factcheck-pages"
    # a list a checkout altered names files that are not the report's pages
    listed.write_text(
        listed.read_text(encoding="utf-8") + "notes.html\n../a.yaml\n", encoding="utf-8"
    )
    (folder / "b.yaml").unlink()
    build(folder, out)
    assert not (out / "removed.html").exists()  # would show claims no longer true
    assert (out / "kept.html").is_file()
    assert (out / "notes.html").read_text(encoding="utf-8") == "<p>an editor's page</p>"
    assert (folder / "a.yaml").is_file()
    assert listed.read_text(encoding="utf-8") == "kept.html\n"


def test_screen_readers_hear_numbers_not_punctuation(tmp_path: Path) -> None:
    site = build(CLAIMS, tmp_path / "out")
    pages = [
        site.read_text(encoding="utf-8"),
        *(p.read_text(encoding="utf-8") for p in site.parent.glob("*.html") if p != site),
    ]
    for html in pages:
        assert not re.search(r"<span[^>]*aria-label", html)  # prohibited on a span without role
        assert not re.search(r'<td class="n">·</td>', html)  # read aloud as "dot"
    index = pages[0]
    assert '<span aria-hidden="true">·</span><span class="sr-only">0</span>' in index


# --- The audit's findings: page names, links per claim, languages, re-checks, the index ---


class Links(HTMLParser):
    """The text's highlight links: where each goes, what it says; and the cards' numbers."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[dict[str, str]] = []  # href, id, spoken (the sr-only text), lang
        self.numbers: dict[str, str] = {}  # card anchor -> its number
        self.ids: list[str] = []
        self.headings: list[tuple[str, str]] = []
        self._link: dict[str, str] | None = None
        self._sr = 0
        self._sr_lang: list[str] = []
        self._heading: tuple[str, str] | None = None
        self._card: str | None = None
        self._num = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.append(a["id"])
        classes = a.get("class", "").split()
        if tag == "a" and "hl" in classes:
            self._link = {"href": a["href"], "id": a["id"], "spoken": "", "lang": ""}
            self.links.append(self._link)
        if tag == "li" and "card" in classes:
            self._card = a["id"]
        if tag == "span" and "num" in classes:
            self._num = True
            self.numbers[self._card or ""] = ""
        if tag in ("h1", "h2", "h3", "h4"):
            self._heading = (tag, "")
        if tag == "span" and "sr-only" in classes and self._link is not None:
            self._sr += 1
            self._link["lang"] += a.get("lang", "") + " "

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._link = None
        if tag == "span":
            self._sr = max(0, self._sr - 1)
        if tag == "h3":
            self._num = False
        if tag in ("h1", "h2", "h3", "h4") and self._heading:
            self.headings.append((self._heading[0], " ".join(self._heading[1].split())))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._link is not None and self._sr:
            self._link["spoken"] += data
        if self._num and self._card:
            self.numbers[self._card] += re.sub(r"\D", "", data)
        if self._heading:
            self._heading = (self._heading[0], self._heading[1] + data)


NESTED_YAML = """\
claims:
  - id: long_quote
    quote: "selon les chiffres de l'Insee, 120 emplois"
    subject: Ville
    property: jobs
    value: 120 person
  - id: inner_quote
    quote: "les chiffres de l'Insee"
    subject: Insee
    property: source
  - id: same_a
    quote: "le même passage"
    subject: Ville
    property: a
  - id: same_b
    quote: "le même passage"
    subject: Ville
    property: b
"""
NESTED_TEXT = (
    "Il y a, selon les chiffres de l'Insee, 120 emplois. Puis le même passage, une fois.\n"
)


def nested_site(write_files: WriteFiles, tmp_path: Path) -> Path:
    folder = write_files({"a.yaml": source_block(text="a.txt") + NESTED_YAML, "a.txt": NESTED_TEXT})
    return build(folder, tmp_path / "out").parent


def test_every_claim_opens_from_its_words_and_each_link_says_which(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    page = Links((nested_site(write_files, tmp_path) / "test_source.html").read_text("utf-8"))
    reached = {link["href"].removeprefix("#") for link in page.links}
    assert reached == set(page.numbers), "every claim has a link of its own"
    for link in page.links:
        number = page.numbers[link["href"].removeprefix("#")]
        said = re.search(r"claim (\d+)", link["spoken"])
        assert said and said.group(1) == number, link  # it announces the claim it opens
    inner = [link for link in page.links if link["href"] == "#claim-inner_quote"]
    assert inner and "also in claim" in inner[0]["spoken"]


def test_a_long_source_id_gets_a_short_page_name(write_files: WriteFiles, tmp_path: Path) -> None:
    long_a, long_b = "a" * 300, "a" * 299 + "b"
    folder = write_files(
        {"a.yaml": source_block(source_id=long_a), "b.yaml": source_block(source_id=long_b)}
    )
    index = build(folder, tmp_path / "out")
    pages = sorted(p.name for p in index.parent.glob("*.html") if p.name != "index.html")
    assert len(pages) == 2 and pages[0] != pages[1]
    assert all(len(name) <= 90 and name.startswith("a" * 60) for name in pages)
    html = index.read_text("utf-8")
    assert all(f'href="{name}"' in html for name in pages)


def test_a_failure_leaves_no_half_site(
    write_files: WriteFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_files(
        {"a.yaml": source_block(source_id="a_src"), "b.yaml": source_block(source_id="b_src")}
    )
    corpus = factcheck.load(folder)
    report = factcheck.verify(corpus)
    out = tmp_path / "out"
    (out / "b_src.html").mkdir(parents=True)  # the second page cannot be written
    with pytest.raises(OSError):
        write_report(corpus, report, out)
    assert sorted(p.name for p in out.iterdir()) == ["b_src.html"]

    def fail(doc: object, total: int) -> None:
        if fail.calls:  # type: ignore[attr-defined]
            raise OSError(28, "No space left on device")
        fail.calls += 1  # type: ignore[attr-defined]

    fail.calls = 0  # type: ignore[attr-defined]
    (out / "b_src.html").rmdir()
    with pytest.raises(OSError):
        write_report(corpus, report, out, progress=fail)
    assert list(out.iterdir()) == []


def test_the_cli_writes_a_long_id_and_exits_0(
    write_files: WriteFiles, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_files({"long.yaml": source_block(source_id="a" * 300)})
    assert run_cli(str(folder), "-o", str(tmp_path / "r")) == 0
    assert len(list((tmp_path / "r").glob("*.html"))) == 2


def test_each_language_is_marked_where_it_changes(write_files: WriteFiles, tmp_path: Path) -> None:
    folder = write_files(
        {
            "a.yaml": source_block(text="a.txt", published="2015-03-12") + NESTED_YAML,
            "a.txt": NESTED_TEXT,
            "broken.yaml": source_block(source_id="Bad Id", language="fr")
            + "claims:\n  - {id: orphan, quote: quelque chose, subject: X, property: p}\n",
        }
    )
    site = build(folder, tmp_path / "out").parent
    html = (site / "test_source.html").read_text("utf-8")
    page = Links(html)
    assert page.links and all(set(link["lang"].split()) == {"en"} for link in page.links)
    assert '<time datetime="2015-03-12" lang="fr">12 mars 2015</time>' in html
    assert '<span lang="fr">120 person (119,5 à 120,5 person)</span>' in html
    assert '<span lang="fr">Ville</span>' in html
    index = (site / "index.html").read_text("utf-8")
    assert '<time datetime="2015-03-12" lang="fr">12 mars 2015</time>' in index
    broken = next(p for p in site.iterdir() if p.name.startswith("file-broken"))
    assert '<blockquote lang="fr">quelque chose</blockquote>' in broken.read_text("utf-8")


RECHECK_YAML = """\
claims:
  - id: changed
    quote: "le même passage"
    subject: Ville
    property: a
    status: verified
    reviews:
      - {{date: 2026-11-03, by: desk, verdict: verified, quote_fingerprint: "{fingerprint}"}}
  - id: old
    quote: "120 emplois"
    subject: Ville
    property: jobs
    value: 120 person
    status: verified
    reviews:
      - {{date: 2015-04-01, by: desk, verdict: verified}}
"""


def test_drifted_and_stale_verdicts_are_flagged(write_files: WriteFiles, tmp_path: Path) -> None:
    from factcheck.editing import quote_fingerprint

    yaml = RECHECK_YAML.format(fingerprint=quote_fingerprint("un autre passage"))
    folder = write_files({"a.yaml": source_block(text="a.txt") + yaml, "a.txt": NESTED_TEXT})
    corpus = factcheck.load(folder)
    index = write_report(
        corpus, factcheck.verify(corpus), tmp_path / "out", today=dt.date(2026, 12, 1)
    )
    page = Page((index.parent / "test_source.html").read_text("utf-8"))
    changed, old = " ".join(page.cards["changed"].split()), " ".join(page.cards["old"].split())
    assert "quote drifted" in changed and "Quote drifted since its review" in changed
    assert "Stale verdict" not in changed
    assert "Stale verdict" in old and "older than 365 days" in old and "4262 days" in old
    html = (index.parent / "test_source.html").read_text("utf-8")
    assert "(claim 2: verified, stale)" in html or "(claim 1: verified, stale)" in html
    assert "2 verdicts to re-check" in index.read_text("utf-8")


TWO_FILES_YAML = """\
claims:
  - id: {cid}
    quote: "120 emplois"
    subject: Ville
    property: jobs
    when: "2014"
    value: {value}
"""


def test_the_index_puts_errors_first_and_its_rows_add_up(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    folder = write_files(
        {
            "a.yaml": source_block(source_id="a_clean"),
            "b.yaml": source_block(source_id="b_jobs", text="b.txt")
            + TWO_FILES_YAML.format(cid="jobs_b", value="120 person")
            + "  - {id: missing, quote: pas dans le texte, subject: X, property: p}\n",
            "b.txt": NESTED_TEXT,
            "c.yaml": source_block(source_id="c_jobs")
            + TWO_FILES_YAML.format(cid="jobs_c", value="150 person"),
        }
    )
    corpus = factcheck.load(folder)
    report = factcheck.verify(corpus)
    index = write_report(corpus, report, tmp_path / "out").read_text("utf-8")
    rows = re.findall(r'<tr>\s*<td><a href="([^"]+)"', index)
    assert rows[-1] == "a_clean.html"  # first in path order, but clean
    body = index.split('id="sources-title"')[1].split("</tbody>")[0]
    errors = []
    for row in body.split("<tr>")[2:]:
        numbers = [
            int(n) if n.isdigit() else 0
            for n in re.findall(r'<td class="n">(\d+|<span aria-hidden="true">·</span>)', row)
        ]
        errors.append(numbers[-3])
    assert errors == sorted(errors, reverse=True)
    assert sum(errors) == report.summary.errors >= 2
    assert "counted once, in the row of the file it is reported at" in index
    arithmetic = (tmp_path / "out" / "c_jobs.html").read_text("utf-8")
    assert '<td lang="fr">150 person (149,5 à 150,5 person)</td>' in arithmetic


def test_each_claim_has_a_heading_and_an_id_of_its_own(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    yaml = NESTED_YAML + "  - {id: same_a, quote: Puis, subject: Ville, property: c}\n"
    folder = write_files(
        {
            "a.yaml": source_block(text="a.txt") + yaml,
            "a.txt": NESTED_TEXT,
            "bad.yaml": source_block(source_id="bad").replace(
                "  language:", '  url: "javascript:x"\n  language:'
            )
            + "claims: []\n",
            "yaml.yaml": "source: [unclosed\n",
        }
    )
    site = build(folder, tmp_path / "out").parent
    page = Links((site / "test_source.html").read_text("utf-8"))
    assert len(page.ids) == len(set(page.ids)), "no id twice"
    assert {link["href"] for link in page.links} >= {"#claim-same_a", "#claim-same_a-2"}
    h3 = [text for tag, text in page.headings if tag == "h3"]
    assert len(h3) == 5 and all(text.startswith("Claim ") for text in h3)
    assert "Reviews" not in h3
    index = (site / "index.html").read_text("utf-8")
    bad_row = index.split("bad.yaml</code>")[1].split("</td>")[0]
    assert "source block invalid (see the findings)" in bad_row
    assert "could not be read" in index.split("yaml.yaml</code>")[1].split("</td>")[0]


# --- Hostile sizes: the report stays linear in the claims (audit: n claims, n² HTML) -------


def findings_section(html: str) -> str:
    return html.split('<section id="findings"', 1)[1].split("</section>", 1)[0]


def test_claims_sharing_an_id_keep_the_page_linear(write_files: WriteFiles, tmp_path: Path) -> None:
    from factcheck.html_report import CARD_FINDINGS

    n = 300  # each of the n cards used to list the n - 1 duplicate-id findings
    claims = "".join(f"  - {{id: c, quote: texte, subject: S{i}, property: p}}\n" for i in range(n))
    folder = write_files(
        {"a.yaml": source_block(text="a.txt") + "claims:\n" + claims, "a.txt": "Le texte.\n"}
    )
    site = build(folder, tmp_path / "out").parent
    html = (site / "test_source.html").read_text("utf-8")
    assert len(html) < 10_000 * n  # 130 KB a claim before
    card = html.split('id="claim-c-2"', 1)[1].split('<li class="card', 1)[0]
    assert card.count('<li class="finding sev-error">') == CARD_FINDINGS
    more = f"… and {n - 1 - CARD_FINDINGS} more findings about <code>c</code>"
    assert f'<a href="#findings">{more}: see Findings, worst first</a>' in card
    # every finding is still on the page, once, in the section the card links to
    section = findings_section(html)
    rule = '<code class="rule">duplicate-id</code>'
    assert section.count(rule) == n - 1
    assert html.count(rule) == n - 1 + CARD_FINDINGS * n
    page = Links(html)
    assert len(page.ids) == len(set(page.ids))
    assert len([text for tag, text in page.headings if tag == "h3"]) == n
    # the highlight still says how many findings each claim has
    assert 'title="1. c: unverified, 299 errors; 2. c: unverified, 299 errors;' in html


def test_a_long_sum_lists_its_first_parts_then_how_many_more(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    from factcheck.html_report import CARD_ITEMS, PAGE_ITEMS

    n = 300  # each of the n cards used to show the sum's n terms
    claims = "".join(
        f"  - {{id: c{i}, quote: q, subject: S, property: share_held, "
        f"qualifiers: {{holder: h{i}}}, value: '1.{i % 7} %'}}\n"
        for i in range(n)
    )
    folder = write_files({"a.yaml": source_block(language="en") + "claims:\n" + claims})
    site = build(folder, tmp_path / "out").parent
    html = (site / "test_source.html").read_text("utf-8")
    assert len(html) < 10_000 * n  # 80 KB a claim before
    card = html.split('<tr id="claim-c5"', 1)[1].split("</tr>\n<tr id=", 1)[0]
    arithmetic = card.split("The arithmetic", 1)[1].split("</table>", 1)[0]
    assert arithmetic.count('<th scope="row"><a href="test_source.html#claim-c') == CARD_ITEMS
    more = f"… and {n - CARD_ITEMS} more parts"
    assert f'<a href="#findings">{more}: see Findings, worst first</a>' in arithmetic
    assert arithmetic.index(more) < arithmetic.index('<tr class="total">')
    assert '<th scope="row">sum</th>' in arithmetic
    assert "more characters: see Findings, worst first</a>" in card  # c0 + c1 + … cut
    # the page's findings section lists more of it, once, and says how many it leaves out
    section = findings_section(html)
    arithmetic = section.split("The arithmetic", 1)[1].split("</table>", 1)[0]
    assert arithmetic.count('<th scope="row"><a href="test_source.html#claim-c') == PAGE_ITEMS
    assert f"… and {n - PAGE_ITEMS:,} more parts</th>" in arithmetic
    assert section.count("The arithmetic") == 1


def test_a_long_list_of_claims_in_a_finding_is_cut_on_cards(
    write_files: WriteFiles, tmp_path: Path
) -> None:
    from factcheck.html_report import CARD_ITEMS

    n = 60
    claims = "".join(
        f"  - {{id: c{i}, quote: q, subject: S{i}, property: p, when: '{2000 + i % 20}'}}\n"
        for i in range(n)
    )
    order = ", ".join(f"c{i}" for i in range(n))
    yaml = (
        source_block(language="en")
        + "claims:\n"
        + claims
        + f"checks:\n  - {{id: k, order: [{order}]}}\n"
    )
    site = build(write_files({"a.yaml": yaml}), tmp_path / "out").parent
    html = (site / "test_source.html").read_text("utf-8")
    card = html.split('<tr id="claim-c5"', 1)[1].split("</tr>\n<tr id=", 1)[0]
    where = card.split("order-holds", 1)[1].split('<p class="where">', 1)[1].split("</p>", 1)[0]
    assert where.count('<a href="test_source.html#claim-') == CARD_ITEMS
    assert f"… and {n - CARD_ITEMS} more claims: see Findings, worst first</a>" in where
    section = findings_section(html).split("order-holds", 1)[1].split("</li>", 1)[0]
    assert section.count('<a href="test_source.html#claim-') == n  # within the page's bound
