"""Load question banks: read, check, generate, cache; report every problem, raise none.

:func:`load_banks` takes files and folders, loads each bank on its own (a broken bank is
reported in ``LoadResult.errors`` and skipped; the others load) and then checks item ids
across banks (a repeated id is an error naming both places; the later item is skipped).
The garbage collector is paused while a file is read: the builder creates many small
objects and collections would only slow it down.

A bank found in the cache needs neither YAML nor the Pydantic models (about a quarter
of a second to import): they are imported when a file has to be read.
"""

from __future__ import annotations

import gc
import hashlib
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.core.banks import cache
from trainer.core.banks.crossbank import check_banks
from trainer.core.banks.errors import (
    MAX_ERRORS,
    BankError,
    BankLoadError,
    clip,
    excerpt,
    field_path,
)
from trainer.core.banks.limits import FileRefused, read_file
from trainer.core.banks.questions import Question

if TYPE_CHECKING:
    from trainer.core.banks.diagnose import Locator
    from trainer.core.banks.rules import Finding
    from trainer.core.banks.schema import AnyItem, BankFile

BANK_SUFFIXES = (".yaml", ".yml")
log = logging.getLogger(__name__)


@dataclass
class Bank:
    """One loaded, valid bank and its study items (facts already expanded)."""

    id: str
    title: str
    version: str
    language: str
    description: str
    source: str
    path: Path
    content_hash: str
    """SHA-256 of the file's bytes."""
    questions: list[Question]
    warnings: list[BankError] = field(default_factory=list)
    """Weak content (:mod:`trainer.core.banks.lint`); checked when the bank is read from
    its file, not when it comes from the cache."""


@dataclass
class LoadResult:
    """What :func:`load_banks` found: good banks, all errors, all questions."""

    banks: list[Bank] = field(default_factory=list)
    errors: list[BankError] = field(default_factory=list)
    warnings: list[BankError] = field(default_factory=list)
    """Warnings of the banks read from their files (they load nonetheless)."""
    questions: list[Question] = field(default_factory=list)
    by_id: dict[str, Question] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    """Every bank file examined, valid or not."""

    @property
    def invalid_files(self) -> list[str]:
        """Paths (as in the errors) of the files with at least one error."""
        return sorted({e.path for e in self.errors})


def bank_files(paths: Sequence[Path]) -> tuple[list[Path], list[BankError]]:
    """Expand folders to their ``*.yaml``/``*.yml`` files (sorted); files are kept as given.

    A path that does not exist raises :class:`BankLoadError`; a folder that cannot be
    listed is an error in the returned list.
    """
    out: list[Path] = []
    errors: list[BankError] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                found = sorted(p for p in path.iterdir() if p.suffix.lower() in BANK_SUFFIXES)
                candidates = [p for p in found if p.is_file()]
            elif path.exists():  # a file; load_file refuses devices and pipes
                candidates = [path]
            else:
                raise BankLoadError(f"{path}: no such file or folder")
        except OSError as exc:
            message = f"cannot read the folder: {exc.strerror or exc}"
            errors.append(BankError(str(path), 1, 1, "", message))
            continue
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                out.append(candidate)
    return out, errors


def _retired_ids(data: dict[str, Any]) -> list[str]:
    """The ``retired`` ids of a bank that did not validate (texts only)."""
    retired = data.get("retired")
    return [r for r in retired if isinstance(r, str)] if isinstance(retired, list) else []


def _check(text: str, path: str) -> tuple[BankFile | None, list[Any], list[BankError]]:
    """Parse and validate one file's text: (model, raw items, errors)."""
    from pydantic import ValidationError

    from trainer.core.banks import yamlsafe
    from trainer.core.banks.diagnose import Locator, validation_errors
    from trainer.core.banks.schema import MAX_ITEMS, BankFile

    data, problems = yamlsafe.parse(text)
    errors = [
        BankError(
            path,
            p.line,
            p.column,
            field_name,
            f"{field_name}: {p.message}" if field_name else p.message,
        )
        for p in problems
        for field_name in [field_path(p.loc)]
    ]
    if data is None and not problems:
        errors.append(
            BankError(path, 1, 1, "", "the file is empty; a bank starts with `format: 1`")
        )
    if data is None:
        return None, [], errors
    if not isinstance(data, dict):
        errors.append(
            BankError(path, 1, 1, "", "a bank is a mapping with `format`, `id`, ... `items`")
        )
        return None, [], errors
    locator = Locator(path, text)
    declared = data.get("format", 1)
    if declared != 1 or isinstance(declared, bool):
        errors.append(
            locator.error(
                ("format",),
                f"unsupported format {excerpt(data['format'])}; this Trainer reads format 1",
            )
        )
        return None, [], errors
    items = data.get("items")
    if isinstance(items, list) and len(items) > MAX_ITEMS:
        message = (
            f"a bank holds at most {MAX_ITEMS:,} items; this one has {len(items):,} "
            "(split it into several banks)"
        )
        return None, [], [*errors, locator.error(("items",), message, at_key=True)]
    try:
        model = BankFile.model_validate(data)
    except ValidationError as exc:
        errors += validation_errors(exc, data, locator)
        if len(errors) <= MAX_ERRORS:
            errors += _item_rules(_valid_items(items), locator, _retired_ids(data))
        return None, [], errors
    errors += _item_rules(list(enumerate(model.items)), locator, model.retired)
    return (None if errors else model), data["items"], errors


