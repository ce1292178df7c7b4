"""The phone page draws each kind with the renderer its phone form names: every kind the
registry says phones can answer has a renderer in ``trainer/net/page/kinds.js`` (the keys
of its ``KINDS`` table), and every renderer there is one a kind names."""

from __future__ import annotations

import re

from trainer.core.kinds import KINDS
from trainer.net.page_files import page_file

TABLE = re.compile(r"^const KINDS = \{\n(?P<body>.*?)^\};$", re.MULTILINE | re.DOTALL)
KEY = re.compile(r"^ {2}(?P<key>[A-Za-z_$][\w$]*)\s*:", re.MULTILINE)


def renderer_keys(script: str) -> set[str]:
    """The keys of the ``KINDS`` table of a page script (its entries at two spaces)."""
    table = TABLE.search(script)
    assert table is not None, "no `const KINDS = {` … `};` table in kinds.js"
    return {m["key"] for m in KEY.finditer(table["body"])}


def test_the_reader_sees_the_tables_keys_only() -> None:
    script = (
        "const LETTERS = 1;\nconst KINDS = {\n  one: {  // note\n    input(q, ui) {\n"
        "      return { nested: 1 };\n    },\n    shown: (r) => r,\n  },\n"
        "  two_b: { shown: (r) => r },\n};\nconst OTHER = {\n  three: 1,\n};\n"
    )
    assert renderer_keys(script) == {"one", "two_b"}


def test_every_kind_played_on_phones_has_a_renderer_and_every_renderer_a_kind() -> None:
    named = {name: kind.phone.renderer for name, kind in KINDS.items() if kind.phone}
    keys = renderer_keys(page_file("kinds.js").decode("utf-8"))
    assert {name: r for name, r in named.items() if r not in keys} == {}, "renderers missing"
    assert keys - set(named.values()) == set(), "renderers no kind names"
