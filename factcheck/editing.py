"""Record a review in a claim file, in place, the way an editor would have typed it.

The file is edited with ruamel.yaml's round-trip mode, so comments, key order,
quoting, flow mappings and blank lines survive, and written back with the file's own
indentation; only the claim's ``status`` line and its ``reviews`` change. A ``---``
document marker (and the comments and directives before it) and a ``...`` end marker
(and the comments after it) are set aside while ruamel edits the file, and put back
as they were. Three guards keep a newsroom's files safe:

- the edit is refused if the new text differs from the old in any line other than
  the claim's status and reviews, or would make the file fail to load (nothing is
  written);
- the new text goes to a temporary file in the same folder, then replaces the
  file with ``os.replace``, so a reader never sees half a file;
- just before replacing, the file is read again: if it changed since it was
  read (a colleague saved, a ``git pull`` ran), the edit is refused and the
  other change survives. A change in the microseconds between that check and
  the rename is not detected; only a lock every writer honoured could.

A review is refused, before any of that, when it is dated after today or before
the claim's article was published (a slip of the year), before the claim's last
review, or when it repeats a review of the claim word for word (same day, reviewer,
verdict, evidence and note, on the same quote) unless it is forced. A review of a
claim whose quote is no longer in its article's text is recorded with a warning.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import hashlib
import io
import re
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import atomic
from factcheck.config import Config, VerdictLabels
from factcheck.discovery import PathArg, discover, path_list
from factcheck.findings import display_path
from factcheck.loading import load, load_text
from factcheck.model import STATUSES, Claim, Document, Review, name_key
from factcheck.text import contains_quote, normalise

if TYPE_CHECKING:
    from ruamel.yaml import YAML

__all__ = [
    "VERDICT_WORDS",
    "ConcurrentEdit",
    "EditError",
    "ReviewEdit",
    "check_verdict",
    "find_claim",
    "prepare_review",
    "quote_fingerprint",
    "record_review",
]

_BOM = b"\xef\xbb\xbf"
# Where a new key goes: after the last key present that comes before it in the format.
_FIELD_ORDER = tuple(Claim.model_fields)
_REVIEW_ORDER = ("date", "by", "verdict", "evidence", "note", "quote_fingerprint")

#: What a desk may type for a verdict, in French or in plain English, and the verdict
#: it means (compared by :func:`name_key`: in any case, with or without accents).
VERDICT_WORDS = {
    "faux": "false",
    "fausse": "false",
    "inexact": "false",
    "inexacte": "false",
    "wrong": "false",
    "incorrect": "false",
    "untrue": "false",
    "trompeur": "misleading",
    "trompeuse": "misleading",
    "mensonger": "misleading",
    "mensongere": "misleading",
    "manque de contexte": "misleading",
    "vrai": "verified",
    "vraie": "verified",
    "exact": "verified",
    "exacte": "verified",
    "verifie": "verified",
    "verifiee": "verified",
    "true": "verified",
    "correct": "verified",
    "plutot vrai": "mostly_verified",
    "globalement vrai": "mostly_verified",
    "mostly true": "mostly_verified",
    "mostly correct": "mostly_verified",
    "conteste": "disputed",
    "contestee": "disputed",
    "contestable": "disputed",
    "discutable": "disputed",
    "non verifie": "unverified",
    "inverifiable": "unverified",
    "unverifiable": "unverified",
}


class EditError(Exception):
    """A review that cannot be recorded; the message says why. Nothing was written."""


class ConcurrentEdit(EditError):
    """The file changed on disk between reading it and writing the review."""


def quote_fingerprint(quote: str) -> str:
    """Fingerprint of a quote as reviewed: ``sha256:`` and 16 hex digits of its normal form.

    Typography (curly or straight quotes, runs of spaces) does not change it; a word does.
    """
    digest = hashlib.sha256(normalise(quote).encode("utf-8")).hexdigest()
    return f"sha256:{digest[:16]}"


def check_verdict(verdict: str, labels: Mapping[str, VerdictLabels] | None = None) -> str:
    """Return the verdict if it is a status of the format, else raise EditError naming it.

    The message suggests the verdict meant: the closest spelling (``verfied``,
    ``False``), the verdict a French or English word names (``faux``: ``false``,
    ``trompeur``: ``misleading``), or the one the desk's own word for it names in
    ``labels`` (``[review.labels.<language>]``: «Plutôt faux» configured for
    ``misleading`` suggests ``misleading``).
    """
    if verdict in STATUSES:
        return verdict
    words = {name_key(word).replace("-", " "): meant for word, meant in VERDICT_WORDS.items()}
    for table in (labels or {}).values():  # the desk's words win over the built-in ones
        for status, word in table.model_dump(exclude_none=True).items():
            words[" ".join(name_key(word).replace("-", " ").split())] = status
    meant = words.get(" ".join(name_key(verdict).replace("-", " ").split()))
    close = [meant] if meant else difflib.get_close_matches(verdict.lower(), STATUSES, n=1)
    hint = f": did you mean '{close[0]}'?" if close else ""
    raise EditError(f"unknown verdict '{verdict}'{hint} (choose from {', '.join(STATUSES)})")


def find_claim(
    paths: PathArg | Iterable[PathArg],
    claim_id: str,
    config: Config,
    progress: Callable[[Document, int], None] | None = None,
) -> Claim:
    """The claim with this id in the claim files under ``paths``; EditError if there is none.

    A claim whose record has errors (a field, its value or its date that cannot be
    read), or an id used twice, is refused: the review would land on a record nobody
    can rely on. ``progress`` is :func:`load`'s.

    Only the files that may hold the id are loaded: those whose bytes contain it, or a
    backslash. An id is lowercase letters, digits and ``_`` and files are UTF-8, so
    YAML can only write it as itself (plain, quoted, or in the anchor an alias
    repeats) or with an escape. When no file holds it, everything is loaded, to
    suggest the closest id.
    """
    listed = path_list(paths)
    files = discover(listed, config.exclude, config.folder)
    needle = claim_id.encode("utf-8", "surrogateescape")
    candidates = [path for path in files if _may_hold(path, needle)]
    corpus = load(candidates, config, progress) if candidates else None
    if corpus is not None:
        found = [claim for claim in corpus.claims if claim.id == claim_id]
        if len(found) > 1:
            places = ", ".join(str(claim.location) for claim in found)
            raise EditError(
                f"claim id '{claim_id}' is used more than once ({places}); fix that first"
            )
        # a record that did not load, or a value or date that cannot be read: a verdict
        # on a figure nobody can check would be published as it is
        broken = [problem for problem in corpus.problems if claim_id in problem.claims]
        if found and not broken:
            return found[0]
        if broken:
            first = broken[0]
            raise EditError(
                f"claim '{claim_id}' has errors ({first.location}: {first.message}); "
                "fix them (see factcheck verify) before recording a review"
            )
    known = sorted({claim.id for claim in load(files, config, progress).claims} if files else ())
    close = difflib.get_close_matches(claim_id, known, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    where = ", ".join(str(path) for path in listed)
    raise EditError(f"no claim with id '{claim_id}' in {where}{hint}")


def _may_hold(path: Path, needle: bytes) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return True  # loading reports it
    return needle in data or b"\\" in data


@dataclass(frozen=True, slots=True)
class ReviewEdit:
    """A review ready to be written: the file's old bytes, its new text, and what changes."""

    path: Path
    claim_id: str
    line: int  # where the claim's record starts, 1-based
    old_status: str
    review: Review
    review_count: int  # reviews of the claim once this one is recorded
    original: bytes
    new: bytes
    warnings: tuple[str, ...] = ()  # recorded all the same; the command prints them

    def diff(self) -> str:
        """The change as a unified diff, as ``git diff`` would show it."""
        name = display_path(self.path)
        old = self.original.decode("utf-8-sig").splitlines(keepends=True)
        new = self.new.decode("utf-8-sig").splitlines(keepends=True)
        return "".join(difflib.unified_diff(old, new, f"a/{name}", f"b/{name}"))

    def apply(self) -> None:
        """Write the new text atomically; ConcurrentEdit if the file changed since it was read."""
        atomic.write_bytes(self.path, self.new, before_replace=self._check_unchanged)

    def _check_unchanged(self) -> None:
        if _digest(self.path.read_bytes()) != _digest(self.original):
            raise ConcurrentEdit(
                f"{display_path(self.path)} changed on disk while the review was being "
                f"recorded; nothing was written. Run the command again to review "
                f"'{self.claim_id}' on the current file."
            )


