"""Draft the claims of an article from its text: one claim per figure, for an editor to finish.

:func:`extract` finds every figure a French or English text prints, in digits
(``44,4%``, ``€60.7 billion``, ``41,000 people``) or in words (``un million d'euros``,
``deux ans``, ``two larger rivals``), and writes it in the value grammar with its
hedge (``environ 90`` is ``~90 person``, ``un peu moins de 2 millions d'euros`` is
``<2 million EUR``, ``300 à 500`` is ``300 to 500``), its unit (a currency, ``%``,
``person``, a duration, a measurement such as ``km`` or ``t``; none for counts of
things and ranks) and its scale word.
Numbers are read as the language writes them (:func:`factcheck.values.read_number`),
words with text2num. A number of a name (``CAC 40``, ``COP 29``) or of an age group
(``voters under 30``, ``18- to 24-year-olds``, ``les 65 ans et plus``) is no figure,
nor is a time of day (``23 h 30``, a wire's ``2115 GMT``), a score (``battu Amiens
3-1``) or a bond's maturity (``the 10-year Treasury yield``). An English proportion in
words is a percentage (``about a fifth of`` is ``~20 %``); an amount in crore or lakh
is drafted in them, in any language (``Rs 500 crore`` is ``500 crore INR``, ``₹2 lakh
crore`` ``2 lakh crore INR``; ``Rs`` and rupees are by the source's territory, as the
value reader reads them), and a hedged time between two events (``about 20 minutes
later``) is a length, undated, with a note. A bare number after ``dont``, ``of which``
takes the unit of the figure it is part of (``18 mois de prison, dont 6 avec sursis``
is ``6 month``), and so does one with its own scale word (``18,4 millions de dollars,
dont 6,1 millions`` is ``6,1 million USD``). A price in fractions of a cent (``$3.83-3/4``)
is a claim without value whose note gives the decimal; so is any figure whose value
``verify`` would refuse (its note says why: bare ``tons``, metric or short?), but a price
per a unit ``verify`` refuses, which keeps its amount.
A person's age is in years (``aged 87``, ``Hélène Marchal, 58 ans``,
``deux jeunes de 19 et 20 ans``, ``Liam was 24.``, ``a two-year-old`` are ages, property
``age``), the year of a date with its day or month is never counted (``9 mars 2025 Mort
à Paris``), and a chart's number is its name's (``the UK top 40``), as is a whole number
next to a name of the text (``an Ariane 6 rocket``, the asteroid ``2118 Lysandra``; not
``3 Oscars``). A minus written before a number is its sign (``-110 °C``, ``−20 °C``); a
unit written as a symbol that the draft cannot write (``85 dB(A)``) leaves the figure
bare with a note saying so. A change, an anomaly or a gap of temperature is a difference
(``perdre 8 à 10 °C`` is ``-10 to -8 delta_degC``), the parts of a sum of money take its
currency (``14,6 millions d'euros ... 11,2 millions``), a change's first end the rate of
its second (``from £9,100 to £5,000 a year``), a conversion in brackets the hedge of what
it converts (``Up to 3 inches (75mm)``), and a tax rate's pence are percentage points
(``two 2p cuts to national insurance`` is ``2 pp``, with a note).

Each claim gets the smallest clause around its figure that appears in the text as
its ``quote`` (longer when that clause is printed twice and a little more context
tells the two apart), the date or period written in the same clause (or the only
one of its sentence) as its ``when``, an id made of the words around the figure, and
a ``subject`` and ``property`` where the sentence makes them obvious, ``"?"``
otherwise: the rule ``incomplete-claim`` reminds the editor. Dates that no figure
uses become claims of their own, without a value (``lancé en septembre 2012``); a birth
or a death among them (``né le 3 mars 1938``, a footer's ``died 12 January 2025``, a
chronology's ``9 mars 2025 Mort à Paris``, ``Marguerite Delorme (1927-2018)``) gets the
property ``birth`` or ``death``.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from factcheck.extract_claims import (
    PLACEHOLDER,
    Article,
    DraftClaim,
    age_after_a_name,
    make_ids_unique,
    proper_nouns,
    sentence_spans,
)
from factcheck.extract_dates import DateMention, read_dates
from factcheck.extract_figures import (
    Figure,
    Number,
    byline_word_count,
    currency_code,
    find_figures,
    find_fractions,
    looks_like_year,
    plural,
)
from factcheck.extract_words import ACRONYM_BEFORE, Words, local_words
from factcheck.quote_directions import READ_KINDS, direction_of, names_direction
from factcheck.text import quote_spans
from factcheck.units import SIGN_BEFORE_PATTERN
from factcheck.values import ValueSyntaxError, parse_value

if TYPE_CHECKING:
    from factcheck.model import Claim

__all__ = [
    "PLACEHOLDER",
    "Draft",
    "DraftClaim",
    "Recall",
    "extract",
    "make_ids_unique",
    "measure_recall",
    "quote_spans",
]


@dataclass(slots=True)
class Draft:
    """What :func:`extract` found: the claims in text order, and the byline's word count."""

    claims: list[DraftClaim]
    word_count: int | None = None


def extract(
    text: str,
    language: str,
    published: date | None = None,
    taken: Collection[str] = frozenset(),
) -> Draft:
    """Draft one claim per figure of ``text`` (and per date no figure uses), in text order.

    Ids are unique in the draft and avoid those in ``taken`` (the ids of the claim files
    next to the draft): ``staff`` taken there, the draft's is ``staff_2``.
    """
    words = local_words(language)  # "fr_CH": bare francs are Swiss
    code = language.replace("_", "-").split("-")[0].lower()
    count, byline = byline_word_count(text, words)
    figures = find_figures(text, code, words, byline)
    if code == "en":  # "about a fifth of", "a quarter of GDP" (French: not yet)
        figures = _with_fractions(figures, find_fractions(text, code, words))
    names = _names(text, words)
    names_of = functools.cache(lambda: proper_nouns(text, words))  # read once, if ever
    found = read_dates(text, language, published)
    dates = [d for d in found.mentions if not _inside(d.start, d.end, names)]
    # a number inside a date ("27 juillet", "2014", "Oct. 22-24") is the date's, unless a
    # unit, scale or hedge claims it; one of a name ("CAC 40") or an age group ("voters
    # under 30") is no figure
    spans = sorted([(d.start, d.end) for d in dates] + found.unread)
    # times of day ("23 h 30"), scores ("battu Amiens 3-1") and maturities ("the 10-year
    # Treasury yield") are no values
    # (not "10 in 87" of "the top 10 in 87 countries": a chart's number makes no proportion)
    unvalued = [s for s in _unvalued(text, words) if not _inside(s[0], s[0] + 1, names)]
    figures = [
        f
        for f in figures
        if (_measured(f) or not _inside(f.number.start, _numbers_end(f), spans))
        and not _inside(f.number.start, f.number.end, names)
        and not _inside(f.number.start, f.number.start + 1, unvalued)
        and not _named(text, f)
        and not _model(text, f)
        and not _named_by_word(text, f, words, names_of)
        and not _capital_number_word(text, f)
        and not _group(text, f, words)
        and not _product(text, f)
        and not _denominator(text, f)
        and not _year_of_a_day(f, dates)
        and not _school_year(f, dates)
        and not _time_after_dateline(text, f, dates)
    ]
    figures = _confidence_bands(text, figures)
    figures = _with_delays(text, figures, words)
    figures = _with_race_times(text, figures)
    if code == "fr":
        figures = _with_minutes(text, figures)
    _carry_units(text, figures, words)
    _vacant_posts(text, figures)
    _prices_per_area(text, figures, words)
    _pence_of_a_rate(text, figures)
    _rate_of_both_ends(text, figures)
    _hedge_of_conversions(text, figures)
    figures = _exchange_rates(text, figures, words)
    _mark_ages(text, figures, words)
    # "including three in intensive care" is three days when it is part of "nine days";
    # a number in words that takes no unit so is no figure ("including two of them")
    figures = [f for f in figures if not f.linked or f.lender is not None]
    for index, figure in enumerate(figures):  # "fell 3%" is -3 %, "a bid 15% lower" may not be
        following = figures[index + 1] if index + 1 < len(figures) else None
        said = direction_of(_to_index_level(text, figure, following), figure, code)
        figure.fall = said is not None and said.sign < 0 and not _level(text, figure, words)
        if figure.number.minus or (figure.upper is not None and figure.upper.minus):
            figure.fall = False  # "fell to -5 °C": the text wrote its sign, a level
        if figure.fall and said is not None and said.compared:
            # "3.1% fewer than the five-year average", "a bid 15% lower": signed as verify's
            # sign-matches-quote reads it, with a note for the editor who keeps the size
            figure.compared = " ".join(text[said.start : said.end].split())
        if said is None and figure.kind in _SIZED_KINDS:
            _sized_fall(text, figure, code, words)
    _temperature_changes(text, figures, code)
    covered = bytearray(len(text))  # 1 where a figure stands
    for f in figures:
        covered[f.start : f.end] = b"\1" * (f.end - f.start)
    dates = [d for d in dates if not any(covered[d.start : d.end])]
    # a price in fractions of a cent ("12-3/4 cents", "$3.83-3/4"): one claim with a note
    figures = _with_cent_fractions(text, figures)
    # a form verify refuses ("1,897 ppb", "£58.87/MWh") is never drafted as another: a
    # rate loses what it is per (said in its note), anything else its value (said too)
    for figure in figures:
        if not figure.withheld and not _readable(figure.value, language):
            _withhold(text, figure, language)
        elif not figure.withheld:
            _withhold_old_money(text, figure)
    starts = [f.number.start for f in figures]
    kinds = [f.kind for f in figures]
    for f in figures:  # "5 dB(A)": a unit it cannot read is said, never dropped in silence
        f.unread_unit = _unread_unit(text, f, words)
    article = Article(text, language, words, published, dates, found.unread, starts, kinds)
    article.bounds = found.bounds
    claims = [article.figure_claim(figure) for figure in figures]
    _name_prices_per_unit(claims, figures)
    _stamp_entries(text, claims, words)
    _attribute(text, claims)
    claims += article.date_claims()
    claims.sort(key=lambda claim: claim.position)
    make_ids_unique(claims, set(taken))
    return Draft(claims, count)


