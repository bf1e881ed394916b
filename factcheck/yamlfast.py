"""The fast path for reading a claim file: a compiled YAML parser, then a scan for record lines.

yaml-rs (Rust) parses claim files about ten times faster than libyaml driven from
Python, but it types scalars the YAML 1.2 way (``7.30`` is the float 7.3) and tells
no positions. :func:`parse_fast` therefore accepts its result only when it is
provably the tree :func:`factcheck.yamltree.parse_yaml` would build, and returns
None otherwise, so the caller falls back to the exact reader:

- the text has none of the constructs the exact reader checks or counts
  differently: tags, anchors, aliases, merge keys, directives, document markers,
  tabs, carriage returns and the other line breaks of YAML 1.1;
- where a field takes a number or a date (a claim's ``value`` and ``when``, its
  qualifiers, a date, a source's ``word_count`` and ``financial_year_start``), an
  integer must be written in its canonical decimal form on a ``key: digits`` line (a
  scan counts those lines) and becomes that text again;
  ``true``, ``7.30`` or ``0x1F`` there send the file to the exact reader, which keeps
  them as written. Every other field refuses what is not text in validation, which
  sends the file to the exact reader too;
- a scan of the lines finds where every record of ``source``, ``claims`` and
  ``checks`` starts, and the text there is that record's first key.

The positions are those the exact reader gives a record (its first key), so a
finding reads the same ``file:line:column`` whichever path loaded the file.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["FastTree", "parse_fast"]

try:  # a pure-Python install (no wheel for the platform) still reads every file exactly
    import yaml_rs
except ImportError:  # pragma: no cover - yaml-rs ships wheels for every platform we test
    yaml_rs = None  # type: ignore[assignment]

# What sends a text to the exact reader before parsing it: tabs and line breaks other
# than \n, a merge key, a directive or document marker, characters YAML 1.1 forbids,
# and a tag, anchor or alias indicator (conservatively: `&`, `*` or `!` before a
# non-space, where a node may start: at the start of a line or after `:`, `-`, `,`, `[`
# or `{` and spaces). Tested on the UTF-8 bytes: the rare bytes first, in one pass.
_SUSPECT = bytes([*range(0x00, 0x0A), *range(0x0B, 0x20), 0x7F]) + b"<&*!%\xc2\xe2\xed\xef"
_ORDINARY = bytes(sorted(set(range(256)) - set(_SUSPECT)))
_CONTROL = re.compile(rb"[\x00-\x09\x0b-\x1f\x7f]")
# a document marker or a directive starting a line: one search, where three `in` tests
# each scanned the whole text (the first line is tested apart)
_LINE_MARKER = re.compile(rb"\n(?:---|\.\.\.|%)")
# characters YAML 1.1 forbids or counts as line breaks, by the lead byte of their UTF-8 form
_NOT_YAML_1_1 = [
    (lead, re.compile(pattern))
    for lead, pattern in (
        (0xC2, rb"\xc2[\x80-\x9f]"),  # C1 controls and NEL
        (0xE2, rb"\xe2\x80[\xa8\xa9]"),  # U+2028, U+2029
        (0xED, rb"\xed[\xa0-\xbf]"),  # surrogates
        (0xEF, rb"\xef\xbf[\xbe\xbf]"),  # U+FFFE, U+FFFF
    )
]
_KEY_PREFIX = re.compile(r"[ ]*(?:-[ ]+)?")  # what may stand before a key on its line
_RECORD_LISTS = ("claims", "checks")
Position = tuple[int, int]


@dataclass(frozen=True, slots=True)
class FastTree:
    """A claim file parsed by the fast path: plain data and where each record starts.

    ``records`` maps ``("source",)``, ``("claims", i)`` and ``("checks", i)`` to the
    1-based (line, column) of the record's first key.
    """

    root: dict[str, Any]
    records: Mapping[tuple[str | int, ...], Position]


def parse_fast(text: str, utf8: bytes | None = None) -> FastTree | None:
    """Parse a claim file the fast way, or return None when only the exact reader may.

    ``utf8``, when the caller has it, is the text's UTF-8 form: the file as read, which
    then need not be encoded again.
    """
    if utf8 is None:
        utf8 = text.encode("utf-8", "surrogatepass")
    if yaml_rs is None or _unsafe(utf8):
        return None
    try:
        root = yaml_rs.loads(text, parse_datetime=False)
    except Exception:  # any refusal (duplicate key, syntax) is explained by the exact reader
        return None
    if not isinstance(root, dict):
        return None
    integers = _typed_scalars(root)
    try:
        if integers is None or (integers and not _restore_integers(text, integers)):
            return None
    except ValueError:  # an int of over 4,300 digits has no text in Python: not a number here
        return None
    records = _record_starts(text, root)
    if records is None:
        return None
    return FastTree(root, records)


def _unsafe(data: bytes) -> bool:
    """True when the UTF-8 text holds something only the exact reader handles or counts right.

    One search for markers at line starts, then one C-speed pass keeps the rare bytes
    that could matter; only those present are looked at more closely.
    """
    if data.startswith((b"---", b"...", b"%")) or _LINE_MARKER.search(data):
        return True  # a document marker or a directive
    rare = data.translate(None, _ORDINARY)
    if not rare:
        return False
    if _CONTROL.search(rare):
        return True  # tabs, carriage returns, control characters
    if b"<" in rare and b"<<" in data:
        return True  # maybe a merge key
    for lead, pattern in _NOT_YAML_1_1:  # C1 controls, U+2028/9, surrogates, U+FFFE/F
        if lead in rare and pattern.search(data):
            return True
    for indicator in b"&*!":
        if indicator in rare:
            at = data.find(indicator)
            while at >= 0:
                following = data[at + 1 : at + 2]
                if following and not following.isspace() and _node_start(data, at):
                    return True
                at = data.find(indicator, at + 1)
    return False


def _node_start(data: bytes, at: int) -> bool:
    """True when a node may start at ``at``: first on its line, or after ``:-,[{``."""
    before = at - 1
    while before >= 0 and data[before] == 0x20:
        before -= 1
    return before < 0 or data[before] in b"\n:-,[{"


# Where the fast path keeps an int as the text it was written as. YAML 1.2 makes a
# number of ``2015`` or ``90``, the exact reader keeps text: the fields below take
# numbers in either form (a claim's value, a date) or are often written as one (a
# ``when`` of 2015, a qualifier's year), so their ints are put back as text, and a
# float or a boolean there sends the file to the exact reader. Every other field
# refuses a number or a boolean in validation, which sends the file to the exact
# reader too; tests/test_yamlfast.py checks that against the models.
_SOURCE_NUMBERS = ("published", "word_count", "financial_year_start")
_CLAIM_NUMBERS = ("value", "when")  # and every value of the claim's qualifiers
_REVIEW_NUMBERS = ("date",)
NUMBERS_AS_TEXT = {
    "Source": _SOURCE_NUMBERS,
    "Claim": (*_CLAIM_NUMBERS, "qualifiers"),
    "Review": _REVIEW_NUMBERS,
}
_Integers = list[tuple[dict[Any, Any], Any]]
_TEXT = (str, type(None))


def _typed_scalars(root: dict[str, Any]) -> _Integers | None:
    """The mappings and keys holding an int in the fields above; None for a float or bool."""
    integers: _Integers = []
    if not _scan(root.get("source"), _SOURCE_NUMBERS, integers):
        return None
    claims = root.get("claims")
    for claim in claims if type(claims) is list else ():
        if type(claim) is not dict:
            continue  # validation refuses it
        if type(claim.get("value")) in _TEXT and type(claim.get("when")) in _TEXT:
            if "qualifiers" not in claim and "reviews" not in claim:
                continue  # most claims: nothing to look at
        elif not _scan(claim, _CLAIM_NUMBERS, integers):
            return None
        qualifiers = claim.get("qualifiers")
        if type(qualifiers) is dict and not _scan(qualifiers, qualifiers, integers):
            return None
        reviews = claim.get("reviews")
        for review in reviews if type(reviews) is list else ():
            if not _scan(review, _REVIEW_NUMBERS, integers):
                return None
    return integers


def _scan(record: Any, fields: Iterable[str], integers: _Integers) -> bool:
    """Note the ints among ``fields`` of ``record``; False when one is a float or a bool."""
    if type(record) is dict:
        for name in fields:
            kind = type(record.get(name))
            if kind is int:
                integers.append((record, name))
            elif kind is float or kind is bool:
                return False
    return True


def _restore_integers(text: str, integers: _Integers) -> bool:
    """Put back the text of each int, if every one was written as plain canonical digits.

    For each key holding ints, the ``key: digits`` lines of the text must be exactly the
    ints' decimal forms (as many, same values); ``key: 017`` or a flow mapping fails this.
    """
    by_key: dict[str, list[str]] = {}
    for node, key in integers:
        by_key.setdefault(key, []).append(str(node[key]))
    for key, written in by_key.items():
        pattern = rf"{re.escape(key)}:[ ]+([-+]?[0-9][0-9a-fA-FoxX_]*)[ ]*(?:#.*)?$"
        found = [
            match.group(1)
            for match in re.finditer(pattern, text, re.MULTILINE)
            if _KEY_PREFIX.fullmatch(text, text.rfind("\n", 0, match.start()) + 1, match.start())
        ]
        if sorted(found) != sorted(written):
            return False
    for node, key in integers:
        node[key] = str(node[key])
    return True


def _record_starts(text: str, root: dict[str, Any]) -> dict[tuple[str | int, ...], Position] | None:
    """Where each record starts, found by searching the text; None when the layout is unusual.

    Each top-level key must start its own line; a list's items are the lines at the
    indentation of its first item that start with ``- ``, and there must be exactly as
    many as the parser found, each starting with its record's first key.
    """
    sections: list[tuple[int, str]] = []  # (offset of the key's line, key)
    for key in root:
        at = 0 if text.startswith(f"{key}:") else text.find(f"\n{key}:") + 1
        if at == 0 and not text.startswith(f"{key}:"):
            return None  # a quoted or flow-style key: the exact reader places it
        sections.append((at, key))
    if not sections:
        return {}  # `{}`: no records; validation asks for the source
    sections.sort()
    following = [*sections[1:], (len(text), "")]
    ends = {key: end for (_, key), (end, _) in zip(sections, following, strict=True)}
    records: dict[tuple[str | int, ...], Position] = {}
    line, counted = 1, 0  # the line of offset `counted`: newlines are counted once, in order
    prefixes: dict[Any, tuple[str, str, str]] = {}  # a first key as a record may start with it
    for at, key in sections:
        value = root[key]
        if key == "source" and isinstance(value, dict) and value:
            first = _first_content(text, at, ends[key])
            if first is None or text[first - 1] != " ":
                return None
            if not text.startswith(_key_prefixes(next(iter(value)), prefixes), first):
                return None
            line += text.count("\n", counted, first)
            counted = first
            records[("source",)] = (line, first - text.rfind("\n", 0, first))
        elif key in _RECORD_LISTS and isinstance(value, list) and value:
            items = _items(text, at, ends[key])
            if items is None or len(items) != len(value):
                return None
            for index, (item, match) in enumerate(zip(value, items, strict=True)):
                if isinstance(item, dict):
                    offset = match.end()  # the match: newline, indentation, dash and spaces
                    starts = _key_prefixes(next(iter(item)), prefixes) if item else None
                    if starts is None or not text.startswith(starts, offset):
                        return None
                    line += text.count("\n", counted, offset)
                    counted = offset
                    records[(key, index)] = (line, offset - match.start())
    return records


def _first_content(text: str, start: int, end: int) -> int | None:
    """Offset of the first content (not a comment) after the line at ``start``."""
    line = text.find("\n", start) + 1
    while 0 < line < end:
        first = _skip_spaces(text, line)
        if first < end and text[first] not in "#\n":
            return first
        line = text.find("\n", line) + 1
    return None


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] == " ":
        at += 1
    return at


def _items(text: str, start: int, end: int) -> list[re.Match[str]] | None:
    """The items of the block list in ``text[start:end]``, each a match ending at its key.

    A match is the newline before the item, its indentation, the dash and the spaces.
    """
    dash = _first_content(text, start, end)
    if dash is None or not text.startswith("- ", dash):
        return None
    first = text.rfind("\n", 0, dash) + 1
    # a newline, the items' indentation, a dash and spaces; the first item's newline first
    return list(_item_pattern(dash - first).finditer(text, first - 1, end))


@functools.cache
def _item_pattern(indent: int) -> re.Pattern[str]:
    return re.compile(rf"\n[ ]{{{indent}}}-[ ]+")


def _key_prefixes(key: Any, known: dict[Any, tuple[str, str, str]]) -> tuple[str, str, str]:
    """How a record starting with ``key`` starts: the key plain or quoted, then ``:``."""
    found = known.get(key)
    if found is None:
        found = known[key] = (f"{key}:", f'"{key}":', f"'{key}':")
    return found
