"""At least 30 malformed banks, each with the exact line, column and message reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from bankkit import HEADER, ITEM, VALID, figure

from trainer.core.banks import load_banks


def sub(old: str, new: str, base: str = VALID) -> str:
    assert old in base, old
    return base.replace(old, new, 1)


FIG_VALID = figure()

# (name, text, line, column, field, message fragment)
CASES: list[tuple[str, str | bytes, int, int, str, str]] = [
    ("syntax", sub("wrong: [B, C]", "wrong: [B, C"), 18, 1, "", "YAML syntax error"),
    ("bad indent", sub("    topic: T", "   topic: T"), 11, 4, "", "YAML syntax error"),
    ("tab", sub("    topic: T", "\ttopic: T"), 11, 1, "", "YAML syntax error"),
    (
        "python tag",
        sub("correct: A", "correct: !!python/object:os.system A"),
        16,
        14,
        "items[0].correct",
        "tag `tag:yaml.org,2002:python/object:os.system` is not allowed",
    ),
    (
        "custom tag",
        sub("wrong: [B, C]", "wrong: !mine [B, C]"),
        17,
        12,
        "items[0].wrong",
        "tag `!mine` is not allowed",
    ),
    (
        "duplicate key",
        sub("    correct: A\n", "    correct: A\n    correct: B\n"),
        17,
        5,
        "items[0].correct",
        "duplicate key `correct`",
    ),
    (
        "duplicate header key",
        sub("title: T\n", "title: T\ntitle: U\n"),
        4,
        1,
        "title",
        "duplicate key `title`",
    ),
    (
        "duplicate key through an alias",
        sub("    source: S\n", "    &k source: S\n    *k : S2\n"),
        14,
        5,
        "items[0].source",
        "duplicate key `source`",
    ),
    (
        "merge key",
        sub("    topic: T\n", "    <<: {topic: T}\n"),
        11,
        5,
        "items[0]",
        "merge keys (`<<`) are not supported",
    ),
    ("two documents", VALID + "---\nformat: 1\n", 18, 1, "", "single YAML document"),
    (
        "undefined alias",
        sub("correct: A", "correct: *nothing"),
        16,
        14,
        "items[0].correct",
        "refers to no anchor",
    ),
    (
        "complex key",
        sub("    topic: T\n", "    ? [a]\n    : b\n"),
        11,
        7,
        "items[0]",
        "mapping key must be plain text",
    ),
    (
        "not utf-8",
        VALID.replace("question: Q?", "question: Q\xe9?").encode("latin-1"),
        15,
        16,
        "",
        "not valid UTF-8",
    ),
    ("empty", "", 1, 1, "", "the file is empty"),
    ("not a mapping", "- a\n- b\n", 1, 1, "", "a bank is a mapping"),
    ("format 2", sub("format: 1", "format: 2"), 1, 9, "format", "unsupported format 2"),
    ("format true", sub("format: 1", "format: true"), 1, 9, "format", "unsupported format True"),
    ("missing title", VALID.replace("title: T\n", ""), 1, 1, "title", "missing required field"),
    ("bad bank id", sub("id: t\n", "id: T!\n"), 2, 5, "id", "should match pattern"),
    (
        "unknown header field",
        sub("language: en\n", "language: en\nlangauge: fr\n"),
        6,
        1,
        "langauge",
        "did you mean `language`?",
    ),
    ("no items", HEADER.replace("items:\n", "items: []\n"), 8, 8, "items", "at least 1 item"),
    (
        "unknown field",
        sub("    wrong: [B, C]\n", "    wrong: [B, C]\n    optoins: [D]\n"),
        18,
        5,
        "items[0].optoins",
        "unknown field `optoins`",
    ),
    (
        "missing correct",
        sub("    correct: A\n", ""),
        9,
        5,
        "items[0].correct",
        "missing required field",
    ),
    (
        "unknown kind",
        sub("kind: single_choice", "kind: singel_choice"),
        10,
        11,
        "items[0].kind",
        "did you mean `single_choice`?",
    ),
    (
        "missing kind",
        sub("    kind: single_choice\n", ""),
        9,
        5,
        "items[0]",
        "missing field `kind`",
    ),
    ("bad item id", sub("id: t.a", "id: T A"), 9, 9, "items[0].id", "should match pattern"),
    (
        "difficulty 4",
        sub("difficulty: 1", "difficulty: 4"),
        12,
        17,
        "items[0].difficulty",
        "less than or equal to 3",
    ),
    (
        "difficulty text",
        sub("difficulty: 1", "difficulty: easy"),
        12,
        17,
        "items[0].difficulty",
        "valid integer",
    ),
    ("wrong not a list", sub("wrong: [B, C]", "wrong: B"), 17, 12, "items[0].wrong", "valid list"),
    ("wrong empty", sub("wrong: [B, C]", "wrong: []"), 17, 12, "items[0].wrong", "at least 1 item"),
    (
        "correct in wrong",
        sub("wrong: [B, C]", "wrong: [B, a]"),
        17,
        16,
        "items[0].wrong[1]",
        "`a` is also given as correct",
    ),
    (
        "duplicate wrong",
        sub("wrong: [B, C]", "wrong: [B, b ]"),
        17,
        16,
        "items[0].wrong[1]",
        "listed twice",
    ),
    (
        "bool as text",
        sub("correct: A", "correct: yes"),
        16,
        14,
        "items[0].correct",
        "put the text in quotes",
    ),
    (
        "empty question",
        sub("question: Q?", 'question: ""'),
        15,
        15,
        "items[0].question",
        "at least 1 character",
    ),
    (
        "duplicate id in bank",
        VALID + ITEM.replace("correct: A", "correct: Z"),
        18,
        9,
        "items[1].id",
        "already used by items[0]",
    ),
    (
        "figure value text",
        sub("value: 1600", 'value: "1,600"', FIG_VALID),
        17,
        12,
        "items[0].value",
        "without thousands separators",
    ),
    (
        "figure no placeholder",
        sub("{value}", "1600", FIG_VALID),
        16,
        16,
        "items[0].statement",
        "must contain the placeholder `{value}`",
    ),
    (
        "figure both year and period",
        figure('    period: "2006-2013"\n'),
        20,
        13,
        "items[0].period",
        "both are given",
    ),
    ("figure neither year nor period", figure(drop="year"), 9, 5, "items[0]", "neither is given"),
    (
        "figure bad placeholder",
        sub("{value}.", "{value} {valeu}.", FIG_VALID),
        16,
        16,
        "items[0].statement",
        "unknown placeholder `{valeu}`",
    ),
    (
        "figure from_value alone",
        figure("    from_value: 1200\n"),
        20,
        17,
        "items[0].from_value",
        "needs `from_year`",
    ),
    (
        "figure distractor equals value",
        figure("    distractors: [1500, 1600.0]\n"),
        20,
        25,
        "items[0].distractors[1]",
        "equals the value",
    ),
    (
        "figure distractor within tolerance",
        figure("    tolerance: 50\n    distractors: [1640]\n"),
        21,
        19,
        "items[0].distractors[0]",
        "within the tolerance",
    ),
    (
        "figure distractor of another sign",
        figure("    distractors: [1500, -1600]\n"),
        20,
        25,
        "items[0].distractors[1]",
        "of another sign than the value 1600",
    ),
    (
        "figure negative tolerance",
        figure("    tolerance: -1\n"),
        20,
        16,
        "items[0].tolerance",
        "0 or more",
    ),
    (
        "cloze without blank",
        HEADER
        + ITEM.replace("kind: single_choice", "kind: cloze").replace(
            "    question: Q?\n    correct: A\n    wrong: [B, C]\n", "    text: No blank.\n"
        ),
        15,
        11,
        "items[0].text",
        "at least one blank",
    ),
    (
        "cloze with a third brace",
        HEADER
        + ITEM.replace("kind: single_choice", "kind: cloze").replace(
            "    question: Q?\n    correct: A\n    wrong: [B, C]\n",
            "    text: Founded in {{{1951}}}.\n",
        ),
        15,
        11,
        "items[0].text",
        "stray `{` or `}`",
    ),
    (
        "timeline years",
        HEADER
        + """\
  - id: t.tl
    kind: timeline
    topic: T
    difficulty: 1
    source: S
    explanation: E
    name: events
    events:
      - {year: 2003, event: A}
      - {year: 2003, event: B}
