"""contains_quote answers as find_quote does, a verbatim quote needs no normalising, and
count_words counts what the word regex finds."""

from __future__ import annotations

import re

from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.text import WORD, contains_quote, count_words, find_quote, nearest_passage
from tests.conftest import cuts_a_number

# Letters, the folded typography and every kind of space the normalisation knows about.
TYPOGRAPHY = st.text(
    alphabet=st.sampled_from(list("ab1 ,.'\"«»“”’–\n\t\r\u00a0\u202f\u2009")), max_size=40
)


@given(TYPOGRAPHY, TYPOGRAPHY)
def test_contains_quote_is_find_quote(quote: str, text: str) -> None:
    assert contains_quote(quote, text) == (find_quote(quote, text) >= 0)


@given(TYPOGRAPHY, st.integers(0, 40), st.integers(0, 40))
def test_a_verbatim_piece_is_found_once_normalised(text: str, start: int, length: int) -> None:
    quote = text[start : start + length]
    assume(not cuts_a_number(text, start, start + length))  # another figure: not found
    assert find_quote(quote, text) >= 0
    assert contains_quote(quote, text)


def test_a_figure_at_an_edge_is_not_found_inside_a_longer_number() -> None:
    assert contains_quote("12 %", "soit 12 % des")
    assert not contains_quote("12 %", "soit 4,12 % des")
    assert not contains_quote("de 12", "de 125 salariés")
    # "²" is a digit to isdigit, not to the regex \d: the edges are tested as find_quote does
    assert not contains_quote("a²", "a²5") and find_quote("a²", "a²5") < 0


def test_typography_still_matches() -> None:
    text = "Il a dit\u00a0: « le  cloud » et l’opérateur"
    assert contains_quote('dit : "le cloud" et l\'opérateur', text)
    assert not contains_quote("le nuage", text)


# Word characters of several scripts, the joiners, underscores, punctuation, every space.
WORDY = st.text(
    alphabet=st.sampled_from(list("aé1٣_'’-.,;(%€ \n\t\u00a0\u202f\u2009\u3000\x1c")), max_size=60
)


@given(WORDY)
def test_count_words_is_the_regex_count(text: str) -> None:
    assert count_words(text) == len(WORD.findall(text))


def test_no_whitespace_is_a_word_character() -> None:
    # count_words splits texts on whitespace before looking for words in the chunks
    blanks = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    assert not [blank for blank in blanks if re.fullmatch(r"[\w'’\-]", blank)]


def test_the_nearest_passage_shows_where_a_mistyped_quote_parts_from_the_text() -> None:
    text = "Le groupe a annoncé lundi 27 juillet un contrat. Le cœur du dossier reste le prix."
    assert nearest_passage("Le coeur du dossier reste", text) == (
        "Le coeur du dossier reste",
        "Le cœur du dossier reste",
    )
    assert nearest_passage("soit 0,1% de hausse", "Les prix, soit 0,1 % de hausse.") == (
        "soit 0,1% de hausse",
        "soit 0,1 % de hausse",
    )
    assert nearest_passage("rien à voir avec le texte", text) is None


@given(st.text(alphabet="abcdefgh ", min_size=30, max_size=200), st.data())
def test_a_quote_one_letter_off_is_shown_beside_its_passage(text: str, data: st.DataObject) -> None:
    folded = " ".join(text.split())
    assume(len(folded) >= 30)
    start = data.draw(st.integers(0, len(folded) - 20))
    quote = folded[start : start + 20].strip()
    at = data.draw(st.integers(0, len(quote) - 1))
    assume(quote[at] != " ")
    mistyped = quote[:at] + "z" + quote[at + 1 :]
    near = nearest_passage(mistyped, folded)
    assume(near is not None)  # a quote of short repeated words may anchor elsewhere
    shown, passage = near
    assert "z" in shown and "z" not in passage
