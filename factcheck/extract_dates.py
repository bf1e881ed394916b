"""Find the dates and periods a free text writes, for `factcheck extract`.

Candidate phrases are found with patterns built from the language's month and
weekday names (babel), then read by :func:`factcheck.dates.parse_date` relative to
the publication day: only what it reads is kept, so every ``when`` the extractor
writes is one ``verify`` accepts. dateparser's own ``search_dates`` is not used for
finding: on the seed article it reads ``12%`` as 27 December and ``A sa`` as a
Saturday; it still reads the phrases found here that no pattern of ours covers.

Quarters and halves written as codes (``T3 2024``, ``S1 2025``, ``Q3 2024``) are kept
only as quarters and halves. Phrases that date as a whole (``the week ending Nov. 8``,
``the week of Nov. 10, 2025``, ``la semaine du 10 novembre``,
``à fin juin``, ``neuf premiers mois de 2025``, ``depuis le début de l'année``) are
dates as written when ``parse_date`` reads what they mean, else spans where nothing is a
date (:class:`Dates`). A date after ``depuis``, ``since`` is a start, never after
publication. A date after "avant", "before", "pre-" (or "après", "after") bounds a
period no ``when`` writes ("la population d'avant 2011" is not of 2011): it is no date
(:attr:`Dates.bounds`). Days of one month named with their weekdays ("between Wednesday 12 and
Friday 14 March") are one period, and so is a night over two days ("dans la nuit de
samedi à dimanche", "overnight Saturday into Sunday"). A wire's "2015 GMT" is no year.
:func:`ahead` reads a yearless date as a forecast does: "in May" of an article of March
2025 is May 2025.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck.dates import DateSyntaxError, Period, parse_date
from factcheck.extract_words import words_for

__all__ = ["DateMention", "Dates", "ahead", "find_dates", "read_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period written in a text: where, as written, and as a claim's ``when``."""

    start: int
    end: int
    written: str
    when: str
    period: Period
    lead: str = ""  # the lead word written with it: "en", "on", "depuis"
    since: bool = False  # "depuis le 1er janvier", "since 2019": where a period starts
    whole: bool = False  # "à fin juin", "the week ending Nov. 8": a figure's date, as a whole


@dataclass(frozen=True, slots=True)
class Dates:
    """The dates of a text that ``parse_date`` reads, and the phrases that date but it cannot.

    ``unread`` are the spans of phrases such as "the week ending Nov. 8", "à fin juin" or
    "depuis le début de l'année" when ``parse_date`` does not read them as what they
    mean: the day or month inside them is not their date, nor a figure.
    """

    mentions: list[DateMention]
    unread: list[tuple[int, int]]
    # "d'avant 2011", "before 2011", "pre-2011": a date that bounds a period no `when`
    # writes (before 2011 is not 2011); each is in ``unread`` too, with its lead word here
    bounds: list[tuple[int, int]] = dataclasses.field(default_factory=list)


