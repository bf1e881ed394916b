"""Find the dates and periods a free text writes, for `factcheck extract`.

Candidate phrases are found with patterns built from the language's month and
weekday names (babel), then read by :func:`factcheck.dates.parse_date` relative to
the publication day: only what it reads is kept, so every ``when`` the extractor
writes is one ``verify`` accepts. dateparser's own ``search_dates`` is not used for
finding: on the seed article it reads ``12%`` as 27 December and ``A sa`` as a
Saturday; it still reads the phrases found here that no pattern of ours covers.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from factcheck.dates import DateSyntaxError, Period, parse_date
from factcheck.extract_words import words_for

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period written in a text: where, as written, and as a claim's ``when``."""

    start: int
    end: int
    written: str
    when: str
    period: Period


_YEAR = r"(?<![\d,.])(?:1[89]|20)\d{2}(?![\d,]\d|\s?%|\w)"
_DAY = r"\d{1,2}(?:er|st|nd|rd|th)?(?!\d)"
_RELATIVE = {
    "fr": (
        r"l['’]\s*an\s+(?:dernier|passé|prochain)|l['’]\s*année\s+(?:dernière|passée|prochaine)|"
        r"cette\s+année|avant-hier|hier|aujourd['’]\s*hui|la\s+semaine\s+(?:dernière|passée)|"
        r"le\s+mois\s+(?:dernier|prochain)"
    ),
    "en": r"(?:last|this|next)\s+(?:year|month|week)|yesterday|today",
}
# A month, weekday, season or weekend named relative to publication ("juin dernier",
# "last Tuesday", "ce lundi"), and the parts of the publication's year ("en fin d'année").
_NAMED = {
    "fr": (
        r"(?:l['’]\s*)?(?:{names}|printemps|été|automne|hiver|week-end)\s+"
        r"(?:derni[eè]r|pass[ée]|prochain)"
        r"|ce\s+(?:{weekdays})|(?:(?:à\s+)?la\s+)?(?:fin|début)\s+de\s+l['’]\s*année"
        r"|(?:fin|début)\s+d['’]\s*année|plus\s+(?:tôt|tard)\s+cette\s+année"
    ),
    "en": (
        r"(?:last|next|this)\s+(?:{names}|spring|summer|autumn|fall|winter|weekend)"
        r"|(?:earlier|later)\s+this\s+year|(?:at\s+)?the\s+(?:end|beginning|start)\s+of\s+the\s+year"
    ),
}
_LEADS = {
    "fr": (
        r"en|depuis|dès|d['’]\s*ici(?:\s+à)?|à\s+l['’]\s*horizon(?:\s+de)?|courant|pendant|"
        r"au\s+cours\s+d[eu]|au\s+mois\s+de|le|au"
    ),
    "en": r"in|on|since|by|during|as\s+of",
}
_PARTS = {
    "fr": r"fin|début|mi-|mi\s",
    "en": r"early|late|mid-|mid\s|(?:the\s+)?end\s+of|(?:the\s+)?beginning\s+of",
}
_PERIODS = {
    "fr": (
        r"(?:premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e)\s+(?:trimestre|semestre)"
        rf"(?:\s+(?:de\s+)?{_YEAR})?|(?:au\s+|le\s+|l['’]\s*)?(?:printemps|été|automne)"
        rf"(?:\s+(?:de\s+|d['’]\s*)?{_YEAR})"
    ),
    "en": (
        r"(?:the\s+)?(?:first|second|third|fourth)\s+(?:quarter|half)"
        rf"(?:\s+of)?(?:\s+{_YEAR})|(?:the\s+)?(?:spring|summer|autumn|fall)(?:\s+of)?\s+{_YEAR}"
    ),
}
# A season without its year, always with the word that makes it a date ("été" alone is
# also the participle, "fall" the verb); kept only when it holds the publication day.
_SEASONS = {
    "fr": (
        r"(?P<season>(?:(?:au|le|cet)\s+printemps|(?:en|cet)\s+(?:été|automne)|"
        r"l['’]\s*(?:été|automne))(?!\w))"
    ),
    "en": (
        r"(?P<season>(?:in|during|by|since)\s+(?:the\s+(?:spring|summer|autumn|fall)(?!\w)"
        r"(?!\s+of\b)|(?:spring|summer|autumn|fall)(?=\s*(?:[.,;:!?)]|$))))"
    ),
}
_MONTH_LEADS = {
    "fr": r"en|depuis|courant|dès|au\s+mois\s+de",
    "en": r"in|since|by|until|early|late|mid-?",
}
_RANGE = {
    "fr": rf"(?:(?:de|entre)\s+)?{_YEAR}\s*(?:[-–—]|\s(?:à|au|et)\s)\s*{_YEAR}",
    "en": rf"(?:(?:from|between)\s+)?{_YEAR}\s*(?:[-–—]|\s(?:to|and)\s)\s*{_YEAR}",
}


