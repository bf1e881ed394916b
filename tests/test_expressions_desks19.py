"""Checks the energy, health and housing desks wrote (audit of 2 December 2026).

- Per head with prefixed units (energy F1): ``em / pop == parhab`` with 366 MtCO2e over
  a bare 68,9 million and 5,3 t per head converts the total, not only relabels it.
- A multiple under ``~`` (health F4): "almost double" is ``a / b == ~2``, 1,8 to 2,2, so
  ×1,56 fails, where a bare ``~2`` compared with something else keeps its value reading.
- Powers of units in literals (housing F8): ``9500 EUR/m²`` and ``EUR/m^2`` as values
  write them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.expressions import (
    DEFAULT_APPROX,
    ExpressionError,
    deciding_comparisons,
    evaluate_values,
    parse_expression,
    render,
)
from factcheck.units import dimensionless, parse_unit
from factcheck.values import Interval, Quantity, Truth, parse_value
from tests.conftest import WriteFiles


def shown(report: factcheck.Report) -> list[str]:
    """The findings of a run as an editor reads them, on one line each."""
    return [f"{f.severity.label} {f.rule} {' '.join(f.message.split())}" for f in report.findings]


# --- per head, in prefixed units ------------------------------------------------------------

PER_HEAD = """\
source: {id: s, title: t, publisher: p, published: 2026-11-27, language: fr}
claims:
  - {id: em, quote: "366 MtCO2e", subject: France, property: ghg_emissions, value: "366 MtCO2e", when: "2025"}
  - {id: pop, quote: "68,9 millions d'habitants", subject: France, property: population, value: "68,9 millions", when: "2025"}
  - {id: parhab, quote: "{parhab} tonnes de CO2e par personne", subject: France, property: ghg_per_capita, value: "{parhab} t par habitant", when: "2025"}
  - {id: conso, quote: "449 TWh", subject: France, property: consumption, value: "449 TWh", when: "2025"}
  - {id: conso_hab, quote: "6 517 kWh par habitant", subject: France, property: consumption_per_capita, value: "6 517 kWh par habitant", when: "2025"}
checks:
  - {id: par_hab, expect: "em / pop == parhab"}
  - {id: conso_par_hab, expect: "conso / pop == conso_hab"}
  - {id: total, expect: "parhab * pop == em"}