_AGE_MAX = 125  # no one is older: a larger number after "at" is no age

# counts and amounts: "cut 2,000 jobs" gives the size of a fall, "42 classes en moins" a
# difference; either way the draft says which it took
_SIZED_KINDS = frozenset({"count", "person", "currency"})
_TIMES_AFTER = re.compile(r"\s*(?:fois|times)(?!\w)", re.IGNORECASE)
_BOUND_AFTER = re.compile(r"\s*(?:de|d['’]|than)\s*\d")


def _sized_fall(text: str, figure: Figure, code: str, words: Words) -> None:
    """Sign a count or an amount the text says is fewer, and note a fall's size.

    "un solde de 42 classes en moins", "1 470 élèves de moins", "2,000 fewer staff" are a
    difference, drafted -42, -1 470, -2,000 (a note keeps the size for a property named
    after the fall); "la baisse de 2,3 millions d'euros des dotations", "cut 2,000 jobs"
    give the size of a fall, drafted as written with a note giving the signed change.
    """
    if figure.number.minus or figure.upper is not None or figure.comparator:
        return
    if _TIMES_AFTER.match(text, figure.number.end):
        return  # "40 fois inférieure à la norme": a factor, never a negative one
    said = direction_of(text, figure, code, _SIZED_KINDS)
    if said is None or said.sign > 0 or _level(text, figure, words):
        return
    if said.compared and _BOUND_AFTER.match(text, said.end):
        return  # "3 000 jeunes de moins de 25 ans": a bound of the noun, no difference
    written = " ".join(text[said.start : said.end].split())
    if said.compared:
        size = figure.value
        figure.fall = True
        figure.caveat = (
            f'"{written}" says fewer: drafted as a difference ({figure.value}); to keep its'
            f" size ({size}), name the property after the direction (..._fewer, ..._cut)"
        )
        return
    signed = dataclasses.replace(figure, fall=True).value
    figure.caveat = (
        f'"{written}" says a fall: drafted as its size; if the property is the change'
        f" (..._change), write {signed}"
    )


# A time of day right after a dateline's date: "Tue 16 Jun 2026 17.45", "14 March, 17:40"
_DATELINE_TIME = re.compile(r"[\s,]*(?:à\s+|at\s+)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d.,:])")


def _time_after_dateline(text: str, figure: Figure, dates: Sequence[DateMention]) -> bool:
    """Whether a bare figure is the time of day of the date right before it: no figure."""
    if figure.strong and figure.unit:
        return False
    index = bisect.bisect_right([d.end for d in dates], figure.number.start) - 1
    if index < 0:
        return False
    found = _DATELINE_TIME.match(text, dates[index].end)
    return found is not None and found.end() == figure.number.end


def _with_delays(text: str, figures: list[Figure], words: Words) -> list[Figure]:
    """Add the delays written as a time in parts: "2 h 15 de retard" is ``2 h 15``.

    A time in parts is otherwise no figure (a time of day, a race's time): only before
    the words of a delay is it a length the draft can write.
    """
    taken = [(f.start, f.end) for f in figures]
    added = []
    for found in re.finditer(words.delays, text, re.IGNORECASE):
        start, end = found.span("time")
        if any(low < end and start < high for low, high in taken):
            continue
        hours = found.group("hours")
        number = Number(start, start + len(hours), Decimal(hours), hours, words=False)
        added.append(Figure(number, start, end, unit="h", kind="duration", rest=found["minutes"]))
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# A race's time in parts, with its seconds: "2 h 05 min 48 s", "1 min 27 s", "2hr 1min
# 12sec", "4min 18.2sec", "47 minutes 12 seconds", "2:05:48" (not "23 h 30", a time of day,
# nor "2 h 15 de retard", a delay)
_RACE_TIME = re.compile(
    r"(?<![\w.,:])(?:\d{1,3}\s?h\s?\d{1,2}\s?(?:min|mn)\s?\d{1,2}(?:[.,]\d+)?\s?s"
    r"|\d{1,3}\s?(?:min|mn)\s?\d{1,2}(?:[.,]\d+)?\s?s"
    r"|\d{1,2}\s?hrs?\s?\d{1,2}\s?mins?\s?\d{1,2}(?:\.\d+)?\s?secs?"
    r"|\d{1,3}\s?mins?\s?\d{1,2}(?:\.\d+)?\s?secs?"
    r"|\d{1,3}\s+(?:hours?|heures?|minutes?)\s+(?:and\s+|et\s+)?\d{1,2}\s+"
    r"(?:minutes?|seconds?|secondes?)"
    r"|\d{1,2}:[0-5]\d:[0-5]\d(?:[.,]\d+)?)(?![\w'’:])",
    re.IGNORECASE,
)

# a pace, which no value writes yet: "2 min 54 s au kilomètre", "2min 52sec per kilometre"
_PACE_AFTER = re.compile(
    r"\s*(?:/\s?(?:km|mi)|(?:au|par|per|a|an|each)\s+(?:kilomètre|km|kilometre|kilometer|mile|"
    r"miles?|100\s?m))(?!\w)",
    re.IGNORECASE,
)


def _with_race_times(text: str, figures: list[Figure]) -> list[Figure]:
    """Add a race's times as one value each: "2 h 05 min 48 s" is ``2 h 05 min 48 s``.

    Never in fragments ("2", "05" and "48 s" of "2:05:48"): the figures inside a time
    give way to it, as ``verify`` reads the whole (7,548 seconds).
    """
    if not any(c.isdigit() for c in text):
        return figures
    times = [m for m in _RACE_TIME.finditer(text) if not _PACE_AFTER.match(text, m.end())]
    if not times:
        return figures
    spans = [m.span() for m in times]
    kept = [f for f in figures if not any(lo < f.end and f.start < hi for lo, hi in spans)]
    for found in times:
        start, end = found.span()
        first = re.match(r"\d+", found.group())
        assert first is not None  # the pattern opens on digits
        written = " ".join(found.group().split())
        number = Number(start, end, Decimal(first.group()), written, words=False)
        kept.append(Figure(number, start, end, kind="duration"))
    return sorted(kept, key=lambda f: f.start)


def _name_prices_per_unit(claims: list[DraftClaim], figures: list[Figure]) -> None:
    """Name a price per unit after its unit where an amount has the same property.

    "costs about $4.60 to grow a bushel, and total costs of $1,180 an acre": ``cost`` and
    ``cost_per_acre``, never two claims of ``cost`` in two units, which consistent-units
    reports. A price alone keeps its property ("1,80 euro par litre" is ``cost``).
    """
    plain = {
        c.property
        for c, f in zip(claims, figures, strict=True)
        if f.kind == "currency" and "/" not in f.unit
    }
    for claim, figure in zip(claims, figures, strict=True):
        per = figure.unit.partition("/")[2]
        if figure.kind == "currency" and per and claim.property in plain - {PLACEHOLDER}:
            claim.property = f"{claim.property}_per_{per.replace('/', '_per_')}"


