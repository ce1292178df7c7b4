"""Shared by the fuzz tests of the bank and workshop file formats: every path into a
parsed YAML tree, to mutate one value at a time."""

from __future__ import annotations

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
