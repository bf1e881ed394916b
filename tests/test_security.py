"""Hostile claim files and checkouts: what a contributor commits cannot reach outside.

Each test stands for a finding of the security audit: source texts outside the
project, links in the report cache, forged cache entries, control characters in file
names, report files written through links, reports that are not valid UTF-8, and a
configuration that hides the whole corpus.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
import xml.dom.minidom
from collections.abc import Iterator
from pathlib import Path

import pytest

import factcheck
from factcheck import atomic
from factcheck.cache import MAX_ENTRIES, ReportCache, key_path
from factcheck.cli import main
from factcheck.config import load_config
from factcheck.findings import Finding, Location, Report, Severity, one_line
from factcheck.loading import prepare
from factcheck.model import Document, Source
from factcheck.reporters import REPORTERS, RenderOptions, github_reporter, text_reporter
from tests.conftest import CLAIMS, SEED_YAML, STAFF_CLAIM, source_block

CLAIM = STAFF_CLAIM
SECRET = "AUTHORIZATION: basic c2VjcmV0 environ 90 personnes"


def symlink(link: Path, target: str | Path) -> None:
    """Make a symbolic link, or skip the test where there are none."""
    try:
        link.symlink_to(target)
    except (OSError, NotImplementedError):
        pytest.skip("no symbolic links here")


@pytest.fixture(autouse=True)
def _private_user_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache key lives in a user cache folder of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))


# --- 1. source texts stay inside the project ------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A repository (a .git folder) with claims/, texts/, and a secret outside and in .git."""
    repository = tmp_path / "repository"
    (repository / ".git").mkdir(parents=True)
    (repository / ".git" / "config").write_text(SECRET, encoding="utf-8")
    (repository / ".env").write_text(SECRET, encoding="utf-8")
    (repository / "claims").mkdir()
    (repository / "texts").mkdir()
    (repository / "texts" / "a.txt").write_text("qui emploie environ 90 personnes", "utf-8")
    (tmp_path / "outside.txt").write_text(SECRET, encoding="utf-8")
    return repository


def load_with_text(project: Path, text: str) -> Document:
    path = project / "claims" / "a.yaml"
    path.write_text(source_block(text=json.dumps(text)) + CLAIM, encoding="utf-8")
    (document,) = factcheck.load(path).documents
    return document


def text_problems(document: Document) -> list[str]:
    return [p.message for p in document.problems if p.kind == "text"]


def test_claims_in_a_hidden_folder_read_the_text_beside_them(project: Path) -> None:
    folder = project / ".archive" / "2015"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("qui emploie environ 90 personnes", encoding="utf-8")
    path = folder / "a.yaml"
    path.write_text(source_block(text="a.txt") + CLAIM, encoding="utf-8")
    (document,) = factcheck.load(path).documents
    assert text_problems(document) == []
    assert document.source is not None and document.source.text_content
    # but not a hidden file beside them
    path.write_text(source_block(text="../../.env") + CLAIM, encoding="utf-8")
    (document,) = factcheck.load(path).documents
    assert text_problems(document) == [
        "source text '../../.env' is hidden (.env): only article texts are read"
    ]


