"""The core must stay Qt-free: only trainer/ui may import PySide6 (or shiboken6)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "trainer"
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def qt_imports(source: str) -> list[tuple[int, str]]:
    """(line, module) of every Qt import in a module's source, nested ones included."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [(node.lineno, n) for n in names if n.split(".")[0] in QT_ROOTS]
    return sorted(found)


def core_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts)


def test_detector_sees_every_form_of_qt_import() -> None:
    source = (
        "import os\n"
        "from PySide6.QtCore import QObject\n"
        "def f():\n"
        "    import PySide6.QtWidgets as w\n"
        "import shiboken6\n"
    )
    assert qt_imports(source) == [(2, "PySide6.QtCore"), (4, "PySide6.QtWidgets"), (5, "shiboken6")]
    assert qt_imports("from trainer.ui import app\nimport json\n") == []


def test_there_are_core_modules_to_check() -> None:
    names = {p.name for p in core_modules()}
    assert {"cli.py", "paths.py", "logsetup.py"} <= names


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_outside_ui_does_not_import_qt(path: Path) -> None:
    offending = qt_imports(path.read_text(encoding="utf-8"))
    assert not offending, f"{path.relative_to(PACKAGE.parent)} imports Qt: {offending}"
