"""Quotes found by the normalised matching are placed back in the original text."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.text import (
    find_quote,
    normalise,
    normalise_with_offsets,
    quote_sentence,
    quote_spans,
)
from tests.conftest import CLAIMS, cuts_a_number

SEED_TEXT = (CLAIMS / "latribune-2015-07-27.txt").read_text(encoding="utf-8")

# Letters, the folded typography and every kind of space the normalisation knows about.
TYPOGRAPHY = st.text(
    alphabet=st.sampled_from(list("ab1 ,.'\"«»“”’–\n\t\r\u00a0\u202f\u2009")), max_size=40
)


@given(TYPOGRAPHY)
def test_normalised_text_is_normalise(text: str) -> None:
    normalised, starts, ends = normalise_with_offsets(text)
    assert normalised == normalise(text)
    assert len(starts) == len(ends) == len(normalised)
    assert list(starts) == sorted(starts)
    assert all(start < end for start, end in zip(starts, ends, strict=True))
    for char, start, end in zip(normalised, starts, ends, strict=True):
        stands_for = text[start:end]  # a space stands for a whole run of whitespace
        if char == " ":  # the whole run, not part of it
            assert stands_for.isspace()
            assert not text[start - 1 : start].isspace() and not text[end : end + 1].isspace()
        else:
            assert normalise(stands_for) == char and end == start + 1


@given(TYPOGRAPHY, st.integers(0, 40), st.integers(1, 40))
def test_a_piece_of_the_text_is_found_where_find_quote_finds_it(
    text: str, start: int, length: int
) -> None:
    quote = text[start : start + length]
    assume(not cuts_a_number(text, start, start + length))  # another figure: not found
    spans = quote_spans(quote, text)
    if not normalise(quote):
        assert spans == []
        return
    assert spans, "a substring is always found"
    for a, b in spans:
        assert normalise(text[a:b]) == normalise(quote)
    _, starts, _ = normalise_with_offsets(text)
    assert starts.index(spans[0][0]) == find_quote(quote, text)


def test_typography_differs_between_quote_and_text() -> None:
    text = "Il a dit\u00a0: « le  cloud ».\nL’opérateur"
    assert [text[a:b] for a, b in quote_spans('dit : "le cloud". L\'opérateur', text)] == [
        "dit\u00a0: « le  cloud ».\nL’opérateur"
    ]


def test_every_occurrence_is_found() -> None:
    spans = quote_spans("contre 19% en moyenne en Europe", SEED_TEXT)
    assert len(spans) == 2
    assert all(SEED_TEXT[a:b] == "contre 19% en moyenne en Europe" for a, b in spans)


def test_an_empty_or_missing_quote_stands_nowhere() -> None:
    assert quote_spans("", SEED_TEXT) == []
    assert quote_spans("   ", SEED_TEXT) == []
    assert quote_spans("Orange (44,5%)", SEED_TEXT) == []


@given(st.text(alphabet=st.sampled_from(list("Ab1 .,!?'\"«»\n\r\u00a0M")), max_size=60), st.data())
def test_a_quote_sentence_holds_the_quote(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    quote = text[start : data.draw(st.integers(start, len(text)))]
    sentence = quote_sentence(quote, text)
    if sentence is None:  # only a quote the matching cannot find, or one of blanks
        assert find_quote(quote, text) < 0 or not normalise(quote)
    else:
        assert normalise(quote) in normalise(sentence)


@pytest.mark.parametrize(
    ("quote", "sentence"),
    [
        (
            "l'Etat (22,2 %)",
            "Le financement est assuré par la métropole (44,4 %), la région "
            "(33,3 %) et l'Etat (22,2 %).",
        ),
        ("Le chômage atteint 7,3", "Le chômage atteint 7,3\u00a0%."),
        ("10 €", "Le ticket coûte 10 €."),
        ("Bonjour", "Il a dit : « Bonjour »."),
        ("Fin du texte", "Fin du texte."),
    ],
)
def test_a_quote_sentence_reads_french_typography(quote: str, sentence: str) -> None:
    text = (
        "Le financement est assuré par la métropole (44,4 %), la région (33,3 %) et "
        "l'Etat (22,2 %). Le chômage atteint 7,3\u00a0%. Le ticket coûte 10 €. "
        "Il a dit : « Bonjour ». Fin du texte."
    )
    assert quote_sentence(quote, text) == sentence


def test_a_quote_sentence_is_the_article_sentence_around_it() -> None:
    assert quote_sentence("Thales (22,2%)", SEED_TEXT) == (
        "Il était alors détenu par Orange (44,4%), Thales (22,2%) et la Caisse des Dépôts (33,3%)."
    )
    # the lead follows the byline on the next line: the line break ends the byline
    lead = quote_sentence("contre 19% en moyenne en Europe", SEED_TEXT)
    assert lead is not None and lead.startswith("La France accuse un important retard")


def test_a_quote_is_never_placed_inside_a_longer_number() -> None:
    text = "un budget de 12 millions d'euros, dont une subvention de 2 millions d'euros."
    ((start, end),) = quote_spans("2 millions d'euros", text)
    assert text[start - 3 : end] == "de 2 millions d'euros"
    assert find_quote("2 millions", text) == normalise(text).index("de 2 millions") + 3