# not "2015 GMT", a wire's time of day
_YEAR = r"(?<![\d,.])(?:1[89]|20)\d{2}(?![\d,]\d|\s?%|\w|\s?(?:GMT|UTC)(?!\w))"
_DAY = r"\d{1,2}(?:er|st|nd|rd|th)?(?!\d)"
_RELATIVE = {
    "fr": (
        r"l['’]\s*an\s+(?:dernier|passé|prochain)|l['’]\s*année\s+(?:dernière|passée|prochaine)|"
        r"cette\s+année|avant-hier|hier|aujourd['’]\s*hui|la\s+semaine\s+(?:dernière|passée)|"
        r"le\s+mois\s+(?:dernier|prochain)"
    ),
    "en": r"(?:last|this|next)\s+(?:year|month|week)|yesterday|today",
}
# A year said relatively after a month or a day: "January last year", "3 January this
# year", "janvier l'an dernier", "3 janvier de l'année dernière" ("parse_date" reads them)
_RELATIVE_YEAR = {
    "fr": (
        r"l['’]\s*an\s+(?:dernier|passé|prochain)"
        r"|(?:de\s+)?l['’]\s*année\s+(?:dernière|passée|prochaine)|(?:de\s+)?cette\s+année"
    ),
    "en": r"(?:last|this|next)\s+year",
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
# A quarter or half written as a code with its year ("T3 2024", "S1 2025", "Q3 2024", "H1
# 2025", "2T 2025"): capitals only ("un T3" is a flat). Kept only when read as a quarter or
# a half, else written as T2 2025 when that one is (dateparser reads "2T 2025" as February).
_CODE = rf"(?P<code>(?-i:[TQSH][1-4]|[1-4][TQSH]))(?:\s*[-/]\s*|\s+)?{_YEAR}"
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
# before a weekday alone, the end of a state: "jusqu'à vendredi", "until Saturday"
_UNTIL = {"fr": r"jusqu['’]\s*(?:à|au)", "en": r"until|till"}
_MONTH_LEADS = {
    "fr": r"en|depuis|courant|dès|au\s+mois\s+de",
    "en": r"in|since|by|until|early|late|mid-?",
}
# A financial, season or campaign year ("2025/26", "since 2010/11", "2021-22", "la
# campagne 2024/2025"): never the year 2025 and a figure 26, nor two years apart.
_FINANCIAL_YEAR = (
    r"(?:(?:since|from|depuis)\s+)?(?<![\d,.])(?:1[89]|20)\d{{2}}"
    r"(?:/(?:(?:1[89]|20)\d{{2}}|\d{{1,2}})|-\d{{2}})"
    r"(?![\d/%-]|[.,]\d)"
)
# Seasons from one to another ("from 1957-58 to 1971-72", "de 2019-20 à 2023-24"): one
# period, never a figure "58 to 1971" between the seasons' digits
_SEASON_SPAN = (
    r"(?:(?:from|de|du)\s+)?(?<![\d,.])(?:1[89]|20)\d{{2}}[-/]\d{{2}}\s+(?:to|à|au)\s+"
    r"(?:1[89]|20)\d{{2}}[-/]\d{{2}}(?![\d/%-]|[.,]\d)"
)
# Phrases that date a figure only as a whole: "the week ending Nov. 8" is no 8 November,
# "à fin juin" (cumulated to the end of June) no "fin juin" (21-30 June), "les neuf
# premiers mois de 2025" no 2025, "depuis le début de l'année" no "début 2025". Written as
# the text has them when ``parse_date`` reads them so, else nothing in them is a date.
# A quarter or a half of a financial year, which no calendar quarter is
_FISCAL_PART_FR = (
    r"(?:premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e)\s+"
    r"(?:trimestre|semestre)\s+(?:de\s+l['’]\s*|d['’]\s*(?:un\s+)?|de\s+son\s+)"
)
_FISCAL_PART_EN = (
    r"(?:the\s+|its\s+|their\s+)?(?:financial|fiscal)\s+(?:first|second|third|fourth|1st|2nd|"
    r"3rd|4th)[-\s](?:quarter|half)(?:\s+(?:of\s+)?{year})?"
    r"|(?:the\s+|its\s+|their\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s]"
    r"(?:quarter|half)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:financial|fiscal)\s+"
    r"(?:year\s+)?(?:{year}(?:[-/]\d{{2}})?)?|FY\s*['’]?(?:{year}|\d\d(?!\d))|"
    r"{year}(?:[-/]\d{{2}})?\s+(?:financial|fiscal)\s+year)"
    r"|(?:(?:financial|fiscal)\s+)(?-i:[QH])[1-4](?:\s+{year})?"
    r"|(?-i:[QH])[1-4]\s+(?:of\s+)?(?:(?:financial|fiscal)\s+(?:year\s+)?{year}|"
    r"FY\s*['’]?(?:{year}|\d\d(?!\d)))"
)
_WHOLE = {
    "fr": (
        r"(?:la\s+)?semaine\s+(?:close|achevée|terminée|se\s+terminant|s['’]\s*achevant)\s+le\s+"
        r"(?:{weekdays}\s+)?{day}\s+{months}(?:\s+{year})?"
        # "sur les 12 mois à fin septembre 2026": the twelve months, not their last day
        # (and "les trois mois à fin septembre 2026": a quarter's figure, the three months)
        r"|(?:(?:sur\s+)?les\s+)?(?:douze|trois|six|neuf|\d{{1,2}})\s+(?:derniers\s+)?mois\s+"
        r"(?:à|jusqu['’]\s*à)\s+(?:la\s+)?"
        r"fin\s+(?:(?:de\s+|d['’]\s*)?(?:{months_wide})(?:\s+{year})?|{year})"
        r"|à\s+(?:la\s+)?fin\s+(?:(?:de\s+|d['’]\s*)?(?:{months_wide})(?:\s+{year})?|{year})"
        r"|(?:(?:les|des|aux|sur\s+les)\s+)?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
        r"onze|\d{{1,2}})\s+premiers\s+mois(?:\s+(?:de\s+l['’]\s*année|(?:de\s+)?{year}))?"
        r"|depuis\s+(?:le\s+)?début\s+(?:de\s+l['’]\s*année|d['’]\s*année)(?:\s+{year})?"
        # a night over two days: one period, never the Saturday and the Sunday apart
        r"|(?:dans\s+)?la\s+nuit\s+d[eu]\s+{weekdays}\s+(?:au|à)\s+{weekdays}"
        # "la semaine du 10 novembre": the week, never its Monday alone
        r"|(?:la\s+)?semaine\s+du\s+(?:{weekdays}\s+)?{day}\s+{months}(?:\s+{year})?"
        # "l'exercice 2024": a financial year (verify reads it once told when one starts)
        # (a quarter or a half of one too: "au premier trimestre de l'exercice 2025-2026"
        # is no January-March, "l'exercice 2025-2026" no two calendar years)
        rf"|{_FISCAL_PART_FR}exercices?(?:\s+(?:fiscal\s+)?{{year}}(?:\s*[-/]\s*(?:{{year}}|\d{{{{2}}}}))?)?"
        r"|exercices?\s+(?:fiscal\s+)?{year}(?:\s*[-/]\s*(?:{year}|\d{{2}}))?"
        # "pour une année scolaire 2025-2026": the school year, never a duration of 1 year
        # nor two calendar years; "à la rentrée 2025": the start of September, not 2025
        r"|(?:(?:une|cette|l['’])\s*)?année\s+scolaire\s+{year}\s*[-/–]\s*(?:{year}|\d{{2}})"
        r"|(?:la\s+)?rentrée\s+(?:scolaire\s+)?(?:de\s+)?{year}"
        rf"|{_SEASON_SPAN}|{_FINANCIAL_YEAR}"
    ),
    "en": (
        r"(?:the\s+)?(?:(?:two|three|four|five|six|\d)\s+weeks|week)\s+(?:ending|ended|to|through)\s+"
        r"(?:{weekdays},?\s+)?"
        r"(?:{months}\s+{day}|{day}\s+(?:of\s+)?{months})(?:,?\s+{year})?"
        # "the week of Nov. 10, 2025": the week, never its first day alone (not "the week
        # of Nov. 10-16", the days written)
        r"|(?<!first\s)(?<!last\s)(?:the\s+)?week\s+of\s+(?:{weekdays},?\s+)?"
        r"(?:{months}\s+{day}(?!\s*[-–]\s*\d)|{day}\s+{months})(?:,?\s+{year})?"
        r"|(?:the\s+)?first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"\d{{1,2}})\s+months(?:\s+of\s+(?:the\s+year|{year}))?"
        r"|(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+year|{year})"
        r"|so\s+far\s+this\s+year|year[-\s]to[-\s]date"
        r"|(?:overnight\s+(?:on\s+)?|(?:on\s+)?the\s+night\s+of\s+){weekdays}\s+(?:into|to)\s+"
        r"{weekdays}"
        # "fiscal 2024", "FY24": a financial year, which verify reads only once told the
        # month it starts in (never the calendar year 2024)
        r"|(?:(?:financial|fiscal)\s+(?:year\s+)?{year}|FY\s*['’]?(?:{year}|\d\d(?!\d)))"
        # ... and a quarter or a half of one: "the fiscal first quarter", "the first quarter
        # of fiscal 2026", "fiscal Q1" (never January-March)
        rf"|{_FISCAL_PART_EN}"
        # "the three months to September 2026": the quarter's figure, never September alone
        r"|(?:the\s+)?(?:(?:financial|fiscal)\s+)?(?:year|(?:twelve|three|six|nine|\d{{1,2}})\s+"
        r"months)\s+"
        r"(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?:{months_wide})(?:\s+{year})?"
        rf"|{_SEASON_SPAN}|{_FINANCIAL_YEAR}"
    ),
}
# Where a phrase of _WHOLE may drop a word and still be what the text says: "les neuf
# premiers mois de 2025" is also "neuf premiers mois de 2025".
_WHOLE_ARTICLE = re.compile(r"^(?:sur\s+les|les|des|aux)\s+", re.IGNORECASE)
# Days of one month ("Oct. 22-24", "22-24 octobre", "du 22 au 24 octobre"): a period, and
# the days no figure "22 to 24".
_DAY_RANGE = rf"{_DAY}\s*(?:[-–]|\s(?:au|à|to|and|et)\s)\s*{_DAY}"
_RANGE = {
    "fr": rf"(?:(?:de|entre)\s+)?{_YEAR}\s*(?:[-–—]|\s(?:à|au|et)\s)\s*{_YEAR}",
    "en": rf"(?:(?:from|between)\s+)?{_YEAR}\s*(?:[-–—]|\s(?:to|and)\s)\s*{_YEAR}",
}


