"""Plain-data YAML reading with limits and positions, on top of libyaml (CSafeLoader).

The fast path reads libyaml's *events* through ``yaml.CSafeLoader``'s C parser and builds
dicts, lists and scalars in one tight loop. That is faster than PyYAML's own
constructor, and it lets the loop enforce the rules of the bank format as it goes:

* only plain YAML data: an explicit tag other than the standard ``str``, ``int``,
  ``float``, ``bool``, ``null``, ``seq`` and ``map`` (``!!python/object``, ``!custom``)
  is refused at its position;
* duplicate keys in one mapping are errors (PyYAML silently keeps the last);
* aliases are shared, never copied, and the nodes and characters they would expand to
  are counted: past :data:`ALIAS_BUDGET` nodes or :data:`ALIAS_TEXT_BUDGET` characters the
  file is refused, so a "billion laughs" file, or one that repeats a long text through
  aliases, stops at once (what comes after reading is then bounded by the file's size);
* nesting is bounded by :data:`MAX_DEPTH`, file size by :data:`MAX_BYTES` (only regular
  files are read: :func:`read_file`, for banks and workshop files alike), the number of
  nodes by :data:`MAX_NODES` (a file of a million empty lists stops early);
* the bytes must be UTF-8 (a BOM is allowed).

Positions of *validation* errors are found afterwards, only for files that have errors,
by composing the node tree (which keeps marks) and walking it along the error's data
path: see :func:`locate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml import events as ev_types
from yaml._yaml import CParser
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from trainer.core.banks.errors import clip
from trainer.core.banks.limits import MAX_BYTES, FileRefused
from trainer.core.banks.limits import read_file as read_limited

MAX_DEPTH = 32
"""Deepest nesting of mappings and sequences accepted (a bank needs about 5)."""
MAX_NODES = 1_000_000
"""Most nodes (scalars, lists, mappings) in one file; a real bank has about 30 per item."""
ALIAS_BUDGET = 10_000
"""Most nodes that aliases may stand for in one file, summed over all aliases."""
ALIAS_TEXT_BUDGET = 1_000_000
"""Most characters of text (keys and values) that aliases may stand for in one file."""

Loc = tuple[str | int, ...]

_Y = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset({"!", _Y + "str", _Y + "int", _Y + "float", _Y + "bool", _Y + "null"})
_MAP_TAGS = frozenset({"!", _Y + "map"})
_SEQ_TAGS = frozenset({"!", _Y + "seq"})

_INT_RE = re.compile(r"[-+]?(?:0|[1-9][0-9_]*)\Z")
_FLOAT_RE = re.compile(
    r"[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?\Z"
    r"|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+\Z"
)
_SPECIAL: dict[str, Any] = {
    **dict.fromkeys(("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"), True),
    **dict.fromkeys(("false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"), False),
    **dict.fromkeys(("null", "Null", "NULL", "~", ""), None),
    **dict.fromkeys((".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"), float("inf")),
    **dict.fromkeys(("-.inf", "-.Inf", "-.INF"), float("-inf")),
    **dict.fromkeys((".nan", ".NaN", ".NAN"), float("nan")),
}
_NUM_START = frozenset("-+.0123456789")
_MAX_INT_DIGITS = 4000
"""Longer integers stay text (Python reads at most 4300 digits; the schema refuses them)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem found while reading: 1-based position, data path and message."""

    line: int
    column: int
    loc: Loc
    message: str


class YamlRefused(Exception):
    """Raised inside this module for a problem that stops reading the file."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def plain_scalar(text: str) -> Any:
    """Resolve an unquoted scalar as YAML 1.1 / PyYAML does: bool, null, int, float or str.

    Dates and times stay text (a bank has no use for them).
    """
    if not text:
        return None
    if text[0] in _NUM_START:
        if _INT_RE.match(text):
            if len(text) > _MAX_INT_DIGITS:  # Python refuses to read it; no bank needs it
                return text
            return int(text.replace("_", ""))
        if _FLOAT_RE.match(text):
            return float(text.replace("_", ""))
    return _SPECIAL.get(text, text)


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[start:offset].decode("utf-8", "replace")) + 1
    return line, column


def _refused(message: str) -> YamlRefused:
    return YamlRefused(Problem(1, 1, (), message))


def read_file(path: Path) -> bytes:
    """The bytes of a bank or workshop file (see :func:`limits.read_file`);
    :class:`YamlRefused` when it cannot be one."""
    try:
        return read_limited(path)
    except FileRefused as exc:
        raise _refused(str(exc)) from None


