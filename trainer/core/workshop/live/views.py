"""What each screen sees of a phone game, as plain data ready for JSON.

:func:`phone_view` is one participant's view: the room, their own name, team, score and
rank, and what the phase shows (see ``docs/live-protocol.md``, "state"). It never holds
a token, another participant's answer, or the right answer before the reveal.
:func:`console_view` is the facilitator's: who joined, who has answered the current
question, and the answer distribution (also drawn on the audience screen after the
reveal). Every text is plain text: render it with ``textContent`` or escaped, never as
markup.
"""

from __future__ import annotations

from typing import Any

from trainer.core.banks.questions import Question
from trainer.core.kinds.phone import Bar
from trainer.core.scoring import expected_text
from trainer.core.workshop.live.game import LiveGame
from trainer.core.workshop.live.phone_forms import phone_form
from trainer.core.workshop.live.records import AnswerRecord, Participant, Phase
from trainer.core.workshop.live.standings import Standing, TeamStanding, podium

Plain = dict[str, Any]
TOP = 5
"""Places listed on the phones' leaderboard."""


def _standing(game: LiveGame, s: Standing) -> Plain:
    return {
        "rank": s.rank,
        "name": s.name,
        "team": game.team_name(s.team_id),
        "points": s.points,
        "right": s.right,
    }


def _team(t: TeamStanding) -> Plain:
    return {
        "rank": t.rank,
        "name": t.team.name,
        "members": t.members,
        "points": t.points,
        "right": t.right,
    }


def _you(game: LiveGame, person: Participant) -> Plain:
    standings = game.standings()
    mine = next((s for s in standings if s.number == person.number), None)
    you: Plain = {
        "number": person.number,
        "name": person.name,
        "team": game.team_name(person.team_id),
        "score": mine.points if mine else 0.0,
        "right": mine.right if mine else 0,
        "rank": mine.rank if mine else None,
        "of": len(standings),
    }
    if game.teams:
        teams = game.team_standings()
        own = next((t for t in teams if t.team.id == person.team_id), None)
        you["team_rank"] = _team(own) if own else None
        you["teams_of"] = len(teams)
    return you


def question_view(game: LiveGame, position: int) -> Plain:
    """The question at ``position`` without its answer."""
    question = game.question(position)
    view: Plain = {
        "position": position,
        "number": position + 1,
        "total": len(game.item_ids),
    }
    form = phone_form(question) if question is not None else None
    if question is None or form is None:
        return {
            **view,
            "kind": None,
            "renderer": None,
            "prompt": "This question cannot be shown on phones.",
        }
    return {
        **view,
        "kind": question.kind,
        "renderer": form.renderer,
        "prompt": question.prompt,
        **form.public(question, game.workshop.seed),
    }


def reveal_view(question: Question) -> Plain:
    """The right answer, its explanation and source."""
    form = phone_form(question)
    return {
        "expected": expected_text(question),
        **(form.reveal(question) if form is not None else {}),
        "explanation": question.explanation.strip(),
        "source": question.source.strip(),
    }


def _own_answer(answer: AnswerRecord | None, revealed: bool) -> Plain | None:
    if answer is None:
        return None
    done = answer.durable.done() and answer.durable.exception() is None
    mine: Plain = {"status": "received" if done else "saving", "response": answer.response}
    if revealed:
        mine |= {"correct": answer.correct, "fraction": answer.fraction, "points": answer.points}
    return mine