_YEARS_LISTED = re.compile(rf"(?:(?:de|from)\s+)?{_YEAR}\s+(?:et|and|&)\s+{_YEAR}", re.IGNORECASE)


def find_dates(text: str, language: str, published: date | None) -> list[DateMention]:
    """Every date or period of ``text`` that ``parse_date`` reads, in text order.

    Phrases without a year (``en mars``, ``on Wednesday``, ``last year``) are resolved
    against ``published`` and written with their year in ``when`` (``mars 2015``);
    without ``published`` they are skipped. A season without a year (``au printemps``,
    ``in the spring``) is kept only when it holds the publication day: another one, read
    as ``verify`` reads it (the latest that began), may be the next one the text means.
    """
    return read_dates(text, language, published).mentions


def read_dates(text: str, language: str, published: date | None) -> Dates:
    """The dates of ``text`` (as :func:`find_dates`) and the phrases dating what it cannot read.

    A weekday right before the date it names ("Friday (3 May)", "vendredi, 3 mai") is
    that date, not a second one. A date after "depuis", "since" starts a period: it is
    written as the text has it (``depuis le 1er janvier``), in the latest year that does
    not put it after publication.
    """
    found: list[DateMention] = []
    unread: list[tuple[int, int]] = []
    wholes: list[tuple[int, int]] = []
    for match in _whole_pattern(language).finditer(text):
        wholes.append(match.span())
        mention = _whole(text, match, language, published)
        if mention is None:
            unread.append(match.span())
        else:
            found.append(mention)
    for match in _MONTHS_RELATIVE.finditer(text):
        mention = _months_relative(match, language, published)
        if mention is not None:  # "between October and December last year"
            wholes.append(match.span())
            found.append(mention)
    wholes.sort()
    index = 0
    for match in _pattern(language).finditer(text):
        while index < len(wholes) and wholes[index][1] <= match.start():
            index += 1
        if index < len(wholes) and wholes[index][0] < match.end():
            continue  # "Nov. 8" of "the week ending Nov. 8"
        if _indefinite_day(text, match, language):
            continue  # "on a Friday night", "every Monday": no day of the calendar
        mention = _mention(text, match, language, published)
        if mention is None and match.group("code") is None:
            # "entre le 3 et le 5 mars l'an dernier", which parse_date cannot read whole:
            # the days, then the year, as without the year after the month
            parts = _without_relative_year(text, match, language, published)
            found += parts[1:]
            mention = parts[0] if parts else None
        if mention is not None and _school_term(text, mention, language):
            unread.append((mention.start, mention.end))  # "premier trimestre" of a school year
        elif mention is not None:
            found.append(mention)
        elif match.group("code") is not None:
            unread.append(match.span("core"))  # "2T 2025" read as February: not 2025 either
        elif _YEARS_LISTED.fullmatch(match.group("core")):
            # "la crise sanitaire de 2020 et 2021", "en 1983, 1989, 1995 et 2001": years of a
            # list, no period verify reads, and never figures 1995 and 2001
            unread.append(match.span("core"))
    found.sort(key=lambda m: m.start)
    found, bounds = _without_bounds(text, found, language)
    return Dates(_one_per_day(text, found), sorted(unread + bounds), bounds)


