"""Code that uses the library type-checks under ``mypy --strict``, without pydantic's plugin."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

USER_CODE = """
    import datetime as dt

    import factcheck
    from factcheck import Check, Claim, Corpus, Document, Review, Source

    source = Source(
        id="s", title="t", publisher="p", published=dt.date(2015, 7, 27), language="fr"
    )
    claim = Claim(id="a", quote="44,4 %", subject="orange", property="share", value="44,4 %")
    claim.reviews.append(Review(date=dt.date(2026, 11, 30), by="desk", verdict="verified"))
    check = Check(id="c", expect="a < 50 %")
    document = Document("article.yaml", source=source, claims=[claim], checks=[check])
    report = factcheck.verify(Corpus([document]), fail_on="warning")
    config = factcheck.load_config(start="claims")
    line: int = claim.location.line
    worst: list[str] = [finding.message for finding in report.findings]
    value = claim.parsed_value
    language: str = claim.language
    passed: bool = report.ok
    errors: int = report.summary.errors
    units: list[str | None] = [meaning.unit for meaning in factcheck.Config().vocabulary]
"""


def _mypy(tmp_path: Path, code: str) -> subprocess.CompletedProcess[str]:
    program = tmp_path / "user.py"
    program.write_text(textwrap.dedent(code), encoding="utf-8")
    # The user's own configuration: strict, and no plugin. MYPYPATH finds the package
    # as an installed copy would be found (an editable install hides it from mypy).
    (tmp_path / "mypy.ini").write_text("[mypy]\nstrict = True\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(tmp_path / "mypy.ini"),
         "--cache-dir", str(tmp_path / "cache"), "--ignore-missing-imports", str(program)],
        capture_output=True, text=True, cwd=tmp_path, check=False,
        env={**os.environ, "MYPYPATH": str(ROOT)},
    )  # fmt: skip


def test_user_code_type_checks_without_the_pydantic_plugin(tmp_path: Path) -> None:
    result = _mypy(tmp_path, USER_CODE)
    assert result.returncode == 0, result.stdout + result.stderr
    # and it runs
    subprocess.run([sys.executable, str(tmp_path / "user.py")], check=True, cwd=ROOT)


def test_a_misspelt_public_name_or_report_key_is_a_type_error(tmp_path: Path) -> None:
    code = (
        "import factcheck\nfactcheck.verfy\n"
        "report = factcheck.verify(factcheck.load('claims/'))\n"
        "errors: int = report.to_dict()['summary']['errors']\n"
        "report.to_dict()['sumary']\n"
    )
    result = _mypy(tmp_path, code)
    assert 'Module has no attribute "verfy"' in result.stdout, result.stdout
    assert 'has no key "sumary"' in result.stdout, result.stdout
    assert "user.py:4:" not in result.stdout  # the summary's counts are typed as ints
