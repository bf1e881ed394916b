"""sums-at-the-limit: a sum in a check that rounding explains only improbably.

The chance is the one shares-at-the-limit computes for listings of shares (one
Irwin-Hall computation), the threshold its option, and a check it reports is not
reported by holds-by-rounding too.
"""

from __future__ import annotations

import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import WriteFiles, source_block, verify_folder

SHARES = [("a", 33), ("b", 30), ("c", 14), ("d", 11), ("e", 8), ("f", 5), ("g", 2)]


def _poll(checked: bool) -> str:
    lines = ["claims:"]
    for name, share in SHARES:
        lines.append(
            f'  - {{id: {name}, quote: "{share} %", subject: Sondage, property: vote_share,'
            f' qualifiers: {{party: {name}}}, value: "{share} %", when: "2024"}}'
        )
    if checked:
        lines += [
            "checks:",
            f'  - {{id: somme, expect: "{" + ".join(n for n, _ in SHARES)} == 100 %"}}',
        ]
    return source_block(language="en") + "\n".join(lines) + "\n"


def test_a_checked_listing_gets_the_chance_its_shares_get(write_files: WriteFiles) -> None:
    report = verify_folder(write_files({"claims.yaml": _poll(checked=True)}))
    by_rule = {f.rule: f.message for f in report.findings if f.severity.label == "warning"}
    assert "1 listing of 7 shares in 23,000" in by_rule["shares-at-the-limit"]
    assert "which it does to 1 check of 7 figures in 23,000" in by_rule["sums-at-the-limit"]
    assert "only if rounding moved its figures by 3 % or more" in by_rule["sums-at-the-limit"]
    # the check is the warning's, and not an info too
    assert not [
        f for f in report.findings if f.rule == "holds-by-rounding" and "somme" in f.message
    ]


def test_a_listing_without_a_check_is_shares_at_the_limit_s_only(write_files: WriteFiles) -> None:
    report = verify_folder(write_files({"claims.yaml": _poll(checked=False)}))
    assert not [f for f in report.findings if f.rule == "sums-at-the-limit"]


def _costs(parts: list[int], total: int) -> str:
    lines = ["claims:"]
    for index, part in enumerate(parts):
        lines.append(
            f'  - {{id: p{index}, quote: "{part} M€", subject: plan, property: cost,'
            f' qualifiers: {{item: i{index}}}, value: "{part} M€"}}'
        )
    lines.append(
        f'  - {{id: total, quote: "{total} M€", subject: plan, property: cost,'
        f' value: "{total} M€"}}'
    )
    terms = " + ".join(f"p{index}" for index in range(len(parts)))
    lines += ["checks:", f'  - {{id: somme, expect: "{terms} == total"}}']
    return source_block() + "\n".join(lines) + "\n"


# each example writes a folder of its own: the fixture only gives the place
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    parts=st.lists(st.integers(min_value=1, max_value=90), min_size=2, max_size=6),
    off=st.integers(min_value=-3, max_value=3),
    data=st.data(),
)
def test_one_finding_per_check_and_the_threshold_orders_them(
    parts: list[int], off: int, data: st.DataObject, write_files: WriteFiles
) -> None:
    """Whatever the figures: a check holding by rounding is the info's or the warning's.

    Never both; and what a threshold reports, a higher threshold reports too.
    """
    folder = write_files(
        {"claims.yaml": _costs(parts, sum(parts) + off)}, folder=f"case-{uuid.uuid4().hex}"
    )
    reported = []
    for max_chance in ("0", "0.001", "0.1", "1"):
        report = verify_folder(folder, f"[rules.sums-at-the-limit]\nmax_chance = {max_chance}\n")
        warned = [f for f in report.findings if f.rule == "sums-at-the-limit"]
        said = [
            f for f in report.findings if f.rule == "holds-by-rounding" and "'somme'" in f.message
        ]
        failed = [f for f in report.findings if f.rule == "expect-holds"]
        assert len(warned) + len(said) + len(failed) <= 1
        if off == 0:
            assert not warned and not said and not failed  # the sum as printed
        reported.append(bool(warned))
    assert reported == sorted(reported)  # False ... True: monotonic in the threshold
    if off and not failed:  # with every check reported at max_chance 1
        assert reported[-1]
