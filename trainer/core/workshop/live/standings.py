"""Ranks of a phone game, as in the team game: by points, then by right answers; tied
participants share a rank (1, 1, 3); the podium is everyone ranked 1 to 3. Removed
participants are not ranked.

A team's standing is the **mean** of its active members' points (not their sum: teams
of different sizes compare fairly), then the mean of their right answers, both rounded
to 2 decimals; tied teams share a rank. Removed members leave their team's score and
size; a team with no active member is not ranked. Speed points count for the team as
they count for the member (they are in the member's points)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from trainer.core.workshop.live.records import AnswerRecord, Participant, Team

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Standing:
    """A participant's place."""

    rank: int
    number: int
    name: str
    team_id: int | None
    points: float
    right: int
    answered: int


@dataclass(frozen=True, slots=True)
class TeamStanding:
    """A team's place: its members' average points and right answers."""

    rank: int
    team: Team
    members: int
    points: float
    right: float


def _ranked(entries: list[T], key: Sequence[tuple[float, float]]) -> list[tuple[int, T]]:
    out: list[tuple[int, T]] = []
    for i, entry in enumerate(entries):
        rank = i + 1
        if i and key[i] == key[i - 1]:
            rank = out[-1][0]
        out.append((rank, entry))
    return out


def rank_participants(
    participants: Iterable[Participant], answers: Iterable[AnswerRecord]
) -> list[Standing]:
    """The active participants in rank order (ties: joining order)."""
    people = [p for p in participants if p.active]
    totals = {p.number: [0.0, 0, 0] for p in people}
    for answer in answers:
        total = totals.get(answer.participant)
        if total is not None:
            total[0] += answer.points
            total[1] += int(answer.correct)
            total[2] += 1
    people.sort(key=lambda p: (-round(totals[p.number][0], 6), -totals[p.number][1], p.number))
    keys = [(round(totals[p.number][0], 2), float(totals[p.number][1])) for p in people]
    return [
        Standing(
            rank,
            p.number,
            p.name,
            p.team_id,
            round(totals[p.number][0], 2),
            int(totals[p.number][1]),
            int(totals[p.number][2]),
        )
        for rank, p in _ranked(people, keys)
    ]


def rank_teams(teams: Iterable[Team], standings: Sequence[Standing]) -> list[TeamStanding]:
    """Teams with at least one active member, by their members' average points."""
    members: dict[int, list[Standing]] = {}
    for s in standings:
        if s.team_id is not None:
            members.setdefault(s.team_id, []).append(s)
    rows = []
    for team in teams:
        group = members.get(team.id)
        if group:
            points = round(sum(s.points for s in group) / len(group), 2)
            right = round(sum(s.right for s in group) / len(group), 2)
            rows.append((team, len(group), points, right))
    rows.sort(key=lambda r: (-r[2], -r[3]))
    keys = [(r[2], r[3]) for r in rows]
    return [TeamStanding(rank, *row) for rank, row in _ranked(rows, keys)]


def podium(standings: Sequence[Standing]) -> list[Standing]:
    """The standings ranked 1 to 3 (more than three when some are tied)."""
    return [s for s in standings if s.rank <= 3]
