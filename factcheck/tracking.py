"""Claim tracking: where every claim stands, what fell due, what drifted, what was said when.

- **Status**: claims by status and by source; claims never reviewed; claims whose
  latest review is older than ``max_age_days``; claims whose ``status`` is not the
  verdict of their latest review (edited by hand). A claim with no review has no
  verdict, whatever its ``status`` says: it is counted as ``unverified`` (and never
  reviewed), and a ``status`` other than ``unverified`` typed on it by hand is listed
  with the mismatches.
- **Deadlines**: a ``target`` or ``forecast`` whose ``when`` has ended is compared with
  the ``fact`` claims about the same subject, property and qualifiers whose ``when``
  lies within its period (facts reviewed ``false`` do not count). A ``when`` that
  names a deadline (``d'ici fin 2025``, ``by end-2025``, ``à l'horizon 2017``,
  ``avant``, ``fin``, ``end of``) is settled by facts whose period *ends* within the
  target's: the figure for the year 2025 settles "d'ici fin 2025" (October to
  December 2025). A forecast is *met* when a fact can equal it, a target when a fact
  can reach it (``>=``; ``<=`` for a ceiling written ``<x`` or ``<=x``; ``300 to 500
  person`` is reached from 300), *missed* when no fact can, *due* when no fact
  settles it yet (the facts about its subject and property near its period that do
  not are named, with why), and *unclear* when the facts disagree or cannot be
  compared (units). All of it is interval arithmetic: ``~4 million EUR`` neither
  meets nor misses a target of ``4,3 million EUR`` by a rounding error. A target
  without a value is met by any such fact.
- **Upcoming**: the targets and forecasts whose period ends within ``horizon_days``.
- **Drift**: a reviewed claim whose quote no longer appears in its source's text
  (re-quote it from the text, then review it), or whose quote is not the one its
  latest review judged (``quote_fingerprint``: review it again).
- **History**: the timeline of what every source said about a subject, and who said
  it (``attributed_to``, ``cites``), an undated claim at its article's publication
  day, with the reports of one fact (same property, qualifiers and ``when``) that
  cannot agree marked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from factcheck.dates import Period
from factcheck.editing import quote_fingerprint
from factcheck.model import STATUSES, Claim, Corpus, Review, name_key
from factcheck.shares import qualifier_key
from factcheck.text import contains_quote
from factcheck.values import Truth, UnitMismatch

__all__ = [
    "OUTCOMES",
    "Deadline",
    "Drift",
    "HistoryEntry",
    "Stale",
    "StatusReport",
    "Upcoming",
    "claim_period",
    "claimant_name",
    "drift",
    "history",
    "is_deadline",
    "is_said_by",
    "is_under_check",
    "judge_deadline",
    "said_by",
    "speakers",
    "status",
    "subjects",
]

OUTCOMES = ("missed", "due", "unclear", "met")  # what needs attention first


def _location(claim: Claim) -> dict[str, Any]:
    where = claim.location
    return {"file": where.file, "line": where.line, "column": where.column}


def _period(period: Period | None) -> dict[str, str] | None:
    if period is None:
        return None
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}


@dataclass(frozen=True, slots=True)
class Deadline:
    """A target or forecast whose period has ended, and how the facts bear it out."""

    claim: Claim
    outcome: str  # one of OUTCOMES
    facts: tuple[Claim, ...]
    message: str

    def to_dict(self) -> dict[str, Any]:
        """The deadline as a JSON object."""
        return {
            "claim": self.claim.id,
            "kind": self.claim.kind,
            "outcome": self.outcome,
            "value": self.claim.value,
            "when": self.claim.when,
            "period": _period(self.claim.period),
            "facts": [fact.id for fact in self.facts],
            "message": self.message,
            "location": _location(self.claim),
        }


@dataclass(frozen=True, slots=True)
class Upcoming:
    """A target or forecast whose period ends within the horizon: a follow-up to plan."""

    claim: Claim
    days: int  # from today to the last day of its period

    @property
    def message(self) -> str:
        """What falls due, and when."""
        period = self.claim.period
        assert period is not None  # only claims with a period fall due
        when = "today" if self.days == 0 else f"in {self.days} day{'s' * (self.days != 1)}"
        return (
            f"{self.claim.kind} '{self.claim.id}' ({self.claim.value or 'no value'}, "
            f"{when_text(self.claim)}) falls due on {period.end}, {when}"
        )

    def to_dict(self) -> dict[str, Any]:
        """The upcoming deadline as a JSON object."""
        period = self.claim.period
        assert period is not None
        return {
            "claim": self.claim.id,
            "kind": self.claim.kind,
            "value": self.claim.value,
            "when": self.claim.when,
            "period": _period(period),
            "falls_due": period.end.isoformat(),
            "days": self.days,
            "message": self.message,
            "location": _location(self.claim),
        }


@dataclass(frozen=True, slots=True)
class Drift:
    """A reviewed claim whose quote moved under its review."""

    claim: Claim
    reason: str  # "quote-not-in-text" or "quote-changed"
    message: str

    def to_dict(self) -> dict[str, Any]:
        """The drift as a JSON object."""
        return {
            "claim": self.claim.id,
            "reason": self.reason,
            "message": self.message,
            "location": _location(self.claim),
        }


@dataclass(frozen=True, slots=True)
class Stale:
    """A claim whose latest review is older than the configured age."""

    claim: Claim
    review: Review
    age_days: int

    def to_dict(self) -> dict[str, Any]:
        """The stale review as a JSON object."""
        return {
            "claim": self.claim.id,
            "last_review": self.review.date.isoformat(),
            "verdict": self.review.verdict,
            "age_days": self.age_days,
            "location": _location(self.claim),
        }


@dataclass(frozen=True, slots=True)
class StatusReport:
    """Where the claims of a corpus stand on a given day."""

    today: dt.date
    max_age_days: int
    files: int
    claims: tuple[Claim, ...]
    by_status: dict[str, int]
    by_source: dict[str, dict[str, int]]
    never_reviewed: tuple[Claim, ...]
    stale: tuple[Stale, ...]
    mismatched: tuple[Claim, ...]
    deadlines: tuple[Deadline, ...]
    drift: tuple[Drift, ...]
    problems: int = 0  # load problems: claims with errors are not counted
    problem_files: tuple[str, ...] = ()  # the files that have them
    upcoming: tuple[Upcoming, ...] = ()
    horizon_days: int = 30
    #: ``never_reviewed`` holds only the statements under check (:func:`is_under_check`),
    #: and ``not_under_check`` counts the others never reviewed (the article's evidence)
    under_check: bool = False
    not_under_check: int = 0

    def outcomes(self) -> dict[str, int]:
        """Deadlines by outcome (every outcome present, zero or more)."""
        counts = Counter(deadline.outcome for deadline in self.deadlines)
        return {outcome: counts[outcome] for outcome in OUTCOMES}

    def to_dict(self) -> dict[str, Any]:
        """The report as the JSON document of ``factcheck status --format json``."""
        return {
            "version": 1,
            "today": self.today.isoformat(),
            "max_age_days": self.max_age_days,
            "horizon_days": self.horizon_days,
            "summary": {
                "files": self.files,
                "claims": len(self.claims),
                "reviewed": len(self.claims) - len(self.never_reviewed) - self.not_under_check,
                "never_reviewed": len(self.never_reviewed),
                **(
                    {"never_reviewed_not_under_check": self.not_under_check}
                    if self.under_check
                    else {}
                ),
                "stale": len(self.stale),
                "mismatched": len(self.mismatched),
                "drift": len(self.drift),
                "load_problems": self.problems,
                "load_problem_files": list(self.problem_files),
                "by_status": self.by_status,
                "deadlines": self.outcomes(),
                "upcoming": len(self.upcoming),
            },
            "by_source": self.by_source,
            "never_reviewed": [
                {"claim": claim.id, "location": _location(claim)} for claim in self.never_reviewed
            ],
            "stale": [stale.to_dict() for stale in self.stale],
            "mismatched": [
                {
                    "claim": claim.id,
                    "status": claim.status,
                    "verdict": claim.reviews[-1].verdict if claim.reviews else None,
                    "message": mismatch_message(claim),
                    "location": _location(claim),
                }
                for claim in self.mismatched
            ],
            "deadlines": [deadline.to_dict() for deadline in self.deadlines],
            "upcoming": [upcoming.to_dict() for upcoming in self.upcoming],
            "drift": [drift.to_dict() for drift in self.drift],
        }


def mismatch_message(claim: Claim) -> str:
    """Why the claim's ``status`` is not its verdict: a hand edit, with or without a review."""
    if not claim.reviews:
        return (
            f"'{claim.id}' is {claim.status}: status set by hand, no review: record it with "
            "`factcheck review`"
        )
    return f"'{claim.id}' is {claim.status}, its latest review says {claim.reviews[-1].verdict}"


