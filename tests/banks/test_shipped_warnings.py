"""The shipped banks have no `trainer validate` warning (see trainer/core/banks/lint.py).

KNOWN lists the warnings found when the checks were added (December 2026); the content
work of issue #13 removes them. Remove each entry as its item is fixed: the list must end
empty, and no new warning may appear meanwhile.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from trainer.core.banks import load_banks
from trainer.paths import shipped_banks_dir

KNOWN = {
    ("global_debate.yaml", "global_debate.strands", "name"),
    ("gmg.yaml", "gmg.activities", "not_members"),
    ("gmg.yaml", "gmg.examples-match", "pairs"),
    ("hld2013.yaml", "hld2013.roundtables", "name"),
    ("hld2013.yaml", "hld2013.high-roads", "name"),
    ("hld2013.yaml", "hld2013.high-roads", "not_members"),
    ("hld2013.yaml", "hld2013.rt1.relevant-to", "count_question"),
    ("hld2013.yaml", "hld2013.recommendations", "name"),
}


def test_no_new_warning_in_the_shipped_banks() -> None:
    result = load_banks([shipped_banks_dir()])
    assert result.errors == []
    ids: dict[str, list[str]] = {}
    found = set()
    for warning in result.warnings:
        name = Path(warning.path).name
        if name not in ids:
            data = yaml.safe_load(Path(warning.path).read_text(encoding="utf-8"))
            ids[name] = [item["id"] for item in data["items"]]
        match = re.fullmatch(r"items\[(\d+)\]\.?([a-z_]*).*", warning.field)
        assert match, warning
        found.add((name, ids[name][int(match.group(1))], match.group(2)))
    new = found - KNOWN
    assert not new, "new warnings in the shipped banks:\n" + "\n".join(
        str(w) for w in result.warnings
    )
