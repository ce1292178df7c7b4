"""What the content tests know about the source, written by hand from the source text.

Source: K. Popp, "Overview of the Global Migration Group and the role of IOM in the
global debate on international migration and development", IOM Geneva, prepared for
HLD 2013 (``/work/shared/source/000_e46dc26b5bfe6592.txt`` and its README). The
figures below were copied from the slide "IOM 2006 – 2013" and the GMG slide, each
with its year; they are the reference every figure of the shipped banks is checked
against. Nothing here is read from the banks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from trainer.core.banks import (
    ClozeQuestion,
    FlashcardQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    Question,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

ROOT = Path(__file__).resolve().parents[2]
BANKS_DIR = ROOT / "question_banks"
COVERAGE_DOC = ROOT / "docs" / "content-coverage.md"
SCHEMA_LINE = "# yaml-language-server: $schema=../resources/bank.schema.json"
EXPECTED_BANKS = {"iom", "global_debate", "gmg", "hld2013"}

# The 11 sections of the source README, cited as "§N <title>" in every item's `source`.
SECTIONS: dict[int, str] = {
    1: "Who is IOM?",
    2: "IOM 2006 – 2013 (growth figures)",
    3: 'The global debate on migration & development (policy dialogue, "thinking ahead", '
    "GFMD, post-2015, HLD 2013)",
    4: "Global Migration Group: origins and overview",
    5: "Global Migration Group: activities and achievements",
    6: "IOM and migration & development",
    7: "Roundtable 1 (effects of migration on sustainable development, post-2015)",
    8: "Roundtable 2 (human rights of all migrants, smuggling and trafficking, orderly, "
    "regular and safe migration)",
    9: "Roundtable 3 (partnerships, cooperation, policy coherence)",
    10: "Roundtable 4 (international and regional labour mobility)",
    11: "IOM Policy Recommendations to HLD 2013 (six recommendations)",
}
SECTION_REFS: dict[str, int] = {f"§{n} {title}": n for n, title in SECTIONS.items()}

# An item that draws on several sections cites each of them, joined by " + ", with the
# short title of each section (its README title without the words in brackets), e.g.
# "§3 The global debate on migration & development + §11 IOM Policy Recommendations to
# HLD 2013"; the four roundtables together are cited as one range.
SHORT_TITLES: dict[int, str] = {n: title.split(" (")[0] for n, title in SECTIONS.items()}
RANGES: dict[str, tuple[int, ...]] = {"§7–§10 Roundtables 1–4 of HLD 2013": (7, 8, 9, 10)}
# A public source used for context (never for an answer) follows the sections:
# "<sections>; context: <who>, <what>, <address>".
CONTEXT_MARK = "; context: "


def sections_of(source: str) -> set[int] | None:
    """The sections an item's ``source`` cites, or None when it is not written as above."""
    cited = source.split(CONTEXT_MARK, 1)[0]
    if cited in SECTION_REFS:
        return {SECTION_REFS[cited]}
    parts = cited.split(" + ")
    if len(parts) < 2 and cited not in RANGES:
        return None
    found: set[int] = set()
    for part in parts:
        if part in RANGES:
            found |= set(RANGES[part])
            continue
        number = next((n for n, t in SHORT_TITLES.items() if part == f"§{n} {t}"), None)
        if number is None or number in found:
            return None
        found.add(number)
    return found


def context_of(source: str) -> str:
    """The public source named after the sections (empty when there is none)."""
    return source.split(CONTEXT_MARK, 1)[1] if CONTEXT_MARK in source else ""


@dataclass(frozen=True)
class Figure:
    """One figure of the source: what it measures, its amount in base units, its year."""

    measure: str
    unit: str
    amount: float
    year: int


# Base units: a count of the thing named, or US dollars.
FIGURES: tuple[Figure, ...] = (
    Figure("IOM membership", "Member States", 120, 2006),
    Figure("IOM membership", "Member States", 149, 2013),
    Figure("IOM total expenditure", "USD", 733e6, 2006),
    Figure("IOM total expenditure", "USD", 1.3e9, 2011),  # marked (2011) on the slide
    Figure("IOM field locations", "field locations", 290, 2006),
    Figure("IOM field locations", "field locations", 440, 2013),
    Figure("IOM active projects", "active projects", 1600, 2006),
    Figure("IOM active projects", "active projects", 2900, 2013),
    Figure("IOM operational staff", "operational staff", 5400, 2006),
    Figure("IOM operational staff", "operational staff", 8500, 2013),
    Figure("GMG membership", "members", 16, 2013),  # "Today: 16 members", i.e. 2013
)

# Years the source gives for events (numeric items whose answer is a year), with a word
# the question must contain so that the year is asked about the right event.
DATES: dict[int, tuple[str, ...]] = {
    2003: ("Geneva Migration Group", "founded"),
    2006: ("Global Migration Group", "expand"),
    2013: ("High-level Dialogue",),
}

# How a bank writes a unit -> (base unit, factor to base units).
UNITS: dict[str, tuple[str, float]] = {
    "Member States": ("Member States", 1),
    "USD billion": ("USD", 1e9),
    "USD million": ("USD", 1e6),
    "million US dollars": ("USD", 1e6),
    "field locations": ("field locations", 1),
    "active projects": ("active projects", 1),
    "operational staff": ("operational staff", 1),
    "members": ("members", 1),
}