def counted_status(claim: Claim) -> str:
    """The status ``factcheck status`` counts the claim under.

    A reviewed claim counts under its ``status`` as written, even when its latest review's
    verdict says otherwise (such a claim is listed as a mismatch, not recounted); one never
    reviewed has no verdict, so a status typed on it by hand counts as ``unverified`` (and
    is listed as a mismatch too).
    """
    return claim.status if claim.reviews else "unverified"


def is_under_check(claim: Claim) -> bool:
    """Whether the claim is a statement the desk rates, not the evidence it is checked with.

    A fact-check encodes the politician's words and the official figures that settle
    them; only the first need a verdict. They are the claims with a field only a
    statement under check has: a ``summary`` (the wording the ClaimReview publishes),
    a ``said_on`` or a ``said_in`` (when and where it was said). ``attributed_to`` is
    no sign of one: "selon l'Insee" is attributed too.
    """
    return claim.summary is not None or claim.said_on is not None or claim.said_in is not None


def status(
    corpus: Corpus,
    *,
    today: dt.date | None = None,
    max_age_days: int = 365,
    horizon_days: int = 30,
    under_check: bool = False,
) -> StatusReport:
    """Where every claim of the corpus stands on ``today`` (default: the system's date).

    ``horizon_days``: the targets and forecasts whose period ends from ``today`` to that
    many days later are listed as upcoming. ``under_check`` lists as never reviewed only
    the statements under check (:func:`is_under_check`), and counts the others.
    """
    today = today or dt.date.today()
    claims = tuple(corpus.claims)
    by_status = {name: 0 for name in STATUSES}
    by_source: dict[str, dict[str, int]] = {}
    for claim in claims:
        counted = counted_status(claim)
        by_status[counted] += 1
        source = claim.source.id if claim.source else claim.location.file
        by_source.setdefault(source, {name: 0 for name in STATUSES})[counted] += 1
    stale = tuple(
        Stale(claim, claim.reviews[-1], (today - claim.reviews[-1].date).days)
        for claim in claims
        if claim.reviews and (today - claim.reviews[-1].date).days > max_age_days
    )
    never_reviewed = tuple(claim for claim in claims if not claim.reviews)
    listed = never_reviewed
    if under_check:
        listed = tuple(claim for claim in never_reviewed if is_under_check(claim))
    return StatusReport(
        today=today,
        max_age_days=max_age_days,
        files=len(corpus.documents),
        claims=claims,
        by_status=by_status,
        by_source=by_source,
        never_reviewed=listed,
        stale=stale,
        mismatched=tuple(c for c in claims if c.status_mismatched or counted_status(c) != c.status),
        deadlines=tuple(sorted(_deadlines(claims, today), key=lambda d: OUTCOMES.index(d.outcome))),
        drift=tuple(drift(claims)),
        problems=len(corpus.problems),
        problem_files=tuple(sorted({problem.location.file for problem in corpus.problems})),
        upcoming=_upcoming(claims, today, horizon_days),
        horizon_days=horizon_days,
        under_check=under_check,
        not_under_check=len(never_reviewed) - len(listed),
    )


