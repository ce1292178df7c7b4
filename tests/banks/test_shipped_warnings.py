"""The shipped banks have no `trainer validate` warning (see trainer/core/banks/lint.py).

KNOWN listed the eight warnings found when the checks were added (December 2026); the
content work of issue #13 removed them all, so the list is empty and no warning may
appear.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from trainer.core.banks import load_banks
from trainer.paths import shipped_banks_dir

KNOWN: set[tuple[str, str, str]] = set()


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