def _without_bounds(
    text: str, found: list[DateMention], language: str
) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """The dates that are no bound of a period, and the spans of those that are.

    "la population d'avant 2011", "before 15 February", "pre-2011 levels": the date is
    where a period the text does not close ends (or starts, after "après", "after"), so it
    is no figure's ``when``, nor a date of its own. A building's date ("construit avant
    1946") is left to its own reading.
    """
    words = words_for(language)
    lead = re.compile(
        rf"(?<![\w-])(?:d['’]\s*)?(?:{words.bounds})\s*(?:(?:le|la|les|l['’]|the)\s+)?$",
        re.IGNORECASE,
    )
    built = re.compile(rf"(?<!\w)(?:{words.built})\s*$", re.IGNORECASE)
    kept: list[DateMention] = []
    bounds: list[tuple[int, int]] = []
    for mention in found:
        low = max(0, mention.start - 30)
        bound = lead.search(text, low, mention.start)
        if bound is None or mention.since or built.search(text, low, mention.start):
            kept.append(mention)
        else:
            bounds.append((bound.start(), mention.end))
    return kept, bounds


# Months of a year said relatively: "between October and December last year"
_MONTHS_RELATIVE = re.compile(
    r"(?<!\w)(?P<lead>(?i:between|from))\s+(?P<first>[A-Z][a-z]+)\s+(?P<to>and|to)\s+"
    r"(?P<last>[A-Z][a-z]+)\s+(?P<year>(?:last|this|next)\s+year)(?!\w)"
)


def _without_relative_year(
    text: str, match: re.Match[str], language: str, published: date | None
) -> list[DateMention]:
    """A date with a relative year that does not read whole, read in two, each if it reads.

    "entre le 3 et le 5 mars l'an dernier": "entre le 3 et le 5 mars", then "l'an dernier".
    """
    relative = _RELATIVE_YEAR.get(_code_of(language), _RELATIVE_YEAR["en"])
    tail = re.compile(rf"\s+(?:{relative})\.?$", re.IGNORECASE).search(
        text, match.start(), match.end()
    )
    if tail is None:
        return []
    pattern = _pattern(language)
    head = pattern.match(text, match.start(), tail.start())
    year = pattern.match(text, tail.start() + len(tail.group()) - len(tail.group().lstrip()))
    mentions = [
        _mention(text, found, language, published) for found in (head, year) if found is not None
    ]
    return [mention for mention in mentions if mention is not None]