# --- deadlines -----------------------------------------------------------------------------------


def _deadlines(claims: tuple[Claim, ...], today: dt.date) -> Iterable[Deadline]:
    # Facts by subject and property, the first things judge_deadline compares: scanning
    # every fact for every target would cost the square of an archive's size.
    facts: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        if c.kind == "fact" and c.period is not None:
            facts.setdefault((name_key(c.subject), c.property), []).append(c)
    for claim in claims:
        if claim.kind in ("target", "forecast") and claim.period and claim.period.end < today:
            yield judge_deadline(claim, facts.get((name_key(claim.subject), claim.property), ()))


def _upcoming(claims: tuple[Claim, ...], today: dt.date, horizon: int) -> tuple[Upcoming, ...]:
    last = today + dt.timedelta(days=horizon)
    found = [
        Upcoming(claim, (claim.period.end - today).days)
        for claim in claims
        if claim.kind in ("target", "forecast")
        and claim.period is not None
        and today <= claim.period.end <= last
    ]
    return tuple(sorted(found, key=lambda upcoming: upcoming.days))


# Words that make a `when` a deadline, to be met by then: "d'ici fin 2025", "by 2025",
# "by the end of 2025", "à l'horizon 2017", "avant 2026", "fin 2025", "end-2025".
_DEADLINE_WORDS = re.compile(
    r"(?<!\w)(?:d['’]ici|by|avant|before|until|jusqu['’]|fin|end|horizon)(?!\w)", re.IGNORECASE
)
# Facts named when none settles a target: those whose period is this close to its period.
_NEAR = dt.timedelta(days=366)
_NAMED = 3  # at most, then "and N more"