def record_review(
    paths: PathArg | Iterable[PathArg],
    claim_id: str,
    review: Review,
    config: Config | None = None,
    *,
    today: dt.date | None = None,
    write: bool = True,
    force: bool = False,
    progress: Callable[[Document, int], None] | None = None,
) -> ReviewEdit:
    """Find the claim, append ``review`` to its reviews, set its status, and write the file.

    ``review.quote_fingerprint`` is filled from the claim's quote. With ``write=False`` the
    edit is only prepared (its diff shows what would change). ``progress`` is called as
    the claim files are loaded (see :func:`load`). Raises EditError for a review dated
    after ``today``, before the claim's article was published or before its last
    review, and for one identical to a review the claim has (unless ``force``). The
    edit's ``warnings`` say when the claim's quote is not in its article's text.
    """
    config = config or Config()
    check_verdict(review.verdict, config.review.labels)
    today = today or dt.date.today()
    if review.date > today:
        raise EditError(f"the review is dated {review.date}, after today ({today})")
    claim = find_claim(paths, claim_id, config, progress)
    source = claim.source
    if source is not None and review.date < source.published:
        raise EditError(
            f"the review is dated {review.date}, before the claim's article was published "
            f"({source.published}, {source.publisher}): a review cannot judge a claim not "
            "yet made; check the year of --date"
        )
    last = claim.reviews[-1].date if claim.reviews else None
    if last is not None and review.date < last:
        raise EditError(
            f"claim '{claim_id}' was last reviewed on {last}; reviews are kept oldest first, "
            f"so a review dated {review.date} cannot follow it"
        )
    stamped = review.model_copy(update={"quote_fingerprint": quote_fingerprint(claim.quote)})
    same = _identical_review(claim, stamped)
    if same and not force:
        earlier = claim.reviews[same - 1]
        raise EditError(
            f"this review of '{claim_id}' is identical to review {same} ({earlier.date}, by "
            f"{earlier.by}, {earlier.verdict}: same evidence and note); nothing was written. "
            "Use --force to record it again."
        )
    edit = prepare_review(Path(claim.location.file), claim_id, stamped, config)
    warnings = _quote_warnings(claim)
    if warnings:
        edit = dataclasses.replace(edit, warnings=warnings)
    if write:
        edit.apply()
    return edit