# The minutes after hours, ending the phrase: "un drame de deux heures vingt", "2 heures 20"
_MINUTES_AFTER = re.compile(
    r"[ \u00a0](?P<minutes>[1-5]?\d|dix|quinze|vingt|trente|quarante|cinquante"
    r"|(?:vingt|trente|quarante|cinquante)-cinq)(?=\s*(?:[.,;:!?)»]|$))",
    re.IGNORECASE,
)
_MINUTE_WORDS = {"dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40}
_MINUTE_WORDS |= {"cinquante": 50, "vingt-cinq": 25, "trente-cinq": 35}
_MINUTE_WORDS |= {"quarante-cinq": 45, "cinquante-cinq": 55}


def _with_minutes(text: str, figures: list[Figure]) -> list[Figure]:
    """Add the minutes French writes after hours: "deux heures vingt" is ``2 hour 20 minute``.

    Never ``2 hour`` and a count of 20: the length is one value (140 minutes to verify).
    """
    minutes_at: set[int] = set()
    for figure in figures:
        if figure.kind != "duration" or figure.unit != "hour" or figure.rest:
            continue
        if figure.upper is not None or figure.comparator:
            continue
        found = _MINUTES_AFTER.match(text, figure.end)
        if found is None:
            continue
        written = found.group("minutes").lower()
        minutes = int(written) if written.isdigit() else _MINUTE_WORDS[written]
        if minutes >= 60:
            continue
        figure.rest, figure.end = f"{minutes} minute", found.end()
        minutes_at.add(found.start("minutes"))
    return [f for f in figures if f.number.start not in minutes_at]


# An entry of a live blog: a time of day opening a line, then a full stop or the line's end
# ("14 h 32. Le préfet évoque", "3.48pm BST")
_ENTRY = re.compile(
    r"^[ \t]*(?P<time>(?:[01]?\d|2[0-3])(?:\s?h\s?[0-5]\d|[.:][0-5]\d\s?(?:[ap]\.?m\.?)?))"
    r"(?:\s?[A-Z]{2,4})?[ \t]*(?:\.[ \t]|$)",
    re.MULTILINE,
)


# Reported speech: "a affirmé la ministre", "déclare-t-il", "said", "told the BBC"
_SAID = re.compile(
    r"(?<!\w)(?:(?:a|ont|avait|avaient)\s+(?:affirmé|déclaré|dit|assuré|annoncé|promis|"
    r"martelé|lancé|estimé|expliqué|indiqué|confié|souligné|répété)|affirme|déclare|assure|"
    r"promet|martèle|estime|explique|indique|confie|souligne|"
    r"said|says|told|claimed|claims|insisted|insists|stated|declared|promised|pledged)(?!\w)"
)
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")
_NAME = r"(?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?:de\s+|du\s+|d['’]|van\s+|von\s+)?(?-i:[A-ZÀ-Ý][\w'’-]+))*"
# the speaker after the verb ("a affirmé la ministre Élisabeth Borne", "said Mr Smith")
# or before it ("Tom Bradley said"); a pronoun or a sentence's first word is none
_SPEAKER_AFTER = re.compile(rf"(?:-t-)?\s*(?:[^\W\d_A-ZÀ-Ý][\w'’-]*\s+){{0,4}}?(?P<name>{_NAME})")
_SPEAKER_BEFORE = re.compile(rf"(?P<name>{_NAME})\s*,?\s*$")
_NO_SPEAKER = frozenset({"He", "She", "They", "It", "We", "I", "Il", "Elle", "Ils", "Elles", "On"})


def _attribute(text: str, claims: list[DraftClaim]) -> None:
    """Name who said a quoted statement: ``attributed_to``, ``"?"`` where no name is written.

    A figure is a statement when its sentence reports speech ("a affirmé", "said") or the
    figure stands inside quotation marks; the speaker is the name right after the verb
    ("a affirmé la ministre Élisabeth Borne") or right before it ("Tom Bradley said").
    """
    spans = sentence_spans(text)
    starts = [start for start, _ in spans]
    speakers: dict[int, str | None] = {}  # by sentence: each read once
    for claim in claims:
        if claim.value is None:
            continue
        index = bisect.bisect_right(starts, claim.position) - 1
        if index < 0:
            continue
        start, end = spans[index]
        quoted = (
            any(
                m.start() < claim.position - start < m.end()
                for m in _QUOTED.finditer(text, start, end)
            )
            if "«" in text[start:end] or '"' in text[start:end] or "“" in text[start:end]
            else False
        )
        if index not in speakers:
            speakers[index] = _speaker(text, start, end)
        speaker = speakers[index]
        if speaker is not None or quoted:
            claim.attributed_to = speaker or PLACEHOLDER


def _speaker(text: str, start: int, end: int) -> str | None:
    """The speaker of a sentence that reports speech, ``"?"`` if unnamed; ``None`` if none."""
    verb = _SAID.search(text, start, end)
    if verb is None:
        return None
    after = _SPEAKER_AFTER.match(text, verb.end(), end)
    if after is not None and after.group("name") not in _NO_SPEAKER:
        return after.group("name")
    before = _SPEAKER_BEFORE.search(text, start, verb.start())
    if before is not None and before.group("name") not in _NO_SPEAKER:
        name = before.group("name")
        if before.start() > start or " " in name:  # "The said": a sentence's first word
            return name
    return PLACEHOLDER


def _stamp_entries(text: str, claims: list[DraftClaim], words: Words) -> None:
    """Give each figure under a live blog's entry its timestamp: ``as_of: "14 h 32"``.

    The tolls of one day differ by the entry that gives them, not by their ``when``. A
    text needs two entries or more to be a live blog: one time opening a line is a dateline.
    """
    entries = [(m.start(), " ".join(m.group("time").split())) for m in _ENTRY.finditer(text)]
    if len(entries) < 2:
        return
    starts = [start for start, _ in entries]
    for claim in claims:
        index = bisect.bisect_right(starts, claim.position) - 1
        if index >= 0 and claim.value is not None and "as_of" not in claim.qualifiers:
            claim.qualifiers["as_of"] = entries[index][1]


def _mark_ages(text: str, figures: list[Figure], words: Words) -> None:
    """Mark the ages of persons, and write the bare ones in years.

    "aged 87", "Dies at 85", "In 1955, at 18, she", "He was 85.", "would have turned 29",
    "Daniel Hirst, 52, of Keighley" are ``87 year`` to ``52 year``, as the age rule reads
    them (a bare number beside an age in years is no unit of its own for consistent-units);
    "à 30 ans", "à l'âge de 87 ans", "the 34-year-old" were years already. Not "un prêt à
    20 ans", "condamné à 10 ans de prison", "closed at 80".
    """
    leads = [
        (
            re.compile(rf"(?:{lead})\s+$", re.IGNORECASE | re.MULTILINE),
            re.compile(after, re.IGNORECASE | re.MULTILINE),
        )
        for lead, after in words.age_leads
    ]
    not_lead = re.compile(words.not_age_leads, re.IGNORECASE)
    not_after = re.compile(words.not_age_after, re.IGNORECASE)
    old = re.compile(words.age_after, re.IGNORECASE)
    for figure in figures:
        number = figure.number
        bare = figure.kind == "count" and not (figure.unit or figure.scale or figure.comparator)
        years = figure.kind == "duration" and figure.unit == "year" and not figure.scale
        if not (bare or years) or figure.upper is not None or number.ordinal or number.minus:
            continue
        if number.figure != number.figure.to_integral_value() or number.figure > _AGE_MAX:
            continue
        if not_after.match(text, number.end):
            continue
        found = years and old.match(text, number.end) is not None
        low = max(0, number.start - 40)
        for lead, after in leads:
            match = lead.search(text, low, number.start)
            if match is None or not after.match(text, number.end):
                continue
            if not_lead.search(text, max(0, match.start() - 30), match.start()) is None:
                found = True
                break
        if not found and (bare or years) and age_after_a_name(text, figure, words):
            found = True  # "Daniel Hirst, 52,", "Abdel Fattah Al-Burhane, 64 ans,"
        if not found and bare and _named_was(text, figure, words):
            found = True
        if found:
            figure.age = True
            figure.kind, figure.unit = "duration", "year"


# "Liam was 24.": a name, "was" or "is", the number ending the sentence
_NAME_WAS = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]+)\s+(?:was|is)\s+$")


def _named_was(text: str, figure: Figure, words: Words) -> bool:
    """Whether a bare number is an age said of a person by name: "Liam was 24." (en).

    The name is one met inside a sentence of the text (not "Turnout was 34." opening one).
    """
    if figure.number.words or figure.end != figure.number.end:
        return False
    found = _NAME_WAS.search(text, max(0, figure.start - 40), figure.start)
    if found is None or found.group(1).lower() in words.stopwords:
        return False
    if not re.match(r"\s*(?:[.;]|$)", text[figure.end : figure.end + 2]):
        return False
    return found.group(1) in proper_nouns(text, words)


def _to_index_level(text: str, figure: Figure, following: Figure | None) -> str:
    """The text to read a figure's direction in: "dropped 1.1% to 9,698.37 points" is -1.1 %.

    The points an index falls to are a level, not a second rate: read without them, the
    figure is the fall its verb says. Any other text is read whole.
    """
    if following is None or following.kind != "points" or following.unit:
        return text
    if not re.fullmatch(r"\s*(?:to|à|at)\s+", text[figure.end : following.start], re.I):
        return text
    return text[: figure.end]


_SCORE_REACH = 200  # characters around a score where the words of a match may stand


def _unvalued(text: str, words: Words) -> list[tuple[int, int]]:
    """Spans whose numbers are no figures, in order: times of day, scores, maturities.

    "23 h 30", "à 21 heures", "9:30 a.m."; "3-1" and "1-0" in a sentence about a match
    ("battu Amiens 3-1", "1-0 à la pause"); "the 10-year Treasury yield", "l'OAT à 10 ans".
    """
    found = [m.span() for m in re.finditer(words.clock_times, text, re.IGNORECASE)]
    found += [m.span() for m in re.finditer(words.no_values, text, re.IGNORECASE)]
    score = re.compile(r"(?<![\w.,/-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w%/-]|[.,]\d|\s?%)")
    context = re.compile(rf"(?<!\w)(?:{words.score_words})(?!\w)", re.IGNORECASE)
    for match in score.finditer(text):
        noun = re.match(r"\s+([^\W\d_]+)", text[match.end() : match.end() + 30])
        if noun and plural(noun.group(1)) and noun.group(1).lower() not in words.stopwords:
            continue  # "2-3 goals": a range of things
        # the words of its sentence, within a bounded reach: a line of scores stays linear
        if _in_a_match(text, match.start(), match.end(), context):
            found.append(match.span())
    for match in _MATCH_MINUTE.finditer(text):  # "à la 38e", "(48th)": a goal's minute
        if _in_a_match(text, match.start(), match.end(), context):
            found.append(match.span())
    for match in re.finditer(words.maturities, text, re.IGNORECASE):
        found.append(match.span("years"))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _in_a_match(text: str, start: int, end: int, context: re.Pattern[str]) -> bool:
    """Whether the words of a match stand in the sentence of a stretch, within a reach."""
    low, high = max(0, start - _SCORE_REACH), end + _SCORE_REACH
    stop = max(text.rfind(mark, low, start) for mark in ".!?\n")
    low = stop + 1 if stop >= 0 else low
    ends = [i for i in (text.find(mark, end, high) for mark in ".!?\n") if i >= 0]
    return context.search(text, low, min(ends, default=min(high, len(text)))) is not None


