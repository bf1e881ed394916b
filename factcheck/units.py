"""One pint registry for the whole program: currencies, persons, percent and percentage points.

pint reads numbers badly (``'44,4 %'`` is 444 %, ``'1 000 000 EUR'`` is 0 EUR), so
:mod:`factcheck.values` splits the number off and only the unit text comes here.

Every ISO 4217 currency babel knows is a unit of its own dimension (``[currency_EUR]``),
so adding EUR to USD is an error and never a sum.  ``pp``, ``ppt``, ``p.p.``,
``percentage point(s)``, ``point(s) de pourcentage`` and ``% pt`` mean percentage points
here, never pint's typographic lengths or picopints; ``point(s)`` and ``pt(s)`` alone are
points of a score, an index or a table (``474 points`` in PISA, ``8 124,5 points`` of the
CAC 40), a dimension of their own that is never a percent; ``bp``, ``bps``, ``basis point(s)``,
``point(s) de base``, ``pb`` and ``pdb`` are basis points, a hundredth of a percentage
point (never picobarns).

Newsroom notation is read as newsrooms mean it, never as the physical unit pint would find:
``1.5C`` and ``1.5 degrees C`` are degrees Celsius (not coulombs), ``ktCO2e`` and ``kt of
CO2`` kilotonnes, ``MtCO2e`` megatonnes, ``gCO2/km`` grams a kilometre, ``mb/d`` million
barrels a day (not millibarns), ``kilos`` kilograms (not kiloseconds), ``km2`` and ``mètres
carrés`` square metres, ``hm3`` cubic hectometres and ``Mm³`` a million cubic metres (a
reservoir's, never cubic megametres), ``nœuds`` knots, ``kmh`` km/h, ``Mb/s``, ``Gbps`` and
``Mb`` bits (not megabarns, gilberts, megabaud), ``KB`` kilobytes, ``/mo`` a month, French
octets (``Go``, ``Mo/s``) bytes through :func:`french_bytes`; money per anything
(``GBP/MWh``, ``£ per head``, ``€ par habitant``, ``€ par élève``, ``€ le m²``, ``an hour``,
``mensuels``) is a rate; the currency signs and names are those of :data:`CURRENCIES` (``₹``
is the Indian rupee, ``₽`` the rouble, ``R$`` the real) and ``‰`` per mille, a tenth of a
percent (``1,2 ‰`` of blood alcohol). Currencies in words (``yen``, ``roubles``, ``rupees``,
``lira``, ``livres sterling``, ``francs suisses``, ``shekels``) are refused with their code.
What names no one unit (``degrees``, ``mb``, ``b``, ``kt`` alone: kilotonnes or knots?,
``ct``: carats or cents?, ``EP``: primary energy, not exapoises, ``spectateurs``,
``candidats``, ``ETP``, ``Smic``, ``journeys``, ``fps``: frames or feet?, and any plural
noun, name or acronym pint does not know, ``troops``, ``Rafale``, ``F-35s``) and what
qualifies a figure rather than measures it (``TTC``, ``HC``, ``nets``, ``sur un an``, ``% du
PIB``, ``per cent of GDP``) are refused with what to write; so is money per something
counted, keeping its money and its period (``€ par an et par foyer``: write EUR/year, say
the household in the property; ``€ par demi-part``).
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Context, Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pint costs ~0.2 s to import: only load it when a unit is needed
    import pint

__all__ = [
    "CURRENCIES",
    "CURRENCY_CODES",
    "DOLLAR_PREFIXES",
    "LIGHT_YEAR_WORDS",
    "PREFIXED_SIGNS",
    "RUPEES",
    "SCIENCE_UNIT",
    "SHARED_SIGNS",
    "SIGN_BEFORE_PATTERN",
    "SIGN_CHARACTERS",
    "SIGN_CODES",
    "Currency",
    "UnitError",
    "conversion",
    "currencies_named",
    "currency_code",
    "currency_words",
    "describe_dimension",
    "dimensionless",
    "format_unit",
    "french_bytes",
    "has_offset",
    "is_currency",
    "is_level",
    "is_percent",
    "is_points",
    "is_score_points",
    "local_measure",
    "local_measures",
    "names_a_model",
    "parse_unit",
    "percent_symbol",
    "registry",
    "sign_currencies",
    "starts_a_rate",
]

_CURRENCY_DIMENSION = "[currency_"
_SCORE_DIMENSION = "[score_point]"


@dataclass(frozen=True)
class Currency:
    r"""One currency as newsrooms write it: its ISO code, its signs and its names.

    ``signs`` are written before a figure (``£3m``, ``C$3.6bn``, ``Rs 500``), the
    one-character ones after it too (``3 €``), and a value reads each as this currency;
    ``shares`` are signs another currency's line reads that a quote may write for this one
    (``¥`` is JPY in a value, yen or yuan in a quote). ``words`` are, by language, regular
    expression fragments of the names that are this currency and no other (``francs?\s+
    suisses?``, not ``francs``), each starting with two letters (the quote rule looks
    names up by them), matched case-insensitively on whole words: the readers that read
    words (extract, figure-in-quote) draft or read them as the code, and the value reader
    refuses them with the code to write.
    """

    code: str
    signs: tuple[str, ...] = ()
    words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    shares: tuple[str, ...] = ()


#: Every currency factcheck reads as written by its sign or its name, one line each: a new
#: line is read by values, quotes, expressions, texts and ``factcheck extract`` alike. Any
#: other ISO 4217 code is read as a code (``SEK``), never by a sign or a name.
CURRENCIES: tuple[Currency, ...] = (
    Currency("EUR", ("€",), {"en": (r"euros?",), "fr": (r"euros?",)}),
    Currency("USD", ("$", "US$"), {"en": (r"US\s+dollars?",), "fr": (r"dollars?\s+américains?",)}),
    Currency("GBP", ("£",), {"en": (r"pounds?\s+sterling",), "fr": (r"livres?\s+sterling",)}),
    Currency("JPY", ("¥",), {"en": (r"yen",), "fr": (r"yens?",)}),
    Currency("CNY", (), {"en": (r"yuan", r"renminbi"), "fr": (r"yuans?", r"renminbi")}, ("¥",)),
    Currency("INR", ("₹", "Rs"), {"en": (r"indian\s+rupees?",), "fr": (r"roupies?\s+indiennes?",)}),
    Currency("CAD", ("C$", "CA$"),
             {"en": (r"canadian\s+dollars?",), "fr": (r"dollars?\s+canadiens?",)}),
    Currency("AUD", ("A$", "AU$"),
             {"en": (r"australian\s+dollars?",), "fr": (r"dollars?\s+australiens?",)}),
    Currency("NZD", ("NZ$",),
             {"en": (r"new\s+zealand\s+dollars?",), "fr": (r"dollars?\s+néo-zélandais",)}),
    Currency("HKD", ("HK$",),
             {"en": (r"hong\s+kong\s+dollars?",), "fr": (r"dollars?\s+de\s+hong\s+kong",)}),
    Currency("SGD", ("S$",),
             {"en": (r"singapore\s+dollars?",), "fr": (r"dollars?\s+de\s+singapour",)}),
    Currency("TWD", ("NT$",),
             {"en": (r"taiwan\s+dollars?", r"new\s+taiwan\s+dollars?"),
              "fr": (r"dollars?\s+taïwanais",)}),
    Currency("CHF", (), {"en": (r"swiss\s+francs?",), "fr": (r"francs?\s+suisses?",)}),
    Currency("RUB", ("₽",), {"en": (r"roubles?", r"rubles?"), "fr": (r"roubles?",)}),
    Currency("KRW", ("₩",), {"en": (r"korean\s+won", r"south\s+korean\s+won"),
                             "fr": (r"wons?\s+(?:sud-)?coréens?", r"wons")}),
    Currency("TRY", ("₺",), {"en": (r"turkish\s+liras?",), "fr": (r"livres?\s+turques?",)}),
    Currency("UAH", ("₴",), {"en": (r"hryvnias?",), "fr": (r"hryvnias?",)}),
    Currency("ILS", ("₪",), {"en": (r"shekels?", r"israeli\s+shekels?"), "fr": (r"shekels?",)}),
    Currency("NGN", ("₦",), {"en": (r"nairas?",), "fr": (r"nairas?",)}),
    Currency("BRL", ("R$",), {"en": (r"reais", r"brazilian\s+real|brazilian\s+reais"),
                              "fr": (r"réais", r"réals?\s+brésiliens?")}),
)  # fmt: skip

#: What each sign of :data:`CURRENCIES` reads as in a value: ``€`` EUR, ``C$`` CAD, bare
#: ``$`` USD, ``¥`` JPY, ``Rs`` INR (the source's territory's rupee: :data:`RUPEES`).
SIGN_CODES: Mapping[str, str] = {sign: c.code for c in CURRENCIES for sign in c.signs}
#: The one-character signs (``€$£¥₹₽``…), to put in a regex character class: ``[{...}]``.
SIGN_CHARACTERS = "".join(sign for sign in SIGN_CODES if len(sign) == 1)
#: The letters before a ``$`` that make it another currency (``C$``, ``HK$``, ``R$``).
PREFIXED_SIGNS: Mapping[str, str] = {
    sign[:-1]: code for sign, code in SIGN_CODES.items() if len(sign) > 1 and sign[-1] == "$"
}
#: The letters before a dollar sign that name a country's dollar ("C$3.6bn", "HK$12m");
#: "$" alone is any dollar, and "R$" is the Brazilian real, no dollar.
DOLLAR_PREFIXES: Mapping[str, str] = {
    letters: code for letters, code in PREFIXED_SIGNS.items() if letters != "R"
}
#: A sign before a figure, as a regex fragment: a prefixed ``$`` (longest first, after no
#: letter), ``Rs`` or ``Rs.``, or a one-character sign.
SIGN_BEFORE_PATTERN = (
    rf"(?<![^\W\d_])(?:{'|'.join(sorted(PREFIXED_SIGNS, key=len, reverse=True))})\$"
    rf"|(?<![^\W\d_])Rs\.?|[{SIGN_CHARACTERS}]"
)
#: Signs a value reads as one currency that a quote may write for several: ``$`` any
#: dollar, ``Rs`` any rupee (by the English names babel gives every currency); ``¥`` yen
#: or yuan (the currencies whose line :attr:`Currency.shares` it).
SHARED_SIGNS: Mapping[str, str] = {"$": "dollar", "Rs": "rupee", "¥": "yen or yuan"}
#: Where the source's territory has a rupee of its own, ``Rs`` is it (``en_PK``: PKR).
RUPEES: Mapping[str, str] = {"PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR", "SC": "SCR"}
#: The codes of :data:`CURRENCIES`, the ones every reader reads as money when written.
CURRENCY_CODES = frozenset(c.code for c in CURRENCIES)


def currency_words(language: str) -> tuple[tuple[str, str], ...]:
    """The names of :data:`CURRENCIES` in a language (its primary code), as (pattern, code).

    In the table's order; a language the table has no words for gets the English ones.
    """
    code = language.replace("_", "-").split("-")[0].lower()
    code = code if any(code in c.words for c in CURRENCIES) else "en"
    return _currency_words(code)


@functools.cache
def _currency_words(code: str) -> tuple[tuple[str, str], ...]:
    return tuple((word, c.code) for c in CURRENCIES for word in c.words.get(code, ()))


@functools.cache
def sign_currencies(sign: str) -> frozenset[str]:
    """Every currency a sign may be in a quote: ``$`` any dollar, ``¥`` JPY or CNY, ``€`` EUR.

    ``Rs`` (or ``Rs.``) is any rupee; a sign not in :data:`CURRENCIES` is none.
    """
    sign = sign.rstrip(".")
    family = SHARED_SIGNS.get(sign)
    if family in ("dollar", "rupee"):
        return currencies_named(family)
    codes = {c.code for c in CURRENCIES if sign in c.signs or sign in c.shares}
    return frozenset(codes)


@functools.cache
def currencies_named(word: str) -> frozenset[str]:
    """The currencies whose English name has the word: every dollar, franc or rupee."""
    import babel.numbers

    return frozenset(
        code
        for code in babel.numbers.list_currencies()
        if word in babel.numbers.get_currency_name(code, locale="en").lower()
    )


#: Currency signs a journalist writes after a figure, replaced by their ISO code before
#: pint sees them.
_SIGNS = {sign: code for sign, code in SIGN_CODES.items() if len(sign) == 1}
_SIGNS_RE = re.compile(f"[{SIGN_CHARACTERS}]")
#: The names of the table's currencies in any language, which pint does not know: refused
#: with the code to write (the euro's are pint's own, read).
_CURRENCY_NAME_RE = re.compile(
    "|".join(
        rf"(?P<{c.code}>(?<![\w.])(?:{'|'.join(w for ws in c.words.values() for w in ws)})"
        r"(?![\w.]))"
        for c in CURRENCIES
        if c.words and c.code != "EUR"
    ),
    re.IGNORECASE,
)

#: Percentage points as written: ``pp``, ``ppt`` (a picopint to pint), ``p.p.``, and spelled
#: out ("percentage points", "point de pourcentage", "% pt"). Pint reads pp as a
#: typographic length.
_PERCENTAGE_POINT_RE = re.compile(
    r"(?<![\w.])(?:percent(?:age)?[\s_]+(?:points?|pts?)|points?[\s_]+de[\s_]+(?:pourcentage|%)"
    r"|%[\s_]*(?:pts?|points?)"
    r"|pp|p\.p\.|ppts?)(?![\w.])"
)
#: "points" alone: a point of a score, an index or a table (474 points in PISA, 8 124,5
#: points of the CAC 40, 33 points in the league), never a percentage point (which is
#: written pp): no figure tells the two apart, and a score is no rate.
_SCORE_POINT_RE = re.compile(r"(?<![\w.])(?:pts?|points?)(?![\w.])", re.IGNORECASE)
#: Basis points, a hundredth of a percentage point; pint's ``bp`` is the big point, a length,
#: and ``pb`` (French "points de base") a picobarn.
_BASIS_POINT_RE = re.compile(
    r"(?<![\w.])(?:(?i:bps?|basis[\s_]+points?|points?[\s_]+de[\s_]+base)|pdb|pb)(?![\w.])"
)

#: "per cent" (house style at many English papers), "pour cent", and "pc" or "pct" as British
#: papers print it ("up 1.2pc"): pint reads "per" alone, "pc" as parsecs, "pct" picocarats.
_PER_CENT_RE = re.compile(r"(?<![\w.])(?:(?:per|pour)[\s_]+cent|pc|pct)(?![\w.])", re.IGNORECASE)

#: French words for durations, which pint does not know ("18 mois", "5 ans", "3 jours",
#: "2 siècles"), and the unit each is.
FRENCH_TIME = {
    "an": "year", "ans": "year", "année": "year", "années": "year", "mois": "month",
    "semaine": "week", "semaines": "week", "jour": "day", "jours": "day", "heure": "hour",
    "heures": "hour", "décennie": "decade_of_years", "décennies": "decade_of_years",
    "decennie": "decade_of_years", "decennies": "decade_of_years", "siècle": "century",
    "siècles": "century", "siecle": "century", "siecles": "century",
    "millénaire": "millennium", "millénaires": "millennium", "millenaire": "millennium",
    "millenaires": "millennium",
}  # fmt: skip
#: Ten years: pint's own ``decade`` is a logarithmic ratio (a factor of ten), a pure
#: number nobody means after a figure ("a career spanning six decades").
_DECADES = {"decade": "decade_of_years", "decades": "decade_of_years"}
_TIME_WORDS = {**FRENCH_TIME, **_DECADES}
_TIME_WORDS_RE = re.compile(
    rf"(?<![\w.])(?:{'|'.join(sorted(_TIME_WORDS, key=len, reverse=True))})(?![\w.])",
    re.IGNORECASE,
)

#: Words that name no one unit: pint reads "pounds" as a weight, and knows no "dollars";
#: and currencies in words, which pint does not know ("yen", "roubles", "livres sterling"):
#: each is written as its code. Keyed by the word without its plural "s".
_AMBIGUOUS_RE = re.compile(
    r"(?<![\w.])(livres?\s+sterling|livres?(?!\s+\w)|pounds?|dollars?|cents?|centimes?|shares?|yens?"
    r"|roubles?|rubles?|roupies?|rupees?|liras?|lires?|yuans?|renminbi"
    r"|francs?(?!\s*[^\W\d_])|(?:swedish\s+)?(?:kronor|krona)|kroner|krone"
    r"|(?:norwegian|danish)\s+(?:kroner|krone))(?![\w.])",
    re.IGNORECASE,
)
_WHICH_RUPEES = (
    "which rupees? write the currency's code: INR, PKR, NPR, LKR, ... (or the sign: ₹500 is"
    " Indian rupees, Rs 500 the rupees of the source's territory)"
)
_AMBIGUOUS = {
    "pound": "money or weight? write GBP for pounds sterling, lb for pounds in weight",
    "dollar": "which dollars? write the currency's code: USD, CAD, AUD, HKD, ...",
    "livres sterling": "write the currency's code: GBP",
    "livre sterling": "write the currency's code: GBP",
    "livre": "pounds sterling or pounds in weight? write GBP for livres sterling, lb (or kg)"
    " for a weight",
    "yen": "write the currency's code: JPY",
    "rouble": "write the currency's code: RUB (BYN for the Belarusian rouble)",
    "ruble": "write the currency's code: RUB (BYN for the Belarusian ruble)",
    "roupie": _WHICH_RUPEES,
    "rupee": _WHICH_RUPEES,
    "lira": "write the currency's code: TRY for the Turkish lira",
    "lire": "write the currency's code: TRY for the Turkish lira (ITL for Italy's old lire)",
    "yuan": "write the currency's code: CNY",
    "franc": "which francs? write the currency's code: FRF (French francs), CHF (Swiss),"
    " BEF (Belgian), XOF or XAF (CFA)",
    "kronor": "write the currency's code: SEK (Swedish kronor)",
    "krona": "write the currency's code: SEK (Swedish kronor)",
    "swedish kronor": "write the currency's code: SEK",
    "swedish krona": "write the currency's code: SEK",
    "kroner": "Norwegian or Danish kroner? write the currency's code: NOK or DKK (SEK for"
    " Swedish kronor)",
    "krone": "Norwegian or Danish krone? write the currency's code: NOK or DKK (SEK for"
    " Swedish kronor)",
    "norwegian kroner": "write the currency's code: NOK",
    "norwegian krone": "write the currency's code: NOK",
    "danish kroner": "write the currency's code: DKK",
    "danish krone": "write the currency's code: DKK",
    "renminbi": "write the currency's code: CNY",
    "cent": "cents of which currency? write the amount in it: 0.98 USD for 98 cents",
    "centime": "centimes of which currency? write the amount in it: 0,25 EUR for 25 centimes",
    "share": "a share is no unit: write the amount (1.23 USD) and say 'per share' in the"
    " property (earnings_per_share)",
}

#: Words and symbols pint would read as a unit nobody means, or no unit at all, with what
#: to write (looked up in lower case; ``mb`` and ``b`` as written, case matters to them).
_COUNT_HINT = (
    "is no unit: write a count bare ('12'), or in person when it counts people"
    " ('45 000 person'), and say what is counted in the property"
)
#: How the value reader builds the editor's own examples of a count: the value without the
#: counted word ("45 000" of "45 000 spectateurs"), or its figure alone.
_COUNT_EXAMPLES = ("{kept}|{bare}", "{kept} person|{bare} person")
_REFUSED_WORDS = {
    **dict.fromkeys(
        ("degree", "degrees", "degré", "degrés", "degre", "degres"),
        "which degrees? write °C (or C) or °F for a temperature, deg for an angle",
    ),
    **dict.fromkeys(
        (
            "spectateur", "spectateurs", "spectator", "spectators", "but", "buts", "goal",
            "goals", "habitant", "habitants", "inhabitant", "inhabitants", "resident",
            "residents", "électeur", "électeurs", "voter", "voters", "victime", "victimes",
            "victim", "victims", "mort", "morts", "death", "deaths", "visiteur", "visiteurs",
            "visitor", "visitors", "supporter", "supporters", "fan", "fans", "emploi",
            "emplois", "job", "jobs", "salarié", "salariés", "employee", "employees",
            "worker", "workers", "patient", "patients", "case", "cases", "cas", "voix",
            "vote", "votes", "siège", "sièges", "seat", "seats", "match", "matchs",
            "matches", "essai", "essais", "try", "tries", "place", "places", "journey",
            "journeys", "trip", "trips", "flight", "flights", "passenger", "passengers",
            "train", "trains", "service", "services", "vehicle", "vehicles", "movement",
            "movements", "carriage", "carriages", "ticket", "tickets", "unit", "units",
            "candidat", "candidats", "candidate", "candidates", "élève", "élèves", "pupil",
            "pupils", "student", "students", "étudiant", "étudiants", "enseignant",
            "enseignants", "professeur", "professeurs", "teacher", "teachers", "poste",
            "postes", "post", "posts", "vœu", "vœux", "voeu", "voeux", "bachelier",
            "bacheliers", "bachelière", "bachelières", "lycéen", "lycéens", "lycéenne",
            "lycéennes", "collégien", "collégiens", "admis", "inscrits", "classe", "classes",
            "école", "écoles", "school", "schools", "game", "games",
            "fixture", "fixtures", "appearance", "appearances", "player", "players",
            # the local desk's counts: fire engines, firefighters, homes
            "engin", "engins", "pompier", "pompiers", "sapeur-pompier", "sapeurs-pompiers",
            "firefighter", "firefighters", "home", "homes", "house", "houses", "logement",
            "logements", "maison", "maisons", "foyer", "foyers", "household", "households",
            "véhicule", "véhicules", "vehicule", "vehicules",
            # the culture desk's counts: copies sold, prizes won, records released
            "copy", "copies", "exemplaire", "exemplaires", "oscar", "oscars", "césar",
            "césars", "cesar", "cesars", "award", "awards", "prize", "prizes", "nomination",
            "nominations", "récompense", "récompenses", "trophée", "trophées", "trophy",
            "trophies", "album", "albums", "single", "singles", "title", "titles", "titre",
            "titres", "entrée", "entrées", "admission", "admissions", "stream", "streams",
            "view", "views", "vue", "vues", "film", "films", "movie", "movies", "book",
            "books", "novel", "novels", "roman", "romans", "song", "songs", "chanson",
            "chansons", "concert", "concerts", "medal", "medals", "médaille", "médailles",
            "country", "countries", "pays", "territory", "territories", "viewer", "viewers",
            "téléspectateur", "téléspectateurs", "telespectateurs", "auditeur", "auditeurs",
            "listener", "listeners", "subscriber", "subscribers", "abonné", "abonnés",
            "rating", "ratings",
            # the farm desk's counts: head of cattle, cows, farms
            "head", "tête", "têtes", "tete", "tetes", "vache", "vaches", "cow", "cows",
            "cattle", "bovin", "bovins", "animal", "animals", "animaux", "exploitation",
            "exploitations", "farm", "farms", "éleveur", "éleveurs", "farmer", "farmers",
            "agriculteur", "agriculteurs",
        ),
        _COUNT_HINT,
    ),
    **dict.fromkeys(
        ("ton", "tons"),
        "metric tonnes or US short tons (907 kg)? write t (or tonnes, metric tons) for metric"
        " tonnes, short_ton for 2,000 lb, long_ton for 2,240 lb",
    ),
    **dict.fromkeys(
        ("ugb", "lu"),
        "livestock units are no unit: write the figure bare ('2,3') and say it in the"
        " property (livestock_units_per_ha)",
    ),
    **dict.fromkeys(
        ("etp", "fte"),
        "is no unit: write the number of full-time equivalents bare ('3 000') and say it in"
        " the property (posts_fte)",
    ),
    **dict.fromkeys(
        ("smic", "smics"),
        "is no unit: write the amount in euros ('2 100 €'), or the multiple bare ('1,5') and"
        " say 'times the Smic' in the property (salary_in_smic)",
    ),
    **dict.fromkeys(
        ("ferme", "sursis", "prison"),
        "is no unit: write the duration alone ('6 mois') and say what it is in the property"
        " (prison_ferme, prison_avec_sursis)",
    ),
    **dict.fromkeys(
        ("jours-amende", "jour-amende", "jours-amendes", "day-fines", "day-fine"),
        "a day-fine is no unit: write their number bare ('100') and say day_fines in the"
        " property",
    ),
}  # fmt: skip
#: Refused words whose capitals are no currency code: ETP, FTE, SMIC.
_ANY_CASE = frozenset({"etp", "fte", "smic", "smics", "ugb"})
_REFUSED_SYMBOLS = {
    "mb": "millibars or million barrels? write mbar for millibars, 2.7 million bbl (or"
    " 2.7 mb/d, a day) for barrels",
    "b": "barrels or billions? write bbl for barrels, bn or billion for billions",
    "F": "degrees Fahrenheit or francs? write °F for Fahrenheit, FRF for French francs",
    "°": "which degrees? write °C (or C) or °F for a temperature, deg for an angle",
    "ct": "carats or cents? write carat for the weight of a stone, and money in its"
    " currency: 0.2516 EUR/kWh for 25.16 cents",
    "EP": "primary energy is no unit (pint reads EP as exapoises): write the energy alone"
    " ('330 kWh/m²/an') and say primary energy in the property (primary_energy_use)",
    "EF": "final energy is no unit (pint reads EF as exafarads): write the energy alone"
    " ('250 kWh/m²/an') and say final energy in the property (final_energy_use)",
    "mpg": "miles per which gallon? write mi/imperial_gallon for the UK's gallon,"
    " mi/US_liquid_gallon for the US one, or give the source its country (language: en_GB"
    " or en_US)",
    "IU": "international units measure a different amount of each substance: write the"
    " figure bare ('100') and say the substance and IU in the property",
    "UI": "international units (UI) measure a different amount of each substance: write the"
    " figure bare ('100') and say the substance and UI in the property",
    "pint": "the UK's pint (568 ml) or the US one (473 ml)? write imperial_pint or US_pint,"
    " or give the source its country (language: en_GB or en_US)",
    "gallon": "the UK's gallon (4.55 l) or the US one (3.79 l)? write imperial_gallon or"
    " US_liquid_gallon, or give the source its country (language: en_GB or en_US)",
    "fluid_ounce": "the UK's fluid ounce (28.4 ml) or the US one (29.6 ml)? write"
    " imperial_fluid_ounce or US_fluid_ounce, or give the source its country (language:"
    " en_GB or en_US)",
    "pH": "a pH is no unit (pint reads pH as picohenries): write the figure bare and say pH"
    " in the property (blood_ph)",
    "a": "a year or an are? write year (or an, ans) for years, are (100 m²) for ares; per acre"
    " is ac (bu/ac)",
    "MG": "matière grasse is no unit (pint reads MG as megagauss): write the percentage alone"
    " ('4,1 %') and say fat in the property (fat_content)",
    "MS": "matière sèche is no unit (pint reads MS as megasiemens): write the percentage alone"
    " ('42,5 %') and say dry matter in the property (dry_matter)",
    "ppl": "pence per litre: write the price in p/l ('38.5p/l') or p a litre ('38.5p a litre')",
    "fps": "frames per second or feet per second (pint reads fps as feet)? write '60 /s' for"
    " frames per second and say frames in the property (frame_rate), ft/s for feet per"
    " second",
    "MT": "metric tonnes or megateslas (pint reads MT as megateslas)? write t (or tonnes) for"
    " tonnes, Mt for million tonnes",
    "mt": "metric tonnes or million tonnes (pint reads mt as millitonnes)? write t (or tonnes)"
    " for tonnes, Mt for million tonnes",
    "MM": "millions (pint reads MM as megamolar)? write '5 million' (or '$5m') for millions",
    "mil": "millions, or thousandths of an inch (pint reads mil so)? write '5 million' (or"
    " '$5m') for millions, thou for thousandths of an inch",
    "dpi": "dots per inch (pint reads dpi as dry pints)? write ppi",
    "mo": "months? write month ('18 month'); after a price, '/mo' is read as a month"
    " ('$9.99/mo')",
    **{
        f"{prefix}o": f"{french}octets, as French copy writes {english}bytes? write {symbol};"
        f" a French source (language: fr) reads {prefix}o as {symbol}"
        for prefix, french, english, symbol in (
            ("k", "kilo", "kilo", "kB"), ("K", "kilo", "kilo", "kB"),
            ("M", "méga", "mega", "MB"), ("G", "giga", "giga", "GB"),
            ("T", "téra", "tera", "TB"), ("P", "péta", "peta", "PB"),
        )
    },
}  # fmt: skip
#: How the value reader builds the editor's own example for each of the refused words' and
#: symbols' stock examples, in order (see :class:`UnitError`); an empty format drops one
#: that no figure the editor wrote can give ("2 100 €" of a Smic).
_WITHOUT_IT = "{kept}|{bare}"
_REFUSED_EXAMPLES = {
    "ugb": ("{bare}",), "etp": (_WITHOUT_IT,), "smic": ("", _WITHOUT_IT),
    "ferme": ("{kept}",), "jours-amende": (_WITHOUT_IT,), "EP": ("{kept}",),
    "EF": ("{kept}",), "IU": (_WITHOUT_IT,), "UI": (_WITHOUT_IT,), "MG": ("{kept}",),
    "MS": ("{kept}",), "mo": ("{bare} month", ""), "ppl": ("{bare}p/l", "{bare}p a litre"),
}  # fmt: skip
#: Units that name one thing as part of a rate and two things alone: ``kt/year`` and
#: ``ktCO2e`` are kilotonnes, but ``50kt`` is a wind speed in knots in aviation copy.
_REFUSED_ALONE = {
    "kt": "kilotonnes or knots? write kilotonne (or ktCO2e, kt of CO2) for kilotonnes,"
    " knot or kn for knots",
}


@functools.cache
def _refused_words_re() -> re.Pattern[str]:
    """Any of the refused words, the longest first (compiled at first use: a long alternation)."""
    return re.compile(
        rf"(?<![\w.\-])({'|'.join(sorted(map(re.escape, _REFUSED_WORDS), key=len, reverse=True))})"
        r"(?![\w\-])",
        re.IGNORECASE,
    )


#: Pints, gallons and fluid ounces, a group each: the UK's in British English, the US's in
#: American (see :func:`local_measures`), refused where the source names no country.
_MEASURES = r"(?P<pint>pints?)|(?P<gallon>gallons?|gal)|(?P<fluid_ounce>fl\.?\s*oz|fluid\s+ounces?)"
_MEASURE_RE = re.compile(rf"(?<![\w.])(?:{_MEASURES})(?![\w.])", re.IGNORECASE)
_LOCAL_MEASURES = {
    "GB": {
        "pint": "imperial_pint",
        "gallon": "imperial_gallon",
        "fluid_ounce": "imperial_fluid_ounce",
    },
    "US": {"pint": "US_pint", "gallon": "US_liquid_gallon", "fluid_ounce": "US_fluid_ounce"},
}
_LOCAL_MEASURES["IE"] = _LOCAL_MEASURES["GB"]
_REFUSED_SYMBOLS_RE = re.compile(
    # "fl" alone: refused, never read
    rf"(?<![\w.])(mb|b|F|cts?|EP|EF|mpg|IU|UI|pH|a|MG|MS|ppl|fps|MT|mt|MM|mil|dpi|mo|[kKMGTP]o"
    rf"|(?i:{_MEASURES}|fl))"
    r"(?![\w.])|(?<![\w.])(?P<degree>[°º])(?![\w])"
    r"|(?<=Wh)(?P<energy>EP|EF|ep|ef)(?![\w.])"  # kWhEP/m²/an, as DPE labels print it
)

#: A weighted sound level: "85 dB(A)", "dBA", "dB C" (pint reads dB times amperes).
_WEIGHTED_DECIBEL_RE = re.compile(r"(?<![\w.])dB\s*(?:\(\s*([ACZ])\s*\)|([ACZ])(?![\w.]))")
#: Masses and radii of the Sun, the Earth and Jupiter, which pint does not know: counts of
#: them, written bare with the body in the property.
_BODY_UNIT_RE = re.compile(
    r"(?<![\w.])(?:(?:solar|sun|earth|terrestrial|jupiter|jovian)[\s_\-]+(?:mass(?:es)?|radi(?:us|i))"
    r"|(?:masses?|rayons?)\s+(?:solaires?|terrestres?|joviens?|joviennes?|de\s+jupiter)"
    r"|M_?(?:sun|earth|jup|[☉⊙⊕]))(?![\w.])",
    re.IGNORECASE,
)

#: A distance and what travelled it: "vehicle-miles", "passenger km", "train-km".
_TRAVELLED_RE = re.compile(
    r"(?<![\w.])(vehicle|passenger|train|seat)s?[\s\-]+(miles?|mi|km|kilom[eè]t(?:re|er)s?)"
    r"(?![\w.])",
    re.IGNORECASE,
)
_SYMBOL_KEYS = {"º": "°", "cts": "ct", "ep": "EP", "ef": "EF"}

#: What qualifies a figure rather than measures it: taxes or charges included, net or
#: gross, over what period ("sur un an"). Each is said in the property; pint would read
#: "CC" as cubic centimetres' cousin and suggest "Tt" for "TTC". Looked for in the text
#: as written, the first word case-sensitive for the capitals (cc is cubic centimetres).
_QUALIFIER_HINTS = {
    "tax": "says whether taxes are included: write the amount alone ('1 000 €') and say it"
    " in the property (price_incl_tax, price_excl_tax)",
    "charges": "says whether charges are included: write the amount alone ('800 €') and say"
    " it in the property (rent_charges_included, rent_excl_charges)",
    "net": "says what is deducted: write the amount alone ('1 500 €') and say it in the"
    " property (net_salary, gross_salary)",
    "hors": "says what is left out: write the figure alone ('3,45 %') and say it in the"
    " property (rate_excl_insurance)",
    "period": "says over what period or how the figure is taken: write the figure alone"
    " ('3,5 %') and put that in the property or the when (change_over_a_year,"
    " average_price)",
    "delivery": "says where or how the goods are delivered, sold or weighed: write the price"
    " alone ('215 €/t') and say the delivery point or basis in a qualifier (qualifiers:"
    " {delivery: Rouen}, {basis: FOB}, {basis: carcass weight})",
    "fees": "says what fees are included: write the amount alone ('12,5 M€') and say it in"
    " the property (price_incl_fees, hammer_price)",
    "share": "says what the percentage is of: write the percentage alone ('24,3 %') and say"
    " what it is a share of in the property (audience_share, share_of_gdp)",
    "trip": "says what the fare buys: write the amount alone ('£39') and say it in the"
    " property (fare_one_way, fare_return)",
}
_QUALIFIERS_RE = re.compile(
    r"(?<![\w.\-])(?:(?P<tax>TTC|HT|HTVA|TVAC|TVA)|(?P<charges>CC|HC)"
    r"|(?P<charges_words>(?i:charges?(?:\s+(?:comprises?|incluses?))?))"
    r"|(?P<net>(?i:nets?|nettes?|bruts?|brutes?|gross))"
    r"|(?P<hors>(?i:hors)\s+\S.*)|(?P<period>(?:sur|over|en)\s+\S.*"
    r"|(?i:(?:year|month|quarter|week|day)[\s\-]+on[\s\-]+(?:year|month|quarter|week|day)))"
    r"|(?P<delivery>(?i:rendus?|d[ée]part|FOB|CAF|CIF|FCA|ex[\s\-]+(?:farm|works|store|silo)"
    r"|delivered|carcasses?|vifs?|vives?|liveweight|deadweight))"
    r"|(?P<trip>(?i:one[\s\-]+way|round[\s\-]+trip|aller[\s\-]+(?:simple|retour))"
    # "£78 return" is a fare, but "5% return" a yield: return is a fare's only after money
    rf"|(?:(?<=[{re.escape(SIGN_CHARACTERS)}])|(?<=[{re.escape(SIGN_CHARACTERS)}]\s)"
    r"|(?<=\b[A-Z]{3}\s)|\A)(?i:return))(?:[\s\-]+(?i:fares?))?"
    r"|(?P<fees>(?i:frais\s+(?:compris|inclus)|(?:buyer['’]s\s+)?premium|(?:with|incl\.?"
    r"|including)\s+(?:fees|premium)|fees\s+included))"
    # "% du PIB", "per cent of GDP", "3.5pc of GDP": what a percentage is of
    r"|(?P<share>(?:(?<=%)|(?<=(?i:per)\scent\s)|(?<=(?i:pour)\scent\s)"
    r"|(?<=(?i:percent)\s)|(?<=(?i:pc)\s)|(?<=(?i:pct)\s))"
    r"\s*(?:de|du|des|d['’]|of)\s*\S.*))(?![\w\-])",
    re.DOTALL,
)
_QUALIFIER_GROUPS = {
    "tax": "tax", "charges": "charges", "charges_words": "charges", "net": "net",
    "hors": "hors", "period": "period", "delivery": "delivery", "fees": "fees", "share": "share",
    "trip": "trip",
}  # fmt: skip

#: Newsroom notation rewritten to pint's before it reads it, in this order: each pattern
#: and its replacement. Rates first ("per head", "an hour", "par habitant", "pa" are
#: "/person", "/hour", "/year"), then temperatures, masses and lengths in words, tonnes of
#: CO2 (the gas goes in the property), areas and volumes typed without superscripts, and
#: oil and gas (a barrel of oil is 42 gallons, pint's barrel 31.5).
#: A greenhouse gas after a mass, which the property says (co2e_emissions): ``tCO2e``,
#: ``kg CO2/m²``, ``kt of CO2``, ``kg éqCO2``, ``tonnes CO2-eq``.
#: Light-years in words as desks write them ("41 light-years", "41 light\u2011years" with
#: a non-breaking hyphen, "41 années-lumière"): one pattern, which the figure-in-quote rule
#: shares (:data:`SCIENCE_UNIT`), so that what it takes for a unit is what this module reads.
LIGHT_YEAR_WORDS = r"(?i:light[\s\-\u2011]*years?|ann[ée]es?[\s\-\u2011]+lumi[èe]re)"
#: The units of science copy a quote's figure may be in: light-years (in words, or "a.l."
#: and "al" in French), the astronomical unit ("AU", "UA", "ua") and the decibel ("dB").
SCIENCE_UNIT = rf"{LIGHT_YEAR_WORDS}|AU|UA|ua|a\.[ \u00a0]?l\.|al|dB"
_GAS = r"\s*(?:(?:of|de)\s+)?(?:[ée]q\s*)?CO(?:2|₂)(?:-?eq?|\s*-?[ée]q)?(?![\w.])"
_PER = r"(?:per|par|a|an)"
_REWRITES = [
    # Tonnes as the wires write them; a bare "ton" is refused (metric, short or long?).
    (
        r"(?<![\w.])(?:(?i:metric)\s+(?:tons?|tonnes?)|tonnes?\s+m[ée]triques?)(?![\w.])",
        "t",
    ),
    (r"(?<![\w.])(?i:short)\s+tons?(?![\w.])", "short_ton"),
    (r"(?<![\w.])(?i:long)\s+tons?(?![\w.])", "long_ton"),
    # Bushels per acre as USDA and the farm press write them ("bu/ac", "bu/A"): never
    # attospeed of light, nor amperes.
    (r"(?<![\w.])ac(?![\w.])", "acre"),
    (r"(?<![\w.])(bu|bushels?)\s*/\s*A(?![\w.])", r"\1/acre"),
    # Astronomy as desks write it, never pint's absorbance units (AU), microyears (ua),
    # attolitres (al) or litre-years (a.l.); before "années" is read as years.
    (
        rf"(?<![\w.])(?:{LIGHT_YEAR_WORDS}|a\.\s?l\.|al)(?![\w\-\u2011])",
        "light_year",
    ),
    (
        r"(?<![\w.])(?:AU|UA|ua|u\.a\.|(?i:astronomical\s+units?|unit[ée]s?\s+astronomiques?))"
        r"(?![\w.])",
        "astronomical_unit",
    ),
    (r"(?<![\w.])(?i:calendar)\s+(?=months?(?![\w.]))", ""),  # "per calendar month"
    (r"(?<![\w.])pcm(?![\w.])", "/month"),  # "£2,250 pcm": per calendar month
    # "68µg/100ml" of breath, "80 mg/100 ml" of blood: the UK's statutory units, per decilitre
    (r"/\s*\(?\s*100\s*(?:ml|mL)\s*\)?(?![\w.])", "/dl"),
    (r"(?<![\w.])pw(?![\w.])", "/week"),  # "£1.94pw": per week, as British councils print it
    (r"(?<![\w.])psf(?![\w.])", "/ft**2"),  # "£450 psf": per square foot
    (r"(?<![\w.])(?:et|and)\s+(?=(?:per|par)\s)", ""),  # "par an et par élève"
    (r"(?<![\w.])(?:per|par)\s+(?=[^\W\d_])", "/"),
    # "a head", "an hour", "a therm"; but "par an et par foyer" is a year
    (r"(?<![\w./])(?:a|an)\s+(?=[^\W\d_])", "/"),
    (r"(?<=\S)\s+(?:le|la|du)\s+(?=[^\W\d_])", " /"),  # "3 200 € le m²", "4 500 € du m²"
    (r"(?<![\w.])mensuel(?:le)?s?(?![\w.])", "/month"),  # "350 € mensuels"
    (r"(?<![\w.])annuel(?:le)?s?(?![\w.])", "/year"),
    (r"(?<![\w.])hebdomadaires?(?![\w.])", "/week"),
    (r"(?<![\w.])(?:p\.a\.|pa)(?![\w.])", "/year"),
    (
        r"(?<=/)\s*(?:heads?|capita|inhabitants?|residents?|habitants?|hab\.?|[ée]l[èe]ves?|"
        r"pupils?|students?|[ée]tudiants?|lyc[ée]ens?|coll[ée]giens?|players?|teachers?"
        r"|enseignants?|professeurs?)(?![\w.])",
        "person",
    ),  # "396 € par habitant", "8 920 € par élève", "£8.5m a player"
    (r"(?<![\w.])personnes?(?![\w.])", "person"),
    (r"(?<![\w.])annum(?![\w.])", "year"),
    (
        r"(?<![\w.°º])(?:(?:deg(?:ree)?s?|degr[ée]s?)\s*|[°º]\s*)?"
        r"(?:C|[Cc]elsius)(?![\w.])",
        "degC",
    ),
    (  # F alone is refused: Fahrenheit or the franc of old French copy ("10 000 F")?
        r"(?<![\w.°º])(?:(?:deg(?:ree)?s?|degr[ée]s?)\s*|[°º]\s*)F(?![\w.])"
        r"|(?<![\w.°º])(?:(?:deg(?:ree)?s?|degr[ée]s?)\s*|[°º]\s*)?[Ff]ahrenheit(?![\w.])",
        "degF",
    ),
    (r"(?<![\w.])(?:kilos?|kilogrammes?|Kg|KG|kgs)(?![\w.])", "kg"),
    (r"(?<![\w.])(?:grammes?|gr)(?![\w.])", "g"),
    (r"(?<![\w.])kilom[èe]tres?(?![\w.])", "km"),
    (r"(?<![\w.])centim[èe]tres?(?![\w.])", "cm"),
    (r"(?<![\w.])millim[èe]tres?(?![\w.])", "mm"),
    (r"(?<![\w.])m[èe]tres?(?![\w.])", "m"),
    (r"(?<![\w.])pouces?(?![\w.])", "inch"),  # "6,1 pouces": a screen's diagonal
    (r"(?<![\w.])secondes?(?![\w.])", "s"),
    (r"(?<![\w.])mn(?![\w.])", "min"),
    (r"(?<![\w.])m(?:n)?ths?(?![\w.])", "month"),  # "3 mths", never millithous
    (r"(?<![\w.])wks?(?![\w.])", "week"),
    (r"(?<![\w.])kmh(?![\w.])", "(km/h)"),  # "200 kmh", as UK copy prints km/h
    (rf"(?<![\w.])([kMGT]?t|[kmµ]?g|(?:kilo|m[ée]ga|giga)?tonnes?|tons?){_GAS}", r"\1"),
    # reservoirs in millions of cubic metres, as hydrologists write them: "Mm³" is never
    # cubic megametres (a sea's volume), "hm³" (Spain's reservoirs) the same million m³
    (r"(?<![\w.])Mm(?:3|³|\*\*3|\^3)(?![\w.])", "million_cubic_metre"),
    # office take-up in millions of square metres ("1,9 Mm²"): never square megametres;
    # gas in billions of cubic metres ("120 Gm3"), as bcm
    (r"(?<![\w.])Mm(?:2|²|\*\*2|\^2)(?![\w.])", "million_square_metre"),
    (r"(?<![\w.])Gm(?:3|³|\*\*3|\^3)(?![\w.])", "billion_cubic_metre"),
    (r"(?<![\w.])sqm(?![\w.])", "m**2"),  # "110 sqm", as UK property copy prints m²
    (r"(?<![\w.])([hkcdmµ]?m|mi|ft)([23])(?![\w.])", r"\1**\2"),
    (r"(?<![\w.])([kcdmµ]?m)\s+carr[ée]e?s?(?![\w.])", r"\1**2"),  # "65 mètres carrés"
    (r"(?<![\w.])([kcdmµ]?m)\s+cubes?(?![\w.])", r"\1**3"),
    (r"(?<![\w.])(?i:n(?:œ|oe)uds?)(?![\w.])", "knot"),  # "130 nœuds": a wind speed in French
    (r"(?<![\w.])kt(?![\w.])", "kilotonne"),  # alone, refused first: kilotonnes or knots?
    (r"(?<![\w.])(?:[mM]b/d|mbpd|[mM]b/j)(?![\w.])", "megaoil_barrel/day"),
    (r"(?<![\w.])(?:kb/d|kbpd|kb/j)(?![\w.])", "kilooil_barrel/day"),
    (r"(?<![\w.])(?:b/d|bpd|b/j)(?![\w.])", "oil_barrel/day"),
    (r"(?<![\w.])Mbbl(?![\w.])", "megaoil_barrel"),
    (r"(?<![\w.])kbbl(?![\w.])", "kilooil_barrel"),
    (r"(?<![\w.])(?:barrels?|bbl|barils?)(?![\w.])", "oil_barrel"),
    # Bits and bytes as tech copy writes them, after the barrels (kb/d, Mb/d): "10 Mb/s" is
    # megabits (pint: megabarns), "8 Gb/s" gigabits (gilberts), "128 KB" kilobytes.
    (r"(?<![\w.])[kK]b(?=ps(?![\w.])|(?![\w.]))", "kbit"),
    (r"(?<![\w.])[mM]b(?=ps(?![\w.]))|(?<![\w.])Mb(?![\w.])", "Mbit"),
    (r"(?<![\w.])[gG]b(?=ps(?![\w.]))|(?<![\w.])Gb(?![\w.])", "Gbit"),
    (r"(?<![\w.])[tT]b(?=ps(?![\w.]))|(?<![\w.])Tb(?![\w.])", "Tbit"),
    (r"(?<![\w.])Pb(?=ps(?![\w.])|(?![\w.]))", "Pbit"),
    (r"(?<![\w.])([KMGTP]i)b(?![\w.])", r"\1bit"),  # pint: kibibarns
    (r"(?<![\w.])KB(?=ps(?![\w.])|(?![\w.]))", "kB"),
    (r"(?:(?<=bit)|(?<=[kMGTP]B))ps(?![\w.])", "/s"),  # Gbps: Gbit/s (pint: gigabaud), MBps: MB/s
    (r"(?<=/)\s*mos?\.?(?![\w.])", "month"),  # "$9.99/mo", "£1.99 a mo"
]
_REWRITES_RE = [(re.compile(pattern), replacement) for pattern, replacement in _REWRITES]
#: "l'" before a unit is a rate ("3,5 % l'an", "12 € l'heure", "62 quintaux à l'hectare"),
#: read before the apostrophe
#: is refused (pint reads "d'euros" as days times euros).
_THE_RE = re.compile(r"(?<=\S)\s*(?:(?<!\w)(?:à|de)\s+)?\bl['’]\s*(?=[^\W\d_])")
#: A rate written from its line: "per head", "an hour", "/month", "pa" after money.
_RATE_START_RE = re.compile(
    rf"(?:/|{_PER}\s+(?=[^\W\d_])|(?:p\.a\.|pa|pcm|pw|psf)(?![\w.]))", re.IGNORECASE
)
#: A figure left in a unit: "s 1" is pint's "second times one" ("10 s 1", hand timing).
_STRAY_FIGURE_RE = re.compile(r"(?:[^\W\d_]|[%)])\s+[+\-−]?\d")

#: What a unit expression may hold; pint reads "d'euros" as days times euros, silently.
_UNIT_TEXT_RE = re.compile(rf"[\w\s*/^·.%‰{SIGN_CHARACTERS}°µ()\-]*")

#: Symbols printed in place of pint's, where pint's would puzzle an editor (``a`` is a year).
_DISPLAY = {
    "dimensionless": "",
    "percent": "%",
    "permille": "‰",
    "percentage_point": "pp",
    "score_point": "points",
    "basis_point": "bp",
    "year": "year",
    "day": "day",
    "decade_of_years": "decade",
    "parsec": "parsec",  # "pc" is per cent in the value grammar
    "oil_barrel": "bbl",
    "kilooil_barrel": "kbbl",
    "megaoil_barrel": "Mbbl",
    "gigaoil_barrel": "Gbbl",
    "pint": "US_pint",  # pint's "pt" is a percentage point here
    "ton": "short_ton",  # a bare "ton" is refused: which one?
    "long_ton": "long_ton",
    "acre": "acre",  # pint's "ac" reads as attospeed of light in a unit text
    "gallon": "US_liquid_gallon",
    "fluid_ounce": "US_fluid_ounce",
    "million_cubic_metre": "Mm³",
    "million_square_metre": "Mm²",
}
_DERIVED_DIMENSIONS = (
    "area", "volume", "velocity", "acceleration", "force", "energy", "power", "pressure",
    "density", "current", "electric_potential", "luminosity",
)  # fmt: skip
_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")

# Conversion factors come from pint as floats; 15 significant digits recover the exact
# decimal factor of every definition (0.30479999999999996 -> 0.3048 for the foot).
_FACTOR_CONTEXT = Context(prec=15)
_DIVISION_CONTEXT = Context(prec=50)


class UnitError(ValueError):
    """A unit text that names no known unit; ``str(e)`` is the message for the editor.

    A unit alone has no figure, so an example in the message is a stock one ("write a
    count bare ('12')"). ``examples`` lets the value reader, which knows the figure, put
    the editor's own in its place: each is a stock example as the message quotes it
    (" ('12')", with its leading space) and how to build it from the value, a format over
    ``{bare}`` (the figure alone, "45 000"), ``{kept}`` (the value without ``refused``,
    the words this error refuses: "£39" of "£39 one way") and ``{head}`` (the value up to
    them), alternatives split by "|", the first that reads taken; an empty one drops it.
    """

    def __init__(
        self, message: str, *, refused: str = "", examples: tuple[tuple[str, str], ...] = ()
    ) -> None:
        """Keep the message, what it refuses as written, and how to build its examples."""
        super().__init__(message)
        self.refused = refused
        self.examples = examples

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the examples (an exception's default pickling drops keywords)."""
        return (_unit_error, (str(self), self.refused, self.examples))


def _unit_error(message: str, refused: str, examples: tuple[tuple[str, str], ...]) -> UnitError:
    return UnitError(message, refused=refused, examples=examples)


@functools.cache
def registry() -> pint.UnitRegistry[Any]:
    """Return the program's single unit registry, built on first use."""
    import babel.numbers
    import pint
    from pint.facets.plain import ScaleConverter, UnitDefinition
    from pint.util import UnitsContainer

    try:  # pint's own cache of its parsed definitions: ~50 ms instead of ~700 ms a start
        ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(cache_folder=":auto:")
    except (OSError, ValueError, EOFError):  # an unwritable or damaged cache folder
        ureg = pint.UnitRegistry()
    one = ScaleConverter(1)
    # Definition objects, not definition strings: parsing 300 strings costs ~130 ms, this ~10 ms.
    for code in sorted(babel.numbers.list_currencies()):
        aliases = ("euro", "euros") if code == "EUR" else ()
        dimension = UnitsContainer({f"{_CURRENCY_DIMENSION}{code}]": 1})
        ureg.define(UnitDefinition(code, None, aliases, one, dimension))  # type: ignore[arg-type]
    person = UnitsContainer({"[person]": 1})
    people = ("people", "persons")
    ureg.define(UnitDefinition("person", None, people, one, person))  # type: ignore[arg-type]
    ureg.define("pence = 0.01 * GBP = _ = penny = GBX")  # share prices: 842p, 24.5 pence
    ureg.define("percentage_point = percent")
    ureg.define("decade_of_years = 10 * year")  # never pint's decade, a factor of ten
    # a point of a score or an index: of its own dimension, never a percent (474 points)
    score = UnitsContainer({_SCORE_DIMENSION: 1})
    ureg.define(UnitDefinition("score_point", None, (), one, score))  # type: ignore[arg-type]
    ureg.define("basis_point = 0.01 * percentage_point")
    ureg.define("parts_per_billion = 1e-9 = ppb")  # methane, 1,897 ppb
    # US gas prices, USD/MMBtu
    ureg.define("million_british_thermal_unit = 1e6 * british_thermal_unit = MMBtu = mmBtu")
    # gas in cubic metres and feet, as the trade writes them: 12 bcm is 12 billion m³
    ureg.define("billion_cubic_metre = 1e9 * meter ** 3 = bcm")
    ureg.define("trillion_cubic_metre = 1e12 * meter ** 3 = tcm")
    ureg.define("billion_cubic_foot = 1e9 * foot ** 3 = bcf")
    ureg.define("trillion_cubic_foot = 1e12 * foot ** 3 = tcf")
    ureg.define("million_cubic_metre = 1e6 * meter ** 3")  # a reservoir's 12 Mm³
    ureg.define("million_square_metre = 1e6 * meter ** 2")  # offices' take-up, 1,9 Mm²
    # the French farm yield's and price's unit: 62 q/ha, 62 quintaux, 21,50 € le quintal
    ureg.define("quintal = 100 * kilogram = q = qx = quintaux")
    return ureg


@functools.cache
def dimensionless() -> pint.Unit:
    """Return the unit of pure numbers and ranks."""
    # One object for the program: the registry builds a new Unit on every attribute access
    # (~0.1 ms), and values compare units by identity before asking pint.
    return registry().dimensionless


@functools.cache
def parse_unit(text: str) -> pint.Unit:
    """Read a unit as written after a figure: ``%``, ``EUR``, ``€``, ``person``, ``km``, ``MW h``.

    The empty string is dimensionless.  Raises :class:`UnitError` naming the text, with the
    closest known unit name when there is one.
    """
    ureg = registry()
    expression = text.strip().replace("\u2011", "-")  # a non-breaking hyphen is a hyphen
    if not expression:
        return dimensionless()
    alone = _REFUSED_ALONE.get(expression)
    if alone is not None:
        raise UnitError(f"{expression!r}: {alone}")
    _refuse_science_notation(expression, text)
    _refuse_qualifiers(expression, text)
    expression = _THE_RE.sub(" /", expression)  # "3,5 % l'an": a rate
    if not _UNIT_TEXT_RE.fullmatch(expression):
        raise UnitError(f"cannot read {text!r} as a unit")
    expression = _SIGNS_RE.sub(lambda m: _SIGNS[m.group()], expression)
    expression = _BASIS_POINT_RE.sub("basis_point", expression)
    expression = _PER_CENT_RE.sub("percent", expression)
    for pattern, replacement in _REWRITES_RE:
        expression = pattern.sub(replacement, expression)
    model = _MODEL_NAME_RE.match(expression)
    if model is not None:  # "68 F-35s", "10,000 H100s": a count of a model, not Fahrenheit
        written = model.group()
        where = "" if written == text.strip() else f" in {text!r}"
        raise _count_error(written, where)
    _refuse_what_names_no_unit(expression, text)
    expression = _TIME_WORDS_RE.sub(lambda m: _TIME_WORDS[m.group().lower()], expression)
    named = _CURRENCY_NAME_RE.search(expression)
    if named is not None:  # "3 Swiss francs": the code, before "which francs?"
        word = named.group()
        where = "" if word == text.strip() else f" in {text!r}"
        raise UnitError(f"{word!r}{where}: write the currency's code: {named.lastgroup}")
    ambiguous = _AMBIGUOUS_RE.search(expression)
    if ambiguous is not None:
        word = ambiguous.group(1)
        where = "" if word == text.strip() else f" in {text!r}"
        key = re.sub(r"\s+", " ", word.lower())
        if key in _SHARE_WORDS:  # "$2.09 per share" is an amount, "2.49 billion shares" a count
            before, after = expression[: ambiguous.start(1)], expression[ambiguous.end(1) :]
            _refuse_counted(word, where, before, after, text)
            if not before.strip():
                raise _count_error(word, where)
        hint = _AMBIGUOUS.get(key) or _AMBIGUOUS[key.removesuffix("s")]
        per = _PER_CURRENCY_RE.match(expression, ambiguous.end(1))
        if per is not None and key.removesuffix("s") == "dollar":  # "1,1612 dollar pour un euro"
            rate = f"USD/{_CURRENCY_WORDS[per.group(1).lower().removesuffix('s')]}"
            raise UnitError(
                f"{word!r}{where}: {hint}; a rate of exchange is written in codes ('1.23 {rate}'),"
                " the currency paid per one of the other",
                examples=((f" ('1.23 {rate}')", f"{{bare}} {rate}"),),
            )
        raise UnitError(f"{word!r}{where}: {hint}")
    expression = _PERCENTAGE_POINT_RE.sub("percentage_point", expression)
    expression = _SCORE_POINT_RE.sub("score_point", expression)
    if _STRAY_FIGURE_RE.search(expression):
        raise UnitError(
            f"cannot read {text!r} as a unit: a figure after the unit; write one figure"
            " ('10.1 s'), or a duration in its parts ('2 h 02 min 10 s', '9 s 58')"
        )
    if expression.startswith("/"):  # "per head" alone: pint needs a 1 above the line
        expression = "1" + expression
    try:
        unit = ureg.parse_units(expression)
    except Exception as error:  # pint raises a zoo of types here, AssertionError included
        _refuse_per_what_is_no_unit(expression, text)
        unknown = getattr(error, "unit_names", None)
        if unknown:
            name = str(unknown[0])
            where = "" if name == text.strip() else f" in {text!r}"
            _refuse_no_unit_word(name, expression, where)
            message = f"unknown unit {name!r}{where}"
            suggestion = _closest_unit_name(name)
            if suggestion:
                message += f", did you mean {suggestion!r}?"
            raise UnitError(message) from None
        raise UnitError(f"cannot read {text!r} as a unit") from None
    if not all(abs(power) <= _MAX_EXPONENT for power in unit._units.values()):
        # `year**1e400` is year to the power infinity; no figure in the news needs more than m³
        raise UnitError(f"cannot read {text!r} as a unit: an exponent beyond {_MAX_EXPONENT}")
    _refuse_logarithmic_compound(unit, text)
    _refuse_unbuildable(unit, text)
    if _currency_times_something(unit):
        raise UnitError(
            f"cannot read {text!r} as a unit: pint reads it as {format_unit(unit)!r}, a currency "
            "multiplied by another unit; write the currency alone, after any scale word "
            "('2 million USD'), or money per a unit ('GBP/MWh', 'EUR/person')"
        )
    _refuse_never_meant(unit, text)
    return unit


_MAX_EXPONENT = 9

#: Units pint finds in a short symbol that no news figure is in, whatever their prefix:
#: "bu/ac" is bushels per attospeed of light to pint, "% MG" megagauss percent. A unit
#: text that reads as one of them is a newsroom abbreviation pint does not know.
_NEVER_MEANT = frozenset({
    "speed_of_light", "elementary_charge", "molar_gas_constant",
    "planck_constant", "gravitational_constant", "gauss", "maxwell", "oersted", "gilbert",
    "franklin", "biot", "debye", "barye", "rutherford", "rydberg", "hartree", "langley",
    "clausius", "entropy_unit", "aberdeen", "townsend", "jute", "number_english",
    "number_meter", "tex", "thou", "rod", "link", "gill", "sverdrup", "ampere_turn",
    "absorbance_unit", "technical_atmosphere", "force_metric_ton", "statampere",
})  # fmt: skip


def _refuse_never_meant(unit: pint.Unit, text: str) -> None:
    """Raise UnitError for a unit no newsroom means, and for a figure per ampere.

    Runs once per unit text (parse_unit is cached): "bu/A" is read as bushels per acre
    before, and any other line in amperes is an acre or a typo, never a current.
    """
    for name, exponent in unit._units.items():
        base = _base_name(name)
        if base in _NEVER_MEANT or (base == "ampere" and _real(exponent) < 0):
            try:
                symbol = registry().get_symbol(name)
            except Exception:  # pint raises a zoo of types on what it half knows
                symbol = name
            meaning = name.replace("_", " ")
            hint = "write acre (or ac) for acres" if base == "ampere" else "write the unit in full"
            raise UnitError(
                f"cannot read {text!r} as a unit: pint reads {symbol!r} as {meaning}, which no"
                f" news figure is in; {hint}, or the figure bare with its meaning in the property"
            )


@functools.cache
def _base_name(name: str) -> str:
    """The name of a unit without its prefix: ``speed_of_light`` for ``attospeed_of_light``."""
    try:
        candidates = registry().parse_unit_name(name)
    except Exception:  # pint raises a zoo of types on odd text  # pragma: no cover
        return name
    return candidates[0][1] if candidates else name


def _refuse_logarithmic_compound(unit: pint.Unit, text: str) -> None:
    """Raise UnitError for a level (dB, Np, octave) multiplied, divided or raised to a power.

    A level is read alone (``85 dB``, ``-30 dBm``); pint makes ``dB/s`` a "delta_decibel"
    per second that it cannot build again, and a level per anything has no meaning that
    a sum or a conversion could respect.
    """
    names = unit._units
    levels = [name for name in names if _is_level_name(name)]
    if not levels or (len(names) == 1 and names[levels[0]] == 1 and levels[0] in _level_names()):
        return
    shown = levels[0].removeprefix("delta_")
    try:
        symbol = registry().get_symbol(shown)
    except Exception:  # pint raises a zoo of types on what it half knows  # pragma: no cover
        symbol = shown
    raise UnitError(
        f"cannot read {text!r} as a unit: {symbol} is a logarithmic level, read alone"
        f" ('85 {symbol}'): write the level in {symbol}, and say the rest in the property",
        examples=((f" ('85 {symbol}')", f"{{bare}} {symbol}"),),
    )


@functools.cache
def _level_names() -> frozenset[str]:
    """The names of pint's logarithmic units, with their prefixes' (dB, dBm, Np, octave, mdB)."""
    from pint.facets.nonmultiplicative.definitions import LogarithmicConverter

    ureg = registry()
    return frozenset(
        name
        for name, definition in ureg._units.items()
        if isinstance(getattr(definition, "converter", None), LogarithmicConverter)
    )


@functools.cache
def _is_level_name(name: str) -> bool:
    """Tell whether a name of ``unit._units`` is a logarithmic unit, prefixed or as a delta."""
    base = name.removeprefix("delta_")
    if base in _level_names():
        return True
    try:
        candidates = registry().parse_unit_name(base)
    except Exception:  # pint raises a zoo of types on odd text  # pragma: no cover
        return False
    return any(unit_name in _level_names() for _, unit_name, _ in candidates)


def _refuse_unbuildable(unit: pint.Unit, text: str) -> None:
    """Raise UnitError for a unit pint parsed but cannot use: it must never fail later.

    pint parses some texts into units it cannot build again (``dB(A)`` made a
    "delta_decibel" times amperes); a unit the value reader returns is written, converted
    and compared in every message and check, so each of those is tried once here (the
    unit is cached: this runs once per unit text).
    """
    try:
        for name in unit._units:
            registry().Unit(name)
        format_unit(unit)
        describe_dimension(unit)
        has_offset(unit)
        conversion(unit, unit)
    except UnitError:
        raise
    except Exception:  # pint raises a zoo of types on what it half knows
        raise UnitError(f"cannot read {text!r} as a unit") from None


def _refuse_science_notation(expression: str, text: str) -> None:
    """Raise UnitError for a weighted decibel ("dB(A)") or a solar mass, saying what to write."""
    weighted = _WEIGHTED_DECIBEL_RE.search(expression) if "dB" in expression else None
    if weighted is not None:
        letter = weighted.group(1) or weighted.group(2)
        where = "" if weighted.group() == text.strip() else f" in {text!r}"
        article = "an" if letter == "A" else "a"
        raise UnitError(
            f"{weighted.group()!r}{where}: {article} {letter}-weighted sound level is written in"
            f" dB ('85 dB'), and {letter}-weighted is said in the property"
            f" (noise_level_db{letter.lower()})",
            examples=((" ('85 dB')", "{bare} dB"),),
        )
    body = _BODY_UNIT_RE.search(expression)
    if body is not None:
        written = body.group()
        where = "" if written == text.strip() else f" in {text!r}"
        raise UnitError(
            f"{written!r}{where} is no unit: write the figure bare ('2') and say"
            f" {written!r} in the property (mass_in_solar_masses, radius_in_earth_radii)",
            refused=written,
            examples=((" ('2')", _WITHOUT_IT),),
        )


def _refuse_qualifiers(expression: str, text: str) -> None:
    """Raise UnitError for what qualifies a figure rather than measures it ("€ TTC")."""
    found = _QUALIFIERS_RE.search(expression)
    if found is None:
        return
    kind = found.lastgroup or "period"
    written = found.group().strip()
    where = "" if written == text.strip() else f" in {text!r}"
    hint = _QUALIFIER_HINTS[_QUALIFIER_GROUPS[kind]]
    raise UnitError(
        f"{written!r}{where} is no unit: it {hint}",
        refused=written,
        examples=_stock_examples(hint, "{kept}|{head}"),
    )


_STOCK_EXAMPLE_RE = re.compile(r" \('[^']*'\)")


def _stock_examples(hint: str, *built: str) -> tuple[tuple[str, str], ...]:
    """The hint's quoted examples, the first first, each with how to build the editor's own."""
    return tuple(zip(_STOCK_EXAMPLE_RE.findall(hint), built, strict=False))


def _refuse_what_names_no_unit(expression: str, text: str) -> None:
    """Raise UnitError for a word or symbol that names no unit a newsroom means, saying why."""
    travelled = _TRAVELLED_RE.search(expression)
    if travelled is not None:  # "334bn vehicle-miles": a distance, and what travelled it
        written = travelled.group()
        where = "" if written == text.strip() else f" in {text!r}"
        distance = travelled.group(2)
        raise UnitError(
            f"{written!r}{where} is no unit: write the distance alone ('{distance}')"
            f" and say what travelled it in the property"
            f" ({travelled.group(1).lower()}_{distance.lower()})",
            examples=((f" ('{distance}')", f"{{bare}} {distance}"),),
        )
    for word in _refused_words_re().finditer(expression):
        written = word.group(1)
        if written.isupper() and written.lower() not in _ANY_CASE:  # TRY is the Turkish lira
            continue
        hint = _REFUSED_WORDS[written.lower()]
        where = "" if written == text.strip() else f" in {text!r}"
        if hint == _COUNT_HINT:
            before, after = expression[: word.start()], expression[word.end() :]
            _refuse_counted(written, where, before, after, text)
            raise _count_error(written, where)
        joint = " " if hint.startswith("is ") else ": "
        raise UnitError(
            f"{written!r}{where}{joint}{hint}",
            refused=written,
            examples=_stock_examples(hint, *_word_examples().get(hint, ())),
        )
    symbol = _REFUSED_SYMBOLS_RE.search(expression)
    if symbol is not None:
        written = symbol.group(1) or symbol.group("degree") or symbol.group("energy")
        key = _symbol_key(written)
        hint = _REFUSED_SYMBOLS[key]
        where = "" if written == text.strip() else f" in {text!r}"
        raise UnitError(
            f"{written!r}{where}: {hint}",
            refused=written,
            examples=_stock_examples(hint, *_REFUSED_EXAMPLES.get(key, ())),
        )


@functools.cache
def _word_examples() -> dict[str, tuple[str, ...]]:
    """How to build the examples of each refused word's hint, by the hint."""
    return {
        _REFUSED_WORDS[word]: builds
        for word, builds in _REFUSED_EXAMPLES.items()
        if word in _REFUSED_WORDS
    }


def _count_error(written: str, where: str) -> UnitError:
    """The error for a word that counts ("45 000 spectateurs"), its property named after it."""
    return UnitError(
        f"{written!r}{where} {_COUNT_HINT} ({_slug(written) or 'count'})",
        refused=written,
        examples=_stock_examples(_COUNT_HINT, *_COUNT_EXAMPLES),
    )


#: The name of a model, a type or a product: letters, a hyphen and digits ("F-35s", "Su-57",
#: "MiG-29"), or capitals glued to two or more digits ("H100s", "A320neo").
_MODEL_NAME_RE = re.compile(
    r"(?:[A-Z][A-Za-z]{0,5}[-‑]\d+|[A-Z]{1,3}\d{2,})[^\W\d_]*(?![\w.])(?!\s*[/*^])"
)


def names_a_model(word: str) -> bool:
    """Whether a word names a model, a type or a product ("F-35s", "H100s", "A320neo")."""
    return _MODEL_NAME_RE.fullmatch(word) is not None


#: A word pint does not know that names no unit: a plural noun ("users", "militaires",
#: "Palestiniens", "trucks"), a capitalised name or an acronym ("Rafale", "PUE", "TOPS").
_NO_UNIT_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’\-]+(?:[sx]|S|X)|[A-Z][^\W\d_]{2,}")
#: A known unit, then such a word: "GB RAM", "Go de RAM".
_UNIT_THEN_WORD_RE = re.compile(r"(.*?\S)\s+(?:(?:de|of)\s+)?([^\W\d_]+)")