def _valid_items(raw_items: Any) -> list[tuple[int, AnyItem]]:
    """The items that are valid on their own (to check their rules when others are not)."""
    from pydantic import ValidationError

    from trainer.core.banks.schema import ITEM_ADAPTER

    if not isinstance(raw_items, list):
        return []
    out: list[tuple[int, AnyItem]] = []
    for i, raw in enumerate(raw_items):
        try:
            out.append((i, ITEM_ADAPTER.validate_python(raw)))
        except ValidationError:
            continue
    return out


def generated_ids(item: AnyItem) -> list[str]:
    """The id of ``item`` and of every question it may generate (``fact/form``)."""
    from trainer.core.banks.generate import FIGURE_FORMS, LIST_FORMS, TIMELINE_FORMS
    from trainer.core.banks.schema import FigureFact, ListFact, TimelineFact

    forms: tuple[str, ...] = ()
    if isinstance(item, FigureFact):
        forms = FIGURE_FORMS
    elif isinstance(item, ListFact):
        forms = tuple(f for f in LIST_FORMS if f != "count" or item.count_form)
    elif isinstance(item, TimelineFact):
        forms = TIMELINE_FORMS
    return [item.id, *(f"{item.id}/{form}" for form in forms)]


def check_retired(item: AnyItem, retired: Sequence[str]) -> Iterator[Finding]:
    """An item may not use an id the bank lists as ``retired``."""
    used = set(generated_ids(item)) & set(retired)
    if used:
        first = sorted(used)[0]
        yield (
            ("id",),
            (
                f"`{first}` is listed under `retired`: a removed item's id is never used again "
                "(give this item a new id)"
            ),
        )


def _item_rules(
    items: list[tuple[int, AnyItem]], locator: Locator, retired: Sequence[str]
) -> list[BankError]:
    """Cross-field rules, unique ids and retired ids of the given (index, item) pairs."""
    from trainer.core.banks.rules import check_item

    errors: list[BankError] = []
    seen: dict[str, int] = {}
    for i, item in items:
        if len(errors) > MAX_ERRORS:
            break
        for loc, message in (*check_item(item), *check_retired(item, retired)):
            errors.append(locator.error(("items", i, *loc), message))
        if item.id in seen:
            message = f"item id `{item.id}` is already used by items[{seen[item.id]}]"
            errors.append(locator.error(("items", i, "id"), message))
        seen.setdefault(item.id, i)
    return errors


def _at_most(errors: list[BankError], path: str) -> list[BankError]:
    """The first :data:`MAX_ERRORS` errors, and a last one saying that others were left out."""
    if len(errors) <= MAX_ERRORS:
        return errors
    message = (
        f"only the first {MAX_ERRORS} problems of this file are shown; "
        "fix them and check the file again"
    )
    return [*errors[:MAX_ERRORS], BankError(path, 1, 1, "", message)]


def _warnings(model: BankFile, locator: Locator) -> list[BankError]:
    """The lint warnings of a valid bank, located."""
    from trainer.core.banks.lint import lint_item

    return [
        replace(locator.error(("items", i, *loc), message), severity="warning")
        for i, item in enumerate(model.items)
        for loc, message in lint_item(item)
    ]


def load_file(
    path: Path, *, cache_dir: Path | None = None, seed: int = 0
) -> tuple[Bank | None, list[BankError]]:
    """Load one bank file: ``(bank, [])`` when valid, ``(None, errors)`` otherwise."""
    name = str(path)
    try:
        data = read_file(path)
    except FileRefused as exc:
        return None, [BankError(name, 1, 1, "", str(exc))]
    digest = hashlib.sha256(data).hexdigest()
    if cache_dir is not None:
        hit = cache.read(cache_dir, digest, seed)
        if hit is not None:
            header, questions = hit
            return Bank(*header, path=path, content_hash=digest, questions=questions), []
    from trainer.core.banks import yamlsafe
    from trainer.core.banks.build import build_questions
    from trainer.core.banks.diagnose import Locator

    try:
        text = yamlsafe.decode(data)
    except yamlsafe.YamlRefused as exc:
        p = exc.problem
        return None, [BankError(name, p.line, p.column, "", p.message)]
    model, raw_items, errors = _check(text, name)
    if model is None:
        return None, _at_most(errors, name)
    questions = build_questions(model, raw_items, seed)
    header = (model.id, model.title, model.version, model.language, model.description, model.source)
    if cache_dir is not None:
        cache.write(cache_dir, digest, seed, header, questions)
    warnings = _warnings(model, Locator(name, text))
    return Bank(*header, path=path, content_hash=digest, questions=questions, warnings=warnings), []


def load_banks(
    paths: Sequence[Path], *, cache_dir: Path | None = None, seed: int = 0
) -> LoadResult:
    """Load every bank found in ``paths`` (files or folders).

    Raises :class:`BankLoadError` only for misuse (a path that does not exist); every
    problem in a bank's content is a :class:`BankError` in the result.
    """
    files, folder_errors = bank_files(paths)
    result = LoadResult(files=files, errors=folder_errors)
    enabled = gc.isenabled()
    gc.disable()
    try:
        for path in result.files:
            try:
                bank, errors = load_file(path, cache_dir=cache_dir, seed=seed)
            except Exception as exc:  # a bug must not take the other banks down
                log.exception("unexpected failure while loading %s", path)
                message = "unexpected problem while loading this bank (please report it): " + clip(
                    repr(exc)
                )
                bank, errors = None, [BankError(str(path), 1, 1, "", message)]
            result.errors += errors
            if bank is not None:
                result.banks.append(bank)
        result.errors += check_banks(result.banks)
        for bank in result.banks:
            result.questions += bank.questions
            result.warnings += bank.warnings
        result.by_id = {q.id: q for q in result.questions}
    finally:
        if enabled:
            gc.enable()
    return result
