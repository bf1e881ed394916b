"""The time zone a ``when`` writes after its time, as an offset from UTC.

"Tuesday, September 29, 2026 at 2 p.m. EDT" is 4 hours behind UTC and "at 10 p.m. CDT" 5,
so ``hours()`` between them counts 9 hours, not the 8 of the clocks as written. Read here:

- abbreviations of a fixed offset (``EDT``, ``EST``, ``CDT``, ``CST``, ``MDT``, ``MST``,
  ``PDT``, ``PST``, ``GMT``, ``UTC``, ``TU``, ``BST``, ``CET``, ``CEST``, ``JST``...), with an
  offset after them or not (``UTC+2``, ``GMT-5``, ``UTC+05:30``);
- zones whose offset depends on the day, by the rules of their place (:mod:`zoneinfo`):
  ``ET``, ``CT``, ``MT``, ``PT``, "Eastern time", "Paris time", "UK time", "heure de
  Paris", "heure française", "heure de Londres"...

"Local time" ("heure locale") says no zone; two different zones in one ``when``, or an
abbreviation of two meanings (``IST``: Irish or Indian?), say none either: None.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo

__all__ = ["utc_offset", "zone_name"]

# Minutes east of UTC.
_FIXED = {
    "UTC": 0, "GMT": 0, "TU": 0, "UT": 0, "WET": 0, "WEST": 60, "BST": 60,
    "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
    "AST": -240, "ADT": -180, "NST": -210, "NDT": -150,
    "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AWST": 480,
    "AEST": 600, "AEDT": 660, "ACST": 570, "ACDT": 630, "NZST": 720, "NZDT": 780,
}  # fmt: skip
# Zones of a place, whose offset changes with summer time.
_PLACES = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "eastern": "America/New_York", "central": "America/Chicago",
    "mountain": "America/Denver", "pacific": "America/Los_Angeles",
    "paris": "Europe/Paris", "french": "Europe/Paris", "france": "Europe/Paris",
    "française": "Europe/Paris", "francaise": "Europe/Paris", "uk": "Europe/London",
    "london": "Europe/London", "british": "Europe/London", "londres": "Europe/London",
    "new york": "America/New_York", "brussels": "Europe/Brussels",
    "bruxelles": "Europe/Brussels", "berlin": "Europe/Berlin", "madrid": "Europe/Madrid",
    "rome": "Europe/Rome", "tokyo": "Asia/Tokyo", "montréal": "America/Toronto",
    "montreal": "America/Toronto", "québec": "America/Toronto", "quebec": "America/Toronto",
}  # fmt: skip
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?P<name>[A-Z]{1,4}T|UTC?|TU)"
    r"(?:\s*(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>[0-5]\d))?)?(?![\w])"
)
_NAMED = re.compile(
    r"(?<!\w)(?:(?P<place>eastern|central|mountain|pacific|paris|french|uk|london|british)"
    r"(?:\s+(?:standard|daylight|summer))?\s+time"
    r"|heure\s+(?:d'(?:été\s+)?|de\s+|du\s+)?(?P<lieu>paris|française|francaise|londres|new\s+york"
    r"|bruxelles|berlin|madrid|rome|tokyo|montréal|montreal|québec|quebec))(?!\w)",
    re.I,
)
# "Eastern Daylight Time": the long name of an abbreviation, read as it
_LONG_NAMES = re.compile(
    r"(?<!\w)(?P<where>eastern|central|mountain|pacific)\s+(?P<kind>standard|daylight)\s+time",
    re.I,
)
_ZoneSpec = int | str  # a fixed offset in minutes, or the key of a zoneinfo zone


def utc_offset(text: str, local: dt.datetime) -> int | None:
    """The offset from UTC, in minutes east, of the zone written in ``text`` at ``local``.

    ``local`` is the day and time the text writes, in its own clock: a zone of a place
    (``ET``, "heure de Paris") has the offset of that moment (summer time or not). None
    when the text writes no zone, "local time", two zones, or one this module does not know.
    """
    spec = zone_of(text)
    if spec is None:
        return None
    if isinstance(spec, int):
        return spec
    offset = local.replace(tzinfo=_zone(spec)).utcoffset()
    return None if offset is None else int(offset.total_seconds()) // 60


def zone_name(text: str) -> str | None:
    """The zone a ``when`` writes as it writes it ("EDT", "heure de Paris"), or None."""
    found = _found(text)
    return None if found is None else found[1]


def zone_of(text: str) -> _ZoneSpec | None:
    """The zone written in ``text``: a fixed offset in minutes, a zoneinfo key, or None."""
    found = _found(text)
    return None if found is None else found[0]


@functools.lru_cache(maxsize=4096)
def _found(text: str) -> tuple[_ZoneSpec, str] | None:
    """The one zone written in ``text`` and its words; cached by text (archives repeat)."""
    zones: dict[_ZoneSpec, str] = {}
    for match in _LONG_NAMES.finditer(text):
        where, kind = match["where"][0].upper(), match["kind"][0].upper()
        zones[_FIXED[f"{where}{kind}T"]] = match[0]
    for match in _NAMED.finditer(text):
        place = (match["place"] or match["lieu"]).lower()
        place = " ".join(place.split())
        if match["place"] and match[0].lower().split()[1] in ("standard", "daylight"):
            continue  # "Eastern Daylight Time": read above as EDT
        zones[_PLACES[place]] = match[0]
    for match in _ABBREVIATION.finditer(text):
        name = match["name"]
        base: _ZoneSpec
        if name in _FIXED:
            base = _FIXED[name]
        elif name in _PLACES:
            base = _PLACES[name]
        else:
            continue
        if match["sign"]:
            if not isinstance(base, int) or base != 0:
                continue  # "EST+1" is no way to write a zone
            minutes = int(match["hours"]) * 60 + int(match["minutes"] or 0)
            base = minutes if match["sign"] == "+" else -minutes
        zones[base] = match[0]
    if len(zones) != 1:
        return None
    ((spec, written),) = zones.items()
    return spec, written


@functools.cache
def _zone(key: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(key)