"""  # noqa: E501


def test_a_total_in_megatonnes_over_a_bare_population_is_tonnes_per_head(
    write_files: WriteFiles,
) -> None:
    folder = write_files({"a.yaml": PER_HEAD.replace("{parhab}", "5,3")})
    findings = shown(factcheck.verify(factcheck.load(folder)))
    # 5,3 t × 68,9 M is 365,17 Mt: 366 Mt only thanks to the rounding of 5,3
    assert findings == [
        "info holds-by-rounding check 'total': parhab * pop = 365,17 Mt (361,46 à 368,89 Mt)"
        " == em = 366 Mt (365,5 à 366,5 Mt) only thanks to rounding"
    ]


def test_a_wrong_figure_per_head_is_reported_in_the_unit_per_head(
    write_files: WriteFiles,
) -> None:
    folder = write_files({"a.yaml": PER_HEAD.replace("{parhab}", "53")})
    findings = shown(factcheck.verify(factcheck.load(folder)))
    assert findings[0] == (
        "error expect-holds check 'par_hab' fails: em / pop = 5,312 t/person"
        " (5,3009 à 5,3232 t/person), not == parhab = 53 t/person (52,5 à 53,5 t/person)"
    )
    assert findings[1].startswith(
        "error expect-holds check 'total' fails: parhab * pop = 3 651,7 Mt"
    )
    assert len(findings) == 2


TOTALS = {  # a unit and the prefixes of it a total is written in, with their powers of ten
    "t": {"": 0, "M": 6, "G": 9},
    "Wh": {"": 0, "k": 3, "M": 6, "G": 9, "T": 12},
    "EUR": {"": 0, "k": 3, "M": 6},
}
PER_HEAD_UNITS = {  # and the units a figure per head is written in
    "t": {"kg": -3, "t": 0, "Mt": 6},
    "Wh": {f"{prefix}Wh": power for prefix, power in TOTALS["Wh"].items()},
    "EUR": {f"{prefix}EUR": power for prefix, power in TOTALS["EUR"].items()},
}


@st.composite
def per_head_cases(draw: st.DrawFn) -> tuple[str, str, str, Decimal]:
    """A total, a bare count of people, and the total per head in another prefix."""
    unit = draw(st.sampled_from(sorted(TOTALS)))
    total_prefix = draw(st.sampled_from(sorted(TOTALS[unit])))
    head_unit = draw(st.sampled_from(sorted(PER_HEAD_UNITS[unit])))
    total = Decimal(draw(st.integers(1, 10**6))).scaleb(-draw(st.integers(0, 2)))
    people = draw(st.integers(2, 10**9))
    power = TOTALS[unit][total_prefix] - PER_HEAD_UNITS[unit][head_unit]
    per_head = Decimal(f"{total * Decimal(10) ** power / people:.6e}")  # as written
    return f"{total} {total_prefix}{unit}", str(people), f"{head_unit}/person", per_head


@given(per_head_cases())
@settings(max_examples=300, deadline=None)
def test_a_total_over_a_bare_count_meets_its_figure_per_head_in_any_prefix(
    case: tuple[str, str, str, Decimal],
) -> None:
    total, people, head_unit, per_head = case
    values = {
        "x": parse_value(total, "en").quantity,
        "pop": parse_value(people, "en").quantity,
        "per": parse_value(f"{per_head:f} {head_unit}", "en").quantity,
        "wrong": parse_value(f"{per_head * 1000:f} {head_unit}", "en").quantity,
    }
    assert evaluate_values(parse_expression("x / pop == per"), values).truth is not Truth.FAILS
    assert evaluate_values(parse_expression("per * pop == x"), values).truth is not Truth.FAILS
    assert evaluate_values(parse_expression("x / pop == wrong"), values).truth is Truth.FAILS
    assert evaluate_values(parse_expression("wrong * pop == x"), values).truth is Truth.FAILS


# --- a multiple under ~ ---------------------------------------------------------------------

ALMOST_DOUBLE = """\
source: {id: noro, title: t, publisher: The Guardian, published: 2026-11-26, language: en_GB}
claims:
  - {id: noro_2026, quote: "{now} beds a day were closed", subject: England, property: norovirus_beds_closed, value: "{now}", when: the week to 22 November 2026}
  - {id: noro_2025, quote: "almost double the 520 of the same week last year", subject: England, property: norovirus_beds_closed, value: "520", when: the week to 23 November 2025}
checks:
  - {id: almost_double, expect: "noro_2026 / noro_2025 == ~2"}
  - {id: almost_double_product, expect: "noro_2026 == ~2 * noro_2025"}
"""  # noqa: E501


@pytest.mark.parametrize(
    ("now", "findings"),
    [
        ("980", []),  # ×1.88: almost double
        ("1,040", []),  # ×2
        (
            "812",  # ×1.56: one and a half times, not almost double
            [
                "error expect-holds check 'almost_double' fails: noro_2026 / noro_2025 ="
                " 1.56154 (1.55907 to 1.56401), not == ~2 (1.8 to 2.2)",
                "error expect-holds check 'almost_double_product' fails: noro_2026 = 812"
                " (811.5 to 812.5), not == ~2 * noro_2025 = 1,040 (935 to 1,146)",
            ],
        ),
    ],
)
def test_almost_double_is_two_give_or_take_the_approx_band(
    write_files: WriteFiles, now: str, findings: list[str]
) -> None:
    folder = write_files({"a.yaml": ALMOST_DOUBLE.replace("{now}", now)})
    errors = [line for line in shown(factcheck.verify(factcheck.load(folder))) if "error" in line]
    assert errors == findings


TOLERANCES = [Decimal("0.1"), Decimal("0.05"), Decimal("0.2"), Decimal("0"), Decimal("0.01")]


def band(text: str, approx: Decimal, unit: str = "") -> tuple[Decimal, Decimal]:
    """The interval of the literal on the right of ``text`` (``a / b == ~2``)."""
    values = {
        "a": Quantity(Interval.exact(Decimal(3)), parse_unit(unit)),
        "b": Quantity(Interval.exact(Decimal(2)), dimensionless()),
    }
    (comparison,) = deciding_comparisons(parse_expression(text), values, "en", approx=approx)
    interval = comparison[5].interval
    return interval.lo, interval.hi


@given(st.integers(1, 10**4), st.sampled_from(TOLERANCES))
@settings(max_examples=200, deadline=None)
def test_a_multiple_counts_its_rounding_up_to_a_tenth_of_it(k: int, approx: Decimal) -> None:
    half = max(min(Decimal("0.5"), Decimal(k) / 10), approx * k)
    assert band(f"a / b == ~{k}", approx) == (k - half, k + half)


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("a / b == ~2", "", ("1.8", "2.2")),  # a multiple: almost double
        ("a / b == ~6", "", ("5.4", "6.6")),  # as format.md writes it
        ("a / b == ~2.0", "", ("1.8", "2.2")),
        ("a == ~2", "", ("1.5", "2.5")),  # a figure, read as the value ~2 is
        ("a / b == ~2 %", "%", ("1.5", "2.5")),  # "about 2 %": rounded to the unit
        ("a / b == ~2 million", "", ("1500000", "2500000")),
    ],
)
def test_only_a_bare_figure_against_a_quotient_is_a_multiple(
    text: str, unit: str, expected: tuple[str, str]
) -> None:
    assert band(text, DEFAULT_APPROX, unit) == tuple(map(Decimal, expected))


def test_a_multiple_at_approx_zero_keeps_the_rounding_of_a_whole_figure() -> None:
    assert band("a / b == ~6", Decimal(0)) == (Decimal("5.5"), Decimal("6.5"))
    assert band("a / b == ~2", Decimal(0)) == (Decimal("1.8"), Decimal("2.2"))


# --- powers of units in literals -----------------------------------------------------------

PRICE = """\
source: {id: f8, title: t, publisher: p, published: 2026-11-26, language: fr}
claims:
  - {id: prix, quote: "9 420 euros le mètre carré", subject: Paris, property: median_price_per_m2, value: "9 420 EUR/m²"}