def _refuse_no_unit_word(name: str, expression: str, where: str) -> None:
    """Raise UnitError for a word pint does not know that is no unit: a count's noun.

    A plural noun, a capitalised name or an acronym after a figure counts something
    ("3,07 milliards d'utilisateurs", "12 Rafale", "400 TOPS"): the count hint, or the
    rate's ("24 images/s"). After a unit ("8GB RAM") it says what the figure is of. A
    typo of a unit's name ("metrs", or "Cal" and "eur" in another case) is left for "did
    you mean".
    """
    if (
        not _NO_UNIT_WORD_RE.fullmatch(name)
        or name.lower() in _names_by_lowercase()
        or name.lower() in _suggested_by_lowercase()  # "KWH": kWh in capitals, a typo
    ):
        return
    if name.islower() and difflib.get_close_matches(name, _fuzzy_candidates(), 1, 0.8):
        return  # "metrs", "secnds": a typo
    then = _UNIT_THEN_WORD_RE.fullmatch(expression)
    # "12.1m doses": millions of doses, never metres (values says so); counted as "trains"
    if (
        then is not None
        and then.group(2) == name
        and then.group(1) != "m"
        and _reads_as_unit(then.group(1))
    ):
        raise UnitError(
            f"{name!r}{where} is no unit: write the figure in {then.group(1)} alone and say"
            f" {name!r} in the property ({_slug(name)})"
        )
    start = expression.find(name)
    _refuse_counted(name, where, expression[:start], expression[start + len(name) :])
    raise _count_error(name, where)


