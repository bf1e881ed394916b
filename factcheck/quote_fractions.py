"""The proportions a quote writes in words: "un Français sur cinq", "two thirds", "la moitié".

figure-in-quote finds a value in percent in them: "un sur cinq" is 20 %. They are read
in French and in English, the languages whose scale words the rule reads:

- "X sur Y", "X in Y", "X out of Y", with at most :data:`MAX_WORDS_BETWEEN` words
  between X and the connector ("un salarié français sur cinq", "one adult in five"),
  X and Y whole numbers from 1 to :data:`MAX_WHOLE`, X no more than Y, in digits or in
  words ("neuf sur dix", "vingt-cinq sur cent", "3 out of 4", "one in a hundred");
- a number or an article and a fraction word: "un tiers", "deux tiers", "trois quarts",
  "un cinquième", "a third", "two-thirds", "three quarters", "a fifth", "one tenth";
- in French, the definite article and a fraction word, where a share is written: "le
  quart du capital", "le tiers des voix", "plus du tiers", "le cinquième du chiffre
  d'affaires", "la famille Dumas le tiers" (the fraction word before "de", "du", "des"
  or at the end of a clause), but not an ordinal ("le cinquième trimestre"), "le quart
  d'heure", "le quart de finale", "le tiers-monde" nor "le tiers payant";
- a half: "la moitié", "half", "une demie" (but not "demi-finale", "half-time").

"The majority" and ordinals ("the third largest") are not proportions.

The numbers are those :func:`factcheck.extract_figures.find_numbers` finds: digits as
the language writes them, words as text2num reads them ("vingt-cinq" is 25, not 5;
"vingt et un", "a hundred and twenty"), with their scale ("un sur un million" is not "un
sur un"; "un sur mille" is). It reads hyphens between words as spaces, and fraction
words are hidden from it ("one hundredth" is one and a hundredth, not the 100th). A
number with a scale word or another number after it ("2 millions", "5 cents"), not
whole ("1,5"), or an ordinal ("troisième") is no part nor whole. This module reads only
what stands around the numbers, once, left to right: each word is looked at a bounded
number of times.

:func:`rate_bases` reads the base of a rate: "1,4 pour 100 000 habitants" is per 100 000,
"2.1 per 1,000", "per 100k", "pour mille", "per million", "pour un million" too.
"""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from factcheck.extract_figures import Number, find_numbers
from factcheck.extract_words import words_for
from factcheck.values import scale_words

#: The most words between the two numbers of "un salarié français sur cinq" ("salarié
#: français"): a proportion is written in a few words, not across a sentence.
MAX_WORDS_BETWEEN = 3
#: The largest whole of "X sur Y": "un sur mille", but not "300 people in 2015".
MAX_WHOLE = 1000