YEAR_RE = re.compile(r"(?<![\d+-])(20(?:0[6-9]|1[0-3]))(?!\d)")
MONEY_RE = re.compile(r"USD\s*(\d[\d,]*(?:\.\d+)?)\s*(million|billion)", re.IGNORECASE)
COUNT_RE = re.compile(
    r"(?<![\d.,])(\d[\d,]*)\s+(Member States|field locations|active projects|"
    r"operational staff|members)\b",
    re.IGNORECASE,
)
CURRENT_WORDS_RE = re.compile(r"\b(today|currently|nowadays|at present|now has|now have)\b", re.I)


def rows(unit: str, amount: float) -> list[Figure]:
    """Figures of the table with this base unit and amount (any year)."""
    return [f for f in FIGURES if f.unit == unit and abs(f.amount - amount) < 1e-6 * f.amount]


def to_base(value: float, unit: str) -> tuple[str, float]:
    """``(1.3, "USD billion")`` -> ``("USD", 1.3e9)``."""
    base, factor = UNITS[unit]
    return base, float(value) * factor


def figures_in(text: str) -> Iterator[tuple[str, str, float]]:
    """Every figure written with its unit in ``text``: ``(as written, base unit, amount)``."""
    for m in MONEY_RE.finditer(text):
        amount = float(m[1].replace(",", "")) * (1e6 if m[2].lower() == "million" else 1e9)
        yield m[0], "USD", amount
    for m in COUNT_RE.finditer(text):
        unit = next(u for u in UNITS if u.lower() == m[2].lower())
        yield m[0], UNITS[unit][0], float(m[1].replace(",", ""))


BARE_NUMBER_RE = re.compile(r"(?<![\w.+§,])(\d[\d,]*(?:\.\d+)?)(?![\w,]|\.\d)")


def numbers_in(text: str) -> Iterator[float]:
    """Every number of 10 or more in ``text`` that is not a year (1990–2030, written
    without a comma), "Rio+20" or a percentage (see :func:`percentages_in`)."""
    for m in BARE_NUMBER_RE.finditer(text):
        if text[m.end() :].lstrip().startswith("%"):
            continue
        written = m[1].rstrip(",")
        number = float(written.replace(",", ""))
        if number >= 10 and not (1990 <= number <= 2030 and written.isdigit()):
            yield number


PERCENT_RE = re.compile(r"(?<![\w.])(\d+)\s?%")


def percentages_in(text: str) -> Iterator[int]:
    """Every percentage written in ``text`` ("81 %", "81%")."""
    for m in PERCENT_RE.finditer(text):
        yield int(m[1])


def known_growth() -> set[int]:
    """The growth of each measure between its two years, in whole per cent (rounded)."""
    return {
        round((b.amount / a.amount - 1) * 100)
        for a in FIGURES
        for b in FIGURES
        if a.measure == b.measure and a.year < b.year
    }


def known_numbers() -> set[float]:
    """Numbers a text may write: each figure (also in millions or billions of USD) and
    the change of each measure between two years."""
    out: set[float] = set()
    for f in FIGURES:
        out.add(f.amount)
        if f.unit == "USD":
            out |= {round(f.amount / 1e6, 3), round(f.amount / 1e9, 3)}
        out |= {b.amount - f.amount for b in FIGURES if b.measure == f.measure and b.year > f.year}
    return out


def years_in(text: str) -> set[int]:
    """Years 2006–2013 named in ``text`` (not parts of "post-2015" and the like)."""
    return {int(y) for y in YEAR_RE.findall(text)}


def raw_banks() -> dict[str, dict[str, Any]]:
    """Each shipped bank file as plain YAML data, by bank id."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(BANKS_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[data["id"]] = data
    return out


def raw_items() -> list[dict[str, Any]]:
    """Every item (authored or fact) of every shipped bank, as written."""
    return [item for bank in raw_banks().values() for item in bank["items"]]


_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}


def option_key(text: str) -> str:
    """Meaning-level key of an option: case, accents, punctuation, articles and the
    spelling of numbers ("1,600", "1600", "USD 1.3 billion" = "USD 1,300 million",
    "six" = "6") do not matter."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", t)

    def scale(m: re.Match[str]) -> str:
        factor = 1e6 if m[2] == "million" else 1e9
        return f"{float(m[1]) * factor:.0f}"

    t = re.sub(r"(\d+(?:\.\d+)?)\s*(million|billion)", scale, t)
    t = re.sub(r"[^\w\s.]|(?<!\d)\.|\.(?!\d)", " ", t)
    words = [_NUMBER_WORDS.get(w, w) for w in t.split() if w not in {"the", "a", "an"}]
    return " ".join(words)


def texts_of(q: Question, *, truthful_only: bool) -> list[str]:
    """The texts a learner sees for ``q``; with ``truthful_only``, only those meant true."""
    out = [q.prompt, q.explanation]
    if isinstance(q, SingleChoiceQuestion | MultipleChoiceQuestion):
        out += list(q.correct_options) if truthful_only else list(q.options)
    elif isinstance(q, TrueFalseQuestion):
        if truthful_only and not q.answer:
            out.remove(q.prompt)
    elif isinstance(q, ClozeQuestion):
        out.append(q.answer_text)
    elif isinstance(q, FlashcardQuestion):
        out.append(q.back)
    elif isinstance(q, OrderingQuestion):
        out += list(q.sequence)
    elif isinstance(q, MatchingQuestion):
        out += [f"{right} {left}" for left, right in q.pairs]
    elif isinstance(q, ShortAnswerQuestion):
        out += list(q.answers)
    return out