def _reads_as_unit(text: str) -> bool:
    try:
        parse_unit(text)
    except UnitError:
        return False
    return True


#: A currency in words after another, one of it bought by the other: "dollar pour un euro".
_CURRENCY_WORDS = {"euro": "EUR", "livre": "GBP", "pound": "GBP", "yen": "JPY", "yuan": "CNY"}
_PER_CURRENCY_RE = re.compile(
    r"\s*(?:/|pour|per|to|a|an|for)\s*(?:(?:un|une|one|the|1)\s+)?(euros?|livres?|pounds?|yens?|yuans?)"
    r"(?![\w.])",
    re.IGNORECASE,
)
#: The words of a share of a company, in the languages of the sources: an amount per share
#: is said "per share" in the property, whatever the language.
_SHARE_WORDS = frozenset({"share", "shares", "action", "actions"})
_PER_WORDS_RE = re.compile(r"(?:/|(?<![\w.])(?:per|par|pour|a|an|each|chaque))\s*\Z", re.IGNORECASE)


def _refuse_counted(written: str, where: str, before: str, after: str, text: str = "") -> None:
    """Raise UnitError for a word that counts things in a rate, saying what to write.

    "2,1 buts par match" and "£6.89 a journey" are per something counted: the figure is
    written bare or in its currency; "55 flights an hour" is a count per hour, written
    without the word ("55 an hour"). ``text`` is the unit as written, for the editor's own
    example of an amount per share ("$2.09" of "$2.09 per share").
    """
    before = before.rstrip()
    if before.endswith("/"):  # "3 points par match", "£6.89 a journey"
        amount = _AND_END_RE.sub("", before[:-1].strip())  # "€ par an et par foyer"
        per = _slug(written)
        unit = _unit_or_none(amount) if amount else None
        if unit is not None and _is_money_or_money_rate(unit):
            shown = amount if is_currency(unit) else format_unit(unit)
            if written.lower() in _SHARE_WORDS:  # "3,40 € par action": per share, in any language
                code = currency_code(unit) or shown
                at = text.lower().rfind(written.lower())
                said = _PER_WORDS_RE.search(text[:at]) if at > 0 else None
                refused = text[said.start() :] if said is not None else written
                raise UnitError(
                    f"{written!r}{where}: a share is no unit: write the amount (1.23 {code}) and"
                    " say 'per share' in the property (dividend_per_share, earnings_per_share)",
                    refused=refused.strip(),
                    examples=((f" (1.23 {code})", "{kept}"),),
                )
            # "250 € par an et par foyer" is an amount a year: EUR/year, said per foyer
            example = f"{'price' if is_currency(unit) else 'amount'}_per_{per}"
            raise UnitError(
                f"{written!r}{where} is no unit: write the figure in {shown} alone and say"
                f" 'per {written}' in the property ({example})"
            )
        counted = _slug(amount)  # "7 people per household": people_per_household
        raise UnitError(
            f"{written!r}{where} is no unit: write the figure bare ('2,1') and say 'per"
            f" {written}' in the property ({counted + '_' if counted else ''}per_{per})",
            examples=((" ('2,1')", "{bare}"),),
        )
    rate = _RATE_AFTER_RE.match(after)
    if rate is not None and rate.group(1).lower() in _REFUSED_WORDS:  # "2,1 buts par match"
        raise UnitError(
            f"{written!r}{where} is no unit: write the figure bare ('2,1') and say"
            f" '{written} per {rate.group(1)}' in the property"
            f" ({_slug(written)}_per_{_slug(rate.group(1))})",
            examples=((" ('2,1')", "{bare}"),),
        )
    if rate is not None:  # "55 flights an hour": the count per hour
        raise UnitError(
            f"{written!r}{where} is no unit: write the figure and its rate without it"
            f" ('/{rate.group(1)}' after the figure) and say what is counted in the property"
            f" ({_slug(written)}_per_{_slug(rate.group(1))})"
        )


