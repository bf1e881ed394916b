"""The records' own checks, as an editor meets them in `factcheck verify`."""

from __future__ import annotations

import pytest

from factcheck.loading import load_text

SOURCE = "source: {{id: s, title: t, publisher: p, published: 2015-07-27, language: {}}}\n"
CLAIMS = 'claims:\n  - {id: a, quote: "q", subject: s, property: p, when: "2015"}\n'


@pytest.mark.parametrize("language", ["fr", "en", "en_GB", "pt-BR", "fr_CA", "de"])
def test_a_language_babel_knows_is_accepted(language: str) -> None:
    assert load_text(SOURCE.format(language) + CLAIMS, "a.yaml").problems == []


def test_an_unknown_language_is_an_error_at_its_field_even_without_values() -> None:
    document = load_text(SOURCE.format("xx") + CLAIMS, "a.yaml")
    (problem,) = document.problems
    assert (problem.location.line, problem.location.column) == (1, 64)
    assert "unknown language 'xx'" in problem.message
    assert [claim.id for claim in document.claims] == ["a"]  # the claims still load
