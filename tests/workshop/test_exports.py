"""Exports checked against their formats: GIFT escaping, Moodle XML types, .apkg content, CSV."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from trainer.core.banks import Question
from trainer.core.workshop import WorkshopSession, build_workshop
from trainer.core.workshop.exports import (
    export_apkg,
    export_csv,
    export_gift,
    export_moodle_xml,
    gift_escape,
)
from trainer.core.workshop.exports.anki import stable_id
from trainer.core.workshop.exports.base import moodle_fraction
from trainer.store import open_store

GIFT_SPECIAL = set("~=#{}:\\")


def unescaped_specials(text: str) -> list[str]:
    """GIFT special characters in ``text`` not preceded by a backslash escape."""
    found, i = [], 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] in GIFT_SPECIAL:
            found.append(text[i])
        i += 1
    return found


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a~b", "a\\~b"),
        ("x = y", "x \\= y"),
        ("#1", "\\#1"),
        ("{set}", "\\{set\\}"),
        ("ratio 3:1", "ratio 3\\:1"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two\\nlines"),
        ("plain text, é", "plain text, é"),
    ],
)
def test_gift_escape(raw: str, escaped: str) -> None:
    assert gift_escape(raw) == escaped
    assert unescaped_specials(gift_escape(raw)) == []


def test_gift_file(questions: list[Question], by_id: dict[str, Question]) -> None:
    result = export_gift(questions, title="Room 1")
    text = result.data.decode("utf-8")
    skipped = {line.split(" — ")[0] for line in result.skipped}
    assert skipped == {"ws.cl2", "ws.ord1", "ws.fc1", "ws.match1"}
    assert result.exported == len(questions) - 4
    assert all(" — " in line for line in result.skipped)
    blocks = [b for b in text.split("\n\n") if b.startswith("::")]
    assert len(blocks) == result.exported
    sc1 = next(b for b in blocks if b.startswith("::ws.sc1::"))
    assert sc1.startswith("::ws.sc1::[html]")  # Moodle reads the texts as HTML
    question_text = sc1[len("::ws.sc1::[html]") : sc1.index(" {\n")]
    assert unescaped_specials(question_text) == []
    assert "3\\:1 \\{approx\\} \\= \\#1 \\~ back\\\\slash" in question_text
    assert "\t=Geneva Migration Group\n" in sc1 and "\t~A \\= B \\~ C\n" in sc1
    assert "####It was founded as the Geneva Migration Group. Source\\: §1 origins" in sc1
    mc1 = next(b for b in blocks if b.startswith("::ws.mc1::"))
    assert re.findall(r"~%(-?[\d.]+)%", mc1) == ["50", "50", "-50", "-50"]
    assert "{\n\tT\n" in next(b for b in blocks if b.startswith("::ws.tf1::"))
    num = next(b for b in blocks if b.startswith("::ws.num1::"))
    assert "(unit\\: members)" in num and "\t#16:1\n" in num
    assert "=Global Migration Group =the Global Migration Group" in text
    cl1 = next(b for b in blocks if b.startswith("::ws.cl1::"))
    assert cl1.startswith("::ws.cl1::[html]The GMG chair rotates every {\n\t=six months =6 months")
    assert cl1.rstrip().endswith("}.")
    assert "$CATEGORY: $course$/top/Room 1/ws/Origins" in text


def test_moodle_fractions() -> None:
    assert moodle_fraction(100 / 3) == "33.33333"
    assert moodle_fraction(-50) == "-50"
    assert moodle_fraction(100 / 13) is None


def test_moodle_xml(questions: list[Question]) -> None:
    result = export_moodle_xml(questions, title="Room & <1>")
    root = ET.fromstring(result.data)
    assert root.tag == "quiz"
    real = [q for q in root.findall("question") if q.get("type") != "category"]
    types = {q.findtext("name/text"): q.get("type") for q in real}
    assert types == {
        "ws.sc1": "multichoice",
        "ws.sc2": "multichoice",
        "ws.sc3": "multichoice",
        "ws.mc1": "multichoice",
        "ws.tf1": "truefalse",
        "ws.num1": "numerical",
        "ws.sa1": "shortanswer",
        "ws.cl1": "cloze",
        "ws.cl2": "cloze",
    }
    assert {s.split(" — ")[0] for s in result.skipped} == {"ws.ord1", "ws.fc1", "ws.match1"}
    by_name = {q.findtext("name/text"): q for q in real}
    sc1 = by_name["ws.sc1"]
    assert sc1.findtext("single") == "true"
    assert "{approx} = #1 ~ back\\slash" in (sc1.findtext("questiontext/text") or "")
    fractions = [a.get("fraction") for a in sc1.findall("answer")]
    assert sorted(fractions) == ["0", "0", "0", "100"]
    mc1 = by_name["ws.mc1"]
    assert mc1.findtext("single") == "false"
    assert [a.get("fraction") for a in mc1.findall("answer")] == ["50", "50", "-50", "-50"]
    assert by_name["ws.num1"].findtext("answer/tolerance") == "1"
    cloze = by_name["ws.cl2"].findtext("questiontext/text") or ""
    assert cloze.count("{1:SHORTANSWER:") == 2
    tf = by_name["ws.tf1"]
    assert [(a.findtext("text"), a.get("fraction")) for a in tf.findall("answer")] == [
        ("true", "100"),
        ("false", "0"),
    ]
    categories = [q.findtext("category/text") for q in root.findall("question[@type='category']")]
    assert "$course$/top/Room & <1>/ws/Origins" in categories
    assert b"Room &amp; &lt;1&gt;" in result.data


def test_moodle_xml_matching_with_three_pairs(questions: list[Question]) -> None:
    from dataclasses import replace

    match = next(q for q in questions if q.id == "ws.match1")
    bigger = replace(match, pairs=(*match.pairs, ("UNHCR", "Geneva")))  # type: ignore[type-var]
    root = ET.fromstring(export_moodle_xml([bigger]).data)
    (q,) = root.findall("question[@type='matching']")
    assert [s.findtext("answer/text") for s in q.findall("subquestion")] == [
        "Geneva",
        "New York",
        "Geneva",
    ]
    assert "=IOM -> Geneva" in export_gift([bigger]).data.decode()


def test_apkg_is_a_zip_with_the_notes(tmp_path: Path, questions: list[Question]) -> None:
    result = export_apkg(questions, title="GMG deck", seed=3)
    assert result.skipped == [] and result.exported == len(questions)
    path = tmp_path / "deck.apkg"
    result.write(path)
    with zipfile.ZipFile(path) as archive:
        assert "collection.anki2" in archive.namelist()
        (tmp_path / "c.anki2").write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.anki2")
    notes = conn.execute("SELECT guid, mid, flds, tags FROM notes").fetchall()
    models, decks = conn.execute("SELECT models, decks FROM col").fetchone()
    conn.close()
    assert len(notes) == len(questions)
    fields = {n[2].split("\x1f")[4]: n[2].split("\x1f") for n in notes}
    front, back, explanation, source, _ = fields["ws.sc1"]
    assert "Under what name was the GMG founded?" in front and "<li>" in front
    assert back == "Geneva Migration Group"
    assert explanation.startswith("It was founded") and source == "§1 origins"
    assert fields["ws.fc1"][1] == "Global Migration Group"
    assert {n[1] for n in notes} == {stable_id("Trainer flashcard (v1)")}
    assert str(stable_id("deck:GMG deck")) in decks and "Trainer flashcard (v1)" in models
    # stable: the same export gives the same guids and ids
    again = export_apkg(questions, title="GMG deck", seed=3)
    path2 = tmp_path / "again.apkg"
    again.write(path2)
    with zipfile.ZipFile(path2) as archive:
        (tmp_path / "d.anki2").write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "d.anki2")
    assert sorted(r[0] for r in conn.execute("SELECT guid FROM notes")) == sorted(
        n[0] for n in notes
    )
    conn.close()


def test_csv_one_row_per_team_and_question(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    w = build_workshop(questions, seed=2, count=5, title="Café quiz")
    store = open_store(tmp_path / "t.sqlite3")
    s = WorkshopSession.start(store, w, ["Équipe A", "Team, B", "C"], by_id)
    a, b, _c = s.teams()
    s.mark(a, 0, 1.0)
    s.mark(b, 1, 0.0)
    first = by_id[w.items[0]]
    result = export_csv(s)
    store.close()
    assert result.data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(result.data.decode("utf-8-sig"))))
    assert len(rows) == 3 * 5 == result.exported
    assert {(r["team"], r["position"]) for r in rows} == {
        (t, str(p)) for t in ("Équipe A", "Team, B", "C") for p in range(1, 6)
    }
    row = next(r for r in rows if r["team"] == "Équipe A" and r["position"] == "1")
    assert (row["correct"], row["points"], row["item_id"]) == ("yes", "1.0", first.id)
    assert row["response"] == "(marked right by the facilitator)"  # not "(no answer)"
    marked = next(r for r in rows if r["team"] == "Team, B" and r["position"] == "2")
    assert marked["response"] == "(marked wrong by the facilitator)"
    assert row["rank"] == "1" and row["workshop"] == "Café quiz"
    unanswered = next(r for r in rows if r["team"] == "C" and r["position"] == "1")
    assert unanswered["correct"] == "" and unanswered["response"] == ""


FORMULAS = [
    '=HYPERLINK("http://evil","Red")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-1+2",
    "\tx",
    "\ry",
]


def test_csv_neutralises_formulas_in_every_text_cell(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    """S1: team names, typed answers and bank texts that a spreadsheet would run as a
    formula get a leading single quote (OWASP); numbers stay numbers."""
    from dataclasses import replace

    sa = next(q for q in questions if q.id == "ws.sa1")
    hostile = replace(sa, question="=1+1", topic="@topic", answers=("-x",))  # type: ignore[call-arg]
    w = replace(build_workshop(questions, seed=2, count=1), items=(sa.id,), title="+title")
    store = open_store(tmp_path / "t.sqlite3")
    s = WorkshopSession.start(store, w, FORMULAS, {**by_id, sa.id: hostile})
    for team, typed in zip(s.teams(), FORMULAS, strict=True):
        s.record(team, 0, typed)
    result = export_csv(s)
    names = [t.name for t in s.teams()]  # (a team's name is stripped of spaces)
    rows = list(csv.DictReader(io.StringIO(result.data.decode("utf-8-sig"), newline="")))
    assert sorted(r["team"] for r in rows) == sorted(n if n.isalpha() else "'" + n for n in names)
    assert sorted(r["response"] for r in rows) == sorted("'" + f for f in FORMULAS)
    for row in rows:
        assert (row["workshop"], row["question"]) == ("'+title", "'=1+1")
        assert (row["topic"], row["expected"]) == ("'@topic", "'-x")
        assert float(row["points"]) >= 0 and row["session"].isdigit()  # numbers stay numbers
        for cell in row.values():
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), row
    store.close()


HOSTILE = "Match <these> & <b>one</b> {~=#:} back\\slash 5 * 2\nline two"


def _hostile(questions: list[Question]) -> list[Question]:
    """Questions of every GIFT kind whose texts hold HTML, GIFT specials and format markers."""
    from dataclasses import replace

    by_id = {q.id: q for q in questions}
    sc, mc, sa = by_id["ws.sc1"], by_id["ws.mc1"], by_id["ws.sa1"]
    match, cloze, num = by_id["ws.match1"], by_id["ws.cl1"], by_id["ws.num1"]
    edits: list[tuple[Question, dict[str, object]]] = [
        (sc, {"question": HOSTILE, "correct": "[html]<i>x</i>", "wrong": ("%50%y", "[b] z")}),
        (mc, {"question": "[plain] <u>x</u>", "correct": ("<a>", "b&amp;c"), "wrong": ("'\"",)}),
        (sa, {"question": "<h1>big</h1>", "answers": ("a<b>c", "5 * 2", "x#y")}),
        (
            match,
            {"pairs": (("<b>IOM</b>", "Gen<e>va"), ("&lt;", "&gt;"), ("[html]", "b\\c"))},
        ),
        (cloze, {"parts": ("<b>before</b> ", " & after"), "blanks": (("a*b", "<i>"),)}),
        (num, {"question": "How many <people>?", "unit": "<m>"}),
    ]
    return [
        replace(q, explanation="<b>why</b> 1 < 2", source="<i>src</i>", **e)  # type: ignore[arg-type]
        for q, e in edits
    ]


def test_gift_texts_read_back_in_moodle_exactly(questions: list[Question]) -> None:
    """K2: Moodle reads GIFT texts as HTML; every text comes back as written, no tag runs."""
    from moodle_gift import read_gift, shown

    hostile = _hostile(questions)
    result = export_gift(hostile, "T")
    assert result.exported == len(hostile), result.skipped
    read = {r.name: r for r in read_gift(result.data.decode("utf-8"))}
    sc, mc, sa, match, cloze, num = hostile
    r = read[sc.id]
    assert shown(r.question) == HOSTILE and r.qtype == "multichoice"
    assert [shown(a) for a in r.answers] == ["[html]<i>x</i>", "%50%y", "[b] z"]
    assert r.fractions == [1.0, 0.0, 0.0]  # "%50%y" is not read as a weight
    assert shown(r.feedback) == "<b>why</b> 1 < 2 Source: <i>src</i>"
    r = read[mc.id]
    assert shown(r.question) == "[plain] <u>x</u>"
    assert [shown(a) for a in r.answers] == ["<a>", "b&amp;c", "'\""]
    r = read[sa.id]
    assert shown(r.question) == "<h1>big</h1>" and r.qtype == "shortanswer"
    # short answers are compared as typed (not HTML); a * is literal (\* in Moodle)
    assert [a.text for a in r.answers] == ["a<b>c", "5 \\* 2", "x#y"]
    r = read[match.id]
    assert [shown(s) for s in r.subquestions] == ["<b>IOM</b>", "&lt;", "[html]"]
    assert r.subanswers == ["Gen<e>va", "&gt;", "b\\c"]
    r = read[cloze.id]
    assert shown(r.question) == "<b>before</b> _____ & after"
    assert [a.text for a in r.answers] == ["a\\*b", "<i>"]
    assert shown(read[num.id].question) == "How many <people>? (unit: <m>)"
    from dataclasses import replace

    for accepted in ("[plain]x", " %50%x"):  # would be read as a format or a weight
        (line,) = export_gift([replace(sa, answers=(accepted,))]).skipped  # type: ignore[call-arg]
        assert line.startswith(f"{sa.id} — GIFT cannot hold an accepted answer")


def test_moodle_xml_texts_read_back_exactly(questions: list[Question]) -> None:
    """The same hostile texts through Moodle XML: HTML fields escaped, typed answers plain."""
    import html

    hostile = _hostile(questions)
    root = ET.fromstring(export_moodle_xml(hostile, "T").data)
    read = {q.findtext("name/text"): q for q in root.findall("question[name]")}
    sc, _mc, sa, match, _cloze, _num = hostile
    text = read[sc.id].findtext("questiontext/text") or ""
    assert html.unescape(text.replace("<br>", "\n")) == f"<p>{HOSTILE}</p>"
    answers = [a.findtext("text") for a in read[sa.id].findall("answer")]
    assert answers == ["a<b>c", "5 \\* 2", "x#y"]
    rights = [s.findtext("answer/text") for s in read[match.id].findall("subquestion")]
    assert rights == ["Gen<e>va", "&gt;", "b\\c"]


CONTROL = "Unit\x1fseparator \x01\x00\x7f\x9b\ufffe end"


def _with_controls(questions: list[Question]) -> list[Question]:
    """Every question with control characters in its texts (a bank validator may refuse
    them, but titles, generated texts and older banks reach the exports too)."""
    from dataclasses import fields, replace

    out = []
    for q in questions:
        changes: dict[str, object] = {"explanation": CONTROL, "source": CONTROL}
        for name in ("question", "statement", "front", "back"):
            if name in {f.name for f in fields(q)}:
                changes[name] = CONTROL
        out.append(replace(q, **changes))  # type: ignore[arg-type]
    return out


def test_control_characters_never_make_an_unreadable_export(
    tmp_path: Path, questions: list[Question]
) -> None:
    """C5: each format's reader accepts the file; the characters become U+FFFD."""
    hostile = _with_controls(questions)
    title = "Title\x01\x1f"
    root = ET.fromstring(export_moodle_xml(hostile, title).data)  # well-formed
    assert root.findall("question[@type='category']")
    gift = export_gift(hostile, title).data.decode("utf-8")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", gift)
    assert "Unit\ufffdseparator" in gift
    data = export_apkg(hostile, title, seed=1).data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        (tmp_path / "c.anki2").write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.anki2")
    notes = [r[0] for r in conn.execute("SELECT flds FROM notes")]
    conn.close()
    assert len(notes) == len(hostile)
    assert all(n.count("\x1f") == 4 for n in notes)  # Front Back Explanation Source ItemId
    assert all("Unit\ufffdseparator" in n for n in notes)


@pytest.mark.parametrize("module", ["gift", "moodle_xml", "anki"])
def test_an_export_checks_its_own_output_before_reporting_success(
    monkeypatch: pytest.MonkeyPatch, questions: list[Question], module: str
) -> None:
    """Were the characters left in, the export's own check would refuse the file."""
    import importlib

    from trainer.core.workshop.exports import ExportError

    target = importlib.import_module(f"trainer.core.workshop.exports.{module}")
    monkeypatch.setattr(target, "holdable_question", lambda q: q)
    monkeypatch.setattr(target, "holdable_text", lambda t: t)
    export = {"gift": export_gift, "moodle_xml": export_moodle_xml, "anki": export_apkg}[module]
    with pytest.raises(ExportError, match="reader would refuse"):
        export(_with_controls(questions), "T")
