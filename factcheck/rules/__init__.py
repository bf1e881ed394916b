"""The rule registry: every rule module by its id, in the order reports describe them.

Adding a rule is adding its module here; ``get(id)`` names the closest id when
asked for one that does not exist.
"""

from __future__ import annotations

import difflib

from factcheck.rules import (
    duplicate_id,
    figure_in_quote,
    invalid_date,
    invalid_expression,
    invalid_record,
    invalid_value,
    invalid_yaml,
    missing_text,
    quote_in_text,
    unknown_reference,
    word_count,
)
from factcheck.rules.base import Rule

_MODULES: tuple[Rule, ...] = (
    invalid_yaml,
    invalid_record,
    invalid_value,
    invalid_date,
    invalid_expression,
    missing_text,
    duplicate_id,
    unknown_reference,
    quote_in_text,
    figure_in_quote,
    word_count,
)
RULES: dict[str, Rule] = {module.ID: module for module in _MODULES}


def get(rule_id: str) -> Rule:
    """The rule with this id; an unknown id raises KeyError naming the closest one."""
    try:
        return RULES[rule_id]
    except KeyError:
        close = difflib.get_close_matches(rule_id, RULES, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        raise KeyError(f"no rule '{rule_id}'{hint}") from None


def summary(rule: Rule) -> str:
    """The first line of a rule's documentation."""
    return (rule.__doc__ or "").strip().splitlines()[0]