def is_deadline(claim: Claim) -> bool:
    """Whether the claim's ``when`` names a deadline ("d'ici fin 2025", "by 2025").

    A fact whose period ends within such a target's period settles it: the figure for
    the year 2025 tells whether "100 000 d'ici fin 2025" (October-December) was met.
    """
    return claim.when is not None and bool(_DEADLINE_WORDS.search(str(claim.when)))


def _settles(period: Period, deadline: bool, fact: Claim) -> bool:
    """Whether ``fact``'s period is one that judges a target of ``period``."""
    if fact.period is None:
        return False
    if deadline:
        return period.start <= fact.period.end <= period.end
    return period.start <= fact.period.start and fact.period.end <= period.end


def judge_deadline(claim: Claim, facts: Iterable[Claim]) -> Deadline:
    """Judge a target or forecast against the facts: met, missed, due or unclear.

    The facts that settle it are about the same subject, property and qualifiers, not
    reviewed ``false``, and of a period within the claim's (for a deadline, see
    :func:`is_deadline`, a period that ends within it). When none does, the message
    names the facts about its subject and property near its period, and why each
    does not settle it.
    """
    period = claim.period
    assert period is not None  # only claims with a period fall due
    deadline = is_deadline(claim)
    candidates = [
        fact
        for fact in facts
        if fact.kind == "fact"
        and name_key(fact.subject) == name_key(claim.subject)
        and fact.property == claim.property
    ]
    relevant = tuple(
        fact
        for fact in candidates
        if fact.status != "false"
        and qualifier_key(fact.qualifiers) == qualifier_key(claim.qualifiers)
        and _settles(period, deadline, fact)
    )
    what = f"{claim.kind} '{claim.id}' ({claim.value or 'no value'}, {when_text(claim)})"
    if not relevant:
        near = [
            fact
            for fact in candidates
            if fact.period is not None
            and fact.period.start - _NEAR <= period.end
            and period.start - _NEAR <= fact.period.end
        ]
        near.sort(key=lambda fact: abs((_end(fact) - period.end).days))
        if not near:
            message = (
                f"{what} fell due on {period.end}; no fact about {claim.subject} "
                f"{claim.property} in that period is recorded yet"
            )
            return Deadline(claim, "due", (), message)
        reasons = [f"{fact.id} ({_unused(claim, period, deadline, fact)})" for fact in near]
        if len(reasons) > _NAMED:
            reasons[_NAMED:] = [f"and {len(reasons) - _NAMED} more"]
        message = f"{what} fell due on {period.end}; no fact recorded settles it: " + "; ".join(
            reasons
        )
        return Deadline(claim, "due", (), message)
    outcomes = {fact.id: _outcome(claim, fact) for fact in relevant}
    distinct = set(outcomes.values())
    if len(distinct) > 1:
        detail = "; ".join(f"{fact_id}: {result}" for fact_id, result in outcomes.items())
        return Deadline(claim, "unclear", relevant, f"{what}: the facts disagree ({detail})")
    outcome = distinct.pop()
    reports = ", ".join(f"{fact.id} ({fact.value or 'no value'})" for fact in relevant)
    return Deadline(claim, outcome, relevant, f"{what} {outcome}: {reports}")


def _end(fact: Claim) -> dt.date:
    assert fact.period is not None
    return fact.period.end


def _unused(claim: Claim, period: Period, deadline: bool, fact: Claim) -> str:
    """Why a fact about the target's subject and property does not settle it."""
    if fact.status == "false":
        return "reviewed false"
    if qualifier_key(fact.qualifiers) != qualifier_key(claim.qualifiers):
        shown = ", ".join(f"{k}={v}" for k, v in fact.qualifiers.items()) or "none"
        wanted = ", ".join(f"{k}={v}" for k, v in claim.qualifiers.items()) or "none"
        return f"qualifiers {shown}, not {wanted}"
    assert fact.period is not None
    when = when_text(fact)
    if deadline:
        side = "before" if fact.period.end < period.start else "after"
        return f"{when} ends on {fact.period.end}, {side} {when_text(claim)}"
    return f"{when} is not within {when_text(claim)}"