@pytest.mark.parametrize(
    "text", ["../texts/a.txt", "../claims/../texts/a.txt", "ABSOLUTE", "LINK INSIDE"]
)
def test_a_source_text_inside_the_project_is_read(project: Path, text: str) -> None:
    if text == "ABSOLUTE":
        text = str(project / "texts" / "a.txt")
    elif text == "LINK INSIDE":
        symlink(project / "claims" / "a.txt", "../texts/a.txt")
        text = "a.txt"
    document = load_with_text(project, text)
    assert text_problems(document) == []
    assert document.source is not None
    assert document.source.text_content == "qui emploie environ 90 personnes"


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("../../outside.txt", "leaves the project (the git repository)"),
        ("../../../../../../../../../../etc/passwd", "leaves the project"),
        ("ABSOLUTE", "leaves the project"),
        ("/etc/passwd", "leaves the project"),
        ("LINK OUT", "leaves the project"),
        ("FOLDER LINK OUT", "leaves the project"),
        ("../.git/config", "is hidden (.git)"),
        ("../.env", "is hidden (.env)"),
    ],
)
def test_a_source_text_outside_the_project_is_refused_unread(
    project: Path, text: str, refusal: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if text == "ABSOLUTE":
        text = str(project.parent / "outside.txt")
    elif text == "LINK OUT":
        symlink(project / "claims" / "innocent.txt", project.parent / "outside.txt")
        text = "innocent.txt"
    elif text == "FOLDER LINK OUT":
        (project.parent / "elsewhere").mkdir()
        (project.parent / "elsewhere" / "outside.txt").write_text(SECRET, encoding="utf-8")
        symlink(project / "claims" / "shared", project.parent / "elsewhere")
        text = "shared/outside.txt"
    document = load_with_text(project, text)
    (message,) = text_problems(document)
    assert refusal in message and f"'{text}'" in message
    assert document.source is not None and document.source.text_content is None
    # verify reports it where the text is named; report and export publish nothing of it
    claims = str(project / "claims")
    assert main(["verify", claims, "--format", "json", "--no-cache"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["rule"], f["location"]["line"]) for f in findings] == [("missing-text", 7)]
    main(["report", claims, "-o", str(project / "site")])
    main(["export", claims])
    published = capsys.readouterr().out
    published += "".join(p.read_text("utf-8") for p in (project / "site").glob("*.html"))
    assert "AUTHORIZATION" not in published and "c2VjcmV0" not in published


def test_a_folder_link_changed_between_two_loads_is_followed_anew(project: Path) -> None:
    link = project / "claims" / "texts"
    symlink(link, "../texts")
    assert text_problems(load_with_text(project, "texts/a.txt")) == []
    link.unlink()
    link.symlink_to(project.parent)  # one process (a library user's server) loads again
    (project.parent / "a.txt").write_text(SECRET, encoding="utf-8")
    document = load_with_text(project, "texts/a.txt")
    assert [m.split(" (")[0] for m in text_problems(document)] == [
        "source text 'texts/a.txt' leaves the project"
    ]
    assert document.source is not None and document.source.text_content is None


def test_without_git_the_project_is_the_configuration_folder(tmp_path: Path) -> None:
    root = tmp_path / "desk"
    (root / "claims").mkdir(parents=True)
    (root / "texts").mkdir()
    (root / "texts" / "a.txt").write_text("qui emploie environ 90 personnes", "utf-8")
    (root / "factcheck.toml").write_text("approx = 0.1\n", encoding="utf-8")
    (tmp_path / "outside.txt").write_text(SECRET, encoding="utf-8")
    path = root / "claims" / "a.yaml"
    for text, problems in (("../texts/a.txt", 0), ("../../outside.txt", 1)):
        path.write_text(source_block(text=text) + CLAIM, encoding="utf-8")
        config = load_config(start=path)
        (document,) = factcheck.load(path, config).documents
        messages = text_problems(document)
        assert len(messages) == problems
        if problems:
            assert "leaves the project (the configuration file's folder)" in messages[0]


def test_without_git_or_configuration_the_project_is_the_claim_files_folder(
    tmp_path: Path,
) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "a.txt").write_text("qui emploie environ 90 personnes", encoding="utf-8")
    path = tmp_path / "claims" / "a.yaml"
    path.write_text(source_block(text="../a.txt") + CLAIM, encoding="utf-8")
    (document,) = factcheck.load(path).documents
    (message,) = text_problems(document)
    assert "leaves the project (the claim file's folder)" in message


def test_a_source_made_in_code_is_held_to_the_project_too(project: Path) -> None:
    path = project / "claims" / "a.yaml"
    path.write_text(source_block(text="../texts/a.txt") + CLAIM, encoding="utf-8")
    corpus = factcheck.load(path)
    document = corpus.documents[0]
    assert document.source is not None
    document.source = Source.model_validate(
        {**document.source.model_dump(), "text": "../../outside.txt"}
    )
    prepare(corpus)
    (message,) = text_problems(document)
    assert "leaves the project" in message
    assert document.source.text_content is None


