"""Configuration: every key is checked, and a bad one is a ConfigError naming file and key."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck import engine
from factcheck.cli import main
from factcheck.config import Config, ConfigError, _check_meaning, find_config, load_config
from factcheck.rules import RULES
from factcheck.vocabulary import BUILTIN
from tests.conftest import CLAIMS, WriteFiles


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        # an option beyond its range: max_counts = 10**22 ran for hours, nan crashed
        (
            "[rules.share-of-count]\nmax_counts = 10000000000000000000000",
            "[rules.share-of-count] option 'max_counts' must be from 1 to 10000, not 1000000000",
        ),
        (
            "[rules.share-of-count]\nmax_counts = 0",
            "[rules.share-of-count] option 'max_counts' must be from 1 to",
        ),
        (
            "[rules.share-of-count]\nmax_counts = -3",
            "[rules.share-of-count] option 'max_counts' must be from 1 to",
        ),
        (
            "[rules.word-count]\ntolerance = nan",
            "[rules.word-count] option 'tolerance' must be at least 0, not NaN",
        ),
        (
            "[rules.word-count]\ntolerance = inf",
            "[rules.word-count] option 'tolerance' must be at least 0",
        ),
        (
            "[rules.word-count]\ntolerance = -1",
            "[rules.word-count] option 'tolerance' must be at least 0, not -1",
        ),
        (
            "[rules.shares-incomplete]\nmin_parts = -3",
            "[rules.shares-incomplete] option 'min_parts' must be at least 1",
        ),
        # a whole or bound in a unit the property's values do not convert to
        (
            "[properties.share_held]\nunit = '%'\nwhole = '100 EUR'",
            "properties.share_held.whole is not in the property's unit: EUR (currency EUR) "
            "does not convert to % (dimensionless)",
        ),
        (
            "[properties.share_held]\nunit = '%'\nmaximum = '5 person'",
            "properties.share_held.maximum is not in the property's unit: person",
        ),
        ("[properties.rank]\nunit = ''\nminimum = '1 person'", "properties.rank.minimum"),
        (
            "[properties.revenue]\nunit = 'currency'\nmaximum = '5 person'",
            "properties.revenue.maximum must be an amount of a currency",
        ),
        # impossible wholes and bounds
        ("[properties.seats]\nwhole = '0'", "properties.seats.whole must be more than 0"),
        ("[properties.seats]\nwhole = '-5 %'", "properties.seats.whole must be more than 0"),
        (
            "[properties.share_held]\nminimum = '50 %'\nmaximum = '10 %'",
            "properties.share_held.minimum ('50 %') is more than properties.share_held.maximum",
        ),
        (
            "[properties.length]\nminimum = '1 km'\nmaximum = '5 m'",
            "properties.length.minimum ('1 km')",
        ),
        ("[properties.seats]\nwhole = '1 to 2'", "properties.seats.whole must be an exact figure"),
        # without a unit, each bound would apply only to the values it converts to
        (
            "[properties.staff]\nminimum = '10 EUR'\nmaximum = '500 person'",
            "properties.staff.minimum ('10 EUR', currency EUR) and properties.staff.maximum "
            "('500 person', person) measure different things: give the property a unit",
        ),
        (
            "[properties.seats]\nwhole = '577'\nmaximum = '600 km'",
            "properties.seats.whole ('577', dimensionless) and properties.seats.maximum",
        ),
        # TOML has booleans and numbers: a text is neither
        ("approx = '0.1'", "'approx' must be a number (got '0.1')"),
        ("approx = true", "'approx' must be a number (got True)"),
        ("approx = nan", "'approx' must be a finite number (got nan)"),
        ("[rules.word-count]\nenabled = 'no'", "'rules.word-count.enabled' must be true or false"),
        ("[rules.word-count]\nenabled = 0", "'rules.word-count.enabled' must be true or false"),
        ("[properties.seats]\ncount = 'yes'", "'properties.seats.count' must be true or false"),
        ("[review]\nmax_age_days = '30'", "'review.max_age_days' must be a whole number"),
        ("[review]\nmax_age_days = 30.0", "'review.max_age_days' must be a whole number"),
    ],
)
def test_an_impossible_setting_is_refused(toml: str, message: str, write_files: WriteFiles) -> None:
    path = write_files({"factcheck.toml": toml}) / "factcheck.toml"
    with pytest.raises(ConfigError, match=re.escape(f"{path}: {message}")):
        engine.active_rules(load_config(path))


@pytest.mark.parametrize(
    "toml",
    [
        "[rules.share-of-count]\nmax_counts = 10000",
        "[rules.word-count]\ntolerance = 0",
        "[rules.word-count]\ntolerance = 2",  # an integer where a number is expected
        "[rules.shares-incomplete]\nmin_parts = 1",
        "approx = 1",
        "[properties.staff]\nunit = 'person'\nminimum = '0'",  # a zero fits any unit
        "[properties.deal]\nunit = 'currency'\nminimum = '5 USD'\nmaximum = '1 EUR'",
        "[properties.seats]\nwhole = '577'\nminimum = '0'\nmaximum = '577'",
        "[properties.seats]\nwhole = '577'\nmaximum = '100 %'",  # % and numbers are of a kind
        "[properties.deal]\nminimum = '5 USD'\nmaximum = '1 EUR'",  # as under unit = currency
        "[properties.staff]\nminimum = '0 EUR'\nmaximum = '500 person'",  # a zero fits any
    ],
)
def test_a_setting_within_its_range_is_taken(toml: str, write_files: WriteFiles) -> None:
    engine.active_rules(load_config(write_files({"factcheck.toml": toml}) / "factcheck.toml"))


def test_an_option_range_is_checked_in_code_too() -> None:
    config = Config(rules={"word-count": {"tolerance": Decimal("NaN")}})  # type: ignore[dict-item]
    with pytest.raises(ConfigError, match=re.escape("option 'tolerance' must be at least 0")):
        engine.active_rules(config)


def test_every_number_option_has_a_range_holding_its_default() -> None:
    for rule in RULES.values():
        for name, option in rule.OPTIONS.items():
            if isinstance(option.default, int | Decimal) and not isinstance(option.default, bool):
                assert option.minimum is not None, (rule.ID, name)
                assert option.minimum <= option.default, (rule.ID, name)
                assert option.maximum is None or option.default <= option.maximum, (rule.ID, name)


def test_the_builtin_vocabulary_passes_the_checks_of_a_configured_one() -> None:
    for meaning in BUILTIN.values():
        _check_meaning(meaning, "built-in")


@pytest.mark.parametrize(
    ("pyproject", "key"),
    [("[tool]\nfactcheck = 5", "tool.factcheck"), ("tool = 'factcheck'", "tool")],
)
def test_a_factcheck_table_that_is_no_table_is_named(
    pyproject: str, key: str, write_files: WriteFiles
) -> None:
    path = write_files({"pyproject.toml": pyproject}) / "pyproject.toml"
    with pytest.raises(ConfigError, match=re.escape(f"{path}: '{key}' must be a table: [{key}]")):
        load_config(path)


def test_a_pyproject_whose_tool_is_no_table_is_not_a_configuration(
    write_files: WriteFiles,
) -> None:
    folder = write_files({"pyproject.toml": "tool = 5"})
    assert find_config(folder) != folder / "pyproject.toml"


@pytest.mark.parametrize(("name", "what"), [("", "a folder"), ("/dev/null", "a device or a pipe")])
def test_a_config_that_is_no_file_says_what_it_is(
    name: str, what: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name  # the temporary folder itself, or /dev/null
    if not path.exists():
        pytest.skip(f"{path} does not exist here")
    assert main(["verify", str(CLAIMS), "--config", str(path)]) == 2
    assert (
        capsys.readouterr().err == f"factcheck: error: {path}: {what}, not a configuration file\n"
    )


def test_a_folder_named_like_the_configuration_is_named_not_passed_over(
    write_files: WriteFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    # skipping it would pick up a configuration further up, unnoticed
    folder = write_files({"a.yaml": "", "factcheck.toml/x": ""})
    assert main(["verify", str(folder)]) == 2
    message = f"{folder / 'factcheck.toml'}: a folder, not a configuration file"
    assert message in capsys.readouterr().err
