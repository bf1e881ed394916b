"""Generate a realistic synthetic corpus of claim files, for the benchmarks.

    python benchmarks/generate.py OUT_DIR --claims 100000 --files 2000 [--seed 1]

OUT_DIR gets one folder per publication year holding claim files (about
claims/files claims each) and, next to each, the article text its quotes are
copied from, so that every rule runs (quote-in-text, figure-in-quote,
word-count...). The corpus looks like a newsroom archive, not like noise:

- French and English sources, numbers and dates written the way each language
  writes them (``44,4 %`` / ``44.4 %``, ``septembre 2012``, ``lundi 27 juillet``,
  ``en mars``, ``fin 2014``, ``T1 2015``, ``July 27, 2015``, ``à l'horizon 2017``);
- share groups of 3 to 5 holders (or candidates, or companies of a market) whose
  rounded shares add up to 100 % within their precision (``33,3 %`` thirds too),
  and takeovers at 100 %;
- money with scale words (``1 million EUR``, ``500 millions d'euros`` in quotes),
  hedged values (``~90 person``, ``<2 million EUR``, ``300 to 500 person``),
  percentages ``of:`` a stated count that pass the GRIM test, ranks;
- explicit checks, ``expect`` and ``order``, all of which hold;
- a few thousand subjects whose popularity follows a long tail, so that the same
  facts (subject, property, qualifiers, ``when``) are reported by many files, in
  both languages, and always agree: every value is a function of its fact's key.

The output is deterministic for a given ``--seed``, and ``factcheck verify`` finds
no error in it (a few info findings remain, as in real articles: shares that reach
100 % only thanks to rounding). OUT_DIR/MANIFEST.json says what the corpus holds.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from random import Random
from typing import Any, ClassVar

GENERATOR_VERSION = 1  # bump when the output changes for the same arguments
FIRST_PUBLISHED, LAST_PUBLISHED = dt.date(2013, 1, 1), dt.date(2024, 12, 31)
LAST_REVIEW = dt.date(2025, 11, 30)

# --- what articles are made of -----------------------------------------------------------

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}  # fmt: skip
WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
SMALL_NUMBERS = {
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
}
SCALE_WORDS = {"fr": {6: "million", 9: "milliard"}, "en": {6: "million", 9: "billion"}}
CURRENCY_WORDS = {  # (alone, after a scale word)
    "fr": {"EUR": ("euros", "d'euros"), "USD": ("dollars", "de dollars"),
           "GBP": ("livres", "de livres")},
    "en": {"EUR": ("euros", "euros"), "USD": ("dollars", "dollars"), "GBP": ("pounds", "pounds")},
}  # fmt: skip
CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£"}
HEDGE_WORDS = {
    "fr": {"~": ["environ", "près de", "quelque"], "<": ["moins de", "un peu moins de"],
           ">": ["plus de"]},
    "en": {"~": ["about", "around", "some"], "<": ["less than", "just under"],
           ">": ["more than", "over"]},
}  # fmt: skip
PUBLISHERS = {  # publisher: domain
    "fr": {"La Tribune": "www.latribune.fr", "Le Monde": "www.lemonde.fr",
           "Les Echos": "www.lesechos.fr", "Le Figaro": "www.lefigaro.fr",
           "Libération": "www.liberation.fr", "L'Usine Nouvelle": "www.usinenouvelle.com",
           "Ouest-France": "www.ouest-france.fr", "Challenges": "www.challenges.fr",
           "Le Parisien": "www.leparisien.fr", "Sud Ouest": "www.sudouest.fr"},
    "en": {"Financial Times": "www.ft.com", "Reuters": "www.reuters.com",
           "The Guardian": "www.theguardian.com", "Bloomberg": "www.bloomberg.com",
           "The Times": "www.thetimes.co.uk", "Associated Press": "apnews.com",
           "The Economist": "www.economist.com", "BBC News": "www.bbc.co.uk"},
}  # fmt: skip
AGENCIES = ["AFP", "Reuters", "AP"]
INSTITUTIONS = ["Caisse des Dépôts", "Bpifrance", "Etat", "Thales", "Orange", "Safran", "Ardian",
                "Eurazeo", "Tikehau", "Wendel", "Temasek", "Mubadala", "KKR",
                "Blackstone"]  # fmt: skip
PLACES = ["Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Rennes", "Strasbourg",
          "Montpellier", "Nice", "Grenoble", "Dijon", "Angers", "Brest", "Reims", "Le Havre",
          "Tours", "Limoges", "Amiens", "Metz", "Besançon", "Orléans", "Rouen", "Caen", "Nancy",
          "Bretagne", "Normandie", "Occitanie", "Grand Est", "Hauts-de-France", "Manchester",
          "Leeds", "Bristol", "Glasgow", "Cardiff", "Liverpool", "Sheffield", "Edinburgh",
          "Belfast", "Newcastle", "Nottingham", "Leicester", "Coventry", "Oxford", "Cambridge",
          "Birmingham", "Southampton", "Brighton", "Aberdeen", "York"]  # fmt: skip
FIRST_NAMES = ["Philippe", "Marie", "Jean", "Claire", "Nicolas", "Sophie", "Laurent", "Isabelle",
               "Thomas", "Anne", "David", "Sarah", "James", "Emma", "Oliver", "Charlotte",
               "Michael", "Laura", "Pierre", "Julie", "Richard", "Helen", "Antoine",
               "Camille"]  # fmt: skip
LAST_NAMES = ["Laplane", "Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Girard",
              "Morel", "Fournier", "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans",
              "Roberts", "Walker", "Bonnet", "Mercier", "Faure", "Blanc", "Hughes",
              "Clarke"]  # fmt: skip
INSTITUTES = [
    "Ifop",
    "Ipsos",
    "Elabe",
    "OpinionWay",
    "BVA",
    "Odoxa",
    "YouGov",
    "Harris Interactive",
]
ANALYSTS = ["IDC", "Gartner", "Forrester", "Xerfi", "Roland Berger", "McKinsey", "Deloitte"]
SURVEY_TOPICS = {  # (who was asked, on what)
    "fr": [("maires", "les rythmes scolaires"), ("chefs d'entreprise", "le télétravail"),
           ("salariés", "la semaine de quatre jours"), ("agriculteurs", "la PAC"),
           ("médecins", "la télémédecine"), ("enseignants", "le numérique à l'école"),
           ("élus locaux", "la fibre optique"), ("commerçants", "l'ouverture le dimanche")],
    "en": [("councillors", "library closures"), ("business owners", "remote work"),
           ("nurses", "shift patterns"), ("farmers", "subsidy reform"), ("doctors", "telehealth"),
           ("teachers", "phones at school"), ("landlords", "rent controls"),
           ("retailers", "Sunday trading")],
}  # fmt: skip
ANSWERS = {  # (qualifier, how the text says it)
    "fr": [("pour", "se disent favorables"), ("contre", "y sont opposés"),
           ("sans opinion", "ne se prononcent pas")],
    "en": [("for", "are in favour"), ("against", "are opposed"), ("undecided", "are undecided")],
}  # fmt: skip
MARKETS = {
    "fr": ["marché français du cloud", "marché français de la fibre", "marché européen des drones",
           "marché français de l'assurance auto", "marché hexagonal du jeu vidéo"],
    "en": ["UK cloud market", "UK broadband market", "European drone market",
           "UK car insurance market", "UK video games market"],
}  # fmt: skip
CLIENTS = {
    "fr": ["l'Etat", "la région", "la SNCF", "l'AP-HP", "la ville", "le ministère des Armées"],
    "en": ["the government", "the NHS", "the council", "Network Rail", "the Ministry of Defence"],
}
ELECTIONS = [  # (first round, French name, English name)
    (dt.date(2012, 6, 10), "législatives 2012", "2012 French legislative election"),
    (dt.date(2014, 3, 23), "municipales 2014", "2014 French local elections"),
    (dt.date(2014, 5, 25), "européennes 2014", "2014 European election"),
    (dt.date(2015, 5, 7), "législatives britanniques 2015", "2015 general election"),
    (dt.date(2015, 12, 6), "régionales 2015", "2015 French regional elections"),
    (dt.date(2017, 6, 8), "législatives britanniques 2017", "2017 general election"),
    (dt.date(2017, 6, 11), "législatives 2017", "2017 French legislative election"),
    (dt.date(2019, 5, 26), "européennes 2019", "2019 European election"),
    (dt.date(2019, 12, 12), "législatives britanniques 2019", "2019 general election"),
    (dt.date(2020, 3, 15), "municipales 2020", "2020 French local elections"),
    (dt.date(2021, 6, 20), "régionales 2021", "2021 French regional elections"),
    (dt.date(2022, 6, 12), "législatives 2022", "2022 French legislative election"),
    (dt.date(2024, 6, 9), "européennes 2024", "2024 European election"),
    (dt.date(2024, 7, 4), "législatives britanniques 2024", "2024 general election"),
]
FILLERS = {
    "fr": ["Le dossier était suivi de près par les investisseurs.",
           "La direction n'a pas souhaité commenter ces informations.",
           "Une décision est attendue dans les prochaines semaines.",
           "Les syndicats ont réagi avec prudence à cette annonce.",
           "Le secteur traverse une période de forte concurrence.",
           "Plusieurs analystes jugent ces objectifs ambitieux.",
           "L'opération doit encore recevoir le feu vert des autorités.",
           "Le contexte économique reste incertain pour la filière.",
           "Les concurrents ont déjà annoncé des projets similaires.",
           "Cette stratégie avait été présentée aux actionnaires au printemps.",
           "Le gouvernement a salué une étape importante pour la souveraineté numérique.",
           "Les détails financiers de l'accord n'ont pas été rendus publics."],
    "en": ["Investors had been watching the deal closely.",
           "The company declined to comment on the figures.",
           "A decision is expected in the coming weeks.",
           "Unions gave the announcement a cautious welcome.",
           "The sector is going through a period of fierce competition.",
           "Several analysts described the targets as ambitious.",
           "The deal still needs the approval of the regulator.",
           "The economic outlook for the industry remains uncertain.",
           "Rivals have already announced similar projects.",
           "The strategy was first presented to shareholders in the spring.",
           "Ministers hailed the agreement as an important step.",
           "Financial details of the agreement were not disclosed."],
}  # fmt: skip
HEADLINES = {
    "fr": ["{s} accélère sur son marché", "Le pari de {s}", "{s} change de dimension",
           "Ce que cache la stratégie de {s}", "{s} face à ses ambitions"],
    "en": ["{s} steps up its expansion", "The bet behind {s}", "{s} changes gear",
           "Inside the strategy of {s}", "{s} and its ambitions"],
}  # fmt: skip
PHRASES = {  # what templates write, by language ({names} are filled in; "|" separates choices)
    "fr": {
        "and": " et ",
        "share_held": "{Phrase}, le capital de {subject} était détenu par {listing}.",
        "market_share": "Sur le {subject}, les parts de marché se répartissaient {phrase}"
        " entre {listing}.",
        "vote_share": "Lors des {subject}, {phrase}, les suffrages se sont répartis"
        " entre {listing}.",
        "takeover": "repris à 100 % par {holder}",
        "taken_over": "{company} a été {quote} {phrase}.",
        "revenue_verbs": "a réalisé|aurait réalisé|a dégagé",
        "revenue": "{verb} {figure} de chiffre d'affaires {phrase}",
        "revenue_lead": "|Selon nos informations, ",
        "conditional": "sources non nommées (conditionnel)",
        "revenue_target": "générer {figure} de chiffre d'affaires {phrase}",
        "revenue_hope": "Le groupe espère {quote}.",
        "staff_nouns": "personnes|salariés|collaborateurs",
        "staff": "qui emploie {count}",
        "staff_sentence": "{company}, {quote}, reste discret sur ses projets.",
        "about": "'environ' is the ~ (about) of the value.",
        "jobs_noun": "emplois directs",
        "jobs": "avec {count}",
        "jobs_sentence": "Il vise {phrase} une forte croissance, {quote}.",
        "contract": "contrat {company} - {client}",
        "duration": "d'une durée de {years} an{s}",
        "worth": "s'élève à {figure}",
        "contract_sentence": "Le contrat confié à {company} par {client}, {duration}, {worth},"
        " a précisé la direction.",
        "head_of": "{person}, directeur de {company}",
        "survey": "baromètre {institute} sur {topic}",
        "asked": "auprès de {n} {who}",
        "survey_sentence": "Selon le {subject}, réalisé {phrase} {asked}, {answers}.",
        "out_of": "{k} {who} sur {n}",
        "that_is": "Soit {quote}.",
        "rank_places": "France|Allemagne|Italie|Espagne|Pologne",
        "criteria": "usage du cloud|couverture fibre|emploi des jeunes",
        "among": "États membres de l'Union européenne",
        "rank_sentence": "En {year}, pour {criterion}, {place} se classe {quote} dans l'UE.",
        "rate": "un taux de chômage de {figure}",
        "against": "contre {figure}",
        "rates_sentence": "{Phrase}, {a} affichait {first}, {second} pour {b}.",
        "inhabitants": "compte {count}",
        "inhabitants_noun": "habitants",
        "statistics": "Insee",
        "in_year": "En {year}, {place} {quote}.",
        "election_day": "{weekday} {day} {month} {year}",
        "turnout": "la participation a atteint {figure}",
        "turnout_sentence": "Lors des {subject}, {when}, {quote}.",
        "news_what": "un partenariat|une levée de fonds|un plan social|un nouveau contrat",
        "launched": "{company} avait été lancé {phrase}",
        "announced": "{company} a annoncé {phrase} {what}",
        "forecast": "devrait peser {figure} {phrase}",
        "forecast_sentence": "Selon {analyst}, le {market} {quote}.",
        "roles": "directeur général|directrice financière|président",
        "position": "{person}, {role} de {company}",
        "position_sentence": "« Nous sommes confiants », a déclaré {quote}.",
        "ambition": "devenir un leader européen",
        "aim": "avec pour vocation de {ambition}",
        "aim_sentence": "{company} s'est construit {quote}.",
        "struggles": "parvient difficilement à tenir ses ambitions",
        "struggles_sentence": "Mais {company} {quote}.",
        "reminder": "Pour mémoire : ",
        "byline": "Par {person} | {publisher} | {day} {month} {year}",
    },
    "en": {
        "and": " and ",
        "share_held": "{Phrase}, {subject} was owned by {listing}.",
        "market_share": "In the {subject}, market shares {phrase} were split between {listing}.",
        "vote_share": "In the {subject}, {phrase}, the votes were split between {listing}.",
        "takeover": "taken over in full (100%) by {holder}",
        "taken_over": "{company} was {quote} {phrase}.",
        "revenue_verbs": "made|reported|posted",
        "revenue": "{verb} {figure} in revenue {phrase}",
        "revenue_lead": "|According to our sources, ",
        "conditional": "unnamed sources",
        "revenue_target": "generate {figure} in revenue {phrase}",
        "revenue_hope": "The group hopes to {quote}.",
        "staff_nouns": "people|employees|staff",
        "staff": "which employs {count}",
        "staff_sentence": "{company}, {quote}, keeps its plans quiet.",
        "about": "'about' is the ~ of the value.",
        "jobs_noun": "direct jobs",
        "jobs": "with {count}",
        "jobs_sentence": "It aims for strong growth {phrase}, {quote}.",
        "contract": "{company} contract with {client}",
        "duration": "runs for {years} year{s}",
        "worth": "is worth {figure}",
        "contract_sentence": "The contract awarded to {company} by {client} {worth} and"
        " {duration}, the company said.",
        "head_of": "{person}, head of {company}",
        "survey": "{institute} tracker on {topic}",
        "asked": "among {n} {who}",
        "survey_sentence": "According to the {subject}, run {phrase} {asked}, {answers}.",
        "out_of": "{k} {who} out of {n}",
        "that_is": "That is {quote}.",
        "rank_places": "France|Germany|Italy|Spain|Poland",
        "criteria": "cloud use|fibre coverage|youth employment",
        "among": "EU member states",
        "rank_sentence": "In {year}, for {criterion}, {place} came {quote} in the EU.",
        "rate": "an unemployment rate of {figure}",
        "against": "against {figure}",
        "rates_sentence": "{Phrase}, {a} had {first}, {second} for {b}.",
        "inhabitants": "has {count}",
        "inhabitants_noun": "inhabitants",
        "statistics": "ONS",
        "in_year": "In {year}, {place} {quote}.",
        "election_day": "{weekday}, {month} {day}, {year}",
        "turnout": "turnout reached {figure}",
        "turnout_sentence": "In the {subject} on {when}, {quote}.",
        "news_what": "a partnership|a funding round|job cuts|a new contract",
        "launched": "{company} was launched {phrase}",
        "announced": "{company} announced {what} {phrase}",
        "forecast": "is expected to be worth {figure} {phrase}",
        "forecast_sentence": "According to {analyst}, the {market} {quote}.",
        "roles": "chief executive|finance director|chairman",
        "position": "{person}, {role} of {company}",
        "position_sentence": '"We are confident," said {quote}.',
        "ambition": "become a European leader",
        "aim": "with the aim to {ambition}",
        "aim_sentence": "{company} was built {quote}.",
        "struggles": "is struggling to meet its ambitions",
        "struggles_sentence": "But {company} {quote}.",
        "reminder": "As a reminder: ",
        "byline": "By {person} | {publisher} | {month} {day}, {year}",
    },
}
COMMENTS = [
    "Quote pinned to the first occurrence of the figure in the text.",
    "The figure is the paper's; no primary source was consulted yet.",
    "Read at the precision written: the value's interval covers the exact figure.",
    "`when` is the period the figure covers, not the day of publication.",
    "Qualifiers only say which fact this is, so that other reports\n"
    "of the same fact are still compared with it.",
    "How the figure was reported (a conditional, an unnamed source)\n"
    "goes in attributed_to, not in a qualifier.",
    "Years and bare numbers are quoted: unquoted, YAML reads them as integers.",
]
NOTES = {
    "fr": ["Chiffre repris d'une dépêche d'agence.", "Arrondi par le journal.",
           "Le texte ne précise pas la période ; lue comme l'année écoulée.",
           "Même chiffre que dans l'édition papier du lendemain."],
    "en": ["Figure taken from a wire story.", "Rounded by the paper.",
           "The text does not give the period; read as the past year.",
           "Same figure as in the next day's print edition."],
}  # fmt: skip
REVIEW_NOTES = {
    "fr": {"verified": "Chiffre confirmé par le rapport annuel de {s} ; pages lues en archive.",
           "unverified": "Aucune source primaire trouvée pour {s} ; laissé non vérifié.",
           "disputed": "Le rapport annuel de {s} donne un autre périmètre ; chiffre contesté."},
    "en": {"verified": "Confirmed by the annual report of {s}; pages read from an archive.",
           "unverified": "No primary source found for {s}; left unverified.",
           "disputed": "The annual report of {s} uses another scope; the figure is disputed."},
}  # fmt: skip
EVIDENCE_HOSTS = ["www.insee.fr", "ec.europa.eu", "www.infogreffe.fr", "www.ons.gov.uk",
                  "find-and-update.company-information.service.gov.uk", "www.sec.gov",
                  "www.amf-france.org", "web.archive.org"]  # fmt: skip
NAME_PARTS = (
    ["Clou", "Orva", "Tele", "Nexa", "Veri", "Alti", "Sola", "Dati", "Hexa", "Opti", "Quan", "Lumi",
     "Vala", "Zeni", "Ardo", "Belo", "Cora", "Dyna", "Equi", "Fora", "Gala", "Hora", "Iris", "Kalo",
     "Lega", "Mira", "Nova", "Oria", "Pala", "Ravi", "Sira", "Tera", "Ulta", "Vexa", "Wavi", "Xera",
     "Yona", "Zira", "Aero", "Bria"],
    ["", "ne", "ri", "lo", "ta", "vi"],
    ["watt", "com", "tel", "gen", "sys", "tech", "nova", "link", "soft", "data", "net", "is", "ia",
     "ys", "ex", "on", "way", "lab", "grid", "cell"],
)  # fmt: skip

# --- small helpers ------------------------------------------------------------------------

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")  # as factcheck.text.count_words counts words
_PLAIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ][\w '’.,()/\-]*$")
_PLAIN_IN_FLOW = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ][\w '’.()/\-]*$")
_YAML11_WORDS = {"yes", "no", "on", "off", "true", "false", "y", "n", "null"}


def keyed(seed: int, *key: object) -> Random:
    """A random generator that depends only on the seed and a key: one fact, one value."""
    return Random("|".join([str(seed), *map(str, key)]))


def slug(text: str, limit: int = 24, lead: bool = True) -> str:
    """An identifier-safe slug: ``Caisse des Dépôts`` -> ``caisse_des_depots``.

    With ``lead`` the slug starts with a letter, as identifiers must.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:limit].rstrip("_") or "x"
    return "x" + words if lead and not words[0].isalpha() else words


