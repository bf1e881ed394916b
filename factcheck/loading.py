"""Discovery of claim files and their loading into records that know their place.

Loading never stops at a bad file: every problem (YAML syntax, fields and
types, values, dates, expressions, the source text) is kept on its document
as a :class:`~factcheck.model.LoadProblem` with ``file:line:column``, and the
valid records of that file are still loaded. Rules turn problems into findings.
"""

from __future__ import annotations

import codecs
import difflib
import functools
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar, cast

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from factcheck.collector import collector_paused
from factcheck.config import Config, load_config
from factcheck.dates import DateSyntaxError, parse_date
from factcheck.discovery import (
    CLAIM_SUFFIXES,
    PathArg,
    discover,
    is_inside,
    path_list,
    read_regular_file,
    require_claim_files,
)
from factcheck.expressions import ExpressionError, parse_expression
from factcheck.findings import Location, display_path
from factcheck.model import (
    PATTERN_WORDS,
    TOP_LEVEL_FIELDS,
    Check,
    Claim,
    Corpus,
    Document,
    LoadProblem,
    Record,
    Source,
    share_fields_sets,
)
from factcheck.values import counted, exact, parse_value
from factcheck.yamlfast import parse_fast
from factcheck.yamltree import YamlError, YamlList, YamlMap, parse_yaml, position

MAX_ERRORS_PER_RECORD = 5
R = TypeVar("R", bound=Record)


def load(
    paths: PathArg | Iterable[PathArg] = "claims",
    config: Config | None = None,
    progress: Callable[[Document, int], None] | None = None,
) -> Corpus:
    """Load every claim file under ``paths`` into a corpus of typed records.

    ``config`` defaults to the configuration file found upward from the first path
    (``factcheck.toml``, or ``[tool.factcheck]`` in ``pyproject.toml``), as on the
    command line; the corpus keeps it for :func:`factcheck.verify`. Raises
    :class:`PathNotFound` for a path that does not exist, or when the paths hold no
    claim file at all, and :class:`ConfigError` for a configuration file that cannot be
    used, or that excludes every claim file of the folders given (files named one by
    one may all be excluded: the corpus is then empty); every other problem is kept on
    its document. ``progress`` is called after
    each file with the document and the number of files in all (the CLI draws a
    progress bar).
    """
    listed = path_list(paths)
    if config is None:
        config = load_config(start=Path(listed[0])) if listed else Config()
    files = discover(listed, config.exclude, config.folder)
    _realpath.cache_clear()
    _repository_or.cache_clear()
    documents = []
    with collector_paused():
        for path in files:
            documents.append(load_file(path, config))
            if progress is not None:
                progress(documents[-1], len(files))
    if not documents:
        require_claim_files(listed, config.exclude, config.folder, config.path)
    return Corpus(documents, config=config)


def load_file(path: Path, config: Config | None = None) -> Document:
    """Load one claim file; never raises for what the file contains."""
    name = display_path(path)
    try:
        data = read_regular_file(path)
    except OSError as error:
        return _broken(name, "syntax", f"cannot read the file: {error.strerror or error}")
    text, problem = _decode(data, name)
    if problem is not None:
        return Document(name, problems=[problem])
    try:  # the bytes as read are the text's UTF-8 form, for the fast path, but for a BOM
        utf8 = None if data.startswith(codecs.BOM_UTF8) else data
        return _load_text(text, name, config, path.parent, utf8)
    except Exception as error:  # a bug of ours: the run goes on with the other files
        message = f"loading the file failed: {type(error).__name__}: {error} (please report this)"
        return _broken(name, "internal", message)


def load_text(
    text: str, name: str, config: Config | None = None, base: Path | None = None
) -> Document:
    """Load a claim file's text; ``base`` is where its source ``text`` path is relative to."""
    return _load_text(text, name, config, base)


