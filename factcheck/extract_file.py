"""Write a drafted claim file, or add drafted claims to an existing one without touching it.

:func:`render` writes a whole draft: a header saying what to complete, the ``source``
block and one record per claim. :func:`add_to` appends to an existing claim file the
drafted claims whose figure is not yet encoded there (its position in the text falls
inside no place where an existing claim's quote stands): the new records are inserted
as text after the last claim, so every existing byte (records, comments, formatting,
line endings, a byte order mark) is kept, and the diff only adds lines. The command
writes the result with :func:`factcheck.atomic.write_text`.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.extract import DraftClaim, make_ids_unique, quote_spans
from factcheck.model import ID_PATTERN

if TYPE_CHECKING:
    from yaml._yaml import Mark as CMark
    from yaml.error import Mark
    from yaml.events import Event

    from factcheck.yamltree import YamlMap

__all__ = ["IntoError", "SourceInfo", "add_to", "ids_near", "parse_claim_file", "render"]

_PLAIN = re.compile(ID_PATTERN)
# What a double-quoted YAML 1.1 scalar cannot hold as itself: the characters a stream may
# not contain (DEL, C1 controls, U+FFFE/U+FFFF; a UTF-8 article has no lone surrogate)
# and the line breaks other than \n (NEL, U+2028, U+2029), which a quoted scalar folds
# into a space. JSON already escapes U+0000-U+001F.
_UNSAFE = re.compile("[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

HEADER = """\
# Draft claim file written by `factcheck extract` from {article}.
# Each figure of the text is a claim below. Before relying on it:
# - fill in `subject` and `property` where they are "?" (`factcheck verify` warns);
# - check each `value` (~ about, < less than, > more than, "a to b") and `when`;
# - delete what is no claim, keep one claim per fact, add the claims without figures.
"""


class IntoError(ValueError):
    """The existing claim file cannot take new claims; the message says why, for the editor."""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """The ``source`` block of a new draft."""

    id: str
    title: str
    publisher: str
    published: date
    language: str
    text: str | None = None  # the article's path relative to the claim file
    word_count: int | None = None


def render(source: SourceInfo, claims: Sequence[DraftClaim], article: str) -> str:
    """The whole draft claim file: header, source block and claims."""
    lines = [HEADER.format(article=article), "source:"]
    lines.append(f"  id: {source.id}")
    lines.append(f"  title: {_scalar(source.title)}")
    lines.append(f"  publisher: {_scalar(source.publisher)}")
    lines.append(f"  published: {source.published.isoformat()}")
    lines.append(f"  language: {source.language}")
    if source.word_count is not None:
        lines.append(f"  word_count: {source.word_count}   # as the byline states it")
    if source.text is not None:
        lines.append(f"  text: {_scalar(source.text)}")
    lines.append("")
    if not claims:
        lines.append("claims: []")
        return "\n".join(lines) + "\n"
    lines.append("claims:")
    for claim in claims:
        lines.extend(_record(claim, dash="  - ", indent="    "))
        lines.append("")
    return "\n".join(lines)


def add_to(existing: str, drafted: Sequence[DraftClaim], text: str) -> tuple[str, list[DraftClaim]]:
    """Append to a claim file's text the drafted claims it does not encode yet.

    Returns the new text of the file and the claims added (renamed where their id is
    taken). Raises IntoError when the file cannot be read as a claim file.
    """
    from factcheck.yamltree import YamlList, YamlMap

    records = parse_claim_file(existing).get("claims")
    records = records if isinstance(records, YamlList) else []
    taken: set[str] = set()
    encoded = bytearray(len(text))  # 1 where an existing claim's quote stands in the text
    for record in records:
        if not isinstance(record, YamlMap):
            continue
        ident, quote = record.get("id"), record.get("quote")
        if isinstance(ident, str):
            taken.add(ident)
        if isinstance(quote, str) and quote.strip():
            for start, end in quote_spans(quote, text):
                encoded[start:end] = b"\1" * (end - start)
    new = [
        dataclasses.replace(claim, qualifiers=dict(claim.qualifiers))
        for claim in drafted
        if not encoded[claim.position]
    ]
    if not new:
        return existing, []
    make_ids_unique(new, taken)
    return _insert(existing, new), new


# An id as claim files write it: "id: x", "- id: x", "{id: x, ...}", quoted or not.
# Reading the files as text is cheap and never fails on a damaged one; an id in a quote
# or a comment is avoided too, which costs nothing but a suffix.
_ID_LINE = re.compile(
    r"""(?:^[ \t-]*|[{,][ \t]*)["']?id["']?[ \t]*:[ \t]*["']?([A-Za-z0-9_.-]+)""", re.M
)
_MAX_SCANNED = 8_000_000  # bytes: a larger .yaml file next to a draft is no claim file


def ids_near(output: Path, *also: Path) -> set[str]:
    """The ids in the claim files of ``output``'s folder (but ``output``) and in ``also``.

    A draft's ids must be unique across the corpus `verify` reads, usually that folder.
    Files that cannot be read are skipped: a damaged file never stops a draft.
    """
    from factcheck.discovery import CLAIM_SUFFIXES

    folder = output.parent
    try:
        entries = [p for p in folder.iterdir() if p.suffix.lower() in CLAIM_SUFFIXES]
    except OSError:
        entries = []
    skip = _same_file_key(output)
    if skip is not None:  # the file the draft replaces
        entries = [p for p in entries if _same_file_key(p) != skip]
    ids: set[str] = set()
    for path in [*entries, *also]:
        ids.update(_ID_LINE.findall(_text_of(path)))
    return ids


def _text_of(path: Path) -> str:
    """A small regular file's text, errors replaced; "" for anything else."""
    try:
        if not path.is_file() or path.stat().st_size > _MAX_SCANNED:
            return ""
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return ""


def _same_file_key(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def parse_claim_file(existing: str) -> YamlMap:
    """The mapping a claim file's text holds; IntoError when it is not YAML or no mapping."""
    from factcheck.yamltree import YamlError, YamlMap, parse_yaml

    try:
        root = parse_yaml(existing)
    except YamlError as error:
        raise IntoError(f"cannot read it as YAML (line {error.line}): {error.message}") from None
    if not isinstance(root, YamlMap):
        raise IntoError("it is not a claim file (a mapping with 'source' and 'claims')")
    return root


def _record(claim: DraftClaim, dash: str, indent: str) -> list[str]:
    fields: list[tuple[str, str]] = [
        ("id", claim.id),
        ("quote", _scalar(claim.quote, plain=False)),
        ("subject", _scalar(claim.subject, plain=False)),
        ("property", _scalar(claim.property)),
    ]
    if claim.qualifiers:
        pairs = ", ".join(
            f"{_key(k)}: {_scalar(v, plain=False)}" for k, v in claim.qualifiers.items()
        )
        fields.append(("qualifiers", "{" + pairs + "}"))
    if claim.value is not None:
        fields.append(("value", _scalar(claim.value, plain=False)))
    if claim.when is not None:
        fields.append(("when", _scalar(claim.when, plain=False)))
    if claim.attributed_to is not None:
        fields.append(("attributed_to", _scalar(claim.attributed_to, plain=False)))
    fields.append(("kind", claim.kind))
    if claim.note is not None:
        fields.append(("note", _scalar(claim.note, plain=False)))
    return [(dash if i == 0 else indent) + f"{k}: {v}" for i, (k, v) in enumerate(fields)]


def _scalar(text: str, *, plain: bool = True) -> str:
    """A YAML scalar: plain for identifiers, else double-quoted (JSON's escapes are YAML's)."""
    if plain and _PLAIN.match(text) and text not in ("null", "true", "false", "yes", "no"):
        return text
    return _quoted(text)


def _key(text: str) -> str:
    return text if _PLAIN.match(text) else _quoted(text)


def _quoted(text: str) -> str:
    r"""``text`` double-quoted, every character YAML would refuse or fold as ``\uXXXX``.

    >>> print(_quoted("30 bureaux\x7f, \u2028«\u00a0»"))
    "30 bureaux\u007f, \u2028« »"
    """
    quoted = json.dumps(text, ensure_ascii=False)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _insert(existing: str, claims: Sequence[DraftClaim]) -> str:
    """Insert the records after the last claim of the file's text, leaving the rest as is."""
    import yaml

    newline = "\r\n" if "\r\n" in existing else "\n"
    try:  # the pure parser, whose marks index the text exactly (libyaml's differ on a BOM)
        events = list(yaml.parse(existing, Loader=yaml.SafeLoader))
    except yaml.MarkedYAMLError as error:  # stricter than libyaml: a tab inside a plain scalar
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise IntoError(f"cannot read it as YAML (line {line}): {error.problem}") from None
    node = _claims_node(events)
    dash, indent = "  - ", "    "
    if node is None:  # no claims key: a new one at the end of the file
        text = existing if existing.endswith(("\n", "\r")) or not existing else existing + newline
        block = ["claims:", *_block(claims, dash, indent)]
        return text + newline.join(block) + newline
    first = node[0]
    if isinstance(first, yaml.SequenceStartEvent) and not first.flow_style:
        item = node[1]
        column, key_column = _mark(first).column, _mark(item).column
        dash = " " * column + "-" + " " * max(1, key_column - column - 1)
        indent = " " * key_column
        end = _last_written(node)
    elif isinstance(first, yaml.ScalarEvent) and first.value in ("", "~", "null"):
        end = _mark(first, end=True).index  # "claims:" with nothing after it
    elif isinstance(first, yaml.SequenceStartEvent) and len(node) == 2:
        # "claims: []": the empty list is replaced by the block of new records
        start, stop = _mark(first).index, _mark(node[1], end=True).index
        existing = existing[:start].rstrip(" ") + existing[stop:]
        end = start
    else:
        raise IntoError("its 'claims' is not a block list ('- id: ...'): cannot append to it")
    while end > 0 and existing[end - 1] in " \t\r\n":
        end -= 1
    line_end = existing.find("\n", end)
    at = len(existing) if line_end < 0 else line_end + 1
    head = existing[:at]
    if not head.endswith(("\n", "\r")):
        head += newline
    block = ["", *_block(claims, dash, indent)]
    return head + newline.join(block) + newline + existing[at:]


def _last_written(node: list[Event]) -> int:
    """Where the last thing written in a node ends (block ends point past comments: skipped)."""
    import yaml

    ends = [
        _mark(e, end=isinstance(e, yaml.ScalarEvent | yaml.AliasEvent)).index
        for e in node
        if isinstance(e, yaml.ScalarEvent | yaml.AliasEvent | yaml.CollectionStartEvent)
    ]
    return max(ends)


def _mark(event: Event, *, end: bool = False) -> Mark | CMark:
    mark = event.end_mark if end else event.start_mark
    if mark is None:  # the parser always sets marks; the stubs allow None
        raise IntoError("the YAML parser gave no position")
    return mark


def _block(claims: Sequence[DraftClaim], dash: str, indent: str) -> list[str]:
    comment = (
        " " * dash.index("-") + "# --- added by `factcheck extract`: complete and check them ---"
    )
    lines = [comment]
    for number, claim in enumerate(claims):
        if number:
            lines.append("")
        lines.extend(_record(claim, dash, indent))
    return lines


def _claims_node(events: list[Event]) -> list[Event] | None:
    """The events of the top-level ``claims`` value, or None when the file has no such key."""
    import yaml

    index = next((i for i, e in enumerate(events) if isinstance(e, yaml.MappingStartEvent)), None)
    if index is None:
        return None
    index += 1
    while index < len(events) and not isinstance(events[index], yaml.MappingEndEvent):
        key = events[index]
        stop = _skip(events, index + 1)
        if isinstance(key, yaml.ScalarEvent) and key.value == "claims":
            return events[index + 1 : stop]
        index = stop
    return None


def _skip(events: list[Event], index: int) -> int:
    """The index just after the node starting at ``index``."""
    import yaml

    depth = 0
    while index < len(events):
        event = events[index]
        index += 1
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            depth += 1
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            depth -= 1
        if depth == 0:
            return index
    return index
