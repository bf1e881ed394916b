"""The pre-commit hook, end to end: pre-commit installs factcheck from this repository.

A copy of the working tree (what a user's pre-commit would clone) becomes a
hook repository; a content repository with one claim file runs it with
``pre-commit try-repo``: the hook fails on a bad claim and passes once fixed.
pre-commit builds the hook's own virtualenv from PyPI, so this test takes a
minute; it runs in CI like every other test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT, STAFF_CLAIM, source_block

CLAIM = source_block(text="a.txt") + STAFF_CLAIM
TEXT = "Cloudwatt emploie environ 90 personnes.\n"


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(
        PRE_COMMIT_HOME=str(home),
        GIT_AUTHOR_NAME="test",
        GIT_AUTHOR_EMAIL="test@example.org",
        GIT_COMMITTER_NAME="test",
        GIT_COMMITTER_EMAIL="test@example.org",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    return env


def _git(cwd: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def _hook_repository(target: Path, env: dict[str, str]) -> Path:
    """The project as pre-commit clones it: the package, its metadata and the hook manifest."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "factcheck", target / "factcheck", ignore=ignore)
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, target / name)
    _git(target, env, "init", "-q")
    _git(target, env, "add", "-A")
    _git(target, env, "commit", "-q", "-m", "factcheck")
    return target


def test_the_manifest_declares_one_serial_hook_over_the_whole_corpus() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["factcheck"]
    hook = hooks[0]
    assert hook["entry"] == "factcheck verify" and hook["language"] == "python"
    assert hook["pass_filenames"] is False and hook["require_serial"] is True
    assert hook["always_run"] is True  # a commit that only deletes a claim file too


def test_pre_commit_hook_fails_on_a_bad_claim_and_passes_once_fixed(tmp_path: Path) -> None:
    env = _env(tmp_path / "pre-commit-home")
    hooks = _hook_repository(tmp_path / "hooks", env)
    content = tmp_path / "content"
    (content / "claims").mkdir(parents=True)
    claim = content / "claims" / "a.yaml"
    claim.write_text(CLAIM.replace("~90 person", "~95 person"), encoding="utf-8")
    (content / "claims" / "a.txt").write_text(TEXT, encoding="utf-8")
    _git(content, env, "init", "-q")
    _git(content, env, "add", "-A")

    def run() -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "factcheck"]
        return subprocess.run(
            [*command, "--all-files", "--color", "never"],
            cwd=content,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )

    failed = run()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "claims/a.yaml:9:5: error figure-in-quote" in failed.stdout, failed.stdout
    assert "Failed" in failed.stdout

    claim.write_text(CLAIM, encoding="utf-8")
    _git(content, env, "add", "-A")
    passed = run()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


def test_the_manifest_is_valid_for_pre_commit() -> None:
    manifest = ROOT / ".pre-commit-hooks.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(manifest)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
