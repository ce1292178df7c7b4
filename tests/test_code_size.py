"""Modules stay under 400 lines and functions under about 60 (the developers' guide), so
that a newcomer can read one at a time. A function that must stay longer is listed
below with the reason; everything else over the limit is named by the test."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "trainer"
MODULE_LINES = 400
FUNCTION_LINES = 60

LONGER_FUNCTIONS = {
    "trainer/core/banks/yamlsafe.py::_build": "the YAML event loop, the hot path of loading "
    "banks: one tight function on purpose (bench/)",
    "trainer/store/migrations/versions/0001_initial.py::upgrade": "a migration is history: "
    "never edited once released",
    "trainer/store/migrations/versions/0006_live_game.py::upgrade": "a migration is history",
    "trainer/ui/backups_screen.py::__init__": "a screen constructor building its layout",
    "trainer/ui/quiz.py::__init__": "a screen constructor building its layout",
    "trainer/ui/quiz_setup.py::__init__": "a screen constructor building its layout",
    "trainer/ui/settings_screen.py::__init__": "a screen constructor building its layout",
    "trainer/ui/study.py::_card_page": "builds the layout of the study card page",
    "trainer/ui/workshop/stage_audience.py::__init__": "a screen constructor building its layout",
    "trainer/ui/workshop/stage_console.py::__init__": "a screen constructor building its layout",
}
"""``path::function`` → why it may be longer than :data:`FUNCTION_LINES` lines."""


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def name(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def test_modules_stay_under_400_lines() -> None:
    long = {
        name(path): lines
        for path in modules()
        if (lines := len(path.read_text("utf-8").splitlines())) > MODULE_LINES
    }
    assert long == {}, f"modules over {MODULE_LINES} lines: split them"


def test_functions_stay_under_60_lines_or_say_why() -> None:
    long = {}
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                lines = node.end_lineno - node.lineno + 1
                where = f"{name(path)}::{node.name}"
                if lines > FUNCTION_LINES and where not in LONGER_FUNCTIONS:
                    long[f"{where} (line {node.lineno})"] = lines
    assert long == {}, (
        f"functions over {FUNCTION_LINES} lines: split them, or list them in "
        "LONGER_FUNCTIONS with the reason"
    )


def test_every_listed_reason_is_short() -> None:
    assert all(0 < len(reason) <= 120 for reason in LONGER_FUNCTIONS.values())
