"""The HTML report in a real headless browser: Debian's chromium, driven by playwright.

The pages are opened from file://, as an editor opens them. The tests check that every
quote of the seed article is highlighted at its place, that a highlight's explanation
opens on click and from the keyboard, that nothing is fetched from the network, that no
console error occurs, that text keeps WCAG AA contrast in light and dark mode, and that
print shows every explanation. Screenshots go to a temporary folder, and also to
``$FACTCHECK_SCREENSHOTS`` when it is set (``FACTCHECK_SCREENSHOTS=docs/img`` remakes
the documentation's images).

playwright must never download a browser ('playwright install'): it drives the system's
chromium, which ``.ci/run`` installs. Without one these tests are skipped, never failed.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import factcheck
from factcheck.html_report import write_report
from factcheck.text import normalise
from tests.conftest import CLAIMS, SEED_YAML

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Request, Route

CHROMIUM = shutil.which("chromium") or next(
    (p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()), None
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium binary: install Debian's chromium (apt-get install chromium), "
    "as .ci/run does; playwright must not download its own",
)
ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SEED_PAGE = "latribune_2015_07_27_cloud_etat.html"
SHARES = ("cloudwatt_share_orange_2012", "cloudwatt_share_thales_2012", "cloudwatt_share_cdc_2012")

# For every claim: the text before its first highlight, and what its highlights say.
# Paragraphs are joined by a blank line, as in the source text; badges are left out.
HIGHLIGHTS_JS = """() => {
  const out = {};
  let before = "";
  for (const p of document.querySelectorAll(".text p")) {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent.closest(".badge, .sr-only")) continue;
      const hl = parent.closest("a.hl");
      if (hl) {
        const box = hl.getBoundingClientRect();
        const background = getComputedStyle(hl).backgroundColor;
        for (const id of hl.dataset.claims.split(" ")) {
          out[id] = out[id] || {before: before, text: "", visible: true, coloured: true};
          out[id].text += node.data;
          out[id].visible = out[id].visible && box.width > 0 && box.height > 0;
          out[id].coloured = out[id].coloured && background !== "rgba(0, 0, 0, 0)";
        }
      }
      before += node.data;
    }
    before += "\\n\\n";
  }
  return out;
}"""

# The colour of each element's text and of the first opaque background behind it.
COLOURS_JS = """(elements) => elements.map((element) => {
  const opaque = (c) => c && c !== "transparent" && !/^rgba\\(.*, 0\\)$/.test(c);
  let node = element, background = null;
  while (node && !opaque(background)) {
    background = getComputedStyle(node).backgroundColor;
    node = node.parentElement;
  }
  return [element.textContent.trim().slice(0, 40), getComputedStyle(element).color,
          opaque(background) ? background : "rgb(255, 255, 255)"];
})"""
TEXT_SELECTOR = ".hl .q, .pill, .sev, .muted, .badge, a, .card dt, .counts li, h1, p, code, td, th"


@dataclass
class Visit:
    """A page with what it asked of the network and what it said on the console."""

    page: Page
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, url: str) -> Page:
        self.page.goto(url)
        return self.page

    def assert_clean(self) -> None:
        assert self.blocked == [], "requests left file://"
        assert all(url.startswith(("file://", "data:")) for url in self.requests), self.requests
        assert self.errors == [], "console errors"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]'")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.set_default_timeout(10_000)
    page = context.new_page()
    visit = Visit(page)

    def guard(route: Route, request: Request) -> None:
        if request.url.startswith(("file://", "data:")):
            route.continue_()
        else:
            visit.blocked.append(request.url)
            route.abort()

    context.route("**/*", guard)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on("console", lambda m: visit.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: visit.errors.append(str(error)))
    yield visit
    context.close()


def _site(folder: Path, out: Path) -> Path:
    corpus = factcheck.load(folder)
    return write_report(corpus, factcheck.verify(corpus), out).parent


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _site(CLAIMS, tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="module")
def shares_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article with the Caisse des Dépôts' 33,3 % changed to 43,3 %.

    Loaded from the temporary folder as the working folder, so that locations read
    ``claims/latribune-2015-07-27.yaml:230:5`` as in the documentation's screenshot.
    """
    base = tmp_path_factory.mktemp("shares")
    folder = base / "claims"
    folder.mkdir()
    for path in CLAIMS.glob("latribune-2015-07-27.*"):
        content = path.read_text(encoding="utf-8").replace("(33,3%)", "(43,3%)")
        content = content.replace('value: "33,3 %"', 'value: "43,3 %"')
        (folder / path.name).write_text(content, encoding="utf-8")
    here = Path.cwd()
    os.chdir(base)
    try:
        return _site(Path("claims"), base / "site")
    finally:
        os.chdir(here)


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folders = [tmp_path_factory.mktemp("screenshots")]
    if os.environ.get("FACTCHECK_SCREENSHOTS"):
        folders.append(Path(os.environ["FACTCHECK_SCREENSHOTS"]))
    return folders