def _identical_review(claim: Claim, review: Review) -> int:
    """The 1-based number of the latest review of ``claim`` that ``review`` repeats, or 0.

    Day, reviewer, verdict, evidence (in any order) and note must be the same, and the
    quote judged too when the earlier review says which it was: a review of a changed
    quote is a new review, however alike its words.
    """

    def words(one: Review) -> tuple[object, ...]:
        return (one.date, one.by.strip(), one.verdict, sorted(one.evidence), one.note or "")

    for number in range(len(claim.reviews), 0, -1):
        earlier = claim.reviews[number - 1]
        judged = earlier.quote_fingerprint
        if words(earlier) == words(review) and judged in (None, review.quote_fingerprint):
            return number
    return 0


def _quote_warnings(claim: Claim) -> tuple[str, ...]:
    """A warning when the claim's quote is not in its article's text.

    The verdict would judge words the article no longer has (it was edited, or the
    quote mistyped): recorded all the same, since the desk may be right to record it.
    """
    source = claim.source
    text = source.text_content if source is not None else None
    if source is None or text is None or contains_quote(claim.quote, text):
        return ()
    return (
        f"the quote of '{claim.id}' is not in {source.text} (the article may have been "
        "edited): the review judges words the article no longer has. Re-quote the claim "
        "from the text, then review it again (factcheck verify shows where they differ).",
    )