def _outcome(claim: Claim, fact: Claim) -> str:
    if claim.parsed_value is None:
        # a value-less target ("launch by 2016") is met by the fact that it happened
        return "met" if claim.value is None else "unclear"
    if fact.parsed_value is None:
        return "unclear"
    promised, actual = claim.parsed_value, fact.parsed_value
    ceiling = promised.comparator in ("<", "<=")
    op = "==" if claim.kind == "forecast" else "<=" if ceiling else ">="
    try:
        truth = actual.quantity.compare(op, promised.quantity)
    except UnitMismatch:
        return "unclear"
    return "missed" if truth is Truth.FAILS else "met"


def when_text(claim: Claim, missing: str = "no date") -> str:
    """The claim's ``when`` as written, with the period it was read as when that differs.

    ``en mars: mars 2016``: the same words in two articles may be two different months.
    """
    if claim.period is None:
        return claim.when or missing
    described = claim.period.describe(claim.language)
    return claim.when if claim.when == described else f"{claim.when}: {described}"


# --- drift ---------------------------------------------------------------------------------------


def drift(claims: Iterable[Claim]) -> Iterable[Drift]:
    """The reviewed claims among ``claims`` whose quote moved under their latest review.

    Two kinds (``Drift.reason``): the quote is no longer in the source's text
    (``quote-not-in-text``), or it is not the quote the latest review judged
    (``quote-changed``). ``status`` lists them; ``export`` publishes none of them.
    """
    for claim in claims:
        if not claim.reviews:
            continue
        text = claim.source.text_content if claim.source else None
        if text is not None and not contains_quote(claim.quote, text):
            message = (
                f"'{claim.id}' was reviewed ({claim.reviews[-1].verdict}, "
                f"{claim.reviews[-1].date}) but its quote is no longer in the source text "
                "(the article may have been edited): re-quote it from the text, then review "
                "it again"
            )
            yield Drift(claim, "quote-not-in-text", message)
            continue
        fingerprint = claim.reviews[-1].quote_fingerprint
        if fingerprint is not None and fingerprint != quote_fingerprint(claim.quote):
            message = (
                f"'{claim.id}': the quote is not the one reviewed on {claim.reviews[-1].date} "
                f"({claim.reviews[-1].verdict}); review it again"
            )
            yield Drift(claim, "quote-changed", message)


# --- history -----------------------------------------------------------------------------------


def claim_period(claim: Claim) -> Period | None:
    """The days the claim is about: its ``when``'s, or its article's publication day.

    A claim without ``when`` is about the day its source was published (the claim
    format says so); None when its ``when`` cannot be read, or it has no source.
    """
    if claim.period is not None or claim.when is not None or claim.source is None:
        return claim.period
    day = claim.source.published
    return Period(day, day, "day", day.isoformat())


def said_by(claim: Claim) -> str:
    """Who said it, as a history shows it: ``attributed_to``, and ``cites`` after "per"."""
    speaker, cited = claim.attributed_to, claim.cites
    if speaker and cited:
        return f"{speaker} (per {cited})"
    if cited:
        return f"per {cited}"
    return speaker or ""


#: What starts a role rather than a name: a determiner ("le ministre de l'Économie", "the
#: Health Secretary"); a text starting lower case is one too.
_ROLE_START_RE = re.compile(r"(?:le|la|les|the|a|an)\s|l['’]", re.IGNORECASE)


def _is_role(text: str) -> bool:
    return text[:1].islower() or _ROLE_START_RE.match(text) is not None


def claimant_name(said_by: str) -> tuple[str, str]:
    """The name in an ``attributed_to`` (or ``cites``) and the role written with it.

    The name comes before the first comma ("Tom Hale, Health Secretary"), unless what
    comes first is a role, written lower case or after a determiner, and a name follows it
    ("le ministre de l'Économie, Bruno Le Maire": the name is Bruno Le Maire). Without a
    comma the whole text is the name.

    >>> claimant_name("Tom Hale, Health Secretary")
    ('Tom Hale', 'Health Secretary')
    >>> claimant_name("le ministre de l'Économie, Bruno Le Maire")
    ('Bruno Le Maire', "le ministre de l'Économie")
    """
    first, _, rest = (part.strip() for part in said_by.partition(","))
    name_after = rest.partition(",")[0].strip()
    if name_after and _is_role(first) and not _is_role(name_after):
        return name_after, first
    return first, rest