def find_dates(text: str, language: str, published: date | None) -> list[DateMention]:
    """Every date or period of ``text`` that ``parse_date`` reads, in text order.

    Phrases without a year (``en mars``, ``on Wednesday``, ``last year``) are resolved
    against ``published`` and written with their year in ``when`` (``mars 2015``);
    without ``published`` they are skipped. A season without a year (``au printemps``,
    ``in the spring``) is kept only when it holds the publication day: another one, read
    as ``verify`` reads it (the latest that began), may be the next one the text means.
    """
    found: list[DateMention] = []
    for match in _pattern(language).finditer(text):
        mention = _mention(text, match, language, published)
        if mention is not None:
            found.append(mention)
    return found


def _mention(
    text: str, match: re.Match[str], language: str, published: date | None
) -> DateMention | None:
    """Read the longest form of the match ``parse_date`` accepts: with its lead word, or without."""
    end = match.end()
    if text[end - 1] == "." and not re.search(r"(?<!\w)\w{1,4}\.$", text[match.start() : end]):
        end -= 1  # "14 novembre." ends a sentence; "sept." is an abbreviation
    starts = [match.start(), match.start("core")]
    if match.group("month") is not None:
        starts.append(match.start("month"))
    for begin in sorted(set(starts)):
        written = " ".join(text[begin:end].split())
        try:
            period = parse_date(written, language, published)
        except DateSyntaxError:
            continue
        if match.group("season") is not None and not (
            published is not None and period.start <= published <= period.end
        ):
            return None  # "en été" in March: verify reads last summer, the text may mean the next
        return DateMention(begin, end, written, _when(written, period, language, published), period)
    return None


def _when(written: str, period: Period, language: str, published: date | None) -> str:
    """The ``when`` to write: the phrase without a bare lead word, its year made explicit."""
    lead = re.compile(rf"^(?:{words_for(language).lead_words})\s+", re.IGNORECASE)
    when = lead.sub("", written) or written
    has_year = re.search(r"(?<!\d)\d{4}(?!\d)", when) is not None
    has_day = period.granularity == "day" and re.search(r"\d", when) is not None
    if not has_year and not has_day:
        described = period.describe(language)
        try:
            again = parse_date(described, language, published)
        except DateSyntaxError:
            return when
        if (again.start, again.end) == (period.start, period.end):
            return described
    return when


@functools.cache
def _pattern(language: str) -> re.Pattern[str]:
    code = language.replace("_", "-").split("-")[0].lower()
    months, months_wide, weekdays, weekdays_wide = _names(code)
    m = rf"(?:{months})(?:\.|(?!\w))"
    w = rf"(?:{weekdays})(?:\.|(?!\w))"
    y = _YEAR
    lead = _LEADS.get(code, _LEADS["en"])
    part = _PARTS.get(code, _PARTS["en"])
    month_leads = _MONTH_LEADS.get(code, _MONTH_LEADS["en"])
    named = _NAMED.get(code, _NAMED["en"])
    alternatives = [
        _RANGE.get(code, _RANGE["en"]),
        rf"(?:{w},?\s+)?(?:le\s+|the\s+)?{_DAY}\s+(?:of\s+)?{m}(?:,?\s+{y})?",
        rf"(?:{w},?\s+)?{m}\s+{_DAY}(?:,?\s+{y})?" if code == "en" else "(?!)",
        named.format(names=f"{months_wide}|{weekdays_wide}", weekdays=weekdays_wide) + r"(?!\w)",
        _PERIODS.get(code, _PERIODS["en"]),
        _SEASONS.get(code, _SEASONS["en"]),  # after `named`: "l'été" of "l'été dernier"
        rf"(?:{part})\s*(?:{m}\s*)?{y}|(?:{part})\s*(?:{months_wide})(?!\w)",
        rf"{m}\s+{y}",
        rf"(?:{month_leads})\s+(?P<month>(?:{months_wide})(?!\w))",
        _RELATIVE.get(code, _RELATIVE["en"]),
        rf"(?:{weekdays_wide})(?!\w)",
        y,
    ]
    core = "|".join(f"(?:{a})" for a in alternatives)
    return re.compile(rf"(?<!\w)(?:(?:{lead})\s+)?(?P<core>{core})", re.IGNORECASE)


@functools.cache
def _names(code: str) -> tuple[str, str, str, str]:
    """Month and weekday names as regex alternations, longest first: all forms, wide only.

    Abbreviations ("sat", "sun", "may") are words too: they only count next to a day
    number or a year, never alone.
    """
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        locale = Locale.parse("en")
    tables: list[str] = []
    for data in (locale.months, locale.days):
        for widths in (("wide", "abbreviated"), ("wide",)):
            names: set[str] = set()
            for context in ("format", "stand-alone"):
                for width in widths:
                    for name in data[context][width].values():
                        word = str(name).lower().rstrip(".")
                        if len(word) >= 3:
                            names |= {word, _strip_accents(word)}
            tables.append("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return tables[0], tables[1], tables[2], tables[3]


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