def scalar(text: str, flow: bool = False) -> str:
    """A YAML scalar: plain when it reads back as the same string, double-quoted otherwise."""
    plain = (_PLAIN_IN_FLOW if flow else _PLAIN).match(text)
    if plain and text.lower() not in _YAML11_WORDS and not text.endswith(" "):
        return text
    return quoted(text)


def quoted(text: str) -> str:
    """A double-quoted YAML scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def fingerprint(quote: str) -> str:
    """The quote fingerprint ``factcheck review`` records (see factcheck.editing)."""
    normal = re.sub(r"\s+", " ", quote).strip()
    return "sha256:" + hashlib.sha256(normal.encode()).hexdigest()[:16]


def fmt_number(x: Decimal, lang: str, space: str = " ") -> str:
    """Write a decimal as the language does: ``1 200,5`` in French, ``1,200.5`` in English."""
    whole, _, fraction = f"{x:f}".partition(".")
    if len(whole) >= 4:
        group, head = space if lang == "fr" else ",", len(whole) % 3 or 3
        whole = whole[:head] + "".join(group + whole[i : i + 3] for i in range(head, len(whole), 3))
    return whole + ("," if lang == "fr" else ".") + fraction if fraction else whole


def round_sig(x: float, digits: int) -> Decimal:
    """``x`` rounded to ``digits`` significant digits, written without an exponent."""
    exact = Decimal(repr(x))
    if exact == 0:
        return Decimal(0)
    exponent = exact.adjusted() - digits + 1
    rounded = exact.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)
    return rounded if exponent < 0 else Decimal(int(rounded))


def round_count(x: float, digits: int) -> Decimal:
    """A count rounded to ``digits`` significant digits, never below the units: 9, 90, 1200."""
    x = max(x, 1.0)
    return round_sig(x, min(digits, len(str(int(x)))))


def round_places(x: Fraction, places: int) -> Decimal:
    """A fraction rounded half-up to ``places`` decimals, as journalists round."""
    exact = Decimal(x.numerator) / Decimal(x.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def ulp(x: Decimal) -> Decimal:
    """The unit of the last written digit: 0.1 for 44.4, 1 for 300."""
    exponent = x.as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(1).scaleb(exponent)


# --- values -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Amount:
    """A figure as reported: hedge, written figure(s), scale and unit (``<2 million EUR``)."""

    figure: Decimal
    unit: str = ""  # "%", "EUR", "USD", "GBP", "person", "year" or "" (a pure number)
    scale: int = 0  # the power of ten of a scale word: 0, 6 or 9
    hedge: str = ""  # "", "~", "<", ">" or "to" (then `upper` is the other end)
    upper: Decimal | None = None

    def yaml(self, lang: str, plural: bool = False) -> str:
        """The ``value`` field, in the grammar of the claim format."""
        number = fmt_number(self.figure, lang)
        if self.hedge == "to" and self.upper is not None:
            number = f"{number} to {fmt_number(self.upper, lang)}"
        elif self.hedge:
            number = self.hedge + number
        if self.scale:
            word = SCALE_WORDS[lang][self.scale]
            number += f" {word}s" if plural and lang == "fr" and self.figure >= 2 else f" {word}"
        return f"{number} {self.unit}" if self.unit else number

    def interval(self) -> tuple[Fraction, Fraction]:
        """Bounds at least as wide as factcheck's (checks are written only when they hold)."""
        factor = Fraction(10) ** self.scale
        x, half = Fraction(self.figure) * factor, Fraction(ulp(self.figure)) * factor / 2
        if self.hedge == "to" and self.upper is not None:
            return x, Fraction(self.upper) * factor
        if self.hedge == "~":  # factcheck's default tolerance is 10 %
            return x * Fraction(9, 10) - half, x * Fraction(11, 10) + half
        if self.hedge == "<":
            return Fraction(0), x
        if self.hedge == ">":
            return x, Fraction(10) ** 30
        return x - half, x + half


