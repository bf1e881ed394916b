"""What every reporter is: a pure function of a finished report and how to render it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from factcheck.findings import Report


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How to render: colour (text on a terminal) and whether to list suppressed findings."""

    color: bool = False
    show_suppressed: bool = False


Reporter = Callable[[Report, RenderOptions], str]


def json_text(document: Any) -> str:
    """A JSON document as the reports write it: two-space indents, UTF-8 text unescaped.

    orjson writes byte for byte what ``json.dumps(document, ensure_ascii=False,
    indent=2)`` does (tested), in a seventh of the time, which a cached run of a
    large archive notices. The json module takes the text orjson refuses: a file
    name that is not valid UTF-8 reaches Python with lone surrogates, which are
    written as U+FFFD, so that the document is valid UTF-8 (a strict JSON reader
    refuses the name's raw bytes, and even their escapes).
    """
    import orjson  # here: the text report, a cold start's, needs none of it (~4 ms)

    try:
        return orjson.dumps(document, option=orjson.OPT_INDENT_2).decode() + "\n"
    except orjson.JSONEncodeError:
        text = json.dumps(document, ensure_ascii=False, indent=2)
        return _SURROGATE.sub("\ufffd", text) + "\n"


# what a file name that is not UTF-8 holds once read by Python (surrogateescape)
_SURROGATE = re.compile("[\ud800-\udfff]")


def occurrences(keys: Iterable[str]) -> Iterator[int]:
    """For each key, how many times it has come so far (1 the first time, 2 the next...).

    Reports number what CI tools would merge: JUnit cases of one name, SARIF results
    of one fingerprint.
    """
    seen: dict[str, int] = {}
    for key in keys:
        seen[key] = count = seen.get(key, 0) + 1
        yield count