# --- 2. no link inside the report cache is followed -------------------------------------------


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout holding the seed claims, as the working folder."""
    repository = tmp_path / "repository"
    (repository / "claims").mkdir(parents=True)
    for path in CLAIMS.glob("latribune-2015-07-27.*"):
        shutil.copy(path, repository / "claims" / path.name)
    monkeypatch.chdir(repository)
    return repository


def verify_cached(capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["verify", "claims", "--cache-dir", ".factcheck_cache", *extra])
    return code, capsys.readouterr().err


def test_a_cache_reports_folder_linked_elsewhere_deletes_and_writes_nothing_there(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = checkout.parent / "victim"
    victim.mkdir()
    for number in range(40):
        (victim / f"data{number}.json").write_text("{}\n", encoding="utf-8")
    (checkout / ".factcheck_cache").mkdir()
    symlink(checkout / ".factcheck_cache" / "reports", "../../victim")
    code, err = verify_cached(capsys)
    assert code == 0
    assert "is a symbolic link" in err and "not cached" in err
    assert sorted(p.name for p in victim.iterdir()) == sorted(f"data{n}.json" for n in range(40))


def test_a_cache_folder_that_is_a_link_is_not_used(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = checkout.parent / "elsewhere"
    elsewhere.mkdir()
    symlink(checkout / ".factcheck_cache", elsewhere)
    code, err = verify_cached(capsys)
    assert code == 0 and "is a symbolic link" in err
    assert list(elsewhere.iterdir()) == []


def test_marker_files_are_never_written_through_a_dangling_link(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (checkout / ".factcheck_cache").mkdir()
    planted = checkout.parent / "created-by-factcheck"
    symlink(checkout / ".factcheck_cache" / ".gitignore", planted)
    symlink(checkout / ".factcheck_cache" / "CACHEDIR.TAG", planted.with_suffix(".tag"))
    code, _ = verify_cached(capsys)
    assert code == 0
    assert not planted.exists() and not planted.with_suffix(".tag").exists()
    assert len(list((checkout / ".factcheck_cache" / "reports").iterdir())) == 1


def test_pruning_removes_only_regular_files_named_as_entries(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reports = checkout / ".factcheck_cache" / "reports"
    reports.mkdir(parents=True)
    precious = checkout.parent / "precious.json"
    precious.write_text("{}\n", encoding="utf-8")
    old_entries = [reports / f"{number:040x}.json" for number in range(MAX_ENTRIES + 5)]
    for age, entry in enumerate(old_entries):
        entry.write_text("old", encoding="utf-8")
        os.utime(entry, (1000 + age, 1000 + age))
    others = [reports / "notes.json", reports / "ABCDEF.json", reports / "keep.txt"]
    for other in others:
        other.write_text("mine", encoding="utf-8")
        os.utime(other, (1, 1))
    link = reports / f"{'f' * 40}.json"  # named as an entry, but a link
    symlink(link, precious)
    os.utime(link, (1, 1), follow_symlinks=False)
    assert verify_cached(capsys)[0] == 0
    assert all(other.read_text(encoding="utf-8") == "mine" for other in others)
    assert link.is_symlink() and precious.read_text(encoding="utf-8") == "{}\n"
    kept = [p for p in reports.iterdir() if p.name not in {o.name for o in others}]
    regular = [p for p in kept if not p.is_symlink()]
    assert len(regular) == MAX_ENTRIES  # the oldest ones went
    assert not old_entries[0].exists() and old_entries[-1].exists()


# --- 3. a cache entry cannot be forged -----------------------------------------------------------

FAILING = """\
source: {id: s, title: T, publisher: P, published: 2015-07-27, language: en}
claims:
  - {id: a, quote: "the 7 mayors", subject: S, property: staff, value: "9 person"}