#: Articles that stand for one before a fraction word ("a third"), and before a number
#: of a hundred or more after a connector ("one in a hundred").
_ARTICLES = {"fr": frozenset(), "en": frozenset({"a", "an"})}
#: Fraction words and the whole they divide by. In French a third and a quarter are
#: "tiers" and "quart", never "troisième" or "quatrième" (ordinals).
_FRACTIONS: dict[str, dict[str, int]] = {
    "fr": {
        "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5,
        "sixième": 6, "sixièmes": 6, "septième": 7, "septièmes": 7, "huitième": 8,
        "huitièmes": 8, "neuvième": 9, "neuvièmes": 9, "dixième": 10, "dixièmes": 10,
        "centième": 100, "centièmes": 100, "millième": 1000, "millièmes": 1000,
    },
    "en": {
        "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
        "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
        "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
    },
}  # fmt: skip
#: French definite articles that stand for one before a fraction word when a share
#: follows ("le quart du capital", "plus du tiers", "au quart"): the singular fraction
#: words only ("les tiers" are third parties).
_DEFINITE = {"fr": frozenset({"le", "du", "au"}), "en": frozenset()}
_DEFINITE_FRACTIONS = frozenset(
    {"tiers", "quart", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"}
    | {"centième", "millième"}
)
#: What may follow such a fraction: "de", "du", "des", "d'" (then a noun), or nothing.
_OF = frozenset({"de", "du", "des", "d"})
#: Nouns after "de" that make a fraction word no share: "le quart d'heure", "le quart de
#: finale", "le quart de siècle", "le tiers de confiance".
_NOT_SHARES_OF = frozenset({"heure", "heures", "finale", "finales", "siècle", "confiance"})
#: A half whatever comes before it ("la moitié", "half of"), and a half when no hyphen
#: follows it ("une demie", but not "demi-finale" nor "half-time").
_HALVES = {"fr": frozenset({"moitié"}), "en": frozenset()}
_HALVES_ALONE = {"fr": frozenset({"demi", "demie"}), "en": frozenset({"half"})}
#: The word between the part and the whole: "sur", "in"; and "out" when "of" follows.
_CONNECTORS = {"fr": frozenset({"sur"}), "en": frozenset({"in", "out"})}
#: A word that may follow the connector: "one out of every five".
_EVERY = {"fr": frozenset(), "en": frozenset({"every"})}

#: The quote's tokens: words, runs of digits, any other mark (a hyphen joins, the others
#: break a proportion).
_TOKEN = re.compile(r"([^\W\d_]+)|(-)|\d+|\S")
#: A hyphen between letters: text2num reads "vingt cinq" and "two thirds" word by word.
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
#: What follows a number: a scale word ("2 millions") or another number ("5 cents") makes
#: it no small number.
_AFTER = re.compile(r"[\s-]*([^\W\d_]*)")
_HALF = Fraction(50)


class _Number(NamedTuple):
    """A number of the quote: a whole from 0 to MAX_WHOLE, or None for any other."""

    whole: int | None
    words: bool  # written in words


class _Word(NamedTuple):
    """A word of the quote, lowercased, and whether a hyphen follows it."""

    text: str
    hyphen_after: bool


_BREAK = None  # punctuation: no proportion reaches across it
_Item = _Number | _Word | None


@lru_cache(maxsize=8192)
def proportions(quote: str, language: str) -> frozenset[Fraction]:
    """The proportions the quote writes in words, as percentages: 20 for "un sur cinq"."""
    code = language.split("_")[0].split("-")[0].lower()
    if code not in _CONNECTORS:
        return frozenset()
    items = _items(unicodedata.normalize("NFC", quote).lower(), code)
    return frozenset(_read(items, code))


def _read(items: list[_Item], code: str) -> list[Fraction]:
    """The proportions of the quote's items (one pass, each item looked at a few times)."""
    fractions, halves, halves_alone = _FRACTIONS[code], _HALVES[code], _HALVES_ALONE[code]
    connectors, articles, definite = _CONNECTORS[code], _ARTICLES[code], _DEFINITE[code]
    found: list[Fraction] = []
    part: int | None = None  # the last number, while a proportion may start at it
    words = 0  # the words since that number
    for index, item in enumerate(items):
        if item is None:
            part = None
        elif isinstance(item, _Number):
            part, words = item.whole, 0
        else:
            text = item.text
            if text in connectors and part is not None and words <= MAX_WORDS_BETWEEN:
                whole = _whole_after(items, index, code)
                if whole is not None and 1 <= part <= whole:
                    found.append(Fraction(100 * part, whole))
            elif text in fractions:
                before = items[index - 1] if index else None
                share = None
                if isinstance(before, _Number):
                    share = before.whole
                elif isinstance(before, _Word) and before.text in articles:
                    share = 1
                elif (
                    isinstance(before, _Word)
                    and before.text in definite
                    and text in _DEFINITE_FRACTIONS
                    and not item.hyphen_after
                    and _a_share_follows(items, index + 1)
                ):
                    share = 1  # "le quart du capital"
                parts = fractions[text]
                if share is not None and 1 <= share <= parts:
                    found.append(Fraction(100 * share, parts))
            elif text in halves or (text in halves_alone and not item.hyphen_after):
                found.append(_HALF)
            words += 1
    return found


def _a_share_follows(items: list[_Item], index: int) -> bool:
    """Tell whether a share's "of" or the clause's end is at ``index``: "le quart du capital".

    Not a noun ("le cinquième trimestre" is an ordinal, "le tiers payant" a third party),
    nor "de" before a noun that makes it a unit or a name ("le quart d'heure", "le quart
    de finale").
    """
    after = items[index] if index < len(items) else None
    if after is None:  # "la famille Dumas le tiers", "le quart, et"
        return True
    if not isinstance(after, _Word) or after.text not in _OF:
        return False
    index += 1
    if after.text == "d" and index < len(items) and items[index] is None:  # "d'heure"
        index += 1
    noun = items[index] if index < len(items) else None
    return not (isinstance(noun, _Word) and noun.text in _NOT_SHARES_OF)


def _whole_after(items: list[_Item], index: int, code: str) -> int | None:
    """The whole of "X sur Y" whose connector is the item at ``index``, or None."""
    following = index + 1
    connector = items[index]
    if isinstance(connector, _Word) and connector.text == "out":  # "out of"
        of = items[following] if following < len(items) else None
        if not (isinstance(of, _Word) and of.text == "of"):
            return None
        following += 1
    word = items[following] if following < len(items) else None
    if isinstance(word, _Word) and word.text in _EVERY[code]:
        following += 1
        word = items[following] if following < len(items) else None
    article = isinstance(word, _Word) and word.text in _ARTICLES[code]  # "one in a hundred"
    if article:
        following += 1
    whole = items[following] if following < len(items) else None
    if not isinstance(whole, _Number) or not whole.whole:
        return None
    if article and not (whole.words and whole.whole >= 100):  # not "one in a five-star hotel"
        return None
    return whole.whole


def _items(text: str, code: str) -> list[_Item]:
    """The quote as numbers (as :func:`find_numbers` reads them), words and breaks."""
    words, fractions = words_for(code), _FRACTIONS[code]
    # Fraction words are hidden from text2num ("one hundredth" is one and a fraction word,
    # not the 100th), and hyphens between words left out ("vingt cinq", "two thirds").
    masked = _WORD.sub(
        lambda word: "¤" * len(word[0]) if word[0] in fractions else word[0],
        _HYPHEN.sub(" ", text),
    )
    numbers = [n for n in find_numbers(masked, code, words) if not n.ordinal]  # "troisième"
    scales = scale_words(code)
    scale_words_after = words.scales.keys() | words.scale_abbreviations.keys()
    items: list[_Item] = []
    following = 0  # the first number not passed yet
    added = -1  # the last number added to the items
    for token in _TOKEN.finditer(text):
        start = token.start()
        while following < len(numbers) and numbers[following].end <= start:
            following += 1
        if following < len(numbers) and numbers[following].start <= start:
            if added != following:  # the number's first token; the others are in it
                number, added = numbers[following], following
                after = numbers[following + 1].start if following + 1 < len(numbers) else None
                whole = _whole(number, text, after, scales, scale_words_after)
                items.append(_Number(whole, number.words))
            continue
        word, hyphen = token.group(1), token.group(2)
        if hyphen:
            continue  # "two-thirds": a hyphen joins, it breaks nothing
        if word is not None:
            items.append(_Word(word, text[token.end() : token.end() + 1] == "-"))
        elif token.group().isdecimal():
            items.append(_Number(None, False))  # digits that are no number: "4G", "A320"
        else:
            items.append(_BREAK)
    return items


def _whole(
    number: Number, text: str, next_start: int | None, scales: dict[str, int], after: set[str]
) -> int | None:
    """The whole a number stands for, if from 0 to MAX_WHOLE: not "1,5" nor "2 millions".

    ``next_start`` is where the next number starts: "5 cents" is no 5.
    """
    amount = number.figure
    if number.scale:  # "mille" is 1000; "un million" is too many
        amount = amount.scaleb(scales[number.scale])
    if amount != amount.to_integral_value() or not 0 <= amount <= MAX_WHOLE:
        return None
    word = _AFTER.match(text, number.end)
    if word and (word.start(1) == next_start or word.group(1) in after):  # "2 millions"
        return None
    return int(amount)


#: The base of a rate, after "pour", "per", "par": in digits ("pour 100 000", "per
#: 1,000", "per 100k") or in words ("pour mille", "per thousand", "pour un million", "per
#: hundred thousand", "pour cent mille"). Not "pour cent", "per cent": a percentage.
_RATE_BASE = re.compile(
    r"(?<![^\W\d_])(?:pour|per)[ \u00a0\u202f]+(?:(?:un|une|a|one)[ \u00a0\u202f]+)?"
    r"(?:(?P<n>\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+|\d+)(?![.,]\d)"
    r"(?:[ \u00a0\u202f]*(?P<k>k|mille|thousand|million|millions)(?![^\W\d_]))?"
    r"|(?P<w>(?:(?:dix|cent|ten|a[ \u00a0]+hundred|one[ \u00a0]+hundred|hundred)"
    r"[ \u00a0\u202f]+)?(?:mille|thousand)|million))(?![^\W\d_])",
    re.IGNORECASE,
)
_BASE_WORDS = {
    "mille": 1000, "thousand": 1000, "k": 1000, "million": 10**6, "millions": 10**6,
    "dix": 10, "ten": 10, "cent": 100, "hundred": 100,
}  # fmt: skip
#: What a quote writing the base of a rate has: most quotes have none.
_RATE_HINT = re.compile(r"(?<![^\W\d_])(?:pour|per)[ \u00a0\u202f]", re.IGNORECASE)
#: The figure a base is of, at most three words before it: "1,4 homicide pour", "2.1 per".
_FIGURE_BEFORE = re.compile(r"\d(?:[ \u00a0\u202f]+[^\W\d_]+){0,3}[ \u00a0\u202f]+$")
#: A year after "pour" ("le taux pour 2025"): no base, unless a noun counts ("pour 2000
#: habitants").
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_AFTER = re.compile(r"[ \u00a0\u202f]+[^\W\d_]{2}")


@lru_cache(maxsize=4096)
def rate_bases(quote: str) -> tuple[tuple[str, int], ...]:
    """The bases of the rates a quote writes, and how: ("pour 10 000", 10000).

    "1,4 pour 10 000 habitants" is a rate per 10 000; "per 100k" per 100 000; "pour un
    million" per 1 000 000. Only a base right after a figure (at most three words between:
    "1,4 homicide pour"); not a decimal ("per 1.5") nor a year ("le taux pour 2025").
    """
    if not _RATE_HINT.search(quote):
        return ()
    found = []
    for match in _RATE_BASE.finditer(quote):
        start = match.start()
        if not _FIGURE_BEFORE.search(quote, max(0, start - 60), start):
            continue
        number = match["n"]
        if number and _A_YEAR.fullmatch(number) and not _WORD_AFTER.match(quote, match.end()):
            continue
        if number:
            base = int(re.sub(r"[ \u00a0\u202f,.]", "", match["n"]))
            if match["k"]:
                base *= _BASE_WORDS[match["k"].lower()]
        else:
            words = match["w"].lower().split()
            base = _BASE_WORDS[words[-1]]
            if len(words) > 1:
                base *= _BASE_WORDS[words[-2]]
        found.append((" ".join(match.group().split()), base))
    return tuple(found)