def _phase_view(game: LiveGame, person: Participant) -> Plain:
    phase, position = game.phase, game.position
    if phase == Phase.LOBBY:
        return {"joined": len(game.participants())}
    if phase in (Phase.QUESTION, Phase.REVEAL):
        answer = game.answer_of(person.number, position)
        view: Plain = {
            "question": question_view(game, position),
            "answer": _own_answer(answer, phase == Phase.REVEAL),
        }
        if phase == Phase.QUESTION:
            left = game.time_left_ms()
            view["clock"] = {
                "left_ms": left,
                "running": game.countdown.running and bool(left),
                "total_ms": game.workshop.seconds_per_question * 1000,
            }
            view["accepting"] = (
                answer is None and bool(left) and game.question(position) is not None
            )
            return view
        question = game.question(position)
        view["reveal"] = reveal_view(question) if question is not None else None
        return view
    standings = game.standings()
    teams: Plain = {"teams": [_team(t) for t in game.team_standings()]} if game.teams else {}
    if phase == Phase.LEADERBOARD:
        return {"leaderboard": [_standing(game, s) for s in standings[:TOP]], **teams}
    return {"podium": [_standing(game, s) for s in podium(standings)], **teams}


def phone_view(game: LiveGame, token: object) -> Plain:
    """What the phone holding ``token`` shows now (:class:`LiveRefused` for a token
    that is not in the game, or of a removed participant)."""
    person = game.rejoin(token)
    return view_of(game, person)


def view_of(game: LiveGame, person: Participant) -> Plain:
    """What ``person``'s phone shows now."""
    return {
        "revision": game.revision,
        "phase": game.phase.value,
        "room": {
            "title": game.workshop.title,
            "questions": len(game.item_ids),
            "teams": [t.name for t in game.teams],
            "locked": game.locked,
        },
        "you": _you(game, person),
        **_phase_view(game, person),
    }


def join_form(game: LiveGame) -> Plain:
    """What the join page needs before a participant has joined."""
    return {
        "title": game.workshop.title,
        "teams": [t.name for t in game.teams],
        "locked": game.locked,
        "full": len(game.participants()) >= game.limit,
    }


# -- the console and the audience screen -------------------------------------------------
def answered(game: LiveGame, position: int | None = None) -> Plain:
    """Who has answered the question at ``position`` (default: the current one), in the
    order the answers came, and who has not yet."""
    position = game.position if position is None else position
    given = sorted(game.answers_to(position), key=lambda a: (a.answered_at, a.participant))
    names = {p.number: p.name for p in game.participants()}
    done = {a.participant for a in given}
    return {
        "position": position,
        "count": len(given),
        "of": len(names),
        "names": [names[a.participant] for a in given],
        "waiting": [name for number, name in names.items() if number not in done],
    }


def distribution(game: LiveGame, position: int | None = None) -> Plain:
    """The answers to the question at ``position`` counted for a bar chart: one bar per
    option (choice kinds), True/False, or right/partly right/wrong (other kinds)."""
    position = game.position if position is None else position
    question = game.question(position)
    given = game.answers_to(position)
    bars: list[Bar] = []
    form = phone_form(question) if question is not None else None
    if question is not None and form is not None:
        pairs = [(a.response, a.fraction) for a in given]
        bars = form.tally(question, game.workshop.seed, pairs)
    return {
        "position": position,
        "answered": len(given),
        "no_answer": len(game.participants()) - len(given),
        "bars": [b.to_plain() for b in bars],
    }


def participant_rows(game: LiveGame) -> list[Plain]:
    """Every participant for the console's list (removed ones marked), with their score."""
    scores = {s.number: s for s in game.standings()}
    return [
        {
            "number": p.number,
            "name": p.name,
            "team": game.team_name(p.team_id),
            "removed": not p.active,
            "points": scores[p.number].points if p.number in scores else None,
            "rank": scores[p.number].rank if p.number in scores else None,
        }
        for p in game.participants(removed=True)
    ]


def console_view(game: LiveGame) -> Plain:
    """The facilitator's console: the room, the participants, the current question's
    answers and, once revealed, its distribution."""
    view: Plain = {
        "revision": game.revision,
        "phase": game.phase.value,
        "room_code": game.room_code,
        "locked": game.locked,
        "limit": game.limit,
        "position": game.position,
        "time_left_ms": game.time_left_ms(),
        "clock_running": game.countdown.running,
        "participants": participant_rows(game),
    }
    if game.phase in (Phase.QUESTION, Phase.REVEAL):
        view["answered"] = answered(game)
        view["distribution"] = distribution(game)
    return view