def _slug(text: str) -> str:
    """A property name's part from words: "demi-part" is demi_part, "ménage" menage."""
    ligatures = text.lower().replace("œ", "oe").replace("æ", "ae")  # "vœux": voeux
    plain = unicodedata.normalize("NFKD", ligatures).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")


def _is_money_or_money_rate(unit: pint.Unit) -> bool:
    """An amount of money, or of money per something ("EUR", "EUR/year", "GBP/person")."""
    dimensions = unit.dimensionality.items()
    money = [_real(e) for d, e in dimensions if str(d).startswith(_CURRENCY_DIMENSION)]
    return money == [1] and all(
        _real(e) < 0 for d, e in dimensions if not str(d).startswith(_CURRENCY_DIMENSION)
    )


def _unit_or_none(text: str) -> pint.Unit | None:
    try:
        return parse_unit(text)
    except UnitError:
        return None


_RATE_AFTER_RE = re.compile(r"\s*/\s*([^\W\d_]+)")
#: "et" or "and" before a second line of a rate: "€ par an et par foyer".
_AND_END_RE = re.compile(r"\s+(?:et|and|&)$", re.IGNORECASE)
#: A unit, then the line of a rate in one word pint does not know: "EUR /demi-part".
_PER_WORD_END_RE = re.compile(r"(.*\S)\s*/\s*([^\W\d_](?:[^\W\d_]|['’\-])*)")