def prepare_review(path: Path, claim_id: str, review: Review, config: Config) -> ReviewEdit:
    """Compute the edit that records ``review`` on a claim of the file at ``path``."""
    original = path.read_bytes()
    real_text = original.decode("utf-8-sig")
    markers = _DocumentMarkers.of(real_text)
    text = markers.masked  # the file with its markers as comment lines, for ruamel
    crlf = "\r\n" in text
    yaml = _round_trip()
    yaml.explicit_start = markers.inline_start
    try:
        data = _load(yaml, text)
    except Exception as error:  # ruamel's YAMLError, or a ValueError of its constructors
        raise EditError(_unreadable(path, error)) from None
    index, entry = _claim_entry(data, claim_id, path)
    old_status = str(entry.get("status", "unverified"))
    first_line, end_line = _record_lines(data, index, text)
    yaml.indent(**_indentation(data, text.splitlines(), path))
    old_fields = _status_and_reviews_lines(entry, end_line, text)

    _set_status(entry, review.verdict)
    count = _append_review(entry, review)

    stream = io.StringIO()
    yaml.dump(data, stream)
    new_text = stream.getvalue()
    if crlf:
        new_text = new_text.replace("\r\n", "\n").replace("\n", "\r\n")
    _only_the_record_changed(text, new_text, first_line, end_line, path, claim_id)
    real_new_text = markers.restore(new_text, path, claim_id)
    _still_loads(real_text, real_new_text, path, claim_id, review, config)
    try:  # where the status and reviews now stand
        edited = _load(yaml, new_text)
    except Exception as error:  # the loader read it: only a bug of ruamel's gets here
        raise EditError(
            f"{display_path(path)}: the YAML editor cannot read back its edit "
            f"({error}); nothing was written"
        ) from None
    new_index, new_entry = _claim_entry(edited, claim_id, path)
    new_fields = _status_and_reviews_lines(
        new_entry, _record_lines(edited, new_index, new_text)[1], new_text
    )
    _only_status_and_reviews_changed(text, new_text, old_fields, new_fields, path, claim_id)
    new = (_BOM if original.startswith(_BOM) else b"") + real_new_text.encode("utf-8")
    return ReviewEdit(path, claim_id, first_line + 1, old_status, review, count, original, new)


# A line that is only a document marker, with at most a comment after it.
_START = re.compile(r"---[ \t]*(?:#.*)?")
_END = re.compile(r"\.\.\.[ \t]*(?:#.*)?")
_PLACEHOLDER = "# (factcheck: a document marker line, put back after the edit)"


