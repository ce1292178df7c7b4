"""Loading real bank files: every kind, every generated form, ids, order, broken banks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bankkit import DATA, VALID

from trainer.core.banks import (
    KINDS,
    Bank,
    BankLoadError,
    ClozeQuestion,
    LoadResult,
    Question,
    SingleChoiceQuestion,
    load_banks,
)

EXPECTED_FORMS = {
    "figure": {"card", "numeric", "choice", "true-false", "cloze"},
    "list": {"one-of", "not-one-of", "count", "match", "card"},
    "timeline": {"order", "match"},
}


@pytest.fixture
def result() -> LoadResult:
    return load_banks([DATA])


def test_example_banks_load_without_errors(result: LoadResult) -> None:
    assert result.errors == []
    assert [b.id for b in result.banks] == ["sample", "second"]
    assert all(isinstance(b, Bank) for b in result.banks)
    assert result.banks[0].version == "1.0" and result.banks[1].version == "2"
    assert len(result.banks[0].content_hash) == 64


def test_every_kind_is_present(result: LoadResult) -> None:
    assert {q.kind for q in result.questions} == set(KINDS)
    authored = {q.kind for q in result.questions if q.form is None}
    assert authored == set(KINDS)


def test_every_generated_form_is_present(result: LoadResult) -> None:
    forms = {q.form for q in result.questions if q.form}
    assert forms == set().union(*EXPECTED_FORMS.values())
    projects = [q for q in result.questions if q.fact_id == "sample.projects"]
    assert [q.id for q in projects] == [
        "sample.projects/card",
        "sample.projects/numeric",
        "sample.projects/choice",
        "sample.projects/true-false",
        "sample.projects/cloze",
    ]
    # The unlabelled list has no matching form.
    assert "sample.headings/match" not in result.by_id


def test_common_fields(result: LoadResult) -> None:
    for q in result.questions:
        assert isinstance(q, Question)
        assert q.bank_id in {"sample", "second"}
        assert isinstance(q.tags, tuple)
        assert q.difficulty in (1, 2, 3)
        assert q.explanation and q.source and q.topic and q.prompt
        assert q.fact_id == (q.id if q.form is None else q.id.split("/")[0])
        assert len(q.content_hash) == 24
    assert result.by_id["sample.single"].tags == ("history",)
    generated = result.by_id["sample.projects/choice"]
    assert generated.tags == ("figures",) and generated.difficulty == 2
    assert result.by_id == {q.id: q for q in result.questions}


def test_prompts(result: LoadResult) -> None:
    cloze = result.by_id["sample.cloze"]
    assert isinstance(cloze, ClozeQuestion)
    assert cloze.prompt == "The second High-level Dialogue took place in _____ in _____."
    assert cloze.blanks == (("2013",), ("New York", "NYC"))
    assert result.by_id["sample.true-false"].prompt.startswith("IOM aims")
    assert result.by_id["sample.card"].prompt == "Who is IOM?"


def test_options_and_shuffle(result: LoadResult) -> None:
    q = result.by_id["sample.single"]
    assert isinstance(q, SingleChoiceQuestion)
    assert q.options[0] == "Geneva Migration Group" and len(q.options) == 4
    assert q.shuffled_options(1) == q.shuffled_options(1)
    assert sorted(q.shuffled_options(2)) == sorted(q.options)
    assert len({tuple(q.shuffled_options(s)) for s in range(20)}) > 1


def test_order_and_content_hash_are_stable(tmp_path: Path, result: LoadResult) -> None:
    again = load_banks([DATA])
    assert [q.id for q in again.questions] == [q.id for q in result.questions]
    assert [q.content_hash for q in again.questions] == [q.content_hash for q in result.questions]
    # Editing one item changes its hash only.
    copy = tmp_path / "complete.yaml"
    text = (DATA / "complete.yaml").read_text(encoding="utf-8")
    copy.write_text(text.replace("The acronyms of the presentation.", "Acronyms."), "utf-8")
    edited = load_banks([copy])
    changed = {q.id for q in edited.questions if q.content_hash != result.by_id[q.id].content_hash}
    assert changed == {"sample.matching"}


def test_broken_bank_is_skipped_and_others_load(tmp_path: Path) -> None:
    shutil.copy(DATA / "complete.yaml", tmp_path / "a.yaml")
    (tmp_path / "b.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a bank", encoding="utf-8")
    result = load_banks([tmp_path])
    assert [b.id for b in result.banks] == ["sample"]
    assert len(result.files) == 2
    assert {e.path for e in result.errors} == {str(tmp_path / "b.yaml")}


def test_duplicate_ids_across_banks_name_both_places(tmp_path: Path) -> None:
    first = tmp_path / "a.yaml"
    second = tmp_path / "b.yaml"
    first.write_text(VALID, encoding="utf-8")
    other = VALID.replace("id: t\n", "id: u\n").replace("correct: A", "correct: X")
    other = other.replace("wrong: [B, C]\n", "wrong: [B, C]\n" + _extra_item())
    second.write_text(other, encoding="utf-8")
    result = load_banks([first, second])
    assert [str(e) for e in result.errors] == [
        f"{second}:9:9: error: items[0].id: item id `t.a` is already used in {first}:9:9"
    ]
    assert [q.id for q in result.questions] == ["t.a", "u.b"]
    assert result.by_id["t.a"].bank_id == "t"
    assert [q.id for q in result.banks[1].questions] == ["u.b"]


def _extra_item() -> str:
    return (
        "  - id: u.b\n    kind: flashcard\n    topic: T\n    difficulty: 1\n"
        "    source: S\n    explanation: E\n    front: F\n    back: B\n"
    )


def test_missing_path_is_misuse(tmp_path: Path) -> None:
    with pytest.raises(BankLoadError):
        load_banks([tmp_path / "nope.yaml"])


def test_the_same_file_twice_loads_once() -> None:
    result = load_banks([DATA / "second.yml", DATA, DATA / "second.yml"])
    assert result.errors == []
    assert [b.id for b in result.banks] == ["second", "sample"]


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode())
    assert load_banks([path]).errors == []


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(VALID.encode() + b"#" * (5 * 1024 * 1024 + 1))
    errors = load_banks([path]).errors
    assert [(e.line, e.column) for e in errors] == [(1, 1)]
    assert "larger than 5 MB" in errors[0].message


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(96 + i), chr(97 + i)
        lines.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    path = tmp_path / "lol.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = load_banks([path]).errors
    assert len(errors) == 1
    assert "aliases expand to more than" in errors[0].message
    assert errors[0].line == 5


def test_small_aliases_are_fine(tmp_path: Path) -> None:
    text = VALID.replace("wrong: [B, C]", "wrong: &w [B, C]") + (
        "  - id: t.b\n    kind: single_choice\n    topic: T\n    difficulty: 1\n"
        "    source: S\n    explanation: E\n    question: Q2?\n    correct: A\n    wrong: *w\n"
    )
    path = tmp_path / "alias.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_banks([path])
    assert result.errors == []
    assert result.by_id["t.b"].wrong == ("B", "C")  # type: ignore[attr-defined]


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(VALID.replace("wrong: [B, C]", "wrong: " + "[" * 40 + "]" * 40), "utf-8")
    errors = load_banks([path]).errors
    assert len(errors) == 1 and "nesting deeper than" in errors[0].message
    assert errors[0].line == 17


def test_recursive_alias_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rec.yaml"
    path.write_text(VALID.replace("wrong: [B, C]", "wrong: &r [B, *r]"), "utf-8")
    errors = load_banks([path]).errors
    assert [(e.line, e.column) for e in errors] == [(17, 19)]
    assert "contains it" in errors[0].message


def test_unreadable_path_is_an_error_not_an_exception(tmp_path: Path) -> None:
    folder = tmp_path / "x.yaml"
    folder.mkdir()
    good = tmp_path / "good.yaml"
    good.write_text(VALID, encoding="utf-8")
    result = load_banks([tmp_path])
    assert [b.id for b in result.banks] == ["t"]


def test_duplicate_bank_id_drops_the_later_bank(tmp_path: Path) -> None:
    first = tmp_path / "a.yaml"
    second = tmp_path / "b.yaml"
    first.write_text(VALID, encoding="utf-8")
    second.write_text(VALID.replace("id: t.a", "id: t.b"), encoding="utf-8")
    result = load_banks([tmp_path])
    assert [str(e) for e in result.errors] == [
        f"{second}:2:5: error: id: bank id `t` is already used in {first}:2:5"
    ]
    assert [b.path for b in result.banks] == [first]
    assert list(result.by_id) == ["t.a"]