# A goal's or a try's minute, its noun left out: "n'égalise à la 38e", "sur penalty à la
# 90e+3", "Dan Sheehan (48th)", "(90+3)", "the 90+3rd minute" (the minute 93); "à la 3e
# place" is a rank
_ORDINAL_MARK = r"(?:e|ème|st|nd|rd|th)"
_ADDED_TIME = rf"\d{{1,3}}{_ORDINAL_MARK}?\s?\+\s?\d{{1,2}}{_ORDINAL_MARK}?(?![\w+])"
_MINUTE = rf"(?:{_ADDED_TIME}|\d{{1,3}}{_ORDINAL_MARK}(?![\w+]))"
_MATCH_MINUTE = re.compile(
    rf"\(\s*{_MINUTE}\s*\)|(?<![\w.,]){_ADDED_TIME}|(?<!\w)à\s+la\s+{_MINUTE}"
    r"(?!\s+(?:place|position|rang|ex|sur|de|des|du)(?!\w))",
    re.IGNORECASE,
)


_DIFFERENCES = {"°C": "delta_degC", "°F": "delta_degF", "K": "delta_K"}
# an anomaly: "un écart de +3,2 °C", "an anomaly of 1.2C"
_ANOMALY_BEFORE = re.compile(
    r"(?<!\w)(?:écarts?|anomalies?|anomaly|anomalies|deviation|différence|difference)\s+"
    r"(?:de\s+|d['’]\s*|of\s+)?(?:[+−–-]\s*)?$",
    re.IGNORECASE,
)
# "+3,2 °C à la normale", "1.2C above the 1991-2020 average"
_ANOMALY_AFTER = re.compile(
    r"\s+(?:(?:au-|en\s+)?dessus\s+|(?:au-|en\s+)?dessous\s+|par\s+rapport\s+|above\s+|"
    r"below\s+)?(?:à|de|du|aux?|des|the|its|their|)\s*(?:la\s+|les\s+)?"
    r"(?:normales?|moyennes?|average|norm(?:al)?|long-term\s+average)(?!\w)",
    re.IGNORECASE,
)
# "à 2 °C de son record", "within 2C of its record", "2C short of the record": a gap
_GAP_BEFORE = re.compile(r"(?<!\w)(?:à|within)\s+(?:[~≈]\s*)?$", re.IGNORECASE)
_GAP_AFTER = re.compile(
    r"\s+(?:(?:short\s+)?of|de|du|d['’])\s*(?:son|sa|ses|leur|leurs|its|their|the|l['’])?\s*"
    r"(?:record|maximum|pic|peak|plus\s+haut)(?!\w)",
    re.IGNORECASE,
)


def _temperature_changes(text: str, figures: list[Figure], code: str) -> None:
    """Write a change, an anomaly or a gap of temperature as a difference: ``delta_degC``.

    "Les températures devraient perdre 8 à 10 °C" is ``-10 to -8 delta_degC``, "un écart de
    +3,2 °C à la normale" ``3,2 delta_degC``, "s'est réchauffée de 1,7 °C" ``1,7
    delta_degC``: a temperature is a level (``-20 °C`` is twenty degrees below zero), and a
    check comparing a change with it would compare 3,2 °C, 37,8 °F. "À 2 °C de son record
    du 23 juillet 2019" is a gap, drafted ``2 delta_degC`` without the record's date. A
    sign alone says no change ("-5 °C", "de -2 à +3 °C" are levels).
    """
    for figure in figures:
        difference = _DIFFERENCES.get(figure.unit)
        if difference is None or figure.kind != "measure":
            continue
        signed = text[max(0, figure.start - 1) : figure.start + 1].strip()[:1] in "+-−–"
        said = direction_of(text, dataclasses.replace(figure, kind="temperature"), code, READ_KINDS)
        moved = said is not None and not signed and not figure.number.minus
        anomaly = _ANOMALY_BEFORE.search(text, max(0, figure.start - 30), figure.start) or (
            _ANOMALY_AFTER.match(text, figure.end)
        )
        lead = _GAP_BEFORE.search(text, max(0, figure.start - 10), figure.start)
        gap = _GAP_AFTER.match(text, figure.end) if lead is not None else None
        if not (moved or anomaly or gap):
            continue
        figure.unit = difference
        if moved and said is not None and said.sign < 0:
            figure.fall = True  # "devraient perdre 8 à 10 °C": -10 to -8 delta_degC
        if gap is not None and lead is not None:
            figure.gap = " ".join(text[lead.start() : gap.end()].split())


def _carry_units(text: str, figures: list[Figure], words: Words) -> None:
    """Give a bare figure after "dont", "of which" the unit of the figure it is part of.

    "18 mois de prison, dont 6 avec sursis": the 6 is 6 months; "12 millions d'euros, dont
    3 pour la voirie": 3 million EUR. Only a count, duration, amount or measurement lends
    its unit, from the same sentence.
    """
    link = re.compile(rf"[\s,(]*(?:{words.carry_links})\s+$", re.IGNORECASE)
    for before, figure in itertools.pairwise(figures):
        if figure.unit or figure.kind != "count" or not before.unit:
            continue
        gap = text[before.end : figure.start]
        if len(gap) > 80 or re.search(r"[.!?;:\n]", gap):
            continue
        if _part_after_link(text, before, figure, gap, link, words):
            figure.kind, figure.unit = before.kind, before.unit
            if not figure.scale:  # "dont 6,1 millions": the scale word stays the figure's
                figure.end = _numbers_end(figure)
            figure.lender = before.start
            if before.kind in ("currency", "measure") and not (figure.scale or figure.number.scale):
                figure.scale = before.scale
        elif before.kind not in ("person", "currency"):
            continue
        elif figure.scale and before.kind == "currency" and figure.scale == before.scale:
            if re.search(r"\(\s*$", gap):
                # "1,2 milliard d'euros par rapport à 2024 (62,4 milliards)": euros too
                figure.kind, figure.unit = before.kind, before.unit
        elif (
            before.lender is not None
            and figure.end == _numbers_end(figure)
            and not figure.scale
            and _AND_THEN.search(gap)
        ):
            # "dont 2 200 dans le premier degré et 800 dans le second": persons too
            figure.kind, figure.unit, figure.lender = before.kind, before.unit, before.lender
    _parts_of_an_amount(text, figures)
    # "âgés de 22 et 19 ans", "2 or 3 million tonnes": the first takes the unit of the last
    listed = re.compile(r"\s*(?:,|et|and|ou|or)\s*", re.IGNORECASE)
    for figure, after in reversed(list(itertools.pairwise(figures))):
        if figure.unit or figure.scale or figure.kind != "count" or figure.end != figure.number.end:
            continue
        if after.kind not in ("person", "duration", "currency", "measure") or not after.unit:
            continue
        if after.comparator or after.upper is not None or after.start != after.number.start:
            continue  # "$3 and $4": each its own sign; "2 and more than 3 years": two hedges
        if not listed.fullmatch(text, figure.end, after.start):
            continue
        figure.kind, figure.unit = after.kind, after.unit
        if after.kind in ("currency", "measure") and not figure.number.scale:
            figure.scale = after.scale


_AREAS = ("m²", "km²")  # the areas a price is per: "9 420 € le m²"
_AREA_FACTOR = 10  # amounts further apart than this are no prices of one area unit


def _prices_per_area(text: str, figures: list[Figure], words: Words) -> None:
    """Give a sentence's bare amounts the area its prices are per, when it is clearly theirs.

    "le prix médian atteint 5 310 euros le mètre carré, et en grande couronne, à 3 280
    euros": the 3 280 is EUR/m² too, as are the 9 830 of "le mètre carré parisien se
    négociait encore à 9 830 euros" and the 9 500 of "le prix du mètre carré repasse sous
    les 9 500 euros". The area is the sentence's first amount's, or said before its first
    amount apart from any figure; only when every amount of the sentence is in the same
    currency without a scale word ("1,2 million d'euros" is a total), none is an area
    ("un 65 m²"), and none is ten times another (a flat's price beside its m²'s).
    """
    pattern, area = words.area_prices
    per_area = [f for f in figures if f.kind == "currency" and f.unit.endswith(_AREAS)]
    phrases = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)] if area else []
    if not per_area and not phrases:
        return
    for start, end in sentence_spans(text):
        inside = [f for f in figures if start <= f.number.start < end]
        amounts = [f for f in inside if f.kind == "currency"]
        if not amounts or any(f.kind == "measure" and f.unit in _AREAS for f in inside):
            continue
        first = amounts[0]
        code, _, per = first.unit.partition("/")
        if per in _AREAS:
            unit = first.unit
        elif per or not any(
            start <= low and high <= first.start and not any(f.start <= low < f.end for f in inside)
            for low, high in phrases
        ):
            continue
        else:
            unit = f"{code}/{area}"
        if any(f.unit not in (code, unit) or f.scale or f.number.scale for f in amounts):
            continue
        sizes = [f.number.figure for f in amounts if f.number.figure > 0]
        if not sizes or max(sizes) > min(sizes) * _AREA_FACTOR:
            continue
        for figure in amounts:
            figure.unit = unit