def _save(page: Page, folders: list[Path], name: str) -> None:
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / name))
        assert (folder / name).stat().st_size > 10_000


def _nth_occurrence(text: str, quote: str, n: int) -> int:
    at = -1
    for _ in range(n + 1):
        at = text.find(quote, at + 1)
    return at


def test_every_seed_quote_is_highlighted_at_its_place(
    visit: Visit, seed_site: Path, screenshots: list[Path]
) -> None:
    page = visit.open((seed_site / SEED_PAGE).as_uri())
    shown: dict[str, Any] = page.evaluate(HIGHLIGHTS_JS)
    text = (CLAIMS / "latribune-2015-07-27.txt").read_text(encoding="utf-8")
    claims = list(factcheck.load(SEED_YAML).claims)
    assert len(claims) == 27
    earlier: dict[str, int] = {}
    for claim in claims:
        # The seed quotes are verbatim; the n-th claim quoting the same words is the n-th
        # occurrence (the article repeats a paragraph).
        at = _nth_occurrence(text, claim.quote, earlier.get(claim.quote, 0))
        earlier[claim.quote] = earlier.get(claim.quote, 0) + 1
        assert at >= 0, claim.id
        assert claim.id in shown, f"{claim.id} is not highlighted"
        assert normalise(shown[claim.id]["text"]) == normalise(claim.quote), claim.id
        assert normalise(shown[claim.id]["before"]) == normalise(text[:at]), claim.id
        assert shown[claim.id]["visible"] and shown[claim.id]["coloured"], claim.id
    _save(page, screenshots, "report-seed.png")
    visit.assert_clean()


def test_a_highlight_opens_its_explanation_on_click(
    visit: Visit, shares_site: Path, screenshots: list[Path]
) -> None:
    from playwright.sync_api import expect

    page = visit.open((shares_site / SEED_PAGE).as_uri())
    page.locator('a.hl[data-claims="cloudwatt_share_cdc_2012"]').click()
    card = page.locator("#claim-cloudwatt_share_cdc_2012")
    expect(card).to_have_class(re.compile(r"\bis-current\b"))
    expect(card).to_be_in_viewport()
    finding = card.locator(".finding", has_text="shares-sum-to-whole")
    expect(finding).to_be_visible()
    expect(finding).to_contain_text("sum to 109,9 % (109,75 à 110,05 %), more than 100 %")
    expect(finding.locator("table.arith")).to_contain_text("43,3 % (43,25 à 43,35 %)")
    expect(finding.locator("table.arith")).to_contain_text("109,9 % (109,75 à 110,05 %)")
    for claim_id in SHARES:  # the three shares show the error
        expect(page.locator(f'a.hl[data-claims="{claim_id}"]')).to_have_class(
            re.compile(r"\bsev-error\b")
        )
    page.mouse.move(0, 0)  # no hover colour in the picture
    page.wait_for_timeout(600)  # let a smooth scroll end before the picture
    _save(page, screenshots, "report-shares-error.png")
    visit.assert_clean()


