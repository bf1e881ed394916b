"""The words `factcheck extract` reads figures with, in French and English.

Tables only, no logic: hedges and the comparator each stands for, scale words,
currencies, measurement units (science copy's too: ``mSv``, ``µSv/h``, ``Bq/L``,
``g/cm³``, ``au``, ``ly``, ``°F``), the words that bound a period (``avant 2011``), the
nouns that make a count of people or a duration
(and the adjectives that may stand before them: ``150 new jobs``), the words that
open a clause (where a quote may start) and the words that make a figure a target
or a forecast. Patterns are regular-expression fragments matched case-insensitively
on whole words; ``_DE`` covers French elision (``moins de 2`` and ``moins d'un``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from factcheck import units
from factcheck.values import scale_words

__all__ = [
    "ACRONYM_BEFORE",
    "GLUED_UNITS",
    "PER_SYMBOLS",
    "WORDS",
    "Words",
    "local_words",
    "words_for",
]

_DE = r"(?:de\s+|d['’]\s*)"  # French "de" before a consonant, "d'" before a vowel
_BARE_FRANCS = r"francs?(?!\s+(?:CFA|CFP|belges?|luxembourgeois|pacifique|français))"

#: ``Rs``: Indian rupees, unless the source's territory has rupees of its own (``en_PK``:
#: Pakistani), as the value reader reads it (see local_words). Rupees in words with no
#: country ("500 rupees") name no one currency: drafted bare with a note, as the value
#: reader refuses the word (see ``unnamed_currencies``).
_RS = r"(?-i:Rs)\.?"


def _currencies(language: str, *phrases: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """The currencies of :data:`factcheck.units.CURRENCIES` and a language's own phrases.

    Most specific first, as they are tried in order: the table's names in the language
    ("francs suisses" before the phrase "francs"), the language's phrases (bare "dollars",
    "francs", "pounds", read as the language's copy means them), the signs (``C$`` before
    ``$``), and the codes (written as they are: ``CHF``).
    """
    prefixed = tuple(
        (r"US\s?\$" if letters == "US" else rf"(?-i:{letters})\$", code)
        for letters, code in sorted(
            units.PREFIXED_SIGNS.items(), key=lambda item: len(item[0]), reverse=True
        )
    )
    one_character = tuple(
        (re.escape(sign), code) for sign, code in units.SIGN_CODES.items() if len(sign) == 1
    )
    # the codes as written (ILS, never the French "ils"); those always read, in any case
    codes = "|".join(sorted(units.CURRENCY_CODES - _CODES_IN_ANY_CASE))
    return (
        *units.currency_words(language),
        *phrases,
        *prefixed,
        *one_character,
        (_RS, units.SIGN_CODES["Rs"]),
        (rf"(?-i:{codes})|{'|'.join(sorted(_CODES_IN_ANY_CASE))}", ""),
    )


# A bound written as a symbol, glued to a p-value's "p" or not: "p<0.001", "≤ 5 %"
_SYMBOL_HEDGES = (
    (r"(?:(?-i:[pP])\s*)?(?:<=|≤)", "<="),
    (r"(?:(?-i:[pP])\s*)?(?:>=|≥)", ">="),
    (r"(?:(?-i:[pP])\s*)?<", "<"),
    (r"(?:(?-i:[pP])\s*)?>", ">"),
)
# Verbs that make "up to" a rise to a level, not a bound: "the rate edges up to 4.1%",
# "was revised up to 2.1%" (a lookbehind each, so each its own fixed width)
_RISEN_UP = "".join(
    rf"(?<!{verb}\s)"
    for stem in ("edge", "tick", "inch", "move", "climb", "jump", "push", "revise", "mark")
    for verb in (
        stem,
        stem + "s" if stem[-1] != "h" else stem + "es",
        stem.removesuffix("e") + "ed",
    )
) + "".join(rf"(?<!{verb}\s)" for verb in ("go", "goes", "went", "gone", "crept", "shot"))
_CODES_IN_ANY_CASE = frozenset({"EUR", "USD", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "INR"})
#: The Indian scale words, which the value reader reads in any language ("Rs 500 crore",
#: "500 crores de roupies", "₹2 lakh"): taken from its tables, as a value writes them.
_INDIAN_SCALES = {
    word: word.removesuffix("s")
    for word, power in scale_words("en").items()
    if power in (5, 7) and word in scale_words("fr")
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class Words:
    """Everything language-specific the extractor needs."""

    hedges: tuple[tuple[str, str], ...]  # (pattern ending right before the figure, comparator)
    trailing_hedges: tuple[tuple[str, str], ...]  # (pattern right after the figure, comparator)
    duration_only_hedges: frozenset[str]  # comparators' words that only hedge durations
    not_before_durations: str  # a hedge word that means "during" before a duration
    scales: dict[str, str]  # written scale word (lowercase) -> scale word of the value
    scale_abbreviations: dict[str, str]  # written only next to a currency: bn, m, Md
    currencies: tuple[tuple[str, str], ...]  # (pattern, ISO code), most specific first
    percent: str  # pattern of a percent written in words or as a sign
    points: str  # percentage points
    basis_points: str  # hundredths of a percentage point
    partitive: str  # "de", "d'", "of" between a scale word and its noun
    people: frozenset[str]  # nouns counted in persons
    count_adjectives: frozenset[str]  # "150 new jobs", "30 more employees": still persons
    units: tuple[tuple[str, str], ...]  # (pattern of a measurement unit, unit in a value)
    durations: dict[str, str]  # noun -> unit
    rates: dict[str, str]  # "a day", "par an": the noun -> unit divided by
    rate_words: str
    pay_qualifiers: str  # "2 100 euros net par mois": between pay and its rate
    rate_adjectives: str  # "2 600 euros nets mensuels": a rate after pay, as an adjective
    ordinal_suffix: str  # digits + this is a rank: 21e, 3rd
    fractions: str  # "deux tiers": no count
    time_after: str  # "un an plus tôt": a duration that dates something
    time_before: str  # "the three months to September", "les deux dernières années"
    one_period_before: str  # "en hausse de 4 % sur un an": a comparison period
    rate_nouns: str  # "point" next to these is a percentage point
    index_words: str  # "the FTSE 100 fell 45 points": points of an index, written bare
    league_words: str  # "à 4 points du leader": points of a league table, bare too
    poll_words: str  # "4 points ahead in the polls": percentage points, whatever is near
    score_words: str  # "battu Amiens 3-1", "1-0 à la pause": a score, no figure
    clock_times: str  # "23 h 30", "à 21 heures", "9:30 a.m.": a time of day, no figure
    no_values: str  # chronos ("2 h 02 min 10 s"), "one in eight", "(12e)": no figure
    carry_links: str  # "18 mois de prison, dont 6": the bare 6 takes the unit before it
    period_adjectives: str  # "third-quarter revenue ... on Thursday": not that day's figure
    superlatives: str  # "its biggest rise since April": April starts no figure's period
    series_starts: str  # "since the series began in 1983": 1983 dates no figure
    maturities: str  # "the 10-year Treasury yield", "le taux à 10 ans": no figure
    electoral_words: str  # "participation" is turnout in an article about an election
    share_words: str  # ... and a stake in a sentence about a company's capital
    estimate_words: str  # "beat estimates of $1.15": the figure right after is a forecast
    clause_markers: dict[str, str]  # clause openings: "comparative" and "relative"
    baseline_markers: str  # a figure or date after these is the baseline of a comparison
    level_baselines: tuple[str, str]  # before, after a date: "54% below 1990 levels (of X)"
    change_from: str  # "down from": a baseline only after a word of change (change_words...)
    comparative_that: str  # "qu'au", "que": a baseline only after a comparative word ...
    comparative_words: str  # ... of these: "0,3 point de plus qu'au troisième trimestre"
    baseline_on: str  # "up 6.4 points on 2021": a baseline when a period (not a day) follows
    time_shifts: str  # "un an plus tôt", "a year earlier": a baseline at another, unwritten time
    year_before: str  # "the previous 12 months", "l'année précédente": the year before the period
    since_leads: str  # "depuis", "since": the date is where the period starts
    level_hedges: str  # "fall below 3%" is a level, not a fall of 3%
    groups_before: str  # "voters under 30", "les moins de 30 ans": the number names a group
    groups_after: str  # "65 and older", "65 ans et plus"
    ages_listed: str  # "aged two and three": the "and" joins the ages of one group
    group_nouns: str  # "the 18 to 24 group", "la tranche 18-24": a range naming an age group
    names_before: str  # "CAC 40", "FTSE 100", "COP 29": the number is part of a name
    rank_words: str  # an ordinal word is a rank only next to these
    rank_verbs: str  # ... or after these: "ranks third", "se classe troisième"
    # a number in words counts alone after these ("won eight, drawn five and lost two", "the
    # visitors' seven") or before these ("four behind the leaders", "eight of them")
    alone_before: str
    alone_after: str
    range_words: str  # "300 à 500", "300 to 500"
    between: tuple[str, str]  # "entre 300 et 500", "between 300 and 500"
    change_words: str  # "passé de 300 à 500" is a change, not a range
    falls: str  # right before a figure, it fell: "fell 3%", "en baisse de 3 %"
    rises: str  # right before a figure, it rose: "rose 4%", "en hausse de 4 %"
    falls_after: str  # right after a figure, it fell: "a 2.1pc fall", "3 % de baisse"
    rises_after: str  # right after a figure, it rose: "a 4% rise", "closed 3% higher"
    direction_links: str  # between such a word and its figure: "fell by 3%", "a fall of 3%"
    comparatives: str  # those of falls_after and rises_after that compare, not change
    clause_words: str  # words that open a clause: a quote may start there
    coordinators: frozenset[str]  # clause words left out of the quote (et, and)
    adversatives: str  # "mais": what comes before says nothing of the figure's kind
    target_words: str
    # a target word that a number before it counts is a tally, no aim: "scored 112 goals",
    # "a strike rate of 0.46 goals a game" (not after "its", "their": "met 3 of its 5 goals")
    counted_targets: str
    forecast_words: str
    # a verb in a past tense right before a date: "said on Monday 22 September", "a annoncé
    # mardi 14 janvier", "approved by the government on Tuesday": an event that happened
    past_events: str
    past_tenses: str  # "had fallen", "avait baissé": a clause told in the past, no forecast
    # a verb in the future tense: the weekday alone after it is the coming one ("the mayor
    # will speak on Friday", "la préfète sera à Lorient mardi"), not last week's
    future_tenses: str
    # right before a weekday alone (a time of day between them, "from 6am Saturday"): a
    # window the clause announces, the coming day when no past tense tells it
    forward_leads: str
    built: str  # "construit avant 1946", "built in 1990": a building's date, no figure's
    per_words: str  # "4.8 deaths per billion vehicle miles": a rate of what follows
    ratio_words: str  # "un enseignant pour 18,5 élèves": a ratio of persons
    per_number_words: str  # "4.1 per 100,000 people": before a round denominator
    # "fell by 9% in the first year after the limit was cut on 17 September 2023", "rises
    # to £45.7bn as first trains slip to 2036": the date after them is another event's
    later_events: str
    # "la population d'avant 2011", "pre-2011 levels": the date after them bounds a period
    # no `when` writes (before 2011 is not 2011), so it dates no figure
    bounds: str
    lead_words: str  # dropped from a `when`: "en 2014" is "2014"
    word_count: str  # "325 mots" in a byline
    stopwords: frozenset[str]
    #: currencies in words that name no one currency ("500 rupees"): drafted bare, with a note
    unnamed_currencies: str
    properties: tuple[tuple[str, str, str], ...]  # (unit kind, pattern, property)
    articles: str  # left out of a subject: "la France" is France
    connectors: frozenset[str]  # inside a name: "Caisse des Dépôts", "Bank of England"
    # a person's age: words right before a number that make it one ("aged 87", "à l'âge
    # de 87 ans", "He was 85."), each with what must follow the number ("" for nothing more)
    age_leads: tuple[tuple[str, str], ...]
    not_age_leads: str  # right before those words, no age: "un prêt à 20 ans", "d'ici à 10 ans"
    not_age_after: str  # right after the number, no age: "à 10 ans de prison"
    age_after: str  # right after a number in years, an age: "87 years old"
    births: str  # a date right after these (in its clause) is a birth: "born", "né le"
    deaths: str  # ... a death: "died", "est mort"
    birth_entries: str  # a line of a chronology after its date: "Naissance à Lyon"
    death_entries: str  # "Mort à Paris", "Died in Whitby"
    age_events: str  # "He was 23 when his debut won ... in 2019": the age is the event's
    # a number in words opening a sentence before these counts without a noun: "Eleven were
    # taken to hospital", "Deux ont pu quitter l'hôpital"
    subject_verbs: str = r"(?!)"
    # a delay written as a time in parts, groups "time", "hours", "minutes": "2 h 15 de retard"
    delays: str = r"(?!)"
    # an amount in cents ("rose 11 cents", "35 centimes"): the pattern, the currency they are
    # hundredths of, and the decimal mark to write the amount in it ("0.11 USD", "0,35 EUR")
    cents: tuple[str, str, str] = (r"(?!)", "", ".")
    # a price's area said apart from its figure ("le prix du mètre carré ... 9 500 euros",
    # "the price per square metre"): the pattern, the area unit the sentence's amounts are per
    area_prices: tuple[str, str] = (r"(?!)", "")
    # right before a day, the verb saying when the text was told: "the airport said on
    # Tuesday", "a indiqué mardi": the day dates no figure, nor keeps a period from them
    reporting: str = r"(?!)"


# A wire's time of day, four digits and a time zone: "0845 GMT", "2115 UTC", "0300 local
# time" (never a figure 2115, nor the year 2015 of "2015 GMT")
# A time of day with its zone: "17.45 BST", "2.32pm CET", "9:14 EDT", "14 h 32 GMT"
_ZONES = r"BST|GMT|UTC|CET|CEST|WET|WEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|IST|JST"
_ZONED_TIME = (
    rf"(?<![\d.,:])(?:[01]?\d|2[0-3])(?:[.:]|\s?h\s?)[0-5]\d\s?(?:[ap]\.?m\.?\s?)?(?-i:{_ZONES})"
    r"(?!\w)"
)
_WIRE_TIME = (
    r"(?<![\d.,:])(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|(?i:local(?:\s+time)?|heure\s+locale))"
    r"(?!\w)"
)

# The nouns of a person an age describes: "un motard de 34 ans", "deux jeunes de 19 et 20
# ans" (not "un prêt de 20 ans", "une peine de 10 ans")
_FR_AGED_PERSONS = (
    r"hommes?|femmes?|jeunes?|garçons?|filles?|fillettes?|adolescente?s?|enfants?|bébés?|"
    r"nourrissons?|motarde?s?|conducteurs?|conductrices?|automobilistes?|piétons?|piétonnes?|"
    r"cyclistes?|passagers?|passagères?|victimes?|retraitée?s?|quinquagénaires?|"
    r"sexagénaires?|septuagénaires?|octogénaires?|nonagénaires?|habitante?s?|"
    r"adolescents?|lycéens?|lycéennes?|étudiante?s?|suspecte?s?|prévenue?s?|accusée?s?|"
    r"détenue?s?|agresseurs?|meurtriers?|meurtrières?|plaignante?s?"
)
# The first of two ages listed before "ans" ("de 19 et 20 ans") is one too
_FR_LISTED_AGE = r"(?:\s+\d{1,3}\s+(?:et|ou|à))?"
_FR_AGE_YEARS = r"\s+(?:(?:et|ou|à)\s+\d{1,3}\s+)?ans"

_FR_STOP = _words(
    """a à au aux avec avait avaient ce ces cet cette ceci cela d de des du dans donc dont
    elle elles en est et été être eu fait il ils je l la le les leur leurs lui m ma mais me
    même mes moi mon n ne ni nos notre nous on ont ou où par pas peu plus pour qu que qui
    s sa se ses si son sont sur ta te tes toi ton tous tout toute toutes tu un une vos votre
    vous y ainsi alors aussi très selon sous entre contre vers chez après avant depuis
    pendant lors déjà encore puis via soit sera seront serait aurait avoir fut dès quant
    cet celle celui ceux leur outre environ moins près quelque autour"""
)
_EN_STOP = _words(
    """a an the and or but of to in on at by for from with within without as is are was
    were be been being has have had do does did it its this that these those there their
    they them he she his her him we our us you your i me my not no so than then too very
    which who whom whose what when where while about around some more most less least
    over under up down out into onto off per just only also such each every other any
    all both either neither will would should could can may might must shall now new
    """
)

_FR_PEOPLE = _words(
    """personne personnes salarié salariés salariée salariées employé employés employée
    employées emploi emplois poste postes collaborateur collaborateurs habitant habitants
    élève élèves étudiant étudiants enfant enfants adulte adultes patient patients mort
    morts victime victimes blessé blessés client clients abonné abonnés utilisateur
    utilisateurs électeur électeurs membre membres agent agents fonctionnaire fonctionnaires
    ingénieur ingénieurs chercheur chercheurs visiteur visiteurs touriste touristes
    spectateur spectateurs manifestant manifestants médecin médecins soldat soldats
    policier policiers gendarme gendarmes travailleur travailleurs chômeur chômeurs
    passager passagers voyageur voyageurs lecteur lecteurs enseignant enseignants
    professeur professeurs infirmier infirmiers infirmière infirmières réfugié réfugiés
    migrant migrants candidat candidats actif actifs retraité retraités salariés
    recrutements embauches"""
)
_EN_PEOPLE = _words(
    """people person persons employee employees worker workers staff job jobs resident
    residents inhabitant inhabitants student students pupil pupils child children adult
    adults patient patients death deaths victim victims customer customers subscriber
    subscribers user users voter voters member members officer officers engineer engineers
    researcher researchers visitor visitors tourist tourists passenger passengers doctor
    doctors nurse nurses soldier soldiers troops refugee refugees migrant migrants teacher
    teachers candidate candidates retiree retirees hires recruits protesters"""
)

# Measurement units as printed, case-sensitive (MW is no mW), most specific first. Each
# unit written in a value is one `factcheck verify` reads (a test parses every one).
_UNIT_SYMBOLS = (
    # tech copy's units, before "m", "mm", "MW" and "t" that start some of them: rates of
    # data in bits ("8 Gbit/s", "4 Gbps") and in bytes ("1 Go par seconde"), storage in
    # bytes, English or French ("256GB", "150 Go"), clock and display rates ("4.2GHz",
    # "120Hz"), a battery's charge ("4,680mAh"), a chip's process ("3nm"), a latency ("12
    # ms"); drafted as written, and left to a note where verify refuses one
    (r"Gbits?/s|Gb/s", "Gbit/s"),
    (r"Mbits?/s|Mb/s", "Mbit/s"),
    (r"Gbps", "Gbps"),
    (r"Mbps", "Mbps"),
    (r"Go/s|Go\s+par\s+seconde", "Go/s"),
    (r"Mo/s|Mo\s+par\s+seconde", "Mo/s"),
    (r"TB", "TB"),
    (r"GB", "GB"),
    (r"MB", "MB"),
    (r"To", "To"),
    (r"Go", "Go"),
    (r"Mo", "Mo"),
    (r"GHz", "GHz"),
    (r"MHz", "MHz"),
    (r"Hz", "Hz"),
    (r"mAh", "mAh"),
    (r"nm", "nm"),
    (r"ms", "ms"),
    # science copy's units, before "m", "mg", "g/L" and "kg" that start them: doses and dose
    # rates ("3,5 mSv", "0,4 µSv/h", either mu), activity ("1 500 Bq/l"), densities ("2 to 3
    # g/cm³") and temperatures in Fahrenheit ("68 °F")
    (r"[µμ]Sv/h", "µSv/h"),
    (r"mSv/h", "mSv/h"),
    (r"nSv/h", "nSv/h"),
    (r"[µμ]Sv", "µSv"),
    (r"mSv", "mSv"),
    (r"nSv", "nSv"),
    (r"Sv", "Sv"),
    (r"mGy", "mGy"),
    (r"Gy", "Gy"),
    (r"Bq/[lL]", "Bq/L"),
    (r"Bq/kg", "Bq/kg"),
    (r"Bq/m(?:³|3)", "Bq/m³"),
    (r"kBq", "kBq"),
    (r"MBq", "MBq"),
    (r"GBq", "GBq"),
    (r"TBq", "TBq"),
    (r"Bq", "Bq"),
    (r"g/cm(?:³|3)", "g/cm³"),
    (r"kg/m(?:³|3)", "kg/m³"),
    (r"°\s?F", "°F"),
    (r"K", "K"),  # "3 450 K": kelvins apart from their number ("40K" glued is thousands)
    # tonnes of CO2 equivalent are tonnes: the gas is the property's ("384 MtCO2e" is 384 Mt,
    # as "371.0 million tonnes of CO2e" is 371.0 million t)
    (r"MtCO(?:2|₂)e?(?:q)?", "Mt"),
    (r"GtCO(?:2|₂)e?(?:q)?", "Gt"),
    (r"tCO(?:2|₂)e?(?:q)?", "t"),
    (r"kg/h[lL]", "kg/hL"),  # a grain's test weight, "74 kg/hl": before "kg"
    (r"h[lL]", "hL"),
    (r"mg/[lL]", "mg/L"),  # "0,5 mg/l": before "m" and "mg"
    (r"g/[lL]", "g/L"),
    (r"mg", "mg"),
    (r"mm", "mm"),
    (r"ppm", "ppm"),
    (r"ppb", "ppb"),  # refused by verify today: the draft leaves such a figure out
    # a storm's central pressure ("948mb", "948 hPa"): "mb" is refused by verify (millibars
    # or million barrels?), so its claim has no value and that refusal as its note
    (r"mbar", "mbar"),
    (r"hPa", "hPa"),
    (r"mb", "mb"),
    (r"°\s?C|(?<=\d)C", "°C"),  # "1.55°C"; "1.5C" glued only (a "C" apart is no degree)
    (r"km²|km2", "km²"),
    (r"m²|m2", "m²"),
    (r"m³|m3", "m³"),
    (r"km/h", "km/h"),
    (r"km", "km"),
    (r"cm", "cm"),
    (r"m", "m"),
    (r"ha", "ha"),
    (r"Mt", "Mt"),
    (r"t", "t"),
    (r"kg", "kg"),
    (r"TWh", "TWh"),
    (r"GWh", "GWh"),
    (r"MWh", "MWh"),
    (r"kWh", "kWh"),
    (r"GW", "GW"),
    (r"MW", "MW"),
    (r"kW", "kW"),
)
# Units a number may be glued to ("1.2km", "500MW"); not "m" nor "t", for "20m" is
# 20 million in English copy.
GLUED_UNITS = (
    r"pct|pc|bps|bp|mph|km²|km2|km/h|km|m²|m³|cm|mm|mbar|mb|hPa|p|"
    r"kg|TWh|GWh|MWh|kWh|GW|MW|kW|ha|"
    r"[GM]bps|[TGM]B|[TGM]o|[GM]?Hz|mAh|nm|ms|"
    r"[MG]?tCO(?:2|₂)e?q?|Mt|ppm|ppb|C|[µμ]Sv(?:/h)?|mSv(?:/h)?|Bq(?:/[lL])?"
)
# Units of a rate written as symbols after "/": "30 km/s", "12 m/h" (a symbol of
# Words.units or a word of Words.rates reads too: "Bq/kg", "kWh/m²/an")
PER_SYMBOLS = {"s": "s", "h": "h", "min": "min", "ac": "acre"}  # "205 bu/ac"

# Names a number belongs to, right before it ("CAC 40", "FTSE 100", "S&P 500", "COP 29",
# "Covid-19", "Boeing 737"): the number is no figure, nor is its year a date ("Russell
# 2000"). Case-sensitive.
_NAMES = (
    r"(?-i:(?:Euro\s+)?Stoxx|STOXX|CAC|SBF|FTSE(?:\s+MIB)?|S&P|DAX|MDAX|TecDAX|Nikkei|Topix|"
    r"IBEX|AEX|BEL|SMI|ATX|OMX[A-Z]*|Hang\s+Seng|KOSPI|ASX|TSX|Nasdaq|NASDAQ|Russell|"
    r"Dow\s+Jones|MSCI(?:\s+[A-Z][a-z]+)?|COP|Covid|COVID|Boeing|Ligue|Formule|Formula|"
    r"Windows|iPhone|PlayStation|Billboard|Hot)[ \u00a0-]?"
    # a season's number ("the Season 5 finale", "la saison 2"; not "la saison 2025", a
    # year), a ratings term ("live-plus-35", "live+7": the days of viewing counted)
    r"|(?:[Ss]eason|SEASON|[Ss]aison|SAISON)[ \u00a0](?=\d{1,2}(?![\d,.]\d|\d))"
    # a week's number of an epidemic bulletin: "en semaine 48", "week 47" (weeks 1 to 53)
    # (not "40 hours a week 12 weeks in a row", "par semaine 3 fois")
    r"|(?<!\d\s)(?<![Aa]\s)(?<!per\s)(?<!par\s)(?<!each\s)(?<!every\s)(?:[Ss]emaine|[Ww]eek)"
    r"[ \u00a0](?=(?:[1-9]|[1-4]\d|5[0-3])(?![\d,.]\d|\d|\s?%|\s+(?:weeks?|semaines?|"
    r"days?|jours?|hours?|heures?|months?|mois|years?|ans)(?!\w)))"
    r"|(?:[Ll]ive|LIVE)(?:[ -]?(?:plus|PLUS)[ -]?|\+)(?=\d{1,2}(?!\d))"
    # a chart: "the UK top 40", "a Top 10 hit" (not "the top 10 companies": a count)
    r"|(?-i:[Tt]op|TOP)[ \u00a0-](?=\d{1,3}(?!\d)(?!\s+(?!hits|singles|albums)[^\W\d_]+s(?!\w))"
    # nor a share: "the top 1% of households", "the top 10 per cent"
    r"(?![.,]\d)(?!\s?(?:%|per\s?cent|percent|pour\s?cents?|pourcents?)(?!\w)))"
)
# Stock indexes by name ("le CAC 40 a perdu 98,7 points", "the Dow shed 300 points"): their
# points are index points, written bare. Case-sensitive.
_INDEXES = (
    r"(?-i:(?:Euro\s+)?Stoxx|STOXX|CAC|SBF|FTSE|S&P|DAX|MDAX|TecDAX|Nikkei|Topix|IBEX|AEX|"
    r"SMI|ATX|OMX[A-Z]*|Hang\s+Seng|KOSPI|ASX|TSX|Nasdaq|NASDAQ|Russell|Dow|MSCI)"
)
# A time of a race or a wait, in parts ("2 h 02 min 10 s", "1 min 35 s", "9 s 58",
# "3'28''32", "47 minutes 12 seconds"): verify reads no such value yet, and its parts are
# no figures.
_CHRONO = (
    r"(?<![\w.,])\d{1,3}(?:[.,]\d+)?\s?(?:h|min|mn|s|'|′)\s?\d{1,2}(?:[.,]\d+)?"
    r"(?:\s?(?:min|mn|s|''|'|″|\")(?:\s?\d{1,2}(?:[.,]\d+)?(?:\s?(?:s|''|″|\"))?)?)?(?![\w'])"
    r"|(?<![\w.,])\d{1,3}\s+(?:hours?|heures?|minutes?)\s+(?:and\s+|et\s+)?\d{1,2}\s+"
    r"(?:minutes?|seconds?|secondes?)(?!\w)"
    # the English sports desks' "2hr 1min 12sec", "4min 18.2sec", "2min 52sec"
    r"|(?<![\w.,])\d{1,2}\s?hrs?\s?\d{1,2}\s?mins?(?:\s?\d{1,2}(?:\.\d+)?\s?secs?)?(?!\w)"
    r"|(?<![\w.,])\d{1,3}\s?mins?\s?\d{1,2}(?:\.\d+)?\s?secs?(?!\w)"
)
# School year groups (sixième to troisième): "élèves de 6e", "classe de 4e", "en 3e"; not
# a place ("en 3e position")
_YEAR_GROUPS = (
    r"(?:(?<!\w)(?:classes?|élèves|collégiens|niveau)\s+(?:de\s+)?|(?<!\w)en\s+)"
    r"[3-6]e(?:\s*(?:,|et|ou)\s*(?:de\s+|en\s+)?[3-6]e)*"
    r"(?!\w)(?!\s+(?:position|place|rang|du\s+classement))"
)
_SMALL = {
    "fr": r"\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix",
    "en": r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten",
}

#: A grade of an exam's scale, no figure: "a grade 4", "grades 7 to 9", "the highest grade,
#: a 9", "reach a 4 in English"; and the age a subject must be passed by ("maths by 16").
_GRADE_SUBJECTS = (
    r"English|maths|math|mathematics|science|sciences|history|geography|French|German|Spanish|"
    r"physics|chemistry|biology|art|music|computing|languages?|(?-i:[A-Z][a-z]+)"
)
_GRADES = (
    r"(?<!\w)grades?,?\s+(?:an?\s+)?\d{1,2}(?:\s*(?:,|and|or|to|-)\s*\d{1,2})*"
    r"(?![\w%]|[.,]\d|\s?%)"
    rf"|(?<!\w)an?\s+\d{{1,2}}\s+(?:or\s+(?:above|higher|better)\s+)?in\s+(?:{_GRADE_SUBJECTS})"
    r"(?![\w-])"
    r"|(?<!\w)(?:English|maths|math|mathematics|science|GCSEs?|A-levels?)\s+by\s+"
    r"(?:the\s+age\s+of\s+|age\s+)?1[4-9](?![\w%]|[.,]\d|\s?%)"
)

#: The same in words only: "un électeur sur quatre" is a proportion, "12 élus sur 45" a count.
_SMALL_WORDS = {language: small.removeprefix(r"\d{1,3}|") for language, small in _SMALL.items()}

#: Capitals right before a number without unit, scale, hedge or counted noun: a name too
#: ("SBF 120", "IBEX 35", "MSCI 50"), not a figure.
ACRONYM_BEFORE = r"(?<![\w&])(?-i:[A-Z][A-Z&]{1,5})[ \u00a0-]$"

WORDS: dict[str, Words] = {
    "fr": Words(
        hedges=(
            *_SYMBOL_HEDGES,
            (rf"un\s+peu\s+moins\s+{_DE}", "<"),
            (rf"à\s+peine\s+moins\s+{_DE}", "<"),
            (rf"un\s+peu\s+plus\s+{_DE}", ">"),
            (rf"pas\s+moins\s+{_DE}", ">="),
            (rf"pas\s+plus\s+{_DE}", "<="),
            (rf"moins\s+{_DE}", "<"),
            (rf"plus\s+{_DE}", ">"),
            (r"au\s+moins", ">="),
            (r"au\s+minimum", ">="),
            (r"au\s+plus", "<="),
            (r"au\s+maximum", "<="),
            (r"tout\s+au\s+plus", "<="),
            (r"jusqu['’]\s*à", "<="),
            (r"inférieure?s?\s+à", "<"),
            (r"supérieure?s?\s+à", ">"),
            (rf"au-delà\s+{_DE}", ">"),
            (rf"en\s+dessous\s+{_DE}", "<"),
            # "ne dépasserait pas 1,2 %", "ne devrait pas dépasser", "sans dépasser": at most
            (r"(?:ne\s+|n['’]\s*)(?:dépass|excéd|excèd)\w*\s+pas", "<="),
            (r"(?:ne\s+|n['’]\s*)\w+\s+pas\s+(?:dépasser|excéder)", "<="),
            (r"(?:sans|ne\s+pas)\s+(?:dépasser|excéder)", "<="),
            # "n'a jamais dépassé 27 °C", "Jamais cet indicateur n'avait dépassé 27 °C", "n'ont
            # pas dépassé": a negated past, at most (never "n'avait dépassé" read as ">")
            (
                r"(?:ne\s+|n['’]\s*)(?:a|ont|avait|avaient|aura|auraient|aurait)\s+"
                r"(?:(?:pas|jamais|plus|encore|donc)\s+)*(?:dépass|excéd)(?:é|ée|és|ées)",
                "<=",
            ),
            # "le loyer ne peut donc dépasser 1 657,50 euros": a cap
            (
                r"(?:ne\s+|n['’]\s*)(?:peu[tv]\w*|pourr\w+|doi[tv]\w*|devr\w+|sau\w+)\s+"
                r"(?:(?:donc|plus|jamais|en\s+aucun\s+cas)\s+)*(?:dépasser|excéder)",
                "<=",
            ),
            # "une amende pouvant atteindre 5 000 euros", "peut aller jusqu'à": at most
            (
                r"(?:pouvant|peut|peuvent|pourra|pourront|pourrait|pourraient)\s+"
                r"(?:atteindre|aller\s+jusqu['’]\s*à)",
                "<=",
            ),
            (r"dépass(?:e|es|ent|ant|é|ée|és|ées|ait|aient|era|eront|erait|eraient|er)", ">"),
            # "sous les 3 %", "sous la barre des 3 %", "au-dessus du seuil de 3 %"
            (
                r"(?:sous|au-dessous|en\s+deçà)\s+(?:(?:de\s+)?(?:la\s+barre|le\s+seuil|le\s+niveau)"
                r"\s+)?(?:des|du|de|d['’]|les)\s*",
                "<",
            ),
            (
                r"(?:au-dessus|au-delà)\s+(?:(?:de\s+)?(?:la\s+barre|le\s+seuil|le\s+niveau)\s+)?"
                r"(?:des|du|de|d['’])\s*",
                ">",
            ),
            # "les classes sont plafonnées à 12 élèves", "limité à 5 000 euros": a cap
            (r"(?:plafonn|limit)(?:é|ée|és|ées|e|ent|er|ait|aient|era|eront)\s+à", "<="),
            (r"presque", "<"),
            (r"quasiment", "<"),
            (r"environ", "~"),
            (rf"près\s+{_DE}", "~"),
            (r"quelque", "~"),
            (rf"autour\s+{_DE}", "~"),
            (rf"aux\s+alentours\s+{_DE}", "~"),
            (r"approximativement", "~"),
            (rf"de\s+l['’]\s*ordre\s+{_DE}", "~"),
            (r"à\s+peu\s+près", "~"),
            (r"en\s+moins\s+de", "<"),
        ),
        trailing_hedges=(
            (r"environ", "~"),
            (r"au\s+moins", ">="),
            (r"au\s+plus", "<="),
            (r"ou\s+plus", ">="),
            (r"ou\s+moins", "<="),
        ),
        duration_only_hedges=frozenset({"en moins de"}),
        not_before_durations="sur",
        scales={
            "mille": "thousand",
            "million": "million",
            "millions": "million",
            "milliard": "milliard",
            "milliards": "milliard",
            "billion": "billion",
            "billions": "billion",
            **_INDIAN_SCALES,
        },
        scale_abbreviations={
            "md": "milliard",
            "mds": "milliard",
            "mrd": "milliard",
            "mrds": "milliard",
            "m": "million",
            "k": "thousand",
        },
        currencies=_currencies(
            "fr",
            (r"francs?\s+français", "FRF"),
            # French francs, before the euro: "un budget de 1,2 million de francs" in 1968
            # (read by territory: see local_words)
            (_BARE_FRANCS, "FRF"),
            (r"dollars?", "USD"),
            (r"couronnes?\s+danoises?", "DKK"),
            (r"couronnes?\s+su[ée]doises?", "SEK"),
            (r"couronnes?\s+norv[ée]giennes?", "NOK"),
            (r"couronnes?\s+tch[èe]ques?", "CZK"),
            (r"couronnes?\s+islandaises?", "ISK"),
        ),
        unnamed_currencies=r"roupies?|couronnes?",
        cents=(r"centimes?(?:\s+d['’]\s*euros?)?", "EUR", ","),
        area_prices=(r"(?:le|du|au|par)\s+(?:m[èe]tre\s+carr[ée]|m²|m2)(?!\w)", "m²"),
        reporting=(
            r"(?:a|ont|avait|avaient)\s+(?:(?:aussi|également|encore)\s+)?(?:indiqué|annoncé|"
            r"déclaré|précisé|affirmé|expliqué|souligné|ajouté|confirmé|réagi|fait\s+savoir)"
        ),
        percent=r"%|pour\s?cents?|pourcents?",
        points=r"points?\s+de\s+pourcentage",
        basis_points=r"points?\s+de\s+base|pb",
        partitive=_DE,
        people=_FR_PEOPLE,
        count_adjectives=_words(
            "nouveaux nouvelles autres premiers premières derniers dernières "
            "supplémentaires anciens anciennes"
        ),
        units=(
            (r"(?i:kilom[èe]tres?\s+carr[ée]e?s?)", "km²"),
            (r"(?i:m[èe]tres?\s+carr[ée]e?s?)", "m²"),
            (r"(?i:m[èe]tres?\s+cubes)", "m³"),
            (r"(?i:kilom[èe]tres?\s+(?:par|à\s+l['’]\s*)heure)", "km/h"),
            (r"(?i:kilom[èe]tres?)", "km"),
            (r"(?i:centim[èe]tres?)", "cm"),
            (r"(?i:millim[èe]tres?)", "mm"),
            (r"(?i:m[èe]tres?)", "m"),
            (r"(?i:hectares?)", "ha"),
            # the French yield and price units: "62 quintaux à l'hectare", "21,50 € le
            # quintal", "45 hectolitres par hectare", "62 q/ha", "55 qx/ha"
            (r"(?i:(?:quintaux|quintal|qx)\s+(?:à\s+l['’]\s*|par\s+)hectare)", "q/ha"),
            (r"(?i:hectolitres?\s+(?:à\s+l['’]\s*|par\s+)hectare)", "hL/ha"),
            (r"(?i:quintaux|quintal)|qx|q(?=\s?/)", "q"),
            (r"(?i:hectolitres?)", "hL"),
            (r"(?i:m[ée]gatonnes?)", "Mt"),
            (r"(?i:tonnes?)", "t"),
            (r"(?i:kilogrammes?\s+par\s+m[èe]tre\s+cube)", "kg/m³"),
            (r"(?i:kilogrammes?|kilos?)", "kg"),
            (r"(?i:milligrammes?\s+par\s+litre)", "mg/L"),
            (r"(?i:grammes?\s+par\s+centim[èe]tre\s+cube)", "g/cm³"),
            (r"(?i:milligrammes?)", "mg"),
            (r"(?i:grammes?)", "g"),
            (r"(?i:parties?\s+par\s+million)", "ppm"),
            (r"(?i:degr[ée]s?\s+(?:Celsius|C(?!\w)))", "°C"),
            (r"(?i:degr[ée]s?\s+(?:Fahrenheit|F(?!\w)))", "°F"),
            (r"(?i:kelvins?)", "K"),
            (r"(?i:millisieverts?)", "mSv"),
            (r"(?i:microsieverts?)", "µSv"),
            (r"(?i:nanosieverts?)", "nSv"),
            (r"(?i:sieverts?)", "Sv"),
            (r"(?i:becquerels?)", "Bq"),
            # "2,9 ua", "0,11 unité astronomique", "41 années-lumière" ("al", "a.l."): the
            # value writes them au and ly ("ua" would read as a microyear, "al" as attolitres)
            (r"(?i:unités?\s+astronomiques?)|ua|UA", "au"),
            (r"(?i:années?[-\s]lumières?)|a\.l\.|al", "ly"),
            (r"(?i:parsecs?)", "parsec"),
            (r"(?i:litres?)", "L"),
            (r"(?i:t[ée]rawatts?[-\s]?heures?)", "TWh"),
            (r"(?i:gigawatts?[-\s]?heures?)", "GWh"),
            (r"(?i:m[ée]gawatts?[-\s]?heures?)", "MWh"),
            (r"(?i:kilowatts?[-\s]?heures?)", "kWh"),
            (r"(?i:gigawatts?)", "GW"),
            (r"(?i:m[ée]gawatts?)", "MW"),
            (r"(?i:kilowatts?)", "kW"),
            # le pétrole: "2,2 millions de barils par jour", "1,1 million de b/j"
            (r"(?i:barils?\s+par\s+jour)|b/j|bpj", "barrel/day"),
            (r"(?i:barils?)|bbl", "barrel"),
            *_UNIT_SYMBOLS,
        ),
        durations={
            "an": "year",
            "ans": "year",
            "année": "year",
            "années": "year",
            "mois": "month",
            "semaine": "week",
            "semaines": "week",
            "jour": "day",
            "jours": "day",
            "heure": "hour",
            "heures": "hour",
            "minute": "minute",
            "minutes": "minute",
            "seconde": "s",
            "secondes": "s",
            "décennie": "decade",
            "décennies": "decade",
            "siècle": "century",
            "siècles": "century",
        },
        rates={
            "jour": "day",
            "semaine": "week",
            "mois": "month",
            "an": "year",
            "année": "year",
            "heure": "hour",
            "litre": "L",  # "0,92 mg par litre": mg/L
            "habitant": "person",  # "5,4 tonnes par habitant": t/person
            "personne": "person",
            "tête": "person",
            # "5 300 euros par élève": EUR/person, as the value reads it
            "élève": "person",
            "étudiant": "person",
            "lycéen": "person",
            "collégien": "person",
            "hectare": "ha",  # "1 600 € par hectare": EUR/ha
            "quintal": "q",
            "baril": "barrel",  # "66 dollars le baril": USD/barrel
        },
        rate_words=r"par|chaque",
        pay_qualifiers=r"nets?|bruts?|HT|TTC|hors\s+taxes?",
        rate_adjectives=r"mensuel(?:le)?s?|annuel(?:le)?s?|hebdomadaires?",
        ordinal_suffix=r"(?:er|re|ère|e|ème|eme|è|nd|nde|d)",
        fractions=r"tiers|quarts?|demie?s?|cinquièmes?|dixièmes?|centièmes?",
        time_after=r"plus\s+tôt|plus\s+tard|auparavant|avant|après|plus\s+loin",
        time_before=r"les|ces|il\s+y\s+a|depuis|dans|d['’]\s*ici|au\s+cours\s+des",
        one_period_before=r"sur|en|par",
        rate_nouns=r"taux|chômage|inflation|croissance|pourcentage",
        index_words=rf"{_INDEXES}|(?i:indices?|Bourse)",
        league_words=(
            r"leader|classement|championnat|journées?|podium|relégation|relégable|lanterne\s+rouge|"
            r"d['’]\s*avance|de\s+retard|du\s+(?:podium|maintien)|(?-i:Ligue)"
        ),
        poll_words=r"sondages?|intentions?\s+de\s+vote|enquête",
        score_words=(
            r"mi-temps|pause|score|victoire|défaite|battu\w*|bat|s['’]\s*impos\w*|"
            r"l['’]\s*emport\w*|vainqu\w*|s['’]\s*inclin\w*|match|buts?|nul|manche|sets?|"
            r"(?-i:Ligue)|championnat|coupe|finale|essais?|égalis\w*|penalty|penalties"
        ),
        clock_times=(
            # "A 17 heures": a capital's accent is often left out
            r"(?:(?<!\w)(?:à|(?-i:A)|vers|dès|jusqu['’]\s*à|avant|après)\s+)?(?<!\d)(?:[01]?\d|2[0-3])"
            r"\s?h\s?[0-5]\d(?!\d)|(?<!\w)(?:à|(?-i:A)|vers|dès|jusqu['’]\s*à|avant|après)\s+"
            r"(?:[01]?\d|2[0-3])"
            r"\s?(?:h|heures?)(?!\w)(?!\s+(?:de\s|d['’]))"
            # a wire's time: "(1 h GMT)", "à 23 h UTC", "0845 GMT"
            rf"|{_WIRE_TIME}|(?<![\d.,:])(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d)?\s?(?:GMT|UTC)(?!\w)"
            rf"|{_ZONED_TIME}"
        ),
        no_values=(
            rf"{_CHRONO}|(?<!\w)(?:{_SMALL['fr']})\s+sur\s+(?:{_SMALL['fr']})(?!\w)"
            # "un électeur sur quatre", "trois Français sur quatre": in words only ("12
            # élus sur 45" is a count)
            rf"|(?<!\w)(?:{_SMALL_WORDS['fr']})\s+(?:[^\W\d_]+\s+){{1,2}}sur\s+"
            rf"(?:{_SMALL_WORDS['fr']})(?!\w)"
            # ... not a count of its own noun: "trois César sur onze nominations" is 3 and 11
            r"(?!\s+[^\W\d_]{2,}[sx](?!\w))"
            # a goal's minute, a kick-off: "Dembélé (12e)", "(90e+3)", "mercredi (21 h)"
            r"|\(\s*\d{1,3}e(?:\s?\+\s?\d{1,2})?(?:\s*(?:,|et)\s*\d{1,3}e(?:\s?\+\s?\d{1,2})?)*"
            r"(?:\s*,?\s*(?:s\.\s?p\.|sp|pen\.?|csc|penalty))?\s*\)"
            r"|\(\s*(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d)?\s*\)"
            # a school year group: "les élèves de 6e et de 5e", "en classe de 4e", "en 3e"
            rf"|{_YEAR_GROUPS}"
            # pupils of an age, a group: "les élèves français de 15 ans"
            r"|(?<!\w)(?:élèves|jeunes|enfants|adolescents|écoliers|collégiens|lycéens)"
            r"(?:\s+[^\W\d_]+){0,2}\s+de\s+\d{1,2}(?:\s*(?:à|-)\s*\d{1,2})?\s+ans(?!\w)"
            # a month named: "une intensité rare pour un mois d'août" is no 1 month
            r"|(?<!\w)un\s+mois\s+(?:de\s+|d['’]\s*)(?:janvier|février|mars|avril|mai|juin|"
            r"juillet|août|septembre|octobre|novembre|décembre)(?!\w)"
            # a level of a scale: "sous le niveau 2", "les niveaux 5 et 6" of PISA
            r"|(?<!\w)niveaux?\s+\d{1,2}(?:\s*(?:,|et|ou|à)\s*\d{1,2})*(?![\w%]|[.,]\d|\s?%)"
        ),
        carry_links=r"dont|parmi\s+lesquel(?:le)?s",
        period_adjectives=(
            r"trimestriel\w*|semestriel\w*|annuel\w*|mensuel\w*|exercice|"
            r"(?:premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e)\s+(?:trimestre|semestre)"
        ),
        superlatives=(
            r"(?:les?|la|au|aux|du|des|sa|son|ses|leur)\s+(?:plus|moins)|meilleur\w*|pire|record\w*|"
            r"jamais|premi[eè]re?\s+fois|inédit\w*|sans\s+précédent"
        ),
        series_starts=(
            r"depuis\s+(?:le\s+)?(?:début|lancement|création)\s+(?:de\s+la|du|des|de\s+l['’])\s*"
            r"[\w-]+|depuis\s+que\s+(?:[\w'’-]+\s+){0,4}?(?:a\s+commencé|existe|a\s+été\s+lancée?)"
        ),
        maturities=(
            r"(?:taux|OAT|Bunds?|emprunts?|obligations?|rendements?|bons?\s+du\s+Trésor|"
            r"dette)(?:\s+[\w'’]+){0,3}\s+à\s+(?P<years>\d{1,2})\s+ans(?!\w)"
        ),
        electoral_words=(
            r"élect\w*|scrutin|urnes?|inscrits|votants|suffrages|premier\s+tour|second\s+tour|"
            r"municipales|législatives|présidentielle|européennes|régionales|départementales|"
            r"référendum|bulletins?|abstention"
        ),
        share_words=(
            r"détenu\w*|détient|détenai\w*|capital|actionna\w*|filiale|prend|prise|acquiert|"
            r"acquis|cède|cédé|cession|dans\s+(?-i:[A-Z])"
        ),
        estimate_words=r"consensus|attentes(?:\s+(?:des\s+analystes|du\s+marché))?",
        clause_markers={
            "comparative": r"contre|comparé|par\s+rapport|face",
            "relative": r"qui|que|qu['’]|dont|où|mais|tandis|alors\s+que|car|puisque|lorsqu|quand",
        },
        baseline_markers=(
            r"contre|par\s+rapport\s+(?:à|au|aux)|compar[ée]e?s?\s+(?:à|au|aux|avec)|"
            r"en\s+comparaison\s+(?:de|du|des|avec)|face\s+(?:à|au|aux)|vs\.?|versus"
        ),
        level_baselines=(
            r"(?<!\w)(?:au-dessus|en\s+dessous|au-dessous|sous)\s+(?:(?:de\s+)?(?:la|le|les|du|des)\s+)?"
            r"(?:moyenne|niveaux?|normales?)\s+(?:de\s+|d['’]\s*|des\s+années\s+)?(?:l['’]\s*année\s+)?$",
            r"",
        ),
        change_from=r"(?!)",
        comparative_that=r"qu['’]|que",
        comparative_words=(
            r"plus|moins|autant|davantage|mieux|pire|supérieure?s?|inférieure?s?|"
            r"élevée?s?|faibles?|forte?s?|haute?s?|basse?s?"
        ),
        baseline_on=r"(?!)",
        time_shifts=(
            # "contre 570 avant la guerre": before an event the text does not date
            r"avant\s+(?:la|le|l['’])\s*(?:guerre|siège|crise|pandémie|épidémie|conflit|"
            r"invasion|séisme|tremblement\s+de\s+terre|coup\s+d['’]\s*[ÉéEe]tat|Covid(?:-19)?)|"
            r"avant\s+le\s+Brexit|"
            r"(?:un|une|deux|trois|quatre|cinq|six|douze|\d+)\s+(?:ans?|années?|mois|"
            r"trimestres?|semestres?|semaines?|jours?)\s+(?:plus\s+tôt|auparavant|avant|"
            r"en\s+arrière)|il\s+y\s+a\s+(?:un|une|deux|trois|quatre|six|douze|\d+)\s+"
            r"(?:ans?|années?|mois|trimestres?|semaines?)|(?:(?:à\s+|de\s+)?l['’]\s*(?:an|"
            r"année|exercice)|(?:le|au|du)\s+(?:trimestre|semestre|mois)|(?:à\s+|de\s+)?la\s+"
            r"(?:semaine|période|campagne|saison))\s+(?:précédente?|d['’]\s*avant|antérieure?)|(?:à|sur|pour)\s+"
            r"la\s+même\s+période|(?:au|du|le)\s+même\s+(?:trimestre|semestre|mois|moment)|"
            r"(?:sur\s+|pendant\s+|durant\s+)?les\s+(?:douze|12)\s+mois\s+(?:précédents|d['’]\s*avant)"
        ),
        year_before=(  # not "l'année d'avant la crise"
            r"(?:(?:à|de|sur|pour)\s+)?l['’]\s*(?:an|année|exercice)\s+(?:précédente?|antérieure?|"
            r"d['’]\s*avant(?!\s+[^\W\d_]))|(?:sur\s+|pendant\s+|durant\s+)?les\s+(?:douze|12)\s+"
            r"mois\s+(?:précédents|d['’]\s*avant(?!\s+[^\W\d_]))"
        ),
        since_leads=r"depuis",
        level_hedges=r"sous|dessous|deçà",
        groups_before=(
            r"(?:(?:les|des|aux|chez\s+les|parmi\s+les|pour\s+les)\s+(?:moins|plus)\s+de|"
            # "les femmes de moins de 50 ans": a group named by its noun
            r"(?:femmes|hommes|jeunes|enfants|adultes|spectateurs|téléspectateurs|"
            r"auditeurs|lecteurs|personnes|individus|ménagères|filles|garçons|actifs|"
            r"salariés|électeurs|habitants|Français|Françaises)\s+(?:de\s+)?(?:moins|plus)\s+de|"
            r"âgé(?:e)?s\s+de(?:\s+(?:moins|plus)\s+de)?|(?:tranche|classe)\s+d['’]\s*âge"
            r"(?:\s+des?)?)\s+$"
        ),
        groups_after=r"\s+ans\s+(?:et|ou)\s+(?:plus|moins)(?!\s+de)(?!\w)",
        ages_listed=r"âgée?s?\s+de\s+[\w-]+",
        group_nouns=r"(?!)",  # French names the group before it: "la tranche d'âge des 18-24 ans"
        names_before=_NAMES,
        rank_words=r"place|rang|position",
        rank_verbs=r"class[ée]e?s?|arrive|arrivée?|termine|finit|occupe|au|à\s+la",
        alone_before=r"(?!)",
        alone_after=r"(?!)",
        range_words=r"à|au|-|–|—",
        between=("entre", "et"),
        change_words=(
            r"pass[ée]s?|passer|passant|passe|passera|augment\w*|baiss\w*|diminu\w*|"
            r"grimp\w*|chut\w*|recul\w*|progress\w*|bondi\w*|hausse|croissance|évolu\w*|"
            r"révis\w*"
        ),
        falls=(
            r"baisse|baissée?s?|baissai[et]n?t?|baisser[ao]n?t?|recul|recul[ée]e?s?|recule(?:nt)?|"
            r"reculer[ao]n?t?|repli|repli[ée]e?s?|replie(?:nt)?|chute|chut[ée]e?s?|chute(?:nt)?|"
            r"chuter[ao]n?t?|diminution|diminu[ée]e?s?|diminue(?:nt)?|diminuer[ao]n?t?|contraction|"
            r"contract[ée]e?s?|perte|pertes|perdu|perd|perde(?:nt)?|perdr[ao]n?t?|cédé|cède|cède(?:nt)?|"
            r"cédera|abandonné|abandonne(?:nt)?|lâché|lâche(?:nt)?|plongé|plonge(?:nt)?|dévissé|dévisse(?:nt)?|"
            # "a décroché de 5 %" fell; "les meilleurs profils décrochent 2,9 %" obtain a rate
            r"décroch(?:é|e|ent)(?=\s+d[e'’])|fléchi|fléchit|glissé|glisse(?:nt)?|effondrée?s?|effondrement|"
            r"dégringolé|dégringolade|réduite?s?|réduction|régressé|régresse|régression|retrait|"
            r"ralenti|ralentit|ralentissent|effrite|effrité|effritent|fond|fondu|fondent|"
            r"effondre|effondrent|dégringole|dégringolent|"
            # the imperfect of a market report: "le titre reculait de 2,1 %"
            r"(?:recul|chut|diminu|perd|céd|repli|plonge|gliss|fléchiss|lâch|abandonn|dévis"
            r"s|dégringol|régress|ralentiss|effrit|effondr)ai(?:t|ent)|"
            # the present participle of a market report: "perdant 101,17 points"
            r"perdant|cédant|reculant|chutant|abandonnant|lâchant|plongeant|glissant|"
            # infinitives after a modal: "les températures devraient perdre 8 à 10 °C"
            r"perdre|baisser|reculer|chuter|diminuer|céder|plonger|fléchir"
        ),
        rises=(
            r"hausse|haussée?s?|augmentation|augment[ée]e?s?|augmente(?:nt)?|augmenter[ao]n?t?|"
            r"progression|progress[ée]e?s?|progresse(?:nt)?|progresser[ao]n?t?|croissance|crû|"
            r"croît|accrue?s?|accroissement|bond|bondi|bondit|rebond|rebondi|rebondit|envolée|"
            r"envolée?s?|envole|grimpé|grimpe(?:nt)?|grimper[ao]n?t?|gagné|gagne(?:nt)?|gagner[ao]n?t?|"
            r"gain|gains|pris|prend|prennent|monté|monte(?:nt)?|relevée?s?|redressée?s?|avancé|"
            r"avance(?:nt)?|augmenter|progresser|grimper|gagner|monter|bondir|"
            # the imperfect: "le CAC 40 gagnait 0,8 %"
            r"(?:augment|progress|grimp|gagn|mont|bondiss|avanç|pren|croiss|envol|rebondiss)"
            r"ai(?:t|ent)|"
            r"gagnant|progressant|grimpant|avançant|bondissant"
        ),
        falls_after=r"baisse|recul|repli|chute|diminution|perte|contraction|de\s+moins|en\s+moins",
        rises_after=r"hausse|augmentation|progression|croissance|bond|de\s+plus|en\s+plus",
        direction_links=r"de|d['’]|encore|environ",
        comparatives=r"de\s+moins|en\s+moins|de\s+plus|en\s+plus",
        clause_words=(
            r"qui|que|qu['’]|dont|où|mais|et|avec|contre|car|lorsque|lorsqu['’]|quand|"
            r"tandis|alors\s+que|puisque|afin|soit"
        ),
        coordinators=frozenset({"et", "mais", "ou", "soit"}),
        adversatives=r"mais|tandis\s+que|alors\s+que|cependant|pourtant|qui|dont|contre|car|puisque",
        past_events=(
            r"(?:a|ont|avait|avaient|été)\s+(?:(?:déjà|aussi|également|encore|notamment)\s+)?"
            r"[a-zàâçéèêëîïôûù]+(?:é|ée|és|ées|i|is|u|us|it|ert|ort)|"
            r"(?:publiée?s?|annoncée?s?|interrogée?s?|présentée?s?|dévoilée?s?|réunie?s?|adoptée?s?|"
            r"signée?s?|votée?s?|déclaré|indiqué|précisé|affirmé|expliqué)"
        ),
        built=r"(?:construite?s?|bâtie?s?|édifiée?s?)\s+(?:avant|après|en|depuis|entre)",
        past_tenses=r"avait|avaient|a\s+été|ont\s+été|était|étaient",
        future_tenses=(
            r"(?:va|vont|allait|allaient)\s+(?:(?:encore|bientôt|donc|aussi)\s+)?"
            r"[a-zàâçéèêëîïôûù]+(?:er|ir|re|oir)|sera|seront|aura|auront|"
            r"[a-zàâçéèêëîïôûù]{2,}(?:era|eront|ira|iront)"
        ),
        forward_leads=r"à\s+partir\s+d[eu]|à\s+compter\s+d[eu]|dès|pour|jusqu['’]\s*(?:à|au)",
        per_words=r"par",
        ratio_words=r"pour",
        per_number_words=r"pour|par",
        later_events=r"après|lorsque|lorsqu['’]|alors\s+que|tandis\s+que|quand",
        bounds=r"avant|après",
        counted_targets=r"(?!)",
        target_words=(
            r"objectif\w*|vis(?:e|ent|ait|aient|er)|espér\w*|espèr\w*|ambition\w*|"
            # not an audience ("les femmes de moins de 50 ans, cible prisée des annonceurs")
            r"(?<!cœur\sde\s)cibl(?!es?\s+(?:prisée|privilégiée|commerciale|publicitaire|"
            r"féminine|masculine|des\s+annonceurs|de\s+la\s+chaîne))\w*|"
            r"ambitionn\w*|compte\s+atteindre|souhait\w*|à\s+l['’]\s*horizon"
        ),
        forecast_words=(
            # the near future, "aller" + infinitive: "le taux va baisser à 2,4 %"
            r"(?:va|vont)\s+(?:(?:encore|bientôt|donc|probablement|désormais|aussi|ainsi)\s+)?"
            r"[a-zàâçéèêëîïôûù]+(?:er|ir|re|oir)(?!\w)|"
            r"devrai(?:t|ent)|prévo\w*|prévu\w*|prévision\w*|sera|seront|pourrai(?:t|ent)|"
            r"(?:est|sont|reste|restent)\s+(?:encore\s+)?possibles?|"
            r"attend(?:u|ue|us|ues)|s['’]\s*attend(?:ent|ait|aient)?\s+à|tabl(?:e|ent|ait|aient)\s+sur|"
            r"anticip(?:e|ent|ait|aient|ation|ations)|projet\w*|d['’]ici|"
            r"guidance(?=[^.;:,]{0,80}\d)|"
            # an estimate, not the statistics office's first, flash or provisional one
            # ("selon la première estimation de l'Insee": a published measurement)
            r"(?<!première\s)(?<!deuxième\s)(?<!seconde\s)(?<!troisième\s)(?<!nouvelle\s)"
            # (nor "est estimé à 1,18": a measurement given with its uncertainty, now)
            r"(?<!dernière\s)estim(?!ations?\s+(?:flash|provisoires?|définitives?|détaillées?|"
            r"avancées?|rapides?)|ée?s?\s+(?:aujourd['’]\s*hui\s+)?(?:à|au)\s)\w*|"
            # the future tense's third persons (débutera, finira, prendra, permettra,
            # pourra, devra, aura; débuteront...), in lower case: not a name, nor the
            # past historic of a verb in -rer (entra, déclara, assura), nor a noun
            r"(?-i:(?!(?:af)?front\b|sierra\b|terra\b)[a-zàâçéèêëîïôûù]+"
            r"(?:(?:e|i|d|tt|r|v)ra|ront)|s?aura)"
            # "devra s'acquitter d'une amende de 30 000 euros": what a court imposed, a fact
            r"(?<!devra(?=\s+(?:aussi\s+|également\s+|en\s+outre\s+)?(?:s['’]\s*acquitter|"
            r"payer|verser|purger|effectuer|rembourser|indemniser|accomplir)))"
        ),
        lead_words=r"en|le|au|aux",
        word_count=r"mots",
        stopwords=_FR_STOP,
        properties=(
            ("currency", r"chiffres?\s+d['’]\s*affaires|ventes|recettes", "revenue"),
            ("currency", r"(?:bénéfice|résultat)\s+net", "net_profit"),
            ("currency", r"bénéfices?", "profit"),
            ("currency", r"pertes?|déficit", "loss"),
            ("currency", r"budgets?", "budget"),
            ("currency", r"dettes?", "debt"),
            # "3 007 milliards de PIB": the output, never the debt it is compared with
            ("currency", r"PIB|produit\s+intérieur\s+brut", "gdp"),
            ("currency", r"investi\w*|investissements?", "investment"),
            ("currency", r"lev(?:é|ée|er|e|é)\b|levée\s+de\s+fonds", "funds_raised"),
            ("currency", r"valoris\w*", "valuation"),
            ("currency", r"amendes?", "fine"),
            ("count", r"jours?[- ]amendes?", "day_fines"),  # a count of a fine's units
            ("currency", r"contrats?|marchés?\s+publics?", "contract_value"),
            ("currency", r"salaires?", "salary"),
            ("currency", r"co[uû]t\w*|prix", "cost"),
            ("person", r"emplois\s+directs", "direct_jobs"),
            ("person", r"emplois|postes|embauch\w*|recrut\w*", "jobs"),
            ("person", r"emploi(?:e|ent|ait|aient)|salariés|employés|effectifs?", "staff"),
            ("person", r"habitants|population", "population"),
            ("count", r"postes", "posts"),  # "27 940 postes offerts": posts, no persons
            ("person", r"passagers|voyageurs", "passengers"),
            # "victimes" are not all dead ("Des trois victimes, deux ont pu quitter l'hôpital")
            ("person", r"morts|décès|tués", "deaths"),
            ("person", r"blessée?s?", "injured"),
            ("person", r"visiteurs", "visitors"),
            ("person", r"clients", "customers"),
            ("person", r"utilisateurs", "users"),
            ("duration", r"contrats?", "contract_duration"),
            ("duration", r"retard", "delay"),
            # "participation" is a turnout or a stake (share_held): the sentence and article tell
            ("percent", r"(?:taux\s+de\s+)?participation", "participation"),
            (
                "percent",
                r"détenu\w*|détient|détenai\w*|capital|repris\w*|rachet\w*|racheté\w*",
                "share_held",
            ),
            ("percent", r"parts?\s+de\s+marché", "market_share"),
            ("percent", r"des\s+voix|des\s+suffrages", "vote_share"),
            ("percent", r"chômage", "unemployment_rate"),
            ("rank", r"", "rank"),
        ),
        articles=r"(?:le|la|les|l['’])\s*",
        connectors=frozenset({"de", "des", "du", "d'", "la", "et"}),
        # "à 30 ans", "à l'âge de 87 ans", "alors qu'il avait 83 ans", "ses 87 ans"
        age_leads=(
            # "Delorme a alors 52 ans", "il avait déjà 70 ans": the age at the time told
            (
                r"(?<!\w)(?:à|a|dès|jusqu['’]\s*à|(?:a|avait)\s+(?:alors|déjà|désormais|"
                r"encore|maintenant|aujourd['’]\s*hui))(?:\s+l['’]\s*âge\s+de)?",
                r"\s+ans",
            ),
            # "âgés de 4 et 7 ans": both are ages
            (rf"(?<!\w)(?:âgée?s?\s+de|avait|aurait\s+eu|ses){_FR_LISTED_AGE}", _FR_AGE_YEARS),
            # a person of an age: "un motard de 34 ans", "deux jeunes de 19 et 20 ans"
            (rf"(?<!\w)(?:{_FR_AGED_PERSONS})\s+de{_FR_LISTED_AGE}", _FR_AGE_YEARS),
        ),
        not_age_leads=(
            r"(?:prêts?|crédits?|emprunts?|baux|bail|contrats?|obligations?|OAT|taux|échéance|"
            r"horizon|plans?|programmes?|ici|condamnée?s?|peines?|projections?|y)\s+$"
            # a promise or a plan in the future: "« Je tournerai jusqu'à 80 ans »"
            r"|(?<!\w)[a-zàâçéèêëîïôûù]{3,}(?:rai|ras|rons|rez|ront)\s+$"
        ),
        # "ses 30 ans de carrière", "10 ans d'expérience", "10 ans ferme", "20 ans de plus"
        # (not "mort à 87 ans d'un cancer"); read at the number, before its "ans"
        not_age_after=(
            r"\s+ans\s+(?:de(?!\w)|d['’](?!\s*une?(?!\w))|"
            r"(?:ferme|plus\s+t[ôo]t|plus\s+tard|après|avant)(?!\w))"
        ),
        age_after=r"\s+ans\s+révolus",
        # a person's: "né le", "née à", "il est né en" (not "les entreprises nées en")
        births=r"née?(?!s)|naissance",
        deaths=r"(?:est|était|sont|étaient)\s+morte?s?|morte?|décédée?s?|décès",
        birth_entries=r"naissance|née?",
        death_entries=r"mort|morte|décès|décède|meurt",
        age_events=r"quand|lorsque|lorsqu['’]|alors\s+qu['’]|alors\s+que",
        subject_verbs=r"sont|ont|étaient|avaient|restent|demeurent",
        delays=(
            r"(?<![\d.,:])(?P<time>(?P<hours>[01]?\d|2[0-3])\s?h\s?(?P<minutes>[0-5]\d))"
            r"(?=\s+(?:de\s+retard|d['’]\s*avance)(?!\w))"
        ),
    ),
    "en": Words(
        hedges=(
            *_SYMBOL_HEDGES,
            (r"just\s+under", "<"),
            (r"just\s+below", "<"),
            (r"slightly\s+(?:less|fewer)\s+than", "<"),
            (r"a\s+little\s+(?:less|fewer)\s+than", "<"),
            (r"(?:less|fewer)\s+than", "<"),
            (r"just\s+over", ">"),
            (r"just\s+above", ">"),
            (r"slightly\s+more\s+than", ">"),
            (r"more\s+than", ">"),
            (r"upwards\s+of", ">"),
            (r"in\s+excess\s+of", ">"),
            (r"at\s+least", ">="),
            (r"a\s+minimum\s+of", ">="),
            (r"(?:no|not)\s+(?:more|higher|greater)\s+than", "<="),
            (r"(?:no|not)\s+(?:fewer|less|lower)\s+than", ">="),
            # "will not exceed 1.5%", "won't exceed": at most
            (
                r"(?:not|never|cannot|\w+n['’]t)\s+(?:to\s+)?(?:exceed(?:s|ed|ing)?|top|pass|go\s+above|rise\s+above)",
                "<=",
            ),
            (r"at\s+most", "<="),
            (r"a\s+maximum\s+of", "<="),
            (rf"{_RISEN_UP}up\s+to", "<="),  # not "edges up to 4.1%": a rise to 4.1 %
            (r"as\s+many\s+as", "<="),
            (r"within", "<="),
            (r"not\s+quite", "<"),
            (r"nearly", "<"),
            (r"almost", "<"),
            (r"under", "<"),
            (r"below", "<"),
            (r"over", ">"),
            (r"above", ">"),
            (r"pass(?:es|ed|ing)?", ">"),
            (r"exceed(?:s|ed|ing)?", ">"),
            (r"top(?:s|ped|ping)", ">"),
            (r"about", "~"),
            (r"around", "~"),
            (r"approximately", "~"),
            (r"roughly", "~"),
            (r"an\s+estimated", "~"),
            (r"some", "~"),
            (r"circa", "~"),
            (r"close\s+to", "~"),
        ),
        trailing_hedges=(
            (r"or\s+so", "~"),
            (r"or\s+more", ">="),
            (r"or\s+fewer", "<="),
            (r"or\s+less", "<="),
        ),
        duration_only_hedges=frozenset({"within"}),
        not_before_durations="over",
        scales={
            "thousand": "thousand",
            "million": "million",
            "millions": "million",
            "billion": "billion",
            "billions": "billion",
            "trillion": "trillion",
            **_INDIAN_SCALES,
        },
        scale_abbreviations={"bn": "billion", "m": "million", "k": "thousand", "tn": "trillion"},
        currencies=_currencies(
            "en",
            (r"pounds?", "GBP"),
            (r"dollars?", "USD"),
            (r"Danish\s+(?:crowns?|kroner|krone)", "DKK"),
            (r"Swedish\s+(?:crowns?|kronor|krona)", "SEK"),
            (r"Norwegian\s+(?:crowns?|kroner|krone)", "NOK"),
            (r"Czech\s+(?:crowns?|korunas?|koruny)", "CZK"),
            (r"Icelandic\s+(?:crowns?|kr[oó]nur|kr[oó]na)", "ISK"),
        ),
        # currencies in words that name no one currency: a note asks which
        unnamed_currencies=r"rupees?|crowns?|kroner|kronor|krone|krona|korunas?",
        cents=(r"cents?|¢", "USD", "."),
        area_prices=(r"(?:per|a|the)\s+(?:square\s+met(?:re|er)|m²|sq\.?\s?m)(?!\w)", "m²"),
        reporting=r"said|told|announced|reported|added|stated|confirmed",
        percent=r"%|per\s?cent|percent|pct|pc",
        points=r"percentage\s+points?|pp",
        basis_points=r"basis\s+points?|bps?",
        partitive=r"(?:of\s+)",
        people=_EN_PEOPLE,
        count_adjectives=_words("new more other additional extra fewer former"),
        units=(
            (r"(?i:square\s+kilomet(?:re|er)s?)", "km²"),
            (r"(?i:square\s+met(?:re|er)s?)", "m²"),
            (r"(?i:square\s+miles?)", "mi²"),
            (r"(?i:cubic\s+met(?:re|er)s?)", "m³"),
            (r"(?i:kilomet(?:re|er)s?\s+(?:per|an)\s+hour)", "km/h"),
            (r"(?i:miles?\s+(?:per|an)\s+hour)|mph", "mph"),
            (r"(?i:kilomet(?:re|er)s?)", "km"),
            (r"(?i:centimet(?:re|er)s?)", "cm"),
            (r"(?i:millimet(?:re|er)s?)", "mm"),
            (r"(?i:met(?:re|er)s?)", "m"),
            (r"(?i:miles?)", "mi"),
            (r"(?i:inch(?:es)?)", "inch"),  # "the 6.3-inch display"
            (r"(?i:yards?)", "yd"),
            (r"(?i:hectares?)", "ha"),
            (r"(?i:acres?)", "acre"),
            # a crop in bushels, a yield in bushels per acre ("188.8 bushels per acre")
            (r"(?i:bushels?)|bu(?=\s?/)", "bu"),
            (r"(?i:hectolit(?:re|er)s?)", "hL"),
            (r"(?i:megatonnes?)", "Mt"),
            (r"(?i:short\s+tons?)", "short_ton"),
            (r"(?i:tonnes?|metric\s+(?:tons?|tonnes?))", "t"),
            # a bare "tons": metric or short? drafted as written, verify's refusal is its note
            (r"(?i:tons?)", "tons"),
            (r"(?i:kilogram(?:me)?s?\s+per\s+cubic\s+met(?:re|er))", "kg/m³"),
            (r"(?i:kilogram(?:me)?s?|kilos?)", "kg"),
            (r"(?i:milligram(?:me)?s?\s+per\s+lit(?:re|er))", "mg/L"),
            (r"(?i:milligram(?:me)?s?)", "mg"),
            (r"(?i:gram(?:me)?s?\s+per\s+cubic\s+centimet(?:re|er))", "g/cm³"),
            (r"(?i:gram(?:me)?s?)", "g"),
            (r"(?i:parts?\s+per\s+million)", "ppm"),
            (r"(?i:parts?\s+per\s+billion)", "ppb"),
            (r"(?i:degrees?\s+(?:Celsius|C(?!\w)))", "°C"),
            (r"(?i:degrees?\s+(?:Fahrenheit|F(?!\w)))", "°F"),
            (r"(?i:kelvins?)", "K"),
            (r"(?i:millisieverts?)", "mSv"),
            (r"(?i:microsieverts?)", "µSv"),
            (r"(?i:nanosieverts?)", "nSv"),
            (r"(?i:sieverts?)", "Sv"),
            (r"(?i:becquerels?)", "Bq"),
            # "2.9 AU": the value writes it au (its reader may take AU for absorbance units)
            (r"(?i:astronomical\s+units?)|AU|au", "au"),
            (r"(?i:light[-\s]years?)|ly", "ly"),
            (r"(?i:parsecs?)", "parsec"),
            (r"(?i:lit(?:re|er)s?)", "L"),
            (r"(?i:terawatt[-\s]?hours?)", "TWh"),
            (r"(?i:gigawatt[-\s]?hours?)", "GWh"),
            (r"(?i:megawatt[-\s]?hours?)", "MWh"),
            (r"(?i:kilowatt[-\s]?hours?)", "kWh"),
            (r"(?i:gigawatts?)", "GW"),
            (r"(?i:megawatts?)", "MW"),
            (r"(?i:kilowatts?)", "kW"),
            (r"(?i:millibars?)", "mbar"),
            # oil: "1.65 million barrels per day (bpd)", "1.83 million bpd" (not "mb", refused)
            (r"(?i:barrels?\s+(?:per|a)\s+day)|bpd|b/d", "barrel/day"),
            (r"(?i:barrels?)|bbl", "barrel"),
            *_UNIT_SYMBOLS,
            # pence glued to their number ("85p", "a 2p cut"), never "3pm"; a tax rate's
            # "2p" (in the pound) is percentage points: see extract's _pence_of_a_rate
            (r"(?<=\d)p(?!\.\s?m\.)", "p"),
        ),
        durations={
            "year": "year",
            "years": "year",
            "month": "month",
            "months": "month",
            "week": "week",
            "weeks": "week",
            "day": "day",
            "days": "day",
            "hour": "hour",
            "hours": "hour",
            "minute": "minute",
            "minutes": "minute",
            "seconds": "s",
            "decade": "decade",
            "decades": "decade",
            "century": "century",
            "centuries": "century",
        },
        rates={
            "day": "day",
            "week": "week",
            "month": "month",
            "year": "year",
            "hour": "hour",
            "litre": "L",
            "liter": "L",
            "person": "person",  # "5.4 tonnes per person": t/person
            "head": "person",
            "capita": "person",
            "resident": "person",
            "inhabitant": "person",
            "pupil": "person",  # "£8,500 per pupil": GBP/person
            "student": "person",
            "player": "person",
            "acre": "acre",  # "$1,180 an acre", "188.8 bushels per acre"
            "hectare": "ha",
            "bushel": "bu",  # "$5.40 a bushel"
            "barrel": "barrel",  # "$66.85 a barrel": USD/barrel
        },
        rate_words=r"a|per|each|every",
        pay_qualifiers=r"net|gross|before\s+tax|after\s+tax|pre-tax",
        rate_adjectives=r"monthly|annually|weekly",
        ordinal_suffix=r"(?:st|nd|rd|th)",
        fractions=r"thirds?|quarters?|halves|half|fifths?|tenths?",
        time_after=r"ago|earlier|later|before|after|to|ended|ending|through|from\s+now",
        time_before=r"the|these|those|past|last|next|previous|coming|first|in|for\s+the",
        one_period_before=r"over|in|per|on",
        rate_nouns=r"rate|unemployment|inflation|growth|percentage|poll",
        index_words=rf"{_INDEXES}|(?i:index|indices|indexes|blue[-\s]chips?|Footsie|Wall\s+Street)",
        league_words=(
            r"table|standings|league|leaders|relegation|title\s+race|top\s+four|(?-i:Premier\s+League)|"
            r"points?\s+(?:clear|adrift|behind|ahead|off\s+the\s+top|from\s+safety)"
        ),
        poll_words=r"polls?|polling|survey|voters|ballot",
        score_words=(
            r"half[-\s]?time|the\s+break|score[ds]?|win|wins|won|beat|beats|beaten|defeat\w*|"
            r"draw|drew|match|game|goals?|victory|final|cup|league|sets?|innings|tries|try|"
            r"penalty|penalties"
        ),
        clock_times=(
            r"(?<![\d.,:])(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am|pm)(?!\w)|"
            r"(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
            rf"|{_WIRE_TIME}"  # a wire's time: "0845 GMT", "(2115 GMT on Saturday)"
            rf"|{_ZONED_TIME}"  # a live blog's: "17.45 BST"
        ),
        no_values=(
            rf"{_CHRONO}|(?<!\w)(?:{_SMALL['en']})\s+in\s+(?:every\s+)?(?:{_SMALL['en']})(?!\w)"
            rf"|(?<!\w)(?:{_SMALL_WORDS['en']})\s+(?:[^\W\d_]+\s+){{1,2}}in\s+(?:every\s+)?"
            rf"(?:{_SMALL_WORDS['en']})(?!\w)"
            r"|\(\s*\d{1,3}(?:\s?\+\s?\d{1,2})?['’](?:\s*,\s*\d{1,3}(?:\s?\+\s?\d{1,2})?['’])*\s*\)"
            # a grade of a scale, as French "niveau 2": "a grade 4", "grades 7 to 9", "the
            # highest grade, a 9", "reach a 4 in English"
            rf"|{_GRADES}"
        ),
        carry_links=r"of\s+which|including",
        period_adjectives=(
            r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s](?:quarter|half)|full[-\s]year|"
            r"annual|quarterly|half[-\s]year(?:ly)?|fiscal[-\s]year|monthly|yearly|year[-\s]to[-\s]date"
        ),
        superlatives=(
            r"biggest|largest|greatest|highest|lowest|smallest|most|least|best|worst|strongest|"
            r"weakest|fastest|slowest|sharpest|steepest|deepest|first|record"
        ),
        series_starts=(
            r"since\s+(?:[\w'’-]+\s+){0,4}?(?:began|begun|started|opened|(?:was|were)\s+"
            r"(?:launched|created|first\s+\w+))"
        ),
        maturities=(
            r"(?P<years>\d{1,2})[-\s]year[-\s](?:[\w.]+\s+){0,2}?(?:Treasur\w*|yields?|notes?|"
            r"bonds?|gilts?|Bunds?|OATs?|bills?|swaps?|mortgages?|JGBs?|debt)(?!\w)"
        ),
        electoral_words=(
            r"elect\w*|vot(?:e|es|ed|ers?|ing)|ballots?|polls?|polling|electorate|constituenc\w*|"
            r"referendum|registered|abstention"
        ),
        share_words=r"stakes?|owned|owns|capital|shareholders?|shareholding|subsidiary",
        estimate_words=(
            r"(?:(?:beat|beats|beating|missed|miss|misses|missing|topped|tops|topping|exceeded|"
            r"exceeds|above|below|ahead\s+of|short\s+of|analysts['’]?|consensus|economists['’]?|"
            r"market|average)\s+(?:[\w'’]+\s+)?)estimates?|expectations?|consensus"
        ),
        clause_markers={
            "comparative": r"against|compared|versus|vs",
            # "..., so the sale represents a profit of €74m": a consequence, its own clause
            "relative": (
                r"which|who|whose|that|but|while|whereas|when|because|although|as|"
                r"so(?=\s+(?:the|a|an|it|its|he|she|they|we|this|there)\s)"
            ),
        },
        baseline_markers=(
            r"compared\s+(?:with|to)|against|versus|vs\.?|than|relative\s+to|"
            r"in\s+comparison\s+(?:with|to)|(?<=premium\s)(?:to|over)|(?<=discount\s)to"
        ),
        level_baselines=(
            r"(?<!\w)(?:below|above|under|over|beneath|within)\s+(?:the\s+|its\s+|their\s+)?$",
            r"\s+(?:levels?|averages?|baselines?|means?|peaks?|norms?)(?!\w)(?:\s+of\s+)?",
        ),
        change_from=r"from",
        comparative_that=r"(?!)",
        comparative_words=r"(?!)",
        baseline_on=r"on",
        time_shifts=(
            # "against 570 before the war": before an event the text does not date
            r"before\s+(?:the\s+)?(?:war|siege|crisis|pandemic|epidemic|conflict|invasion|"
            r"quake|earthquake|coup|Covid(?:-19)?|Brexit)|"
            r"(?:a|one|two|three|four|five|six|twelve|\d+)\s+(?:years?|months?|quarters?|"
            r"weeks?|days?)\s+(?:earlier|ago|before|previously|prior)|(?:the\s+)?(?:previous|"
            r"prior|preceding)\s+(?:(?:\d+|two|three|six|twelve)\s+(?:years|quarters|months|"
            r"weeks)|(?:marketing\s+|crop\s+)?year|quarter|month|week|period|season|campaign)|"
            # "the year before" (not "so far this year before the results")
            r"the\s+(?:year|quarter|"
            r"month|week)\s+before|(?:the\s+)?same\s+(?:period|quarter|month|week|time|point)"
        ),
        year_before=(
            r"(?:the\s+)?(?:previous|prior|preceding)\s+(?:(?:12|twelve)\s+months|year)|"
            r"(?:the\s+)?year\s+before(?!\s+[^\W\d_])"  # not "the year before the pandemic"
        ),
        since_leads=r"since",
        level_hedges=r"below|beneath|under",
        groups_before=(
            r"(?:(?:voters?|adults?|people|persons|respondents|those|men|women|residents|"
            r"workers|employees|users|consumers|drivers|patients|children|students|"
            r"Americans|Britons|households|members)(?:\s+(?:aged|ages))?\s+(?:(?:under|over|"
            r"below|above|younger\s+than|older\s+than|between)\s+)?|(?:aged|ages)\s+(?:under|"
            r"over|between)\s+|ages\s+)$"
        ),
        groups_after=(
            r"(?:\s+(?:and|or)\s+(?:older|over|above|up|younger|under)|[-\s]+years?[-\s]+olds)"
            r"(?!\w)"
        ),
        ages_listed=r"(?:aged|ages)\s+[\w-]+",
        group_nouns=r"(?:age[-\s]+)?(?:group|bracket|band|cohort)",
        names_before=_NAMES,
        rank_words=r"place|rank|position|largest|biggest|highest|lowest",
        rank_verbs=(
            r"ranks?|ranked|placed|finished|came|comes|moved\s+(?:up\s+|down\s+)?to|"
            r"climb(?:ed|s)?\s+to|dropp?(?:ed|s)?\s+to|slipp?(?:ed|s)?\s+to"
        ),
        alone_before=r"(?:won|drawn|drew|lost|beaten)(?:\s*,)?\s+$|[^\W\d_]s['’]\s+$",
        alone_after=r"\s+(?:behind|ahead|clear|adrift|of\s+(?:them|those|which))(?!\w)",
        range_words=r"to|-|–|—",
        between=("between", "and"),
        change_words=(
            r"rose|risen|rising|rises|rise|fell|fallen|falls|falling|fall|grew|grown|grows|grow|"
            # "will go up from £2,021.67 to £2,122.55": two levels, never a range
            r"(?:go|goes|going|gone)\s+(?:up|down)|drop|increas\w*|"
            r"decreas\w*|dropp\w*|jump\w*|climb\w*|went|cut|rais\w*|slipp?\w*|surg\w*|soar\w*|"
            # "revised down by 49,000 to 212,000": a change and a level; "widened by 120 basis
            # points to 18.4%, from 17.2% in 2024": a baseline
            r"revis\w*|widen\w*|narrow\w*|"
            # "would lift capacity from 480,000 to 720,000 flights a year": two levels
            r"lift\w*|boost\w*|expand\w*|reduc\w*|lower\w*|shr[iau]nk\w*|extend\w*|"
            r"doubl\w*|tripl\w*|halv\w*|push\w*|mov(?:e|es|ed|ing)|brought|bring\w*|"
            r"took|tak(?:e|es|en|ing)|edg(?:e|es|ed|ing)|tick\w*"
        ),
        falls=(
            r"fell|fall|falls|falling|fallen|dropped|drop|drops|dropping|declined|decline|"
            r"declines|declining|decreased|decrease|decreases|decreasing|down|lost|lose|loses|"
            r"losing|loss|shed|sheds|shedding|slid|slide|slides|sliding|slipped|slip|slips|"
            r"slipping|slumped|slump|slumps|plunged|plunge|plunges|plunging|tumbled|tumble|"
            r"tumbles|sank|sink|sinks|sunk|cut|cuts|cutting|eased|eases|easing|retreated|"
            r"retreat|retreats|contracted|contraction|shrank|shrink|shrinks|shrunk|dipped|dip|"
            r"dips|reduced|reduction|lowered|slashed|slowed|slows|weakened|weakens|weakening|"
            r"softened|softens"
        ),
        rises=(
            r"rose|rise|rises|rising|risen|increased|increase|increases|increasing|up|gained|"
            r"gain|gains|gaining|grew|grow|grows|growing|grown|growth|jumped|jump|jumps|"
            r"jumping|climbed|climb|climbs|climbing|surged|surge|surges|surging|soared|soar|"
            r"soars|soaring|rallied|rally|rallies|advanced|advance|advances|added|adds|"
            r"expanded|expansion|raised|raise|raises|hiked|hike|hikes|boosted|boost|rebounded|"
            r"rebound|leapt|leaped|leap|swelled|strengthened|strengthens|firmed"
        ),
        falls_after=(
            r"fall|drop|decline|decrease|cut|loss|reduction|slump|dip|contraction|lower|less|"
            r"down|fewer"
        ),
        rises_after=r"rise|increase|gain|jump|growth|hike|rally|surge|higher|more|up",
        direction_links=r"by|of|some|a\s+further|another|an\s+additional",
        comparatives=r"lower|higher|less|more|fewer",
        clause_words=(
            r"which|who|whose|that|but|and|with|while|whereas|when|because|although|"
            r"compared\s+with|against"
        ),
        coordinators=frozenset({"and", "but", "or"}),
        adversatives=(
            r"but|while|whereas|however|yet|which|who|whose|against|versus|compared\s+with|as(?!\s+much)"
        ),
        past_events=(
            r"said|told|announced|confirmed|published|released|revealed|approved|agreed|"
            r"signed|voted|decided|unveiled|reported|launched|opened|cancell?ed|killed|died|"
            r"began|started|ended|met|held|made|gave|took|was|were|had"
        ),
        built=r"built\s+(?:before|after|in|since|between)",
        past_tenses=r"had|was|were",
        future_tenses=r"will|won['’]t|shall|(?:is|are|am)\s+(?:due|going)\s+to|[a-z]+['’]ll",
        forward_leads=r"from|for|to|until|till|through",
        per_words=r"per",
        ratio_words=r"for\s+every",
        per_number_words=r"per|in\s+every|for\s+every",
        later_events=r"as|after|when|once",
        bounds=r"before|after|prior\s+to|pre-|post-",
        counted_targets=r"goals?",
        target_words=(
            r"targets?|aims?|aimed|goals?|hopes?|hoped|ambitions?|plans?\s+to|wants?\s+to|"
            r"intends?\s+to|objectives?"
        ),
        forecast_words=(
            r"will|won['’]t|should|would|could|(?-i:may|might)|expected|expects?|forecasts?|"
            r"projected|projections?|(?:is|are|be|remains?)\s+(?:still\s+)?possible|"
            r"due\s+to|is\s+due|are\s+due|estimated|predicts?|predicted|anticipates?|"
            r"(?:it|he|she|they|which|who|now|also|still)\s+projects|"
            r"projects\s+(?:that|growth|revenue|sales|profits?|earnings|inflation|unemployment)|"
            # guidance: "raised its guidance to $4.10 to $4.25", "sees full-year revenue of";
            # not "despite a weak outlook, revenue rose 5%", "the city sees 3 million visitors"
            r"(?:guidance|outlook)(?=[^.;:,]{0,80}\d)|"
            r"sees?\s+(?:[\w'’-]+\s+){0,3}?(?:revenues?|sales|earnings|profits?|EPS|income|growth|"
            r"inflation|margins?|EBITDA|output|GDP|capex|spending|unemployment|deficit)(?!\w)|"
            # "likely voters", "likely Republican voters": a poll's sample, not a forecast
            r"likely(?!\s+(?:[\w-]+\s+){0,2}(?:voters?|electors?|caucus[-\s]?goers)\b)"
        ),
        lead_words=r"in|on",
        word_count=r"words",
        stopwords=_EN_STOP,
        properties=(
            ("currency", r"revenues?|sales|turnover", "revenue"),
            ("currency", r"net\s+(?:profit|income)", "net_profit"),
            # "average hourly earnings", "wage earnings", "workers' earnings": pay, no profit
            # (ahead of "earnings": the longer phrase ends where it does, and wins the tie)
            (
                "currency",
                r"(?:(?:average|hourly|weekly|monthly|annual|real|median|mean|regular|wage|pay)"
                r"\s+)+earnings|(?:workers|employees|staff)['’]\s+(?:\w+\s+)?earnings",
                "pay",
            ),
            ("currency", r"profits?|earnings", "profit"),
            ("currency", r"loss(?:es)?|deficit", "loss"),
            ("currency", r"budgets?", "budget"),
            ("currency", r"debts?", "debt"),
            ("currency", r"GDP|gross\s+domestic\s+product", "gdp"),
            ("currency", r"invest\w*", "investment"),
            ("currency", r"raised|raising|funding", "funds_raised"),
            ("currency", r"valuation|valued", "valuation"),
            ("currency", r"fined?|fines", "fine"),
            ("count", r"day[- ]fines?", "day_fines"),  # a count of a fine's units
            ("currency", r"contracts?", "contract_value"),
            ("currency", r"salar(?:y|ies)|wages?", "salary"),
            # "Price" after a word is a name ("Mr Price £500 compensation"), no price
            ("currency", r"costs?|(?-i:price[sd]?)|(?<![\w,]\s)(?-i:Price[sd]?)", "cost"),
            # a court's orders: each its own property, so a fine, its costs and their total
            # are no two values of one fact ("£500 compensation and £85 costs, a total of £585")
            ("currency", r"compensation", "compensation"),
            ("currency", r"victim\s+surcharge", "victim_surcharge"),
            ("currency", r"(?:a\s+)?total\s+of|in\s+total", "total"),
            ("person", r"direct\s+jobs", "direct_jobs"),
            ("person", r"jobs|positions|hir(?:e|es|ing)", "jobs"),
            ("person", r"employ(?:s|ed|ing)?|employees|staff|workforce|headcount", "staff"),
            ("person", r"inhabitants|residents|population", "population"),
            ("count", r"posts|positions|vacancies", "posts"),
            ("person", r"passengers|travell?ers|riders", "passengers"),
            ("person", r"deaths|dead|killed", "deaths"),
            ("person", r"injured|wounded|hurt", "injured"),
            ("person", r"visitors", "visitors"),
            ("person", r"customers", "customers"),
            ("person", r"users", "users"),
            ("duration", r"contracts?", "contract_duration"),
            ("duration", r"delay(?:s|ed)?|late", "delay"),
            ("percent", r"turnout", "turnout"),
            # "held a 5% stake", never "the rate held at 62.5%" (it stayed there)
            (
                "percent",
                r"(?:held|holds?)(?!\s+(?:at|steady|stable|unchanged|firm|flat|still)(?!\w))"
                # nor "held its target range at 3.50%-3.75%", "held rates at 4%"
                r"(?!\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,3}?(?:range|rates?|band)(?!\w))|"
                r"stake|owned|owns|acquired|bought",
                "share_held",
            ),
            ("percent", r"market\s+share", "market_share"),
            ("percent", r"of\s+the\s+vote|votes", "vote_share"),
            ("percent", r"unemployment", "unemployment_rate"),
            ("rank", r"", "rank"),
        ),
        articles=r"the\s+",
        connectors=frozenset({"of", "the", "and", "de"}),
        # "aged 87", "Dies at 85", "In 1955, at 18, she", "He was 85.", "would have turned 29"
        age_leads=(
            (r"(?<!\w)(?:aged|(?:dies|died|dead|die)\s+at)", ""),
            # "At 23 she joined", "Even at 80 she", "In 1955, at 18, she": a person after
            # it, or an aside between commas ("founded ... in 1968, at 28, with $40,000");
            # not "closed at 80", "(at 80)", "At 3, the market opened"
            (
                r"(?:(?:^|[.!?])\s*|(?<!\w)(?:even|only|still|already|just)\s+)at",
                r"\s*,?\s*(?:he|she|they|I|we)(?!\w)",
            ),
            (
                r",\s*at",
                r"\s*,(?!\s*(?:the|a|an|its|their|this|that)(?!\w))|\s+(?:he|she|they|I|we)(?!\w)",
            ),
            (
                r"(?<!\w)(?:he|she|they|I|we|who)\s+(?:was|is|were|are|am)",
                r"\s*(?:[.,;]|$)|\s+when(?!\w)|\s+at\s+the\s+time(?!\w)",
            ),
            (r"(?<!\w)(?:would\s+have\s+turned|turned|turns|turning)", ""),
            # "would have been 29" (not "the sentence would have been 11 years", a length)
            (r"(?<!\w)would\s+have\s+been", r"(?!\s+(?:years?|months?)(?![\s-]+old))"),
        ),
        not_age_leads=r"(?!)",
        not_age_after=r"\s*(?:%|[-–]\s?\d)|\s+(?:per\s?cent|percent|pc|pct)(?!\w)",
        age_after=r"[\s-]+years?[\s-]+old(?!\w)",
        births=r"born",
        deaths=r"(?:died|dies)(?!\s+(?:down|out|off|away)(?!\w))",
        birth_entries=r"born|birth",
        death_entries=r"died|dies|death",
        age_events=r"when",
        subject_verbs=r"were|are|have\s+been|had\s+been|remain(?:ed)?|died",
    ),
}


def words_for(language: str) -> Words:
    """The word tables of a language (its primary code); English for languages not covered."""
    code = language.replace("_", "-").split("-")[0].lower()
    return WORDS.get(code, WORDS["en"])


# Bare francs by territory: Swiss francs in Switzerland; in Belgium and Luxembourg (their
# own francs, before the euro) no currency is drafted; French francs elsewhere
_FRANCS = {"CH": "CHF", "LI": "CHF", "BE": "", "LU": ""}


@functools.cache
def local_words(language: str) -> Words:
    """The word tables of a language as its territory reads them.

    "fr_CH": francs are CHF; "en_PK": ``Rs`` is PKR, as the value reader reads it
    (:data:`factcheck.units.RUPEES`).
    """
    words = words_for(language)
    parts = language.replace("_", "-").split("-")
    territory = parts[1].upper() if len(parts) > 1 else ""
    currencies: list[tuple[str, str]] = []
    for pattern, code in words.currencies:
        local = code
        if pattern == _BARE_FRANCS and territory in _FRANCS:
            local = _FRANCS[territory]
            if not local:
                continue  # Belgian or Luxembourg francs: no code a value reads
        elif pattern == _RS:
            local = units.RUPEES.get(territory, code)
        currencies.append((pattern, local))
    cents = words.cents
    if words.cents[1] == "EUR" and _FRANCS.get(territory):  # Swiss centimes: of a franc
        cents = (cents[0], _FRANCS[territory], cents[2])
    return dataclasses.replace(words, currencies=tuple(currencies), cents=cents)
