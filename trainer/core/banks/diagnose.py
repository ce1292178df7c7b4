"""Turn pydantic and rule findings into located :class:`BankError` values.

Positions come from the composed YAML node tree (built only for files that have errors):
the error's data path is walked down the nodes by :func:`yamlsafe.locate`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from trainer.core.banks import yamlsafe
from trainer.core.banks.errors import MAX_ERRORS, BankError, clip, excerpt, field_path
from trainer.core.banks.schema import (
    ITEM_MODELS,
    BankFile,
    ItemBase,
    ListMember,
    Pair,
    TimelineEvent,
    text_problem,
)
from trainer.core.banks.yamlsafe import Loc

_SCALAR_VARIANTS = frozenset({"str", "constrained-str"})
_MODEL_VARIANTS = frozenset({"ListMember"})
_VARIANTS = _SCALAR_VARIANTS | _MODEL_VARIANTS | frozenset(ITEM_MODELS)
_NESTED: dict[str, type[BaseModel]] = {
    "pairs": Pair,
    "members": ListMember,
    "events": TimelineEvent,
}
_KINDS = ", ".join(ITEM_MODELS)


class Locator:
    """Finds 1-based positions in one file, composing its node tree on first use."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text
        self._root: Any = None
        self._composed = False

    def position(self, loc: Loc, *, at_key: bool = False) -> tuple[int, int]:
        if not self._composed:
            self._root = yamlsafe.compose(self.text)
            self._composed = True
        return yamlsafe.locate(self._root, loc, at_key=at_key)

    def error(self, loc: Loc, message: str, *, at_key: bool = False) -> BankError:
        line, column = self.position(loc, at_key=at_key)
        field = field_path(loc)
        return BankError(
            self.path, line, column, field, f"{field}: {message}" if field else message
        )


def _at(data: Any, loc: Loc) -> Any:
    for part in loc:
        in_map = isinstance(data, dict) and part in data
        in_list = isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)
        if in_map or in_list:
            data = data[part]
        else:
            return None
    return data


def _clean(loc: tuple[Any, ...], data: Any) -> Loc | None:
    """Drop union member names from a pydantic location; ``None`` drops the whole error.

    An error from the text variant of a "text or mapping" union is dropped when the input
    is a mapping, and the other way round, so each problem is reported once.
    """
    out: list[str | int] = []
    for i, part in enumerate(loc):
        here = _at(data, tuple(out))
        is_key = isinstance(here, dict) and part in here
        variant = part in _SCALAR_VARIANTS or part in _MODEL_VARIANTS or i < len(loc) - 1
        if isinstance(part, str) and part in _VARIANTS and variant and not is_key:
            if part in _SCALAR_VARIANTS and isinstance(here, dict):
                return None
            if part in _MODEL_VARIANTS and not isinstance(here, dict):
                return None
            continue
        out.append(part)
    return tuple(out)


def _model_for(loc: Loc, data: Any) -> type[BaseModel]:
    """The model whose fields apply at the mapping found at ``loc``."""
    if not loc:
        return BankFile
    if len(loc) == 2 and loc[0] == "items":
        item = _at(data, loc)
        kind = item.get("kind") if isinstance(item, dict) else None
        return ITEM_MODELS.get(kind, ItemBase) if isinstance(kind, str) else ItemBase
    named = [p for p in loc if isinstance(p, str)]
    return _NESTED.get(named[-1], ItemBase) if named else ItemBase


def _suggest(word: str, choices: Iterable[str]) -> str:
    if len(word) > 100:  # no field or kind is that long
        return ""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else ""


def _message(error: Any, loc: Loc, data: Any) -> tuple[Loc, str, bool]:
    """(location, message, point at key) for one pydantic error."""
    kind = error["type"]
    value = error.get("input")
    if kind == "missing":
        return loc, "missing required field", False
    if kind == "extra_forbidden":
        name = str(loc[-1])
        fields = _model_for(loc[:-1], data).model_fields
        return loc, f"unknown field `{clip(name)}`{_suggest(name, fields)}", True
    if kind == "union_tag_not_found":
        return loc, f"missing field `kind` (one of: {_KINDS})", False
    if kind == "union_tag_invalid":
        tag = str(error.get("ctx", {}).get("tag", ""))
        hint = _suggest(tag, ITEM_MODELS)
        return (*loc, "kind"), f"unknown kind `{clip(tag)}`{hint or f' (one of: {_KINDS})'}", False
    if kind == "literal_error" and loc == ("format",):
        return loc, f"unsupported format {excerpt(value)}; this Trainer reads format 1", False
    if kind == "string_pattern_mismatch" and isinstance(value, str):
        problem = text_problem(value, str(error.get("ctx", {}).get("pattern", "")))
        if problem is not None:
            if problem.startswith("a "):  # a line break or a tab
                problem += " (only `explanation`, `description` and a card's `back` may have them)"
            return loc, problem, False
    if kind in ("model_attributes_type", "dict_type", "model_type"):
        return (
            loc,
            f"expected a mapping of fields (`name: value` lines), got {excerpt(value)}",
            False,
        )
    message = error["msg"]
    message = message[0].lower() + message[1:] if message else message
    if kind.endswith("_type") or kind.endswith("_parsing"):
        if value is None:
            message += ", but the value is empty"
        else:
            message += f", got {excerpt(value)}"
        if isinstance(value, bool) and kind == "string_type":
            message += " (YAML reads yes/no/true/false as booleans: put the text in quotes)"
    return loc, message, False


def validation_errors(exc: ValidationError, data: Any, locator: Locator) -> list[BankError]:
    """The errors of a failed :class:`BankFile` validation, located (at most
    :data:`~trainer.core.banks.errors.MAX_ERRORS` + 1: the loader cuts the list there)."""
    out: list[BankError] = []
    seen: set[tuple[Loc, str]] = set()
    for error in exc.errors(include_url=False):
        if len(out) > MAX_ERRORS:
            break
        loc = _clean(error["loc"], data)
        if loc is None:
            continue
        loc, message, at_key = _message(error, loc, data)
        if (loc, message) in seen:
            continue
        seen.add((loc, message))
        out.append(locator.error(loc, message, at_key=at_key))
    return out