def test_the_keyboard_reaches_every_highlight_and_opens_it(visit: Visit, shares_site: Path) -> None:
    from playwright.sync_api import expect

    page = visit.open((shares_site / SEED_PAGE).as_uri())
    highlights = page.eval_on_selector_all(".text a.hl", "links => links.map(a => a.id)")
    assert len(highlights) >= 27
    reached: list[str] = []
    for _ in range(len(highlights) + 40):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const e = document.activeElement; const s = getComputedStyle(e);"
            " return [e.id, e.matches('.text a.hl'), s.outlineStyle, s.outlineWidth]; }"
        )
        if focused[1]:
            reached.append(focused[0])
            assert focused[2:] == ["solid", "3px"], "a focused highlight shows its focus"
        if focused[0] == highlights[-1]:
            break
    assert reached == highlights, "Tab goes through every highlight in reading order"

    cdc = page.locator('a.hl[data-claims="cloudwatt_share_cdc_2012"]')
    cdc.focus()
    page.keyboard.press(" ")
    card = page.locator("#claim-cloudwatt_share_cdc_2012")
    expect(card).to_have_class(re.compile(r"\bis-current\b"))
    expect(card).to_be_focused()
    expect(card).to_be_in_viewport()
    expect(card.locator(".finding", has_text="shares-sum-to-whole")).to_be_visible()

    page.locator('a.hl[data-claims="cloudwatt_share_orange_2012"]').focus()
    page.keyboard.press("Enter")
    expect(page.locator("#claim-cloudwatt_share_orange_2012")).to_be_in_viewport()
    expect(page.locator("#claim-cloudwatt_share_orange_2012")).to_be_focused()
    visit.assert_clean()


def _rgb(css: str) -> tuple[float, float, float]:
    numbers = [float(n) for n in re.findall(r"-?[\d.]+", css)]
    scale = 255.0 if css.startswith("color(") else 1.0
    red, green, blue = (n * scale for n in numbers[:3])
    return red, green, blue


def _contrast(foreground: str, background: str) -> float:
    def luminance(css: str) -> float:
        channels = [c / 255 for c in _rgb(css)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_keeps_aa_contrast(visit: Visit, shares_site: Path, scheme: str) -> None:
    visit.page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    for name in ("index.html", SEED_PAGE):
        page = visit.open((shares_site / name).as_uri())
        colours = page.eval_on_selector_all(TEXT_SELECTOR, COLOURS_JS)
        assert len(colours) > 100
        for text, foreground, background in colours:
            ratio = _contrast(foreground, background)
            assert ratio >= 4.5, (
                f"{scheme} {name}: {text!r} {foreground} on {background}: {ratio:.2f}"
            )
    background = visit.page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert (sum(_rgb(background)) < 150) == (scheme == "dark")
    visit.assert_clean()


def test_print_shows_every_explanation(visit: Visit, shares_site: Path) -> None:
    page = visit.open((shares_site / SEED_PAGE).as_uri())
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.claims-aside')).position") == (
        "static"
    )
    findings = page.locator(".card .finding")
    assert findings.count() >= 6  # the error on each of the three shares, and the check's
    for index in range(findings.count()):
        assert findings.nth(index).is_visible()
    visit.assert_clean()


def test_the_index_links_to_each_finding_in_place(visit: Visit, shares_site: Path) -> None:
    from playwright.sync_api import expect

    page = visit.open((shares_site / "index.html").as_uri())
    expect(page.locator("h1")).to_have_text("Fact-check report")
    row = page.locator("tr", has_text="shares-sum-to-whole")
    row.get_by_role("link").click()
    expect(page).to_have_url(re.compile(re.escape(SEED_PAGE) + "#claim-cloudwatt_share_"))
    target = page.locator(":target")
    expect(target).to_be_in_viewport()
    expect(target).to_contain_text("shares-sum-to-whole")
    page.get_by_role("link", name="← All sources").click()
    expect(page.locator("h1")).to_have_text("Fact-check report")
    visit.assert_clean()


