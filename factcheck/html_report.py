"""The editor's view: a static HTML site of each article with its claims and findings in place.

:func:`write_report` writes ``index.html`` (every claim file, counts by status and
severity, small charts, the worst findings first) and one page per claim file: the
source's text with each claim's quote highlighted where it stands, coloured by the
claim's status and its worst finding, next to the claims in reading order (value as an
interval, ``when`` as a period, status and review history, findings with the arithmetic
behind them). A source without a text gets a table of its claims instead.

Quotes are found by the quote rule's own normalised matching (:func:`factcheck.text.
quote_spans`); when several claims of one file quote the same words, the first claim
takes the first occurrence, the second the second, and so on, so an article's repeated
paragraph gets both its highlights. The pages are plain HTML and CSS rendered by Jinja2
with autoescaping, so every string from a claim file is shown as text. They fetch
nothing and run no script but a few lines that let the Space key follow a highlight.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import hashlib
import itertools
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from factcheck import atomic
from factcheck.config import Config
from factcheck.dates import Period
from factcheck.findings import Finding, Location, Report, Severity, Suppression
from factcheck.model import Check, Claim, Corpus, Document
from factcheck.shares import ShareGroup, share_groups
from factcheck.text import normalise, quote_spans
from factcheck.values import Truth, format_quantity

if TYPE_CHECKING:
    import jinja2

__all__ = ["write_report"]

#: Statuses from the most to the least worrying; a highlight shared by claims shows the worst.
STATUS_ORDER: tuple[str, ...] = (
    "false", "misleading", "disputed", "unverified", "mostly_verified", "verified",
)  # fmt: skip
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_MARKUP_QUOTES = re.compile(r"`+([^`]*)`+")  # ``expect`` in a rule's summary reads: expect
_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)

# The report stays linear in its claims: a claim id shared by n claims, or a sum of n
# shares, would otherwise show n findings or n terms on each of n cards. A card lists
# its first findings and each finding's first terms and claims, then says how many more
# the page's findings section has; that section lists a finding once, its terms and
# claims up to a larger bound. An article's findings stay well within both.
#: The findings (and the ignored findings) a claim's card lists.
CARD_FINDINGS = 10
#: The terms of an arithmetic, and the claims of a finding, that a card lists; the
#: characters of a message it shows (a sum's message names each of its parts).
CARD_ITEMS = 12
CARD_MESSAGE = 1_000
#: The same in the page's findings section.
PAGE_ITEMS = 100
PAGE_MESSAGE = 10_000


@dataclass(frozen=True, slots=True)
class Link:
    """A text that may link somewhere (only ``http(s)`` addresses from claim files do)."""

    text: str
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Term:
    """One line of a finding's arithmetic: a claim's value, or a total."""

    sign: str
    label: str
    value: str
    claim: Link | None = None
    language: str = "en"  # the value is written as its article writes numbers


@dataclass(frozen=True, slots=True)
class FindingView:
    """A finding as the pages show it, with links to its claims and its arithmetic."""

    rule: str
    severity: str
    message: str
    location: str
    href: str
    claims: tuple[Link, ...]
    terms: tuple[Term, ...] = ()
    verdict: str = ""
    rule_summary: str = ""
    #: the terms (before the total) and the claims left out of a long list, and where a
    #: longer list is shown ("" when nowhere)
    more_terms: int = 0
    more_claims: int = 0
    more_message: int = 0  # characters
    more_href: str = ""

    @property
    def more_terms_text(self) -> str:
        """What the terms left out are: "… and 2,980 more parts"."""
        kind = "parts" if self.verdict else "values"
        return f"… and {self.more_terms:,} more {kind}"


@dataclass(frozen=True, slots=True)
class Ignored:
    """A finding silenced by a claim's ``ignore``: which claim, and the reason it gives."""

    finding: FindingView
    claim: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReviewView:
    """One verdict of a claim's review history."""

    date: str
    by: str
    verdict: str
    note: str | None
    evidence: tuple[Link, ...]