def _months_relative(
    match: re.Match[str], language: str, published: date | None
) -> DateMention | None:
    """The months of "between October and December last year", in the year it means.

    Its ``when`` writes the year ("between October and December 2024"): verify reads that.
    """
    if _code_of(language) != "en":
        return None
    try:
        year = parse_date(match.group("year"), language, published)
        lead, first, last = match.group("lead").lower(), match.group("first"), match.group("last")
        written = f"{lead} {first} {match.group('to')} {last}"
        when = f"{written} {year.start.year}"
        period = parse_date(when, language, published)
    except DateSyntaxError:
        return None
    if period.granularity != "range" or period.start.year != year.start.year:
        return None
    text = " ".join(match.group().split())
    return DateMention(match.start(), match.end(), text, when, period)


# An article or quantifier before a weekday alone: "on a Friday night", "every Monday",
# "un vendredi soir", "chaque lundi" name no day of the calendar
_INDEFINITE_DAY = re.compile(
    r"(?<!\w)(?:a|an|any|every|each|one|un|une|chaque|tous\s+les)\s+$", re.IGNORECASE
)


def _indefinite_day(text: str, match: re.Match[str], language: str) -> bool:
    """Whether a match is a weekday alone after "a", "every", "un", "chaque": no date."""
    if match.group("lead"):
        return False
    weekdays = _names(_code_of(language))[3]
    if not re.fullmatch(rf"(?:{weekdays})", match.group("core"), re.IGNORECASE):
        return False
    return _INDEFINITE_DAY.search(text, max(0, match.start() - 12), match.start()) is not None


# Words of a school, near which a term ("premier trimestre") is one of the school year
# (September to December), no calendar quarter
_SCHOOL = {
    "fr": re.compile(
        r"(?<!\w)(?:conseils?\s+de\s+classe|scolaires?|bulletins?|élèves|collèges?|lycées?|"
        r"écoles?|enseignants?|professeurs?|classes?|brevet|bac(?:calauréat)?)(?!\w)",
        re.IGNORECASE,
    )
}
_SCHOOL_REACH = 120  # characters around a term where the words of a school may stand


def _school_term(text: str, mention: DateMention, language: str) -> bool:
    """Whether a yearless "premier trimestre" is a term of the school year, no quarter.

    "Les conseils de classe du premier trimestre se tiendront en décembre": September to
    December, never T1 of the calendar.
    """
    school = _SCHOOL.get(_code_of(language))
    if school is None or mention.period.granularity != "quarter":
        return False
    if re.search(r"\d{4}|(?-i:[TQ][1-4])", mention.written):
        return False
    low = max(0, mention.start - _SCHOOL_REACH)
    stops = [m.end() for m in _STOP.finditer(text, low, mention.start)]
    stop = _STOP.search(text, mention.end, mention.end + _SCHOOL_REACH)
    high = stop.start() if stop else mention.end + _SCHOOL_REACH
    return school.search(text, stops[-1] if stops else low, high) is not None


_STOP = re.compile(r"[.!?](?=\s)|\n")  # the end of a sentence


def ahead(mention: DateMention, language: str, published: date | None) -> DateMention:
    """A date without its year as a forecast or a target reads it: ahead of publication.

    "would publish its report in May" in an article of 13 March 2025 is May 2025, as
    ``verify`` reads the ``when`` of a forecast, where a fact's "in May" is May 2024. A
    date written with its year, a start ("since May") or a phrase dating as a whole is
    left as it is.
    """
    if published is None or mention.since or mention.whole:
        return mention
    if re.search(r"(?<!\d)\d{4}(?!\d)", mention.written):
        return mention
    try:
        period = parse_date(mention.written, language, published, ahead=True)
    except DateSyntaxError:
        return mention
    if (period.start, period.end) == (mention.period.start, mention.period.end):
        return mention
    when = _when(mention.written, period, language, published)
    return dataclasses.replace(mention, when=when, period=period)


def _one_per_day(text: str, found: list[DateMention]) -> list[DateMention]:
    """Leave out a weekday alone right before the date it names: "Friday (3 May)" is one date."""
    kept: list[DateMention] = []
    for index, mention in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        if (
            following is not None
            and mention.period.granularity == "day"
            and following.period.granularity == "day"
            and not re.search(r"\d", mention.written)
            and re.search(r"\d", following.written)  # "Monday, Tuesday" are two days
            and re.fullmatch(r"\s*[(,–—-]?\s*", text[mention.end : following.start])
        ):
            continue
        kept.append(mention)
    return kept


