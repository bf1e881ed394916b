"""Exports: schema.org ClaimReview JSON-LD for published verdicts, CSV for spreadsheets.

**ClaimReview** (what search engines and fact-check aggregators read): one object per
claim whose latest review gives a verdict, i.e. anything but ``unverified`` (a claim
reviewed ``unverified`` has no verdict to publish). ``reviewRating`` carries the
verdict as ``alternateName`` (the desk's own word for it when ``[review.labels.<language>]``
of the configuration gives one for the desk's ``[review] language``, else the source's,
else the verdict itself) and a
number on this scale:

=============  ===========
verdict        ratingValue
=============  ===========
``false``      1 (worstRating)
``misleading`` 2
``disputed``   3
``mostly_verified`` 4 ("Plutôt vrai", "Mostly True")
``verified``   5 (bestRating)
=============  ===========

``claimReviewed`` is the claim's ``summary`` as written (Google asks for less than 75
characters), else the sentence of the article that holds the claim's quote (a quote is
often a fragment, "Orange (44,4%)"), or the quote when the article's text is not loaded or
does not hold it. A "sentence" longer than ``MAX_CLAIM_REVIEWED`` characters (a table, a
list or a text without full stops) gives the words around the quote instead, cut at spaces
and marked with "…". ``inLanguage`` is the desk's ``[review] language`` (the source's then
going to ``appearance``), else the source's language.

``itemReviewed`` is the claim. Its ``author`` is who made it, the claimant that
``attributed_to`` names (:func:`claimant`): a ``Person`` ("Tom Hale, Health Secretary"
gives the name and, after the first comma, the ``jobTitle``), an ``Organization`` when
``[review] organisations`` lists the name; where nobody is named (no ``attributed_to``, or
one without a capital letter, "sources non nommées"), the publisher, who then takes the
words on. Its ``datePublished`` and ``appearance`` say when and where the statement was
made: the claim's ``said_on`` (a day) and ``said_in`` (a programme, a debate, a post:
a ``CreativeWork``, or a ``SocialMediaPosting`` when its url is on a social network),
our own article then left out; a claim with neither keeps the article (headline, url,
datePublished): a ``SocialMediaPosting`` when the source's url is on a social network,
else a ``NewsArticle``. The review's ``author`` is ``[review] author`` of the configuration;
without it, the reviewer named in ``by`` stands in as a ``Person``, and
:func:`claim_reviews` says so in its notes. :func:`missing_required` names what Google
requires and the export lacks (``url`` without ``[review] url``).

**CSV**: one row per claim, reviewed or not, with its latest review; see ``CSV_COLUMNS``.
``figure``, ``low``, ``high`` and ``unit`` are the value as numbers (the figure as
written, empty for a range or a bound, and its interval's ends, in ``unit``), for
sorting and charts. A cell that a spreadsheet would run as a formula (it
starts with ``=``, ``@``, a tab or a carriage return, or with ``+`` or ``-`` and is not a
plain number such as ``-1,5 %``) is written after an apostrophe, so that a claim file cannot
make Excel or LibreOffice run a command when the export is opened (CWE-1236).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from factcheck.config import ReviewAuthor, VerdictLabels
from factcheck.model import Claim, Corpus, name_key
from factcheck.tracking import claimant_name

__all__ = [
    "CSV_COLUMNS",
    "RATING",
    "claim_review",
    "claim_reviews",
    "claimant",
    "missing_required",
    "to_csv",
    "verdict_label",
    "verdict_meant",
]

RATING: dict[str, int] = {
    "false": 1, "misleading": 2, "disputed": 3, "mostly_verified": 4, "verified": 5,
}  # fmt: skip
BEST_RATING, WORST_RATING = 5, 1
#: The longest ``claimReviewed``, in characters. A news sentence is 20 to 40 words (the
#: seed article's longest is 343 characters); a longer "sentence" is a list, a table or
#: a text without full stops, and repeating it for each verdict quoting it would make
#: the export grow with their product (200 verdicts on a 500 KB line: 130 MB).
MAX_CLAIM_REVIEWED = 600
#: Google: "try to keep [claimReviewed] less than 75 characters"; longer ones are named.
SHORT_CLAIM_REVIEWED = 75
#: Hosts whose pages are posts on a social network: the appearance is a SocialMediaPosting.
SOCIAL_NETWORKS = (
    "facebook.com", "fb.com", "instagram.com", "threads.net", "x.com", "twitter.com",
    "tiktok.com", "bsky.app", "linkedin.com", "t.me", "reddit.com", "mastodon.social",
)  # fmt: skip
#: What Google requires of a ClaimReview that the export may lack, and what to set for it.
GOOGLE_REQUIRED = {
    "url": 'set [review] url = "https://.../{claim}" in the configuration: the page that '
    "publishes each verdict (see docs/configuration.md)",
    "claimReviewed": "give the claims a summary (their quote is empty)",
}

CSV_COLUMNS = (
    "claim", "file", "line", "source", "publisher", "published", "url", "subject",
    "property", "qualifiers", "value", "figure", "low", "high", "unit", "when", "kind",
    "attributed_to", "cites", "status", "reviews", "last_review", "reviewed_by", "verdict",
    "evidence", "review_note", "quote",
)  # fmt: skip


def claim_review(
    claim: Claim,
    author: ReviewAuthor | None,
    url: str | None = None,
    *,
    labels: Mapping[str, VerdictLabels] | None = None,
    organisations: Collection[str] = (),
    language: str | None = None,
) -> dict[str, Any] | None:
    """The ClaimReview of a claim's latest review, or None if it has no verdict to publish.

    ``url`` is where the verdict is published, ``{claim}`` standing for the claim's id;
    ``labels`` the desk's words for the verdicts by language (``[review.labels]``),
    ``organisations`` the claimants that are no people (``[review] organisations``),
    ``language`` that of the desk's pages (``[review] language``): the label's language
    and the ClaimReview's ``inLanguage``, the source's going to its ``appearance``.
    Without it, both are the source's language.
    """
    if not claim.reviews or claim.reviews[-1].verdict not in RATING:
        return None
    review = claim.reviews[-1]
    source = claim.source
    item: dict[str, Any] = {"@type": "Claim"}
    said_by = claimant(claim.attributed_to, organisations)
    if said_by is not None:
        item["author"] = said_by
    if source is not None:
        publisher = {"@type": "Organization", "name": source.publisher}
        article: dict[str, Any] = {
            "@type": "SocialMediaPosting" if _on_social_network(source.url) else "NewsArticle",
            "headline": source.title,
            "datePublished": source.published.isoformat(),
            "publisher": publisher,
        }
        if source.url:
            article["url"] = source.url
        if language is not None:  # the desk's page and the article it checks differ
            article["inLanguage"] = _bcp47(source.language)
        item.setdefault("author", publisher)  # nobody named: the publisher takes it on
        if claim.said_on is None and claim.said_in is None:
            item.update(datePublished=source.published.isoformat(), appearance=article)
    item.update(_where_said(claim))
    reviewer: dict[str, Any] = {"@type": "Person", "name": review.by}
    if author is not None:
        reviewer = {"@type": "Organization", "name": author.name}
        if author.url:
            reviewer["url"] = author.url
    rating: dict[str, Any] = {
        "@type": "Rating",
        "ratingValue": RATING[review.verdict],
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": verdict_label(review.verdict, language or claim.language, labels or {}),
    }
    if review.note:
        rating["ratingExplanation"] = review.note
    document: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.id,
        **({"url": url.replace("{claim}", claim.id)} if url else {}),
        "claimReviewed": claim.summary or _claim_reviewed(claim),
        "itemReviewed": item,
        "author": reviewer,
        "reviewRating": rating,
        "datePublished": review.date.isoformat(),
    }
    if language is not None or source is not None:
        document["inLanguage"] = _bcp47(language or claim.language)
    if review.evidence:
        document["citation"] = list(review.evidence)
    return document


def _where_said(claim: Claim) -> dict[str, Any]:
    """``itemReviewed``'s ``datePublished`` and ``appearance`` from ``said_on`` and ``said_in``.

    Google reads them as when the claim was made and where it appeared: the broadcast,
    the debate, the post, never the fact-check that reports it. A ``said_on`` that cannot
    be read is left out (:func:`claim_reviews` leaves such a claim out, naming it).
    """
    where: dict[str, Any] = {}
    try:
        day = claim.read_said_on()
    except ValueError:
        day = None
    if day is not None:
        where["datePublished"] = day.isoformat()
    said_in = claim.said_in_name_url
    if said_in is not None:
        name, url = said_in
        work: dict[str, Any] = {
            "@type": "SocialMediaPosting" if _on_social_network(url) else "CreativeWork",
            "name": name,
        }
        if url:
            work["url"] = url
        if day is not None:
            work["datePublished"] = day.isoformat()
        where["appearance"] = work
    return where


def _bcp47(language: str) -> str:
    """A language code as schema.org writes it (BCP 47): ``en_GB`` is ``en-GB``."""
    return language.replace("_", "-")


def claimant(
    attributed_to: str | None, organisations: Collection[str] = ()
) -> dict[str, Any] | None:
    """Who made the claim, as schema.org's ``Person`` or ``Organization``; None if nobody is named.

    The name is what comes before the first comma, the rest a person's ``jobTitle`` (or an
    organisation's ``description``), unless the first part is a role
    (:func:`~factcheck.tracking.claimant_name`: "le ministre de l'Économie, Bruno Le
    Maire"). A name in ``organisations`` (in any case, with or without accents) is an
    organisation; a text without a capital letter names nobody ("sources non nommées", "a
    spokesman").

    >>> claimant("Tom Hale, Health Secretary")
    {'@type': 'Person', 'name': 'Tom Hale', 'jobTitle': 'Health Secretary'}
    >>> claimant("l'INSEE", ["l'Insee"]), claimant("sources non nommées")
    ({'@type': 'Organization', 'name': "l'INSEE"}, None)
    """
    if attributed_to is None:
        return None
    name, role = claimant_name(attributed_to)
    if not any(character.isupper() for character in name):
        return None
    if name_key(name) in {name_key(organisation) for organisation in organisations}:
        return {"@type": "Organization", "name": name, **({"description": role} if role else {})}
    return {"@type": "Person", "name": name, **({"jobTitle": role} if role else {})}


def verdict_label(verdict: str, language: str, labels: Mapping[str, VerdictLabels]) -> str:
    """The desk's word for ``verdict`` in ``language``, else the verdict itself.

    ``labels`` are by language code: ``fr_CA`` is looked up as ``fr_CA``, then ``fr``
    (``-`` and ``_`` alike, in any case).

    >>> verdict_label("false", "fr_CA", {"fr": VerdictLabels(false="Faux")})
    'Faux'
    >>> verdict_label("misleading", "fr", {"fr": VerdictLabels(false="Faux")})
    'misleading'
    """
    if not labels:
        return verdict
    by_code = {code.replace("-", "_").casefold(): table for code, table in labels.items()}
    code = language.replace("-", "_").casefold()
    for candidate in (code, code.partition("_")[0]):
        table = by_code.get(candidate)
        if table is not None and (label := getattr(table, verdict, None)):
            return str(label)
    return verdict


def verdict_meant(word: str, labels: Mapping[str, VerdictLabels]) -> str | None:
    """The verdict whose desk label, in any language of ``labels``, is ``word``; else None.

    The inverse of :func:`verdict_label`, so that ``factcheck review --verdict`` takes the
    rating the desk prints ("Trompeur", "Plutôt vrai") for the verdict it stands for.
    Compared in any case, with or without accents, a hyphen read as a space. A word two
    verdicts share is no answer (None).

    >>> verdict_meant("plutot-vrai", {"fr": VerdictLabels(misleading="Plutôt vrai")})
    'misleading'
    """
    wanted = _label_key(word)
    meant = {
        verdict
        for table in labels.values()
        for verdict, label in table.model_dump(exclude_none=True).items()
        if _label_key(str(label)) == wanted
    }
    return meant.pop() if len(meant) == 1 else None


def _label_key(word: str) -> str:
    return " ".join(name_key(word).replace("-", " ").split())


def _on_social_network(url: str | None) -> bool:
    """Whether ``url`` is a post on a social network (:data:`SOCIAL_NETWORKS`)."""
    if not url:
        return False
    host = (urlsplit(url).hostname or "").removeprefix("www.").removeprefix("m.")
    return any(host == network or host.endswith("." + network) for network in SOCIAL_NETWORKS)


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
    corpus: Corpus,
    author: ReviewAuthor | None,
    url: str | None = None,
    *,
    labels: Mapping[str, VerdictLabels] | None = None,
    organisations: Collection[str] = (),
    language: str | None = None,
) -> tuple[list[dict[str, Any]], list[str]]:
    """ClaimReviews of every claim with a published verdict, and notes for the editor.

    Left out, and named in the notes: every claim ``factcheck status`` lists under
    drift (:func:`~factcheck.tracking.drift`: its quote is no longer in the article's
    text, or changed since its latest review; the verdict is about other words), a
    claim whose ``said_on`` cannot be read (at its ``file:line``), and an id used by
    more than one claim (which verdict is it?). What Google requires and the
    ClaimReviews lack is for :func:`missing_required` to say.
    """
    from factcheck.editing import quote_fingerprint
    from factcheck.tracking import drift

    documents, missing_url, unreadable = [], set(), []
    not_in_text: list[str] = []
    changed: list[str] = []
    ids = Counter(claim.id for claim in corpus.claims)
    shared = sorted(claim_id for claim_id, count in ids.items() if count > 1)
    for claim in corpus.claims:
        document = claim_review(
            claim, author, url, labels=labels, organisations=organisations, language=language
        )
        if document is None or ids[claim.id] > 1:
            continue
        if next(iter(drift((claim,))), None) is not None:  # only claims with a verdict to publish
            # a quote edited in the claim file is named as such, even if the text lacks it too
            judged = claim.reviews[-1].quote_fingerprint
            edited = judged is not None and judged != quote_fingerprint(claim.quote)
            (changed if edited else not_in_text).append(claim.id)
            continue
        try:
            claim.read_said_on()
        except ValueError as error:
            unreadable.append(f"{claim.location}: {error}")
            continue
        documents.append(document)
        if claim.source is not None and not claim.source.url:
            missing_url.add(claim.source.id)
    notes = []
    if not_in_text:
        notes.append(
            "left out, their quote is no longer in the article's text (re-quote them from the "
            f"text, then review them again): {', '.join(not_in_text)}"
        )
    if changed:
        notes.append(
            f"left out, their quote changed since it was reviewed (review them again): "
            f"{', '.join(changed)}"
        )
    notes += [f"left out, {message}" for message in unreadable]
    if shared:
        notes.append(f"left out, ids used by more than one claim: {', '.join(shared)}")
    if author is None and documents:
        notes.append(
            "no [review] author in the configuration: each review's 'by' is named as its "
            "author (see docs/configuration.md)"
        )
    if missing_url:
        notes.append(
            f"sources without a url (their appearance has none): {', '.join(sorted(missing_url))}"
        )
    long = [d["identifier"] for d in documents if len(d["claimReviewed"]) > SHORT_CLAIM_REVIEWED]
    if long:
        shown = ", ".join(long[:5]) + (f" and {len(long) - 5} more" if len(long) > 5 else "")
        notes.append(
            f"claimReviewed is over {SHORT_CLAIM_REVIEWED} characters, which Google asks to "
            f"keep under (give these claims a summary): {shown}"
        )
    return documents, notes


def missing_required(documents: Iterable[dict[str, Any]]) -> list[str]:
    """What Google requires of a ClaimReview and ``documents`` lack, each once, with what to set.

    >>> [message.partition(":")[0] for message in missing_required([{"claimReviewed": "x"}])]
    ['url']
    """
    missing = {name: 0 for name in GOOGLE_REQUIRED}
    for document in documents:
        for name in GOOGLE_REQUIRED:
            missing[name] += not document.get(name)
    return [f"{name}: {GOOGLE_REQUIRED[name]}" for name, count in missing.items() if count]


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


def to_csv(claims: Iterable[Claim], delimiter: str = ",", *, bom: bool = False) -> str:
    """One row per claim with its latest review, as a CSV text with a header row.

    Cells that a spreadsheet would run as formulas are escaped (:func:`spreadsheet_safe`).
    With ``delimiter`` ``;`` (the list separator of spreadsheets in languages that write
    a decimal comma), ``figure``, ``low`` and ``high`` are written with a decimal comma;
    ``bom`` starts the text with a byte order mark, which Excel needs to read UTF-8.
    """
    stream = io.StringIO()
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    decimal_comma = delimiter == ";"
    for claim in claims:
        source = claim.source
        last = claim.reviews[-1] if claim.reviews else None
        value = claim.parsed_value
        figure, low, high, unit = "", "", "", ""
        if value is not None:
            interval = value.quantity.interval
            low, high = _number(interval.lo, decimal_comma), _number(interval.hi, decimal_comma)
            if interval.nominal is not None:  # a range or a bound writes no one figure
                figure = _number(interval.nominal, decimal_comma)
            unit = str(value.quantity.unit)  # "percent", "EUR / year"; a count has none
            unit = "" if unit == "dimensionless" else unit
        cells: list[str | int] = [
            claim.id,
            claim.location.file,
            claim.location.line,
            source.id if source else "",
            source.publisher if source else "",
            source.published.isoformat() if source else "",
            (source.url or "") if source else "",
            claim.subject,
            claim.property,
            json.dumps(claim.qualifiers, ensure_ascii=False) if claim.qualifiers else "",
            claim.value or "",
            figure,
            low,
            high,
            unit,
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


def _number(end: Decimal, decimal_comma: bool) -> str:
    """An interval's end as a spreadsheet reads a number: plain digits, no exponent.

    An infinite end (the open side of ``<2 million``) is left empty.

    >>> _number(Decimal("9.5E+9"), False), _number(Decimal("7.05"), True)
    ('9500000000', '7,05')
    """
    if not end.is_finite():
        return ""
    text = format(end.normalize() if end == end.to_integral_value() else end, "f")
    return text.replace(".", ",") if decimal_comma else text
