r"""Read a claim file's YAML into plain Python data that remembers where everything was written.

`parse_yaml` turns YAML text into nested `YamlMap` (a dict), `YamlList` (a list), `str` and
`None`, and nothing else:

- A plain (unquoted) scalar written `null`, `Null`, `NULL`, `~` or nothing at all becomes
  None. **Every other scalar stays the str exactly as written**, quoted or not: `no`, `off`,
  `true` stay `'no'`, `'off'`, `'true'` (YAML 1.1 would make them booleans), `017` stays
  `'017'` (not 15), `44.40` stays `'44.40'` (not the float 44.4), `2015-07-27` stays a str
  (not a date). Types are the model layer's job, which then sees the digits the journalist
  wrote. Mapping keys are always the str as written, even `null` or `~`.
- Tags are only checked, never acted upon: the YAML core tags (`!!str`, `!!int`, `!!float`,
  `!!bool`, `!!null` on scalars, `!!map` on mappings, `!!seq` on lists, and the non-specific
  `!`) are accepted, and `!!str` or `!` keep even a `null` as text; any other tag
  (`!!python/object`, `!!binary`, `!custom`, ...) is an error. Nothing is constructed from
  a tag, so loading a file never runs code.
- Duplicate keys, complex keys (`? [a, b]`), merge keys (`<<`) and a second document are
  errors (PyYAML silently keeps the last of two duplicate keys).
- Aliases are expanded into copies, within a budget of nodes proportional to the text's
  length, so an "alias bomb" fails at once instead of eating memory.
- Nesting deeper than `max_depth` is an error; the tree is built from the parser's event
  stream with an explicit stack, so no input can raise RecursionError.

Every problem, from the YAML parser or from these rules, is a `YamlError` carrying a
1-based line and column. Lines are counted as editors count them (`\n`, `\r\n` or `\r`):
YAML 1.1 parsers also break lines at U+0085, U+2028 and U+2029, which text pasted from
web pages sometimes contains, and such files are re-counted.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.reader import ReaderError

__all__ = ["YamlError", "YamlList", "YamlMap", "parse_yaml", "position"]

# libyaml's parser when PyYAML was built with it (an order of magnitude faster), else the
# pure-Python one. Only the parser is used: neither loader's constructor ever runs.
_LOADER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset({"!", *(_CORE + t for t in ("str", "int", "float", "bool", "null"))})
_TEXT_TAGS = frozenset({"!", _CORE + "str"})  # a plain scalar tagged so is text, even `null`
_MAP_TAGS = frozenset({"!", _CORE + "map"})
_SEQ_TAGS = frozenset({"!", _CORE + "seq"})
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_ALIAS_ALLOWANCE = 10_000

# Characters YAML 1.1 does not allow anywhere in a stream (control characters, lone
# surrogates, U+FFFE/U+FFFF), which both parsers refuse.
_BAD_CHAR = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_EDITOR_BREAK = re.compile(r"\r\n|\r|\n")

Position = tuple[int, int]


class YamlError(ValueError):
    """The text is not YAML, or not YAML a claim file may use; `line` and `column` are 1-based."""

    message: str
    line: int
    column: int

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[type[YamlError], tuple[str, int, int]]:
        # the default would call YamlError(message) when unpickled, and fail
        return (YamlError, (self.message, self.line, self.column))


class YamlMap(dict[str, object]):
    """A YAML mapping, with where it starts and where each of its keys is written."""

    __slots__ = ("column", "key_positions", "line")
    line: int
    column: int
    key_positions: dict[str, Position]

    def __init__(
        self,
        items: Iterable[tuple[str, object]] = (),
        /,
        *,
        line: int = 0,
        column: int = 0,
        key_positions: dict[str, Position] | None = None,
    ) -> None:
        super().__init__(items)
        self.line = line
        self.column = column
        self.key_positions = {} if key_positions is None else key_positions


class YamlList(list[object]):
    """A YAML sequence, with where it starts and where each of its items is written."""

    __slots__ = ("column", "item_positions", "line")
    line: int
    column: int
    item_positions: list[Position]

    def __init__(
        self,
        items: Iterable[object] = (),
        /,
        *,
        line: int = 0,
        column: int = 0,
        item_positions: list[Position] | None = None,
    ) -> None:
        super().__init__(items)
        self.line = line
        self.column = column
        self.item_positions = [] if item_positions is None else item_positions


def parse_yaml(text: str, *, max_depth: int = 64) -> object:
    """Parse one YAML document into YamlMap / YamlList / str / None (None for an empty text).

    Raises YamlError for anything wrong with the text; no other exception escapes.
    """
    if text.startswith("\ufeff"):
        text = text[1:]  # libyaml and PyYAML disagree on whether a BOM takes up an index
    at: Callable[[Any], Position] = _mark_position
    if not text.isascii() and ("\x85" in text or "\u2028" in text or "\u2029" in text):
        at = _index_positions(text)
    loader = None
    try:
        loader = _LOADER(text)
        return _build(loader.get_event, at, len(text) + _ALIAS_ALLOWANCE, max_depth)
    except YamlError:
        raise
    except yaml.MarkedYAMLError as exc:
        raise _marked_error(exc, at, text) from exc
    except (ReaderError, UnicodeError) as exc:  # libyaml: UnicodeEncodeError on a surrogate
        raise _reader_error(text, exc) from exc
    except Exception as exc:  # the parser must never crash a run, whatever the text
        raise YamlError(f"the YAML parser failed: {type(exc).__name__}: {exc}", 1, 1) from exc
    finally:
        if loader is not None:
            loader.dispose()


def position(root: object, loc: tuple[int | str, ...]) -> Position | None:
    """Return the (line, column) of the deepest node or key on the path `loc` that exists.

    `loc` is a pydantic-style error location such as ('claims', 3, 'value'): str steps are
    keys, int steps are list indexes. The walk stops at the first step that does not
    exist (a missing field points at its record). None when `root` is not a YamlMap/YamlList.
    """
    if not isinstance(root, YamlMap | YamlList):
        return None
    found = (root.line, root.column)
    node: object = root
    for step in loc:
        if isinstance(node, YamlMap) and isinstance(step, str) and step in node.key_positions:
            found = node.key_positions[step]
            node = node[step]
        elif (
            isinstance(node, YamlList)
            and isinstance(step, int)
            and not isinstance(step, bool)
            and 0 <= step < len(node)
        ):
            found = node.item_positions[step]
            node = node[step]
        else:
            break
    return found


class _Frame:
    """A mapping or list still being read."""

    __slots__ = ("anchor", "height", "key", "mapping", "node", "size")

    def __init__(self, node: YamlMap | YamlList, anchor: str | None) -> None:
        self.node = node
        self.mapping = node if isinstance(node, YamlMap) else None
        self.anchor = anchor
        self.key: str | None = None  # the key awaiting its value; None while expecting a key
        self.size = 1  # nodes in this subtree, aliases counted expanded
        self.height = 1  # levels of containers in this subtree, itself included


def _build(
    get_event: Callable[[], Any], at: Callable[[Any], Position], budget: int, max_depth: int
) -> object:
    # Events are typed Any: the stubs make every mark Optional, but both parsers always set them.
    fast = at is _mark_position  # inlined below for scalars, the bulk of the events
    stack: list[_Frame] = []
    top: _Frame | None = None
    anchors: dict[str, tuple[object, int, int]] = {}  # name -> (value, size, height)
    open_anchors: set[str] = set()
    produced = 0
    documents = 0
    root: object = None
    while True:
        event = get_event()
        kind = event.__class__
        if kind is ScalarEvent:
            mark = event.start_mark
            where = (mark.line + 1, mark.column + 1) if fast else at(mark)
            tag = event.tag
            if tag is not None and tag not in _SCALAR_TAGS:
                raise _tag_error(tag, " on a text", where)
            produced += 1
            if top is not None and top.key is None and (mapping := top.mapping) is not None:
                key = event.value
                if key in mapping.key_positions or key == "<<":
                    _refuse_key(mapping, key, where, not event.style and tag is None)
                mapping.key_positions[key] = where
                top.key = key
                if event.anchor is not None:
                    anchors[event.anchor] = (key, 1, 0)
                continue
            value: object = event.value
            if not event.style and value in _NULLS and tag not in _TEXT_TAGS:
                value = None
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1, 0)
            size, height = 1, 0
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            where = at(event.start_mark)
            is_map = kind is MappingStartEvent
            what = "a mapping" if is_map else "a list"
            tag = event.tag
            if tag is not None and tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
                raise _tag_error(tag, f" on {what}", where)
            if top is not None and top.key is None and top.mapping is not None:
                raise YamlError(f"a key must be plain text, not {what}", *where)
            if len(stack) >= max_depth:
                raise YamlError(f"nesting deeper than {max_depth} levels", *where)
            produced += 1
            node: YamlMap | YamlList
            if is_map:
                node = YamlMap(line=where[0], column=where[1])
            else:
                node = YamlList(line=where[0], column=where[1])
            top = _Frame(node, event.anchor)
            stack.append(top)
            if top.anchor is not None:
                open_anchors.add(top.anchor)
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            done = stack.pop()
            top = stack[-1] if stack else None
            value, size, height = done.node, done.size, done.height
            where = (done.node.line, done.node.column)
            if done.anchor is not None:
                anchors[done.anchor] = (value, size, height)
                open_anchors.discard(done.anchor)
        elif kind is AliasEvent:
            where = at(event.start_mark)
            name = event.anchor
            if name not in anchors:
                if name in open_anchors:
                    raise YamlError(f"alias '*{name}' refers to a node that contains it", *where)
                raise YamlError(f"undefined alias '*{name}'", *where)
            value, size, height = anchors[name]
            produced += size
            if produced > budget:
                raise YamlError(
                    f"too many alias expansions: '*{name}' would expand the file "
                    f"beyond {budget:,} values",
                    *where,
                )
            if len(stack) + height > max_depth:
                raise YamlError(
                    f"nesting deeper than {max_depth} levels (through alias '*{name}')", *where
                )
            if top is not None and top.key is None and (mapping := top.mapping) is not None:
                if not isinstance(value, str):
                    raise YamlError(f"a key must be plain text, but '*{name}' is not", *where)
                _refuse_key(mapping, value, where, True)
                mapping.key_positions[value] = where
                top.key = value
                continue
            if isinstance(value, YamlMap | YamlList):
                value = _copy(value)
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise YamlError(
                    "a second YAML document starts here; a claim file holds only one",
                    *at(event.start_mark),
                )
            continue
        elif kind is StreamEndEvent:
            return root
        elif kind is DocumentEndEvent or kind is StreamStartEvent:
            continue
        else:  # pragma: no cover - PyYAML has no other event
            raise YamlError(f"unexpected YAML event {kind.__name__}", *at(event.start_mark))

        # a complete node (`value`, `size`, `height`, written at `where`) joins its parent
        if top is None:
            root = value
            continue
        if top.mapping is not None:
            top.mapping[top.key] = value  # type: ignore[index]  # a key always precedes a value
            top.key = None
        else:
            top.node.append(value)  # type: ignore[union-attr]  # not a mapping: a list
            top.node.item_positions.append(where)  # type: ignore[union-attr]
        top.size += size
        if height >= top.height:
            top.height = height + 1


def _refuse_key(node: YamlMap, key: str, where: Position, plain: bool) -> None:
    """Raise YamlError if `key` may not be added to `node`."""
    if key in node.key_positions:
        first = node.key_positions[key][0]
        raise YamlError(f"duplicate key '{_show(key)}' (first at line {first})", *where)
    if plain and key == "<<":
        raise YamlError("merge keys '<<' are not supported; write the keys out", *where)


def _copy(original: YamlMap | YamlList) -> YamlMap | YamlList:
    """Deep-copy a tree of containers, keeping positions; iterative, so any depth is fine."""

    def shallow(node: YamlMap | YamlList) -> YamlMap | YamlList:
        if isinstance(node, YamlMap):
            return YamlMap(
                node.items(),
                line=node.line,
                column=node.column,
                key_positions=dict(node.key_positions),
            )
        return YamlList(
            node, line=node.line, column=node.column, item_positions=list(node.item_positions)
        )

    result = shallow(original)
    pending = [result]
    while pending:
        node = pending.pop()
        if isinstance(node, YamlMap):
            for key, child in node.items():
                if isinstance(child, YamlMap | YamlList):
                    node[key] = copied = shallow(child)
                    pending.append(copied)
        else:
            for index, child in enumerate(node):
                if isinstance(child, YamlMap | YamlList):
                    node[index] = copied = shallow(child)
                    pending.append(copied)
    return result


def _mark_position(mark: Any) -> Position:
    return (mark.line + 1, mark.column + 1)


def _index_positions(text: str) -> Callable[[Any], Position]:
    """Position marks by their character index, counting lines as editors do."""
    starts = [0, *(m.end() for m in _EDITOR_BREAK.finditer(text))]

    def at(mark: Any) -> Position:
        line = bisect_right(starts, mark.index)
        return (line, mark.index - starts[line - 1] + 1)

    return at


def _reader_error(text: str, exc: Exception) -> YamlError:
    # libyaml reports a byte offset and a lone surrogate as a UnicodeEncodeError: find the
    # character ourselves, only now, as searching every text costs about 9 ms a megabyte.
    bad = _BAD_CHAR.search(text)
    if bad is None:
        return YamlError(f"the YAML parser failed: {type(exc).__name__}: {exc}", 1, 1)
    code = f"U+{ord(bad.group()):04X}"
    if unicodedata.category(bad.group()) == "Cc":
        message = f"control character {code} is not allowed in YAML"
    else:
        message = f"character {code} is not allowed in YAML"
    return YamlError(message, *_offset_position(text, bad.start()))


def _offset_position(text: str, offset: int) -> Position:
    breaks = list(_EDITOR_BREAK.finditer(text, 0, offset))
    if not breaks:
        return (1, offset + 1)
    return (len(breaks) + 1, offset - breaks[-1].end() + 1)


def _marked_error(exc: yaml.MarkedYAMLError, at: Callable[[Any], Position], text: str) -> YamlError:
    mark = exc.problem_mark or exc.context_mark
    where = at(mark) if mark is not None else (1, 1)
    message = exc.problem or exc.context or "invalid YAML"
    if exc.problem and exc.context:
        if exc.context_mark is not None and exc.context_mark is not mark:
            message += f" ({exc.context} at line {at(exc.context_mark)[0]})"
        else:
            message += f" ({exc.context})"
    if mark is not None and text[mark.index : mark.index + 1] == "\t":
        message += ": a tab, where YAML only takes spaces"  # libyaml only says "character"
    return YamlError(message, *where)


def _tag_error(tag: str, on: str, where: Position) -> YamlError:
    shown = "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag
    if tag not in _SCALAR_TAGS | _MAP_TAGS | _SEQ_TAGS:
        on = ""  # "on a list" only helps for a core tag on the wrong kind of node
    return YamlError(f"tag '{_show(shown)}' is not allowed{on}", *where)


def _show(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
