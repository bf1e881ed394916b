"""The proportions a quote writes in words: "un Français sur cinq", "two thirds", "la moitié".

figure-in-quote finds a value in percent in them: "un sur cinq" is 20 %. They are read
in French and in English, the languages whose scale words the rule reads:

- "X sur Y", "X in Y", "X out of Y", with at most :data:`MAX_WORDS_BETWEEN` words
  between X and the connector ("un salarié français sur cinq", "one adult in five"),
  X and Y whole numbers from 1 to :data:`MAX_WHOLE`, X no more than Y, in digits or in
  words ("neuf sur dix", "vingt-cinq sur cent", "3 out of 4", "one in a hundred");
- a number or an article and a fraction word: "un tiers", "deux tiers", "trois quarts",
  "un cinquième", "a third", "two-thirds", "three quarters", "a fifth", "one tenth";
- a half: "la moitié", "half", "une demie" (but not "demi-finale", "half-time").

"The majority", "le tiers des" (with no number before it) and ordinals ("the third
largest") are not proportions. The quote is read once, token by token, left to right:
each word is looked at a bounded number of times.
"""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from factcheck.values import ValueSyntaxError, read_number

#: The most words between the two numbers of "un salarié français sur cinq" ("salarié
#: français"): a proportion is written in a few words, not across a sentence.
MAX_WORDS_BETWEEN = 3
#: The largest whole of "X sur Y": "un sur mille", but not "300 people in 2015".
MAX_WHOLE = 1000

#: Number words, as text2num reads them in runs ("vingt-cinq", "a hundred and twenty").
#: Scale words are there so that "un sur un million" is not "un sur un".
_NUMBER_WORDS: dict[str, dict[str, int]] = {
    "fr": {
        "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
        "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
        "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
        "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "cent": 100, "cents": 100, "mille": 1000, "million": 10**6, "millions": 10**6,
        "milliard": 10**9, "milliards": 10**9,
    },
    "en": {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
    },
}  # fmt: skip
#: Words that multiply the number before them: "2 millions" is no small number.
_MULTIPLIERS = frozenset(
    word for table in _NUMBER_WORDS.values() for word, number in table.items() if number >= 100
) | {"bn", "m", "md", "mds", "k"}
#: "et", "and" within a number: "vingt et un", "a hundred and twenty", after these words.
_JOINS: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "fr": ("et", frozenset({"vingt", "trente", "quarante", "cinquante", "soixante"}),
           frozenset({"un", "une", "onze"})),
    "en": ("and", frozenset({"hundred", "thousand"}), frozenset(_NUMBER_WORDS["en"])),
}  # fmt: skip
#: Articles that stand for one: before a fraction word ("a third") or a multiplier ("a hundred").
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
#: A half whatever comes before it ("la moitié", "half of"), and a half when no hyphen
#: follows it ("une demie", but not "demi-finale" nor "half-time").
_HALVES = {"fr": frozenset({"moitié"}), "en": frozenset()}
_HALVES_ALONE = {"fr": frozenset({"demi", "demie"}), "en": frozenset({"half"})}
#: The word between the part and the whole: "sur", "in"; and "out" when "of" follows.
_CONNECTORS = {"fr": frozenset({"sur"}), "en": frozenset({"in", "out"})}
#: A word that may follow the connector: "one out of every five".
_EVERY = {"fr": frozenset(), "en": frozenset({"every"})}

#: The most words of a small number: "one hundred and twenty" has four.
_MAX_RUN = 8
_TOKEN = re.compile(r"(\d+(?:[ \u00a0\u202f.,']\d+)*)|([^\W\d_]+)|(-)|\S")
_HALF = Fraction(50)


class _Number(NamedTuple):
    """A number of the quote: a whole from 0 to MAX_WHOLE, or None for any other."""

    whole: int | None


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
    if code not in _NUMBER_WORDS:
        return frozenset()
    items = _items(unicodedata.normalize("NFC", quote).lower(), code)
    return frozenset(_read(items, code))


def _read(items: list[_Item], code: str) -> list[Fraction]:
    """The proportions of the quote's items (one pass, each item looked at a few times)."""
    fractions, halves, halves_alone = _FRACTIONS[code], _HALVES[code], _HALVES_ALONE[code]
    connectors, articles = _CONNECTORS[code], _ARTICLES[code]
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
                parts = fractions[text]
                if share is not None and 1 <= share <= parts:
                    found.append(Fraction(100 * share, parts))
            elif text in halves or (text in halves_alone and not item.hyphen_after):
                found.append(_HALF)
            words += 1
    return found


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
    whole = items[following] if following < len(items) else None
    return whole.whole if isinstance(whole, _Number) and whole.whole else None


def _items(text: str, code: str) -> list[_Item]:
    """The quote as numbers (runs of number words read as one), words and breaks."""
    numbers, articles = _NUMBER_WORDS[code], _ARTICLES[code]
    join, join_after, join_before = _JOINS[code]
    items: list[_Item] = []
    run: list[str] = []  # the words of a number being read
    tokens = list(_TOKEN.finditer(text))
    for position, token in enumerate(tokens):
        digits, word, hyphen = token.group(1), token.group(2), token.group(3)
        if hyphen:
            continue  # "vingt-cinq", "two-thirds": a hyphen joins, it breaks nothing
        if word is not None and run:
            if word in numbers or (
                word == join and run[-1] in join_after and _next_word(tokens, position, join_before)
            ):
                run.append(word)
                continue
            items.append(_Number(_spelled(" ".join(run), code)))
            run = []
        if word is not None:
            if word in numbers or (word in articles and _next_word(tokens, position, _MULTIPLIERS)):
                run.append("one" if word in articles else word)
                continue
            items.append(_Word(word, text[token.end() : token.end() + 1] == "-"))
        elif digits is not None:
            after = _next_word(tokens, position, _MULTIPLIERS)  # "2 millions": no small number
            items.append(_Number(None if after else _digits(digits, code)))
        else:
            items.append(_BREAK)
    if run:
        items.append(_Number(_spelled(" ".join(run), code)))
    return items


def _next_word(tokens: list[re.Match[str]], position: int, words: frozenset[str]) -> bool:
    """Tell whether the token after ``position`` (past a hyphen) is one of ``words``."""
    for following in tokens[position + 1 : position + 3]:
        if following.group(3):
            continue
        return following.group(2) in words
    return False


@lru_cache(maxsize=1024)
def _spelled(words: str, code: str) -> int | None:
    """The whole a run of number words stands for, if small: "vingt cinq" is 25."""
    from text_to_num import text2num

    if words.count(" ") >= _MAX_RUN:  # "quatre vingt dix neuf" is four: no small number
        return None
    try:
        number = int(text2num(words, code))
    except ValueError:  # "deux trois": no number
        return None
    return number if 0 <= number <= MAX_WHOLE else None


@lru_cache(maxsize=1024)
def _digits(token: str, code: str) -> int | None:
    """The whole a number in digits stands for, if small: not "2,5" nor "2014 1"."""
    try:
        number = read_number(token, code)
    except ValueSyntaxError:
        return None
    if number != number.to_integral_value() or not 0 <= number <= MAX_WHOLE:
        return None
    return int(number)