# --- Nested and identical quotes, narrow screens, hover and badges (the audit's findings) ---

AUDIT_YAML = """\
source:
  id: nested
  title: Emplois
  publisher: Test
  published: 2015-03-12
  language: fr
  text: nested.txt
claims:
  - id: long_quote
    quote: "selon les chiffres de l'Insee, 120 emplois"
    subject: Ville
    property: jobs_created
    when: "2014"
    value: 120 person
  - id: inner_quote
    quote: "les chiffres de l'Insee"
    subject: Insee
    property: figures
    value: 9 person
  - id: same_a
    quote: "le même passage"
    subject: Ville
    property: a
  - id: same_b
    quote: "le même passage"
    subject: Ville
    property: b
  - id: other_report
    quote: "150 emplois"
    subject: Ville
    property: jobs_created
    when: "2014"
    value: 150 person
"""
AUDIT_TEXT = (
    "Il y a, selon les chiffres de l'Insee, 120 emplois. Puis le même passage, une fois.\n\n"
    "Un autre article parle de 150 emplois.\n"
)


@pytest.fixture(scope="module")
def audit_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("audit") / "claims"
    folder.mkdir()
    (folder / "nested.yaml").write_text(AUDIT_YAML, encoding="utf-8")
    (folder / "nested.txt").write_text(AUDIT_TEXT, encoding="utf-8")
    return _site(folder, folder.parent / "site")


def test_every_claim_opens_from_the_keyboard_and_is_named_as_it_opens(
    visit: Visit, audit_site: Path
) -> None:
    from playwright.sync_api import expect

    page = visit.open((audit_site / "nested.html").as_uri())
    links = page.locator(".text a.hl")
    opened: set[str] = set()
    for index in range(links.count()):
        link = links.nth(index)
        name = link.evaluate("a => a.querySelector('.sr-only').textContent")
        link.focus()
        page.keyboard.press("Enter")
        card = page.locator(".card.is-current")
        expect(card).to_be_focused()
        number = card.locator(".num").evaluate("n => n.textContent.replace(/\\D/g, '')")
        assert f"claim {number}:" in name, (name, number)  # it opens the claim it names
        opened.add(card.get_attribute("id") or "")
    assert opened == {
        "claim-long_quote",
        "claim-inner_quote",
        "claim-same_a",
        "claim-same_b",
        "claim-other_report",
    }
    visit.assert_clean()


@pytest.mark.parametrize("width", [320, 400])
def test_pages_reflow_on_a_narrow_screen(visit: Visit, audit_site: Path, width: int) -> None:
    visit.page.set_viewport_size({"width": width, "height": 900})
    for name in ("index.html", "nested.html"):
        page = visit.open((audit_site / name).as_uri())
        assert page.locator("table.arith").count() or name == "index.html"
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= width, f"{name} is {scroll} px wide at {width} px"
    visit.assert_clean()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_hovered_highlights_and_badge_icons_keep_their_contrast(
    visit: Visit, audit_site: Path, scheme: str
) -> None:
    visit.page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page = visit.open((audit_site / "nested.html").as_uri())
    icons = page.eval_on_selector_all(".badge, .badge [class^='sev-']", COLOURS_JS)
    assert any(text == "✖" for text, _, _ in icons), "an error icon on shared words"
    for text, foreground, background in icons:
        ratio = _contrast(foreground, background)
        assert ratio >= 4.5, f"{scheme}: {text!r} {foreground} on {background}: {ratio:.2f}"
    links = page.locator(".text a.hl:not(.hl-more)")
    for index in range(links.count()):
        links.nth(index).hover()
        page.wait_for_timeout(50)
        text, foreground, background = (
            links.nth(index).locator(".q").evaluate(f"q => ({COLOURS_JS})([q])[0]")
        )
        ratio = _contrast(foreground, background)
        assert ratio >= 4.5, f"{scheme} hover: {text!r} {foreground} on {background}: {ratio:.2f}"
    visit.assert_clean()