checks:
  - {id: titre, expect: "prix < {limit}"}
"""  # noqa: E501


@pytest.mark.parametrize(
    ("limit", "findings"),
    [
        ("9500 EUR/m²", []),
        ("9500 EUR/m^2", []),
        ("9500 EUR/m2", []),
        ("0.95 EUR/cm^2", []),
        (
            "9400 EUR/m²",
            [
                "error expect-holds check 'titre' fails: prix = 9 420 EUR/m² (9 419,5 à"
                " 9 420,5 EUR/m²), not < 9 400 EUR/m²"
            ],
        ),
    ],
)
def test_a_unit_squared_is_written_in_a_check_as_in_a_value(
    write_files: WriteFiles, limit: str, findings: list[str]
) -> None:
    folder = write_files({"a.yaml": PRICE.replace("{limit}", limit)})
    assert shown(factcheck.verify(factcheck.load(folder))) == findings


@given(
    st.integers(0, 10**6),
    st.sampled_from(["m", "km", "cm", "EUR/m", "USD/ft", "m/s", "kg/m"]),
    st.sampled_from(["2", "3"]),
)
@settings(max_examples=100, deadline=None)
def test_a_power_glued_to_a_unit_is_that_power(x: int, unit: str, power: str) -> None:
    glyph = "²" if power == "2" else "³"
    wanted = parse_unit(f"{unit}**{power}")
    for written in (f"{unit}{glyph}", f"{unit}^{power}"):
        expression = parse_expression(f"a == {x} {written}")
        assert render(expression) == expression.text  # written back as written
        (comparison,) = deciding_comparisons(
            expression, {"a": Quantity(Interval.exact(Decimal(x)), wanted)}
        )
        assert comparison[5].unit == wanted
        assert comparison[5].interval == Interval.exact(Decimal(x))
        assert comparison[0] is Truth.HOLDS


@pytest.mark.parametrize(
    ("text", "column", "fragment"),
    [
        ("a == 2²", 7, "a unit's power is glued to it, as in '9500 EUR/m²' (or write EUR/m2)"),
        ("a == 9500 EUR/m ²", 17, "(or write EUR/m2); for a power of a number write pow("),
        ("a^2 == b", 2, "for a power write pow(base, exponent)"),
        ("a == 2^3", 7, "for a power write pow(base, exponent)"),
        ("a == 5 m^4", 9, "for a power write pow(base, exponent)"),
    ],
)
def test_a_power_elsewhere_says_what_to_write(text: str, column: int, fragment: str) -> None:
    with pytest.raises(ExpressionError) as raised:
        parse_expression(text)
    assert fragment in raised.value.reason
    assert raised.value.column == column