@dataclass(frozen=True, slots=True)
class _DocumentMarkers:
    """A file's ``---`` and ``...`` marker lines, set aside while ruamel edits it.

    ruamel writes ``---`` without the comments and directives above it, or the comment
    after it, and drops ``...``. The lines up to ``---`` (comments, blank lines,
    ``%`` directives and the marker) and from ``...`` to the end (the marker, then
    comments and blank lines) become comment lines for ruamel, which keeps those as
    they are, and are put back, each in its place, in what it writes: line numbers
    stay those of the file, for the guards and the messages.
    """

    masked: str
    head: tuple[str, ...]  # the file's first lines, with their line endings
    tail: tuple[str, ...]  # its last lines
    inline_start: bool = False  # `--- {source: ...}`: ruamel writes that marker itself

    @classmethod
    def of(cls, text: str) -> _DocumentMarkers:
        lines = text.splitlines(keepends=True)
        bare = [line.rstrip("\r\n") for line in lines]
        head = 0
        for number, line in enumerate(bare):
            if _START.fullmatch(line):
                head = number + 1
                break
            if line.strip() and not line.lstrip().startswith(("#", "%")):
                if re.match(r"---(?:[ \t]|$)", line):
                    return cls(text, (), (), inline_start=True)
                break
        tail = len(lines)
        for number in range(len(lines) - 1, head - 1, -1):
            if _END.fullmatch(bare[number]):
                tail = number
                break
            if bare[number].strip() and not bare[number].lstrip().startswith("#"):
                break
        if head == 0 and tail == len(lines):
            return cls(text, (), ())

        def masked(line: str) -> str:
            return _PLACEHOLDER + line[len(line.rstrip("\r\n")) :]

        middle = lines[head:tail]
        placeholders = [masked(line) for line in lines[:head]]
        ending = [masked(line) for line in lines[tail:]]
        if ending and not ending[-1].endswith("\n"):
            ending[-1] += "\n"
        return cls(
            "".join(placeholders + middle + ending), tuple(lines[:head]), tuple(lines[tail:])
        )

    def restore(self, edited: str, path: Path, claim_id: str) -> str:
        """``edited`` (ruamel's writing of the masked text) with the marker lines put back."""
        if not self.head and not self.tail:
            return edited
        lines = edited.splitlines(keepends=True)
        count = len(lines) - len(self.tail)
        kept = lines[: len(self.head)] + lines[count:]
        if count < len(self.head) or any(line.rstrip("\r\n") != _PLACEHOLDER for line in kept):
            raise EditError(
                f"{display_path(path)}: recording the review on '{claim_id}' would move the "
                "lines of the file's document markers (--- or ...); nothing was written. "
                "Add the review by hand, or report this file's layout as a bug."
            )
        return "".join([*self.head, *lines[len(self.head) : count], *self.tail])


def _load(yaml: YAML, text: str) -> Any:
    from ruamel.yaml.error import ReusedAnchorWarning

    with warnings.catch_warnings():
        # a reused anchor (`&a` twice) is legal YAML and only this record is rewritten
        warnings.simplefilter("ignore", ReusedAnchorWarning)
        return yaml.load(text)


def _unreadable(path: Path, error: Exception) -> str:
    """Why ruamel.yaml, stricter than the loader in places, cannot edit the file."""
    mark = getattr(error, "problem_mark", None)
    where = display_path(path)
    if mark is not None:
        where += f":{mark.line + 1}:{mark.column + 1}"
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    return (
        f"{where}: the YAML editor cannot read this file ({reason}); nothing was written. "
        "Fix that place, or add the review by hand."
    )


def _round_trip() -> YAML:
    from ruamel.yaml import YAML  # lazily: verify never needs it
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.emitter import RoundTripEmitter
    from ruamel.yaml.representer import RoundTripRepresenter

    class InvalidDate(str):
        """A plain scalar shaped like a date that is none (``2015-02-30``), kept as written."""

    class Constructor(RoundTripConstructor):
        # ruamel builds a date from every plain scalar shaped like one and fails on
        # 2015-02-30; the loader reads scalars as written, so such a file verifies and
        # its claims can be reviewed: the text is kept, and written back unquoted.
        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            try:
                return super().construct_yaml_timestamp(node, values)
            except ValueError:
                return InvalidDate(self.construct_scalar(node))

    class Representer(RoundTripRepresenter):
        pass

    class Emitter(RoundTripEmitter):
        # After `- ` ruamel sets `no_newline` so the item's first key stays on the dash's
        # line. In a list under a comment line, a flow item with an end-of-line comment
        # (`- {a: 1}  # c`) leaves it set, and the next item's second key is written on
        # its first key's line. A comment ends its line: what follows is on no dash's line.
        def write_post_comment(self, event: Any) -> bool:
            written: bool = super().write_post_comment(event)
            if written:
                self.no_newline = False
            return written

    Constructor.add_constructor("tag:yaml.org,2002:timestamp", Constructor.construct_yaml_timestamp)
    Representer.add_representer(
        InvalidDate,
        lambda representer, text: representer.represent_scalar(
            "tag:yaml.org,2002:timestamp", str(text)
        ),
    )
    yaml = YAML(typ="rt")
    yaml.Constructor = Constructor
    yaml.Representer = Representer
    yaml.Emitter = Emitter
    yaml.preserve_quotes = True
    yaml.width = 1_000_000  # never fold a long quote onto two lines
    return yaml


