"""A workshop definition: which questions, in what order, how long and for how many points.

A :class:`Workshop` is built from the loaded banks with the engine's quiz builder
(:func:`trainer.core.study.quiz.build_quiz`: reproducible from its seed, one item at most
of a group (a fact's forms, or items the bank groups because they answer one another),
topics balanced), can have any question swapped for another of the same topic
(:func:`swap`), and is saved as a small YAML file that another facilitator can open
(:func:`save_workshop`, :func:`open_workshop`). The file holds the chosen item ids, so it
opens to the same questions even when the banks have grown since.

File format (version 1)::

    workshop: 1
    title: GMG morning quiz
    banks: [gmg]            # filters used to build it (empty: any)
    topics: []
    kinds: [single_choice, true_false]
    count: 10
    seconds_per_question: 30
    points_per_question: 1
    speed_bonus: false
    seed: 7
    items: [gmg.founding-name, ...]
    teams: [Red, Blue]      # optional: the teams, for the score sheet and the next run
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from trainer.core.banks import yamlsafe
from trainer.core.banks.errors import BankError, clip, excerpt, field_path
from trainer.core.banks.questions import KINDS, Question
from trainer.core.banks.schema import MAX_ENTRIES, SINGLE_LINE, text_problem
from trainer.core.kinds import scored_kinds
from trainer.core.outfile import write_output_file
from trainer.core.study.quiz import SEED_MAX, QuizError, QuizSpec, build_quiz
from trainer.errors import UserError

FORMAT_VERSION = 1
MAX_COUNT = 500
"""Most questions of one workshop."""
SECONDS_RANGE = (5, 3600)
"""Fewest and most seconds per question."""
MAX_POINTS = 1000
"""Most points per question."""
MAX_TEAMS = 100
"""Most teams a workshop file keeps."""
SCORED_KINDS: tuple[str, ...] = scored_kinds()
"""Kinds a workshop can ask by default (flashcards are self-graded, so not scored)."""


Loc = tuple[str | int, ...]


class WorkshopError(UserError, ValueError):
    """A workshop that cannot be built or changed as asked (plain message for users)."""


# One problem in a workshop file: the same located error as a bank's
# (path, 1-based line and column, field, message; ``str()`` is "path:line:column: error: ...").
FileProblem = BankError


class WorkshopFileError(WorkshopError):
    """A workshop file that cannot be read; ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[FileProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


Name = Annotated[str, Field(max_length=200, pattern=SINGLE_LINE)]
"""A title, bank id, topic, kind or item id: one line of plain text, like a bank's texts."""


class WorkshopFile(BaseModel):
    """The validated content of a workshop YAML file."""

    model_config = ConfigDict(extra="forbid", strict=True)

    workshop: Literal[1]
    title: Name = Field(default="Workshop", min_length=1)
    banks: list[Name] = Field(default_factory=list, max_length=MAX_ENTRIES)
    topics: list[Name] = Field(default_factory=list, max_length=MAX_ENTRIES)
    kinds: list[Name] = Field(default_factory=list, max_length=MAX_ENTRIES)
    count: int = Field(ge=1, le=MAX_COUNT)
    seconds_per_question: int = Field(default=30, ge=SECONDS_RANGE[0], le=SECONDS_RANGE[1])
    points_per_question: int = Field(default=1, ge=1, le=MAX_POINTS)
    speed_bonus: bool = False
    seed: int = Field(ge=0, le=SEED_MAX)
    items: list[Name] = Field(min_length=1, max_length=MAX_COUNT)
    teams: list[Annotated[str, Field(min_length=1, max_length=100, pattern=SINGLE_LINE)]] = Field(
        default_factory=list, max_length=MAX_TEAMS
    )

    @field_validator("kinds")
    @classmethod
    def _known_kinds(cls, kinds: list[str]) -> list[str]:
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise ValueError(f"unknown kind '{clip(unknown[0])}'; kinds are {', '.join(KINDS)}")
        return kinds


@dataclass(frozen=True, slots=True)
class Workshop:
    """A built workshop: its settings and the chosen item ids in asking order."""

    title: str
    banks: tuple[str, ...]
    topics: tuple[str, ...]
    kinds: tuple[str, ...]
    count: int
    seconds_per_question: int
    points_per_question: int
    speed_bonus: bool
    seed: int
    items: tuple[str, ...]
    shortfall: str | None = None
    """Set by :func:`build_workshop` when fewer questions matched than asked."""
    teams: tuple[str, ...] = ()
    """The teams, kept in the file for the score sheet and the next run (may be empty)."""

    def to_plain(self) -> dict[str, Any]:
        """The file's content as plain data (see the module docstring)."""
        return {
            "workshop": FORMAT_VERSION,
            "title": self.title,
            "banks": list(self.banks),
            "topics": list(self.topics),
            "kinds": list(self.kinds),
            "count": self.count,
            "seconds_per_question": self.seconds_per_question,
            "points_per_question": self.points_per_question,
            "speed_bonus": self.speed_bonus,
            "seed": self.seed,
            "items": list(self.items),
            "teams": list(self.teams),
        }

    def to_yaml(self) -> str:
        """The file's text; :class:`WorkshopError` when the file could not be opened again
        (a title with a line break, too long...), so nothing unreadable is ever saved."""
        plain = self.to_plain()
        try:
            WorkshopFile.model_validate(plain)
        except ValidationError as exc:
            loc, message, _at_key = _file_errors(exc, plain)[0]
            raise WorkshopError(f"{field_path(loc)}: {message}.") from None
        return yaml.safe_dump(plain, sort_keys=False, allow_unicode=True, width=100)

    def resolve(self, by_id: Mapping[str, Question]) -> tuple[list[Question], list[str]]:
        """The questions in order, and the item ids no loaded bank holds (reported, skipped)."""
        found = [by_id[i] for i in self.items if i in by_id]
        missing = [i for i in self.items if i not in by_id]
        return found, missing


def _spec(
    workshop_kinds: Sequence[str],
    banks: Sequence[str],
    topics: Sequence[str],
    count: int,
    seed: int,
) -> QuizSpec:
    return QuizSpec(
        count=count,
        banks=tuple(banks),
        topics=tuple(topics),
        kinds=tuple(workshop_kinds) or SCORED_KINDS,
        seed=seed,
        shuffle=True,
    )


def build_workshop(
    questions: Iterable[Question],
    *,
    seed: int,
    count: int = 10,
    banks: Sequence[str] = (),
    topics: Sequence[str] = (),
    kinds: Sequence[str] = (),
    title: str = "Workshop",
    seconds_per_question: int = 30,
    points_per_question: int = 1,
    speed_bonus: bool = False,
    teams: Sequence[str] = (),
) -> Workshop:
    """Choose the questions with the engine's quiz builder (same inputs, same workshop).

    Empty ``kinds`` means every scored kind (not flashcards). Raises
    :class:`WorkshopError` when nothing matches or a setting is out of range.
    """
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        raise WorkshopError(f"Unknown question kind(s): {', '.join(unknown)}.")
    low, high = SECONDS_RANGE
    if not low <= seconds_per_question <= high or not 1 <= points_per_question <= MAX_POINTS:
        raise WorkshopError(
            f"Allow {low} to {high} seconds and 1 to {MAX_POINTS} points per question."
        )
    if not 1 <= count <= MAX_COUNT:
        raise WorkshopError(f"A workshop has 1 to {MAX_COUNT} questions.")
    try:
        quiz = build_quiz(questions, _spec(kinds, banks, topics, count, seed))
    except QuizError as error:
        raise WorkshopError(str(error)) from error
    if not quiz.item_ids:
        raise WorkshopError(quiz.shortfall or "No questions match this selection.")
    return Workshop(
        title=title,
        banks=tuple(banks),
        topics=tuple(topics),
        kinds=tuple(kinds),
        count=count,
        seconds_per_question=seconds_per_question,
        points_per_question=points_per_question,
        speed_bonus=speed_bonus,
        seed=quiz.seed,
        items=quiz.item_ids,
        shortfall=quiz.shortfall,
        teams=tuple(teams),
    )


def swap_candidates(
    workshop: Workshop, questions: Iterable[Question], position: int
) -> list[Question]:
    """Questions that could replace the one at ``position``: same topic, within the
    workshop's banks and kinds, of a group not already in the workshop (so that no
    question answers another); sorted by id."""
    by_id = {q.id: q for q in questions}
    if not 0 <= position < len(workshop.items):
        raise WorkshopError(f"There is no question {position + 1} in this workshop.")
    current = by_id.get(workshop.items[position])
    if current is None:
        raise WorkshopError(f"The question {workshop.items[position]} is not in the loaded banks.")
    used = {by_id[i].group for i in workshop.items if i in by_id}
    kinds = set(workshop.kinds or SCORED_KINDS)
    return sorted(
        (
            q
            for q in by_id.values()
            if q.topic == current.topic
            and q.kind in kinds
            and (not workshop.banks or q.bank_id in workshop.banks)
            and q.group not in used
        ),
        key=lambda q: q.id,
    )


def swap(workshop: Workshop, questions: Iterable[Question], position: int) -> Workshop:
    """Replace the question at ``position`` (0-based) with another of the same topic.

    The choice depends only on the seed, the position, the question replaced and the
    candidates, so the same swap on the same workshop gives the same result. Raises
    :class:`WorkshopError` when no other question of that topic is available.
    """
    candidates = swap_candidates(workshop, questions, position)
    old = workshop.items[position]
    if not candidates:
        raise WorkshopError(f"No other question of the same topic is available to replace {old}.")
    chosen = random.Random(f"{workshop.seed}:swap:{position}:{old}").choice(candidates)
    items = list(workshop.items)
    items[position] = chosen.id
    return replace(workshop, items=tuple(items))


def save_workshop(workshop: Workshop, path: Path) -> None:
    """Write the workshop file with :func:`~trainer.core.outfile.write_output_file` (atomic,
    through symbolic links, never over a folder or a device)."""
    write_output_file(path, workshop.to_yaml().encode("utf-8"))


def _problem(where: str, root: Any, loc: Loc, message: str, at_key: bool = False) -> FileProblem:
    line, column = yamlsafe.locate(root, loc, at_key=at_key)
    field = field_path(loc)
    return FileProblem(where, line, column, field, f"{field}: {message}" if field else message)


def _file_errors(exc: ValidationError, data: Mapping[str, Any]) -> list[tuple[Loc, str, bool]]:
    """(data path, message, point at the key) of each problem of a workshop file's content."""
    out: list[tuple[Loc, str, bool]] = []
    for error in exc.errors(include_url=False):
        loc = tuple(p for p in error["loc"] if isinstance(p, str | int))
        if error["type"] == "extra_forbidden":
            out.append((loc, "unknown field", True))
        elif error["type"] == "missing":
            out.append((loc[:-1], f"missing field '{loc[-1]}'", False))
        elif loc == ("workshop",):
            got = excerpt(data.get("workshop"))
            message = f"this Trainer reads workshop files of version {FORMAT_VERSION}; got {got}"
            out.append((loc, message, False))
        else:
            pattern = str(error.get("ctx", {}).get("pattern", ""))
            plain = text_problem(error["input"], pattern) if pattern else None
            out.append((loc, plain or error["msg"].removeprefix("Value error, "), False))
    return out


def parse_workshop(text: str, where: str = "<workshop>") -> Workshop:
    """A workshop from the text of its file; :class:`WorkshopFileError` lists the problems."""
    text = text.removeprefix("\ufeff")
    data, problems = yamlsafe.parse(text)
    if problems:
        raise WorkshopFileError(
            [FileProblem(where, p.line, p.column, field_path(p.loc), p.message) for p in problems]
        )
    if not isinstance(data, dict):
        raise WorkshopFileError(
            [FileProblem(where, 1, 1, "", "a workshop file is a mapping with a 'workshop: 1' key")]
        )
    try:
        model = WorkshopFile.model_validate(data)
    except ValidationError as exc:
        root = yamlsafe.compose(text)
        out = [_problem(where, root, *found) for found in _file_errors(exc, data)]
        raise WorkshopFileError(out) from None
    return Workshop(
        title=model.title,
        banks=tuple(model.banks),
        topics=tuple(model.topics),
        kinds=tuple(model.kinds),
        count=model.count,
        seconds_per_question=model.seconds_per_question,
        points_per_question=model.points_per_question,
        speed_bonus=model.speed_bonus,
        seed=model.seed,
        items=tuple(model.items),
        teams=tuple(model.teams),
    )


def open_workshop(path: Path) -> Workshop:
    """Read a workshop file; :class:`WorkshopFileError` names each problem's line and column.

    The file is read with the bank loader's checks (a regular file of at most 5 MB).
    """
    path = Path(path)
    try:
        text = yamlsafe.decode(yamlsafe.read_file(path))
    except yamlsafe.YamlRefused as refused:
        p = refused.problem
        raise WorkshopFileError([FileProblem(str(path), p.line, p.column, "", p.message)]) from None
    return parse_workshop(text, str(path))