def _load_text(
    text: str, name: str, config: Config | None, base: Path | None, utf8: bytes | None = None
) -> Document:
    """:func:`load_text`, given the text's UTF-8 form too when the file was read as it."""
    config = config or Config()
    fast = parse_fast(text, utf8)
    if fast is not None:
        try:
            return _Loader(name, fast.root, config, base, fast.records).document
        except _NeedsExactReader:
            pass  # a problem to report: the exact reader knows where every field stands
    # a file named on the command line, not found by suffix: the article itself?
    hint = "" if name.lower().endswith(CLAIM_SUFFIXES) else " (claim files end in .yaml or .yml)"
    try:
        root = parse_yaml(text)
    except YamlError as error:
        return _broken(name, "syntax", error.message + hint, error.line, error.column)
    if root is None:
        message = "empty file: a claim file is a mapping with 'source' and 'claims'"
        return _broken(name, "schema", message + hint)
    if not isinstance(root, YamlMap):
        kind = "a list" if isinstance(root, YamlList) else "a single value"
        message = f"the file holds {kind}; a claim file is a mapping with 'source' and 'claims'"
        return _broken(name, "schema", message + hint, *position(root, ()) or (1, 1))
    return _Loader(name, root, config, base).document


class _NeedsExactReader(Exception):
    """The fast path met a problem, whose position only the exact reader can tell."""


class _Loader:
    """Turns one parsed file into a document, collecting problems record by record.

    ``root`` comes from the exact reader (a :class:`YamlMap` that knows every position)
    or from the fast path (plain data, with ``records`` telling where each record
    starts); on the fast path the first problem raises :class:`_NeedsExactReader`.
    """

    def __init__(
        self,
        name: str,
        root: dict[str, Any],
        config: Config,
        base: Path | None,
        records: Mapping[tuple[str | int, ...], tuple[int, int]] | None = None,
    ) -> None:
        self.name, self.root, self.config, self.base = name, root, config, base
        self.counts = config.vocabulary.counts()
        self.exacts = config.vocabulary.exacts()
        self.records = records
        self.document = Document(name)
        self._top_level()
        source = self._record(Source, "source", ("source",))
        self.document.source = source
        if source is not None:
            _derive(source, "_text_content", None)
            self._source_text(source)
        language = source.language if source else _raw_language(root)
        for index, claim in self._records(Claim, "claims"):
            _derive(claim, "_source", source)
            _derive(claim, "_language", language)
            self._parse_claim(claim, index, language, source)
            self.document.claims.append(claim)
        for index, check in self._records(Check, "checks"):
            _derive(check, "_source", source)
            _derive(check, "_language", language)
            self._parse_check(check, index)
            self.document.checks.append(check)

    def problem(
        self, kind: str, message: str, loc: tuple[int | str, ...], claims: tuple[str, ...] = ()
    ) -> None:
        if self.records is not None:
            raise _NeedsExactReader
        line, column = position(self.root, loc) or (0, 0)
        self.document.problems.append(
            LoadProblem(kind, message, Location(self.name, line, column), claims)
        )

    def _top_level(self) -> None:
        for key in self.root:
            if key not in TOP_LEVEL_FIELDS:
                self.problem("schema", _unknown_field(str(key), TOP_LEVEL_FIELDS), (key,))
        if self.root.get("source") is None:
            self.problem("schema", "missing the 'source' block (id, title, publisher, ...)", ())

    def _records(self, model: type[R], key: str) -> Iterator[tuple[int, R]]:
        node = self.root.get(key)
        if node is None:
            return
        if not isinstance(node, list):
            self.problem("schema", f"'{key}' must be a list of records", (key,))
            return
        if self.records is not None:  # the fast path: the whole list in one validation
            if model is Claim:
                _share_texts(node)
            try:
                records = _list_adapter(model).validate_python(node)
            except ValidationError:
                raise _NeedsExactReader from None
            share_fields_sets(records)
            if model is Claim:
                claims = cast("list[Claim]", records)
                share_fields_sets(review for claim in claims for review in claim.reviews)
            for index, record in enumerate(records):
                _place(record, Location(self.name, *self.records[(key, index)]))
                yield index, record
            return
        for index in range(len(node)):
            record = self._record(model, key, (key, index))
            if record is not None:
                yield index, record

    def _record(self, model: type[R], what: str, loc: tuple[int | str, ...]) -> R | None:
        node: Any = self.root.get(str(loc[0]))
        for part in loc[1:]:  # list indexes, which _records checked
            node = node[part]
        if node is None:
            return None
        if not isinstance(node, dict):
            self.problem("schema", f"each entry of '{what}' must be a mapping of fields", loc)
            return None
        try:
            record = model.model_validate(node)
        except ValidationError as error:
            label = _label(what, node)
            for detail in _without_echoes(error.errors(), model)[:MAX_ERRORS_PER_RECORD]:
                full = loc + tuple(detail["loc"])
                message = f"{label}: {explain_error(detail, model)}"
                self.problem("schema", message, full, _own_id(node))
            return None
        if self.records is not None:
            where = self.records[loc]
        else:
            where = position(self.root, loc) or (0, 0)
        _place(record, Location(self.name, *where))
        return record

    def _source_text(self, source: Source) -> None:
        if source.text is not None and self.base is not None:
            failure = _read_source_text(source, self.base, self.config.folder)
            if failure is not None:
                self.problem("text", failure, ("source", "text"))

    def _parse_claim(self, claim: Claim, index: int, language: str, source: Source | None) -> None:
        read = _read_claim(
            claim,
            language,
            source,
            self.config.approx,
            self.counts,
            financial_year(source, self.config),
            self.exacts,
        )
        for kind, message, field in read:
            self.problem(kind, message, ("claims", index, field), (claim.id,))

    def _parse_check(self, check: Check, index: int) -> None:
        message = _read_check(check, self.config.approx)
        if message is not None:
            self.problem("expression", message, ("checks", index, "expect"))