# "from £9,100 to £5,000 a year", "de 1 200 à 1 500 euros par mois": a change's two ends
_INTERVAL = r"(?-i:CI|IC)|(?:confidence|credible)\s+intervals?|intervalles?\s+de\s+confiance"
# "(95% CI 0.72-0.90)", "IC à 95 % : 0,72-0,90": the interval's ends lie after its name
_BAND_BEFORE = re.compile(
    rf"(?<!\w)(?:{_INTERVAL})(?:\s*(?:à|at|of)?\s*\d+(?:[.,]\d+)?\s?%)?[\s:,=]*"
    r"(?:(?:de|from|entre|between)\s+)?$",
    re.IGNORECASE,
)
_LEVEL_AFTER = re.compile(rf"\s*(?:{_INTERVAL})(?!\w)", re.IGNORECASE)  # "95% CI"
_LEVEL_BEFORE = re.compile(rf"(?<!\w)(?:{_INTERVAL})\s*(?:à|at|of)?\s*$", re.IGNORECASE)


# a band of two rates, each end a policy's figure: "3.50%-3.75%" (the % at each end, a
# dash between), or a rate range after "target range", "fourchette cible"
_PERCENT_DASH = re.compile(r"\s?%\s?[-–]\s?")
_TARGET_BEFORE = re.compile(
    r"(?<!\w)(?:(?:target|policy)\s+(?:range|band)|fourchette\s+(?:cible|de\s+taux))"
    r"(?:\s+[^\W\d_]+){0,6}\s+(?:of|to|at|de|à|entre|between)\s+$",
    re.IGNORECASE,
)


def _band(text: str, figure: Figure) -> bool:
    """Whether a range is a band of two figures (a confidence interval, a target range)."""
    if figure.upper is None:
        return False
    if _BAND_BEFORE.search(text, max(0, figure.start - 40), figure.start):
        return True
    if figure.kind != "percent" or figure.comparator:
        return False
    dash = _PERCENT_DASH.fullmatch(text, figure.number.end, figure.upper.start)
    return dash is not None or bool(
        _TARGET_BEFORE.search(text, max(0, figure.start - 80), figure.start)
    )


def _confidence_bands(text: str, figures: list[Figure]) -> list[Figure]:
    """Draft a band as its two ends, and a confidence interval's level as no figure.

    "a hazard ratio of 0.80 (95% CI 0.72-0.90)" is 0.72 and 0.90, two claims (a band of
    two figures, as the value grammar writes it), never a range 0.72 to 0.90 nor a 95 %;
    so is a target range ("narrowed its range to 4.25%-4.50%", "a target range of 3.50 to
    3.75%"), so that a cut of 25 basis points is checked on each end. Each end says which
    it is in the qualifier ``end`` (``lower``, ``upper``).
    """
    kept: list[Figure] = []
    for figure in figures:
        if (
            figure.kind == "percent"
            and figure.upper is None
            and (
                _LEVEL_AFTER.match(text, figure.end)
                or _LEVEL_BEFORE.search(text, max(0, figure.start - 40), figure.start)
            )
        ):
            continue  # the interval's level: 95 % of what, no claim says
        upper = figure.upper
        if upper is None or not _band(text, figure):
            kept.append(figure)
            continue
        lower_end = figure.number.end
        if figure.kind == "percent" and text[lower_end : lower_end + 2].strip().startswith("%"):
            lower_end = text.index("%", lower_end) + 1
        kept.append(dataclasses.replace(figure, upper=None, end=lower_end, band_end="lower"))
        kept.append(
            dataclasses.replace(
                figure, number=upper, upper=None, start=upper.start, band_end="upper"
            )
        )
    return kept


_FROM = re.compile(r"(?<!\w)(?:from|de|d['’]|du)\s*$", re.IGNORECASE)
_TO = re.compile(r"\s*(?:to|à|au)\s*", re.IGNORECASE)


def _rate_of_both_ends(text: str, figures: list[Figure]) -> None:
    """Give the first end of a from-to change the unit and rate the second writes.

    "will fall from £9,100 to £5,000 a year" is 9,100 GBP/year and 5,000 GBP/year: a
    difference of the two is decidable, where 9,100 GBP and 5,000 GBP/year are not; "passe
    de 900 à 1 000 euros par mois" is 900 EUR/month, never a bare 900.
    """
    for first, second in itertools.pairwise(figures):
        base, slash, _ = second.unit.partition("/")
        bare = first.kind == "count" and not first.unit and first.end == first.number.end
        if not (slash and first.unit == base and first.kind == second.kind) and not (
            bare and second.kind in ("currency", "measure") and second.unit
        ):
            continue
        if not _TO.fullmatch(text, first.end, second.start):
            continue
        if _FROM.search(text, max(0, first.start - 10), first.start) is None:
            continue
        first.kind, first.unit = second.kind, second.unit
        if bare and not first.scale and not first.number.scale:
            first.scale = second.scale  # "de 1,2 à 1,5 million d'euros": 1,2 million EUR


# An exchange rate's other currency: "1,1612 dollar pour un euro", "$1.29 to the pound"
# (a word: "to $1.35" is a change's end), or the one unit it equals: "1 euro = 1,16 dollar"
_RATE_BASES: dict[int, re.Pattern[str]] = {}
_EQUALS = re.compile(r"\s*=\s*")


def _rate_base(words: Words) -> re.Pattern[str]:
    """The words of a rate's other currency after an amount, built once per word table."""
    found = _RATE_BASES.get(id(words))
    if found is None:
        names = "|".join(f"(?:{pattern})" for pattern, _ in words.currencies)
        found = re.compile(
            r"\s*(?:pour|par|per|to|for|face\s+à)\s+(?:(?:un|une|one|a|the|l['’]|le|la|1)\s*)?"
            rf"(?=[^\W\d_])(?P<base>{names})(?![\w'’])(?!\s*\d)",
            re.IGNORECASE,
        )
        _RATE_BASES[id(words)] = found
    return found


def _exchange_rates(text: str, figures: list[Figure], words: Words) -> list[Figure]:
    """Write an exchange rate as one currency per another: "1,1612 USD/EUR", "1.29 USD/GBP".

    "au cours moyen de 1,1612 dollar pour un euro", "at $1.29 to the pound", "1 euro =
    1,16 dollar" give one rate, never an amount of dollars and a figure of one euro.
    """
    plain = [f for f in figures if f.kind == "currency" and f.unit and not f.scale]
    if not plain or not any(
        f.per or _EQUALS.match(text, f.end) or _rate_base(words).match(text, f.end) for f in plain
    ):
        return figures
    dropped: set[int] = set()
    for index, figure in enumerate(figures):
        if figure.kind != "currency" or not figure.unit or figure.scale or "/" in figure.unit:
            continue
        if figure.per:  # "0.87 pounds per euro", read as a rate of a unit it cannot write
            rate = _rate_base(words).fullmatch(" " + figure.per)
            base = "" if rate is None else currency_code(rate.group("base"), words)
            if base and base != figure.unit:
                figure.unit, figure.per = f"{figure.unit}/{base}", ""
            continue
        rate = _rate_base(words).match(text, figure.end)
        if rate is not None:
            base = currency_code(rate.group("base"), words)
            if base and base != figure.unit:
                figure.unit, figure.end = f"{figure.unit}/{base}", rate.end()
                dropped.update(
                    i for i, f in enumerate(figures) if figure.start < f.start < rate.end()
                )
            continue
        following = figures[index + 1] if index + 1 < len(figures) else None
        equals = _EQUALS.match(text, figure.end)
        if equals is None or following is None or following.start != equals.end():
            continue
        if (
            figure.number.figure == 1
            and following.kind == "currency"
            and not following.scale
            and following.unit not in ("", figure.unit)
            and "/" not in following.unit
        ):  # "1 euro = 1,16 dollar"
            following.unit = f"{following.unit}/{figure.unit}"
            dropped.add(index)
    return [f for i, f in enumerate(figures) if i not in dropped]


def _hedge_of_conversions(text: str, figures: list[Figure]) -> None:
    """Give a conversion in brackets the hedge of the figure it converts.

    "Up to 3 inches (75mm) of rain" is ``<=3 inch`` and ``<=75 mm``, never an exact 75 mm;
    "about 20 miles (32km)" is ``~32 km`` too. Only a measurement or an amount right after
    another of the same kind, alone in its brackets.
    """
    for first, second in itertools.pairwise(figures):
        if not first.comparator or second.comparator or first.kind != second.kind:
            continue
        if first.kind not in ("measure", "currency") or first.unit == second.unit:
            continue
        if re.fullmatch(r"\s*\(\s*", text[first.end : second.start]) and re.match(
            r"\s*\)", text[second.end : second.end + 3]
        ):
            second.comparator = first.comparator


