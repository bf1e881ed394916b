"""Turn the figures and dates of a text into draft claims, for `factcheck extract`.

The text is cut into sentences and clauses. A claim's ``quote`` is the smallest clause
around its figure that says something besides it, grown when the text prints it twice (while
it stays short); its ``when`` is the date of that clause, else the only year or period of
its sentence (not across a relative or adversative clause, nor out of a comparison or an
aside between dashes, nor back from an "and" clause making a plan of it); the date of a
comparison's baseline ("down from 36.1% in 2021", "up 6.4 points on 2021", "qu'au troisième
trimestre") dates only the baseline figure (nor does a change take the date of the baseline
it is "from": "up 12% from the finale's 8.4 million on Dec. 15, 2024"; nor does a week named
by its day lend itself), and a baseline of an unwritten time ("contre
10,8 % un an plus tôt") has none, with a note, unless it is the year before a period of one
year ("2,353 recorded in the previous 12 months" after "in the year to March 2024" is "the
year to March 2023"); a start after a superlative ("its biggest rise since April") dates no
figure, nor does the start of a series ("since the series began in 1983"), nor does a day a
figure of a named period ("third-quarter revenue ... on Thursday"), nor the date of another
event told after "as", "after" ("rises to £45.7bn as first trains slip to 2036"), a
building's ("construit avant 1946") or one in brackets the figure is outside, nor the year
another verb tells ("employs 85 staff and opened in 2009", "Construit en 1884, l'immeuble
comptait 14 logements"); its ``kind`` comes from words like ``vise``, ``target``,
``devrait``, ``will``, ``guidance``, ``could``, ``are possible`` (after the figure in its own
clause too: "Gusts of 90mph are possible"), "estimates of" (that figure only; goals a number counts
are scored, no target) and from a date after publication (a date told in a past tense, "said
on Monday 22 September", is a fact, and so is a planned total, "sur 412 prévus"; a weekday
a warning's window announces, "in force from 6am Saturday", is the coming one, and one told
in a past tense that may be tomorrow gets a note); its
``subject`` is a name opening the sentence and its ``property`` a word of the figure's own
clause (``chiffre d'affaires`` for money, ``emploie`` for persons), where these are obvious,
not across "et" and a verb of the figure's own ("morts et déplacé plus de 12 millions": no
deaths); ``"?"`` otherwise (a level of alcohol's is ``breath_alcohol`` or ``blood_alcohol``;
a population is a fact unless its own clause forecasts it; an age's is ``age``, dated by the
death or the event its sentence tells: "est mort dimanche 9 mars, à l'âge de 87 ans", "He
was 23 when ... in September 2019"). A date after "born", "né le", "died", "est mort", a
chronology's line ("3 mars 1938 Naissance à Lyon", "1968 Les Quais") and the years after a
person's name ("(1927-2018)") are events: a birth, a death, or one to name. Ids are made of
those, or of the words around the figure, and its year.
"""

from __future__ import annotations

import bisect
import builtins
import calendar
import dataclasses
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from factcheck.dates import DateSyntaxError, Period, parse_date
from factcheck.extract_dates import DateMention, ahead
from factcheck.extract_figures import Figure
from factcheck.extract_words import Words
from factcheck.model import PLACEHOLDER
from factcheck.text import normalise
from factcheck.units import UnitError, parse_unit

__all__ = ["PLACEHOLDER", "Article", "DraftClaim", "age_after_a_name", "make_ids_unique"]

