"""Rules that relate several fields of an item, checked after the pydantic models.

Each rule yields ``(data path, message)`` with the path of the field at fault, so the
loader can point at the right line. The messages name no path: the loader adds it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from string import Formatter

from trainer.core.banks.errors import clip
from trainer.core.banks.schema import (
    AnyItem,
    ClozeItem,
    FigureFact,
    ListFact,
    ListMember,
    MatchingItem,
    MultipleChoiceItem,
    OrderingItem,
    ShortAnswerItem,
    SingleChoiceItem,
    TimelineFact,
)
from trainer.core.kinds.cloze import parse_cloze
from trainer.core.normalize import option_key

Loc = tuple[str | int, ...]
Finding = tuple[Loc, str]


def _duplicates(values: Sequence[str], field: str) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for i, value in enumerate(values):
        key = option_key(value)
        if key in seen:
            yield (field, i), f"`{clip(value)}` is listed twice (also at {field}[{seen[key]}])"
        else:
            seen[key] = i


def _placeholders(text: str) -> list[str] | None:
    try:
        return [name for _, name, _, _ in Formatter().parse(text) if name is not None]
    except ValueError:
        return None


def _check_choice(item: SingleChoiceItem | MultipleChoiceItem) -> Iterator[Finding]:
    correct = [item.correct] if isinstance(item, SingleChoiceItem) else item.correct
    if isinstance(item, MultipleChoiceItem):
        yield from _duplicates(item.correct, "correct")
    yield from _duplicates(item.wrong, "wrong")
    right = {option_key(c) for c in correct}
    for i, option in enumerate(item.wrong):
        if option_key(option) in right:
            yield ("wrong", i), f"`{clip(option)}` is also given as correct"


def _check_cloze(item: ClozeItem) -> Iterator[Finding]:
    parts, blanks = parse_cloze(item.text)
    if not blanks:
        yield ("text",), "a cloze needs at least one blank written {{answer}}"
    for answers in blanks:
        if any(not a for a in answers):
            yield ("text",), "a blank has an empty answer (write {{answer}} or {{a|b}})"
            break
    if any("{{" in part or "}}" in part for part in parts):
        yield ("text",), "unbalanced `{{` or `}}` in the text"
    elif any("{" in a or "}" in a for answers in blanks for a in answers):
        yield ("text",), "a blank holds a stray `{` or `}` (write {{answer}}, two braces each side)"
    if item.unordered and len(blanks) < 2:
        yield ("unordered",), "`unordered: true` needs at least two blanks"


def _check_figure(item: FigureFact) -> Iterator[Finding]:
    if item.year is None and item.period is None:
        yield (), "a figure needs exactly one of `year` or `period` (neither is given)"
    elif item.year is not None and item.period is not None:
        yield ("period",), "a figure needs exactly one of `year` or `period` (both are given)"
    names = _placeholders(item.statement)
    if names is None:
        yield ("statement",), "stray `{` or `}` (placeholders are `{value}` and `{from}`)"
    else:
        if "value" not in names:
            yield ("statement",), "the statement must contain the placeholder `{value}`"
        unknown = sorted(set(names) - {"value", "from"})
        if unknown:
            yield ("statement",), f"unknown placeholder `{{{clip(unknown[0])}}}` (use `{{value}}`)"
        if "from" in names and item.from_value is None:
            yield ("statement",), "the statement uses `{from}` but there is no `from_value`"
    if item.template is not None:
        names = _placeholders(item.template)
        if names is None or "value" not in names or set(names) - {"value", "unit"}:
            yield ("template",), "the template must contain `{value}` (and at most `{unit}`)"
    if (item.from_value is None) != (item.from_year is None):
        missing = "from_year" if item.from_year is None else "from_value"
        present = "from_value" if missing == "from_year" else "from_year"
        yield (present,), f"`{present}` needs `{missing}` as well"
    for i, d in enumerate(item.distractors or []):
        if float(d) == float(item.value):
            yield ("distractors", i), f"distractor {d} equals the value"
        elif abs(d - item.value) <= item.tolerance:
            yield ("distractors", i), f"distractor {d} is within the tolerance of the value"
        elif float(d) in {float(x) for x in (item.distractors or [])[:i]}:
            yield ("distractors", i), f"distractor {d} is listed twice"
        elif (item.value > 0 and d <= 0) or (item.value < 0 and d >= 0):
            yield (
                ("distractors", i),
                (
                    f"distractor {d} is of another sign than the value {item.value} (a wrong "
                    "figure must be plausible)"
                ),
            )


def _check_list(item: ListFact) -> Iterator[Finding]:
    texts = [m.text if isinstance(m, ListMember) else m for m in item.members]
    yield from _duplicates(texts, "members")
    yield from _duplicates(item.not_members, "not_members")
    labels = [m.label for m in item.members if isinstance(m, ListMember)]
    for loc, message in _duplicates(labels, "labels"):
        yield ("members", loc[1]), message.replace("labels", "labels of members")
    true = {option_key(t) for t in texts}
    for i, wrong in enumerate(item.not_members):
        if option_key(wrong) in true:
            yield ("not_members", i), f"`{clip(wrong)}` is also a member"


def _check_timeline(item: TimelineFact) -> Iterator[Finding]:
    years: dict[int, int] = {}
    for i, event in enumerate(item.events):
        if event.year in years:
            yield (
                ("events", i, "year"),
                (
                    f"year {event.year} is used twice (also events[{years[event.year]}]); "
                    "timeline years must be distinct"
                ),
            )
        else:
            years[event.year] = i
    yield from _duplicates([e.event for e in item.events], "events")


def check_item(item: AnyItem) -> Iterator[Finding]:
    """Cross-field problems of one item, each with the path inside the item."""
    if isinstance(item, SingleChoiceItem | MultipleChoiceItem):
        yield from _check_choice(item)
    elif isinstance(item, ShortAnswerItem):
        yield from _duplicates(item.answers, "answers")
    elif isinstance(item, ClozeItem):
        yield from _check_cloze(item)
    elif isinstance(item, OrderingItem):
        yield from _duplicates(item.sequence, "sequence")
    elif isinstance(item, MatchingItem):
        yield from _duplicates([p.left for p in item.pairs], "pairs")
        yield from _duplicates([p.right for p in item.pairs], "pairs")
    elif isinstance(item, FigureFact):
        yield from _check_figure(item)
    elif isinstance(item, ListFact):
        yield from _check_list(item)
    elif isinstance(item, TimelineFact):
        yield from _check_timeline(item)
