"""``--changed-since REF``: keep only the findings that touch files changed since a git ref.

The whole corpus is still loaded and verified (cross-file rules need it); the
report then keeps a finding when its own file changed, or the file of any record
it names (a claim, a check, a source), or a source text that such a file names
(an edited article can break its quotes); when it names an id no record has any
more (a claim file deleted, an id renamed: what was changed is gone); and every
finding when the configuration file changed (it can change any finding).
Changed means: on this branch since it forked from REF (``git merge-base``), plus
uncommitted and untracked files, so ``--changed-since origin/main`` in a pull
request and ``--changed-since HEAD`` before a commit both mean "what I changed".
Git runs as a subprocess; no git, no repository or an unknown ref is a
:class:`ChangesError` (exit 2).
"""

from __future__ import annotations

import subprocess
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import UsageError
from factcheck.findings import Finding, Report

if TYPE_CHECKING:
    from factcheck.model import Corpus


class ChangesError(UsageError):
    """Git could not tell what changed; the run stops (exit 2)."""


def _git(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise ChangesError("--changed-since needs git, which is not installed") from None


def changed_files(ref: str, where: Path) -> frozenset[Path]:
    """Absolute paths of the files changed since ``ref`` in the repository holding ``where``."""
    folder = where.resolve()
    if not folder.is_dir():
        folder = folder.parent
    top = _git("rev-parse", "--show-toplevel", cwd=folder)
    if top.returncode != 0:
        reason = top.stderr.strip().splitlines()[-1] if top.stderr.strip() else ""
        if "not a git repository" in reason or not reason:
            raise ChangesError(f"--changed-since needs a git repository: {where} is not in one")
        raise ChangesError(f"--changed-since: git cannot read the repository of {where}: {reason}")
    root = Path(top.stdout.strip())
    if _git("rev-parse", "--verify", "--quiet", "HEAD", cwd=root).returncode != 0:
        # no commit yet (the first commit of a repository): every file is new
        return _listed(root, ("ls-files", "--cached", "--others", "--exclude-standard", "-z"))
    if _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=root).returncode != 0:
        raise ChangesError(
            f"unknown git revision '{ref}' (in a shallow CI clone, fetch it first, "
            "e.g. 'git fetch origin main' or actions/checkout with fetch-depth: 0)"
        )
    fork = _git("merge-base", ref, "HEAD", cwd=root)
    if fork.returncode != 0 or not fork.stdout.strip():
        # comparing with REF's tip would pin on this branch whatever REF changed since
        raise ChangesError(
            f"git cannot find where HEAD forked from '{ref}' (in a shallow CI clone, fetch "
            "the whole history, e.g. actions/checkout with fetch-depth: 0)"
        )
    base = fork.stdout.strip()
    return _listed(
        root,
        ("diff", "--name-only", "--no-renames", "-z", base, "--"),
        ("ls-files", "--others", "--exclude-standard", "-z"),
    )


def _listed(root: Path, *commands: tuple[str, ...]) -> frozenset[Path]:
    """The absolute paths the git commands list, NUL-separated, relative to ``root``."""
    names: list[str] = []
    for args in commands:
        result = _git(*args, cwd=root)
        if result.returncode != 0:
            raise ChangesError(f"git {args[0]} failed: {result.stderr.strip()}")
        names.extend(name for name in result.stdout.split("\0") if name)
    return frozenset((root / name).resolve() for name in names)


def only_changed(report: Report, corpus: Corpus, changed: Collection[Path]) -> Report:
    """The report without the findings that touch no changed file (counted as outside changes)."""
    changed = frozenset(changed)
    config = corpus.config.path if corpus.config is not None else None
    if config is not None and config.resolve() in changed:
        return report  # a rule turned on, a severity raised: any finding may be new
    touched: set[str] = set()
    files_of: dict[str, set[str]] = {}
    for document in corpus.documents:
        inputs = [Path(document.path)]
        if document.source is not None and document.source.text:
            inputs.append(Path(document.path).parent / document.source.text)
        if any(path.resolve() in changed for path in inputs):
            touched.add(document.path)
        ids = [claim.id for claim in document.claims] + [check.id for check in document.checks]
        if document.source is not None:
            ids.append(document.source.id)
        for record_id in ids:
            files_of.setdefault(record_id, set()).add(document.path)

    def touches(finding: Finding) -> bool:
        file = finding.location.file
        if file.startswith("<") or file in touched or Path(file).resolve() in changed:
            return True
        for name in finding.claims:
            files = files_of.get(name)
            if files is None or files & touched:  # no record has it any more, or a changed one
                return True
        return False

    kept = tuple(finding for finding in report.findings if touches(finding))
    return replace(
        report,
        findings=kept,
        outside_changes=report.outside_changes + len(report.findings) - len(kept),
    )