def _claim_entry(data: Any, claim_id: str, path: Path) -> tuple[int, Any]:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    claims = data.get("claims") if isinstance(data, CommentedMap) else None
    if isinstance(claims, CommentedSeq):
        for index, entry in enumerate(claims):
            if isinstance(entry, CommentedMap) and str(entry.get("id")) == claim_id:
                return index, entry
    raise EditError(f"{display_path(path)}: claim '{claim_id}' is no longer in the file")


def _record_lines(data: Any, index: int, text: str) -> tuple[int, int]:
    """0-based first line of the claim's record and the first line after it."""
    claims = data["claims"]
    first: int = claims[index].lc.line
    if index + 1 < len(claims):
        return first, int(claims.lc.item(index + 1)[0])  # the next item may be a scalar
    later = [int(data.lc.key(key)[0]) for key in data if data.lc.key(key)[0] > first]
    return first, min(later, default=len(text.splitlines()))


def _indentation(data: Any, lines: list[str], path: Path) -> dict[str, int]:
    """The ``indent()`` settings with which ruamel writes the file's block collections as is.

    ruamel writes every collection with the same indentation, measured from the column of
    the key that holds it: ``mapping`` for a nested mapping's keys, ``offset`` for a
    list's ``-`` and ``sequence`` for the item after it (``claims:`` then ``  - id:`` is
    offset 2, sequence 4). A file that indents two lists (or two nested mappings)
    differently cannot be written back as it is: EditError.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    # each layout seen -> the first 0-based line that shows it
    lists: dict[tuple[int, int], int] = {}
    mappings: dict[int, int] = {}
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, CommentedSeq):
            stack.extend(node)
        if not isinstance(node, CommentedMap) or node.fa.flow_style():
            continue
        for key, value in node.items():
            stack.append(value)
            if (
                key not in node.lc.data  # merged in by `<<:`, written elsewhere
                or not isinstance(value, CommentedMap | CommentedSeq)
                or value.fa.flow_style()
                or not value.lc.data
            ):
                continue
            column = node.lc.key(key)[1]
            if isinstance(value, CommentedMap):
                line, inner = value.lc.key(next(iter(value.lc.data)))  # the others align
                mappings[inner - column] = min(line, mappings.get(inner - column, line))
                continue
            for line, inner in (value.lc.item(i) for i in range(len(value))):
                dash = lines[line][:inner]
                if re.fullmatch(r" *- +", dash):  # not `- - x` nor `- &anchor x`
                    layout = (dash.index("-") - column, inner - column)
                    lists[layout] = min(line, lists.get(layout, line))
    for seen, what in ((lists, "lists"), (mappings, "nested keys")):
        if len(seen) > 1:
            first, second = sorted(seen.values())[:2]
            raise EditError(
                f"{display_path(path)}: the {what} of this file are not all indented alike "
                f"(compare lines {first + 1} and {second + 1}), and the YAML editor would "
                "re-indent some of them; nothing was written. Indent them alike, or add "
                "the review by hand."
            )
    offset, sequence = next(iter(lists), (2, 4))  # none: as the format's example shows
    mapping = next(iter(mappings), 2)
    return {"mapping": mapping, "sequence": sequence, "offset": offset}


def _set_status(entry: Any, verdict: str) -> None:
    if "status" in entry:
        entry["status"] = _styled(verdict)
    else:
        _insert(entry, "status", _styled(verdict))


def _append_review(entry: Any, review: Review) -> int:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    record = CommentedMap()
    for name in _REVIEW_ORDER:
        value = getattr(review, name)
        if value is None or (name == "evidence" and not value):
            continue
        if name == "evidence":
            record[name] = CommentedSeq(_styled(url) for url in value)
        else:
            record[name] = _styled(value) if isinstance(value, str) else value
    if "reviews" not in entry:
        _insert(entry, "reviews", CommentedSeq([record]))
        return 1
    following = _pop_following_lines(*_trailing_slot(entry, "reviews"))
    reviews = entry["reviews"]
    if isinstance(reviews, CommentedSeq) and reviews:
        reviews.append(record)
    else:  # "reviews: []" or "reviews:" with nothing: a block list now
        entry["reviews"] = CommentedSeq([record])
    _put_following_lines(*_trailing_slot(entry, "reviews"), following)
    return len(entry["reviews"])


def _insert(entry: Any, key: str, value: Any) -> None:
    """Insert ``key`` where the format puts it, after the comment lines that preceded it."""
    position = _position(entry, key, _FIELD_ORDER)
    previous = list(entry)[position - 1]  # there is one: `id` comes first in the format
    following = _pop_following_lines(*_trailing_slot(entry, previous))
    entry.insert(position, key, value)
    _put_following_lines(*_trailing_slot(entry, key), following)


def _styled(text: str) -> Any:
    """The text as a plain scalar when YAML reads it back as this text, else double-quoted.

    Claim files quote with double quotes ("12 %"); ruamel would pick single ones.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    stream = io.StringIO()
    YAML(typ="rt").dump({"k": text}, stream)
    plain = not stream.getvalue()[3:].startswith(("'", '"', "|", ">"))
    return text if plain else DoubleQuotedScalarString(text)