# a tax rate, whose "2p" is pence in the pound: percentage points
_TAX_RATE = re.compile(
    r"(?<!\w)(?:national\s+insurance|NICs?|income\s+tax|(?:basic|higher|additional|main)"
    r"\s+rate|tax\s+rate|in\s+the\s+(?:pound|£))(?!\w)",
    re.IGNORECASE,
)


def _pence_of_a_rate(text: str, figures: list[Figure]) -> None:
    """Draft the pence of a tax rate as percentage points, with a note saying so.

    "two 2p cuts to employee national insurance", "1p off the basic rate": 2p in the pound
    is 2 percentage points of the rate (12 % to 10 %), which ``verify`` would read as two
    pence, an amount no rate compares with. Pence elsewhere ("a stamp costs 85p") stay pence.
    """
    for figure in figures:
        if figure.unit != "p":
            continue
        stop = re.search(r"[.!?](?=\s)|\n", text[figure.end :])
        start = max(text.rfind(". ", 0, figure.start), text.rfind("\n", 0, figure.start))
        end = figure.end + (stop.start() if stop else len(text))
        if _TAX_RATE.search(text, start + 1, end) is None:
            continue
        written = text[figure.number.start : figure.end]
        figure.kind, figure.unit = "points", "pp"
        figure.caveat = (
            f'"{written}" of a tax rate is drafted in percentage points (a penny in the pound'
            f" is a point of the rate: 12 % to 10 % is 2p); if it is an amount of pence, write"
            f" {figure.number.written}p"
        )


def _parts_of_an_amount(text: str, figures: list[Figure]) -> None:
    """Give the bare amounts that break a sum of money down its currency.

    "Les recettes fiscales atteignent 14,6 millions d'euros en 2024. La taxe foncière en
    représente l'essentiel, 11,2 millions, devant la taxe d'habitation (1,3 million) et
    les droits de mutation (1,9 million)": 11,2, 1,3 and 1,9 million EUR. A part is a
    number with a scale word and no noun; the whole, the amount with a scale word right
    before the parts in its paragraph. Within the whole's sentence, one part takes it;
    in the next sentence, only a list of parts does (a lone "2 millions" may count people).
    """
    index = 0
    while index < len(figures):
        whole = figures[index]
        index += 1
        if whole.kind != "currency" or not (whole.scale or whole.number.scale):
            continue
        parts: list[Figure] = []
        while index < len(figures) and _bare_amount(text, figures[index]):
            parts.append(figures[index])
            index += 1
        kept = [
            part
            for part in parts
            if "\n" not in text[whole.end : part.start]
            and len(_SENTENCE_END.findall(text, whole.end, part.start)) <= 1
        ]
        same = [p for p in kept if not _SENTENCE_END.search(text, whole.end, p.start)]
        if len(kept) - len(same) < 2:
            kept = same
        for part in kept:
            part.kind, part.unit = whole.kind, whole.unit.partition("/")[0]


_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _bare_amount(text: str, figure: Figure) -> bool:
    """A number with its scale word and nothing counted: "11,2 millions", "(1,3 million)"."""
    if figure.kind != "count" or figure.unit or figure.upper is not None:
        return False
    if not (figure.scale or figure.number.scale):
        return False
    written = text[figure.number.end : figure.end]
    if not re.fullmatch(r"\s*[^\W\d_]+", written):
        return written == "" and bool(figure.number.scale)
    return re.match(r"\s+(?:de|d['’]|of)(?!\w)", text[figure.end : figure.end + 5]) is None


def _part_after_link(
    text: str, before: Figure, figure: Figure, gap: str, link: re.Pattern[str], words: Words
) -> bool:
    """Whether a bare figure is the part "dont", "of which" opens of the figure before it.

    A part may write its own scale word after an amount or a measurement ("18,4 millions
    de dollars, dont 6,1 millions": 6,1 million USD), not a noun of its own ("2 millions
    d'entrées" counts entries).
    """
    if before.kind not in ("person", "duration", "currency", "measure"):
        return False
    if len(gap) > 60 or not link.search(gap):
        return False
    if before.kind == "duration" and _SPAN_BEFORE.search(
        text, max(0, before.start - 12), before.start
    ):
        return False  # "1 840 interventions en deux jours, dont 1 290 dans le Gard": not days
    after = text[_numbers_end(figure) : figure.end]
    if figure.scale:
        if before.kind not in ("currency", "measure") or not before.scale:
            return False
        after = re.sub(r"^\s*[^\W\d_]+", "", after)  # the scale word, glued or not
        if re.match(r"\s+(?:de|of)\s|\s+d['’]", after, re.IGNORECASE):
            return False  # "dont 6,1 millions d'entrées"
    if not figure.scale and _MODEL.match(text, figure.end):
        return False  # "$61.2bn for aircraft, including 68 F-35 fighters": 68 fighters
    noun = re.match(r"\s+([^\W\d_]+)", after)
    # "dont 6 femmes": it counts its own noun ("dont 6 avec sursis" does not)
    return not noun or noun.group(1).lower() in words.stopwords


# the time a whole took, which its parts do not count: "en deux jours", "over three days"
_SPAN_BEFORE = re.compile(r"(?<!\w)(?:en|sur|pendant|in|over|within|during)\s+$", re.IGNORECASE)

# the next part of a whole after one: "dont 2 200 dans le premier degré et 800 ..."
_AND_THEN = re.compile(r"^[^\d]{0,60}?(?:,|(?<!\w)(?:et|and))\s*$", re.IGNORECASE)


def _year_of_a_day(figure: Figure, dates: Sequence[DateMention]) -> bool:
    """Whether a figure is the year of a date with its day or month: "9 mars 2025 Mort à Paris".

    A chronology's line names its event after its date: the year is no count of the noun
    after it (never "2025 person").
    """
    if figure.kind not in ("person", "count") or figure.scale or figure.comparator:
        return False
    number = figure.number
    if figure.upper is not None or not looks_like_year(number):
        return False
    index = bisect.bisect_right(dates, number.start, key=lambda d: d.start) - 1
    if index < 0 or number.end > dates[index].end:
        return False
    return dates[index].period.granularity in ("day", "month")


# Posts offered or left unfilled are no persons: "3 185 postes non pourvus", "27 940 postes
# offerts au concours", "2,400 unfilled posts" (posts cut, "3 000 postes supprimés", are jobs)
_VACANT_POSTS = re.compile(
    r"\s+(?:(?:unfilled|vacant|open)\s+(?:posts|positions)(?!\w)|postes\s+(?:non\s+pourvus|"
    r"vacants|offerts|ouverts|à\s+pourvoir|proposés)(?!\w)|(?:posts|positions)\s+"
    r"(?:unfilled|vacant|on\s+offer|offered|advertised)(?!\w))",
    re.IGNORECASE,
)


def _vacant_posts(text: str, figures: list[Figure]) -> None:
    """Count posts offered or unfilled as things: "27 940 postes offerts" is no 27 940 persons."""
    for figure in figures:
        if figure.kind == "person" and _VACANT_POSTS.match(text, _numbers_end(figure)):
            figure.unit, figure.kind = "", "count"


def _school_year(figure: Figure, dates: Sequence[DateMention]) -> bool:
    """Whether a duration is the article of a school year: "une année scolaire 2025-2026"."""
    if figure.kind != "duration" or figure.comparator:
        return False
    return any(
        d.whole and d.start <= figure.start and figure.end <= d.end and "scolaire" in d.when
        for d in dates
    )


def _numbers_end(figure: Figure) -> int:
    """Where the figure's last number ends: "22-24" of "Oct. 22-24", not the noun after it."""
    return figure.upper.end if figure.upper is not None else figure.number.end


def _with_fractions(figures: list[Figure], fractions: list[Figure]) -> list[Figure]:
    """The figures and the proportions in words that overlap none of them, in text order."""
    if not fractions:
        return figures
    spans = [(f.start, f.end) for f in figures]
    kept = [
        f for f in fractions if not any(start < f.end and f.start < end for start, end in spans)
    ]
    return sorted(figures + kept, key=lambda f: f.number.start)


# A price in fractions of a cent, as grain futures are quoted: "12-3/4 cents", "$3.83-3/4",
# "1/2 cent" (a fraction glued by a hyphen to a price is no range)
_CENT_FRACTION = re.compile(
    rf"(?:(?P<sign>{SIGN_BEFORE_PATTERN})\s?)?(?<![\w.,/-])(?P<whole>\d+(?:\.\d+)?)-"
    r"(?P<num>[1-9])/(?P<den>2|4|8|16)(?![\d/])(?P<cents>\s+cents?(?!\w))?"
    r"|(?<![\w.,/-])(?P<alone>[1-9])/(?P<of>2|4|8)\s+cents?(?!\w)"
)


