"""The rule registry: every rule module by its id, in the order reports describe them.

Adding a rule is adding its module here; ``get(id)`` names the closest id when
asked for one that does not exist.
"""

from __future__ import annotations

import difflib

from factcheck.rules import (
    age_matches_birth,
    change_over_its_period,
    check_undecidable,
    consistent_units,
    date_in_quote,
    duplicate_id,
    expect_holds,
    fact_not_after_publication,
    figure_in_quote,
    holds_by_rounding,
    incomplete_claim,
    invalid_date,
    invalid_expression,
    invalid_record,
    invalid_value,
    invalid_yaml,
    missing_text,
    one_event_one_day,
    order_holds,
    part_exceeds_whole,
    quote_in_text,
    rate_change_in_points,
    same_fact_same_value,
    share_of_count,
    shares_at_the_limit,
    shares_incomplete,
    shares_sum_to_whole,
    sign_matches_quote,
    status_matches_review,
    sums_at_the_limit,
    unknown_reference,
    value_out_of_bounds,
    weekday_matches_date,
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
    date_in_quote,
    sign_matches_quote,
    word_count,
    shares_sum_to_whole,
    shares_incomplete,
    shares_at_the_limit,
    value_out_of_bounds,
    same_fact_same_value,
    one_event_one_day,
    consistent_units,
    share_of_count,
    part_exceeds_whole,
    weekday_matches_date,
    fact_not_after_publication,
    age_matches_birth,
    expect_holds,
    rate_change_in_points,
    change_over_its_period,
    order_holds,
    check_undecidable,
    sums_at_the_limit,
    holds_by_rounding,
    incomplete_claim,
    status_matches_review,
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