def _whole(
    text: str, match: re.Match[str], language: str, published: date | None
) -> DateMention | None:
    """A phrase of _WHOLE as ``parse_date`` reads it, if it reads what the phrase means."""
    begin, end = match.span()
    if text[end - 1] == "." and not _abbreviated(text[begin:end], language):
        end -= 1  # "la semaine close le 24 octobre." ends a sentence
    article = _WHOLE_ARTICLE.match(text, begin, end)
    for start in (article.end(), begin) if article else (begin,):
        written = " ".join(text[start:end].split())
        school = _SCHOOL_ARTICLE.sub(_school_article, _lower(written))
        try:
            period = parse_date(school, language, published)
        except DateSyntaxError:
            continue
        if not _means(match, period, published):
            continue
        since = re.match(r"(?:depuis|since)\b", written, re.IGNORECASE) is not None
        return DateMention(start, end, written, school, period, since=since, whole=True)
    return None


# "une année scolaire 2025-2026", "Rentrée 2025": written with the article verify reads best
_SCHOOL_ARTICLE = re.compile(r"^(?:(?:une|cette|l['’])\s*)?(année\s+scolaire|(?:la\s+)?rentrée)\b")


def _school_article(match: re.Match[str]) -> str:
    noun = match.group(1)
    return "l'année scolaire" if noun.startswith("année") else "la rentrée"


_MONTH_COUNTS = {  # and of weeks
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "douze": 12, "twelve": 12,
}  # fmt: skip


def _means(match: re.Match[str], period: Period, published: date | None) -> bool:
    """Whether ``parse_date``'s reading of a _WHOLE phrase is what the phrase says.

    Not "the week ending Nov. 8" read as 8 November, "à fin juin" as 21-30 June, "neuf
    premiers mois de 2025" as 2025, "since the start of the year" as January-March.
    """
    written = match.group().lower()
    start, end = period.start, period.end
    month_end = (end + timedelta(days=1)).day == 1
    if _SCHOOL_ARTICLE.match(written):  # read as a school year, a rentrée: what it says
        return True
    if re.search(r"\d{4}[/-]\d", written):  # "2025/26": two calendar or one financial year
        if re.search(r"\d\s+(?:to|à|au)\s+\d", written):  # "from 1957-58 to 1971-72"
            return end.year > start.year + 1
        return end.year == start.year + 1 and (end - start).days >= 360
    if re.search(r"(?:year|months|mois)\s+(?:to|ending|ended|through|à|jusqu)", written):
        # "the year to March 2024", "the three months to September 2026": that many months
        count = re.search(r"(\w+)\s+(?:derniers\s+)?(?:months|mois)", written)
        counted = 12
        if count is not None:
            word = count.group(1)
            counted = _MONTH_COUNTS.get(word) or (int(word) if word.isdigit() else 0)
        spanned = (end.year - start.year) * 12 + end.month - start.month + 1
        return month_end and start.day == 1 and spanned == counted
    if "week" in written or "semaine" in written:  # "the two weeks to 2 March": 14 days
        count = re.search(r"(\w+)\s+weeks", written)
        weeks = 1 if count is None else _MONTH_COUNTS.get(count.group(1)) or int(count.group(1))
        return (end - start).days == 7 * weeks - 1
    if "premiers" in written or "first" in written:
        count = re.search(r"\d{1,2}|[^\W\d_]+(?=\s+(?:premiers|months))", written)
        if count is None:
            return False
        months = int(count.group()) if count.group().isdigit() else _MONTH_COUNTS.get(count.group())
        return (start.month, start.day) == (1, 1) and end.month == months and month_end
    if re.search(r"nuit|night", written):  # "dans la nuit de samedi à dimanche": two days
        return (end - start).days == 1
    if re.match(r"à\s", written):  # "à fin juin": the end of June, or January to it
        return month_end and (start == end or (start.month, start.day) == (1, 1))
    # "depuis le début de l'année", "so far this year": from 1 January to publication
    if published is None or (start.month, start.day) != (1, 1) or start.year != published.year:
        return False
    return start == end or end >= published - timedelta(days=1)


def _mention(
    text: str, match: re.Match[str], language: str, published: date | None
) -> DateMention | None:
    """Read the longest form of the match ``parse_date`` accepts: with its lead word, or without."""
    end = match.end()
    if text[end - 1] == "." and not _abbreviated(text[match.start() : end], language):
        end -= 1  # "14 novembre." and "21 May." end a sentence; "sept." is an abbreviation
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
        lead = (match.group("lead") or "") if begin == match.start() else ""
        if match.group("code") is not None:
            return _code(begin, end, written, period, lead, language, published)
        since = re.match(rf"(?:{words_for(language).since_leads})(?=\s)", written, re.I)
        if since is not None:  # "depuis le 1er janvier", "depuis décembre", "since 2019"
            return _since(begin, end, written, period, since.group(), language, published)
        when = _when(written, period, language, published)
        return DateMention(begin, end, written, when, period, lead)
    return None