def _refuse_per_what_is_no_unit(expression: str, text: str) -> None:
    """Raise UnitError for a unit per a word that is no unit ("1 791 € par demi-part").

    Runs only when pint could not read the text. A typo of a unit's name ("EUR/persn") is
    left for "did you mean".
    """
    per = _PER_WORD_END_RE.fullmatch(expression)
    if per is None:
        return
    word = per.group(2)
    if word.lower() in _names_by_lowercase() or (
        word.islower() and difflib.get_close_matches(word, _fuzzy_candidates(), 1, 0.8)
    ):
        return
    amount = _AND_END_RE.sub("", per.group(1).strip())
    unit = _unit_or_none(amount)
    if unit is None or not _is_money_or_money_rate(unit):
        return
    where = "" if word == text.strip() else f" in {text!r}"
    _refuse_counted(word, where, amount + " /", "", text)


def _symbol_key(written: str) -> str:
    """The key of a refused symbol as written: ``cts`` is ``ct``, ``Pints`` ``pint``."""
    known = _SYMBOL_KEYS.get(written)
    if known is not None:
        return known
    measure = _MEASURE_RE.fullmatch(written)
    if measure is not None:
        return measure.lastgroup or written
    return "fluid_ounce" if written.lower() == "fl" else written


def local_measure(name: str, territory: str | None) -> str | None:
    """The territory's unit of ``pint``, ``gallon`` or ``fluid_ounce``: ``imperial_gallon`` in GB.

    None where the territory has none of its own (or is not known): which one is meant is
    then refused with what to write.
    """
    measures = _LOCAL_MEASURES.get(territory or "")
    return None if measures is None else measures[name]