""",
        18,
        16,
        "items[0].events[1].year",
        "used twice",
    ),
    (
        "list not_member is member",
        HEADER
        + """\
  - id: t.l
    kind: list
    topic: T
    difficulty: 1
    source: S
    explanation: E
    name: things
    members: [A, B]
    not_members: [C, D, a]
""",
        17,
        25,
        "items[0].not_members[2]",
        "also a member",
    ),
    (
        "list member bad mapping",
        HEADER
        + """\
  - id: t.l
    kind: list
    topic: T
    difficulty: 1
    source: S
    explanation: E
    name: things
    members: [A, {lable: x, text: B}]
    not_members: [C, D, E]
""",
        16,
        19,
        "items[0].members[1].lable",
        "did you mean `label`?",
    ),
    (
        "matching pair missing right",
        HEADER
        + """\
  - id: t.m
    kind: matching
    topic: T
    difficulty: 1
    source: S
    explanation: E
    question: Match.
    pairs:
      - {left: A, right: B}
      - {left: C}
""",
        18,
        9,
        "items[0].pairs[1].right",
        "missing required field",
    ),
    (
        "true_false answer text",
        HEADER
        + ITEM.replace("kind: single_choice", "kind: true_false").replace(
            "    question: Q?\n    correct: A\n    wrong: [B, C]\n",
            "    statement: S.\n    answer: maybe\n",
        ),
        16,
        13,
        "items[0].answer",
        "valid boolean",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "column", "field", "fragment"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_malformed_bank_is_reported_at_its_place(
    tmp_path: Path, text: str | bytes, line: int, column: int, field: str, fragment: str
) -> None:
    path = tmp_path / "bank.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    result = load_banks([path])
    assert result.banks == []
    assert result.errors, "the bank should be refused"
    match = [e for e in result.errors if fragment in e.message]
    assert match, [str(e) for e in result.errors]
    error = match[0]
    assert (error.line, error.column, error.field) == (line, column, field), str(error)
    assert str(error) == f"{path}:{line}:{column}: error: {error.message}"
    if field:
        assert error.message.startswith(f"{field}: ")


def test_there_are_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30


def test_all_errors_of_a_file_are_reported(tmp_path: Path) -> None:
    text = sub("difficulty: 1", "difficulty: 9")
    text = sub("wrong: [B, C]", "wrong: B\n    extra: 1", text)
    text = sub("title: T\n", "", text)
    path = tmp_path / "bank.yaml"
    path.write_text(text, encoding="utf-8")
    fields = sorted(e.field for e in load_banks([path]).errors)
    assert fields == ["items[0].difficulty", "items[0].extra", "items[0].wrong", "title"]


def test_rules_are_checked_even_when_other_items_have_type_errors(tmp_path: Path) -> None:
    broken = ITEM.replace("id: t.a", "id: t.b").replace("difficulty: 1", "difficulty: x")
    rule = ITEM.replace("wrong: [B, C]", "wrong: [A, C]")
    path = tmp_path / "bank.yaml"
    path.write_text(HEADER + broken + rule, encoding="utf-8")
    errors = load_banks([path]).errors
    assert [(e.field, e.line) for e in errors] == [
        ("items[0].difficulty", 12),
        ("items[1].wrong[0]", 26),
    ]


def test_union_members_report_one_error_each(tmp_path: Path) -> None:
    text = HEADER + (
        "  - id: t.l\n    kind: list\n    topic: T\n    difficulty: 1\n    source: S\n"
        "    explanation: E\n    name: N\n    members: [A, {label: L}, [x]]\n"
        "    not_members: [C, D, E]\n"
    )
    path = tmp_path / "bank.yaml"
    path.write_text(text, encoding="utf-8")
    errors = load_banks([path]).errors
    assert [(e.field, e.line, e.column) for e in errors] == [
        ("items[0].members[1].text", 16, 18),
        ("items[0].members[2]", 16, 30),
    ]
    assert "missing required field" in errors[0].message