@dataclass(slots=True)
class ClaimView:
    """A claim as its card, its table row and its highlights show it."""

    number: int
    claim: Claim
    value: str | None
    when: str | None
    reviews: tuple[ReviewView, ...]
    #: its first findings, worst first (at most ``CARD_FINDINGS``), and how many are left out
    findings: list[FindingView] = field(default_factory=list)
    more_findings: int = 0
    #: how many findings name it, by severity, worst first
    finding_counts: Mapping[str, int] = field(default_factory=dict)
    ignored: list[Ignored] = field(default_factory=list)
    more_ignored: int = 0
    span: tuple[int, int] | None = None
    first_highlight: str | None = None
    #: the id of the claim's card: ``claim-<id>``, ``claim-<id>-2`` for a second claim of that id
    anchor: str = ""
    #: why its verdict must be checked again: its quote drifted, its review is too old
    drift: str | None = None
    stale: str | None = None

    @property
    def recheck(self) -> str | None:
        """A few words for a highlight: the verdict is stale, or its quote drifted."""
        words = [w for w, on in (("quote drifted", self.drift), ("stale", self.stale)) if on]
        return ", ".join(words) or None

    @property
    def worst(self) -> str | None:
        """The severity of its worst finding, or None."""
        return _worst_of(self.finding_counts)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text covered by the same claims (none: plain text)."""

    text: str
    claims: tuple[ClaimView, ...] = ()
    ending: tuple[ClaimView, ...] = ()  # the claims whose quote ends here get a badge
    id: str = ""

    @property
    def primary(self) -> ClaimView:
        """The claim the segment's link opens: the innermost one (shortest quote).

        A claim whose quote lies inside another's thus opens from its own words; a claim
        that is never the primary of a segment (its quote equals another's) opens from
        its badge, a link of its own.
        """
        return min(self.claims, key=_innermost)

    @property
    def others(self) -> tuple[ClaimView, ...]:
        """The claims ending here that are not the primary: each gets a badge link."""
        primary = self.primary
        return tuple(v for v in self.ending if v is not primary)

    @property
    def primary_ends(self) -> bool:
        """Whether the primary claim's quote ends here (its badge goes in the link)."""
        primary = self.primary
        return any(v is primary for v in self.ending)

    @property
    def also(self) -> tuple[ClaimView, ...]:
        """The other claims that cover these words."""
        primary = self.primary
        return tuple(v for v in self.claims if v is not primary)

    @property
    def status(self) -> str:
        """The most worrying status among its claims."""
        return min((c.claim.status for c in self.claims), key=STATUS_ORDER.index)

    @property
    def worst(self) -> str | None:
        """The severity of the worst finding on any of its claims."""
        return _worst_of({c.worst: 1 for c in self.claims if c.worst})

    @property
    def title(self) -> str:
        """A one-line summary shown on hover."""
        parts = []
        for view in self.claims:
            counts = view.finding_counts
            found = ", ".join(f"{n} {s}{'s' if n > 1 else ''}" for s, n in counts.items())
            parts.append(
                f"{view.number}. {view.claim.id}: {view.claim.status}, {found or 'no finding'}"
            )
        return "; ".join(parts)


def _innermost(view: ClaimView) -> tuple[int, int]:
    span = view.span or (0, 0)
    return (span[1] - span[0], view.number)


@dataclass(frozen=True, slots=True)
class CheckView:
    """An explicit check, what it decided and its findings."""

    check: Check
    outcome: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of a chart: a label, a count and its share of the longest bar."""

    label: str
    count: int
    percent: float
    kind: str = ""


@dataclass(slots=True)
class DocumentView:
    """Everything one claim file's page shows."""

    document: Document
    page: str
    title: str
    published: str | None
    url: Link | None
    claims: list[ClaimView]
    paragraphs: list[list[Segment]] | None
    findings: list[FindingView]
    checks: list[CheckView]
    #: the language of its text, dates and values: the source's, else its file's
    language: str = "en"
    #: the findings reported at this file (the index counts these, so rows add up)
    own: list[FindingView] = field(default_factory=list)

    @property
    def unreadable(self) -> bool:
        """Whether the file itself could not be read (YAML error), not just its source block."""
        return any(p.kind in ("syntax", "internal") for p in self.document.problems)

    @property
    def recheck(self) -> int:
        """How many of its claims have a verdict to check again (drifted or stale)."""
        return sum(1 for view in self.claims if view.recheck)

    @property
    def attention(self) -> tuple[int, ...]:
        """How urgently it needs an editor: errors, warnings, false or misleading claims."""
        counts = self.own_severity_counts
        statuses = Counter(view.claim.status for view in self.claims)
        return (
            counts["error"],
            counts["warning"],
            statuses["false"] + statuses["misleading"],
            self.recheck,
            counts["info"],
        )

    @property
    def own_severity_counts(self) -> dict[str, int]:
        """The findings reported at this file, by severity, worst first."""
        return _severity_counts(self.own)

    @property
    def has_text(self) -> bool:
        """Whether the source's text was read (the page shows it, claims in place)."""
        source = self.document.source
        return source is not None and source.text_content is not None

    @property
    def status_bars(self) -> list[Bar]:
        """Claims by status, for the chart."""
        return _bars(Counter(view.claim.status for view in self.claims), STATUS_ORDER)

    @property
    def rule_bars(self) -> list[Bar]:
        """Findings by rule, for the chart."""
        return _rule_bars(self.findings)

    @property
    def severity_counts(self) -> dict[str, int]:
        """Findings by severity, worst first."""
        return _severity_counts(self.findings)


def write_report(
    corpus: Corpus,
    report: Report,
    out_dir: str | Path,
    *,
    config: Config | None = None,
    progress: Callable[[Document, int], None] | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the report's site into ``out_dir`` (created if needed); returns ``index.html``.

    ``report`` is what :func:`factcheck.verify` made of ``corpus`` (with ``config``, whose
    vocabulary tells which claims are shares of a whole, and whose ``[review]
    max_age_days`` tells which verdicts are stale on ``today``, by default the system's
    date). Only ``index.html`` and one ``<source id>.html`` per claim file are written,
    with the list of those pages in ``.factcheck-pages``; the pages an earlier report
    wrote for claim files that are gone are removed (a page written by factcheck, named
    in that list, and still no link); nothing else in ``out_dir`` is touched. The pages
    are first written in a temporary folder inside ``out_dir`` and moved into place
    once all of them are: a failure (``OSError``) leaves the folder as it was.
    ``progress`` is called with each document once its page is written, and their number.
    """
    config = config or Config()
    out = Path(out_dir)
    if out.is_symlink() and not atomic.writes_through(out):  # committed to lead elsewhere
        message = "a symbolic link leading outside the working folder: not followed"
        raise OSError(errno.ELOOP, message, str(out))
    out.mkdir(parents=True, exist_ok=True)
    environment = _environment()
    source_page = environment.get_template("source.html.j2")
    pages, findings = _pages(corpus, report, config, today or dt.date.today())
    documents = []
    staging = Path(tempfile.mkdtemp(prefix=".factcheck-report-", dir=out))
    try:
        # each page is written as soon as its view is made
        for view in pages:
            (staging / view.page).write_text(
                source_page.render(doc=view, report=report), encoding="utf-8"
            )
            view.paragraphs = None  # written: the index does not show the text, free it
            documents.append(view)
            if progress is not None:
                progress(view.document, len(corpus.documents))
        _publish(staging, out, [view.page for view in documents])
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    # the articles that need an editor first: errors, warnings, false or misleading claims
    documents.sort(key=lambda view: tuple(-n for n in view.attention))
    index = out / "index.html"
    html = environment.get_template("index.html.j2").render(
        documents=documents,
        unattributed=len(findings) - sum(len(view.own) for view in documents),
        summary=report.summary,
        findings=findings,
        severity_counts=_severity_counts(findings),
        status_bars=_bars(
            Counter(c.claim.status for view in documents for c in view.claims), STATUS_ORDER
        ),
        rule_bars=_rule_bars(findings),
    )
    atomic.write_text(index, html, follow_links=False)  # as the other pages: never a link
    _remove_gone_pages(out, [view.page for view in documents])
    return index


#: The pages the last report wrote, one name a line, in the report's folder.
PAGES_LIST = ".factcheck-pages"
_GENERATOR = b'<meta name="generator" content="factcheck '


def _remove_gone_pages(out: Path, pages: Sequence[str]) -> None:
    """Remove the pages of articles gone since the last report; list this report's pages.

    A removed article's page would stay reachable by its address, with claims and
    findings no longer true. Only a name of the last report's list is removed, when it
    is a plain page name and the file is still a page factcheck wrote (not a link, and
    its head names factcheck as generator): a list a checkout brought cannot make the
    report delete anything else.
    """
    listed = out / PAGES_LIST
    try:
        before = listed.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        before = []
    kept = set(pages)
    for name in before:
        if name in kept or not _PAGE_NAME.fullmatch(name) or name == "index.html":
            continue
        page = out / name
        try:
            if page.is_symlink() or not page.is_file():
                continue
            with page.open("rb") as file:
                if _GENERATOR not in file.read(2048):
                    continue
            page.unlink()
        except OSError:  # gone meanwhile, or not ours to remove: left as it is
            continue
    atomic.write_text(listed, "".join(f"{name}\n" for name in pages), follow_links=False)


_PAGE_NAME = re.compile(r"[\w.-]+\.html")


def _publish(staging: Path, out: Path, pages: Sequence[str]) -> None:
    """Move the written pages from ``staging`` into ``out``, each replacing its old version."""
    for page in pages:  # all checked before any is moved: a failure leaves no half site
        target = out / page
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder, not a page", str(target))
    for page in pages:
        os.replace(staging / page, out / page)


def _environment() -> jinja2.Environment:
    import jinja2

    from factcheck import __version__

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck", "templates"),
        autoescape=True,  # every string from a claim file is shown as text, never as markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(
        version=__version__,
        statuses=STATUS_ORDER,
        status_icons=_STATUS_ICONS,
        severity_icons=_SEVERITY_ICONS,
    )
    return environment


_STATUS_ICONS = {"verified": "✓", "mostly_verified": "≈", "unverified": "", "disputed": "⇄",
                 "false": "✗", "misleading": "!"}  # fmt: skip
_SEVERITY_ICONS = {"error": "✖", "warning": "▲", "info": "ℹ"}


# --- Building the views ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Site:
    """What every page of one report shares: where each claim is, and its share groups."""

    report: Report
    page_of_file: Mapping[str, str]
    page_of_claim: Mapping[str, str]
    claims: Mapping[str, Claim]
    # the share groups of more than one part, by the ids of the claims they add up
    sums: Mapping[frozenset[str], ShareGroup]
    check_locations: frozenset[Location]


@dataclass(frozen=True, slots=True)
class _Index:
    """The report's findings, worst first, indexed once for every page's lookups.

    Pages ask for the findings of a claim, of a file and of a check: scanning (and
    sorting) every finding for each would cost the square of an archive's size.
    Findings are named by their position in worst-first order.
    """

    ordered: list[Finding]  # worst first
    by_claim: Mapping[str, list[int]]  # each finding once per claim id it names
    by_file: Mapping[str, list[int]]
    by_location: Mapping[Location, list[int]]
    suppressed_by_claim: Mapping[str, list[Suppression]]
    #: how many findings name each claim id, by severity, worst first
    counts_by_claim: Mapping[str, Mapping[str, int]]

    @classmethod
    def of(cls, report: Report) -> _Index:
        """Index the report's findings and suppressions."""
        ordered = _worst_first(report.findings)
        by_claim: dict[str, list[int]] = {}
        by_file: dict[str, list[int]] = {}
        by_location: dict[Location, list[int]] = {}
        for position, finding in enumerate(ordered):
            for claim_id in dict.fromkeys(finding.claims):
                by_claim.setdefault(claim_id, []).append(position)
            by_file.setdefault(finding.location.file, []).append(position)
            by_location.setdefault(finding.location, []).append(position)
        suppressed: dict[str, list[Suppression]] = {}
        for suppression in report.suppressed:
            for claim_id in dict.fromkeys(suppression.finding.claims):
                suppressed.setdefault(claim_id, []).append(suppression)
        counts = {
            claim_id: dict(Counter(ordered[position].severity.label for position in positions))
            for claim_id, positions in by_claim.items()
        }
        return cls(ordered, by_claim, by_file, by_location, suppressed, counts)

    def findings(self, positions: Iterable[int]) -> list[Finding]:
        """The findings at these positions."""
        return [self.ordered[position] for position in positions]


def _pages(
    corpus: Corpus, report: Report, config: Config, today: dt.date
) -> tuple[Iterator[DocumentView], list[FindingView]]:
    """The view of every document, made as it is asked for, and of every finding, worst first.

    One page's view holds its text cut into segments: made one at a time, the views of an
    archive's pages never all hold theirs at once.
    """
    from factcheck.tracking import status

    documents = corpus.documents
    tracked = status(corpus, today=today, max_age_days=config.review.max_age_days)
    recheck = _Recheck(
        {id(d.claim): d.message for d in tracked.drift},
        {
            id(s.claim): (
                f"last reviewed on {s.review.date} ({s.review.verdict}), {s.age_days} days "
                f"before {today}: older than {tracked.max_age_days} days, review it again"
            )
            for s in tracked.stale
        },
    )
    pages = _page_names(documents)
    page_of_claim: dict[str, str] = {}
    claims: dict[str, Claim] = {}
    for doc, page in zip(documents, pages, strict=True):
        for claim in doc.claims:
            page_of_claim.setdefault(claim.id, page)
            claims.setdefault(claim.id, claim)  # a duplicate id is a finding; the first counts
    sums: dict[frozenset[str], ShareGroup] = {}
    for group in share_groups([c for doc in documents for c in doc.claims], config.vocabulary):
        if len(group.parts) > 1:
            sums.setdefault(frozenset(c.id for c in group.claims), group)
    site = _Site(
        report,
        {doc.path: page for doc, page in zip(documents, pages, strict=True)},
        page_of_claim,
        claims,
        sums,
        frozenset(check.location for doc in documents for check in doc.checks),
    )
    findings = [*report.findings, *(s.finding for s in report.suppressed)]
    shown = {f: _capped(_finding_view(f, site), PAGE_ITEMS, PAGE_MESSAGE) for f in findings}
    on_cards = {
        f: _capped(view, CARD_ITEMS, CARD_MESSAGE, "#findings") for f, view in shown.items()
    }
    index = _Index.of(report)
    views = (
        _document_view(doc, page, site, index, shown, on_cards, recheck)
        for doc, page in zip(documents, pages, strict=True)
    )
    return views, [shown[f] for f in index.ordered]


@dataclass(frozen=True, slots=True)
class _Recheck:
    """The claims whose verdict must be checked again, by ``id()``: what ``status`` says."""

    drift: Mapping[int, str]
    stale: Mapping[int, str]


def _document_view(
    doc: Document,
    page: str,
    site: _Site,
    index: _Index,
    finding_views: Mapping[Finding, FindingView],
    card_views: Mapping[Finding, FindingView],
    recheck: _Recheck | None,
) -> DocumentView:
    """One page's view. ``card_views`` are the findings as cards show them (shorter lists)."""
    source = doc.source
    text = source.text_content if source else None
    claims = [_claim_view(claim) for claim in doc.claims]
    ids = {view.claim.id for view in claims}
    anchors: Counter[str] = Counter()
    for view in claims:
        anchors[view.claim.id] += 1
        n = anchors[view.claim.id]
        view.anchor = f"claim-{view.claim.id}" + (f"-{n}" if n > 1 else "")
        if recheck is not None:
            view.drift = recheck.drift.get(id(view.claim))
            view.stale = recheck.stale.get(id(view.claim))
    for view in claims:  # a card lists its first findings: n claims of one id stay linear
        named = index.by_claim.get(view.claim.id, [])
        view.findings.extend(card_views[f] for f in index.findings(named[:CARD_FINDINGS]))
        view.more_findings = max(0, len(named) - CARD_FINDINGS)
        view.finding_counts = index.counts_by_claim.get(view.claim.id, {})
        ignored = index.suppressed_by_claim.get(view.claim.id, [])
        view.ignored.extend(
            Ignored(card_views[s.finding], s.claim, s.reason) for s in ignored[:CARD_FINDINGS]
        )
        view.more_ignored = max(0, len(ignored) - CARD_FINDINGS)
    related = set(index.by_file.get(doc.path, ()))
    for claim_id in ids:
        related.update(index.by_claim.get(claim_id, ()))
    mine = [finding_views[f] for f in index.findings(sorted(related))]
    own = [finding_views[f] for f in index.findings(index.by_file.get(doc.path, ()))]
    paragraphs = None
    if text is not None:
        _place_quotes(claims, text)
        claims.sort(key=lambda v: v.span or (len(text) + 1, 0))
    for number, view in enumerate(claims, start=1):
        view.number = number
    if text is not None:
        paragraphs = _paragraphs(text, claims)
    published = None
    if source is not None:
        day = Period(source.published, source.published, "day", source.published.isoformat())
        published = day.describe(source.language)
    url = source.url if source and source.url else None
    return DocumentView(
        document=doc,
        page=page,
        title=source.title if source else doc.path,
        published=published,
        url=_url_link(url) if url else None,
        claims=claims,
        paragraphs=paragraphs,
        findings=mine,
        checks=_check_views(doc, index, finding_views, site.claims),
        language=source.language if source else (doc.claims[0].language if doc.claims else "en"),
        own=own,
    )


def _claim_view(claim: Claim) -> ClaimView:
    value = None
    if claim.parsed_value is not None:
        value = format_quantity(claim.parsed_value.quantity, claim.language)
    when = None
    if claim.period is not None:
        when = claim.period.describe(claim.language)
    reviews = tuple(
        ReviewView(
            date=review.date.isoformat(),
            by=review.by,
            verdict=review.verdict,
            note=review.note,
            evidence=tuple(_url_link(e) for e in review.evidence),
        )
        for review in claim.reviews
    )
    return ClaimView(number=0, claim=claim, value=value, when=when, reviews=reviews)


def _finding_view(finding: Finding, site: _Site) -> FindingView:
    links = tuple(
        Link(cid, f"{site.page_of_claim[cid]}#claim-{cid}" if cid in site.page_of_claim else None)
        for cid in finding.claims
    )
    page = site.page_of_file.get(finding.location.file, "index.html")
    first = next((link.href for link in links if link.href), None)
    terms, verdict = _arithmetic(finding, site, links)
    rule = site.report.rule(finding.rule)
    return FindingView(
        rule=finding.rule,
        severity=finding.severity.label,
        message=finding.message,
        location=str(finding.location),
        href=first or f"{page}#findings",
        claims=links,
        terms=terms,
        verdict=verdict,
        rule_summary=_MARKUP_QUOTES.sub(r"\1", rule.summary) if rule else "",
    )


def _capped(view: FindingView, limit: int, message: int, more_href: str = "") -> FindingView:
    """The finding with at most ``limit`` terms (its total kept) and claims, ``message`` characters.

    The message is cut at a space. What is left out is counted; ``more_href`` says where a
    longer list is shown.
    """
    terms = view.terms
    total: tuple[Term, ...] = ()
    if terms and terms[-1].sign == "=":  # a sum: its total is always shown
        terms, total = terms[:-1], terms[-1:]
    text = view.message
    if len(terms) <= limit and len(view.claims) <= limit and len(text) <= message:
        return view
    if len(text) > message:
        cut = text.rfind(" ", message // 2, message + 1)
        text = text[: cut if cut > 0 else message]
    return dataclasses.replace(
        view,
        message=text,
        more_message=view.more_message + len(view.message) - len(text),
        terms=terms[:limit] + total,
        more_terms=view.more_terms + max(0, len(terms) - limit),
        claims=view.claims[:limit],
        more_claims=view.more_claims + max(0, len(view.claims) - limit),
        more_href=more_href,
    )


def _arithmetic(
    finding: Finding, site: _Site, links: Sequence[Link]
) -> tuple[tuple[Term, ...], str]:
    """The values behind a finding: a sum of shares, or the values of the claims it names."""
    named = set(finding.claims)
    link_of = {link.text: link for link in links}
    # A finding that names every part of a whole (and is no explicit check's, which may
    # compare the parts in any way) is about their sum: show it.
    if finding.location not in site.check_locations:
        group = site.sums.get(frozenset(named))
        if group is not None:
            return _sum_terms(group, link_of)
    terms = []
    for cid in finding.claims:
        named_claim = site.claims.get(cid)
        if named_claim is not None and named_claim.parsed_value is not None:
            value = named_claim.parsed_value
            shown = format_quantity(value.quantity, named_claim.language)
            terms.append(Term("", cid, shown, link_of.get(cid), named_claim.language))
    return tuple(terms), ""


def _sum_terms(group: ShareGroup, link_of: Mapping[str, Link]) -> tuple[tuple[Term, ...], str]:
    terms = []
    for index, part in enumerate(group.parts):
        label = ", ".join(value for _, value in part.qualifiers) or part.claims[0].id
        if not part.agreed:
            label += " (reports disagree)"
        first = part.claims[0].id
        shown = format_quantity(part.quantity, group.language)
        sign = "+" if index else ""
        terms.append(Term(sign, label, shown, link_of.get(first), group.language))
    whole = format_quantity(group.whole, group.language)
    total = format_quantity(group.total, group.language)
    terms.append(Term("=", "sum", total, language=group.language))
    if group.truth_within is Truth.FAILS:
        verdict = f"the sum cannot stay within the whole, {whole}"
    elif group.truth_reaches is Truth.FAILS:
        verdict = f"the sum cannot reach the whole, {whole}"
    else:
        verdict = f"the sum can be the whole, {whole}"
    return tuple(terms), verdict


def _check_views(
    doc: Document,
    index: _Index,
    finding_views: Mapping[Finding, FindingView],
    claims: Mapping[str, Claim],
) -> list[CheckView]:
    from factcheck.explicit import decide

    views = []
    for check in doc.checks:
        try:
            outcome = decide(check, claims)
            decided = f"{outcome.truth.value}: {outcome.explanation}"
        except (ValueError, KeyError, ArithmeticError) as error:  # EvaluationError among them
            decided = f"cannot be decided: {error}"
        at_check = index.findings(index.by_location.get(check.location, ()))
        mine = tuple(finding_views[f] for f in at_check)
        views.append(CheckView(check, decided, mine))
    return views


# --- Placing quotes in the text -------------------------------------------------------------


def _place_quotes(claims: Iterable[ClaimView], text: str) -> None:
    """Give each claim the span of its quote in ``text``.

    The n-th claim with the same quote takes its n-th occurrence (the first when there are
    fewer occurrences than claims).
    """
    seen: Counter[str] = Counter()
    for view in claims:
        spans = quote_spans(view.claim.quote, text)
        if not spans:
            continue
        key = normalise(view.claim.quote)
        view.span = spans[seen[key]] if seen[key] < len(spans) else spans[0]
        seen[key] += 1


def _paragraphs(text: str, claims: Sequence[ClaimView]) -> list[list[Segment]]:
    placed = [view for view in claims if view.span is not None]
    paragraphs = []
    start = 0
    blocks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    counter = 0
    for block_end, next_start in [*blocks, (len(text), len(text))]:
        cuts = {start, block_end}
        for view in placed:
            assert view.span is not None
            cuts.update(x for x in view.span if start < x < block_end)
        edges = sorted(cuts)
        segments = []
        for a, b in itertools.pairwise(edges):
            covering = tuple(v for v in placed if v.span and v.span[0] <= a and b <= v.span[1])
            if not covering:
                segments.append(Segment(text[a:b]))
                continue
            counter += 1
            segment = Segment(
                text[a:b],
                covering,
                tuple(v for v in covering if v.span and v.span[1] == b),
                f"q-{counter}",
            )
            # "Back to the quote" goes to the first link that opens the claim
            primary = segment.primary
            primary.first_highlight = primary.first_highlight or segment.id
            for view in segment.others:
                view.first_highlight = view.first_highlight or f"{segment.id}-{view.number}"
            segments.append(segment)
        if any(segment.text.strip() for segment in segments):
            paragraphs.append(segments)
        start = next_start
    return paragraphs


# --- Small helpers --------------------------------------------------------------------------


#: The longest page name before ``.html``: file systems allow 255 bytes, a temporary copy
#: adds a few, and a shorter name reads better in an address bar.
_MAX_NAME = 80


def _page_names(documents: Sequence[Document]) -> list[str]:
    """One file name per document: its source id, made unique, never ``index``.

    A file whose source block is broken is named ``file-<its name>``: ids have no
    hyphen, so it can never take an article's name (a link sent to the desk keeps
    opening that article). A long id is cut and ends with a short hash of the whole, so
    that the name fits any file system and two long ids that differ only at the end keep
    distinct names.
    """
    taken = {"index"}
    names: dict[int, str] = {}
    with_source = [i for i, doc in enumerate(documents) if doc.source is not None]
    without = [i for i, doc in enumerate(documents) if doc.source is None]
    for i in [*with_source, *without]:  # articles first: their names never shift
        source = documents[i].source
        if source is not None:
            base = source.id
        else:
            stem = re.sub(r"[^a-z0-9_]+", "_", Path(documents[i].path).stem.lower())
            base = f"file-{stem.strip('_') or 'source'}"
        base = base.strip("_") or "source"
        if len(base) > _MAX_NAME:
            digest = hashlib.sha256(base.encode("utf-8")).hexdigest()[:10]
            base = f"{base[: _MAX_NAME - 11]}_{digest}"
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}_{n}"
        taken.add(name)
        names[i] = f"{name}.html"
    return [names[i] for i in range(len(documents))]


def _url_link(url: str) -> Link:
    """A link to a source's address, shown by its host; only ``http(s)`` addresses link."""
    if not _SAFE_URL.match(url):
        return Link(url)
    return Link(urlsplit(url).hostname or url, url)


def _worst_first(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (-f.severity, f))


def _worst_of(counts: Iterable[str]) -> str | None:
    """The worst of these severity labels, or None."""
    worst = max((Severity.parse(label) for label in counts), default=None)
    return worst.label if worst is not None else None


def _severity_counts(findings: Iterable[FindingView]) -> dict[str, int]:
    counts = Counter(f.severity for f in findings)
    return {s.label: counts[s.label] for s in sorted(Severity, reverse=True)}


def _bars(counts: Mapping[str, int], order: Sequence[str]) -> list[Bar]:
    longest = max(counts.values(), default=0) or 1
    return [Bar(k, counts.get(k, 0), 100 * counts.get(k, 0) / longest, k) for k in order]


def _rule_bars(findings: Sequence[FindingView]) -> list[Bar]:
    counts = Counter(f.rule for f in findings)
    worst = {f.rule: f.severity for f in sorted(findings, key=lambda f: Severity.parse(f.severity))}
    longest = max(counts.values(), default=0) or 1
    ranked = sorted(counts, key=lambda r: (-Severity.parse(worst[r]), -counts[r], r))
    return [Bar(r, counts[r], 100 * counts[r] / longest, worst[r]) for r in ranked]