def local_measures(text: str, territory: str | None) -> str:
    """The unit text with its pints, gallons and fluid ounces named as the territory's.

    ``1 pint`` in British English is 568 ml (``imperial_pint``), in American 473 ml
    (``US_pint``); the text is left as it is where the territory has none of its own, for
    :func:`parse_unit` to refuse.
    """
    measures = _LOCAL_MEASURES.get(territory or "")
    if measures is None or _MEASURE_RE.search(text) is None:
        return text
    return _MEASURE_RE.sub(lambda m: measures[m.lastgroup or ""], text)


#: Bytes as French copy writes them, in octets: "150 Go", "512 Ko", "3 ko", "5 Mo/s",
#: "16 Gio", "1 048 576 octets", "2 téraoctets".
_OCTETS_RE = re.compile(
    r"(?<![\w.])(?:(?P<prefix>[kKMGTPE])(?P<binary>i)?o"
    r"|(?P<word>(?i:kilo|m[ée]ga|giga|t[ée]ra|p[ée]ta))octets?|o)(?![\w.])"
)
_OCTET_WORDS = {"kilo": "k", "méga": "M", "mega": "M", "giga": "G", "téra": "T", "tera": "T",
                "péta": "P", "peta": "P"}  # fmt: skip


def french_bytes(text: str) -> str:
    """The unit text with French octets written as bytes: ``Go`` is ``GB``, ``Mo/s`` ``MB/s``.

    For a French source only: in another language ``Go`` and ``Mo`` are refused with what
    to write (``mo`` alone a month?); ``Kio`` is ``KiB``, ``ko`` and ``Ko`` are ``kB``.
    """
    return _OCTETS_RE.sub(_as_bytes, text)