#: The kinds of claims whose dates without a year or direction are read forward.
_AHEAD = frozenset({"forecast", "target"})


def _read_claim(
    claim: Claim,
    language: str,
    source: Source | None,
    approx: Decimal,
    counts: frozenset[str],
    financial_year_start: int | None = None,
    exacts: frozenset[str] = frozenset(),
) -> list[tuple[str, str, str]]:
    """Set the claim's value and period; (kind, message, field) of what cannot be read.

    The value of a property that counts things (``counts``) holds whole numbers only,
    and that of a property of exact figures (``exacts``) its figure as written;
    ``financial_year_start`` (the source's, else the configuration's ``[dates]``: see
    :func:`financial_year`) reads "2024/25" and "FY2025" as financial years.
    """
    _derive(claim, "_value", None)
    _derive(claim, "_period", None)
    problems = []
    if claim.value is not None:
        try:
            value = parse_value(claim.value, language, approx=approx)
            value = counted(value) if claim.property in counts else value
            _derive(claim, "_value", exact(value) if claim.property in exacts else value)
        except ValueError as error:
            problems.append(("value", f"claim '{claim.id}': {error}", "value"))
    if claim.when is not None:
        published = source.published if source else None
        try:
            ahead = claim.kind in _AHEAD  # "mardi", "le 1er décembre" of a forecast: the next
            period = parse_date(
                claim.when,
                language,
                published,
                ahead=ahead,
                financial_year_start=financial_year_start,
            )
            _derive(claim, "_period", period)
        except DateSyntaxError as error:
            problems.append(("date", f"claim '{claim.id}': {error}", "when"))
    if claim.said_on is not None:  # the day a statement was made, exported by ClaimReview
        try:
            claim.read_said_on()
        except ValueError as error:
            problems.append(("date", str(error), "said_on"))
    return problems


def financial_year(source: Source | None, config: Config) -> int | None:
    """The month financial years start in for the claims of ``source``.

    The source's own ``financial_year_start`` when it has one, else the configuration's
    ``[dates]``: a desk quoting the UK (April) and the US (October) gives each source its
    body's year. A source block that is invalid gives none (its error is reported).
    """
    if source is not None and source.financial_year_start is not None:
        return source.financial_year_start
    return config.dates.financial_year_start


def _read_source_text(source: Source, base: Path, config_folder: Path | None) -> str | None:
    """Set the source's text content from its ``text`` file; the message when it cannot.

    The file must lie inside the project (see :func:`project_root`), links followed,
    and not hidden (``.git``, ``.env``): a claim file from an untrusted contributor must not make
    a report publish ``/etc/passwd`` or the repository's credentials. Such a file
    is not read.
    """
    assert source.text is not None
    path = base / source.text
    try:
        real = _real_file(os.path.abspath(path))
    except ValueError:  # a NUL: Python refuses the name
        return f"source text '{source.text}' cannot be read: not a valid file name"
    root, what = project_root(base, config_folder)
    if not is_inside(real, root):
        return (
            f"source text '{source.text}' leaves the project ({what}): only a file inside "
            "it is read"
        )
    hidden = _hidden_part(real, _realpath(os.path.abspath(base)))
    if hidden is not None:  # .git (its credentials), .env, ...: never an article
        return f"source text '{source.text}' is hidden ({hidden}): only article texts are read"
    try:
        data = read_regular_file(real)
    except FileNotFoundError:
        return f"source text '{source.text}' not found next to the claim file"
    except OSError as error:
        return f"source text '{source.text}' cannot be read: {error.strerror or error}"
    text, problem = _decode(data, display_path(path))
    if problem is not None:
        return f"source text '{source.text}': {problem.message}"
    _derive(source, "_text_content", text)
    return None


