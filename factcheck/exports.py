"""Exports: schema.org ClaimReview JSON-LD for published verdicts, CSV for spreadsheets.

**ClaimReview** (what search engines and fact-check aggregators read): one object per
claim whose latest review gives a verdict, i.e. anything but ``unverified`` (a claim
reviewed ``unverified`` has no verdict to publish). ``reviewRating`` carries the
verdict as ``alternateName`` and a number on this scale:

=============  ===========
verdict        ratingValue
=============  ===========
``false``      1 (worstRating)
``misleading`` 2
``disputed``   3
(none yet)     4 (kept free for a "mostly verified" verdict)
``verified``   5 (bestRating)
=============  ===========

``claimReviewed`` is the sentence of the article that holds the claim's quote (a quote
is often a fragment, "Orange (44,4%)"), or the quote when the article's text is not
loaded or does not hold it. A "sentence" longer than ``MAX_CLAIM_REVIEWED`` characters
(a table, a list or a text without full stops) gives the words around the quote instead,
cut at spaces and marked with "…". ``itemReviewed`` is the claim as the article printed it:
its ``author`` is the publisher (the quote is the article's wording, even of reported speech;
``attributed_to`` is free text, "sources non nommées" is no author) and its
``appearance`` is the article (headline, url, datePublished). The review's
``author`` is ``[review] author`` of the configuration; without it, the reviewer
named in ``by`` stands in, and :func:`claim_reviews` says so in its notes.

**CSV**: one row per claim, reviewed or not, with its latest review; see ``CSV_COLUMNS``.
A cell that a spreadsheet would run as a formula (it starts with ``=``, ``@``, a tab
or a carriage return, or with ``+`` or ``-`` and is not a plain number such as
``-1,5 %``) is written after an apostrophe, so that a claim file cannot make Excel or
LibreOffice run a command when the export is opened (CWE-1236).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from factcheck.config import ReviewAuthor
from factcheck.model import Claim, Corpus

__all__ = ["CSV_COLUMNS", "RATING", "claim_review", "claim_reviews", "to_csv"]

RATING: dict[str, int] = {"false": 1, "misleading": 2, "disputed": 3, "verified": 5}
BEST_RATING, WORST_RATING = 5, 1
#: The longest ``claimReviewed``, in characters. A news sentence is 20 to 40 words (the
#: seed article's longest is 343 characters); a longer "sentence" is a list, a table or
#: a text without full stops, and repeating it for each verdict quoting it would make
#: the export grow with their product (200 verdicts on a 500 KB line: 130 MB).
MAX_CLAIM_REVIEWED = 600

CSV_COLUMNS = (
    "claim", "file", "line", "source", "publisher", "published", "subject", "property",
    "qualifiers", "value", "when", "kind", "attributed_to", "cites", "status", "reviews",
    "last_review", "reviewed_by", "verdict", "evidence", "review_note", "quote",
)  # fmt: skip


def claim_review(
    claim: Claim, author: ReviewAuthor | None, url: str | None = None
) -> dict[str, Any] | None:
    """The ClaimReview of a claim's latest review, or None if it has no verdict to publish.

    ``url`` is where the verdict is published, ``{claim}`` standing for the claim's id.
    """
    if not claim.reviews or claim.reviews[-1].verdict not in RATING:
        return None
    review = claim.reviews[-1]
    source = claim.source
    item: dict[str, Any] = {"@type": "Claim"}
    if source is not None:
        publisher = {"@type": "Organization", "name": source.publisher}
        article: dict[str, Any] = {
            "@type": "NewsArticle",
            "headline": source.title,
            "datePublished": source.published.isoformat(),
            "publisher": publisher,
        }
        if source.url:
            article["url"] = source.url
        item.update(
            author=publisher, datePublished=source.published.isoformat(), appearance=article
        )
    reviewer: dict[str, Any] = {"@type": "Organization", "name": review.by}
    if author is not None:
        reviewer = {"@type": "Organization", "name": author.name}
        if author.url:
            reviewer["url"] = author.url
    rating: dict[str, Any] = {
        "@type": "Rating",
        "ratingValue": RATING[review.verdict],
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": review.verdict,
    }
    if review.note:
        rating["ratingExplanation"] = review.note
    document: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.id,
        **({"url": url.replace("{claim}", claim.id)} if url else {}),
        "claimReviewed": _claim_reviewed(claim),
        "itemReviewed": item,
        "author": reviewer,
        "reviewRating": rating,
        "datePublished": review.date.isoformat(),
    }
    if review.evidence:
        document["citation"] = list(review.evidence)
    return document


def _claim_reviewed(claim: Claim) -> str:
    """The article's sentence that holds the quote (a quote is often a fragment), else the quote.

    A sentence longer than ``MAX_CLAIM_REVIEWED`` gives way to the words around the quote.
    """
    from factcheck.text import quote_sentence

    text = claim.source.text_content if claim.source else None
    sentence = quote_sentence(claim.quote, text) if text else None
    if sentence is not None and len(sentence) > MAX_CLAIM_REVIEWED:
        return _around_quote(claim.quote, sentence, MAX_CLAIM_REVIEWED)
    return sentence or claim.quote


def _around_quote(quote: str, sentence: str, limit: int) -> str:
    """The words of ``sentence`` around ``quote``, about ``limit`` characters, cut at spaces.

    A cut side is marked with "…". The quote is kept whole (even when longer than
    ``limit``); where the sentence does not hold it, the quote itself is the answer.

    >>> _around_quote("5 %", "a b c d 5 % e f g h", 9)
    '… d 5 % e …'
    """
    from factcheck.text import quote_spans

    start, end = next(iter(quote_spans(quote, sentence)), (0, 0))
    if start == end:
        return quote
    room = max(0, limit - (end - start))
    before = min(start, max(room // 2, room - (len(sentence) - end)))
    after = room - before
    left, right = start - before, end + after
    if left > 0:  # begin after a space, never inside a word
        space = sentence.find(" ", left, start)
        left = start if space < 0 else space + 1
    if right < len(sentence):  # end before a space
        space = sentence.rfind(" ", end, right + 1)
        right = end if space < 0 else space
    window = sentence[left:right].strip()
    return ("… " if left > 0 else "") + window + (" …" if right < len(sentence) else "")


def claim_reviews(
    corpus: Corpus, author: ReviewAuthor | None, url: str | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """ClaimReviews of every claim with a published verdict, and notes for the editor.

    Left out, and named in the notes: a claim whose quote changed since its latest
    review (the verdict is about other words), and an id used by more than one claim
    (which verdict is it?).
    """
    from factcheck.editing import quote_fingerprint

    documents, missing_url, drifted = [], set(), []
    ids = Counter(claim.id for claim in corpus.claims)
    shared = sorted(claim_id for claim_id, count in ids.items() if count > 1)
    for claim in corpus.claims:
        document = claim_review(claim, author, url)
        if document is None or ids[claim.id] > 1:
            continue
        judged = claim.reviews[-1].quote_fingerprint
        if judged is not None and judged != quote_fingerprint(claim.quote):
            drifted.append(claim.id)
            continue
        documents.append(document)
        if claim.source is not None and not claim.source.url:
            missing_url.add(claim.source.id)
    notes = []
    if drifted:
        notes.append(
            f"left out, their quote changed since it was reviewed (review them again): "
            f"{', '.join(drifted)}"
        )
    if shared:
        notes.append(f"left out, ids used by more than one claim: {', '.join(shared)}")
    if author is None and documents:
        notes.append(
            "no [review] author in the configuration: each review's 'by' is named as its "
            "author (see docs/configuration.md)"
        )
    if url is None and documents:
        notes.append(
            "no [review] url in the configuration: the ClaimReviews have no url, which "
            "Google requires (see docs/configuration.md)"
        )
    if missing_url:
        notes.append(
            f"sources without a url (their appearance has none): {', '.join(sorted(missing_url))}"
        )
    return documents, notes


# A signed number or percentage ("-1,5 %", "+3"), which a spreadsheet reads as a number.
# Anything else after a sign ("-2 millions", "- un tiret") it would try as a formula.
_SIGNED_NUMBER = re.compile(r"[+-] ?\d[\d .,\u00a0\u202f]*(?:[ \u00a0\u202f]?[%‰])?")


def spreadsheet_safe(cell: str) -> str:
    """``cell``, after an apostrophe if a spreadsheet would run it as a formula.

    >>> spreadsheet_safe("=1+1"), spreadsheet_safe("@SUM(A1)"), spreadsheet_safe("- un tiret")
    ("'=1+1", "'@SUM(A1)", "'- un tiret")
    >>> spreadsheet_safe("-1,5 %"), spreadsheet_safe("+3 millions d'euros")
    ('-1,5 %', "'+3 millions d'euros")
    """
    if not cell or cell[0] not in "=+-@\t\r":
        return cell
    if cell[0] in "+-" and _SIGNED_NUMBER.fullmatch(cell):
        return cell
    return "'" + cell


def to_csv(claims: Iterable[Claim]) -> str:
    """One row per claim with its latest review, as a CSV text with a header row.

    Cells that a spreadsheet would run as formulas are escaped (:func:`spreadsheet_safe`).
    """
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for claim in claims:
        source = claim.source
        last = claim.reviews[-1] if claim.reviews else None
        cells: list[str | int] = [
            claim.id,
            claim.location.file,
            claim.location.line,
            source.id if source else "",
            source.publisher if source else "",
            source.published.isoformat() if source else "",
            claim.subject,
            claim.property,
            json.dumps(claim.qualifiers, ensure_ascii=False) if claim.qualifiers else "",
            claim.value or "",
            claim.when or "",
            claim.kind,
            claim.attributed_to or "",
            claim.cites or "",
            claim.status,
            len(claim.reviews),
            last.date.isoformat() if last else "",
            last.by if last else "",
            last.verdict if last else "",
            " ".join(last.evidence) if last else "",
            (last.note or "") if last else "",
            claim.quote,
        ]
        writer.writerow(
            [spreadsheet_safe(cell) if isinstance(cell, str) else cell for cell in cells]
        )
    return stream.getvalue()
