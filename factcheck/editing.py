"""Record a review in a claim file, in place, the way an editor would have typed it.

The file is edited with ruamel.yaml's round-trip mode, so comments, key order,
quoting, flow mappings and blank lines survive; only the claim's ``status`` line
and its ``reviews`` change. Three guards keep a newsroom's files safe:

- the edit is refused if the new text differs from the old outside the claim's
  own lines, or would make the file fail to load (nothing is written);
- the new text goes to a temporary file in the same folder, then replaces the
  file with ``os.replace``, so a reader never sees half a file;
- just before replacing, the file is read again: if it changed since it was
  read (a colleague saved, a ``git pull`` ran), the edit is refused and the
  other change survives. A change in the microseconds between that check and
  the rename is not detected; only a lock every writer honoured could.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import io
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import atomic
from factcheck.config import Config
from factcheck.discovery import PathArg, discover, path_list
from factcheck.findings import display_path
from factcheck.loading import load, load_text
from factcheck.model import STATUSES, Claim, Document, Review
from factcheck.text import normalise

if TYPE_CHECKING:
    from ruamel.yaml import YAML

__all__ = [
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


def check_verdict(verdict: str) -> str:
    """Return the verdict if it is a status of the format, else raise EditError naming it."""
    if verdict in STATUSES:
        return verdict
    close = difflib.get_close_matches(verdict.lower(), STATUSES, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'? " if close else ""
    raise EditError(f"unknown verdict '{verdict}': {hint}(choose from {', '.join(STATUSES)})")


def find_claim(
    paths: PathArg | Iterable[PathArg],
    claim_id: str,
    config: Config,
    progress: Callable[[Document, int], None] | None = None,
) -> Claim:
    """The claim with this id in the claim files under ``paths``; EditError if there is none.

    A claim whose record has errors, or an id used twice, is refused: the review
    would land on a record nobody can rely on. ``progress`` is :func:`load`'s.

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
        if found:
            return found[0]
        broken = [problem for problem in corpus.problems if claim_id in problem.claims]
        if broken:
            first = broken[0]
            raise EditError(
                f"claim '{claim_id}' has errors ({first.location}: {first.message}); "
                "fix them (see factcheck verify) before recording a review"
            )
    known = sorted({claim.id for claim in load(files, config, progress).claims})
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
    progress: Callable[[Document, int], None] | None = None,
) -> ReviewEdit:
    """Find the claim, append ``review`` to its reviews, set its status, and write the file.

    ``review.quote_fingerprint`` is filled from the claim's quote. With ``write=False`` the
    edit is only prepared (its diff shows what would change). ``progress`` is called as
    the claim files are loaded (see :func:`load`). Raises EditError.
    """
    config = config or Config()
    check_verdict(review.verdict)
    today = today or dt.date.today()
    if review.date > today:
        raise EditError(f"the review is dated {review.date}, after today ({today})")
    claim = find_claim(paths, claim_id, config, progress)
    last = claim.reviews[-1].date if claim.reviews else None
    if last is not None and review.date < last:
        raise EditError(
            f"claim '{claim_id}' was last reviewed on {last}; reviews are kept oldest first, "
            f"so a review dated {review.date} cannot follow it"
        )
    stamped = review.model_copy(update={"quote_fingerprint": quote_fingerprint(claim.quote)})
    edit = prepare_review(Path(claim.location.file), claim_id, stamped, config)
    if write:
        edit.apply()
    return edit


def prepare_review(path: Path, claim_id: str, review: Review, config: Config) -> ReviewEdit:
    """Compute the edit that records ``review`` on a claim of the file at ``path``."""
    from ruamel.yaml.error import ReusedAnchorWarning

    original = path.read_bytes()
    text = original.decode("utf-8-sig")
    crlf = "\r\n" in text
    yaml = _round_trip()
    try:
        with warnings.catch_warnings():
            # a reused anchor (`&a` twice) is legal YAML and only this record is rewritten
            warnings.simplefilter("ignore", ReusedAnchorWarning)
            data = yaml.load(text)
    except Exception as error:  # ruamel's YAMLError, or a ValueError of its constructors
        raise EditError(_unreadable(path, error)) from None
    index, entry = _claim_entry(data, claim_id, path)
    old_status = str(entry.get("status", "unverified"))
    first_line, end_line = _record_lines(data, index, text)

    slot = _trailing_slot(entry)
    trailing = _pop_trailing_comment(*slot) if slot else None
    _set_status(entry, review.verdict)
    count = _append_review(entry, review)
    new_slot = _trailing_slot(entry)
    if trailing is not None and new_slot is not None:
        _put_trailing_comment(*new_slot, trailing)

    stream = io.StringIO()
    yaml.dump(data, stream)
    new_text = stream.getvalue()
    if crlf:
        new_text = new_text.replace("\r\n", "\n").replace("\n", "\r\n")
    _only_the_record_changed(text, new_text, first_line, end_line, path, claim_id)
    _still_loads(text, new_text, path, claim_id, review, config)
    new = (_BOM if original.startswith(_BOM) else b"") + new_text.encode("utf-8")
    return ReviewEdit(path, claim_id, first_line + 1, old_status, review, count, original, new)


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
    yaml.preserve_quotes = True
    yaml.width = 1_000_000  # never fold a long quote onto two lines
    yaml.indent(mapping=2, sequence=4, offset=2)  # "claims:\n  - id: ..." as the format shows
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


def _set_status(entry: Any, verdict: str) -> None:
    if "status" in entry:
        entry["status"] = _styled(verdict)
    else:
        entry.insert(_position(entry, "status", _FIELD_ORDER), "status", _styled(verdict))


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
    reviews = entry.get("reviews")
    if isinstance(reviews, CommentedSeq) and reviews:
        reviews.append(record)
        return len(reviews)
    block = CommentedSeq([record])
    if "reviews" in entry:  # "reviews: []" or "reviews:" with nothing: a block list now
        entry["reviews"] = block
    else:
        entry.insert(_position(entry, "reviews", _FIELD_ORDER), "reviews", block)
    return 1


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


# ruamel keeps the blank lines and comments that follow a record (up to the next claim) on
# the record's last scalar. Appending after that scalar would leave them stranded above the
# new lines, so they are moved to the new last scalar.


def _trailing_slot(node: Any) -> tuple[Any, Any] | None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    while True:
        if isinstance(node, CommentedMap) and len(node):
            key = list(node)[-1]
        elif isinstance(node, CommentedSeq) and len(node):
            key = len(node) - 1
        else:
            return None
        value = node[key]
        if (
            isinstance(value, CommentedMap | CommentedSeq)
            and len(value)
            and not value.fa.flow_style()
        ):
            node = value
            continue
        return node, key


def _pop_trailing_comment(node: Any, key: Any) -> Any:
    from ruamel.yaml.comments import CommentedMap

    slots = node.ca.items.get(key)
    if not slots:
        return None
    index = 2 if isinstance(node, CommentedMap) else 0
    token = slots[index]
    slots[index] = None
    return token


def _put_trailing_comment(node: Any, key: Any, token: Any) -> None:
    from ruamel.yaml.comments import CommentedMap

    if isinstance(node, CommentedMap):
        slots = node.ca.items.setdefault(key, [None, None, None, None])
        slots[2] = token
    else:
        slots = node.ca.items.setdefault(key, [None, None])
        slots[0] = token


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
        reason = f"{fresh[0].location}: {fresh[0].message}" if fresh else "the review is missing"
        raise EditError(f"{name}: the edited file would not load ({reason}); nothing was written")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
