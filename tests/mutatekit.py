"""Shared by the fuzz tests of the bank and workshop file formats: every path into a
parsed YAML tree, to mutate one value at a time."""

from __future__ import annotations

import copy
import re
from typing import Any


def tree_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every (key or index) path below ``node``, parents before children."""
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            out += tree_paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += tree_paths(value, (*prefix, i))
    return out


def parent_of(tree: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        tree = tree[part]
    return tree


def apply_step(tree: Any, step: tuple[Any, ...]) -> None:
    """One mutation of ``tree`` in place: ("remove", path), ("retype", path, value),
    ("swap", path, other path), ("truncate", path, length), ("text", path, text) or
    ("add", key, value); a step whose place an earlier step removed does nothing."""
    kind = step[0]
    if kind == "add":
        tree[step[1]] = copy.deepcopy(step[2])
        return
    path = step[1]
    try:
        parent = parent_of(tree, path)
        if kind == "remove":
            del parent[path[-1]]
        elif kind == "retype":
            parent[path[-1]] = copy.deepcopy(step[2])
        elif kind == "swap":
            other = parent_of(tree, step[2])
            parent[path[-1]], other[step[2][-1]] = other[step[2][-1]], parent[path[-1]]
        elif kind == "text":
            parent[path[-1]] = step[2]
        elif isinstance(parent[path[-1]], str):
            parent[path[-1]] = parent[path[-1]][: step[2]]
    except (KeyError, IndexError, TypeError):
        pass  # an earlier step removed the place: nothing to do


def yaml_line_count(text: str) -> int:
    """Lines as a YAML reader counts them: PyYAML also breaks lines at a lone CR, NEL
    (U+0085) and the Unicode line and paragraph separators, not only at LF."""
    return len(re.split("\r\n|[\r\n\x85\u2028\u2029]", text))