def _as_bytes(octets: re.Match[str]) -> str:
    word = octets.group("word")
    if word is not None:
        return _OCTET_WORDS[word.lower()] + "B"
    prefix = octets.group("prefix") or ""
    if octets.group("binary"):
        return prefix.upper() + "iB"  # KiB, MiB, GiB
    return ("k" if prefix in "kK" and prefix else prefix) + "B"


def starts_a_rate(text: str) -> bool:
    """Tell whether a unit text is the line of a rate: ``/month``, ``per head``, ``an hour``.

    After a currency sign (``£12.21 an hour``) the text is the currency's denominator.
    """
    return _RATE_START_RE.match(text) is not None


def _currency_times_something(unit: pint.Unit) -> bool:
    """True for a currency multiplied by another unit: words pint read as units by accident.

    ``de USD`` is deci-elementary-charges times dollars, ``M EUR`` molar euros, ``Md EUR``
    megadays of euros. No figure in the news is money times anything; money per
    anything is fine (``EUR/month``, ``GBP/MWh``, ``USD/MMBtu``). The units are looked at
    by name, not by dimension: a megawatt-hour below the line holds a time above it.
    """
    multiplied = [name for name, exponent in unit._units.items() if _real(exponent) > 0]
    return len(multiplied) > 1 and any(_is_money_name(name) for name in multiplied)


@functools.cache
def _is_money_name(name: str) -> bool:
    """Tell whether one of pint's unit names counts money (``EUR``, ``kiloEUR``, ``pence``)."""
    return any(
        str(dimension).startswith(_CURRENCY_DIMENSION)
        for dimension in registry().Unit(name).dimensionality
    )


@functools.cache
def _names_by_lowercase() -> dict[str, str]:
    names: dict[str, str] = {}
    for name in (*registry()._units, *_SIGNS, "pp", "bp"):
        names.setdefault(name.lower(), name)
    return names


#: The units a "did you mean" may propose: those newsrooms write and this module names.
#: pint knows thousands (PPCM, oersted, barye, fluid drams, square miles as sq_mi): a typo
#: is never taken for one of those ("pcm" is no PPCM, "on" no ton, "j" no joule).
_SUGGESTED_UNITS = frozenset({
    "m", "km", "cm", "mm", "µm", "nm", "metre", "meter", "metres", "meters", "kilometre",
    "kilometer", "kilometres", "kilometers", "centimetre", "centimeter", "millimetre",
    "millimeter", "mile", "miles", "mi", "ft", "foot", "feet", "inch", "inches", "yard",
    "nautical_mile", "ha", "hectare", "hectares", "acre", "acres", "g", "kg", "mg", "µg",
    "mcg", "t", "tonne", "tonnes", "gram", "grams", "kilogram", "kilograms", "milligram",
    "microgram", "lb", "oz", "ounce", "stone", "quintal", "l", "L", "ml", "cl", "dl", "hl",
    "litre", "litres", "liter", "liters", "millilitre", "centilitre", "hectolitre", "bcm",
    "tcm", "bcf", "tcf", "oil_barrel", "bbl", "s", "ms", "min", "h", "hr", "hour", "hours",
    "minute", "minutes", "second", "seconds", "day", "days", "week", "weeks", "month",
    "months", "year", "years", "century", "W", "kW", "MW", "GW", "TW", "Wh", "kWh", "MWh",
    "GWh", "TWh", "J", "kJ", "MJ", "GJ", "cal", "kcal", "watt", "watts", "kilowatt",
    "megawatt", "gigawatt", "terawatt", "joule", "joules", "calorie", "calories",
    "kilocalorie", "Btu", "MMBtu", "V", "kV", "A", "mA", "volt", "volts", "ampere", "amperes",
    "ohm", "bar", "mbar", "hPa", "Pa", "kPa", "atm", "psi", "mmHg", "pascal", "degC", "degF",
    "kelvin", "knot", "knots", "mph", "Hz", "kHz", "MHz", "GHz", "hertz", "B", "kB", "MB",
    "GB", "TB", "PB", "bit", "kbit", "Mbit", "Gbit", "byte", "bytes", "percent", "permille",
    "ppm", "ppb", "person", "people", "persons", "pp", "bp", "percentage_point", "basis_point",
    "dB", "decibel", "light_year", "astronomical_unit", "parsec", "carat", "mol", "mmol",
    "lumen", "lux", "euro", "euros",
})  # fmt: skip