_MAX_QUOTE = 160  # a quote grown to tell two occurrences apart stops at this length
# The farthest a figure's clause reaches on either side of it, in characters (about 50
# words): a clause of prose is shorter. A list or a table without stops or commas is one
# "clause"; quoting all of it for each of its figures would cost the square of its length.
_CLAUSE_REACH = 300
_THOUSANDS_GROUP = re.compile(r"\d{3}(?!\d)")  # "500" of "12 500"
_ID_WORDS = 3
_PROPERTY_WINDOW = 60  # characters after the figure where a property word may stand
_HOLDER_REACH = 100  # characters before a share's parenthesis where its holder's name stands
_RATES = {"day": "daily", "week": "weekly", "month": "monthly", "year": "annual"}
_ASIDE_DASH = re.compile(r"(?<=\s)[–—-](?=\s)")  # a spaced dash opening or closing an aside
# A number right before a word: "112 goals", "nine goals", "0.46 goals"
_COUNTED = re.compile(
    r"(?:\d|(?<![^\W\d_])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[^\W\d_]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|"
    r"[^\W\d_]+ty-[^\W\d_]+))\s+$",
    re.IGNORECASE,
)
# ... after an organisation's own: "met 3 of its 5 goals for the year" (aims, not a tally)
# "sur 412 prévus", "out of 412 scheduled": the planned total of a count, told with it
_PLANNED = re.compile(r"prévu(?:e|s|es)?|programmée?s?|planned|scheduled", re.IGNORECASE)
_PLANNED_TOTAL = re.compile(r"(?<!\w)(?:sur|out\s+of)\s+\d[\d\s.,\u202f]*\s*$", re.IGNORECASE)
_PLANNED_AT = re.compile(r"\s+(?:à|at|for)\s+\d")  # "prévu à 9 h 50": a timetable's time
# a year that dates another event of the sentence: "opened in 2009", "Construit en 1884"
_EVENT_BEFORE = re.compile(
    r"(?<!\w)(?:opened|built|founded|established|created|launched|constructed|completed|"
    r"inaugurated|ouverte?s?|construite?s?|bâtie?s?|fondée?s?|créée?s?|inaugurée?s?|"
    r"édifiée?s?|achevée?s?|lancée?s?)\s+(?:in\s+|en\s+)?$",
    re.IGNORECASE,
)
# a participle opening an apposition that tells a person's event: "né le 1er octobre 2001,",
# "born on 6 February 2004,", "Arrivé de Brest à l'été 2022,", "recruté ... à l'été 2024,"
_APPOSED = re.compile(
    r"\s*(?:né|née|nés|nées|born|arrivée?s?|recrutée?s?|transférée?s?|prêtée?s?|"
    r"arrived|signed|recruited|joined|bought|loaned|transferred)(?!\w)",
    re.IGNORECASE,
)
# a market's close or session of a weekday, always a past one: "Friday's closing price",
# "la clôture de vendredi", "la séance de lundi"
_CLOSE_AFTER = re.compile(r"['’]s\s+(?:close|closing|session|trading)(?!\w)", re.IGNORECASE)
_CLOSE_BEFORE = re.compile(
    r"(?<!\w)(?:clôture|séance|cours)\s+d[eu]\s+(?:ce\s+)?$|(?<!\w)close\s+on\s+$", re.I
)
_COMMA = re.compile(r",(?!\d)")
_DANGLING = re.compile(r"\s([^\W\d_]+)$")
_OWNED = re.compile(r"(?<![^\W\d_])(?:its|their|our)\s+[\w.,]+\s+$", re.IGNORECASE)
# a target word of a tally not after a number aims after an owner or before what it is:
# "its goals", "their goal", "the goal of 65,000", "our goal is to" (not "whose goals brought
# the league title", "he scored 28 league goals")
_AIMED = re.compile(r"(?<![^\W\d_])(?:its|their|our)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_AIM_AFTER = re.compile(r"\s+(?:of|is|was|are|were|to|for\s+(?:the|this|next)\s)", re.I)
# a verb in the future tense's third persons ("sera", "tiendra", "suivront"), not a modal
# or a word of forecast ("devrait", "prévu")
_FUTURE_TENSE = re.compile(r"(?!devr|pourr)[a-zàâçéèêëîïôûù]+(?:ra|ront)", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_THING_PROPERTIES = frozenset({"contract_value", "contract_duration"})
_NO_BASELINE: tuple[bool, int | None] = (False, None)
_ESTIMATE_REACH = 80  # characters before a figure where "estimates of" makes it a forecast
# the farthest after a figure's number that a time shift may make it a baseline: "45,098
# offences involving a knife or sharp instrument in the previous 12 months"
_SHIFT_REACH = 100
_CLAUSE_STOP = re.compile(r"[,;:]")
# "in the same period", "au même trimestre": the time of what is compared, not another one
_SAME_TIME = re.compile(r"(?<!\w)(?:same|même)(?!\w)", re.IGNORECASE)
# What a level of alcohol is measured in, right after it: "d'air expiré", "of alcohol in
# 100 millilitres of breath", "de sang", "d'alcool dans le sang"
_ALCOHOL = re.compile(
    r"\s*(?:(?:d['’]\s*alcool|of\s+alcohol)\s+)?(?:(?P<breath>d['’]\s*air\s+expiré|"
    r"(?:in|per)\s+(?:100\s+(?:millilitres|milliliters|ml)\s+of\s+)?breath|of\s+breath)|"
    r"(?P<blood>de\s+sang|dans\s+le\s+sang|(?:in|per)\s+(?:100\s+(?:millilitres|"
    r"milliliters|ml)\s+of\s+)?(?:the\s+)?blood|of\s+blood))(?!\w)",
    re.IGNORECASE,
)
# The noun a figure completes, right before "of" and its hedge: "output of about $41bn"
_OF_HEAD = re.compile(r"(?<![\w'’-])([^\W\d_]+)\s+of\s+(?:[^\W\d_]+\s+){0,2}$")
# Capitalised words in a row: "Claire Le Goff", "Hervé Cadiou" (another name of a sentence)
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)+")
_PARTICIPATION = "participation"  # a property word's placeholder: turnout or share_held


def _weekday_alone(mention: DateMention) -> bool:
    """A day written by its weekday alone ("on Tuesday", no day number)."""
    return not (
        mention.since
        or mention.whole
        or mention.period.granularity != "day"
        or re.search(r"\d", mention.written)
    )


@dataclass(slots=True)
class DraftClaim:
    """A claim as drafted, with where its figure and its quote stand in the text."""

    id: str
    quote: str
    subject: str
    property: str
    value: str | None
    when: str | None
    kind: str = "fact"
    qualifiers: dict[str, str] = field(default_factory=dict)
    position: int = 0  # where the figure (or the date of a claim without value) starts
    quote_span: tuple[int, int] = (0, 0)
    note: str | None = None  # what the editor must check: a rate no value can write
    attributed_to: str | None = None  # a statement quoted: its speaker, or "?" to name

    @builtins.property  # the field "property" shadows the builtin in this class
    def incomplete(self) -> bool:
        """Whether the editor still has to name the subject or the property."""
        return PLACEHOLDER in (self.subject, self.property)


class Article:
    """The text cut into sentences and clauses, and what each claim needs from them.

    A figure's claim reads its whole sentence (clauses, name, the words before it), so
    what depends on the sentence alone is found once per sentence and then looked up by
    position: a long sentence of many figures costs each of them no more than a short one.
    """

    def __init__(
        self,
        text: str,
        language: str,
        words: Words,
        published: date | None,
        dates: list[DateMention],
        unread: Sequence[tuple[int, int]] = (),
        figures: Sequence[int] = (),
        kinds: Sequence[str] = (),
    ) -> None:
        self.text, self.language, self.words, self.published = text, language, words, published
        self.dates = dates  # in text order, never overlapping
        self._date_starts = [d.start for d in dates]
        self._unread = [start for start, _ in sorted(unread)]  # where phrases verify cannot
        # read yet start ("the week ending Nov. 8"): they date what stands near them
        self._figures = sorted(figures)  # where the figures' numbers start
        self._kinds = dict(zip(figures, kinds, strict=False))  # and what each is: "percent"
        self.sentences = _sentences(text)
        self.normalised = normalise(text)
        self.proper = _proper_nouns(text, self.sentences, words)
        self._coordinators = "|".join(sorted(words.coordinators))
        self._semicolons = [m.start() for m in re.finditer(";", text)]
        self._digits = [m.start() for m in re.finditer(r"\d", text)]
        self.clause_words = re.compile(rf"(?<=\s)(?:{words.clause_words})(?!\w)", re.IGNORECASE)
        self._newlines = [m.start() for m in re.finditer("\n", text)]
        self._used: set[int] = set()  # the dates a figure's clause took as its `when`
        self._holder = re.compile(  # a name right before a figure's bracket: "Le Goff (31 %"
            rf"(?:{words.articles})?((?:[A-ZÀ-Þ][\w'’-]*)(?:\s+(?:[A-ZÀ-Þ][\w'’-]*|"
            rf"{'|'.join(words.connectors)}))*)\s*\(\s*$"
        )
        # "d'avant 2011", "before 2011": dates bounding a period no `when` writes
        self.bounds: Sequence[tuple[int, int]] = ()
        self._lent: set[tuple[int, int]] = set()  # sentences whose only period a figure took
        self._cuts = functools.cache(self._find_cuts)
        self._spans = functools.cache(self._find_spans)
        self._name = functools.cache(self._find_name)
        self._historic = functools.cache(self._find_historic)
        self._one_period = functools.cache(self._find_one_period)
        self._reported = re.compile(rf"(?<!\w)(?:{words.reporting})\s*$", re.IGNORECASE)
        self._heading = functools.cache(self._is_heading)
        words_that = "|".join((words.baseline_markers, words.change_from, words.comparative_that))
        self._markers = re.compile(
            rf"(?<!\w)(?:(?P<than>{words.baseline_markers})|(?P<from>{words.change_from})|"
            rf"(?P<that>{words.comparative_that})|(?P<on>{words.baseline_on}))(?:(?<=['’])|(?!\w))",
            re.IGNORECASE,
        )
        self._marker_before = re.compile(
            rf"(?<!\w)(?:{words_that})\s*(?:(?:the|a|an|le|la|les|l['’]|un|une)\s*)?$",
            re.IGNORECASE,
        )
        self._on_before = re.compile(
            rf"(?<!\w)(?:{words.baseline_on})\s+(?:the\s+|le\s+|la\s+|les\s+)?$", re.IGNORECASE
        )
        changes = (
            words.falls,
            words.rises,
            words.falls_after,
            words.rises_after,
            words.change_words,
        )
        self._changes = re.compile(rf"(?<!\w)(?:{'|'.join(changes)})(?!\w)", re.IGNORECASE)
        self._comparatives = re.compile(
            rf"(?<!\w)(?:{words.comparative_words})(?!\w)[^,;]{{0,40}}$", re.IGNORECASE
        )
        self._shifts = re.compile(rf"(?<!\w)(?:{words.time_shifts})(?!\w)", re.IGNORECASE)
        self._year_before = re.compile(words.year_before, re.IGNORECASE)
        self._breaks = re.compile(
            rf"[;:]|,(?!\d)|(?<!\w)(?:{words.clause_markers['relative']}|{self._coordinators})(?!\w)",
            re.IGNORECASE,
        )
        # the dates that are the baseline of a comparison, and the figure each one dates
        self._baselines: dict[int, int | None] = {}
        for index, mention in enumerate(dates):
            found, figure = self._baseline(index, mention)
            if found:
                self._baselines[index] = figure
        # "its biggest one-day rise since April": a record's start, no figure's period
        record = re.compile(rf"(?<!\w)(?:{words.superlatives})(?!\w)[^,;:.\d]{{0,40}}$", re.I)
        # "the lowest since the series began in 1983": when a series started dates no figure
        began = re.compile(rf"(?<!\w)(?:{words.series_starts})\s+$", re.IGNORECASE)
        self._records = {
            index
            for index, mention in enumerate(dates)
            if (
                mention.since
                and record.search(self.text, max(0, mention.start - 60), mention.start) is not None
            )
            or began.search(self.text, max(0, mention.start - 80), mention.start) is not None
        }
        self._periods = _word_regex(words.period_adjectives)
        self._estimate = re.compile(
            rf"(?<!\w)(?:{words.estimate_words})\s+(?:of|for|at|de|d['’]|du|à)\s*$", re.I
        )
        self._electoral = (
            re.search(rf"(?<!\w)(?:{words.electoral_words})(?!\w)", text, re.IGNORECASE) is not None
        )

    def sentence(self, position: int) -> tuple[int, int]:
        """The span of the sentence holding a position."""
        index = bisect.bisect_right(self.sentences, position, key=lambda s: s[0]) - 1
        if index >= 0 and position < self.sentences[index][1]:
            return self.sentences[index]
        return position, position

    def figure_claim(self, figure: Figure) -> DraftClaim:
        """The claim of a figure (the date it takes as its ``when`` makes no claim of its own)."""
        sentence = self.sentence(figure.number.start)
        cuts = self._near(self._cuts(sentence, outside_dates=True), figure.span, sentence)
        clause = self._clause(figure.span, cuts, sentence)
        smallest = self._bounds(*clause, figure.span)
        quote_span = self._unique(clause, figure.span, cuts)
        if figure.lender is not None and figure.lender < quote_span[0]:
            # "dont 3 pour la voirie" is 3 million EUR: the quote shows the 12 millions d'euros
            start = _before(cuts, figure.lender, sentence[0])
            quote_span = self._bounds(start, quote_span[1], figure.span)
        window = self._window(sentence, figure.start)
        kind = self._kind(sentence, window, figure.end)
        near = max(sentence[0], figure.start - _ESTIMATE_REACH)
        if kind == "fact" and self._estimate.search(self.text, near, figure.start):
            kind = "forecast"  # "beat estimates of $1.15": the 1.15 only
        if kind == "fact" and self._forecast_after(sentence, smallest, figure.end):
            kind = "forecast"  # "Gusts of 90mph are possible", "3 inches could fall"
        if kind == "forecast" and self._told_past(smallest, figure.start):
            kind = "fact"  # "..., and that the waiting list had fallen for three months"
        shift = self._shift(figure, sentence)
        mention = (
            None
            if figure.elapsed or figure.gap
            else self._date_for(figure, smallest, sentence, kind, shift)
        )
        if kind == "forecast" and self._past(mention) and not self._forecast_in(smallest, figure):
            # "devrait atteindre 375 TWh en 2026, après 361,7 TWh en 2025", "pourrait atteindre
            # 88 GW, loin du record de 102,1 GW enregistré le 8 février 2012": the sentence's
            # "devrait" tells nothing of a figure its own clause dates in the past
            kind = "fact"
        which_day = None
        tense = None if mention is None else self._weekday_tense(mention, sentence)
        if tense in ("past", "closed"):
            kind = "fact"  # "20 mm fell on Tuesday", in a sentence that forecasts more
        elif tense == "future":
            kind = "forecast" if kind == "fact" else kind  # "it will reach 40C on Saturday"
        if mention is not None and tense in (None, "past") and kind == "fact":  # "for Saturday"
            mention, which_day = self._coming_weekday(mention)
        if mention is not None and mention.period.after_day(self.published or date.max):
            kind = "forecast" if kind == "fact" else kind
        if mention is not None and kind != "fact" and smallest[0] <= mention.start < smallest[1]:
            # "will publish it in May": the next May; not a date the sentence lends ("reached
            # 74.9% by the end of February, short of the target of 75%")
            mention = ahead(mention, self.language, self.published)
        started = mention.when if mention is not None and mention.since else None
        if started is not None:
            # "Depuis le 7 octobre 2023, au moins 43 603 Palestiniens ont été tués": a running
            # figure, up to publication; as a when, verify would read the start day alone,
            # and two articles' tolls would be one fact
            mention = None
        if (
            figure.age
            and mention is not None
            and mention.start >= clause[1]
            and _FACTS_TOLD.search(self.text, clause[1], mention.start) is not None
        ):
            # "contre l'accusé de 34 ans, jugé pour avoir tué un chauffeur en mars 2023",
            # "Hughes, 31, who killed ... in April 2025": a later clause dates the facts
            # told of the person, the age is the person's now (not "Sarah Okafor, 27, was
            # struck on Sunday 6 April 2025": the sentence's own event)
            mention = None
        if figure.age and mention is None and shift is None and not self._age(figure):
            # "est mort dimanche 9 mars, à l'âge de 87 ans", "He was 23 when ... in 2019"
            mention = self._death_day(sentence) or self._age_event(figure, sentence)
        prop, qualifiers = self._property(figure, window, sentence)
        if figure.band_end:  # "3.50%-3.75%": two claims of one band, one per end
            qualifiers["end"] = figure.band_end
        if figure.age:
            prop = "age"
        elif (alcohol := self._alcohol(figure)) is not None:
            prop = alcohol  # "0,60 mg/l d'air expiré" is no "1,2 g/l de sang"
        if (
            prop == "population"
            and kind == "forecast"
            and not self._forecast_own(smallest, mention)
        ):
            kind = "fact"  # "commune de 3 010 habitants", "estimée à 950 000 habitants"
        note = None
        if figure.elapsed:  # "about 20 minutes later", "almost 10 years ago"
            note = (
                f'a time between two events ("{self._quote(figure.span)}"): no when is'
                " drafted; check it against their dates (a check with days() or years())"
            )
        if figure.per:  # "4.8 deaths per billion vehicle miles": the property says per what
            written = self.text[figure.number.end : figure.end]
            prop = "_".join(_slug_words(written)) or prop
            note = (
                f"a rate: {self._quote((figure.number.start, figure.end))}; the value cannot "
                f"write '{figure.per}' yet, so its property does: check both"
            )
        if figure.ratio:  # "un enseignant pour 18,5 élèves": 18,5, eleves_par_enseignant
            prop = "_".join(_slug_words(figure.ratio))
            note = (
                f"a ratio: {figure.ratio}; drafted bare, as the value cannot write it per a"
                " person: check the figure and its property"
            )
        if figure.compared:  # "3.1% fewer than the five-year average": -3.1 %
            size = dataclasses.replace(figure, fall=False).value  # ">3 %" of "<-3 %"
            note = (
                f'"{figure.compared}" is drafted as a fall, as sign-matches-quote reads it;'
                f" to keep its size ({size}), name the property after the direction"
                " (..._below, ..._discount)"
            )
        if figure.unnamed_currency:  # "500 rupees": which? as the value reader asks
            unnamed = (
                f'"{figure.unnamed_currency}" names no one currency, and the value is drafted'
                f" without one: {_currency_hint(figure.unnamed_currency)}"
            )
            note = unnamed if note is None else f"{note}; {unnamed}"
        if figure.unread_unit:  # "5 dB(A)": never a bare 5 passing for the figure
            unread = (
                f'a unit the draft cannot write: "{figure.unread_unit}"; the value is drafted'
                " bare: write it with its unit, or say the unit in the property"
            )
            note = unread if note is None else f"{note}; {unread}"
        if (campaign := self._campaign(mention)) is not None:  # "la campagne 2024/2025"
            note = campaign if note is None else f"{note}; {campaign}"
        if figure.day_count:  # "au 400e jour de la guerre": a count from a first day
            counted = (
                f'"{figure.day_count}" counts days from a first day: claim that day too, give'
                " this claim the day it counts as its when, and check the count with"
                f" days(first_day, this_claim) + 1 day == {figure.number.figure} day"
            )
            note = counted if note is None else f"{note}; {counted}"
        if figure.gap:  # "à 2 °C de son record du 23 juillet 2019": not the record's day
            gap = (
                f'a gap to another figure ("{figure.gap}"): no when is drafted (a date near it'
                " is the other figure's); write the day of the figure it separates from it"
            )
            note = gap if note is None else f"{note}; {gap}"
        if figure.caveat:  # "2p" of a tax rate, drafted 2 pp: or pence?
            note = figure.caveat if note is None else f"{note}; {figure.caveat}"
        if which_day is not None:  # "cancelled all sailings on Saturday": which Saturday?
            note = which_day if note is None else f"{note}; {which_day}"
        if figure.withheld:  # "$3.83-3/4": no value verify would read as another figure
            note = figure.withheld if note is None else f"{note}; {figure.withheld}"
        bound = self._bound(quote_span, smallest) if mention is None else None
        if bound is not None:  # "2,5 % de la population d'avant 2011"
            bounded = (
                f'"{bound}" bounds a period no when can write (it is not the date itself),'
                " so no when is drafted: write the one the figure is of"
            )
            note = bounded if note is None else f"{note}; {bounded}"
        if started is not None:
            running = (
                f'a figure running since a start ("{started}"): verify would read that when as'
                " the start alone, so none is drafted (the publication day, up to which it"
                " runs); keep the start in this note, or as a qualifier (since: ...)"
            )
            note = running if note is None else f"{note}; {running}"
        part = _FISCAL_PART.search(self.text, *quote_span) if mention is None else None
        fiscal = part or (_FISCAL.search(self.text, *quote_span) if mention is None else None)
        if fiscal is not None:  # "55,000 recruits in fiscal 2023": no calendar year 2023
            written = " ".join(fiscal.group().split())
            what = "part of a financial year" if part is not None else "a financial year"
            write = f'"{written}"'
            if part is not None and not part.group("year"):  # "the fiscal first quarter"
                write = (
                    f"the quarter with its year ({_FISCAL_PART_EXAMPLE[self.language[:2].lower()]})"
                )
            undated = (
                f'"{written}" is {what}, which verify reads only once'
                " financial_year_start is set (under [dates] in factcheck.toml, or in the"
                f" source: block for this body's year): no when is drafted; set it and write"
                f" {write}, or write its months"
                f" ({_FISCAL_EXAMPLE[self.language[:2].lower()]})"
            )
            note = undated if note is None else f"{note}; {undated}"
        if shift is not None and mention is None:  # "against 3.9% a year earlier"
            written = " ".join(shift.group().split())
            undated = (
                f'a baseline of "{written}": its period is not written, so no when is drafted:'
                " write it"
            )
            note = undated if note is None else f"{note}; {undated}"
        if figure.age and mention is None and shift is None:  # "At 23 she joined"
            undated = (
                "an age without its day: verify reads it on the publication day; write the"
                " when if it is another (the death's, the event's)"
            )
            note = undated if note is None else f"{note}; {undated}"
        subject = self._subject(sentence, figure.start)
        if prop in _THING_PROPERTIES:
            subject = PLACEHOLDER  # the contract is worth the money, not the company
        when = mention.when if mention is not None else None
        label = prop if not qualifiers else f"{prop} {' '.join(qualifiers.values())}"
        return DraftClaim(
            id=self._id(
                subject, label, figure.number.start, quote_span, figure.span, mention, kind
            ),
            quote=self._quote(quote_span),
            subject=subject,
            property=prop,
            value=None if figure.withheld else figure.value,
            when=when,
            kind=kind,
            qualifiers=qualifiers,
            position=figure.number.start,
            quote_span=quote_span,
            note=note,
        )

    def _campaign(self, mention: DateMention | None) -> str | None:
        """The note of a figure dated by a campaign or marketing year, else None.

        "pour la campagne 2024/2025", "the 2025/26 marketing year": the when keeps the two
        years whole, which verify reads as both calendar years (January 2024 to December
        2025), longer than the campaign (July to June for the EU's cereals).
        """
        if mention is None or not _SPLIT_YEAR.fullmatch(mention.when):
            return None
        before = self.text[max(0, mention.start - 40) : mention.start]
        after = self.text[mention.end : mention.end + 25]
        if not (_CAMPAIGN_BEFORE.search(before) or _CAMPAIGN_AFTER.match(after)):
            return None
        example = (
            "du 1er juillet 2024 au 30 juin 2025"
            if self.language.lower().startswith("fr")
            else "September 1, 2025 to August 31, 2026"
        )
        return (
            f'"{mention.when}" is a campaign or marketing year, which verify reads as the'
            f" calendar years it spans: write its first and last days if they matter ({example})"
        )

    def date_claims(self) -> list[DraftClaim]:
        """The claims of the dates no figure took, out of titles, bylines and sub-heads.

        Call it once every figure has its claim.
        """
        claims: list[DraftClaim] = []
        for index, mention in enumerate(self.dates):
            if index in self._baselines or self._built(mention):
                continue  # "construit avant 1946" qualifies the rent
            lifespan = self._lifespan(mention)
            if lifespan is not None:  # "Marguerite Delorme (1927-2018)": a birth and a death
                claims += self._lifespan_claims(mention, *lifespan)
                continue
            event = self._life_event(mention)
            if event is None and (
                index in self._used
                # (not the day it was told, which no figure took: "announced on March 5")
                or (self.sentence(mention.start) in self._lent and not self._told_day(index))
                or (self._in_heading(mention.start) and not self._chronology(mention))
            ):
                continue
            claims.append(self._date_claim(mention, event))
        return claims

    def _life_event(self, mention: DateMention) -> str | None:
        """``birth`` or ``death`` when a date is one, else None.

        A date after "born", "né le", "died", "est mort" (a few words between, no stop:
        "Born in Bradford on 3 March 1937", "est mort dimanche 9 mars"), or a chronology's
        line naming a birth or a death after its date ("3 mars 1938 Naissance à Lyon", "9
        mars 2025 Mort à Paris"). A death's age is its day's: never a byline's date.
        """
        words = self.words
        lead = re.compile(
            rf"(?<![\w-])(?P<word>{words.births}|{words.deaths})(?:\s+[^\W\d_]+){{0,4}}\s*$",
            re.IGNORECASE,
        ).search(self.text, max(self.sentence(mention.start)[0], mention.start - 50), mention.start)
        if lead is not None:
            born = re.fullmatch(words.births, lead.group("word"), re.IGNORECASE)
            return "birth" if born else "death"
        if not self._chronology(mention):
            return None
        entry = re.compile(
            rf"\s*[-–—:•|]?\s*(?:(?P<birth>{words.birth_entries})|{words.death_entries})(?!\w)",
            re.IGNORECASE,
        ).match(self.text, mention.end)
        if entry is None:
            return None
        return "birth" if entry.group("birth") else "death"

    def _chronology(self, mention: DateMention) -> bool:
        """Whether a date opens a line that tells an event: "1968 Les Quais" of a date box.

        Not a byline's date and time ("3 March 2025 • 14.00 GMT", "3 mars 2025 à 14 h 05"):
        a word that says something comes before any digit.
        """
        start = self.text.rfind("\n", 0, mention.start) + 1
        if not re.fullmatch(r"[\s•*–—-]*", self.text[start : mention.start]):
            return False
        end = self.text.find("\n", mention.end)
        rest = self.text[mention.end : end if end >= 0 else len(self.text)]
        if not re.match(r"\s*[-–—:•|]?\s*[^\W\d_]", rest):
            return False
        for token in re.findall(r"[^\W\d_]+|\d", rest):
            if token.isdigit():
                return False
            if token.lower() not in self.words.stopwords:
                return True
        return False

    def _lifespan(self, mention: DateMention) -> tuple[str, int, int] | None:
        """The name, and where it starts and the bracket ends, of a life's years after a name.

        "Marguerite Delorme (1927-2018)": a birth and a death. Not a work's years ("Les
        Marées (2014-2016)": a name after an article, or years too close for a life).
        """
        years = re.fullmatch(r"((?:1[5-9]|20)\d\d)\s*[-–]\s*((?:1[5-9]|20)\d\d)", mention.written)
        if years is None:
            return None
        born, died = int(years.group(1)), int(years.group(2))
        if not 10 <= died - born <= 120 or (self.published and died > self.published.year):
            return None
        close = re.compile(r"\s*\)").match(self.text, mention.end)
        name = re.compile(
            r"(?<![\w'’-])((?:[A-ZÀ-Þ][\w'’-]+)(?:\s+(?:[A-ZÀ-Þ][\w'’-]+|de|du|des|von|van|der|"
            r"da|di|le|la))*)\s*\(\s*$"
        ).search(self.text, max(0, mention.start - 80), mention.start)
        if close is None or name is None:
            return None
        written = name.group(1).split()
        first = written[0]
        if first.lower() in self.words.stopwords:
            return None  # "Les Marées", "The Beatles": no person's name
        # a sentence's or a heading's first word is in no one's list of names: a first
        # name and a surname are enough ("Marguerite Delorme (1927-2018) a écrit")
        capitalised = [w for w in written if w[0].isupper()]
        if first not in self.proper and len(capitalised) < 2:
            return None
        return name.group(1), name.start(1), close.end()

    def _lifespan_claims(
        self, mention: DateMention, name: str, start: int, end: int
    ) -> list[DraftClaim]:
        """The birth and the death that the years after a name give, each a year."""
        claims: list[DraftClaim] = []
        for event, year in zip(
            ("birth", "death"), re.findall(r"\d{4}", mention.written), strict=True
        ):
            try:
                period = parse_date(year, self.language, self.published)
            except DateSyntaxError:
                return []
            dated = dataclasses.replace(mention, when=year, period=period)
            position = mention.start if event == "birth" else mention.end - len(year)
            claims.append(
                DraftClaim(
                    id=self._id(name, event, position, (start, end), (start, end), dated),
                    quote=self._quote((start, end)),
                    subject=name,
                    property=event,
                    value=None,
                    when=year,
                    position=position,
                    quote_span=(start, end),
                )
            )
        return claims

    def _death_day(self, sentence: tuple[int, int]) -> DateMention | None:
        """The one date of a death in the sentence, for an age said with it, if any.

        "est mort dimanche 9 mars à Paris, à l'âge de 87 ans": the age is the death's.
        """
        found = {
            self.dates[i].when: self.dates[i]
            for i in self._dates_in(*sentence)
            if i not in self._baselines and self._life_event(self.dates[i]) == "death"
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _age_event(self, figure: Figure, sentence: tuple[int, int]) -> DateMention | None:
        """The one date of the event an age is told with, "when" after or before it, if any.

        "He was 23 when his debut won the Mercury prize in September 2019", "appeared in
        2019, when she was 82", "est sorti en 2021, alors qu'il avait 83 ans". Never a birth.
        """
        events = rf"(?<!\w)(?:{self.words.age_events})(?!\w)"
        after = re.compile(rf"\s*,?\s*{events}", re.IGNORECASE).match(self.text, figure.end)
        if after is not None:
            low, high = after.end(), sentence[1]
        else:
            before = re.compile(rf"{events}\s*(?:[^\W\d_]+['’]?\s*){{0,3}}$", re.IGNORECASE)
            found = before.search(
                self.text, max(sentence[0], figure.number.start - 40), figure.number.start
            )
            if found is None:
                return None
            low, high = sentence[0], found.start()
        dates = [
            self.dates[i]
            for i in self._dates_in(low, high)
            if i not in self._baselines and i not in self._records and self.dates[i].end <= high
        ]
        if len({d.when for d in dates}) != 1 or self._life_event(dates[0]) == "birth":
            return None
        return dates[0]

    def _date_claim(self, mention: DateMention, event: str | None = None) -> DraftClaim:
        """The claim of a date no figure uses: an event, without a value.

        A birth's or a death's (``event``) has that property, and is a fact.
        """
        sentence = self.sentence(mention.start)
        span = (mention.start, mention.end)
        cuts = self._near(self._cuts(sentence, outside_dates=False), span, sentence)
        quote_span = self._unique(self._clause(span, cuts, sentence), span, cuts)
        window = self._window(sentence, mention.start)
        kind = self._kind(sentence, window, mention.end)
        if mention.since or event or self._past_event(mention, cuts, sentence):
            kind = "fact"  # "the first since 2015", "said on Monday 22 September"
        elif (
            kind == "forecast"
            and re.search(r"\d{4}", mention.written)
            and not self._forecast_own(self._clause(span, cuts, sentence), mention)
        ):
            kind = "fact"  # "estimée à 950 000 habitants avant le siège, entamé en mai 2024"
        which_day = None
        tense = None if event else self._weekday_tense(mention, sentence)
        if tense in ("past", "closed"):
            kind = "fact"  # "will pay more ... after councillors approved it on Tuesday"
        elif tense == "future":
            kind = "forecast" if kind == "fact" else kind  # "the mayor will speak on Friday"
        if tense in (None, "past") and kind == "fact" and not event:  # "from 6am Saturday"
            mention, which_day = self._coming_weekday(mention)
        if self.published is not None and mention.period.after_day(self.published):
            kind = "forecast" if kind == "fact" else kind
        if not event and _DEADLINE.search(
            self.text, max(sentence[0], mention.start - 30), mention.start
        ):
            kind = "target"  # "Lawmakers have until Sept. 30": a deadline, the next Sept. 30
        if kind != "fact":  # "would publish its report in May": the next May
            mention = ahead(mention, self.language, self.published)
        subject = self._subject(sentence, mention.start)
        prop = event or PLACEHOLDER
        return DraftClaim(
            id=self._id(subject, prop, mention.start, quote_span, span, mention, kind),
            quote=self._quote(quote_span),
            subject=subject,
            property=prop,
            value=None,
            when=mention.when,
            kind=kind,
            position=mention.start,
            quote_span=quote_span,
            note=which_day,
        )

    def _past_event(self, mention: DateMention, cuts: list[int], sentence: tuple[int, int]) -> bool:
        """Whether a date is the day of an event its clause tells in a past tense.

        "the roads minister said on Monday 22 September", "a annoncé mardi 14 janvier",
        "was approved by the government on Tuesday": a fact, even in a sentence that
        forecasts something else ("The government will publish ..., said on Monday"), and
        read as the past day it is (a forecast's "Monday 22 September" is next year's).
        Only a date not after publication, with the verb in its clause right before it.
        """
        if self.published is None or mention.period.after_day(self.published):
            return False
        start = max(_before(cuts, mention.start, sentence[0]), mention.start - 60)
        lead = self.text[start : mention.start]
        verb = re.search(
            rf"(?<!\w)(?:{self.words.past_events})(?!\w)(?:\s+[^\W\d_]+){{0,4}}?\s*$",
            lead,
            re.IGNORECASE,
        )
        return verb is not None

    def _weekday_tense(self, mention: DateMention, sentence: tuple[int, int]) -> str | None:
        """The tense of the verb a weekday alone follows in its sentence: past, future or None.

        A market's close of a weekday ("Friday's closing price", "la clôture de vendredi")
        is ``closed``: always the last such day, whatever the sentence's tense.

        "will pay 4.99% more ... after councillors approved the budget ... on Tuesday": the
        last verb before the day tells it, "approved", past: last Tuesday, a fact; "said on
        Monday that it will vote on Friday": "will", the coming Friday, a forecast. A past
        participle a future verb leads ("will be held on Friday") is of the future.
        """
        if self.published is None or not _weekday_alone(mention):
            return None
        if _CLOSE_AFTER.match(self.text, mention.end) or _CLOSE_BEFORE.search(
            self.text, max(sentence[0], mention.start - 30), mention.start
        ):
            return "closed"  # "a premium of 38pc to Friday's closing price": the last one
        words = self.words
        past = None
        for found in _word_regex(f"{words.past_events}|{words.past_tenses}").finditer(
            self.text, sentence[0], mention.start
        ):
            if not found.group()[0].isupper():  # "the Met Office": a name, no verb
                past = found
        future = None
        for found in _word_regex(words.future_tenses).finditer(
            self.text, sentence[0], mention.start
        ):
            future = found
        if future is None:
            return None if past is None else "past"
        if past is None or past.start() < future.end():
            return "future"
        between = self.text[future.end() : past.start()].split()
        return "future" if len(between) <= 2 else "past"  # "will be held", "sera bien votée"

    def _coming_weekday(self, mention: DateMention) -> tuple[DateMention, str | None]:
        """A fact's weekday alone, as the coming day when its clause announces a window.

        A Friday paper's "in force from 6am Saturday", "from 3am on Saturday to 6am on
        Sunday", "a speed limit for Saturday" is tomorrow, not last week's Saturday (the
        one ``verify`` reads for a fact): after a word opening a window ("from", "for",
        "until", "à partir de", "dès", "pour") in a clause no past tense tells, when the
        coming day is the nearer. Otherwise the last one is kept, with a note when the
        coming one is at most two days ahead ("cancelled all sailings on Saturday"): the
        text may mean either, and the editor must say which.
        """
        if self.published is None or not _weekday_alone(mention):
            return mention, None
        coming = ahead(mention, self.language, self.published)
        if coming.period.start == mention.period.start:
            return mention, None  # "jusqu'à vendredi", "next Saturday", "hier"
        days_ahead = (coming.period.start - self.published).days
        days_back = (self.published - mention.period.start).days
        if days_ahead >= days_back:
            return mention, None
        sentence = self.sentence(mention.start)
        span = (mention.start, mention.end)
        cuts = self._near(self._cuts(sentence, outside_dates=False), span, sentence)
        clause = self._clause(span, cuts, sentence)
        past = rf"{self.words.past_events}|{self.words.past_tenses}"
        told = _word_regex(past).search(self.text, clause[0], clause[1]) is not None
        lead = re.compile(
            rf"(?<!\w)(?:{self.words.forward_leads})\s+(?:{_TIME_OF_DAY}\s+(?:on\s+)?)?$",
            re.IGNORECASE,
        )
        if not told and lead.search(self.text, clause[0], mention.start) is not None:
            return coming, None
        if days_ahead > 2:
            return mention, None
        written = " ".join(mention.written.split())
        return mention, (
            f'"{written}" is drafted as the last one ({mention.when}), as verify reads a'
            f" fact's weekday; if the text means the coming one, write {coming.when} and"
            " kind: forecast"
        )

    def _in_heading(self, position: int) -> bool:
        """Whether a position is in a title, byline or sub-head: a short line without a stop.

        A date there (the byline's publication day) is no claim.
        """
        index = bisect.bisect_left(self._newlines, position)
        return self._heading(self._newlines[index - 1] + 1 if index else 0)

    def _is_heading(self, start: int) -> bool:
        end = self.text.find("\n", start)
        line = self.text[start : end if end >= 0 else len(self.text)].strip()
        return not re.search(r"[.!?…][\"»”)]?$", line) and len(line.split()) < 15

    # -- what a sentence holds, found once

    def _find_cuts(self, sentence: tuple[int, int], outside_dates: bool) -> list[int]:
        """Where clauses of the sentence start, in order; never inside a date if asked."""
        start, end = sentence
        chunk = self.text[start:end]
        cuts = {start, end}
        for match in re.finditer(r"[,;:]['\"»”’]?\s+|\s[–—-]\s", chunk):
            cuts.add(start + match.end())
        for match in self.clause_words.finditer(chunk):
            coordinator = match.group().lower() in self.words.coordinators
            if coordinator and self._in_age_group(start + match.start()):
                continue  # "aged 85 and over, at 38.2": the group stays whole in the quote
            cuts.add(start + match.start())
            if coordinator:
                cuts.add(start + match.end())  # "et", "and" belong to neither clause
        if outside_dates:
            cuts = {c for c in cuts if not self._in_date(c)}
        return sorted(cuts)

    def _in_age_group(self, position: int) -> bool:
        """Whether an "and", "et" joins an age group: "85 and over", "aged 2 and 3"."""
        text, words = self.text, self.words
        low = max(0, position - 20)
        for match in re.finditer(words.groups_after, text[low : position + 25], re.IGNORECASE):
            if low + match.start() < position < low + match.end():
                return True
        before = re.compile(rf"(?<!\w)(?:{words.ages_listed})\s+$", re.IGNORECASE)
        return before.search(text, max(0, position - 30), position) is not None

    def _in_date(self, position: int) -> bool:
        index = bisect.bisect_left(self._date_starts, position) - 1
        return index >= 0 and position < self.dates[index].end

    def _find_spans(self, pattern: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
        """Where the words of a pattern stand in the sentence, in order."""
        return [match.span() for match in _word_regex(pattern).finditer(self.text, *sentence)]

    def _has(self, pattern: str, sentence: tuple[int, int], start: int, end: int) -> bool:
        """Whether words of the pattern stand between two positions, from within the sentence."""
        if end > sentence[1]:  # words run on past the sentence: its last figure or date only
            return _word_regex(pattern).search(self.text, start, end) is not None
        spans = self._spans(pattern, sentence)
        index = bisect.bisect_left(spans, start, key=lambda s: s[0])
        return index < len(spans) and spans[index][1] <= end

    def _dates_in(self, start: int, end: int) -> range:
        """The indexes of the dates starting between two positions."""
        starts = self._date_starts
        return range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))

    def _find_name(self, sentence: tuple[int, int]) -> tuple[str, int] | None:
        """The name opening the sentence (or its second clause) and where it ends, if any."""
        start, end = sentence
        clauses = itertools.islice(re.finditer(r"[^,]+", self.text[start:end]), 2)
        for number, clause in enumerate(clauses):
            name = _name_at(clause.group(), self.proper, self.words)
            if name is not None:
                return name, start + clause.start() + clause.group().find(name) + len(name)
            if number == 0 and len(clause.group().split()) > 4:
                break
        return None

    def _find_one_period(self, sentence: tuple[int, int]) -> int | None:
        """The index of the one period (not a day) the sentence may lend its figures, if any.

        Not when one of its dates stands in a relative or comparative clause, nor when it
        holds a phrase that dates what verify cannot read ("the week ending Nov. 8").
        Baselines of a comparison ("on 2021", "qu'au troisième trimestre") do not count: they
        date none of the sentence's other figures. A start ("depuis le 1er janvier") is
        lent as a period is.
        """
        if _first_in(self._unread, *sentence) is not None:
            return None
        skipped = self._baselines.keys() | self._records
        indexes = [
            i for i in self._dates_in(*sentence) if i not in skipped and not self._told_day(i)
        ]
        around = [self.dates[i] for i in indexes]
        if len({d.when for d in around}) != 1:
            return None
        period = around[0].period
        if period.granularity == "day" and not (around[0].since or around[0].whole):
            return None
        if period.granularity == "week" and _WEEK_OF.match(around[0].written):
            return None  # "in the week of Nov. 10, ..., and spent six weeks": lent as a day is not
        if (
            around[0].whole
            and period.granularity == "range"
            and (period.end - period.start).days == 1
        ):
            return None  # "dans la nuit de samedi à dimanche": two days, lent as a day is not
        cuts = self._cuts(sentence, outside_dates=True)
        markers = self.words.clause_markers
        pattern = markers["relative"] + "|" + markers["comparative"]
        if any(self._opens(_before(cuts, d.start, sentence[0]), pattern) for d in around):
            return None
        return indexes[0]

    def _told_day(self, index: int) -> bool:
        """Whether a date is the day the text was told: "the airport said on Tuesday"."""
        mention = self.dates[index]
        if mention.period.granularity != "day":
            return False
        start = max(0, mention.start - 40)
        return self._reported.search(self.text, start, mention.start) is not None

    def _find_one_day(self, sentence: tuple[int, int], figure: Figure) -> int | None:
        """The index of the one day a sentence lends a figure after it, if any.

        "Au second tour, dimanche 29 novembre, Claire Le Goff a obtenu 20 917 voix, soit
        54,4 % des suffrages exprimés": the 54,4 % is of that Sunday too. Only a day written
        before the figure, not after publication, that no baseline, record or other date of
        the sentence contradicts, and not told ("said on Monday"), nor the day of the item
        of a list before ", et" ("un ouvrier ... lundi, et deux baigneurs"), nor a noun's
        day ("le second tour du dimanche 7 juillet 2024").
        """
        if _first_in(self._unread, *sentence) is not None:
            return None
        indexes = list(self._dates_in(*sentence))
        if len(indexes) != 1 or indexes[0] in self._baselines or indexes[0] in self._records:
            return None
        mention = self.dates[indexes[0]]
        if mention.period.granularity != "day" or mention.since or mention.whole:
            return None
        if mention.end > figure.start or self._told_day(indexes[0]):
            return None
        if self.published is None or mention.period.after_day(self.published):
            return None  # "une marche est prévue samedi 21 mars, ..., commune de 3 010 habitants"
        if _AND_AFTER.search(self.text, mention.end, figure.start):
            return None
        if _OF_BEFORE.search(self.text, max(0, mention.start - 5), mention.start):
            return None  # "celle du second tour du dimanche 7 juillet 2024": a noun's day
        cuts = self._cuts(sentence, outside_dates=True)
        markers = self.words.clause_markers
        pattern = markers["relative"] + "|" + markers["comparative"]
        if self._opens(_before(cuts, mention.start, sentence[0]), pattern):
            return None
        return indexes[0]

    def _baseline(self, index: int, mention: DateMention) -> tuple[bool, int | None]:
        """Whether a date is the baseline of a comparison, and the figure it dates (or None).

        A baseline follows "contre", "par rapport à", "compared with", "than", "qu'" after
        a comparative ("de plus qu'au troisième trimestre"), "from" after a change ("down
        from 36.1% in 2021"), or "on" after a change and before a period ("up 6.4 points
        on 2021"), with at most one figure between them: that figure is the one it dates.
        """
        if mention.since:
            return _NO_BASELINE
        sentence = self.sentence(mention.start)
        level = self._level_baseline(mention, sentence)
        if level is not None:
            return level
        day = self._of_a_day(mention)  # "went on strike on Friday 30 and Saturday 31 October"
        if mention.lead and not day and re.fullmatch(self.words.baseline_on, mention.lead, re.I):
            before = self.text[max(sentence[0], mention.start - 60) : mention.start]
            if self._changes.search(before):  # "up 6.4 percentage points on 2021"
                return True, self._possessed(mention)  # "up 8% on last year's 32,600"
            return _NO_BASELINE  # "a report on 2023"
        low = max(sentence[0], mention.start - 80, self.dates[index - 1].end if index else 0)
        # the nearest marker that makes a comparison: "faster than the 2hr 2min 31sec he ran
        # on his debut in Berlin in September" is compared by its "than", not its "on"
        # "par rapport au troisième trimestre 2024": the date's lead "au" ends the marker
        stop = mention.start + len(mention.lead) if mention.lead else mention.start
        found = [
            m for m in self._markers.finditer(self.text, low, stop) if m.start() < mention.start
        ]
        for marker in reversed(found):
            between = self.text[marker.end() : mention.start]
            if self._breaks.search(between):
                return _NO_BASELINE
            figures = self._figures
            first = bisect.bisect_left(figures, marker.end())
            inside = figures[first : bisect.bisect_left(figures, mention.start, lo=first)]
            if len(inside) > 1:
                return _NO_BASELINE
            before = self.text[max(sentence[0], marker.start() - 60) : marker.start()]
            if (marker.group("from") or marker.group("on")) and not self._changes.search(before):
                continue  # "ballots cast from an electorate", "ran on his debut"
            if marker.group("that") is not None and not self._comparatives.search(before):
                continue  # "annonce que ... en 2025"
            if (
                marker.group("on") is not None
                and len(inside) == 1
                and len(between) <= 60
                # (the date's lead is the date's: "in" of "it served in October 2025")
                and re.search(r"(?<!\w)(?:of|in|de|en)\s*$", self.text[marker.end() : stop], re.I)
            ):
                # "an increase of 7.2% on the 1.56 trillion yuan of 2023", "up 2.9% on the
                # 6.9 million it served in October 2025": the date dates the baseline,
                # never the change
                return True, inside[0]
            if marker.group("on") is not None and (day or inside or len(between) > 30):
                return _NO_BASELINE  # "on Monday": the day it happened
            break
        else:
            return _NO_BASELINE
        if not inside:  # "par rapport à 2020 (41,2 %)": the figure in brackets is 2020's
            after = _first_in(figures, mention.end, mention.end + 20)
            gap = self.text[mention.end : after] if after is not None else ""
            if after is not None and re.fullmatch(r"\s*\(\s*(?:[^\W\d_]+\s+){0,2}", gap):
                return True, after
            return True, self._possessed(mention)
        return True, inside[0] if inside else None

    def _possessed(self, mention: DateMention) -> int | None:
        """The figure a date owns: "last year's 32,600" is 2024's (where a figure starts)."""
        owned = re.compile(r"['’]s\s+").match(self.text, mention.end)
        if owned is None:
            return None
        return _first_in(self._figures, owned.end(), owned.end() + 1)

    def _level_baseline(
        self, mention: DateMention, sentence: tuple[int, int]
    ) -> tuple[bool, int | None] | None:
        """The baseline "below 1990 levels", "above the 1991-2020 average" makes, if any.

        It dates no figure of the sentence but the one right after it ("1990 levels of
        812.2MtCO2e" is 1990's).
        """
        before, after = self.words.level_baselines
        lead = self.text[max(sentence[0], mention.start - 40) : mention.start]
        if not re.search(before, lead, re.IGNORECASE):
            return None
        tail = re.compile(after, re.IGNORECASE).match(self.text, mention.end)
        if tail is None:
            return None
        following = _first_in(self._figures, tail.end(), tail.end() + 1)
        return True, following if tail.group().rstrip().endswith(("of", "de")) else None

    def _compared(self, figure: Figure, clause: tuple[int, int]) -> bool:
        """Whether a figure is the baseline of a comparison made at another, unwritten time.

        "contre 10,8 % un an plus tôt", "compared with 5% a year earlier", "down from 36.1%":
        its sentence's date is not its.
        """
        head = self.text[clause[0] : figure.start]
        marker = self._marker_before.search(head)
        if marker is None:
            # "up 5% on the 2,353 recorded in the previous 12 months": "on" after a change
            # makes the figure its baseline
            on = self._on_before.search(head)
            if on is None:
                return False
            before = self.text[max(0, clause[0] + on.start() - 60) : clause[0] + on.start()]
            return self._changes.search(before) is not None
        word = self._markers.match(self.text, clause[0] + marker.start())
        if word is not None and word.group("from") is not None:
            before = self.text[max(0, clause[0] + marker.start() - 60) : clause[0] + marker.start()]
            return self._changes.search(before) is not None
        tail = self.text[figure.end : min(self.sentence(figure.start)[1], figure.end + 60)]
        tail = re.split(r"[,;:]", tail, maxsplit=1)[0]
        return self._shifts.search(tail) is not None

    # -- quotes

    def _near(self, cuts: list[int], span: tuple[int, int], sentence: tuple[int, int]) -> list[int]:
        """The sentence's cuts within ``_CLAUSE_REACH`` of a span, and cuts at that reach.

        A quote is made of these cuts: however long the sentence, each figure reads a
        bounded stretch of it. The reach ends at a space, never inside a word, a date or
        a number ("12 | 500"). A sentence within reach keeps all its cuts (they include
        its start and end).
        """
        low, high = sentence
        if span[0] - low > _CLAUSE_REACH:
            spaces = self._spaces(span[0] - _CLAUSE_REACH, span[0])
            low = next(iter(spaces), span[0])
        if high - span[1] > _CLAUSE_REACH:
            spaces = self._spaces(span[1], span[1] + _CLAUSE_REACH)
            high = spaces[-1] if spaces else span[1]
        if (low, high) == sentence:
            return cuts
        inside = cuts[bisect.bisect_right(cuts, low) : bisect.bisect_left(cuts, high)]
        return [low, *inside, high]

    def _spaces(self, start: int, end: int) -> list[int]:
        """Where runs of spaces between two positions start: not in a date, nor a number."""
        text = self.text
        return [
            start + space.start()
            for space in re.finditer(r"\s+", text[start:end])
            if not self._in_date(start + space.start())
            and not (
                text[start + space.start() - 1].isdigit()
                and _THOUSANDS_GROUP.match(text, start + space.end())
            )
        ]

    def _clause(
        self, span: tuple[int, int], cuts: list[int], sentence: tuple[int, int]
    ) -> tuple[int, int]:
        """The cut positions around the smallest clause holding ``span`` that says something."""
        left, right = _before(cuts, span[0], sentence[0]), _after(cuts, span[1], sentence[1])
        # the words around the span, read a stretch at a time as the clause grows
        found = self._words_between(left, span[0]) + self._words_between(span[1], right)
        while not self._says_something(found):
            wider = _widen(left, right, cuts)
            if wider is None:
                break
            found += self._words_between(wider[0], left) + self._words_between(right, wider[1])
            left, right = wider
        return left, right

    def _words_between(self, start: int, end: int) -> list[str]:
        return re.findall(r"[^\W\d_]+", self.text[start:end])  # a cut never splits a word

    def _says_something(self, found: list[str]) -> bool:
        return any(w.lower() not in self.words.stopwords for w in found) or len(found) >= 3

    def _unique(
        self, clause: tuple[int, int], span: tuple[int, int], cuts: list[int]
    ) -> tuple[int, int]:
        """The quote of a clause; grown while it is printed twice, within a readable length."""
        left, right = clause
        smallest = quote = self._bounds(left, right, span)
        while self._printed_twice(quote):
            wider = _widen(left, right, cuts)
            if wider is None:
                return smallest
            left, right = wider
            quote = self._bounds(left, right, span)
            if quote[1] - quote[0] > _MAX_QUOTE:
                return smallest
        return quote

    def _printed_twice(self, span: tuple[int, int]) -> bool:
        """Whether the text prints what stands in ``span`` twice (occurrences not overlapping).

        The search stops at the second occurrence: a quote printed a thousand times
        costs no more than one printed twice.
        """
        needle, text = normalise(self.text[span[0] : span[1]]), self.normalised
        return text.find(needle, text.find(needle) + len(needle)) >= 0

    def _bounds(self, left: int, right: int, span: tuple[int, int]) -> tuple[int, int]:
        """Trim a clause of its punctuation, never into the figure or date it quotes."""
        start, end = self._trim(left, right)
        for opener, closer in (("(", ")"), ("«", "»"), ("“", "”")):
            chunk = self.text[start:end]
            if _closes_first(chunk, opener, closer) and start + chunk.find(closer) < span[0]:
                # "1-0) devant 11 248 spectateurs": the quote starts after the bracket
                start, end = self._trim(start + chunk.find(closer) + 1, end)
        return min(start, span[0]), max(end, span[1])

    def _trim(self, left: int, right: int) -> tuple[int, int]:
        text = self.text
        while True:
            before = (left, right)
            while left < right and (text[left].isspace() or text[left] in ",;:–—-"):
                left += 1
            while right > left and (text[right - 1].isspace() or text[right - 1] in ".,;:!?…–—-"):
                right -= 1
            # "Selon lui, 1 200 policiers et": a quote never ends on its coordinator
            dangling = _DANGLING.search(text, max(left, right - 8), right)
            if dangling is not None and dangling.group(1).lower() in self.words.coordinators:
                right = dangling.start()
            chunk = text[left:right]
            for opener, closer in (("(", ")"), ("«", "»"), ("“", "”")):
                if chunk.endswith(closer) and chunk.count(opener) < chunk.count(closer):
                    right -= 1
                elif chunk.startswith(opener) and chunk.count(closer) < chunk.count(opener):
                    left += 1
                elif chunk.endswith(opener):
                    right -= 1
            chunk = text[left:right]
            if len(chunk) > 1 and chunk[0] in '"«“' and chunk[-1] in '"»”':
                left, right = left + 1, right - 1
            elif chunk.count('"') % 2 and chunk[:1] == '"':
                left += 1
            elif chunk.count('"') % 2 and chunk[-1:] == '"':
                right -= 1
            if (left, right) == before:
                return left, right

    def _bound(self, *spans: tuple[int, int]) -> str | None:
        """The first date bounding a period ("d'avant 2011") inside one of the spans."""
        for start, end in self.bounds:
            if any(low <= start and end <= high for low, high in spans):
                return self._quote((start, end))
        return None

    def _quote(self, span: tuple[int, int]) -> str:
        return " ".join(self.text[span[0] : span[1]].split())

    # -- when, kind, subject, property, id

    def _date_for(
        self,
        figure: Figure,
        clause: tuple[int, int],
        sentence: tuple[int, int],
        kind: str,
        shift: re.Match[str] | None = None,
    ) -> DateMention | None:
        """The date of the figure's clause, else the only period (not day) of its sentence.

        A date is not lent across a relative or adversative clause ("qui emploie environ
        90 personnes", "but has since dropped to 5th") nor out of a comparison ("contre
        900 M€ en 2022"); a comparison borrows its sentence's date ("en 2014, contre 19%").
        Nor is it lent back from an "and", "et" clause that makes a plan or a forecast of
        it, or would make a forecast of a fact: "has 12,500 employees and plans to hire
        1,000 more by the end of 2026" gives the 12,500 no date. A figure of another time
        (``shift``, "a year earlier") takes none of its sentence's dates, but the year
        before its sentence's year-long period ("the previous 12 months").
        """
        mine = figure.number.start
        if self._age(figure):
            return None  # "Daniel Hirst, 52, ... between October and December": not its period
        # "contre 10,8 % un an plus tôt", "rose to 36% in 2024 from 34.7%": a baseline of
        # another time takes only the date that introduces it, never the sentence's
        compared = shift is not None or self._compared(figure, clause)
        # "third-quarter revenue of $12.4 billion on Thursday": Thursday is when it was said
        of_period = self._periods.search(self.text, clause[0], figure.start) is not None
        near = [
            i
            for i in self._dates_in(*clause)
            if self._baselines.get(i, None if compared else mine) == mine
            and i not in self._records
            and not (of_period and self._of_a_day(self.dates[i]))
        ]  # nor the baseline of another figure: "up 6.4 points on 2021" is not of 2021
        near = [i for i in near if self._figure_may_take(figure, self.dates[i])]
        # "un ouvrier ... victime d'un malaise lundi, et deux baigneurs": the worker's day
        near = [
            i
            for i in near
            if not (
                self.dates[i].end <= figure.start
                and _AND_NEXT.fullmatch(self.text, self.dates[i].end, figure.start)
                and self.dates[i].start > clause[0]
            )
        ]
        if not compared:  # "up 12% from the finale's 8.4 million on Dec. 15, 2024": not the 12's
            near = [i for i in near if not self._past_baseline(figure, self.dates[i])]
        named = [i for i in near if self._named_for(figure, self.dates[i])]
        if named and any(self.dates[i].period.granularity == "day" for i in near):
            # "announced on March 5 a defence budget of 1.67 trillion yuan for 2024": the
            # budget is 2024's; March 5 is the day it was announced, a claim of its own
            near = named
        if near:
            index = min(near, key=lambda i: abs(self.dates[i].start - figure.start))
            self._used.add(index)
            return self.dates[index]
        year = self._year_before.match(self.text, shift.start()) if shift is not None else None
        if shift is not None and year is not None and year.end() == shift.end():
            return self._year_earlier(sentence)  # "the previous 12 months", "the year before"
        if compared or _first_in(self._unread, *clause) is not None:
            return None  # "in the week ending Nov. 8": its date, verify cannot read it yet
        twin = self._twin_date(figure, sentence)
        if twin is not None:
            return twin
        if self._opens(clause[0], self.words.clause_markers["relative"]):
            # "l'attaque du Hamas le 7 octobre 2023, qui a entraîné la mort de 1 205
            # personnes": a relative clause right after a date tells that day's event
            before = self._dates_in(max(sentence[0], clause[0] - 40), clause[0])
            for i in reversed(before):
                told = self.dates[i]
                if told.period.granularity == "day" and not told.since:
                    gap = self.text[told.end : clause[0]]
                    # ("contre Israël le 7 octobre 2023": a baseline of no figure)
                    if re.fullmatch(r"\s*,\s*", gap) and self._baselines.get(i) is None:
                        self._used.add(i)
                        return told
            return None
        one = self._one_period(sentence)
        if one is None:
            one = self._find_one_day(sentence, figure)
        if one is None:
            return None
        lent = self.dates[one]
        if not self._figure_may_take(figure, lent) or self._compared_to_a_thing(figure, clause):
            return None
        if self._over_a_span(figure, clause):
            return None  # "65 years of marriage", "27 films en un demi-siècle": not 1961's
        if _YEARLESS_SEASON.fullmatch(lent.written) and _OF_BEFORE.search(
            self.text, max(0, lent.start - 5), lent.start
        ):
            # "Les pluies de l'automne ont empêché les semis : la sole recule à 4,24 Mha":
            # a season without its year naming a noun's time dates no other clause (it
            # may be last year's)
            return None
        if _EVENT_BEFORE.search(self.text, max(0, lent.start - 30), lent.start):
            return None  # "employs 85 staff and opened in 2009": the opening's year, not the 85's
        if self._apposed(lent, figure, sentence):
            return None  # "Greenwood, né le 1er octobre 2001, compte 10 buts": not his birth's
        aside = self._aside(sentence, lent.start)
        if aside is not None and not aside[0] <= figure.number.start < aside[1]:
            return None  # "A crowd of 38,412 – the biggest since ... 2019 – saw ...": not 2019
        if lent.start >= figure.end and self._coordinated(sentence, figure.end, lent.start):
            later = self._kind(sentence, figure.end, lent.start)
            future = lent.period.after_day(self.published or date.max)
            if later not in ("fact", kind) or (kind == "fact" and future):
                return None
        self._lent.add(sentence)
        return lent

    def _twin_date(self, figure: Figure, sentence: tuple[int, int]) -> DateMention | None:
        """The date of the figure "et", "and" joins to this one, telling one event.

        "Au moins 40 personnes ont été tuées et plus de 120 blessées dans des frappes menées
        dans la nuit de samedi à dimanche": the 40 dead are of that night too.
        """
        following = bisect.bisect_right(self._figures, figure.number.start)
        if following >= len(self._figures) or self._figures[following] >= sentence[1]:
            return None
        twin = self._figures[following]
        if not _TWIN_GAP.fullmatch(self.text, figure.end, twin):
            return None
        stop = _CLAUSE_STOP.search(self.text, twin, sentence[1])
        end = stop.start() if stop is not None else sentence[1]
        for i in self._dates_in(twin, end):
            mention = self.dates[i]
            if i in self._baselines or i in self._records or mention.since:
                continue
            if self.published is not None and mention.period.after_day(self.published):
                return None  # "12,500 employees and 1,000 more by 2026": no fact of 2026
            self._used.add(i)
            return mention
        return None

    def _named_for(self, figure: Figure, mention: DateMention) -> bool:
        """Whether a period after a figure is the one it is for: "a budget of $2bn for 2024"."""
        if mention.start < figure.end or mention.period.granularity == "day":
            return False
        lead = re.compile(r"(?<!\w)(?:for|pour)\s+(?:l['’]\s*(?:année|exercice)\s+)?$", re.I)
        return lead.search(self.text, max(0, mention.start - 25), mention.start) is not None

    def _past_baseline(self, figure: Figure, mention: DateMention) -> bool:
        """Whether a date stands after a figure and a baseline its comparison introduces.

        "up 12% from the Season 5 finale's 8.4 million on Dec. 15, 2024": the day dates the
        8.4 million, the baseline; the change is the later figure's, of another time.
        """
        if mention.start < figure.end:
            return False
        for marker in self._markers.finditer(self.text, figure.end, mention.start):
            if marker.group("than") is None and marker.group("from") is None:
                continue
            if _first_in(self._figures, marker.end(), mention.start) is None:
                continue  # "rose 12% from January to March 2025": a period, no baseline
            low = max(0, marker.start() - 60)
            if marker.group("than") or self._changes.search(self.text, low, marker.start()):
                return True
        return False

    def _shift(self, figure: Figure, sentence: tuple[int, int]) -> re.Match[str] | None:
        """The words right after a figure that make it a figure of another, unwritten time.

        "the 2,353 recorded in the previous 12 months", "$0.98 a year earlier", "2 353
        l'année précédente"; up to the next figure or comma, within ``_SHIFT_REACH``. Not
        the time of a comparison ("up 8.5% on the previous year" is this year's change), nor
        the same time ("in the same period").
        """
        start = figure.upper.end if figure.upper is not None else figure.number.end
        end = min(sentence[1], start + _SHIFT_REACH)
        end = _first_in(self._figures, start, end) or end
        stop = _CLAUSE_STOP.search(self.text, start, end)
        end = stop.start() if stop is not None else end
        found = self._shifts.search(self.text, start, end)
        if found is None or _SAME_TIME.search(found.group()):
            return None
        if self._markers.search(self.text, start, found.start()):
            return None
        return found

    def _year_earlier(self, sentence: tuple[int, int]) -> DateMention | None:
        """The year before the sentence's own year-long period, written as it is.

        "the year to March 2024" gives "the year to March 2023", "en 2023" gives "2022";
        None when the period is no year ("in March"), writes no year ("the year to June")
        or the year written one less does not read as the same period a year earlier.
        """
        one = self._one_period(sentence)
        if one is None:
            return None
        mention = self.dates[one]
        period = mention.period
        if mention.since or _year_back(period.end + timedelta(days=1)) != period.start:
            return None
        years = list(re.finditer(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)", mention.when))
        if len(years) != 1:
            return None
        year = years[0]
        when = f"{mention.when[: year.start()]}{int(year.group()) - 1}{mention.when[year.end() :]}"
        try:
            shifted = parse_date(when, self.language, self.published)
        except DateSyntaxError:
            return None
        if (shifted.start, shifted.end) != (_year_back(period.start), _year_back(period.end)):
            return None
        self._lent.add(sentence)
        return dataclasses.replace(mention, when=when, period=shifted)

    def _age(self, figure: Figure) -> bool:
        """Whether a bare number is a person's age after the name: "Daniel Hirst, 52, of"."""
        return age_after_a_name(self.text, figure, self.words)

    def _apposed(self, lent: DateMention, figure: Figure, sentence: tuple[int, int]) -> bool:
        """Whether a date stands in an apposition of a person's event the figure is not in.

        "Greenwood, né le 1er octobre 2001, compte 10 buts", "Prendergast, born on 6
        February 2004, finishes ... with 71", "Arrivé de Brest à l'été 2022 pour 3,5
        millions d'euros, le milieu a disputé 96 matchs": the birth, the arrival date only
        the apposition's figures (the 3,5 millions), never the main clause's.
        """
        if self._life_event(lent) == "birth":
            return True
        low = sentence[0]
        for comma in _COMMA.finditer(self.text, sentence[0], lent.start):
            low = comma.end()  # "26,7 millions" holds no comma of a clause
        after = _COMMA.search(self.text, lent.end, sentence[1])
        high = sentence[1] if after is None else after.start()
        if low <= figure.number.start < high:
            return False
        return _APPOSED.match(self.text, low) is not None

    def _aside(self, sentence: tuple[int, int], position: int) -> tuple[int, int] | None:
        """The aside between two dashes holding a position, if any: "– the biggest ... –"."""
        dashes = [m.start() for m in _ASIDE_DASH.finditer(self.text, *sentence)]
        for start, end in zip(dashes[::2], dashes[1::2], strict=False):
            if start < position < end:
                return start, end
        return None

    def _figure_may_take(self, figure: Figure, mention: DateMention) -> bool:
        """Whether a date of the figure's sentence may be its ``when`` at all.

        Not the date of another event told after "as", "after", "après" ("rises to £45.7bn
        as first trains slip to 2036", "fell by 9% in the first year after the limit was
        cut on 17 September 2023"); not a building's date ("construit avant 1946 atteint
        25,50 €/m²"); not a date in brackets for a figure outside them ("en baisse de 0,5
        point sur un an (3,62 % en octobre 2024)": the 3,62 % only).
        """
        low, high = sorted((figure.end, mention.start))
        if mention.start >= figure.end:
            later = re.compile(rf"(?<!\w)(?:{self.words.later_events})\s+", re.IGNORECASE)
            found = later.search(self.text, low, high)
            if found is not None and found.end() < mention.start:
                return False
        if self._built(mention):
            return False
        opened = self.text.rfind("(", 0, mention.start)
        if opened >= 0 and self.text.find(")", opened, mention.start) < 0:
            closed = self.text.find(")", mention.end)
            return opened < figure.number.start and (closed < 0 or figure.number.start < closed)
        return True

    def _over_a_span(self, figure: Figure, clause: tuple[int, int]) -> bool:
        """Whether a figure is a length of time, or counts over one its clause writes.

        "after 65 years of marriage", "27 longs-métrages en un demi-siècle": neither is of
        the year another clause of the sentence names ("married in 1961", "Palme d'or en
        1984"). A person's age is of its sentence's year ("en 1944, à 12 ans").
        """
        if figure.age or figure.comparator:
            return False
        if figure.kind == "duration" and not figure.elapsed:
            # "65 years of marriage", "après 50 ans de carrière" (not "dure deux ans")
            return _LENGTH_OF.match(self.text, figure.end) is not None
        return _OVER_A_SPAN.search(self.text, figure.end, clause[1]) is not None

    def _built(self, mention: DateMention) -> bool:
        """Whether a date is when a building was built: "construit avant 1946"."""
        lead = re.compile(rf"(?<!\w)(?:{self.words.built})\s*$", re.IGNORECASE)
        return lead.search(self.text, max(0, mention.start - 30), mention.start) is not None

    def _compared_to_a_thing(self, figure: Figure, clause: tuple[int, int]) -> bool:
        """Whether a figure is compared with something its clause names without a date.

        "un repli de 26,7 % par rapport à ce sommet" after "le record ... atteint en août
        2021": the figure is of now, not of the date it is compared with.
        """
        end = min(clause[1], figure.end + 60)
        tail = self.text[figure.end : end]
        found = re.search(rf"(?<!\w)(?:{self.words.baseline_markers})(?!\w)", tail, re.I)
        if found is None:
            return False
        after = figure.end + found.end()
        return not any(self._dates_in(after, end))

    @staticmethod
    def _of_a_day(mention: DateMention) -> bool:
        """Whether a date names a day (or days): when a figure of a quarter was published."""
        period = mention.period
        return period.granularity == "day" or (
            period.granularity == "range" and (period.end - period.start).days < 7
        )

    def _coordinated(self, sentence: tuple[int, int], start: int, end: int) -> int | None:
        """Where the first ";", "and", "et" between two positions ends, if one stands there."""
        semicolon = _first_in(self._semicolons, start, end)
        spans = self._spans(self._coordinators, sentence)
        index = bisect.bisect_left(spans, start, key=lambda s: s[0])
        word = spans[index][1] if index < len(spans) and spans[index][1] <= end else None
        found = [at for at in (semicolon, word) if at is not None]
        return min(found) if found else None

    def _other_clause(self, sentence: tuple[int, int], start: int, end: int) -> bool:
        """Whether a ";", or an "and", "et" followed by a number, stands between two positions.

        What stands beyond it is another clause with a figure of its own.
        """
        if _first_in(self._semicolons, start, end) is not None:
            return True
        after = self._coordinated(sentence, start, end)
        return after is not None and _first_in(self._digits, after, end) is not None

    def _owned_before(self, sentence: tuple[int, int], word_end: int, figure: Figure) -> bool:
        """Whether a property word before a figure belongs to other words of its sentence.

        Not across an "and", "et" opening a verb of the figure's own ("des dizaines de
        milliers de morts et déplacé plus de 12 millions de personnes": the 12 million are
        displaced, not dead), nor past the noun a figure completes ("could cost $4.2bn,
        more than a tenth of Nepal's annual economic output of about $41bn": no cost).
        """
        start = figure.number.start
        after = self._coordinated(sentence, word_end, start)
        if after is not None and self.text[after - 1] != ";":
            # a lowercase word of its own: a verb ("et déplacé"), not a name ("et la Caisse")
            gap = re.findall(r"(?<![\w'’-])[a-zà-ÿ][^\W\d_]*", self.text[after:start])
            hedges = {
                w.lower()
                for w in gap
                if any(
                    re.fullmatch(rf"(?:{pattern})", w, re.IGNORECASE)
                    for pattern, _ in self.words.hedges
                )
            }
            if any(w.lower() not in self.words.stopwords and w.lower() not in hedges for w in gap):
                return True
        # "economic output of about $41bn": the figure is the noun's right before "of"
        head = _OF_HEAD.search(self.text, max(word_end, figure.start - 40), figure.start)
        if head is None or head.start(1) < word_end:
            return False
        noun = head.group(1)
        if noun.lower() in self.words.stopwords or noun[0].isupper():
            return False
        return not any(
            kind == figure.kind and pattern and re.fullmatch(pattern, noun, re.IGNORECASE)
            for kind, pattern, _ in self.words.properties
        )

    def _opens(self, position: int, pattern: str) -> bool:
        """Whether the clause at ``position`` opens with one of these words (or follows one)."""
        head = self.text[position : position + 40]
        if re.match(rf"[\s,;:]*(?:{pattern})(?!\w)", head, re.IGNORECASE):
            return True
        tail = self.text[max(0, position - 12) : position]
        return re.search(rf"(?<!\w)(?:{pattern})\s*$", tail, re.IGNORECASE) is not None

    def _window(self, sentence: tuple[int, int], position: int) -> int:
        """Where the words that tell a figure's kind start: after the last 'but' or 'which'."""
        spans = self._spans(self.words.adversatives, sentence)
        before = bisect.bisect_right(spans, position, key=lambda s: s[1])
        start = spans[before - 1][0] if before else sentence[0]
        # "its outlook ..., when shipments are expected to grow, was clouded by rising
        # prices: the cost of RAM has risen 25% since June": a colon opens a clause of its own
        colon = self.text.rfind(": ", start, position)
        return colon + 1 if colon >= 0 else start

    def _past(self, mention: DateMention | None) -> bool:
        """Whether a figure's date ends before publication: no forecast can be of it."""
        return (
            mention is not None
            and self.published is not None
            and mention.period.end < self.published
            and not mention.since
        )

    def _forecast_in(self, clause: tuple[int, int], figure: Figure) -> bool:
        """Whether a word of forecast stands in a figure's own clause, from its last comma."""
        comma = self.text.rfind(",", clause[0], figure.start)
        start = clause[0] if comma < 0 else comma + 1
        return (
            _word_regex(self.words.forecast_words).search(self.text, start, clause[1]) is not None
        )

    def _forecast_own(self, clause: tuple[int, int], mention: DateMention | None) -> bool:
        """Whether a figure's own clause or date makes it a forecast, not its sentence's.

        "Une marche blanche est prévue samedi, ..., commune de 3 010 habitants": the
        population is a fact; "la population devrait atteindre 3 500 habitants" is not.
        """
        if mention is not None and mention.period.after_day(self.published or date.max):
            return True
        found = _word_regex(self.words.forecast_words).finditer(self.text, *clause)
        # "estimée à 950 000 habitants avant le siège": an estimate of the past, a fact
        return any(not match.group().lower().startswith("estim") for match in found)

    def _forecast_after(
        self, sentence: tuple[int, int], clause: tuple[int, int], position: int
    ) -> bool:
        """Whether a word of forecast follows a figure in its own clause.

        "Gusts of 90mph are possible", "Up to 3 inches of rain could fall", a headline's
        "gusts of 90mph forecast", "les températures devraient perdre 8 à 10 °C": a forecast
        (not "estimated by the police", an estimate of the past, nor "sur 412 prévus").
        """
        if position >= clause[1] or self._historic(sentence):
            return False
        found = _word_regex(self.words.forecast_words).finditer(self.text, position, clause[1])
        if not any(not match.group().lower().startswith("estim") for match in found):
            return False
        return not self._planned_total(sentence, position, clause[1])

    def _alcohol(self, figure: Figure) -> str | None:
        """``breath_alcohol`` or ``blood_alcohol`` for a level of alcohol said in breath or blood.

        "0,60 mg/l d'air expiré", "89 micrograms of alcohol in 100 millilitres of breath",
        "1,2 g/l de sang": the same dimension, never the same fact.
        """
        if figure.kind not in ("measure", "count") or figure.unit not in ("mg/L", "g/L", ""):
            return None
        found = _ALCOHOL.match(self.text, figure.end)
        if found is None:
            return None
        return "breath_alcohol" if found.group("breath") else "blood_alcohol"

    def _told_past(self, clause: tuple[int, int], position: int) -> bool:
        """Whether a figure's clause tells it in a past tense, without a word of forecast.

        "said ... the plan would turn the corner by 2029, and that the waiting list had fallen
        for three consecutive months": the "would" of the other clause is not the figure's.
        """
        text, words = self.text, self.words
        if _word_regex(words.forecast_words).search(text, *clause) is not None:
            return False
        if _word_regex(words.target_words).search(text, *clause) is not None:
            return False
        return _word_regex(words.past_tenses).search(text, clause[0], position) is not None

    def _kind(self, sentence: tuple[int, int], start: int, end: int) -> str:
        if self._aims(sentence, start, end):
            return "target"
        if (
            self._has(self.words.forecast_words, sentence, start, end)
            and not self._planned_total(sentence, start, end)
            and not self._historic(sentence)
        ):
            return "forecast"
        return "fact"

    def _find_historic(self, sentence: tuple[int, int]) -> bool:
        """Whether a French sentence tells the past in the future tense (the futur historique).

        "Il sera réélu quatre fois, en 1983, 1989, 1995 et 2001", "Il tiendra parole : le
        film sort le 9 novembre 2011": obituaries and profiles tell a life so; a future
        whose every date is before publication is a fact (not "devrait", "prévu": those
        forecast, and a sentence without a date is left a forecast).
        """
        if self.published is None or not self.language.lower().startswith("fr"):
            return False
        dates = [self.dates[index] for index in self._dates_in(*sentence)]
        if not dates or any(
            not d.period.end < self.published or d.since or not _WRITTEN_YEAR.search(d.written)
            for d in dates
        ):  # "se tiendront en décembre": a yearless date is read in the past, no history
            return False
        found = _word_regex(self.words.forecast_words).finditer(self.text, *sentence)
        return all(_FUTURE_TENSE.fullmatch(match.group()) for match in found)

    def _planned_total(self, sentence: tuple[int, int], start: int, end: int) -> bool:
        """Whether the only words of a forecast between two positions tell a planned total.

        "38 trains avaient été supprimés vendredi ..., sur 412 prévus", "out of 412 scheduled":
        the total a past day had planned, no forecast (nor a date after publication); so is
        a timetable's time ("Le vol ..., prévu à 9 h 50, a finalement décollé à 13 h 30").
        """
        low, high = max(start, sentence[0]), min(end, sentence[1])
        found = list(_word_regex(self.words.forecast_words).finditer(self.text, low, high))
        return bool(found) and all(
            _PLANNED.fullmatch(m.group()) is not None
            and (
                _PLANNED_TOTAL.search(self.text, max(0, m.start() - 40), m.start()) is not None
                or _PLANNED_AT.match(self.text, m.end()) is not None
            )
            for m in found
        )

    def _aims(self, sentence: tuple[int, int], start: int, end: int) -> bool:
        """Whether a word of a target stands between two positions, other than a tally.

        "Okafor has scored 112 goals", "taking his tally to nine goals in 14 appearances":
        goals counted by a number are scored, not aimed at; "met 3 of its 5 goals" aims.
        """
        if not self._has(self.words.target_words, sentence, start, end):
            return False
        counted = _word_regex(self.words.counted_targets)
        for match in _word_regex(self.words.target_words).finditer(self.text, start, end):
            if not counted.fullmatch(match.group()):
                return True
            before = self.text[max(0, match.start() - 40) : match.start()]
            if _COUNTED.search(before):
                if _OWNED.search(before):
                    return True
            elif _AIMED.search(before) or _AIM_AFTER.match(self.text, match.end()):
                return True  # "its goals", "the goal of 65,000", "our goal is to"
            # "whose goals brought the title", "28 league goals": scored, no aim
        return False

    def _subject(self, sentence: tuple[int, int], position: int) -> str:
        """The name that opens the sentence (or its second clause), if it is obvious.

        Not when the figure stands before it, nor after a "qui", "which" or "but": the
        sentence's subject is then not the figure's.
        """
        found = self._name(sentence)
        if found is None:
            return PLACEHOLDER
        name, name_end = found
        if position < name_end or self._has(self.words.adversatives, sentence, name_end, position):
            return PLACEHOLDER
        between = self.text[name_end:position]
        own = self._bracketed_name(between)
        if own is not None:  # "devant Claire Le Goff (31,2 %)": the share is hers
            return own
        others = set(name.split())
        for run in _CAPITALISED_RUN.finditer(between):
            named = [w for w in run.group().split() if w in self.proper and w not in others]
            if len(named) >= 2:  # "devant Claire Le Goff ... Hervé Cadiou": whose figure?
                return PLACEHOLDER
        return name

    def _bracketed_name(self, before: str) -> str | None:
        """The name right before a figure's opening bracket: "Claire Le Goff (31,2 %)"."""
        holder = self._holder.search(before[-_HOLDER_REACH:])
        if holder is None:
            return None
        words = holder.group(1).split()
        if not words or words[0] not in self.proper or words[-1] not in self.proper:
            return None  # "(voir encadré)", "le RN (12 %)": no name of the text
        return holder.group(1).strip()

    def _property(
        self, figure: Figure, window: int, sentence: tuple[int, int]
    ) -> tuple[str, dict[str, str]]:
        """The property word nearest the figure, before it (from ``window``) or just after it.

        Not across an "and", "et" opening a clause with a figure of its own, nor across a
        ";": "employs about 340 people, and 45% of the 20 dock workers surveyed" gives the
        20 no property ("?"), the 340's ``staff`` is not the 20's.
        """
        kind = figure.kind
        qualifiers: dict[str, str] = {}
        if kind == "rank":
            return "rank", qualifiers
        if kind == "day_count":  # "au 400e jour de la guerre"
            return "day_number", qualifiers
        after_end = min(sentence[1], figure.end + _PROPERTY_WINDOW)
        best: tuple[int, str] | None = None
        for unit_kind, pattern, name in self.words.properties:
            if unit_kind != kind or not pattern:
                continue
            distances: list[int] = []
            spans = self._spans(pattern, sentence)
            before = bisect.bisect_left(spans, figure.start, key=lambda s: s[0])
            if before and spans[before - 1][0] >= window:  # the nearest before the figure
                word_end = spans[before - 1][1]
                if not self._other_clause(
                    sentence, word_end, figure.number.start
                ) and not self._owned_before(sentence, word_end, figure):
                    distances.append(figure.start - word_end)
            after = _word_regex(pattern).search(self.text, figure.start, after_end)
            if after and not self._other_clause(sentence, figure.end, after.start()):
                # "Le PIB ..., 3 007 milliards d'euros, la dette représentait": a word past a
                # comma names the figure only when none stands before it
                crossed = "," in self.text[figure.end : after.start()]
                distances.append(after.start() - figure.end + (_PROPERTY_WINDOW if crossed else 0))
            for distance in distances:
                if best is None or distance < best[0]:
                    best = (distance, name)
        prop = best[1] if best is not None else PLACEHOLDER
        rate = figure.unit.partition("/")[2]
        if rate in _RATES and prop != PLACEHOLDER:
            prop = f"{_RATES[rate]}_{prop}"  # daily passengers are not passengers
        if prop == _PARTICIPATION:
            prop = self._participation(sentence)
        if kind == "percent" and prop in ("share_held", PLACEHOLDER) and self._threshold(figure):
            return "threshold", qualifiers  # "un seuil de 50 % du capital": no one holds it
        if prop == "share_held":
            holder = re.search(
                rf"(?:{self.words.articles})?((?:[A-ZÀ-Þ][\w'’-]*)(?:\s+(?:[A-ZÀ-Þ][\w'’-]*|"
                rf"{'|'.join(self.words.connectors)}))*)\s*\(\s*$",
                self.text[max(sentence[0], figure.start - _HOLDER_REACH) : figure.start],
            )
            if holder:
                qualifiers["holder"] = holder.group(1).strip()
        return prop, qualifiers

    def _threshold(self, figure: Figure) -> bool:
        """Whether a percentage is an offer's threshold, not a stake anyone holds.

        "un seuil de renonciation de 50 % du capital", "caduque au-delà de 50 % du
        capital", "a 90% acceptance threshold": the words stand in the figure's clause,
        before it (from the last comma), or right after it (within a few words).
        """
        pattern = _THRESHOLD[self.language[:2].lower()]
        low = max(0, figure.start - _THRESHOLD_REACH)
        cut = max(self.text.rfind(mark, low, figure.start) for mark in ",;:.")
        if pattern.search(self.text, max(low, cut + 1), figure.start):
            return True
        after = _THRESHOLD_AFTER.match(self.text, figure.end)  # its noun, no further
        return after is not None and pattern.search(after.group()) is not None

    def _participation(self, sentence: tuple[int, int]) -> str:
        """What a "participation" is a share of: voters (turnout), or a company (share_held).

        A turnout in a sentence about an election ("8 260 électeurs ..., soit une
        participation de 54,3 %"), a stake in one about a company ("Orange détient une
        participation de 44,4 %"), else a turnout in an article about an election, else
        ``"?"``: "la participation des femmes au marché du travail" is neither.
        """
        if self._has(self.words.electoral_words, sentence, *sentence):
            return "turnout"
        if self._has(self.words.share_words, sentence, *sentence):
            return "share_held"
        return "turnout" if self._electoral else PLACEHOLDER

    def _id(
        self,
        subject: str,
        prop: str,
        position: int,
        quote: tuple[int, int],
        figure: tuple[int, int],
        mention: DateMention | None,
        kind: str = "fact",
    ) -> str:
        parts: list[str] = []
        if subject != PLACEHOLDER:
            parts.extend(_slug_words(subject)[:2])
        if prop != PLACEHOLDER:
            parts.extend(_slug_words(prop))
        else:
            parts.extend(self._near_words(quote, figure, position))
        if mention is not None:
            period = self._read_as(mention, kind)
            year = period.start.year
            if period.end.year == year:
                parts.append(str(year))
        ident = "_".join(part for part in parts if part)[:48].strip("_")
        if not ident or not ident[0].isalpha():
            ident = "claim_" + ident if ident else "claim"
        return ident

    def _read_as(self, mention: DateMention, kind: str) -> Period:
        """A date as ``verify`` reads it in a claim of this kind, for the id's year.

        A target's "Sunday 14 December" is the next one, as a forecast's "au 1er février" is.
        """
        if kind == "fact":
            return mention.period
        try:
            return parse_date(mention.when, self.language, self.published, ahead=True)
        except DateSyntaxError:
            return mention.period

    def _near_words(
        self, quote: tuple[int, int], figure: tuple[int, int], position: int
    ) -> list[str]:
        found: list[tuple[int, str]] = []
        for match in re.finditer(r"[^\W\d_]+", self.text[quote[0] : quote[1]]):
            at = quote[0] + match.start()
            word = match.group().lower()
            if word in self.words.stopwords or len(word) < 4:
                continue
            if figure[0] <= at < figure[1] and word in self.words.scales:
                continue
            found.append((at, word))
        after = [item for item in found if item[0] >= position]
        before = [item for item in found if item[0] < position][::-1]
        picked = after[: _ID_WORDS - 1] + before[: max(1, _ID_WORDS - 1 - len(after[:2]))]
        picked = sorted(picked)[:_ID_WORDS]
        return [w for _, word in picked for w in _slug_words(word)]


_ABBREVIATIONS = frozenset({"etc", "env", "cf", "approx", "vs", "resp", "al", "inc", "ltd", "co"})
# Before a number, these end no sentence: "Nov. 8", "Sept. 9-12", "janv. 2025", "No. 10"
_BEFORE_NUMBERS = frozenset(
    {"jan", "janv", "feb", "febr", "févr", "fevr", "mar", "apr", "avr", "jun", "jul", "juil",
     "aug", "sep", "sept", "oct", "nov", "dec", "déc", "no", "nos"}
)  # fmt: skip


_UNIT_LEAD = re.compile(r"(?:°|\d[ \u00a0\u202f]?)$")  # before a unit's symbol: "20 °C", "285 K"


# A length of something after a duration: "65 years of marriage", "50 ans de carrière"
_LENGTH_OF = re.compile(r"\s+(?:of|de|d['’])\s*(?!l['’]|la\s|le\s|the\s)[^\W\d_]", re.I)
# A span of time a count is over: "en un demi-siècle", "in half a century", "over 15 seasons"
_OVER_A_SPAN = re.compile(
    r"(?<!\w)(?:en|sur|pendant|in|over|during)\s+(?:un\s+demi-siècle|half\s+a\s+century|"
    r"(?:un|une|a|an)\s+(?:siècle|century)|(?:[\w-]+\s+)?(?:ans|années|décennies|saisons|"
    r"years|decades|seasons))(?!\w)",
    re.IGNORECASE,
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The text's sentences as spans, as a draft's claims read them."""
    return _sentences(text)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentences as spans: lines cut after . ! ? and a space (not after "etc." or "M.")."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start, chunk = line.start(), line.group()
        for stop in re.finditer(r"(?<=[.!?…])[\"»”)]?\s+(?=\S)", chunk):
            # the word before the stop, as far as telling an abbreviation needs
            word = re.search(r"([^\W\d_]*)[.!?…]$", chunk[max(0, stop.start() - 10) : stop.start()])
            before = word.group(1) if word else ""
            # "at 20 °C. The", "285 K. Le": a unit after its number, no initial
            lead = line.start() + stop.start() - len(before) - 1
            unit = _UNIT_LEAD.search(text, max(0, lead - 2), lead) is not None
            abbreviated = before.lower() in _ABBREVIATIONS or (
                len(before) == 1 and before.isupper()
            )
            if abbreviated and not unit:
                continue
            if before.lower() in _BEFORE_NUMBERS and chunk[stop.end() : stop.end() + 1].isdigit():
                continue
            spans.append((start, line.start() + stop.start()))
            start = line.start() + stop.end()
        spans.append((start, line.end()))
    return [(a, b) for a, b in spans if b > a]


_NAME_WORD = r"[A-ZÀ-Þ][\w'’-]+"
# a person's name before a comma, its last words: "Daniel Hirst, ", "Jean de La Fontaine, "
_NAME_BEFORE_COMMA = re.compile(
    rf"(?<![\w'’-])((?:{_NAME_WORD}\s+(?:(?:de|du|des|van|von|der|den|da|di|le|la|al|bin|"
    rf"ben)\s+)*){{1,4}}{_NAME_WORD}),\s*$"
)
# last words of a name that is no person's: "Labour Party, 72", "Leeds United, 3"
_NO_PERSON = re.compile(
    r"(?<!\w)(?:Party|Parti|United|City|Town|Rovers|Athletic|Albion|Wanderers|County|FC|AFC|"
    r"Council|Group|Ltd|Plc|PLC|Inc|Democrats|Conservatives|Republicans|Greens|Labour|Reform|"
    r"Union)$"
)


_YEARS_OLD = re.compile(r"\s+ans", re.IGNORECASE)  # "Al-Burhane, 64 ans,"


def proper_nouns(text: str, words: Words) -> frozenset[str]:
    """The names of a text (see :func:`_proper_nouns`)."""
    return _proper_nouns(text, _sentences(text), words)


def age_after_a_name(text: str, figure: Figure, words: Words) -> bool:
    """Whether a bare number is a person's age after the name: "Daniel Hirst, 52, of".

    A name of two capitalised words at least, none a common word ("In Leeds, 45" is no
    name), then the number and a comma, a full stop or a bracket. Not an item of a list
    after a colon or a semicolon ("Seats won: Labour, 72; Conservatives, 121"), nor a
    party's or a team's ("Labour Party, 72").
    """
    if figure.scale or figure.number.words:
        return False
    if figure.end != figure.number.end and not (
        figure.unit == "year" and _YEARS_OLD.fullmatch(text, figure.number.end, figure.end)
    ):
        return False  # "Hélène Marchal, 58 ans": an age in years is one too
    bare = figure.kind == "count" and not figure.unit
    if not (figure.age or bare or figure.unit == "year"):
        return False
    low = max(0, figure.start - 60)
    found = _NAME_BEFORE_COMMA.search(text, low, figure.start)
    if found is None:
        return False
    name = found.group(1).split()
    while name and name[0].lower() in words.stopwords:
        name.pop(0)  # "In Leeds", "The Guardian"
    # "Jean de La Fontaine": two capitalised words besides the particles
    capitalised = [w for w in name if w[0].isupper() and w.lower() not in words.stopwords]
    if len(capitalised) < 2:
        return False
    if _NO_PERSON.search(" ".join(name)):
        return False
    if re.search(r"[:;]\s*$", text[max(0, found.start() - 20) : found.start()]):
        return False  # "Seats won: Labour Party, 72; ...": a list's item
    return re.match(r"\s*(?:[,.)]|$)", text[figure.end : figure.end + 2]) is not None


def _proper_nouns(text: str, sentences: list[tuple[int, int]], words: Words) -> frozenset[str]:
    """Names: capitalised words met inside a sentence, or always capitalised and met twice.

    "Shares" or "Construction" opening a sentence once are not names; "Harbourline",
    which only ever opens sentences, is.
    """
    inside: set[str] = set()
    seen: Counter[str] = Counter()
    for start, end in sentences:
        tokens = re.findall(r"[^\W\d_][\w'’-]*", text[start:end])
        for index, token in enumerate(tokens):
            if token[0].isupper() and token.lower() not in words.stopwords:
                seen[token] += 1
                if index:
                    inside.add(token)
    lower = {t for t in re.findall(r"[^\W\d_][\w'’-]*", text) if t[0].islower()}
    again = {token for token, n in seen.items() if n > 1 and token.lower() not in lower}
    return frozenset(inside | again)


def _name_at(clause: str, proper: frozenset[str], words: Words) -> str | None:
    """A name opening the clause, after an article ("la France" is France), else None."""
    body = re.sub(rf"^[\s\"«“(]*(?:{words.articles})?", "", clause, flags=re.IGNORECASE)
    tokens = re.findall(r"[^\W\d_][\w'’-]*|\S", body)
    name: list[str] = []
    for token in tokens:
        if (token in proper and (name or token[0].isupper())) or (
            name and token.lower() in words.connectors
        ):
            name.append(token)
        else:
            break
    while name and name[-1].lower() in words.connectors:
        name.pop()
    if not name:
        return None
    following = tokens[len(name)] if len(tokens) > len(name) else ""
    if following and not (following[0].islower() or following in ",'’"):
        return None
    return " ".join(name)


def _closes_first(chunk: str, opener: str, closer: str) -> bool:
    """Whether a bracket opened before the chunk closes in it: "1-0) devant 11 248"."""
    close, open_ = chunk.find(closer), chunk.find(opener)
    return close >= 0 and (open_ < 0 or close < open_)


# A week named by a day of it ("the week of Nov. 10, 2025", "la semaine du 10 novembre")
_WEEK_OF = re.compile(r"(?:the\s+)?week\s+of\s|(?:la\s+)?semaine\s+du\s", re.IGNORECASE)

# A season written without its year: "l'automne", "cet été", "in the spring"
_YEARLESS_SEASON = re.compile(
    r"(?:[^\W\d_]+\s+|l['’]\s*)*(?:printemps|été|automne|hiver|spring|summer|autumn|fall|winter)",
    re.IGNORECASE,
)
_OF_BEFORE = re.compile(r"(?<!\w)(?:de|du|des|of)\s+$", re.IGNORECASE)
# A year written over two ("2024/2025", "2025/26", "2021-22") and the words that make it a
# campaign, a marketing or crop year, a season of a market
# Between two figures of one event: "40 personnes ont été tuées et plus de 120 blessées"
_TWIN_GAP = re.compile(
    r"[^\d,;:.!?()]{0,40}?\s(?:et|and)\s+(?:(?:plus|moins)\s+d['’e]\s*|au\s+moins\s+|près\s+d['’e]\s*"
    r"|environ\s+|more\s+than\s+|at\s+least\s+|about\s+|some\s+|nearly\s+|almost\s+)?",
    re.IGNORECASE,
)
# A deadline given: "Lawmakers have until Sept. 30", "ont jusqu'au 30 septembre pour"
# between a date ending one item of a list and the figure opening the next: ", et", ", and"
_AND_AFTER = re.compile(r",\s*(?:et|and)\s", re.IGNORECASE)  # a list's next item
_AND_NEXT = re.compile(
    r"\s*,\s*(?:et|and)\s+(?:(?:les|des|the|ses|their|its|sa|son|leurs)\s+)?", re.IGNORECASE
)
# a time of day between a window's word and its weekday: "from 6am Saturday", "dès 18 h"
_TIME_OF_DAY = (
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}\s*h(?:\s*\d{2})?"
    r"|midnight|noon|midday|minuit|midi)"
)
_DEADLINE = re.compile(
    r"(?<!\w)(?:ha(?:ve|s|d)\s+until|(?:a|ont|avait|avaient)\s+jusqu['’]\s*(?:au|à|en))\s*$",
    re.IGNORECASE,
)
# A financial year named by its last calendar year ("fiscal 2023", "FY24", "l'exercice
# 2024"), which no when can write without the month it starts in (find_dates reads none)
_FISCAL = re.compile(
    r"(?<!\w)(?:(?:financial|fiscal)\s+(?:year\s+)?(?:19|20)\d\d|(?-i:FY)\s*['’]?\d\d(?:\d\d)?"
    r"|exercices?\s+(?:fiscal\s+)?(?:19|20)\d\d(?:\s*[-/]\s*(?:(?:19|20)\d\d|\d\d))?)(?![\w/-])",
    re.IGNORECASE,
)
# A quarter or a half of a financial year ("au premier trimestre de l'exercice", "the
# fiscal first quarter", "the first quarter of fiscal 2026", "fiscal Q1"): no calendar one
_FISCAL_PART = re.compile(
    r"(?<!\w)(?:(?:premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e)\s+(?:trimestre|"
    r"semestre)\s+(?:de\s+l['’]\s*|d['’]\s*(?:un\s+)?|de\s+son\s+)exercices?"
    r"|(?:financial|fiscal)\s+(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s](?:quarter|half)"
    r"|(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s](?:quarter|half)\s+of\s+(?:the\s+|its\s+"
    r"|their\s+)?(?:(?:financial|fiscal)(?!\w)|(?-i:FY)|(?:19|20)\d\d(?:[-/]\d\d)?\s+(?:financial|"
    r"fiscal)\s+year)|(?:financial|fiscal)\s+(?-i:[QH])[1-4]|(?-i:[QH])[1-4]\s+(?:of\s+)?"
    r"(?:financial|fiscal|(?-i:FY)))(?!\w)"
    r"(?P<year>\s*(?:(?:fiscal|year)\s+)?['’]?(?:(?:19|20)\d\d|\d\d)(?:\s*[-/]\s*(?:(?:19|20)\d\d|\d\d))?"
    r"(?![\w%,.]\d|\s?%))?",
    re.IGNORECASE,
)
_FISCAL_EXAMPLE = {
    "en": "October 2022 to September 2023 for the US government's fiscal 2023",
    "fr": "avril 2023 à mars 2024 pour un exercice clos fin mars 2024",
}
# A clause telling what a person did before ("jugé pour avoir tué", "who killed"): its
# date is the facts', never the day of the age said of the person before it
_FACTS_TOLD = re.compile(
    r"(?<!\w)(?:qui|jugée?s?|poursuivie?s?|soupçonnée?s?|accusée?s?|mise?s?\s+en\s+(?:examen|"
    r"cause)|pour\s+avoir|who|accused|charged|convicted|suspected|for\s+having)(?!\w)",
    re.IGNORECASE,
)
# The words of an offer's threshold (a condition on the stake an offer reaches): a
# percentage near them is no shareholding
_THRESHOLD_REACH = 80
_THRESHOLD_AFTER = re.compile(r"[^\d,;:.]{0,30}")
_THRESHOLD = {
    "fr": re.compile(
        r"(?<!\w)(?:seuils?|au[- ]delà\s+(?:de|d['’])|en[- ]deçà\s+(?:de|d['’])|caduque|"
        r"renonciation)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!\w)(?:thresholds?|acceptances?(?:\s+(?:level|condition))?|tender\s+condition|"
        r"above\s+which|below\s+which)(?!\w)",
        re.IGNORECASE,
    ),
}
_FISCAL_PART_EXAMPLE = {"en": "Q1 FY2026", "fr": "T1 de l'exercice 2025-2026"}
_SPLIT_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:/(?:\d\d){1,2}|-\d\d)")
_CAMPAIGN_BEFORE = re.compile(
    r"(?<!\w)(?:campagnes?(?:\s+de\s+commercialisation)?|(?:marketing|crop)\s+years?|MY)"
    r"(?:\s+(?:de|of|du|d['’]))?\s*$",
    re.IGNORECASE,
)
_CAMPAIGN_AFTER = re.compile(r"\s+(?:marketing|crop|growing)\s+(?:years?|seasons?)", re.I)


def _slug_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return [w[:15] for w in re.findall(r"[a-z0-9]+", ascii_text) if len(w) > 1 or w.isdigit()]


_CROWNS = re.compile(r"crowns?|kroner|kronor|krone|krona|korunas?|couronnes?", re.IGNORECASE)


def _currency_hint(word: str) -> str:
    """What the value reader says of a currency in words: "which rupees? write INR, PKR..."."""
    if _CROWNS.fullmatch(word):  # the value reader takes them for no currency at all
        return "which crowns? write the currency's code: DKK, SEK, NOK, CZK, ISK"
    try:
        parse_unit(word)
    except UnitError as error:
        return str(error).partition(": ")[2] or str(error)
    return f"write the currency's code after the figure, not {word!r}"  # pragma: no cover


def make_ids_unique(claims: list[DraftClaim], taken: set[str]) -> None:
    """Rename claims whose id is already taken (in the file, or twice among them): id_2, id_3."""
    seen: set[str] = set(taken)
    numbers: dict[str, int] = {}  # per id, the last number given: every smaller one is taken
    for claim in claims:
        number = numbers.get(claim.id, 1)
        candidate = claim.id if number == 1 else f"{claim.id}_{number}"
        while candidate in seen:
            number += 1
            candidate = f"{claim.id}_{number}"
        numbers[claim.id] = number
        claim.id = candidate
        seen.add(candidate)


def _word_regex(pattern: str) -> re.Pattern[str]:
    """The words of a pattern, whole words in any case."""
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


def _year_back(day: date) -> date:
    """The same day a year earlier; a month's last day gives that month's last day."""
    last = calendar.monthrange(day.year - 1, day.month)[1]
    if day.day == calendar.monthrange(day.year, day.month)[1]:
        return day.replace(year=day.year - 1, day=last)  # 28 February 2025: 29 February 2024
    return day.replace(year=day.year - 1, day=min(day.day, last))


def _first_in(positions: list[int], start: int, end: int) -> int | None:
    """The first of the sorted positions between two others, if any."""
    index = bisect.bisect_left(positions, start)
    return positions[index] if index < len(positions) and positions[index] < end else None


def _before(cuts: list[int], position: int, default: int) -> int:
    """The last cut at or before a position."""
    index = bisect.bisect_right(cuts, position)
    return cuts[index - 1] if index else default


def _after(cuts: list[int], position: int, default: int) -> int:
    """The first cut at or after a position."""
    index = bisect.bisect_left(cuts, position)
    return cuts[index] if index < len(cuts) else default


def _widen(left: int, right: int, cuts: list[int]) -> tuple[int, int] | None:
    """Grow a clause by one cut, leftwards first; None when it already is the sentence."""
    earlier = bisect.bisect_left(cuts, left)
    if earlier:
        return cuts[earlier - 1], right
    later = bisect.bisect_right(cuts, right)
    if later < len(cuts):
        return left, cuts[later]
    return None