def is_said_by(claim: Claim, name: str) -> bool:
    """Whether ``name`` is the claim's ``attributed_to`` or ``cites``.

    Whole or its name (:func:`claimant_name`: "Tom Hale" for "Tom Hale, Health Secretary",
    "Bruno Le Maire" for "le ministre de l'Économie, Bruno Le Maire"), in any case and with
    or without accents.
    """
    wanted = name_key(name)
    return any(
        wanted in (name_key(who), name_key(claimant_name(who)[0]))
        for who in (claim.attributed_to, claim.cites)
        if who
    )


def speakers(claims: Iterable[Claim]) -> list[str]:
    """Who said the claims (the names of ``attributed_to`` and ``cites``), for suggestions."""
    return sorted(
        {
            claimant_name(who)[0]
            for claim in claims
            for who in (claim.attributed_to, claim.cites)
            if who
        }
    )


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One report in a subject's timeline, and the reports of the same fact it disagrees with."""

    claim: Claim
    disagrees_with: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The entry as a JSON object."""
        claim = self.claim
        source = claim.source
        return {
            "claim": claim.id,
            "subject": claim.subject,
            "property": claim.property,
            "qualifiers": claim.qualifiers,
            "value": claim.value,
            "when": claim.when,
            "period": _period(claim_period(claim)),
            "kind": claim.kind,
            "attributed_to": claim.attributed_to,
            "cites": claim.cites,
            "source": source.id if source else None,
            "publisher": source.publisher if source else None,
            "published": source.published.isoformat() if source else None,
            "status": claim.status,
            "disagrees_with": list(self.disagrees_with),
            "location": _location(claim),
        }


def history(
    corpus: Corpus, subject: str | None, prop: str | None = None, speaker: str | None = None
) -> list[HistoryEntry]:
    """What every source said about ``subject`` (as ``name_key`` folds it), oldest first.

    Rows follow the period they are about: their ``when``'s, or for an undated claim its
    source's publication day. ``speaker`` keeps the claims ``attributed_to`` or citing
    that name (whole, or the name before a comma: "Tom Hale" for "Tom Hale, Health
    Secretary"); with ``subject`` None, everything that person said, about any subject.
    Reports of the same fact (same property, qualifiers and ``when``, an undated claim
    being about its source's publication day; facts only, not targets) whose values
    cannot be equal are marked as disagreeing, among the claims of the subject, whoever
    said them.
    """
    wanted = None if subject is None else name_key(subject)
    claims = [
        claim
        for claim in corpus.claims
        if (wanted is None or name_key(claim.subject) == wanted)
        and (prop is None or claim.property == prop)
    ]
    if wanted is None and speaker is not None:  # the facts their statements are about
        said = {claim.key for claim in claims if is_said_by(claim, speaker)}
        claims = [claim for claim in claims if claim.key in said]
    groups: dict[Any, list[Claim]] = {}
    for claim in claims:
        if claim.kind == "fact" and claim.parsed_value is not None:
            groups.setdefault(claim.key, []).append(claim)
    clashes: dict[str, list[str]] = {}
    for group in groups.values():
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                if _cannot_agree(first, second):
                    clashes.setdefault(first.id, []).append(second.id)
                    clashes.setdefault(second.id, []).append(first.id)
    if speaker is not None:
        claims = [claim for claim in claims if is_said_by(claim, speaker)]
    claims.sort(key=_chronology)
    return [HistoryEntry(claim, tuple(clashes.get(claim.id, ()))) for claim in claims]


def _cannot_agree(first: Claim, second: Claim) -> bool:
    assert first.parsed_value is not None and second.parsed_value is not None
    try:
        truth = first.parsed_value.quantity.compare("==", second.parsed_value.quantity)
    except UnitMismatch:
        return True
    return truth is Truth.FAILS


def _chronology(claim: Claim) -> tuple[bool, dt.date, dt.date, str, str]:
    published = claim.source.published if claim.source else dt.date.max
    period = claim_period(claim)
    start = period.start if period else published
    return (period is None, start, published, claim.property, claim.id)


def subjects(corpus: Corpus) -> list[str]:
    """Every subject of the corpus, for suggestions."""
    return sorted({claim.subject for claim in corpus.claims})