def money(x: float, currency: str, rng: Random, hedges: bool, digits: int = 2) -> Amount:
    """Money, with a scale word when it is large (``1,2 million EUR``), maybe hedged."""
    scale = 9 if x >= 1e9 else 6 if x >= 1e6 else 0
    scaled = x / 10**scale
    figure = round_sig(scaled, digits if scale else 2)
    roll = rng.random() if hedges else 1.0
    if roll < 0.12:
        return Amount(figure, currency, scale, "~")
    bound = round_sig(scaled, 1)
    if roll < 0.2:  # "un peu moins de 2 millions"
        bound += ulp(bound) if bound < Decimal(repr(scaled)) else 0
        return Amount(bound, currency, scale, "<")
    if roll < 0.25:  # "plus de 300 millions"
        bound -= ulp(bound) if bound > Decimal(repr(scaled)) else 0
        return Amount(max(bound, ulp(bound)), currency, scale, ">")
    return Amount(figure, currency, scale)


class Writer:
    """Writes figures as the running text of an article in one language does."""

    def __init__(self, lang: str, rng: Random) -> None:
        self.lang, self.rng, self.fr = lang, rng, lang == "fr"

    def space(self) -> str:
        """A grouping space: French texts often have no-break ones."""
        return self.rng.choice([" ", " ", "\u00a0"]) if self.fr else " "

    def hedge(self, amount: Amount) -> str:
        """The words of a hedge, with a trailing space (``environ ``), or nothing."""
        words = HEDGE_WORDS[self.lang].get(amount.hedge)
        return self.rng.choice(words) + " " if words else ""

    def number(self, figure: Decimal, words: bool = True) -> str:
        """A figure in digits, now and then in words (``deux``, ``one``)."""
        small = figure == figure.to_integral_value() and 1 <= figure <= 10
        if words and small and self.rng.random() < 0.35:
            return SMALL_NUMBERS[self.lang][int(figure)]
        return fmt_number(figure, self.lang, self.space())

    def money(self, amount: Amount) -> str:
        """``500 millions d'euros``, ``un million d'euros``, ``€1.2 billion``, ``45 million euros``.

        Figures of a scale word are now and then in words.
        """
        figure = self.number(amount.figure, words=bool(amount.scale))
        alone, after_scale = CURRENCY_WORDS[self.lang][amount.unit]
        if self.fr:
            if not amount.scale:
                return f"{self.hedge(amount)}{figure} {alone}"
            word = SCALE_WORDS["fr"][amount.scale] + ("s" if amount.figure >= 2 else "")
            return f"{self.hedge(amount)}{figure} {word} {after_scale}"
        word = f" {SCALE_WORDS['en'][amount.scale]}" if amount.scale else ""
        if figure.isalpha() or self.rng.random() < 0.3:
            return f"{self.hedge(amount)}{figure}{word} {alone}"
        return f"{self.hedge(amount)}{CURRENCY_SIGNS[amount.unit]}{figure}{word}"

    def count(self, amount: Amount, noun: str) -> str:
        """``environ 90 personnes``, ``300 à 500 emplois``, ``2,3 millions d'habitants``."""
        figure = fmt_number(amount.figure, self.lang, self.space())
        if amount.hedge == "to" and amount.upper is not None:
            upper = fmt_number(amount.upper, self.lang, self.space())
            return f"{figure} {'à' if self.fr else 'to'} {upper} {noun}"
        if amount.scale and self.fr:
            word = SCALE_WORDS["fr"][amount.scale] + ("s" if amount.figure >= 2 else "")
            noun = f"d'{noun}" if noun[0] in "aeiouhé" else f"de {noun}"
            return f"{self.hedge(amount)}{figure} {word} {noun}"
        if amount.scale:
            return f"{self.hedge(amount)}{figure} {SCALE_WORDS['en'][amount.scale]} {noun}"
        return f"{self.hedge(amount)}{figure} {noun}"

    def percent(self, figure: Decimal) -> str:
        """``44,4%``, ``44,4 %``, ``44.4 per cent``."""
        ends = ["%", "%", " %", "\u00a0%"] if self.fr else ["%", "%", "%", " per cent"]
        return fmt_number(figure, self.lang) + self.rng.choice(ends)