"""


def forge_entry(cache: ReportCache, files: list[str]) -> None:
    """Write the "no findings" entry the audit committed, as the old format would read it."""
    report = {"findings": [], "files": files, "claims": 1, "checks": 0, "rules": [],
              "suppressed": []}  # fmt: skip
    cache.path.parent.mkdir(parents=True, exist_ok=True)
    for version in (1, 2):
        entry = json.dumps({"format": version, "texts": {}, "report": report})
        cache.path.write_text(entry, encoding="utf-8")


def test_a_forged_cache_entry_does_not_turn_a_failure_into_a_pass(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.rmtree(checkout / "claims")
    (checkout / "claims").mkdir()
    (checkout / "claims" / "bad.yaml").write_text(FAILING, encoding="utf-8")
    cache = ReportCache.for_run(["claims"], None, Path(".factcheck_cache"))
    forge_entry(cache, ["claims/bad.yaml"])
    assert verify_cached(capsys)[0] == 1
    assert verify_cached(capsys)[0] == 1  # and again, from its own (signed) entry


def test_an_entry_signed_with_another_key_is_a_miss(
    checkout: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert verify_cached(capsys)[0] == 0
    (entry,) = (checkout / ".factcheck_cache" / "reports").iterdir()
    signed = entry.read_bytes()
    monkeypatch.setenv("XDG_CACHE_HOME", str(checkout.parent / "someone-else"))
    cache = ReportCache.for_run(["claims"], None, Path(".factcheck_cache"))
    assert cache.get() is None  # another user's key: a miss
    assert verify_cached(capsys)[0] == 0  # verified again, and signed with this key
    assert entry.read_bytes() != signed and cache.get() is not None


def test_an_entry_renamed_to_another_key_is_a_miss(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert verify_cached(capsys)[0] == 0
    (entry,) = (checkout / ".factcheck_cache" / "reports").iterdir()
    other = ReportCache(Path(".factcheck_cache"), "0" * 40)
    entry.rename(other.path)
    assert other.get() is None


def test_the_key_is_kept_outside_the_checkout_readable_by_its_owner_only(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert verify_cached(capsys)[0] == 0
    key = key_path()
    assert key.parent.parent == Path(os.environ["XDG_CACHE_HOME"])
    assert checkout not in key.parents
    if sys.platform != "win32":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert len(key.read_text(encoding="ascii").strip()) == 64
    # the CI recipe keeps the key with the cache folder: restored, the cache answers
    cache = ReportCache.for_run(["claims"], None, Path(".factcheck_cache"))
    assert cache.get() is not None


def test_a_damaged_key_is_replaced(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key = key_path()
    key.parent.mkdir(parents=True)
    key.write_text("short\n", encoding="ascii")
    assert verify_cached(capsys)[0] == 0
    assert len(key.read_text(encoding="ascii").strip()) == 64
    assert ReportCache.for_run(["claims"], None, Path(".factcheck_cache")).get() is not None


# --- 4. file names cannot send the terminal or the CI log commands ---------------------------

HOSTILE = "claims/x\x1b]0;T\x07\x1b[2Jy\nfake.yaml:1:1: ok z.yaml"


def hostile_finding(file: str = HOSTILE) -> Finding:
    return Finding(Location(file, 2, 3), "duplicate-id", Severity.ERROR, "m", ("a",))


def report_of(*findings: Finding) -> Report:
    files = tuple(sorted({f.location.file for f in findings}))
    return Report(findings, files, claims=1, checks=0)


@pytest.mark.parametrize("color", [False, True])
def test_the_text_report_escapes_file_names(color: bool) -> None:
    text = text_reporter.render(report_of(hostile_finding()), RenderOptions(color=color))
    lines = text.splitlines()
    assert len(lines) == 2  # the finding and the summary: no forged line
    assert "\x07" not in text and "]0;T" in lines[0] and "\\x1b]0;T\\x07" in lines[0]
    assert "\\nfake.yaml" in lines[0]
    assert text.count("\x1b") == (text.count("\x1b[") if color else 0)
    assert "\x1b]" not in text and "\x1b[2J" not in text


def test_a_file_name_cannot_start_a_workflow_command_in_the_text_report() -> None:
    finding = hostile_finding("::add-mask::secret.yaml")
    (line, _) = text_reporter.render(report_of(finding)).splitlines()
    assert line.startswith("./::add-mask::secret.yaml:2:3: error")


def test_the_github_report_escapes_file_names() -> None:
    finding = hostile_finding("claims/a\x1b[8mb\x9b31m.yaml")
    (command, _) = github_reporter.render(report_of(finding)).splitlines()
    assert command.startswith("::error file=claims/a\\x1b[8mb\\x9b31m.yaml,line=2,col=3")
    assert "\x1b" not in command and "\x9b" not in command


@pytest.mark.parametrize(
    "character", ["\x9b", "\x80", "\x9f", "\x85", "\u202e", "\u202a", "\u2066", "\u2069"]
)
def test_one_line_escapes_c1_controls_and_bidirectional_overrides(character: str) -> None:
    escaped = one_line(f"a{character}b")
    assert character not in escaped and escaped.startswith("a\\") and escaped.endswith("b")
    assert one_line("é ü — « » 日本") == "é ü — « » 日本"  # printable text is untouched


def test_status_escapes_file_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    name = "x\x1b[2Jy\nfake.yaml"
    try:
        shutil.copy(SEED_YAML, folder / name)
    except OSError:
        pytest.skip("this file system refuses such names")
    assert main(["status", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\nfake.yaml" not in out and "x\\x1b[2Jy\\nfake.yaml" in out


def test_the_wrote_line_escapes_the_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    name = "r\x1b[2J.json"
    assert main(["verify", str(CLAIMS), "--no-cache", "--format", f"json={name}"]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "wrote the json report to r\\x1b[2J.json" in err


# --- 5. report files are not written through links leading out -------------------------------


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder, with a precious file outside it."""
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "precious.txt").write_text("precious user data\n", encoding="utf-8")
    monkeypatch.chdir(work)
    return work