def decode(data: bytes) -> str:
    """UTF-8 bytes (BOM allowed) to text; size and encoding problems raise :class:`YamlRefused`."""
    if len(data) > MAX_BYTES:
        raise YamlRefused(Problem(1, 1, (), f"the file is larger than {MAX_BYTES // 2**20} MB"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
        msg = f"the file is not valid UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8"
        raise YamlRefused(Problem(line, column, (), msg)) from None
    return text[1:] if text.startswith("\ufeff") else text


def _mark(event: Any) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _yaml_problem(exc: yaml.YAMLError, text: str) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is not None:
        return Problem(mark.line + 1, mark.column + 1, (), f"YAML syntax error: {problem}")
    position = getattr(exc, "position", None)
    if isinstance(position, int):
        raw = text.encode("utf-8", "replace")
        line, column = _position(raw, min(position, len(raw)))
        return Problem(line, column, (), f"YAML error: {getattr(exc, 'reason', problem)}")
    return Problem(1, 1, (), f"YAML error: {problem}")


def _path(stack: list[Any], cur: Any, key: Any) -> Loc:
    """Data path of the node being read, from the builder's stack (slow, errors only)."""
    parts: list[str | int] = []
    for parent, parent_is_map, parent_key, *_rest in stack:
        if parent is None:
            continue
        parts.append(str(parent_key) if parent_is_map else len(parent) - 1)
    if isinstance(cur, dict) and key is not _NOKEY:
        parts.append(str(key))
    elif isinstance(cur, list):
        parts.append(len(cur))
    return tuple(parts)


class _NoKey:
    pass


_NOKEY: Any = _NoKey()


def parse(text: str) -> tuple[Any, list[Problem]]:
    """Read one YAML document into plain data, collecting the problems found on the way.

    Returns ``(data, problems)``; when reading had to stop, ``data`` is ``None`` and the
    last problem says why.
    """
    problems: list[Problem] = []
    parser = CParser(text)
    try:
        return _build(parser, problems), problems
    except YamlRefused as exc:
        problems.append(exc.problem)
    except yaml.YAMLError as exc:
        problems.append(_yaml_problem(exc, text))
    finally:
        parser.dispose()
    return None, problems


def _build(parser: Any, problems: list[Problem]) -> Any:
    """The event loop (one tight function on purpose: it is the hot path)."""
    get = parser.get_event
    scalar_t = ev_types.ScalarEvent
    map_t = ev_types.MappingStartEvent
    seq_t = ev_types.SequenceStartEvent
    map_end_t = ev_types.MappingEndEvent
    seq_end_t = ev_types.SequenceEndEvent
    alias_t = ev_types.AliasEvent
    nokey = _NOKEY
    root: Any = None
    cur: Any = None
    ismap = False
    key: Any = nokey
    stack: list[Any] = []
    anchors: dict[str, tuple[Any, int, int]] = {}
    open_anchors: set[str] = set()
    expanded = 0
    expanded_chars = 0
    count = 0
    chars = 0
    documents = 0
    while True:
        event = get()
        count += 1
        if count > MAX_NODES:
            line, column = _mark(event)
            msg = f"the file holds more than {MAX_NODES:,} values; split it into several banks"
            raise YamlRefused(Problem(line, column, (), msg))
        kind = event.__class__
        if kind is scalar_t:
            value: Any = event.value
            chars += len(value)
            special = event.tag is not None or event.anchor is not None
            if ismap and key is nokey:
                if special:
                    _special_scalar(event, stack, cur, key, problems, anchors)
                if value == "<<" and not special and event.implicit[0]:
                    line, column = _mark(event)
                    msg = "merge keys (`<<`) are not supported: write the fields out"
                    problems.append(Problem(line, column, _path(stack, cur, key), msg))
                elif value in cur:
                    line, column = _mark(event)
                    msg = f"duplicate key `{clip(value)}` in this mapping"
                    problems.append(Problem(line, column, _path(stack, cur, value), msg))
                key = value
                continue
            if special:
                value = _special_scalar(event, stack, cur, key, problems, anchors)
            elif event.implicit[0]:
                value = plain_scalar(value)
        elif kind is map_t or kind is seq_t:
            tags = _MAP_TAGS if kind is map_t else _SEQ_TAGS
            if event.tag is not None and event.tag not in tags:
                _refuse_tag(event, stack, cur, key, problems)
            if ismap and key is nokey:
                line, column = _mark(event)
                msg = "a mapping key must be plain text, not a list or mapping"
                raise YamlRefused(Problem(line, column, _path(stack, cur, key), msg))
            new: Any = {} if kind is map_t else []
            if cur is None:
                root = new
            elif ismap:
                cur[key] = new
            else:
                cur.append(new)
            stack.append((cur, ismap, key, event.anchor, count, chars))
            if event.anchor is not None:
                open_anchors.add(event.anchor)
            if len(stack) > MAX_DEPTH:
                line, column = _mark(event)
                msg = f"nesting deeper than {MAX_DEPTH} levels"
                raise YamlRefused(Problem(line, column, (), msg))
            cur = new
            ismap = kind is map_t
            key = nokey
            continue
        elif kind is map_end_t or kind is seq_end_t:
            done = cur
            cur, ismap, key, anchor, start, start_chars = stack.pop()
            if anchor is not None:
                anchors[anchor] = (done, count - start, chars - start_chars)
                open_anchors.discard(anchor)
            key = nokey
            continue
        elif kind is alias_t:
            line, column = _mark(event)
            if event.anchor in open_anchors:
                msg = f"alias `*{clip(event.anchor)}` refers to a collection that contains it"
                raise YamlRefused(Problem(line, column, _path(stack, cur, key), msg))
            if event.anchor not in anchors:
                msg = f"alias `*{clip(event.anchor)}` refers to no anchor"
                raise YamlRefused(Problem(line, column, _path(stack, cur, key), msg))
            value, size, weight = anchors[event.anchor]
            expanded += size
            count += size
            expanded_chars += weight
            chars += weight
            if expanded > ALIAS_BUDGET or expanded_chars > ALIAS_TEXT_BUDGET:
                what = (
                    f"{ALIAS_BUDGET:,} nodes"
                    if expanded > ALIAS_BUDGET
                    else f"{ALIAS_TEXT_BUDGET:,} characters"
                )
                msg = (
                    f"aliases expand to more than {what}; "
                    "write the content out instead of repeating it through aliases"
                )
                raise YamlRefused(Problem(line, column, _path(stack, cur, key), msg))
            if ismap and key is nokey:
                if not isinstance(value, str):
                    msg = "a mapping key must be plain text"
                    raise YamlRefused(Problem(line, column, _path(stack, cur, key), msg))
                if value in cur:
                    msg = f"duplicate key `{clip(value)}` in this mapping"
                    problems.append(Problem(line, column, _path(stack, cur, value), msg))
                key = value
                continue
        elif kind is ev_types.DocumentStartEvent:
            documents += 1
            if documents > 1:
                line, column = _mark(event)
                msg = "a bank file holds a single YAML document (remove the second `---`)"
                raise YamlRefused(Problem(line, column, (), msg))
            continue
        elif kind is ev_types.StreamEndEvent:
            return root
        else:
            continue
        # A finished value (scalar or alias): attach it.
        if cur is None:
            root = value
        elif ismap:
            cur[key] = value
            key = nokey
        else:
            cur.append(value)


def _refuse_tag(event: Any, stack: list[Any], cur: Any, key: Any, problems: list[Problem]) -> None:
    line, column = _mark(event)
    msg = (
        f"tag `{clip(event.tag)}` is not allowed; "
        "a bank holds plain YAML data only (remove the tag)"
    )
    problems.append(Problem(line, column, _path(stack, cur, key), msg))


def _special_scalar(
    event: Any,
    stack: list[Any],
    cur: Any,
    key: Any,
    problems: list[Problem],
    anchors: dict[str, tuple[Any, int, int]],
) -> Any:
    """A scalar with an explicit tag or an anchor (rare): check the tag, resolve, register."""
    tag = event.tag
    value: Any = event.value
    if tag is not None and tag not in _SCALAR_TAGS:
        _refuse_tag(event, stack, cur, key, problems)
    elif (tag is None and event.implicit[0]) or tag not in (None, "!", _Y + "str"):
        value = plain_scalar(value)
    if event.anchor is not None:
        anchors[event.anchor] = (value, 1, len(event.value))
    return value


# --------------------------------------------------------------------------- positions


class _MarkLoader(CParser):
    """Composes nodes (with marks) without PyYAML's resolver: tags do not matter here."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        return "?"

    def descend_resolver(self, *args: Any) -> None:
        return None

    def ascend_resolver(self, *args: Any) -> None:
        return None


def compose(text: str) -> Node | None:
    """The node tree of ``text`` (which already parsed once), or ``None`` if it fails."""
    loader = _MarkLoader(text)
    try:
        node: Node | None = loader.get_single_node()
        return node
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def locate(root: Node | None, loc: Loc, *, at_key: bool = False) -> tuple[int, int]:
    """1-based position of the node at data path ``loc`` (or its nearest existing parent).

    With ``at_key`` the position of the last key itself is given (for unknown fields).
    Parts of ``loc`` that match nothing (e.g. pydantic's union member names) are skipped.
    """
    if root is None:
        return 1, 1
    node: Node = root
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, MappingNode) and isinstance(part, str):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode) and key_node.value == part:
                    node = key_node if (last and at_key) else value_node
                    break
        elif isinstance(node, SequenceNode) and isinstance(part, int):
            if 0 <= part < len(node.value):
                node = node.value[part]
            else:
                break
    mark = node.start_mark
    return mark.line + 1, mark.column + 1