def _position(mapping: Any, key: str, order: Sequence[str]) -> int:
    """Index where ``key`` goes: after the last present key that comes before it in ``order``."""
    before = set(order[: order.index(key)])
    keys = list(mapping)
    last = max((i for i, name in enumerate(keys) if name in before), default=-1)
    return last + 1


# ruamel keeps the end-of-line comment of a value, and the blank lines and comment lines
# that follow it (up to the next key, or the next claim), in one comment token on the
# value's last scalar. When a field is inserted after that value, or a review appended, the
# end-of-line comment stays where it is and the lines that followed it move to the new last
# scalar: they introduce the next key or claim, and must still come just before it.


def _trailing_slot(node: Any, key: Any) -> tuple[Any, Any]:
    """The collection and key of the scalar (or flow collection) ending ``node[key]``."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    while True:
        value = node[key]
        if not isinstance(value, CommentedMap | CommentedSeq) or not value or value.fa.flow_style():
            return node, key
        node, key = value, list(value)[-1] if isinstance(value, CommentedMap) else len(value) - 1


def _comment_index(node: Any) -> int:
    """Where the comment after a value sits in ``node.ca.items[key]``."""
    from ruamel.yaml.comments import CommentedMap

    return 2 if isinstance(node, CommentedMap) else 0


def _pop_following_lines(node: Any, key: Any) -> Any:
    """Take the lines after ``node[key]``'s line from its comment token (None: no such lines)."""
    from ruamel.yaml.tokens import CommentToken

    slots = node.ca.items.get(key)
    token = slots[_comment_index(node)] if slots else None
    if token is None:
        return None
    value: str = token.value
    if not value.startswith("#"):  # no end-of-line comment: all of it follows the line
        slots[_comment_index(node)] = None
        return token
    end_of_line, _, rest = value.partition("\n")
    if not rest:
        return None
    token.value = end_of_line + "\n"
    # a token that starts with a line break ends the line of the value it follows
    return CommentToken("\n" + rest, token.start_mark, token.end_mark)