def _code(
    begin: int,
    end: int,
    written: str,
    period: Period,
    lead: str,
    language: str,
    published: date | None,
) -> DateMention | None:
    """A quarter or half written as a code, if read as one: "T3 2024", "2T 2025" as T2 2025."""
    if period.granularity not in ("quarter", "half"):
        swapped = re.sub(r"(?<!\w)([1-4])([TQSH])(?=[\s/-]|\d)", r"\2\1", written)
        try:
            period = parse_date(swapped, language, published)
        except DateSyntaxError:
            return None
        if period.granularity not in ("quarter", "half"):
            return None
        written = swapped
    when = _when(written, period, language, published)
    return DateMention(begin, end, written, when, period, lead)


def _since(
    begin: int,
    end: int,
    written: str,
    period: Period,
    lead: str,
    language: str,
    published: date | None,
) -> DateMention | None:
    """A date after "depuis", "since": where a period starts, before publication.

    Written as the text has it (its lead in lower case), its year added when ``parse_date``
    would read it after publication (``depuis le 1er janvier`` in an article of October
    2025 is 1 January 2025, where the nearest 1 January is 2026) or when it names a month
    or season without one (``depuis janvier 2025``).
    """
    rest = written[len(lead) :].strip()
    if re.search(r"\d", rest):
        when = f"{_lower(lead)} {rest}"
    else:
        when = f"{_lower(lead)} {_when(rest, period, language, published)}"
    if published is not None and period.after_day(published):
        if re.search(r"(?<!\d)\d{4}(?!\d)", when):
            return None  # "depuis 2030": no start to date anything with
        comma = "," if _code_of(language) == "en" and when[-1].isdigit() else ""
        when = f"{when}{comma} {period.start.year - 1}"  # "since Dec. 1, 2023"
        try:
            period = parse_date(when, language, published)
        except DateSyntaxError:
            return None
        if period.after_day(published):
            return None
    return DateMention(begin, end, written, when, period, lead, since=True)


def _lower(written: str) -> str:
    """A phrase opening a sentence as a ``when``: "À fin juin" is "à fin juin" (not "UE")."""
    first = written.split(" ", 1)[0]
    return written[0].lower() + written[1:] if first[1:].islower() or len(first) == 1 else written


def _abbreviated(written: str, language: str) -> bool:
    """Whether the full stop ending a date is an abbreviation's ("sept.", "Oct."), not the end."""
    word = re.search(r"(?<!\w)(\w{1,4})\.$", written)
    return word is not None and word.group(1).lower() not in _wide_names(_code_of(language))


def _code_of(language: str) -> str:
    code = language.replace("_", "-").split("-")[0].lower()
    return code if code in ("fr", "en") else "en"


@functools.cache
def _wide_names(code: str) -> frozenset[str]:
    """The full names of months and weekdays, lowercase: "may", "juin", "mardi"."""
    _, months_wide, _, weekdays_wide = _names(code)
    return frozenset(re.sub(r"\\(.)", r"\1", months_wide + "|" + weekdays_wide).split("|"))