# --- periods ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A stretch of days with the granularity it was written at."""

    start: dt.date
    end: dt.date
    kind: str  # day | month | quarter | half | part | year

    @property
    def key(self) -> str:
        """What makes two periods one date, whatever their wording (as factcheck compares them)."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def months(year: int, first: int, last: int, kind: str) -> Period:
    """Months ``first`` to ``last`` of ``year``."""
    following = dt.date(year + last // 12, last % 12 + 1, 1)
    return Period(dt.date(year, first, 1), following - dt.timedelta(days=1), kind)


def year_period(year: int) -> Period:
    """The whole year."""
    return months(year, 1, 12, "year")


def day_period(day: dt.date) -> Period:
    """One day."""
    return Period(day, day, "day")


def past_period(rng: Random, published: dt.date, kinds: Sequence[str]) -> Period:
    """A period that starts before publication, at one of the usual granularities."""
    kind = rng.choice(kinds)
    year = published.year - rng.choice([1, 1, 1, 2, 2, 3, 4])
    if kind == "month":
        index = published.year * 12 + published.month - 1 - rng.randrange(36)
        return months(index // 12, index % 12 + 1, index % 12 + 1, "month")
    if kind == "quarter":
        q = rng.randrange(4)
        return months(year, 3 * q + 1, 3 * q + 3, "quarter")
    if kind == "half":
        h = rng.randrange(2)
        return months(year, 6 * h + 1, 6 * h + 6, "half")
    if kind == "part":  # early, mid-, late
        first, last = rng.choice([(1, 3), (5, 8), (10, 12)])
        return months(year, first, last, "part")
    if kind == "day":
        return day_period(published - dt.timedelta(days=rng.randrange(500)))
    return year_period(year)


def render_when(
    period: Period, lang: str, published: dt.date, rng: Random, future: bool = False
) -> tuple[str, str]:
    """A period as ``when`` and as the phrase of a sentence, in one of the forms newsrooms use.

    Relative forms (``en mars``, ``lundi 27 juillet``) are used only where they resolve
    to the period, relative to publication.
    """
    fr = lang == "fr"
    y, m, day = period.start.year, period.start.month, period.start
    month = MONTHS[lang][m - 1]
    if period.kind == "year":
        forms = (
            [("à l'horizon {}", "à l'horizon {}"), ("d'ici {}", "d'ici {}"), ("{}", "en {}")]
            if fr and future
            else [("by {}", "by {}"), ("{}", "in {}")] if future
            else [("{}", "en {}"), ("en {}", "en {}")] if fr
            else [("{}", "in {}"), ("in {}", "in {}")]
        )  # fmt: skip
        when, phrase = rng.choice(forms)
        return when.format(y), phrase.format(y)
    if period.kind == "month":
        latest = published.year if m <= published.month else published.year - 1
        if latest == y and rng.random() < 0.3:  # the latest such month: "en mars"
            return (f"en {month}",) * 2 if fr else (f"in {month}",) * 2
        return f"{month} {y}", f"en {month} {y}" if fr else f"in {month} {y}"
    if period.kind == "quarter":
        q = (m - 1) // 3 + 1
        if fr:
            ordinal = "1er" if q == 1 else f"{q}e"
            when = rng.choice([f"T{q} {y}", f"{ordinal} trimestre {y}"])
            return when, f"au {ordinal} trimestre {y}"
        ordinal = ["first", "second", "third", "fourth"][q - 1]
        when = rng.choice([f"Q{q} {y}", f"{ordinal} quarter of {y}"])
        return when, f"in the {ordinal} quarter of {y}"
    if period.kind == "half":
        h = 1 if m == 1 else 2
        if fr:
            word = ["premier", "second"][h - 1]
            return rng.choice([f"S{h} {y}", f"{word} semestre {y}"]), f"au {word} semestre {y}"
        word = ["first", "second"][h - 1]
        return rng.choice([f"H{h} {y}", f"{word} half of {y}"]), f"in the {word} half of {y}"
    if period.kind == "part":
        index = {1: 0, 5: 1, 10: 2}[m]
        if fr:
            when = [f"début {y}", f"mi-{y}", f"fin {y}"][index]
            return when, when
        when = [f"early {y}", f"mid-{y}", rng.choice([f"late {y}", f"end of {y}"])][index]
        return when, f"at the {when}" if when.startswith("end") else f"in {when}"
    weekday = WEEKDAYS[lang][day.weekday()]
    # without its year, a day is read in the year that puts it nearest publication
    if abs((day - published).days) <= 182 and rng.random() < 0.5:
        when = f"{weekday} {day.day} {month}" if fr else f"{weekday}, {month} {day.day}"
        return when, when if fr else f"on {when}"
    if fr:
        written = [f"{day.day} {month} {y}", f"{weekday} {day.day} {month} {y}"]
        return rng.choice(written), f"le {day.day} {month} {y}"
    when = rng.choice([f"{month} {day.day}, {y}", f"{day.day} {month} {y}"])
    return when, f"on {when}"


# --- the world: subjects and the facts about them -------------------------------------------


@dataclass
class Company:
    """A company of the synthetic world, with the profile its figures derive from."""

    name: str
    currency: str
    revenue_2015: float  # in units of the currency
    growth: float
    staff_2015: float
    founded: dt.date


class World:
    """Every subject of the corpus, and the values of its facts.

    Each value is a function of its fact's key (subject, property, qualifiers, period),
    so that every file reporting a fact reports the same figure.
    """

    def __init__(self, seed: int, claims: int) -> None:
        self.seed = seed
        names = ["".join(parts) for parts in itertools.product(*NAME_PARTS)]
        Random(seed).shuffle(names)
        count = max(30, min(len(names), claims // 50))
        self.companies = [self._company(name) for name in names[:count]]
        # long-tail popularity: a few companies are in many articles, most in a handful
        self.weights = list(itertools.accumulate(1 / (rank + 8) for rank in range(count)))
        self.holders = INSTITUTIONS + [c.name for c in self.companies[: max(40, count // 20)]]
        self.people = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]

    def _company(self, name: str) -> Company:
        rng = self.rng("company", name)
        revenue = 10 ** rng.uniform(5.5, 10.3)
        return Company(
            name=name,
            currency=rng.choices(["EUR", "USD", "GBP"], [7, 2, 1])[0],
            revenue_2015=revenue,
            growth=rng.uniform(-0.04, 0.14),
            staff_2015=max(8.0, revenue / 1e6 * rng.uniform(2.5, 8)),
            founded=dt.date(rng.randrange(1985, 2016), rng.randrange(1, 13), 1),
        )

    def company(self, rng: Random) -> Company:
        """A company, popular ones more often."""
        index = bisect.bisect(self.weights, rng.random() * self.weights[-1])
        return self.companies[min(index, len(self.companies) - 1)]

    def rng(self, *key: object) -> Random:
        """The random generator of one fact."""
        return keyed(self.seed, *key)

    def _trend(self, company: Company, base: float, year: int) -> float:
        return base * (1 + company.growth) ** (year - 2015)

    def revenue(self, company: Company, period: Period) -> Amount:
        """A company's revenue over a year, a half or a quarter, sometimes hedged."""
        rng = self.rng("revenue", company.name, period.key)
        length = (period.end - period.start).days / 365
        x = self._trend(company, company.revenue_2015, period.start.year) * length
        return money(x * rng.uniform(0.9, 1.1), company.currency, rng, hedges=True)

    def revenue_target(self, company: Company, year: int) -> Amount:
        """A revenue target for a future year."""
        rng = self.rng("revenue-target", company.name, year)
        x = self._trend(company, company.revenue_2015, year) * rng.uniform(3, 12)
        return money(x, company.currency, rng, hedges=False)

    def staff(self, company: Company, period: Period) -> Amount:
        """Staff at a date: ``~90 person``, ``1 200 person``, ``>1 000 person``."""
        rng = self.rng("staff", company.name, period.key)
        x = self._trend(company, company.staff_2015, period.start.year) * rng.uniform(0.9, 1.1)
        roll = rng.random()
        if roll < 0.4:
            return Amount(round_count(x, 2), "person", hedge="~")
        if roll < 0.9:
            return Amount(round_count(x, 3 if x >= 1000 else 2), "person")
        bound = round_count(x, 1)
        return Amount(bound, "person", hedge=">" if bound < Decimal(repr(x)) else "<")

    def jobs_target(self, company: Company, year: int) -> Amount:
        """Direct jobs hoped for: ``300 to 500 person``."""
        rng = self.rng("jobs-target", company.name, year)
        low = round_count(company.staff_2015 * rng.uniform(2.5, 4), 1)
        high = round_count(float(low) * rng.uniform(1.4, 2.2), 1)
        return Amount(low, "person", hedge="to", upper=max(high, low + ulp(low)))

    def contract(self, subject: str) -> tuple[Amount, Amount]:
        """What a contract is worth and how many years it runs."""
        rng = self.rng("contract", subject)
        value = money(10 ** rng.uniform(5.3, 9), "EUR", rng, hedges=False, digits=1)
        return value, Amount(Decimal(rng.choice([1, 2, 2, 3, 3, 4, 5, 10])), "year")

    def population(self, place: str, year: int) -> Amount:
        """Inhabitants of a place: ``2,3 million person`` or ``~480 000 person``."""
        base = 10 ** self.rng("place", place).uniform(4.5, 6.8)
        rng = self.rng("population", place, year)
        x = base * (1 + 0.004 * (year - 2015)) * rng.uniform(0.995, 1.005)
        if x >= 1e6:
            return Amount(round_sig(x / 1e6, 2), "person", scale=6)
        return Amount(round_count(x, 3), "person", hedge=rng.choice(["", "", "~"]))

    def unemployment(self, place: str, period: Period) -> Fraction:
        """The unemployment rate of a place over a period, in percent (to be rounded)."""
        base = self.rng("place", place).uniform(5, 13)
        rng = self.rng("unemployment", place, period.key)
        return Fraction(round(base * 100 + rng.uniform(-80, 80)), 100)

    def turnout(self, election: str) -> Amount:
        """Turnout of an election."""
        return Amount(Decimal(self.rng("turnout", election).randrange(350, 820)) / 10, "%")

    def rank(self, subject: str, criterion: str, year: int, among: int) -> Amount:
        """A place in a ranking of ``among``."""
        return Amount(Decimal(self.rng("rank", subject, criterion, year).randrange(1, among + 1)))

    def takeover(self, company: Company, period: Period) -> str | None:
        """Who took the whole company over at that date, if anyone (then it has no share group)."""
        rng = self.rng("takeover", company.name, period.key)
        if rng.random() >= 0.15:
            return None
        return rng.choice([h for h in self.holders if h != company.name])

    def shares(
        self, subject: str, prop: str, period: Period, pool: Sequence[str]
    ) -> list[tuple[str, Decimal]]:
        """The 3 to 5 parts of a whole, as rounded percentages.

        Each share is the exact part rounded half-up, so their intervals always add up
        to a sum that contains 100 %: thirds give 33,3 + 33,3 + 33,3, ninths 44,4 + 22,2
        + 33,3.
        """
        rng = self.rng("shares", subject, prop, period.key)
        count = rng.choice([3, 3, 3, 4, 4, 5])
        names = rng.sample([p for p in pool if p != subject], count)
        roll = rng.random()
        if count == 3 and roll < 0.12:
            weights = [1, 1, 1]
        elif count == 3 and roll < 0.25:
            weights = rng.sample([4, 2, 3], 3)
        else:
            weights = [rng.randrange(2, 30) for _ in names]
        places, total = rng.choice([0, 1, 1]), sum(weights)
        return [(n, round_places(Fraction(100 * w, total), places)) for n, w in zip(names, weights)]  # noqa: B905

    def survey(self, key: str, big: bool) -> tuple[int, list[int]]:
        """Respondents of a survey wave, and how many gave each of the three answers."""
        rng = self.rng("survey", key)
        n = rng.randrange(800, 2100) if big else rng.randrange(12, 61)
        first = rng.randrange(n // 4, 3 * n // 4)
        second = rng.randrange(n - first + 1)
        return n, [first, second, n - first - second]


# --- one claim file -------------------------------------------------------------------------


@dataclass
class Claim:
    """A claim record as it will be written."""

    id: str
    quote: str
    subject: str
    property: str
    qualifiers: dict[str, str] = field(default_factory=dict)
    amount: Amount | None = None
    of: str | None = None
    when: str | None = None
    kind: str = "fact"
    attributed_to: str | None = None
    cites: str | None = None
    comment: str | None = None


@dataclass
class Block:
    """What one template adds to a file: sentences of the article, claims and checks."""

    sentences: list[str]
    claims: list[Claim]
    checks: list[tuple[str, str]] = field(default_factory=list)  # (id, "expect: ..."/"order: [..]")


class FileMaker:
    """Builds one claim file and its article from templates, to an exact number of claims."""

    TEMPLATES: ClassVar[dict[str, float]] = {
        "t_shares": 3.0, "t_revenue": 3.0, "t_staff": 2.5, "t_contract": 1.2, "t_survey": 1.2,
        "t_rank": 0.8, "t_rates": 1.2, "t_population": 1.0, "t_turnout": 0.6, "t_timeline": 1.2,
        "t_forecast": 0.8, "t_plain": 1.5, "t_takeover": 0.5, "t_repeat": 0.6,
    }  # fmt: skip
    # every file starts with one of each of these, so that a small corpus has every feature
    FIRST = ("t_shares", "t_revenue", "t_staff", "t_survey", "t_contract", "t_rates",
             "t_timeline", "t_rank")  # fmt: skip

    def __init__(self, world: World, index: int, claims: int) -> None:
        self.world, self.index, self.target = world, index, claims
        self.rng = rng = keyed(world.seed, "file", index)
        self.lang = ("fr", "en")[index] if index < 2 else rng.choices(["fr", "en"], [3, 2])[0]
        self.write = Writer(self.lang, rng)
        days = (LAST_PUBLISHED - FIRST_PUBLISHED).days
        self.published = day = FIRST_PUBLISHED + dt.timedelta(days=rng.randrange(days + 1))
        self.publisher = rng.choice(sorted(PUBLISHERS[self.lang]))
        self.tag = f"{index:05d}"
        self.main = [world.company(rng) for _ in range(rng.choice([2, 3, 4]))]
        self.title = rng.choice(HEADLINES[self.lang]).format(s=self.main[0].name)
        self.stem = f"{day.year}/{slug(self.publisher, 16).replace('_', '-')}-{day}-{self.tag}"
        self.ids: set[str] = set()
        self.blocks: list[Block] = []

    # helpers for the templates --------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        """A phrase in the file's language, filled in (``{Phrase}`` is ``phrase`` capitalised)."""
        phrase = values.get("phrase")
        if isinstance(phrase, str):
            values["Phrase"] = phrase[:1].upper() + phrase[1:]
        return PHRASES[self.lang][key].format(**values)

    def pick(self, key: str) -> str:
        """One of the choices of a phrase."""
        return self.rng.choice(PHRASES[self.lang][key].split("|"))

    def new_id(self, *parts: object) -> str:
        """A readable id, unique in the corpus (the file's tag ends it)."""
        words = "_".join(slug(str(p), 40, lead=False) for p in parts if p not in (None, ""))
        base = slug(words, 60)
        candidate, n = f"{base}_{self.tag}", 2
        while candidate in self.ids:
            candidate, n = f"{base}_{n}_{self.tag}", n + 1
        self.ids.add(candidate)
        return candidate

    def claim(
        self, id_parts: Sequence[object], quote: str, subject: str, prop: str, **fields: Any
    ) -> Claim:
        """A claim with a new id made of ``id_parts``."""
        return Claim(self.new_id(*id_parts), quote, subject, prop, **fields)

    def expect(self, block: Block, id_parts: Sequence[object], expression: str) -> None:
        """Add an ``expect`` check to a block."""
        block.checks.append((self.new_id(*id_parts), f"expect: {quoted(expression)}"))

    def company(self) -> Company:
        """One of the article's main companies, now and then another one."""
        if self.rng.random() < 0.8:
            return self.rng.choice(self.main)
        return self.world.company(self.rng)

    def when(self, period: Period, future: bool = False) -> tuple[str, str]:
        """``when`` and its phrase for a period, in the file's language."""
        return render_when(period, self.lang, self.published, self.rng, future)

    # templates: each returns a block of at most `room` claims, or None to try another ---------

    def t_shares(self, room: int) -> Block | None:
        """Share groups: capital held by 3-5 holders, a market, or an election's votes."""
        rng, roll = self.rng, self.rng.random()
        if roll < 0.7:
            company = self.company()
            subject, prop, qualifier = company.name, "share_held", "holder"
            kinds = ["month", "year", "quarter", "part", "day"]
            period = past_period(rng, self.published, kinds)
            holder = self.world.takeover(company, period)
            if holder is not None:  # the world says the company was taken over then
                return self._takeover(company, period, holder)
            pool: Sequence[str] = self.world.holders
        elif roll < 0.85:
            subject, prop, qualifier = rng.choice(MARKETS[self.lang]), "market_share", "company"
            period = past_period(rng, self.published, ["year"])
            pool = [c.name for c in self.world.companies[:60]]
        else:
            past = [e for e in ELECTIONS if e[0] < self.published]
            if not past:
                return None
            day, name_fr, name_en = rng.choice(past)
            subject = f"{name_fr if self.lang == 'fr' else name_en} ({rng.choice(PLACES)})"
            prop, qualifier, period = "vote_share", "candidate", day_period(day)
            pool = self.world.people
        parts = self.world.shares(subject, prop, period, pool)
        if len(parts) > room:
            return None
        when, phrase = self.when(period)
        year = period.start.year
        claims = [
            self.claim(
                (subject, prop.split("_")[0], name, year), f"{name} ({self.write.percent(share)})",
                subject, prop, qualifiers={qualifier: name}, amount=Amount(share, "%"), when=when,
            )
            for name, share in parts
        ]  # fmt: skip
        quotes = [c.quote for c in claims]
        listing = ", ".join(quotes[:-1]) + self.t("and") + quotes[-1]
        if rng.random() < 0.5:
            claims[0].comment = "The parts of one whole: their shares add up to 100 %."
        block = Block([self.t(prop, phrase=phrase, subject=subject, listing=listing)], claims)
        if rng.random() < 0.5:
            total = " + ".join(c.id for c in claims)
            self.expect(block, (subject, "shares_sum", year), f"{total} == 100 %")
        return block

    def t_takeover(self, room: int) -> Block | None:
        """A takeover: one holder at 100 % (a share group of one part)."""
        for _ in range(10):
            company = self.company()
            period = past_period(self.rng, self.published, ["month", "quarter"])
            holder = self.world.takeover(company, period)
            if holder is not None:
                return self._takeover(company, period, holder)
        return None

    def _takeover(self, company: Company, period: Period, holder: str) -> Block:
        when, phrase = self.when(period)
        quote = self.t("takeover", holder=holder)
        claim = self.claim(
            (company.name, "takeover", period.start.year), quote, company.name, "share_held",
            qualifiers={"holder": holder}, amount=Amount(Decimal(100), "%"), when=when,
        )  # fmt: skip
        sentence = self.t("taken_over", company=company.name, quote=quote, phrase=phrase)
        return Block([sentence], [claim])

    def t_revenue(self, room: int) -> Block | None:
        """Revenue of a past year, half or quarter, and now and then a target for a later year."""
        rng, company = self.rng, self.company()
        kinds = ["year", "year", "year", "quarter", "half"]
        period = past_period(rng, self.published, kinds)
        amount = self.world.revenue(company, period)
        when, phrase = self.when(period)
        verb = self.pick("revenue_verbs")
        quote = self.t("revenue", verb=verb, figure=self.write.money(amount), phrase=phrase)
        claim = self.claim(
            (company.name, "revenue", period.start.year), quote, company.name, "revenue",
            amount=amount, when=when,
        )  # fmt: skip
        if verb == "aurait réalisé":
            claim.attributed_to = self.t("conditional")
            claim.comment = "The French conditional: a figure the paper does not vouch for."
        block = Block([f"{self.pick('revenue_lead')}{company.name} {quote}."], [claim])
        if room >= 2 and rng.random() < 0.5:
            year = self.published.year + rng.randrange(2, 6)
            target = self.world.revenue_target(company, year)
            t_when, t_phrase = self.when(year_period(year), future=True)
            t_quote = self.t("revenue_target", figure=self.write.money(target), phrase=t_phrase)
            goal = self.claim(
                (company.name, "revenue_target", year), t_quote, company.name, "revenue",
                amount=target, when=t_when, kind="target",
            )  # fmt: skip
            block.sentences.append(self.t("revenue_hope", quote=t_quote))
            block.claims.append(goal)
            if period.kind == "year" and amount.interval()[1] * 2 < target.interval()[0]:
                expression = f"{claim.id} * 2 < {goal.id}"
                self.expect(block, (company.name, "revenue_below_target"), expression)
        return block

    def t_staff(self, room: int) -> Block | None:
        """Staff (``~90 person``) and, with room, a jobs target (``300 to 500 person``)."""
        rng, company, day = self.rng, self.company(), self.published
        if rng.random() < 0.5:  # the present tense: the month of publication
            period = months(day.year, day.month, day.month, "month")
        else:
            period = past_period(rng, day, ["year", "part"])
        amount = self.world.staff(company, period)
        when, _ = self.when(period)
        quote = self.t("staff", count=self.write.count(amount, self.pick("staff_nouns")))
        staff = self.claim(
            (company.name, "staff", period.start.year), quote, company.name, "staff",
            amount=amount, when=when,
        )  # fmt: skip
        if amount.hedge == "~" and rng.random() < 0.3:
            staff.comment = self.t("about")
        block = Block([self.t("staff_sentence", company=company.name, quote=quote)], [staff])
        if room >= 2 and rng.random() < 0.5:
            year = day.year + rng.randrange(1, 5)
            target = self.world.jobs_target(company, year)
            t_when, t_phrase = self.when(year_period(year), future=True)
            t_quote = self.t("jobs", count=self.write.count(target, self.t("jobs_noun")))
            jobs = self.claim(
                (company.name, "direct_jobs", year), t_quote, company.name, "direct_jobs",
                amount=target, when=t_when, kind="target",
            )  # fmt: skip
            block.sentences.append(self.t("jobs_sentence", phrase=t_phrase, quote=t_quote))
            block.claims.append(jobs)
            if amount.interval()[1] < target.interval()[0]:
                self.expect(block, (company.name, "staff_below_target"), f"{staff.id} < {jobs.id}")
        return block

    def t_contract(self, room: int) -> Block | None:
        """A contract: its value (``un million d'euros``), duration, renewable (no value)."""
        rng, company = self.rng, self.company()
        client = self.world.rng("client", company.name).choice(CLIENTS[self.lang])  # one each
        subject = self.t("contract", company=company.name, client=client)
        value, duration = self.world.contract(subject)
        plural = "s" if duration.figure > 1 else ""
        d_quote = self.t("duration", years=self.write.number(duration.figure), s=plural)
        v_quote = self.t("worth", figure=self.write.money(value))
        sentence = self.t(
            "contract_sentence", company=company.name, client=client, duration=d_quote,
            worth=v_quote,
        )  # fmt: skip
        speaker = self.t("head_of", person=rng.choice(self.world.people), company=company.name)
        said = {"attributed_to": speaker, "cites": rng.choice([None, None, rng.choice(AGENCIES)])}
        claims = [
            self.claim((subject, "value"), v_quote, subject, "contract_value", amount=value,
                       **said),
            self.claim((subject, "duration"), d_quote, subject, "duration", amount=duration,
                       **said),
            self.claim((subject, "renewable"), d_quote, subject, "renewable"),
        ]  # fmt: skip
        return Block([sentence], claims[:room])

    def t_survey(self, room: int) -> Block | None:
        """A survey wave: respondents, then percentages (and a count) ``of:`` them, GRIM-valid."""
        rng = self.rng
        if room < 3:
            return None
        who, topic = rng.choice(SURVEY_TOPICS[self.lang])
        institute = rng.choice(INSTITUTES)
        period = past_period(rng, self.published, ["month"])
        year = period.start.year
        # a recurring poll: one subject, a new wave (and new figures) every month
        subject = self.t("survey", institute=institute, topic=topic)
        big = self.world.rng("survey-size", subject).random() < 0.3
        n, answers = self.world.survey(f"{subject}|{period.key}", big)
        when, phrase = self.when(period)
        n_text = fmt_number(Decimal(n), self.lang)
        asked = self.t("asked", n=n_text, who=who)
        respondents = self.claim(
            (institute, "respondents", year), asked, subject, "respondents",
            amount=Amount(Decimal(n)), when=when,
        )  # fmt: skip
        claims, places = [respondents], 0 if n < 100 or rng.random() < 0.5 else 1
        for (answer, verb), k in list(zip(ANSWERS[self.lang], answers))[: room - 1]:  # noqa: B905
            share = round_places(Fraction(100 * k, n), places)
            claims.append(self.claim(
                (institute, "answer", answer, year), f"{self.write.percent(share)} {verb}",
                subject, "answer_share", qualifiers={"answer": answer}, amount=Amount(share, "%"),
                of=respondents.id, when=when,
            ))  # fmt: skip
        pieces = ", ".join(c.quote for c in claims[1:])
        sentence = self.t(
            "survey_sentence", subject=subject, phrase=phrase, asked=asked, answers=pieces
        )
        block = Block([sentence], claims)
        if room > len(claims) and not big:
            quote = self.t("out_of", k=answers[0], who=who, n=n_text)
            block.sentences.append(self.t("that_is", quote=quote))
            block.claims.append(self.claim(
                (institute, "answer_count", year), quote, subject, "answer_count",
                qualifiers={"answer": ANSWERS[self.lang][0][0]}, amount=Amount(Decimal(answers[0])),
                of=respondents.id, when=when,
            ))  # fmt: skip
        return block

    def t_rank(self, room: int) -> Block | None:
        """A rank among EU member states, with a bounds check."""
        place, criterion = self.pick("rank_places"), self.pick("criteria")
        year = self.published.year - self.rng.choice([1, 1, 2])
        among = 28 if year < 2020 else 27
        n = int(self.world.rank(place, criterion, year, among).figure)
        if self.lang == "fr":
            quote = f"à la {n}{'re' if n == 1 else 'e'} place"
            named = ("la " if place in ("France", "Pologne") else "l'") + place
        else:
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            quote, named = f"in {n}{suffix} place", place
        claim = self.claim(
            (place, "rank", criterion, year), quote, place, "rank",
            qualifiers={"among": self.t("among"), "criterion": criterion},
            amount=Amount(Decimal(n)), when=str(year),
        )  # fmt: skip
        sentence = self.t("rank_sentence", year=year, criterion=criterion, place=named, quote=quote)
        block = Block([sentence], [claim])
        if self.rng.random() < 0.6:
            expression = f"{claim.id} >= 1 and {claim.id} <= {among}"
            self.expect(block, (place, "rank_within", among), expression)
        return block

    def t_rates(self, room: int) -> Block | None:
        """Unemployment rates of two places over one period, and a comparison check."""
        rng = self.rng
        if room < 2:
            return None
        a, b = rng.sample(PLACES, 2)
        period = past_period(rng, self.published, ["quarter", "quarter", "year", "part"])
        when, phrase = self.when(period)
        claims = []
        for place, lead in ((a, "rate"), (b, "against")):
            exact = self.world.unemployment(place, period)
            figure = round_places(exact, 1 if rng.random() < 0.8 else 0)  # a coarser report
            quote = self.t(lead, figure=self.write.percent(figure))
            claims.append(self.claim(
                (place, "unemployment", period.start.year), quote, place, "unemployment_rate",
                amount=Amount(figure, "%"), when=when,
            ))  # fmt: skip
        first, second = claims[0].quote, claims[1].quote
        sentence = self.t("rates_sentence", phrase=phrase, a=a, b=b, first=first, second=second)
        block = Block([sentence], claims)
        (lo_a, hi_a), (lo_b, hi_b) = (c.amount.interval() for c in claims if c.amount)
        if hi_a < lo_b or hi_b < lo_a:
            op = "<" if hi_a < lo_b else ">"
            self.expect(block, (a, "vs", b), f"{claims[0].id} {op} {claims[1].id}")
        return block

    def t_population(self, room: int) -> Block | None:
        """Inhabitants of a place (``2,3 million person``)."""
        place = self.rng.choice(PLACES)
        year = self.published.year - self.rng.choice([1, 2, 3])
        amount = self.world.population(place, year)
        quote = self.t("inhabitants", count=self.write.count(amount, self.t("inhabitants_noun")))
        claim = self.claim(
            (place, "population", year), quote, place, "population", amount=amount,
            when=str(year), cites=self.rng.choice([None, self.t("statistics")]),
        )  # fmt: skip
        return Block([self.t("in_year", year=year, place=place, quote=quote)], [claim])

    def t_turnout(self, room: int) -> Block | None:
        """Turnout of a past election, dated to its day (a weekday to check)."""
        past = [e for e in ELECTIONS if e[0] < self.published]
        if not past:
            return None
        day, name_fr, name_en = self.rng.choice(past)
        subject = f"{name_fr if self.lang == 'fr' else name_en} ({self.rng.choice(PLACES)})"
        amount = self.world.turnout(subject)
        when = self.t(
            "election_day", weekday=WEEKDAYS[self.lang][day.weekday()], day=day.day,
            month=MONTHS[self.lang][day.month - 1], year=day.year,
        )  # fmt: skip
        quote = self.t("turnout", figure=self.write.percent(amount.figure))
        claim = self.claim(
            (subject, "turnout"), quote, subject, "turnout", amount=amount, when=when
        )
        return Block([self.t("turnout_sentence", subject=subject, when=when, quote=quote)], [claim])

    def t_timeline(self, room: int) -> Block | None:
        """Events without a value (launched, announced) and an ``order`` check."""
        rng, company, published = self.rng, self.company(), self.published
        year, month = company.founded.year, company.founded.month
        founded = months(year, month, month, "month")
        if room < 2 or founded.end >= published - dt.timedelta(days=40):
            return None
        first = max(dt.date(published.year, 1, 1), published - dt.timedelta(days=30))
        day = first + dt.timedelta(days=rng.randrange((published - first).days + 1))
        launch_when, launch_phrase = self.when(founded)
        news_when, news_phrase = self.when(day_period(day))
        what = self.pick("news_what")
        launch = self.t("launched", company=company.name, phrase=launch_phrase)
        news = self.t("announced", company=company.name, phrase=news_phrase, what=what)
        claims = [
            self.claim((company.name, "launch"), launch, company.name, "launched",
                       when=launch_when),
            self.claim(
                (company.name, "announced", day.isoformat()), news, company.name, "announced",
                qualifiers={"what": what}, when=news_when,
            ),
        ]  # fmt: skip
        block = Block([news + ".", launch + "."], claims)
        order = f"order: [{claims[0].id}, {claims[1].id}]"
        block.checks.append((self.new_id(company.name, "timeline"), order))
        return block

    def t_forecast(self, room: int) -> Block | None:
        """An analyst's forecast of a market's size (a forecast is its author's)."""
        rng = self.rng
        market, analyst = rng.choice(MARKETS[self.lang]), rng.choice(ANALYSTS)
        year = self.published.year + rng.randrange(1, 6)
        currencies = ["EUR"] if self.lang == "fr" else ["EUR", "USD", "GBP"]
        currency = self.world.rng("market-currency", market).choice(currencies)
        values = self.world.rng("market-size", market, year, analyst)
        amount = money(10 ** values.uniform(8.3, 10.8), currency, values, hedges=False)
        when, phrase = self.when(year_period(year), future=True)
        quote = self.t("forecast", figure=self.write.money(amount), phrase=phrase)
        claim = self.claim(
            (market, "size", year, analyst), quote, market, "market_size", amount=amount,
            when=when, kind="forecast", attributed_to=analyst,
        )  # fmt: skip
        sentence = self.t("forecast_sentence", analyst=analyst, market=market, quote=quote)
        return Block([sentence], [claim])

    def t_plain(self, room: int) -> Block | None:
        """A statement without a value: a role, an ambition, an opinion."""
        rng, company = self.rng, self.company()
        name, roll = company.name, rng.random()
        if roll < 0.4:
            person, role = rng.choice(self.world.people), self.pick("roles")
            quote = self.t("position", person=person, role=role, company=name)
            claim = self.claim(
                (person, "position"), quote, person, "position",
                qualifiers={"role": role, "organisation": name},
            )  # fmt: skip
            return Block([self.t("position_sentence", quote=quote)], [claim])
        if roll < 0.7:
            ambition = self.t("ambition")
            quote = self.t("aim", ambition=ambition)
            claim = self.claim(
                (name, "ambition"), quote, name, "stated_ambition",
                qualifiers={"ambition": ambition}, kind="target",
            )  # fmt: skip
            return Block([self.t("aim_sentence", company=name, quote=quote)], [claim])
        quote = self.t("struggles")
        prop = "falls_short_of_ambitions"
        claim = self.claim((name, "falls_short"), quote, name, prop, kind="opinion")
        return Block([self.t("struggles_sentence", company=name, quote=quote)], [claim])

    def t_repeat(self, room: int) -> Block | None:
        """The same fact told twice in one article (a teaser repeated in the body)."""
        singles = [b for b in self.blocks if len(b.claims) == 1 and b.claims[0].amount is not None]
        if not singles:
            return None
        block = self.rng.choice(singles)
        original = block.claims[0]
        copy = Claim(**{**vars(original), "id": self.new_id(original.id.rsplit("_", 1)[0], "body")})
        copy.comment = "The teaser's figure repeated in the body: the same fact, which must agree."
        return Block([self.t("reminder") + block.sentences[0]], [copy])

    # the file ---------------------------------------------------------------------------------

    def build(self) -> tuple[str, str]:
        """The claim file's YAML and the article's text."""
        names = list(self.TEMPLATES)
        weights = list(itertools.accumulate(self.TEMPLATES.values()))
        first = list(self.FIRST)
        self.rng.shuffle(first)
        count = failures = 0
        while count < self.target:
            if failures > 20:  # a tight spot: one-claim templates always fit
                name = "t_plain" if failures % 2 else "t_population"
            elif first:
                name = first.pop()
            else:
                name = names[bisect.bisect(weights, self.rng.random() * weights[-1])]
            block: Block | None = getattr(self, name)(self.target - count)
            if block is None or not block.claims or count + len(block.claims) > self.target:
                failures += 1
                continue
            failures = 0
            self.blocks.append(block)
            count += len(block.claims)
        text = self._text()
        return self._yaml(len(_WORD.findall(text))), text

    def _text(self) -> str:
        rng, day = self.rng, self.published
        byline = self.t(
            "byline", person=rng.choice(self.world.people), publisher=self.publisher, day=day.day,
            month=MONTHS[self.lang][day.month - 1], year=day.year,
        )  # fmt: skip
        paragraphs, current = [self.title, byline], []
        for block in self.blocks:
            current += block.sentences
            current += [rng.choice(FILLERS[self.lang]) for _ in range(rng.choice([0, 0, 1, 1, 2]))]
            if len(current) >= rng.choice([3, 4, 5]):
                paragraphs.append(" ".join(current))
                current = []
        if current:
            paragraphs.append(" ".join(current))
        return "\n\n".join(paragraphs) + "\n"

    def _yaml(self, words: int) -> str:
        rng, day = self.rng, self.published
        name = self.stem.split("/")[-1]
        page = f"{slug(self.title, 60)}-{400000 + self.index}".replace("_", "-")
        url = f"https://{PUBLISHERS[self.lang][self.publisher]}/{page}.html"
        out = [
            f'# Claims made by {self.publisher}, {day}: "{self.title}".',
            "# Synthetic benchmark corpus (benchmarks/generate.py): quotes are copied from",
            f"# {name}.txt, values and dates written as the article writes them.",
            "",
            "source:",
            f"  id: {slug(self.publisher, 16)}_{day.year}_{day.month:02d}_{day.day:02d}_{self.tag}",
            f"  title: {scalar(self.title)}",
            f"  publisher: {scalar(self.publisher)}",
            f"  url: {url}",
            f"  published: {day}",
            f"  language: {self.lang}",
        ]
        if rng.random() < 0.5:  # the length the publisher states, give or take the headline
            stated = words if rng.random() < 0.5 else round(words * rng.uniform(0.95, 1.05))
            out.append(f"  word_count: {stated}")
        out += [f"  text: {name}.txt", "", "claims:"]
        for block in self.blocks:
            for claim in block.claims:
                out += self._claim(claim)
        checks = [check for block in self.blocks for check in block.checks]
        if checks:
            out += ["", "checks:"]
            for check_id, body in checks:
                out += [f"  - id: {check_id}", f"    {body}"]
        return "\n".join(out) + "\n"

    def _claim(self, claim: Claim) -> Iterator[str]:
        rng = self.rng
        yield ""
        comment = claim.comment or (rng.choice(COMMENTS) if rng.random() < 0.5 else None)
        if comment:
            yield from (f"  # {line}" for line in comment.split("\n"))
        yield f"  - id: {claim.id}"
        yield f"    quote: {quoted(claim.quote)}"
        yield f"    subject: {scalar(claim.subject)}"
        yield f"    property: {claim.property}"
        if claim.qualifiers:
            items = ", ".join(f"{k}: {scalar(v, flow=True)}" for k, v in claim.qualifiers.items())
            yield f"    qualifiers: {{{items}}}"
        if claim.amount is not None:
            yield f"    value: {quoted(claim.amount.yaml(self.lang, plural=rng.random() < 0.5))}"
        if claim.of:
            yield f"    of: {claim.of}"
        if claim.when:  # years are quoted, or YAML would read them as integers
            when = quoted(claim.when) if claim.when[0].isdigit() else scalar(claim.when)
            yield f"    when: {when}"
        if claim.kind != "fact" or rng.random() < 0.7:
            yield f"    kind: {claim.kind}"
        if claim.attributed_to:
            yield f"    attributed_to: {scalar(claim.attributed_to)}"
        if claim.cites:
            yield f"    cites: {scalar(claim.cites)}"
        if rng.random() < 0.12:
            yield f"    note: {quoted(rng.choice(NOTES[self.lang]))}"
        if claim.amount is not None and rng.random() < 0.35:
            yield from self._review(claim)

    def _review(self, claim: Claim) -> Iterator[str]:
        """A desk's verdict, as ``factcheck review`` records it."""
        rng = self.rng
        verdict = rng.choice(["verified", "verified", "verified", "unverified", "disputed"])
        reviewed = min(LAST_REVIEW, self.published + dt.timedelta(days=rng.randrange(1, 400)))
        page = slug(claim.subject, 30).replace("_", "-")
        yield f"    status: {verdict}"
        yield "    reviews:"
        yield f"      - date: {reviewed}"
        yield "        by: desk"
        yield f"        verdict: {verdict}"
        yield "        evidence:"
        for host in rng.sample(EVIDENCE_HOSTS, rng.choice([1, 2, 2, 3])):
            yield f"          - https://{host}/{page}/{rng.randrange(10**6)}"
        yield f"        note: {quoted(REVIEW_NOTES[self.lang][verdict].format(s=claim.subject))}"
        yield f"        quote_fingerprint: {fingerprint(claim.quote)}"


# --- the corpus -----------------------------------------------------------------------------


def quotas(claims: int, files: int) -> list[int]:
    """How many claims each file gets: as even as possible, at least one each."""
    files = max(1, min(files, claims))
    base, extra = divmod(claims, files)
    return [base + (1 if i < extra else 0) for i in range(files)]


def generate(out: Path, claims: int, files: int, seed: int = 1) -> dict[str, object]:
    """Write the corpus into ``out`` and return its manifest (also written to MANIFEST.json)."""
    world = World(seed, claims)
    counts: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    properties: Counter[str] = Counter()
    facts: Counter[tuple[str, ...]] = Counter()
    subjects: set[str] = set()
    values: set[str] = set()
    whens: set[str] = set()
    for index, quota in enumerate(quotas(claims, files)):
        maker = FileMaker(world, index, quota)
        yaml_text, article = maker.build()
        path = out / f"{maker.stem}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml_text, encoding="utf-8")
        path.with_suffix(".txt").write_text(article, encoding="utf-8")
        counts.update(files=1, bytes=len(yaml_text.encode()))
        languages[maker.lang] += 1
        for block in maker.blocks:
            counts["checks"] += len(block.checks)
            for claim in block.claims:
                counts["claims"] += 1
                properties[claim.property] += 1
                subjects.add(claim.subject)
                whens.add(claim.when or "")
                if claim.amount is not None:
                    values.add(claim.amount.yaml(maker.lang))
                    qualifiers = repr(sorted(claim.qualifiers.items()))
                    key = (claim.kind, claim.subject, claim.property, qualifiers, claim.when or "")
                    facts[key] += 1
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "claims": counts["claims"],
        "files": counts["files"],
        "checks": counts["checks"],
        "bytes": counts["bytes"],
        "bytes_per_claim": round(counts["bytes"] / max(counts["claims"], 1)),
        "languages": dict(languages),
        "distinct_subjects": len(subjects),
        "distinct_values": len(values),
        "distinct_whens": len(whens - {""}),
        "facts_reported_more_than_once": sum(1 for n in facts.values() if n > 1),
        "properties": dict(properties.most_common()),
    }
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``generate.py OUT_DIR --claims N --files M [--seed S]``."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the corpus into")
    parser.add_argument("--claims", type=int, default=100_000, help="claims in all (100000)")
    parser.add_argument("--files", type=int, default=2000, help="claim files (2000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (1)")
    args = parser.parse_args(argv)
    if args.claims < 1 or args.files < 1:
        parser.error("--claims and --files must be at least 1")
    print(json.dumps(generate(args.out, args.claims, args.files, args.seed), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
