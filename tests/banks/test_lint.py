"""`trainer validate` warnings for what a program can see is weak content.

Each check is shown on a bad item (the warning, at its place) and on the same item
fixed (no warning); warnings do not make a bank invalid.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from bankkit import HEADER

from trainer.core.banks import load_banks
from trainer.core.banks.validate_cmd import run

COMMON = "    topic: T\n    difficulty: 1\n    source: S\n    explanation: E\n"


def _item(body: str, item_id: str = "t.x") -> str:
    return f"  - id: {item_id}\n{COMMON}{body}"


def _warnings(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "t.yaml"
    path.write_text(HEADER + _item(body), encoding="utf-8")
    result = load_banks([path])
    assert result.errors == [], result.errors
    prefix = f"{path}:"
    return [str(w).removeprefix(prefix) for w in result.warnings]


LIST = """\
    kind: list
    name: {name}
    members: [Migrants, Countries of origin, Countries of destination]
    not_members: {not_members}
"""
PLAIN_NON_MEMBERS = "[Private recruitment agencies, Multinational employers, Banks]"

# (name, bad body, its warning (line:column: warning: message fragment), fixed body)
CASES = [
    (
        "option repeats the right answer",
        "    kind: single_choice\n    question: Q?\n    correct: Global Migration Group\n"
        "    wrong: [The Global Migration Group!, Geneva Migration Group]\n",
        "17:13: warning: items[0].wrong[0]: `The Global Migration Group!` is the same answer "
        "as the right `Global Migration Group`",
        "    kind: single_choice\n    question: Q?\n    correct: Global Migration Group\n"
        "    wrong: [Global Migration Forum, Geneva Migration Group]\n",
    ),
    (
        "non-member repeats a member",
        LIST.format(name="the parties", not_members="[Migrants & refugees, the migrants, Banks]"),
        "17:40: warning: items[0].not_members[1]: `the migrants` is the same answer as the "
        "right `Migrants`",
        LIST.format(name="the parties", not_members=PLAIN_NON_MEMBERS),
    ),
    (
        "count in the list's name (a word)",
        LIST.format(name="the three parties", not_members=PLAIN_NON_MEMBERS),
        "15:11: warning: items[0].name: gives the count away: the list has 3 members",
        LIST.format(name="the parties", not_members=PLAIN_NON_MEMBERS),
    ),
    (
        "count in the count question (digits)",
        LIST.format(name="the parties", not_members=PLAIN_NON_MEMBERS)
        + "    count_question: How many parties (3 in 2013)?\n",
        "18:21: warning: items[0].count_question: gives the count away",
        LIST.format(name="the parties", not_members=PLAIN_NON_MEMBERS)
        + "    count_question: How many parties were there in 2013?\n",
    ),
    (
        "count that the stem adds up",
        LIST.format(name="the parties", not_members=PLAIN_NON_MEMBERS)
        + "    count_question: For how many (two countries, plus one more)?\n",
        "18:21: warning: items[0].count_question: gives the count away",
        LIST.format(name="the parties", not_members=PLAIN_NON_MEMBERS)
        + "    count_question: For how many parties, in the presentation?\n",
    ),
    (
        "numeric question holding its answer",
        "    kind: numeric\n    question: How many of the sixteen members (16) met?\n"
        "    answer: 16\n",
        "15:15: warning: items[0].question: the question holds its own answer (16)",
        "    kind: numeric\n    question: How many members did the GMG have in 2013?\n"
        "    answer: 16\n",
    ),
    (
        "non-members worded in the negative",
        LIST.format(
            name="the parties",
            not_members="[No State at all, Migrants without rights, Reducing migration, Banks]",
        ),
        "17:18: warning: items[0].not_members: 3 of 4 non-members are worded in the negative",
        LIST.format(
            name="the parties",
            not_members="[Every State, Migrants and their rights, Managing migration, Banks]",
        ),
    ),
    (
        "matching with two pairs",
        "    kind: matching\n    question: Match.\n    pairs:\n"
        "      - {left: GMG, right: Global Migration Group}\n"
        "      - {left: GFMD, right: Global Forum on Migration and Development}\n",
        "17:7: warning: items[0].pairs: this matching question has 2 pairs; at least 3",
        "    kind: matching\n    question: Match.\n    pairs:\n"
        "      - {left: GMG, right: Global Migration Group}\n"
        "      - {left: GFMD, right: Global Forum on Migration and Development}\n"
        "      - {left: HLD, right: High-level Dialogue}\n",
    ),
    (
        "timeline of two events (its matching form)",
        "    kind: timeline\n    name: the history\n    events:\n"
        "      - {year: 2003, event: Founded}\n      - {year: 2006, event: Expanded}\n",
        "17:7: warning: items[0].events: the generated matching question has 2 pairs",
        "    kind: timeline\n    name: the history\n    events:\n"
        "      - {year: 2003, event: Founded}\n      - {year: 2006, event: Expanded}\n"
        "      - {year: 2013, event: Sixteen members}\n",
    ),
]


@pytest.mark.parametrize(("name", "bad", "warning", "fixed"), CASES, ids=[c[0] for c in CASES])
def test_check_warns_on_the_bad_item_only(
    tmp_path: Path, name: str, bad: str, warning: str, fixed: str
) -> None:
    found = _warnings(tmp_path, bad)
    assert len(found) == 1 and found[0].startswith(warning), found
    assert _warnings(tmp_path, fixed) == []


def test_a_year_is_not_a_count(tmp_path: Path) -> None:
    assert (
        _warnings(
            tmp_path,
            "    kind: numeric\n    question: In which year, after 2003, did it expand?\n"
            "    answer: 2006\n    number_format: year\n",
        )
        == []
    )


def test_validate_prints_warnings_and_stays_valid(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(HEADER + _item(LIST.format(name="the three parties", not_members="[A, B, C]")))
    out = io.StringIO()
    assert run([str(path)], fmt="text", default_paths=[], out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"{path}:15:11: warning: items[0].name: gives the count away")
    assert lines[-1] == "1 bank checked, 0 invalid, 0 errors, 1 warning"
    out = io.StringIO()
    assert run([str(path)], fmt="json", default_paths=[], out=out) == 0
    payload = json.loads(out.getvalue())
    assert payload["valid"] and payload["warning_count"] == 1
    assert payload["warnings"][0]["severity"] == "warning"
    assert payload["warnings"][0]["field"] == "items[0].name"