def project_root(base: Path, config_folder: Path | None = None) -> tuple[str, str]:
    """The folder a claim file's source texts must stay in (links resolved), and what it is.

    The configuration file's folder, when the claim file (in folder ``base``) lies
    inside it; else the nearest folder above holding ``.git``; else ``base`` itself.
    """
    here = os.path.abspath(base)
    if config_folder is not None:
        spelled = os.path.abspath(config_folder)
        real = _realpath(spelled)
        if is_inside(here, spelled) or is_inside(_realpath(here), real):
            return real, "the configuration file's folder"
    return _repository_or(here)


@functools.lru_cache(maxsize=256)
def _repository_or(folder: str) -> tuple[str, str]:
    """The nearest folder from ``folder`` up holding ``.git`` (links resolved), else ``folder``."""
    candidate = folder
    while True:
        if os.path.lexists(os.path.join(candidate, ".git")):
            return os.path.realpath(candidate), "the git repository"
        parent = os.path.dirname(candidate)
        if parent == candidate:
            return os.path.realpath(folder), "the claim file's folder"
        candidate = parent


# The configuration's folder and the folders of claim files and texts, met for each of
# thousands of files: resolved once per run (load() empties the cache, so that a link
# changed between two runs of one process is followed anew).
_realpath = functools.lru_cache(maxsize=4096)(os.path.realpath)


def _real_file(path: str) -> str:
    """``os.path.realpath(path)`` for an absolute path, its folder resolved once per run.

    Resolving a path stats each of its parts; the texts of an archive share a few
    folders, so only the file itself is looked at (is it a link?) each time.
    """
    if "\x00" in path:
        raise ValueError("embedded null byte")
    folder, name = os.path.split(path)
    if name in ("", ".", "..") or os.path.islink(path):
        return os.path.realpath(path)
    return os.path.join(_realpath(folder), name)


def _hidden_part(path: str, folder: str) -> str | None:
    """The first hidden name (``.git``, ``.env``) on the way from ``folder`` to ``path``.

    Names the claim file's own folder holds are not counted: claims kept in a hidden
    folder may have their texts beside them.
    """
    shared = os.path.commonpath((path, folder))
    return next((part for part in path[len(shared) :].split(os.sep) if part.startswith(".")), None)


def _read_check(check: Check, approx: Decimal) -> str | None:
    """Set the check's expression and tolerance; the message when it cannot be read."""
    _derive(check, "_approx", approx)
    _derive(check, "_expression", None)
    if check.expect is None:
        return None
    try:
        _derive(check, "_expression", parse_expression(check.expect))
    except ExpressionError as error:
        return f"check '{check.id}': {error.message}"
    return None


def prepare(corpus: Corpus, config: Config | None = None) -> None:
    """Derive what loading derives, for the records made or changed in code.

    A claim built as ``Claim(...)`` and put in a :class:`Document` (or one whose
    ``value`` or ``when`` was assigned since) gets its source, language, parsed value
    and period; a check its expression; a source built in code reads its ``text``
    file, relative to the document's path. What cannot be read becomes a problem of the
    document, as when loading. :func:`factcheck.verify` calls this: records loaded
    from files and left unchanged are not read again. The problems of values, dates and
    expressions of records removed from their document since go with them.
    """
    settings = config or Config()
    approx, counts, exacts = (
        settings.approx,
        settings.vocabulary.counts(),
        settings.vocabulary.exacts(),
    )
    for document in corpus.documents:
        if document.problems:  # of records since removed in code?
            _forget_problems(document, _removed(document))
        source = document.source
        source_changed = source is not None and _never_read(source)
        if source is not None and source_changed:  # made, or its language, date, text set
            document.problems = [p for p in document.problems if p.kind != "text"]
            _derive(source, "_text_content", None)
            if source.text is not None:
                base = Path(document.path).parent
                failure = _read_source_text(source, base, config.folder if config else None)
                if failure is not None:
                    document.problems.append(LoadProblem("text", failure, source.location))
        claims = [c for c in document.claims if source_changed or _stale(c, source)]
        checks = [c for c in document.checks if source_changed or _stale(c, source)]
        if not claims and not checks:
            continue  # loaded from its file and unchanged: the common case
        _forget_problems(document, {*(c.id for c in claims), *(c.id for c in checks)})
        for claim in claims:
            _adopt(claim, document)
            fiscal = financial_year(claim.source, settings)
            read = _read_claim(claim, claim.language, claim.source, approx, counts, fiscal, exacts)
            for kind, message, _ in read:
                document.problems.append(LoadProblem(kind, message, claim.location, (claim.id,)))
        for check in checks:
            _adopt(check, document)
            failure = _read_check(check, approx)
            if failure is not None:
                document.problems.append(LoadProblem("expression", failure, check.location))