def test_a_link_in_the_working_folder_leading_out_is_replaced_not_followed(
    workspace: Path,
) -> None:
    precious = workspace.parent / "precious.txt"
    symlink(workspace / "factcheck.sarif", "../precious.txt")
    atomic.write_text(Path("factcheck.sarif"), "report\n")
    assert precious.read_text(encoding="utf-8") == "precious user data\n"
    assert not (workspace / "factcheck.sarif").is_symlink()
    assert (workspace / "factcheck.sarif").read_text(encoding="utf-8") == "report\n"


def test_a_link_leading_inside_the_working_folder_is_followed(workspace: Path) -> None:
    (workspace / "reports").mkdir()
    (workspace / "reports" / "2024.sarif").write_text("old\n", encoding="utf-8")
    symlink(workspace / "latest.sarif", "reports/2024.sarif")
    atomic.write_text(Path("latest.sarif"), "new\n")
    assert (workspace / "latest.sarif").is_symlink()
    assert (workspace / "reports" / "2024.sarif").read_text(encoding="utf-8") == "new\n"


def test_a_link_of_the_users_own_outside_the_working_folder_is_followed(
    workspace: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "target.txt").write_text("old\n", encoding="utf-8")
    symlink(mine / "link.txt", "target.txt")
    atomic.write_text(mine / "link.txt", "new\n")
    assert (mine / "link.txt").is_symlink()
    assert (mine / "target.txt").read_text(encoding="utf-8") == "new\n"


def test_without_following_links_even_one_leading_inside_is_replaced(workspace: Path) -> None:
    (workspace / "target.txt").write_text("old\n", encoding="utf-8")
    symlink(workspace / "link.txt", "target.txt")
    atomic.write_text(Path("link.txt"), "new\n", follow_links=False)
    assert not (workspace / "link.txt").is_symlink()
    assert (workspace / "target.txt").read_text(encoding="utf-8") == "old\n"


