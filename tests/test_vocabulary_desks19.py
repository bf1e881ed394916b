"""The built-in vocabulary of a results desk and a labour desk (elections audit, F11).

Every article of the elections audit needed its own ``factcheck.toml`` for the counts of
an election night (inscrits, votants, blancs, nuls, exprimés) and the labour figures
(unemployed, labour force, participation and employment rates). They are built in now:
counts are whole numbers, rates are percentages from 0 to 100 %, people are persons.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.vocabulary import BUILTIN
from tests.conftest import WriteFiles

SOURCE = "source: {id: s, title: t, publisher: p, published: 2026-11-30, language: fr}\n"


def _messages(write_files: WriteFiles, claims: str) -> list[str]:
    folder = write_files({"a.yaml": SOURCE + claims})
    report = factcheck.verify(factcheck.load(folder))
    return [f"{f.rule} {' '.join(f.message.split())}" for f in report.findings]


def _claim(key: str, prop: str, value: str, subject: str = "2e circonscription") -> str:
    return (
        f"  - {{id: {key}, subject: {subject}, property: {prop}, value: {value!r},"
        f" when: 29 novembre 2026, quote: {value!r}}}\n"
    )


def test_an_election_nights_counts_are_whole_numbers(write_files: WriteFiles) -> None:
    """votants - blancs - nuls one vote off the exprimés: caught, as 29 200 is no 29 201."""
    claims = (
        "claims:\n"
        + _claim("votants", "voters", "30 000")
        + _claim("blancs", "blank_votes", "500")
        + _claim("nuls", "null_votes", "300")
        + _claim("exprimes", "valid_votes", "29 201")
        + _claim("inscrits", "registered_voters", "41 000")
        + "checks:\n"
        + "  - {id: reste, expect: 'votants - blancs - nuls == exprimes'}\n"
        + "  - {id: inscrits_votants, expect: 'votants < inscrits'}\n"
    )
    assert _messages(write_files, claims) == [
        "expect-holds check 'reste' fails: votants - blancs - nuls = 29 200, not == exprimes"
        " = 29 201"
    ]


def test_abstention_and_labour_rates_are_percentages_of_at_most_100(
    write_files: WriteFiles,
) -> None:
    claims = (
        "claims:\n"
        + _claim("abst", "abstention", "112 %")
        + _claim("activite", "participation_rate", "73,6 %", "France")
        + _claim("emploi", "employment_rate", "169,4 %", "France")
        + _claim("inscrits_pct", "vote_share_registered", "21,3 %")
    )
    assert _messages(write_files, claims) == [
        "value-out-of-bounds abstention of 'abst' is 112 % (111,5 à 112,5 %), more than the"
        " maximum 100 %",
        "value-out-of-bounds employment_rate of 'emploi' is 169,4 % (169,35 à 169,45 %), more"
        " than the maximum 100 %",
    ]


def test_the_unemployed_are_people_not_a_rate(write_files: WriteFiles) -> None:
    claims = (
        "claims:\n"
        + _claim("chomeurs", "unemployed", "2,35 millions", "France")
        + _claim("actifs", "labour_force", "31,76 millions", "France")
        + _claim("taux", "unemployed", "7,4 %", "France métropolitaine")
    )
    assert _messages(write_files, claims) == [
        "consistent-units unemployed of 'taux' is in %, but the vocabulary says unemployed is"
        " in person"
    ]


@pytest.mark.parametrize(
    ("name", "unit", "count"),
    [
        ("registered_voters", None, True),
        ("voters", None, True),
        ("valid_votes", None, True),
        ("blank_votes", None, True),
        ("null_votes", None, True),
        ("vote_margin", None, True),
        ("council_size", None, True),
        ("abstention", "%", False),
        ("vote_share_registered", "%", False),
        ("participation_rate", "%", False),
        ("employment_rate", "%", False),
        ("unemployed", "person", True),
        ("labour_force", "person", True),
        ("jobseekers", "person", True),
    ],
)
def test_the_results_and_labour_properties_are_built_in(
    name: str, unit: str | None, count: bool
) -> None:
    meaning = BUILTIN[name]
    assert (meaning.unit, meaning.count, meaning.whole) == (unit, count, None)


def test_a_desks_configuration_still_overrides_a_builtin(write_files: WriteFiles) -> None:
    """A desk that counts abstainers keeps its ``[properties.abstention]``."""
    claims = "claims:\n" + _claim("abst", "abstention", "12 000 person")
    assert _messages(write_files, claims) == [
        "consistent-units abstention of 'abst' is in person, but the vocabulary says"
        " abstention is in %"
    ]
    folder = write_files(
        {
            "factcheck.toml": '[properties.abstention]\nunit = "person"\n',
            "a.yaml": SOURCE + claims,
        },
        folder="desk",
    )
    assert not factcheck.verify(factcheck.load(folder)).findings


# --- a desk's vocabulary in a folder's factcheck.toml that a run passes over (energy F11) ---


def test_an_ignored_configuration_says_what_it_sets_and_how_to_keep_it(
    write_files: WriteFiles,
) -> None:
    from factcheck.cli_common import ignored_config_warnings

    properties = "".join(f"[properties.p{n}]\ncount = true\n" for n in range(6))
    root = write_files(
        {
            "rte/factcheck.toml": properties + "[rules.word-count]\nenabled = false\n",
            "rte/a.yaml": SOURCE + "claims: []\n",
        },
        folder="articles",
    )
    (message,) = ignored_config_warnings([str(root)], [str(root / "rte" / "a.yaml")], None)
    config, folder = root / "rte" / "factcheck.toml", root / "rte"
    assert message == (
        f"{config} is not used: a run reads one configuration, here none, the defaults, and the"
        f" claim files under {folder} are read with it, not with what {config} sets"
        " ([properties] p0, p1, p2, p3 and 2 more; [rules] word-count): to keep them, verify"
        f" {folder} in a run of its own, or move those settings up into a factcheck.toml where"
        f" the run starts (and remove {config})"
    )
    assert "financial year" not in message


def test_an_ignored_financial_year_beside_properties_is_said_too(write_files: WriteFiles) -> None:
    from factcheck.cli_common import ignored_config_warnings

    root = write_files(
        {
            "factcheck.toml": "[dates]\nfinancial_year_start = 10\n",
            "uk/factcheck.toml": "approx = 0.2\n[dates]\nfinancial_year_start = 4\n",
            "uk/a.yaml": SOURCE + "claims: []\n",
        }
    )
    used = root / "factcheck.toml"
    (message,) = ignored_config_warnings([str(root)], [str(root / "uk" / "a.yaml")], used)
    assert "sets (approx; [dates] financial_year_start): to keep them" in message
    assert f"or move those settings up into {used} (and remove" in message
    assert message.endswith(
        "; a financial year of their own can go in their source: block instead"
        " (financial_year_start)"
    )