def _stale(record: Claim | Check, source: Source | None) -> bool:
    """Whether a record was made or changed in code, or moved under another source."""
    return not _derived(record) or record.source is not source


def _adopt(record: Claim | Check, document: Document) -> None:
    """Give a record made in code what loading gives: its document's source and language."""
    source = document.source
    _derive(record, "_source", source)
    _derive(record, "_memo", None)  # its key counts its source's publication day
    if record._location is None:
        _place(record, Location(document.path))
    language = source.language if source is not None else _file_language(document)
    _derive(record, "_language", language)


def _file_language(document: Document) -> str:
    """The language loading read a file without a valid source in: its records' language.

    An invalid source block still names the language its file is written in, when
    readable (see :attr:`Claim.language`); a record edited in code is read in it too.
    """
    records: Iterable[Claim | Check] = itertools.chain(document.claims, document.checks)
    for other in records:  # not a copy: this runs for every record adopted
        if _derived(other) and other._language:
            return other._language
    return "en"


# The problems of a record that loading built (a value, date or expression it could not
# read): they go with the record when it is removed or changed in code. Their message
# names the record first: "claim 'x': ...", "check 'x': ...".
_RECORD_PROBLEMS = ("value", "date", "expression")


def _record_id(problem: LoadProblem) -> str:
    return problem.message.partition("'")[2].partition("'")[0]


def _removed(document: Document) -> set[str]:
    """The ids named by the document's record problems that none of its records has now."""
    named = {_record_id(p) for p in document.problems if p.kind in _RECORD_PROBLEMS}
    if not named:
        return named
    return named - {c.id for c in document.claims} - {c.id for c in document.checks}


def _forget_problems(document: Document, ids: set[str]) -> None:
    """Drop the problems an earlier reading of these records left (changed or removed)."""
    if ids:
        document.problems = [
            problem
            for problem in document.problems
            if problem.kind not in _RECORD_PROBLEMS or _record_id(problem) not in ids
        ]


def _never_read(source: Source) -> bool:
    """Whether the source is new to loading (or :func:`prepare`), or changed since."""
    try:
        object.__getattribute__(source, "_text_content")
    except AttributeError:
        return True
    return False


def _derived(record: Claim | Check) -> bool:
    """Whether loading (or :func:`prepare`) has read the record since its fields last changed."""
    try:
        object.__getattribute__(record, "_language")
    except AttributeError:
        return False
    return True


# Loading sets every derived slot of the records it builds (an empty slot would read as
# None through Record.__getattr__, at Python speed), directly: pydantic's __setattr__
# costs a Python call chain per assignment, and nothing was computed from them yet.
_derive = object.__setattr__


def _place(record: Record, location: Location) -> None:
    _derive(record, "_location", location)
    _derive(record, "_memo", None)


# The fields whose texts an archive repeats from claim to claim and rules group by.
_REPEATED_TEXTS = ("subject", "property", "when", "kind", "status", "attributed_to")


def _share_texts(claims: list[Any]) -> None:
    """Make equal texts of repeated fields one object (validation keeps the objects).

    A parser makes a new string per scalar; one per distinct text makes the corpus
    smaller, and grouping claims by these fields faster: equal keys are then the same
    object, and each string's hash is computed once.
    """
    for claim in claims:
        if type(claim) is dict:
            for name in _REPEATED_TEXTS:
                text = claim.get(name)
                if type(text) is str:
                    claim[name] = sys.intern(text)