@functools.cache
def _fuzzy_candidates() -> list[str]:
    """Lower-case names worth suggesting for a typo: units newsrooms write (metrs -> metres)."""
    names = _names_by_lowercase()
    return [name for name in names if names[name] in _SUGGESTED_UNITS]


@functools.cache
def _case_fixes() -> frozenset[str]:
    """Names a typo in another case may mean: the suggested units and currency codes."""
    import babel.numbers

    return _SUGGESTED_UNITS | frozenset(babel.numbers.list_currencies())


@functools.cache
def _suggested_by_lowercase() -> dict[str, str]:
    """The newsroom's units by their lower case: "Km" and "KM" are km, "kwh" kWh, "mw" MW.

    pint's own names hold no prefixed symbol (km, kWh), so a typo in another case is looked
    up here first. Where two units differ only by case, the list holds the one newsrooms
    write: "mwh" is MWh (megawatt-hours), never mWh, as no newsroom writes milliwatt-hours.
    """
    return {name.lower(): name for name in sorted(_SUGGESTED_UNITS, reverse=True)}


def _closest_unit_name(name: str) -> str | None:
    suggested = _suggested_by_lowercase().get(name.lower())
    if suggested is not None and suggested != name and len(name) > 1:
        return suggested
    names = _names_by_lowercase()
    known = names.get(name.lower())
    if known is not None and len(name) > 1 and known in _case_fixes():  # eur -> EUR, Km -> km
        return known
    if len(name) < 2:  # "j" (jours) is no joule, "M" no molar
        return None
    close = difflib.get_close_matches(name.lower(), _fuzzy_candidates(), n=1, cutoff=0.75)
    return names[close[0]] if close else None


@functools.lru_cache(maxsize=4096)
def is_currency(unit: pint.Unit) -> bool:
    """Tell whether the unit is an amount of one currency (EUR, kEUR, USD), not a rate of it."""
    dimensions = dict(unit.dimensionality)
    if len(dimensions) != 1:
        return False
    ((dimension, exponent),) = dimensions.items()
    return exponent == 1 and str(dimension).startswith(_CURRENCY_DIMENSION)


@functools.lru_cache(maxsize=4096)
def is_percent(unit: pint.Unit) -> bool:
    """Tell whether the unit is the percent (not percentage points, not a pure number)."""
    return bool(unit == parse_unit("%"))


def currency_code(unit: pint.Unit) -> str | None:
    """The ISO code of the currency a unit counts in (``EUR`` for ``kEUR``), or None."""
    if not is_currency(unit):
        return None
    (dimension,) = dict(unit.dimensionality)
    return str(dimension).removeprefix(_CURRENCY_DIMENSION).rstrip("]")


@functools.lru_cache(maxsize=4096)
def is_points(unit: pint.Unit) -> bool:
    """Tell whether the unit is percentage points or basis points (a change, not a level)."""
    return bool(unit == parse_unit("pp") or unit == parse_unit("bp"))


@functools.lru_cache(maxsize=4096)
def percent_symbol(unit: pint.Unit) -> str | None:
    """``%``, ``pp`` or ``bp`` for a unit of percent, percentage points or basis points, else None.

    How a quote writes such a figure ("3 %", "0,2 point", "25 bp") whatever the value's
    unit is called (``percentage_point``, ``ppt``).
    """
    if is_percent(unit):
        return "%"
    if is_points(unit):
        return "bp" if unit == parse_unit("bp") else "pp"
    return None


@functools.lru_cache(maxsize=4096)
def is_score_points(unit: pint.Unit) -> bool:
    """Tell whether the unit is the point of a score, an index or a table (``474 points``)."""
    return bool(unit == parse_unit("points"))


@functools.lru_cache(maxsize=4096)
def has_offset(unit: pint.Unit) -> bool:
    """Tell whether zero in this unit is not "none of it" (degrees Celsius or Fahrenheit)."""
    return not registry().Quantity(1, unit)._is_multiplicative


@functools.lru_cache(maxsize=64)
def temperature_change(unit: pint.Unit) -> pint.Unit:
    """The change of temperature of a temperature's unit: ``°C`` gives ``delta_degC``.

    A unit with no offset (``K``, ``delta_degC``, ``°C/decade``) is its own change.
    """
    names = unit._units
    if len(names) != 1 or not has_offset(unit):
        return unit
    ((name, power),) = names.items()
    if _real(power) != 1:
        return unit
    return registry().Unit(f"delta_{name}")


def describe_dimension(unit: pint.Unit) -> str:
    """Name what the unit measures, for messages: ``currency EUR``, ``person``, ``length``."""
    dimensions = unit.dimensionality
    if not dimensions:
        return "dimensionless"
    named = _derived_dimension_names().get(dimensions)
    if named:
        return named
    if dict(dimensions) == {_SCORE_DIMENSION: 1}:
        return "points of a score or an index"
    above: list[str] = []
    below: list[str] = []
    for dimension, exponent in sorted(dict(dimensions).items()):
        word = str(dimension).strip("[]").replace("currency_", "currency ")
        power = _real(exponent)
        if abs(power) != 1:
            word += f"^{abs(power):g}"
        (above if power > 0 else below).append(word)
    return " per ".join([" × ".join(above), *below]).strip()


@functools.cache
def _derived_dimension_names() -> dict[object, str]:
    """Map base dimensionalities to the everyday names of a few derived dimensions."""
    # Not all of pint's: it calls a length "gaussian_capacitance" and a time "gaussian_resistivity".
    ureg = registry()
    return {ureg.get_dimensionality(f"[{name}]"): name for name in _DERIVED_DIMENSIONS}


@functools.cache
def format_unit(unit: pint.Unit) -> str:
    """Write the unit as an editor would: ``%``, ``EUR``, ``person``, ``km``, ``EUR/person``."""
    above: list[str] = []
    below: list[str] = []
    ureg = registry()
    for name, exponent in unit._units.items():
        symbol = _DISPLAY.get(name)
        if symbol is None:
            symbol = ureg.get_symbol(name)
        power = _real(exponent)
        if abs(power) != 1:
            symbol += f"{abs(power):g}".translate(_SUPERSCRIPTS)
        (above if power > 0 else below).append(symbol)
    text = "·".join(above) or ("1" if below else "")
    for symbol in below:
        text += f"/{symbol}"
    return text


@functools.cache
def conversion(source: pint.Unit, target: pint.Unit) -> tuple[Decimal, Decimal]:
    """Return ``(factor, offset)`` with ``x source == (x * factor + offset) target``.

    The offset is zero except between temperature scales.  Raises :class:`UnitError`
    when the units measure different things.
    """
    if source != target and (_has_level(source) or _has_level(target)):
        raise UnitError(
            f"{format_unit(source) or 'a number'} and {format_unit(target) or 'a number'}:"
            " a logarithmic level (dB, dBm, Np) compares only with a level in the same unit;"
            " write both in it (85 dB and 80 dB), or a pure ratio bare"
        )
    if source.dimensionality != target.dimensionality:
        raise UnitError(
            f"{format_unit(source) or 'a number'} ({describe_dimension(source)}) does not "
            f"convert to {format_unit(target) or 'a number'} ({describe_dimension(target)})"
        )
    ureg = registry()
    (above, below), (target_above, target_below) = _root_scale(source), _root_scale(target)
    factor = _DIVISION_CONTEXT.divide(
        _DIVISION_CONTEXT.multiply(above, target_below),
        _DIVISION_CONTEXT.multiply(below, target_above),
    )
    offset = Decimal(0)
    if has_offset(source) or has_offset(target):
        try:
            offset = _exact(ureg.Quantity(0.0, source).to(target).magnitude)
        except Exception:  # pint: °C and a difference of °C times a percent ("°C%")
            raise UnitError(
                f"{format_unit(source) or 'a number'} does not convert to"
                f" {format_unit(target) or 'a number'}: a temperature converts only to a"
                " temperature, a change of temperature (delta_degC) to a change"
            ) from None
    return factor, offset


#: Units made of weeks, and of years (a month is a twelfth of one), as exponents of a week
#: or a year: between the two, councils, payrolls and benefits count 52 weeks a year
#: (100,88 GBP a year is 1,94 GBP a week), the calendar 365,25 / 7.
_WEEK_UNITS = frozenset({"week", "fortnight"})
_YEAR_UNITS = frozenset({"year", "month", "quarter", "decade_of_years", "century", "millennium"})
_CALENDAR_OVER_52_WEEKS = _DIVISION_CONTEXT.divide(Decimal(1461), Decimal(1456))  # 365,25 / 364


@functools.lru_cache(maxsize=4096)
def conversion_range(
    source: pint.Unit, target: pint.Unit
) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """Return ``(factor, low factor, high factor, offset)``: :func:`conversion`, and its range.

    The factors differ only between weeks and years (or months): a year is 52 weeks for
    councils, payrolls and benefits, 365,25 / 7 for the calendar, and a figure converted
    one way or the other is right (``£100.88 a year, or £1.94 a week``, 1,93 by the
    calendar). Raises :class:`UnitError` as :func:`conversion` does.
    """
    factor, offset = conversion(source, target)
    weeks = _exponent_of(source, _WEEK_UNITS) - _exponent_of(target, _WEEK_UNITS)
    years = _exponent_of(source, _YEAR_UNITS) - _exponent_of(target, _YEAR_UNITS)
    if not weeks or not years or (weeks > 0) == (years > 0) or offset:
        return factor, factor, factor, offset
    # each year converted into weeks is 364 days instead of 365,25: the factor of the
    # 52 weeks is the calendar's times (365,25 / 364) for each year it turns into weeks
    power = min(abs(weeks), abs(years)) * (1 if years < 0 else -1)
    other = _DIVISION_CONTEXT.multiply(
        factor, _DIVISION_CONTEXT.power(_CALENDAR_OVER_52_WEEKS, power)
    )
    return factor, min(factor, other), max(factor, other), offset


def _exponent_of(unit: pint.Unit, names: frozenset[str]) -> int:
    """The unit's power of weeks or of years (``GBP/week`` has -1 week)."""
    total = 0
    for name, exponent in unit._units.items():
        if name in names:
            power = _real(exponent)
            if power != int(power):
                return 0
            total += int(power)
    return total


def _has_level(unit: pint.Unit) -> bool:
    return any(_is_level_name(name) for name in unit._units)


@functools.lru_cache(maxsize=4096)
def is_level(unit: pint.Unit) -> bool:
    """Tell whether the unit is a logarithmic level (``dB``, ``dBm``, ``Np``, ``octave``)."""
    return _has_level(unit)


@functools.lru_cache(maxsize=4096)
def _root_scale(unit: pint.Unit) -> tuple[Decimal, Decimal]:
    """The unit's factor to its root units as a fraction, multiplied out unit by unit.

    Each unit's own factor is short and exact (a month is 2629800 s), but pint's float
    product for ``EUR/month`` is not: month to year would be 12.0000000000000063. The
    units above and below the line are kept apart, so that one division makes the factor.
    """
    ureg = registry()
    above, below = Decimal(1), Decimal(1)
    for name, exponent in unit._units.items():
        power = _real(exponent)
        if power != int(power):  # a fractional power: pint's float, rounded
            return _exact(ureg.get_root_units(unit)[0]), Decimal(1)
        factor = _DIVISION_CONTEXT.power(
            _exact(ureg.get_root_units(ureg.Unit(name))[0]), abs(int(power))
        )
        if power > 0:
            above = _DIVISION_CONTEXT.multiply(above, factor)
        else:
            below = _DIVISION_CONTEXT.multiply(below, factor)
    return above, below


def _real(exponent: Any) -> float:
    return float(exponent)  # pint types exponents as any scalar, complex included


def _exact(number: Any) -> Decimal:
    return _FACTOR_CONTEXT.create_decimal_from_float(float(number)).normalize()