def _put_following_lines(node: Any, key: Any, token: Any) -> None:
    if token is not None:
        slots = node.ca.items.setdefault(key, [None, None, None, None])
        slots[_comment_index(node)] = token


def _only_the_record_changed(
    old: str, new: str, first: int, end: int, path: Path, claim_id: str
) -> None:
    old_lines, new_lines = old.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag != "equal" and not (first <= i1 and i2 <= end):
            raise EditError(
                f"{display_path(path)}: recording the review on '{claim_id}' would also "
                f"rewrite line {i1 + 1}, outside the claim; nothing was written. Add the "
                "review by hand, or report this file's layout as a bug."
            )


def _status_and_reviews_lines(entry: Any, end: int, text: str) -> set[int]:
    """0-based lines of the record's status and reviews in ``text`` (``end``: the record's).

    A field runs from its key to the next key, or the record's end, less the blank and
    comment lines that end it: they introduce the next key or claim, and stay as they are.
    A flow record (``- {id: x, ...}``) shares its lines with the new fields: all of them.
    """
    lines = text.splitlines()
    if entry.fa.flow_style():
        spans = [(entry.lc.line, end)]
    else:
        starts = [line for line, *_ in entry.lc.data.values()]  # of the keys
        spans = []
        for key in ("status", "reviews"):
            if key in entry.lc.data:
                start = entry.lc.key(key)[0]
                spans.append((start, min((s for s in starts if s > start), default=end)))
    found: set[int] = set()
    for start, stop in spans:
        while stop > start + 1 and lines[stop - 1].strip()[:1] in ("", "#"):
            stop -= 1
        found.update(range(start, stop))
    return found


def _only_status_and_reviews_changed(
    old: str, new: str, old_fields: set[int], new_fields: set[int], path: Path, claim_id: str
) -> None:
    """Refuse an edit that changes a line of the claim other than its status and reviews."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    numbers = [n for n in range(len(old_lines)) if n not in old_fields]
    before = [old_lines[n] for n in numbers]
    after = [line for n, line in enumerate(new_lines) if n not in new_fields]
    if before == after:
        return
    same = 0
    while same < min(len(before), len(after)) and before[same] == after[same]:
        same += 1
    raise EditError(
        f"{display_path(path)}: recording the review on '{claim_id}' would also rewrite "
        f"line {numbers[min(same, len(numbers) - 1)] + 1}, which is not the claim's status "
        "or reviews; nothing was written. Add the review by hand, or report this file's "
        "layout as a bug."
    )


def _still_loads(
    old: str, new: str, path: Path, claim_id: str, review: Review, config: Config
) -> None:
    name = display_path(path)
    before = load_text(old, name, config, base=path.parent)
    after = load_text(new, name, config, base=path.parent)
    seen = {(p.kind, p.message) for p in before.problems}
    fresh = [p for p in after.problems if (p.kind, p.message) not in seen]
    claim = next((c for c in after.claims if c.id == claim_id), None)
    if fresh or claim is None or claim.status != review.verdict or not claim.reviews:
        reason = "the review is missing"
        if fresh:
            problem = fresh[0]
            where = _where_on_disk(old, new, problem.location.line, problem.location.column)
            reason = f"{where}: {problem.message}" if where else problem.message
        raise EditError(f"{name}: the edited file would not load ({reason}); nothing was written")


def _where_on_disk(old: str, new: str, line: int, column: int) -> str:
    """Where the 1-based ``line`` of the edited text is, told in the file as it is on disk.

    The user never sees the edited text: a line it shares with the file is named by its
    number in the file, a line the review writes by the file's line it follows.
    """
    if not line:
        return ""
    matcher = difflib.SequenceMatcher(None, old.splitlines(), new.splitlines(), autojunk=False)
    for tag, i1, _, j1, j2 in matcher.get_opcodes():
        if j1 < line <= j2:
            if tag == "equal":
                return f"line {i1 + line - j1}, column {column or 1}"
            return f"in the lines the review writes after line {i1}"
    return "at the end of the file"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