@functools.cache
def _list_adapter(model: type[R]) -> TypeAdapter[list[R]]:
    """One validator for a whole list of records (faster than a model_validate per record)."""
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def _label(what: str, node: dict[str, Any]) -> str:
    singular = {"claims": "claim", "checks": "check"}.get(what, what)
    own = node.get("id")
    return f"{singular} '{own}'" if isinstance(own, str) else singular


def _own_id(node: dict[str, Any]) -> tuple[str, ...]:
    own = node.get("id")
    return (own,) if isinstance(own, str) else ()


def _unknown_field(name: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    hint = f", did you mean '{close[0]}'?" if close else f" (known fields: {', '.join(known)})"
    return f"unknown field '{name}'{hint}"


def _without_echoes(details: list[ErrorDetails], model: type[BaseModel]) -> list[ErrorDetails]:
    """Drop "missing 'value'" when the same record has "unknown 'valeu', did you mean 'value'?"."""
    suggested: set[tuple[int | str, ...]] = set()
    for detail in details:
        if detail["type"] == "extra_forbidden":
            known = list(_model_at(model, detail["loc"][:-1]).model_fields)
            close = difflib.get_close_matches(str(detail["loc"][-1]), known, n=1, cutoff=0.6)
            suggested.update((*detail["loc"][:-1], name) for name in close)
    return [d for d in details if not (d["type"] == "missing" and tuple(d["loc"]) in suggested)]


def explain_error(detail: ErrorDetails, model: type[BaseModel]) -> str:
    """One validation error of a record, in an editor's words, naming its field."""
    loc = detail["loc"]
    field = ".".join(str(part) for part in loc) or "record"
    kind = detail["type"]
    if kind == "extra_forbidden":
        target = _model_at(model, loc[:-1])
        return _unknown_field(str(loc[-1]), list(target.model_fields))
    if kind == "missing":
        return f"missing required field '{field}'"
    if kind == "string_too_short":
        return f"'{field}' is empty"
    got = detail.get("input")
    if kind.startswith("date_"):
        in_words = ", or in words as the article writes it" if loc[-1:] == ("published",) else ""
        return f"'{field}' is not a day (got {got!r}): write it as 2015-07-27{in_words}"
    if kind == "string_pattern_mismatch":
        expected = PATTERN_WORDS.get(detail.get("ctx", {}).get("pattern", ""))
        if expected is not None:
            return f"'{field}' must be {expected} (got {got!r})"
        return (
            f"invalid id {got!r} in '{field}': use lowercase letters, digits "
            "and _, starting with a letter"
        )
    if kind == "value_error":  # a model's own check: its words, without pydantic's prefix
        reason = str(detail.get("ctx", {}).get("error", detail["msg"]))
        return f"'{field}': {reason}" if loc else reason
    shown = f" (got {got!r})" if isinstance(got, str | int | float) else ""
    return f"'{field}': {detail['msg'][0].lower()}{detail['msg'][1:]}{shown}"


def _model_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> type[BaseModel]:
    """The nested model a location points into (``reviews.0`` -> Review)."""
    current = model
    for part in loc:
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        annotation = getattr(info, "annotation", None)
        inner = next(
            (
                arg
                for arg in getattr(annotation, "__args__", ())
                if isinstance(arg, type) and issubclass(arg, BaseModel)
            ),
            None,
        )
        if inner is None:
            break
        current = inner
    return current


def _raw_language(root: dict[str, Any]) -> str:
    source = root.get("source")
    language = source.get("language") if isinstance(source, dict) else None
    return language if isinstance(language, str) and language.isalpha() else "en"


def _decode(data: bytes, name: str) -> tuple[str, LoadProblem | None]:
    if b"\x00" in data:
        offset = data.index(b"\x00")
        line = data.count(b"\n", 0, offset) + 1
        message = "binary data (a NUL byte): not a text file"
        return "", LoadProblem("syntax", message, Location(name, line, 1))
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        message = f"not UTF-8 text (byte 0x{data[error.start]:02x}); save the file as UTF-8"
        return "", LoadProblem("syntax", message, Location(name, line, column))


def _broken(name: str, kind: str, message: str, line: int = 1, column: int = 1) -> Document:
    """A document holding only a problem; by default at 1:1, for a problem of the whole file."""
    return Document(name, problems=[LoadProblem(kind, message, Location(name, line, column))])