def _when(written: str, period: Period, language: str, published: date | None) -> str:
    """The ``when`` to write: the phrase without a bare lead word, its year made explicit."""
    lead = re.compile(rf"^(?:{words_for(language).lead_words})\s+", re.IGNORECASE)
    when = lead.sub("", written) or written
    has_year = re.search(r"(?<!\d)\d{4}(?!\d)", when) is not None
    # a day, or days ("Oct. 22-24"), are read in the year nearest publication, as here
    days = period.granularity == "day" or (
        period.granularity == "range" and (period.end - period.start).days < 31
    )
    # "from 31 March to 26 October": days of two months keep their form too
    two_days = period.granularity == "range" and len(re.findall(r"(?<!\d)\d{1,2}(?!\d)", when)) > 1
    has_day = (days and re.search(r"\d", when) is not None) or two_days
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
def _whole_pattern(language: str) -> re.Pattern[str]:
    code = _code_of(language)
    months, months_wide, weekdays, _ = _names(code)
    body = _WHOLE[code].format(
        months=rf"(?:{months})(?:\.|(?!\w))",
        months_wide=months_wide,
        weekdays=rf"(?:{weekdays})(?:\.|(?!\w))",
        day=_DAY,
        year=_YEAR,
    )
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@functools.cache
def _pattern(language: str) -> re.Pattern[str]:
    code = language.replace("_", "-").split("-")[0].lower()
    months, months_wide, weekdays, weekdays_wide = _names(code)
    m = rf"(?:{months})(?:\.|(?!\w))"
    w = rf"(?:{weekdays})(?:\.|(?!\w))"
    y = _YEAR
    # after a month or a day, its year: "March 2024", "March, 2024", "January last year"
    # (not "in January, last year's", nor "January last year's record")
    relative = _RELATIVE_YEAR.get(code, _RELATIVE_YEAR["en"])
    rel = rf"\s+(?:{relative})(?![\w'’])"
    my = rf"(?:,?\s+{y}|{rel})"
    lead = _LEADS.get(code, _LEADS["en"])
    part = _PARTS.get(code, _PARTS["en"])
    month_leads = _MONTH_LEADS.get(code, _MONTH_LEADS["en"])
    named = _NAMED.get(code, _NAMED["en"])
    until = _UNTIL.get(code, _UNTIL["en"])
    weekday = rf"(?:{w},?\s+)?"  # "Friday 3 January", "Tues., March 12"
    of_month = rf"\s+(?:of\s+)?{m}{my}?"  # " March", " of March 2024"
    day = rf"{weekday}{_DAY}{of_month}"  # "Friday, 3 March 2024"
    alternatives = [
        _RANGE.get(code, _RANGE["en"]),
        # days of two months: "from 31 March to 26 October", "du 31 mars au 26 octobre" is
        # one period, not two dates
        rf"(?:(?:from|du|de)\s+)?{day}\s+(?:to|until|au|à|jusqu['’]\s*au)\s+{day}",
        rf"(?:between|entre)\s+(?:le\s+)?{day}\s+(?:and|et)\s+(?:le\s+)?{day}",
        # "between Wednesday 12 and Friday 14 March", "du lundi 3 au vendredi 7 mars": the
        # first day borrows the month of the last, a period (no figure 12, no 12 March)
        rf"(?:between|from|entre|du)\s+(?:le\s+)?{weekday}{_DAY}\s+(?:and|to|until|et|au)\s+"
        rf"(?:le\s+)?{day}",
        # "on Friday 30 and Saturday 31 October", "vendredi 30 et samedi 31 octobre": the
        # first day borrows the month of the last, one period (never "on Friday" alone)
        rf"{w},?\s+{_DAY}\s+(?:and|et|&)\s+{w},?\s+{_DAY}{of_month}",
        # days of one month before single days: "Oct. 22-24" is no figure "22 to 24"
        rf"{weekday}{m}\s+{_DAY_RANGE}{my}?" if code == "en" else "(?!)",
        rf"(?:du\s+|les\s+|the\s+)?{_DAY_RANGE}{of_month}",
        rf"{weekday}(?:le\s+|the\s+)?{_DAY}{of_month}",
        rf"{weekday}{m}\s+{_DAY}{my}?" if code == "en" else "(?!)",
        named.format(names=f"{months_wide}|{weekdays_wide}", weekdays=weekdays_wide) + r"(?!\w)",
        _CODE,
        _PERIODS.get(code, _PERIODS["en"]),
        _SEASONS.get(code, _SEASONS["en"]),  # after `named`: "l'été" of "l'été dernier"
        rf"(?:{part})\s*(?:{m}\s*)?{y}|(?:{part})\s*(?:{months_wide})(?!\w)",
        # "in July to September 2026", "de juillet à septembre 2026": one period, never
        # July for one figure and September for another
        rf"(?:(?:from|de|d['’])\s*)?(?:{months_wide})\s+(?:to|à)\s+(?:{months_wide}),?\s+{y}",
        rf"{m}(?:\s+{y}|{rel})",
        # "until April 2028" is April 2028, never this year's April and a year 2028
        rf"(?:{month_leads})\s+(?P<month>(?:{months_wide})(?!\w))(?:,?\s+{y})?",
        _RELATIVE.get(code, _RELATIVE["en"]),
        # "jusqu'à vendredi", "until Saturday": read whole, as verify reads the end of a
        # state (the nearest such day), never as the weekday alone (the latest one)
        rf"(?:{until})\s+(?:{weekdays_wide})(?!\w)(?!,?\s+(?:le\s+|the\s+)?\d)",
        rf"(?:{weekdays_wide})(?!\w)",
        y,
    ]
    core = "|".join(f"(?:{a})" for a in alternatives)
    return re.compile(rf"(?<!\w)(?:(?P<lead>{lead})\s+)?(?P<core>{core})", re.IGNORECASE)


# Abbreviations babel does not list: "Sept. 9-12", "Tues., March 12" (AP style)
_EXTRA_MONTHS = {"en": ("sept",)}
_EXTRA_DAYS = {"en": ("tues", "thur", "thurs")}


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
    for data, extra in ((locale.months, _EXTRA_MONTHS), (locale.days, _EXTRA_DAYS)):
        for widths in (("wide", "abbreviated"), ("wide",)):
            names: set[str] = set(extra.get(code, ())) if len(widths) > 1 else set()
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
