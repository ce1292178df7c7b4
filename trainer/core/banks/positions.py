"""Positions in a YAML file: the node tree (which keeps marks) walked along a data path.

Composed only for files that have errors, after :func:`trainer.core.banks.yamlsafe.parse`
read them once (so the file is known to be within the reading limits).
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml._yaml import CParser
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

Loc = tuple[str | int, ...]


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