def _with_cent_fractions(text: str, figures: list[Figure]) -> list[Figure]:
    """Replace the pieces of a price in fractions of a cent with one figure and its note.

    "settled down 12-3/4 cents at $3.83-3/4" is never 12, 3, 4 and 3.83 USD: the value
    grammar writes no fraction, so the claim has no value and a note giving the decimal
    (12.75 cents, 3.8375 USD) for the editor to write.
    """
    found = []
    for match in _CENT_FRACTION.finditer(text):
        if match.group("alone"):
            cents, whole, in_cents = Decimal(0), match.group("alone"), True
            cents = Decimal(match.group("alone")) / Decimal(match.group("of"))
        else:
            if not (match.group("sign") or match.group("cents")):
                continue  # "2-3/4 of respondents": no price
            whole, in_cents = match.group("whole"), bool(match.group("cents"))
            fraction = Decimal(match.group("num")) / Decimal(match.group("den"))
            cents = Decimal(whole) + fraction if in_cents else Decimal(whole) * 100 + fraction
        written = " ".join(match.group().split())
        code = next(  # the sign's currency, as the figure read it ("$" in the territory)
            (
                f.unit
                for f in figures
                if f.kind == "currency" and match.start() <= f.start < match.end()
            ),
            "USD",
        )
        dollars = _plain(cents / 100)
        amount = f"{_plain(cents)} cents" if in_cents else f"{dollars} {code}"
        note = (
            f'a price in fractions of a cent: "{written}" is {amount}, and the value grammar'
            f' writes no fraction: write the decimal, "{dollars} {code}"'
            + (" for US cents" if in_cents else "")
        )
        start = match.start("sign") if match.group("sign") else match.start()
        number_start = match.start("whole") if match.group("whole") else match.start("alone")
        digits = re.match(r"[\d.]+", text[number_start:])
        assert digits is not None
        number = Number(
            number_start,
            number_start + digits.end(),
            Decimal(digits.group()),
            digits.group(),
            False,
        )
        found.append(Figure(number, start, match.end(), withheld=note))
    if not found:
        return figures
    spans = [(f.start, f.end) for f in found]
    kept = [f for f in figures if not any(start <= f.number.start < end for start, end in spans)]
    return sorted(kept + found, key=lambda f: f.number.start)