def test_verify_does_not_write_a_report_through_a_committed_link(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    precious = workspace.parent / "precious.txt"
    symlink(workspace / "factcheck.sarif", "../precious.txt")
    args = ["verify", str(CLAIMS), "--no-cache", "--format", "sarif=factcheck.sarif"]
    assert main(args) == 0
    assert precious.read_text(encoding="utf-8") == "precious user data\n"
    assert json.loads((workspace / "factcheck.sarif").read_text(encoding="utf-8"))["runs"]


def test_the_html_index_is_not_written_through_a_link(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    precious = workspace.parent / "precious.txt"
    (workspace / "report").mkdir()
    symlink(workspace / "report" / "index.html", "../../precious.txt")
    main(["report", str(CLAIMS), "-o", "report"])
    assert precious.read_text(encoding="utf-8") == "precious user data\n"
    index = workspace / "report" / "index.html"
    assert not index.is_symlink() and "<html" in index.read_text(encoding="utf-8").lower()


def test_the_report_folder_is_not_a_link_leading_out(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = workspace.parent / "elsewhere"
    outside.mkdir()
    symlink(workspace / "report", "../elsewhere")
    assert main(["report", str(CLAIMS), "-o", "report"]) == 2
    assert "symbolic link leading outside the working folder" in capsys.readouterr().err
    assert list(outside.iterdir()) == []
    # a link that stays inside is followed
    (workspace / "site").mkdir()
    symlink(workspace / "inside", "site")
    assert main(["report", str(CLAIMS), "-o", "inside"]) == 0
    assert (workspace / "site" / "index.html").is_file()


@pytest.fixture
def linked_claims(workspace: Path) -> Iterator[Path]:
    """claims -> data/claims inside the working folder (a repository), holding the seed."""
    (workspace / ".git").mkdir()
    real = workspace / "data" / "claims"
    real.mkdir(parents=True)
    for path in CLAIMS.glob("latribune-2015-07-27.*"):
        shutil.copy(path, real / path.name)
    symlink(workspace / "claims", "data/claims")
    yield real


def test_review_writes_into_a_claims_folder_that_is_a_link_inside_the_repository(
    workspace: Path, linked_claims: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claim_file = linked_claims / SEED_YAML.name
    before = claim_file.read_text(encoding="utf-8")
    args = ["review", "cloudwatt_staff_2015", "claims", "--verdict", "disputed", "--by", "ana"]
    assert main(args) == 0, capsys.readouterr().err
    assert (workspace / "claims").is_symlink()
    after = claim_file.read_text(encoding="utf-8")
    assert after != before and "verdict: disputed" in after


# --- 6. JSON and JUnit reports are valid UTF-8 -------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "junit", "sarif"])
def test_a_file_name_that_is_not_utf8_leaves_the_report_valid_utf8(fmt: str) -> None:
    name = b"claims/bad\xff.yaml".decode("utf-8", "surrogateescape")
    finding = Finding(Location(name, 3, 5), "invalid-yaml", Severity.ERROR, f"see {name}")
    text = REPORTERS[fmt](report_of(finding), RenderOptions(show_suppressed=True))
    data = text.encode("utf-8", "surrogateescape")  # as atomic.write_text writes it
    decoded = data.decode("utf-8")  # strict: raises on a raw \xff
    if fmt == "junit":
        xml.dom.minidom.parseString(data)
    else:
        json.loads(data)
    if fmt != "sarif":
        assert "bad\ufffd.yaml" in decoded


# --- 7. a configuration that excludes every claim file stops the run --------------------------


def test_a_configuration_that_excludes_every_claim_file_is_an_error(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (checkout / "factcheck.toml").write_text("approx = 0.1\n", encoding="utf-8")
    (checkout / "claims" / "factcheck.toml").write_text('exclude = ["*"]\n', encoding="utf-8")
    for cache in (["--no-cache"], ["--cache-dir", ".factcheck_cache"], []):
        assert main(["verify", "claims", *cache]) == 2
        err = capsys.readouterr().err
        assert "every claim file in claims is excluded by the configuration" in err
        assert str(Path("claims") / "factcheck.toml") in err
    assert main(["status", "claims"]) == 2


def test_naming_only_excluded_files_is_still_nothing_to_do(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (checkout / "factcheck.toml").write_text('exclude = ["claims/*"]\n', encoding="utf-8")
    named = str(Path("claims") / SEED_YAML.name)
    for cache in (["--no-cache"], ["--cache-dir", ".factcheck_cache"]):
        assert main(["verify", named, *cache]) == 0
        assert "0 files" in capsys.readouterr().out


def test_a_folder_partly_excluded_is_verified(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (checkout / "claims" / "drafts").mkdir()
    shutil.copy(SEED_YAML, checkout / "claims" / "drafts" / "copy.yaml")
    (checkout / "factcheck.toml").write_text('exclude = ["claims/drafts/*"]\n', "utf-8")
    assert main(["verify", "claims", "--no-cache"]) == 0
    assert "1 file," in capsys.readouterr().out
