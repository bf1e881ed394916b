"""Shared fixtures: a claim-file builder and a verify-from-text helper."""

from __future__ import annotations

import contextlib
import os
import re
import textwrap
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

import factcheck
from factcheck.config import Config, load_config
from factcheck.dates import parse_date
from factcheck.model import Claim, Source
from factcheck.values import parse_value

# Speed lives in benchmarks/, never in unit tests: no per-example deadline, so a loaded
# CI machine cannot fail a property that holds.
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")

SOURCE = """\
source:
  id: {source_id}
  title: Test article
  publisher: Test
  published: {published}
  language: {language}
{extra}"""

#: One claim that holds against a text saying "qui emploie environ 90 personnes".
STAFF_CLAIM = """\
claims:
  - id: staff
    quote: environ 90 personnes
    subject: Cloudwatt
    property: staff
    value: ~90 person
"""
ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims"
SEED_YAML = CLAIMS / "latribune-2015-07-27.yaml"


def source_block(
    *,
    source_id: str = "test_source",
    language: str = "fr",
    published: str = "2015-07-27",
    text: str | None = None,
    word_count: int | None = None,
) -> str:
    """A valid source block for test claim files."""
    extra = ""
    if text is not None:
        extra += f"  text: {text}\n"
    if word_count is not None:
        extra += f"  word_count: {word_count}\n"
    return SOURCE.format(source_id=source_id, language=language, published=published, extra=extra)


WriteFiles = Callable[..., Path]


@pytest.fixture
def write_files(tmp_path: Path) -> WriteFiles:
    """Write files (name -> text, dedented) under a fresh folder and return the folder."""

    def write(files: dict[str, str | bytes], folder: str = "claims") -> Path:
        base = tmp_path / folder
        for name, content in files.items():
            path = base / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content), encoding="utf-8")
        return base

    return write


def verify_folder(folder: Path, config_text: str | None = None) -> factcheck.Report:
    """Load and verify a folder as the CLI would, with an optional factcheck.toml."""
    config = Config()
    if config_text is not None:
        path = folder / "factcheck.toml"
        path.write_text(config_text, encoding="utf-8")
        config = load_config(path)
    return factcheck.verify(factcheck.load(folder, config), config)


@pytest.fixture(autouse=True)
def _private_report_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test's CLI runs use a cache of their own, never the checkout's .factcheck_cache.

    The key that signs entries lives in a user cache folder of the test's own, never
    the user's ``~/.cache``.
    """
    monkeypatch.setattr("factcheck.cli_verify.DEFAULT_DIR", tmp_path_factory.mktemp("cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))


def write_latin1_named_claims(folder: Path, record: str) -> None:
    """Write a claim file named ``caf\xe9.yaml`` (a Latin-1 name, as an old archive may hold).

    Its one record is ``record`` (a flow mapping). Skips the test on a file system that
    refuses names that are not UTF-8.
    """
    claims = source_block() + f"claims:\n  - {record}\n"
    try:
        with open(os.path.join(os.fsencode(folder), b"caf\xe9.yaml"), "wb") as file:
            file.write(claims.encode())
    except OSError:
        pytest.skip("this file system refuses file names that are not UTF-8")


_CONTINUES_BEFORE = re.compile(r"\d\s*[.,'’]?\s*$")
_CONTINUES_AFTER = re.compile(r"\s*[.,'’]?\s*\d")


def cuts_a_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts or ends inside a number ("1" of "11", "5" of "2,5").

    Such a piece is another figure, which quote matching rightly does not find.
    """
    piece = text[start:end]
    return bool(
        (piece[:1].isdigit() and _CONTINUES_BEFORE.search(text[:start]))
        or (piece[-1:].isdigit() and _CONTINUES_AFTER.match(text[end:]))
    )


def claim_made_in_code(
    claim_id: str, value: str | None, when: str | None, *, language: str, published: date
) -> Claim:
    """A claim built in code with what loading derives (its source, value and period)."""
    claim = Claim(id=claim_id, quote="q", subject="s", property="p", value=value, when=when)
    claim._source = Source(
        id="src", title="t", publisher="p", published=published, language=language
    )
    if value is not None:
        claim._value = parse_value(value, language)
    if when is not None:
        with contextlib.suppress(ValueError):
            claim._period = parse_date(when, language, published)
    return claim