def _plain(number: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 0.1275, 12.75, 3.8375."""
    return format(number.normalize(), "f")


def _withhold(text: str, figure: Figure, language: str) -> None:
    """Make a figure whose value verify refuses into one it reads, or a claim without value.

    "21,50 EUR/quintal" keeps "21,50 EUR" and says what it is per (as "4.8 deaths per
    billion vehicle miles" does); "1,897 ppb" gets no value, and a note naming the unit.
    """
    base, _, per = figure.unit.partition("/")
    if per and figure.kind == "currency":
        priced = dataclasses.replace(figure, unit=base)
        if _readable(priced.value, language):
            figure.unit = base
            figure.per = " ".join(text[figure.number.end : figure.end].split()[-2:])
            return
    written = " ".join(text[figure.number.end : figure.end].split())
    reason = _refusal(figure.value, language)
    if reason and "write" in reason:  # "tons": "metric ... or US short tons? write t ..."
        figure.withheld = f'"{written}" ({figure.value}): no value is drafted: {reason}'
        return
    figure.withheld = (
        f'a unit the value reader does not read yet: "{written}" ({figure.value}): no value'
        " is drafted; write the figure in a unit it reads, or say the unit in the property"
    )


# A currency of old no value can write ("for 350 guineas", "300 écus"): never a bare count
_OLD_MONEY = re.compile(
    r"(?:\s+(?:thousand|million|billion|mille|millions?|milliards?)(?:\s+d['’e]\s*)?)?\s*"
    r"(guineas?|guinées?|shillings?|farthings?|florins?|ducats?|écus|livres\s+tournois)(?!\w)",
    re.IGNORECASE,
)


def _withhold_old_money(text: str, figure: Figure) -> None:
    """Draft an amount in an old currency ("for 350 guineas") without value, and say why."""
    if figure.kind != "count" or figure.unit or figure.upper is not None:
        return
    found = _OLD_MONEY.match(text, figure.number.end)
    if found is None:
        return
    written = " ".join(text[figure.number.start : found.end()].split())
    worth = " (a guinea was 21 shillings, 1.05 GBP)" if found.group(1)[:4].lower() == "guin" else ""
    figure.withheld = (
        f'a currency the value reader does not read: "{written}": no value is drafted;'
        f" write the amount in a currency it reads{worth}, or say the currency in the property"
    )


def _readable(value: str, language: str) -> bool:
    """Whether ``verify`` reads a drafted value."""
    return _refusal(value, language) is None


def _refusal(value: str, language: str) -> str | None:
    """Why ``verify`` refuses a drafted value (after the value it quotes), or None."""
    try:
        parse_value(value, language)
    except ValueSyntaxError as error:
        return str(error).partition(": ")[2] or str(error)
    return None


def _measured(figure: Figure) -> bool:
    """A figure with a unit, scale or hedge: a date's day or year cannot be it.

    A year keeps to its date even after a hedge: "54% below 1990 levels", "emissions up to
    2035" compare with a year, they give no value ``<1990``, ``<=2035``.
    """
    if figure.comparator and not (figure.unit or figure.scale) and figure.upper is None:
        return not looks_like_year(figure.number)
    return bool(figure.unit or figure.scale or figure.comparator)


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a stretch lies in one of the spans (in order, never overlapping)."""
    index = bisect.bisect_right(spans, start, key=lambda s: s[0]) - 1
    return index >= 0 and end <= spans[index][1]


def _names(text: str, words: Words) -> list[tuple[int, int]]:
    """The numbers that are part of a name ("CAC 40", "COP 29", "Russell 2000"), in order."""
    pattern = rf"(?<![\w&])(?:{words.names_before})(\d+)(?![\d,.]\d)"
    return [match.span(1) for match in re.finditer(pattern, text)]


def _named(text: str, figure: Figure) -> bool:
    """Whether capitals name the bare number after them: "SBF 120", "IBEX 35" (not "TVA 20 %")."""
    if _measured(figure) or figure.upper is not None or figure.end != figure.number.end:
        return False
    if figure.number.words or figure.number.ordinal:
        return False
    before = text[max(0, figure.start - 8) : figure.start]
    return re.search(ACRONYM_BEFORE, before) is not None


# A model's name: capitals glued to its number by a hyphen ("F-35", "MiG-29", "B-52"), or
# a hyphenated name before it ("Wi-Fi 7")
_MODEL_BEFORE = re.compile(
    r"(?<![\w'’&.-])(?:[A-Z][A-Za-z]{0,5}-|[A-Z][a-z]*-[A-Z][a-z]*[ \u00a0])$"
)
_MODEL = re.compile(r"[ \u00a0](?-i:[A-Z][A-Za-z]{0,5})-\d")  # "68 F-35 fighters"


def _model(text: str, figure: Figure) -> bool:
    """Whether a bare number is a model's: "68 F-35 fighters" (the 35), "Wi-Fi 7 support".

    A number in a name is no figure; letters glued to a number by a hyphen are a name.
    """
    number = figure.number
    if _measured(figure) or figure.upper is not None or figure.unit or figure.kind != "count":
        return False  # "F-35 fighters" counts no fighters: the noun after it is the model's
    if number.words or number.ordinal or number.minus or not number.written.isdigit():
        return False
    return _MODEL_BEFORE.search(text, max(0, figure.start - 12), figure.start) is not None


# A name's word right before its number ("an Ariane 6 rocket", "Apollo 11") or right after
# it ("2118 Lysandra", an asteroid's number; "5 Downing Street"): capitalised, alone
_WORD_BEFORE = re.compile(r"(?<![\w'’&.-])([A-ZÀ-Þ][a-zß-ÿ]+)[ \u00a0-]$")
_WORD_AFTER = re.compile(
    r"[ \u00a0]([A-ZÀ-Þ][a-zß-ÿ]+)(?![\w'’-])(?:\s+[A-ZÀ-Þ][\w'’-]*)*(?:\s+([^\W_]+))?"
)
# "Seats won: Labour 72; Conservatives 121": an item of a list, a count; one ends at its
# number ("Face à elle, France 2 a réuni": a name, whose verb follows)
_LIST_ITEM = re.compile(r"[:;,]\s*$")
_ITEM_END = re.compile(r"\s*(?:[;,.)\n]|$|(?:and|et|or|ou)(?!\w))")
_NEXT_ITEM = re.compile(r"\s*[;,]\s*[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*[ \u00a0]\d")


def _named_by_word(
    text: str, figure: Figure, words: Words, names: Callable[[], frozenset[str]]
) -> bool:
    """Whether a bare number is part of a name: "Ariane 6", "2118 Lysandra", "Apollo 11".

    A model's, a mission's or a catalogue's number counts nothing. Only a whole number in
    digits with neither unit nor noun of its own, next to a name of the text (``names``: a
    capitalised word met inside a sentence, so not "Another 5 were hurt") that is no
    plural ("3 Oscars", "40 Français" count) nor one before a plural noun ("3 Premier
    League goals").
    """
    number = figure.number
    if _measured(figure) or figure.upper is not None or figure.end != number.end:
        return False
    if number.words or number.ordinal or number.minus or not number.written.isdigit():
        return False
    before = _WORD_BEFORE.search(text, max(0, figure.start - 30), figure.start)
    if before is not None and _name_word(before.group(1), words, names):
        listed = _LIST_ITEM.search(text, max(0, before.start() - 5), before.start())
        if listed is not None and _ITEM_END.match(text, number.end) is None:
            listed = None
        return listed is None and _NEXT_ITEM.match(text, number.end) is None
    after = _WORD_AFTER.match(text, number.end)
    if after is None or not _name_word(after.group(1), words, names):
        return False
    following = after.group(2) or ""  # "3 Premier League goals", "30 Boeing 737": counted
    return not (plural(following) and following[0].islower()) and not following[:1].isdigit()


_CAPITAL_WORD_AFTER = re.compile(r"[ \u00a0-](?-i:[A-ZÀ-Þ])")  # "Six Nations", "Formula One"
_CAPITAL_WORD_BEFORE = re.compile(r"(?-i:[A-ZÀ-Þ])[\w'’]*[ \u00a0-]$")
_OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?:;«“\"\n(—–-])\s*$")


def _capital_number_word(text: str, figure: Figure) -> bool:
    """Whether a number in words is part of a name: "the Six Nations title", "Formula One".

    A number in words capitalised inside a sentence, next to another capitalised word,
    names a thing (a tournament, a series, a group); it counts nothing. At the start of a
    sentence ("Six Britons died") it is a count.
    """
    number = figure.number
    if not number.words or figure.unit or figure.scale or not text[number.start].isupper():
        return False
    if _OPENS_A_SENTENCE.search(text, max(0, number.start - 4), number.start) is not None:
        return False
    before = _CAPITAL_WORD_BEFORE.search(text, max(0, number.start - 30), number.start)
    return before is not None or _CAPITAL_WORD_AFTER.match(text, number.end) is not None


def _name_word(word: str, words: Words, names: Callable[[], frozenset[str]]) -> bool:
    """A name of the text that may carry a number: no stopword, plural, person or unit."""
    lower = word.lower()
    if lower in words.stopwords or lower in words.people or lower in words.durations:
        return False
    return not plural(word) and word in names()


# Right after a bare figure, a unit it does not read: a symbol ("5 dB(A)", "12 µg/m³"), a
# rate of symbols ("3 kn/h"; not "24 h/24"); a word is a noun it counts
_UNIT_LIKE = re.compile(
    r"[ \u00a0\u202f]?(?P<unit>[°µμ‰][^\s,;:)]*|(?P<symbol>(?-i:[A-Za-z]{1,4}))(?:\([A-Z]\)|"
    r"(?:/[A-Za-z][A-Za-z²³0-9]*)+))(?![\w(])"
)


def _unread_unit(text: str, figure: Figure, words: Words) -> str:
    """The unit written after a bare figure that the draft cannot write, else ``""``."""
    if figure.unnamed_currency:  # "500 rupees": said by its own note
        return ""
    if figure.unit or figure.kind != "count" or figure.end != _numbers_end(figure):
        return ""
    found = _UNIT_LIKE.match(text, figure.end)
    if found is None or (found.group("symbol") or "").lower() in words.stopwords:
        return ""  # "2 and/or 3"
    return found.group("unit")


def _group(text: str, figure: Figure, words: Words) -> bool:
    """Whether the figure names an age group ("voters under 30", "65 and older").

    Such a number ("les moins de 30 ans") qualifies the figures around it: it is none.
    """
    if figure.scale or figure.unit not in ("", "year", "person"):
        return False
    before = text[max(0, figure.number.start - 60) : figure.number.start]
    if re.search(rf"(?<!\w)(?:{words.groups_before})", before, re.IGNORECASE):
        # "âgés de 22 et 19 ans": the ages of two persons, listed; no group
        listed = r"\s*(?:,|et|and)\s*\d+(?:\s*(?:,|et|and)\s*\d+)*\s+(?:ans|years)(?!\w)"
        return re.compile(listed, re.IGNORECASE).match(text, _numbers_end(figure)) is None
    end = _numbers_end(figure)
    # "18- to 24-year-olds": the first age of the group's range is no figure either
    other_end = rf"(?:-?\s*(?:{words.range_words})\s*\d{{1,3}})?"
    after = re.compile(rf"{other_end}(?:\s+ans)?{words.groups_after}", re.IGNORECASE)
    if after.match(text, end) is not None:
        return True
    # "The 18 to 24 group numbered 231": a range naming an age group
    group = re.compile(rf"\s+(?:{words.group_nouns})(?!\w)", re.IGNORECASE)
    return figure.upper is not None and not figure.unit and group.match(text, end) is not None


# A ticket or pass named by the time it is valid: "Le pass cinq jours était vendu 189 euros",
# "un forfait 3 jours", "a three-day pass"
_PRODUCT_BEFORE = re.compile(r"(?<!\w)(?:pass|forfait|billet|abonnement)\s+$", re.IGNORECASE)
_PRODUCT_AFTER = re.compile(r"\s*(?:pass|passes|ticket|tickets)(?!\w)", re.IGNORECASE)


def _product(text: str, figure: Figure) -> bool:
    """Whether a duration names a product ("le pass cinq jours"): its name, no figure."""
    if figure.kind != "duration" or figure.comparator or figure.upper is not None:
        return False
    if figure.start != figure.number.start:
        return False  # "un pass de cinq jours" reads "de": a duration told
    before = _PRODUCT_BEFORE.search(text, max(0, figure.start - 15), figure.start)
    hyphen = "-" in text[figure.number.end : figure.end]  # "a three-day pass"
    return before is not None or (hyphen and _PRODUCT_AFTER.match(text, figure.end) is not None)


# a round quantity a measure is per: "102 microgrammes of alcohol in 100 millilitres of
# breath", "35 mg per 100 ml"; the figure before it is the measure
_MEASURE_PER = re.compile(r"\d[^\d.;:!?\n]{1,40}?\s(?:in|per|every)\s+$", re.IGNORECASE)


def _denominator(text: str, figure: Figure) -> bool:
    """Whether a figure is what a measure before it is per: the 100 of "in 100 millilitres"."""
    if figure.kind in ("duration", "currency", "percent", "points", "rank") or figure.comparator:
        return False
    if figure.number.words or figure.upper is not None:
        return False
    digits = figure.number.written.replace(",", "")
    if not re.fullmatch(r"10*", digits) or digits == "1":
        return False
    if figure.kind != "measure" and not _MEASURE_NOUN.match(text, _numbers_end(figure)):
        return False  # "300 tonnes in 100 towns": towns are counted
    return _MEASURE_PER.search(text, max(0, figure.start - 60), figure.start) is not None


_MEASURE_NOUN = re.compile(
    r"\s*(?:milli|centi|deci|kilo)?(?:litre|liter|gramme|gram|metre|meter)s?(?!\w)", re.I
)


def _level(text: str, figure: Figure, words: Words) -> bool:
    """Whether the figure's hedge makes it a level: "fall below 3%" is no fall of 3 %."""
    hedge = text[figure.start : figure.number.start]
    return re.search(rf"(?<!\w)(?:{words.level_hedges})(?!\w)", hedge, re.IGNORECASE) is not None


@dataclass(frozen=True, slots=True)
class Recall:
    """How many of the figures encoded by hand a draft finds."""

    found: tuple[str, ...]  # ids of the encoded claims the draft finds
    missed: tuple[str, ...]

    @property
    def total(self) -> int:
        """Encoded claims with a value."""
        return len(self.found) + len(self.missed)

    @property
    def share(self) -> Decimal:
        """Found / total, 1 when nothing was encoded."""
        return Decimal(len(self.found)) / self.total if self.total else Decimal(1)

    def __str__(self) -> str:
        percent = (self.share * 100).quantize(Decimal("0.1"))
        return f"{len(self.found)}/{self.total} figures found ({percent} %)"


def measure_recall(
    encoded: Iterable[Claim], drafted: Sequence[DraftClaim], text: str, language: str
) -> Recall:
    """Share of the encoded claims with a value that the draft finds.

    Found means a drafted claim with the same value (same interval and unit, so the
    hedge must be right too) whose quote overlaps one place of the encoded quote.
    """
    found: list[str] = []
    missed: list[str] = []
    for claim in encoded:
        if claim.value is None:
            continue
        quantity = _quantity(claim.value, language)
        wanted = {quantity}
        if quantity is not None and names_direction(claim.property):
            # a property named after its direction holds the size: "bid_discount: ~15 %" is
            # the draft's "~-15 %" for "about 15% lower", as sign-matches-quote reads both
            lo, hi, lo_open, hi_open, unit = quantity
            wanted.add((-hi, -lo, hi_open, lo_open, unit))
        spans = quote_spans(claim.quote, text)
        match = any(
            draft.value is not None
            and _quantity(draft.value, language) in wanted
            and any(
                draft.quote_span[0] < end and start < draft.quote_span[1] for start, end in spans
            )
            for draft in drafted
        )
        (found if match else missed).append(claim.id)
    return Recall(tuple(found), tuple(missed))


def _quantity(value: str, language: str) -> tuple[Decimal, Decimal, bool, bool, str] | None:
    try:
        quantity = parse_value(value, language).quantity
    except ValueSyntaxError:
        return None
    iv = quantity.interval
    return (iv.lo, iv.hi, iv.lo_open, iv.hi_open, str(quantity.unit))
